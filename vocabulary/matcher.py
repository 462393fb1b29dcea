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

Enrichment reads every title and description, so the folded index also has a compiled form
(:meth:`PhraseMatcher.content_occurrences`): each token of a label is given one character,
every label becomes the string of its tokens' characters, and one Aho-Corasick automaton
(``ahocorasick_rs``, leftmost-longest: the longest label at the leftmost position, then on
after it, which is the scan's rule) finds the labels in a text written the same way. A
text's folded words become those characters through one dict per plural rule (word ->
character; stop words -> nothing; words of no label -> a character of no label), looked up
for the whole text at once in C. Same occurrences as the scan (property-tested), without a
Python step per word.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

import ahocorasick_rs

from vocabulary.text import (
    STEM_LANGS,
    STEMMED_ENDINGS,
    STOPWORDS,
    content_tokens,
    folding_keeps_boundaries,
    raw_tokens,
    stem_langs,
    stem_token,
    stem_tokens,
    tokens,
)

_ALWAYS = "\x00"  # in _folded_firsts: may_occur is always True
_NO_LABEL = "\x01"  # compiled form: a word that is no token of any label


def _token_char(i: int) -> str:
    """The character standing for the ``i``-th label token (never a surrogate, never one of
    the two control characters above)."""
    code = 0x100 + i
    return chr(code + 0x800 if code >= 0xD800 else code)


def _automaton(patterns: list[str]) -> Any:
    """The leftmost-longest automaton of the label patterns (None when there are none)."""
    if not patterns:
        return None
    return ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


class _Compiled:
    """The folded index as one automaton over token characters (module docstring)."""

    def __init__(self, index: dict[str, dict[tuple[str, ...], list[tuple[str, str]]]]) -> None:
        seqs = [seq for by_seq in index.values() for seq in by_seq]
        self.chars: dict[str, str] = {}
        for seq in seqs:
            for tok in seq:
                if tok not in self.chars:
                    self.chars[tok] = _token_char(len(self.chars))
        self.entries = [index[seq[0]][seq] for seq in seqs]
        self.patterns = ["".join(self.chars[t] for t in seq) for seq in seqs]
        self.automaton: Any = _automaton(self.patterns)
        self.words: dict[str, dict[str, str]] = {}  # see encode
        self.uris: dict[str | None, list[tuple[str, ...]]] = {}  # see counts

    def prepare(self, rules: Iterable[str]) -> None:
        """Build the word tables of ``rules`` now (see :meth:`encode`), e.g. before the
        vocabulary is cached, so a process that loads it does not build them again."""
        for rule in rules:
            if rule not in self.words:
                self.words[rule] = self._words(rule)

    def __getstate__(self) -> dict[str, Any]:
        # the automaton is not picklable: it is rebuilt from the patterns (a few ms); the
        # word tables travel with the rest (building them is ~10 times dearer)
        return {k: v for k, v in self.__dict__.items() if k != "automaton"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.automaton = _automaton(self.patterns)

    def encode(self, folded: list[str], rule: str) -> str:
        """``folded`` (tokens of folded text, stop words included) as token characters:
        stop words dropped, the others stemmed with ``rule`` and looked up; a word of no
        label is ``_NO_LABEL``. One dict look-up per word, in C (``map``), for any word."""
        words = self.words.get(rule)
        if words is None:
            words = self.words[rule] = self._words(rule)
        return "".join(map(words.get, folded, repeat(_NO_LABEL)))

    def _words(self, rule: str) -> dict[str, str]:
        """Every word whose character under ``rule`` is not ``_NO_LABEL`` -> that character.

        A word ending in -s or -x stands for its stem, any other word for itself (every
        plural rule strips only such an ending). A stem is the word, or the word less -s,
        -es or -x, or -ies made -y, -aux made -al, -ces made -z: so the words standing for a
        label token ``t`` are among ``t``, ``t`` + s/es/x and those three replacements, and
        each of them is checked with the rule itself (same characters as stemming every
        word met, property-tested; built once per rule, nothing learnt per text)."""
        chars = self.chars
        words: dict[str, str] = {}
        for tok in chars:
            candidates = [tok, tok + "s", tok + "es", tok + "x"]
            if tok.endswith("y"):
                candidates.append(tok[:-1] + "ies")
            if tok.endswith("al"):
                candidates.append(tok[:-2] + "aux")
            if tok.endswith("z"):
                candidates.append(tok[:-1] + "ces")
            if tok.endswith(("ico", "ado", "ido", "ivo", "oso")):  # Spanish feminine
                candidates += [tok[:-1] + "a", tok[:-1] + "as"]
            if tok.endswith(("e", "al")):  # French feminine: modifiee(s), nationale(s)
                candidates += [tok + "e", tok + "es"]
            if tok.endswith("eu"):  # dangereuse(s)
                candidates += [tok + "se", tok + "ses"]
            if tok.endswith("el"):  # naturelle(s)
                candidates += [tok + "le", tok + "les"]
            if tok.endswith("if"):  # active(s)
                candidates += [tok[:-1] + "ve", tok[:-1] + "ves"]
            for word in candidates:
                stem = stem_token.__wrapped__(word, rule) if word[-1:] in STEMMED_ENDINGS else word
                char = chars.get(stem)
                if char is not None:
                    words[word] = char
        words.update(dict.fromkeys(STOPWORDS, ""))  # stop words first: they are dropped
        return words

    def occurrences(self, folded: list[str], rule: str) -> list[list[tuple[str, str]]]:
        if self.automaton is None:
            return []
        entries = self.entries
        return [
            entries[m[0]] for m in self.automaton.find_matches_as_indexes(self.encode(folded, rule))
        ]

    def counts(self, folded: list[str], rule: str, lang: str | None) -> dict[str, int]:
        """How many occurrences name each concept (a concept once per occurrence), counting
        only labels in ``lang`` when it is given; in the order first named."""
        if self.automaton is None:
            return {}
        uris = self.uris.get(lang)
        if uris is None:
            # per label, its concepts as the set an occurrence counts (built once per
            # language: the same set, in the same order, as building it at each occurrence)
            uris = self.uris[lang] = [
                tuple({u for u, ll in entries if lang is None or ll == lang})
                for entries in self.entries
            ]
        counts: dict[str, int] = {}  # what Counter counts, without its Python set-up
        for m in self.automaton.find_matches_as_indexes(self.encode(folded, rule)):
            for uri in uris[m[0]]:
                counts[uri] = counts.get(uri, 0) + 1
        return counts


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
        self.__dict__.pop("_compiled", None)
        if self.case_sensitive:
            variants = {tuple(raw_tokens(label))}
        else:
            toks = content_tokens(label)
            rules = (lang,) if lang in STEM_LANGS else STEM_LANGS  # a label's own rule only
            variants = {tuple(stem_token(t, rule) for t in toks) for rule in rules}
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

    def _compiled_form(self) -> _Compiled:
        compiled: _Compiled | None = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = _Compiled(self._index)
        return compiled

    def compile(self, rules: Iterable[str] = STEM_LANGS) -> None:
        """Build the compiled form and its word tables for ``rules`` now (folded matcher
        only): pickled with the matcher, a process that loads it finds them built (the
        vocabulary's cache; each mapping worker and harvest process loads it)."""
        self._compiled_form().prepare(rules)

    def content_occurrences(self, folded: list[str], rule: str) -> list[list[tuple[str, str]]]:
        """:meth:`occurrences` of ``stem_tokens(without_stopwords(folded), rule)`` (folded
        matcher only; ``folded`` is ``tokens(text)``), found by the compiled form."""
        return self._compiled_form().occurrences(folded, rule)

    def content_counts(self, folded: list[str], rule: str, lang: str | None) -> dict[str, int]:
        """For each concept, how many of the label occurrences :meth:`content_occurrences`
        finds name it (only labels in ``lang`` when given), in the order first named."""
        return self._compiled_form().counts(folded, rule, lang)

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
