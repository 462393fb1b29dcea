"""Search helpers for the API, and the ``chm vocab`` commands run end to end."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from cli.main import main
from tests.vocabulary.helpers import SKOS_FIXTURES, T
from vocabulary.gaps import GapCounter
from vocabulary.model import PROJECT_THESAURUS
from vocabulary.search import QueryExpander, concept_tree_facet, expand_concept_filter, facet_labels


def test_expand_concept_filter_includes_narrower(vocab):
    out = expand_concept_filter(vocab, ["topic/pops"])
    assert out[0] == T + "pops"
    assert {T + "ddt", T + "pcbs", T + "pcb-equipment"} <= set(out)
    assert T + "mercury" not in out
    assert len(out) == len(set(out))


def test_query_word_means_its_concept_across_languages(vocab):
    concepts = dict(QueryExpander(vocab).alternatives("plaguicidas"))["concept"]
    assert T + "pesticides" in concepts
    assert T + "hhps" in concepts


def test_facet_labels_with_fallback(vocab):
    labels = facet_labels(vocab, [T + "mercury", "project", "https://x.org/unknown"], "es")
    assert labels == {
        T + "mercury": "mercurio",
        "project": "proyecto",
        "https://x.org/unknown": "https://x.org/unknown",
    }


def test_concept_tree_facet(vocab):
    tree = concept_tree_facet(vocab, [(T + "ddt", 5), (T + "pcbs", 2), (T + "mercury", 7)], "fr")
    assert [n["uri"] for n in tree] == [T + "chemicals-waste"]
    chem = tree[0]
    assert chem["count"] == 0
    assert chem["label"] == "gestion des produits chimiques et des déchets"
    # DDT is an insecticide and a POP, mercury a branch of its own and a heavy metal: each
    # shows under both
    assert [k["uri"] for k in chem["children"]] == [
        T + "mercury",
        T + "pesticides",
        T + "pops",
        T + "industrial-chemicals",
    ]
    metals = chem["children"][3]["children"][0]
    assert [(k["label"], k["count"]) for k in metals["children"]] == [("mercure", 7)]
    pops = chem["children"][2]
    assert [(k["label"], k["count"]) for k in pops["children"]] == [
        ("DDT", 5),
        ("polychlorobiphényles", 2),
    ]
    insecticides = chem["children"][1]["children"][0]
    assert [(k["label"], k["count"]) for k in insecticides["children"]] == [("DDT", 5)]


@pytest.fixture
def config(tmp_path: Path) -> Path:
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'[storage]\npath = "{tmp_path / "chm.sqlite"}"\n'
        f'[vocabulary]\nfiles = ["{PROJECT_THESAURUS}"]\n',
        encoding="utf-8",
    )
    return cfg


def test_cli_check_ok_and_errors(config: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["vocab", "check", "--config", str(config)]) == 0
    assert "0 error(s)" in capsys.readouterr().out
    rc = main(["vocab", "check", str(SKOS_FIXTURES / "skosmos-tests/cycle.ttl"), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert rc == 1
    assert data["errors"] == 2
    assert {p["code"] for p in data["problems"]} == {"broader-cycle"}


def test_cli_check_unparseable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    bad = tmp_path / "bad.rdf"
    bad.write_text("<rdf:RDF oops")
    assert main(["vocab", "check", str(bad)]) == 1
    assert "parse-error" in capsys.readouterr().out


def test_cli_lookup(config: Path, capsys: pytest.CaptureFixture[str], monkeypatch):
    monkeypatch.setenv("CHM_VOCAB_CACHE", str(config.parent / "cache"))
    assert main(["vocab", "lookup", "POPs; mercure", "--config", str(config), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["uri"] for c in data["concepts"]] == [T + "pops", T + "mercury"]
    assert main(["vocab", "lookup", "mercur", "--config", str(config)]) == 1
    assert "did you mean: mercury" in capsys.readouterr().out


def test_cli_gaps(config: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["vocab", "gaps", "--config", str(config)]) == 0
    assert "no vocabulary gaps" in capsys.readouterr().out
    gaps = GapCounter()
    gaps.add("sn-chm", "Quantum widgets")
    gaps.add("sn-chm", "quantum widgets")
    conn = sqlite3.connect(config.parent / "chm.sqlite")
    gaps.flush(conn)
    conn.commit()
    conn.close()
    assert main(["vocab", "gaps", "--config", str(config), "--node", "sn-chm", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [{k: g[k] for k in ("node_id", "term", "count", "kind")} for g in data["gaps"]] == [
        {"node_id": "sn-chm", "term": "quantum widgets", "count": 2, "kind": "unmapped"}
    ]
    assert "thesaurus" in data["gaps"][0]["fix"]


def test_cli_type_gaps_with_the_fix(config: Path, capsys: pytest.CaptureFixture[str]):
    gaps = GapCounter()
    gaps.add("sn-chm", "Fiche zorblat", "type")
    gaps.add("sn-chm", "quantum widgets")
    conn = sqlite3.connect(config.parent / "chm.sqlite")
    gaps.flush(conn)
    conn.commit()
    conn.close()
    assert main(["vocab", "gaps", "--config", str(config), "--kind", "type"]) == 0
    out = capsys.readouterr().out
    assert "fiche zorblat" in out and "quantum widgets" not in out
    assert "what to do:" in out and "record-type scheme" in out
