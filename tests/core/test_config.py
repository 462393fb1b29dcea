"""config.toml is checked in full at start-up; every error names the file, the node and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from harvesters.config import ConfigError, check_node, interval_seconds, load_settings

GOOD = """
[storage]
path = "var/x.sqlite"
[[nodes]]
id = "fr-chm"
url = "http://127.0.0.1:8101/oai"
country = "FR"
schedule = "6h"
"""


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_project_config_loads() -> None:
    s = load_settings(Path(__file__).parents[2] / "config.toml")
    assert {n.id for n in s.nodes} >= {"fr-chm", "es-chm", "gb-chm"}
    assert all(n.protocol in ("oai-pmh", "json", "dcat") for n in s.nodes)


def test_good_config(tmp_path: Path) -> None:
    s = load_settings(write(tmp_path, GOOD))
    assert s.node("fr-chm").country == "FR"
    assert s.db_path == tmp_path / "var/x.sqlite"
    assert s.index.backend == "tantivy"


def test_every_problem_is_reported_with_file_node_and_key(tmp_path: Path) -> None:
    text = """
[[nodes]]
id = "ok"
url = "http://a.example/oai"
[[nodes]]
id = "sn-chm"
url = "ftp://x"
protocol = "oai"
country = "Senegal"
schedule = "every day"
colour = "red"
"""
    with pytest.raises(ConfigError) as err:
        load_settings(write(tmp_path, text))
    problems = err.value.problems
    joined = "\n".join(problems)
    assert "config.toml: nodes[1] (id 'sn-chm').url" in joined
    assert "nodes[1] (id 'sn-chm').protocol: 'oai' is not one of dcat, json, oai-pmh" in joined
    assert "country: 'Senegal' is not an ISO 3166-1 alpha-2" in joined
    assert "schedule: 'every day'" in joined
    assert "colour: unknown key" in joined
    assert len(problems) == 5


def test_duplicate_ids_and_bad_sections(tmp_path: Path) -> None:
    again = "[[nodes]]" + GOOD.split("[[nodes]]")[1]
    text = GOOD + again + "\n[harvest]\ntimeout = 'x'\n"
    text += "[bogus]\n"
    with pytest.raises(ConfigError) as err:
        load_settings(write(tmp_path, text))
    joined = "\n".join(err.value.problems)
    assert "node id 'fr-chm' is defined twice" in joined
    assert "harvest.timeout: expected float" in joined
    assert "unknown section [bogus]" in joined


def test_missing_and_broken_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_settings(tmp_path / "nope.toml")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(write(tmp_path, "[[nodes]\nid="))


def test_env_interpolation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHM_TEST_URL", "http://es.example:9200")
    s = load_settings(write(tmp_path, '[index]\nurl = "${CHM_TEST_URL}"\n'))
    assert s.index.url == "http://es.example:9200"
    s = load_settings(write(tmp_path, '[index]\nurl = "${CHM_NOPE_URL:-http://d:1}"\n'))
    assert s.index.url == "http://d:1"


@pytest.mark.parametrize(
    ("schedule", "seconds"), [("30m", 1800), ("6h", 21600), ("1d", 86400), ("0 3 * * *", None)]
)
def test_schedules(schedule: str, seconds: int | None) -> None:
    assert interval_seconds(schedule) == seconds
    node, problems = check_node({"id": "a", "url": "http://x/oai", "schedule": schedule})
    assert node is not None and not problems


def test_non_oai_node_defaults_mapping_to_protocol() -> None:
    node, _ = check_node({"id": "j", "url": "http://x/api", "protocol": "json"})
    assert node is not None and node.mapping == "json"
