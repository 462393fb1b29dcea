"""The eligibility phrase scan looks up only the phrase lengths a token starts: same result as
trying every length at every position (property-tested on texts built from the phrase table's
own words, so longest-match conflicts are frequent)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mappings.normalise import fold
from vocabulary.eligibility import _parse_units, _phrases, _scan, parse_units
from vocabulary.resolver import Vocabulary


def _scan_every_length(segment: str, table: dict[tuple[str, ...], str]) -> list[tuple[str, str]]:
    """The reference: at each position every length from the longest phrase down to 1."""
    toks = fold(segment).split()
    longest = max((len(k) for k in table), default=1)
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(toks):
        for n in range(min(longest, len(toks) - i), 0, -1):
            unit = table.get(tuple(toks[i : i + n]))
            if unit is not None:
                out.append((unit, "unit"))
                i += n
                break
        else:
            out.append((toks[i], "word"))
            i += 1
    return out


def _words(vocab: Vocabulary) -> list[str]:
    table = _phrases(vocab)
    return [*sorted({w for k in table for w in k})[:400], "and", "in", "of", "et", "y", "xyz"]


def test_scan_finds_groups_regions_and_countries(vocab: Vocabulary) -> None:
    got = _scan("Least developed countries in Africa and Senegal", _phrases(vocab))
    units = [v for v, kind in got if kind == "unit"]
    assert "c:SN" in units
    assert any(u.startswith("g:") for u in units)
    assert any(u.startswith("r:") for u in units)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_scan_equals_trying_every_length(vocab: Vocabulary, data: st.DataObject) -> None:
    table = _phrases(vocab)
    words = _words(vocab)
    phrases = [" ".join(k) for k in list(table)[:300]]
    parts = data.draw(
        st.lists(st.one_of(st.sampled_from(words), st.sampled_from(phrases)), max_size=12)
    )
    text = " ".join(parts)
    assert _scan(text, table) == _scan_every_length(text, table)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_parse_units_once_per_text_answers_as_parsing_every_time(
    vocab: Vocabulary, data: st.DataObject
) -> None:
    """``parse_units`` keeps its answer per (text, vocabulary): the kept answer is the fresh
    parse's, for the vocabulary asked (with and without one), however often it is asked."""
    table = _phrases(vocab)
    phrases = [" ".join(k) for k in list(table)[:300]]
    parts = data.draw(
        st.lists(
            st.one_of(st.sampled_from(_words(vocab)), st.sampled_from(phrases), st.just(", ")),
            max_size=10,
        )
    )
    text = " ".join(parts)
    for v in (vocab, None, vocab):
        assert parse_units(text, v) == _parse_units(text, v)
        assert parse_units(text, v) == _parse_units(text, v)
