# ruff: noqa: E501  (hand-written records: one record per line reads best)
"""A tenth held-out set of duplicate pairs and look-alikes, written by hand and labelled
before chm was run on it.

Why a tenth one: the ninth set (tests/matching/duplicates_heldout9.py) is to be measured once
as held out, and the duplicate rules are being changed while looking at sets 1-8, so a further
untouched set is kept. This file was written and committed **alone**, before the next changes
to the rules, by someone who did not write the duplicate rules, did not run chm's duplicate
detection (nor the evaluators, nor ``chm match``) on it and did not look at what chm gives for
it; only its own construction was run (the records build, the labels name existing records,
no pair is labelled twice). It is to be measured once, after those changes, and not tuned on.

Provenance: written for chm in the style of the public pages of the CBD clearing-house
(national strategies and reports, needs, offers of training and grants, projects, case
studies, national CHM meetings), the Biosafety Clearing-House (risk assessments, countries'
decisions, national reports under the Cartagena Protocol, country profiles, competent
national authorities), the ABS Clearing-House (focal points, national reports under the
Nagoya Protocol), the Minamata Convention clearing-house (initial assessments, needs), the
Basel, Rotterdam and Stockholm Conventions (meeting documents of the Open-ended Working Group,
decision guidance documents, guidance, partnership calls for proposals), the Ramsar Convention
(national reports to the COP), InforMEA and the UNEP document repository (foresight and
global framework documents with DOIs or handles), regional bodies (COMIFAC, CCAD/SICA, SPREP
members' nodes, ICIMOD, ACSAD, the World Bank's Sahel pastoralism programme, BIOPAMA), funds
and agencies (GEO BON, AMEXCID/CONAFOR) and national clearing-house nodes, in English, French,
Spanish, Portuguese and Arabic. The countries are mostly ones the earlier sets do not use
(Lesotho, Eswatini, Mauritania, Argentina, El Salvador, the Congo, São Tomé and Príncipe,
Kuwait, Qatar, Palau, the Marshall Islands, Sudan, Eritrea, Malaysia, Saudi Arabia, Saint
Lucia, Grenada, Rwanda, Georgia, Moldova, Venezuela, Suriname, Libya, Seychelles, Kyrgyzstan,
Tajikistan, the Dominican Republic, Portugal...). About half of the items are one record
harvested from two nodes in one language (other identifiers and landing pages; one copy
without date or country; the creator as an acronym on one copy; a DOI, handle, GEF number or
document symbol or World Bank project number on one copy only; a title with or without its
subtitle, series prefix or country; capitals, missing accents, an event code written with
zeros instead of slashed zeros); the other half are official translations across languages
(three items in three languages; Arabic and Portuguese copies too), the national copy often
without a country field. Countries, conventions, bodies, funds, programmes, LMO events,
chemicals and the titles of a few global documents (the foresight report, the chemicals
framework, the decision guidance document) are real; the other titles, the texts, dates,
identifiers (DOIs, handles, GEF and project numbers, symbols), URLs and most names of units are
written for this set. No text was copied from the pages or from the earlier sets.

Labelling criteria (as in the earlier sets):

* ``SAME``: both records describe the same document (the same edition, version, issue or
  reporting cycle), meeting or workshop (the same session), project (the same phase), need
  (the same request of the same country), offer (the same call, round or course edition),
  case, country profile or contact point (the same role of the same country), in any
  language, on any node, under any identifier.
* Every other two records of this file are **different items**; ``NEAR_MISSES`` lists the
  look-alikes written on purpose (the records whose identifier ends in x, y or z, against each
  copy of the item they imitate, and a few look-alikes against each other): the same
  programme, call or course in another year or country; the previous workshop of a series and
  another subregion's; a revised, draft or earlier edition; a regional against a national
  version; the previous or next phase of a project; a meeting's report against its
  provisional agenda and its list of participants and the previous meeting's report; a
  national report of another reporting cycle; the same template filled by another country
  (identical titles in five cases, once with the look-alike carrying neither country nor
  date); a
  summary; a country's decision against the risk assessment of the same event, and the risk
  assessment of a sibling event; two different needs of one country on one topic; a contact
  point for another role or another clearing-house.

``SAME`` is closed under transitivity (an item in three languages gives three pairs).
"""

from __future__ import annotations

from typing import Any

from tests.matching.duplicates_heldout4 import _r

SCBD = ("Secretariat of the Convention on Biological Diversity",)
UNEP = ("United Nations Environment Programme",)
BRS = ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",)

RECORDS: list[dict[str, Any]] = [
    # 1 a highland wetland need reworded by the national node (neither date nor country); the neighbour's need with the same title; the same country's other need
    _r("w01a", "cbd-chm", "need", "en", "Support to restore high-altitude mountain bogs in the Lesotho highlands", "Lesotho seeks technical support to stop gully erosion in the sponge bogs at the sources of the Senqu and Makhaleng rivers and to train herders' associations in their rehabilitation.\nType of support: technical assistance, training", "2025", ("LS",)),
    _r("w01b", "ls-chm", "need", "en", "Highland sponges (mountain bogs) - rehabilitation assistance needed", "The Ministry of Environment looks for expertise to rehabilitate eroded wetlands at the headwaters of the Senqu and Makhaleng and to train grazing associations to look after them.\nType of support: technical assistance, training", None, ()),
    _r("w01x", "cbd-chm", "need", "en", "Support to restore high-altitude mountain bogs in the Maloti-Drakensberg of Eswatini and South Africa", "Eswatini seeks support for a joint survey of mountain wetlands along its border.\nType of support: technical assistance", "2025", ("SZ",)),
    _r("w01y", "cbd-chm", "need", "en", "Support to set up rotational grazing plans in the Lesotho highlands", "Lesotho requests help to draft grazing plans with the range management areas of Mokhotlong and Thaba-Tseka.\nType of support: technical assistance", "2025", ("LS",)),
    # 2 a national biodiversity strategy in French (portal) and Arabic (national node, no country); the previous strategy; the same country's seventh national report
    _r("w02a", "cbd-chm-fr", "document", "fr", "Stratégie nationale et plan d'action pour la biodiversité de la Mauritanie 2025-2030", "La SPANB actualisée aligne les objectifs nationaux de la Mauritanie sur le Cadre mondial de la biodiversité de Kunming-Montréal : Banc d'Arguin, zones humides du delta du fleuve Sénégal et oasis.", "2025", ("MR",), ("Ministère de l'Environnement et du Développement Durable",)),
    _r("w02b", "mr-chm", "document", "ar", "الاستراتيجية الوطنية وخطة العمل للتنوع البيولوجي 2025-2030", "تواءم الاستراتيجية المحدثة الأهداف الوطنية مع إطار كونمينغ-مونتريال العالمي للتنوع البيولوجي: حوض آرغين والمناطق الرطبة في دلتا نهر السنغال والواحات.", "2025", (), ("وزارة البيئة والتنمية المستدامة",)),
    _r("w02x", "cbd-chm-fr", "document", "fr", "Stratégie nationale et plan d'action pour la biodiversité de la Mauritanie 2011-2020", "La stratégie précédente, alignée sur les objectifs d'Aichi.", "2014", ("MR",), ("Ministère délégué auprès du Premier ministre chargé de l'Environnement",)),
    _r("w02y", "cbd-chm-fr", "document", "fr", "Septième rapport national de la Mauritanie à la Convention sur la diversité biologique", "Progrès de la Mauritanie vers les objectifs de sa stratégie nationale.", "2026", ("MR",), ("Ministère de l'Environnement et du Développement Durable",)),
    # 3 a risk assessment of a GM wheat on the BCH and on the national node (the directorate by its acronym, no date, no country); the decision on the same event; the risk assessment of the sibling soybean event
    _r("w03a", "bch-es", "document", "es", "Evaluación del riesgo: trigo genéticamente modificado IND-ØØ412-7 (HB4), tolerante a la sequía (Argentina)", "Evaluación del riesgo para el agroecosistema del trigo HB4, que expresa el gen HaHB4 del girasol, para su liberación comercial.", "2020", ("AR",), ("Dirección de Biotecnología, Secretaría de Agricultura, Ganadería y Pesca",)),
    _r("w03b", "ar-bch", "document", "es", "Trigo HB4 (IND-00412-7): documento de evaluacion de riesgo", "Documento de la DBT sobre la evaluacion de riesgo ambiental del trigo tolerante a sequia con el gen HaHB4 de girasol.", None, (), ("DBT-SAGyP",)),
    _r("w03x", "bch-es", "document", "es", "Decisión del país: trigo genéticamente modificado IND-ØØ412-7 (HB4), tolerante a la sequía (Argentina)", "Resolución que autoriza la comercialización del trigo HB4.", "2022", ("AR",), ("Secretaría de Agricultura, Ganadería y Pesca",)),
    _r("w03y", "bch-es", "document", "es", "Evaluación del riesgo: soja genéticamente modificada IND-ØØ41Ø-5 (HB4), tolerante a la sequía (Argentina)", "Evaluación del riesgo para el agroecosistema de la soja HB4.", "2015", ("AR",), ("Dirección de Biotecnología, Secretaría de Agricultura, Ganadería y Pesca",)),
    # 4 a foresight report with a DOI on the repository copy and its own URL on InforMEA (the authors as acronyms); the summary for policymakers; the previous foresight brief
    _r("w04a", "unep-docs", "document", "en", "Navigating New Horizons: A global foresight report on planetary health and human wellbeing", "Eighteen signals of change and eight critical shifts identified by a foresight process run with the International Science Council.", "2024", (), (*UNEP, "International Science Council"), ("doi:10.59117/20.500.11822/45890", "https://wedocs.example.org/handle/20.500.11822/45890")),
    _r("w04b", "informea", "document", "en", "Navigating new horizons - global foresight report (UNEP/ISC, 2024)", "A report on emerging issues for planetary health: the signals of change and critical shifts found by UNEP and the ISC.", "2024-07-18", (), ("UNEP", "ISC"), ("https://www.informea.example.org/en/navigating-new-horizons",)),
    _r("w04x", "unep-docs", "document", "en", "Navigating New Horizons: A global foresight report on planetary health and human wellbeing - Summary for policymakers", "The signals and shifts in twenty pages.", "2024", (), UNEP, ("hdl:20.500.11822/45891",)),
    _r("w04y", "unep-docs", "document", "en", "Frontiers 2022: Noise, Blazes and Mismatches - emerging issues of environmental concern", "The previous report on emerging issues.", "2022", (), UNEP, ("hdl:20.500.11822/38059",)),
    # 5 an ABS workshop for Central Africa in French (COMIFAC) and English (CBD portal, no country); the previous workshop of the series; the West African workshop of the same year
    _r("w05a", "comifac", "event", "fr", "Atelier sous-régional sur l'accès et le partage des avantages pour les pays de l'Afrique centrale, Brazzaville, 2025", "Atelier de la COMIFAC pour les correspondants nationaux APA et les autorités nationales compétentes : permis, certificats de conformité et publication dans le Centre d'échange APA.", "2025-06-10", ("CG",), ("Commission des Forêts d'Afrique Centrale",)),
    _r("w05b", "cbd-chm", "event", "en", "Central African subregional workshop on access and benefit-sharing (Brazzaville, June 2025)", "COMIFAC workshop for ABS national focal points and competent national authorities on permits, certificates of compliance and publishing on the ABS Clearing-House.", "2025-06-10", (), ("COMIFAC",)),
    _r("w05x", "comifac", "event", "fr", "Atelier sous-régional sur l'accès et le partage des avantages pour les pays de l'Afrique centrale, Libreville, 2023", "L'atelier précédent de la série.", "2023-09-18", ("GA",), ("Commission des Forêts d'Afrique Centrale",)),
    _r("w05y", "cbd-chm-fr", "event", "fr", "Atelier sous-régional sur l'accès et le partage des avantages pour les pays de l'Afrique de l'Ouest, Dakar, 2025", "Atelier pour les correspondants APA des pays de la CEDEAO.", "2025-03-24", ("SN",), SCBD),
    # 6 a Basel OEWG report with its symbol on one copy, the other by the meeting's acronym without date; its provisional agenda; its list of participants; the previous meeting's report
    _r("w06a", "basel-ch", "document", "en", "Report of the Open-ended Working Group of the Basel Convention on the work of its fourteenth meeting", "Outcomes of the fourteenth meeting of the Open-ended Working Group, Geneva, June 2024: technical guidelines, plastic waste, e-waste and the legal framework.", "2024", (), BRS, ("UNEP/CHW/OEWG.14/17",)),
    _r("w06b", "informea", "document", "en", "OEWG-14 report - Basel Convention", "Report of the fourteenth meeting of the Basel Convention's Open-ended Working Group.", None, (), ("Basel Convention Secretariat",)),
    _r("w06x", "basel-ch", "document", "en", "Provisional agenda of the fourteenth meeting of the Open-ended Working Group of the Basel Convention", "The items proposed for the fourteenth meeting.", "2024", (), BRS, ("UNEP/CHW/OEWG.14/1",)),
    _r("w06y", "basel-ch", "document", "en", "List of participants: fourteenth meeting of the Open-ended Working Group of the Basel Convention", "Parties, observers and organizations registered for the meeting.", "2024", (), BRS, ("UNEP/CHW/OEWG.14/INF/50",)),
    _r("w06z", "basel-ch", "document", "en", "Report of the Open-ended Working Group of the Basel Convention on the work of its thirteenth meeting", "Outcomes of the thirteenth meeting.", "2022", (), BRS, ("UNEP/CHW/OEWG.13/11",)),
    # 7 a mangrove need in Spanish (national node, no country) and English (portal); the same country's other mangrove need; a neighbour's mangrove need
    _r("w07a", "sv-chm", "need", "es", "Apoyo para restaurar los manglares de la Bahía de Jiquilisco", "El Ministerio de Medio Ambiente y Recursos Naturales busca apoyo técnico y financiero para restablecer la circulación del agua en los manglares degradados de la bahía y formar a las cooperativas de pescadores en su restauración.\nTipo de apoyo: asistencia técnica, financiación", "2025", ()),
    _r("w07b", "cbd-chm", "need", "en", "Restoration of the mangroves of Jiquilisco Bay: support requested", "El Salvador seeks technical and financial support to restore tidal flow in degraded mangroves of the bay and to train fishing cooperatives to restore them.\nType of support: technical assistance, funding", "2025", ("SV",)),
    _r("w07x", "sv-chm", "need", "es", "Apoyo para monitorear los manglares de El Salvador con imágenes satelitales", "El Ministerio busca formación en teledetección para seguir la cobertura de manglar en todo el litoral.\nTipo de apoyo: formación", "2025", ()),
    _r("w07y", "cbd-chm", "need", "en", "Restoration of the mangroves of Tela Bay: support requested", "Honduras seeks support to replant mangroves in the Jeannette Kawas National Park.\nType of support: technical assistance", "2025", ("HN",)),
    # 8 an ABS focal point on the ABS Clearing-House and on the national node by acronyms (no date, no country); the same country's competent national authority; the neighbour's focal point
    _r("w08a", "abs-ch-fr", "contact-point", "fr", "Correspondant national pour l'accès et le partage des avantages : République du Congo", "Direction générale de l'Environnement, ministère de l'Environnement, du Développement durable et du Bassin du Congo, Brazzaville.", "2024", ("CG",)),
    _r("w08b", "cg-chm", "contact-point", "fr", "CN APA - Congo (Direction générale de l'Environnement)", "Le correspondant national APA du Congo, à contacter pour le Protocole de Nagoya.", None, ()),
    _r("w08x", "abs-ch-fr", "contact-point", "fr", "Autorité nationale compétente pour l'accès et le partage des avantages : République du Congo", "L'autorité qui délivre les permis d'accès aux ressources génétiques.", "2024", ("CG",)),
    _r("w08y", "abs-ch-fr", "contact-point", "fr", "Correspondant national pour l'accès et le partage des avantages : République démocratique du Congo", "Ministère de l'Environnement et Développement durable, Kinshasa.", "2024", ("CD",)),
    # 9 a fisheries project in Portuguese (national node, Portuguese agency acronym) and English (portal, GEF number); the neighbour's project; the second phase
    _r("w09a", "st-chm", "project", "pt", "Cogestão das pescas artesanais e das áreas marinhas protegidas de São Tomé e Príncipe", "Projeto executado pela Direção das Pescas com o PNUD para criar comités de cogestão com as comunidades piscatórias e a rede de áreas marinhas protegidas do Príncipe.", "2023", (), ("PNUD",)),
    _r("w09b", "cbd-chm", "project", "en", "Co-management of small-scale fisheries and marine protected areas in Sao Tome and Principe", "Project of the Fisheries Directorate and UNDP setting up co-management committees with fishing communities and the marine protected area network of Principe.", "2023", ("ST",), ("United Nations Development Programme",), ("gef:10944",)),
    _r("w09x", "cbd-chm", "project", "en", "Co-management of small-scale fisheries and marine protected areas in Cabo Verde", "A GEF project with the fishing communities of Sal and Boa Vista.", "2023", ("CV",), ("United Nations Development Programme",)),
    _r("w09y", "st-chm", "project", "pt", "Cogestão das pescas artesanais e das áreas marinhas protegidas de São Tomé e Príncipe - segunda fase", "A segunda fase, alargada à ilha de São Tomé.", "2027", (), ("PNUD",)),
    # 10 a regional diploma on the portal and on the commission's node without accents (the commission by its acronym, no country); the previous edition; the commission's other diploma of the same year
    _r("w10a", "cbd-chm-es", "support-source", "es", "Diplomado virtual en manejo de especies exóticas invasoras para Centroamérica y República Dominicana, edición 2025", "La Comisión Centroamericana de Ambiente y Desarrollo ofrece un diplomado en línea de doce semanas sobre detección temprana, análisis de riesgo y control de especies invasoras.\nTipo de apoyo: formación\nPaíses elegibles: países del SICA", "2025", (), ("Comisión Centroamericana de Ambiente y Desarrollo",)),
    _r("w10b", "ccad", "support-source", "es", "DIPLOMADO VIRTUAL: ESPECIES EXOTICAS INVASORAS (CCAD 2025)", "Doce semanas en linea para tecnicos de los ministerios de ambiente del SICA: deteccion temprana, analisis de riesgo y control.\nTipo de apoyo: formacion", "2025-02-17", (), ("CCAD",)),
    _r("w10x", "ccad", "support-source", "es", "DIPLOMADO VIRTUAL: ESPECIES EXOTICAS INVASORAS (CCAD 2024)", "La edicion 2024 del diplomado.\nTipo de apoyo: formacion", "2024-02-19", (), ("CCAD",)),
    _r("w10y", "cbd-chm-es", "support-source", "es", "Diplomado virtual en manejo integral del fuego para Centroamérica y República Dominicana, edición 2025", "Diplomado en línea sobre prevención y manejo de incendios forestales.\nTipo de apoyo: formación", "2025", (), ("Comisión Centroamericana de Ambiente y Desarrollo",)),
    # 11 a Minamata initial assessment in English (convention's clearing-house) and Arabic (national node, no country); the neighbour's assessment; the same country's first national report
    _r("w11a", "mercury-ch", "document", "en", "Minamata Initial Assessment of the State of Kuwait", "Inventory of mercury releases from oil and gas production, waste incineration and products, with the national policy gaps found before ratification.", "2022", ("KW",), ("Environment Public Authority",)),
    _r("w11b", "kw-chm", "document", "ar", "التقييم الأولي لاتفاقية ميناماتا في دولة الكويت", "حصر انبعاثات الزئبق الناتجة عن إنتاج النفط والغاز وحرق النفايات والمنتجات، مع الثغرات في السياسات الوطنية قبل المصادقة.", "2022", (), ("الهيئة العامة للبيئة",)),
    _r("w11x", "mercury-ch", "document", "en", "Minamata Initial Assessment of the State of Qatar", "Mercury inventory of Qatar, with gas processing as the main source.", "2021", ("QA",), ("Ministry of Environment and Climate Change",)),
    _r("w11y", "mercury-ch", "document", "en", "Kuwait: short national report under Article 21 of the Minamata Convention", "The first short report of Kuwait.", "2025", ("KW",), ("Environment Public Authority",)),
    # 12 a case study on the portal and on the national node in capitals (the fee's local name, no country); the same node's other financing case; another country's fee
    _r("w12a", "cbd-chm", "case-study", "en", "A departure fee for visitors that funds Palau's Protected Areas Network", "Every international visitor pays an environmental fee on arrival; part of it goes to the Protected Areas Network Fund, which finances the management plans of the states' conservation areas.", "2022", ("PW",)),
    _r("w12b", "pw-chm", "case-study", "en", "PRISTINE PARADISE ENVIRONMENTAL FEE AND THE PAN FUND", "How the fee paid by each visitor to Palau keeps the Protected Areas Network Fund running and pays for state conservation officers.", "2022", ()),
    _r("w12x", "cbd-chm", "case-study", "en", "A green fee for visitors that funds the protected areas of the Federated States of Micronesia", "The visitor levy introduced in Pohnpei and Kosrae.", "2024", ("FM",)),
    _r("w12y", "pw-chm", "case-study", "en", "PALAU NATIONAL MARINE SANCTUARY: FUNDING THE CLOSURE OF 80% OF THE EEZ", "How the sanctuary is financed and enforced.", "2022", ()),
    # 13 a decision guidance document in English, French and Spanish (symbols and the secretariat in three forms); the draft considered by the committee; another chemical's document
    _r("w13a", "infocap", "document", "en", "Decision guidance document: terbufos", "Information on terbufos, an organophosphate insecticide listed in Annex III of the Rotterdam Convention in 2023, to help Parties decide on its future import.", "2023", (), BRS, ("UNEP/FAO/RC/DGD/TERBUFOS",)),
    _r("w13b", "infocap-fr", "document", "fr", "Document d'orientation des décisions : terbufos", "Informations sur le terbufos, insecticide organophosphoré inscrit à l'Annexe III de la Convention de Rotterdam en 2023, pour aider les Parties à décider de son importation future.", "2023", (), ("Secrétariat de la Convention de Rotterdam",)),
    _r("w13c", "infocap-es", "document", "es", "Documento de orientación para la adopción de decisiones: terbufós", "Información sobre el terbufós, insecticida organofosforado incluido en el anexo III del Convenio de Rotterdam en 2023, para ayudar a las Partes a decidir sobre su importación futura.", "2023", (), ("Secretaría del Convenio de Rotterdam",)),
    _r("w13x", "infocap", "document", "en", "Draft decision guidance document: terbufos", "The draft prepared by the intersessional task group for the Chemical Review Committee.", "2021", (), BRS, ("UNEP/FAO/RC/CRC.17/6/Add.1",)),
    _r("w13y", "infocap", "document", "en", "Decision guidance document: decabromodiphenyl ether", "Information on decaBDE, listed in Annex III in 2022.", "2022", (), BRS),
    # 14 a mercury inventory need on the portal and on the national node (no date, no country); the neighbour's need with the same Portuguese title, also bare; the same country's other mercury need
    _r("w14a", "mercury-ch", "need", "pt", "Apoio para a elaboração do inventário nacional de emissões e libertações de mercúrio", "São Tomé e Príncipe solicita apoio técnico para aplicar o Toolkit do PNUA e identificar as fontes de mercúrio no país, incluindo lâmpadas, termómetros e amálgama dentária.\nTipo de apoio: assistência técnica", "2024", ("ST",)),
    _r("w14b", "st-chm", "need", "pt", "Inventário de mercúrio: pedido de apoio técnico", "A Direção Geral do Ambiente procura apoio para usar o Toolkit do PNUA e inventariar as fontes de mercúrio: lâmpadas, termómetros, amálgama dentária.\nTipo de apoio: assistência técnica", None, ()),
    _r("w14x", "gw-chm", "need", "pt", "Apoio para a elaboração do inventário nacional de emissões e libertações de mercúrio", "A Guiné-Bissau solicita apoio técnico para inventariar as fontes de mercúrio, sobretudo a mineração artesanal.\nTipo de apoio: assistência técnica", None, ()),
    _r("w14y", "mercury-ch", "need", "pt", "Apoio para a eliminação progressiva da amálgama dentária", "São Tomé e Príncipe solicita formação dos dentistas em materiais alternativos sem mercúrio.\nTipo de apoio: formação", "2024", ("ST",)),
    # 15 a grants call in French and English (the programme in full and by its acronym); the previous call; the call for another region
    _r("w15a", "biopama", "support-source", "en", "BIOPAMA Action Component: third call for medium grants for protected areas in Central and West Africa", "Grants of 100,000 to 400,000 euros to improve the management and governance of protected areas and conserved areas.\nType of support: funding\nEligible countries: ACP countries of Central and West Africa", "2024", (), ("Biodiversity and Protected Areas Management Programme",)),
    _r("w15b", "cbd-chm-fr", "support-source", "fr", "Composante Action du BIOPAMA : troisième appel à subventions moyennes pour les aires protégées d'Afrique centrale et de l'Ouest", "Subventions de 100 000 à 400 000 euros pour améliorer la gestion et la gouvernance des aires protégées et des aires conservées.\nType d'appui : financement\nPays éligibles : pays ACP d'Afrique centrale et de l'Ouest", "2024", (), ("BIOPAMA",)),
    _r("w15x", "biopama", "support-source", "en", "BIOPAMA Action Component: second call for medium grants for protected areas in Central and West Africa", "The second call of the Action Component.\nType of support: funding", "2022", (), ("Biodiversity and Protected Areas Management Programme",)),
    _r("w15y", "biopama", "support-source", "en", "BIOPAMA Action Component: third call for medium grants for protected areas in the Caribbean", "The same call for the Caribbean members of the OACPS.\nType of support: funding", "2024", (), ("Biodiversity and Protected Areas Management Programme",)),
    # 16 a regional training on the centre's node and on the portal (no country, the centre by its acronym); the previous training; the consultation on the same subject
    _r("w16a", "icimod", "event", "en", "Regional training on the management of invasive alien plants in the Hindu Kush Himalaya, Kathmandu, 2025", "Five days for forest and rangeland officers of the eight regional member countries on mapping, prioritising and controlling invasive plants such as Lantana and Parthenium.", "2025-04-21", ("NP",), ("International Centre for Integrated Mountain Development",)),
    _r("w16b", "cbd-chm", "event", "en", "Invasive alien plants in the HKH: ICIMOD regional training", "ICIMOD trains officers from Afghanistan to Myanmar to map and control Lantana, Parthenium and other invasive plants.", "2025-04-21", (), ("ICIMOD",)),
    _r("w16x", "icimod", "event", "en", "Regional training on the management of invasive alien plants in the Hindu Kush Himalaya, Kathmandu, 2023", "The previous training of the series.", "2023-05-08", ("NP",), ("International Centre for Integrated Mountain Development",)),
    _r("w16y", "icimod", "event", "en", "Regional consultation on invasive alien species policy in the Hindu Kush Himalaya, Kathmandu, 2025", "Policy makers discuss a regional framework on invasive species.", "2025-04-28", ("NP",), ("International Centre for Integrated Mountain Development",)),
    # 17 a national invasive species strategy in Spanish and English (no country on the English copy); the regional plan for Patagonia; the neighbour's strategy
    _r("w17a", "cbd-chm-es", "document", "es", "Estrategia Nacional sobre Especies Exóticas Invasoras de la Argentina", "La estrategia establece las prioridades del país para prevenir la introducción de especies invasoras, detectarlas a tiempo y controlar las ya establecidas, como el castor y el visón en Tierra del Fuego.", "2022", ("AR",), ("Ministerio de Ambiente y Desarrollo Sostenible",)),
    _r("w17b", "cbd-chm", "document", "en", "National Strategy on Invasive Alien Species (Argentina)", "The strategy sets the country's priorities to prevent the introduction of invasive species, detect them early and control established ones such as the beaver and the mink in Tierra del Fuego.", "2022", (), ("Ministry of Environment and Sustainable Development",)),
    _r("w17x", "cbd-chm-es", "document", "es", "Plan de acción regional para el control del castor en la Patagonia austral", "El plan binacional para erradicar el castor de Tierra del Fuego.", "2023", ("AR",), ("Ministerio de Ambiente y Desarrollo Sostenible",)),
    _r("w17y", "cbd-chm-es", "document", "es", "Estrategia Nacional sobre Especies Exóticas Invasoras del Uruguay", "Las prioridades del Uruguay frente a las especies invasoras.", "2023", ("UY",), ("Ministerio de Ambiente",)),
    # 18 a BCH country profile on the BCH and on the national node (the authority by its acronym, no date, no country); the neighbour's profile; the same country's profile on the ABS clearing-house
    _r("w18a", "bch-fr", "national-profile", "fr", "Profil de pays du Centre d'échange pour la prévention des risques biotechnologiques : Rwanda", "Statut de Partie au Protocole de Cartagena, correspondants, autorités nationales compétentes, lois et décisions publiées par le Rwanda.", "2024", ("RW",), (), ("https://bch.cbd.int/fr/countries/RW",)),
    _r("w18b", "rw-chm", "national-profile", "fr", "Profil national biosécurité - RÉMA", "Le Rwanda dans le Centre d'échange pour la prévention des risques biotechnologiques : correspondants, autorité compétente (REMA) et textes.", None, (), ("REMA",)),
    _r("w18x", "bch-fr", "national-profile", "fr", "Profil de pays du Centre d'échange pour la prévention des risques biotechnologiques : Burundi", "Statut de Partie, correspondants et autorités du Burundi.", "2024", ("BI",)),
    _r("w18y", "abs-ch-fr", "national-profile", "fr", "Profil de pays du Centre d'échange sur l'accès et le partage des avantages : Rwanda", "Le Rwanda dans le Centre d'échange APA : correspondant, mesures et permis.", "2024", ("RW",)),
    # 19 a locust need in English (INFOCAP) and Arabic (national node, no country); the same country's other pesticide need; the neighbour's need with the same English title
    _r("w19a", "infocap", "need", "en", "Support to replace highly hazardous pesticides in desert locust control with biopesticides", "Sudan requests help to register and use Metarhizium-based biopesticides in locust control and to train the Plant Protection Directorate's spray teams.\nType of support: technical assistance, training", "2024", ("SD",)),
    _r("w19b", "sd-chm", "need", "ar", "دعم استبدال المبيدات شديدة الخطورة في مكافحة الجراد الصحراوي بالمبيدات الحيوية", "تطلب إدارة وقاية النباتات المساعدة في تسجيل المبيدات الحيوية القائمة على الميتاريزيوم واستخدامها في مكافحة الجراد وتدريب فرق الرش.\nنوع الدعم: مساعدة تقنية، تدريب", "2024", ()),
    _r("w19x", "infocap", "need", "en", "Support to dispose of obsolete pesticide stocks from past locust campaigns", "Sudan requests help to repackage and export for destruction the stocks left in Kassala and Port Sudan.\nType of support: technical assistance, funding", "2024", ("SD",)),
    _r("w19y", "infocap", "need", "en", "Support to replace highly hazardous pesticides in desert locust control with biopesticides", "Eritrea requests help to test biopesticides against locust swarms along the Red Sea coast.\nType of support: technical assistance", "2024", ("ER",)),
    # 20 a watershed project on the portal (GEF number) and on the national node without accents (no country, the ministry by its acronym); the neighbouring basin's project; the second phase
    _r("w20a", "cbd-chm-es", "project", "es", "Manejo integrado de la cuenca alta del río Yaque del Norte", "Proyecto del FMAM con el Ministerio de Medio Ambiente y Recursos Naturales para restaurar bosques ribereños y reducir la erosión que azolva la presa de Tavera.", "2021", ("DO",), ("Programa de las Naciones Unidas para el Desarrollo",), ("gef:10321",)),
    _r("w20b", "do-chm", "project", "es", "Proyecto Cuenca Alta del Rio Yaque del Norte", "MIMARENA y el PNUD trabajan con productores de Jarabacoa y San Jose de las Matas para restaurar bosques a orillas de los rios y frenar la erosion.", None, (), ("MIMARENA", "PNUD")),
    _r("w20x", "cbd-chm-es", "project", "es", "Manejo integrado de la cuenca alta del río Yaque del Sur", "Proyecto para la cuenca del Yaque del Sur y la presa de Sabaneta.", "2022", ("DO",), ("Programa de las Naciones Unidas para el Desarrollo",)),
    _r("w20y", "do-chm", "project", "es", "Proyecto Cuenca Alta del Rio Yaque del Norte - Fase II", "La segunda fase, con pago por servicios ambientales.", "2026", (), ("MIMARENA", "PNUD")),
    # 21 Stockholm guidance in English and French (the secretariat in two forms); the draft; the sibling guidance on sampling
    _r("w21a", "synergies", "document", "en", "Guidance on labelling of products or articles that contain persistent organic pollutants", "Guidance for Parties on labelling schemes that tell consumers, recyclers and waste managers which products contain POPs such as flame retardants and PFAS.", "2023", (), BRS),
    _r("w21b", "synergies-fr", "document", "fr", "Orientations sur l'étiquetage des produits ou articles contenant des polluants organiques persistants", "Orientations destinées aux Parties sur les systèmes d'étiquetage qui indiquent aux consommateurs, aux recycleurs et aux gestionnaires de déchets les produits contenant des POP, comme les retardateurs de flamme et les PFAS.", "2023", (), ("Secrétariat de la Convention de Stockholm",)),
    _r("w21x", "synergies", "document", "en", "Draft guidance on labelling of products or articles that contain persistent organic pollutants", "The draft submitted to the Conference of the Parties for comments.", "2021", (), BRS),
    _r("w21y", "synergies", "document", "en", "Guidance on sampling, screening and analysis of persistent organic pollutants in products and recycling", "How to test products and recycled materials for POPs.", "2023", (), BRS),
    # 22 a BCH country profile in English on the BCH (URL) and on the national node (the board by its acronym, no date, no country); the neighbour's profile; the same country's national report
    _r("w22a", "bch", "national-profile", "en", "Biosafety Clearing-House country profile: Malaysia", "Party to the Cartagena Protocol since 2003; national focal points, the Department of Biosafety as competent national authority, the Biosafety Act 2007 and decisions on imports of GM soybean and maize.", "2024", ("MY",), (), ("https://bch.cbd.int/en/countries/MY",)),
    _r("w22b", "my-chm", "national-profile", "en", "Malaysia's biosafety profile on the BCH (JBK)", "Contacts, the Biosafety Act 2007, the National Biosafety Board's approvals of GM soybean and maize imports.", None, (), ("JBK",)),
    _r("w22x", "bch", "national-profile", "en", "Biosafety Clearing-House country profile: Brunei Darussalam", "Brunei's focal points and measures.", "2024", ("BN",)),
    _r("w22y", "bch", "document", "en", "Fifth national report of Malaysia on the implementation of the Cartagena Protocol on Biosafety", "Malaysia's report for the fifth reporting cycle.", "2023", ("MY",), ("Department of Biosafety",)),
    # 23 the global framework on chemicals in English, French and Spanish (one copy with a handle); the high-level declaration adopted with it; the framework it replaced
    _r("w23a", "informea", "document", "en", "Global Framework on Chemicals - For a Planet Free of Harm from Chemicals and Waste", "The framework adopted at the fifth session of the International Conference on Chemicals Management in Bonn: five strategic objectives and 28 targets for the sound management of chemicals and waste.", "2023", (), ("International Conference on Chemicals Management",), ("hdl:20.500.11822/44064",)),
    _r("w23b", "informea-fr", "document", "fr", "Cadre mondial sur les produits chimiques - Pour une planète préservée des dommages causés par les produits chimiques et les déchets", "Le cadre adopté à la cinquième session de la Conférence internationale sur la gestion des produits chimiques à Bonn : cinq objectifs stratégiques et 28 cibles.", "2023", (), ("Conférence internationale sur la gestion des produits chimiques",)),
    _r("w23c", "informea-es", "document", "es", "Marco Mundial sobre los Productos Químicos: por un planeta libre de daños por productos químicos y desechos", "El marco aprobado en el quinto período de sesiones de la Conferencia Internacional sobre la Gestión de los Productos Químicos en Bonn: cinco objetivos estratégicos y 28 metas.", "2023", (), ("ICCM5",)),
    _r("w23x", "informea", "document", "en", "Bonn Declaration for a Planet Free of Harm from Chemicals and Waste", "The high-level declaration adopted at ICCM5 alongside the framework.", "2023", (), ("International Conference on Chemicals Management",)),
    _r("w23y", "informea", "document", "en", "Strategic Approach to International Chemicals Management: overall orientation and guidance for achieving the 2020 goal", "The guidance of the framework that preceded the Global Framework.", "2015", (), ("International Conference on Chemicals Management",)),
    # 24 a national strategy in Arabic on the portal and on the national node (shorter title, no country, the centre by its short name); the previous strategy; the neighbour's strategy under the same template title
    _r("w24a", "cbd-chm-ar", "document", "ar", "الاستراتيجية وخطة العمل الوطنية للتنوع الأحيائي في المملكة العربية السعودية 2025-2030", "تحدد الاستراتيجية أهداف المملكة لحماية الموائل البرية والبحرية وإعادة توطين الأنواع المهددة مثل المها العربي والنمر العربي.", "2025", ("SA",), ("المركز الوطني لتنمية الحياة الفطرية",)),
    _r("w24b", "sa-chm", "document", "ar", "الاستراتيجية الوطنية للتنوع الأحيائي 2025-2030", "أهداف المملكة لحماية الموائل وإعادة توطين المها العربي والنمر العربي، من إعداد المركز.", None, (), ("المركز الوطني للحياة الفطرية",)),
    _r("w24x", "sa-chm", "document", "ar", "الاستراتيجية الوطنية لصون التنوع الأحيائي 2005", "الاستراتيجية الأولى للمملكة.", "2005", (), ("الهيئة الوطنية لحماية الحياة الفطرية وإنمائها",)),
    _r("w24y", "cbd-chm-ar", "document", "ar", "الاستراتيجية وخطة العمل الوطنية للتنوع الأحيائي في دولة قطر 2025-2030", "أهداف دولة قطر لحماية الموائل الساحلية والصحراوية.", "2025", ("QA",), ("وزارة البيئة والتغير المناخي",)),
    # 25 a COP-MOP report in English (symbol) and French (no date); its provisional agenda; the previous meeting's report
    _r("w25a", "cbd-chm", "document", "en", "Report of the Conference of the Parties serving as the meeting of the Parties to the Nagoya Protocol on its fifth meeting", "Decisions and proceedings of the fifth meeting of the Parties to the Nagoya Protocol, held in Cali, Colombia, in October and November 2024.", "2024", (), SCBD, ("CBD/NP/MOP/5/14",)),
    _r("w25b", "cbd-chm-fr", "document", "fr", "Rapport de la Conférence des Parties siégeant en tant que réunion des Parties au Protocole de Nagoya sur sa cinquième réunion", "Décisions et travaux de la cinquième réunion des Parties au Protocole de Nagoya, tenue à Cali (Colombie) en octobre et novembre 2024.", None, (), ("Secrétariat de la Convention sur la diversité biologique",)),
    _r("w25x", "cbd-chm", "document", "en", "Provisional agenda of the fifth meeting of the Conference of the Parties serving as the meeting of the Parties to the Nagoya Protocol", "The items proposed for the meeting in Cali.", "2024", (), SCBD, ("CBD/NP/MOP/5/1",)),
    _r("w25y", "cbd-chm", "document", "en", "Report of the Conference of the Parties serving as the meeting of the Parties to the Nagoya Protocol on its fourth meeting", "Decisions of the fourth meeting, Montreal, 2022.", "2022", (), SCBD, ("CBD/NP/MOP/4/12",)),
    # 26 a genebank need on the portal and on the national node (no date, no country); the neighbour's need with the same title; the same country's other need on seeds
    _r("w26a", "cbd-chm", "need", "en", "Support to establish a national genebank for plant genetic resources", "Saint Lucia requests equipment and training to conserve seeds and field collections of breadfruit, cassava, dasheen and native plants.\nType of support: equipment, training", "2024", ("LC",)),
    _r("w26b", "lc-chm", "need", "en", "National genebank for Saint Lucia - equipment and training sought", "The Department of Agriculture seeks a seed drying room, cold storage and training to keep seeds and field collections of dasheen, breadfruit and cassava.\nType of support: equipment, training", None, ()),
    _r("w26x", "cbd-chm", "need", "en", "Support to establish a national genebank for plant genetic resources", "Grenada requests support to safeguard nutmeg, cocoa and root crop varieties.\nType of support: equipment", "2024", ("GD",)),
    _r("w26y", "cbd-chm", "need", "en", "Support to organise community seed fairs and exchanges", "Saint Lucia requests help to organise yearly seed fairs among farmers' groups.\nType of support: funding", "2024", ("LC",)),
    # 27 a course offer in Spanish and English (the agencies by their acronyms on one copy); last year's course; the same agencies' other course of the same year
    _r("w27a", "cbd-chm-es", "support-source", "es", "Curso internacional de monitoreo forestal con percepción remota, 2025", "La Comisión Nacional Forestal y la Agencia Mexicana de Cooperación Internacional para el Desarrollo ofrecen un curso de tres semanas en Zapopan sobre sistemas nacionales de monitoreo forestal, imágenes satelitales e inventarios.\nTipo de apoyo: formación\nPaíses elegibles: América Latina y el Caribe", "2025", ("MX",), ("Comisión Nacional Forestal", "Agencia Mexicana de Cooperación Internacional para el Desarrollo")),
    _r("w27b", "cbd-chm", "support-source", "en", "International course on forest monitoring with remote sensing (2025)", "CONAFOR and AMEXCID offer a three-week course in Zapopan on national forest monitoring systems, satellite imagery and inventories.\nType of support: training\nEligible countries: Latin America and the Caribbean", "2025", (), ("CONAFOR", "AMEXCID")),
    _r("w27x", "cbd-chm-es", "support-source", "es", "Curso internacional de monitoreo forestal con percepción remota, 2024", "La edición 2024 del curso.\nTipo de apoyo: formación", "2024", ("MX",), ("Comisión Nacional Forestal", "Agencia Mexicana de Cooperación Internacional para el Desarrollo")),
    _r("w27y", "cbd-chm-es", "support-source", "es", "Curso internacional de manejo comunitario de bosques, 2025", "Un curso en Oaxaca sobre empresas forestales comunitarias.\nTipo de apoyo: formación", "2025", ("MX",), ("Comisión Nacional Forestal", "Agencia Mexicana de Cooperación Internacional para el Desarrollo")),
    # 28 a wetland mapping need in French on the portal and on the national node (no date, no country, the authority by its acronym); the same country's other wetland need; the neighbour's need with the same title
    _r("w28a", "cbd-chm-fr", "need", "fr", "Appui à la cartographie et à l'inventaire des zones humides urbaines de Kigali", "Le Rwanda sollicite un appui pour cartographier les marais de Kigali, évaluer leurs fonctions et préparer leur réhabilitation en parcs urbains.\nType d'appui : assistance technique", "2024", ("RW",)),
    _r("w28b", "rw-chm", "need", "fr", "Cartographie des zones humides de Kigali : appui recherché", "La REMA cherche un appui technique pour l'inventaire des marais de la ville de Kigali et l'évaluation de leurs fonctions avant leur réhabilitation.\nType d'appui : assistance technique", None, ()),
    _r("w28x", "cbd-chm-fr", "need", "fr", "Appui à la réhabilitation du marais de Nyandungu en parc écologique", "Le Rwanda sollicite un financement pour les aménagements du parc.\nType d'appui : financement", "2024", ("RW",)),
    _r("w28y", "cbd-chm-fr", "need", "fr", "Appui à la cartographie et à l'inventaire des zones humides urbaines de Bujumbura", "Le Burundi sollicite un appui pour cartographier les zones humides de la ville.\nType d'appui : assistance technique", "2024", ("BI",)),
    # 29 a Nagoya national report in English (ABS clearing-house) and Arabic (national node, no country); the interim report of the previous cycle; the neighbour's report of the same cycle
    _r("w29a", "abs-ch", "document", "en", "Sudan: first national report on the implementation of the Nagoya Protocol", "Measures taken by Sudan on access to genetic resources, including gum arabic and sorghum landraces, and on benefit-sharing.", "2024", ("SD",), ("Higher Council for Environment and Natural Resources",)),
    _r("w29b", "sd-chm", "document", "ar", "التقرير الوطني الأول عن تنفيذ بروتوكول ناغويا", "التدابير التي اتخذها السودان بشأن الحصول على الموارد الجينية، بما فيها الصمغ العربي وسلالات الذرة الرفيعة المحلية، وتقاسم المنافع.", "2024", (), ("المجلس الأعلى للبيئة والموارد الطبيعية",)),
    _r("w29x", "abs-ch", "document", "en", "Sudan: interim national report on the implementation of the Nagoya Protocol", "The interim report of the first assessment.", "2019", ("SD",), ("Higher Council for Environment and Natural Resources",)),
    _r("w29y", "abs-ch", "document", "en", "Eritrea: first national report on the implementation of the Nagoya Protocol", "Measures taken by Eritrea.", "2024", ("ER",)),
    # 30 a grants call on the portal and on the network's own node (the network by its acronym, no country, no date); next year's call; the network's training course
    _r("w30a", "cbd-chm", "support-source", "en", "Small grants for national biodiversity observation networks, 2025 call", "The Group on Earth Observations Biodiversity Observation Network offers grants of up to 30,000 US dollars to start or strengthen national biodiversity observation networks that report on the Kunming-Montreal indicators.\nType of support: funding", "2025", (), ("Group on Earth Observations Biodiversity Observation Network",)),
    _r("w30b", "geobon", "support-source", "en", "GEO BON capacity building: small grants for BONs (2025)", "Grants for national BONs that produce the headline indicators; applications until 30 June.\nType of support: funding", None, (), ("GEO BON",)),
    _r("w30x", "geobon", "support-source", "en", "GEO BON capacity building: small grants for BONs (2026)", "The 2026 call.\nType of support: funding", "2026", (), ("GEO BON",)),
    _r("w30y", "geobon", "support-source", "en", "GEO BON training course on essential biodiversity variables, 2025", "An online course on producing essential biodiversity variables.\nType of support: training", "2025", (), ("GEO BON",)),
    # 31 a Portuguese-speaking network meeting in Portuguese and English (the host institute in full and by acronym); the previous meeting; the French-speaking network's meeting
    _r("w31a", "pt-chm", "event", "pt", "Encontro da rede lusófona de pontos focais do Mecanismo de Intercâmbio de Informação, Lisboa, 2025", "Os pontos focais do CHM de Angola, Brasil, Cabo Verde, Guiné-Bissau, Moçambique, Portugal, São Tomé e Príncipe e Timor-Leste trocam experiências sobre os portais nacionais.", "2025-10-06", ("PT",), ("Instituto da Conservação da Natureza e das Florestas",)),
    _r("w31b", "cbd-chm", "event", "en", "Meeting of the Portuguese-speaking network of clearing-house mechanism focal points (Lisbon, October 2025)", "CHM focal points from the eight Portuguese-speaking countries share experience with their national portals; hosted by ICNF.", "2025-10-06", (), ("ICNF",)),
    _r("w31x", "pt-chm", "event", "pt", "Encontro da rede lusófona de pontos focais do Mecanismo de Intercâmbio de Informação, Maputo, 2023", "O encontro anterior da rede.", "2023-11-13", ("MZ",), ("Instituto da Conservação da Natureza e das Florestas",)),
    _r("w31y", "cbd-chm-fr", "event", "fr", "Réunion du réseau francophone des correspondants du Centre d'échange, Lomé, 2025", "Les correspondants CHM des pays francophones échangent sur leurs portails nationaux.", "2025-09-15", ("TG",), SCBD),
    # 32 a Ramsar national report in Spanish on the convention's site and on the national node (no country, the ministry by its acronym); the previous cycle's report; the neighbour's report
    _r("w32a", "ramsar-es", "document", "es", "Informe nacional sobre la aplicación de la Convención de Ramsar sobre los Humedales - Venezuela - COP15", "Informe de la República Bolivariana de Venezuela para la 15.ª reunión de la Conferencia de las Partes: sitios Ramsar, inventario de humedales y manglares.", "2024", ("VE",), ("Ministerio del Poder Popular para el Ecosocialismo",)),
    _r("w32b", "ve-chm", "document", "es", "Informe Nacional Ramsar para la COP15", "Informe presentado por el MINEC a la Secretaría de la Convención sobre los Humedales para la COP15.", "2024-12-20", (), ("MINEC",)),
    _r("w32x", "ramsar-es", "document", "es", "Informe nacional sobre la aplicación de la Convención de Ramsar sobre los Humedales - Venezuela - COP14", "El informe del ciclo anterior.", "2021", ("VE",), ("Ministerio del Poder Popular para el Ecosocialismo",)),
    _r("w32y", "ramsar-es", "document", "es", "Informe nacional sobre la aplicación de la Convención de Ramsar sobre los Humedales - Paraguay - COP15", "Informe del Paraguay para la COP15.", "2024", ("PY",), ("Ministerio del Ambiente y Desarrollo Sostenible",)),
    # 33 a regional pastoralism project in French and English (the World Bank in two languages, neither with a country); the first phase; one country's component
    _r("w33a", "cbd-chm-fr", "project", "fr", "Projet régional d'appui au pastoralisme au Sahel - deuxième phase (PRAPS-2)", "Projet de la Banque mondiale au Burkina Faso, au Mali, en Mauritanie, au Niger, au Sénégal et au Tchad : santé animale, gestion des parcours, accès aux marchés et prévention des conflits autour des points d'eau.", "2021", (), ("Banque mondiale",)),
    _r("w33b", "cbd-chm", "project", "en", "Regional Sahel Pastoralism Support Project II", "World Bank project in Burkina Faso, Chad, Mali, Mauritania, Niger and Senegal on animal health, rangeland management, market access and preventing conflicts around water points.", "2021", (), ("World Bank",), ("P173197",)),
    _r("w33x", "cbd-chm-fr", "project", "fr", "Projet régional d'appui au pastoralisme au Sahel (PRAPS)", "La première phase, 2015-2021.", "2015", (), ("Banque mondiale",)),
    _r("w33y", "mr-chm", "project", "fr", "PRAPS-2 Mauritanie : composante nationale du projet régional d'appui au pastoralisme", "La composante mauritanienne, exécutée par le ministère de l'Élevage.", "2022", (), ("Ministère de l'Élevage",)),
    # 34 a Cartagena national report on the BCH and on the national node (the ministry by its acronym, no country); the previous cycle's report; the neighbour's report of the same cycle
    _r("w34a", "bch", "document", "en", "Fifth national report on the implementation of the Cartagena Protocol on Biosafety: Georgia", "Georgia's report for the fifth cycle: the Law on Genetically Modified Organisms, the competent authority and laboratory capacity.", "2023", ("GE",), ("Ministry of Environmental Protection and Agriculture",)),
    _r("w34b", "ge-chm", "document", "en", "Cartagena Protocol - 5th national report", "Report submitted by MEPA to the Biosafety Clearing-House for the fifth reporting cycle.", "2023-10-31", (), ("MEPA",)),
    _r("w34x", "bch", "document", "en", "Fourth national report on the implementation of the Cartagena Protocol on Biosafety: Georgia", "Georgia's report for the fourth cycle.", "2019", ("GE",), ("Ministry of Environmental Protection and Agriculture",)),
    _r("w34y", "bch", "document", "en", "Fifth national report on the implementation of the Cartagena Protocol on Biosafety: Republic of Moldova", "Moldova's report for the fifth cycle.", "2023", ("MD",), ("Ministry of Environment",)),
    # 35 a mercury need in Spanish (national node, no country) and English (convention's clearing-house); the same country's other mercury need; a neighbour's need with the same English title
    _r("w35a", "ve-chm", "need", "es", "Apoyo para el monitoreo del mercurio en la cuenca del río Caroní", "El Ministerio busca equipos y formación para medir el mercurio en agua, sedimentos y peces aguas abajo de las zonas de minería aurífera artesanal.\nTipo de apoyo: equipos, formación", "2024", ()),
    _r("w35b", "mercury-ch", "need", "en", "Mercury monitoring in the Caroní river basin", "Venezuela seeks equipment and training to measure mercury in water, sediment and fish downstream of artisanal gold mining areas.\nType of support: equipment, training", "2024", ("VE",)),
    _r("w35x", "ve-chm", "need", "es", "Apoyo para evaluar la exposición al mercurio de las comunidades indígenas del estado Bolívar", "El Ministerio busca apoyo para un estudio de mercurio en cabello.\nTipo de apoyo: asistencia técnica", "2024", ()),
    _r("w35y", "mercury-ch", "need", "en", "Mercury monitoring in the Cuyuni river basin", "Guyana seeks equipment to monitor mercury in its rivers.\nType of support: equipment", "2024", ("GY",)),
    # 36 subregional guidelines with and without the series prefix (the commission in full and by its acronym); the sibling guidelines on wildlife; a national version
    _r("w36a", "comifac", "document", "fr", "Série technique COMIFAC n° 12 : Directives sous-régionales relatives à la gestion durable des produits forestiers non ligneux d'origine végétale en Afrique centrale", "Directives pour harmoniser les règles d'exploitation, de transformation et de commerce des PFNL comme le gnetum, le rotin et les amandes de karité.", "2024", (), ("Commission des Forêts d'Afrique Centrale",)),
    _r("w36b", "informea-fr", "document", "fr", "Directives sous-régionales relatives à la gestion durable des produits forestiers non ligneux d'origine végétale en Afrique centrale", "Les directives de la COMIFAC sur l'exploitation, la transformation et le commerce des PFNL végétaux (gnetum, rotin, karité).", "2024", (), ("COMIFAC",)),
    _r("w36x", "comifac", "document", "fr", "Série technique COMIFAC n° 13 : Directives sous-régionales relatives à la gestion durable des produits forestiers non ligneux d'origine animale en Afrique centrale", "Les directives sur la viande de brousse et les autres produits animaux.", "2024", (), ("Commission des Forêts d'Afrique Centrale",)),
    _r("w36y", "cg-chm", "document", "fr", "Directives nationales relatives à la gestion durable des produits forestiers non ligneux d'origine végétale au Congo", "La déclinaison nationale des directives sous-régionales.", "2025", (), ("Ministère de l'Économie forestière",)),
    # 37 a regional environmental strategy in Spanish and English (the commission by its acronym on one copy); the previous strategy; its progress report
    _r("w37a", "ccad", "document", "es", "Estrategia Regional Ambiental Marco 2026-2030 del SICA", "Marco de la Comisión Centroamericana de Ambiente y Desarrollo para la acción regional en bosques, mares, agua, cambio climático y gestión de residuos.", "2025", (), ("Comisión Centroamericana de Ambiente y Desarrollo",)),
    _r("w37b", "cbd-chm", "document", "en", "Regional Environmental Framework Strategy 2026-2030 of the Central American Integration System", "CCAD's framework for regional action on forests, seas, water, climate change and waste management.", "2025", (), ("CCAD",)),
    _r("w37x", "ccad", "document", "es", "Estrategia Regional Ambiental Marco 2015-2020 del SICA", "La estrategia anterior.", "2014", (), ("Comisión Centroamericana de Ambiente y Desarrollo",)),
    _r("w37y", "ccad", "document", "es", "Estrategia Regional Ambiental Marco 2026-2030 del SICA: primer informe de avance", "Primer informe de avance de la estrategia.", "2027", (), ("Comisión Centroamericana de Ambiente y Desarrollo",)),
    # 38 a ridge-to-reef project on the portal (GEF number) and on the national node (short name, no country, no date); a neighbour's ridge-to-reef project; the same country's coastal project
    _r("w38a", "cbd-chm", "project", "en", "Reimaanlok: ridge-to-reef management of the atolls of the Republic of the Marshall Islands", "GEF project with the Marshall Islands Conservation Society and atoll communities to put in place community-based resource management plans under the Reimaanlok framework.", "2020", ("MH",), ("United Nations Development Programme",), ("gef:9578",)),
    _r("w38b", "mh-chm", "project", "en", "RMI R2R Project (Reimaanlok)", "Atoll communities, MICS and UNDP write and apply local resource management plans from land to reef.", None, (), ("UNDP",)),
    _r("w38x", "cbd-chm", "project", "en", "Ridge-to-reef management of the island of Babeldaob, Palau", "A ridge-to-reef project for the watersheds of Babeldaob.", "2019", ("PW",), ("United Nations Development Programme",)),
    _r("w38y", "mh-chm", "project", "en", "RMI Coastal Resilience Project (Majuro and Ebeye)", "Sea walls and nature-based protection for the two urban atolls.", "2023", (), ("UNDP",)),
    # 39 a partnership's call in English, French and Spanish (the secretariat in three forms); the first call; another partnership's call
    _r("w39a", "basel-ch", "support-source", "en", "Plastic Waste Partnership: second call for pilot projects on plastic waste prevention and management", "The partnership funds pilot projects of up to 100,000 US dollars on preventing plastic waste, separate collection and environmentally sound recycling.\nType of support: funding\nEligible countries: developing countries and countries with economies in transition", "2024", (), BRS),
    _r("w39b", "basel-ch-fr", "support-source", "fr", "Partenariat sur les déchets plastiques : deuxième appel à projets pilotes sur la prévention et la gestion des déchets plastiques", "Le partenariat finance des projets pilotes jusqu'à 100 000 dollars des États-Unis sur la prévention des déchets plastiques, la collecte séparée et le recyclage écologiquement rationnel.\nType d'appui : financement\nPays éligibles : pays en développement et pays à économie en transition", "2024", (), ("Secrétariat de la Convention de Bâle",)),
    _r("w39c", "basel-ch-es", "support-source", "es", "Alianza sobre los Desechos Plásticos: segunda convocatoria de proyectos piloto sobre prevención y gestión de desechos plásticos", "La alianza financia proyectos piloto de hasta 100.000 dólares de los Estados Unidos sobre prevención de desechos plásticos, recogida selectiva y reciclaje ambientalmente racional.\nTipo de apoyo: financiación\nPaíses elegibles: países en desarrollo y países con economías en transición", "2024", (), ("Secretaría del Convenio de Basilea",)),
    _r("w39x", "basel-ch", "support-source", "en", "Plastic Waste Partnership: first call for pilot projects on plastic waste prevention and management", "The first call of the partnership.\nType of support: funding", "2021", (), BRS),
    _r("w39y", "basel-ch", "support-source", "en", "Partnership for Action on Challenges relating to E-waste: call for pilot projects on e-waste collection", "Pilot projects on collecting and dismantling e-waste.\nType of support: funding", "2024", (), BRS),
    # 40 a red list need in Arabic on the portal and on the national node (no date, no country); the same country's other need; the neighbour's need with the same title
    _r("w40a", "cbd-chm-ar", "need", "ar", "دعم إعداد القائمة الحمراء الوطنية للنباتات المهددة بالانقراض", "تطلب ليبيا دعماً فنياً لتقييم حالة النباتات المستوطنة في الجبل الأخضر وفق معايير الاتحاد الدولي لصون الطبيعة وتدريب الباحثين.\nنوع الدعم: مساعدة تقنية، تدريب", "2025", ("LY",)),
    _r("w40b", "ly-chm", "need", "ar", "القائمة الحمراء للنباتات في ليبيا: طلب دعم فني", "يطلب المركز دعماً لتقييم النباتات المستوطنة في الجبل الأخضر وفق معايير القائمة الحمراء وتدريب الباحثين الليبيين.\nنوع الدعم: مساعدة تقنية، تدريب", None, ()),
    _r("w40x", "cbd-chm-ar", "need", "ar", "دعم رصد أعشاش السلاحف البحرية على الساحل الليبي", "تطلب ليبيا معدات وتدريباً لرصد أعشاش السلاحف.\nنوع الدعم: معدات، تدريب", "2025", ("LY",)),
    _r("w40y", "cbd-chm-ar", "need", "ar", "دعم إعداد القائمة الحمراء الوطنية للنباتات المهددة بالانقراض", "تطلب الجمهورية العربية السورية دعماً لتقييم النباتات المهددة في جبال الساحل.\nنوع الدعم: مساعدة تقنية", "2025", ("SY",)),
    # 41 a national policy framework in English and French (no country on the French copy, the department by acronym); its roadmap; another island state's framework
    _r("w41a", "sc-chm", "document", "en", "Seychelles Blue Economy Strategic Policy Framework and Roadmap 2030", "The framework for growing fisheries, tourism and new marine sectors while protecting the ocean, with the marine spatial plan and debt-for-nature financing as pillars.", "2018", ("SC",), ("Department of Blue Economy",)),
    _r("w41b", "sc-chm-fr", "document", "fr", "Cadre de politique stratégique et feuille de route de l'économie bleue des Seychelles 2030", "Le cadre pour développer la pêche, le tourisme et de nouveaux secteurs marins tout en protégeant l'océan, avec le plan d'aménagement de l'espace marin et le financement par échange dette-nature.", "2018", (), ("DEB",)),
    _r("w41x", "sc-chm", "document", "en", "Seychelles Blue Economy Strategic Policy Framework and Roadmap: mid-term review", "Review of the framework's first five years.", "2023", ("SC",), ("Department of Blue Economy",)),
    _r("w41y", "cbd-chm", "document", "en", "Mauritius Blue Economy Roadmap 2030", "The ocean economy plan of Mauritius.", "2021", ("MU",), ("Ministry of Blue Economy, Marine Resources, Fisheries and Shipping",)),
    # 42 a competent national authority on the BCH and on the national node (the ministry by acronym, no date, no country); the same country's BCH focal point; the neighbour's authority
    _r("w42a", "bch-es", "contact-point", "es", "Autoridad nacional competente del Protocolo de Cartagena: El Salvador", "Dirección de Ecosistemas y Biodiversidad, Ministerio de Medio Ambiente y Recursos Naturales, San Salvador: evaluación y decisiones sobre organismos vivos modificados para liberación en el ambiente.", "2024", ("SV",)),
    _r("w42b", "sv-chm", "contact-point", "es", "ANC bioseguridad - MARN", "La autoridad nacional competente de El Salvador para OVM destinados a liberación en el ambiente.", None, ()),
    _r("w42x", "bch-es", "contact-point", "es", "Punto focal nacional del Centro de Intercambio de Información sobre Seguridad de la Biotecnología: El Salvador", "Contacto para la publicación en el CIISB.", "2024", ("SV",)),
    _r("w42y", "bch-es", "contact-point", "es", "Autoridad nacional competente del Protocolo de Cartagena: Honduras", "Servicio Nacional de Sanidad e Inocuidad Agroalimentaria, Tegucigalpa.", "2024", ("HN",)),
    # 43 a training manual in English and Arabic (the centre in full and by acronym); the earlier edition; the centre's other manual
    _r("w43a", "informea", "document", "en", "Training manual on the collection and conservation of seeds of dryland plants", "A manual of the Arab Center for the Studies of Arid Zones and Dry Lands for genebank technicians: collecting missions, seed cleaning, drying, viability tests and storage.", "2024", (), ("Arab Center for the Studies of Arid Zones and Dry Lands",)),
    _r("w43b", "informea-ar", "document", "ar", "دليل تدريبي حول جمع وصون بذور نباتات المناطق الجافة", "دليل المركز العربي لدراسات المناطق الجافة والأراضي القاحلة لفنيي بنوك البذور: بعثات الجمع وتنظيف البذور وتجفيفها واختبارات الحيوية والتخزين.", "2024", (), ("أكساد",)),
    _r("w43x", "informea", "document", "en", "Training manual on the collection and conservation of seeds of dryland plants (first edition)", "The 2012 edition of the manual.", "2012", (), ("Arab Center for the Studies of Arid Zones and Dry Lands",)),
    _r("w43y", "informea", "document", "en", "Training manual on the rehabilitation of degraded rangelands in the Arab region", "ACSAD's manual on reseeding and grazing management.", "2024", (), ("Arab Center for the Studies of Arid Zones and Dry Lands",)),
    # 44 a wildlife monitoring need on the portal and on the national node (no date, no country); the neighbour's need with the same title; the same country's other need on the same species' habitat
    _r("w44a", "cbd-chm", "need", "en", "Support for camera-trap monitoring of snow leopards and their prey", "Kyrgyzstan requests camera traps and training for rangers of Sarychat-Ertash and Naryn reserves to estimate snow leopard, ibex and argali numbers.\nType of support: equipment, training", "2025", ("KG",)),
    _r("w44b", "kg-chm", "need", "en", "Snow leopard camera trapping in Sarychat-Ertash and Naryn - equipment and training", "The State Agency for Environmental Protection seeks cameras and ranger training to count snow leopards, ibex and argali in two reserves.\nType of support: equipment, training", None, ()),
    _r("w44x", "cbd-chm", "need", "en", "Support for camera-trap monitoring of snow leopards and their prey", "Tajikistan requests camera traps for the Pamir conservancies.\nType of support: equipment", "2025", ("TJ",)),
    _r("w44y", "cbd-chm", "need", "en", "Support to stop poaching of argali in the Naryn region", "Kyrgyzstan requests vehicles and training for anti-poaching patrols.\nType of support: equipment, training", "2025", ("KG",)),
    # 45 a marine protected area report in Portuguese (national node, no country) and English (portal, with the institute's acronym); the previous edition; another country's report under the same template title
    _r("w45a", "pt-chm", "document", "pt", "Relatório do estado das áreas marinhas protegidas de Portugal continental 2024", "Avaliação da gestão e do estado de conservação das áreas marinhas protegidas do continente, das Berlengas à Ria Formosa.", "2024", (), ("Instituto da Conservação da Natureza e das Florestas",)),
    _r("w45b", "cbd-chm", "document", "en", "Status report on the marine protected areas of mainland Portugal 2024", "Assessment of the management and conservation status of mainland Portugal's marine protected areas, from the Berlengas to Ria Formosa, by ICNF.", "2024", ("PT",), ("ICNF",)),
    _r("w45x", "pt-chm", "document", "pt", "Relatório do estado das áreas marinhas protegidas de Portugal continental 2020", "A edição anterior do relatório.", "2020", (), ("Instituto da Conservação da Natureza e das Florestas",)),
    _r("w45y", "pt-chm", "document", "pt", "Relatório do estado das áreas marinhas protegidas dos Açores 2024", "O relatório regional da Região Autónoma dos Açores.", "2024", (), ("Direção Regional das Políticas do Mar",)),
]  # fmt: skip

SAME: list[tuple[str, str]] = [
    ("cbd-chm:w01a", "ls-chm:w01b"),
    ("cbd-chm-fr:w02a", "mr-chm:w02b"),
    ("bch-es:w03a", "ar-bch:w03b"),
    ("unep-docs:w04a", "informea:w04b"),
    ("comifac:w05a", "cbd-chm:w05b"),
    ("basel-ch:w06a", "informea:w06b"),
    ("sv-chm:w07a", "cbd-chm:w07b"),
    ("abs-ch-fr:w08a", "cg-chm:w08b"),
    ("st-chm:w09a", "cbd-chm:w09b"),
    ("cbd-chm-es:w10a", "ccad:w10b"),
    ("mercury-ch:w11a", "kw-chm:w11b"),
    ("cbd-chm:w12a", "pw-chm:w12b"),
    ("infocap:w13a", "infocap-fr:w13b"),
    ("infocap:w13a", "infocap-es:w13c"),
    ("infocap-fr:w13b", "infocap-es:w13c"),
    ("mercury-ch:w14a", "st-chm:w14b"),
    ("biopama:w15a", "cbd-chm-fr:w15b"),
    ("icimod:w16a", "cbd-chm:w16b"),
    ("cbd-chm-es:w17a", "cbd-chm:w17b"),
    ("bch-fr:w18a", "rw-chm:w18b"),
    ("infocap:w19a", "sd-chm:w19b"),
    ("cbd-chm-es:w20a", "do-chm:w20b"),
    ("synergies:w21a", "synergies-fr:w21b"),
    ("bch:w22a", "my-chm:w22b"),
    ("informea:w23a", "informea-fr:w23b"),
    ("informea:w23a", "informea-es:w23c"),
    ("informea-fr:w23b", "informea-es:w23c"),
    ("cbd-chm-ar:w24a", "sa-chm:w24b"),
    ("cbd-chm:w25a", "cbd-chm-fr:w25b"),
    ("cbd-chm:w26a", "lc-chm:w26b"),
    ("cbd-chm-es:w27a", "cbd-chm:w27b"),
    ("cbd-chm-fr:w28a", "rw-chm:w28b"),
    ("abs-ch:w29a", "sd-chm:w29b"),
    ("cbd-chm:w30a", "geobon:w30b"),
    ("pt-chm:w31a", "cbd-chm:w31b"),
    ("ramsar-es:w32a", "ve-chm:w32b"),
    ("cbd-chm-fr:w33a", "cbd-chm:w33b"),
    ("bch:w34a", "ge-chm:w34b"),
    ("ve-chm:w35a", "mercury-ch:w35b"),
    ("comifac:w36a", "informea-fr:w36b"),
    ("ccad:w37a", "cbd-chm:w37b"),
    ("cbd-chm:w38a", "mh-chm:w38b"),
    ("basel-ch:w39a", "basel-ch-fr:w39b"),
    ("basel-ch:w39a", "basel-ch-es:w39c"),
    ("basel-ch-fr:w39b", "basel-ch-es:w39c"),
    ("cbd-chm-ar:w40a", "ly-chm:w40b"),
    ("sc-chm:w41a", "sc-chm-fr:w41b"),
    ("bch-es:w42a", "sv-chm:w42b"),
    ("informea:w43a", "informea-ar:w43b"),
    ("cbd-chm:w44a", "kg-chm:w44b"),
    ("pt-chm:w45a", "cbd-chm:w45b"),
]
"""The pairs that are one item (51: 45 items, three of them in three languages)."""

NEAR_MISSES: list[tuple[str, str]] = [
    ("cbd-chm:w01a", "cbd-chm:w01x"), ("ls-chm:w01b", "cbd-chm:w01x"), ("cbd-chm:w01a", "cbd-chm:w01y"), ("ls-chm:w01b", "cbd-chm:w01y"),
    ("cbd-chm-fr:w02a", "cbd-chm-fr:w02x"), ("mr-chm:w02b", "cbd-chm-fr:w02x"), ("cbd-chm-fr:w02a", "cbd-chm-fr:w02y"), ("mr-chm:w02b", "cbd-chm-fr:w02y"),
    ("bch-es:w03a", "bch-es:w03x"), ("ar-bch:w03b", "bch-es:w03x"), ("bch-es:w03a", "bch-es:w03y"), ("ar-bch:w03b", "bch-es:w03y"),
    ("unep-docs:w04a", "unep-docs:w04x"), ("informea:w04b", "unep-docs:w04x"), ("unep-docs:w04a", "unep-docs:w04y"), ("informea:w04b", "unep-docs:w04y"),
    ("comifac:w05a", "comifac:w05x"), ("cbd-chm:w05b", "comifac:w05x"), ("comifac:w05a", "cbd-chm-fr:w05y"), ("cbd-chm:w05b", "cbd-chm-fr:w05y"),
    ("basel-ch:w06a", "basel-ch:w06x"), ("informea:w06b", "basel-ch:w06x"), ("basel-ch:w06a", "basel-ch:w06y"), ("informea:w06b", "basel-ch:w06y"), ("basel-ch:w06a", "basel-ch:w06z"), ("informea:w06b", "basel-ch:w06z"),
    ("sv-chm:w07a", "sv-chm:w07x"), ("cbd-chm:w07b", "sv-chm:w07x"), ("sv-chm:w07a", "cbd-chm:w07y"), ("cbd-chm:w07b", "cbd-chm:w07y"),
    ("abs-ch-fr:w08a", "abs-ch-fr:w08x"), ("cg-chm:w08b", "abs-ch-fr:w08x"), ("abs-ch-fr:w08a", "abs-ch-fr:w08y"), ("cg-chm:w08b", "abs-ch-fr:w08y"),
    ("st-chm:w09a", "cbd-chm:w09x"), ("cbd-chm:w09b", "cbd-chm:w09x"), ("st-chm:w09a", "st-chm:w09y"), ("cbd-chm:w09b", "st-chm:w09y"),
    ("cbd-chm-es:w10a", "ccad:w10x"), ("ccad:w10b", "ccad:w10x"), ("cbd-chm-es:w10a", "cbd-chm-es:w10y"), ("ccad:w10b", "cbd-chm-es:w10y"),
    ("mercury-ch:w11a", "mercury-ch:w11x"), ("kw-chm:w11b", "mercury-ch:w11x"), ("mercury-ch:w11a", "mercury-ch:w11y"), ("kw-chm:w11b", "mercury-ch:w11y"),
    ("cbd-chm:w12a", "cbd-chm:w12x"), ("pw-chm:w12b", "cbd-chm:w12x"), ("cbd-chm:w12a", "pw-chm:w12y"), ("pw-chm:w12b", "pw-chm:w12y"),
    ("infocap:w13a", "infocap:w13x"), ("infocap-fr:w13b", "infocap:w13x"), ("infocap-es:w13c", "infocap:w13x"), ("infocap:w13a", "infocap:w13y"), ("infocap-fr:w13b", "infocap:w13y"), ("infocap-es:w13c", "infocap:w13y"),
    ("mercury-ch:w14a", "gw-chm:w14x"), ("st-chm:w14b", "gw-chm:w14x"), ("mercury-ch:w14a", "mercury-ch:w14y"), ("st-chm:w14b", "mercury-ch:w14y"),
    ("biopama:w15a", "biopama:w15x"), ("cbd-chm-fr:w15b", "biopama:w15x"), ("biopama:w15a", "biopama:w15y"), ("cbd-chm-fr:w15b", "biopama:w15y"),
    ("icimod:w16a", "icimod:w16x"), ("cbd-chm:w16b", "icimod:w16x"), ("icimod:w16a", "icimod:w16y"), ("cbd-chm:w16b", "icimod:w16y"),
    ("cbd-chm-es:w17a", "cbd-chm-es:w17x"), ("cbd-chm:w17b", "cbd-chm-es:w17x"), ("cbd-chm-es:w17a", "cbd-chm-es:w17y"), ("cbd-chm:w17b", "cbd-chm-es:w17y"),
    ("bch-fr:w18a", "bch-fr:w18x"), ("rw-chm:w18b", "bch-fr:w18x"), ("bch-fr:w18a", "abs-ch-fr:w18y"), ("rw-chm:w18b", "abs-ch-fr:w18y"),
    ("infocap:w19a", "infocap:w19x"), ("sd-chm:w19b", "infocap:w19x"), ("infocap:w19a", "infocap:w19y"), ("sd-chm:w19b", "infocap:w19y"),
    ("cbd-chm-es:w20a", "cbd-chm-es:w20x"), ("do-chm:w20b", "cbd-chm-es:w20x"), ("cbd-chm-es:w20a", "do-chm:w20y"), ("do-chm:w20b", "do-chm:w20y"),
    ("synergies:w21a", "synergies:w21x"), ("synergies-fr:w21b", "synergies:w21x"), ("synergies:w21a", "synergies:w21y"), ("synergies-fr:w21b", "synergies:w21y"),
    ("bch:w22a", "bch:w22x"), ("my-chm:w22b", "bch:w22x"), ("bch:w22a", "bch:w22y"), ("my-chm:w22b", "bch:w22y"),
    ("informea:w23a", "informea:w23x"), ("informea-fr:w23b", "informea:w23x"), ("informea-es:w23c", "informea:w23x"), ("informea:w23a", "informea:w23y"), ("informea-fr:w23b", "informea:w23y"), ("informea-es:w23c", "informea:w23y"),
    ("cbd-chm-ar:w24a", "sa-chm:w24x"), ("sa-chm:w24b", "sa-chm:w24x"), ("cbd-chm-ar:w24a", "cbd-chm-ar:w24y"), ("sa-chm:w24b", "cbd-chm-ar:w24y"),
    ("cbd-chm:w25a", "cbd-chm:w25x"), ("cbd-chm-fr:w25b", "cbd-chm:w25x"), ("cbd-chm:w25a", "cbd-chm:w25y"), ("cbd-chm-fr:w25b", "cbd-chm:w25y"),
    ("cbd-chm:w26a", "cbd-chm:w26x"), ("lc-chm:w26b", "cbd-chm:w26x"), ("cbd-chm:w26a", "cbd-chm:w26y"), ("lc-chm:w26b", "cbd-chm:w26y"),
    ("cbd-chm-es:w27a", "cbd-chm-es:w27x"), ("cbd-chm:w27b", "cbd-chm-es:w27x"), ("cbd-chm-es:w27a", "cbd-chm-es:w27y"), ("cbd-chm:w27b", "cbd-chm-es:w27y"),
    ("cbd-chm-fr:w28a", "cbd-chm-fr:w28x"), ("rw-chm:w28b", "cbd-chm-fr:w28x"), ("cbd-chm-fr:w28a", "cbd-chm-fr:w28y"), ("rw-chm:w28b", "cbd-chm-fr:w28y"),
    ("abs-ch:w29a", "abs-ch:w29x"), ("sd-chm:w29b", "abs-ch:w29x"), ("abs-ch:w29a", "abs-ch:w29y"), ("sd-chm:w29b", "abs-ch:w29y"),
    ("cbd-chm:w30a", "geobon:w30x"), ("geobon:w30b", "geobon:w30x"), ("cbd-chm:w30a", "geobon:w30y"), ("geobon:w30b", "geobon:w30y"),
    ("pt-chm:w31a", "pt-chm:w31x"), ("cbd-chm:w31b", "pt-chm:w31x"), ("pt-chm:w31a", "cbd-chm-fr:w31y"), ("cbd-chm:w31b", "cbd-chm-fr:w31y"),
    ("ramsar-es:w32a", "ramsar-es:w32x"), ("ve-chm:w32b", "ramsar-es:w32x"), ("ramsar-es:w32a", "ramsar-es:w32y"), ("ve-chm:w32b", "ramsar-es:w32y"),
    ("cbd-chm-fr:w33a", "cbd-chm-fr:w33x"), ("cbd-chm:w33b", "cbd-chm-fr:w33x"), ("cbd-chm-fr:w33a", "mr-chm:w33y"), ("cbd-chm:w33b", "mr-chm:w33y"),
    ("bch:w34a", "bch:w34x"), ("ge-chm:w34b", "bch:w34x"), ("bch:w34a", "bch:w34y"), ("ge-chm:w34b", "bch:w34y"),
    ("ve-chm:w35a", "ve-chm:w35x"), ("mercury-ch:w35b", "ve-chm:w35x"), ("ve-chm:w35a", "mercury-ch:w35y"), ("mercury-ch:w35b", "mercury-ch:w35y"),
    ("comifac:w36a", "comifac:w36x"), ("informea-fr:w36b", "comifac:w36x"), ("comifac:w36a", "cg-chm:w36y"), ("informea-fr:w36b", "cg-chm:w36y"),
    ("ccad:w37a", "ccad:w37x"), ("cbd-chm:w37b", "ccad:w37x"), ("ccad:w37a", "ccad:w37y"), ("cbd-chm:w37b", "ccad:w37y"),
    ("cbd-chm:w38a", "cbd-chm:w38x"), ("mh-chm:w38b", "cbd-chm:w38x"), ("cbd-chm:w38a", "mh-chm:w38y"), ("mh-chm:w38b", "mh-chm:w38y"),
    ("basel-ch:w39a", "basel-ch:w39x"), ("basel-ch-fr:w39b", "basel-ch:w39x"), ("basel-ch-es:w39c", "basel-ch:w39x"), ("basel-ch:w39a", "basel-ch:w39y"), ("basel-ch-fr:w39b", "basel-ch:w39y"), ("basel-ch-es:w39c", "basel-ch:w39y"),
    ("cbd-chm-ar:w40a", "cbd-chm-ar:w40x"), ("ly-chm:w40b", "cbd-chm-ar:w40x"), ("cbd-chm-ar:w40a", "cbd-chm-ar:w40y"), ("ly-chm:w40b", "cbd-chm-ar:w40y"),
    ("sc-chm:w41a", "sc-chm:w41x"), ("sc-chm-fr:w41b", "sc-chm:w41x"), ("sc-chm:w41a", "cbd-chm:w41y"), ("sc-chm-fr:w41b", "cbd-chm:w41y"),
    ("bch-es:w42a", "bch-es:w42x"), ("sv-chm:w42b", "bch-es:w42x"), ("bch-es:w42a", "bch-es:w42y"), ("sv-chm:w42b", "bch-es:w42y"),
    ("informea:w43a", "informea:w43x"), ("informea-ar:w43b", "informea:w43x"), ("informea:w43a", "informea:w43y"), ("informea-ar:w43b", "informea:w43y"),
    ("cbd-chm:w44a", "cbd-chm:w44x"), ("kg-chm:w44b", "cbd-chm:w44x"), ("cbd-chm:w44a", "cbd-chm:w44y"), ("kg-chm:w44b", "cbd-chm:w44y"),
    ("pt-chm:w45a", "pt-chm:w45x"), ("cbd-chm:w45b", "pt-chm:w45x"), ("pt-chm:w45a", "pt-chm:w45y"), ("cbd-chm:w45b", "pt-chm:w45y"),
    ("basel-ch:w06x", "basel-ch:w06y"), ("basel-ch:w06x", "basel-ch:w06z"), ("basel-ch:w06y", "basel-ch:w06z"),
    ("cbd-chm:w25x", "cbd-chm:w25y"),
    ("informea:w23x", "informea:w23y"),
]  # fmt: skip
"""Look-alikes written on purpose: different items (193 pairs)."""
