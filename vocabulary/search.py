"""Search helpers the HTTP API and the CLI use on top of the index (they do no I/O).

Data flow: search_api/params -> **QueryExpander / expand_concept_filter** -> index query;
index facet counts -> **facet_labels / concept_tree_facet** -> API response.
"""

from __future__ import annotations

import difflib
import functools
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from index.base import FIELD_STOP_SETS
from mappings.normalise import country_for_name
from vocabulary.dictionary import TranslationTable, attach_cognates, default_table
from vocabulary.loader import cache_key, default_cache_dir, paused_gc, read_pickle, write_pickle
from vocabulary.model import short_id
from vocabulary.resolver import Vocabulary, is_acronym_label
from vocabulary.text import (
    QUERY_STOPWORDS,
    STEM_LANGS,
    STOPWORDS,
    STOPWORDS_BY_LANG,
    fold,
    key,
    split_words,
    stem_key,
    without_spanish_e,
)

_MEMO_MAX = 100_000
LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
LEXICON_LANGS = ("en", "fr", "es")
"""The columns of a lexicon file, in order."""


RELATIONAL_MARK = "# kind: relational"
"""The header line of a lexicon file of relational entries (:class:`Lexicon`)."""
MEMBERS_MARK = "# kind: members"
"""The header line of a lexicon file of groups and their members (:class:`Lexicon`)."""


class LexiconError(ValueError):
    """A lexicon file that cannot be read as one (names the file and line)."""


def _lexicon_key(text_key: str, lang: str, name: bool = False) -> str:
    """What a lexicon variant is filed and looked up under: its :func:`stem_key`, and in
    Spanish without the *-e* the plural rule cannot tell from a consonant ending
    (:func:`~vocabulary.text.without_spanish_e`): *serpientes* is filed as ``serpient``,
    and *serpiente*, typed in the singular, is looked up the same way. A ``name``, one word
    typed with a capital (see :func:`_typed_as_name`), keeps its *-e*; only the lexicon's
    own lookups read words so (the index and the thesaurus keep :func:`stem_key`)."""
    stemmed = stem_key(text_key, lang)
    return without_spanish_e(stemmed) if lang == "es" and not name else stemmed


def _typed_as_name(text: str) -> bool:
    """One word typed with a capital first letter: read as a name, which has no plural
    (*Chile*, the country, is no *chiles*, chillies; *chile* typed in small letters may be
    either)."""
    word = text.strip()
    return " " not in word and word[:1].isupper()


def _lookup_keys(text: str, text_key: str) -> list[tuple[str, str]]:
    """``(language, key)`` under which typed ``text`` (its :func:`key` ``text_key``) is
    looked up in the lexicon, one per language of :data:`STEM_LANGS`."""
    name = _typed_as_name(text)
    return [(lang, _lexicon_key(text_key, lang, name)) for lang in STEM_LANGS]


class Lexicon:
    """Words and phrases of the domain in English, French and Spanish, one idea per entry
    (``fish | poisson | pez, peces``): what lets a query word that names no concept of the
    thesaurus find text in the other languages (:meth:`translations`).

    Files (``vocabulary/lexicon/*.tsv``): UTF-8, ``#`` comments, one entry per line, three
    tab-separated columns ``en fr es``; variants of a column (plurals a stemmer does not
    join, regional spellings) separated by ``|``; an empty column is allowed. A word is
    looked up the way the thesaurus looks labels up (folded, stop words and plural endings
    aside, per language), so ``Poissons`` finds the entry of ``poisson``.

    A file whose header holds the line ``# kind: relational`` gives *relational* entries:
    an adjective that stands for a noun (``pesquera``, ``canine``) beside that noun used as
    a modifier (``fishing``, ``dog``). Such an entry translates its words as any other, but
    it does not stand for the whole meaning of the noun: a word whose only entries are
    relational keeps the bilingual dictionary's translations too (``dog`` -> ``canin``
    *and* ``chien``, where an ordinary entry would replace the dictionary's senses).

    A file whose header holds the line ``# kind: members`` names groups and their members,
    two tab-separated columns a line: a group and its members separated by ``|``, each a
    variant of an entry of the other files (``crocodilians`` ``crocodiles|caimans|gharials``).
    A member answers its group: a word of the group's entry is translated into the variants
    of its members' entries as well, in every language (*crocodilians* finds *yacarés*), one
    level down only (a member's own members are not added: a group word does not become
    every species of a class). Groups are looked for among the entries only, so a group that
    is a label of the thesaurus, which has narrower concepts of its own, needs no line here.
    """

    def __init__(self, entries: Iterable[Sequence[Sequence[str]]] = ()) -> None:
        self.entries: list[tuple[tuple[str, str], ...]] = []
        self._index: dict[tuple[str, str], list[int]] = {}
        self._relational: set[int] = set()
        self._members: dict[int, tuple[int, ...]] = {}
        for entry in entries:
            self.add(entry)

    def add(self, columns: Sequence[Sequence[str]], relational: bool = False) -> None:
        """One entry: for each language of :data:`LEXICON_LANGS`, its variants
        (``relational``: see the class)."""
        variants = tuple(
            (lang, v.strip())
            for lang, col in zip(LEXICON_LANGS, columns, strict=False)
            for v in col
            if _searchable(v.strip(), lang)
        )
        if len({lang for lang, _ in variants}) < 2 and len(variants) < 2:
            return  # nothing to translate to
        n = len(self.entries)
        self.entries.append(variants)
        if relational:
            self._relational.add(n)
        for lang, text in variants:
            k = key(text)
            if not k:
                continue  # a stop word of another language (French "or"): a translation
                # to look for, never a query word to look up ("or" typed is English)
            for filed in {_lexicon_key(k, lang), _lexicon_key(k, lang, name=True)}:
                bucket = self._index.setdefault((lang, filed), [])
                if n not in bucket:
                    bucket.append(n)

    def __len__(self) -> int:
        return len(self.entries)

    def entries_of(self, text: str) -> tuple[int, ...]:
        """The entries ``text`` is a variant of (folded, plural aside, in any language)."""
        k = key(text)
        if not k:
            return ()
        out: dict[int, None] = {}
        for filed in _lookup_keys(text, k):
            out.update(dict.fromkeys(self._index.get(filed, ())))
        return tuple(out)

    def add_members(self, group: str, members: Sequence[str]) -> list[str]:
        """Make the entries of each of ``members`` answer the entries of ``group`` (see the
        class); the texts that are a variant of no entry are returned (nothing is added for
        them)."""
        groups = self.entries_of(group)
        if not groups:
            return [group]
        missing: list[str] = []
        found: dict[int, None] = {}
        for member in members:
            got = self.entries_of(member)
            if not got:
                missing.append(member)
            found.update(dict.fromkeys(n for n in got if n not in groups))
        for g in groups:
            self._members[g] = tuple(dict.fromkeys((*self._members.get(g, ()), *found)))
        return missing

    def _member_variants(self, groups: Iterable[int]) -> dict[tuple[str, str], None]:
        """Every variant of the members of the entries ``groups``."""
        out: dict[tuple[str, str], None] = {}
        for n in groups:
            for m in self._members.get(n, ()):
                out.update(dict.fromkeys(self.entries[m]))
        return out

    def languages(self, text: str) -> frozenset[str]:
        """The languages of the entries' variants that ``text`` is (folded, plural aside)."""
        k = key(text)
        if not k:
            return frozenset()
        return frozenset(filed[0] for filed in _lookup_keys(text, k) if filed in self._index)

    def translations(self, text: str) -> tuple[tuple[str, str], ...]:
        """``(language, text)`` of every other word of the entries ``text`` is a variant
        of, in any language (the query's language is not known), other forms of the word in
        its own language included (the index's stemmers do not join ``pez`` and ``peces``);
        ``()`` for a word of no entry or a stop word."""
        return self.lookup(text)[0]

    def lookup(self, text: str) -> tuple[tuple[tuple[str, str], ...], bool]:
        """:meth:`translations` of ``text``, and whether every entry that gave them is
        relational (then the dictionary's translations are wanted too)."""
        k = key(text)
        if not k:
            return (), False
        out: dict[tuple[str, str], None] = {}
        found = self.entries_of(text)
        if is_acronym(text):  # ORE is no ore: only the entries that write it in capitals
            found = tuple(n for n in found if any(_writes(v, text) for _l, v in self.entries[n]))
        for n in found:
            out.update(dict.fromkeys(self.entries[n]))
        only_relational = all(n in self._relational for n in found)
        if self._members:
            out.update(self._member_variants(found))
        # the word as typed is searched anyway, in every language; but where, as typed, it
        # is a word the stemmed text of a language leaves out (French *mais*, but), that
        # language's accented variant (*maïs*, maize) is searched there instead
        typed = text.strip().lower()
        return tuple(
            t for t in out
            if key(t[1]) != k or (t[1].lower() != typed and typed in FIELD_STOP_SETS.get(t[0], ()))
        ), bool(out) and only_relational  # fmt: skip


ACRONYM_LETTERS = (2, 6)
"""Lengths of a word typed in capitals that :func:`is_acronym` reads as an acronym."""


def is_acronym(text: str) -> bool:
    """True for one word typed in capitals, of 2 to 6 letters (``ORE``, ``RAEE``, ``DCP``):
    an acronym, not the common word its letters also spell (ORE, the French *obligations
    réelles environnementales*, is no ore; WHO no pronoun). A word typed in lower case may
    be either, and is looked up as both."""
    t = text.strip()
    lo, hi = ACRONYM_LETTERS
    return lo <= len(t) <= hi and t.isalpha() and t.isupper()


def _writes(variant: str, acronym: str) -> bool:
    """True when an entry's ``variant`` is ``acronym`` as written, in capitals (a plural
    *s* aside: ``PCBs`` writes ``PCB``, ``FADs`` writes ``FAD``)."""
    v = variant.strip()
    return v == acronym or (v.endswith("s") and v[:-1] == acronym) or v == acronym + "S"


_MORE_COUNTRY_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "CD": (("en", "Democratic Republic of the Congo"), ("fr", "République démocratique du Congo")),
    "CG": (("en", "Republic of the Congo"), ("fr", "République du Congo")),
    "CI": (("en", "Ivory Coast"), ("es", "Costa de Marfil")),
    "CV": (("en", "Cape Verde"), ("fr", "Cap-Vert")),
    "CZ": (("en", "Czech Republic"), ("fr", "République tchèque"), ("es", "República Checa")),
    "MM": (("en", "Burma"),),
    "SZ": (("en", "Swaziland"), ("fr", "Swaziland"), ("es", "Suazilandia")),
    "TR": (("en", "Turkey"), ("es", "Turquía")),
}
"""Names pages still use beside CLDR's short ones (CLDR writes *Congo - Kinshasa*)."""


@functools.lru_cache(maxsize=512)
def _cldr_country_names(code: str) -> tuple[tuple[str, str], ...]:
    from babel import Locale

    out: dict[tuple[str, str], None] = {}
    code = code.upper()
    for lang in LEXICON_LANGS:
        name = Locale.parse(lang).territories.get(code)
        if name and " - " not in name:
            out[(lang, name.replace("’", "'"))] = None
    out.update(dict.fromkeys(_MORE_COUNTRY_NAMES.get(code, ())))
    return tuple(out)


def _searchable(text: str, lang: str) -> bool:
    """A variant the index can find in text of its language: some word that is not one of
    that language's stop words once folded (French *or*, gold, is kept; French *sûr*, safe,
    folds to the stop word *sur* and would find every French text)."""
    stop = STOPWORDS_BY_LANG.get(lang, STOPWORDS)
    return any(word not in stop for word in split_words(fold(text)))


def read_lexicon(paths: Iterable[Path]) -> Lexicon:
    """The entries of lexicon files (see :class:`Lexicon`).

    Raises:
        LexiconError: a line without the three columns (two in a file of members), or a
            group or member that is no variant of an entry, with the file and line number.
    """
    lexicon = Lexicon()
    groups: list[tuple[str, int, str, list[str]]] = []  # added once every entry is read
    for path in paths:
        relational = members = False
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("#"):
                relational = relational or line.strip().lower() == RELATIONAL_MARK
                members = members or line.strip().lower() == MEMBERS_MARK
                continue
            if not line.strip():
                continue
            columns = line.split("\t")
            if members:
                if len(columns) != 2 or not columns[0].strip():
                    raise LexiconError(
                        f"{path.name} line {number}: expected a group and its members "
                        f"(two tab-separated columns), found {len(columns)} columns"
                    )
                names = [v.strip() for v in columns[1].split("|") if v.strip()]
                groups.append((path.name, number, columns[0].strip(), names))
                continue
            if len(columns) != len(LEXICON_LANGS):
                raise LexiconError(
                    f"{path.name} line {number}: expected {len(LEXICON_LANGS)} tab-separated "
                    f"columns ({' '.join(LEXICON_LANGS)}), found {len(columns)}"
                )
            lexicon.add([[v for v in col.split("|") if v.strip()] for col in columns], relational)
    for name, number, group, names in groups:
        missing = lexicon.add_members(group, names)
        if missing:
            raise LexiconError(
                f"{name} line {number}: {', '.join(repr(m) for m in missing)} "
                f"{'is no word' if len(missing) == 1 else 'are no words'} of the lexicon's "
                "entries (a group and its members are variants of entries)"
            )
    return lexicon


@functools.lru_cache(maxsize=1)
def domain_lexicon() -> Lexicon:
    """The lexicon shipped with chm (every ``vocabulary/lexicon/*.tsv``), read once a
    process (:func:`cached_lexicon`)."""
    return cached_lexicon(lexicon_files())


def lexicon_files() -> list[Path]:
    """The files of the lexicon shipped with chm, in the order they are read."""
    return sorted(LEXICON_DIR.glob("*.tsv"))


def cached_lexicon(paths: Sequence[Path], cache_dir: Path | None = None) -> Lexicon:
    """:func:`read_lexicon` of ``paths`` through a pickle in the vocabulary's cache
    directory (:func:`vocabulary.loader.default_cache_dir`), keyed as the vocabulary's is by
    the files' bytes and the code of this package: 18,000 entries read in ~0.1 CPU-s
    instead of ~1.3 (every process that searches or matches reads them: the server, a
    harvest's matching, each CLI search). A file that does not read back is read again from
    the files; a lexicon error is raised as :func:`read_lexicon` raises it, and nothing is
    cached then."""
    cache = (cache_dir or default_cache_dir()) / f"lexicon-{cache_key(paths)}.pickle"
    cached = read_pickle(cache, Lexicon)
    if cached is not None:
        return cached
    with paused_gc():
        lexicon = read_lexicon(paths)
    write_pickle(cache, lexicon)
    return lexicon


class QueryExpander:
    """What a query word or label means beyond its text (:class:`index.query.Expander`).

    A label of a topic concept, in any language, means that concept, its narrower concepts
    and the concepts marked as equivalent (skos:exactMatch) with theirs; a label of a record
    type means that type (``perfil nacional`` -> ``national-profile``) unless it also names a
    topic (``national action plan``: the topic only); a region label the region; a country
    name in English, French or Spanish the country (``Sénégal`` -> SN). A word or phrase of
    the domain lexicon (:func:`domain_lexicon`) has its translations (:meth:`translations`).
    Answers are memoised: the same words come back in query after query.
    """

    def __init__(
        self,
        vocab: Vocabulary,
        lexicon: Lexicon | None = None,
        dictionary: TranslationTable | Literal["default"] | None = "default",
    ) -> None:
        self.vocab = vocab
        self.lexicon = domain_lexicon() if lexicon is None else lexicon
        self.dictionary = default_table() if dictionary == "default" else dictionary
        self._memo: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {}
        self._translated: dict[str, tuple[tuple[str, str], ...]] = {}
        self._langs: dict[str, tuple[str, ...]] = {}
        self._words: dict[str, tuple[str, ...]] = {}  # concept -> its label words
        self._stem_shared: dict[tuple[str, str], bool] = {}
        self._stems: dict[str, dict[str, tuple[str, ...]]] | None = None

    def is_stopword(self, word: str) -> bool:
        """``de``, ``the``, ``y``…: the vocabulary's stop words in English, French, Spanish."""
        return fold(word) in QUERY_STOPWORDS

    def concept_words(self, uris: Iterable[str], limit: int = 400) -> tuple[str, ...]:
        """The words of the preferred and alternative labels of ``uris`` in every language,
        stop words and labels of three letters or fewer left out, at most ``limit``: what a
        result page marks in a record found through a concept (*mercure* marks *mercurio*
        and *mercury*)."""
        out: dict[str, None] = {}
        for uri in uris:
            out.update(dict.fromkeys(self._concept_words(uri)))
            if len(out) >= limit:
                break
        return tuple(out)[:limit]

    def _concept_words(self, uri: str) -> tuple[str, ...]:
        got = self._words.get(uri)
        if got is None:
            c = self.vocab.concepts.get(uri)
            labels = [*c.pref.values(), *(a for alts in c.alt.values() for a in alts)] if c else []
            words = (w for label in labels for w in split_words(fold(label)))
            got = self._words[uri] = tuple(
                dict.fromkeys(w for w in words if len(w) > 3 and w not in STOPWORDS)
            )
        return got

    def alternatives(self, text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """``(("concept", uris), ("type", ids), ("region", uris), ("country", codes))``,
        only the fields with values; ``()`` when ``text`` is no whole label or name. A run
        of several words never starts or ends with a stop word (``des déchets`` is no label,
        ``déchets`` is)."""
        hit = self._memo.get(text)
        if hit is None:
            hit = self._compute(text)
            if len(self._memo) > _MEMO_MAX:
                self._memo.clear()
            self._memo[text] = hit
        return hit

    def translations(self, text: str) -> tuple[tuple[str, str], ...]:
        """``text`` in the other languages of the lexicon, ``(language, text)`` pairs; ``()``
        when it is no whole entry. A run of several words never starts or ends with a stop
        word. The parse asks only for words that name nothing of the vocabulary."""
        hit = self._translated.get(text)
        if hit is None:
            words = text.split()
            if not words or (len(words) > 1 and (self.is_stopword(words[0])
                                                 or self.is_stopword(words[-1]))):  # fmt: skip
                hit = ()
            else:
                hit, relational = self.lexicon.lookup(text)
                if not hit:
                    hit = self._dictionary_translations(text)
                elif relational:  # an adjective's entry does not replace the noun's senses
                    hit = tuple(dict.fromkeys((*hit, *self._dictionary_translations(text))))
            if len(self._translated) > _MEMO_MAX:
                self._translated.clear()
            self._translated[text] = hit
        return hit

    def lexicon_translations(self, text: str) -> tuple[tuple[str, str], ...]:
        """The domain lexicon's translations of ``text`` alone (no bilingual dictionary):
        what a word that also names a country means besides it (:func:`index.query.
        _country_names`: English *chili* beside French *Chili*, Chile; *turkey* the bird)."""
        return self.lexicon.translations(text)

    def country_names(self, code: str) -> tuple[tuple[str, str], ...]:
        """``(language, name)`` of a country in English, French and Spanish, by its ISO
        3166 alpha-2 ``code`` (CLDR's short names: *Belgium*, *Belgique*, *Bélgica*);
        ``()`` for an unknown code."""
        return _cldr_country_names(code)

    def with_corpus(self, known: Callable[[str, str], bool]) -> Any:
        """This expander with cognate forms of the words it cannot translate, kept when
        ``known(language, form)`` (:class:`vocabulary.dictionary.CorpusExpander`); itself
        when ``CHM_COGNATES=off``."""
        return attach_cognates(self, known)

    def _dictionary_translations(self, text: str) -> tuple[tuple[str, str], ...]:
        """The bilingual dictionaries' translations (:mod:`vocabulary.dictionary`) of a word
        or phrase the lexicon does not know (the lexicon's curated entries come first: where
        it has one, the dictionaries' senses would only add noise)."""
        if self.dictionary is None or is_acronym(text):  # a dictionary has no acronyms
            return ()
        return self.dictionary.translations(text)

    def is_english_word(self, word: str) -> bool:
        """Whether ``word`` is an English word: a variant of the lexicon in English, or an
        English entry of the bilingual dictionaries (as typed or as its regular singular:
        *retardants*, *zones*)."""
        return "en" in self.lexicon.languages(word) or self._dictionary_english(word)

    def _dictionary_english(self, word: str) -> bool:
        """Whether the bilingual dictionaries hold ``word`` as an English entry (False
        without dictionaries)."""
        is_english_word = getattr(self.dictionary, "is_english_word", None)
        return is_english_word is not None and bool(is_english_word(word))

    def is_foreign_word(self, word: str) -> bool:
        """Whether ``word`` is a French or Spanish word and no English one: a variant of the
        lexicon in French or Spanish only, or, where the lexicon has none, a word the
        bilingual dictionaries translate into English that they do not know as an English
        word (*loup*, *marin*, *peinture*; not *hippo*, *resistant*, nor *tailed*, which no
        dictionary holds). Acronyms are no foreign words."""
        if is_acronym(word):
            return False
        langs = self.lexicon.languages(word)
        if langs:
            return "en" not in langs
        if self._dictionary_english(word):
            return False
        return any(lang == "en" for lang, _text in self._dictionary_translations(word))

    def stem_shared(self, text: str, lang: str) -> bool:
        """Whether the one-word translation ``text`` (of ``lang``) is one the index's stemmer
        cuts by :data:`STEM_CUT` letters or more to a stem that another word of ``lang`` has,
        a word that neither begins as ``text`` does beyond the stem nor shares a translation
        with it: Spanish *mareas* (tides) and *mar* (the sea) are both *mar*, French *marais*
        (marshes) and *mars* (March) both *mar*, Spanish *venados* (deer) and *vena* (a
        vein) both *ven*; *turística* and *turista* share *tourist*. A shorter word that the
        translation begins with is another word too: Spanish *escalada* (climbing) and
        *escala* (a scale: *pequeña escala*) are both *escal*. Such a translation is
        looked for as the word itself, in titles, subjects and text of unknown language
        (:attr:`index.query.Item.exact`), where the index keeps words unstemmed: in stemmed
        text a search for *tides* found every Spanish page that names the sea. The other
        words are the bilingual dictionaries' and the lexicon's (:meth:`_stem_groups`): a
        word neither holds is not seen (Spanish *nacidos*, which *nácaras* stems as); a word
        of no known translation (a cognate form) is not judged."""
        word = fold(text.lower())
        if lang not in STEM_LANGS or not word.isalpha():
            return False
        key = (word, lang)
        hit = self._stem_shared.get(key)
        if hit is None:
            hit = False
            stems = _stem_analyzers()[lang].analyze(word)
            if len(stems) == 1 and len(word) - len(stems[0]) >= STEM_CUT.get(lang, 3):
                stem = stems[0]
                own = word[: len(stem) + 1]  # the stem and the letter after it
                others = [
                    other
                    for other in self._stem_groups().get(lang, {}).get(stem, ())
                    if not other.startswith(own)
                    or (len(other) < len(word) and word.startswith(other))
                ]  # the words of other beginnings, and the shorter words this one begins with
                # a word translated as one of them is the same idea (turista); a word of
                # no known sense (a cognate form) is not judged
                said = self._senses(word) if others else set()
                if said:
                    hit = any(
                        senses and not (said & senses)
                        for senses in (self._senses(other) for other in others)
                    )
            if len(self._stem_shared) > _MEMO_MAX:
                self._stem_shared.clear()
            self._stem_shared[key] = hit
        return hit

    def _senses(self, word: str) -> set[str]:
        """The translations of ``word`` (lexicon, else the dictionaries), each word stemmed
        as its language: two words of one stem that share one are forms of one idea
        (*turista*, *turístico*: *tourist*; *electrónica*, *electrón*: *electron-*)."""
        found = self.lexicon.translations(word) or self._dictionary_translations(word)
        analysers = _stem_analyzers()
        return {
            " ".join(analysers[lang].analyze(t)) if lang in analysers else fold(t.lower())
            for lang, t in found
        }

    def warm(self) -> None:
        """Read the dictionaries and group their words by stem now (:meth:`stem_shared`),
        rather than in the first search that translates a word (about a second)."""
        self._stem_groups()

    def _stem_groups(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """Language -> stem -> the words of that language that the index's stemmer cuts to
        it (two or more), from the dictionaries' words (:meth:`vocabulary.dictionary.
        TranslationTable.words`) and the lexicon's one-word variants; built on first use."""
        if self._stems is None:
            known = self.dictionary.words() if self.dictionary is not None else {}
            words = {lang: known.get(lang, set()) for lang in STEM_LANGS}
            for entry in self.lexicon.entries:
                for lang, variant in entry:
                    if lang in words and " " not in variant:
                        low = variant.lower()
                        words[lang].add(low if low.isascii() else fold(low))
            groups: dict[str, dict[str, tuple[str, ...]]] = {}
            for lang, found in words.items():
                by_stem: dict[str, list[str]] = {}
                analyzer = _stem_analyzers()[lang]
                for word in found:
                    if word.isalpha():
                        stems = analyzer.analyze(word)
                        if len(stems) == 1:
                            by_stem.setdefault(stems[0], []).append(word)
                groups[lang] = {s: tuple(ws) for s, ws in by_stem.items() if len(ws) > 1}
            self._stems = groups
        return self._stems

    def text_languages(self, text: str) -> tuple[str, ...]:
        """The languages whose text ``text`` is looked for in, ``()`` for all: a word or label
        run the vocabulary knows only in French or Spanish (as a label of a concept, a word
        of the lexicon) and no dictionary knows as an English word is not looked for in
        English text, where the same letters are another word (French *four*, a kiln, is a
        number in English). English text seldom borrows a French or Spanish word, where
        French and Spanish text often borrow English ones: the rule goes one way only. A word
        that is an English word too (*machines*, *zones*, *cargo*, *formation*) and the name
        of a country or region (*Canada*, Spanish *cañada* folded) are looked for in every
        language, as a term matches its text in any language: an English reader's query for
        it finds English text (it found none of the 14 English judged records that say
        *machines* while the rule held for it). Acronyms (three letters or fewer) and words
        the vocabulary does not know are looked for everywhere."""
        hit = self._langs.get(text)
        if hit is None:
            hit = self._text_languages(text)
            if len(self._langs) > _MEMO_MAX:
                self._langs.clear()
            self._langs[text] = hit
        return hit

    def _text_languages(self, text: str) -> tuple[str, ...]:
        k = key(text)
        if len(k) <= 3:
            return ()
        langs = set(self.lexicon.languages(text))
        for uri in self.vocab.label_concepts(text):
            for lang, labels in self.vocab.labels(uri).items():
                rule = lang if lang in STEM_LANGS else None
                if any(_same_key(key(label), k, rule) for label in labels):
                    langs.add(lang)
        if not langs or not langs <= _NOT_ENGLISH:
            return ()
        if any(name in ("country", "region") for name, _values in self.alternatives(text)):
            return ()  # a place's name is a name in every language (*Canada*, not *cañada*)
        if self._dictionary_english(text):
            return ()  # an English word too (*zones*, *machines*, *cargo*)
        return tuple(sorted(_NOT_ENGLISH))

    def _compute(self, text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        words = text.split()
        if not words:
            return ()
        edge = len(words) > 1 and (self.is_stopword(words[0]) or self.is_stopword(words[-1]))
        if edge and not self._is_label_as_written(text) and not country_for_name(text):
            # a country's name as written is one too, where its last word is a stop word of
            # another language (Spanish *Sudán del Sur*, *Corea del Sur*: French *sur*)
            return ()
        out: dict[str, list[str]] = {}
        uris = self.vocab.label_concepts(text)
        if uris and not _in_capitals(text) and self.lexicon.languages(text):
            # a word typed in small letters that the lexicon knows is that word, not the
            # acronym its letters spell: *gars* (the fish) is no GAR, Spanish for
            # environmentally sound management; French *pics* (woodpeckers) no PIC
            uris = [u for u in uris if not _named_by_acronym_only(self.vocab, u, text)]
        if len(uris) > 1 and any(self.is_stopword(w) for w in words):
            # read without its stop words, a label may name others too: the labels as
            # written win (*América del Sur* without French *sur* is *América*)
            exact = [u for u in uris if _labelled(self.vocab, u, text)]
            uris = exact or uris
        # a record type's labels include how nodes name their records' types ("national
        # action plan", "grant", "needs assessment" type a record as a national profile, an
        # offer, a need); a query that names a topic means the topic, not every record of
        # the type (typed alone, "perfil nacional" still means the type)
        names_topic = any(self.vocab.scheme_kind(u) not in ("type", "region") for u in uris)
        for uri in uris:
            kind = self.vocab.scheme_kind(uri)
            if kind == "type":
                type_id = self.vocab.type_id(uri)
                if type_id and not names_topic:
                    out.setdefault("type", []).append(type_id)
                continue
            field = "region" if kind == "region" else "concept"
            bucket = out.setdefault(field, [])
            for same in (uri, *sorted(self.vocab.equivalents(uri))):
                bucket.extend(sorted(self.vocab.narrower_closure(same)))
        countries = SHARED_COUNTRY_NAMES.get(fold(text).replace("-", " "))
        if countries is None:
            country = country_for_name(text)
            countries = (country,) if country else ()
        if countries:
            out["country"] = list(countries)
        return tuple((name, tuple(dict.fromkeys(vals))) for name, vals in out.items() if vals)

    def _is_label_as_written(self, text: str) -> bool:
        """True when ``text``, stop words included, is one of the labels it names (*Une seule
        santé*, where French *une* is a stop word elsewhere): a run that starts or ends with
        a stop word is a label only then (``des déchets`` is none)."""
        return any(_labelled(self.vocab, uri, text) for uri in self.vocab.label_concepts(text))


_NOT_ENGLISH = frozenset({"fr", "es"})

SHARED_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {"congo": ("CG", "CD"), "rd congo": ("CD",)}
"""Folded country names a query may mean several countries by (a record's metadata keeps
ISO's reading, :func:`mappings.normalise.country_for_name`: *Congo* is CG there): a reader
who types *Congo* beside *cobalt* or *gorillas* means either Congo, most often the
Democratic Republic, so the query names both; *RD Congo* is the Democratic Republic."""


def _same_key(label_key: str, text_key: str, rule: str | None) -> bool:
    if rule is None:
        return label_key == text_key
    return stem_key(label_key, rule) == stem_key(text_key, rule)


def expand_concept_filter(vocab: Vocabulary, uris: Iterable[str]) -> tuple[str, ...]:
    """A concept filter plus every narrower concept (accepts short ids like ``topic/pops``)."""
    return vocab.expand_concept_filter(uris)


def facet_labels(vocab: Vocabulary, values: Iterable[str], lang: str = "en") -> dict[str, str]:
    """Display label of each concept/region/type facet value in ``lang`` (fallback en, any).

    Record-type ids (``"project"``) are accepted as well as URIs; unknown values map to
    themselves so a facet never loses a bucket.
    """
    out: dict[str, str] = {}
    for value in values:
        uri = vocab.uri_for(value) or vocab.uri_for("type/" + value)
        out[value] = vocab.label(uri, lang) if uri else value
    return out


def concept_tree_facet(
    vocab: Vocabulary, counts: Sequence[tuple[str, int]], lang: str = "en"
) -> list[dict[str, Any]]:
    """Concept facet counts as a tree: ``[{uri, id, label, count, children}]``.

    ``count`` is the index's count for the concept, which includes the records tagged with a
    narrower concept (the index holds every concept with its broader ones), so it equals the
    total the concept's filter gives. Ancestors without a count of their own are included
    with ``count: 0`` so the tree stays connected; siblings
    are sorted by count (descending) then label. Unknown URIs become top-level leaves.
    """
    counted = {uri: n for uri, n in counts}
    keep: set[str] = set()
    for uri in counted:
        keep |= vocab.broader_closure(uri) if uri in vocab else {uri}

    def node(uri: str, path: frozenset[str]) -> dict[str, Any]:
        c = vocab.concepts.get(uri)
        kids = [n for n in (c.narrower if c else []) if n in keep and n not in path]
        children = [node(k, path | {k}) for k in kids]
        children.sort(key=lambda d: (-d["count"], d["label"].casefold()))
        return {
            "uri": uri,
            "id": short_id(uri),
            "label": vocab.label(uri, lang),
            "count": counted.get(uri, 0),
            "children": children,
        }

    def is_root(uri: str) -> bool:
        c = vocab.concepts.get(uri)
        return c is None or not keep.intersection(c.broader)

    roots = [u for u in keep if is_root(u)]
    tree = [node(u, frozenset({u})) for u in roots]
    tree.sort(key=lambda d: (-d["count"], d["label"].casefold()))
    return tree


_EXPANDERS: weakref.WeakKeyDictionary[Vocabulary, QueryExpander] = weakref.WeakKeyDictionary()


def expander_for(vocab: Vocabulary) -> QueryExpander:
    """The vocabulary's one :class:`QueryExpander` (its memo is shared by every search)."""
    expander = _EXPANDERS.get(vocab)
    if expander is None:
        expander = _EXPANDERS[vocab] = QueryExpander(vocab)
    return expander


class UnknownValue(ValueError):
    """A filter value that names nothing; ``suggestions`` are the closest valid values."""

    def __init__(self, field: str, value: str, suggestions: list[str], expected: str) -> None:
        self.field, self.value, self.suggestions = field, value[:80], suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"{field}: '{self.value}' is not {expected}{hint}")


def resolve_filter_values(
    vocab: Vocabulary | None, field: str, values: Iterable[str]
) -> tuple[str, ...]:
    """Filter values as the index holds them, from what a person or a link gives.

    ``concept``: URI, id (``topic/mercury``, ``mercury``) or label in any language, plus
    every narrower concept; ``region``: URI, id (``western-africa``) or label; ``type``: id
    (``project``), URI or label (``Projet``, ``perfil nacional``); ``country``: ISO 3166
    code or name; ``language``: ISO 639 code or name. Other fields are kept as given.

    Raises:
        UnknownValue: the first value that names nothing, with suggestions.
    """
    resolver = _RESOLVERS.get(field)
    if resolver is None:
        return tuple(dict.fromkeys(values))
    out: list[str] = []
    for value in values:
        out.extend(v for v in _with_commas(resolver, vocab, value) if v not in out)
    return tuple(out)


MAX_LISTED = 50
"""Comma-separated values of one filter parameter at most."""
MAX_COMMAS_IN_LABEL = 3
"""Commas a label may hold (*Bolivia, Plurinational State of* has one)."""


def _with_commas(
    resolver: Callable[[Vocabulary | None, str], list[str]], vocab: Vocabulary | None, value: str
) -> list[str]:
    """The values of one parameter (:func:`split_values`), each resolved."""
    return [v for part in _split(resolver, vocab, value) for v in resolver(vocab, part)]


def named_values(vocab: Vocabulary | None, field: str, value: str) -> list[str]:
    """The facet values one filter parameter names, as the index holds them, without the
    narrower concepts its filter adds: ``region=western-africa`` names the region's URI,
    ``type=Projet`` ``project``, ``country=SN,Mali`` ``SN`` and ``ML``; empty when it names
    nothing (the search refuses it)."""
    try:
        parts = split_values(vocab, field, value)
        if field in SCHEMES and vocab is not None:
            named = [u for p in parts for u in _scheme_named(vocab, p, field)]
        else:
            resolver = _RESOLVERS.get(field)
            named = [v for p in parts for v in (resolver(vocab, p) if resolver else [p])]
    except UnknownValue:
        return []
    return list(dict.fromkeys(named))


def split_values(vocab: Vocabulary | None, field: str, value: str) -> list[str]:
    """One filter parameter's value as the values it lists: ``SN,ML`` is two countries,
    ``project,event`` two types, but a label the page shows may hold a comma itself (*Congo,
    The Democratic Republic of the*; *free, prior and informed consent*). When every
    comma-separated part names something, the parts; else the whole value when it names
    something; else, from the left, each time the longest run of parts (up to
    :data:`MAX_COMMAS_IN_LABEL` commas) that names something together (*Congo* alone is
    another country). A field without labels is split at every comma.

    Raises:
        UnknownValue: the first part that names nothing, alone or with the parts after it.
    """
    resolver = _RESOLVERS.get(field)
    if resolver is None:
        return [p.strip() for p in value.split(",") if p.strip()]
    return _split(resolver, vocab, value)


def _split(
    resolver: Callable[[Vocabulary | None, str], list[str]], vocab: Vocabulary | None, value: str
) -> list[str]:
    if "," not in value:
        return [value]
    parts = [p.strip() for p in value.split(",") if p.strip()][:MAX_LISTED]
    if all(_names(resolver, vocab, p) for p in parts):
        return parts
    if _names(resolver, vocab, value):
        return [value]
    out: list[str] = []
    i = 0
    while i < len(parts):
        longest = min(len(parts), i + MAX_COMMAS_IN_LABEL + 1)
        for j in range(longest, i, -1):
            run = ", ".join(parts[i:j])
            if j == i + 1:
                resolver(vocab, run)  # the part alone names nothing: its own error
            elif not _names(resolver, vocab, run):
                continue
            out.append(run)
            i = j
            break
    return out


def _names(
    resolver: Callable[[Vocabulary | None, str], list[str]], vocab: Vocabulary | None, value: str
) -> bool:
    try:
        resolver(vocab, value)
    except UnknownValue:
        return False
    return True


def _concept_values(vocab: Vocabulary | None, value: str) -> list[str]:
    if vocab is None:
        return [value]
    return list(vocab.expand_concept_filter(_scheme_named(vocab, value, "concept")))


def _region_values(vocab: Vocabulary | None, value: str) -> list[str]:
    if vocab is None:
        return [value]
    return list(vocab.expand_concept_filter(_scheme_named(vocab, value, "region")))


SCHEMES = {"concept": ("topic", "a concept of the vocabulary"), "region": ("region", "a region")}
"""Filter field -> the vocabulary's scheme kind its values belong to, and what it names."""


def _scheme_named(vocab: Vocabulary, value: str, field: str) -> list[str]:
    """The concepts of ``field``'s scheme that ``value`` (URI, id or label) names, without
    their narrower ones."""
    kind, what = SCHEMES[field]
    uri = vocab.uri_for(value) or vocab.uri_for(f"{kind}/{value.strip()}")
    found = [uri] if uri and vocab.scheme_kind(uri) == kind else []
    if not found:
        found = [u for u in vocab.label_concepts(value) if vocab.scheme_kind(u) == kind]
    if len(found) > 1 and " " in value.strip():  # a label read without its stop words can
        # name several: the one whose label it is as written (Spanish *América del Sur* is
        # South America, not also the Americas, whose label *América* it becomes without
        # French *sur*)
        exact = [u for u in found if _labelled(vocab, u, value)]
        found = exact or found
    if not found:
        ids = [short_id(u).split("/", 1)[-1] for u in vocab.concepts
               if vocab.scheme_kind(u) == kind]  # fmt: skip
        close = difflib.get_close_matches(value.strip().lower(), ids, 3, 0.6)
        close += [short_id(h.uri).split("/", 1)[-1] for h in vocab.search_concepts(value, None, 5)
                  if vocab.scheme_kind(h.uri) == kind]  # fmt: skip
        raise UnknownValue(field, value, list(dict.fromkeys(close))[:3], what)
    return found


def _in_capitals(text: str) -> bool:
    """True for a word typed in capitals, a plural *s* aside (``GAR``, ``GARs``, ``PICs``)."""
    t = text.strip()
    return is_acronym(t) or (t.endswith("s") and is_acronym(t[:-1]))


def _named_by_acronym_only(vocab: Vocabulary, uri: str, text: str) -> bool:
    """True when the only labels of the concept that ``text`` is (its letters, or its
    letters without a plural *s*) are acronyms (``GAR``, ``PIC``) as the resolver files
    them (:func:`vocabulary.resolver.is_acronym_label`), not words."""
    k = key(text)
    keys = {k, k[:-1]} if k.endswith("s") else {k}
    named = [
        label
        for labels in vocab.labels(uri).values()
        for label in labels
        if (lk := key(label)) in keys or (lk.endswith("s") and lk[:-1] in keys)
    ]
    return bool(named) and all(is_acronym_label(label) for label in named)


def _labelled(vocab: Vocabulary, uri: str, value: str) -> bool:
    """True when ``value`` is one of the concept's labels as written (case and accents
    folded)."""
    if uri not in vocab.concepts:
        return False
    want = split_words(fold(value))
    return any(
        split_words(fold(label)) == want
        for labels in vocab.labels(uri).values()
        for label in labels
    )


def _type_values(vocab: Vocabulary | None, value: str) -> list[str]:
    from mappings.record import RECORD_TYPES

    text = value.strip()
    if text.lower() in RECORD_TYPES:
        return [text.lower()]
    if "," in text:  # no type's label holds a comma: a list, read part by part
        close = difflib.get_close_matches(text.split(",")[0].strip().lower(), RECORD_TYPES, 3, 0.5)
        raise UnknownValue("type", value, close, "a record type")
    found = vocab.type_id(text) or vocab.type_for(text) if vocab is not None else None
    if found:
        return [found]
    close = difflib.get_close_matches(text.lower(), RECORD_TYPES, 3, 0.5)
    raise UnknownValue("type", value, close, "a record type")


def _country_values(_vocab: Vocabulary | None, value: str) -> list[str]:
    from mappings.normalise import close_country_names, exact_country, normalise_country

    text = value.strip()
    try:
        code = exact_country(text) if "," in text else normalise_country(text)
    except ValueError:
        code = None
    if code is not None:
        return [code]
    if text.isupper() and len(text) == 2 and _user_assigned(text):
        return [text]  # a user-assigned code a node may use (XK: Kosovo)
    raise UnknownValue(
        "country", value, close_country_names(text),
        "a country (an ISO 3166 code such as SN, or a name)",
    )  # fmt: skip


def _user_assigned(code: str) -> bool:
    """ISO 3166-1's user-assigned alpha-2 codes: AA, QM-QZ, XA-XZ, ZZ."""
    return code in ("AA", "ZZ") or (code[0] == "Q" and code[1] >= "M") or code[0] == "X"


def _language_values(_vocab: Vocabulary | None, value: str) -> list[str]:
    from mappings.normalise import close_language_names, normalise_language

    try:
        return [normalise_language(value)]
    except ValueError:
        raise UnknownValue(
            "language", value, close_language_names(value),
            "a language (an ISO 639 code such as fr, or a name)",
        ) from None  # fmt: skip


_RESOLVERS = {
    "concept": _concept_values,
    "region": _region_values,
    "type": _type_values,
    "country": _country_values,
    "publisher_country": _country_values,
    "language": _language_values,
}


STEM_CUT = {"en": 4, "fr": 3, "es": 3}
"""A translation the stemmer cuts by this many letters or more may share its stem with
another word (:meth:`QueryExpander.stem_shared`); English's -ing and -ers cuts of three
letters mostly leave a word of the same idea (*idling*, *idleness* aside)."""


@functools.lru_cache(maxsize=1)
def _stem_analyzers() -> Mapping[str, Any]:
    """The index's stemming analysers of English, French and Spanish (Snowball, as both
    backends stem: :data:`index.tantivy_.ANALYZERS`, each thread with its own), imported on
    first use: a harvest that enriches records never needs them."""
    from index.tantivy_ import ANALYZERS

    return ANALYZERS.only(STEM_LANGS)
