"""SKOS files -> :class:`Vocabulary`: parse with rdflib once, extract concepts, cache on disk.

Data flow: config.toml ``[vocabulary] files`` -> :func:`load_vocabulary` -> ``Vocabulary``
(resolver.py), shared by the pipeline (enrich), the search API and the CLI.

Any serialisation rdflib reads is accepted; the format is guessed from the extension (or
sniffed from the first bytes). A parse error raises :class:`VocabularyError` naming the file
and, when rdflib reports it, the line. Parsing a 5,000-concept file takes seconds, so the
built vocabulary is pickled in a cache directory, keyed by the SHA-256 of the files' bytes
and of this package's modules (and a cache format version): a restart then loads it in
milliseconds, without importing rdflib at all (the SKOS extraction lives in
:mod:`vocabulary.rdf`, imported only to parse). The cache is written atomically (temporary
file, then rename); a cache that cannot be read back (truncated, corrupted, from another
version) is ignored and rebuilt.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from vocabulary.model import Concept, Scheme, VocabularyError
from vocabulary.resolver import Vocabulary

if TYPE_CHECKING:
    import rdflib

CACHE_VERSION = "chm-vocab-6"
KEEP_PER_KIND = 4
"""Cached pickles of one kind (``vocab``, ``lexicon``, ``mapping-tables``) kept beside the
one just written, the most recent first: other checkouts' and versions' files, each a few
megabytes, do not pile up with every edit of a vocabulary file."""

T = TypeVar("T")


def default_cache_dir() -> Path:
    """``$CHM_VOCAB_CACHE``, else ``$XDG_CACHE_HOME/chm``, else ``~/.cache/chm``."""
    if os.environ.get("CHM_VOCAB_CACHE"):
        return Path(os.environ["CHM_VOCAB_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "chm"


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def code_parts(package: Path | None = None) -> list[str]:
    """The modules of ``package`` (a directory; this package by default), digested as they
    are on disk: a cache key that holds them changes with the code that built the object."""
    here = package or Path(__file__).parent
    return [f"{m.name}|{_digest(m)}" for m in sorted(here.glob("*.py"))]


# Read once, when the package is imported: the key names the code this process runs. Read at
# each load, a long-running process whose modules were replaced on disk (a checkout, an
# upgrade) would write a pickle built by its old code under the new code's key, and every
# later process would load it.
_CODE_PARTS = code_parts()


def cache_key(files: Sequence[Path]) -> str:
    """SHA-256 of the files' contents and of this package's modules as they were when this
    process imported them (the pickle holds instances of its classes: a change to any of
    them, a new attribute of the matcher say, must not load an old pickle). Contents, not
    mtimes: a checkout or a copy that leaves the bytes alone keeps the cache."""
    parts = [CACHE_VERSION, *_CODE_PARTS]
    parts += [f"{f.resolve()}|{_digest(f)}" for f in files]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off for a block that makes or unpickles hundreds of
    thousands of small objects and no cycle to collect (a lexicon's entries, a vocabulary's
    label index): its passes over them would take more time than the block itself (the
    lexicon: 1.26 CPU-s read with it, 0.53 without; its pickle 0.50 against 0.06)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def read_pickle(path: Path, kind: type[T]) -> T | None:
    """The object pickled at ``path`` when it is a ``kind``, or None when there is no such
    file or it cannot be read back (a corrupted or truncated file raises almost anything
    from the unpickler: the caller builds the object again)."""
    try:
        with path.open("rb") as fh, paused_gc():
            obj = pickle.load(fh)
    except Exception:  # any failure means "no usable cache"
        return None
    return obj if isinstance(obj, kind) else None


def write_pickle(path: Path, obj: object) -> bool:
    """Write ``obj`` at ``path`` atomically (a reader sees the old file or the whole new
    one) and drop the older files of its kind beyond :data:`KEEP_PER_KIND`; False when it
    cannot be written (a read-only cache directory only costs a rebuild)."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return False
    _prune(path)
    return True


def _prune(path: Path) -> None:
    """Remove the files of ``path``'s kind (its name before the last ``-``) but the
    :data:`KEEP_PER_KIND` most recently written and ``path`` itself. A file another process
    is about to read may go: that process then builds its object again."""
    kind = path.name.rsplit("-", 1)[0]
    others = []
    for other in path.parent.glob(f"{kind}-*.pickle"):
        if other != path and other.name.rsplit("-", 1)[0] == kind:
            with contextlib.suppress(OSError):
                others.append((other.stat().st_mtime, other))
    others.sort(reverse=True)
    for _mtime, old in others[KEEP_PER_KIND:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _read_cache(path: Path) -> Vocabulary | None:
    """The cached vocabulary (:func:`read_pickle`)."""
    return read_pickle(path, Vocabulary)


def parse_graph(path: Path) -> rdflib.Graph:
    """Parse one file (rdflib is imported here, on a cache miss only)."""
    from vocabulary.rdf import parse_graph as parse

    return parse(path)


def extract(graph: rdflib.Graph) -> tuple[dict[str, Concept], dict[str, Scheme]]:
    """Concepts and schemes of a parsed graph (:func:`vocabulary.rdf.extract`)."""
    from vocabulary.rdf import extract as skos_extract

    return skos_extract(graph)


def load_vocabulary(
    files: Sequence[Path | str],
    *,
    cache: bool = True,
    cache_dir: Path | None = None,
) -> Vocabulary:
    """Load SKOS files into one :class:`Vocabulary` (labels indexed once).

    Args:
        files: RDF files in any serialisation rdflib reads; later files add concepts.
        cache: reuse / write the pickled vocabulary (keyed by paths, sizes and mtimes).
        cache_dir: where the pickle lives (default :func:`default_cache_dir`).

    Raises:
        VocabularyError: a file is missing, unreadable, not RDF, or holds no SKOS concept.
    """
    paths = [Path(f) for f in files]
    for p in paths:
        if not p.is_file():
            raise VocabularyError(f"{p}: vocabulary file not found", path=p)
    cache_path = (cache_dir or default_cache_dir()) / f"vocab-{cache_key(paths)}.pickle"
    if cache and cache_path.is_file():
        cached = _read_cache(cache_path)
        if cached is not None:
            return cached
    concepts: dict[str, Concept] = {}
    schemes: dict[str, Scheme] = {}
    for p in paths:
        file_concepts, file_schemes = extract(parse_graph(p))
        if not file_concepts:
            raise VocabularyError(
                f"{p}: contains no SKOS concepts (no skos:Concept, SKOS label or relation); "
                "is it an RDFS/OWL file or empty?",
                path=p,
            )
        _merge(concepts, file_concepts)
        schemes.update(file_schemes)
    vocab = Vocabulary(concepts, schemes, files=paths)
    if cache:
        vocab.compile_matchers()  # cached built: every process that loads it would build it
        write_pickle(cache_path, vocab)
    return vocab


def _merge(into: dict[str, Concept], new: dict[str, Concept]) -> None:
    for uri, c in new.items():
        old = into.get(uri)
        if old is None:
            into[uri] = c
            continue
        for lang, label in c.pref.items():
            old.pref.setdefault(lang, label)
        for lang, labels in c.alt.items():
            old.alt.setdefault(lang, []).extend(x for x in labels if x not in old.alt[lang])
        for attr in ("broader", "narrower", "related", "schemes", "top_of"):
            target: list[str] = getattr(old, attr)
            target.extend(x for x in getattr(c, attr) if x not in target)
