"""The duplicates' glossary read from its pickle (matching.glossary.glossary) is the one the
lexicon gives, and is built again, not read, for a tokenizer without a module-level name."""

from __future__ import annotations

from pathlib import Path

import pytest

from matching import glossary as glossary_module
from matching.duplicates import _lexicon_tokens
from matching.glossary import Glossary
from vocabulary.search import domain_lexicon

build = glossary_module.glossary.__wrapped__  # the function under its per-process memo


def _state(g: Glossary) -> tuple[object, ...]:
    return (g.runs, g.names, g.lengths)


def test_the_pickled_glossary_is_the_built_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = Glossary(domain_lexicon().entries, _lexicon_tokens)
    first = build(_lexicon_tokens, tmp_path)
    assert _state(first) == _state(made)
    (pickled,) = tmp_path.glob("glossary-*.pickle")

    def refuse(*_args: object) -> None:
        raise AssertionError("built again")

    monkeypatch.setattr(Glossary, "__init__", refuse)
    again = build(_lexicon_tokens, tmp_path)
    assert _state(again) == _state(made)
    words = _lexicon_tokens("Gestion des zones humides et des aires protégées")
    assert again.senses(words) == made.senses(words) != {}
    assert pickled.stat().st_size > 0


def test_a_damaged_pickle_is_built_again(tmp_path: Path) -> None:
    first = build(_lexicon_tokens, tmp_path)
    (pickled,) = tmp_path.glob("glossary-*.pickle")
    pickled.write_bytes(pickled.read_bytes()[:100])
    assert _state(build(_lexicon_tokens, tmp_path)) == _state(first)


def test_a_lambda_tokenizer_is_not_cached(tmp_path: Path) -> None:
    got = build(lambda text: text.lower().split(), tmp_path)
    assert got.runs  # built
    assert not list(tmp_path.glob("glossary-*.pickle"))
    other = build(lambda text: [w[:3] for w in text.lower().split()], tmp_path)
    assert other.runs != got.runs  # not the first lambda's glossary
