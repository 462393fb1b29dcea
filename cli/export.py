"""``chm export`` — write a search's records to a file people can take away.

Where it sits: reads the index (like ``chm search``) and renders with
:mod:`search_api.exports`. ``--format html`` writes ONE self-contained HTML file (inline CSS,
JavaScript and data) that opens from a USB stick with no network and lets the reader filter
by country, type and word; ``csv``, ``jsonl`` and ``atom`` write the streamed formats of
``/api/export``. Records are streamed page by page: memory stays flat.

Example::

    chm export --query mercury --country SN --format html --out mercury-senegal.html
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from cli.common import add_search_filters, context_from_args, emit, fail, search_params
from index.base import IndexReader, InvalidQuery, SearchQuery
from mappings.record import pick_lang
from search_api import i18n

FORMATS = ("html", "csv", "jsonl", "atom")
DATA_MARKER = "__CHM_DATA__"
LIST_MARKER = "<!--__CHM_LIST__-->"
DESCRIPTION_CHARS = 800


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``chm export``."""
    p = sub.add_parser("export", help="export a search to a file (html, csv, jsonl, atom)",
                       parents=[common])  # fmt: skip
    p.add_argument("--query", "-q", default="", help="search text (default: every record)")
    add_search_filters(p)
    p.add_argument("--sort", default="-date", choices=["date", "-date"])
    p.add_argument("--format", "-f", default="html", choices=FORMATS)
    p.add_argument("--out", "-o", required=True, help="file to write (a folder: a file inside)")
    p.add_argument("--lang", default="en", choices=i18n.LANGS, help="language of the export")
    p.add_argument("--base-url", default=None, help="site address for links (atom)")
    p.set_defaults(func=cmd_export)


def build_query(args: argparse.Namespace, vocabulary: Any, ctx: Any = None) -> SearchQuery:
    """The SearchQuery for the command's options (BadRequest if one is invalid); with
    ``ctx``, a node filter must name one of its nodes."""
    from search_api.params import expand_with_vocabulary, known_nodes, parse_search_params

    params = search_params(args, q=args.query, sort=args.sort, lang=args.lang)
    nodes = known_nodes(ctx) if ctx is not None else None
    return expand_with_vocabulary(parse_search_params(params, nodes=nodes), vocabulary)


def out_path(out: str, fmt: str) -> Path:
    """The file to write: ``out`` itself, or ``chm-export.<ext>`` inside a folder."""
    path = Path(out)
    if path.is_dir() or out.endswith(("/", "\\")):
        path.mkdir(parents=True, exist_ok=True)
        path = path / f"chm-export.{'xml' if fmt == 'atom' else fmt}"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def cmd_export(args: argparse.Namespace) -> int:
    """Write the export and print how many records went in."""
    from search_api.errors import BadRequest  # FastAPI: loaded by this command only

    ctx = context_from_args(args)
    try:
        query = build_query(args, ctx.vocabulary, ctx)
        ctx.index.search(replace(query, limit=0, facets=()))
    except (BadRequest, InvalidQuery) as exc:
        return fail(f"invalid search: {exc}")
    path = out_path(args.out, args.format)
    base = args.base_url or f"http://{ctx.settings.server_host}:{ctx.settings.server_port}/"
    from search_api.exports import iter_records, stream_export

    counter = Counter(iter_records(ctx.index, query))
    with path.open("w", encoding="utf-8", newline="") as fh:
        if args.format == "html":
            filters = filters_said(ctx, args)
            write_offline_html(fh, ctx.index, query, counter, args.lang, filters)
        else:
            for chunk in stream_export(args.format, counter, base, base, args.lang):
                fh.write(chunk)
    emit(args, {"ok": True, "records": counter.n, "path": str(path), "format": args.format},
         f"wrote {counter.n} records to {path}")  # fmt: skip
    return 0


class Counter:
    """Passes records through, counting them."""

    def __init__(self, records: Iterable[dict[str, Any]]) -> None:
        self.records = records
        self.n = 0

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for record in self.records:
            self.n += 1
            yield record


def compact(record: dict[str, Any], lang: str) -> dict[str, Any]:
    """The few fields the offline page shows, texts in ``lang`` with fallback."""
    titles = record.get("title") or {}
    title = pick_lang(titles, lang)
    out = {
        "id": record.get("id"),
        "t": title,
        "tl": next((k for k, v in titles.items() if v == title and k != "und"), ""),
        "d": pick_lang(record.get("description") or {}, lang)[:DESCRIPTION_CHARS],
        "ty": record.get("type") or "other",
        "c": record.get("countries") or [],
        "y": record.get("date") or "",
        "n": record.get("node") or "",
        "u": record.get("url") or "",
        "s": (record.get("subjects") or [])[:12],
    }
    return {k: v for k, v in out.items() if v not in ("", [])}


def script_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element (no ``</script>`` or ``<!--`` can appear)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def filters_said(ctx: Any, args: argparse.Namespace) -> list[str]:
    """The export's filters as the search page's chips say them in ``args.lang``
    (*Région : Afrique occidentale*), for the offline copy's header."""
    from search_api.pages import chips

    params = [(k, v) for k, vs in search_params(args).items() for v in
              ([vs] if isinstance(vs, str) else vs)]  # fmt: skip
    colon = i18n.translator(args.lang)("colon")
    return [f"{c['name']}{colon} {c['label']}" for c in chips(ctx, params, args.lang)]


def write_offline_html(
    fh: TextIO, index: IndexReader, query: SearchQuery, records: Iterable[dict[str, Any]],
    lang: str, filters: Sequence[str] = (),
) -> None:  # fmt: skip
    """One self-contained HTML file: the page, then the records streamed into its data block;
    its header names the search (``query``'s words and the ``filters`` as said)."""
    from search_api.pages import templates

    facets = index.search(replace(query, limit=0, facets=("country",), facet_size=400))
    t = i18n.translator(lang)
    types = {k: i18n.type_label(k, lang) for k in i18n.TYPE_LABELS["en"]}
    names = {c: i18n.country_name(c, lang) for c, _ in facets.facets.get("country", [])}
    labels = {
        "types": types,
        "countries": names,
        "more": t("more"),
        "showing": t("showing"),
    }
    page = templates.env.get_template("offline.html").render(
        lang=lang, t=t, query=query.text, filters=list(filters), labels_json=script_json(labels),
        generated=i18n.format_date(datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), lang),
    )  # fmt: skip
    head, rest = page.split(LIST_MARKER, 1)
    middle, tail = rest.split(DATA_MARKER, 1)
    fh.write(head)
    # one pass over the records: each is written at once as a list item (what a reader without
    # JavaScript sees) and kept, as compact JSON, in a temporary file for the data block
    with tempfile.TemporaryFile("w+", encoding="utf-8") as data:
        for i, record in enumerate(records):
            short = compact(record, lang)
            fh.write(record_item(short, types, names, t("more")))
            data.write(("," if i else "") + "\n" + script_json(short))
        fh.write(middle + "[")
        data.seek(0)
        shutil.copyfileobj(data, fh)
    fh.write("]" + tail)


def record_item(r: dict[str, Any], types: dict[str, str], countries: dict[str, str],
                more: str) -> str:  # fmt: skip
    """A record of the offline copy as a static ``<li>`` (the same markup its script makes)."""
    e = html.escape
    title = f' lang="{e(r["tl"])}"' if r.get("tl") else ""
    meta = [", ".join(countries.get(c, c) for c in r.get("c", [])), r.get("y", ""), r.get("n", "")]
    parts = [
        f'<li class="rec"><h2{title}>{e(r.get("t") or r["id"])}</h2>',
        f'<p class="meta"><span class="badge">{e(types.get(r["ty"], r["ty"]))}</span>'
        f"{e(' · '.join(m for m in meta if m))}</p>",
    ]
    if r.get("d") or r.get("u") or r.get("s"):
        parts.append(f"<details><summary>{e(more)}</summary>")
        if r.get("d"):
            parts.append(f"<p>{e(r['d'])}</p>")
        if r.get("s"):
            parts.append(f'<p class="meta">{e(" · ".join(r["s"]))}</p>')
        if r.get("u"):
            url = r["u"] if r["u"].startswith(("http://", "https://")) else ""
            link = f'<a href="{e(url)}" rel="noopener">{e(r["u"])}</a>' if url else e(r["u"])
            parts.append(f"<p>{link}</p>")
        parts.append(f'<p class="meta">{e(r["id"])}</p></details>')
    return "".join(parts) + "</li>\n"
