"""Clearing-house records of the seventy-seventh judged relevance set
(tests/search/relevance/queries77.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on lemurs (the ring-tailed lemur troops of Berenty and Bezà
Mahafaly; the maki of Mayotte, between forests, banana plots and power lines; an offer from a
Valencian zoo foundation for the lémur de ojos azules of Sahamalaza); on shads (fish passes for
allis and twaite shad on the Severn; a management plan for the alose feinte du Rhône and its bulls;
a need for the sábalo and saboga of the Miño above the Frieira dam); on prickly pear cacti
(cochineal released against invasive Opuntia stricta in Laikipia; the cactus, or hendi, of Morocco
replanted with varieties resistant to the cochenille; a guide to the tuneras and the cochinilla of
Lanzarote, the chumberas of the Peninsula and the nopales of Mexico); on porcupines (crested
porcupines, the istrice, spreading north in Italy; the porc-épic d'Amérique of the
Bas-Saint-Laurent, its pékans and its quills; a need for the coendú of the selva paranaense of
Misiones); on cinchona, the quinine tree (a need to control the invasive red quinine tree in the
highlands of Santa Cruz, Galápagos; the quinquina plantations of South Kivu around Kahuzi-Biega;
Peru's conservation plan for the quina or cascarilla of its coat of arms); on buckwheat (the sweet
and bitter buckwheat landraces of Bumthang, Bhutan; a journée technique on the blé noir, or
sarrasin, of Brittany; the fajol, alforfón or trigo sarraceno, of the Garrotxa); on pupfish and
killifish of desert waters (the Devils Hole pupfish counts; a need for the aphanius, small
cyprinodontes, of the springs and oases of the Nefzaoua; the cachorritos of Cuatro Ciénegas); on
canopy walkways and zip lines (thirty years of the Kakum canopy walkway; a guide to the parcours
acrobatiques, accrobranche, tyroliennes and passerelles of French forests; a need to measure what
the canopys, the Costa Rican word for zip lines, and the puentes colgantes do to the cloud forest
fauna of Monteverde); on rain gardens (Kansas City's 10,000 Rain Gardens; a Québec guide to the
jardin de pluie; a workshop on jardines de lluvia in the schools of Iztapalapa); and on cuttlefish
(the giant Australian cuttlefish aggregation of Point Lowly; supports de ponte for the seiche and
its raisins de mer in Normandy; the chocos, the sepias of the golfo de Cádiz, and their landings).
English, French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records75.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (lemur, lémurien, lémur, maki, sifaka, indri, aye-aye, Eulemur,
Propithecus; shad, Alosa, alose, alosa, sábalo, saboga, river herring, alewife; prickly pear,
Opuntia, cactus, cactée, figuier de Barbarie, figue, nopal, tuna, chumbera, tunera, higo chumbo,
cochineal, cochenille, cochinilla, grana, carmine, Dactylopius; porcupine, Hystrix, Erethizon,
Coendou, porc-épic, urson, puercoespín, puerco espín, coendú, quills, piquants, púas; cinchona,
quinine, quinquina, quina, quinina, cascarilla; buckwheat, Fagopyrum, sarrasin, blé noir, galette,
alforfón, trigo sarraceno, fajol, soba; pupfish, killifish, toothcarp, Cyprinodon, cyprinodont,
Aphanius, cachorrito, fartet, samaruc, Devils Hole, Cuatro Ciénegas; canopy walkway, canopy,
canopée, zip line, zipline, tyrolienne, accrobranche, passerelle, tirolesa, puente colgante,
treetop, suspension bridge; rain garden, bioretention, bioswale, jardin de pluie, noue,
biorétention, jardín de lluvia, drenaje sostenible, sponge city; cuttlefish, Sepia, seiche, sepia,
choco, jibia, chipirón, cephalopod, céphalopode, cefalópodo). Screened and dropped as covered:
sloths (bn10-bn12), tapirs (bo01-bo03), pangolins (bb25, bb26), horseshoe crabs (l25-l27), dung
beetles (bm16-bm18), bamboo (ba10-ba12), sea urchins (the kelp page y13), jellyfish (s19-s21),
penguins (bn07-bn09), albatrosses (l01-l03), storks (bt01-bt03), manta rays (bc07-bc09), bumblebees
(bl19-bl21), snow leopards (z28, z29), earthworms (r19-r21), dugongs (o01-o03), quinoa (ba22-ba24),
olive quick decline (bl04, bl05), chestnut groves (bp28-bp30), cashew (bw28-bw30), falconry (bj01),
araucarias (bo04-bo06), rosewood (o10-o12), sandalwood (ba25-ba27), queen conch (bc01-bc03), spiny
lobster (bt18), water hyacinth (n32), ash dieback (bu11), freshwater turtles (bm10-bm12), saiga
(y10-y12), vicuñas (z13-z15), sacred groves (u08), seagrass (the dugong pages o01-o03), maerl
(bj07-bj09), lionfish (n31), crown-of-thorns starfish (bi28-bi30), river dolphins (ba01-ba03),
urban wetlands (o19-o21), shellfish gathering and cockles (by10-by12), fog harvesting (bh28-bh30),
zaï (l13-l15), chinampas (s10) and orchids (o13-o15), besides the topics of sets 42 to 75 and those
their docstrings list as covered, and the chemicals, waste, pollution, energy and biosafety topics
left to set 76; screened with no or passing hits but not chosen: okapis, eiders, cuckoos, billfish,
chickpeas and lentils, natural dyes and raised fields (the waru waru named by bu27).

The nearest are the lémuriens noted in passing by the ebony, baobab and pitcher-plant pages of
Madagascar (ci23, cu08, cy14) and the makis that lost their food trees to the cyclone Chido in the
Mayotte need (bz26), one line of it; the sapo concho, Peltophryne lemur (bg30), a toad; the aloses
named with the lamproies, the salmon and the silures of the Garonne (br05, cc17, cy26) and the
river herring, also shads, counted in the daylighted Saw Mill River (ck16), all passing; the
sábalos (Prochilodus) of the Río de la Plata, the smoked fish of Amazonian communities and the
Paraná fisheries (bp12, bx12, cc27), another fish, and Saboga island of the Pearl Islands (cq27);
the cochenilles of Moroccan citrus and Tahitian breadfruit (l08, ce17) and the grana cochinilla
that dyes the Zapotec silk (cc30), none of them on a cactus; the porcupines among the prey of harpy
eagles (ck01); the Aphanius of the hot springs of lac Abbé (bo08) and the fartet of the rambla
Salada (cs30), passing; the canopy bridges for sloths (bn10) and the forest canopy of other pages
(bk13, bo04, br25, bz25), no walkways for visitors; the rain gardens built with other features in
Chicago's green schoolyards (cq19), 1 to the rain garden queries, and those named among what the
participants of a workshop do (by22) and tested against 6PPD-quinone (bv07), and the noues of the
Cours Oasis guide (cq20) and of the 6PPD guide (bv08); the seiches and chocos caught in the fish
traps of Oléron and the corrales of Rota (ce20, ce21), passing; the octopus pages (bt17), other
cephalopods. In the golden files, the only hits are the letters of other words (making, zip files).

records76.py (ids dd01..dd30, on chemicals, waste, energy, health, biosafety and capacity topics:
trichloroethylene, hookah smoke, wet wipes, cannabis cultivation, jatropha, wood pellets, appliance
energy labels, GM squash, pre-shipment inspection and rosters of experts), written at the same time
by another engineer, was searched for the same words once it was finished: none of its records is
about these topics, and none names a lemur, a shad, a prickly pear or cochineal, a porcupine, a
cinchona, buckwheat, a pupfish or killifish, a canopy walkway or zip line, a rain garden or a
cuttlefish (its Kenyan, Mexican and Spanish pages are about pre-shipment inspection, jatropha, GM
squash, hookah smoke and wet wipes).

Traps: the raketa, the prickly pear whose fruit the ring-tailed lemurs of Berenty eat (de01), the
nopales and magueyes planted in the rain garden of Iztapalapa (de27) and the puercoespines seen
from the cables of Monteverde (de24) are passing, 0 to the prickly pear and porcupine queries; the
zip lines that the Kakum case study (de22) only wonders about are 0 to the zip line queries; the
earthquakes that slosh Devils Hole (de19) are passing; the sábalo de los ríos sudamericanos
(Prochilodus) is named by de06 only to be told apart, and the jibia, the giant squid of Chile, by
de30; the camellones of de27 are street medians. Other sets' topics are named in passing: the
feeding of makis by tourists (de02); the anacardo of de03; the lampreys, eels and fish passes of
de04, de05 and de06 and the pesqueiras (fish weirs) of de06; the silure of de05; the camels of
de07; the bees of de08, de16, de17 and de18; the paredes and picón of de09; the pékan of de11; the
pasafaunas of de12; the tree ferns of de13; the gorille de Grauer of de14; the bosques de neblina
of de15 and the bosque nuboso and quetzales of de24; the bocage of de17; the oasis, palmeraies and
gambusie of de20; the alfalfa, tortuga bisagra and estromatolitos of de21; the pics and
chauves-souris of de23; the green roofs of de25 and toits verts of de26; the monarch butterflies of
de25; the schoolyard of de27; the snorkellers and the desalination plant of de28. For the country
queries: de02 is about Mayotte (YT) and names no Madagascar; de06 is about Spain and Portugal; de30
names Chile only for a word; de03 names Valencia only as the seat of the foundation.

Ids (de01..de30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
db01..db30, dc01..dc30), nor with records76.py's (dd01..dd30), and no earlier id starts with "de".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- lemurs -------------------------------------------------------------------------------
    ("de01", "dataset", "en",
     "Ring-tailed lemurs of Berenty and Bezà Mahafaly: troop censuses, births and drought "
     "deaths, 1987-2024",
     "The ring-tailed lemur (Lemur catta), the grey lemur with a black-and-white banded tail, "
     "lives in the gallery forests and spiny thickets of southern and south-western Madagascar. "
     "This dataset, kept by the research team of the Bezà Mahafaly Special Reserve with the "
     "University of Antananarivo and by the private reserve of Berenty on the Mandrare river, "
     "brings together the yearly censuses of marked troops since 1987: troop size, adult "
     "females, births in September and October, infant survival, and animals found dead after "
     "the droughts of 1992, 2006 and 2021. It adds counts of Verreaux's sifaka in the same "
     "forests, the fruiting calendar of the tamarind trees, and the cattle grazing and charcoal "
     "cutting recorded around the reserves. Lemurs at Berenty also eat the fruit of raketa, the "
     "introduced prickly pear of the south, which is noted only as a food item. The series shows "
     "declines of more than half outside protected forests.",
     ("lemurs", "Lemur catta", "primates", "gallery forests", "population monitoring"),
     ("MG",), "2024-10"),
    ("de02", "project", "fr",
     "Le maki de Mayotte : protéger le lémurien de l'île entre forêts, bananeraies et lignes "
     "électriques",
     "Le maki de Mayotte (Eulemur fulvus), que les Mahorais appellent simplement maki, est le "
     "seul primate sauvage de l'île et une espèce protégée. On en comptait environ 50 000 dans "
     "les années 1970 ; les recensements récents en trouvent moins de la moitié, car la forêt "
     "recule devant les cultures sur brûlis, les padzas s'étendent et les maisons gagnent les "
     "hauteurs. Ce projet, mené par une association naturaliste avec le Conseil départemental, "
     "l'Office français de la biodiversité et la réserve naturelle nationale des forêts de "
     "Mayotte, recense les groupes le long de transects, isole les câbles électriques où des "
     "makis s'électrocutent et aide les agriculteurs à protéger bananes et mangues sans piéger "
     "ni empoisonner les animaux. Il mène aussi une campagne pour que touristes et habitants "
     "cessent de nourrir les makis sur les plages et autour des hôtels, et soigne les animaux "
     "blessés dans un centre d'accueil.",
     ("lémuriens", "makis", "Eulemur fulvus", "primates", "Mayotte"),
     ("YT",), "2024-05"),
    ("de03", "support-source", "es",
     "Oferta: becas y apoyo técnico para conservar el lémur de ojos azules del parque nacional "
     "de Sahamalaza",
     "El lémur de ojos azules (Eulemur flavifrons), uno de los pocos primates que, como el ser "
     "humano, tienen el iris azul, vive solo en los bosques secos de la península de Sahamalaza "
     "y de la tierra firme vecina, en el noroeste de Madagascar, y está en peligro crítico por "
     "las quemas para pastos, los cultivos de anacardo y la caza. Una fundación zoológica de "
     "Valencia, socia del consorcio de zoológicos europeos que sostiene la estación de campo del "
     "parque, ofrece a organizaciones y universidades malgaches dos becas anuales de maestría "
     "para biólogos del país, formación de guías comunitarios en el seguimiento de grupos por "
     "telemetría, material para los viveros que replantan corredores entre fragmentos de bosque "
     "y asesoría para los planes de manejo de lémures de otras áreas protegidas. Las solicitudes "
     "se reciben hasta marzo de cada año. La cría en cautividad en Europa, que depende del "
     "programa europeo de la especie, no forma parte de la oferta.",
     ("lémures", "Eulemur flavifrons", "primates", "bosques secos", "becas"),
     ("MG",), "2024-01"),
    # --- shads --------------------------------------------------------------------------------
    ("de04", "project", "en",
     "Unlocking the Severn: fish passes at four weirs bring allis and twaite shad back to their "
     "old spawning grounds",
     "Until navigation weirs were built on the River Severn in the 1840s, tens of thousands of "
     "shad ran upriver each spring to spawn as far as Shrewsbury. Since then twaite shad (Alosa "
     "fallax) have been held below Worcester, and allis shad (Alosa alosa), once common, have "
     "almost vanished from Britain. This project, led by the navigation authority with the "
     "Environment Agency, Natural England and a wildlife trust, has built fish passes at the "
     "Diglis, Bevere, Holt and Lincomb weirs, including a deep vertical-slot pass at Diglis, and "
     "reopened 253 kilometres of river. Shad are counted by cameras and acoustic tags in the "
     "passes, and their eggs and larvae are sampled on the gravel beds upstream. A heritage "
     "programme gathers memories of the shad fishery and the Severn's net fishermen. Sea "
     "lampreys and eels using the passes are also recorded, but the monitoring is designed for "
     "shad.",
     ("shads", "Alosa fallax", "Alosa alosa", "fish passes", "migratory fish"),
     ("GB",), "2023-09"),
    ("de05", "document", "fr",
     "Plan de gestion de l'alose feinte du Rhône : franchissement des barrages, pêche et suivi "
     "des frayères",
     "L'alose feinte du Rhône (Alosa fallax rhodanensis), cousine méditerranéenne de la grande "
     "alose, remonte au printemps de la mer vers le Rhône, la Saône, l'Ardèche, la Cèze et le "
     "Gardon pour frayer la nuit sur les graviers, dans des éclaboussures que les pêcheurs "
     "appellent les bulls. Les barrages du Rhône l'ont longtemps arrêtée à Beaucaire. Ce plan, "
     "préparé par l'association des migrateurs du bassin avec les services de l'État, le "
     "concessionnaire des barrages et les fédérations de pêche, fait le point sur les manœuvres "
     "des écluses de Beaucaire et de Vallabrègues qui laissent passer les aloses, les passes à "
     "poissons construites depuis 2000, les stations de comptage vidéo et le suivi des frayères "
     "par les bulls. Il fixe les règles de la pêche de loisir aux leurres, les quotas et les "
     "tailles, et demande de suivre la prédation par le silure. Les lamproies et l'anguille "
     "relèvent de plans séparés.",
     ("aloses", "alose feinte du Rhône", "Alosa fallax rhodanensis", "poissons migrateurs",
      "continuité écologique"),
     ("FR",), "2022-03"),
    ("de06", "need", "es",
     "Necesidad: devolver el sábalo y la saboga al curso alto del Miño, cerrado por la presa de "
     "Frieira",
     "El sábalo (Alosa alosa) y la saboga (Alosa fallax) subían cada primavera por el Miño hasta "
     "Ourense y más arriba; hoy la presa de Frieira, terminada en 1970 al final del tramo "
     "internacional, les cierra el paso a unos 80 kilómetros de la desembocadura, y las capturas "
     "en el estuario y en las pesqueiras del tramo fronterizo se han desplomado. Las cofradías y "
     "asociaciones de pescadores de las dos orillas, con la Xunta de Galicia y las autoridades "
     "portuguesas, piden apoyo para estudiar con marcas acústicas dónde frezan hoy las alosas, "
     "construir o adaptar un paso para peces en Frieira, limpiar las graveras cubiertas de "
     "sedimento y fijar vedas comunes a España y Portugal. La lamprea, más valorada en el "
     "mercado, y la angula tienen ya sus propios planes. Este sábalo es un pez de mar que "
     "remonta los ríos para frezar; no es el sábalo de los ríos sudamericanos (Prochilodus).",
     ("alosas", "sábalo", "saboga", "peces migratorios", "río Miño"),
     ("ES", "PT"), "2024-04"),
    # --- prickly pear cacti -------------------------------------------------------------------
    ("de07", "case-study", "en",
     "Cochineal against cactus: biological control of invasive prickly pear in Laikipia, Kenya",
     "Opuntia stricta, a prickly pear cactus from the Americas planted as a hedge in colonial "
     "times, has spread over tens of thousands of hectares of rangeland in Laikipia County, "
     "Kenya. Elephants, baboons and livestock eat its fruit and spread the seeds; its spines "
     "injure the mouths and eyes of cattle, goats and camels, and dense stands crowd out the "
     "grasses of community and private conservancies. Uprooting and burning proved costly and "
     "short-lived. This case study follows the release since 2022, after host-specificity tests, "
     "of a cochineal insect (Dactylopius opuntiae) that feeds only on this cactus, by the "
     "national agricultural research institute with an international research centre, ranchers "
     "and pastoralist communities. Women's groups rear the insect on cactus pads in shade houses "
     "and carry infested pads to new stands. Within two years many stands had collapsed; the "
     "study discusses the risk to the cultivated prickly pear grown for fodder and fruit "
     "elsewhere in the country.",
     ("prickly pear", "Opuntia stricta", "invasive alien species", "biological control",
      "rangelands"),
     ("KE",), "2024-07"),
    ("de08", "project", "fr",
     "Cactus du Maroc : replanter des figuiers de Barbarie résistants à la cochenille dans les "
     "Doukkala et les Rhamna",
     "Au Maroc, on dit simplement cactus, ou hendi, pour le figuier de Barbarie (Opuntia "
     "ficus-indica), planté en haies et en vergers sur plus de 150 000 hectares, des Doukkala et "
     "des Rhamna jusqu'aux Aït Baâmrane, autour de Sidi Ifni. Depuis 2014, la cochenille du "
     "cactus (Dactylopius opuntiae), apparue près de Sidi Bennour, a détruit des dizaines de "
     "milliers d'hectares et privé les éleveurs d'un fourrage de secours pour les années sèches. "
     "Ce projet, porté par la recherche agronomique nationale avec l'agence de développement "
     "agricole et des coopératives, multiplie en pépinière huit variétés reconnues résistantes, "
     "replante les parcelles arrachées, forme les agriculteurs à reconnaître les premiers foyers "
     "et à détruire les raquettes atteintes, et soutient les coopératives de femmes qui vendent "
     "les fruits, la confiture et l'huile de pépins. Il suit aussi l'effet des haies de cactus "
     "contre l'érosion et les abeilles qui butinent leurs fleurs.",
     ("figuier de Barbarie", "cactus", "Opuntia ficus-indica", "cochenille",
      "variétés résistantes"),
     ("MA",), "2023-11"),
    ("de09", "document", "es",
     "Guía de cultivo de la tunera y de la cochinilla en Lanzarote: Guatiza, Mala y la "
     "denominación de origen",
     "En el norte de Lanzarote, en Guatiza y Mala, las tuneras (Opuntia ficus-indica), que en la "
     "Península llaman chumberas y en México nopales, se cultivan desde el siglo XIX para criar "
     "en sus palas la cochinilla (Dactylopius coccus), el insecto del que se obtiene el carmín. "
     "Esta guía, editada por el cabildo con la asociación de productores y la denominación de "
     "origen protegida Cochinilla de Canarias, explica cómo plantar y podar las tuneras en "
     "terrenos enarenados con picón, cómo infestar las palas, recoger a mano la cochinilla y "
     "secarla al sol, y cómo cuidar las paredes que protegen del viento. También trata de la "
     "cochinilla algodonosa o silvestre (Dactylopius opuntiae), la plaga que desde 2007 ha "
     "secado chumberas en Murcia, Almería y Alicante, y de cómo impedir que llegue a las islas. "
     "Recuerda además el valor de los higos picos, el fruto que se come fresco en verano.",
     ("tuneras", "chumberas", "cochinilla", "Opuntia ficus-indica", "Lanzarote"),
     ("ES",), "2023-04"),
    # --- porcupines ---------------------------------------------------------------------------
    ("de10", "dataset", "en",
     "Crested porcupines moving north: sightings, camera-trap records and roadkill in Italy, "
     "1980-2024",
     "The crested porcupine (Hystrix cristata), the istrice of Italy, is the largest rodent in "
     "Europe, long thought to have been brought by the Romans, and is protected under the "
     "Habitats Directive. Confined a century ago to the centre and south of the peninsula and to "
     "Sicily, it has spread north across the Po valley into the foothills of Lombardy, Veneto "
     "and Friuli. This dataset, compiled by a university mammal group from museum specimens, "
     "hunters' and naturalists' reports, camera traps in regional parks and animals found dead "
     "on roads, gives for each record the place, date, source and elevation, with a 10-kilometre "
     "grid of presence by decade. It shows an advance of about 500 kilometres since 1980, linked "
     "to milder winters and to farmland abandoned to scrub. Damage to maize, potatoes and "
     "vineyard banks reported by farmers is logged separately, as are the quills collected as "
     "proof of presence.",
     ("porcupines", "Hystrix cristata", "range expansion", "mammals", "camera traps"),
     ("IT",), "2024-06"),
    ("de11", "case-study", "fr",
     "Le porc-épic d'Amérique au Bas-Saint-Laurent : pins écorcés, retour du pékan et savoirs "
     "autochtones",
     "Le porc-épic d'Amérique (Erethizon dorsatum), qui passe l'hiver perché dans les conifères "
     "à ronger l'écorce, est devenu abondant dans certaines forêts du Bas-Saint-Laurent et de la "
     "Gaspésie après que le pékan, son principal prédateur, eut été trappé intensivement au "
     "siècle dernier. Cette étude de cas, réalisée par un groupement forestier avec l'université "
     "régionale et une Première Nation wolastoqey, décrit les dégâts dans les plantations de "
     "pins blancs et rouges, où jusqu'à 30 % des tiges sont écorcées, les essais de manchons "
     "protecteurs et le retour du pékan depuis qu'on le trappe moins. Elle rapporte aussi ce que "
     "les aînés savent du porc-épic : un gibier qu'on pouvait prendre à pied en temps de "
     "disette, et dont les piquants, teints et brodés, ornent paniers et vêtements. Les "
     "vétérinaires de la région rappellent combien de chiens reviennent du bois le museau "
     "couvert de piquants.",
     ("porc-épic", "Erethizon dorsatum", "dégâts forestiers", "savoirs autochtones", "pékan"),
     ("CA",), "2023-10"),
    ("de12", "need", "es",
     "Necesidad: estudiar y proteger al coendú, el puercoespín de la selva paranaense de "
     "Misiones",
     "El coendú (Coendou spinosus), al que en Misiones también llaman puercoespín, es un roedor "
     "nocturno y arborícola, de cola prensil y cuerpo cubierto de púas, que vive en la selva "
     "paranaense y en las capueras. Casi nada se sabe de su estado: se lo encuentra sobre todo "
     "atropellado en las rutas nacionales 12 y 14, electrocutado en los tendidos eléctricos o "
     "muerto por los perros en las chacras, y a veces se vende como mascota en ferias. Los "
     "guardaparques provinciales y un equipo del instituto de biología subtropical piden apoyo "
     "para instalar cámaras trampa en el dosel, seguir con collares de radio a 15 animales, "
     "acordar con Vialidad un protocolo para registrar los atropellos, colocar pasafaunas aéreos "
     "en los tramos más críticos y dar charlas en escuelas rurales para desmentir la creencia de "
     "que el coendú lanza sus púas. Los datos servirán para la categorización nacional de los "
     "mamíferos.",
     ("coendú", "puercoespines", "Coendou spinosus", "selva paranaense",
      "atropellamiento de fauna"),
     ("AR",), "2024-08"),
    # --- cinchona (quinine trees) -------------------------------------------------------------
    ("de13", "need", "en",
     "Need: controlling the invasive quinine tree in the highlands of Santa Cruz, Galápagos",
     "The red quinine tree (Cinchona pubescens), brought from the mainland in the 1940s for its "
     "bark, the old source of quinine against malaria, has become the worst invasive plant of "
     "the humid highlands of Santa Cruz island. It now covers more than 11,000 hectares, shading "
     "out the Miconia shrubland and the native ferns and sedges above it, and changing the "
     "nesting habitat of the Galápagos petrel. Manual pulling and herbicide have kept it out of "
     "parts of the national park, but seeds blow back from the farms of the agricultural zone. "
     "The national park directorate and a research station ask for support for a drone mapping "
     "campaign, trained crews and safer herbicide application, agreements with farmers to remove "
     "cinchona from private land, and a trial of replanting native Scalesia trees and tree ferns "
     "where cinchona has been cut.",
     ("cinchona", "Cinchona pubescens", "invasive alien species", "Galápagos", "needs"),
     ("EC",), "2024-02"),
    ("de14", "project", "fr",
     "Quinquina du Sud-Kivu : agroforesterie et écorce durable autour du parc national de "
     "Kahuzi-Biega",
     "Sur les collines de Kabare et de Kalehe, au Sud-Kivu, le quinquina (Cinchona ledgeriana), "
     "introduit à l'époque coloniale, fournit encore une écorce dont une usine de Bukavu extrait "
     "la quinine, toujours employée contre le paludisme grave. Des milliers de petits planteurs "
     "en vivent, mais les vieilles plantations s'épuisent et de nouvelles parcelles sont "
     "ouvertes en lisière du parc national de Kahuzi-Biega, refuge du gorille de Grauer. Ce "
     "projet, porté par une ONG congolaise avec l'Institut congolais pour la conservation de la "
     "nature et l'usine, replante les parcelles existantes en associant le quinquina au haricot, "
     "au bananier et à des arbres fertilitaires, enseigne l'écorçage partiel qui laisse "
     "repousser l'arbre au lieu de l'abattre, et verse une prime aux planteurs qui s'engagent à "
     "ne pas défricher. Il inventorie aussi les plantes que les guérisseurs bashi emploient "
     "contre la fièvre.",
     ("quinquina", "Cinchona", "agroforesterie", "plantes médicinales", "Kahuzi-Biega"),
     ("CD",), "2023-06"),
    ("de15", "document", "es",
     "Plan de conservación de la quina, el árbol del escudo nacional, en los bosques montanos "
     "del norte del Perú",
     "La quina o cascarilla (Cinchona officinalis y especies afines), el árbol que figura en el "
     "escudo nacional del Perú, fue descortezada durante más de dos siglos para exportar su "
     "corteza, de la que se sacaba la quinina contra las fiebres tercianas. Hoy quedan pocos "
     "árboles adultos en los bosques montanos de Cajamarca, Amazonas, Piura y San Martín, entre "
     "chacras, potreros y cafetales. Este plan, elaborado por el servicio forestal nacional con "
     "universidades y gobiernos regionales y comunidades campesinas, reúne los inventarios de "
     "árboles semilleros, los estudios genéticos de las poblaciones, los protocolos de vivero "
     "para producir plantones de semilla y de estaca, y las metas de reforestación con quina en "
     "los bosques de neblina y en sistemas agroforestales. Incluye la recuperación de los usos "
     "medicinales tradicionales del árbol y una campaña en las escuelas. Las especies de "
     "Cinchona de otros países no se tratan.",
     ("quina", "cascarilla", "Cinchona officinalis", "especies amenazadas", "reforestación"),
     ("PE",), "2022-10"),
    # --- buckwheat ----------------------------------------------------------------------------
    ("de16", "project", "en",
     "Sweet and bitter buckwheat of Bumthang: keeping Bhutan's highland landraces in the fields",
     "In the high valleys of Bumthang, in central Bhutan, buckwheat has long been the staple "
     "grain where rice will not grow: sweet buckwheat (Fagopyrum esculentum), sown after "
     "potatoes, and bitter or Tartary buckwheat (Fagopyrum tataricum) on the colder slopes. "
     "Households make it into khuli pancakes and puta noodles. As farmers turn to potatoes for "
     "sale and to imported rice, the area under buckwheat has fallen by more than half in twenty "
     "years, and local varieties are being lost. This project, run by the national biodiversity "
     "centre with the agriculture research centre in Jakar and farmers' groups, collects seed of "
     "40 landraces for the national gene bank, runs participatory variety trials, supports "
     "community seed banks and studies the honeybees and wild pollinators that visit the "
     "flowering fields. It also helps women's groups sell buckwheat flour and noodles to hotels "
     "in Thimphu.",
     ("buckwheat", "Fagopyrum", "landraces", "agrobiodiversity", "pollinators"),
     ("BT",), "2023-08"),
    ("de17", "event", "fr",
     "Journée technique blé noir : variétés, pollinisateurs et débouchés du sarrasin en Bretagne",
     "Le sarrasin, que les Bretons appellent blé noir, a nourri les campagnes de Bretagne "
     "pendant des siècles sous forme de galettes et de bouillie, avant de presque disparaître "
     "des champs après 1950. Sa culture reprend depuis la création de l'indication géographique "
     "protégée pour la farine de blé noir de Bretagne, mais la région importe encore l'essentiel "
     "du grain qu'elle consomme. Cette journée technique, organisée par la chambre d'agriculture "
     "avec l'association des producteurs et un conservatoire de variétés anciennes, réunira en "
     "juillet 2024, dans une ferme du Morbihan, agriculteurs, meuniers et crêpiers. Au programme "
     ": essais de variétés de pays et de variétés modernes, culture sans engrais ni traitement "
     "sur sols pauvres, rôle des abeilles domestiques et sauvages dans la pollinisation, miel de "
     "sarrasin, désherbage mécanique, puis visite d'un moulin. Une table ronde portera sur la "
     "place du blé noir dans les rotations et le bocage.",
     ("sarrasin", "blé noir", "variétés anciennes", "pollinisateurs", "Bretagne"),
     ("FR",), "2024-07"),
    ("de18", "case-study", "es",
     "Recuperar el fajol en la Garrotxa: el alforfón de las farinetes vuelve a los campos "
     "volcánicos",
     "El alforfón o trigo sarraceno (Fagopyrum esculentum), que en Cataluña se llama fajol, se "
     "cultivó durante siglos en la Garrotxa, en los suelos volcánicos de los alrededores de "
     "Olot, como segunda cosecha después del trigo; con su harina se hacían las farinetes, unas "
     "gachas que se comían con azúcar o fritas. A mediados del siglo XX dejó de sembrarse. Este "
     "estudio de caso cuenta cómo, desde 2008, un grupo de payeses, cocineros de la comarca y el "
     "parque natural de la zona volcánica recuperaron la semilla de una variedad local guardada "
     "por una familia y por un banco de germoplasma, volvieron a sembrar más de 30 hectáreas y "
     "molieron la harina en un molino de agua. Describe el aumento de abejas y otros "
     "polinizadores en los campos en flor, las dificultades de la cosecha mecanizada y el papel "
     "de los restaurantes en la venta de la harina, y saca lecciones para otros cultivos "
     "olvidados.",
     ("alforfón", "trigo sarraceno", "fajol", "variedades locales", "Garrotxa"),
     ("ES",), "2022-05"),
    # --- pupfish and killifish ----------------------------------------------------------------
    ("de19", "dataset", "en",
     "Devils Hole pupfish: spring and autumn counts, water levels and the backup refuge, "
     "1972-2024",
     "The Devils Hole pupfish (Cyprinodon diabolis), a fish about two centimetres long, lives in "
     "a single water-filled cavern in the Mojave Desert of Nevada, a detached unit of Death "
     "Valley National Park inside the Ash Meadows refuge. It feeds and spawns on a small shallow "
     "shelf near the surface where algae grow. This dataset, kept by the park with the state "
     "wildlife agency and the federal fish and wildlife service, gives every count since 1972 "
     "made by divers and surface observers in spring and autumn, water levels in the cavern, "
     "temperature and dissolved oxygen on the shelf, and the food added in lean years. Counts "
     "fell from about 500 fish in the 1990s to 35 in 2013 before recovering to more than 190. It "
     "also records the fish reared in a backup refuge tank since 2013, and the waves that "
     "distant earthquakes send through the pool and that scour the shelf. Groundwater pumping, "
     "halted by the Supreme Court in 1976, was the first threat.",
     ("pupfish", "Cyprinodon diabolis", "desert springs", "endangered species", "groundwater"),
     ("US",), "2024-10"),
    ("de20", "need", "fr",
     "Besoin : sauver les aphanius des sources et des oasis du Nefzaoua",
     "Dans le sud tunisien, les sources, les canaux d'irrigation et les bords de chotts du "
     "Nefzaoua abritent de petits cyprinodontes, les aphanius (Aphanius fasciatus et une forme "
     "propre aux sources de la région), qui supportent une eau très salée ou très chaude. Avec "
     "le pompage de la nappe pour les nouvelles palmeraies, beaucoup de sources ont tari depuis "
     "les années 1980, les canaux ont été bétonnés, et la gambusie, introduite contre les "
     "moustiques, dévore les œufs et les alevins. Une association de Kébili, avec le "
     "commissariat régional au développement agricole et une équipe universitaire de Sfax, "
     "demande un appui pour inventorier les populations qui restent, aménager des "
     "bassins-refuges dans des oasis partenaires, former des lycéens à l'observation des "
     "poissons et éliminer la gambusie des sources les plus précieuses. Elle voudrait aussi que "
     "ces poissons figurent dans les plans de gestion des oasis.",
     ("aphanius", "cyprinodontes", "poissons d'eau douce", "oasis", "besoins"),
     ("TN",), "2024-03"),
    ("de21", "project", "es",
     "Cachorritos de Cuatro Ciénegas: restaurar pozas y mantener refugios para los peces del "
     "desierto de Coahuila",
     "El valle de Cuatro Ciénegas, en el desierto de Coahuila, guarda en sus pozas, canales y "
     "ciénegas decenas de especies que no existen en otro lugar, entre ellas el cachorrito de "
     "Cuatro Ciénegas (Cyprinodon bifasciatus), uno de los pequeños peces del desierto que en "
     "México se conocen como cachorritos. Desde los años noventa, el bombeo del acuífero para "
     "regar alfalfa y los canales que drenan el valle han secado la laguna de Churince y varias "
     "pozas. Este proyecto, de la dirección del área de protección de flora y fauna con una "
     "universidad y productores locales, restaura pozas y ciénegas cerrando canales de drenaje, "
     "mantiene poblaciones de respaldo en estanques, elimina la tilapia y el pez joya "
     "introducidos y busca acuerdos con los ejidos para reducir el riego por inundación. También "
     "vigila a la tortuga bisagra y los estromatolitos, y capacita a guías para que los bañistas "
     "no entren a las pozas frágiles.",
     ("cachorritos", "Cyprinodon", "peces del desierto", "Cuatro Ciénegas", "humedales"),
     ("MX",), "2023-07"),
    # --- canopy walkways and zip lines --------------------------------------------------------
    ("de22", "case-study", "en",
     "Thirty years of the Kakum canopy walkway: visitors, park revenue and forest wildlife",
     "Opened in 1995 in Kakum National Park, in Ghana's Central Region, the canopy walkway is a "
     "chain of seven rope-and-plank suspension bridges about 350 metres long, slung between "
     "emergent trees up to 40 metres above the forest floor. It was built to give visitors to "
     "the Cape Coast castles a reason to stay, and to make a forest reserve once logged earn its "
     "keep. This case study reviews three decades: more than 100,000 visitors a year at the "
     "peak, the entrance fees that pay for rangers and for projects in the fringe villages, the "
     "inspection and replacement of ropes, nets and platforms, and the crowding at weekends. "
     "Studies of birds and primates near the walkway found little disturbance beyond noise at "
     "the platforms, while forest elephants keep away from the visitor centre. The study ends "
     "with the lessons for other forest walkways in West Africa, and asks whether zip lines, now "
     "offered at other sites, would suit the park.",
     ("canopy walkways", "ecotourism", "Kakum National Park", "tropical forests",
      "protected area financing"),
     ("GH",), "2024-03"),
    ("de23", "document", "fr",
     "Parcours acrobatiques en forêt : guide pour concilier tyroliennes, passerelles et "
     "biodiversité",
     "Les parcours acrobatiques en hauteur, qu'on appelle souvent accrobranche, se sont "
     "multipliés dans les forêts publiques et privées de France : ponts de singe, passerelles "
     "suspendues et tyroliennes de plusieurs centaines de mètres tendues entre les arbres. Ce "
     "guide, rédigé par le gestionnaire des forêts publiques avec la fédération des exploitants "
     "et des naturalistes, aide à choisir l'emplacement d'un parcours, à protéger les arbres "
     "porteurs (sangles et cales plutôt que vis et clous, contrôle sanitaire chaque année), à "
     "éviter les arbres à cavités où nichent pics et chauves-souris, et à fermer certains "
     "ateliers pendant la nidification. Il traite aussi du piétinement et du tassement du sol au "
     "pied des arbres, de l'éclairage des parcours nocturnes, du bruit et des parkings, et "
     "propose des panneaux pour faire découvrir la canopée aux visiteurs. Une grille "
     "d'évaluation aide à décider quand un arbre porteur doit être remplacé.",
     ("parcours acrobatiques en hauteur", "tyroliennes", "tourisme en forêt", "gestion forestière",
      "guides"),
     ("FR",), "2023-03"),
    ("de24", "need", "es",
     "Necesidad: medir el efecto de los canopys y los puentes colgantes sobre la fauna del "
     "bosque nuboso de Monteverde",
     "En Monteverde y Santa Elena, en Costa Rica, una docena de empresas ofrecen canopy, como se "
     "llama aquí al recorrido colgado de cables de acero entre plataformas en los árboles, que "
     "en otros países dicen tirolesa, y caminatas por puentes colgantes sobre el bosque nuboso. "
     "Reciben cientos de miles de visitantes al año y sostienen buena parte del empleo de la "
     "zona, pero nadie ha medido qué hacen los gritos, las plataformas y los senderos de acceso "
     "a las aves, los monos y otros animales. Guías y biólogos de la zona han visto quetzales "
     "abandonar nidos cerca de un cable, y puercoespines y martillas que ya no cruzan por "
     "ciertos árboles. Una asociación de guías, con la reserva biológica y el área de "
     "conservación, solicita apoyo para un estudio con cámaras trampa, grabadoras de sonido y "
     "conteos de aves en parcelas con y sin canopy, y para un código de buenas prácticas para "
     "las empresas.",
     ("canopy", "tirolesas", "puentes colgantes", "turismo de naturaleza", "bosque nuboso"),
     ("CR",), "2024-05"),
    # --- rain gardens -------------------------------------------------------------------------
    ("de25", "project", "en",
     "10,000 Rain Gardens: streets, schools and churchyards soaking up stormwater in Kansas City",
     "In 2005, facing a federal order to cut the combined sewer overflows that send raw sewage "
     "into the Missouri River and its creeks after storms, Kansas City, Missouri, launched a "
     "campaign to build 10,000 rain gardens: shallow planted hollows that catch the water "
     "running off roofs, driveways and streets and let it soak into the ground. This project, "
     "run by the city's water utility with a regional council, garden clubs and a native plant "
     "society, gives homeowners, schools and churches plans, plant lists and small grants, and "
     "has built curb-cut rain gardens along residential streets in the Marlborough "
     "neighbourhood. The gardens are planted with prairie species such as coneflowers, little "
     "bluestem and swamp milkweed, which feed bees and monarch butterflies. Volunteers count "
     "insects and birds and time how fast the basins drain, and the project reports the gallons "
     "kept out of the sewers. Green roofs on city buildings belong to a separate programme.",
     ("rain gardens", "stormwater", "green infrastructure", "native plants", "urban biodiversity"),
     ("US",), "2023-05"),
    ("de26", "document", "fr",
     "Aménager un jardin de pluie : guide pour les propriétaires et les municipalités du Québec",
     "Un jardin de pluie est une petite dépression plantée qui reçoit l'eau des gouttières, de "
     "l'entrée de cour ou du stationnement et la laisse s'infiltrer dans le sol en un ou deux "
     "jours, au lieu de l'envoyer à l'égout pluvial. Ce guide, publié par un organisme de bassin "
     "versant avec des municipalités de la région de Québec et de la Beauce, explique comment "
     "mesurer la perméabilité du sol, calculer la surface selon celle de la toiture, creuser, "
     "préparer un mélange de terre et de compost et choisir des plantes indigènes qui tolèrent "
     "d'être noyées puis au sec : iris versicolore, eupatoire maculée, asclépiade incarnate, "
     "carex et cornouiller stolonifère. Il montre comment ces jardins nourrissent les "
     "pollinisateurs et les oiseaux, réduisent les refoulements d'égout et les surverses dans "
     "les rivières, et comment les entretenir sans engrais. Les toits verts et les fossés "
     "engazonnés font l'objet d'autres fiches.",
     ("jardins de pluie", "eaux pluviales", "plantes indigènes", "gestion durable des eaux",
      "guides"),
     ("CA",), "2022-04"),
    ("de27", "event", "es",
     "Taller: jardines de lluvia en las escuelas de Iztapalapa para infiltrar agua y evitar "
     "encharcamientos",
     "En Iztapalapa, la alcaldía con más problemas de agua de la Ciudad de México, muchas "
     "colonias reciben agua por tandeo unos días a la semana y, en temporada de lluvias, las "
     "calles y los patios de las escuelas se encharcan. Este taller práctico, organizado por una "
     "asociación civil con la secretaría de medio ambiente de la ciudad y una universidad "
     "pública del oriente, reunirá en agosto de 2024 a maestros, madres y padres de familia y "
     "personal de obras para diseñar y construir un jardín de lluvia en una secundaria: romper "
     "el pavimento del patio, excavar, rellenar con grava y tezontle, y sembrar plantas nativas "
     "del valle que aguantan la sequía y la inundación, como pastos, salvias, magueyes y "
     "nopales. Se enseñará a conectar las bajadas de agua de la azotea, a medir cuánto se "
     "infiltra y a cuidar el jardín con los alumnos. También se presentarán jardines de lluvia "
     "hechos en camellones y banquetas.",
     ("jardines de lluvia", "infiltración", "infraestructura verde", "escuelas",
      "Ciudad de México"),
     ("MX",), "2024-08"),
    # --- cuttlefish ---------------------------------------------------------------------------
    ("de28", "project", "en",
     "Protecting the giant Australian cuttlefish aggregation at Point Lowly, upper Spencer Gulf",
     "Every winter, from May to August, tens of thousands of giant Australian cuttlefish (Sepia "
     "apama) gather on the rocky reef off Point Lowly, near Whyalla in South Australia, to mate "
     "and lay their eggs under ledges: the only known mass spawning aggregation of cuttlefish in "
     "the world. After commercial fishers took hundreds of tonnes in the 1990s, and numbers fell "
     "by about 90 per cent between 1999 and 2013, the state closed the northern Spencer Gulf to "
     "all cuttlefish fishing. This project, run by the state environment and fisheries agencies "
     "with a university and the local council, carries out annual dive surveys of cuttlefish "
     "density, monitors water temperature and salinity near the steelworks and a planned "
     "desalination plant, and manages the growing tourism, as divers and snorkellers now come "
     "from around the world for the spectacle. It also supports the Barngarla people in telling "
     "the story of the aggregation.",
     ("cuttlefish", "Sepia apama", "spawning aggregations", "marine parks", "fishing closures"),
     ("AU",), "2023-11"),
    ("de29", "case-study", "fr",
     "Des supports de ponte pour la seiche en Normandie : quand les casiers cessent d'être des "
     "pièges à œufs",
     "Au printemps, la seiche commune (Sepia officinalis) quitte le large de la Manche pour "
     "pondre près des côtes du Cotentin et de la baie de Seine, et les pêcheurs la capturent "
     "alors au casier. Les femelles collent leurs grappes d'œufs noirs, les raisins de mer, sur "
     "les cordages et les parois des casiers ; quand ceux-ci sont remontés et nettoyés, des "
     "millions d'œufs sont perdus. Cette étude de cas retrace l'expérience menée depuis 2013 par "
     "le comité régional des pêches avec un laboratoire universitaire de Caen : des supports de "
     "ponte en cordage et en filet, fixés aux casiers ou mouillés sur des lignes à part, restent "
     "en mer jusqu'à l'éclosion. Elle présente les comptages d'œufs et de jeunes seiches, le "
     "coût pour les caseyeurs, les résultats mitigés des années de tempêtes et la manière dont "
     "les plaisanciers ont été associés. La seiche pèse lourd dans les revenus des caseyeurs "
     "normands.",
     ("seiches", "Sepia officinalis", "pêche au casier", "frayères", "pêche artisanale"),
     ("FR",), "2022-09"),
    ("de30", "dataset", "es",
     "Chocos del golfo de Cádiz: desembarcos, tallas y puestas en nasas y colectores, 2005-2024",
     "En el golfo de Cádiz, la sepia (Sepia officinalis), que aquí todo el mundo llama choco, es "
     "una de las especies más valiosas de la flota artesanal de Isla Cristina, Punta Umbría, "
     "Sanlúcar y Conil, que la pesca con nasas, trasmallos y arrastre. Este conjunto de datos, "
     "del instituto andaluz de investigación pesquera con las cofradías, reúne los desembarcos "
     "mensuales de choco por puerto y arte desde 2005, las tallas medidas en lonja, las zonas y "
     "meses de veda, y los muestreos de puestas sobre cuerdas, nasas y colectores artificiales "
     "fondeados en los caladeros de Huelva. Muestra una fuerte caída entre 2016 y 2019 y una "
     "recuperación parcial tras el plan de protección de puestas. Advierte que en Chile se llama "
     "jibia a un calamar gigante (Dosidicus gigas), mientras que en España la jibia es la misma "
     "sepia.",
     ("chocos", "sepias", "Sepia officinalis", "pesca artesanal", "golfo de Cádiz"),
     ("ES",), "2024-05"),
)  # fmt: skip
