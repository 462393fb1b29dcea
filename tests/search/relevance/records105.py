"""Clearing-house records of the hundred-and-fifth judged relevance set
(tests/search/relevance/queries105.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on ptarmigan (the rock ptarmigan of the Cairngorms plateau and the
fences of its ski areas; the lagopède alpin counted at dawn in the Parc national des Écrins; a need
for the perdiz nival, the perdiz blanca of mountaineers, of the Aragonese and Navarrese Pyrenees);
on godwits (the bar-tailed godwits, the kuaka, of Pūkorokoro Miranda and the Yellow Sea; the French
management plan for the barge à queue noire and the moratorium on its hunting; the becasas de mar,
the Hudsonian godwits, of the beaches of Río Grande in Tierra del Fuego); on raptor migration (the
Batumi raptor count in Georgia; the journées de la migration at the col d'Organbidexka in the
Basque mountains; the Río de Rapaces of Cardel and Chichicaxtle in Veracruz); on arnica (the Arnica
montana picked in the Apuseni Mountains of Romania; the convention for the cueillette de l'arnica
on the chaumes of the Markstein in the Vosges; a Mexican guide to the árnica mexicana, Heterotheca
inuloides, of Tlaxcala and Puebla); on traditional orchards (an offer for the cider apple and perry
pear orchards of Herefordshire and Worcestershire; the prés-vergers haute-tige of the Pays d'Auge;
the pomaradas of Asturias); on canoeing and kayaking on rivers (a code of conduct for paddlers on
the River Wye; the canoës of the gorges de l'Ardèche nature reserve; a need for the piragüismo of
the Alto Tajo); on spearfishing (the ban on night spearfishing in the qoliqoli of Kadavu, Fiji; a
guide to the chasse sous-marine of French Polynesia; a need for the caza submarina, as Chileans
call it, of the pejeperro of Valparaíso and Coquimbo); on thatch (Norfolk reed cut for thatch in
the Broads; the chaumiers and the roseau of the Brière; a need for the jatata palm thatch of the
Tsimane and Mosetén of Pilón Lajas in Bolivia); on eucalyptus plantations (the eucalyptus woodlots
of the Ethiopian highlands; the kininina of Madagascar's Hautes Terres; a project to replace the
eucaliptales of the montes vecinales of A Mariña lucense in Galicia); and on top shells (the
trochus harvest of Vanuatu; the troca of New Caledonia; a need for the burgao, the whelk of the
Raizal islanders, of San Andrés, Providencia and Santa Catalina in Colombia). English, French and
Spanish, 10 records each, every topic written once in each language (different countries, projects
and angles, not translations of one text).

None of records.py, records3.py, ..., records103.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (ptarmigan, lagopède, perdiz nival, perdiz blanca, perdiu
blanca, Lagopus, willow grouse, galliformes de montagne; godwit, barge à queue noire, barge rousse,
aguja, aguja colinegra, becasa, zarapito de pico recto, Limosa, kuaka; raptor migration, migration
des rapaces, migración de rapaces, raptor, rapace, rapaz, honey buzzard, bondrée, abejero,
Swainson, black kite, milan noir, soaring birds, Organbidexka, Batumi, Veracruz, Gibraltar, Eilat;
arnica, árnica, Heterotheca; orchard, verger, haute-tige, pré-verger, huerto frutal, pomarada,
manzanar, cider, cidre, sidra, perry, Streuobst; canoe, canoë, kayak, piragua, piragüismo,
canotaje, paddle, rafting; spearfishing, chasse sous-marine, fusil-harpon, pesca submarina, caza
submarina, arpón, apnea, freediving; thatch, chaume, chaumière, roseau, rouche, jatata, techo de
paja, ichu; eucalyptus, eucalipto, eucaliptal, eucaliptización, kininina; trochus, troca, troque,
top shell, caracol trompo, burgao, burgau, cigua, whelk, Tectus, Rochia, Cittarium, nacre,
mother-of-pearl, madreperla). Screened and dropped as covered: gorillas (m28), lionfish (n31),
water hyacinth (n32), European mink (a subject of cu18), termites (a subject of the fipronil case
study bi05), marine mammal strandings (a subject of bm04), land snails (the achatine page bf08,
which names the partulas), birdwatching tourism (the aviturismo of bn03), chinampas and floating
gardens (s10, o20), farmer-managed natural regeneration (v16), blue carbon (the seagrass carbon
stocks of v40), octopus closures (bt17), sea urchins (y13), wild mushrooms (bn06), jaguars (be27,
w36), anteaters (be24), bottom trawling (bh22, cq16), shellfish farming (x20), grazed firebreaks
(bz30), food forests (the Kandyan forest gardens of ce13), street trees (w12, by27) and urban
wastelands (the terrains vagues of dc29), besides the topics of sets 42 to 103 and those their
docstrings list as covered, and the chemicals, waste, pollution, energy and biosafety topics left
to set 104; screened with no or passing hits but not chosen: cassowaries, red pandas, elephants
(subjects of the electric fence and Kavango-Zambezi pages), deer (named in passing by many pages),
newts (the great crested newt eDNA dataset bv19), edelweiss, cloves, hops, gorgonians (a subject of
the marine heatwave dataset cy20) and wild garlic (no hit, but too near the wild edible plants of
another set).

The nearest are judged 1: the case study on the monocrotophos that killed Swainson's hawks in the
Argentine pampas after their migration from North America (bf12) and the need for the migrant
peregrines that winter on the towers of Mexico City and are to be tracked on their routes (cs21),
both with aves rapaces and aves migratorias among their subjects, and the osprey translocation case
study that follows the birds' migration to West Africa by satellite (cu28), judged 1 to the raptor
migration queries; the mistletoe guide for the vergers haute-tige (ck05), the Cévennes chestnut
project whose subjects name the vergers traditionnels (bp29) and the garden dormouse project of the
vergers hautes tiges of Wallonia (dc02), judged 1 to the traditional orchard queries, ck05 also to
the cider apple and pomarada queries because it names the pommiers à cidre on which the mistletoe
grows; the Vieques bioluminescent bay plan titled on its rules for kayaks (cm21), judged 1 to the
canoeing and kayaking queries that ask for no river; the Napoleon wrasse and brown grouper case
studies whose subjects name the chasse sous-marine (bf02, ci08), judged 1 to the spearfishing
queries; the Chalalán ecolodge project that renews its cabins with jatata harvested sustainably
(ds21), judged 1 to the thatch and jatata queries; and the three genetically modified tree pages
whose subjects name the eucalyptus (y25, y26, y27), judged 1 to the eucalyptus plantation queries.
All the other hits are passing: the lagopèdes seen by the hut wardens of the Refuges sentinelles
(di26) and the ski touring routes of the Vosges capercaillie guide (cu02); the zarapitos de pico
recto, Hudsonian godwits, named beside the whimbrels of Chiloé (ds09), the becadas (woodcock) of
dq06 and the sunken barge of the Irving Whale (dl26); the wind farm guidance on migratory soaring
birds (t22), which names no raptor and is broader than raptor migration, the aves rapaces monitored
at the wind farms of Tehuantepec (t24) and the migrant milan noir followed apart from the red kite
roosts of dk05; the arnica among the flowers of the Vosges hay meadows (dc17); the citrus, avocado,
cashew, pomegranate and irrigated orchards of many pages (among them l08, cw13, bw29, ec10 and the
turtle dove case study da29) and the orchard walks of the Slovenian tourist farms (dc19); the
kayaks and canoes of the plankton, storm petrel, dipper and oystercatcher pages (cm20, dy08, dy11,
ee05), the solar canoes of the Achuar (cx18) and the canoe ride to Chalalán (ds21); the parrotfish
taken with arpón by buzos a pulmón (ce03); the thatch given by the coconut palms, the moriche palms
and the toetoe (co10, dm07, ea10), the techos de paja replaced against the Chagas bugs (bo21), the
reed filter beds (bt20) and the chaumes that are cereal stubble or mountain pastures (bq26, cu02);
the rafting of living hitchhikers on tsunami debris (bs25); the eucalyptus named by the pulp mill,
myrtle rust, heathland, tapia silk, mistletoe, urban tree and forest fire pages (dh15, bo22, bo24,
bp06, cc29, ck04, by27, dv12 and others); and the mother-of-pearl of the pearl oysters of Panama
(cq27) and the grande nacre (ds02), and the queen conch (lambi, caracol pala) of bc02 and bc03, a
sea snail but no top shell. No record names a top shell, a trochus or a burgao.

records104.py (ids ef01..ef30, on chemicals, pesticide, waste, marine pollution, energy, climate
mitigation, biosafety and indoor air topics), written at the same time by another engineer, was
searched for the same words once it was finished (with its queries104.tsv): its topics are
parabens, DBCP (Nemagon), lithium-ion battery fires in waste, shipping containers lost at sea,
solar dryers, solar carports, telework, private jets, genetically modified plums and 3D printer
emissions. None of its records names a ptarmigan, a godwit, a migrating raptor, arnica, a canoe or
kayak, spearfishing, thatch, a eucalyptus or a top shell (its only hits on this set's words and
places are the orchards of the DBCP dataset ef04 and the vergers de pruniers and huertos de
ciruelos of the genetically modified plum pages ef26 and ef27, commercial stone-fruit orchards
struck by sharka and no traditional orchards, the Chile of ef27 and the Georgia, a state of the
United States, of the makerspace project ef28), and none answers a query of this set.

Traps: the red grouse (the British form of the willow ptarmigan), capercaillie, ski areas, crows
and foxes of eg01; the ski de randonnée, chasse and tétras-lyre of eg02; the estaciones de esquí,
urogallo and perdiz pardilla of eg03; the red knots, jet skis and mangroves of eg04; the barge
rousse (a bar-tailed godwit, only named as not concerned: 0 to the bar-tailed godwit and kuaka
queries) and the chasseurs of eg05; the playero rojizo, the zarapito de pico recto (another name of
the same godwit) and the petroleras of eg06; the storks, cranes, falconers, quail and birdwatchers
of eg07; the palombes, palombières, cigognes noires, grues, balbuzards and milans royaux of eg08;
the zopilotes aura (vultures) and parques eólicos of eg09; the orchids, haystacks and mowing of
eg10; the gentiane jaune and éleveurs of eg11, and its hautes chaumes, mountain pastures and no
thatch (0 to the thatch queries); the Arnica montana of eg12, named only to say that the Mexican
árnica is another plant (0 to the Arnica montana query), and its milpa; the mistletoe, cider and
deadwood insects of eg13; the chevêche, pics, gui and haies bocagères of eg14; the lirones caretos,
murciélagos and abejas silvestres of eg15; the salmon, otters, sand martins, crayfish plague and
farm pollution of eg16; the petit gravelot, chevalier guignette, aigle de Bonelli, apron, castors
and toilettes of eg17; the trucha común, nutria, alimoche and barranquismo of eg18; the groupers,
bumphead parrotfish, scuba gear and ciguatera of eg19; the perroquets, mérous, napoléon, tortues,
rahui and ciguatera of eg20; the buzos mariscadores and their áreas de manejo of eg21; the
bitterns, marsh harriers, bearded tits and wheat straw of eg22; the filtres plantés de roseaux and
the chasse au gibier d'eau of eg23; the palma motacú and the albergues turísticos of eg24; the
charcoal and church forests of eg25; the charbon de bois, feux and soie sauvage of the tapia of
eg26; the celulosa (pulp), castaño, corzo and incendios of eg27; the green snail, tabu areas and
mother-of-pearl of eg28; the burgau (Turbo marmoratus, a turban shell and no burgao: 0 to the
burgao query) and the huîtres perlières of eg29; and the caracol pala (queen conch) and the creole
whelk of eg30, the caracol pala having its own pages (bc03). For the country queries: eg01 names
only the United Kingdom (Scotland); eg02 names only France; eg03 names only Spain (Aragón, Navarra
and the Catalan Pyrenees); eg04 names New Zealand, China and the Republic of Korea (and Alaska);
eg05 names France (and the Icelandic godwits); eg06 names Argentina (and Alaska and Canada); eg07
names only Georgia; eg08 names only France (and Africa); eg09 names only Mexico; eg10 names Romania
(and Germany and Switzerland as buyers); eg11 names only France; eg12 names only Mexico; eg13 names
only the United Kingdom (England); eg14 names only France; eg15 names only Spain; eg16 names only
the United Kingdom (England and Wales); eg17 names only France; eg18 names only Spain; eg19 names
only Fiji; eg20 names only French Polynesia; eg21 names only Chile; eg22 names the United Kingdom
(and Turkey, Hungary and China as sellers of reed); eg23 names only France; eg24 names only
Bolivia; eg25 names only Ethiopia; eg26 names only Madagascar; eg27 names only Spain; eg28 names
only Vanuatu (and Asia and Europe); eg29 names only New Caledonia (and Asia and Europe); eg30 names
only Colombia.

Ids (eg01..eg30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
ec01..ec30, ee01..ee30), nor with records102.py's (ed01..ed30) or records104.py's (ef01..ef30), and
no earlier id starts with "eg".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- ptarmigan -------------------------------------------------------------------------------
    ("eg01", "dataset", "en",
     "Rock ptarmigan of the Cairngorms plateau: spring territory counts, snow lie and ski-fence "
     "collisions, 1995-2024",
     "On the high plateaux of the Cairngorms in Scotland, above about 800 metres, the rock "
     "ptarmigan (Lagopus muta millaisi) lives all year round, white in winter and grey-brown in "
     "summer, feeding on heather shoots, crowberry and blaeberry among the boulder fields. This "
     "dataset, kept by a conservation charity with the national park authority and volunteer "
     "hill walkers, holds the counts of territorial cocks made on fixed routes every spring "
     "since 1995, chick counts in July and August, the dates when snow melts off each count "
     "block, and the birds found dead under the fences and tows of the Cairn Gorm and Glenshee "
     "ski areas, where markers were fitted to the wires from 2010. It also logs the carrion "
     "crows and red foxes drawn up the hill by walkers' food scraps. Densities fell by about "
     "half in the lower blocks as the snow lie shortened. Red grouse, the British form of the "
     "willow ptarmigan, on the managed moors below, and the capercaillie of the pinewoods are "
     "not covered.",
     ("rock ptarmigan", "Lagopus muta", "mountain birds", "snow cover", "Cairngorms"),
     ("GB",), "2024-10"),
    ("eg02", "project", "fr",
     "Lagopède alpin dans le Parc national des Écrins : compter les coqs chanteurs et protéger "
     "les sites d'hivernage",
     "Relique des glaciations, le lagopède alpin (Lagopus muta helvetica) vit au-dessus de la "
     "limite des arbres, entre 2 000 et 2 800 mètres, blanc l'hiver et marbré l'été. Dans le "
     "Parc national des Écrins, ce projet suit depuis 2005 une douzaine de sites de référence "
     "selon le protocole de l'Observatoire des galliformes de montagne (OGM) : comptages au "
     "chant des coqs à l'aube en juin, avec repasse, et comptages des nichées avec des chiens "
     "d'arrêt en août. Il cartographie les sites d'hivernage où les oiseaux creusent des igloos "
     "dans la neige et les croise avec les itinéraires de ski de randonnée et de raquettes, pour "
     "proposer des zones de quiétude. Il étudie aussi la remontée des oiseaux en altitude avec "
     "le réchauffement et la fermeture des pelouses. La chasse du lagopède, interdite dans le "
     "cœur du parc, reste pratiquée avec un plan de chasse dans certains départements alpins, ce "
     "que le projet documente sans en traiter. Le tétras-lyre des landes plus basses a son "
     "propre suivi.",
     ("lagopède alpin", "Lagopus muta", "galliformes de montagne", "dérangement hivernal",
      "Écrins"),
     ("FR",), "2023-11"),
    ("eg03", "need", "es",
     "Necesidad: censo y estudio genético de la perdiz nival en el Pirineo aragonés y navarro",
     "La perdiz nival (Lagopus muta pyrenaica), que los montañeros llaman perdiz blanca y en el "
     "Pirineo catalán perdiu blanca, es la subespecie más meridional de Europa y solo vive por "
     "encima de los 2.200 metros, en crestas pedregosas y neveros. Sus poblaciones de Aragón y "
     "Navarra, pequeñas y aisladas, no se censan de forma sistemática desde hace más de una "
     "década. El gobierno autonómico y la guardería de los espacios naturales solicitan apoyo "
     "para repetir transectos de escucha con reclamo en primavera y conteos de polladas con "
     "perro en verano, marcar una veintena de aves con emisores GPS, analizar plumas y "
     "excrementos para conocer su diversidad genética y su aislamiento respecto a las "
     "poblaciones de la otra vertiente de la cordillera, y señalizar los cables de las "
     "estaciones de esquí donde se han hallado aves muertas. Piden también formar a guías de "
     "montaña y a pastores. El urogallo y la perdiz pardilla, de cotas más bajas, quedan fuera "
     "de la solicitud.",
     ("perdiz nival", "Lagopus muta pyrenaica", "aves de alta montaña", "censos", "Pirineos"),
     ("ES",), "2024-04"),
    # --- godwits ---------------------------------------------------------------------------------
    ("eg04", "case-study", "en",
     "Kuaka across the Pacific: what satellite tags taught Pūkorokoro Miranda about bar-tailed "
     "godwits and the Yellow Sea",
     "Each September tens of thousands of bar-tailed godwits (Limosa lapponica baueri), the "
     "kuaka of Māori tradition, reach the estuaries of New Zealand after flying non-stop from "
     "Alaska; in 2022 a tagged juvenile covered about 13,500 kilometres in eleven days, the "
     "longest non-stop flight recorded for a land bird. Flying north, they refuel on the tidal "
     "flats of the Yellow Sea in China and the Republic of Korea, where sea walls and land claim "
     "destroyed much of the intertidal area in fifty years. This case study, prepared with the "
     "shorebird centre on the Firth of Thames, follows fifteen years of satellite tagging, "
     "leg-flag resightings and high-tide roost counts, and shows how the data helped to list "
     "Yellow Sea tidal flats as World Heritage and to twin New Zealand estuaries with Chinese "
     "reserves on the East Asian-Australasian Flyway. It also describes roost protection at home "
     "from dogs, jet skis and spreading mangroves. Red knots sharing the roosts are mentioned in "
     "passing.",
     ("bar-tailed godwit", "Limosa lapponica", "shorebirds", "East Asian-Australasian Flyway",
      "tidal flats"),
     ("NZ", "CN", "KR"), "2023-09"),
    ("eg05", "document", "fr",
     "Barge à queue noire : plan national de gestion et suivi du moratoire sur sa chasse",
     "La barge à queue noire (Limosa limosa), grand limicole au long bec droit, ne niche en "
     "France qu'en petit nombre, quelques centaines de couples dans les prairies humides du "
     "Marais breton, des basses vallées angevines et du Marais poitevin, tandis que des dizaines "
     "de milliers de barges islandaises hivernent sur les vasières des pertuis charentais et de "
     "la baie de l'Aiguillon. La sous-espèce continentale a perdu plus de la moitié de ses "
     "effectifs en Europe avec l'intensification des prairies et la fauche précoce. Ce document, "
     "élaboré avec l'office chargé de la biodiversité, les fédérations de chasseurs et les "
     "associations, présente le plan national de gestion qui décline le plan d'action "
     "international de l'accord sur les oiseaux d'eau migrateurs (AEWA) : moratoire sur la "
     "chasse reconduit depuis 2008, retards de fauche rémunérés, gestion des niveaux d'eau au "
     "printemps, suivi des couples nicheurs et lecture des bagues couleur. La barge rousse, qui "
     "fréquente les mêmes vasières, n'est pas concernée.",
     ("barge à queue noire", "Limosa limosa", "limicoles", "moratoire de chasse",
      "prairies humides"),
     ("FR",), "2022-12"),
    ("eg06", "project", "es",
     "Becasas de mar en Tierra del Fuego: proteger las playas de alimentación de Río Grande",
     "Entre octubre y marzo, miles de becasas de mar (Limosa haemastica), que crían en Alaska y "
     "en el norte de Canadá, se alimentan en las restingas y planicies de marea de la costa "
     "atlántica de Tierra del Fuego. En otras provincias se la llama también aguja de mar, y al "
     "otro lado del estrecho de Magallanes zarapito de pico recto, aunque no es un zarapito. "
     "Este proyecto de la Reserva Costa Atlántica, sitio Ramsar y de la Red Hemisférica de "
     "Reservas para Aves Playeras, con el municipio de Río Grande y una ONG local, delimita "
     "áreas de exclusión de vehículos en la playa, ordena los paseos con perros, instala "
     "cartelería y forma a voluntarios que cuentan las aves en cada marea alta. Coloca además "
     "transmisores satelitales a veinte becasas para conocer sus escalas migratorias y evalúa el "
     "efecto de la expansión urbana y de las instalaciones petroleras costeras. El playero "
     "rojizo, que usa las mismas playas, se menciona solo de paso.",
     ("becasa de mar", "Limosa haemastica", "aves playeras", "planicies de marea",
      "Tierra del Fuego"),
     ("AR",), "2024-03"),
    # --- raptor migration ------------------------------------------------------------------------
    ("eg07", "dataset", "en",
     "Batumi raptor count: autumn migration counts at the Black Sea bottleneck, 2008-2024",
     "Every autumn more than a million birds of prey funnel between the Black Sea and the Lesser "
     "Caucasus near Batumi, Georgia, one of the largest raptor migration bottlenecks in the "
     "world. Since 2008 teams of international and Georgian volunteers have counted them from "
     "two stations above the villages of Sakhalvasho and Shuamta, from mid-August to "
     "mid-October, species by species and hour by hour. This dataset holds the daily totals for "
     "more than thirty species, led by European honey buzzards, steppe buzzards, black kites, "
     "booted eagles and Montagu's and pallid harriers, with weather, visibility and observer "
     "effort. A second table records the shooting of migrating raptors and the trapping of "
     "sparrowhawks by local falconers for quail hunting, from village surveys repeated since "
     "2011, which show shooting falling after an awareness campaign and as birdwatchers brought "
     "income to the villages. Storks and cranes counted from the same stations are listed "
     "separately.",
     ("raptor migration", "birds of prey", "migration counts", "illegal killing of birds",
      "Batumi"),
     ("GE",), "2024-12"),
    ("eg08", "event", "fr",
     "Journées de la migration au col d'Organbidexka : comptage des rapaces et accueil du "
     "public, automne 2024",
     "Depuis 1979, une association naturaliste tient chaque automne un poste d'observation au "
     "col d'Organbidexka, à 1 283 mètres dans les montagnes de Soule, au Pays basque, où passent "
     "chaque année plus de 20 000 rapaces en route vers l'Afrique : milans noirs dès la fin "
     "juillet, bondrées apivores fin août, puis busards, aigles bottés, circaètes Jean-le-Blanc, "
     "balbuzards et milans royaux jusqu'en novembre. Du 15 juillet au 15 novembre 2024, les "
     "bénévoles y comptent les oiseaux de l'aube au crépuscule, comme aux cols voisins de Lindux "
     "et de Lizarrieta. Les journées portes ouvertes des 7 et 8 septembre et des 19 et 20 "
     "octobre proposent une initiation au comptage et à l'identification des silhouettes en vol, "
     "des sorties pour les scolaires, une conférence sur les balises GPS posées sur les bondrées "
     "et une exposition sur les dangers de la migration. Les passages de palombes, et les "
     "palombières où on les chasse, ne sont présentés qu'en passant, comme les cigognes noires "
     "et les grues cendrées.",
     ("migration des rapaces", "rapaces migrateurs", "comptages", "Pyrénées",
      "sensibilisation du public"),
     ("FR",), "2024-07"),
    ("eg09", "case-study", "es",
     "El Río de Rapaces de Veracruz: treinta años de conteos de aves rapaces migratorias en "
     "Cardel y Chichicaxtle",
     "Cada otoño pasan por la estrecha planicie costera del centro de Veracruz, entre el Golfo "
     "de México y la Sierra Madre Oriental, más de cuatro millones de aves rapaces: es el mayor "
     "corredor de migración de rapaces conocido, llamado el Río de Rapaces. Desde 1991 una "
     "asociación civil cuenta desde las azoteas de José Cardel y desde una torre en Chichicaxtle "
     "a las aguilillas de Swainson, las aguilillas alas anchas, los gavilanes y los halcones, "
     "además de millones de zopilotes aura. Este estudio de caso reúne treinta años de datos y "
     "muestra cómo los conteos detectaron descensos de algunas especies, cómo se formaron "
     "observadores locales que hoy trabajan como guías, el festival anual de las aves y la "
     "pequeña economía turística que dejó en los pueblos, y los riesgos nuevos: parques eólicos "
     "proyectados en la ruta, cacería ocasional y pérdida de los bosques donde las rapaces "
     "pernoctan. Recomienda incluir los sitios de conteo en el ordenamiento ecológico del "
     "estado.",
     ("migración de rapaces", "aves rapaces", "conteos de aves", "ecoturismo", "Veracruz"),
     ("MX",), "2023-10"),
    # --- arnica ----------------------------------------------------------------------------------
    ("eg10", "project", "en",
     "Wild arnica of the Apuseni Mountains: sustainable flower harvest and meadow stewardship in "
     "Gârda de Sus",
     "In the Apuseni Mountains of western Romania, the mountain meadows of Gârda de Sus and "
     "neighbouring villages hold some of the largest populations of Arnica montana left in "
     "Europe. Families have long picked the yellow flower heads in June and July and sold them, "
     "dried, to buyers supplying herbal and homeopathic medicine makers in Germany and "
     "Switzerland, where arnica ointments are used for bruises and sprains. When prices rose and "
     "meadows were abandoned or fertilised, stocks fell. This project, run by a local "
     "association with a conservation foundation and the county environmental agency, mapped "
     "arnica across 800 hectares, set picking rules (no uprooting, a share of heads left to "
     "seed), registered harvesters and a village drying house, and negotiated a fair price with "
     "a buyer who pays a premium for late, single-cut mowing without fertiliser. It counts "
     "arnica rosettes and flower heads in fixed plots each year. The orchids and the traditional "
     "haystacks of the meadows are noted in passing.",
     ("arnica", "Arnica montana", "medicinal plants", "wild harvesting", "Apuseni Mountains"),
     ("RO",), "2022-08"),
    ("eg11", "case-study", "fr",
     "La cueillette de l'arnica sur les chaumes du Markstein : quinze ans d'une convention entre "
     "communes, cueilleurs et laboratoires",
     "Sur les hautes chaumes du massif des Vosges, autour du Markstein et du Grand Ballon, se "
     "trouve l'un des plus grands sites de cueillette d'arnica (Arnica montana) de France, qui "
     "fournit une bonne part des fleurs employées par les laboratoires d'homéopathie et de "
     "phytothérapie. Après des années de cueillette désordonnée, avec des plantes arrachées et "
     "des chaumes piétinées, les communes propriétaires, le parc naturel régional, la chambre "
     "d'agriculture, les cueilleurs professionnels et les laboratoires ont signé en 2007 une "
     "convention : date d'ouverture fixée chaque année par des botanistes selon la floraison, "
     "quantités plafonnées, cueilleurs inscrits et formés, redevance versée aux communes pour "
     "financer le suivi. Cette étude de cas retrace quinze ans de convention, la baisse de la "
     "densité d'arnica liée à la fertilisation et aux sécheresses, les discussions avec les "
     "éleveurs sur la fauche et le pâturage, et le report d'une partie de la cueillette vers "
     "d'autres chaumes. La gentiane jaune, récoltée aussi dans le massif, n'est citée que pour "
     "mémoire.",
     ("arnica", "Arnica montana", "cueillette", "plantes médicinales", "hautes chaumes"),
     ("FR",), "2023-05"),
    ("eg12", "document", "es",
     "Guía para la recolección y el cultivo de árnica mexicana (Heterotheca inuloides) en "
     "Tlaxcala y Puebla",
     "En México se llama árnica, o árnica del país, a Heterotheca inuloides, una hierba de "
     "flores amarillas de los pastizales y claros de bosque de pino y encino del Eje "
     "Neovolcánico, y no a la Arnica montana europea, aunque se use igual: en tés, tinturas y "
     "pomadas para golpes, moretones e inflamaciones. Casi toda la que se vende en los mercados "
     "de la Ciudad de México y de Puebla se recolecta silvestre, arrancando la planta entera, y "
     "los recolectores de Tlaxcala y de las faldas del Iztaccíhuatl dicen que cada año hay que "
     "caminar más lejos para encontrarla. Esta guía de una universidad y de la comisión forestal "
     "del estado explica cómo cortar solo las cabezuelas sin arrancar la raíz, dejar plantas "
     "para semilla, secar a la sombra para no perder los aceites, y cómo cultivarla en bordos y "
     "traspatios junto a la milpa. Incluye precios, los requisitos para vender a laboratorios y "
     "una advertencia: tomada en exceso es tóxica.",
     ("árnica", "Heterotheca inuloides", "plantas medicinales", "recolección silvestre",
      "Tlaxcala"),
     ("MX",), "2024-06"),
    # --- traditional orchards --------------------------------------------------------------------
    ("eg13", "support-source", "en",
     "Offer: grants, trees and grafting courses for restoring traditional orchards in "
     "Herefordshire and Worcestershire",
     "Traditional orchards, with widely spaced standard fruit trees on vigorous rootstocks and "
     "grass grazed by sheep or cut for hay beneath, are a priority habitat in England, yet more "
     "than half of those in the West Midlands have been grubbed up or neglected since 1950. A "
     "partnership of a county wildlife trust, a cider makers' association and the area's orchard "
     "group offers owners of old orchards in Herefordshire and Worcestershire up to 75 percent "
     "of the cost of restoration pruning by trained contractors, standard trees of local cider "
     "apple, perry pear and damson varieties grafted from the county collections, guards against "
     "livestock, and one-day courses on grafting, pruning and recording veteran trees. Advice "
     "covers keeping dead wood and hollow trunks for the noble chafer beetle and other deadwood "
     "insects, and grazing plans for the sward. Mistletoe on the old trees is discussed only for "
     "its sale at the Tenbury Wells auctions. Applications close each year at the end of "
     "September.",
     ("traditional orchards", "fruit tree varieties", "veteran trees", "noble chafer", "grants"),
     ("GB",), "2024-01"),
    ("eg14", "project", "fr",
     "Replanter des prés-vergers haute-tige dans le Pays d'Auge : pommiers à cidre, pâturage et "
     "chevêche",
     "Dans le Pays d'Auge, les prés-vergers, où de grands pommiers et poiriers haute-tige sont "
     "plantés dans des prairies pâturées par les vaches normandes, font le paysage et "
     "fournissent les fruits du cidre, du pommeau et du calvados d'appellation, dont le cahier "
     "des charges impose ces arbres de plein vent. Beaucoup de vieux vergers ont pourtant été "
     "arrachés ou remplacés par des vergers basse-tige. Ce projet, porté par une communauté de "
     "communes avec le conservatoire régional des variétés fruitières, la chambre d'agriculture "
     "et une association naturaliste, replante 6 000 arbres de variétés locales (Bisquet, "
     "Fréquin rouge, Douce Moën, Binet rouge) protégés du bétail par des corsets, forme les "
     "agriculteurs à la taille de formation et conserve les vieux arbres creux où nichent la "
     "chevêche d'Athéna, les pics et les mésanges. Il suit les oiseaux et les pollinisateurs des "
     "prés-vergers. Le gui, parfois abondant, et les haies bocagères relèvent d'autres "
     "programmes.",
     ("prés-vergers", "vergers haute-tige", "pommiers à cidre", "variétés fruitières locales",
      "Pays d'Auge"),
     ("FR",), "2023-03"),
    ("eg15", "dataset", "es",
     "Pomaradas tradicionales de Asturias: inventario de árboles, variedades de manzana de sidra "
     "y fauna, 2015-2024",
     "En Asturias se llama pomarada, o pumarada en asturiano, al huerto de manzanos de sidra, "
     "tradicionalmente de árboles altos y viejos plantados en prados donde pastan vacas y "
     "ovejas. Este conjunto de datos, reunido por el centro regional de investigación "
     "agroalimentaria de Villaviciosa con la denominación de origen de la sidra y con "
     "voluntarios, recoge el inventario de 1.200 pomaradas de la comarca de la sidra y del "
     "oriente de Asturias: superficie, edad y porte de los árboles, variedades identificadas "
     "(Regona, Raxao, Collaos, Blanquina y otras del banco de germoplasma), estado sanitario, "
     "manejo del pasto y del abonado, y conteos de aves, murciélagos y abejas silvestres hechos "
     "en noventa de ellas. Muestra que las pomaradas de árbol alto tienen más aves de cavidades "
     "y más flores en el pasto que las plantaciones nuevas en espaldera. Los lirones caretos que "
     "roen la fruta y los robos de manzana se anotan solo en observaciones.",
     ("pomaradas", "manzanos de sidra", "variedades locales", "huertos frutales tradicionales",
      "Asturias"),
     ("ES",), "2024-11"),
    # --- canoeing and kayaking on rivers ---------------------------------------------------------
    ("eg16", "document", "en",
     "Paddling the Wye: a code of conduct for canoeists, kayakers and hire companies on a river "
     "of salmon and otters",
     "The River Wye, protected along its length as a Special Area of Conservation, is one of the "
     "busiest rivers in Britain for canoeing and kayaking: tens of thousands of open canoes are "
     "hired each summer between Hay-on-Wye and Symonds Yat, besides club paddlers and stand-up "
     "paddleboards. This guidance, agreed by the navigation authority, the nature conservation "
     "bodies of England and Wales, paddle sport associations and hire companies, sets out where "
     "to launch and land, how to avoid grounding on the gravel shoals where Atlantic salmon "
     "spawn in winter and water-crowfoot grows in summer, and when not to paddle at very low "
     "flows. It asks paddlers to keep away from banks with otter holts and sand martin colonies, "
     "to stay in groups, to take all litter home, and to check, clean and dry boats so as not to "
     "spread invasive plants or crayfish plague. The farm pollution of the river, a separate "
     "matter, is only mentioned.",
     ("canoeing", "kayaking", "paddle sports", "river conservation", "River Wye"),
     ("GB",), "2023-06"),
    ("eg17", "case-study", "fr",
     "Canoës dans les gorges de l'Ardèche : vingt ans de gestion de la fréquentation dans une "
     "réserve naturelle",
     "Chaque été, plus de 200 000 personnes descendent en canoë-kayak les 32 kilomètres des "
     "gorges de l'Ardèche, entre Vallon-Pont-d'Arc et Saint-Martin-d'Ardèche, au cœur d'une "
     "réserve naturelle nationale. Cette étude de cas retrace comment le gestionnaire de la "
     "réserve, les loueurs de canoës, les communes et l'État ont encadré cette fréquentation "
     "depuis 2004 : bivouacs autorisés seulement à Gaud et à Gournier, sur réservation, "
     "accostage interdit sur les grèves de galets où nichent le petit gravelot et le chevalier "
     "guignette, navigation de nuit interdite, zones de tranquillité au pied des falaises où "
     "niche l'aigle de Bonelli, toilettes et collecte des déchets. Elle analyse les comptages de "
     "bateaux, l'érosion des berges, les conflits avec les pêcheurs et l'effet des étiages de "
     "plus en plus sévères, quand les canoës raclent le fond et dérangent l'apron du Rhône. Les "
     "castors, nombreux dans les gorges, ne sont cités qu'en passant.",
     ("canoë-kayak", "fréquentation touristique", "sports de nature", "réserves naturelles",
      "gorges de l'Ardèche"),
     ("FR",), "2024-02"),
    ("eg18", "need", "es",
     "Necesidad: estudio de capacidad de carga para el piragüismo en el Alto Tajo",
     "En el Parque Natural del Alto Tajo, entre Guadalajara y Cuenca, el descenso en piragua y "
     "en canoa por las hoces del Tajo y del Gallo se ha multiplicado desde 2015 con empresas de "
     "turismo activo que alquilan embarcaciones en Poveda de la Sierra y Peñalén. El parque "
     "regula el piragüismo con autorizaciones, tramos y épocas, pero no sabe cuántas "
     "embarcaciones soporta el río sin dañar los frezaderos de la trucha común, las orillas de "
     "la nutria ni las aves que crían en los cortados, como el alimoche. La dirección del parque "
     "solicita apoyo para un estudio de capacidad de carga: aforos de piraguas en los "
     "embarcaderos, caudales mínimos para navegar, cartografía de orillas erosionadas y de zonas "
     "de desembarco, encuestas a usuarios y empresas, y una propuesta de cupos diarios con un "
     "sistema de reservas en línea. Pide también formación en interpretación del río para los "
     "monitores de piragüismo. El barranquismo en los afluentes no forma parte de la solicitud.",
     ("piragüismo", "canoas y kayaks", "capacidad de carga", "turismo activo", "Alto Tajo"),
     ("ES",), "2024-05"),
    # --- spearfishing ----------------------------------------------------------------------------
    ("eg19", "case-study", "en",
     "Banning night spearfishing with underwater torches: lessons from the qoliqoli of Kadavu, "
     "Fiji",
     "In many Fijian villages young men now spearfish at night with waterproof torches, swimming "
     "over the reef while the fish sleep: catches are large and easy to sell, but the method "
     "empties reefs of big groupers, bumphead parrotfish and other slow-growing species within a "
     "few years. In the customary fishing grounds (qoliqoli) of six districts of Kadavu, chiefs, "
     "fish wardens and the provincial office agreed in 2016 to ban spearfishing at night and "
     "with scuba gear, while allowing daytime breath-hold spearfishing by residents. This case "
     "study compares underwater fish counts, catch records from spearfishers' logbooks and "
     "household interviews before the ban and six years later: the biomass of targeted fish "
     "roughly doubled in patrolled areas, daytime spearfishers caught fewer but larger fish, and "
     "disputes were settled at village meetings. It discusses poaching by outsiders, the "
     "ciguatera that follows storms, and why a national rule on night spearfishing is being "
     "drafted.",
     ("spearfishing", "night spearfishing", "customary fishing grounds", "reef fisheries",
      "Kadavu"),
     ("FJ",), "2023-07"),
    ("eg20", "document", "fr",
     "Chasse sous-marine en Polynésie française : guide des règles et des bonnes pratiques pour "
     "les chasseurs",
     "En Polynésie française, la chasse sous-marine en apnée, au fusil ou à la flèche, nourrit "
     "de nombreuses familles des îles et attire aussi des pratiquants de loisir. Ce guide, "
     "publié par la direction des ressources marines avec les fédérations de pêche sous-marine "
     "et les comités de gestion des zones de pêche réglementées, rappelle les règles : apnée "
     "obligatoire, sans bouteille ni lampe la nuit dans les zones réglementées, tailles "
     "minimales de capture pour les perroquets, les mérous et les loches, espèces interdites "
     "comme le napoléon et les tortues, et périodes de rahui décidées par les communautés. Il "
     "donne des conseils de sécurité (binôme, bouée de signalement, syncope en apnée) et de "
     "choix des prises pour réduire le risque de ciguatera, liste les poissons à ne pas tirer "
     "selon les îles, et invite les chasseurs à déclarer leurs prises dans une application de "
     "suivi des ressources lagonaires.",
     ("chasse sous-marine", "pêche en apnée", "réglementation des pêches", "lagons",
      "Polynésie française"),
     ("PF",), "2022-10"),
    ("eg21", "need", "es",
     "Necesidad: regular la caza submarina del pejeperro y la vieja en la costa de Valparaíso y "
     "Coquimbo",
     "En Chile a la pesca submarina en apnea se le dice caza submarina, y sus cultores, buzos "
     "apneístas con arpón, buscan sobre todo peces de roca como el pejeperro (Semicossyphus "
     "darwini), la vieja negra, la cabrilla y el rollizo. Biólogos marinos y los propios "
     "cazadores han visto desaparecer los pejeperros grandes, todos machos, de los roqueríos de "
     "Valparaíso y Coquimbo, y hoy no hay tallas mínimas ni cuotas para la caza submarina "
     "recreativa, solo la prohibición de usar equipo autónomo. La subsecretaría de pesca y una "
     "federación de caza submarina solicitan apoyo para estimar cuántos cazadores hay y cuánto "
     "capturan, con encuestas y registros de campeonatos, proponer tallas mínimas y una veda del "
     "pejeperro en su época de reproducción, crear un carné de caza submarina con capacitación, "
     "y definir zonas de exclusión en las áreas de manejo de los sindicatos de buzos "
     "mariscadores, donde los conflictos son frecuentes.",
     ("caza submarina", "pesca submarina", "pejeperro", "pesca recreativa", "necesidades"),
     ("CL",), "2024-09"),
    # --- thatch ----------------------------------------------------------------------------------
    ("eg22", "project", "en",
     "Cutting reed for thatch in the Norfolk Broads: reviving a craft that keeps the reedbeds "
     "alive",
     "Norfolk reed (Phragmites australis), cut in winter from the wet reedbeds of the Broads, "
     "has roofed the county's churches, barns and cottages for centuries and is prized by "
     "thatchers across England. By the 2010s only a few dozen reed and sedge cutters were left, "
     "most over fifty, and much of the thatching reed laid in Britain was imported from Turkey, "
     "Hungary and China. This project of the Broads authority, a reed and sedge cutters' "
     "association and a wildlife trust trains young people as reed cutters in two-year "
     "apprenticeships, lends harvesting machines, and helps cutters sell local reed, and saw "
     "sedge (Cladium) for ridges, to thatchers. Rotational cutting keeps reedbeds from drying "
     "out and turning to scrub, to the benefit of bitterns, marsh harriers and bearded tits, and "
     "the project measures bird numbers and reed quality in cut and uncut compartments. "
     "Thatching with wheat straw in other counties is compared.",
     ("thatching", "reed cutting", "reedbeds", "traditional crafts", "Norfolk Broads"),
     ("GB",), "2023-04"),
    ("eg23", "case-study", "fr",
     "Les chaumiers de Brière : le roseau du marais et l'avenir des toits de chaume",
     "Le Parc naturel régional de Brière, au nord de Saint-Nazaire, compte plus de 3 000 "
     "chaumières, la plus forte concentration de toits de chaume de France. Le chaume y est fait "
     "de roseau coupé l'hiver dans le marais indivis, propriété commune de vingt et une communes "
     "depuis le XVe siècle, et les anciens parlent encore de la rouche, mêlée de laîches, qui "
     "couvrait les toits pauvres. Cette étude de cas suit les chaumiers et les coupeurs de "
     "roseau : le déclin des coupes locales, concurrencées par le roseau importé, la gestion des "
     "roselières par le parc et la commission syndicale, les droits d'usage des habitants, et la "
     "pourriture précoce de toits refaits, attribuée à la qualité du roseau et aux hivers doux. "
     "Elle décrit la formation des jeunes chaumiers, les aides aux propriétaires pour refaire un "
     "toit et les essais de marque pour le roseau de Brière. Les filtres plantés de roseaux et "
     "la chasse au gibier d'eau ne sont pas traités.",
     ("chaume", "toits de chaume", "roselières", "savoir-faire traditionnels", "Brière"),
     ("FR",), "2022-11"),
    ("eg24", "need", "es",
     "Necesidad: manejo sostenible de la jatata para los techos de las comunidades tsimane y "
     "mosetén de Pilón Lajas",
     "En la Reserva de la Biosfera y Territorio Comunitario de Origen Pilón Lajas, entre el "
     "norte de La Paz y el Beni, las familias tsimane y mosetén tejen las hojas de la palmera "
     "jatata (Geonoma deversa) en paños que sirven para techar casas, y venden miles de paños al "
     "año en Rurrenabaque y a los albergues turísticos de la región, porque un techo de jatata "
     "dura hasta diez años y es fresco. La cosecha creciente ha alejado la jatata de las "
     "comunidades, y cortar la palmera entera en vez de algunas hojas la mata. El consejo "
     "regional tsimane mosetén y la dirección del área protegida solicitan apoyo para "
     "inventariar los jatatales, aprobar un plan de manejo con turnos de cosecha por comunidad, "
     "capacitar a tejedoras y tejedores en el corte que respeta el cogollo, ensayar viveros y "
     "enriquecimiento del bosque, y negociar precios con los compradores. La palma motacú, usada "
     "para otros techos, solo se inventariaría si sobran fondos.",
     ("jatata", "techos de palma", "productos forestales no maderables", "pueblos indígenas",
      "Pilón Lajas"),
     ("BO",), "2024-08"),
    # --- eucalyptus plantations ------------------------------------------------------------------
    ("eg25", "dataset", "en",
     "Eucalyptus woodlots in the Ethiopian highlands: plantation area, farmers' planting and "
     "spring flows, 2000-2024",
     "Across the highlands of Amhara and Oromia, smallholders have planted Eucalyptus "
     "camaldulensis and E. globulus on field edges, homesteads and former cropland, because the "
     "fast-growing trees sell as poles for building and scaffolding, charcoal and firewood "
     "within five to eight years. This dataset, compiled by a university forestry department "
     "with the regional land bureaus, combines satellite maps of eucalyptus plantation area by "
     "district since 2000, a survey of 2,400 farm households on why they plant, what they earn "
     "and how they manage the coppice, and measurements of soil moisture, crop yields next to "
     "woodlots and the flow of sixty springs in catchments with and without eucalyptus. It shows "
     "plantation area multiplying several times around Lake Tana and in the central highlands, "
     "and lower spring flows and crop yields within twenty metres of woodlots. Notes explain the "
     "regional rules that ban eucalyptus near rivers and wetlands, and the church forests that "
     "keep native trees.",
     ("eucalyptus plantations", "woodlots", "smallholders", "water resources",
      "Ethiopian highlands"),
     ("ET",), "2024-07"),
    ("eg26", "case-study", "fr",
     "Le kininina des Hautes Terres : plantations d'eucalyptus, charbon de bois et forêts "
     "naturelles autour de Moramanga",
     "À Madagascar, on appelle kininina l'eucalyptus, introduit à la fin du XIXe siècle pour "
     "fournir du bois au chemin de fer et aux villes, et qui couvre aujourd'hui des centaines de "
     "milliers d'hectares sur les Hautes Terres. Autour de Moramanga et d'Anjozorobe, les "
     "paysans exploitent ces plantations en taillis pour le charbon de bois et le bois de "
     "chauffe vendus à Antananarivo, ce qui soulage en partie les forêts naturelles voisines. "
     "Cette étude de cas, fondée sur des enquêtes dans quinze villages et sur des placettes "
     "d'inventaire, montre l'intérêt et les limites de l'eucalyptus : revenus réguliers, "
     "sécurisation foncière par la plantation, mais sols appauvris, feux qui passent des "
     "plantations aux lisières forestières et faible diversité sous les arbres. Elle décrit les "
     "essais de plantations mélangées avec des essences autochtones et les transferts de gestion "
     "aux communautés. Les bois de tapia et leur soie sauvage, plus au sud, ne sont évoqués que "
     "pour comparaison.",
     ("eucalyptus", "plantations forestières", "kininina", "bois-énergie",
      "Hautes Terres malgaches"),
     ("MG",), "2023-08"),
    ("eg27", "project", "es",
     "Proyecto: sustituir eucaliptales por frondosas autóctonas en los montes vecinales de A "
     "Mariña lucense",
     "Galicia tiene más de 400.000 hectáreas de eucaliptales, sobre todo de Eucalyptus globulus "
     "y, en la costa norte, de Eucalyptus nitens, plantados para abastecer a la industria de la "
     "celulosa; vecinos y ecologistas hablan de la eucaliptización del monte. Tras la moratoria "
     "autonómica de 2021 a las nuevas plantaciones, este proyecto ayuda a seis comunidades de "
     "montes vecinales en mano común de A Mariña lucense a convertir 300 hectáreas de eucaliptal "
     "en bosques de carballo, castaño, abedul y laurel, empezando por las orillas de los ríos y "
     "los alrededores de las aldeas. Financia la corta y el control de los rebrotes de eucalipto "
     "durante cinco años, plantones de un vivero local, cercados contra el corzo y un plan de "
     "aprovechamiento de castañas y madera de calidad. Mide la humedad del suelo, los caudales "
     "de los regatos y las aves y escarabajos, y compara los ingresos con los del eucalipto. Los "
     "incendios forestales se tratan solo como riesgo.",
     ("eucaliptales", "eucalipto", "montes vecinales", "restauración forestal", "Galicia"),
     ("ES",), "2024-02"),
    # --- top shells (trochus and burgao) ---------------------------------------------------------
    ("eg28", "project", "en",
     "Reopening the trochus harvest in Vanuatu: hatchery seeding, size limits and village tabu "
     "areas",
     "Trochus (Rochia nilotica, long known as Trochus niloticus), a large cone-shaped top shell "
     "of reef flats, was for decades the most valuable marine export of Vanuatu's villages: its "
     "thick mother-of-pearl shell is cut into buttons and inlay in Asia and Europe. Heavy "
     "harvesting led to a national moratorium on trochus exports. This project of the fisheries "
     "department, working with chiefs on Efate, Malekula and Espiritu Santo, breeds juveniles in "
     "the Port Vila hatchery and releases them on reefs kept as tabu areas, surveys adult "
     "densities each year, and reopens the harvest island by island once stocks pass a "
     "threshold, with a minimum and a maximum shell size, a short open season and sales only "
     "through licensed buyers. Communities are trained to grade shells and to run their own "
     "surveys. Green snail, a turban shell also taken for mother-of-pearl, is surveyed at the "
     "same sites.",
     ("trochus", "top shells", "reef fisheries", "stock enhancement", "Vanuatu"),
     ("VU",), "2023-12"),
    ("eg29", "dataset", "fr",
     "Troca de Nouvelle-Calédonie : densités sur les platiers, quotas et exportations de "
     "coquilles, 1992-2024",
     "Le troca (Rochia nilotica), gros troque des platiers récifaux, est ramassé à pied ou en "
     "apnée en Nouvelle-Calédonie pour sa coquille nacrée, exportée vers l'Asie et l'Europe pour "
     "la fabrication de boutons. Ce jeu de données, tenu par les services des pêches des "
     "provinces Nord et Sud et des Îles Loyauté, réunit les comptages de trocas sur des "
     "transects fixes des platiers de la côte Est, de Poum, de l'île des Pins et d'Ouvéa depuis "
     "1992, les tailles mesurées, les quotas annuels par pêcheur, les déclarations de captures "
     "et les exportations de coquilles. Il documente la taille réglementaire, entre 9 et 12 "
     "centimètres de diamètre à la base, les fermetures de zones et les réensemencements à "
     "partir de juvéniles d'écloserie. On y trouve aussi quelques relevés du burgau (Turbo "
     "marmoratus), un gros turbo nacré, et les saisies de coquilles hors taille. Les huîtres "
     "perlières ne sont pas concernées.",
     ("troca", "troques", "pêche récifale", "nacre", "Nouvelle-Calédonie"),
     ("NC",), "2024-05"),
    ("eg30", "need", "es",
     "Necesidad: evaluar y ordenar la extracción del burgao en San Andrés, Providencia y Santa "
     "Catalina",
     "El burgao (Cittarium pica), un caracol marino de concha gruesa en forma de trompo que vive "
     "en las rocas de la zona de rompiente, es parte de la cocina raizal de San Andrés, "
     "Providencia y Santa Catalina, donde en creole lo llaman whelk y se come guisado o en el "
     "rondón. La recolección para restaurantes y hoteles ha dejado pocos burgaos grandes en las "
     "costas rocosas más accesibles, y no hay talla mínima ni temporada de veda en la Reserva de "
     "Biosfera Seaflower. La autoridad ambiental del archipiélago y la secretaría de agricultura "
     "y pesca solicitan apoyo para evaluar el recurso en parcelas fijas, estudiar su crecimiento "
     "y reproducción, proponer una talla mínima, una veda en la época de desove y zonas de no "
     "extracción, y acordar con los recolectores raizales un sistema de registro. Piden además "
     "una campaña con los restaurantes. El caracol pala, que tiene su propio plan de manejo, "
     "queda fuera de la solicitud.",
     ("burgao", "Cittarium pica", "caracoles marinos", "pesca artesanal", "San Andrés"),
     ("CO",), "2024-10"),
)  # fmt: skip
