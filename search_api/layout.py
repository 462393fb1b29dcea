"""One layout for every page: the templates, their filters and :func:`render`.

Where it sits: under every page module (``pages``, ``operators``, ``registration``) and the
HTML error pages of ``app``. Every template extends ``base.html`` (header, navigation,
language switch, the one stylesheet ``static/chm.css``) and gets:

- ``t(key, **values)``: the interface string in the reader's language (:mod:`search_api.i18n`);
- ``lang``, ``switch`` (the language links of this very page) and ``nav`` (site sections);
- the filters ``found``, ``fix`` and ``check_title`` (a conformance check in the page's
  language), ``reason`` (why a node has its status);
- the filters ``num`` (``2,900`` / ``2 900`` / ``2.900``) and ``when`` (dates and times as
  the reader writes them), both in the page's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from jinja2.runtime import Context as JinjaContext
from starlette.requests import Request
from starlette.responses import Response

from search_api import i18n

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))

NAV: tuple[tuple[str, str, str], ...] = (
    ("search", "/", "nav_search"),
    ("register", "/register", "nav_register"),
    ("operators", "/operators", "nav_operators"),
)
"""Site sections in the header: (section, path, interface string key)."""


@pass_context
def _num(context: JinjaContext, value: Any) -> str:
    return i18n.format_number(value, str(context.get("lang") or "en"))


@pass_context
def _when(context: JinjaContext, value: Any) -> str:
    return i18n.format_date(value, str(context.get("lang") or "en"))


@pass_context
def _found(context: JinjaContext, check: dict[str, Any]) -> str:
    return i18n.check_text(check, str(context.get("lang") or "en"))[0]


@pass_context
def _fix(context: JinjaContext, check: dict[str, Any]) -> str:
    return i18n.check_text(check, str(context.get("lang") or "en"))[1]


@pass_context
def _check_title(context: JinjaContext, check: dict[str, Any]) -> str:
    lang = str(context.get("lang") or "en")
    return i18n.check_title(str(check.get("id")), str(check.get("title")), lang)


@pass_context
def _reason(context: JinjaContext, value: Any) -> str:
    return i18n.status_reason(value, str(context.get("lang") or "en"))


@pass_context
def _run_message(context: JinjaContext, text: Any) -> tuple[str, str]:
    return i18n.run_message(str(text or ""), str(context.get("lang") or "en"))


templates.env.filters["num"] = _num
templates.env.filters["when"] = _when
templates.env.filters["found"] = _found  # a conformance check's finding in the page's language
templates.env.filters["fix"] = _fix  # its hint
templates.env.filters["check_title"] = _check_title
templates.env.filters["reason"] = _reason  # why a node has its status
templates.env.filters["said"] = _run_message  # a harvest's note: (text, language)


def section_of(path: str) -> str:
    """The site section a path belongs to (for ``aria-current`` in the navigation)."""
    for section, prefix, _ in reversed(NAV):
        if prefix != "/" and (path == prefix or path.startswith(prefix + "/")):
            return section
    return "search"


def lang_href(request: Request, code: str) -> str:
    """This page in language ``code`` (its other query parameters kept)."""
    items = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    return request.url.path + "?" + urlencode([*items, ("lang", code)])


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    status: int = 200,
    *,
    lang: str | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """Render ``name`` in the site's layout, in ``lang`` (default: the request's language),
    remembering an explicit ``?lang=`` switch in a cookie."""
    lang = lang or i18n.negotiate(request)
    t = i18n.translator(lang)
    page = {
        "request": request,
        "t": t,
        "lang": lang,
        "switch": [(c, i18n.LANG_NAMES[c], lang_href(request, c)) for c in i18n.LANGS],
        "nav": [(s, path, t(key)) for s, path, key in NAV],
        "section": section_of(request.url.path),
        **context,
    }
    response = templates.TemplateResponse(request, name, page, status_code=status, headers=headers)
    explicit = i18n.normalise_lang(request.query_params.get("lang"))
    if explicit:
        response.set_cookie(i18n.COOKIE, explicit, max_age=365 * 86400, samesite="lax")
    return response
