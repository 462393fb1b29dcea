"""``chm vocab check|lookup|gaps|translations`` — the controlled vocabulary from the command
line."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from cli.common import context_from_args, emit, fail, table


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``chm vocab …``."""
    p = sub.add_parser("vocab", help="check the vocabulary, resolve labels, list gaps",
                       parents=[common])  # fmt: skip
    vsub = p.add_subparsers(dest="vocab_command", metavar="ACTION", required=True)
    cp = vsub.add_parser("check", help="SKOS integrity check (exit 1 on errors)", parents=[common])
    cp.add_argument("files", nargs="*", type=Path, help="files (default: config.toml's)")
    cp.add_argument("--require-lang", action="append", default=None, metavar="LANG",
                    help="prefLabel language required in the project thesaurus "
                         "(repeatable; default en, fr, es)")  # fmt: skip
    cp.add_argument("--external-require-lang", action="append", default=[], metavar="LANG",
                    help="prefLabel language required in external vocabularies")  # fmt: skip
    cp.add_argument("--errors-only", action="store_true", help="hide warnings")
    cp.set_defaults(func=cmd_check, needs_config=False)  # checks the config when no FILES
    lp = vsub.add_parser("lookup", help="resolve a label to concepts", parents=[common])
    lp.add_argument("label")
    lp.add_argument("--lang", default=None, help="language of the label (default: any)")
    lp.set_defaults(func=cmd_lookup)
    gp = vsub.add_parser(
        "gaps", help="most frequent unmapped subject terms and record types", parents=[common]
    )
    gp.add_argument("--node", default=None, help="only this node")
    gp.add_argument(
        "--kind",
        choices=["unmapped", "ambiguous", "type"],
        default=None,
        help="only this kind (type: stated record types that matched no type)",
    )
    gp.add_argument("--limit", type=int, default=50)
    gp.set_defaults(func=cmd_gaps)
    tp = vsub.add_parser("translations", help="the query-term translation table",
                         parents=[common])  # fmt: skip
    tsub = tp.add_subparsers(dest="translations_command", metavar="ACTION", required=True)
    bp = tsub.add_parser("build", parents=[common],
                         help="build it from the Apertium and FreeDict dictionaries")  # fmt: skip
    bp.add_argument("--out", type=Path, default=None,
                    help="where to write it (default: $CHM_TRANSLATIONS or "
                         "var/translations.tsv.gz)")  # fmt: skip
    bp.set_defaults(func=cmd_translations_build, needs_config=False)
    sp = tsub.add_parser("show", parents=[common], help="a word's translations in the table")
    sp.add_argument("word")
    sp.set_defaults(func=cmd_translations_show, needs_config=False)


def cmd_translations_build(args: argparse.Namespace) -> int:
    """Build the translation table; exit 2 when the dictionaries are missing."""
    from vocabulary.dictionary import DEFAULT_TABLE, DictionaryError, build, table_path

    out = args.out or table_path() or DEFAULT_TABLE
    try:
        rows = build(out)
    except DictionaryError as exc:
        return fail(str(exc))
    emit(args, {"path": str(out), "rows": rows}, f"{out}: {rows} rows")
    return 0


def cmd_translations_show(args: argparse.Namespace) -> int:
    """Print a word's translations; exit 1 when it has none, 2 when there is no table."""
    from vocabulary.dictionary import default_table, table_path

    table = default_table()
    if table is None:
        path = table_path()
        if path is None:
            return fail("query translation is switched off (CHM_TRANSLATIONS=off)")
        return fail(f"no translation table at {path} (make translations builds it)")
    found = table.explain(args.word)
    text = "\n".join("\t".join(t).rstrip("\t") for t in found) or "no translation"
    data = {
        "word": args.word,
        "translations": [[lang, word] for lang, word, _source in found],
        "sources": [source for _lang, _word, source in found],
    }
    emit(args, data, text)
    return 0 if found else 1


def cmd_check(args: argparse.Namespace) -> int:
    """Check vocabulary files; exit 1 when any error is found."""
    from vocabulary.check import check_vocabulary

    files = list(args.files)
    if not files:
        files = list(context_from_args(args).settings.vocabulary_files)
    if not files:
        return fail("no vocabulary files given and none configured in [vocabulary] files")
    problems = check_vocabulary(
        files,
        required_langs=tuple(args.require_lang or ("en", "fr", "es")),
        external_required_langs=tuple(args.external_require_lang),
    )
    errors = [p for p in problems if p.severity == "error"]
    shown = errors if args.errors_only else problems
    warnings = len(problems) - len(errors)
    summary = f"{len(files)} file(s): {len(errors)} error(s), {warnings} warning(s)"
    text = "\n".join([*(str(p) for p in shown), summary])
    data = {
        "files": [str(f) for f in files],
        "errors": len(errors),
        "warnings": warnings,
        "problems": [p.to_dict() for p in shown],
    }
    emit(args, data, text)
    return 1 if errors else 0


def cmd_lookup(args: argparse.Namespace) -> int:
    """Resolve a label; exit 1 when nothing matched."""
    ctx = context_from_args(args)
    vocab = ctx.vocabulary
    if vocab is None:
        return fail("no vocabulary configured ([vocabulary] files in config.toml)")
    uris, ambiguous = vocab.resolve(args.label, args.lang)
    lang = args.lang or "en"
    rows = [[vocab.concept(u).id, vocab.label(u, lang), vocab.scheme_kind(u)] for u in uris]
    if uris:
        text = table(rows, ["CONCEPT", "LABEL", "SCHEME"])
        if ambiguous:
            text += "\n(ambiguous: the label belongs to several concepts of one scheme)"
    else:
        suggestions = vocab.search_concepts(args.label, args.lang, limit=5)
        text = f"no concept for {args.label!r}"
        if suggestions:
            text += "; did you mean: " + ", ".join(f"{h.label} ({h.uri})" for h in suggestions)
    data = {"label": args.label, "ambiguous": ambiguous,
            "concepts": [{"uri": u, "label": vocab.label(u, lang)} for u in uris]}  # fmt: skip
    emit(args, data, text)
    return 0 if uris else 1


def cmd_gaps(args: argparse.Namespace) -> int:
    """Print the most frequent unmapped / ambiguous subject terms."""
    from vocabulary.gaps import top_gaps

    ctx = context_from_args(args)
    db_path = ctx.settings.db_path
    if not Path(db_path).exists():
        rows_data: list[dict[str, object]] = []
    else:
        conn = sqlite3.connect(db_path)
        try:
            rows_data = top_gaps(conn, args.node, args.limit, args.kind)
        finally:
            conn.close()
    rows = [[str(r["node_id"]), str(r["count"]), str(r["kind"]), str(r["term"])] for r in rows_data]
    text = table(rows, ["NODE", "COUNT", "KIND", "TERM"]) if rows else "no vocabulary gaps recorded"
    kinds = dict.fromkeys(str(r["kind"]) for r in rows_data)
    if rows:
        from vocabulary.gaps import FIXES

        fixes = [f"  {k}: {FIXES[k]}" for k in kinds if k in FIXES]
        text += "\n\nwhat to do:\n" + "\n".join(fixes)
    emit(args, {"gaps": rows_data}, text)
    return 0
