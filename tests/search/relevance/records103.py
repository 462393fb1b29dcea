"""Clearing-house records of the hundred-and-third judged relevance set
(tests/search/relevance/queries103.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on squid (the Loligo and Illex squid of the Falkland Islands'
in-season assessment; the encornet, the calmar nordique, jigged with turluttes from the quays of
Saint-Pierre-et-Miquelon; a need for the pota, the calamar gigante or jibia, of the artisanal
fleets of Paita and Matarani in Peru); on oystercatchers (the cockle and mussel quotas of The Wash
and the Burry Inlet that leave food for the birds; the huîtriers pies nesting on the coasts of
Brittany and Normandy; a need for the nests of the pilpilén on the beaches of the golfo de Arauco
in Chile); on skunks (the island spotted skunks of Santa Cruz and Santa Rosa in the Channel
Islands; a Montréal guide to the mouffette rayée, the bête puante; the zorrillo pigmeo of
Chamela-Cuixmala on the coast of Jalisco); on spider monkeys (the Maya Forest Corridor of Belize;
the kwata, the atèle noir, and hunting in French Guiana; a need for the marimonda, the mono araña
café, of the Magdalena Medio in Colombia); on prairie dogs (plague, vaccine baits and black-footed
ferrets in the Conata Basin of South Dakota; the management plan for the chien de prairie à queue
noire of Grasslands National Park, the parc national des Prairies, in Saskatchewan; the perrito
llanero mexicano of the El Tokio grasslands); on holly (English holly pulled out of Seattle's
forested parks; the cueillette du houx for the festive season in the forests of the Limousin; a
need for the acebal de Garagüeta in Soria); on lime trees, the lindens (small-leaved lime in the
Lincolnshire Limewoods; the tilleul of the Baronnies picked for tisane; a Mexican guide to
harvesting the flor de tila of the tilos, the cirimo, of Puebla and Hidalgo); on sesame (an offer
for simsim farmers' groups in northern Uganda; the sésame boom and the agroforestry parklands of
Burkina Faso; the ajonjolí landraces of León and Chinandega in Nicaragua); on tench (the invasive
tench of the Richelieu River and Lake Champlain; the tanche of the étangs de la Brenne; a need for
the tenca of the charcas of the dehesas of Extremadura); and on horse riding (a guide for stock
users of the Sierra Nevada's wilderness areas; the rencontres du tourisme équestre, the randonnée à
cheval, of the Parc national des Cévennes; the cabalgatas and baqueanos of the Nahuel Huapi
national park in Argentina). English, French and Spanish, 10 records each, every topic written once
in each language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records101.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (squid, calmar, encornet, calamar, pota, potera, jibia, Loligo,
Illex, Doryteuthis, Dosidicus, cephalopod, céphalopode, cefalópodo; oystercatcher, huîtrier,
ostrero, pilpilén, Haematopus, shorebird, limicole, limícola, playero; skunk, mouffette, moufette,
bête puante, zorrillo, zorrino, chingue, mofeta, Mephitis, Spilogale, Conepatus; spider monkey,
atèle, kwata, mono araña, marimonda, maquisapa, Ateles; prairie dog, chien de prairie, perrito
llanero, perrito de la pradera, Cynomys, black-footed ferret, putois d'Amérique, hurón, burrowing
owl; holly, houx, acebo, acebal, acebeda, Ilex, yerba mate, guayusa; lime tree, linden, limewood,
basswood, tilleul, tilo, tila, Tilia; sesame, sésame, sésamo, ajonjolí, simsim, Sesamum, tahini;
tench, tanche, tenca, Tinca; horse riding, horseback, riding, equestrian, équitation, équestre, à
cheval, equitación, ecuestre, a caballo, cabalgata, baqueano, baquiano, bridleway, pony, poney,
horse, cheval, caballo). Screened and dropped as covered: stingless bees (p36), sea cucumbers
(j25-j27), jellyfish (s19-s21), kelp (y13-y15), storks (bt01-bt03), seahorses (s07-s09), horseshoe
crabs (l25, l26), fireflies (s22-s24), dragonflies (bq01, bq02), bumblebees (bl19-bl21), orchids
(o13-o15, be07-be09), cycads (bb04, bb05), lichens (bf28, bf29), edible insects (br10-br12), tapirs
(bo01-bo03), wild boar (bn13-bn15), river dolphins (ba01-ba03), freshwater turtles (bm10-bm12),
sacred groves (u08), soil salinisation (j13-j15), seed fairs and exchanges (r17, r18), rattan
(bx28-bx30), cork (y22-y24), moringa (bb07-bb09), gum arabic (bf04-bf06), sandalwood (ba25-ba27),
whale sharks (i04-i06), the saiga (y10, y12), teff (l10-l12), sorghum (bj25-bj27), quinoa (ba22,
ba23), camels (s13-s15), hornets (bd28-bd30), Miyawaki forests (bg16-bg18), transhumance
(bt10-bt12), cassava (bc13-bc15) and the spiny lobster (bt18), besides the topics of sets 42 to 101
and those their docstrings list as covered, and the chemicals, waste, pollution, energy and
biosafety topics left to set 102; screened with no or passing hits but not chosen: golden jackals,
hyenas, the red-billed quelea, wild tulips, edelweiss, arnica, birch, stoats, krill, narwhals,
koalas and the platypus.

The nearest are judged 1: the case study on the potera fleet off Galápagos (br21), whose subjects
name the pota, the jumbo squid it fishes, judged 1 to the squid queries; the case study on the
bison of Janos (bv03), whose subjects name the perrito llanero and which follows the bison's effect
on the colonies of black-tailed prairie dogs, judged 1 to the prairie dog queries; and the fact
sheet on ethylene oxide in sesame seeds (bq08), whose title and subjects name the sésame, judged 1
to the sesame queries. All the other hits are passing: the squid-jigging patterns of the AIS models
around Palau (br19), the jibia named as another name of the calamar gigante in the Cádiz cuttlefish
page (de30), the pota among the fish of Lima's markets (dj03) and the calmars hunted by the
elephant seals of Kerguelen (dk14); the pied oystercatchers monitored on Stockton Beach (dk22) and
the shorebirds and limicoles of many pages (l25, i28, cc13, cc14, cc15, dm22, dm23 and others),
which are no oystercatcher pages; the zorrillos of Santiago (db03), police vehicles that spray tear
gas; the monos araña among the fruit-eaters of the fig trees of Osa (dq15); the prairie dogs named
among the animals of the bison's prairie (bv01); the holly cleared around the Epping Forest
pollards (bu10) and the yerba mate, a holly, named in passing by bo04 and du18; the tilleuls named
among other trees (ck05, do08) and the tilos of the Mexican sugar maple forests (do09); the sesame
named among the crops of the gum arabic gardens (bf04) and the sésamo among Paraguay's exports
(dt21); and the horse rides that earn extra points in the Uruguayan rural tourism offer (dc21) and
the garbage taken out a caballo in Torres del Paine (di27), while the feral horses (ci16-ci18) and
the horse logging (da19-da21) pages are about other topics. No record names a tench.

records102.py (ids ed01..ed30, on chemicals, climate, waste, finance, pollution, biosafety and
trade topics), written at the same time by another engineer, was searched for the same words once
it was finished (with its queries102.tsv): its topics are hexavalent chromium in cement, short-haul
flight bans, reuse centres, climate-related financial disclosures, environmental film festivals,
petroleum coke, lawn and garden pesticides, leaking fuel tanks at petrol stations, genetically
modified citrus and ship-to-ship transfers. None of its records names squid, an oystercatcher, a
skunk, a spider monkey, a prairie dog, holly, a lime tree, sesame, a tench or horse riding (its
only hits on this set's places are the construction workers of Lima (ed03), the ressourceries of
Québec (ed08), Chile's disclosure rule (ed12), the cinéma mobile of Burkina Faso (ed14), the
Port-Daniel cement plant in Québec (ed17), the Hudson by-law of Québec (ed19) and the HLB in the
limón and naranja groves of Mexico (ed27), a citrus need that names no lime tree), and none answers
a query of this set.

Traps: the finfish, sea lions and gentoo penguins of ee01; the phoques, globicéphales, morues and
fous de Bassan of ee02; the anchoveta, the lobos marinos and the aves guaneras of ee03; the
cockles, mussels and gravel roofs of ee04; the huîtres, moules, coques and goélands of ee05; the
chorlos, perros and algueros of ee06; the feral pigs, golden eagles and island foxes of ee07; the
rage du raton laveur, the chats and the vers blancs of ee08; the rabia and the empacho of ee09; the
black howler monkeys, sugar cane and pet trade of ee10; the chasse and the orpaillage of ee11; the
palma de aceite and the mascotas of ee12; the burrowing owls, swift foxes and insecticide dusting
of ee13; the bisons, bétail and chevêche des terriers of ee14; the papa, águila real and chorlo
llanero of ee15; the Christmas greens, bigleaf maple and robins of ee16; the gui, the sapins and
the marchés de Noël of ee17; the adornos navideños, ciervos and tejos of ee18; the peat cores, deer
browsing and climate of ee19; the abeilles, miel de tilleul, lavande and abricot of ee20; the
bosque mesófilo and the trompillo (Ternstroemia, no lime tree) of ee21; the sesame webworm, bees
and fallow strips of ee22; the coton, karité and néré of ee23; the abejas, maní, sorgo and banco de
semillas of ee24; the eel traps, round goby and zebra mussels of ee25; the carpes, brochets, grands
cormorans, libellules and cistude of ee26; the black bass, perca sol, cangrejo rojo, cigüeña negra
and galápagos of ee27; the mules, weed-free hay and mountain bikers of ee28; the ânes of the chemin
de Stevenson and the chevaux de Przewalski of ee29; and the caballos baguales or cimarrones, the
mallines and the veranadas of ee30. For the country queries: ee01 names only the Falkland Islands
(and Asian and Spanish vessels); ee02 names Saint-Pierre-et-Miquelon and Newfoundland (Canada);
ee03 names Peru and Chile; ee04 names only the United Kingdom (England, Wales and Scotland); ee05
names only France; ee06 names only Chile; ee07 names only the United States; ee08 names only Canada
(Québec); ee09 names only Mexico (and the Southern Cone); ee10 names only Belize; ee11 names only
French Guiana; ee12 names only Colombia; ee13 names only the United States (and North America);
ee14 names only Canada; ee15 names only Mexico; ee16 names only the United States; ee17 names only
France; ee18 names only Spain (and southern Europe); ee19 names only the United Kingdom (England);
ee20 names only France; ee21 names only Mexico; ee22 names only Uganda (and East Africa); ee23
names Burkina Faso (and China, Japan and Turkey as buyers); ee24 names Nicaragua, Spain and
Paraguay; ee25 names the United States and Canada (Quebec); ee26 names only France; ee27 names only
Spain; ee28 names only the United States; ee29 names only France; ee30 names only Argentina.

Ids (ee01..ee30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
eb01..eb30, ec01..ec30), nor with records102.py's (ed01..ed30), and no earlier id starts with "ee".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- squid ----------------------------------------------------------------------------------
    ("ee01", "dataset", "en",
     "Loligo squid around the Falkland Islands: in-season stock assessment, egg surveys and "
     "bycatch, 1987-2024",
     "Two squid species bring in most of the fishing licence income that pays for the Falkland "
     "Islands' government: the Patagonian longfin squid, which the fleet calls Loligo "
     "(Doryteuthis gahi), caught by trawlers in two seasons a year inside the conservation "
     "zones, and the Argentine shortfin squid (Illex argentinus), taken at night by Asian "
     "jiggers under banks of lights and by Spanish trawlers. Because a squid lives only about a "
     "year, each season's stock cannot be known in advance and is assessed while it is fished. "
     "This dataset of the Falklands fisheries department holds daily catch and effort by vessel, "
     "length, sex and maturity samples taken by observers, the depletion estimates used to close "
     "the season early when the escapement of spawners falls to the target, and dive and grab "
     "surveys of egg masses attached to kelp and stones in shallow bays. It also logs the "
     "finfish bycatch, the seabirds and sea lions caught in trawls, and the squid found in the "
     "diet of gentoo penguins.",
     ("squid", "Doryteuthis gahi", "Illex argentinus", "fisheries management", "stock assessment"),
     ("FK",), "2024-07"),
    ("ee02", "project", "fr",
     "Le retour de l'encornet à Saint-Pierre-et-Miquelon : suivre le calmar avec les pêcheurs à "
     "la turlutte",
     "À Saint-Pierre-et-Miquelon, l'encornet, comme on appelle ici le calmar nordique à "
     "nageoires courtes (Illex illecebrosus), arrive certaines années en août le long des côtes "
     "et dans la rade, et des dizaines de familles le pêchent alors à la turlutte depuis les "
     "quais et les doris, pour le manger ou pour en faire de la boette. D'autres années, il ne "
     "vient pas du tout. Ce projet, porté par la collectivité territoriale avec la station "
     "d'Ifremer de l'archipel et l'association des pêcheurs, note chaque soir les captures des "
     "pêcheurs plaisanciers et professionnels, mesure, pèse et sexe des échantillons, relève la "
     "température de l'eau avec des sondes et la compare aux données de Terre-Neuve, où la pêche "
     "de ce calmar a connu des années records puis des effondrements. Il étudie la place de "
     "l'encornet dans l'alimentation des phoques, des globicéphales, des morues et des fous de "
     "Bassan, et prépare une règle de gestion, avec limite de prises, au cas où une pêche "
     "commerciale reprendrait.",
     ("calmars", "encornet", "Illex illecebrosus", "pêche de loisir", "sciences participatives"),
     ("PM",), "2024-03"),
    ("ee03", "need", "es",
     "Necesidad: observadores a bordo y trazabilidad para la pesca artesanal de pota en Paita y "
     "Matarani",
     "La pota o calamar gigante (Dosidicus gigas), que en Chile llaman jibia, es la segunda "
     "pesquería del Perú después de la anchoveta, y la sostiene una flota artesanal de más de "
     "3.000 embarcaciones de madera que salen de noche de Paita, Talara, Matarani e Ilo a "
     "pescarla con luces y poteras. La pesca se ha vuelto incierta: la pota cambia de zona y de "
     "talla con El Niño y con las aguas frías, y cientos de buques poteros extranjeros la pescan "
     "justo fuera de las 200 millas. El Ministerio de la Producción y una asociación de "
     "armadores artesanales solicitan apoyo para formar observadores a bordo, registrar capturas "
     "y tallas con una aplicación en los desembarcaderos, instalar posicionadores satelitales en "
     "las embarcaciones pequeñas y presentar datos comparables a la Organización Regional de "
     "Ordenamiento Pesquero del Pacífico Sur (OROP-PS, o SPRFMO por su sigla en inglés), que "
     "adoptó sus primeras medidas para la pota en 2020. Piden también estudiar el consumo de "
     "pota por los lobos marinos y las aves guaneras.",
     ("pota", "calamar gigante", "Dosidicus gigas", "pesca artesanal", "necesidades"),
     ("PE",), "2024-05"),
    # --- oystercatchers -------------------------------------------------------------------------
    ("ee04", "case-study", "en",
     "Cockles for oystercatchers: how shellfish quotas on The Wash and the Burry Inlet came to "
     "leave food for the birds",
     "In the hard winters after the cockle and mussel beds of The Wash were fished out in the "
     "early 1990s, thousands of Eurasian oystercatchers (Haematopus ostralegus) starved on the "
     "mudflats or left the estuary, and the wintering population fell by about a third. This "
     "case study follows how the shellfish managers of The Wash, in eastern England, and of the "
     "Burry Inlet in south Wales came to set each year's total allowable catch of cockles and "
     "mussels only after subtracting what the birds need, using a model of bird food "
     "requirements built by ecologists from years of watching individual oystercatchers feed. It "
     "describes the annual stock surveys, the closed areas, hand-gathering against suction "
     "dredging, and the disputes with cocklers when beds stayed shut. It also notes that "
     "oystercatchers now nest on flat gravel roofs in Aberdeen and other towns, far from the "
     "shore, and that the species has been moved to the amber list of Birds of Conservation "
     "Concern.",
     ("oystercatchers", "Haematopus ostralegus", "shellfish fisheries", "cockles", "estuaries"),
     ("GB",), "2023-11"),
    ("ee05", "dataset", "fr",
     "Huîtriers pies nicheurs du littoral breton et normand : recensements, succès de "
     "reproduction et dérangements, 1995-2024",
     "L'huîtrier pie (Haematopus ostralegus), grand limicole noir et blanc au long bec orange, "
     "ne mange guère d'huîtres : il ouvre les moules et les coques et cherche les vers dans les "
     "vasières. Quelque 1 200 couples nichent en France, surtout sur les îlots, les cordons de "
     "galets et les hauts de plage de Bretagne et de Normandie, tandis que des dizaines de "
     "milliers d'oiseaux venus du nord hivernent en baie du Mont-Saint-Michel et en baie des "
     "Veys. Ce jeu de données, tenu par un groupe ornithologique régional avec les réserves "
     "naturelles et le Conservatoire du littoral, réunit les recensements des couples nicheurs "
     "par site depuis 1995, le nombre de jeunes à l'envol, les causes d'échec (grandes marées, "
     "goélands, chiens, promeneurs, kayaks), les comptages d'hiver de la mi-janvier et les "
     "lectures de bagues colorées. Il sert à délimiter des zones de quiétude et à discuter avec "
     "les pêcheurs à pied professionnels de coques.",
     ("huîtrier pie", "Haematopus ostralegus", "limicoles", "oiseaux nicheurs", "littoral"),
     ("FR",), "2024-10"),
    ("ee06", "need", "es",
     "Necesidad: proteger los nidos del pilpilén en las playas del golfo de Arauco y la "
     "desembocadura del Biobío",
     "El pilpilén (Haematopus palliatus), el ostrero de pico rojo que en Chile todos reconocen "
     "por su grito, anida entre septiembre y enero directamente sobre la arena, en las playas y "
     "dunas del golfo de Arauco, de Coronel a Llico, y en la desembocadura del Biobío, donde "
     "también vive su pariente de las costas rocosas, el pilpilén negro (Haematopus ater). Los "
     "conteos de voluntarios muestran que la mayoría de los nidos se pierden por perros sueltos, "
     "motos y camionetas en la playa, recolectores de orilla y algueros que acampan en la arena, "
     "y por marejadas cada vez más altas. Una red de organizaciones locales, con la Seremi del "
     "Medio Ambiente, solicita apoyo para cercar temporalmente los sectores de nidificación, "
     "señalizarlos y patrullarlos los fines de semana con guardaparques comunitarios, capacitar "
     "a los municipios en las ordenanzas de tránsito en playas y anillar polluelos para conocer "
     "sus movimientos. Piden además material educativo para las escuelas sobre el pilpilén y los "
     "chorlos.",
     ("ostreros", "pilpilén", "Haematopus palliatus", "aves playeras", "necesidades"),
     ("CL",), "2024-08"),
    # --- skunks ---------------------------------------------------------------------------------
    ("ee07", "dataset", "en",
     "Island spotted skunks on Santa Cruz and Santa Rosa Islands: live-trapping and camera "
     "surveys, 2002-2024",
     "The island spotted skunk (Spilogale gracilis amphiala), a small black-and-white skunk that "
     "does a handstand before it sprays, lives only on Santa Cruz and Santa Rosa in California's "
     "Channel Islands National Park. It was once rarely seen, but after feral pigs were removed, "
     "golden eagles were moved to the mainland and the island fox recovered from near "
     "extinction, skunk numbers rose. This dataset, compiled by the park with a university and a "
     "conservation landowner, brings together seasonal live-trapping on fixed grids since 2002, "
     "camera-trap detections at 90 stations, body measurements, ear-tissue samples for genetics "
     "and disease tests, and vegetation cover at each station. It records the distemper and "
     "rabies screening done because skunks and foxes share dens and food, and notes the skunks "
     "found in island campgrounds and buildings. Striped skunks trapped on the mainland coast "
     "are included for comparison.",
     ("skunks", "island spotted skunk", "Spilogale", "island mammals", "Channel Islands"),
     ("US",), "2024-09"),
    ("ee08", "document", "fr",
     "Cohabiter avec la mouffette rayée : guide pour les citoyens de Montréal, Laval et "
     "Longueuil",
     "La mouffette rayée (Mephitis mephitis), qu'on appelle souvent bête puante au Québec, s'est "
     "bien adaptée à la ville : elle passe l'hiver sous les cabanons, les galeries et les "
     "perrons, sort la nuit au printemps et retourne les pelouses pour manger les vers blancs. "
     "Ce guide, préparé par un organisme de protection de la faune avec les services de "
     "l'environnement de trois villes, explique comment éviter les conflits sans piéger ni "
     "empoisonner : fermer les ouvertures sous les bâtiments après le départ des petits, à la "
     "fin de l'été, avec une porte à sens unique ; ne pas laisser dehors la nourriture des chats "
     "ni un compost ouvert ; garder les chiens en laisse le soir. Il dit quoi faire quand le "
     "chien a été arrosé, et rappelle que la mouffette peut porter la rage du raton laveur, "
     "surveillée en Montérégie : ne jamais toucher une mouffette malade ou blessée et appeler la "
     "ligne de la faune. Il répond enfin aux idées reçues sur l'odeur.",
     ("mouffettes", "Mephitis mephitis", "faune urbaine", "conflits avec la faune", "rage"),
     ("CA",), "2023-04"),
    ("ee09", "project", "es",
     "El zorrillo pigmeo de la costa de Jalisco: monitoreo y conservación en la reserva de la "
     "biosfera Chamela-Cuixmala",
     "El zorrillo manchado pigmeo (Spilogale pygmaea), el más pequeño de los zorrillos y "
     "endémico de la costa del Pacífico mexicano, vive en la selva baja caducifolia y los "
     "matorrales costeros entre Sinaloa y Oaxaca. En Jalisco su hábitat se fragmenta por los "
     "desarrollos turísticos, las huertas y los caminos. El proyecto, de la estación de biología "
     "de la universidad nacional con ejidos vecinos, coloca cámaras trampa en la reserva de la "
     "biosfera Chamela-Cuixmala y en predios ejidales, estima la abundancia y el uso del hábitat "
     "y registra los atropellamientos en la carretera federal 200. Trabaja también con las "
     "comunidades, donde al zorrillo se le mata por miedo a la rabia o se usan su carne y su "
     "grasa como remedio tradicional para el empacho y la tos, para documentar ese conocimiento "
     "y aclarar los riesgos. Los registros se comparan con los del zorrillo listado (Mephitis "
     "macroura) y el de espalda blanca (Conepatus leuconotus), parientes de los que en el Cono "
     "Sur llaman zorrino o chingue.",
     ("zorrillos", "Spilogale pygmaea", "mamíferos endémicos", "selva baja caducifolia",
      "conocimientos tradicionales"),
     ("MX",), "2024-02"),
    # --- spider monkeys -------------------------------------------------------------------------
    ("ee10", "case-study", "en",
     "Spider monkeys and the Maya Forest Corridor in Belize: ten years of land purchase and "
     "ranger patrols",
     "Geoffroy's spider monkey (Ateles geoffroyi), the long-limbed fruit-eater that swings "
     "through the upper canopy, needs large tracts of tall, unbroken forest and is among the "
     "first mammals to vanish where forest is cut or hunted. In Belize it survives in the Maya "
     "Mountains and the forests of the north, which the Maya Forest Corridor is meant to join. "
     "This case study describes how conservation groups and the government bought or secured "
     "about 95,000 acres of the corridor from 2014, hired rangers from nearby villages and ran "
     "camera traps and dawn counts of monkey groups. Spider monkeys are now recorded in blocks "
     "where none were seen in 2015, and seed-dispersal studies show how many canopy trees depend "
     "on them, but sugar cane and cattle expansion, fires and the capture of infants for the pet "
     "trade remain threats. Black howler monkeys, followed at the Community Baboon Sanctuary, "
     "are treated in another report.",
     ("spider monkeys", "Ateles geoffroyi", "primates", "ecological corridors", "seed dispersal"),
     ("BZ",), "2024-06"),
    ("ee11", "dataset", "fr",
     "Le kwata et la chasse en Guyane : comptages le long des layons et prélèvements déclarés, "
     "2008-2024",
     "L'atèle noir (Ateles paniscus), que tout le monde en Guyane appelle kwata, est le plus "
     "grand singe du pays et un gibier recherché, si bien qu'il est l'un des premiers animaux à "
     "disparaître autour des villages et des routes. Depuis l'arrêté de 2011 qui réglemente sa "
     "chasse et interdit sa commercialisation, son suivi est une priorité. Ce jeu de données, "
     "réuni par l'Office français de la biodiversité, le Parc amazonien de Guyane et des équipes "
     "de recherche, contient les comptages sur des layons de 3 à 5 kilomètres parcourus à pied "
     "dans une trentaine de sites, de la réserve des Nouragues au haut Maroni, avec la distance "
     "et la taille des groupes ; les carnets de chasse tenus volontairement dans des villages "
     "amérindiens et bushinengués ; et des enregistrements acoustiques des cris. Il montre des "
     "densités bien plus faibles le long de la route de l'Est et autour des sites d'orpaillage "
     "qu'en forêt éloignée.",
     ("atèles", "kwata", "Ateles paniscus", "chasse", "primates"),
     ("GF",), "2024-11"),
    ("ee12", "need", "es",
     "Necesidad: conectar los bosques de la marimonda en el Magdalena Medio antioqueño y "
     "santandereano",
     "El mono araña café (Ateles hybridus), que en la región llaman marimonda, está en peligro "
     "crítico: perdió la mayor parte de los bosques de tierras bajas del valle del Magdalena por "
     "la ganadería, la palma de aceite y la explotación petrolera, y sus crías se venden como "
     "mascotas a orillas de las carreteras. Quedan grupos aislados en las serranías de San Lucas "
     "y de los Yariguíes y en bosques de ciénaga cerca de Puerto Berrío y Yondó. Una fundación "
     "local, con la corporación autónoma regional y las juntas de acción comunal, solicita apoyo "
     "para comprar o pactar con los ganaderos franjas de bosque que unan los fragmentos, sembrar "
     "cercas vivas y rastrojos con los árboles frutales que come la marimonda, contratar "
     "monitores comunitarios y acordar con la policía ambiental un protocolo para los animales "
     "decomisados. Pide también estudiar la genética de los grupos que quedan.",
     ("monos araña", "marimonda", "Ateles hybridus", "conectividad", "necesidades"),
     ("CO",), "2024-04"),
    # --- prairie dogs ---------------------------------------------------------------------------
    ("ee13", "project", "en",
     "Prairie dogs, plague and black-footed ferrets in the Conata Basin, South Dakota",
     "Black-tailed prairie dogs (Cynomys ludovicianus) once lived in colonies, or towns, that "
     "covered millions of acres of the Great Plains; their burrows shelter burrowing owls, swift "
     "foxes and the black-footed ferret, which eats almost nothing but prairie dogs. Poisoning "
     "campaigns and sylvatic plague, a flea-borne disease that reached North America around "
     "1900, cut them to a few per cent of their former range. In the Conata Basin of Buffalo Gap "
     "National Grassland, beside Badlands National Park, this project of the Forest Service, the "
     "Fish and Wildlife Service and local ranchers protects the colonies where ferrets were "
     "reintroduced in 1996: burrows are dusted against fleas each summer, prairie dogs receive "
     "an oral plague vaccine in peanut-butter baits, and ferrets are counted by spotlighting at "
     "night and vaccinated when trapped. The project maps colony extent from the air and pays "
     "grazing associations that keep colonies on their allotments.",
     ("prairie dogs", "black-footed ferret", "sylvatic plague", "grasslands",
      "species reintroduction"),
     ("US",), "2023-08"),
    ("ee14", "document", "fr",
     "Plan de gestion du chien de prairie à queue noire au parc national des Prairies, "
     "Saskatchewan",
     "Au Canada, le chien de prairie à queue noire (Cynomys ludovicianus) ne vit que dans la "
     "vallée de la rivière Frenchman, dans le sud-ouest de la Saskatchewan, surtout dans le parc "
     "national des Prairies et sur les ranchs voisins. L'espèce est désignée préoccupante en "
     "vertu de la Loi sur les espèces en péril. Ce plan de Parcs Canada présente l'état de la "
     "vingtaine de colonies, cartographiées chaque année par comptage des terriers, et les "
     "menaces : sécheresses qui raréfient l'herbe, peste sylvatique, qui a touché plusieurs "
     "colonies du parc depuis 2010, et petite aire de répartition. Il prévoit la surveillance de "
     "la peste par l'analyse des puces, la gestion du pâturage par les bisons et le bétail, et "
     "la collaboration avec les éleveurs. Il rappelle le rôle des colonies pour la chevêche des "
     "terriers et pour le putois d'Amérique réintroduit dans le parc en 2009, dont la survie, "
     "suivie par repérage nocturne, dépend de l'étendue des colonies.",
     ("chiens de prairie", "Cynomys ludovicianus", "espèces en péril", "prairies",
      "plans de gestion"),
     ("CA",), "2023-06"),
    ("ee15", "case-study", "es",
     "El perrito llanero mexicano en los pastizales de El Tokio: colonias, papa y ganado entre "
     "Coahuila, Nuevo León y San Luis Potosí",
     "El perrito llanero mexicano (Cynomys mexicanus), endémico de unos pocos valles del "
     "altiplano, ocupa hoy menos del 5 % de su área original, casi toda en la región de "
     "pastizales de El Tokio, donde se juntan Coahuila, Nuevo León, San Luis Potosí y Zacatecas. "
     "Este estudio de caso resume veinte años de trabajo de universidades regionales, "
     "organizaciones de conservación y ejidos: mapeo de colonias con imágenes satelitales, "
     "conteos de madrigueras, pago por servicios ambientales a ejidos que dejan de abrir tierras "
     "al arado, y cercos para manejar el pastoreo de cabras y vacas. Muestra cómo el avance de "
     "los cultivos de papa con riego y el sobrepastoreo fragmentaron las colonias, y cómo estas "
     "sostienen al águila real, al halcón aplomado, al chorlo llanero y al tecolote llanero. "
     "Concluye con lecciones para la lista de especies en riesgo de la norma oficial mexicana y "
     "para el ordenamiento del uso del suelo.",
     ("perrito llanero", "Cynomys mexicanus", "pastizales", "especies endémicas", "ejidos"),
     ("MX",), "2024-01"),
    # --- holly ----------------------------------------------------------------------------------
    ("ee16", "project", "en",
     "Pulling English holly out of Seattle's forested parks: volunteers, mapping and replanting",
     "English holly (Ilex aquifolium), brought to the Pacific Northwest for hedges and for farms "
     "that supplied Christmas greens, now spreads from gardens into forested parks and ravines, "
     "carried by robins and other birds that eat its berries. Its evergreen thickets shade out "
     "sword ferns and tree seedlings under Douglas-fir, bigleaf maple and western redcedar. This "
     "project of a city forest restoration partnership, with the parks department and "
     "neighbourhood forest stewards, maps holly across 2,500 acres of park forest, pulls "
     "seedlings by hand, cuts large trees and treats the stumps so that they do not resprout, "
     "and replants with native shrubs such as salal and Oregon grape. It tracks volunteer hours, "
     "the area in each phase of restoration and the regrowth of holly after cutting. Holly is "
     "listed as a weed of concern in King County, and nearby growers are asked to remove "
     "berry-bearing trees close to forests.",
     ("holly", "Ilex aquifolium", "invasive alien plants", "urban forests", "forest restoration"),
     ("US",), "2024-05"),
    ("ee17", "case-study", "fr",
     "La cueillette du houx dans les forêts du Limousin : encadrer les prélèvements pour les "
     "fêtes",
     "Chaque mois de décembre, des branches de houx (Ilex aquifolium) chargées de baies rouges "
     "sont coupées dans les sous-bois de chênes et de hêtres du Limousin pour les couronnes, les "
     "bouquets et les étals des marchés de Noël, à côté du gui et des sapins. Ce ramassage, "
     "longtemps toléré, a pris une allure commerciale : des camionnettes entières partent vers "
     "les grossistes, et des houx centenaires sont mutilés. Cette étude de cas montre comment la "
     "préfecture de la Haute-Vienne a pris un arrêté limitant la cueillette sans autorisation du "
     "propriétaire à un bouquet familial, comment l'Office national des forêts et des "
     "propriétaires privés ont organisé des coupes sur des houx repérés, et comment une "
     "association a développé la culture de houx femelles en pépinière. Elle rappelle le rôle du "
     "houx pour les grives et les merles en hiver et comme abri pour les chevreuils, et son lien "
     "avec les vieux arbres têtards des haies.",
     ("houx", "Ilex aquifolium", "cueillette", "produits forestiers non ligneux",
      "gestion forestière"),
     ("FR",), "2023-12"),
    ("ee18", "need", "es",
     "Necesidad: regenerar el acebal de Garagüeta, el mayor bosque de acebos del sur de Europa, "
     "en la sierra del Almuerzo (Soria)",
     "El acebal de Garagüeta, en Arévalo de la Sierra (Soria), es una masa de unas 400 hectáreas "
     "de acebos (Ilex aquifolium) de porte arbóreo, algunos de varios siglos, protegida como "
     "reserva natural. Los pastores de la zona usaban los acebos como refugio del ganado en "
     "invierno y les cortaban las ramas tiernas como forraje, y el acebo está protegido en "
     "Castilla y León, donde se prohíbe arrancar sus ramas para adornos navideños. Hoy el bosque "
     "apenas se regenera: ciervos y ganado se comen los brinzales, las sequías secan los pies "
     "más expuestos y los acebos viejos se caen. La junta gestora, con el ayuntamiento y los "
     "ganaderos, solicita apoyo para instalar cercados de exclusión y protectores individuales, "
     "recoger semilla y producir planta local en vivero, ordenar el pastoreo y vigilar el estado "
     "sanitario de los árboles. Pide también estudiar las acebedas de la sierra de la Demanda y "
     "de Prádena, donde el acebo convive con tejos y robles.",
     ("acebo", "acebales", "Ilex aquifolium", "regeneración forestal", "necesidades"),
     ("ES",), "2024-03"),
    # --- lime trees -----------------------------------------------------------------------------
    ("ee19", "dataset", "en",
     "Small-leaved lime in the Lincolnshire Limewoods: coppice stools, seed viability and pollen "
     "records",
     "Small-leaved lime (Tilia cordata), the linden of ancient English woodland, was once the "
     "commonest tree of the lowlands until its pollen falls away in peat cores about 5,000 years "
     "ago. Today it survives mainly as huge, very old coppice stools in ancient woods such as "
     "the Limewoods of central Lincolnshire, near Bardney. Because lime sets fertile seed only "
     "after warm summers, its regeneration is a sensitive signal of a changing climate. This "
     "dataset, assembled by a wildlife trust, the forestry agency and a university, holds a "
     "census of lime stools with girth, stem count and coppice history in 20 woods; seed "
     "collections and germination tests since 1998, by year and by summer temperature; counts of "
     "lime seedlings in the ground flora; and pollen counts from a core taken in the Witham "
     "valley. It also contains the management compartments of each wood and yearly deer browsing "
     "scores.",
     ("lime trees", "Tilia cordata", "ancient woodland", "coppicing", "climate change"),
     ("GB",), "2023-10"),
    ("ee20", "project", "fr",
     "Relancer la cueillette du tilleul des Baronnies : arbres abandonnés, cueilleurs et "
     "pollinisateurs",
     "Dans les Baronnies provençales, autour de Buis-les-Baronnies, la Drôme a longtemps fourni "
     "la plus grande partie du tilleul officinal français : les fleurs et bractées du tilleul à "
     "grandes feuilles et du tilleul de Carpentras, cueillies en juin et séchées pour la tisane, "
     "se vendaient à la foire au tilleul de juillet. La concurrence des importations a fait "
     "abandonner la plupart des tilleuls plantés en bordure des champs et des terrasses. Ce "
     "projet du parc naturel régional, avec une coopérative de plantes aromatiques et "
     "médicinales, recense les arbres et leur état, forme de jeunes cueilleurs à la taille et à "
     "la récolte sur échelle, crée une marque collective et étudie les abeilles sauvages et "
     "domestiques qui butinent les tilleuls en fleur, source du miel de tilleul. Les sécheresses "
     "de 2019 et de 2022, qui ont fait avorter la floraison, sont documentées. La lavande et "
     "l'abricot, autres productions du territoire, ne sont pas traités.",
     ("tilleuls", "tilleul officinal", "plantes médicinales", "cueillette", "pollinisateurs"),
     ("FR",), "2024-06"),
    ("ee21", "document", "es",
     "Guía para la recolección sustentable de flor de tila en la Sierra Norte de Puebla y la "
     "Huasteca hidalguense",
     "La flor de tila, que se vende en mercados y tiendas naturistas de todo México para "
     "preparar té contra los nervios y el insomnio, viene en parte de los tilos silvestres "
     "(Tilia americana var. mexicana), árboles del bosque mesófilo y del bosque de pino y encino "
     "que en la región llaman cirimo o tilia. Los recolectores, muchas veces nahuas y totonacos, "
     "cortan ramas enteras o derriban el árbol para bajar las flores, y las poblaciones se "
     "reducen. Esta guía de la autoridad forestal y una universidad explica cómo cosechar sin "
     "dañar el árbol: usar garrochas y escaleras, dejar parte de las flores para la semilla, "
     "respetar la época de floración y tramitar el aviso de aprovechamiento de recursos "
     "forestales no maderables. Advierte que mucha de la tila que se vende proviene en realidad "
     "del trompillo (Ternstroemia), otro árbol con efectos distintos, y enseña a reconocerlos.",
     ("tilos", "flor de tila", "Tilia americana", "productos forestales no maderables",
      "plantas medicinales"),
     ("MX",), "2023-09"),
    # --- sesame ---------------------------------------------------------------------------------
    ("ee22", "support-source", "en",
     "Offer: seed grants and training for simsim farmers' groups in northern Uganda",
     "Simsim, as sesame (Sesamum indicum) is called in East Africa, is a cash crop for hundreds "
     "of thousands of smallholders in the Lango, Acholi and Teso subregions, grown on small "
     "plots after the first rains and sold through traders to exporters. Farmers still keep many "
     "local varieties, with white, brown and black seed, different maturity times and tolerance "
     "to drought, alongside the improved Sesim varieties of the national agricultural research "
     "organisation. This offer from an agricultural development fund gives small grants to "
     "registered farmers' groups for community seed multiplication plots of local and improved "
     "varieties; training in row planting, intercropping and integrated management of the sesame "
     "webworm and gall midge; and support for keeping fallow strips and bush margins for the "
     "bees that raise yields. Groups must show a plan to keep seed of at least three local "
     "varieties. Applications open each January; the page lists the eligible districts and the "
     "scoring grid.",
     ("sesame", "simsim", "crop diversity", "smallholder farmers", "offers"),
     ("UG",), "2024-01"),
    ("ee23", "case-study", "fr",
     "Le boom du sésame au Burkina Faso : ce que l'expansion des champs a coûté aux savanes et "
     "aux parcs agroforestiers",
     "En quinze ans, le sésame est devenu le deuxième produit agricole d'exportation du Burkina "
     "Faso après le coton, vendu surtout vers la Chine, le Japon et la Turquie. Cette étude de "
     "cas, fondée sur des images satellitaires, des enquêtes dans les régions de la Boucle du "
     "Mouhoun et des Hauts-Bassins et les données de l'interprofession, montre que les surfaces "
     "ont été multipliées par quatre entre 2008 et 2020, souvent en défrichant des jachères, des "
     "savanes boisées et des lisières de forêts classées, et en abattant les jeunes arbres des "
     "parcs à karité et à néré pour faciliter le labour. Elle décrit les effets sur les sols, "
     "les abeilles et les revenus des femmes, qui cultivaient traditionnellement le sésame en "
     "petites parcelles, et compare avec les producteurs de sésame biologique certifié, qui "
     "gardent les arbres et pratiquent des rotations. Elle propose la régénération naturelle "
     "assistée, des zones où le défrichement est interdit et des primes à l'arbre.",
     ("sésame", "expansion agricole", "parcs agroforestiers", "défrichement", "savanes"),
     ("BF",), "2023-07"),
    ("ee24", "dataset", "es",
     "Variedades criollas de ajonjolí de León y Chinandega: ensayos participativos y visitas de "
     "abejas, 2015-2023",
     "En el occidente de Nicaragua, el ajonjolí (Sesamum indicum), que en España y en Paraguay "
     "llaman sésamo, se siembra en postrera por miles de pequeños productores de León y "
     "Chinandega, muchos de ellos organizados en cooperativas que exportan ajonjolí orgánico y "
     "de comercio justo. Este conjunto de datos, del instituto nacional de tecnología "
     "agropecuaria con las cooperativas, reúne los ensayos participativos de 24 variedades "
     "criollas y mejoradas en 40 fincas: días a floración y a cosecha, rendimiento, apertura de "
     "las cápsulas, contenido de aceite y tolerancia a la sequía y a la mancha angular. Incluye "
     "conteos de abejas melíferas y nativas que visitan las flores en parcelas con y sin bordes "
     "de vegetación natural, y las prácticas de cada finca: quema, labranza y rotación con maní "
     "y sorgo. Los datos alimentan el banco comunitario de semillas de las cooperativas.",
     ("ajonjolí", "sésamo", "variedades criollas", "polinizadores", "agrobiodiversidad"),
     ("NI",), "2024-02"),
    # --- tench ----------------------------------------------------------------------------------
    ("ee25", "dataset", "en",
     "Tench in the Richelieu River and Lake Champlain: catches, spread and eDNA detections, "
     "2002-2024",
     "Tench (Tinca tinca), a European pond fish, escaped from an unlicensed fish farm in Quebec "
     "in the 1980s and has since spread up the Richelieu River into Lake Champlain and along the "
     "St. Lawrence, becoming one of the commonest fish in some shallow, weedy bays. It feeds on "
     "snails and other bottom invertebrates and may compete with native fish and carry disease. "
     "This dataset, assembled by the Lake Champlain fish and wildlife management cooperative "
     "with the Vermont and New York state agencies and Quebec's wildlife ministry, holds records "
     "of tench from research nets, angler reports and commercial eel and baitfish traps, "
     "environmental DNA samples from 150 sites, and length, age and diet samples. It maps the "
     "spread year by year and lists the tributaries still free of tench, where bait rules are "
     "enforced. Round goby and zebra mussel records are kept in separate datasets.",
     ("tench", "Tinca tinca", "invasive alien fish", "environmental DNA", "Lake Champlain"),
     ("US", "CA"), "2024-04"),
    ("ee26", "project", "fr",
     "Les étangs de la Brenne et la tanche : relancer une pisciculture extensive qui fait vivre "
     "les zones humides",
     "Dans le parc naturel régional de la Brenne, plus de 4 000 étangs creusés depuis le Moyen "
     "Âge produisent en pisciculture extensive des carpes, des gardons, des brochets et surtout "
     "la tanche (Tinca tinca), poisson vert doré à la chair fine dont la Brenne est l'un des "
     "premiers bassins de production en France. Chaque automne, les étangs sont vidés pour la "
     "pêche, puis remis en eau. La baisse des prix, la concurrence des importations et la "
     "prédation par les grands cormorans ont poussé beaucoup de propriétaires à abandonner la "
     "pisciculture, et certains étangs s'envasent ou restent à sec. Le projet, porté par le parc "
     "avec le syndicat des pisciculteurs, aide à vendre la tanche de Brenne en circuits courts, "
     "forme aux assecs et à la gestion des roselières, et suit les oiseaux d'eau, les libellules "
     "et la cistude dans les étangs pêchés et dans ceux qui ne le sont plus.",
     ("tanche", "Tinca tinca", "pisciculture d'étang", "étangs", "zones humides"),
     ("FR",), "2024-09"),
    ("ee27", "need", "es",
     "Necesidad: recuperar la tenca autóctona en las charcas de las dehesas de Extremadura",
     "La tenca (Tinca tinca) ha sido durante siglos el pez de las charcas ganaderas de "
     "Extremadura: en Cáceres y Badajoz se criaba en las charcas de las dehesas, que se pescaban "
     "con redes al final del verano, y la tenca frita o en escabeche es un plato tradicional con "
     "ferias propias en varios pueblos. Muchas charcas se han abandonado o se han llenado de "
     "black bass, perca sol y cangrejo rojo americano, que se comen los alevines, y las sequías "
     "las dejan secas. Una asociación de productores, con el centro de acuicultura de la Junta, "
     "que mantiene reproductores de la estirpe local, solicita apoyo para vaciar y limpiar "
     "charcas, retirar las especies invasoras, repoblar con alevines de tenca autóctona, hacer "
     "análisis genéticos y diseñar una marca de calidad. Pide además estudiar el uso de las "
     "charcas por la cigüeña negra, los anfibios y los galápagos.",
     ("tenca", "Tinca tinca", "charcas", "acuicultura extensiva", "necesidades"),
     ("ES",), "2024-07"),
    # --- horse riding ---------------------------------------------------------------------------
    ("ee28", "document", "en",
     "Riding and packing with stock in the wilderness: a guide for horse and mule users of the "
     "Sierra Nevada's national forests",
     "Horseback riding and packing with mules are traditional uses of the Sierra Nevada's "
     "wilderness areas, and commercial pack stations still take riders to high lakes and "
     "meadows. Stock can also trample meadows, erode trails, foul streams and spread weeds. This "
     "guide from the Forest Service and a backcountry horsemen's association explains the rules: "
     "feeding only certified weed-free hay or pellets for several days before and during a trip, "
     "so that horses do not carry the seeds of invasive plants; limits on the number of people "
     "and animals in a group; tying stock to highlines between trees rather than to trunks, away "
     "from lakeshores and meadows; grazing permits and rest periods for meadows; scattering "
     "manure at campsites; and crossing streams at hardened fords. It also advises on sharing "
     "trails with hikers and mountain bikers and on meadows closed after late snow. The "
     "inspection checklist used by wilderness rangers is annexed.",
     ("horse riding", "pack stock", "wilderness", "trail management", "outdoor recreation"),
     ("US",), "2023-05"),
    ("ee29", "event", "fr",
     "Rencontres du tourisme équestre dans le Parc national des Cévennes : itinéraires, gîtes et "
     "respect des milieux",
     "Le Parc national des Cévennes, avec le comité régional de tourisme équestre, organise deux "
     "journées à Florac sur la randonnée à cheval dans le cœur du parc et sur le mont Lozère. "
     "Accompagnateurs et loueurs de chevaux, gîtes d'étape équestres, éleveurs et gestionnaires "
     "y feront le point sur les itinéraires balisés, dont la traversée du Massif central à "
     "cheval, sur la cohabitation avec les randonneurs du chemin de Stevenson et leurs ânes, sur "
     "le pâturage des chevaux dans les zones humides et les pelouses d'altitude, sur l'entretien "
     "des sentiers et sur les règles de bivouac. Un atelier portera sur la marque Esprit parc "
     "national pour les hébergements et les prestations équestres, un autre sur les chevaux de "
     "Przewalski du causse Méjean, que les cavaliers croisent en randonnée. L'inscription est "
     "gratuite et des sorties à cheval sont prévues le second jour.",
     ("tourisme équestre", "randonnée à cheval", "parcs nationaux", "tourisme durable",
      "sentiers"),
     ("FR",), "2025-03"),
    ("ee30", "case-study", "es",
     "Cabalgatas en el Parque Nacional Nahuel Huapi: prestadores, baqueanos y la erosión de las "
     "sendas",
     "Las cabalgatas, salidas a caballo guiadas por baqueanos, son una de las actividades "
     "turísticas más pedidas en el Parque Nacional Nahuel Huapi, de Bariloche a Villa La "
     "Angostura y el valle del Manso, y dan trabajo a familias de pobladores que crían sus "
     "caballos en el parque. Este estudio de caso de la intendencia del parque analiza diez años "
     "de permisos a prestadores de cabalgatas: número de salidas, capacidad de carga de cada "
     "senda, erosión medida en transectos, pisoteo de mallines y orillas de arroyos, semillas de "
     "plantas exóticas dispersadas con el bosteo y pastoreo de los caballos en las veranadas. "
     "Describe las reglas que se fueron acordando: sendas exclusivas para caballos, tamaño "
     "máximo de los grupos, estacas en vez de árboles para atarlos, casco obligatorio y "
     "capacitación de los guías. Los caballos baguales o cimarrones del parque son tema de otro "
     "plan.",
     ("cabalgatas", "turismo ecuestre", "uso público", "áreas protegidas", "Patagonia"),
     ("AR",), "2024-10"),
)  # fmt: skip
