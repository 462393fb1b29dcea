"""Duplicates across nodes: the same item published by several nodes, clustered, never deleted.

Where it sits: store records -> **duplicates** (edges and clusters, written by
:mod:`matching.update`) -> record page ("same item elsewhere"), search
(:func:`collapse`: one hit per cluster with "also published by ...") and operators (allow and
block lists).

Two records are duplicates when (strongest first):

1. an operator put the pair on the **allow** list;
2. they share a normalised identifier (:func:`normalise_identifier`: DOI, ISBN, URL,
   URN/handle, project code). A project code joins only records of the same type (a report
   carries its project's code but is not the project); an identifier held by more than
   ``MAX_KEY_RECORDS`` records is too common to mean anything and is ignored;
3. they come from **different nodes** and have a similar title in a common language (token
   Jaccard >= ``TITLE_JACCARD`` after folding and dropping stop words, found through MinHash
   bands within the same country and across all countries, so a record without a country is
   compared too), the same numbers in the title ("phase I" is not "phase II", "sixth" is not
   "fifth", "2015-2017" is not "2019-2021"), the same countries when both state them, the
   same type and year, no conflicting project codes, DOIs or ISBNs, and no capitalised name
   in each title that the other lacks ("..., Dakar" / "..., Ouagadougou");
4. they come from different nodes and their titles say the same thing in any languages: the
   same **subject signature** (concepts of the vocabulary found in the titles, countries and
   regions named, numbers and ordinals: "Sexto informe nacional de biodiversidad de México"
   and "Sixth national report on biodiversity of Mexico" both give biodiversity, national
   report, Mexico, 6) agreeing >= ``SIGNATURE_JACCARD`` (a concept meets itself, its
   broader or a narrower one, never a sibling: :func:`_topic_fit`), the same type and year,
   the same creator when both name one, and title words that agree once the words of shared
   concepts are left out (:func:`_words_agree`: in one language no more than one word of
   substance apart, "mosquitoes" vs "fish", the words of a concept only one has counting
   once; across languages at most half without a cognate, or one word each side for records
   of one country). A concept named whole in one title fits its parts in the other (*LMO
   risk assessment* against *LMOs* and *risk assessment*), and a concept of one title fits
   the other when that title names it in words its own reading missed ("guidance" against
   *guidelines*). Two titles that each have a subject the other neither has nor names in
   words ("mercurio" / "persistent organic pollutants") are two items. Found through the
   exact signature and each signature less one element (``s|`` keys), with the year and type
   and over all years, through each subject of one country's records of one year (``p|``
   keys) and through the names a title writes with a capital (``n|`` keys);
5. they come from different nodes and their titles translate each other word for word,
   whatever the vocabulary reads in them (:func:`translation_match`);
6. they come from different nodes, their titles are in two languages and every word the
   domain lexicon or the vocabulary knows has its counterpart in the other
   (:func:`lexicon_match`; found through the key in no language, ``g|``);
7. one title says every word of the other, longer one in its language, and is no draft,
   revision or other place's version of it (:func:`subset_match`).
8. their texts say the same: titles and descriptions share rare words (no lexicon,
   vocabulary, country or frequent word: places, species, programmes; amounts), codes
   ("AAT709A") and, at half weight, known words (of the lexicon or labels) that few of the
   store's records say (:func:`store_frequencies`; a quarter for those up to three times as
   many say), and a creator both name (``CREATOR_WEIGHT``, no code shared), weighing at least
   ``CONTENT_WORDS``
   and at least ``CONTENT_SHARE`` of the smaller record's rare words, with no codes of one
   series, numbers or names of places apart (:func:`content_match`; found through the
   ``w|`` keys): a copy reworded by a national node;
9. two events start on the same day and their titles in no language agree, or their texts
   say what few say (:func:`day_match`; found through the ``e|`` key);
10. two country profiles or two contact points are one country's page on one regime (and
   role, and scope), however each node words it (:func:`page_match`; found through the
   ``r|`` key).
11. two records of one country (a national node's copy stands for its node's country) signed
   by one body ("MECC" / "Ministry of Environment and Climate Change of Mongolia"), of one
   year, whose subjects fit, numbers agree and title words mostly have a counterpart, and
   whose texts share a little (:func:`national_match`): a score over the fields rather than
   the words, for a national node's short copy; found through the keys above.
12. a short title says a longer one by its acronyms ("MIA SL" / "Minamata Initial Assessment of
   Sierra Leone"; :func:`acronym_match`; found through the ``i|`` key of creators' initials);
13. a request or offer said short by its own agency, in any language, every word but its
   asking words said in the longer title (:func:`request_match`);
14. two records of one country or body, titles in two languages or scripts naming the same
   place, site or species, nothing apart (:func:`named_match`; found through the ``k|`` key
   of names by their consonants, :func:`name_sound_keys`).

Across languages a word also meets its translation through the **domain lexicon**
(:mod:`matching.glossary`: the senses of the entries it is a variant of, kept in
``senses`` as ``x:…``), an Arabic title is read word for word in English
(:mod:`matching.arabic`), so are Russian and Chinese ones (:mod:`matching.scripts`; compared
as English titles), and creators no table knows are one when their words translate
each other (:func:`_translated_name`), unknown when in two languages they cannot be told
apart. Clusters never join two records of disjoint country fields by a title edge.

Across languages a word meets its translation as a cognate, as a one-word label of the same
concept of the vocabulary in another language ("échantillons" / "samples"), through the
list of title words of clearing-house pages (:data:`_SAME_WORD_GROUPS`, data: report /
rapport / informe, outlook / perspectives / perspectiva...) or a set phrase
(:data:`_PHRASES`: "lignes directrices", "centre d'échange"); an acronym meets the words
whose initials spell it (:func:`expansion`: "POPRC" / "Persistent Organic Pollutants Review
Committee").

Title words leave out the function words of English, French and Spanish (:data:`STOP`:
"avec", "lo", "que"...). A record without a country field stands for the countries its title
names, or else those the first sentence of its description names (:func:`countries_of`:
"Ghana national action plan ..." is not the plan of Guyana), or else its publishing node's
country (``publisher_country``, which a harvest sets from the registered node: a national
node's copy that says nowhere whose it is cannot meet another country's record). A record
without a date is compared by rule 4 only with records of its country or creator, or, when
neither record says whose it is, on a signature agreeing >= ``STRICT_SIGNATURE`` with two
concepts at least. Two words of one family of terms are never cognates ("carbofuran" /
"carbosulfan"; but "intergovernmental" / "intergouvernemental", a middle with letters added,
is one word), and two titles left with such a pair are two items. Two titles that each name
a kind of meeting document the other does not (:data:`_KIND_GROUPS`: a report, an agenda)
are two items; so are two national texts when only one record says whose it is and no
creator is shared; so are a draft and the adopted text (:func:`draft_apart`) and the texts of
two bodies of one meeting, a Bureau's report and the Conference's (:func:`organs_apart`),
whatever rule joined them. An acronym of one language meets the words of another title in any order
(:func:`permuted_expansion`: "NAP" / "Plan de Acción Nacional").

Blocking buckets compare only pairs the first refusals of :func:`title_match` let through
(:mod:`matching.gates`: another node, the same type and year, country and places that
agree), and the derived sets a comparison reads are built
once per record (:class:`DupFeatures`' cached properties); none of this is stored.

Each edge keeps its reason as a code with parameters (:func:`encode_reason`,
:func:`parse_reason`); the pages and the API put it in words in the reader's language.

Clusters are the connected components of those edges, except that no cluster ever holds both
records of a **block**-listed pair (a merge that would do so is skipped). Nothing is deleted:
each record keeps its page and shows its cluster.
"""

from __future__ import annotations

import json
import re
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property, lru_cache
from itertools import islice
from typing import Any

from core.memo import PerObject
from mappings.normalise import fold
from matching.arabic import (
    SKELETON_MIN,
    arabic_skeletons,
    english,
    is_arabic,
    latin_skeleton,
    sounds_like,
)
from matching.glossary import glossary
from matching.organisations import lineage, same_organisation, spells
from matching.organisations import resolve as resolve_organisation
from matching.scripts import english as english_of_script
from matching.scripts import is_other_script, without_adjective_ending, word_in_english
from matching.scripts import latin_letters as _latin

MAX_KEY_RECORDS = 50
TITLE_JACCARD = 0.8
SIGNATURE_JACCARD = 0.6
COGNATE_RATIO = 0.65
ORDINALS: dict[str, str] = {
    w: str(n)
    for n, words in enumerate(
        (
            "first premier premiere primer primero primera",
            "second deuxieme seconde segundo segunda",
            "third troisieme tercer tercero tercera",
            "fourth quatrieme cuarto cuarta",
            "fifth cinquieme quinto quinta",
            "sixth sixieme sexto sexta",
            "seventh septieme septimo septima",
            "eighth huitieme octavo octava",
            "ninth neuvieme noveno novena",
            "tenth dixieme decimo decima",
            "eleventh onzieme undecimo undecima decimoprimero decimoprimera",
            "twelfth douzieme duodecimo duodecima decimosegundo decimosegunda",
            "thirteenth treizieme decimotercero decimotercera",
            "fourteenth quatorzieme decimocuarto decimocuarta",
            "fifteenth quinzieme decimoquinto decimoquinta",
            "sixteenth seizieme decimosexto decimosexta",
            "seventeenth decimoseptimo decimoseptima",
            "eighteenth decimoctavo decimoctava",
            "nineteenth decimonoveno decimonovena",
            "twentieth vingtieme vigesimo vigesima",
        ),
        1,
    )
    for w in words.split()
}
"""Ordinal words (English, French, Spanish) read as their number: "sixth" = "sexto" = 6."""
_ORDINAL_NUMBER = re.compile(r"^(\d{1,3})(?:st|nd|rd|th|e|eme|er|re|o|a)$")
"""A numbered ordinal ("12th", "12e", "12eme", "12o") read as its number."""
GENERIC = frozenset(
    [
        "report", "rapport", "informe", "final", "document", "documento", "summary", "resume",
        "resumen", "convention", "convenio", "protocol", "protocole", "protocolo", "draft",
        "version", "edition", "countries", "country", "pays", "paises", "pais", "national",
        "nationale", "nacional", "update", "mise", "jour", "actualizacion", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
        "septembre", "octobre", "novembre", "decembre", "enero", "febrero", "marzo", "abril",
        "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
        "need", "besoin", "necesidad", "request", "demande", "solicitud", "offer", "offre",
        "oferta", "janeiro", "fevereiro", "maio", "junho", "julho", "setembro",
        "outubro", "novembro", "dezembro", "relatorio", "pedido", "necessidade",
        # "national" in the plural of each language ("inventaires nationaux")
        "nationaux", "nationales", "nacionales", "nacionais",
    ]
)  # fmt: skip
"""Words that say what kind of text a title names, not what it is about."""
TITLE_BUCKET_MAX = 200
MINHASH_BANDS = 5
MINHASH_ROWS = 4
_PRIME = (1 << 61) - 1
_HASH_PARAMS = [
    (zlib.crc32(f"a{i}".encode()) * 2654435761 % _PRIME | 1, zlib.crc32(f"b{i}".encode()))
    for i in range(MINHASH_BANDS * MINHASH_ROWS)
]
_DOI = re.compile(r"(10\.\d{4,9}/\S+)", re.IGNORECASE)
_ISBN = re.compile(r"^(?:isbn[:\s]*)?([0-9][0-9\- ]{8,16}[0-9Xx])$", re.IGNORECASE)
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}(?:[-_/.][A-Z0-9]{1,12}){1,6}$")
_URL = re.compile(r"^https?://", re.IGNORECASE)
_FUND_CODE = re.compile(r"^([a-z]{2,6}):([0-9]{3,6})$")
"""A fund project code as mappings.complete writes it: ``gef:10523``."""
ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})
_STOP_WORDS = (
    "a an and the of for on in to by with at from de du des la le les l d et en au aux pour "
    "sur par un une el los las del y para por con al una "
    "or ou o u nor ni under sous sobre into dans within towards vers hacia between entre "
    "its their son sa ses leur leurs su sus "
    # function words of each language (pronouns, relatives, auxiliaries, other prepositions)
    "as is are be been being was were this that these those which who whom whose it "
    "than then also not no so such both each every all any other others through via upon "
    "out up down off "
    "avec sans chez selon que qui quoi dont ou ce cet cette ces se sont etre ete titre "
    "lui elle ils elles nous vous leur y ne pas plus moins tout tous toute toutes "
    "lo le les que quien quienes cual cuales cuyo cuya se es son ser sean esta estan "
    "esten estos estas ese esa esos esas sin segun ante bajo desde hasta mediante "
    "tras contra como muy mas menos todo todos toda todas e ni "
    # Portuguese (articles, contractions, prepositions, pronouns)
    "o os as um uma uns umas da do das dos na no nas nos ao aos pela pelo pelas pelos num "
    "numa em com sem sob ate apos perante seu sua seus suas nosso nossa nossos nossas este "
    "esta estes estas esse essa isso isto aquele aquela ser sao foi "
    # "using" in each language ("… using Earth observation", "… à l'aide de …")
    "using utilisant usando utilizando"
)
STOP = frozenset(_STOP_WORDS.split())


# ---- identifiers ------------------------------------------------------------------------
def _isbn13(digits: str) -> str | None:
    if len(digits) == 10:
        if sum((10 - i) * (10 if c in "Xx" else int(c)) for i, c in enumerate(digits)) % 11:
            return None
        body = "978" + digits[:9]
        check = (10 - sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(body)) % 10) % 10
        return body + str(check)
    if len(digits) == 13 and digits.isdigit():
        total = sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits))
        return digits if total % 10 == 0 else None
    return None


def _url_key(value: str) -> str:
    rest = _URL.sub("", value.strip()).split("#")[0]
    host, _, path = rest.partition("/")
    host = host.lower().removeprefix("www.")
    return f"url:{host}/{path}".rstrip("/")


def normalise_identifier(value: str) -> str | None:
    """One identifier as a comparable key (``scheme:value``), or None when it is no use.

    Example::

        normalise_identifier("https://doi.org/10.5555/ABC")   # 'doi:10.5555/abc'
        normalise_identifier("ISBN 0-306-40615-2")            # 'isbn:9780306406157'
        normalise_identifier("PRJ-SN-2015-0042")              # 'code:PRJSN20150042'
        normalise_identifier("gef:10523")                     # 'code:GEF10523'
        normalise_identifier("http://www.Example.org/a/")     # 'url:example.org/a'
    """
    v = (value or "").strip()
    if len(v) < 4:
        return None
    m = _DOI.search(v)
    if m and (v.lower().startswith(("doi", "10.")) or "doi.org/" in v.lower()):
        return "doi:" + m.group(1).lower().rstrip(".")
    m = _ISBN.match(v)
    if m:
        isbn = _isbn13(re.sub(r"[\s-]", "", m.group(1)))
        if isbn:
            return "isbn:" + isbn
    if _URL.match(v):
        return _url_key(v)
    low = v.lower()
    if m := _FUND_CODE.match(v):  # gef:9602 (from "GEF ID 9602"), as GEF-9602 would be
        return f"code:{m[1].upper()}{int(m[2])}"
    if low.startswith(("urn:", "hdl:", "ark:")):
        return low
    if _CODE.match(v.upper()) and any(ch.isdigit() for ch in v) and " " not in v:
        return "code:" + re.sub(r"[-_/.]", "", v.upper())
    return None


def identifier_keys(rec: dict[str, Any]) -> list[str]:
    """Every normalised identifier of a record (its identifiers and its URL)."""
    values = [*(rec.get("identifiers") or ()), rec.get("url") or ""]
    # each distinct value once (a record's URL is most often one of its identifiers too):
    # the same keys in the same order, the normalisation being a function of the value
    return list(dict.fromkeys(k for k in map(normalise_identifier, dict.fromkeys(values)) if k))


def scheme(key: str) -> str:
    """``doi``, ``isbn``, ``url``, ``code``, ``urn``... of a key."""
    return key.split(":", 1)[0]


# ---- titles -----------------------------------------------------------------------------
_PHRASES = {
    "lignes directrices": "directrices",
    "produits chimiques": "chimiques",
    "productos quimicos": "quimicos",
    "medio ambiente": "ambiente",
    "clearing house": "clearinghouse",
    "centre d echange": "clearinghouse",
    "centro de intercambio": "clearinghouse",
    "mecanismo de intercambio de informacao": "clearinghouse",
    "mecanismo de intercambio de informacion": "clearinghouse",
    "open ended": "openended",
    "mise a jour": "actualise",
    "phase down": "reduction",
    "reduction progressive": "reduction",
    "reduccion gradual": "reduccion",
    "phase out": "elimination",
    "elimination progressive": "elimination",
    "eliminacion gradual": "eliminacion",
    "small scale": "artisanal",
    "pequena escala": "artisanal",
    "english speaking": "anglophone",
    "french speaking": "francophone",
    "spanish speaking": "hispanophone",
    "de habla inglesa": "anglophone",
    "de habla francesa": "francophone",
    "de habla hispana": "hispanophone",
    "composition non limitee": "openended",
    "composicion abierta": "openended",
    "ordre du jour annote": "annotatedagenda",
    "orden del dia anotado": "annotatedagenda",
    "programa provisional anotado": "annotatedagenda",
    "annotated agenda": "annotatedagenda",
    "ordre du jour": "agenda",
    "orden del dia": "agenda",
    "programa provisional": "provisional agenda",
    "a l aide de": "",
    "a l aide d": "",
    "a l intention des": "",
    "a l intention de": "",
    "a l usage des": "",
    "a l usage de": "",
    "in brief": "summary",
    "en bref": "resume",
    "en breve": "resumen",
    "em resumo": "resumo",
    "in the context of": "",
    "dans le contexte de": "",
    "en el contexto de": "",
}
"""Set phrases of titles read as one word (the name of a body or a kind of text said in
several words in one language and one in another: "lignes directrices" / "guidelines",
"centre d'échange" / "clearing-house"), or as nothing (French and Spanish phrases that say
"for" or "in the context of"; the conventions' "phase-down" / "réduction progressive" /
"reducción gradual"; "English-speaking" / "anglophone")."""

_BODIES = {
    "cop": (
        "conference of the parties", "conference des parties", "conferencia de las partes",
        "conferencia das partes",
    ),
    "cpmop": (
        "conference of the parties serving as the meeting of the parties to the cartagena"
        " protocol on biosafety",
        "conference of the parties serving as the meeting of the parties to the cartagena"
        " protocol",
        "conference des parties siegeant en tant que reunion des parties au protocole de"
        " cartagena sur la prevention des risques biotechnologiques",
        "conference des parties siegeant en tant que reunion des parties au protocole de"
        " cartagena",
        "conferencia de las partes que actua como reunion de las partes en el protocolo de"
        " cartagena sobre seguridad de la biotecnologia",
        "conferencia de las partes que actua como reunion de las partes en el protocolo de"
        " cartagena",
        "cp mop", "cop mop", "bs cop mop",
    ),
    "npmop": (
        "conference of the parties serving as the meeting of the parties to the nagoya"
        " protocol on access and benefit sharing",
        "conference of the parties serving as the meeting of the parties to the nagoya"
        " protocol",
        "conference des parties siegeant en tant que reunion des parties au protocole de"
        " nagoya",
        "conferencia de las partes que actua como reunion de las partes en el protocolo de"
        " nagoya",
        "np mop",
    ),
    "sbstta": (
        "subsidiary body on scientific technical and technological advice",
        "organe subsidiaire charge de fournir des avis scientifiques techniques et"
        " technologiques",
        "organo subsidiario de asesoramiento cientifico tecnico y tecnologico",
    ),
    "sbi": (
        "subsidiary body on implementation", "subsidiary body for implementation",
        "organe subsidiaire charge de l application", "organe subsidiaire de mise en oeuvre",
        "organo subsidiario sobre la aplicacion", "organo subsidiario de ejecucion",
    ),
    "sbsta": (
        "subsidiary body for scientific and technological advice",
        "organe subsidiaire de conseil scientifique et technologique",
        "organo subsidiario de asesoramiento cientifico y tecnologico",
    ),
    "poprc": (
        "persistent organic pollutants review committee",
        "comite d etude des polluants organiques persistants",
        "comite de examen de los contaminantes organicos persistentes",
    ),
    "crc": (
        "chemical review committee", "comite d etude des produits chimiques",
        "comite de examen de productos quimicos",
    ),
    "oewg": (
        "open ended working group", "groupe de travail a composition non limitee",
        "grupo de trabajo de composicion abierta",
    ),
    "iccm": (
        "international conference on chemicals management",
        "conference internationale sur la gestion des produits chimiques",
        "conferencia internacional sobre gestion de los productos quimicos",
    ),
}  # fmt: skip
"""The governing and subsidiary bodies of the conventions, by their official names in
English, French and Spanish (the conventions' rules of procedure and the secretariats'
meeting pages) and their acronyms: a title names a body by its acronym in one language and
in words in another ("POPRC-19" / "Dix-neuvième réunion du Comité d'étude des polluants
organiques persistants"); both are read as the acronym."""
for _acronym, _names in _BODIES.items():
    for _name in _names:
        _PHRASES.setdefault(_name, _acronym)
_PHRASE = re.compile(r"\b(" + "|".join(sorted(_PHRASES, key=len, reverse=True)) + r")\b")
_PHRASE_FIRSTS = frozenset(p.split()[0] for p in _PHRASES)
"""The first word of each set phrase: a folded title (words of letters and digits between
single spaces) holds a phrase only if it holds one of these as a word."""


_TENS = {
    "twenty": 20, "vingt": 20, "veinte": 20, "vigesimo": 20, "vigesima": 20,
    "thirty": 30, "trente": 30, "treinta": 30, "trigesimo": 30, "trigesima": 30,
    "forty": 40, "quarante": 40, "cuarenta": 40, "cuadragesimo": 40, "cuadragesima": 40,
    "dix": 10,  # "dix-neuvième": 19
}  # fmt: skip
"""Tens that start a compound ordinal ("twenty-fifth", "vingt-cinquième", "vigésimo quinto")."""
_UNITS = frozenset(str(n) for n in range(1, 10))


_LONG_ROMAN = re.compile(r"^(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
"""A Roman numeral under a hundred written with I, V, X, L (of four letters or more, none of
them a word of a title's languages: "xiii", "lviii")."""
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman_value(tok: str) -> int:
    total = 0
    for i, c in enumerate(tok):
        v = _ROMAN_DIGITS[c]
        total += -v if i + 1 < len(tok) and _ROMAN_DIGITS[tok[i + 1]] > v else v
    return total


_SHORT_RANGE = re.compile(r"\b((19|20)(\d\d))\s?[-\u2013/]\s?(\d\d)\b")
"""A range of years whose end is written with two digits ("2025-30", "2019/23")."""


def _full_range(m: re.Match[str]) -> str:
    return f"{m[1]}-{m[2]}{m[4]}" if m[4] > m[3] else m[0]


def title_tokens(text: str) -> list[str]:
    """Folded title words without stop words (numbers and roman numerals kept; set phrases of
    :data:`_PHRASES` read as one word)."""
    out = []
    if "-" in text or "/" in text or "\u2013" in text:
        text = _SHORT_RANGE.sub(_full_range, text)  # "2025-30": the range ends in 2030
    folded = fold(text.replace("œ", "oe").replace("Œ", "Oe"))
    raw = folded.split()
    if not _PHRASE_FIRSTS.isdisjoint(raw):  # (most titles hold none: ~5 us of regex spared)
        raw = _PHRASE.sub(lambda m: _PHRASES[m[1]], folded).split()
    for i, tok in enumerate(raw):
        if tok in _TENS and i + 1 < len(raw) and ORDINALS.get(raw[i + 1], "0") in _UNITS:
            raw[i + 1] = str(_TENS[tok] + int(ORDINALS[raw[i + 1]]))  # "twenty-fifth": 25
            continue
        tok = ORDINALS.get(tok, tok)
        if tok[0].isdigit() and (m := _ORDINAL_NUMBER.match(tok)):
            tok = str(int(m[1]))
        elif len(tok) >= 4 and _LONG_ROMAN.match(tok):
            tok = str(_roman_value(tok))  # "LVIII": 58 (short ones stay words: "vi", "xi")
        if tok in ROMAN or tok.isdigit() or (len(tok) > 1 and tok not in STOP):
            out.append(tok)
    return out


def _stem(tok: str) -> str:
    return tok[:-1] if len(tok) > 3 and tok.endswith("s") else tok


def _label_tokens(vocabulary: Any, uri: str, lang: str) -> frozenset[str]:
    per = _LABEL_TOKENS.get(vocabulary)
    if per is None:
        per = _LABEL_TOKENS.put(vocabulary, {})
    got = per.get((uri, lang))
    if got is None:
        try:
            labels = vocabulary.labels(uri).get(lang, [])
        except (KeyError, AttributeError):
            labels = []
        got = frozenset(_stem(t) for label in labels for t in fold(label).split())
        if len(per) > 50_000:
            per.clear()
        per[uri, lang] = got
    return got


_LABEL_TOKENS: PerObject[dict[tuple[str, str], frozenset[str]]] = PerObject(8)


def signature(rec: dict[str, Any], vocabulary: Any = None) -> dict[str, Any]:
    """A record's title signature in no language, and the words it leaves.

    Returns ``{"signature", "broader", "words", "covered"}``: the signature holds
    ``t:<concept>`` (concepts the vocabulary finds in the titles), ``c:<country>`` /
    ``r:<region>`` (places named), ``n:<number>`` (numbers, roman numerals, ordinal words);
    ``broader`` the concepts one level above its ``t:`` ones; ``words`` per title language the
    title words that are neither stop words, :data:`GENERIC` words nor numbers (light
    stemming); ``covered`` the words of the labels of its concepts and places (a word one
    record explains by a concept is not held against the other).
    """
    return _signature(rec, vocabulary, None)


def _signature(
    rec: dict[str, Any], vocabulary: Any, tokens: dict[str, list[str]] | None
) -> dict[str, Any]:
    """:func:`signature`, given each title language's :func:`title_tokens` when the caller
    has them already."""
    from vocabulary.eligibility import REGION_PREFIX, country_tokens, parse_units

    sig: set[str] = set()
    broader: set[str] = set()
    covered: set[str] = set()
    parents: dict[str, set[str]] = {}
    cover: dict[str, set[str]] = {}
    words: dict[str, list[str]] = {}
    for lang, text in (rec.get("title") or {}).items():
        if not text:
            continue
        toks = tokens[lang] if tokens is not None else title_tokens(text)
        if vocabulary is not None:
            for uri in _inferred(vocabulary, text, lang):
                t = "t:" + uri.rsplit("/", 1)[-1]
                sig.add(t)
                for lg in ("en", "fr", "es"):
                    cover.setdefault(t, set()).update(_label_tokens(vocabulary, uri, lg))
                concept = getattr(vocabulary, "concepts", {}).get(uri)
                up = {"t:" + b.rsplit("/", 1)[-1] for b in getattr(concept, "broader", ())}
                parents.setdefault(t, set()).update(up)
                broader |= up
        for unit in parse_units(text, vocabulary):
            if unit.startswith("c:") and _named(text, unit[2:]):
                sig.add(unit)
                cover.setdefault(unit, set()).update(_stem(t) for t in country_tokens(unit[2:]))
            elif unit.startswith("r:") and _region_named(
                text, vocabulary, REGION_PREFIX + unit[2:]
            ):
                region = "r:" + unit.rsplit("/", 1)[-1]
                sig.add(region)
                if vocabulary is not None:  # "Afrique" is explained by the region, as a country
                    for lg in ("en", "fr", "es"):
                        label = _label_tokens(vocabulary, REGION_PREFIX + unit[2:], lg)
                        cover.setdefault(region, set()).update(label)
        sig.update(f"n:{t}" for t in _numbers(toks))
        words[lang] = sorted(
            {_stem(t) for t in toks if not (t.isdigit() or t in ROMAN or t in GENERIC)}
        )
    for got in cover.values():
        covered |= got
    acc: dict[str, set[str]] = {}
    if vocabulary is not None:
        one_word = _one_word_labels(vocabulary)
        for ws in words.values():
            for w in ws:
                if got_senses := one_word.get(w):
                    acc[w] = set(got_senses)
    for lang, text in (rec.get("title") or {}).items():  # the lexicon's translation groups
        if text and lang in words:
            toks = tokens[lang] if tokens is not None else title_tokens(text)
            own = set(words[lang])
            stems = [_stem(t) for t in toks]
            for w, got in lexicon_senses(stems).items():
                if w in own:
                    acc.setdefault(w, set()).update(got)
            if lang == "pt":  # the lexicon has no Portuguese: its words read as Spanish ones
                spanish = [as_spanish(w) for w in stems]
                got_es = lexicon_senses(spanish)
                for w, es in zip(stems, spanish, strict=True):
                    if w in own and es in got_es:
                        acc.setdefault(w, set()).update(got_es[es])
    senses = {w: sorted(got) for w, got in sorted(acc.items())}
    return {
        "senses": senses,
        "signature": tuple(sorted(sig)),
        "broader": tuple(sorted(broader - sig)),
        "words": words,
        "covered": tuple(sorted(covered)),
        "parents": {t: sorted(p) for t, p in sorted(parents.items()) if p},
        "cover": {t: sorted(w) for t, w in sorted(cover.items()) if w},
    }


def _inferred(vocabulary: Any, text: str, lang: str) -> list[str]:
    """The concepts the vocabulary finds in a title; in an Arabic title read word for word
    (:mod:`matching.arabic`), also in its words read backwards: Arabic puts the noun before
    its adjective and its complement ("التقرير الوطني", *report national*; "اتفاقية بازل",
    *convention Basel*), so a label of two or three words is found in the reversed order."""
    if lang != "ar":
        return vocabulary.infer(text, None if lang in ("", "und") else lang)
    got = vocabulary.infer(text, None)
    backwards = " ".join(reversed(re.findall(r"\w+", text)))
    return got + [u for u in vocabulary.infer(backwards, None) if u not in got]


def _lexicon_tokens(text: str) -> list[str]:
    return [_stem(t) for t in title_tokens(text)]


_PT_ES_WORDS = {
    "plano": "plan",
    "acao": "accion",
    "aco": "accion",
    "bacia": "cuenca",
    "lagoa": "laguna",
    "apoio": "apoyo",
    "gestao": "gestion",
    "recolha": "recogida",
    "poluente": "contaminante",
    "umida": "humeda",
    "umido": "humedo",
    "projeto": "proyecto",
    "avaliacao": "evaluacion",
    "orgao": "organo",
    "pesca": "pesca",
    "floresta": "bosque",
    "agua": "agua",
    "especie": "especie",
    "ameacada": "amenazada",
    "ameacado": "amenazado",
    "relatorio": "informe",
    "diretriz": "directriz",
    "diretrize": "directrice",
    "formacao": "formacion",
    "capacitacao": "capacitacion",
    "oficina": "taller",
    "reuniao": "reunion",
    "liberacao": "liberacion",
    "soja": "soja",
    "milho": "maiz",
    "algodao": "algodon",
    "semente": "semilla",
    "solo": "suelo",
    "mar": "mar",
    "costeira": "costera",
    "costeiro": "costero",
    "areas": "areas",
    "terra": "tierra",
    "desmatamento": "deforestacion",
    "queimada": "quema",
    "incendio": "incendio",
    "eletrico": "electrico",
    "eletronico": "electronico",
    "equipamento": "equipo",
    "residuo": "residuo",
    "lixo": "basura",
    "agrotoxico": "plaguicida",
    "mercurio": "mercurio",
    "ouro": "oro",
    "mineracao": "mineria",
    "garimpo": "mineria",
    "pedido": "solicitud",
    "necessidade": "necesidad",
    "oferta": "oferta",
    "bolsa": "beca",
    "curso": "curso",
    "estrategia": "estrategia",
    "nacional": "nacional",
    "quadro": "marco",
    "biosseguranca": "bioseguridad",
}
"""Portuguese title words (folded, a final "s" dropped) whose Spanish word the domain
lexicon holds, where the spelling alone does not lead there (:func:`as_spanish`)."""

_PT_ES_ENDINGS = (
    ("coe", "cione"),
    ("cao", "cion"),
    ("sao", "sion"),
    ("stao", "stion"),
    ("dade", "dad"),
    ("vei", "ble"),
    ("vel", "ble"),
    ("agem", "aje"),
)


def as_spanish(word: str) -> str:
    """A folded, stemmed Portuguese title word spelt as its Spanish cognate, for the domain
    lexicon only ("implementacao": "implementacion", "sustentabilidade":
    "sustentabilidad", "eletronico": "electronico"); other words as they are."""
    if (got := _PT_ES_WORDS.get(word)) is not None:
        return got
    if word.startswith("eletr"):
        return "electr" + word[5:]
    for pt, es in _PT_ES_ENDINGS:
        if word.endswith(pt) and len(word) > len(pt) + 2:
            return word[: -len(pt)] + es
    return word


def lexicon_senses(words: Sequence[str]) -> dict[str, set[str]]:
    """The senses of the domain lexicon (:mod:`matching.glossary`) of a run of title words
    (stemmed :func:`title_tokens`), by word: a word and its translation share one."""
    return glossary(_lexicon_tokens).senses(words)


def _region_named(text: str, vocabulary: Any, uri: str) -> bool:
    """Whether a title names a region by one of its names, or by an acronym written in
    capitals ("LAC"; the French "lac", a lake, is no region)."""
    if vocabulary is None:
        return True
    try:
        labels = [x for got in vocabulary.labels(uri).values() for x in got]
    except (KeyError, AttributeError):
        return True
    folded = f" {' '.join(fold(text).split())} "
    for label in labels:
        if label.isupper() and len(label) <= 8:
            if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text):
                return True
        elif f" {' '.join(fold(label).split())} " in folded:
            return True
    return not labels


_ONE_WORD: PerObject[dict[str, frozenset[str]]] = PerObject(8)


def _one_word_labels(vocabulary: Any) -> dict[str, frozenset[str]]:
    """Title word -> the concepts of the vocabulary it is a one-word label of, in English,
    French or Spanish ("échantillons" and "samples" are both labels of *sampling*): a word of
    one language and its label in another are one word (cached per vocabulary)."""
    got = _ONE_WORD.get(vocabulary)
    if got is None:
        acc: dict[str, set[str]] = {}
        for uri in getattr(vocabulary, "concepts", {}):
            try:
                labels = vocabulary.labels(uri)
            except (KeyError, AttributeError):
                continue
            for lang in ("en", "fr", "es"):
                for label in labels.get(lang, ()):
                    toks = [t for t in fold(label).split() if t not in STOP]
                    if len(toks) == 1 and len(toks[0]) > 2 and toks[0] not in GENERIC:
                        acc.setdefault(_stem(toks[0]), set()).add(uri.rsplit("/", 1)[-1])
        got = {w: frozenset(c) for w, c in acc.items()}
        _ONE_WORD.put(vocabulary, got)
    return got


_ACRONYM = re.compile(r"(?<![\w-])([A-Z]{2,8})s?(?![\w])")


def acronyms(text: str) -> list[str]:
    """The words a title writes in capitals, folded, less a plural "s" ("POPRC-9" ->
    ``poprc``, "NBSAPs" -> ``nbsap``; not roman numerals)."""
    return [m.lower() for m in _ACRONYM.findall(text) if m.lower() not in ROMAN]


def title_initials(text: str) -> list[list[Any]]:
    """Each word of a title as ``[initials, stems, stop]``: the letters an acronym may take
    from it (its first letter; for a hyphenated word also the first letter of each part:
    "small-scale" gives ``s`` or ``ss``), its folded stems, and whether it is a stop word
    (an acronym may take its letter or skip it: COP, Conference of the Parties)."""
    return [
        got
        for word in _WORD_RUN.findall(text.replace("œ", "oe"))
        if (got := _word_initials(word)) is not None
    ]


_WORD_RUN = re.compile(r"\w+(?:-\w+)*")


@lru_cache(maxsize=1 << 15)
def _word_initials(word: str) -> list[Any] | None:
    """One title word's entry of :func:`title_initials` (cached: title words repeat; the
    lists are shared between records and never changed)."""
    parts = [p for p in (_fold_word(x) for x in word.split("-")) if p and not p.isdigit()]
    if not parts:
        return None
    options = sorted({parts[0][0], "".join(p[0] for p in parts)})
    stop = len(parts) == 1 and parts[0] in STOP
    return [options, [_stem(p) for p in parts], stop]


_fold_word = lru_cache(maxsize=1 << 15)(fold)
""":func:`fold` of a short text that recurs (a title word, a creator's name), cached."""


def expansion(acronym: str, f: DupFeatures) -> set[str]:
    """The title words of ``f`` whose initials spell ``acronym`` in a row ("poprc" in
    "Persistent Organic Pollutants Review Committee"; stop words taken or skipped), or an
    empty set."""
    for entries in (f.initials or {}).values():
        for start, entry in enumerate(entries):
            if entry[2]:
                continue
            got = _spell(acronym, 0, entries, start)
            if got:
                return got
    return set()


def _spell(acr: str, pos: int, entries: list[list[Any]], j: int) -> set[str] | None:
    if pos == len(acr):
        return set()
    if j >= len(entries):
        return None
    options, stems, stop = entries[j]
    for o in options:
        if (
            acr.startswith(o, pos)
            and (rest := _spell(acr, pos + len(o), entries, j + 1)) is not None
        ):
            return rest if stop else rest | set(stems)
    return _spell(acr, pos, entries, j + 1) if stop else None


def _acronym_words(a: DupFeatures, b: DupFeatures) -> set[str]:
    """The title words two records say once as an acronym and once in words: the acronyms of
    each that the other's words spell, and those words."""
    got: set[str] = set()
    for x, y in ((a, b), (b, a)):
        for acr in x.acronyms:
            words = expansion(acr, y)
            if len(words) < 2 and len(acr) >= 3 and not set(x.titles) & set(y.titles):
                words = permuted_expansion(acr, y)
            if len(words) >= 2:
                got |= words | {acr}
    return got


def permuted_expansion(acronym: str, f: DupFeatures) -> set[str]:
    """The consecutive title words of ``f`` (stop words skipped) whose first letters are the
    letters of ``acronym`` in another order, or an empty set: an acronym of one language
    against its words in another, where adjectives follow their noun ("NAP" / "Plan de Acción
    Nacional", "NBSAP" / "Stratégie et plan d'action nationaux pour la biodiversité"). Only
    for two titles in two languages and acronyms of three letters or more."""
    want = sorted(acronym)
    n = len(acronym)
    for entries in (f.initials or {}).values():
        words = [e[1] for e in entries if not e[2]]
        for start in range(len(words) - n + 1):
            run = words[start : start + n]
            if sorted(stems[0][0] for stems in run) == want:
                return {w for stems in run for w in stems}
    return set()


def _named(text: str, code: str) -> bool:
    """Whether a title names country ``code`` as a name: a word of its names written with a
    capital or in capitals (the French "douzième réunion", a meeting, is not Réunion), and
    not only as the title's first word when that is a common title word ("Reunión
    preparatoria ...", a meeting)."""
    from vocabulary.eligibility import country_tokens

    names = country_tokens(code)
    found = [(i, w) for i, w in enumerate(re.findall(r"\w+", text)) if fold(w) in names]
    return not found or any(
        w[:1].isupper() and not (i == 0 and _stem(fold(w)) in _SAME_WORD) for i, w in found
    )


_SAME_WORD_GROUPS = (
    "support appui apoyo apoio",
    "management gestion manejo gestao",
    "waste dechet desecho residuo rejeito",
    "preparation prepare preparing elaboration elaboracion preparacion",
    "meeting reunion reuniao encontro",
    "updated actualise actualisee actualizado actualizada atualizado atualizada",
    "guidance guide guia orientation orientacion orientacao",
    "workshop atelier taller",
    "training formation capacitacion capacitacao formacao",
    "strengthening building renforcement fortalecimiento fortalecimento reforco",
    "assessment evaluation evaluacion avaliacao",
    "strategy strategie estrategia",
    "request demande solicitud",
    "need besoin necesidad necessidade",
    "project projet proyecto projeto",
    "programme program programa",
    "committee comite",
    "year annee ano",
    "twenty vingt veinte",
    "thirty trente treinta",
    "report rapport informe relatorio",
    # words of the subjects clearing-house pages are about, and of their kinds of text
    "implementation oeuvre aplicacion implementacao",
    "development developpement desarrollo desenvolvimento",
    "water eau agua",
    "forest foret bosque floresta",
    "fish poisson pez peces peixe",
    "soil sol suelo solo",
    "land earth terre tierra terra",
    "tree arbre arbol arvore",
    "bird oiseau ave",
    "seed semence semilla semente",
    "crop culture cultivo",
    "farmer agriculteur agricultor",
    "wildlife faune fauna",
    "river fleuve riviere rio",
    "lake lac lago",
    "island ile isla",
    "coastal cotier costero",
    "mountain montagne montana",
    # the features a place's name holds ("Gulf of Gonâve" / "golfe de la Gonâve"): no name
    "gulf golfe golfo",
    "bay baie bahia baia",
    "lagoon lagune laguna lagoa",
    "valley vallee valle vale",
    "peninsula peninsule peninsula",
    "drought secheresse sequia",
    "change changement cambio mudanca",
    "health sante salud saude",
    "human humain humano",
    "women femme mujer mulher",
    "youth jeune joven",
    "indigenous autochtone indigena",
    "knowledge connaissance conocimiento conhecimento",
    "threatened endangered menace amenazada amenazado",
    "red rouge rojo roja",
    "open ouvert abierto abierta",
    "working travail trabajo",
    "lead plomb plomo",
    "paint peinture pintura",
    "oil huile aceite",
    "customs douane aduana",
    "border frontiere frontera",
    "law loi ley lei",
    "biosafety biosecurite bioseguridad biosseguranca",
    "review examen",
    "lesson enseignement leccion",
    "ban interdire interdiction prohibir prohibicion",
    # kinds of text, bodies and meetings, and the words of their titles (the names the
    # secretariats give them in English, French and Spanish)
    "guideline directive directrice directriz",
    "outlook perspective perspectiva",
    "state etat estado",
    "world global monde mondial mundo mundial",
    "handbook manual manuel",
    "course cour curso",
    "framework cadre marco",
    "body organe organo",
    "advice avis asesoramiento",
    "call appel convocatoria",
    "grant subvention subvencion microfinancement",
    "small petit pequeno pequena",
    "user utilisateur usuario",
    "focal correspondant",
    "clearinghouse clearing",
    "openended",
    "officer agent funcionario",
    "approval approbation aprobacion autorisation autorizacion",
    "agreement accord acuerdo",
    "listed inscrit inscrito",
    "city ville ciudad",
    # words of the subjects and actions clearing-house pages name most
    "monitoring monitor suivi seguimiento monitoreo vigilancia",
    "use utilisation uso",
    "area aire zona",
    "species espece especie",
    "community communaute comunidad communautaire comunitaria comunitario",
    "sustainable durable sostenible",
    "environment environnement ambiente",
    "environmental environnemental ambiental",
    "hazardous dangereux peligroso",
    "chemical chimique quimico",
    "pesticide plaguicida",
    "pollutant polluant contaminante",
    "mining minier miniere mineria",
    "risk risque riesgo",
    "wetland humide humedal umida umido",
    "marine marin marino marina marinha marinho mer mar sea",
    "beach plage playa",
    "fishery fisherie fishing peche pesca",
    "food alimentation alimentaire alimento alimentario",
    "poverty pauvrete pobreza",
    "payment paiement pago",
    "benefit avantage beneficio",
    "sharing partage participacion",
    "illegal illicite ilegal ilicito",
    "empty vide vacio",
    "container recipient envase",
    "collection collecte recoleccion recolha coleta",
    "equipment equipement equipo equipamento",
    "system systeme sistema",
    # terms of the conventions' and agencies' texts in their official languages (FAO's SSF
    # Guidelines: "small-scale fisheries" / "pêche artisanale"; the Minamata Convention's
    # "artisanal and small-scale gold mining"; IPBES's pollinators assessment; CITES's
    # poaching; the "sustainability" of every convention). Not "living" / "vivant" / "vivo":
    # in every biosafety title (living modified organisms), it joined look-alikes.
    "artisanal artisanale artesanal artesanale",
    "bee abeille abeja",
    "pollinator pollinisateur polinizador",
    "poaching braconnage",
    "poacher braconnier",
    "planet planete planeta",
    "sustainability durabilite sostenibilidad",
    # coasts, waters and their species in the four languages of the nodes (Portuguese too:
    # "mangais", "tartarugas", "baía", "bacia", "zonas úmidas")
    "mangrove mangle manglar mangal mangais mangue",
    "turtle tortue tortuga tartaruga",
    "dolphin dauphin delfin golfinho boto",
    "bay baie bahia baia",
    "basin bassin cuenca bacia",
    "sargassum sargasse sargazo sargaco",
    "action accion acao",
    "restoration restauration restauracion restauracao",
    "release liberation liberacion liberacao",
    "map mapping carte cartographie cartografia mapa mapeamento",
    "lusophone lusofono lusofona portuguese",
)
_SAME_WORD = {_stem(w): i for i, group in enumerate(_SAME_WORD_GROUPS) for w in group.split()}
"""Frequent title words of clearing-house pages and their translations that share no letters
("support", "appui", "apoyo"): read as one word by :func:`cognate`."""


_MEETING_GROUP = _SAME_WORD[_stem("meeting")]


def _word_group(word: str) -> int | None:
    """The group of :data:`_SAME_WORD_GROUPS` a title word is in, also as a French or Spanish
    plural in "-es" ("orientaciones", whose light stem keeps the "e")."""
    got = _SAME_WORD.get(word)
    if got is None and len(word) > 5 and word.endswith("e"):
        got = _SAME_WORD.get(word[:-1])
    if got is None and len(word) > 4 and word.endswith("x"):  # French "oiseaux", "eaux"
        got = _SAME_WORD.get(word[:-1])
    return got


@lru_cache(maxsize=1 << 16)
def cognate(a: str, b: str) -> bool:
    """Two folded words that look like translations of each other (``deteccion`` /
    ``detection``, ``moustique`` / ``mosquitoe``): one starts the other, they are at least
    65 % alike (with the same first letter under five letters), their roots without an ending
    (:func:`_root`: ``restoring`` / ``restauration``) are 75 % alike, or
    :data:`_SAME_WORD_GROUPS` puts them together (``appui`` / ``support``); never two roots
    of one family of terms (:func:`_kin_not_cognate`: ``carbofuran`` / ``carbosulfan``)."""
    if a == b:
        return True
    group = _word_group(a)
    if group is not None and group == _word_group(b):
        return True
    if ("\u0600" <= a[:1] <= "\u06ff") != ("\u0600" <= b[:1] <= "\u06ff"):
        return sounds_like(a, b) or sounds_like(b, a)  # a name in Arabic letters and in Latin
    if min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)):
        return True
    if _kin_not_cognate(_root(a), _root(b)):
        return False
    if min(len(a), len(b)) < 5 and a[0] != b[0]:
        return False  # "tree" / "estre": three letters alike mean nothing ("uso" / "use" do)
    if _alike(a, b, COGNATE_RATIO):
        return True
    ra, rb = _root(a), _root(b)
    return (
        (ra, rb) != (a, b)
        and min(len(ra), len(rb)) >= 4
        and (ra.startswith(rb) or rb.startswith(ra) or _alike(ra, rb, 0.75))
    )


def _alike(a: str, b: str, ratio: float) -> bool:
    """Whether two words are ``ratio`` alike (difflib's ratio; its cheap upper bounds first)."""
    total = len(a) + len(b)
    if not total:
        return True
    if 2.0 * min(len(a), len(b)) / total < ratio:  # difflib's real_quick_ratio
        return False
    common = 0  # letters in common as multisets: difflib's quick_ratio, counted in C
    for c in set(a):
        x, y = a.count(c), b.count(c)
        common += x if x < y else y
    if 2.0 * common / total < ratio:
        return False
    return SequenceMatcher(None, a, b).ratio() >= ratio


_SUFFIXES = (
    "amiento", "imiento", "ations", "ation", "acoes", "acion", "acao", "ement", "mente", "ments",
    "ment",
    "ings", "ing", "ion", "eur", "ers", "er", "ed", "ee", "es", "e", "o", "a",
)  # fmt: skip
"""Endings of English, French, Spanish and Portuguese words that say nothing of their sense."""


_OPPOSITE_PREFIXES = frozenset({frozenset(("im", "ex")), frozenset(("in", "ex"))})
"""Prefixes that give one stem opposite senses ("import" / "export", "importación" /
"exportación", "internal" / "external"): never one word in two languages."""


def _kin_not_cognate(a: str, b: str) -> bool:
    """Two roots of one family of terms, not one word in two languages: the same start and
    end around a different middle of three letters or more ("carbofuran" / "carbosulfan",
    "polybrominated" / "polychlorinated"), or the same end after different starts
    ("anglophone" / "francophone", "persistent" / "consistent"), or after opposite prefixes
    (:data:`_OPPOSITE_PREFIXES`: "import" / "export"). Translations differ at their ends or
    by a letter or two in the middle ("detection" / "detección")."""
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    q = 0
    while q < n - p and a[-1 - q] == b[-1 - q]:
        q += 1
    ma, mb = len(a) - p - q, len(b) - p - q
    if p == 0 and q >= 4 and frozenset((a[:ma], b[:mb])) in _OPPOSITE_PREFIXES:
        return True  # "import" / "export", "internal" / "external": one stem, two senses
    if p >= 4 and q >= 2 and max(ma, mb) >= 3:
        # a middle that is the other's with a letter or two added is one word spelt in two
        # languages ("intergovernmental" / "intergouvernemental": "vern" / "uverne")
        short, long_ = sorted((a[p : len(a) - q], b[p : len(b) - q]), key=len)
        return not (len(long_) - len(short) <= 2 and _subsequence(short, long_))
    return p == 0 and q >= 4 and min(ma, mb) >= 3


def _subsequence(short: str, long_: str) -> bool:
    """Whether the letters of ``short`` appear in ``long_`` in order."""
    it = iter(long_)
    return all(c in it for c in short)


@lru_cache(maxsize=1 << 16)
def _root(word: str) -> str:
    """A word less one ending of :data:`_SUFFIXES` (``restoring`` and ``restauration`` give
    ``restor`` and ``restaur``), kept at four letters or more."""
    for end in _SUFFIXES:
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def _numbers(tokens: Iterable[str]) -> frozenset[str]:
    """The numbers of a title, Roman numerals as digits ("Project II" and "deuxième phase
    (PRAPS-2)" both say 2)."""
    return frozenset(
        t if t.isdigit() else str(_roman_value(t)) for t in tokens if t.isdigit() or t in ROMAN
    )


def _roman_as_digits(tokens: Iterable[str]) -> list[str]:
    """Title tokens with a Roman numeral written as its digits ("stage I": "stage 1")."""
    return [str(_roman_value(t)) if t in ROMAN else t for t in tokens]


def minhash_bands(
    tokens: Sequence[str], bands: int = MINHASH_BANDS, rows: int = MINHASH_ROWS
) -> list[str]:
    """MinHash band keys of a token set (stable across processes); ``bands * rows`` is at
    most ``MINHASH_BANDS * MINHASH_ROWS``."""
    sig = _minhash(tokens, bands * rows)
    if not sig:
        return []
    return _bands(sig, bands, rows)


def _minhash(tokens: Sequence[str], size: int = MINHASH_BANDS * MINHASH_ROWS) -> list[int]:
    """The first ``size`` (at most ``MINHASH_BANDS * MINHASH_ROWS``) minimum hashes of a
    token set ([] when empty): those the bands read, no more."""
    hashes = [_token_hashes(t) for t in set(tokens)]
    if not hashes:
        return []
    if len(hashes) == 1:
        return list(hashes[0][:size])
    return list(map(min, islice(zip(*hashes, strict=True), size)))


def _bands(sig: list[int], bands: int, rows: int) -> list[str]:
    """Band keys of a MinHash signature: ``bands`` bands of ``rows`` values."""
    out = []
    for i in range(bands):
        chunk = sig[i * rows : (i + 1) * rows]
        out.append(f"{i}:{zlib.crc32(repr(chunk).encode()):08x}")
    return out


@lru_cache(maxsize=1 << 14)
def _token_hashes(token: str) -> array[int]:
    """The ``MINHASH_BANDS * MINHASH_ROWS`` hashes of one token (cached: title words repeat
    across records; 160 bytes each)."""
    h = zlib.crc32(token.encode()) | (zlib.crc32(token[::-1].encode()) << 32)
    return array("Q", [(a * h + b) % _PRIME for a, b in _HASH_PARAMS])


@dataclass(frozen=True)
class DupFeatures:
    """What verifying a title candidate needs."""

    id: str
    node: str
    type: str
    year: int | None
    countries: tuple[str, ...]
    titles: dict[str, list[str]]  # language -> tokens
    codes: tuple[str, ...] = ()  # project codes and DOIs: two different ones mean two items
    signature: tuple[str, ...] = ()  # concepts, places, numbers of the titles (no language)
    broader: tuple[str, ...] = ()  # concepts one level above the signature's
    words: dict[str, list[str]] | None = None  # language -> title words of substance
    covered: tuple[str, ...] = ()  # words of the labels of its concepts and places
    creators: tuple[str, ...] = ()  # folded
    parents: dict[str, list[str]] | None = None  # topic -> its broader concepts
    cover: dict[str, list[str]] | None = None  # topic or place -> the words of its labels
    names: dict[str, list[str]] | None = None  # language -> capitalised words past the first
    mentioned: tuple[str, ...] = ()  # countries the description names (no field, none in title)
    acronyms: tuple[str, ...] = ()  # folded words a title writes in capitals ("POPRC", "NBSAPs")
    initials: dict[str, list[list[Any]]] | None = None  # language -> [initials, stems, stop]
    senses: dict[str, list[str]] | None = None  # title word -> concepts it is a label of
    about: tuple[str, ...] = ()  # words of the first sentence of its description
    rare: tuple[str, ...] = ()  # rare words of its titles and descriptions (content_features)
    text_codes: tuple[str, ...] = ()  # codes its texts write ("aat709a")
    text_names: tuple[str, ...] = ()  # rare words its texts write as names ("lingshi")
    day: str | None = None  # its date when it names a day ("2025-02-17")
    known: tuple[str, ...] = ()  # lexicon and label words of its texts (content_features)
    roles: tuple[str, ...] = ()  # a profile's or contact point's regime and role (_roles_of)
    companion: bool = False  # a title calls it an annex, appendix or addendum (_companion)
    read: bool = False  # a title read word for word from Russian or Chinese (tagged "en")

    # ---- derived views, computed once per record (never stored; the comparisons read them)
    @cached_property
    def places(self) -> frozenset[str]:
        """:func:`countries_of` this record."""
        if self.countries:
            return frozenset(self.countries)
        return frozenset(x[2:] for x in self.signature if x[0] == "c") or frozenset(self.mentioned)

    @cached_property
    def code_kinds(self) -> dict[str, frozenset[str]]:
        """Its project codes, DOIs and ISBNs by scheme."""
        out: dict[str, set[str]] = {}
        for c in self.codes:
            out.setdefault(scheme(c), set()).add(c)
        return {k: frozenset(v) for k, v in out.items()}

    @cached_property
    def is_summary(self) -> bool:
        """Whether a title calls it a summary (:data:`SUMMARY`)."""
        return any(t in SUMMARY for toks in self.titles.values() for t in toks)

    @cached_property
    def kinds(self) -> frozenset[int]:
        """The kinds of meeting document its titles name (:data:`_KIND_GROUPS`)."""
        return frozenset(_KIND[t] for toks in self.titles.values() for t in toks if t in _KIND)

    @cached_property
    def bodies(self) -> frozenset[str]:
        """The conventions' bodies its titles name (:data:`_BODIES`: "poprc", "cop")."""
        return frozenset(t for toks in self.titles.values() for t in toks if t in _BODIES)

    @cached_property
    def national(self) -> bool:
        """Whether a title calls it national (a national report, plan, strategy...) and names
        no region (a regional workshop on national plans is no country's)."""
        return not any(x[0] == "r" for x in self.signature) and any(
            t in _NATIONAL and not _PARK.intersection(toks[max(0, i - 1) : i + 2])
            for toks in self.titles.values()
            for i, t in enumerate(toks)
        )  # "parc national", "national park": a place's name, not a national text

    @cached_property
    def title_sets(self) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
        """Per title language: its tokens as a set, and their numbers."""
        return {
            lang: (frozenset(_roman_as_digits(t)), _numbers(t)) for lang, t in self.titles.items()
        }  # "stage I" / "stage 1": one title word

    @cached_property
    def concept_senses(self) -> dict[str, list[str]]:
        """Its title words' senses that are concepts of the vocabulary (no lexicon sense)."""
        got = {w: [x for x in s if x[:2] != "x:"] for w, s in (self.senses or {}).items()}
        return {w: s for w, s in got.items() if s}

    def word_senses(self, lexicon: bool) -> dict[str, list[str]]:
        """Title word -> its senses: the vocabulary's concepts, and with ``lexicon`` the
        domain lexicon's entries too (:mod:`matching.glossary`)."""
        return (self.senses or {}) if lexicon else self.concept_senses

    @cached_property
    def rare_set(self) -> frozenset[str]:
        """Its rare words as a set."""
        return frozenset(self.rare)

    @cached_property
    def known_set(self) -> frozenset[str]:
        """Its known words as a set."""
        return frozenset(self.known)

    @cached_property
    def word_sets(self) -> dict[str, frozenset[str]]:
        """Per title language: its words of substance as a set."""
        return {lang: frozenset(w) for lang, w in (self.words or {}).items()}

    def to_json_dict(self) -> dict[str, Any]:
        """Plain data for ``dup_features``."""
        return (
            {
                "id": self.id,
                "node": self.node,
                "type": self.type,
                "year": self.year,
                "countries": list(self.countries),
                "titles": self.titles,
                "codes": list(self.codes),
                "signature": list(self.signature),
                "broader": list(self.broader),
                "words": self.words or {},
                "covered": list(self.covered),
                "creators": list(self.creators),
                "parents": self.parents or {},
                "cover": self.cover or {},
                "names": self.names or {},
                "mentioned": list(self.mentioned),
                "acronyms": list(self.acronyms),
                "initials": self.initials or {},
                "senses": self.senses or {},
                "about": list(self.about),
                "rare": list(self.rare),
                "text_codes": list(self.text_codes),
                "text_names": list(self.text_names),
                "day": self.day,
                "known": list(self.known),
                "roles": list(self.roles),
            }
            | ({"companion": True} if self.companion else {})
            | ({"read": True} if self.read else {})
        )

    @classmethod
    def from_json_dict(cls, d: dict[str, Any]) -> DupFeatures:
        """Inverse of :meth:`to_json_dict`."""
        return cls(
            d["id"],
            d["node"],
            d["type"],
            d["year"],
            tuple(d["countries"]),
            d["titles"],
            tuple(d.get("codes", ())),
            tuple(d.get("signature", ())),
            tuple(d.get("broader", ())),
            d.get("words") or {},
            tuple(d.get("covered", ())),
            tuple(d.get("creators", ())),
            d.get("parents"),
            d.get("cover"),
            d.get("names"),
            tuple(d.get("mentioned", ())),
            tuple(d.get("acronyms", ())),
            d.get("initials"),
            d.get("senses"),
            tuple(d.get("about", ())),
            tuple(d.get("rare", ())),
            tuple(d.get("text_codes", ())),
            tuple(d.get("text_names", ())),
            d.get("day"),
            tuple(d.get("known", ())),
            tuple(d.get("roles", ())),
            bool(d.get("companion", False)),
            bool(d.get("read", False)),
        )


def dup_features(
    rec: dict[str, Any], vocabulary: Any = None, keys: Sequence[str] | None = None
) -> DupFeatures:
    """A record's title-comparison features (the vocabulary finds concepts in titles);
    ``keys``: its :func:`identifier_keys` when the caller has them already."""
    date = rec.get("date") or ""
    rare, text_codes, text_names, known = content_features(rec, vocabulary)
    harvested = rec  # its titles in their own script: a page's regime and role (_page_roles)
    read = any(is_other_script(t or "") for t in (rec.get("title") or {}).values())
    if read or any(is_arabic(t or "") for t in (rec.get("title") or {}).values()):
        # an Arabic, Russian or Chinese title is read in English words (:mod:`matching.arabic`,
        # :mod:`matching.scripts`); an Arabic one keeps its tag, a Russian or Chinese one read
        # word for word is compared as English (unless the record has an English title too):
        # "guidance labelling products" is not "guidance identifying imported products"
        rec = {**rec, "title": _titles_in_english(rec["title"])}
    tokens = {lang: title_tokens(text) for lang, text in (rec.get("title") or {}).items() if text}
    sig = _signature(rec, vocabulary, tokens)
    titles = {lang: toks for lang, toks in tokens.items() if len(toks) >= 2}
    own = rec.get("countries") or ()
    named = own or any(x[0] == "c" for x in sig["signature"])
    mentioned = () if named else _mentioned(rec, vocabulary)
    if not named and not mentioned and rec.get("publisher_country"):
        # a record that says nowhere whose it is: its publishing node's country, as a
        # harvest fills an empty country field (a registered node's ``country``)
        own = [rec["publisher_country"]]
    return DupFeatures(
        id=str(rec["id"]),
        node=str(rec.get("node") or ""),
        type=str(rec.get("type") or "other"),
        year=int(date[:4]) if date[:4].isdigit() else None,
        countries=tuple(sorted({c.upper() for c in own})),
        titles=titles,
        codes=tuple(
            k
            for k in (identifier_keys(rec) if keys is None else keys)
            if scheme(k) in ("code", "doi", "isbn")
        ),
        signature=sig["signature"],
        broader=sig["broader"],
        words=sig["words"],
        covered=sig["covered"],
        creators=tuple(
            sorted(
                {f for c in rec.get("creators") or () if (f := _fold_word(_readable_creator(c)))}
            )
        ),
        parents=sig["parents"],
        cover=sig["cover"],
        names={
            lang: names
            for lang, text in (rec.get("title") or {}).items()
            if text and (names := proper_names(text))
        },
        mentioned=mentioned,
        acronyms=tuple(
            sorted({a for text in (rec.get("title") or {}).values() for a in acronyms(text or "")})
        ),
        initials={
            lang: title_initials(text) for lang, text in (rec.get("title") or {}).items() if text
        },
        senses=sig["senses"],
        about=_about(rec),
        rare=rare,
        text_codes=text_codes,
        text_names=text_names,
        day=date[:10] if _DAY.match(date) else None,
        known=known,
        roles=_page_roles(harvested, rec) if rec.get("type") in PAGE_TYPES else (),
        companion=any(_companion(t or "") for t in (rec.get("title") or {}).values()),
        read=read,
    )


_COMPANION = re.compile(
    r"(?<!\bwith )(?<!\band )(?<!\bavec )(?<!\bet )(?<!\bcon )(?<!\by )"
    r"(?<!\bits )(?<!\btheir )(?<!\bses )(?<!\bleurs )(?<!\bsus )(?<!\bincluding )"
    r"\b(?:annex|annexe|annexes|anexo|anexos|appendix|appendices|appendice|apendice"
    r"|apendices|addendum|addenda|corrigendum|corrigenda)\b"
    r"(?!\s+(?:[ivx]{1,4}|[a-f])\b)"
)
"""A title word that makes a record a companion of another text ("… (revised 2023) - Annex:
template for baseline estimates", "Addendum to the report of …"), unless it names one of a
convention's own annexes or appendices ("Annex III", "Annexes A, B and C", "Appendix II")
or says the text comes with its annexes ("report with annexes", "informe y sus anexos")."""


def _companion(title: str) -> bool:
    """Whether a title calls its record an annex, appendix, addendum or corrigendum of
    another text (:data:`_COMPANION`)."""
    return bool(_COMPANION.search(fold(title)))


def _titles_in_english(titles: dict[str, str]) -> dict[str, str]:
    """Titles in Arabic, Russian or Chinese letters read in English words, others as written;
    a Russian or Chinese one under the tag "en" when the record has no English title."""
    out: dict[str, str] = {}
    for lang, text in titles.items():
        if text and is_arabic(text):
            out[lang] = english(text)
        elif text and is_other_script(text):
            out["en" if "en" not in titles and "en" not in out else lang] = english_of_script(text)
        else:
            out[lang] = text
    return out


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _readable_creator(name: str) -> str:
    """A creator's name as compared: in English words when written in Arabic and unknown to
    the organisation table (which knows "برنامج الأمم المتحدة للبيئة" as UNEP)."""
    if is_arabic(name) and resolve_organisation(name) is None:
        return english(name)
    return name


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def first_sentence(text: str) -> str:
    """``text`` up to its first line break or its first ".", "!" or "?" followed by a space
    (that mark kept): ``re.split(r"(?<=[.!?])\s|\n", text, maxsplit=1)[0]``, found by a
    pattern that begins with what it matches rather than a look-behind at every position."""
    m = _SENTENCE_END.search(text)
    if m is None:
        return text
    return text[: m.start() + (m[0][0] != "\n")]


ABOUT_WORDS = 30
"""Words of a description's first sentence kept in the features (:func:`_about`)."""


def _about(rec: dict[str, Any]) -> tuple[str, ...]:
    """The words of substance of the first sentence of a record's description (its first
    language that has one), at most :data:`ABOUT_WORDS`: what tells two copies of one title
    apart when neither says when or whose it is (a template filled by two countries)."""
    for text in (rec.get("description") or {}).values():
        first = first_sentence((text or "")[:300])
        words = sorted({_stem(t) for t in fold(first).split() if len(t) > 2 and t not in STOP})
        if words:
            return tuple(words[:ABOUT_WORDS])
    return ()


_CURRENCY = re.compile(
    r"\b(?:US|U\.S\.|United States) dollars?\b|\bdollars? des [ÉE]tats-Unis\b"
    r"|\bd[óo]lar(?:es)? (?:de los Estados Unidos|estadounidenses?)\b"
    r"|\bd[óo]lar(?:es)? (?:dos Estados Unidos|americanos?|norte-americanos?)\b",
    re.IGNORECASE,
)
"""An amount's currency named after a country ("US dollars", "dollars des États-Unis"):
it says nothing of whose a record is (:func:`_mentioned`)."""


def _mentioned(rec: dict[str, Any], vocabulary: Any) -> tuple[str, ...]:
    """The countries the first sentence of a record's description names, written as names
    ("Le Togo sollicite …"): where a record with no country field and none in its title says
    whose it is."""
    from vocabulary.eligibility import parse_units

    got: set[str] = set()
    for text in (rec.get("description") or {}).values():
        first = first_sentence(text or "")[:300]
        if is_arabic(first):
            first = english(first)  # "تطلب وزارة البيئة العراقية …": Iraq's request
        first = _CURRENCY.sub(" ", first)  # "50 000 dollars des États-Unis": no place
        got |= {
            u[2:] for u in parse_units(first, vocabulary) if u[:2] == "c:" and _named(first, u[2:])
        }
    return tuple(sorted(got))


def proper_names(text: str) -> list[str]:
    """The folded words a title writes with a capital past its first word, other than stop
    words, numbers, ordinals, months and generic words: names of cities, programmes, bodies
    ("Dakar", "Ouagadougou", "Bio-Bridge")."""
    out: set[str] = set()
    for i, word in enumerate(re.findall(r"\w+", text)):
        if i == 0 or not word[:1].isupper() or word.isupper():
            continue
        tok = _fold_word(word)
        if tok in STOP or tok in GENERIC or tok in ORDINALS or tok in ROMAN or tok.isdigit():
            continue
        out.add(_stem(tok))
    return sorted(out)


def _names_conflict(a: DupFeatures, b: DupFeatures) -> bool:
    """Two titles in one language that each name something the other does not ("…, Dakar"
    and "…, Ouagadougou": two workshops of a series)."""
    for lang, mine in (a.names or {}).items():
        theirs = (b.names or {}).get(lang)
        if lang not in b.titles or lang not in a.titles:
            continue
        words_a = {_stem(t) for t in a.titles[lang]}
        words_b = {_stem(t) for t in b.titles[lang]}
        if set(mine) - words_b and set(theirs or ()) - words_a:
            said_twice = _acronym_words(a, b)  # "POPRC" / "Persistent Organic Pollutants ..."
            lone_a = {
                n
                for n in set(mine) - words_b - said_twice
                if not _in_compound(n, words_b) and _lone_in_text(n, a, b)
            }
            lone_b = {n for n in set(theirs or ()) - words_a - said_twice
                      if not _in_compound(n, words_a) and _lone_in_text(n, b, a)}  # fmt: skip
            if lone_a and lone_b:
                return True
    return False


def _lone_in_text(name: str, mine: DupFeatures, theirs: DupFeatures) -> bool:
    """Whether a name of one title is a rare word of its record that the other record's texts
    do not say ("Cowpea" in one title, said in the other's description, is no other item; a
    word the lexicon holds, "Risk", names nothing). Features without rare words (written by
    an earlier version) keep every name."""
    if not mine.rare:
        return True
    name = _rare_form(name)
    return name in mine.rare and name not in theirs.rare


def _in_compound(name: str, words: set[str]) -> bool:
    """Whether a name of five letters or more is part of a word of the other title written
    as one ("Centro América" / "Centroamérica")."""
    return len(name) >= 5 and any(len(w) > len(name) and name in w for w in words)


def title_keys(f: DupFeatures) -> list[str]:
    """Blocking keys: MinHash bands of each title, within each country and across all (``*``:
    a record without a country meets those with one), and signature keys (``s|``: the
    signature and each signature less one element, with type and year)."""
    places = (*f.countries, "*")
    keys: list[str] = []
    for toks in f.titles.values():
        for band in minhash_bands(toks):
            keys.extend(f"{p}|{band}" for p in places)
    sig = f.signature
    if any(x.startswith("t:") for x in sig):
        variants = [sig] + [tuple(y for y in sig if y != x) for x in sig] if len(sig) > 2 else [sig]
        if len(sig) == 2:  # a topic less a second one the translation did not read
            variants += [(x,) for x in sig if x[0] == "t"]
        for v in variants if f.year is not None else ():
            digest = zlib.crc32("|".join(v).encode())
            keys.append(f"s|{f.type}|{f.year}|{digest:08x}")
        # over all years: a dated record's signature, an undated one's and each less one
        # element (a record without a date or country meets its dated copy)
        for v in variants if f.year is None else [sig]:
            digest = zlib.crc32("|".join(v).encode())
            keys.append(f"s|{f.type}|*|{digest:08x}")
    places = tuple(sorted(countries_of(f)))
    for t in sig if places else ():  # one country's items on one subject, of one year or any
        if t[0] == "t":
            for p in places:
                keys.append(f"p|{f.type}|*|{p}|{t}")
                if f.year is not None:
                    keys.append(f"p|{f.type}|{f.year}|{p}|{t}")
    numbers = _strong_numbers(f)
    if numbers:  # the numbers of a title, over all years: "CP-MOP 11" / "Eleventh meeting"
        keys.append(f"#|{f.type}|{'.'.join(numbers)}")
        for body in sorted(f.bodies):
            keys.append(f"b|{f.type}|{body}|{'.'.join(numbers)}")  # "POPRC-19", any year
    topics = [t for t in sig if t[0] == "t"]
    orgs = _organisations(f) if f.creators else []
    for org in orgs if topics else ():
        # one organisation's items on one subject, over all years: a national node's undated
        # short copy signed with the acronym ("BRS", "Guidance on ESM of waste Li-ion
        # batteries") meets the dated original signed in words
        keys.extend(f"o|{f.type}|*|{org}|{t}" for t in topics)
    if f.year is not None:
        for creator in f.creators:  # the same creator's items of one year, in any language
            keys.append(f"a|{f.type}|{f.year}|{zlib.crc32(creator.encode()):08x}")
        # and the same organisation's, however its name is written ("UNEP" / "PNUMA")
        keys.extend(f"o|{f.type}|{f.year}|{org}" for org in orgs)
        # the names a title writes (places, bodies: "Osa", "Príncipe"), said alike in every
        # language: translations the vocabulary reads nothing in meet through them
        for name in sorted({n for ns in (f.names or {}).values() for n in ns if len(n) >= 3}):
            keys.append(f"n|{f.type}|{f.year}|{name}")
    # the title in no language (:func:`gloss_tokens`): a translation meets its original
    # within its year (an undated copy meets it through the other keys: a band over all
    # countries, its signature over all years, a name, a number)
    gloss = gloss_tokens(f) if f.year is not None else ()
    if len(gloss) >= GLOSS_MIN_TOKENS:
        keys.extend(f"g|{f.type}|{f.year}|{b}" for b in minhash_bands(gloss, GLOSS_BANDS, 2))
    keys += content_keys(f)  # what the record says, whatever its title
    keys += creator_initial_keys(f)  # "NEA" / "National Environment Agency", one year
    if f.roles:  # one country's page on one regime (:func:`page_match`), any year
        roles = "|".join(f.roles)
        keys.extend(f"r|{f.type}|{p}|{roles}" for p in sorted(countries_of(f)))
    if f.day is not None and f.type == "event":  # one day's events, in any language
        keys.append(f"e|{f.type}|{f.day}")
    keys += name_sound_keys(f)  # "Ounianga" / "أونيانغا", one country's, any year
    return list(dict.fromkeys(keys))


def _organisations(f: DupFeatures) -> list[str]:
    """The organisations a record's creators resolve to, with their lineage ("BRS" and
    "Secretariat of the Basel, Rotterdam and Stockholm Conventions" give ``brs``), but none
    too common to tell anything (:data:`_KEYLESS_ORGANISATIONS`)."""
    out: dict[str, None] = {}
    for creator in f.creators:
        oid = resolve_organisation(creator)
        for org in lineage(oid) if oid is not None else ():
            if org not in _KEYLESS_ORGANISATIONS:
                out[org] = None
    return list(out)


GLOSS_MIN_TOKENS = 3
"""Elements a title in no language must have to be a blocking key of its own."""
GLOSS_BANDS = 6
"""MinHash bands of two rows over a title in no language, within one year (two titles
whose elements are half in common share one with a chance of 0.82). A second family over
all years (5 bands of 3 rows) found no more pair on the ten labelled sets for 45% more
postings of this kind; it was left out."""


def gloss_tokens(f: DupFeatures) -> list[str]:
    """A record's title in no language: each word of substance as its senses (the concepts
    it is a label of and the domain lexicon's entries it is in), a word neither knows as
    itself (names: "Jiquilisco", "terbufos"), and the numbers and places its titles name.
    "Stratégie nationale de biodiversité 2021" and "National biodiversity strategy 2021"
    give the same elements."""
    senses = f.senses or {}
    out: set[str] = {x for x in f.signature if x[0] in "ncr"}
    for ws in (f.words or {}).values():
        for w in ws:
            out.update(senses.get(w) or (w,))
    return sorted(out)


_KEYLESS_ORGANISATIONS = frozenset({"un"})
"""Organisations too wide to block on: the United Nations holds every programme and agency
(each of them is a key of its own)."""


def _strong_numbers(f: DupFeatures) -> tuple[str, ...]:
    """The numbers of a record's titles that are not years (1900-2099), sorted, when they
    say more than one digit ("11", "15.4", "58"; not "2" alone): a session, a decision, a
    law's or an issue's number, an event's code."""
    got = sorted(
        {
            x[2:]
            for x in f.signature
            if x[0] == "n" and x[2:].isdigit() and not (len(x) == 6 and x[2:4] in ("19", "20"))
        }
    )
    return tuple(got) if sum(len(n) for n in got) >= 2 else ()


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """|A ∩ B| / |A ∪ B| of two token collections."""
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 0.0


PAGE_TYPES = frozenset({"national-profile", "contact-point"})
"""Record types that every country publishes once per regime (and role): the same page of
one country from two nodes is one item however it is worded."""

_REGIMES = (
    (
        "bch",
        r"\bbch\b|\bceprb\b|biosafety clearing|centre d.echange (?:pour|sur) (?:la )?"
        r"(?:prevention des risques|biosecurite)|centro de intercambio de informacion sobre"
        r" seguridad|intercambio de informacion sobre bioseguridad"
        r"|посредничеств\w* по биобезопасност|مركز تبادل معلومات السلامة الاحيائية"
        r"|生物安全资料交换所|生物安全信息交换所",
    ),
    (
        "cpb",
        r"biosafety|biosecurite|bioseguridad|biosseguranca|cartagena|risques biotechnologiques"
        r"|seguridad de la biotecnologia|\blmos?\b|\bovm\b"
        r"|\bgmos?\b|\bogms?\b|\bomgs?\b|genetically modified|gene technology"
        r"|биобезопасност|картахен|السلامة الاحيائية|قرطاجنة|生物安全|卡塔赫纳",
    ),
    (
        "abs",
        r"access and benefit|benefit.sharing|partage des avantages|acceso y participacion"
        r"|participacion en los beneficios|reparto de beneficios|\babs\b"
        r"|\bapa\b|nagoya|access to genetic resources|acces aux ressources genetiques"
        r"|acceso a (?:los )?recursos geneticos|acesso (?:a|aos) recursos geneticos"
        r"|совместн\w* использовани\w* выгод|доступ\w* к генетическ\w* ресурс|нагойск|تقاسم المنافع"
        r"|الحصول على الموارد الجينية|ناغويا|获取和惠益分享|惠益分享|名古屋",
    ),
    (
        "cbd",
        r"\bcbd\b|convention on biological diversity|biodiversity convention"
        r"|convention sur la diversite biologique|convenio sobre (?:la )?diversidad biologica"
        r"|convencao sobre (?:a )?diversidade biologica|\bcdb\b"
        r"|конвенци\w* о биологическом разнообразии|生物多样性公约|اتفاقية التنوع البيولوجي",
    ),
    (
        "ozone",
        r"\bozone\b|montreal protocol|protocole de montreal|protocolo de montreal|\bozono\b"
        r"|\bозон|монреальск\w* протокол|الاوزون|بروتوكول مونتريال|臭氧|蒙特利尔议定书",
    ),
    ("mercury", r"minamata|mercury|mercure|mercurio|ртут|минамат|الزئبق|ميناماتا|汞|水俣"),
    ("ramsar", r"ramsar|wetlands convention|convention on wetlands|рамсар|رامسار|拉姆萨尔"),
    ("cites", r"\bcites\b|\bситес\b|سايتس|濒危野生动植物种国际贸易公约"),
    ("basel", r"\bbasel\b|\bbale\b|\bbasilea\b|базельск|بازل|巴塞尔"),
    ("rotterdam", r"rotterdam|роттердам|روتردام|鹿特丹"),
    ("stockholm", r"stockholm|estocolmo|стокгольм|ستكهولم|استوكهولم|斯德哥尔摩"),
    (
        "chm",
        r"clearing.house mechanism|\bchm\b|mecanisme du centre d.echange"
        r"|mecanismo de facilitacion|механизм\w* посредничеств\w*\b(?! по биобезопасност)"
        r"|آلية تبادل المعلومات"
        r"|资料交换所机制|信息交换所机制",
    ),
)
"""The regimes a country's page is about (folded text; the biosafety clearing-house before the
Cartagena Protocol: their focal points are two roles, a country's profile one page)."""
_ROLES = (
    (
        "nfp",
        r"focal point|point focal|punto focal|ponto focal|\bnfp\b|\bpfn\b"
        r"|correspondant national|\bcn\b|координационн\w* центр|национальн\w* координатор"
        r"|جهة الاتصال|نقطة الاتصال|مركز التنسيق|联络点|协调中心",
    ),
    (
        "cna",
        r"competent (?:national )?authorit|national competent|autorite nationale competente"
        r"|autoridad nacional competente|\banc\b|\bcna\b|компетентн\w* национальн\w* орган"
        r"|национальн\w* компетентн\w* орган|السلطة الوطنية المختصة|国家主管部门",
    ),
    (
        "dna",
        r"designated national authorit|autorite nationale designee|autoridad nacional designada"
        r"|назначенн\w* национальн\w* орган|السلطة الوطنية المعينة|指定国家主管部门",
    ),
    (
        "ma",
        r"management authorit|organe de gestion|autoridad administrativa"
        r"|\bcites permits?\b|\bpermis cites\b|\bpermisos cites\b"  # who issues them
        r"|административн\w* орган|السلطة الادارية|管理机构",
    ),
    (
        "nou",
        r"(?:national )?ozone (?:unit|office|officer|cell)|unite nationale (?:de l.)?ozone"
        r"|bureau (?:national )?(?:de l.)?ozone|unidad (?:nacional )?de(?:l)? ozono"
        r"|oficina (?:nacional )?de(?:l)? ozono|\bnou\b",
    ),
    (
        "sa",
        r"scientific authorit|autorite scientifique|autoridad cientifica|научн\w* орган"
        r"|السلطة العلمية|科学机构",
    ),
    ("cp", r"checkpoint|point de controle|punto de verificacion"),
    ("pest", r"pesticide|plaguicida|agrotox"),
    ("ichem", r"industrial chemical|chimiques industriels|quimicos industriales"),
)
"""The roles of a contact point, and what a role is for (a Rotterdam authority for pesticides
is not the one for industrial chemicals)."""
_SCOPES = frozenset({"pest", "ichem"})
"""Roles that are what a page is for, a profile's too (a Rotterdam authority's page for
pesticides is not its page for industrial chemicals)."""
_REGIME_RES = tuple((k, re.compile(p)) for k, p in _REGIMES)
_ROLE_RES = tuple((k, re.compile(p)) for k, p in _ROLES)


def _roles_of(rec: dict[str, Any]) -> tuple[str, ...]:
    """The regimes (``g:bch``, ``g:abs``...) and roles (``r:nfp``, ``r:cna``...) a country
    profile or contact point is about, read in its titles, else in the start of its
    description: "CN APA - Congo" is the focal point for access and benefit-sharing."""
    out: list[str] = []
    contact = rec.get("type") == "contact-point"  # a profile names roles but is none of them
    for texts in (
        (rec.get("title") or {}).values(),
        (t[:300] for t in (rec.get("description") or {}).values()),
    ):
        text = " ".join(fold(t or "") for t in texts)
        regimes = [f"g:{k}" for k, rx in _REGIME_RES if rx.search(text)]
        if "g:bch" in regimes and "g:cpb" in regimes:
            regimes.remove("g:cpb")  # the clearing-house's page names its protocol
        if "g:cbd" in regimes and {"g:chm", "g:bch", "g:cpb", "g:abs"} & set(regimes):
            regimes.remove("g:cbd")  # the CHM, the BCH, its Protocols: the Convention's own
        if rec.get("type") == "national-profile" and "g:cpb" in regimes:
            regimes[regimes.index("g:cpb")] = "g:bch"  # one biosafety profile per country
        roles = [f"r:{k}" for k, rx in _ROLE_RES if (contact or k in _SCOPES) and rx.search(text)]
        if regimes and not any(x[0] == "g" for x in out):
            out += regimes
        if roles and not any(x[0] == "r" for x in out):
            out += roles
    return tuple(out)


def _page_roles(harvested: dict[str, Any], read: dict[str, Any]) -> tuple[str, ...]:
    """A page's regimes and roles (:func:`_roles_of`) in its titles as harvested (their own
    script: "السلطة الإدارية لاتفاقية سايتس" is the CITES Management Authority, "Профиль
    страны по доступу и совместному использованию выгод" an ABS profile), else in their
    English reading: the more that either says."""
    own = _roles_of(harvested)
    if harvested is read:
        return own
    english = _roles_of(read)
    return own if len(own) > len(english) else english


def _roles_apart(a: DupFeatures, b: DupFeatures) -> bool:
    """Whether two pages (:data:`PAGE_TYPES`) each name a regime and none in common, or each
    a role and none in common (:func:`_page_roles`): "السلطة الإدارية لاتفاقية سايتس" (the
    CITES Management Authority) is not "CITES Scientific Authority: Qatar", whatever other
    words their readings share."""
    if a.type not in PAGE_TYPES or not a.roles or not b.roles:
        return False
    for kind in "gr":
        mine = {x for x in a.roles if x[0] == kind}
        theirs = {x for x in b.roles if x[0] == kind}
        if mine and theirs and mine.isdisjoint(theirs):
            return True
    return False


def page_match(a: DupFeatures, b: DupFeatures) -> str | None:
    """Two country profiles or two contact points of one country, one regime and (contact
    points) one role, from two nodes: one page however worded ("Biosafety Clearing-House
    country profile: Dominica" / "Dominica on the BCH (ECU)"; "Correspondant national pour
    l'accès et le partage des avantages : République du Congo" / "CN APA - Congo"). Pages of
    two countries, two regimes or two roles stay apart."""
    if a.type not in PAGE_TYPES or not a.roles or a.roles != b.roles:
        return None
    if not any(x[0] == "g" for x in a.roles):
        return None
    if a.type == "contact-point" and not any(x[0] == "r" for x in a.roles):
        return None
    places = a.places & b.places
    if len(a.places) != 1 or places != b.places:
        return None
    return encode_reason(
        "same-page", roles=list(a.roles), countries=sorted(places), year=a.year or b.year
    )


def title_match(a: DupFeatures, b: DupFeatures) -> str | None:
    """Why two records are the same item by their titles, or None (rules in module docstring):
    a pair a rule joins (:func:`_title_reason`) is two texts when each names a subject the
    other does not (:func:`two_subjects`; one country's page on one regime aside)."""
    why = _title_reason(a, b)
    if why is None or (a.roles and why.startswith('{"code":"same-page"')):
        return why
    if draft_apart(a, b) or organs_apart(a, b):
        return None  # a draft and the adopted text; the reports of two bodies of one meeting
    if two_subjects(a, b):
        if _one_template(a, b):
            return None  # one template filled in for two subjects: what else both say
            # is the template's too ("curso regional de identificación de murciélagos" /
            # "... de anfibios", one description's wording)
        # two subjects, unless their texts say alike what few say (rule 8): a short copy in
        # its own words ("Saltie NDF 2025": egg quotas, nests), an event of one day in each
        # node's words (rule 9's bar)
        if a.day is not None and a.day == b.day and a.type == "event":
            return why if _said_alike(a, b, DAY_CONTENT_WORDS) else None
        return content_match(a, b)
    return why


def _title_reason(a: DupFeatures, b: DupFeatures) -> str | None:
    """Why two records are the same item by their titles, or None (rules in module docstring)."""
    if a.node == b.node or a.type != b.type:
        return None
    if a.year is not None and b.year is not None and a.year != b.year:
        return None
    if a.codes and b.codes:
        theirs = b.code_kinds
        for kind, mine in a.code_kinds.items():
            if kind in theirs and mine.isdisjoint(theirs[kind]):
                return None  # each names its own identifier: two items
    if a.countries and b.countries and a.countries != b.countries:
        return None
    places_a, places_b = a.places, b.places
    if places_a and places_b and places_a.isdisjoint(places_b):
        return None  # "… of Ghana" (no country field) is not the plan of Guyana (GY)
    if a.is_summary != b.is_summary:
        return None  # a summary of a report is not the report
    if a.companion != b.companion:
        return None  # an annex of a guidance, an addendum of a report, is not the text itself
    if a.kinds - b.kinds and b.kinds - a.kinds:
        return None  # a meeting's report is not its agenda
    if a.bodies and b.bodies and a.bodies.isdisjoint(b.bodies):
        return None  # the POPRC's nineteenth meeting is not the CRC's
    if a.roles and (why := page_match(a, b)) is not None:
        return why  # one country's page on one regime, worded by each node
    if _roles_apart(a, b):
        return None  # a Management Authority is not the Scientific Authority, in any language
    if (a.names and _names_conflict(a, b)) or (
        not set(a.titles) & set(b.titles) and (_lone_name(a, b) or _lone_name(b, a))
    ):
        # "…, Dakar" / "…, Ouagadougou", "… of mainland Portugal" / "… dos Açores": another
        # place of it, unless both announce one event on one day ("…, Cairo" / "… Egypt")
        return day_match(a, b, DAY_GLOSS_NAMED)
    if (
        a.national
        and b.national
        and bool(places_a) != bool(places_b)
        and _creators_agree(a, b) is not True
    ):
        # a national text naming no country, against one country's: whose? Unless their
        # texts name the same places ("Kalimantan", "Sulawesi", "Maluku") and say the same
        if len(set(a.text_names) & set(b.text_names)) >= NAMES_PLACE:
            # ("Bioko", "Río Muni"): the same words, or a translation of the same title
            return content_match(a, b) or translation_match(a, b) or lexicon_match(a, b)
        return None
    best = 0.0
    sets_b, words_a, words_b = b.title_sets, a.word_sets, b.word_sets
    for lang, (toks, numbers) in a.title_sets.items():
        other = sets_b.get(lang)
        same_numbers = numbers == (other[1] if other else _NO_NUMBERS)
        if other and same_numbers:
            best = max(best, _jaccard(toks, other[0]), _typo_jaccard(toks, other[0]))
        wa, wb = words_a.get(lang), words_b.get(lang)
        if wa and wb and same_numbers:
            best = max(best, _jaccard(wa, wb))  # generic words ("report") left out
    if best < TITLE_JACCARD:
        return (
            signature_match(a, b)
            or translation_match(a, b)
            or lexicon_match(a, b)
            or contained_match(a, b)
            or subset_match(a, b)
            or numbered_match(a, b)
            or session_match(a, b)
            or content_match(a, b)
            or national_match(a, b)
            or day_match(a, b)
            or acronym_match(a, b)
            or request_match(a, b)
            or named_match(a, b)
        )
    if _unplaced(a, b) and not (
        _creators_agree(a, b) or _descriptions_agree(a, b) or content_match(a, b, True)
    ):
        return None  # one title, but nothing says these are one country's of one time
    if _adds_subject(a, b):
        return None  # "… CITES annual illegal trade reports" is not "… CITES annual reports"
    return encode_reason(
        "similar-title",
        score=round(best, 2),
        countries=list(a.countries) if a.countries and b.countries else [],
        year=a.year if a.year is not None and a.year == b.year else None,
    )


TYPO_RATIO = 0.9
"""Two long title words this alike (difflib's ratio), same first letter, are one word
misspelt ("implemetation" / "implementation")."""
TYPO_MIN = 8


def _typo_jaccard(sa: frozenset[str], sb: frozenset[str]) -> float:
    """:func:`_jaccard` of two titles' tokens with a word misspelt in one counted as the
    other's (0.0 when no word is)."""
    only_a, only_b = [x for x in sa - sb if len(x) >= TYPO_MIN], set(sb - sa)
    typos = 0
    for x in only_a:
        y = next((y for y in only_b if y[0] == x[0] and _alike(x, y, TYPO_RATIO)), None)
        if y is not None and len(y) >= TYPO_MIN:
            only_b.discard(y)
            typos += 1
    if not typos:
        return 0.0
    union = len(sa | sb) - typos
    return (len(sa & sb) + typos) / union if union else 0.0


def _unplaced(a: DupFeatures, b: DupFeatures) -> bool:
    """Whether neither a date nor a country ties two records together: one has no date and
    one says nowhere whose it is (no country field, none in its title or description's
    first sentence). Two national nodes publish the same template or the same request
    title for two countries; then a title alike is not enough (:func:`title_match`)."""
    if (a.year is not None and b.year is not None) or (a.places and b.places):
        return False
    # a numbered session of one body is no country's template ("COP-11 of the Stockholm
    # Convention", dated on one copy only)
    return not (
        a.bodies and a.bodies == b.bodies and _strong_numbers(a) == _strong_numbers(b) != ()
    )


DESCRIPTION_JACCARD = 0.5
"""How alike the first sentences of two descriptions must be (words of substance, Jaccard)
for two records that nothing else ties together to be one (:func:`_descriptions_agree`)."""


def _descriptions_agree(a: DupFeatures, b: DupFeatures) -> bool:
    """Whether the first sentences of two records' descriptions say the same
    (:data:`DESCRIPTION_JACCARD`); False when either has none."""
    return bool(a.about and b.about) and jaccard(a.about, b.about) >= DESCRIPTION_JACCARD


def countries_of(f: DupFeatures) -> frozenset[str]:
    """A record's countries: its country field, or when that is empty the countries its title
    names (read through the vocabulary's country names, as the signature reads them), or else
    those the first sentence of its description names."""
    return f.places


_NO_NUMBERS: frozenset[str] = frozenset()
_PARK = frozenset({"park", "parks", "parc", "parcs", "parque", "parques"})
_NATIONAL = frozenset(
    {"national", "nationale", "nationaux", "nationales", "nacional", "nacionales"}
)
"""Title words that make a text one country's (with ``countries_of`` empty, it is still
some country's: the national node that publishes it did not say)."""


def _jaccard(sa: frozenset[str], sb: frozenset[str]) -> float:
    """:func:`jaccard` of two sets."""
    return len(sa & sb) / len(sa | sb) if sa or sb else 0.0


@lru_cache(maxsize=1 << 14)
def _content(words: tuple[str, ...]) -> frozenset[str]:
    """The words of a concept's labels that can tell it apart: no stop or generic words."""
    return frozenset(w for w in words if len(w) > 2 and w not in STOP and w not in GENERIC)


def _parts(x: str, mine: DupFeatures, theirs: DupFeatures) -> set[str]:
    """The topics of ``theirs`` that are parts of ``mine``'s topic ``x`` (*LMO risk
    assessment* against *LMOs* and *risk assessment*): its broader concepts, or concepts whose
    labels share a word of substance with its labels. Two parts or more make one concept named
    whole in one title and in parts in the other."""
    whole = _content(tuple((mine.cover or {}).get(x, ())))
    got = set()
    for y in theirs.signature:
        if y[0] != "t" or y == x or y in mine.signature:
            continue
        if y in _parents(mine, x) or whole & _content(tuple((theirs.cover or {}).get(y, ()))):
            got.add(y)
    return got


def _unnamed(x: str, mine: DupFeatures, theirs: DupFeatures) -> bool:
    """Whether ``mine``'s title names topic ``x`` in words most of which have no cognate in
    the other title ("mercurio" against "persistent organic pollutants"; not "biological
    diversity", read as *CBD* in one title and *biodiversity* in the other)."""
    named = _content(tuple((mine.cover or {}).get(x, ()))) & {
        w for ws in (mine.words or {}).values() for w in ws
    }
    other = {w for ws in (theirs.words or {}).values() for w in ws}
    found = sum(1 for w in named if any(cognate(w, v) for v in other))
    return bool(named) and 2 * found < len(named)


_KIND_GROUPS = (
    "report rapport informe relatorio",
    "agenda",
    "annotatedagenda",
    "participants participantes",
)
"""The kinds of meeting documents (a meeting's report, its agenda, its annotated agenda, its
list of participants: the secretariats' names in English, French and Spanish; "ordre du
jour", "orden del día" and "programa provisional" are read as "agenda" by :data:`_PHRASES`).
Two titles that each name a kind the other does not are two documents of one meeting."""
_KIND = {w: i for i, group in enumerate(_KIND_GROUPS) for w in group.split()}

SUMMARY = frozenset({"summary", "resume", "resumen", "resumo", "synthese", "sintesis", "sintese"})
"""Title words that make a record the summary of another (generic words otherwise)."""


def _summary(f: DupFeatures) -> bool:
    return f.is_summary


def _creators_agree(a: DupFeatures, b: DupFeatures) -> bool | None:
    """True when both name a creator in common, False when both name different ones, None
    when either names none. One creator is one organisation however it is written: its
    names and acronyms in several languages (:func:`matching.organisations.resolve`: "UNEP"
    / "PNUE" / "Programa de las Naciones Unidas para el Medio Ambiente"; a part and the
    whole: the Rotterdam Convention's secretariat and the BRS secretariat), or an acronym
    that spells the other's name ("Defra" / "Department for Environment, Food & Rural
    Affairs"). Creators the table does not know are compared by their words as before."""
    if not a.creators or not b.creators:
        return None
    if any(_same_creator(x, y) for x in a.creators for y in b.creators):
        return True
    langs_a, langs_b = set(a.initials or a.titles), set(b.initials or b.titles)
    if (not langs_a or not langs_b or langs_a & langs_b) and _scripts(a.creators) == _scripts(
        b.creators
    ):
        return False
    # two records in two languages: creators no table knows, written in two languages or
    # as an acronym the other does not spell, cannot be told apart ("ICCM5" / "International
    # Conference on Chemicals Management"; "أكساد" / "Arab Center for the Studies of Arid
    # Zones and Dry Lands"); only two organisations the table knows are two
    known = (
        [resolve_organisation(x) for x in a.creators],
        [resolve_organisation(y) for y in b.creators],
    )
    return False if all(known[0]) and all(known[1]) else None


def _scripts(names: Iterable[str]) -> bool:
    """Whether one of ``names`` is written in Cyrillic or Chinese letters (a Russian or
    Chinese title is compared as English, its creator is not read)."""
    return any(is_other_script(n) for n in names)


@lru_cache(maxsize=1 << 16)
def _same_creator(x: str, y: str) -> bool:
    """Whether two folded creators' names are one organisation (see :func:`_creators_agree`)."""
    if jaccard(x.split(), y.split()) >= 0.5:
        return True
    ox, oy = resolve_organisation(x), resolve_organisation(y)
    if ox is not None and oy is not None:
        return same_organisation(ox, oy)
    if any(spells(w, y) for w in x.split()) or any(spells(w, x) for w in y.split()):
        return True
    hx, hy = _without_country(x), _without_country(y)
    if (hy and any(spells(w, hy, 2) for w in x.split())) or (
        hx and any(spells(w, hx, 2) for w in y.split())
    ):
        return True  # "DOE" / "Department of Environment of Antigua and Barbuda"
    if (hy and _two_initials(x, hy)) or (hx and _two_initials(y, hx)):
        return True  # "EA" / "Environment Authority of Oman"
    if _spells_less_country(x, y) or _spells_less_country(y, x):
        return True  # "NEA" / "National Environment Agency of The Gambia"
    return _translated_name(x, y)


_OF = frozenset({"of", "de", "du", "del", "da", "do", "des"})


def _two_initials(acronym: str, name: str) -> bool:
    """Whether a two-letter acronym is the initials of a national body's name of two words
    less its country ("EA" / "environment authority" of "... of Oman"; longer acronyms go
    through :func:`spells`, which leaves two letters alone: too many names share them)."""
    words = name.split()
    return (
        len(acronym) == 2
        and acronym.isalpha()
        and len(words) == 2
        and all(w not in _OF for w in words)
        and acronym == words[0][0] + words[1][0]
    )


def _without_country(name: str) -> str | None:
    """A folded organisation's name less the country it ends with ("department of
    environment" of "department of environment of antigua and barbuda"), or None: a national
    body's acronym leaves its country out ("DOE", "EPA", "MECC")."""
    from mappings.complete import countries_in_text

    words = name.split()
    for i in range(len(words) - 2, 0, -1):
        if words[i] in _OF:
            tail = [w for w in words[i + 1 :] if w not in ("the", "la", "l", "el")]
            return " ".join(words[:i]) if tail and countries_in_text(" ".join(tail)) else None
    return None


_NAME_TAIL = frozenset({"of", "de", "du", "del", "la", "the", "des", "d"})


@lru_cache(maxsize=1)
def _country_names() -> tuple[str, ...]:
    """Folded country names, longest first."""
    from mappings.normalise import country_name_table

    return tuple(sorted(country_name_table(), key=len, reverse=True))


@lru_cache(maxsize=1 << 14)
def _less_country(name: str) -> str:
    """A folded creator's name less the country it ends with ("national environment agency
    of the gambia" -> "national environment agency"), or the name. Cached: it tries every
    country name, and the duplicate pass asks it of the same creators pair after pair (64 %
    of a several-node store's title comparisons before)."""
    if " " not in name:
        return name
    for country in _country_names():
        if name.endswith(" " + country):
            words = name[: -len(country)].split()
            while words and words[-1] in _NAME_TAIL:
                words.pop()
            return " ".join(words) or name
    return name


def _spells_less_country(acronym: str, name: str) -> bool:
    """Whether a one-word acronym, less a country code after a hyphen ("epa-sl"), spells a
    creator's name less the country it ends with ("national environment agency of the
    gambia", "environment protection agency sierra leone"): a national agency signs with
    its acronym, which leaves out its country."""
    if " " in acronym or " " not in name:
        return False
    base = _less_country(name)
    return base != name and spells(acronym.split("-")[0], base)


def _translated_name(x: str, y: str) -> bool:
    """Whether two folded names of organisations say the same words in two languages
    ("ministerio de ambiente y desarrollo sostenible" / "ministry of environment and
    sustainable development"): two words of substance at least each, every one of them with
    a counterpart in the other (a cognate or a sense of the lexicon in common)."""
    wx, wy = _lexicon_tokens(x), _lexicon_tokens(y)
    if wx and set(wx) == set(wy):
        return True  # one body's name in two languages, read as its acronym ("iccm")
    if min(len(set(wx)), len(set(wy))) < 2:
        return False
    sx, sy = lexicon_senses(wx), lexicon_senses(wy)

    def found(
        w: str, mine: dict[str, set[str]], other: list[str], theirs: dict[str, set[str]]
    ) -> bool:
        return any(
            cognate(w, v) or not mine.get(w, set()).isdisjoint(theirs.get(v, ())) for v in other
        )

    return all(found(w, sx, wy, sy) for w in wx) and all(found(v, sy, wx, sx) for v in wy)


def _parents(f: DupFeatures, topic: str) -> frozenset[str]:
    """The broader concepts of one of ``f``'s topics (features stored before topics kept their
    own parents fall back to the record's)."""
    if f.parents is None:
        return frozenset(f.broader)
    return frozenset(f.parents.get(topic, ()))


def _topic_fit(x: str, mine: DupFeatures, theirs: DupFeatures) -> float:
    """1 when ``theirs`` has topic ``x``; 0.8 when ``x`` is the broader concept of one of
    theirs, or one of theirs is the broader concept of ``x`` (one title is more general);
    else 0. Two concepts under one broader one ("LMO detection", "LMO risk assessment") are two
    subjects, not one."""
    if x in theirs.signature:
        return 1.0
    if len(_parts(x, mine, theirs)) >= 2:
        return 1.0  # named whole here, in parts there
    for t in theirs.signature:
        if t[0] == "t" and t not in mine.signature:
            parts = _parts(t, theirs, mine)
            if x in parts and len(parts) >= 2:
                return 1.0  # a part of a concept the other title names whole
    if _parents(mine, x) & set(theirs.signature):
        return 0.8
    if any(x in _parents(theirs, t) for t in theirs.signature if t[0] == "t"):
        return 0.8
    if x in _explained(theirs, mine):
        return 0.8  # the other title names it in words its vocabulary reading missed
    return 0.0


def _element_fit(x: str, mine: DupFeatures, theirs: DupFeatures) -> float:
    """How well an element of ``mine``'s signature is found in ``theirs``: topics by
    :func:`_topic_fit`; a country also when it is the other record's country field (one title
    names the country the other record states)."""
    if x[0] == "t":
        return _topic_fit(x, mine, theirs)
    if x in theirs.signature:
        return 1.0
    return float(x[0] == "c" and x[2:] in theirs.countries)


def _covered(f: DupFeatures, matched: set[str]) -> set[str]:
    """The title words ``f`` explains by the concepts and places the other record shares."""
    if f.cover is None:
        return set(f.covered)
    return {w for x in matched for w in f.cover.get(x, ())}


def _words_agree(a: DupFeatures, b: DupFeatures, matched: set[str], lexicon: bool = False) -> bool:
    """No word of substance in one title that the other lacks (one language), or at most half
    the words of substance of the two titles (at least one) without a cognate in the other
    (two languages).

    Words explained by a concept or place that both records share (``matched``) are left
    out; a word explained only by a concept the other record does not share still counts
    ("détection" of "détection des OVM" against "evaluación de riesgos")."""
    covered = _covered(a, matched) | _covered(b, matched) | _acronym_words(a, b)
    wa = {lg: set(w) - covered for lg, w in (a.words or {}).items()}
    wb = {lg: set(w) - covered for lg, w in (b.words or {}).items()}
    shared = set(wa) & set(wb)
    if shared:
        return all(_differences(_unlike(wa[lg], wb[lg]), a, b, matched) <= 1 for lg in shared)
    xa = set().union(*wa.values()) if wa else set()
    xb = set().union(*wb.values()) if wb else set()
    # a word is matched against every word of the other title, those its concepts explain
    # too ("orientación" against "guidance", read as *guidelines*)
    all_a = {w for ws in (a.words or {}).values() for w in ws}
    all_b = {w for ws in (b.words or {}).values() for w in ws}
    senses_a, senses_b = a.word_senses(lexicon), b.word_senses(lexicon)

    def same(w: str, v: str, mine: dict[str, list[str]], theirs: dict[str, list[str]]) -> bool:
        return cognate(w, v) or not set(mine.get(w, ())).isdisjoint(theirs.get(v, ()))

    alone_a = [w for w in xa if not any(same(w, v, senses_a, senses_b) for v in all_b)]
    alone_b = [w for w in xb if not any(same(w, v, senses_b, senses_a) for v in all_a)]
    if any(_kin_not_cognate(_root(w), _root(v)) for w in alone_a for v in alone_b):
        return False  # two members of one family of terms: "carbofurano" / "carbosulfan"
    if _names_apart(a, b, alone_a, alone_b):
        return False  # "…, Dakar" / "…, Ouagadougou" in two languages
    ka, kb = _known_count(alone_a, a.senses or {}), _known_count(alone_b, b.senses or {})
    if ka and kb and (lexicon or ka + kb >= 3):
        return False  # each says things the lexicon knows and the other lacks
    lone_a, lone_b = len(alone_a), len(alone_b)
    if (
        alone_a
        and alone_b
        and (set(alone_a) & _subject_words(a, matched) or set(alone_b) & _subject_words(b, matched))
    ):
        return False  # both titles say something apart, one of them a subject of its own
    if lone_a + lone_b <= max(1, (len(xa) + len(xb)) // 2):
        return True
    # one word each side without a cognate may be one word translated ("hair" / "cheveux"),
    # or the one thing that differs ("maíz" / "soybean"): accepted only for records of one
    # country, where a look-alike of another country cannot be the other record
    shared_place = countries_of(a) & countries_of(b)
    return bool(shared_place) and max(lone_a, lone_b) <= 1


def _names_apart(
    a: DupFeatures, b: DupFeatures, alone_a: Iterable[str], alone_b: Iterable[str]
) -> bool:
    """Whether each of two titles in two languages names something (a word it writes with a
    capital: a city, a body; not a word of the title word list, "Programme") that has no
    counterpart in the other ("…, Dakar" / "…, Ouagadougou": two workshops of a series)."""
    names_a = {w for ns in (a.names or {}).values() for w in ns if _word_group(w) is None}
    names_b = {w for ns in (b.names or {}).values() for w in ns if _word_group(w) is None}
    return bool(names_a.intersection(alone_a)) and bool(names_b.intersection(alone_b))


def _lone_name(a: DupFeatures, b: DupFeatures) -> bool:
    """Whether ``a``'s title (not in title case) names something ("Açores") that ``b``'s,
    placed in a country, does not say in any close form: a part of that country, or another
    place. Close forms are the same word, one starting the other, 80 % alike, a sense in
    common, a cognate of six letters or more, or a word of ``b``'s places ("african" /
    *Middle Africa*)."""
    if not b.places:
        return False
    names = {n for n in _plain_names(a) if n[0] < "\u0370"}  # (no spelling across scripts)
    # (not a name the other record's text says, nor its own creator's acronym: "GNBio")
    names = {n for n in names if _rare_form(n) not in b.rare_set and n not in a.creators}
    names -= set(a.acronyms)  # a word in capitals ("HFCs") is a substance or a body, no place
    toks = {t for ts in a.titles.values() for t in ts}
    names = {n for n in names if n in toks}  # (a set phrase's word: "French-speaking")
    if not names:
        return False
    from vocabulary.eligibility import country_tokens

    other = {w for ws in (b.words or {}).values() for w in ws} | _place_words(b)
    other |= _acronym_words(a, b) | {_stem(t) for c in b.places for t in country_tokens(c)}
    senses_a, senses_b = a.senses or {}, b.senses or {}
    for n in names:
        if not any(
            n == v
            or (min(len(n), len(v)) >= 5 and (n in v or v in n))
            or _alike(n, v, 0.8)
            or (min(len(n), len(v)) >= 6 and cognate(n, v))
            or not set(senses_a.get(n, ())).isdisjoint(senses_b.get(v, ()))
            or sounds_like(v, n)  # "Ounianga" / "أونيانغا"
            for v in other
        ):
            return True
    return False


def _plain_names(f: DupFeatures) -> set[str]:
    """The names (:func:`proper_names`) of ``f``'s titles that are not written in title case
    (fewer names than half their words), other than words of the title word list."""
    out: set[str] = set()
    for lang, ns in (f.names or {}).items():
        words = (f.words or {}).get(lang) or ()
        if 2 * len(ns) < len(words):
            out.update(w for w in ns if _word_group(w) is None)
    return out


def _known_apart(alone: Iterable[str], senses: dict[str, list[str]]) -> bool:
    """Whether a title's words without a counterpart in the other hold one the domain lexicon
    knows (a sense ``x:``): a word the lexicon translates and the other title does not say is
    a thing that title lacks, not a translation nobody could read."""
    return _known_count(alone, senses) > 0


def _known_count(alone: Iterable[str], senses: dict[str, list[str]]) -> int:
    """How many of ``alone`` the domain lexicon knows (:func:`_known_apart`)."""
    return sum(1 for w in alone if any(x[:2] == "x:" for x in senses.get(w, ())))


def _subject_words(f: DupFeatures, matched: set[str]) -> set[str]:
    """The words of ``f``'s concepts that the other record does not share ("écosystèmes" of
    *ecosystems* in "liste rouge des écosystèmes" against a red list of species)."""
    return {
        w
        for t, cover in (f.cover or {}).items()
        if t[0] == "t" and t not in matched
        for w in _content(tuple(cover))
    }


def _unlike(xa: set[str], xb: set[str]) -> set[str]:
    """The words of two titles in one language without a form of theirs in the other
    ("monitoring" / "monitor", "african" / "africa" are one word)."""

    def variant(w: str, v: str) -> bool:
        return w == v or (min(len(w), len(v)) >= 4 and (w.startswith(v) or v.startswith(w)))

    return {w for w in xa if not any(variant(w, v) for v in xb)} | {
        v for v in xb if not any(variant(v, w) for w in xa)
    }


def _differences(words: set[str], a: DupFeatures, b: DupFeatures, matched: set[str]) -> int:
    """How many things two titles in one language say apart: the words of one concept that
    only one record has ("capacity-building") count once, every other word once."""
    left, count = set(words), 0
    for f in (a, b):
        for t, cover in (f.cover or {}).items():
            group = left & set(cover)
            if t[0] == "t" and t not in matched and len(group) >= 2:
                left -= group
                count += 1
    return count + len(left)


def _explained(a: DupFeatures, b: DupFeatures) -> set[str]:
    """``b``'s topics that ``a``'s title names in words the vocabulary did not read as any of
    ``a``'s concepts ("guidance" in English, where the French "orientations" gave
    *guidelines*)."""
    if b.cover is None or a.cover is None:
        return set()
    own = {w for cover in a.cover.values() for w in cover}
    words = {w for ws in (a.words or {}).values() for w in ws} - own
    return {x for x, cover in b.cover.items() if x[0] == "t" and words & set(cover)}


STRICT_SIGNATURE = 0.8
"""The signature agreement asked of two records when one has no date and neither a country
(nothing else tells a copy from the next edition or another country's same text)."""
TRANSLATED_WORDS = 3
"""Words of substance each title must share with the other (cognates, the list of title
words, one-word labels of one concept, acronyms) for :func:`translation_match`."""


def _subject_reason(a: DupFeatures, b: DupFeatures, common: set[str], creators: bool | None) -> str:
    """The ``similar-subject`` reason of two titles: their languages and the topics,
    countries, regions and numbers (signature elements) they have in ``common``."""

    def kind(k: str) -> list[str]:
        return sorted(x[2:] for x in common if x[0] == k)

    return encode_reason(
        "similar-subject",
        languages=sorted({*(a.words or {}), *(b.words or {})}),
        topics=kind("t"),
        countries=kind("c"),
        regions=kind("r"),
        numbers=kind("n"),
        same_creator=bool(creators),
        year=a.year,
    )


def _may_be_translations(
    a: DupFeatures, b: DupFeatures
) -> tuple[bool | None, set[str], set[str]] | None:
    """What :func:`_translation_match` and :func:`lexicon_match` both ask first: titles with
    no language in common, creators not apart, an undated copy tied by a creator or a
    country, and the same numbers and codes when both state some. ``None`` when one fails,
    else whether the creators agree (``None``: unknown) and the two signatures as sets."""
    if set(a.words or {}) & set(b.words or {}) or not a.words or not b.words:
        return None
    creators = _creators_agree(a, b)
    if creators is False:
        return None
    if (a.year is None or b.year is None) and not (creators or countries_of(a) & countries_of(b)):
        return None
    if _series_apart(a, b):
        return None  # "…, phase 2" against a title that says no phase: another phase
    sa, sb = set(a.signature), set(b.signature)
    for kinds in ("n", "cr"):
        xa, xb = {x for x in sa if x[0] in kinds}, {x for x in sb if x[0] in kinds}
        if xa and xb and xa != xb:
            return None
    return creators, sa, sb


def _own_place_words(mine: DupFeatures, theirs: DupFeatures) -> set[str]:
    """The words of one title that name a country the other record is of, or says nothing
    of, without naming it ("… (Mozambique)" against a copy whose country field says MZ, or
    a national node's copy that names no country): no word apart."""
    places = countries_of(theirs)
    return {
        w
        for x, cover in (mine.cover or {}).items()
        if x[0] == "c" and (not places or x[2:] in places) and x not in theirs.signature
        for w in cover
    }


def translation_match(a: DupFeatures, b: DupFeatures) -> str | None:
    """:func:`_translation_match` by the concepts' words, else by the lexicon's too."""
    return _translation_match(a, b) or _translation_match(a, b, lexicon=True)


def _translation_match(a: DupFeatures, b: DupFeatures, lexicon: bool = False) -> str | None:
    """Two titles in two languages that translate each other word for word, whatever the
    vocabulary reads in them ("Curso de formación en gestión de áreas marinas protegidas ..."
    / "Training course on the management of marine protected areas ..."): no title language
    in common, the same year (or, undated, the same creator or country), the same numbers
    and places when both state some, no other creator; at least :data:`TRANSLATED_WORDS`
    words of substance of each title with a counterpart in the other and at most a quarter
    of all their words without one; never two names ("Dakar" / "Ouagadougou") or two terms
    of one family apart. The caller has checked nodes, type, codes and countries."""
    shared = _may_be_translations(a, b)
    if shared is None or not a.words or not b.words:  # (the words: for the type checker)
        return None
    creators, sa, sb = shared
    said_twice = _acronym_words(a, b)
    all_a = {w for ws in a.words.values() for w in ws}
    all_b = {w for ws in b.words.values() for w in ws}
    xa = all_a - said_twice - _own_place_words(a, b)
    xb = all_b - said_twice - _own_place_words(b, a)
    senses_a, senses_b = a.word_senses(lexicon), b.word_senses(lexicon)

    def same(w: str, v: str, mine: dict[str, list[str]], theirs: dict[str, list[str]]) -> bool:
        return cognate(w, v) or not set(mine.get(w, ())).isdisjoint(theirs.get(v, ()))

    if min(len(xa), len(xb)) < TRANSLATED_WORDS:
        return None
    budget = (len(xa) + len(xb)) // 4  # words allowed without a counterpart
    alone_a: set[str] = set()
    alone_b: set[str] = set()
    for xs, other, alone, mine, theirs in (
        (xa, all_b, alone_a, senses_a, senses_b),
        (xb, all_a, alone_b, senses_b, senses_a),
    ):
        for w in sorted(xs):
            if not any(same(w, v, mine, theirs) for v in other):
                alone.add(w)
                if len(alone_a) + len(alone_b) > budget:
                    return None  # stops as soon as too many words are apart
    if len(xa - alone_a) < TRANSLATED_WORDS or len(xb - alone_b) < TRANSLATED_WORDS:
        return None
    if (
        alone_a
        and alone_b
        and (
            min(len(xa - alone_a), len(xb - alone_b)) <= TRANSLATED_WORDS
            or 4 * (len(alone_a) + len(alone_b)) >= len(xa) + len(xb)
            or min(len(alone_a), len(alone_b)) >= 2
        )
    ):
        return None  # a word apart on each side may be the one thing that differs (maize / soybean)
    if _names_apart(a, b, alone_a, alone_b):
        return None  # each names a place or body the other does not
    if lexicon and _known_apart(alone_a, senses_a) and _known_apart(alone_b, senses_b):
        return None  # "evaluación del riesgo" / "detection": each a subject the other lacks
    if any(_kin_not_cognate(_root(w), _root(v)) for w in alone_a for v in alone_b):
        return None
    if bool(alone_a) != bool(alone_b) and _adds_subject(a, b):
        return None  # "… informes anuales sobre el comercio ilegal" / "… annual reports"
    return _subject_reason(a, b, sa & sb, creators)


def _series_apart(a: DupFeatures, b: DupFeatures) -> bool:
    """Whether one title says which one of a series it is (:data:`_SERIES`) and the other
    does not, nor its number ("deuxième phase (PRAPS-2)" / "Project II" agree)."""
    in_a = any(w in _SERIES for ws in (a.words or {}).values() for w in ws)
    if in_a == any(w in _SERIES for ws in (b.words or {}).values() for w in ws):
        return False
    na = {x for x in a.signature if x[0] == "n"}
    return not na or na != {x for x in b.signature if x[0] == "n"}


_SERIES = frozenset(
    {"phase", "fase", "edition", "edicion", "edicao", "cohort", "cohorte", "round", "ronda",
     "tranche", "cycle", "ciclo"}
)  # fmt: skip
"""Words of a title that say which one of a series it is: said by one title of a pair in two
languages and not by the other, they make two items (:func:`_may_be_translations`)."""


LEXICON_WORDS = 3
"""Words of substance each title must share with the other for :func:`lexicon_match`."""


def lexicon_match(a: DupFeatures, b: DupFeatures) -> str | None:
    """Two titles in two languages whose every word the domain lexicon or the vocabulary
    knows has its counterpart in the other ("Restoration of the mangroves of Jiquilisco Bay:
    support requested" / "Apoyo para restaurar los manglares de la Bahía de Jiquilisco"):
    no title language in common, the same year (or, undated, a country or creator in
    common), the same numbers and places when both state some, creators not apart; at least
    :data:`LEXICON_WORDS` words of substance of each title with a counterpart (a cognate, a
    sense of the lexicon or a concept in common), at most one word the lexicon knows left
    without one (on one side only), and the words neither reads (names, words the lexicon
    lacks) no more than those matched. Never two names apart, two terms of one family, two
    subjects apart. The caller has checked nodes, type, codes and countries."""
    shared = _may_be_translations(a, b)
    if shared is None or not a.words or not b.words:  # (the words: for the type checker)
        return None
    creators, sa, sb = shared
    said_twice = _acronym_words(a, b) | _place_words(a) | _place_words(b)
    all_a = {w for ws in a.words.values() for w in ws}
    all_b = {w for ws in b.words.values() for w in ws}
    xa, xb = all_a - said_twice, all_b - said_twice
    senses_a, senses_b = a.senses or {}, b.senses or {}

    alone_a, alone_b = (
        _words_alone(xa, all_b, senses_a, senses_b),
        _words_alone(xb, all_a, senses_b, senses_a),
    )
    matched = min(len(xa - alone_a), len(xb - alone_b))
    if matched < LEXICON_WORDS:
        return None
    known_a = {w for w in alone_a if senses_a.get(w)}
    known_b = {w for w in alone_b if senses_b.get(w)}
    if (known_a and known_b) or len(known_a) + len(known_b) > 1:
        return None  # each says a thing the other does not: two items
    if len(alone_a - known_a) + len(alone_b - known_b) > matched:
        return None
    if _names_apart(a, b, alone_a, alone_b):
        return None
    if any(_kin_not_cognate(_root(w), _root(v)) for w in alone_a for v in alone_b):
        return None
    ta = [x for x in sa if x[0] == "t" and not _topic_fit(x, a, b) and _unnamed(x, a, b)]
    tb = [x for x in sb if x[0] == "t" and not _topic_fit(x, b, a) and _unnamed(x, b, a)]
    if ta and tb:
        return None  # each title has a subject the other neither has nor names
    return _subject_reason(a, b, sa & sb, creators)


def _said_by(f: DupFeatures, topic: str, words: frozenset[str] | set[str]) -> bool:
    """Whether every title word that names ``topic`` in ``f`` is one of ``words``."""
    cover = set((f.cover or {}).get(topic) or ())
    said = {w for ws in (f.words or {}).values() for w in ws} & cover
    return bool(said) and said <= words


_SESSION_TYPES = frozenset({"event", "document"})
"""A session of a body, and the report of it ("POPRC-20 report" / "Report of the Persistent
Organic Pollutants Review Committee on the work of its twentieth meeting"; a report is
never its agenda: :data:`_KIND_GROUPS`)."""
_SESSION_WORDS = frozenset({"work", "travaux", "labor", "trabajo"})
"""Words of "on the work of its ... meeting", said by one title of a session's report only."""
_BODY_CONVENTION = {
    "poprc": frozenset({"stockholm", "estocolmo", "convention", "convencion"}),
    "crc": frozenset({"rotterdam", "convention", "convencion"}),
}
"""The convention a body serves, named beside its acronym by one title only."""
_ONE_CONVENTION_BODIES = frozenset({"poprc", "crc", "sbstta", "cpmop", "npmop"})
"""Bodies of one convention: their session's number says which session, dated or not (a
"COP-16" may be any convention's)."""


def session_match(a: DupFeatures, b: DupFeatures) -> str | None:
    """One session of one body, named by its acronym and number in one title and in words in
    the other, in any languages ("SBSTTA-25 (Nairobi)" / "Twenty-fifth meeting of the
    Subsidiary Body on Scientific, Technical and Technological Advice"; "BC COP-16, Geneva"
    / "Sixteenth meeting of the Conference of the Parties to the Basel Convention"): two
    events naming the same bodies (:data:`_BODIES`) with the same numbers that are not
    years, in one year (or one undated of the same country), no subjects apart (two
    conventions' COP-16), and nothing else apart but a word for a meeting or a place's name
    ("Nairobi"). The caller has checked nodes, type, year, codes and countries."""
    if a.type not in _SESSION_TYPES or not a.bodies or a.bodies != b.bodies:
        return None
    numbers = _strong_numbers(a)
    if not numbers or numbers != _strong_numbers(b):
        return None
    if a.year != b.year and not (
        (a.year is None or b.year is None)
        and (countries_of(a) & countries_of(b) or a.bodies <= _ONE_CONVENTION_BODIES)
    ):
        return None  # one year; or one undated of one country, or of a body of one convention
    said_twice = _acronym_words(a, b) | set(a.bodies) | _SESSION_WORDS
    for body in a.bodies:
        said_twice |= _BODY_CONVENTION.get(body, frozenset())  # "POPRC-20 - Stockholm Convention"
    # subjects, less those a title names only by the body's convention
    topics_a = {x for x in a.signature if x[0] == "t" and not _said_by(a, x, said_twice)}
    topics_b = {x for x in b.signature if x[0] == "t" and not _said_by(b, x, said_twice)}
    if topics_a and topics_b and topics_a.isdisjoint(topics_b):
        return None
    all_a = {w for ws in (a.words or {}).values() for w in ws} - said_twice
    all_b = {w for ws in (b.words or {}).values() for w in ws} - said_twice
    for mine, theirs, f in ((all_a, all_b, a), (all_b, all_a, b)):
        names = {n for ns in (f.names or {}).values() for n in ns}
        for w in mine:
            if any(cognate(w, v) for v in theirs):
                continue
            if w in names or _word_group(w) == _MEETING_GROUP:
                continue  # the city it met in, "meeting" / "réunion"
            return None
    return encode_reason(
        "similar-subject",
        languages=sorted({*(a.words or {}), *(b.words or {})}),
        topics=sorted(x[2:] for x in topics_a & topics_b),
        countries=[],
        regions=[],
        numbers=list(numbers),
        same_creator=bool(_creators_agree(a, b)),
        year=a.year if a.year is not None else b.year,
    )


CONTAINED_WORDS = 3
"""Words of substance the shorter title must have for :func:`contained_match`."""


def contained_match(a: DupFeatures, b: DupFeatures) -> str | None:
    """A title and the same title with a subtitle or a longer wording, in one language, from
    one creator in one year ("Frontiers 2022 – Noise, blazes and mismatches" / "Frontiers
    2022: Noise, Blazes and Mismatches – Emerging Issues of Environmental Concern"): every
    word of substance of the shorter title (at least :data:`CONTAINED_WORDS`) is in the
    longer one, with the same numbers. The caller has checked nodes, type, year, codes,
    countries, summaries and kinds of meeting document."""
    if a.year is None or a.year != b.year or _creators_agree(a, b) is not True:
        return None
    sets_b, words_a, words_b = b.title_sets, a.word_sets, b.word_sets
    for lang, (_, numbers) in a.title_sets.items():
        other = sets_b.get(lang)
        wa, wb = words_a.get(lang), words_b.get(lang)
        if not other or other[1] != numbers or not wa or not wb:
            continue
        short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        if len(short) >= CONTAINED_WORDS and not _unlike(set(short), set(long_)) - set(long_):
            return encode_reason(
                "similar-title",
                score=round(_jaccard(wa, wb), 2),
                countries=list(a.countries) if a.countries and b.countries else [],
                year=a.year,
            )
    return None


SUBSET_WORDS = 3
"""Words of substance the shorter title must have for :func:`subset_match` (two with a
number that is not a year)."""
_EDITION = frozenset(
    [
        "draft", "revised", "revision", "provisional", "preliminary", "borrador", "projet",
        "avant", "preliminaire", "actualizada", "actualise", "updated", "addendum",
        "corrigendum", "annex", "anexo", "annexe", "participants", "list", "liste", "lista",
        "previous", "anterior", "precedent",
    ]
)  # fmt: skip
"""Title words that tell an edition or a companion text from the text itself."""


_ASKING = frozenset(
    [
        "help", "needed", "sought", "wanted", "requested", "required", "seeking", "seek",
        "support", "assistance", "busca", "buscan", "solicita", "solicitado", "requerido",
        "necesita", "apoyo", "recherche", "recherchee", "sollicite", "souhaite", "appui",
        "soutien", "procura", "precisa", "apoio", "ayuda", "aide",
    ]
)  # fmt: skip
"""Words with which a request asks or an offer offers ("appui recherché", "se busca apoyo",
"help requested"): no part of what a request or an offer is about."""
_ASKING_TYPES = frozenset({"need", "support-source"})
_ASKS = frozenset({"ask", "request", "demande", "solicitud", "pedido", "partner", "partenaire"})
"""More words a request asks with, as a national node's title words them ("NEA asks for
help"): left out of the words of its title :func:`national_match` looks for."""


def subset_match(a: DupFeatures, b: DupFeatures) -> str | None:
    """A title and a longer one in the same language that says every word of it ("Inspecting
    shipments of hazardous chemicals and wastes at ports" / "BRS Training Series No. 4:
    Inspecting shipments of hazardous chemicals and wastes at ports"; "OEWG-14 report -
    Basel Convention" / "Report of the Open-ended Working Group of the Basel Convention on
    the work of its fourteenth meeting"): at least :data:`SUBSET_WORDS` words of substance in
    the shorter (or two and a number that is not a year), each in the longer (or said there
    in the words an acronym stands for), the same numbers, no word of an edition or a
    companion text in the longer ("draft", "revised", "provisional"), creators not apart,
    and one year, or one undated with a creator, a country, a name or a description in
    common. The
    caller has checked nodes, type, year, codes, countries, summaries and kinds."""
    creators = _creators_agree(a, b)
    if creators is False:
        return None
    if a.year != b.year and not (
        creators
        or countries_of(a) & countries_of(b)
        or _descriptions_agree(a, b)
        or _plain_names(a) & _plain_names(b)  # both name "Kigali"
    ):
        return None
    said_twice = _acronym_words(a, b)
    for lang, (toks_a, numbers_a) in a.title_sets.items():
        other = b.title_sets.get(lang)
        if other is None or numbers_a != other[1]:
            continue
        wa, wb = a.word_sets.get(lang, frozenset()), b.word_sets.get(lang, frozenset())
        if a.type in _ASKING_TYPES:  # "…: appui recherché", "se busca apoyo": a request's words
            wa, wb = wa - _ASKING, wb - _ASKING
        (short, short_toks), (long_, long_toks) = sorted(
            ((wa, toks_a), (wb, other[0])), key=lambda x: len(x[0])
        )
        need = SUBSET_WORDS - (1 if _strong_numbers(a) else 0)
        if len(short) < need or not long_ - short:
            continue
        if _unlike(set(short), set(long_)) - set(long_) - said_twice:
            continue  # a word of the shorter title that the longer does not say
        if (long_toks - short_toks) & _EDITION:
            continue  # "Draft guidance on …" is not the guidance
        longer = a if long_ is wa else b
        extra = set(long_ - short) - said_twice
        if extra & (_plain_names(longer) | _place_words(longer)):
            continue  # "… pour les îles de l'océan Indien": another place's version
        return encode_reason(
            "similar-title",
            score=round(_jaccard(wa, wb), 2),
            countries=list(a.countries) if a.countries and b.countries else [],
            year=a.year if a.year is not None and a.year == b.year else None,
        )
    return None


def numbered_match(a: DupFeatures, b: DupFeatures) -> str | None:
    """:func:`_numbered_match` by the concepts' words, else by the lexicon's too."""
    return _numbered_match(a, b) or _numbered_match(a, b, lexicon=True)


def _numbered_match(a: DupFeatures, b: DupFeatures, lexicon: bool = False) -> str | None:
    """Two titles in two languages with the same numbers that are not years (an issue, a
    law's or a decision's number: "Circulaire PIC LVIII – décembre 2023" / "Circular CFP
    LVIII – diciembre de 2023"), the same year, no creator apart, and at most one word of
    substance each without a counterpart in the other (at least one with one). The caller
    has checked nodes, type, year, codes and countries."""
    numbers = _strong_numbers(a)
    if not numbers or numbers != _strong_numbers(b):
        return None
    if a.year != b.year and not (
        (a.year is None or b.year is None) and countries_of(a) & countries_of(b)
    ):
        return None  # one year, or one undated of the same country
    if set(a.words or {}) & set(b.words or {}) or not a.words or not b.words:
        return None
    if _creators_agree(a, b) is False:
        return None
    said_twice = _acronym_words(a, b) | _place_words(a) | _place_words(b)
    all_a = {w for ws in a.words.values() for w in ws} - said_twice
    all_b = {w for ws in b.words.values() for w in ws} - said_twice
    senses_a, senses_b = a.word_senses(lexicon), b.word_senses(lexicon)

    alone_a = _words_alone(all_a, all_b, senses_a, senses_b)
    alone_b = _words_alone(all_b, all_a, senses_b, senses_a)
    if len(alone_a) > 1 or len(alone_b) > 1 or all_a == alone_a or all_b == alone_b:
        return None
    if any(_kin_not_cognate(_root(w), _root(v)) for w in alone_a for v in alone_b):
        return None
    if _names_apart(a, b, alone_a, alone_b):
        return None
    if lexicon and _known_apart(alone_a, senses_a) and _known_apart(alone_b, senses_b):
        return None
    return encode_reason(
        "similar-subject",
        languages=sorted({*a.words, *b.words}),
        topics=sorted(x[2:] for x in set(a.signature) & set(b.signature) if x[0] == "t"),
        countries=[],
        regions=[],
        numbers=list(numbers),
        same_creator=bool(_creators_agree(a, b)),
        year=a.year,
    )


def _place_words(f: DupFeatures) -> set[str]:
    """The title words that name ``f``'s countries and regions ("brazil")."""
    return {w for x, cover in (f.cover or {}).items() if x[0] in "cr" for w in cover}


def signature_match(a: DupFeatures, b: DupFeatures) -> str | None:
    """Why two records are one item by their title signatures, or None (rule 4 of the module
    docstring; the caller has checked nodes, type, year, codes and countries)."""
    sa, sb = set(a.signature), set(b.signature)
    if not sa or not sb:
        return None
    creators = _creators_agree(a, b)
    strict = False
    if (a.year is None or b.year is None) and not (creators or countries_of(a) & countries_of(b)):
        if countries_of(a) or countries_of(b):
            return None  # an undated record without a country against one of some country
        strict = True  # neither says whose it is, one says nothing of when: all must fit
    na, nb = {x for x in sa if x[0] == "n"}, {x for x in sb if x[0] == "n"}
    if na and nb and na != nb:
        return None
    places_a = {x for x in sa if x[0] in "cr"}
    places_b = {x for x in sb if x[0] in "cr"}
    if places_a and places_b and places_a != places_b:
        return None
    if creators is False:
        return None
    # numbers count only when both titles state some
    ea = [x for x in sa if x[0] != "n" or nb]
    eb = [x for x in sb if x[0] != "n" or na]
    fit_a = [_element_fit(x, a, b) for x in ea]
    fit_b = [_element_fit(x, b, a) for x in eb]
    score = (sum(fit_a) + sum(fit_b)) / (len(ea) + len(eb))
    topics = [f for x, f in zip(ea, fit_a, strict=True) if x[0] == "t" and f > 0]
    evidence = max(sum(1 for f in fit_a if f > 0), sum(1 for f in fit_b if f > 0))
    if not any(x[0] == "c" for x in sa | sb) and countries_of(a) & countries_of(b):
        evidence += 1  # one country in both records, that neither title names
    if not topics or score < (0.5 if creators else SIGNATURE_JACCARD):
        return None
    if strict and (score < STRICT_SIGNATURE or len(topics) < 2):
        return None
    if evidence < 2 and not creators:
        return None
    if any(
        x[0] == "t" and not f and _unnamed(x, a, b) for x, f in zip(ea, fit_a, strict=True)
    ) and any(x[0] == "t" and not f and _unnamed(x, b, a) for x, f in zip(eb, fit_b, strict=True)):
        return None  # each title has a subject the other neither has nor names (mercury / POPs)
    if _other_texts(a, b, ea, fit_a, eb, fit_b):
        return None  # "annual illegal trade reports" / "annual reports"; "import responses" /
        # "export notifications"
    matched = {x for x, f in zip(ea, fit_a, strict=True) if f > 0}
    matched |= {x for x, f in zip(eb, fit_b, strict=True) if f > 0}
    matched |= _explained(a, b) | _explained(b, a)
    if not (_words_agree(a, b, matched) or _words_agree(a, b, matched, lexicon=True)):
        return None
    common = {x for x, f in zip(ea, fit_a, strict=True) if f > 0}
    return _subject_reason(a, b, common, creators)


def _narrower(
    a: DupFeatures,
    b: DupFeatures,
    ea: Sequence[str],
    fit_a: Sequence[float],
    eb: Sequence[str],
    fit_b: Sequence[float],
) -> bool:
    """Whether one title narrows the other's subject: it has a topic the other neither has
    nor names ("comercio ilegal", *illegal traffic*), while every topic of the other is
    found in it ("Directrices ... informes anuales sobre el comercio ilegal CITES" / "Guidelines
    ... CITES annual reports": the guidelines for another report of one series). A
    translation says its original's subjects; a title that adds one is another text."""
    for mine, theirs, el, fits, other_el, other_fits in (
        (a, b, ea, fit_a, eb, fit_b),
        (b, a, eb, fit_b, ea, fit_a),
    ):
        extra = [
            x
            for x, f in zip(el, fits, strict=True)
            if x[0] == "t" and not f and _unnamed(x, mine, theirs)
        ]
        if extra and all(f > 0 for x, f in zip(other_el, other_fits, strict=True) if x[0] == "t"):
            return True
    return False


def _own_subjects(
    a: DupFeatures,
    b: DupFeatures,
    ea: Sequence[str],
    fit_a: Sequence[float],
    eb: Sequence[str],
    fit_b: Sequence[float],
) -> bool:
    """Whether each title has a subject of its own: a topic the other title has not, found
    there at most as its broader or narrower concept, and named in words the other title
    does not say ("... on import responses under the Rotterdam Convention", read as *PIC
    procedure*, against "... sur les notifications d'exportation au titre de la Convention
    de Rotterdam", *export notification*, a narrower concept of it). Two titles alike but for
    one phrase each, the phrases naming two procedures of one regime, are two texts of one
    series; a translation names its original's subjects. Checked only on a pair a rule has
    joined: a few set look-ups."""

    def own(
        mine: DupFeatures, theirs: DupFeatures, el: Sequence[str], fits: Sequence[float]
    ) -> bool:
        return any(
            x[0] == "t" and f < 1 and x not in theirs.signature and _unnamed(x, mine, theirs)
            for x, f in zip(el, fits, strict=True)
        )

    return own(a, b, ea, fit_a) and own(b, a, eb, fit_b)


def _adds_subject(a: DupFeatures, b: DupFeatures) -> bool:
    """:func:`_narrower` for the rules that read words rather than signatures (rules 5 and
    6): the topics of both titles, fitted as :func:`signature_match` fits them."""
    ea = [x for x in a.signature if x[0] == "t"]
    eb = [x for x in b.signature if x[0] == "t"]
    if not ea and not eb:
        return False
    fit_a = [_topic_fit(x, a, b) for x in ea]
    fit_b = [_topic_fit(x, b, a) for x in eb]
    return _other_texts(a, b, ea, fit_a, eb, fit_b)


def _other_texts(
    a: DupFeatures,
    b: DupFeatures,
    ea: Sequence[str],
    fit_a: Sequence[float],
    eb: Sequence[str],
    fit_b: Sequence[float],
) -> bool:
    """Whether two titles' topics, fitted each to the other, say two texts of one series:
    one narrows the other (:func:`_narrower`) or each has a subject of its own
    (:func:`_own_subjects`)."""
    return _narrower(a, b, ea, fit_a, eb, fit_b) or _own_subjects(a, b, ea, fit_a, eb, fit_b)


# ---- two subjects of one template (a check on pairs a rule has joined) ------------------
@lru_cache(maxsize=1)
def _template_words() -> frozenset[str]:
    """Title words that say what kind of text, which edition or what a request asks: never
    the subject that tells two texts of one template apart (:func:`_own_words`)."""
    return GENERIC | frozenset(_GENRE) | frozenset(_KIND) | _SERIES | _EDITION | _ASKING


def _form(w: str, v: str) -> bool:
    """Whether two compared forms are one word: equal, or one the start of the other, four
    letters or more ("salt" of "Saltie" / "saltwat" of "saltwater"; "tag" / "tagging")."""
    return w == v or (min(len(w), len(v)) >= 4 and (w.startswith(v) or v.startswith(w)))


def _own_words(mine: DupFeatures, theirs: DupFeatures, across: bool = False) -> set[str]:
    """The words of ``mine``'s title that name a subject of its own (:func:`two_subjects`):
    specific (a rare word of its texts, or a known word few of the store's records say:
    :func:`_store_rare`), no kind of text, no number, no asking word, no place, creator,
    acronym or name written with a capital (the rules weigh names apart: "…, Dakar" /
    "…, Ouagadougou", "…, Cairo" / "… BCRC-Egypt"), and said nowhere in
    ``theirs`` in any form: not in its title (a form, a cognate, a sense of the lexicon or a
    concept both name) nor among the rare and known words of its title and description. A
    record whose sample of rare or known words is full may say the word unsampled: it then
    says it. ``across`` (no title language in common): only words that are labels of a
    concept of the vocabulary (a subject its translation names by another label; a word no
    list reads, or the lexicon reads loosely, "toolkit" / "outil", may be a translation)."""
    if not mine.words or len(theirs.rare) >= CONTENT_MAX or len(theirs.known) >= CONTENT_MAX:
        return set()
    shared = set(mine.signature) & set(theirs.signature)
    said = _covered(mine, shared) | _place_words(mine) | set(mine.acronyms)
    said |= {n for ns in (mine.names or {}).values() for n in ns}  # names: weighed by the rules
    # an acronym or a one-word creator as the title's words read it ("IPBES", word "ipbe")
    said |= {_stem(x) for x in (*mine.acronyms, *mine.creators, *theirs.creators) if " " not in x}
    rare_known = _store_rare(mine.known_set)
    their_forms = theirs.rare_set | theirs.known_set | set(theirs.text_names)
    their_words = {w for ws in (theirs.words or {}).values() for w in ws}
    their_forms |= {_rare_form(w) for w in their_words}
    senses_m, senses_t = mine.word_senses(True), theirs.word_senses(True)
    own: set[str] = set()
    for w in {w for ws in mine.words.values() for w in ws} - said - _template_words() - STOP:
        if w.isdigit() or w in ROMAN or w in _CALLING or _stem(w) in _ASKED:
            continue  # a number, a request's asking words ("partners wanted")
        if _names_creator(w, mine) or _names_creator(w, theirs):
            continue
        r = _rare_form(w)
        if r not in mine.rare_set and r not in rare_known:
            continue  # a frequent word: no subject of its own
        if across and not mine.concept_senses.get(w):
            continue
        if any(_form(r, v) for v in their_forms):
            continue
        if any(
            cognate(w, v) or not set(senses_m.get(w, ())).isdisjoint(senses_t.get(v, ()))
            for v in their_words
        ):
            continue
        own.add(w)
    return own


TEMPLATE_SLOT = 3
"""At most so many words of its own in each title of two texts of one template (a subject
is a word or a short phrase: "freshwater crocodile (Crocodylus johnstoni)")."""


def _one_template(a: DupFeatures, b: DupFeatures) -> bool:
    """Whether two titles are one template filled in with two subjects: each has at most
    :data:`TEMPLATE_SLOT` words of its own (:func:`_own_words`) and every other word of
    each has a form in the other ("... of Pterocarpus erinaceus ..." / "... of Pterocarpus
    tinctorius ..."), rather than a copy worded anew ("Midlands bogs come back"). Such a
    pair is two texts whatever else both say (no SAME pair of sets 3-18 is one; 23 near
    misses are)."""
    own_a, own_b = _own_words(a, b), _own_words(b, a)
    if len(own_a) > TEMPLATE_SLOT or len(own_b) > TEMPLATE_SLOT:
        return False
    spelt = _acronym_words(a, b)
    wa = {w for ws in (a.words or {}).values() for w in ws} - own_a - spelt
    wb = {w for ws in (b.words or {}).values() for w in ws} - own_b - spelt
    return not _unlike(wa, wb)


def two_subjects(a: DupFeatures, b: DupFeatures) -> bool:
    """Whether two records a rule has joined are two texts of one template that differ by
    their subjects: each title names a specific thing (:func:`_own_words`: a species, a
    substance, a procedure, a site) that the other record, title and description, neither
    says nor names in another form ("Non-detriment finding for ... the freshwater crocodile
    (Crocodylus johnstoni) ..." / "Saltie NDF 2025": *johnstoni* / *saltie*). A copy says
    its original's subjects; a short copy may add a word of its own, not take the other's
    away. Checked on pairs already joined, never on every candidate."""
    across = not set(a.titles) & set(b.titles)
    return bool(_own_words(a, b, across)) and bool(_own_words(b, a, across))


# ---- a draft and the adopted text; the reports of two bodies (checks on joined pairs) ---
_DRAFT_WORDS = frozenset({"draft", "drafts", "borrador", "anteproyecto", "avant", "prerapport"})
"""Title words that call a text a draft in itself ("Zero draft of ...", "Borrador de ...",
"Avant-projet de ...")."""
_DRAFT_BEFORE = frozenset({"projet", "proyecto", "proposed", "propuesta", "proposition"})
"""Words that call the next title word a draft ("projet de rapport", "proposed guidelines")
and nothing when the next one names no text ("projet de renforcement": a project)."""
_DRAFTED_TEXTS = frozenset(
    [
        "report", "rapport", "informe", "decision", "decisions", "decisiones", "guidance",
        "directrices", "guidelines", "orientations", "orientaciones", "guide", "guia", "texte",
        "text", "texto", "resolution", "resolucion", "recommandation", "recommandations",
        "recomendacion", "recomendaciones", "recommendations", "strategie", "estrategia",
        "strategy", "plan", "programme", "programa", "agenda", "document", "documento",
        "manuel", "manual", "note", "nota", "cadre", "marco", "framework", "loi", "ley", "law",
        "decret", "decreto", "reglement", "reglamento", "regulation", "regulations",
        "protocole", "protocolo", "protocol", "convention", "convenio", "accord", "acuerdo",
        "amendement", "amendements", "enmienda", "enmiendas", "amendment", "amendments",
        "budget", "presupuesto", "mandat", "mandato", "elements", "elementos", "declaration",
        "declaracion", "methodologie", "metodologia", "methodology", "criteres", "criterios",
        "criteria", "code", "codigo", "politique", "politica", "policy", "outline", "esquema",
        "workplan", "conclusions", "conclusiones", "terms",
    ]
)  # fmt: skip
"""The texts a secretariat drafts: what "projet de", "proyecto de", "proposed" make a draft."""


def is_draft(f: DupFeatures) -> bool:
    """Whether a title calls its text a draft, in any of its languages ("Draft guidance on
    ...", "Projet de directives ...", "Borrador de informe ...", "Proposed work plan ...";
    not "Projet de renforcement des capacités", a project)."""
    for toks in f.titles.values():
        for i, t in enumerate(toks):
            if t in _DRAFT_WORDS:
                return True
            if t in _DRAFT_BEFORE and i + 1 < len(toks) and toks[i + 1] in _DRAFTED_TEXTS:
                return True
    return False


def draft_apart(a: DupFeatures, b: DupFeatures) -> bool:
    """Whether one record is the draft of a text and the other the text: one title says
    "draft" ("DRAFT guidance on the environmentally sound management of waste lithium-ion
    batteries"), the other does not ("Guidance on ESM of waste Li-ion batteries"). A draft
    and the adopted text are two items however alike their words (their identifiers, when
    they share one, still join them). Titles read in another script are left alone (their
    reading in English words may drop the word)."""
    if a.read or b.read:
        return False
    return is_draft(a) != is_draft(b)


_ORGAN_WORDS = {
    "bureau": "bureau", "mesa": "bureau", "committee": "committee", "comite": "committee",
    "comision": "committee", "commission": "committee", "poprc": "committee",
    "crc": "committee", "subsidiary": "subsidiary", "subsidiaire": "subsidiary",
    "subsidiario": "subsidiary", "sbstta": "subsidiary", "sbi": "subsidiary",
    "sbsta": "subsidiary", "oewg": "working-group", "ahteg": "expert-group",
    "panel": "expert-group", "experts": "expert-group", "expert": "expert-group",
    "expertos": "expert-group",
}  # fmt: skip
"""Title words that name a body of a meeting beside its plenary (the Bureau, a committee, a
subsidiary body, a working or expert group; the conventions' bodies read as their acronyms,
:data:`_BODIES`), in English, French and Spanish: "Report of the Bureau of the Conference of
the Parties" is not the Conference's report."""
_ORGAN_PAIRS = {
    ("working", "group"): "working-group", ("groupe", "travail"): "working-group",
    ("grupo", "trabajo"): "working-group", ("task", "force"): "working-group",
    ("groupe", "experts"): "expert-group", ("grupo", "expertos"): "expert-group",
}  # fmt: skip
"""Two-word names of bodies (stop words left out: "groupe de travail", "grupo de expertos")."""


def organs(f: DupFeatures) -> frozenset[str]:
    """The kinds of body beside a plenary its titles name (:data:`_ORGAN_WORDS`; "mesa
    redonda" is a round table, no bureau)."""
    out: set[str] = set()
    for toks in f.titles.values():
        for i, t in enumerate(toks):
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if (t, nxt) in _ORGAN_PAIRS:
                out.add(_ORGAN_PAIRS[(t, nxt)])
            elif t in _ORGAN_WORDS and not (t == "mesa" and nxt.startswith("redonda")):
                out.add(_ORGAN_WORDS[t])
    return frozenset(out)


def organs_apart(a: DupFeatures, b: DupFeatures) -> bool:
    """Whether two records are texts of two bodies of one meeting: one title names a body
    (a Bureau, a committee, a subsidiary body, a working or expert group) the other does not
    ("Report of the Bureau of the Conference of the Parties ... during the sixth meeting" /
    "Rapport de la Conférence des Parties ... sixième réunion"), unless the other title
    writes acronyms, which may name the body ("ICC report", "AC33 summary record")."""
    oa, ob = organs(a), organs(b)
    if oa == ob:
        return False
    return bool((oa - ob and not _writes_acronyms(b)) or (ob - oa and not _writes_acronyms(a)))


_ACRONYM_NUMBERED = re.compile(r"^(?:[a-z]{2,6}\d{1,3}|\d{1,2}[a-z]{2,6})$")


def _writes_acronyms(f: DupFeatures) -> bool:
    """Whether a title writes an acronym, alone ("ICC report") or numbered ("AC33 summary
    record", folded "ac33")."""
    return bool(f.acronyms) or any(
        _ACRONYM_NUMBERED.match(t) for toks in f.titles.values() for t in toks
    )


# ---- a short title by its acronyms (rule 12) --------------------------------------------
ACRONYM_LETTERS = 3
"""Letters (and words spelt) of the acronym that must stand for part of the longer title
(:func:`acronym_match`)."""
_CALLING = frozenset(
    [
        "apply", "now", "open", "call", "partners", "partner", "wanted", "partenaires",
        "socios", "parceiros",
    ]
)  # fmt: skip
"""Words with which a national node announces a course or a request ("apply now",
"partners wanted"): no part of what it is about."""


@lru_cache(maxsize=1 << 14)
def _creator_initials(name: str, of: bool = False) -> str:
    """The initials of a folded creator's words of substance ("national environment
    agency" -> ``nea``), or the name itself when it is one word ("jcu"); ``of``: "of" and
    "de" give their letter too ("ministry of forests and environment" -> ``mofe``, as the
    ministry writes "MoFE")."""
    words = [
        w
        for w in re.findall(r"[a-z0-9]+", _less_country(name))
        if w not in STOP or (of and w in _OF)
    ]
    if len(words) == 1:
        return words[0]
    return "".join(w[0] for w in words)


def creator_initial_keys(f: DupFeatures) -> list[str]:
    """Blocking keys ``i|type|year|initials`` of a dated record's creators, written out or as
    an acronym ("NEA" and "National Environment Agency" give one key), three letters or
    more: a national node's short copy signed with its agency's acronym meets the central
    record signed in words (:func:`acronym_match`)."""
    got = sorted(
        {
            i
            for c in f.creators
            for i in (_creator_initials(c), _creator_initials(c, of=True))
            if 3 <= len(i) <= 8
        }
    )
    keys = [f"i|{f.type}|*|{i}" for i in got]  # an undated copy meets its dated original
    return keys + [f"i|{f.type}|{f.year}|{i}" for i in got] if f.year is not None else keys


_NUMBERED_ACRONYM = re.compile(r"^(\d{1,2})([a-z]{2,6})$")


def _numbered_acronyms(short: DupFeatures, long_: DupFeatures) -> set[str]:
    """The title words of ``short`` that are a number and an acronym in one ("7nr": the
    seventh national report) whose number is one of ``long_``'s and whose letters spell two
    words or more of its title in a row ("Seventh National Report of Montenegro"), with those
    words."""
    got: set[str] = set()
    numbers = {x[2:] for x in long_.signature if x[0] == "n"}
    for w in {w for ws in short.word_sets.values() for w in ws}:
        m = _NUMBERED_ACRONYM.match(w)
        if m and m.group(1) in numbers and len(words := expansion(m.group(2), long_)) >= 2:
            got |= words | {w}
    return got


def _year_numbers(f: DupFeatures) -> set[str]:
    """The numbers of ``f``'s titles that are years."""
    return {
        n
        for _, numbers in f.title_sets.values()
        for n in numbers
        if len(n) == 4 and n[:2] in ("19", "20")
    }


def acronym_match(a: DupFeatures, b: DupFeatures) -> str | None:
    """A national node's short title that says a longer title by its acronyms ("MIA SL -
    validated report" / "Minamata Initial Assessment of Sierra Leone"; "NIP (2024 update)" /
    "Updated national implementation plan of Singapore ..."; "PIPA project" / "Sustaining the
    Phoenix Islands Protected Area of Kiribati"): an acronym of :data:`ACRONYM_LETTERS`
    letters or more spells as many words of the other title in a row, every other word of
    the short title is an acronym the other spells (its country, its creator), a word of the
    other title, or a word announcing a call ("apply now"), one word aside at most; the
    same numbers (a year of one title the other's date); and something else ties them: the
    same creator, a rare word both texts say, or the country the acronym spells. The caller
    has checked nodes, type, year, codes, countries, places, summaries and kinds."""
    creators = _creators_agree(a, b)
    if _strong_numbers(a) != _strong_numbers(b):
        return None
    for short, long_ in ((a, b), (b, a)):
        if not long_.initials:
            continue
        explained: set[str] = set()
        strong = placed = False
        spelt_creators = {_creator_initials(c) for c in long_.creators}
        for acr in short.acronyms:
            words = expansion(acr, long_)
            if len(words) >= 2:
                explained |= words | {acr}
                strong = strong or (
                    (len(acr) >= ACRONYM_LETTERS or creators is True)  # "Basel NR 2023" (EMA)
                    and len(words) >= min(len(acr), ACRONYM_LETTERS)
                )
                placed = placed or bool(words & _place_words(long_))
            elif acr in spelt_creators:
                explained.add(acr)  # "(JCU)": the other's creator
        numbered = _numbered_acronyms(short, long_)
        if numbered:
            explained |= numbered
            strong = True
        if not strong:
            continue
        long_words = {w for ws in long_.word_sets.values() for w in ws}
        short_words = {w for ws in short.word_sets.values() for w in ws} - explained
        rest = _unlike(short_words, long_words) & short_words
        rest -= _ASKING | _CALLING
        if len(rest) > 1 or rest & set(short.acronyms):
            continue  # more than a word of its own, or an acronym the other does not spell
        own = {
            w for x, cover in (long_.cover or {}).items() if x[2:] in long_.countries for w in cover
        }
        apart = _unlike(long_words, short_words) & long_words - explained
        if apart & ((_place_words(long_) | _plain_names(long_)) - own):
            continue  # "… pour les îles de l'océan Indien": another place's version
        if any(
            y not in _year_numbers(long_) and str(long_.year) != y for y in _year_numbers(short)
        ):
            continue
        if any(
            y not in _year_numbers(short) and str(short.year) != y for y in _year_numbers(long_)
        ):
            continue
        if not (creators or placed or a.rare_set & b.rare_set):
            continue
        return encode_reason(
            "similar-title",
            score=round(len(short_words - rest) / max(1, len(short_words)), 2),
            countries=list(a.countries) if a.countries and b.countries else [],
            year=a.year if a.year is not None and a.year == b.year else None,
        )
    return None


# ---- a request said short by its own agency (rule 13) ----------------------------------
REQUEST_WORDS = 2
"""Words of substance the short title of a request must say for :func:`request_match`."""
REQUEST_MAX = 4
"""At most so many, and at most half as many as the longer title's (:func:`request_match`)."""
_ASKED = frozenset(
    _stem(w)
    for w in (
        *_ASKING,
        *_CALLING,
        "recherche", "recherches", "cherche", "buscamos", "busca", "se", "needed", "sought",
        "procuram", "procuramos", "wanted", "find", "ask", "asks", "asking", "appel", "call",
        "convocatoria", "chamada",
    )
)  # fmt: skip
"""The asking and calling words of a request's title, as title words are stemmed."""


def _names_creator(word: str, f: DupFeatures) -> bool:
    """Whether a title word is ``f``'s creator or its acronym ("PCB inventory: NEA asks for
    help", by the National Environment Agency of The Gambia)."""
    return any(word == c or spells(word, c) or _spells_less_country(word, c) for c in f.creators)


def request_match(a: DupFeatures, b: DupFeatures) -> str | None:
    """A request (or an offer) said short by the agency that publishes it, in any language
    ("Tai : recherche de partenaires pour les chimpanzés" / "Appui au suivi des chimpanzés du
    parc national de Taï"; "Inventaire des PCB : appui recherché" / "Request for technical
    assistance to inventory PCB-containing transformers in Rwanda"): one creator, and every
    word of substance of the shorter title but its asking words (at least
    :data:`REQUEST_WORDS`) said in the longer (the word, a cognate or a sense of the lexicon
    in common), with the same numbers. The caller has checked nodes, type, year, codes,
    countries, places and summaries."""
    if a.type not in _ASKING_TYPES or _strong_numbers(a) != _strong_numbers(b):
        return None
    creators = _creators_agree(a, b)
    if creators is not True:
        return None
    for short, long_ in ((a, b), (b, a)):
        words = {w for ws in short.word_sets.values() for w in ws} - _ASKED
        words -= {w for w in words if _names_creator(w, short) or _names_creator(w, long_)}
        other = {w for ws in long_.word_sets.values() for w in ws}
        if not REQUEST_WORDS <= len(words) <= REQUEST_MAX or 2 * len(words) > len(other):
            continue  # a short title only: two long ones are compared by the rules above
        mine, theirs = short.word_senses(True), long_.word_senses(True)
        # words read as a concept both titles name ("plaguicidas caducos", *obsolete pesticides*)
        said = _covered(short, set(short.signature) & set(long_.signature))
        if all(
            w in said
            or any(
                w == v
                or (min(len(w), len(v)) >= 4 and (w.startswith(v) or v.startswith(w)))
                or cognate(w, v)
                or not set(mine.get(w, ())).isdisjoint(theirs.get(v, ()))
                for v in other
            )
            for w in words
        ):
            return _subject_reason(a, b, set(a.signature) & set(b.signature), creators)
    return None


# ---- what the records say (rule 8) ----------------------------------------------------------
CONTENT_WORDS = 4
"""Rare words two records' texts must share for :func:`content_match`."""
CONTENT_SHARE = 0.5
"""The share of the smaller record's rare words the other must say too (:func:`content_match`)."""
CONTENT_MAX = 40
"""Rare words kept per record: the ``CONTENT_MAX`` of smallest hash (a consistent sample, so
two copies keep the same words of what they share)."""
CONTENT_KEYS = 8
"""Blocking keys per record (``w|``): its rare words of smallest hash."""
CONTENT_NAME_KEYS = 3
"""More blocking keys per record (``w|``): rare words its texts write as names."""
_FIELD_LINE = re.compile(r"^[^\W\d][^:\n]{0,30}:\s")
"""A description line that is a field the node appends ("Type of support: funding",
"Eligible countries: …"), not what the record says."""
_TEXT_CODE = re.compile(r"(?<![\w/.-])([A-Z]{2,5})[- ]?(\d{3,6}[A-Z]?)(?:-(\d{1,2}))?(?![\w/])")
"""An event, product or certificate code inside a text ("AAT709A", "AAT 709A", "MON-87701-2";
not a session, "COP15", nor a year, "FY2025": see :func:`content_features`)."""
_CODE_HINT = re.compile(r"[A-Z][A-Z][- ]?\d\d\d")
"""What every match of :data:`_TEXT_CODE` holds (the last two letters, the first three
digits), found ~3x faster: a text without it has no code (property-tested)."""
_LETTER_ZEROS = re.compile(r"(?<=[A-Z]-)[ØO]+(?=\d)")
"""Zeros written as letters at the start of a code's number ("IND-ØØ412-7", "MON-OO603")."""
_COMMON_TEXT_WORDS = """
    support supports supported apoio apoyo appui type tipo assistance assistencia asistencia
    technical tecnica tecnico technique training formation formacion formacao request
    requests requested seeks seek solicita sollicite solicite busca procura procure wanted
    them they there where when what have will would could should with about around before
    after since more most many much also well only used using help helps need needs
    ministry ministerio ministere environment ambiente environnement medio milieu
    country countries pays paises national nationale nacional nacionales new nouveau nuevo
    nueva nova novo high higher first second third year years annee anos ano
    make makes made making take takes taken give gives given find finds found keep keeps
    show shows shown include includes including included prepare prepares prepared write
    writes written publish publishes published submit submits submitted apply applies
    explain explains produce produces held hold holds hosted host hosts offer offers
    provide provides provided ensure ensures allow allows within without across among
    upon every each other same such several various main key whole part parts well
    early late last next until while during against toward towards near over under into
    hand order case cases form forms level levels point points line lines place places
    people person work works working based able available given following related relative
    made done able good better best large small long short full open public general
    days weeks months week month today time times year's together still even however
    faire fait faits donne donnee donnees entre avant apres pendant depuis jusqu aupres
    ainsi aussi encore tres bien dont leurs notamment afin lors chaque autre autres
    meme memes plusieurs premier premiere dernier derniere nouvelle nouvelles origine
    relatif relative relatives publie publiee publies soumis presente presentee prepare
    hacer hace hecho dado dada segun durante despues antes entre cada otro otra otros
    otras mismo misma mismos varios varias primer primera ultimo ultima publicado
    publicada presentado presentada elaborado elaborada donde cuando tambien sobre
    fazer feito dado dada segundo durante depois antes entre cada outro outra outros
    outras mesmo mesma varios varias primeiro primeira ultimo ultima publicado
    publicada apresentado apresentada elaborado elaborada onde quando tambem sobre
    dollar dollars dolar dolares euro euros
    يطلب تطلب يسعى تسعى دعم دعما فني فنية فنيا تقني تقنية تقنيا مساعدة خبرة تدريب اولوية
    محلية محلي جمهورية اكثر اهمية حماية لحماية هيية وزارة
"""
_COMMON_TEXT = frozenset(_COMMON_TEXT_WORDS.split())
"""Words of descriptions of every kind that the lexicon and the vocabulary do not hold: the
asking words of a request and frequent verbs, adverbs and adjectives of English, French,
Spanish and Portuguese, currencies, and the asking words of an Arabic request (they say
nothing of which item a text is about)."""


def _said(rec: dict[str, Any]) -> str:
    """A record's titles and descriptions (less the field lines a node appends)."""
    parts = [t for t in (rec.get("title") or {}).values() if t]
    for text in (rec.get("description") or {}).values():
        lines = (text or "")[:2000].split("\n")
        parts += [lines[0], *(x for x in lines[1:] if not _FIELD_LINE.match(x))]
    return "\n".join(parts)


_COMMON: PerObject[frozenset[str]] = PerObject(8)
_PLAIN: list[frozenset[str]] = []


def _plain_words() -> frozenset[str]:
    """Words that never tell two records apart, whatever the store holds: stop and generic
    words, the frequent words of descriptions (:data:`_COMMON_TEXT`), ordinals and the words
    of countries' names (a country is compared as a place, never as a word)."""
    if not _PLAIN:
        from vocabulary.eligibility import _tokens_by_country

        acc: set[str] = set(STOP) | GENERIC | _COMMON_TEXT | set(ORDINALS)
        for words in _tokens_by_country().values():
            acc.update(_stem(t) for t in words)
        _PLAIN.append(frozenset(acc | {_stem(w) for w in acc}))
    return _PLAIN[0]


def _common_words(vocabulary: Any) -> frozenset[str]:
    """Words too common to be rare by themselves: :func:`_plain_words`, and the words of the
    domain lexicon's entries and of the vocabulary's labels (those are compared as
    *known* words, rare or not by how many of the store's records say them:
    :func:`content_features`); cached per vocabulary."""
    got = _COMMON.get(vocabulary)
    if got is None:
        acc: set[str] = set(_plain_words())
        words = glossary(_lexicon_tokens)
        acc.update(run[0] for run in words.runs if len(run) == 1 and run[0] not in words.names)
        for uri in getattr(vocabulary, "concepts", {}):
            try:
                labels = vocabulary.labels(uri)
            except (KeyError, AttributeError):
                continue
            for got_labels in labels.values():
                for label in got_labels:
                    acc.update(_stem(t) for t in fold(label).split())
        got = frozenset(acc | {_stem(w) for w in acc})
        _COMMON.put(vocabulary, got)
    return got


RARE_PREFIX = 7
"""Letters of a rare word compared: "refinanced" / "refinancing", "amazónico" / "Amazonía"."""
_ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و")
"""Arabic articles and conjunctions written as part of a word ("وتدريب", and training)."""


@lru_cache(maxsize=1 << 16)
def _rare_form(word: str) -> str:
    """A rare word as compared: its first :data:`RARE_PREFIX` letters, "y" as "i" and less
    its final vowels ("Pripyat" / "Припяти", "Syunik" / "Сюнике", "molybdenum" /
    "молибдена" once in Latin letters: :func:`_latin`), an Arabic word less its article or
    conjunction."""
    if "\u0600" <= word[0] <= "\u06ff":
        for p in _ARABIC_PREFIXES:
            if word.startswith(p) and len(word) - len(p) >= 3:
                word = word[len(p) :]
                break
        return word[:RARE_PREFIX]
    if "\u0400" <= word[0] <= "\u04ff":
        word = without_adjective_ending(word)  # "Брестской": brest, as "Brest" is read
    word = _latin(word)[:RARE_PREFIX].replace("y", "i")
    short = word.rstrip("aeiou")
    return short if len(short) >= 4 else word


@lru_cache(maxsize=1 << 16)
def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode())


def _by_hash(words: Iterable[str]) -> list[str]:
    """``sorted(words, key=_word_hash)`` (the same order, ties as they come), the hashes
    computed in C rather than through a Python call per word (rare words seldom repeat, so
    the cache of :func:`_word_hash` mostly misses)."""
    words = list(words)
    order = dict(zip(words, map(zlib.crc32, map(str.encode, words)), strict=True))
    return sorted(words, key=order.__getitem__)


def content_features(
    rec: dict[str, Any], vocabulary: Any
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """What a record says that few records say: the rare words of its titles and
    descriptions (folded, a final "s" dropped, no word of :func:`_common_words`, at most
    :data:`CONTENT_MAX`, those of smallest hash) with the amounts they write ("50,000",
    "50 000" and "50.000" as ``#50000``), the codes its texts write ("AAT709A",
    "MON-87701-2" as ``mon87701``), the rare words written as names (:func:`_text_names`)
    and its *known* words: words of the lexicon or of the vocabulary's labels that
    :func:`_plain_words` does not hold (at most :data:`CONTENT_MAX`), rare or not by how many
    of the store's records say them (:func:`store_frequencies`)."""
    text = _said(rec)
    if "-O" in text or "-\u00d8" in text:  # the only texts :data:`_LETTER_ZEROS` can match
        text = _LETTER_ZEROS.sub(lambda m: "0" * len(m[0]), text)  # "IND-ØØ412-7"
    common = _common_words(vocabulary)
    seen = _rare_cache(common)
    words: set[str] = set()
    known: set[str] = set()
    for t in fold(text).split():
        w = seen.get(t)
        if w is None:
            w = seen[t] = _rare_word(t, common)
        if not w:
            continue
        if w[0] == "\x00":
            known.add(w[1:])
        else:
            words.add(w)
    codes = {
        (m[1] + m[2]).lower()
        for m in (_TEXT_CODE.finditer(text) if _CODE_HINT.search(text) else ())
        if not (len(m[2]) == 4 and m[2][:2] in ("19", "20"))  # "FY2025": a year
    }
    words.update(_amounts(text))
    kept = _by_hash(words)[:CONTENT_MAX]
    return (
        tuple(sorted(kept)),
        tuple(sorted(codes)),
        _text_names(text, set(kept), seen),
        tuple(sorted(_by_hash(known)[:CONTENT_MAX])),
    )


_AMOUNT = re.compile(
    r"(\d(?<![\w.,/-]\d)(?:\d{0,2}(?:[,.\u00a0\u202f ]\d{3})+|\d{3,}))(?![\w]|[.,]\d)"
)
"""An amount a text writes, with or without thousands separators ("50,000", "50 000",
"50.000", "250000"); a code's number is not one (it follows a letter or a dash). Written
to begin with a digit, the character before it looked at once a digit is found: the same
matches as ``(?<![\w.,/-])(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d{4,})(?![\w]|[.,]\d)``
(property-tested), ~3 times faster over a description (every position of a text without a
digit was a look-behind)."""


def _amounts(text: str) -> set[str]:
    """The amounts of ``text`` (:data:`_AMOUNT`) that are not years, as ``#`` and digits."""
    out: set[str] = set()
    for m in _AMOUNT.finditer(text):
        digits = re.sub(r"\D", "", m[1])
        if not (len(digits) == 4 and digits[:2] in ("19", "20")) and len(digits) <= 12:
            out.add("#" + digits)
    return out


_RARE_CACHES: dict[int, tuple[frozenset[str], dict[str, str]]] = {}
_RARE_CACHE_MAX = 200_000


def _rare_cache(common: frozenset[str]) -> dict[str, str]:
    """Folded word -> its rare form ("" when common), for one set of common words (kept with
    it, so a new set never reads another's cache)."""
    got = _RARE_CACHES.get(id(common))
    if got is None or got[0] is not common or len(got[1]) > _RARE_CACHE_MAX:
        _RARE_CACHES.clear()
        got = _RARE_CACHES[id(common)] = (common, {})
    return got[1]


def _rare_word(t: str, common: frozenset[str]) -> str:
    """A folded word's rare form (:func:`_rare_form`), "" when it is plain
    (:func:`_plain_words`) or short, and its form after a NUL when it is a known word (of
    ``common`` but not plain)."""
    if len(t) <= 3 or t[0].isdigit():
        return ""
    if "\u0400" <= t[0] <= "\u04ff" and (read := word_in_english(t)) is not None:
        # a Russian word the table reads is its English word ("леса": forests)
        return _rare_word(fold(read), common) if read.isalpha() else ""
    plain = _plain_words()
    s = _stem(t)
    if t in plain or s in plain:
        return ""
    w = _rare_form(s)
    if w in plain:
        return ""
    return "\x00" + w if t in common or s in common or w in common else w


_NAME = re.compile(r"(?:[^\w\s.!?:;(]|(?<![.!?:;\n(])[^\S\n])([^\W\d_][\w'’-]*)")
"""A word inside a sentence: not the first of the text, a line or a sentence. The character
before the word is matched (a separator, or a space not after a sentence's end) rather than
looked behind at every position: the same words as
``(?<![.!?:;\n(])(?<![.!?:;\n(]\s)(?<=\W)([^\W\d_][\w'’-]*)`` (property-tested), ~12 %
faster."""


def _text_names(text: str, rare: set[str], seen: dict[str, str]) -> tuple[str, ...]:
    """The rare words a text writes with a capital inside a sentence (places, reserves,
    programmes: "Jigme Dorji", "Lingshi"), as :func:`_rare_form` gives them."""
    out: set[str] = set()
    for word in _NAME.findall(text):
        if word[0].isupper() and not word.isupper():
            for t in _fold_word(word).split():
                if (w := seen.get(t)) and w in rare:
                    out.add(w)
    return tuple(sorted(out))


def content_keys(f: DupFeatures) -> list[str]:
    """Blocking keys of what a record says (``w|``): its :data:`CONTENT_KEYS` rare words of
    smallest hash, :data:`CONTENT_NAME_KEYS` more of the names among them (said alike in
    every language: "Chinde", "Marromeu") and its codes, with its type, over all years and
    places (the gates refuse another year or country before any word is read)."""
    rare = _by_hash(f.rare)[:CONTENT_KEYS]
    names = _by_hash(set(f.text_names) - set(rare))[:CONTENT_NAME_KEYS]
    return [f"w|{f.type}|{w}" for w in (*rare, *names, *f.text_codes)]


def _code_conflict(a: DupFeatures, b: DupFeatures) -> bool:
    """Whether the texts write two codes of one series and none in common ("MON-87701-2" /
    "MON-87751-7": sibling events)."""
    if not a.text_codes or not b.text_codes or set(a.text_codes) & set(b.text_codes):
        return False
    prefixes = {re.match(r"[a-z]+", c)[0] for c in a.text_codes}  # type: ignore[index]
    return any(re.match(r"[a-z]+", c)[0] in prefixes for c in b.text_codes)  # type: ignore[index]


def _title_words(f: DupFeatures) -> frozenset[str]:
    return frozenset(w for ws in (f.words or {}).values() for w in ws)


def _numbers_apart(a: DupFeatures, b: DupFeatures) -> bool:
    """Whether the titles state other numbers: other years when both state years ("2013-2022"
    / "2024-2033"), other numbers when both state numbers that are not years ("Cohorte 3" and
    "tercera cohorte 2025" agree); the number of a code a text writes is compared as a code
    ("IND-00412-7")."""
    in_codes = "|".join((*a.text_codes, *b.text_codes))  # compared as codes, not numbers
    na = {x[2:] for x in a.signature if x[0] == "n" and (len(x) < 5 or x[2:] not in in_codes)}
    nb = {x[2:] for x in b.signature if x[0] == "n" and (len(x) < 5 or x[2:] not in in_codes)}
    ya, yb = {n for n in na if _is_year(n)}, {n for n in nb if _is_year(n)}
    if ya and yb and ya != yb:
        return True
    return bool(na - ya and nb - yb and na - ya != nb - yb)


def _is_year(n: str) -> bool:
    return len(n) == 4 and n[:2] in ("19", "20")


def _names_elsewhere(a: DupFeatures, b: DupFeatures) -> bool:
    """Whether each text names something the other never says and no name is said by both
    ("Chang Tang", "Kora" / "Jigme Dorji", "Lingshi": one request filled in for two places)."""
    names_a, names_b, rare_a, rare_b = (
        set(a.text_names),
        set(b.text_names),
        set(a.rare),
        set(b.rare),
    )
    if names_a & rare_b or names_b & rare_a:
        return False
    return bool(names_a - rare_b and names_b - rare_a)


NAMES_PLACE = 2
"""Rare words two texts must both write as names for a national text naming no country to
be compared with one country's by :func:`content_match`."""
KNOWN_RARE_MIN = 5
"""A known word (of the lexicon or the vocabulary's labels) counts as rare for
:func:`content_match` when at most this many of the store's records say it..."""
KNOWN_RARE_SHARE = 0.002
"""... or at most this share of them (:func:`store_frequencies`)."""
KNOWN_WEIGHT = 0.5
"""What a rare known word weighs against a word no lexicon holds (:func:`content_match`)."""
KNOWN_FEW_FACTOR = 3.0
"""A known word that up to this many times as many records say as a rare known one..."""
KNOWN_FEW_WEIGHT = 0.25
"""... weighs this much (:func:`content_match`: "reef", "coral" in a store of fisheries)."""
CREATOR_WEIGHT = 1.0
"""What a creator both texts name weighs (:func:`content_match`: "EPA" / "Environmental
Protection Agency of Montenegro"), when they share a rare word at least."""
_FREQUENCIES: list[tuple[Mapping[str, int], int]] = []


@contextmanager
def store_frequencies(counts: Mapping[str, int], records: int) -> Iterator[None]:
    """Within this block, :func:`content_match` counts the known words of two texts that at
    most :data:`KNOWN_RARE_MIN` or :data:`KNOWN_RARE_SHARE` of the store's ``records`` say
    (``counts``: known word -> records saying it, the ``dup_words`` table that the full
    recompute fills and the update keeps). Outside one, known words never count."""
    _FREQUENCIES.append((counts, records))
    try:
        yield
    finally:
        _FREQUENCIES.pop()


def _store_rare(words: Iterable[str], factor: float = 1.0) -> set[str]:
    """The known ``words`` few of the store's records say (:func:`store_frequencies`; at most
    ``factor`` times as many)."""
    if not _FREQUENCIES:
        return set()
    counts, records = _FREQUENCIES[-1]
    limit = factor * max(KNOWN_RARE_MIN, KNOWN_RARE_SHARE * records)
    return {w for w in words if counts.get(w, 0) <= limit}


def content_match(a: DupFeatures, b: DupFeatures, beyond_titles: bool = False) -> str | None:
    """One item reworded by a national node (rule 8): the texts share at least
    :data:`CONTENT_WORDS` rare words (names of places, species, programmes; words no lexicon
    holds; amounts; words of the lexicon few of the store's records say, each weighing
    :data:`KNOWN_WEIGHT`), at least :data:`CONTENT_SHARE` of the smaller record's, or a code
    ("AAT709A"), and nothing says two items: no two codes of one series, no numbers of the
    titles apart ("2013-2022" / "2024-2033") unless a code is shared. The caller has checked
    nodes, type, year, codes, countries, places, summaries and kinds of meeting document."""
    got = _said_alike(a, b, CONTENT_WORDS, beyond_titles)
    if got is None:
        return None
    shared, codes = got
    return encode_reason(
        "similar-content",
        words=sorted(shared, key=_word_hash)[:5],
        codes=sorted(codes),
        year=a.year if a.year is not None else b.year,
    )


def _said_alike(
    a: DupFeatures, b: DupFeatures, need: float, beyond_titles: bool = False
) -> tuple[set[str], set[str]] | None:
    """The words and codes two texts share when they weigh at least ``need``
    (:func:`content_match`), else None."""
    codes = set(a.text_codes).intersection(b.text_codes) if a.text_codes else set()
    said = a.rare_set & b.rare_set
    both_know = a.known_set & b.known_set
    if len(said) + len(both_know) + len(codes) + CREATOR_WEIGHT < need:
        return None  # (the cheap bound first: most pairs stop here)
    if _code_conflict(a, b) or _names_elsewhere(a, b) or (not codes and _numbers_apart(a, b)):
        return None  # each names places or bodies the other never says: another's copy
    rare_a, rare_b = set(a.rare_set), set(b.rare_set)
    said_twice = {_rare_form(w) for w in _title_words(a) & _title_words(b)}
    known = _store_rare(both_know) - said_twice  # (what both titles say has been compared)
    fewer = _store_rare(both_know, KNOWN_FEW_FACTOR) - said_twice - known
    if beyond_titles:  # the titles are alike: only what else both say counts here
        rare_a -= said_twice
        rare_b -= said_twice
    shared = rare_a & rare_b
    score = len(shared) + len(codes) + KNOWN_WEIGHT * len(known) + KNOWN_FEW_WEIGHT * len(fewer)
    share = CONTENT_SHARE
    if need == CONTENT_WORDS and not codes and _one_countrys(a, b):
        # a national node's short copy of its country's record (not when they share a code:
        # one agency writes several texts on one event, its risk assessment, its decision)
        need, share = NATIONAL_CONTENT_WORDS, NATIONAL_CONTENT_SHARE
    if score < need and (forms := _shared_forms(rare_a - shared, rare_b - shared)):
        # one word in two forms ("crush" / "crusher"): a short copy words it its own way
        shared |= forms
        score += len(forms)
    if score < need <= score + CREATOR_WEIGHT and shared and not codes and _creators_agree(a, b):
        # one organisation's text, however it signs ("EPA"); not when they share a code: one
        # agency writes several texts on one event (its risk assessment, its decision)
        score += CREATOR_WEIGHT
    if score < need or len(shared) + len(codes) + len(known) < min(
        share, _content_share(shared)
    ) * min(len(rare_a), len(rare_b)):
        return None
    return shared | known, codes


FORM_MIN = 5
"""The fewest letters of a rare word's form that the start of another's stands for it
(:func:`_shared_forms`)."""


def _shared_forms(mine: set[str], theirs: set[str]) -> set[str]:
    """The rare words of ``mine`` said in ``theirs`` in a longer or shorter form, one the
    start of the other, :data:`FORM_MIN` letters or more ("crush" / "crusher"; "lamp" is too
    short to tell): each counted once.

    Looked up, not compared pair by pair (texts of a few hundred rare words each made this
    a tenth of an update's duplicate search): a longer form of ``w`` sorts first among the
    words starting with ``w``, and a shorter one is one of ``w``'s own starts."""
    if not mine or not theirs:
        return set()
    ordered = sorted(theirs)
    got: set[str] = set()
    for w in mine:
        if len(w) < FORM_MIN:
            continue  # (a shorter form would be shorter still)
        i = bisect_left(ordered, w)
        if (i < len(ordered) and ordered[i].startswith(w)) or any(
            w[:k] in theirs for k in range(FORM_MIN, len(w))
        ):
            got.add(w)
    return got


NATIONAL_CONTENT_WORDS = 3.0
"""What two texts of one country must share for :func:`content_match` (instead of
:data:`CONTENT_WORDS`) when nothing in their titles says two kinds of text
(:func:`_one_countrys`): a national node's short copy of the central record says few of its
words ("Midlands bogs come back": "drain", "midland", "Offaly", "bog")."""
NATIONAL_CONTENT_SHARE = 0.25
"""... and the share of the smaller record's rare words they must share (instead of
:data:`CONTENT_SHARE`): a short copy is worded anew, most of its words its own."""
_GENRE_GROUPS = (
    "plan plans plano planos",
    "strategy strategies strategie estrategia estrategias",
    "assessment assessments evaluation evaluations evaluacion evaluaciones avaliacao",
    "decision decisions resolution resolucion resolucao approval approved autorisation",
    "sheet fiche ficha",
    "guidance guide guidelines directrices orientations orientacion",
    "inventory inventaire inventario",
    "law act loi ley lei decree decret decreto regulation regulations reglement reglamento",
    "profile profil perfil",
    "finding findings",
)
"""Kinds of text a title names (a plan, a strategy, an assessment, a decision, a site's
sheet...), in English, French, Spanish and Portuguese; "report" is no kind here (a national
node calls anything it posts a report: "MIA - final report")."""
_GENRE = {w: i for i, group in enumerate(_GENRE_GROUPS) for w in group.split()}


def _genres(f: DupFeatures) -> frozenset[int]:
    """The kinds of text ``f``'s titles name (:data:`_GENRE_GROUPS`)."""
    return frozenset(_GENRE[t] for toks in f.titles.values() for t in toks if t in _GENRE)


def _one_countrys(a: DupFeatures, b: DupFeatures, named: bool = False) -> bool:
    """Whether two records are of one country (one country field alike, stated or their
    publishing node's) and their titles do not each name a kind of text the other does not
    ("Plan de gestion du parc …" / "Fiche Ramsar …": the park's plan is not its site sheet)."""
    ca, cb = (a.places, b.places) if named else (set(a.countries), set(b.countries))
    if len(ca) != 1 or ca != cb:
        return False
    ga, gb = _genres(a), _genres(b)
    return not (ga - gb and gb - ga)


NATIONAL_EVIDENCE = 0.5
"""What the texts of one country's two records signed by one body must say alike for
:func:`national_match` (rare words at 1, known words few of the store's records say at
:data:`KNOWN_WEIGHT`, those a little less rare at :data:`KNOWN_FEW_WEIGHT`; the body's own
name and acronym left out)."""


def national_match(a: DupFeatures, b: DupFeatures) -> str | None:
    """One body's text published by the central node and by its country's node in other words (rule
    11: "Minamata report 2025 submitted" by "MECC" / "Full national report of Mongolia under
    Article 21 of the Minamata Convention, 2025" by the "Ministry of Environment and Climate
    Change of Mongolia"): a score over the fields rather than the words. Both are of one country
    (:func:`_one_countrys`: no two kinds of text), signed by one body (:func:`_creators_agree`),
    of one year when both are dated; every subject of the title with fewer subjects fits the
    other's (:func:`_topic_fit`, at least one), its numbers are the other's, no code or place of
    one is another's; most words of one title (half, at least all but one; the body's acronym
    and a request's asking words left out) have a form, cognate or sense in the other's title
    (:func:`_copy_words_found`); and their texts share :data:`NATIONAL_EVIDENCE`. The caller has
    checked nodes, type, year, codes, countries, places, summaries and kinds."""
    if not a.creators or not b.creators or not _one_countrys(a, b, named=True):
        return None
    ta = [x for x in a.signature if x[0] == "t"]
    tb = [x for x in b.signature if x[0] == "t"]
    if not ta or not tb:
        return None
    short, fs, fl = (ta, a, b) if len(ta) <= len(tb) else (tb, b, a)
    if not all(_topic_fit(x, fs, fl) > 0 for x in short):
        return None
    numbers_s = _numbers([t for toks in fs.titles.values() for t in toks])
    if not numbers_s <= _numbers([t for toks in fl.titles.values() for t in toks]):
        return None
    if _code_conflict(a, b) or _names_elsewhere(a, b) or _creators_agree(a, b) is not True:
        return None  # (the creators last: the dearest test, and a cache of pairs)
    matched = set(short) | {x for x in (*a.signature, *b.signature) if x[0] == "c"}
    if not (_copy_words_found(a, b, matched) or _copy_words_found(b, a, matched)):
        return None
    signers = {_rare_form(w) for c in (*a.creators, *b.creators) for w in c.split()}
    said = (a.rare_set & b.rare_set) - signers
    both_know = a.known_set & b.known_set
    known = _store_rare(both_know)
    fewer = _store_rare(both_know, KNOWN_FEW_FACTOR) - known
    if len(said) + KNOWN_WEIGHT * len(known) + KNOWN_FEW_WEIGHT * len(fewer) < NATIONAL_EVIDENCE:
        return None
    return encode_reason(
        "similar-content",
        words=sorted(said | known | fewer, key=_word_hash)[:5],
        codes=[],
        year=a.year if a.year is not None else b.year,
    )


def _copy_words_found(copy: DupFeatures, full: DupFeatures, matched: set[str]) -> bool:
    """Whether most words of substance of ``copy``'s title (all but half, or all but one;
    not those of the subjects and places ``matched``, of ``full``'s acronyms, the creators'
    acronyms, nor a request's asking words) have a form, a cognate or a sense in ``full``'s
    title (:func:`national_match`; not its text: the body's other text on a subject its
    report mentions is another item)."""
    covered = _covered(copy, matched) | _covered(full, matched) | _acronym_words(copy, full)
    signers = (*copy.creators, *full.creators)
    words = {w for ws in (copy.words or {}).values() for w in ws} - covered
    words = {
        w for w in words if w not in copy.acronyms or not any(_same_creator(w, c) for c in signers)
    }  # (a title's acronym that is its body's: "NEA asks for help")
    if copy.type in _ASKING_TYPES:
        words -= _ASKING | _ASKS
    if not words:
        return True
    other = {w for ws in (full.words or {}).values() for w in ws}
    senses_c, senses_f = copy.word_senses(True), full.word_senses(True)

    def found(w: str) -> bool:
        return any(
            w == v
            or (min(len(w), len(v)) >= 4 and (w.startswith(v) or v.startswith(w)))
            or cognate(w, v)
            or not set(senses_c.get(w, ())).isdisjoint(senses_f.get(v, ()))
            for v in other
        )

    alone = [w for w in words if not found(w)]
    if any((r := _rare_form(w)) in copy.rare_set and r not in full.rare_set for w in alone):
        return False  # it names a thing the other never says ("phorate" / "trichlorfon")
    return len(alone) <= max(1, len(words) // 2)


CONTENT_MANY = 4
"""Rare words in Latin or Cyrillic letters two texts must share for :data:`CONTENT_SHARE_MANY`
to be asked instead of :data:`CONTENT_SHARE`."""
CONTENT_SHARE_MANY = 1 / 3
"""The share of the smaller record's rare words asked of two texts that share
:data:`CONTENT_MANY` rare words read as words (a short copy reworded in words of its own still
names the site, its birds and its plains: "Hortobágy", "bustard", "crane", "falcon")."""


def _content_share(shared: set[str]) -> float:
    """The share of rare words :func:`_said_alike` asks: :data:`CONTENT_SHARE_MANY` when the
    texts share :data:`CONTENT_MANY` rare words outside Arabic letters (an Arabic word no
    list reads is often a common word, not a name), else :data:`CONTENT_SHARE`."""
    read = sum(1 for w in shared if not is_arabic(w) and not w.startswith("#"))
    return CONTENT_SHARE_MANY if read >= CONTENT_MANY else CONTENT_SHARE


DAY_GLOSS = 0.3
"""How alike the titles in no language (:func:`gloss_tokens`, Jaccard) of two events that
start on the same day must be (:func:`day_match`)."""
DAY_CONTENT_WORDS = 2
"""What two texts of events of one day must share (weighed as by :func:`content_match`)
when their titles agree less than :data:`DAY_GLOSS`."""
DAY_GLOSS_NAMED = 0.4
"""The same, for two events whose titles name places the other does not ("Cairo" / "Egypt")."""


def day_match(a: DupFeatures, b: DupFeatures, gloss: float = DAY_GLOSS) -> str | None:
    """One event announced by two nodes (rule 9): both start on the same day, their titles in
    no language (:func:`gloss_tokens`: senses, names, numbers, places) agree at least
    :data:`DAY_GLOSS` ("E-waste inventory workshop for the Arab region" / "Regional workshop
    on e-waste inventories for Arab States, Cairo"), no numbers apart and no places or
    regions apart. The caller has checked nodes, type, codes, countries, summaries, names
    and kinds of meeting document."""
    if a.type != "event" or a.day is None or a.day != b.day or _numbers_apart(a, b):
        return None
    pa = {x for x in a.signature if x[0] in "cr"}
    pb = {x for x in b.signature if x[0] in "cr"}
    if pa and pb and pa.isdisjoint(pb):
        return None  # the same day's workshop for another region
    ga, gb = gloss_tokens(a), gloss_tokens(b)
    if jaccard(ga, gb) < gloss:
        # or, titles naming no other places, their texts say what few texts say ("OECS",
        # "smelters", "Anzali", "Miankaleh")
        got = _said_alike(a, b, DAY_CONTENT_WORDS) if gloss == DAY_GLOSS else None
        if got is None:
            return None
        return encode_reason("similar-content", words=sorted(got[0], key=_word_hash)[:5],
                             codes=sorted(got[1]), year=a.year)  # fmt: skip
    return _subject_reason(a, b, {x for x in a.signature if x in set(b.signature)}, None)


# ---- reasons ------------------------------------------------------------------------------
REASON_CODES = (
    "same-identifier", "similar-title", "similar-subject", "similar-content", "same-page",
    "allowed", "same-cluster",
)  # fmt: skip
"""What a reason can say; each has its words in every language of the pages
(``search_api.i18n.dup_reason``). ``text`` is a reason stored by an older version, shown as
it is."""
ALLOWED = "allowed by an operator"
"""The reason of a pair an operator allowed (a rule, not an edge; as matching.update reads it)."""


def encode_reason(code: str, **params: Any) -> str:
    """A reason as stored in ``dup_edges.reason``: compact JSON, ``code`` first.

    Example::

        encode_reason("same-identifier", scheme="doi", value="10.5281/x")
        # '{"code":"same-identifier","scheme":"doi","value":"10.5281/x"}'
    """
    if code not in REASON_CODES:
        raise ValueError(f"unknown duplicate reason {code!r}; known: {', '.join(REASON_CODES)}")
    return json.dumps({"code": code, **params}, separators=(",", ":"), ensure_ascii=False)


def is_title_reason(stored: str) -> bool:
    """Whether a stored reason is a title one (weaker than identifiers and allows)."""
    return stored.startswith(('{"code":"similar-', "similar "))


_LEGACY_KEY = re.compile(r"^same (project code|[A-Z0-9-]+) (.+)$")


def parse_reason(stored: str) -> dict[str, Any]:
    """A stored reason as ``{"code", "params"}`` (the API's machine-readable form).

    Reasons written by earlier versions in English words are read back where they can be
    (``same DOI 10.5281/x``, ``allowed by an operator``, ``same cluster``), else given as
    ``{"code": "text", "params": {"text": ...}}``.
    """
    if stored.startswith("{"):
        try:
            got = json.loads(stored)
        except ValueError:
            got = None
        if isinstance(got, dict) and got.get("code") in REASON_CODES:
            code = got.pop("code")
            return {"code": code, "params": got}
    if stored == ALLOWED:
        return {"code": "allowed", "params": {}}
    if stored == "same cluster":
        return {"code": "same-cluster", "params": {}}
    if m := _LEGACY_KEY.match(stored):
        kind = "code" if m[1] == "project code" else m[1].lower()
        return {"code": "same-identifier", "params": {"scheme": kind, "value": m[2]}}
    return {"code": "text", "params": {"text": stored}}


def identifier_edges(
    members: Sequence[tuple[str, str, str]], key: str
) -> list[tuple[str, str, str]]:
    """Edges ``(a, b, reason)`` between records ``(id, node, type)`` sharing ``key``."""
    if len(members) < 2 or len(members) > MAX_KEY_RECORDS:
        return []
    reason = encode_reason("same-identifier", scheme=scheme(key), value=key.split(":", 1)[1])
    ordered = sorted(members)
    pairs: list[tuple[str, str, str]] = []
    for i, (a, _, ta) in enumerate(ordered):
        for b, _, tb in ordered[i + 1 : i + 1 + (len(ordered) if len(ordered) <= 10 else 1)]:
            if scheme(key) == "code" and ta != tb:
                continue
            pairs.append((a, b, reason))
    return pairs


class Components:
    """Union-find that refuses merges joining a block-listed pair, or (with ``countries``,
    record id -> its country field) two records of disjoint country fields: a copy that
    says no country may meet the same text published for two countries ("Support to replace
    highly hazardous pesticides …" for Sudan and for Eritrea), and joins only one of them.
    With ``years`` (record id -> its year), likewise two records of different years: an
    undated copy may meet two editions of one sheet ("Ramsar Information Sheet: …" of 2006
    and its 2024 update; a draft guidance of 2024 and the guidance adopted in 2025), which
    ``title_match`` keeps apart when it compares them, and joins only one of them."""

    def __init__(
        self,
        blocks: Iterable[tuple[str, str]] = (),
        countries: Mapping[str, frozenset[str]] | None = None,
        years: Mapping[str, int] | None = None,
    ) -> None:
        self.parent: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}
        self.blocked: dict[str, set[str]] = {}
        self.countries = countries or {}
        self.fields: dict[str, set[frozenset[str]]] = {}  # root -> its members' country fields
        self.years = years or {}
        self.dated: dict[str, set[int]] = {}  # root -> its members' years
        for a, b in blocks:
            self.blocked.setdefault(a, set()).add(b)
            self.blocked.setdefault(b, set()).add(a)

    def find(self, x: str) -> str:
        """The root of ``x``'s component."""
        root = self.parent.setdefault(x, x)
        if root == x:
            self.members.setdefault(x, [x])
            return x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str, check_countries: bool = True) -> bool:
        """Merge the components of ``a`` and ``b``; False when a block forbids it, or (with
        ``check_countries``) when it would join two records of disjoint country fields or of
        different years."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        for x in self.members[rb]:
            if any(self.find(y) == ra for y in self.blocked.get(x, ())):
                return False
        fa, fb = self._fields(ra), self._fields(rb)
        if check_countries and any(x.isdisjoint(y) for x in fa for y in fb):
            return False
        ya, yb = self._years(ra), self._years(rb)
        if check_countries and ya and yb and len(ya | yb) > 1:
            return False
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        self.fields[ra] = fa | fb
        self.fields.pop(rb, None)
        self.dated[ra] = ya | yb
        self.dated.pop(rb, None)
        return True

    def _years(self, root: str) -> set[int]:
        got = self.dated.get(root)
        if got is None:
            year = self.years.get(root)
            got = self.dated[root] = {year} if year is not None else set()
        return got

    def _fields(self, root: str) -> set[frozenset[str]]:
        got = self.fields.get(root)
        if got is None:
            field = self.countries.get(root)
            got = self.fields[root] = {field} if field else set()
        return got

    def clusters(self) -> dict[str, str]:
        """record id -> cluster id (smallest member id), for components of two or more."""
        out: dict[str, str] = {}
        for root, members in self.members.items():
            if self.parent.get(root, root) == root and len(members) > 1:
                cid = min(members)
                out.update((m, cid) for m in members)
        return out


def build_clusters(
    edges: Iterable[tuple[str, str, str]],
    allows: Iterable[tuple[str, str]] = (),
    blocks: Iterable[tuple[str, str]] = (),
    countries: Mapping[str, frozenset[str]] | None = None,
    years: Mapping[str, int] | None = None,
    ordered: bool = False,
) -> dict[str, str]:
    """record id -> cluster id from edges and the operators' rules (allows applied first,
    then identifier edges, then title edges); with ``countries`` (record id -> country
    field) and ``years`` (record id -> year), a title edge never joins two records of
    disjoint country fields or of different years (:class:`Components`). ``ordered``: the
    edges come in that order already (identifier edges, then title edges, each by
    ``(a, b)``) and are not gathered to be sorted."""
    comps = Components(blocks, countries, years)
    for a, b in allows:
        comps.union(a, b, check_countries=False)
    if not ordered:
        edges = sorted(edges, key=lambda e: (is_title_reason(e[2]), e[0], e[1]))
    for a, b, why in edges:
        comps.union(a, b, check_countries=is_title_reason(why))
    return comps.clusters()


# ---- reading clusters -----------------------------------------------------------------------
def cluster_of(store: Any, record_id: str, lang: str = "en") -> dict[str, Any]:
    """A record's cluster: the other records that are the same item, and why.

    Returns:
        ``{"id", "cluster_id", "members": [{"id", "node", "type", "title", "url",
        "reasons"}]}`` (``members`` excludes the record itself; empty when it stands alone);
        ``reasons`` are ``[{"code", "params"}]`` (:func:`parse_reason`; the pages and the API
        put them in words with ``search_api.i18n.dup_reason``).

    Raises:
        UnknownRecord: no record with this id.
    """
    from matching.store import ensure_schema, require_record, summaries

    conn = store.conn
    ensure_schema(conn)
    require_record(conn, record_id)
    row = conn.execute(
        "SELECT cluster_id FROM dup_clusters WHERE record_id=?", (record_id,)
    ).fetchone()
    if row is None:
        return {"id": record_id, "cluster_id": None, "members": []}
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT record_id FROM dup_clusters WHERE cluster_id=? ORDER BY record_id", (row[0],)
        )
        if r[0] != record_id
    ]
    why: dict[str, list[str]] = {}
    for a, b, reason in conn.execute(
        "SELECT a, b, reason FROM dup_edges WHERE a=? OR b=? UNION ALL SELECT a, b,"
        " ? FROM dup_rules WHERE rule='allow' AND (a=? OR b=?)",
        (record_id, record_id, ALLOWED, record_id, record_id),
    ):
        other = b if a == record_id else a
        if reason not in why.setdefault(other, []):
            why[other].append(reason)
    info = summaries(conn, ids, lang)
    members = [
        {**info[i], "reasons": [parse_reason(w) for w in why.get(i, ["same cluster"])]}
        for i in ids
        if i in info
    ]
    return {"id": record_id, "cluster_id": row[0], "members": members}


def list_clusters(store: Any, limit: int = 50, offset: int = 0, lang: str = "en") -> dict[str, Any]:
    """Every duplicate cluster, largest first, with its members, the reasons of its edges
    (codes and parameters: :func:`parse_reason`) and the operators' rules on its pairs (the
    operators' duplicates page and API put the reasons in words).

    Returns:
        ``{"total", "clusters": [{"cluster_id", "members": [{"id", "node", "type", "title",
        "url"}], "reasons": [{"a", "b", "code", "params"}], "rules": [{"a", "b", "rule",
        "created_by", "note"}]}]}``; ``blocked``: the block rules (pairs kept apart), newest
        first.
    """
    from matching.store import ensure_schema, summaries

    conn = store.conn
    ensure_schema(conn)
    total = conn.execute("SELECT COUNT(DISTINCT cluster_id) FROM dup_clusters").fetchone()[0]
    rows = conn.execute(
        "SELECT cluster_id, COUNT(*) AS n FROM dup_clusters GROUP BY cluster_id"
        " ORDER BY n DESC, cluster_id LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    out = []
    for cid, _ in rows:
        ids = [r[0] for r in conn.execute(
            "SELECT record_id FROM dup_clusters WHERE cluster_id=? ORDER BY record_id", (cid,)
        )]  # fmt: skip
        q = ",".join("?" * len(ids))
        info = summaries(conn, ids, lang)
        reasons = [
            {"a": a, "b": b, **parse_reason(why)}
            for a, b, why in conn.execute(
                f"SELECT a, b, reason FROM dup_edges WHERE a IN ({q}) AND b IN ({q}) ORDER BY a, b",
                ids + ids,
            )
        ]
        rules = [
            {"a": a, "b": b, "rule": rule, "created_by": by, "note": note}
            for a, b, rule, by, note in conn.execute(
                f"SELECT a, b, rule, created_by, note FROM dup_rules WHERE a IN ({q})"
                f" OR b IN ({q}) ORDER BY a, b",
                ids + ids,
            )
        ]
        reasons += [
            {"a": r["a"], "b": r["b"], **parse_reason(ALLOWED)}
            for r in rules
            if r["rule"] == "allow"
        ]
        members = [
            {k: info[i].get(k) for k in ("id", "node", "type", "title", "url")}
            for i in ids
            if i in info
        ]
        out.append({"cluster_id": cid, "members": members, "reasons": reasons, "rules": rules})
    blocked = [
        {"a": a, "b": b, "created_by": by, "created_at": at, "note": note}
        for a, b, by, at, note in conn.execute(
            "SELECT a, b, created_by, created_at, note FROM dup_rules WHERE rule='block'"
            " ORDER BY created_at DESC, a, b LIMIT 200"
        )
    ]
    return {"total": total, "clusters": out, "blocked": blocked}


def _hit_dict(hit: Any) -> dict[str, Any]:
    from dataclasses import asdict, is_dataclass

    if is_dataclass(hit) and not isinstance(hit, type):
        return asdict(hit)
    return {"id": str(hit.id)}


def _hit_id(hit: Any) -> str:
    return str(hit["id"] if isinstance(hit, dict) else hit.id)


def collapse(hits: Sequence[Any], store: Any) -> list[dict[str, Any]]:
    """One hit per duplicate cluster, with "also published by ...".

    Keeps the first (best ranked) hit of each cluster, in order, and adds
    ``also_published_by``: the cluster's other records ``[{"id", "node"}]`` (whether they are
    on this page or not), and ``collapsed``: how many hits of this page it stands for.

    Args:
        hits: search hits, as dicts with an ``"id"`` (the API's JSON) or objects with ``.id``
            (``index.base.Hit``; they are turned into dicts with ``dataclasses.asdict``).
        store: the :class:`store.Store` (cluster look-ups only: one query per page).

    Example::

        for hit in collapse(result_json(result)["hits"], ctx.store):
            hit["also_published_by"]   # [{"id": "es-chm:oai:...:20", "node": "es-chm"}]
    """
    from matching.store import chunks, ensure_schema

    ensure_schema(store.conn)
    ids = [_hit_id(h) for h in hits]
    cluster: dict[str, str] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        q = ",".join("?" * len(part))
        cluster.update(
            store.conn.execute(
                f"SELECT record_id, cluster_id FROM dup_clusters WHERE record_id IN ({q})", part
            ).fetchall()
        )
    members: dict[str, list[tuple[str, str]]] = {}
    for part in chunks(sorted(set(cluster.values()))):
        q = ",".join("?" * len(part))
        for rid, cid, node in store.conn.execute(
            "SELECT c.record_id, c.cluster_id, r.node_id FROM dup_clusters c"
            f" JOIN records r ON r.id = c.record_id WHERE c.cluster_id IN ({q})"
            " AND r.deleted = 0 ORDER BY c.record_id",
            part,
        ):
            members.setdefault(cid, []).append((rid, node))
    out: list[dict[str, Any]] = []
    kept: dict[str, dict[str, Any]] = {}
    for hit, rid in zip(hits, ids, strict=True):
        cid = cluster.get(rid)
        if cid is not None and cid in kept:
            kept[cid]["collapsed"] += 1
            continue
        d = dict(hit) if isinstance(hit, dict) else _hit_dict(hit)
        d.setdefault("id", rid)
        others = [{"id": m, "node": n} for m, n in members.get(cid or "", []) if m != rid]
        d["also_published_by"] = others
        d["collapsed"] = 1
        if cid is not None:
            kept[cid] = d
        out.append(d)
    return out


def _words_alone(
    xs: set[str], other: set[str], mine: dict[str, list[str]], theirs: dict[str, list[str]]
) -> set[str]:
    """The words of ``xs`` that no word of ``other`` answers: not a cognate, sharing no sense
    (``mine`` and ``theirs``: each word's lexicon senses)."""
    return {
        w
        for w in xs
        if not any(
            cognate(w, v) or not set(mine.get(w, ())).isdisjoint(theirs.get(v, ())) for v in other
        )
    }


# ---- a translation anchored by a name ---------------------------------------------------------
NAME_MIN = 4
"""Letters a name must have to tie two titles in two languages (:func:`named_match`)."""


def _name_found(name: str, words: set[str]) -> bool:
    """Whether a title's name ("gonave", "ounianga", "volga") is said by one of another
    title's words in another language or script: the same word, one starting the other
    (five letters at least: "tubli" / "tublis"), 80 % alike ("volgi" / "volga",
    "kyzylagach" / "gizilagach") or its consonants in Arabic letters
    (:func:`matching.arabic.sounds_like`) or, four at least, in another Latin spelling
    ("Gizilagach" / "kyzylagach", read from "Кызылагач")."""
    return any(
        name == w
        or (min(len(name), len(w)) >= 5 and (name.startswith(w) or w.startswith(name)))
        or _alike(name, w, 0.8)
        or sounds_like(w, name)
        or (len(s := latin_skeleton(name)) >= 4 and w.isascii() and latin_skeleton(w) == s)
        for w in words
    )


def _own_names(mine: DupFeatures, theirs: DupFeatures) -> set[str]:
    """The names of ``mine``'s titles (:func:`proper_names`, Latin letters) that name a place,
    a site, a species or a body rather than a subject: no word of the vocabulary or of the
    lexicon (no sense), no country's name, no word of the title word list ("Programme"), and
    in a title written in capitals, a rare word of its record (:func:`content_features`:
    "Sheet" of "Ramsar Information Sheet" is none)."""
    from vocabulary.eligibility import country_tokens

    senses = mine.senses or {}
    countries = {_stem(t) for c in mine.places | theirs.places for t in country_tokens(c)}
    words = mine.words or {}
    return {
        n
        for lang, ns in (mine.names or {}).items()
        for n in ns
        if len(n) >= NAME_MIN
        and n[0] < "\u0370"
        and not senses.get(n)
        and n not in countries
        and n not in GENERIC
        and _word_group(n) is None
        # a title in capitals: only its rare words ("Sheet" of "Ramsar Information Sheet")
        and (2 * len(ns) < len(words.get(lang) or ()) or _rare_form(n) in mine.rare_set)
    }


def named_match(a: DupFeatures, b: DupFeatures) -> str | None:
    """Two records of one country, of one year when both are dated, whose titles in two
    languages (or scripts) name the same place, site, species or body ("Golfe de la Gonâve"
    / "Gulf of Gonâve", "بحيرات أونيانغا" / "lacs d'Ounianga", "Дельта реки Волги" / "Volga
    Delta") and otherwise say nothing apart: the same numbers, kinds of text and meeting
    documents, no creators apart, and no subject in each title that the other neither has
    nor names. A national node's translation whose words no list holds still carries its
    names (rule 14 of the module docstring)."""
    if set(a.titles) & set(b.titles) and not (_read_across(a) or _read_across(b)):
        return None  # one language: the other rules compare the words themselves
    if a.year is not None and b.year is not None and a.year != b.year:
        return None
    creators = _creators_agree(a, b)
    if creators is False or not (countries_of(a) & countries_of(b) or creators):
        return None  # one country's, or one body's
    na, nb = {x for x in a.signature if x[0] == "n"}, {x for x in b.signature if x[0] == "n"}
    if (na - nb and nb - na) or a.kinds != b.kinds:
        return None  # "phase I" is not "phase II" (a month read as a number is no conflict)
    ga, gb = _genres(a), _genres(b)
    if ga and gb and ga != gb:
        return None  # a site's sheet is not its management plan
    words_a = {w for ws in (a.words or {}).values() for w in ws}
    words_b = {w for ws in (b.words or {}).values() for w in ws}
    shared = {n for n in _own_names(a, b) if _name_found(n, words_b)}
    shared |= {n for n in _own_names(b, a) if _name_found(n, words_a)}
    if not shared or (a.day and b.day and a.day != b.day) or _months_apart(a, b):
        return None
    # the other words: those of substance (in Latin letters: a word the reading kept in its
    # script says nothing either way) mostly answered, and not each title a known word alone
    from vocabulary.eligibility import country_tokens

    places = {_stem(t) for c in countries_of(a) for t in country_tokens(c)}
    latin_a = {w for w in words_a if w.isascii() and w not in shared and w not in places}
    latin_b = {w for w in words_b if w.isascii() and w not in shared and w not in places}
    sa, sb = a.word_senses(True), b.word_senses(True)
    alone_a, alone_b = (
        _words_alone(latin_a, words_b, sa, sb),
        _words_alone(latin_b, words_a, sb, sa),
    )
    if _known_count(alone_a, sa) and _known_count(alone_b, sb):
        return None  # "huemul deer monitoring" / "control del visón americano"
    if len(alone_a) == len(latin_a) or len(alone_b) == len(latin_b):
        return None  # a name alone ("Socotra"): its reptiles are not its dragon's blood trees
    # a word the reading left in its script may answer one of the other title's words
    unread_a, unread_b = len(words_a - latin_a - shared), len(words_b - latin_b - shared)
    lone = max(0, len(alone_a) - unread_b) + max(0, len(alone_b) - unread_a)
    if 2 * lone > len(latin_a) + len(latin_b):
        return None
    ta = [x for x in a.signature if x[0] == "t"]
    tb = [x for x in b.signature if x[0] == "t"]
    if any(not _topic_fit(x, a, b) and _unnamed(x, a, b) for x in ta) and any(
        not _topic_fit(x, b, a) and _unnamed(x, b, a) for x in tb
    ):
        return None  # each says a subject of its own
    return encode_reason(
        "similar-content", words=sorted(shared)[:5], codes=[], year=a.year or b.year
    )


_MONTH_NAMES = (
    "january janvier enero janeiro",
    "february fevrier febrero fevereiro",
    "march mars marzo",  # not "marco" (Portuguese "março"): the Spanish for "framework"
    "april avril abril",
    "may mai mayo maio",
    "june juin junio junho",
    "july juillet julio julho",
    "august aout agosto",
    "september septembre septiembre setembro",
    "october octobre octubre outubro",
    "november novembre noviembre novembro",
    "december decembre diciembre dezembro",
)
_MONTH = {w: i for i, names in enumerate(_MONTH_NAMES, 1) for w in names.split()}
"""Month names (folded) in the languages of the titles and of their readings ("4月" and
"сентябрь" are read as *April*, *September*: :mod:`matching.scripts`)."""


def _months(f: DupFeatures) -> set[int]:
    return {m for ws in (f.titles or {}).values() for w in ws if (m := _MONTH.get(w))}


def _months_apart(a: DupFeatures, b: DupFeatures) -> bool:
    """Whether each title names a month and none in common: a centre's April workshop is
    not its October one ("…培训班（2026年4月，北京）" / "…, Beijing, 20-23 October 2026")."""
    ma, mb = _months(a), _months(b)
    return bool(ma and mb and ma.isdisjoint(mb))


def _read_across(f: DupFeatures) -> bool:
    """Whether a record's title was read word for word from another script: from Russian or
    Chinese (:attr:`DupFeatures.read`: compared under the tag "en"), or with words the
    reading kept in Arabic or Chinese letters."""
    return f.read or any(not w.isascii() for ws in (f.words or {}).values() for w in ws)


def name_sound_keys(f: DupFeatures) -> list[str]:
    """Blocking keys of the names a record's titles say, by their consonants
    (:func:`matching.arabic.sounds_like`), within each of its countries and over all years
    (``k|``): a title in Arabic letters whose words no list holds meets its translation
    through the names both say ("بحيرات أونيانغا" / "lacs d'Ounianga", "استكهولم" /
    "Stockholm"). Latin names are those its titles write with a capital (:func:`proper_names`);
    Arabic ones, the words its reading left in Arabic letters."""
    places = sorted(countries_of(f))
    if not places:
        return []
    sounds = {
        latin_skeleton(n)
        for ns in (f.names or {}).values()
        for n in ns
        if len(n) >= NAME_MIN and n.isascii() and n not in GENERIC and _word_group(n) is None
    }
    for ws in (f.words or {}).values():
        for w in ws:
            if is_arabic(w):
                sounds |= arabic_skeletons(w)
    return [f"k|{f.type}|{p}|{s}" for s in sorted(sounds) if len(s) >= SKELETON_MIN for p in places]
