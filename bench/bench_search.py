"""Search benchmark for the embedded tantivy backend (issue "The spine").

Builds (or reuses) a tantivy index of N synthetic multilingual records under
``bench/out/tantivy-<N>/`` committing every 20,000 records, then runs 200 mixed queries
(terms, AND, OR, phrases, prefixes, filters, date sorts), each asking for the top 20 hits with
highlights plus three facet counts (type, country, year). Queries run as the API runs them:
every term expanded per term with the project thesaurus (its concepts with their narrower and
equivalent concepts, record types, regions, countries; ``vocabulary.search.QueryExpander``),
and the index holds every concept with its broader ones (``concept_ancestors``), so facet
counts equal filtered totals. Prints the index build rate (docs/s, indexing only and including
record generation and enrichment), query latency p50 / p95 / max (ms) and the peak RSS of
this process.
Target: p95 < 30 ms at 1,000,000 records (printed as PASS / FAIL).

The index is opened as ``chm serve`` opens it: with its warm-up (``search_api.warmup``: the
segment files read once, the start-up queries asked), which the benchmark waits for and
reports (CPU and wall). Then ``--passes`` passes over the queries, each reported apart: the
**first pass** (nothing asked before it but the warm-up) and the warm passes, each with p50 /
p95 / max wall, CPU (user + sys of the process, all threads) mean / p95 per query and the page
faults of the pass (major: read from disk). ``--cold`` first drops the index's files from the
page cache (``posix_fadvise(DONTNEED)``, no root needed: a start after a reboot);
``--no-warm-up`` opens the index without the warm-up (as before it existed).

Records come from ``demo.generator`` when it offers ``generate_records(count, seed)``, else from
the small deterministic generator below (Zipf-distributed domain words in en/fr/es/pt), and
are enriched with the project thesaurus as a harvest enriches them (concepts from subjects,
titles and descriptions), so concept expansion meets real posting lists.

``--cpu`` reports instead the CPU time (user + sys, all threads) and the wall time per query
by query shape and by the share of the index a query matches: CPU is the figure to compare
before and after a change on a shared machine.

``--no-lexicon`` expands without the domain lexicon: every word of the bench is a lexicon or
thesaurus word, so the bilingual dictionaries' table (``vocabulary.dictionary``) translates none
of them; without the lexicon it translates many, and runs with ``CHM_TRANSLATIONS=off`` and
without it measure what the dictionaries' translations cost.

Usage: python bench/bench_search.py [--count 1000000] [--rebuild] [--queries 200] [--cpu]
       [--passes 3] [--cold] [--no-warm-up] [--no-lexicon]
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import os
import random
import resource
import shutil
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._util import OUT, machine, peak_rss_mb
from index.base import SearchQuery
from index.tantivy_ import TantivyIndex
from mappings.record import RECORD_TYPES, Record
from search_api.warmup import warm_expander, warm_queries
from vocabulary.enrich import enrich
from vocabulary.loader import load_vocabulary
from vocabulary.model import PROJECT_THESAURUS
from vocabulary.search import Lexicon, QueryExpander, expander_for

TARGET_P95_MS = 30.0
THESAURUS = load_vocabulary([PROJECT_THESAURUS])

COMMIT_EVERY = 20_000
FACETS = ("type", "country", "year")
VOCAB = "https://chm.example.org/vocabulary/"


def _w(text: str) -> list[str]:
    return text.split()


WORDS = {
    "en": _w(
        "chemical chemicals mercury pesticide pesticides waste hazardous management safety "
        "water pollution emissions lead exposure health risk assessment national plan action "
        "capacity building training guidance monitoring residues soil air industrial mining "
        "agriculture biodiversity climate convention reporting inventory laboratory policy "
        "regulation toxic substances disposal recycling contaminated sites children workers "
        "community project support funding expertise network information exchange"
    ),
    "fr": _w(
        "produits chimiques mercure pesticides déchets dangereux gestion sécurité eau "
        "pollution émissions plomb exposition santé risque évaluation national plan action "
        "renforcement capacités formation surveillance résidus sols air industriel minier "
        "agriculture biodiversité climat convention rapport inventaire laboratoire politique "
        "réglementation substances toxiques élimination recyclage sites contaminés enfants "
        "travailleurs communauté projet soutien financement expertise réseau échange"
    ),
    "es": _w(
        "productos químicos mercurio plaguicidas residuos peligrosos gestión seguridad agua "
        "contaminación emisiones plomo exposición salud riesgo evaluación nacional plan acción "
        "fortalecimiento capacidades formación vigilancia suelos aire industrial minería "
        "agricultura biodiversidad clima convenio informe inventario laboratorio política "
        "reglamento sustancias tóxicas eliminación reciclaje sitios contaminados niños "
        "trabajadores comunidad proyecto apoyo financiación experiencia red intercambio"
    ),
    "pt": _w(
        "produtos químicos mercúrio agrotóxicos resíduos perigosos gestão segurança água "
        "poluição emissões chumbo exposição saúde risco avaliação nacional plano ação "
        "capacitação formação monitoramento solos ar industrial mineração agricultura "
        "biodiversidade clima convenção relatório inventário laboratório política"
    ),
}
COUNTRIES = _w("FR SN GB KE ES MX BR CL CA DE IT PT MA TN DZ CI CM BF ML NE TD GA CG CD MG "
             "NG GH ZA EG ET TZ UG RW IN CN JP ID PH TH VN AR CO PE BO EC UY PY VE CU HT "
             "DO GT HN NI CR PA US AU NZ FJ")  # fmt: skip
REGIONS = ("africa", "europe", "latin-america", "asia-pacific", "north-america")
CONCEPTS = [f"{VOCAB}c{i:03d}" for i in range(60)]
LANG_WEIGHTS = {"en": 45, "fr": 25, "es": 20, "pt": 10}


def _syllable_words(rng: random.Random, n: int) -> list[str]:
    sy = "ba be bi bo ca co de di fa fo ga la le li lo ma me mi mo na ne no ra re ri ro sa se "
    syl = (sy + "ta te ti to va ve").split()
    return ["".join(rng.choices(syl, k=rng.randint(2, 4))) for _ in range(n)]


def synthetic_records(count: int, seed: int = 7) -> Iterator[Record]:
    """Deterministic synthetic records: Zipf-distributed words, realistic field shapes."""
    rng = random.Random(seed)
    vocab, cum = {}, {}
    for lang, words in WORDS.items():
        vocab[lang] = words + _syllable_words(rng, 3000)
        cum[lang] = list(itertools.accumulate(1 / (r + 1) for r in range(len(vocab[lang]))))
    langs, lw = list(LANG_WEIGHTS), list(LANG_WEIGHTS.values())
    for i in range(count):
        lang = rng.choices(langs, lw)[0]

        def words(k: int, lang: str = lang) -> str:
            return " ".join(rng.choices(vocab[lang], cum_weights=cum[lang], k=k))

        title = {lang: words(rng.randint(4, 9)).capitalize()}
        if lang != "en" and rng.random() < 0.2:
            title["en"] = words(rng.randint(4, 8), "en").capitalize()
        year = rng.randint(1995, 2025)
        precision = rng.random()
        date = None if precision < 0.05 else (
            str(year) if precision < 0.2 else
            f"{year}-{rng.randint(1, 12):02d}" if precision < 0.4 else
            f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")  # fmt: skip
        node = f"{rng.choice(COUNTRIES[:12]).lower()}-chm"
        yield Record(
            id=f"{node}:rec-{i}", node=node, source_id=f"rec-{i}",
            type=rng.choice(RECORD_TYPES), title=title,
            description={lang: words(rng.randint(15, 40))},
            subjects=[words(rng.randint(1, 2)) for _ in range(rng.randint(1, 4))],
            concepts=rng.sample(CONCEPTS, rng.randint(0, 3)),
            countries=rng.sample(COUNTRIES, rng.choice((1, 1, 1, 2, 3))),
            regions=[rng.choice(REGIONS)] if rng.random() < 0.5 else [],
            languages=[lang], date=date, url=f"https://{node}.example.org/rec/{i}",
        )  # fmt: skip


def record_source(count: int) -> Iterator[Record]:
    """``demo.generator.generate_records`` if it exists, else :func:`synthetic_records`."""
    try:
        from demo.generator import generate_records  # type: ignore[import-not-found]
    except ImportError:
        return synthetic_records(count)
    records: Iterator[Record] = generate_records(count, seed=7)
    return records


def build(path: Path, count: int) -> dict[str, float]:
    """Index ``count`` records, committing every 20,000; return the rates."""
    shutil.rmtree(path, ignore_errors=True)
    index = TantivyIndex(path)
    index.concept_ancestors = THESAURUS.broader_closure
    t0 = time.perf_counter()
    indexing = 0.0
    batch: list[Record] = []
    n = 0
    for record in itertools.chain(record_source(count), [None]):
        if record is not None:
            batch.append(enrich(record, THESAURUS))
        if len(batch) == COMMIT_EVERY or (record is None and batch):
            t1 = time.perf_counter()
            n += index.upsert(batch)
            index.commit(last_seq=n)
            indexing += time.perf_counter() - t1
            batch = []
            if n % 200_000 == 0:
                print(f"  {n:,} records, {time.perf_counter() - t0:.0f} s", flush=True)
    t1 = time.perf_counter()
    index.close()  # waits for background merges
    merge_wait = time.perf_counter() - t1
    total = time.perf_counter() - t0
    return {"records": n, "total_s": total, "indexing_s": indexing + merge_wait,
            "docs_per_s_indexing": n / (indexing + merge_wait),
            "docs_per_s_end_to_end": n / total, "merge_wait_s": merge_wait}  # fmt: skip


def queries(n: int, seed: int = 11) -> list[SearchQuery]:
    """``n`` mixed queries: terms, AND, OR, phrases, prefixes, filters, ranges, date sorts."""
    rng = random.Random(seed)
    out: list[SearchQuery] = []
    for i in range(n):
        lang = rng.choices(list(LANG_WEIGHTS), list(LANG_WEIGHTS.values()))[0]
        w = WORDS[lang]
        kind = i % 10
        text, filters, extra = "", {}, {}
        if kind in (0, 1, 2):
            text = rng.choice(w)
        elif kind == 3:
            text = f"{rng.choice(w)} {rng.choice(w)}"
        elif kind == 4:
            text = f'"{rng.choice(w)} {rng.choice(w)}"'
        elif kind == 5:
            text = rng.choice([x for x in w if len(x) > 5])[:4] + "*"
        elif kind == 6:
            text = f"{rng.choice(w)} OR {rng.choice(w)} -{rng.choice(w)}"
        elif kind == 7:
            text = rng.choice(w)
            filters = {
                "type": (rng.choice(RECORD_TYPES),),
                "country": tuple(rng.sample(COUNTRIES, 2)),
            }
        elif kind == 8:
            filters = {"type": (rng.choice(RECORD_TYPES),)}
            extra = {"sort": "-date", "year_from": 2010, "year_to": 2020}
        else:
            text = rng.choice(w)
            extra = {"sort": "date", "date_from": "2015-06"}
        out.append(SearchQuery(text=text, filters=filters, facets=FACETS, limit=20,
                               highlight=True, lang=lang, expander=expander_for(THESAURUS),
                               **extra))  # fmt: skip
    return out


SHAPES = ("term", "term", "term", "and", "phrase", "prefix", "or-not", "term+filters",
          "filters, -date", "term, date")  # fmt: skip
"""The shape of query ``i`` is ``SHAPES[i % 10]`` (see :func:`queries`)."""


HIT_SHARES = ((0.01, "< 1% hits"), (0.05, "1-5% hits"), (0.2, "5-20% hits"), (2.0, ">= 20% hits"))
"""Buckets of queries by the share of the index they match (how costs scale with hits)."""


def _cpu_ms(index: TantivyIndex, q: SearchQuery, rounds: int, remembered: bool) -> float:
    """Median CPU ms of ``q`` over ``rounds`` runs; with ``remembered`` False the index's
    memory of totals and facet counts is emptied before each run (a query asked first)."""
    runs = []
    for _ in range(rounds):
        if not remembered:
            index._counts.reset(index._generation)
        t0 = time.process_time()
        index.search(q)
        runs.append((time.process_time() - t0) * 1000)
    return statistics.median(runs)


def cpu_by_shape(index: TantivyIndex, qs: list[SearchQuery], rounds: int = 3) -> dict[str, Any]:
    """CPU time (user + sys of this process, all threads: ``time.process_time``) and wall
    time per query, by query shape and by the share of the index the query matches; median
    of ``rounds`` runs of each query, each asked first (the index's memory of totals and
    facet counts emptied before every run). CPU time, unlike wall time, means something on
    a shared machine; wall time shows what two threads (hits beside facets) save.

    Also the CPU of the query's second page (through the cursor) counted afresh and
    served from the memory of the first page's totals and facet counts (``page2_*``)."""
    for q in qs[:5]:
        index.search(q)  # warm-up
    size = max(index.count(), 1)
    groups: dict[str, list[tuple[float, float, int, float, float]]] = {}
    every: list[tuple[float, float, int, float, float]] = []
    for i, q in enumerate(qs):
        runs, walls = [], []
        first = None
        for _ in range(rounds):
            index._counts.reset(index._generation)
            t0, w0 = time.process_time(), time.perf_counter()
            first = index.search(q)
            runs.append((time.process_time() - t0) * 1000)
            walls.append((time.perf_counter() - w0) * 1000)
        assert first is not None
        total = first.total
        page2_fresh = page2_kept = float("nan")
        if first.next_cursor:
            nxt = dataclasses.replace(q, search_after=first.next_cursor)
            page2_fresh = _cpu_ms(index, nxt, rounds, remembered=False)
            index.search(q)  # page 1 remembers the counts
            page2_kept = _cpu_ms(index, nxt, rounds, remembered=True)
        row = (statistics.median(runs), statistics.median(walls), total, page2_fresh, page2_kept)
        share = next(name for limit, name in HIT_SHARES if total / size < limit)
        groups.setdefault(SHAPES[i % len(SHAPES)], []).append(row)
        groups.setdefault(share, []).append(row)
        every.append(row)
    order = [*dict.fromkeys(SHAPES), *(name for _limit, name in HIT_SHARES)]
    out: dict[str, Any] = {}
    for group, rows in [*((g, groups[g]) for g in order if g in groups), ("all", every)]:
        cpu = sorted(r[0] for r in rows)
        wall = sorted(r[1] for r in rows)
        at = max(0, int(0.95 * len(rows)) - 1)
        paged = [r for r in rows if r[3] == r[3]]  # queries with a second page
        fresh = sorted(r[3] for r in paged) or [0.0]
        kept = sorted(r[4] for r in paged) or [0.0]
        at2 = max(0, int(0.95 * len(fresh)) - 1)
        out[group] = {"queries": len(rows), "mean_cpu_ms": statistics.mean(cpu),
                      "p95_cpu_ms": cpu[at], "mean_wall_ms": statistics.mean(wall),
                      "p95_wall_ms": wall[at],
                      "mean_hits": statistics.mean(r[2] for r in rows),
                      "paged": len(paged),
                      "page2_fresh_mean_cpu_ms": statistics.mean(fresh),
                      "page2_fresh_p95_cpu_ms": fresh[at2],
                      "page2_kept_mean_cpu_ms": statistics.mean(kept),
                      "page2_kept_p95_cpu_ms": kept[at2]}  # fmt: skip
    return out


def drop_page_cache(path: Path) -> int:
    """Ask the kernel to drop the cached pages of every file of the index (a cold start as
    after a reboot, without root: ``posix_fadvise(DONTNEED)`` drops the clean pages no
    process maps). Returns the bytes of the files."""
    size = 0
    for f in path.iterdir():
        if f.is_file():
            fd = os.open(f, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
            size += f.stat().st_size
    return size


def _faults() -> tuple[int, int]:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_majflt, r.ru_minflt


def run_pass(index: TantivyIndex, qs: list[SearchQuery], show_slowest: int = 0) -> dict[str, float]:
    """One pass over ``qs`` (top 20, highlights, 3 facets), each query's totals and facet
    counts counted (the index's memory of them emptied first; a query repeated within the
    pass is served from it, as a running server would). Wall p50 / p95 / max in ms, CPU
    (user + sys of the process, all threads: the facet thread too) mean / p95 per query,
    and the page faults of the pass (major: read from disk; minor: mapped from the cache)."""
    counts = getattr(index, "_counts", None)  # tantivy's; a cluster backend has none
    if counts is not None:
        counts.reset(index._generation)
    times, cpus, totals, slowest = [], [], [], []
    load_before = os.getloadavg()[0]
    maj0, min0 = _faults()
    for q in qs:
        c0, t0 = time.process_time(), time.perf_counter()
        res = index.search(q)
        times.append((time.perf_counter() - t0) * 1000)
        cpus.append((time.process_time() - c0) * 1000)
        totals.append(res.total)
        slowest.append((times[-1], q.text, q.sort, res.total))
    maj1, min1 = _faults()
    slowest.sort(reverse=True)
    for ms, text, sort, total in slowest[:show_slowest]:
        print(f"  slow: {ms:.1f} ms  {text!r} sort={sort} hits={total:,}")
    times.sort()
    cpus_sorted = sorted(cpus)
    at = max(0, int(0.95 * len(times)) - 1)
    return {"queries": len(qs), "p50_ms": statistics.median(times), "p95_ms": times[at],
            "max_ms": times[-1], "cpu_mean_ms": statistics.mean(cpus),
            "cpu_p95_ms": cpus_sorted[at], "cpu_s": sum(cpus) / 1000,
            "major_faults": maj1 - maj0, "minor_faults": min1 - min0,
            "mean_hits": statistics.mean(totals), "load_before": load_before,
            "load_after": os.getloadavg()[0]}  # fmt: skip


def run_queries(
    index: TantivyIndex, qs: list[SearchQuery], passes: int = 3
) -> list[dict[str, float]]:
    """The first pass right after the index was opened (nothing asked before it but chm's
    own warm-up, if on), then ``passes - 1`` warm passes over the same queries."""
    out = []
    for n in range(passes):
        figures = run_pass(index, qs, show_slowest=5 if n == 0 else 0)
        name = "first" if n == 0 else f"warm {n}"
        print(f"  {name:7} pass: p50 {figures['p50_ms']:.1f}  p95 {figures['p95_ms']:.1f}  "
              f"max {figures['max_ms']:.1f} ms wall;  CPU mean {figures['cpu_mean_ms']:.2f}  "
              f"p95 {figures['cpu_p95_ms']:.2f} ms, {figures['cpu_s']:.2f} s in all;  "
              f"faults {figures['major_faults']:,} major / {figures['minor_faults']:,} minor;  "
              f"load {figures['load_before']:.1f}", flush=True)  # fmt: skip
        out.append(figures)
    return out


def main() -> None:
    """Build or reuse the index, run the queries, print and save the figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument(
        "--passes",
        type=int,
        default=3,
        help="passes over the queries: the first, then warm ones (each reported)",
    )
    ap.add_argument(
        "--cold",
        action="store_true",
        help="drop the index's files from the page cache first (a cold start)",
    )
    ap.add_argument(
        "--no-warm-up",
        action="store_true",
        help="open the index without chm's warm-up (as before it existed)",
    )
    ap.add_argument("--cpu", action="store_true",
                    help="report CPU time per query by query shape instead of latency")  # fmt: skip
    ap.add_argument("--no-lexicon", action="store_true",
                    help="expand without the domain lexicon: the bench's words are all lexicon "
                         "or thesaurus words, so with CHM_TRANSLATIONS on and off this measures "
                         "what the bilingual dictionaries' translations cost")  # fmt: skip
    args = ap.parse_args()
    path = OUT / f"tantivy-{args.count}"
    print(machine())
    figures: dict[str, object] = {"count": args.count}
    reuse = not args.rebuild and path.exists()
    if reuse:
        probe = TantivyIndex(path)
        reuse = probe.count() == args.count
        probe.close()
    if reuse:
        print(f"reusing {path}")
    else:
        print(f"building {path} ({args.count:,} records, commit every {COMMIT_EVERY:,})")
        figures["build"] = build(path, args.count)
        print(json.dumps(figures["build"], indent=1))
    if args.cold:
        size = drop_page_cache(path)
        print(f"cold start: the index's {size / 2**20:,.0f} MB dropped from the page cache")
    c0, w0 = time.process_time(), time.perf_counter()
    index = TantivyIndex(path)
    index.concept_ancestors = THESAURUS.broader_closure  # as the API's context sets it
    qs = queries(args.queries)
    if args.no_lexicon:
        bare = QueryExpander(THESAURUS, lexicon=Lexicon())
        qs = [dataclasses.replace(q, expander=bare) for q in qs]
    if not args.no_warm_up and not args.cpu:
        # as `chm serve` does at start-up (search_api.app.warm_up); the bench waits for it
        # so that the first pass measures a server that is ready
        expander = warm_expander(THESAURUS)
        index.start_warming(warm_queries(THESAURUS))
        index.wait_warm()
        expander.join()
    figures["open_and_warm_up"] = {"cpu_s": time.process_time() - c0,
                                   "wall_s": time.perf_counter() - w0}  # fmt: skip
    print(
        f"opening{'' if args.no_warm_up else ' and warming up'}: "
        f"{figures['open_and_warm_up']['cpu_s']:.2f} CPU-s, "  # type: ignore[index]
        f"{figures['open_and_warm_up']['wall_s']:.2f} s wall"
    )  # type: ignore[index]
    if args.cpu:
        cpu = cpu_by_shape(index, qs)
        index.close()
        print(f"load average {os.getloadavg()[0]:.2f} (wall times are noise on a loaded machine)")
        print(f"{'queries':16} {'n':>4} {'mean hits':>10} {'CPU mean':>9} {'CPU p95':>8} "
              f"{'wall mean':>10} {'wall p95':>9} | page 2: {'n':>4} {'afresh':>13} "
              f"{'remembered':>13}  (ms; page 2 as CPU mean / p95)")  # fmt: skip
        for group, f in cpu.items():
            print(f"{group:16} {f['queries']:>4} {f['mean_hits']:>10,.0f} "
                  f"{f['mean_cpu_ms']:>9.2f} {f['p95_cpu_ms']:>8.2f} "
                  f"{f['mean_wall_ms']:>10.2f} {f['p95_wall_ms']:>9.2f} | "
                  f"{f['paged']:>12} {f['page2_fresh_mean_cpu_ms']:>6.2f} / "
                  f"{f['page2_fresh_p95_cpu_ms']:<6.2f}{f['page2_kept_mean_cpu_ms']:>6.2f} / "
                  f"{f['page2_kept_p95_cpu_ms']:<6.2f}")  # fmt: skip
        (OUT / f"bench_search_cpu-{args.count}.json").write_text(json.dumps(cpu, indent=1))
        return
    passes = run_queries(index, qs, args.passes)
    figures["passes"] = passes
    figures["peak_rss_mb"] = peak_rss_mb()
    figures["segments"] = index._index.searcher().num_segments
    index.close()
    for name, f in (("first pass", passes[0]), *((f"warm pass {n}", p) for n, p in
                                                   enumerate(passes[1:], 1))):  # fmt: skip
        verdict = "PASS" if f["p95_ms"] < TARGET_P95_MS else "FAIL"
        print(
            f"{name}: p95 {f['p95_ms']:.1f} ms wall (CPU p95 {f['cpu_p95_ms']:.1f} ms): "
            f"target p95 < {TARGET_P95_MS:.0f} ms at {args.count:,} records: {verdict}"
        )
    print(f"peak RSS {figures['peak_rss_mb']:.0f} MB, {figures['segments']} segments")
    (OUT / f"bench_search-{args.count}.json").write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
