"""Every page in a real browser, in English, French and Spanish, on a desktop and a phone, with
an accessibility check.

Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright against one real uvicorn
server on 127.0.0.1 (the session's ``live_url``). For each language every kind of page (home,
results, record, not found, query error, operators, a run, registration, a conformance
report) is opened, screenshotted into tests/artifacts/ and checked with axe-core: no
``serious`` or ``critical`` violation may remain. axe-core's ``axe.min.js`` comes from the
``axe-playwright-python`` package (a dev dependency, installed by ``make install``): it is
injected into the page from disk, never fetched from the network.

The phone run (390 x 844) checks that the results come before the filters, that the filters
drawer opens and closes without JavaScript, and that "Back to search" returns to the search.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.search_api.conftest import save_screenshot
from tests.search_api.test_browser import ARGS, CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM),
        reason=f"{CHROMIUM} is missing: run `make browser` to install it",
    ),
]

RID = "fr-chm:oai:chm.example.fr:73"
PHONE = {"width": 390, "height": 844}
WORDS = {  # the search box's label: proof the page is in the language asked for
    "en": "Search records",
    "fr": "Rechercher des fiches",
    "es": "Buscar registros",
}


def axe_source() -> str:
    """axe-core's axe.min.js as shipped inside the axe-playwright-python package."""
    spec = importlib.util.find_spec("axe_playwright_python")
    assert spec is not None and spec.origin, "pip install axe-playwright-python (make install)"
    return (Path(spec.origin).parent / "axe.min.js").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def desktop(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def shot(page: Any, name: str) -> None:
    save_screenshot(page, f"pages-{name}")


def serious_violations(page: Any, axe: str) -> list[str]:
    """axe-core's serious and critical violations on the page, one line each."""
    page.add_script_tag(content=axe)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
        if v.get("impact") in ("serious", "critical")
    ]


@pytest.fixture(scope="module")
def paths(live_url: str) -> dict[str, str]:
    import httpx

    run = httpx.get(live_url + "/api/status").json()["nodes"][0]["last_run"]["id"]
    return {
        "home": "/",
        "results": "/?q=pesticides",
        "record": f"/records/{RID}",
        "not-found": "/no/such/page",
        "query-error": "/?q=%22unbalanced",
        "operators": "/operators",
        "run": f"/operators/runs/{run}",
        "register": "/register",
        "needs": "/needs",
        "countries": "/countries",
        "country": "/countries/SN",
        "duplicates": "/operators/duplicates",
        "node-key": "/node",
    }


@pytest.fixture(scope="module")
def node_key(app: Any) -> str:
    """An API key of gb-chm (a config.toml node) for its own page."""
    from registration.registry import Actor

    return str(app.state.ctx.registry.rotate_key("gb-chm", Actor("operator", "browser test")))


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_every_page_in_each_language_is_accessible(
    desktop: Any, live_url: str, paths: dict[str, str], node_key: str, lang: str
) -> None:
    from tests.search_api.test_i18n_pages import english_leaks

    axe = axe_source()
    found: dict[str, list[str]] = {}
    english: dict[str, list[str]] = {}
    for name, path in paths.items():
        sep = "&" if "?" in path else "?"
        desktop.goto(f"{live_url}{path}{sep}lang={lang}")
        assert desktop.locator("html").get_attribute("lang") == lang, name
        assert desktop.locator("header.site nav.sections a").count() == 3, name  # one layout
        assert desktop.locator("link[rel=stylesheet]").count() == 1, name
        shot(desktop, f"{lang}-{name}")
        found[name] = serious_violations(desktop, axe)
        if lang != "en":  # the page as drawn (scripts run): no English interface text
            english[name] = english_leaks(desktop.content(), lang)
    # the node's own page: its API key in the form
    desktop.goto(f"{live_url}/node?lang={lang}")
    desktop.fill("input[name=key]", node_key)
    desktop.locator("main form button").click()
    desktop.wait_for_selector("#h-report")
    assert desktop.locator("html").get_attribute("lang") == lang
    shot(desktop, f"{lang}-node")
    found["node"] = serious_violations(desktop, axe)
    if lang != "en":
        english["node"] = english_leaks(desktop.content(), lang)
    # the conformance report: "Check only" on the form, against an address that refuses
    desktop.goto(f"{live_url}/register?lang={lang}")
    desktop.fill("#id", "browser-node")
    desktop.fill("#url", "http://127.0.0.1:9/oai")
    desktop.locator("button[value=validate]").click()
    desktop.wait_for_selector("table.grid")
    assert desktop.locator("html").get_attribute("lang") == lang
    shot(desktop, f"{lang}-report")
    found["report"] = serious_violations(desktop, axe)
    if lang != "en":
        english["report"] = english_leaks(desktop.content(), lang)
    desktop.goto(f"{live_url}/?lang={lang}")
    assert desktop.locator("label[for=q]").inner_text() == WORDS[lang]
    assert {k: v for k, v in found.items() if v} == {}
    assert {k: v for k, v in english.items() if v} == {}


def test_phone_results_first_filters_in_a_drawer_without_javascript(
    browser: Any, live_url: str
) -> None:
    context = browser.new_context(viewport=PHONE, java_script_enabled=False, is_mobile=True)
    page = context.new_page()
    try:
        page.goto(live_url + "/?q=pesticides&lang=en")
        first_hit = page.locator("ol.hits li.hit").first.bounding_box()
        assert first_hit is not None and first_hit["y"] < PHONE["height"]  # on the first screen
        assert not page.locator("aside#filters").is_visible()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"]  # nothing wider than the phone
        shot(page, "phone-results")
        page.locator("a.filters-toggle").click()
        drawer = page.locator("aside#filters")
        assert drawer.is_visible()
        box = drawer.bounding_box()
        assert box is not None and box["width"] <= PHONE["width"]
        shot(page, "phone-filters")
        page.locator("section.facet", has=page.locator("h3", has_text="Record type")).locator(
            "a", has_text="Project").first.click()  # fmt: skip
        page.wait_for_url("**type=project**")
        assert not page.locator("aside#filters").is_visible()  # back on the results
        assert page.locator(".chip").count() == 1
        # the year chart's axis labels are text, not squeezed into the stretched drawing
        assert page.locator("svg.years text").count() == 0
        # back to search keeps the query, the filter and the page
        page.goto(live_url + "/?q=pesticides&page=2&lang=en")
        page.locator("ol.hits h2 a").first.click()
        page.wait_for_url("**/records/**")
        shot(page, "phone-record")
        page.locator("p.crumbs a").click()
        page.wait_for_url("**q=pesticides**")
        assert "page=2" in page.url
        assert page.locator("#q").input_value() == "pesticides"
    finally:
        context.close()


def test_phone_pages_are_accessible(browser: Any, live_url: str) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    axe = axe_source()
    try:
        page.goto(live_url + "/?q=pesticides&lang=fr#filters")
        assert page.locator("aside#filters").is_visible()
        shot(page, "phone-fr-filters")
        assert serious_violations(page, axe) == []
        page.goto(live_url + "/operators?lang=es")
        shot(page, "phone-es-operators")
        assert serious_violations(page, axe) == []
    finally:
        context.close()


def test_api_documentation_shows_with_no_internet(browser: Any, live_url: str) -> None:
    # every request that leaves this server is refused: Swagger UI must still draw the API
    context = browser.new_context()
    outside: list[str] = []

    def only_here(route: Any) -> None:
        if route.request.url.startswith(live_url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_here)
    page = context.new_page()
    try:
        page.goto(live_url + "/docs")
        page.wait_for_selector(".swagger-ui .opblock", timeout=30_000)
        assert page.locator(".swagger-ui .opblock").count() > 10
        assert page.locator(".swagger-ui .info .title").inner_text().startswith("chm")
        shot(page, "docs-offline")
        assert outside == []
    finally:
        context.close()
