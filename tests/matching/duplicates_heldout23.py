# ruff: noqa: E501  (hand-written records: one record per line reads best)
"""A twenty-third held-out set of duplicate pairs and look-alikes, written by hand and labelled
before chm was run on it; its subject is both sides of the clearing-house network: biodiversity
(the CBD clearing-house and its national nodes, the Biosafety and ABS Clearing-Houses, Ramsar,
CITES) and chemicals and waste (the Basel, Rotterdam and Stockholm Conventions, the Minamata
Convention, the Montreal Protocol), with requests for assistance and the offers that could
answer them, about half each.

Why a twenty-third one: the earlier sets are to be measured once as held out, and the duplicate
rules, the vocabulary and the matching go on being changed while looking at sets 1-22, so a
further untouched set is kept; its record identifiers all start with ``i`` so it never clashes
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
document or the agency, the years, a subtitle dropped or added, a typo or a misspelt country,
such as ``Greece 7th NR (CBD) - as submitted``, ``NBSAP 2025-30 (Afganistan)``,
``Bt cotton trial (Mandalay) - risk assesment``, ``Wexford Slobs - Ramsar site sheet updated``,
``Minamata initial assesment - Fiji``, ``ASGM NAP of Liberia (Minamata Art. 7)``,
``Paraquat: import not allowed`` or ``Prior informed consent (PIC) - who to contact in
Poland``), mostly a one- or two-line description in other words; one copy without date,
country, identifier (site number, project number, certificate number, course number) and the
creator as an acronym (``YPEN``, ``NEPA``, ``DoA``, ``NES``, ``NPWS``, ``NParks``, ``DWNP``,
``EMA``, ``NAFDAC``, ``EPA``, ``NOU``) or in the national language (``Miljødirektoratet``) or
missing. All 18 pairs in one language are in English; in 7 the shorter description is under a
third of the other's length, in 11 the two copies share at most a quarter of the distinct words
of four letters or more of their titles and descriptions taken together, in 5 both. Official
translations across languages, the national copy without a country (and often without creator
or identifier), two of them in three languages (a CBD COP decision, Basel technical guidelines);
across languages the other copy is mostly a somewhat shorter translation (under a third of the
first's length once in 22 pairs).

Look-alikes that share most of their words: the previous report, plan, stage, edition, intake,
draft or decision of the same country or body; two countries' reports, strategies,
assessments, import responses, requests, trainings and site sheets built from one template; a
biosafety profile against the same country's focal point (and two countries' focal points); an
ABS profile against the same country's ABS focal point; a Management Authority against the same
country's Scientific Authority; a Rotterdam authority against the same country's Stockholm
contact point; a national ozone unit against the same country's Minamata focal point; a Kigali
HFC plan against the same country's HCFC plan; an ASGM action plan against the same country's
initial assessment; a risk assessment against the decision taken on it; a certificate of
compliance against the checkpoint communiqué that names it; a site sheet against another site
of the same country; a request against a second request of the same country, the neighbour's
request and the offer that could answer it; an offer against its previous or next intake; a
customs workshop against its previous edition; a CITES customs training against another one.

Provenance: written for chm in the style of the public pages of the CBD clearing-house (national
reports, strategies and action plans, a COP decision, a Bio-Bridge request), the Biosafety
Clearing-House (country profiles, focal points, a risk assessment and a decision on a confined
field trial), the ABS Clearing-House (country profiles, a focal point, a certificate of
compliance and a checkpoint communiqué), the Ramsar Convention (site information sheets), CITES
(management and scientific authorities, customs and enforcement trainings), the Basel, Rotterdam
and Stockholm Conventions (Basel national reports, an updated and a first national
implementation plan, import responses, a designated national authority and a contact point,
technical guidelines and their draft, regional centres' offers of training), the Minamata
Convention clearing-house (initial assessments, a national action plan on artisanal and
small-scale gold mining, a focal point), the Multilateral Fund and the Ozone Secretariat of the
Montreal Protocol (HCFC and Kigali plans, a national ozone unit, a Green Customs workshop),
INFOCAP-like pages (requests and offers), and national clearing-house nodes, in English, French,
Spanish, Portuguese, Arabic, Russian and Chinese. The countries are mostly ones the earlier
twenty-two sets use least (Greece, Cyprus, Afghanistan, South Sudan, Latvia, Myanmar, the Cook
Islands, Ireland, Denmark, Singapore, Saudi Arabia, Belarus, Monaco, Andorra, Timor-Leste,
Equatorial Guinea, Botswana, Bolivia, Libya, Tunisia, Norway, Zimbabwe, Poland, Nigeria,
Liberia, Fiji, the Federated States of Micronesia, Grenada, Saint Vincent and the Grenadines,
Barbados, the United Arab Emirates, the Comoros, Madagascar, Armenia, Georgia, Angola,
Mozambique, Lebanon...). Countries, conventions, bodies, agencies, species, sites and towns are
real; the titles, texts, dates and identifiers (site, project, certificate, communiqué, course
and workshop numbers, decision numbers) and some names of units are written for this set. No
text was copied from the pages or from the earlier sets.

Counts: 112 records; 40 ``SAME`` pairs (36 items, two of them in three languages): 18 pairs in
one language (a national node's rewording, all in English) and 22 across languages (English with
French 3 items, with Spanish 4, with Portuguese 2, with Arabic 4, with Russian 2, with Chinese 1;
English, French and Spanish 2 items, 3 pairs each); 18 items on the biodiversity side and 18 on
chemicals and waste and requests and offers; 97 ``NEAR_MISSES``.

Labelling criteria (as in the earlier sets):

* ``SAME``: both records describe the same document (the same edition, version, year, stage,
  update or reporting cycle), meeting, workshop or course (the same session or intake), project
  (the same stage), need (the same request of the same country), offer (the same call, round or
  intake), country profile or contact point (the same role of the same country), in any
  language, on any node, under any identifier.
* Every other two records of this file are **different items**; ``NEAR_MISSES`` lists the
  look-alikes written on purpose (the records whose identifier ends in x or y, against each copy
  of the item they imitate, and nineteen pairs of look-alikes against each other, of a request
  against the offer that could answer it, or of records built from the same template).

``SAME`` is closed under transitivity (an item in three languages gives three pairs).
"""

from __future__ import annotations

from typing import Any

from tests.matching.duplicates_heldout4 import _r

RECORDS: list[dict[str, Any]] = [
    # 1 a CBD national report on the central clearing-house and on the national node (a short title, the ministry by acronym, no country, no date); the previous report and the neighbour's report
    _r("i01a", "cbd-chm", "document", "en", "Seventh national report of Greece to the Convention on Biological Diversity", "Greece reports on the national targets adopted after the Kunming-Montreal Global Biodiversity Framework: the new management bodies of Natura 2000 sites, the monk seal and loggerhead turtle beaches of the Ionian and Aegean islands, wildfire recovery of pine forests in Evia, the Evros and Axios deltas, marine protected areas in the southern Aegean, and the national biodiversity monitoring programme.", "2026", ("GR",), ("Ministry of Environment and Energy of Greece",)),
    _r("i01b", "gr-chm", "document", "en", "Greece 7th NR (CBD) - as submitted", "YPEN: Natura bodies, seals and turtles, Evia after the fires, river deltas, new marine parks, monitoring.", None, (), ("YPEN",)),
    _r("i01x", "cbd-chm", "document", "en", "Sixth national report of Greece to the Convention on Biological Diversity", "Greece's report on the Aichi Biodiversity Targets, submitted in 2019.", "2019", ("GR",), ("Ministry of Environment and Energy of Greece",)),
    _r("i01y", "cbd-chm", "document", "en", "Seventh national report of Cyprus to the Convention on Biological Diversity", "Cyprus reports on its national targets: Natura 2000, the Akamas peninsula, turtles and the mouflon.", "2026", ("CY",), ("Department of Environment of Cyprus",)),
    # 2 an NBSAP on the central clearing-house and on the national node (the acronym, the years, typos); the neighbour's NBSAP from the same template
    _r("i02a", "cbd-chm", "document", "en", "National Biodiversity Strategy and Action Plan of Afghanistan 2025-2030", "Afghanistan's plan sets targets for the pistachio woodlands of the north, the juniper and oak forests of the east, the Wakhan corridor and its snow leopards and Marco Polo sheep, Band-e-Amir National Park, the wetlands of the Sistan basin, and community rangeland management.", "2025", ("AF",), ("National Environmental Protection Agency of Afghanistan",)),
    _r("i02b", "af-chm", "document", "en", "NBSAP 2025-30 (Afganistan)", "NEPA: pistacho woodlands, eastern forests, Wakhan wildlife, Band-e-Amir, Sistan wetlands and rangelands.", "2025", (), ("NEPA",)),
    _r("i02y", "cbd-chm", "document", "en", "National Biodiversity Strategy and Action Plan of South Sudan 2025-2030", "South Sudan's plan: the Sudd wetland, migrations of white-eared kob, and community forests.", "2025", ("SS",), ("Ministry of Environment and Forestry of South Sudan",)),
    # 3 a biosafety country profile on the BCH and on the national node (another title, a short text, no country); the same country's BCH focal point
    _r("i03a", "bch", "national-profile", "en", "Biosafety country profile: Latvia", "Latvia's profile under the Cartagena Protocol: the law on the circulation of genetically modified organisms, the ban on GM crop cultivation adopted by the parliament, the monitoring council, the food and veterinary service that checks imported feed, the register of contained uses at university laboratories, and links to the competent national authority.", "2025", ("LV",), ("Ministry of Smart Administration and Regional Development of Latvia",)),
    _r("i03b", "lv-chm", "national-profile", "en", "GMOs in Latvia: rules and who checks", "The GMO law, the cultivation ban, feed checks at import and laboratory registrations.", "2025", ()),
    _r("i03x", "bch", "contact-point", "en", "Cartagena Protocol national focal point: Latvia", "How to reach the national focal point of Latvia for the Cartagena Protocol on Biosafety.", "2025", ("LV",), ("Ministry of Smart Administration and Regional Development of Latvia",)),
    # 4 a risk assessment on the BCH (identifier) and on the national node (a short title, one line, no identifier, no country, no date); the decision taken on it
    _r("i04a", "bch", "document", "en", "Risk assessment: confined field trial of bollworm-resistant cotton in the Mandalay Region, Myanmar", "The assessment covers the inserted genes and their expression in leaves and bolls, gene flow to local cotton varieties through insect pollination, effects on honey bees and lady beetles, the persistence of the protein in soil, and the management of the trial plot: isolation distance, border rows, destruction of harvested material and post-harvest monitoring.", "2025", ("MM",), ("Department of Agriculture of Myanmar",), ("BCH-RA-MM-2025-03",)),
    _r("i04b", "mm-chm", "document", "en", "Bt cotton trial (Mandalay) - risk assesment", "Gene flow, bees and beetles, soil protein, and how the plot is isolated and cleared.", None, (), ("DoA",)),
    _r("i04x", "bch", "document", "en", "Decision on the confined field trial of bollworm-resistant cotton in the Mandalay Region, Myanmar", "The approval given on the basis of the risk assessment, and its conditions.", "2025", ("MM",), ("Department of Agriculture of Myanmar",), ("BCH-DEC-MM-2025-02",)),
    # 5 an ABS certificate on the ABS Clearing-House (identifier) and on the national node (another title, no identifier, no date); the checkpoint communiqué that names it
    _r("i05a", "abs-ch", "document", "en", "Internationally recognized certificate of compliance: access to noni and kava germplasm of the Cook Islands for a nutraceutical study", "The National Environment Service granted prior informed consent to a company to collect noni fruit and kava roots on Rarotonga and Atiu for a study of their active compounds; the mutually agreed terms require the consent of the island councils, a share of any sales, and the return of research results to growers.", "2025", ("CK",), ("National Environment Service of the Cook Islands",), ("ABSCH-IRCC-CK-260018",)),
    _r("i05b", "ck-chm", "document", "en", "Noni and kava study permitted", "NES consent for sampling on Rarotonga and Atiu, with island council agreement, benefit shares and results returned to growers.", None, (), ("NES",)),
    _r("i05x", "abs-ch", "document", "en", "Checkpoint communiqué: noni and kava germplasm of the Cook Islands", "A checkpoint reports the use of material covered by certificate ABSCH-IRCC-CK-260018 in a product development project.", "2026", ("CK",), ("National Environment Service of the Cook Islands",), ("ABSCH-CPC-CK-260004",)),
    # 6 a Ramsar site information sheet on the Ramsar site and on the national node (shorter, no site number, no country); another site of the same country
    _r("i06a", "ramsar", "document", "en", "Ramsar Information Sheet: Wexford Wildfowl Reserve (Ireland), 2025 update", "The updated sheet describes the reclaimed polders, the channels and the mudflats of Wexford Harbour, the Greenland white-fronted geese that winter there in numbers of international importance, the Bewick's and whooper swans, the grazing and grass management that keeps feeding areas open, and the risks of sea level rise to the sea walls.", "2025", ("IE",), ("National Parks and Wildlife Service of Ireland",), ("Ramsar site no. 1601",)),
    _r("i06b", "ie-chm", "document", "en", "Wexford Slobs - Ramsar site sheet updated", "Polders, channels and mudflats; Greenland white-fronts and swans in winter; grass management; sea walls at risk.", "2025", (), ("NPWS",)),
    _r("i06y", "ramsar", "document", "en", "Ramsar Information Sheet: The Raven (Ireland), 2025 update", "The updated sheet for The Raven dunes and woodland beside Wexford Harbour.", "2025", ("IE",), ("National Parks and Wildlife Service of Ireland",), ("Ramsar site no. 1602",)),
    # 7 a CBD COP decision in English, French and Spanish; the decision of the previous meeting on the same subject
    _r("i07a", "cbd-chm", "document", "en", "Decision 17/14: Biodiversity and health", "The Conference of the Parties invites Parties to include the links between biodiversity and human health in their national plans, to strengthen surveillance of diseases passed between wildlife, livestock and people, to reduce the risks of wildlife markets, and to report progress through their national reports.", "2026", (), ("Conference of the Parties to the Convention on Biological Diversity",)),
    _r("i07b", "cbd-chm-fr", "document", "fr", "Décision 17/14 : Biodiversité et santé", "La Conférence des Parties invite les Parties à intégrer les liens entre la biodiversité et la santé humaine dans leurs plans nationaux, à renforcer la surveillance des maladies transmises entre la faune sauvage, le bétail et les humains, à réduire les risques des marchés d'animaux sauvages et à rendre compte des progrès.", "2026", (), ("Conférence des Parties à la Convention sur la diversité biologique",)),
    _r("i07c", "cbd-chm-es", "document", "es", "Decisión 17/14: Diversidad biológica y salud", "La Conferencia de las Partes invita a las Partes a incluir los vínculos entre la diversidad biológica y la salud humana en sus planes nacionales, a reforzar la vigilancia de las enfermedades transmitidas entre la fauna silvestre, el ganado y las personas, y a reducir los riesgos de los mercados de animales silvestres.", "2026", (), ("Conferencia de las Partes en el Convenio sobre la Diversidad Biológica",)),
    _r("i07x", "cbd-chm", "document", "en", "Decision 16/19: Biodiversity and health", "The decision of the previous meeting, which adopted the global action plan on biodiversity and health.", "2024", (), ("Conference of the Parties to the Convention on Biological Diversity",)),
    # 8 a CITES Management Authority on the CITES site and on the national node (another title, no country); the same country's Scientific Authority
    _r("i08a", "cites", "contact-point", "en", "CITES Management Authority of Denmark", "The Danish Environmental Protection Agency is the CITES Management Authority of Denmark: it issues import, export and re-export permits, certificates for travelling exhibitions and registration of captive-breeding operations, and is the contact for other Parties.", "2025", ("DK",), ("Danish Environmental Protection Agency",)),
    _r("i08b", "dk-chm", "contact-point", "en", "Applying for a CITES permit in Denmark", "The agency's CITES office handles permits, certificates and breeder registrations.", None, ()),
    _r("i08x", "cites", "contact-point", "en", "CITES Scientific Authority of Denmark", "The university institute that advises Denmark's Management Authority on non-detriment findings.", "2025", ("DK",), ("Aarhus University, Department of Ecoscience",)),
    # 9 a CITES customs training on the CITES site and on the national node (another title, a short text, no dates); the previous edition
    _r("i09a", "cites", "event", "en", "CITES enforcement training for customs and port officers, Singapore, March 2026", "A five-day course for officers of the ports and Changi airport on reading CITES permits, identifying pangolin scales, ivory, rosewood and live reptiles, sampling for forensic analysis, handling seized live animals, and exchanging information with authorities in Africa and Asia.", "2026", ("SG",), ("National Parks Board of Singapore",), ("CITES-TR-SG-2026-01",)),
    _r("i09b", "sg-chm", "event", "en", "Wildlife trade course for our customs officers", "NParks trains port and airport officers on permits, scales, ivory, timber, live reptiles, samples and seizures.", None, (), ("NParks",)),
    _r("i09x", "cites", "event", "en", "CITES enforcement training for customs and port officers, Singapore, March 2024", "The earlier course, held in 2024.", "2024", ("SG",), ("National Parks Board of Singapore",), ("CITES-TR-SG-2024-02",)),
    # 10 a CBD national report in English (central) and Arabic (national node, no country); the previous report
    _r("i10a", "cbd-chm", "document", "en", "Seventh national report of Saudi Arabia to the Convention on Biological Diversity", "Saudi Arabia reports on its national targets: the reintroduction of the Arabian oryx and the Arabian gazelle in royal reserves, the mangroves and coral reefs of the Red Sea coast, the juniper woodlands of the Asir mountains, the greening of degraded land, and the control of overgrazing by camels and goats.", "2026", ("SA",), ("National Center for Wildlife of Saudi Arabia",)),
    _r("i10b", "sa-chm", "document", "ar", "التقرير الوطني السابع للمملكة العربية السعودية إلى اتفاقية التنوع البيولوجي", "تعرض المملكة تقدمها نحو أهدافها الوطنية: إعادة توطين المها العربي والغزال في المحميات الملكية، وأشجار المانغروف والشعاب المرجانية على ساحل البحر الأحمر، وغابات العرعر في جبال عسير، وتشجير الأراضي المتدهورة، والحد من الرعي الجائر.", "2026", (), ("المركز الوطني لتنمية الحياة الفطرية",)),
    _r("i10x", "cbd-chm", "document", "en", "Sixth national report of Saudi Arabia to the Convention on Biological Diversity", "Saudi Arabia's report of 2019 on the Aichi targets.", "2019", ("SA",), ("National Center for Wildlife of Saudi Arabia",)),
    # 11 a Ramsar site sheet in English (Ramsar site) and Russian (national node, no country, no site number); another site of the same country
    _r("i11a", "ramsar", "document", "en", "Ramsar Information Sheet: Zvanets (Belarus)", "The sheet describes one of the largest open fen mires of Europe in the Pripyat basin, its sedge fens flooded in spring, the breeding aquatic warblers of global importance, the corncrakes and great snipes, the mowing that stops the fen turning into scrub, and the drainage canals that threaten it.", "2025", ("BY",), ("Ministry of Natural Resources and Environmental Protection of Belarus",), ("Ramsar site no. 1615",)),
    _r("i11b", "by-chm", "document", "ru", "Информационный лист Рамсарского угодья: Званец", "Одно из крупнейших открытых низинных болот Европы в бассейне Припяти: осоковые болота, весеннее затопление, вертлявая камышевка, коростель и дупель, сенокошение против зарастания кустарником, угроза от мелиоративных каналов.", "2025", ()),
    _r("i11y", "ramsar", "document", "en", "Ramsar Information Sheet: Sporovsky (Belarus)", "The sheet for the Sporovsky fen on the Yaselda river.", "2025", ("BY",), ("Ministry of Natural Resources and Environmental Protection of Belarus",), ("Ramsar site no. 1616",)),
    # 12 a CBD national report in English (central) and French (national node, no country); the neighbour's report from the same template
    _r("i12a", "cbd-chm", "document", "en", "Seventh national report of Monaco to the Convention on Biological Diversity", "Monaco reports on its national targets: the Larvotto and Spélugues marine protected areas, the Posidonia seagrass meadows and the ban on anchoring over them, the red coral and the dusky grouper, the green roofs and gardens of the city, and its funding of marine conservation abroad.", "2026", ("MC",), ("Department of the Environment of Monaco",)),
    _r("i12b", "mc-chm", "document", "fr", "Septième rapport national de Monaco à la Convention sur la diversité biologique", "Les aires marines protégées du Larvotto et des Spélugues, les herbiers de posidonie et l'interdiction du mouillage, le corail rouge et le mérou brun, les toitures végétalisées et jardins de la ville, et le financement de la conservation marine à l'étranger.", "2026", (), ("Direction de l'Environnement",)),
    _r("i12y", "cbd-chm", "document", "en", "Seventh national report of Andorra to the Convention on Biological Diversity", "Andorra reports on its national targets: mountain meadows, the Madriu-Perafita-Claror valley and the capercaillie.", "2026", ("AD",), ("Ministry of Environment, Agriculture and Sustainability of Andorra",)),
    # 13 a Ramsar site sheet in English (Ramsar site) and Portuguese (national node, no country, no site number); a wetland sheet of the same country for another site
    _r("i13a", "ramsar", "document", "en", "Ramsar Information Sheet: Lake Ira Lalaro (Timor-Leste)", "The sheet describes the largest freshwater lake of Timor-Leste in Nino Konis Santana National Park, whose level rises and falls with the rains and drains through a sinkhole, the waterbirds that gather on it, the endemic freshwater fish, the customary rules of the Fataluku people on fishing, and the pressure of buffalo grazing and burning.", "2025", ("TL",), ("Ministry of Agriculture, Livestock, Fisheries and Forestry of Timor-Leste",), ("Ramsar site no. 2540",)),
    _r("i13b", "tl-chm", "document", "pt", "Ficha informativa Ramsar: Lagoa Ira Lalaro", "O maior lago de água doce do país, no Parque Nacional Nino Konis Santana; nível que sobe e desce com as chuvas e escoa por um sumidouro; aves aquáticas, peixes endémicos, regras tradicionais Fataluku sobre a pesca; pastoreio de búfalos e queimadas.", "2025", ()),
    _r("i13y", "ramsar", "document", "en", "Ramsar Information Sheet: Tasitolu wetlands (Timor-Leste)", "The sheet for the salt lakes of Tasitolu west of Dili.", "2025", ("TL",), ("Ministry of Agriculture, Livestock, Fisheries and Forestry of Timor-Leste",), ("Ramsar site no. 2541",)),
    # 14 an NBSAP in English (central) and Spanish (national node, no country, no creator); the previous NBSAP
    _r("i14a", "cbd-chm", "document", "en", "National Biodiversity Strategy and Action Plan of Equatorial Guinea 2026-2035", "The plan sets targets for the forests of Monte Alén and Río Campo, the sea turtle nesting beaches and primates of Bioko island, the control of the bushmeat trade in Malabo and Bata markets, offshore oil spill preparedness, and a biodiversity information system shared by the ministries.", "2026", ("GQ",), ("Ministry of Agriculture, Livestock, Forests and Environment of Equatorial Guinea",)),
    _r("i14b", "gq-chm", "document", "es", "Estrategia y Plan de Acción Nacional de Biodiversidad 2026-2035", "Bosques de Monte Alén y Río Campo, playas de anidación de tortugas y primates de Bioko, comercio de carne de caza en los mercados de Malabo y Bata, derrames de petróleo y un sistema de información compartido.", "2026", ()),
    _r("i14x", "cbd-chm", "document", "en", "National Biodiversity Strategy and Action Plan of Equatorial Guinea 2015-2020", "The earlier strategy of Equatorial Guinea.", "2015", ("GQ",), ("Ministry of Fisheries and Environment of Equatorial Guinea",)),
    # 15 a Bio-Bridge request on the central clearing-house and on the national node (another title, shorter, no country); a second request of the same country
    _r("i15a", "cbd-chm", "need", "en", "Bio-Bridge request: support to track elephant movements and reduce crop raiding in the Okavango panhandle", "Botswana requests technical support and equipment to fit satellite collars on elephants around the Okavango panhandle, map their corridors to water, test chilli and beehive fences with farming villages, and train wildlife officers in analysing the data.\nType of support: technical assistance, equipment", "2025", ("BW",), ("Department of Wildlife and National Parks of Botswana",)),
    _r("i15b", "bw-chm", "need", "en", "Help wanted: elephants and farmers in the panhandle", "DWNP seeks collars, corridor mapping, chilli and beehive fences with villages, and training for officers.\nType of support: technical assistance, equipment", "2025", (), ("DWNP",)),
    _r("i15x", "cbd-chm", "need", "en", "Bio-Bridge request: support to survey vultures poisoned near the Central Kalahari Game Reserve", "A second request of Botswana, on vulture poisoning.\nType of support: technical assistance", "2025", ("BW",), ("Department of Wildlife and National Parks of Botswana",)),
    # 16 a biosafety country profile in English (BCH) and Spanish (national node, no country); the same country's BCH focal point
    _r("i16a", "bch", "national-profile", "en", "Biosafety country profile: Bolivia (Plurinational State of)", "Bolivia's profile under the Cartagena Protocol: the constitution's protection of native seeds, the national biosafety committee, the authorisations of herbicide-tolerant soybean, the procedures for importing grain for food and feed, the laboratories that test for GM events, and links to the competent national authority.", "2025", ("BO",), ("Vice-Ministry of Environment, Biodiversity, Climate Change and Forest Management of Bolivia",)),
    _r("i16b", "bo-chm", "national-profile", "es", "Perfil de país en bioseguridad: Bolivia", "Protección constitucional de las semillas nativas, comité nacional de bioseguridad, soya tolerante a herbicidas autorizada, importación de granos para alimento y pienso, laboratorios de detección de eventos transgénicos.", "2025", ()),
    _r("i16x", "bch", "contact-point", "en", "Cartagena Protocol national focal point: Bolivia (Plurinational State of)", "How to reach Bolivia's national focal point for the Cartagena Protocol.", "2025", ("BO",), ("Ministry of Foreign Affairs of Bolivia",)),
    # 17 a CITES customs training in English (CITES site) and Arabic (national node, no country, no dates); the same training in the neighbouring country
    _r("i17a", "cites", "event", "en", "CITES training for customs officers of Libya on illegal trade in reptiles, birds of prey and sharks, Misrata, 2026", "Customs and coast guard officers of Misrata and Tripoli ports learn to check CITES permits, identify spur-thighed tortoises, falcons, and shark fins in cargo, care for live animals after seizure, and pass seizure reports to the Management Authority.", "2026", ("LY",), ("CITES Secretariat",), ("CITES-TR-LY-2026-01",)),
    _r("i17b", "ly-chm", "event", "ar", "تدريب موظفي الجمارك على اتفاقية سايتس في مصراتة", "يتعلم موظفو الجمارك وخفر السواحل في مينائي مصراتة وطرابلس فحص تصاريح سايتس والتعرف على السلاحف والصقور وزعانف أسماك القرش في الشحنات، ورعاية الحيوانات الحية بعد ضبطها، وإبلاغ السلطة الإدارية.", None, ()),
    _r("i17y", "cites", "event", "en", "CITES training for customs officers of Tunisia on illegal trade in reptiles, birds of prey and sharks, Sfax, 2026", "The same course for Tunisia's customs at Sfax port.", "2026", ("TN",), ("CITES Secretariat",), ("CITES-TR-TN-2026-02",)),
    # 18 an ABS country profile in English (ABS Clearing-House) and French (national node, no country); the same country's ABS focal point
    _r("i18a", "abs-ch", "national-profile", "en", "ABS country profile: Tunisia", "Tunisia's profile under the Nagoya Protocol: the draft law on access to genetic resources and the sharing of benefits, the competent national authority in the environment ministry, the gene bank's collections of date palm, olive and barley varieties, the traditional knowledge of oasis farmers, and the permits issued so far.", "2025", ("TN",), ("Ministry of Environment of Tunisia",)),
    _r("i18b", "tn-chm", "national-profile", "fr", "Profil APA de la Tunisie", "Le projet de loi sur l'accès aux ressources génétiques et le partage des avantages, l'autorité nationale compétente, les collections de la banque de gènes (palmier dattier, olivier, orge), les savoirs des oasiens et les permis délivrés.", "2025", ()),
    _r("i18x", "abs-ch", "contact-point", "en", "Nagoya Protocol national focal point: Tunisia", "The national focal point of Tunisia on access and benefit-sharing.", "2025", ("TN",), ("Ministry of Environment of Tunisia",)),
    # 19 a Basel national report on the conventions' site and on the national node (another title, shorter, the agency by acronym, no country); the previous year's report
    _r("i19a", "synergies", "document", "en", "Basel Convention national report of Norway for 2024", "Norway reports the hazardous and other wastes it generated in 2024, its exports of fly ash and contaminated soil for treatment abroad, the imports of waste for recovery, the plastic waste entries that took effect, the illegal traffic cases found at ports, and its competent authority.", "2025", ("NO",), ("Norwegian Environment Agency",)),
    _r("i19b", "no-chm", "document", "en", "Hazardous waste figures 2024 sent to Basel", "Miljødirektoratet: waste generated, exports of fly ash and soil, imports, plastic waste and port cases.", "2025", (), ("Miljødirektoratet",)),
    _r("i19x", "synergies", "document", "en", "Basel Convention national report of Norway for 2023", "Norway's report on the year 2023.", "2024", ("NO",), ("Norwegian Environment Agency",)),
    # 20 an updated Stockholm NIP on the conventions' site and on the national node (the acronym, a subtitle, no country); the first NIP
    _r("i20a", "synergies", "document", "en", "Updated national implementation plan of Zimbabwe for the Stockholm Convention on Persistent Organic Pollutants", "The update adds the chemicals listed since the first plan: PFOS used in fire-fighting foams at airports, brominated flame retardants in imported electronics and vehicles, and dioxins from open burning at dumpsites and tobacco curing; it sets priorities and costs for 2026-2035.", "2025", ("ZW",), ("Environmental Management Agency of Zimbabwe",)),
    _r("i20b", "zw-chm", "document", "en", "Updated NIP: new POPs in Zimbabwe", "EMA's update: firefighting foams, flame retardants in e-waste and cars, dioxins from dumps and tobacco barns; priorities to 2035.", "2025", (), ("EMA",)),
    _r("i20x", "synergies", "document", "en", "National implementation plan of Zimbabwe for the Stockholm Convention", "The first plan of Zimbabwe.", "2012", ("ZW",), ("Ministry of Environment and Natural Resources Management of Zimbabwe",)),
    # 21 a Rotterdam designated national authority on the conventions' site and on the national node (another title, no country); the same country's Stockholm contact point
    _r("i21a", "synergies", "contact-point", "en", "Rotterdam Convention designated national authority for industrial chemicals: Poland", "The Bureau for Chemical Substances is Poland's designated national authority for industrial chemicals under the Rotterdam Convention: it sends export notifications, answers import responses and explicit consent requests, and is the contact for other Parties.", "2025", ("PL",), ("Bureau for Chemical Substances of Poland",)),
    _r("i21b", "pl-chm", "contact-point", "en", "Prior informed consent (PIC) - who to contact in Poland", "The Bureau's PIC desk: export notifications, import responses and consent requests for industrial chemicals.", None, ()),
    _r("i21x", "synergies", "contact-point", "en", "Stockholm Convention official contact point: Poland", "Poland's official contact point for the Stockholm Convention.", "2025", ("PL",), ("Ministry of Climate and Environment of Poland",)),
    # 22 an import response on the conventions' site and on the national node (a short title, one line, no country); the neighbour's response for the same chemical
    _r("i22a", "synergies", "document", "en", "Import response of Nigeria: paraquat dichloride formulations", "Nigeria's final decision under the Rotterdam Convention on future imports of paraquat dichloride formulations: no consent to import, following the national ban on registration and the poisoning cases reported by hospitals; stocks held by distributors are to be withdrawn.", "2025", ("NG",), ("National Agency for Food and Drug Administration and Control of Nigeria",)),
    _r("i22b", "ng-chm", "document", "en", "Paraquat: import not allowed", "NAFDAC's answer under the PIC procedure: no imports, registration banned, stocks withdrawn.", "2025", (), ("NAFDAC",)),
    _r("i22y", "synergies", "document", "en", "Import response of Liberia: paraquat dichloride formulations", "Liberia's response on paraquat: consent subject to conditions.", "2025", ("LR",), ("Environmental Protection Agency of Liberia",)),
    # 23 a Minamata initial assessment on the Minamata clearing-house and on the national node (a typo, a short text, no country); the neighbour's assessment
    _r("i23a", "mercury-ch", "document", "en", "Minamata Initial Assessment of Fiji", "Fiji's assessment finds mercury in gold processing at Vatukoula, in dental amalgam, in lamps and thermometers in hospitals, and in the open burning of waste on outer islands; it reviews the laws, the customs codes and the laboratories and lists the steps towards a mercury inventory and safe storage.", "2025", ("FJ",), ("Ministry of Environment and Climate Change of Fiji",)),
    _r("i23b", "fj-chm", "document", "en", "Minamata initial assesment - Fiji", "Gold processing, amalgam, hospital lamps and thermometers, waste burning; laws and next steps.", "2025", ()),
    _r("i23y", "mercury-ch", "document", "en", "Minamata Initial Assessment of the Federated States of Micronesia", "The assessment of the Federated States of Micronesia: lamps, batteries and waste.", "2025", ("FM",), ("Department of Environment, Climate Change and Emergency Management of Micronesia",)),
    # 24 an ASGM national action plan on the Minamata clearing-house and on the national node (the acronym, no country); the same country's initial assessment
    _r("i24a", "mercury-ch", "document", "en", "National action plan on artisanal and small-scale gold mining in Liberia", "The plan sets a baseline of mercury use in artisanal gold mining in Grand Cape Mount, Gbarpolu and Nimba counties, strategies to end whole-ore amalgamation and open burning of amalgam, cleaner gravity methods, miners' health, formalisation of mining licences, and a budget for 2026-2030.", "2025", ("LR",), ("Environmental Protection Agency of Liberia",)),
    _r("i24b", "lr-chm", "document", "en", "ASGM NAP of Liberia (Minamata Art. 7)", "EPA: mercury baseline in three counties, an end to whole-ore amalgamation, gravity methods, health, licences, 2026-2030 budget.", "2025", (), ("EPA",)),
    _r("i24x", "mercury-ch", "document", "en", "Minamata Initial Assessment of Liberia", "Liberia's initial assessment of mercury sources.", "2023", ("LR",), ("Environmental Protection Agency of Liberia",)),
    # 25 an HCFC phase-out plan stage on the Multilateral Fund site and on the national node (another title, no country, no project number); the previous stage
    _r("i25a", "mlf", "document", "en", "HCFC phase-out management plan of Grenada, stage III", "The third stage completes Grenada's phase-out of HCFC consumption by 2030: training and certification of refrigeration technicians, recovery and reuse of refrigerants, a ban on imports of HCFC-based equipment, support to hotels and fisheries cold rooms switching to low-global-warming alternatives, and licensing controls at customs.", "2025", ("GD",), ("National Ozone Unit of Grenada",), ("GRN/PHA/96/INV/29",)),
    _r("i25b", "gd-chm", "document", "en", "HPMP Stage 3 approved for Grenada", "NOU: technician certification, refrigerant recovery, equipment import ban, hotels and fish cold rooms, customs licensing; full phase-out by 2030.", "2025", (), ("NOU",)),
    _r("i25x", "mlf", "document", "en", "HCFC phase-out management plan of Grenada, stage II", "The second stage of Grenada's HCFC plan.", "2018", ("GD",), ("National Ozone Unit of Grenada",), ("GRN/PHA/81/INV/22",)),
    # 26 a Kigali HFC implementation plan on the Multilateral Fund site and on the national node (another title, shorter, no country); the same country's HCFC plan
    _r("i26a", "mlf", "document", "en", "Kigali HFC implementation plan of Saint Vincent and the Grenadines", "The plan prepares the HFC freeze of 2024 and the first reduction step: an HFC licensing and quota system, customs codes for HFC blends, training of technicians on flammable refrigerants, and incentives for cold chain operators at Kingstown port to adopt low-global-warming alternatives.", "2025", ("VC",), ("National Ozone Unit of Saint Vincent and the Grenadines",), ("STV/PHA/97/PRP/15",)),
    _r("i26b", "vc-chm", "document", "en", "Our plan to cut HFCs (Kigali Amendment)", "Licences and quotas, customs codes, technician training on flammables, and cold chain incentives at the port.", "2025", ()),
    _r("i26x", "mlf", "document", "en", "HCFC phase-out management plan of Saint Vincent and the Grenadines, stage II", "The HCFC plan of the same country.", "2019", ("VC",), ("National Ozone Unit of Saint Vincent and the Grenadines",), ("STV/PHA/83/INV/11",)),
    # 27 a national ozone unit on the Ozone Secretariat site and on the national node (another title, no country); the same country's Minamata focal point
    _r("i27a", "ozone", "contact-point", "en", "National Ozone Unit of Barbados", "The National Ozone Unit in the Ministry of Environment and National Beautification runs Barbados's licensing of ozone-depleting substances and HFCs, reports consumption data under Article 7 of the Montreal Protocol, and trains refrigeration technicians and customs officers.", "2025", ("BB",), ("Ministry of Environment and National Beautification of Barbados",)),
    _r("i27b", "bb-chm", "contact-point", "en", "Ozone office - contacts", "Licences for refrigerants, Article 7 data, technician and customs training.", None, ()),
    _r("i27y", "mercury-ch", "contact-point", "en", "Minamata Convention national focal point: Barbados", "Barbados's national focal point for the Minamata Convention.", "2025", ("BB",), ("Ministry of Environment and National Beautification of Barbados",)),
    # 28 technical guidelines in English, French and Spanish (the conventions' site in three languages); the draft of the same guidelines
    _r("i28a", "synergies", "document", "en", "Technical guidelines on the environmentally sound management of waste tyres", "The guidelines, adopted by the Conference of the Parties to the Basel Convention, describe how to collect and store used and waste tyres without fire and mosquito risks, retreading, material recovery as crumb rubber, co-processing in cement kilns, the limits of pyrolysis, and the controls on transboundary movements of tyres.", "2025", (), ("Secretariat of the Basel Convention",)),
    _r("i28b", "synergies-fr", "document", "fr", "Directives techniques sur la gestion écologiquement rationnelle des pneus usés", "Les directives adoptées par la Conférence des Parties à la Convention de Bâle décrivent la collecte et le stockage des pneus usagés sans risque d'incendie ni de moustiques, le rechapage, la valorisation en granulats de caoutchouc, le co-traitement en cimenterie, les limites de la pyrolyse et le contrôle des mouvements transfrontières.", "2025", (), ("Secrétariat de la Convention de Bâle",)),
    _r("i28c", "synergies-es", "document", "es", "Directrices técnicas sobre el manejo ambientalmente racional de los neumáticos de desecho", "Las directrices aprobadas por la Conferencia de las Partes en el Convenio de Basilea describen la recogida y el almacenamiento de neumáticos usados sin riesgo de incendio ni de mosquitos, el recauchutado, la recuperación como caucho granulado, el coprocesamiento en hornos de cemento, los límites de la pirólisis y el control de los movimientos transfronterizos.", "2025", (), ("Secretaría del Convenio de Basilea",)),
    _r("i28x", "synergies", "document", "en", "Draft technical guidelines on the environmentally sound management of waste tyres", "The draft circulated for comments before the meeting.", "2024", (), ("Secretariat of the Basel Convention",)),
    # 29 a Basel national report in English (conventions' site) and Arabic (national node, no country); the previous year's report
    _r("i29a", "synergies", "document", "en", "Basel Convention national report of the United Arab Emirates for 2024", "The United Arab Emirates report hazardous wastes generated in 2024 by oil refining, aluminium smelting and hospitals, the exports of spent catalysts and lead-acid batteries for recovery, the re-export controls in the free zones of Jebel Ali, the illegal shipments stopped at ports, and the national treatment facilities.", "2025", ("AE",), ("Ministry of Climate Change and Environment of the United Arab Emirates",)),
    _r("i29b", "ae-chm", "document", "ar", "التقرير الوطني لدولة الإمارات العربية المتحدة بموجب اتفاقية بازل لعام 2024", "النفايات الخطرة الناتجة في عام 2024 عن تكرير النفط وصهر الألمنيوم والمستشفيات، وتصدير المحفزات المستهلكة وبطاريات الرصاص الحمضية للاسترداد، والرقابة على إعادة التصدير في المناطق الحرة بجبل علي، والشحنات غير القانونية.", "2025", ()),
    _r("i29x", "synergies", "document", "en", "Basel Convention national report of the United Arab Emirates for 2023", "The report of the United Arab Emirates on 2023.", "2024", ("AE",), ("Ministry of Climate Change and Environment of the United Arab Emirates",)),
    # 30 a request in French (portal in French) and English (national node, no country); a second request of the same country; the neighbour's request from the same template
    _r("i30a", "infocap-fr", "need", "fr", "Demande d'appui pour l'élimination des pesticides obsolètes aux Comores", "L'Union des Comores sollicite un appui technique et financier pour inventorier les stocks de pesticides périmés à Moroni, Mutsamudu et Fomboni, reconditionner les fûts qui fuient, former les agents agricoles et organiser l'exportation des déchets vers une installation d'élimination.\nType d'appui : assistance technique, financement", "2025", ("KM",), ("Direction générale de l'Environnement et des Forêts des Comores",)),
    _r("i30b", "km-chm", "need", "en", "Request: getting rid of obsolete pesticides", "Support to inventory expired pesticide stocks on the three islands, repack leaking drums, train agricultural staff and export the waste for disposal.\nType of support: technical assistance, funding", "2025", ()),
    _r("i30x", "infocap-fr", "need", "fr", "Demande d'appui pour la gestion des déchets d'équipements électriques aux Comores", "Une seconde demande des Comores, sur les déchets électroniques.\nType d'appui : assistance technique", "2025", ("KM",), ("Direction générale de l'Environnement et des Forêts des Comores",)),
    _r("i30y", "infocap-fr", "need", "fr", "Demande d'appui pour l'élimination des pesticides obsolètes à Madagascar", "Madagascar demande le même appui pour ses stocks de pesticides périmés.\nType d'appui : assistance technique", "2025", ("MG",), ("Ministère de l'Environnement et du Développement durable de Madagascar",)),
    # 31 an offer in English and Spanish (the portal in both; the Spanish copy without country); the next intake
    _r("i31a", "infocap", "support-source", "en", "Offer: course on e-waste inventories and take-back schemes for Latin America and the Caribbean, 2026 intake", "The Basel and Stockholm Conventions regional centre in Uruguay offers a six-week online course with a final workshop in Montevideo for environment ministries and customs: estimating e-waste flows, designing producer take-back schemes, dismantling safely, and controlling exports of waste electronics.\nType of support: training\nEligible countries: Latin America and the Caribbean", "2026", ("UY",), ("Basel Convention Coordinating Centre - Stockholm Convention Regional Centre for Latin America and the Caribbean",)),
    _r("i31b", "infocap-es", "support-source", "es", "Oferta: curso sobre inventarios de residuos electrónicos y sistemas de devolución para América Latina y el Caribe, edición 2026", "El centro regional de los convenios de Basilea y Estocolmo en Uruguay ofrece un curso en línea de seis semanas con un taller final en Montevideo: estimar los flujos de residuos electrónicos, diseñar sistemas de devolución por los productores, desmantelar con seguridad y controlar las exportaciones.\nTipo de apoyo: capacitación\nPaíses elegibles: América Latina y el Caribe", "2026", ()),
    _r("i31y", "infocap", "support-source", "en", "Offer: course on e-waste inventories and take-back schemes for Latin America and the Caribbean, 2027 intake", "The next intake of the same course.", "2027", ("UY",), ("Basel Convention Coordinating Centre - Stockholm Convention Regional Centre for Latin America and the Caribbean",)),
    # 32 a request in Spanish (portal in Spanish) and English (national node, no country); a second request of the same country; the offer that could answer it is item 31
    _r("i32a", "infocap-es", "need", "es", "Solicitud de asistencia para elaborar el inventario de residuos electrónicos de Bolivia", "Bolivia solicita capacitación y apoyo técnico para estimar los residuos de aparatos eléctricos y electrónicos generados en La Paz, El Alto, Cochabamba y Santa Cruz, identificar a los recicladores informales y preparar un reglamento de responsabilidad extendida del productor.\nTipo de apoyo: capacitación, asistencia técnica", "2025", ("BO",), ("Ministerio de Medio Ambiente y Agua de Bolivia",)),
    _r("i32b", "bo-chm", "need", "en", "Request: an e-waste inventory for our cities", "Training and advice to estimate e-waste in four cities, map informal recyclers and draft a producer responsibility rule.\nType of support: training, technical assistance", "2025", ()),
    _r("i32x", "infocap-es", "need", "es", "Solicitud de asistencia para reducir el uso de mercurio en la minería aurífera de Bolivia", "Una segunda solicitud de Bolivia, sobre el mercurio en las cooperativas auríferas.\nTipo de apoyo: asistencia técnica", "2025", ("BO",), ("Ministerio de Medio Ambiente y Agua de Bolivia",)),
    # 33 a Minamata initial assessment in English (Minamata clearing-house) and Russian (national node, no country); the neighbour's assessment
    _r("i33a", "mercury-ch", "document", "en", "Minamata Initial Assessment of Armenia", "Armenia's assessment covers mercury released by copper-molybdenum and gold mining and processing at Kajaran and Sotk, emissions from cement production and waste burning, mercury-added products in health care, contaminated sites from Soviet-era chemical plants, and the legal changes needed.", "2025", ("AM",), ("Ministry of Environment of Armenia",)),
    _r("i33b", "am-chm", "document", "ru", "Первоначальная оценка по Минаматской конвенции: Армения", "Выбросы ртути при добыче и переработке медно-молибденовых и золотых руд в Каджаране и Сотке, цементное производство и сжигание отходов, ртутьсодержащие изделия в здравоохранении, загрязнённые участки бывших химических заводов и необходимые изменения законодательства.", "2025", ()),
    _r("i33y", "mercury-ch", "document", "en", "Minamata Initial Assessment of Georgia", "Georgia's assessment: mining, products and waste.", "2025", ("GE",), ("Ministry of Environmental Protection and Agriculture of Georgia",)),
    # 34 an offer in English (conventions' site) and Chinese (national node, no country); the earlier intake
    _r("i34a", "synergies", "support-source", "en", "Offer: training on monitoring persistent organic pollutants in air and breast milk for Asia-Pacific countries, 2026", "The Stockholm Convention regional centre in China offers a two-week course for laboratory staff of Asia-Pacific countries: passive air samplers, sampling of human milk under the global monitoring plan, analysis of dioxins, PCBs and PFAS, quality control, and reporting to the effectiveness evaluation.\nType of support: training\nEligible countries: Asia-Pacific Parties", "2026", ("CN",), ("Stockholm Convention Regional Centre for Capacity-building and the Transfer of Technology in Asia and the Pacific",)),
    _r("i34b", "cn-chm", "support-source", "zh", "亚太国家空气和母乳中持久性有机污染物监测培训（2026年）", "斯德哥尔摩公约亚太区域中心为亚太国家实验室人员举办为期两周的培训：被动空气采样器、全球监测计划下的母乳采样、二噁英、多氯联苯和全氟化合物分析、质量控制以及成效评估报告。\n支持类型：培训", "2026", ()),
    _r("i34x", "synergies", "support-source", "en", "Offer: training on monitoring persistent organic pollutants in air and breast milk for Asia-Pacific countries, 2024", "The same centre's course of 2024, closed.", "2024", ("CN",), ("Stockholm Convention Regional Centre for Capacity-building and the Transfer of Technology in Asia and the Pacific",)),
    # 35 a Minamata initial assessment in English (Minamata clearing-house) and Portuguese (national node, no country); the neighbour's assessment from the same template
    _r("i35a", "mercury-ch", "document", "en", "Minamata Initial Assessment of Angola", "Angola's assessment finds mercury in artisanal gold mining in the provinces of Huíla and Cabinda, in gas flaring and oil production offshore, in skin-lightening creams and lamps sold in Luanda markets, and in the burning of waste; it reviews the laws and the laboratories and lists priorities.", "2025", ("AO",), ("Ministry of Environment of Angola",)),
    _r("i35b", "ao-chm", "document", "pt", "Avaliação inicial da Convenção de Minamata: Angola", "Mercúrio na mineração artesanal de ouro na Huíla e em Cabinda, na queima de gás e produção de petróleo, em cremes clareadores e lâmpadas vendidos nos mercados de Luanda e na queima de resíduos; leis, laboratórios e prioridades.", "2025", ()),
    _r("i35y", "mercury-ch", "document", "en", "Minamata Initial Assessment of Mozambique", "Mozambique's assessment: gold panning, lamps and waste.", "2025", ("MZ",), ("Ministry of Land and Environment of Mozambique",)),
    # 36 a green customs workshop in English (Ozone Secretariat) and Arabic (national node, no country, no dates); the previous edition
    _r("i36a", "ozone", "event", "en", "Green Customs workshop for Lebanon on ozone-depleting substances, HFCs and hazardous chemicals, Beirut, 2026", "Customs officers of Beirut port, Tripoli port and the airport learn to check import licences for refrigerants and HFC blends, use refrigerant identifiers, recognise mislabelled cylinders and banned pesticides, and report seizures to the national ozone unit.", "2026", ("LB",), ("UNEP OzonAction",), ("GCI-WA-2026-07",)),
    _r("i36b", "lb-chm", "event", "ar", "ورشة الجمارك الخضراء في بيروت حول المواد المستنفدة للأوزون ومركبات الهيدروفلوروكربون", "تدريب موظفي الجمارك في مرفأ بيروت ومرفأ طرابلس والمطار على فحص تراخيص استيراد غازات التبريد واستخدام أجهزة التعرف عليها وكشف الأسطوانات المزورة والمبيدات المحظورة والإبلاغ عن المضبوطات.", None, ()),
    _r("i36x", "ozone", "event", "en", "Green Customs workshop for Lebanon on ozone-depleting substances, HFCs and hazardous chemicals, Beirut, 2023", "The earlier workshop, held in 2023.", "2023", ("LB",), ("UNEP OzonAction",), ("GCI-WA-2023-03",)),
]  # fmt: skip

SAME: list[tuple[str, str]] = [
    ("cbd-chm:i01a", "gr-chm:i01b"),
    ("cbd-chm:i02a", "af-chm:i02b"),
    ("bch:i03a", "lv-chm:i03b"),
    ("bch:i04a", "mm-chm:i04b"),
    ("abs-ch:i05a", "ck-chm:i05b"),
    ("ramsar:i06a", "ie-chm:i06b"),
    ("cbd-chm:i07a", "cbd-chm-fr:i07b"),
    ("cbd-chm:i07a", "cbd-chm-es:i07c"),
    ("cbd-chm-fr:i07b", "cbd-chm-es:i07c"),
    ("cites:i08a", "dk-chm:i08b"),
    ("cites:i09a", "sg-chm:i09b"),
    ("cbd-chm:i10a", "sa-chm:i10b"),
    ("ramsar:i11a", "by-chm:i11b"),
    ("cbd-chm:i12a", "mc-chm:i12b"),
    ("ramsar:i13a", "tl-chm:i13b"),
    ("cbd-chm:i14a", "gq-chm:i14b"),
    ("cbd-chm:i15a", "bw-chm:i15b"),
    ("bch:i16a", "bo-chm:i16b"),
    ("cites:i17a", "ly-chm:i17b"),
    ("abs-ch:i18a", "tn-chm:i18b"),
    ("synergies:i19a", "no-chm:i19b"),
    ("synergies:i20a", "zw-chm:i20b"),
    ("synergies:i21a", "pl-chm:i21b"),
    ("synergies:i22a", "ng-chm:i22b"),
    ("mercury-ch:i23a", "fj-chm:i23b"),
    ("mercury-ch:i24a", "lr-chm:i24b"),
    ("mlf:i25a", "gd-chm:i25b"),
    ("mlf:i26a", "vc-chm:i26b"),
    ("ozone:i27a", "bb-chm:i27b"),
    ("synergies:i28a", "synergies-fr:i28b"),
    ("synergies:i28a", "synergies-es:i28c"),
    ("synergies-fr:i28b", "synergies-es:i28c"),
    ("synergies:i29a", "ae-chm:i29b"),
    ("infocap-fr:i30a", "km-chm:i30b"),
    ("infocap:i31a", "infocap-es:i31b"),
    ("infocap-es:i32a", "bo-chm:i32b"),
    ("mercury-ch:i33a", "am-chm:i33b"),
    ("synergies:i34a", "cn-chm:i34b"),
    ("mercury-ch:i35a", "ao-chm:i35b"),
    ("ozone:i36a", "lb-chm:i36b"),
]
"""The pairs that are one item (40: 36 items, two of them in three languages; 18 pairs in one
language, 22 across languages, 7 of those with Arabic, Chinese or Russian)."""

NEAR_MISSES: list[tuple[str, str]] = [
    ("cbd-chm:i01a", "cbd-chm:i01x"), ("gr-chm:i01b", "cbd-chm:i01x"), ("cbd-chm:i01a", "cbd-chm:i01y"),
    ("gr-chm:i01b", "cbd-chm:i01y"), ("cbd-chm:i02a", "cbd-chm:i02y"), ("af-chm:i02b", "cbd-chm:i02y"),
    ("bch:i03a", "bch:i03x"), ("lv-chm:i03b", "bch:i03x"), ("bch:i04a", "bch:i04x"),
    ("mm-chm:i04b", "bch:i04x"), ("abs-ch:i05a", "abs-ch:i05x"), ("ck-chm:i05b", "abs-ch:i05x"),
    ("ramsar:i06a", "ramsar:i06y"), ("ie-chm:i06b", "ramsar:i06y"), ("cbd-chm:i07a", "cbd-chm:i07x"),
    ("cbd-chm-fr:i07b", "cbd-chm:i07x"), ("cbd-chm-es:i07c", "cbd-chm:i07x"), ("cites:i08a", "cites:i08x"),
    ("dk-chm:i08b", "cites:i08x"), ("cites:i09a", "cites:i09x"), ("sg-chm:i09b", "cites:i09x"),
    ("cbd-chm:i10a", "cbd-chm:i10x"), ("sa-chm:i10b", "cbd-chm:i10x"), ("ramsar:i11a", "ramsar:i11y"),
    ("by-chm:i11b", "ramsar:i11y"), ("cbd-chm:i12a", "cbd-chm:i12y"), ("mc-chm:i12b", "cbd-chm:i12y"),
    ("ramsar:i13a", "ramsar:i13y"), ("tl-chm:i13b", "ramsar:i13y"), ("cbd-chm:i14a", "cbd-chm:i14x"),
    ("gq-chm:i14b", "cbd-chm:i14x"), ("cbd-chm:i15a", "cbd-chm:i15x"), ("bw-chm:i15b", "cbd-chm:i15x"),
    ("bch:i16a", "bch:i16x"), ("bo-chm:i16b", "bch:i16x"), ("cites:i17a", "cites:i17y"),
    ("ly-chm:i17b", "cites:i17y"), ("abs-ch:i18a", "abs-ch:i18x"), ("tn-chm:i18b", "abs-ch:i18x"),
    ("synergies:i19a", "synergies:i19x"), ("no-chm:i19b", "synergies:i19x"),
    ("synergies:i20a", "synergies:i20x"), ("zw-chm:i20b", "synergies:i20x"),
    ("synergies:i21a", "synergies:i21x"), ("pl-chm:i21b", "synergies:i21x"),
    ("synergies:i22a", "synergies:i22y"), ("ng-chm:i22b", "synergies:i22y"),
    ("mercury-ch:i23a", "mercury-ch:i23y"), ("fj-chm:i23b", "mercury-ch:i23y"),
    ("mercury-ch:i24a", "mercury-ch:i24x"), ("lr-chm:i24b", "mercury-ch:i24x"), ("mlf:i25a", "mlf:i25x"),
    ("gd-chm:i25b", "mlf:i25x"), ("mlf:i26a", "mlf:i26x"), ("vc-chm:i26b", "mlf:i26x"),
    ("ozone:i27a", "mercury-ch:i27y"), ("bb-chm:i27b", "mercury-ch:i27y"),
    ("synergies:i28a", "synergies:i28x"), ("synergies-fr:i28b", "synergies:i28x"),
    ("synergies-es:i28c", "synergies:i28x"), ("synergies:i29a", "synergies:i29x"),
    ("ae-chm:i29b", "synergies:i29x"), ("infocap-fr:i30a", "infocap-fr:i30x"),
    ("km-chm:i30b", "infocap-fr:i30x"), ("infocap-fr:i30a", "infocap-fr:i30y"),
    ("km-chm:i30b", "infocap-fr:i30y"), ("infocap:i31a", "infocap:i31y"), ("infocap-es:i31b", "infocap:i31y"),
    ("infocap-es:i32a", "infocap-es:i32x"), ("bo-chm:i32b", "infocap-es:i32x"),
    ("mercury-ch:i33a", "mercury-ch:i33y"), ("am-chm:i33b", "mercury-ch:i33y"),
    ("synergies:i34a", "synergies:i34x"), ("cn-chm:i34b", "synergies:i34x"),
    ("mercury-ch:i35a", "mercury-ch:i35y"), ("ao-chm:i35b", "mercury-ch:i35y"), ("ozone:i36a", "ozone:i36x"),
    ("lb-chm:i36b", "ozone:i36x"), ("cbd-chm:i01x", "cbd-chm:i01y"), ("infocap-fr:i30x", "infocap-fr:i30y"),
    ("infocap:i31a", "infocap-es:i32a"), ("infocap-es:i31b", "infocap-es:i32a"),
    ("infocap:i31a", "bo-chm:i32b"), ("infocap-es:i31b", "bo-chm:i32b"),
    ("mercury-ch:i23a", "mercury-ch:i35a"), ("mercury-ch:i33a", "mercury-ch:i35a"),
    ("mercury-ch:i23a", "mercury-ch:i33a"), ("mercury-ch:i23y", "mercury-ch:i35y"),
    ("mercury-ch:i33y", "mercury-ch:i35y"), ("mercury-ch:i24x", "mercury-ch:i23a"),
    ("cbd-chm:i12y", "cbd-chm:i01y"), ("cbd-chm:i10x", "cbd-chm:i01x"), ("bch:i16x", "bch:i03x"),
    ("bch:i16a", "bch:i03a"), ("synergies:i19x", "synergies:i29x"), ("mercury-ch:i24x", "mercury-ch:i35a"),
    ("cites:i17a", "cites:i09a"),
]  # fmt: skip
"""Look-alikes written on purpose: different items (97 pairs)."""
