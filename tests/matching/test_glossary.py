"""The domain lexicon as the duplicate rules read it (:mod:`matching.glossary`): which
variants give their words a sense, and which words stay names (rare words) however many
lexicon rows hold them."""

from __future__ import annotations

from matching.duplicates import _common_words, _lexicon_tokens, lexicon_senses
from matching.glossary import Glossary, glossary
from vocabulary.loader import load_vocabulary
from vocabulary.model import PROJECT_THESAURUS
from vocabulary.search import domain_lexicon

ROSEWOOD = (
    ("en", "African rosewood"), ("en", "Pterocarpus erinaceus"), ("fr", "vène"),
    ("fr", "Pterocarpus erinaceus"), ("es", "palo de rosa africano"),
    ("es", "Pterocarpus erinaceus"),
)  # fmt: skip
GROUPER = (("en", "Nassau grouper"), ("fr", "mérou de Nassau"), ("es", "mero de Nassau"))


def test_a_name_written_alike_in_every_language_gives_no_sense() -> None:
    # a scientific name meets itself across languages already: as a sense it would make
    # "Pterocarpus erinaceus" and "Pterocarpus tinctorius" one subject through the genus
    g = Glossary([ROSEWOOD], _lexicon_tokens)
    assert tuple(_lexicon_tokens("Pterocarpus erinaceus")) not in g.runs
    assert tuple(_lexicon_tokens("African rosewood")) in g.runs
    assert tuple(_lexicon_tokens("vène")) in g.runs
    # a variant two languages of three write alike is still a translation of the third's
    partly = (("en", "kosso"), ("fr", "kosso"), ("es", "palo de rosa africano"))
    assert tuple(_lexicon_tokens("kosso")) in Glossary([partly], _lexicon_tokens).runs


def test_a_word_the_lexicon_writes_only_with_a_capital_is_a_name() -> None:
    g = Glossary([GROUPER], _lexicon_tokens)
    assert set(_lexicon_tokens("Nassau")) <= g.names
    assert not set(_lexicon_tokens("grouper mérou mero")) & g.names
    # written in lower case by another entry, it is a word of the lexicon like any other
    lower = (("en", "nassau bay"), ("fr", "baie nassau"))
    assert not set(_lexicon_tokens("Nassau")) & Glossary([GROUPER, lower], _lexicon_tokens).names
    # an acronym is no name (the rules weigh acronyms apart)
    assert not Glossary([(("en", "PCB"), ("fr", "PCB"), ("es", "BPC"))], _lexicon_tokens).names


def test_the_shipped_lexicon_leaves_names_rare_and_keeps_their_senses() -> None:
    # the lexicon holds the Nassau grouper: the place of a training in Nassau still says as
    # much as any rare word of a title (the held-out set 21's customs course)
    assert any("Nassau grouper" in text for entry in domain_lexicon().entries
               for _lang, text in entry)  # fmt: skip
    common = _common_words(load_vocabulary([PROJECT_THESAURUS]))
    (nassau,) = _lexicon_tokens("Nassau")
    assert nassau in glossary(_lexicon_tokens).names and nassau not in common
    assert "grouper" in common or set(_lexicon_tokens("grouper")) <= common
    # and the grouper's English and French names are still one sense
    en, fr = (
        lexicon_senses(_lexicon_tokens("Nassau grouper")),
        lexicon_senses(_lexicon_tokens("mérou de Nassau")),
    )
    assert set().union(*en.values()) & set().union(*fr.values())
