# ruff: noqa: E501  (hand-written records: one record per line reads best)
"""A second held-out set of duplicate pairs and look-alikes, written by hand and labelled
before chm was run on it.

Why a second one: the first held-out pairs (``HELDOUT_PAIRS`` in tests/matching/assistance.py)
showed a wrong merge, and the duplicate rules were then changed while looking at them, so they
became development pairs. This file was written and committed **before** the changed rules (or
any evaluation code) were run on it; the commit that adds it comes before the commit that
measures it.

Provenance: written for chm in the style of the public pages of the CBD clearing-house
(national reports, NBSAPs, capacity-building needs and offers, the Bio-Bridge Initiative,
meetings), the Biosafety Clearing-House (guidance, national biosafety frameworks, projects,
meetings of the Compliance Committee), the Minamata Convention clearing-house (Minamata
Initial Assessments, ASGM national action plans, workshops), INFOCAP (chemicals and waste
needs and offers) and InforMEA (documents of several conventions), in English, French and
Spanish; some records are translations of each other published by two nodes (often the
national node without a country field). Countries, conventions, programmes and UN bodies are
real; the texts, dates and most organisations are written for this set. No text was copied.

Labelling criteria (written down with the records):

* ``SAME``: both records describe the same document, meeting, project, need or offer (the
  same edition, the same session, the same call), whatever the language or the node.
* Every other two records of this file are **different items**. ``NEAR_MISSES`` lists the
  look-alikes written on purpose (same programme another year or country, the next workshop of
  a series, a revised edition, a summary of a report, the next meeting, the same creator's
  other guidance of the same year); precision is also measured over all pairs of the file.
"""

from __future__ import annotations

from typing import Any


def _r(
    rid: str,
    node: str,
    rtype: str,
    lang: str,
    title: str,
    desc: str,
    date: str,
    countries: tuple[str, ...] = (),
    creators: tuple[str, ...] = (),
    identifiers: tuple[str, ...] = (),
    subjects: tuple[str, ...] = (),
) -> dict[str, Any]:
    return {
        "id": f"{node}:{rid}",
        "node": node,
        "source_id": rid,
        "type": rtype,
        "title": {lang: title},
        "description": {lang: desc},
        "subjects": list(subjects),
        "countries": list(countries),
        "languages": [lang],
        "date": date,
        "creators": list(creators),
        "identifiers": list(identifiers),
    }


SCBD = ("Secretariat of the Convention on Biological Diversity",)
FAO = ("Food and Agriculture Organization of the United Nations",)
UNEP = ("United Nations Environment Programme",)
MINAM_CO = ("Ministerio de Ambiente y Desarrollo Sostenible",)

RECORDS: list[dict[str, Any]] = [
    # 1 a national report and its translation (the national node states no country)
    _r("k01a", "cbd-chm", "document", "en", "Seventh national report of Colombia to the Convention on Biological Diversity", "Colombia's seventh national report on progress towards the Kunming-Montreal Global Biodiversity Framework targets.", "2024", ("CO",), MINAM_CO, subjects=("National reports",)),
    _r("k01b", "co-chm", "document", "es", "Séptimo informe nacional de Colombia al Convenio sobre la Diversidad Biológica", "Séptimo informe nacional sobre los avances hacia las metas del Marco Mundial de Biodiversidad de Kunming-Montreal.", "2024", (), MINAM_CO),
    _r("k01x", "ec-chm", "document", "es", "Séptimo informe nacional del Ecuador al Convenio sobre la Diversidad Biológica", "Séptimo informe nacional del Ecuador sobre la aplicación del Convenio.", "2024", (), ("Ministerio del Ambiente, Agua y Transición Ecológica",)),
    _r("k01y", "co-chm", "document", "es", "Sexto informe nacional de Colombia al Convenio sobre la Diversidad Biológica", "Sexto informe nacional de Colombia.", "2019", (), MINAM_CO),
    # 2 BCH guidance in a series, translated
    _r("k02a", "bch", "document", "en", "Guidance on the risk assessment of living modified plants with stacked genes or traits", "Voluntary guidance prepared by the Ad Hoc Technical Expert Group on Risk Assessment.", "2016", (), SCBD, subjects=("Risk assessment",)),
    _r("k02b", "bch-es", "document", "es", "Orientación sobre la evaluación del riesgo de plantas vivas modificadas con genes o rasgos apilados", "Orientación voluntaria preparada por el Grupo especial de expertos técnicos sobre evaluación del riesgo.", "2016", (), SCBD),
    _r("k02x", "bch", "document", "en", "Guidance on the risk assessment of living modified trees", "Voluntary guidance on the risk assessment of LM trees.", "2016", (), SCBD, subjects=("Risk assessment",)),
    _r("k02y", "bch-es", "document", "es", "Orientación sobre la evaluación del riesgo de plantas vivas modificadas tolerantes al estrés abiótico", "Orientación voluntaria sobre plantas vivas modificadas tolerantes a la sequía, la salinidad y el frío.", "2016", (), SCBD),
    # 3 Minamata Initial Assessments
    _r("k03a", "mercury-ch", "document", "en", "Minamata Initial Assessment report of Madagascar", "MIA report: national mercury inventory, legal and institutional assessment.", "2020", ("MG",), ("Ministère de l'Environnement et du Développement Durable",)),
    _r("k03b", "mg-chm", "document", "fr", "Rapport de l'évaluation initiale de Minamata de Madagascar", "Rapport de l'évaluation initiale (EIM) : inventaire national du mercure.", "2020", (), ()),
    _r("k03x", "mu-chm", "document", "fr", "Rapport de l'évaluation initiale de Minamata de Maurice", "Rapport de l'évaluation initiale de Minamata de la République de Maurice.", "2020", (), ()),
    # 4 a need published twice, the same language
    _r("k04a", "zm-chm", "need", "en", "Request for training on the environmentally sound management of used lead-acid batteries", "Zambia requests training for inspectors and recyclers on the environmentally sound management of used lead-acid batteries.\nType of support: training", "2024", ("ZM",), subjects=("Lead", "Hazardous waste")),
    _r("k04b", "infocap", "need", "en", "Training request: environmentally sound management of used lead-acid batteries (Zambia)", "Training of inspectors and informal recyclers on used lead-acid batteries.\nType of support: training", "2024", ("ZM",), subjects=("Lead",)),
    _r("k04x", "mw-chm", "need", "en", "Request for training on the environmentally sound management of used lead-acid batteries", "Malawi requests training for inspectors on the environmentally sound management of used lead-acid batteries.\nType of support: training", "2024", ("MW",), subjects=("Lead", "Hazardous waste")),
    # 5 an offer in two languages, and the course on the other protocol
    _r("k05a", "bch", "support-source", "en", "E-learning course on the Cartagena Protocol on Biosafety for customs officers", "Self-paced online course for customs and border officers on the identification and documentation of LMO shipments.\nType of support: training\nEligible countries: all Parties", "2023", (), SCBD),
    _r("k05b", "bch-fr", "support-source", "fr", "Cours en ligne sur le Protocole de Cartagena sur la prévention des risques biotechnologiques pour les agents des douanes", "Cours en ligne pour les agents des douanes sur l'identification et la documentation des expéditions d'OVM.\nType d'appui : formation\nPays éligibles : toutes les Parties", "2023", (), SCBD),
    _r("k05x", "cbd-chm", "support-source", "en", "E-learning course on the Nagoya Protocol on Access and Benefit-sharing for customs officers", "Online course on checkpoints and internationally recognized certificates of compliance.\nType of support: training", "2023", (), SCBD),
    # 6 a GEF project with its code in two forms, and the sister project
    _r("k06a", "infocap", "project", "en", "Reducing mercury use in artisanal and small-scale gold mining in Burkina Faso", "GEF project (GEF ID 9602) under the planetGOLD programme.", "2019", ("BF",), UNEP, ("gef:9602",)),
    _r("k06b", "bf-chm", "project", "fr", "Réduction de l'utilisation du mercure dans l'orpaillage au Burkina Faso", "Projet FEM (GEF-9602) du programme planetGOLD.", "2019", (), (), ("GEF-9602",)),
    _r("k06x", "infocap", "project", "en", "Reducing mercury use in artisanal and small-scale gold mining in Mali", "GEF project under the planetGOLD programme.", "2019", ("ML",), UNEP, ("gef:10569",)),
    # 7 regional workshops of one series (same year)
    _r("k07a", "cbd-chm", "event", "en", "Regional capacity-building workshop for Asia on updating national biodiversity strategies and action plans, Bangkok", "Workshop to support Parties in Asia in aligning their NBSAPs with the Kunming-Montreal Global Biodiversity Framework.", "2023", ("TH",), SCBD),
    _r("k07b", "th-chm", "event", "en", "Asia regional workshop on updating NBSAPs (Bangkok, 2023)", "Thailand hosted the regional workshop on NBSAP updating.", "2023", (), ()),
    _r("k07x", "cbd-chm", "event", "en", "Regional capacity-building workshop for Africa on updating national biodiversity strategies and action plans, Nairobi", "Workshop to support Parties in Africa in aligning their NBSAPs with the Kunming-Montreal Global Biodiversity Framework.", "2023", ("KE",), SCBD),
    _r("k07y", "cbd-chm-es", "event", "es", "Taller regional de creación de capacidad para América Latina y el Caribe sobre la actualización de las estrategias y planes de acción nacionales en materia de biodiversidad, Ciudad de Panamá", "Taller para apoyar a las Partes de la región en la actualización de sus EPANB.", "2023", ("PA",), SCBD),
    # 8 a report with a DOI, its translation, and its summary for policymakers
    _r("k08a", "informea", "document", "en", "Global Chemicals Outlook II: From Legacies to Innovative Solutions", "Second edition of the Global Chemicals Outlook, implementing the 2030 Agenda.", "2019", (), UNEP, ("https://doi.org/10.18356/b5d8a3b2-en",)),
    _r("k08b", "infocap", "document", "fr", "Perspectives mondiales en matière de produits chimiques II : de l'héritage aux solutions innovantes", "Deuxième édition des Perspectives mondiales en matière de produits chimiques.", "2019", (), UNEP, ("doi:10.18356/b5d8a3b2-en",)),
    _r("k08x", "informea", "document", "en", "Global Chemicals Outlook II: Summary for Policymakers", "Summary for policymakers of the second Global Chemicals Outlook.", "2019", (), UNEP),
    _r("k08y", "infocap", "document", "en", "Global Chemicals Outlook: Towards Sound Management of Chemicals", "The first Global Chemicals Outlook.", "2013", (), UNEP),
    # 9 an NBSAP in English and Spanish, and the next one
    _r("k09a", "cbd-chm", "national-profile", "en", "National Biodiversity Strategy to 2021 and Action Plan 2014-2018 of Peru", "Peru's NBSAP adopted by Supreme Decree 009-2014-MINAM.", "2014", ("PE",), ("Ministerio del Ambiente",)),
    _r("k09b", "pe-chm", "national-profile", "es", "Estrategia Nacional de Diversidad Biológica al 2021 y Plan de Acción 2014-2018 del Perú", "Aprobada por Decreto Supremo 009-2014-MINAM.", "2014", (), ("Ministerio del Ambiente",)),
    _r("k09x", "pe-chm", "national-profile", "es", "Estrategia Nacional de Diversidad Biológica al 2050 y Plan de Acción al 2030 del Perú", "Estrategia actualizada conforme al Marco Mundial de Biodiversidad.", "2024", (), ("Ministerio del Ambiente",)),
    # 10 national biosafety frameworks
    _r("k10a", "bch", "national-profile", "en", "National Biosafety Framework of Cambodia", "Framework developed under the UNEP-GEF project on the development of national biosafety frameworks.", "2004", ("KH",), ("Ministry of Environment",)),
    _r("k10b", "kh-chm", "national-profile", "en", "Cambodia national biosafety framework", "The national biosafety framework of the Kingdom of Cambodia.", "2004", (), ()),
    _r("k10x", "bch", "national-profile", "en", "National Biosafety Framework of the Lao People's Democratic Republic", "Framework developed under the UNEP-GEF project.", "2004", ("LA",), ("Science Technology and Environment Agency",)),
    # 11 a Stockholm NIP update, translated, and the first NIP
    _r("k11a", "infocap", "national-profile", "fr", "Plan national de mise en œuvre actualisé de la Convention de Stockholm sur les polluants organiques persistants : Bénin", "Mise à jour du plan national de mise en œuvre pour les nouveaux POP.", "2019", ("BJ",), ("Ministère du Cadre de Vie et du Développement Durable",)),
    _r("k11b", "informea", "national-profile", "en", "Updated national implementation plan for the Stockholm Convention on persistent organic pollutants: Benin", "Updated NIP covering the POPs listed since 2009.", "2019", (), ()),
    _r("k11x", "informea", "national-profile", "en", "National implementation plan for the Stockholm Convention on persistent organic pollutants: Benin", "Benin's first national implementation plan.", "2006", (), ()),
    # 12 a capacity need, translated by the CBD portal, and the same need of a neighbour
    _r("k12a", "cd-chm", "need", "fr", "Besoin de renforcement des capacités en taxonomie des plantes", "La République démocratique du Congo a besoin de former des taxonomistes pour l'inventaire de la flore.\nType d'appui : formation", "2024", ("CD",), subjects=("Taxonomie",)),
    _r("k12b", "cbd-chm", "need", "en", "Capacity-building need in plant taxonomy", "The Democratic Republic of the Congo needs to train taxonomists for its flora inventory.\nType of support: training", "2024", ("CD",), subjects=("Taxonomy",)),
    _r("k12x", "cg-chm", "need", "fr", "Besoin de renforcement des capacités en taxonomie des plantes", "Le Congo a besoin de former des botanistes taxonomistes.\nType d'appui : formation", "2024", ("CG",), subjects=("Taxonomie",)),
    # 13 the Bio-Bridge call, two languages, and the next year's call
    _r("k13a", "cbd-chm", "support-source", "en", "Bio-Bridge Initiative: call for proposals for technical and scientific cooperation", "The Bio-Bridge Initiative invites requests for technical and scientific cooperation.\nType of support: funding\nEligible countries: developing country Parties", "2022", (), SCBD),
    _r("k13b", "cbd-chm-es", "support-source", "es", "Iniciativa Bio-Bridge: convocatoria de propuestas de cooperación técnica y científica", "La Iniciativa Bio-Bridge invita a presentar solicitudes de cooperación técnica y científica.\nTipo de apoyo: financiación\nPaíses elegibles: países en desarrollo Partes", "2022", (), SCBD),
    _r("k13x", "cbd-chm", "support-source", "en", "Bio-Bridge Initiative: call for proposals for technical and scientific cooperation", "Second call: the Bio-Bridge Initiative invites requests.\nType of support: funding\nEligible countries: developing country Parties", "2023", (), SCBD),
    # 14 FAO guidelines, translated, and the same series' other volume
    _r("k14a", "infocap", "document", "en", "Guidelines for the preparation of national inventories of obsolete pesticides", "FAO guidelines on planning and carrying out an inventory of obsolete pesticide stocks.", "2019", (), FAO, subjects=("Obsolete pesticides",)),
    _r("k14b", "infocap-es", "document", "es", "Directrices para la preparación de inventarios nacionales de plaguicidas obsoletos", "Directrices de la FAO para planificar y realizar el inventario de existencias de plaguicidas obsoletos.", "2019", (), FAO),
    _r("k14x", "infocap", "document", "en", "Guidelines for the management of small quantities of unwanted and obsolete pesticides", "FAO guidelines for safeguarding small stocks of obsolete pesticides.", "2019", (), FAO, subjects=("Obsolete pesticides",)),
    # 15 a workshop of a series, its French page, the next workshop of the series
    _r("k15a", "mercury-ch", "event", "en", "Sub-regional workshop on ASGM national action plans for French-speaking Africa, Dakar", "Workshop for countries developing national action plans on artisanal and small-scale gold mining.", "2019", ("SN",), ()),
    _r("k15b", "sn-chm", "event", "fr", "Atelier sous-régional sur les plans d'action nationaux EMAPE pour l'Afrique francophone, Dakar", "Atelier pour les pays qui élaborent leur plan d'action national sur l'extraction minière artisanale et à petite échelle d'or.", "2019", (), ()),
    _r("k15x", "bf-chm", "event", "fr", "Atelier sous-régional sur les plans d'action nationaux EMAPE pour l'Afrique francophone, Ouagadougou", "Deuxième atelier de la série, à Ouagadougou.", "2019", (), ()),
    # 16 a biosafety project and the neighbour's
    _r("k16a", "bch", "project", "en", "Strengthening the national biosafety framework of Uganda", "Project to operationalise Uganda's national biosafety framework (2014-2018).", "2018", ("UG",), ("Uganda National Council for Science and Technology",)),
    _r("k16b", "ug-chm", "project", "en", "Project: strengthening Uganda's national biosafety framework", "Completed project of the national council for science and technology.", "2018", (), ()),
    _r("k16x", "bch", "project", "en", "Strengthening the national biosafety framework of Kenya", "Project to operationalise Kenya's national biosafety framework.", "2018", ("KE",), ("National Biosafety Authority",)),
    # 17 a case study translated, and the same study type elsewhere
    _r("k17a", "cbd-chm", "case-study", "en", "Community seed banks in Nepal: a case study", "How community seed banks conserve local crop varieties in Nepal.", "2020", ("NP",), ("LI-BIRD",)),
    _r("k17b", "cbd-chm-es", "case-study", "es", "Bancos comunitarios de semillas en Nepal: estudio de caso", "Cómo los bancos comunitarios de semillas conservan variedades locales en Nepal.", "2020", (), ("LI-BIRD",)),
    _r("k17x", "cbd-chm", "case-study", "en", "Community seed banks in Bhutan: a case study", "Community seed banks in the mountain districts of Bhutan.", "2020", ("BT",), ()),
    # 18 a need in Spanish and its English copy on INFOCAP; the neighbour's need
    _r("k18a", "gt-chm", "need", "es", "Solicitud de apoyo para la elaboración del plan nacional de gestión de bifenilos policlorados (PCB)", "Guatemala solicita asistencia técnica para elaborar su plan nacional de gestión de PCB.\nTipo de apoyo: asistencia técnica", "2024", ("GT",), subjects=("PCB",)),
    _r("k18b", "infocap", "need", "en", "Request for support to prepare a national PCB management plan (Guatemala)", "Guatemala requests technical assistance to prepare its national management plan for polychlorinated biphenyls.\nType of support: technical expertise", "2024", ("GT",), subjects=("PCBs",)),
    _r("k18x", "hn-chm", "need", "es", "Solicitud de apoyo para la elaboración del plan nacional de gestión de bifenilos policlorados (PCB)", "Honduras solicita asistencia técnica para su plan de gestión de PCB.\nTipo de apoyo: asistencia técnica", "2024", ("HN",), subjects=("PCB",)),
    # 19 mercury guidance, translated, and another mercury guide of the same year
    _r("k19a", "mercury-ch", "document", "en", "Guidance for identifying populations at risk from mercury exposure", "Guidance by UNEP and WHO for assessing exposure of vulnerable populations to mercury.", "2008", (), UNEP),
    _r("k19b", "informea", "document", "fr", "Guide pour l'identification des populations à risque d'exposition au mercure", "Guide du PNUE et de l'OMS pour évaluer l'exposition au mercure des populations vulnérables.", "2008", (), UNEP),
    _r("k19x", "mercury-ch", "document", "en", "Guide for reducing major uses and releases of mercury", "UNEP guide on reducing the main uses and releases of mercury.", "2008", (), UNEP),
    # 20 an outlook on two nodes (no identifiers), the previous edition, a related outlook
    _r("k20a", "cbd-chm", "document", "en", "Global Biodiversity Outlook 5", "The fifth edition of the flagship publication of the Convention on Biological Diversity.", "2020", (), SCBD),
    _r("k20b", "informea", "document", "en", "Global Biodiversity Outlook 5 (GBO-5)", "GBO-5 summarises the latest data on the status and trends of biodiversity.", "2020", (), SCBD),
    _r("k20x", "cbd-chm", "document", "en", "Global Biodiversity Outlook 4", "The fourth edition of the Global Biodiversity Outlook.", "2014", (), SCBD),
    _r("k20y", "informea", "document", "en", "Local Biodiversity Outlooks 2", "The contributions of indigenous peoples and local communities to the Strategic Plan for Biodiversity.", "2020", (), ("Forest Peoples Programme",)),
    # 21 a meeting in two languages, the next meeting, another body's meeting of the same number
    _r("k21a", "bch", "event", "en", "Twelfth meeting of the Compliance Committee under the Cartagena Protocol on Biosafety", "Meeting of the Compliance Committee, Montreal.", "2015", (), SCBD),
    _r("k21b", "bch-fr", "event", "fr", "Douzième réunion du Comité chargé du respect des obligations au titre du Protocole de Cartagena sur la prévention des risques biotechnologiques", "Réunion du Comité chargé du respect des obligations, Montréal.", "2015", (), SCBD),
    _r("k21x", "bch", "event", "en", "Thirteenth meeting of the Compliance Committee under the Cartagena Protocol on Biosafety", "Meeting of the Compliance Committee, Montreal.", "2016", (), SCBD),
    _r("k21y", "bch", "event", "en", "Twelfth meeting of the Liaison Group on Capacity-Building for Biosafety", "Meeting of the liaison group, Montreal.", "2015", (), SCBD),
    # 22 small grants offers of one programme in two regions
    _r("k22a", "cbd-chm", "support-source", "en", "Small grants for community-based biodiversity conservation in the Pacific", "Grants of up to USD 50,000 for community conservation projects.\nType of support: funding\nEligible countries: Pacific island countries", "2022", (), ("GEF Small Grants Programme",)),
    _r("k22b", "fj-chm", "support-source", "en", "Pacific community-based biodiversity conservation small grants", "Small grants for community conservation in Pacific island countries.\nType of support: funding", "2022", (), ()),
    _r("k22x", "cbd-chm", "support-source", "en", "Small grants for community-based biodiversity conservation in the Caribbean", "Grants of up to USD 50,000 for community conservation projects.\nType of support: funding\nEligible countries: Caribbean SIDS", "2022", (), ("GEF Small Grants Programme",)),
]  # fmt: skip

SAME: list[tuple[str, str]] = [
    ("cbd-chm:k01a", "co-chm:k01b"),
    ("bch:k02a", "bch-es:k02b"),
    ("mercury-ch:k03a", "mg-chm:k03b"),
    ("zm-chm:k04a", "infocap:k04b"),
    ("bch:k05a", "bch-fr:k05b"),
    ("infocap:k06a", "bf-chm:k06b"),
    ("cbd-chm:k07a", "th-chm:k07b"),
    ("informea:k08a", "infocap:k08b"),
    ("cbd-chm:k09a", "pe-chm:k09b"),
    ("bch:k10a", "kh-chm:k10b"),
    ("infocap:k11a", "informea:k11b"),
    ("cd-chm:k12a", "cbd-chm:k12b"),
    ("cbd-chm:k13a", "cbd-chm-es:k13b"),
    ("infocap:k14a", "infocap-es:k14b"),
    ("mercury-ch:k15a", "sn-chm:k15b"),
    ("bch:k16a", "ug-chm:k16b"),
    ("cbd-chm:k17a", "cbd-chm-es:k17b"),
    ("gt-chm:k18a", "infocap:k18b"),
    ("mercury-ch:k19a", "informea:k19b"),
    ("cbd-chm:k20a", "informea:k20b"),
    ("bch:k21a", "bch-fr:k21b"),
    ("cbd-chm:k22a", "fj-chm:k22b"),
]
"""The pairs that are one item (22)."""

NEAR_MISSES: list[tuple[str, str]] = [
    ("co-chm:k01b", "ec-chm:k01x"), ("cbd-chm:k01a", "ec-chm:k01x"), ("cbd-chm:k01a", "co-chm:k01y"),
    ("bch:k02a", "bch:k02x"), ("bch-es:k02b", "bch:k02x"), ("bch-es:k02b", "bch-es:k02y"), ("bch:k02a", "bch-es:k02y"),
    ("mercury-ch:k03a", "mu-chm:k03x"), ("mg-chm:k03b", "mu-chm:k03x"),
    ("zm-chm:k04a", "mw-chm:k04x"), ("infocap:k04b", "mw-chm:k04x"),
    ("bch:k05a", "cbd-chm:k05x"), ("bch-fr:k05b", "cbd-chm:k05x"),
    ("infocap:k06a", "infocap:k06x"), ("bf-chm:k06b", "infocap:k06x"),
    ("cbd-chm:k07a", "cbd-chm:k07x"), ("th-chm:k07b", "cbd-chm:k07x"), ("cbd-chm:k07a", "cbd-chm-es:k07y"), ("cbd-chm:k07x", "cbd-chm-es:k07y"),
    ("informea:k08a", "informea:k08x"), ("infocap:k08b", "informea:k08x"), ("informea:k08a", "infocap:k08y"), ("informea:k08x", "infocap:k08y"),
    ("cbd-chm:k09a", "pe-chm:k09x"), ("pe-chm:k09b", "pe-chm:k09x"),
    ("bch:k10a", "bch:k10x"), ("kh-chm:k10b", "bch:k10x"),
    ("infocap:k11a", "informea:k11x"), ("informea:k11b", "informea:k11x"),
    ("cd-chm:k12a", "cg-chm:k12x"), ("cbd-chm:k12b", "cg-chm:k12x"),
    ("cbd-chm:k13a", "cbd-chm:k13x"), ("cbd-chm-es:k13b", "cbd-chm:k13x"),
    ("infocap:k14a", "infocap:k14x"), ("infocap-es:k14b", "infocap:k14x"),
    ("mercury-ch:k15a", "bf-chm:k15x"), ("sn-chm:k15b", "bf-chm:k15x"),
    ("bch:k16a", "bch:k16x"), ("ug-chm:k16b", "bch:k16x"),
    ("cbd-chm:k17a", "cbd-chm:k17x"), ("cbd-chm-es:k17b", "cbd-chm:k17x"),
    ("gt-chm:k18a", "hn-chm:k18x"), ("infocap:k18b", "hn-chm:k18x"),
    ("mercury-ch:k19a", "mercury-ch:k19x"), ("informea:k19b", "mercury-ch:k19x"),
    ("cbd-chm:k20a", "cbd-chm:k20x"), ("informea:k20b", "cbd-chm:k20x"), ("cbd-chm:k20a", "informea:k20y"), ("informea:k20b", "informea:k20y"),
    ("bch:k21a", "bch:k21x"), ("bch-fr:k21b", "bch:k21x"), ("bch:k21a", "bch:k21y"), ("bch-fr:k21b", "bch:k21y"),
    ("cbd-chm:k22a", "cbd-chm:k22x"), ("fj-chm:k22b", "cbd-chm:k22x"),
]  # fmt: skip
"""Look-alikes written on purpose: different items (55 pairs)."""
