"""Clearing-house records of the hundred-and-seventy-first judged relevance set
(tests/search/relevance/queries171.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on pseudoscorpions, the Pseudoscorpiones (a need to find the
house pseudoscorpion, the book scorpion, in the old farm buildings, thatch and haysheds of the
midlands and the west of Ireland; a guide, a document, to recognising the pseudoscorpions or
faux-scorpions of Wallonia under bark, in nests, hives and lofts, Belgium; a taller, an event,
on the pseudoescorpiones of the yungas of Tucumán and the insects that carry them, Argentina);
on camel spiders, the Solifugae (a dataset of seventeen years of pitfall-trap records of the
sun spiders of the gravel plains, dunes and Kuiseb riverbed near Gobabeb, in the central Namib,
Namibia; a project to make the first inventory of the solifuges or araignées-chameaux of the
Grand and Petit Bara and lake Assal, Djibouti; a jornada, an event, at Mula on Gluvia dorsalis,
the araña camello ibérica, and the other solífugos of the secanos of the Región de Murcia,
Spain); on whip spiders, the Amblypygi (a case study of the tree-trunk refuges of the whip spiders
of Arabuko-Sokoke and the Shimba Hills on the coast of Kenya; a sortie nocturne, an event,
to meet the amblypyges of the montagne de Kaw, French Guiana; a need to know the guabás of
the sierra de Bahoruco and the forests of the south-west, Dominican Republic); on spider wasps,
the Pompilidae (a project to bring back bare sand for the spider-hunting wasps of the old sand
pits of the Greensand Ridge, Bedfordshire, England, United Kingdom; an offer, a support source,
of a free training day on the pompiles of the sandbanks of the Loire between Orléans and Tours,
France; a guía, a document, to the avispas caza tarántulas of the Sonoran desert, Mexico);
on velvet ants, the Mutillidae (a guide, a document, to the velvet ants or cow killers of Texas,
United States; a journée, an event, at Sion on the mutilles or fourmis de velours of the rocky
steppes of the Valais, Switzerland; a project for the hormigas de terciopelo of the sands of the
Tierra de Pinares between Segovia and Valladolid, Spain); on treehoppers, the Membracidae (an
offer, a support source, of free identification of treehoppers by a university museum, Trinidad
and Tobago; a dataset of fifteen years of membracides swept and beaten in the Montérégie,
Québec, Canada; a case study of the diablitos or toritos and the ants that tend them in the
forests and wooded pastures of Sarapiquí, Costa Rica); on todies, Todus (a dataset of point
counts and nest burrows of the Jamaican tody, the robin redbreast, in Cockpit Country and the John
Crow Mountains, Jamaica; a project for the todiers à bec large and à bec étroit of the massif
de la Hotte, Haiti; a case study of the nest tunnels of the cartacuba or pedorrera in the banks
of the Sierra del Rosario, Cuba); on white-eyes, Zosterops (a project of nectar plants and nest
protection for the Mauritius olive white-eye in the Black River Gorges, Mauritius; a dataset of
twenty years of counts of the zoizo blanc and the oiseau vert from the coast to the heights of La
Réunion; a need to count the anteojitos de Annobón, Equatorial Guinea); on columbines, Aquilegia
(a case study of picking, grazing and the Colorado blue columbine in the meadows of the San Juan
Mountains, Colorado, United States; an offer, a support source, of free advice to alpine graziers,
communes and ski-area managers on the ancolie des Alpes, Savoie and Haute-Savoie, France; a need
to save the aguileña de Cazorla of the dripping limestone cliffs of the sierras de Cazorla,
Segura y Las Villas, Jaén, Spain); and on stinkhorns, the Phallaceae (a fungal foray week, an
event, in the Nelson region on the stinkhorns, basket fungi and other cage fungi of Aotearoa New
Zealand; a dataset of seventy-five years of records of the satyres puants, clathres and other
phallacées of Luxembourg; a guía, a document, to the hongos hediondos of the Colombian Andes,
from the velo de novia to the red cages, Colombia). English, French and Spanish, 10 records each,
every topic written once in each language (different countries or places, projects and angles,
not translations of one text); two of the French records are in France, at two places (the Loire
and Savoie), by two different bodies and in one kind of page, and the other eight are in Belgium,
Djibouti, French Guiana, Switzerland, Québec, Haiti, La Réunion and Luxembourg; three of the
Spanish records are in Spain, at three places (the Región de Murcia, the Tierra de Pinares and
the sierras de Cazorla), by three different bodies and in three kinds of page, and the other
seven are in Argentina, the Dominican Republic, Mexico, Costa Rica, Cuba, Equatorial Guinea and
Colombia.

None of records.py, records3.py, ..., records169.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (pseudoscorpion, Pseudoscorpiones, book scorpion, false
scorpion, faux-scorpion, chélifère, Chelifer, Neobisium, Chthonius, pseudoescorpión, falso
escorpión, escorpión de libro; camel spider, sun spider, wind scorpion, Solifugae, solpugid,
solifuge, galéode, Galeodes, araignée-chameau, solífugo, araña camello, araña sol, escorpión
del viento, matavenado, Gluvia, Gobabeb, Grand Bara; whip spider, whip scorpion, tailless whip
scorpion, Amblypygi, amblypyge, phryne, Phrynus, Heterophrynus, Damon, amblipígido, amblipigio,
guabá, araña látigo, Bahoruco; spider wasp, spider-hunting wasp, Pompilidae, pompilid, pompile,
guêpe chasseuse d'araignées, tarantula hawk, Pepsis, Hemipepsis, Anoplius, Episyron, avispa caza
tarántulas, avispa cazadora de arañas, pompílido; velvet ant, cow killer, Mutillidae, mutillid,
Dasymutilla, Mutilla, mutille, fourmi de velours, hormiga de terciopelo, hormiga aterciopelada,
matavacas, mutílido; treehopper, thorn bug, Membracidae, membracid, membracide, Stictocephala,
Enchenopa, Umbonia, membrácido, diablito, torito, periquito; tody, todies, Todus, todier,
cartacuba, pedorrera, barrancolí, San Pedrito, robin redbreast; white-eye, Zosterops, zostérops,
oiseau-lunettes, zoizo, oiseau blanc, oiseau vert, anteojitos, ojiblanco, Annobón; columbine,
Aquilegia, ancolie, aguileña, pajarilla, Cazorla; stinkhorn, Phallaceae, Phallus, satyre puant,
phalle, clathre, anthurus, Clathrus, Ileodictyon, basket fungus, devil's fingers, Aseroe, falo,
hongo hediondo, velo de novia, huevo del diablo). Screened and dropped as covered or as too near
the queries of earlier sets: sandgrouse (the steppe birds of dw24 and ea21), nightjars and potoos
(records97 and their queries), dippers (records97), fireflies and glow-worms (records20 and
the lucioles queries), peccaries (records63 and their queries), pikas (eq21), caecilians, glass
frogs, fire salamanders, tree frogs, spadefoots and natterjacks (records81 and the amphibians and
anfibios queries), dragon trees (records65), spectacled bears (co03 and its queries), fennecs
(records131), raccoon dogs (records53), muntjacs, Barbary sheep (dw11), saigas, vicuñas
(records17), viscachas, prairie dogs (records103), howler monkeys (records85), water lilies
and lotus (records89), papyrus, arnica, wild garlic (the wild edible plants queries), devil's
claw (bd04), candelilla, chicle, pau-brasil, agarwood, lignum vitae, Tillandsia (records99 and
records131), junipers (records75), yews, araucarias (records35), alerces, mastic, frankincense,
sandalwood, rattan, swallows, skylarks, ospreys, barn owls, shearwaters, oystercatchers,
avocets, frigatebirds, pelicans, boobies, crown-of-thorns starfish, giant clams, queen conch,
sea urchins, nudibranchs (the babosas query, as records163 said), mayflies, hawk-moths, emperor
moths (the mopane worm of records38), coral snakes and rattlesnakes (the snake OR python
and snakebite queries), tinamous (the perdices query, as records139 said), toucans, trogons,
Hercules beetles (as records151 said), sawfish, tegus, golden jackals (no Spanish-speaking
place, as records147 said), edible swiftlet nests (the nidos de salangana queries) and velvet
worms (fl22-fl24), besides the topics of sets 42 to 169 and those their docstrings list as
covered; screened with no or passing hits but not chosen: tardigrades, woodlice and springtails
(too near the soil biodiversity queries), land flatworms (the invasive species queries; the
ver plat de Nouvelle-Guinée is named in passing by eo20), bracket fungi and polypores (the
white-rot fungi query), scorpionflies, snakeflies, robber flies, pond skaters, giant water bugs,
oxpeckers and sungazers (no Spanish-speaking place), Darwin's frogs and fire-bellied toads (the
amphibians queries), the volcano rabbit and the boojum tree (one country each), cone snails and
nautiluses (too near the wildlife trade queries), chitons, bitterlings, treecreepers, hornworts
and monkshoods (poisonings, too near the health topics of the chemicals sets). The topics were
chosen so that none of these records answers a query of an earlier set: the angles that earlier
queries ask for (soil biodiversity and biodiversité des sols, cave biodiversity, wildlife trade,
invasive species, insect hotels, light pollution and insects, bees, solitary bees, bumblebees and
pollinators, citizen science, ex situ conservation, seed banks, herbaria, red lists, mountain
ecosystems, dry forests and bosque seco, tierras secas and desertification, protected areas
and biosphere reserves, traditional knowledge, wild edible plants and mushrooms, nest boxes,
reintroduction, sand mining and quarries, old-growth forests, tourism and wildlife photography)
are left out of these records or named only in passing (the mites, booklice and leaf litter of
gv01 to gv03 are prey and homes, not soil fauna; the bees and wasps whose nests the velvet ants of
gv13 to gv15 enter are their hosts, not the subject of the bees, abejas and abeilles queries, and
the bumblebees, hawkmoths and hummingbirds of gv25 to gv27 visit the columbines only in passing;
the old sand pits of gv10 and the quarry of gv24 are places, not sand mining or quarrying; the
climbing predators of gv22 and the feral goats and dogs of gv24 are threats named in a sentence,
not invasive species work, and the birds added to the Ile aux Aigrettes group of gv22 are one
action among several, not a reintroduction page; the biosphere reserve and the national parks of
gv20, gv21 and gv22 are places; the Māori names of gv28 and the eggs eaten elsewhere of gv30 are
named in passing, not traditional knowledge or edible fungi; and the bosques primarios of gv18 are
one habitat among three, not the old-growth forests of the old-growth forests query); no record
names Morocco, Huelva, Madagascar, Guadeloupe, Martinique, Corsica, the Canaries, the Arctic or
another place that an earlier query asks for by its name alone; and no record is in a country and
of a type that an earlier "needs", "projects" or "case studies" country query asks for (Jamaica
needs, needs Kenya, necesidades México, proyectos México, projets Mexique, needs Colombia,
proyectos Colombia and études de cas Colombie: the Jamaican record is a dataset, the Kenyan one
a case study, the Mexican one a document and the Colombian one a document; no record is in Chile,
and no insect record is in Colombia, the place of the Colombia insectos query).

No earlier record is judged relevant to any query of this set. All the hits are passing or about
other things (0): the scorpions of the scorpion sting pages (bw13-bw15) and of the Gila monster
and desert pages (fh10, fh12), the tarantulas and mygales (bh01-bh03), the harvestmen (gr13-gr15)
and the ladybird spiders (gr25-gr27), other arachnids, none of them a pseudoscorpion, a camel
spider or a whip spider; the camel milk pages (ew07-ew09), whose camels are no camel spiders; the
whip snakes of the wheatear case study (gr04), the whip-poor-wills of the nightjar survey (dy19)
and the fouette-queue of the Tassili (fp14), which share a word with the whip spiders; the Asian
hornet pages (bd28-bd30) and the hornets named by the beekeeping pages (fa27, gg11, gs11, dc26,
di17), other wasps; the army ants (fx13-fx15), wood ants (fx16-fx18), harvester ants (gn13-gn15),
leaf-cutter ants (em16-em18) and fire ants (cq07-cq09), true ants, and the velvet worms
(fl22-fl24) and the terciopelo snakes of the antivenom page (bn30), which share the velvet of
the velvet ants; the cicadas (cu22-cu24), the leafhoppers of the flavescence dorée and lavender
pages (fu04-fu06, da11) and the spotted lanternfly (ec01), other bugs, and the diablitos of the
illegal power connections of Mexico City (dv15), the toritos of the horned lizard page (ez30),
which share the everyday names of the treehoppers (no earlier record says periquito); the motmots
(fl19-fl21), the kingfishers (cw01-cw03) and the tocororo named in passing by gr30, other birds,
and the Neoceratodus of the lungfish dataset (ft01), which holds the letters of Todus; the ours
à lunettes (ez14, fp05), the oso de anteojos (co03), the lunettes of the workshop safety pages
and the paille-en-queue that the Réunion tropicbird page calls an oiseau blanc (ek05), which are
no white-eyes; the Cape Columbine of the abalone dataset (cq10), a cape; the grasilla de Cazorla
and the other carnivorous plants of the rezumaderos of Cazorla (cy15), other plants of the same
cliffs; and the stink bug of Georgia's hazelnuts (fy22), the stinkbird of the hoatzin page (eq07),
the red stinkwood of Prunus africana (bc04), the frêne puant of the tree of heaven (ec02), the
bête puante of the skunk guide (ee08), the Agua Hedionda lagoon of the Caulerpa page (dg19) and
the earthstars (gr16-gr18), waxcaps (gn19-gn21), slime moulds (gn25-gn27), morels and matsutake of
earlier sets, which are no stinkhorns. The golden files hold no record on these topics: their only
hits are the yeasts and fungi named by chemistry records as sources of compounds.

The places of these records appear in earlier records only as the places of other topics (0):
the Irish pages of earlier sets, near gv01; the garden dormouse (dc02), the wildcat (cs05),
the eagle owls of the quarries (gf05), the Himalayan balsam guide (et23) and the wall lizards
of the Meuse (gr02) of Wallonia, near gv02; the cicadas of the yungas and valleys of Tucumán
(cu24) and the dippers of the yungas (dy12), near gv03; the welwitschias of the central Namib
(ez07, ez08), the strandwolf of the Namib coast (fd01) and the windpumps of Namibia (gt01),
near gv04; the Somali sengi expedition to Djibouti (fd23) and the lac Abbé (bo08), near gv05;
the eagle owl jornada of Murcia (gf06), the ramblas and their flooded road crossings (cs30, gd06)
and the Mar Menor (bo18), near gv06; the golden-rumped sengi (fd22) and the butterfly farming
(dm13) of Arabuko-Sokoke, near gv07; the anacondas (ek02) and the other pages of Kaw (dg23, dk08,
ds20), near gv08; the solenodons of Bahoruco and Pedernales (eq10), near gv09; the castor (l29),
the civelles (l05) and the ospreys of the Centre-Val de Loire (cu29), near gv11; the Gila monsters
(fh10, fh12) and pygmy owls (gj01) of the Sonoran desert and the buffel grass of Sonora (m06),
near gv12; the Texas horned lizards (ez28), the low-water crossings of the Hill Country (gd04)
and the kissing bugs of South Texas (bo19), near gv13; the hoopoes (di02), edelweiss (ev19) and
ortolans (gn23) of the Valais, near gv14; the resin pines of Segovia named by the Michoacán
resin guide (co18), near gv15; the oilbirds (ev10), oropendolas (fx01), scarlet ibis (dk07),
moriche swamp (dm07) and heliconias (gf25) of Trinidad and Tobago, near gv16; the skunks (ee08),
golden nematode (gg05), lead arsenate (ge23) and tar spot (gs05) of the Montérégie, near gv17;
the tolomuco of Sarapiquí (fx09) and the breeders of dm15, near gv18; the Jamaican coney of
the John Crow Mountains (fh13), the anoles (gr28) and the other Jamaican pages, near gv19; the
solenodon (eq11), the zagouti (fh14) and the forests of Macaya (ca26) of the massif de la Hotte,
near gv20; the Cuban crane (bp03), the polimitas (eo21) and the anolis de arroyo (gr30) of Cuba,
near gv21; the sperm whales (em26), the long-tailed macaques (cq13), the Wakashio spill (k08)
and the sugar-estate power plants (cz13) of Mauritius, near gv22; the paille-en-queue (ek05),
the pétrel de Barau (ei11), the endormi (ci11), the fanjans (da08) and the palmistes (cy29) of
La Réunion, near gv23; the Prunus africana bark (bc06) and the hornbills (bu03) of Bioko and the
other pages of Equatorial Guinea (ci24, fp09, fu21), near gv24; the harvester ant mounds (gn13),
the ozone (cp22) and the Fort Collins flood (fn25) of Colorado, near gv25; the tulipes de Savoie
(et17), the ibex of the Bargy (cy02) and the lumpy skin disease of Savoie and Haute-Savoie (fi05),
near gv26; the grasilla de Cazorla (cy15), near gv27; the tahr of the Southern Alps from Nelson
Lakes (di13) and the other pages of New Zealand, near gv28; the géastres of Echternach and the
Gutland (gr17) and the other Luxembourg pages (db14, fv11), near gv29; and the Colombian pages of
earlier sets, near gv30.

records170.py (ids gu01..gu30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), written at the same time by another engineer, was searched for the same words
once it was finished (with its queries170.tsv, 60 queries), before these records were judged: its
topics are methylisothiazolinone and the contact allergy it causes, hazardous chemicals in school
supplies, nicotine pouches, disposable barbecues, shotgun cartridge wads, shops that keep their
doors open with the heating or the air conditioning on, heat cost allocators and the individual
metering of heating in apartment buildings, the auxiliary power units of aircraft at the gate,
the destruction of seized drugs, and the toxic gases of bleach mixed with ammonia, acids and other
cleaning products. None of its records names a pseudoscorpion, a camel spider, a whip spider, a
spider wasp, a velvet ant, a treehopper, a tody, a white-eye, a columbine or a stinkhorn, nor any
arachnid, wasp, ant, wild bird, wildflower or fungus: it has no hit for these topics' words. The
nearest are places and record types, all judged 0: the nicotine pouch brochure of Suisse romande
(gu08) and the auxiliary power unit case study of Genève Aéroport (gu23), no answer to velvet
ants Switzerland; the shop door inspections of Barcelona (gu18) and the jornada on heat cost
allocators of Castilla y León (gu21), no answer to sun spiders Spain; the free analyses of
school supplies for the schools of Québec (gu05), no answer to membrácidos Canadá or ofertas
aguileñas; the shotgun wads of Irish beaches (gu13), near gv01 and pseudoscorpiones -Irlanda; the
disposable barbecues of the forêt de Fontainebleau (gu11), the biodegradable wads of the bassin
d'Arcachon (gu14) and the shop doors guide (gu17) of France, near gv11, gv26 and ancolies -France;
the bleach calls of New South Wales (gu28), an Australian dataset, no answer to stinkhorns -New
Zealand; the disposable barbecues of the moors and heaths of the Peak District (gu10), where no
wasp is named; the needs of Colombia, Kenya, Argentina, Peru and Côte d'Ivoire (gu03, gu07, gu15,
gu24, gu26), no answer to columbine needs, besoins faux-scorpions or necesidades anteojitos; the
datasets of Denmark, Mexico, Ireland, Spain, Ecuador and Australia (gu01, gu06, gu13, gu18, gu27,
gu28), no answer to treehopper datasets or jeux de données zostérops; the projects of Chile, the
United Kingdom, France and Bosnia and Herzegovina (gu09, gu10, gu14, gu19), no answer to white-eye
projects or proyectos solífugos; the case studies of the Philippines, France, the United States,
Switzerland and Sri Lanka (gu04, gu11, gu16, gu23, gu25), no answer to études de cas membracides;
and the útiles escolares of Mexico (gu06), the metilisotiazolinona of Colombia (gu03), the
nicotine pouches of Kenya (gu07) and the mixing of chlorine products taught in Costa Rica (gu30),
in the countries of gv12, gv30, gv07 and gv18. None of its records answers a query of this set,
and none of its queries is repeated in queries171.tsv.

records172.py and records173.py, written at the same time by other engineers (on agriculture,
fisheries, forestry, food and land; on water, oceans and coasts, climate adaptation, cities,
disasters and capacity building), are not part of this set's pool.

Traps: the barn owls (the barn owl queries), swallows and bats of gv01, and its book scorpion,
which lives in no book today; the tiques, opilions (gr14 and the opilions queries), araignées and
ruches of gv02; the escorpiones, ácaros, tucanes (the toucans and tucanes queries) and bromelias
of gv03; the scorpions of its wind scorpions, and the fog-basking beetles, barking geckos (the
geckos queries) and springbok of gv04; the gazelles, scorpions and dromadaires (the camel milk
pages) of gv05; the escorpiones, lagartijas and avutardas (the outardes and bustards queries) of
gv06, and its matavenados of Mexico; the elephant shrews (fd22 and the sengi queries), scorpions
and charcoal kilns of gv07; the scorpions-fouets, mygales (the mygales query), grenouilles and
chauves-souris of gv08; the tarántulas, escorpiones, cotorras (the cotorra argentina query) and
charcoal of gv09; the green tiger beetles (fp28-fp30 and the tiger beetles queries), mining bees
(the bees queries), rabbits and quarry owners of gv10; the sternes (the sternes Chili query),
castors and abeilles sauvages (the abeilles queries) of gv11; the tarántulas (bh01-bh03),
alacranes (the scorpions Mexique and alacranismo queries), correcaminos and mezquites of gv12;
the harvester ants, fire ants (the harvester ants and fire ants queries) and digger bees of gv13;
the fourmis (the fourmis queries), vignes and lézards verts of gv14; the hormigas (the hormigas
queries), resineros (the resinación queries) and abejas excavadoras of gv15; the leafhoppers,
cicadas and cocoa estates of gv16; the cicadelles, pucerons, érable à sucre (the sugar maple
query) and the bison of the membracide bison (the bison -Mexico query) of gv17; the chicharras,
avispas and ganado of gv18, and its diablitos (the diablitos query of set 94), toritos and
periquitos; the doctor birds, yam grounds (the ñame query) and bauxite pits of gv19, and its
robin redbreast, which is no robin; the solénodons (the solenodon Haiti query), perroquets and
caféiers of gv20; the tocororos, majáes and cafetales of gv21; the Mauritius kestrels, pink
pigeons and guava thickets of gv22; the tec-tecs, bulbuls orphées and goyaviers of gv23, and its
oiseau blanc; the papamoscas de Annobón, tortugas marinas (the sea turtles queries), ballenas
and feral goats of gv24; the bumblebees, hawkmoths, hummingbirds, aspen groves (gj28-gj30),
elk, marmots and wildflower festivals of gv25; the bourdons (the bourdons queries), chamois,
gentianes and marmottes of gv26; the abejorros, cabras monteses, violetas de Cazorla, buitres
(the buitres queries) and barranquistas (the canyonisme query) of gv27; the kiwi, beech trees
and wasps of gv28; the mouches, hêtres, sangliers and the Australia of the clathre d'Archer of
gv29; and the moscas, escarabajos and orquídeas (the orchids queries) of gv30. Some records
name their topic only by another name or a narrower kind: gv01 says pseudoscorpions, house
pseudoscorpion and book scorpion; gv02 pseudoscorpions, faux-scorpions and chélifères; gv03
pseudoescorpiones and falsos escorpiones; gv04 camel spiders, sun spiders and wind scorpions; gv05
solifuges, galéodes and araignées-chameaux; gv06 solífugos, arañas camello, arañas del sol,
escorpiones del viento, matavenados and araña camello ibérica; gv07 whip spiders and tailless
whip scorpions; gv08 amblypyges, phrynes and scorpions-fouets sans queue; gv09 amblipígidos,
guabás and arañas látigo; gv10 spider wasps, spider-hunting wasps, black-banded spider wasp
and red-legged spider wasp; gv11 pompiles and guêpes chasseuses d'araignées; gv12 avispas
caza tarántulas, halcones de las tarántulas, pompílidos and avispas cazadoras de arañas;
gv13 velvet ants, cow killer, red eastern velvet ant and thistledown velvet ant; gv14 mutilles,
fourmis de velours and fourmis-guêpes; gv15 hormigas de terciopelo, hormigas aterciopeladas and
matavacas; gv16 treehoppers; gv17 membracides and membracide bison; gv18 membrácidos, diablitos,
toritos and periquitos; gv19 todies, Jamaican tody and robin redbreast; gv20 todiers, todier
à bec large and todier à bec étroit; gv21 barrancolíes, todis, cartacuba and pedorrera;
gv22 white-eyes, Mauritius olive white-eye and Mauritius grey white-eye; gv23 zostérops,
oiseaux-lunettes, zostérops des Mascareignes, zoizo blanc, oiseau blanc, zostérops de la
Réunion and oiseau vert; gv24 anteojitos, ojiblancos and anteojitos de Annobón; gv25 columbines
and Colorado blue columbine; gv26 ancolies and ancolie des Alpes; gv27 aguileñas, pajarillas
and aguileña de Cazorla; gv28 stinkhorns, basket fungus, tūtae whatitiri, anemone stinkhorn,
octopus stinkhorn and devil's fingers; gv29 phallacées, phalle impudique, satyre puant, satyre
des chiens, anthurus and clathre d'Archer; gv30 falos, hongos hediondos, velo de novia, jaulas
rojas and huevos del diablo. Letters and homonyms: pseudoscorpion and escorpión del viento hold
the letters of scorpion and escorpión (bw13-bw15 and the scorpion stings, piqûres de scorpion
and scorpions Mexique queries), and a book scorpion lives in no book; camel and camello are also
the camels of the camel milk pages (ew07-ew09), and sun spider holds the sun; whip and fouet
are also the whip snakes of gr04, the whip-poor-wills of dy19 and the fouette-queue of fp14;
spider wasp holds spider (the spider monkeys queries) and wasp (the Asian hornet pages bd28-bd30
and the avispa asiática queries); velvet ant holds ant (the ants, fourmis and hormigas queries)
and velvet, terciopelo and velours (the velvet worms of fl22-fl24, the terciopelo snakes of bn30);
membracide bison holds bison; diablitos are also illegal power connections (dv15), toritos the
horned lizards (ez30) and periquitos parakeets; Todus holds the letters of Neoceratodus (ft01)
and tody those of custody; oiseaux-lunettes and anteojitos hold the letters of the ours à
lunettes (ez14, fp05), the oso de anteojos (co03) and the safety lunettes of the workshop pages,
and oiseau blanc is also the paille-en-queue (ek05); columbine is also the Cape Columbine of
cq10, and pyrenaica, in the name of the aguileña de Cazorla, holds the letters of the Pyrenees
(the Pirineos and Pyrénées queries); stinkhorn holds the letters of stink bug (fy22), stinkbird
(eq07) and stinkwood (bc04), puant those of the frêne puant (ec02) and the bête puante (ee08),
hediondo those of Agua Hedionda (dg19), and falo those of Amorphophallus, named only in a
docstring.

For the country queries: gv01 names only Ireland (the midlands, the west); gv02 only Belgium
(Wallonia); gv03 only Argentina (the north-west, Tucumán, San Miguel de Tucumán, the sierra de
San Javier, the yungas); gv04 only Namibia (the central Namib, Gobabeb, the Kuiseb River), with
southern Africa as the range; gv05 only Djibouti (the Grand and Petit Bara, lake Assal); gv06
only Spain (the Iberian peninsula, the Región de Murcia, Mula, the south-east), with Mexico for
the name matavenados; gv07 only Kenya (Arabuko-Sokoke, the Shimba Hills, the coast); gv08 only
French Guiana (Guyane, the montagne de Kaw); gv09 only the Dominican Republic (the sierra de
Bahoruco, the south-west, the island), with the Antilles as the range of the name guabá; gv10
only the United Kingdom (Britain, England, Bedfordshire, the Greensand Ridge); gv11 only France
(the Loire, Orléans, Tours); gv12 only Mexico (Sonora, the Sonoran desert, the north-west);
gv13 only the United States (Texas, the western deserts); gv14 only Switzerland (the Valais, Sion,
Valère, Tourbillon); gv15 only Spain (the peninsula, the Tierra de Pinares, Segovia, Valladolid),
with America for the name matavacas; gv16 only Trinidad and Tobago, with the American tropics;
gv17 only Canada (Québec, the Montérégie), with the south as the origin of new species; gv18
only Costa Rica (Sarapiquí); gv19 only Jamaica (Cockpit Country, the John Crow Mountains), with
the Greater Antilles and Hispaniola as the range of the todies; gv20 only Haiti (the massif de la
Hotte, the pic Macaya, Beaumont, les Platons), with Hispaniola and the Greater Antilles; gv21 only
Cuba (the Sierra del Rosario, the west), with the Greater Antilles; gv22 only Mauritius (the Black
River Gorges, Ile aux Aigrettes), with Africa, Asia and the Indian and Pacific oceans as the range
of the white-eyes; gv23 only La Réunion, with the Mascarenes in a bird's name and the same range;
gv24 only Equatorial Guinea (Annobón, lake A Pot, the gulf of Guinea), with the same range; gv25
only the United States (Colorado, the San Juan Mountains), with the northern hemisphere; gv26 only
France (Savoie, Haute-Savoie, the Alps), with the northern hemisphere; gv27 only Spain (Jaén,
the sierras de Cazorla, Segura y Las Villas), with the northern hemisphere; gv28 only New Zealand
(Aotearoa, the Nelson region); gv29 only Luxembourg (the Oesling, the Gutland), with Australia as
the origin of the clathre d'Archer; gv30 only Colombia (the Colombian Andes), with other countries
where the eggs are eaten.

Ids (gv01..gv30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
gr01..gr30, gs01..gs30, gt01..gt30), nor with records170.py's (gu01..gu30), and no earlier id
starts with "gv".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- pseudoscorpions --------------------------------------------------------------------------
    ("gv01", "need", "en",
     "Need: find the house pseudoscorpion and its kin in old farm buildings, thatch and haysheds "
     "in Ireland",
     "Pseudoscorpions (Pseudoscorpiones) are tiny arachnids, most of them two to four millimetres "
     "long, with a flat, pear-shaped body and a pair of large pincers that make them look like "
     "scorpions without a tail or sting. They hunt mites and booklice, spin silk chambers in "
     "which they moult and overwinter, and often travel by clinging to the legs of flies and "
     "beetles. The house pseudoscorpion or book scorpion (Chelifer cancroides) lived for "
     "centuries in stables, granaries, thatched roofs, old libraries and haysheds, but has hardly "
     "been recorded in Ireland since the 1970s, as old buildings were converted or pulled down. "
     "The national biodiversity data centre and an arachnological society ask for support to "
     "search some 200 old farm buildings, thatched cottages and barns across the midlands and "
     "the west, to train two surveyors in identification under the microscope and to give owners "
     "simple advice on keeping old hay lofts and timbers. Barn owls, swallows and bats are named "
     "in passing.",
     ("pseudoscorpions", "book scorpion", "Chelifer cancroides", "farm buildings", "needs"),
     ("IE",), "2025-04"),
    ("gv02", "document", "fr",
     "Guide : reconnaître les pseudoscorpions de Wallonie, des écorces aux nids et aux greniers",
     "Les pseudoscorpions (ordre des Pseudoscorpiones), qu'on appelle aussi faux-scorpions ou "
     "chélifères, sont de minuscules arachnides de deux à quatre millimètres, au corps aplati et "
     "aux grandes pinces, qui ressemblent à des scorpions sans queue ni aiguillon. Ils chassent "
     "les acariens et les petits insectes, tissent des loges de soie pour muer et hiverner, et "
     "voyagent parfois accrochés aux pattes d'une mouche ou d'un coléoptère : c'est la "
     "phorésie. La Belgique en compte une trentaine d'espèces, mal connues. Ce guide d'un "
     "institut des sciences naturelles et d'une association d'arachnologie, conçu pour les "
     "naturalistes et les agents des parcs naturels de Wallonie, présente chaque espèce avec des "
     "dessins des pinces, explique où la chercher (sous les écorces décollées, dans les mousses "
     "des murs, les nids d'oiseaux et de rongeurs, les ruches et les greniers), comment "
     "l'examiner à la loupe binoculaire et comment transmettre les observations. Les tiques, les "
     "opilions et les araignées ne sont cités qu'en passant.",
     ("pseudoscorpions", "faux-scorpions", "arachnides", "Wallonie", "guides"),
     ("BE",), "2025-10"),
    ("gv03", "event", "es",
     "Taller: los pseudoescorpiones de las yungas de Tucumán y los insectos que los transportan",
     "Los pseudoescorpiones (orden Pseudoscorpiones), llamados también falsos escorpiones, son "
     "arácnidos diminutos, de dos a cinco milímetros, de cuerpo aplanado y con un par de grandes "
     "pinzas: parecen escorpiones sin cola ni aguijón. Cazan ácaros y pequeños insectos, tejen "
     "cámaras de seda para mudar y a menudo viajan prendidos de las patas de moscas, escarabajos "
     "y chinches, lo que se llama foresia. En las selvas de montaña del noroeste argentino, las "
     "yungas, viven decenas de especies, muchas sin describir, bajo las cortezas, en las "
     "bromelias y en los troncos caídos. Del 7 al 9 de octubre de 2025, en San Miguel de "
     "Tucumán, un instituto de la universidad nacional y una fundación naturalista organizan un "
     "taller para estudiantes, guardaparques y técnicos: por la mañana, cómo se reconocen las "
     "familias bajo la lupa; por la tarde, salidas a la sierra de San Javier para buscarlos con "
     "paraguas entomológico y trampas de corteza. Los escorpiones, los ácaros y los tucanes se "
     "citan de paso.",
     ("pseudoescorpiones", "falsos escorpiones", "arácnidos", "yungas", "eventos"),
     ("AR",), "2025-08"),
    # --- camel spiders ----------------------------------------------------------------------------
    ("gv04", "dataset", "en",
     "Camel spiders of the central Namib: pitfall-trap records from the gravel plains, dunes and "
     "riverbed near Gobabeb, 2008-2024",
     "Camel spiders, also called sun spiders or wind scorpions (Solifugae), are fast, hairy "
     "arachnids of hot, dry country, neither spiders nor scorpions, with huge jaws that can make "
     "up a third of their length and a pair of long, leg-like palps they use to feel and to "
     "climb. Most hunt at night, run down termites, beetles and even small lizards, and spend the "
     "day in burrows under stones or in sand. Southern Africa holds one of the richest faunas in "
     "the world, with more than 200 species. This dataset of a desert research station and the "
     "national museum of Namibia gathers seventeen years of records from lines of pitfall traps "
     "on the gravel plains, the dunes and the dry bed of the Kuiseb River near Gobabeb: date, "
     "site, habitat, family, species where known, sex, body length and the phase of the moon. It "
     "shows how the catches follow the rare years of rain. Fog-basking beetles, barking geckos "
     "and springbok are named in passing.",
     ("camel spiders", "sun spiders", "Solifugae", "Namib", "datasets"),
     ("NA",), "2025-01"),
    ("gv05", "project", "fr",
     "Projet : inventaire des solifuges, les « araignées-chameaux », des plaines du Grand et du "
     "Petit Bara",
     "Les solifuges (ordre des Solifugae), qu'on appelle aussi galéodes ou araignées-chameaux, "
     "sont des arachnides velus et très rapides des pays chauds et secs, qui ne sont ni des "
     "araignées ni des scorpions : leurs énormes chélicères en pinces occupent parfois le tiers "
     "du corps, et leurs longs pédipalpes leur servent à tâter et à grimper. Nocturnes pour la "
     "plupart, ils chassent termites, coléoptères et petits lézards et passent le jour dans un "
     "terrier. On leur prête à tort une morsure venimeuse et on les tue à vue. À Djibouti, "
     "aucune liste des espèces n'existe. Ce projet d'un centre national de recherche, d'une "
     "université partenaire et d'une association de naturalistes pose pendant deux ans des "
     "pièges et des transects de nuit dans les plaines du Grand et du Petit Bara et autour du lac "
     "Assal, décrit les espèces, forme deux techniciens djiboutiens et prépare une fiche pour les "
     "écoles et les éleveurs. Les gazelles, les scorpions et les dromadaires ne sont cités qu'en "
     "passant.",
     ("solifuges", "araignées-chameaux", "galéodes", "Djibouti", "projets"),
     ("DJ",), "2025-06"),
    ("gv06", "event", "es",
     "Jornada: la araña camello ibérica y los otros solífugos de los secanos de la Región de "
     "Murcia",
     "Los solífugos (orden Solifugae), llamados arañas camello, arañas del sol o escorpiones del "
     "viento, y en México matavenados, son arácnidos velludos y muy veloces de los países cálidos "
     "y secos; no son arañas ni escorpiones: sus enormes quelíceros en pinza ocupan a veces un "
     "tercio del cuerpo, y usan los largos pedipalpos para tantear y trepar. En la península "
     "ibérica vive sobre todo Gluvia dorsalis, la araña camello ibérica, de apenas centímetro y "
     "medio, activa de día en los secanos, los eriales y los ramblizos del sureste; se la "
     "confunde con arañas y se la mata sin motivo, aunque no tiene veneno. El sábado 18 de abril "
     "de 2026, en Mula, un museo de ciencias naturales y una asociación entomológica organizan "
     "una jornada para agentes medioambientales, agricultores y docentes: charlas sobre su "
     "biología por la mañana y, por la tarde, búsqueda bajo las piedras de los secanos de cereal "
     "y almendro. Los escorpiones, las lagartijas y las avutardas se citan de paso.",
     ("solífugos", "arañas camello", "Gluvia dorsalis", "Murcia", "eventos"),
     ("ES",), "2026-02"),
    # --- whip spiders -----------------------------------------------------------------------------
    ("gv07", "case-study", "en",
     "Whip spiders of the Kenyan coast: a case study of tree-trunk refuges in Arabuko-Sokoke and "
     "the Shimba Hills",
     "Whip spiders or tailless whip scorpions (Amblypygi) are flattened, harmless arachnids of "
     "warm, humid places, with spiny, folding pincers for seizing prey and a first pair of legs "
     "drawn out into long, thin feelers, which they sweep around them in the dark; they walk "
     "sideways like crabs and have neither silk nor venom. Females carry their eggs and young "
     "under the belly and then on the back. Kenya has a handful of species, the largest of the "
     "genus Damon. This case study of the invertebrate zoology section of the national museum "
     "followed for three years marked whip spiders on 120 large trees and boulders in the coastal "
     "forests of Arabuko-Sokoke and the Shimba Hills: each animal held the same crevice for "
     "months, returning to it after its night hunts, and hollow or loose-barked trees sheltered "
     "most of them. Where big trees had been felled for building poles, whip spiders were "
     "scarce. Elephant shrews, scorpions and charcoal kilns are named in passing.",
     ("whip spiders", "Amblypygi", "Damon", "coastal forests", "case studies"),
     ("KE",), "2025-05"),
    ("gv08", "event", "fr",
     "Sortie nocturne : à la rencontre des amblypyges des forêts de la montagne de Kaw",
     "Les amblypyges (ordre des Amblypygi), qu'on appelle aussi phrynes ou scorpions-fouets sans "
     "queue, sont des arachnides aplatis et inoffensifs des régions chaudes et humides : leurs "
     "pédipalpes épineux se replient comme des pinces pour saisir les proies, et leur première "
     "paire de pattes, très longue et fine, leur sert d'antennes pour tâter l'obscurité. Ils "
     "marchent de côté comme des crabes et n'ont ni soie ni venin ; la femelle porte ses œufs "
     "puis ses petits sous le ventre et sur le dos. En Guyane, le grand Heterophrynus, large "
     "comme la main pattes étendues, se cache le jour dans les contreforts et les creux des "
     "grands arbres. Le samedi 14 novembre 2025, une association naturaliste et le parc naturel "
     "régional proposent une sortie de nuit sur un sentier de la montagne de Kaw, avec des "
     "lampes à lumière rouge : comment les trouver et les observer sans les déranger, et ce "
     "qu'on sait de leur vie. Les mygales, les grenouilles et les chauves-souris ne sont citées "
     "qu'en passant.",
     ("amblypyges", "Heterophrynus", "arachnides", "Guyane", "événements"),
     ("GF",), "2025-09"),
    ("gv09", "need", "es",
     "Necesidad: conocer los guabás de la sierra de Bahoruco y de los bosques del suroeste "
     "dominicano",
     "Los amblipígidos (orden Amblypygi), llamados guabás en las Antillas y arañas látigo en "
     "otros países, son arácnidos aplanados e inofensivos de lugares cálidos y húmedos: sus "
     "pedipalpos espinosos se cierran como pinzas para atrapar presas y su primer par de patas, "
     "larguísimo y fino, les sirve de antena para tantear la oscuridad. Caminan de lado, como "
     "cangrejos, y no tienen seda ni veneno, aunque la canción popular diga que el guabá «pica y "
     "se va». En la isla viven al menos ocho especies, desde el gran Phrynus longipes hasta "
     "pequeños Charinus, y varias solo se conocen por unos pocos ejemplares. La tala, el carbón "
     "y las quemas para conucos reducen los bosques de la sierra de Bahoruco. Un museo nacional "
     "de historia natural y una universidad solicitan apoyo para recorrer durante dos años "
     "cuarenta sitios de la sierra y de los bosques del suroeste, formar a guardaparques y "
     "estudiantes y publicar una guía. Las tarántulas, los escorpiones y las cotorras se citan "
     "de paso.",
     ("guabás", "amblipígidos", "Phrynus", "sierra de Bahoruco", "necesidades"),
     ("DO",), "2025-11"),
    # --- spider wasps -----------------------------------------------------------------------------
    ("gv10", "project", "en",
     "Spider-hunting wasps: a project to bring back bare sand to old sand pits on the Greensand "
     "Ridge, Bedfordshire",
     "Spider wasps or spider-hunting wasps (Pompilidae) are slender, long-legged solitary wasps, "
     "often black with red or white marks, that run jerkily over the ground flicking their "
     "wings. The female stings a spider to paralyse it, drags it, often walking backwards, to a "
     "burrow she digs in sand or to a crevice, and lays one egg on it; the larva eats the living "
     "spider. Britain has about forty species, many of them rare and tied to warm, bare, sandy "
     "ground, such as the black-banded spider wasp (Anoplius viaticus) and the red-legged spider "
     "wasp (Episyron rufipes). This project of a county wildlife trust, an entomological society "
     "and two quarry owners scrapes back bracken, birch and grass on thirty patches of old sand "
     "pits along the Greensand Ridge in Bedfordshire, England, over three winters, keeps some "
     "sand faces open and counts the wasps each summer along fixed walks. Green tiger beetles, "
     "mining bees and rabbits are named in passing.",
     ("spider wasps", "Pompilidae", "solitary wasps", "sand pits", "projects"),
     ("GB",), "2025-03"),
    ("gv11", "support-source", "fr",
     "Offre : une journée gratuite pour apprendre à reconnaître les pompiles des grèves de la "
     "Loire",
     "Les pompiles (famille des Pompilidae), qu'on appelle aussi guêpes chasseuses d'araignées, "
     "sont des guêpes solitaires élancées, aux longues pattes, souvent noires tachées de rouge, "
     "qui courent par saccades sur le sol en agitant les ailes. La femelle paralyse une araignée "
     "d'une piqûre, la traîne souvent à reculons jusqu'au terrier qu'elle creuse dans le sable, y "
     "pond un œuf, et la larve dévore l'araignée vivante. La France en compte environ cent "
     "trente espèces, dont beaucoup vivent sur les sables nus et chauds. Sur les grèves et les "
     "îles de sable de la Loire, entre Orléans et Tours, les crues, la végétalisation et la "
     "fréquentation changent leurs habitats. En juin 2026, une réserve naturelle et une société "
     "entomologique offrent aux gestionnaires d'espaces naturels, aux agents des collectivités et "
     "aux bureaux d'études une journée de formation gratuite : reconnaître les principaux genres "
     "sur le terrain et sous la loupe, et adapter l'entretien des grèves. Les sternes, les "
     "castors et les abeilles sauvages ne sont cités qu'en passant.",
     ("pompiles", "guêpes chasseuses d'araignées", "Pompilidae", "Loire", "offres"),
     ("FR",), "2026-02"),
    ("gv12", "document", "es",
     "Guía: las avispas caza tarántulas del desierto de Sonora y cómo convivir con ellas",
     "Las avispas caza tarántulas o halcones de las tarántulas (géneros Pepsis y Hemipepsis) son "
     "los miembros más grandes de los pompílidos (familia Pompilidae), las avispas cazadoras de "
     "arañas: miden hasta cinco centímetros y tienen el cuerpo negro azulado y las alas de un "
     "naranja encendido. La hembra busca una tarántula, la paraliza con su aguijón, la arrastra a "
     "una madriguera y le pone un huevo; la larva se alimenta de la araña viva. Los adultos beben "
     "néctar de mezquites, algodoncillos y otras flores del desierto. Su picadura, una de las más "
     "dolorosas que se conocen, solo llega cuando se las atrapa. Esta guía de una universidad "
     "estatal y un centro de investigación, pensada para guardaparques, maestros y rancheros de "
     "Sonora, en el noroeste de México, explica cómo reconocer las especies, cuándo vuelan, por "
     "qué no hay que matarlas y qué hacer ante una picadura. Las tarántulas, los alacranes y los "
     "correcaminos se citan de paso.",
     ("avispas caza tarántulas", "Pepsis", "pompílidos", "Sonora", "guías"),
     ("MX",), "2025-07"),
    # --- velvet ants ------------------------------------------------------------------------------
    ("gv13", "document", "en",
     "Guide to the velvet ants of Texas: recognising cow killers and their kin",
     "Velvet ants (Mutillidae) are not ants but solitary wasps. The females are wingless, clothed "
     "in dense hair, red, orange, yellow, white or black, and run fast over open ground; the "
     "males have wings and look like ordinary wasps, so that the two sexes of one species were "
     "long described under different names. The female enters the nest of a ground-nesting bee "
     "or wasp and lays her egg beside its larva, on which her own larva feeds. Her sting is among "
     "the most painful of any insect, hence the name cow killer for the red eastern velvet ant "
     "(Dasymutilla occidentalis), and when caught she squeaks. Texas has more than a hundred "
     "species, from the white, fluffy thistledown velvet ant of the western deserts to small "
     "night-flying kinds. This guide of a university insect collection, written for naturalists, "
     "park staff and teachers, describes the common species, their seasons and habitats, and why "
     "they should be watched rather than handled. Harvester ants, fire ants and digger bees are "
     "named in passing.",
     ("velvet ants", "Mutillidae", "cow killer", "Texas", "guidance"),
     ("US",), "2025-09"),
    ("gv14", "event", "fr",
     "Journée : les mutilles, ces « fourmis de velours », des steppes rocheuses du Valais",
     "Les mutilles (famille des Mutillidae), qu'on appelle parfois fourmis de velours ou "
     "fourmis-guêpes, ne sont pas des fourmis mais des guêpes solitaires : la femelle, sans "
     "ailes, couverte d'une pilosité dense rouge, noire et argentée, court vite sur le sol nu ; "
     "le mâle, ailé, ressemble à une guêpe ordinaire. La femelle pénètre dans le nid d'une "
     "abeille ou d'une guêpe terricole et pond près de sa larve, dont la sienne se nourrira. Sa "
     "piqûre est très douloureuse et, saisie, elle stridule. La Suisse en compte une vingtaine "
     "d'espèces, surtout dans les steppes rocheuses et les talus secs du Valais central. Le "
     "samedi 13 juin 2026, un musée cantonal d'histoire naturelle et une société entomologique "
     "proposent à Sion une journée pour naturalistes et gestionnaires : exposés le matin, puis "
     "recherche des mutilles et de leurs hôtes sur les coteaux de Valère et de Tourbillon. Les "
     "fourmis, les vignes et les lézards verts ne sont cités qu'en passant.",
     ("mutilles", "fourmis de velours", "Mutillidae", "Valais", "événements"),
     ("CH",), "2026-03"),
    ("gv15", "project", "es",
     "Proyecto: las hormigas de terciopelo de los arenales de la Tierra de Pinares, entre Segovia "
     "y Valladolid",
     "Las hormigas de terciopelo u hormigas aterciopeladas (familia Mutillidae), llamadas en "
     "América matavacas, no son hormigas sino avispas solitarias: las hembras, sin alas, "
     "cubiertas de un vello denso rojo, negro y blanco, corren por el suelo desnudo; los machos "
     "tienen alas y parecen avispas corrientes. La hembra entra en el nido de una abeja o una "
     "avispa que anida en el suelo y pone su huevo junto a su larva, de la que se alimentará la "
     "suya. Pican con fuerza y, si se las coge, chirrían. En la península viven más de sesenta "
     "especies. En los arenales de la Tierra de Pinares, entre Segovia y Valladolid, el abandono "
     "de los claros, las repoblaciones densas y las urbanizaciones cierran la arena abierta. Este "
     "proyecto de una universidad, una asociación entomológica y dos ayuntamientos cartografía "
     "durante tres años las poblaciones, abre claros de arena en los pinares de pino negral y "
     "sigue a las hembras y a sus hospedadores. Las hormigas, los resineros y las abejas "
     "excavadoras se citan de paso.",
     ("hormigas de terciopelo", "mutílidos", "avispas solitarias", "Tierra de Pinares",
      "proyectos"),
     ("ES",), "2025-10"),
    # --- treehoppers ------------------------------------------------------------------------------
    ("gv16", "support-source", "en",
     "Offer: free identification of treehoppers from photographs and specimens, Trinidad and "
     "Tobago",
     "Treehoppers (Membracidae) are small sap-sucking bugs, relatives of cicadas and leafhoppers, "
     "whose pronotum, the plate behind the head, grows into horns, spines, balls, crests or leaf "
     "shapes, so that many look like thorns, seeds, bird droppings or ants. Many species are "
     "tended by ants, which collect the sweet honeydew they excrete, and in some the mother "
     "stands guard over her eggs and young. The American tropics hold most of the world's 3,400 "
     "species, and Trinidad and Tobago has more than a hundred, few of them well known. In 2025 "
     "and 2026 the zoology museum of the regional university offers naturalists, forest officers, "
     "students and farmers free identification of treehoppers from sharp photographs or "
     "preserved specimens, with a reply within a month, the record sent to the national "
     "biodiversity database and, on request, a short training session for groups. The museum "
     "also lends a set of reference drawings to schools. Leafhoppers, cicadas and cocoa estates "
     "are named in passing.",
     ("treehoppers", "Membracidae", "identification", "Trinidad and Tobago", "offers"),
     ("TT",), "2025-02"),
    ("gv17", "dataset", "fr",
     "Jeu de données : quinze ans de membracides récoltés au filet et au parapluie japonais en "
     "Montérégie",
     "Les membracides (famille des Membracidae) sont de petites punaises suceuses de sève, "
     "parentes des cigales et des cicadelles, dont le pronotum, la plaque derrière la tête, se "
     "prolonge en cornes, en épines, en crêtes ou en boules : beaucoup ressemblent à des épines, "
     "à des bourgeons ou à des graines. Des fourmis les gardent souvent pour leur miellat, et chez "
     "certaines espèces la mère veille sur ses œufs. Le Québec en compte une soixantaine "
     "d'espèces, de la membracide bison (Stictocephala bisonia) des friches aux Telamona des "
     "chênes et aux Enchenopa des noyers. Ce jeu de données d'une collection entomologique "
     "universitaire réunit quinze ans de récoltes, de 2010 à 2024, au filet fauchoir et au "
     "parapluie japonais sur les arbres, les arbustes et les friches de quarante sites de la "
     "Montérégie : date, site, plante hôte, espèce, sexe, stade et présence de fourmis. Il sert "
     "aussi à suivre l'arrivée d'espèces venues du sud. Les cicadelles, les pucerons et l'érable "
     "à sucre ne sont cités qu'en passant.",
     ("membracides", "Membracidae", "insectes", "Québec", "jeux de données"),
     ("CA",), "2025-12"),
    ("gv18", "case-study", "es",
     "Estudio de caso: los diablitos o toritos y las hormigas que los cuidan en los bosques de "
     "Sarapiquí",
     "Los membrácidos (familia Membracidae), llamados en Costa Rica y otros países diablitos, "
     "toritos o periquitos, son pequeños insectos chupadores de savia, parientes de las chicharras "
     "y los saltahojas, cuyo pronoto, la placa detrás de la cabeza, se prolonga en cuernos, "
     "espinas, bolas o crestas: muchos parecen espinas, semillas o excrementos de aves. Las "
     "hormigas recogen la mielecilla dulce que excretan y a cambio los defienden, y en varias "
     "especies la madre cuida de los huevos y las ninfas. El país cuenta con más de 250 especies. "
     "Este estudio de caso de un museo nacional y una estación biológica siguió durante cuatro "
     "años 600 agregaciones en bosques primarios y secundarios y en potreros arbolados de "
     "Sarapiquí: las colonias atendidas por hormigas sobrevivieron el doble, y la madre solo "
     "abandonaba la puesta cuando llegaban las hormigas. Los bordes de los potreros, con muchos "
     "arbustos jóvenes, albergaban más colonias que el bosque cerrado. Las chicharras, las avispas "
     "y el ganado se citan de paso.",
     ("membrácidos", "diablitos", "toritos", "Sarapiquí", "estudios de caso"),
     ("CR",), "2025-06"),
    # --- todies -----------------------------------------------------------------------------------
    ("gv19", "dataset", "en",
     "Jamaican tody: point counts and nest burrows in Cockpit Country and the John Crow "
     "Mountains, 2012-2024",
     "Todies (Todus) are tiny, plump birds found only in the Greater Antilles: bright green above, "
     "with a scarlet throat, a long, flat red bill and pale flanks, they sit still on thin twigs "
     "and dart up to snatch insects from the underside of leaves. They dig a nest burrow with a "
     "chamber at its end in earth banks, road cuts and rotten stumps. Each of the five species "
     "lives on one island, and two share Hispaniola. The Jamaican tody (Todus todus), which "
     "Jamaicans call robin redbreast, lives from lowland woods to the mountains. This dataset of "
     "the national environment agency and a bird conservation society gathers thirteen years of "
     "point counts at 150 stations in Cockpit Country and the John Crow Mountains, with 420 nest "
     "burrows checked for use: date, station, altitude, forest type, count, burrow height and "
     "fate. Doctor birds, yam grounds and bauxite pits are named in passing.",
     ("todies", "Jamaican tody", "Todus todus", "birds", "datasets"),
     ("JM",), "2025-03"),
    ("gv20", "project", "fr",
     "Projet : les todiers à bec large et à bec étroit du massif de la Hotte",
     "Les todiers (genre Todus) sont de minuscules oiseaux trapus qu'on ne trouve que dans les "
     "Grandes Antilles : vert vif dessus, gorge écarlate, long bec plat et rouge, ils restent "
     "immobiles sur une fine branche puis s'envolent saisir un insecte sous une feuille. Ils "
     "nichent au bout d'un terrier qu'ils creusent dans un talus de terre. L'île d'Hispaniola en "
     "compte deux : le todier à bec large (Todus subulatus), des plaines et des mornes, et le "
     "todier à bec étroit (Todus angustirostris), des forêts humides d'altitude. Dans le massif de "
     "la Hotte, autour du parc national du pic Macaya, les jardins, le charbon de bois et les "
     "glissements de terrain réduisent leurs forêts. Ce projet d'une fondation haïtienne, d'une "
     "université et d'un réseau d'observateurs forme pendant trois ans des jeunes de Beaumont et "
     "des Platons au comptage des oiseaux, cartographie les terriers et plante des haies d'arbres "
     "locaux entre les parcelles. Les solénodons, les perroquets et les caféiers ne sont cités "
     "qu'en passant.",
     ("todiers", "Todus subulatus", "Todus angustirostris", "massif de la Hotte", "projets"),
     ("HT",), "2025-08"),
    ("gv21", "case-study", "es",
     "Estudio de caso: los túneles de la cartacuba en los barrancos de la Sierra del Rosario",
     "Los barrancolíes o todis (género Todus) son pajaritos rechonchos que solo viven en las "
     "Antillas Mayores: verdes por encima, con la garganta roja, un pico largo, plano y rojizo y "
     "los flancos claros, se quedan quietos en una ramita y saltan para atrapar insectos bajo las "
     "hojas. Anidan al fondo de un túnel que excavan en barrancos de tierra o en cortes de "
     "caminos. La especie cubana, la cartacuba (Todus multicolor), que en el occidente llaman "
     "pedorrera por el ruido que hace con las alas, vive en bosques de toda la isla. Este estudio "
     "de caso de un instituto de ecología siguió durante cuatro temporadas 210 túneles en los "
     "barrancos y las orillas de caminos de la Sierra del Rosario: la mayoría de las parejas "
     "excavaban varios túneles antes de criar en uno, y los barrancos de arcilla junto a los "
     "arroyos tuvieron más éxito que los cortes de carretera, donde las lluvias los derrumbaban. "
     "Los tocororos, los majáes y los cafetales se citan de paso.",
     ("cartacuba", "Todus multicolor", "barrancolíes", "Sierra del Rosario", "estudios de caso"),
     ("CU",), "2025-04"),
    # --- white-eyes -------------------------------------------------------------------------------
    ("gv22", "project", "en",
     "Project: more nectar and safer nests for the Mauritius olive white-eye in the Black River "
     "Gorges",
     "White-eyes (Zosterops) are small, warbler-like songbirds of Africa, Asia and the islands of "
     "the Indian and Pacific oceans, green, grey or yellow, with a ring of tiny white feathers "
     "around each eye; they eat insects, nectar and fruit and move through the trees in "
     "chattering flocks. Many islands have their own species. The Mauritius olive white-eye "
     "(Zosterops chloronothos), which drinks the nectar of native flowers with its long curved "
     "bill, is the rarest bird of Mauritius: some 120 pairs remain, most of them in the upland "
     "forests of the Black River Gorges, while the Mauritius grey white-eye is still common in "
     "gardens. Over four years, this project of a wildlife foundation and the national parks "
     "service plants native nectar trees and shrubs in weeded forest plots, fits nest trees with "
     "metal collars against climbing predators, follows every nest found and adds birds to the "
     "small group living on Ile aux Aigrettes. Mauritius kestrels, pink pigeons and guava "
     "thickets are named in passing.",
     ("white-eyes", "Mauritius olive white-eye", "Zosterops chloronothos", "Mauritius",
      "projects"),
     ("MU",), "2025-11"),
    ("gv23", "dataset", "fr",
     "Jeu de données : vingt ans de comptages du zoizo blanc et de l'oiseau vert, des bas aux "
     "hauts de La Réunion",
     "Les zostérops ou oiseaux-lunettes (genre Zosterops) sont de petits passereaux d'Afrique, "
     "d'Asie et des îles des océans Indien et Pacifique, verts, gris ou jaunes, reconnaissables à "
     "l'anneau de minuscules plumes blanches qui entoure l'œil ; ils mangent insectes, nectar et "
     "fruits et se déplacent en petites bandes bruyantes. La Réunion abrite deux espèces "
     "endémiques : le zostérops des Mascareignes (Zosterops borbonicus), le « zoizo blanc » ou "
     "oiseau blanc des Réunionnais, présent des jardins aux forêts sous plusieurs formes de "
     "plumage, et le zostérops de la Réunion (Zosterops olivaceus), l'« oiseau vert », qui butine "
     "surtout les fleurs des forêts humides. Ce jeu de données d'une association ornithologique "
     "et de l'université réunit vingt ans de points d'écoute, de 2004 à 2024, sur 300 stations du "
     "littoral jusqu'à 2 500 mètres : date, station, altitude, milieu, nombre d'individus par "
     "espèce et forme de plumage. Les tec-tecs, les bulbuls orphées et les goyaviers ne sont "
     "cités qu'en passant.",
     ("zostérops", "oiseaux-lunettes", "zoizo blanc", "La Réunion", "jeux de données"),
     ("RE",), "2025-07"),
    ("gv24", "need", "es",
     "Necesidad: saber cuántos anteojitos de Annobón quedan en los bosques de la isla",
     "Los anteojitos (género Zosterops), llamados también ojiblancos, son pájaros pequeños de "
     "África, Asia y las islas de los océanos Índico y Pacífico, verdes, grises o amarillos, con "
     "un anillo de plumitas blancas alrededor de cada ojo; comen insectos, néctar y frutos y se "
     "mueven en bandadas ruidosas. Muchas islas tienen su propia especie. El anteojitos de "
     "Annobón (Zosterops griseovirescens) solo vive en Annobón, la pequeña isla volcánica de "
     "Guinea Ecuatorial en el golfo de Guinea, en los bosques, los cultivos arbolados y los "
     "alrededores del lago A Pot. Nunca se ha censado con método: las últimas estimaciones tienen "
     "más de veinte años. Las talas para leña y fincas, las cabras y los perros asilvestrados y "
     "el tráfico de camiones de una cantera amenazan su hábitat. El ministerio de medio ambiente y "
     "una universidad nacional solicitan apoyo para contar la población, formar a cuatro técnicos "
     "annoboneses y preparar un plan de conservación. El papamoscas de Annobón, las tortugas "
     "marinas y las ballenas se citan de paso.",
     ("anteojitos", "ojiblancos", "Zosterops griseovirescens", "Annobón", "necesidades"),
     ("GQ",), "2026-01"),
    # --- columbines -------------------------------------------------------------------------------
    ("gv25", "case-study", "en",
     "Case study: picking, grazing and the Colorado blue columbine in the meadows of the San Juan "
     "Mountains",
     "Columbines (Aquilegia) are perennial herbs of woods, meadows, screes and cliffs across the "
     "northern hemisphere, with finely divided leaves and nodding or upright flowers whose five "
     "petals end in long, hollow spurs filled with nectar, visited by bumblebees, hawkmoths or "
     "hummingbirds according to the length of the spur. Many species are local, and they cross "
     "readily in gardens. The Colorado blue columbine (Aquilegia coerulea), with white and "
     "sky-blue flowers, is the state flower of Colorado; a law of 1925 limits how many flowers "
     "may be picked on public land and forbids digging up the plants. This case study of a state "
     "university and a national forest compared, from 2018 to 2024, forty meadows and aspen "
     "groves of the San Juan Mountains: plots near trailheads and roads lost most flowers to "
     "picking and trampling, heavy sheep grazing cut the number of seedlings, and fenced or "
     "lightly grazed plots kept the most plants. Elk, marmots and wildflower festivals are named "
     "in passing.",
     ("columbines", "Colorado blue columbine", "Aquilegia coerulea", "Colorado", "case studies"),
     ("US",), "2025-08"),
    ("gv26", "support-source", "fr",
     "Offre : conseils gratuits aux alpagistes et aux communes de Savoie pour préserver l'ancolie "
     "des Alpes",
     "Les ancolies (genre Aquilegia) sont des plantes vivaces des bois, des prairies, des éboulis "
     "et des rochers de l'hémisphère nord, aux feuilles finement découpées et aux fleurs "
     "penchées dont les cinq pétales se prolongent en éperons creux remplis de nectar, visités "
     "par les bourdons. Plusieurs espèces sont rares et locales, et elles s'hybrident facilement "
     "avec les ancolies des jardins. L'ancolie des Alpes (Aquilegia alpina), aux grandes fleurs "
     "bleu vif, protégée en France, pousse entre 1 300 et 2 500 mètres dans les mégaphorbiaies, "
     "les prairies de fauche d'altitude et les lisières des aulnaies vertes. La cueillette, les "
     "fauches précoces, le surpâturage et l'embroussaillement la menacent. En 2026 et 2027, un "
     "conservatoire botanique national offre aux alpagistes, aux communes et aux gestionnaires de "
     "domaines skiables de Savoie et de Haute-Savoie une visite gratuite des stations, des "
     "conseils sur les dates de fauche et de pâturage et une formation d'une demi-journée pour "
     "reconnaître la plante. Les chamois, les gentianes et les marmottes ne sont cités qu'en "
     "passant.",
     ("ancolies", "ancolie des Alpes", "Aquilegia alpina", "Savoie", "offres"),
     ("FR",), "2026-04"),
    ("gv27", "need", "es",
     "Necesidad: salvar la aguileña de Cazorla de los roquedos rezumantes de las sierras de "
     "Cazorla, Segura y Las Villas",
     "Las aguileñas o pajarillas (género Aquilegia) son hierbas perennes de bosques, prados, "
     "pedregales y roquedos del hemisferio norte, de hojas muy divididas y flores colgantes cuyos "
     "cinco pétalos terminan en espolones huecos llenos de néctar, que visitan los abejorros. "
     "Muchas especies ocupan áreas pequeñas y se cruzan con facilidad con las aguileñas de "
     "jardín. La aguileña de Cazorla (Aquilegia pyrenaica subsp. cazorlensis), de flores azul "
     "violáceo, solo crece en unas pocas paredes calizas rezumantes, gargantas y pies de cantil "
     "de las sierras de Cazorla, Segura y Las Villas, en Jaén, con menos de mil plantas en una "
     "decena de núcleos. Las sequías, que secan los rezumes, el ramoneo de cabras monteses y "
     "ciervos y la recolección la ponen en peligro. El servicio de flora de la junta y un jardín "
     "botánico solicitan apoyo para contar cada núcleo, vallar los más ramoneados, estudiar su "
     "germinación y seguir su floración. Las violetas de Cazorla, los buitres y los barranquistas "
     "se citan de paso.",
     ("aguileñas", "aguileña de Cazorla", "Aquilegia", "Cazorla", "necesidades"),
     ("ES",), "2025-05"),
    # --- stinkhorns -------------------------------------------------------------------------------
    ("gv28", "event", "en",
     "Fungal foray week: stinkhorns, basket fungi and other cage fungi of Aotearoa New Zealand",
     "Stinkhorns (Phallaceae) are fungi that hatch from a soft white egg in leaf litter or mulch "
     "into a spongy stalk, a lattice ball, a cage or a star of red arms, coated with a dark, "
     "foul-smelling slime that carries the spores; flies drawn by the smell of carrion eat the "
     "slime and spread the spores. In New Zealand the best known is the basket fungus "
     "(Ileodictyon cibarium), a white lattice ball that appears after rain and thunderstorms and "
     "has more than thirty Māori names, among them tūtae whatitiri, thunder dung; there are also "
     "the anemone stinkhorn (Aseroe rubra) and the octopus stinkhorn or devil's fingers (Clathrus "
     "archeri). From 11 to 17 May 2026 the national mycological society holds its yearly foray "
     "week in the Nelson region, open to members and newcomers: daily walks in beech and "
     "podocarp forest, identification sessions in the evenings, a talk on stinkhorns and cage "
     "fungi, and records sent to the national fungal database. Kiwi, beech trees and wasps are "
     "named in passing.",
     ("stinkhorns", "basket fungus", "Ileodictyon cibarium", "fungi", "events"),
     ("NZ",), "2026-02"),
    ("gv29", "dataset", "fr",
     "Jeu de données : les satyres puants, clathres et autres phallacées observés au Luxembourg, "
     "1950-2024",
     "Les phallacées (famille des Phallaceae) sont des champignons qui sortent d'un « œuf » blanc "
     "et mou, enfoui dans la litière, pour former un pied spongieux, une boule en treillis, une "
     "cage ou une étoile de bras rouges, couverts d'une glèbe sombre et nauséabonde qui porte les "
     "spores ; attirées par cette odeur de charogne, les mouches la mangent et dispersent les "
     "spores. Au Luxembourg, on connaît surtout le phalle impudique ou satyre puant (Phallus "
     "impudicus) des hêtraies, le satyre des chiens (Mutinus caninus), plus discret, et l'anthurus "
     "ou clathre d'Archer (Clathrus archeri), aux bras rouges, arrivé d'Australie au siècle "
     "dernier. Ce jeu de données du musée national d'histoire naturelle et d'une société de "
     "mycologie réunit 3 400 observations, de 1950 à 2024, tirées des collections du musée, des "
     "carnets et des sorties : date, lieu, milieu, espèce et observateur. Il montre que le satyre "
     "puant reste commun dans les hêtraies de l'Oesling et du Gutland. Les mouches, les hêtres et "
     "les sangliers ne sont cités qu'en passant.",
     ("phallacées", "satyre puant", "Phallus impudicus", "champignons", "jeux de données"),
     ("LU",), "2025-12"),
    ("gv30", "document", "es",
     "Guía: los hongos hediondos de los Andes colombianos, del velo de novia a las jaulas rojas",
     "Los falos u hongos hediondos (familia Phallaceae) nacen de un «huevo» blanco y blando, "
     "escondido en la hojarasca o el mantillo, que se abre en un pie esponjoso, una bola "
     "enrejada, una jaula o una estrella de brazos rojos, cubiertos de una baba oscura y fétida "
     "que lleva las esporas; las moscas, atraídas por el olor a carroña, se la comen y las "
     "dispersan. En Colombia el más conocido es el velo de novia (Phallus indusiatus), con un velo "
     "de encaje blanco que cuelga bajo el sombrero, y también se ven las jaulas rojas del género "
     "Clathrus y pequeños falos anaranjados en los potreros. Muchos campesinos los llaman huevos "
     "del diablo. Esta guía de un museo de historia natural y una asociación micológica, pensada "
     "para guías de naturaleza, docentes y campesinos de los Andes, describe veinte especies con "
     "fotografías, explica dónde y cuándo aparecen y cuáles se comen en su fase de huevo en otros "
     "países. Las moscas, los escarabajos y las orquídeas se citan de paso.",
     ("hongos hediondos", "velo de novia", "Phallus indusiatus", "falos", "guías"),
     ("CO",), "2025-09"),
)  # fmt: skip
