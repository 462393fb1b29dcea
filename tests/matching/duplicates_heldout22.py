# ruff: noqa: E501  (hand-written records: one record per line reads best)
"""A twenty-second held-out set of duplicate pairs and look-alikes, written by hand and labelled
before chm was run on it; its subject is both sides of the clearing-house network: biodiversity
(the CBD clearing-house and its national nodes, the Biosafety and ABS Clearing-Houses, Ramsar,
CITES) and chemicals and waste (the Basel, Rotterdam and Stockholm Conventions, the Minamata
Convention, the Montreal Protocol), with requests for assistance and the offers that could
answer them, about half each.

Why a twenty-second one: the earlier sets are to be measured once as held out, and the duplicate
rules, the vocabulary and the matching go on being changed while looking at sets 1-21, so a
further untouched set is kept; its record identifiers all start with ``l`` so it never clashes
with the others nor with the assistance set. This file was written and committed **alone**,
before the next changes to the rules, by someone who did not write the duplicate rules nor read
them, the vocabulary or the lexicon, did not run chm's duplicate detection (nor the evaluators,
nor ``chm match``, nor the matching benchmark) on it and did not look at what chm gives for it;
only its own construction was run (tests/matching/test_heldout_construction.py: the records
build, the labels name existing records, no pair is labelled twice). It is to be measured once,
after those changes, and not tuned on.

What it samples (labelled by what the records say, not by a guess of what chm does): a
realistic mix of the copies aggregators meet, not only the hardest ones. Copies of one item
reworded by a national node in the same language: another title (shorter, with an acronym of the
document or the agency, the years, a subtitle dropped or added, a typo or the accents dropped,
such as ``7NR Romania - final version``, ``PBSAP 2025-2040: Saving our islands' life``,
``RA - Bt eggplant trial, Los Banos``, ``Caviar from farmed sturgeon: NDF 2026``,
``Mercury initial assesment - Kiribati``, ``ASGM NAP``, ``Carbofuran - no import consent`` or
``Formation CITES pour nos douanes``), mostly a one- or two-line description in other words;
one copy without date, country, identifier (site number, project number, certificate number)
and the creator as an acronym (``MMAP``, ``BMB``, ``BPI``, ``HNPD``, ``DoE``, ``ARSO``,
``MONRE``, ``MAF``, ``EA``, ``DOE``) or missing. Of the 18 pairs in one language, in 10 the
shorter description is under a third of the other's length, in 9 the two copies share at most a
quarter of the distinct words of four letters or more of their titles and descriptions taken
together, in 6 both. Official translations across languages, the national copy without a
country (and often without creator or identifier), two of them in three languages (a Ramsar
resolution, Basel technical guidelines); across languages the other copy is mostly a somewhat
shorter translation (under a third of the first's length once in 22 pairs).

Look-alikes that share most of their words: the previous report, plan, stage, edition, intake
or resolution of the same country or body; two countries' reports, strategies, assessments,
findings, import responses, requests and launch workshops built from one template; a biosafety
profile against the same country's focal point; an ABS profile against the same country's ABS
focal point; a Management Authority against the same country's Scientific Authority; a
Rotterdam authority for pesticides against the same country's Stockholm contact point; a
national ozone unit against the same country's Minamata focal point; a Kigali HFC plan against
the same country's HCFC plan; an ASGM action plan against the same country's initial assessment;
a risk assessment against the decision taken on it; a certificate of compliance against the
checkpoint communiqué that names it and another certificate of the same authority; a site sheet
against another site of the same country; a draft against the adopted guidelines; a request
against a second request of the same country and against the offer that could answer it; an
offer against its previous or next intake; a workshop against its previous edition and the same
workshop in another island country.

Provenance: written for chm in the style of the public pages of the CBD clearing-house (national
reports, strategies and action plans, Bio-Bridge requests, a node's launch workshop), the
Biosafety Clearing-House (a country profile, a focal point, a risk assessment and a decision on a
field trial), the ABS Clearing-House (a country profile, a focal point, certificates of
compliance and a checkpoint communiqué), the Ramsar Convention (site information sheets and a
resolution), CITES (a non-detriment finding, management and scientific authorities, a customs
training), the Basel, Rotterdam and Stockholm Conventions (a Basel national report, updated and
first national implementation plans, import responses, a designated national authority and a
contact point, technical guidelines and their draft, regional centres' offers of training), the
Minamata Convention clearing-house (initial assessments, a national action plan on artisanal and
small-scale gold mining, a focal point), the Multilateral Fund and the Ozone Secretariat of the
Montreal Protocol (HCFC and Kigali plans, a national ozone unit, a Green Customs workshop),
INFOCAP-like pages (requests and offers), and national clearing-house nodes, in English, French,
Spanish, Portuguese, Arabic, Russian and Chinese. The countries are mostly ones the earlier
twenty-one sets use least (Romania, Bulgaria, the Philippines, the Lao People's Democratic
Republic, Slovakia, Belize, Hungary, the Islamic Republic of Iran, Croatia, Kuwait, Iraq, Yemen,
Tajikistan, Mauritania, Chad, Paraguay, Sao Tome and Principe, Djibouti, Tuvalu, Nauru,
Slovenia, Serbia, Samoa, Kiribati, Eritrea, Oman, Uzbekistan, Nicaragua, Honduras, Niger,
Kyrgyzstan, Guinea-Bissau, Cabo Verde...). Countries, conventions, bodies, agencies, species,
sites and towns are real; the titles, texts, dates and identifiers (site, project, certificate,
communiqué and workshop numbers, document symbols) and some names of units are written for this
set. No text was copied from the pages or from the earlier sets.

Counts: 113 records; 40 ``SAME`` pairs (36 items, two of them in three languages): 18 pairs in
one language (a national node's rewording: 17 in English, 1 in French) and 22 across languages
(English with French 4 items, with Spanish 2, with Portuguese 2, with Arabic 4, with Russian 3,
with Chinese 1; English, French and Spanish 2 items, 3 pairs each); 18 items on the biodiversity
side and 18 on chemicals and waste and requests and offers; 95 ``NEAR_MISSES``.

Labelling criteria (as in the earlier sets):

* ``SAME``: both records describe the same document (the same edition, version, year, stage,
  update or reporting cycle), meeting, workshop or course (the same session or intake), project
  (the same stage), need (the same request of the same country), offer (the same call, round or
  intake), country profile or contact point (the same role of the same country), in any
  language, on any node, under any identifier.
* Every other two records of this file are **different items**; ``NEAR_MISSES`` lists the
  look-alikes written on purpose (the records whose identifier ends in x or y, against each copy
  of the item they imitate, and fifteen pairs of look-alikes against each other, of a request
  against the offer that could answer it, or of records built from the same template).

``SAME`` is closed under transitivity (an item in three languages gives three pairs).
"""

from __future__ import annotations

from typing import Any

from tests.matching.duplicates_heldout4 import _r

RECORDS: list[dict[str, Any]] = [
    # 1 a CBD national report on the central clearing-house (long abstract, country) and on the national node (a short title, two lines, the ministry by acronym, no country, no date); the previous report and the neighbour's report
    _r("l01a", "cbd-chm", "document", "en", "Seventh national report of Romania to the Convention on Biological Diversity", "Romania reports on the national targets it set after the Kunming-Montreal Global Biodiversity Framework: the Natura 2000 network and its management plans, old-growth beech forests in the Carpathians, brown bear and wolf conflict in mountain villages, the Danube Delta's fisheries and reed beds, invasive ragweed on farmland, and the indicators it tracks through the national environmental information system.", "2026", ("RO",), ("Ministry of Environment, Waters and Forests of Romania",)),
    _r("l01b", "ro-chm", "document", "en", "7NR Romania - final version", "MMAP: Natura 2000 plans, old forests, bears and wolves, Delta fisheries, ragweed, and how we measure it.", None, (), ("MMAP",)),
    _r("l01x", "cbd-chm", "document", "en", "Sixth national report of Romania to the Convention on Biological Diversity", "Romania's report on the Aichi Biodiversity Targets, submitted in 2019.", "2019", ("RO",), ("Ministry of Environment of Romania",)),
    _r("l01y", "cbd-chm", "document", "en", "Seventh national report of Bulgaria to the Convention on Biological Diversity", "Bulgaria's report on its national targets: Natura 2000, the Rhodopes, the Black Sea coast and vultures.", "2026", ("BG",), ("Ministry of Environment and Water of Bulgaria",)),
    # 2 an NBSAP on the central clearing-house and on the national node (the acronym, the years, a subtitle added); the neighbour's NBSAP from the same template
    _r("l02a", "cbd-chm", "document", "en", "Philippine Biodiversity Strategy and Action Plan 2025-2040", "The plan sets national targets for the Philippines: the protection of key biodiversity areas in Palawan and Mindanao, the restoration of mangroves and seagrass beds, the control of illegal wildlife trade through its ports, sustainable reef fisheries, the recognition of indigenous community conserved areas, and a biodiversity finance plan shared with local government units.", "2025", ("PH",), ("Biodiversity Management Bureau of the Philippines",)),
    _r("l02b", "ph-chm", "document", "en", "PBSAP 2025-2040: Saving our islands' life", "BMB's new plan: key areas, mangroves and seagrass, wildlife trade, reef fish, ICCAs, and finance with LGUs.", "2025", (), ("BMB",)),
    _r("l02y", "cbd-chm", "document", "en", "National Biodiversity Strategy and Action Plan of the Lao People's Democratic Republic 2025-2040", "The Lao PDR's plan: Mekong fisheries, karst forests, wildlife trade and protected areas.", "2025", ("LA",), ("Ministry of Natural Resources and Environment of the Lao People's Democratic Republic",)),
    # 3 a biosafety country profile on the BCH and on the national node (another title, a short text, no country); the same country's BCH focal point
    _r("l03a", "bch", "national-profile", "en", "Biosafety country profile: Slovakia", "Slovakia's profile under the Cartagena Protocol: the act on the use of genetic technologies and genetically modified organisms, the commission for genetic technologies that advises the ministry, the register of contained uses, the field trials of recent years, the laboratory that tests seed lots for GMO traces, and links to the competent national authority and to the national report.", "2025", ("SK",), ("Ministry of Environment of the Slovak Republic",)),
    _r("l03b", "sk-chm", "national-profile", "en", "How Slovakia regulates GMOs (Cartagena Protocol)", "The GMO act, the advisory commission, contained uses, past field trials and seed testing.", "2025", ()),
    _r("l03x", "bch", "contact-point", "en", "Cartagena Protocol national focal point: Slovakia", "The national focal point of Slovakia for the Cartagena Protocol on Biosafety and how to reach it.", "2025", ("SK",), ("Ministry of Environment of the Slovak Republic",)),
    # 4 a risk assessment of a field trial on the BCH (identifier) and on the national node (a short title, one line, the bureau by acronym, no identifier, no country, no date); the decision taken on it
    _r("l04a", "bch", "document", "en", "Risk assessment: field trial of fruit and shoot borer-resistant eggplant at Los Baños, Laguna, Philippines", "The assessment considers the molecular characterisation of the eggplant line, the chance of cross-pollination with local eggplant varieties and wild Solanum relatives around the trial site, effects on bees, spiders and other non-target organisms, the toxicity and allergenicity of the protein, and the confinement: isolation distance, netting, monitoring of volunteers and disposal of fruit.", "2025", ("PH",), ("Bureau of Plant Industry of the Philippines",), ("BCH-RA-PH-2025-11",)),
    _r("l04b", "ph-chm", "document", "en", "RA - Bt eggplant trial, Los Banos", "BPI on cross-pollination, bees and spiders, protein safety, and how the plot is netted and cleared.", None, (), ("BPI",)),
    _r("l04x", "bch", "document", "en", "Decision on the field trial of fruit and shoot borer-resistant eggplant at Los Baños, Laguna, Philippines", "The permit granted on the basis of the risk assessment and the conditions attached to it.", "2025", ("PH",), ("Bureau of Plant Industry of the Philippines",), ("BCH-DEC-PH-2025-06",)),
    # 5 an ABS certificate of compliance on the ABS Clearing-House (identifier) and on the national node (a short title, no identifier, no date); the checkpoint communiqué that names it
    _r("l05a", "abs-ch", "document", "en", "Internationally recognized certificate of compliance: access to marine sponge samples from the Belize Barrier Reef for anticancer compound screening", "The Belize Fisheries Department granted prior informed consent to a university research group to collect sponge samples at Glover's Reef and Lighthouse Reef for screening of compounds against cancer cells; mutually agreed terms include non-commercial use, a share of future royalties, training of Belizean scientists and deposit of vouchers at the national collection.", "2025", ("BZ",), ("Belize Fisheries Department",), ("ABSCH-IRCC-BZ-260041",)),
    _r("l05b", "bz-chm", "document", "en", "Permit for reef sponge research issued", "Fisheries Department: sponge collection on two atolls for cancer research, royalties shared, local scientists trained, vouchers kept in Belize.", None, (), ("Fisheries Department",)),
    _r("l05x", "abs-ch", "document", "en", "Checkpoint communiqué: marine sponge samples from the Belize Barrier Reef", "A checkpoint reports the use in a laboratory of sponge samples covered by certificate ABSCH-IRCC-BZ-260041.", "2026", ("BZ",), ("Belize Fisheries Department",), ("ABSCH-CPC-BZ-260007",)),
    # 6 a Ramsar site information sheet on the Ramsar site and on the national node (an update, shorter, no site number, no country); another site of the same country
    _r("l06a", "ramsar", "document", "en", "Ramsar Information Sheet: Hortobágy (Hungary), 2025 update", "The updated information sheet for the Hortobágy Ramsar Site describes its alkaline grasslands, fishponds and marshes on the Great Hungarian Plain, the staging of common cranes in autumn, breeding great bustards and red-footed falcons, the grazing by grey cattle and racka sheep that keeps the grassland open, and the threats from drainage and drought.", "2025", ("HU",), ("Hortobágy National Park Directorate",), ("Ramsar site no. 1512",)),
    _r("l06b", "hu-chm", "document", "en", "Hortobagy wetland: updated Ramsar sheet", "Salt steppe, fishponds and marshes; cranes, bustards and falcons; traditional grazing; drainage and drought threats.", "2025", (), ("HNPD",)),
    _r("l06y", "ramsar", "document", "en", "Ramsar Information Sheet: Lake Balaton (Hungary), 2025 update", "The updated sheet for Lake Balaton: reed beds, water level and tourism.", "2025", ("HU",), ("Balaton Uplands National Park Directorate",), ("Ramsar site no. 1513",)),
    # 7 a Ramsar resolution in English, French and Spanish; the previous resolution on the same subject
    _r("l07a", "ramsar", "document", "en", "Resolution XV.9: Wetlands and the prevention of desertification in drylands", "The Contracting Parties are urged to identify oases, temporary lakes and floodplains in drylands, to include them in land degradation neutrality targets, to manage groundwater so that springs keep flowing, and to report on the steps taken in their national reports to the next meeting.", "2025", (), ("Ramsar Convention Secretariat",)),
    _r("l07b", "ramsar-fr", "document", "fr", "Résolution XV.9 : Les zones humides et la prévention de la désertification dans les terres arides", "Les Parties contractantes sont priées de recenser les oasis, les lacs temporaires et les plaines d'inondation des terres arides, de les inclure dans leurs cibles de neutralité en matière de dégradation des terres, de gérer les eaux souterraines afin que les sources ne tarissent pas, et d'en rendre compte dans leurs rapports nationaux.", "2025", (), ("Secrétariat de la Convention de Ramsar",)),
    _r("l07c", "ramsar-es", "document", "es", "Resolución XV.9: Los humedales y la prevención de la desertificación en las tierras secas", "Se insta a las Partes Contratantes a identificar los oasis, los lagos temporales y las llanuras de inundación de las tierras secas, a incluirlos en sus metas de neutralidad de la degradación de las tierras, a gestionar las aguas subterráneas para que los manantiales sigan fluyendo y a informar en sus informes nacionales.", "2025", (), ("Secretaría de la Convención de Ramsar",)),
    _r("l07x", "ramsar", "document", "en", "Resolution XII.11: Peatlands, climate change and wise use", "The earlier resolution of 2015 on peatlands.", "2015", (), ("Ramsar Convention Secretariat",)),
    # 8 a CITES non-detriment finding on the CITES site and on the national node (a short title, one line, no country); another country's finding for the same species
    _r("l08a", "cites", "document", "en", "Non-detriment finding for the export of Persian sturgeon (Acipenser persicus) caviar from aquaculture, Islamic Republic of Iran, 2026", "The Scientific Authority of the Islamic Republic of Iran assesses whether exports of caviar from farmed Persian sturgeon are non-detrimental: the origin of the broodstock, the restocking of fingerlings into the Caspian Sea, the marking of containers, the state of wild stocks in the southern Caspian, and an export quota for 2026.", "2026", ("IR",), ("Department of Environment of the Islamic Republic of Iran",)),
    _r("l08b", "ir-chm", "document", "en", "Caviar from farmed sturgeon: NDF 2026", "DoE: broodstock origin, restocking, container marks, wild stocks and this year's quota.", "2026", (), ("DoE",)),
    _r("l08y", "cites", "document", "en", "Non-detriment finding for the export of sturgeon caviar from aquaculture, Kazakhstan, 2026", "Kazakhstan's finding for farmed sturgeon caviar from the Ural river basin.", "2026", ("KZ",), ("Committee of Forestry and Wildlife of Kazakhstan",)),
    # 9 a CITES Management Authority on the CITES site and on the national node (another title, no country); the same country's Scientific Authority
    _r("l09a", "cites", "contact-point", "en", "CITES Management Authority of Croatia", "The Ministry of Environmental Protection and Green Transition is the CITES Management Authority of Croatia: it issues import, export and re-export permits and certificates and is the contact for other Parties.", "2025", ("HR",), ("Ministry of Environmental Protection and Green Transition of Croatia",)),
    _r("l09b", "hr-chm", "contact-point", "en", "Who issues CITES permits in Croatia", "The ministry's permit office: permits and certificates for trade in protected species.", None, ()),
    _r("l09x", "cites", "contact-point", "en", "CITES Scientific Authority of Croatia", "The Institute for Environment and Nature advises Croatia's Management Authority on non-detriment findings.", "2025", ("HR",), ("Institute for Environment and Nature of Croatia",)),
    # 10 a CBD national report in English (central clearing-house) and Arabic (national node, no country); the previous report
    _r("l10a", "cbd-chm", "document", "en", "Seventh national report of Kuwait to the Convention on Biological Diversity", "Kuwait reports on its national targets: the protection of the desert at Sabah Al-Ahmad Nature Reserve, the mudflats of Kuwait Bay for migratory shorebirds, coral reefs around Kubbar island, the recovery of vegetation after grazing bans, and marine pollution from desalination brine.", "2026", ("KW",), ("Environment Public Authority of Kuwait",)),
    _r("l10b", "kw-chm", "document", "ar", "التقرير الوطني السابع لدولة الكويت إلى اتفاقية التنوع البيولوجي", "تعرض الكويت تقدمها نحو أهدافها الوطنية: حماية البيئة الصحراوية في محمية صباح الأحمد الطبيعية، والمسطحات الطينية في جون الكويت للطيور المهاجرة، والشعاب المرجانية حول جزيرة كبر، وعودة الغطاء النباتي بعد منع الرعي، والتلوث البحري بمياه التحلية المركزة.", "2026", (), ("الهيئة العامة للبيئة",)),
    _r("l10x", "cbd-chm", "document", "en", "Sixth national report of Kuwait to the Convention on Biological Diversity", "Kuwait's report of 2019 on the Aichi targets.", "2019", ("KW",), ("Environment Public Authority of Kuwait",)),
    # 11 an NBSAP in English (central clearing-house) and Arabic (national node, no country, no creator); the neighbour's from the same template
    _r("l11a", "cbd-chm", "document", "en", "National Biodiversity Strategy and Action Plan of Iraq 2026-2030", "Iraq's strategy sets targets for the restoration of the Mesopotamian marshes, water sharing for wetlands on the Tigris and Euphrates, the protection of the Basra reed warbler and the smooth-coated otter, the control of hunting, the rehabilitation of date palm groves, and awareness in schools.", "2026", ("IQ",), ("Ministry of Environment of Iraq",)),
    _r("l11b", "iq-chm", "document", "ar", "الاستراتيجية وخطة العمل الوطنية للتنوع البيولوجي في العراق 2026-2030", "أهداف لإحياء الأهوار، وتأمين حصة المياه للأراضي الرطبة على دجلة والفرات، وحماية طائر الهازجة البصرية وثعلب الماء، وتنظيم الصيد، وإعادة تأهيل بساتين النخيل.", "2026", ()),
    _r("l11y", "cbd-chm", "document", "en", "National Biodiversity Strategy and Action Plan of Yemen 2026-2030", "Yemen's strategy: Socotra, the Red Sea coast and terraced farmland.", "2026", ("YE",), ("Environment Protection Authority of Yemen",)),
    # 12 an ABS country profile in English (ABS Clearing-House) and Russian (national node, no country); the same country's ABS national focal point
    _r("l12a", "abs-ch", "national-profile", "en", "ABS country profile: Tajikistan", "Tajikistan's profile under the Nagoya Protocol: the draft regulation on access to genetic resources of wild fruit and nut forests, the competent national authority, the absence of permits issued so far, the traditional knowledge of Pamir communities on medicinal plants, and the links to the national focal point.", "2025", ("TJ",), ("Committee for Environmental Protection of Tajikistan",)),
    _r("l12b", "tj-chm", "national-profile", "ru", "Профиль страны по доступу и совместному использованию выгод: Таджикистан", "Проект положения о доступе к генетическим ресурсам диких плодовых и орехоплодных лесов, компетентный национальный орган, разрешения пока не выдавались, традиционные знания памирских общин о лекарственных растениях.", "2025", ()),
    _r("l12x", "abs-ch", "contact-point", "en", "Nagoya Protocol national focal point: Tajikistan", "The national focal point of Tajikistan on access and benefit-sharing.", "2025", ("TJ",), ("Committee for Environmental Protection of Tajikistan",)),
    # 13 a Ramsar site sheet in English (Ramsar site) and French (national node, no country, no site number); another site of the same country
    _r("l13a", "ramsar", "document", "en", "Ramsar Information Sheet: Banc d'Arguin National Park (Mauritania)", "The sheet describes the mudflats, seagrass meadows and shallow channels of the Banc d'Arguin between the Sahara and the Atlantic, the millions of wintering shorebirds, the colonies of pelicans, herons and terns on the islands, the Imraguen fishers who fish from sail boats, and the pressure of industrial fishing offshore.", "2025", ("MR",), ("Parc National du Banc d'Arguin",), ("Ramsar site no. 250",)),
    _r("l13b", "mr-chm", "document", "fr", "Fiche descriptive Ramsar : Parc national du Banc d'Arguin", "Vasières, herbiers et chenaux entre le Sahara et l'Atlantique ; millions de limicoles en hiver ; colonies de pélicans, hérons et sternes ; pêcheurs Imraguen à la voile ; pression de la pêche industrielle au large.", "2025", ()),
    _r("l13y", "ramsar", "document", "en", "Ramsar Information Sheet: Diawling National Park (Mauritania)", "The sheet for the Diawling floodplain on the lower Senegal river.", "2025", ("MR",), ("Parc National du Diawling",), ("Ramsar site no. 1134",)),
    # 14 a request for technical support in English and French (central clearing-house in both languages; the French one without country); a second request of the same country
    _r("l14a", "cbd-chm", "need", "en", "Bio-Bridge request: support to map and value the ecosystem services of Lake Chad's wetlands", "Chad requests technical support to map the wetlands of the Chadian shore of Lake Chad, estimate the value of their fisheries, grazing and flood recession farming, and bring the results into the local development plans of the Lac province.\nType of support: technical assistance", "2025", ("TD",), ("Ministry of Environment, Fisheries and Sustainable Development of Chad",)),
    _r("l14b", "cbd-chm-fr", "need", "fr", "Demande Bio-Bridge : cartographier et évaluer les services des zones humides du lac Tchad", "Appui technique demandé pour cartographier les zones humides de la rive tchadienne, estimer la valeur de la pêche, du pâturage et des cultures de décrue, et en tenir compte dans les plans de développement locaux.\nType d'appui : assistance technique", "2025", ()),
    _r("l14x", "cbd-chm", "need", "en", "Bio-Bridge request: support to design a monitoring system for the Ennedi massif's protected area", "A second request of Chad, for the Ennedi.\nType of support: technical assistance", "2025", ("TD",), ("Ministry of Environment, Fisheries and Sustainable Development of Chad",)),
    # 15 a CBD national report in English (central) and Spanish (national node, no country); the previous report
    _r("l15a", "cbd-chm", "document", "en", "Seventh national report of Paraguay to the Convention on Biological Diversity", "Paraguay reports on its national targets: deforestation in the Chaco and the remnants of the Atlantic Forest, the Pantanal wetlands on the Paraguay river, the lands of indigenous peoples, the expansion of soybean and cattle ranching, and the national forest monitoring system.", "2026", ("PY",), ("Ministry of Environment and Sustainable Development of Paraguay",)),
    _r("l15b", "py-chm", "document", "es", "Séptimo informe nacional del Paraguay al Convenio sobre la Diversidad Biológica", "Avances hacia las metas nacionales: deforestación en el Chaco, restos del Bosque Atlántico, el Pantanal, tierras indígenas, expansión de la soja y la ganadería, y el sistema de monitoreo forestal.", "2026", (), ("MADES",)),
    _r("l15x", "cbd-chm", "document", "en", "Sixth national report of Paraguay to the Convention on Biological Diversity", "Paraguay's report on the Aichi targets, 2019.", "2019", ("PY",), ("Secretariat of Environment of Paraguay",)),
    # 16 an ABS certificate in English (ABS Clearing-House, identifier) and Portuguese (national node, no country, no identifier); another certificate of the same authority
    _r("l16a", "abs-ch", "document", "en", "Internationally recognized certificate of compliance: access to cocoa tree genetic resources of São Tomé and Príncipe for disease resistance research", "The Directorate of Environment granted consent to a research institute to collect leaf and pod samples of old cocoa varieties on the island of Príncipe for research on resistance to black pod disease; terms include sharing of results, training of national technicians and no patents on the material as received.", "2025", ("ST",), ("Directorate of Environment of São Tomé and Príncipe",), ("ABSCH-IRCC-ST-260012",)),
    _r("l16b", "st-chm", "document", "pt", "Certificado de conformidade: recursos genéticos do cacau para pesquisa sobre resistência a doenças", "Consentimento concedido a um instituto de pesquisa para colher folhas e frutos de variedades antigas de cacau na ilha do Príncipe, para estudar a resistência à podridão parda; partilha de resultados, formação de técnicos nacionais e nenhuma patente sobre o material.", "2025", ()),
    _r("l16y", "abs-ch", "document", "en", "Internationally recognized certificate of compliance: access to medicinal plant samples of São Tomé and Príncipe for antimalarial research", "Another certificate of the same directorate, for medicinal plants.", "2025", ("ST",), ("Directorate of Environment of São Tomé and Príncipe",), ("ABSCH-IRCC-ST-260015",)),
    # 17 a CITES customs training in French on the CITES French site and on the national node (another title, a short text, no dates, no country); the previous edition
    _r("l17a", "cites-fr", "event", "fr", "Atelier de formation des douaniers de Djibouti à l'application de la CITES, Djibouti, 9-11 mars 2026", "Les agents des douanes, de la police des frontières et des garde-côtes de Djibouti apprennent à identifier les espèces les plus saisies dans la Corne de l'Afrique (guépards vivants, ivoire, écailles de pangolin, coraux), à vérifier les permis, à manipuler les animaux saisis et à transmettre les saisies à l'organe de gestion.", "2026", ("DJ",), ("Secrétariat CITES",), ("CITES-WS-DJ-2026-01",)),
    _r("l17b", "dj-chm", "event", "fr", "Formation CITES pour nos douanes", "Guépards, ivoire, pangolins, coraux : reconnaître, vérifier les permis, signaler les saisies.", None, ()),
    _r("l17x", "cites-fr", "event", "fr", "Atelier de formation des douaniers de Djibouti à l'application de la CITES, Djibouti, 2023", "L'atelier précédent, de 2023.", "2023", ("DJ",), ("Secrétariat CITES",), ("CITES-WS-DJ-2023-02",)),
    # 18 a national clearing-house node's launch workshop on the central clearing-house and on the node (another title, a short text, no country); the same workshop for another island country
    _r("l18a", "cbd-chm", "event", "en", "Launch workshop of the clearing-house mechanism node of Tuvalu, Funafuti, 2026", "Officers of the Department of Environment, fisheries, island councils (kaupule) and schools of Tuvalu learn to publish the national report, species lists of atolls and project pages on the new national node, to link it to the central clearing-house, and to keep it up to date.", "2026", ("TV",), ("Department of Environment of Tuvalu",)),
    _r("l18b", "tv-chm", "event", "en", "Our CHM website goes live - training in Funafuti", "Staff from environment, fisheries, kaupule and schools trained to publish and update pages.", "2026", ()),
    _r("l18y", "cbd-chm", "event", "en", "Launch workshop of the clearing-house mechanism node of Nauru, Yaren, 2026", "The same workshop for Nauru.", "2026", ("NR",), ("Department of Climate Change and National Resilience of Nauru",)),
    # 19 a Basel national report on the conventions' site and on the national node (a short title, one line, no country); the previous year's report
    _r("l19a", "synergies", "document", "en", "Basel Convention national report of Slovenia for 2024", "Slovenia reports the hazardous wastes it generated, exported and imported in 2024: waste lead-acid batteries exported for recycling, contaminated soils and fly ash, transit shipments on the Koper port route, the recovery facilities authorised, and cases of illegal traffic.", "2025", ("SI",), ("Slovenian Environment Agency",)),
    _r("l19b", "si-chm", "document", "en", "Basel report 2024 (SI)", "ARSO: battery exports, soils and fly ash, transit via Koper, recovery plants, illegal shipments.", "2025", (), ("ARSO",)),
    _r("l19x", "synergies", "document", "en", "Basel Convention national report of Slovenia for 2023", "Slovenia's report for the previous year.", "2024", ("SI",), ("Slovenian Environment Agency",)),
    # 20 an updated Stockholm NIP on the conventions' site and on the national node (acronym, shorter); the first NIP
    _r("l20a", "synergies", "document", "en", "Updated national implementation plan of the Lao People's Democratic Republic for the Stockholm Convention", "The update covers the persistent organic pollutants listed since the first plan: PFOS in fire-fighting foams at airports, brominated flame retardants in imported electronics and vehicles, short-chain chlorinated paraffins, and unintentional dioxin releases from open burning of rice straw and waste; it sets priorities and costs to 2030.", "2025", ("LA",), ("Ministry of Natural Resources and Environment of the Lao People's Democratic Republic",)),
    _r("l20b", "la-chm", "document", "en", "Updated NIP for POPs - Lao PDR", "MONRE's update: PFOS foams, flame retardants in e-goods and cars, chlorinated paraffins, open burning, priorities to 2030.", "2025", (), ("MONRE",)),
    _r("l20x", "synergies", "document", "en", "National implementation plan of the Lao People's Democratic Republic for the Stockholm Convention", "The first plan, on the initial twelve POPs.", "2008", ("LA",), ("Water Resources and Environment Administration of the Lao People's Democratic Republic",)),
    # 21 a Rotterdam import response on the conventions' site and on the national node (a short title, no country); the same country's response for another chemical; the neighbour's response for the same chemical
    _r("l21a", "synergies", "document", "en", "Import response of Serbia for carbofuran (Annex III, pesticide)", "Serbia does not consent to the import of carbofuran: all uses as a plant protection product are banned, no product is registered, and the decision applies to all formulations.", "2025", ("RS",), ("Ministry of Environmental Protection of Serbia",)),
    _r("l21b", "rs-chm", "document", "en", "Carbofuran - no import consent", "No registered products, all formulations banned.", None, ()),
    _r("l21x", "synergies", "document", "en", "Import response of Serbia for methyl bromide (Annex III, pesticide)", "Serbia's response for another pesticide.", "2025", ("RS",), ("Ministry of Environmental Protection of Serbia",)),
    _r("l21y", "synergies", "document", "en", "Import response of Croatia for carbofuran (Annex III, pesticide)", "Croatia's response for the same pesticide.", "2025", ("HR",), ("Ministry of Agriculture of Croatia",)),
    # 22 a Rotterdam designated national authority on the conventions' site and on the national node (another title, no country); the same country's Stockholm contact point
    _r("l22a", "synergies", "contact-point", "en", "Rotterdam Convention designated national authority for pesticides: Samoa", "The Ministry of Agriculture and Fisheries is Samoa's designated national authority for pesticides under the Rotterdam Convention and answers export notifications and import responses.", "2025", ("WS",), ("Ministry of Agriculture and Fisheries of Samoa",)),
    _r("l22b", "ws-chm", "contact-point", "en", "PIC contact for pesticides (MAF)", "Our authority for pesticide export notifications and import responses.", None, (), ("MAF",)),
    _r("l22x", "synergies", "contact-point", "en", "Stockholm Convention official contact point: Samoa", "Samoa's contact point for the Stockholm Convention at the environment ministry.", "2025", ("WS",), ("Ministry of Natural Resources and Environment of Samoa",)),
    # 23 a Minamata initial assessment on the Minamata clearing-house and on the national node (a typo, shorter, no country); another island country's assessment from the same template
    _r("l23a", "mercury-ch", "document", "en", "Minamata Initial Assessment of Kiribati", "The assessment finds that Kiribati has no mercury mining or industry: mercury enters in fluorescent lamps, batteries, dental amalgam and skin-lightening creams; waste is dumped or burnt on atolls; the report inventories releases, reviews the laws and recommends ratification steps.", "2025", ("KI",), ("Ministry of Environment, Lands and Agricultural Development of Kiribati",)),
    _r("l23b", "ki-chm", "document", "en", "Mercury initial assesment - Kiribati", "Lamps, batteries, amalgam and creams; dumping and burning on atolls; inventory, laws and next steps.", "2025", ()),
    _r("l23y", "mercury-ch", "document", "en", "Minamata Initial Assessment of Tuvalu", "Tuvalu's assessment: lamps, batteries and waste burning.", "2025", ("TV",), ("Department of Environment of Tuvalu",)),
    # 24 an ASGM national action plan on the Minamata clearing-house and on the national node (acronym, no country, no date); the same country's initial assessment
    _r("l24a", "mercury-ch", "document", "en", "National action plan on artisanal and small-scale gold mining of Eritrea", "Under Article 7 of the Minamata Convention, Eritrea's plan estimates the mercury used by small gold miners in the Gash-Barka and Debub regions, sets a target to end whole-ore amalgamation and the burning of amalgam in homes, proposes gravity concentration and retorts, health checks for miners' families, and a registration scheme for miners.", "2025", ("ER",), ("Ministry of Land, Water and Environment of Eritrea",)),
    _r("l24b", "er-chm", "document", "en", "ASGM NAP", "Mercury use in Gash-Barka and Debub, end of whole-ore amalgamation, retorts, health checks, registering miners.", None, ()),
    _r("l24x", "mercury-ch", "document", "en", "Minamata Initial Assessment of Eritrea", "Eritrea's initial assessment of mercury sources and laws.", "2023", ("ER",), ("Ministry of Land, Water and Environment of Eritrea",)),
    # 25 an HCFC phase-out plan stage on the Multilateral Fund's site and on the national node (project number missing, shorter, no country); the previous stage
    _r("l25a", "mlf", "project", "en", "HCFC phase-out management plan, stage II: Oman", "Stage II phases out HCFC-22 used to service air-conditioners in Oman by 2030: training of technicians and their certification, recovery and recycling equipment, a quota system for importers, customs training at Sohar and Muscat, and awareness among building owners.", "2025", ("OM",), ("Environment Authority of Oman",), ("OMA/PHA/95/INV/31",)),
    _r("l25b", "om-chm", "project", "en", "HPMP stage 2 approved", "Technicians certified, recovery kits, import quotas, customs training and awareness to end HCFC-22 by 2030.", "2025", (), ("EA",)),
    _r("l25x", "mlf", "project", "en", "HCFC phase-out management plan, stage I: Oman", "The first stage of Oman's plan, 2011-2020.", "2011", ("OM",), ("Ministry of Environment and Climate Affairs of Oman",), ("OMA/PHA/63/INV/19",)),
    # 26 a Kigali HFC plan in English (Multilateral Fund) and Arabic (national node, no country, no project number); the same country's HCFC plan
    _r("l26a", "mlf", "project", "en", "Kigali HFC implementation plan, stage I: Kuwait", "The plan starts the phase-down of hydrofluorocarbons in Kuwait: a licensing system for HFC imports, a survey of HFC use in car and building air-conditioning, training of servicing technicians in flammable refrigerants, and the conversion of a foam plant to low-GWP blowing agents.", "2026", ("KW",), ("Environment Public Authority of Kuwait",), ("KUW/KIP/97/INV/12",)),
    _r("l26b", "kw-chm", "project", "ar", "خطة تنفيذ تعديل كيغالي للمركبات الكربونية الهيدروفلورية، المرحلة الأولى", "بدء الخفض التدريجي للمركبات الكربونية الهيدروفلورية: نظام ترخيص للواردات، ومسح لاستخدامها في تكييف السيارات والمباني، وتدريب فنيي الصيانة على المبردات القابلة للاشتعال، وتحويل مصنع رغوة إلى عوامل نفخ منخفضة الاحترار.", "2026", ()),
    _r("l26x", "mlf", "project", "en", "HCFC phase-out management plan, stage II: Kuwait", "Kuwait's plan for HCFCs, not HFCs.", "2021", ("KW",), ("Environment Public Authority of Kuwait",), ("KUW/PHA/88/INV/10",)),
    # 27 a national ozone unit on the ozone secretariat's site and on the national node (another title, no country); the same country's Minamata focal point
    _r("l27a", "ozone", "contact-point", "en", "National Ozone Unit of Belize", "The National Ozone Unit in the Department of the Environment of Belize runs the licensing of refrigerant imports and reports consumption under the Montreal Protocol.", "2025", ("BZ",), ("Department of the Environment of Belize",)),
    _r("l27b", "bz-chm", "contact-point", "en", "Ozone office - DOE Belize", "Refrigerant import licences and Montreal Protocol data.", None, (), ("DOE",)),
    _r("l27y", "mercury-ch", "contact-point", "en", "Minamata Convention national focal point of Belize", "The focal point of Belize for the Minamata Convention on Mercury.", "2025", ("BZ",), ("Department of the Environment of Belize",)),
    # 28 BRS technical guidelines in English, French and Spanish; the draft of the same guidelines
    _r("l28a", "synergies", "document", "en", "Technical guidelines on the environmentally sound management of waste solar photovoltaic panels", "The guidelines adopted by the Conference of the Parties to the Basel Convention describe how to collect, store, transport, dismantle and recycle end-of-life photovoltaic panels, recover silver, silicon and glass, handle panels containing cadmium or lead, and tell used panels from waste at the border.", "2025", (), ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",), ("UNEP/CHW.17/6/Add.4",)),
    _r("l28b", "synergies-fr", "document", "fr", "Directives techniques sur la gestion écologiquement rationnelle des déchets de panneaux solaires photovoltaïques", "Ces directives adoptées par la Conférence des Parties à la Convention de Bâle expliquent comment collecter, stocker, transporter, démonter et recycler les panneaux photovoltaïques en fin de vie, récupérer l'argent, le silicium et le verre, traiter les panneaux contenant du cadmium ou du plomb et distinguer à la frontière les panneaux usagés des déchets.", "2025", (), ("Secrétariat des Conventions de Bâle, de Rotterdam et de Stockholm",), ("UNEP/CHW.17/6/Add.4",)),
    _r("l28c", "synergies-es", "document", "es", "Directrices técnicas sobre el manejo ambientalmente racional de los desechos de paneles solares fotovoltaicos", "Directrices aprobadas por la Conferencia de las Partes en el Convenio de Basilea sobre la recogida, el almacenamiento, el transporte, el desmontaje y el reciclado de paneles fotovoltaicos al final de su vida útil, la recuperación de plata, silicio y vidrio, los paneles con cadmio o plomo y la distinción en frontera entre paneles usados y desechos.", "2025", (), ("Secretaría de los Convenios de Basilea, Rotterdam y Estocolmo",)),
    _r("l28x", "synergies", "document", "en", "Draft technical guidelines on the environmentally sound management of waste solar photovoltaic panels", "The draft sent to Parties for comments before the meeting.", "2024", (), ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",), ("UNEP/CHW/OEWG.14/INF/9",)),
    # 29 an updated Stockholm NIP in English (conventions' site) and Russian (national node, no country); the first NIP
    _r("l29a", "synergies", "document", "en", "Updated national implementation plan of Uzbekistan for the Stockholm Convention", "Uzbekistan's update covers stockpiles of obsolete pesticides from the cotton era buried at former airstrips, PCBs in old transformers of the power grid, PFOS and flame retardants in imports, and dioxins from open burning of cotton stalks and waste; it sets priorities and costs to 2035.", "2025", ("UZ",), ("Ministry of Ecology, Environmental Protection and Climate Change of Uzbekistan",)),
    _r("l29b", "uz-chm", "document", "ru", "Обновлённый национальный план выполнения Стокгольмской конвенции", "Запасы устаревших пестицидов хлопковой эпохи на бывших аэродромах, ПХБ в старых трансформаторах, ПФОС и антипирены в импорте, диоксины от сжигания стеблей хлопчатника и отходов; приоритеты и затраты до 2035 года.", "2025", ()),
    _r("l29x", "synergies", "document", "en", "National implementation plan of Uzbekistan for the Stockholm Convention", "The first plan of Uzbekistan.", "2010", ("UZ",), ("State Committee for Nature Protection of Uzbekistan",)),
    # 30 a request for assistance in English (information portal) and Spanish (portal in Spanish, no country); a second request of the same country; the neighbour's request from the same template
    _r("l30a", "infocap", "need", "en", "Request for assistance to reduce mercury use in artisanal gold mining in Nicaragua", "Nicaragua requests technical and financial support to introduce mercury-free processing in artisanal gold mining communities of the Mining Triangle (Siuna, Rosita, Bonanza): demonstration plants, training of miners' cooperatives, and health monitoring of families.\nType of support: technical assistance, funding", "2025", ("NI",), ("Ministry of Environment and Natural Resources of Nicaragua",)),
    _r("l30b", "infocap-es", "need", "es", "Solicitud de asistencia para reducir el uso de mercurio en la minería artesanal de oro", "Apoyo técnico y financiero para introducir el procesamiento sin mercurio en comunidades mineras del Triángulo Minero: plantas demostrativas, capacitación de cooperativas y vigilancia de la salud de las familias.\nTipo de apoyo: asistencia técnica, financiamiento", "2025", ()),
    _r("l30x", "infocap", "need", "en", "Request for assistance to build a hazardous waste inventory in Nicaragua", "A second request of Nicaragua, on hazardous waste.\nType of support: technical assistance", "2025", ("NI",), ("Ministry of Environment and Natural Resources of Nicaragua",)),
    _r("l30y", "infocap", "need", "en", "Request for assistance to reduce mercury use in artisanal gold mining in Honduras", "Honduras requests the same kind of support for miners in Olancho.\nType of support: technical assistance", "2025", ("HN",), ("Secretariat of Natural Resources and Environment of Honduras",)),
    # 31 an offer in English and French (information portal in both; the French copy without country); the next intake
    _r("l31a", "infocap", "support-source", "en", "Offer: training on PCB inventories and phase-out for French-speaking African countries, 2026 intake", "The Stockholm Convention regional centre in Senegal offers a four-week course for electricity utilities and environment ministries on identifying PCB-containing transformers and capacitors, sampling oils, keeping a national inventory, and planning safe storage and disposal before 2028.\nType of support: training\nEligible countries: French-speaking African Parties", "2026", ("SN",), ("Stockholm Convention Regional Centre for French-speaking African countries",)),
    _r("l31b", "infocap-fr", "support-source", "fr", "Offre : formation aux inventaires et à l'élimination des PCB pour les pays africains francophones, session 2026", "Le centre régional de la Convention de Stockholm au Sénégal propose un cours de quatre semaines aux sociétés d'électricité et aux ministères de l'environnement : repérer les transformateurs et condensateurs aux PCB, prélever les huiles, tenir un inventaire national et planifier le stockage et l'élimination avant 2028.\nType d'appui : formation\nPays éligibles : pays africains francophones", "2026", ()),
    _r("l31y", "infocap", "support-source", "en", "Offer: training on PCB inventories and phase-out for French-speaking African countries, 2027 intake", "The next intake of the same course.", "2027", ("SN",), ("Stockholm Convention Regional Centre for French-speaking African countries",)),
    # 32 a request in French (portal in French) and English (national node, no country); a second request of the same country; the offer that could answer it is item 31
    _r("l32a", "infocap-fr", "need", "fr", "Demande d'appui pour l'inventaire des transformateurs contenant des PCB au Niger", "Le Niger sollicite une formation et un appui en équipement pour inventorier les transformateurs et condensateurs de la société nationale d'électricité à Niamey, Zinder et Maradi, prélever et analyser les huiles et étiqueter les appareils contaminés.\nType d'appui : formation, équipement", "2025", ("NE",), ("Ministère de l'Environnement du Niger",)),
    _r("l32b", "ne-chm", "need", "en", "Request: help with the PCB transformer inventory", "Training and test kits to inventory the power company's transformers and capacitors in Niamey, Zinder and Maradi, sample oils and label contaminated units.\nType of support: training, equipment", "2025", ()),
    _r("l32x", "infocap-fr", "need", "fr", "Demande d'appui pour l'élimination des stocks de pesticides périmés au Niger", "Une seconde demande du Niger, sur les pesticides périmés des anciens magasins phytosanitaires.\nType d'appui : assistance technique, financement", "2025", ("NE",), ("Ministère de l'Environnement du Niger",)),
    # 33 a Minamata initial assessment in English (Minamata clearing-house) and Russian (national node, no country); the neighbour's assessment
    _r("l33a", "mercury-ch", "document", "en", "Minamata Initial Assessment of Kyrgyzstan", "Kyrgyzstan's assessment covers the legacy of the Khaidarkan mercury mine and smelter, mercury in tailings along rivers of the Batken region, emissions from coal power and heating, mercury-added products, and the laws to be changed before ratification.", "2025", ("KG",), ("Ministry of Natural Resources, Ecology and Technical Supervision of Kyrgyzstan",)),
    _r("l33b", "kg-chm", "document", "ru", "Первоначальная оценка по Минаматской конвенции: Кыргызстан", "Наследие Хайдарканского ртутного комбината, ртуть в хвостах вдоль рек Баткенской области, выбросы угольной энергетики и отопления, продукты с добавлением ртути и законы, которые нужно изменить.", "2025", ()),
    _r("l33y", "mercury-ch", "document", "en", "Minamata Initial Assessment of Tajikistan", "Tajikistan's assessment: coal, products and waste.", "2025", ("TJ",), ("Committee for Environmental Protection of Tajikistan",)),
    # 34 a green customs workshop in English (ozone secretariat) and Arabic (national node, no country, no dates); the previous edition
    _r("l34a", "ozone", "event", "en", "Green Customs workshop for Iraq on ozone-depleting substances, HFCs and chemicals, Basra, 2026", "Customs officers at Umm Qasr port and the land borders learn to check import licences for refrigerants, use refrigerant identifiers, spot mislabelled cylinders and banned pesticides, and report seizures to the national ozone unit.", "2026", ("IQ",), ("UNEP OzonAction",), ("GCI-WA-2026-04",)),
    _r("l34b", "iq-chm", "event", "ar", "ورشة الجمارك الخضراء في البصرة بشأن المواد المستنفدة للأوزون والمواد الكيميائية", "تدريب موظفي الجمارك في ميناء أم قصر والمنافذ البرية على فحص تراخيص استيراد المبردات واستخدام أجهزة التعرف عليها وكشف الأسطوانات المزورة والمبيدات المحظورة والإبلاغ عن الضبطيات.", None, ()),
    _r("l34x", "ozone", "event", "en", "Green Customs workshop for Iraq on ozone-depleting substances, HFCs and chemicals, Erbil, 2024", "The earlier workshop, in Erbil in 2024.", "2024", ("IQ",), ("UNEP OzonAction",), ("GCI-WA-2024-02",)),
    # 35 an offer in English (conventions' site) and Chinese (national node, no country); the earlier intake
    _r("l35a", "synergies", "support-source", "en", "Offer: training on environmentally sound recycling of waste lead-acid batteries for Asia-Pacific countries, 2026", "The Basel Convention regional centre in China offers a ten-day course for environment officers and recyclers of Asia-Pacific countries: collection of used batteries, licensing of smelters, controls on lead emissions and workers' blood lead, and the paperwork for transboundary movements.\nType of support: training\nEligible countries: Asia-Pacific Parties", "2026", ("CN",), ("Basel Convention Regional Centre for Asia and the Pacific",)),
    _r("l35b", "cn-chm", "support-source", "zh", "亚太国家废铅酸蓄电池环境无害化回收培训（2026年）", "巴塞尔公约亚太区域中心为亚太国家环境官员和回收企业举办为期十天的培训：废电池收集、冶炼厂许可、铅排放控制和工人血铅监测，以及越境转移文件。\n支持类型：培训", "2026", ()),
    _r("l35x", "synergies", "support-source", "en", "Offer: training on environmentally sound recycling of waste lead-acid batteries for Asia-Pacific countries, 2024", "The same centre's course of 2024, closed.", "2024", ("CN",), ("Basel Convention Regional Centre for Asia and the Pacific",)),
    # 36 a Minamata initial assessment in English (Minamata clearing-house) and Portuguese (national node, no country); the neighbour's assessment from the same template
    _r("l36a", "mercury-ch", "document", "en", "Minamata Initial Assessment of Guinea-Bissau", "Guinea-Bissau's assessment finds mercury in artisanal gold panning in the east, in lamps, batteries and skin-lightening creams sold in Bissau markets, and in open burning of waste; it reviews the laws, the laboratories and the ministries involved and lists priorities.", "2025", ("GW",), ("Ministry of Environment and Biodiversity of Guinea-Bissau",)),
    _r("l36b", "gw-chm", "document", "pt", "Avaliação inicial da Convenção de Minamata: Guiné-Bissau", "Mercúrio na garimpagem artesanal de ouro no leste, em lâmpadas, pilhas e cremes clareadores vendidos nos mercados de Bissau e na queima de resíduos; leis, laboratórios e prioridades.", "2025", ()),
    _r("l36y", "mercury-ch", "document", "en", "Minamata Initial Assessment of Cabo Verde", "Cabo Verde's assessment: lamps, batteries and waste.", "2025", ("CV",), ("National Directorate of Environment of Cabo Verde",)),
]  # fmt: skip

SAME: list[tuple[str, str]] = [
    ("cbd-chm:l01a", "ro-chm:l01b"),
    ("cbd-chm:l02a", "ph-chm:l02b"),
    ("bch:l03a", "sk-chm:l03b"),
    ("bch:l04a", "ph-chm:l04b"),
    ("abs-ch:l05a", "bz-chm:l05b"),
    ("ramsar:l06a", "hu-chm:l06b"),
    ("ramsar:l07a", "ramsar-fr:l07b"),
    ("ramsar:l07a", "ramsar-es:l07c"),
    ("ramsar-fr:l07b", "ramsar-es:l07c"),
    ("cites:l08a", "ir-chm:l08b"),
    ("cites:l09a", "hr-chm:l09b"),
    ("cbd-chm:l10a", "kw-chm:l10b"),
    ("cbd-chm:l11a", "iq-chm:l11b"),
    ("abs-ch:l12a", "tj-chm:l12b"),
    ("ramsar:l13a", "mr-chm:l13b"),
    ("cbd-chm:l14a", "cbd-chm-fr:l14b"),
    ("cbd-chm:l15a", "py-chm:l15b"),
    ("abs-ch:l16a", "st-chm:l16b"),
    ("cites-fr:l17a", "dj-chm:l17b"),
    ("cbd-chm:l18a", "tv-chm:l18b"),
    ("synergies:l19a", "si-chm:l19b"),
    ("synergies:l20a", "la-chm:l20b"),
    ("synergies:l21a", "rs-chm:l21b"),
    ("synergies:l22a", "ws-chm:l22b"),
    ("mercury-ch:l23a", "ki-chm:l23b"),
    ("mercury-ch:l24a", "er-chm:l24b"),
    ("mlf:l25a", "om-chm:l25b"),
    ("mlf:l26a", "kw-chm:l26b"),
    ("ozone:l27a", "bz-chm:l27b"),
    ("synergies:l28a", "synergies-fr:l28b"),
    ("synergies:l28a", "synergies-es:l28c"),
    ("synergies-fr:l28b", "synergies-es:l28c"),
    ("synergies:l29a", "uz-chm:l29b"),
    ("infocap:l30a", "infocap-es:l30b"),
    ("infocap:l31a", "infocap-fr:l31b"),
    ("infocap-fr:l32a", "ne-chm:l32b"),
    ("mercury-ch:l33a", "kg-chm:l33b"),
    ("ozone:l34a", "iq-chm:l34b"),
    ("synergies:l35a", "cn-chm:l35b"),
    ("mercury-ch:l36a", "gw-chm:l36b"),
]
"""The pairs that are one item (40: 36 items, two of them in three languages; 18 pairs in one
language, 22 across languages, 8 of those with Arabic, Chinese or Russian)."""

NEAR_MISSES: list[tuple[str, str]] = [
    ("cbd-chm:l01a", "cbd-chm:l01x"), ("ro-chm:l01b", "cbd-chm:l01x"), ("cbd-chm:l01a", "cbd-chm:l01y"),
    ("ro-chm:l01b", "cbd-chm:l01y"), ("cbd-chm:l02a", "cbd-chm:l02y"), ("ph-chm:l02b", "cbd-chm:l02y"),
    ("bch:l03a", "bch:l03x"), ("sk-chm:l03b", "bch:l03x"), ("bch:l04a", "bch:l04x"),
    ("ph-chm:l04b", "bch:l04x"), ("abs-ch:l05a", "abs-ch:l05x"), ("bz-chm:l05b", "abs-ch:l05x"),
    ("ramsar:l06a", "ramsar:l06y"), ("hu-chm:l06b", "ramsar:l06y"), ("ramsar:l07a", "ramsar:l07x"),
    ("ramsar-fr:l07b", "ramsar:l07x"), ("ramsar-es:l07c", "ramsar:l07x"), ("cites:l08a", "cites:l08y"),
    ("ir-chm:l08b", "cites:l08y"), ("cites:l09a", "cites:l09x"), ("hr-chm:l09b", "cites:l09x"),
    ("cbd-chm:l10a", "cbd-chm:l10x"), ("kw-chm:l10b", "cbd-chm:l10x"), ("cbd-chm:l11a", "cbd-chm:l11y"),
    ("iq-chm:l11b", "cbd-chm:l11y"), ("abs-ch:l12a", "abs-ch:l12x"), ("tj-chm:l12b", "abs-ch:l12x"),
    ("ramsar:l13a", "ramsar:l13y"), ("mr-chm:l13b", "ramsar:l13y"), ("cbd-chm:l14a", "cbd-chm:l14x"),
    ("cbd-chm-fr:l14b", "cbd-chm:l14x"), ("cbd-chm:l15a", "cbd-chm:l15x"), ("py-chm:l15b", "cbd-chm:l15x"),
    ("abs-ch:l16a", "abs-ch:l16y"), ("st-chm:l16b", "abs-ch:l16y"), ("cites-fr:l17a", "cites-fr:l17x"),
    ("dj-chm:l17b", "cites-fr:l17x"), ("cbd-chm:l18a", "cbd-chm:l18y"), ("tv-chm:l18b", "cbd-chm:l18y"),
    ("synergies:l19a", "synergies:l19x"), ("si-chm:l19b", "synergies:l19x"), ("synergies:l20a", "synergies:l20x"),
    ("la-chm:l20b", "synergies:l20x"), ("synergies:l21a", "synergies:l21x"), ("rs-chm:l21b", "synergies:l21x"),
    ("synergies:l21a", "synergies:l21y"), ("rs-chm:l21b", "synergies:l21y"), ("synergies:l22a", "synergies:l22x"),
    ("ws-chm:l22b", "synergies:l22x"), ("mercury-ch:l23a", "mercury-ch:l23y"), ("ki-chm:l23b", "mercury-ch:l23y"),
    ("mercury-ch:l24a", "mercury-ch:l24x"), ("er-chm:l24b", "mercury-ch:l24x"), ("mlf:l25a", "mlf:l25x"),
    ("om-chm:l25b", "mlf:l25x"), ("mlf:l26a", "mlf:l26x"), ("kw-chm:l26b", "mlf:l26x"),
    ("ozone:l27a", "mercury-ch:l27y"), ("bz-chm:l27b", "mercury-ch:l27y"), ("synergies:l28a", "synergies:l28x"),
    ("synergies-fr:l28b", "synergies:l28x"), ("synergies-es:l28c", "synergies:l28x"), ("synergies:l29a", "synergies:l29x"),
    ("uz-chm:l29b", "synergies:l29x"), ("infocap:l30a", "infocap:l30x"), ("infocap-es:l30b", "infocap:l30x"),
    ("infocap:l30a", "infocap:l30y"), ("infocap-es:l30b", "infocap:l30y"), ("infocap:l31a", "infocap:l31y"),
    ("infocap-fr:l31b", "infocap:l31y"), ("infocap-fr:l32a", "infocap-fr:l32x"), ("ne-chm:l32b", "infocap-fr:l32x"),
    ("mercury-ch:l33a", "mercury-ch:l33y"), ("kg-chm:l33b", "mercury-ch:l33y"), ("ozone:l34a", "ozone:l34x"),
    ("iq-chm:l34b", "ozone:l34x"), ("synergies:l35a", "synergies:l35x"), ("cn-chm:l35b", "synergies:l35x"),
    ("mercury-ch:l36a", "mercury-ch:l36y"), ("gw-chm:l36b", "mercury-ch:l36y"), ("cbd-chm:l01x", "cbd-chm:l01y"),
    ("synergies:l21x", "synergies:l21y"), ("infocap:l30x", "infocap:l30y"), ("infocap:l31a", "infocap-fr:l32a"),
    ("infocap-fr:l31b", "infocap-fr:l32a"), ("infocap:l31a", "ne-chm:l32b"), ("infocap-fr:l31b", "ne-chm:l32b"),
    ("mercury-ch:l23a", "mercury-ch:l36a"), ("mercury-ch:l33a", "mercury-ch:l36a"), ("mercury-ch:l23y", "mercury-ch:l36y"),
    ("mercury-ch:l23y", "mercury-ch:l33y"), ("cbd-chm:l10x", "cbd-chm:l15x"), ("mlf:l25x", "mlf:l26x"),
    ("mercury-ch:l24x", "mercury-ch:l36a"), ("infocap:l30x", "infocap-fr:l32x"),
]  # fmt: skip
"""Look-alikes written on purpose: different items (95 pairs)."""
