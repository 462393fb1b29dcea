# ruff: noqa: E501  (hand-written records: one record per line reads best)
"""A ninth held-out set of duplicate pairs and look-alikes, written by hand and labelled
before chm was run on it.

Why a ninth one: the eighth set (tests/matching/duplicates_heldout8.py) was measured once as
held out, and the duplicate rules are being changed while looking at sets 1-8, so none of
those is held out any more. This file was written and committed **alone**, before the next
changes to the rules, by someone who did not write the duplicate rules, did not run chm's
duplicate detection (nor the evaluators, nor ``chm match``) on it and did not look at what chm
gives for it; only its own construction was run (the records build, the labels name existing
records). It is to be measured once, after those changes, and not tuned on.

Provenance: written for chm in the style of the public pages of the CBD clearing-house
(national reports, needs and offers of capacity-building, calls for proposals, projects, case
studies, national focal points, national CHM workshops), the Biosafety Clearing-House (LMO
records, countries' decisions and risk assessments, national reports under the Cartagena
Protocol, focal points, country profiles, training materials, subregional detection
workshops), the ABS Clearing-House (needs), the Minamata Convention clearing-house (country
profiles, national reports under Article 21), the Basel, Rotterdam and Stockholm Conventions
through INFOCAP and the conventions' own sites (annual national reports, import responses,
technical guidelines, guidance, training series, needs, national POPs workshops, the DDT
assessment), InforMEA and the UNEP document repository (assessments and regional reports with
DOIs or handles), the Ramsar Convention (Standing Committee documents), regional bodies (the
ASEAN Centre for Biodiversity, SPREP, the Amazon Cooperation Treaty Organization, ROPME, the
Nairobi Convention), funds and training centres (KOICA, FFEM, the GBFF, the Belgian GTI,
CATIE, the University of Havana) and national clearing-house nodes, in English, French,
Spanish, Portuguese and Arabic. The countries are mostly ones the earlier sets do not use
(Tonga, Lebanon, Nicaragua, Namibia, Djibouti, Angola, Cuba, Papua New Guinea, Oman,
Bangladesh, the Philippines, Belize, Equatorial Guinea, Timor-Leste, Iraq, the Central African
Republic, Tuvalu...). About half of the items are one record harvested from two nodes in one
language (other identifiers and landing pages; one copy without date or country; the creator
as an acronym or short name on one copy; a DOI, handle, GEF number or document symbol on one
copy only; a title with or without its subtitle, series prefix or country; capitals, missing
accents, Angolan against Brazilian spelling, an Arabic diacritic); the other half are official
translations across languages (three items in three languages), the national copy often
without a country field. Countries, conventions, bodies, funds, programmes, LMO events and
chemicals are real; titles, texts, dates, identifiers, URLs and most names of units are
written for this set. No text was copied from the pages or from the earlier sets.

Labelling criteria (as in the earlier sets):

* ``SAME``: both records describe the same document (the same edition, version, issue or
  reporting year), meeting or workshop (the same session), project (the same phase), need
  (the same request of the same country), offer (the same call, round, intake or course
  edition), case, country profile or focal point (the same role of the same country), in any
  language, on any node, under any identifier.
* Every other two records of this file are **different items**; ``NEAR_MISSES`` lists the
  look-alikes written on purpose (the records whose identifier ends in x, y or z, against each
  copy of the item they imitate): the same programme, call or course in another year or
  country; the next or previous workshop of a series and another region's; a revised, draft,
  pilot or earlier edition, or the next number of a series; a regional against a national
  version; a second phase; a meeting's report against its provisional agenda and its list of
  participants and the previous meeting's report; a national report of another reporting
  cycle; the same template filled by another country (identical titles in four cases, twice
  with neither copy carrying a country field); a summary of a report; a country's decision
  against the risk assessment of the same event; two different needs of one country on one
  topic; a focal point for another role or another clearing-house; a register's project
  against the register's first report.

``SAME`` is closed under transitivity (an item in three languages gives three pairs).
"""

from __future__ import annotations

from typing import Any

from tests.matching.duplicates_heldout4 import _r

SCBD = ("Secretariat of the Convention on Biological Diversity",)
UNEP = ("United Nations Environment Programme",)
UNDP = ("United Nations Development Programme",)
BRS = ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",)
MINAMATA = ("Secretariat of the Minamata Convention on Mercury",)

RECORDS: list[dict[str, Any]] = [
    # 1 a seagrass need reworded by the national node (neither date nor country); the neighbour's need with the same title; the same country's other need
    _r("v01a", "cbd-chm", "need", "en", "Support for a national seagrass monitoring programme", "Tonga seeks technical support to set up permanent seagrass transects around Tongatapu and Vava'u and to train fisheries officers to survey them.\nType of support: technical assistance", "2024", ("TO",)),
    _r("v01b", "to-chm", "need", "en", "Seagrass meadows of Tonga: monitoring help requested", "The Department of Environment asks for expertise to establish long-term survey sites in the seagrass beds of Tongatapu and Vava'u and to train local staff to revisit them every year.\nType of support: technical assistance", None, ()),
    _r("v01x", "cbd-chm", "need", "en", "Support for a national seagrass monitoring programme", "Solomon Islands seeks support to map and monitor the seagrass beds of Western Province and Marovo Lagoon.\nType of support: technical assistance", "2024", ("SB",)),
    _r("v01y", "cbd-chm", "need", "en", "Support for a national coral reef health survey", "Tonga seeks support to repeat its reef health survey after the 2022 eruption and tsunami.\nType of support: technical assistance", "2024", ("TO",)),
    # 2 a Basel annual report, the national copy by a short title without country (ministry by a short name); the previous year's report; the neighbour's report of the same year
    _r("v02a", "infocap-fr", "document", "fr", "Rapport national du Liban au titre de la Convention de Bâle pour l'année 2022", "Données sur la production, l'importation et l'exportation de déchets dangereux et d'autres déchets en 2022, transmises au Secrétariat.", "2023-12-15", ("LB",), ("Ministère de l'Environnement",)),
    _r("v02b", "lb-chm", "document", "fr", "Convention de Bâle – rapport national 2022", "Rapport annuel du Liban sur les mouvements transfrontières de déchets dangereux, année de référence 2022.", "2023", (), ("MoE Liban",)),
    _r("v02x", "lb-chm", "document", "fr", "Convention de Bâle – rapport national 2021", "Rapport annuel du Liban sur les mouvements transfrontières de déchets dangereux, année de référence 2021.", "2022", (), ("MoE Liban",)),
    _r("v02y", "infocap-fr", "document", "fr", "Rapport national de Djibouti au titre de la Convention de Bâle pour l'année 2022", "Données de Djibouti sur la production et les mouvements de déchets dangereux en 2022.", "2023-11-30", ("DJ",), ("Direction de l'Environnement et du Développement Durable",)),
    # 3 a pesticides need, the national copy reworded with an acronym, no date, no country; the neighbour's need with the same title; the same country's other need on the same pesticides
    _r("v03a", "infocap-es", "need", "es", "Solicitud de apoyo para el inventario nacional de plaguicidas altamente peligrosos", "Nicaragua solicita asistencia técnica para identificar los plaguicidas altamente peligrosos registrados y usados en el país y priorizar su sustitución.\nTipo de apoyo: asistencia técnica", "2024", ("NI",)),
    _r("v03b", "ni-chm", "need", "es", "Inventario nacional de plaguicidas altamente peligrosos (PAP): se busca apoyo", "El MARENA busca apoyo técnico para elaborar el inventario de los PAP registrados y en uso, con miras a su eliminación progresiva.\nTipo de apoyo: asistencia técnica", None, ()),
    _r("v03x", "infocap-es", "need", "es", "Solicitud de apoyo para el inventario nacional de plaguicidas altamente peligrosos", "Cuba solicita asistencia para inventariar los plaguicidas altamente peligrosos que aún se usan en el tabaco y el arroz.\nTipo de apoyo: asistencia técnica", "2024", ("CU",)),
    _r("v03y", "infocap-es", "need", "es", "Solicitud de apoyo para promover alternativas agroecológicas a los plaguicidas altamente peligrosos", "Nicaragua solicita formación de extensionistas en manejo integrado de plagas para sustituir los plaguicidas altamente peligrosos.\nTipo de apoyo: formación", "2024", ("NI",)),
    # 4 a report with a DOI and a handle on the repository copy only, the other node's copy with its own URL and the creator by a unit's acronym; the earlier report of the same series; the summary
    _r("v04a", "unep-docs", "document", "en", "Sand and Sustainability: 10 Strategic Recommendations to Avert a Crisis", "Recommendations for governing the extraction and use of sand as a strategic resource, prepared by the GRID-Geneva team.", "2022", (), UNEP, ("doi:10.59117/20.500.11822/38362", "https://wedocs.example.org/handle/20.500.11822/38362")),
    _r("v04b", "informea", "document", "en", "Sand and sustainability – 10 strategic recommendations to avert a crisis", "UNEP report on sand as a strategic resource: ten recommendations on extraction, use and governance.", "2022-04-26", (), ("UNEP/GRID-Geneva",), ("https://www.informea.example.org/en/sand-sustainability-2022",)),
    _r("v04x", "unep-docs", "document", "en", "Sand and Sustainability: Finding New Solutions for Environmental Governance of Global Sand Resources", "The first report of the series on sand extraction and its governance.", "2019", (), UNEP, ("hdl:20.500.11822/28163", "https://wedocs.example.org/handle/20.500.11822/28163")),
    _r("v04y", "unep-docs", "document", "en", "Sand and Sustainability: 10 Strategic Recommendations to Avert a Crisis – Summary for Policymakers", "The ten recommendations in four pages.", "2022", (), UNEP, ("hdl:20.500.11822/38363",)),
    # 5 a detection workshop of a series, the host country's copy reworded with neither date nor country; the region's previous workshop; another region's workshop of the same year
    _r("v05a", "bch", "event", "en", "Subregional workshop on the detection and identification of living modified organisms for SADC countries, Windhoek, 2024", "Laboratory training for analysts of the Southern African Development Community on sampling and PCR-based detection of LMOs.", "2024-08-12", ("NA",), SCBD),
    _r("v05b", "na-chm", "event", "en", "LMO detection training for Southern Africa (Windhoek)", "The National Commission on Research, Science and Technology hosted laboratory analysts from SADC Member States for a week of hands-on detection training.", None, ()),
    _r("v05x", "bch", "event", "en", "Subregional workshop on the detection and identification of living modified organisms for SADC countries, Gaborone, 2022", "The previous workshop of the series, for the same subregion.", "2022-05-16", ("BW",), SCBD),
    _r("v05y", "bch", "event", "en", "Subregional workshop on the detection and identification of living modified organisms for Pacific Island countries, Nuku'alofa, 2024", "Laboratory training for analysts of the Pacific Island countries.", "2024-10-07", ("TO",), SCBD),
    # 6 a Standing Committee report, the other node's copy by the meeting's acronym without date (the secretariat written two ways); its provisional agenda; its list of participants; the previous meeting's report
    _r("v06a", "ramsar", "document", "en", "Report of the 64th meeting of the Standing Committee", "Decisions and summary of the proceedings of the 64th meeting of the Standing Committee of the Convention on Wetlands, Gland, September 2024.", "2024", (), ("Secretariat of the Convention on Wetlands",)),
    _r("v06b", "informea", "document", "en", "SC64 report – Ramsar Convention Standing Committee", "Report of the sixty-fourth meeting of the Standing Committee of the Convention on Wetlands (Ramsar, Iran, 1971).", None, (), ("Ramsar Convention Secretariat",)),
    _r("v06x", "ramsar", "document", "en", "Provisional agenda of the 64th meeting of the Standing Committee", "The items proposed for the meeting in Gland.", "2024", (), ("Secretariat of the Convention on Wetlands",)),
    _r("v06y", "ramsar", "document", "en", "List of participants: 64th meeting of the Standing Committee", "Members, observers and invited organizations registered in Gland.", "2024", (), ("Secretariat of the Convention on Wetlands",)),
    _r("v06z", "ramsar", "document", "en", "Report of the 63rd meeting of the Standing Committee", "Decisions and summary of the proceedings of the 63rd meeting.", "2023", (), ("Secretariat of the Convention on Wetlands",)),
    # 7 a BCH focal point, the national copy by the French acronym, no date, no country; the same country's focal point for the Protocol (another role); the neighbour's BCH focal point
    _r("v07a", "bch-fr", "contact-point", "fr", "Correspondant national du Centre d'échange pour la prévention des risques biotechnologiques : Djibouti", "Coordonnées du correspondant national du CEPRB à la Direction de l'Environnement et du Développement Durable.", "2023", ("DJ",)),
    _r("v07b", "dj-chm", "contact-point", "fr", "Point focal national CEPRB (Djibouti)", "Le correspondant de Djibouti pour le Centre d'échange sur la biosécurité, à contacter pour toute publication.", None, ()),
    _r("v07x", "bch-fr", "contact-point", "fr", "Correspondant national pour le Protocole de Cartagena sur la prévention des risques biotechnologiques : Djibouti", "Coordonnées du correspondant national pour le Protocole.", "2023", ("DJ",)),
    _r("v07y", "bch-fr", "contact-point", "fr", "Correspondant national du Centre d'échange pour la prévention des risques biotechnologiques : République centrafricaine", "Coordonnées du correspondant national du CEPRB à Bangui.", "2023", ("CF",)),
    # 8 a forest project on the CBD portal (GEF number) and on the national node in Angolan spelling ("Projecto"), no country, UNDP by its Portuguese acronym; the neighbour's project; the second phase
    _r("v08a", "cbd-chm", "project", "pt", "Gestão sustentável das florestas de miombo no sul de Angola", "Projeto financiado pelo GEF para reduzir a desflorestação e a degradação das florestas de miombo nas províncias do Cuando Cubango e do Cunene.", "2022", ("AO",), ("Programa das Nações Unidas para o Desenvolvimento",), ("gef:10781",)),
    _r("v08b", "ao-chm", "project", "pt", "Projecto de Gestão Sustentável das Florestas de Miombo (Sul de Angola)", "O Ministério do Ambiente executa, com o PNUD, um projecto para travar a desflorestação do miombo no Cuando Cubango e no Cunene.", "2022", (), ("PNUD",)),
    _r("v08x", "cbd-chm", "project", "pt", "Gestão sustentável das florestas de miombo no norte de Moçambique", "Projeto do GEF nas províncias de Niassa e Cabo Delgado.", "2021", ("MZ",), ("Programa das Nações Unidas para o Desenvolvimento",)),
    _r("v08y", "ao-chm", "project", "pt", "Projecto de Gestão Sustentável das Florestas de Miombo (Sul de Angola) – fase II", "A segunda fase, alargada à província do Moxico.", "2026", (), ("PNUD",)),
    # 9 a country's decision on the BCH and on the national node in capitals without accents (no country, the centre by its acronym); the risk assessment of the same event; the same country's decision on another crop
    _r("v09a", "bch-es", "document", "es", "Decisión del país: maíz genéticamente modificado FR-Bt1 para liberación comercial (Cuba)", "Cuba autoriza el cultivo del maíz FR-Bt1, resistente a la palomilla del maíz, tras la evaluación del riesgo.", "2023", ("CU",), ("Centro Nacional de Seguridad Biológica",)),
    _r("v09b", "cu-chm", "document", "es", "DECISION SOBRE EL MAIZ GENETICAMENTE MODIFICADO FR-BT1", "Resolucion del Centro Nacional de Seguridad Biologica que autoriza la liberacion comercial del maiz FR-Bt1.", "2023", (), ("CNSB",)),
    _r("v09x", "bch-es", "document", "es", "Evaluación del riesgo: maíz genéticamente modificado FR-Bt1 para liberación comercial (Cuba)", "Evaluación del riesgo del maíz FR-Bt1 presentada al Centro Nacional de Seguridad Biológica.", "2022", ("CU",), ("Centro Nacional de Seguridad Biológica",)),
    _r("v09y", "bch-es", "document", "es", "Decisión del país: soya genéticamente modificada tolerante al glifosato para liberación comercial (Cuba)", "Cuba autoriza el cultivo de una soya tolerante al glifosato.", "2023", ("CU",), ("Centro Nacional de Seguridad Biológica",)),
    # 10 a fellowship offer on the CBD portal and relayed by a regional centre (the agency by its acronym and in full); the previous intake; the same agency's course for another region
    _r("v10a", "cbd-chm", "support-source", "en", "KOICA fellowship programme 2025: protected area management for ASEAN Member States", "A four-week course in the Republic of Korea for protected area managers of ASEAN countries.\nType of support: training\nEligible countries: ASEAN Member States", "2025", ("KR",), ("KOICA",)),
    _r("v10b", "acb-chm", "support-source", "en", "Korea International Cooperation Agency – Fellowship on Protected Area Management, 2025 intake", "The ASEAN Centre for Biodiversity relays the call: four weeks in Korea for park managers from ASEAN Member States; nominations through national focal points.\nType of support: training", "2025-02-03", (), ("Korea International Cooperation Agency",)),
    _r("v10x", "cbd-chm", "support-source", "en", "KOICA fellowship programme 2024: protected area management for ASEAN Member States", "The 2024 intake of the four-week course.\nType of support: training", "2024", ("KR",), ("KOICA",)),
    _r("v10y", "cbd-chm", "support-source", "en", "KOICA fellowship programme 2025: wetland management for African countries", "A three-week course in the Republic of Korea for wetland managers from Africa.\nType of support: training\nEligible countries: African countries", "2025", ("KR",), ("KOICA",)),
    # 11 a protected-area project with its GEF number on the portal copy only, the national node's short name without date or country; the neighbour's project; the same country's other protected-area project
    _r("v11a", "cbd-chm", "project", "en", "Strengthening the management effectiveness of Papua New Guinea's protected area network", "GEF-7 project with the Conservation and Environment Protection Authority to improve the management of national parks and wildlife management areas.", "2021", ("PG",), UNDP, ("gef:10622",)),
    _r("v11b", "pg-chm", "project", "en", "PNG Protected Areas Project (GEF-7)", "CEPA and UNDP are working with landowner communities to improve how PNG's parks and wildlife management areas are run.", None, (), ("CEPA", "UNDP")),
    _r("v11x", "cbd-chm", "project", "en", "Strengthening the management effectiveness of Solomon Islands' protected area network", "GEF project with the Ministry of Environment, Climate Change, Disaster Management and Meteorology.", "2022", ("SB",), UNDP),
    _r("v11y", "pg-chm", "project", "en", "PNG Sustainable Financing of Protected Areas Project", "CEPA and UNDP set up a biodiversity trust fund for the protected areas.", "2023", (), ("CEPA", "UNDP")),
    # 12 a seventh national report in Arabic on two nodes (the country with and without its diacritic, no country field on one); the previous report; the neighbour's seventh report
    _r("v12a", "cbd-chm-ar", "document", "ar", "التقرير الوطني السابع لسلطنة عُمان إلى اتفاقية التنوع البيولوجي", "يعرض التقرير التقدم الذي أحرزته سلطنة عُمان نحو أهدافها الوطنية المتوافقة مع إطار كونمينغ-مونتريال العالمي للتنوع البيولوجي.", "2026", ("OM",), ("هيئة البيئة",)),
    _r("v12b", "om-chm", "document", "ar", "التقرير الوطني السابع للتنوع البيولوجي - عمان", "التقرير الوطني السابع المقدم من هيئة البيئة حول تنفيذ اتفاقية التنوع البيولوجي.", "2026", (), ("هيئة البيئة - سلطنة عمان",)),
    _r("v12x", "om-chm", "document", "ar", "التقرير الوطني السادس للتنوع البيولوجي - عمان", "التقرير الوطني السادس حول أهداف أيتشي للتنوع البيولوجي.", "2019", (), ("هيئة البيئة - سلطنة عمان",)),
    _r("v12y", "cbd-chm-ar", "document", "ar", "التقرير الوطني السابع للجمهورية اليمنية إلى اتفاقية التنوع البيولوجي", "يعرض التقرير التقدم الذي أحرزته الجمهورية اليمنية نحو أهدافها الوطنية.", "2026", ("YE",), ("الهيئة العامة لحماية البيئة",)),
    # 13 a training manual with its series prefix on one copy only (the secretariat written two ways); the next number of the series; the second edition of the same manual
    _r("v13a", "infocap", "document", "en", "BRS Training Series No. 4: Inspecting shipments of hazardous chemicals and wastes at ports", "A trainer's manual for customs and port inspectors: the documents to check, sampling, and what to do with an illegal shipment.", "2023", (), BRS),
    _r("v13b", "synergies", "document", "en", "Inspecting shipments of hazardous chemicals and wastes at ports", "Training manual for customs officers and port authorities on inspecting shipments under the Basel, Rotterdam and Stockholm conventions.", "2023", (), ("BRS Secretariat",)),
    _r("v13x", "infocap", "document", "en", "BRS Training Series No. 5: Inspecting shipments of hazardous chemicals and wastes at land borders", "The manual for inspectors at road and rail border posts.", "2024", (), BRS),
    _r("v13y", "infocap", "document", "en", "BRS Training Series No. 4: Inspecting shipments of hazardous chemicals and wastes at ports (second edition)", "The revised manual, with the amendments to the Basel annexes on plastic waste and e-waste.", "2025", (), BRS),
    # 14 a case study on the portal and on the national node in capitals with the local name (no country); the neighbour's floating gardens; the same node's other wetland case
    _r("v14a", "cbd-chm", "case-study", "en", "Floating gardens: growing vegetables on water in the wetlands of Bangladesh", "In Gopalganj and Barisal, farmers build rafts of water hyacinth to grow vegetables through the monsoon floods.", "2021", ("BD",)),
    _r("v14b", "bd-chm", "case-study", "en", "FLOATING GARDENS (BAIRA) OF GOPALGANJ AND BARISAL", "Farmers in the flood-prone south grow vegetables on rafts of water hyacinth, locally called baira, all through the monsoon.", "2021", ()),
    _r("v14x", "cbd-chm", "case-study", "en", "Floating gardens on Inle Lake, Myanmar", "Intha farmers grow tomatoes on floating beds anchored with bamboo poles.", "2021", ("MM",)),
    _r("v14y", "bd-chm", "case-study", "en", "Community-based fish sanctuaries in the haors of Bangladesh", "Villages protect deep pools of the seasonal wetlands of the north-east as dry-season refuges for fish.", "2021", ()),
    # 15 a course offer on the portal and on the centre's own node without accents (the centre by its acronym, no country); last year's course; the centre's other course of the same year
    _r("v15a", "cbd-chm-es", "support-source", "es", "Curso regional de identificación de murciélagos de Centroamérica, 2025", "El CATIE ofrece un curso de dos semanas en Turrialba sobre captura, identificación y monitoreo acústico de murciélagos.\nTipo de apoyo: formación\nPaíses elegibles: Centroamérica", "2025", ("CR",), ("Centro Agronómico Tropical de Investigación y Enseñanza",)),
    _r("v15b", "catie", "support-source", "es", "Curso Regional: Identificacion de Murcielagos de Centro America (edicion 2025)", "Dos semanas en Turrialba: captura con redes de niebla, claves de identificacion y grabacion de ultrasonidos.\nTipo de apoyo: formacion", "2025-03-10", (), ("CATIE",)),
    _r("v15x", "catie", "support-source", "es", "Curso Regional: Identificacion de Murcielagos de Centro America (edicion 2024)", "La edicion 2024 del curso en Turrialba.\nTipo de apoyo: formacion", "2024-03-04", (), ("CATIE",)),
    _r("v15y", "cbd-chm-es", "support-source", "es", "Curso regional de identificación de anfibios de Centroamérica, 2025", "El CATIE ofrece un curso sobre identificación de ranas y salamandras y el monitoreo de la quitridiomicosis.\nTipo de apoyo: formación", "2025", ("CR",), ("Centro Agronómico Tropical de Investigación y Enseñanza",)),
    # 16 an import response on INFOCAP and on the national node under the chemical's name first (no date, no country, the authority by its acronym); the same country's response for another chemical; the neighbour's response for the same chemical
    _r("v16a", "infocap", "document", "en", "Import response: phorate (Philippines)", "Final decision of the Philippines on future imports of phorate, listed in Annex III of the Rotterdam Convention: no consent to import.", "2024", ("PH",), ("Fertilizer and Pesticide Authority",)),
    _r("v16b", "ph-chm", "document", "en", "Phorate – Import Response (Philippines)", "The FPA's response on future imports of phorate under the prior informed consent procedure.", None, (), ("FPA",)),
    _r("v16x", "infocap", "document", "en", "Import response: trichlorfon (Philippines)", "Final decision of the Philippines on future imports of trichlorfon: consent under conditions.", "2024", ("PH",), ("Fertilizer and Pesticide Authority",)),
    _r("v16y", "infocap", "document", "en", "Import response: phorate (Indonesia)", "Final decision of Indonesia on future imports of phorate.", "2024", ("ID",), ("Ministry of Agriculture",)),
    # 17 a call for proposals on the portal and on the fund's node (title reordered, the fund by its acronym, no country); last year's call; the same fund's other call of the same year
    _r("v17a", "cbd-chm-fr", "support-source", "fr", "Programme de Petites Initiatives du FFEM : appel à projets 2025", "Le Fonds français pour l'environnement mondial soutient des projets d'organisations de la société civile d'Afrique de l'Ouest et du Centre pour la biodiversité et le climat.\nType d'appui : financement\nPays éligibles : pays d'Afrique de l'Ouest et du Centre", "2025", ("FR",), ("Fonds français pour l'environnement mondial",)),
    _r("v17b", "ffem", "support-source", "fr", "Appel à projets 2025 du PPI (Programme de petites initiatives)", "Les OSC africaines peuvent déposer leurs notes d'intention jusqu'au 30 mai.\nType d'appui : financement", "2025-02-14", (), ("FFEM",)),
    _r("v17x", "ffem", "support-source", "fr", "Appel à projets 2024 du PPI (Programme de petites initiatives)", "Les notes d'intention de l'édition 2024.\nType d'appui : financement", "2024-02-12", (), ("FFEM",)),
    _r("v17y", "cbd-chm-fr", "support-source", "fr", "Programme de Petites Initiatives du FFEM : appel à projets 2025 pour les îles de l'océan Indien", "Un appel distinct pour les OSC des Comores, de Madagascar, de Maurice et des Seychelles.\nType d'appui : financement", "2025", ("FR",), ("Fonds français pour l'environnement mondial",)),
    # 18 an ABS need on the portal and on the ABS clearing-house (no country field, the text names the country); the same country's other ABS need; the neighbour's need with a close title
    _r("v18a", "cbd-chm", "need", "en", "Support to draft regulations under the Access to Biological and Genetic Resources and Associated Traditional Knowledge Act", "Namibia requests legal assistance to prepare the regulations that will make its 2017 ABS Act operational, including permit forms and model benefit-sharing agreements.\nType of support: technical assistance", "2023", ("NA",)),
    _r("v18b", "abs-ch", "need", "en", "Namibia: legal drafting support for ABS regulations", "Technical support is requested to write the regulations of the ABS Act (Act No. 2 of 2017): permits, prior informed consent of communities and model contracts.\nType of support: technical assistance", "2023", ()),
    _r("v18x", "cbd-chm", "need", "en", "Training for the officers who issue access permits under the ABS Act", "Namibia requests training for the staff of the ABS Unit who will process permit applications.\nType of support: training", "2023", ("NA",)),
    _r("v18y", "cbd-chm", "need", "en", "Support to draft regulations on access to genetic resources and benefit-sharing", "Botswana requests legal assistance to prepare its first ABS regulations.\nType of support: technical assistance", "2023", ("BW",)),
    # 19 an LMO record on the BCH (its URL) and on the national node by the crop's common name, no date (the institute by its acronym); the country's decision on the event; another country's risk assessment of it
    _r("v19a", "bch", "document", "en", "LMO: eggplant event EE-1 (Bt brinjal)", "Eggplant transformed with the cry1Ac gene, resistant to the eggplant fruit and shoot borer; developed for release in Bangladesh.", "2014", (), ("Bangladesh Agricultural Research Institute",), ("https://bch.cbd.int/database/record?documentID=LMO-105943",)),
    _r("v19b", "bd-chm", "document", "en", "Bt Brinjal (event EE-1): LMO record", "BARI's eggplant varieties carrying the cry1Ac gene against the fruit and shoot borer.", None, (), ("BARI",)),
    _r("v19x", "bch", "document", "en", "Country's decision: eggplant event EE-1 (Bt brinjal) for commercial release (Bangladesh)", "Bangladesh approved four Bt brinjal varieties for cultivation.", "2013", ("BD",), ("Ministry of Environment and Forests",)),
    _r("v19y", "bch", "document", "en", "Risk assessment: eggplant event EE-1 (Bt brinjal) for field trials (Philippines)", "Assessment of multi-location field trials of Bt eggplant.", "2016", ("PH",), ("Bureau of Plant Industry",)),
    # 20 a Minamata country profile and the national node's copy in capitals, no date, no country; the neighbour's profile; the same country's profile on another clearing-house
    _r("v20a", "mercury-ch", "national-profile", "en", "Belize – Minamata Convention country profile", "Party since 2019; national focal point, Minamata Initial Assessment and national reports.", "2024", ("BZ",), MINAMATA, ("https://mercuryconvention.example.org/en/parties/belize",)),
    _r("v20b", "bz-chm", "national-profile", "en", "BELIZE: Country Profile (Minamata Convention on Mercury)", "Belize's status under the mercury convention, its focal point and its reports.", None, ()),
    _r("v20x", "mercury-ch", "national-profile", "en", "Trinidad and Tobago – Minamata Convention country profile", "Party since 2019; national focal point and reports.", "2024", ("TT",), MINAMATA, ("https://mercuryconvention.example.org/en/parties/trinidad-and-tobago",)),
    _r("v20y", "bch", "national-profile", "en", "Belize – Biosafety Clearing-House country profile", "Party to the Cartagena Protocol since 2004; competent national authority and laws.", "2024", ("BZ",), SCBD),
    # 21 technical guidelines on INFOCAP (the document symbol) and on the convention's own node under an abbreviated title; the earlier revised guidelines on the same waste; the sibling guidelines of the same meeting
    _r("v21a", "infocap", "document", "en", "Technical guidelines on the environmentally sound management of used and waste pneumatic tyres", "Updated guidelines adopted by the Conference of the Parties to the Basel Convention at its sixteenth meeting: collection, storage, retreading, recycling and recovery.", "2023", (), BRS, ("UNEP/CHW.16/6/Add.4",)),
    _r("v21b", "basel-ch", "document", "en", "Technical Guidelines on ESM of Used and Waste Pneumatic Tyres (2023 update)", "Basel Convention guidelines on how to collect, store, retread, recycle and recover tyres.", "2023", (), ("Secretariat of the Basel Convention",)),
    _r("v21x", "infocap", "document", "en", "Revised technical guidelines for the environmentally sound management of used and waste pneumatic tyres", "The guidelines adopted at the tenth meeting.", "2011", (), BRS),
    _r("v21y", "infocap", "document", "en", "Technical guidelines on the environmentally sound management of plastic wastes", "Guidelines adopted at the sixteenth meeting on the identification and management of plastic wastes.", "2023", (), BRS),
    # 22 a national project in English, French and Arabic (no country on the national copies, the ministry in three languages); its second phase; the same node's other forest project
    _r("v22a", "cbd-chm", "project", "en", "Restoring cedar forests and their watersheds in the mountains of Lebanon", "Project with municipalities to restore degraded cedar and juniper stands in the Chouf and Qadisha areas and protect their springs.", "2022", ("LB",), ("Ministry of Environment",), ("gef:10733",)),
    _r("v22b", "lb-chm", "project", "fr", "Restauration des forêts de cèdres et de leurs bassins versants dans les montagnes du Liban", "Projet mené avec les municipalités pour restaurer les peuplements dégradés de cèdres et de genévriers du Chouf et de la Qadisha et protéger leurs sources.", "2022", (), ("Ministère de l'Environnement",)),
    _r("v22c", "lb-chm-ar", "project", "ar", "استعادة غابات الأرز ومستجمعات المياه في جبال لبنان", "مشروع مع البلديات لإعادة تأهيل غابات الأرز والعرعر المتدهورة في الشوف وقاديشا وحماية ينابيعها.", "2022", (), ("وزارة البيئة",)),
    _r("v22x", "cbd-chm", "project", "en", "Restoring cedar forests and their watersheds in the mountains of Lebanon, second phase", "The second phase, extended to the Akkar and Hermel districts.", "2026", ("LB",), ("Ministry of Environment",)),
    _r("v22y", "lb-chm", "project", "fr", "Gestion intégrée des feux de forêt dans les montagnes du Liban", "Prévention et lutte contre les incendies de forêt avec les municipalités et la défense civile.", "2022", (), ("Ministère de l'Environnement",)),
    # 23 a validation workshop on the national node in French (no country) and on INFOCAP in English (another creator); the same project's inception workshop; the neighbour's validation workshop
    _r("v23a", "dj-chm", "event", "fr", "Atelier national de validation de l'inventaire des polluants organiques persistants, Djibouti", "Les services de l'État, le port et les entreprises examinent et valident l'inventaire des POP réalisé pour la mise à jour du plan national de mise en œuvre.", "2024-11-20", (), ("Direction de l'Environnement et du Développement Durable",)),
    _r("v23b", "infocap", "event", "en", "National validation workshop for the persistent organic pollutants inventory (Djibouti)", "Government services, the port authority and industry review and validate the POPs inventory prepared for the update of the national implementation plan.", "2024-11-20", ("DJ",), ("United Nations Industrial Development Organization",)),
    _r("v23x", "dj-chm", "event", "fr", "Atelier de lancement du projet de mise à jour du plan national de mise en œuvre de la Convention de Stockholm, Djibouti", "Lancement du projet et présentation du calendrier de l'inventaire des POP.", "2023-06-05", (), ("Direction de l'Environnement et du Développement Durable",)),
    _r("v23y", "infocap", "event", "en", "National validation workshop for the persistent organic pollutants inventory (Central African Republic)", "Validation of the POPs inventory of the Central African Republic in Bangui.", "2024-09-10", ("CF",), ("United Nations Industrial Development Organization",)),
    # 24 a national report under the Cartagena Protocol in Spanish and French (the ministry in two languages, no country on the French copy); the previous reporting cycle; the neighbour's report of the same cycle
    _r("v24a", "bch-es", "document", "es", "Cuarto informe nacional de Guinea Ecuatorial sobre la aplicación del Protocolo de Cartagena", "Informe sobre las medidas adoptadas por Guinea Ecuatorial para aplicar el Protocolo de Cartagena sobre Seguridad de la Biotecnología, 2015-2019.", "2020", ("GQ",), ("Ministerio de Agricultura, Ganadería, Bosques y Medio Ambiente",)),
    _r("v24b", "bch-fr", "document", "fr", "Quatrième rapport national de la Guinée équatoriale sur l'application du Protocole de Cartagena", "Rapport sur les mesures prises par la Guinée équatoriale pour appliquer le Protocole de Cartagena sur la prévention des risques biotechnologiques, 2015-2019.", "2020", (), ("Ministère de l'Agriculture, de l'Élevage, des Forêts et de l'Environnement",)),
    _r("v24x", "bch-es", "document", "es", "Tercer informe nacional de Guinea Ecuatorial sobre la aplicación del Protocolo de Cartagena", "Informe del ciclo anterior, 2011-2015.", "2015", ("GQ",), ("Ministerio de Agricultura, Ganadería, Bosques y Medio Ambiente",)),
    _r("v24y", "bch-fr", "document", "fr", "Quatrième rapport national de la République centrafricaine sur l'application du Protocole de Cartagena", "Rapport de la République centrafricaine pour le cycle 2015-2019.", "2020", ("CF",), ("Ministère de l'Environnement et du Développement Durable",)),
    # 25 a sea turtle need on the national node in Portuguese (neither date nor country) and on the portal in English; the same country's other marine need; the neighbour's need on the same species
    _r("v25a", "tl-chm", "need", "pt", "Apoio técnico para a monitorização das tartarugas marinhas na costa norte", "A Direção Nacional de Biodiversidade de Timor-Leste procura apoio para contar ninhos, marcar tartarugas e formar guardas comunitários em Ataúro e na costa norte.\nTipo de apoio: assistência técnica", None, ()),
    _r("v25b", "cbd-chm", "need", "en", "Technical support for sea turtle monitoring on Timor-Leste's north coast", "Timor-Leste seeks support to count nests, tag turtles and train community rangers on Atauro Island and along the north coast.\nType of support: technical assistance", "2024", ("TL",)),
    _r("v25x", "tl-chm", "need", "pt", "Apoio técnico para o levantamento dos dugongos e das ervas marinhas de Ataúro", "Timor-Leste procura apoio para um primeiro levantamento aéreo dos dugongos.\nTipo de apoio: assistência técnica", None, ()),
    _r("v25y", "cbd-chm", "need", "en", "Technical support for sea turtle nesting beach monitoring in West Papua", "Indonesia seeks support to monitor leatherback nesting beaches at Jamursba Medi.\nType of support: technical assistance", "2024", ("ID",)),
    # 26 a course offer in Spanish and English (the centre in full and by its acronym); the next edition; the centre's other course of the same year
    _r("v26a", "cbd-chm-es", "support-source", "es", "Curso internacional de restauración de arrecifes coralinos, La Habana, 2025", "El Centro de Investigaciones Marinas de la Universidad de La Habana ofrece dos semanas de formación teórica y práctica en viveros de coral y trasplante.\nTipo de apoyo: formación\nPaíses elegibles: Gran Caribe", "2025", ("CU",), ("Centro de Investigaciones Marinas, Universidad de La Habana",)),
    _r("v26b", "cbd-chm", "support-source", "en", "International course on coral reef restoration (Havana, 2025)", "Two weeks of lectures and field practice in coral nurseries and outplanting, offered by the University of Havana's Marine Research Centre.\nType of support: training\nEligible countries: Wider Caribbean", "2025", ("CU",), ("CIM-UH",)),
    _r("v26x", "cbd-chm-es", "support-source", "es", "Curso internacional de restauración de arrecifes coralinos, La Habana, 2026", "La edición 2026 del curso.\nTipo de apoyo: formación", "2026", ("CU",), ("Centro de Investigaciones Marinas, Universidad de La Habana",)),
    _r("v26y", "cbd-chm-es", "support-source", "es", "Curso internacional de restauración de pastos marinos, La Habana, 2025", "Formación en trasplante de praderas de Thalassia.\nTipo de apoyo: formación", "2025", ("CU",), ("Centro de Investigaciones Marinas, Universidad de La Habana",)),
    # 27 a grants call in French and English (the institute in full and by its English acronym); last year's call; the same programme's other call of the same year
    _r("v27a", "cbd-chm-fr", "support-source", "fr", "Initiative taxonomique mondiale belge : bourses de formation 2025", "Le point focal belge de l'Initiative taxonomique mondiale finance des séjours de un à deux mois dans des institutions belges pour des taxonomistes de pays partenaires.\nType d'appui : bourse\nPays éligibles : pays partenaires de la Coopération belge", "2025", ("BE",), ("Institut royal des Sciences naturelles de Belgique",)),
    _r("v27b", "cbd-chm", "support-source", "en", "Belgian Global Taxonomy Initiative: call for training grants 2025", "The Belgian GTI focal point funds one- to two-month stays in Belgian institutions for taxonomists from partner countries.\nType of support: grant\nEligible countries: partner countries of the Belgian Development Cooperation", "2025", ("BE",), ("RBINS",)),
    _r("v27x", "cbd-chm", "support-source", "en", "Belgian Global Taxonomy Initiative: call for training grants 2024", "The 2024 call for stays in Belgian institutions.\nType of support: grant", "2024", ("BE",), ("RBINS",)),
    _r("v27y", "cbd-chm-fr", "support-source", "fr", "CEBioS : appel à projets pour les partenaires du mécanisme d'échange d'informations, 2025", "Petites subventions pour les sites web nationaux du CHM des pays partenaires.\nType d'appui : financement", "2025", ("BE",), ("Institut royal des Sciences naturelles de Belgique",)),
    # 28 an assessment in English (its URL) and Spanish (the secretariat in two languages); the previous assessment; the expert group's meeting report
    _r("v28a", "informea", "document", "en", "Global status of DDT and its alternatives for use in vector control to prevent disease", "Assessment prepared for the DDT Expert Group: production, use and stockpiles of DDT, and non-chemical alternatives in malaria control.", "2024", (), ("Secretariat of the Stockholm Convention",), ("https://chm.pops.example.int/ddt/global-status-2024",)),
    _r("v28b", "informea-es", "document", "es", "Situación mundial del DDT y sus alternativas para el control de vectores en la prevención de enfermedades", "Evaluación preparada para el Grupo de Expertos sobre el DDT: producción, uso y existencias de DDT y alternativas no químicas para el control del paludismo.", "2024", (), ("Secretaría del Convenio de Estocolmo",)),
    _r("v28x", "informea", "document", "en", "Global status of DDT and its alternatives for use in vector control to prevent disease (2019 assessment)", "The previous assessment of the series.", "2019", (), ("Secretariat of the Stockholm Convention",)),
    _r("v28y", "informea", "document", "en", "Report of the DDT Expert Group on its tenth meeting", "Conclusions of the expert group on the continued need for DDT.", "2024", (), ("Secretariat of the Stockholm Convention",)),
    # 29 guidance in English, French and Spanish (the secretariat written three ways); the draft of 2019; the sibling guidance of the same partnership
    _r("v29a", "infocap", "document", "en", "Guidance on the environmentally sound management of household waste", "Guidance developed under the Household Waste Partnership: waste prevention, separate collection, recycling and the financing of municipal services.", "2021", (), BRS),
    _r("v29b", "infocap-fr", "document", "fr", "Orientations sur la gestion écologiquement rationnelle des déchets ménagers", "Document d'orientation élaboré dans le cadre du Partenariat sur les déchets ménagers : prévention, collecte séparée, recyclage et financement des services municipaux.", "2021", (), ("Secrétariat de la Convention de Bâle",)),
    _r("v29c", "infocap-es", "document", "es", "Orientaciones sobre el manejo ambientalmente racional de los desechos domésticos", "Documento de orientación elaborado por la Alianza sobre Desechos Domésticos: prevención, recolección selectiva, reciclaje y financiación de los servicios municipales.", "2021", (), ("Secretaría del Convenio de Basilea",)),
    _r("v29x", "infocap", "document", "en", "Draft guidance on the environmentally sound management of household waste", "The draft circulated for comments to the Open-ended Working Group.", "2019", (), BRS),
    _r("v29y", "infocap", "document", "en", "Guidance on the prevention and minimization of household waste", "A companion guidance of the Household Waste Partnership on reducing waste at source.", "2022", (), BRS),
    # 30 a hazardous waste need in English and on the national node in Arabic (no country); the same country's other waste need; the neighbour's need with the same Arabic title on its national node (no country)
    _r("v30a", "infocap", "need", "en", "Technical assistance to set up a national register of hazardous waste generators", "Iraq requests help to design a register of the facilities that generate hazardous waste, with an online reporting form and training for inspectors.\nType of support: technical assistance", "2024", ("IQ",)),
    _r("v30b", "iq-chm", "need", "ar", "المساعدة التقنية لإنشاء سجل وطني لمولدي النفايات الخطرة", "تطلب وزارة البيئة العراقية المساعدة في تصميم سجل للمنشآت المولدة للنفايات الخطرة مع نموذج إلكتروني للإبلاغ وتدريب المفتشين.\nنوع الدعم: مساعدة تقنية", "2024", ()),
    _r("v30x", "infocap", "need", "en", "Training for port inspectors on shipments of hazardous waste", "Iraq requests training for inspectors at Umm Qasr port.\nType of support: training", "2024", ("IQ",)),
    _r("v30y", "ye-chm", "need", "ar", "المساعدة التقنية لإنشاء سجل وطني لمولدي النفايات الخطرة", "تطلب الهيئة العامة لحماية البيئة في اليمن المساعدة في إعداد سجل للمنشآت المولدة للنفايات الخطرة في عدن والمكلا.\nنوع الدعم: مساعدة تقنية", "2024", ()),
    # 31 a regional assessment in English (with a DOI) and French (the partners by their acronyms); the first edition; its summary for decision makers
    _r("v31a", "informea", "document", "en", "Western Indian Ocean Regional State of the Coast Report, second edition", "Assessment of the coastal and marine environment of the ten countries of the Nairobi Convention: ecosystems, pressures and governance.", "2024", (), ("Nairobi Convention Secretariat", "Western Indian Ocean Marine Science Association"), ("doi:10.59117/20.500.11822/45012",)),
    _r("v31b", "informea-fr", "document", "fr", "Rapport régional sur l'état des côtes de l'océan Indien occidental, deuxième édition", "Évaluation de l'environnement côtier et marin des dix pays de la Convention de Nairobi : écosystèmes, pressions et gouvernance.", "2024", (), ("Secrétariat de la Convention de Nairobi", "WIOMSA")),
    _r("v31x", "informea", "document", "en", "Western Indian Ocean Regional State of the Coast Report", "The first edition of the regional assessment.", "2015", (), ("Nairobi Convention Secretariat", "Western Indian Ocean Marine Science Association")),
    _r("v31y", "informea", "document", "en", "Western Indian Ocean Regional State of the Coast Report, second edition: summary for decision makers", "The key messages of the second edition in twelve pages.", "2024", (), ("Nairobi Convention Secretariat",)),
    # 32 a regional action plan in Spanish and Portuguese (the organisation in full and by its acronym, no country); Brazil's national plan on the same animals; the regional plan's progress report
    _r("v32a", "otca", "document", "es", "Plan de acción regional para la conservación de los delfines de río de la Amazonía 2024-2034", "Plan de la Organización del Tratado de Cooperación Amazónica para reducir las amenazas a los delfines de río: pesca incidental, mercurio y represas.", "2024", (), ("Organización del Tratado de Cooperación Amazónica",)),
    _r("v32b", "otca-pt", "document", "pt", "Plano de ação regional para a conservação dos botos da Amazônia 2024-2034", "Plano da Organização do Tratado de Cooperação Amazônica para reduzir as ameaças aos botos: captura acidental, mercúrio e barragens.", "2024", (), ("OTCA",)),
    _r("v32x", "br-chm", "document", "pt", "Plano de Ação Nacional para a Conservação dos Mamíferos Aquáticos Amazônicos", "O plano nacional do Brasil para botos, tucuxis, peixes-boi e ariranhas.", "2023", ("BR",), ("Instituto Chico Mendes de Conservação da Biodiversidade",)),
    _r("v32y", "otca", "document", "es", "Plan de acción regional para la conservación de los delfines de río de la Amazonía: informe de avance 2026", "Primer informe de avance de la aplicación del plan regional.", "2026", (), ("Organización del Tratado de Cooperación Amazónica",)),
    # 33 a wildlife survey need in French on the national node (no country field) and in English on the portal; the same country's need for another area; the same node's need against poaching in the same area
    _r("v33a", "cf-chm", "need", "fr", "Appui à l'inventaire de la faune des aires protégées du nord-est de la République centrafricaine", "Le ministère des Eaux et Forêts sollicite un appui pour des comptages aériens et terrestres de la grande faune dans les parcs de Bamingui-Bangoran et de Manovo-Gounda St Floris.\nType d'appui : assistance technique, équipement", "2025", ()),
    _r("v33b", "cbd-chm", "need", "en", "Wildlife surveys in the protected areas of north-eastern CAR: support needed", "The Central African Republic seeks support for aerial and ground counts of large mammals in Bamingui-Bangoran and Manovo-Gounda St Floris national parks.\nType of support: technical assistance, equipment", "2025", ("CF",)),
    _r("v33x", "cbd-chm", "need", "en", "Wildlife surveys in the Chinko protected area, south-eastern CAR: support needed", "The Central African Republic seeks support for camera trapping in the Chinko reserve.\nType of support: technical assistance", "2025", ("CF",)),
    _r("v33y", "cf-chm", "need", "fr", "Appui à la lutte contre le braconnage dans les aires protégées du nord-est de la République centrafricaine", "Le ministère sollicite un appui pour équiper et former les écogardes des parcs du nord-est.\nType d'appui : formation, équipement", "2025", ()),
    # 34 a register project in Spanish and English (the ministry in full and by its acronym, with the training institute); the neighbour's project; the first report published from the register
    _r("v34a", "infocap-es", "project", "es", "Diseño e implementación del Registro de Emisiones y Transferencia de Contaminantes (RETC) de Nicaragua", "Proyecto con el UNITAR para establecer el RETC nacional: lista de sustancias, umbrales, formulario de reporte de las empresas y sitio web público.", "2023", ("NI",), ("Ministerio del Ambiente y los Recursos Naturales",)),
    _r("v34b", "infocap", "project", "en", "Design and implementation of a Pollutant Release and Transfer Register for Nicaragua", "Project with UNITAR to set up a national PRTR: list of substances, thresholds, company reporting form and a public website.", "2023", ("NI",), ("MARENA", "United Nations Institute for Training and Research")),
    _r("v34x", "infocap-es", "project", "es", "Diseño e implementación del Registro de Emisiones y Transferencia de Contaminantes (RETC) de Cuba", "Proyecto con el UNITAR para el RETC de Cuba.", "2023", ("CU",), ("Ministerio de Ciencia, Tecnología y Medio Ambiente",)),
    _r("v34y", "ni-chm", "document", "es", "Informe del RETC de Nicaragua: emisiones y transferencias del año 2024", "Primer informe público de los datos reportados por las empresas al registro.", "2025", (), ("MARENA",)),
    # 35 a national CHM workshop in Portuguese (no country) and English (the institute by its acronym); the second workshop; the neighbour's workshop of the same year
    _r("v35a", "ao-chm", "event", "pt", "Workshop nacional sobre o Mecanismo de Intercâmbio de Informação de Angola, Luanda", "Formação dos pontos focais setoriais na publicação de informação sobre biodiversidade no portal nacional.", "2024-07-16", (), ("Instituto Nacional da Biodiversidade e Áreas de Conservação",)),
    _r("v35b", "cbd-chm", "event", "en", "National workshop on Angola's clearing-house mechanism (Luanda)", "Training of sectoral focal points in publishing biodiversity information on the national CHM portal.", "2024-07-16", ("AO",), ("INBAC",)),
    _r("v35x", "ao-chm", "event", "pt", "Segundo workshop nacional sobre o Mecanismo de Intercâmbio de Informação de Angola, Benguela", "O segundo workshop, para os pontos focais provinciais.", "2025-09-02", (), ("Instituto Nacional da Biodiversidade e Áreas de Conservação",)),
    _r("v35y", "cbd-chm", "event", "en", "National workshop on Timor-Leste's clearing-house mechanism (Dili)", "Training of the national CHM team of Timor-Leste.", "2024-05-20", ("TL",), ("Ministry of Tourism and Environment",)),
    # 36 a regional assessment in English and Arabic (the organisation in two scripts); the previous edition; another regional sea's report of the same year
    _r("v36a", "informea", "document", "en", "State of the Marine Environment Report 2023: ROPME Sea Area", "The fifth assessment of the marine environment shared by the eight member States of the Regional Organization for the Protection of the Marine Environment.", "2023", (), ("Regional Organization for the Protection of the Marine Environment",)),
    _r("v36b", "informea-ar", "document", "ar", "تقرير حالة البيئة البحرية 2023: المنطقة البحرية للمنظمة الإقليمية لحماية البيئة البحرية", "التقييم الخامس للبيئة البحرية المشتركة بين الدول الأعضاء الثماني في المنظمة الإقليمية لحماية البيئة البحرية.", "2023", (), ("المنظمة الإقليمية لحماية البيئة البحرية",)),
    _r("v36x", "informea", "document", "en", "State of the Marine Environment Report 2013: ROPME Sea Area", "The previous assessment of the ROPME Sea Area.", "2013", (), ("Regional Organization for the Protection of the Marine Environment",)),
    _r("v36y", "informea", "document", "en", "State of the Marine Environment Report 2023: Red Sea and Gulf of Aden", "The assessment of the PERSGA region.", "2023", (), ("Regional Organization for the Conservation of the Environment of the Red Sea and Gulf of Aden",)),
    # 37 a training module in English and Spanish (the secretariat in two languages); a guidance on the same article; the pilot version of the module
    _r("v37a", "bch", "document", "en", "Socio-economic considerations in biosafety decision-making: a training module", "Slides, exercises and case studies for trainers of competent national authorities, on how socio-economic considerations can enter decisions on LMOs under Article 26.", "2025", (), SCBD),
    _r("v37b", "bch-es", "document", "es", "Consideraciones socioeconómicas en la adopción de decisiones sobre seguridad de la biotecnología: módulo de capacitación", "Diapositivas, ejercicios y casos prácticos para formadores de las autoridades nacionales competentes sobre la inclusión de consideraciones socioeconómicas en las decisiones sobre OVM con arreglo al artículo 26.", "2025", (), ("Secretaría del Convenio sobre la Diversidad Biológica",)),
    _r("v37x", "bch", "document", "en", "Guidance on the assessment of socio-economic considerations in the context of Article 26 of the Cartagena Protocol", "Voluntary guidance welcomed by the Parties.", "2021", (), SCBD),
    _r("v37y", "bch", "document", "en", "Socio-economic considerations in biosafety decision-making: a training module (pilot version)", "The version tested in two regional trainings before the final module.", "2023", (), SCBD),
    # 38 a health-care waste need on the national node in French (neither date nor country) and on INFOCAP in English; the same country's other waste need; the neighbour's need with the same French title, also bare
    _r("v38a", "dj-chm", "need", "fr", "Appui à la mise en place d'un système de gestion des déchets médicaux", "La Direction de l'Environnement sollicite un appui pour organiser le tri, la collecte et le traitement des déchets des hôpitaux et des centres de santé de la ville de Djibouti.\nType d'appui : assistance technique, équipement", None, ()),
    _r("v38b", "infocap", "need", "en", "Support to set up a health-care waste management system in Djibouti", "Djibouti requests help to organise the segregation, collection and treatment of waste from hospitals and health centres in the capital.\nType of support: technical assistance, equipment", "2024", ("DJ",)),
    _r("v38x", "dj-chm", "need", "fr", "Appui à la collecte et à la régénération des huiles usagées", "La Direction de l'Environnement sollicite un appui pour collecter les huiles de vidange des garages et du port.\nType d'appui : assistance technique", None, ()),
    _r("v38y", "cf-chm", "need", "fr", "Appui à la mise en place d'un système de gestion des déchets médicaux", "La République centrafricaine sollicite un appui pour équiper les hôpitaux de Bangui en incinérateurs et former leur personnel au tri.\nType d'appui : équipement, formation", None, ()),
    # 39 a regional strategy in English and French (the programme by its French acronym); the previous strategy; its implementation plan
    _r("v39a", "sprep", "document", "en", "Cleaner Pacific 2035: Pacific Regional Waste and Pollution Management Strategy 2026-2035", "The regional strategy adopted by SPREP Members for waste, chemicals and marine pollution over the next decade.", "2025", (), ("Secretariat of the Pacific Regional Environment Programme",)),
    _r("v39b", "sprep-fr", "document", "fr", "Pacifique plus propre 2035 : stratégie régionale de gestion des déchets et de la pollution pour le Pacifique 2026-2035", "La stratégie régionale adoptée par les membres du PROE pour les déchets, les produits chimiques et la pollution marine au cours de la prochaine décennie.", "2025", (), ("PROE",)),
    _r("v39x", "sprep", "document", "en", "Cleaner Pacific 2025: Pacific Regional Waste and Pollution Management Strategy 2016-2025", "The previous regional strategy.", "2016", (), ("Secretariat of the Pacific Regional Environment Programme",)),
    _r("v39y", "sprep", "document", "en", "Cleaner Pacific 2035 implementation plan 2026-2030", "The first five-year implementation plan of the strategy.", "2025", (), ("Secretariat of the Pacific Regional Environment Programme",)),
    # 40 a fund's call in English, French and Spanish (the facility written three ways); last year's call; another fund's call of the same year
    _r("v40a", "gef", "support-source", "en", "Global Biodiversity Framework Fund: call for project concepts, 2025 round", "The GBFF invites eligible countries to submit project concepts through a GEF agency; 20% of the resources are earmarked for actions by Indigenous Peoples and local communities.\nType of support: funding\nEligible countries: developing country Parties to the CBD", "2025", (), ("Global Environment Facility",)),
    _r("v40b", "cbd-chm-fr", "support-source", "fr", "Fonds du Cadre mondial de la biodiversité (GBFF) : appel à concepts de projets 2025", "Le GBFF invite les pays éligibles à présenter des concepts de projets par l'intermédiaire d'une agence du FEM ; 20 % des ressources sont réservées aux actions des peuples autochtones et des communautés locales.\nType d'appui : financement\nPays éligibles : pays en développement Parties à la CDB", "2025", (), ("Fonds pour l'environnement mondial",)),
    _r("v40c", "cbd-chm-es", "support-source", "es", "Fondo del Marco Mundial de Biodiversidad: convocatoria de conceptos de proyecto 2025", "El GBFF invita a los países elegibles a presentar conceptos de proyecto a través de un organismo del FMAM; el 20 % de los recursos se destina a acciones de los pueblos indígenas y las comunidades locales.\nTipo de apoyo: financiación\nPaíses elegibles: países en desarrollo Partes en el CDB", "2025", (), ("FMAM",)),
    _r("v40x", "gef", "support-source", "en", "Global Biodiversity Framework Fund: call for project concepts, 2024 round", "The GBFF's 2024 round of project concepts.\nType of support: funding", "2024", (), ("Global Environment Facility",)),
    _r("v40y", "cbd-chm", "support-source", "en", "Cali Fund: first call for proposals from Indigenous Peoples and local communities, 2025", "The fund for the fair and equitable sharing of benefits from digital sequence information opens its first call.\nType of support: funding", "2025", (), ("Secretariat of the Convention on Biological Diversity",)),
    # 41 a focal point on the portal and on the national node by acronyms, no date, no country; the neighbour's focal point; the same country's focal point for another clearing-house
    _r("v41a", "cbd-chm", "contact-point", "en", "CBD national focal point for the clearing-house mechanism: Tuvalu", "Department of Environment, Ministry of Home Affairs, Climate Change and Environment, Funafuti.", "2024", ("TV",)),
    _r("v41b", "tv-chm", "contact-point", "en", "CHM NFP – Tuvalu (Department of Environment)", "The person to contact about Tuvalu's national clearing-house website.", None, ()),
    _r("v41x", "cbd-chm", "contact-point", "en", "CBD national focal point for the clearing-house mechanism: Kiribati", "Environment and Conservation Division, Ministry of Environment, Lands and Agricultural Development, Tarawa.", "2024", ("KI",)),
    _r("v41y", "bch", "contact-point", "en", "Biosafety Clearing-House national focal point: Tuvalu", "Contact details of Tuvalu's BCH national focal point.", "2024", ("TV",)),
    # 42 a Minamata national report on the convention's clearing-house and on the national node under the article's number (no country, ministry by its short name); the earlier short report; the neighbour's full report
    _r("v42a", "mercury-ch", "document", "en", "Bangladesh: full national report under Article 21 of the Minamata Convention (2021)", "The first full report of Bangladesh on the measures taken to implement the Convention, including mercury-added products and dental amalgam phase-down.", "2021", ("BD",), ("Ministry of Environment, Forest and Climate Change",)),
    _r("v42b", "bd-chm", "document", "en", "Minamata Convention – Article 21 report (full), 2021", "Full national report submitted by MoEFCC to the Minamata Convention Secretariat.", "2021-12-28", (), ("MoEFCC",)),
    _r("v42x", "mercury-ch", "document", "en", "Bangladesh: short national report under Article 21 of the Minamata Convention (2019)", "The short report of the first reporting cycle.", "2019", ("BD",), ("Ministry of Environment, Forest and Climate Change",)),
    _r("v42y", "mercury-ch", "document", "en", "Pakistan: full national report under Article 21 of the Minamata Convention (2021)", "The first full report of Pakistan.", "2021", ("PK",), ("Ministry of Climate Change",)),
]  # fmt: skip

SAME: list[tuple[str, str]] = [
    ("cbd-chm:v01a", "to-chm:v01b"),
    ("infocap-fr:v02a", "lb-chm:v02b"),
    ("infocap-es:v03a", "ni-chm:v03b"),
    ("unep-docs:v04a", "informea:v04b"),
    ("bch:v05a", "na-chm:v05b"),
    ("ramsar:v06a", "informea:v06b"),
    ("bch-fr:v07a", "dj-chm:v07b"),
    ("cbd-chm:v08a", "ao-chm:v08b"),
    ("bch-es:v09a", "cu-chm:v09b"),
    ("cbd-chm:v10a", "acb-chm:v10b"),
    ("cbd-chm:v11a", "pg-chm:v11b"),
    ("cbd-chm-ar:v12a", "om-chm:v12b"),
    ("infocap:v13a", "synergies:v13b"),
    ("cbd-chm:v14a", "bd-chm:v14b"),
    ("cbd-chm-es:v15a", "catie:v15b"),
    ("infocap:v16a", "ph-chm:v16b"),
    ("cbd-chm-fr:v17a", "ffem:v17b"),
    ("cbd-chm:v18a", "abs-ch:v18b"),
    ("bch:v19a", "bd-chm:v19b"),
    ("mercury-ch:v20a", "bz-chm:v20b"),
    ("infocap:v21a", "basel-ch:v21b"),
    ("cbd-chm:v22a", "lb-chm:v22b"),
    ("cbd-chm:v22a", "lb-chm-ar:v22c"),
    ("lb-chm:v22b", "lb-chm-ar:v22c"),
    ("dj-chm:v23a", "infocap:v23b"),
    ("bch-es:v24a", "bch-fr:v24b"),
    ("tl-chm:v25a", "cbd-chm:v25b"),
    ("cbd-chm-es:v26a", "cbd-chm:v26b"),
    ("cbd-chm-fr:v27a", "cbd-chm:v27b"),
    ("informea:v28a", "informea-es:v28b"),
    ("infocap:v29a", "infocap-fr:v29b"),
    ("infocap:v29a", "infocap-es:v29c"),
    ("infocap-fr:v29b", "infocap-es:v29c"),
    ("infocap:v30a", "iq-chm:v30b"),
    ("informea:v31a", "informea-fr:v31b"),
    ("otca:v32a", "otca-pt:v32b"),
    ("cf-chm:v33a", "cbd-chm:v33b"),
    ("infocap-es:v34a", "infocap:v34b"),
    ("ao-chm:v35a", "cbd-chm:v35b"),
    ("informea:v36a", "informea-ar:v36b"),
    ("bch:v37a", "bch-es:v37b"),
    ("dj-chm:v38a", "infocap:v38b"),
    ("sprep:v39a", "sprep-fr:v39b"),
    ("gef:v40a", "cbd-chm-fr:v40b"),
    ("gef:v40a", "cbd-chm-es:v40c"),
    ("cbd-chm-fr:v40b", "cbd-chm-es:v40c"),
    ("cbd-chm:v41a", "tv-chm:v41b"),
    ("mercury-ch:v42a", "bd-chm:v42b"),
]
"""The pairs that are one item (48: 42 items, three of them in three languages)."""

NEAR_MISSES: list[tuple[str, str]] = [
    ("cbd-chm:v01a", "cbd-chm:v01x"), ("to-chm:v01b", "cbd-chm:v01x"), ("cbd-chm:v01a", "cbd-chm:v01y"), ("to-chm:v01b", "cbd-chm:v01y"),
    ("infocap-fr:v02a", "lb-chm:v02x"), ("lb-chm:v02b", "lb-chm:v02x"), ("infocap-fr:v02a", "infocap-fr:v02y"), ("lb-chm:v02b", "infocap-fr:v02y"),
    ("infocap-es:v03a", "infocap-es:v03x"), ("ni-chm:v03b", "infocap-es:v03x"), ("infocap-es:v03a", "infocap-es:v03y"), ("ni-chm:v03b", "infocap-es:v03y"),
    ("unep-docs:v04a", "unep-docs:v04x"), ("informea:v04b", "unep-docs:v04x"), ("unep-docs:v04a", "unep-docs:v04y"), ("informea:v04b", "unep-docs:v04y"),
    ("bch:v05a", "bch:v05x"), ("na-chm:v05b", "bch:v05x"), ("bch:v05a", "bch:v05y"), ("na-chm:v05b", "bch:v05y"),
    ("ramsar:v06a", "ramsar:v06x"), ("informea:v06b", "ramsar:v06x"), ("ramsar:v06a", "ramsar:v06y"), ("informea:v06b", "ramsar:v06y"), ("ramsar:v06a", "ramsar:v06z"), ("informea:v06b", "ramsar:v06z"),
    ("bch-fr:v07a", "bch-fr:v07x"), ("dj-chm:v07b", "bch-fr:v07x"), ("bch-fr:v07a", "bch-fr:v07y"), ("dj-chm:v07b", "bch-fr:v07y"),
    ("cbd-chm:v08a", "cbd-chm:v08x"), ("ao-chm:v08b", "cbd-chm:v08x"), ("cbd-chm:v08a", "ao-chm:v08y"), ("ao-chm:v08b", "ao-chm:v08y"),
    ("bch-es:v09a", "bch-es:v09x"), ("cu-chm:v09b", "bch-es:v09x"), ("bch-es:v09a", "bch-es:v09y"), ("cu-chm:v09b", "bch-es:v09y"),
    ("cbd-chm:v10a", "cbd-chm:v10x"), ("acb-chm:v10b", "cbd-chm:v10x"), ("cbd-chm:v10a", "cbd-chm:v10y"), ("acb-chm:v10b", "cbd-chm:v10y"),
    ("cbd-chm:v11a", "cbd-chm:v11x"), ("pg-chm:v11b", "cbd-chm:v11x"), ("cbd-chm:v11a", "pg-chm:v11y"), ("pg-chm:v11b", "pg-chm:v11y"),
    ("cbd-chm-ar:v12a", "om-chm:v12x"), ("om-chm:v12b", "om-chm:v12x"), ("cbd-chm-ar:v12a", "cbd-chm-ar:v12y"), ("om-chm:v12b", "cbd-chm-ar:v12y"),
    ("infocap:v13a", "infocap:v13x"), ("synergies:v13b", "infocap:v13x"), ("infocap:v13a", "infocap:v13y"), ("synergies:v13b", "infocap:v13y"),
    ("cbd-chm:v14a", "cbd-chm:v14x"), ("bd-chm:v14b", "cbd-chm:v14x"), ("cbd-chm:v14a", "bd-chm:v14y"), ("bd-chm:v14b", "bd-chm:v14y"),
    ("cbd-chm-es:v15a", "catie:v15x"), ("catie:v15b", "catie:v15x"), ("cbd-chm-es:v15a", "cbd-chm-es:v15y"), ("catie:v15b", "cbd-chm-es:v15y"),
    ("infocap:v16a", "infocap:v16x"), ("ph-chm:v16b", "infocap:v16x"), ("infocap:v16a", "infocap:v16y"), ("ph-chm:v16b", "infocap:v16y"),
    ("cbd-chm-fr:v17a", "ffem:v17x"), ("ffem:v17b", "ffem:v17x"), ("cbd-chm-fr:v17a", "cbd-chm-fr:v17y"), ("ffem:v17b", "cbd-chm-fr:v17y"),
    ("cbd-chm:v18a", "cbd-chm:v18x"), ("abs-ch:v18b", "cbd-chm:v18x"), ("cbd-chm:v18a", "cbd-chm:v18y"), ("abs-ch:v18b", "cbd-chm:v18y"),
    ("bch:v19a", "bch:v19x"), ("bd-chm:v19b", "bch:v19x"), ("bch:v19a", "bch:v19y"), ("bd-chm:v19b", "bch:v19y"),
    ("mercury-ch:v20a", "mercury-ch:v20x"), ("bz-chm:v20b", "mercury-ch:v20x"), ("mercury-ch:v20a", "bch:v20y"), ("bz-chm:v20b", "bch:v20y"),
    ("infocap:v21a", "infocap:v21x"), ("basel-ch:v21b", "infocap:v21x"), ("infocap:v21a", "infocap:v21y"), ("basel-ch:v21b", "infocap:v21y"),
    ("cbd-chm:v22a", "cbd-chm:v22x"), ("lb-chm:v22b", "cbd-chm:v22x"), ("lb-chm-ar:v22c", "cbd-chm:v22x"), ("cbd-chm:v22a", "lb-chm:v22y"), ("lb-chm:v22b", "lb-chm:v22y"), ("lb-chm-ar:v22c", "lb-chm:v22y"),
    ("dj-chm:v23a", "dj-chm:v23x"), ("infocap:v23b", "dj-chm:v23x"), ("dj-chm:v23a", "infocap:v23y"), ("infocap:v23b", "infocap:v23y"),
    ("bch-es:v24a", "bch-es:v24x"), ("bch-fr:v24b", "bch-es:v24x"), ("bch-es:v24a", "bch-fr:v24y"), ("bch-fr:v24b", "bch-fr:v24y"),
    ("tl-chm:v25a", "tl-chm:v25x"), ("cbd-chm:v25b", "tl-chm:v25x"), ("tl-chm:v25a", "cbd-chm:v25y"), ("cbd-chm:v25b", "cbd-chm:v25y"),
    ("cbd-chm-es:v26a", "cbd-chm-es:v26x"), ("cbd-chm:v26b", "cbd-chm-es:v26x"), ("cbd-chm-es:v26a", "cbd-chm-es:v26y"), ("cbd-chm:v26b", "cbd-chm-es:v26y"),
    ("cbd-chm-fr:v27a", "cbd-chm:v27x"), ("cbd-chm:v27b", "cbd-chm:v27x"), ("cbd-chm-fr:v27a", "cbd-chm-fr:v27y"), ("cbd-chm:v27b", "cbd-chm-fr:v27y"),
    ("informea:v28a", "informea:v28x"), ("informea-es:v28b", "informea:v28x"), ("informea:v28a", "informea:v28y"), ("informea-es:v28b", "informea:v28y"),
    ("infocap:v29a", "infocap:v29x"), ("infocap-fr:v29b", "infocap:v29x"), ("infocap-es:v29c", "infocap:v29x"), ("infocap:v29a", "infocap:v29y"), ("infocap-fr:v29b", "infocap:v29y"), ("infocap-es:v29c", "infocap:v29y"),
    ("infocap:v30a", "infocap:v30x"), ("iq-chm:v30b", "infocap:v30x"), ("infocap:v30a", "ye-chm:v30y"), ("iq-chm:v30b", "ye-chm:v30y"),
    ("informea:v31a", "informea:v31x"), ("informea-fr:v31b", "informea:v31x"), ("informea:v31a", "informea:v31y"), ("informea-fr:v31b", "informea:v31y"),
    ("otca:v32a", "br-chm:v32x"), ("otca-pt:v32b", "br-chm:v32x"), ("otca:v32a", "otca:v32y"), ("otca-pt:v32b", "otca:v32y"),
    ("cf-chm:v33a", "cbd-chm:v33x"), ("cbd-chm:v33b", "cbd-chm:v33x"), ("cf-chm:v33a", "cf-chm:v33y"), ("cbd-chm:v33b", "cf-chm:v33y"),
    ("infocap-es:v34a", "infocap-es:v34x"), ("infocap:v34b", "infocap-es:v34x"), ("infocap-es:v34a", "ni-chm:v34y"), ("infocap:v34b", "ni-chm:v34y"),
    ("ao-chm:v35a", "ao-chm:v35x"), ("cbd-chm:v35b", "ao-chm:v35x"), ("ao-chm:v35a", "cbd-chm:v35y"), ("cbd-chm:v35b", "cbd-chm:v35y"),
    ("informea:v36a", "informea:v36x"), ("informea-ar:v36b", "informea:v36x"), ("informea:v36a", "informea:v36y"), ("informea-ar:v36b", "informea:v36y"),
    ("bch:v37a", "bch:v37x"), ("bch-es:v37b", "bch:v37x"), ("bch:v37a", "bch:v37y"), ("bch-es:v37b", "bch:v37y"),
    ("dj-chm:v38a", "dj-chm:v38x"), ("infocap:v38b", "dj-chm:v38x"), ("dj-chm:v38a", "cf-chm:v38y"), ("infocap:v38b", "cf-chm:v38y"),
    ("sprep:v39a", "sprep:v39x"), ("sprep-fr:v39b", "sprep:v39x"), ("sprep:v39a", "sprep:v39y"), ("sprep-fr:v39b", "sprep:v39y"),
    ("gef:v40a", "gef:v40x"), ("cbd-chm-fr:v40b", "gef:v40x"), ("cbd-chm-es:v40c", "gef:v40x"), ("gef:v40a", "cbd-chm:v40y"), ("cbd-chm-fr:v40b", "cbd-chm:v40y"), ("cbd-chm-es:v40c", "cbd-chm:v40y"),
    ("cbd-chm:v41a", "cbd-chm:v41x"), ("tv-chm:v41b", "cbd-chm:v41x"), ("cbd-chm:v41a", "bch:v41y"), ("tv-chm:v41b", "bch:v41y"),
    ("mercury-ch:v42a", "mercury-ch:v42x"), ("bd-chm:v42b", "mercury-ch:v42x"), ("mercury-ch:v42a", "mercury-ch:v42y"), ("bd-chm:v42b", "mercury-ch:v42y"),
    ("ramsar:v06x", "ramsar:v06y"), ("infocap:v13x", "infocap:v13y"),
]  # fmt: skip
"""Look-alikes written on purpose: different items (178 pairs)."""
