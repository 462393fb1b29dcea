"""Query-term translation from bilingual dictionaries (vocabulary/dictionary.py): reading
Apertium's compiled dictionaries, the precision guards of the table, looking words up, and a
search that works (with a warning) when the table is absent."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from index.query import parse_text
from vocabulary import dictionary
from vocabulary.dictionary import (
    APERTIUM_DIR,
    MAX_PER_LANGUAGE,
    PAIRS,
    PIVOT_PAIRS,
    TranslationTable,
    build_table,
    dictionary_pairs,
    lemma_candidates,
    lookup_pairs,
    parse_entry,
    read_table,
    transducer_paths,
    write_table,
)
from vocabulary.resolver import Vocabulary
from vocabulary.search import Lexicon, QueryExpander, read_lexicon

# Two sections as lt-print writes them: words (coral<n> -> coral<n><m>, reef<n> ->
# arrecife<n><m>), then a digit loop (state 1 back to itself, cut).
ATT = "\n".join(
    [
        "0\t1\tc\tc\t0.000000",
        "1\t2\to\to\t0.000000",
        "2\t3\tr\tr\t0.000000",
        "3\t4\ta\ta\t0.000000",
        "4\t5\tl\tl\t0.000000",
        "5\t6\t<n>\t<n>\t0.000000",
        "6\t7\tε\t<m>\t0.000000",
        "0\t8\tr\ta\t0.000000",
        "8\t9\te\tr\t0.000000",
        "9\t10\te\trecife\t0.000000",
        "10\t5\tf\tε\t0.000000",
        "7\t0.000000",
        "--",
        "0\t1\t1\t1\t0.000000",
        "1\t1\t2\t2\t0.000000",
        "1\t0.000000",
    ]
)


def test_transducer_paths_lists_every_word_and_cuts_loops() -> None:
    paths = set(transducer_paths(ATT))
    assert ("coral<n>", "coral<n><m>") in paths
    assert ("reef<n>", "arrecife<n><m>") in paths
    assert ("1", "1") in paths  # the loop's state is entered once
    assert len(paths) == 3


def test_a_section_with_too_many_paths_is_skipped() -> None:
    assert set(transducer_paths(ATT, max_paths=1)) == {("1", "1")}


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        ("coral reef<n>", "arrecife# de coral<n><m>", ("coral reef", "n", "arrecife de coral")),
        ("noisy<adj><sint>", "ruidoso<adj>", ("noisy", "adj", "ruidoso")),
        ("take<vblex>", "tomar<vblex>", None),  # verbs are left out
        ("10th century<n>", "siglo X<n>", None),  # numbers
        ("BBC<n>", "BBC<n>", None),  # acronyms are the same everywhere
        ("<n>", "x<n>", None),
    ],
)
def test_parse_entry(left: str, right: str, want: tuple[str, str, str] | None) -> None:
    assert parse_entry(left, right) == want


def test_both_ways_or_first_sense_and_the_pivot() -> None:
    directions = {
        ("en", "es"): [("noise", "n", "ruido"), ("noise", "n", "sonido"), ("noise", "n", "jaleo")],
        ("es", "en"): [("ruido", "n", "noise"), ("jaleo", "n", "noise"),
                       ("coral", "adj", "choral")],
        ("fr", "es"): [("bruit", "n", "ruido"), ("choral", "adj", "coral")],
        ("es", "fr"): [("ruido", "n", "bruit"), ("coral", "adj", "choral")],
    }  # fmt: skip
    rows = {(a, w, b): t.split("|") for a, w, b, t in build_table(directions)}
    # "sonido" is neither the first sense nor leads back to "noise"
    assert rows[("en", "noise", "es")] == ["ruido", "jaleo"]
    assert rows[("en", "noise", "fr")] == ["bruit"]  # through Spanish, and back
    assert rows[("fr", "bruit", "en")] == ["noise"]
    # an English noun never reaches a French adjective through a Spanish homograph
    assert ("en", "coral", "fr") not in rows


def test_table_lookup_guards_and_plurals(tmp_path: Path) -> None:
    rows = [
        ("es", "arrecife", "en", "reef"),
        ("fr", "récif", "en", "reef"),
        ("fr", "pêche", "en", "fishing"),
        ("fr", "péché", "en", "sin"),
        ("es", "sol", "en", "sun"),
        ("en", "field", "es", "campo"),
        ("en", "noise", "es", "ruido|sonido|estrépito|jaleo"),
        ("en", "coral reef", "es", "arrecife de coral"),
    ]
    path = tmp_path / "t.tsv.gz"
    assert write_table(rows, path) == len(rows)
    table = read_table(path)
    assert table.translations("arrecifes") == (("en", "reef"),)  # Spanish plural
    assert table.translations("Récifs") == (("en", "reef"),)  # French plural, capitals
    assert table.translations("coral reefs") == (("es", "arrecife de coral"),)
    assert table.translations("pêche") == (("en", "fishing"),)  # accents typed: that word
    assert set(table.translations("peche")) == {("en", "fishing"), ("en", "sin")}
    assert table.translations("sols") == ()  # no Spanish plural of "sol"
    assert table.translations("field") == ()  # too common to translate
    assert len(table.translations("noise")) == MAX_PER_LANGUAGE
    assert table.translations("xyzzy") == ()


def test_a_false_friend_is_not_translated() -> None:
    table = TranslationTable([
        ("en", "red", "es", "rojo"), ("es", "red", "en", "network"),  # two words
        ("en", "coral", "es", "coral"), ("es", "coral", "en", "coral|choral"),  # one word
        ("en", "sable", "fr", "zibeline"), ("fr", "sable", "en", "sand"),  # two words
    ])  # fmt: skip
    assert table.translations("red") == ()
    assert table.translations("sable") == ()
    assert table.translations("coral") == (("en", "choral"),)
    assert dictionary._false_friend({"en": [("es", "rojo")], "es": [("en", "network")]}, "red")
    assert not dictionary._false_friend({"en": [("es", "arena")]}, "sand")


def test_lemma_candidates() -> None:
    assert lemma_candidates("policies", "en") == ["policies", "policy", "polici", "policie"]
    assert lemma_candidates("peces", "es")[1] == "pez"
    assert "canal" in lemma_candidates("canaux", "fr")


def test_absent_table_is_a_warning_and_off_is_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    dictionary.default_table.cache_clear()
    try:
        monkeypatch.setenv(dictionary.TABLE_ENV, str(tmp_path / "none.tsv.gz"))
        with caplog.at_level(logging.WARNING, logger="vocabulary.dictionary"):
            assert dictionary.default_table() is None
        assert "no translation table" in caplog.text
        dictionary.default_table.cache_clear()
        monkeypatch.setenv(dictionary.TABLE_ENV, "off")
        assert dictionary.table_path() is None
        assert dictionary.default_table() is None
    finally:
        dictionary.default_table.cache_clear()


def test_the_expander_asks_the_dictionary_after_the_lexicon(vocab: Vocabulary) -> None:
    table = TranslationTable([("en", "bleaching", "es", "blanqueo"),
                              ("en", "fish", "es", "pescado")])  # fmt: skip
    lexicon = Lexicon([[["fish"], ["poisson"], ["pez", "peces"]]])
    expander = QueryExpander(vocab, lexicon=lexicon, dictionary=table)
    item = parse_text("bleaching", expander).groups[0][0]
    assert item.translations == (("es", "blanqueo"),)
    # the lexicon's curated entry wins over the dictionary's sense
    assert ("es", "pescado") not in parse_text("fish", expander).groups[0][0].translations
    # a word that names a concept is not translated ("mercury": the concept in every language)
    assert not parse_text("mercury", expander).groups[0][0].translations
    # a phrase is translated as a phrase only when the dictionary has it whole
    dunes = TranslationTable([("en", "sand dune", "es", "duna de arena"),
                              ("en", "sand", "es", "arena")])  # fmt: skip
    with_reefs = QueryExpander(vocab, lexicon=lexicon, dictionary=dunes)
    (phrase,) = parse_text('"sand dunes"', with_reefs).groups[0]
    assert phrase.kind == "phrase" and phrase.translations == (("es", "duna de arena"),)
    (other,) = parse_text('"sand castle"', with_reefs).groups[0]
    assert other.kind == "phrase" and not other.translations
    # without a table, no dictionary translation
    bare = QueryExpander(vocab, lexicon=lexicon, dictionary=None)
    assert not parse_text("bleaching", bare).groups[0][0].translations


def test_a_relational_entry_adds_to_the_dictionary_instead_of_replacing_it(
    vocab: Vocabulary, tmp_path: Path
) -> None:
    table = TranslationTable([("en", "dog", "fr", "chien"), ("en", "dog", "es", "perro"),
                              ("en", "fish", "es", "pescado")])  # fmt: skip
    adjectives = tmp_path / "adjectives.tsv"
    adjectives.write_text("# chm domain lexicon — adjectives\n# kind: relational\n"
                          "dog\tcanin|canine\tcanino|canina\n", encoding="utf-8")  # fmt: skip
    nouns = tmp_path / "nouns.tsv"
    nouns.write_text("fish\tpoisson\tpez|peces\n", encoding="utf-8")
    lexicon = read_lexicon([adjectives, nouns])
    expander = QueryExpander(vocab, lexicon=lexicon, dictionary=table)
    dog = set(parse_text("dog", expander).groups[0][0].translations)
    # the adjectives and the dictionary's nouns: "dog" still finds chien and perro
    assert {("fr", "canin"), ("es", "canino"), ("fr", "chien"), ("es", "perro")} <= dog
    # the adjective itself translates to the noun of its row
    assert ("en", "dog") in parse_text("canine", expander).groups[0][0].translations
    # an ordinary entry still replaces the dictionary's senses
    assert ("es", "pescado") not in parse_text("fish", expander).groups[0][0].translations
    # the same row in a file without the mark is an ordinary entry
    plain = tmp_path / "plain.tsv"
    plain.write_text(adjectives.read_text(encoding="utf-8").replace("# kind: relational\n", ""),
                     encoding="utf-8")  # fmt: skip
    ordinary = QueryExpander(vocab, lexicon=read_lexicon([plain]), dictionary=table)
    assert ("fr", "chien") not in parse_text("dog", ordinary).groups[0][0].translations


_INSTALLED = all((APERTIUM_DIR / pkg / name).is_file() for pkg, name in PAIRS.values())


@pytest.mark.skipif(
    not _INSTALLED, reason="Apertium dictionaries not installed (make translations)"
)
def test_the_real_dictionaries() -> None:
    package, name = PAIRS[("en", "es")]
    pairs = dictionary_pairs(APERTIUM_DIR / package / name)
    assert ("noise", "n", "ruido") in pairs
    assert ("coral reef", "n", "arrecife de coral") in pairs
    assert all(pos in ("n", "adj") for _s, pos, _t in pairs)


_CATALAN = all((APERTIUM_DIR / pkg / name).is_file() for pkg, name in PIVOT_PAIRS.values())


@pytest.mark.skipif(not _CATALAN, reason="Apertium's Catalan pairs not installed")
def test_a_dictionary_asked_word_by_word() -> None:
    package, name = PIVOT_PAIRS[("fr", "ca")]
    got = lookup_pairs(APERTIUM_DIR / package / name,
                       [("bruit", "n"), ("sable", "n"), ("xyzzy", "n"), ("a/b", "n")])  # fmt: skip
    assert ("bruit", "n", "soroll") in got  # known with its gender only: asked with each
    assert ("sable", "n", "sorra") in got
    assert not [g for g in got if g[0] in ("xyzzy", "a/b")]


def test_the_command_shows_a_word_and_says_when_the_table_is_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli.main import main

    path = tmp_path / "t.tsv.gz"
    write_table([("fr", "bruit", "en", "noise"), ("fr", "bruit", "es", "ruido")], path)
    dictionary.default_table.cache_clear()
    try:
        monkeypatch.setenv(dictionary.TABLE_ENV, str(path))
        assert main(["vocab", "translations", "show", "bruits"]) == 0
        assert capsys.readouterr().out.split() == ["en", "noise", "es", "ruido"]
        assert main(["vocab", "translations", "show", "xyzzy"]) == 1
        dictionary.default_table.cache_clear()
        monkeypatch.setenv(dictionary.TABLE_ENV, "off")
        assert main(["vocab", "translations", "show", "bruit"]) == 2
        assert "switched off" in capsys.readouterr().err
    finally:
        dictionary.default_table.cache_clear()
