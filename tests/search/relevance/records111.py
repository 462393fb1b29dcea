"""Clearing-house records of the hundred-and-eleventh judged relevance set
(tests/search/relevance/queries111.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on basking sharks (sightings, satellite tags and the new protected
status of the basking sharks off the west of Ireland; the requins pèlerins reported by sea users
off Brittany; a need for a release protocol for the tiburones peregrinos caught in the nets of
Galicia and the Cantabrian coast); on bluefin tuna (catch-and-release tagging with charter
skippers in Cornwall; the madrague of Sidi Daoud and the fattening cages of the thon rouge in
Tunisia; a technical meeting on the atún rojo of the almadrabas of Cádiz); on coqui frogs, the rain
frogs of the genus Eleutherodactylus (the invasive coqui of the island of Hawaii and Maui; the
hylodes of Martinique, with the chytrid; a need for the wetland of the coquí llanero in Toa Baja,
Puerto Rico); on morels (the guchhi of the forests of Khyber Pakhtunkhwa, Pakistan; a guide of the
Swiss mushroom inspectors to picking morilles; a dataset of the morchelas, or colmenillas, bought
in Aysén, Chile); on annatto (smallholder growers of natural food colour on the Kenyan coast; the
roucou of the Amerindian peoples of French Guiana and the benefit sharing around it; the achiote
of the Tsáchila of Ecuador); on leaf-cutter ants (a need against the bachac of Trinidad and Tobago;
the fourmi-manioc of the Creole gardens of Guadeloupe; the hormigas culonas, the edible queens
harvested in Santander, Colombia); on seed balls (a village seed ball campaign in Telangana, India;
a workshop on bombes à graines for the mornes of Haiti; a dataset of the bolas de semillas sown by
drone after the fire of the sierra de la Culebra in Spain); on gars (a guidance on the alligator
gar in the southern United States; the lépisosté osseux of the St. Lawrence and Missisquoi Bay in
Quebec, Canada; a need for the pejelagarto of Tabasco, Mexico); on sperm whales (setting up
Dominica's sperm whale reserve; the photo-identified cachalots of Mauritius; the cachalotes and
the giant squid of the Gulf of California, Mexico); and on bird strikes at airports (wildlife
hazard management guidelines for Jomo Kenyatta International Airport and other Kenyan
aerodromes; the prévention du péril animalier at Montpellier-Méditerranée airport in France; an
offer of training in peligro aviario y de fauna for the regional airports of Peru). English,
French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records109.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (basking shark, requin pèlerin, tiburón peregrino, pèlerin and
peregrino near shark words, Cetorhinus; bluefin, tuna, thon, thon rouge, atún, atún rojo, aleta
azul, almadraba, madrague, Thunnus, ICCAT, CICTA, CICAA; coqui, coquí, hylode, rain frog, whistling
frog, rainette, rana silbadora, Eleutherodactylus; morel, morille, colmenilla, morchela, morilla,
guchhi, gucchi, Morchella, Gyromitra, and mushroom, champignon, hongo and seta near picking words;
annatto, roucou, rocou, achiote, urucum, urucú, onoto, bija, Bixa, bixin; leaf-cutter, leafcutter,
leaf-cutting, bachac, fourmi-manioc, fourmi coupeuse, hormiga arriera, hormiga cortadora, hormigas
culonas, zompopo, bibijagua, Atta, Acromyrmex, and ant, fourmi and hormiga; seed ball, seedball,
seed bomb, bombe à graines, boulette, bola de semillas, nendo dango, semillas encapsuladas, aerial
seeding, semis aérien, siembra aérea, and drone or dron near seed words; gar, alligator gar,
lépisosté, pejelagarto, catán, manjuarí, Lepisosteus, Atractosteus; sperm whale, cachalot,
cachalote, Physeter, ambergris, ambre gris, ámbar gris; bird strike, birdstrike, wildlife strike,
wildlife hazard, péril animalier, péril aviaire, peligro aviario, effarouchement, and airport,
aéroport, aeropuerto, runway, aircraft, avion and aeronave near bird and wildlife words). Screened
and dropped as covered: flamingos (u26, i29, bn21, bo08, x22, x23), sea urchins (y13), wolves (the
Ethiopian wolves of bt13, and the loup of the livestock guardian dog guide bz11),
bird-window collisions (bp22-bp24), bird electrocution on power lines (cm01), succulent plant
poaching (bd26, cb13), pine nuts (bo04-bo06), the ruddy duck and the white-headed duck (ec25-ec27),
newts (bv19), goldfinches (dq07-dq09), maples and maple syrup (do07-do09), pampas grass
(ea10-ea12), feral horses (ci16-ci18), red-eared sliders (bm10-bm12), Japanese knotweed
(dq10-dq12), dragon trees (cs10-cs12), abalone (cq10-cq12), pearl farming (cq25-cq27), edible bird's
nests (bg01-bg03), frog legs (da01-da03), land crabs and so hermit crabs (by01-by03), the milpa
(the shifting cultivation pages of records35), agricultural terraces (the dry-stone wall pages
bv10-bv12), black bees (the log hive pages dc25-dc27, one of whose subjects is the abeille noire),
vampire bats (the rabies page bt15), hyenas (i22, w35), bearded vultures (next to the
vulture pages), wild mushroom picking in general (the truffle guide bn06) and fire ants
(cq07-cq09), besides the topics of sets 42 to 109 and those their docstrings list as covered;
screened with no or passing hits but not chosen: cassowaries, oilbirds, blue sharks, thresher
sharks, kinkajous, hermit crabs, Irvingia, and bats other than vampires.

The nearest are judged 1: the speed-reduction project of the Pelagos sanctuary (ca17), which
opens by naming the rorqual commun and the cachalot as the two whales struck by ferries and
fast ships and works to protect both, judged 1 to the sperm whale queries that ask for neither
a country, a record type nor an excluded word it names; and the need for a laboratory to detect
Sudan dyes in the ají, the paprika and the achiote of the markets of Lima (ej03), whose title
names the achiote, judged 1 to the plain annatto queries (not to those that ask for traditional
knowledge, projects or case studies). All the other hits are passing: the cachalots that rob
longlines with the orcas of Crozet in a case study on orca depredation (dk11); the atún rojo
that the Iberian orcas follow and the almadrabas of Barbate and Conil that the orca guide says
it does not cover (dk12); the skipjack and yellowfin tuna of the fish aggregating device pages
(bj16, bj18), the tuna longliners, fleets, bait and processing plants of l01, ck10, db25, dg06
and o09, the CICTA to which the Senegalese billfish project reports (dg05), and the tuna that
are eels in Māori (cm28); the coquí frogs counted with lizards and snails in the El Yunque
hurricane dataset (bz25), the hylodes eaten by the cane toad of the Antilles (bg29) and the
tadpoles of hylodes in the bromeliads of Guadeloupe (ea08); the achiote of a Maya home garden
(ce15) and the achiote and huito painted on Ticuna girls (cy24); the leafcutter bees and abejas
cortadoras de hojas of the insect hotel pages (dk19, dk21) and the fire ants (cq07-cq09), other
insects; the truffle guide whose subjects name the hongos silvestres comestibles (bn06), which
names no morel; the firebreaks grazed after the fire of the Sierra de la Culebra (bz30), which
sow nothing; the siembra directa of no-till farming (r20, r21, bw12, by09); and the airports
of the wildlife customs training (v22), the aircraft de-icing fluids (cz03) and the abandoned
aircraft (cz24), which name no bird strike, like the bird collisions with glass (bp22-bp24),
wind turbines and power lines, which are no aircraft. No earlier record names a basking shark,
a bluefin tuna, an Eleutherodactylus, a morel, annatto by that name or as roucou, a leaf-cutter
ant, a seed ball, a gar or a bird strike.

records110.py (ids el01..el30, on food safety, health, chemicals, waste, pollution, energy,
biosafety, enforcement and transport topics), written at the same time by another engineer, was
searched for the same words once it was finished (with its queries110.tsv): its topics are
potassium bromate in bread, konzo and the cyanide of bitter cassava, perchlorate in drinking
water, cadmium in phosphate fertilisers, the hair clippings of salons, marine seismic surveys,
solar irrigation pumps, gene-edited pigs resistant to PRRS, vehicle emissions tampering and cargo
bikes. None of its records names a basking shark, a bluefin tuna, an Eleutherodactylus, a morel,
annatto, a leaf-cutter ant, a seed ball, a gar, a sperm whale or a bird strike (its only hits on
this set's words are the whales, baleines and ballena franca austral that the seismic survey pages
el16, el17 and el18 want to spare, none of them a sperm whale, so 0 to the sperm whale queries, and
the cacao of Tabasco of el12, no pejelagarto), and none answers a query of this set; none of its
queries is repeated in queries111.tsv.

Traps: the minke whales, common dolphins and grey seals of em01; the requin-taupe, poisson-lune,
dauphins and phoques gris of em02; the marrajo, tintorera and avistamiento de cetáceos of em03;
the mackerel, sprats, sardines, gannets and common dolphins of em04; the herbiers de posidonie
and the Japanese market of em05; the orcas del estrecho of em06; the little fire ants and the
nursery trade of em07; the crapaud buffle, anolis, mangoustes and bananeraies of em08; the sapo
concho and the huracanes of em09; the fires, false morels, pine nuts and medicinal plants of
em10; the frênes, ormes, vieux vergers, Gyromitra and truffes of em11; the hongos de pino, lenga,
ñirre, incendios and plantaciones de pino of em12; the synthetic colourings, aflatoxins, cassava,
cowpeas, cashew and coconut of em13; the abattis, hamacs, génipa and accès aux ressources
génétiques of em14; the huito, cacao, banco comunitario de semillas and palma africana of em15;
the petrol, used engine oil, banned insecticides and fire ants of em16; the manioc, ignames,
jardins créoles, scolopendres and fourmi électrique of em17; the ganadería and insectos
comestibles of em18; the neem, tamarind, village tanks and drones of em19; the chêne, cèdre,
pépinières and charbon de bois of em20; the drones, fajinas and lobo de la sierra of em21; the
bowfishers and the silver and bighead carp of em22; the cyanobactéries, perchaude and chevalier
cuivré of em23; the contaminación petrolera, manjuarí and tilapias of em24; the ship strikes,
whale watching, frigatebirds, dolphins and false killer whales of em25; the drone, baleines à
bosse and dauphins à long bec of em26; the calamar gigante, El Niño, rorcuales and ballenas grises
of em27; the kites, crows, egrets, marabou storks, dumpsites and slaughterhouses of em28; the
goélands, crécerelles, hirondelles, flamants roses, lapins de garenne, étourneaux, Natura 2000 and
fauconnerie of em29; and the gallinazos, garzas, arrozales, loros and murciélagos of em30. For the
country queries: em01 names only Ireland (Europe as a region); em02 only France (Europe for the
red list); em03 only Spain; em04 the United Kingdom (Cornwall; the Bay of Biscay and the
Mediterranean as migration routes); em05 Tunisia (Japan as the market); em06 only Spain; em07 the
United States (Hawaii; Puerto Rico named as the frog's native home); em08 only Martinique (the
Lesser Antilles and the Caribbean as the frogs' range); em09 only Puerto Rico; em10 only Pakistan
(Europe and the Gulf as markets); em11 only Switzerland; em12 only Chile (Europe and North America
as markets); em13 only Kenya (tropical America as the plant's origin); em14 only French Guiana;
em15 only Ecuador; em16 only Trinidad and Tobago; em17 only Guadeloupe; em18 only Colombia; em19
only India; em20 only Haiti; em21 only Spain; em22 only the United States; em23 only Canada
(Quebec); em24 Mexico (Cuba named for the manjuarí); em25 only Dominica; em26 only Mauritius;
em27 only Mexico; em28 only Kenya; em29 only France; em30 only Peru.

Ids (em01..em30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
ej01..ej30, ek01..ek30), nor with records110.py's (el01..el30), and no earlier id starts with
"em".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- basking sharks --------------------------------------------------------------------------
    ("em01", "project", "en",
     "Basking sharks off the west of Ireland: sightings, satellite tags and a new protected "
     "status",
     "The basking shark (Cetorhinus maximus), the second-largest fish in the world, feeds on "
     "plankton at the surface of Irish coastal waters from April to October, and headlands such "
     "as Malin Head, Achill and the Blasket Islands are among the best places in Europe to watch "
     "it. Hunted from currachs off Achill for its liver oil until the 1970s, it was finally given "
     "full legal protection under the Wildlife Acts in 2022. This project, run by the national "
     "parks and wildlife service with a university and a citizen science network of boat "
     "skippers, sea anglers and cliff walkers, collects and verifies sighting reports through a "
     "mobile app, fits satellite tags to follow the sharks into deeper water in winter, takes "
     "small tissue samples for genetics and photographs dorsal fins to recognise individuals. It "
     "also drafts a code of conduct for tour boats, kayakers and divers, who must keep their "
     "distance. Minke whales, common dolphins and grey seals reported through the same app are "
     "passed on to other groups.",
     ("basking sharks", "Cetorhinus maximus", "citizen science", "satellite tagging",
      "protected species"),
     ("IE",), "2024-04"),
    ("em02", "dataset", "fr",
     "Requins pèlerins au large de la Bretagne : signalements des usagers de la mer, 2009-2024",
     "Le requin pèlerin (Cetorhinus maximus), deuxième plus grand poisson du monde, longe chaque "
     "printemps les côtes bretonnes, la gueule grande ouverte pour filtrer le plancton, et se "
     "laisse approcher près de la surface en mer d'Iroise, en baie de Douarnenez et autour des "
     "Glénan. Ce jeu de données, tenu par une association d'étude des requins et des raies avec "
     "le parc naturel marin d'Iroise, réunit quinze ans de signalements envoyés par des "
     "plaisanciers, des pêcheurs, des plongeurs et des vedettes à passagers : date, position, "
     "nombre d'individus, taille estimée, comportement, photos de l'aileron dorsal et, pour "
     "quelques animaux, positions de balises satellites. Il recense aussi les requins pèlerins "
     "pris accidentellement dans des filets fixes et les échouages, qui nourrissent la révision "
     "du plan d'action pour l'espèce, protégée en France et classée en danger sur la liste rouge "
     "européenne. Les notes expliquent comment ne pas confondre un pèlerin avec un requin-taupe "
     "ou un poisson-lune. Les dauphins et les phoques gris signalés sont publiés à part.",
     ("requins pèlerins", "Cetorhinus maximus", "sciences participatives", "captures accidentelles",
      "mer d'Iroise"),
     ("FR",), "2024-11"),
    ("em03", "need", "es",
     "Necesidad: protocolo para los tiburones peregrinos atrapados en las redes de Galicia y el "
     "Cantábrico",
     "El tiburón peregrino (Cetorhinus maximus), que puede superar los diez metros, se acerca en "
     "primavera a las costas de Galicia, Asturias y Cantabria siguiendo las manchas de plancton, "
     "y cada año algunos quedan enredados en los trasmallos, las volantas y otros aparejos de "
     "enmalle de la flota artesanal. Figura como vulnerable en el catálogo español de especies "
     "amenazadas y su pesca y desembarque están prohibidos, pero las capturas accidentales casi "
     "nunca se notifican y los pocos ejemplares varados se entierran sin estudiarlos. Una red de "
     "varamientos, la consejería del mar y dos cofradías de pescadores solicitan apoyo para "
     "redactar un protocolo de liberación de los tiburones vivos, formar a las tripulaciones, "
     "crear un registro de avistamientos y capturas en el que participen pescadores y empresas de "
     "avistamiento de cetáceos, y tomar muestras de los animales muertos para estudios genéticos. "
     "Piden además carteles en gallego y en castellano para los puertos. El marrajo y la "
     "tintorera, que captura la flota de palangre, quedan fuera de esta solicitud.",
     ("tiburón peregrino", "Cetorhinus maximus", "capturas accidentales", "pesca artesanal",
      "necesidades"),
     ("ES",), "2024-06"),
    # --- bluefin tuna ----------------------------------------------------------------------------
    ("em04", "case-study", "en",
     "Bluefin tuna are back: a catch-and-release tagging programme with charter skippers in "
     "Cornwall",
     "Atlantic bluefin tuna (Thunnus thynnus), giants of up to 300 kilograms that can cross an "
     "ocean in weeks, had all but vanished from British waters after the North Sea fishery "
     "collapsed in the 1960s. Since about 2014 they have returned each late summer and autumn to "
     "the Celtic Sea, where they chase mackerel, sprats and sardines under feeding frenzies of "
     "gannets and common dolphins. Because the species is managed under quotas set by the "
     "International Commission for the Conservation of Atlantic Tunas (ICCAT), landing a bluefin "
     "is not allowed, but a scientific programme lets licensed charter skippers in Cornwall "
     "catch, tag and release them. This case study describes how skippers were trained to bring "
     "fish alongside quickly, measure them in the water and fit conventional and pop-up satellite "
     "tags, what the tags revealed about migrations towards the Bay of Biscay and the "
     "Mediterranean, how survival after release was estimated, and the debate on a future small "
     "commercial and recreational quota.",
     ("bluefin tuna", "Thunnus thynnus", "tagging", "catch and release", "ICCAT"),
     ("GB",), "2024-02"),
    ("em05", "case-study", "fr",
     "De la madrague à l'engraissement en cages : le thon rouge en Tunisie",
     "Pendant des siècles, le thon rouge (Thunnus thynnus) qui entre en Méditerranée pour frayer "
     "était capturé en Tunisie par des madragues, ces labyrinthes de filets fixes tendus au "
     "printemps près de la côte, comme celle de Sidi Daoud, au cap Bon, célèbre pour sa « matanza "
     "». La dernière madrague ne pêche presque plus : l'essentiel des thons rouges est pris à la "
     "senne tournante, puis transféré vivant dans des cages flottantes au large de Monastir et de "
     "Hergla, où il est engraissé plusieurs mois avant d'être exporté vers le Japon. Cette étude "
     "de cas, préparée par l'institut national des sciences et technologies de la mer avec "
     "l'administration des pêches, retrace l'effondrement du stock dans les années 2000, le plan "
     "de reconstitution adopté par la CICTA en 2007, avec ses quotas et ses observateurs, puis la "
     "remontée des effectifs. Elle analyse le contrôle des transferts par caméras, les effets des "
     "fermes sur les herbiers de posidonie et la place des pêcheurs artisanaux exclus des "
     "quotas..",
     ("thon rouge", "Thunnus thynnus", "madragues", "engraissement en cages", "CICTA"),
     ("TN",), "2023-10"),
    ("em06", "event", "es",
     "Jornadas técnicas: el atún rojo de almadraba tras quince años de plan de recuperación",
     "Las almadrabas de Barbate, Zahara de los Atunes, Conil y Tarifa, en la costa de Cádiz, "
     "calan cada primavera sus laberintos de redes fijas para capturar el atún rojo (Thunnus "
     "thynnus) que entra por el estrecho de Gibraltar hacia sus zonas de puesta en el "
     "Mediterráneo, un arte de origen fenicio que hoy sostiene también una ruta gastronómica con "
     "el ronqueo, el despiece tradicional del atún. Estas jornadas de dos días, organizadas por "
     "la secretaría general de pesca con el instituto español de oceanografía y la organización "
     "de productores de las almadrabas, reúnen a científicos, armadores, cocineros y ecologistas "
     "para hacer balance del plan de recuperación del atún rojo del Atlántico oriental y el "
     "Mediterráneo: cuotas, tallas mínimas, marcado de cada pieza, trazabilidad hasta la lonja y "
     "el papel de las almadrabas como observatorio del estado del stock. Una mesa redonda trata "
     "las interacciones con las orcas del estrecho y otra la certificación de pesca sostenible. "
     "Una visita a la levantá de Barbate cierra el programa.",
     ("atún rojo", "almadrabas", "Thunnus thynnus", "pesca sostenible", "eventos"),
     ("ES",), "2024-05"),
    # --- coqui frogs -----------------------------------------------------------------------------
    ("em07", "project", "en",
     "Stopping the coqui: controlling invasive coqui frogs on the island of Hawaii and Maui",
     "The coqui (Eleutherodactylus coqui), a frog no bigger than a thumbnail, is loved in its "
     "native Puerto Rico but has become one of Hawaii's worst invaders since it arrived in "
     "nursery plants in the late 1980s. Without predators and without a tadpole stage, it breeds "
     "on land all year, reaching tens of thousands per hectare in the forests of the island of "
     "Hawaii, eating insects that native birds depend on, and its loud two-note call keeps "
     "residents awake and lowers property values. This project, led by an island invasive species "
     "committee with the state agriculture department and county governments, maps calling frogs "
     "at night, treats infested nurseries, gardens and forest edges with citric acid sprays, "
     "gives potted plants hot-water treatments, runs a hotline for reports and certifies "
     "nurseries as coqui-free before plants are shipped between islands. It also trains "
     "volunteers to catch single frogs by hand on Maui and Oahu, where eradication is still "
     "possible. Little fire ants, spread by the same nursery trade, have their own programme.",
     ("coqui frogs", "Eleutherodactylus coqui", "invasive alien species", "nursery trade",
      "Hawaii"),
     ("US",), "2023-09"),
    ("em08", "dataset", "fr",
     "Hylodes de la Martinique : points d'écoute nocturnes et suivi de la chytridiomycose, "
     "2016-2024",
     "Les hylodes, petites grenouilles du genre Eleutherodactylus dont les mâles sifflent la nuit "
     "dans les jardins comme dans les forêts, se développent directement dans l'œuf, sans têtard "
     "ni point d'eau. En Martinique vivent l'hylode de la Martinique (Eleutherodactylus "
     "martinicensis), propre à quelques îles des Petites Antilles et en déclin, et l'hylode de "
     "Johnstone, plus commune, répandue dans toute la Caraïbe par le commerce des plantes, qui "
     "domine dans les zones urbanisées. Ce jeu de données, constitué par le parc naturel régional "
     "avec l'office de l'eau et une association herpétologique, rassemble neuf ans de points "
     "d'écoute nocturnes répétés sur 180 stations, des pitons du Carbet aux mornes du sud, avec "
     "les enregistrements des chants, l'altitude, le type de milieu et la température, ainsi que "
     "les résultats des écouvillons cutanés analysés pour le champignon chytride. Il montre des "
     "baisses marquées après les sécheresses et dans les bananeraies. Le crapaud buffle, les "
     "anolis et les mangoustes notés pendant les mêmes sorties sont publiés séparément.",
     ("hylodes", "Eleutherodactylus", "amphibiens", "chytridiomycose", "Martinique"),
     ("MQ",), "2024-08"),
    ("em09", "need", "es",
     "Necesidad: proteger el humedal del coquí llanero en Toa Baja, Puerto Rico",
     "En Puerto Rico viven 17 especies de coquíes, las pequeñas ranas del género "
     "Eleutherodactylus cuyo canto, «co-quí», es un símbolo de la isla, y varias están en "
     "peligro: el coquí dorado no se ha vuelto a ver desde 1981. El coquí llanero "
     "(Eleutherodactylus juanariveroi), descrito en 2007, solo vive en un humedal herbáceo de "
     "Sabana Seca, en Toa Baja, donde los machos cantan de noche desde las hojas de helechos y "
     "juncos. Está protegido como especie en peligro, pero el humedal queda entre urbanizaciones, "
     "una antigua base naval y carreteras que alteran el drenaje, y los huracanes de 2017 "
     "cambiaron su vegetación. El departamento de recursos naturales, una universidad y una "
     "organización comunitaria solicitan apoyo para monitorear la población con grabadoras "
     "acústicas automáticas, restaurar el régimen de agua del humedal, controlar las gramíneas "
     "invasoras, mantener una población de respaldo en cautiverio y preparar materiales "
     "educativos para las escuelas del municipio. El sapo concho, otro anfibio amenazado de la "
     "isla, tiene su propio plan de recuperación.",
     ("coquíes", "coquí llanero", "Eleutherodactylus juanariveroi", "humedales", "necesidades"),
     ("PR",), "2024-03"),
    # --- morels ----------------------------------------------------------------------------------
    ("em10", "case-study", "en",
     "Guchhi: morel gatherers, middlemen and forest rules in the hills of Khyber Pakhtunkhwa",
     "Every spring, after the snow melts, thousands of families in the forests of northern "
     "Pakistan go out to gather guchhi, the wild morels (Morchella species) that come up under "
     "deodar, blue pine and oak, especially where the ground was burned or disturbed the year "
     "before. Dried on strings in the shade, morels are among the most valuable forest products "
     "of the region, bought by local middlemen and exported to Europe and the Gulf at high "
     "prices, yet gatherers receive only a small share. This case study, written with the "
     "provincial forest department and a rural support programme in Swat, Dir and Chitral, "
     "follows collectors' groups formed to dry morels hygienically, grade them, sell them "
     "together and record where and when they gather. It discusses trampling, the fires some "
     "people set to make morels fruit, the exclusion of women from selling, the danger of "
     "poisonous false morels, and the forest rules that could protect the resource. Pine nuts and "
     "medicinal plants from the same forests are covered elsewhere.",
     ("morels", "guchhi", "Morchella", "non-timber forest products", "case studies"),
     ("PK",), "2023-06"),
    ("em11", "document", "fr",
     "Cueillir les morilles sans piller les stations : guide des contrôleurs officiels de "
     "champignons",
     "De la fin mars à la mi-mai, les morilles sortent dans les forêts alluviales, au pied des "
     "frênes et des ormes, dans les vieux vergers, sur les talus et dans les copeaux de bois des "
     "jardins, et leur cueillette attire beaucoup de monde dans les cantons romands. Ce guide, "
     "publié par l'association suisse des contrôleurs officiels des champignons avec un service "
     "cantonal des forêts, rappelle les règles cantonales : quantités maximales par personne et "
     "par jour, jours sans cueillette dans certains cantons, interdiction dans les réserves "
     "naturelles, pas de râteaux. Il explique comment couper la morille au couteau à la base du "
     "pied, la transporter dans un panier aéré et faire vérifier gratuitement la récolte par un "
     "contrôleur officiel, car la fausse morille (Gyromitra esculenta), parfois confondue avec "
     "les morilles, est mortelle. Il décrit les morilles coniques et les morilles rondes et leurs "
     "milieux, et rappelle que la culture sous tunnel ne remplace pas la protection des stations "
     "sauvages. Les truffes font l'objet d'une autre fiche.",
     ("morilles", "champignons sauvages", "cueillette", "contrôle des champignons", "guides"),
     ("CH",), "2024-03"),
    ("em12", "dataset", "es",
     "Recolección de morchelas en Aysén: volúmenes, precios y sitios de cosecha, 2015-2024",
     "En la región de Aysén, en la Patagonia chilena, las morchelas o colmenillas (Morchella "
     "spp.), hongos silvestres comestibles muy cotizados, brotan en primavera en los bosques de "
     "lenga y ñirre y sobre todo en los terrenos quemados por los grandes incendios del siglo "
     "pasado y en las plantaciones de pino. Cientos de familias rurales las recolectan entre "
     "octubre y diciembre, las secan al sol o en secadores de leña y las venden a acopiadores que "
     "las exportan deshidratadas a Europa y a Norteamérica. Este conjunto de datos, construido "
     "por el servicio forestal con un centro de investigación regional y cooperativas de "
     "recolectores, reúne los registros de compra de los acopiadores, los precios de cada "
     "temporada, encuestas a los recolectores y la ubicación aproximada de los sitios de cosecha, "
     "con datos de lluvia y temperatura. Permite relacionar las cosechas con el clima y con los "
     "incendios recientes y orientar un plan de manejo y una certificación de origen. Los hongos "
     "de pino se registran aparte.",
     ("morchelas", "colmenillas", "Morchella", "hongos silvestres comestibles",
      "productos forestales no madereros"),
     ("CL",), "2024-12"),
    # --- annatto ---------------------------------------------------------------------------------
    ("em13", "project", "en",
     "Annatto for natural food colours: smallholder growers on the Kenyan coast",
     "Annatto (Bixa orellana), a small tree from tropical America whose spiny red pods hold seeds "
     "coated with a red-orange pigment, bixin, is grown by thousands of smallholders in Kwale, "
     "Kilifi and Taita-Taveta, and Kenya has become one of the world's main exporters of annatto "
     "seed. Demand is rising as food companies replace synthetic colourings in cheese, butter, "
     "snacks and sausages with natural colours. This project, run by a county agriculture "
     "department with a national crop research institute and a growers' cooperative, helps "
     "farmers choose varieties rich in bixin, raise grafted seedlings, intercrop annatto with "
     "cassava and cowpeas, pick pods at the right stage and dry the seed on raised tables so that "
     "it keeps its colour and stays free of moulds and aflatoxins. It negotiates fair prices with "
     "the exporting factory, explores local extraction of the pigment and records the older uses "
     "of the plant in coastal villages as a dye and a remedy. Cashew and coconut farms are not "
     "part of the project.",
     ("annatto", "Bixa orellana", "natural food colours", "smallholder farming", "value chains"),
     ("KE",), "2024-01"),
    ("em14", "case-study", "fr",
     "Le roucou en Guyane : savoirs amérindiens, usages et partage des avantages",
     "Le roucou (Bixa orellana), arbuste planté près des carbets et dans les abattis, donne des "
     "graines enrobées d'une pâte rouge que les peuples amérindiens de Guyane, Kali'na, Wayana, "
     "Teko, Wayampi, Palikur et Lokono, utilisent depuis toujours pour se peindre le corps et les "
     "cheveux, se protéger du soleil et des moustiques, colorer les hamacs, la vannerie et la "
     "poterie et accompagner les fêtes. Cette étude de cas, rédigée avec le Parc amazonien de "
     "Guyane et des autorités coutumières du haut Maroni et de l'Oyapock, décrit la préparation "
     "de la pâte de roucou, bouillie, pétrie en boules et conservée dans des feuilles, les "
     "variétés locales et les savoirs qui s'y rattachent. Elle raconte aussi comment des "
     "entreprises de cosmétiques et de colorants alimentaires s'y sont intéressées et comment les "
     "demandes d'accès aux ressources génétiques et aux connaissances traditionnelles associées "
     "sont instruites depuis la loi de 2016 sur la biodiversité, avec le consentement préalable "
     "des communautés et un partage des avantages. Le génipa, l'autre peinture corporelle, sert "
     "de comparaison.",
     ("roucou", "Bixa orellana", "savoirs traditionnels", "peuples amérindiens",
      "accès et partage des avantages"),
     ("GF",), "2023-11"),
    ("em15", "project", "es",
     "El achiote de los tsáchilas: huertos, semillas y saberes en Santo Domingo",
     "Los tsáchilas, el pueblo que da nombre a la provincia de Santo Domingo de los Tsáchilas, en "
     "Ecuador, son conocidos como los colorados porque los hombres se pintan el cabello, peinado "
     "en forma de casco, con la pasta roja de las semillas del achiote (Bixa orellana), y el "
     "cuerpo con franjas negras de huito. En sus siete comunas el achiote crece en los huertos "
     "familiares junto al cacao, el plátano, la yuca y las plantas medicinales. Este proyecto, de "
     "la gobernación tsáchila con el ministerio del ambiente y una universidad, inventaría las "
     "variedades locales de achiote, establece un vivero y un banco comunitario de semillas, "
     "registra con los mayores los usos del achiote como tinte, condimento, protector solar y "
     "medicina, y apoya a las familias que venden achiote seco y en pasta a la industria "
     "alimentaria y a los visitantes del turismo comunitario, con reglas para que sus saberes no "
     "se usen sin consentimiento. La palma africana que rodea las comunas se trata aparte.",
     ("achiote", "Bixa orellana", "pueblo tsáchila", "conocimientos tradicionales",
      "agrobiodiversidad"),
     ("EC",), "2024-07"),
    # --- leaf-cutter ants ------------------------------------------------------------------------
    ("em16", "need", "en",
     "Need: managing bachac, the leaf-cutting ants that strip gardens, citrus and cassava in "
     "Trinidad and Tobago",
     "Bachac is the Trinidad and Tobago name for the leaf-cutting ants (Atta cephalotes and "
     "Acromyrmex octospinosus), which cut leaves, flowers and young shoots and carry them into "
     "huge underground nests to grow the fungus they feed on. A single colony can strip a citrus "
     "tree, a row of cassava or a kitchen garden overnight, and farmers in Tabaquite, Talparo and "
     "along the Windward coast of Tobago count bachac among their worst pests. Many still pour "
     "petrol or used engine oil into the nests or buy unregistered baits containing banned "
     "insecticides, which pollute streams and kill other animals. The ministry of agriculture, "
     "the university's department of life sciences and a farmers' network request support to map "
     "nests on pilot farms, test baits approved for organic farming and fungi that attack the "
     "ants' fungus gardens, train extension officers and produce a simple guide for farmers and "
     "schools. The request notes that bachac also aerate the soil and that forest nests should be "
     "left alone. Fire ants are outside its scope.",
     ("leaf-cutting ants", "bachac", "Atta cephalotes", "crop pests", "needs"),
     ("TT",), "2024-09"),
    ("em17", "project", "fr",
     "La fourmi-manioc en Guadeloupe : protéger les jardins créoles sans insecticides",
     "Arrivée en Guadeloupe au milieu du XXe siècle, probablement avec des plants importés, la "
     "fourmi-manioc (Acromyrmex octospinosus), une fourmi coupeuse de feuilles, découpe les "
     "feuilles du manioc, des agrumes, des ignames, des rosiers et des plants de jardin pour "
     "cultiver dans ses nids le champignon dont elle se nourrit. Présente sur la Basse-Terre "
     "comme sur la Grande-Terre, elle compte parmi les ravageurs les plus redoutés des jardins "
     "créoles. Ce projet, porté par un institut de recherche agronomique avec la chambre "
     "d'agriculture et des associations de jardiniers, compte les nids dans des parcelles "
     "pilotes, teste des méthodes sans insecticides chimiques, comme les barrières de graisse sur "
     "les troncs, les plantes répulsives, le paillage, la destruction mécanique des nids au bon "
     "moment et des champignons entomopathogènes, et forme agriculteurs et jardiniers. Il cherche "
     "aussi à comprendre pourquoi la fourmi prospère dans les milieux perturbés et presque pas en "
     "forêt. Les scolopendres et la fourmi électrique, signalée dans l'archipel, relèvent "
     "d'autres programmes.",
     ("fourmi-manioc", "fourmis coupeuses de feuilles", "Acromyrmex octospinosus",
      "jardins créoles", "lutte biologique"),
     ("GP",), "2023-05"),
    ("em18", "case-study", "es",
     "Hormigas culonas de Santander: la cosecha de las reinas aladas entre tradición y "
     "conservación",
     "Cada año, con las primeras lluvias de abril y mayo, las reinas aladas de la hormiga arriera "
     "(Atta laevigata), una hormiga cortadora de hojas, salen de los hormigueros para su vuelo "
     "nupcial, y las familias campesinas de Barichara, San Gil y otros municipios de Santander "
     "las recogen a mano al amanecer. Tostadas con sal, las hormigas culonas son un bocado "
     "tradicional desde tiempos de los guanes, se venden en las plazas y en las carreteras y "
     "hasta se exportan como alimento gourmet. Este estudio de caso, elaborado por una "
     "universidad regional con la corporación autónoma y asociaciones de recolectores, describe "
     "el calendario de la cosecha, las cantidades recogidas y los precios, el reparto de los "
     "ingresos entre recolectores, tostadores e intermediarios, y las amenazas: la pérdida de "
     "hábitat por la ganadería y la construcción, los venenos usados contra las arrieras en los "
     "cultivos y la sobrecolecta junto a los hormigueros. Propone zonas de cosecha rotativa, "
     "temporadas y una marca colectiva. Otros insectos comestibles solo se citan como "
     "comparación.",
     ("hormigas culonas", "hormigas cortadoras de hojas", "Atta laevigata", "recolección",
      "Santander"),
     ("CO",), "2024-04"),
    # --- seed balls ------------------------------------------------------------------------------
    ("em19", "project", "en",
     "Seed balls for degraded hills and forest fringes: a village campaign in Telangana",
     "Seed balls are small balls of clay, soil and compost or cow dung that wrap one or more "
     "seeds of native trees, shrubs and grasses; scattered before the monsoon, they protect the "
     "seeds from ants, birds, rodents and the sun until the rains soften the clay and the "
     "seedlings root. Cheap and easy to make, they are popular with schools, but many campaigns "
     "report poor survival. This project, led by the state forest department with a university "
     "agronomy faculty, women's self-help groups and schools in three districts of Telangana, "
     "collects seed of local species such as neem, pongamia, tamarind and jamun, makes several "
     "million seed balls a year and scatters them on degraded hills, along forest fringes and on "
     "the bunds of village tanks. Unlike earlier drives, it tests seed treatments and ball "
     "recipes in plots, counts seedlings after one and two monsoons and pays the groups for "
     "surviving plants rather than for balls made. Drones that drop seed balls on steep slopes "
     "are being tried.",
     ("seed balls", "reforestation", "forest restoration", "native trees",
      "community participation"),
     ("IN",), "2023-08"),
    ("em20", "event", "fr",
     "Atelier : fabriquer des bombes à graines pour reboiser les mornes du Plateau central",
     "En Haïti, où les mornes déboisés perdent leur sol à chaque saison cyclonique, une "
     "association de jeunes agronomes et un réseau d'écoles organisent à Hinche un atelier de "
     "trois jours sur les bombes à graines, ou boulettes de semences : de petites boules "
     "d'argile, de terreau et de fumier qui enrobent des graines d'arbres et d'herbacées et qu'on "
     "lance ou dépose sur les terrains nus avant les pluies. Les participants, enseignants, "
     "élèves, membres de groupements paysans et agents du ministère de l'Environnement, "
     "apprennent à récolter et trier des graines d'espèces locales (chêne, cèdre, bois-blanc, "
     "pois congo, vétiver), à doser l'argile, à sécher les boulettes et à choisir les sites, puis "
     "montent sur un morne pour semer et installer des placettes de suivi. Une séance compare les "
     "bombes à graines avec la plantation de plants de pépinière et la régénération naturelle, "
     "une autre traite du charbon de bois, première cause de coupe. Les taux de germination "
     "seront partagés entre les écoles après la saison des pluies.",
     ("bombes à graines", "reboisement", "semences locales", "écoles", "ateliers"),
     ("HT",), "2024-06"),
    ("em21", "dataset", "es",
     "Siembra con drones de bolas de semillas tras el incendio de la sierra de la Culebra: "
     "germinación y supervivencia, 2022-2024",
     "El incendio de junio de 2022 en la sierra de la Culebra, en Zamora, quemó cerca de 25.000 "
     "hectáreas de pinares, rebollares, brezales y pastos. En las laderas más pendientes, adonde "
     "no llegaban las cuadrillas de plantación, la junta autonómica y una universidad ensayaron "
     "la siembra desde drones de bolas de semillas, también llamadas semillas encapsuladas: "
     "pequeñas bolas de arcilla, sustrato orgánico y a veces hidrogel con semillas de roble, "
     "encina, pino silvestre, retama y gramíneas. Este conjunto de datos reúne los resultados de "
     "60 parcelas experimentales sembradas en los otoños de 2022 y 2023: tipo de bola, especie y "
     "densidad de siembra, pendiente, orientación y severidad del fuego, bolas comidas por "
     "ratones y aves, germinación en primavera y plántulas vivas tras el primer y el segundo "
     "verano, comparadas con la siembra a mano de semilla desnuda y con parcelas testigo. Los "
     "resultados orientan los planes de restauración. El control de la erosión con fajinas y el "
     "lobo de la sierra se tratan en otros documentos.",
     ("bolas de semillas", "siembra con drones", "restauración tras incendios",
      "semillas encapsuladas", "conjuntos de datos"),
     ("ES",), "2024-10"),
    # --- gars ------------------------------------------------------------------------------------
    ("em22", "document", "en",
     "Alligator gar management guidance: harvest limits, spawning floods and stocking",
     "The alligator gar (Atractosteus spatula), the largest of the gars, can exceed two and a "
     "half metres and live more than fifty years in the rivers, oxbow lakes and bayous of the "
     "lower Mississippi basin and the Gulf coast. Long persecuted as a trash fish that ate game "
     "fish, and now prized by bowfishers and anglers for its size, it has disappeared from the "
     "northern part of its range. This guidance, prepared by state wildlife agencies with a "
     "federal fish hatchery, sums up what is known: the species spawns only when spring floods "
     "reach vegetated floodplains, so many years pass without a successful year class; it matures "
     "late; and its eggs are toxic. It recommends a daily limit of one fish, closing waters to "
     "harvest during spawning, keeping floodplains connected to rivers, reporting trophy catches, "
     "and stocking hatchery-reared juveniles only where habitat remains. It explains how to tell "
     "the alligator gar from the longnose, spotted and shortnose gars. Invasive silver and "
     "bighead carp are not covered.",
     ("alligator gar", "gars", "Atractosteus spatula", "fisheries management", "guidance"),
     ("US",), "2023-12"),
    ("em23", "project", "fr",
     "Le lépisosté osseux du Saint-Laurent et de la baie Missisquoi : frayères, suivi et "
     "sensibilisation",
     "Le lépisosté osseux (Lepisosteus osseus), un poisson au long museau armé de dents et au "
     "corps couvert d'écailles dures comme une armure, appartient à une lignée apparue il y a "
     "plus de cent millions d'années. Au Québec, il vit dans le fleuve Saint-Laurent, le lac "
     "Saint-Pierre, la rivière Richelieu et la baie Missisquoi, où il fraie au début de l'été "
     "dans les herbiers peu profonds. Longtemps mal aimé des pêcheurs, qui l'accusaient de vider "
     "les lacs de leurs poissons, il souffre de la disparition des marais riverains et des fleurs "
     "d'eau de cyanobactéries. Ce projet, porté par un organisme de bassin versant avec le "
     "ministère responsable de la faune et une université, localise les frayères par télémétrie, "
     "compte les géniteurs, échantillonne les larves et les juvéniles et restaure des zones de "
     "fraie dans des baies protégées. Il encourage aussi les pêcheurs à la ligne et à l'arc à "
     "remettre le lépisosté à l'eau. La perchaude et le chevalier cuivré des mêmes herbiers ont "
     "leurs propres programmes.",
     ("lépisosté osseux", "Lepisosteus osseus", "frayères", "poissons d'eau douce",
      "Saint-Laurent"),
     ("CA",), "2024-02"),
    ("em24", "need", "es",
     "Necesidad: manejo del pejelagarto en los humedales de Tabasco",
     "El pejelagarto (Atractosteus tropicus), un pez de cuerpo alargado, hocico de lagarto y "
     "escamas duras, habita los ríos, lagunas y pantanos de Tabasco y de la cuenca del Grijalva y "
     "el Usumacinta, y es el platillo más típico del estado: asado a la leña, en tamales o en "
     "empanadas. La demanda de los restaurantes y mercados de Villahermosa ha llevado a capturar "
     "ejemplares cada vez más pequeños, y la desecación de humedales, la contaminación petrolera "
     "y los bordos alteran las zonas de desove inundadas. Las universidades tabasqueñas ya "
     "cerraron el ciclo de reproducción en cautiverio y varias cooperativas crían pejelagarto en "
     "estanques. La secretaría estatal de pesca, una universidad y federaciones de cooperativas "
     "solicitan apoyo para fijar una talla mínima y una veda durante el desove, producir crías "
     "para repoblar lagunas, mejorar la engorda en estanques rústicos y capacitar a los "
     "pescadores en el registro de capturas. La solicitud cita el manjuarí de Cuba, pariente "
     "amenazado, y deja fuera las tilapias introducidas.",
     ("pejelagarto", "Atractosteus tropicus", "pesca continental", "acuicultura", "necesidades"),
     ("MX",), "2024-08"),
    # --- sperm whales ----------------------------------------------------------------------------
    ("em25", "project", "en",
     "Protecting Dominica's sperm whale families: setting up the sperm whale reserve",
     "The deep waters off the west coast of Dominica are home all year to about 200 sperm whales "
     "(Physeter macrocephalus) belonging to family units that scientists have followed for almost "
     "twenty years, recognising each whale by its tail fluke and each clan by its codas, the "
     "patterns of clicks they exchange. Ship strikes, entanglement in fishing gear, underwater "
     "noise and crowding by tourist boats threaten these families, whose calves depend on their "
     "mothers and aunts for years. In 2023 the government declared a sperm whale reserve of about "
     "800 square kilometres along the leeward coast. This project, run by the fisheries division "
     "with a long-term sperm whale research team and fishers' cooperatives, draws up the "
     "reserve's zoning and a shipping lane that keeps large vessels away from the nursery waters, "
     "gives fishers gear less likely to entangle whales, sets rules and training for "
     "whale-watching operators, and funds a reserve warden service. Frigatebirds, dolphins and "
     "false killer whales seen by observers are recorded but are not its focus.",
     ("sperm whales", "Physeter macrocephalus", "marine reserves", "ship strikes",
      "whale watching"),
     ("DM",), "2024-05"),
    ("em26", "dataset", "fr",
     "Photo-identification des cachalots de l'île Maurice : rencontres en mer et enregistrements "
     "acoustiques, 2011-2024",
     "Au large de la côte ouest de l'île Maurice, des groupes de cachalots (Physeter "
     "macrocephalus), femelles, jeunes et petits, fréquentent toute l'année les eaux profondes "
     "proches du récif, et de grands mâles les rejoignent certains mois. Ce jeu de données, "
     "constitué par une organisation mauricienne de conservation de la mégafaune marine avec une "
     "université et le ministère de la pêche, réunit plus de 2 500 sorties en mer : positions et "
     "durée des rencontres, composition des groupes, photographies des nageoires caudales qui ont "
     "permis d'identifier plus de 250 individus et de reconstituer des unités familiales stables, "
     "mesures de taille par drone et enregistrements des clics et des codas propres à chaque "
     "clan. Il signale les animaux portant des blessures d'hélice ou des traces d'engins de pêche "
     "et les interactions avec les bateaux d'observation, soumis à un code de conduite. Les "
     "données servent à proposer une aire marine protégée pour les cachalots. Les baleines à "
     "bosse de l'hiver austral et les dauphins à long bec sont notés à part.",
     ("cachalots", "Physeter macrocephalus", "photo-identification", "acoustique sous-marine",
      "aires marines protégées"),
     ("MU",), "2024-09"),
    ("em27", "case-study", "es",
     "Cachalotes y calamar gigante en el golfo de California: veinte años de observaciones frente "
     "a Santa Rosalía",
     "En la cuenca de Guaymas, frente a Santa Rosalía y Loreto, en Baja California Sur, grupos de "
     "cachalotes (Physeter macrocephalus) se alimentan en profundidad del calamar gigante o de "
     "Humboldt, el mismo que pescan de noche las pangas de la región. Este estudio de caso, "
     "preparado por un centro de investigación con el Parque Nacional Bahía de Loreto, resume "
     "veinte años de observaciones: cómo los cachalotes se volvieron frecuentes cuando creció la "
     "población de calamar en los años noventa, cómo sus avistamientos cayeron cuando el calamar "
     "se desplomó tras los episodios de El Niño, qué revelan las marcas satelitales y las "
     "grabaciones sobre su buceo y sus desplazamientos, y cuáles son los conflictos con la pesca: "
     "enmallamientos en redes, competencia percibida con los pescadores y ruido de las "
     "embarcaciones. Analiza además el potencial del avistamiento de cachalotes para diversificar "
     "los ingresos de las comunidades pesqueras y propone reglas de observación. Los rorcuales y "
     "las ballenas grises de otras zonas del golfo no se tratan aquí.",
     ("cachalotes", "Physeter macrocephalus", "calamar gigante", "golfo de California",
      "estudios de caso"),
     ("MX",), "2023-07"),
    # --- bird strikes at airports ----------------------------------------------------------------
    ("em28", "document", "en",
     "Guidelines for wildlife hazard management at Jomo Kenyatta International Airport and other "
     "Kenyan aerodromes",
     "Collisions between aircraft and birds or other animals, known as bird strikes or wildlife "
     "strikes, damage engines and windscreens and can bring aircraft down; they also kill "
     "thousands of birds. At Jomo Kenyatta International Airport, which borders Nairobi National "
     "Park, black kites, pied crows, cattle egrets and marabou storks drawn to nearby dumpsites "
     "and slaughterhouses are the most frequent culprits, and hares, jackals and even antelopes "
     "have crossed the runways. These guidelines, prepared by the civil aviation authority with "
     "the airports authority and the national wildlife service, set out how each aerodrome should "
     "run a wildlife hazard management programme: daily runway patrols, a strike reporting form "
     "and database, long-grass management, draining standing water, fencing, dispersal with "
     "pyrotechnics and distress calls, and the identification of bird remains. They ask county "
     "governments to control waste and land uses that attract birds within 13 kilometres of "
     "runways, and stress that lethal control of protected species needs a permit. Aircraft noise "
     "and emissions are outside their scope.",
     ("bird strikes", "wildlife hazard management", "airports", "aviation safety", "guidelines"),
     ("KE",), "2024-01"),
    ("em29", "case-study", "fr",
     "Prévention du péril animalier à l'aéroport de Montpellier-Méditerranée : effaroucher sans "
     "détruire",
     "Coincé entre l'étang de l'Or, les étangs palavasiens et la mer, l'aéroport de "
     "Montpellier-Méditerranée se trouve sur l'une des grandes voies de migration des oiseaux "
     "d'eau, et les collisions entre avions et animaux, le péril animalier des aviateurs, y sont "
     "une préoccupation quotidienne. Cette étude de cas, rédigée avec le service de prévention du "
     "péril animalier de l'aéroport et le conservatoire d'espaces naturels, décrit dix ans de "
     "pratiques : patrouilles des agents au lever du jour, effarouchement par cris de détresse "
     "diffusés depuis un véhicule et par fusées pyrotechniques, tirs autorisés par arrêté en "
     "dernier recours, herbe haute sur les accotements pour décourager les vanneaux et les "
     "étourneaux, suppression des points d'eau et suivi des lapins de garenne. Elle analyse les "
     "espèces impliquées dans les collisions déclarées, goélands leucophées, faucons crécerelles, "
     "hirondelles et flamants roses qui survolent les étangs la nuit, et la concertation avec les "
     "gestionnaires des sites Natura 2000 voisins pour ne pas déplacer le problème. Un essai de "
     "fauconnerie a été abandonné.",
     ("péril animalier", "collisions aviaires", "aéroports", "effarouchement", "étangs littoraux"),
     ("FR",), "2024-11"),
    ("em30", "support-source", "es",
     "Oferta: capacitación en gestión del peligro aviario y de fauna para aeropuertos regionales "
     "del Perú",
     "Los choques de aves con aeronaves, el llamado peligro aviario y de fauna, preocupan a los "
     "aeropuertos peruanos: en Lima los gallinazos atraídos por los botaderos y los mercados del "
     "Callao, en la costa norte las garzas de los arrozales y humedales, y en la selva los loros "
     "y los murciélagos que cruzan las pistas. Una asociación de especialistas en aviación y "
     "fauna, con el apoyo de la autoridad de aviación civil, ofrece un programa de capacitación "
     "para el personal de operaciones, los bomberos aeronáuticos y los guardas de pista de los "
     "aeropuertos regionales: identificación de aves y de restos de aves para reportar cada "
     "impacto, evaluación del riesgo por especie, manejo del pasto y de los drenajes, pirotecnia, "
     "láseres y reproducciones de gritos de alarma, coordinación con las municipalidades para "
     "cerrar los botaderos cercanos y respeto de las especies protegidas. El curso, de cinco "
     "semanas y semipresencial, incluye una práctica en un aeropuerto amazónico y la elaboración "
     "de un plan de manejo de fauna para cada aeródromo.",
     ("peligro aviario", "choques de aves", "aeropuertos", "capacitación", "ofertas"),
     ("PE",), "2024-03"),
)  # fmt: skip
