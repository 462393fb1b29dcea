"""The full recompute's CPU cuts (issue 20, point 2) change no table, index or row.

Each cut is checked against what the code did before it: the same schema objects after a
recompute as a fresh schema creates, and the same features as the plain definitions give.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from matching.store import ensure_schema
from matching.update import recompute_all
from store import Store


def _schema(store: Store) -> list[tuple[Any, ...]]:
    return sorted(
        store.conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name LIKE 'title_%'"
            " OR name LIKE 'dup_%' OR name LIKE 'id_%' OR name LIKE 'mx_%'"
        )
    )


def test_a_recompute_leaves_the_schema_a_fresh_one_has(demo_store: Store, tmp_path: Any) -> None:
    fresh = Store(tmp_path / "fresh.sqlite")
    try:
        ensure_schema(fresh.conn)
        assert _schema(demo_store) == _schema(fresh)
        recompute_all(fresh, None)  # an empty store too
        assert _schema(fresh) == _schema(demo_store)
    finally:
        fresh.close()
    for table, column, index in (
        ("id_postings", "record_id", "id_postings_record"),
        ("mx_matches", "other_id", "mx_matches_other"),
    ):  # the indexes built after the rows are used as before
        plan = demo_store.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {column} = ?", ("x",)
        ).fetchall()
        assert any(index in str(row) for row in plan)


@given(st.text(alphabet="AZaz-OØ0123456789 é", max_size=40))
def test_letter_zeros_change_only_texts_holding_a_dash_then_o(text: str) -> None:
    # content_features runs the substitution only on such texts
    from matching.duplicates import _LETTER_ZEROS

    changed = _LETTER_ZEROS.sub(lambda m: "0" * len(m[0]), text)
    if "-O" not in text and "-\u00d8" not in text:
        assert changed == text


@example("AAT 709A, MON-87701-2 and AB٣٣٣")
@given(st.text(alphabet="ABZaz0123456789٣- /.é", max_size=40))
def test_a_text_without_the_code_hint_has_no_code(text: str) -> None:
    # content_features looks for codes only in texts the hint finds something in
    from matching.duplicates import _CODE_HINT, _TEXT_CODE

    if _CODE_HINT.search(text) is None:
        assert list(_TEXT_CODE.finditer(text)) == []
    else:  # every code found holds the hint
        assert all(_CODE_HINT.search(m[0]) for m in _TEXT_CODE.finditer(text))


@example(["plumless", "buckeroo", "a"])  # one crc32, so their order is the order given
@example(["buckeroo", "a", "plumless"])
@given(st.lists(st.text(max_size=6)) | st.sets(st.text(alphabet="abcdé", max_size=4)))
def test_words_by_hash_come_in_the_order_sorted_gives(words: Any) -> None:
    # crc32 ties (e.g. "" and a repeated word) keep the order the words come in
    from matching.duplicates import _by_hash, _word_hash

    assert _by_hash(words) == sorted(words, key=_word_hash)


_OLD_AMOUNT = r"(?<![\w.,/-])(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d{4,})(?![\w]|[.,]\d)"
_OLD_NAME = r"(?<![.!?:;\n(])(?<![.!?:;\n(]\s)(?<=\W)([^\W\d_][\w'’-]*)"
_PIECES = ["50,000", "50 000", "50.000", "2025", "IND-00412-7", "US$1.5", "Dakar", " l'Amazonie",
           ". Jean-Pierre", "(Kora", ": Lingshi", "\nTogo", "١٢٣٤", "x", " ", "\u00a0", "\u202f",
           "Ǆemal", "ÉTÉ", "_", "’", "?", ",", "-", "/", "1", "a", "B", "\t"]  # fmt: skip


@example("Le projet (Kora) à Lingshi. Jean-Pierre et l'Amazonie: 50 000 USD, ١٢٣٤٥ et 2.5,000")
@given(
    st.text(alphabet="aBé1٣_ -/.,!?:;(\n\t'’\u00a0\u202f", max_size=40)
    | st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)
)
def test_the_amount_and_name_patterns_find_what_the_look_behinds_found(text: str) -> None:
    # content_features' two patterns, rewritten to begin with what they match: same matches
    import re

    from matching.duplicates import _AMOUNT, _NAME

    assert [m[1] for m in _AMOUNT.finditer(text)] == re.findall(_OLD_AMOUNT, text)
    assert _NAME.findall(text) == re.findall(_OLD_NAME, text)


@given(st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=5), max_size=12),
       st.sampled_from([(5, 4), (6, 2), (1, 1), (2, 3)]))  # fmt: skip
def test_minhash_bands_read_the_first_hashes_of_the_whole_signature(
    tokens: list[str], shape: tuple[int, int]
) -> None:
    # the bands compute only the minimum hashes they read: the first ones of all twenty
    from matching.duplicates import _bands, _token_hashes, minhash_bands

    hashes = [_token_hashes(t) for t in set(tokens)]
    whole = list(map(min, *hashes)) if len(hashes) > 1 else list(hashes[0]) if hashes else []
    assert minhash_bands(tokens, *shape) == (_bands(whole, *shape) if whole else [])


def _senses_by_every_length(tokens: list[str]) -> dict[str, set[str]]:
    """``Glossary.senses`` as written before: every run up to the longest a word starts."""
    from matching.duplicates import _lexicon_tokens
    from matching.glossary import glossary

    g = glossary(_lexicon_tokens)
    longest: dict[str, int] = {}
    for run in g.runs:
        longest[run[0]] = max(longest.get(run[0], 0), len(run))
    out: dict[str, set[str]] = {}
    for i in range(len(tokens)):
        for j in range(i + 1, min(len(tokens), i + longest.get(tokens[i], 0)) + 1):
            senses = g.runs.get(tuple(tokens[i:j]))
            if senses is not None:
                for w in tokens[i:j]:
                    out.setdefault(w, set()).update(senses)
    return out


@cache
def _lexicon_words() -> list[str]:
    from matching.duplicates import _lexicon_tokens
    from matching.glossary import glossary

    runs = sorted(glossary(_lexicon_tokens).runs, key=len, reverse=True)
    return sorted({w for run in runs[:300] for w in run} | {"zone", "humide", "x"})


@given(st.data())
def test_the_glossary_reads_the_runs_the_longest_bound_read(data: Any) -> None:
    # only the lengths of the runs a word starts are looked up: same senses, same order
    from matching.duplicates import lexicon_senses

    words = data.draw(st.lists(st.sampled_from(_lexicon_words()), max_size=14))
    got = lexicon_senses(words)
    want = _senses_by_every_length(words)
    assert got == want and list(got) == list(want)


_TITLE_PIECES = ["open", "ended", "open-ended", "phase", "out", "Phase-out", "mise", "à", "jour",
                 "centre", "d'échange", "clearing", "house", "CLEARING HOUSE", "small", "scale",
                 "de", "habla", "inglesa", "Œuvre", "ended open", "1st", "twenty", "x"]  # fmt: skip


@example("Open-ended working group: phase-out of mercury, mise à jour du centre d'échange")
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=10).map(" ".join) | st.text(max_size=30))
def test_a_title_without_a_phrase_first_word_needs_no_phrase_pass(text: str) -> None:
    # title_tokens runs the set phrases' pattern only on titles holding a first word of one
    from mappings.normalise import fold
    from matching.duplicates import _PHRASE, _PHRASE_FIRSTS, _PHRASES

    folded = fold(text.replace("œ", "oe").replace("Œ", "Oe"))
    replaced = _PHRASE.sub(lambda m: _PHRASES[m[1]], folded)
    if _PHRASE_FIRSTS.isdisjoint(folded.split()):
        assert replaced == folded


@example("Le Togo sollicite un appui. Il s'agit de…\nFields: x")
@example(".\n")
@given(st.text(alphabet="ab .!?\n\t\r\u00a0\u2028\x85\x1c", max_size=30))
def test_the_first_sentence_is_what_the_split_gave(text: str) -> None:
    # _about and _mentioned read a description's first sentence without the look-behind
    import re

    from matching.duplicates import first_sentence

    assert first_sentence(text) == re.split(r"(?<=[.!?])\s|\n", text, maxsplit=1)[0]
