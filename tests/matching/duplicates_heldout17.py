# ruff: noqa: E501  (hand-written records: one record per line reads best)
"""A seventeenth held-out set of duplicate pairs and look-alikes, written by hand and labelled
before chm was run on it.

Why a seventeenth one: the sixteenth set (tests/matching/duplicates_heldout16.py) is to be
measured once as held out, and the duplicate rules, the vocabulary and the matching are being
changed again while looking at sets 1-16, so a further untouched set is kept. This file was
written and committed **alone**, before the next changes to the rules, by someone who did not
write the duplicate rules nor read them, the vocabulary or the lexicon, did not run chm's
duplicate detection (nor the evaluators, nor ``chm match``, nor the matching benchmark) on it
and did not look at what chm gives for it; only its own construction was run
(tests/matching/test_heldout_construction.py: the records build, the labels name existing
records, no pair is labelled twice). It is to be measured once, after those changes, and not
tuned on.

What it samples (labelled by what the records say, not by a guess of what chm does): copies of
one item that share few distinctive words (a national node's one- or two-line summary, or a short
title with an acronym, a vernacular name or no accents, such as ``7NR - Greece (final)``,
``Mukwa NDF 2025``, ``ASGM NAP``, ``Thjorsarver - site sheet updated``, ``Strategie
biodiversite 2030`` or ``7-й НД по КБР``, against the central node's long abstract: of the 22
pairs in one language, in 21 the shorter description is under a third of the other's length, in
18 the two copies share at most a quarter of the distinct words of four letters or more of their
titles and descriptions taken together, in 17 both; and in 3 of the 18 pairs across languages the
shorter description is under a third of the other's); every ``SAME`` pair has at least one copy
without a country; translations into Arabic, Chinese and Russian (4 of the 18 pairs across
languages, and one pair in Russian among the pairs in one language); and look-alikes that share
most of their words (a country's biosafety or ABS profile against the same country's national
focal point page, the same country's focal points under two protocols, two countries' profiles,
focal points, assessments, needs, plans or projects built from one template, a report or an
assessment against its annex, a risk assessment against the decision taken on it, a request
against the offer that could answer it, a draft against the adopted guidance, the 2019 edition
of a guidance against its 2025 edition, a national report against the project of the same
country on the same reserves).

Provenance: written for chm in the style of the public pages of the CBD clearing-house (national
reports and strategies, needs, offers of courses and fellowships, projects, case studies), the
Biosafety Clearing-House (country profiles, national focal points, risk assessments and
decisions, national reports under the Cartagena Protocol), the ABS Clearing-House (country
profiles, national focal points, national reports under the Nagoya Protocol), CITES
(non-detriment findings, management and scientific authorities, a national enforcement course
and a regional workshop), the Minamata Convention clearing-house (initial assessments and an
annex, national action plans on artisanal and small-scale gold mining and an annex, an Article
21 report, guidance and its draft), the Basel, Rotterdam and Stockholm Conventions (technical
guidelines and their draft, guidance in two editions, a subregional workshop, updated national
implementation plans), the Ramsar Convention (a site information sheet, a management plan,
national reports for the Conference of the Parties), InforMEA and national clearing-house nodes,
in English, French, Spanish, Portuguese, Arabic, Russian and Chinese. The countries are mostly
ones the earlier sets use least or not at all (Greece, Cyprus, Germany, Belgium, Myanmar,
Thailand, Iceland, Zimbabwe, Botswana, Sweden, Slovakia, Barbados, Grenada, Serbia, Bosnia and
Herzegovina, New Zealand, North Macedonia, Albania, Montenegro, Nigeria, Suriname, Japan,
Ukraine, Georgia, Mali, Niger, Mexico, El Salvador, Spain, Angola, Mozambique, Kyrgyzstan,
Tajikistan, Seychelles, Switzerland, Liechtenstein, Canada, Venezuela, Sao Tome and Principe,
Cabo Verde, Portugal, Libya, Bahrain, Saudi Arabia, China...). Half of the ``SAME`` pairs (22 of
40) are one record harvested from two nodes and reworded by a national node (or InforMEA) in the
same language (twenty-two items: sixteen in English, two each in French and Spanish, one each in
Portuguese and Russian): another title (shorter, with an acronym of the document, the agency or
the programme, a vernacular name, a subtitle, the city or the edition dropped, missing accents);
a much shorter description in other words; one copy without date, country, document symbol, GEF
number, finding or risk assessment number or landing page; the creator as an acronym or a short
name on one copy. The other half (18 of 40) are official translations across languages (two
items in English, French and Spanish; twelve items in two languages: English with French three times,
with Spanish three times, with Portuguese and Arabic twice each and with Russian and Chinese
once each), the national copy without a country field. Countries, conventions, bodies, agencies, programmes, protected
areas, Ramsar sites, LMO events and species are real; the titles, texts, dates, identifiers
(finding, risk assessment and decision numbers, GEF numbers, symbols, workshop numbers) and most
names of units are written for this set. No text was copied from the pages or from the earlier
sets.

Labelling criteria (as in the earlier sets):

* ``SAME``: both records describe the same document (the same edition, version, year or
  reporting cycle), meeting, workshop or course (the same session or edition), project (the
  same phase), need (the same request of the same country), offer (the same call, intake or
  course edition), case, country profile or contact point (the same role of the same country),
  in any language, on any node, under any identifier.
* Every other two records of this file are **different items**; ``NEAR_MISSES`` lists the
  look-alikes written on purpose (the records whose identifier ends in x or y, against each copy
  of the item they imitate, and a few look-alikes against each other or against another item
  built from the same template): the same template filled by another country, site, island,
  reserve, species or event (identical titles but for the place, the species or the event in
  most cases); the previous national report, strategy, implementation plan, finding, edition or
  intake of the same country or body; the 2019 edition of a guidance against its 2025 edition
  and the sibling guidance of the same series; a draft against the adopted guidance and the
  sibling guidance or guidelines of the same meeting; a site sheet against another site of the
  same country and against the site's management plan; an initial assessment or an action plan
  against its annex, and an initial assessment against the same country's first Article 21
  report; a risk assessment against the decision on the same event and the risk assessment of
  another event; a country profile against the same country's national focal point page, and
  the same country's focal points or profiles under the Cartagena and Nagoya Protocols; a
  Management Authority against the same country's Scientific Authority and another country's
  Management Authority; a request against the offer that could answer it and an offer against a
  request it could answer; the same workshop or course in another year, city or subregion, and
  a sibling course or programme of the same host; two needs of one country on two islands; the
  next phase of a project and the neighbour's sibling project; another case of the same node
  and the same story in another region; a national report against a project on the same
  reserves.

``SAME`` is closed under transitivity (an item in three languages gives three pairs).
"""

from __future__ import annotations

from typing import Any

from tests.matching.duplicates_heldout4 import _r

RECORDS: list[dict[str, Any]] = [
    # 1 a seventh national report on the portal (a long abstract) and on the national node (a short title with the report's acronym, two lines in other words, the ministry by its acronym, neither date nor country); the sixth report; the neighbour's seventh report from the same template
    _r("c01a", "cbd-chm", "document", "en", "Seventh national report of Greece to the Convention on Biological Diversity", "Greece reports on its progress towards the national targets adopted after the Kunming-Montreal Global Biodiversity Framework: the extension of marine protected areas in the Ionian and the southern Aegean, the wildfires of Evros and Rhodes and the restoration of burnt pine forests, the Prespa lakes and the Dalmatian pelican, pressure from tourism on the dunes of Crete, the loggerhead turtle nesting beaches of Zakynthos and the new management bodies of the Natura 2000 sites.", "2026", ("GR",), ("Ministry of Environment and Energy of Greece",)),
    _r("c01b", "gr-chm", "document", "en", "7NR - Greece (final)", "YPEN: what changed since the last cycle - more sea under protection, forests after the fires, pelicans, turtles and the new site agencies.", None, (), ("YPEN",)),
    _r("c01x", "cbd-chm", "document", "en", "Sixth national report of Greece to the Convention on Biological Diversity", "Greece's sixth report, written against the Aichi Biodiversity Targets.", "2019", ("GR",), ("Ministry of Environment and Energy of Greece",)),
    _r("c01y", "cbd-chm", "document", "en", "Seventh national report of Cyprus to the Convention on Biological Diversity", "Cyprus reports on its progress: the Akamas peninsula, the Cyprus mouflon, illegal bird trapping, water scarcity and the Natura 2000 network.", "2026", ("CY",), ("Department of Environment of Cyprus",)),
    # 2 a biosafety country profile on the BCH (landing page) and on the national node (another title, a short text, neither date nor country); the same country's national focal point page; another country's profile from the same template
    _r("c02a", "bch", "national-profile", "en", "Country profile: Germany (Cartagena Protocol on Biosafety)", "Germany's biosafety profile: the Federal Office of Consumer Protection and Food Safety as competent national authority for releases and placing on the market, the Genetic Engineering Act and its ordinances, the Central Committee on Biological Safety that advises on contained use, the public site register of field releases, and the Länder authorities that inspect laboratories and sample seed.", "2025", ("DE",), (), ("https://bch.example.org/en/countries/DE",)),
    _r("c02b", "de-chm", "national-profile", "en", "GMO rules in Germany at a glance", "BVL authorises; ZKBS advises; the Länder inspect labs and seed; a public register lists every release site.", None, ()),
    _r("c02x", "bch", "contact-point", "en", "Cartagena Protocol national focal point: Germany", "The Federal Ministry for the Environment in Berlin is Germany's national focal point for the Cartagena Protocol on Biosafety and forwards the notifications of the Biosafety Clearing-House to the competent authority.", "2025", ("DE",)),
    _r("c02y", "bch", "national-profile", "en", "Country profile: Belgium (Cartagena Protocol on Biosafety)", "Belgium's biosafety profile: the federal public service for health as competent authority, the Biosafety Advisory Council, regional rules on contained use and the public register of field releases.", "2025", ("BE",), (), ("https://bch.example.org/en/countries/BE",)),
    # 3 a Minamata initial assessment on the convention's clearing-house and on the national node (its acronym, the ministry by its acronym, no country); its inventory annex; the neighbour's assessment
    _r("c03a", "mercury-ch", "document", "en", "Minamata Initial Assessment of Myanmar", "Myanmar's national mercury inventory and institutional assessment: mercury amalgamation in gold mining along the Chindwin and Irrawaddy rivers and in Sagaing and Kachin, coal burning at the Tigyit power plant, mercury-added cosmetics sold at border markets, dental amalgam, medical waste incineration in Yangon and Mandalay, and gaps in the environmental conservation law and the customs tariff.", "2022", ("MM",), ("Ministry of Natural Resources and Environmental Conservation of Myanmar",)),
    _r("c03b", "mm-chm", "document", "en", "MIA report (MONREC)", "Where the mercury is: river gold workings in the north, one coal plant, skin creams at the borders, fillings and hospital incinerators; laws to be amended.", "2022", (), ("MONREC",)),
    _r("c03x", "mercury-ch", "document", "en", "Minamata Initial Assessment of Myanmar - Annex 1: level 1 inventory spreadsheets", "The inventory spreadsheets behind the assessment, one sheet per source category.", "2022", ("MM",), ("Ministry of Natural Resources and Environmental Conservation of Myanmar",)),
    _r("c03y", "mercury-ch", "document", "en", "Minamata Initial Assessment of Thailand", "Thailand's national mercury inventory: natural gas processing in the Gulf of Thailand, coal power, lamps, dental amalgam and waste incineration.", "2021", ("TH",), ("Pollution Control Department of Thailand",)),
    # 4 Basel technical guidelines on the conventions' site (symbol) and on InforMEA (the subtitle dropped, neither symbol nor date, the secretariat by its acronym); the draft of the same guidelines; the sibling guidelines of the same meeting
    _r("c04a", "synergies", "document", "en", "Technical guidelines on the environmentally sound management of waste lithium-ion batteries: collection, storage, transport and recycling", "The guidelines help Parties to the Basel Convention manage spent lithium-ion batteries from electronics, electric vehicles and stationary storage: classification of damaged and end-of-life batteries, fire risks during collection and storage, packaging for transboundary movements, discharge and dismantling, hydrometallurgical and pyrometallurgical recovery of cobalt, nickel and lithium, and the control of fluorinated electrolyte emissions.", "2025", (), ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",), ("UNEP/CHW.17/6/Add.4",)),
    _r("c04b", "informea", "document", "en", "Technical guidelines on the environmentally sound management of waste lithium-ion batteries", "Basel guidance on spent Li-ion cells: fire-safe storage, shipping damaged packs, dismantling and metal recovery.", None, (), ("BRS Secretariat",)),
    _r("c04x", "synergies", "document", "en", "Draft technical guidelines on the environmentally sound management of waste lithium-ion batteries", "The draft submitted to the Open-ended Working Group for comments before the Conference of the Parties.", "2024", (), ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",), ("UNEP/CHW/OEWG.14/5/Add.2",)),
    _r("c04y", "synergies", "document", "en", "Technical guidelines on the environmentally sound management of waste lead-acid batteries", "The sibling guidelines adopted at the same meeting, on used lead-acid batteries from vehicles and backup power: informal smelting, lead exposure and secondary lead recovery.", "2025", (), ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",), ("UNEP/CHW.17/6/Add.5",)),
    # 5 a Ramsar site information sheet on the Ramsar site and on the national node (the site's name without accents, a short text, neither date nor country); another site of the same country; the site's management plan
    _r("c05a", "ramsar", "document", "en", "Ramsar Site Information Sheet: Þjórsárver (2024 update)", "The updated information sheet for Þjórsárver in the central highlands of Iceland: a mosaic of sedge fens, palsa mires and meltwater streams below the Hofsjökull glacier, the largest breeding colony of pink-footed geese in the world, thawing permafrost mounds, the reserve's extension of 2017 and the pressure of hydropower reservoirs planned on the Þjórsá river.", "2024", ("IS",), ("Environment Agency of Iceland",)),
    _r("c05b", "is-chm", "document", "en", "Thjorsarver - site sheet updated", "Goose breeding grounds under the glacier, melting palsas, a larger reserve; dams still a worry.", None, ()),
    _r("c05x", "ramsar", "document", "en", "Ramsar Site Information Sheet: Mývatn-Laxá region (2024 update)", "The updated information sheet for lake Mývatn and the Laxá river in the north of Iceland: breeding ducks, midges and spring-fed waters.", "2024", ("IS",), ("Environment Agency of Iceland",)),
    _r("c05y", "is-chm", "document", "en", "Þjórsárver nature reserve - management plan 2025-2034", "The plan that sets the reserve's zones, access rules in the goose breeding season and monitoring of the palsa mires.", "2025", ("IS",), ("Environment Agency of Iceland",)),
    # 6 a CITES non-detriment finding on the CITES site (finding number) and on the national node (the vernacular name, a short text, neither country nor number); the previous finding; a neighbour's finding on the same species
    _r("c06a", "cites", "document", "en", "Non-detriment finding for exports of Pterocarpus angolensis timber from Zimbabwe, 2025", "The Scientific Authority of Zimbabwe finds that exports of sawn timber of African teak (Pterocarpus angolensis) within an annual quota of 4 000 cubic metres will not be detrimental to the survival of the species: forest inventories in the Gwayi and Mzola forests of Matabeleland North, regeneration after fire, harvest limited to trees above 45 cm in diameter, and monitoring of illegal felling in communal lands.", "2025", ("ZW",), ("Forestry Commission of Zimbabwe",), ("NDF-ZW-2025-02",)),
    _r("c06b", "zw-chm", "document", "en", "Mukwa NDF 2025", "Forestry Commission: quota kept, only big trees cut, Matabeleland forests counted, regrowth after burns watched.", "2025", (), ("Forestry Commission",)),
    _r("c06x", "cites", "document", "en", "Non-detriment finding for exports of Pterocarpus angolensis timber from Zimbabwe, 2021", "The previous finding, with a quota of 6 000 cubic metres.", "2021", ("ZW",), ("Forestry Commission of Zimbabwe",), ("NDF-ZW-2021-05",)),
    _r("c06y", "cites", "document", "en", "Non-detriment finding for exports of Pterocarpus angolensis timber from Botswana, 2025", "Botswana's finding on the same species from the Chobe forest reserves.", "2025", ("BW",), ("Department of Forestry and Range Resources of Botswana",), ("NDF-BW-2025-01",)),
    # 7 a CITES management authority on the CITES site and on the national node (a short title, the agency by its acronym, no country); the same country's scientific authority; another country's management authority
    _r("c07a", "cites", "contact-point", "en", "CITES Management Authority: Sweden", "The Swedish Board of Agriculture in Jönköping is Sweden's CITES Management Authority: it issues import, export and re-export permits and certificates, keeps the register of captive-bred specimens and works with the customs and police on seizures.", "2025", ("SE",), ("Swedish Board of Agriculture",)),
    _r("c07b", "se-chm", "contact-point", "en", "CITES permits - who to ask", "Jordbruksverket handles permits, certificates and the breeders' register.", None, (), ("Jordbruksverket",)),
    _r("c07x", "cites", "contact-point", "en", "CITES Scientific Authority: Sweden", "The Swedish Environmental Protection Agency is Sweden's CITES Scientific Authority and advises on non-detriment and on the trade in live specimens.", "2025", ("SE",), ("Swedish Environmental Protection Agency",)),
    _r("c07y", "cites", "contact-point", "en", "CITES Management Authority: Slovakia", "The Ministry of Environment in Bratislava is Slovakia's CITES Management Authority: it issues permits and certificates.", "2025", ("SK",), ("Ministry of Environment of the Slovak Republic",)),
    # 8 a need on the portal (long) and on the national node (a short title, a one-line text, neither date nor country); an offer that could answer it; the neighbour's request from the same template
    _r("c08a", "cbd-chm", "need", "en", "Request for support to monitor sargassum influxes on the east coast of Barbados", "Barbados requests support to set up an early warning and monitoring system for sargassum seaweed arriving on its Atlantic coast: satellite detection of rafts and forecasts, training of coastal zone staff and fishers in beach surveys, safe collection that spares turtle nesting beaches, and trials of composting and use of the seaweed in agriculture.\nType of support: technical assistance, training", "2025", ("BB",), ("Coastal Zone Management Unit of Barbados",)),
    _r("c08b", "bb-chm", "need", "en", "Seaweed on our beaches - help wanted", "CZMU looks for satellite forecasts, training and advice on removal and reuse.\nType of support: technical assistance, training", None, (), ("CZMU",)),
    _r("c08x", "cbd-chm", "support-source", "en", "Offer of training in satellite monitoring of sargassum for Caribbean small island developing States", "A regional remote sensing centre offers a two-week course on detecting and forecasting sargassum rafts.\nType of support: training\nEligible countries: Caribbean small island developing States", "2025", ("TT",), ("Caribbean Regional Remote Sensing Centre",)),
    _r("c08y", "cbd-chm", "need", "en", "Request for support to monitor sargassum influxes on the east coast of Grenada", "Grenada requests support for satellite detection of sargassum and training of coastal staff.\nType of support: technical assistance, training", "2025", ("GD",), ("Ministry of Climate Resilience of Grenada",)),
    # 9 a project on the portal (GEF number) and on the national node (a short title, the ministry by its acronym, neither GEF number nor country); the next phase; the neighbour's sibling project
    _r("c09a", "cbd-chm", "project", "en", "Restoring floodplain wetlands of the Sava river in Serbia - phase I", "The first phase restores oxbows, wet meadows and floodplain forests along the Sava in the Obedska bara and Zasavica reserves: reconnecting side channels, removing invasive false indigo, reintroducing extensive grazing by Podolian cattle and Mangalica pigs, and building flood retention for villages downstream.", "2023", ("RS",), ("Ministry of Environmental Protection of Serbia",), ("GEF-11402",)),
    _r("c09b", "rs-chm", "project", "en", "Sava wetlands project (first phase)", "MZŽS: side channels opened again, false indigo cleared, old cattle breeds back on the meadows.", "2023", (), ("MZŽS",)),
    _r("c09x", "cbd-chm", "project", "en", "Restoring floodplain wetlands of the Sava river in Serbia - phase II", "The second phase extends the work to the Bosut forests and adds visitor infrastructure.", "2026", ("RS",), ("Ministry of Environmental Protection of Serbia",), ("GEF-11877",)),
    _r("c09y", "cbd-chm", "project", "en", "Restoring floodplain wetlands of the Sava river in Bosnia and Herzegovina - phase I", "The neighbour's project on the Bardača wetlands: side channels, grazing and flood retention.", "2023", ("BA",), ("Ministry of Foreign Trade and Economic Relations of Bosnia and Herzegovina",), ("GEF-11403",)),
    # 10 a case study on the portal and on the national node (the Maori name of the bird in the title, a short text, neither date nor country); another case of the same node; the same story on another peninsula
    _r("c10a", "cbd-chm", "case-study", "en", "Community trapping brings kiwi back to the Coromandel Peninsula", "How volunteers, iwi and the Department of Conservation in the Coromandel Peninsula of New Zealand run trap lines against stoats, rats and possums over 20 000 hectares, raise kiwi chicks in crèches until they can defend themselves, and doubled the number of breeding pairs of brown kiwi in ten years.", "2024", ("NZ",), ("Department of Conservation of New Zealand",)),
    _r("c10b", "nz-chm", "case-study", "en", "Kiwi return to Coromandel", "DOC and local trappers: stoat lines, chick crèches, twice the pairs.", None, (), ("DOC",)),
    _r("c10x", "nz-chm", "case-study", "en", "Restoring kauri forest in Waipoua", "Another case of the same node: protecting kauri trees from dieback disease.", "2023", (), ("DOC",)),
    _r("c10y", "cbd-chm", "case-study", "en", "Community trapping brings kiwi back to the Northland forests", "How volunteers in Northland run trap lines and protect kiwi chicks.", "2024", ("NZ",), ("Department of Conservation of New Zealand",)),
    # 11 an ABS country profile on the ABS-CH and on the national node (a short title, no country, no date); the same country's ABS national focal point; the neighbour's profile from the same template
    _r("c11a", "abs-ch", "national-profile", "en", "ABS country profile: North Macedonia", "North Macedonia's profile on the ABS Clearing-House: the Ministry of Environment and Physical Planning as competent national authority, the draft law on access to genetic resources and benefit-sharing, the permit procedure for collecting wild medicinal plants such as mountain tea (Sideritis) and the traditional knowledge of herb gatherers in the Šar mountains.", "2025", ("MK",), (), ("https://absch.example.org/en/countries/MK",)),
    _r("c11b", "mk-chm", "national-profile", "en", "Access and benefit-sharing in our country", "Environment ministry grants access; herb collection needs a permit; a law is being drafted.", None, ()),
    _r("c11x", "abs-ch", "contact-point", "en", "ABS national focal point: North Macedonia", "The Ministry of Environment and Physical Planning in Skopje, nature department, is North Macedonia's national focal point for the Nagoya Protocol.", "2025", ("MK",)),
    _r("c11y", "abs-ch", "national-profile", "en", "ABS country profile: Albania", "Albania's profile on the ABS Clearing-House: the competent national authority, the permit procedure for collecting medicinal plants such as sage and the traditional knowledge of herb gatherers.", "2025", ("AL",), (), ("https://absch.example.org/en/countries/AL",)),
    # 12 a subregional workshop on the conventions' site and on the national node of the host (a short title, neither country nor symbol); the same workshop two years before; the same workshop for another subregion
    _r("c12a", "synergies", "event", "en", "Subregional workshop on the Rotterdam Convention for Western Balkan countries, Podgorica, 16-18 September 2025", "The workshop brought designated national authorities of Albania, Bosnia and Herzegovina, Montenegro, North Macedonia and Serbia together to practise import responses for the chemicals listed in Annex III, notifications of final regulatory action on pesticides, export notifications and the work of customs on harmonized system codes.", "2025", ("ME",), ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",), ("BRS/WS/2025/14",)),
    _r("c12b", "me-chm", "event", "en", "Rotterdam Convention workshop in Podgorica", "Five Balkan DNAs met here in September: import responses, notifications and customs codes.", "2025-09", (), ("BRS",)),
    _r("c12x", "synergies", "event", "en", "Subregional workshop on the Rotterdam Convention for Western Balkan countries, Sarajevo, 2023", "The previous workshop for the same countries.", "2023", ("BA",), ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",), ("BRS/WS/2023/09",)),
    _r("c12y", "synergies", "event", "en", "Subregional workshop on the Rotterdam Convention for Central Asian countries, Almaty, 2025", "The same workshop for designated national authorities of Central Asia.", "2025", ("KZ",), ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",), ("BRS/WS/2025/15",)),
    # 13 a national action plan on artisanal gold mining on the convention's clearing-house and on the national node (the acronym, no country, no date); its baseline annex; another country's plan
    _r("c13a", "mercury-ch", "document", "en", "National Action Plan to reduce mercury use in artisanal and small-scale gold mining in Nigeria", "Nigeria's plan under Article 7 of the Minamata Convention: about 80 000 miners in Niger, Zamfara, Osun and Kebbi states, whole-ore amalgamation and open burning of amalgam, lead poisoning of children in Zamfara, cooperatives and access to credit for mercury-free equipment, retorts and gravity concentration, health services for mining communities, and a strategy against smuggled mercury.", "2024", ("NG",), ("Federal Ministry of Environment of Nigeria",)),
    _r("c13b", "ng-chm", "document", "en", "ASGM NAP", "FMEnv plan: cut mercury in gold pits, retorts and shaking tables, clinics, credit for cooperatives, stop smuggling.", None, (), ("FMEnv",)),
    _r("c13x", "mercury-ch", "document", "en", "National Action Plan to reduce mercury use in artisanal and small-scale gold mining in Nigeria - Annex A: baseline estimates", "The baseline estimates of the plan: mercury used per state and per practice.", "2024", ("NG",), ("Federal Ministry of Environment of Nigeria",)),
    _r("c13y", "mercury-ch", "document", "en", "National Action Plan to reduce mercury use in artisanal and small-scale gold mining in Suriname", "Suriname's plan: small-scale gold mining in the interior, mercury in rivers and indigenous and maroon communities.", "2024", ("SR",), ("National Institute for Environment and Development in Suriname",)),
    # 14 a biosafety risk assessment on the BCH (its number) and on the national node (a short title, no number, no country); the decision on the same event; the risk assessment of another event from the same template
    _r("c14a", "bch", "document", "en", "Risk assessment: blue carnation event FLO-40689-6 for cut-flower import, Japan", "The risk assessment on the import and distribution of cut flowers of the genetically modified blue carnation FLO-40689-6: the event's inserted genes for delphinidin synthesis, the absence of wild Dianthus relatives that could cross in Japan, the lack of seed set in cut flowers, the disposal of stems after use, and the conclusion that the use poses no adverse effect on biological diversity.", "2024", ("JP",), ("Ministry of the Environment of Japan",), ("BCH-RA-JP-2024-118",)),
    _r("c14b", "jp-chm", "document", "en", "Blue GM carnation - risk assessment", "MOEJ found no risk to wild plants from the imported cut flowers: no relatives to cross with, no seed.", "2024", (), ("MOEJ",)),
    _r("c14x", "bch", "document", "en", "Decision: approval of blue carnation event FLO-40689-6 for cut-flower import, Japan", "The decision approving the import of the cut flowers, taken on the basis of the risk assessment.", "2024", ("JP",), ("Ministry of the Environment of Japan",), ("BCH-DEC-JP-2024-072",)),
    _r("c14y", "bch", "document", "en", "Risk assessment: blue rose event WKS82 for cut-flower import, Japan", "The risk assessment on another flower, a genetically modified blue rose.", "2024", ("JP",), ("Ministry of the Environment of Japan",), ("BCH-RA-JP-2024-119",)),
    # 15 a fellowship offer on the portal (long) and on the national node (a short title, neither country nor creator in full); the previous intake; the sibling programme's intake
    _r("c15a", "cbd-chm", "support-source", "en", "GRÓ Fisheries Training Programme: six-month fellowships in Reykjavík, 2026 intake", "The GRÓ Fisheries Training Programme under the auspices of UNESCO offers fellowships for staff of fisheries institutions of developing countries: six months in Iceland on fisheries policy, stock assessment, quality management of fish handling and sustainable aquaculture, with an individual research project supervised by Icelandic experts; travel, housing and a stipend are covered.\nType of support: training, fellowship\nEligible countries: developing countries", "2026", ("IS",), ("GRÓ Fisheries Training Programme",)),
    _r("c15b", "is-chm", "support-source", "en", "GRÓ-FTP fellowships open (2026)", "Six months in Iceland for fisheries staff: policy, stocks, fish quality, aquaculture; all costs paid.\nType of support: fellowship", None, (), ("GRÓ-FTP",)),
    _r("c15x", "cbd-chm", "support-source", "en", "GRÓ Fisheries Training Programme: six-month fellowships in Reykjavík, 2025 intake", "The previous intake of the same fellowships.\nType of support: training, fellowship\nEligible countries: developing countries", "2025", ("IS",), ("GRÓ Fisheries Training Programme",)),
    _r("c15y", "cbd-chm", "support-source", "en", "GRÓ Land Restoration Training Programme: six-month fellowships in Reykjavík, 2026 intake", "The sibling programme's fellowships on land restoration and soil erosion.\nType of support: training, fellowship\nEligible countries: developing countries", "2026", ("IS",), ("GRÓ Land Restoration Training Programme",)),
    # 16 an updated national implementation plan on the conventions' site and on the national node (a short title, the ministry by its acronym, no country); the first plan; another country's update
    _r("c16a", "synergies", "document", "en", "Updated National Implementation Plan of Ukraine for the Stockholm Convention on Persistent Organic Pollutants", "The update covers the persistent organic pollutants listed since 2009: PFOS in firefighting foams at airports and military sites, brominated flame retardants in plastics from end-of-life vehicles and electronics, short-chain chlorinated paraffins, stockpiles of obsolete pesticides in former collective farms, PCB equipment damaged by the war, and the laboratory capacity to monitor them.", "2025", ("UA",), ("Ministry of Environmental Protection and Natural Resources of Ukraine",)),
    _r("c16b", "ua-chm", "document", "en", "POPs plan - 2025 update", "Mindovkillia: foams, flame retardants, old pesticides, war-damaged transformers, labs.", None, (), ("Mindovkillia",)),
    _r("c16x", "synergies", "document", "en", "National Implementation Plan of Ukraine for the Stockholm Convention on Persistent Organic Pollutants", "Ukraine's first plan, on the original twelve persistent organic pollutants.", "2008", ("UA",), ("Ministry of Environmental Protection of Ukraine",)),
    _r("c16y", "synergies", "document", "en", "Updated National Implementation Plan of Georgia for the Stockholm Convention on Persistent Organic Pollutants", "Georgia's update: PFOS, flame retardants, obsolete pesticides at the Iagluji burial site and PCBs.", "2025", ("GE",), ("Ministry of Environmental Protection and Agriculture of Georgia",)),
    # 17 a national biodiversity strategy in French on the portal and on the national node (a shorter title, no country, no date); the previous strategy; a neighbour's strategy
    _r("c17a", "cbd-chm-fr", "document", "fr", "Stratégie nationale de la Belgique pour la biodiversité à l'horizon 2030", "La stratégie fixe les objectifs de la Belgique après le Cadre mondial de la biodiversité de Kunming-Montréal : protéger 30 % du territoire et de la partie belge de la mer du Nord, restaurer les landes et les tourbières de Campine et des Hautes Fagnes, réduire l'usage des pesticides, lutter contre les espèces exotiques envahissantes et associer les Régions, les communes et les entreprises à la mise en œuvre.", "2025", ("BE",), ("Service public fédéral Santé publique, Sécurité de la chaîne alimentaire et Environnement",)),
    _r("c17b", "be-chm", "document", "fr", "Strategie biodiversite 2030", "Le SPF et les Regions : 30 % protege, Fagnes et landes restaurees, moins de pesticides.", None, (), ("SPF Sante publique",)),
    _r("c17x", "cbd-chm-fr", "document", "fr", "Stratégie nationale de la Belgique pour la biodiversité 2006-2020", "La stratégie précédente, alignée sur les objectifs d'Aichi.", "2006", ("BE",), ("Service public fédéral Santé publique, Sécurité de la chaîne alimentaire et Environnement",)),
    _r("c17y", "cbd-chm-fr", "document", "fr", "Stratégie nationale du Luxembourg pour la biodiversité à l'horizon 2030", "La stratégie du Luxembourg : zones protégées, cours d'eau et paysages agricoles.", "2025", ("LU",), ("Ministère de l'Environnement, du Climat et de la Biodiversité",)),
    # 18 a need in French on the portal and on the national node (another title, a short text, neither date nor country); an offer that could answer it; the neighbour's request from the same template
    _r("c18a", "cbd-chm-fr", "need", "fr", "Demande d'appui pour le dénombrement des oiseaux d'eau du delta intérieur du Niger au Mali", "Le Mali sollicite un appui pour organiser les dénombrements d'oiseaux d'eau de janvier dans le delta intérieur du Niger : formation des agents des eaux et forêts et des guides de Mopti, jumelles et bateaux, saisie des données dans la base internationale, et suivi des colonies de hérons et de cormorans menacées par la coupe des bourgoutières.\nType d'appui : formation, équipement", "2025", ("ML",), ("Direction nationale des eaux et forêts du Mali",)),
    _r("c18b", "ml-chm", "need", "fr", "Comptage des oiseaux d'eau : besoin d'aide", "La DNEF cherche formation, jumelles et bateaux pour le comptage de janvier à Mopti.\nType d'appui : formation, équipement", None, (), ("DNEF",)),
    _r("c18x", "cbd-chm-fr", "support-source", "fr", "Offre de formation au dénombrement des oiseaux d'eau pour les pays d'Afrique de l'Ouest", "Un réseau régional propose la formation des compteurs et le prêt de matériel.\nType d'appui : formation\nPays éligibles : pays d'Afrique de l'Ouest", "2025", ("SN",), ("Wetlands International Afrique",)),
    _r("c18y", "cbd-chm-fr", "need", "fr", "Demande d'appui pour le dénombrement des oiseaux d'eau de la vallée du fleuve Niger au Niger", "Le Niger sollicite un appui pour les dénombrements de janvier le long du fleuve.\nType d'appui : formation, équipement", "2025", ("NE",), ("Direction générale des eaux et forêts du Niger",)),
    # 19 an ABS country profile in Spanish on the ABS-CH and on the national node (another title, a short text, no date, no country); the same country's focal point; another country's profile from the same template
    _r("c19a", "abs-ch-es", "national-profile", "es", "Perfil de país ABS: México", "Perfil de México en el Centro de Intercambio de Información sobre APB: la Secretaría de Medio Ambiente y Recursos Naturales como autoridad nacional competente, los permisos de colecta científica, los conocimientos tradicionales de los pueblos indígenas sobre el maíz nativo, el cacao y las plantas medicinales, y los certificados de cumplimiento emitidos para la bioprospección de microorganismos.", "2025", ("MX",), (), ("https://absch.example.org/es/countries/MX",)),
    _r("c19b", "mx-chm", "national-profile", "es", "Acceso a recursos genéticos en México: quién decide", "SEMARNAT otorga permisos de colecta; se protegen saberes indígenas sobre maíz y cacao.", None, ()),
    _r("c19x", "abs-ch-es", "contact-point", "es", "Punto focal nacional ABS: México", "La Secretaría de Medio Ambiente y Recursos Naturales en la Ciudad de México es el punto focal nacional del Protocolo de Nagoya.", "2025", ("MX",)),
    _r("c19y", "abs-ch-es", "national-profile", "es", "Perfil de país ABS: El Salvador", "Perfil de El Salvador: la autoridad nacional competente, los permisos de colecta y los conocimientos tradicionales.", "2025", ("SV",), (), ("https://absch.example.org/es/countries/SV",)),
    # 20 a course in Spanish on the CITES site and on the national node (a shorter title without the city, the agency by its acronym, no country); the previous edition; the sibling course for port customs
    _r("c20a", "cites-es", "event", "es", "Curso de identificación de especies CITES para agentes del SEPRONA, Madrid, marzo de 2026", "Curso de cinco días para agentes del Servicio de Protección de la Naturaleza de la Guardia Civil: identificación de reptiles, aves y corales incluidos en los Apéndices, documentos CITES y su verificación, comercio por internet, custodia de animales vivos decomisados y cooperación con la Autoridad Administrativa y las aduanas.", "2026", ("ES",), ("Ministerio de Economía, Comercio y Empresa de España",)),
    _r("c20b", "es-chm", "event", "es", "Curso CITES para el SEPRONA (2026)", "Cinco días: reptiles, aves, corales, permisos, venta en línea y animales decomisados.", "2026-03", (), ("SEPRONA",)),
    _r("c20x", "cites-es", "event", "es", "Curso de identificación de especies CITES para agentes del SEPRONA, Madrid, marzo de 2025", "La edición anterior del mismo curso.", "2025", ("ES",), ("Ministerio de Economía, Comercio y Empresa de España",)),
    _r("c20y", "cites-es", "event", "es", "Curso de identificación de especies CITES para funcionarios de aduanas del puerto de Valencia, 2026", "El curso hermano para los funcionarios de aduanas del puerto: contenedores de madera y de pieles.", "2026", ("ES",), ("Agencia Estatal de Administración Tributaria",)),
    # 21 a national report under the Cartagena Protocol in Portuguese on the BCH and on the national node (a shorter title, no country); the previous report; a neighbour's report
    _r("c21a", "bch-pt", "document", "pt", "Quarto relatório nacional de Angola sobre a implementação do Protocolo de Cartagena sobre Biossegurança", "Angola relata a aplicação do Protocolo de Cartagena entre 2019 e 2023: a lei de biossegurança em revisão, o laboratório de deteção de organismos geneticamente modificados em Luanda, o controlo de importações de milho e de soja para ração, a ajuda alimentar e a formação de inspetores de fronteira.", "2024", ("AO",), ("Ministério da Agricultura e Florestas de Angola",)),
    _r("c21b", "ao-chm", "document", "pt", "4.º relatório de biossegurança", "MINAGRIF: lei em revisão, laboratório em Luanda, controlo de milho e soja importados.", "2024", (), ("MINAGRIF",)),
    _r("c21x", "bch-pt", "document", "pt", "Terceiro relatório nacional de Angola sobre a implementação do Protocolo de Cartagena sobre Biossegurança", "O relatório anterior, de 2015 a 2019.", "2019", ("AO",), ("Ministério da Agricultura e Florestas de Angola",)),
    _r("c21y", "bch-pt", "document", "pt", "Quarto relatório nacional de Moçambique sobre a implementação do Protocolo de Cartagena sobre Biossegurança", "Moçambique relata a aplicação do Protocolo: ensaios de milho tolerante à seca e o regulamento de biossegurança.", "2024", ("MZ",), ("Ministério da Ciência e Tecnologia de Moçambique",)),
    # 22 a national report in Russian on the portal and on the national node (a short title, the ministry by its acronym, neither date nor country); the previous report; the neighbour's report
    _r("c22a", "cbd-chm-ru", "document", "ru", "Седьмой национальный доклад Кыргызской Республики по Конвенции о биологическом разнообразии", "Кыргызстан сообщает о ходе достижения национальных целевых задач после принятия Куньминско-Монреальской глобальной рамочной программы: заповедники Сарычат-Эрташ и Беш-Арал, снежный барс и архар, деградация пастбищ, сокращение ледников Тянь-Шаня, орехово-плодовые леса Джалал-Абада и участие местных сообществ в управлении охотничьими угодьями.", "2026", ("KG",), ("Министерство природных ресурсов, экологии и технического надзора Кыргызской Республики",)),
    _r("c22b", "kg-chm", "document", "ru", "7-й НД по КБР", "МПРЭТН: снежный барс, пастбища, ледники, ореховые леса, общины.", None, (), ("МПРЭТН",)),
    _r("c22x", "cbd-chm-ru", "document", "ru", "Шестой национальный доклад Кыргызской Республики по Конвенции о биологическом разнообразии", "Предыдущий доклад, по Айтинским целевым задачам.", "2019", ("KG",), ("Государственное агентство охраны окружающей среды и лесного хозяйства",)),
    _r("c22y", "cbd-chm-ru", "document", "ru", "Седьмой национальный доклад Республики Таджикистан по Конвенции о биологическом разнообразии", "Таджикистан сообщает о ходе достижения целевых задач: Памир, снежный барс и тугайные леса.", "2026", ("TJ",), ("Комитет по охране окружающей среды Таджикистана",)),
    # 23 Rotterdam guidance in English, French and Spanish (the conventions' site in three languages, no country); the 2019 edition; the sibling guidance on import responses
    _r("c23a", "synergies", "document", "en", "Guidance for designated national authorities on export notifications under the Rotterdam Convention (2025 edition)", "The guidance explains when an exporting Party must notify an importing Party before the first export of a chemical banned or severely restricted in its territory: the content of the notification, the annual update, the acknowledgment by the importing Party, the role of customs, and how to handle mixtures and chemicals in transit; the 2025 edition adds electronic notification through the conventions' portal.", "2025", (), ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",)),
    _r("c23b", "synergies-fr", "document", "fr", "Guide à l'intention des autorités nationales désignées sur les notifications d'exportation au titre de la Convention de Rotterdam (édition 2025)", "Le guide explique quand une Partie exportatrice doit notifier la Partie importatrice avant la première exportation d'un produit chimique interdit ou strictement réglementé : contenu, mise à jour annuelle, accusé de réception, rôle des douanes ; l'édition 2025 ajoute la notification électronique.", "2025", (), ("Secrétariat des conventions de Bâle, de Rotterdam et de Stockholm",)),
    _r("c23c", "synergies-es", "document", "es", "Guía para las autoridades nacionales designadas sobre las notificaciones de exportación en virtud del Convenio de Rotterdam (edición de 2025)", "La guía explica cuándo una Parte exportadora debe notificar a la Parte importadora antes de la primera exportación de un producto químico prohibido o rigurosamente restringido; la edición de 2025 añade la notificación electrónica.", "2025", (), ("Secretaría de los Convenios de Basilea, Rotterdam y Estocolmo",)),
    _r("c23x", "synergies", "document", "en", "Guidance for designated national authorities on export notifications under the Rotterdam Convention (2019 edition)", "The previous edition of the same guidance, without electronic notification.", "2019", (), ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",)),
    _r("c23y", "synergies", "document", "en", "Guidance for designated national authorities on import responses under the Rotterdam Convention (2025 edition)", "The sibling guidance on how an importing Party answers for the chemicals listed in Annex III.", "2025", (), ("Secretariat of the Basel, Rotterdam and Stockholm Conventions",)),
    # 24 Minamata guidance in English, French and Spanish (the convention's clearing-house and two national nodes, no country); the draft; the sibling guidance
    _r("c24a", "mercury-ch", "document", "en", "Guidance on the management of contaminated sites under the Minamata Convention", "The guidance adopted by the Conference of the Parties helps Parties identify and assess sites contaminated by mercury or mercury compounds: historical chlor-alkali plants, mining tailings and gold processing sites, a stepwise approach to inventories, sampling of soils and sediments, risk assessment for nearby communities, remediation options and communication with the public.", "2023", (), ("Secretariat of the Minamata Convention on Mercury",), ("UNEP/MC/COP.5/7",)),
    _r("c24b", "mercury-ch-fr", "document", "fr", "Orientations sur la gestion des sites contaminés au titre de la Convention de Minamata", "Les orientations aident les Parties à recenser et évaluer les sites contaminés par le mercure : anciennes usines de chlore-alcali, résidus miniers, échantillonnage des sols et sédiments, évaluation des risques et options d'assainissement.", "2023", (), ("Secrétariat de la Convention de Minamata sur le mercure",)),
    _r("c24c", "mercury-ch-es", "document", "es", "Orientaciones sobre la gestión de sitios contaminados en el marco del Convenio de Minamata", "Orientaciones para identificar y evaluar sitios contaminados con mercurio, muestrear suelos y sedimentos, evaluar riesgos y elegir opciones de remediación.", "2023", (), ("Secretaría del Convenio de Minamata sobre el Mercurio",)),
    _r("c24x", "mercury-ch", "document", "en", "Draft guidance on the management of contaminated sites under the Minamata Convention", "The draft prepared by the expert group and circulated for comments before the Conference of the Parties.", "2022", (), ("Secretariat of the Minamata Convention on Mercury",), ("UNEP/MC/COP.4/INF/9",)),
    _r("c24y", "mercury-ch", "document", "en", "Guidance on mercury waste thresholds under the Minamata Convention", "The sibling guidance on the thresholds that make a waste mercury waste.", "2023", (), ("Secretariat of the Minamata Convention on Mercury",), ("UNEP/MC/COP.5/8",)),
    # 25 a need in English (portal) and French (national node, no country, no date); an offer that could answer it; a second need of the same country on another island
    _r("c25a", "cbd-chm", "need", "en", "Request for technical support to control invasive cinnamon on Silhouette Island, Seychelles", "Seychelles requests technical support to remove invasive cinnamon and other woody invaders from the mist forests of Silhouette Island, the habitat of the sheath-tailed bat and endemic palms: mapping of stands by drone, trials of ring-barking and herbicide, training of rangers and replanting of native species from a nursery.\nType of support: technical assistance, training", "2025", ("SC",), ("Ministry of Agriculture, Climate Change and Environment of Seychelles",)),
    _r("c25b", "sc-chm", "need", "fr", "Demande d'appui technique pour lutter contre la cannelle envahissante sur l'île Silhouette", "Cartographie par drone, essais d'annélation, formation des gardes et replantation d'espèces indigènes dans les forêts de brume.\nType d'appui : assistance technique, formation", None, ()),
    _r("c25x", "cbd-chm", "support-source", "en", "Offer of technical support on invasive woody plant control for island States of the Indian Ocean", "A regional programme offers training and advice on removing invasive trees from island forests.\nType of support: technical assistance, training\nEligible countries: Indian Ocean island States", "2025", ("MU",), ("Indian Ocean Commission",)),
    _r("c25y", "cbd-chm", "need", "en", "Request for technical support to eradicate rats on Aride Island, Seychelles", "Seychelles requests support to keep Aride Island free of rats and to check arrivals by boat.\nType of support: technical assistance", "2025", ("SC",), ("Ministry of Agriculture, Climate Change and Environment of Seychelles",)),
    # 26 a national report under the Nagoya Protocol in English (ABS-CH) and French (national node, another title, no country); the previous report; a neighbour's report
    _r("c26a", "abs-ch", "document", "en", "Second national report of Switzerland on the implementation of the Nagoya Protocol", "Switzerland reports on the Nagoya Ordinance: the due diligence notifications received from users of genetic resources in pharmaceuticals, cosmetics and plant breeding, checks by the Federal Office for the Environment, the notifications before market authorisation of products, and support to partner countries for their own access procedures.", "2024", ("CH",), ("Federal Office for the Environment of Switzerland",)),
    _r("c26b", "ch-chm", "document", "fr", "Deuxième rapport national de la Suisse sur le Protocole de Nagoya", "L'OFEV rend compte de l'ordonnance de Nagoya : annonces de diligence, contrôles, notifications avant autorisation de mise sur le marché et appui aux pays partenaires.", "2024", (), ("OFEV",)),
    _r("c26x", "abs-ch", "document", "en", "Interim national report of Switzerland on the implementation of the Nagoya Protocol", "The first, interim report, before the ordinance was fully in force.", "2017", ("CH",), ("Federal Office for the Environment of Switzerland",)),
    _r("c26y", "abs-ch", "document", "en", "Second national report of Liechtenstein on the implementation of the Nagoya Protocol", "Liechtenstein's report on user measures and due diligence.", "2024", ("LI",), ("Office of Environment of Liechtenstein",)),
    # 27 a national strategy in English (portal) and French (national node, no country, no date); the same country's sixth national report; a provincial plan
    _r("c27a", "cbd-chm", "document", "en", "Canada's national biodiversity strategy and action plan to 2030", "Canada's strategy after the Kunming-Montreal Global Biodiversity Framework: conserving 30 percent of lands and waters through protected areas, Indigenous protected and conserved areas and other effective area-based measures, recovering species at risk such as the southern resident killer whale and boreal caribou, reducing pesticide risks, and tracking progress with provinces, territories and Indigenous peoples.", "2024", ("CA",), ("Environment and Climate Change Canada",)),
    _r("c27b", "ca-chm", "document", "fr", "Stratégie et plan d'action nationaux du Canada pour la biodiversité à l'horizon 2030", "La stratégie : 30 % des terres et des eaux, aires protégées et de conservation autochtones, épaulard résident du Sud, caribou boréal, pesticides.", None, (), ("ECCC",)),
    _r("c27x", "cbd-chm", "document", "en", "Sixth national report of Canada to the Convention on Biological Diversity", "Canada's sixth report on the 2020 biodiversity goals and targets.", "2019", ("CA",), ("Environment and Climate Change Canada",)),
    _r("c27y", "cbd-chm", "document", "en", "Quebec's nature plan to 2030", "The province's own plan for protected areas and species at risk.", "2024", ("CA",), ("Ministère de l'Environnement du Québec",)),
    # 28 a Ramsar national report in English (Ramsar site) and Spanish (national node, no country); the previous report; a neighbour's report
    _r("c28a", "ramsar", "document", "en", "National report of Venezuela on the implementation of the Ramsar Convention for COP15", "Venezuela reports on its wetlands for the fifteenth Conference of the Parties: the Ramsar sites of Los Roques, Cuare and the Laguna de Tacarigua, the Orinoco delta, mangrove loss and oil pollution in Lake Maracaibo, monitoring of flamingo colonies, and wetland education in schools.", "2025", ("VE",), ("Ministerio del Poder Popular para el Ecosocialismo",)),
    _r("c28b", "ve-chm", "document", "es", "Informe nacional de Venezuela sobre la aplicación de la Convención de Ramsar para la COP15", "Los Roques, Cuare, Tacarigua, el delta del Orinoco, manglares y petróleo en el lago de Maracaibo, flamencos y educación.", "2025", (), ("MINEC",)),
    _r("c28x", "ramsar", "document", "en", "National report of Venezuela on the implementation of the Ramsar Convention for COP14", "The previous report, for the fourteenth Conference of the Parties.", "2021", ("VE",), ("Ministerio del Poder Popular para el Ecosocialismo",)),
    _r("c28y", "ramsar", "document", "en", "National report of Colombia on the implementation of the Ramsar Convention for COP15", "Colombia's report: the Ciénaga Grande de Santa Marta, páramos and the Estrella Fluvial de Inírida.", "2025", ("CO",), ("Ministerio de Ambiente y Desarrollo Sostenible de Colombia",)),
    # 29 a biosafety focal point in English (BCH) and Spanish (national node, no country, no date); the same country's profile; another country's focal point
    _r("c29a", "bch", "contact-point", "en", "Cartagena Protocol national focal point: Mexico", "The Interministerial Commission on Biosafety of Genetically Modified Organisms (CIBIOGEM) in Mexico City is Mexico's national focal point for the Cartagena Protocol on Biosafety: it receives the notifications of the Biosafety Clearing-House and coordinates the ministries of environment, agriculture and health.", "2025", ("MX",)),
    _r("c29b", "mx-chm", "contact-point", "es", "Punto focal nacional del Protocolo de Cartagena", "La CIBIOGEM recibe las notificaciones del Centro de Intercambio y coordina a las secretarías de medio ambiente, agricultura y salud.", None, ()),
    _r("c29x", "bch", "national-profile", "en", "Country profile: Mexico (Cartagena Protocol on Biosafety)", "Mexico's biosafety profile: the biosafety law, the centres of origin of maize and the permits for field trials.", "2025", ("MX",), (), ("https://bch.example.org/en/countries/MX",)),
    _r("c29y", "bch", "contact-point", "en", "Cartagena Protocol national focal point: El Salvador", "The Ministry of Environment in San Salvador is El Salvador's national focal point for the Cartagena Protocol.", "2025", ("SV",)),
    # 30 an offer in English (portal) and Spanish (national node, another title, no country); the previous edition; a request it could answer
    _r("c30a", "cbd-chm", "support-source", "en", "Course on the management of invasive alien species for Ibero-American countries, Madrid, 2026", "The Spanish Agency for International Development Cooperation offers a three-week course for officials of Latin American environment ministries: early detection and rapid response, eradication of invasive mammals on islands, control of aquatic invaders such as the zebra mussel, risk analysis for the pet trade and national lists of invasive species; travel and accommodation are covered.\nType of support: training\nEligible countries: Ibero-American countries", "2026", ("ES",), ("Spanish Agency for International Development Cooperation",)),
    _r("c30b", "es-chm", "support-source", "es", "Curso sobre gestión de especies exóticas invasoras para países iberoamericanos, Madrid, 2026", "La AECID ofrece tres semanas: detección temprana, erradicación en islas, mejillón cebra, comercio de mascotas y listados nacionales.\nTipo de apoyo: formación\nPaíses elegibles: países iberoamericanos", "2026", (), ("AECID",)),
    _r("c30x", "cbd-chm", "support-source", "en", "Course on the management of invasive alien species for Ibero-American countries, Madrid, 2024", "The same course two years before.\nType of support: training\nEligible countries: Ibero-American countries", "2024", ("ES",), ("Spanish Agency for International Development Cooperation",)),
    _r("c30y", "cbd-chm", "need", "en", "Request for training on the eradication of invasive rodents on the Bay Islands", "Honduras requests training for park staff to eradicate rats on the Bay Islands.\nType of support: training", "2025", ("HN",), ("Instituto de Conservación Forestal de Honduras",)),
    # 31 a Minamata initial assessment in English (convention's clearing-house) and Portuguese (national node, no country); the same country's first Article 21 report; a neighbour's assessment
    _r("c31a", "mercury-ch", "document", "en", "Minamata Initial Assessment of Sao Tome and Principe", "Sao Tome and Principe's mercury inventory and institutional assessment: mercury-added thermometers and blood pressure gauges in hospitals, fluorescent lamps, dental amalgam, open burning of household waste at the Penha dumpsite, the absence of artisanal gold mining, and gaps in the environment law and in customs controls at the port of São Tomé.", "2021", ("ST",), ("Direção Geral do Ambiente de São Tomé e Príncipe",)),
    _r("c31b", "st-chm", "document", "pt", "Avaliação Inicial de Minamata de São Tomé e Príncipe", "Inventário do mercúrio: termómetros e esfigmomanómetros nos hospitais, lâmpadas, amálgama, queima de lixo na Penha, lacunas na lei e na alfândega.", "2021", (), ("DGA",)),
    _r("c31x", "mercury-ch", "document", "en", "First national report of Sao Tome and Principe under Article 21 of the Minamata Convention", "The first full report on the measures taken, four years after the assessment.", "2025", ("ST",), ("Direção Geral do Ambiente de São Tomé e Príncipe",)),
    _r("c31y", "mercury-ch", "document", "en", "Minamata Initial Assessment of Cabo Verde", "Cabo Verde's mercury inventory: lamps, dental amalgam and waste burning.", "2021", ("CV",), ("Direção Nacional do Ambiente de Cabo Verde",)),
    # 32 a project in English (portal) and Portuguese (national node, another title, no country, no date); the next phase; the sibling project on another island
    _r("c32a", "cbd-chm", "project", "en", "Restoring laurel forest for the Azores bullfinch on São Miguel - phase I", "The project restores the native laurel forest of the Pico da Vara massif on São Miguel in the Azores, the only home of the Azores bullfinch (priolo): removing invasive Australian cheesewood and ginger lily, planting native holly, laurel and heather, monitoring bullfinch numbers and training local workers.", "2022", ("PT",), ("Sociedade Portuguesa para o Estudo das Aves",)),
    _r("c32b", "pt-chm", "project", "pt", "Recuperar a floresta laurissilva para o priolo em São Miguel - fase I", "SPEA: remoção de incenso e conteira, plantação de azevinho e louro, contagens do priolo.", None, (), ("SPEA",)),
    _r("c32x", "cbd-chm", "project", "en", "Restoring laurel forest for the Azores bullfinch on São Miguel - phase II", "The second phase extends the work to the Tronqueira range.", "2026", ("PT",), ("Sociedade Portuguesa para o Estudo das Aves",)),
    _r("c32y", "cbd-chm", "project", "en", "Restoring laurel forest for the Madeira firecrest on Madeira - phase I", "The sibling project on Madeira's laurel forest.", "2022", ("PT",), ("Instituto das Florestas e Conservação da Natureza",)),
    # 33 a national report in English (portal) and Arabic (national node, no country, no date); the previous report; a neighbour's report
    _r("c33a", "cbd-chm", "document", "en", "Sixth national report of Libya to the Convention on Biological Diversity", "Libya reports on its biodiversity: the coastal wetlands of Farwa and Ain Ziyana, the Jebel Akhdar forests and their juniper and cypress, marine turtles nesting on the eastern beaches, overgrazing and desertification in the Fezzan, and the rebuilding of the environment authority's monitoring.", "2022", ("LY",), ("Environment General Authority of Libya",)),
    _r("c33b", "ly-chm", "document", "ar", "التقرير الوطني السادس لليبيا إلى اتفاقية التنوع البيولوجي", "الأراضي الرطبة الساحلية في فروة وعين زيانة، غابات الجبل الأخضر، السلاحف البحرية، الرعي الجائر والتصحر في فزان.", None, (), ("الهيئة العامة للبيئة",)),
    _r("c33x", "cbd-chm", "document", "en", "Fifth national report of Libya to the Convention on Biological Diversity", "Libya's fifth report on the Aichi Biodiversity Targets.", "2014", ("LY",), ("Environment General Authority of Libya",)),
    _r("c33y", "cbd-chm", "document", "en", "Sixth national report of Bahrain to the Convention on Biological Diversity", "Bahrain's report: seagrass beds, dugongs, Hawar islands and land reclamation.", "2022", ("BH",), ("Supreme Council for Environment of Bahrain",)),
    # 34 a regional workshop in English (CITES site) and Arabic (national node, no country); the previous workshop; another workshop of the same host
    _r("c34a", "cites", "event", "en", "Regional workshop on combating illegal trade in falcons for Arab States, Riyadh, 2025", "The workshop trained customs, police and wildlife officers of the Arab States to detect the smuggling of saker and peregrine falcons: falcon passports and CITES permits, identification of wild-caught birds, ringing and microchips, cooperation with veterinary services and the care of seized falcons.", "2025", ("SA",), ("CITES Secretariat",)),
    _r("c34b", "sa-chm", "event", "ar", "ورشة إقليمية لمكافحة الاتجار غير المشروع بالصقور للدول العربية، الرياض، 2025", "تدريب موظفي الجمارك والشرطة والحياة الفطرية على كشف تهريب صقور الصقر الحر والشاهين: جوازات الصقور وتصاريح سايتس والحلقات والشرائح.", "2025", (), ("المركز الوطني لتنمية الحياة الفطرية",)),
    _r("c34x", "cites", "event", "en", "Regional workshop on combating illegal trade in falcons for Arab States, Manama, 2023", "The previous workshop of the series.", "2023", ("BH",), ("CITES Secretariat",)),
    _r("c34y", "cites", "event", "en", "Regional workshop on agarwood and sandalwood trade for Arab States, Riyadh, 2025", "Another workshop in the same city on trade in aromatic woods and oils.", "2025", ("SA",), ("CITES Secretariat",)),
    # 35 a project in English (portal) and Russian (national node, no country); the next phase; the neighbour's project
    _r("c35a", "cbd-chm", "project", "en", "Snow leopard landscapes of the Sarychat-Ertash and Naryn reserves - phase I", "The project supports Kyrgyzstan's reserves of Sarychat-Ertash and Naryn: camera-trap surveys of snow leopard and argali, anti-poaching patrols, compensation for livestock losses to herders, community-managed hunting areas for ibex, and grazing plans that leave winter pastures for wild ungulates.", "2023", ("KG",), ("United Nations Development Programme",)),
    _r("c35b", "kg-chm", "project", "ru", "Ландшафты снежного барса заповедников Сарычат-Эрташ и Нарын - этап I", "Фотоловушки, патрули, компенсации пастухам, общинные охотничьи угодья и планы выпаса.", "2023", (), ("ПРООН",)),
    _r("c35x", "cbd-chm", "project", "en", "Snow leopard landscapes of the Sarychat-Ertash and Naryn reserves - phase II", "The second phase adds the Khan-Tengri park.", "2026", ("KG",), ("United Nations Development Programme",)),
    _r("c35y", "cbd-chm", "project", "en", "Snow leopard landscapes of the Tajik National Park - phase I", "The neighbour's project in the Pamirs: camera traps, patrols and herders.", "2023", ("TJ",), ("United Nations Development Programme",)),
    # 36 a course offer in English (portal) and Chinese (national node, no country); the previous edition; a sibling course of the same host
    _r("c36a", "cbd-chm", "support-source", "en", "Training course on biodiversity monitoring and assessment for developing countries, Kunming, 2026", "A four-week course in Kunming for officials and researchers of developing countries: field methods for plants, birds and mammals, camera traps and environmental DNA, remote sensing of land cover change, indicators of the Kunming-Montreal Global Biodiversity Framework and national reporting; costs are covered by the organisers.\nType of support: training\nEligible countries: developing countries", "2026", ("CN",), ("Kunming Institute of Botany, Chinese Academy of Sciences",)),
    _r("c36b", "cn-chm", "support-source", "zh", "发展中国家生物多样性监测与评估培训班（2026年，昆明）", "为期四周：植物、鸟类和兽类野外调查方法，红外相机与环境DNA，遥感监测，昆明-蒙特利尔全球生物多样性框架指标与国家报告。\n支持类型：培训", "2026", (), ("中国科学院昆明植物研究所",)),
    _r("c36x", "cbd-chm", "support-source", "en", "Training course on biodiversity monitoring and assessment for developing countries, Kunming, 2025", "The previous edition of the same course.\nType of support: training\nEligible countries: developing countries", "2025", ("CN",), ("Kunming Institute of Botany, Chinese Academy of Sciences",)),
    _r("c36y", "cbd-chm", "support-source", "en", "Training course on wetland conservation for developing countries, Kunming, 2026", "A sibling course of the same host on wetland management and restoration.\nType of support: training\nEligible countries: developing countries", "2026", ("CN",), ("Kunming Institute of Botany, Chinese Academy of Sciences",)),
]  # fmt: skip

SAME: list[tuple[str, str]] = [
    ("cbd-chm:c01a", "gr-chm:c01b"),
    ("bch:c02a", "de-chm:c02b"),
    ("mercury-ch:c03a", "mm-chm:c03b"),
    ("synergies:c04a", "informea:c04b"),
    ("ramsar:c05a", "is-chm:c05b"),
    ("cites:c06a", "zw-chm:c06b"),
    ("cites:c07a", "se-chm:c07b"),
    ("cbd-chm:c08a", "bb-chm:c08b"),
    ("cbd-chm:c09a", "rs-chm:c09b"),
    ("cbd-chm:c10a", "nz-chm:c10b"),
    ("abs-ch:c11a", "mk-chm:c11b"),
    ("synergies:c12a", "me-chm:c12b"),
    ("mercury-ch:c13a", "ng-chm:c13b"),
    ("bch:c14a", "jp-chm:c14b"),
    ("cbd-chm:c15a", "is-chm:c15b"),
    ("synergies:c16a", "ua-chm:c16b"),
    ("cbd-chm-fr:c17a", "be-chm:c17b"),
    ("cbd-chm-fr:c18a", "ml-chm:c18b"),
    ("abs-ch-es:c19a", "mx-chm:c19b"),
    ("cites-es:c20a", "es-chm:c20b"),
    ("bch-pt:c21a", "ao-chm:c21b"),
    ("cbd-chm-ru:c22a", "kg-chm:c22b"),
    ("synergies:c23a", "synergies-fr:c23b"),
    ("synergies:c23a", "synergies-es:c23c"),
    ("synergies-fr:c23b", "synergies-es:c23c"),
    ("mercury-ch:c24a", "mercury-ch-fr:c24b"),
    ("mercury-ch:c24a", "mercury-ch-es:c24c"),
    ("mercury-ch-fr:c24b", "mercury-ch-es:c24c"),
    ("cbd-chm:c25a", "sc-chm:c25b"),
    ("abs-ch:c26a", "ch-chm:c26b"),
    ("cbd-chm:c27a", "ca-chm:c27b"),
    ("ramsar:c28a", "ve-chm:c28b"),
    ("bch:c29a", "mx-chm:c29b"),
    ("cbd-chm:c30a", "es-chm:c30b"),
    ("mercury-ch:c31a", "st-chm:c31b"),
    ("cbd-chm:c32a", "pt-chm:c32b"),
    ("cbd-chm:c33a", "ly-chm:c33b"),
    ("cites:c34a", "sa-chm:c34b"),
    ("cbd-chm:c35a", "kg-chm:c35b"),
    ("cbd-chm:c36a", "cn-chm:c36b"),
]
"""The pairs that are one item (40: 36 items, two of them in three languages; 22 pairs in one
language, 18 across languages, 4 of those with Arabic, Chinese or Russian)."""

NEAR_MISSES: list[tuple[str, str]] = [
    ("cbd-chm:c01a", "cbd-chm:c01x"), ("gr-chm:c01b", "cbd-chm:c01x"), ("cbd-chm:c01a", "cbd-chm:c01y"), ("gr-chm:c01b", "cbd-chm:c01y"),
    ("bch:c02a", "bch:c02x"), ("de-chm:c02b", "bch:c02x"), ("bch:c02a", "bch:c02y"), ("de-chm:c02b", "bch:c02y"),
    ("mercury-ch:c03a", "mercury-ch:c03x"), ("mm-chm:c03b", "mercury-ch:c03x"), ("mercury-ch:c03a", "mercury-ch:c03y"), ("mm-chm:c03b", "mercury-ch:c03y"),
    ("synergies:c04a", "synergies:c04x"), ("informea:c04b", "synergies:c04x"), ("synergies:c04a", "synergies:c04y"), ("informea:c04b", "synergies:c04y"),
    ("ramsar:c05a", "ramsar:c05x"), ("is-chm:c05b", "ramsar:c05x"), ("ramsar:c05a", "is-chm:c05y"), ("is-chm:c05b", "is-chm:c05y"),
    ("cites:c06a", "cites:c06x"), ("zw-chm:c06b", "cites:c06x"), ("cites:c06a", "cites:c06y"), ("zw-chm:c06b", "cites:c06y"),
    ("cites:c07a", "cites:c07x"), ("se-chm:c07b", "cites:c07x"), ("cites:c07a", "cites:c07y"), ("se-chm:c07b", "cites:c07y"),
    ("cbd-chm:c08a", "cbd-chm:c08x"), ("bb-chm:c08b", "cbd-chm:c08x"), ("cbd-chm:c08a", "cbd-chm:c08y"), ("bb-chm:c08b", "cbd-chm:c08y"),
    ("cbd-chm:c09a", "cbd-chm:c09x"), ("rs-chm:c09b", "cbd-chm:c09x"), ("cbd-chm:c09a", "cbd-chm:c09y"), ("rs-chm:c09b", "cbd-chm:c09y"),
    ("cbd-chm:c10a", "nz-chm:c10x"), ("nz-chm:c10b", "nz-chm:c10x"), ("cbd-chm:c10a", "cbd-chm:c10y"), ("nz-chm:c10b", "cbd-chm:c10y"),
    ("abs-ch:c11a", "abs-ch:c11x"), ("mk-chm:c11b", "abs-ch:c11x"), ("abs-ch:c11a", "abs-ch:c11y"), ("mk-chm:c11b", "abs-ch:c11y"),
    ("synergies:c12a", "synergies:c12x"), ("me-chm:c12b", "synergies:c12x"), ("synergies:c12a", "synergies:c12y"), ("me-chm:c12b", "synergies:c12y"),
    ("mercury-ch:c13a", "mercury-ch:c13x"), ("ng-chm:c13b", "mercury-ch:c13x"), ("mercury-ch:c13a", "mercury-ch:c13y"), ("ng-chm:c13b", "mercury-ch:c13y"),
    ("bch:c14a", "bch:c14x"), ("jp-chm:c14b", "bch:c14x"), ("bch:c14a", "bch:c14y"), ("jp-chm:c14b", "bch:c14y"),
    ("cbd-chm:c15a", "cbd-chm:c15x"), ("is-chm:c15b", "cbd-chm:c15x"), ("cbd-chm:c15a", "cbd-chm:c15y"), ("is-chm:c15b", "cbd-chm:c15y"),
    ("synergies:c16a", "synergies:c16x"), ("ua-chm:c16b", "synergies:c16x"), ("synergies:c16a", "synergies:c16y"), ("ua-chm:c16b", "synergies:c16y"),
    ("cbd-chm-fr:c17a", "cbd-chm-fr:c17x"), ("be-chm:c17b", "cbd-chm-fr:c17x"), ("cbd-chm-fr:c17a", "cbd-chm-fr:c17y"), ("be-chm:c17b", "cbd-chm-fr:c17y"),
    ("cbd-chm-fr:c18a", "cbd-chm-fr:c18x"), ("ml-chm:c18b", "cbd-chm-fr:c18x"), ("cbd-chm-fr:c18a", "cbd-chm-fr:c18y"), ("ml-chm:c18b", "cbd-chm-fr:c18y"),
    ("abs-ch-es:c19a", "abs-ch-es:c19x"), ("mx-chm:c19b", "abs-ch-es:c19x"), ("abs-ch-es:c19a", "abs-ch-es:c19y"), ("mx-chm:c19b", "abs-ch-es:c19y"),
    ("cites-es:c20a", "cites-es:c20x"), ("es-chm:c20b", "cites-es:c20x"), ("cites-es:c20a", "cites-es:c20y"), ("es-chm:c20b", "cites-es:c20y"),
    ("bch-pt:c21a", "bch-pt:c21x"), ("ao-chm:c21b", "bch-pt:c21x"), ("bch-pt:c21a", "bch-pt:c21y"), ("ao-chm:c21b", "bch-pt:c21y"),
    ("cbd-chm-ru:c22a", "cbd-chm-ru:c22x"), ("kg-chm:c22b", "cbd-chm-ru:c22x"), ("cbd-chm-ru:c22a", "cbd-chm-ru:c22y"), ("kg-chm:c22b", "cbd-chm-ru:c22y"),
    ("synergies:c23a", "synergies:c23x"), ("synergies-fr:c23b", "synergies:c23x"), ("synergies-es:c23c", "synergies:c23x"), ("synergies:c23a", "synergies:c23y"), ("synergies-fr:c23b", "synergies:c23y"), ("synergies-es:c23c", "synergies:c23y"),
    ("mercury-ch:c24a", "mercury-ch:c24x"), ("mercury-ch-fr:c24b", "mercury-ch:c24x"), ("mercury-ch-es:c24c", "mercury-ch:c24x"), ("mercury-ch:c24a", "mercury-ch:c24y"), ("mercury-ch-fr:c24b", "mercury-ch:c24y"), ("mercury-ch-es:c24c", "mercury-ch:c24y"),
    ("cbd-chm:c25a", "cbd-chm:c25x"), ("sc-chm:c25b", "cbd-chm:c25x"), ("cbd-chm:c25a", "cbd-chm:c25y"), ("sc-chm:c25b", "cbd-chm:c25y"),
    ("abs-ch:c26a", "abs-ch:c26x"), ("ch-chm:c26b", "abs-ch:c26x"), ("abs-ch:c26a", "abs-ch:c26y"), ("ch-chm:c26b", "abs-ch:c26y"),
    ("cbd-chm:c27a", "cbd-chm:c27x"), ("ca-chm:c27b", "cbd-chm:c27x"), ("cbd-chm:c27a", "cbd-chm:c27y"), ("ca-chm:c27b", "cbd-chm:c27y"),
    ("ramsar:c28a", "ramsar:c28x"), ("ve-chm:c28b", "ramsar:c28x"), ("ramsar:c28a", "ramsar:c28y"), ("ve-chm:c28b", "ramsar:c28y"),
    ("bch:c29a", "bch:c29x"), ("mx-chm:c29b", "bch:c29x"), ("bch:c29a", "bch:c29y"), ("mx-chm:c29b", "bch:c29y"),
    ("cbd-chm:c30a", "cbd-chm:c30x"), ("es-chm:c30b", "cbd-chm:c30x"), ("cbd-chm:c30a", "cbd-chm:c30y"), ("es-chm:c30b", "cbd-chm:c30y"),
    ("mercury-ch:c31a", "mercury-ch:c31x"), ("st-chm:c31b", "mercury-ch:c31x"), ("mercury-ch:c31a", "mercury-ch:c31y"), ("st-chm:c31b", "mercury-ch:c31y"),
    ("cbd-chm:c32a", "cbd-chm:c32x"), ("pt-chm:c32b", "cbd-chm:c32x"), ("cbd-chm:c32a", "cbd-chm:c32y"), ("pt-chm:c32b", "cbd-chm:c32y"),
    ("cbd-chm:c33a", "cbd-chm:c33x"), ("ly-chm:c33b", "cbd-chm:c33x"), ("cbd-chm:c33a", "cbd-chm:c33y"), ("ly-chm:c33b", "cbd-chm:c33y"),
    ("cites:c34a", "cites:c34x"), ("sa-chm:c34b", "cites:c34x"), ("cites:c34a", "cites:c34y"), ("sa-chm:c34b", "cites:c34y"),
    ("cbd-chm:c35a", "cbd-chm:c35x"), ("kg-chm:c35b", "cbd-chm:c35x"), ("cbd-chm:c35a", "cbd-chm:c35y"), ("kg-chm:c35b", "cbd-chm:c35y"),
    ("cbd-chm:c36a", "cbd-chm:c36x"), ("cn-chm:c36b", "cbd-chm:c36x"), ("cbd-chm:c36a", "cbd-chm:c36y"), ("cn-chm:c36b", "cbd-chm:c36y"),
    ("ramsar:c05x", "is-chm:c05y"), ("cites:c06x", "cites:c06y"), ("cites:c07x", "cites:c07y"), ("synergies:c12x", "synergies:c12y"), ("cbd-chm:c15x", "cbd-chm:c15y"), ("cites-es:c20x", "cites-es:c20y"), ("synergies:c23x", "synergies:c23y"), ("mercury-ch:c24x", "mercury-ch:c24y"), ("cbd-chm:c32x", "cbd-chm:c32y"), ("cbd-chm:c35x", "cbd-chm:c35y"), ("cbd-chm:c36x", "cbd-chm:c36y"), ("cbd-chm:c08x", "cbd-chm:c08y"), ("cbd-chm-fr:c18x", "cbd-chm-fr:c18y"), ("cbd-chm:c25x", "cbd-chm:c25y"), ("bch:c02y", "bch:c29x"), ("bch:c02x", "bch:c29y"), ("abs-ch-es:c19x", "bch:c29a"), ("abs-ch-es:c19a", "bch:c29x"), ("mercury-ch:c03a", "mercury-ch:c31a"), ("mercury-ch:c03y", "mercury-ch:c31y"), ("cbd-chm-ru:c22a", "kg-chm:c35b"), ("abs-ch:c11y", "abs-ch-es:c19y"), ("bch:c02x", "abs-ch:c11x"),
]  # fmt: skip
"""Look-alikes written on purpose: different items (171 pairs)."""
