"""The mappings' tables, built once, let go of what they were built from.

A mapping worker (and a harvest) keeps only the tables the mappings read: babel's CLDR
locales, pycountry's ISO databases and the project thesaurus they come from are dropped once
the tables exist, and every answer stays the same. No memory figure is asserted (it would
depend on the allocator); what is checked is what stays loaded and what the tables answer.
"""

from __future__ import annotations

import gc
import weakref
from typing import Any

import babel.localedata
import pycountry
import pytest

from mappings import normalise, thesaurus
from mappings.normalise import (
    normalise_country,
    normalise_date,
    normalise_language,
    normalise_type,
    prepare_tables,
    release_library_data,
)
from pipeline.mapworkers import trim_mapping_tables

VALUES = {
    normalise_country: ["Sénégal", "Ivory Coast", "Estados Unidos", "SEN", "Bolivie", "UK"],
    normalise_language: ["French", "español", "fra", "Anglais", "pt-BR", "castellano"],
    normalise_date: ["15 juillet 2019", "March 2020", "1 de mayo de 2018", "Monday, 3 June 2019"],
    normalise_type: ["Projet", "Support offer", "Point focal", "Plan national", "Dataset"],
}


def _answers() -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for fn, values in VALUES.items():
        row: list[Any] = []
        for value in values:
            try:
                row.append(fn(value))
            except ValueError as exc:
                row.append(f"error: {exc}")
        out[fn.__name__] = row
    return out


def _clear_tables() -> None:
    for build in (*normalise._TABLES, thesaurus._tables):
        build.cache_clear()  # type: ignore[attr-defined]
    for fn in VALUES:
        clear = getattr(fn, "cache_clear", None)
        if clear is not None:
            clear()


def test_prepared_tables_answer_as_before_with_the_library_data_let_go() -> None:
    before = _answers()
    _clear_tables()
    prepare_tables()
    assert babel.localedata._cache == {}  # no CLDR locale kept
    assert not pycountry.languages._is_loaded  # type: ignore[attr-defined]
    assert not pycountry.countries._is_loaded  # type: ignore[attr-defined]
    assert _answers() == before
    # what was let go is loaded again when someone else asks for it
    assert pycountry.languages.get(alpha_2="fr").name == "French"  # type: ignore[union-attr]
    release_library_data()
    assert pycountry.countries.get(alpha_2="SN").alpha_3 == "SEN"  # type: ignore[union-attr]


def test_the_thesaurus_is_loaded_once_for_both_tables_and_not_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    labels, prefixes = thesaurus.type_labels(), thesaurus.fund_prefixes()
    loaded: list[weakref.ref[Any]] = []
    real = thesaurus._vocabulary

    def counted() -> object:
        vocab = real()
        loaded.append(weakref.ref(vocab))
        return vocab

    monkeypatch.setattr(thesaurus, "_vocabulary", counted)
    thesaurus._tables.cache_clear()
    try:
        assert thesaurus.type_labels() == labels
        assert thesaurus.fund_prefixes() == prefixes
        assert len(loaded) == 1
        gc.collect()
        assert loaded[0]() is None  # the thesaurus itself is gone, its tables stay
        assert labels.labels and "GEF" in prefixes
    finally:
        thesaurus._tables.cache_clear()


def test_autonyms_keep_no_locale_loaded() -> None:
    normalise._autonyms.cache_clear()
    release_library_data()
    table = normalise._autonyms()
    assert babel.localedata._cache == {}  # ~160 locales read, none kept (was +124 MB)
    from babel import Locale

    for code in ("de", "pt", "ru", "sw"):  # the names babel gives, read one by one
        assert table[normalise.fold(Locale.parse(code).get_language_name(code))] == code
    assert normalise_language("Deutsch") == "de"
    release_library_data()


def test_a_worker_prepares_its_tables_before_its_vocabulary() -> None:
    _clear_tables()
    trim_mapping_tables()
    assert babel.localedata._cache == {}
    assert thesaurus._tables.cache_info().currsize == 1  # type: ignore[attr-defined]
    for build in normalise._TABLES:
        assert build.cache_info().currsize == 1  # type: ignore[attr-defined]
