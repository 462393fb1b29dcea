"""A match's reasons in plain words, in the reader's language (English, French, Spanish).

Where it sits: stored ``why`` (:mod:`matching.match`) -> **explain** -> API, page, CLI.
Concept and region labels come from the vocabulary in the reader's language; without one, the
concept's short id is shown. Languages other than en/fr/es fall back to English wording.

Example (English)::

    shares: mercury, training; covers: West Africa; offers training in French
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from typing import Any

from matching.features import VOCAB, short

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "shares": "shares",
        "covers": "covers",
        "offers": "offers",
        "asks": "asks for",
        "in": "in",
        "open": "open to every country",
        "unstated": "eligibility not stated",
        "eligible": "{country} is eligible",
        "by_name": "listed by name",
        "in_region": "in {region}",
        "group_in": "{group} in {region}",
        "sep": ": ",
        "funding": "funding",
        "training": "training",
        "expertise": "expertise",
        "equipment": "equipment",
        "and": "and",
    },
    "fr": {
        "shares": "en commun",
        "covers": "couvre",
        "offers": "propose",
        "asks": "demande",
        "in": "en",
        "open": "ouvert à tous les pays",
        "unstated": "éligibilité non précisée",
        "eligible": "{country} éligible",
        "by_name": "cité nommément",
        "in_region": "en {region}",
        "group_in": "{group} en {region}",
        "sep": " : ",
        "funding": "un financement",
        "training": "une formation",
        "expertise": "une expertise",
        "equipment": "des équipements",
        "and": "et",
    },
    "es": {
        "shares": "comparte",
        "covers": "cubre",
        "offers": "ofrece",
        "asks": "solicita",
        "in": "en",
        "open": "abierto a todos los países",
        "unstated": "elegibilidad no indicada",
        "eligible": "{country} es elegible",
        "by_name": "citado por su nombre",
        "in_region": "en {region}",
        "group_in": "{group} en {region}",
        "sep": ": ",
        "funding": "financiamiento",
        "training": "capacitación",
        "expertise": "asesoría",
        "equipment": "equipos",
        "and": "y",
    },
}
SHORT_SUPPORT: dict[str, dict[str, str]] = {
    "fr": {"funding": "financement", "training": "formation", "equipment": "équipements"},
}
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {"en": "English", "fr": "French", "es": "Spanish", "ar": "Arabic", "pt": "Portuguese",
           "ru": "Russian", "zh": "Chinese", "de": "German"},
    "fr": {"en": "anglais", "fr": "français", "es": "espagnol", "ar": "arabe", "pt": "portugais",
           "ru": "russe", "zh": "chinois", "de": "allemand"},
    "es": {"en": "inglés", "fr": "francés", "es": "español", "ar": "árabe", "pt": "portugués",
           "ru": "ruso", "zh": "chino", "de": "alemán"},
}  # fmt: skip


def _lang(lang: str | None) -> str:
    base = (lang or "en").split("-")[0].lower()
    return base if base in WORDS else "en"


@lru_cache(maxsize=4096)
def country_name(code: str, lang: str = "en") -> str:
    """A country's name in ``lang`` (pycountry and its translations), else the code."""
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=code)
        if c is None:
            return code
        name = str(getattr(c, "common_name", None) or c.name)
        if lang == "en":
            return name
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        return tr.gettext(str(c.name))
    except (ImportError, OSError, LookupError):
        return code


def concept_label(uri: str, lang: str, vocabulary: Any = None) -> str:
    """A concept's label in ``lang``; its short id (or the subject) without a vocabulary."""
    if uri.startswith("kw:"):
        return uri[3:]
    if vocabulary is not None:
        try:
            return str(vocabulary.label(uri, lang))
        except (KeyError, AttributeError):
            pass
    return short(uri).rsplit("/", 1)[-1].replace("-", " ")


def _place(value: str, lang: str, vocabulary: Any) -> str:
    return country_name(value, lang) if len(value) == 2 else concept_label(value, lang, vocabulary)


def _group_phrase(gid: str, lang: str) -> str:
    from vocabulary.eligibility import groups

    g = groups().get(gid)
    if g is None:
        return gid
    return g.singular.get(lang) or g.singular.get("en") or gid


def eligibility_phrase(eligible: dict[str, Any], lang: str = "en", vocabulary: Any = None) -> str:
    """Why an offer is open to a need's country, in words ("Ghana is eligible: a least
    developed country"; "Sénégal éligible : en Afrique occidentale"); "" when unknown."""
    lang = _lang(lang)
    w = WORDS[lang]
    via = eligible.get("via")
    if via == "all":
        return w["open"]
    if via == "unstated":
        return w["unstated"]
    country = eligible.get("country")
    if not via or not country or via == "unchecked":
        return ""
    head = w["eligible"].format(country=country_name(country, lang))
    parts = via.split("&")
    if via.startswith("c:"):
        reason = w["by_name"]
    elif len(parts) == 2 and parts[0].startswith("g:"):
        region = concept_label(VOCAB + parts[1][2:], lang, vocabulary)
        reason = w["group_in"].format(group=_group_phrase(parts[0][2:], lang), region=region)
    elif via.startswith("g:"):
        reason = _group_phrase(via[2:], lang)
    else:
        reason = w["in_region"].format(region=concept_label(VOCAB + via[2:], lang, vocabulary))
    return f"{head}{w['sep']}{reason}"


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {WORDS[lang]['and']} " + items[-1]


def explain(
    why: dict[str, Any], lang: str = "en", vocabulary: Any = None, asks: bool = False
) -> str:
    """Word a match's ``why`` for a reader of ``lang``.

    Args:
        why: the stored reasons (``shared``, ``support``, ``covers``, ``other_support``,
            ``other_languages``).
        lang: the reader's language.
        vocabulary: for concept and region labels (optional).
        asks: True when the matched record is a need (the reader looks at an offer).
    """
    lang = _lang(lang)
    w = WORDS[lang]
    short_support = SHORT_SUPPORT.get(lang, {})
    shared = [concept_label(u, lang, vocabulary) for u in why.get("shared", [])]
    shared += [short_support.get(s, w.get(s, s)) for s in why.get("support", [])]
    parts = []
    if shared:
        parts.append(f"{w['shares']}{w['sep']}{', '.join(dict.fromkeys(shared))}")
    eligible = why.get("eligible") or {}
    covers = [_place(c, lang, vocabulary) for c in why.get("covers", [])]
    stated = eligible.get("via") not in (None, "unstated", "unchecked")
    if stated:
        parts.append(eligibility_phrase(eligible, lang, vocabulary))
    elif covers:
        parts.append(f"{w['covers']}{w['sep']}{', '.join(covers)}")
    elif eligible.get("via") == "unstated" and why.get("parts", {}).get("place") == 0.5:
        parts.append(w["unstated"])
    kinds = [w.get(s, s) for s in why.get("other_support", [])]
    if kinds:
        langs = [LANGUAGE_NAMES[lang].get(x, x) for x in why.get("other_languages", [])]
        text = f"{w['asks'] if asks else w['offers']} {_join(kinds, lang)}"
        parts.append(text + (f" {w['in']} {_join(langs, lang)}" if langs else ""))
    sep = " ; " if lang == "fr" else "; "
    return sep.join(parts)
