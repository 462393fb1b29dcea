"""Clearing-house records of the hundred-and-ninth judged relevance set
(tests/search/relevance/queries109.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on anacondas (the camoudi of the North Rupununi wetlands of Guyana;
the anacondas of the marais de Kaw and the savanes of western French Guiana; a need for the sicurí
of the pampas of the Beni in Bolivia); on tropicbirds (the longtail igloos of Bermuda; the
paille-en-queue of the remparts and ravines of La Réunion; a guide to monitoring the rabijunco pico
rojo on the islands of the Gulf of California in Mexico); on zebra and quagga mussels (watercraft
inspections and larval sampling in Montana; the moule quagga of the Léman; the mejillón cebra of
the Ebro basin); on razor clams (electrofishing for the razors, the spoots, of Scottish waters; the
couteau américain of the Channel and North Sea coasts of France; a need for the navaja and the
longueirón of the Galician rías); on guitarfishes and wedgefishes (landings at the artisanal sites
of The Gambia; the raies-guitares of the Banc d'Arguin in Mauritania; the pez guitarra of the
small-scale fisheries of Sonora and Sinaloa); on mosses (permits for moss harvesting in the
national forests of the southern Appalachians; the mousses picked for florists and Christmas
crèches in the Vosges; the musgo torn from the cloud forests for the nacimientos of Guatemala); on
participatory mapping (participatory 3D models of the ancestral domains of Mount Kitanglad in the
Philippines; a guide to the cartographie participative of village lands for the community forest
concessions of the Democratic Republic of the Congo; the cartografía social of the consejos
comunitarios of the middle Atrato in Colombia); on birdwatching tourism (community bird guides at
Mabamba Bay and Bwindi in Uganda; a workshop on tourisme ornithologique for the barquiers of Merja
Zerga in Morocco; an offer to train aviturismo guides in the Valle del Cauca and the Eje Cafetero
of Colombia); on indigenous chickens (Kenya's improved kienyeji; the poules locales, sold as poulet
bicyclette, of Burkina Faso; the gallina chusca, the gallina criolla of Peru); and on pacas (the
gibnut of Belize; the pak of French Guiana; a need for the guanta of the Ecuadorian Amazon).
English, French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records107.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (anaconda, Eunectes, camoudi, sicurí, güío, culebra de agua,
boa d'eau; tropicbird, phaéton, paille-en-queue, rabijunco, chirre, longtail, Phaethon; zebra
mussel, quagga, moule zébrée, mejillón cebra, Dreissena, dreissenid; razor clam, couteau, navaja,
longueirón, muergo, spoot, Ensis, Solen; guitarfish, wedgefish, rhino ray, raie-guitare,
poisson-guitare, pez guitarra, guitarra, Rhinobatos, Rhynchobatus, Glaucostegus, Pseudobatos; moss,
mousse, musgo, bryophyte, briofita, liverwort, hépatique, sphagnum, sphaigne, esfagno;
participatory mapping, community mapping, counter-mapping, cartographie participative, cartografía
social, mapeo participativo, cartografía participativa, mapas parlantes, P3DM, ancestral domain,
and map, carte and mapa near community words; birdwatching, birding, bird tourism, avitourism,
tourisme ornithologique, observation des oiseaux, aviturismo, observación de aves, avistamiento de
aves, pajarear, bird guide, bird festival; indigenous chicken, village chicken, kienyeji, poultry,
poule locale, poulet bicyclette, volaille, gallina criolla, chusca, gallina de traspatio, and
chicken, hen, poule and gallina near breed words; paca, Cuniculus, gibnut, pak, tepezcuintle,
majaz, guanta, lapa, boruga, and agouti, agutí, ñeque and guatusa). Screened and dropped as
covered: stingless bees (the abejas nativas sin aguijón of Yucatán, p36), octopus (the arrêt
biologique de la pêche au poulpe of bt17), lesser kestrels (bf24), açaí and juçara palms (cy28,
bo20), community seed banks (p37, dg07), local livestock breeds (m01-m03), locally managed marine
areas (cu14, bv29, do15), bird ringing (be28-be30), lionfish (n31), cane toads (bg28-bg30), water
hyacinth (n32), the giant African snail (bf07, bf08), protected-area entrance fees (bs16), sea ice
(bv04-bv06), Miyawaki forests (bg16-bg18), bark beetles (bn17, bn18), Xylella (bl04-bl06), ash
dieback (bu11), gorilla tourism (m28), giant anteaters (be24), sea turtles (q34-q36), manatees
(bm04), dugongs (o01-o03), sloths (bn10-bn12), fireflies (s22-s24), dragonflies (bq01-bq03),
seahorses (s07, s08), truffles (bn04-bn06), cork (y22-y24), shea (k26, br11), beavers (l28-l30),
jaguars (w36, be27), hummingbirds (bn01-bn03), manta rays (bc07-bc09), sawfish (bj04-bj06), giant
clams (bk07, bk08), queen conch (bc01-bc03), tapirs (bo01-bo03), bison (bv01-bv03), snow leopards
(z28-z30), gharials (bs01, bs02), penguins (bn07-bn09) and eels (l04-l06), besides the topics of
sets 42 to 107 and those their docstrings list as covered, and the chemicals, waste, pollution,
energy and biosafety topics left to set 108; screened with no or passing hits but not chosen: deer
(not chosen because the reindeer and caribou pages cu04-cu06 are about deer), agoutis, free-roaming
dogs (the dogs of bt13 and bt14 are the nearest), wildlife-friendly gardens (the jardins refuges of
cc02), harbour porpoises (named by dn11), polar bears, narwhals, red pandas, okapis and desert
wildflower blooms.

The nearest are judged 1: the Quintero and Puchuncaví project whose title names the musgos
gathered, with lichens, as bioindicators of heavy metals (bf30), judged 1 to the moss queries that
do not ask for moss harvesting or Christmas moss; the Baka wild honey project that maps the honey
trees and gathering trails with the collectors (cs14), judged 1 to the participatory mapping
queries (not to "P3DM"); and the need for the black-breasted puffleg whose subjects name aviturismo
and which asks to train young people as aviturismo guides (bn03), and the Veracruz raptor-count
case study whose subjects name ecoturismo and which tells how local counters became guides and what
the festival of birds brought to the villages (eg09), judged 1 to the birdwatching tourism queries
that name no other country and exclude neither Ecuador nor Mexico. All the other hits are passing:
the mousses that are foams (the mattress, styromousse and insulating foam pages s29, bx08 and dh29)
and the mosses named among the plants of cloud forests, geothermal fields, dry stone walls,
Antarctic tundra, tree fern trunks, box forests, Atlantic oakwoods, alpine bogs and peatlands
(bg20, bo07, bv10, bq06, da07, dy01, dy02, ds10, ci16, dk23 and others); the zebra mussel that
smothers the giant pearl mussels of the Aragonese canals (br03) and the quagga mussels of the
botulism food chain of Lake Michigan (ca13), and the golden mussel (x27), another species; the
couteaux and navajas listed among the shellfish of the shore-gathering pages of Brittany and
Galicia (by11, by12), broader pages that razor clam queries do not reach; the young birdwatching
guides named among the tasks of the Ayapel heron colony need (ea06) and the birdwatchers named in
passing by the garceros, agritourism, Islay geese, ecolodge and nature prescription pages (dk09,
dc21, dm16, ds21, du22, du24); the chickens eaten by ocelots in Casanare (ec21), the poultry of the
antibiotic, fipronil and black soldier fly pages (k01, bi04, bq19) and the guide to local breeds
and the criollo cattle of Bolivia (m02, m03), which are about no chicken breed; the agoutis named
as game or seed eaters (ec16, bo04, dq02, dy14) and the Tetra Pak of dx13. No earlier record names
an anaconda, a tropicbird, a guitarfish or a paca.

records108.py (ids ej01..ej30, on food safety, chemicals, health, waste, pollution, energy, climate
mitigation, biosafety, trade and enforcement topics), written at the same time by another engineer,
was searched for the same words once it was finished (with its queries108.tsv): its topics are
Sudan dyes, caustic soda swallowed by children, landfill mining, mountaineering expedition waste,
thermal pollution from power plant cooling water, biomethane injected into gas grids, enhanced rock
weathering, GM safflower, wood packaging under ISPM 15 and environmental police. None of its
records names an anaconda, a tropicbird, a zebra or quagga mussel, a razor clam, a guitarfish, a
moss, participatory mapping, birdwatching tourism, an indigenous chicken or a paca (its only hits
on this set's words are the community health workers and relais communautaires of the caustic soda
pages ej04 and ej05, who map nothing, the cage birds fed with safflower seed in Tunisia (ej23), no
birdwatching, the caza furtiva among the offences counted by SEPRONA (ej30), which names no paca,
and the Sonora and Sinaloa of the safflower laboratory (ej24), no fishery), and none answers a
query of this set.

Traps: the arapaima, black caimans, giant otters, dogs and lodges of ek01; the caïmans noirs,
cabiais (capybaras), boa constricteur and polders rizicoles of ek02; the lagartos (caimans), bufeos
(river dolphins) and Ramsar site of ek03; the hurricanes, feral cats, crows, golf courses and
cahows of ek04; the canyoning, escalade, pétrels and chats harets of ek05; the peces voladores,
calamares, pelícanos, piqueros, lobos marinos and gatos of ek06; the whirling disease, trout and
environmental DNA of ek07; the GeniLac lake-water cooling network and the fuligules of ek08; the
náyades, siluro and almeja asiática of ek09; the scallop dredging and sand eels of ek10; the
huîtriers pies, goélands and eaux de ballast of ek11; the percebe, almejas, biotoxinas and buceo of
ek12; the sawfishes and shark fin trade of ek13; the requins, herbiers, mulet jaune and oiseaux
d'eau of ek14; the mantarrayas and tiburón angelito of ek15; the salamanders, ginseng and galax of
ek16; the houx, sapins de Noël, tourbières and sphaignes of ek17; the gallitos (epiphytic
bromeliads, no chickens) and the pinabete (the Guatemalan fir sold as a Christmas tree) of ek18;
the rattan, honey and place names of ek19; the chenilles, champignons and fumbwa of ek20; the
minería, dragas and colinos de plátano of ek21; the shoebill and gorilla tracking of ek22; the
flamants roses, courlis à bec grêle, sternes and goélands of ek23; the comederos para colibríes and
fincas cafeteras of ek24; the black soldier fly larvae of ek25; the pintades (guinea fowl) of ek26;
the cuyes (guinea pigs) and patos criollos of ek27; the dogs and the hunting rules of ek28; the
hoccos, toucans and orpaillage of ek29; and the monos, dantas and pozos petroleros of ek30. For the
country queries: ek01 names only Guyana (never French Guiana, Guyane or the Guianas); ek02 only
French Guiana; ek03 only Bolivia; ek04 only Bermuda; ek05 only La Réunion; ek06 Mexico (and Puerto
Rico for a local name of the bird); ek07 only the United States; ek08 Switzerland and France (the
Léman; Lake Constance and Lake Neuchâtel for comparison); ek09 only Spain; ek10 the United Kingdom
(Scotland; East Asia and Spain as markets); ek11 France (and the German Bight, where the clam
arrived); ek12 only Spain; ek13 only The Gambia (its fin buyers come from unnamed neighbouring
countries); ek14 only Mauritania; ek15 only Mexico; ek16 only the United States; ek17 only France;
ek18 only Guatemala; ek19 only the Philippines; ek20 only the Democratic Republic of the Congo;
ek21 Colombia (Peru and Bolivia named for their mapas parlantes); ek22 only Uganda; ek23 only
Morocco (Europe as the birders' origin); ek24 only Colombia; ek25 only Kenya; ek26 only Burkina
Faso; ek27 only Peru; ek28 only Belize; ek29 only French Guiana; ek30 Ecuador (Mexico, Central
America, Peru, Venezuela and Colombia named only for the animal's other names).

Ids (ek01..ek30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
eh01..eh30, ei01..ei30), nor with records108.py's (ej01..ej30), and no earlier id starts with "ek".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- anacondas -------------------------------------------------------------------------------
    ("ek01", "project", "en",
     "Living with the camoudi: green anaconda research and village outreach in the North "
     "Rupununi wetlands",
     "In the North Rupununi of Guyana, where the Rupununi and Rewa rivers flood the savannah "
     "every rainy season, the green anaconda (Eunectes murinus), known locally as the camoudi, "
     "shares the ponds, creeks and ité palm swamps with Makushi villages. When the water falls "
     "in the dry season the snakes gather in the last pools, and villagers often kill them out "
     "of fear for children, dogs, ducks and young calves. This project, run by a Makushi-led "
     "wildlife society with the Protected Areas Commission and a university herpetology team, "
     "catches, measures and microchips anacondas, follows twelve females with radio transmitters "
     "to find where they give birth, and trains village rangers to move snakes safely instead of "
     "killing them. School visits and a radio programme in Makushi explain the snake's place in "
     "the wetlands, and lodges that show anacondas to visitors share their fees with the "
     "villages. The arapaima, black caimans and giant otters of the same pools are counted by "
     "other teams.",
     ("anacondas", "Eunectes murinus", "camoudi", "human-wildlife conflict", "wetlands"),
     ("GY",), "2024-03"),
    ("ek02", "dataset", "fr",
     "Anacondas des marais de Kaw et des savanes de l'Ouest guyanais : captures, marquages et "
     "observations, 2009-2024",
     "L'anaconda vert (Eunectes murinus), le plus lourd des serpents, fréquente en Guyane les "
     "marais côtiers, les savanes inondables et les criques, de la réserve naturelle des marais "
     "de Kaw-Roura aux savanes de Mana et de Sinnamary. Ce jeu de données, tenu par une "
     "association herpétologique avec la réserve naturelle et l'Office français de la "
     "biodiversité, rassemble les captures faites depuis 2009 à la main ou à la lampe depuis les "
     "pirogues : longueur, poids, sexe, femelles gestantes, marques électroniques posées et "
     "recaptures. Il y ajoute les anacondas trouvés écrasés sur la route de Kaw et sur la RN1, "
     "ceux tués par des riverains ou dans les polders rizicoles de Mana, et les observations "
     "envoyées par les guides de sorties nocturnes. Les notes expliquent comment distinguer "
     "l'anaconda du boa constricteur et des couleuvres d'eau, et pourquoi les grandes femelles "
     "se font rares près des bourgs. Les caïmans noirs et les cabiais comptés pendant les mêmes "
     "sorties sont publiés à part.",
     ("anacondas", "Eunectes murinus", "serpents", "marais de Kaw", "savanes inondables"),
     ("GF",), "2024-10"),
    ("ek03", "need", "es",
     "Necesidad: estudio y protección de la sicurí en las pampas inundables del Beni",
     "En los Llanos de Moxos, en el departamento del Beni, vive la sicurí, como llaman en "
     "Bolivia a las anacondas: la anaconda verde y la anaconda boliviana (Eunectes beniensis), "
     "descrita en 2002 y conocida solo de estas pampas inundables y de los bajíos de Pando. En "
     "la época seca las sicurís se concentran en los curichis y atajados de las estancias "
     "ganaderas, donde los vaqueros las matan por temor a que ataquen a los terneros, y su grasa "
     "se vende como remedio en los mercados de Trinidad. La gobernación, un museo de historia "
     "natural y un área protegida municipal solicitan apoyo para estudiar la distribución de las "
     "dos especies con muestras genéticas y radiotelemetría, capacitar a ganaderos y "
     "guardaparques en la captura y el traslado de serpientes, controlar la venta de grasa y "
     "cueros, y preparar materiales en español y en lenguas locales. Piden además incluir a la "
     "sicurí en el plan de manejo del sitio Ramsar. Los lagartos y los bufeos de los mismos ríos "
     "tienen otros proyectos.",
     ("anacondas", "sicurí", "Eunectes beniensis", "serpientes", "necesidades"),
     ("BO",), "2024-05"),
    # --- tropicbirds -----------------------------------------------------------------------------
    ("ek04", "case-study", "en",
     "Longtail igloos: artificial nest cavities for Bermuda's white-tailed tropicbirds",
     "Every March the white-tailed tropicbird, Bermuda's longtail (Phaethon lepturus catesbyi), "
     "returns from the open Atlantic to nest in holes and crevices of the island's limestone sea "
     "cliffs, and its arrival is taken as the first sign of spring. About 2,000 pairs nest in "
     "Bermuda, one of the largest colonies of the species in the Atlantic, but Hurricane Fabian "
     "in 2003 and Hurricane Gonzalo in 2014 tore away whole cliff faces, coastal building took "
     "others, and rats, feral cats and crows raid the nests. This case study follows the "
     "government's conservation service and the volunteers who since 2011 have set more than 400 "
     "longtail igloos, moulded fibreglass or concrete nest cavities, into the cliffs and rock "
     "walls of nature reserves and hotel grounds. It compares breeding success in igloos and in "
     "natural holes, and describes rat bait stations, the fitting and cleaning of igloos, and "
     "the work with golf courses and boat operators. The cahows of Nonsuch Island, which use "
     "similar artificial burrows, are mentioned only for comparison.",
     ("tropicbirds", "white-tailed tropicbird", "Phaethon lepturus", "seabirds",
      "artificial nest sites"),
     ("BM",), "2023-07"),
    ("ek05", "project", "fr",
     "Le paille-en-queue de La Réunion : protéger ses sites de nidification dans les remparts et "
     "les ravines",
     "Le paille-en-queue (Phaethon lepturus), oiseau blanc aux deux longues plumes caudales que "
     "l'on voit planer au-dessus des ravines, est l'un des emblèmes de La Réunion, présent sur "
     "des logos, des timbres et des enseignes. Ce phaéton niche dans des cavités des falaises, "
     "des remparts des cirques et des ravines, comme celles de la rivière Saint-Denis ou de la "
     "rivière des Galets, souvent au-dessus de sentiers et de sites de canyoning. Ce projet, "
     "mené par une association ornithologique avec le Parc national et les services de l'État, "
     "recense les cavités occupées, en équipe certaines de caméras, piège les rats autour des "
     "falaises les plus fréquentées, signe des chartes avec les guides de canyoning et "
     "d'escalade pour éviter les dérangements pendant la ponte, et recueille les jeunes tombés "
     "du nid. Il étudie aussi, avec des balises GPS, où les adultes pêchent en mer. Le "
     "paille-en-queue à brins rouges des îles Éparses n'est pas concerné, et les pétrels et les "
     "chats harets sont suivis par d'autres programmes.",
     ("paille-en-queue", "Phaethon lepturus", "oiseaux marins", "sites de nidification",
      "La Réunion"),
     ("RE",), "2024-02"),
    ("ek06", "document", "es",
     "Guía para el monitoreo del rabijunco pico rojo en las islas del golfo de California",
     "El rabijunco pico rojo (Phaethon aethereus), un ave marina blanca con dos largas plumas "
     "centrales en la cola, anida en grietas y huecos de los acantilados de islas como San Pedro "
     "Mártir y el Farallón de San Ignacio, frente a Sonora y Sinaloa. Esta guía, preparada por "
     "una asociación civil con la Comisión Nacional de Áreas Naturales Protegidas, explica a "
     "técnicos, pescadores y guardaparques cómo localizar y marcar los nidos, contar los adultos "
     "en vuelo al amanecer, revisar huevos y pollos sin dejarlos expuestos al sol, registrar los "
     "restos de presas, como peces voladores y calamares, y anotar la presencia de ratas, gatos "
     "o visitantes. Propone fichas de campo, un calendario de visitas de enero a junio, reglas "
     "de seguridad para desembarcar en islas de roca suelta y el envío de los datos a un sistema "
     "nacional. Recuerda que en Puerto Rico la especie se llama chirre de pico rojo. Los "
     "pelícanos, piqueros y lobos marinos de las mismas islas tienen sus propios protocolos.",
     ("rabijuncos", "Phaethon aethereus", "aves marinas", "monitoreo", "guías"),
     ("MX",), "2023-11"),
    # --- zebra and quagga mussels ----------------------------------------------------------------
    ("ek07", "dataset", "en",
     "Zebra and quagga mussel watercraft inspections and larval sampling in Montana, 2017-2024",
     "After larvae of dreissenid mussels were detected in Tiber Reservoir in late 2016, Montana, "
     "which holds headwaters of both the Missouri and the Columbia, built a network of "
     "watercraft inspection stations on highways and at boat ramps. This dataset, from the state "
     "fish and wildlife agency, lists every inspection from 2017 to 2024, more than 100,000 a "
     "year: the type of boat, its last water body and home state, whether it held standing water "
     "or plants, and the boats found carrying adult zebra or quagga mussels, most of them coming "
     "from Lake Mead, Lake Havasu and the Great Lakes, which were decontaminated with hot water. "
     "It adds the plankton tows taken each summer in about 250 lakes and reservoirs, analysed by "
     "microscopy and environmental DNA, and the reservoirs later declared negative. The notes "
     "explain why the mussels threaten irrigation canals, hydropower intakes and native mussels, "
     "and the rules for cleaning, draining and drying boats. Whirling disease in trout is "
     "monitored separately.",
     ("zebra mussels", "quagga mussels", "Dreissena", "aquatic invasive species",
      "watercraft inspection"),
     ("US",), "2024-12"),
    ("ek08", "case-study", "fr",
     "La moule quagga dans le Léman : dix ans après son arrivée, un lac transformé",
     "Signalée pour la première fois dans le Léman en 2015, la moule quagga (Dreissena "
     "rostriformis bugensis), venue de la mer Noire par les canaux et les bateaux, a tapissé le "
     "fond du lac jusqu'à plus de cent mètres de profondeur, à des densités de plusieurs "
     "milliers d'individus par mètre carré. Elle a largement remplacé la moule zébrée (Dreissena "
     "polymorpha), sa cousine installée depuis les années 1960, qui restait près des rives. "
     "Cette étude de cas, préparée avec la commission internationale pour la protection des eaux "
     "du Léman, décrit ce que ces moules filtreuses ont changé : plancton consommé, eaux plus "
     "claires, phosphore retenu au fond, nourriture nouvelle pour les fuligules. Elle chiffre le "
     "coût du nettoyage des prises d'eau potable de Genève et de Lausanne et du réseau GeniLac, "
     "qui rafraîchit des bâtiments avec l'eau du lac, et compare la situation avec celle du lac "
     "de Constance et du lac de Neuchâtel. Elle conclut sur le lavage obligatoire des bateaux "
     "qui passent d'un lac à l'autre.",
     ("moule quagga", "moule zébrée", "Dreissena", "espèces exotiques envahissantes", "Léman"),
     ("CH", "FR"), "2025-01"),
    ("ek09", "project", "es",
     "Contener el mejillón cebra en la cuenca del Ebro: embarcaciones, larvas y canales de riego",
     "El mejillón cebra (Dreissena polymorpha) se detectó en 2001 en el embalse de Riba-roja, en "
     "el tramo bajo del Ebro, y desde allí pasó a Mequinenza, a los canales de riego del delta y "
     "a otros embalses de la cuenca, probablemente con embarcaciones de pesca deportiva y sus "
     "remolques. Sus colonias obstruyen tomas de agua, tuberías de riego y rejillas de centrales "
     "hidroeléctricas, y sus conchas cubren las de las náyades autóctonas. Este proyecto de la "
     "confederación hidrográfica, con las comunidades de regantes y las federaciones de pesca, "
     "clasifica los embalses según su riesgo, exige una declaración responsable para navegar, "
     "confina las embarcaciones en las masas de agua afectadas e instala estaciones de limpieza "
     "con agua caliente a presión en los accesos. También toma muestras de larvas cada verano "
     "con redes de plancton, prueba filtros y tratamientos en los canales y forma a guardas y "
     "regantes en la detección precoz. El siluro y la almeja asiática, otras especies invasoras "
     "del Ebro, se tratan en planes distintos.",
     ("mejillón cebra", "Dreissena polymorpha", "especies exóticas invasoras", "embalses",
      "cuenca del Ebro"),
     ("ES",), "2024-06"),
    # --- razor clams -----------------------------------------------------------------------------
    ("ek10", "case-study", "en",
     "Electrofishing for razor clams in Scottish waters: from poaching to a monitored trial",
     "Razor clams, the pod razor (Ensis siliqua) and the sword razor (Ensis ensis), known in "
     "Orkney and other parts of Scotland as spoots, live buried in clean sand in shallow bays, "
     "where they were long gathered by hand at the lowest spring tides, sometimes by pouring "
     "salt into their holes. From the early 2000s divers found that a weak electric current "
     "passed through the seabed makes the clams rise, and an illegal fishery grew to supply "
     "restaurants in East Asia and Spain. This case study follows the scientific trial opened by "
     "the Scottish Government in 2018, which licensed a limited number of boats in defined areas "
     "such as the Firth of Forth, the Sound of Harris and the Firth of Clyde, with on-board "
     "monitoring, catch returns, stock surveys by divers and video, and studies of the effects "
     "on worms, sand eels and young flatfish. It reports on depleted beds, diver safety, "
     "prosecutions for poaching and whether the method should become permanent. Scallop dredging "
     "is used for comparison.",
     ("razor clams", "Ensis siliqua", "electrofishing", "shellfish fisheries", "Scotland"),
     ("GB",), "2023-10"),
    ("ek11", "dataset", "fr",
     "Le couteau américain sur les côtes de la Manche et de la mer du Nord : gisements, "
     "échouages massifs et pêche, 2005-2024",
     "Arrivé vers 1978 dans les eaux de ballast d'un navire en baie allemande, le couteau "
     "américain (Ensis leei, longtemps appelé Ensis directus) a gagné les plages de sable fin de "
     "la mer du Nord et de la Manche orientale, de la Côte d'Opale à la baie de Seine, où il est "
     "souvent devenu le coquillage le plus abondant. Ce jeu de données, réuni par un institut de "
     "recherche marine avec les comités régionaux des pêches et un réseau de pêcheurs à pied, "
     "rassemble les campagnes de prospection des gisements à la drague et à la main, les "
     "densités et les tailles mesurées, les échouages massifs de millions de couteaux après les "
     "tempêtes d'hiver et les débarquements de la pêche professionnelle. Il compare l'espèce "
     "américaine aux couteaux indigènes, le couteau droit (Ensis siliqua), le couteau courbe "
     "(Ensis ensis) et le couteau-gaine (Solen marginatus), et note la pêche de loisir au sel. "
     "Les huîtriers pies et les goélands qui se nourrissent des couteaux échoués sont signalés "
     "sans être comptés.",
     ("couteaux", "Ensis leei", "espèces exotiques envahissantes", "coquillages", "Manche"),
     ("FR",), "2024-09"),
    ("ek12", "need", "es",
     "Necesidad: evaluar y ordenar los bancos de navaja y longueirón de las rías gallegas",
     "En las rías de Galicia, la navaja (Ensis magnus) y el longueirón (Ensis siliqua), junto "
     "con el longueirón vello (Solen marginatus), se extraen sobre todo mediante marisqueo a "
     "flote: mariscadores de las cofradías que bucean en apnea o con suministro de aire desde la "
     "superficie y sacan cada ejemplar a mano en los arenales de Fisterra, Cambados, Vigo o "
     "Cangas. Son mariscos muy cotizados en las lonjas y en la hostelería, pero varios bancos "
     "muestran menos ejemplares y tallas menores, hay furtivismo nocturno y cierres frecuentes "
     "por biotoxinas. La consellería del mar y las cofradías solicitan apoyo para evaluar los "
     "bancos con transectos y vídeo submarino, estudiar la reproducción y el reclutamiento de "
     "las navajas, revisar las tallas mínimas y los cupos de los planes de explotación, mejorar "
     "la seguridad de los buceadores y equipar a los guardapescas. En Cantabria y el País Vasco "
     "a la navaja se le llama muergo. El percebe y las almejas de las mismas cofradías se "
     "gestionan en planes distintos.",
     ("navajas", "longueirón", "Ensis", "marisqueo", "necesidades"),
     ("ES",), "2024-04"),
    # --- guitarfishes and wedgefishes ------------------------------------------------------------
    ("ek13", "dataset", "en",
     "Guitarfish and wedgefish landings at artisanal fishing sites of The Gambia, 2016-2024",
     "Guitarfishes and wedgefishes, shark-like rays with flattened heads and long, thick tails, "
     "were once common over the shallow sandy shelf of The Gambia, and bottom-set gillnets still "
     "land them at Tanji, Brufut, Gunjur and Kartong. This dataset, built by the fisheries "
     "department with a university and a marine conservation group, records every guitarfish and "
     "wedgefish landing sampled since 2016: the species, such as the blackchin guitarfish "
     "(Glaucostegus cemiculus), the common guitarfish (Rhinobatos rhinobatos) and the critically "
     "endangered African wedgefish (Rhynchobatus luebberti); total length, sex and pregnant "
     "females; gear, depth and price. It also follows the trade in dried fins, among the most "
     "valuable on the Asian market, which are bought by traders from neighbouring countries, and "
     "in salted and dried meat. The listing of wedgefishes and giant guitarfishes on Appendix II "
     "of CITES in 2019 is noted with the export permits issued since. Sawfishes, which vanished "
     "from Gambian waters decades ago, appear only in fishers' memories.",
     ("guitarfishes", "wedgefishes", "rays", "artisanal fisheries", "shark fin trade"),
     ("GM",), "2024-11"),
    ("ek14", "project", "fr",
     "Raies-guitares du Banc d'Arguin : protéger les nourriceries et accompagner les pêcheurs "
     "imraguen",
     "Dans les eaux peu profondes du Parc national du Banc d'Arguin, en Mauritanie, les "
     "raies-guitares, qu'on appelle aussi poissons-guitares, viennent mettre bas sur les "
     "vasières et les herbiers, où leurs jeunes grandissent. Les Imraguen, pêcheurs du parc qui "
     "n'ont le droit de pêcher qu'à la voile sur leurs lanches, avaient fait de ces raies et des "
     "requins une pêche lucrative pour les ailerons au début des années 2000, avant de s'engager "
     "en 2003 à y renoncer. Ce projet, mené par le parc avec une fondation internationale et "
     "l'institut mauritanien de recherches océanographiques, suit les juvéniles par des pêches "
     "scientifiques et des marques, contrôle les débarquements dans les villages et au port de "
     "pêche de Nouakchott, et aide les femmes transformatrices à valoriser le mulet jaune en "
     "remplacement. Il plaide aussi pour l'application de l'inscription des raies-guitares "
     "géantes à l'annexe II de la CITES. Les herbiers et les oiseaux d'eau du parc sont suivis "
     "par d'autres équipes.",
     ("raies-guitares", "poissons-guitares", "Banc d'Arguin", "pêche artisanale",
      "élasmobranches"),
     ("MR",), "2023-06"),
    ("ek15", "dataset", "es",
     "Pez guitarra en la pesca ribereña de Sonora y Sinaloa: capturas, tallas y hembras "
     "preñadas, 2006-2024",
     "En las bahías someras del golfo de California, los pescadores ribereños capturan cada "
     "primavera con redes de enmalle, desde sus pangas, grandes cantidades de guitarras, sobre "
     "todo la guitarra diablo (Pseudobatos productus) y la guitarra rayada (Zapteryx "
     "exasperata), que se acercan a la costa para parir. Este conjunto de datos, reunido por un "
     "centro regional de investigación pesquera con cooperativas de Bahía de Kino, Guaymas y Las "
     "Guásimas y del sur de Sinaloa, registra desde 2006 las capturas por viaje, la especie, la "
     "talla, el sexo y las hembras preñadas con su número de embriones, además de los avisos de "
     "arribo oficiales. Permite evaluar la veda de tiburones y rayas del Pacífico, que cierra la "
     "pesca de mayo a julio, y la norma oficial de pesca responsable de tiburones y rayas de "
     "2006, y muestra que buena parte de la captura ocurre antes de la veda. Las mantarrayas y "
     "el tiburón angelito que caen en las mismas redes se registran en otra base.",
     ("pez guitarra", "Pseudobatos productus", "rayas", "pesca ribereña", "golfo de California"),
     ("MX",), "2024-07"),
    # --- mosses ----------------------------------------------------------------------------------
    ("ek16", "document", "en",
     "Harvesting moss from national forests of the southern Appalachians: guidance for permits "
     "and monitoring",
     "Mosses stripped from logs, rocks and tree bases in the forests of the southern "
     "Appalachians are sold by the tonne to florists, craft stores and nurseries for hanging "
     "baskets and flower arrangements, and gathering sheet moss and other species has become a "
     "cash income for rural families. Mosses grow slowly: a mat torn from a log may take fifteen "
     "years or more to cover it again, and the mats shelter seedlings, salamanders and "
     "invertebrates and hold moisture on the forest floor. This guidance, prepared by a national "
     "forest with a university bryologist, sets the rules for commercial moss permits: harvest "
     "only in designated units, never within set distances of streams, rock outcrops or rare "
     "plant sites, take no more than a fraction of the cover on any log, and keep records of the "
     "weights sold. It describes the commonly harvested genera (Hypnum, Thuidium, Leucobryum), "
     "the liverworts and rare mosses to be left, and a photo-plot method to check regrowth. "
     "Permits for ginseng and galax are handled under other rules.",
     ("mosses", "bryophytes", "non-timber forest products", "harvest permits",
      "Appalachian forests"),
     ("US",), "2023-04"),
    ("ek17", "case-study", "fr",
     "Cueillir la mousse sans raser les sous-bois : encadrer la récolte pour les fleuristes et "
     "les crèches dans les forêts des Vosges",
     "Chaque automne, des ramasseurs détachent des plaques de mousse des rochers, des souches et "
     "des talus des forêts des Vosges pour les fleuristes, les jardineries et, avant Noël, pour "
     "les crèches et les décorations de table. Cette étude de cas, préparée par l'Office "
     "national des forêts avec un conservatoire botanique et des communes forestières, décrit "
     "une cueillette longtemps tolérée sans règle : des sous-bois mis à nu sur des centaines de "
     "mètres carrés, des mousses qui mettent des années à se réinstaller, des blocs rocheux "
     "dénudés où vivaient des bryophytes rares. Elle présente les autorisations de récolte "
     "désormais délivrées par les préfectures et les propriétaires, les quantités limitées par "
     "personne, les zones interdites près des sources et des tourbières, l'inscription des "
     "sphaignes à l'annexe V de la directive Habitats et la sensibilisation des acheteurs. Elle "
     "recense aussi les produits de remplacement proposés aux fleuristes, comme les mousses "
     "cultivées ou stabilisées. Le houx et les sapins de Noël coupés en forêt relèvent d'autres "
     "règles.",
     ("mousses", "bryophytes", "cueillette", "produits forestiers non ligneux", "Vosges"),
     ("FR",), "2024-11"),
    ("ek18", "project", "es",
     "Nacimientos sin musgo: campaña para proteger los musgos de los bosques nubosos de "
     "Guatemala",
     "En Guatemala los nacimientos, los belenes que las familias arman en diciembre, se cubren "
     "tradicionalmente con musgo arrancado de los bosques nubosos y de pino-encino de Alta y "
     "Baja Verapaz, Totonicapán y Quetzaltenango, junto con gallitos, como se llama a las "
     "bromelias epífitas, y ramas de pinabete. Cada temporada salen de los bosques miles de "
     "costales de musgo que se venden en los mercados de la capital y de las cabeceras. El musgo "
     "retiene el agua de la niebla y de la lluvia, protege el suelo, alberga insectos, ranas y "
     "semillas, y tarda años en volver a crecer. Este proyecto del consejo nacional de áreas "
     "protegidas, con municipalidades y escuelas, realiza operativos en carreteras y mercados en "
     "noviembre y diciembre, propone adornos alternativos como aserrín teñido, tela o papel, "
     "capacita a los vendedores en otros productos navideños y estudia con una universidad la "
     "recuperación del musgo en parcelas raspadas. También apoya viveros comunitarios que "
     "cultivan musgo en bandejas. El pinabete, protegido aparte, tiene su propio programa de "
     "marcaje.",
     ("musgos", "briofitas", "extracción de flora", "bosques nubosos", "Navidad"),
     ("GT",), "2024-10"),
    # --- participatory mapping -------------------------------------------------------------------
    ("ek19", "project", "en",
     "Participatory 3D models of ancestral domains around Mount Kitanglad, Mindanao",
     "In participatory three-dimensional modelling (P3DM), villagers build a scale relief model "
     "of their land from layers of cardboard cut along contour lines; then elders, women and "
     "young people mark on it, with pins, yarn and paint, what they know: forests, hunting "
     "grounds, rattan and honey areas, farms, rivers, sacred sites and old trails. This project, "
     "led by Talaandig and Higaonon tribal councils around Mount Kitanglad Range Natural Park "
     "with an NGO and the National Commission on Indigenous Peoples, has built models for six "
     "ancestral domains. The information is photographed, digitised in a geographic information "
     "system and returned to the communities as printed maps, and it feeds their Ancestral "
     "Domain Sustainable Development and Protection Plans, the park's management zoning and the "
     "registration of community-conserved areas. The models, kept in tribal halls, are used to "
     "settle boundary disputes, to discuss mining and plantation applications and to teach "
     "children. Communities decide which sacred sites may be shown. The recording of place names "
     "is a separate effort.",
     ("participatory mapping", "P3DM", "ancestral domains", "indigenous peoples",
      "community-conserved areas"),
     ("PH",), "2023-09"),
    ("ek20", "document", "fr",
     "Guide de cartographie participative des terroirs pour les concessions forestières des "
     "communautés locales",
     "Depuis 2014, les communautés locales de la République démocratique du Congo peuvent "
     "obtenir une concession forestière sur les forêts qu'elles possèdent selon la coutume, "
     "encore faut-il en tracer les limites et les usages. Ce guide, rédigé par une plateforme "
     "d'organisations de la société civile avec l'administration forestière, décrit pas à pas la "
     "cartographie participative d'un terroir villageois : consentement libre, informé et "
     "préalable de tous les lignages, carte dessinée au sol avec des bâtons et des feuilles, "
     "formation de jeunes cartographes communautaires au GPS et aux smartphones, relevés sur le "
     "terrain des limites, des champs, des jachères, des zones de chasse, de pêche et de "
     "cueillette et des lieux sacrés, puis restitution et validation par les villages voisins "
     "pour éviter les conflits. Il insiste sur la place des femmes, qui connaissent les zones de "
     "ramassage des chenilles, des champignons et des feuilles de fumbwa, et sur les droits des "
     "peuples autochtones pygmées. Les cartes appartiennent aux communautés et servent au plan "
     "simple de gestion.",
     ("cartographie participative", "foresterie communautaire", "droits fonciers",
      "peuples autochtones", "lignes directrices"),
     ("CD",), "2023-03"),
    ("ek21", "case-study", "es",
     "Cartografía social en los consejos comunitarios del medio Atrato: mapas para el reglamento "
     "interno y el plan de etnodesarrollo",
     "Los consejos comunitarios de comunidades negras del medio Atrato, en el Chocó, recibieron "
     "títulos colectivos gracias a la Ley 70 de 1993, pero muchos no tenían mapas propios de los "
     "usos de su territorio. Este estudio de caso reúne diez años de talleres de cartografía "
     "social en veredas de Bojayá, Medio Atrato y Quibdó: en grandes pliegos, mayores, mujeres y "
     "jóvenes dibujaron los mapas del pasado, del presente y del futuro, con el monte, los "
     "rastrojos, los colinos de plátano, las ciénagas de pesca, los salados donde se caza y los "
     "sitios de los espíritus, y luego los recorrieron con GPS. Los mapas sirvieron para "
     "escribir los reglamentos internos, zonificar el plan de etnodesarrollo y documentar los "
     "daños de las dragas de la minería ilegal, en un río que la Corte Constitucional reconoció "
     "como sujeto de derechos en 2016. El estudio compara el método con los mapas parlantes de "
     "comunidades andinas del Perú y de Bolivia, y analiza el riesgo de hacer públicos datos "
     "sensibles en zonas de conflicto armado.",
     ("cartografía social", "mapeo participativo", "consejos comunitarios",
      "territorios colectivos", "Chocó"),
     ("CO",), "2024-08"),
    # --- birdwatching tourism --------------------------------------------------------------------
    ("ek22", "case-study", "en",
     "From fishing canoes to birding boats: community bird guides at Mabamba Bay and Bwindi, "
     "Uganda",
     "Uganda has recorded more than 1,000 bird species, and birdwatchers come above all for the "
     "shoebill and the endemics of the Albertine Rift. This case study follows two community "
     "guide groups. At Mabamba Bay, a Ramsar wetland on Lake Victoria, fishermen who once caught "
     "and sold shoebill chicks now paddle visitors through papyrus channels to watch the birds, "
     "charging a fee per canoe that pays for wetland patrols. At Buhoma, on the edge of Bwindi "
     "Impenetrable National Park, young people trained as bird guides lead walks along the "
     "forest edge and to the Ruhija sector in search of the African green broadbill. The study "
     "looks at training with a national birding club, the cost of binoculars and field guides, "
     "English and bird-call skills, fair sharing of fees, women guides, the seasons of visits "
     "and the collapse of bookings during the COVID-19 pandemic. Gorilla tracking, Bwindi's main "
     "attraction, is discussed only as the context of the guides' incomes.",
     ("birdwatching tourism", "bird guides", "community-based tourism", "shoebill", "wetlands"),
     ("UG",), "2023-12"),
    ("ek23", "event", "fr",
     "Atelier : former les barquiers de Merja Zerga au tourisme ornithologique",
     "La lagune de Merja Zerga, à Moulay Bousselham, site Ramsar de la côte atlantique du Maroc, "
     "accueille chaque hiver des dizaines de milliers d'oiseaux d'eau et attire des observateurs "
     "venus d'Europe, que les barquiers du village promènent en barque à marée haute. Cet "
     "atelier de quatre jours, organisé par l'Agence nationale des eaux et forêts avec une "
     "association ornithologique marocaine, réunit une vingtaine de barquiers, de jeunes guides "
     "et de gérants de maisons d'hôtes pour améliorer cet accueil : reconnaissance des "
     "limicoles, des goélands, des sternes et des flamants roses, usage des jumelles et de la "
     "longue-vue, distances à respecter avec les reposoirs, code de conduite, tarifs affichés et "
     "carnet d'observations partagé avec les scientifiques. Une séance est consacrée à "
     "l'histoire du courlis à bec grêle, vu ici pour la dernière fois dans les années 1990, une "
     "autre à la promotion du tourisme ornithologique auprès des agences de voyage de Rabat et "
     "de Tanger. L'atelier se tient en arabe dialectal et en français.",
     ("tourisme ornithologique", "observation des oiseaux", "guides", "zones humides",
      "Merja Zerga"),
     ("MA",), "2024-01"),
    ("ek24", "support-source", "es",
     "Oferta: formación de guías de aviturismo para comunidades rurales del Valle del Cauca y el "
     "Eje Cafetero",
     "Colombia es el país con más especies de aves registradas del mundo, más de 1.950, y cada "
     "vez más visitantes llegan a pajarear, como se dice en el país, en reservas naturales de la "
     "sociedad civil, fincas cafeteras y bosques de niebla. Una fundación con sede en Cali, en "
     "alianza con el servicio nacional de aprendizaje, ofrece cada año cuatro cursos gratuitos "
     "de seis meses para formar guías de aviturismo entre jóvenes y mujeres de juntas de acción "
     "comunal y asociaciones campesinas del Valle del Cauca, Risaralda, Quindío y Caldas. Los "
     "cursos enseñan la identificación de las aves por su aspecto y su canto, inglés para la "
     "guianza, primeros auxilios, diseño de rutas de observación de aves, comercialización y "
     "ética: no usar grabaciones cerca de los nidos, no perturbar los dormideros, no perseguir "
     "especies amenazadas para la foto. Los egresados reciben binoculares y una guía de campo y "
     "se vinculan con la feria de aves de Cali. Los comederos para colibríes de las fincas se "
     "tratan en un módulo aparte.",
     ("aviturismo", "guías de turismo", "observación de aves", "turismo comunitario", "ofertas"),
     ("CO",), "2024-02"),
    # --- indigenous chickens ---------------------------------------------------------------------
    ("ek25", "project", "en",
     "Improved kienyeji: conserving and breeding Kenya's indigenous chickens with smallholder "
     "farmers",
     "Most of Kenya's chickens are still indigenous birds, known everywhere as kienyeji, which "
     "scavenge around homesteads, brood their own chicks and cope with heat, poor feed and "
     "disease better than commercial hybrids, though they lay fewer eggs and grow slowly. Their "
     "meat fetches a premium in towns, and unplanned crossing with exotic cocks is diluting "
     "local ecotypes such as the naked neck, the frizzle, the dwarf and the tall Kuchi of the "
     "coast. This project, led by the national agricultural research organisation's poultry "
     "centre at Naivasha with county livestock offices and women's groups in Kakamega, Bomet and "
     "Kilifi, characterises local ecotypes, selects improved kienyeji lines for growth and "
     "laying without losing hardiness, and stores semen from rare ecotypes. It trains farmers to "
     "vaccinate against Newcastle disease with a heat-stable vaccine, to build simple night "
     "shelters and to use hay-box brooders and home-made feeds, and links groups to markets. "
     "Black soldier fly larvae are tested as feed in a separate study.",
     ("indigenous chickens", "kienyeji", "animal genetic resources", "local breeds",
      "smallholder farming"),
     ("KE",), "2024-06"),
    ("ek26", "dataset", "fr",
     "Poules locales du Burkina Faso : phénotypes, ponte et mortalité dans les élevages "
     "villageois, 2014-2023",
     "Au Burkina Faso, la poule locale, dont la chair est vendue sur les marchés sous le nom de "
     "« poulet bicyclette » parce qu'elle arrivait des villages sur le porte-bagages des vélos, "
     "fournit l'essentiel de la viande de volaille et un revenu aux femmes. Ce jeu de données, "
     "constitué par un institut de recherche agricole avec une université et les services "
     "vétérinaires, réunit les relevés faits dans 120 élevages familiaux du Plateau central, du "
     "Centre-Nord et des Hauts-Bassins : phénotypes des oiseaux (cou nu, plumage frisé, huppe, "
     "pattes emplumées, nanisme), poids vifs à différents âges, nombre d'œufs par couvée et taux "
     "d'éclosion, effectifs au fil des saisons et causes de pertes, dont la maladie de "
     "Newcastle, les rapaces et les vols. Les données ont servi à décrire les écotypes dans le "
     "système d'information mondial sur la diversité des animaux domestiques et à choisir des "
     "coqs pour des programmes d'amélioration sans croisement avec des races importées. Les "
     "pintades élevées dans les mêmes cours sont décrites dans un autre jeu de données.",
     ("poules locales", "poulet bicyclette", "ressources zoogénétiques", "races locales",
      "aviculture villageoise"),
     ("BF",), "2024-03"),
    ("ek27", "case-study", "es",
     "La gallina chusca en las chacras de Cajamarca y San Martín: conservar la gallina criolla "
     "peruana",
     "En el Perú se llama chusca a la gallina criolla, la de plumaje variado que cada familia "
     "cría suelta en la chacra y el corral, que empolla sus huevos y busca su comida en los "
     "rastrojos. Sus huevos y su carne, más firmes que los del pollo de granja, se pagan mejor "
     "en los mercados y son la base del caldo de gallina. Este estudio de caso, elaborado por el "
     "instituto nacional de innovación agraria con municipalidades y asociaciones de "
     "productoras, describe diez años de trabajo en comunidades de Cajamarca y San Martín: "
     "registro de las variantes locales, como las gallinas de cuello pelado, las copetonas y las "
     "de plumas rizadas; selección de gallos criollos para la reproducción; vacunación contra "
     "Newcastle y viruela aviar; gallineros con materiales locales, y ferias donde se "
     "intercambian aves. Analiza la competencia de las aves mejoradas que reparten los programas "
     "sociales y el papel de las mujeres. Los cuyes y los patos criollos de las mismas familias "
     "se mencionan como parte del sistema de crianza.",
     ("gallinas criollas", "chusca", "recursos zoogenéticos", "razas locales",
      "agricultura familiar"),
     ("PE",), "2023-08"),
    # --- pacas -----------------------------------------------------------------------------------
    ("ek28", "case-study", "en",
     "Gibnut: hunting, eating and farming the paca in Belize",
     "The paca (Cuniculus paca), a large spotted rodent of forests near water, is known in "
     "Belize as the gibnut, and its rich meat is a prized dish in homes and restaurants; the "
     "British press called it the royal rat after it was served to Queen Elizabeth II in 1985. "
     "This case study, written with the forest department and a university, looks at how gibnuts "
     "are hunted at night with dogs and lights along rivers and farm edges in the Cayo, Toledo "
     "and Orange Walk districts, how much meat reaches towns, and what hunters say about the "
     "decline of gibnuts near villages. It reviews the hunting rules of the wildlife protection "
     "law and their weak enforcement, the experimental rearing of pacas in pens, where females "
     "give birth to a single young once or twice a year, and why farming has not replaced wild "
     "meat. The role of pacas in dispersing the seeds of forest trees and the risk of "
     "overhunting in the corridors between protected areas are discussed.",
     ("pacas", "gibnut", "Cuniculus paca", "wild meat", "hunting"),
     ("BZ",), "2023-05"),
    ("ek29", "project", "fr",
     "Le pak en Guyane : connaître la chasse et les populations de pacas autour des villages du "
     "Maroni et de l'Oyapock",
     "Le paca (Cuniculus paca), que tout le monde en Guyane appelle pak, est un gros rongeur "
     "nocturne des forêts et des berges, et sa viande est l'un des gibiers les plus recherchés, "
     "servie dans les familles comme dans les restaurants de Cayenne et de "
     "Saint-Laurent-du-Maroni. Ce projet, mené par l'Office français de la biodiversité avec le "
     "Parc amazonien, des associations de chasseurs et les autorités coutumières, recueille "
     "auprès de chasseurs volontaires des carnets de chasse indiquant les lieux, les dates et le "
     "poids des paks abattus, installe des pièges photographiques autour de villages du Maroni "
     "et de l'Oyapock et dans des zones sans chasse pour comparer les abondances, et étudie la "
     "vente de gibier sur les marchés et les réseaux sociaux. Il doit aider à fixer avec les "
     "chasseurs des règles adaptées, comme des quotas ou des périodes de repos. Les effets de "
     "l'orpaillage illégal et des pistes forestières sur la faune chassée sont aussi mesurés. "
     "Les hoccos et les toucans font l'objet de suivis distincts.",
     ("pacas", "pak", "Cuniculus paca", "chasse", "gibier"),
     ("GF",), "2024-07"),
    ("ek30", "need", "es",
     "Necesidad: manejo comunitario de la guanta en la Amazonía ecuatoriana",
     "La guanta (Cuniculus paca), el roedor grande y manchado que se llama tepezcuintle en "
     "México y Centroamérica, majaz en el Perú, lapa en Venezuela y boruga en Colombia, es la "
     "carne de monte más apreciada en las comunidades kichwa y shuar de Napo, Orellana y Morona "
     "Santiago, y se vende ahumada o fresca en ferias y mercados a lo largo de las carreteras "
     "petroleras. Los cazadores dicen que hoy hay que caminar mucho más lejos para encontrarla. "
     "Una federación de comunidades kichwa, con el ministerio del ambiente y una universidad, "
     "solicita apoyo para levantar registros comunitarios de cacería, estimar la abundancia con "
     "cámaras trampa en zonas de caza y de reserva, acordar reglamentos internos con temporadas "
     "y cupos, ensayar la cría de guantas en corrales para el consumo familiar y capacitar a "
     "guardianes comunitarios contra la venta ilegal en los mercados. Pide además estudiar el "
     "efecto de las vías y los pozos petroleros sobre la fauna de caza. Los monos y las dantas "
     "tienen planes propios.",
     ("pacas", "guanta", "Cuniculus paca", "carne de monte", "necesidades"),
     ("EC",), "2024-09"),
)  # fmt: skip
