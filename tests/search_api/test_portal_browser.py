"""The home's world map in a real browser with JavaScript turned off: a country is a link to
the search filtered by it. Headless Chromium (Debian's) via Playwright, real uvicorn."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from tests.search_api.conftest import save_screenshot
from tests.search_api.test_browser import ARGS, CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is missing"),
]


@pytest.fixture
def no_js_page() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(
            viewport={"width": 1280, "height": 900}, locale="fr-FR", java_script_enabled=False
        )
        yield context.new_page()
        browser.close()


def test_map_country_click_without_javascript(no_js_page: Any, live_url: str) -> None:
    page = no_js_page
    page.goto(live_url + "/")
    assert page.locator("html").get_attribute("lang") == "fr"
    countries = page.locator("svg.worldmap a")
    assert countries.count() > 3
    target = page.locator('svg.worldmap a[href="/?country=SN"]')
    label = target.get_attribute("aria-label") or ""
    assert label.startswith("Sénégal")
    save_screenshot(page, "web-home-fr", full_page=True)
    target.locator("path").click(force=True)  # a click on the country's shape follows its link
    page.wait_for_url("**/?country=SN")
    chips = page.locator(".chip")
    assert chips.count() == 1 and "Sénégal" in chips.inner_text()
    assert page.locator("svg.worldmap").count() == 1  # the map is beside the results too
