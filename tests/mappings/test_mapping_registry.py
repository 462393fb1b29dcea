"""The mapping registry: names -> Mapping instances, declarative files, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from mappings import registry
from mappings.oai_dc import OaiDcMapping
from mappings.registry import MAPPINGS, UnknownMapping, get_mapping, known_mappings


@pytest.mark.parametrize("name", sorted(MAPPINGS))
def test_every_registered_mapping_loads(name: str) -> None:
    mapping = get_mapping(name)
    assert callable(mapping.map)
    assert isinstance(mapping.name, str)


def test_nsdl_dc_uses_the_dc_mapping() -> None:
    assert isinstance(get_mapping("nsdl_dc"), OaiDcMapping)
    assert isinstance(get_mapping("oai_dc"), OaiDcMapping)


def test_unknown_mapping_lists_known_names() -> None:
    with pytest.raises(KeyError) as err:
        get_mapping("marc21")
    assert isinstance(err.value, UnknownMapping)
    assert str(err.value).startswith("unknown mapping 'marc21'; known mappings: ")
    assert "oai_dc" in str(err.value)
    assert "nsdl_dc" in str(err.value)


@pytest.mark.parametrize("name", ["../oai_dc", "", "/etc/passwd", "a/b"])
def test_path_like_names_are_unknown(name: str) -> None:
    with pytest.raises(UnknownMapping):
        get_mapping(name)


@pytest.mark.parametrize("name", known_mappings())
def test_every_known_mapping_loads(name: str) -> None:
    """Built-in and declarative (mappings/*.toml) mappings all load through one door."""
    assert callable(get_mapping(name).map)


def test_broken_declarative_file_is_a_key_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "broken.toml").write_text("[fields]\n")
    monkeypatch.setattr(registry, "DECLARATIVE_DIR", tmp_path)
    assert "broken" in known_mappings()
    with pytest.raises(KeyError, match="title"):
        get_mapping("broken")
