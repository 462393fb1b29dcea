"""Synthetic harvest corpus for the benchmarks, independent of ``demo/generator.py``.

Records vary the way clearing-house records do: titles of 3 to 22 words, descriptions from
none to ~300 words (a few very long), English, French or Spanish text (some records carry a
second-language title), 0 to 9 subjects drawn from environmental topics and from free
keywords, 1 to 4 creators, several record types, dates over 25 years. Text mixes common words
(drawn by rank, Zipf-like), topic phrases, country names and a long tail of rare words built
from each language's syllables (names, places, jargon: most words of a real abstract are
shared with few other records), so that records are not near-duplicates of each other. Nothing here
imports chm: the same records feed chm and the plain ceilings.

A pool of distinct records (``POOL``) is generated once; beyond it, record bodies repeat with
new identifiers (a 1M-record run reuses each body ten times), so the server that serves them
costs almost no CPU while the harvest is measured.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from itertools import accumulate
from xml.sax.saxutils import escape

POOL = 100_000
"""Distinct record bodies; larger runs reuse them with fresh identifiers."""

TOPICS = {
    "en": [
        "mercury", "pesticides", "persistent organic pollutants", "biodiversity", "hazardous waste",
        "e-waste", "artisanal gold mining", "air quality", "water pollution", "climate change",
        "biosafety", "living modified organisms", "ozone layer", "plastic waste", "lead in paint",
        "chemical safety", "wetlands", "protected areas", "invasive species", "soil contamination",
        "capacity building", "risk assessment", "national implementation plan", "marine litter",
    ],
    "fr": [
        "mercure", "pesticides", "polluants organiques persistants", "biodiversité",
        "déchets dangereux", "déchets électroniques", "orpaillage artisanal", "qualité de l'air",
        "pollution de l'eau", "changement climatique", "biosécurité", "organismes vivants modifiés",
        "couche d'ozone", "déchets plastiques", "plomb dans les peintures", "sécurité chimique",
        "zones humides", "aires protégées", "espèces envahissantes", "contamination des sols",
        "renforcement des capacités", "évaluation des risques", "déchets marins",
    ],
    "es": [
        "mercurio", "plaguicidas", "contaminantes orgánicos persistentes", "biodiversidad",
        "desechos peligrosos", "residuos electrónicos", "minería artesanal de oro",
        "calidad del aire", "contaminación del agua", "cambio climático", "bioseguridad",
        "organismos vivos modificados", "capa de ozono", "residuos plásticos", "plomo en pinturas",
        "seguridad química", "humedales", "áreas protegidas", "especies invasoras",
        "contaminación del suelo", "fortalecimiento de capacidades", "evaluación de riesgos",
    ],
}  # fmt: skip


def _words(text: str) -> list[str]:
    return text.split()


WORDS = {
    "en": _words(
        "the of and to in for on with a by from national regional report assessment project "
        "programme support training workshop guidance strategy data monitoring inventory survey "
        "results review management policy framework implementation community health exposure "
        "sources emissions reduction pilot study field laboratory analysis samples local "
        "government ministry partners network action plan phase evaluation lessons learned "
        "coastal urban rural small enterprises workers women children communities sector "
        "industry agriculture fisheries river basin watershed district province market trade "
        "import export customs legislation regulation standards methods tools database portal "
        "indicators baseline targets progress funding grant call proposals experts technical"
    ),
    "fr": _words(
        "le la les de des du et en pour sur avec par un une dans rapport évaluation projet "
        "programme appui formation atelier orientations stratégie données surveillance "
        "inventaire enquête résultats examen gestion politique cadre mise œuvre communauté "
        "santé exposition sources émissions réduction pilote étude terrain laboratoire analyse "
        "échantillons local gouvernement ministère partenaires réseau plan action phase leçons "
        "apprises côtier urbain rural petites entreprises travailleurs femmes enfants secteur "
        "industrie agriculture pêche bassin fleuve district province marché commerce "
        "importation douanes législation réglementation normes méthodes outils base portail "
        "indicateurs référence objectifs progrès financement subvention appel propositions "
        "experts techniques"
    ),
    "es": _words(
        "el la los las de del y en para sobre con por un una informe evaluación proyecto "
        "programa apoyo capacitación taller orientación estrategia datos monitoreo inventario "
        "encuesta resultados revisión gestión política marco implementación comunidad salud "
        "exposición fuentes emisiones reducción piloto estudio campo laboratorio análisis "
        "muestras local gobierno ministerio socios red plan acción fase lecciones aprendidas "
        "costero urbano rural pequeñas empresas trabajadores mujeres niños sector industria "
        "agricultura pesca cuenca río distrito provincia mercado comercio importación aduanas "
        "legislación reglamento normas métodos herramientas base portal indicadores línea "
        "objetivos avances financiación subvención convocatoria propuestas expertos técnicos"
    ),
}
COUNTRIES = {
    "en": ["Ghana", "Kenya", "India", "Philippines", "Jamaica", "Nigeria", "Viet Nam", "Fiji"],
    "fr": ["Sénégal", "Côte d'Ivoire", "Maroc", "Bénin", "Madagascar", "Haïti", "Cameroun"],
    "es": ["México", "Perú", "Colombia", "Chile", "Ecuador", "Guatemala", "Bolivia", "Cuba"],
}
TYPES = [
    "Text", "Report", "Project", "Dataset", "Event", "Guidance", "Training material",
    "Case study", "Technical report", "Article", "Offer of support", "Need", "Contact",
]  # fmt: skip
FAMILY = ["Diallo", "García", "Smith", "Nguyen", "Mensah", "Dubois", "Pérez", "Okafor", "Rossi"]
GIVEN = ["A.", "María", "John", "Fatou", "Luis", "Claire", "Kwame", "Ana", "Pierre", "Li"]
KEYWORDS = [
    "sampling", "guidelines", "toolkit", "baseline", "GIS", "mapping", "webinar", "survey",
    "inventory", "stakeholders", "gender", "SDG 12", "circular economy", "recycling",
]  # fmt: skip


@dataclass(frozen=True)
class Rec:
    """One synthetic record (plain data, rendered by the functions below)."""

    n: int
    lang: str
    titles: tuple[tuple[str, str], ...]  # (language, text)
    description: str
    subjects: tuple[str, ...]
    creators: tuple[str, ...]
    publisher: str
    type: str
    date: str
    country: str


SYLLABLES = {
    "en": "ba ter son ing ly ment al ex pro con ver dis tion ic ate ure ness ous er im port "
    "sta ble ry ward ham ford wick ton shire",
    "fr": "ma ti on eau ment re de sou char lle ville bourg ière eur é ai con pro ter gne "
    "ant ois eux ade ier que ré mon",
    "es": "ción mien to ra do la ri ca ne mar ga rro ble dad al pe que ño es tan ver so "
    "ja llo zón ura ero ito",
}


def _tail(lang: str) -> list[str]:
    """A long tail of rare words (names, places, jargon) built from the language's syllables:
    real abstracts are mostly words no other record uses."""
    rng = random.Random(f"tail-{lang}")
    syl = SYLLABLES[lang].split()
    words = {"".join(rng.choices(syl, k=rng.randint(2, 4))) for _ in range(40_000)}
    return sorted(words)


_TAIL = {lang: _tail(lang) for lang in SYLLABLES}
# common words are drawn by rank (Zipf: the r-th word about 1/r as often as the first)
_CUM = {lang: list(accumulate(1 / r for r in range(1, len(w) + 1))) for lang, w in WORDS.items()}


def _text(rng: random.Random, lang: str, words: int, topics: list[str]) -> str:
    vocab, tail, cum = WORDS[lang], _TAIL[lang], _CUM[lang]
    out: list[str] = []
    while len(out) < words:
        roll = rng.random()
        if roll < 0.08:
            out.extend(rng.choice(topics).split())
        elif roll < 0.10:
            out.append(rng.choice(COUNTRIES[lang]))
        elif roll < 0.45:
            out.append(rng.choice(tail))
        else:
            out.extend(rng.choices(vocab, cum_weights=cum, k=2))
    text = " ".join(out[:words])
    return text[:1].upper() + text[1:]


def make(n: int) -> Rec:
    """Record ``n`` of the corpus (deterministic)."""
    rng = random.Random(n * 7919 + 17)
    lang = rng.choices(("en", "fr", "es"), (5, 3, 3))[0]
    topics = TOPICS[lang]
    titles = [(lang, _text(rng, lang, rng.randint(3, 22), topics))]
    if rng.random() < 0.15:  # a translated title in a second language
        other = rng.choice([x for x in ("en", "fr", "es") if x != lang])
        titles.append((other, _text(rng, other, rng.randint(3, 15), TOPICS[other])))
    shape = rng.random()
    words = 0 if shape < 0.08 else rng.randint(300, 900) if shape > 0.97 else rng.randint(8, 300)
    subjects = rng.sample(topics, rng.randint(0, 4)) + rng.sample(KEYWORDS, rng.randint(0, 5))
    creators = tuple(f"{rng.choice(FAMILY)}, {rng.choice(GIVEN)}" for _ in range(rng.randint(1, 4)))
    return Rec(
        n=n,
        lang=lang,
        titles=tuple(titles),
        description=_text(rng, lang, words, topics) if words else "",
        subjects=tuple(subjects),
        creators=creators,
        publisher=f"{rng.choice(WORDS[lang][12:40]).title()} {rng.choice(COUNTRIES[lang])}",
        type=rng.choice(TYPES),
        date=f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        country=rng.choice(COUNTRIES[lang]),
    )


def oai_dc(r: Rec) -> str:
    """The record's ``oai_dc:dc`` element (without the OAI header)."""
    x = ['<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/">']  # fmt: skip
    for lang, title in r.titles:
        x.append(f'<dc:title xml:lang="{lang}">{escape(title)}</dc:title>')
    x.extend(f"<dc:creator>{escape(c)}</dc:creator>" for c in r.creators)
    x.extend(f"<dc:subject>{escape(s)}</dc:subject>" for s in r.subjects)
    if r.description:
        x.append(f"<dc:description>{escape(r.description)}</dc:description>")
    x.append(f"<dc:publisher>{escape(r.publisher)}</dc:publisher>")
    x.append(f"<dc:date>{r.date}</dc:date>")
    x.append(f"<dc:type>{escape(r.type)}</dc:type>")
    x.append(f"<dc:coverage>{escape(r.country)}</dc:coverage>")
    x.append(f"<dc:language>{r.lang}</dc:language>")
    x.append("<dc:identifier>https://chm.example.org/record/{ID}</dc:identifier>")
    x.append("</oai_dc:dc>")
    return "".join(x)


def ckan(r: Rec) -> dict[str, object]:
    """The record as a CKAN ``package_search`` result dict (``{ID}`` marks the identifier)."""
    return {
        "id": "{ID}",
        "name": "dataset-{ID}",
        "title": r.titles[0][1],
        "notes": r.description,
        "tags": [{"name": s, "display_name": s} for s in r.subjects],
        "author": "; ".join(r.creators),
        "organization": {"title": r.publisher, "name": r.publisher.lower().replace(" ", "-")},
        "metadata_created": f"{r.date}T00:00:00",
        "metadata_modified": "2026-01-01T00:00:00",
        "license_id": "cc-by",
        "url": "https://data.example.org/dataset/{ID}",
        "extras": [
            {"key": "language", "value": r.lang},
            {"key": "country", "value": r.country},
            {"key": "record_type", "value": r.type},
        ],
        "resources": [{"url": "https://data.example.org/files/{ID}.csv", "format": "CSV"}],
    }


def _lit(text: str, lang: str | None = None) -> str:
    quoted = json.dumps(text, ensure_ascii=False)
    return f"{quoted}@{lang}" if lang else quoted


def dcat(r: Rec) -> str:
    """The record as one ``dcat:Dataset`` in Turtle (``{ID}`` marks the identifier)."""
    uri = "<https://data.example.org/dataset/{ID}>"
    lines = [
        f"{uri} a dcat:Dataset ;",
        '  dct:identifier "ds-{ID}" ;',
        "  dct:title " + ", ".join(_lit(t, lang) for lang, t in r.titles) + " ;",
    ]
    if r.description:
        lines.append(f"  dct:description {_lit(r.description, r.lang)} ;")
    if r.subjects:
        lines.append("  dcat:keyword " + ", ".join(_lit(s, r.lang) for s in r.subjects) + " ;")
    lines += [
        f"  dct:spatial {_lit(r.country)} ;",
        f'  dct:issued "{r.date}" ;',
        f"  dct:type {_lit(r.type)} ;",
        f"  dcat:landingPage {uri} ;",
        f"  dct:publisher [ a foaf:Agent ; foaf:name {_lit(r.publisher)} ] .",
    ]
    return "\n".join(lines) + "\n"
