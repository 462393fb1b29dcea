"""Browser tests: headless Chromium (Debian's /usr/bin/chromium) driven by Playwright against
a real uvicorn server on 127.0.0.1. Screenshots are kept in tests/artifacts/.

Search, apply and remove a facet, page, switch language, open a record, export, suggestions,
keyboard focus, and the offline HTML export opened from a file:// URL with no network.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.search_api.conftest import save_screenshot

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM),
        reason=f"{CHROMIUM} is missing: run `make browser` to install it",
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB",
                                  accept_downloads=True)  # fmt: skip
    pg = context.new_page()
    yield pg
    context.close()


def shot(page: Any, name: str) -> None:
    save_screenshot(page, f"web-{name}")


def count(page: Any) -> int:
    text = page.locator("h1.count").inner_text()
    return int("".join(ch for ch in text if ch.isdigit()))


def test_search_facet_page_language_record(page: Any, live_url: str) -> None:
    page.goto(live_url + "/?q=")  # the whole collection (a bare / is the home)
    everything = count(page)
    page.fill("#q", "pesticides")
    page.press("#q", "Enter")
    page.wait_for_url("**/?q=pesticides**")
    matching = count(page)
    assert 0 < matching < everything
    assert page.locator("ol.hits mark").count() > 0
    shot(page, "1-search")
    # apply a facet, then remove it with its chip
    page.locator("section.facet", has=page.locator("h3", has_text="Record type")).locator(
        "a", has_text="Project").first.click()  # fmt: skip
    page.wait_for_url("**type=project**")
    assert count(page) < matching
    assert page.locator(".chip").count() == 1
    shot(page, "2-facet")
    page.locator(".chip a").click()
    page.wait_for_load_state()
    assert count(page) == matching and page.locator(".chip").count() == 0
    # page through all results
    page.goto(live_url + "/?q=")
    page.locator("nav.pager a[rel=next]").click()
    page.wait_for_url("**page=2**")
    assert page.locator("nav.pager a[aria-current=page]").inner_text() == "2"
    # switch language, remembered on the next page
    page.locator("nav.langs a", has_text="Français").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "fr"
    page.goto(live_url + "/?q=mercure")
    assert page.locator("label[for=q]").inner_text() == "Rechercher des fiches"
    shot(page, "3-french")
    # open a record
    page.locator("ol.hits h2 a").first.click()
    page.wait_for_url("**/records/**")
    assert page.locator("dl.fields").count() == 1
    assert page.locator("a.button").get_attribute("href").startswith("https://")
    shot(page, "4-record")


def test_export_download(page: Any, live_url: str, tmp_path: Path) -> None:
    page.goto(live_url + "/?country=SN")
    expected = count(page)
    with page.expect_download() as info:
        page.locator("p.exports a", has_text="CSV").first.click()
    path = tmp_path / "export.csv"
    info.value.save_as(path)
    lines = path.read_text(encoding="utf-8").strip().splitlines()
    assert len(lines) - 1 == expected


def test_suggestions_and_keyboard(page: Any, live_url: str) -> None:
    page.goto(live_url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.locator("#q").click()
    page.keyboard.type("mercu")
    page.wait_for_selector("#q-suggest [role=option]")
    assert page.locator("#q").get_attribute("aria-expanded") == "true"
    shot(page, "5-suggest")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url("**concept=**")
    assert page.locator(".chip").count() == 1


def test_escape_closes_the_suggestions_and_keeps_the_text(page: Any, live_url: str) -> None:
    # found from outside: Escape closed the list and the search box's own Escape emptied it
    page.goto(live_url + "/?q=mercury")
    page.locator("#q").fill("")
    page.locator("#q").click()
    page.keyboard.type("pestic")
    page.wait_for_selector("#q-suggest [role=option]")
    page.keyboard.press("Escape")
    assert page.locator("#q-suggest").is_hidden()
    assert page.locator("#q").input_value() == "pestic"
    assert page.locator("#q").get_attribute("aria-expanded") == "false"


def query_of(page: Any) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl, urlsplit

    return parse_qsl(urlsplit(page.url).query, keep_blank_values=True)


def test_a_suggestion_adds_its_topic_to_the_search_on_the_page(page: Any, live_url: str) -> None:
    page.goto(live_url + "/?q=poissons&country=MX&sort=-date&page=2")
    page.fill("#q", "merc")
    page.wait_for_selector("#q-suggest [role=option]")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url("**concept=**")
    mercury = "https://vocab.chm.example.org/topic/mercury"
    assert query_of(page) == [
        ("q", "poissons"), ("country", "MX"), ("sort", "-date"), ("concept", mercury),
    ]  # fmt: skip
    assert page.locator(".chip").count() == 2  # the country and the topic
    assert page.locator("#q").input_value() == "poissons"


def test_sort_by_from_the_keyboard_reaches_every_option(page: Any, live_url: str) -> None:
    page.goto(live_url + "/?q=mercure")
    page.evaluate("window.stayed = true")
    page.focus("#sort")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")  # Chromium fires "change" at each arrow on a closed select
    page.wait_for_timeout(500)
    assert page.evaluate("window.stayed === true"), "an arrow key reloaded the page"
    assert page.locator("#sort").input_value() == "date"  # "Oldest first", reached
    page.keyboard.press("Enter")  # applies it
    page.wait_for_url("**sort=date**")
    assert query_of(page) == [("q", "mercure"), ("sort", "date")]  # no empty year_from= …
    # with a pointer, choosing applies at once
    page.evaluate("window.stayed = true")
    page.locator("#sort").dispatch_event("pointerdown")
    page.select_option("#sort", "-date")
    page.wait_for_url("**sort=-date**")
    assert query_of(page) == [("q", "mercure"), ("sort", "-date")]


def test_the_search_form_leaves_empty_fields_out_of_the_url(page: Any, live_url: str) -> None:
    page.goto(live_url + "/?q=mercure&country=SN")
    page.fill("#year_from", "2010")
    page.locator("button", has_text="Apply").click()
    page.wait_for_url("**year_from=2010**")
    assert query_of(page) == [("q", "mercure"), ("country", "SN"), ("sort", "relevance"),
                              ("year_from", "2010")]  # fmt: skip
    page.fill("#q", "")
    page.press("#q", "Enter")  # an empty query stays: "/?q=" lists everything
    page.wait_for_url("**/?q=&**")
    assert query_of(page)[0] == ("q", "")


def test_sort_and_apply_without_javascript(browser: Any, live_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    try:
        pg = context.new_page()
        pg.goto(live_url + "/?q=mercure&country=SN")
        pg.select_option("#sort", "date")
        pg.locator("button", has_text="Apply").click()
        pg.wait_for_url("**sort=date**")
        assert ("country", "SN") in query_of(pg) and count(pg) > 0
        assert pg.locator("#sort").input_value() == "date"
    finally:
        context.close()


def test_offline_copy_filters_without_network(page: Any, web_ctx: Any, tmp_path: Path) -> None:
    from cli.main import main

    out = tmp_path / "usb" / "chm.html"
    assert main(["--config", str(web_ctx.settings.path), "export", "--format", "html",
                 "--out", str(out)]) == 0  # fmt: skip
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(out.as_uri())
    total = page.locator("ol#list > li").count()
    assert total == 100  # first screenful of 260
    page.select_option("#f-country", "SN")
    senegal = page.locator("ol#list > li").count()
    assert 0 < senegal < 100
    page.select_option("#f-type", "project")
    assert page.locator("ol#list > li").count() <= senegal
    shot(page, "6-offline")
    assert all(u.startswith("file://") for u in requests)


class FlakyPage:
    """Stands in for a Playwright page whose compositor refuses ``fails`` screenshots first
    (the refusal cannot be provoked on demand in a real browser: it needs busy cores)."""

    def __init__(self, fails: int) -> None:
        self.fails = fails
        self.calls = 0

    def screenshot(self, path: str, full_page: bool) -> None:
        from playwright.sync_api import Error

        self.calls += 1
        if self.calls <= self.fails:
            raise Error("Page.screenshot: Protocol error: Unable to capture screenshot")
        Path(path).write_bytes(b"png")


@pytest.mark.parametrize(("fails", "calls", "kept"), [(0, 1, True), (2, 3, True), (5, 3, False)])
def test_a_refused_screenshot_is_retried_and_never_fails_the_test(
    fails: int, calls: int, kept: bool
) -> None:
    from tests.search_api.conftest import ARTIFACTS

    name = f"retry-check-{fails}"
    for leftover in (ARTIFACTS / f"{name}.png", ARTIFACTS / f"{name}.txt"):
        leftover.unlink(missing_ok=True)
    page = FlakyPage(fails)
    save_screenshot(page, name)
    assert page.calls == calls
    assert (ARTIFACTS / f"{name}.png").exists() == kept
    assert (ARTIFACTS / f"{name}.txt").exists() != kept
    if not kept:
        assert "Unable to capture" in (ARTIFACTS / f"{name}.txt").read_text(encoding="utf-8")
    for leftover in (ARTIFACTS / f"{name}.png", ARTIFACTS / f"{name}.txt"):
        leftover.unlink(missing_ok=True)
