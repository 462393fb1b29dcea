"""Small, realistic multilingual records for the index conformance suite, plus brute-force
answers (filters, facet counts, date order) computed from the records themselves."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from index.query import date_bounds, date_int
from mappings.record import Record

VOCAB = "https://chm.example.org/vocabulary/"
CHEMICALS = VOCAB + "chemicals"
MERCURY = VOCAB + "mercury"
PESTICIDES = VOCAB + "pesticides"
WASTE = VOCAB + "hazardous-waste"
POLLUTANTS = VOCAB + "pollutants"


def _rec(node: str, sid: str, **kw: object) -> Record:
    return Record(id=f"{node}:{sid}", node=node, source_id=sid, **kw)  # type: ignore[arg-type]


SAMPLES: tuple[Record, ...] = (
    _rec("fr-chm", "oai:chm.fr:1", type="project",
         title={"fr": "Gestion des produits chimiques dangereux"},
         description={"fr": "Projet national pour réduire l'exposition au mercure dans "
                            "l'orpaillage artisanal."},
         subjects=["produits chimiques", "mercure"], concepts=[CHEMICALS, MERCURY],
         countries=["FR", "SN"], languages=["fr"], date="2019-07-15"),
    _rec("fr-chm", "oai:chm.fr:2", type="document",
         title={"fr": "Guide de sécurité pour l'utilisation des pesticides",
                "en": "Safety guide for pesticide use"},
         description={"fr": "Bonnes pratiques de sécurité au travail avec un produit chimique "
                            "agricole."},
         subjects=["pesticides", "sécurité"], concepts=[PESTICIDES],
         countries=["FR"], languages=["fr", "en"], date="2020-03"),
    _rec("es-chm", "rec-1", type="project",
         title={"es": "Manejo de plaguicidas obsoletos"},
         description={"es": "Eliminación de existencias de plaguicidas en América Latina."},
         subjects=["plaguicidas"], concepts=[PESTICIDES, WASTE],
         countries=["ES", "MX"], regions=["latin-america"], languages=["es"], date="2018"),
    _rec("uk-chm", "doc-4", type="document",
         title={"en": "Mercury emissions from coal combustion"},
         description={"en": "A report on mercury released by coal power plants."},
         subjects=["mercury", "air pollution"], concepts=[MERCURY, POLLUTANTS],
         countries=["GB"], languages=["en"], date="2021-11-02"),
    _rec("ke-chm", "p5", type="project",
         title={"en": "Pesticide residue monitoring in drinking water"},
         description={"en": "Monitoring pesticides in rivers and wells."},
         subjects=["pesticides", "water"], concepts=[PESTICIDES],
         countries=["KE"], regions=["africa"], languages=["en"], date="2017-05-20"),
    _rec("sn-chm", "s6", type="support-source",
         title={"en": "Capacity building for chemicals & hazardous waste <management>"},
         description={"en": "Funding offer for national focal points."},
         subjects=["hazardous waste"], concepts=[WASTE], concepts_inferred=[CHEMICALS],
         countries=["SN"], regions=["africa"], languages=["en"], date="2022-01-10"),
    _rec("ca-chm", "c7", type="case-study",
         title={"fr-CA": "Évaluation des risques sanitaires liés au plomb"},
         description={"fr-CA": "Étude de cas sur les peintures au plomb dans les écoles."},
         subjects=["plomb"], countries=["CA"], languages=["fr"], date="2016"),
    _rec("uk-chm", "doc-8", type="document",
         title={"und": "Lead paint elimination toolkit"},
         subjects=["lead"], countries=["GB"], languages=["en"]),
    _rec("es-chm", "rec-9", type="dataset",
         title={"es": "Registro de emisiones y transferencia de contaminantes"},
         description={"es": "Datos anuales de emisiones industriales de mercurio."},
         subjects=["contaminantes"], concepts=[POLLUTANTS],
         countries=["CL"], regions=["latin-america"], languages=["es"], date="2023-06-30"),
    _rec("ke-chm", "e10", type="event",
         title={"en": "Workshop on the Minamata Convention"},
         concepts=[MERCURY], countries=["KE", "SN"], regions=["africa"],
         languages=["en"], date="2019-09-10"),
    _rec("br-chm", "b11", type="need",
         title={"pt": "Gestão de resíduos perigosos"},
         description={"pt": "Pedido de assistência técnica."},
         subjects=["resíduos perigosos"], concepts=[WASTE],
         countries=["BR"], regions=["latin-america"], languages=["pt"], date="2019-07"),
    _rec("fr-chm", "oai:chm.fr:12", type="document",
         title={"en": "Chemical safety in schools"},
         description={"en": "Training material on storing chemicals safely."},
         subjects=["chemical safety"], concepts=[CHEMICALS],
         countries=["FR"], languages=["en"], date="2019-07-15"),
)  # fmt: skip

BY_ID = {r.id: r for r in SAMPLES}


def field_values(record: Record, name: str) -> list[str]:
    """The values a facet field has for a record (what a brute-force count counts)."""
    values = {
        "type": [record.type],
        "country": record.countries,
        "region": record.regions,
        "language": record.languages,
        "concept": list(dict.fromkeys([*record.concepts, *record.concepts_inferred])),
        "node": [record.node],
        "year": [str(record.year)] if record.year is not None else [],
    }
    return values[name]


def ids_where(pred: Callable[[Record], bool], records: Iterable[Record] = SAMPLES) -> set[str]:
    """Ids of the records matching ``pred``."""
    return {r.id for r in records if pred(r)}


def facet_counts(records: Iterable[Record], name: str) -> dict[str, int]:
    """Brute-force facet counts for ``name``."""
    counts: Counter[str] = Counter()
    for record in records:
        counts.update(set(field_values(record, name)))
    return dict(counts)


def date_key(record: Record) -> int | None:
    """yyyymmdd of the first day a record's date covers, or None."""
    bounds = date_bounds(record.date) if record.date else None
    return date_int(bounds[0]) if bounds else None


ANALYSIS: tuple[Record, ...] = (
    _rec("gb-chm", "an-1", type="document", title={"en": "Clear skies over dying wetlands"},
         languages=["en"]),
    _rec("es-chm", "an-2", type="document", title={"es": "Contaminación de los suelos"},
         description={"es": "Calidad de los aires interiores"}, languages=["es"]),
    _rec("fr-chm", "an-3", type="document", title={"fr": "Rapport annuel"},
         subjects=["couche d'ozone", "e_waste", "covid-19", "version 3.5"], languages=["fr"]),
)  # fmt: skip
"""Records whose words only match when a backend analyses text as tantivy does: Snowball
stemmers (Porter2 for English), words split at every character that is not a letter or a
digit (apostrophes, underscores, hyphens, decimal points)."""
