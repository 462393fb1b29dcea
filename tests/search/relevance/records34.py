"""Clearing-house records of the thirty-fourth judged relevance set
(tests/search/relevance/queries34.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CBD Clearing-House
Mechanism pages on hummingbirds (banding at feeders, the rufous hummingbird; colibri madère,
fou-fou, oiseaux-mouches of Guadeloupe; quindes, the zamarrito pechinegro of the Pichincha),
on truffles (desert truffles, faq'a, Terfezia; truffe noire, trufficulture, chênes truffiers
mycorhizés; trufa negra, Tuber melanosporum, perros truferos), on penguins (the African or
jackass penguin; manchot royal, gorfous of Crozet; pingüino de Humboldt, pájaro niño, guano
de isla), on sloths (electrocution on power lines, canopy bridges; unau and aï rescued at the
Petit-Saut dam; perezoso de tres dedos, perico ligero, tráfico de fauna), on wild boar and
African swine fever (ASF; sangliers, peste porcine africaine, PPA; jabalí invasor, chanchos
jabalíes, peste porcina), on bark beetles (the mountain pine beetle, Dendroctonus; scolytes,
typographe, épicéas; gorgojo descortezador del pino) and on saltworks and their wetland birds
(salt ponds; marais salants, salines, paludiers, fleur de sel; salinas, salineros, sal de
mar artesanal); chemical-safety and Minamata Convention pages on mercury in button cell
batteries (zinc-air, silver oxide; piles bouton, piles au mercure; pilas de botón, pilas
tipo botón) and on the exposure of nail salon workers to solvents (toxic trio, toluene;
onglerie, prothésistes ongulaires, méthacrylate de méthyle; manicuristas, uñas acrílicas,
tolueno); and health and biodiversity pages on snakebite and antivenom (puff adder, mamba;
trigonocéphale, Bothrops lanceolatus, sérum antivenimeux; accidente ofídico, ofidismo,
terciopelo, suero antiofídico). English, French and Spanish, 10 records each, every topic
written once in each language (different countries, projects and angles, not translations
of one text), so that a query in one language has answers in the others.

None of records.py, records3.py, ..., records33.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (hummingbird, colibri, colibrí, picaflor, chuparrosa,
zumbador, quinde, oiseau-mouche, Trochil, nectar, néctar; truffle, truffe, trufa, terfez,
criadilla, Tuber, mycorrh, micorri, setas, edible; penguin, manchot, pingüino, gorfou,
Spheniscus, Aptenodytes, Eudyptes, guano, seabird, oiseaux marins, aves marinas; sloth,
paresseux, perezoso, perico ligero, Bradypus, Choloepus, xenarthr, electrocu, power line,
ligne électrique, tendido; wild boar, sanglier, jabalí, Sus scrofa, feral pig, cochon, cerdo,
chancho, swine fever, peste porcine, peste porcina, ASF, PPA, suid; bark beetle, scolyte,
descortezador, gorgojo, Dendroctonus, typographus, pine beetle, spruce, épicéa, pino; salt
pan, saltwork, salt pond, marais salants, salines, salinas, sel marin, sal marina, fleur de
sel, flor de sal, paludier, Guérande, evaporation pond, flamingo, flamant; button, pile
bouton, pila de botón, zinc-air, silver oxide, oxyde d'argent, óxido de plata, hearing aid,
audífono, mercury battery, piles au mercure, battery, batteries, piles, pilas, baterías,
mercury-added; nail, ongle, onglerie, manucur, manicur, uñas, methacrylate, méthacrylate,
metacrilato, toluen, acetone, acétone, phthalate, ftalato, beauty, coiffure, peluquer, hair,
cheveu; snake, serpent, serpiente, víbora, culebra, cobra, mamba, Bothrops, terciopelo,
venom, venin, veneno, antivenom, antiven, envenom, envenim, ophid, ofíd). Candidates found
covered were dropped: sacred groves (the forêts sacrées of Bénin, u08), lionfish (n31), water
hyacinth (n32), sea otters (the chungungo page bl27), the Asian hornet (bd28, bd30), the
giant African snail (bf07, bf09), sea cucumbers, seahorses, eels, shipbreaking (p24),
disposable vapes (bk04-bk06), dental amalgam (n01) and fluorescent lamps (o28-o30).
The nearest are the Phong Nha cave fauna project, whose bat caves are mined for guano (r01);
the lead-acid, lithium-ion and vape battery pages (n16, p25, t25-t27, bk04-bk06), which are
no button cells and name no mercury in batteries; the guide and national report on
mercury-added products, which list creams, lamps, thermometers and blood-pressure devices
(n02, n38); the python skin and snake skin pages (s16-s18), a trade in skins, not bites;
the paraphenylenediamine hair dye pages (bi22-bi24), a beauty product but no nail salon; the
Atacama and Andean salar pages (x22, x23) and the olive mill wastewater evaporation ponds
(bg10, bg11), which make no salt; and the golden molecule pages that name a snake neurotoxin
(thioredoxin), polishes and lacquers (limonene, cyclohexane, succinic acid, bismuth) or
acetone and toluene as solvents, none of them about these topics. No text was copied from
those sites and none comes from demo/generator.py. They are meant to be harvested as
``oai_dc``-like records and enriched with the project thesaurus exactly as the other records
files' are, beside them and the real fixtures' records (tests/mappings/golden/*.json) as one
pool.

Ids (bn01..bn30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30, bg01..bg30, bh01..bh30,
bi01..bi30, bj01..bj30, bk01..bk30, bl01..bl30, bm01..bm30), and no earlier id starts with
"bn"; in queries34.tsv they are written without prefix, like theirs, and take the same
``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- hummingbirds ---------------------------------------------------------------------
    ("bn01", "dataset", "en",
     "Hummingbird banding at feeder stations in the Sky Islands of south-eastern Arizona, "
     "1996-2022",
     "Captures and recaptures of hummingbirds banded at eleven feeder and garden stations in "
     "the Huachuca, Chiricahua and Santa Rita mountains, run each spring and autumn by "
     "volunteer banders under a federal bird-banding permit. Fifteen species were caught, "
     "among them the broad-billed, black-chinned, Rivoli's and Anna's hummingbirds and the "
     "migrating rufous hummingbird (Selasphorus rufus), whose numbers fell by more than half "
     "over the period. Each record gives species, sex, age, wing chord, fat and pollen load, "
     "gorget moult, date and station; recaptures show birds returning to the same feeder for "
     "up to nine years, and spring arrivals about twelve days earlier than in the 1990s. "
     "Notes flag the drought years when agaves and ocotillo flowered poorly.",
     ("hummingbirds", "bird banding", "migratory birds", "Trochilidae", "citizen science"),
     ("US",), "2023-06"),
    ("bn02", "project", "fr",
     "Des jardins fleuris pour le madère et le fou-fou : les oiseaux-mouches de la Guadeloupe",
     "Trois colibris vivent en Guadeloupe : le colibri madère (Eulampis jugularis), le colibri "
     "falle-vert (Eulampis holosericeus) et le fou-fou, petit colibri huppé (Orthorhyncus "
     "cristatus). Après l'ouragan Maria, qui avait dépouillé de leurs fleurs les forêts de la "
     "Basse-Terre en 2017, leurs effectifs ont chuté. Le projet du parc national et "
     "d'associations de quartier fait planter dans les jardins, les cours d'école et les "
     "bords de route des balisiers (Heliconia caribaea) et d'autres plantes indigènes à fleurs "
     "nectarifères, déconseille les abreuvoirs d'eau sucrée mal entretenus qui propagent des "
     "maladies, et organise chaque année un comptage participatif des oiseaux nectarivores "
     "dans les communes.",
     ("oiseaux nectarivores", "jardins", "pollinisation", "espèces endémiques",
      "Petites Antilles"), ("GP",), "2022-09"),
    ("bn03", "need", "es",
     "Necesidad: proteger los últimos bosques del zamarrito pechinegro en las laderas del "
     "Pichincha",
     "El zamarrito pechinegro (Eriocnemis nigrivestis), un quinde que solo vive en los "
     "bosques nublados y los matorrales de las laderas noroccidentales del volcán Pichincha y "
     "de la cordillera de Toisán, es el ave emblemática de Quito y está en peligro crítico: "
     "quedan unos pocos cientos de individuos. La expansión de potreros, los cultivos de "
     "naranjilla y los incendios han reducido los matorrales de flores tubulares de los que "
     "se alimenta. El Municipio del Distrito Metropolitano de Quito solicita apoyo para "
     "censar la especie con monitoreo acústico, comprar tierras o firmar acuerdos de "
     "conservación con los propietarios, restaurar el bosque con plantas nativas ricas en "
     "néctar y formar como guías de aviturismo a jóvenes de las comunidades.",
     ("colibríes", "especies en peligro crítico", "bosques nublados", "aviturismo",
      "necesidades"), ("EC",), "2024-05"),
    # --- truffles -------------------------------------------------------------------------
    ("bn04", "case-study", "en",
     "Faq'a after the rains: desert truffle harvests and grazing in the Jordanian Badia",
     "In wet winters the gravel plains of the Badia in north-eastern Jordan yield faq'a, "
     "desert truffles of the genera Terfezia and Tirmania: underground fungi that live in "
     "partnership with the roots of small rock-rose shrubs (Helianthemum). A good season "
     "brings thousands of collectors and a trade worth millions of dinars at the roadside "
     "markets of Mafraq, but good seasons have become rarer. The case study follows three "
     "seasons of collecting by Bedouin households and finds that heavy grazing and ploughing "
     "around the host shrubs, and digging with picks before the fungi ripen, cut the next "
     "crop more than low rainfall alone. It describes a community rangeland reserve (hima) "
     "where grazing is rested in autumn and collectors fill in the holes they dig.",
     ("desert truffles", "wild edible fungi", "rangelands", "hima", "drylands"),
     ("JO",), "2022"),
    ("bn05", "project", "fr",
     "Relancer les truffières du Quercy : plants mycorhizés et chênes truffiers",
     "Le Lot récoltait des centaines de tonnes de truffe noire du Périgord (Tuber "
     "melanosporum) au début du XXe siècle ; il n'en produit plus que quelques tonnes, car "
     "les causses se sont refermés et les truffières naturelles des pelouses sèches et des "
     "chênaies claires ont disparu sous les broussailles. Le projet aide des agriculteurs à "
     "planter des chênes pubescents et des noisetiers mycorhizés en pépinière contrôlée, à "
     "entretenir le brûlé, cette zone sans herbe que le champignon crée autour de l'arbre, à "
     "irriguer pendant les sécheresses d'été et à rouvrir d'anciennes truffières par "
     "débroussaillage et pâturage ovin. Trufficulteurs et caveurs, avec leurs chiens, "
     "tiennent un carnet de récolte qui sert au suivi scientifique.",
     ("trufficulture", "truffe noire", "champignons mycorhiziens", "causses",
      "pelouses sèches"), ("FR",), "2023"),
    ("bn06", "document", "es",
     "Guía de buenas prácticas para la recolección de trufa silvestre en los montes de Teruel",
     "Aragón regula la recolección de trufa negra (Tuber melanosporum) y de trufa de verano "
     "(Tuber aestivum) en los montes de utilidad pública. Esta guía del departamento de medio "
     "ambiente del Gobierno de Aragón recuerda las temporadas autorizadas, el permiso que "
     "deben llevar los recolectores y sus perros truferos, el uso del machete trufero en "
     "lugar de azadas o rastrillos y la obligación de tapar cada cata. Explica por qué "
     "rastrillar los quemados destruye el micelio, cómo denunciar el furtivismo nocturno que "
     "han traído los altos precios y cómo distinguir la trufa negra de la trufa china (Tuber "
     "indicum), que se importa y se vende como fraude.",
     ("trufa negra", "hongos silvestres comestibles", "montes de utilidad pública",
      "recolección", "guías"), ("ES",), "2021-11"),
    # --- penguins -------------------------------------------------------------------------
    ("bn07", "project", "en",
     "Nesting homes on Dyer Island: ceramic burrows and fishing closures for the African "
     "penguin",
     "The African penguin (Spheniscus demersus), once called the jackass penguin for its "
     "braying call, has declined by more than 95% since the early 1900s and was uplisted to "
     "Critically Endangered in 2024. On Dyer Island, off Gansbaai, the birds used to burrow "
     "into deep layers of guano, which were scraped off and sold as fertiliser a century "
     "ago; they now nest in the open, where chicks die of heat and kelp gulls take the eggs. "
     "The project places double-walled ceramic nest boxes that stay cool, rehabilitates "
     "oiled and abandoned chicks, and provides the tracking data used to negotiate closures "
     "of purse-seine fishing for sardine and anchovy around the colonies.",
     ("African penguin", "seabirds", "artificial nests", "forage fish",
      "Critically Endangered species"), ("ZA",), "2025-01"),
    ("bn08", "dataset", "fr",
     "Effectifs des manchots royaux et des gorfous de l'archipel Crozet, 1962-2022",
     "Séries de dénombrement des colonies de manchots de l'archipel Crozet, dans les Terres "
     "australes et antarctiques françaises, à partir de photographies aériennes, de comptages "
     "au sol et, depuis 2016, d'images satellitaires à très haute résolution. Elles couvrent "
     "le manchot royal (Aptenodytes patagonicus), le gorfou macaroni, le gorfou sauteur et le "
     "manchot papou. La colonie de manchots royaux de l'île aux Cochons, la plus grande du "
     "monde dans les années 1980 avec environ 500 000 couples, a perdu près de 90 % de ses "
     "effectifs ; on évoque le réchauffement, qui éloigne le front polaire où les oiseaux "
     "pêchent les poissons-lanternes, et des épidémies. Le fichier donne pour chaque colonie "
     "l'année, la méthode, le nombre de couples et l'incertitude.",
     ("manchots", "oiseaux marins", "suivi à long terme", "îles subantarctiques",
      "aires marines protégées"), ("TF",), "2023-04"),
    ("bn09", "case-study", "es",
     "El pájaro niño de Punta San Juan: guano, redes y El Niño",
     "En Punta San Juan, en Marcona, anida la mayor colonia del pingüino de Humboldt "
     "(Spheniscus humboldti) en el Perú, al que los pescadores llaman pájaro niño. El estudio "
     "de caso reúne veinte años de seguimiento. Las cosechas de guano de isla, que cada pocos "
     "años retiran la capa en la que los pingüinos excavan sus nidos, se reprogramaron fuera "
     "de la temporada de reproducción y ahora dejan sectores sin cosechar; los pingüinos "
     "enredados en las redes de cortina de la pesca artesanal se cuentan por cientos; y en "
     "los años de El Niño, cuando la anchoveta se hunde o se aleja, las colonias abandonan "
     "los nidos. Concluye con las medidas del plan nacional de conservación de la especie.",
     ("pingüino de Humboldt", "aves guaneras", "captura incidental",
      "Reserva Nacional Sistema de Islas, Islotes y Puntas Guaneras", "El Niño"),
     ("PE",), "2020"),
    # --- sloths ---------------------------------------------------------------------------
    ("bn10", "need", "en",
     "Need: insulated power lines and canopy bridges where sloths are electrocuted on the "
     "Caribbean coast",
     "Between Cahuita and Manzanillo, in Limón province, two-toed and three-toed sloths "
     "(Choloepus hoffmanni and Bradypus variegatus), howler monkeys and kinkajous climb onto "
     "bare power lines and transformers wherever roads cut through the forest canopy, and "
     "the local rescue centres receive several electrocuted animals a month, most of them "
     "dead or with burns that cost them limbs. The municipality and the rescue centres ask "
     "for support to map the hot spots from admission records, to fit insulated cable and "
     "transformer covers with the electricity company, to build rope canopy bridges over the "
     "coastal road, and to train staff in first response.",
     ("sloths", "wildlife electrocution", "canopy bridges", "linear infrastructure",
      "needs"), ("CR",), "2024-02"),
    ("bn11", "case-study", "fr",
     "Unaus et aïs de Petit-Saut : le sauvetage de la faune lors de la mise en eau du barrage",
     "En 1994 et 1995, la mise en eau du barrage de Petit-Saut, sur le Sinnamary, a noyé "
     "plus de 300 km² de forêt guyanaise. Pendant des mois, des équipes ont parcouru en "
     "pirogue le lac qui montait pour capturer les animaux réfugiés à la cime des arbres : "
     "plusieurs milliers d'individus, en grande majorité des paresseux, l'unau (Choloepus "
     "didactylus) et l'aï (Bradypus tridactylus), mais aussi des singes hurleurs, des "
     "tamandous et des porcs-épics arboricoles, relâchés dans la forêt voisine. L'étude de "
     "cas revient sur cette opération, sur le suivi par radio-émetteurs d'une partie des "
     "paresseux relâchés, dont beaucoup n'ont pas survécu dans des territoires déjà occupés, "
     "et sur la leçon pour les projets hydroélectriques et miniers : le sauvetage ne compense "
     "pas la perte de l'habitat.",
     ("paresseux", "sauvetage de la faune", "barrages hydroélectriques", "translocation",
      "forêt tropicale"), ("GF",), "2019"),
    ("bn12", "project", "es",
     "De la orilla de la carretera al bosque: rehabilitación de perezosos decomisados en "
     "Córdoba y Sucre",
     "En las vías del Caribe colombiano aún se ofrecen crías de perezoso de tres dedos "
     "(Bradypus variegatus), el perico ligero, arrancadas de sus madres para venderlas como "
     "mascotas o para fotos con turistas; casi todas mueren en semanas. La corporación "
     "autónoma regional recibe cada año centenares de animales decomisados por la policía "
     "ambiental o entregados voluntariamente. El proyecto amplía su centro de atención y "
     "valoración de fauna, alimenta a los animales con hojas de yarumo (Cecropia) y de otros "
     "árboles nativos, entrena a las crías en estructuras de trepa, las libera con "
     "radiocollares en bosques secos conectados y lleva a escuelas y peajes una campaña "
     "contra la compra de fauna silvestre.",
     ("perezosos", "tráfico de fauna silvestre", "rehabilitación de fauna", "liberación",
      "bosque seco tropical"), ("CO",), "2023"),
    # --- wild boar and African swine fever ------------------------------------------------
    ("bn13", "document", "en",
     "African swine fever in wild boar: guidance for hunters, foresters and carcass search "
     "teams",
     "Since September 2020 African swine fever (ASF) has spread among wild boar (Sus scrofa) "
     "in Brandenburg and Saxony, carried in from western Poland. The virus does not harm "
     "people but kills almost every pig or boar it infects, and survives for months in "
     "carcasses and in cured meat. The guidance, issued by the federal research institute "
     "for animal health, explains the restricted zones and the double fences along the Oder "
     "and Neisse, the search for carcasses with trained dogs, drones with thermal cameras and "
     "line searches, the safe bagging and sampling of dead boar, the intensified hunting "
     "outside the core zone, and hygiene for hunters who also keep pigs: change clothes and "
     "boots, and never take game offal home.",
     ("African swine fever", "wild boar", "wildlife diseases", "hunting",
      "transboundary animal diseases"), ("DE",), "2022-03"),
    ("bn14", "case-study", "fr",
     "Comment la Belgique s'est débarrassée de la peste porcine africaine : les sangliers de "
     "Gaume, 2018-2020",
     "En septembre 2018, des cadavres de sangliers positifs à la peste porcine africaine "
     "(PPA) ont été trouvés près d'Étalle, en Gaume, à des centaines de kilomètres de tout "
     "foyer connu ; le virus a probablement été apporté par de la charcuterie contaminée "
     "jetée par des voyageurs. La Wallonie a délimité une zone infectée de plus de "
     "1 000 km², interdit la promenade en forêt et la chasse ordinaire, clôturé le "
     "périmètre, fouillé les massifs à la recherche des cadavres, puis abattu méthodiquement "
     "les suidés sauvages autour de la zone, tandis que les porcs d'élevage étaient abattus "
     "par précaution. Le dernier sanglier positif a été trouvé en 2019 et la Belgique a "
     "retrouvé son statut indemne fin 2020. L'étude de cas tire les leçons de cette première "
     "éradication de la maladie dans la faune sauvage d'Europe de l'Ouest.",
     ("peste porcine africaine", "sangliers", "faune sauvage", "surveillance épidémiologique",
      "biosécurité"), ("BE",), "2021"),
    ("bn15", "need", "es",
     "Necesidad: control del jabalí en los bañados del este y en los campos ganaderos del "
     "Uruguay",
     "El jabalí (Sus scrofa), introducido en la Argentina a comienzos del siglo XX para la "
     "caza, cruzó al Uruguay y fue declarado plaga nacional en 1982. Hoy está en todo el "
     "país: hoza los pastizales y los bordes de los bañados de Rocha, come huevos de aves "
     "que anidan en el suelo, ataca corderos y causa pérdidas en los cultivos de maíz y "
     "soja. Los ministerios de Ganadería, Agricultura y Pesca y de Ambiente solicitan apoyo "
     "para estimar la densidad de chanchos jabalíes con cámaras trampa, diseñar trampas "
     "corral y un programa de caza de control con los productores, y vigilar las "
     "enfermedades que el jabalí puede transmitir a los cerdos, como la peste porcina "
     "clásica y la peste porcina africana, que no ha llegado al país.",
     ("jabalí", "especies exóticas invasoras", "bañados", "daños a la ganadería",
      "necesidades"), ("UY",), "2024-08"),
    # --- bark beetles ---------------------------------------------------------------------
    ("bn16", "dataset", "en",
     "Mountain pine beetle red attack mapped from aerial overview surveys, British Columbia, "
     "1999-2021",
     "Polygons of lodgepole pine stands killed or being killed by the mountain pine beetle "
     "(Dendroctonus ponderosae), sketched each summer by observers flying over the "
     "province's forests and graded by the share of trees with red, fading needles ('red "
     "attack') or grey crowns. The outbreak, favoured by mild winters that no longer killed "
     "the larvae under the bark and by vast even-aged pine forests, killed more than half of "
     "the province's merchantable pine, some 750 million cubic metres, before it subsided. "
     "The dataset also maps spruce beetle and Douglas-fir beetle attacks and salvage-logging "
     "blocks, and follows the beetle across the Rockies into the jack pine of Alberta's "
     "boreal forest.",
     ("mountain pine beetle", "forest pests", "forest health", "aerial surveys",
      "climate change"), ("CA",), "2022-05"),
    ("bn17", "project", "fr",
     "Détecter tôt les foyers de typographe dans les pessières des Vosges : chiens renifleurs "
     "et drones",
     "Depuis les sécheresses de 2018 à 2020, le typographe (Ips typographus), petit scolyte "
     "qui creuse ses galeries sous l'écorce des épicéas affaiblis, a tué des millions de "
     "mètres cubes d'épicéas dans le Grand Est ; les bois scolytés saturent le marché et les "
     "coupes rases sanitaires se multiplient. Le projet, mené par l'Office national des "
     "forêts avec des communes forestières, teste des chiens dressés à reconnaître l'odeur "
     "des phéromones de l'insecte pour repérer les arbres attaqués avant que l'écorce ne "
     "tombe, complète ce repérage par des images de drones, et fait sortir vite de la forêt "
     "les arbres infestés pour casser le cycle. Il accompagne aussi la reconstitution de "
     "peuplements mélangés, moins vulnérables.",
     ("scolytes", "santé des forêts", "épicéa", "sécheresse", "ravageurs forestiers"),
     ("FR",), "2023-02"),
    ("bn18", "need", "es",
     "Necesidad: vigilancia y control temprano del gorgojo descortezador en los pinares de "
     "Honduras",
     "Entre 2014 y 2017 una plaga del gorgojo descortezador del pino (Dendroctonus frontalis) "
     "mató cerca de la cuarta parte de los bosques de pino de Honduras, unas 500 000 "
     "hectáreas, favorecida por la sequía y por pinares densos y sin manejo. Cada año "
     "aparecen nuevos brotes en Olancho, Francisco Morazán y El Paraíso. El Instituto de "
     "Conservación Forestal solicita apoyo para un sistema de alerta temprana con imágenes "
     "satelitales y reportes de las brigadas municipales, equipo y capacitación para cortar "
     "los focos activos y abrir franjas de protección, y asesoría para restaurar las áreas "
     "afectadas y reducir el riesgo de incendio en la madera seca que dejó la plaga.",
     ("plagas forestales", "pino", "gorgojo descortezador", "sanidad forestal",
      "necesidades"), ("HN",), "2023-10"),
    # --- saltworks ------------------------------------------------------------------------
    ("bn19", "project", "en",
     "From salt ponds to tidal marsh: restoring the former saltworks of South San Francisco "
     "Bay",
     "For more than a century the shoreline of South San Francisco Bay was diked into "
     "evaporation ponds where seawater was concentrated into brine and harvested as salt, "
     "giving the bay its red and green ponds, coloured by brine shrimp and salt-loving "
     "algae. In 2003 some 15,100 acres of salt ponds were bought from the salt company for "
     "restoration. The project breaches levees in phases to return some ponds to tidal "
     "marsh for the salt marsh harvest mouse and Ridgway's rail, while keeping others as "
     "managed ponds for the tens of thousands of shorebirds and ducks, and the snowy "
     "plovers, that came to depend on them. It also tracks the mercury from old mines held "
     "in sediments reopened to the tides, and builds flood protection levees.",
     ("salt ponds", "tidal marsh restoration", "shorebirds", "sea level rise", "wetlands"),
     ("US",), "2022"),
    ("bn20", "case-study", "fr",
     "Paludiers et avocettes : les marais salants de Guérande, une zone humide façonnée par "
     "le sel",
     "Sur la presqu'île guérandaise, quelque 300 paludiers récoltent à la main le gros sel et "
     "la fleur de sel dans plus de 2 000 hectares de salines, alimentées par la mer à travers "
     "un réseau de vasières, de cobiers et d'œillets. Ces bassins peu profonds, entretenus "
     "chaque hiver, accueillent des oiseaux nicheurs comme l'avocette élégante, l'échasse "
     "blanche et la sterne pierregarin ; l'ensemble est site Natura 2000 et zone humide "
     "d'importance internationale. L'étude de cas décrit comment la relance de la "
     "saliculture depuis les années 1970, portée par une coopérative et par l'indication "
     "géographique du sel de Guérande, a fait échouer le projet de route et de marina qui "
     "menaçait les marais, et les tensions actuelles entre l'extension des salines, les "
     "prairies pâturées et la fréquentation touristique.",
     ("marais salants", "saliculture", "zones humides côtières", "oiseaux d'eau",
      "Natura 2000"), ("FR",), "2022-06"),
    ("bn21", "project", "es",
     "Sal de Cáhuil: los salineros de la laguna y las aves del humedal",
     "En la ribera de la laguna de Cáhuil y en Barrancas y La Villa, en la comuna de "
     "Pichilemu, familias de salineros producen sal de mar artesanal desde hace siglos: el "
     "agua de la laguna entra en los cuarteles, pozas que se limpian y apisonan en "
     "primavera, y en verano la sal se cosecha a mano con rastrillo y se deja secar en "
     "pilas. El oficio es patrimonio cultural inmaterial y la sal tiene sello de origen. El "
     "proyecto ayuda a la cooperativa a mantener esteros y compuertas y a recuperar "
     "cuarteles abandonados, y registra las aves que usan las salinas, como el cisne "
     "coscoroba, el flamenco chileno y los playeros migratorios, para proponer el humedal "
     "como área protegida.",
     ("salinas", "sal de mar", "humedales costeros", "patrimonio cultural inmaterial",
      "aves playeras"), ("CL",), "2024"),
    # --- mercury in button cell batteries -------------------------------------------------
    ("bn22", "document", "en",
     "Button cells and the Minamata Convention: telling mercury-free cells from the old ones",
     "Button cells power watches, hearing aids, calculators, car keys and toys. Mercuric "
     "oxide cells were once common, and until recently alkaline (LR), silver oxide (SR) and "
     "zinc-air button cells could contain up to 2% mercury, added to stop the zinc from "
     "corroding and the cell from swelling. Annex A of the Minamata Convention on Mercury "
     "ended the manufacture, import and export of batteries with added mercury in 2020, "
     "except button zinc silver oxide and zinc air cells with less than 2% mercury, an "
     "exemption the fourth Conference of the Parties removed from 2025. The guidance helps "
     "customs and market surveillance officers read markings and packaging ('0% Hg', "
     "'mercury free'), take samples for laboratory analysis and have spent cells collected "
     "separately.",
     ("mercury-added products", "batteries", "Minamata Convention", "customs",
      "market surveillance"), (), "2023-09"),
    ("bn23", "need", "fr",
     "Besoin : inventaire et collecte des piles au mercure vendues sur les marchés du Sénégal",
     "Le Sénégal a ratifié la Convention de Minamata en 2016 et doit interdire l'importation "
     "des produits contenant du mercure ajouté. Or les piles boutons des montres, des "
     "calculatrices, des jouets et des télécommandes, comme les piles salines bon marché, "
     "arrivent sur les marchés de Dakar souvent sans marquage ni emballage d'origine, et les "
     "audioprothésistes signalent des piles de contrebande pour appareils auditifs. La "
     "direction de l'environnement demande un appui pour analyser des échantillons par "
     "fluorescence X portable, former les douaniers à reconnaître les piles interdites et "
     "organiser avec les horlogers et les pharmacies des points de collecte des piles "
     "usagées, qui finissent aujourd'hui dans les ordures ménagères et sont brûlées avec "
     "elles.",
     ("produits contenant du mercure ajouté", "piles", "Convention de Minamata", "douanes",
      "besoins"), ("SN",), "2024-03"),
    ("bn24", "dataset", "es",
     "Mercurio en pilas tipo botón vendidas en tianguis y tiendas de la Ciudad de México, 2022",
     "Resultados del análisis de 240 pilas de botón compradas en tianguis, puestos "
     "ambulantes, relojerías y tiendas de conveniencia de la Ciudad de México: pilas "
     "alcalinas LR44 y LR41, de óxido de plata para reloj (SR626) y de zinc-aire para "
     "audífonos. Para cada pila se registran marca, tipo, país de origen declarado, leyendas "
     "del empaque ('0 % Hg', 'libre de mercurio') y contenido de mercurio medido por "
     "espectrometría de absorción atómica. Un tercio de las pilas alcalinas sin marca "
     "reconocida contenía mercurio añadido, aunque el Convenio de Minamata prohíbe su "
     "comercio. Los datos alimentan el inventario nacional de productos con mercurio "
     "añadido.",
     ("pilas", "mercurio", "productos con mercurio añadido", "Convenio de Minamata",
      "vigilancia del mercado"), ("MX",), "2023-05"),
    # --- nail salons ----------------------------------------------------------------------
    ("bn25", "project", "en",
     "Healthier nail salons in Toronto: ventilation, safer products and workers' voices",
     "Most of Toronto's nail technicians are women who came from Vietnam, Korea or China, "
     "and many spend ten hours a day bent over clients' hands, filing acrylic nails and "
     "applying polishes, removers and gels. Air samples taken in 20 salons found toluene, "
     "acetone, formaldehyde and the monomers of acrylic nails, and workers reported "
     "headaches, skin rashes, asthma and miscarriages. The project, run by a community "
     "health centre with a workers' network, gives salons table-top local exhaust fans and "
     "gloves and masks that fit, lists polishes free of the 'toxic trio' (toluene, "
     "formaldehyde and dibutyl phthalate), trains workers in several languages, and brought "
     "them to city council to ask for a recognition programme for healthy salons.",
     ("nail salons", "occupational exposure", "solvents", "cosmetics", "women workers"),
     ("CA",), "2021-10"),
    ("bn26", "document", "fr",
     "Prothésistes ongulaires : prévenir les risques chimiques en onglerie",
     "Guide de prévention destiné aux ongleries et aux instituts de beauté, rédigé avec la "
     "branche professionnelle de l'esthétique. La pose de faux ongles en résine acrylique ou "
     "en gel durci aux UV expose les prothésistes ongulaires aux vapeurs de solvants "
     "(acétone, acétate d'éthyle), aux monomères acrylates et méthacrylates, premiers "
     "responsables d'eczémas allergiques des mains, et aux poussières de ponçage. Le guide "
     "recommande de bannir le méthacrylate de méthyle, interdit dans les produits pour "
     "ongles de plusieurs pays, et présente les tables aspirantes avec filtre, les gants en "
     "nitrile, l'aménagement du poste, les fiches de données de sécurité à demander aux "
     "fournisseurs et le suivi médical des salariées.",
     ("onglerie", "risques chimiques", "allergies professionnelles", "cosmétiques",
      "guides"), ("FR",), "2022-11"),
    ("bn27", "case-study", "es",
     "Manicuristas de Bogotá: síntomas respiratorios y exposición a solventes en salones de "
     "belleza",
     "En Bogotá miles de manicuristas trabajan por días o por comisión en salones de belleza "
     "y spas de uñas, muchas de ellas migrantes venezolanas sin afiliación a riesgos "
     "laborales. El estudio midió compuestos orgánicos volátiles en 30 locales y encuestó a "
     "210 trabajadoras: las concentraciones de tolueno, acetona y metacrilato de metilo, "
     "usado en el líquido de las uñas acrílicas más baratas, eran mayores en los locales "
     "pequeños sin ventilación, y la irritación de ojos y garganta, el dolor de cabeza y la "
     "dermatitis de contacto eran frecuentes. El caso recoge la respuesta de la Secretaría "
     "de Salud: visitas de inspección, una cartilla sobre esmaltes, removedores y geles, y "
     "cursos de manipulación segura.",
     ("manicuristas", "salud ocupacional", "compuestos orgánicos volátiles",
      "salones de belleza", "estudios de caso"), ("CO",), "2023-07"),
    # --- snakebite and antivenom ----------------------------------------------------------
    ("bn28", "project", "en",
     "Snakebite first aid and safe snake removal in Kitui and Baringo",
     "In the drylands of Kenya puff adders, black-necked spitting cobras, carpet vipers and "
     "black mambas bite thousands of herders and farmers each year, mostly at night or in "
     "the fields, and many victims reach a clinic only after hours with a traditional "
     "healer, or never. Antivenom is often missing from rural health centres, or is of a "
     "kind that does not work against local species. The project trains community health "
     "volunteers in first aid (keep the limb still, no tourniquet, no cutting, fast "
     "transport), stocks antivenom suited to East African snakes in sub-county hospitals, "
     "records every bite, and trains young people as snake handlers who move snakes out of "
     "homes instead of killing them, so that harmless and protected species are spared.",
     ("snakebite envenoming", "antivenom", "human-wildlife conflict", "reptiles",
      "rural health"), ("KE",), "2023-08"),
    ("bn29", "dataset", "fr",
     "Morsures de trigonocéphale en Martinique : cas hospitalisés, 2000-2022",
     "Registre des envenimations par le trigonocéphale (Bothrops lanceolatus), ou "
     "fer-de-lance, serpent endémique de la Martinique et seule espèce venimeuse de l'île. "
     "Pour chaque patient pris en charge au centre hospitalier universitaire : date, "
     "commune, circonstances (coupe de la canne, débroussaillage, jardinage), siège de la "
     "morsure, délai d'arrivée, gravité, traitement par le sérum antivenimeux spécifique, "
     "complications (thromboses, infarctus cérébraux) et séquelles. On compte vingt à trente "
     "morsures par an, surtout dans le nord de l'île. Les données servent aussi à suivre les "
     "zones de présence du serpent, dont on ne connaît ni les effectifs ni l'état de "
     "conservation.",
     ("envenimations", "serpents venimeux", "sérum antivenimeux", "santé publique",
      "espèces endémiques"), ("MQ",), "2023-02"),
    ("bn30", "support-source", "es",
     "Oferta: suero antiofídico polivalente y capacitación en el manejo del accidente ofídico "
     "para Centroamérica",
     "El Instituto Clodomiro Picado de la Universidad de Costa Rica, que produce antivenenos "
     "a partir del veneno de terciopelos (Bothrops asper), cascabeles y corales extraído en "
     "su serpentario, ofrece a los ministerios de salud de Centroamérica suero antiofídico "
     "polivalente y anticoral, cursos para médicos y enfermeras sobre el diagnóstico y el "
     "tratamiento de las mordeduras de serpiente, y materiales para que las comunidades "
     "prevengan los accidentes y den primeros auxilios. También asesora a los países para "
     "registrar los casos de ofidismo, estimar cuántos frascos necesita cada hospital y "
     "desterrar prácticas dañinas como el torniquete o la succión de la herida.",
     ("accidente ofídico", "antivenenos", "serpientes venenosas", "cooperación técnica",
      "ofertas"), ("CR", "GT", "HN", "NI", "SV", "PA"), "2024-06"),
)  # fmt: skip
