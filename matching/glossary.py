"""Title words in no language: the domain lexicon's translation groups, read in titles.

Where it sits: the domain lexicon (``vocabulary/lexicon/*.tsv``, English, French and Spanish
translations of the domain's words and phrases, the one query expansion reads) ->
**glossary** -> :mod:`matching.duplicates` (the senses of a title's words, compared across
languages; the language-free blocking key ``g|``).

A **sense** is one entry of the lexicon; a word gets the senses of every entry it is a
variant of ("gestion" is *management* and *administration*), and two words of two titles
are one word when they share a sense. Entries are not joined through a variant they share
(the French "application" is both *implementation* and *request*; joined, *implementation*
would meet *request*). A sense is written ``x:<8 hex digits>``, a hash of the entry's first
English variant, so stored features keep their meaning when entries are added elsewhere in
the lexicon.

A title's words are read phrase first: every run of title words that is a variant of an
entry (``zones humides``, ``aires protégées``, ``hazardous waste``) gives its sense to each
of its words, so "wetlands" and the two words of "zones humides" share one sense. Runs are
compared as title words are (folded, stop words out, a final "s" dropped), so "Zones
humides" finds the entry of "zone humide".
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from vocabulary.loader import (
    cache_key,
    code_parts,
    default_cache_dir,
    paused_gc,
    read_pickle,
    write_pickle,
)

Tokenize = Callable[[str], list[str]]
MAX_PHRASE = 6
"""Title words a lexicon variant may span (the longest variants have five or six)."""


class Glossary:
    """The lexicon's variants as runs of title words, each with its sense."""

    def __init__(self, entries: Sequence[Sequence[tuple[str, str]]], tokenize: Tokenize) -> None:
        self.runs: dict[tuple[str, ...], frozenset[str]] = {}
        acc: dict[tuple[str, ...], set[str]] = {}
        named: set[str] = set()
        plain: set[str] = set()
        for entry in entries:
            english = [t for lang, t in entry if lang == "en"] or [entry[0][1]]
            name = f"x:{zlib.crc32(english[0].encode()):08x}"
            for text in _translated(entry):
                run = tuple(tokenize(text))
                if run and len(run) <= MAX_PHRASE:
                    acc.setdefault(run, set()).add(name)
                    for word in text.split():
                        (named if word[:1].isupper() and not word.isupper() else plain).update(
                            tokenize(word)
                        )
        self.runs = {run: frozenset(names) for run, names in acc.items()}
        self.names = frozenset(named - plain)
        """Words the lexicon writes only with a capital (*Nassau* grouper, *Napoleon* wrasse):
        names, which say as much as a rare word where a title says them."""
        lengths: dict[str, set[int]] = {}
        for run in self.runs:
            lengths.setdefault(run[0], set()).add(len(run))
        # first word of a run -> the lengths of the runs it starts, shortest first (only those
        # are looked up: most words start one run of one word, or none)
        self.lengths = {w: tuple(sorted(ns)) for w, ns in lengths.items()}

    def senses(self, tokens: Sequence[str]) -> dict[str, set[str]]:
        """Title word -> the senses of the runs of ``tokens`` it is part of."""
        out: dict[str, set[str]] = {}
        n = len(tokens)
        lengths = self.lengths
        for i, first in enumerate(tokens):
            for k in lengths.get(first, ()):
                if i + k > n:
                    break
                senses = self.runs.get(tuple(tokens[i : i + k]))
                if senses is not None:
                    for w in tokens[i : i + k]:
                        out.setdefault(w, set()).update(senses)
        return out


def _translated(entry: Sequence[tuple[str, str]]) -> list[str]:
    """The variants of an entry that some other language writes otherwise: a name written
    alike in each of the entry's languages (a scientific name, *Pterocarpus erinaceus*,
    *Manilkara zapota*) is no translation, meets itself across languages already and stays
    a rare word of the titles that say it (a template filled in for two species is two
    texts: :func:`matching.duplicates.two_subjects`)."""
    langs = {lang for lang, _text in entry}
    written: dict[str, set[str]] = {}
    for lang, text in entry:
        written.setdefault(text.casefold(), set()).add(lang)
    return [text for _lang, text in entry if len(langs) < 2 or written[text.casefold()] != langs]


# the code a glossary is built by: the tokenizers live in this package and read words with
# the mappings' folding (read once, as vocabulary.loader reads its own)
_CODE_PARTS = [
    *code_parts(Path(__file__).parent),
    *code_parts(Path(__file__).parent.parent / "mappings"),
]


@lru_cache(maxsize=2)
def glossary(tokenize: Tokenize, cache_dir: Path | None = None) -> Glossary:
    """The domain lexicon's glossary, its variants read by ``tokenize``: built once, then
    read from a pickle beside the lexicon's (``glossary-<key>.pickle`` in
    :func:`vocabulary.loader.default_cache_dir`), keyed by the lexicon's files, the
    vocabulary's code and this package's and the mappings' modules, and the tokenizer's
    name. Building it reads every variant of the lexicon through ``tokenize``, ~1 CPU-s that
    every process that matches paid (a scheduled harvest of a few changed records
    included); the pickle reads back in ~0.06. A tokenizer without a module-level name (a
    lambda, a closure) is not cached."""
    from vocabulary.search import domain_lexicon, lexicon_files

    name = f"{tokenize.__module__}.{tokenize.__qualname__}"
    cache = None
    if "<" not in name:
        digest = hashlib.sha256(
            "\n".join([cache_key(lexicon_files()), name, *_CODE_PARTS]).encode()
        ).hexdigest()[:32]
        cache = (cache_dir or default_cache_dir()) / f"glossary-{digest}.pickle"
        cached = read_pickle(cache, Glossary)
        if cached is not None:
            return cached
    with paused_gc():
        built = Glossary(domain_lexicon().entries, tokenize)
    if cache is not None:
        write_pickle(cache, built)
    return built
