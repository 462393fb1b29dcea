"""Clearing-house records of the hundred-and-fifty-sixth judged relevance set
(tests/search/relevance/queries156.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: vineyard pest pages on the
European grapevine moth (a case study of the eradication of Lobesia botrana from the vineyards of
Napa Valley, California, United States; a journée technique, an event, on the eudémis, the
cochylis and the confusion sexuelle in the vineyards of the canton of Vaud, Switzerland; a dataset
of the trap catches of the polilla de la vid, which growers call lobesia, in Mendoza and San Juan,
Argentina); potato health pages on potato cyst nematodes (a need to contain Globodera in the
highland potato counties of Kenya; a guide, a document, to the nématode doré in the regulated area
of Saint-Amable, Québec, Canada; a project of rotations and resistant varieties against the
nematodo quiste de la papa in Tiraque and Morochata, Cochabamba, Bolivia); shrimp farming pages on
white spot disease (a dataset of the surveillance of white spot syndrome virus in the prawn farms
and wild crustaceans of the Logan River and Moreton Bay, Queensland, Australia; a need to protect
the shrimp farms of Boeny and Sofia, Madagascar, from the maladie des points blancs; a case study
of how the camaroneras of Guayas and El Oro, Ecuador, came out of the crisis of the mancha
blanca); bee health pages on American foulbrood (a guide, a document, for New Zealand's
beekeepers under the national pest management plan; a formation, an event, on recognising and
declaring the loque américaine for the beekeepers of Wallonia, Belgium; a need for diagnosis and
control of the loque americana in the apiaries of Paysandú, Río Negro and Soriano, Uruguay);
organic farming pages on participatory guarantee systems (a project to bring 120 PGS groups of
Karnataka and Tamil Nadu, India, into the national PGS programme; a case study of ten years of
système participatif de garantie, SPG, for the agroecological market gardeners of Burkina Faso;
an offer, a support source, of help to set up a sistema participativo de garantía, the
certificación orgánica participativa of Mexican law, for producers of the tianguis orgánicos of
Oaxaca, Puebla and Veracruz, Mexico); forest health pages on pine pitch canker (a dataset of the
tests and surveys of Fusarium circinatum in the pine nurseries and young plantations of South
Africa; a plan de surveillance, a document, of the chancre résineux des pins in the nurseries and
maritime pine forests of Nouvelle-Aquitaine, France; a case study of twenty years of keeping the
chancro resinoso del pino in the nurseries and out of the radiata pine plantations of Chile);
livestock service pages on community animal health workers (a project of CAHWs for the
pastoralist herds of Karamoja, Uganda; a need to train and equip auxiliaires d'élevage for the
transhumant herders of Kanem and Batha, Chad; a case study of the kamayoq, the promotores
pecuarios of the peasant communities of Canchis and Espinar, Cusco, Peru); fisheries management
pages on inshore zones reserved for artisanal fishing (a dataset of the trawler incursions into
Liberia's inshore exclusion zone, IEZ; an atelier, an event, on enforcing the zone réservée à la
pêche artisanale of the coast of Guinea; a case study of fifteen years of the zona exclusiva de
pesca artesanal, ZEPA, of the north of the Pacific coast of Chocó, Colombia); agro-processing
by-product pages on cassava peels (a project turning the cassava peels of the garri processors of
Oyo and Ogun States, Nigeria, into high-quality cassava peel for feed; an offer, a support source,
of graters, presses and drying racks for the épluchures de manioc of the attiéké makers of Abidjan
and Dabou, Côte d'Ivoire; a dataset of the cáscaras de mandioca of the almidoneras of Caaguazú and
San Pedro, Paraguay); and olive pest pages on the olive fruit fly (a project of area-wide control
of Bactrocera oleae in the olive groves of Chania, western Crete, Greece; a guide, a document, to
the mouche de l'olive, the former Dacus oleae, for the olive growers of the Sahel, Sfax and Cap
Bon, Tunisia; a jornada técnica, an event, on the mosca del olivo in the olivares of Jaén, Spain).
English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records153.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (European grapevine moth, grapevine moth, vine moth, berry
moth, Lobesia, eudémis, eudemis, cochylis, Eupoecilia, tordeuse, vers de la grappe, polilla del
racimo, polilla de la vid, mating disruption, confusion sexuelle, confusión sexual, pheromone,
phéromone, feromona, vineyard, vignoble, viñedo, viña, Napa, Vaud, Lavaux, Mendoza; potato cyst
nematode, PCN, golden nematode, Globodera, nematode, nématode, nématode doré, nematodo, nematodo
quiste, nematodo dorado, Saint-Amable, seed potato, semilla de papa, Nyandarua, Tiraque,
Morochata; white spot, WSSV, points blancs, mancha blanca, shrimp, prawn farm, crevette,
crevetticulture, camarón, camaronicultura, camaronera, Penaeus, vannamei, monodon, Logan River,
Mahajanga, Boeny, Guayas, El Oro; foulbrood, American foulbrood, AFB, loque, loque américaine,
loque americana, Paenibacillus, brood, couvain, cría, apiary, rucher, apiario, colmena, ruche,
beekeeping, apiculture, apicultura, varroa; participatory guarantee system, PGS, SPG, garantie
participative, garantía participativa, organic certification, certification biologique,
certificación orgánica, third-party certification, IFOAM, tianguis, organic market, marché bio,
mercado orgánico, bioferia, agroecológico; pitch canker, chancre résineux, chancro resinoso,
Fusarium circinatum, Fusarium, chancre, chancro, radiata, pino insigne, Monterey pine, Pinus
patula, forest nursery, pépinière forestière, vivero forestal; community animal health worker,
CAHW, paravet, auxiliaire d'élevage, agent d'élevage, promotor pecuario, kamayoq, yachachiq,
sanidad animal, Karamoja, Kanem, Batha; inshore exclusion zone, IEZ, exclusion zone, zone
réservée, zona exclusiva, ZEPA, cinco millas, nautical miles, milles nautiques, millas náuticas,
inshore, trawler, chalutier, arrastrero, saiko, Liberia, Bahía Solano, Nuquí, Conakry; cassava
peel, épluchures de manioc, cáscara de yuca, cáscara de mandioca, peel, épluchure, cáscara,
attiéké, garri, almidón, amidon, starch, HQCP; olive fruit fly, olive fly, Bactrocera, Dacus,
mouche de l'olive, mouche de l'olivier, mosca del olivo, mosca de la aceituna, olive, olivier,
olivo, olivar, oliveraie, aceituna, kaolin, mass trapping, piégeage massif, trampeo masivo).
Screened and dropped as covered: black Sigatoka (the cercosporiose and sigatoka negra of bk29 and
dn03, dropped by records120), prickly pear and its cochineal (de07-de09), rabbit farming (the
rabbit pages cw25-cw27, dropped by records148), processionary caterpillars (cw19-cw21),
bird-scaring lines on longlines (l01-l03), spiny lobster (bt18), blast fishing (bm19-bm21), cattle
theft (the ear tag pages fe04-fe06), vampire bat rabies (bt15), catch-and-release angling
(cc25-cc27), rattan (bx28-bx30), bamboo (the land restoration pages of records21), vanilla
(s01-s03), saffron (cg16-cg18), food donations and date labels (df14, df15), warrantage (the
fertiliser microdosing project fq17), zero energy cool chambers (er13), hail nets (bw25-bw27),
grazed firebreaks (bz28-bz30), sea cucumbers (j25-j27), olive mill wastewater (bg10-bg12), ancient
olive trees (et28-et30), Xylella (bl04-bl06), sand and dust storms (x07-x09), cage fish farming
(screened by set 136) and solar ice makers for fishers (eh13-eh15), besides the topics of sets 42
to 153 and those their docstrings list as covered; screened with no or passing hits but not
chosen: the codling moth (named in passing by cq22, bw26, gc13 and gc15, and too near the vineyard
moth of this set), esca and the grapevine trunk diseases (named in passing by the flavescence
dorée meeting fu05), the golden apple snail (no hit but the apple snails of the Hawaiian taro page
do19, and near the invasive species of the biodiversity topics), grasscutter farming (the aulacodes
and grasscutters named in passing by q38, ck08 and cc19, but no Spanish-speaking country raises
them), Striga (named by the GM sorghum page bj26), wind erosion (no hit, but next to the sand and
dust storm pages x07-x09), community supported agriculture and the AMAP (no hit, but too near the
participatory guarantee systems of this set), the tilapia lake virus (no hit, but thinly documented
in French-speaking countries), birch sap (screened by sets 101, 115 and 144), monofilament gillnets
(replaced by the grebe project ds05), fish auctions (screened by set 144), solar cold rooms (named
by er13 and fi30), index-based livestock insurance (screened by set 124) and the oyster herpesvirus
(no hit, but next to oyster farming, screened and not chosen by set 152).

No earlier record is judged relevant to any query of this set: every hit is passing or about
another thing, judged 0. No earlier record names the European grapevine moth: the flavescence
dorée pages (fu04-fu06), the wild grapevines and their phylloxera (eq01-eq03), the GM grapevines
and the court-noué (db22-db24), the hail nets of the vineyards of Tarn-et-Garonne (bw26), the
soil moisture sensors of the vineyards of Mendoza (fy27), the carbon dioxide of wineries
(ga16-ga18) and the pheromone traps of the tomato leafminer (ew01-ew03), the red palm weevil
(br28-br30) and the pink bollworm (dr19) are other things. No earlier record names potato cyst
nematodes: the root-knot nematodes of the soil solarization pages (fi19-fi21), the pine wilt
nematode (bt28-bt30), the nematode that spreads the court-noué of the vine (db23), the diffused
light stores for seed potatoes of Nyandarua, Meru and Huancavelica (fa28-fa30) and the potato
pests of the plant clinic case study gc03 are other things. No earlier record names white spot
disease: the prawn farms of the galda case study (fy28), the acid sulfate soils of abandoned
shrimp farms (ew24), the turtle excluder devices of shrimp trawls (ew16-ew18) and the white spots
on the flanks of the coelacanths of fp16 are other things. No earlier record is about American
foulbrood: the inspections for it named by the London urban beekeeping dataset (di19) are a
passing mention, and the neonicotinoid and bee health pages (w01-w03), the varroa of the honey
adulteration pages (fa26, fa27) and the tree beekeeping of dc25 are other things. No earlier
record names a participatory guarantee system: the organic certification of the karkadeh of
Kordofan (fu07), of the chicle of bp13 and of the forest berries of ds16, and the certification
biologique of the solar dryer offer ef14, are third-party certification, and the tianguis of
other pages are markets for other goods. No earlier record names pitch canker: the chestnut
blight (bp29, bp30), the butternut canker (cq23), the canker stain of plane trees (cw23, ds29)
and the pine wilt nematode (bt28-bt30) are other diseases. No earlier record is about community
animal health workers: the CAHWs, auxiliaires d'élevage and paravets trained as tagging agents,
vaccinators or testers by the ear tag pages (fe04, fe05), the guinea fowl and turkey needs (fi08,
fm08), the mastitis project (fy01) and the ethnoveterinary case study (cc23) are passing
mentions. No earlier record is about an inshore zone reserved for artisanal fishing: the inshore
zone closed to trawlers named by the canoe registration case study (fm13), the zone réservée à la
pêche artisanale named by the fisheries surveillance project of Gabon (br20) and the trawlers and
saiko named by the light fishing case study (fi10) are passing. No earlier record names cassava
peels: the konzo pages (el04-el06), the cassava mosaic pages (fm01-fm03), the attiéké of the
street food need fq23 and the banana and matooke peels of the Kampala briquettes of df04 are
other things. No earlier record names the olive fruit fly: the ancient olive trees (et28-et30),
Xylella (bl04-bl06), the olive mill wastewater (bg10-bg12) and the kaolin clay of the hazelnut
event fy23 are other things.

records124.py to records153.py (ids fa01..fa30, ..., gd01..gd30), the most recent earlier
files, were searched like the others: their only hits on this set's words are passing or about
other things (the varroa of fa26 and fa27; the seed potatoes of fa28-fa30; the warrantage of
fq17; the attiéké of fm02 and fq23; the CAHWs, auxiliaires d'élevage and paravets of fe04, fe05,
fi08, fm08 and fy01; the inshore zone of fm13; the trawlers of fi10; the root-knot nematodes of
fi19-fi21; the flavescence dorée and esca of fu04-fu06; the organic certification of fu07; the
galda and bagda of fy28; the kaolinite of fy23; the vineyards of Mendoza of fy27; the pesticides
de la vigne of the winery pages ga16-ga18; the olive groves and pines of the amphisbaenian and
crossbill pages of records151; the potato pests of gc03; the codling moth of gc13 and gc15; the
organic wild collection of the oregano of gc10; the cassava chips and cossettes de manioc of
gc22-gc24 and the pheromone traps of gc22; and the participatory monitoring of the beaches of
gd10-gd12), and none of their records answers a query of this set.

records154.py (ids ge01..ge30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics) and records155.py (ids gf01..gf30, on biodiversity topics), written at the
same time by two other engineers, were searched for the same words once they were finished (with
their queries154.tsv and queries155.tsv, each with its 60 queries), after this set's records and
queries were written, while the queries were being judged. The topics of records154.py are patio
heaters, standby power, decorative ethanol fireplaces, eyelash extensions, liquid nitrogen in
ready-to-eat food, metalworking fluids, epoxy resins, lead arsenate in the soils of former
orchards, used cork stoppers and DEHP in medical devices; those of records155.py are slow worms,
eagle owls, the Rosalia longicorn, the Killarney fern, gypsum habitats, lily of the valley,
nuthatches, sea kale, heliconias and moles. None of their records names the European grapevine
moth, potato cyst nematodes, white spot disease, American foulbrood, a participatory guarantee
system, pitch canker, community animal health workers, an inshore zone reserved for artisanal
fishing, cassava peels or the olive fruit fly, and none is judged relevant. The nearest are 0:
the lead arsenate once sprayed against the codling moth in the apple and pear orchards of
Washington, of the Montérégie and of the Alto Valle (ge22-ge24) is about contaminated soils, not
about a vineyard moth or a potato pest, and the Montérégie of ge23 is no regulated area for the
nématode doré of gg05; the wine corks collected from bars and bodegas (ge25-ge27) come from cork
oaks, not vineyards; the pine forests of the nuthatches of Lesvos and Durango (gf19, gf21), with
their resin tappers, name no pitch canker; the vivero where the sea kale of gf24 is raised is no
forest nursery; and the bee-eaters and the pine wood nematode named in the docstring of
records155 are other things. None of their queries is repeated in queries156.tsv.
records157.py (ids gh01..gh30), written at the same time by another engineer on water, oceans and
coasts, climate adaptation, cities, disasters and capacity building topics, is not part of this
set's pool, and no query of this set was judged against it.

Traps: the Pierce's disease, the glassy-winged sharpshooter, the bunch rot and the green waste of
gg01 (0 to Xylella and to green waste); the cochylis, the pourriture grise, the Bacillus
thuringiensis, the flavescence dorée and the mildiou of gg02 (0 to flavescence dorée and to Bt
crops); the pasas, the bodegas, the uva en fresco and the parrales of gg03; the bacterial wilt,
the late blight, the seed tubers and the beans of gg04 (0 to the diffused light stores and to
late blight); the doryphore, the plants de pépinière and the morelle de Balbis of gg05; the
haba, the avena, the promotores, the gorgojo de los Andes and the polilla de la papa of gg06 (0 to
the promotores pecuarios queries); the crabs, the bait, the imported prawns and the marine worms of
gg07; the mangroves, the crabes and the post-larves of gg08 (0 to mangroves); the manglar, the
suelos ácidos, the larveros and the empacadoras of gg09 (0 to acid sulfate soils); the European
foulbrood, the chalkbrood, the sacbrood, the detector dogs and the varroa of gg10 (0 to varroa);
the loque européenne, the couvain plâtré, the antibiotiques and the frelon asiatique of gg11 (0
to the Asian hornet); the eucaliptos, the trashumancia of hives, the oxitetraciclina, the varroa
and the pequeño escarabajo de la colmena of gg12 (0 to transhumance and to antibiotics); the
third-party certification, the residues and the consumer cooperatives of gg13; the coton
biologique, the restaurants and the étiquettes « naturel » of gg14 (0 to organic cotton); the
café, the miel, the maíz criollo and the análisis de suelo of gg15 (0 to honey and to soil
testing); the Sirex woodwasp, the bark beetles and the seed lots of gg16 (0 to bark beetles); the
nématode du pin, the pin maritime and the péninsule Ibérique of gg17 (0 to pine wilt); the
incendios forestales, the avispa taladradora and the ferias of gg18 (0 to forest fires); the
contagious bovine pleuropneumonia, the peste des petits ruminants, the cattle raiding and the
water points of gg19; the dromadaires, the points d'eau pastoraux, the couloirs de transhumance
and the médicaments de contrebande of gg20 (0 to transhumance and to camel milk); the alpacas,
llamas, the sarna, the fasciola and the riego por aspersión of gg21 (0 to alpacas and to
fasciolosis); the transshipment, the small-mesh nets and the vessel monitoring of gg22 (0 to
electronic monitoring and to canoe registration); the filets dormants, the fumage du poisson and
the pêche illicite of gg23 (0 to fish smoking and to illegal fishing); the barcos camaroneros, the
espinel, the redes de enmalle, the ballenas jorobadas and the turismo of gg24 (0 to whale
watching); the garri, fufu and lafun, the cyanide, the starch and the ethanol of gg25 (0 to
konzo); the attiéké, the lapins, the compostage and the mosaïque du manioc of gg26 (0 to cassava
mosaic disease and to rabbits); the ensilado con melaza, the compost and the agua residual of the
almidón of gg27 (0 to fish silage); the Xylella, the olive knot and the terraced hillsides of gg28
(0 to Xylella and to ancient olive trees); the teigne de l'olivier, the psylle, the huile and the
phéromone of gg29; and the repilo, the verticilosis and the alpechín of gg30 (0 to olive mill
wastewater). For the country and exclusion queries: gg01 names only the United States (the
Americas as a region); gg02 only Switzerland; gg03 only Argentina; gg04 only Kenya; gg05 only
Canada (Québec); gg06 only Bolivia (the Andes as the nematodes' home); gg07 only Australia (Asia
and the Americas as regions); gg08 only Madagascar; gg09 only Ecuador; gg10 only New Zealand; gg11
Belgium (the European Union for its ban on antibiotics); gg12 only Uruguay; gg13 only India; gg14
only Burkina Faso; gg15 only Mexico; gg16 only South Africa; gg17 France (the Iberian Peninsula as
where the fungus is present, naming no country of it); gg18 Chile (California and the north of
Spain as where the fungus does harm); gg19 only Uganda; gg20 only Chad; gg21 only Peru; gg22 only
Liberia; gg23 only Guinea; gg24 only Colombia; gg25 only Nigeria; gg26 only Côte d'Ivoire; gg27
only Paraguay; gg28 only Greece (Crete); gg29 only Tunisia; gg30 only Spain.

Ids (gg01..gg30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
gc01..gc30, gd01..gd30), nor with those of records154.py (ge01..ge30), records155.py
(gf01..gf30) and records157.py (gh01..gh30), written at the same time, and no earlier id starts
with "gg".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- European grapevine moth (Lobesia botrana) ------------------------------------------------
    ("gg01", "case-study", "en",
     "Case study: how California eradicated the European grapevine moth from Napa Valley",
     "The European grapevine moth (Lobesia botrana), a small moth of Mediterranean vineyards whose "
     "larvae first web together the flower clusters and then bore into the berries, letting bunch "
     "rot set in, was found in a Napa County vineyard in 2009, its first record in the Americas. "
     "In 2010 traps caught more than 100,000 moths, most of them in Napa, and quarantines spread "
     "to ten counties. This case study by the state agriculture department, the county "
     "agricultural commissioners and the university extension service traces the response: a "
     "grid of pheromone-baited delta traps, quarantine areas from which grapes, green waste and "
     "harvest equipment could move only under compliance agreements, mating disruption with "
     "twist-tie dispensers in every vineyard near a detection, insecticide sprays timed on "
     "degree-days and the treatment of backyard vines. No moth has been trapped since 2014, and "
     "the pest was declared eradicated in 2016. The study weighs what made it work and what it "
     "cost. Pierce's disease and the glassy-winged sharpshooter are mentioned only in passing.",
     ("European grapevine moth", "Lobesia botrana", "vineyards", "eradication",
      "case studies"),
     ("US",), "2024-03"),
    ("gg02", "event", "fr",
     "Journée technique : eudémis, cochylis et confusion sexuelle dans le vignoble vaudois",
     "L'eudémis (Lobesia botrana) et la cochylis (Eupoecilia ambiguella), les deux vers de la "
     "grappe, sont de petits papillons dont les chenilles dévorent les boutons floraux au "
     "printemps puis percent les baies en été, ouvrant la porte à la pourriture grise. Dans le "
     "canton de Vaud, de La Côte à Lavaux et au Chablais, la plupart des vignerons ont remplacé "
     "les insecticides par la confusion sexuelle : des diffuseurs de phéromone accrochés aux fils "
     "de fer saturent l'air des parcelles, et les mâles ne trouvent plus les femelles. Cette "
     "journée technique, organisée à Nyon par la station de recherche agronomique fédérale, la "
     "direction cantonale de l'agriculture et l'association des vignerons, fera le point sur les "
     "vols de papillons suivis par piégeage, les comptages de glomérules et de pontes, les "
     "parcelles où la confusion échoue (bordures, petites surfaces, pentes ventées), les "
     "diffuseurs biodégradables et les traitements au Bacillus thuringiensis. Une visite de "
     "parcelles est prévue l'après-midi. La flavescence dorée et le mildiou ne seront évoqués "
     "qu'en passant.",
     ("eudémis", "vers de la grappe", "confusion sexuelle", "viticulture", "événements"),
     ("CH",), "2025-03"),
    ("gg03", "dataset", "es",
     "Capturas de la polilla de la vid (Lobesia botrana) en las trampas de Mendoza y San Juan, "
     "2010-2024",
     "La polilla de la vid (Lobesia botrana), también llamada polilla europea del racimo y que "
     "los productores nombran simplemente lobesia, se detectó por primera vez en la Argentina en "
     "2010, en viñedos de Maipú, Mendoza. Sus larvas se alimentan de las flores y de las bayas y "
     "favorecen la podredumbre de los racimos, y su presencia complica la venta de uva en fresco "
     "y de pasas. Este conjunto de datos del servicio nacional de sanidad agroalimentaria reúne "
     "las capturas semanales de machos en más de 9.000 trampas de feromona georreferenciadas de "
     "Mendoza y San Juan, con el estado fenológico "
     "de la vid, las superficies bajo confusión sexual con emisores entregados gratis a los "
     "pequeños productores, las aplicaciones de insecticidas y las áreas reglamentadas donde la "
     "uva solo circula en camiones precintados hacia bodegas habilitadas. Permite seguir el "
     "descenso de las capturas en el Valle de Uco y su persistencia en el este mendocino. Las "
     "capturas en los parrales de los fondos de las casas se registran aparte.",
     ("polilla de la vid", "Lobesia botrana", "viñedos", "trampas de feromona",
      "conjuntos de datos"),
     ("AR",), "2024-11"),
    # --- potato cyst nematodes --------------------------------------------------------------------
    ("gg04", "need", "en",
     "Need: containing potato cyst nematodes in Kenya's highland potato counties",
     "Potato cyst nematodes (Globodera rostochiensis and G. pallida), microscopic worms that "
     "invade potato roots and leave the soil full of tiny cysts, each holding hundreds of eggs "
     "that survive for twenty years or more, were confirmed in Kenya in 2015. Surveys have since "
     "found them in most potato fields sampled in Nyandarua, Nakuru, Meru and Elgeyo-Marakwet, "
     "where farmers grow potatoes season after season on the same plots, often from their own "
     "tubers or seed bought at open markets. Infested fields yield half as much or less, with "
     "yellowing, stunted plants. The national plant health inspectorate, an agricultural research "
     "organisation and the potato council ask for support to map infestation by soil sampling, "
     "equip laboratories to extract and count cysts, test and release resistant varieties, train "
     "extension officers to promote rotation with beans, peas and cabbages, and tighten seed "
     "certification so that seed tubers come only from clean land. Bacterial wilt and late "
     "blight, which also cut yields, are outside this request.",
     ("potato cyst nematodes", "Globodera", "potatoes", "plant health", "needs"),
     ("KE",), "2024-08"),
    ("gg05", "document", "fr",
     "Guide : le nématode doré dans la zone réglementée de Saint-Amable, en Montérégie",
     "En 2006, le nématode doré (Globodera rostochiensis), un nématode à kyste de la pomme de "
     "terre réglementé dans le monde entier, a été découvert dans des champs de Saint-Amable, en "
     "Montérégie, au sud-est de Montréal. L'agence fédérale d'inspection des aliments a délimité "
     "une zone réglementée où la pomme de terre et les plants de pépinière ne peuvent plus être "
     "cultivés sur les terres infestées, et d'où la terre, la machinerie et les végétaux ne "
     "sortent qu'après nettoyage. Ce guide, rédigé avec le ministère québécois de l'agriculture et "
     "un club-conseil en agroenvironnement pour les producteurs, les entrepreneurs et les "
     "paysagistes de la zone, explique le cycle du nématode et ses kystes qui survivent des "
     "décennies dans le sol, les échantillonnages et les analyses de sol, le lavage des machines "
     "et des camions, les rotations permises, les variétés résistantes, la plante piège qu'est la "
     "morelle de Balbis et les étapes pour qu'un champ sorte de la réglementation. Le doryphore et "
     "les autres ravageurs de la pomme de terre ne sont pas traités.",
     ("nématode doré", "nématodes à kyste", "pomme de terre", "zone réglementée", "guides"),
     ("CA",), "2023-06"),
    ("gg06", "project", "es",
     "Proyecto: rotaciones y variedades resistentes contra el nematodo quiste de la papa en "
     "Tiraque y Morochata",
     "El nematodo quiste de la papa (Globodera pallida y G. rostochiensis) es nativo de los "
     "Andes, y en las comunidades altas de Tiraque y Morochata, en Cochabamba, se multiplica "
     "desde que se acortaron los descansos de la tierra: antes una parcela descansaba siete años "
     "o más; hoy, para vender papa a las ciudades, se vuelve a sembrar a los dos o tres años. Las "
     "plantas amarillean, las raíces se llenan de quistes del tamaño de una cabeza de alfiler y "
     "los rendimientos caen a la mitad. Este proyecto de una fundación de investigación agrícola, "
     "del instituto nacional de innovación agropecuaria y de seis sindicatos agrarios analiza los "
     "quistes en el suelo de 400 parcelas, prueba con los agricultores variedades mejoradas "
     "resistentes, rotaciones con haba, avena y cebada y el uso de semilla limpia, y forma "
     "promotores que enseñan a reconocer los quistes en las raíces. El gorgojo de los Andes y la "
     "polilla de la papa se atienden en otro proyecto.",
     ("nematodo quiste de la papa", "Globodera", "papa", "rotación de cultivos", "proyectos"),
     ("BO",), "2024-10"),
    # --- white spot disease of farmed shrimp ------------------------------------------------------
    ("gg07", "dataset", "en",
     "White spot disease surveillance in the Logan River and Moreton Bay, Queensland, 2016-2024",
     "White spot disease, caused by white spot syndrome virus (WSSV), kills farmed prawns within "
     "days and has cost shrimp farming in Asia and the Americas billions of dollars. Australia "
     "was free of it until December 2016, when black tiger prawns began to die on seven farms "
     "on the Logan River, south of Brisbane. The farms were destocked and disinfected, and a "
     "movement restriction area stopped raw prawns, crabs and marine worms used as bait from "
     "leaving Moreton Bay and the river. This dataset, published by the state fisheries and "
     "biosecurity agency, gives the results of every round of surveillance since: PCR tests on "
     "samples from the farms, from wild prawns and crabs trawled or trapped at fixed sites in "
     "Moreton Bay and the river mouths, and from imported uncooked prawns sold in supermarkets, "
     "with dates, sites, species, numbers tested and positives, and the zones and their changes. "
     "It also lists the restocking trials on the farms. The bait rules for recreational fishers "
     "are reported separately.",
     ("white spot disease", "prawn farming", "aquatic animal health", "biosecurity",
      "datasets"),
     ("AU",), "2024-09"),
    ("gg08", "need", "fr",
     "Besoin : protéger les fermes de crevettes de Madagascar contre la maladie des points blancs",
     "La maladie des points blancs, due au virus du syndrome des points blancs (WSSV), est "
     "apparue en 2012 dans les fermes de crevettes de la côte nord-ouest de Madagascar, jusque-là "
     "indemnes : des bassins entiers de crevettes tigrées (Penaeus monodon) sont morts en quelques "
     "jours, et des fermes ont fermé, avec des milliers d'emplois dans les régions Boeny et "
     "Sofia. Le virus passe par l'eau, les crabes et les crevettes sauvages, et la maladie éclate "
     "quand la température ou la salinité changent brusquement. L'autorité sanitaire halieutique, "
     "l'association des aquaculteurs de crevettes et le centre national de recherches "
     "océanographiques demandent un appui pour équiper un laboratoire de PCR à Mahajanga, "
     "contrôler les géniteurs et les post-larves des écloseries, former les techniciens des "
     "fermes à la biosécurité (filtres, clôtures contre les crabes, désinfection des bassins, "
     "densités plus faibles) et surveiller les crevettes sauvages pêchées près des fermes. Les "
     "mangroves défrichées autrefois pour creuser les bassins ne sont évoquées qu'en passant.",
     ("maladie des points blancs", "crevetticulture", "santé des animaux aquatiques",
      "biosécurité", "besoins"),
     ("MG",), "2024-06"),
    ("gg09", "case-study", "es",
     "Estudio de caso: cómo las camaroneras de Guayas y El Oro salieron de la crisis de la mancha "
     "blanca",
     "En 1999 el virus de la mancha blanca llegó a las camaroneras del Ecuador, que criaban "
     "camarón blanco (Penaeus vannamei) en piscinas de tierra en Guayas y El Oro, y en dos años "
     "la producción cayó a menos de la mitad: muchas fincas cerraron y decenas de miles de "
     "trabajadores, larveros y obreras de las empacadoras perdieron su ingreso. Este estudio de "
     "caso de una escuela politécnica y de la cámara de acuacultura reconstruye cómo el sector "
     "salió de la crisis: la selección de reproductores entre los animales que sobrevivieron en "
     "las piscinas, en lugar de importar líneas libres de patógenos; siembras a menor densidad; "
     "menos recambio de agua; alimentadores automáticos; probióticos; y análisis de PCR en los "
     "laboratorios de larvas. Compara costos y sobrevivencia antes y después y explica por qué el "
     "Ecuador es hoy uno de los primeros exportadores de camarón del mundo. La tala del manglar y "
     "los suelos ácidos de las camaroneras abandonadas se mencionan solo de paso.",
     ("mancha blanca", "camaronicultura", "camarón blanco", "sanidad acuícola",
      "estudios de caso"),
     ("EC",), "2024-05"),
    # --- American foulbrood of honey bees ---------------------------------------------------------
    ("gg10", "document", "en",
     "American foulbrood: a guide for New Zealand beekeepers under the national pest management "
     "plan",
     "American foulbrood (AFB) is a disease of honey bee brood caused by the spore-forming "
     "bacterium Paenibacillus larvae. Infected larvae die in their sealed cells and turn into a "
     "brown, ropy mass that dries into scales holding billions of spores, which survive for "
     "decades on combs and hive parts and spread when beekeepers move frames, when robbing bees "
     "take honey from weak colonies and when contaminated honey is fed to bees. In New Zealand, "
     "where treating AFB with antibiotics is banned, a national pest management plan requires "
     "every beekeeper to register apiaries, inspect colonies at least once a year, report a case "
     "within seven days and burn infected colonies, bees, frames and all. This guide from the "
     "plan's management agency shows how to recognise AFB and do the matchstick ropiness test, "
     "how to tell it from European foulbrood, chalkbrood and sacbrood, how to keep hive parts "
     "traceable, how to sign a disease elimination agreement and how inspectors and detector "
     "dogs work. Varroa treatment is covered in other guides.",
     ("American foulbrood", "honey bees", "beekeeping", "bee diseases", "guidance"),
     ("NZ",), "2024-07"),
    ("gg11", "event", "fr",
     "Formation : reconnaître et déclarer la loque américaine, pour les apiculteurs de Wallonie",
     "La loque américaine, due à la bactérie Paenibacillus larvae, tue le couvain operculé des "
     "abeilles : les larves mortes se transforment en une masse brune et filante, puis en "
     "écailles chargées de spores qui restent infectieuses pendant des dizaines d'années dans "
     "les cadres, la cire et le miel. En Belgique, c'est une maladie à déclaration obligatoire "
     "auprès de l'agence fédérale pour la sécurité de la chaîne alimentaire, qui délimite une "
     "zone de contrôle autour de chaque foyer. Cette formation d'une journée, organisée à Namur "
     "par un centre apicole de recherche et d'information, les fédérations apicoles provinciales "
     "et des vétérinaires, apprendra à examiner un cadre de couvain, à faire le test de "
     "l'allumette, à distinguer la loque américaine de la loque européenne et du couvain plâtré, "
     "à prélever des débris ou du miel pour le laboratoire et à assainir un rucher par "
     "transvasement ou destruction des colonies. L'interdiction des antibiotiques en apiculture "
     "dans l'Union européenne sera expliquée. Le frelon asiatique ne sera pas abordé.",
     ("loque américaine", "abeilles mellifères", "apiculture", "maladies des abeilles",
      "événements"),
     ("BE",), "2025-04"),
    ("gg12", "need", "es",
     "Necesidad: diagnóstico y control de la loque americana en los apiarios del litoral uruguayo",
     "La loque americana, causada por la bacteria Paenibacillus larvae, es la enfermedad más "
     "grave de la cría de las abejas melíferas: las larvas mueren en las celdas operculadas y "
     "dejan escamas con millones de esporas que contagian a otras colmenas a través del "
     "material, del pillaje y de la miel. En el Uruguay se detectó en 1999 y hoy aparece cada "
     "año en apiarios de Paysandú, Río Negro y Soriano, donde muchos apicultores trashuman sus "
     "colmenas a las floraciones de los eucaliptos y de las praderas. Como casi toda la miel "
     "uruguaya se exporta y los compradores rechazan los residuos de antibióticos, tratar con "
     "oxitetraciclina no es una salida. La sociedad apícola, la dirección de servicios "
     "ganaderos y la facultad de veterinaria solicitan apoyo para un laboratorio de diagnóstico, "
     "formar a 200 apicultores en la revisión de la cría, crear un fondo que compense la quema de "
     "las colmenas enfermas y registrar sus movimientos. La varroa y el pequeño escarabajo de la "
     "colmena quedan fuera.",
     ("loque americana", "apicultura", "sanidad apícola", "exportación de miel",
      "necesidades"),
     ("UY",), "2024-12"),
    # --- participatory guarantee systems ----------------------------------------------------------
    ("gg13", "project", "en",
     "Project: participatory guarantee systems for small organic farmers in Karnataka and Tamil "
     "Nadu",
     "Third-party organic certification, with yearly inspection fees and paperwork in English, is "
     "out of reach for most of India's small farmers, who end up selling organic produce at "
     "ordinary prices. Participatory guarantee systems (PGS) certify through local groups "
     "instead: five or more farmers who know each other sign a pledge, visit and assess each "
     "other's farms with a simple checklist, and a regional council reviews their decisions and "
     "issues the certificate, with produce labelled as in conversion at first and as organic "
     "after three years. This project of a farmers' network, two state agricultural universities "
     "and the national centre for organic farming helps 120 local groups of Karnataka and Tamil "
     "Nadu join the national PGS programme, trains group leaders to run peer reviews and keep "
     "records online, has random samples tested for pesticide residues, and links the groups to "
     "weekly markets and consumer cooperatives in the cities. Export markets, which still require "
     "third-party certification, are outside its scope.",
     ("participatory guarantee systems", "PGS", "organic farming", "smallholders",
      "projects"),
     ("IN",), "2024-05"),
    ("gg14", "case-study", "fr",
     "Étude de cas : dix ans de système participatif de garantie (SPG) pour les maraîchers "
     "agroécologiques du Burkina Faso",
     "Au Burkina Faso, les maraîchers qui cultivent sans engrais ni pesticides de synthèse autour "
     "de Ouagadougou, de Bobo-Dioulasso et de Koudougou ne pouvaient pas payer une certification "
     "biologique par un organisme extérieur. Depuis le milieu des années 2010, un système "
     "participatif de garantie (SPG) leur permet d'obtenir un label bio national : les "
     "producteurs se regroupent en groupes locaux, visitent les parcelles les uns des autres avec "
     "des consommateurs et des techniciens, et un comité de certification valide leurs décisions. "
     "Cette étude de cas d'une université et du conseil national de l'agriculture biologique "
     "suit 40 groupes pendant dix ans : nombre de producteurs labellisés, visites réalisées, "
     "sanctions, coût par producteur, prix obtenus sur les marchés bio et auprès des restaurants "
     "de Ouagadougou, et place des femmes. Elle en note aussi les faiblesses : un bénévolat qui "
     "s'essouffle, des registres incomplets et la confusion avec les étiquettes « naturel » des "
     "vendeurs. Le coton biologique, certifié par un organisme extérieur pour l'exportation, "
     "n'est cité qu'en comparaison.",
     ("systèmes participatifs de garantie", "SPG", "agriculture biologique", "maraîchage",
      "études de cas"),
     ("BF",), "2024-02"),
    ("gg15", "support-source", "es",
     "Oferta: acompañamiento para formar sistemas participativos de garantía en los tianguis "
     "orgánicos de Oaxaca, Puebla y Veracruz",
     "En México, la ley de productos orgánicos reconoce la certificación orgánica participativa "
     "para los pequeños productores que venden en el mercado nacional, una alternativa a la "
     "certificación por tercera parte, cara y pensada para la exportación. Una red de tianguis y "
     "mercados orgánicos, con una universidad agrícola y el servicio nacional de sanidad e "
     "inocuidad agroalimentaria, ofrece a grupos de productores de Oaxaca, Puebla y Veracruz que "
     "venden en mercados locales dos años de acompañamiento gratuito para formar su sistema "
     "participativo de garantía: talleres sobre la norma y el reglamento interno, formatos de "
     "visita a las parcelas y de plan orgánico, un comité de certificación con productores, "
     "consumidores y técnicos, y ayuda para registrarse ante la autoridad. Cubre también el costo "
     "de los primeros análisis de suelo y de agua. Pueden postular grupos de al menos cinco "
     "productores de hortalizas, café, miel o maíz criollo. La venta de café orgánico de "
     "exportación no forma parte de la oferta.",
     ("sistemas participativos de garantía", "certificación orgánica participativa",
      "agricultura orgánica", "tianguis orgánicos", "ofertas"),
     ("MX",), "2025-01"),
    # --- pine pitch canker (Fusarium circinatum) --------------------------------------------------
    ("gg16", "dataset", "en",
     "Pitch canker in South Africa's pine nurseries and young plantations: tests and surveys, "
     "2010-2024",
     "Pitch canker, caused by the fungus Fusarium circinatum, kills pine seedlings in nurseries "
     "and, worse, seedlings that look healthy but die in their first months after planting, and "
     "it causes resin-soaked cankers on the stems and branches of older trees. In South Africa "
     "it was first found in a nursery in 1990; it has since cut the survival of newly planted "
     "Pinus patula, the main pine of the summer rainfall plantations of Mpumalanga and "
     "KwaZulu-Natal, and has been found on mature trees in the Western Cape. This dataset, "
     "compiled by a university forestry and agricultural biotechnology institute with the "
     "forestry companies and nurseries of a tree protection cooperative, gives the results of "
     "laboratory tests of nursery seedlings, seed lots and irrigation water, surveys of survival "
     "after planting by compartment, and greenhouse screening of pine species and hybrids for "
     "tolerance, such as P. patula crossed with P. tecunumanii. The Sirex woodwasp and the pine "
     "bark beetles are recorded in another dataset.",
     ("pitch canker", "Fusarium circinatum", "pine plantations", "forest nurseries",
      "datasets"),
     ("ZA",), "2024-04"),
    ("gg17", "document", "fr",
     "Plan de surveillance du chancre résineux des pins dans les pépinières et les pinèdes de "
     "Nouvelle-Aquitaine",
     "Le chancre résineux des pins, dû au champignon Fusarium circinatum, est un organisme de "
     "quarantaine prioritaire dans l'Union européenne : il fait mourir les plants en pépinière et "
     "provoque sur les arbres adultes des chancres qui suintent de la résine et dessèchent les "
     "rameaux. Présent dans la péninsule Ibérique, il a été détecté dans quelques pépinières "
     "françaises au milieu des années 2000, puis éradiqué. Ce plan, rédigé par le service "
     "régional de l'alimentation, le département de la santé des forêts et l'organisation des "
     "pépiniéristes forestiers, organise sa surveillance dans le massif des Landes de Gascogne, "
     "où le pin maritime couvre près d'un million d'hectares : inspections et prélèvements "
     "annuels dans les pépinières, analyses des lots de graines, contrôle des plants importés, "
     "observations dans les jeunes plantations et sur les arbres dépérissants des bords de "
     "routes, et mesures à prendre en cas de foyer, de la destruction des lots à la zone "
     "délimitée. Le nématode du pin, surveillé en parallèle, fait l'objet d'un autre plan.",
     ("chancre résineux des pins", "Fusarium circinatum", "santé des forêts",
      "pépinières forestières", "organismes de quarantaine"),
     ("FR",), "2024-03"),
    ("gg18", "case-study", "es",
     "Estudio de caso: veinte años manteniendo el chancro resinoso del pino en los viveros y "
     "fuera de las plantaciones",
     "El chancro resinoso del pino, causado por el hongo Fusarium circinatum, se detectó en Chile "
     "en 2001 en viveros que producían plantas de pino radiata, el pino insigne que cubre más de "
     "un millón de hectáreas de plantaciones entre el Maule y La Araucanía. Desde entonces el "
     "servicio agrícola y ganadero lo mantiene bajo control oficial: los viveros forestales se "
     "inspeccionan, las plantas con síntomas se analizan, los lotes infectados se destruyen y "
     "cada vivero debe desinfectar bandejas y sustrato y regar con agua tratada. Este estudio de "
     "caso de un instituto forestal y de una universidad con las empresas forestales revisa más "
     "de veinte años de detecciones en viveros, las prospecciones en plantaciones adultas, donde "
     "el hongo no se ha establecido, y el costo de la vigilancia frente a los daños que causa en "
     "California y en el norte de España. Advierte sobre los pinos que se venden sin control en "
     "ferias y jardines. Los incendios forestales y la avispa taladradora de la madera se "
     "mencionan de paso.",
     ("chancro resinoso del pino", "Fusarium circinatum", "pino radiata", "viveros forestales",
      "estudios de caso"),
     ("CL",), "2024-08"),
    # --- community animal health workers ----------------------------------------------------------
    ("gg19", "project", "en",
     "Project: community animal health workers for the pastoralist herds of Karamoja",
     "In Karamoja, in north-eastern Uganda, pastoralist families move cattle, goats, sheep and "
     "camels between wet- and dry-season grazing, far from the few government veterinarians. "
     "Community animal health workers (CAHWs), herders chosen by their own villages and trained "
     "for a few weeks to vaccinate, deworm, treat wounds and common diseases and report "
     "outbreaks, are often the only animal health service within reach. This project of the "
     "district veterinary offices, a veterinary NGO and the national veterinary association "
     "trains and refreshes 300 CAHWs in the nine districts, links each of them to a private "
     "veterinarian who supervises them and supplies genuine drugs through a network of drug "
     "shops, and tests the reporting of disease events by mobile phone. It supports the CAHWs "
     "during the vaccination campaigns against contagious bovine pleuropneumonia and peste des "
     "petits ruminants, and follows how many herds they reach and what they earn. Cattle raiding "
     "and water points are discussed only as context.",
     ("community animal health workers", "CAHWs", "pastoralism", "veterinary services",
      "projects"),
     ("UG",), "2024-07"),
    ("gg20", "need", "fr",
     "Besoin : former et équiper des auxiliaires d'élevage pour les éleveurs transhumants du "
     "Kanem et du Batha",
     "Au Tchad, les éleveurs nomades et transhumants du Kanem et du Batha parcourent chaque année "
     "des centaines de kilomètres avec leurs bovins, leurs dromadaires, leurs moutons et leurs "
     "chèvres, et le poste vétérinaire le plus proche est souvent à plusieurs jours de marche. "
     "Les auxiliaires d'élevage, des éleveurs choisis par leur campement et formés aux soins de "
     "base, vaccinent, déparasitent, soignent les plaies et les diarrhées et signalent les "
     "maladies, mais beaucoup n'ont reçu qu'une formation ancienne et achètent leurs médicaments "
     "de contrebande sur les marchés. La direction des services vétérinaires, un réseau de "
     "vétérinaires privés et deux associations d'éleveurs demandent un appui pour former 250 "
     "nouveaux auxiliaires, dont des femmes pour les petits ruminants, leur fournir des trousses, "
     "des glacières pour les vaccins et des motos, les lier par contrat à un vétérinaire privé et "
     "leur permettre de signaler les cas suspects par téléphone. Les points d'eau pastoraux et les "
     "couloirs de transhumance ne font pas partie de la demande.",
     ("auxiliaires d'élevage", "santé animale", "pastoralisme", "éleveurs transhumants",
      "besoins"),
     ("TD",), "2024-11"),
    ("gg21", "case-study", "es",
     "Estudio de caso: los kamayoq, promotores pecuarios campesinos de Canchis y Espinar, en "
     "Cusco",
     "En las comunidades campesinas de Canchis y Espinar, en Cusco, a más de 3.800 metros, las "
     "familias crían alpacas, llamas, ovinos y vacunos criollos lejos de cualquier veterinario. "
     "Desde mediados de los años noventa, una escuela campesina apoyada por una organización de "
     "cooperación técnica forma kamayoq, campesinos y campesinas elegidos por su comunidad que "
     "aprenden a diagnosticar y tratar la sarna, la fasciola, las diarreas de las crías y las "
     "neumonías, a vacunar, castrar y dosificar antiparasitarios, y que cobran por sus servicios "
     "en dinero o en productos. Este estudio de caso, escrito con la dirección regional agraria y "
     "una universidad, compara durante diez años la mortalidad de las crías y los ingresos de "
     "las familias atendidas por kamayoq con los de familias sin promotor, y analiza por qué "
     "muchos promotores pecuarios siguieron trabajando cuando terminó el financiamiento. Muestra "
     "también los roces con los médicos veterinarios colegiados. El riego por aspersión, que los "
     "kamayoq también enseñan, queda fuera del análisis.",
     ("kamayoq", "promotores pecuarios", "sanidad animal", "camélidos sudamericanos",
      "estudios de caso"),
     ("PE",), "2024-04"),
    # --- inshore zones reserved for artisanal fishing ---------------------------------------------
    ("gg22", "dataset", "en",
     "Trawler incursions into Liberia's inshore exclusion zone: patrol and community reports, "
     "2016-2024",
     "Liberia reserves the first six nautical miles from its coast, the inshore exclusion zone "
     "(IEZ), for artisanal and semi-industrial fishing and bars industrial trawlers from it; yet "
     "the canoe fishers of Robertsport, Buchanan and Harper have long reported trawlers working "
     "close to shore at night, tearing their nets and taking the fish they live on. This "
     "dataset, compiled by the national fisheries authority with the coast guard and a network "
     "of community surveillance groups, records each suspected incursion into the IEZ since "
     "2016: date, position, vessel name or description, source of the report (vessel monitoring "
     "system, patrol boat, satellite radar or a fisher's phone call), nets destroyed, and the "
     "outcome of any arrest, fine or court case. It adds the patrols at sea, the positions of "
     "canoe landing sites and the boundary of the zone. Transshipment at sea and the use of "
     "small-mesh nets by canoes are recorded in other datasets.",
     ("inshore exclusion zone", "artisanal fisheries", "industrial trawlers",
      "fisheries surveillance", "datasets"),
     ("LR",), "2024-10"),
    ("gg23", "event", "fr",
     "Atelier : faire respecter la zone réservée à la pêche artisanale sur le littoral guinéen",
     "Sur le littoral de la Guinée, les pêcheurs artisans de Boffa, de Dubréka, de Conakry et de "
     "Forécariah accusent les chalutiers industriels d'entrer dans la bande côtière réservée à la "
     "pêche artisanale, de détruire leurs filets dormants et de racler les fonds de vase où "
     "grandissent les juvéniles. Cet atelier de deux jours, organisé à Conakry par le ministère "
     "de la pêche, le centre national de surveillance des pêches et l'union des pêcheurs "
     "artisans, réunira propriétaires de pirogues, mareyeuses, chefs de débarcadère, agents de "
     "la surveillance et juristes pour revoir les limites de la zone, présenter les positions "
     "des navires suivis par balise, tester une alerte des pêcheurs par téléphone et par radio "
     "VHF, et proposer des sanctions plus rapides. Une séance portera sur le balisage de la "
     "limite par des bouées et sur la part des amendes reversée aux communautés. Le fumage du "
     "poisson et la pêche illicite au large ne seront abordés qu'en passant.",
     ("zone réservée à la pêche artisanale", "pêche artisanale", "chalutiers industriels",
      "surveillance des pêches", "événements"),
     ("GN",), "2025-06"),
    ("gg24", "case-study", "es",
     "Estudio de caso: quince años de la Zona Exclusiva de Pesca Artesanal del norte del Chocó",
     "En 2008, tras años de reclamos de los pescadores de Bahía Solano y Nuquí contra los barcos "
     "camaroneros y de pesca industrial que faenaban frente a sus playas, se creó en el norte del "
     "Pacífico chocoano una zona exclusiva de pesca artesanal (ZEPA), una franja de dos millas y "
     "media desde la costa donde solo pueden pescar las comunidades, con línea de mano, espinel "
     "y otras artes selectivas. Este estudio de caso de una fundación marina y de la autoridad "
     "nacional de acuicultura y pesca revisa quince años: capturas por viaje de pargos, meros y "
     "atunes registradas en los centros de acopio, conflictos con barcos industriales, "
     "patrullajes con la armada, el papel de los consejos comunitarios y del comité que vigila "
     "la zona, y la venta de pescado responsable a restaurantes de Medellín y Bogotá. Señala "
     "también los límites: embarcaciones de otras regiones que entran con redes de enmalle y "
     "pocos recursos para vigilar. Las ballenas jorobadas y el turismo solo se citan de paso.",
     ("zona exclusiva de pesca artesanal", "ZEPA", "pesca artesanal", "pesca industrial",
      "estudios de caso"),
     ("CO",), "2024-03"),
    # --- cassava peels ----------------------------------------------------------------------------
    ("gg25", "project", "en",
     "Project: turning cassava peels into livestock feed in Oyo and Ogun States",
     "Nigeria is the world's largest producer of cassava, and the garri, fufu and lafun "
     "processors of Oyo and Ogun States peel millions of tonnes of roots each year. The peels, a "
     "quarter or more of each root, pile up behind processing centres, where they rot, are burnt "
     "or wash into streams, because fresh peels are wet, spoil within days and contain cyanide. "
     "This project of an international agricultural research institute, a livestock research "
     "institute and women processors' cooperatives sets up peel processing units: the peels are "
     "grated, pressed in bags to squeeze out water and most of the cyanide, sieved and dried into "
     "a coarse and a fine fraction of high-quality cassava peel, sold as an ingredient for the "
     "feed of poultry, pigs, goats and fish. The project trains processors to run the units, "
     "tests the safety and shelf life of the products and helps feed mills buy them. The cassava "
     "starch and ethanol industries are mentioned only as other outlets for roots.",
     ("cassava peels", "livestock feed", "agro-processing by-products", "food loss and waste",
      "projects"),
     ("NG",), "2024-09"),
    ("gg26", "support-source", "fr",
     "Offre : râpes, presses et claies pour valoriser les épluchures de manioc des productrices "
     "d'attiéké d'Abidjan et de Dabou",
     "En Côte d'Ivoire, la préparation de l'attiéké, la semoule de manioc fermentée cuite à la "
     "vapeur, laisse chaque jour des tonnes d'épluchures de manioc devant les ateliers des femmes "
     "de Dabou, de Jacqueville et des quartiers d'Abidjan. Jetées dans les caniveaux ou brûlées, "
     "elles pourrissent et sentent mauvais, alors qu'une fois râpées, pressées et séchées elles "
     "peuvent nourrir porcs, lapins, moutons et poissons. Une fondation d'entreprise, avec le "
     "centre national de recherche agronomique et une faîtière de coopératives de "
     "transformatrices, offre aux coopératives qui en font la demande des râpes, des presses à "
     "vis, des claies de séchage et un broyeur, une formation de trois jours à la fabrication "
     "d'un aliment sec et pauvre en cyanure, et une mise en relation avec des éleveurs de porcs "
     "et des fabricants d'aliments pour le bétail. Les coopératives s'engagent à tenir un "
     "registre des quantités vendues. Le compostage des épluchures relève d'un autre programme, "
     "et la mosaïque du manioc n'est pas concernée.",
     ("épluchures de manioc", "attiéké", "alimentation animale", "valorisation des déchets",
      "offres"),
     ("CI",), "2024-12"),
    ("gg27", "dataset", "es",
     "Cáscaras de mandioca de las almidoneras de Caaguazú y San Pedro: volúmenes, composición y "
     "destino, 2018-2024",
     "En el Paraguay la mandioca se come a diario y se industrializa en almidoneras de Caaguazú "
     "y San Pedro que compran raíces a miles de pequeños productores. Al pelar y lavar las "
     "raíces se separan cáscaras y puntas que pesan casi la quinta parte de lo que entra a la "
     "planta y que, amontonadas a cielo abierto, fermentan, atraen moscas y contaminan los "
     "arroyos con un lixiviado ácido. Este conjunto de datos de una facultad de ciencias agrarias "
     "y del ministerio del ambiente reúne las cantidades de cáscara generadas cada mes en 14 "
     "almidoneras, su humedad, fibra, proteína, almidón residual y ácido cianhídrico antes y "
     "después del secado al sol y del ensilado con melaza, y el destino que se les da: alimento "
     "para vacas lecheras y cerdos de la zona, compost, vertedero o arroyo. Añade los resultados "
     "de ensayos de engorde de cerdos con cáscara ensilada. El agua residual del lavado y de la "
     "decantación del almidón se trata en otro conjunto de datos.",
     ("cáscara de mandioca", "almidoneras", "subproductos agroindustriales",
      "alimentación animal", "conjuntos de datos"),
     ("PY",), "2024-07"),
    # --- olive fruit fly (Bactrocera oleae) -------------------------------------------------------
    ("gg28", "project", "en",
     "Project: area-wide control of the olive fruit fly in the olive groves of western Crete",
     "The olive fruit fly (Bactrocera oleae) lays its eggs in ripening olives, and its maggots "
     "eat the flesh, make the fruit drop and raise the acidity of the oil, so that an untreated "
     "grove can lose most of its extra virgin quality in a warm, humid autumn. In Greece, olive "
     "fly control has long been an area-wide public programme, with bait sprays of protein and "
     "insecticide applied by village teams from the first catches of summer. In the Chania "
     "prefecture of western Crete, where most families own a few hundred trees on terraced "
     "hillsides, this project of the regional agricultural directorate and the olive growers' "
     "cooperatives replaces cover sprays with a network of monitoring traps read weekly and put "
     "online, mass trapping with attractant bottles, kaolin "
     "clay sprays that make olives unattractive to the flies, earlier harvests, and bait sprays "
     "only where counts pass a threshold. It measures the share of infested fruit and the "
     "quality of the oil. Xylella and olive knot are not part of the project.",
     ("olive fruit fly", "Bactrocera oleae", "olive groves", "integrated pest management",
      "projects"),
     ("GR",), "2024-06"),
    ("gg29", "document", "fr",
     "Guide : lutter contre la mouche de l'olive dans les oliveraies du Sahel, de Sfax et du Cap "
     "Bon",
     "La mouche de l'olive (Bactrocera oleae, autrefois Dacus oleae) pond dans les olives en "
     "cours de maturation ; ses asticots creusent des galeries dans la pulpe, font tomber les "
     "fruits et augmentent l'acidité de l'huile. En Tunisie, elle fait le plus de dégâts dans "
     "les oliveraies irriguées et chez les variétés de table à gros fruits, et les étés plus doux "
     "de la côte lui laissent plus de générations. Ce guide de l'institut de l'olivier et de la "
     "direction générale de la protection des végétaux, écrit pour les oléiculteurs et les "
     "techniciens du Sahel, de Sfax et du Cap Bon, explique comment suivre les vols avec des "
     "pièges jaunes et des pièges à phéromone, compter les piqûres sur un échantillon d'olives, "
     "décider d'un traitement par appât localisé, pratiquer le piégeage de masse avec des "
     "bouteilles de phosphate d'ammonium, pulvériser de l'argile kaolinite, récolter plus tôt et "
     "ramasser les olives tombées. La teigne de l'olivier et le psylle font l'objet d'une autre "
     "fiche.",
     ("mouche de l'olive", "Bactrocera oleae", "oléiculture", "protection des végétaux",
      "guides"),
     ("TN",), "2023-09"),
    ("gg30", "event", "es",
     "Jornada técnica: la mosca del olivo en los olivares de Jaén, del trampeo al tratamiento",
     "La mosca del olivo (Bactrocera oleae) es la principal plaga del olivar: la hembra pica la "
     "aceituna para poner el huevo, la larva se alimenta de la pulpa y el fruto picado cae antes "
     "de tiempo o da un aceite con más acidez y peor sabor. En la provincia de Jaén, con más de "
     "medio millón de hectáreas de olivar, la red de alerta fitosanitaria publica cada semana las "
     "capturas de los mosqueros y el porcentaje de frutos picados. Esta jornada técnica, "
     "organizada en Úbeda por el servicio de sanidad vegetal de la junta, un centro de "
     "investigación agraria y las cooperativas oleícolas, presentará los umbrales de "
     "tratamiento, los tratamientos en parcheo con cebo proteico, el trampeo masivo en los "
     "olivares ecológicos, la arcilla caolín, las sueltas de parasitoides en ensayo y el efecto "
     "de los otoños cálidos en el número de generaciones. Habrá demostraciones de mosqueros y de "
     "conteo de picadas en el campo. El repilo, la verticilosis y el alpechín de las almazaras "
     "quedan fuera de la jornada.",
     ("mosca del olivo", "Bactrocera oleae", "olivar", "sanidad vegetal", "eventos"),
     ("ES",), "2025-09"),
)  # fmt: skip
