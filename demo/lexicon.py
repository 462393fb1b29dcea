"""Words the demo generator composes records from: countries, topics, conventions, people.

Part of the demo national nodes (``demo/``), upstream of everything: these tables feed
:mod:`demo.generator`, whose records the demo OAI-PMH servers publish and chm harvests.
Every table is keyed by language (``fr``, ``es``, ``en``) and lists that are used together
across languages are *aligned* (same index, same meaning), so a record can be rendered in a
second language by re-using the same choices.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGS: tuple[str, ...] = ("fr", "es", "en")


@dataclass(frozen=True)
class Country:
    """A country with its names and the preposition forms each language needs."""

    code: str  # ISO 3166-1 alpha-2
    code3: str  # ISO 3166-1 alpha-3
    region: str  # key into REGIONS
    city: str
    name: dict[str, str]
    in_form: dict[str, str]  # "au Sénégal", "en México", "in the Philippines"
    of_form: dict[str, str]  # "du Sénégal", "del Reino Unido", "of the Philippines"


_FR_IN = {"m": "au ", "f": "en ", "v": "en ", "mv": "en ", "pl": "aux ", "n": "à "}
_FR_OF = {"m": "du ", "f": "de la ", "v": "de l'", "mv": "de l'", "pl": "des ", "n": "de "}


def _country(
    code: str, code3: str, region: str, city: str, fr: tuple[str, str], es: str, en: str
) -> Country:
    """Build a Country; ``fr`` is (name, gender class), es/en names may start with an article."""
    fr_name, g = fr
    es_bare = es.removeprefix("el ").removeprefix("la ")
    es_of = "del " + es[3:] if es.startswith("el ") else "de " + es
    en_bare = en.removeprefix("the ")
    return Country(
        code=code,
        code3=code3,
        region=region,
        city=city,
        name={"fr": fr_name, "es": es_bare, "en": en_bare},
        in_form={"fr": _FR_IN[g] + fr_name, "es": "en " + es, "en": "in " + en},
        of_form={"fr": _FR_OF[g] + fr_name, "es": es_of, "en": "of " + en},
    )


_C = _country
COUNTRIES: dict[str, Country] = {
    c.code: c
    for c in (
        _C("SN", "SEN", "west-africa", "Dakar", ("Sénégal", "m"), "Senegal", "Senegal"),
        _C(
            "CI",
            "CIV",
            "west-africa",
            "Abidjan",
            ("Côte d'Ivoire", "f"),
            "Côte d'Ivoire",
            "Côte d'Ivoire",
        ),
        _C("ML", "MLI", "west-africa", "Bamako", ("Mali", "m"), "Malí", "Mali"),
        _C(
            "BF",
            "BFA",
            "west-africa",
            "Ouagadougou",
            ("Burkina Faso", "m"),
            "Burkina Faso",
            "Burkina Faso",
        ),
        _C("CM", "CMR", "central-africa", "Yaoundé", ("Cameroun", "m"), "Camerún", "Cameroon"),
        _C("BJ", "BEN", "west-africa", "Cotonou", ("Bénin", "m"), "Benín", "Benin"),
        _C("MA", "MAR", "north-africa", "Rabat", ("Maroc", "m"), "Marruecos", "Morocco"),
        _C("TN", "TUN", "north-africa", "Tunis", ("Tunisie", "f"), "Túnez", "Tunisia"),
        _C("FR", "FRA", "europe", "Paris", ("France", "f"), "Francia", "France"),
        _C(
            "MG",
            "MDG",
            "east-africa",
            "Antananarivo",
            ("Madagascar", "n"),
            "Madagascar",
            "Madagascar",
        ),
        _C("ES", "ESP", "europe", "Madrid", ("Espagne", "v"), "España", "Spain"),
        _C("MX", "MEX", "latin-america", "Ciudad de México", ("Mexique", "m"), "México", "Mexico"),
        _C("CO", "COL", "latin-america", "Bogotá", ("Colombie", "f"), "Colombia", "Colombia"),
        _C("PE", "PER", "latin-america", "Lima", ("Pérou", "m"), "Perú", "Peru"),
        _C("CL", "CHL", "latin-america", "Santiago", ("Chili", "m"), "Chile", "Chile"),
        _C(
            "AR",
            "ARG",
            "latin-america",
            "Buenos Aires",
            ("Argentine", "v"),
            "Argentina",
            "Argentina",
        ),
        _C("EC", "ECU", "latin-america", "Quito", ("Équateur", "mv"), "Ecuador", "Ecuador"),
        _C("BO", "BOL", "latin-america", "La Paz", ("Bolivie", "f"), "Bolivia", "Bolivia"),
        _C(
            "CR",
            "CRI",
            "latin-america",
            "San José",
            ("Costa Rica", "m"),
            "Costa Rica",
            "Costa Rica",
        ),
        _C(
            "GT",
            "GTM",
            "latin-america",
            "Ciudad de Guatemala",
            ("Guatemala", "m"),
            "Guatemala",
            "Guatemala",
        ),
        _C(
            "GB",
            "GBR",
            "europe",
            "London",
            ("Royaume-Uni", "m"),
            "el Reino Unido",
            "the United Kingdom",
        ),
        _C("GH", "GHA", "west-africa", "Accra", ("Ghana", "m"), "Ghana", "Ghana"),
        _C("KE", "KEN", "east-africa", "Nairobi", ("Kenya", "m"), "Kenia", "Kenya"),
        _C("NG", "NGA", "west-africa", "Abuja", ("Nigeria", "m"), "Nigeria", "Nigeria"),
        _C("IN", "IND", "south-asia", "New Delhi", ("Inde", "v"), "la India", "India"),
        _C(
            "PH",
            "PHL",
            "south-east-asia",
            "Manila",
            ("Philippines", "pl"),
            "Filipinas",
            "the Philippines",
        ),
        _C("JM", "JAM", "caribbean", "Kingston", ("Jamaïque", "f"), "Jamaica", "Jamaica"),
        _C(
            "ZA",
            "ZAF",
            "southern-africa",
            "Pretoria",
            ("Afrique du Sud", "v"),
            "Sudáfrica",
            "South Africa",
        ),
        _C("UG", "UGA", "east-africa", "Kampala", ("Ouganda", "mv"), "Uganda", "Uganda"),
        _C("BD", "BGD", "south-asia", "Dhaka", ("Bangladesh", "m"), "Bangladés", "Bangladesh"),
    )
}

# region key -> lang -> (name, "in" form)
REGIONS: dict[str, dict[str, tuple[str, str]]] = {
    "west-africa": {
        "fr": ("Afrique de l'Ouest", "en Afrique de l'Ouest"),
        "es": ("África Occidental", "en África Occidental"),
        "en": ("West Africa", "in West Africa"),
    },
    "central-africa": {
        "fr": ("Afrique centrale", "en Afrique centrale"),
        "es": ("África Central", "en África Central"),
        "en": ("Central Africa", "in Central Africa"),
    },
    "north-africa": {
        "fr": ("Afrique du Nord", "en Afrique du Nord"),
        "es": ("África del Norte", "en África del Norte"),
        "en": ("North Africa", "in North Africa"),
    },
    "east-africa": {
        "fr": ("Afrique de l'Est et océan Indien", "en Afrique de l'Est"),
        "es": ("África Oriental", "en África Oriental"),
        "en": ("East Africa", "in East Africa"),
    },
    "southern-africa": {
        "fr": ("Afrique australe", "en Afrique australe"),
        "es": ("África Austral", "en África Austral"),
        "en": ("Southern Africa", "in Southern Africa"),
    },
    "europe": {
        "fr": ("Europe", "en Europe"),
        "es": ("Europa", "en Europa"),
        "en": ("Europe", "in Europe"),
    },
    "latin-america": {
        "fr": ("Amérique latine", "en Amérique latine"),
        "es": ("América Latina", "en América Latina"),
        "en": ("Latin America", "in Latin America"),
    },
    "caribbean": {
        "fr": ("Caraïbes", "dans les Caraïbes"),
        "es": ("Caribe", "en el Caribe"),
        "en": ("Caribbean", "in the Caribbean"),
    },
    "south-asia": {
        "fr": ("Asie du Sud", "en Asie du Sud"),
        "es": ("Asia Meridional", "en Asia Meridional"),
        "en": ("South Asia", "in South Asia"),
    },
    "south-east-asia": {
        "fr": ("Asie du Sud-Est", "en Asie du Sud-Est"),
        "es": ("Sudeste Asiático", "en el Sudeste Asiático"),
        "en": ("South-East Asia", "in South-East Asia"),
    },
}

# convention key -> lang -> (name with article, "of" form used after a noun)
CONVENTIONS: dict[str, dict[str, tuple[str, str]]] = {
    "minamata": {
        "fr": ("la Convention de Minamata sur le mercure", "de la Convention de Minamata"),
        "es": ("el Convenio de Minamata sobre el Mercurio", "del Convenio de Minamata"),
        "en": ("the Minamata Convention on Mercury", "of the Minamata Convention"),
    },
    "stockholm": {
        "fr": ("la Convention de Stockholm", "de la Convention de Stockholm"),
        "es": ("el Convenio de Estocolmo", "del Convenio de Estocolmo"),
        "en": ("the Stockholm Convention", "of the Stockholm Convention"),
    },
    "rotterdam": {
        "fr": ("la Convention de Rotterdam", "de la Convention de Rotterdam"),
        "es": ("el Convenio de Rotterdam", "del Convenio de Rotterdam"),
        "en": ("the Rotterdam Convention", "of the Rotterdam Convention"),
    },
    "basel": {
        "fr": ("la Convention de Bâle", "de la Convention de Bâle"),
        "es": ("el Convenio de Basilea", "del Convenio de Basilea"),
        "en": ("the Basel Convention", "of the Basel Convention"),
    },
    "cartagena": {
        "fr": (
            "le Protocole de Cartagena sur la prévention des risques biotechnologiques",
            "du Protocole de Cartagena",
        ),
        "es": (
            "el Protocolo de Cartagena sobre Seguridad de la Biotecnología",
            "del Protocolo de Cartagena",
        ),
        "en": ("the Cartagena Protocol on Biosafety", "of the Cartagena Protocol"),
    },
    "nagoya": {
        "fr": ("le Protocole de Nagoya", "du Protocole de Nagoya"),
        "es": ("el Protocolo de Nagoya", "del Protocolo de Nagoya"),
        "en": ("the Nagoya Protocol", "of the Nagoya Protocol"),
    },
    "cbd": {
        "fr": (
            "la Convention sur la diversité biologique",
            "de la Convention sur la diversité biologique",
        ),
        "es": (
            "el Convenio sobre la Diversidad Biológica",
            "del Convenio sobre la Diversidad Biológica",
        ),
        "en": (
            "the Convention on Biological Diversity",
            "of the Convention on Biological Diversity",
        ),
    },
}


@dataclass(frozen=True)
class TopicText:
    """A topic in one language: ``the`` takes an article, ``bare`` does not."""

    the: str
    bare: str
    need: str  # what a country would ask for on this topic
    subjects: tuple[str, ...]  # free-text dc:subject values, noise included


@dataclass(frozen=True)
class Topic:
    """A clearing-house topic, its convention and its wording in each language."""

    key: str
    convention: str
    text: dict[str, TopicText]


def _t(the: str, bare: str, need: str, *subjects: str) -> TopicText:
    return TopicText(the, bare, need, subjects)


TOPICS: tuple[Topic, ...] = (
    Topic(
        "chemicals",
        "rotterdam",
        {
            "fr": _t(
                "la gestion rationnelle des produits chimiques",
                "gestion des produits chimiques",
                "mise en place d'un système national d'enregistrement des produits chimiques",
                "Produits chimiques -- gestion",
                "produits chimiques",
                "PRODUITS CHIMIQUES",
                "Gestion des produits chimiques",
                "SAICM",
            ),
            "es": _t(
                "la gestión racional de los productos químicos",
                "gestión de productos químicos",
                "creación de un registro nacional de sustancias químicas",
                "productos químicos",
                "Sustancias químicas -- gestión",
                "GESTIÓN DE QUÍMICOS",
                "químicos",
                "SAICM",
            ),
            "en": _t(
                "the sound management of chemicals",
                "chemicals management",
                "setting up a national chemicals registration system",
                "Chemicals -- management",
                "chemicals",
                "CHEMICALS",
                "Chemical safety",
                "SAICM",
            ),
        },
    ),
    Topic(
        "mercury",
        "minamata",
        {
            "fr": _t(
                "la gestion écologiquement rationnelle du mercure",
                "gestion du mercure",
                "inventaire des rejets de mercure",
                "mercure",
                "Mercure",
                "POPs; mercure",
                "Minamata",
                "métaux lourds",
            ),
            "es": _t(
                "la gestión ambientalmente racional del mercurio",
                "gestión del mercurio",
                "inventario de emisiones de mercurio",
                "mercurio",
                "Mercurio",
                "Convenio de Minamata",
                "metales pesados",
                "MERCURIO",
            ),
            "en": _t(
                "the environmentally sound management of mercury",
                "mercury management",
                "inventory of mercury releases",
                "mercury",
                "Mercury",
                "Minamata Convention",
                "heavy metals",
                "MERCURY",
            ),
        },
    ),
    Topic(
        "asgm",
        "minamata",
        {
            "fr": _t(
                "la réduction du mercure dans l'orpaillage artisanal",
                "mercure et orpaillage artisanal",
                "alternatives au mercure pour les orpailleurs",
                "orpaillage",
                "mercure",
                "Exploitation minière artisanale",
                "MERCURE",
            ),
            "es": _t(
                "la reducción del uso de mercurio en la minería aurífera artesanal",
                "mercurio en la minería artesanal",
                "alternativas al mercurio para mineros artesanales",
                "minería artesanal",
                "mercurio",
                "MAPE",
                "Minería aurífera -- mercurio",
            ),
            "en": _t(
                "reducing mercury use in artisanal and small-scale gold mining",
                "mercury in artisanal gold mining",
                "mercury-free alternatives for artisanal miners",
                "ASGM",
                "mercury",
                "artisanal mining",
                "Gold mining -- mercury",
            ),
        },
    ),
    Topic(
        "pops",
        "stockholm",
        {
            "fr": _t(
                "l'élimination des polluants organiques persistants (POP)",
                "polluants organiques persistants",
                "élimination des stocks de PCB",
                "POP",
                "POPs",
                "Polluants organiques persistants",
                "PCB",
                "Convention de Stockholm",
            ),
            "es": _t(
                "la eliminación de los contaminantes orgánicos persistentes (COP)",
                "contaminantes orgánicos persistentes",
                "eliminación de existencias de PCB",
                "COP",
                "COPs",
                "Contaminantes orgánicos persistentes",
                "PCB",
                "Convenio de Estocolmo",
            ),
            "en": _t(
                "the elimination of persistent organic pollutants (POPs)",
                "persistent organic pollutants",
                "disposal of PCB stockpiles",
                "POPs",
                "Persistent organic pollutants",
                "PCBs",
                "Stockholm Convention",
                "POPS",
            ),
        },
    ),
    Topic(
        "pesticides",
        "rotterdam",
        {
            "fr": _t(
                "la réduction des risques liés aux pesticides",
                "pesticides",
                "élimination des pesticides obsolètes",
                "pesticides",
                "Pesticides",
                "produits phytosanitaires",
                "PESTICIDES",
                "Pesticides -- risques",
            ),
            "es": _t(
                "la reducción de los riesgos de los plaguicidas",
                "plaguicidas",
                "eliminación de plaguicidas obsoletos",
                "plaguicidas",
                "Plaguicidas",
                "pesticidas",
                "agroquímicos",
                "PLAGUICIDAS",
            ),
            "en": _t(
                "pesticide risk reduction",
                "pesticide risk reduction",
                "disposal of obsolete pesticides",
                "pesticides",
                "Pesticides",
                "plant protection products",
                "Pesticides -- risk",
                "agrochemicals",
            ),
        },
    ),
    Topic(
        "industrial",
        "rotterdam",
        {
            "fr": _t(
                "le contrôle des produits chimiques industriels",
                "produits chimiques industriels",
                "inventaire des produits chimiques industriels",
                "produits chimiques industriels",
                "Industrie chimique",
                "Substances dangereuses",
            ),
            "es": _t(
                "el control de las sustancias químicas industriales",
                "sustancias químicas industriales",
                "inventario de sustancias químicas industriales",
                "químicos industriales",
                "Industria química",
                "sustancias peligrosas",
            ),
            "en": _t(
                "the control of industrial chemicals",
                "industrial chemicals",
                "inventory of industrial chemicals",
                "industrial chemicals",
                "Chemical industry",
                "hazardous substances",
            ),
        },
    ),
    Topic(
        "waste",
        "basel",
        {
            "fr": _t(
                "la gestion des déchets dangereux",
                "déchets dangereux",
                "traitement des déchets d'équipements électriques et électroniques",
                "déchets dangereux",
                "Déchets -- gestion",
                "DEEE",
                "Convention de Bâle",
            ),
            "es": _t(
                "la gestión de residuos peligrosos",
                "residuos peligrosos",
                "tratamiento de residuos de aparatos eléctricos y electrónicos",
                "residuos peligrosos",
                "Residuos -- gestión",
                "RAEE",
                "Convenio de Basilea",
            ),
            "en": _t(
                "hazardous waste management",
                "hazardous waste",
                "treatment of electronic waste",
                "hazardous waste",
                "Waste -- management",
                "e-waste",
                "Basel Convention",
            ),
        },
    ),
    Topic(
        "biosafety",
        "cartagena",
        {
            "fr": _t(
                "la biosécurité et les organismes vivants modifiés (OVM)",
                "biosécurité",
                "mise en place d'un cadre national de biosécurité",
                "BIOSÉCURITÉ",
                "biosécurité",
                "OVM",
                "Organismes vivants modifiés",
                "Prévention des risques biotechnologiques",
            ),
            "es": _t(
                "la seguridad de la biotecnología y los organismos vivos modificados (OVM)",
                "bioseguridad",
                "implementación de un marco nacional de bioseguridad",
                "bioseguridad",
                "BIOSEGURIDAD",
                "OVM",
                "Organismos vivos modificados",
                "Protocolo de Cartagena",
            ),
            "en": _t(
                "biosafety and living modified organisms (LMOs)",
                "biosafety",
                "setting up a national biosafety framework",
                "biosafety",
                "Biosafety",
                "LMOs",
                "Living modified organisms",
                "Cartagena Protocol",
            ),
        },
    ),
    Topic(
        "gmo-detection",
        "cartagena",
        {
            "fr": _t(
                "la détection des OGM dans les denrées alimentaires",
                "détection des OGM",
                "équipement PCR pour la détection des OGM",
                "OGM",
                "détection des OGM",
                "Organismes génétiquement modifiés",
                "biosécurité",
            ),
            "es": _t(
                "la detección de OGM en los alimentos",
                "detección de OGM",
                "equipos de PCR para la detección de OGM",
                "OGM",
                "transgénicos",
                "Organismos genéticamente modificados",
                "detección",
            ),
            "en": _t(
                "the detection of GMOs in food",
                "GMO detection",
                "PCR equipment for GMO detection",
                "GMOs",
                "GMO detection",
                "Genetically modified organisms",
                "detection",
            ),
        },
    ),
    Topic(
        "risk-assessment",
        "cartagena",
        {
            "fr": _t(
                "l'évaluation des risques des organismes vivants modifiés",
                "évaluation des risques",
                "formation en évaluation des risques des OVM",
                "évaluation des risques",
                "Évaluation des risques",
                "OVM",
                "biosécurité",
            ),
            "es": _t(
                "la evaluación de riesgos de organismos vivos modificados",
                "evaluación de riesgos",
                "capacitación en evaluación de riesgos de OVM",
                "evaluación de riesgos",
                "Evaluación del riesgo",
                "OVM",
                "bioseguridad",
            ),
            "en": _t(
                "risk assessment of living modified organisms",
                "risk assessment",
                "training in LMO risk assessment",
                "risk assessment",
                "Risk assessment",
                "LMOs",
                "biosafety",
            ),
        },
    ),
    Topic(
        "biodiversity",
        "cbd",
        {
            "fr": _t(
                "la conservation de la biodiversité",
                "biodiversité",
                "cartographie des zones de biodiversité",
                "biodiversité",
                "Biodiversité",
                "diversité biologique",
                "Conservation",
            ),
            "es": _t(
                "la conservación de la diversidad biológica",
                "diversidad biológica",
                "mapeo de zonas de biodiversidad",
                "biodiversidad",
                "Diversidad biológica",
                "conservación",
                "BIODIVERSIDAD",
            ),
            "en": _t(
                "biodiversity conservation",
                "biodiversity",
                "mapping of biodiversity areas",
                "biodiversity",
                "Biodiversity",
                "biological diversity",
                "Conservation",
            ),
        },
    ),
    Topic(
        "genetic-resources",
        "nagoya",
        {
            "fr": _t(
                "l'accès aux ressources génétiques et le partage des avantages (APA)",
                "ressources génétiques",
                "rédaction d'une réglementation nationale sur l'APA",
                "APA",
                "ressources génétiques",
                "Ressources génétiques -- accès",
                "Protocole de Nagoya",
            ),
            "es": _t(
                "el acceso a los recursos genéticos y la participación en los beneficios",
                "recursos genéticos",
                "elaboración de una normativa nacional de acceso",
                "recursos genéticos",
                "ABS",
                "Acceso y participación en los beneficios",
                "Protocolo de Nagoya",
            ),
            "en": _t(
                "access to genetic resources and benefit-sharing (ABS)",
                "genetic resources",
                "drafting national ABS regulations",
                "ABS",
                "genetic resources",
                "Access and benefit-sharing",
                "Nagoya Protocol",
            ),
        },
    ),
    Topic(
        "monitoring",
        "stockholm",
        {
            "fr": _t(
                "la surveillance des polluants dans l'environnement",
                "surveillance environnementale",
                "réseau de surveillance de la qualité de l'air",
                "surveillance",
                "Surveillance environnementale",
                "monitoring",
                "qualité de l'air",
            ),
            "es": _t(
                "el monitoreo de contaminantes en el medio ambiente",
                "monitoreo ambiental",
                "red de monitoreo de la calidad del aire",
                "monitoreo",
                "Vigilancia ambiental",
                "calidad del aire",
            ),
            "en": _t(
                "environmental monitoring of pollutants",
                "environmental monitoring",
                "an air quality monitoring network",
                "monitoring",
                "Environmental monitoring",
                "air quality",
            ),
        },
    ),
    Topic(
        "laboratory",
        "stockholm",
        {
            "fr": _t(
                "l'analyse en laboratoire des POP dans les aliments",
                "analyse en laboratoire des POP dans les aliments",
                "accréditation du laboratoire national d'analyse des POP",
                "laboratoire",
                "Analyses de laboratoire",
                "POPs",
                "sécurité sanitaire des aliments",
            ),
            "es": _t(
                "el análisis de laboratorio de COP en alimentos",
                "análisis de laboratorio de COP en alimentos",
                "acreditación del laboratorio nacional de análisis de COP",
                "laboratorio",
                "Análisis de laboratorio",
                "COP",
                "inocuidad de los alimentos",
            ),
            "en": _t(
                "laboratory analysis of POPs in food",
                "laboratory analysis of POPs in food",
                "accreditation of the national POPs laboratory",
                "laboratory",
                "Laboratory analysis",
                "POPs",
                "food safety",
            ),
        },
    ),
    Topic(
        "customs",
        "rotterdam",
        {
            "fr": _t(
                "la lutte contre le trafic illicite de produits chimiques aux frontières",
                "trafic illicite de produits chimiques",
                "détection des importations illégales de pesticides à la frontière",
                "douanes",
                "trafic illicite",
                "Commerce illicite -- produits chimiques",
                "contrôle aux frontières",
            ),
            "es": _t(
                "la lucha contra el tráfico ilícito de productos químicos en las fronteras",
                "tráfico ilícito de productos químicos",
                "detección de importaciones ilegales de plaguicidas en la frontera",
                "aduanas",
                "tráfico ilícito",
                "Comercio ilegal -- químicos",
                "control fronterizo",
            ),
            "en": _t(
                "combating illegal trade in chemicals at the border",
                "illegal trade in chemicals",
                "detection of illegal pesticide imports at the border",
                "customs",
                "illegal trade",
                "Illegal traffic -- chemicals",
                "border control",
            ),
        },
    ),
    Topic(
        "legislation",
        "rotterdam",
        {
            "fr": _t(
                "l'élaboration d'un cadre législatif et réglementaire",
                "législation et réglementation",
                "révision de la loi sur les produits chimiques",
                "législation",
                "Réglementation",
                "Droit de l'environnement",
                "LÉGISLATION",
            ),
            "es": _t(
                "la elaboración de un marco legislativo y reglamentario",
                "legislación y reglamentación",
                "revisión de la ley de sustancias químicas",
                "legislación",
                "Normativa",
                "Derecho ambiental",
                "LEGISLACIÓN",
            ),
            "en": _t(
                "developing a legislative and regulatory framework",
                "legislation and regulation",
                "review of the chemicals act",
                "legislation",
                "Regulation",
                "Environmental law",
                "LEGISLATION",
            ),
        },
    ),
    Topic(
        "awareness",
        "stockholm",
        {
            "fr": _t(
                "la sensibilisation du public aux risques chimiques",
                "sensibilisation du public",
                "campagne de sensibilisation dans les écoles",
                "sensibilisation",
                "Sensibilisation du public",
                "communication",
                "éducation environnementale",
            ),
            "es": _t(
                "la sensibilización del público sobre los riesgos químicos",
                "sensibilización",
                "campaña de sensibilización en las escuelas",
                "sensibilización",
                "Concienciación pública",
                "comunicación",
                "educación ambiental",
            ),
            "en": _t(
                "public awareness of chemical risks",
                "public awareness",
                "an awareness campaign in schools",
                "public awareness",
                "Awareness raising",
                "communication",
                "environmental education",
            ),
        },
    ),
    Topic(
        "technology-transfer",
        "stockholm",
        {
            "fr": _t(
                "le transfert de technologies propres",
                "transfert de technologie",
                "transfert de technologies sans mercure",
                "transfert de technologie",
                "Technologies propres",
                "Transfert de technologies",
            ),
            "es": _t(
                "la transferencia de tecnologías limpias",
                "transferencia de tecnología",
                "transferencia de tecnologías sin mercurio",
                "transferencia de tecnología",
                "Tecnologías limpias",
                "Transferencia tecnológica",
            ),
            "en": _t(
                "the transfer of clean technologies",
                "technology transfer",
                "transfer of mercury-free technologies",
                "technology transfer",
                "Clean technologies",
                "Technology Transfer",
            ),
        },
    ),
    Topic(
        "funding",
        "cbd",
        {
            "fr": _t(
                "la mobilisation des ressources financières",
                "financement",
                "cofinancement d'un projet national",
                "financement",
                "Mobilisation des ressources",
                "FEM",
                "Financement -- environnement",
            ),
            "es": _t(
                "la movilización de recursos financieros",
                "financiamiento",
                "cofinanciación de un proyecto nacional",
                "financiamiento",
                "financiación",
                "FMAM",
                "Movilización de recursos",
            ),
            "en": _t(
                "mobilising financial resources",
                "funding",
                "co-financing for a national project",
                "funding",
                "Resource mobilisation",
                "GEF",
                "Finance",
            ),
        },
    ),
)

# Cross-cutting subjects added by record type (free text, noise included).
CROSS_SUBJECTS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Renforcement des capacités",
        "renforcement des capacités",
        "Formation",
        "formation",
        "Assistance technique",
        "Coopération Sud-Sud",
    ),
    "es": (
        "Fortalecimiento de capacidades",
        "creación de capacidades",
        "Capacitación",
        "capacitación",
        "Asistencia técnica",
        "Cooperación Sur-Sur",
    ),
    "en": (
        "Capacity-building",
        "capacity building",
        "Training",
        "training",
        "Technical assistance",
        "South-South cooperation",
    ),
}

MONTHS: dict[str, tuple[str, ...]] = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

LANGUAGE_VALUES: dict[str, tuple[str, ...]] = {
    "fr": ("fre", "fr", "français", "fra", "fr", "French", "FR", "fre"),
    "es": ("spa", "es", "español", "Español", "es-ES", "spa", "es"),
    "en": ("eng", "en", "en-GB", "English", "EN", "eng", "en"),
}

TYPE_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "national-profile": ("Profil national", "Plan d'action national", "Profil de pays"),
        "need": ("Demande d'assistance", "Besoin", "Besoin d'appui"),
        "support-source": ("Offre d'appui", "Source d'appui", "Offre d'assistance"),
        "project": ("Projet", "projet", "Projet / Programme"),
        "document": ("Document d'orientation", "Manuel de formation", "Document", "Guide"),
        "contact-point": ("Point focal", "Point focal national", "Contact"),
        "organization": ("Organisation", "Institution", "Organisme"),
        "case-study": ("Étude de cas", "Bonne pratique", "Retour d'expérience"),
        "event": ("Événement", "Atelier", "Évènement"),
        "dataset": ("Jeu de données", "Données", "Base de données"),
    },
    "es": {
        "national-profile": ("Perfil nacional", "Plan de acción nacional", "Perfil de país"),
        "need": ("Solicitud de asistencia", "Necesidad", "Necesidad de apoyo"),
        "support-source": ("Oferta de apoyo", "Fuente de apoyo", "Oferta de asistencia"),
        "project": ("Proyecto", "proyecto", "Proyecto / Programa"),
        "document": ("Documento de orientación", "Manual de capacitación", "Documento", "Guía"),
        "contact-point": ("Punto focal", "Punto Focal Nacional", "Contacto"),
        "organization": ("Organización", "Institución", "Entidad"),
        "case-study": ("Estudio de caso", "Buenas prácticas", "Experiencia"),
        "event": ("Evento", "Taller", "evento"),
        "dataset": ("Conjunto de datos", "Datos", "Base de datos"),
    },
    "en": {
        "national-profile": ("National profile", "National action plan", "Country profile"),
        "need": ("Request for assistance", "Need", "Assistance request"),
        "support-source": ("Offer of assistance", "Support source", "Offer of support"),
        "project": ("Project", "project", "Project/Programme"),
        "document": ("Guidance document", "Training material", "Document", "Guidelines"),
        "contact-point": ("Focal point", "National Focal Point", "Contact"),
        "organization": ("Organization", "Organisation", "Institution"),
        "case-study": ("Case study", "Best practice", "Lessons learned"),
        "event": ("Event", "Workshop", "event"),
        "dataset": ("Dataset", "Data", "Database"),
    },
}

STATUS: dict[str, dict[str, tuple[str, str]]] = {
    # lang -> status -> (line prefix, value)
    "fr": {
        "completed": ("Statut : ", "achevé"),
        "ongoing": ("Statut : ", "en cours"),
        "planned": ("Statut : ", "prévu"),
    },
    "es": {
        "completed": ("Estado: ", "finalizado"),
        "ongoing": ("Estado: ", "en ejecución"),
        "planned": ("Estado: ", "planificado"),
    },
    "en": {
        "completed": ("Status: ", "completed"),
        "ongoing": ("Status: ", "ongoing"),
        "planned": ("Status: ", "planned"),
    },
}

SUPPORT_TYPES: dict[str, tuple[str, ...]] = {
    # aligned: training, expertise, funding, expertise, equipment (one per support template)
    "fr": ("formation", "expertise technique", "financement", "expertise", "équipement"),
    "es": ("capacitación", "asesoría técnica", "financiamiento", "asesoría", "equipos"),
    "en": ("training", "technical expertise", "funding", "expertise", "equipment"),
}

FUNDERS: dict[str, tuple[str, ...]] = {
    "fr": (
        "le Fonds pour l'environnement mondial (FEM)",
        "le PNUE",
        "la FAO",
        "l'ONUDI",
        "le Programme spécial du PNUE",
        "l'Union européenne",
        "l'Agence française de développement",
    ),
    "es": (
        "el Fondo para el Medio Ambiente Mundial (FMAM)",
        "el PNUMA",
        "la FAO",
        "la ONUDI",
        "el Programa Especial del PNUMA",
        "la Unión Europea",
        "la AECID",
    ),
    "en": (
        "the Global Environment Facility (GEF)",
        "UNEP",
        "FAO",
        "UNIDO",
        "the UNEP Special Programme",
        "the European Union",
        "the World Bank",
    ),
}
FUNDER_SHORT: tuple[str, ...] = ("GEF", "UNEP", "FAO", "UNIDO", "SP", "EU", "AFD")

ORGS: dict[str, tuple[str, ...]] = {
    # with their article, as used inside a sentence; names drop it (see generator)
    "fr": (
        "le Ministère de l'Environnement et du Développement durable {of_c}",
        "le Laboratoire national d'analyses {of_c}",
        "l'Agence nationale de biosécurité {of_c}",
        "le Comité national de gestion des produits chimiques {of_c}",
        "la Direction de la protection des végétaux {of_c}",
        "la Direction générale des douanes {of_c}",
    ),
    "es": (
        "el Ministerio de Ambiente y Desarrollo Sostenible {of_c}",
        "el Laboratorio Nacional de Análisis {of_c}",
        "la Agencia Nacional de Bioseguridad {of_c}",
        "el Comité Nacional de Gestión de Sustancias Químicas {of_c}",
        "el Servicio Nacional de Sanidad Vegetal {of_c}",
        "la Dirección General de Aduanas {of_c}",
    ),
    "en": (
        "the Ministry of Environment and Sustainable Development {of_c}",
        "the National Analytical Laboratory {of_c}",
        "the National Biosafety Authority {of_c}",
        "the National Chemicals Management Committee {of_c}",
        "the Plant Protection Service {of_c}",
        "the Customs Service {of_c}",
    ),
}

PEOPLE: dict[str, tuple[str, ...]] = {
    "fr": (
        "Diallo, Aminata",
        "Traoré, Moussa",
        "Koné, Awa",
        "Ndiaye, Ousmane",
        "Rakoto, Hery",
        "Benali, Karim",
        "Dupont, Claire",
        "Mbarga, Jean-Paul",
        "Ouédraogo, Salif",
        "Ben Salah, Leïla",
        "Houngbédji, Romuald",
        "Martin, Sophie",
    ),
    "es": (
        "García, María",
        "Rodríguez, Luis",
        "Quispe, Rosa",
        "Fernández, Carmen",
        "López Mendoza, Jorge",
        "Castillo, Ana Lucía",
        "Mamani, Juan Carlos",
        "Pérez, Gabriela",
        "Vargas, Andrés",
        "Morales Rojas, Patricia",
    ),
    "en": (
        "Mensah, Kwame",
        "Otieno, Grace",
        "Okafor, Chinedu",
        "Sharma, Priya",
        "Reyes, Maria",
        "Smith, John",
        "Campbell, Andre",
        "Nakato, Sarah",
        "Rahman, Farhana",
        "Naidoo, Thabo",
        "Evans, Rebecca",
    ),
}

ACTIVITIES: dict[str, tuple[str, ...]] = {
    "fr": (
        "formation des formateurs",
        "ateliers nationaux",
        "élaboration de guides techniques",
        "équipement de laboratoires",
        "campagnes de sensibilisation",
        "inventaires nationaux",
        "révision de la réglementation",
        "échanges d'expériences Sud-Sud",
    ),
    "es": (
        "formación de formadores",
        "talleres nacionales",
        "elaboración de guías técnicas",
        "equipamiento de laboratorios",
        "campañas de sensibilización",
        "inventarios nacionales",
        "revisión de la normativa",
        "intercambios de experiencias Sur-Sur",
    ),
    "en": (
        "training of trainers",
        "national workshops",
        "preparation of technical guidelines",
        "laboratory equipment",
        "awareness campaigns",
        "national inventories",
        "review of regulations",
        "South-South exchanges of experience",
    ),
}

AUDIENCES: dict[str, tuple[str, ...]] = {
    "fr": (
        "agents des douanes",
        "inspecteurs de l'environnement",
        "techniciens de laboratoire",
        "décideurs",
        "organisations de la société civile",
        "agents de vulgarisation agricole",
    ),
    "es": (
        "los funcionarios de aduanas",
        "los inspectores ambientales",
        "los técnicos de laboratorio",
        "los tomadores de decisiones",
        "las organizaciones de la sociedad civil",
        "los extensionistas agrícolas",
    ),
    "en": (
        "customs officers",
        "environmental inspectors",
        "laboratory technicians",
        "decision-makers",
        "civil society organisations",
        "agricultural extension workers",
    ),
}

RESULTS: dict[str, tuple[str, ...]] = {
    "fr": (
        "réduction de 40 % des stocks de pesticides obsolètes",
        "formation de 120 agents des douanes",
        "adoption d'un décret national",
        "création d'un laboratoire de référence",
        "sensibilisation de 15 000 personnes",
    ),
    "es": (
        "reducción del 40 % de las existencias de plaguicidas obsoletos",
        "capacitación de 120 funcionarios de aduanas",
        "adopción de un decreto nacional",
        "creación de un laboratorio de referencia",
        "sensibilización de 15 000 personas",
    ),
    "en": (
        "a 40% reduction in obsolete pesticide stocks",
        "training of 120 customs officers",
        "adoption of a national regulation",
        "creation of a reference laboratory",
        "awareness raised among 15,000 people",
    ),
}

RIGHTS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Libre accès",
        "CC BY 4.0",
        "Tous droits réservés",
        "Licence Ouverte / Open Licence",
        "Reproduction autorisée avec mention de la source",
    ),
    "es": (
        "Acceso abierto",
        "CC BY 4.0",
        "Todos los derechos reservados",
        "Se permite la reproducción citando la fuente",
    ),
    "en": (
        "Open access",
        "CC BY 4.0",
        "© Crown copyright",
        "All rights reserved",
        "Open Government Licence v3.0",
    ),
}

FORMATS: tuple[str, ...] = ("CSV", "XLSX", "PDF", "JSON", "ODS")
