"""Loading and checking real third-party SKOS files: clear errors, never a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.vocabulary.helpers import SKOS_FIXTURES
from vocabulary import loader
from vocabulary.check import check_vocabulary
from vocabulary.loader import load_vocabulary
from vocabulary.model import PROJECT_THESAURUS, VocabularyError

ROOT = Path(__file__).resolve().parents[2]
ALL_FIXTURES = sorted(p for p in SKOS_FIXTURES.glob("*/*") if p.is_file())


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_fixture_loads_or_gives_a_clear_error(path: Path, tmp_path: Path):
    try:
        vocab = load_vocabulary([path], cache_dir=tmp_path)
    except VocabularyError as exc:
        message = str(exc)
    else:
        message = ""
    if message:
        assert str(path) in message
        assert "no SKOS concepts" in message or "cannot be read" in message
        return
    assert len(vocab) > 0
    for uri in list(vocab.concepts)[:50]:  # the API paths must not crash on odd data
        vocab.label(uri, "en")
        vocab.narrower_closure(uri)
        vocab.broader_closure(uri)


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_fixture_checks_without_crashing(path: Path):
    problems = check_vocabulary([path])
    assert all(p.severity in ("error", "warning") and p.file == str(path) for p in problems)


def _codes(rel: str) -> set[str]:
    return {p.code for p in check_vocabulary([SKOS_FIXTURES / rel])}


@pytest.mark.parametrize(
    ("rel", "code"),
    [
        ("qskos-tests/cycles.rdf", "broader-cycle"),
        ("skosmos-tests/cycle.ttl", "broader-cycle"),
        ("skosmos-tests/nolang.ttl", "label-without-language"),
        ("qskos-tests/languageTags.rdf", "invalid-language-tag"),
        ("qskos-tests/emptyLabels.rdf", "empty-label"),
        ("qskos-tests/missingLabels.rdf", "missing-preflabel"),
        ("qskos-tests/relationClashes.rdf", "related-clash"),
        ("qskos-tests/relationClashes.rdf", "broken-reference"),
        ("qskos-tests/omittedInverseRelations.rdf", "broken-reference"),
        ("skosify-examples/milk.in.ttl", "missing-inverse"),
        ("skosify-examples/milk.in.ttl", "orphan-concept"),
        ("skosmos-tests/dup.ttl", "ambiguous-preflabel"),
        ("qskos-tests/ambiguousLabels.rdf", "duplicate-preflabel"),
        ("qskos-tests/overlappingLabels.rdf", "overlapping-label"),
        ("qskos-tests/labelsWithUnprintableCharacters.rdf", "unprintable-label"),
        ("qskos-tests/topConceptsHavingBroaderConcept.rdf", "top-concept-has-broader"),
        ("qskos-tests/nocontent.rdf", "no-concepts"),
        ("skosify-examples/dctype.in.rdf", "no-concepts"),
    ],
)
def test_check_finds_the_problem_each_fixture_is_made_for(rel: str, code: str):
    assert code in _codes(rel)


def test_cycle_report_names_the_members():
    cycles = [
        p
        for p in check_vocabulary([SKOS_FIXTURES / "qskos-tests/cycles.rdf"])
        if p.code == "broader-cycle"
    ]
    assert any("conceptA" in p.message and "conceptC" in p.message for p in cycles)


def test_required_languages_apply_to_project_concepts_only(tmp_path: Path):
    f = tmp_path / "mini.ttl"
    f.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<https://vocab.chm.example.org/topic/x> a skos:Concept ; skos:prefLabel "x"@en .\n'
        '<http://example.org/y> a skos:Concept ; skos:prefLabel "y"@en .\n',
        encoding="utf-8",
    )
    missing = [p for p in check_vocabulary([f]) if p.code == "missing-language"]
    assert {p.concept for p in missing} == {"https://vocab.chm.example.org/topic/x"}
    ext = check_vocabulary([f], external_required_langs=("de",))
    assert any(p.concept == "http://example.org/y" and "'de'" in p.message for p in ext)


def test_skosxl_labels_count_as_labels():
    vocab = load_vocabulary([SKOS_FIXTURES / "qskos-tests/skosxl.rdf"], cache=False)
    assert vocab.lookup("love")
    assert vocab.lookup("anderes Konzept")
    assert "missing-preflabel" not in _codes("qskos-tests/skosxl.rdf")


def test_parse_error_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\n<a> skos:x <b\n")
    with pytest.raises(VocabularyError) as info:
        load_vocabulary([bad], cache=False)
    assert str(bad) in str(info.value)
    assert info.value.line == 3
    assert [p.code for p in check_vocabulary([bad])] == ["parse-error"]


def test_missing_and_empty_files_are_clear_errors(tmp_path: Path):
    with pytest.raises(VocabularyError, match="not found"):
        load_vocabulary([tmp_path / "nope.ttl"], cache=False)
    empty = tmp_path / "empty.ttl"
    empty.write_text("")
    with pytest.raises(VocabularyError, match="no SKOS concepts"):
        load_vocabulary([empty], cache=False)


def test_disk_cache_avoids_reparsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    first = load_vocabulary([PROJECT_THESAURUS], cache_dir=tmp_path)
    assert list(tmp_path.glob("vocab-*.pickle"))

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again despite the cache")

    monkeypatch.setattr(loader, "parse_graph", boom)
    second = load_vocabulary([PROJECT_THESAURUS], cache_dir=tmp_path)
    assert second.lookup("mercure") == first.lookup("mercure") != []
    # the enrichment matcher comes with its word tables built (no process builds them again)
    assert set(second._infer.__dict__["_compiled"].words) == {"en", "fr", "es"}
    text = "Gestion des déchets dangereux et des pesticides"
    assert second.infer_mentions(text, "fr") == first.infer_mentions(text, "fr") != {}


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated (a crash while copying)
        lambda b: b"\x80\x05garbage" + b[40:],  # corrupted
        lambda b: b"",  # empty
        lambda b: b"not a pickle at all",
    ],
    ids=["truncated", "corrupted", "empty", "text"],
)
def test_a_broken_cache_is_ignored_and_rebuilt(tmp_path: Path, damage: object) -> None:
    first = load_vocabulary([PROJECT_THESAURUS], cache_dir=tmp_path)
    (cached,) = tmp_path.glob("vocab-*.pickle")
    cached.write_bytes(damage(cached.read_bytes()))  # type: ignore[operator]
    again = load_vocabulary([PROJECT_THESAURUS], cache_dir=tmp_path)
    assert again.lookup("mercure") == first.lookup("mercure") != []
    assert len(again.concepts) == len(first.concepts)
    assert loader._read_cache(cached) is not None  # rewritten whole
    assert not list(tmp_path.glob("*.tmp"))


def test_cache_key_follows_the_files_bytes_not_their_dates(tmp_path: Path) -> None:
    src = tmp_path / "t.ttl"
    src.write_bytes(PROJECT_THESAURUS.read_bytes())
    key = loader.cache_key([src])
    os.utime(src, (1_000_000, 1_000_000))  # a checkout or copy changes only the date
    assert loader.cache_key([src]) == key
    src.write_bytes(PROJECT_THESAURUS.read_bytes() + b"\n# edited\n")
    assert loader.cache_key([src]) != key


def test_cache_key_names_the_code_this_process_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Modules replaced on disk under a running process (a checkout while a server runs)
    must not give its pickle, built by the old code, the new code's key."""
    src = tmp_path / "t.ttl"
    src.write_bytes(PROJECT_THESAURUS.read_bytes())
    key = loader.cache_key([src])
    real = loader._digest

    def replaced(path: Path) -> str:  # every module of the package now differs on disk
        return "new code" if path.suffix == ".py" else real(path)

    monkeypatch.setattr(loader, "_digest", replaced)
    assert loader.cache_key([src]) == key
    assert loader.code_parts() != loader._CODE_PARTS  # what a new process would key by


def test_a_cached_load_does_not_import_rdflib(tmp_path: Path) -> None:
    load_vocabulary([PROJECT_THESAURUS], cache_dir=tmp_path)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from vocabulary.loader import load_vocabulary\n"
        "from vocabulary.model import PROJECT_THESAURUS\n"
        f"v = load_vocabulary([PROJECT_THESAURUS], cache_dir=Path({str(tmp_path)!r}))\n"
        "assert v.lookup('mercure'), 'empty vocabulary'\n"
        "print('rdflib' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "False", out.stderr


def test_external_vocabulary_adds_concepts(tmp_path: Path):
    vocab = load_vocabulary(
        [PROJECT_THESAURUS, SKOS_FIXTURES / "geonetwork-gemet/inspire-theme.rdf"], cache=False
    )
    assert vocab.lookup("Protected sites") == [
        "http://rdfdata.eionet.europa.eu/inspirethemes/themes/9"
    ]
    assert vocab.lookup("mercury")


def test_largest_fixture_loads_and_resolves(tmp_path: Path):
    # load time is measured by bench/bench_vocab.py, not asserted here
    vocab = load_vocabulary([SKOS_FIXTURES / "qskos-tests/stw.rdf"], cache_dir=tmp_path)
    assert len(vocab) >= 1000
    label = next(c.pref["en"] for c in vocab.concepts.values() if "en" in c.pref)
    assert vocab.lookup(label.upper())


def test_a_concept_described_twice_is_a_duplicate_definition_warning(tmp_path: Path):
    f = tmp_path / "twice.ttl"
    head = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    block = (
        '<https://vocab.chm.example.org/topic/x> a skos:Concept ; skos:prefLabel "x"@en ;'
        ' skos:prefLabel "x"@fr ; skos:prefLabel "x"@es ; skos:definition "{d}"@en .\n'
    )
    f.write_text(head + block.format(d="One.") + block.format(d="One."), encoding="utf-8")
    assert "duplicate-definition" not in {p.code for p in check_vocabulary([f])}
    f.write_text(head + block.format(d="One.") + block.format(d="Two."), encoding="utf-8")
    found = [p for p in check_vocabulary([f]) if p.code == "duplicate-definition"]
    assert [(p.severity, p.concept) for p in found] == [
        ("warning", "https://vocab.chm.example.org/topic/x")
    ]
    assert "'en'" in found[0].message


def test_a_kind_listed_in_the_definition_as_an_altlabel_is_a_member_as_synonym_warning(
    tmp_path: Path,
):
    f = tmp_path / "members.ttl"
    head = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    concept = (
        '<https://vocab.chm.example.org/topic/{id}> a skos:Concept ; skos:prefLabel "{id}"@en ;'
        ' skos:prefLabel "{id}"@fr ; skos:prefLabel "{id}"@es {more} .\n'
    )
    wood = concept.format(
        id="wood",
        more='; skos:altLabel "treated wood"@en ; skos:altLabel "créosote"@fr ;'
        ' skos:definition "Biocides for wood (pcp, creosote, arsenate)."@en ;'
        " skos:narrower <https://vocab.chm.example.org/topic/pcp>",
    )
    pcp = concept.format(id="pcp", more="; skos:broader <https://vocab.chm.example.org/topic/wood>")
    f.write_text(head + wood + pcp, encoding="utf-8")
    found = [p for p in check_vocabulary([f]) if p.code == "member-as-synonym"]
    # the French label folds to a kind the English definition lists; "treated wood" is none
    assert [(p.severity, p.concept) for p in found] == [
        ("warning", "https://vocab.chm.example.org/topic/wood")
    ]
    assert "'créosote'" in found[0].message
    # two kinds, neither a narrower concept: a synonym's gloss (rosewoods, palisanders)
    f.write_text(
        head
        + concept.format(
            id="rosewood",
            more='; skos:altLabel "palisanders"@en ;'
            ' skos:definition "Dalbergia trees (rosewoods, palisanders)."@en',
        ),
        encoding="utf-8",
    )
    assert "member-as-synonym" not in {p.code for p in check_vocabulary([f])}


def test_the_project_thesaurus_lists_no_member_as_a_synonym():
    from vocabulary.resolver import PROJECT_THESAURUS

    assert not [p for p in check_vocabulary([PROJECT_THESAURUS]) if p.code == "member-as-synonym"]
