"""Clearing-house records of the eighty-fifth judged relevance set
(tests/search/relevance/queries85.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on howler monkeys (the Community Baboon Sanctuary, where Belizeans
call the black howler the baboon; the singes hurleurs roux, the babounes of French Guiana, around
the lake of Petit-Saut; a need for the saraguatos of Tabasco and Chiapas struck by the heat of
2024); on coyotes (twenty-five years of radio collars in Chicago; a Montréal guide to living with
the coyote; the coyote reaching the Darién, not to be confused with the coyotes who take migrants
across it); on moriche palms, Mauritia flexuosa (the palm swamp forest of the Nariva Swamp in
Trinidad; the palmiers bâches of the coastal savannas and marshes of French Guiana; a need to
harvest the aguaje of the aguajales of Loreto without felling the palms); on agaves (Palmer's agave
and the nectar bats of the Sky Islands, with the bacanora of Sonora; the agaves d'Amérique pulled
from the cliffs of Port-Cros and Porquerolles; the maguey papalote and the wild mezcal of
Guerrero); on butterfly farming (Kipepeo on the edge of the Arabuko-Sokoke forest in Kenya; a guide
for the village groups of Andasibe that sell chrysalides to the serres à papillons; an offer of
training from the mariposarios of Costa Rica); on geese (barnacle and Greenland white-fronted geese
on Islay; the grandes oies des neiges and the outardes, as Québec calls Canada geese, of the St
Lawrence; a need for the cauquén colorado among the avutardas, as Patagonia calls its sheldgeese);
on sardines (the Pacific sardine from Cannery Row to the closure of 2015; the sardinelles, the
yaboye, of the women processors of Joal and Kayar against the fishmeal plants; the sardina ibérica,
its xouba and its parrochas, from its lowest point to recovery); on kitesurfing (the zoning of
Langebaan Lagoon in South Africa; the charte of the baie de Saint-Brieuc for the kitesurf, once
called flysurf, and the char à voile; a need to order the kitesurf of the Cabo de la Vela with the
Wayuu); on beach seines (the juya of the Tanga coast of Tanzania; the senne de plage of the coast
of Benin; the jábegas and boliches of Málaga and the ban on the chanquete); and on larks (skylark
plots in English winter wheat; the alouette des champs and the end of the pantes and matoles of
south-western France; a need for the alondra cornuda of the sabana de Bogotá). English, French and
Spanish, 10 records each, every topic written once in each language (different countries, projects
and angles, not translations of one text).

None of records.py, records3.py, ..., records83.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (howler, hurleur, aullador, saraguato, carayá, araguato, mono
congo, Alouatta, alouate, baboon, primate, singe, mono; coyote, Canis latrans, coywolf; Mauritia,
moriche, morichal, aguaje, aguajal, canangucha, buriti, ité, palmier bâche, palm swamp; agave,
maguey, mezcal, tequila, bacanora, pulque, sisal, henequén, cabuya, penco; butterfly farm,
butterfly house, pupa, chrysalide, crisálida, papillon, mariposa, mariposario, zoocriadero,
papillonnerie; goose, geese, oie, bernache, outarde, ganso, ánsar, cauquén, caiquén, Anser, Branta,
Chloephaga; sardine, sardinelle, sardina, Sardinella, Sardinops, pilchard, xouba, parrocha, yaboye,
small pelagic, petits pélagiques, pequeños pelágicos; kitesurf, kiteboard, flysurf, wingfoil, char
à voile, windsurf, planche à voile; beach seine, senne de plage, seine, senne, chinchorro, jábega,
xávega, juya, arte de playa, boliche, chanquete; lark, skylark, alouette, alondra, Alauda,
Eremophila, calandria, cogujada, pantes, matoles). Screened and dropped as covered: freshwater and
river turtles (bm10-bm12), lionfish (n31), pangolins (bb25, bb26), feral cats (cs04-cs06), jaguars
(be27, w36), wolves (bt13), squid fleets (br19-br21), oxbow lakes (the bras morts and lônes
reconnected by the remeandering pages of records67), terraces (the dry-stone wall pages bv10-bv12),
springs (the desert springs of the pupfish and burro pages and the résurgences of the thermal
refuge pages of records75), crop wild relatives (the subjects of the vanilla, chili pepper, wild
rice, tomato and squash pages), wild salmon (the salmon subjects of bv07, cc26, cg07, dc22 and
dk10), camels (s13-s15, cc22), free-roaming dogs (the rabies pages bt13 and bt14, whose subjects
name domestic dogs, and the guardian dog pages bz10-bz12, which name feral dogs) and aquarium fish
(the GloFish pages bh13-bh15, whose subjects name ornamental fish), besides the topics of sets 42
to 83 and those their docstrings list as covered, and the chemicals, waste, pollution, energy and
biosafety topics left to set 84; screened with no or passing hits but not chosen: toucans (named in
passing by cy28), eiders, okapis, koalas, hyenas (i22, w35), rheas (named by the ostrich page
dc06), peyote and ayahuasca (no hit).

The nearest are the two pages on which maguey, the Mexican name of the agaves, is more than a
passing word: the dataset on the gusano rojo de maguey of Hidalgo and Tlaxcala, whose title and
subjects name the maguey pulquero in which the worm lives and which follows the depletion of the
magueyales (br12), and the need of the Oaxaca botanic garden to propagate cactos y agaves
amenazados (u18), both judged 1 to the general agave queries; the agaves and ocotillo of the
hummingbird banding page (bn01), the agaves chicos of the Mexico City green roof guide (cg15), the
magueyes of the Iztapalapa rain gardens (de27), the sisal waste of the green chemistry page (cl10)
and the sal de gusano that goes with mezcal (br12) are passing. No page of the pool is about howler
monkeys: the howler monkeys electrocuted with the sloths of Costa Rica's Caribbean coast (bn10),
the singes hurleurs rescued with the sloths of Petit-Saut (bn11) and the howlers among the prey of
harpy eagles (ck01) are passing, and the rescue centres for confiscated primates (o04, o06) and the
macaque and lemur pages (cq13-cq15, de01-de03) are broader or other primates. The coyotes of the
Mount Auburn cemetery (cm25) are passing; the aguajes of the Janos bison page (bv03) are watering
holes, the Mexican sense of the word, and the morichales where spills are reported in the Orinoco
oil belt (dh06) are passing; the brent geese of Medmerry (ck25), the geese killed by hail in
Montana (bw25) and the cauquén colorado named among the birds of the Magallanes green hydrogen
baseline (cb15) are passing, and the outarde houbara (bj01-bj03) is a bustard; the sardinella
smoked in Ghana and Côte d'Ivoire (bx10, bx11), the sardinelles of the Senegalese fisheries subsidy
page (db26), the sardineros of db27, the sardine and anchovy around the penguin colonies (bn07),
the sardina chased by the gannets of dc12 and the flying fish, a small pelagic (ck10), are passing
or other fish; the purse seines of the tuna, squid and penguin pages (bj16, br19, bn07) are no
beach seines, Banco Chinchorro (bz06, cg03) is a reef and the chinchorros among the gears of the
catfish landings (cy27) are passing; the skylarks that came back with the grey partridges (di04,
di05) and the alouettes of the lentil page (dg08) are passing; no page names kitesurfing. In the
golden files, the only hits are the letters of other words (cleansers, hantera).

records84.py (ids dl01..dl30, on chemicals, pollution, energy, transport and health topics:
dicamba, school streets, visual pollution and outdoor advertising, vehicle emission inspections,
grid-scale battery storage, concentrated solar power, fishmeal plants, titanium dioxide in food,
potentially polluting wrecks and lead in traditional medicines), written at the same time by
another engineer, was searched for the same words once it was finished: its Nouadhibou case study,
whose title names the sardinelles that its fishmeal plants transform (dl20), is judged 1 to the
general sardine queries, while the bonga and other small pelagic fish of the Gambian fishmeal need
(dl19) and the anchoveta of Chimbote (dl21) are other fish; the senneurs of dl20 and the bolicheras
of dl21 are purse seiners (in Peru a boliche is a purse seine, in Málaga a beach seine), no beach
seines; the avutardas of the Andalusian solar plants (dl18) are bustards; no other record of it
names a howler monkey, a coyote, a palm, an agave, a butterfly, a goose, a sardine, a kite or a
lark.

Traps: the jaguar tracks, green iguanas and hurricanes of dm01; the paresseux, tatous and aigles
harpies of dm02; the carayás killed by yellow fever in Argentina and the cacaotales of dm03; the
Canada geese whose nests the Chicago coyotes raid, and the rabbits, deer fawns and cemeteries of
dm04 (0 to the geese queries); the marmottes, lièvres, loups, chiens errants and renards roux of
dm05, and its ban on feeding coyotes; the coyotes who take migrants across the Darién and the
perros of dm06; the macaws, manatees and rice fields of dm07; the aras and the palmiers pinot of
dm08; the suris and the turberas of dm09; the nectar bats and buffelgrass of dm10; the figuiers de
Barbarie and the griffes de sorcière of dm11; the murciélagos, colibríes, vinazas and gusano de
maguey of dm12; the honey, elephants and electric fence of dm13; the vers à soie sauvages and
lémuriens of dm14; the mariposas búho (butterflies, not owls), escarabajos and polillas de seda of
dm15; the choughs, corncrakes and birdwatching tourism of dm16; the outardes of Europe and Africa,
which are bustards, named by dm17; the avutarda of Spain, a bustard, and the zorro gris of dm18;
the brown pelicans, California sea lions, anchovy and sediment cores of dm19; the sennes tournantes
(purse seines) and the fumage du poisson of dm20, which is about the sardinelles that the fishmeal
plants, set 84's topic, take from the women processors (no query of this set asks for fishmeal);
the jurel, caballa and anchoa of dm21; the eelgrass, salt marsh and flamingos of dm22; the
bernaches cravant, dogs, moulières and pêche à pied of dm23 (0 to the geese queries); the
chinchorros that are Wayuu hammocks, the sea turtles and the flamencos of dm24 (0 to the beach
seine queries); the sea urchins, seagrass and mosquito nets of dm25; the juvenile sardinelles and
anchois caught by the sennes of dm26 (0 to the sardine queries); the alevines de sardina and the
espetos and moragas de sardinas of dm27 (0 to the sardine queries); the brown hares, grey
partridges and hedgerows of dm28; the palombes and ortolans of dm29; the tinguas, humedales and
papa of dm30. For the country queries: dm03 names Argentina, for its carayás; dm06 names Mexico,
Costa Rica and Colombia beside Panama; dm07 names Guyana and Peru, dm08 Venezuela and Peru and dm09
Colombia and Venezuela, for the names of the palm; dm15 names the United States, where its pupae
are sold; dm18 names Chile and Spain; dm19 names Canada and Mexico beside the United States; dm20
names Mauritania; dm21 and dm27 name Portugal.

Ids (dm01..dm30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dj01..dj30, dk01..dk30), nor with records84.py's (dl01..dl30), and no earlier id starts with "dm".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- howler monkeys -----------------------------------------------------------------------
    ("dm01", "case-study", "en",
     "The Community Baboon Sanctuary: forty years of landowner pledges for Belize's black howler "
     "monkeys",
     "In 1985 farmers of Bermudian Landing and neighbouring villages on the Belize River signed "
     "voluntary pledges to leave strips of forest along the river and between their fields for "
     "the black howler monkey (Alouatta pigra), which Belizeans call the baboon. No land was "
     "bought or fenced: the Community Baboon Sanctuary, now run by a women's conservation group, "
     "rests on the promises of more than two hundred landowners in seven villages. This case "
     "study reviews four decades of that arrangement: troop counts that rose severalfold, the "
     "forest corridors that were kept and those lost to pasture, house lots and new roads, and "
     "the homestays, guided walks and small museum that bring visitors. It also follows the 62 "
     "howlers moved in 1992-1994 to the Cockscomb Basin, where yellow fever and hurricanes had "
     "wiped them out decades earlier, and the trees felled by later hurricanes. The jaguar "
     "tracks and green iguanas that visitors see are mentioned only as extra attractions.",
     ("howler monkeys", "Alouatta pigra", "primates", "community conservation", "private lands"),
     ("BZ",), "2024-10"),
    ("dm02", "dataset", "fr",
     "Singes hurleurs roux de Guyane : groupes, chœurs et chasse autour du lac de Petit-Saut, "
     "1995-2024",
     "Quand le barrage de Petit-Saut, sur le Sinnamary, a noyé plus de 300 km² de forêt en 1994 "
     "et 1995, les équipes de sauvetage ont capturé des milliers d'animaux réfugiés sur les "
     "cimes et les îlots, parmi lesquels des centaines de singes hurleurs roux (Alouatta "
     "macconnelli), que les Guyanais appellent babounes. Ce jeu de données, tenu par un "
     "laboratoire de primatologie avec l'office de la biodiversité, réunit le suivi des groupes "
     "relâchés et de ceux restés sur les îles du lac, les comptages par transect sur les deux "
     "rives, les enregistrements des chœurs du matin qui portent à plusieurs kilomètres, et les "
     "prélèvements déclarés par les chasseurs de Sinnamary et de Saint-Élie. Il note aussi les "
     "groupes disparus des îlots trop petits, les singes trouvés morts et testés pour la fièvre "
     "jaune, et les attaques d'aigles harpies. Les paresseux et les tatous sauvés en même temps "
     "ne figurent pas dans ces tableaux.",
     ("singes hurleurs", "Alouatta macconnelli", "primates", "barrages hydroélectriques",
      "chasse"),
     ("GF",), "2024-05"),
    ("dm03", "need", "es",
     "Necesidad: atención de emergencia y corredores de sombra para los saraguatos de Tabasco y "
     "Chiapas tras las olas de calor",
     "En mayo y junio de 2024, con temperaturas de más de 45 °C y una sequía prolongada, cientos "
     "de monos aulladores de manto (Alouatta palliata mexicana), que en Tabasco llaman "
     "saraguatos, cayeron muertos o agonizantes de los árboles en Comalcalco, Cunduacán y otros "
     "municipios de Tabasco y del norte de Chiapas. Vecinos, veterinarios y bomberos llevaron a "
     "los animales deshidratados a clínicas improvisadas; muchos no sobrevivieron. La secretaría "
     "estatal de medio ambiente, con una universidad y grupos locales, solicita apoyo para un "
     "centro de atención con personal y medicamentos, protocolos de rescate que no pongan en "
     "riesgo a la gente, necropsias para descartar enfermedades como la fiebre amarilla, que "
     "diezmó a los carayás del nordeste argentino en 2008 y 2009, bebederos en los fragmentos de "
     "selva y en los cacaotales, y la siembra de árboles nativos que unan los acahuales. También "
     "pide censar las tropas de saraguato negro (Alouatta pigra) de los Pantanos de Centla.",
     ("monos aulladores", "saraguatos", "Alouatta palliata", "rescate de fauna", "necesidades"),
     ("MX",), "2024-07"),
    # --- coyotes ------------------------------------------------------------------------------
    ("dm04", "dataset", "en",
     "Coyotes in the city: twenty-five years of radio-collar tracking in the Chicago "
     "metropolitan area",
     "Since 2000 a university team and a wildlife foundation have captured, collared and "
     "followed more than a thousand coyotes (Canis latrans) across Cook County and the suburbs "
     "of Chicago, from forest preserves to rail yards, cemeteries and the parking lots around "
     "O'Hare airport. This dataset holds their GPS and VHF locations, home ranges and "
     "territories, survival and causes of death (mostly vehicles, then mange and shooting), "
     "litter counts at dens, and diet from scats, which shows mainly voles, mice, rabbits, fruit "
     "and white-tailed deer fawns, and very few pets. It documents how coyotes that once avoided "
     "the city now hold territories downtown, cross expressways at night and live ten years or "
     "more among roads. The few coyotes that bit people or attacked dogs are listed with the "
     "hazing or removal decided. Nests of Canada geese raided by coyotes, which help keep the "
     "city's goose numbers down, are logged as a side result.",
     ("coyotes", "Canis latrans", "urban wildlife", "human-wildlife conflict", "telemetry"),
     ("US",), "2025-01"),
    ("dm05", "document", "fr",
     "Cohabiter avec le coyote : guide pour les citoyens et les arrondissements de Montréal",
     "Le coyote (Canis latrans), arrivé au Québec au milieu du XXe siècle, vit aujourd'hui dans "
     "la plupart des grands parcs et des friches de l'île de Montréal, le long des voies "
     "ferrées, des autoroutes et des rives. Après des morsures survenues en 2018 dans l'est de "
     "l'île, la Ville a adopté un plan de gestion fondé sur la sensibilisation, la surveillance "
     "et l'intervention graduée. Ce guide explique qui est le coyote, souvent confondu avec un "
     "loup ou un chien errant, ce qu'il mange (mulots, marmottes, lièvres, fruits, déchets), "
     "comment éviter de l'attirer en ne laissant dehors ni nourriture pour animaux ni compost "
     "ouvert, et comment l'effaroucher : se faire grand, crier, lancer un objet. Il dit quand "
     "appeler le 311, comment protéger chats et petits chiens, et dans quels cas un coyote "
     "habitué et agressif est capturé. Il rappelle que nourrir les coyotes est interdit par "
     "règlement. Les renards roux, plus petits, font l'objet d'une fiche distincte.",
     ("coyotes", "faune urbaine", "cohabitation", "guides", "Montréal"),
     ("CA",), "2023-05"),
    ("dm06", "case-study", "es",
     "El coyote llega al Darién: la expansión de Canis latrans por Panamá hacia Sudamérica",
     "El coyote (Canis latrans), que hace un siglo no pasaba del sur de México, avanzó por "
     "Centroamérica a medida que los potreros reemplazaron a la selva: llegó a Costa Rica en los "
     "años setenta, cruzó el canal de Panamá a comienzos de este siglo y en 2013 fue "
     "fotografiado en la provincia de Darién, a pocas decenas de kilómetros de Colombia. Este "
     "estudio de caso reúne los registros de cámaras trampa, los animales atropellados, las "
     "denuncias de ganaderos por terneros y gallinas y los análisis genéticos que encontraron "
     "híbridos con perros domésticos. Discute qué significa que un depredador generalista entre "
     "en Sudamérica por un corredor deforestado, su competencia con el zorro cangrejero y el "
     "ocelote, y qué vigilancia hace falta en el Chocó colombiano. Advierte que no se confunda a "
     "este animal con los coyotes, los traficantes que cobran a los migrantes por cruzar la "
     "selva del Darién, tema ajeno a este estudio.",
     ("coyotes", "Canis latrans", "expansión de especies", "cámaras trampa", "Darién"),
     ("PA",), "2024-03"),
    # --- moriche palms (Mauritia flexuosa) ----------------------------------------------------
    ("dm07", "project", "en",
     "Restoring the moriche palm swamp forest of the Nariva Swamp, Trinidad",
     "The Nariva Swamp on Trinidad's east coast, a Ramsar site since 1993, holds the island's "
     "largest stands of moriche palm (Mauritia flexuosa), the tall fan palm called ité palm in "
     "Guyana and aguaje in Peru, which grows with its roots in standing fresh water. In the "
     "1990s squatters and commercial rice growers drained and burned parts of the swamp, and "
     "dry-season fires still run into the palm forest from the savannas. This project, led by "
     "the forestry division with village groups of Kernahan and Plum Mitan, replants moriche "
     "seedlings raised in a community nursery, blocks drains to raise the water table, trains "
     "fire crews and monitors regeneration in permanent plots. It studies the palms as food and "
     "nest sites for blue-and-gold and red-bellied macaws, and as a source of fruit, thatch and "
     "fibre for villagers. The West Indian manatees of the swamp's rivers and the rice fields at "
     "its edge are named only as neighbours.",
     ("moriche palm", "Mauritia flexuosa", "palm swamp forests", "wetland restoration",
      "Nariva Swamp"),
     ("TT",), "2023-11"),
    ("dm08", "dataset", "fr",
     "Palmiers bâches des savanes et des marais côtiers de Guyane : peuplements, feux et usages, "
     "2005-2024",
     "Le palmier bâche (Mauritia flexuosa), le moriche du Venezuela et l'aguaje du Pérou, forme "
     "en Guyane des peuplements denses dans les savanes inondables et les marais de la plaine "
     "côtière, de Mana à Kaw, souvent en bordure des pripris. Ce jeu de données, établi par le "
     "conservatoire botanique et l'office national des forêts, cartographie ces peuplements à "
     "partir d'images satellitaires et de relevés de terrain, compte les palmiers par classe de "
     "taille et note la régénération, les traces de feux de savane, le drainage et les "
     "défrichements pour les lotissements et les cultures autour de Cayenne, Macouria et Kourou. "
     "Il recense aussi la cueillette des fruits, dont la pulpe orangée se consomme, et celle des "
     "feuilles pour couvrir les carbets. Les aras qui nichent dans les stipes morts sont notés "
     "comme simples observations, et les peuplements de palmiers pinot, autre palmier des "
     "marais, sont cartographiés à part.",
     ("palmier bâche", "Mauritia flexuosa", "savanes inondables", "zones humides", "cartographie"),
     ("GF",), "2024-09"),
    ("dm09", "need", "es",
     "Necesidad: cosechar el aguaje sin tumbar las palmeras en los aguajales de Loreto",
     "El aguaje (Mauritia flexuosa), la palmera que en Colombia llaman canangucha y en Venezuela "
     "moriche, forma en la Amazonía peruana extensos aguajales sobre suelos anegados de turba. "
     "Cada día llegan a Iquitos decenas de toneladas de su fruto, que las aguajeras del mercado "
     "de Belén venden pelado, en masa, en helados y en aguajina. Pero la mayor parte se cosecha "
     "tumbando la palmera hembra, y los aguajales cercanos a los ríos y carreteras quedan "
     "poblados casi solo de machos. Comunidades de la cuenca del Marañón y de la reserva "
     "nacional Pacaya Samiria, con el gobierno regional, solicitan apoyo para formar escaladores "
     "y comprar equipos de subida, para planes de manejo aprobados por la autoridad forestal, "
     "para centros de acopio y transporte que paguen más por el fruto de palmeras no tumbadas, y "
     "para monitorear las palmeras hembra. Los suris que crecen en los troncos caídos y el "
     "carbono de las turberas se mencionan solo como bienes que se perderían.",
     ("aguaje", "Mauritia flexuosa", "aguajales", "productos forestales no maderables",
      "necesidades"),
     ("PE",), "2024-04"),
    # --- agaves -------------------------------------------------------------------------------
    ("dm10", "dataset", "en",
     "Palmer's agave on the Sky Islands of Arizona and Sonora: flowering surveys in fixed plots, "
     "2008-2024",
     "Each summer the tall flower stalks of Palmer's agave (Agave palmeri) feed the lesser "
     "long-nosed bat on its migration between Mexico and the mountain ranges, or Sky Islands, of "
     "south-eastern Arizona. This dataset, kept by a binational network of agencies, "
     "universities and volunteers, counts flowering agaves in fixed plots on grassland and oak "
     "woodland slopes, measures stalk height, flowering dates and nectar, and notes cattle "
     "browsing of stalks, fire, drought and the spread of buffelgrass. Since 2015 it has added "
     "plots of wild Agave angustifolia in Sonora, where rosettes are cut for bacanora, the "
     "mezcal of Sonora, and records how many plants harvesters leave to flower. It shows "
     "flowering peaking two to three weeks earlier than in 2008 and fewer stalks after dry "
     "winters. Bat roost counts are kept in a separate dataset and only linked here.",
     ("agaves", "Agave palmeri", "pollination", "bacanora", "Sky Islands"),
     ("US", "MX"), "2024-12"),
    ("dm11", "project", "fr",
     "Port-Cros et Porquerolles : arracher les agaves et les griffes de sorcière pour rendre la "
     "place aux plantes du littoral",
     "Plantés aux XIXe et XXe siècles dans les jardins et autour des forts des îles d'Hyères, "
     "l'agave d'Amérique (Agave americana) et les griffes de sorcière (Carpobrotus) ont envahi "
     "les falaises et les pelouses littorales du Parc national de Port-Cros, où ils étouffent "
     "les plantes rares des rochers battus par les embruns. Le projet, mené par le parc avec le "
     "conservatoire botanique méditerranéen, cartographie chaque touffe, arrache les jeunes "
     "agaves et leurs rejets, coupe les hampes avant la floraison, évacue les grosses rosettes "
     "par bateau, puis suit la recolonisation par les espèces indigènes. Il surveille aussi le "
     "charançon de l'agave (Scyphophorus acupunctatus), arrivé sur la Côte d'Azur vers 2007, qui "
     "tue les agaves des jardins et pourrait gagner les îles. Les figuiers de Barbarie, autres "
     "plantes exotiques des îles, ne sont traités que ponctuellement. Les équipes forment aussi "
     "les jardiniers des communes voisines à ne plus planter d'agaves près du rivage.",
     ("agaves", "Agave americana", "espèces exotiques envahissantes", "îles",
      "Parc national de Port-Cros"),
     ("FR",), "2023-06"),
    ("dm12", "case-study", "es",
     "Magueyes silvestres y mezcal en la montaña de Guerrero: el manejo comunitario del maguey "
     "papalote",
     "En Chilapa, Mochitlán y otros municipios de la montaña baja de Guerrero, el mezcal se "
     "destila desde hace siglos con el maguey papalote (Agave cupreata), que crece silvestre en "
     "laderas de encino y selva baja y no da hijuelos: solo se reproduce por semilla. Con el "
     "auge del mezcal en las ciudades, la demanda de piñas creció tanto que los magueyales "
     "silvestres se vaciaron en pocos años. Este estudio de caso muestra cómo ejidos y "
     "comunidades, con una organización civil, acordaron reglas de aprovechamiento: dejar que "
     "uno de cada diez magueyes eche el quiote y florezca para los murciélagos y los colibríes, "
     "recolectar semilla, producir planta en viveros comunitarios, reforestar laderas y "
     "registrar cada palenque. Compara el precio del mezcal de maguey silvestre con el de "
     "espadín cultivado y señala los problemas pendientes: la leña de encino para los hornos y "
     "las vinazas vertidas a las barrancas. El gusano de maguey se menciona solo de paso.",
     ("magueyes", "Agave cupreata", "mezcal", "manejo comunitario", "recolección silvestre"),
     ("MX",), "2023-09"),
    # --- butterfly farming --------------------------------------------------------------------
    ("dm13", "project", "en",
     "Kipepeo: butterfly farming for live exhibits on the edge of the Arabuko-Sokoke forest",
     "Arabuko-Sokoke, the largest remnant of coastal forest in East Africa, is ringed by some "
     "fifty villages whose farmers long saw it only as land and timber kept from them. Since "
     "1993 the Kipepeo project, whose name is Swahili for butterfly, has paid them to farm "
     "butterflies instead. Farmers catch a few wild females, let them lay eggs on host plants "
     "grown in net cages beside their homes, and rear the caterpillars to pupae, which the "
     "project buys, checks, packs and flies from Mombasa to butterfly houses in Europe and North "
     "America, where they emerge in front of visitors. Swallowtails, charaxes and other species "
     "are farmed under export permits, and the project records the numbers bought from each "
     "farmer. Surveys show that farmers who earn from pupae are more willing to report illegal "
     "logging and to defend the forest. The project also sells honey from hives at the forest "
     "edge, and the elephants that raid farms are kept out by an electric fence run by another "
     "agency.",
     ("butterfly farming", "pupae", "livelihoods", "coastal forests", "Arabuko-Sokoke"),
     ("KE",), "2023-08"),
    ("dm14", "document", "fr",
     "Élever des papillons pour les serres à papillons : guide pour les groupements villageois "
     "d'Andasibe",
     "Autour du parc national d'Andasibe-Mantadia, des groupements villageois se sont mis à "
     "élever des papillons pour vendre des chrysalides aux serres à papillons et aux "
     "insectariums d'Europe, et des papillons séchés aux collectionneurs. Ce guide, préparé avec "
     "l'administration des forêts et une association de naturalistes, explique comment choisir "
     "des espèces locales communes, jamais des espèces protégées, cultiver les plantes-hôtes "
     "autour des cases, construire des cages de ponte et d'élevage en tulle, éviter les maladies "
     "et les parasitoïdes, et trier et emballer les chrysalides pour l'avion. Il présente les "
     "autorisations de collecte et d'exportation, la tenue d'un registre et le partage des "
     "revenus au sein du groupement. Une fiche est consacrée au papillon comète (Argema "
     "mittrei), grand papillon de nuit endémique très recherché, élevé en petit nombre. Les vers "
     "à soie sauvages et les visites des lémuriens du parc sont évoqués comme autres sources de "
     "revenus.",
     ("élevage de papillons", "chrysalides", "moyens de subsistance", "guides",
      "Andasibe-Mantadia"),
     ("MG",), "2024-02"),
    ("dm15", "support-source", "es",
     "Oferta: capacitación en cría de mariposas para exportar pupas, desde los mariposarios de "
     "Costa Rica",
     "Costa Rica exporta desde los años ochenta pupas de mariposas criadas en fincas familiares "
     "a los mariposarios de Europa, Estados Unidos y Asia, que las exhiben vivas. Una asociación "
     "de criadores de Guápiles, Sarapiquí y la península de Osa, con una universidad pública y "
     "el registro de zoocriaderos del sistema nacional de áreas de conservación, ofrece a "
     "comunidades de Centroamérica y el Caribe cursos de dos semanas: manejo de hembras "
     "reproductoras, siembra de plantas hospederas en el huerto, jaulas de malla, control de "
     "parasitoides y enfermedades, empaque de pupas en cajas con algodón, permisos de "
     "exportación y contabilidad. Los cursos usan especies comunes como la morfo azul (Morpho "
     "peleides), las mariposas búho (Caligo) y los heliconios, y enseñan a no soltar especies "
     "fuera de su área natural. La oferta incluye visitas a fincas, manuales en español e inglés "
     "y un año de seguimiento. No incluye la cría de escarabajos ni de polillas de seda.",
     ("cría de mariposas", "zoocriaderos", "pupas", "ofertas", "creación de capacidad"),
     ("CR",), "2024-06"),
    # --- geese --------------------------------------------------------------------------------
    ("dm16", "case-study", "en",
     "Geese and farmers on Islay: a case study of goose management payments and licensed "
     "shooting",
     "Each October up to 45,000 barnacle geese from Greenland and several thousand Greenland "
     "white-fronted geese arrive on Islay, in the Inner Hebrides, to spend the winter grazing "
     "improved grassland and barley stubbles. Farmers lose grass meant for their cattle and "
     "sheep, and since the early 1990s the government has paid them for hosting the geese. This "
     "case study follows the scheme through its changes: flat payments per hectare, then an "
     "adaptive management plan adopted in 2014 that licensed the shooting of barnacle geese to "
     "cut their numbers by up to a third, while the declining white-fronts, whose world "
     "population has nearly halved since the 1990s, remained protected and were only scared "
     "away. It weighs the annual cost, the counts made each winter, the arguments of farmers, "
     "conservation bodies and the island's whisky and birdwatching tourism, and the risk of "
     "extending culls without good data. The choughs and corncrakes of the same farms are "
     "treated elsewhere.",
     ("geese", "barnacle goose", "Greenland white-fronted goose", "agriculture and wildlife",
      "Islay"),
     ("GB",), "2024-01"),
    ("dm17", "dataset", "fr",
     "Grande oie des neiges et outardes : inventaires printaniers, récoltes et dommages aux "
     "cultures au Québec, 1965-2024",
     "Chaque printemps, des centaines de milliers de grandes oies des neiges, ou grandes oies "
     "blanches (Anser caerulescens atlanticus), font halte sur les battures et dans les champs "
     "de la vallée du Saint-Laurent, du lac Saint-Pierre à Cap Tourmente et au Kamouraska, avant "
     "d'aller nicher dans l'Arctique, à l'île Bylot. Le Service canadien de la faune les compte "
     "par photographie aérienne depuis 1965 : de quelque 25 000 oiseaux à près d'un million à la "
     "fin des années 1990, ce qui a conduit à ouvrir en 1999 une chasse printanière de "
     "conservation. Ce jeu de données réunit ces inventaires, les récoltes des chasseurs, les "
     "réclamations des agriculteurs pour les prairies et les semis broutés, et les comptages de "
     "bernaches du Canada, que les Québécois appellent outardes, dont les couples nichent "
     "désormais dans les parcs urbains. L'outarde des Québécois n'a rien à voir avec les "
     "outardes d'Europe et d'Afrique, oiseaux des steppes.",
     ("oies", "grande oie des neiges", "bernache du Canada", "chasse", "dommages aux cultures"),
     ("CA",), "2024-08"),
    ("dm18", "need", "es",
     "Necesidad: salvar al cauquén colorado de la caza de avutardas en la Patagonia y el sur de "
     "Buenos Aires",
     "En la Patagonia llaman avutardas a los cauquenes (Chloephaga), gansos silvestres que "
     "durante buena parte del siglo XX fueron perseguidos como plaga de las pasturas, con caza y "
     "destrucción de huevos pagadas por el Estado. Hoy la población continental del cauquén "
     "colorado (Chloephaga rubidiceps) está en peligro crítico: quedan menos de mil ejemplares, "
     "que crían en Santa Cruz y Tierra del Fuego e invernan en el sudeste de la provincia de "
     "Buenos Aires junto al cauquén común y al real, que todavía se cazan. La autoridad nacional "
     "de fauna, con las provincias y una fundación, solicita apoyo para censos en las zonas de "
     "invernada, un programa con cazadores y productores para reconocer las especies y suspender "
     "la caza donde hay colorados, el control del zorro gris introducido en Tierra del Fuego y "
     "un plantel de cría en cautividad. Pide coordinar los conteos con Chile, donde se los llama "
     "caiquenes. En España, avutarda es otra ave, la de las estepas cerealistas.",
     ("cauquenes", "Chloephaga rubidiceps", "gansos silvestres", "caza", "necesidades"),
     ("AR",), "2024-05"),
    # --- sardines -----------------------------------------------------------------------------
    ("dm19", "dataset", "en",
     "Pacific sardine off the west coast of North America: biomass, landings and the fishery "
     "closure, 1930-2024",
     "The Pacific sardine (Sardinops sagax) built and then emptied the canneries of Monterey's "
     "Cannery Row: landings of more than half a million tonnes a year in the 1930s collapsed in "
     "the 1940s and 1950s, the stock recovered in the 1990s, and it fell again until the "
     "directed fishery off California, Oregon and Washington was closed in 2015. This dataset "
     "assembles the acoustic-trawl and egg surveys, the stock assessments, commercial landings "
     "by port from British Columbia to Ensenada, sea surface temperatures and the sediment-core "
     "records of sardine and anchovy scales, which show booms and busts long before fishing. It "
     "adds the indicators managers use for predators: the breeding success of brown pelicans on "
     "the Channel Islands and the weight of California sea lion pups, which fell when sardine "
     "was scarce. The live bait fishery and the small catches still allowed alongside other "
     "species are included.",
     ("sardines", "Sardinops sagax", "small pelagic fish", "fisheries management",
      "California Current"),
     ("US", "MX", "CA"), "2024-10"),
    ("dm20", "need", "fr",
     "Besoin : préserver les sardinelles des femmes transformatrices de Joal et de Kayar face "
     "aux usines de farine de poisson",
     "Les sardinelles, la sardinelle ronde et la sardinelle plate, que les Sénégalais appellent "
     "yaboye, sont le poisson le moins cher et le plus consommé du pays, débarqué par les "
     "pirogues à senne tournante et transformé sur les claies par des milliers de femmes en "
     "kéthiakh, poisson braisé, salé et séché. Depuis les années 2010, des usines de farine et "
     "d'huile de poisson installées à Joal, Kayar et Saint-Louis, comme en Mauritanie, achètent "
     "les sardinelles en gros pour l'aquaculture étrangère, et les transformatrices manquent de "
     "poisson ou le paient trop cher. Les évaluations régionales jugent le stock surexploité. Le "
     "ministère des pêches, avec les réseaux de femmes transformatrices, demande un appui pour "
     "évaluer le stock avec les pays voisins, encadrer les achats des usines, aménager des sites "
     "de transformation et de stockage, et ouvrir aux femmes l'accès au crédit. Le fumage du "
     "poisson dans d'autres pays côtiers est cité pour comparaison.",
     ("sardinelles", "petits pélagiques", "farine de poisson", "transformation du poisson",
      "besoins"),
     ("SN",), "2024-03"),
    ("dm21", "case-study", "es",
     "La sardina ibérica, del mínimo histórico a la recuperación: la flota de cerco de Galicia y "
     "el Cantábrico, 2012-2024",
     "La sardina (Sardina pilchardus) de las costas atlánticas de la península ibérica, pescada "
     "por las traíñas y cerqueros de Galicia, Asturias, Cantabria y Portugal, tocó en 2016 y "
     "2017 su nivel más bajo desde que hay registros, y los científicos llegaron a recomendar "
     "capturas mínimas o nulas. Este estudio de caso repasa cómo España y Portugal aplicaron un "
     "plan de gestión con topes diarios por barco, paradas de varios meses y vedas en invierno y "
     "primavera, y cómo la flota buscó otras especies como el jurel, la caballa y la anchoa. Con "
     "buenos reclutamientos desde 2019, la biomasa se recuperó y las capturas volvieron a "
     "crecer. El texto recoge las voces de armadores, rederas y vendedoras, el precio de la "
     "xouba, como se llama en Galicia a la sardina pequeña, y el de las parrochas del "
     "Cantábrico, y las dudas que deja el calentamiento del mar. La sardinada de San Juan se "
     "menciona como símbolo.",
     ("sardina", "Sardina pilchardus", "pesca de cerco", "gestión pesquera", "estudios de caso"),
     ("ES", "PT"), "2024-11"),
    # --- kitesurfing --------------------------------------------------------------------------
    ("dm22", "case-study", "en",
     "Kitesurfing and waders on Langebaan Lagoon: a case study of zoning in the West Coast "
     "National Park",
     "Langebaan Lagoon, a Ramsar site inside South Africa's West Coast National Park, is one of "
     "the country's most important wetlands for migratory waders, with tens of thousands of "
     "curlew sandpipers, knots and other shorebirds from the Arctic each summer, and, with its "
     "steady south-easter, one of the world's best-known spots for kitesurfing. As kiteboarders "
     "multiplied from the early 2000s, rangers recorded flocks flushed from the sandbanks at "
     "high tide and kites landing on the salt marsh. This case study describes how the park "
     "zoned the lagoon: kitesurfing allowed only in a recreational zone at the northern end, "
     "launching from designated beaches, the southern lagoon closed to all motorised and "
     "wind-powered craft, and permits for schools and event organisers. It reviews bird counts "
     "before and after zoning, complaints from kiters and local businesses, and gaps in "
     "enforcement. The eelgrass beds and flamingos of the lagoon are mentioned as other values "
     "of the zone plan.",
     ("kitesurfing", "shorebirds", "recreational zoning", "disturbance", "Langebaan Lagoon"),
     ("ZA",), "2023-10"),
    ("dm23", "document", "fr",
     "Kitesurf, char à voile et oiseaux : charte de bonne conduite de la baie de Saint-Brieuc",
     "La réserve naturelle de la baie de Saint-Brieuc, au fond de l'une des plus grandes baies à "
     "marée de la Manche, accueille chaque hiver des dizaines de milliers d'oiseaux d'eau, "
     "limicoles, canards et bernaches cravant, qui se nourrissent sur les vasières et se "
     "reposent à marée haute sur les bancs de sable. Les mêmes plages attirent les pratiquants "
     "de kitesurf, qu'on appelait flysurf à ses débuts, de wingfoil et de char à voile. Cette "
     "charte, signée par la réserve, les communes, les écoles de glisse et les clubs, délimite "
     "les zones de pratique et les zones interdites dans les anses d'Yffiniac et de Morieux, "
     "fixe une distance de 300 mètres aux reposoirs, limite les départs aux accès balisés et "
     "interdit les chiens en liberté dans la réserve. Elle explique pourquoi un envol répété "
     "épuise les oiseaux en hiver et comment lire le panneau des marées et des reposoirs. Les "
     "moulières et la pêche à pied de la baie relèvent d'autres règlements.",
     ("kitesurf", "sports de glisse", "oiseaux d'eau", "dérangement", "réserves naturelles"),
     ("FR",), "2024-03"),
    ("dm24", "need", "es",
     "Necesidad: ordenar el kitesurf en el Cabo de la Vela con las comunidades wayuu de La "
     "Guajira",
     "Los alisios que soplan casi todo el año han convertido al Cabo de la Vela, en la alta "
     "Guajira colombiana, en destino de kitesurf: cada temporada llegan cientos de kiters, "
     "escuelas y hostales donde antes solo había rancherías wayuu y pescadores. Las playas y la "
     "bahía son también sitio sagrado, Jepirra, adonde van las almas de los wayuu, y zona de "
     "alimentación de aves playeras y de tortugas marinas. Las autoridades tradicionales, con la "
     "corporación autónoma regional y el municipio de Uribia, solicitan apoyo para un plan de "
     "ordenamiento que defina zonas de navegación y de salida, áreas cerradas alrededor de los "
     "sitios sagrados y de los fondos donde pescan, un registro de escuelas e instructores, el "
     "manejo de basuras y agua de los hostales y un cobro que quede en las comunidades. Las "
     "rancherías que alquilan chinchorros, las hamacas tejidas wayuu, a los turistas y los "
     "flamencos de las lagunas vecinas se mencionan de paso.",
     ("kitesurf", "turismo", "pueblo wayuu", "ordenamiento de playas", "necesidades"),
     ("CO",), "2024-09"),
    # --- beach seines -------------------------------------------------------------------------
    ("dm25", "project", "en",
     "Phasing out beach seines in Tanga: gear exchange and beach management units on the "
     "northern Tanzanian coast",
     "Beach seines, called juya in Swahili, are long nets with a fine-meshed bag that dozens of "
     "men haul to the shore across shallow seagrass beds and coral patches, landing everything "
     "from juvenile rabbitfish and emperors to sea urchins and uprooted seagrass. They are "
     "banned under Tanzania's fisheries regulations, but on the Tanga coast, from Moa to "
     "Pangani, they were still widely used because they feed many crew members and traders. This "
     "project works through the village beach management units and the collaborative fisheries "
     "management areas they share. It buys back seines, gives their owners gill nets, "
     "hook-and-line gear and traps of legal mesh, pays patrols to stop seining in nursery areas, "
     "and records landings and fish sizes before and after. Women who sell fried fish are "
     "trained in new trades. The project discourages the use of old mosquito nets as seines, but "
     "mosquito-net fishing is the subject of another programme.",
     ("beach seines", "juya", "destructive fishing gear", "beach management units",
      "small-scale fisheries"),
     ("TZ",), "2023-07"),
    ("dm26", "dataset", "fr",
     "La senne de plage sur le littoral du Bénin : équipes, captures et maillages, 2003-2023",
     "Sur les quelque 120 kilomètres de côte sableuse du Bénin, de Hillacondji à Sèmè-Kpodji, la "
     "grande senne de plage reste l'engin traditionnel des villages de pêcheurs : un filet de "
     "plusieurs centaines de mètres posé en demi-cercle par une pirogue, puis halé depuis la "
     "plage par trente à soixante personnes, hommes, femmes et enfants, payées en poisson. Ce "
     "jeu de données, tenu par la direction des pêches avec un institut de recherche "
     "halieutique, compte les sennes actives par village, les halages observés, les captures par "
     "espèce et par taille, dont une forte part de juvéniles de sardinelles, d'anchois et de "
     "carangues, les maillages mesurés dans la poche et la part des prises vendue aux "
     "mareyeuses. Il montre la baisse des captures par halage depuis 2003, des mailles de plus "
     "en plus fines et la disparition de plages entières sous l'érosion côtière et les ouvrages "
     "de protection. Les pirogues de pêche en mer à la ligne et au filet maillant sont suivies "
     "ailleurs.",
     ("senne de plage", "pêche artisanale", "juvéniles", "engins de pêche", "littoral"),
     ("BJ",), "2024-01"),
    ("dm27", "case-study", "es",
     "Del boliche a la memoria: la prohibición de las artes de playa en la costa de Málaga",
     "Durante siglos, en las playas de Málaga se pescó con jábegas y boliches, artes de arrastre "
     "que se calaban desde una barca cerca de la orilla y se halaban desde la arena a fuerza de "
     "brazos, como la xávega en Portugal o el chinchorro de playa en el Caribe. El boliche "
     "capturaba sobre todo chanquete (Aphia minuta), un pez diminuto y transparente, y con él "
     "alevines de boquerón, sardina y salmonete. Este estudio de caso recorre cómo la pesca del "
     "chanquete fue prohibida en 1988 por el daño a los alevines y a las praderas submarinas, "
     "cómo se vendió durante años chanquete falso importado, y cómo los pescadores pasaron al "
     "trasmallo o dejaron el oficio. Analiza si las poblaciones de boquerón se beneficiaron y "
     "qué quedó del saber de los jabegotes: la barca de jábega, con su ojo pintado en la proa, "
     "se conserva hoy en regatas y museos. Los espetos y las moragas de sardinas en la playa se "
     "citan como tradiciones que siguen.",
     ("artes de playa", "jábega", "boliche", "chanquete", "patrimonio pesquero"),
     ("ES",), "2023-12"),
    # --- larks --------------------------------------------------------------------------------
    ("dm28", "case-study", "en",
     "Skylark plots in winter wheat: twenty years of farm trials and agri-environment payments "
     "in England",
     "The skylark (Alauda arvensis), whose song over ploughland is part of the English "
     "countryside, lost about half of its numbers in Britain between the mid-1970s and the late "
     "1990s, mostly because autumn-sown cereals grow too tall and dense for a second or third "
     "nesting attempt in summer. Trials on farms in the early 2000s showed a cheap fix: leaving "
     "two small undrilled patches, about sixteen square metres each, per hectare of winter "
     "wheat, where the birds can land and feed among the crop. This case study follows skylark "
     "plots from the trials to their inclusion in agri-environment schemes and to a conservation "
     "charity's demonstration farm in Cambridgeshire, where skylark numbers more than doubled "
     "with plots, wildflower margins and winter stubbles. It examines uptake by farmers, payment "
     "rates, the weak link between national uptake and national trends, and the risk of plots "
     "placed near hedgerows and tramlines, where predators hunt. The brown hares and grey "
     "partridges of the same farms are mentioned in passing.",
     ("skylarks", "Alauda arvensis", "farmland birds", "agri-environment schemes", "cereals"),
     ("GB",), "2024-04"),
    ("dm29", "document", "fr",
     "L'alouette des champs en France : déclin des populations et fin des chasses "
     "traditionnelles aux pantes et aux matoles",
     "L'alouette des champs (Alauda arvensis), oiseau des grandes cultures et des prairies, a "
     "perdu environ un quart de ses effectifs nicheurs en France depuis la fin des années 1980, "
     "selon le suivi temporel des oiseaux communs. Elle reste pourtant chassable au fusil et, "
     "jusqu'à récemment, par des méthodes traditionnelles du Sud-Ouest : les pantes, grands "
     "filets horizontaux rabattus sur les vols d'alouettes migratrices attirées par des "
     "appelants, et les matoles, petites cages tendues au sol, autorisées par dérogation dans "
     "les Landes, la Gironde, le Lot-et-Garonne et les Pyrénées-Atlantiques. Ce document fait la "
     "synthèse des comptages, des tableaux de chasse déclarés et des décisions de justice qui "
     "ont annulé ces dérogations en 2021, après un arrêt de la Cour de justice de l'Union "
     "européenne sur les méthodes de capture non sélectives. Il présente les mesures agricoles "
     "favorables, couverts d'hiver et fauches retardées. Les palombes et les ortolans du "
     "Sud-Ouest sont cités pour comparaison.",
     ("alouette des champs", "Alauda arvensis", "oiseaux des milieux agricoles",
      "chasses traditionnelles", "directive Oiseaux"),
     ("FR",), "2023-03"),
    ("dm30", "need", "es",
     "Necesidad: conservar la alondra cornuda de la sabana de Bogotá",
     "La alondra cornuda (Eremophila alpestris), que en Norteamérica y Eurasia vive en tundras, "
     "estepas y campos de cultivo, tiene en los Andes colombianos una subespecie aislada, E. "
     "alpestris peregrina, que solo vive en los pastizales abiertos del altiplano "
     "cundiboyacense, a unos 2.600 metros. Se estima que quedan pocos centenares, en potreros de "
     "pasto corto, bordes de humedales y lotes baldíos, incluidos los predios que rodean el "
     "aeropuerto El Dorado. La expansión de Bogotá y de los municipios de la Sabana, los "
     "invernaderos de flores, el pasto kikuyo que crece alto y denso y el arado de potreros para "
     "papa y hortalizas le quitan sitios de nido. La secretaría distrital de ambiente y una "
     "asociación ornitológica solicitan apoyo para un censo en Cundinamarca y Boyacá, acuerdos "
     "con ganaderos para mantener el pasto corto en época de cría, áreas de conservación en los "
     "predios del aeropuerto y una campaña para que los vecinos la conozcan. Las tinguas de los "
     "humedales bogotanos se citan como otra especie amenazada de la Sabana.",
     ("alondras", "Eremophila alpestris peregrina", "pastizales", "aves endémicas", "necesidades"),
     ("CO",), "2024-07"),
)  # fmt: skip
