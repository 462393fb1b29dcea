"""``mappings.folding.fold`` of Windows-1252 text by one byte table gives what the
Unicode path gives (the table is built from that path; this checks that folding such text
character by character is the same as folding it whole)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mappings.folding import _cp1252_table, _fold_unicode, fold

_CP1252 = "".join(
    ch for b in range(256) if (ch := bytes([b]).decode("cp1252", errors="replace")) != "\ufffd"
)

_PIECES = ["Évaluation", "œuvre", " – ", "’", "…", "ÆSOP", "Straße", "ﬁn", "½", "™", "año"]
_PIECES += ["µg", "\u0301", "İ", " ", "CÔTE", "m²"]


@settings(max_examples=1000)
@given(
    st.one_of(
        st.text(alphabet=_CP1252),  # every character of the code page, any order
        st.text(alphabet="aeiouAEIOU éèÉçñÑ’‘`ʼœŒæÆ-_.,ßµ½™´¨¸¯\u00a0\xad…–«»'ªº²"),
        st.lists(st.sampled_from(_PIECES)).map("".join),
    )
)
def test_the_cp1252_table_folds_as_the_unicode_path(text: str) -> None:
    want = _fold_unicode(text) if not text.isascii() else fold(text)
    assert fold(text) == want


def test_the_table_sends_what_it_cannot_fold_alone_the_long_way() -> None:
    table = _cp1252_table()
    for char in "ßœŒæÆ½™µ":  # several letters, or none of the code page
        assert table[char.encode("cp1252")[0]] == 0x81
    assert table["É".encode("cp1252")[0]] == ord("e")
    assert table["’".encode("cp1252")[0]] == ord(" ")
    assert fold("Straße ½ œuvre µg") == "strasse 1 2 oeuvre μg"
