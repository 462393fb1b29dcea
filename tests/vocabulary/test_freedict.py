"""FreeDict dictionaries as a source of the translation table (vocabulary/freedict.py and
vocabulary.dictionary.freedict_rows): the dictd reader on a hand-written dictionary with odd
articles and on Debian's real files, the table's guards on FreeDict rows, a build that
works from whatever is installed, and the source of each translation."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocabulary import dictionary, freedict
from vocabulary.dictionary import (
    DictionaryError,
    TranslationTable,
    freedict_rows,
    merge_rows,
    read_table,
    write_table,
)
from vocabulary.freedict import (
    MAX_WORDS,
    Article,
    FreeDictError,
    decode_number,
    parse_article,
    read_articles,
    read_index,
    split_sense,
)

_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def encode_number(n: int) -> str:
    """dictd's base 64 (the test's own writer, to check the reader against)."""
    digits = ""
    while True:
        digits = _ALPHABET[n % 64] + digits
        n //= 64
        if n == 0:
            return digits


def write_dictd(root: Path, name: str, articles: list[tuple[list[str], str]]) -> None:
    """A dictd dictionary: each article's text under each of its headwords, plus the
    database's own entries, as dictfmt writes them (index sorted by headword)."""
    blob = b""
    lines: list[tuple[str, int, int]] = []
    for heads, text in [(["00databaseinfo"], "info\n"), *articles]:
        data = text.encode()
        lines += [(h, len(blob), len(data)) for h in heads]
        blob += data
    (root / f"{name}.index").write_text(
        "".join(f"{h}\t{encode_number(o)}\t{encode_number(n)}\n" for h, o, n in sorted(lines)),
        encoding="utf-8",
    )
    with gzip.open(root / f"{name}.dict.dz", "wb") as out:
        out.write(blob)


ODD = [
    (["cerf"], "cerf /sɛʁ/ /sɛʁf/ <n, masc>\nciervo, venado\nMammifère ruminant\n"),
    # numbered senses with glosses between them, a stray number, an empty sense
    (
        ["abaque"],
        "abaque /a.bak/ <n, masc>\n1. ábaco, tablero contador\nCompteur à boules\n"
        "2. nomograma, ábaco\nDiagramme\n3. ábaco 2.\nPartie du chapiteau\n 3.\nTable de jeu\n",
    ),
    (["abattre"], "abattre /a.batʁ/ <v>\n1. abatir, derribar\n2. talar\n"),  # a verb
    (["Esquivias"], "Esquivias /ɛskivjˈa/ <pn>\nEsquivias\n"),  # a proper noun
    (["sand"], "sand /sænd/\narène; sable (grain)\n"),  # no part of speech, a note
    (["rien"], "rien /ʁjɛ̃/ <n, masc>\n\n"),  # nothing after the header
    (["10e"], "10e /di.zjɛm/ <adj>\n10.ª, 10.º\n"),  # numbers only
    (
        ["longue phrase"],
        "longue phrase <n, fem>\nuna frase muy larga de verdad, frase larga\n",
    ),
    # one article under two headwords (a spelling variant)
    (["clé", "clef"], "clé /kle/ <n, fem>\nllave, clave\n"),
    # English-German's way: genders inside the translations, notes and links after them
    (
        ["jellyfish"],
        "jellyfish /dʒˈɛlɪfɪʃ/\nQualle <fem>, Meduse <fem> [zool.]\n         Note: Medusa\n"
        "   Synonyms: {sea jelly}, {jelly}\n\n see: {jellyfishes}\n\n",
    ),
]


def test_decode_number() -> None:
    assert [decode_number(s) for s in ("A", "B", "/", "BA", "LNK")] == [0, 1, 63, 64, 45898]
    for bad in ("", "a-b", "é"):
        with pytest.raises(ValueError, match="dictd number"):
            decode_number(bad)


@given(st.integers(min_value=0, max_value=2**40))
def test_decode_number_reads_what_dictd_writes(n: int) -> None:
    assert decode_number(encode_number(n)) == n


def test_a_hand_written_dictionary_with_odd_articles(tmp_path: Path) -> None:
    write_dictd(tmp_path, "x", ODD)
    files = freedict.dictionary_files("x", tmp_path)
    assert files is not None
    got = {a.headword: a for a in read_articles(*files)}
    assert got["cerf"] == Article("cerf", ("n", "masc"), (("ciervo", "venado"),))
    # glosses are not translations; "ábaco 2." loses its stray number; " 3." is empty
    assert got["abaque"].senses == (("ábaco", "tablero contador"), ("nomograma", "ábaco"),
                                    ("ábaco",))  # fmt: skip
    assert got["abattre"].nominal is False and got["Esquivias"].nominal is False
    assert got["sand"] == Article("sand", (), (("arène", "sable"),))
    assert got["sand"].nominal is None
    assert "rien" not in got and "10e" not in got  # no translation left
    assert got["longue phrase"].senses == (("frase larga",),)  # more than MAX_WORDS: out
    assert [a.headword for a in got.values()].count("clé") == 1  # one article, read once
    assert "00databaseinfo" not in got
    assert got["jellyfish"] == Article("jellyfish", ("n",), (("Qualle", "Meduse"),))


def test_a_broken_dictionary_is_a_clear_error(tmp_path: Path) -> None:
    write_dictd(tmp_path, "x", ODD[:1])
    index = tmp_path / "x.index"
    index.write_text(index.read_text() + "broken line\n", encoding="utf-8")
    with pytest.raises(FreeDictError, match=r"x.index:3: fewer than 3"):
        read_index(index)
    index.write_text("cerf\tA\tZZZZ\n", encoding="utf-8")
    with pytest.raises(FreeDictError, match="points beyond"):
        list(read_articles(index, tmp_path / "x.dict.dz"))
    index.write_text("cerf\tA\té\n", encoding="utf-8")
    with pytest.raises(FreeDictError, match="not a dictd number"):
        read_index(index)


_words = st.text(alphabet="abcdeéfghijklmnñopqrstuvwxyzç", min_size=1, max_size=9)
_items = st.lists(_words, min_size=1, max_size=3).map(" ".join)


@given(
    head=_items,
    tags=st.sampled_from(["", " <n, masc>", " <adj>", " <v>"]),
    senses=st.lists(st.lists(_items, min_size=1, max_size=4, unique=True), min_size=1, max_size=4),
    glosses=st.booleans(),
)
@settings(max_examples=200)
def test_an_article_reads_back_as_written(
    head: str, tags: str, senses: list[list[str]], glosses: bool
) -> None:
    lines = [f"{head} /pʁɔ.nɔ̃s/{tags}"]
    for n, sense in enumerate(senses, 1):
        lines.append((f"{n}. " if len(senses) > 1 else "") + ", ".join(sense))
        if glosses:
            lines.append("Une définition, en français; avec 2 virgules")
    article = parse_article("\n".join(lines) + "\n")
    assert article is not None
    assert article.headword == head
    assert article.tags == tuple(t.strip() for t in tags.strip(" <>").split(",") if t)
    assert article.senses == tuple(tuple(dict.fromkeys(s)) for s in senses)


@given(st.text(max_size=80))
def test_a_sense_line_gives_short_words_only(line: str) -> None:
    for item in split_sense(line):
        assert 1 <= len(item.split(" ")) <= MAX_WORDS
        assert not set(item) & set(",;()[]0123456789")


_REAL = freedict.dictionary_files("freedict-fra-spa") is not None


@pytest.mark.skipif(not _REAL, reason="dict-freedict-fra-spa not installed (make translations)")
def test_the_real_dictionaries_parse() -> None:
    names = [n for n in freedict.DICTIONARIES.values() if freedict.dictionary_files(n)]
    for name in names:
        files = freedict.dictionary_files(name)
        assert files is not None
        articles = list(read_articles(*files))
        distinct = {(o, n) for h, o, n in read_index(files[0]) if not h.startswith("00")}
        # an article whose every translation is a phrase of more than MAX_WORDS words parses
        # to nothing: 1-11 % of them (Ding's German-English the most)
        assert len(articles) > 0.85 * len(distinct), name
        for article in articles:
            assert article.senses and all(article.senses)
            assert all(1 <= len(t.split(" ")) <= MAX_WORDS for s in article.senses for t in s)
    fra_spa = {a.headword: a for a in read_articles(*freedict.dictionary_files("freedict-fra-spa"))}  # type: ignore[misc]
    assert len(fra_spa) > 40_000
    assert fra_spa["esturgeon"].senses[0] == ("esturión",)
    assert fra_spa["méduse"].nominal is True
    assert not any("Fait d" in t for a in fra_spa.values() for s in a.senses for t in s)


# --- rows of the table ----------------------------------------------------------------------


def _art(head: str, *senses: tuple[str, ...], tags: tuple[str, ...] = ("n", "masc")) -> Article:
    return Article(head, tags, senses)


FR_ES = [
    _art("esturgeon", ("esturión",)),
    _art("rizière", ("arrozal",)),
    _art("hippocampe", ("hipocampo",), ("hipocampo", "caballito de mar")),
    _art("vanille", ("vainilla", "vanilla")),
    _art("haricot vert", ("judía verde", "vainilla")),
    _art("bruit", ("estruendo",)),  # Apertium has bruit -> ruido: FreeDict fills gaps only
    _art("abattre", ("abatir",), tags=("v",)),
]
APERTIUM = [
    ("fr", "bruit", "es", "ruido"),
    ("es", "arrozal", "en", "paddy"),
    ("en", "paddy", "es", "arrozal"),
    ("en", "vanilla", "es", "vainilla"),
    ("es", "vainilla", "en", "vanilla"),
]


def test_freedict_rows_under_the_table_guards() -> None:
    rows = freedict_rows({("fr", "es"): FR_ES}, APERTIUM)
    by = {(a, w, b): (t.split("|"), s) for a, w, b, t, s in rows}
    assert by[("fr", "esturgeon", "es")] == (["esturión"], "freedict")
    # the second sense only when it leads back: nothing does here
    assert by[("fr", "hippocampe", "es")] == (["hipocampo"], "freedict")
    assert ("fr", "bruit", "es") not in by  # Apertium's row is kept alone
    assert ("fr", "abattre", "es") not in by  # a verb
    # Spanish -> French read the other way, first translations only
    assert by[("es", "esturión", "fr")] == (["esturgeon"], "freedict-inverse")
    assert by[("es", "vainilla", "fr")] == (["vanille"], "freedict-inverse")
    # es "vanilla" would become a false friend of Apertium's English "vanilla": left out
    assert ("es", "vanilla", "fr") not in by
    # English <-> French through Spanish, Apertium's leg and FreeDict's, checked both ways
    assert by[("fr", "rizière", "en")] == (["paddy"], "freedict-pivot")
    assert by[("en", "paddy", "fr")] == (["rizière"], "freedict-pivot")
    assert freedict_rows({("fr", "es"): FR_ES}, APERTIUM, mode="off") == []


def test_untagged_articles_need_a_known_noun() -> None:
    en_fr = [_art("sand", ("arène", "sable"), tags=()), _art("creak", ("grincer",), tags=())]
    fr_es = [_art("sable", ("arena",)), _art("arène", ("arena", "ruedo"))]
    rows = freedict_rows({("en", "fr"): en_fr, ("fr", "es"): fr_es}, [], pivot=False)
    by = {(a, w, b): t for a, w, b, t, _s in rows}
    assert by[("en", "sand", "fr")] == "arène|sable"  # French nouns of the tagged dictionary
    assert ("en", "creak", "fr") not in by


def test_the_table_is_deterministic_and_names_its_sources(tmp_path: Path) -> None:
    def once(name: str) -> bytes:
        rows = freedict_rows({("fr", "es"): list(reversed(FR_ES))}, list(reversed(APERTIUM)))
        if name == "b":
            rows = freedict_rows({("fr", "es"): FR_ES}, APERTIUM)
        path = tmp_path / f"{name}.tsv.gz"
        write_table(merge_rows(APERTIUM, rows), path)
        return path.read_bytes()

    assert once("a") == once("b")
    table = read_table(tmp_path / "a.tsv.gz")
    assert table.explain("rizières") == (("en", "paddy", "freedict-pivot"),
                                         ("es", "arrozal", "freedict"))  # fmt: skip
    assert table.explain("bruit") == (("es", "ruido", "apertium"),)
    # a table of four columns (before the sources) still reads, without sources
    assert TranslationTable([("fr", "bruit", "es", "ruido")]).explain("bruit") == (
        ("es", "ruido", ""),
    )


def test_a_build_uses_what_is_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(freedict, "USED", frozenset({"freedict-fra-spa", "freedict-spa-fra"}))
    dictd = tmp_path / "dictd"
    dictd.mkdir()
    no_apertium = tmp_path / "apertium"
    with pytest.raises(DictionaryError, match="no bilingual dictionary"):
        dictionary.build(tmp_path / "t.tsv.gz", no_apertium, dictd)
    write_dictd(dictd, "freedict-fra-spa", ODD)
    with caplog.at_level("WARNING"):
        rows = dictionary.build(tmp_path / "t.tsv.gz", no_apertium, dictd)
    assert rows > 0
    assert "Apertium en-es skipped" in caplog.text
    assert read_table(tmp_path / "t.tsv.gz").explain("cerf") == (
        ("es", "ciervo", "freedict"),
        ("es", "venado", "freedict"),
    )


def test_the_command_shows_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli.main import main

    path = tmp_path / "t.tsv.gz"
    write_table(merge_rows(APERTIUM, freedict_rows({("fr", "es"): FR_ES}, APERTIUM)), path)
    dictionary.default_table.cache_clear()
    try:
        monkeypatch.setenv(dictionary.TABLE_ENV, str(path))
        assert main(["vocab", "translations", "show", "rizière"]) == 0
        assert capsys.readouterr().out.splitlines() == [
            "en\tpaddy\tfreedict-pivot",
            "es\tarrozal\tfreedict",
        ]
    finally:
        dictionary.default_table.cache_clear()


_heads = st.sampled_from(["cerf", "méduse", "rizière", "sable", "bruit", "vanille", "glu"])
_targets = st.sampled_from(
    [
        "ciervo",
        "medusa",
        "arrozal",
        "arena",
        "ruido",
        "vainilla",
        "liga",
        "venado",
        "aguamala",
        "cerf",
        "bruit",
    ]
)
_articles = st.lists(
    st.builds(
        Article,
        _heads,
        st.sampled_from([("n", "masc"), ("adj",), ("v",), ()]),
        st.lists(st.lists(_targets, min_size=1, max_size=4).map(tuple), min_size=1, max_size=3).map(
            tuple
        ),
    ),
    max_size=12,
)
_apertium = st.lists(
    st.tuples(
        st.sampled_from(["fr", "es", "en"]),
        _heads | _targets,
        st.sampled_from(["fr", "es", "en"]),
        _targets | _heads,
    ),
    max_size=8,
).map(lambda rows: [r for r in rows if r[0] != r[2]])


@given(_articles, _apertium, st.sampled_from(["gaps", "add"]))
@settings(max_examples=150, deadline=None)
def test_freedict_rows_properties(
    fr_es: list[Article], apertium: list[tuple[str, str, str, str]], mode: str
) -> None:
    rows = freedict_rows({("fr", "es"): fr_es}, apertium, mode)
    ap = {(a, w, b): set(t.split("|")) for a, w, b, t in apertium}
    seen = set()
    for a, word, b, joined, source in rows:
        targets = joined.split("|")
        assert (a, word, b) not in seen  # one FreeDict row per word and target language
        seen.add((a, word, b))
        assert 1 <= len(targets) <= dictionary.MAX_PER_LANGUAGE
        assert word not in targets
        assert source in dictionary.SOURCES[1:]
        if mode == "gaps":
            assert (a, word, b) not in ap
        else:
            assert not set(targets) & ap.get((a, word, b), set())
        assert not any(
            (c, word) in {(x, w) for x, w, _b, _t in apertium} for c in ("en", "fr", "es") if c != a
        )
    # nouns and adjectives only: a word only a verb article names gets no direct row
    verbs = {x.headword for x in fr_es if x.nominal is False}
    nouns = {x.headword for x in fr_es if x.nominal is not False}
    assert not [r for r in rows if r[4] == "freedict" and r[1] in verbs - nouns]
    # the same input in another order gives the same rows
    again = freedict_rows({("fr", "es"): list(reversed(fr_es))}, list(reversed(apertium)), mode)
    assert sorted(again) == sorted(rows) or len(fr_es) != len({a.headword for a in fr_es})


# --- English <-> French and Spanish through German -------------------------------------------

EN_DE = [
    _art("frankincense", ("Weihrauch",), tags=("n",)),
    _art("macaw", ("Ara",), tags=("n",)),
    _art("sandalwood", ("Sandelholz",), tags=("n",)),
    _art("ara", ("Altar",), tags=("n",)),  # the constellation: a homograph of French *ara*
    _art("gadget", ("Apparat",), tags=("n",)),  # German -> English does not lead back
    _art("nappy", ("Windel",), tags=("n",)),
]
DE_EN = [
    _art("Weihrauch", ("frankincense",), tags=("masc", "n")),
    _art("Ara", ("macaw",), tags=("masc", "n")),
    _art("Sandelholz", ("sandalwood",), tags=("neut", "n")),
    _art("Altar", ("altar", "ara"), tags=("masc", "n")),
    _art("Apparat", ("apparatus",), tags=("masc", "n")),
    _art("Windel", ("nappy", "diaper"), tags=("fem", "n")),
]
DE_FR = [
    _art("Weihrauch", ("encens",)),
    _art("Ara", ("ara",)),  # spelt as the German headword: kept
    _art("Altar", ("autel",)),
    _art("Windel", ("couche",)),
    _art("Apparat", ("appareil",)),
]
FR_DE = [
    _art("encens", ("Weihrauch",)),
    _art("ara", ("Ara",)),
    _art("santal", ("Sandelholz",)),  # German -> French has no Sandelholz: read backwards
    _art("couche", ("Windel",), ("Schicht",)),
    _art("appareil", ("Apparat",)),
]
DE_ES = [_art("Weihrauch", ("incienso",)), _art("Ara", ("guacamayo", "guacamaya"))]
ES_DE = [_art("incienso", ("Weihrauch",))]  # nothing on guacamayo: strict leaves it out
GERMAN = {
    ("en", "de"): EN_DE,
    ("de", "en"): DE_EN,
    ("de", "fr"): DE_FR,
    ("fr", "de"): FR_DE,
    ("de", "es"): DE_ES,
    ("es", "de"): ES_DE,
}


def test_english_through_german() -> None:
    rows = dictionary.through_german(GERMAN, strict=True, homographs={"fr": {"ara"}})
    to_fr, to_es = rows[("en", "fr", "freedict-german")], rows[("en", "es", "freedict-german")]
    assert to_fr["frankincense"] == ["encens"] and to_es["frankincense"] == ["incienso"]
    assert to_fr["macaw"] == ["ara"]
    assert "macaw" not in to_es  # Spanish -> German does not know guacamayo: not checked
    assert "ara" not in to_fr  # English *ara* would hide French *ara* from the lookup
    assert "gadget" not in to_fr  # Apparat -> apparatus, not gadget
    back = rows[("fr", "en", "freedict-german")]
    assert back["encens"] == ["frankincense"]
    # German -> French has no Sandelholz: French -> German read backwards gives *santal*;
    # the way back is not checked by the direction that lacks it, so strict leaves it out
    assert to_fr["sandalwood"] == ["santal"]
    assert "santal" not in back
    assert rows[("es", "en", "freedict-german")]["incienso"] == ["frankincense"]
    # not strict: a step the other direction says nothing about is kept
    loose = dictionary.through_german(GERMAN, strict=False)
    assert loose[("en", "es", "freedict-german")]["macaw"] == ["guacamayo", "guacamaya"]
    assert loose[("fr", "en", "freedict-german")]["santal"] == ["sandalwood"]


def test_the_sense_guard_drops_a_word_apertium_knows_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    known = {("fr", "en"): {"couche": {"layer"}, "encens": {"incense"}}}
    off = dictionary.through_german(GERMAN, strict=True, known=known)
    assert off[("en", "fr", "freedict-german")]["nappy"] == ["couche"]
    monkeypatch.setattr(dictionary, "GERMAN_SENSE_GUARD", True)
    on = dictionary.through_german(GERMAN, strict=True, known=known)
    assert "nappy" not in on[("en", "fr", "freedict-german")]
    assert "frankincense" not in on[("en", "fr", "freedict-german")]  # incense, not it


def test_german_rows_fill_gaps_only() -> None:
    apertium = [("en", "frankincense", "fr", "oliban"), ("fr", "encens", "en", "incense")]
    rows = freedict_rows(GERMAN, apertium)
    by = {(a, w, b): (t, s) for a, w, b, t, s in rows}
    assert ("en", "frankincense", "fr") not in by  # Apertium's row stands
    assert by[("en", "frankincense", "es")] == ("incienso", "freedict-german")
    assert ("fr", "encens", "en") not in by
    assert by[("en", "sandalwood", "fr")] == ("santal", "freedict-german")
    assert ("en", "ara", "fr") not in by  # *ara* is a French headword of FR_DE
    assert not freedict_rows(GERMAN, apertium, pivot=False)  # no French-Spanish: nothing


@given(st.permutations(EN_DE), st.permutations(DE_FR), st.booleans())
@settings(max_examples=30, deadline=None)
def test_through_german_does_not_depend_on_article_order(
    en_de: list[Article], de_fr: list[Article], strict: bool
) -> None:
    shuffled = {**GERMAN, ("en", "de"): en_de, ("de", "fr"): de_fr}
    assert dictionary.through_german(shuffled, strict=strict) == dictionary.through_german(
        GERMAN, strict=strict
    )
    for (a, b, source), table in dictionary.through_german(shuffled, strict=strict).items():
        assert source == "freedict-german" and "de" not in (a, b)
        for word, targets in table.items():
            assert word not in targets and 1 <= len(targets) <= dictionary.MAX_PER_LANGUAGE
