"""The lexicon read through its pickle (vocabulary.search.cached_lexicon) is the lexicon the
files give, rebuilt when a file changes or the pickle is damaged, and the cache directory
keeps a bounded number of files of each kind (vocabulary.loader.write_pickle)."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from vocabulary import loader, search
from vocabulary.search import LEXICON_DIR, Lexicon, LexiconError, cached_lexicon, read_lexicon

SHIPPED = sorted(LEXICON_DIR.glob("*.tsv"))


def _state(lexicon: Lexicon) -> tuple[object, ...]:
    return (lexicon.entries, lexicon._index, lexicon._relational, lexicon._members)


def _small(tmp_path: Path, extra: str = "") -> list[Path]:
    tmp_path.mkdir(exist_ok=True)
    words = tmp_path / "words.tsv"
    words.write_text(
        "# a test lexicon\nmercury\tmercure\tmercurio\ncrocodiles\tcrocodiles\tcocodrilos\n"
        "caimans\tcaïmans\tyacarés|caimanes\ncrocodilians\tcrocodiliens\tcrocodilios\n" + extra,
        encoding="utf-8",
    )
    members = tmp_path / "members.tsv"
    members.write_text("# kind: members\ncrocodilians\tcrocodiles|caimans\n", encoding="utf-8")
    return [members, words]


def test_the_shipped_lexicon_from_its_pickle_is_the_one_its_files_give(tmp_path: Path) -> None:
    built = read_lexicon(SHIPPED)
    first = cached_lexicon(SHIPPED, cache_dir=tmp_path)
    (pickled,) = tmp_path.glob("lexicon-*.pickle")
    again = cached_lexicon(SHIPPED, cache_dir=tmp_path)
    assert again is not first  # read back from the file, not kept in memory here
    assert _state(again) == _state(first) == _state(built)
    for word in ("poissons", "serpiente", "crocodilians", "mercure"):
        assert again.lookup(word) == built.lookup(word)
    assert pickled.stat().st_size > 0


def test_a_second_read_does_not_read_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _small(tmp_path / "lex")
    first = cached_lexicon(paths, cache_dir=tmp_path / "cache")

    def refuse(_paths: object) -> Lexicon:
        raise AssertionError("the files were read again")

    monkeypatch.setattr(search, "read_lexicon", refuse)
    assert _state(cached_lexicon(paths, cache_dir=tmp_path / "cache")) == _state(first)


def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    paths = _small(tmp_path / "lex")
    before = cached_lexicon(paths, cache_dir=tmp_path / "cache")
    assert not before.lookup("gharials")[0]
    paths = _small(tmp_path / "lex", extra="gharials\tgavials\tgaviales\n")
    after = cached_lexicon(paths, cache_dir=tmp_path / "cache")
    assert ("fr", "gavials") in after.lookup("gharials")[0]
    assert len(list((tmp_path / "cache").glob("lexicon-*.pickle"))) == 2


@pytest.mark.parametrize(
    "damage",
    [lambda b: b[: len(b) // 2], lambda b: b"", lambda b: b"\x80\x05garbage" + b[40:]],
    ids=["truncated", "empty", "corrupted"],
)
def test_a_damaged_pickle_is_read_from_the_files_and_written_whole(
    tmp_path: Path, damage: object
) -> None:
    paths = _small(tmp_path / "lex")
    first = cached_lexicon(paths, cache_dir=tmp_path / "cache")
    (pickled,) = (tmp_path / "cache").glob("lexicon-*.pickle")
    pickled.write_bytes(damage(pickled.read_bytes()))  # type: ignore[operator]
    again = cached_lexicon(paths, cache_dir=tmp_path / "cache")
    assert _state(again) == _state(first)
    assert loader.read_pickle(pickled, Lexicon) is not None  # rewritten whole
    assert not list((tmp_path / "cache").glob("*.tmp"))


def test_a_pickle_of_another_kind_is_not_taken_for_a_lexicon(tmp_path: Path) -> None:
    path = tmp_path / "lexicon-x.pickle"
    assert loader.write_pickle(path, {"not": "a lexicon"})
    assert loader.read_pickle(path, Lexicon) is None
    assert loader.read_pickle(path, dict) == {"not": "a lexicon"}


def test_a_lexicon_error_is_raised_and_nothing_cached(tmp_path: Path) -> None:
    bad = tmp_path / "lex" / "bad.tsv"
    bad.parent.mkdir()
    bad.write_text("mercury\tmercure\n", encoding="utf-8")  # two columns of three
    with pytest.raises(LexiconError, match=r"bad\.tsv line 1"):
        cached_lexicon([bad], cache_dir=tmp_path / "cache")
    assert not list((tmp_path / "cache").glob("*.pickle"))


def test_the_cache_keeps_a_few_files_of_each_kind(tmp_path: Path) -> None:
    for n in range(loader.KEEP_PER_KIND + 3):
        old = tmp_path / f"lexicon-{n:032x}.pickle"
        old.write_bytes(b"old")
        os.utime(old, (1_000_000 + n, 1_000_000 + n))
    other_kind = tmp_path / "vocab-0.pickle"
    other_kind.write_bytes(b"kept")
    newest = tmp_path / "lexicon-ffff.pickle"
    assert loader.write_pickle(newest, {"x": 1})
    left = sorted(p.name for p in tmp_path.glob("lexicon-*.pickle"))
    kept_old = [f"lexicon-{n:032x}.pickle" for n in range(3, loader.KEEP_PER_KIND + 3)]
    assert left == sorted([newest.name, *kept_old])  # the most recent of the old ones
    assert other_kind.exists()


def test_an_unwritable_cache_costs_only_the_rebuild(tmp_path: Path) -> None:
    paths = _small(tmp_path / "lex")
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    lexicon = cached_lexicon(paths, cache_dir=blocked / "cache")
    assert ("es", "mercurio") in lexicon.lookup("mercury")[0]


def _raise_inside(seen: list[bool]) -> None:
    with loader.paused_gc():
        seen.append(gc.isenabled())
        raise RuntimeError("inside")


@pytest.mark.parametrize("enabled", [True, False])
def test_paused_gc_leaves_the_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    seen: list[bool] = []
    try:
        (gc.enable if enabled else gc.disable)()
        with pytest.raises(RuntimeError, match="inside"):
            _raise_inside(seen)
        assert seen == [False]
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
