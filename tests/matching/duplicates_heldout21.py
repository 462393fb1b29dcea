# ruff: noqa: E501  (hand-written records: one record per line reads best)
"""A twenty-first held-out set of duplicate pairs and look-alikes, written by hand and labelled
before chm was run on it; its subject is both sides of the clearing-house network: biodiversity
(the CBD clearing-house and its national nodes, the Biosafety and ABS Clearing-Houses, Ramsar,
CITES) and chemicals and waste (the Basel, Rotterdam and Stockholm Conventions, the Minamata
Convention, the Montreal Protocol, the Global Framework on Chemicals), with requests for
assistance and the offers that could answer them on both sides, about half each.

Why a twenty-first one: the earlier sets are to be measured once as held out, and the duplicate
rules, the vocabulary and the matching go on being changed while looking at sets 1-20, so a
further untouched set is kept; its record identifiers all start with ``o`` so it never clashes
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
document or the agency, a nickname, the year, the dates, the city or a subtitle dropped or
added, a typo or the accents dropped, such as ``7NR - Botswana's report to the CBD (final)``,
``Conch NDF 2026``, ``POPs plan - second edition``, ``Paraquat: no imports``,
``Kigali HFC implemetation plan (stage 1) - Montenegro`` or ``Déchets d'hôpitaux : autoclaves
recherchés``), mostly a one- or two-line description in other words but sometimes a near copy
with the accents dropped or a longer text; one copy without date, country, identifier (site
number, project number, certificate or document symbol) and the creator as an acronym (``DEP``,
``MoEPP``, ``NBC``, ``MAFE``, ``DoE``, ``NEA``, ``EPA Guyana``, ``ECU``, ``MoCC``) or missing.
Of the 21 pairs in one language, in 13 the shorter description is under a third of the other's
length, in 12 the two copies share at most a quarter of the distinct words of four letters or
more of their titles and descriptions taken together, in 12 both; across languages the other
copy is mostly a somewhat shorter translation (under a third of the first's length once in 19
pairs).
Official translations across languages, the national copy without a country (and often without
creator), two of them in three languages (a Ramsar resolution, a committee's report).
Look-alikes that share most of their words: the previous report, plan, stage, cycle, update,
meeting, resolution, round or intake of the same country or body; two countries' reports,
strategies, findings, profiles, assessments, launches and workshops built from one template; a
country's profile against the same country's focal point; a Management Authority against the
same country's Scientific Authority; a designated national authority for pesticides against the
same country's Stockholm contact point and its authority for industrial chemicals; a national
ozone unit against the same country's Minamata focal point; a risk assessment against the
decision taken on it and the risk assessment of another trial at the same site; a certificate of
compliance against the checkpoint communiqué that names it and another certificate of the same
authority; a site sheet against another site of the same country; a strategy against the same
country's national targets; an action plan against the same country's initial assessment; an
import response against the same country's response for another chemical and the neighbour's
response for the same one; a draft against the adopted guidelines; a request against the offer
that could answer it and a second request of the same country; an offer against its previous or
next intake; a course or workshop against its previous edition and the same course in another
port or island country.

Provenance: written for chm in the style of the public pages of the CBD clearing-house (national
reports, strategies and action plans, national targets, a node's launch workshop, requests for
technical support, the Bio-Bridge Initiative's calls), the Biosafety Clearing-House (a country
profile, a national biosafety framework, focal points, a risk assessment and a decision on a
confined field trial), the ABS Clearing-House (country profiles, a certificate of compliance
and a checkpoint communiqué), the Ramsar Convention (site information sheets and a resolution),
CITES (a non-detriment finding, management and scientific authorities, a customs training), the
Basel, Rotterdam and Stockholm Conventions (a Basel national report, updated and first national
implementation plans, import responses, designated national authorities and contact points, a
Chemical Review Committee report, technical guidelines and their draft, Article 15 reports, a
regional centre's offer of training), the Minamata Convention clearing-house (initial
assessments, a national action plan on artisanal and small-scale gold mining, a focal point),
the Multilateral Fund and the Ozone Secretariat of the Montreal Protocol (HCFC and Kigali plans,
a national ozone unit, a Green Customs workshop), the Global Framework on Chemicals (national
chemicals profiles), INFOCAP-like pages (requests and offers), and national clearing-house
nodes, in English, French, Spanish, Portuguese, Arabic, Russian and Chinese. The countries are
mostly ones the earlier twenty sets use least (Botswana, North Macedonia, Montenegro, the
Republic of Moldova, Pakistan, Suriname, Bosnia and Herzegovina, Saint Vincent and the
Grenadines, Grenada, the Syrian Arab Republic, the Bahamas, Palau, Guinea, Mali, the Dominican
Republic, Timor-Leste, Madagascar, the Comoros, Cyprus, the State of Palestine, Jordan, Albania,
Bangladesh, the Gambia, Somalia, Guyana, Burkina Faso, Turkmenistan, Lebanon, El Salvador,
Dominica, Haiti, the Marshall Islands, the Federated States of Micronesia, Saint Kitts and
Nevis, Antigua and Barbuda, Namibia, Cuba, Afghanistan, Benin...). Countries, conventions, bodies, agencies, species, sites and
towns are real; the titles, texts, dates and identifiers (site, project, certificate,
communiqué, course and workshop numbers, document symbols) and some names of units are written
for this set. No text was copied from the pages or from the earlier sets.

Counts: 123 records; 40 ``SAME`` pairs (36 items, two of them in three languages): 21 pairs in
one language (a national node's rewording: 19 in English, 2 in French) and 19 across languages
(English with French 3 items, with Spanish 3, with Portuguese 1, with Arabic 4, with Russian 1,
with Chinese 1; English, French and Spanish 2 items, 3 pairs each); 18 items on the biodiversity
side and 18 on chemicals and waste; 110 ``NEAR_MISSES``.

Labelling criteria (as in the earlier sets):

* ``SAME``: both records describe the same document (the same edition, version, year, stage,
  update or reporting cycle), meeting, workshop or course (the same session or intake), project
  (the same stage), need (the same request of the same country), offer (the same call, round or
  intake), country profile or contact point (the same role of the same country), in any
  language, on any node, under any identifier.
* Every other two records of this file are **different items**; ``NEAR_MISSES`` lists the
  look-alikes written on purpose (the records whose identifier ends in x or y, against each copy
  of the item they imitate, and ten pairs of look-alikes against each other or against another
  item built from the same template).

``SAME`` is closed under transitivity (an item in three languages gives three pairs).
"""

from __future__ import annotations

from typing import Any

from tests.matching.duplicates_heldout4 import _r

RECORDS: list[dict[str, Any]] = [
    # 1 a CBD national report on the central clearing-house (long abstract, country) and on the national node (a short title, two lines, the department by its acronym, no country, no date); the previous report
    _r("o01a", "cbd-chm", "document", "en", "Seventh national report of Botswana to the Convention on Biological Diversity", "Botswana reports on its progress towards the national targets aligned with the Kunming-Montreal Global Biodiversity Framework: the extent of protected land in the Okavango Delta and the Central Kalahari, community-based natural resource management trusts in Ngamiland and Chobe, the decline of vultures through poisoning, bush encroachment on rangelands, wildlife-livestock conflict at the edges of parks, and the monitoring of indicators through the national spatial data infrastructure.", "2026", ("BW",), ("Department of Environmental Protection of Botswana",)),
    _r("o01b", "bw-chm", "document", "en", "7NR - Botswana's report to the CBD (final)", "DEP summary: protected areas, community trusts, vulture poisoning, bush encroachment and human-wildlife conflict, tracked against our targets.", None, (), ("DEP",)),
    _r("o01x", "cbd-chm", "document", "en", "Sixth national report of Botswana to the Convention on Biological Diversity", "Botswana's report on the Aichi targets and its earlier strategy, submitted in 2019.", "2019", ("BW",), ("Department of Environmental Affairs of Botswana",)),
    _r("o01y", "cbd-chm", "document", "en", "Seventh national report of Namibia to the Convention on Biological Diversity", "Namibia's report on its national targets: conservancies, the Namib coast and rhino protection.", "2026", ("NA",), ("Ministry of Environment, Forestry and Tourism of Namibia",)),
    # 2 an updated NBSAP on the central clearing-house and on the national node (the years and acronym only, one line, no country); the neighbour's NBSAP from the same template
    _r("o02a", "cbd-chm", "document", "en", "National Biodiversity Strategy and Action Plan of North Macedonia 2025-2035", "The strategy sets twenty national targets for North Macedonia: the restoration of the Ohrid and Prespa lake shores, the protection of Balkan lynx habitat in Mavrovo and Shar Mountain, limits on sand and gravel extraction in the Vardar river, sustainable use of medicinal plants, the integration of biodiversity into agriculture and forestry subsidies, and a financing plan with the municipalities.", "2025", ("MK",), ("Ministry of Environment and Physical Planning of North Macedonia",)),
    _r("o02b", "mk-chm", "document", "en", "NBSAP 2025-35 adopted", "MoEPP: twenty targets - lakes, lynx, river gravel, medicinal plants, farm subsidies and money.", None, (), ("MoEPP",)),
    _r("o02y", "cbd-chm", "document", "en", "National Biodiversity Strategy and Action Plan of Montenegro 2025-2035", "Montenegro's strategy: Skadar lake, the Bay of Kotor, Tara canyon forests and coastal building.", "2025", ("ME",), ("Ministry of Ecology, Spatial Planning and Urbanism of Montenegro",)),
    # 3 a biosafety country profile on the BCH and on the national node (another title, a short text, no country); the same country's BCH national focal point
    _r("o03a", "bch", "national-profile", "en", "Biosafety country profile: Republic of Moldova", "The Republic of Moldova's profile under the Cartagena Protocol: the law on the safety of genetically modified organisms, the national biosafety commission that reviews applications, the designated laboratories for GMO detection in seeds and grain at the borders, no approved releases into the environment, and the links to the competent national authority and the national report.", "2024", ("MD",), ("Ministry of Environment of the Republic of Moldova",)),
    _r("o03b", "md-chm", "national-profile", "en", "Moldova and the Cartagena Protocol - our biosafety system", "GMO law, biosafety commission, border testing labs; nothing approved for release.", "2024", ()),
    _r("o03x", "bch", "contact-point", "en", "Cartagena Protocol national focal point: Republic of Moldova", "The national focal point of the Republic of Moldova for the Cartagena Protocol on Biosafety and its contact details.", "2024", ("MD",), ("Ministry of Environment of the Republic of Moldova",)),
    # 4 a risk assessment of a field trial on the BCH (identifier) and on the national node (a short title, one line, the board by acronym, no identifier, no country); the decision taken on it
    _r("o04a", "bch", "document", "en", "Risk assessment: confined field trial of insect-resistant and herbicide-tolerant cotton (event GHB811 x T304-40) at Faisalabad, Pakistan", "The assessment reviews the molecular characterisation of the stacked cotton event, the likelihood of gene flow to other cotton fields around the Faisalabad research station, the effects on non-target insects such as bees and ladybirds, and the measures of confinement: isolation distances, border rows, monitoring after harvest and destruction of the plant material.", "2025", ("PK",), ("National Biosafety Committee of Pakistan",), ("BCH-RA-PK-2025-07",)),
    _r("o04b", "pk-chm", "document", "en", "Bt/HT cotton trial Faisalabad - RA", "NBC's look at gene flow, bees and other insects and how the plot is isolated and cleaned up afterwards.", None, (), ("NBC",)),
    _r("o04x", "bch", "document", "en", "Decision on the confined field trial of insect-resistant and herbicide-tolerant cotton (event GHB811 x T304-40) at Faisalabad, Pakistan", "The approval granted on the basis of the risk assessment, with its conditions.", "2025", ("PK",), ("National Biosafety Committee of Pakistan",), ("BCH-DEC-PK-2025-03",)),
    _r("o04y", "bch", "document", "en", "Risk assessment: confined field trial of drought-tolerant wheat (event HB4) at Faisalabad, Pakistan", "The assessment of another trial at the same research station, on a genetically modified wheat.", "2025", ("PK",), ("National Biosafety Committee of Pakistan",), ("BCH-RA-PK-2025-11",)),
    # 5 a certificate of compliance on the ABS Clearing-House (identifier) and on the national node (a short title, no identifier, no country); the checkpoint communiqué that refers to it
    _r("o05a", "abs-ch", "document", "en", "Internationally recognized certificate of compliance: access to Brazil nut tree (Bertholletia excelsa) bark samples from the Sipaliwini savanna for phytochemical research", "The certificate, issued by the competent national authority of Suriname, records prior informed consent of the Trio and Wayana communities, mutually agreed terms for benefit-sharing with their village councils, and the non-commercial use of the samples by a university in the Netherlands, with any change of intent to be notified.", "2025", ("SR",), ("Ministry of Spatial Planning and Environment of Suriname",), ("ABSCH-IRCC-SR-260114-1",)),
    _r("o05b", "sr-chm", "document", "en", "Permit: Brazil nut bark research, Sipaliwini", "PIC from Trio and Wayana villages, benefit-sharing agreed, research use only by a Dutch university.", None, ()),
    _r("o05x", "abs-ch", "document", "en", "Checkpoint communiqué: Brazil nut tree bark samples from Suriname used in phytochemical research", "The communiqué of a checkpoint in the Netherlands on the use of the samples covered by certificate ABSCH-IRCC-SR-260114-1.", "2026", ("NL",), ("Netherlands Food and Consumer Product Safety Authority",), ("ABSCH-CPC-NL-270031-1",)),
    _r("o05y", "abs-ch", "document", "en", "Internationally recognized certificate of compliance: access to skin secretions of dart frogs (Dendrobatidae) from the Sipaliwini savanna for pharmacological research", "Another certificate of the same authority, for frog samples collected with the same communities.", "2025", ("SR",), ("Ministry of Spatial Planning and Environment of Suriname",), ("ABSCH-IRCC-SR-260122-1",)),
    # 6 a Ramsar site information sheet on the Ramsar site (site number) and on the national node (another title, one line, no number, no country); another site of the same country
    _r("o06a", "ramsar", "document", "en", "Ramsar Information Sheet: Hutovo Blato (Bosnia and Herzegovina), 2024 update", "Hutovo Blato, a karst wetland in the lower Neretva valley, is a wintering and resting place for tens of thousands of waterbirds on the Adriatic flyway; the update describes the reservoir operations that change its water levels, illegal hunting, wildfires in the surrounding karst, and the nature park's visitor infrastructure.", "2024", ("BA",), ("Ramsar Convention Secretariat",), ("Ramsar site no. 1105",)),
    _r("o06b", "ba-chm", "document", "en", "Ramsar Information Sheet: Hutovo Blato - the Neretva's bird paradise (update 2024)", "The karst wetland of the lower Neretva where waterbirds of the Adriatic flyway winter and rest; the updated sheet covers reservoir operations and water levels, poaching, wildfires and visitor facilities of the nature park.", None, ()),
    _r("o06y", "ramsar", "document", "en", "Ramsar Information Sheet: Bardača (Bosnia and Herzegovina), 2024 update", "Fishponds and marshes on the Sava floodplain; the 2024 update.", "2024", ("BA",), ("Ramsar Convention Secretariat",), ("Ramsar site no. 1658",)),
    # 7 a Ramsar resolution in English, French and Spanish (no country); the previous Conference's resolution on the same subject
    _r("o07a", "ramsar", "document", "en", "Resolution XV.9: Wetlands and small island developing States", "The Conference of the Contracting Parties recognizes the particular exposure of small island developing States to sea-level rise and coastal development, invites Parties to designate mangroves, seagrass beds and coral reefs as Wetlands of International Importance, asks the Secretariat to support the preparation of site information sheets on islands, and calls for partnerships with regional seas programmes.", "2025", (), ("Ramsar Convention Secretariat",), ("COP15 Res. XV.9",)),
    _r("o07b", "ramsar-fr", "document", "fr", "Résolution XV.9 : Les zones humides et les petits États insulaires en développement", "La Conférence des Parties contractantes reconnaît l'exposition particulière des petits États insulaires à l'élévation du niveau de la mer et à l'aménagement côtier, invite les Parties à inscrire mangroves, herbiers et récifs coralliens, et demande au Secrétariat d'appuyer les fiches descriptives insulaires.", "2025", (), ("Secrétariat de la Convention de Ramsar",), ("COP15 Rés. XV.9",)),
    _r("o07c", "ramsar-es", "document", "es", "Resolución XV.9: Los humedales y los pequeños Estados insulares en desarrollo", "La Conferencia de las Partes Contratantes reconoce la exposición de los pequeños Estados insulares a la subida del nivel del mar y al desarrollo costero, invita a designar manglares, praderas marinas y arrecifes de coral y pide a la Secretaría apoyo para las fichas informativas.", "2025", (), ("Secretaría de la Convención de Ramsar",), ("COP15 Res. XV.9",)),
    _r("o07x", "ramsar", "document", "en", "Resolution XIV.12: Island wetlands and coastal resilience", "The resolution of the fourteenth meeting of the Conference of the Parties on the wetlands of islands and coasts.", "2022", (), ("Ramsar Convention Secretariat",), ("COP14 Res. XIV.12",)),
    # 8 a CITES non-detriment finding on the CITES site and on the national node (a short title, one line, no country, no date); the neighbour's finding from the same template
    _r("o08a", "cites", "document", "en", "Non-detriment finding for queen conch (Aliger gigas) exports from Saint Vincent and the Grenadines, 2026 quota", "The Scientific Authority of Saint Vincent and the Grenadines bases its finding on underwater visual surveys of conch density on the Grenadines bank, the proportion of adults with flared lips in landings, the closed season from June to September, and a precautionary export quota of processed meat for 2026.", "2026", ("VC",), ("Fisheries Division of Saint Vincent and the Grenadines",)),
    _r("o08b", "vc-chm", "document", "en", "Conch NDF 2026", "Fisheries: dive surveys, adult share of catch, closed season and a cautious quota.", None, (), ("Fisheries Division",)),
    _r("o08y", "cites", "document", "en", "Non-detriment finding for queen conch (Aliger gigas) exports from Grenada, 2026 quota", "Grenada's finding on conch for the same year.", "2026", ("GD",), ("Fisheries Division of Grenada",)),
    # 9 a CITES Management Authority in English (CITES site) and Arabic (national node, no country); the same country's Scientific Authority
    _r("o09a", "cites", "contact-point", "en", "CITES Management Authority: Syrian Arab Republic", "The Management Authority of the Syrian Arab Republic issues CITES permits and certificates for trade in specimens of listed species, such as falcons, tortoises and sturgeon caviar, and keeps the register of traders; contact: Directorate of Biodiversity, Damascus.", "2025", ("SY",), ("Ministry of Local Administration and Environment of the Syrian Arab Republic",)),
    _r("o09b", "sy-chm", "contact-point", "ar", "السلطة الإدارية لاتفاقية سايتس", "تصدر السلطة الإدارية تصاريح وشهادات سايتس للاتجار بعينات الأنواع المدرجة مثل الصقور والسلاحف والكافيار وتمسك سجل التجار؛ مديرية التنوع الحيوي، دمشق.", "2025", ()),
    _r("o09y", "cites", "contact-point", "en", "CITES Scientific Authority: Syrian Arab Republic", "The Scientific Authority of the Syrian Arab Republic, which advises on non-detriment findings.", "2025", ("SY",), ("General Commission for Scientific Agricultural Research of the Syrian Arab Republic",)),
    # 10 a CITES customs training on the CITES site and on the national node (another title, one line, no dates, no country); the same training in another port
    _r("o10a", "cites", "event", "en", "Training of customs and wildlife officers on CITES permit checks and species identification, Nassau, Bahamas, 3-5 March 2026", "Customs officers of the Bahamas and wildlife inspectors learn to check CITES permits and re-export certificates at Nassau's port and airport, to identify shells, corals, parrots and iguanas, to seize and hold live animals, and to prepare cases for the prosecutor.", "2026", ("BS",), ("CITES Secretariat",), ("CITES-CB-2026-04",)),
    _r("o10b", "bs-chm", "event", "en", "Wildlife trade checks - customs course (Nassau)", "Permits, shells and corals, parrots and iguanas, seizures and case files.", None, ()),
    _r("o10x", "cites", "event", "en", "Training of customs and wildlife officers on CITES permit checks and species identification, Freeport, Bahamas, 2024", "The same course given earlier at Freeport, Grand Bahama.", "2024", ("BS",), ("CITES Secretariat",), ("CITES-CB-2024-11",)),
    # 11 a request for assistance on the central clearing-house and on the national node (another title, a short text, no country); the offer that could answer it
    _r("o11a", "cbd-chm", "need", "en", "Request for technical support to set up the national clearing-house mechanism website of Palau", "Palau requests technical support to build and host its national clearing-house mechanism website, to load its protected areas network data and its national reports, and to train two staff of the Ministry of Agriculture, Fisheries and the Environment to keep the site up to date.\nType of support: technical assistance, training", "2025", ("PW",), ("Ministry of Agriculture, Fisheries and the Environment of Palau",)),
    _r("o11b", "pw-chm", "need", "en", "Help wanted: our biodiversity website", "We need someone to build and host the CHM site, put our PAN data and reports on it and train two staff.\nType of support: technical assistance, training", None, (), ("MAFE",)),
    _r("o11x", "cbd-chm", "support-source", "en", "Offer: technical cooperation for national clearing-house mechanism websites of Pacific small island developing States", "A partner offers to build, host and train staff for national clearing-house websites of Pacific island countries.\nType of support: technical assistance, training\nEligible countries: Pacific small island developing States", "2025", ("BE",), ("Royal Belgian Institute of Natural Sciences",)),
    _r("o11y", "cbd-chm", "need", "en", "Request for technical support to survey invasive alien species on the Rock Islands of Palau", "A second request of Palau, for surveys of invasive plants and rats.\nType of support: technical assistance", "2025", ("PW",), ("Ministry of Agriculture, Fisheries and the Environment of Palau",)),
    # 12 an offer of a course in English (central clearing-house) and French (central clearing-house in French); its previous intake
    _r("o12a", "cbd-chm", "support-source", "en", "Bio-Bridge Initiative: call for technical and scientific cooperation projects, 2026 round", "The Bio-Bridge Initiative invites Parties to submit requests for technical and scientific cooperation on the Kunming-Montreal targets, to be matched with providers; selected projects receive seed funding of up to 20,000 US dollars and mentoring for one year.\nType of support: funding, technical assistance\nEligible countries: developing country Parties", "2026", (), ("Secretariat of the Convention on Biological Diversity",)),
    _r("o12b", "cbd-chm-fr", "support-source", "fr", "Initiative Bio-Bridge : appel à projets de coopération technique et scientifique, cycle 2026", "L'initiative Bio-Bridge invite les Parties à soumettre des demandes de coopération technique et scientifique, mises en relation avec des fournisseurs ; les projets retenus reçoivent jusqu'à 20 000 dollars et un accompagnement d'un an.\nType d'appui : financement, assistance technique\nPays éligibles : pays en développement Parties", "2026", (), ("Secrétariat de la Convention sur la diversité biologique",)),
    _r("o12x", "cbd-chm", "support-source", "en", "Bio-Bridge Initiative: call for technical and scientific cooperation projects, 2024 round", "The call of the 2024 round, now closed.", "2024", (), ("Secretariat of the Convention on Biological Diversity",)),
    # 13 a national report in French on the French central site and on the national node (another title, one line, no country, no date); the neighbour's report from the same template
    _r("o13a", "cbd-chm-fr", "document", "fr", "Septième rapport national de la République de Guinée à la Convention sur la diversité biologique", "La Guinée rend compte de ses progrès vers ses cibles nationales : les aires protégées du Fouta-Djalon et du mont Nimba, la mangrove de la côte atlantique menacée par la riziculture et le bois de fumage du poisson, l'exploitation minière de la bauxite à Boké, la chasse aux chimpanzés et les feux de brousse, avec les indicateurs suivis.", "2026", ("GN",), ("Ministère de l'Environnement et du Développement durable de Guinée",)),
    _r("o13b", "gn-chm", "document", "fr", "Septieme rapport national de la Guinee a la Convention sur la diversite biologique", "La Guinee rend compte de ses progres vers ses cibles nationales : aires protegees du Fouta-Djalon et du mont Nimba, mangrove atlantique menacee par la riziculture et le fumage du poisson, bauxite a Boke, chasse aux chimpanzes et feux de brousse.", None, ()),
    _r("o13y", "cbd-chm-fr", "document", "fr", "Septième rapport national du Mali à la Convention sur la diversité biologique", "Le rapport du Mali : delta intérieur du Niger, éléphants du Gourma et désertification.", "2026", ("ML",), ("Ministère de l'Environnement du Mali",)),
    # 14 an NBSAP in English (central clearing-house) and Spanish (national node, no country); the same country's national targets
    _r("o14a", "cbd-chm", "document", "en", "National Biodiversity Strategy and Action Plan of the Dominican Republic 2025-2030", "The Dominican Republic's updated strategy: the protection of the Jaragua-Bahoruco-Enriquillo biosphere reserve, the recovery of the Hispaniolan solenodon and the rhinoceros iguana, the control of lionfish and other invasive species, coral reef restoration near Bayahibe, and the payment for water services in the Yaque del Norte basin.", "2025", ("DO",), ("Ministry of Environment and Natural Resources of the Dominican Republic",)),
    _r("o14b", "do-chm", "document", "es", "Estrategia Nacional de Biodiversidad y Plan de Acción 2025-2030", "Reserva de biosfera Jaragua-Bahoruco-Enriquillo, solenodonte e iguana rinoceronte, pez león, arrecifes de Bayahibe y pago por servicios hídricos del Yaque del Norte.", "2025", ()),
    _r("o14x", "cbd-chm", "document", "en", "National targets of the Dominican Republic for the Kunming-Montreal Global Biodiversity Framework", "The list of national targets submitted by the Dominican Republic ahead of its strategy.", "2024", ("DO",), ("Ministry of Environment and Natural Resources of the Dominican Republic",)),
    _r("o14y", "cbd-chm", "document", "en", "National Biodiversity Strategy and Action Plan of Cuba 2025-2030", "Cuba's updated strategy: the Zapata swamp, coral reefs of the Jardines de la Reina and invasive marabou.", "2025", ("CU",), ("Ministry of Science, Technology and Environment of Cuba",)),
    # 15 a national biosafety framework in English (BCH) and Portuguese (national node, no country, no date); the same country's BCH focal point
    _r("o15a", "bch", "document", "en", "National biosafety framework of Timor-Leste", "Timor-Leste's framework for the Cartagena Protocol: a draft decree-law on living modified organisms, the inter-ministerial committee to review imports of seed and food aid that may contain them, a risk assessment procedure, and the needs for a detection laboratory and for public information in Tetum and Portuguese.", "2023", ("TL",), ("Secretariat of State for the Environment of Timor-Leste",)),
    _r("o15b", "tl-chm", "document", "pt", "Quadro nacional de biossegurança de Timor-Leste", "Projeto de decreto-lei sobre organismos vivos modificados, comissão interministerial para sementes e ajuda alimentar, avaliação de risco, laboratório de deteção e informação ao público.", None, ()),
    _r("o15x", "bch", "contact-point", "en", "Cartagena Protocol national focal point: Timor-Leste", "The national focal point of Timor-Leste for the Cartagena Protocol on Biosafety.", "2023", ("TL",), ("Secretariat of State for the Environment of Timor-Leste",)),
    # 16 an ABS country profile in English (ABS Clearing-House) and French (national node, no country); the neighbour's profile from the same template
    _r("o16a", "abs-ch", "national-profile", "en", "Access and benefit-sharing country profile: Madagascar", "Madagascar's profile under the Nagoya Protocol: the decree on access to genetic resources and associated traditional knowledge, the competent national authority in the environment ministry, the permits issued for research on endemic plants such as the Madagascar periwinkle, the model benefit-sharing contracts with communities, and the checkpoints.", "2025", ("MG",), ("Ministry of Environment and Sustainable Development of Madagascar",)),
    _r("o16b", "mg-chm", "national-profile", "fr", "Profil APA de Madagascar", "Décret sur l'accès aux ressources génétiques et aux connaissances traditionnelles, autorité nationale compétente, permis de recherche sur les plantes endémiques, contrats types avec les communautés et points de contrôle.", "2025", ()),
    _r("o16y", "abs-ch", "national-profile", "en", "Access and benefit-sharing country profile: Comoros", "The Comoros' profile under the Nagoya Protocol: its draft access law and authority.", "2025", ("KM",), ("Ministry of Agriculture, Fisheries and Environment of the Comoros",)),
    # 17 a Ramsar site information sheet on the Ramsar site and on the national node (a short title, two lines, no number, no country); the previous update of the same site
    _r("o17a", "ramsar", "document", "en", "Ramsar Information Sheet: Larnaca Salt Lake Complex (Cyprus), 2025 update", "The update of the Larnaca salt lakes describes the wintering flamingos and the migrating cranes, the Hala Sultan Tekke mosque on its shore, the pressures of the airport next door, of off-road driving and of the city's treated waste water, and the management measures agreed with the municipality.", "2025", ("CY",), ("Ramsar Convention Secretariat",), ("Ramsar site no. 1081",)),
    _r("o17b", "cy-chm", "document", "en", "Larnaca salt lakes: 2025 RIS", "Flamingos and cranes, airport, 4x4s and waste water: what changed since the last sheet.", None, ()),
    _r("o17x", "ramsar", "document", "en", "Ramsar Information Sheet: Larnaca Salt Lake Complex (Cyprus), 2012 update", "The earlier update of the same site.", "2012", ("CY",), ("Ramsar Convention Secretariat",), ("Ramsar site no. 1081",)),
    # 18 the launch of a national clearing-house node in English (central clearing-house) and Arabic (national node, no country); the neighbour's launch from the same template
    _r("o18a", "cbd-chm", "event", "en", "Launch workshop of the national biodiversity clearing-house mechanism of the State of Palestine, Ramallah, 2025", "The Environment Quality Authority presents the new national clearing-house website to ministries, universities and non-governmental organizations: the species checklists, the data of the Wadi Gaza and Wadi Al-Quff reserves, the reports to the Convention, and how partners can publish their own information.", "2025", ("PS",), ("Environment Quality Authority of the State of Palestine",)),
    _r("o18b", "ps-chm", "event", "ar", "ورشة إطلاق آلية تبادل المعلومات الوطنية للتنوع الحيوي، رام الله، 2025", "تعرض سلطة جودة البيئة الموقع الجديد على الوزارات والجامعات والمنظمات: قوائم الأنواع وبيانات محميتي وادي غزة ووادي القف والتقارير الوطنية وكيفية نشر الشركاء لمعلوماتهم.", "2025", ()),
    _r("o18y", "cbd-chm", "event", "en", "Launch workshop of the national biodiversity clearing-house mechanism of Jordan, Amman, 2025", "Jordan's launch of its national clearing-house website.", "2025", ("JO",), ("Ministry of Environment of Jordan",)),
    # 19 a Basel national report on the conventions' site and on the national node (a short title, one line, no country); the previous year's report
    _r("o19a", "synergies", "document", "en", "Basel Convention national report of Albania for the year 2024", "Albania reports the hazardous wastes it generated and moved across borders in 2024: exports of waste lead-acid batteries and used oil filters to recyclers in neighbouring countries, imports of none, the end-of-life vehicles and electronic waste collected under the new extended producer responsibility scheme, the permits for treatment facilities near Tirana and Durrës, and the cases of illegal traffic found at the port.", "2025", ("AL",), ("Ministry of Tourism and Environment of Albania",)),
    _r("o19b", "al-chm", "document", "en", "Basel Convention national report of Albania - year 2024", "Albania reports the hazardous waste generated and moved across borders in 2024: exports of spent lead-acid batteries and used oil filters to recyclers in neighbouring countries, no imports, end-of-life vehicles and e-waste collected under the new extended producer responsibility scheme, permits for treatment plants near Tirana and Durres, and illegal traffic cases found at the port.", "2025", ()),
    _r("o19x", "synergies", "document", "en", "Basel Convention national report of Albania for the year 2023", "Albania's report on the hazardous wastes it generated and moved in 2023.", "2024", ("AL",), ("Ministry of Tourism and Environment of Albania",)),
    _r("o19y", "synergies", "document", "en", "Basel Convention national report of North Macedonia for the year 2024", "North Macedonia's report on the hazardous wastes it generated and moved in 2024.", "2025", ("MK",), ("Ministry of Environment and Physical Planning of North Macedonia",)),
    # 20 an updated Stockholm implementation plan on the conventions' site and on the national node (a short title, one line, the department by acronym, no country, no date); the first plan
    _r("o20a", "synergies", "document", "en", "Updated national implementation plan of Bangladesh for the Stockholm Convention on Persistent Organic Pollutants", "Bangladesh's updated plan addresses the chemicals listed since its first plan: PCB oils in transformers of the power distribution boards, brominated flame retardants in e-waste handled in the informal yards of Dhaka, PFOS in textile finishing and firefighting foams, dioxins from brick kilns and open burning, and the disposal of obsolete pesticides in district stores, with an action plan to 2032.", "2025", ("BD",), ("Department of Environment of Bangladesh",)),
    _r("o20b", "bd-chm", "document", "en", "POPs plan - second edition", "DoE: transformer oils, e-waste yards, textile chemicals, brick kilns and old pesticides.", None, (), ("DoE",)),
    _r("o20x", "synergies", "document", "en", "National implementation plan of Bangladesh for the Stockholm Convention on Persistent Organic Pollutants", "Bangladesh's first plan, on the twelve initial chemicals.", "2009", ("BD",), ("Department of Environment of Bangladesh",)),
    _r("o20y", "synergies", "document", "en", "Updated national implementation plan of Afghanistan for the Stockholm Convention on Persistent Organic Pollutants", "Afghanistan's updated plan: PCB equipment, obsolete pesticides and open burning.", "2025", ("AF",), ("National Environmental Protection Agency of Afghanistan",)),
    # 21 a Rotterdam import response on the conventions' site and on the national node (a short title, one line, no country); the same country's response for another chemical
    _r("o21a", "synergies", "document", "en", "Import response of the Gambia: paraquat dichloride formulations", "The Gambia's final decision under the Rotterdam Convention on future imports of paraquat dichloride formulations: import not consented, on account of poisonings among rice and groundnut farmers and the lack of protective equipment; existing stocks may be used until the end of the next growing season.", "2025", ("GM",), ("National Environment Agency of the Gambia",)),
    _r("o21b", "gm-chm", "document", "en", "Paraquat: no imports", "NEA's import decision: poisonings of farmers, no protective gear, old stocks used up by next season.", "2025", (), ("NEA",)),
    _r("o21x", "synergies", "document", "en", "Import response of the Gambia: carbofuran", "The Gambia's final decision on future imports of carbofuran.", "2025", ("GM",), ("National Environment Agency of the Gambia",)),
    _r("o21y", "synergies", "document", "en", "Import response of Senegal: paraquat dichloride formulations", "Senegal's final decision on future imports of the same formulations.", "2025", ("SN",), ("Direction de l'Environnement et des Établissements classés du Sénégal",)),
    # 22 a designated national authority in English (conventions' site) and Arabic (national node, no country); the same country's Stockholm focal point
    _r("o22a", "synergies", "contact-point", "en", "Rotterdam Convention designated national authority for pesticides: Somalia", "The designated national authority of Somalia for pesticides under the Rotterdam Convention receives export notifications and sends import responses; contact: Plant Protection Department, Ministry of Agriculture and Irrigation, Mogadishu.", "2025", ("SO",), ("Ministry of Agriculture and Irrigation of Somalia",)),
    _r("o22b", "so-chm", "contact-point", "ar", "السلطة الوطنية المعيّنة لاتفاقية روتردام (مبيدات الآفات)", "تتلقى السلطة الوطنية المعيّنة إخطارات التصدير وترسل ردود الاستيراد؛ إدارة وقاية النبات، وزارة الزراعة والري، مقديشو.", "2025", ()),
    _r("o22x", "synergies", "contact-point", "en", "Stockholm Convention official contact point: Somalia", "The official contact point of Somalia for the Stockholm Convention.", "2025", ("SO",), ("Ministry of Environment and Climate Change of Somalia",)),
    _r("o22y", "synergies", "contact-point", "en", "Rotterdam Convention designated national authority for industrial chemicals: Somalia", "Somalia's other designated national authority, for industrial chemicals.", "2025", ("SO",), ("Ministry of Environment and Climate Change of Somalia",)),
    # 23 a Minamata initial assessment on the mercury clearing-house and on the national node (another title, a short text, no country); the neighbour's assessment from the same template
    _r("o23a", "mercury-ch", "document", "en", "Minamata Initial Assessment of Guyana", "Guyana's assessment of mercury use and releases: small and medium-scale gold mining in the Cuyuni-Mazaruni and Potaro regions, mercury imports through licensed dealers, mercury-added products in dental clinics, emissions from burning waste at Haags Bosch landfill, and the legal and institutional changes needed before ratification.", "2021", ("GY",), ("Environmental Protection Agency of Guyana",)),
    _r("o23b", "gy-chm", "document", "en", "Mercury in Guyana - what the assessment found", "EPA: gold mining areas, licensed dealers, dental amalgam, landfill burning and the laws to change.", None, (), ("EPA Guyana",)),
    _r("o23y", "mercury-ch", "document", "en", "Minamata Initial Assessment of Suriname", "Suriname's assessment: gold mining in the interior, imports and products.", "2020", ("SR",), ("National Institute for Environment and Development in Suriname",)),
    # 24 a national action plan on gold mining in English (mercury clearing-house) and French (national node, no country, no date); the same country's initial assessment
    _r("o24a", "mercury-ch", "document", "en", "National action plan on artisanal and small-scale gold mining of Burkina Faso", "Burkina Faso's plan under Article 7 of the Minamata Convention: a baseline of mercury used on the gold sites of the Centre-Nord and Sahel regions, the end of whole-ore amalgamation and of burning amalgam in homes, retorts and gravity concentration tables for miners' cooperatives, health care for exposed women and children, and the formalization of sites through the national mining agency.", "2024", ("BF",), ("Ministry of Environment, Water and Sanitation of Burkina Faso",)),
    _r("o24b", "bf-chm", "document", "fr", "Plan d'action national sur l'extraction minière artisanale et à petite échelle d'or", "Le plan prévu par l'article 7 : état des lieux du mercure sur les sites d'orpaillage, fin de l'amalgamation du minerai brut, cornues et tables à secousses, santé des femmes et des enfants, formalisation des sites.", None, ()),
    _r("o24x", "mercury-ch", "document", "en", "Minamata Initial Assessment of Burkina Faso", "Burkina Faso's initial assessment of mercury sources and readiness to ratify.", "2019", ("BF",), ("Ministry of Environment, Water and Sanitation of Burkina Faso",)),
    # 25 an HCFC phase-out plan in English (Multilateral Fund, project number) and Russian (national node, no country, no number); the same plan's previous stage
    _r("o25a", "mlf", "project", "en", "HCFC phase-out management plan (stage II) for Turkmenistan", "The second stage completes Turkmenistan's phase-out of hydrochlorofluorocarbons by 2030: training of refrigeration technicians in Ashgabat, Turkmenabat and Mary, recovery and recycling equipment for servicing workshops, customs training and refrigerant identifiers at the borders with Iran and Uzbekistan, and the licensing and quota system run by the national ozone unit.", "2023", ("TM",), ("United Nations Development Programme",), ("TKM/PHA/91/INV/14",)),
    _r("o25b", "tm-chm", "project", "ru", "План организационных мероприятий по выводу из обращения ГХФУ (этап II)", "Второй этап: обучение техников в Ашхабаде, Туркменабаде и Мары, оборудование для рекуперации, таможенная подготовка и идентификаторы хладагентов, система лицензирования и квот.", "2023", ()),
    _r("o25x", "mlf", "project", "en", "HCFC phase-out management plan (stage I) for Turkmenistan", "The first stage of Turkmenistan's plan, to meet the 35 per cent reduction.", "2012", ("TM",), ("United Nations Development Programme",), ("TKM/PHA/66/INV/08",)),
    # 26 a Kigali implementation plan on the Multilateral Fund's site and on the national node (a nickname, one line, no country, no number); the same country's HCFC plan
    _r("o26a", "mlf", "project", "en", "Kigali HFC implementation plan (stage I) for Montenegro", "Montenegro's first stage of the HFC phase-down under the Kigali Amendment: the inclusion of HFCs in the import licensing system, training and certification of technicians in flammable refrigerants, recovery equipment for the coastal tourism sector's air-conditioning, and the promotion of heat pumps with natural refrigerants.", "2025", ("ME",), ("United Nations Industrial Development Organization",), ("MOG/REF/97/INV/21",)),
    _r("o26b", "me-chm", "project", "en", "Kigali HFC implemetation plan (stage 1) - Montenegro", "HFC phase-down, first steps: licences for HFCs, certified technicians, hotel air-conditioning and natural-refrigerant heat pumps.", None, ()),
    _r("o26x", "mlf", "project", "en", "HCFC phase-out management plan (stage II) for Montenegro", "The second stage of Montenegro's HCFC plan.", "2019", ("ME",), ("United Nations Industrial Development Organization",), ("MOG/PHA/83/INV/19",)),
    # 27 a national ozone unit in English (ozone secretariat's site) and Arabic (national node, no country); the same country's Minamata focal point
    _r("o27a", "ozone", "contact-point", "en", "National ozone unit: Lebanon", "Lebanon's national ozone unit at the Ministry of Environment in Beirut runs the licensing of ozone-depleting substances and HFCs, reports Article 7 data and coordinates the projects of the Multilateral Fund.", "2025", ("LB",), ("Ministry of Environment of Lebanon",)),
    _r("o27b", "lb-chm", "contact-point", "ar", "وحدة الأوزون الوطنية", "تدير الوحدة في وزارة البيئة في بيروت نظام ترخيص المواد المستنفدة للأوزون ومركبات الكربون الهيدروفلورية وتقدم بيانات المادة 7 وتنسق مشاريع الصندوق المتعدد الأطراف.", "2025", ()),
    _r("o27y", "mercury-ch", "contact-point", "en", "Minamata Convention national focal point: Lebanon", "Lebanon's national focal point for the Minamata Convention on Mercury.", "2025", ("LB",), ("Ministry of Environment of Lebanon",)),
    # 28 a committee's meeting report in English, French and Spanish (no country); the previous meeting's report
    _r("o28a", "synergies", "document", "en", "Report of the Chemical Review Committee on the work of its twenty-second meeting", "The Committee reviewed notifications of final regulatory action and proposals for severely hazardous pesticide formulations, agreed to recommend two chemicals for listing in Annex III of the Rotterdam Convention, adopted decision guidance documents, and discussed its workplan on the use of information from other bodies.", "2026", (), ("Secretariat of the Rotterdam Convention",), ("UNEP/FAO/RC/CRC.22/12",)),
    _r("o28b", "synergies-fr", "document", "fr", "Rapport du Comité d'étude des produits chimiques sur les travaux de sa vingt-deuxième réunion", "Le Comité a examiné les notifications de mesures de réglementation finales et les propositions de préparations pesticides extrêmement dangereuses, recommandé l'inscription de deux produits chimiques à l'Annexe III et adopté des documents d'orientation des décisions.", "2026", (), ("Secrétariat de la Convention de Rotterdam",), ("UNEP/FAO/RC/CRC.22/12",)),
    _r("o28c", "synergies-es", "document", "es", "Informe del Comité de Examen de Productos Químicos sobre la labor de su 22ª reunión", "El Comité examinó notificaciones de medidas reglamentarias firmes y propuestas de formulaciones plaguicidas extremadamente peligrosas, recomendó incluir dos productos químicos en el Anexo III y aprobó documentos de orientación para la adopción de decisiones.", "2026", (), ("Secretaría del Convenio de Rotterdam",)),
    _r("o28x", "synergies", "document", "en", "Report of the Chemical Review Committee on the work of its twenty-first meeting", "The report of the Committee's previous meeting.", "2025", (), ("Secretariat of the Rotterdam Convention",), ("UNEP/FAO/RC/CRC.21/11",)),
    # 29 a technical guideline in English (conventions' site) and Spanish (a national node, no country); its draft
    _r("o29a", "synergies", "document", "en", "Technical guidelines on the environmentally sound management of waste lead-acid batteries (2025 revision)", "The revised guidelines cover the collection, storage and transport of spent lead-acid batteries, acid neutralization, lead smelting with emission controls, the protection of workers and neighbours from lead exposure, the remediation of informal recycling sites, and the classification of batteries under the Basel Convention's annexes.", "2025", (), ("Secretariat of the Basel Convention",), ("UNEP/CHW.17/6/Add.3",)),
    _r("o29b", "sv-chm", "document", "es", "Directrices técnicas sobre el manejo ambientalmente racional de las baterías de plomo y ácido de desecho (revisión de 2025)", "Recogida, almacenamiento y transporte de baterías usadas, neutralización del ácido, fundición con control de emisiones, protección de trabajadores y vecinos, remediación de sitios de reciclaje informal y clasificación según los anexos.", "2025", (), ("Secretaría del Convenio de Basilea",)),
    _r("o29x", "synergies", "document", "en", "Draft technical guidelines on the environmentally sound management of waste lead-acid batteries (version of 30 September 2024)", "The draft of the revised guidelines circulated for comments before the Conference of the Parties.", "2024", (), ("Secretariat of the Basel Convention",)),
    # 30 a request for assistance on the information exchange portal and on the national node (another title, a short text, no country); the offer that could answer it
    _r("o30a", "infocap", "need", "en", "Request for technical assistance: asbestos-containing debris after hurricanes in Dominica", "Dominica requests technical assistance to survey public buildings damaged by hurricanes for asbestos-cement roofing, to remove and package the debris safely, to identify a disposal cell at the Fond Cole landfill, and to train public works crews in protective measures.\nType of support: technical assistance, training", "2025", ("DM",), ("Environmental Coordinating Unit of Dominica",)),
    _r("o30b", "dm-chm", "need", "en", "Storm debris with asbestos - support sought", "Survey damaged roofs, remove and wrap the sheets, a landfill cell and crew training.\nType of support: technical assistance, training", None, (), ("ECU",)),
    _r("o30x", "infocap", "support-source", "en", "Offer of training on asbestos waste handling after disasters for Caribbean countries", "A regional centre offers training and advice on handling asbestos debris after storms.\nType of support: training, technical assistance\nEligible countries: CARICOM member States", "2025", ("TT",), ("Basel Convention Regional Centre for the Caribbean",)),
    _r("o30y", "infocap", "need", "en", "Request for equipment: collection and storage of used oil in Dominica", "A second request of Dominica, for used oil tanks at garages and the port.\nType of support: equipment", "2025", ("DM",), ("Environmental Coordinating Unit of Dominica",)),
    # 31 an offer of training in English (information exchange portal) and Spanish (the portal in Spanish); its next intake
    _r("o31a", "infocap", "support-source", "en", "Offer: training on electronic waste inventories for Latin American and Caribbean countries, 2026 intake", "A regional centre offers a six-week online course and a week of field work on building national e-waste inventories: import statistics by customs code, placed-on-market methods, household surveys, the informal sector, and reporting to the Basel Convention.\nType of support: training\nEligible countries: Latin America and the Caribbean", "2026", ("UY",), ("Basel Convention Regional Centre for Latin America and the Caribbean",)),
    _r("o31b", "infocap-es", "support-source", "es", "Oferta: capacitación sobre inventarios de residuos electrónicos para países de América Latina y el Caribe, convocatoria 2026", "Un centro regional ofrece un curso en línea de seis semanas y una semana de trabajo de campo sobre inventarios nacionales de residuos electrónicos: estadísticas aduaneras, métodos de puesta en el mercado, encuestas de hogares, sector informal e informes al Convenio de Basilea.\nTipo de apoyo: capacitación\nPaíses elegibles: América Latina y el Caribe", "2026", (), ("Centro Regional del Convenio de Basilea para América Latina y el Caribe",)),
    _r("o31y", "infocap", "support-source", "en", "Offer: training on electronic waste inventories for Latin American and Caribbean countries, 2027 intake", "The next intake of the same course.", "2027", ("UY",), ("Basel Convention Regional Centre for Latin America and the Caribbean",)),
    # 32 a request in French on the French portal and on the national node (another title, a short text, no country, no date); a second request of the same country
    _r("o32a", "infocap-fr", "need", "fr", "Demande d'appui pour l'élimination écologiquement rationnelle des déchets médicaux en Haïti", "Haïti sollicite un appui financier et technique pour remplacer les brûlages à l'air libre des déchets médicaux de Port-au-Prince et des Cayes par des autoclaves, organiser le tri dans dix hôpitaux publics et former le personnel d'entretien.\nType d'appui : financement, équipement, formation", "2025", ("HT",), ("Ministère de l'Environnement d'Haïti",)),
    _r("o32b", "ht-chm", "need", "fr", "Déchets d'hôpitaux : autoclaves recherchés", "Fini les feux à ciel ouvert : autoclaves, tri dans dix hôpitaux, formation du personnel.\nType d'appui : financement, équipement, formation", None, ()),
    _r("o32x", "infocap-fr", "need", "fr", "Demande d'appui pour l'inventaire des polychlorobiphényles (PCB) en Haïti", "Une seconde demande d'Haïti, sur les transformateurs contenant des PCB.\nType d'appui : assistance technique", "2025", ("HT",), ("Ministère de l'Environnement d'Haïti",)),
    _r("o32y", "infocap-fr", "need", "fr", "Demande d'appui pour l'élimination écologiquement rationnelle des déchets médicaux au Bénin", "Le Bénin sollicite un appui pour des autoclaves à Cotonou et Parakou.\nType d'appui : équipement", "2025", ("BJ",), ("Ministère du Cadre de Vie et du Développement durable du Bénin",)),
    # 33 a green customs workshop on the ozone secretariat's site and on the national node (another title, one line, no dates, no country); the same workshop in another island country
    _r("o33a", "ozone", "event", "en", "Green Customs workshop for the Marshall Islands on ozone-depleting substances, HFCs and hazardous waste, Majuro, 14-16 April 2026", "Customs and quarantine officers of the Marshall Islands learn to check licences for refrigerants, to use refrigerant identifiers on cylinders and on air-conditioners in used vehicles, to recognize e-waste and used batteries shipped as second-hand goods, and to report seizures to the national ozone unit.", "2026", ("MH",), ("UNEP OzonAction",), ("GCI-PIC-2026-02",)),
    _r("o33b", "mh-chm", "event", "en", "Customs course: refrigerants and e-waste (Majuro)", "Licences, gas identifiers, used cars, e-waste and batteries, reporting seizures.", None, ()),
    _r("o33y", "ozone", "event", "en", "Green Customs workshop for the Federated States of Micronesia on ozone-depleting substances, HFCs and hazardous waste, Pohnpei, 2026", "The same workshop given for Micronesia in Pohnpei.", "2026", ("FM",), ("UNEP OzonAction",), ("GCI-PIC-2026-03",)),
    _r("o33x", "ozone", "event", "en", "Green Customs workshop for the Marshall Islands on ozone-depleting substances, HFCs and hazardous waste, Majuro, 2024", "The earlier workshop for the Marshall Islands, in 2024.", "2024", ("MH",), ("UNEP OzonAction",), ("GCI-PIC-2024-05",)),
    # 34 a national chemicals profile on the chemicals framework's site and on the national node (another title, one line, no country); the neighbour's profile from the same template
    _r("o34a", "gfc", "national-profile", "en", "National chemicals management profile of Saint Kitts and Nevis", "The profile describes the chemicals imported and used in Saint Kitts and Nevis: pesticides for vegetable farms and golf courses, fuel and solvents, swimming pool chemicals for hotels, laboratory and hospital chemicals; the laws that apply, the agencies involved, the gaps in customs data and poison control, and the priorities for the Global Framework on Chemicals.", "2025", ("KN",), ("Department of Environment of Saint Kitts and Nevis",)),
    _r("o34b", "kn-chm", "national-profile", "en", "National Chemicals Management Profile - St. Kitts and Nevis (2025)", "Our national profile of chemicals imported and used in St. Kitts and Nevis: pesticides for vegetable farms and golf courses, fuel and solvents, pool chemicals for hotels, laboratory and hospital chemicals. It sets out the laws that apply (the Pesticides and Toxic Chemicals Act among others), the agencies involved, the gaps in customs data and poison control, and the priorities we have chosen for the Global Framework on Chemicals, with a contact at the Department of Environment in Basseterre for comments.", "2025", ()),
    _r("o34y", "gfc", "national-profile", "en", "National chemicals management profile of Antigua and Barbuda", "Antigua and Barbuda's profile: pesticides, fuels, hotels and laws.", "2025", ("AG",), ("Department of Environment of Antigua and Barbuda",)),
    # 35 an offer of training in English (conventions' site) and Chinese (national node, no country); the same centre's earlier training
    _r("o35a", "synergies", "support-source", "en", "Offer: training course on monitoring persistent organic pollutants in air and human milk for Asia-Pacific countries, Beijing, 2026", "The Stockholm Convention regional centre in China offers a two-week course for laboratory staff of Asia-Pacific countries on sampling air with passive samplers, sampling human milk, analysing dioxins and PFAS, quality control, and reporting to the global monitoring plan; travel and lodging are covered for one participant per country.\nType of support: training\nEligible countries: Asia-Pacific Parties", "2026", ("CN",), ("Stockholm Convention Regional Centre for Capacity-building and the Transfer of Technology in Asia and the Pacific",)),
    _r("o35b", "cn-chm", "support-source", "zh", "亚太地区持久性有机污染物大气和母乳监测培训班（北京，2026年）", "斯德哥尔摩公约亚太区域中心为亚太国家实验室人员举办为期两周的培训：被动采样器大气采样、母乳采样、二噁英和全氟化合物分析、质量控制以及向全球监测计划报告；每国一名学员的差旅和住宿费用由中心承担。\n支持类型：培训", "2026", ()),
    _r("o35x", "synergies", "support-source", "en", "Offer: training course on monitoring persistent organic pollutants in air and human milk for Asia-Pacific countries, Beijing, 2024", "The same centre's course of 2024, now closed.", "2024", ("CN",), ("Stockholm Convention Regional Centre for Capacity-building and the Transfer of Technology in Asia and the Pacific",)),
    # 36 a Stockholm Article 15 report on the conventions' site and on the national node (a short title, one line, no country, no date); the previous cycle's report
    _r("o36a", "synergies", "document", "en", "National report of Pakistan under Article 15 of the Stockholm Convention (fifth reporting cycle)", "Pakistan reports on the measures it took to implement the Convention in the fifth cycle: the ban on the import of listed pesticides, the inventory of PCBs in transformers of the distribution companies, releases of dioxins from medical waste incinerators and steel mills in Lahore and Karachi, stocks of DDT, and its exemptions and data gaps.", "2026", ("PK",), ("Ministry of Climate Change and Environmental Coordination of Pakistan",)),
    _r("o36b", "pk-chm", "document", "en", "Stockholm Art. 15 report - 5th round", "MoCC: banned pesticides, transformer PCBs, incinerator and steel mill dioxins, DDT stocks, gaps.", None, (), ("MoCC",)),
    _r("o36x", "synergies", "document", "en", "National report of Pakistan under Article 15 of the Stockholm Convention (fourth reporting cycle)", "Pakistan's report of the previous cycle.", "2022", ("PK",), ("Ministry of Climate Change of Pakistan",)),
    _r("o36y", "synergies", "document", "en", "National report of Bangladesh under Article 15 of the Stockholm Convention (fifth reporting cycle)", "Bangladesh's report of the same cycle.", "2026", ("BD",), ("Department of Environment of Bangladesh",)),
]  # fmt: skip

SAME: list[tuple[str, str]] = [
    ("cbd-chm:o01a", "bw-chm:o01b"),
    ("cbd-chm:o02a", "mk-chm:o02b"),
    ("bch:o03a", "md-chm:o03b"),
    ("bch:o04a", "pk-chm:o04b"),
    ("abs-ch:o05a", "sr-chm:o05b"),
    ("ramsar:o06a", "ba-chm:o06b"),
    ("ramsar:o07a", "ramsar-fr:o07b"),
    ("ramsar:o07a", "ramsar-es:o07c"),
    ("ramsar-fr:o07b", "ramsar-es:o07c"),
    ("cites:o08a", "vc-chm:o08b"),
    ("cites:o09a", "sy-chm:o09b"),
    ("cites:o10a", "bs-chm:o10b"),
    ("cbd-chm:o11a", "pw-chm:o11b"),
    ("cbd-chm:o12a", "cbd-chm-fr:o12b"),
    ("cbd-chm-fr:o13a", "gn-chm:o13b"),
    ("cbd-chm:o14a", "do-chm:o14b"),
    ("bch:o15a", "tl-chm:o15b"),
    ("abs-ch:o16a", "mg-chm:o16b"),
    ("ramsar:o17a", "cy-chm:o17b"),
    ("cbd-chm:o18a", "ps-chm:o18b"),
    ("synergies:o19a", "al-chm:o19b"),
    ("synergies:o20a", "bd-chm:o20b"),
    ("synergies:o21a", "gm-chm:o21b"),
    ("synergies:o22a", "so-chm:o22b"),
    ("mercury-ch:o23a", "gy-chm:o23b"),
    ("mercury-ch:o24a", "bf-chm:o24b"),
    ("mlf:o25a", "tm-chm:o25b"),
    ("mlf:o26a", "me-chm:o26b"),
    ("ozone:o27a", "lb-chm:o27b"),
    ("synergies:o28a", "synergies-fr:o28b"),
    ("synergies:o28a", "synergies-es:o28c"),
    ("synergies-fr:o28b", "synergies-es:o28c"),
    ("synergies:o29a", "sv-chm:o29b"),
    ("infocap:o30a", "dm-chm:o30b"),
    ("infocap:o31a", "infocap-es:o31b"),
    ("infocap-fr:o32a", "ht-chm:o32b"),
    ("ozone:o33a", "mh-chm:o33b"),
    ("gfc:o34a", "kn-chm:o34b"),
    ("synergies:o35a", "cn-chm:o35b"),
    ("synergies:o36a", "pk-chm:o36b"),
]
"""The pairs that are one item (40: 36 items, two of them in three languages; 21 pairs in one
language, 19 across languages, 6 of those with Arabic, Chinese or Russian)."""

NEAR_MISSES: list[tuple[str, str]] = [
    ("cbd-chm:o01a", "cbd-chm:o01x"), ("bw-chm:o01b", "cbd-chm:o01x"),
    ("cbd-chm:o02a", "cbd-chm:o02y"), ("mk-chm:o02b", "cbd-chm:o02y"),
    ("bch:o03a", "bch:o03x"), ("md-chm:o03b", "bch:o03x"),
    ("bch:o04a", "bch:o04x"), ("pk-chm:o04b", "bch:o04x"),
    ("abs-ch:o05a", "abs-ch:o05x"), ("sr-chm:o05b", "abs-ch:o05x"),
    ("ramsar:o06a", "ramsar:o06y"), ("ba-chm:o06b", "ramsar:o06y"),
    ("ramsar:o07a", "ramsar:o07x"), ("ramsar-fr:o07b", "ramsar:o07x"), ("ramsar-es:o07c", "ramsar:o07x"),
    ("cites:o08a", "cites:o08y"), ("vc-chm:o08b", "cites:o08y"),
    ("cites:o09a", "cites:o09y"), ("sy-chm:o09b", "cites:o09y"),
    ("cites:o10a", "cites:o10x"), ("bs-chm:o10b", "cites:o10x"),
    ("cbd-chm:o11a", "cbd-chm:o11x"), ("pw-chm:o11b", "cbd-chm:o11x"),
    ("cbd-chm:o12a", "cbd-chm:o12x"), ("cbd-chm-fr:o12b", "cbd-chm:o12x"),
    ("cbd-chm-fr:o13a", "cbd-chm-fr:o13y"), ("gn-chm:o13b", "cbd-chm-fr:o13y"),
    ("cbd-chm:o14a", "cbd-chm:o14x"), ("do-chm:o14b", "cbd-chm:o14x"),
    ("bch:o15a", "bch:o15x"), ("tl-chm:o15b", "bch:o15x"),
    ("abs-ch:o16a", "abs-ch:o16y"), ("mg-chm:o16b", "abs-ch:o16y"),
    ("ramsar:o17a", "ramsar:o17x"), ("cy-chm:o17b", "ramsar:o17x"),
    ("cbd-chm:o18a", "cbd-chm:o18y"), ("ps-chm:o18b", "cbd-chm:o18y"),
    ("synergies:o19a", "synergies:o19x"), ("al-chm:o19b", "synergies:o19x"),
    ("synergies:o20a", "synergies:o20x"), ("bd-chm:o20b", "synergies:o20x"),
    ("synergies:o21a", "synergies:o21x"), ("gm-chm:o21b", "synergies:o21x"),
    ("synergies:o22a", "synergies:o22x"), ("so-chm:o22b", "synergies:o22x"),
    ("mercury-ch:o23a", "mercury-ch:o23y"), ("gy-chm:o23b", "mercury-ch:o23y"),
    ("mercury-ch:o24a", "mercury-ch:o24x"), ("bf-chm:o24b", "mercury-ch:o24x"),
    ("mlf:o25a", "mlf:o25x"), ("tm-chm:o25b", "mlf:o25x"),
    ("mlf:o26a", "mlf:o26x"), ("me-chm:o26b", "mlf:o26x"),
    ("ozone:o27a", "mercury-ch:o27y"), ("lb-chm:o27b", "mercury-ch:o27y"),
    ("synergies:o28a", "synergies:o28x"), ("synergies-fr:o28b", "synergies:o28x"), ("synergies-es:o28c", "synergies:o28x"),
    ("synergies:o29a", "synergies:o29x"), ("sv-chm:o29b", "synergies:o29x"),
    ("infocap:o30a", "infocap:o30x"), ("dm-chm:o30b", "infocap:o30x"),
    ("infocap:o31a", "infocap:o31y"), ("infocap-es:o31b", "infocap:o31y"),
    ("infocap-fr:o32a", "infocap-fr:o32x"), ("ht-chm:o32b", "infocap-fr:o32x"),
    ("ozone:o33a", "ozone:o33y"), ("mh-chm:o33b", "ozone:o33y"),
    ("gfc:o34a", "gfc:o34y"), ("kn-chm:o34b", "gfc:o34y"),
    ("synergies:o35a", "synergies:o35x"), ("cn-chm:o35b", "synergies:o35x"),
    ("synergies:o36a", "synergies:o36x"), ("pk-chm:o36b", "synergies:o36x"),
    ("bch:o03x", "bch:o15x"), ("mercury-ch:o23a", "mercury-ch:o24x"), ("mercury-ch:o23y", "mercury-ch:o24x"), ("mlf:o25a", "mlf:o26x"), ("mlf:o25x", "mlf:o26x"),
    ("cbd-chm:o01a", "cbd-chm:o01y"), ("bw-chm:o01b", "cbd-chm:o01y"), ("bch:o04a", "bch:o04y"), ("pk-chm:o04b", "bch:o04y"),
    ("abs-ch:o05a", "abs-ch:o05y"), ("sr-chm:o05b", "abs-ch:o05y"), ("cbd-chm:o11a", "cbd-chm:o11y"), ("pw-chm:o11b", "cbd-chm:o11y"),
    ("cbd-chm:o14a", "cbd-chm:o14y"), ("do-chm:o14b", "cbd-chm:o14y"), ("synergies:o19a", "synergies:o19y"), ("al-chm:o19b", "synergies:o19y"),
    ("synergies:o20a", "synergies:o20y"), ("bd-chm:o20b", "synergies:o20y"), ("synergies:o21a", "synergies:o21y"), ("gm-chm:o21b", "synergies:o21y"),
    ("synergies:o22a", "synergies:o22y"), ("so-chm:o22b", "synergies:o22y"), ("infocap:o30a", "infocap:o30y"), ("dm-chm:o30b", "infocap:o30y"),
    ("infocap-fr:o32a", "infocap-fr:o32y"), ("ht-chm:o32b", "infocap-fr:o32y"), ("ozone:o33a", "ozone:o33x"), ("mh-chm:o33b", "ozone:o33x"),
    ("synergies:o36a", "synergies:o36y"), ("pk-chm:o36b", "synergies:o36y"), ("cbd-chm:o01x", "cbd-chm:o01y"), ("synergies:o20x", "synergies:o20y"),
    ("synergies:o21x", "synergies:o21y"), ("synergies:o22x", "synergies:o22y"), ("bch:o04x", "bch:o04y"),
]  # fmt: skip
"""Look-alikes written on purpose: different items (110 pairs)."""
