"""A generated corpus, a tiny vocabulary and a reference evaluator for the search properties.

Nothing here comes from the demo generator: the records are drawn by a seeded generator from
a small multilingual word pool (so words collide often and every query has answers), the
vocabulary is a six-concept hierarchy with labels in three languages, a multi-word label, an
equivalence (``gmo`` = ``lmo``), record-type labels, country names and a small lexicon of
words that name no concept (``river`` = French ``riviere`` = Spanish ``rio``: translations,
each found in the text of its own language and in subjects). The pool's words were
chosen so that no two of them share a token under any index analyser (checked by
``test_query.py``), which lets :func:`reference_ids` decide by plain set membership what each
parsed query must match, independently of any engine.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from typing import Any

from index.base import FIELD_STOPWORDS
from index.query import Alternatives, Item, ParsedText, Translations
from mappings.record import RECORD_TYPES, Record
from vocabulary.text import fold

GEN = "https://gen.example.org/c/"
CHEM, PEST, HERB, MERC = (GEN + n for n in ("chem", "pest", "herb", "merc"))
BIO, LMO, GMO, CROPS = (GEN + n for n in ("bio", "lmo", "gmo", "crops"))

BROADER: dict[str, tuple[str, ...]] = {
    PEST: (CHEM,),
    HERB: (PEST,),
    MERC: (CHEM,),
    LMO: (BIO,),
    GMO: (BIO,),
    CROPS: (GMO,),
}
EQUIVALENT: dict[str, tuple[str, ...]] = {GMO: (LMO,), LMO: (GMO,)}
CONCEPTS = (CHEM, PEST, HERB, MERC, BIO, LMO, GMO, CROPS)

LABELS: dict[str, str] = {
    "chemicals": CHEM, "chimie": CHEM,
    "pesticides": PEST, "plaguicidas": PEST,
    "herbicide": HERB,
    "mercury": MERC, "mercure": MERC, "azogue": MERC,
    "biosafety": BIO, "bioseguridad": BIO,
    "lmo": LMO, "ovm": LMO,
    "gmo": GMO, "ogm": GMO,
    "hazardous waste": CHEM, "dechets dangereux": CHEM,
    "mercury gold mining": HERB,  # a label made of a shorter one: Item.within
}  # fmt: skip
TYPE_LABELS = {
    "project": "project",
    "projet": "project",
    "proyecto": "project",
    "perfil nacional": "national-profile",
    "national profile": "national-profile",
}
COUNTRY_LABELS = {"ghana": "GH", "senegal": "SN", "kenya": "KE"}
LEXICON: tuple[tuple[tuple[str, str], ...], ...] = (
    (("en", "river"), ("fr", "riviere"), ("es", "rio")),
    (("en", "soil"), ("fr", "sol"), ("es", "suelo")),
    (("en", "lake"), ("fr", "lac"), ("es", "lago")),
    (("en", "survey"), ("fr", "enquete"), ("es", "encuesta")),
    (("en", "guide"), ("es", "guia")),
    (("en", "project"), ("fr", "projet"), ("es", "proyecto")),  # type labels: never asked
)
"""Entries of the tiny lexicon: one idea in several languages."""
STOPWORDS = frozenset({"de", "the", "y"})

# Words whose stems differ under every backend's analysers (tantivy's Snowball, OpenSearch's
# light stemmers): "cotton" was dropped because the French light stemmer makes it "coton".
WORDS: dict[str, tuple[str, ...]] = {
    "en": ("river", "soil", "mercury", "sorghum", "maize", "pesticides", "hazardous", "waste",
           "training", "mining", "gold", "lake", "project", "guide", "survey", "national",
           "profile", "ghana", "kenya", "the", "gmo", "biosafety", "herbicide", "chemicals"),
    "fr": ("riviere", "sol", "mercure", "coton", "dechets", "dangereux", "formation",
           "orpaillage", "lac", "projet", "enquete", "senegal", "de", "ogm", "chimie", "ovm"),
    "es": ("rio", "suelo", "azogue", "elote", "plaguicidas", "residuos", "peligrosos",
           "capacitacion", "lago", "proyecto", "guia", "encuesta", "perfil", "nacional", "y",
           "bioseguridad", "lmo"),
}  # fmt: skip
POOL: tuple[str, ...] = tuple(dict.fromkeys(w for ws in WORDS.values() for w in ws))


def ancestors(uri: str) -> set[str]:
    """``uri`` and every broader concept (what the backends index, as the vocabulary's
    ``broader_closure``)."""
    out, stack = {uri}, [uri]
    while stack:
        for up in BROADER.get(stack.pop(), ()):
            if up not in out:
                out.add(up)
                stack.append(up)
    return out


def narrower(uri: str) -> set[str]:
    """``uri`` and every concept below it."""
    return {c for c in CONCEPTS if uri in ancestors(c)}


class GenExpander:
    """The :class:`index.query.Expander` of the tiny vocabulary (labels -> keyword values)."""

    def is_stopword(self, word: str) -> bool:
        return fold(word) in STOPWORDS

    def translations(self, text: str) -> Translations:
        word = fold(text)
        return tuple(t for entry in LEXICON if any(w == word for _, w in entry)
                     for t in entry if t[1] != word)  # fmt: skip

    def alternatives(self, text: str) -> Alternatives:
        words = fold(text).split()
        if len(words) > 1 and (words[0] in STOPWORDS or words[-1] in STOPWORDS):
            return ()
        label = " ".join(w for w in words if w not in STOPWORDS)
        out: list[tuple[str, tuple[str, ...]]] = []
        if label in LABELS:
            uri = LABELS[label]
            found = narrower(uri)
            for same in EQUIVALENT.get(uri, ()):
                found |= narrower(same)
            out.append(("concept", tuple(sorted(found))))
        if label in TYPE_LABELS:
            out.append(("type", (TYPE_LABELS[label],)))
        if label in COUNTRY_LABELS:
            out.append(("country", (COUNTRY_LABELS[label],)))
        return tuple(out)


DICTIONARY_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("en", "maize", "es", "elote"),
    ("es", "elote", "en", "maize"),
    ("en", "sorghum", "fr", "coton"),  # a wrong sense, as a dictionary may give: still exact
    ("en", "training", "fr", "formation"),
    ("en", "training", "es", "capacitacion"),
    ("fr", "formation", "en", "training|mining"),
    ("en", "waste", "fr", "dechets"),
    ("en", "waste", "es", "residuos"),
    ("es", "residuo", "en", "waste"),  # the plural "residuos" finds it as its singular
    ("fr", "dangereux", "en", "hazardous"),
    ("es", "peligroso", "en", "hazardous"),
    ("en", "gold", "fr", "orpaillage"),
    ("en", "the", "fr", "de"),  # a stop word: never translated
)
"""Rows of a translation table (:class:`vocabulary.dictionary.TranslationTable`) over the
pool: the bilingual dictionaries' translations of words the lexicon does not know."""


class DictionaryExpander(GenExpander):
    """:class:`GenExpander` with a bilingual dictionary's table after its lexicon, as
    :class:`vocabulary.search.QueryExpander` looks words up."""

    def __init__(self) -> None:
        from vocabulary.dictionary import TranslationTable

        self.table = TranslationTable(DICTIONARY_ROWS)

    def translations(self, text: str) -> Translations:
        return super().translations(text) or self.table.translations(text)


def make_corpus(seed: int = 7, n: int = 150) -> list[Record]:
    """``n`` records drawn from the pool: titles and descriptions in one or two languages,
    subjects, concepts of the hierarchy, types, countries, dates."""
    rnd = random.Random(seed)
    records = []
    for i in range(n):
        langs = rnd.sample(("en", "fr", "es"), rnd.choice((1, 1, 2)))
        title = {lang: " ".join(rnd.choices(WORDS[lang], k=rnd.randint(2, 5))) for lang in langs}
        lang0 = langs[0]
        description = {lang0: " ".join(rnd.choices(WORDS[lang0], k=rnd.randint(0, 8)))}
        records.append(
            Record(
                id=f"gen-{i % 3}:r{i}",
                node=f"gen-{i % 3}",
                source_id=f"r{i}",
                type=rnd.choice((*RECORD_TYPES[:4], "national-profile", "project")),
                title=title,
                description={k: v for k, v in description.items() if v},
                subjects=rnd.sample(WORDS[lang0], rnd.randint(0, 2)),
                concepts=rnd.sample(CONCEPTS, rnd.choice((0, 1, 1, 2, 3))),
                countries=rnd.sample(("GH", "SN", "KE", "MX", "FR"), rnd.randint(0, 2)),
                languages=langs,
                date=rnd.choice((None, "2015", "2019-07", "2021-03-02", "2023")),
            )
        )
    return records


def _lang_words(lang: str, text: str) -> set[str]:
    """The words of ``text`` that its language's field holds: a language with a stemmed
    field leaves its stop words out (``index.base.FIELD_STOPWORDS``); others keep all."""
    return set(fold(text).split()) - set(FIELD_STOPWORDS.get(lang[:2], ()))


def _words(record: Record) -> set[str]:
    """Every word a term can match: titles whole (every backend's unstemmed ``title_all``),
    subjects, and each language's text without its stop words."""
    whole: Iterable[str] = [*record.title.values(), *record.subjects]
    words = {w for text in whole for w in fold(text).split()}
    for texts in (record.title, record.description):
        for lang, text in texts.items():
            words |= _lang_words(lang, text)
    return words


def _words_by_lang(record: Record) -> dict[str, set[str]]:
    """The words of each language's title and description (its stop words left out),
    subjects under every language (where a translation is looked for: its language's text,
    and subjects)."""
    subjects = {w for text in record.subjects for w in fold(text).split()}
    out: dict[str, set[str]] = {}
    for texts in (record.title, record.description):
        for lang, text in texts.items():
            out.setdefault(lang, set(subjects)).update(_lang_words(lang, text))
    return out | {lang: out.get(lang, subjects) for lang in ("en", "fr", "es")}


def _keywords(record: Record) -> dict[str, set[str]]:
    concepts: set[str] = set()
    for c in record.concepts:
        concepts |= ancestors(c)
    return {"concept": concepts, "type": {record.type}, "country": set(record.countries)}


def _item_matches(
    item: Item, words: set[str], keywords: dict[str, set[str]], by_lang: dict[str, set[str]]
) -> bool:
    if item.kind not in ("term", "words"):
        raise ValueError(f"the reference evaluator handles terms only, not {item.kind}")
    if all(fold(w) in words for w in item.words):
        return True
    if item.within and all(_item_matches(i, words, keywords, by_lang) for i in item.within):
        return True
    if any(fold(text) in by_lang.get(lang, ()) for lang, text in item.translations):
        return True
    return any(keywords.get(name, set()) & set(values) for name, values in item.also)


def reference_ids(records: Iterable[Record], parsed: ParsedText) -> set[str]:
    """What a parsed query of terms (AND, OR, exclusions) must match, by set membership."""
    out = set()
    for record in records:
        words, keywords, by_lang = _words(record), _keywords(record), _words_by_lang(record)
        if all(
            any(_item_matches(i, words, keywords, by_lang) for i in g) for g in parsed.groups
        ) and not any(_item_matches(i, words, keywords, by_lang) for i in parsed.excluded):
            out.add(record.id)
    return out


def closure(broader: list[list[int]], start: int) -> frozenset[str]:
    """Concept ``c<start>`` with every concept above it in a hierarchy given as lists of
    broader concept numbers (cycles allowed): the reference for broader-concept closures."""
    seen, stack = {start}, [start]
    while stack:
        for b in broader[stack.pop()]:
            if b not in seen:
                seen.add(b)
                stack.append(b)
    return frozenset(f"c{i}" for i in seen)


# --- cognates: words no dictionary translates -----------------------------------------------------

COGNATE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("chloride", "vinyl", "toxicity", "phosphate", "bioaccumulation", "river", "rail"),
    "fr": ("chlorure", "vinyle", "toxicite", "phosphate", "bioaccumulation", "riviere"),
    "es": ("cloruro", "vinilo", "toxicidad", "fosfato", "bioacumulacion", "rio", "lago"),
}
"""Technical words the tiny lexicon and dictionary do not hold (their translations are
cognate forms: *chloride* / *chlorure* / *cloruro*), with a few the lexicon translates."""
COGNATE_QUERY_WORDS: tuple[str, ...] = tuple(
    sorted({w for ws in COGNATE_WORDS.values() for w in ws} | {"oxybenzone", "sturgeon"})
)
"""Query words: the corpus's, and two whose cognates no record holds."""


class CognateExpander(DictionaryExpander):
    """The dictionary expander with cognate forms, as
    :meth:`vocabulary.search.QueryExpander.with_corpus` offers them (``CHM_COGNATES=off``
    switches them off)."""

    def with_corpus(self, known: Callable[[str, str], bool]) -> Any:
        from vocabulary.dictionary import attach_cognates

        return attach_cognates(self, known)


def make_cognate_corpus(seed: int = 3, n: int = 60) -> list[Record]:
    """``n`` records whose titles hold :data:`COGNATE_WORDS` of one language each."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        lang = rnd.choice(("en", "fr", "es"))
        out.append(
            Record(
                id=f"cog:r{i}",
                node="cog",
                source_id=f"r{i}",
                type=rnd.choice(("document", "project")),
                title={lang: " ".join(rnd.choices(COGNATE_WORDS[lang], k=rnd.randint(1, 3)))},
                languages=[lang],
            )
        )
    return out


def corpus_known(corpus: Iterable[Record]) -> Callable[[str, str], bool]:
    """The reference ``known(language, word)``: some record's title or description of that
    language has the word (folded, by plain set membership)."""
    by_lang: dict[str, set[str]] = {}
    for record in corpus:
        for texts in (record.title, record.description):
            for lang, text in texts.items():
                by_lang.setdefault(lang, set()).update(fold(text).split())
    return lambda lang, word: word in by_lang.get(lang, set())
