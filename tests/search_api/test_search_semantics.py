"""Search semantics through the HTTP API and the page, with the project's thesaurus: terms
mean their concepts per term, facet counts equal filtered totals, filters read ids and
labels, unknown parameters and values are 400s with suggestions, and the page shows every
error as a page in the reader's language with the query kept.

(The engine-level properties over a generated corpus are in tests/index/contract.py.)
"""

from __future__ import annotations

import csv
import html
import io
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from vocabulary.model import BASE_URI

WESTERN_AFRICA = BASE_URI + "region/western-africa"
PESTICIDES = BASE_URI + "topic/pesticides"


def search(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/api/search", params=params)
    assert response.status_code == 200, response.text[:300]
    data: dict[str, Any] = response.json()
    return data


def hit_ids(client: TestClient, **params: Any) -> set[str]:
    """Every hit of a search (cursor pages of 100)."""
    out: set[str] = set()
    cursor = None
    while True:
        data = search(client, size=100, **params, **({"cursor": cursor} if cursor else {}))
        out |= {h["id"] for h in data["hits"]}
        cursor = data["next_cursor"]
        if not cursor:
            return out


def test_a_word_that_is_no_label_is_still_anded(client: TestClient) -> None:
    assert search(client, q="mercury")["total"] > 0
    assert search(client, q="mercury xyzzy")["total"] == 0
    assert search(client, q="plaguicidas xyzzy")["total"] == 0


def test_exclusion_removes_text_and_concept(client: TestClient) -> None:
    all_ = hit_ids(client, q="pesticides")
    assert all_
    assert not hit_ids(client, q="chemicals -pesticides") & all_
    assert hit_ids(client, q="-plaguicidas").isdisjoint(hit_ids(client, q="plaguicidas"))


def test_country_names_in_the_query_mean_the_country(client: TestClient) -> None:
    filtered = search(client, q="mercury", country="SN", size=0)["total"]
    assert filtered > 0
    for word in ("Senegal", "Sénégal"):
        found = search(client, q=f"mercury {word}", size=100)
        assert found["total"] >= filtered
        assert found["total"] <= search(client, q="mercury", size=0)["total"]


def test_record_type_words_cross_languages(client: TestClient) -> None:
    profiles = search(client, type="national-profile", size=0)["total"]
    assert profiles > 0
    for text in ("perfil nacional", "national profile", '"profil national"'):
        assert search(client, q=text, size=0)["total"] >= profiles, text


@pytest.mark.parametrize("q", ["", "mercury", "plaguicidas", "training -mercury"])
def test_facet_counts_equal_filtered_totals(client: TestClient, q: str) -> None:
    data = search(client, q=q, size=0)
    for name, buckets in data["facets"].items():
        for bucket in buckets[:4]:
            filtered = search(client, q=q, size=0, **{name: bucket["value"]})
            assert filtered["total"] == bucket["count"], (q, name, bucket)


def test_a_parent_concept_never_counts_less_than_its_child(
    client: TestClient, web_ctx: Any
) -> None:
    counts = {b["value"]: b["count"] for b in search(client, size=0)["facets"]["concept"]}
    vocab = web_ctx.vocabulary
    pairs = 0
    for child, n in counts.items():
        for parent in vocab.broader_closure(child) - {child}:
            if parent in counts:
                pairs += 1
                assert counts[parent] >= n, (parent, child)
    assert pairs > 0


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("region", [WESTERN_AFRICA, "western-africa", "region/western-africa",
                    "Afrique de l'Ouest", "western africa"]),
        ("concept", [PESTICIDES, "topic/pesticides", "pesticides", "plaguicidas"]),
        ("type", ["project", "Projet", "proyecto", BASE_URI + "type/project"]),
        ("country", ["SN", "sn", "Sénégal", "SEN"]),
        ("language", ["fr", "fre", "français"]),
    ],
)  # fmt: skip
def test_filters_accept_ids_labels_and_uris(
    client: TestClient, name: str, values: list[str]
) -> None:
    totals = {v: search(client, size=0, **{name: v})["total"] for v in values}
    assert len(set(totals.values())) == 1, totals
    assert next(iter(totals.values())) > 0


@pytest.mark.parametrize(
    ("params", "named", "suggested"),
    [
        ({"status": "open"}, "status", None),
        ({"contry": "SN"}, "contry", "country"),
        ({"region": "westrn-africa"}, "westrn-africa", "western-africa"),
        ({"type": "projct"}, "projct", "project"),
        ({"concept": "xyzzy-topic"}, "xyzzy-topic", None),
        ({"country": "Atlantis"}, "Atlantis", None),
        ({"country": "Senegl"}, "Senegl", "senegal"),
        ({"language": "frnech"}, "frnech", "french"),
        ({"node": "fr-chn"}, "fr-chn", "fr-chm"),
        ({"facets": "contry"}, "contry", "country"),
        ({"sort": "dat"}, "dat", "date"),
        ({"eligible_for": "Gana"}, "Gana", "ghana"),
        ({"date_from": "2022-13-45"}, "2022-13-45", None),
        ({"year": "abc"}, "abc", None),
        ({"country": "SN,Senegl"}, "Senegl", "senegal"),
        ({"year_from": "2020", "year_to": "2010"}, "'year_from' (2020) is after", None),
        ({"date_from": "2022-03", "date_to": "2022-02-28"}, "'date_from' (2022-03)", None),
    ],
)
def test_unknown_parameters_and_values_are_400s_that_name_them(
    client: TestClient, params: dict[str, str], named: str, suggested: str | None
) -> None:
    for url in ("/api/search", "/api/export", "/search.json"):
        response = client.get(url, params=params)
        assert response.status_code == 400, (url, response.text[:200])
        body = response.json()
        assert named in body["error"]
        if suggested:
            assert suggested in body["error"]
            assert any(suggested in e.get("suggestions", []) for e in body["errors"])


@pytest.mark.parametrize(
    ("q", "lang", "words"),
    [
        ('"unclosed phrase', "en", "never closed"),
        ('"unclosed phrase', "fr", "guillemet non fermé"),
        ('"unclosed phrase', "es", "comillas sin cerrar"),
        ("*", "en", "letters before *"),
        ("*", "fr", "lettres avant *"),
        ("mercury OR", "es", "OR debe ir entre dos palabras"),
        ("mercury (Hg", "en", "a ( is never closed"),
        ("mercury (Hg", "fr", "parenthèses déséquilibrées"),
        ("mercury Hg)", "es", "un ) no cierra nada"),
        (
            "lead OR (gold -mercury)",
            "fr",
            "un mot exclu ne peut pas se trouver entre des parenthèses reliées par OR",
        ),
        ("(xa xb xc xd xe xf) OR (xg xh xi xj xk xl)", "es", "demasiadas alternativas"),
    ],
)
def test_the_page_shows_query_errors_as_a_page(
    client: TestClient, q: str, lang: str, words: str
) -> None:
    response = client.get("/", params={"q": q, "lang": lang})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert words in page
    assert 'value="' + q.replace('"', "&#34;") + '"' in page or f'value="{q}"' in page


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("status", ["ongoing", "En cours", "en curso", "ONGOING"]),
        ("node", ["fr-chm", "FR-CHM"]),
        ("country", ["CD", "Congo, The Democratic Republic of the",
                     "Congo, República Democrática del"]),
        ("country", ["BO", "Bolivia, Plurinational State of", "Bolivie, état plurinational de",
                     "Bolivia, Estado plurinacional de"]),
    ],
)  # fmt: skip
def test_filters_take_the_labels_the_page_shows_commas_and_all(
    client: TestClient, name: str, values: list[str]
) -> None:
    totals = {v: search(client, size=0, **{name: v})["total"] for v in values}
    assert len(set(totals.values())) == 1, totals


def test_a_comma_still_lists_several_values(client: TestClient) -> None:
    one = search(client, size=0, country="SN")["total"]
    other = search(client, size=0, country="ES")["total"]
    both = search(client, size=0, country="SN,ES")["total"]
    assert one and other and both == search(client, size=0, country=["SN", "ES"])["total"]
    labelled = search(client, size=0, country="SN,Bolivia, Plurinational State of,ES")
    assert labelled["total"] == both + search(client, size=0, country="BO")["total"]
    congo = search(client, size=0, concept="free, prior and informed consent")
    assert congo["total"] == search(client, size=0, concept="topic/fpic")["total"]


def test_export_format_and_matching_404s_are_coded_errors(client: TestClient) -> None:
    # found from outside: format=<300 characters> came back whole in an uncoded error; the
    # 404s of a record's matches, cluster and links had no code, lang or message
    response = client.get("/api/export", params={"format": "x" * 300, "lang": "fr"})
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "not_one_of" and "x" * 41 not in body["error"]
    assert "csv, jsonl" in body["error"] and "doit valoir" in body["message"]
    for part in ("matches", "cluster", "links"):
        got = client.get(f"/api/records/nope/{part}", params={"lang": "es"})
        assert got.status_code == 404
        assert got.json()["code"] == "no_record" and "«nope»" in got.json()["message"]


@pytest.mark.parametrize(
    ("params", "lang", "words"),
    [
        ({"status": "ongoin"}, "fr", "doit valoir l'une de ces valeurs"),
        ({"status": "ongoin"}, "es", "debe ser uno de estos valores"),
        ({"facets": "contry"}, "fr", "vouliez-vous dire country"),
        ({"sort": "score"}, "es", "«sort» debe ser uno de estos valores"),
        ({"node": "fr-chn"}, "fr", "vouliez-vous dire fr-chm"),
        ({"eligible_for": "Gana"}, "es", "¿quiso decir ghana"),
        ({"cursor": "abc"}, "fr", "ce n'est pas un curseur"),
        ({"date_from": "2022-13-45"}, "es", "debe ser una fecha ISO"),
        ({"year": "abc"}, "fr", "doit être un nombre entier"),
        ({"stauts": "ongoing"}, "fr", "paramètre inconnu : 'stauts' ; vouliez-vous dire status"),
        ({"stauts": "x", "yaer": "1"}, "es", "'stauts', 'yaer'; ¿quiso decir status, year?"),
        (
            {"year_from": "2020", "year_to": "2010"},
            "fr",
            "« De l'année » (2020) est après « À l'année » (2010)",
        ),
        ({"date_from": "2022", "date_to": "2019-06"}, "es", "«Desde la fecha» (2022) es posterior"),
        ({"year_from": "2020", "year_to": "2010"}, "en", "“From year” (2020) is after “To year”"),
        ({"stauts": "ongoing"}, "en", "unknown parameter: 'stauts' (did you mean status?)"),
    ],
)
def test_the_page_says_each_error_in_the_readers_language(
    client: TestClient, params: dict[str, str], lang: str, words: str
) -> None:
    response = client.get("/", params={"q": "mercure", **params, "lang": lang})
    assert response.status_code == 400
    assert words in html.unescape(response.text)
    if lang != "en":
        assert "did you mean" not in response.text  # the English hint is the API's only
    assert "cursor, facets, fields" not in response.text  # not the API's list of parameters
    assert 'value="mercure"' in response.text


def test_parentheses_group_through_the_api(client: TestClient) -> None:
    gold, pesticides_sn = hit_ids(client, q="gold"), hit_ids(client, q="pesticides Senegal")
    either = hit_ids(client, q="gold OR (pesticides Senegal)")
    assert either == gold | pesticides_sn and either > gold  # not (gold OR pesticides) Senegal
    both = hit_ids(client, q="(gold OR pesticides) Senegal")
    assert both == hit_ids(client, q="gold OR pesticides") & hit_ids(client, q="Senegal")
    assert both < either
    assert hit_ids(client, q="mercury (Senegal)") == hit_ids(client, q="mercury Senegal")
    response = client.get("/api/search", params={"q": "mercury (Hg"})
    assert response.status_code == 400 and "never closed" in response.json()["error"]


def test_the_page_shows_unknown_values_in_the_readers_language(client: TestClient) -> None:
    response = client.get("/", params={"q": "mercure", "region": "westrn-africa", "lang": "fr"})
    assert response.status_code == 400
    assert "vouliez-vous dire western-africa" in response.text
    assert 'value="mercure"' in response.text


def test_charts_and_exports_agree_with_the_total(client: TestClient) -> None:
    view = client.get("/search.json", params={"q": "plaguicidas"}).json()
    total = view["total"]
    assert total > 0
    country_facet = {f["value"]: f["count"] for f in view["facets"]["country"]}
    for bar in view["charts"]["country"]:
        assert bar["count"] == country_facet[bar["value"]]
    years = sum(bar["count"] for bar in view["charts"]["year"])
    undated = search(client, q="plaguicidas", size=0, year_from=0, year_to=9999)["total"]
    assert years == undated  # every dated record is in a year bar
    rows = list(csv.reader(io.StringIO(client.get("/api/export", params={
        "format": "csv", "q": "plaguicidas"}).text)))  # fmt: skip
    assert len(rows) - 1 == total


def test_an_unavailable_index_is_a_page_too(app: Any, web_ctx: Any, monkeypatch: Any) -> None:
    # the index cannot be made to fail for real here without breaking the shared fixture:
    # its search method is replaced for this one request (mocked: a failing backend)
    from index.base import BackendUnavailable

    def fail(query: Any) -> Any:
        raise BackendUnavailable("connection refused")

    monkeypatch.setattr(web_ctx.index, "search", fail)
    with TestClient(app) as client:
        response = client.get("/", params={"q": "mercure", "lang": "fr"})
    assert response.status_code == 503
    assert "index de recherche est indisponible" in response.text
    assert 'value="mercure"' in response.text


def test_a_full_title_as_a_phrase_finds_that_record_not_its_topic(client: TestClient) -> None:
    hits = search(client, q="plaguicidas", lang="es", size=50)["hits"]
    title = next(
        h["record"]["title"]["es"] for h in hits if len(h["record"]["title"].get("es", "")) > 30
    )
    phrase = search(client, q=f'"{title}"', size=100)
    words = search(client, q=title.replace('"', " "), size=0)["total"]
    assert 1 <= phrase["total"] <= words
    assert phrase["total"] < search(client, q="plaguicidas", size=0)["total"]
    assert any(h["record"]["title"].get("es") == title for h in phrase["hits"])


def test_country_and_topic_words_combine_like_filters(client: TestClient) -> None:
    for country, code in (("Kenya", "KE"), ("Sénégal", "SN")):
        words = hit_ids(client, q=f"{country} training")
        filtered = hit_ids(client, q="training", country=code)
        assert filtered <= words  # the country's records are all there
        assert words <= hit_ids(client, q="training")  # and nothing outside "training"


def _followed(client: TestClient, href: str) -> int:
    """The total of the page a facet, chart or tree link leads to."""
    assert href.startswith("/")
    query = href.split("?", 1)[1] if "?" in href else ""
    response = client.get("/search.json?" + query)
    assert response.status_code == 200, (href, response.text[:200])
    total: int = response.json()["total"]
    return total


def _nodes(values: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for v in values:
        out.append(v)
        out.extend(_nodes(v.get("children", [])))
    return out


@pytest.mark.parametrize(
    "params",
    [
        {"q": "plaguicidas"},
        {"q": "", "country": "SN"},  # an active country: other countries are OR-ed in
        {"q": "", "type": "project", "country": "SN"},
        {"q": "mercure", "year": "2019"},
        {"q": "", "concept": "topic/pesticides"},  # a tree narrowed below an active concept
    ],
)
def test_every_count_shown_is_the_total_its_link_gives(
    client: TestClient, params: dict[str, str]
) -> None:
    # found from outside: with country=PE active, "Argentina 2" led to 66 records (the value
    # is OR-ed in); a child of an active concept led to its parent's total; a parent outside
    # the top values was drawn with no count; the year chart left out years before its 30
    view = client.get("/search.json", params=params).json()
    checked = 0
    for field in ("type", "country", "year", "language", "node"):
        for value in view["facets"][field][:6]:
            if not value["active"]:
                assert _followed(client, value["href"]) == value["count"], (field, value)
                checked += 1
    for node in _nodes(view["facets"]["concept"])[:25]:
        if not node["active"]:
            assert node["count"] > 0, node  # never drawn without its count
            assert _followed(client, node["href"]) == node["count"], node
            checked += 1
        for child in node.get("children", []):
            assert node["active"] or child["active"] or child["count"] <= node["count"]
    for bars in view["charts"].values():
        for bar in bars:
            if bar["href"]:
                assert _followed(client, bar["href"]) == bar["count"], bar
    assert checked > 5
    total = view["total"]
    if "country" in params:  # the map replaces the country: its counts are the search's without it
        for code, count in view["map_counts"][:6]:
            replaced = {**params, "country": code}
            assert search(client, size=0, **replaced)["total"] == count
    else:  # no country filter: the map's counts are the facet's
        shown = {f["value"]: f["count"] for f in view["facets"]["country"]}
        assert dict(view["map_counts"]) == shown and total >= max(shown.values(), default=0)


@pytest.mark.parametrize(
    ("params", "field", "value", "left"),
    [
        ({"region": "western-africa"}, "region", f"{BASE_URI}region/western-africa", {}),
        ({"type": "Projet"}, "type", "project", {}),
        ({"concept": "plaguicidas"}, "concept", f"{BASE_URI}topic/pesticides", {}),
        ({"country": "sn,Mali"}, "country", "SN", {"country": "ML"}),
    ],
)
def test_a_filter_named_by_id_or_label_is_shown_as_the_active_value(
    client: TestClient, params: dict[str, str], field: str, value: str, left: dict[str, str]
) -> None:
    # found from outside: region=western-africa and type=Projet had their chips, but the
    # facet listed the region and the type as inactive values whose links added them again
    view = client.get("/search.json", params={"q": "", **params}).json()
    shown = [v for v in _nodes(view["facets"][field]) if v["value"] == value]
    assert len(shown) == 1 and shown[0]["active"], shown
    assert _followed(client, shown[0]["href"]) == search(client, size=0, **left)["total"]
    others = [v for v in _nodes(view["facets"][field]) if v["active"] and v["value"] != value]
    assert [v["value"] for v in others] == list(left.values())
    # found from outside (a fifth round): the active value was sorted last (the others show
    # union counts, never smaller) and folded under "More"; its count was the current total,
    # read as its own; the chips showed the filter as typed (Projet on a Spanish page)
    if field != "concept":
        listed = view["facets"][field]
        assert all(v["active"] for v in listed[: 1 + len(left)]), listed[:3]
    assert shown[0]["count"] is None  # a link that removes a value shows no count
    es = client.get("/search.json", params={"q": "", **params, "lang": "es"}).json()
    chips = {c["value"]: c for c in es["chips"] if c["field"] == field}
    assert set(chips) == {value, *left.values()}
    facet_labels = {v["value"]: v["label"] for v in _nodes(es["facets"][field])}
    for v, chip in chips.items():
        assert chip["label"] == facet_labels[v], chip  # named as the facet names it
        kept = {field: ",".join(o for o in chips if o != v)} if len(chips) > 1 else {}
        assert _followed(client, chip["href"]) == search(client, size=0, **kept)["total"]


def test_the_year_chart_counts_years_before_its_thirty_bars_in_one() -> None:
    from search_api.pages import YEAR_BARS, _year_axis

    values = [{"value": str(y), "label": str(y), "count": n, "href": f"/?year={y}"}
              for y, n in ((1889, 1), (1990, 2), (2010, 5), (2024, 3))]  # fmt: skip
    bars = _year_axis(values, [("q", "eau")])
    assert sum(b["count"] for b in bars) == 11  # every record the year facet counts
    first = bars[0]
    assert first["count"] == 3 and first["label"] == f"≤ {2024 - YEAR_BARS}"
    assert first["href"] == f"/?q=eau&year_to={2024 - YEAR_BARS}"
    assert len(bars) == YEAR_BARS + 1
    assert _year_axis(values, [("year_from", "1980")])[0]["href"] == ""  # no second year bound


def test_a_record_found_through_a_concept_shows_the_concepts_words_marked(
    client: TestClient,
) -> None:
    # found from outside: q=mercure marked nothing in Spanish and English hits whose titles
    # say mercurio and mercury (found through the concept, not through a translation)
    body = search(client, q="mercure", size=50)
    other = [h for h in body["hits"] if "fr" not in (h["record"].get("languages") or [])]
    assert other
    named = [h for h in other if any(w in " ".join((h["record"].get("title") or {}).values())
                                     .lower() for w in ("mercury", "mercurio"))]  # fmt: skip
    assert named
    for hit in named:
        assert "<mark>" in (hit.get("highlights") or {}).get("title", ""), hit["record"]["title"]


# --- the page's form after an error, pages past the end, the README's examples ---------------


class _SearchForm(HTMLParser):
    """The fields the search form of a page sends (hidden, text and number inputs, the
    chosen option of each select, checked boxes), in order."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: list[tuple[str, str]] = []
        self._in_form = self._select = False
        self._name = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and "search" in a.get("class", "").split():
            self._in_form = True
        if not self._in_form or ("name" not in a and tag != "option"):
            return
        if tag == "input" and (a.get("type") != "checkbox" or "checked" in a):
            self.fields.append((a["name"], a.get("value", "")))
        elif tag == "select":
            self._select, self._name = True, a["name"]
        elif tag == "option" and self._select and "selected" in a:
            self.fields.append((self._name, a.get("value", "")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = False
        elif tag == "form":
            self._in_form = False


def form_fields(page: str) -> list[tuple[str, str]]:
    parser = _SearchForm()
    parser.feed(page)
    return parser.fields


KEPT = [("type", "project"), ("country", "SN"), ("date_from", "2010"), ("sort", "-date"),
        ("year_from", "2005"), ("eligible_for", ""), ("size", "10"), ("collapse", "1")]  # fmt: skip


def test_a_query_error_keeps_every_filter_the_sort_and_the_page_parameters(
    client: TestClient,
) -> None:
    fixed = client.get("/", params=[("q", "mercure"), *KEPT, ("lang", "es")])
    broken = client.get("/", params=[("q", 'mercure "minería'), *KEPT, ("lang", "es")])
    client.cookies.clear()
    assert fixed.status_code == 200 and broken.status_code == 400
    assert "comillas sin cerrar" in broken.text  # the error, in Spanish
    sent = form_fields(broken.text)
    assert ("q", 'mercure "minería') in sent
    assert sorted(p for p in sent if p[0] != "q") == sorted(
        p for p in form_fields(fixed.text) if p[0] != "q"
    )
    for kept in KEPT:  # what the form sends: every filter, the sort, size and collapse
        assert kept in sent or not kept[1], kept
    assert 'class="chip"' in broken.text  # the filters are shown, each can be removed
    # the corrected query, sent with this form's other fields, is the same search as before
    again = client.get("/", params=[("q", "mercure"), *(p for p in sent if p[0] != "q")])
    assert again.status_code == 200
    assert form_fields(again.text) == form_fields(fixed.text)


def test_another_pages_error_starts_a_new_search(client: TestClient) -> None:
    page = client.get("/records/none:such", params={"country": "SN", "sort": "date"}).text
    assert form_fields(page)[:2] == [("q", ""), ("sort", "relevance")]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "Page 5 is past the last page of this search, page 2."),
        ("fr", "La page 5 est au-delà de la dernière page de cette recherche, la page 2."),
        ("es", "La página 5 está más allá de la última página de esta búsqueda, la página 2."),
    ],
)
def test_a_page_past_the_last_says_so_and_leads_to_the_last(
    client: TestClient, lang: str, words: str
) -> None:
    first = client.get("/search.json", params={"q": "mercure"}).json()
    assert 20 < first["total"] <= 40 and first["pages"]["last"] == 2  # the demo's mercure
    response = client.get("/", params={"q": "mercure", "page": "5", "lang": lang})
    client.cookies.clear()
    assert response.status_code == 200
    page = html.unescape(response.text)
    assert words in page
    no_match = {"en": "No record matches", "fr": "Aucune fiche", "es": "Ningún registro"}[lang]
    assert no_match not in page
    view = client.get("/search.json", params={"q": "mercure", "page": "5"}).json()
    assert view["pages"]["past_end"]["href"] == "/?q=mercure&page=2"
    assert view["pages"]["prev"] == "/?q=mercure&page=2" and view["pages"]["next"] is None
    for href in (view["pages"]["past_end"]["href"], view["pages"]["prev"]):
        assert f'href="{href}"' in response.text.replace("&amp;", "&")
        assert client.get(href.replace("/?", "/search.json?")).json()["hits"]


def test_no_record_at_all_still_says_no_match(client: TestClient) -> None:
    view = client.get("/search.json", params={"q": "zzzzzzzzzz", "page": "3"}).json()
    assert view["total"] == 0 and view["pages"]["past_end"] is None


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "a search shows at most its first 10,000 results"),
        ("fr", "une recherche montre au plus ses 10 000 premiers résultats"),
        ("es", "una búsqueda muestra como máximo sus primeros 10.000 resultados"),
    ],
)
def test_a_page_beyond_the_window_is_said_in_the_readers_words(
    client: TestClient, lang: str, words: str
) -> None:
    response = client.get("/", params={"q": "", "page": "501", "lang": lang})
    client.cookies.clear()
    assert response.status_code == 400
    page = html.unescape(response.text).replace("\u202f", " ").replace("\u00a0", " ")
    assert words in page
    assert "offset" not in page and "next_cursor" not in page
    api = client.get("/api/search", params={"q": "", "page": "501"})  # programs: the cursor
    assert api.status_code == 400 and "next_cursor" in api.json()["error"]


def test_the_readmes_examples_of_parentheses_hold(client: TestClient) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    read = re.search(r"`([^`]+)`,\s+\d+ groups of two, is read", readme)
    refused = re.search(r"`([^`]+)`,\s+\d+ groups of\s+two, is refused", readme)
    assert read and refused
    ok = client.get("/api/search", params={"q": read.group(1), "size": 0})
    assert ok.status_code == 200, ok.text[:200]
    no = client.get("/api/search", params={"q": refused.group(1), "size": 0})
    assert no.status_code == 400 and "too many alternatives" in no.json()["error"]


def test_the_topic_tree_reaches_past_the_fifty_largest_topics(client: TestClient) -> None:
    # found from outside: a broad topic below the 50 largest counts was nowhere on the page
    api = search(client, q="", size=0, facets="concept")["facets"]["concept"]
    assert len(api) == 50  # the API's default: the demo index has more topics than that
    view = client.get("/search.json", params={"q": ""}).json()
    nodes = _nodes(view["facets"]["concept"])
    assert len(nodes) > 60
    page = client.get("/", params={"q": ""}).text
    roots = view["facets"]["concept"]
    if len(roots) > 8:  # the topics beyond the first 8 fold under More
        more = page.index('<details class="more">', page.index('class="tree'))
        label = html.escape(roots[8]["label"]).replace("&#x27;", "&#39;")
        assert page.index(label, page.index('class="tree')) > more


# --- found by the third outside round (after the facet, comma and elision changes) ---------


def test_comma_lists_of_types_are_two_types_and_a_bad_part_is_named(client: TestClient) -> None:
    both = search(client, size=0, type=["project", "document"])["total"]
    assert search(client, size=0, type="project,document")["total"] == both
    assert search(client, size=0, type="document,project")["total"] == both
    response = client.get("/api/search", params={"type": "project,xyzzy"})
    assert response.status_code == 400 and "xyzzy" in response.json()["error"]


def test_the_page_keeps_a_label_with_a_comma_whole(client: TestClient) -> None:
    params = {"q": "", "concept": "free, prior and informed consent"}
    view = client.get("/search.json", params=params)
    assert view.status_code == 200, view.text[:300]
    body = view.json()
    assert [c["value"] for c in body["chips"]] == [f"{BASE_URI}topic/fpic"]  # one, whole
    api = search(client, size=0, concept="free, prior and informed consent")["total"]
    assert body["total"] == api
    for value in body["facets"]["type"][:4]:
        assert _followed(client, value["href"]) == value["count"]
    congo = client.get("/search.json", params={"country": "Congo, The Democratic Republic of the"})
    assert [c["label"] for c in congo.json()["chips"]] != ["CONGO"]
    assert len(congo.json()["chips"]) == 1


def test_an_elided_article_keeps_what_the_word_names(client: TestClient) -> None:
    assert search(client, size=0, q="l'Inde")["total"] == search(client, size=0, q="Inde")["total"]
    assert search(client, size=0, q="l'OGM")["total"] == search(client, size=0, q="OGM")["total"]


def test_a_labels_stop_words_are_not_marked_alone(client: TestClient) -> None:
    body = search(client, q="gestión de residuos", size=50)
    marks = [m for h in body["hits"] for f in (h.get("highlights") or {}).values()
             for m in re.findall(r"<mark>([^<]*)</mark>", f)]  # fmt: skip
    assert marks and not [m for m in marks if m.lower() in ("de", "des", "del")]


def test_a_page_of_no_hits_has_no_pages(client: TestClient) -> None:
    view = client.get("/search.json", params={"q": "mercury", "size": "0"}).json()
    assert view["total"] > 0 and view["pages"]["items"] == [] and view["pages"]["next"] is None


def test_union_counts_count_a_value_the_cut_list_does_not_hold() -> None:
    # found from outside: a value beyond the current result's 150 values was shown one too
    # many (its current count taken as 0)
    from search_api.pages import _union_counts

    current, free = [("a", 5), ("b", 3)], [("a", 9), ("b", 4), ("c", 2)]
    uncut = dict(_union_counts(current, free, 10))
    assert uncut == {"a": 14, "b": 11, "c": 12}
    asked: list[str] = []
    cut = dict(_union_counts(current, free, 10, lambda v: asked.append(v) or 11, cut=True))
    assert cut == {"a": 14, "b": 11, "c": 11} and asked == ["c"]


@pytest.mark.parametrize("label", ["América del Sur", "South America", "Amérique du Sud"])
def test_a_region_label_with_a_stop_word_names_that_region_only(
    client: TestClient, label: str
) -> None:
    # found from outside: Spanish *América del Sur* without French *sur* became *América*,
    # a label of the Americas, and the filter and the query found the whole continent

    by_id = search(client, size=0, region="south-america")["total"]
    assert search(client, size=0, region=label)["total"] == by_id
    assert search(client, size=0, region="americas")["total"] >= by_id


def test_without_a_vocabulary_stop_words_beside_other_words_ask_for_nothing() -> None:
    # the stemmed fields hold no stop word (index.base.FIELD_STOPWORDS): a network without
    # a vocabulary still finds "plan para la gestión" in a description, as with one
    from index.base import SearchQuery
    from index.tantivy_ import TantivyIndex
    from mappings.record import Record
    from search_api.params import expand_with_vocabulary

    index = TantivyIndex(None)
    index.upsert([
        Record(id="n:1", node="n", source_id="1", type="document", languages=["es"],
               title={"es": "Informe"}, description={"es": "Un plan para la gestión del agua"}),
        Record(id="n:2", node="n", source_id="2", type="document", languages=["es"],
               title={"es": "Otro"}, description={"es": "Gestión de residuos"}),
    ])  # fmt: skip
    index.commit()
    for text, want in (("plan para la gestión", {"n:1"}), ("gestión", {"n:1", "n:2"})):
        query = expand_with_vocabulary(SearchQuery(text=text), None)
        assert {h.id for h in index.search(query).hits} == want, text
    index.close()


def test_a_hit_found_through_its_creators_or_identifiers_shows_them_marked() -> None:
    # found from outside: q=Fedorov or q=hdl:1765/1154 gave hits with nothing marked and no
    # creator or identifier shown: they looked unrelated to the query
    from index.base import SearchQuery
    from index.tantivy_ import TantivyIndex
    from mappings.record import Record
    from search_api.pages import hit_view

    index = TantivyIndex(None)
    index.upsert([
        Record(id="n:1", node="n", source_id="1", type="document", languages=["en"],
               title={"en": "Ear surgery outcomes"}, creators=["Fedorov, Ivan", "Doe, Jane"],
               identifiers=["hdl:1765/1154"]),
    ])  # fmt: skip
    index.commit()
    handle = "<mark>hdl</mark>:<mark>1765</mark>/<mark>1154</mark>"
    for text, marked in (("Fedorov", "<mark>Fedorov</mark>, Ivan"), ("hdl:1765/1154", handle)):
        (hit,) = index.search(SearchQuery(text=text)).hits
        view = hit_view(hit, "en")
        assert marked in str(view["names"]), view["names"]
    (hit,) = index.search(SearchQuery(text="surgery")).hits
    assert hit_view(hit, "en")["names"] == ""  # found through its title: no names line
    index.close()
