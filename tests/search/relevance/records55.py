"""Clearing-house records of the fifty-fifth judged relevance set
(tests/search/relevance/queries55.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on sea lions (the Australian sea lions of Seal Bay and the
gillnet closures of South Australia; the otaries à crinière of Punta San Juan and the H5N1
die-off of 2023 in Peru; a need for the lobo marino común, the lobo de un pelo, and the
caletas of southern Chile); on hippos (the corridors between the flower farms of Lake
Naivasha; the hippopotames marins of Orango in the Bijagós; a need for the hipopótamos of the
Magdalena Medio, declared invasive in Colombia); on groupers (the Nassau grouper spawning
aggregations of Little Cayman; thirty years of the moratoire on the mérou brun at Port-Cros
and Scandola; the veda of the mero rojo of the Sonda de Campeche); on chameleons (Jackson's
chameleons in Hawaiʻi; the endormi, the panther chameleon of La Réunion; the camaleón común of
the Cádiz coast); on invasive parakeets (the rose-ringed parakeet roosts of Britain; the
perruches à collier and conures veuves of Brussels; a need for the cotorra argentina of
Santiago de Chile); on feral horses (the brumbies of Kosciuszko National Park; the chevaux
sauvages of Sable Island; the caballos cimarrones, the baguales, of the sierras de Ventania);
on carob (Cyprus's black gold; the caroubiers of the women's cooperatives of the Moyen Atlas;
a guide to the algarrobo, the garrofer and its garrofas, of Castellón, Valencia and
Mallorca); on ebony (the Ebony Project's Cameroon ebony around the Dja; the ébènes, Diospyros,
of Madagascar and the seized logs; a need for the ébano of Río Muni, Equatorial Guinea); on
surfing and surf breaks (New Zealand's surf breaks of national significance; Teahupo'o and the
Olympic judges' tower; Huanchaco, World Surfing Reserve, its rompientes, tablistas and
caballitos de totora); and on community gardens (New York City's GreenThumb; fifty years of
jardins communautaires in Montréal; the huertas comunitarias and parques huerta of Rosario).
English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records53.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (sea lion, otarie, lion de mer, lobo marino, lobos
marinos, lobo de mar, león marino, fur seal, lobo fino, pinniped, pinnipède, Otaria,
Zalophus, Eumetopias, Neophoca, Phocarctos, Arctocephalus; hippo, hippopotamus, hippopotame,
hipopótamo, pygmy hippo; grouper, mérou, mero, cherna, garoupa, badejo, cabrilla,
Epinephelus, Mycteroperca, spawning aggregation, agrégation, agregación; chameleon, caméléon,
camaleón, Chamaeleo, Furcifer, Trioceros, Brookesia, endormi; parakeet, perruche, conure,
cotorra, parrot, perroquet, loro, perico, Psittacula, Myiopsitta; horse, wild horse, feral,
brumby, mustang, Przewalski, cheval, chevaux, ensauvagé, caballo, bagual, cimarrón, yegua,
pony, Sable Island; carob, caroube, caroubier, algarrobo, algarroba, garrofa, garrofín,
locust bean, E410, Ceratonia, Prosopis; ebony, ébène, ébénier, ébano, Diospyros, bois
précieux, maderas preciosas, guitar, lutherie; surf, surfing, surfeur, surfista, tablista,
rompiente, World Surfing Reserve, Teahupo'o, Pichilemu, kitesurf; community garden,
allotment, jardin communautaire, jardin partagé, jardin collectif, jardins familiaux, huerto
urbano, huerto comunitario, huerta comunitaria, urban agriculture, agriculture urbaine,
agricultura urbana, organopónico). Screened and dropped as covered: wild boar (the African
swine fever pages bn13-bn15), macaws and the parrot trade (ba19-ba21), natural dyes (the henna
and hair dye pages bi22-bi24, the grana cochinilla and añil of records49), urban heat islands
(the heat wave pages w19-w21 and the Medellín corridors w12), besides the topics of sets 42 to
53 and those their docstrings list as covered, and the chemicals, waste, pollution, energy and
biosafety topics left to set 54; screened with no or passing hits but not chosen: tourist
taxes, lemurs, giraffes, baobabs (u16), fonio, bioluminescent bays, sand dams.
The nearest are the H5N1 need for the seabirds and lobos marinos of the Peruvian coast (k12,
whose title and subjects name the sea lions) and the dynamite fishing case study whose title
names the lobos marinos it wounds (bm21), both judged 1 to the sea lion queries, while the
lobos marinos of the Aysén fjords (bs06) are passing; the anthrax project titled on the hippos
of Queen Elizabeth National Park (bz13, with "hippopotamus" among its subjects), judged 1 to
the hippo queries, while the hippos of the wildlife health guide (k11) and the hipopótamos of
the Magdalena eDNA need (bv21) are passing; the groupers named in passing by bf03, bh17, bh18,
bz05 (the mérous camouflage of Fakarava's south pass) and ce01 (the Nassau grouper spawning
sites of Belize), no grouper page; the chameleons of the Uluguru cloud forests (bg19), passing;
the parrot trade and rescue pages (r10, o04, the macaws ba19-ba21, the St Vincent parrot of
br25), none about parakeets or invasive parrots; the feral burros of Death Valley (bz28),
donkeys, not horses, and the horses tangled in sky lantern frames (bp25); the ethylene oxide
recall naming gomme de caroube (E410) among the recalled foods (bq08) and the Prosopis
(mesquite) of the Afar rangelands (m04); the pernambuco bows, the bois précieux of bd08, and
the rosewood pages (o10-o12), no ebony page; the UV index project that trains surf
instructors (cd26), passing; the organopónicos of Havana's urban agriculture (the
biopesticide page p11), the rooftop potagers of Paris (cg14) and the home gardens
(ce13-ce15), no community garden page. records54.py (ids ch01..ch30, energy, climate,
chemicals, waste and trade topics), written at the same time by another engineer, was searched
for the same words once it was finished: none of its records is about these topics (the lobos
marinos of the canal de Chacao baseline, ch06, and the seals of the Pentland Firth, ch04, are
passing).

Traps: the rose-ringed parakeets that the Hawaiʻi chameleon teams also fight on Kauaʻi (ci10),
the allotments whose fruit the British parakeets eat (ci13), the monk parakeets that feed in
New York's gardens (ci28) and the cotorras chased from the maize of Rosario's huertas (ci30)
are passing, 0 to the parakeet queries and, for ci13, to the community garden queries; the
algarrobos planted as corridors for the camaleón común (ci12) are carob trees named in
passing, and the algarrobos and talas of the Argentine monte where the cotorra nests (ci15)
are Prosopis, no carob at all; the caballitos de totora of Huanchaco (ci27) are reed boats,
no horses; the New Zealand sea lions hauling out on surf beaches near Dunedin (ci25) and the
grey seals of Sable Island (ci17) are passing; the mérous of the Havae pass at Teahupo'o (ci26)
and the caméléons and lémuriens of the Malagasy ebony forests (ci23) are passing. Pages of
other sets' topics named in passing: the pélicans dead of H5N1 in Peru (ci02), the rizières of
Orango (ci05), the veda del pulpo of Yucatán (ci09), the jardins créoles of La Réunion (ci11),
the bois de rose of Madagascar (ci23), the rahui of Teahupo'o (ci26).

Ids (ci01..ci30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cf01..cf30, cg01..cg30), nor with records54.py's (ch01..ch30), and no earlier id starts with
"ci".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- sea lions ----------------------------------------------------------------------------
    ("ci01", "project", "en",
     "Australian sea lion recovery: gillnet closures, hookworm treatment and pup counts from "
     "Seal Bay to the Nuyts Archipelago",
     "The Australian sea lion (Neophoca cinerea), found only in South Australia and Western "
     "Australia, has lost more than half of its pup production in four decades and is listed "
     "as endangered. Unlike most seals it breeds every seventeen or eighteen months, out of step "
     "between its eighty or so colonies, so a colony that fails cannot be replaced quickly. "
     "This project, run by the state environment department with the fisheries agency and a "
     "university, keeps the demersal gillnet closures around every colony, introduced after sea "
     "lions were found drowned in shark nets, and puts electronic monitoring cameras on the "
     "remaining boats. At Seal Bay on Kangaroo Island, where visitors walk on the beach among "
     "the animals with a guide, pups are treated with topical ivermectin against hookworm, which "
     "cut early pup deaths in trials. Pups are counted by drone on the offshore islands of the "
     "Nuyts Archipelago and the Great Australian Bight, and entanglement in rock lobster pot "
     "ropes and marine debris is recorded.",
     ("sea lions", "Neophoca cinerea", "marine mammals", "fisheries bycatch",
      "endangered species"),
     ("AU",), "2024-04"),
    ("ci02", "dataset", "fr",
     "Otaries à crinière de Punta San Juan : recensements, anchois et mortalité due à la grippe "
     "aviaire, 1998-2024",
     "Sur la côte désertique du sud du Pérou, la réserve de Punta San Juan, près de Marcona, "
     "abrite l'une des plus grandes colonies d'otaries à crinière (Otaria byronia), qu'on "
     "appelle aussi lions de mer d'Amérique du Sud, à côté d'otaries à fourrure australes et de "
     "manchots de Humboldt. Ce jeu de données, réuni par une équipe de l'IRD avec l'institut de "
     "la mer du Pérou et un programme universitaire de suivi, rassemble les recensements "
     "mensuels des adultes et des petits sur les plages de la réserve depuis 1998, les régimes "
     "alimentaires tirés des fèces, les trajets de femelles équipées de balises et les "
     "débarquements d'anchois de la pêcherie industrielle. On y lit les chutes de naissances "
     "des épisodes El Niño de 1998, 2016 et 2023, quand l'anchois plonge ou s'éloigne, et la "
     "mortalité massive de 2023 : la grippe aviaire H5N1, passée d'abord par les pélicans et les "
     "fous, a tué plus de 5 000 otaries sur le littoral péruvien, dont des centaines à Punta San "
     "Juan.",
     ("otaries", "Otaria byronia", "mammifères marins", "grippe aviaire", "anchois"),
     ("PE",), "2024-09"),
    ("ci03", "need", "es",
     "Necesidad: reducir el conflicto entre pescadores artesanales y lobos marinos en las "
     "caletas de Los Ríos y Los Lagos",
     "En las caletas de Valdivia, Corral, Maullín y Chiloé los pescadores artesanales dicen que "
     "el lobo marino común (Otaria flavescens), el lobo de un pelo, les rompe las redes, se come "
     "la merluza y la corvina enmalladas y espanta los cardúmenes, y cada temporada aparecen en "
     "las playas lobos muertos a balazos o con cortes. La especie está protegida por una veda "
     "extractiva desde hace décadas y sus loberas se han recuperado, aunque los censos aéreos "
     "muestran que la población sigue por debajo de la de los años cuarenta. La Secretaría "
     "Regional Ministerial del Medio Ambiente, con el servicio de pesca y dos sindicatos de "
     "pescadores, pide apoyo para medir las pérdidas reales con observadores a bordo, probar "
     "redes y espineles protegidos y dispositivos acústicos disuasivos, censar las loberas con "
     "drones y crear un fondo de compensación. También pide capacitar a las comunidades para "
     "atender lobos varados o enredados en restos de redes de los centros de cultivo de salmón. "
     "El lobo fino austral no es objeto de la solicitud.",
     ("lobos marinos", "Otaria flavescens", "pesca artesanal", "conflictos con la fauna",
      "mamíferos marinos"),
     ("CL",), "2024-06"),
    # --- hippos -------------------------------------------------------------------------------
    ("ci04", "case-study", "en",
     "Hippos and people on the shores of Lake Naivasha: reopening corridors through a lakeshore "
     "of flower farms",
     "Lake Naivasha, a freshwater lake and Ramsar site in Kenya's Rift Valley, holds over a "
     "thousand hippos that spend the day in the water and walk out at night to graze the shore. "
     "Since the 1980s the lakeshore has been fenced for flower farms, hotels and homes, and the "
     "hippos' paths to pasture have narrowed to a few lanes where they meet fishers, farm "
     "workers walking home in the dark and cyclists. People are killed or injured every year, "
     "most of them fishers wading among the papyrus. This case study, by the lake's riparian "
     "association with the wildlife service, follows ten years of work to reopen hippo "
     "corridors between farms, move fences back from the riparian zone, light and signpost "
     "crossing points and teach workers how to avoid the animals. It also documents what "
     "happened to the hippos when the lake rose sharply after 2019, flooding farms and moving "
     "the grazing, and how sand harvesting and water abstraction for roses change the shore. "
     "Compensation claims and their delays are discussed.",
     ("hippopotamus", "human-wildlife conflict", "wildlife corridors", "freshwater lakes",
      "Ramsar sites"),
     ("KE",), "2023-07"),
    ("ci05", "project", "fr",
     "Les hippopotames marins d'Orango : protéger les rizières et les hippopotames dans "
     "l'archipel des Bijagós",
     "Dans le Parc national des îles d'Orango, au cœur de l'archipel des Bijagós, vit une petite "
     "population d'hippopotames qui fréquente l'eau saumâtre des lagunes et nage d'une île à "
     "l'autre par la mer, d'où le nom d'hippopotames marins que leur donnent les visiteurs. Pour "
     "les Bijagós, l'animal est sacré dans certains villages, mais il piétine et mange les "
     "rizières de bas-fonds, et une nuit peut emporter la récolte d'une année. Le projet, conduit "
     "par l'institut de la biodiversité et des aires protégées avec les comités villageois, "
     "installe des clôtures électriques solaires autour des rizières, indemnise les familles "
     "dont les champs sont détruits et compte les hippopotames chaque saison sèche à la lagune "
     "d'Anor et dans les mares d'eau douce. Il forme des écoguides, car l'observation des "
     "hippopotames attire des touristes, et suit par balises les déplacements des animaux entre "
     "Orango, Orangozinho et Canhabaque. Les tortues marines du parc relèvent d'un autre "
     "programme.",
     ("hippopotames", "conflits homme-faune", "aires protégées", "clôtures électriques",
      "Bijagós"),
     ("GW",), "2024-02"),
    ("ci06", "need", "es",
     "Necesidad: controlar la población de hipopótamos del Magdalena Medio, declarada especie "
     "invasora",
     "Los hipopótamos que Pablo Escobar llevó en los años ochenta a la Hacienda Nápoles, en "
     "Puerto Triunfo (Antioquia), eran cuatro; hoy se calculan entre 170 y 200, repartidos por "
     "el río Magdalena, las ciénagas y los caños de Antioquia, Boyacá y Santander, y podrían "
     "pasar de mil hacia 2035. En 2022 el Ministerio de Ambiente los declaró especie invasora. "
     "Desplazan al manatí y a la nutria, cambian la química de las ciénagas con sus excrementos "
     "y han atacado a pescadores y finqueros. La autoridad ambiental regional solicita apoyo "
     "para la esterilización quirúrgica, que exige inmovilizar animales de más de una "
     "tonelada, el uso de anticonceptivos aplicados con dardo, el traslado de ejemplares a "
     "santuarios en el extranjero y, como último recurso, la eutanasia prevista en el plan de "
     "manejo. Pide también seguimiento con drones y collares, un estudio de los efectos sobre "
     "la pesca del bocachico y campañas para que la gente no se acerque a los animales ni los "
     "alimente.",
     ("hipopótamos", "especies invasoras", "ciénagas", "Magdalena Medio", "manejo de fauna"),
     ("CO",), "2024-03"),
    # --- groupers -----------------------------------------------------------------------------
    ("ci07", "dataset", "en",
     "Nassau grouper spawning aggregations of the Cayman Islands: diver counts, tagging and "
     "closed seasons, 2002-2024",
     "Each winter, in the days after the full moons of January and February, Nassau groupers "
     "(Epinephelus striatus) travel tens of kilometres to gather in their thousands at a few "
     "reef promontories to spawn. Fishers long knew these grouper holes; by 2001 the "
     "aggregations of Grand Cayman and Cayman Brac had been fished out, and the west end of "
     "Little Cayman held the last large one. This dataset, kept by the Department of "
     "Environment with a reef conservation charity and university partners in the Grouper Moon "
     "project, holds the diver and video counts at the aggregation sites every season since "
     "2002, laser-calibrated lengths, acoustic tags following groupers back to their home "
     "reefs, larval drift models and the catches reported before the sites were closed. It "
     "documents the effect of the 2016 rules that closed grouper fishing in the spawning months "
     "and set bag limits, after which the Little Cayman aggregation more than tripled to over "
     "7,000 fish. Counts at the Cayman Brac site, where recovery has been slower, are included.",
     ("groupers", "Nassau grouper", "spawning aggregations", "fisheries management",
      "coral reefs"),
     ("KY",), "2024-02"),
    ("ci08", "case-study", "fr",
     "Trente ans de moratoire sur le mérou brun en Méditerranée française, de Port-Cros à la "
     "Corse",
     "Chassé au fusil sous-marin jusqu'à presque disparaître des côtes françaises dans les "
     "années 1980, le mérou brun (Epinephelus marginatus) est protégé depuis 1993 par un "
     "moratoire qui interdit sa chasse sous-marine, élargi ensuite à la pêche à l'hameçon et "
     "renouvelé par arrêté jusqu'en 2033. Cette étude de cas, préparée avec le Groupe d'étude "
     "du mérou, retrace les recensements faits en plongée tous les cinq ans dans le Parc "
     "national de Port-Cros, la réserve naturelle de Scandola, la réserve de Cerbère-Banyuls et "
     "les calanques de Marseille : à Port-Cros, on est passé de quelques dizaines à plus de six "
     "cents mérous. Elle montre l'effet réserve, le retour de la reproduction observée en été, "
     "la recolonisation de fonds désertés, et les autres espèces visées par la mesure, comme la "
     "badèche et le mérou royal. Elle discute les demandes des pêcheurs professionnels, le rôle "
     "des clubs de plongée dans l'acceptation du moratoire et l'effet du réchauffement de "
     "l'eau, qui favorise l'espèce.",
     ("mérous", "Epinephelus marginatus", "chasse sous-marine", "aires marines protégées",
      "Méditerranée"),
     ("FR",), "2023-12"),
    ("ci09", "project", "es",
     "Veda y vigilancia del mero rojo en la Sonda de Campeche con las cooperativas de Yucatán",
     "El mero rojo (Epinephelus morio) sostuvo durante un siglo la pesca de Progreso, Dzilam "
     "de Bravo, Río Lagartos y Celestún, con barcos que llevan alijos y pescan con palangre en "
     "la plataforma de Yucatán. Las capturas cayeron a menos de la mitad desde los años setenta "
     "por la sobrepesca, la pesca ilegal de lanchas llegadas de otros estados y la captura de "
     "juveniles. Este proyecto, con la comisión nacional de pesca, el instituto de pesca y "
     "cinco cooperativas, apoya la veda del mero del 1 de febrero al 31 de marzo, cuando se "
     "reproduce, con inspección en los puertos y a bordo, bitácoras electrónicas y tallas "
     "mínimas, y ensaya un sistema de trazabilidad para que los restaurantes de Mérida y Cancún "
     "compren mero legal. También estudia al mero negro y al abadejo, más escasos, y las zonas "
     "de desove del arrecife Alacranes. La veda del pulpo, que ocupa a los mismos pescadores en "
     "otra temporada, no forma parte del proyecto.",
     ("meros", "Epinephelus morio", "vedas", "pesca ribereña", "Banco de Campeche"),
     ("MX",), "2024-05"),
    # --- chameleons ---------------------------------------------------------------------------
    ("ci10", "project", "en",
     "Jackson's chameleons in Hawaiʻi: stopping the spread of an invasive predator of native "
     "snails and insects",
     "Jackson's chameleons (Trioceros jacksonii), three-horned lizards from the highlands of "
     "Kenya and Tanzania, were released on Oʻahu in the early 1970s by a pet dealer and have "
     "since been carried to Maui, Hawaiʻi Island and Kauaʻi by people who collect and sell "
     "them. In moist upland forests they eat endemic insects, spiders and tiny native tree "
     "snails, among them Achatinella and Auriculella species already close to extinction. This "
     "project, led by the island invasive species committees with the state land and natural "
     "resources department, surveys forest reserves at night with spotlights, when sleeping "
     "chameleons show pale against the leaves, removes them around snail enclosures, and works "
     "with the agriculture department on the rules that forbid moving chameleons between "
     "islands or exporting them for the pet trade. It runs an outreach campaign in garden "
     "centres and schools. On Kauaʻi, where the same teams fight rose-ringed parakeets eating "
     "crops, chameleons are still few and the aim is eradication.",
     ("chameleons", "Trioceros jacksonii", "invasive species", "native snails", "Hawaii"),
     ("US",), "2023-10"),
    ("ci11", "document", "fr",
     "L'endormi, caméléon panthère de La Réunion : guide pour le protéger dans les jardins et "
     "les ravines",
     "À La Réunion, on appelle endormi le caméléon panthère (Furcifer pardalis), arrivé de "
     "Madagascar il y a environ deux siècles et protégé par arrêté depuis 1989. Ce guide, "
     "publié par une association naturaliste avec la direction de l'environnement, explique où "
     "vit l'endormi, surtout dans les bas de l'Ouest, de Saint-Paul à Saint-Leu, dans les haies, "
     "les friches et les jardins créoles, comment reconnaître les mâles colorés des femelles "
     "brunes, et pourquoi il est interdit de le capturer, de le détenir ou de le vendre, même "
     "trouvé au bord de la route. Il demande de ne pas brûler ni débroussailler les haies à la "
     "saison des pontes, de tenir les chats, d'éviter les insecticides au jardin et de déplacer "
     "avec précaution un caméléon qui traverse la chaussée. Il rappelle les croyances créoles "
     "qui ont longtemps fait craindre l'endormi et sa place dans les contes. Les observations "
     "peuvent être signalées en ligne pour la cartographie de l'espèce.",
     ("caméléons", "Furcifer pardalis", "endormi", "espèces protégées", "La Réunion"),
     ("RE",), "2022-11"),
    ("ci12", "case-study", "es",
     "El camaleón común en la costa de Cádiz: veinte años de censos, urbanizaciones y "
     "voluntarios en Chipiona y Rota",
     "El camaleón común (Chamaeleo chamaeleon) vive en Europa en el sur de la península "
     "ibérica, Creta y Chipre, y en España sobre todo en los arenales y pinares costeros de "
     "Cádiz, Huelva, Málaga y Almería. Este estudio de caso sigue veinte años de censos "
     "nocturnos con linterna en los retamares, pinares y viñas de Chipiona, Rota, Sanlúcar de "
     "Barrameda y El Puerto de Santa María, donde los camaleones duermen en las ramas y se "
     "cuentan mejor. Muestra la pérdida de hábitat por urbanizaciones de chalets y campos de "
     "golf, los atropellos cuando las hembras cruzan las carreteras para poner en suelo "
     "arenoso, los perros y gatos, la captura para tenerlos como mascota y los desbroces con "
     "máquina. Recoge también lo que funcionó: rotondas y setos con retamas, algarrobos y "
     "lentiscos plantados como corredores, charlas en los colegios, centros de recuperación y "
     "voluntarios que trasladan ejemplares de las obras. Concluye con propuestas para la Junta "
     "de Andalucía sobre el catálogo de especies amenazadas.",
     ("camaleón común", "Chamaeleo chamaeleon", "reptiles", "urbanización del litoral",
      "voluntariado"),
     ("ES",), "2024-01"),
    # --- invasive parakeets -------------------------------------------------------------------
    ("ci13", "dataset", "en",
     "Rose-ringed parakeets in Britain: roost counts, garden feeders and the spread from "
     "London, 1995-2024",
     "The rose-ringed or ring-necked parakeet (Psittacula krameri), a bright green parrot from "
     "Africa and South Asia, has bred wild in south-east England since the late 1960s, from "
     "escaped and released cage birds. This dataset, compiled from winter roost counts "
     "coordinated by a bird research trust, a garden feeder survey and county bird atlases, "
     "traces the growth of the population from about 1,500 birds in 1995 to more than 30,000, "
     "with roosts of several thousand in the trees of Esher, Hither Green and Wormwood Scrubs, "
     "and its spread into Kent, Surrey, Birmingham, Manchester and Glasgow. It includes "
     "nest-box studies of competition with nuthatches, starlings and bats for tree holes, "
     "reports of damage to orchards, vineyards and allotments, and the findings of a "
     "government risk assessment that advised against a cull while the birds remained mostly "
     "urban. Sightings sent by the public are checked before being added. The parakeet is "
     "listed as an invasive non-native species that it is an offence to release.",
     ("parakeets", "Psittacula krameri", "invasive alien species", "urban birds", "roosts"),
     ("GB",), "2024-07"),
    ("ci14", "case-study", "fr",
     "Perruches à collier et conures veuves à Bruxelles : cinquante ans d'oiseaux exotiques "
     "dans les parcs de la capitale",
     "En 1974, une quarantaine de perruches à collier ont été relâchées au Meli Park, près de "
     "l'Atomium, pour égayer le parc. Elles sont aujourd'hui plus de 10 000 à Bruxelles et dans "
     "sa périphérie, auxquelles s'ajoutent des perruches d'Alexandre et quelques centaines de "
     "conures veuves, ces perruches moines qui bâtissent de gros nids de branches dans les "
     "arbres et sur les pylônes. Cette étude de cas, fondée sur les comptages aux dortoirs, le "
     "suivi de septante nichoirs et les observations des naturalistes bruxellois, examine ce "
     "que ces oiseaux changent : la concurrence pour les cavités avec la sittelle, les pics et "
     "les chauves-souris, l'occupation des mangeoires, les dégâts aux vergers de la périphérie. "
     "Elle expose le débat public entre ceux qui voient dans ces perruches un atout de la nature "
     "en ville et ceux qui réclament des captures, et explique les choix de la Région : retirer "
     "les nids de conures des installations électriques, encadrer la vente et la détention des "
     "espèces exotiques envahissantes et suivre les populations.",
     ("perruches", "Psittacula krameri", "Myiopsitta monachus",
      "espèces exotiques envahissantes", "nature en ville"),
     ("BE",), "2023-05"),
    ("ci15", "need", "es",
     "Necesidad: controlar la cotorra argentina en las comunas de Santiago y en los huertos "
     "frutales de la zona central",
     "La cotorra argentina (Myiopsitta monachus), traída como ave de jaula desde los años "
     "noventa, se ha vuelto común en los parques y plazas de Santiago y se extiende hacia "
     "Valparaíso, Rancagua y los valles agrícolas. A diferencia de otros loros, construye "
     "grandes nidos comunitarios de ramas en palmeras, araucarias de jardín y postes del "
     "tendido eléctrico, lo que provoca cortes de luz, y en el campo picotea la fruta de "
     "cerezos, almendros, nogales y paltos y el choclo. En su Argentina natal anida en "
     "algarrobos y talas del monte. El Servicio Agrícola y Ganadero la declaró especie dañina "
     "y, con el Ministerio del Medio Ambiente, solicita apoyo para estimar cuántas cotorras hay "
     "con conteos coordinados al atardecer, retirar nidos con camiones alzahombre junto a la "
     "empresa eléctrica, ensayar la captura en los huertos, modelar su expansión con el clima "
     "y preparar una campaña que desaliente su compra y liberación. Pide también estudiar si "
     "compite con la cachaña y el choroy, los loros nativos.",
     ("cotorra argentina", "Myiopsitta monachus", "especies exóticas invasoras",
      "daños agrícolas", "aves urbanas"),
     ("CL",), "2024-08"),
    # --- feral horses -------------------------------------------------------------------------
    ("ci16", "case-study", "en",
     "Brumbies in Kosciuszko National Park: alpine bogs, a heritage law and the return of "
     "aerial culling",
     "Feral horses, known in Australia as brumbies, descend from stock horses that escaped or "
     "were turned loose from the nineteenth century on. In Kosciuszko National Park, in the "
     "Snowy Mountains of New South Wales, their number grew from about 3,000 in 2003 to an "
     "estimated 17,000 in 2022. They trample the sphagnum bogs and fens that store water for "
     "the Murray and Snowy rivers, break down stream banks and graze the habitat of the "
     "northern corroboree frog, the broad-toothed rat and the stocky galaxias. This case study "
     "examines how the 2018 Wild Horse Heritage Act, passed to protect the horses' cultural "
     "value to mountain communities, set a target of 3,000 horses in part of the park, how "
     "trapping and rehoming could not keep pace, and how ground shooting and, from late 2023, "
     "aerial shooting were adopted after public consultation. It reports fenced exclusion "
     "plots where bogs recover, the legal challenges and the divided views of graziers, "
     "scientists and horse advocates.",
     ("feral horses", "brumbies", "alpine bogs", "invasive species", "national parks"),
     ("AU",), "2024-02"),
    ("ci17", "dataset", "fr",
     "Les chevaux sauvages de l'île de Sable : recensements individuels et génétique d'une "
     "population sans gestion, 2007-2023",
     "À 160 kilomètres au large de la Nouvelle-Écosse, l'île de Sable, longue bande de dunes "
     "devenue réserve de parc national en 2013, abrite quelque 500 chevaux ensauvagés, "
     "descendants de chevaux pris aux Acadiens déportés et laissés sur l'île au XVIIIe siècle. "
     "Depuis 1960, la loi interdit d'y toucher : les chevaux ne sont ni nourris, ni soignés, ni "
     "retirés, ce qui en fait l'une des rares populations de chevaux sans intervention humaine. "
     "Ce jeu de données, tenu par une équipe universitaire avec Parcs Canada, réunit "
     "l'identification photographique de chaque cheval chaque été, les naissances, les morts et "
     "les carcasses trouvées après l'hiver, la composition des bandes et des étalons solitaires, "
     "des échantillons génétiques et les mesures de la végétation des dunes et des étangs d'eau "
     "douce. Il sert à étudier l'effet du broutage sur la stabilité des dunes, la concurrence "
     "pour l'eau avec les phoques gris qui mettent bas sur les plages et l'évolution d'une "
     "population fermée. La colonie de sternes de l'île est suivie par un autre organisme.",
     ("chevaux sauvages", "chevaux ensauvagés", "dunes", "île de Sable",
      "dynamique des populations"),
     ("CA",), "2023-08"),
    ("ci18", "project", "es",
     "Caballos cimarrones en el Parque Provincial Ernesto Tornquist: plan de manejo para los "
     "pastizales serranos de Ventania",
     "En las sierras de Ventania, al sur de la provincia de Buenos Aires, unos caballos dejados "
     "en el campo hace más de medio siglo se convirtieron en una población cimarrona de varios "
     "cientos de animales: los baguales, como se llama en el campo al caballo alzado. El "
     "pastoreo y el pisoteo compactan los suelos, abren cárcavas en las laderas y empobrecen el "
     "pastizal serrano, donde crecen plantas endémicas como Plantago bismarckii y viven "
     "reptiles que no se encuentran en otro lugar. Este proyecto del organismo provincial de "
     "áreas protegidas, con una universidad de Bahía Blanca, combina censos desde el aire y con "
     "cámaras, la castración de padrillos, la captura con corrales y la entrega en adopción a "
     "escuelas de equinoterapia y a criadores, y parcelas clausuradas que muestran cómo se "
     "recupera el pastizal sin caballos. También organiza mesas de diálogo con las asociaciones "
     "que defienden a los caballos y con los vecinos de Sierra de la Ventana. La caza, propuesta "
     "en el pasado, quedó descartada.",
     ("caballos cimarrones", "baguales", "pastizales", "especies exóticas invasoras",
      "áreas protegidas"),
     ("AR",), "2024-04"),
    # --- carob --------------------------------------------------------------------------------
    ("ci19", "project", "en",
     "Carob, Cyprus's black gold: grafting old trees and replanting groves for a drier climate",
     "Carob trees (Ceratonia siliqua) once covered the foothills of Limassol and Larnaca, and "
     "their pods, shipped from the carob warehouses of Limassol's old port, were so valuable "
     "that Cypriots called them black gold. Most groves were abandoned as farmers moved to the "
     "towns, and many old trees were cleared for holiday homes. Yet carob needs no irrigation, "
     "tolerates heat, drought and poor limestone soils, burns less readily than pine and "
     "shelters birds, reptiles and insects, which makes it a crop for adapting farming to a "
     "hotter, drier island. This project of the agriculture department and a farmers' "
     "cooperative maps the surviving trees in forty villages, grafts branches of local "
     "varieties onto wild and male trees that bear no pods, plants grafted seedlings on "
     "terraces and field edges, and helps producers sell kibbled pods, carob syrup "
     "(teratsomelo), flour and seeds for locust bean gum. It trains young farmers in pruning "
     "and in harvesting by beating the branches, and studies the carob moth that damages the "
     "pods.",
     ("carob", "Ceratonia siliqua", "climate change adaptation", "dryland agriculture",
      "agroforestry"),
     ("CY",), "2023-09"),
    ("ci20", "case-study", "fr",
     "Le caroubier, arbre des coopératives féminines du Moyen Atlas : étude de cas sur la "
     "filière caroube au Maroc",
     "Le Maroc compte parmi les premiers producteurs mondiaux de caroubes, récoltées surtout "
     "sur des caroubiers qui poussent à l'état spontané dans les forêts et les terres "
     "collectives du Moyen Atlas, du Rif et du Plateau central. Cette étude de cas suit, dans "
     "les provinces de Khénifra, Béni Mellal et Taza, des coopératives de femmes qui ramassent "
     "les gousses, les concassent et vendent la farine, la pâte à tartiner et le sirop de "
     "caroube, tandis que les graines partent vers les usines de gomme de caroube, recherchée "
     "par l'industrie alimentaire. Elle montre que l'arbre, résistant à la sécheresse et planté "
     "par l'administration des eaux et forêts contre l'érosion, rapporte davantage aux familles "
     "quand les droits de récolte sur les terres collectives sont clairs, et décrit les "
     "conflits avec les intermédiaires et le gaulage brutal qui casse les rameaux. Elle "
     "présente aussi la greffe de variétés productives et l'indication géographique demandée "
     "par les coopératives.",
     ("caroube", "caroubier", "coopératives féminines", "produits forestiers non ligneux",
      "Moyen Atlas"),
     ("MA",), "2024-03"),
    ("ci21", "document", "es",
     "Guía para recuperar los algarrobales de secano: el algarrobo y la garrofa en Castellón, "
     "Valencia y Mallorca",
     "El algarrobo (Ceratonia siliqua), el garrofer de las comarcas valencianas y de Mallorca, "
     "fue durante siglos el árbol del secano mediterráneo: sus garrofas alimentaban a las mulas "
     "y se vendían a las fábricas de garrofín, la goma que se extrae de la semilla. Hoy muchos "
     "algarrobales están abandonados entre bancales y márgenes de piedra seca, aunque la "
     "demanda de garrofín y de harina de algarroba ha subido los precios. Esta guía, preparada "
     "por la consejería de agricultura con una cooperativa y el instituto de investigación "
     "agraria, explica cómo valorar si un árbol viejo se puede recuperar, la poda de "
     "rejuvenecimiento, el injerto de variedades tradicionales como la Rojal, la Negral o la "
     "Matalafera sobre pies bordes, la plantación de nuevos algarrobales y la recolección, y "
     "recuerda que el algarrobo aguanta la sequía, frena los incendios y da refugio a aves y "
     "reptiles. No trata del algarrobo americano (Prosopis) del Chaco ni de la costa peruana, "
     "que comparte el nombre pero no la especie.",
     ("algarrobo", "Ceratonia siliqua", "garrofa", "cultivos de secano",
      "variedades tradicionales"),
     ("ES",), "2023-06"),
    # --- ebony --------------------------------------------------------------------------------
    ("ci22", "project", "en",
     "The Ebony Project: replanting Cameroon ebony with forest villages around the Dja",
     "Cameroon ebony (Diospyros crassiflora), the dense black heartwood used for guitar "
     "fingerboards, violin pegs and carvings, grows scattered in the lowland rainforests of "
     "southern and eastern Cameroon. Decades of selective logging for the few trees with pure "
     "black wood, and the hunting of the monkeys, duikers and elephants that eat its fruit and "
     "spread its seeds, left few young trees in many forests. This project, run by a tropical "
     "research institute with a musical instrument maker and the forestry ministry, works with "
     "villages near the Dja Faunal Reserve to collect seed, raise seedlings in community "
     "nurseries and plant ebony among cocoa, plantain and fruit trees, with more than 25,000 "
     "trees planted since 2016. It pays villagers for nursery work, studies ebony's seed "
     "dispersal and growth, and tests whether streaked and marbled ebony, once left in the "
     "forest as waste, can be sold, so that fewer trees are felled per fingerboard. Logging "
     "permits and the legality of the wood trade are followed with the forestry "
     "administration.",
     ("ebony", "Diospyros crassiflora", "tree planting", "rainforests", "timber trade"),
     ("CM",), "2024-01"),
    ("ci23", "dataset", "fr",
     "Ébènes de Madagascar : inventaire des espèces de Diospyros et empreintes génétiques pour "
     "identifier les bois saisis",
     "Madagascar compte plus de 200 espèces d'ébéniers (Diospyros), presque toutes endémiques, "
     "dont le bois noir a été exporté illégalement en grandes quantités, avec le bois de rose, "
     "après la crise politique de 2009, surtout depuis les forêts du Nord-Est, autour de "
     "Masoala et de Marojejy. Depuis 2013, les ébènes malgaches sont inscrits à l'annexe II de "
     "la CITES, et l'exportation reste bloquée tant qu'on ne sait pas distinguer les espèces "
     "ni estimer les stocks. Ce jeu de données, constitué par un jardin botanique et des "
     "chercheurs malgaches, réunit les échantillons d'herbier, les localisations et les "
     "séquences d'ADN de référence des espèces de Diospyros, les inventaires en placettes dans "
     "les parcs nationaux, les mesures de densité et de couleur du bois et les analyses de "
     "rondins saisis dans les ports. Il doit aider l'administration forestière à vérifier "
     "l'origine des bois et à préparer le plan d'utilisation des stocks saisis. Les lémuriens "
     "et les caméléons des forêts inventoriées sont notés au passage.",
     ("ébène", "Diospyros", "exploitation illégale des forêts", "CITES", "codes-barres ADN"),
     ("MG",), "2023-04"),
    ("ci24", "need", "es",
     "Necesidad: inventario y control del comercio de ébano en los bosques de Río Muni",
     "El ébano (Diospyros crassiflora) de los bosques de Guinea Ecuatorial fue una de las "
     "maderas más buscadas del golfo de Guinea desde la época colonial, y hoy se corta de forma "
     "dispersa en los distritos de Niefang, Evinayong y Mongomo y en los alrededores del Parque "
     "Nacional de Monte Alén, a menudo sin permiso, para venderlo en trozas hacia los países "
     "vecinos. La especie está reservada por ley y su exportación en bruto está prohibida, pero "
     "el instituto nacional de desarrollo forestal y gestión de las áreas protegidas no sabe "
     "cuántos árboles quedan ni dónde. Solicita apoyo para un inventario del ébano en parcelas "
     "permanentes, capacitación de los guardas forestales y de los agentes de aduanas para "
     "reconocer la madera, un registro de los talleres de tallistas de Bata que la trabajan "
     "legalmente y viveros en los poblados para reponer los árboles cortados. Pide también "
     "estudiar cómo la caza de monos y elefantes, que dispersan sus semillas, afecta la "
     "regeneración.",
     ("ébano", "Diospyros crassiflora", "comercio ilegal de madera", "inventario forestal",
      "Río Muni"),
     ("GQ",), "2024-05"),
    # --- surfing and surf breaks --------------------------------------------------------------
    ("ci25", "document", "en",
     "Protecting surf breaks: guidance for councils on the surf breaks of national "
     "significance in the New Zealand Coastal Policy Statement",
     "Surfing waves are natural features made by the shape of a reef, a river mouth or a "
     "sandbar, and they can be lost to a breakwater, a marina, dredging or sand extraction, as "
     "surfers say happened at Aramoana when the Otago harbour mole was extended. The New "
     "Zealand Coastal Policy Statement 2010 requires councils to protect seventeen surf breaks "
     "of national significance, from Ahipara and Raglan's Manu Bay to Whangamatā and "
     "Aramoana, and to avoid adverse effects on other regionally important breaks. This "
     "guidance explains how to map a break's swell corridor, the area offshore that shapes the "
     "wave, how to assess proposals for structures, discharges and reclamations, and how to "
     "work with surfers, iwi and boardriders' clubs, whose knowledge of the waves is often the "
     "only record. It gives examples of consent conditions and plan rules and of water quality "
     "monitoring at surf beaches, and notes that New Zealand sea lions now haul out on beaches "
     "near Dunedin, where surfers are asked to keep their distance.",
     ("surfing", "surf breaks", "coastal planning", "coastal management", "recreation"),
     ("NZ",), "2022-08"),
    ("ci26", "case-study", "fr",
     "Teahupo'o et l'épreuve olympique de surf de 2024 : la tour des juges, le récif et la "
     "mobilisation des habitants",
     "Le village de Teahupo'o, au bout de la route de la presqu'île de Tahiti, est connu des "
     "surfeurs du monde entier pour sa vague puissante qui déferle sur un récif peu profond. "
     "Quand il a accueilli les épreuves de surf des Jeux olympiques de Paris 2024, le projet de "
     "nouvelle tour des juges en aluminium, posée sur des fondations forées dans le récif, a "
     "soulevé l'opposition des habitants, des surfeurs et des associations de protection du "
     "lagon. En décembre 2023, une barge venue tester le chantier a cassé des coraux. Cette "
     "étude de cas retrace la concertation qui a suivi, la "
     "réduction de la taille de la tour, le suivi des coraux par des plongeurs scientifiques "
     "avant et après les travaux, le rahui invoqué par certains habitants et l'après-Jeux : qui "
     "entretient l'ouvrage, comment limiter les bateaux de spectateurs dans la passe de Havae "
     "et comment les retombées du surf peuvent profiter au village. Les mérous et les requins "
     "de la passe sont cités pour mémoire.",
     ("surf", "récifs coralliens", "Jeux olympiques", "participation du public", "Tahiti"),
     ("PF",), "2024-10"),
    ("ci27", "project", "es",
     "Huanchaco, Reserva Mundial de Surf: proteger las rompientes, los totorales y los "
     "caballitos de totora",
     "Huanchaco, caleta de pescadores junto a Trujillo, en La Libertad, fue reconocida en 2013 "
     "como Reserva Mundial de Surf por sus olas largas y por una tradición milenaria: los "
     "pescadores siguen saliendo al mar montados en caballitos de totora, embarcaciones de "
     "junco que muchos consideran antepasadas de la tabla. El Perú tiene además una Ley de "
     "Rompientes que permite inscribir las olas aptas para la práctica del surf ante la "
     "autoridad marítima, para que no se construyan espigones ni muelles que las destruyan. "
     "Este proyecto de la municipalidad, con una asociación de tablistas y los pescadores, "
     "inscribe las rompientes de la bahía, recupera los wachaques, humedales de agua dulce "
     "donde se cultiva la totora, frena los rellenos y el desmonte en la franja costera, y "
     "reúne a las escuelas de tabla y a los pescadores para vigilar juntos la erosión de la "
     "playa, que atribuyen al puerto de Salaverry. También ordena el turismo de surf para que "
     "sus ganancias se queden en la caleta.",
     ("surf", "rompientes", "totora", "turismo sostenible", "erosión costera"),
     ("PE",), "2024-07"),
    # --- community gardens --------------------------------------------------------------------
    ("ci28", "support-source", "en",
     "GreenThumb: soil, tools, workshops and licences for New York City's community gardens",
     "New York City has more than 550 community gardens, most of them on vacant lots that "
     "neighbours cleared and planted during the fiscal crisis of the 1970s, and many now "
     "protected as parkland. The parks department's GreenThumb programme supports the "
     "volunteer groups that run them: it licenses the land, delivers clean soil, compost, "
     "lumber and tools, and offers free workshops on composting, rainwater harvesting, native "
     "plants for pollinators, beekeeping and growing food in raised beds. Gardens can apply for "
     "small grants and for soil testing, since many lots once held buildings painted with "
     "lead, and new gardens get help to write bylaws and keep their gates open to the public. "
     "The page lists eligibility, deadlines and how gardens report their harvests, events and "
     "volunteer hours each year. Surveys show that the gardens, from the South Bronx to "
     "Brooklyn, give neighbours fresh vegetables, shade and meeting places and host birds, bees "
     "and butterflies; in some, monk parakeets from nearby colonies come to feed on the fruit "
     "trees.",
     ("community gardens", "urban agriculture", "urban nature", "volunteers", "grants"),
     ("US",), "2024-03"),
    ("ci29", "event", "fr",
     "Cinquante ans de jardins communautaires à Montréal : journée d'échanges sur la "
     "biodiversité des jardins",
     "Le premier jardin communautaire de Montréal a ouvert en 1975 sur un terrain vacant de "
     "l'est de la ville. Le programme municipal compte aujourd'hui une centaine de jardins et "
     "plus de 8 000 jardinets loués pour la saison à des citoyens, sans compter les jardins "
     "collectifs, cultivés en groupe par des organismes de quartier. Pour souligner le "
     "cinquantième anniversaire, la Ville et les arrondissements organisent une journée "
     "d'échanges ouverte aux jardiniers, aux comités de jardins et aux chercheurs. Au "
     "programme : les inventaires d'abeilles sauvages et de papillons faits dans les jardins, "
     "la place des plantes indigènes et des bandes fleuries, le compost et l'arrosage en "
     "période de canicule, la lutte contre le scarabée japonais sans pesticides, l'accueil des "
     "nouveaux arrivants qui cultivent des légumes de leur pays d'origine et les listes "
     "d'attente dans les quartiers les plus denses. Des visites de trois jardins sont prévues "
     "l'après-midi. L'inscription est gratuite.",
     ("jardins communautaires", "jardins collectifs", "agriculture urbaine",
      "biodiversité urbaine", "Montréal"),
     ("CA",), "2025-06"),
    ("ci30", "project", "es",
     "Huertas comunitarias y parques huerta en Rosario: veinte años de agricultura urbana "
     "agroecológica",
     "Tras la crisis de 2001, el Programa de Agricultura Urbana de la Municipalidad de Rosario, "
     "con el programa nacional ProHuerta, ayudó a cientos de familias de los barrios del oeste "
     "y del sur a cultivar en terrenos baldíos, a orillas de los arroyos y bajo las líneas de "
     "alta tensión. De aquellas huertas comunitarias nacieron los parques huerta, espacios "
     "públicos donde grupos de huerteros producen verduras sin agroquímicos, y un cinturón "
     "verde periurbano que protege la tierra agrícola del avance de la ciudad. Este proyecto "
     "amplía la red a nuevos terrenos cedidos por la municipalidad y el ferrocarril, entrega "
     "semillas y plantines de hortalizas y de plantas nativas que atraen polinizadores y "
     "enemigos naturales de las plagas, capacita en compostaje y en "
     "manejo agroecológico, y organiza ferias semanales donde los huerteros venden su "
     "producción. Mide lo cosechado, los ingresos de las familias y las aves e insectos que "
     "vuelven a los barrios. En las huertas de borde, las cotorras que bajan al maíz se "
     "espantan con redes y cintas.",
     ("huertas comunitarias", "agricultura urbana", "agroecología", "parques huerta",
      "seguridad alimentaria"),
     ("AR",), "2023-11"),
)  # fmt: skip
