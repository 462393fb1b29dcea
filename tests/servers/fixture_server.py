"""Replays the real recorded OAI-PMH responses in ``../shared/fixtures/oai-pmh/`` over HTTP.

Where it sits: test infrastructure for the harvest step. Harvester tests point Sickle (or
chm's OAI-PMH harvester) at this server and get byte-for-byte what real repositories
answered, with the HTTP status and Content-Type they answered with (Zenodo's HTTP 422
errors, an HTML page with status 200, a body that is not XML).

URL scheme (``ROOT`` is the ``fixture_oai_url`` pytest fixture, e.g. ``http://127.0.0.1:PORT``):

``ROOT/<folder>/<file>``
    The file verbatim, whatever the query string. Zenodo files get the status and
    Content-Type recorded in ``zenodo-scythe/_http_meta.json`` (422 for its errors). Since
    the query is ignored, a file's URL also works as a one-answer endpoint:
    ``Sickle(ROOT + "/pyoai-dspace-erasmus/broken_Identify_bad_datestamp.xml").Identify()``.

``ROOT/<folder>/oai?verb=...``
    An OAI-PMH endpoint replaying that folder (``sickle``, ``zenodo-scythe``,
    ``pyoai-dspace-erasmus``, ``phpoaipmh``, ``pycsw``). A request is answered by, in order:

    1. the recorded response whose request matches exactly (verb and arguments, from the
       ``<request>`` element of each file, and for Zenodo from ``_http_meta.json``);
       resumption tokens therefore lead from page to page: Sickle's tokens name the next
       file (``ListRecords.xml`` -> ``ListRecords2.xml`` -> ... -> ``ListRecords4.xml``),
       Zenodo's and NSDL's opaque tokens are read from each page and lead to the page
       recorded for them (Zenodo ListRecords page1 -> page2 -> page3, ListIdentifiers
       page1 -> page2 -> page3, ListSets page1 -> page2; NSDL ListIdentifiers page1..4);
    2. an unknown resumptionToken -> the folder's badResumptionToken error;
       an unsupported metadataPrefix -> its cannotDisseminateFormat error (Zenodo answers
       ``badArgument`` with 422); a list verb without metadataPrefix -> badArgument;
       GetRecord / ListMetadataFormats with an unknown identifier -> idDoesNotExist;
       an illegal or missing verb -> badVerb;
    3. otherwise the folder's first recorded response for that verb (e.g. sickle
       ``ListRecords&from=...`` -> ``ListRecords.xml``; dspace ``ListRecords`` without
       ``from`` -> ``ListRecords_from2003-04-10.xml``); 404 if the verb was never recorded.

    Useful requests: ``/sickle/oai?verb=ListRecords&metadataPrefix=oai_dc`` (4 pages,
    8 records, the last header deleted without identifier); ``/zenodo-scythe/oai?verb=
    ListRecords&metadataPrefix=oai_dc`` (3 pages, 9 records);
    ``/pyoai-dspace-erasmus/oai?verb=ListRecords&metadataPrefix=oai_dc&from=2003-04-10``
    (16 records) or ``from=2004-01-01`` (81 records); ``/phpoaipmh/oai?verb=
    ListIdentifiers&metadataPrefix=nsdl_dc&from=2012-07-26`` (4 pages, 733 ids).

``ROOT/error/<code>/oai``
    The sickle error file for ``<code>`` (badArgument, badResumptionToken, badVerb,
    cannotDisseminateFormat, idDoesNotExist, noRecordsMatch, noSetHierarchy,
    undefinedError) for any request, status 200. badVerb comes from phpoaipmh.

``ROOT/broken/oai``
    ``sickle/ListRecordsBroken.xml`` (the 10 bytes ``broken xml``), status 200, text/xml.

``ROOT/html/oai``
    Zenodo-scythe's recorded HTML page (``not_oai_html_response.html``), status 200,
    text/html.

``ROOT/``
    A plain-text summary of this scheme.
"""

from __future__ import annotations

import html
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from demo.oai_server import HttpAppServer
from demo.provider import Response

FIXTURES = Path(
    os.environ.get(
        "CHM_OAI_FIXTURES",
        Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "oai-pmh",
    )
)
XML = "text/xml; charset=utf-8"
HTML = "text/html; charset=utf-8"
TEXT = "text/plain; charset=utf-8"
ERROR_CODES = (
    "badArgument",
    "badResumptionToken",
    "badVerb",
    "cannotDisseminateFormat",
    "idDoesNotExist",
    "noRecordsMatch",
    "noSetHierarchy",
    "undefinedError",
)
LIST_VERBS = ("ListRecords", "ListIdentifiers")
VERBS = (*LIST_VERBS, "Identify", "ListSets", "ListMetadataFormats", "GetRecord")
_REQUEST_RE = re.compile(rb"<(?:oai:)?request\b([^>]*)>")
_ATTR_RE = re.compile(rb'([A-Za-z_]+)="([^"]*)"')
_TOKEN_RE = re.compile(rb"<(?:oai:)?resumptionToken\b[^>]*>([^<]+)</(?:oai:)?resumptionToken>")
_SKIP = ("broken_", "error", "zenodo_error", "e-periodica", "not_oai", "_")

Key = tuple[str, frozenset[tuple[str, str]]]
ZE = "zenodo-scythe/zenodo_error_"


@dataclass
class Folder:
    """One fixture folder as an endpoint: recorded answers and the files for its errors."""

    name: str
    prefixes: tuple[str, ...]
    errors: dict[str, str]  # OAI error code -> "folder/file"
    recorded: dict[Key, str] = field(default_factory=dict)  # exact request -> file
    first: dict[str, str] = field(default_factory=dict)  # verb -> first file
    identifiers: set[str] = field(default_factory=set)
    tokens: dict[str, str] = field(default_factory=dict)  # token in a page -> next page


FOLDERS: tuple[Folder, ...] = (
    Folder(
        "sickle",
        ("oai_dc",),
        {
            "badResumptionToken": "sickle/badResumptionToken.xml",
            "cannotDisseminateFormat": "sickle/cannotDisseminateFormat.xml",
            "badArgument": "sickle/badArgument.xml",
            "idDoesNotExist": "sickle/idDoesNotExist.xml",
            "badVerb": "phpoaipmh/error_badVerb_nsdl.xml",
        },
    ),
    Folder(
        "zenodo-scythe",
        ("oai_dc", "datacite"),
        {
            "badResumptionToken": ZE + "badResumptionToken_ListRecords.xml",
            "badResumptionToken:ListSets": ZE + "badResumptionToken_ListSets.xml",
            "cannotDisseminateFormat": ZE + "badArgument_unknown_prefix.xml",
            "badArgument": ZE + "badArgument_unknown_prefix.xml",
            "idDoesNotExist": ZE + "idDoesNotExist_GetRecord.xml",
            "idDoesNotExist:ListMetadataFormats": ZE + "idDoesNotExist_ListMetadataFormats.xml",
            "badVerb": "phpoaipmh/error_badVerb_nsdl.xml",
        },
    ),
    Folder(
        "pyoai-dspace-erasmus",
        ("oai_dc",),
        {
            "badResumptionToken": "sickle/badResumptionToken.xml",
            "cannotDisseminateFormat": "sickle/cannotDisseminateFormat.xml",
            "badArgument": "sickle/badArgument.xml",
            "idDoesNotExist": "sickle/idDoesNotExist.xml",
            "badVerb": "phpoaipmh/error_badVerb_nsdl.xml",
        },
    ),
    Folder(
        "phpoaipmh",
        ("nsdl_dc", "oai_dc"),
        {
            "badResumptionToken": "sickle/badResumptionToken.xml",
            "cannotDisseminateFormat": "sickle/cannotDisseminateFormat.xml",
            "badArgument": "sickle/badArgument.xml",
            "idDoesNotExist": "phpoaipmh/error_idDoesNotExist_wustl-bepress.xml",
            "badVerb": "phpoaipmh/error_badVerb_nsdl.xml",
        },
    ),
    Folder(
        "pycsw",
        ("oai_dc", "iso19139", "datacite"),
        {
            "badResumptionToken": "sickle/badResumptionToken.xml",
            "cannotDisseminateFormat": "sickle/cannotDisseminateFormat.xml",
            "badArgument": "pycsw/error_missing_metadataPrefix_badArgument.xml",
            "idDoesNotExist": "sickle/idDoesNotExist.xml",
            "badVerb": "pycsw/error_bad_verb_as_badArgument.xml",
        },
    ),
)


def _key(params: dict[str, str]) -> Key:
    return params.get("verb", ""), frozenset((k, v) for k, v in params.items() if k != "verb")


class FixtureReplay:
    """The replay logic: (method, path, query) -> the recorded Response."""

    def __init__(self, root: Path = FIXTURES) -> None:
        if not root.is_dir():
            raise FileNotFoundError(f"OAI-PMH fixtures not found at {root} (set CHM_OAI_FIXTURES)")
        self.root = root
        self.meta: dict[str, dict[str, object]] = json.loads(
            (root / "zenodo-scythe" / "_http_meta.json").read_text()
        )
        self.folders = {f.name: f for f in FOLDERS}
        for folder in FOLDERS:
            self._index(folder)

    def _index(self, folder: Folder) -> None:
        """Fill the exact-request table from the files' <request> elements and the meta."""
        folder.recorded.clear()
        folder.first.clear()
        if folder.name == "zenodo-scythe":
            for name, info in self.meta.items():
                uri = str(info["request_uri"])
                if uri.startswith("https://zenodo.org/"):
                    params = dict(parse_qsl(urlsplit(uri).query, keep_blank_values=True))
                    folder.recorded.setdefault(_key(params), name)
        for path in sorted((self.root / folder.name).iterdir()):
            if path.name.startswith(_SKIP) or path.stem in ERROR_CODES or path.suffix != ".xml":
                continue
            match = _REQUEST_RE.search(path.read_bytes()[:4000])
            if not match:
                continue
            params = {k.decode(): v.decode() for k, v in _ATTR_RE.findall(match.group(1))}
            verb = params.get("verb", "")
            if verb not in VERBS:
                continue
            folder.recorded.setdefault(_key(params), path.name)
            if "resumptionToken" not in params:
                folder.first.setdefault(verb, path.name)
            if "identifier" in params:
                folder.identifiers.add(params["identifier"])
        self._chain(folder)

    def _chain(self, folder: Folder) -> None:
        """Map each token found in a page to the page it leads to.

        Sickle's tokens are the next file's name; opaque tokens (Zenodo, NSDL) lead to the
        page whose recorded request carried them.
        """
        folder.tokens.clear()
        files = {p.name for p in (self.root / folder.name).iterdir()}
        for path in sorted((self.root / folder.name).glob("*.xml")):
            for raw in _TOKEN_RE.findall(path.read_bytes()):
                token = html.unescape(raw.decode().strip())
                if token in files:
                    folder.tokens[token] = token
                    continue
                for (_, args), name in folder.recorded.items():
                    if ("resumptionToken", token) in args:
                        folder.tokens[token] = name

    # -- serving ------------------------------------------------------------------------------
    def file(self, rel: str) -> Response:
        """The file ``folder/name`` with its recorded status and Content-Type."""
        path = (self.root / rel).resolve()
        if self.root.resolve() not in path.parents or not path.is_file():
            return Response(404, f"no fixture {rel}\n".encode(), TEXT)
        info = self.meta.get(path.name) if path.parent.name == "zenodo-scythe" else None
        if info is not None:
            status, ctype = int(str(info["http_status"])), str(info["content_type"])
        else:
            status, ctype = 200, HTML if path.suffix == ".html" else XML
        return Response(status, path.read_bytes(), ctype)

    def __call__(self, method: str, path: str, params: dict[str, list[str]]) -> Response:
        """Answer one request following the URL scheme in the module docstring."""
        parts = [p for p in path.split("/") if p]
        single = {k: v[-1] for k, v in params.items()}
        if not parts:
            return Response(200, (__doc__ or "").encode(), TEXT)
        if ".." in parts:
            return Response(404, b"no such fixture\n", TEXT)
        if parts == ["broken", "oai"]:
            return self.file("sickle/ListRecordsBroken.xml")
        if parts == ["html", "oai"]:
            return self.file("zenodo-scythe/not_oai_html_response.html")
        if len(parts) == 3 and parts[0] == "error" and parts[2] == "oai":
            return self._error_file(parts[1])
        if len(parts) == 2 and parts[1] == "oai" and parts[0] in self.folders:
            return self._endpoint(self.folders[parts[0]], single)
        if len(parts) == 2:
            return self.file(f"{parts[0]}/{parts[1]}")
        return Response(404, f"nothing at {path}; GET / for the URL scheme\n".encode(), TEXT)

    def _error_file(self, code: str) -> Response:
        if code == "badVerb":
            return self.file("phpoaipmh/error_badVerb_nsdl.xml")
        if code not in ERROR_CODES:
            return Response(
                404, f"no recorded error {code!r}; known: {ERROR_CODES}\n".encode(), TEXT
            )
        return self.file(f"sickle/{code}.xml")

    def _endpoint(self, folder: Folder, params: dict[str, str]) -> Response:
        verb = params.get("verb", "")
        name = folder.recorded.get(_key(params))
        if name is None and "resumptionToken" in params and verb in VERBS:
            name = folder.tokens.get(params["resumptionToken"])
        if name is not None:
            return self.file(f"{folder.name}/{name}")
        if verb not in VERBS:
            return self._folder_error(folder, "badVerb", verb)
        error = self._error_for(folder, verb, params)
        if error is not None:
            return self._folder_error(folder, error, verb)
        if verb in folder.first:
            return self.file(f"{folder.name}/{folder.first[verb]}")
        return Response(404, f"{folder.name} has no recorded {verb} response\n".encode(), TEXT)

    def _error_for(self, folder: Folder, verb: str, params: dict[str, str]) -> str | None:
        if "resumptionToken" in params:
            return "badResumptionToken"
        prefix = params.get("metadataPrefix")
        if verb in (*LIST_VERBS, "GetRecord") and prefix is None:
            return "badArgument"
        if prefix is not None and prefix not in folder.prefixes:
            return "cannotDisseminateFormat"
        identifier = params.get("identifier")
        if identifier is not None and identifier not in folder.identifiers:
            return "idDoesNotExist"
        return None

    def _folder_error(self, folder: Folder, code: str, verb: str) -> Response:
        rel = folder.errors.get(f"{code}:{verb}") or folder.errors[code]
        return self.file(rel)


class FixtureServer(HttpAppServer):
    """The replay server on ``host:port`` (0 = a free port); ``.root`` is its base URL."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, root: Path = FIXTURES) -> None:
        self.replay = FixtureReplay(root)
        super().__init__(self.replay, host, port)

    @property
    def url(self) -> str:
        """Base URL without a trailing slash, e.g. ``http://127.0.0.1:40123``."""
        return self.root
