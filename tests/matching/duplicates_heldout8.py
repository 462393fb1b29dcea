# ruff: noqa: E501  (hand-written records: one record per line reads best)
"""An eighth held-out set of duplicate pairs and look-alikes, written by hand and labelled
before chm was run on it.

Why an eighth one: the seventh set (tests/matching/duplicates_heldout7.py) was measured once as
held out, and the duplicate rules were then changed while looking at sets 1-7, so none of those
is held out any more. This file was written and committed **alone**, before any later change
to the rules, by someone who did not run chm's duplicate detection on it and did not look at
what chm gives for it; it is measured once, after the changes, and not tuned on.

Provenance: written for chm in the style of the public pages of the CBD clearing-house
(decisions, national reports, NBSAPs, needs, case studies, capacity-building offers, workshops
of the CHM series), the Biosafety Clearing-House (risk assessments, countries' decisions, laws,
country profiles, meetings of the Parties to the Cartagena Protocol and their documents), the
ABS Clearing-House (courses, country profiles), InforMEA (assessments, outlooks, monitors,
meetings of the review committees), the Minamata Convention clearing-house (guidance), the
Basel, Rotterdam and Stockholm Conventions through INFOCAP (national implementation plans,
PIC Circulars, e-learning modules, offers of the regional centres, needs, monitoring reports),
the UNEP document repository (handles), the Ramsar site information service and national
clearing-house nodes, in English, French, Spanish, Portuguese and Arabic. Most items are
published twice: translated as a translator would (idioms, not word for word), named by an
acronym in one copy (in the same or in another language), harvested from two nodes with their
own landing pages, a DOI or handle on one copy only, the creator written differently ("UNEP" /
"United Nations Environment Programme" / "PNUE"), the national copy often without a country
field, sometimes without a date, once dated by the day the national node posted it.
Countries, conventions, programmes, bodies, events of living modified organisms and series are
real; titles, texts, dates, identifiers, URLs and most organisations are written for this set.
No text was copied from the pages or from the earlier sets.

Labelling criteria (as in the earlier sets):

* ``SAME``: both records describe the same document (the same edition, version or issue),
  meeting (the same session), project (the same phase), need (the same request of the same
  country), offer (the same call, round or course edition), case or country profile, in any
  language, on any node, under any identifier.
* Every other two records of this file are **different items**; ``NEAR_MISSES`` lists the
  look-alikes written on purpose: the same programme, call or course in another year or
  country, the next or previous workshop of a series, a revised or earlier edition or a draft,
  a regional against a national version or another region's, a meeting against its report,
  the report against the agenda or the list of participants, the next or previous session,
  a national report of another reporting cycle, the same template filled by another country,
  a summary of a report, a country's decision against its risk assessment, a law against the
  decree that regulates it, the same country's other request.

``SAME`` is closed under transitivity (an item in three languages gives three pairs).
"""

from __future__ import annotations

from typing import Any

from tests.matching.duplicates_heldout4 import _r

SCBD = ("Secretariat of the Convention on Biological Diversity",)
UNEP = ("United Nations Environment Programme",)
UNDP = ("United Nations Development Programme",)
FAO = ("Food and Agriculture Organization of the United Nations",)
BRS = ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",)
MINAMATA = ("Secretariat of the Minamata Convention on Mercury",)
TBA = ("Tropical Biology Association",)
E_WASTE = (
    "United Nations Institute for Training and Research",
    "International Telecommunication Union",
)
LCBC = ("Lake Chad Basin Commission",)

RECORDS: list[dict[str, Any]] = [
    # 1 the framework's decision in three languages (creators written three ways); the monitoring framework adopted with it; the meeting's report
    _r("u01a", "cbd-chm", "document", "en", "Kunming-Montreal Global Biodiversity Framework (decision 15/4)", "Decision adopted by the Conference of the Parties at its fifteenth meeting: four goals for 2050 and 23 targets for 2030.", "2022-12-19", (), SCBD),
    _r("u01b", "cbd-chm-fr", "document", "fr", "Cadre mondial de la biodiversité de Kunming-Montréal (décision 15/4)", "Décision adoptée par la Conférence des Parties à sa quinzième réunion : quatre objectifs pour 2050 et 23 cibles pour 2030.", "2022-12-19", (), ("Secrétariat de la Convention sur la diversité biologique",)),
    _r("u01c", "cbd-chm-es", "document", "es", "Marco Mundial de Biodiversidad de Kunming-Montreal (decisión 15/4)", "Decisión adoptada por la Conferencia de las Partes en su decimoquinta reunión: cuatro objetivos para 2050 y 23 metas para 2030.", "2022-12-19", (), ("SCDB",)),
    _r("u01x", "cbd-chm", "document", "en", "Monitoring framework for the Kunming-Montreal Global Biodiversity Framework (decision 15/5)", "Headline, component and complementary indicators adopted together with the framework.", "2022-12-19", (), SCBD),
    _r("u01y", "cbd-chm", "document", "en", "Report of the Conference of the Parties to the Convention on Biological Diversity on its fifteenth meeting", "Proceedings of both parts of COP 15, in Kunming and in Montreal.", "2023", (), SCBD),
    # 2 a seventh national report, the national French copy without country (creator by its acronym); the same country's sixth report; the same template filled by a neighbour
    _r("u02a", "cbd-chm", "document", "en", "Seventh national report of Senegal to the Convention on Biological Diversity", "Senegal's account of progress towards its national targets aligned with the Kunming-Montreal Global Biodiversity Framework.", "2026-02-27", ("SN",), ("Direction des Parcs nationaux",)),
    _r("u02b", "sn-chm", "document", "fr", "7e rapport national sur la diversité biologique", "Bilan du Sénégal sur les progrès vers ses cibles nationales alignées sur le Cadre mondial de la biodiversité de Kunming-Montréal.", "2026", (), ("DPN",)),
    _r("u02x", "sn-chm", "document", "fr", "6e rapport national sur la diversité biologique", "Bilan du Sénégal sur la mise en œuvre du plan stratégique 2011-2020 et des objectifs d'Aichi.", "2019", (), ("DPN",)),
    _r("u02y", "cbd-chm", "document", "en", "Seventh national report of Mauritania to the Convention on Biological Diversity", "Mauritania's account of progress towards its national targets under the Kunming-Montreal Global Biodiversity Framework.", "2026-02-20", ("MR",), ("Ministère de l'Environnement et du Développement Durable",)),
    # 3 a risk assessment on the BCH and on the national portal in Portuguese (two URLs); the country's decision on the same event; another country's assessment of it; the stacked event
    _r("u03a", "bch", "document", "en", "Risk assessment: soybean DAS-81419-2 for cultivation, food and feed (Brazil)", "Assessment by the National Technical Biosafety Commission (CTNBio) of a soybean protected against lepidopteran pests, for commercial release.", "2016", ("BR",), ("Comissão Técnica Nacional de Biossegurança",), ("https://bch.cbd.int/database/record?documentID=BCH-RA-BR-264515",)),
    _r("u03b", "br-bch", "document", "pt", "Avaliação de risco da soja geneticamente modificada DAS-81419-2 para liberação comercial", "Parecer técnico da CTNBio sobre a soja resistente a lagartas, para cultivo, alimentação humana e animal.", "2016-09-08", (), ("CTNBio",), ("http://ctnbio.example.gov.br/pareceres/5166-2016",)),
    _r("u03x", "bch", "document", "en", "Country's decision: soybean DAS-81419-2 for cultivation, food and feed (Brazil)", "Brazil authorised the commercial release of the event after CTNBio's technical opinion.", "2016", ("BR",), ("Comissão Técnica Nacional de Biossegurança",)),
    _r("u03y", "bch", "document", "es", "Evaluación del riesgo de la soja DAS-81419-2: Argentina", "Evaluación de la CONABIA de la soja resistente a lepidópteros, para cultivo y consumo.", "2019", ("AR",), ("Comisión Nacional Asesora de Biotecnología Agropecuaria",)),
    _r("u03z", "br-bch", "document", "pt", "Avaliação de risco da soja geneticamente modificada DAS-81419-2 × DAS-44406-6 para liberação comercial", "Parecer técnico da CTNBio sobre a soja com eventos combinados, resistente a lagartas e tolerante a herbicidas.", "2017-11-09", (), ("CTNBio",)),
    # 4 a need reworded by the national node, neither date nor country; the neighbour's need with the same title; the same country's other need
    _r("u04a", "cbd-chm", "need", "en", "Support for a national wetland inventory using remote sensing", "Bhutan seeks technical support to map and classify its high-altitude wetlands with satellite imagery and field validation.\nType of support: technical assistance", "2023", ("BT",)),
    _r("u04b", "bt-chm", "need", "en", "Mapping our high-altitude wetlands: technical help wanted", "The National Biodiversity Centre is looking for expertise in satellite mapping of alpine lakes, marshes and peatlands, with checks in the field.\nType of support: technical assistance", None, ()),
    _r("u04x", "cbd-chm", "need", "en", "Support for a national wetland inventory using remote sensing", "Nepal seeks support to inventory its wetlands, from the Terai to the high mountains, with satellite data.\nType of support: technical assistance", "2023", ("NP",)),
    _r("u04y", "cbd-chm", "need", "en", "Support for the third national forest inventory", "Bhutan seeks support for plot design and remote sensing in its next national forest inventory.\nType of support: technical assistance", "2023", ("BT",)),
    # 5 a biosafety need, the English copy without country (the text names the country); the neighbour's same request; the same country's other request
    _r("u05a", "bch", "need", "es", "Apoyo técnico para la detección de OVM en granos importados", "Honduras solicita apoyo para muestrear y analizar cargamentos de maíz y soja importados en busca de organismos vivos modificados no autorizados.\nTipo de apoyo: asistencia técnica", "2024", ("HN",)),
    _r("u05b", "bch-int", "need", "en", "Help needed to screen imported grain shipments for living modified organisms", "The Honduran biosafety authority asks for help with sampling and PCR screening of imported maize and soybean consignments.\nType of support: technical assistance", "2024", ()),
    _r("u05x", "bch", "need", "es", "Apoyo técnico para la detección de OVM en granos importados", "Guatemala solicita apoyo para analizar cargamentos de maíz importado en sus puertos.\nTipo de apoyo: asistencia técnica", "2024", ("GT",)),
    _r("u05y", "bch", "need", "es", "Capacitación en evaluación del riesgo de organismos vivos modificados", "Honduras solicita formación para su comité técnico de bioseguridad en la evaluación del riesgo.\nTipo de apoyo: formación", "2024", ("HN",)),
    # 6 an e-waste need, the national Portuguese copy with neither date nor country; the neighbour's Portuguese copy, also bare; the same country's other need
    _r("u06a", "infocap", "need", "en", "Technical assistance for an e-waste collection and management system", "Cabo Verde requests assistance to design take-back, collection and environmentally sound treatment of waste electrical and electronic equipment across its islands.\nType of support: technical assistance", "2024", ("CV",)),
    _r("u06b", "cv-chm", "need", "pt", "Apoio técnico para um sistema de recolha e gestão de resíduos de equipamentos elétricos e eletrónicos", "Cabo Verde precisa de apoio para conceber a retoma, a recolha e o tratamento ambientalmente racional dos REEE em todas as ilhas.\nTipo de apoio: assistência técnica", None, ()),
    _r("u06x", "st-chm", "need", "pt", "Apoio técnico para um sistema de recolha e gestão de resíduos de equipamentos elétricos e eletrónicos", "São Tomé e Príncipe precisa de apoio para organizar a recolha dos REEE.\nTipo de apoio: assistência técnica", None, ()),
    _r("u06y", "infocap", "need", "en", "Support to end the open burning of household waste", "Cabo Verde requests support for municipal waste collection so that households stop burning waste in the open.\nType of support: technical assistance", "2024", ("CV",)),
    # 7 a laboratory need in two languages; the neighbour's need with the same English title; the same country's training need
    _r("u07a", "infocap-fr", "need", "fr", "Renforcement du laboratoire national de contrôle de la qualité des pesticides", "Le Burundi demande un appui en équipement et en formation pour vérifier la teneur en matière active des pesticides importés.\nType d'appui : équipement, formation", "2023", ("BI",)),
    _r("u07b", "infocap", "need", "en", "Strengthening the national pesticide quality control laboratory", "Burundi requests equipment and training to check the active ingredient content of imported pesticides.\nType of support: equipment, training", "2023", ("BI",)),
    _r("u07x", "infocap", "need", "en", "Strengthening the national pesticide quality control laboratory", "Rwanda requests support to have its pesticide formulation and residue laboratory accredited.\nType of support: equipment", "2023", ("RW",)),
    _r("u07y", "infocap-fr", "need", "fr", "Formation des inspecteurs phytosanitaires au contrôle des pesticides aux frontières", "Le Burundi demande la formation de ses inspecteurs aux postes frontaliers.\nType d'appui : formation", "2023", ("BI",)),
    # 8 a grants round harvested from two nodes (two URLs, the creator written two ways, no country on one); the previous round; the sister fund
    _r("u08a", "cbd-chm", "support-source", "en", "Darwin Initiative Round 31: main and extra projects, call for applications", "UK government grants for projects that protect biodiversity and reduce poverty in low and middle income countries.\nType of support: funding\nEligible countries: ODA-eligible countries", "2024-04-16", ("GB",), ("Department for Environment, Food & Rural Affairs",), ("https://chm.cbd.int/database/record?documentID=266112",)),
    _r("u08b", "uk-chm", "support-source", "en", "Darwin Initiative – Round 31 – Main & Extra", "Applications are open for Darwin Initiative Main and Darwin Extra projects; stage 1 closes in July.\nType of support: funding", "2024-04-18", (), ("Defra",), ("https://chm.example.org.uk/funding/darwin-round-31",)),
    _r("u08x", "uk-chm", "support-source", "en", "Darwin Initiative – Round 30 – Main & Extra", "Applications for Round 30 of the Darwin Initiative.\nType of support: funding", "2023-04-20", (), ("Defra",), ("https://chm.example.org.uk/funding/darwin-round-30",)),
    _r("u08y", "cbd-chm", "support-source", "en", "Darwin Plus Round 13: call for applications", "Grants for the natural environment of the UK Overseas Territories.\nType of support: funding\nEligible countries: UK Overseas Territories", "2024-05-02", ("GB",), ("Department for Environment, Food & Rural Affairs",)),
    # 9 a course offer in two languages (the creator by its French short name); the next session; the sister course
    _r("u09a", "abs-ch", "support-source", "en", "Online course on access and benefit-sharing under the Nagoya Protocol, 2025 session", "A ten-week moderated course for national focal points and competent national authorities.\nType of support: training\nEligible countries: Parties to the Nagoya Protocol", "2025", (), ("ABS Capacity Development Initiative",)),
    _r("u09b", "abs-ch-fr", "support-source", "fr", "Cours en ligne sur l'accès et le partage des avantages au titre du Protocole de Nagoya, session 2025", "Un cours animé de dix semaines pour les correspondants nationaux et les autorités nationales compétentes.\nType d'appui : formation\nPays éligibles : Parties au Protocole de Nagoya", "2025", (), ("Initiative APA",)),
    _r("u09x", "abs-ch", "support-source", "en", "Online course on access and benefit-sharing under the Nagoya Protocol, 2026 session", "The 2026 session of the ten-week course.\nType of support: training", "2026", (), ("ABS Capacity Development Initiative",)),
    _r("u09y", "bch", "support-source", "en", "Online course on the risk assessment of living modified organisms, 2025 session", "A moderated course for risk assessors of the Parties to the Cartagena Protocol.\nType of support: training", "2025", (), SCBD),
    # 10 a regional centre's offer, the English copy by the centre's acronym; the same centre's other course; another region's centre with the same course
    _r("u10a", "infocap-es", "support-source", "es", "Capacitación en inventarios de residuos de aparatos eléctricos y electrónicos para América Latina y el Caribe", "El Centro Coordinador del Convenio de Basilea y Centro Regional del Convenio de Estocolmo ofrece un curso sobre inventarios de RAEE.\nTipo de apoyo: formación\nPaíses elegibles: América Latina y el Caribe", "2025", ("UY",), ("Centro Coordinador del Convenio de Basilea para América Latina y el Caribe",)),
    _r("u10b", "infocap", "support-source", "en", "BCCC-SCRC Uruguay: training on e-waste inventories for Latin America and the Caribbean", "The regional centre in Montevideo offers a course on inventories of waste electrical and electronic equipment.\nType of support: training\nEligible countries: Latin America and the Caribbean", "2025", ("UY",), ("BCCC-SCRC Uruguay",)),
    _r("u10x", "infocap-es", "support-source", "es", "Capacitación en la gestión ambientalmente racional de baterías de plomo-ácido usadas para América Latina y el Caribe", "El Centro ofrece un curso sobre la gestión de baterías usadas.\nTipo de apoyo: formación", "2025", ("UY",), ("Centro Coordinador del Convenio de Basilea para América Latina y el Caribe",)),
    _r("u10y", "infocap", "support-source", "en", "BCRC-Egypt: training on e-waste inventories for the Arab States", "The Basel Convention regional centre in Cairo offers a course on inventories of waste electrical and electronic equipment.\nType of support: training\nEligible countries: Arab States", "2025", ("EG",), ("BCRC-Egypt",)),
    # 11 a national project in English (GEF number), French and Arabic (no country, creator written three ways); the neighbour's project; the same country's biosafety project
    _r("u11a", "cbd-chm", "project", "en", "Strengthening national capacities for the implementation of the Nagoya Protocol in Morocco", "GEF-funded project to draft the national ABS law, issue access permits and train users of genetic resources.", "2021", ("MA",), UNEP, ("gef:10512",)),
    _r("u11b", "ma-chm", "project", "fr", "Renforcement des capacités nationales pour la mise en œuvre du Protocole de Nagoya au Maroc", "Projet financé par le FEM : projet de loi APA, permis d'accès et formation des utilisateurs des ressources génétiques.", "2021", (), ("PNUE",)),
    _r("u11c", "ma-chm-ar", "project", "ar", "تعزيز القدرات الوطنية لتنفيذ بروتوكول ناغويا في المغرب", "مشروع ممول من مرفق البيئة العالمية لإعداد القانون الوطني للحصول على الموارد الجينية وتقاسم منافعها ومنح التراخيص وتكوين مستعملي الموارد الجينية.", "2021", (), ("برنامج الأمم المتحدة للبيئة",)),
    _r("u11x", "cbd-chm", "project", "fr", "Renforcement des capacités nationales pour la mise en œuvre du Protocole de Nagoya en Tunisie", "Projet du FEM pour le cadre national APA de la Tunisie.", "2021", ("TN",), ("PNUE",)),
    _r("u11y", "cbd-chm", "project", "en", "Strengthening national capacities for the implementation of the Cartagena Protocol in Morocco", "Project for the national biosafety framework and a detection laboratory.", "2019", ("MA",), UNEP),
    # 12 a regional project in two languages (the French creator by its acronym, no country); one country's component; the second phase
    _r("u12a", "cbd-chm", "project", "en", "Improving the conservation and sustainable management of Lake Chad basin ecosystems", "A regional project of the Lake Chad Basin Commission with Cameroon, Chad, the Central African Republic, Niger and Nigeria.", "2018", ("CM", "TD", "CF", "NE", "NG"), LCBC),
    _r("u12b", "cbd-chm-fr", "project", "fr", "Amélioration de la conservation et de la gestion durable des écosystèmes du bassin du lac Tchad", "Projet régional de la Commission du bassin du lac Tchad avec le Cameroun, le Tchad, la République centrafricaine, le Niger et le Nigeria.", "2018", (), ("CBLT",)),
    _r("u12x", "ne-chm", "project", "fr", "Amélioration de la gestion durable des écosystèmes du bassin du lac Tchad : composante nationale du Niger", "Les activités du projet régional dans la région de Diffa.", "2019", (), ("CBLT",)),
    _r("u12y", "cbd-chm", "project", "en", "Improving the conservation and sustainable management of Lake Chad basin ecosystems, phase II", "The second phase of the regional project, 2024-2028.", "2024", ("CM", "TD", "CF", "NE", "NG"), LCBC),
    # 13 a global assessment with a DOI on the English copy only (creator written two ways); its in-brief summary; the sister report
    _r("u13a", "informea", "document", "en", "The State of the World's Biodiversity for Food and Agriculture", "The first global assessment of biodiversity for food and agriculture, built on 91 country reports.", "2019", (), ("FAO Commission on Genetic Resources for Food and Agriculture",), ("doi:10.4060/ca3205en",)),
    _r("u13b", "informea-es", "document", "es", "El estado de la biodiversidad para la alimentación y la agricultura en el mundo", "Primera evaluación mundial de la biodiversidad para la alimentación y la agricultura, elaborada a partir de 91 informes de países.", "2019", (), ("Organización de las Naciones Unidas para la Alimentación y la Agricultura",)),
    _r("u13x", "informea", "document", "en", "The State of the World's Biodiversity for Food and Agriculture: in brief", "The key findings of the assessment in a short booklet.", "2019", (), FAO, ("doi:10.4060/ca3229en",)),
    _r("u13y", "informea", "document", "en", "The Second Report on the State of the World's Plant Genetic Resources for Food and Agriculture", "The global assessment of plant genetic resources.", "2010", (), FAO),
    # 14 an outlook with a DOI on the English copy only, idiomatic French subtitle, "UNEP" / "PNUE"; the first outlook
    _r("u14a", "informea", "document", "en", "Global Waste Management Outlook 2024: Beyond an age of waste – Turning rubbish into a resource", "The second outlook, prepared with ISWA: municipal solid waste generation and its costs to 2050.", "2024", (), ("UNEP", "International Solid Waste Association"), ("doi:10.59117/20.500.11822/44939",)),
    _r("u14b", "informea-fr", "document", "fr", "Perspectives mondiales de la gestion des déchets 2024 : en finir avec l'ère du jetable – faire de nos ordures une ressource", "Deuxième édition des perspectives, préparée avec l'ISWA : production de déchets municipaux solides et coûts jusqu'en 2050.", "2024", (), ("PNUE", "ISWA")),
    _r("u14x", "informea", "document", "en", "Global Waste Management Outlook", "The first outlook, prepared with ISWA.", "2015", (), ("United Nations Environment Programme", "International Solid Waste Association")),
    # 15 a report with a handle on the repository copy only, a second English copy from another node, a Spanish copy; the previous edition
    _r("u15a", "unep-docs", "document", "en", "Frontiers 2022: Noise, Blazes and Mismatches – Emerging Issues of Environmental Concern", "Urban noise pollution, wildfires and shifts in the timing of species' life cycles.", "2022", (), UNEP, ("hdl:20.500.11822/38061", "https://wedocs.example.org/handle/20.500.11822/38061")),
    _r("u15b", "informea", "document", "en", "Frontiers 2022 – Noise, blazes and mismatches", "UNEP's report on three emerging issues: noise in cities, wildfires and mismatched timing in nature.", "2022-02-17", (), ("UNEP",), ("https://www.informea.example.org/en/frontiers-2022",)),
    _r("u15c", "informea-es", "document", "es", "Fronteras 2022: ruido, llamas y desfases – Nuevos temas de preocupación ambiental", "La contaminación acústica urbana, los incendios forestales y los cambios fenológicos.", "2022", (), ("PNUMA",)),
    _r("u15x", "unep-docs", "document", "en", "Frontiers 2018/19: Emerging Issues of Environmental Concern", "Synthetic biology, ecological connectivity, permafrost peatlands, the nitrogen cycle and maladaptation.", "2019", (), UNEP, ("hdl:20.500.11822/27538", "https://wedocs.example.org/handle/20.500.11822/27538")),
    # 16 a meeting of the Parties in English, Spanish and by its acronym on the host country's node (no date, no country); the next meeting
    _r("u16a", "cbd-chm", "event", "en", "Eleventh meeting of the Conference of the Parties serving as the meeting of the Parties to the Cartagena Protocol on Biosafety", "Cali, Colombia, 21 October - 1 November 2024, held concurrently with COP 16.", "2024-10-21", ("CO",), SCBD),
    _r("u16b", "bch-es", "event", "es", "Undécima reunión de la Conferencia de las Partes que actúa como reunión de las Partes en el Protocolo de Cartagena sobre Seguridad de la Biotecnología", "Cali (Colombia), del 21 de octubre al 1 de noviembre de 2024, paralelamente a la COP 16.", "2024-10-21", ("CO",), ("Secretaría del Convenio sobre la Diversidad Biológica",)),
    _r("u16c", "co-chm", "event", "es", "CP-MOP 11 – Cali 2024", "Colombia acogió la reunión de las Partes del Protocolo de Bioseguridad en el centro de eventos Valle del Pacífico.", None, ()),
    _r("u16x", "cbd-chm", "event", "en", "Twelfth meeting of the Conference of the Parties serving as the meeting of the Parties to the Cartagena Protocol on Biosafety", "Yerevan, Armenia, October 2026, held concurrently with COP 17.", "2026-10-19", ("AM",), SCBD),
    # 17 that meeting's report in two languages; its provisional agenda; its list of participants; the previous meeting's report
    _r("u17a", "bch", "document", "en", "Report of the Conference of the Parties serving as the meeting of the Parties to the Cartagena Protocol on Biosafety on its eleventh meeting", "The decisions adopted in Cali and the proceedings of the meeting.", "2024", (), SCBD),
    _r("u17b", "bch-es", "document", "es", "Informe de la Conferencia de las Partes que actúa como reunión de las Partes en el Protocolo de Cartagena sobre Seguridad de la Biotecnología sobre su undécima reunión", "Las decisiones adoptadas en Cali y las actas de la reunión.", "2024", (), ("SCDB",)),
    _r("u17x", "bch", "document", "en", "Provisional agenda of the eleventh meeting of the Conference of the Parties serving as the meeting of the Parties to the Cartagena Protocol on Biosafety", "The items proposed for the meeting in Cali.", "2024", (), SCBD),
    _r("u17y", "bch", "document", "en", "List of participants: eleventh meeting of the Conference of the Parties serving as the meeting of the Parties to the Cartagena Protocol on Biosafety", "Parties, observers and organizations registered in Cali.", "2024", (), SCBD),
    _r("u17z", "bch", "document", "en", "Report of the Conference of the Parties serving as the meeting of the Parties to the Cartagena Protocol on Biosafety on its tenth meeting", "The decisions adopted in Montreal and the proceedings of the meeting.", "2022", (), SCBD),
    # 18 a workshop of a series, the host country's copy by the acronym with neither date nor country; the African and Latin American workshops of the same year; the region's previous workshop
    _r("u18a", "cbd-chm", "event", "en", "Regional workshop on national clearing-house mechanisms for Asia and the Pacific, Bangkok, 2025", "Hands-on training for CHM focal points on national websites and knowledge management under the Framework.", "2025-06-10", ("TH",), SCBD),
    _r("u18b", "th-chm", "event", "en", "CHM capacity-building workshop (Asia-Pacific) in Bangkok", "The Office of Natural Resources and Environmental Policy and Planning hosted the region's CHM focal points for a week of training on their national websites.", None, ()),
    _r("u18x", "cbd-chm", "event", "en", "Regional workshop on national clearing-house mechanisms for Africa, Addis Ababa, 2025", "Training for the CHM focal points of Africa.", "2025-09-15", ("ET",), SCBD),
    _r("u18y", "cbd-chm-es", "event", "es", "Taller regional sobre los mecanismos nacionales de facilitación para América Latina y el Caribe, Bogotá, 2025", "Capacitación para los puntos focales del CHM de la región.", "2025-11-03", ("CO",), ("Secretaría del Convenio sobre la Diversidad Biológica",)),
    _r("u18z", "cbd-chm", "event", "en", "Regional workshop on national clearing-house mechanisms for Asia and the Pacific, Incheon, 2023", "The region's previous workshop of the series.", "2023-05-22", ("KR",), SCBD),
    # 19 a training module in two languages (the creator written two ways); the sister convention's module; the earlier version
    _r("u19a", "infocap", "document", "en", "E-learning module: the prior informed consent procedure of the Basel Convention", "Interactive module on notifications, movement documents and consent for transboundary movements of hazardous wastes.", "2021", (), BRS),
    _r("u19b", "infocap-fr", "document", "fr", "Module d'apprentissage en ligne : la procédure de consentement préalable en connaissance de cause de la Convention de Bâle", "Module interactif sur les notifications, les documents de mouvement et le consentement pour les mouvements transfrontières de déchets dangereux.", "2021", (), ("Secrétariat des conventions de Bâle, de Rotterdam et de Stockholm",)),
    _r("u19x", "infocap", "document", "en", "E-learning module: the prior informed consent procedure of the Rotterdam Convention", "Interactive module on the chemicals of Annex III and import responses.", "2021", (), BRS),
    _r("u19y", "infocap", "document", "en", "E-learning module: the prior informed consent procedure of the Basel Convention (2016 version)", "The first version of the module.", "2016", (), BRS),
    # 20 a country profile on the BCH and on the national node in Spanish (no country); the neighbour's profile; the same country's profile on the other clearing-house
    _r("u20a", "bch", "national-profile", "en", "Ecuador – Biosafety Clearing-House country profile", "Party to the Cartagena Protocol since 2003; national focal points, competent national authorities and laws.", "2024", ("EC",), SCBD, ("https://bch.cbd.int/en/countries/EC",)),
    _r("u20b", "ec-chm", "national-profile", "es", "Perfil de país del Ecuador en el Centro de Intercambio de Información sobre Seguridad de la Biotecnología", "Parte en el Protocolo de Cartagena desde 2003; puntos focales nacionales, autoridades nacionales competentes y leyes.", "2024", (), ("Ministerio del Ambiente, Agua y Transición Ecológica",), ("https://bioseguridad.example.gob.ec/perfil",)),
    _r("u20x", "bch", "national-profile", "en", "Peru – Biosafety Clearing-House country profile", "Party to the Cartagena Protocol since 2004; national focal points and laws.", "2024", ("PE",), SCBD, ("https://bch.cbd.int/en/countries/PE",)),
    _r("u20y", "abs-ch", "national-profile", "en", "Ecuador – Access and Benefit-sharing Clearing-House country profile", "Party to the Nagoya Protocol since 2017; checkpoints, permits and measures.", "2024", ("EC",), SCBD, ("https://absch.cbd.int/en/countries/EC",)),
    # 21 a case study with an idiomatic French title (no country); the neighbour's case; the national review of the same network
    _r("u21a", "cbd-chm", "case-study", "en", "Fishing for tomorrow: locally managed marine areas in Fiji", "Villages set tabu areas and catch rules on their customary fishing grounds, backed by the provincial councils.", "2020", ("FJ",)),
    _r("u21b", "cbd-chm-fr", "case-study", "fr", "Pêcher aujourd'hui sans hypothéquer demain : les aires marines gérées localement aux Fidji", "Les villages instaurent des zones tabu et des règles de pêche sur leurs zones coutumières, avec l'appui des conseils provinciaux.", "2020", ()),
    _r("u21x", "cbd-chm", "case-study", "en", "Locally managed marine areas in Vanuatu: community fisheries rules", "Custom chiefs and fisheries officers agree on closed seasons in Vanuatu's islands.", "2020", ("VU",)),
    _r("u21y", "fj-chm", "document", "en", "Twenty years of locally managed marine areas in Fiji: a national review", "A review of the network's coverage and results, 2000-2020.", "2021", ()),
    # 22 a case study, Spanish with a local word, English with an idiomatic title; the neighbour's case; the same reserve's census
    _r("u22a", "pe-chm", "case-study", "es", "Chaccu: la esquila comunitaria de vicuñas en Pampa Galeras", "Las comunidades de Lucanas capturan, esquilan y liberan vicuñas silvestres y venden la fibra.", "2022", ("PE",)),
    _r("u22b", "cbd-chm", "case-study", "en", "Shearing without killing: community vicuña round-ups in Peru's Pampa Galeras reserve", "Andean communities of Lucanas capture, shear and release wild vicuñas and sell the fibre.", "2022", ("PE",)),
    _r("u22x", "cbd-chm", "case-study", "es", "Manejo comunitario de la vicuña en el Área Natural de Manejo Integrado Apolobamba, Bolivia", "Esquila y comercio de fibra en las comunidades de Apolobamba.", "2022", ("BO",)),
    _r("u22y", "pe-chm", "document", "es", "Censo nacional de vicuñas 2023: resultados para Pampa Galeras", "Resultados del censo poblacional en la reserva.", "2023", ("PE",)),
    # 23 an NBSAP by its French acronym on the national node (no country) and its English acronym on the CBD portal; the previous strategy; the neighbour's
    _r("u23a", "bj-chm", "document", "fr", "Stratégie et plan d'action nationaux pour la biodiversité (SPANB) du Bénin 2025-2030", "Le SPANB révisé du Bénin, aligné sur le Cadre mondial de la biodiversité de Kunming-Montréal.", "2025", (), ("Ministère du Cadre de Vie et des Transports, chargé du Développement Durable",)),
    _r("u23b", "cbd-chm", "document", "en", "Benin NBSAP 2025-2030", "Benin's updated national biodiversity strategy and action plan, aligned with the Kunming-Montreal Global Biodiversity Framework (document in French).", "2025", ("BJ",)),
    _r("u23x", "bj-chm", "document", "fr", "Stratégie et plan d'action nationaux pour la biodiversité (SPANB) du Bénin 2011-2020", "Le SPANB adopté en 2011.", "2011", ()),
    _r("u23y", "tg-chm", "document", "fr", "Stratégie et plan d'action nationaux pour la biodiversité (SPANB) du Togo 2025-2030", "Le SPANB révisé du Togo.", "2025", ()),
    # 24 a NIP, the national Portuguese copy dated by its posting (no country); the updated NIP; another country's Portuguese NIP (no country)
    _r("u24a", "gw-chm", "document", "pt", "Plano Nacional de Implementação (PNI) da Convenção de Estocolmo sobre os Poluentes Orgânicos Persistentes", "Plano da Guiné-Bissau para eliminar os POP e gerir as existências e os resíduos.", "2020-02-11", (), ("Direção Geral do Ambiente",)),
    _r("u24b", "infocap", "document", "en", "Guinea-Bissau National Implementation Plan (NIP) for the Stockholm Convention", "Guinea-Bissau's plan to eliminate persistent organic pollutants and manage their stockpiles and wastes.", "2019", ("GW",)),
    _r("u24x", "infocap", "document", "en", "Guinea-Bissau updated National Implementation Plan for the Stockholm Convention", "The plan updated for the POPs listed since 2017.", "2024", ("GW",)),
    _r("u24y", "mz-chm", "document", "pt", "Plano Nacional de Implementação da Convenção de Estocolmo sobre os Poluentes Orgânicos Persistentes", "Plano de Moçambique para os POP.", "2019", ()),
    # 25 guidance in two languages (the secretariat written two ways); the draft circulated before adoption; the sibling guidance
    _r("u25a", "mercury-ch", "document", "en", "Guidance on the management of contaminated sites", "Guidance adopted by the Conference of the Parties under Article 12: identifying, assessing and remediating sites contaminated by mercury.", "2019", (), ("Minamata Convention Secretariat",)),
    _r("u25b", "mercury-ch-es", "document", "es", "Orientaciones sobre la gestión de sitios contaminados", "Orientaciones aprobadas por la Conferencia de las Partes con arreglo al artículo 12: detección, evaluación y rehabilitación de sitios contaminados con mercurio.", "2019", (), ("Secretaría del Convenio de Minamata sobre el Mercurio",)),
    _r("u25x", "mercury-ch", "document", "en", "Draft guidance on the management of contaminated sites, for comments", "The draft circulated to Parties before the second meeting of the Conference of the Parties.", "2018", (), MINAMATA),
    _r("u25y", "mercury-ch", "document", "en", "Guidance on the environmentally sound interim storage of mercury other than waste mercury", "Guidance adopted under Article 10.", "2018", (), MINAMATA),
    # 26 a PIC Circular in three languages (Spanish acronym CFP); the previous issue in two languages
    _r("u26a", "infocap", "document", "en", "PIC Circular LVIII – December 2023", "Final regulatory actions, import responses and the status of implementation of the Rotterdam Convention, May to October 2023.", "2023", (), BRS),
    _r("u26b", "infocap-fr", "document", "fr", "Circulaire PIC LVIII – décembre 2023", "Mesures de réglementation finales, réponses concernant l'importation et état de la mise en œuvre de la Convention de Rotterdam, de mai à octobre 2023.", "2023", (), ("Secrétariat de la Convention de Rotterdam",)),
    _r("u26c", "infocap-es", "document", "es", "Circular CFP LVIII – diciembre de 2023", "Medidas reglamentarias firmes, respuestas sobre la importación y estado de aplicación del Convenio de Rotterdam, de mayo a octubre de 2023.", "2023", (), ("Secretaría del Convenio de Rotterdam",)),
    _r("u26x", "infocap", "document", "en", "PIC Circular LVII – June 2023", "Final regulatory actions, import responses and the status of implementation of the Rotterdam Convention, November 2022 to April 2023.", "2023", (), BRS),
    _r("u26y", "infocap-fr", "document", "fr", "Circulaire PIC LVII – juin 2023", "Mesures de réglementation finales, réponses concernant l'importation et état de la mise en œuvre de la Convention de Rotterdam, de novembre 2022 à avril 2023.", "2023", (), ("Secrétariat de la Convention de Rotterdam",)),
    # 27 a review committee meeting by its acronym (no country, no creator) and in French words; the next meeting; the other committee's meeting of the same month
    _r("u27a", "infocap", "event", "en", "POPRC-19, Rome", "The Persistent Organic Pollutants Review Committee's 2023 meeting at FAO headquarters.", "2023", ()),
    _r("u27b", "informea-fr", "event", "fr", "Dix-neuvième réunion du Comité d'étude des polluants organiques persistants", "Rome, 9-13 octobre 2023.", "2023-10-09", ("IT",), ("Secrétariat de la Convention de Stockholm",)),
    _r("u27x", "informea", "event", "en", "Twentieth meeting of the Persistent Organic Pollutants Review Committee", "Rome, 23-27 September 2024.", "2024-09-23", ("IT",), BRS),
    _r("u27y", "informea", "event", "en", "Nineteenth meeting of the Chemical Review Committee", "Rome, 3-6 October 2023.", "2023-10-03", ("IT",), BRS),
    # 28 an assessment with a DOI in English, the Spanish copy undated ("UNEP" against the full Spanish name); its summary for policy makers; another agency's peatland overview
    _r("u28a", "informea", "document", "en", "Global Peatlands Assessment: The State of the World's Peatlands", "Evidence for action toward the conservation, restoration and sustainable management of peatlands; main report.", "2022", (), ("UNEP",), ("doi:10.59117/20.500.11822/41222",)),
    _r("u28b", "informea-es", "document", "es", "Evaluación mundial de las turberas: el estado de las turberas del mundo", "Datos para actuar en favor de la conservación, la restauración y el manejo sostenible de las turberas; informe principal.", None, (), ("Programa de las Naciones Unidas para el Medio Ambiente",)),
    _r("u28x", "informea", "document", "en", "Global Peatlands Assessment: The State of the World's Peatlands – summary for policy makers", "The key messages of the assessment.", "2022", (), ("UNEP",)),
    _r("u28y", "informea", "document", "en", "Peatland mapping and monitoring: recommendations and technical overview", "A technical overview of mapping and monitoring peatlands.", "2020", (), FAO),
    # 29 a need in French and reworded in English by the national node (neither date nor country, the text names islands only); the neighbour's; the same country's other marine need
    _r("u29a", "cbd-chm-fr", "need", "fr", "Demande d'appui pour l'élaboration d'un plan d'aménagement de l'espace marin", "L'Union des Comores sollicite un appui pour la planification de l'espace marin autour de Mohéli et d'Anjouan.\nType d'appui : assistance technique", "2024", ("KM",)),
    _r("u29b", "km-chm", "need", "en", "Marine spatial planning: support needed", "Technical help to zone the waters around Mohéli and Anjouan for fishing, tourism and conservation.\nType of support: technical assistance", None, ()),
    _r("u29x", "cbd-chm", "need", "en", "Support to develop a marine spatial plan", "Mauritius requests support for the marine spatial planning of its exclusive economic zone.\nType of support: technical assistance", "2024", ("MU",)),
    _r("u29y", "cbd-chm-fr", "need", "fr", "Demande d'appui pour la révision du plan de gestion du parc marin de Mohéli", "Les Comores sollicitent un appui pour réviser le plan de gestion du parc.\nType d'appui : assistance technique", "2024", ("KM",)),
    # 30 a field course offer in two languages (the creator by its acronym); last year's course in another country; the same organisation's other course of the year
    _r("u30a", "cbd-chm", "support-source", "en", "Tropical Biology Association field course in tropical ecology and conservation, Kenya 2025", "A four-week field course for early-career African conservationists.\nType of support: training\nEligible countries: African countries", "2025", ("KE",), TBA),
    _r("u30b", "cbd-chm-fr", "support-source", "fr", "Cours de terrain en écologie tropicale et conservation de la Tropical Biology Association, Kenya 2025", "Un cours de terrain de quatre semaines pour de jeunes conservationnistes africains.\nType d'appui : formation\nPays éligibles : pays d'Afrique", "2025", ("KE",), ("TBA",)),
    _r("u30x", "cbd-chm", "support-source", "en", "Tropical Biology Association field course in tropical ecology and conservation, Tanzania 2024", "The 2024 course, in Tanzania.\nType of support: training", "2024", ("TZ",), TBA),
    _r("u30y", "cbd-chm", "support-source", "en", "Tropical Biology Association: conservation project design course, Kenya 2025", "A two-week course on designing and funding conservation projects.\nType of support: training", "2025", ("KE",), TBA),
    # 31 a regional flyway project in two languages (GEF number in one, "UNDP" / "PNUD"); one country's component; the second phase
    _r("u31a", "cbd-chm", "project", "en", "Mainstreaming conservation of migratory soaring birds into key productive sectors along the Rift Valley/Red Sea flyway", "A regional UNDP-GEF project with BirdLife International in eleven countries from Djibouti to Lebanon.", "2011", (), UNDP, ("gef:1028",)),
    _r("u31b", "cbd-chm-fr", "project", "fr", "Intégration de la conservation des oiseaux planeurs migrateurs dans les secteurs productifs clés le long de la voie de migration Vallée du Rift / mer Rouge", "Projet régional PNUD-FEM mené avec BirdLife International dans onze pays, de Djibouti au Liban.", "2011", (), ("PNUD",)),
    _r("u31x", "jo-chm", "project", "en", "Migratory soaring birds project: Jordan national component", "Bird-safe wind energy and hunting rules along the Aqaba bottleneck.", "2012", ()),
    _r("u31y", "cbd-chm", "project", "en", "Migratory soaring birds project, phase II: safe flyways for the energy and waste sectors", "The second phase of the regional project, 2015-2020.", "2015", (), UNDP),
    # 32 a Ramsar site sheet, French with country and English without (creator by its acronym); the same site's earlier sheet; the neighbouring site's sheet
    _r("u32a", "ramsar", "document", "fr", "Fiche descriptive Ramsar : Lac Tonga (Algérie)", "Mise à jour 2017 de la fiche du site : lac d'eau douce du complexe d'El Kala, site d'hivernage de la sarcelle marbrée et de l'érismature à tête blanche.", "2017", ("DZ",), ("Direction Générale des Forêts",)),
    _r("u32b", "ramsar-en", "document", "en", "Ramsar Information Sheet: Lac Tonga", "2017 update of the site sheet: a freshwater lake of the El Kala wetland complex where marbled teal and white-headed duck winter.", "2017", (), ("DGF Algeria",)),
    _r("u32x", "ramsar", "document", "fr", "Fiche descriptive Ramsar : Lac Tonga (Algérie)", "Fiche descriptive antérieure du site, remplacée par la mise à jour de 2017.", "2003", ("DZ",), ("Direction Générale des Forêts",)),
    _r("u32y", "ramsar", "document", "fr", "Fiche descriptive Ramsar : Lac Oubeïra (Algérie)", "Lac voisin du complexe d'El Kala.", "2017", ("DZ",), ("Direction Générale des Forêts",)),
    # 33 a law on the BCH in English and on the national portal in Portuguese (no country); the decree regulating it; another country's biosafety regulation in Portuguese
    _r("u33a", "bch", "document", "en", "Brazil: Biosafety Law (Law No. 11,105 of 24 March 2005)", "Sets safety rules and oversight mechanisms for activities involving GMOs and creates CTNBio and the National Biosafety Council.", "2005-03-24", ("BR",)),
    _r("u33b", "br-bch", "document", "pt", "Lei nº 11.105, de 24 de março de 2005 – Lei de Biossegurança", "Estabelece normas de segurança e mecanismos de fiscalização de atividades que envolvam OGM e cria a CTNBio e o Conselho Nacional de Biossegurança.", "2005", ()),
    _r("u33x", "br-bch", "document", "pt", "Decreto nº 5.591, de 22 de novembro de 2005", "Regulamenta dispositivos da Lei nº 11.105, de 24 de março de 2005 (Lei de Biossegurança).", "2005", ()),
    _r("u33y", "bch", "document", "pt", "Moçambique: Regulamento sobre Biossegurança relativo à Gestão de Organismos Geneticamente Modificados", "Decreto que regula os OGM em Moçambique.", "2014", ("MZ",)),
    # 34 a regional monitoring report in two languages (the secretariat written two ways); the region's previous report; another region's report of the same round
    _r("u34a", "infocap", "document", "en", "Global Monitoring Plan for persistent organic pollutants: third regional monitoring report, Latin America and the Caribbean", "Levels of POPs in air, human milk and blood and surface water in the region, 2015-2021.", "2021", (), ("Stockholm Convention Secretariat",)),
    _r("u34b", "infocap-es", "document", "es", "Plan de vigilancia mundial de los contaminantes orgánicos persistentes: tercer informe regional de vigilancia, América Latina y el Caribe", "Niveles de COP en el aire, la leche materna, la sangre humana y el agua superficial de la región, 2015-2021.", "2021", (), ("Secretaría del Convenio de Estocolmo",)),
    _r("u34x", "infocap", "document", "en", "Global Monitoring Plan for persistent organic pollutants: second regional monitoring report, Latin America and the Caribbean", "The region's second report, 2009-2014.", "2015", (), BRS),
    _r("u34y", "infocap", "document", "en", "Global Monitoring Plan for persistent organic pollutants: third regional monitoring report, Africa", "The African region's third report, 2015-2021.", "2021", (), BRS),
    # 35 a regional monitor in English and Arabic (creators in two scripts); another region's monitor; the global monitor
    _r("u35a", "informea", "document", "en", "Regional E-waste Monitor for the Arab States 2021", "E-waste generated and collected, and the laws in force, in the 22 Arab States.", "2021", (), E_WASTE),
    _r("u35b", "informea-ar", "document", "ar", "الرصد الإقليمي للنفايات الإلكترونية في الدول العربية 2021", "كميات النفايات الإلكترونية المتولدة والمجمعة والتشريعات السارية في الدول العربية الاثنتين والعشرين.", "2021", (), ("معهد الأمم المتحدة للتدريب والبحث", "الاتحاد الدولي للاتصالات")),
    _r("u35x", "informea", "document", "en", "Regional E-waste Monitor for Latin America 2022", "E-waste in thirteen countries of Latin America.", "2022", (), E_WASTE),
    _r("u35y", "informea", "document", "en", "The Global E-waste Monitor 2020", "Quantities, flows and the circular economy potential of e-waste worldwide.", "2020", (), (*E_WASTE, "International Solid Waste Association")),
]  # fmt: skip


def _landing_page(rec: dict[str, Any]) -> str | None:
    """The landing page as the OAI-PMH mapping sets it: the first http(s) identifier, else the
    resolver URL of a DOI or handle."""
    ids = rec["identifiers"]
    url = next((i for i in ids if i.startswith(("http://", "https://"))), None)
    for i in ids:
        if url is None and i.startswith("doi:"):
            url = "https://doi.org/" + i[4:]
        elif url is None and i.startswith("hdl:"):
            url = "https://hdl.handle.net/" + i[4:]
    return url


for _rec in RECORDS:
    _rec["url"] = _landing_page(_rec)

SAME: list[tuple[str, str]] = [
    ("cbd-chm:u01a", "cbd-chm-fr:u01b"),
    ("cbd-chm:u01a", "cbd-chm-es:u01c"),
    ("cbd-chm-fr:u01b", "cbd-chm-es:u01c"),
    ("cbd-chm:u02a", "sn-chm:u02b"),
    ("bch:u03a", "br-bch:u03b"),
    ("cbd-chm:u04a", "bt-chm:u04b"),
    ("bch:u05a", "bch-int:u05b"),
    ("infocap:u06a", "cv-chm:u06b"),
    ("infocap-fr:u07a", "infocap:u07b"),
    ("cbd-chm:u08a", "uk-chm:u08b"),
    ("abs-ch:u09a", "abs-ch-fr:u09b"),
    ("infocap-es:u10a", "infocap:u10b"),
    ("cbd-chm:u11a", "ma-chm:u11b"),
    ("cbd-chm:u11a", "ma-chm-ar:u11c"),
    ("ma-chm:u11b", "ma-chm-ar:u11c"),
    ("cbd-chm:u12a", "cbd-chm-fr:u12b"),
    ("informea:u13a", "informea-es:u13b"),
    ("informea:u14a", "informea-fr:u14b"),
    ("unep-docs:u15a", "informea:u15b"),
    ("unep-docs:u15a", "informea-es:u15c"),
    ("informea:u15b", "informea-es:u15c"),
    ("cbd-chm:u16a", "bch-es:u16b"),
    ("cbd-chm:u16a", "co-chm:u16c"),
    ("bch-es:u16b", "co-chm:u16c"),
    ("bch:u17a", "bch-es:u17b"),
    ("cbd-chm:u18a", "th-chm:u18b"),
    ("infocap:u19a", "infocap-fr:u19b"),
    ("bch:u20a", "ec-chm:u20b"),
    ("cbd-chm:u21a", "cbd-chm-fr:u21b"),
    ("pe-chm:u22a", "cbd-chm:u22b"),
    ("bj-chm:u23a", "cbd-chm:u23b"),
    ("gw-chm:u24a", "infocap:u24b"),
    ("mercury-ch:u25a", "mercury-ch-es:u25b"),
    ("infocap:u26a", "infocap-fr:u26b"),
    ("infocap:u26a", "infocap-es:u26c"),
    ("infocap-fr:u26b", "infocap-es:u26c"),
    ("infocap:u26x", "infocap-fr:u26y"),
    ("infocap:u27a", "informea-fr:u27b"),
    ("informea:u28a", "informea-es:u28b"),
    ("cbd-chm-fr:u29a", "km-chm:u29b"),
    ("cbd-chm:u30a", "cbd-chm-fr:u30b"),
    ("cbd-chm:u31a", "cbd-chm-fr:u31b"),
    ("ramsar:u32a", "ramsar-en:u32b"),
    ("bch:u33a", "br-bch:u33b"),
    ("infocap:u34a", "infocap-es:u34b"),
    ("informea:u35a", "informea-ar:u35b"),
]
"""The pairs that are one item (46: 36 items, five of them in three languages)."""

NEAR_MISSES: list[tuple[str, str]] = [
    ("cbd-chm:u01a", "cbd-chm:u01x"), ("cbd-chm-fr:u01b", "cbd-chm:u01x"), ("cbd-chm-es:u01c", "cbd-chm:u01x"), ("cbd-chm:u01a", "cbd-chm:u01y"), ("cbd-chm-fr:u01b", "cbd-chm:u01y"), ("cbd-chm-es:u01c", "cbd-chm:u01y"),
    ("cbd-chm:u02a", "sn-chm:u02x"), ("sn-chm:u02b", "sn-chm:u02x"), ("cbd-chm:u02a", "cbd-chm:u02y"), ("sn-chm:u02b", "cbd-chm:u02y"),
    ("bch:u03a", "bch:u03x"), ("br-bch:u03b", "bch:u03x"), ("bch:u03a", "bch:u03y"), ("br-bch:u03b", "bch:u03y"), ("bch:u03a", "br-bch:u03z"), ("br-bch:u03b", "br-bch:u03z"),
    ("cbd-chm:u04a", "cbd-chm:u04x"), ("bt-chm:u04b", "cbd-chm:u04x"), ("cbd-chm:u04a", "cbd-chm:u04y"), ("bt-chm:u04b", "cbd-chm:u04y"),
    ("bch:u05a", "bch:u05x"), ("bch-int:u05b", "bch:u05x"), ("bch:u05a", "bch:u05y"), ("bch-int:u05b", "bch:u05y"),
    ("infocap:u06a", "st-chm:u06x"), ("cv-chm:u06b", "st-chm:u06x"), ("infocap:u06a", "infocap:u06y"), ("cv-chm:u06b", "infocap:u06y"),
    ("infocap-fr:u07a", "infocap:u07x"), ("infocap:u07b", "infocap:u07x"), ("infocap-fr:u07a", "infocap-fr:u07y"), ("infocap:u07b", "infocap-fr:u07y"),
    ("cbd-chm:u08a", "uk-chm:u08x"), ("uk-chm:u08b", "uk-chm:u08x"), ("cbd-chm:u08a", "cbd-chm:u08y"), ("uk-chm:u08b", "cbd-chm:u08y"),
    ("abs-ch:u09a", "abs-ch:u09x"), ("abs-ch-fr:u09b", "abs-ch:u09x"), ("abs-ch:u09a", "bch:u09y"), ("abs-ch-fr:u09b", "bch:u09y"),
    ("infocap-es:u10a", "infocap-es:u10x"), ("infocap:u10b", "infocap-es:u10x"), ("infocap-es:u10a", "infocap:u10y"), ("infocap:u10b", "infocap:u10y"),
    ("cbd-chm:u11a", "cbd-chm:u11x"), ("ma-chm:u11b", "cbd-chm:u11x"), ("ma-chm-ar:u11c", "cbd-chm:u11x"), ("cbd-chm:u11a", "cbd-chm:u11y"), ("ma-chm:u11b", "cbd-chm:u11y"), ("ma-chm-ar:u11c", "cbd-chm:u11y"),
    ("cbd-chm:u12a", "ne-chm:u12x"), ("cbd-chm-fr:u12b", "ne-chm:u12x"), ("cbd-chm:u12a", "cbd-chm:u12y"), ("cbd-chm-fr:u12b", "cbd-chm:u12y"),
    ("informea:u13a", "informea:u13x"), ("informea-es:u13b", "informea:u13x"), ("informea:u13a", "informea:u13y"), ("informea-es:u13b", "informea:u13y"),
    ("informea:u14a", "informea:u14x"), ("informea-fr:u14b", "informea:u14x"),
    ("unep-docs:u15a", "unep-docs:u15x"), ("informea:u15b", "unep-docs:u15x"), ("informea-es:u15c", "unep-docs:u15x"),
    ("cbd-chm:u16a", "cbd-chm:u16x"), ("bch-es:u16b", "cbd-chm:u16x"), ("co-chm:u16c", "cbd-chm:u16x"),
    ("cbd-chm:u16a", "bch:u17a"), ("bch-es:u16b", "bch-es:u17b"), ("co-chm:u16c", "bch:u17a"),
    ("bch:u17a", "bch:u17x"), ("bch-es:u17b", "bch:u17x"), ("bch:u17a", "bch:u17y"), ("bch-es:u17b", "bch:u17y"), ("bch:u17a", "bch:u17z"), ("bch-es:u17b", "bch:u17z"), ("bch:u17x", "bch:u17y"),
    ("cbd-chm:u18a", "cbd-chm:u18x"), ("th-chm:u18b", "cbd-chm:u18x"), ("cbd-chm:u18a", "cbd-chm-es:u18y"), ("th-chm:u18b", "cbd-chm-es:u18y"), ("cbd-chm:u18a", "cbd-chm:u18z"), ("th-chm:u18b", "cbd-chm:u18z"),
    ("infocap:u19a", "infocap:u19x"), ("infocap-fr:u19b", "infocap:u19x"), ("infocap:u19a", "infocap:u19y"), ("infocap-fr:u19b", "infocap:u19y"),
    ("bch:u20a", "bch:u20x"), ("ec-chm:u20b", "bch:u20x"), ("bch:u20a", "abs-ch:u20y"), ("ec-chm:u20b", "abs-ch:u20y"),
    ("cbd-chm:u21a", "cbd-chm:u21x"), ("cbd-chm-fr:u21b", "cbd-chm:u21x"), ("cbd-chm:u21a", "fj-chm:u21y"), ("cbd-chm-fr:u21b", "fj-chm:u21y"),
    ("pe-chm:u22a", "cbd-chm:u22x"), ("cbd-chm:u22b", "cbd-chm:u22x"), ("pe-chm:u22a", "pe-chm:u22y"), ("cbd-chm:u22b", "pe-chm:u22y"),
    ("bj-chm:u23a", "bj-chm:u23x"), ("cbd-chm:u23b", "bj-chm:u23x"), ("bj-chm:u23a", "tg-chm:u23y"), ("cbd-chm:u23b", "tg-chm:u23y"),
    ("gw-chm:u24a", "infocap:u24x"), ("infocap:u24b", "infocap:u24x"), ("gw-chm:u24a", "mz-chm:u24y"), ("infocap:u24b", "mz-chm:u24y"),
    ("mercury-ch:u25a", "mercury-ch:u25x"), ("mercury-ch-es:u25b", "mercury-ch:u25x"), ("mercury-ch:u25a", "mercury-ch:u25y"), ("mercury-ch-es:u25b", "mercury-ch:u25y"),
    ("infocap:u26a", "infocap:u26x"), ("infocap-fr:u26b", "infocap:u26x"), ("infocap-es:u26c", "infocap:u26x"), ("infocap:u26a", "infocap-fr:u26y"), ("infocap-fr:u26b", "infocap-fr:u26y"), ("infocap-es:u26c", "infocap-fr:u26y"),
    ("infocap:u27a", "informea:u27x"), ("informea-fr:u27b", "informea:u27x"), ("infocap:u27a", "informea:u27y"), ("informea-fr:u27b", "informea:u27y"),
    ("informea:u28a", "informea:u28x"), ("informea-es:u28b", "informea:u28x"), ("informea:u28a", "informea:u28y"), ("informea-es:u28b", "informea:u28y"),
    ("cbd-chm-fr:u29a", "cbd-chm:u29x"), ("km-chm:u29b", "cbd-chm:u29x"), ("cbd-chm-fr:u29a", "cbd-chm-fr:u29y"), ("km-chm:u29b", "cbd-chm-fr:u29y"),
    ("cbd-chm:u30a", "cbd-chm:u30x"), ("cbd-chm-fr:u30b", "cbd-chm:u30x"), ("cbd-chm:u30a", "cbd-chm:u30y"), ("cbd-chm-fr:u30b", "cbd-chm:u30y"),
    ("cbd-chm:u31a", "jo-chm:u31x"), ("cbd-chm-fr:u31b", "jo-chm:u31x"), ("cbd-chm:u31a", "cbd-chm:u31y"), ("cbd-chm-fr:u31b", "cbd-chm:u31y"),
    ("ramsar:u32a", "ramsar:u32x"), ("ramsar-en:u32b", "ramsar:u32x"), ("ramsar:u32a", "ramsar:u32y"), ("ramsar-en:u32b", "ramsar:u32y"),
    ("bch:u33a", "br-bch:u33x"), ("br-bch:u33b", "br-bch:u33x"), ("bch:u33a", "bch:u33y"), ("br-bch:u33b", "bch:u33y"),
    ("infocap:u34a", "infocap:u34x"), ("infocap-es:u34b", "infocap:u34x"), ("infocap:u34a", "infocap:u34y"), ("infocap-es:u34b", "infocap:u34y"),
    ("informea:u35a", "informea:u35x"), ("informea-ar:u35b", "informea:u35x"), ("informea:u35a", "informea:u35y"), ("informea-ar:u35b", "informea:u35y"),
]  # fmt: skip
"""Look-alikes written on purpose: different items (152 pairs)."""
