"""docs/security.md and README.md keep up with the allow-list and the routes."""

from __future__ import annotations

from pathlib import Path

from harvesters.node_options import NODE_OPTIONS, OPERATOR_ONLY
from search_api.app import ROUTER_MODULES

ROOT = Path(__file__).resolve().parents[2]


def test_every_allowed_and_operator_only_option_is_documented() -> None:
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    keys = {k for table in NODE_OPTIONS.values() for k in table} | set(OPERATOR_ONLY)
    missing = sorted(k for k in keys if f"`{k}`" not in text)
    assert missing == [], f"docs/security.md does not list {missing}"


def test_every_route_has_a_rule() -> None:
    """Each route path appears in the route table (path parameters may be named loosely)."""
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    paths = set()
    for module in ROUTER_MODULES:
        for route in module.router.routes:
            paths.add(route.path.split("{")[0].rstrip("/") or "/")
    missing = sorted(p for p in paths if p not in text)
    assert missing == [], f"docs/security.md has no rule for {missing}"


def test_readme_documents_set_secret_and_links_the_threat_model() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "chm nodes set-secret ID" in readme
    assert "(docs/security.md)" in readme
    assert "[harvest.jsonld_contexts]" in readme
