"""Find concept labels inside running text (titles, descriptions, search queries).

Used by ``Vocabulary.query_concepts`` (cross-language search) and by enrichment (inferred
concepts). Labels are indexed by their first token; text is scanned left to right and the
longest label starting at each position wins, so "hazardous waste" yields the hazardous-waste
concept and not also "waste". Matching is on whole tokens only, never inside a word.

Two indexes:

* folded: case- and accent-insensitive, plural-insensitive (each label is indexed under the
  en, fr and es plural rules; the text is stemmed with the rules of its language), stop words
  dropped on both sides (a label made only of stop words is never indexed);
* exact: case-sensitive original tokens, for acronyms ("POP" must not match "pop" music, and
  nothing matches inside "population" because matching is per token).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from vocabulary.text import (
    STEM_LANGS,
    content_tokens,
    folding_keeps_boundaries,
    raw_tokens,
    stem_langs,
    stem_token,
    stem_tokens,
    tokens,
)

_ALWAYS = "\x00"  # in _folded_firsts: may_occur is always True


@dataclass
class PhraseMatcher:
    """A first-token index of label token sequences (see the module docstring)."""

    case_sensitive: bool = False
    # first token -> {token sequence -> [(uri, lang)]}; sequence lengths seen, longest first
    _index: dict[str, dict[tuple[str, ...], list[tuple[str, str]]]] = field(default_factory=dict)
    _lengths: dict[str, list[int]] = field(default_factory=dict)
    # case-sensitive: the folded tokens of every label's first token (see may_occur)
    _folded_firsts: set[str] = field(default_factory=set)

    def add(self, label: str, uri: str, lang: str) -> None:
        """Index ``label`` of concept ``uri`` (label language ``lang``)."""
        if self.case_sensitive:
            variants = {tuple(raw_tokens(label))}
        else:
            toks = content_tokens(label)
            variants = {tuple(stem_token(t, rule) for t in toks) for rule in STEM_LANGS}
        for seq in variants:
            if not seq:
                continue
            entries = self._index.setdefault(seq[0], {}).setdefault(seq, [])
            if (uri, lang) not in entries:
                entries.append((uri, lang))
            if self.case_sensitive:
                # a first token that folds to nothing could be anywhere: always scan then
                self._folded_firsts.update(tokens(seq[0]) or [_ALWAYS])
            lengths = self._lengths.setdefault(seq[0], [])
            if len(seq) not in lengths:
                lengths.append(len(seq))
                lengths.sort(reverse=True)

    def __len__(self) -> int:
        return sum(len(v) for d in self._index.values() for v in d.values())

    def find(self, text: str, lang: str | None = None) -> list[tuple[str, str]]:
        """``(uri, label_lang)`` of every label found in ``text`` (longest match wins)."""
        if self.case_sensitive:
            return self._scan(raw_tokens(text))
        return self.find_content(content_tokens(text), lang)

    def find_content(self, toks: list[str], lang: str | None = None) -> list[tuple[str, str]]:
        """:meth:`find` on text already split by ``content_tokens`` (folded matcher only)."""
        found: list[tuple[str, str]] = []
        for rule in stem_langs(lang):
            for hit in self._scan(stem_tokens(toks, rule)):
                if hit not in found:
                    found.append(hit)
        return found

    def may_occur(self, text: str, folded: list[str]) -> bool:
        """False when no label of this case-sensitive matcher can be in ``text``, whose
        folded tokens (``tokens(text)``) are ``folded``: when folding keeps the text's word
        boundaries, a word equal to a label's first token is, folded, one of ``folded``.
        Saves splitting the original text again, for most texts."""
        if _ALWAYS in self._folded_firsts or not folding_keeps_boundaries(text):
            return True
        return not self._folded_firsts.isdisjoint(folded)

    def occurrences(self, toks: list[str]) -> list[list[tuple[str, str]]]:
        """The ``(uri, label_lang)`` entries of every label occurrence in ``toks`` (already
        split and, for the folded matcher, stemmed), one list per position, left to right
        (longest match wins at each position, as in :meth:`find`): counts how often a
        concept is named, where :meth:`find` says only whether it is."""
        out: list[list[tuple[str, str]]] = []
        self._scan(toks, out)
        return out

    def _scan(
        self, toks: list[str], per_position: list[list[tuple[str, str]]] | None = None
    ) -> list[tuple[str, str]]:
        # Only positions whose token starts some label are visited (found by one fast pass);
        # a match skips the tokens it covers, so the longest match at a position wins.
        index = self._index
        starts = [i for i, t in enumerate(toks) if t in index]
        found: list[tuple[str, str]] = []
        if not starts:
            return found
        n_toks = len(toks)
        skip_until = 0
        for i in starts:
            if i < skip_until:
                continue
            first = toks[i]
            by_seq = index[first]
            for n in self._lengths[first]:
                if i + n > n_toks:
                    continue
                entries = by_seq.get(tuple(toks[i : i + n]))
                if entries:
                    if per_position is not None:
                        per_position.append(entries)
                    found.extend(e for e in entries if e not in found)
                    skip_until = i + n
                    break
        return found


def uris_of(hits: Iterable[tuple[str, str]]) -> list[str]:
    """Unique URIs of ``find`` hits, in order."""
    out: list[str] = []
    for uri, _ in hits:
        if uri not in out:
            out.append(uri)
    return out
