"""Every page in English, French and Spanish, with nothing left untranslated.

Three nets, each of which fails on a new English-only string:

1. the templates hold no words of their own: once the ``{{ … }}`` / ``{% … %}`` parts,
   tags, scripts and styles are taken out, only punctuation and a short list of names that
   are the same in every language (CSV, JSON, OAI-PMH…) may remain, in the text and in the
   visible attributes (``placeholder``, ``title``, ``aria-label``, ``alt``);
2. the catalogue is complete: every key a template or the page code asks for (including the
   ``'health_' ~ state`` kind, for every value the code can produce) exists in all three
   languages, non-empty, with the same ``{placeholders}``;
3. every page rendered in French and Spanish shows no text node that is an English interface
   string (whose translation differs).
"""

from __future__ import annotations

import ast
import html
import re
import warnings
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from core.config import NODE_MESSAGES
from core.triggers import SCHEDULE_MESSAGES
from ops.health import STATES
from registration.conformance import CHECK_HINTS, CHECK_MESSAGES, CHECK_STATUSES
from registration.registry import REGISTRY_MESSAGES
from search_api import i18n
from search_api.countries import COLUMNS
from search_api.registration import REGISTRATION_MESSAGES
from store.assistance import STATES as NEED_STATES

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "search_api" / "templates"
CODE = [*sorted((ROOT / "search_api").glob("*.py")), ROOT / "cli" / "export.py"]
RID = "fr-chm:oai:chm.example.fr:73"
HTML = {"Accept": "text/html"}

SAME_EVERYWHERE = {
    "CSV", "JSON", "JSON Lines", "Atom", "OAI-PMH", "DCAT", "JSON-LD", "Dublin Core XML",
    "Authorization: Bearer <key>", "English", "Français", "Español", "https://example.org/oai",
    "oai_dc",
}  # fmt: skip
"""Names shown as they are in every language (formats, protocols, the languages' own names)."""

DYNAMIC_KEYS: dict[str, set[str]] = {
    "health_": set(STATES),
    "run_": {"success", "partial", "failed", "aborted", "running", "skipped"},
    "outcome_": {
        "running", "changed", "not-modified", "invalid-records", "unreachable",
        "invalid-response", "protocol-error", "configuration", "aborted", "interrupted",
        "skipped", "failed", "busy", "success", "partial",
    },
    "check_": set(CHECK_STATUSES),
    "dup_rule_": {"allow", "block"},
    "node_": {"active", "pending", "disabled"},
    "note_": {"active", "pending"},
    "stage_": {"harvest", "map", "warning"},
    "trigger_": {"manual", "schedule"},
    "facet_": {"type", "country", "region", "language", "concept", "node", "year"},
    "status_": {"completed", "ongoing", "planned"},
    "state_": {*NEED_STATES, "confirm"},
    "conf_": {"pass", "warn", "fail"},
    "col_": set(COLUMNS),
    "cause_": {"unreachable", "invalid-response", "protocol-error", "configuration",
               "watchdog", "interrupted", "busy"},
}  # fmt: skip
"""Keys built from a value (``t('health_' ~ n.health)``) and every value the code makes."""


# --- 1. no words in the templates ----------------------------------------------------------------

_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_BLOCKS = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>", re.S)
_VISIBLE_ATTR = re.compile(r'\b(placeholder|title|aria-label|alt)="([^"]*)"')
_WORD = re.compile(r"[^\W\d_]{2,}")


def leftover_words(template: str) -> list[str]:
    """Text of a template that does not come from ``t(…)`` or data."""
    text = _BLOCKS.sub(" ", _JINJA.sub(" ", template))
    attrs = [value for _, value in _VISIBLE_ATTR.findall(text)]
    body = _TAG.sub("\n", text)
    out = []
    for chunk in [*body.split("\n"), *attrs]:
        chunk = chunk.replace("&lt;", "<").replace("&gt;", ">").strip()
        chunk = chunk.strip(" \t·—–:;,.()×‹›←↗…|")
        if chunk and chunk not in SAME_EVERYWHERE and _WORD.search(chunk):
            out.append(chunk)
    return out


@pytest.mark.parametrize("name", sorted(p.name for p in TEMPLATES.glob("*.html")))
def test_templates_hold_no_words_of_their_own(name: str) -> None:
    assert leftover_words((TEMPLATES / name).read_text(encoding="utf-8")) == []


def test_the_template_check_catches_a_bare_word() -> None:
    assert leftover_words("<p>{{ t('back') }} Back</p>") == ["Back"]
    assert leftover_words('<input placeholder="e.g. SN">') == ["e.g. SN"]
    assert leftover_words("<p>{{ t('x') }} · <a>CSV</a></p>") == []


# --- 2. the catalogue is complete -----------------------------------------------------------------

_KEY = re.compile(r"""\bt\(\s*['"]([a-z0-9_.-]+)['"]\s*[,)]""")
_PREFIX = re.compile(r"""\bt\(\s*['"]([a-z0-9_-]+_)['"]\s*~""")
_PY_PREFIX = re.compile(r"""\bt\(\s*f['"]([a-z0-9_-]+_)\{""")


def used_keys() -> set[str]:
    keys: set[str] = set()
    for path in [*TEMPLATES.glob("*.html"), *CODE]:
        text = path.read_text(encoding="utf-8")
        keys |= set(_KEY.findall(text))
        for prefix in [*_PREFIX.findall(text), *_PY_PREFIX.findall(text)]:
            assert prefix in DYNAMIC_KEYS, f"{path.name}: values of t('{prefix}' ~ …) unknown"
            keys |= {prefix + v for v in DYNAMIC_KEYS[prefix]}
    return keys


def test_every_key_used_is_translated_with_the_same_placeholders() -> None:
    keys = used_keys()
    assert len(keys) > 200  # the scan sees the pages' strings
    holes = re.compile(r"\{(\w+)\}")
    for key in sorted(keys):
        english = i18n.STRINGS["en"].get(key)
        assert english, f"{key} is not in the English catalogue"
        for lang in ("fr", "es"):
            text = i18n.STRINGS[lang].get(key)
            assert text, f"{key} has no {lang} translation"
            assert set(holes.findall(text)) == set(holes.findall(english)), (key, lang)


def test_record_types_and_statuses_in_every_language() -> None:
    for lang in i18n.LANGS:
        assert set(i18n.TYPE_LABELS[lang]) == set(i18n.TYPE_LABELS["en"])
    assert i18n.type_label("project", "es") == "Proyecto"
    assert i18n.dup_reason("same DOI 10.5281/x", "fr") == "même DOI 10.5281/x"
    assert i18n.dup_reason("same project code GEF-1", "es") == "mismo código de proyecto GEF-1"
    assert i18n.check_title("identify.utc", "Datestamps in UTC", "fr") == "Dates en UTC"


DUP_REASONS = {
    "same-identifier": {"scheme": "url", "value": "example.org/a"},
    "similar-title": {"score": 0.83, "countries": ["SN"], "year": 2016},
    "similar-subject": {
        "languages": ["en", "fr"], "topics": ["biodiversity"], "countries": ["MX"],
        "regions": ["africa"], "numbers": ["6"], "same_creator": True, "year": 2019,
    },
    "similar-content": {"words": ["cowpea", "maruca"], "codes": ["aat709a"], "year": 2019},
    "same-page": {"roles": ["g:abs", "r:nfp"], "countries": ["CG"], "year": None},
    "allowed": {},
    "same-cluster": {},
}  # fmt: skip


def test_every_duplicate_reason_has_words_in_every_language() -> None:
    from matching.duplicates import REASON_CODES, encode_reason, parse_reason

    assert set(DUP_REASONS) == set(REASON_CODES)  # a new code needs its words here
    for code, params in DUP_REASONS.items():
        stored = encode_reason(code, **params)
        assert parse_reason(stored) == {"code": code, "params": params}
        said = {lang: i18n.dup_reason(stored, lang) for lang in i18n.LANGS}
        assert all(said.values()) and "{" not in "".join(said.values()), said
        assert len(set(said.values())) == len(said), said  # each language its own words
    fr = i18n.dup_reason(encode_reason("similar-title", **DUP_REASONS["similar-title"]), "fr")
    assert fr == "titre semblable (similarité 0,83), même pays : Sénégal, année 2016"
    es = i18n.dup_reason(encode_reason("similar-subject", **DUP_REASONS["similar-subject"]), "es")
    assert es.startswith("mismo tema en títulos en inglés y francés: ") and "mismo autor" in es
    page = i18n.dup_reason(encode_reason("same-page", **DUP_REASONS["same-page"]), "fr")
    assert page == "même page de pays : République du Congo (ABS, NFP)", page
    assert i18n.dup_reason("not a reason chm writes", "fr") == "not a reason chm writes"
    assert i18n.dup_reason("{broken", "fr") == "{broken"


CATALOGUES: dict[str, dict[str, str]] = {
    "REGISTRATION_MESSAGES": REGISTRATION_MESSAGES,
    "NODE_MESSAGES": NODE_MESSAGES,
    "SCHEDULE_MESSAGES": SCHEDULE_MESSAGES,
    "REGISTRY_MESSAGES": REGISTRY_MESSAGES,
    "CHECK_MESSAGES": CHECK_MESSAGES,
    "CHECK_HINTS": CHECK_HINTS,
}
"""Every catalogue of coded messages people see (English beside the code that raises them)."""


@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_every_coded_message_is_translated_with_the_same_placeholders(name: str) -> None:
    holes = re.compile(r"(?<!\{)\{(\w+)\}(?!\})")
    for code, english in CATALOGUES[name].items():
        for lang in ("fr", "es"):
            text = i18n.ERRORS[lang].get(code)
            assert text, f"{name}[{code!r}] has no {lang} translation"
            assert set(holes.findall(text)) == set(holes.findall(english)), (code, lang)


def _query_error_codes() -> dict[str, set[str]]:
    """Every code the query parser raises (``InvalidQuery(reason, code, **params)`` in
    ``index/query.py``) with the names of its parameters."""
    tree = ast.parse((ROOT / "index" / "query.py").read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "InvalidQuery"
            and len(node.args) > 1
        ):
            code = node.args[1]
            assert isinstance(code, ast.Constant) and isinstance(code.value, str)
            out[code.value] = {k.arg for k in node.keywords if k.arg}
    return out


def test_every_query_error_is_translated_with_its_parameters() -> None:
    codes = _query_error_codes()
    assert {"unbalanced_quote", "unbalanced_open", "too_many_alternatives"} <= set(codes)
    holes = re.compile(r"(?<!\{)\{(\w+)\}(?!\})")
    for code, params in codes.items():
        for lang in ("fr", "es"):
            text = i18n.ERRORS[lang].get(code)
            assert text, f"query error {code!r} has no {lang} translation"
            assert set(holes.findall(text)) <= params, (code, lang)


def test_codes_of_different_catalogues_never_collide() -> None:
    seen: dict[str, str] = {}
    for name, catalogue in CATALOGUES.items():
        for code in catalogue:
            assert code not in seen, f"{code} is in {seen.get(code)} and {name}"
            seen[code] = name


def test_every_conformance_check_has_a_title_in_each_language() -> None:
    source = (ROOT / "registration" / "conformance.py").read_text(encoding="utf-8")
    ids = set(re.findall(r'(?:report\.add\(|_step\(\s*report,)\s*"([a-z_.]+)"', source))
    ids |= {f"field.{attr}" for attr in ("languages", "countries", "date")}
    assert {"identify", "list_metadata_formats", "list_sets", "mapping"} <= ids
    for lang in ("fr", "es"):
        assert ids <= set(i18n.CHECK_TITLES[lang]), (lang, ids - set(i18n.CHECK_TITLES[lang]))


def test_a_nested_message_is_said_in_the_same_language() -> None:
    from registration.conformance import say

    missing = say("version.bad", value=say("word.missing"))
    assert missing == "protocolVersion is 'missing', chm harvests OAI-PMH 2.0 only"
    fr = i18n.error_message(missing.code, missing.params, missing, "fr")
    assert fr == "protocolVersion vaut « absent », chm ne moissonne que OAI-PMH 2.0"
    check = {"code": "version.bad", "params": {"value": missing.params["value"].to_dict()}}
    assert i18n.check_text(check | {"message": str(missing)}, "es")[0].endswith("«ausente», "
        "chm solo cosecha OAI-PMH 2.0")  # fmt: skip
    assert i18n.check_text({"message": "stored before codes"}, "fr") == ("stored before codes", "")


# --- numbers and dates in the reader's locale -----------------------------------------------------


@given(st.integers(min_value=0, max_value=10**12))
def test_numbers_read_back_and_group_per_locale(n: int) -> None:
    shown = {lang: i18n.format_number(n, lang) for lang in i18n.LANGS}
    seps = {"en": ",", "fr": "\u202f", "es": "."}
    for lang, text in shown.items():
        assert int(text.replace(seps[lang], "")) == n
        if n >= 10_000:
            assert seps[lang] in text
    assert shown["en"].replace(",", "") == shown["fr"].replace("\u202f", "")


def test_number_and_date_examples() -> None:
    assert [i18n.format_number(2900, lang) for lang in i18n.LANGS] == [
        "2,900", "2\u202f900", "2.900"
    ]  # fmt: skip
    assert i18n.format_date("2019", "fr") == "2019"
    assert i18n.format_date("2019-07", "fr") == "juil. 2019"
    assert i18n.format_date("2019-07-15", "es") == "15 jul 2019"
    assert i18n.format_date("2019-07-15", "en") == "Jul 15, 2019"
    assert i18n.format_date("not a date", "fr") == "not a date"
    assert i18n.format_date("2019-13-40", "fr") == "2019-13-40"
    assert "UTC" in i18n.format_date("2026-01-02T10:11:12Z", "es")


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_every_day_is_shown_with_its_year(day: date) -> None:
    for lang in i18n.LANGS:
        assert str(day.year) in i18n.format_date(day.isoformat(), lang)


# --- 3. the rendered pages ---------------------------------------------------------------------


class VisibleText(HTMLParser):
    """Text nodes and visible attribute values of a page (no script, style or code)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "code"):
            self._skip += 1
        for name, value in attrs:
            if name in ("placeholder", "title", "aria-label", "alt") and value:
                self.texts.append(value.strip())

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "code") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.texts.append(data.strip())


def english_leaks(page: str, lang: str) -> list[str]:
    """Text nodes of a ``lang`` page that are English interface strings."""
    parser = VisibleText()
    parser.feed(page)
    english = {
        v.rstrip(":").strip()
        for k, v in i18n.STRINGS["en"].items()
        if "{" not in v and i18n.STRINGS[lang].get(k) != v and len(v) > 3
    }
    english |= {v for k, v in i18n.TYPE_LABELS["en"].items() if i18n.TYPE_LABELS[lang][k] != v}
    patterns = [
        pattern(v)
        for k, v in i18n.STRINGS["en"].items()
        if "{" in v and i18n.STRINGS[lang].get(k) != v and _LETTERS.search(_HOLE.sub("", v))
    ]
    for reason in i18n.NOTE_REASONS[lang]:  # a harvest's notes about records
        if "{" not in reason:
            patterns.append(re.compile(rf"[\w:.-]+: {re.escape(reason)}(?: \(typed '[^']*'\)?)?"))
    for catalogue in CATALOGUES.values():  # coded messages: findings, hints, refusals
        for code, v in catalogue.items():
            if i18n.ERRORS[lang].get(code) == v or not _LETTERS.search(_HOLE.sub("", v)):
                continue
            if "{" in v:
                patterns.append(pattern(v))
            else:
                english.add(v)
    leaks = []
    for text in parser.texts:
        core = text.strip(_TRIM)
        if core in english or any(p.fullmatch(core) for p in patterns):
            leaks.append(core)
    return leaks


_HOLE = re.compile(r"\{(\w+)\}")
_TRIM = " ·—–:;,.()×‹›←↗…|"  # punctuation around a text node (and at a template's end)
_LETTERS = re.compile(r"[^\W\d_]{4,}")
NUMERIC = {
    "n", "count", "live", "added", "updated", "deleted", "unchanged", "rejected", "changed",
    "pages", "bytes", "passed", "warned", "failed", "skipped", "max", "shown",
}  # fmt: skip


def pattern(template: str) -> re.Pattern[str]:
    """An English interface string with placeholders as a regex over a whole text node."""
    out, at = [], 0
    for m in _HOLE.finditer(template):
        out.append(re.escape(template[at : m.start()]))
        out.append(r"[\d.,\s\u202f\u00a0]+" if m.group(1) in NUMERIC else ".+?")
        at = m.end()
    out.append(re.escape(template[at:].rstrip(_TRIM)))
    return re.compile("".join(out), re.S)


@pytest.fixture(scope="module")
def pages(client: TestClient) -> dict[str, str]:
    """Paths of every kind of page (run ids and a record from the populated store)."""
    run = client.get("/api/status").json()["nodes"][0]["last_run"]["id"]
    return {
        "home": "/",
        "search": "/?q=pesticides&type=project",
        "no results": "/?q=zzzzzzzzzz",
        "query error": "/?q=%22unbalanced",
        "date filters": "/?q=eau&date_from=2015-01-01&date_to=2024-12",
        "past the last page": "/?q=mercure&page=5",
        "beyond the window": "/?q=&page=501",
        "record": f"/records/{RID}",
        "missing record": "/records/none:such",
        "operators": "/operators",
        "run": f"/operators/runs/{run}",
        "register": "/register",
        "not found": "/no/such/page",
        "needs": "/needs",
        "countries": "/countries",
        "country": "/countries/SN",
        "no needs": "/needs?flagged=1&node=no-such-node",
        "node key form": "/node",
        "duplicates": "/operators/duplicates",
    }


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_every_page_is_in_the_readers_language(
    client: TestClient, pages: dict[str, str], lang: str
) -> None:
    for name, path in pages.items():
        sep = "&" if "?" in path else "?"
        r = client.get(f"{path}{sep}lang={lang}", headers=HTML)
        assert "text/html" in r.headers["content-type"], name
        assert f'<html lang="{lang}">' in r.text, name
        assert 'class="sections"' in r.text and 'class="langs"' in r.text, name  # one layout
        assert english_leaks(r.text, lang) == [], name
    client.cookies.clear()


def test_the_leak_check_sees_english(client: TestClient) -> None:
    english = client.get("/operators?lang=en", headers=HTML).text
    client.cookies.clear()
    assert "Harvest now" in english_leaks(english, "fr")
    assert "3 records" in english_leaks("<p>3 records</p><p>Updated today</p>", "fr")
    assert "Updated today" in english_leaks("<p>Updated today</p>", "es")


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_conformance_report_in_three_languages(client: TestClient, lang: str) -> None:
    form = {"id": "x-node", "url": "http://127.0.0.1:9/oai", "action": "validate"}
    r = client.post(f"/register?lang={lang}", data=form)
    assert r.status_code == 200
    assert f'<html lang="{lang}">' in r.text
    if lang != "en":
        assert english_leaks(r.text, lang) == []
    words = {"en": "Conformance report", "fr": "Rapport de conformité", "es": "Informe de"}
    assert words[lang] in r.text
    client.cookies.clear()


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("en", ["From date: Jan 1, 2015", "To date: Dec 2024"]),
        ("fr", ["De la date\u00a0: 1 janv. 2015", "À la date\u00a0: déc. 2024"]),
        ("es", ["Desde la fecha: 1 ene 2015", "Hasta la fecha: dic 2024"]),
    ],
)
def test_date_filters_are_named_and_dated_in_the_readers_language(
    client: TestClient, lang: str, shown: list[str]
) -> None:
    params = {"q": "eau", "date_from": "2015-01-01", "date_to": "2024-12", "lang": lang}
    page = html.unescape(client.get("/", params=params).text)
    client.cookies.clear()
    chips = re.findall(r'<li class="chip"><span>([^<]*)</span>', page)
    assert chips == shown
    assert "date_from" not in " ".join(re.findall(r'aria-label="([^"]*)"', page))


def test_numbers_and_dates_on_the_pages(client: TestClient) -> None:
    fr = client.get(f"/records/{RID}?lang=fr").text
    es = client.get("/operators?lang=es").text
    client.cookies.clear()
    months = "janv.|févr.|mars|avr.|mai|juin|juil.|août|sept.|oct.|nov.|déc."
    assert re.search(rf"<dd><time datetime=\"[^\"]+\">\d+ ({months}) \d{{4}}", fr)
    assert "Actualizado el" in es and "UTC" in es


# --- point 5: back to the search, mobile order ----------------------------------------------------


def test_back_to_search_keeps_the_query(client: TestClient) -> None:
    params = {"q": "pesticides", "type": "project", "sort": "-date", "page": "2", "size": "3"}
    view = client.get("/search.json", params=params).json()
    href = view["hits"][0]["href"]
    assert "back=" in href
    page = client.get(href).text
    back = re.search(r'<p class="crumbs"><a href="([^"]+)"', page)
    assert back is not None
    assert back.group(1).replace("&amp;", "&") == (
        "/?q=pesticides&type=project&sort=-date&size=3&page=2"
    )
    plain = client.get(f"/records/{RID}").text
    assert '<p class="crumbs"><a href="/">' in plain


@pytest.mark.parametrize(
    "back", ["//evil.example/x", "javascript:alert(1)", "q=a&next=http://x", "\r\nSet-Cookie: a"]
)
def test_back_link_stays_on_the_search_page(client: TestClient, back: str) -> None:
    page = client.get(f"/records/{RID}", params={"back": back}).text
    href = re.search(r'<p class="crumbs"><a href="([^"]+)"', page)
    assert href is not None and href.group(1).startswith("/")
    assert not href.group(1).startswith("//") and "evil" not in href.group(1)
    assert "next=" not in href.group(1)


def test_results_come_before_the_filters(client: TestClient) -> None:
    html = client.get("/?q=pesticides").text
    assert html.index('class="hits"') < html.index('<aside id="filters"')
    assert 'href="#filters"' in html and 'href="#main"' in html  # the drawer, no JavaScript
    # found from outside: "Skip to results" led to <main>, 47 tab stops (exports, charts, the
    # map's countries) before the first result; it leads to the list itself now
    assert '<a class="skip" href="#results">' in html and 'id="results"' in html
    empty = client.get("/?q=xyzzyqwerty").text
    assert '<a class="skip" href="#main">' in empty  # no list: the page's main part
    assert "preserveAspectRatio" not in html.split('class="years-axis"')[1][:200]


def test_html_errors_for_browsers_json_for_programs(client: TestClient) -> None:
    page = client.get("/no/such/page?lang=es", headers=HTML)
    client.cookies.clear()
    assert page.status_code == 404 and "No hay nada en esta dirección." in page.text
    api = client.get("/api/records/none:such", headers=HTML)
    assert api.status_code == 404 and api.json()["ok"] is False
    assert client.get("/no/such/page").json()["status"] == 404


def test_registration_form_errors_in_the_readers_language(client: TestClient) -> None:
    form = {"id": "x-node", "url": "http://127.0.0.1:9/oai", "contact_email": "nobody"}
    r = client.post("/register?lang=fr", data=form | {"action": "register"})
    client.cookies.clear()
    assert r.status_code == 400
    assert "« nobody » n'est pas une adresse électronique" in html.unescape(r.text)
    assert english_leaks(r.text, "fr") == []


def test_a_missing_record_in_the_readers_language(client: TestClient) -> None:
    page = client.get("/records/none:such?lang=es", headers=HTML)
    client.cookies.clear()
    assert page.status_code == 404
    assert "no existe el registro «none:such»" in html.unescape(page.text)
    api = client.get("/api/records/none:such", headers={"Accept-Language": "fr"}).json()
    assert api["code"] == "no_record" and api["message"] == "aucune fiche « none:such »"
    assert api["error"] == "no record 'none:such'"


def test_a_harvests_notes_in_the_readers_language() -> None:
    note = "type: matches no label of the record-type scheme (typed 'organization')"
    said = i18n.run_message(note, "fr")
    assert said == ("type: ne correspond à aucun libellé du schéma des types de fiche "
                    "(typée 'organization')", "fr")  # fmt: skip
    assert english_leaks(f"<td>{note}</td>", "es") == [note.rstrip(")")]
    assert i18n.run_message("title: an exception's own words", "es")[1] == "en"


def test_an_empty_list_of_needs_says_so(client: TestClient) -> None:
    page = client.get("/needs?node=no-such-node&lang=es", headers=HTML).text
    client.cookies.clear()
    assert "Ninguna solicitud de asistencia corresponde a estos filtros." in html.unescape(page)
