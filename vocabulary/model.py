"""Plain data for the vocabulary: concepts, schemes, errors and the project's URI scheme.

The loader (vocabulary/loader.py) turns RDF into these objects once; the resolver
(vocabulary/resolver.py) builds its lookup dictionaries from them. Nothing here touches rdflib.

Error tree::

    ConfigError (core.config)
    └── VocabularyError     a vocabulary file cannot be read or parsed (load time only)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.config import ConfigError

BASE_URI = "https://vocab.chm.example.org/"
CHM_NS = BASE_URI + "ontology#"
TOPIC_SCHEME = BASE_URI + "topics"
TYPE_SCHEME = BASE_URI + "types"
REGION_SCHEME = BASE_URI + "regions"
TOPIC_PREFIX = BASE_URI + "topic/"
TYPE_PREFIX = BASE_URI + "type/"
REGION_PREFIX = BASE_URI + "region/"
PROJECT_THESAURUS = Path(__file__).resolve().parent / "thesaurus.ttl"


class VocabularyError(ConfigError):
    """A vocabulary file cannot be read or parsed. The message names the file (and line).

    It is a :class:`ConfigError` because vocabulary files are named in config.toml: the CLI
    reports it like any other configuration problem.
    """

    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None):
        super().__init__([message])
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        return self.message


@dataclass
class Concept:
    """One SKOS concept with everything the resolver, the API and the checker need."""

    uri: str
    pref: dict[str, str] = field(default_factory=dict)
    alt: dict[str, list[str]] = field(default_factory=dict)
    hidden: dict[str, list[str]] = field(default_factory=dict)
    definition: dict[str, str] = field(default_factory=dict)
    broader: list[str] = field(default_factory=list)
    narrower: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    matches: dict[str, list[str]] = field(default_factory=dict)
    schemes: list[str] = field(default_factory=list)
    top_of: list[str] = field(default_factory=list)
    notation: list[str] = field(default_factory=list)
    member_countries: list[str] = field(default_factory=list)

    @property
    def scheme(self) -> str | None:
        """The first concept scheme, or None."""
        return self.schemes[0] if self.schemes else None

    @property
    def id(self) -> str:
        """Short id: ``topic/mercury`` for project URIs, else the full URI."""
        return short_id(self.uri)

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible data (the shape GET /api/vocabulary/concepts/{id} serves)."""
        return {
            "uri": self.uri,
            "id": self.id,
            "prefLabel": dict(self.pref),
            "altLabel": {k: list(v) for k, v in self.alt.items()},
            "definition": dict(self.definition),
            "broader": list(self.broader),
            "narrower": list(self.narrower),
            "related": list(self.related),
            "matches": {k: list(v) for k, v in self.matches.items()},
            "schemes": list(self.schemes),
            "notation": list(self.notation),
            "memberCountries": list(self.member_countries),
        }


@dataclass
class Scheme:
    """A skos:ConceptScheme: its labels and top concepts."""

    uri: str
    labels: dict[str, str] = field(default_factory=dict)
    top_concepts: list[str] = field(default_factory=list)


def short_id(uri: str) -> str:
    """``https://vocab.chm.example.org/topic/mercury`` -> ``topic/mercury``; others unchanged."""
    return uri[len(BASE_URI) :] if uri.startswith(BASE_URI) else uri


def is_project_uri(uri: str) -> bool:
    """True when ``uri`` belongs to the project thesaurus."""
    return uri.startswith(BASE_URI)
