"""Clearing-house records of the hundred-and-sixty-fourth judged relevance set
(tests/search/relevance/queries164.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: fruit tree disease pages on
the bacterial canker of kiwifruit (a case study of Psa in the kiwifruit orchards of the Bay of
Plenty, New Zealand, from the 2010 incursion to a tolerant gold variety; a guide, a document, to the
chancre bactérien du kiwi in the vergers of the Adour, Landes and Pyrénées-Atlantiques, France; a
need for diagnosis of Psa and healthy plants for the huertos de kiwi of the Maule, Chile); citrus
disease pages on citrus canker (the final report, a document, of the eradication of citrus canker
from the Northern Territory and Western Australia, Australia; a dataset of the surveys of the
chancre citrique in the vergers d'agrumes and pépinières of Senegal; a jornada técnica, an event, on
the cancrosis de los cítricos in the orange and mandarin groves along the río Uruguay, Argentina);
plant pest pages on the Japanese beetle (a project to eradicate Popillia japonica from the False
Creek neighbourhoods of Vancouver, Canada; a need for a trap network against the scarabée japonais
in the French-speaking cantons of Switzerland; a plan de contingencia, a document, against the
escarabajo japonés in Spain); livestock breed pages on Boer goats (a project of Boer bucks and
community breeding for the pastoralist flocks of Isiolo, Kenya; a case study of the boucs Boer and
the cabris créoles of the goat farms of Guadeloupe; a dataset of the cabras Boer and their cruzas
raised for cabrito in north-eastern Mexico); soil pages on Amazonian dark earths (a dataset of the
terra preta sites of the central Amazon, Brazil; a project to inventory and protect the terres
noires amérindiennes under the abattis of French Guiana; a case study of the tierras negras of
Araracuara and the chagras of the middle Caquetá, Colombia); shellfish pages on periwinkles (a need
for stock surveys and a minimum size for the picking of winkles on the west coast of Ireland; a
dataset of the bigorneaux, or vignots, landed by the pêcheurs à pied professionnels of the coasts of
the Manche, France; a project for the first plan de explotación of the bígaro, the mincha, in the
cofradías of Cantabria, Spain); pastoral training pages on shepherd schools (an offer, a support
source, of funded places at a hill shepherd school in the Scottish Borders, United Kingdom; the
portes ouvertes, an event, of an école de bergers for the alpages of Provence, France; a case study
of fifteen years of an escuela de pastores in the Pyrenees of Lleida, Spain); food loss and feed
pages on brewers' spent grain (an offer, a support source, of deliveries of spent grain, the
machicha, and of silage training for the dairy farmers around Nairobi, Kenya; a need to dry and sell
the drêches of the dolo brewed by the dolotières of Bobo-Dioulasso, Burkina Faso; a guía, a
document, on the bagazo cervecero of the craft breweries of Baja California, Mexico); forest product
pages on porcini (a need for permits and picker training for the porcini of the pine plantations of
the Western Cape, South Africa; a guide, a document, to gathering cèpes in the public forests of the
Limousin, France; jornadas técnicas, an event, on the regulation of the boletus harvest in the
pinares of Soria, Spain); and pastoral trade pages on livestock markets (a dataset of the saleyards
of New South Wales, Australia; a need to equip the marchés à bétail of the north of the Tahoua
region, Niger; a case study of the move of the mercado de hacienda of Liniers to Cañuelas,
Argentina). English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records161.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (kiwi, kiwifruit, Actinidia, Psa, Pseudomonas, Pseudomonas
syringae, canker, chancre, chancre bactérien, cancro, cancro bacteriano, bactériose, bacteriosis,
Zespri, Hayward; citrus canker, chancre citrique, cancrosis, cancro cítrico, Xanthomonas, citrus,
agrume, cítrico, naranja, limón, mandarina, huanglongbing, HLB, psyllid, minador; Japanese beetle,
Popillia, scarabée japonais, escarabajo japonés, scarab, scarabée, escarabajo, chafer, hanneton,
sanjuanero, white grub, vers blancs, gallina ciega, gusano blanco; Boer, Boer goat, chèvre Boer,
cabra Boer, goat, chèvre, cabra, cabri, chivo, caprin, caprino, meat goat, cabrito, chevreau,
Kalahari, Saanen, Nubia, Galla; terra preta, dark earth, Amazonian dark earth, terres noires,
tierras negras, tierra negra, tierras oscuras, anthrosol, anthropogenic soil, sol anthropique, suelo
antrópico, pre-Columbian, précolombien, precolombino, potsherd, tessons, biochar, biocarbón, Moxos,
camellones; periwinkle, winkle, bigorneau, vignot, bígaro, mincha, caracolillo, Littorina, whelk,
burgao, pêche à pied, marisqueo, mariscadora, gleaning, cockle, coque, berberecho; shepherd school,
shepherd, école de bergers, berger, bergère, escuela de pastores, pastor, sheepdog, chien de
conduite, perro pastor, herding dog, transhumance, trashumancia; brewers' spent grain, spent grain,
brewer, brewery, brasserie, drêche, cervecería, bagazo cervecero, bagazo de cerveza, bagazo de
malta, afrecho, beer, bière, cerveza, dolo, tchapalo, machicha, malt, draff; porcini, cèpe, boletus,
bolet, boleto, Boletus edulis, penny bun, pambazo, Suillus, mushroom, champignon, hongo, seta,
micología, mycologie; livestock market, cattle market, saleyard, auction, marché à bétail, foirail,
feria ganadera, mercado de hacienda, remate, subasta, Liniers, Tabaski, dillali, convoyeur,
livestock trade, commerce du bétail, live export). Screened and dropped as covered: sesame
(ee22-ee24), teak (ck07-ck09), Christmas trees (ec07-ec09), carob (ci19-ci21), prickly pear as
fodder (de07-de09), quail (du07-du09), donkey breeds (the zamorano-leonesa burros of bz30), cardamom
(dk16-dk18), heart of palm (cy28-cy30), vetiver hedges (bi13-bi15), blast fishing (bm19-bm21),
compressor diving for lobster (named by the veda de langosta workshop bt18 and dropped by set 140),
the marking of fishing gear (v20), tuna traps, madragues and almadrabas (em05, em06), glass eels
(l04-l06), sea cucumbers (j25-j27), fish aggregating devices (bj16-bj18), livestock guardian dogs
(bz10-bz12), willow basketry (next to the rattan and basketry pages bx28-bx30), wild mushroom
picking in general (the truffle guide bn06), pheromone mating disruption (the vineyard moth pages
gg01-gg03), electrofishing (the razor clams of ek10), milk cooling (dropped by sets 140 and 148),
saline and sodic soils (dropped by set 140), bush encroachment (dropped by set 120) and gully
erosion (the cárcavas of the slope bioengineering pages), besides the topics of sets 42 to 161 and
those their docstrings list as covered; screened with no or passing hits but not chosen: black
pepper (no hit, screened by set 152, but few Spanish-language pages), nixtamalization (no hit,
screened by set 152, but few French-language pages), sunn pests (no hit, screened by set 160), the
eucalyptus snout beetle (no hit, screened by set 160), pulse trawling (no hit, but next to the
electrofishing for razor clams of ek10), Saanen dairy goats (no hit, but next to the dairy goats of
the Q fever pages fs07-fs09) and Criollo horses (no hit, but few pages outside the breed societies).

One earlier record is judged relevant in part (1): the event for the fiftieth anniversary of
Montréal's community gardens (ci29), whose programme includes, as one of its sessions, "la lutte
contre le scarabée japonais sans pesticides": it names the Japanese beetle as a thing it deals with,
among several, and is judged 1 to the Japanese beetle queries that do not restrict it away (Japanese
beetle, scarabée japonais, escarabajo japonés, the "OR" query that names the beetle and "Popillia
japonica Canada"), and 0 to the queries that ask for needs or for Switzerland. Every other hit is
passing or about another thing, judged 0. No earlier record names the bacterial canker of kiwifruit:
the fire blight pages (gc13-gc15), the pitch canker pages (gg16-gg18), the chestnut blight and
chancre du châtaignier pages (bp28, bp29), the butternut canker (cq23), the copper fungicides of
Kenya's coffee farms (dz01), the kiwi of the latex allergy project fw14, the kiwicha of cg21 and the
energy hardship of Aotearoa New Zealand (dj19) are other things. No earlier record names citrus
canker: the huanglongbing pages (bq28-bq30), the genetically modified citrus pages (ed25-ed27), the
sterile insect technique in the mandarin orchards of bj13, the chlorpyrifos and dicofol of the
agrumes of the Souss and of Morocco (l08, be11), the leaf-cutting ants of em16 and em17 and the
bacterial wilt of bananas, another Xanthomonas (bg14), are other things. Besides ci29, no earlier
record names the Japanese beetle: the stag beetles (cy07-cy09), the noble chafer of eg13, the vers
blancs dug up by the skunks of ee08, the dung beetles (bm16-bm18), the tiger beetles (fp28-fp30),
the coconut rhinoceros beetle (co10), the renouée du Japon (dq11) and the bokashi of fu14, which
names a Japanese word, are other things. No earlier record names Boer goats: the Angora goats and
mohair pages (fa10-fa12), the feral goats (dy28-dy30), the dairy goats of the Q fever pages
(fs07-fs09), the moringa fed to goats (bb09), the guide to the inventory of local breeds (m02), the
hydroponic fodder pages (fu22, fu23) and the community animal health workers (gg19, gg20) are other
things. No earlier record names Amazonian dark earths: the biochar pages (y04-y06), the raised
fields and camellones (di22-di24, di23 on the savannas of French Guiana), the charbon de bois pilé
of the bokashi of fu14 and the mycoremediation of oil pits in the Ecuadorian Amazon (bl13) are other
things. No earlier record names periwinkles: the gleaning and pêche à pied pages (by10-by12, by11 in
Brittany, by12 on the mariscadoras of Galicia), the gooseneck barnacles (co13-co15), the ormeaux of
the Cotentin (cq11), the salicorne of the baie de Somme (ei26), the burgao and whelk of eg30, the
razor clams (ek10-ek12), the cockles of The Wash (ee04) and the shellfish depuration pages
(fq10-fq12) are other things. No earlier record is about shepherd schools: the transhumance pages
(bt10-bt12), the livestock guardian dogs (bz10-bz12), the bergers urbains of the écopâturage case
study ei17, the urban grazing offer ei18, whose association "forma además a jóvenes pastores" in
passing, the wool pages (ep16-ep18) and the community animal health workers (gg19-gg21) are other
things. No earlier record names brewers' spent grain: the hop pages (fe10-fe12), which name
brasseries and cervecerías artesanales, the black soldier fly larvae fed on the waste of Nairobi's
markets and breweries (bq19), the spent coffee grounds (fk22, fk23), the cassava peels fed to
livestock (gg25-gg27), the fish silage (gc28-gc30), the bagazo de caña burnt by Guatemala's sugar
mills (cz15) and the drêches de distillerie named by the GM yeast page cb20 are other things. No
earlier record names porcini: the truffle pages (bn04-bn06), the morel pages (em10-em12), the
matsutake pages (fm16-fm18), the shiitake pages (fq28-fq30), the pleurotes grown on coffee grounds
(fk23), the cordyceps pages (eq20, eq21) and the wild edible plants of Québec (ce29) are other
things. No earlier record is about livestock markets: the ear tag and traceability pages (fe04-fe06,
fe06 naming remates and ferias), the donkey hide page (bz29, naming marchés à bétail), the learning
route on rangelands (bx22, naming livestock marketing associations) and the mohair auctions of fa10
are other things.

records124.py to records161.py (ids fa01..fa30, ..., gl01..gl30), the most recent earlier files,
were searched like the others: their only hits on this set's words are passing or about other things
(the mohair auctions and Angora goats of fa10-fa12; the coffee berry borer of fa01-fa03; the ear
tags and remates of fe04-fe06; the hops and breweries of fe10-fe12; the hydroponic fodder for goats
of fu22 and fu23; the shellfish depuration of fq10-fq12; the shiitake of fq28-fq30; the matsutake of
fm16-fm18; the spent coffee grounds and pleurotes of fk22 and fk23; the bokashi of fu14; the tiger
beetles of fp28-fp30; the dairy goats of fs07-fs09; the fire blight of gc13-gc15; the fish silage of
gc28-gc30; the pitch canker of gg16-gg18; the community animal health workers of gg19-gg21; the
cassava peels of gg25-gg27; the virtual fencing collars of the goats and sheep of gk26; and the
energy hardship of dj19), and none of their records answers a query of this set.

records162.py (ids gm01..gm30, on chemicals, waste, pollution, energy, health, trade and enforcement
topics) and records163.py (ids gn01..gn30, on biodiversity topics), written at the same time by two
other engineers, were searched for the same words once they were finished (with their queries162.tsv
and queries163.tsv, each with its 60 queries), after this set's records and queries were written,
while the queries were being judged. The topics of records162.py are the thorium gas mantles of
camping lanterns, non-stick cookware coated with PTFE and other PFAS, the colour powders of Holi and
colour runs, the miniature toiletries of hotels, the medical oxygen plants of hospitals, illegal
cosmetic injections, steam boiler explosions, the international catering waste of aircraft and
ships, fume events in aircraft cabins and fires in rooftop solar systems; those of records163.py are
harriers, water shrews, pipits, woolly monkeys, harvester ants, sculpins, waxcaps, buntings, slime
moulds and rockroses. None of their records names the bacterial canker of kiwifruit, citrus canker,
the Japanese beetle, Boer goats, Amazonian dark earths, periwinkles, a shepherd school, brewers'
spent grain, porcini or a livestock market, and none is judged relevant. The nearest are 0: the PSA
oxygen plants of gm13 and gm15 are pressure swing adsorption units, no Psa of the kiwifruit, and are
0 to "Psa kiwifruit Chile" and "Psa kiwi -Chile"; the brasseries among the industries of the steam
boiler guide gm20 make no spent grain; the food waste of aircraft and ships destroyed against animal
diseases (gm22-gm24) is no brewers' grain fed to livestock; the ferias where the thorium mantles of
gm03 are sold are no livestock markets; the waxcaps (gn19-gn21), called champignons des prairies and
setas de colores, and the slime moulds, hongos mucilaginosos (gn25-gn27), are no porcini; the goats
named in passing by the labdanum case study gn28 are no Boer goats; the cattle grazing of the
harvester ant case study gn15 and of the pipit dataset gn07 is no livestock market; and the
vignerons of the Valais advised for the bruant ortolan (gn23) fight no Japanese beetle. None of
their queries is repeated in queries164.tsv. records165.py (ids gp01..gp30), written at the same
time by another engineer on water, oceans and coasts, climate adaptation, cities, disasters and
capacity building topics, is not part of this set's pool, and no query of this set was judged
against it.

Traps: the frost protection, the beehives, the pollen and the copper sprays of go01 (0 to copper
fungicides); the gelées, the grêle, the pollen and the asphyxie racinaire of go02 (0 to hail
protection); the heladas, the cerezos and the arándanos of go03 (0 to spotted wing drosophila); the
lemons, limes and mandarins, the nurseries and the huanglongbing and psyllid of go04 (0 to citrus
greening); the mouches des fruits, the mangues and the pépinières of go05 (0 to fruit flies); the
cortinas rompevientos, the cobre, the minador de la hoja and the HLB of go06 (0 to citrus greening);
the lawns, the European chafer, the crows and the raccoons of go07 (0 to raccoons and crows); the
vigne, the hanneton commun, the vers blancs, the golfs and the nématodes of go08 (0 to vineyards);
the sanjuanero, the gusanos blancos, the céspedes and the campos de golf of go09; the Galla goats,
the droughts, the livestock markets, the peste des petits ruminants, the camels and the cattle of
go10 (0 to livestock markets and to the peste des petits ruminants); the colombo de cabri, the
strongles, the chèvre Créole and the chiens errants of go11 (0 to local breeds and to stray dogs);
the cabras criollas, the Nubia, the agostadero and the leche de cabra of the Comarca Lagunera of
go12; the manioc, the pottery, the radiocarbon dates, the terra mulata and the biochar of go13 (0 to
biochar); the abattis, the orpaillage, the manioc amer and the champs surélevés of go14 (0 to raised
fields and to gold mining); the chagras, the tabaco, the ají and the minería ilegal de oro of go15
(0 to illegal gold mining); the seaweed harvesting, the health certificates for live shellfish and
the riddles of go16 (0 to seaweed and to depuration); the coques, the palourdes, the ormeaux, the
zones fermées pour raison sanitaire and the mareyeurs of go17 (0 to abalone and to depuration); the
almejas, the percebes, the cofradías and the marisqueo a pie of go18 (0 to gooseneck barnacles and
to clam gathering in general); the sheepdogs, the shearing, the lambing and the farm tenancies of
go19 (0 to wool and to access to land); the loup, the chiens de protection, the parcs de nuit and
the chiens de conduite of go20 (0 to wolves and to livestock guardian dogs); the esquileo, the
queso, the lobo, the oso and the bancos de tierras of go21 (0 to wolves, bears and land banks); the
Napier grass, the silage, the molasses, the mycotoxins and the spent yeast of go22 (0 to Napier
grass, silage in general and mycotoxins); the sorgho rouge, the porcs, the moisissures, the
biscuiteries and the foyers améliorés of go23 (0 to improved cookstoves); the lúpulo gastado, the
levadura residual, the panaderías and the compost of go24 (0 to hops); the pine plantations, the
fynbos, the fires and the lookalikes of go25 (0 to invasive pines); the bolet de Satan, the truffes,
the girolles and the office national des forêts of go26 (0 to truffles and chanterelles); the trufa
negra, the montes de utilidad pública and the turismo micológico of go27 (0 to truffles); the
feedlots, the effluent system, the truck wash and the electronic ear tags of go28 (0 to livestock
ear tags); the transhumants, the dromadaires, the dillali and the vols de bétail of go29 (0 to
transhumance and to livestock theft); and the frigoríficos, the camiones jaula, the olores and the
bienestar animal of go30 (0 to slaughterhouses). For the country and exclusion queries: go01 names
only New Zealand; go02 only France; go03 only Chile; go04 only Australia; go05 only Senegal; go06
only Argentina; go07 Canada (eastern North America as a region); go08 Switzerland (the Tessin and
the north of the Alps); go09 Spain (the European Union and other parts of Europe, naming no other
country); go10 Kenya (southern Africa as a region); go11 Guadeloupe (the Antilles and southern
Africa as regions); go12 only Mexico; go13 only Brazil; go14 only French Guiana; go15 only Colombia;
go16 Ireland (continental Europe and Asia as regions); go17 only France; go18 only Spain; go19 the
United Kingdom (Scotland); go20 only France; go21 only Spain; go22 only Kenya; go23 only Burkina
Faso; go24 only Mexico; go25 only South Africa; go26 only France; go27 only Spain; go28 only
Australia; go29 Niger (the coastal countries as a region, naming none); go30 only Argentina.

Ids (go01..go30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., gk01..gk30,
gl01..gl30), nor with those of records162.py (gm01..gm30), records163.py (gn01..gn30) and
records165.py (gp01..gp30), written at the same time, and no earlier id starts with "go".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- kiwifruit bacterial canker (Psa, Pseudomonas syringae pv. actinidiae) --------------------
    ("go01", "case-study", "en",
     "Case study: Psa and New Zealand's kiwifruit orchards, from the 2010 incursion to a tolerant "
     "gold variety",
     "Psa, short for Pseudomonas syringae pv. actinidiae, is the bacterium behind bacterial "
     "canker of kiwifruit. It causes angular leaf spots, browned flower buds and cankers that "
     "ooze a red-brown exudate from canes and trunks, and it can kill whole vines. When a "
     "virulent strain was found in an orchard near Te Puke, in the Bay of Plenty, in November "
     "2010, it spread within two seasons to most kiwifruit-growing districts of the North Island "
     "and wiped out much of the susceptible gold variety. This case study, written by a "
     "university agribusiness group with the industry's biosecurity body, follows the response: "
     "movement controls on budwood, plants and pollen, orchard hygiene and the sterilising of "
     "pruning tools, protective copper sprays timed to weather risk, cutting out infected canes, "
     "and the switch to a more tolerant gold cultivar grafted onto existing rootstocks. It puts "
     "numbers on orchard losses, land values and the recovery of exports. Frost protection and "
     "the beehives hired for pollination are mentioned only in passing.",
     ("Psa", "bacterial canker of kiwifruit", "kiwifruit", "biosecurity", "case studies"),
     ("NZ",), "2024-11"),
    ("go02", "document", "fr",
     "Guide : reconnaître et contenir le chancre bactérien du kiwi dans les vergers de l'Adour",
     "Le chancre bactérien du kiwi, dû à la bactérie Pseudomonas syringae pv. actinidiae (Psa), "
     "est présent dans les vergers français depuis 2010. Il se signale au printemps par des "
     "taches anguleuses entourées d'un halo jaune sur les feuilles, des boutons floraux brunis "
     "et, sur les cannes et le tronc, des chancres qui suintent un exsudat rouge orangé ; les "
     "lianes les plus atteintes dépérissent. Ce guide de la chambre d'agriculture, rédigé avec "
     "une station d'expérimentation fruitière et l'organisation de producteurs du kiwi de "
     "l'Adour, s'adresse aux arboriculteurs des Landes et des Pyrénées-Atlantiques : repérage "
     "lors des tours de verger, désinfection des sécateurs entre chaque pied, taille par temps "
     "sec et brûlage des bois coupés, protection cuprique après les gelées, la grêle et les coups "
     "de vent qui blessent les lianes, achat de plants certifiés et de pollen contrôlé, "
     "déclaration des foyers. Les variétés à chair verte y sont moins sensibles que les jaunes. "
     "Les dépérissements dus à l'asphyxie racinaire ne sont pas traités.",
     ("chancre bactérien du kiwi", "Psa", "kiwi", "arboriculture fruitière", "guides"),
     ("FR",), "2024-03"),
    ("go03", "need", "es",
     "Necesidad: diagnóstico de Psa y plantas sanas para los huertos de kiwi del Maule",
     "El cancro bacteriano del kiwi, causado por Pseudomonas syringae pv. actinidiae (Psa), se "
     "detectó en Chile en 2010 y hoy está presente en casi todas las zonas productoras, de "
     "O'Higgins al Biobío. En el Maule, donde se concentra buena parte de la superficie plantada, "
     "los productores medianos y pequeños de Curicó, Talca y Linares ven cada primavera brotes "
     "secos, manchas en las hojas y exudados rojizos en los troncos, sobre todo después de las "
     "heladas. Una asociación gremial de exportadores, la universidad regional y el servicio "
     "agrícola y ganadero piden apoyo para equipar un laboratorio de diagnóstico molecular que "
     "analice muestras de hojas, yemas y polen, instalar una red de estaciones meteorológicas que "
     "avise de los días de riesgo, certificar viveros libres de la bacteria y capacitar a "
     "podadores y temporeros en la desinfección de las herramientas. Los cerezos y los arándanos "
     "del mismo territorio no forman parte de la solicitud.",
     ("cancro bacteriano del kiwi", "Psa", "kiwi", "sanidad vegetal", "necesidades"),
     ("CL",), "2025-01"),
    # --- citrus canker (Xanthomonas citri) --------------------------------------------------------
    ("go04", "document", "en",
     "Final report: eradicating citrus canker from the Northern Territory and Western Australia, "
     "2018-2021",
     "Citrus canker, caused by the bacterium Xanthomonas citri subsp. citri, raises corky, "
     "crater-like lesions ringed by a yellow halo on the leaves, fruit and twigs of lemons, "
     "limes, grapefruit, oranges and mandarins, makes fruit drop early and closes export markets. "
     "It spreads in wind-driven rain, on pruning tools and in infected nursery stock. In 2018 it "
     "was found on plants sold by retail nurseries in Darwin, and infected plants traced to "
     "Western Australia were destroyed around Kununurra and Broome. This final report of the "
     "national response, prepared by the federal agriculture department with the two "
     "jurisdictions and the citrus growers' body, describes the destruction of host plants in "
     "backyards and nurseries within declared zones, the ban on moving citrus plants, the "
     "surveillance of thousands of properties, the compensation paid and the proof-of-freedom "
     "surveys that allowed eradication to be declared. Huanglongbing and its psyllid, absent from "
     "the country, are dealt with in another plan.",
     ("citrus canker", "Xanthomonas citri", "citrus", "pest eradication", "plant biosecurity"),
     ("AU",), "2022-05"),
    ("go05", "dataset", "fr",
     "Chancre citrique au Sénégal : prospections des vergers d'agrumes et des pépinières, "
     "2010-2024",
     "Le chancre citrique, ou chancre bactérien des agrumes, est causé par Xanthomonas citri pv. "
     "citri. Il forme sur les feuilles, les rameaux et les fruits des lésions liégeuses en "
     "relief, entourées d'un halo jaune, et fait tomber les feuilles et les fruits ; le "
     "limettier, qui donne le citron vert, y est particulièrement sensible. Signalé au Sénégal "
     "vers 2010, il a été retrouvé dans les vergers des Niayes, de la région de Thiès et de la "
     "Casamance. Ce jeu de données de la direction de la protection des végétaux et d'un institut "
     "de recherche agricole réunit les prospections menées chaque année : verger ou pépinière "
     "visité, coordonnées, espèces et variétés d'agrumes, nombre d'arbres inspectés, symptômes, "
     "échantillons confirmés au laboratoire et souches caractérisées. Il ajoute la liste des "
     "pépinières agréées et les mouvements de plants contrôlés. Les mouches des fruits et les "
     "mangues, suivies par d'autres réseaux, ne figurent pas dans les données.",
     ("chancre citrique", "Xanthomonas citri", "agrumes", "santé des végétaux", "jeux de données"),
     ("SN",), "2024-09"),
    ("go06", "event", "es",
     "Jornada técnica: manejo de la cancrosis de los cítricos en los montes de naranja y "
     "mandarina del río Uruguay",
     "La cancrosis de los cítricos, causada por la bacteria Xanthomonas citri subsp. citri, "
     "produce en hojas, ramas y frutos manchas corchosas rodeadas de un halo amarillo, hace caer "
     "la fruta y limita la exportación de fruta fresca a los mercados más exigentes. En el "
     "noreste argentino es endémica desde hace décadas, y los productores de Concordia, "
     "Federación y Monte Caseros conviven con ella. Esta jornada técnica, organizada por la "
     "estación experimental del instituto de tecnología agropecuaria, el servicio nacional de "
     "sanidad y la federación citrícola, repasará el manejo integrado: cortinas rompevientos de "
     "casuarina y eucalipto, aplicaciones de cobre después de las lluvias con viento, control del "
     "minador de la hoja, que abre las heridas por donde entra la bacteria, variedades menos "
     "sensibles, y los protocolos de empaque y certificación de los envíos. Habrá una recorrida "
     "por un monte de mandarinas en Chajarí. El HLB, presente en otras provincias, tiene su "
     "propia jornada.",
     ("cancrosis de los cítricos", "Xanthomonas citri", "cítricos", "sanidad vegetal", "eventos"),
     ("AR",), "2025-04"),
    # --- Japanese beetle (Popillia japonica) ------------------------------------------------------
    ("go07", "project", "en",
     "Project: eradicating the Japanese beetle from Vancouver's False Creek neighbourhoods",
     "The Japanese beetle, Popillia japonica, is a metallic green and copper scarab whose adults "
     "skeletonise the leaves of more than 300 plants, from roses, grapes and fruit trees to "
     "maples, soybeans and corn, while its white grubs eat the roots of lawns and turf. Common in "
     "eastern North America, it had never become established in British Columbia until adults "
     "were trapped near False Creek in Vancouver in 2017. This project of the federal food "
     "inspection agency, the provincial agriculture ministry and the city treats lawns and "
     "boulevards in the infested blocks with a reduced-risk larvicide, sets hundreds of pheromone "
     "and floral lure traps, and enforces a regulated area from which soil, sod, plants with soil "
     "and yard waste may not leave without a permit, with drop-off sites for residents' garden "
     "waste. Trap counts fell from thousands of beetles to a few dozen. The European chafer, "
     "another turf grub that crows and raccoons dig up in the same lawns, is not a target.",
     ("Japanese beetle", "Popillia japonica", "invasive insects", "plant protection", "projects"),
     ("CA",), "2024-06"),
    ("go08", "need", "fr",
     "Besoin : un réseau de pièges contre le scarabée japonais dans les cantons romands",
     "Le scarabée japonais (Popillia japonica), un coléoptère vert métallisé aux élytres cuivrés "
     "qui porte cinq touffes de poils blancs de chaque côté de l'abdomen, est un organisme de "
     "quarantaine prioritaire. Les adultes dévorent le feuillage et les fruits de la vigne, des "
     "arbres fruitiers, du maïs, du soja et de centaines d'autres plantes, et ses larves, des "
     "vers blancs, détruisent les racines des gazons. Installé au Tessin depuis 2017, il a été "
     "trouvé ces dernières années au nord des Alpes, près de gares, d'aéroports et d'aires "
     "d'autoroute. Les services phytosanitaires de Vaud, de Genève et du Valais, avec une haute "
     "école d'agronomie et les associations de vignerons, demandent un appui pour poser et "
     "relever des pièges à phéromone et à attractif floral le long des axes de transport, former "
     "les jardiniers des communes, des golfs et des terrains de sport, tester des nématodes et un "
     "champignon entomopathogènes contre les larves et informer le public. Le hanneton commun, "
     "dont les vers blancs abîment aussi les prairies, n'est pas concerné.",
     ("scarabée japonais", "Popillia japonica", "organismes de quarantaine", "vigne", "besoins"),
     ("CH",), "2025-03"),
    ("go09", "document", "es",
     "Plan de contingencia frente al escarabajo japonés (Popillia japonica)",
     "El escarabajo japonés, Popillia japonica, es un coleóptero de unos diez milímetros, verde "
     "metálico con élitros cobrizos, que figura entre las plagas prioritarias de la Unión "
     "Europea. Los adultos se alimentan de hojas, flores y frutos de la vid, los frutales, el "
     "maíz, la soja, los rosales y muchas especies del arbolado urbano, y sus larvas, gusanos "
     "blancos en forma de C, devoran las raíces de praderas y céspedes. Todavía no se ha "
     "detectado en España, pero avanza por otras partes de Europa. Este plan del ministerio de "
     "agricultura, acordado con las comunidades autónomas, fija la vigilancia con trampas de "
     "feromona en puertos, aeropuertos, viveros, centros de jardinería, campos de golf y áreas de "
     "servicio de las autopistas, los pasos que hay que seguir ante una captura, la delimitación "
     "de la zona infestada y de la zona tampón, los tratamientos y las restricciones al "
     "movimiento de plantas con tierra y de césped en tepe. Las larvas del sanjuanero y de otros "
     "escarabajos autóctonos no son objeto del plan.",
     ("escarabajo japonés", "Popillia japonica", "plagas prioritarias", "vigilancia fitosanitaria",
      "planes de contingencia"),
     ("ES",), "2024-10"),
    # --- Boer goats -------------------------------------------------------------------------------
    ("go10", "project", "en",
     "Project: Boer goat bucks and community breeding for pastoralist flocks in Isiolo",
     "The Boer goat, bred by farmers in southern Africa from local and imported goats in the "
     "early twentieth century, is a large, fast-growing meat goat with a white body and a "
     "red-brown head. Crossed with the Small East African and Galla goats of Kenya's drylands, it "
     "can add several kilograms of carcass weight per kid. This project of a county livestock "
     "department, a pastoralist development organisation and a national livestock research "
     "institute runs three buck stations in Isiolo County, where herders bring their does to "
     "purebred and half-bred Boer bucks, and trains community breeding committees to keep simple "
     "records, rotate bucks, avoid inbreeding and keep back the hardiest local does. It compares "
     "the growth, survival through droughts, water needs and prices of crossbred and local kids "
     "at the county's livestock markets. Vaccination against peste des petits ruminants is "
     "offered at each station; camels and cattle are outside the project.",
     ("Boer goats", "meat goats", "crossbreeding", "pastoralism", "projects"),
     ("KE",), "2024-07"),
    ("go11", "case-study", "fr",
     "Étude de cas : boucs Boer et cabris créoles dans les élevages caprins de Guadeloupe",
     "En Guadeloupe, le cabri, comme on appelle la chèvre aux Antilles, est élevé au piquet ou en "
     "petits troupeaux pour une viande très demandée, notamment pour le colombo de cabri. La "
     "chèvre Créole locale, petite et prolifique, résiste à la chaleur et aux strongles, ces vers "
     "parasites du tube digestif, mais grandit lentement. Depuis les années 2000, des éleveurs "
     "importent des boucs de race Boer, une race à viande sélectionnée en Afrique australe, pour "
     "produire des cabris croisés plus lourds. Cette étude de cas d'un institut de recherche "
     "agronomique et de la coopérative caprine compare, sur dix ans et dans trente élevages, la "
     "croissance, la mortalité, le parasitisme, la fertilité et le revenu des troupeaux de "
     "Créoles purs, de croisés Boer et de troupeaux revenus à la race locale, et décrit le schéma "
     "de sélection de la chèvre Créole. Les chiens errants, première cause de pertes dans "
     "certains élevages, ne sont évoqués qu'en passant.",
     ("chèvres Boer", "cabris", "chèvre Créole", "élevage caprin", "études de cas"),
     ("GP",), "2024-02"),
    ("go12", "dataset", "es",
     "Cabras Boer y sus cruzas en el noreste de México: pesos, partos y ventas de cabrito, "
     "2012-2024",
     "La cabra Boer, raza de carne de capa blanca y cabeza café rojiza, se difundió en México "
     "desde los años noventa para mejorar los rebaños criollos que producen el cabrito, platillo "
     "tradicional de Monterrey y de todo el noreste. Este conjunto de datos de una asociación de "
     "criadores de caprinos de registro y de la facultad de agronomía de una universidad pública "
     "reúne los registros de unos 180 rebaños de Nuevo León, Coahuila y Tamaulipas: raza o cruza "
     "de los animales (Boer pura, Boer por criolla, Boer por Nubia), pesos al nacer, al destete y "
     "a la venta, partos por año, prolificidad, mortalidad de los cabritos, uso de agostadero o "
     "de corral y precios del cabrito en pie. Sirve a los programas de apoyo que entregan "
     "sementales. La producción de leche de cabra de la Comarca Lagunera se registra aparte.",
     ("cabras Boer", "caprinos de carne", "cabrito", "mejoramiento genético", "conjuntos de datos"),
     ("MX",), "2025-02"),
    # --- Amazonian dark earths (terra preta) ------------------------------------------------------
    ("go13", "dataset", "en",
     "Amazonian dark earths of the central Amazon: soil profiles, charcoal and pottery from terra "
     "preta sites",
     "Terra preta, or Amazonian dark earth, is a black, fertile soil found in patches of a few "
     "hectares to hundreds of hectares along the rivers of the Amazon basin, in the middle of the "
     "region's pale, acid and poor soils. It formed over centuries at the settlements of "
     "pre-Columbian peoples from charcoal, ash, bones, fish remains, pottery and household waste, "
     "and it still holds far more phosphorus, calcium and stable carbon than the surrounding "
     "ground; farmers seek it out for manioc, maize, papaya and vegetables. This dataset of a "
     "federal research institute and two universities gathers more than 400 sampled sites around "
     "Manaus and along the Solimões, Madeira and Tapajós rivers: location, area, depth of the "
     "dark layer, soil chemistry, charcoal content, pottery fragments and radiocarbon dates, with "
     "the lighter brown terra mulata that surrounds some sites. Modern biochar trials inspired by "
     "these soils are recorded elsewhere.",
     ("Amazonian dark earths", "terra preta", "anthropogenic soils", "soil carbon", "datasets"),
     ("BR",), "2024-08"),
    ("go14", "project", "fr",
     "Projet : inventorier et protéger les terres noires amérindiennes des abattis de Guyane",
     "Les terres noires amazoniennes, que les chercheurs appellent aussi terra preta, sont des "
     "sols sombres et fertiles nés de l'occupation des villages amérindiens avant l'arrivée des "
     "Européens : charbon de bois, cendres, tessons de céramique, os et déchets s'y sont "
     "accumulés pendant des siècles. On en trouve en Guyane le long du Maroni, de l'Oyapock et de "
     "l'Approuague, souvent sous des abattis encore cultivés. Ce projet d'un service régional "
     "d'archéologie, d'un laboratoire de science du sol et de familles wayãpi, teko et kali'na "
     "cartographie ces sols, les date, compare leur fertilité et le rendement du manioc amer avec "
     "ceux des sols voisins, et recueille ce que les cultivateurs en savent. Il prépare des "
     "règles pour que les travaux de pistes et l'orpaillage ne les détruisent pas. Les champs "
     "surélevés des savanes côtières relèvent d'un autre programme.",
     ("terres noires amazoniennes", "terra preta", "sols anthropiques", "abattis", "projets"),
     ("GF",), "2025-01"),
    ("go15", "case-study", "es",
     "Estudio de caso: las tierras negras de Araracuara y las chagras del medio Caquetá",
     "En la Amazonía colombiana, entre los suelos arcillosos y ácidos del bosque, aparecen "
     "manchas de una tierra negra muy fértil, llamada también tierra negra de indio o terra "
     "preta, que se formó durante siglos en los antiguos asentamientos indígenas a partir de "
     "carbón, ceniza, restos de pescado y de cacería y fragmentos de cerámica. En Araracuara y en "
     "otras comunidades del medio río Caquetá, las familias uitoto, muinane y andoque saben "
     "reconocerla y la buscan para sembrar en sus chagras maíz, tabaco, ají y frutales que no "
     "prosperan en el monte. Este estudio de caso, elaborado por un instituto de investigación "
     "amazónica con las autoridades indígenas, compara la producción, la duración de las chagras "
     "y los tiempos de descanso en tierra negra y en los suelos comunes, y recoge las reglas "
     "tradicionales sobre su uso. La minería ilegal de oro en el río solo se menciona de paso.",
     ("tierras negras amazónicas", "terra preta", "suelos antrópicos", "chagras",
      "estudios de caso"),
     ("CO",), "2024-05"),
    # --- periwinkles (Littorina littorea) ---------------------------------------------------------
    ("go16", "need", "en",
     "Need: stock surveys and a minimum size for periwinkle picking on Ireland's west coast",
     "Periwinkles, Littorina littorea, the small dark sea snails that people along the coast call "
     "winkles, are picked by hand at low tide from rocky shores and sold live, mostly to buyers "
     "who export them to continental Europe and Asia. In Galway, Mayo, Donegal and Kerry, picking "
     "is open to anyone and gives a seasonal income to thousands of people, but there is no "
     "licence, no closed season and no legal minimum size, and pickers report that winkles have "
     "grown scarcer and smaller on the shores nearest the roads. A coastal community network, a "
     "marine research institute and the sea fisheries agency ask for support to survey the stocks "
     "on fifty shores, set up a register of pickers and buyers, test a minimum size of 16 "
     "millimetres with riddles that let small winkles fall back onto the shore, and train buyers "
     "in the health certificates required for live shellfish. Seaweed harvesting on the same "
     "shores is dealt with elsewhere.",
     ("periwinkles", "winkles", "Littorina littorea", "shore gathering", "needs"),
     ("IE",), "2024-09"),
    ("go17", "dataset", "fr",
     "Bigorneaux des côtes de la Manche : captures des pêcheurs à pied professionnels et tailles, "
     "2014-2024",
     "Le bigorneau (Littorina littorea), petit escargot de mer que l'on appelle aussi vignot en "
     "Normandie, se ramasse à la main à marée basse sur les platiers rocheux et les champs de "
     "blocs. Sur les côtes de la Manche et de l'Ille-et-Vilaine, quelques centaines de pêcheurs à "
     "pied professionnels titulaires d'un permis en vivent une partie de l'année ; la taille "
     "minimale est de 15 millimètres et les coquillages sont vendus vivants aux mareyeurs. Ce jeu "
     "de données du comité régional des pêches et d'un laboratoire de biologie marine réunit les "
     "déclarations de captures par gisement et par mois, le nombre de pêcheurs actifs, les "
     "mesures de taille faites lors des contrôles et les comptages de densité menés chaque année "
     "sur vingt gisements de référence, de Granville à Cancale. Il signale aussi les zones "
     "fermées pour raison sanitaire. Les coques, les palourdes et les ormeaux, pêchés sur les "
     "mêmes estrans, font l'objet d'autres suivis.",
     ("bigorneaux", "Littorina littorea", "pêche à pied professionnelle", "gisements",
      "jeux de données"),
     ("FR",), "2025-02"),
    ("go18", "project", "es",
     "Proyecto: primer plan de explotación del bígaro en las cofradías de Cantabria",
     "El bígaro (Littorina littorea), que en Cantabria llaman mincha, es un pequeño caracol "
     "marino que se recoge a mano en las rocas del intermareal y se vende cocido en bares y "
     "mercados. Su recogida profesional exige un permiso de marisqueo a pie, pero las "
     "inspecciones descubren cada verano capturas furtivas y bígaros por debajo de la talla "
     "mínima. Este proyecto de la dirección general de pesca del gobierno regional, de las "
     "cofradías de pescadores de Santoña, Laredo y San Vicente de la Barquera y de un centro "
     "oceanográfico prepara el primer plan de explotación del bígaro: cartografía de los bancos, "
     "muestreos de densidad y de tallas, cupos diarios por mariscador, vedas durante la puesta, "
     "puntos de primera venta con trazabilidad y campañas para los recolectores de fin de semana. "
     "Incluye formación en seguridad en las rocas. Las almejas y los percebes tienen sus propios "
     "planes.",
     ("bígaros", "minchas", "Littorina littorea", "marisqueo a pie", "proyectos"),
     ("ES",), "2024-11"),
    # --- shepherd schools -------------------------------------------------------------------------
    ("go19", "support-source", "en",
     "Offer: funded places at a hill shepherd school for new entrants in the Scottish Borders",
     "Hill farms in Scotland struggle to find shepherds: many of those who work the flocks on the "
     "open hill are near retirement, and young people without a farming background rarely get a "
     "start. A shepherd school run by an agricultural college, a sheep breeders' association and "
     "a group of hill farms offers twelve funded places each year to people aged 18 to 35. The "
     "course lasts a year: a month of classes on sheep health, feeding, lambing, foot care, "
     "shearing and handling facilities, then placements on hill and upland farms where trainees "
     "learn to gather the hill with a working sheepdog, tag and record the flock, and care for "
     "ewes at lambing under an experienced shepherd. Trainees receive a wage, accommodation, a "
     "sheepdog training course and a recognised certificate, and the school helps them find a "
     "first post. Grant schemes for buying land or taking on a farm tenancy are outside the "
     "offer.",
     ("shepherd schools", "shepherding", "new entrants", "sheep farming", "offers"),
     ("GB",), "2025-01"),
    ("go20", "event", "fr",
     "Portes ouvertes de l'école de bergers : découvrir la formation au métier de berger d'alpage",
     "Chaque été, les alpages et les estives cherchent des bergers et des bergères pour garder "
     "des troupeaux de brebis, souvent plus de mille bêtes, de juin à octobre. L'école de bergers "
     "d'un centre de formation agricole de Provence forme chaque année une vingtaine d'adultes en "
     "reconversion au métier de berger salarié : conduite du troupeau au chien, soins aux "
     "animaux, parage des onglons, gestion de l'herbe, protection contre le loup avec les chiens "
     "de protection et les parcs de nuit, vie en cabane, secourisme en montagne. L'alternance se "
     "fait entre la bergerie du domaine, les parcours de Crau et les alpages. Lors de cette "
     "journée portes ouvertes, anciens élèves, éleveurs employeurs et formateurs présenteront les "
     "épreuves de sélection, le financement de la formation, les contrats de berger et les "
     "conditions de logement en alpage. Une démonstration de chiens de conduite est prévue.",
     ("école de bergers", "bergers", "alpages", "formation agricole", "événements"),
     ("FR",), "2025-05"),
    ("go21", "case-study", "es",
     "Estudio de caso: quince años de la escuela de pastores del Pirineo de Lleida",
     "La escuela de pastores que una fundación rural, el departamento de agricultura y las "
     "cooperativas ganaderas pusieron en marcha en el Pirineo de Lleida en 2009 nació para "
     "relevar a una generación de pastores sin sucesores. Cada curso combina tres meses de clases "
     "prácticas, sobre manejo y sanidad del rebaño, alimentación, esquileo, elaboración de queso, "
     "pastos de montaña y gestión de una explotación, con cinco meses de estancia en casas de "
     "pastores que acogen a los alumnos en sus rebaños de ovejas, cabras o vacas. Este estudio de "
     "caso sigue a los 180 alumnos que pasaron por la escuela: cuántos trabajan hoy como pastores "
     "asalariados o tienen rebaño propio, cuántas son mujeres, qué dificultades encontraron para "
     "acceder a la tierra, a los pastos comunales y a la vivienda, y qué papel tuvieron los "
     "bancos de tierras y las ayudas a la incorporación de jóvenes. Los ataques de lobo y de oso "
     "se mencionan de paso.",
     ("escuela de pastores", "pastores", "relevo generacional", "ganadería extensiva",
      "estudios de caso"),
     ("ES",), "2024-04"),
    # --- brewers' spent grain ---------------------------------------------------------------------
    ("go22", "support-source", "en",
     "Offer: brewers' spent grain deliveries and silage training for dairy farmers around Nairobi",
     "Brewers' spent grain, the wet husks and grain left after malted barley and sorghum are "
     "mashed and the sweet wort drained off, is a cheap, protein-rich feed that smallholder dairy "
     "farmers around Nairobi know as machicha. Fed fresh it raises milk yields, but it is "
     "three-quarters water, sours and grows mould within two or three days in the heat, and some "
     "traders sell it mixed with sand or from stale batches. A large brewery, a dairy cooperative "
     "union and a county livestock office offer member farmers in Kiambu and Murang'a scheduled "
     "deliveries of fresh spent grain at a fixed price per tonne, training in ensiling it in "
     "airtight bags or pits with molasses so that it keeps for months, and rations that balance "
     "it with Napier grass and minerals. They test stored batches for mycotoxins. The brewery's "
     "spent yeast and wastewater are handled separately.",
     ("brewers' spent grain", "machicha", "dairy feed", "silage", "offers"),
     ("KE",), "2024-10"),
    ("go23", "need", "fr",
     "Besoin : sécher et valoriser les drêches de dolo des dolotières de Bobo-Dioulasso",
     "Le dolo, bière traditionnelle de sorgho rouge, est brassé chaque jour par des milliers de "
     "femmes, les dolotières, dans les cabarets des quartiers de Bobo-Dioulasso et des villages "
     "alentour. Après la cuisson et la filtration du moût, il reste des drêches, un résidu humide "
     "de sorgho germé qu'elles donnent ou vendent à bas prix aux éleveurs de porcs, mais qui "
     "fermente et se perd en quelques jours, surtout en saison chaude. Une union de dolotières, "
     "un centre de recherche en technologie alimentaire et une ONG d'appui aux femmes demandent "
     "du matériel et un accompagnement pour sécher les drêches au soleil sur claies et dans un "
     "séchoir à biomasse, les moudre, analyser leur valeur nutritive et leur contamination "
     "éventuelle par des moisissures, et les vendre en sacs aux aviculteurs, aux éleveurs et à "
     "des biscuiteries. Les foyers améliorés qui réduiraient le bois de chauffe du brassage "
     "relèvent d'un autre projet.",
     ("drêches de brasserie", "dolo", "sous-produits agroalimentaires", "alimentation animale",
      "besoins"),
     ("BF",), "2024-12"),
    ("go24", "document", "es",
     "Guía: aprovechar el bagazo cervecero de las cervecerías artesanales de Baja California",
     "El bagazo cervecero, también llamado bagazo de malta, es el grano de cebada malteada que "
     "queda en la olla de maceración después de extraer el mosto: por cada litro de cerveza "
     "quedan unos 200 gramos de bagazo húmedo, rico en fibra y en proteína. En Tijuana, Ensenada "
     "y Mexicali, las decenas de cervecerías artesanales lo tiran muchas veces a la basura o lo "
     "regalan a ganaderos que no siempre pasan a recogerlo. Esta guía de una asociación de "
     "cerveceros, la secretaría estatal del campo y una universidad explica cómo separarlo y "
     "escurrirlo, enfriarlo y guardarlo sin que se eche a perder, qué cantidades dar a vacas "
     "lecheras, cerdos y gallinas, cómo secarlo y molerlo en harina para panaderías y galletas, "
     "cómo compostarlo y qué registros sanitarios hacen falta para venderlo. El lúpulo gastado y "
     "la levadura residual se tratan en un anexo.",
     ("bagazo cervecero", "cervecerías artesanales", "subproductos",
      "pérdida y desperdicio de alimentos", "guías"),
     ("MX",), "2025-03"),
    # --- porcini (Boletus edulis) -----------------------------------------------------------------
    ("go25", "need", "en",
     "Need: permits and picker training for the porcini harvest in the pine plantations of the "
     "Western Cape",
     "Porcini, the king bolete Boletus edulis, arrived in South Africa with the European pines "
     "planted for timber, and after the autumn rains it fruits in great numbers under the pine "
     "plantations of the Western Cape. Fresh or dried, porcini fetch high prices from restaurants "
     "and exporters, and the harvest gives seasonal work to people from nearby towns. But picking "
     "is loosely controlled: plantation companies and the provincial conservation agency report "
     "pickers without permits, trampled young plantations, fires lit in the forest and unsafe "
     "lookalikes sold at roadsides. A pickers' association, two plantation companies and a "
     "university mycology group ask for support to set up a simple system of permits and "
     "landowner agreements, train pickers in identification, in cutting rather than pulling and "
     "in clean handling, record harvests per compartment, and certify drying units for export. "
     "Pines spreading into the fynbos are a separate issue.",
     ("porcini", "Boletus edulis", "edible fungi", "pine plantations", "needs"),
     ("ZA",), "2024-06"),
    ("go26", "document", "fr",
     "Guide : la cueillette des cèpes dans les forêts publiques du Limousin",
     "Le cèpe de Bordeaux (Boletus edulis) et ses proches, le cèpe des pins, le cèpe d'été et le "
     "cèpe bronzé, font chaque automne le bonheur des cueilleurs du Limousin, et certains "
     "ramasseurs en vendent des dizaines de kilos par jour aux négociants et sur les marchés aux "
     "cèpes. Dans les forêts domaniales et communales, l'office national des forêts et les "
     "communes limitent désormais la cueillette : cinq litres par personne et par jour pour les "
     "particuliers, autorisation écrite et contrat pour les ramasseurs professionnels, parcelles "
     "en régénération interdites. Ce guide, rédigé avec une société mycologique et les "
     "pharmaciens de la région, rappelle ces règles et explique comment reconnaître les cèpes "
     "sans les confondre avec le bolet de Satan ou le bolet amer, couper le pied plutôt que "
     "l'arracher, ne jamais utiliser de râteau, transporter les champignons dans un panier aéré "
     "et les faire vérifier en cas de doute. Les truffes et les girolles ne sont pas traitées.",
     ("cèpes", "Boletus edulis", "cueillette des champignons", "forêts publiques", "guides"),
     ("FR",), "2024-08"),
    ("go27", "event", "es",
     "Jornadas técnicas: la regulación micológica y la campaña del boletus en los pinares de "
     "Soria",
     "En los pinares de Soria y del sur de Burgos, el Boletus edulis y sus parientes, el Boletus "
     "pinophilus y el Boletus aereus, que en la comarca se conocen sin más como hongos o boletus, "
     "mueven cada otoño a miles de recolectores y a decenas de empresas que los compran, los "
     "congelan o los desecan. Desde hace años la recolección en los montes de utilidad pública "
     "está regulada: permisos para vecinos, turistas y recolectores comerciales, cupos diarios, "
     "parcelas acotadas, puntos de control y una marca de garantía para las setas de origen "
     "conocido. Estas jornadas técnicas, organizadas por el servicio forestal autonómico, una "
     "asociación de municipios micológicos y un centro de investigación forestal, repasarán los "
     "datos de producción y de permisos de la última campaña, la relación entre la lluvia y las "
     "cosechas, la selvicultura que favorece a los hongos, el control de la recolección ilegal y "
     "el turismo micológico. La trufa negra tiene su propio programa.",
     ("boletus", "Boletus edulis", "regulación micológica", "montes de utilidad pública",
      "eventos"),
     ("ES",), "2024-10"),
    # --- livestock markets (saleyards, marchés à bétail, mercados de hacienda) --------------------
    ("go28", "dataset", "en",
     "Saleyards of New South Wales: cattle, sheep and lamb yardings, prices and facilities, "
     "2010-2024",
     "Most of Australia's cattle, sheep and lambs change hands at livestock markets, the "
     "saleyards, where agents auction them in pens on sale days to feedlots, processors, "
     "restockers and other producers. New South Wales has some sixty saleyards, from large "
     "regional selling centres such as Wagga Wagga, Dubbo and Tamworth to small yards that hold a "
     "few sales a year, most of them owned by local councils. This dataset of the state "
     "agriculture department and a livestock market information service gathers the weekly "
     "yardings by saleyard and category, the prices per kilogram, the share of stock sold online "
     "instead of through the yards, and each yard's facilities: selling pens, roofing, truck "
     "wash, effluent system, scales and welfare inspections. It is used to plan upgrades and the "
     "closure of little-used yards. The electronic ear tags scanned at each sale feed a separate "
     "national traceability database.",
     ("saleyards", "livestock markets", "livestock auctions", "cattle and sheep", "datasets"),
     ("AU",), "2025-01"),
    ("go29", "need", "fr",
     "Besoin : aménager les marchés à bétail du nord de la région de Tahoua",
     "Au Niger, les animaux des éleveurs nomades et transhumants sont vendus chaque semaine sur "
     "des marchés à bétail, des petits marchés de collecte de brousse aux grands marchés de "
     "regroupement d'où partent, à pied ou en camion, les bovins, les moutons, les chèvres et les "
     "dromadaires destinés aux grandes villes et aux pays côtiers. Dans le nord de la région de "
     "Tahoua, la plupart de ces marchés ne sont qu'une place nue : pas de clôture, pas de point "
     "d'eau, pas de quai d'embarquement ni de bascule, des taxes perçues sans reçu, et des "
     "intermédiaires, les dillali, qui fixent seuls les prix. Les communes, une association "
     "d'éleveurs et une ONG de développement pastoral demandent un appui pour clôturer et équiper "
     "quatre marchés, y installer des abreuvoirs, des parcs de nuit et un poste vétérinaire, "
     "afficher les prix relevés chaque semaine, former les comités de gestion et tenir une "
     "comptabilité transparente des taxes. Les vols de bétail sur les pistes ne sont cités qu'en "
     "passant.",
     ("marchés à bétail", "commercialisation du bétail", "pastoralisme",
      "infrastructures pastorales", "besoins"),
     ("NE",), "2024-11"),
    ("go30", "case-study", "es",
     "Estudio de caso: de Liniers a Cañuelas, el traslado del mayor mercado de hacienda del país",
     "Durante más de un siglo, el Mercado de Liniers, en la ciudad de Buenos Aires, fue el gran "
     "mercado de hacienda de la Argentina: allí llegaban cada día camiones jaula con miles de "
     "novillos, vaquillonas y vacas que las casas consignatarias remataban a frigoríficos y "
     "matarifes, y sus precios servían de referencia a toda la ganadería. Las quejas de los "
     "vecinos por los olores, el tránsito y el estiércol llevaron en 2022 a su traslado a un "
     "nuevo mercado agroganadero en Cañuelas, en la provincia de Buenos Aires. Este estudio de "
     "caso de una universidad nacional y un instituto de economía agraria analiza el traslado: "
     "corrales techados, bebederos, balanzas y rampas nuevas, bienestar animal y tiempos de "
     "descarga, volúmenes y precios antes y después, el peso creciente de los remates por "
     "pantalla y en línea, y el destino del predio de Liniers. La faena en los frigoríficos queda "
     "fuera del estudio.",
     ("mercados de hacienda", "remates ganaderos", "comercialización de ganado", "bienestar animal",
      "estudios de caso"),
     ("AR",), "2024-09"),
)  # fmt: skip
