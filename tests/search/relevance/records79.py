"""Clearing-house records of the seventy-ninth judged relevance set
(tests/search/relevance/queries79.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on cuckoos (the common cuckoos satellite-tagged in Britain and
followed to the Congo basin; a French fiche on the coucou gris, its hosts and the parasitisme de
couvée, with the coucou geai of the Camargue; forty years of the críalo and the urracas of the Hoya
de Guadix); on billfish (tag and release of sailfish and marlin off Watamu and Malindi; the
voiliers and marlins bleus, the poissons à rostre, of Dakar and the Petite-Côte; a need for the pez
vela and the marlines, the peces picudos of Costa Rica's Pacific); on pulses (the chickpea and
lentil landraces of Ethiopia's vertisols; a guide to the lentille verte du Puy and the lentillon de
Champagne, légumes secs and légumineuses à graines; a jornada on the garbanzos and lentejas of the
secanos of Castilla y León and their steppe birds); on coypu (Louisiana's Coastwide Nutria Control
Program; the lutte collective against the ragondin in the Marais poitevin; the nutria, the coipo of
Chile, hunted by the nutrieros of the Delta del Paraná); on yams (landraces and clean seed yams in
Ghana's yam belt; the igname of the Kanak coutume in New Caledonia; a need for the ñame espino and
the ñames criollos of the Montes de María); on terns (the roseate terns of Rockabill; the sternes
royales and caspiennes of the île aux Oiseaux in the Saloum delta; an offer of funds for the
gaviotín chico of the Atacama pampas); on invasive seaweeds (the eradication of Caulerpa taxifolia
from Agua Hedionda and of C. prolifera from Newport Bay; a divers' guide to the caulerpes
envahissantes of the French Mediterranean; a need against the alga asiática Rugulopteryx okamurae
in the Strait of Gibraltar); on poison frogs (licensed captive breeding near Tarapoto; the
dendrobates, grenouilles venimeuses, of French Guiana; a need against the trafficking of the ranas
venenosas, ranas dardo, of the Chocó); on starlings (Western Australia's fifty years of keeping
starlings out; the étourneau sansonnet and the nest boxes of Québec; a need for the estornino pinto
and the estornino crestado of the Pampas); and on stromatolites (a visitor guide to Hamelin Pool,
Shark Bay; the stromatolithes of lake Dziani Dzaha in Mayotte; a need for the estromatolitos of the
laguna de Bacalar). English, French and Spanish, 10 records each, every topic written once in each
language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records77.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (cuckoo, coucou, cuco, cuclillo, críalo, Cuculus, Clamator,
brood parasitism, parasitisme de couvée, parasitismo de cría, cowbird, tordo; billfish, sailfish,
marlin, swordfish, Istiophorus, Makaira, voilier, espadon, poisson à rostre, pez vela, marlín, pez
espada, picudo, pêche au gros; lentil, chickpea, pulses, grain legumes, lentille, pois chiche,
légumes secs, légumineuses, lenteja, garbanzo, legumbre, leguminosa; coypu, nutria, Myocastor,
ragondin, coipo; yam, Dioscorea, igname, ñame; tern, Sterna, Sternula, sterne, charrán, gaviotín;
Caulerpa, Rugulopteryx, invasive seaweed, algue envahissante, alga invasora, alga asiática,
Undaria, wakame; poison frog, dart frog, Dendrobates, Dendrobatidae, Ranitomeya, Phyllobates,
Oophaga, grenouille venimeuse, rana venenosa, rana dardo; starling, Sturnus, myna, Acridotheres,
étourneau, estornino; stromatolite, thrombolite, microbial mat, stromatolithe, tapis microbien,
estromatolito, Shark Bay, Bacalar, Dziani). Screened and dropped as covered: anteaters (the oso
hormiguero of be24), gorillas (m28), krill (the kril antártico need bv06), zebra and golden mussels
(x27 on the mejillón dorado, the mejillón cebra of br03), European mink (the visón europeo of
cu18), bird electrocution on power lines (cm01), succulent plant poaching (bd26, cb13), squid
fleets (br19-br21), swallows and tigers, besides the topics of sets 42 to 77 and those their
docstrings list as covered, and the chemicals, waste, pollution, energy and biosafety topics left
to set 78; screened with no or passing hits but not chosen: okapis, eiders, koalas, hoopoes,
partridges, sardines, glass frogs, cenotes and black coral.

The nearest are the primer canto del cuco noted by the Spanish phenology guide (co30), passing; the
sport fishing and catch-and-release pages (records49), which name no billfish, and the picudo rojo,
the red palm weevil (br30), no fish; the lenteja de agua, or lenteja acuática, the duckweed of
bt21, cl09 and cw30, no lentil, and the légumineuses and leguminosas sown as cover crops (bw11,
bw12) or in rotations and fallows (k06, bo12, cs18), no pulses grown for grain; the ragondin that
the water vole guide (dc08) teaches volunteers to tell apart, passing, and the nutrias of bl27 and
ci06, which are otters (Spanish nutria), not coypu; the yams and ignames of the home gardens of Sri
Lanka and Martinique (ce13, ce14), passing; the Caspian tern colony that the East Sand Island
cormorant dataset also covers (cg07) and the terns counted with ducks, waders and herons along the
East Atlantic Flyway (v04), 1 to the tern queries, and the sterne pierregarin, the little terns and
the sternes of bn20, ck25 and ci17, passing; the invasive kelp Undaria named by the Fiordland guide
and the tsunami debris dataset (bs04, bs25), passing, and the marées vertes of Brittany (k05,
bw11), native algae; the frog legs, bullfrog and chytrid pages, none about poison frogs; the
starlings that compete with parakeets for tree holes (ci13), passing; the estromatolitos watched by
the Cuatro Ciénegas project (de21), passing, and the Shark Bay seagrass of the marine heatwave case
study (cy19), no stromatolites. In the golden files, the only hits are the letters of other words
(Yamamoto) and a wood frog.

records78.py (ids df01..df30, on energy, waste, trade, chemicals, health and biosafety topics:
ocean thermal energy conversion, fuel briquettes, ice rinks, aviation contrails, food waste, paper
recycling, environmental goods, lead wheel weights, Minamata disease and the unique identifiers of
living modified organisms), written at the same time by another engineer, was searched for the same
words once it was finished: none of its records is about these topics, and none names a cuckoo, a
billfish, a lentil or chickpea, a coypu, a yam, a tern, an invasive seaweed, a poison frog, a
starling or a stromatolite (its Senegalese and Colombian pages, df05 and df03, are about typha
briquettes and ocean thermal energy for San Andrés, and its Buenos Aires page is about the food
waste of the Mercado Central).

Traps: the primer canto del cuco of co30 and the cuco común to which dg03 compares the críalo; the
occasional broadbill swordfish of dg04 and the espadon of dg05, left to another part of the
project, and the pez espada longliners of dg21, passing; the voiliers de plaisance of dg17, sailing
boats, not sailfish; the pois chiches of dg08 (a chapter) and the leguminosas of dg09's rotation;
the lobito de río of dg12, which is an otter, and the loutre and campagnol amphibie spared by the
cages of dg11; the cowpea and pigeon pea of dg13; the coucou geai of dg02 is a box, 1 to the críalo
queries; the estorninos negros parasitised by the críalo (dg03), passing, and the common myna of
dg25 and the estornino crestado of dg27, Asian starlings. Other sets' topics are named in passing:
the avutardas and sisones (bustards) of dg09; the teff and community seed banks of dg07 and the
banco comunitario de semillas of dg15; the génie végétal of dg11; the quemas de pajonales
(wildfires) of dg12; the shifting of yam fields into woodland (dg13); the lecture des saisons
(traditional weather indicators) and the accès aux ressources génétiques of dg14; the nest boxes of
dg16 and dg26, the pics of dg26 and the carpintero of dg27; the sauts (waterfalls) of dg23; the
customs officers trained in dg23 and dg24; the chytrid of dg22 and dg23; the camera traps of dg18;
the pulpo and gorgonias of dg21; the volcano of dg29; the quarry and the Malgana rangers of dg28;
the guides trained by dg29 and the guías of dg30 are tour guides. For the country queries: dg01
names Spain, Italy and the Congo basin only as stopovers and winter quarters of British cuckoos;
dg19 names the Mediterranean only as where Caulerpa taxifolia came from; dg20 is about France and
Monaco; dg12 names Chile only for a word.

Ids (dg01..dg30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dd01..dd30, de01..de30), nor with records78.py's (df01..df30), and no earlier id starts with "dg".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- cuckoos ------------------------------------------------------------------------------
    ("dg01", "dataset", "en",
     "Following the cuckoo to the Congo: satellite tracks of common cuckoos tagged in Britain, "
     "2011-2024",
     "Britain has lost more than half of its breeding common cuckoos (Cuculus canorus) since the "
     "early 1980s, with the steepest declines in lowland England, while numbers in Scotland have "
     "held up. To find out where the losses happen, a bird research trust has fitted more than a "
     "hundred adult male cuckoos with solar-powered satellite tags weighing five grams, caught "
     "in the Norfolk fens, the Scottish Highlands, Welsh uplands and the New Forest. This "
     "dataset holds every location fix, the dates of departure from Britain, the stopover sites "
     "in Italy, Spain and the Sahel, the wintering areas in the forests of the Congo basin and "
     "the return routes over West Africa. Birds that took the western route through Spain died "
     "more often in drought years. The dataset also links the tagged birds to their hosts (reed "
     "warblers in wetlands, meadow pipits on moorland, dunnocks in farmland) and to national "
     "counts of the hosts and of the large moth caterpillars that are the cuckoo's main food.",
     ("cuckoos", "Cuculus canorus", "migratory birds", "satellite tracking", "brood parasites"),
     ("GB",), "2024-09"),
    ("dg02", "document", "fr",
     "Le coucou gris et ses hôtes : fiche de suivi pour les observateurs bénévoles",
     "Le coucou gris (Cuculus canorus) a perdu près d'un tiers de ses effectifs en France depuis "
     "la fin des années 1980 selon le suivi temporel des oiseaux communs, et son chant, qui "
     "annonçait le printemps, s'entend moins dans les campagnes et les marais. Cette fiche, "
     "éditée par une association ornithologique régionale pour son réseau d'observateurs, "
     "explique le parasitisme de couvée : la femelle pond un œuf dans le nid d'une rousserolle "
     "effarvatte, d'une fauvette, d'un pipit ou d'un rouge-gorge, et le jeune coucou éjecte les "
     "œufs de ses hôtes. Elle décrit comment noter la première date de chant, repérer les nids "
     "parasités sans les déranger et distinguer le coucou de l'épervier en vol. Un encadré "
     "présente le coucou geai (Clamator glandarius), qui pond chez la pie bavarde en Camargue et "
     "en Languedoc. La fiche rappelle les causes probables du déclin : raréfaction des grosses "
     "chenilles, décalage entre l'arrivée du migrateur et la ponte de ses hôtes, sécheresses au "
     "Sahel.",
     ("coucou gris", "Cuculus canorus", "parasitisme de couvée", "suivi des oiseaux",
      "oiseaux migrateurs"),
     ("FR",), "2023-03"),
    ("dg03", "case-study", "es",
     "El críalo y las urracas de la Hoya de Guadix: cuarenta años de estudio del parasitismo de "
     "cría",
     "En los almendrales y olivares de la Hoya de Guadix, en Granada, el críalo europeo "
     "(Clamator glandarius), un cuco más grande que el cuco común, pone sus huevos en los nidos "
     "de la urraca, que cría a los pollos del parásito a costa de los suyos. Equipos de una "
     "estación experimental del CSIC y de la Universidad de Granada siguen desde los años "
     "ochenta cientos de nidos de urraca cada primavera. Este estudio de caso resume lo "
     "aprendido: las urracas de las zonas con críalos reconocen y expulsan más huevos extraños; "
     "los críalos destruyen los nidos de las urracas que rechazan sus huevos, una especie de "
     "represalia; y los pollos de críalo protegen a la nidada con una secreción que ahuyenta a "
     "los depredadores. También registra el parasitismo ocasional de estorninos negros y la "
     "pérdida de arboledas con el paso del secano al regadío. Concluye con recomendaciones para "
     "conservar los árboles dispersos y los sotos que las urracas necesitan para anidar.",
     ("cucos", "críalo europeo", "parasitismo de cría", "urraca", "agroecosistemas de secano"),
     ("ES",), "2022-10"),
    # --- billfish (sailfish and marlin) -------------------------------------------------------
    ("dg04", "dataset", "en",
     "Tag and release: sailfish and marlin caught by Kenya's coastal sport-fishing fleet, "
     "1987-2024",
     "Each season from November to March, charter boats from Watamu, Malindi and Kilifi troll "
     "the edge of the North Kenya Bank for Indo-Pacific sailfish, black, blue and striped marlin "
     "and the occasional broadbill swordfish. Since 1987 skippers and anglers have tagged and "
     "released most of the billfish they catch, and a local billfish foundation with the "
     "national fisheries research institute records each fish: species, estimated weight, "
     "position, tag number and any recapture. This dataset gathers more than 40,000 tagging "
     "records, catch per boat-day and water temperature, and the recaptures that show sailfish "
     "moving to Somalia, Tanzania and the Seychelles. It also holds interviews with artisanal "
     "fishers of Ungwana Bay, whose gill nets and handlines take sailfish for the local market, "
     "length data from landing sites, and trials of circle hooks that reduce deep hooking. The "
     "data feed the Indian Ocean Tuna Commission's assessments of billfish, most of which are "
     "caught as bycatch of tuna fisheries.",
     ("billfish", "sailfish", "marlin", "tag and release", "recreational fisheries"),
     ("KE",), "2024-05"),
    ("dg05", "project", "fr",
     "Voiliers et marlins bleus au large de Dakar : pêche sportive, pêche artisanale et gestion "
     "des poissons à rostre",
     "Entre juin et octobre, les eaux chaudes qui longent la presqu'île du Cap-Vert attirent les "
     "voiliers de l'Atlantique (Istiophorus albicans) et les marlins bleus, qui ont fait la "
     "réputation des centres de pêche sportive de Dakar, de Saly et de la Petite-Côte. Les mêmes "
     "poissons à rostre sont capturés par les piroguiers de Yoff, de Ouakam et de Mbour, à la "
     "ligne et au filet maillant dérivant, et vendus frais ou fumés sur les marchés. Ce projet, "
     "conduit par le service des pêches maritimes avec le centre de recherches océanographiques "
     "et les clubs de pêche, forme des enquêteurs sur les quais, pose des marques satellitaires "
     "sur des voiliers pour suivre leurs migrations, et prépare avec les pêcheurs artisanaux des "
     "tailles minimales et des périodes de repos. Les données sont transmises à la CICTA, la "
     "commission des thonidés de l'Atlantique, qui évalue les stocks de makaires et de voiliers. "
     "L'espadon, pêché par des palangriers étrangers, fait l'objet d'un volet distinct.",
     ("poissons à rostre", "voiliers", "marlin bleu", "pêche sportive", "pêche artisanale"),
     ("SN",), "2023-06"),
    ("dg06", "need", "es",
     "Necesidad: observadores y control de desembarques para proteger al pez vela y a los "
     "marlines en el Pacífico de Costa Rica",
     "El pez vela (Istiophorus platypterus) y los marlines, llamados en Costa Rica peces "
     "picudos, sostienen una pesca turística que mueve millones de dólares en Quepos, Golfito y "
     "la costa de Guanacaste, donde los peces capturados con caña deben liberarse. Sin embargo, "
     "la flota palangrera nacional que pesca dorado y atún los captura de manera incidental, y "
     "parte de esa captura se desembarca en Puntarenas y se vende como filete o como pez vela "
     "ahumado. Las organizaciones de pescadores deportivos y la autoridad pesquera solicitan "
     "apoyo para poner observadores a bordo y cámaras en los palangreros, estandarizar el "
     "registro de picudos en los puestos de desembarque, colocar marcas satelitales en peces "
     "vela y evaluar anzuelos circulares y cambios de carnada. También piden un estudio "
     "económico que compare el valor de un pez vela liberado, que puede volver a picar muchas "
     "veces, con el de uno vendido en el muelle.",
     ("pez vela", "marlines", "peces picudos", "pesca turística", "captura incidental"),
     ("CR",), "2024-03"),
    # --- pulses (lentils and chickpeas) -------------------------------------------------------
    ("dg07", "project", "en",
     "Keeping Ethiopia's chickpea and lentil landraces in farmers' fields",
     "Ethiopia is the largest producer of chickpeas in Africa and a centre of diversity for "
     "lentils, grass pea and faba bean, grown on the heavy black vertisols of the central "
     "highlands on the moisture left after the main rains. Improved varieties released since the "
     "2000s now cover much of the chickpea area around Debre Zeit and Minjar, and older "
     "landraces, the small brown desi chickpeas and the red lentils of Gojjam and North Shewa, "
     "are fading. This project, led by the national biodiversity institute with an agricultural "
     "research centre and farmer cooperatives, collects and characterises landraces, supports "
     "community seed banks in six districts, runs participatory trials in which women choose "
     "varieties for taste, cooking time and shiro flour, and tests their tolerance of drought "
     "and fusarium wilt. It also documents how the pulses fix nitrogen in rotations with teff "
     "and wheat, and trains extension workers to return seed to the villages it came from.",
     ("chickpeas", "lentils", "pulses", "landraces", "community seed banks"),
     ("ET",), "2023-11"),
    ("dg08", "document", "fr",
     "La lentille verte du Puy et le lentillon de Champagne : cultiver des légumineuses à "
     "graines pour la biodiversité",
     "Cultivée depuis des siècles sur les sols volcaniques du Velay, la lentille verte du Puy, "
     "protégée par une appellation d'origine depuis 1996, occupe quelque 4 000 hectares entre "
     "600 et 1 200 mètres d'altitude, où l'été sec et ensoleillé fait mûrir des graines à la "
     "peau fine. Ce guide technique, préparé par le syndicat de l'appellation, la chambre "
     "d'agriculture et un conservatoire botanique, explique les rotations avec les céréales, la "
     "lutte contre la bruche sans traitements systématiques, le désherbage mécanique et la "
     "récolte. Il montre que ces parcelles de légumes secs, en mosaïque avec des prairies et des "
     "haies, abritent des plantes messicoles, des alouettes et des papillons, et propose un "
     "carnet d'observation de la biodiversité. Un chapitre présente le lentillon rosé de "
     "Champagne et les pois chiches relancés par des coopératives du Sud-Ouest et de Provence "
     "dans le cadre du plan national pour les protéines végétales.",
     ("lentilles", "légumineuses à graines", "légumes secs", "agrobiodiversité",
      "appellations d'origine"),
     ("FR",), "2024-02"),
    ("dg09", "event", "es",
     "Jornada técnica: garbanzos y lentejas de secano en Castilla y León, legumbres para el "
     "suelo y las aves esteparias",
     "La jornada, organizada en Zamora por el instituto tecnológico agrario de la comunidad con "
     "las indicaciones geográficas protegidas Garbanzo de Fuentesaúco y Lenteja de Tierra de "
     "Campos, reunirá a agricultores, técnicos y ornitólogos para hablar del regreso de las "
     "legumbres a los secanos del Duero. Se presentarán ensayos de variedades de garbanzo "
     "pedrosillano y de lenteja pardina y castellana, los resultados de la rotación de cereal "
     "con leguminosas sobre la materia orgánica y el nitrógeno del suelo, y el efecto del "
     "calendario de las legumbres, que se siembran a finales del invierno y se cosechan en "
     "julio, sobre los nidos de sisones, avutardas y aguiluchos cenizos. Habrá una mesa sobre "
     "precios, plagas como la sitona y la rabia del garbanzo, y ayudas agroambientales, y una "
     "visita a una finca de Villalpando. La inscripción es gratuita y terminará con una "
     "degustación de legumbres locales.",
     ("legumbres", "garbanzos", "lentejas", "secano", "aves esteparias"),
     ("ES",), "2025-02"),
    # --- coypu (nutria) -----------------------------------------------------------------------
    ("dg10", "dataset", "en",
     "Nutria tails and marsh damage: Louisiana's Coastwide Nutria Control Program, 2002-2024",
     "Nutria, or coypu (Myocastor coypus), large South American rodents brought to Louisiana for "
     "fur farms in the 1930s, spread through the coastal marshes when fur prices collapsed, and "
     "their grazing on the roots of marsh grasses turned patches of wetland into open water. "
     "Since 2002 the state wildlife agency has paid registered trappers and hunters a bounty, "
     "now six dollars a tail, for nutria taken in coastal parishes. This dataset holds the "
     "number of tails turned in each season by parish and method, the number of participants, "
     "and the results of the yearly aerial survey that maps eat-outs, marsh visibly damaged by "
     "nutria, along flight lines from the Pearl River to the Sabine. Damaged area fell from "
     "about 80,000 acres in 2003 to a few thousand in recent years. It also lists the nutria "
     "removed by the eradication campaign in the Chesapeake Bay marshes of Maryland and recent "
     "sightings in California's San Joaquin Valley.",
     ("nutria", "coypu", "invasive alien species", "coastal marshes", "bounty programmes"),
     ("US",), "2024-08"),
    ("dg11", "project", "fr",
     "Lutte collective contre le ragondin dans le Marais poitevin : piégeage, berges et santé "
     "publique",
     "Introduit en France au XIXe siècle pour sa fourrure, le ragondin (Myocastor coypus) s'est "
     "installé dans presque tous les marais et cours d'eau de l'Ouest. Dans le Marais poitevin, "
     "deuxième zone humide de France, il creuse les berges des conches et des fossés, fait "
     "s'effondrer les chemins, consomme les cultures et les roselières, et peut transmettre la "
     "leptospirose aux éleveurs et aux pêcheurs. Ce projet, animé par l'établissement public du "
     "marais avec les groupements de défense contre les organismes nuisibles, les communes et "
     "des centaines de piégeurs bénévoles agréés, organise le piégeage en cages, la collecte des "
     "animaux et le suivi des captures par secteur, et fournit des cages sélectives pour "
     "épargner la loutre, le campagnol amphibie et la cistude. Il suit aussi le rat musqué, "
     "l'autre rongeur aquatique envahissant, et teste des protections de berges en génie "
     "végétal. La lutte chimique, aujourd'hui interdite, n'est plus pratiquée.",
     ("ragondins", "Myocastor coypus", "espèces exotiques envahissantes", "zones humides",
      "piégeage"),
     ("FR",), "2023-09"),
    ("dg12", "case-study", "es",
     "La nutria del Delta del Paraná: caza comercial de cueros, cupos y humedales",
     "En el Delta del Paraná y en los bañados de Entre Ríos y Buenos Aires, la nutria (Myocastor "
     "coypus), el roedor que en Chile se llama coipo, es nativa y ha sostenido por más de un "
     "siglo a familias de nutrieros que la cazan con trampas y canoa en invierno para vender los "
     "cueros. Este estudio de caso, de una universidad nacional con el organismo provincial de "
     "fauna, analiza veinte años de permisos, cupos y guías de tránsito de cueros, el desplome "
     "de las exportaciones de pieles a Europa y la reconversión de los nutrieros hacia la carne "
     "de nutria, que se vende en ferias y restaurantes de las islas. Muestra que las poblaciones "
     "resistieron la caza, pero sufren con las quemas de pajonales de 2020 y 2022 y con los "
     "terraplenes y endicamientos para la ganadería y los barrios cerrados. Advierte que no debe "
     "confundirse con el lobito de río, la nutria de los textos europeos, que es otra especie y "
     "está protegida.",
     ("nutrias", "coipo", "Myocastor coypus", "caza comercial", "humedales del Delta"),
     ("AR",), "2022-12"),
    # --- yams ---------------------------------------------------------------------------------
    ("dg13", "project", "en",
     "Ghana's yam belt: conserving yam landraces and clean seed yams in Bono East and the "
     "Northern Region",
     "Ghana is the world's largest exporter of yams, and in the transition zone between forest "
     "and savanna, around Kintampo, Atebubu, Yeji and Salaga, farmers still grow dozens of "
     "landraces of white and water yam (Dioscorea rotundata and D. alata) under names such as "
     "pona, labreko, dente and kukrupa. Yams are planted on mounds after clearing bush fallow, "
     "so expanding fields eat into woodland, and the seed yams kept from the harvest carry "
     "nematodes and viruses that cut yields. This project, run by a national crops research "
     "institute with district agriculture offices, keeps landraces in a field genebank and in "
     "vitro, multiplies clean planting material by the minisett and vine-cutting techniques, and "
     "trains farmers to stake yams on live trees and to intercrop them with cowpea and pigeon "
     "pea so that fields can be replanted instead of cleared. It also records the wild yams that "
     "forest communities dig in the lean season and the festivals that open the new yam harvest.",
     ("yams", "Dioscorea", "landraces", "seed yams", "food crops"),
     ("GH",), "2023-04"),
    ("dg14", "case-study", "fr",
     "L'igname, plante de la coutume : conserver les variétés kanak en Nouvelle-Calédonie",
     "En pays kanak, l'igname n'est pas seulement un aliment : elle rythme le calendrier, se "
     "plante sur de longs billons selon des règles transmises par les clans, se donne lors des "
     "mariages et des deuils, et la fête de l'igname nouvelle ouvre chaque année la saison de "
     "récolte dans les chefferies. Cette étude de cas suit le travail d'un institut agronomique "
     "qui entretient une collection de plus de trois cents variétés d'ignames (Dioscorea alata, "
     "D. esculenta et ignames sauvages) avec des cultivateurs de la Grande Terre et des îles "
     "Loyauté, et le programme qui leur a rendu des boutures saines après l'épidémie "
     "d'anthracnose des années 1990. Elle décrit les savoirs associés : choix des variétés selon "
     "leur rang coutumier, lecture des saisons dans la floraison de certains arbres, "
     "conservation des tubercules dans des cases à ignames. Elle aborde enfin l'accès aux "
     "ressources génétiques et le consentement des clans avant tout échange de variétés.",
     ("ignames", "Dioscorea", "savoirs traditionnels", "agrobiodiversité", "culture kanak"),
     ("NC",), "2022-08"),
    ("dg15", "need", "es",
     "Necesidad: semilla sana y conservación de variedades de ñame en los Montes de María",
     "En los Montes de María, entre Bolívar y Sucre, y en las sabanas de Córdoba, el ñame es la "
     "base de la comida y del ingreso de miles de familias campesinas, que lo siembran en "
     "montículos con tutores de caña o de varas. Colombia exporta ñame espino a Estados Unidos, "
     "pero los agricultores han visto caer sus cosechas por la antracnosis, que quema las hojas "
     "del ñame diamante, y por la semilla de mala calidad que pasa de finca en finca. Las "
     "variedades criollas, como el ñame espino, el ñame baboso y los ñames de monte, se están "
     "perdiendo. Una asociación de productores de San Juan Nepomuceno y El Carmen de Bolívar, "
     "con una universidad del Caribe colombiano, solicita apoyo para montar un banco comunitario "
     "de semillas y un laboratorio sencillo de multiplicación por minitubérculos, capacitar en "
     "el manejo de la antracnosis sin exceso de fungicidas y caracterizar las variedades "
     "locales. También pide acompañamiento para el acopio y la venta conjunta.",
     ("ñame", "Dioscorea", "semillas", "variedades criollas", "agricultura campesina"),
     ("CO",), "2024-07"),
    # --- terns --------------------------------------------------------------------------------
    ("dg16", "dataset", "en",
     "Roseate terns of Rockabill: nest counts, breeding success and ringing on an Irish islet, "
     "1989-2024",
     "Rockabill, a rocky islet with a lighthouse six kilometres off the north Dublin coast, "
     "holds the largest colony of roseate terns (Sterna dougallii) in Europe, grown from about "
     "150 pairs in 1989 to more than 1,600, beside several thousand pairs of common and Arctic "
     "terns. Every summer wardens live on the island for four months, put out the wooden nest "
     "boxes and shelters that roseate terns favour, clear vegetation and record every nest, "
     "clutch, chick and fledgling. This dataset brings together the annual counts of the three "
     "tern species, hatching and fledging success, chick diet from watches of the fish brought "
     "to the nests, mostly sandeels and sprats, and the rings read on adults, which show "
     "exchanges with colonies in Wales, England and Brittany and wintering in West Africa, where "
     "young terns were once trapped on the beaches of Ghana. It also holds the losses to storms, "
     "to predatory gulls and to avian influenza in 2023.",
     ("terns", "roseate tern", "Sterna dougallii", "seabird colonies", "nest boxes"),
     ("IE",), "2024-12"),
    ("dg17", "project", "fr",
     "Protéger les sternes de l'île aux Oiseaux, dans le delta du Saloum",
     "Chaque année, d'avril à août, des dizaines de milliers de sternes royales et de sternes "
     "caspiennes, avec des goélands railleurs et des mouettes à tête grise, nichent sur les "
     "bancs de sable de l'île aux Oiseaux, à l'embouchure du Saloum, l'une des plus grandes "
     "colonies de sternes de la côte ouest-africaine. Les œufs y étaient autrefois ramassés par "
     "centaines, et les pirogues de touristes et les voiliers de plaisance mouillés près de la "
     "pointe de Sangomar dérangent les oiseaux. Ce projet, mené par la direction des aires "
     "marines communautaires protégées avec les comités de plage de Djifer, Dionewar et Niodior, "
     "surveille l'île pendant la nidification avec des écogardes, compte les nids par drone, "
     "bague des poussins et mesure l'érosion de l'île depuis l'ouverture de la brèche de "
     "Sangomar en 1987. Il soutient aussi des activités génératrices de revenus pour les femmes "
     "transformatrices de produits de la mer, afin que le ramassage des œufs ne soit plus "
     "nécessaire.",
     ("sternes", "oiseaux marins", "colonies d'oiseaux", "aires marines protégées",
      "delta du Saloum"),
     ("SN",), "2023-05"),
    ("dg18", "support-source", "es",
     "Oferta: fondo concursable para proteger los sitios de nidificación del gaviotín chico en "
     "la costa de Antofagasta y Atacama",
     "El gaviotín chico (Sternula lorata), un gaviotín de apenas 22 centímetros que se alimenta "
     "en la corriente de Humboldt, anida lejos del mar, en las pampas desnudas del desierto de "
     "Atacama, donde pone sus huevos directamente en el suelo. Sus colonias conocidas, en "
     "Mejillones, Hornitos y Chañaral, están amenazadas por los vehículos todo terreno, los "
     "perros asilvestrados, los basurales y la expansión industrial. Una fundación regional, con "
     "aportes de empresas portuarias y energéticas, ofrece un fondo concursable para "
     "organizaciones locales, municipios y grupos de investigación: financia cercos y señalética "
     "en los sitios de nidificación, monitoreo con guardaparques comunitarios, cámaras trampa, "
     "educación en escuelas y caletas, y estudios de la dieta, basada en anchoveta y pejerrey de "
     "mar. Los proyectos pueden durar hasta dos años, deben contar con el acuerdo de los dueños "
     "de los terrenos y coordinarse con el servicio de biodiversidad. La convocatoria cierra en "
     "junio.",
     ("gaviotines", "gaviotín chico", "Sternula lorata", "aves marinas", "desierto costero"),
     ("CL",), "2024-04"),
    # --- invasive seaweeds (Caulerpa, Rugulopteryx) -------------------------------------------
    ("dg19", "case-study", "en",
     "Eradicating Caulerpa: lessons from the killer algae outbreaks in southern California "
     "lagoons",
     "In June 2000 divers surveying eelgrass in Agua Hedionda Lagoon, Carlsbad, found a bright "
     "green seaweed: Caulerpa taxifolia, the aquarium strain that had smothered thousands of "
     "hectares of the Mediterranean seabed. A response team of state and federal agencies, a "
     "water district and a power company covered each patch with plastic tarps, injected liquid "
     "chlorine beneath them and surveyed the lagoon and Huntington Harbour by diver transects "
     "for six years before declaring eradication in 2006, at a cost of about seven million "
     "dollars. This case study follows that effort and the second outbreak in 2021, when another "
     "species, Caulerpa prolifera, was found in Newport Bay and Mission Bay and treated with "
     "suction dredging and tarps. It explains the state ban on selling the seaweed in aquarium "
     "shops, early detection surveys by volunteer divers, and why fast action, a funded standing "
     "team and clear authority made the difference.",
     ("invasive seaweeds", "Caulerpa", "marine invasive species", "eradication", "aquarium trade"),
     ("US",), "2023-01"),
    ("dg20", "document", "fr",
     "Caulerpes envahissantes en Méditerranée : guide de reconnaissance et de signalement pour "
     "les plongeurs",
     "Depuis son apparition sous le musée océanographique de Monaco en 1984, Caulerpa taxifolia, "
     "surnommée l'algue tueuse, a colonisé des milliers d'hectares de fonds entre l'Espagne et "
     "la Croatie, avant de régresser à partir des années 2000. Une autre caulerpe, Caulerpa "
     "cylindracea, venue d'Australie, s'étend aujourd'hui plus vite, sur les fonds rocheux, le "
     "coralligène et les mattes mortes de posidonie, de la Côte Bleue à la Corse. Ce guide, "
     "publié par un réseau de surveillance du littoral avec des clubs de plongée, montre comment "
     "distinguer les deux caulerpes des algues vertes indigènes, noter la profondeur, la surface "
     "et le substrat, photographier avec une échelle et signaler chaque observation sur la "
     "plateforme régionale. Il rappelle qu'il ne faut pas arracher les fragments, qui "
     "repoussent, et que les ancres et les filets disséminent ces algues. Un chapitre traite de "
     "Rugulopteryx okamurae, algue brune asiatique installée dans le détroit de Gibraltar et "
     "signalée près de Marseille.",
     ("algues envahissantes", "caulerpes", "espèces exotiques envahissantes", "plongée",
      "Méditerranée"),
     ("FR", "MC"), "2022-04"),
    ("dg21", "need", "es",
     "Necesidad: respuesta a la invasión del alga asiática Rugulopteryx okamurae en el Estrecho "
     "de Gibraltar",
     "Detectada en Ceuta en 2015, el alga parda asiática Rugulopteryx okamurae cubre hoy buena "
     "parte de los fondos rocosos del Estrecho, desde Tarifa y Algeciras hasta la costa de "
     "Málaga y Granada, y ha llegado a Canarias y las Azores. Desplaza a las gorgonias, a los "
     "bosques de algas autóctonas y a sus peces, y en verano las arribazones dejan miles de "
     "toneladas pudriéndose en las playas de Tarifa, Barbate y Ceuta, que los ayuntamientos "
     "deben retirar. Los pescadores artesanales de la bahía de Algeciras y de Conil dicen que el "
     "alga atasca las redes y las nasas y ha cambiado las capturas de voraz y de pulpo; el "
     "palangre de superficie del pez espada no se ve afectado. La solicitud, de una red de "
     "municipios y cofradías con universidades andaluzas, pide apoyo para cartografiar la "
     "invasión, seguir su efecto en las pesquerías, ensayar usos de la biomasa retirada, como "
     "compost o bioplásticos, y formar a los técnicos en la gestión de especies exóticas "
     "invasoras.",
     ("algas invasoras", "Rugulopteryx okamurae", "especies exóticas invasoras", "pesca artesanal",
      "Estrecho de Gibraltar"),
     ("ES",), "2024-09"),
    # --- poison frogs (Dendrobatidae) ---------------------------------------------------------
    ("dg22", "case-study", "en",
     "Farming poison frogs to undercut the smugglers: licensed captive breeding in San Martín, "
     "Peru",
     "The small, brightly coloured poison frogs of the Peruvian Amazon, such as the mimic poison "
     "frog (Ranitomeya imitator) and its colour forms from Tarapoto and the Huallaga valley, "
     "fetch high prices among hobbyists in Europe, North America and Japan, and for years "
     "thousands were smuggled out in film canisters and socks. This case study looks at a "
     "community-based breeding operation near Tarapoto, licensed by the national forestry and "
     "wildlife service, that since 2011 has raised frogs from founders collected under permit "
     "and exported them legally with CITES Appendix II permits. Villagers who once collected "
     "frogs for traffickers now tend the breeding enclosures and protect the forest patches "
     "where wild frogs live. The study compares the prices of legal and illegal frogs, reviews "
     "the genetic checks showing that no wild frogs are laundered, and discusses chytrid testing "
     "before export, benefit-sharing with landowners and the limits of using trade to conserve "
     "species with very small ranges.",
     ("poison frogs", "Dendrobatidae", "captive breeding", "wildlife trade", "CITES"),
     ("PE",), "2023-10"),
    ("dg23", "project", "fr",
     "Dendrobates de Guyane : suivre les grenouilles venimeuses et freiner les prélèvements "
     "illégaux",
     "Dans les forêts de Guyane vivent plusieurs grenouilles venimeuses de la famille des "
     "dendrobatidés, dont le dendrobate à tapirer (Dendrobates tinctorius), aux couleurs très "
     "variables d'un massif à l'autre, et de petits Ranitomeya et Allobates des sous-bois. Très "
     "recherchées par les terrariophiles, ces grenouilles sont protégées par arrêté ministériel, "
     "mais des prélèvements illégaux sont régulièrement découverts lors des contrôles à "
     "l'aéroport de Cayenne et dans les colis postaux. Ce projet, porté par une association "
     "naturaliste avec l'office de la biodiversité, le parc amazonien et la gendarmerie, "
     "cartographie les formes de couleur le long des pistes et des sauts de la montagne de Kaw "
     "et de Saül, suit des populations témoins et la chytridiomycose, et forme les douaniers à "
     "reconnaître les espèces. Il produit aussi des fiches pour les éleveurs amateurs en Europe, "
     "afin qu'ils vérifient l'origine légale des animaux qu'ils achètent.",
     ("grenouilles venimeuses", "dendrobates", "amphibiens", "commerce illégal d'espèces",
      "Guyane"),
     ("GF",), "2024-01"),
    ("dg24", "need", "es",
     "Necesidad: frenar el tráfico de ranas venenosas del Chocó biogeográfico",
     "Colombia tiene más de ochenta especies de ranas venenosas, o ranas dardo, entre ellas la "
     "rana dorada (Phyllobates terribilis) de los ríos de la costa del Cauca, cuyo veneno usaban "
     "los emberá en los dardos de sus cerbatanas, y las ranas de Lehmann y arlequín (Oophaga "
     "lehmanni y O. histrionica) del Valle del Cauca y del Chocó, en peligro crítico. En la "
     "última década las autoridades han decomisado cientos de ranas en maletas en el aeropuerto "
     "El Dorado y en encomiendas hacia Europa y Asia. Una alianza de la corporación autónoma "
     "regional, consejos comunitarios afrodescendientes, resguardos indígenas y una empresa de "
     "zoocría legal que exporta ranas criadas en cautiverio solicita apoyo para capacitar a "
     "policías y funcionarios de aduanas en la identificación de las especies, montar un "
     "laboratorio de genética que distinga animales silvestres de criados y financiar el "
     "monitoreo comunitario de las poblaciones. También pide campañas en los mercados de "
     "mascotas de los países de destino.",
     ("ranas venenosas", "Dendrobatidae", "tráfico de fauna silvestre", "anfibios", "Chocó"),
     ("CO",), "2024-11"),
    # --- starlings ----------------------------------------------------------------------------
    ("dg25", "case-study", "en",
     "Keeping starlings out of Western Australia: fifty years of a surveillance line on the "
     "state border",
     "Common starlings (Sturnus vulgaris), released in Melbourne and Adelaide in the 1850s and "
     "1860s, now occupy most of south-eastern Australia, where they damage grapes, cherries and "
     "grain, foul feedlots and take nest hollows from native parrots and pardalotes. Western "
     "Australia has kept them out since 1971 by surveillance along the Nullarbor and the south "
     "coast between Eyre and Esperance, where flocks arriving from South Australia are found and "
     "destroyed. This case study reviews the state agriculture department's programme: trapping "
     "with decoy birds, shooting, reports from farmers, the incursion near Condingup that took "
     "years to clear, DNA tests to trace where birds came from, and the cost, a few hundred "
     "thousand dollars a year against tens of millions in avoided losses to horticulture. It "
     "also covers the common myna, an Asian starling spreading in the eastern states, and what "
     "other regions can learn from a border kept closed to an invasive bird.",
     ("starlings", "Sturnus vulgaris", "invasive birds", "biosecurity", "surveillance"),
     ("AU",), "2022-07"),
    ("dg26", "dataset", "fr",
     "L'étourneau sansonnet et les oiseaux des cavités au Québec : données des réseaux de "
     "nichoirs, 1995-2024",
     "Lâché à Central Park, à New York, en 1890, l'étourneau sansonnet (Sturnus vulgaris) s'est "
     "répandu dans toute l'Amérique du Nord et niche au Québec dans les villes, les fermes et "
     "les lisières. Cavicole agressif, il s'empare des trous de pics et des nichoirs et en "
     "chasse le merlebleu de l'Est, l'hirondelle bicolore et le pic flamboyant. Ce jeu de "
     "données, réuni par une association d'ornithologues amateurs avec des chercheurs "
     "universitaires, rassemble le suivi annuel de plus de 3 000 nichoirs des Cantons-de-l'Est, "
     "de la Montérégie et du Saguenay : espèce occupante, nombre d'œufs et de jeunes à l'envol, "
     "nichées d'étourneaux retirées, et diamètre des trous d'entrée, dont la réduction à 38 "
     "millimètres empêche l'étourneau d'entrer. Il inclut aussi des comptages des dortoirs "
     "hivernaux d'étourneaux en ville et les dégâts aux petits fruits et aux vergers signalés "
     "par les producteurs.",
     ("étourneaux", "Sturnus vulgaris", "espèces envahissantes", "nichoirs", "oiseaux cavicoles"),
     ("CA",), "2024-10"),
    ("dg27", "need", "es",
     "Necesidad: controlar la expansión del estornino pinto y del estornino crestado en la "
     "región pampeana",
     "El estornino pinto (Sturnus vulgaris), liberado en la ciudad de Buenos Aires a fines de la "
     "década de 1980, ya ocupa buena parte de las provincias de Buenos Aires, Santa Fe, Entre "
     "Ríos, Córdoba y La Pampa. En el área metropolitana convive con el estornino crestado "
     "(Acridotheres cristatellus), otro invasor llegado por el comercio de aves de jaula. Ambos "
     "ocupan huecos de árboles y postes y desplazan a aves nativas como el carpintero campestre, "
     "las golondrinas y los loros barranqueros, y los productores de frutales y de vid del norte "
     "de la Patagonia temen su llegada a sus chacras. Una dirección provincial de fauna, con un "
     "museo de ciencias naturales y grupos de observadores de aves, solicita apoyo para mapear "
     "la invasión con registros ciudadanos, evaluar el impacto sobre las aves nativas, probar "
     "trampas en los dormideros y diseñar un plan de control antes de que el estornino alcance "
     "el Alto Valle de Río Negro.",
     ("estorninos", "Sturnus vulgaris", "especies exóticas invasoras", "aves", "región pampeana"),
     ("AR",), "2023-12"),
    # --- stromatolites ------------------------------------------------------------------------
    ("dg28", "document", "en",
     "Visiting Hamelin Pool: a guide to the living stromatolites of Shark Bay",
     "At Hamelin Pool, a shallow and very salty bay in the Shark Bay World Heritage Area of "
     "Western Australia, cyanobacteria trap sediment and precipitate carbonate to build "
     "stromatolites, rounded rocky mounds that grow about half a millimetre a year and resemble "
     "the oldest fossils of life on Earth, some 3.5 billion years old. This visitor guide, "
     "produced by the state parks agency with the Malgana traditional owners, explains how the "
     "microbial mats work, why the salty water keeps out the grazing snails that elsewhere eat "
     "them, and why visitors must stay on the boardwalk, rebuilt after storm damage; a single "
     "footprint can destroy centuries of growth. It covers the shell beach and the old quarry "
     "where blocks of coquina were cut, the rules on vehicles and drones, and research on how "
     "heat and flooding rains threaten the mats. A section tells Malgana stories of the place.",
     ("stromatolites", "microbial mats", "World Heritage", "visitor management", "Shark Bay"),
     ("AU",), "2023-06"),
    ("dg29", "project", "fr",
     "Le lac Dziani Dzaha et ses stromatolithes : connaître et protéger un lac de cratère de "
     "Mayotte",
     "Sur la Petite-Terre de Mayotte, le lac Dziani Dzaha occupe un ancien cratère volcanique. "
     "Ses eaux vertes, très alcalines et plus salées que la mer, sont dominées par une "
     "cyanobactérie qui les colore toute l'année, et sur ses bords se forment des stromatolithes "
     "et des tapis microbiens, constructions calcaires bâties par des micro-organismes qui "
     "rappellent les premiers écosystèmes de la Terre. Ce projet, porté par des chercheurs de "
     "deux universités avec le Conservatoire du littoral, propriétaire du site, et une "
     "association locale, mesure la chimie de l'eau, les bulles de gaz d'origine profonde, plus "
     "abondantes depuis la naissance du volcan sous-marin au large de l'île en 2018, et la "
     "croissance des stromatolithes. Il aménage aussi un sentier de découverte autour du "
     "cratère, forme des guides et travaille avec les habitants de Pamandzi et de Labattoir, "
     "pour qui le lac est un lieu de cérémonies et de récits.",
     ("stromatolithes", "tapis microbiens", "lacs de cratère", "géopatrimoine", "Mayotte"),
     ("YT",), "2023-02"),
    ("dg30", "need", "es",
     "Necesidad: frenar la degradación de los estromatolitos de la laguna de Bacalar",
     "La laguna de Bacalar, en el sur de Quintana Roo, conocida como la laguna de los siete "
     "colores, alberga uno de los arrecifes de estromatolitos de agua dulce más extensos del "
     "mundo, formaciones vivas construidas por bacterias y cianobacterias durante miles de años. "
     "En 2020 y 2021 el agua se volvió café por los sedimentos y la materia orgánica que "
     "llegaron tras las tormentas, por el desmonte y por los agroquímicos de los campos de la "
     "cuenca, y una parte de los estromatolitos murió. A ello se suman las lanchas, el pisoteo "
     "de los bañistas, los muelles de los hoteles y las aguas residuales sin tratar. Un comité "
     "de cuenca, con el municipio, cooperativas de prestadores de servicios turísticos y una "
     "universidad de la península, solicita apoyo para vigilar la calidad del agua, señalizar "
     "zonas de exclusión, capacitar a guías y lancheros, ordenar el turismo con cupos diarios y "
     "restaurar la selva y los humedales que filtran el agua que llega a la laguna.",
     ("estromatolitos", "laguna de Bacalar", "turismo", "calidad del agua", "cuencas"),
     ("MX",), "2024-06"),
)  # fmt: skip
