"""config.toml is checked in full at start-up; every error names the file, the node and the key."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.config import ConfigError, check_node, interval_seconds, load_settings

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


# ---- the whole file is checked: every section, every key --------------------------------


def problems_of(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(ConfigError) as err:
        load_settings(write(tmp_path, text))
    return err.value.problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[search]\nbackend = 'x'\n", "config.toml: unknown section [search]"),
        ("[storage]\npaht = 'x.sqlite'\n", "config.toml: storage.paht: unknown key (known: "),
        ("[server]\nport = 'eighty'\n", "config.toml: server.port: expected an integer, got "),
        ("[server]\nport = 8000.5\n", "config.toml: server.port: expected an integer, got 8000.5"),
        ("[server]\nport = 70000\n", "server.port: expected an integer from 1 to 65535, got 70000"),
        ("[server]\nhots = 'x'\n", "config.toml: server.hots: unknown key"),
        ("[index]\nbackend = 'solr'\n", "index.backend: 'solr' is not one of elasticsearch"),
        ("[vocabulary]\nfiles = 'a.ttl'\n", "vocabulary.files: expected a list of strings"),
        ("[matching]\nincremental = 'yes'\n", "matching.incremental: expected bool (true or"),
        ("[matching]\nincrementl = false\n", "matching.incrementl: unknown key (known: incr"),
        ("[registration]\nregister_per_hour = 'ten'\n", "registration.register_per_hour: expe"),
        ("[registration]\nsample_size = -1\n", "registration.sample_size: expected 0 or more"),
        ("[registration]\ncolour = 1\n", "config.toml: registration.colour: unknown key"),
        ("[harvest]\ntimeout = 0\n", "harvest.timeout: expected more than 0, got 0.0"),
        ("[harvest]\nmax_retries = true\n", "harvest.max_retries: expected int (an integer)"),
        ("[harvest]\nmap_workers = -2\n", "harvest.map_workers: expected -1 or more, got -2"),
        ("[security]\nallowed_hosts = [1]\n", "security.allowed_hosts: expected a list of str"),
        ("[elasticsearch]\nshards = 'two'\n", "elasticsearch.shards: expected int"),
        ("matching = 3\n", "config.toml: [matching] must be a table"),
    ],
)
def test_every_section_and_key_is_checked(tmp_path: Path, text: str, expected: str) -> None:
    problems = problems_of(tmp_path, text)
    assert len(problems) == 1, problems
    assert expected in problems[0]


def test_a_missing_environment_variable_is_named_with_its_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CHM_TEST_UNSET", raising=False)
    text = '[alerts]\nwebhook_url = "${CHM_TEST_UNSET}"\n'
    text += '[[nodes]]\nid = "a"\nurl = "http://x.example/oai"\nname = "${CHM_TEST_UNSET}"\n'
    problems = problems_of(tmp_path, text)
    assert problems[0].startswith(
        "config.toml: alerts.webhook_url: environment variable CHM_TEST_UNSET is not set"
    )
    assert problems[1].startswith("config.toml: nodes[0].name: environment variable CHM_TEST_UNSET")
    assert len(problems) == 2
    # a default makes it optional
    load_settings(write(tmp_path, '[alerts]\nwebhook_url = "${CHM_TEST_UNSET:-}"\n'))


def test_an_uncreatable_storage_path_is_named(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("not a folder")
    problems = problems_of(tmp_path, '[storage]\npath = "afile/chm.sqlite"\n')
    assert problems == [
        f"config.toml: storage.path: cannot be created: '{tmp_path / 'afile'}' is a file, "
        f"so '{tmp_path / 'afile' / 'chm.sqlite'}' cannot be created"
    ]
    problems = problems_of(tmp_path, '[index]\npath = "afile"\n')
    assert problems == [
        f"config.toml: index.path: cannot be created: '{tmp_path / 'afile'}' exists and is a file"
    ]
    problems = problems_of(tmp_path, '[storage]\npath = "/proc/chm/chm.sqlite"\n')
    assert problems == [
        "config.toml: storage.path: cannot be created: nothing can be created in '/proc' "
        "(No such file or directory)"
    ]
    problems = problems_of(tmp_path, '[storage]\npath = "var\\u0000/chm.sqlite"\n')
    assert problems == ["config.toml: storage.path: cannot be created: the path contains a NUL "
                        "character"]  # fmt: skip
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "config.toml"]  # no probe left


def test_registration_and_matching_values_are_used(tmp_path: Path) -> None:
    from registration.conformance import registration_settings

    text = "[registration]\nregister_per_hour = 3\ntimeout = 100\n[matching]\nincremental = false\n"
    s = load_settings(write(tmp_path, text))
    assert s.registration.register_per_hour == 3 and s.matching.incremental is False
    assert registration_settings(s).timeout == s.harvest.timeout  # never looser than [harvest]


def test_elasticsearch_keys_match_the_backend_options() -> None:
    from dataclasses import asdict

    from core.config import ElasticsearchSettings
    from index.cluster import EsOptions

    assert asdict(ElasticsearchSettings()) == asdict(EsOptions())


SECTION_KEYS = {
    "storage": ["path"],
    "server": ["host", "port"],
    "harvest": ["timeout", "max_retries", "user_agent", "map_workers"],
    "registration": ["sample_size", "trust_forwarded_for"],
    "matching": ["incremental"],
    "scheduler": ["jitter", "stale_factor"],
}
toml_scalars = (
    st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
    | st.lists(st.integers(), max_size=3)
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.dictionaries(
        st.sampled_from(sorted(SECTION_KEYS)),
        st.dictionaries(
            st.sampled_from(
                ["path", "port", "host", "timeout", "incremental", "jitter", "sample_size", "bogus"]
            ),
            toml_scalars,
            max_size=3,
        ),
        max_size=3,
    )
)
def test_any_values_give_settings_or_a_config_error(tmp_path: Path, data: dict) -> None:
    """Whatever the values, start-up gives Settings or ConfigError, never another exception."""
    import json

    lines = []
    for section, keys in data.items():
        lines.append(f"[{section}]")
        lines += [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in keys.items()]
    problems: list[str] = []
    try:
        load_settings(write(tmp_path, "\n".join(lines) + "\n"))
    except ConfigError as exc:
        problems = exc.problems or ["(empty)"]
    assert all("config.toml: " in p for p in problems)
