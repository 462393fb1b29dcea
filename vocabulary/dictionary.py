"""Query-term translation from bilingual dictionaries: a word that names no concept of the
vocabulary still finds its translations' text in the other two languages.

Source: Debian's Apertium language data (``apertium-eng-spa``, ``apertium-fr-es``; GPL, not
part of chm: ``make translations`` installs the packages and runs ``chm vocab translations
build``). Each package holds compiled bilingual dictionaries (``eng-spa.autobil.bin``: English
lemma with tags -> Spanish lemma with tags); ``lt-print`` (Debian's ``lttoolbox-dev``) prints
one as an AT&T transducer, whose paths :func:`dictionary_pairs` lists. English <-> French has
no pair of its own here: it goes through Spanish and Catalan (``apertium-eng-cat``,
``apertium-fra-cat``; :func:`build_table`), kept only when the way back leads to the word
again.

Precision guards (measured with ``python bench/bench_relevance.py``, bench/README.md issue 15):

- only nouns and adjectives (verbs, adverbs and the closed classes translate to many
  everyday words: *take* -> *tomar, llevar, coger*);
- a translation is kept when it goes both ways (the other direction's dictionary leads back
  to the word) or is the dictionary's first sense;
- at most :data:`MAX_PER_LANGUAGE` translations per word and language;
- no translation of a stop word or of a word of :data:`COMMON_WORDS`, nor of a false friend
  (:data:`HOMOGRAPH_GUARD`: Spanish *red* is a network);
- the backends score a translation below the word itself (``TRANSLATION_WEIGHT``).

The table (:class:`TranslationTable`) is a gzip'd TSV, one line per word and target language:
``source language, word, target language, translations joined by |``. It is loaded once
(:func:`default_table`); when it is absent the search works without it and says so once in
the log.
"""

from __future__ import annotations

import collections
import functools
import gzip
import io
import itertools
import logging
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from vocabulary import freedict
from vocabulary.freedict import Article
from vocabulary.text import STEM_LANGS, STOPWORDS, fold, key, split_words

log = logging.getLogger(__name__)

APERTIUM_DIR = Path("/usr/share/apertium")
PAIRS: dict[tuple[str, str], tuple[str, str]] = {
    ("en", "es"): ("apertium-eng-spa", "eng-spa.autobil.bin"),
    ("es", "en"): ("apertium-eng-spa", "spa-eng.autobil.bin"),
    ("fr", "es"): ("apertium-fr-es", "fr-es.autobil.bin"),
    ("es", "fr"): ("apertium-fr-es", "es-fr.autobil.bin"),
}
"""Direction -> (Debian package's folder under :data:`APERTIUM_DIR`, bilingual dictionary)."""
PIVOT_PAIRS: dict[tuple[str, str], tuple[str, str]] = {
    ("en", "ca"): ("apertium-eng-cat", "eng-cat.autobil.bin"),
    ("ca", "en"): ("apertium-eng-cat", "cat-eng.autobil.bin"),
    ("fr", "ca"): ("apertium-fra-cat", "fra-cat.autobil.bin"),
    ("ca", "fr"): ("apertium-fra-cat", "cat-fra.autobil.bin"),
}
"""Optional dictionaries of a second pivot language (skipped, with a warning, when missing):
the English ones are listed whole, the French ones (131 million paths) asked word by word
for the words the other dictionaries hold (:func:`lookup_pairs`)."""
PIVOTS = ("es", "ca")
"""English <-> French goes through these languages (no direct pair is packaged), the first
one's translations first."""
PARTS_OF_SPEECH = frozenset({"n", "adj"})
"""Apertium tags of the entries kept (see the module docstring)."""
MAX_PER_LANGUAGE = 3
"""At most this many translations of a word into one language (first senses first)."""
MAX_PATHS = 5_000_000
"""A section of a dictionary with more paths than this is a pattern (numbers, dates), not
words: skipped without listing it."""
TABLE_ENV = "CHM_TRANSLATIONS"
"""Environment variable: the table's path, or ``off`` to search without translations."""
DEFAULT_TABLE = Path(__file__).resolve().parents[1] / "var" / "translations.tsv.gz"
"""Where ``chm vocab translations build`` writes the table and the search looks for it."""
COMMON_WORDS = frozenset(
    {
        # English
        "new", "other", "general", "good", "use", "part", "case", "way", "type", "set",
        "number", "level", "end", "area", "time", "year", "work", "support", "system",
        "information", "data", "document", "report", "national", "international", "global",
        "world", "country", "state", "public", "example", "form", "group", "side", "point",
        "field", "issue", "matter", "subject", "question", "problem", "order", "place",
        # French (folded; words spelt as in English above are not repeated)
        "nouveau", "autre", "cas", "partie", "niveau", "fin", "temps", "an", "annee",
        "travail", "systeme", "donnees", "rapport", "pays", "etat", "exemple", "forme",
        "groupe", "mondial", "champ", "domaine", "probleme", "ordre", "lieu",
        # Spanish
        "nuevo", "otro", "caso", "parte", "nivel", "tiempo", "ano", "trabajo", "sistema",
        "datos", "documento", "informe", "nacional", "pais", "estado", "publico", "ejemplo",
        "forma", "grupo", "punto", "mundial", "campo", "ambito", "asunto", "cuestion",
        "problema", "orden", "lugar",
    }
)  # fmt: skip
"""Folded words of the three languages so frequent in the catalogue's records that a
translation would find most of them: their text is searched, never their translations."""

_TAG = re.compile(r"<([^>]+)>")
_WORDS = re.compile(r"[^\W\d_]+(?:[ '\u2019-][^\W\d_]+)*")
"""Words of letters, joined by a space, an apostrophe or a hyphen."""
Pair = tuple[str, str, str]
"""(source lemma, part of speech, target lemma)."""


class DictionaryError(RuntimeError):
    """The dictionaries or the tool that reads them are missing (says what to install)."""


# --- reading Apertium's compiled dictionaries ---------------------------------------------------


def print_transducer(path: Path) -> str:
    """A compiled dictionary as AT&T text (``lt-print``).

    Raises:
        DictionaryError: ``lt-print`` or the file is missing, or it cannot be read.
    """
    tool = shutil.which("lt-print")
    if tool is None:
        raise DictionaryError("lt-print is missing: apt-get install lttoolbox-dev")
    if not path.is_file():
        raise DictionaryError(f"{path} is missing: apt-get install {path.parent.name}")
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise DictionaryError(f"lt-print {path}: {done.stderr.strip()[:200]}")
    return done.stdout


def transducer_paths(att: str, max_paths: int = MAX_PATHS) -> Iterator[tuple[str, str]]:
    """Every (input, output) string of an AT&T transducer's sections (``--`` between them),
    epsilons (``ε``) dropped. Loops (digit repetitions) are cut: each state is entered once
    per path; a section with more than ``max_paths`` paths is skipped (the French-Catalan
    dictionary has 131 million: :func:`lookup_pairs` asks it word by word instead)."""
    for section in att.split("\n--\n"):
        arcs: dict[int, list[tuple[int, str, str]]] = collections.defaultdict(list)
        final: set[int] = set()
        for line in section.splitlines():
            fields = line.split("\t")
            if len(fields) >= 4:
                arcs[int(fields[0])].append(
                    (int(fields[1]), fields[2].replace("ε", ""), fields[3].replace("ε", ""))
                )
            elif fields and fields[0].strip():
                final.add(int(fields[0]))
        dag, order = _acyclic(arcs)
        counts: dict[int, int] = {}
        for state in order:  # leaves first
            counts[state] = (state in final) + sum(counts[d] for d, _i, _o in dag[state])
        if counts.get(0, 0) > max_paths:
            continue
        stack = [(0, "", "")]
        while stack:
            state, left, right = stack.pop()
            if state in final:
                yield left, right
            stack.extend((d, left + i, right + o) for d, i, o in reversed(dag[state]))


def _acyclic(
    arcs: dict[int, list[tuple[int, str, str]]],
) -> tuple[dict[int, list[tuple[int, str, str]]], list[int]]:
    """The arcs without those that close a loop (depth-first from state 0), and the states
    reached in post-order."""
    colour = {0: 1}
    stack = [(0, 0)]
    dag: dict[int, list[tuple[int, str, str]]] = collections.defaultdict(list)
    order: list[int] = []
    while stack:
        state, i = stack[-1]
        out = arcs.get(state, [])
        if i >= len(out):
            colour[state] = 2
            order.append(state)
            stack.pop()
            continue
        stack[-1] = (state, i + 1)
        arc = out[i]
        seen = colour.get(arc[0], 0)
        if seen == 1:
            continue  # back to a state on the path: a loop
        dag[state].append(arc)
        if seen == 0:
            colour[arc[0]] = 1
            stack.append((arc[0], 0))
    return dag, order


def parse_entry(left: str, right: str) -> Pair | None:
    """(lemma, part of speech, translation) of one dictionary path, or None for a path of
    another part of speech or without both lemmas: ``coral reef<n>`` /
    ``arrecife# de coral<n><m>`` -> ``("coral reef", "n", "arrecife de coral")`` (``#``
    marks where a multiword's inflection goes)."""
    tags = _TAG.findall(left)
    if not tags or tags[0] not in PARTS_OF_SPEECH:
        return None
    source = _lemma(left)
    target = _lemma(right)
    if not _WORDS.fullmatch(source) or not _WORDS.fullmatch(target) or source.isupper():
        return None  # numbers, dates, acronyms (the same in every language)
    return source, tags[0], target


def _lemma(side: str) -> str:
    head = side.split("<", 1)[0].replace("#", "")
    return " ".join(head.split())


def dictionary_pairs(path: Path) -> list[Pair]:
    """The noun and adjective entries of a compiled bilingual dictionary, in its order
    (within an entry's paths the first sense comes first)."""
    out: dict[Pair, None] = {}
    for left, right in transducer_paths(print_transducer(path)):
        entry = parse_entry(left, right)
        if entry is not None:
            out[entry] = None
    return list(out)


def lookup_pairs(path: Path, words: Iterable[tuple[str, str]]) -> list[Pair]:
    """The translations of ``(lemma, part of speech)`` pairs in a compiled bilingual
    dictionary, asked of ``lt-proc -b`` in one batch (``^sable<n>$`` ->
    ``^sable<n>/sorra<n><f>$``); words it does not know are left out.

    Raises:
        DictionaryError: ``lt-proc`` or the file is missing, or it fails.
    """
    tool = shutil.which("lt-proc")
    if tool is None:
        raise DictionaryError("lt-proc is missing: apt-get install lttoolbox")
    if not path.is_file():
        raise DictionaryError(f"{path} is missing: apt-get install {path.parent.name}")
    asked = [(w, pos) for w, pos in dict.fromkeys(words) if not _RESERVED.search(w)]
    text = "".join(f"^{w}<{pos}>{g}$\n" for w, pos in asked for g in _GENDERS)
    done = subprocess.run(
        [tool, "-b", str(path)], input=text, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise DictionaryError(f"lt-proc -b {path}: {done.stderr.strip()[:200]}")
    out: list[Pair] = []
    for unit in _UNIT.findall(done.stdout):
        source, *targets = unit.split("/")
        for target in targets:
            entry = None if target.startswith("@") else parse_entry(source, target)
            if entry is not None and entry not in out:
                out.append(entry)
    return out


_GENDERS = ("", "<m>", "<f>", "<mf>")
"""Asked after the part of speech: some dictionaries know a noun only with its gender."""
_RESERVED = re.compile(r"[\^$/<>@*\\\[\]{}\n]")
_UNIT = re.compile(r"\^([^$]*)\$")


# --- the table ------------------------------------------------------------------------------------

Senses = dict[tuple[str, str], list[str]]
"""(source lemma, part of speech) -> its translations, first sense first."""


def senses(pairs: Iterable[Pair]) -> Senses:
    """(lemma, part of speech) -> translations, in the dictionary's order."""
    out: Senses = {}
    for source, pos, target in pairs:
        targets = out.setdefault((source, pos), [])
        if target not in targets:
            targets.append(target)
    return out


def _both_ways(forward: Senses, backward: Senses) -> Senses:
    """Each word's translations that lead back to it (as the same part of speech), or its
    first sense; capped."""
    out: Senses = {}
    for (word, pos), targets in forward.items():
        kept = [t for n, t in enumerate(targets) if n == 0 or word in backward.get((t, pos), ())]
        out[(word, pos)] = kept[:MAX_PER_LANGUAGE]
    return out


def _pivot(to_pivot: Senses, from_pivot: Senses, back_to_pivot: Senses) -> Senses:
    """a -> c through the pivot b: a -> b -> c as the same part of speech, kept when c -> b
    leads to one of a's b (*coral* -> *coral* -> *choral* is dropped: Spanish *coral* is
    *choral* only as an adjective)."""
    out: Senses = {}
    for (word, pos), middles in to_pivot.items():
        found: list[str] = []
        for middle in middles:
            for target in from_pivot.get((middle, pos), ()):
                back = back_to_pivot.get((target, pos), ())
                if target not in found and set(back) & set(middles):
                    found.append(target)
        if found:
            out[(word, pos)] = found[:MAX_PER_LANGUAGE]
    return out


def build_table(directions: dict[tuple[str, str], list[Pair]]) -> list[tuple[str, str, str, str]]:
    """Rows ``(source language, word, target language, translations joined by |)`` between
    the languages of :data:`~vocabulary.text.STEM_LANGS`, from the entries of each direction
    of :data:`PAIRS` (and :data:`PIVOT_PAIRS`): the pairs without a dictionary of their own
    (English <-> French) through each of :data:`PIVOTS` in turn, capped after merging."""
    raw = {d: senses(pairs) for d, pairs in directions.items()}
    kept = {(a, b): _both_ways(s, raw.get((b, a), {})) for (a, b), s in raw.items()}
    found: list[tuple[tuple[str, str], Senses]] = [(d, s) for d, s in kept.items()
                                                   if set(d) <= set(STEM_LANGS)]  # fmt: skip
    for a in STEM_LANGS:
        for b in STEM_LANGS:
            if a == b or (a, b) in kept:
                continue
            for pivot in PIVOTS:
                if {(a, pivot), (pivot, b), (b, pivot)} <= kept.keys():
                    through = _pivot(kept[(a, pivot)], kept[(pivot, b)], kept[(b, pivot)])
                    found.append(((a, b), through))
    merged: dict[tuple[str, str, str], list[str]] = {}
    for (a, b), table in found:
        for (word, _pos), targets in table.items():
            got = merged.setdefault((a, word, b), [])
            got.extend(t for t in targets if t not in got and "|" not in t)
    return [
        (a, word, b, "|".join(ts[:MAX_PER_LANGUAGE]))
        for (a, word, b), ts in sorted(merged.items())
        if ts
    ]


def write_table(rows: Iterable[Sequence[str]], path: Path) -> int:
    """Write rows (see :func:`build_table`; a fifth field names the dictionary a row comes
    from) as a gzip'd TSV, atomically; the row count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    n = 0
    with (
        tmp.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as packed,
        io.TextIOWrapper(packed, encoding="utf-8") as out,
    ):  # no time or name in the gzip header: the same rows give the same bytes
        out.write("# chm translation table: source language, word, target language, "
                  "translations (|), dictionary; from Debian's Apertium data (GPL) and "
                  "FreeDict dictionaries (GPL, CC-BY-SA)\n")  # fmt: skip
        for row in rows:
            out.write("\t".join(row) + "\n")
            n += 1
    tmp.replace(path)
    return n


SOURCES = ("apertium", "freedict", "freedict-inverse", "freedict-pivot", "freedict-german")
"""The dictionaries a row of the table may come from, in the order a word's rows are kept:
Apertium's first, then FreeDict's (:mod:`vocabulary.freedict`), FreeDict's read the other way
(Spanish -> French from fra-spa), English <-> French through Spanish with one leg at
least FreeDict's, and English <-> French and Spanish through German (:func:`through_german`)."""
FREEDICT_MODE = "gaps"
"""How FreeDict's translations join Apertium's: ``gaps`` only for a word and target language
Apertium has no row for; ``add`` after Apertium's (the lookup's cap keeps the first
:data:`MAX_PER_LANGUAGE`); ``off``."""


def freedict_rows(
    articles: dict[tuple[str, str], list[Article]],
    apertium: Iterable[tuple[str, str, str, str]],
    mode: str = FREEDICT_MODE,
    pivot: bool = True,
) -> list[tuple[str, str, str, str, str]]:
    """Rows ``(source language, word, target language, translations, source)`` from the
    FreeDict articles of each direction (:func:`vocabulary.freedict.installed`), under the
    table's guards: nouns and adjectives only (an article without a part of speech only where
    one side is a known noun or adjective, of Apertium's or of a tagged dictionary), at most
    :data:`MAX_PER_LANGUAGE` translations, the first sense or those that lead back to the
    word (through FreeDict's or Apertium's other direction); a direction without a
    dictionary of its own is read from the other one's (Spanish -> French from fra-spa).
    Stop words, :data:`COMMON_WORDS` and false friends are left to the lookup, as for
    Apertium's rows."""
    if mode == "off":
        return []
    apertium = list(apertium)
    known: dict[str, set[str]] = collections.defaultdict(set)
    back_apertium: dict[tuple[str, str], dict[str, set[str]]] = collections.defaultdict(dict)
    for a, word, b, joined in apertium:
        targets = [t.lower() for t in joined.split("|")]
        known[a].add(word.lower())
        known[b].update(targets)
        back_apertium[(a, b)].setdefault(word.lower(), set()).update(targets)
    for (a, b), arts in articles.items():
        for art in arts:
            if art.nominal:
                known[a].add(art.headword.lower())
                known[b].update(t.lower() for sense in art.senses for t in sense)
    forward = {
        (a, b): freedict.senses_of(arts, known[a], known[b])
        for (a, b), arts in sorted(articles.items())
        if {a, b} <= set(STEM_LANGS)
    }
    chosen: dict[tuple[str, str, str], dict[str, list[str]]] = {}
    for (a, b), senses_ in forward.items():
        back = freedict.all_translations(forward.get((b, a), {}))
        for word, leads in back_apertium.get((b, a), {}).items():
            back.setdefault(word, set()).update(leads)
        chosen[(a, b, "freedict")] = freedict.choose(senses_, back, MAX_PER_LANGUAGE)
    for (a, b), senses_ in forward.items():
        if (b, a) not in forward:
            chosen[(b, a, "freedict-inverse")] = freedict.inverted(senses_, MAX_PER_LANGUAGE)
    if pivot:
        chosen.update(_freedict_pivots(chosen, back_apertium))
        heads: dict[str, set[str]] = collections.defaultdict(set)
        for a, word, _b, _t in apertium:
            heads[a].add(word.lower())
        for (a, _b), arts in articles.items():
            heads[a].update(freedict.headwords(arts))
        chosen.update(through_german(articles, homographs=heads, known=back_apertium))
    have = {(a, word.lower(), b): set(joined.split("|")) for a, word, b, joined in apertium}
    entries = {(a, word.lower()) for a, word, _b, _t in apertium}
    rows: list[tuple[str, str, str, str, str]] = []
    done: set[tuple[str, str, str]] = set()
    for (a, b, source), table in chosen.items():
        for word, targets in table.items():
            known_targets = have.get((a, word, b))
            if known_targets is not None and mode == "gaps":
                continue
            if source in ("freedict-pivot", "freedict-german") and (a, word, b) in done:
                continue  # the pivot fills what the dictionaries leave, nothing more
            done.add((a, word, b))
            if any((c, word) in entries for c in STEM_LANGS if c != a):
                continue  # would make an Apertium word a false friend (es *vanilla*)
            new = [t for t in targets if t not in (known_targets or ()) and "|" not in t]
            if new:
                rows.append((a, word, b, "|".join(new), source))
    return rows


def _freedict_pivots(
    chosen: dict[tuple[str, str, str], dict[str, list[str]]],
    apertium: dict[tuple[str, str], dict[str, set[str]]],
) -> dict[tuple[str, str, str], dict[str, list[str]]]:
    """English <-> French through Spanish where one leg at least is FreeDict's (*rizière* ->
    *arrozal* -> *paddy*): a -> es -> b, kept when b -> es leads back to one of the word's
    Spanish translations (Apertium's and FreeDict's together), capped."""

    freedict_pairs: set[tuple[str, str, str, str]] = set()

    def table(a: str, b: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {w: sorted(ts) for w, ts in apertium.get((a, b), {}).items()}
        for (x, y, _source), rows in sorted(chosen.items()):
            if (x, y) == (a, b):
                for word, targets in rows.items():
                    got = out.setdefault(word, [])
                    got.extend(t for t in targets if t not in got)
                    freedict_pairs.update((a, word, b, t) for t in targets)
        return out

    out: dict[tuple[str, str, str], dict[str, list[str]]] = {}
    for a, b in (("en", "fr"), ("fr", "en")):
        to_es, from_es, back = table(a, "es"), table("es", b), table(b, "es")
        found: dict[str, list[str]] = {}
        for word, middles in sorted(to_es.items()):
            targets: list[str] = []
            for middle in middles:
                for target in from_es.get(middle, ()):
                    if (
                        target not in targets
                        and target != word
                        and set(back.get(target, ())) & set(middles)
                        and (
                            (a, word, "es", middle) in freedict_pairs
                            or ("es", middle, b, target) in freedict_pairs
                        )
                    ):
                        targets.append(target)
            if targets:
                found[word] = targets[:MAX_PER_LANGUAGE]
        out[(a, b, "freedict-pivot")] = found
    return out


GERMAN_STRICT = True
"""A step of the bridge through German is kept only when the dictionary of the other
direction leads back (see :func:`through_german`); False keeps a step that direction's
dictionary says nothing about (the smaller Spanish-German has no article for it)."""


GERMAN_SENSE_GUARD = False
"""True: a translation through German that Apertium knows in another sense only (French
*couche*, a layer to Apertium, for English *nappy*) is left out. Off: on the judged sets it
took back most of what the bridge finds (*hippocampe*, a hippocampus to Apertium, for
*seahorse*) for one false hit per blind set (bench/README.md, issue 15)."""


def through_german(
    articles: dict[tuple[str, str], list[Article]],
    strict: bool | None = None,
    homographs: Mapping[str, set[str]] | None = None,
    known: Mapping[tuple[str, str], Mapping[str, set[str]]] | None = None,
) -> dict[tuple[str, str, str], dict[str, list[str]]]:
    """English <-> French and English <-> Spanish through German, for species, products and
    compounds that only the big English-German dictionary holds (*frankincense* ->
    *Weihrauch* -> *encens*, *incienso*; *guacamaya* -> *Ara* -> *macaw*). Each step is the
    first sense of a dictionary's noun or adjective, kept when the dictionary of the other
    direction leads back (English -> German when German -> English gives the word again,
    German -> French when French -> German does; with ``strict`` False also when the other
    direction has no article for it), at most :data:`MAX_PER_LANGUAGE` German words and
    translations. The rows fill only what Apertium's and the other FreeDict rows leave
    (:func:`freedict_rows`). A word that is a headword of another of the three languages
    (``homographs``: language -> its dictionaries' headwords) gets no row: English *ara*
    (the constellation, German *Altar*) would hide French *ara*, a macaw, from the lookup's
    guard against false friends."""
    strict = GERMAN_STRICT if strict is None else strict
    homographs = homographs or {}
    known = known or {}

    def other_sense(word: str, a: str, target: str, b: str) -> bool:
        # Apertium knows the target and none of its translations back is the word
        leads = known.get((b, a), {}).get(target)
        return GERMAN_SENSE_GUARD and leads is not None and word not in leads

    def foreign(word: str, lang: str) -> bool:
        return any(word in homographs.get(c, ()) for c in STEM_LANGS if c != lang)

    def senses(a: str, b: str) -> dict[str, list[tuple[str, ...]]]:
        # German *Ara* is French *ara*: a translation may be the headword's own spelling
        return freedict.senses_of(articles.get((a, b), ()), set(), set(), same=True)

    def step(
        word: str,
        forward: dict[str, list[tuple[str, ...]]],
        back: dict[str, set[str]],
        inverse: dict[str, list[str]] | None = None,
    ) -> list[str]:
        first = forward.get(word)
        if not first:  # the other direction's first senses read backwards, if asked
            return (inverse or {}).get(word, [])[:MAX_PER_LANGUAGE]
        kept = [t for t in first[0] if word in back.get(t, ()) or (not strict and t not in back)]
        return kept[:MAX_PER_LANGUAGE]

    Leg = tuple[dict[str, list[tuple[str, ...]]], dict[str, set[str]], dict[str, list[str]] | None]

    def bridge(
        words: Iterable[str], a: str, b: str, to_de: Leg, from_de: Leg
    ) -> dict[str, list[str]]:
        # each word of ``a`` to German, each German word to ``b``: both steps checked
        found: dict[str, list[str]] = {}
        for word in sorted(w for w in words if not foreign(w, a)):
            targets: list[str] = []
            for german in step(word, *to_de):
                targets.extend(t for t in step(german, *from_de) if t not in targets)
            targets = [t for t in targets if t != word and not other_sense(word, a, t, b)]
            if targets:
                found[word] = targets[:MAX_PER_LANGUAGE]
        return found

    out: dict[tuple[str, str, str], dict[str, list[str]]] = {}
    en_de, de_en = senses("en", "de"), senses("de", "en")
    if not en_de or not de_en:
        return out
    back_en, back_de_en = freedict.all_translations(de_en), freedict.all_translations(en_de)
    for b in ("fr", "es"):
        de_b, b_de = senses("de", b), senses(b, "de")
        if not de_b and not b_de:
            continue
        back_b, back_de_b = freedict.all_translations(b_de), freedict.all_translations(de_b)
        # a German word French -> German has but German -> French lacks (*Sandelholz* <-
        # *santal*), and the other way round: that dictionary's first senses read backwards
        inverse_b = freedict.inverted(b_de, MAX_PER_LANGUAGE) if b_de else {}
        inverse_de = freedict.inverted(de_b, MAX_PER_LANGUAGE) if de_b else {}
        # English -> German (German -> English leads back) -> b (b -> German leads back)
        out[("en", b, "freedict-german")] = bridge(
            en_de, "en", b, (en_de, back_en, None), (de_b, back_b, inverse_b)
        )
        # b -> German (German -> b leads back) -> English (English -> German leads back)
        out[(b, "en", "freedict-german")] = bridge(
            set(b_de) | set(inverse_de), b, "en", (b_de, back_de_b, inverse_de),
            (de_en, back_de_en, None),
        )  # fmt: skip
    return out


def merge_rows(
    apertium: Iterable[tuple[str, str, str, str]],
    extra: Iterable[tuple[str, str, str, str, str]],
) -> list[tuple[str, str, str, str, str]]:
    """Apertium's rows marked as such and the others, sorted by word, then by
    :data:`SOURCES` (a word's Apertium row first): the same input gives the same file."""
    rows = [(a, w, b, t, "apertium") for a, w, b, t in apertium] + list(extra)
    rank = {s: n for n, s in enumerate(SOURCES)}
    return sorted(rows, key=lambda r: (r[0], r[1].lower(), r[2], rank.get(r[4], 99), r[1]))


def build(
    path: Path = DEFAULT_TABLE,
    apertium_dir: Path = APERTIUM_DIR,
    freedict_dir: Path | None = None,
    freedict_mode: str = FREEDICT_MODE,
) -> int:
    """Read every dictionary of :data:`PAIRS` (and the FreeDict ones of
    :data:`vocabulary.freedict.DICTIONARIES`) and write the table to ``path``; the number of
    rows. A missing dictionary is left out with a warning: the table is built from what is
    installed.

    Raises:
        DictionaryError: no dictionary at all is installed (or ``lt-print`` is missing and
            no FreeDict one is).
    """
    directions: dict[tuple[str, str], list[Pair]] = {}
    for pair, (package, name) in PAIRS.items():
        try:
            directions[pair] = dictionary_pairs(apertium_dir / package / name)
        except DictionaryError as exc:
            log.warning("Apertium %s-%s skipped: %s", *pair, exc)
    if directions:
        try:
            directions.update(_catalan(directions, apertium_dir))
        except DictionaryError as exc:
            log.warning("Catalan pivot skipped: %s", exc)
    apertium = build_table(directions) if directions else []
    articles = freedict.installed(freedict_dir or freedict.FREEDICT_DIR)
    if not apertium and not articles:
        raise DictionaryError(
            "no bilingual dictionary is installed: apt-get install lttoolbox-dev "
            + " ".join(dict.fromkeys(p for p, _n in PAIRS.values()))
            + " "
            + " ".join(f"dict-{n}" for n in freedict.DICTIONARIES.values())
        )
    return write_table(merge_rows(apertium, freedict_rows(articles, apertium, freedict_mode)), path)


def _catalan(
    directions: dict[tuple[str, str], list[Pair]], apertium_dir: Path
) -> dict[tuple[str, str], list[Pair]]:
    """The directions of :data:`PIVOT_PAIRS` (see there)."""

    def path(pair: tuple[str, str]) -> Path:
        package, name = PIVOT_PAIRS[pair]
        return apertium_dir / package / name

    out = {pair: dictionary_pairs(path(pair)) for pair in (("en", "ca"), ("ca", "en"))}
    french = [(s, p) for s, p, _t in directions.get(("fr", "es"), [])]
    french += [(t, p) for _s, p, t in directions.get(("es", "fr"), [])]
    out[("fr", "ca")] = lookup_pairs(path(("fr", "ca")), french)
    catalan = [(t, p) for _s, p, t in out[("en", "ca")] + out[("fr", "ca")]]
    catalan += [(s, p) for s, p, _t in out[("ca", "en")]]
    out[("ca", "fr")] = lookup_pairs(path(("ca", "fr")), catalan)
    return out


class TranslationTable:
    """Word -> its translations in the other languages (see the module docstring).

    The query's language is not known: a word is looked up in each language, as typed
    (lower case, accents kept) and as its singular would be (:func:`lemma_candidates`:
    ``arrecifes`` -> ``arrecife``); only when that finds nothing, with its accents folded
    (``peche`` finds *pêche* and *péché*: a reader may type either without accents)."""

    def __init__(self, rows: Iterable[Sequence[str]] = ()) -> None:
        # "language<TAB>word as typed in lower case" -> "target<TAB>a|b" lines; the folded
        # spelling of a word with accents -> the words it folds from, the same way: two
        # strings a word, split into translations only when the word is asked
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        self.rows = 0
        for row in rows:
            source, word, target, joined = row[:4]
            if source not in STEM_LANGS or not word.strip():
                continue
            lowered = word.lower()
            k = f"{source}\t{lowered}"
            line = f"{target}\t{joined}\t{row[4]}" if len(row) > 4 else f"{target}\t{joined}"
            self._exact[k] = f"{self._exact[k]}\n{line}" if k in self._exact else line
            folded = lowered if lowered.isascii() else fold.__wrapped__(lowered)
            if folded != lowered:
                f = f"{source}\t{folded}"
                known = self._folded.get(f)
                if known is None:
                    self._folded[f] = lowered
                elif lowered not in known.split("\n"):
                    self._folded[f] = f"{known}\n{lowered}"
            self.rows += 1

    def __len__(self) -> int:
        return self.rows

    def translations(self, text: str) -> tuple[tuple[str, str], ...]:
        """``(language, text)`` pairs of ``text``'s translations into the other languages,
        at most :data:`MAX_PER_LANGUAGE` per language; ``()`` for a word of no entry, a stop
        word or a word of :data:`COMMON_WORDS`."""
        return tuple((lang, t) for lang, t, _source in self.explain(text))

    def explain(self, text: str) -> tuple[tuple[str, str, str], ...]:
        """:meth:`translations` with the dictionary each comes from (``apertium``,
        ``freedict``, ``freedict-inverse``...; ``""`` for a table that does not say)."""
        lowered = " ".join(text.lower().split())
        if not key(lowered) or _common(lowered):
            return ()
        by_lang = self._lookup(lowered, folded=False) or self._lookup(fold(lowered), folded=True)
        own = key(lowered)
        if HOMOGRAPH_GUARD and _false_friend(by_lang, own):
            return ()
        out: dict[tuple[str, str], str] = {}
        per_lang: collections.Counter[str] = collections.Counter()
        for lang, t, source in (t for hits in by_lang.values() for t in hits):
            if per_lang[lang] < MAX_PER_LANGUAGE and key(t) != own:
                out.setdefault((lang, t), source)
                per_lang[lang] += 1
        return tuple((lang, t, source) for (lang, t), source in out.items())

    def words(self) -> dict[str, set[str]]:
        """Language -> its one-word entries and the one-word translations into it, folded:
        the words of each language the table knows (for :meth:`vocabulary.search.
        QueryExpander.stem_shared`)."""
        raw: dict[str, set[str]] = {}
        for k, lines in self._exact.items():
            source, _, word = k.partition("\t")
            raw.setdefault(source, set()).add(word)
            for line in lines.split("\n"):
                target, _, rest = line.partition("\t")
                raw.setdefault(target, set()).update(rest.partition("\t")[0].lower().split("|"))
        return {
            lang: {w if w.isascii() else fold(w) for w in found if w and " " not in w}
            for lang, found in raw.items()
        }

    def is_english_word(self, text: str) -> bool:
        """Whether ``text`` is an English entry, as typed or as its singular by the regular
        rules only (French *margines* is no plural of *margin*), whatever it means in the
        other languages (English *zones*, *machines*, *cargo*, *ours*)."""
        lowered = " ".join(text.lower().split())
        return bool(key(lowered)) and any(
            self._entries("en", c, False) for c in _english_singulars(lowered)
        )

    def _entries(self, lang: str, text: str, folded: bool) -> list[tuple[str, str, str]]:
        """``(target language, translation, source)`` of the word ``text`` of ``lang``
        (with ``folded``, of every word that folds to it), rows in the table's order."""
        spellings = [text]
        if folded and f"{lang}\t{text}" in self._folded:
            spellings += self._folded[f"{lang}\t{text}"].split("\n")
        out: list[tuple[str, str, str]] = []
        seen: set[tuple[str, str]] = set()
        for spelling in spellings:
            lines = self._exact.get(f"{lang}\t{spelling}")
            for line in lines.split("\n") if lines else ():
                target, _, rest = line.partition("\t")
                joined, _, source = rest.partition("\t")
                for t in joined.split("|"):
                    if t and (target, t) not in seen:
                        seen.add((target, t))
                        out.append((target, t, source))
        return out

    def _lookup(self, text: str, folded: bool) -> dict[str, list[tuple[str, str, str]]]:
        out: dict[str, list[tuple[str, str, str]]] = {}
        for lang in STEM_LANGS:
            for candidate in lemma_candidates(text, lang):
                hit = self._entries(lang, candidate, folded)
                if hit:
                    out[lang] = hit
                    break  # the word itself before its guessed singular
        return out


HOMOGRAPH_GUARD = True
"""A word that is an entry in two languages without being the same word in both (Spanish
*red*, network, and English *red*; French *sable*, sand, and English *sable*) is not
translated: the query's language is not known, and either reading would find text the
other did not ask for."""


def _false_friend(by_lang: Mapping[str, Sequence[tuple[str, ...]]], own: str) -> bool:
    """True when ``own`` is an entry of several languages and two of them are no translation
    of each other (neither lists ``own`` among its translations into the other)."""
    langs = sorted(by_lang)
    for i, a in enumerate(langs):
        for b in langs[i + 1 :]:
            same = any(e[0] == b and key(e[1]) == own for e in by_lang[a]) or any(
                e[0] == a and key(e[1]) == own for e in by_lang[b]
            )
            if not same:
                return True
    return False


_SINGULAR: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("ies", "y"), ("es", ""), ("s", "")),
    "fr": (("aux", "al"), ("x", ""), ("s", "")),
    "es": (("ces", "z"), ("es", ""), ("s", "")),
}
"""Plural endings of the last word and what its singular ends with, per language."""


def lemma_candidates(text: str, lang: str) -> list[str]:
    """``text`` and the singulars it may be the plural of in ``lang`` (its last word
    changed: ``coral reefs`` -> ``coral reef``; *récifs coralliens* is looked up as typed)."""
    out = [text]
    head, _, last = text.rpartition(" ")
    for ending, singular in _SINGULAR.get(lang, ()):
        if last.endswith(ending) and len(last) > len(ending) + 1:
            word = last[: -len(ending)] + singular
            if lang == "es" and ending == "s" and word[-1] not in _VOWELS:
                continue  # Spanish adds -es after a consonant: "sols" is no plural of "sol"
            out.append(f"{head} {word}" if head else word)
    return out


_VOWELS = frozenset("aeiouáéíóú")


def _english_singulars(text: str) -> list[str]:
    """``text`` and its singular by English's regular rules only: -ies -> -y, -es after s,
    x, z, ch, sh or o, else -s (not -ss)."""
    out = [text]
    if text.endswith("ies") and len(text) > 4:
        out.append(text[:-3] + "y")
    elif text.endswith(("ses", "xes", "zes", "ches", "shes", "oes")):
        out.append(text[:-2])
    elif text.endswith("s") and not text.endswith("ss") and len(text) > 3:
        out.append(text[:-1])
    return out


def _common(text: str) -> bool:
    words = split_words(fold(text))
    return len(words) == 1 and (words[0] in STOPWORDS or words[0] in COMMON_WORDS)


def read_table(path: Path) -> TranslationTable:
    """A table written by :func:`write_table`."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        rows = (
            tuple(line.rstrip("\n").split("\t"))
            for line in lines
            if line.strip() and not line.startswith("#")
        )
        return TranslationTable(r for r in rows if len(r) in (4, 5))


def table_path() -> Path | None:
    """The table's path (:data:`TABLE_ENV` or :data:`DEFAULT_TABLE`); None when switched
    off."""
    value = os.environ.get(TABLE_ENV, "").strip()
    if value.lower() in ("off", "0", "none", "no"):
        return None
    return Path(value) if value else DEFAULT_TABLE


@functools.lru_cache(maxsize=1)
def default_table() -> TranslationTable | None:
    """The table the search uses, read once; None (with one warning in the log) when it is
    switched off or absent, so the search works without it."""
    path = table_path()
    if path is None:
        log.info("query translation is off (%s=off)", TABLE_ENV)
        return None
    if not path.is_file():
        log.warning(
            "no translation table at %s: query words are not translated through the "
            "bilingual dictionaries (make translations builds it)",
            path,
        )
        return None
    table = read_table(path)
    log.info("translation table %s: %d rows", path, len(table))
    return table


# --- cognates -------------------------------------------------------------------------------------

COGNATES_ENV = "CHM_COGNATES"
"""Environment variable: ``off`` searches without cognate forms (:func:`cognates`)."""
COGNATE_MIN_LENGTH = 5
"""Words shorter than this get no cognate forms (short words collide across languages)."""
MAX_COGNATES = 2
"""At most this many cognate forms per target language (those the corpus holds)."""
_ENDINGS: tuple[tuple[str, str, str], ...] = (
    ("tions", "tions", "ciones"), ("tion", "tion", "cion"),
    ("ities", "ites", "idades"), ("ity", "ite", "idad"),
    ("ical", "ique", "ico"), ("ics", "iques", "icos"), ("ic", "ique", "ico"),
    ("ous", "eux", "oso"), ("isms", "ismes", "ismos"), ("ism", "isme", "ismo"),
    ("ists", "istes", "istas"), ("ist", "iste", "ista"),
    ("cides", "cides", "cidas"), ("cide", "cide", "cida"),
    ("ides", "ures", "uros"), ("ide", "ure", "uro"),
    ("ary", "aire", "ario"), ("ory", "oire", "orio"), ("ium", "ium", "io"),
    ("ences", "ences", "encias"), ("ence", "ence", "encia"),
    ("ances", "ances", "ancias"), ("ance", "ance", "ancia"),
    ("yl", "yle", "ilo"), ("ene", "ene", "eno"), ("ine", "ine", "ina"),
    ("ones", "ones", "onas"), ("one", "one", "ona"), ("ate", "ate", "ato"),
    ("ogy", "ogie", "ogia"), ("ography", "ographie", "ografia"),
    ("ane", "ane", "ano"), ("an", "ane", "ano"), ("ment", "ment", "mento"),
    ("sis", "se", "sis"), ("al", "al", "al"),
    # Spanish adjectives agree in gender: the feminine of each adjective family above
    ("ical", "ique", "ica"), ("ic", "ique", "ica"), ("ous", "euse", "osa"),
    ("ary", "aire", "aria"), ("ory", "oire", "oria"),
    ("ive", "ive", "iva"), ("ive", "if", "ivo"),
    ("ent", "ent", "ente"), ("ant", "ant", "ante"), ("oid", "oide", "oide"),
    ("ure", "ure", "ura"), ("ssion", "ssion", "sion"),
    ("ization", "isation", "izacion"), ("ized", "ise", "izado"),
)  # fmt: skip
"""(English, French, Spanish) endings of the same word (folded, longest first within a
family): *vinyl chloride* / *chlorure de vinyle* / *cloruro de vinilo*; *hydroelectric* /
*hydroélectrique* / *hidroeléctrica*; *radioactive* / *radioactif* / *radiactivo*;
*fluorescent* / *fluorescente*; *pyrethroid* / *piretroide*; *emission* / *emisión*."""
_DOUBLES = re.compile(r"([bcdfglmnprstz])\1")


_PREFIX_R = re.compile(r"(anti|auto|bio|co|eco|fito|geo|hidro|micro|mico|termo)r(?=[aeiou])")
"""A word that begins with r after a prefix: Spanish writes it rr (*co-* + *remediación* ->
*corremediación*, *mico-* -> *micorremediación*, *bio-* -> *biorremediación*)."""


def _spanish_spellings(stem: str) -> tuple[str, ...]:
    """An English or French stem spelt the Spanish way: ph -> f, th -> t, y -> i, ch -> c
    before l or r (*chlor* -> *clor*), double consonants single (rr, ll kept; cc both
    ways: *acción*, *acumulación*), s + consonant at the start -> es; and, as a second
    candidate, the r of a word after a prefix doubled (:data:`_PREFIX_R`)."""
    s = stem.replace("ph", "f").replace("th", "t").replace("y", "i")
    s = re.sub(r"ch(?=[lr])", "c", s)
    s = _DOUBLES.sub(lambda m: m.group(0) if m.group(1) in "rlc" else m.group(1), s)
    if re.match(r"s[^aeiou]", s):
        s = "e" + s
    out = [s, s.replace("cc", "c")]
    prefixed = _PREFIX_R.match(s)
    if prefixed:
        out.append(s[: prefixed.end(1)] + "r" + s[prefixed.end(1) :])
    return tuple(dict.fromkeys(out))


def _french_spelling(stem: str) -> str:
    """An English stem spelt the French way: phth -> pht (*naphthalene* / *naphtalène*,
    *phthalate* / *phtalate*, *ophthalmic* / *ophtalmique*)."""
    return stem.replace("phth", "pht")


def _english_spelling(stem: str) -> str:
    """A French stem spelt the English way: pht -> phth (:func:`_french_spelling` back)."""
    return re.sub(r"pht(?!h)", "phth", stem)


def _from_spanish(stem: str) -> tuple[str, ...]:
    """A Spanish stem spelt the English and French way, as candidates: itself, f -> ph,
    cl/cr -> chl/chr, i -> y between consonants, es + consonant at the start -> s."""
    out = [stem]
    if re.match(r"es[^aeiou]", stem):
        out.append(stem[1:])
    if "rr" in stem:  # *biorremediación* -> *bioremediation*
        out += [s.replace("rr", "r") for s in out]
    for a, b in ((r"f", "ph"), (r"c(?=[lr])", "ch"), (r"(?<=[^aeiou])i(?=[^aeiou])", "y")):
        out += [re.sub(a, b, s) for s in out]
    return tuple(dict.fromkeys(out))


def cognates(word: str) -> tuple[tuple[str, str], ...]:
    """Candidate ``(language, form)`` spellings of a single word in the other two languages
    by regular correspondences (:data:`_ENDINGS`, :func:`_spanish_spellings`,
    :func:`_from_spanish`), folded; the query's language is not known, so the word is read
    as each language in turn. Candidates only: the search keeps those its index holds in
    that language's text. ``()`` for a short word, several words, a stop word or a word of
    :data:`COMMON_WORDS`."""
    folded = fold(word.lower().strip())
    if " " in folded or len(folded) < COGNATE_MIN_LENGTH or not folded.isalpha():
        return ()
    if folded in STOPWORDS or folded in COMMON_WORDS:
        return ()
    out: dict[tuple[str, str], None] = {}

    def add(lang: str, form: str, own: str) -> None:
        if lang != own and form != folded:
            out[(lang, form)] = None

    singulars = [folded] + [folded[: -len(p)] for p in ("s", "es") if folded.endswith(p)]
    if folded.endswith("aux"):  # French plural of -al: *rénaux* -> *rénal*
        singulars.append(folded[:-3] + "al")
    for en, fr, es in _ENDINGS:
        for (own, ending), whole in itertools.product(
            (("en", en), ("fr", fr), ("es", es)), singulars
        ):
            if not whole.endswith(ending) or len(whole) - len(ending) < 3:
                continue
            stem = whole[: len(whole) - len(ending)]
            if own == "es":
                for other in _from_spanish(stem):
                    add("en", other + en, own)
                    add("fr", other + fr, own)
            else:
                other = _french_spelling(stem) if own == "en" else _english_spelling(stem)
                add("en" if own == "fr" else "fr", other + (en if own == "fr" else fr), own)
                for spanish in _spanish_spellings(stem):
                    add("es", spanish + es, own)
    for spanish in _spanish_spellings(folded):
        add("es", spanish, "")
    for other in _from_spanish(folded)[1:]:  # read as Spanish: *estevia* -> *stevia*
        add("en", other, "es")
        add("fr", other, "es")
    return tuple(out)


def cognates_on() -> bool:
    """False when :data:`COGNATES_ENV` switches cognate forms off."""
    return os.environ.get(COGNATES_ENV, "").strip().lower() not in ("off", "0", "none", "no")


class CorpusExpander:
    """A query expander whose words the lexicon and the dictionaries do not translate get
    their cognate forms instead (:func:`cognates`: *chlorure* -> *chloride*, *cloruro*),
    kept only when ``known(language, form)`` says the index holds that form in the text of
    that language, at most :data:`MAX_COGNATES` per language. A word translated into one
    language only, by a translation that is one of its own cognate forms, gets them in the
    languages it lacks (French *osmotique*, which a dictionary gives only as Spanish
    *osmótico*, also finds English *osmotic*; Spanish *pelícanos*, only French *pélican*,
    English *pelicans*): the dictionary shows the rules hold for it. Québec *mannes*
    (mayflies), given as English *manna*, gets no Spanish *manes*, which the Spanish
    stemmer reads as *mano* (a hand). A word translated into two languages has none left
    but, most likely, its own. Everything else is the wrapped expander's. Built per search
    (:func:`index.query.with_cognates`); the parse treats a cognate as any other translation
    (AND, ``-term``, phrases, facets)."""

    def __init__(self, inner: Any, known: Callable[[str, str], bool]) -> None:
        self.inner = inner
        self.known = known

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def alternatives(self, text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return self.inner.alternatives(text)  # type: ignore[no-any-return]

    def is_stopword(self, word: str) -> bool:
        return bool(self.inner.is_stopword(word))

    def translations(self, text: str) -> tuple[tuple[str, str], ...]:
        found: tuple[tuple[str, str], ...] = self.inner.translations(text)
        have = {lang for lang, _ in found}
        if len(have) > 1 or " " in text.strip():
            return found
        candidates = cognates(text)
        if found and not {fold(t.lower()) for _, t in found} & {f for _, f in candidates}:
            return found  # its translation is no cognate of it: the rules do not hold here
        per_lang: collections.Counter[str] = collections.Counter()
        kept: list[tuple[str, str]] = list(found)
        for lang, form in candidates:
            if lang in have:
                continue
            if per_lang[lang] < MAX_COGNATES and self.known(lang, form):
                kept.append((lang, form))
                per_lang[lang] += 1
        return tuple(kept)


def attach_cognates(expander: Any, known: Callable[[str, str], bool]) -> Any:
    """``expander`` in a :class:`CorpusExpander`, or as it is when cognates are switched off
    (``CHM_COGNATES=off``)."""
    return CorpusExpander(expander, known) if cognates_on() else expander
