# ruff: noqa: E501  (hand-written records: one record per line reads best)
"""A twelfth held-out set of duplicate pairs and look-alikes, written by hand and labelled
before chm was run on it.

Why a twelfth one: the eleventh set (tests/matching/duplicates_heldout11.py) is to be measured
once as held out, and the duplicate rules are being changed again (recall for copies of one
record reworded by a national node in the same language) while looking at the earlier sets, so
a further untouched set is kept. This file was written and committed **alone**, before the next
changes to the rules, by someone who did not write the duplicate rules, did not run chm's
duplicate detection (nor the evaluators, nor ``chm match``) on it and did not look at what chm
gives for it; only its own construction was run (tests/matching/test_heldout_construction.py:
the records build, the labels name existing records, no pair is labelled twice). It is to be
measured once, after those changes, and not tuned on.

Provenance: written for chm in the style of the public pages of the CBD clearing-house
(national reports and strategies, needs, offers of courses and small grants, projects, case
studies, regional and national workshops on national reports), the Biosafety Clearing-House
(countries' decisions and risk assessments, country profiles), the ABS Clearing-House
(internationally recognized certificates of compliance and the national permits behind them,
checkpoint communiqués, focal points and competent national authorities), the Minamata
Convention clearing-house (initial assessments, national action plans on artisanal and
small-scale gold mining, country profiles, short national reports), the Basel, Rotterdam and
Stockholm Conventions (national implementation plans, guidance on end-of-life equipment, guides
for customs officers, reports and agendas of the Chemical Review Committee, national reports,
subregional and national workshops, requests for technical assistance through INFOCAP), the
Ramsar Convention (site information sheets in English and French, the Small Grants Fund and
Wetlands for the Future, the regional centre for Central and West Asia), InforMEA, the GEF
Small Grants Programme, the Wildlife Institute of India's ITEC courses, Spain's national parks
agency and national clearing-house nodes, in English, French, Spanish, Portuguese, Arabic,
Russian and Chinese. The countries are mostly ones the earlier sets use least or not at all
(India, Pakistan, Afghanistan, Iran, Azerbaijan, Armenia, Moldova, Tajikistan, Kyrgyzstan,
Nauru, Kiribati, Tuvalu, Papua New Guinea, Timor-Leste, Indonesia, the Philippines, China,
Bahrain, Oman, the State of Palestine, Lebanon, Somalia, South Sudan, Equatorial Guinea,
Gabon, Burundi, the Democratic Republic of the Congo, Angola, Eswatini, Mauritius, Belgium,
Luxembourg, Spain, Dominica, Saint Kitts and Nevis, Saint Vincent and the Grenadines, Antigua
and Barbuda, Panama, Nicaragua, Venezuela...). About half of the ``SAME`` pairs (24 of 50) are
one record harvested from two nodes and reworded by a national node in the same language
(another title: shorter, with the acronym of a plan, a batch or a phase, or the species' Latin
name; a shorter or longer description; one copy without date, country, certificate or
communiqué number, GEF number or document symbol; the creator as an acronym on one copy; missing
accents; an en dash for a hyphen); the other half (26 of 50) are official translations
across languages (three items in three languages: English, French and Spanish twice, English,
French and Arabic once), the national copy often without a country field. Countries,
conventions, bodies, funds, programmes, protected areas, Ramsar sites, LMO events and species
are real, and so are the titles of China's two strategies; the other titles, the texts,
dates, identifiers (certificate, communiqué, decision and risk assessment numbers, GEF numbers,
symbols), URLs and most names of units are written for this set. No text was copied from the
pages or from the earlier sets.

Labelling criteria (as in the earlier sets):

* ``SAME``: both records describe the same document (the same edition, version or reporting
  cycle), meeting, workshop or course (the same session or edition), project (the same
  phase), need (the same request of the same country), offer (the same call, round or course
  edition), case, certificate and its national permit, communiqué, country profile or contact
  point (the same role of the same country), in any language, on any node, under any
  identifier.
* Every other two records of this file are **different items**; ``NEAR_MISSES`` lists the
  look-alikes written on purpose (the records whose identifier ends in x, y or z, against each
  copy of the item they imitate, and a few look-alikes against each other): the same template
  filled by another country, park, island or species (identical titles but for the place in
  most cases, once with identical titles); the previous or next national report, strategy,
  plan or site sheet of the same country or site, and the same country's other document of
  the same convention; the same course, call or workshop in another year, batch, phase or
  region; a draft against the adopted guidance and the sibling guidance of the same meeting; a
  committee's report against the previous report and the provisional agendas; a country's
  decision against the risk assessment of the same event and the decision for field trials of
  the same event; a certificate against another certificate on the same organisms and the
  checkpoint communiqué on the same resource (and the reverse); two needs of one country on one
  place or species; a focal point against the competent national authority of the same country
  and another country's focal point; the next phase of a project and the same country's sibling
  project; another case of the same node.

``SAME`` is closed under transitivity (an item in three languages gives three pairs).
"""

from __future__ import annotations

from typing import Any

from tests.matching.duplicates_heldout4 import _r

SCBD = ("Secretariat of the Convention on Biological Diversity",)
UNDP = ("United Nations Development Programme",)
BRS = ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",)
RAMSAR = ("Secretariat of the Convention on Wetlands",)

RECORDS: list[dict[str, Any]] = [
    # 1 a bustard need reworded by the national node (neither date nor country, the ministry by its acronym); the neighbour's need under the same template; the same country's other need on the same bird
    _r("g01a", "cbd-chm", "need", "en", "Support to make power lines visible to the Great Indian Bustard in the Thar Desert", "India seeks bird diverters, technical advice and funding to mark the high-voltage lines that cross the last breeding grounds of the Great Indian Bustard in Jaisalmer and Barmer, where collisions kill more birds than any other cause.\nType of support: technical assistance, funding", "2025", ("IN",)),
    _r("g01b", "in-chm", "need", "en", "Great Indian Bustard - bird diverters on transmission lines (assistance sought)", "MoEFCC is looking for partners to fit diverters on the power lines running through the bustard's remaining habitat in the Thar (Jaisalmer, Barmer), as line collisions are now the main cause of death.\nType of support: technical assistance, funding", None, ()),
    _r("g01x", "cbd-chm", "need", "en", "Support to make power lines visible to the Houbara Bustard in the Cholistan Desert", "Pakistan seeks bird diverters for the lines that cross the wintering grounds of the Houbara in Cholistan.\nType of support: funding", "2025", ("PK",)),
    _r("g01y", "cbd-chm", "need", "en", "Support to the conservation breeding centre of the Great Indian Bustard at Sam, Jaisalmer", "India requests training in egg incubation and chick rearing for the keepers of the breeding centre.\nType of support: training", "2025", ("IN",)),
    # 2 an updated Stockholm national implementation plan on the conventions' site and on the national node (a shorter title, the ministry by its acronym, no country); the first plan; the neighbour's updated plan under the same template
    _r("g02a", "synergies", "document", "en", "Updated National Implementation Plan for the Stockholm Convention on Persistent Organic Pollutants: Islamic Republic of Pakistan", "The update covers the chemicals listed since 2009, among them PFOS, PFOA, short-chain chlorinated paraffins and brominated flame retardants; inventories of contaminated sites, stockpiles of obsolete pesticides and PCB-containing transformers; and an action plan to 2030.", "2023", ("PK",), ("Ministry of Climate Change and Environmental Coordination",)),
    _r("g02b", "pk-chm", "document", "en", "Pakistan NIP for POPs - 2023 update", "MoCC&EC's updated plan on persistent organic pollutants: new chemicals (PFOS, PFOA, SCCPs, flame retardants), contaminated sites, obsolete pesticide stocks and PCB transformers, with actions to 2030.", "2023-06-15", (), ("MoCC&EC",)),
    _r("g02x", "synergies", "document", "en", "National Implementation Plan for the Stockholm Convention on Persistent Organic Pollutants: Islamic Republic of Pakistan", "The first plan, on the twelve initial POPs.", "2009", ("PK",), ("Ministry of Environment",)),
    _r("g02y", "synergies", "document", "en", "Updated National Implementation Plan for the Stockholm Convention on Persistent Organic Pollutants: Islamic Republic of Afghanistan", "Afghanistan's update: obsolete pesticides and PCB inventories.", "2020", ("AF",), ("National Environmental Protection Agency",)),
    # 3 a customs officers' guide in English, French and Spanish (the secretariat in three languages; the symbol on the English copy only); the first edition; the sibling guide for the Basel Convention
    _r("g03a", "infocap", "document", "en", "Practical guide for customs officers on the Rotterdam Convention: controlling imports of pesticides and industrial chemicals", "How customs officers recognise the chemicals listed in Annex III, read the import responses of their country, use the harmonized system codes and export notifications, and what to do with a shipment that breaks a decision.", "2024", (), BRS, ("UNEP/FAO/RC/GUIDE/CUSTOMS/2024",)),
    _r("g03b", "infocap-fr", "document", "fr", "Guide pratique de la Convention de Rotterdam à l'usage des agents des douanes : le contrôle des importations de pesticides et de produits chimiques industriels", "Comment les agents des douanes reconnaissent les produits chimiques inscrits à l'Annexe III, lisent les réponses de leur pays concernant les importations, utilisent les codes du système harmonisé et les notifications d'exportation, et que faire d'une cargaison contraire à une décision.", "2024", (), ("Secrétariat des Conventions de Bâle, de Rotterdam et de Stockholm",)),
    _r("g03c", "infocap-es", "document", "es", "Guía práctica del Convenio de Rotterdam para funcionarios de aduanas: el control de las importaciones de plaguicidas y productos químicos industriales", "Cómo reconocen los funcionarios de aduanas los productos químicos del anexo III, leen las respuestas de su país sobre la importación, emplean los códigos del sistema armonizado y las notificaciones de exportación, y qué hacer con un envío que incumple una decisión.", "2024", (), ("Secretaría de los Convenios de Basilea, Rotterdam y Estocolmo",)),
    _r("g03x", "infocap", "document", "en", "Practical guide for customs officers on the Rotterdam Convention: controlling imports of pesticides and industrial chemicals (first edition)", "The 2016 guide, before the listings of the last three conferences.", "2016", (), BRS, ("UNEP/FAO/RC/GUIDE/CUSTOMS/2016",)),
    _r("g03y", "basel-ch", "document", "en", "Practical guide for customs officers on the Basel Convention: controlling transboundary movements of hazardous wastes", "How customs officers check movement documents and spot illegal shipments of e-waste and plastic waste.", "2024", (), BRS),
    # 4 a mercury action plan on the convention's clearing-house and on the national node without accents (the ministry by its acronym, no country); the neighbour's plan; the same country's initial assessment
    _r("g04a", "mercury-ch-es", "document", "es", "Plan de Acción Nacional para la minería de oro artesanal y en pequeña escala de la República de Nicaragua", "Plan para reducir y, cuando sea posible, eliminar el uso de mercurio en las rastras y planteles de La Libre, Siuna, Rosita y Bonanza: formalización de los mineros, métodos sin mercurio, salud de las comunidades y vigilancia del río Prinzapolka.", "2023", ("NI",), ("Ministerio del Ambiente y de los Recursos Naturales",)),
    _r("g04b", "ni-chm", "document", "es", "PAN Mineria de Oro Artesanal - Nicaragua (Convenio de Minamata)", "Documento del MARENA: reduccion del mercurio en rastras y planteles del Triangulo Minero y de La Libertad, alternativas sin mercurio, formalizacion, salud y monitoreo de rios.", "2023-08", (), ("MARENA",)),
    _r("g04x", "mercury-ch-es", "document", "es", "Plan de Acción Nacional para la minería de oro artesanal y en pequeña escala de la República de Honduras", "El plan de Honduras para los placeres auríferos de Olancho y El Paraíso.", "2024", ("HN",), ("Secretaría de Recursos Naturales y Ambiente",)),
    _r("g04y", "mercury-ch-es", "document", "es", "Evaluación Inicial del Convenio de Minamata de la República de Nicaragua", "Inventario nacional de emisiones y liberaciones de mercurio de Nicaragua.", "2019", ("NI",), ("Ministerio del Ambiente y de los Recursos Naturales",)),
    # 5 an elephant monitoring need in French (national node, no country) and English (portal); the neighbour's need under the same template; the same country's other need in the same park
    _r("g05a", "ga-chm", "need", "fr", "Appui au suivi des éléphants de forêt par pièges photographiques dans le parc national de la Lopé", "L'Agence nationale des parcs nationaux sollicite des pièges photographiques, un appui à l'analyse des images et la formation des écogardes pour estimer la population d'éléphants de forêt de la Lopé et suivre ses déplacements vers les plantations.\nType d'appui : équipement, formation", "2025", ()),
    _r("g05b", "cbd-chm", "need", "en", "Support for camera-trap monitoring of forest elephants in Lopé National Park", "Gabon requests camera traps, help with image analysis and training of rangers to estimate the forest elephant population of Lopé and follow its movements towards plantations.\nType of support: equipment, training", "2025", ("GA",)),
    _r("g05x", "cbd-chm", "need", "en", "Support for camera-trap monitoring of forest elephants in Odzala-Kokoua National Park", "The Republic of the Congo requests camera traps for the bais of Odzala.\nType of support: equipment", "2025", ("CG",)),
    _r("g05y", "ga-chm", "need", "fr", "Appui à la pose de clôtures électriques autour des champs des villages riverains du parc national de la Lopé", "L'Agence sollicite un financement pour protéger les cultures vivrières des villages contre les éléphants.\nType d'appui : financement", "2025", ()),
    # 6 a Ramsar information sheet on the Ramsar site service and on the national node (an update title, the authority by its acronym, no country); another site of the same country; the first sheet of the same site
    _r("g06a", "ramsar", "document", "en", "Ramsar Information Sheet: Lake Kutubu (Papua New Guinea)", "Update of the site sheet for Lake Kutubu, a highland lake of the Southern Highlands with a high share of endemic fish and a catchment managed by the Foe clans; threats from oil and gas infrastructure and introduced fish.", "2023", ("PG",), ("Conservation and Environment Protection Authority",)),
    _r("g06b", "pg-chm", "document", "en", "Lake Kutubu wetland - updated RIS", "CEPA's updated Ramsar sheet for Kutubu: endemic fishes, Foe customary management of the catchment, and pressures from petroleum facilities and introduced species.", None, (), ("CEPA",)),
    _r("g06x", "ramsar", "document", "en", "Ramsar Information Sheet: Tonda Wildlife Management Area (Papua New Guinea)", "The floodplain site of the Western Province.", "2023", ("PG",), ("Conservation and Environment Protection Authority",)),
    _r("g06y", "ramsar", "document", "en", "Ramsar Information Sheet: Lake Kutubu (Papua New Guinea) - designation 1998", "The sheet written when the lake was designated.", "1998", ("PG",), ("Department of Environment and Conservation",)),
    # 7 a certificate of compliance in English (its number and country) and Spanish (national node, neither number nor country); another certificate of the same country for the same organisms; a checkpoint communiqué on the same resource
    _r("g07a", "abs-ch", "document", "en", "Internationally recognized certificate of compliance: marine sponges from Coiba National Park for the search of antiparasitic compounds", "Permit for the collection of sponge samples in Coiba and the Gulf of Chiriquí by a national research institute and its university partner, for non-commercial research on compounds active against malaria and leishmaniasis; benefits include training of Panamanian students.", "2024", ("PA",), ("Ministerio de Ambiente de Panamá",), ("ABSCH-IRCC-PA-262817-1",)),
    _r("g07b", "pa-chm", "document", "es", "Permiso de acceso a recursos genéticos: esponjas marinas del Parque Nacional Coiba para la búsqueda de compuestos antiparasitarios", "Permiso para colectar muestras de esponjas en Coiba y el golfo de Chiriquí, otorgado a un instituto nacional de investigación y a su socio universitario, para investigación sin fines comerciales sobre compuestos contra la malaria y la leishmaniasis; los beneficios incluyen la formación de estudiantes panameños.", "2024", (), ("MiAmbiente",)),
    _r("g07x", "abs-ch", "document", "en", "Internationally recognized certificate of compliance: marine sponges from Bocas del Toro for the development of cosmetic ingredients", "Permit for commercial utilization by a private company.", "2025", ("PA",), ("Ministerio de Ambiente de Panamá",), ("ABSCH-IRCC-PA-270044-1",)),
    _r("g07y", "abs-ch", "document", "en", "Checkpoint communiqué: publication of results on antiparasitic compounds from marine sponges of Coiba National Park", "A checkpoint reports a scientific article that uses the sponges collected under the certificate.", "2026", ("PA",), (), ("ABSCH-CPC-PA-281190-1",)),
    # 8 a checkpoint communiqué on the ABS Clearing-House and on the national node (the office and the authority by acronyms, no date, no country); the certificate it refers to; the same checkpoint's communiqué on another resource
    _r("g08a", "abs-ch", "document", "en", "Checkpoint communiqué: patent application on a heat-stable protease from Sambhar Lake bacteria (India)", "The Patent Office, as designated checkpoint, reports a patent application that uses Bacillus strains isolated from the salt flats of Sambhar Lake, accessed with the approval of the National Biodiversity Authority.", "2025", ("IN",), ("Office of the Controller General of Patents, Designs and Trade Marks",), ("ABSCH-CPC-IN-266503-1",)),
    _r("g08b", "in-chm", "document", "en", "CPC - patent filing using Sambhar salt lake Bacillus enzyme", "CGPDTM (checkpoint) notifies a patent filing on a thermostable protease from Bacillus isolated at Sambhar, accessed with NBA approval.", None, (), ("CGPDTM",)),
    _r("g08x", "abs-ch", "document", "en", "Internationally recognized certificate of compliance: Bacillus strains from Sambhar Lake for enzyme research (India)", "The National Biodiversity Authority's approval of access to the strains.", "2023", ("IN",), ("National Biodiversity Authority",), ("ABSCH-IRCC-IN-251120-1",)),
    _r("g08y", "abs-ch", "document", "en", "Checkpoint communiqué: patent application on an antifungal extract of neem leaves from Karnataka (India)", "The Patent Office reports a patent application on a plant extract.", "2025", ("IN",), ("Office of the Controller General of Patents, Designs and Trade Marks",), ("ABSCH-CPC-IN-266777-1",)),
    # 9 a seventh national report in English (portal) and Russian (national node, no country, the committee by its short name); the sixth report; the neighbour's seventh report in Russian; the same country's national strategy
    _r("g09a", "cbd-chm", "document", "en", "Seventh National Report of the Republic of Tajikistan to the Convention on Biological Diversity", "Tajikistan's progress towards its national targets under the Kunming-Montreal Global Biodiversity Framework: the Pamir high pastures, the walnut and juniper forests of the Zarafshan and Turkestan ranges, the Tigrovaya Balka reserve and the glaciers that feed the Amu Darya.", "2026", ("TJ",), ("Committee for Environmental Protection under the Government of the Republic of Tajikistan",)),
    _r("g09b", "tj-chm", "document", "ru", "Седьмой национальный доклад Республики Таджикистан о сохранении биологического разнообразия", "Прогресс Таджикистана в достижении национальных целей в рамках Куньминско-Монреальской глобальной рамочной программы: высокогорные пастбища Памира, орехоплодные и арчовые леса Зеравшанского и Туркестанского хребтов, заповедник «Тигровая балка» и ледники, питающие Амударью.", "2026", (), ("КООС",)),
    _r("g09x", "cbd-chm", "document", "en", "Sixth National Report of the Republic of Tajikistan to the Convention on Biological Diversity", "The report of the sixth cycle, on the Aichi targets.", "2019", ("TJ",), ("Committee for Environmental Protection under the Government of the Republic of Tajikistan",)),
    _r("g09y", "kg-chm", "document", "ru", "Седьмой национальный доклад Кыргызской Республики о сохранении биологического разнообразия", "Доклад Кыргызстана: Иссык-Куль, ореховые леса Арсланбоба и Сарычат-Эрташ.", "2026", (), ("Министерство природных ресурсов, экологии и технического надзора Кыргызской Республики",)),
    _r("g09z", "tj-chm", "document", "ru", "Национальная стратегия и план действий Республики Таджикистан по сохранению биологического разнообразия до 2030 года", "Обновлённая стратегия, согласованная с Куньминско-Монреальской рамочной программой.", "2025", (), ("КООС",)),
    # 10 a country's decision on the BCH and on the national node (another title, the authority by its acronym, no date, no country); the risk assessment of the same event; the same country's earlier decision on the same event for field trials
    _r("g10a", "bch", "document", "en", "Country's decision: insect-resistant cotton MON-15985-7 for commercial cultivation (Eswatini)", "The Eswatini Environment Authority approves the general release of the bollworm-resistant cotton expressing Cry1Ac and Cry2Ab2, with conditions on refuges and on monitoring of resistance in the Lowveld.", "2016", ("SZ",), ("Eswatini Environment Authority",), ("BCH-DEC-SZ-111402-1",)),
    _r("g10b", "sz-chm", "document", "en", "EEA decision letter: Bollgard II cotton (MON 15985) approved for general release", "The EEA's approval for farmers to grow Bt cotton with two Cry proteins against the bollworm, subject to refuge planting and resistance monitoring in the Lowveld.", None, (), ("EEA",)),
    _r("g10x", "bch", "document", "en", "Risk assessment: insect-resistant cotton MON-15985-7 for commercial cultivation (Eswatini)", "The assessment on which the approval rests.", "2015", ("SZ",), ("Eswatini Environment Authority",), ("BCH-RA-SZ-111388-1",)),
    _r("g10y", "bch", "document", "en", "Country's decision: insect-resistant cotton MON-15985-7 for confined field trials (Eswatini)", "The approval of trials at the Big Bend research station.", "2012", ("SZ",), ("Swaziland Environment Authority",), ("BCH-DEC-SZ-104220-1",)),
    # 11 a mangrove need in Arabic (national node, no country) and English (portal); the neighbour's need under the same template; the same country's other coastal need
    _r("g11a", "bh-chm", "need", "ar", "دعم إعادة تأهيل غابات القرم في خليج توبلي", "يطلب المجلس الأعلى للبيئة دعماً فنياً لإعادة زراعة أشجار القرم في خليج توبلي وتحسين جريان المياه في القنوات المسدودة وتدريب المتطوعين على رعاية الشتلات.\nنوع الدعم: مساعدة تقنية، تدريب", "2025", ()),
    _r("g11b", "cbd-chm", "need", "en", "Support to rehabilitate the mangroves of Tubli Bay", "Bahrain requests technical support to replant mangroves in Tubli Bay, restore water flow in blocked channels and train volunteers to care for the seedlings.\nType of support: technical assistance, training", "2025", ("BH",)),
    _r("g11x", "cbd-chm", "need", "en", "Support to rehabilitate the mangroves of the Qurm Nature Reserve", "Oman requests support to restore the mangrove lagoon of Qurm in Muscat.\nType of support: technical assistance", "2025", ("OM",)),
    _r("g11y", "bh-chm", "need", "ar", "دعم مسح أعداد أبقار البحر ومروج الأعشاب البحرية حول جزر حوار", "يطلب المجلس دعماً لإجراء مسح جوي لأبقار البحر وخرائط لمروج الأعشاب البحرية.\nنوع الدعم: معدات، مساعدة تقنية", "2025", ()),
    # 12 a national strategy in Portuguese on the portal and on the national node (the acronym as title, the ministry by its acronym, no country); the previous strategy; the same country's sixth national report
    _r("g12a", "cbd-chm", "document", "pt", "Estratégia e Plano de Acção Nacionais para a Biodiversidade de Angola 2025-2035", "A estratégia actualizada alinha as metas nacionais com o Quadro Global de Biodiversidade Kunming-Montreal: a rede de áreas de conservação do Iona, Luengue-Luiana e Maiombe, o mangal do Cuanza e a palanca-negra-gigante.", "2025", ("AO",), ("Ministério do Ambiente",)),
    _r("g12b", "ao-chm", "document", "pt", "EPANB de Angola (2025–2035)", "Documento do MINAMB que alinha as metas de Angola com o Quadro Kunming-Montreal: áreas de conservação (Iona, Luengue-Luiana, Maiombe), mangais do Cuanza, palanca negra gigante.", "2025", (), ("MINAMB",)),
    _r("g12x", "cbd-chm", "document", "pt", "Estratégia e Plano de Acção Nacionais para a Biodiversidade de Angola 2019-2025", "A estratégia anterior.", "2019", ("AO",), ("Ministério da Cultura, Turismo e Ambiente",)),
    _r("g12y", "cbd-chm", "document", "pt", "Sexto Relatório Nacional de Angola à Convenção sobre a Diversidade Biológica", "Progressos de Angola rumo às metas de Aichi.", "2019", ("AO",), ("Ministério da Cultura, Turismo e Ambiente",)),
    # 13 a coastal project in English (portal, GEF number) and Portuguese (national node, no country, the agency by its Portuguese acronym); the second phase; the same country's project on upland watersheds
    _r("g13a", "cbd-chm", "project", "en", "Restoring mangroves and coastal wetlands for community resilience in Timor-Leste", "Project of the Secretariat of State for Environment with UNDP to replant mangroves on the south coast and in Hera and Metinaro, set up community nurseries, and write the mangroves into municipal land-use plans.", "2022", ("TL",), UNDP, ("gef:10721",)),
    _r("g13b", "tl-chm", "project", "pt", "Restauração de mangais e zonas húmidas costeiras para a resiliência das comunidades em Timor-Leste", "Projeto da Secretaria de Estado do Ambiente com o PNUD para replantar mangais na costa sul, em Hera e em Metinaro, criar viveiros comunitários e integrar os mangais nos planos municipais de ordenamento.", "2022", (), ("PNUD",)),
    _r("g13x", "cbd-chm", "project", "en", "Restoring mangroves and coastal wetlands for community resilience in Timor-Leste - phase II", "The second phase, extended to Atauro island.", "2026", ("TL",), UNDP, ("gef:11503",)),
    _r("g13y", "cbd-chm", "project", "en", "Restoring upland watersheds for water security in Timor-Leste", "A project on the catchments of the Laclo and Comoro rivers.", "2022", ("TL",), UNDP, ("gef:10722",)),
    # 14 a battery workshop on the Basel site and on the regional centre's node (a shorter title with abbreviations, no country); the previous workshop of the series; the same year's workshop for another subregion
    _r("g14a", "basel-ch", "event", "en", "Subregional workshop on the environmentally sound management of used lead-acid batteries for member States of the OECS, Basseterre, Saint Kitts and Nevis, 2025", "Workshop for customs, environment and ports officers of the Eastern Caribbean on collecting used lead-acid batteries, shipping them under the Basel Convention's prior informed consent procedure and closing informal smelters.", "2025-03-11", ("KN",), BRS),
    _r("g14b", "bcrc-caribbean", "event", "en", "ULAB workshop for the OECS - St. Kitts, March 2025", "BCRC-Caribbean training for the Eastern Caribbean on collection of used lead acid batteries, Basel PIC shipments and the closure of backyard smelters; customs, environment and port officers.", "2025-03-11", (), ("BCRC-Caribbean",)),
    _r("g14x", "basel-ch", "event", "en", "Subregional workshop on the environmentally sound management of used lead-acid batteries for member States of the OECS, Castries, Saint Lucia, 2023", "The previous workshop of the series.", "2023-05-16", ("LC",), BRS),
    _r("g14y", "basel-ch", "event", "en", "Subregional workshop on the environmentally sound management of used lead-acid batteries for Central America, San Salvador, 2025", "The same training for the countries of the Central American Integration System.", "2025-09-02", ("SV",), BRS),
    # 15 a small grants call in English, French and Spanish (the convention in three languages, no country); the previous call; another programme's call of the same year
    _r("g15a", "ramsar", "support-source", "en", "Ramsar Small Grants Fund: call for proposals 2025", "Grants of up to 60,000 Swiss francs for wetland conservation and wise use projects led by administrative authorities of Parties, in partnership with local organisations; proposals close in October.\nType of support: funding\nEligible countries: developing countries and countries with economies in transition", "2025", (), RAMSAR),
    _r("g15b", "ramsar-fr", "support-source", "fr", "Fonds de petites subventions de Ramsar : appel à propositions 2025", "Subventions d'un montant maximal de 60 000 francs suisses pour des projets de conservation et d'utilisation rationnelle des zones humides menés par les autorités administratives des Parties avec des organisations locales ; clôture en octobre.\nType d'appui : financement\nPays éligibles : pays en développement et pays à économie en transition", "2025", (), ("Secrétariat de la Convention sur les zones humides",)),
    _r("g15c", "ramsar-es", "support-source", "es", "Fondo de Pequeñas Subvenciones de Ramsar: convocatoria de propuestas 2025", "Subvenciones de hasta 60 000 francos suizos para proyectos de conservación y uso racional de humedales dirigidos por las autoridades administrativas de las Partes junto con organizaciones locales; cierre en octubre.\nTipo de apoyo: financiación\nPaíses elegibles: países en desarrollo y países con economías en transición", "2025", (), ("Secretaría de la Convención sobre los Humedales",)),
    _r("g15x", "ramsar", "support-source", "en", "Ramsar Small Grants Fund: call for proposals 2023", "The previous call.\nType of support: funding", "2023", (), RAMSAR),
    _r("g15y", "ramsar-es", "support-source", "es", "Humedales para el Futuro: convocatoria de propuestas 2025", "Fondos para la formación de gestores de humedales de América Latina y el Caribe.\nTipo de apoyo: financiación, formación\nPaíses elegibles: América Latina y el Caribe", "2025", (), ("Secretaría de la Convención sobre los Humedales",)),
    # 16 a national seminar in Russian on the portal and on the national node (a shorter title, no date, no country); the neighbour's seminar under the same template; the same country's seminar of the year before on its strategy
    _r("g16a", "cbd-chm-ru", "event", "ru", "Национальный семинар по подготовке седьмого национального доклада Кыргызской Республики, Бишкек, 2025", "Семинар для сотрудников министерств, заповедников и научных институтов: индикаторы Куньминско-Монреальской глобальной рамочной программы, сбор данных и онлайн-инструмент отчётности.", "2025-04-22", ("KG",), ("Министерство природных ресурсов, экологии и технического надзора Кыргызской Республики",)),
    _r("g16b", "kg-chm", "event", "ru", "Семинар по седьмому национальному докладу (Бишкек)", "МПРЭТН провёл семинар для министерств, особо охраняемых природных территорий и институтов: индикаторы рамочной программы, сбор данных, онлайн-отчётность.", None, (), ("МПРЭТН",)),
    _r("g16x", "cbd-chm-ru", "event", "ru", "Национальный семинар по подготовке седьмого национального доклада Республики Таджикистан, Душанбе, 2025", "Семинар для сотрудников Комитета по охране окружающей среды и заповедников.", "2025-05-13", ("TJ",), ("Комитет по охране окружающей среды при Правительстве Республики Таджикистан",)),
    _r("g16y", "kg-chm", "event", "ru", "Семинар по обновлению национальной стратегии сохранения биоразнообразия (Бишкек)", "Консультации по проекту обновлённой стратегии.", "2024-10-08", (), ("МПРЭТН",)),
    # 17 a national implementation plan in English (conventions' site) and Arabic (national node, no country, the authority in Arabic); the same country's Basel report; the neighbour's plan under the same template
    _r("g17a", "synergies", "document", "en", "National Implementation Plan for the Stockholm Convention on Persistent Organic Pollutants: State of Palestine", "The first plan of the State of Palestine: inventories of PCBs in the electricity networks of the West Bank and Gaza, obsolete pesticide stocks, open burning of waste, and the legal and institutional measures needed.", "2021", ("PS",), ("Environment Quality Authority",)),
    _r("g17b", "ps-chm", "document", "ar", "الخطة الوطنية لتنفيذ اتفاقية استكهولم بشأن الملوثات العضوية الثابتة", "الخطة الأولى لدولة فلسطين: حصر ثنائي الفينيل متعدد الكلور في شبكات الكهرباء في الضفة الغربية وقطاع غزة، ومخزونات المبيدات المتقادمة، والحرق المكشوف للنفايات، والتدابير القانونية والمؤسسية اللازمة.", "2021", (), ("سلطة جودة البيئة",)),
    _r("g17x", "basel-ch", "document", "en", "National report under the Basel Convention for 2022: State of Palestine", "Hazardous wastes generated and moved in 2022.", "2023", ("PS",), ("Environment Quality Authority",)),
    _r("g17y", "synergies", "document", "en", "National Implementation Plan for the Stockholm Convention on Persistent Organic Pollutants: Lebanese Republic", "Lebanon's plan: PCBs in transformers and obsolete pesticides.", "2017", ("LB",), ("Ministry of Environment",)),
    # 18 a training offer on the portal and on the institute's node (batch in the title, the institute by its acronym, no country); the previous batch; the institute's other course of the same year
    _r("g18a", "cbd-chm", "support-source", "en", "ITEC short course on wildlife forensics, Wildlife Institute of India, Dehradun, 2025", "A four-week course under the Indian Technical and Economic Cooperation programme for enforcement and forest officers of partner countries: species identification from tissues and products, DNA methods, chain of custody and presenting evidence in court. Travel and stay are covered.\nType of support: training\nEligible countries: ITEC partner countries", "2025", ("IN",), ("Wildlife Institute of India",)),
    _r("g18b", "wii", "support-source", "en", "WII-ITEC Wildlife Forensics Course (2025 batch)", "Four weeks at WII for officers from ITEC partner countries: identifying species from parts and products, DNA techniques, chain of custody and courtroom evidence; fully funded.\nType of support: training", "2025-01-20", (), ("WII",)),
    _r("g18x", "wii", "support-source", "en", "WII-ITEC Wildlife Forensics Course (2024 batch)", "The previous batch of the course.\nType of support: training", "2024-01-22", (), ("WII",)),
    _r("g18y", "cbd-chm", "support-source", "en", "ITEC short course on management of protected areas, Wildlife Institute of India, Dehradun, 2025", "A course on planning and managing protected areas for officers of partner countries.\nType of support: training", "2025", ("IN",), ("Wildlife Institute of India",)),
    # 19 a cedar forest need in French (portal) and Arabic (national node, no country); the same country's other cedar need; a neighbour's cedar need
    _r("g19a", "cbd-chm-fr", "need", "fr", "Appui à la restauration des forêts de cèdres de la réserve de biosphère du Chouf", "Le Liban sollicite un appui technique et financier pour replanter le cèdre sur les pentes brûlées et pâturées de la réserve, produire des plants de provenance locale et former les municipalités à la gestion des pépinières.\nType d'appui : assistance technique, financement", "2025", ("LB",)),
    _r("g19b", "lb-chm", "need", "ar", "دعم إعادة تأهيل غابات الأرز في محمية أرز الشوف للمحيط الحيوي", "تطلب وزارة البيئة دعماً فنياً ومالياً لإعادة زراعة الأرز على المنحدرات المحروقة والمرعية في المحمية، وإنتاج شتلات من البذور المحلية، وتدريب البلديات على إدارة المشاتل.\nنوع الدعم: مساعدة تقنية، تمويل", "2025", ()),
    _r("g19x", "cbd-chm-fr", "need", "fr", "Appui à la lutte contre la mouche-scie du cèdre dans les forêts de Tannourine", "Le Liban sollicite un appui pour suivre et combattre Cephalcia tannourinensis.\nType d'appui : assistance technique", "2025", ("LB",)),
    _r("g19y", "cbd-chm-fr", "need", "fr", "Appui à la restauration des cédraies du Moyen Atlas", "Le Maroc sollicite un appui pour régénérer les cédraies d'Azrou et d'Ifrane.\nType d'appui : assistance technique, financement", "2025", ("MA",)),
    # 20 a national report in French on the portal and on the national node (the abbreviation in the title, no country, the institute by its acronym); the neighbour's report under the same template; the same country's strategy
    _r("g20a", "cbd-chm-fr", "document", "fr", "Septième rapport national de la Belgique à la Convention sur la diversité biologique", "Les progrès de la Belgique et de ses trois régions vers les objectifs nationaux : état des habitats Natura 2000, pollinisateurs, espèces exotiques envahissantes, mer du Nord et contribution de la coopération belge à la biodiversité des pays partenaires.", "2026", ("BE",), ("Institut royal des Sciences naturelles de Belgique",)),
    _r("g20b", "be-chm", "document", "fr", "7e rapport national CDB - Belgique", "Rapport coordonné par l'IRSNB avec les régions : habitats Natura 2000, pollinisateurs, espèces invasives, mer du Nord, et coopération au développement.", "2026-02", (), ("IRSNB",)),
    _r("g20x", "cbd-chm-fr", "document", "fr", "Septième rapport national du Luxembourg à la Convention sur la diversité biologique", "Les progrès du Grand-Duché vers ses objectifs nationaux.", "2026", ("LU",), ("Ministère de l'Environnement, du Climat et de la Biodiversité",)),
    _r("g20y", "be-chm", "document", "fr", "Stratégie nationale de la Belgique pour la biodiversité 2030", "La stratégie adoptée par la Conférence interministérielle de l'environnement.", "2025", (), ("IRSNB",)),
    # 21 a BCH country profile on the BCH and on the national node (another title, the unit by its acronym, no date, no country); the neighbour's profile; the same country's Minamata profile
    _r("g21a", "bch", "national-profile", "en", "Biosafety Clearing-House country profile: Dominica", "Party to the Cartagena Protocol since 2004; the national focal point in the Environmental Coordinating Unit, the national biosafety framework, the draft biosafety bill and no decisions on living modified organisms so far.", "2024", ("DM",), (), ("https://bch.example.org/en/countries/DM",)),
    _r("g21b", "dm-chm", "national-profile", "en", "Dominica on the BCH (ECU)", "Dominica's Cartagena Protocol page: focal point at the ECU, the biosafety framework and the draft bill; no LMO decisions yet.", None, (), ("ECU",)),
    _r("g21x", "bch", "national-profile", "en", "Biosafety Clearing-House country profile: Saint Kitts and Nevis", "Focal points and laws of Saint Kitts and Nevis.", "2024", ("KN",)),
    _r("g21y", "mercury-ch", "national-profile", "en", "Minamata Convention country profile: Dominica", "Dominica's focal point and initial assessment.", "2024", ("DM",)),
    # 22 a turtle need in Spanish (national node, no country) and English (portal); a neighbour's need under the same template; the same island's other need
    _r("g22a", "gq-chm", "need", "es", "Apoyo para el seguimiento de las tortugas marinas en las playas del sur de la isla de Bioko", "El Instituto Nacional de Desarrollo Forestal y Gestión del Sistema de Áreas Protegidas busca apoyo técnico y equipos para contar los nidos de tortuga laúd y verde en las playas de Ureca, marcar hembras y formar a patrulleros de la comunidad.\nTipo de apoyo: asistencia técnica, equipamiento", "2025", ()),
    _r("g22b", "cbd-chm", "need", "en", "Support for sea turtle monitoring on the southern beaches of Bioko Island", "Equatorial Guinea seeks technical support and equipment to count leatherback and green turtle nests on the beaches of Ureca, tag females and train community patrols.\nType of support: technical assistance, equipment", "2025", ("GQ",)),
    _r("g22x", "cbd-chm", "need", "en", "Support for sea turtle monitoring on the beaches of Mayumba National Park", "Gabon seeks support for leatherback nest counts at Mayumba.\nType of support: technical assistance", "2025", ("GA",)),
    _r("g22y", "gq-chm", "need", "es", "Apoyo para el censo de primates y el control de la caza comercial en la Reserva Científica de la Caldera de Luba", "El Instituto busca apoyo para censar los monos de Bioko y frenar la venta de carne de caza.\nTipo de apoyo: asistencia técnica", "2025", ()),
    # 23 a Basel guidance with its symbol on the conventions' site and on InforMEA (a short title, no date); the draft considered by the working group; the sibling guidance on batteries; the sibling's draft
    _r("g23a", "basel-ch", "document", "en", "Guidance on the environmentally sound management of end-of-life solar photovoltaic panels", "Practical guidance for authorities and operators on collecting, storing, dismantling and recycling photovoltaic panels, recovering silver, silicon and glass, and handling panels with lead or cadmium, including when they are shipped across borders.", "2025", (), BRS, ("UNEP/CHW.17/INF/23",)),
    _r("g23b", "informea", "document", "en", "ESM guidance: end-of-life PV panels (Basel Convention)", "How to collect, store, dismantle and recycle used solar panels, recover silver, silicon and glass, and deal with lead and cadmium; includes transboundary shipments.", None, (), ("Basel Convention Secretariat",)),
    _r("g23x", "basel-ch", "document", "en", "Draft guidance on the environmentally sound management of end-of-life solar photovoltaic panels", "The draft considered by the Open-ended Working Group.", "2024", (), BRS, ("UNEP/CHW/OEWG.14/INF/9",)),
    _r("g23y", "basel-ch", "document", "en", "Guidance on the environmentally sound management of end-of-life lithium-ion batteries", "Guidance on collecting and recycling lithium-ion batteries.", "2025", (), BRS, ("UNEP/CHW.17/INF/24",)),
    _r("g23z", "basel-ch", "document", "en", "Draft guidance on the environmentally sound management of end-of-life lithium-ion batteries", "The draft considered by the Open-ended Working Group.", "2024", (), BRS, ("UNEP/CHW/OEWG.14/INF/10",)),
    # 24 a national strategy in English (portal) and Chinese (national node, no country, the ministry in Chinese); the previous strategy; the same country's sixth national report
    _r("g24a", "cbd-chm", "document", "en", "China National Biodiversity Conservation Strategy and Action Plan (2023-2030)", "China's updated strategy under the Kunming-Montreal Global Biodiversity Framework: the ecological conservation redline, the national park system, restoration of the Yangtze and Yellow River basins, invasive species and biodiversity finance.", "2024", ("CN",), ("Ministry of Ecology and Environment",)),
    _r("g24b", "cn-chm", "document", "zh", "中国生物多样性保护战略与行动计划（2023—2030年）", "中国在昆明—蒙特利尔全球生物多样性框架下更新的战略：生态保护红线、国家公园体系、长江和黄河流域生态修复、外来入侵物种和生物多样性资金。", "2024", (), ("生态环境部",)),
    _r("g24x", "cbd-chm", "document", "en", "China National Biodiversity Conservation Strategy and Action Plan (2011-2030)", "The previous strategy, adopted in 2010.", "2010", ("CN",), ("Ministry of Environmental Protection",)),
    _r("g24y", "cn-chm", "document", "zh", "中国履行《生物多样性公约》第六次国家报告", "中国关于爱知生物多样性目标进展的报告。", "2019", (), ("生态环境部",)),
    # 25 a mined land need on the portal and on the national node (a reworded title, neither date nor country); the neighbour's need under the same template; the same country's other need
    _r("g25a", "cbd-chm", "need", "en", "Support to rehabilitate mined-out phosphate land on Nauru with native vegetation", "Nauru requests technical assistance to restore native forest on the limestone pinnacles left by a century of phosphate mining: seed collection, nursery practice, soil building and a plan for the land to be returned to landowners.\nType of support: technical assistance, training", "2025", ("NR",)),
    _r("g25b", "nr-chm", "need", "en", "Topside rehabilitation - native plant restoration help wanted", "The Department of Environment is looking for expertise to bring back native forest on the pinnacle land left after phosphate mining (seeds, nursery, soil) and to plan the return of rehabilitated land to its owners.\nType of support: technical assistance, training", None, ()),
    _r("g25x", "cbd-chm", "need", "en", "Support to rehabilitate mined-out phosphate land on Banaba with native vegetation", "Kiribati requests support to replant Banaba island.\nType of support: technical assistance", "2025", ("KI",)),
    _r("g25y", "cbd-chm", "need", "en", "Support to survey the seabird colonies of Nauru's coastal cliffs", "Nauru requests help to count the noddies and boobies that nest on its cliffs.\nType of support: technical assistance", "2025", ("NR",)),
    # 26 a regional workshop in English, French and Arabic (the host country on the English copy only); the same series' workshop for another region; the same region's workshop of the previous cycle; the other region's workshop of the previous cycle
    _r("g26a", "cbd-chm", "event", "en", "Regional capacity-building workshop for North Africa and the Middle East on the preparation of the seventh national reports, Rabat, 2025", "Workshop for CBD national focal points and report coordinators on the headline indicators of the monitoring framework, the online reporting tool and the national targets set in updated strategies.", "2025-05-19", ("MA",), SCBD),
    _r("g26b", "cbd-chm-fr", "event", "fr", "Atelier régional de renforcement des capacités pour l'Afrique du Nord et le Moyen-Orient sur l'élaboration des septièmes rapports nationaux, Rabat, 2025", "Atelier destiné aux correspondants nationaux de la CDB et aux coordonnateurs des rapports sur les indicateurs principaux du cadre de suivi, l'outil de rapport en ligne et les objectifs nationaux fixés dans les stratégies actualisées.", "2025-05-19", (), ("Secrétariat de la Convention sur la diversité biologique",)),
    _r("g26c", "cbd-chm-ar", "event", "ar", "حلقة عمل إقليمية لبناء القدرات لشمال أفريقيا والشرق الأوسط بشأن إعداد التقارير الوطنية السابعة، الرباط، 2025", "حلقة عمل لجهات الاتصال الوطنية للاتفاقية ومنسقي التقارير بشأن المؤشرات الرئيسية لإطار الرصد وأداة الإبلاغ الإلكترونية والأهداف الوطنية الواردة في الاستراتيجيات المحدثة.", "2025-05-19", (), ("أمانة اتفاقية التنوع البيولوجي",)),
    _r("g26x", "cbd-chm", "event", "en", "Regional capacity-building workshop for Central and Eastern Europe on the preparation of the seventh national reports, Yerevan, 2025", "The same workshop for the countries of Central and Eastern Europe.", "2025-06-10", ("AM",), SCBD),
    _r("g26y", "cbd-chm", "event", "en", "Regional capacity-building workshop for North Africa and the Middle East on the preparation of the sixth national reports, Amman, 2018", "The workshop of the previous reporting cycle.", "2018-03-05", ("JO",), SCBD),
    _r("g26z", "cbd-chm", "event", "en", "Regional capacity-building workshop for Central and Eastern Europe on the preparation of the sixth national reports, Minsk, 2018", "The workshop of the previous reporting cycle.", "2018-04-16", ("BY",), SCBD),
    # 27 a wetland project on the portal (GEF number) and on the national node (another title, the ministry by its acronym, no country); the same country's forest project; the neighbour's lake project
    _r("g27a", "cbd-chm", "project", "en", "Integrated management of the wetlands of Shirvan and Aggol National Parks", "A UNDP-GEF project with the Ministry of Ecology and Natural Resources to restore water supply to the Aggol lakes and Shirvan's marshes, control grazing and poaching, and plan for the goitered gazelle and wintering waterbirds.", "2023", ("AZ",), UNDP, ("gef:10895",)),
    _r("g27b", "az-chm", "project", "en", "Shirvan & Ağgöl NPs wetlands - UNDP/GEF project", "MENR project restoring the water of the Ağgöl lakes and the Shirvan marshes, with grazing and anti-poaching measures, gazelle and waterbird management.", "2023", (), ("MENR", "UNDP")),
    _r("g27x", "cbd-chm", "project", "en", "Integrated management of the Hirkan forests of the Talysh Mountains", "A project on the relict forests of the south of Azerbaijan.", "2023", ("AZ",), UNDP, ("gef:10896",)),
    _r("g27y", "cbd-chm", "project", "en", "Integrated management of the Lake Sevan basin", "Armenia's project to restore the lake's water balance and its fish.", "2023", ("AM",), UNDP, ("gef:10933",)),
    # 28 an initial assessment in English (convention's clearing-house) and Russian (national node, no country); the same country's first short report; the neighbour's assessment
    _r("g28a", "mercury-ch", "document", "en", "Minamata Initial Assessment of the Republic of Armenia", "Inventory of mercury releases in Armenia, with the copper and molybdenum mining of Syunik, gold processing, waste and medical devices as the main sources, and a review of laws and institutions.", "2020", ("AM",), ("Ministry of Environment",)),
    _r("g28b", "am-chm", "document", "ru", "Первоначальная оценка Минаматской конвенции Республики Армения", "Инвентаризация выбросов ртути в Армении: добыча меди и молибдена в Сюнике, переработка золота, отходы и медицинские изделия как основные источники, а также обзор законодательства и институтов.", "2020", (), ("Министерство окружающей среды",)),
    _r("g28x", "mercury-ch", "document", "en", "Armenia: short national report under Article 21 of the Minamata Convention", "The first short report of Armenia.", "2021", ("AM",), ("Ministry of Environment",)),
    _r("g28y", "mercury-ch", "document", "en", "Minamata Initial Assessment of the Republic of Moldova", "Mercury inventory of Moldova.", "2019", ("MD",), ("Ministry of Agriculture, Regional Development and Environment",)),
    # 29 a validation workshop on the conventions' site and on the national node (without accents, no country); the neighbour's workshop under the same template; the same country's inception workshop
    _r("g29a", "synergies-es", "event", "es", "Taller nacional de validación del Plan Nacional de Aplicación actualizado del Convenio de Estocolmo, Ciudad de Panamá, 2025", "Taller con ministerios, aduanas, industria y universidades para validar los inventarios de contaminantes orgánicos persistentes y el plan de acción del Plan Nacional de Aplicación actualizado de Panamá.", "2025-07-08", ("PA",), ("Ministerio de Ambiente de Panamá",)),
    _r("g29b", "pa-chm", "event", "es", "Validacion del PNA actualizado - Convenio de Estocolmo (COP)", "MiAmbiente reune a ministerios, aduanas, industria y academia para validar inventarios de COP y el plan de accion del PNA actualizado.", "2025-07-08", (), ("MiAmbiente",)),
    _r("g29x", "synergies-es", "event", "es", "Taller nacional de validación del Plan Nacional de Aplicación actualizado del Convenio de Estocolmo, San José, 2025", "El taller de validación de Costa Rica.", "2025-09-16", ("CR",), ("Ministerio de Ambiente y Energía",)),
    _r("g29y", "pa-chm", "event", "es", "Taller de inicio de la actualizacion del PNA - Convenio de Estocolmo", "Taller de arranque del proyecto de actualizacion del plan.", "2023-04-18", (), ("MiAmbiente",)),
    # 30 a course offer in Spanish (portal) and English (portal, no country, the body by its acronym); the previous edition; the same body's other course of the same year
    _r("g30a", "cbd-chm-es", "support-source", "es", "Curso iberoamericano de planificación y gestión de áreas protegidas, edición 2025", "El Organismo Autónomo Parques Nacionales ofrece un curso presencial de tres semanas en el Centro Nacional de Educación Ambiental de Valsaín para técnicos de áreas protegidas de América Latina: planes de uso y gestión, uso público, seguimiento ecológico y gobernanza con las comunidades. Incluye alojamiento y manutención.\nTipo de apoyo: formación\nPaíses elegibles: países de América Latina", "2025", ("ES",), ("Organismo Autónomo Parques Nacionales",)),
    _r("g30b", "cbd-chm", "support-source", "en", "Ibero-American course on planning and management of protected areas, 2025 edition", "OAPN offers a three-week residential course at the CENEAM centre in Valsaín for protected area staff from Latin America: management plans, visitor use, ecological monitoring and governance with communities. Board and lodging included.\nType of support: training\nEligible countries: Latin American countries", "2025", (), ("OAPN",)),
    _r("g30x", "cbd-chm-es", "support-source", "es", "Curso iberoamericano de planificación y gestión de áreas protegidas, edición 2024", "La edición anterior del curso.\nTipo de apoyo: formación", "2024", ("ES",), ("Organismo Autónomo Parques Nacionales",)),
    _r("g30y", "cbd-chm-es", "support-source", "es", "Curso iberoamericano de prevención y extinción de incendios forestales en áreas protegidas, edición 2025", "Un curso sobre incendios forestales para técnicos latinoamericanos.\nTipo de apoyo: formación", "2025", ("ES",), ("Organismo Autónomo Parques Nacionales",)),
    # 31 a Ramsar information sheet in French on the Ramsar site service and on the national node (a short title without accents, the office by its acronym, no date, no country); another site of the same country; the first sheet of the same site
    _r("g31a", "ramsar-fr", "document", "fr", "Fiche descriptive Ramsar : Parc national de la Rusizi (Burundi)", "Mise à jour de la fiche du site : delta de la Rusizi et rive nord du lac Tanganyika, frayères de poissons endémiques, hippopotames et oiseaux d'eau migrateurs ; pressions de l'urbanisation de Bujumbura et de l'agriculture.", "2022", ("BI",), ("Office burundais pour la protection de l'environnement",)),
    _r("g31b", "bi-chm", "document", "fr", "FDR Parc national de la Rusizi - mise a jour", "Fiche Ramsar actualisee par l'OBPE : delta de la Rusizi et rive du Tanganyika, poissons endemiques, hippopotames, oiseaux migrateurs, pression urbaine et agricole.", None, (), ("OBPE",)),
    _r("g31x", "ramsar-fr", "document", "fr", "Fiche descriptive Ramsar : Paysage aquatique protégé du Nord (Burundi)", "La fiche des lacs du nord du Burundi.", "2022", ("BI",), ("Office burundais pour la protection de l'environnement",)),
    _r("g31y", "ramsar-fr", "document", "fr", "Fiche descriptive Ramsar : Parc national de la Rusizi (Burundi) - désignation", "La fiche rédigée lors de l'inscription du site.", "2002", ("BI",), ("Institut national pour l'environnement et la conservation de la nature",)),
    # 32 a forest restoration project in English (portal, GEF number) and French (national node, no country); the same country's project on another island; the neighbour's project under the same template
    _r("g32a", "cbd-chm", "project", "en", "Restoring native forests and controlling invasive plants on Rodrigues", "A project of the Rodrigues Regional Assembly with UNDP to weed out invasive plants in the Grande Montagne and Anse Quitor reserves, grow endemic trees in nurseries and involve farmers in replanting the island's slopes.", "2024", ("MU",), UNDP, ("gef:11122",)),
    _r("g32b", "mu-chm", "project", "fr", "Restauration des forêts indigènes et lutte contre les plantes envahissantes à Rodrigues", "Projet de l'Assemblée régionale de Rodrigues avec le PNUD pour arracher les plantes envahissantes dans les réserves de Grande Montagne et d'Anse Quitor, produire des arbres endémiques en pépinière et associer les agriculteurs au reboisement des pentes de l'île.", "2024", (), ("PNUD",)),
    _r("g32x", "cbd-chm", "project", "en", "Restoring native forests and controlling invasive plants on Agaléga", "A project on the two islands of Agaléga.", "2025", ("MU",), UNDP, ("gef:11430",)),
    _r("g32y", "cbd-chm", "project", "en", "Restoring native forests and controlling invasive plants on Praslin and La Digue", "Seychelles' project on its granitic islands.", "2024", ("SC",), UNDP, ("gef:11123",)),
    # 33 a parrot survey need on the portal and on the national node (another title, the division by its acronym, no date, no country); the neighbour's need under the same template; the same country's other species need
    _r("g33a", "cbd-chm", "need", "en", "Support for a national survey of the St Vincent Parrot", "Saint Vincent and the Grenadines requests technical assistance and equipment for a census of Amazona guildingii in the Central Mountain Range and the Vermont Nature Trail area, and training of forestry officers in distance sampling.\nType of support: technical assistance, equipment, training", "2025", ("VC",)),
    _r("g33b", "vc-chm", "need", "en", "Amazona guildingii population count - support wanted", "The Forestry Division is seeking help and gear to count the national bird in the central mountains (Vermont area) and to train its officers in distance sampling.\nType of support: technical assistance, equipment, training", None, ()),
    _r("g33x", "cbd-chm", "need", "en", "Support for a national survey of the Saint Lucia Parrot", "Saint Lucia requests support for a census of Amazona versicolor.\nType of support: technical assistance", "2025", ("LC",)),
    _r("g33y", "cbd-chm", "need", "en", "Support to protect the Union Island gecko from illegal collection", "Saint Vincent and the Grenadines requests support for wardens and a captive colony of the gecko.\nType of support: funding, training", "2025", ("VC",)),
    # 34 a pesticide stockpile need in English (INFOCAP) and Arabic (national node, no country); the neighbour's need under the same template; the same country's other chemicals need
    _r("g34a", "infocap", "need", "en", "Technical assistance to inventory and safeguard obsolete pesticide stockpiles", "Somalia requests technical assistance to locate, inventory and repackage obsolete pesticides left in former agricultural stores and locust control depots, and to train staff of the Ministry of Environment and Climate Change in safe handling.\nType of support: technical assistance, training", "2024", ("SO",)),
    _r("g34b", "so-chm", "need", "ar", "مساعدة تقنية لحصر مخزونات المبيدات المتقادمة وتأمينها", "تطلب وزارة البيئة وتغير المناخ مساعدة تقنية لتحديد مواقع المبيدات المتقادمة المتروكة في المخازن الزراعية السابقة ومستودعات مكافحة الجراد وحصرها وإعادة تعبئتها، وتدريب موظفي الوزارة على التداول الآمن.\nنوع الدعم: مساعدة تقنية، تدريب", "2024", ()),
    _r("g34x", "infocap", "need", "en", "Technical assistance to inventory and safeguard obsolete pesticide stockpiles", "South Sudan requests help to inventory the pesticides stored in Juba and Malakal.\nType of support: technical assistance", "2024", ("SS",)),
    _r("g34y", "infocap", "need", "en", "Technical assistance to control imports of used electrical and electronic equipment", "Somalia requests training for port officers on e-waste under the Basel Convention.\nType of support: training", "2024", ("SO",)),
    # 35 a small grants call on the portal and on the programme's node (a short title, the phase by its number, no country); the previous call; a neighbour's call of the same phase
    _r("g35a", "cbd-chm", "support-source", "en", "GEF Small Grants Programme in Kiribati: call for proposals, eighth operational phase", "Grants of up to 50,000 US dollars for community organisations of Kiribati working on coastal fisheries, water security, waste and the protection of atoll ecosystems; proposals in English or Kiribati.\nType of support: funding\nEligible countries: Kiribati", "2025", ("KI",), ("GEF Small Grants Programme",)),
    _r("g35b", "sgp", "support-source", "en", "SGP Kiribati OP8 call for proposals", "Community groups can apply for up to USD 50,000 for projects on coastal fisheries, water, waste and atoll ecosystems.\nType of support: funding", "2025-02-03", (), ("SGP",)),
    _r("g35x", "sgp", "support-source", "en", "SGP Kiribati OP7 call for proposals", "The call of the seventh operational phase.\nType of support: funding", "2021-03-01", (), ("SGP",)),
    _r("g35y", "cbd-chm", "support-source", "en", "GEF Small Grants Programme in Tuvalu: call for proposals, eighth operational phase", "Grants for community organisations of Tuvalu.\nType of support: funding\nEligible countries: Tuvalu", "2025", ("TV",), ("GEF Small Grants Programme",)),
    # 36 a subregional workshop in English (portal) and Russian (portal, no country); the same series' workshop for the Caucasus; the same subregion's workshop two years before
    _r("g36a", "cbd-chm", "event", "en", "Subregional workshop on the implementation of the Nagoya Protocol in Central Asia, Almaty, 2025", "Workshop for ABS focal points and competent national authorities of Central Asia on national ABS measures, permits and internationally recognized certificates of compliance, and publishing them on the ABS Clearing-House.", "2025-10-14", ("KZ",), SCBD),
    _r("g36b", "cbd-chm-ru", "event", "ru", "Субрегиональный семинар по осуществлению Нагойского протокола в Центральной Азии, Алматы, 2025", "Семинар для национальных координационных центров и компетентных национальных органов Центральной Азии по национальным мерам регулирования доступа и совместного использования выгод, разрешениям и международно признанным сертификатам соответствия, а также их публикации в Механизме посредничества.", "2025-10-14", (), ("Секретариат Конвенции о биологическом разнообразии",)),
    _r("g36x", "cbd-chm", "event", "en", "Subregional workshop on the implementation of the Nagoya Protocol in the Caucasus, Tbilisi, 2025", "The same workshop for Armenia, Azerbaijan and Georgia.", "2025-11-18", ("GE",), SCBD),
    _r("g36y", "cbd-chm", "event", "en", "Subregional workshop on the implementation of the Nagoya Protocol in Central Asia, Tashkent, 2023", "The previous workshop for Central Asia.", "2023-09-26", ("UZ",), SCBD),
    # 37 a peatland need in French on the portal and on the national node (another title, the ministry by its acronym, no date, no country); the neighbour's need under the same template; the same country's other need on the same peatlands
    _r("g37a", "cbd-chm-fr", "need", "fr", "Appui à la surveillance des tourbières de la Cuvette centrale", "La République démocratique du Congo sollicite un appui pour installer des piézomètres et des placettes de suivi dans les tourbières de l'Équateur et de la Tshuapa, former les agents de l'environnement et cartographier les zones menacées par l'agriculture et l'exploitation forestière.\nType d'appui : assistance technique, équipement", "2025", ("CD",)),
    _r("g37b", "cd-chm", "need", "fr", "Tourbières de la Cuvette centrale : besoin d'appui au suivi", "Le MEDD recherche un appui pour poser des piézomètres et des placettes dans les tourbières de l'Équateur et de la Tshuapa, former ses agents et cartographier les menaces agricoles et forestières.\nType d'appui : assistance technique, équipement", None, ()),
    _r("g37x", "cbd-chm-fr", "need", "fr", "Appui à la surveillance des tourbières de la Likouala", "La République du Congo sollicite un appui pour suivre les tourbières de la Likouala.\nType d'appui : assistance technique", "2025", ("CG",)),
    _r("g37y", "cbd-chm-fr", "need", "fr", "Appui à l'inventaire du carbone des tourbières de la Cuvette centrale", "La République démocratique du Congo sollicite un appui pour mesurer les stocks de carbone par carottage.\nType d'appui : assistance technique, financement", "2025", ("CD",)),
    # 38 a case study in English (portal) and Portuguese (national node, no country); the same node's case in another park; the neighbour's case under a similar title
    _r("g38a", "cbd-chm", "case-study", "en", "Community rangers bring wildlife back to Iona National Park", "Angola's largest park lost most of its large mammals during the war; local Himba and Mucubal herders recruited as rangers now patrol with the park staff, and oryx, springbok and zebra numbers are rising.", "2024", ("AO",)),
    _r("g38b", "ao-chm", "case-study", "pt", "Fiscais comunitários trazem a fauna de volta ao Parque Nacional do Iona", "O maior parque de Angola perdeu a maior parte dos grandes mamíferos durante a guerra; pastores himba e mucubal recrutados como fiscais patrulham agora com o pessoal do parque, e os órix, as cabras-de-leque e as zebras estão a aumentar.", "2024", ()),
    _r("g38x", "ao-chm", "case-study", "pt", "Fiscais comunitários no Parque Nacional do Bicuar", "Como as comunidades vizinhas ajudam a proteger o Bicuar.", "2023", ()),
    _r("g38y", "cbd-chm", "case-study", "en", "Community game guards bring wildlife back to Namibia's Kunene region", "The conservancies of the north-west and their game guards.", "2022", ("NA",)),
    # 39 a mercury action plan on the convention's clearing-house and on the national node (the plan by its Indonesian acronym, the ministry by its acronym, no country); the neighbour's plan; the same country's initial assessment
    _r("g39a", "mercury-ch", "document", "en", "National Action Plan on artisanal and small-scale gold mining: Republic of Indonesia", "Indonesia's plan to end mercury use in artisanal gold mining in Central Kalimantan, North Sulawesi, West Nusa Tenggara and Maluku: mercury-free processing centres, licensing of community mining areas, health services and control of illegal mercury trade.", "2022", ("ID",), ("Ministry of Environment and Forestry",)),
    _r("g39b", "id-chm", "document", "en", "RAN-PPM: National Action Plan for mercury reduction in ASGM (KLHK)", "KLHK's plan for mercury-free gold processing in Kalimantan, Sulawesi, NTB and Maluku, community mining licences, health care and the fight against illegal mercury trade.", "2022", (), ("KLHK",)),
    _r("g39x", "mercury-ch", "document", "en", "National Action Plan on artisanal and small-scale gold mining: Republic of the Philippines", "The Philippines' plan for the gold-rush areas of Mindanao.", "2021", ("PH",), ("Department of Environment and Natural Resources",)),
    _r("g39y", "mercury-ch", "document", "en", "Minamata Initial Assessment of the Republic of Indonesia", "The national mercury inventory of Indonesia.", "2018", ("ID",), ("Ministry of Environment and Forestry",)),
    # 40 an ABS focal point in French (ABS Clearing-House) and Spanish (national node, no country); the same country's competent authority; the neighbour's focal point
    _r("g40a", "abs-ch-fr", "contact-point", "fr", "Correspondant national pour l'accès et le partage des avantages : Guinée équatoriale", "Direction générale de l'environnement, ministère de l'Agriculture, de l'Élevage, des Forêts et de l'Environnement, Malabo : le contact pour le Protocole de Nagoya.", "2024", ("GQ",)),
    _r("g40b", "gq-chm", "contact-point", "es", "Punto focal nacional de acceso y participación en los beneficios", "Dirección General de Medio Ambiente, Ministerio de Agricultura, Ganadería, Bosques y Medio Ambiente, Malabo: el contacto para el Protocolo de Nagoya.", None, ()),
    _r("g40x", "abs-ch-fr", "contact-point", "fr", "Autorité nationale compétente pour l'accès et le partage des avantages : Guinée équatoriale", "L'autorité qui délivre les permis d'accès.", "2024", ("GQ",)),
    _r("g40y", "abs-ch-fr", "contact-point", "fr", "Correspondant national pour l'accès et le partage des avantages : Gabon", "Direction générale de l'environnement et de la protection de la nature, Libreville.", "2024", ("GA",)),
    # 41 a training course on the Ramsar site and on the regional centre's node (a shorter title with the centre's acronym, no country); the previous edition; the centre's other course of the same year
    _r("g41a", "ramsar", "event", "en", "International training course on integrated wetland management for West and Central Asia, Ramsar, 2025", "Two-week course of the Ramsar Regional Centre for Central and West Asia for wetland managers: water allocation to wetlands, management planning, restoration of saline lakes and community participation, with field visits to the Anzali and Miankaleh wetlands.", "2025-09-21", ("IR",), ("Ramsar Regional Centre - Central and West Asia",)),
    _r("g41b", "rrc-cwa", "event", "en", "RRC-CWA wetland management training 2025", "Two weeks for wetland managers of the region: water for wetlands, management plans, saline lake restoration, participation of communities; field trips to Anzali and Miankaleh.", "2025-09-21", (), ("RRC-CWA",)),
    _r("g41x", "rrc-cwa", "event", "en", "RRC-CWA wetland management training 2024", "The previous edition of the course.", "2024-10-06", (), ("RRC-CWA",)),
    _r("g41y", "ramsar", "event", "en", "International training course on waterbird census for West and Central Asia, Ramsar, 2025", "A course on counting wintering waterbirds.", "2025-01-12", ("IR",), ("Ramsar Regional Centre - Central and West Asia",)),
    # 42 a committee's report in English (symbol) and French (InforMEA, no date); the previous meeting's report; the meeting's provisional agenda; the previous meeting's agenda
    _r("g42a", "infocap", "document", "en", "Report of the Chemical Review Committee of the Rotterdam Convention on the work of its twenty-first meeting", "Outcomes of the twenty-first meeting, Rome, October 2025: notifications of final regulatory action reviewed, recommendations to list further pesticides in Annex III and the draft decision guidance documents to be prepared.", "2025", (), BRS, ("UNEP/FAO/RC/CRC.21/14",)),
    _r("g42b", "informea-fr", "document", "fr", "Rapport du Comité d'étude des produits chimiques de la Convention de Rotterdam sur les travaux de sa vingt et unième réunion", "Résultats de la vingt et unième réunion, Rome, octobre 2025 : notifications de mesures de réglementation finales examinées, recommandations d'inscrire d'autres pesticides à l'Annexe III et projets de documents d'orientation des décisions à préparer.", None, (), ("Secrétariat de la Convention de Rotterdam",)),
    _r("g42x", "infocap", "document", "en", "Report of the Chemical Review Committee of the Rotterdam Convention on the work of its twentieth meeting", "Outcomes of the twentieth meeting.", "2024", (), BRS, ("UNEP/FAO/RC/CRC.20/13",)),
    _r("g42y", "infocap", "document", "en", "Provisional agenda of the twenty-first meeting of the Chemical Review Committee of the Rotterdam Convention", "The items proposed for the twenty-first meeting.", "2025", (), BRS, ("UNEP/FAO/RC/CRC.21/1",)),
    _r("g42z", "informea-fr", "document", "fr", "Ordre du jour provisoire de la vingtième réunion du Comité d'étude des produits chimiques de la Convention de Rotterdam", "Les points proposés pour la vingtième réunion.", "2024", (), ("Secrétariat de la Convention de Rotterdam",)),
    # 43 a bear need on the portal and on the national node (without accents, the ministry by its acronym, no date, no country); the neighbour's need under the same template; the same country's other Andean need
    _r("g43a", "cbd-chm-es", "need", "es", "Apoyo para el monitoreo del oso andino en el Parque Nacional Sierra Nevada de Mérida", "Venezuela solicita cámaras trampa, apoyo técnico y formación de guardaparques para estimar la población de oso frontino en la Sierra Nevada y reducir los conflictos con los productores de papa y ganado de los páramos.\nTipo de apoyo: equipamiento, asistencia técnica, formación", "2025", ("VE",)),
    _r("g43b", "ve-chm", "need", "es", "Oso frontino en la Sierra Nevada (Merida): se busca apoyo para su monitoreo", "El MINEC busca camaras trampa, asesoria y formacion de guardaparques para estimar cuantos osos hay en la Sierra Nevada y reducir conflictos con productores de papa y ganaderos del paramo.\nTipo de apoyo: equipamiento, asistencia tecnica, formacion", None, ()),
    _r("g43x", "cbd-chm-es", "need", "es", "Apoyo para el monitoreo del oso andino en el Parque Nacional Podocarpus", "Ecuador solicita cámaras trampa para estudiar el oso en Podocarpus.\nTipo de apoyo: equipamiento", "2025", ("EC",)),
    _r("g43y", "cbd-chm-es", "need", "es", "Apoyo para la restauración de los frailejonales del páramo de Mucubají", "Venezuela solicita apoyo para restaurar los frailejones en páramos degradados.\nTipo de apoyo: asistencia técnica", "2025", ("VE",)),
    # 44 an island restoration case on the portal and on the national node (another title, neither date nor country); the same node's case on another islet; a neighbour's case under a similar title
    _r("g44a", "cbd-chm", "case-study", "en", "How removing goats and rats brought Redonda back to life", "Antigua and Barbuda removed feral goats and black rats from the uninhabited island of Redonda; within a few years vegetation returned, endemic lizards multiplied and seabird colonies grew, and the island became a protected area.", "2023", ("AG",)),
    _r("g44b", "ag-chm", "case-study", "en", "Redonda restoration: from barren rock to wildlife haven", "The Department of Environment tells how taking off the goats and rats let plants, the island's endemic lizards and its seabirds recover, leading to the Redonda Ecosystem Reserve.", None, ()),
    _r("g44x", "ag-chm", "case-study", "en", "Great Bird Island: saving the Antiguan racer", "How rat removal on offshore islets saved one of the rarest snakes.", "2021", ()),
    _r("g44y", "cbd-chm", "case-study", "en", "How removing rats brought the seabirds back to Isle a Quatre", "Saint Vincent and the Grenadines' rat eradication on an islet of the Grenadines.", "2022", ("VC",)),
]  # fmt: skip

SAME: list[tuple[str, str]] = [
    ("cbd-chm:g01a", "in-chm:g01b"),
    ("synergies:g02a", "pk-chm:g02b"),
    ("infocap:g03a", "infocap-fr:g03b"),
    ("infocap:g03a", "infocap-es:g03c"),
    ("infocap-fr:g03b", "infocap-es:g03c"),
    ("mercury-ch-es:g04a", "ni-chm:g04b"),
    ("ga-chm:g05a", "cbd-chm:g05b"),
    ("ramsar:g06a", "pg-chm:g06b"),
    ("abs-ch:g07a", "pa-chm:g07b"),
    ("abs-ch:g08a", "in-chm:g08b"),
    ("cbd-chm:g09a", "tj-chm:g09b"),
    ("bch:g10a", "sz-chm:g10b"),
    ("bh-chm:g11a", "cbd-chm:g11b"),
    ("cbd-chm:g12a", "ao-chm:g12b"),
    ("cbd-chm:g13a", "tl-chm:g13b"),
    ("basel-ch:g14a", "bcrc-caribbean:g14b"),
    ("ramsar:g15a", "ramsar-fr:g15b"),
    ("ramsar:g15a", "ramsar-es:g15c"),
    ("ramsar-fr:g15b", "ramsar-es:g15c"),
    ("cbd-chm-ru:g16a", "kg-chm:g16b"),
    ("synergies:g17a", "ps-chm:g17b"),
    ("cbd-chm:g18a", "wii:g18b"),
    ("cbd-chm-fr:g19a", "lb-chm:g19b"),
    ("cbd-chm-fr:g20a", "be-chm:g20b"),
    ("bch:g21a", "dm-chm:g21b"),
    ("gq-chm:g22a", "cbd-chm:g22b"),
    ("basel-ch:g23a", "informea:g23b"),
    ("cbd-chm:g24a", "cn-chm:g24b"),
    ("cbd-chm:g25a", "nr-chm:g25b"),
    ("cbd-chm:g26a", "cbd-chm-fr:g26b"),
    ("cbd-chm:g26a", "cbd-chm-ar:g26c"),
    ("cbd-chm-fr:g26b", "cbd-chm-ar:g26c"),
    ("cbd-chm:g27a", "az-chm:g27b"),
    ("mercury-ch:g28a", "am-chm:g28b"),
    ("synergies-es:g29a", "pa-chm:g29b"),
    ("cbd-chm-es:g30a", "cbd-chm:g30b"),
    ("ramsar-fr:g31a", "bi-chm:g31b"),
    ("cbd-chm:g32a", "mu-chm:g32b"),
    ("cbd-chm:g33a", "vc-chm:g33b"),
    ("infocap:g34a", "so-chm:g34b"),
    ("cbd-chm:g35a", "sgp:g35b"),
    ("cbd-chm:g36a", "cbd-chm-ru:g36b"),
    ("cbd-chm-fr:g37a", "cd-chm:g37b"),
    ("cbd-chm:g38a", "ao-chm:g38b"),
    ("mercury-ch:g39a", "id-chm:g39b"),
    ("abs-ch-fr:g40a", "gq-chm:g40b"),
    ("ramsar:g41a", "rrc-cwa:g41b"),
    ("infocap:g42a", "informea-fr:g42b"),
    ("cbd-chm-es:g43a", "ve-chm:g43b"),
    ("cbd-chm:g44a", "ag-chm:g44b"),
]
"""The pairs that are one item (50: 44 items, three of them in three languages; 24 pairs in one
language, 26 across languages)."""

NEAR_MISSES: list[tuple[str, str]] = [
    ("cbd-chm:g01a", "cbd-chm:g01x"), ("in-chm:g01b", "cbd-chm:g01x"), ("cbd-chm:g01a", "cbd-chm:g01y"), ("in-chm:g01b", "cbd-chm:g01y"),
    ("synergies:g02a", "synergies:g02x"), ("pk-chm:g02b", "synergies:g02x"), ("synergies:g02a", "synergies:g02y"), ("pk-chm:g02b", "synergies:g02y"),
    ("infocap:g03a", "infocap:g03x"), ("infocap-fr:g03b", "infocap:g03x"), ("infocap-es:g03c", "infocap:g03x"), ("infocap:g03a", "basel-ch:g03y"), ("infocap-fr:g03b", "basel-ch:g03y"), ("infocap-es:g03c", "basel-ch:g03y"),
    ("mercury-ch-es:g04a", "mercury-ch-es:g04x"), ("ni-chm:g04b", "mercury-ch-es:g04x"), ("mercury-ch-es:g04a", "mercury-ch-es:g04y"), ("ni-chm:g04b", "mercury-ch-es:g04y"),
    ("ga-chm:g05a", "cbd-chm:g05x"), ("cbd-chm:g05b", "cbd-chm:g05x"), ("ga-chm:g05a", "ga-chm:g05y"), ("cbd-chm:g05b", "ga-chm:g05y"),
    ("ramsar:g06a", "ramsar:g06x"), ("pg-chm:g06b", "ramsar:g06x"), ("ramsar:g06a", "ramsar:g06y"), ("pg-chm:g06b", "ramsar:g06y"),
    ("abs-ch:g07a", "abs-ch:g07x"), ("pa-chm:g07b", "abs-ch:g07x"), ("abs-ch:g07a", "abs-ch:g07y"), ("pa-chm:g07b", "abs-ch:g07y"),
    ("abs-ch:g08a", "abs-ch:g08x"), ("in-chm:g08b", "abs-ch:g08x"), ("abs-ch:g08a", "abs-ch:g08y"), ("in-chm:g08b", "abs-ch:g08y"),
    ("cbd-chm:g09a", "cbd-chm:g09x"), ("tj-chm:g09b", "cbd-chm:g09x"), ("cbd-chm:g09a", "kg-chm:g09y"), ("tj-chm:g09b", "kg-chm:g09y"), ("cbd-chm:g09a", "tj-chm:g09z"), ("tj-chm:g09b", "tj-chm:g09z"),
    ("bch:g10a", "bch:g10x"), ("sz-chm:g10b", "bch:g10x"), ("bch:g10a", "bch:g10y"), ("sz-chm:g10b", "bch:g10y"),
    ("bh-chm:g11a", "cbd-chm:g11x"), ("cbd-chm:g11b", "cbd-chm:g11x"), ("bh-chm:g11a", "bh-chm:g11y"), ("cbd-chm:g11b", "bh-chm:g11y"),
    ("cbd-chm:g12a", "cbd-chm:g12x"), ("ao-chm:g12b", "cbd-chm:g12x"), ("cbd-chm:g12a", "cbd-chm:g12y"), ("ao-chm:g12b", "cbd-chm:g12y"),
    ("cbd-chm:g13a", "cbd-chm:g13x"), ("tl-chm:g13b", "cbd-chm:g13x"), ("cbd-chm:g13a", "cbd-chm:g13y"), ("tl-chm:g13b", "cbd-chm:g13y"),
    ("basel-ch:g14a", "basel-ch:g14x"), ("bcrc-caribbean:g14b", "basel-ch:g14x"), ("basel-ch:g14a", "basel-ch:g14y"), ("bcrc-caribbean:g14b", "basel-ch:g14y"),
    ("ramsar:g15a", "ramsar:g15x"), ("ramsar-fr:g15b", "ramsar:g15x"), ("ramsar-es:g15c", "ramsar:g15x"), ("ramsar:g15a", "ramsar-es:g15y"), ("ramsar-fr:g15b", "ramsar-es:g15y"), ("ramsar-es:g15c", "ramsar-es:g15y"),
    ("cbd-chm-ru:g16a", "cbd-chm-ru:g16x"), ("kg-chm:g16b", "cbd-chm-ru:g16x"), ("cbd-chm-ru:g16a", "kg-chm:g16y"), ("kg-chm:g16b", "kg-chm:g16y"),
    ("synergies:g17a", "basel-ch:g17x"), ("ps-chm:g17b", "basel-ch:g17x"), ("synergies:g17a", "synergies:g17y"), ("ps-chm:g17b", "synergies:g17y"),
    ("cbd-chm:g18a", "wii:g18x"), ("wii:g18b", "wii:g18x"), ("cbd-chm:g18a", "cbd-chm:g18y"), ("wii:g18b", "cbd-chm:g18y"),
    ("cbd-chm-fr:g19a", "cbd-chm-fr:g19x"), ("lb-chm:g19b", "cbd-chm-fr:g19x"), ("cbd-chm-fr:g19a", "cbd-chm-fr:g19y"), ("lb-chm:g19b", "cbd-chm-fr:g19y"),
    ("cbd-chm-fr:g20a", "cbd-chm-fr:g20x"), ("be-chm:g20b", "cbd-chm-fr:g20x"), ("cbd-chm-fr:g20a", "be-chm:g20y"), ("be-chm:g20b", "be-chm:g20y"),
    ("bch:g21a", "bch:g21x"), ("dm-chm:g21b", "bch:g21x"), ("bch:g21a", "mercury-ch:g21y"), ("dm-chm:g21b", "mercury-ch:g21y"),
    ("gq-chm:g22a", "cbd-chm:g22x"), ("cbd-chm:g22b", "cbd-chm:g22x"), ("gq-chm:g22a", "gq-chm:g22y"), ("cbd-chm:g22b", "gq-chm:g22y"),
    ("basel-ch:g23a", "basel-ch:g23x"), ("informea:g23b", "basel-ch:g23x"), ("basel-ch:g23a", "basel-ch:g23y"), ("informea:g23b", "basel-ch:g23y"), ("basel-ch:g23a", "basel-ch:g23z"), ("informea:g23b", "basel-ch:g23z"),
    ("cbd-chm:g24a", "cbd-chm:g24x"), ("cn-chm:g24b", "cbd-chm:g24x"), ("cbd-chm:g24a", "cn-chm:g24y"), ("cn-chm:g24b", "cn-chm:g24y"),
    ("cbd-chm:g25a", "cbd-chm:g25x"), ("nr-chm:g25b", "cbd-chm:g25x"), ("cbd-chm:g25a", "cbd-chm:g25y"), ("nr-chm:g25b", "cbd-chm:g25y"),
    ("cbd-chm:g26a", "cbd-chm:g26x"), ("cbd-chm-fr:g26b", "cbd-chm:g26x"), ("cbd-chm-ar:g26c", "cbd-chm:g26x"), ("cbd-chm:g26a", "cbd-chm:g26y"), ("cbd-chm-fr:g26b", "cbd-chm:g26y"), ("cbd-chm-ar:g26c", "cbd-chm:g26y"), ("cbd-chm:g26a", "cbd-chm:g26z"), ("cbd-chm-fr:g26b", "cbd-chm:g26z"), ("cbd-chm-ar:g26c", "cbd-chm:g26z"),
    ("cbd-chm:g27a", "cbd-chm:g27x"), ("az-chm:g27b", "cbd-chm:g27x"), ("cbd-chm:g27a", "cbd-chm:g27y"), ("az-chm:g27b", "cbd-chm:g27y"),
    ("mercury-ch:g28a", "mercury-ch:g28x"), ("am-chm:g28b", "mercury-ch:g28x"), ("mercury-ch:g28a", "mercury-ch:g28y"), ("am-chm:g28b", "mercury-ch:g28y"),
    ("synergies-es:g29a", "synergies-es:g29x"), ("pa-chm:g29b", "synergies-es:g29x"), ("synergies-es:g29a", "pa-chm:g29y"), ("pa-chm:g29b", "pa-chm:g29y"),
    ("cbd-chm-es:g30a", "cbd-chm-es:g30x"), ("cbd-chm:g30b", "cbd-chm-es:g30x"), ("cbd-chm-es:g30a", "cbd-chm-es:g30y"), ("cbd-chm:g30b", "cbd-chm-es:g30y"),
    ("ramsar-fr:g31a", "ramsar-fr:g31x"), ("bi-chm:g31b", "ramsar-fr:g31x"), ("ramsar-fr:g31a", "ramsar-fr:g31y"), ("bi-chm:g31b", "ramsar-fr:g31y"),
    ("cbd-chm:g32a", "cbd-chm:g32x"), ("mu-chm:g32b", "cbd-chm:g32x"), ("cbd-chm:g32a", "cbd-chm:g32y"), ("mu-chm:g32b", "cbd-chm:g32y"),
    ("cbd-chm:g33a", "cbd-chm:g33x"), ("vc-chm:g33b", "cbd-chm:g33x"), ("cbd-chm:g33a", "cbd-chm:g33y"), ("vc-chm:g33b", "cbd-chm:g33y"),
    ("infocap:g34a", "infocap:g34x"), ("so-chm:g34b", "infocap:g34x"), ("infocap:g34a", "infocap:g34y"), ("so-chm:g34b", "infocap:g34y"),
    ("cbd-chm:g35a", "sgp:g35x"), ("sgp:g35b", "sgp:g35x"), ("cbd-chm:g35a", "cbd-chm:g35y"), ("sgp:g35b", "cbd-chm:g35y"),
    ("cbd-chm:g36a", "cbd-chm:g36x"), ("cbd-chm-ru:g36b", "cbd-chm:g36x"), ("cbd-chm:g36a", "cbd-chm:g36y"), ("cbd-chm-ru:g36b", "cbd-chm:g36y"),
    ("cbd-chm-fr:g37a", "cbd-chm-fr:g37x"), ("cd-chm:g37b", "cbd-chm-fr:g37x"), ("cbd-chm-fr:g37a", "cbd-chm-fr:g37y"), ("cd-chm:g37b", "cbd-chm-fr:g37y"),
    ("cbd-chm:g38a", "ao-chm:g38x"), ("ao-chm:g38b", "ao-chm:g38x"), ("cbd-chm:g38a", "cbd-chm:g38y"), ("ao-chm:g38b", "cbd-chm:g38y"),
    ("mercury-ch:g39a", "mercury-ch:g39x"), ("id-chm:g39b", "mercury-ch:g39x"), ("mercury-ch:g39a", "mercury-ch:g39y"), ("id-chm:g39b", "mercury-ch:g39y"),
    ("abs-ch-fr:g40a", "abs-ch-fr:g40x"), ("gq-chm:g40b", "abs-ch-fr:g40x"), ("abs-ch-fr:g40a", "abs-ch-fr:g40y"), ("gq-chm:g40b", "abs-ch-fr:g40y"),
    ("ramsar:g41a", "rrc-cwa:g41x"), ("rrc-cwa:g41b", "rrc-cwa:g41x"), ("ramsar:g41a", "ramsar:g41y"), ("rrc-cwa:g41b", "ramsar:g41y"),
    ("infocap:g42a", "infocap:g42x"), ("informea-fr:g42b", "infocap:g42x"), ("infocap:g42a", "infocap:g42y"), ("informea-fr:g42b", "infocap:g42y"), ("infocap:g42a", "informea-fr:g42z"), ("informea-fr:g42b", "informea-fr:g42z"),
    ("cbd-chm-es:g43a", "cbd-chm-es:g43x"), ("ve-chm:g43b", "cbd-chm-es:g43x"), ("cbd-chm-es:g43a", "cbd-chm-es:g43y"), ("ve-chm:g43b", "cbd-chm-es:g43y"),
    ("cbd-chm:g44a", "ag-chm:g44x"), ("ag-chm:g44b", "ag-chm:g44x"), ("cbd-chm:g44a", "cbd-chm:g44y"), ("ag-chm:g44b", "cbd-chm:g44y"),
    ("basel-ch:g23x", "basel-ch:g23y"), ("basel-ch:g23y", "basel-ch:g23z"), ("basel-ch:g23x", "basel-ch:g23z"), ("cbd-chm:g26x", "cbd-chm:g26y"), ("cbd-chm:g26x", "cbd-chm:g26z"), ("cbd-chm:g26y", "cbd-chm:g26z"), ("infocap:g42x", "infocap:g42y"), ("infocap:g42x", "informea-fr:g42z"), ("infocap:g42y", "informea-fr:g42z"), ("kg-chm:g09y", "tj-chm:g09z"), ("ramsar:g15x", "ramsar-es:g15y"), ("abs-ch:g07x", "abs-ch:g07y"), ("abs-ch:g08x", "abs-ch:g08y"), ("infocap:g03x", "basel-ch:g03y"), ("wii:g18x", "cbd-chm:g18y"),
]  # fmt: skip
"""Look-alikes written on purpose: different items (206 pairs)."""
