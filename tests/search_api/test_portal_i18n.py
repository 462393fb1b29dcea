"""Every string the portal's pages use exists in English, French and Spanish (no fallback)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from search_api import i18n

TEMPLATES = Path(i18n.__file__).parent / "templates"
PORTAL_TEMPLATES = ("home.html", "node.html", "node_key.html", "operators_message.html")
SAME_WORD = {"node_contact"}  # "Contact" is French too
SOURCES = ("portal.py", "node_page.py", "operators.py")


def _keys(text: str) -> set[str]:
    return set(re.findall(r"""\bt\(\s*['"]([a-z_]+)['"]""", text))


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_portal_strings_are_translated(lang: str) -> None:
    en = i18n.PORTAL_STRINGS["en"]
    assert set(i18n.PORTAL_STRINGS[lang]) == set(en)
    same = [k for k, v in i18n.PORTAL_STRINGS[lang].items() if v == en[k] and k not in SAME_WORD]
    assert same == [], f"{lang} repeats the English of {same}"


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_every_key_the_new_pages_use_is_in_each_language(lang: str) -> None:
    used: set[str] = set()
    for name in PORTAL_TEMPLATES:
        used |= _keys((TEMPLATES / name).read_text(encoding="utf-8"))
    for name in SOURCES:
        source = (TEMPLATES.parent / name).read_text(encoding="utf-8")
        used |= _keys(source) | set(re.findall(r'\(\s*"([a-z_]+)"\s*\)', source)) & set(
            i18n.STRINGS["en"]
        )
    used |= {f"health_{s}" for s in ("healthy", "degraded", "failing", "stale", "quarantined",
                                     "pending", "misconfigured")}  # fmt: skip
    used |= {f"run_{s}" for s in ("queued", "running", "success", "partial", "failed", "aborted",
                                  "skipped")}  # fmt: skip
    # t('check_' ~ c.status), t('node_' ~ status): every value the code can give
    dynamic = {
        "check_": ("pass", "warn", "fail", "skip"),
        "node_": ("active", "pending", "disabled"),
    }
    for prefix, values in dynamic.items():
        assert prefix in used  # the pages still build these keys
        used = (used - {prefix}) | {prefix + v for v in values}
    missing = sorted(k for k in used if k not in i18n.STRINGS[lang])
    assert used and missing == []
