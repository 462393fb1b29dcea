"""External databases a clearing-house links to: DataCite (JSON:API) and GBIF (registry
datasets, occurrences, species) harvested with their built-in profiles and mappings, over
HTTP on 127.0.0.1, through ``run_node`` into a real store and tantivy index.

The pages served are hand-written in the documented shapes of the two APIs (see
``data/external/README.md``): no recorded DataCite or GBIF response exists in
../shared/fixtures/json.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.config import NodeConfig
from tests.harvesters.helpers import Env
from tests.servers.external_apis import DATA, ExternalApiHandler, serve_external


@pytest.fixture
def base() -> Iterator[str]:
    with serve_external() as url:
        yield url


def _node(node_id: str, url: str, mapping: str, **options: Any) -> NodeConfig:
    return NodeConfig(id=node_id, url=url, protocol="json", mapping=mapping, options=options)


def test_datacite_profile_and_mapping(env: Env, base: str) -> None:
    nd = _node("dc", f"{base}/datacite/dois", "datacite", profile="datacite", page_size=2)
    s = env.run(nd)
    assert s.status == "success", s.error
    assert (s.added, s.pages) == (3, 2)
    _first_path, first_query = ExternalApiHandler.seen[0]
    assert first_query["page[cursor]"] == ["1"] and first_query["page[size]"] == ["2"]
    data = env.index.get("dc:10.5072/chm-test-0001")
    assert data["type"] == "dataset"
    assert data["countries"] == ["SN"]
    assert data["title"]["en"].startswith("Mercury concentrations")
    assert "doi:10.5072/chm-test-0001" in data["identifiers"]
    guide = env.index.get("dc:10.5072/chm-test-0002")
    assert guide["type"] == "document"  # Text + "Guidance document"
    assert guide["publisher"] == "UNEP"
    assert "gef:10523" in guide["identifiers"]
    report = env.index.get("dc:10.5072/chm-test-0003")
    assert report["type"] == "document"  # "Other" + "Informe"
    assert report["countries"] == ["EC"]
    assert report["status"] == "completed"
    assert set(report["title"]) == {"es"}  # no language stated: detected
    assert {"GEF-9602", "gef:9602"} <= set(report["identifiers"])


def test_datacite_incremental_query(env: Env, base: str) -> None:
    nd = _node("dc", f"{base}/datacite/dois", "datacite", profile="datacite", page_size=2)
    assert env.run(nd).status == "success"
    ExternalApiHandler.seen.clear()
    assert env.run(nd).status == "success"
    query = ExternalApiHandler.seen[0][1]
    assert query["query"][0].startswith("updated:[") and query["query"][0].endswith(" TO *]")


def test_gbif_datasets(env: Env, base: str) -> None:
    nd = _node("gbif-ds", f"{base}/gbif/v1/dataset/search", "gbif_dataset", profile="gbif")
    s = env.run(nd)
    assert (s.status, s.added) == ("success", 2), s.error
    birds = env.index.get("gbif-ds:8a863029-f435-446a-821e-275f4f641165")
    assert birds["type"] == "dataset"
    assert birds["languages"] == ["fr"] and "fr" in birds["title"]
    assert birds["countries"] == ["SN"]
    assert "doi:10.15468/abc123" in birds["identifiers"]
    plants = env.index.get("gbif-ds:e2bcea8c-dfea-475e-a4ae-af282b4ea1c5")
    assert plants["countries"] == ["GH"]  # named in the title


def test_gbif_occurrences_page_and_warn(env: Env, base: str) -> None:
    nd = _node(
        "gbif-occ", f"{base}/gbif/v1/occurrence/search", "gbif_occurrence",
        profile="gbif", page_size=2, params={"country": "SN"},
    )  # fmt: skip
    s = env.run(nd)
    assert (s.status, s.added, s.pages) == ("success", 3, 2), s.error
    assert ExternalApiHandler.seen[0][1]["country"] == ["SN"]
    crane = env.index.get("gbif-occ:4011223344")
    assert crane["title"]["en"] == "Balearica pavonina (Linnaeus, 1758) — Mare de Simenti"
    assert crane["countries"] == ["SN"] and crane["date"] == "2019-02-14"
    # the third occurrence's country code and date cannot be read: kept, and said so
    warnings = [e for e in env.store.runs.errors(s.run_id) if e["stage"] == "warning"]
    fields = {(w["source_id"], w["field"], w["value"]) for w in warnings}
    assert ("4011223346", "countries", "XX") in fields
    assert ("4011223346", "date", "not recorded") in fields
    assert all(w["message"] for w in warnings)


def test_gbif_species_are_typed_other_and_counted_as_type_gaps(env: Env, base: str) -> None:
    from vocabulary.gaps import top_gaps
    from vocabulary.loader import load_vocabulary
    from vocabulary.model import PROJECT_THESAURUS

    nd = _node("gbif-sp", f"{base}/gbif/v1/species/search", "gbif_species", profile="gbif")
    s = env.run(nd, vocabulary=load_vocabulary([PROJECT_THESAURUS]))
    assert (s.status, s.added) == ("success", 2), s.error
    assert env.index.get("gbif-sp:2474941")["type"] == "other"
    gaps = top_gaps(env.store.conn, "gbif-sp", kind="type")
    assert gaps and gaps[0]["term"] == "(no type stated)" and gaps[0]["count"] == 2
    assert "record-type scheme" in gaps[0]["fix"]


def test_profiles_are_documented_and_checked() -> None:
    from harvesters.profiles import PROFILES, json_options

    assert {"datacite", "gbif"} <= set(PROFILES)
    opts = json_options("x", {"profile": "datacite"})
    assert opts.params == {"page[cursor]": "1"} and opts.next_path == "links.next"
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for name in ("datacite", "gbif", "gbif_occurrence", "gbif_species", "gbif_dataset"):
        assert f"`{name}`" in readme, name
    assert json.loads((DATA / "datacite_page1.json").read_text())["meta"]["total"] == 3


def test_a_node_mapping_file_outside_the_package_is_harvested_and_checked(
    env: Env, base: str, tmp_path: Path
) -> None:
    from core.config import ConfigError, load_settings
    from pipeline.reindex import reindex

    maps = tmp_path / "maps"
    maps.mkdir()
    own = maps / "birds.toml"
    own.write_text(
        'name = "birds"\n[fields]\ntitle = { path = "title", required = true }\n'
        'description = "description"\n[fields.type]\nconst = "dataset"\n',
        encoding="utf-8",
    )
    config = tmp_path / "config.toml"
    config.write_text(
        "[security]\nallow_private_hosts = true\n[[nodes]]\n"
        f'id = "birds"\nprotocol = "json"\nurl = "{base}/gbif/v1/dataset/search"\n'
        'mapping = "maps/birds.toml"\noptions = { profile = "gbif" }\n',
        encoding="utf-8",
    )
    settings = load_settings(config)
    node = settings.node("birds")
    assert node.mapping == str(own.resolve())  # relative to config.toml, stored absolute
    s = env.run(node)
    assert (s.status, s.added) == ("success", 2), s.error
    assert env.index.get("birds:e2bcea8c-dfea-475e-a4ae-af282b4ea1c5")["type"] == "dataset"

    # a broken file later: reindex keeps what is stored and names the node and the reason
    own.write_text("not = [valid", encoding="utf-8")
    summary = reindex(env.settings.__class__(**{**env.settings.__dict__, "nodes": (node,)}),
                      env.store, env.index)  # fmt: skip
    assert [n["node"] for n in summary.not_mapped] == ["birds"]
    assert "not valid TOML" in summary.not_mapped[0]["reason"]
    assert env.index.count() == 2

    # and loading the configuration refuses it, naming the node and the file
    with pytest.raises(ConfigError) as info:
        load_settings(config)
    assert "nodes[0] (id 'birds').mapping: mapping file" in str(info.value)
    config.write_text(config.read_text().replace("maps/birds.toml", "nope"), encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown mapping 'nope'"):
        load_settings(config)
