# ruff: noqa: E501  (hand-written records: one record per line reads best)
"""A nineteenth held-out set of duplicate pairs and look-alikes, written by hand and labelled
before chm was run on it.

Why a nineteenth one: the eighteenth set (tests/matching/duplicates_heldout18.py) is to be
measured once as held out, and the duplicate rules, the vocabulary and the matching go on being
changed while looking at sets 1-18, so a further untouched set is kept (a twentieth one, on the
chemicals and waste conventions, is written beside it). This file was written and committed
**alone**, before the next changes to the rules, by someone who did not write the duplicate
rules nor read them, the vocabulary or the lexicon, did not run chm's duplicate detection (nor
the evaluators, nor ``chm match``, nor the matching benchmark) on it and did not look at what
chm gives for it; only its own construction was run (tests/matching/test_heldout_construction.py:
the records build, the labels name existing records, no pair is labelled twice). It is to be
measured once, after those changes, and not tuned on.

Its subject is the biodiversity side of the clearing-houses: the Convention on Biological
Diversity and its national clearing-house nodes and strategies, the Cartagena and Nagoya
Protocols, Ramsar, CITES, the UNCCD, the CMS and IPBES (no chemicals or waste convention).

What it samples (labelled by what the records say, not by a guess of what chm does): copies of
one item reworded by a national node (or InforMEA) so that they share few distinctive words (a
one- or two-line summary in other words, a short title with an acronym, a nickname or no
accents, such as ``7NR (as sent to the Secretariat)``, ``Clam farm NDF 2025``, ``Secovlje salt
pans - RIS update``, ``CITES permits office``, ``Our LDN targets``, ``NBSAP (updated)`` or
``7.º relatório CDB - versão enviada``, against the central node's long abstract: of the 20
pairs in one language, in 17 the shorter description is under a third of the other's length, in
17 the two copies share at most a quarter of the distinct words of four letters or more of their
titles and descriptions taken together, in 16 both; across languages the other copy is mostly a
shorter translation, under a third of the first copy's length twice in 20 pairs); every
``SAME`` pair has at least one copy without a country (the secretariats' documents in three
languages have none on any copy); translations into Arabic, Chinese and Russian (7 of the 20
pairs across languages, one item in English, Russian and Chinese); and look-alikes that share
most of their words (a country's biosafety or ABS profile against the same country's focal
point page, a Management Authority against the same country's Scientific Authority, a CBD focal
point against the same country's clearing-house focal point, two countries' profiles, reports,
findings, strategies, needs, projects and land degradation neutrality reports built from one
template, a summary for policymakers against its full assessment report and the summary of the
sibling assessment, a risk assessment against the decision taken on it and the risk assessment
of another trial at the same site, a certificate of compliance against the checkpoint
communiqué that refers to it and another certificate of the same authority, a resolution or a
decision against the previous meeting's on the same subject and a sibling of the same meeting,
a draft against the adopted guidelines, a site sheet against another site of the same country,
the previous update and the site's management plan, a request against the offer that could
answer it and a second request of the same country, an offer against a request it could
answer, an updated strategy and action plan against the same country's national targets).

Provenance: written for chm in the style of the public pages of the CBD clearing-house (national
reports, strategies and action plans, national targets, national clearing-house strategies,
focal points, needs, offers of courses and grants, projects, case studies), the Biosafety
Clearing-House (country profiles, a national focal point, risk assessments and decisions on
field trials), the ABS Clearing-House (country profiles, a national focal point, an
internationally recognized certificate of compliance and a checkpoint communiqué), CITES
(non-detriment findings, management and scientific authorities), the Ramsar Convention (site
information sheets, a management plan, resolutions of the Conference of the Parties), the UNCCD
(land degradation neutrality target-setting reports, national reports, decisions of the
Conference of the Parties), the CMS (national reports, guidelines and their draft), IPBES
(summaries for policymakers and a full report), InforMEA and national clearing-house nodes, in
English, French, Spanish, Portuguese, Arabic, Russian and Chinese. The countries are mostly ones
the earlier sets use least or not at all (Malawi, Zambia, Malaysia, the Philippines, Namibia,
Slovenia, Solomon Islands, Vanuatu, Malta, Estonia, Eswatini, Lesotho, Ethiopia, Eritrea, Saint
Lucia, Saint Vincent and the Grenadines, the Republic of Korea, the Lao People's Democratic
Republic, Guyana, Belize, Kiribati, Lithuania, Mongolia, Maldives, Sri Lanka, Burundi, Rwanda,
Switzerland, Argentina, Bolivia, Cabo Verde, Sao Tome and Principe, Egypt, Morocco,
Turkmenistan, Uzbekistan, Tajikistan, Kyrgyzstan, Luxembourg, Monaco, Mozambique, Panama...).
Half of the ``SAME`` pairs (20 of 40) are one record harvested from two nodes and reworded by a
national node (or InforMEA) in the same language (twenty items: sixteen in English, two in
French, one each in Spanish and Portuguese): another title (shorter, with an acronym of the
document, the agency or the programme, a nickname, a subtitle or the edition dropped, missing
accents); a much shorter description in other words; one copy without date, country, document
symbol, GEF number, finding, risk assessment, certificate or Ramsar site number or landing page;
the creator as an acronym on one copy, or no creator. The other half (20 of 40) are official
translations across languages (four items in three languages: English, French and Spanish three
times, English, Russian and Chinese once; eight items in two languages: English with Arabic,
Russian and Spanish twice each, with French and Portuguese once each), the national copy without
a country field. Countries, conventions, bodies, agencies,
programmes, protected areas, Ramsar sites, species and LMO events are real; the titles, texts,
dates, identifiers (finding, risk assessment, decision, certificate, communiqué and site
numbers, GEF numbers, document symbols, resolution and decision numbers) and most names of
units are written for this set. No text was copied from the pages or from the earlier sets.

Labelling criteria (as in the earlier sets):

* ``SAME``: both records describe the same document (the same edition, version, year or
  reporting cycle), meeting, workshop or course (the same session or edition), project (the same
  phase), need (the same request of the same country), offer (the same call, intake or course
  edition), case, country profile or contact point (the same role of the same country), in any
  language, on any node, under any identifier.
* Every other two records of this file are **different items**; ``NEAR_MISSES`` lists the
  look-alikes written on purpose (the records whose identifier ends in x or y, against each copy
  of the item they imitate, and ten pairs of look-alikes against each other): the same template
  filled by another country, site, island, species or event (identical titles but for the
  place, the species or the event in most cases); the previous national report, strategy,
  finding, site sheet update, reporting cycle or edition of the same country or body; the next
  phase of a project and the neighbour's sibling project; a draft against the adopted guidelines
  and the sibling guidelines of the same meeting; a resolution or decision against the previous
  meeting's on the same subject and a sibling of the same meeting; a summary for policymakers
  against its full report and the summary of another assessment; a risk assessment against the
  decision taken on it and the risk assessment of another trial at the same site; a certificate
  of compliance against the checkpoint communiqué that refers to it and another certificate of
  the same authority; a country profile against the same country's focal point page; a
  Management Authority against the same country's Scientific Authority and another country's
  Management Authority; a CBD focal point against the same country's clearing-house focal point
  and a neighbour's focal point; a land degradation neutrality report against the neighbour's
  and against the same country's national report; a strategy and action plan against the
  previous plan and the same country's national targets; a site sheet against another site of
  the same country, the previous update and the site's management plan; a request against the
  offer that could answer it and a second request of the same or a neighbouring country; an
  offer against its previous edition and a request it could answer; another case of the same
  node and the same story on another island.

``SAME`` is closed under transitivity (an item in three languages gives three pairs). The
items are numbered d11 to d42 (the assistance set, measured beside the held-out sets, already
uses d01 to d10).
"""

from __future__ import annotations

from typing import Any

from tests.matching.duplicates_heldout4 import _r

RECORDS: list[dict[str, Any]] = [
    # 11 a seventh national report on the portal (a long abstract) and on the national node (a short title, the ministry by its acronym, neither date nor country); the sixth report; the neighbour's seventh report from the same template
    _r("d11a", "cbd-chm", "document", "en", "Seventh national report of Malawi to the Convention on Biological Diversity", "Malawi reports on its progress towards the national targets it set after the Kunming-Montreal Global Biodiversity Framework: the fish stocks of Lake Malawi and the chambo fishery, charcoal burning in the Dzalanyama and Mulanje forest reserves, the Mulanje cedar and its replanting, human-elephant conflict around Kasungu and Liwonde after the translocations, invasive water hyacinth on the Shire river, and the district environmental officers who lack transport and budgets.", "2026", ("MW",), ("Environmental Affairs Department of Malawi",)),
    _r("d11b", "mw-chm", "document", "en", "7NR (as sent to the Secretariat)", "EAD on the lake's fish, charcoal and the cedar, elephants after the moves, hyacinth on the Shire and officers without fuel.", None, (), ("EAD",)),
    _r("d11x", "cbd-chm", "document", "en", "Sixth national report of Malawi to the Convention on Biological Diversity", "Malawi's previous report, measured against the Aichi Biodiversity Targets.", "2019", ("MW",), ("Environmental Affairs Department of Malawi",)),
    _r("d11y", "cbd-chm", "document", "en", "Seventh national report of Zambia to the Convention on Biological Diversity", "Zambia reports on its progress: the Kafue flats, miombo woodland loss to charcoal, the Luangwa valley and the game management areas.", "2026", ("ZM",), ("Ministry of Green Economy and Environment of Zambia",)),
    # 12 a biosafety country profile on the BCH (landing page) and on the national node (another title, a short text, neither date nor country); the same country's focal point page; the neighbour's profile from the same template
    _r("d12a", "bch", "national-profile", "en", "Country profile: Malaysia (Cartagena Protocol on Biosafety)", "Malaysia's biosafety profile: the Department of Biosafety under the ministry of natural resources as secretariat of the National Biosafety Board, the Biosafety Act 2007 and the 2010 regulations, approvals for the import of genetically modified soybean and maize for food, feed and processing, the field release of a transgenic Aedes mosquito decided in 2010, the institutional biosafety committees of universities and the public register of applications.", "2025", ("MY",), (), ("https://bch.example.org/en/countries/MY",)),
    _r("d12b", "my-chm", "national-profile", "en", "Biosafety in Malaysia: who decides", "The Board decides, the Department runs it; GM soy and maize imported for feed; university committees oversee labs.", None, ()),
    _r("d12x", "bch", "contact-point", "en", "Cartagena Protocol national focal point: Malaysia", "The Department of Biosafety in Putrajaya is Malaysia's national focal point for the Cartagena Protocol and answers the Secretariat's notifications.", "2025", ("MY",)),
    _r("d12y", "bch", "national-profile", "en", "Country profile: Philippines (Cartagena Protocol on Biosafety)", "The Philippines' biosafety profile: the joint department circular, the Bureau of Plant Industry, the approvals of Golden Rice and Bt eggplant and the public consultations.", "2025", ("PH",), (), ("https://bch.example.org/en/countries/PH",)),
    # 13 an internationally recognized certificate of compliance on the ABS-CH (its number) and on the national node (a short title, neither number nor country, the authority by its acronym); the checkpoint communiqué that refers to it; another certificate of the same authority
    _r("d13a", "abs-ch", "document", "en", "Internationally recognized certificate of compliance: research on devil's claw (Harpagophytum procumbens) root extracts, Namibia", "Certificate issued by the Namibian competent national authority for access to devil's claw tubers harvested by registered San and Herero harvester groups in the Omaheke region, for non-commercial research by a university on anti-inflammatory compounds; mutually agreed terms cover a change of intent before any commercial use, the return of results to the harvester associations and co-authorship for Namibian scientists.", "2025", ("NA",), ("Ministry of Environment, Forestry and Tourism of Namibia",), ("ABSCH-IRCC-NA-260114-1",)),
    _r("d13b", "na-chm", "document", "en", "Devil's claw research permit recognised internationally", "MEFT's ABS certificate for a university study of the roots: harvesters in Omaheke get results, local scientists sign the papers, commercial use needs new terms.", "2025", (), ("MEFT",)),
    _r("d13x", "abs-ch", "document", "en", "Checkpoint communiqué: use of devil's claw root extracts under certificate ABSCH-IRCC-NA-260114-1", "A checkpoint in the user country reports a university's publication based on the Namibian certificate for devil's claw research.", "2026", ("DE",), ("Federal Agency for Nature Conservation",), ("ABSCH-CPC-DE-260301-1",)),
    _r("d13y", "abs-ch", "document", "en", "Internationally recognized certificate of compliance: research on Hoodia gordonii stems, Namibia", "Another certificate of the same authority, for a study of Hoodia stems from the south of the country.", "2025", ("NA",), ("Ministry of Environment, Forestry and Tourism of Namibia",), ("ABSCH-IRCC-NA-260114-2",)),
    # 14 a Ramsar site information sheet on the Ramsar site (site number) and on the national node (no accents, a short text, neither date nor country); another site of the same country; the previous update of the same site
    _r("d14a", "ramsar", "document", "en", "Ramsar Site Information Sheet: Sečovlje Salina (2025 update)", "The updated information sheet for the Sečovlje salt pans at the mouth of the Dragonja on the Slovenian coast: salt still made by hand in the Lera section after seven centuries, the abandoned Fontanigge basins turned into brackish lagoons and mudflats, breeding Kentish plovers, little terns and avocets, sea level rise against the old dykes, a new visitor route and the concession that funds the park.", "2025", ("SI",), ("Slovenian Environment Agency",), ("Ramsar site no. 586",)),
    _r("d14b", "si-chm", "document", "en", "Secovlje salt pans - RIS update", "Hand-made salt, lagoons in the old pans, terns and plovers; the dykes will not hold the sea forever.", None, ()),
    _r("d14x", "ramsar", "document", "en", "Ramsar Site Information Sheet: Škocjan Caves (2025 update)", "The updated sheet for the underground canyon of the Reka river in the Slovenian karst: cave fauna and bats.", "2025", ("SI",), ("Slovenian Environment Agency",), ("Ramsar site no. 991",)),
    _r("d14y", "ramsar", "document", "en", "Ramsar Site Information Sheet: Sečovlje Salina (2013 update)", "The previous update of the same site's sheet.", "2013", ("SI",), ("Slovenian Environment Agency",), ("Ramsar site no. 586",)),
    # 15 a CITES non-detriment finding on the CITES site (finding number) and on the national node (a nickname, a short text, neither country nor number); the previous finding; the neighbour's finding on the same species
    _r("d15a", "cites", "document", "en", "Non-detriment finding for exports of cultured giant clams (Tridacna maxima) from Solomon Islands, 2025", "The Scientific Authority of Solomon Islands finds that exports of hatchery-reared small giant clams for the aquarium trade are not detrimental: broodstock taken under licence from reefs of Western Province and returned after spawning, juveniles grown in village ocean nurseries, a tag on every shipped clam, surveys showing wild densities stable since 2019, and an annual export ceiling of 12 000 specimens.", "2025", ("SB",), ("Ministry of Environment, Climate Change, Disaster Management and Meteorology of Solomon Islands",), ("NDF-SB-2025-02",)),
    _r("d15b", "sb-chm", "document", "en", "Clam farm NDF 2025", "Farmed clams only, parents put back, every one tagged, wild reefs steady.", "2025", (), ("MECDM",)),
    _r("d15x", "cites", "document", "en", "Non-detriment finding for exports of cultured giant clams (Tridacna maxima) from Solomon Islands, 2021", "The previous finding, with a ceiling of 8 000 specimens.", "2021", ("SB",), ("Ministry of Environment, Climate Change, Disaster Management and Meteorology of Solomon Islands",), ("NDF-SB-2021-01",)),
    _r("d15y", "cites", "document", "en", "Non-detriment finding for exports of cultured giant clams (Tridacna maxima) from Vanuatu, 2025", "Vanuatu's finding on the same species from its own hatchery.", "2025", ("VU",), ("Department of Environmental Protection and Conservation of Vanuatu",), ("NDF-VU-2025-01",)),
    # 16 a CITES management authority on the CITES site and on the national node (a short title, the agency by its acronym, no country); the same country's scientific authority; another country's management authority
    _r("d16a", "cites", "contact-point", "en", "CITES Management Authority: Malta", "The Environment and Resources Authority in Marsa is Malta's CITES Management Authority: it issues import, export and re-export permits and certificates, registers captive-bred birds and reptiles, and with customs at the Freeport and the airport checks consignments of corals, caviar and timber.", "2025", ("MT",), ("Environment and Resources Authority",)),
    _r("d16b", "mt-chm", "contact-point", "en", "CITES permits office", "ERA: permits, certificates, the breeders' register and checks at the Freeport.", None, (), ("ERA",)),
    _r("d16x", "cites", "contact-point", "en", "CITES Scientific Authority: Malta", "The scientific advisers to the Environment and Resources Authority who give Malta's non-detriment advice.", "2025", ("MT",), ("Environment and Resources Authority",)),
    _r("d16y", "cites", "contact-point", "en", "CITES Management Authority: Estonia", "The Environmental Board in Tallinn is Estonia's CITES Management Authority: it issues permits and certificates.", "2025", ("EE",), ("Environmental Board of Estonia",)),
    # 17 a land degradation neutrality target-setting report on the UNCCD site and on the national node (the programme's acronym, no country, no date); the neighbour's report; the same country's national report under the Convention
    _r("d17a", "unccd", "document", "en", "Land degradation neutrality target setting programme: final country report of Eswatini", "Eswatini's voluntary targets to reach land degradation neutrality by 2030: a baseline of land cover, soil organic carbon and productivity for the four regions, gully erosion in the Shiselweni lowveld, bush encroachment on communal grazing land, the spread of sugar cane irrigation along the Komati and Usuthu rivers, and measures such as grazing plans with chiefdoms, gully reclamation and woodlots.", "2019", ("SZ",), ("Eswatini Environment Authority",)),
    _r("d17b", "sz-chm", "document", "en", "Our LDN targets", "EEA with the chiefdoms: grazing plans, gullies filled, woodlots; sugar cane along the rivers watched.", None, (), ("EEA",)),
    _r("d17x", "unccd", "document", "en", "Land degradation neutrality target setting programme: final country report of Lesotho", "Lesotho's voluntary targets: rangeland degradation in the highlands, dongas and wetlands at the river sources.", "2019", ("LS",), ("Ministry of Forestry, Range and Soil Conservation of Lesotho",)),
    _r("d17y", "unccd", "document", "en", "National report of Eswatini to the United Nations Convention to Combat Desertification, 2022 reporting process", "Eswatini's report on the strategic objectives of the Convention, with the trends in land cover and the drought indicators.", "2022", ("SZ",), ("Eswatini Environment Authority",)),
    # 18 a CMS national report on the CMS site and on the national node (a short title, the institution by its acronym, no country, no date); the previous report; the neighbour's report for the same meeting
    _r("d18a", "cms", "document", "en", "National report of Ethiopia to the fourteenth meeting of the Conference of the Parties to the Convention on Migratory Species", "Ethiopia reports on migratory species listed in the Appendices: the Rift Valley lakes as stopovers for flamingos and waders, vultures poisoned by carcasses laced against hyenas, power lines and the new wind farms on the Adama plateau, the white-eared kob migration from South Sudan into Gambella, and the gaps in monitoring and in cooperation with neighbours.", "2023", ("ET",), ("Ethiopian Wildlife Conservation Authority",)),
    _r("d18b", "et-chm", "document", "en", "CMS report for COP14", "EWCA: lakes for flamingos, poisoned vultures, wind turbines, the kob crossing at Gambella.", None, (), ("EWCA",)),
    _r("d18x", "cms", "document", "en", "National report of Ethiopia to the thirteenth meeting of the Conference of the Parties to the Convention on Migratory Species", "Ethiopia's previous report to the Convention.", "2019", ("ET",), ("Ethiopian Wildlife Conservation Authority",)),
    _r("d18y", "cms", "document", "en", "National report of Eritrea to the fourteenth meeting of the Conference of the Parties to the Convention on Migratory Species", "Eritrea's report: the Red Sea coast and islands, seabirds, dugongs and turtles.", "2023", ("ER",), ("Ministry of Land, Water and Environment of Eritrea",)),
    # 19 an IPBES summary for policymakers on the IPBES site and on InforMEA (the subtitle dropped, no date, the platform by its acronym); the full assessment report; the sibling summary of another assessment
    _r("d19a", "ipbes", "document", "en", "Summary for policymakers of the thematic assessment report on invasive alien species and their control", "The summary approved by the Plenary of the Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services: more than 37 000 alien species established worldwide, 3 500 of them invasive, a role in most recorded extinctions, annual costs that have quadrupled every decade, islands as the places hit hardest, and options for prevention, border biosecurity, early detection, eradication and containment that work when governments, trade and communities act together.", "2023", (), ("Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services",), ("IPBES/10/12/Add.1",)),
    _r("d19b", "informea", "document", "en", "IPBES invasive species assessment - summary for policymakers", "What invasive species cost and destroy, why islands suffer most, and what prevention and eradication can do.", None, (), ("IPBES",)),
    _r("d19x", "ipbes", "document", "en", "Thematic assessment report on invasive alien species and their control: full report", "The chapters of the assessment behind the summary, with their data and references.", "2023", (), ("Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services",)),
    _r("d19y", "ipbes", "document", "en", "Summary for policymakers of the thematic assessment of the sustainable use of wild species", "The summary of the previous thematic assessment, on fishing, gathering, logging and hunting of wild species.", "2022", (), ("Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services",), ("IPBES/9/14/Add.1",)),
    # 20 a need on the portal (long) and on the national node (another title, a one-line text, neither date nor country); an offer that could answer it; the neighbour's request from the same template
    _r("d20a", "cbd-chm", "need", "en", "Request for support to restore mangroves at Savannes Bay, Saint Lucia", "Saint Lucia requests support to restore the red and black mangroves of the Savannes Bay nature reserve and Ramsar site on the south-east coast, damaged by charcoal cutting and storm surges: a nursery run with the local fishers' cooperative, mapping of the former channels by drone, training of the forestry department's staff in survival monitoring, and a plan to keep the sea moss farms in the bay clean.\nType of support: technical assistance, training, equipment", "2025", ("LC",), ("Department of Forestry of Saint Lucia",)),
    _r("d20b", "lc-chm", "need", "en", "Help us replant Savannes Bay", "Nursery with fishers, drone mapping, training in monitoring.\nType of support: technical assistance, training", None, ()),
    _r("d20x", "cbd-chm", "support-source", "en", "Offer of training in mangrove restoration for Caribbean small island developing States", "A regional university offers a two-week field course on planting and monitoring mangroves.\nType of support: training\nEligible countries: Caribbean small island developing States", "2025", ("JM",), ("Centre for Marine Sciences, University of the West Indies",)),
    _r("d20y", "cbd-chm", "need", "en", "Request for support to restore mangroves at Ashton Lagoon, Saint Vincent and the Grenadines", "Saint Vincent and the Grenadines requests support to replant mangroves at Ashton Lagoon on Union Island.\nType of support: technical assistance", "2025", ("VC",), ("Ministry of Tourism, Sustainable Development and Culture of Saint Vincent and the Grenadines",)),
    # 21 an offer of a course on the portal (long) and on the national node of the host (a short title, the institute by its acronym, no country, no date); the previous edition; a request it could answer
    _r("d21a", "cbd-chm", "support-source", "en", "Training course on biodiversity informatics and DNA barcoding, Incheon, 2026 edition", "The National Institute of Biological Resources of the Republic of Korea offers a three-week course for staff of natural history museums, herbaria and biodiversity information facilities of developing countries: digitizing specimens, publishing datasets through GBIF, DNA barcoding and reference libraries, species checklists for national reports, and a small project to run at home after the course; travel and lodging are covered.\nType of support: training\nEligible countries: developing countries", "2026", ("KR",), ("National Institute of Biological Resources",)),
    _r("d21b", "kr-chm", "support-source", "en", "NIBR barcoding & data course (open)", "Three weeks at NIBR on specimen data, GBIF and barcodes, paid for.\nType of support: training", None, (), ("NIBR",)),
    _r("d21x", "cbd-chm", "support-source", "en", "Training course on biodiversity informatics and DNA barcoding, Incheon, 2025 edition", "The previous edition of the same course.\nType of support: training\nEligible countries: developing countries", "2025", ("KR",), ("National Institute of Biological Resources",)),
    _r("d21y", "cbd-chm", "need", "en", "Request for training in DNA barcoding of freshwater fishes, Lao People's Democratic Republic", "The Lao PDR requests training for its university and fisheries staff in barcoding the fishes of the Mekong.\nType of support: training", "2025", ("LA",), ("Ministry of Natural Resources and Environment of the Lao People's Democratic Republic",)),
    # 22 a project on the portal (GEF number) and on the national node (a short title, neither GEF number nor country); the next phase; the neighbour's sibling project
    _r("d22a", "cbd-chm", "project", "en", "Securing the Kanuku Mountains protected area and its Wapichan and Makushi communities - phase I", "The first phase supports the Protected Areas Commission of Guyana and the indigenous villages around the Kanuku Mountains: community rangers from the Rupununi villages, a management plan that keeps traditional farming and fishing, monitoring of giant otters, harpy eagles and jaguars, controls on gold mining at the park edges, and small grants for honey, crafts and guiding.", "2022", ("GY",), ("Protected Areas Commission of Guyana",), ("GEF-10612",)),
    _r("d22b", "gy-chm", "project", "en", "Kanukus project, first phase", "PAC and Rupununi villages: rangers, a plan that keeps farms and fishing, otters and eagles counted, miners kept out, small grants.", "2022", (), ("PAC",)),
    _r("d22x", "cbd-chm", "project", "en", "Securing the Kanuku Mountains protected area and its Wapichan and Makushi communities - phase II", "The second phase extends the ranger network and adds a visitor centre at Moco Moco.", "2026", ("GY",), ("Protected Areas Commission of Guyana",), ("GEF-11904",)),
    _r("d22y", "cbd-chm", "project", "en", "Securing the Chiquibul forest and its border communities - phase I", "The sibling project in Belize: rangers against illegal logging and xate palm harvesting along the border.", "2022", ("BZ",), ("Forest Department of Belize",), ("GEF-10614",)),
    # 23 a case study on the portal and on the national node (a short title, the island's name only, neither date nor country); another case of the same node; the same story on another island
    _r("d23a", "cbd-chm", "case-study", "en", "Rats removed from Rawaki: seabirds return to the Phoenix Islands", "How the Phoenix Islands Protected Area of Kiribati and its partners cleared Polynesian rats and rabbits from Rawaki and kept the island free of them: a baiting campaign planned around the nesting season, biosecurity checks on every boat landing, and the counts that followed, with breeding pairs of petrels, shearwaters and blue noddies multiplying within ten years and the first storm petrels nesting again.", "2024", ("KI",), ("Phoenix Islands Protected Area Implementation Office",)),
    _r("d23b", "ki-chm", "case-study", "en", "Rawaki: birds are back", "PIPA office: rats and rabbits gone, boats checked, petrels and noddies nesting again.", None, (), ("PIPA",)),
    _r("d23x", "ki-chm", "case-study", "en", "Village fish reserves on Abaiang", "Another case of the same node: community closures of a lagoon to fishing.", "2023", (), ("MELAD",)),
    _r("d23y", "cbd-chm", "case-study", "en", "Rats removed from Enderbury: seabirds return to the Phoenix Islands", "The same campaign on another island of the group, with the first results.", "2025", ("KI",), ("Phoenix Islands Protected Area Implementation Office",)),
    # 24 a national clearing-house strategy on the portal and on the national node (a shorter title, the agency by its acronym, no country, no date); the previous strategy; the neighbour's strategy from the same template
    _r("d24a", "cbd-chm", "document", "en", "Clearing-house mechanism strategy of Lithuania 2025-2030", "The strategy for Lithuania's national clearing-house node: moving the site onto the State Service for Protected Areas' data platform, publishing the Natura 2000 site data and the red list in open formats, linking to the national report and the strategy's indicators, a network of partners from universities and museums that publish their own datasets, and pages in Lithuanian and English for the public and for schools.", "2025", ("LT",), ("State Service for Protected Areas of Lithuania",)),
    _r("d24b", "lt-chm", "document", "en", "CHM strategy (2025-30)", "VSTT plan for the node: open data, red list online, partners publishing, two languages.", None, (), ("VSTT",)),
    _r("d24x", "cbd-chm", "document", "en", "Clearing-house mechanism strategy of Lithuania 2015-2020", "The previous strategy for the same node.", "2015", ("LT",), ("Ministry of Environment of Lithuania",)),
    _r("d24y", "cbd-chm", "document", "en", "Clearing-house mechanism strategy of Estonia 2025-2030", "The strategy for Estonia's node: the nature information system, open data and partners.", "2025", ("EE",), ("Environmental Board of Estonia",)),
    # 25 an updated biodiversity strategy and action plan on the portal and on the national node (the acronym, no country, no date); the previous plan; the same country's national targets
    _r("d25a", "cbd-chm", "document", "en", "National Biodiversity Strategy and Action Plan of Mongolia 2025-2030", "Mongolia's updated plan after the Kunming-Montreal Global Biodiversity Framework: protecting 30 per cent of the steppe, mountains and lakes through state and local protected areas, herders' rangeland use agreements against overgrazing, the saiga antelope and the Mongolian gazelle and the fences and roads that block them, mining rehabilitation in the Gobi, the snow leopard landscapes of the Altai, and a fund for herder groups.", "2025", ("MN",), ("Ministry of Environment and Climate Change of Mongolia",)),
    _r("d25b", "mn-chm", "document", "en", "NBSAP (updated)", "MECC: more protected steppe, herders' grazing deals, gazelles and saiga crossing roads, mines restored.", None, (), ("MECC",)),
    _r("d25x", "cbd-chm", "document", "en", "National Biodiversity Program of Mongolia 2015-2025", "The previous plan, on the Aichi Biodiversity Targets.", "2015", ("MN",), ("Ministry of Environment and Tourism of Mongolia",)),
    _r("d25y", "cbd-chm", "document", "en", "National targets of Mongolia for the Kunming-Montreal Global Biodiversity Framework", "The national targets submitted by Mongolia before its plan: one line per global target.", "2024", ("MN",), ("Ministry of Environment and Climate Change of Mongolia",)),
    # 26 a CBD national focal point on the portal and on the national node (a short title, no country, no date); the same country's clearing-house focal point; a neighbour's focal point
    _r("d26a", "cbd-chm", "contact-point", "en", "CBD national focal point: Maldives", "The Ministry of Climate Change, Environment and Energy in Malé is the national focal point of Maldives for the Convention on Biological Diversity: it receives notifications from the Secretariat, coordinates the national report and the strategy, and names delegates to the meetings.", "2025", ("MV",), ("Ministry of Climate Change, Environment and Energy of Maldives",)),
    _r("d26b", "mv-chm", "contact-point", "en", "Our focal point for the biodiversity convention", "The climate and environment ministry in Malé takes the notices, runs the reports and picks the delegates.", None, ()),
    _r("d26x", "cbd-chm", "contact-point", "en", "Clearing-house mechanism national focal point: Maldives", "The officer who runs the national clearing-house node of Maldives.", "2025", ("MV",), ("Ministry of Climate Change, Environment and Energy of Maldives",)),
    _r("d26y", "cbd-chm", "contact-point", "en", "CBD national focal point: Sri Lanka", "The ministry of environment in Battaramulla is Sri Lanka's national focal point for the Convention.", "2025", ("LK",), ("Ministry of Environment of Sri Lanka",)),
    # 27 a need in French on the portal (long) and on the national node (another title, a short text, neither date nor country); an offer that could answer it; the neighbour's request from the same template
    _r("d27a", "cbd-chm-fr", "need", "fr", "Demande d'appui pour l'inventaire des poissons du lac Tanganyika dans les eaux du Burundi", "Le Burundi sollicite un appui pour inventorier les poissons endémiques du lac Tanganyika le long de ses côtes, de Rumonge à Nyanza-Lac : cichlidés des fonds rocheux, sardines du lac et leurs frayères, formation des agents de l'Office burundais pour la protection de l'environnement à l'identification et au marquage génétique, équipement de plongée et d'un petit laboratoire à Bujumbura, et suivi de la sédimentation venue des collines déboisées.\nType d'appui : assistance technique, formation, équipement", "2025", ("BI",), ("Office burundais pour la protection de l'environnement",)),
    _r("d27b", "bi-chm", "need", "fr", "Inventaire des poissons du Tanganyika : nous cherchons un partenaire", "L'OBPE veut compter les cichlidés et les sardines, former ses agents et équiper un labo.\nType d'appui : assistance technique, formation", None, (), ("OBPE",)),
    _r("d27x", "cbd-chm-fr", "support-source", "fr", "Offre de formation à l'identification des poissons des grands lacs africains", "Un musée d'histoire naturelle propose une formation de trois semaines à l'identification des cichlidés et au code-barres ADN.\nType d'appui : formation\nPays éligibles : pays d'Afrique", "2025", ("BE",), ("Musée royal de l'Afrique centrale",)),
    _r("d27y", "cbd-chm-fr", "need", "fr", "Demande d'appui pour l'inventaire des poissons du lac Kivu dans les eaux du Rwanda", "Le Rwanda sollicite un appui pour inventorier les poissons du lac Kivu.\nType d'appui : assistance technique", "2025", ("RW",), ("Rwanda Environment Management Authority",)),
    # 28 a biosafety risk assessment in French on the BCH (its number) and on the national node (a short title, no number, no country, the office by its acronym); the decision taken on it; the risk assessment of another trial at the same site
    _r("d28a", "bch-fr", "document", "fr", "Évaluation des risques : essai en plein champ de pommes de terre cisgéniques résistantes au mildiou, Zurich-Reckenholz, 2026-2030", "Évaluation des risques de l'essai de lignées de pommes de terre rendues résistantes au mildiou par des gènes d'espèces sauvages apparentées, sur le site protégé d'Agroscope à Zurich : absence d'espèces sauvages du genre Solanum capables de se croiser en Suisse, contrôle des repousses de tubercules pendant deux ans, clôtures et gardiennage, effets sur les organismes du sol et les insectes non cibles, et conclusion d'un risque négligeable sous les conditions posées.", "2025", ("CH",), ("Office fédéral de l'environnement",), ("BCH-RA-CH-2025-031",)),
    _r("d28b", "ch-chm", "document", "fr", "Pommes de terre cisgéniques à Reckenholz - évaluation des risques", "Pour l'OFEV, risque négligeable : pas de parents sauvages, repousses surveillées, site clôturé.", "2025", (), ("OFEV",)),
    _r("d28x", "bch-fr", "document", "fr", "Décision : autorisation de l'essai en plein champ de pommes de terre cisgéniques résistantes au mildiou, Zurich-Reckenholz, 2026-2030", "La décision d'autoriser l'essai, prise sur la base de l'évaluation des risques, avec ses charges.", "2025", ("CH",), ("Office fédéral de l'environnement",), ("BCH-DEC-CH-2025-014",)),
    _r("d28y", "bch-fr", "document", "fr", "Évaluation des risques : essai en plein champ de blé résistant à l'oïdium, Zurich-Reckenholz, 2026-2028", "L'évaluation des risques d'un autre essai sur le même site protégé.", "2025", ("CH",), ("Office fédéral de l'environnement",), ("BCH-RA-CH-2025-032",)),
    # 29 an ABS country profile in Spanish on the ABS-CH (landing page) and on the national node (another title, a short text, neither date nor country); the same country's ABS focal point; the neighbour's profile from the same template
    _r("d29a", "abs-ch-es", "national-profile", "es", "Perfil de país APB: Argentina", "El perfil de Argentina en el Centro de Intercambio de Información sobre APB: la autoridad nacional competente en el ministerio de ambiente, las autoridades de aplicación de las provincias, dueñas de sus recursos genéticos, la resolución que regula el acceso y el consentimiento informado previo, los permisos para colectar en la Patagonia y en la puna, y el conocimiento tradicional de las comunidades indígenas sobre plantas como la jarilla y la muña-muña.", "2025", ("AR",), (), ("https://absch.example.org/es/countries/AR",)),
    _r("d29b", "ar-chm", "national-profile", "es", "Acceso a recursos genéticos en Argentina", "La Nación y las provincias deciden el acceso; colectar en la Patagonia o la puna pide permiso y consentimiento.", None, ()),
    _r("d29x", "abs-ch-es", "contact-point", "es", "Punto focal nacional de APB: Argentina", "La dirección de biodiversidad del ministerio de ambiente en Buenos Aires es el punto focal nacional de Argentina para el Protocolo de Nagoya.", "2025", ("AR",)),
    _r("d29y", "abs-ch-es", "national-profile", "es", "Perfil de país APB: Bolivia", "El perfil de Bolivia: la autoridad nacional competente, la Decisión 391 andina y el conocimiento tradicional de los pueblos indígenas.", "2025", ("BO",), (), ("https://absch.example.org/es/countries/BO",)),
    # 30 a national report in Portuguese on the portal and on the national node (a short title, the agency by its acronym, no country, no date); the previous report; the neighbour's report from the same template
    _r("d30a", "cbd-chm-pt", "document", "pt", "Sétimo relatório nacional de Cabo Verde à Convenção sobre a Diversidade Biológica", "Cabo Verde relata os progressos rumo às metas nacionais fixadas após o Quadro Global de Biodiversidade de Kunming-Montreal: as áreas marinhas protegidas da Boa Vista e do Sal, as praias de nidificação da tartaruga-comum, as aves marinhas endémicas dos ilhéus, a seca e a erosão nas ilhas agrícolas, as espécies invasoras como a acácia americana, e a pressão do turismo sobre as dunas.", "2026", ("CV",), ("Direção Nacional do Ambiente de Cabo Verde",)),
    _r("d30b", "cv-chm", "document", "pt", "7.º relatório CDB - versão enviada", "DNA: tartarugas, aves dos ilhéus, secas, acácia invasora e turismo nas dunas.", None, (), ("DNA",)),
    _r("d30x", "cbd-chm-pt", "document", "pt", "Sexto relatório nacional de Cabo Verde à Convenção sobre a Diversidade Biológica", "O relatório anterior, sobre as Metas de Aichi.", "2019", ("CV",), ("Direção Nacional do Ambiente de Cabo Verde",)),
    _r("d30y", "cbd-chm-pt", "document", "pt", "Sétimo relatório nacional de São Tomé e Príncipe à Convenção sobre a Diversidade Biológica", "São Tomé e Príncipe relata os progressos: o Parque Natural Obô, as tartarugas e as florestas.", "2026", ("ST",), ("Direção Geral do Ambiente de São Tomé e Príncipe",)),
    # 31 CMS guidelines in English, French and Spanish on the convention's sites (the document symbol on the English copy only); the draft of the same guidelines; the sibling guidelines of the same meeting
    _r("d31a", "cms", "document", "en", "Guidelines to prevent the risk of poisoning of migratory birds: 2026 revision", "The revised guidelines adopted by the Conference of the Parties to the Convention on Migratory Species: lead ammunition and fishing weights, poison baits set for predators, rodenticides, veterinary diclofenac and other drugs in livestock carcasses eaten by vultures, and pesticide-treated seeds, with a phase-out timetable for lead shot in wetlands, national action plans against poison baits and the training of wildlife crime units.", "2026", (), ("Secretariat of the Convention on the Conservation of Migratory Species of Wild Animals",), ("UNEP/CMS/COP15/Doc.28.1",)),
    _r("d31b", "cms-fr", "document", "fr", "Lignes directrices pour prévenir le risque d'empoisonnement des oiseaux migrateurs : révision de 2026", "Les lignes directrices révisées adoptées par la Conférence des Parties : munitions et lests de pêche au plomb, appâts empoisonnés, rodenticides, diclofénac vétérinaire dans les carcasses mangées par les vautours, semences traitées, calendrier d'abandon de la grenaille de plomb dans les zones humides et plans d'action nationaux.", "2026", (), ("Secrétariat de la Convention sur la conservation des espèces migratrices appartenant à la faune sauvage",)),
    _r("d31c", "cms-es", "document", "es", "Directrices para prevenir el riesgo de envenenamiento de las aves migratorias: revisión de 2026", "Las directrices revisadas que adoptó la Conferencia de las Partes: munición y plomos de pesca, cebos envenenados, rodenticidas, diclofenaco veterinario en los cadáveres que comen los buitres, semillas tratadas, calendario para abandonar la munición de plomo en humedales y planes de acción nacionales.", "2026", (), ("Secretaría de la Convención sobre la Conservación de las Especies Migratorias de Animales Silvestres",)),
    _r("d31x", "cms", "document", "en", "Draft guidelines to prevent the risk of poisoning of migratory birds: 2026 revision", "The draft submitted to the Scientific Council for comments before the Conference of the Parties.", "2025", (), ("Secretariat of the Convention on the Conservation of Migratory Species of Wild Animals",), ("UNEP/CMS/ScC-SC7/Doc.9",)),
    _r("d31y", "cms", "document", "en", "Guidelines on mitigating the impact of linear infrastructure on migratory mammals", "The sibling guidelines adopted at the same meeting, on roads, railways, fences and pipelines that cut migration routes.", "2026", (), ("Secretariat of the Convention on the Conservation of Migratory Species of Wild Animals",), ("UNEP/CMS/COP15/Doc.29",)),
    # 32 a Ramsar resolution in English, French and Spanish (the symbol on the English copy only); the previous meeting's resolution on the same subject; a sibling resolution of the same meeting
    _r("d32a", "ramsar", "document", "en", "Resolution XV.8: Mapping and protecting peatlands for climate and biodiversity", "The resolution of the fifteenth meeting of the Conference of the Contracting Parties to the Ramsar Convention asks Parties to complete national inventories of peatlands, including tropical and mountain peatlands, to stop their drainage for agriculture and plantations, to rewet drained peat where possible, to designate peatlands as Ramsar sites, and to report the carbon they hold in their nationally determined contributions.", "2025", (), ("Secretariat of the Convention on Wetlands",), ("Ramsar COP15 Res. XV.8",)),
    _r("d32b", "ramsar-fr", "document", "fr", "Résolution XV.8 : Cartographier et protéger les tourbières pour le climat et la biodiversité", "La résolution demande aux Parties d'achever l'inventaire national de leurs tourbières, de cesser de les drainer, de les remettre en eau si possible, de les inscrire comme sites Ramsar et d'en déclarer le carbone dans leurs contributions déterminées au niveau national.", "2025", (), ("Secrétariat de la Convention sur les zones humides",)),
    _r("d32c", "ramsar-es", "document", "es", "Resolución XV.8: Cartografiar y proteger las turberas para el clima y la biodiversidad", "La resolución pide a las Partes completar el inventario nacional de turberas, detener su drenaje, volver a inundarlas cuando sea posible, designarlas como sitios Ramsar e informar de su carbono en las contribuciones determinadas a nivel nacional.", "2025", (), ("Secretaría de la Convención sobre los Humedales",)),
    _r("d32x", "ramsar", "document", "en", "Resolution XIV.15: Peatlands, climate change and wise use: next steps", "The previous meeting's resolution on peatlands.", "2022", (), ("Secretariat of the Convention on Wetlands",), ("Ramsar COP14 Res. XIV.15",)),
    _r("d32y", "ramsar", "document", "en", "Resolution XV.9: Wetlands in urban and peri-urban areas", "A sibling resolution of the same meeting, on wetland cities and urban planning.", "2025", (), ("Secretariat of the Convention on Wetlands",), ("Ramsar COP15 Res. XV.9",)),
    # 33 a UNCCD decision in English, French and Spanish (the symbol on the English copy only); the previous session's decision on drought; a sibling decision of the same session
    _r("d33a", "unccd", "document", "en", "Decision 12/COP.16: Policy frameworks on drought preparedness and resilience", "The decision of the sixteenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification invites Parties to adopt national drought plans that move from crisis response to risk management: early warning systems, drought vulnerability maps, insurance and social protection for herders and farmers, water storage and the restoration of watersheds, with support from the Global Mechanism.", "2024", (), ("Secretariat of the United Nations Convention to Combat Desertification",), ("ICCD/COP(16)/23/Add.1",)),
    _r("d33b", "unccd-fr", "document", "fr", "Décision 12/COP.16 : Cadres politiques de préparation et de résilience face à la sécheresse", "La décision invite les Parties à adopter des plans nationaux qui passent de la réponse aux crises à la gestion des risques : alerte précoce, cartes de vulnérabilité, assurance et protection sociale des éleveurs et des agriculteurs, stockage de l'eau et restauration des bassins versants.", "2024", (), ("Secrétariat de la Convention des Nations Unies sur la lutte contre la désertification",)),
    _r("d33c", "unccd-es", "document", "es", "Decisión 12/COP.16: Marcos normativos de preparación y resiliencia ante la sequía", "La decisión invita a las Partes a adoptar planes nacionales que pasen de la respuesta a las crisis a la gestión del riesgo: alerta temprana, mapas de vulnerabilidad, seguros y protección social para pastores y agricultores, almacenamiento de agua y restauración de cuencas.", "2024", (), ("Secretaría de la Convención de las Naciones Unidas de Lucha contra la Desertificación",)),
    _r("d33x", "unccd", "document", "en", "Decision 23/COP.15: Drought", "The previous session's decision on drought and its intergovernmental working group.", "2022", (), ("Secretariat of the United Nations Convention to Combat Desertification",), ("ICCD/COP(15)/23/Add.1",)),
    _r("d33y", "unccd", "document", "en", "Decision 13/COP.16: Sand and dust storms", "A sibling decision of the same session, on sand and dust storms.", "2024", (), ("Secretariat of the United Nations Convention to Combat Desertification",), ("ICCD/COP(16)/23/Add.1",)),
    # 34 an IPBES summary for policymakers in English, Russian and Chinese (the symbol on the English copy only); the full report of the same assessment; the summary of the other assessment approved at the same session
    _r("d34a", "ipbes", "document", "en", "Summary for policymakers of the assessment report on the underlying causes of biodiversity loss and the determinants of transformative change", "The summary approved by the Plenary of IPBES: why biodiversity keeps declining despite policies, the views and values, inequalities and economic systems behind it, the barriers to change such as subsidies harmful to nature and short-term thinking, and strategies for deep change in how people relate to nature, from conserving places that matter most to rethinking finance and consumption.", "2024", (), ("Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services",), ("IPBES/11/11/Add.1",)),
    _r("d34b", "ipbes-ru", "document", "ru", "Резюме для директивных органов доклада об оценке глубинных причин утраты биоразнообразия и факторов преобразовательных изменений", "Резюме, одобренное Пленумом МПБЭУ: почему биоразнообразие продолжает сокращаться, несмотря на политику; взгляды и ценности, неравенство и экономические системы; препятствия к изменениям, такие как вредные для природы субсидии; стратегии глубоких перемен в отношениях людей с природой.", "2024", (), ("МПБЭУ",)),
    _r("d34c", "ipbes-zh", "document", "zh", "关于生物多样性丧失根本原因和变革性变化决定因素的评估报告决策者摘要", "生物多样性和生态系统服务政府间科学政策平台全体会议核准的摘要：尽管有各项政策，生物多样性为何仍在下降；其背后的观念与价值、不平等和经济体系；有害于自然的补贴等变革障碍；以及改变人与自然关系的战略。", "2024", (), ("生物多样性和生态系统服务政府间科学政策平台",)),
    _r("d34x", "ipbes", "document", "en", "Assessment report on the underlying causes of biodiversity loss and the determinants of transformative change: full report", "The chapters of the assessment behind the summary.", "2024", (), ("Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services",)),
    _r("d34y", "ipbes", "document", "en", "Summary for policymakers of the thematic assessment of the interlinkages among biodiversity, water, food and health", "The summary of the other assessment approved at the same session of the Plenary.", "2024", (), ("Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services",), ("IPBES/11/10/Add.1",)),
    # 35 a Ramsar site information sheet in English (Ramsar site, site number) and Arabic (national node, no country, no number, no date); another site of the same country; the site's management plan
    _r("d35a", "ramsar", "document", "en", "Ramsar Site Information Sheet: Lake Bardawil (2024 update)", "The updated information sheet for Lake Bardawil on the north coast of Sinai, a shallow hypersaline lagoon cut off from the Mediterranean by a long sand bar: its two openings to the sea kept open by dredging, the gilthead bream and sole fisheries licensed to Bedouin fishers, wintering flamingos, terns and waders on the flyway between Europe and Africa, the closed fishing season, and the salt works and roads planned on its shores.", "2024", ("EG",), ("Egyptian Environmental Affairs Agency",), ("Ramsar site no. 408",)),
    _r("d35b", "eg-chm", "document", "ar", "صحيفة معلومات موقع رامسار: بحيرة البردويل (تحديث 2024)", "صحيفة المعلومات المحدثة لبحيرة البردويل في شمال سيناء: بحيرة ضحلة شديدة الملوحة يفصلها عن البحر المتوسط حاجز رملي، وفتحتاها إلى البحر، ومصايد الدنيس وموسم إغلاق الصيد، والنحام والخرشنة والطيور الخواضة المهاجرة، وملاحات وطرق مخطط لها على شواطئها.", None, ()),
    _r("d35x", "ramsar", "document", "en", "Ramsar Site Information Sheet: Lake Burullus (2024 update)", "The updated sheet for another coastal lagoon of the same country, in the Nile delta.", "2024", ("EG",), ("Egyptian Environmental Affairs Agency",), ("Ramsar site no. 407",)),
    _r("d35y", "eg-chm", "document", "en", "Zaranik protected area and Lake Bardawil: management plan 2025-2030", "The plan that sets fishing zones, the closed season and bird watching at the lagoon.", "2025", ("EG",), ("Egyptian Environmental Affairs Agency",)),
    # 36 a need in English (portal) and Arabic (national node, no country, no date); an offer that could answer it; a second need of the same country
    _r("d36a", "cbd-chm", "need", "en", "Request for support to restore argan woodlands in the Souss-Massa region, Morocco", "Morocco requests support to restore degraded argan woodlands in the Arganeraie Biosphere Reserve: seedling nurseries run by women's argan cooperatives, protection of young trees from goats with agreements between herders and villages, water harvesting in planting pits, training of forest agents in monitoring survival, and a study of the effect of the oil trade on the woodland.\nType of support: technical assistance, training, financial", "2025", ("MA",), ("Agence Nationale des Eaux et Forêts",)),
    _r("d36b", "ma-chm", "need", "ar", "طلب دعم لإعادة تأهيل غابات الأركان في جهة سوس ماسة", "مشاتل تديرها تعاونيات نسائية، اتفاقات بين الرعاة والقرى لحماية الأشجار الصغيرة من الماعز، حصاد مياه الأمطار، تدريب أعوان المياه والغابات، ودراسة أثر تجارة الزيت.\nنوع الدعم: مساعدة تقنية، تدريب، تمويل", None, ()),
    _r("d36x", "cbd-chm", "support-source", "en", "Grants for restoration of dryland woodlands in North Africa and the Middle East", "A foundation offers grants to community groups restoring dryland trees and rangelands.\nType of support: financial\nEligible countries: North Africa, Middle East", "2025", ("CH",), ("Drylands Restoration Foundation",)),
    _r("d36y", "cbd-chm", "need", "en", "Request for support to protect the Barbary macaque in the Middle Atlas, Morocco", "Morocco requests support to survey and protect the Barbary macaque in the cedar forests of Ifrane.\nType of support: technical assistance", "2025", ("MA",), ("Agence Nationale des Eaux et Forêts",)),
    # 37 a UNCCD national report in English (UNCCD site) and Russian (national node, no country, no date); the previous report; the neighbour's report for the same cycle
    _r("d37a", "unccd", "document", "en", "National report of Turkmenistan to the United Nations Convention to Combat Desertification, 2022 reporting process", "Turkmenistan reports on the strategic objectives of the Convention: shifting sands in the Karakum desert and the saxaul plantings that hold them, salinization of irrigated land along the Amu Darya and the Karakum canal, dust storms from the dried Aral Sea bed, pasture degradation around wells, and its land degradation neutrality targets.", "2022", ("TM",), ("Ministry of Environmental Protection of Turkmenistan",)),
    _r("d37b", "tm-chm", "document", "ru", "Национальный доклад Туркменистана по Конвенции ООН по борьбе с опустыниванием, отчётный цикл 2022 года", "Движущиеся пески Каракумов и посадки саксаула, засоление орошаемых земель вдоль Амударьи и Каракумского канала, пыльные бури с высохшего дна Арала, деградация пастбищ у колодцев и цели нейтрального баланса деградации земель.", None, ()),
    _r("d37x", "unccd", "document", "en", "National report of Turkmenistan to the United Nations Convention to Combat Desertification, 2018 reporting process", "The previous report of the same country.", "2018", ("TM",), ("State Committee for Environmental Protection and Land Resources of Turkmenistan",)),
    _r("d37y", "unccd", "document", "en", "National report of Uzbekistan to the United Nations Convention to Combat Desertification, 2022 reporting process", "Uzbekistan's report: the Aral Sea bed plantings, salinity and pastures.", "2022", ("UZ",), ("Ministry of Ecology, Environmental Protection and Climate Change of Uzbekistan",)),
    # 38 an ABS country profile in English (ABS-CH) and Russian (national node, no country, no date); the same country's ABS focal point; the neighbour's profile from the same template
    _r("d38a", "abs-ch", "national-profile", "en", "ABS country profile: Tajikistan", "Tajikistan's profile on the ABS Clearing-House: the Committee for Environmental Protection as competent national authority, the draft regulation on access to genetic resources, the wild relatives of fruit trees in the walnut and apple forests of the Pamir-Alai, the local varieties of wheat and apricot kept by mountain farmers, and the procedure for foreign expeditions collecting seeds.", "2025", ("TJ",), (), ("https://absch.example.org/en/countries/TJ",)),
    _r("d38b", "tj-chm", "national-profile", "ru", "Профиль страны по доступу и совместному использованию выгод: Таджикистан", "Комитет по охране окружающей среды как компетентный орган, проект положения о доступе, дикие сородичи плодовых деревьев Памиро-Алая, местные сорта пшеницы и абрикоса и порядок сбора семян иностранными экспедициями.", None, ()),
    _r("d38x", "abs-ch", "contact-point", "en", "ABS national focal point: Tajikistan", "The Committee for Environmental Protection in Dushanbe is Tajikistan's national focal point for the Nagoya Protocol.", "2025", ("TJ",)),
    _r("d38y", "abs-ch", "national-profile", "en", "ABS country profile: Kyrgyzstan", "Kyrgyzstan's profile: the competent authority, the walnut forests and the collection of seeds by foreign expeditions.", "2025", ("KG",), (), ("https://absch.example.org/en/countries/KG",)),
    # 39 a national report in English (portal) and French (national node, no country, no date); the previous report; the neighbour's report from the same template
    _r("d39a", "cbd-chm", "document", "en", "Seventh national report of Luxembourg to the Convention on Biological Diversity", "Luxembourg reports on its progress after the Kunming-Montreal Global Biodiversity Framework: the decline of farmland birds and insects, the restoration of the Sûre and Alzette valleys and their wet meadows, the protection of the last beech and oak forests of the Ardennes, the fragmentation of the country by roads, the biodiversity pact with municipalities and the spending on nature schemes for farmers.", "2026", ("LU",), ("Ministry of the Environment, Climate and Biodiversity of Luxembourg",)),
    _r("d39b", "lu-chm", "document", "fr", "Septième rapport national du Luxembourg à la Convention sur la diversité biologique", "Le déclin des oiseaux et insectes des champs, les vallées de la Sûre et de l'Alzette restaurées, les hêtraies de l'Oesling, les routes qui morcellent le pays, le pacte nature avec les communes et les aides aux agriculteurs.", None, (), ("MECB",)),
    _r("d39x", "cbd-chm", "document", "en", "Sixth national report of Luxembourg to the Convention on Biological Diversity", "The previous report, on the Aichi Biodiversity Targets.", "2019", ("LU",), ("Ministry of Sustainable Development and Infrastructure of Luxembourg",)),
    _r("d39y", "cbd-chm", "document", "en", "Seventh national report of Monaco to the Convention on Biological Diversity", "Monaco reports on its marine reserves, the Larvotto seagrass beds and urban nature.", "2026", ("MC",), ("Department of the Environment of Monaco",)),
    # 40 a CITES non-detriment finding in English (CITES site, number) and Spanish (national node, no number, no country); the previous finding; the neighbour's finding on the same species
    _r("d40a", "cites", "document", "en", "Non-detriment finding for exports of vicuña (Vicugna vicugna) fibre from live-shearing, Bolivia, 2025", "The Scientific Authority of Bolivia finds that exports of fibre shorn from live wild vicuñas are not detrimental: round-ups by Aymara and Quechua communities in the Apolobamba and the high plateau of Oruro, shearing every two years and release of the animals, population counts rising since the last finding, the labelling of cloth with the country's vicuña mark and a register of community stocks.", "2025", ("BO",), ("Ministry of Environment and Water of Bolivia",), ("NDF-BO-2025-03",)),
    _r("d40b", "bo-chm", "document", "es", "Dictamen de extracción no perjudicial: fibra de vicuña esquilada en vivo, 2025", "Arreos comunitarios en Apolobamba y Oruro, esquila cada dos años y liberación, poblaciones en aumento, marca en las telas y registro de existencias.", "2025", (), ("MMAyA",)),
    _r("d40x", "cites", "document", "en", "Non-detriment finding for exports of vicuña (Vicugna vicugna) fibre from live-shearing, Bolivia, 2020", "The previous finding on the same exports.", "2020", ("BO",), ("Ministry of Environment and Water of Bolivia",), ("NDF-BO-2020-01",)),
    _r("d40y", "cites", "document", "en", "Non-detriment finding for exports of vicuña (Vicugna vicugna) fibre from live-shearing, Argentina, 2025", "Argentina's finding on fibre from the puna of Jujuy and Catamarca.", "2025", ("AR",), ("Ministry of Environment of Argentina",), ("NDF-AR-2025-02",)),
    # 41 a biosafety risk assessment in English (BCH, number) and Portuguese (national node, no number, no country); the decision taken on it; the risk assessment of another event at the same station
    _r("d41a", "bch", "document", "en", "Risk assessment: confined field trial of drought-tolerant and insect-protected maize MON 87460 x MON 89034, Chókwè, Mozambique", "The risk assessment for a confined trial of stacked genetically modified maize at the Chókwè agricultural research station: the events' traits for drought tolerance and resistance to the maize stalk borer and fall armyworm, isolation distances and border rows against pollen flow to farmers' maize, destruction of harvested grain, monitoring of volunteers for a season after the trial, and the conclusion that the risks are manageable under the conditions set.", "2024", ("MZ",), ("Inter-institutional Group on Biosafety of Mozambique",), ("BCH-RA-MZ-2024-006",)),
    _r("d41b", "mz-chm", "document", "pt", "Avaliação de risco: ensaio confinado de milho tolerante à seca e resistente a insectos, Chókwè", "Distâncias de isolamento e linhas de bordadura, destruição do grão colhido, vigilância de plantas espontâneas e riscos geríveis nas condições impostas.", "2024", (), ()),
    _r("d41x", "bch", "document", "en", "Decision: approval of the confined field trial of drought-tolerant and insect-protected maize MON 87460 x MON 89034, Chókwè, Mozambique", "The decision approving the trial, taken on the basis of the risk assessment.", "2024", ("MZ",), ("Inter-institutional Group on Biosafety of Mozambique",), ("BCH-DEC-MZ-2024-004",)),
    _r("d41y", "bch", "document", "en", "Risk assessment: confined field trial of insect-protected cowpea event AAT709A, Chókwè, Mozambique", "The risk assessment of another trial at the same station, on genetically modified cowpea.", "2024", ("MZ",), ("Inter-institutional Group on Biosafety of Mozambique",), ("BCH-RA-MZ-2024-007",)),
    # 42 a need in English (portal) and Spanish (national node, no country, no date); an offer that could answer it; a second need of the same country from the same template
    _r("d42a", "cbd-chm", "need", "en", "Request for support to monitor migratory shorebirds in the Bay of Panama Ramsar site", "Panama requests support to monitor the hundreds of thousands of shorebirds that winter on the mudflats of the Bay of Panama: monthly counts with volunteers, tagging of western sandpipers and whimbrels with radio transmitters, a network of receiving stations, training of ministry rangers, and maps of the mangroves and mudflats lost to the growth of Panama City.\nType of support: technical assistance, training, equipment", "2025", ("PA",), ("Ministry of Environment of Panama",)),
    _r("d42b", "pa-chm", "need", "es", "Solicitud de apoyo para monitorear aves playeras migratorias en el sitio Ramsar Bahía de Panamá", "Conteos mensuales con voluntarios, marcaje de playeros con radiotransmisores, estaciones receptoras, formación de guardaparques y mapas de manglares y fangales perdidos.\nTipo de apoyo: asistencia técnica, formación, equipo", None, ()),
    _r("d42x", "cbd-chm", "support-source", "en", "Offer of radio-tracking equipment and training for shorebird monitoring in the Americas", "A flyway network offers receiving stations and training in tagging shorebirds.\nType of support: equipment, training\nEligible countries: Latin America and the Caribbean", "2025", ("CA",), ("Western Hemisphere Shorebird Reserve Network",)),
    _r("d42y", "cbd-chm", "need", "en", "Request for support to monitor migratory shorebirds in the Gulf of Montijo Ramsar site", "Panama requests support to count shorebirds in another of its Ramsar sites, on the Pacific coast of Veraguas.\nType of support: technical assistance", "2025", ("PA",), ("Ministry of Environment of Panama",)),
]  # fmt: skip

SAME: list[tuple[str, str]] = [
    ("cbd-chm:d11a", "mw-chm:d11b"),
    ("bch:d12a", "my-chm:d12b"),
    ("abs-ch:d13a", "na-chm:d13b"),
    ("ramsar:d14a", "si-chm:d14b"),
    ("cites:d15a", "sb-chm:d15b"),
    ("cites:d16a", "mt-chm:d16b"),
    ("unccd:d17a", "sz-chm:d17b"),
    ("cms:d18a", "et-chm:d18b"),
    ("ipbes:d19a", "informea:d19b"),
    ("cbd-chm:d20a", "lc-chm:d20b"),
    ("cbd-chm:d21a", "kr-chm:d21b"),
    ("cbd-chm:d22a", "gy-chm:d22b"),
    ("cbd-chm:d23a", "ki-chm:d23b"),
    ("cbd-chm:d24a", "lt-chm:d24b"),
    ("cbd-chm:d25a", "mn-chm:d25b"),
    ("cbd-chm:d26a", "mv-chm:d26b"),
    ("cbd-chm-fr:d27a", "bi-chm:d27b"),
    ("bch-fr:d28a", "ch-chm:d28b"),
    ("abs-ch-es:d29a", "ar-chm:d29b"),
    ("cbd-chm-pt:d30a", "cv-chm:d30b"),
    ("cms:d31a", "cms-fr:d31b"),
    ("cms:d31a", "cms-es:d31c"),
    ("cms-fr:d31b", "cms-es:d31c"),
    ("ramsar:d32a", "ramsar-fr:d32b"),
    ("ramsar:d32a", "ramsar-es:d32c"),
    ("ramsar-fr:d32b", "ramsar-es:d32c"),
    ("unccd:d33a", "unccd-fr:d33b"),
    ("unccd:d33a", "unccd-es:d33c"),
    ("unccd-fr:d33b", "unccd-es:d33c"),
    ("ipbes:d34a", "ipbes-ru:d34b"),
    ("ipbes:d34a", "ipbes-zh:d34c"),
    ("ipbes-ru:d34b", "ipbes-zh:d34c"),
    ("ramsar:d35a", "eg-chm:d35b"),
    ("cbd-chm:d36a", "ma-chm:d36b"),
    ("unccd:d37a", "tm-chm:d37b"),
    ("abs-ch:d38a", "tj-chm:d38b"),
    ("cbd-chm:d39a", "lu-chm:d39b"),
    ("cites:d40a", "bo-chm:d40b"),
    ("bch:d41a", "mz-chm:d41b"),
    ("cbd-chm:d42a", "pa-chm:d42b"),
]
"""The pairs that are one item (40: 32 items, four of them in three languages; 20 pairs in one
language, 20 across languages, 7 of those with Arabic, Chinese or Russian)."""

NEAR_MISSES: list[tuple[str, str]] = [
    ("cbd-chm:d11a", "cbd-chm:d11x"), ("mw-chm:d11b", "cbd-chm:d11x"), ("cbd-chm:d11a", "cbd-chm:d11y"), ("mw-chm:d11b", "cbd-chm:d11y"),
    ("bch:d12a", "bch:d12x"), ("my-chm:d12b", "bch:d12x"), ("bch:d12a", "bch:d12y"), ("my-chm:d12b", "bch:d12y"),
    ("abs-ch:d13a", "abs-ch:d13x"), ("na-chm:d13b", "abs-ch:d13x"), ("abs-ch:d13a", "abs-ch:d13y"), ("na-chm:d13b", "abs-ch:d13y"),
    ("ramsar:d14a", "ramsar:d14x"), ("si-chm:d14b", "ramsar:d14x"), ("ramsar:d14a", "ramsar:d14y"), ("si-chm:d14b", "ramsar:d14y"),
    ("cites:d15a", "cites:d15x"), ("sb-chm:d15b", "cites:d15x"), ("cites:d15a", "cites:d15y"), ("sb-chm:d15b", "cites:d15y"),
    ("cites:d16a", "cites:d16x"), ("mt-chm:d16b", "cites:d16x"), ("cites:d16a", "cites:d16y"), ("mt-chm:d16b", "cites:d16y"),
    ("unccd:d17a", "unccd:d17x"), ("sz-chm:d17b", "unccd:d17x"), ("unccd:d17a", "unccd:d17y"), ("sz-chm:d17b", "unccd:d17y"),
    ("cms:d18a", "cms:d18x"), ("et-chm:d18b", "cms:d18x"), ("cms:d18a", "cms:d18y"), ("et-chm:d18b", "cms:d18y"),
    ("ipbes:d19a", "ipbes:d19x"), ("informea:d19b", "ipbes:d19x"), ("ipbes:d19a", "ipbes:d19y"), ("informea:d19b", "ipbes:d19y"),
    ("cbd-chm:d20a", "cbd-chm:d20x"), ("lc-chm:d20b", "cbd-chm:d20x"), ("cbd-chm:d20a", "cbd-chm:d20y"), ("lc-chm:d20b", "cbd-chm:d20y"),
    ("cbd-chm:d21a", "cbd-chm:d21x"), ("kr-chm:d21b", "cbd-chm:d21x"), ("cbd-chm:d21a", "cbd-chm:d21y"), ("kr-chm:d21b", "cbd-chm:d21y"),
    ("cbd-chm:d22a", "cbd-chm:d22x"), ("gy-chm:d22b", "cbd-chm:d22x"), ("cbd-chm:d22a", "cbd-chm:d22y"), ("gy-chm:d22b", "cbd-chm:d22y"),
    ("cbd-chm:d23a", "ki-chm:d23x"), ("ki-chm:d23b", "ki-chm:d23x"), ("cbd-chm:d23a", "cbd-chm:d23y"), ("ki-chm:d23b", "cbd-chm:d23y"),
    ("cbd-chm:d24a", "cbd-chm:d24x"), ("lt-chm:d24b", "cbd-chm:d24x"), ("cbd-chm:d24a", "cbd-chm:d24y"), ("lt-chm:d24b", "cbd-chm:d24y"),
    ("cbd-chm:d25a", "cbd-chm:d25x"), ("mn-chm:d25b", "cbd-chm:d25x"), ("cbd-chm:d25a", "cbd-chm:d25y"), ("mn-chm:d25b", "cbd-chm:d25y"),
    ("cbd-chm:d26a", "cbd-chm:d26x"), ("mv-chm:d26b", "cbd-chm:d26x"), ("cbd-chm:d26a", "cbd-chm:d26y"), ("mv-chm:d26b", "cbd-chm:d26y"),
    ("cbd-chm-fr:d27a", "cbd-chm-fr:d27x"), ("bi-chm:d27b", "cbd-chm-fr:d27x"), ("cbd-chm-fr:d27a", "cbd-chm-fr:d27y"), ("bi-chm:d27b", "cbd-chm-fr:d27y"),
    ("bch-fr:d28a", "bch-fr:d28x"), ("ch-chm:d28b", "bch-fr:d28x"), ("bch-fr:d28a", "bch-fr:d28y"), ("ch-chm:d28b", "bch-fr:d28y"),
    ("abs-ch-es:d29a", "abs-ch-es:d29x"), ("ar-chm:d29b", "abs-ch-es:d29x"), ("abs-ch-es:d29a", "abs-ch-es:d29y"), ("ar-chm:d29b", "abs-ch-es:d29y"),
    ("cbd-chm-pt:d30a", "cbd-chm-pt:d30x"), ("cv-chm:d30b", "cbd-chm-pt:d30x"), ("cbd-chm-pt:d30a", "cbd-chm-pt:d30y"), ("cv-chm:d30b", "cbd-chm-pt:d30y"),
    ("cms:d31a", "cms:d31x"), ("cms-fr:d31b", "cms:d31x"), ("cms-es:d31c", "cms:d31x"), ("cms:d31a", "cms:d31y"), ("cms-fr:d31b", "cms:d31y"), ("cms-es:d31c", "cms:d31y"),
    ("ramsar:d32a", "ramsar:d32x"), ("ramsar-fr:d32b", "ramsar:d32x"), ("ramsar-es:d32c", "ramsar:d32x"), ("ramsar:d32a", "ramsar:d32y"), ("ramsar-fr:d32b", "ramsar:d32y"), ("ramsar-es:d32c", "ramsar:d32y"),
    ("unccd:d33a", "unccd:d33x"), ("unccd-fr:d33b", "unccd:d33x"), ("unccd-es:d33c", "unccd:d33x"), ("unccd:d33a", "unccd:d33y"), ("unccd-fr:d33b", "unccd:d33y"), ("unccd-es:d33c", "unccd:d33y"),
    ("ipbes:d34a", "ipbes:d34x"), ("ipbes-ru:d34b", "ipbes:d34x"), ("ipbes-zh:d34c", "ipbes:d34x"), ("ipbes:d34a", "ipbes:d34y"), ("ipbes-ru:d34b", "ipbes:d34y"), ("ipbes-zh:d34c", "ipbes:d34y"),
    ("ramsar:d35a", "ramsar:d35x"), ("eg-chm:d35b", "ramsar:d35x"), ("ramsar:d35a", "eg-chm:d35y"), ("eg-chm:d35b", "eg-chm:d35y"),
    ("cbd-chm:d36a", "cbd-chm:d36x"), ("ma-chm:d36b", "cbd-chm:d36x"), ("cbd-chm:d36a", "cbd-chm:d36y"), ("ma-chm:d36b", "cbd-chm:d36y"),
    ("unccd:d37a", "unccd:d37x"), ("tm-chm:d37b", "unccd:d37x"), ("unccd:d37a", "unccd:d37y"), ("tm-chm:d37b", "unccd:d37y"),
    ("abs-ch:d38a", "abs-ch:d38x"), ("tj-chm:d38b", "abs-ch:d38x"), ("abs-ch:d38a", "abs-ch:d38y"), ("tj-chm:d38b", "abs-ch:d38y"),
    ("cbd-chm:d39a", "cbd-chm:d39x"), ("lu-chm:d39b", "cbd-chm:d39x"), ("cbd-chm:d39a", "cbd-chm:d39y"), ("lu-chm:d39b", "cbd-chm:d39y"),
    ("cites:d40a", "cites:d40x"), ("bo-chm:d40b", "cites:d40x"), ("cites:d40a", "cites:d40y"), ("bo-chm:d40b", "cites:d40y"),
    ("bch:d41a", "bch:d41x"), ("mz-chm:d41b", "bch:d41x"), ("bch:d41a", "bch:d41y"), ("mz-chm:d41b", "bch:d41y"),
    ("cbd-chm:d42a", "cbd-chm:d42x"), ("pa-chm:d42b", "cbd-chm:d42x"), ("cbd-chm:d42a", "cbd-chm:d42y"), ("pa-chm:d42b", "cbd-chm:d42y"),
    ("cbd-chm:d11x", "cbd-chm:d11y"), ("ramsar:d14x", "ramsar:d14y"), ("cites:d15x", "cites:d15y"), ("cbd-chm:d24x", "cbd-chm:d24y"), ("cbd-chm-pt:d30x", "cbd-chm-pt:d30y"), ("ramsar:d32x", "ramsar:d32y"), ("unccd:d33x", "unccd:d33y"), ("unccd:d37x", "unccd:d37y"), ("cbd-chm:d39x", "cbd-chm:d39y"), ("cites:d40x", "cites:d40y"),
]  # fmt: skip
"""Look-alikes written on purpose: different items (146 pairs)."""
