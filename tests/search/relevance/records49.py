"""Clearing-house records of the forty-ninth judged relevance set
(tests/search/relevance/queries49.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on hedgehogs (hedgehog highways and footprint tunnels in
British gardens; the hérisson d'Europe, tondeuses robots and centres de soins of the Lyon
metropolis; a need for the erizo moruno, the erizo de tierra run over on the roads of Mallorca
and Menorca); on tepuis (the summit flora of the Pantepui; the trek up the Roraima, a tépuy of
the Canaima national park; a need to watch the praderización around the tepuyes of
Chiribiquete); on geoparks (the mangrove boat tours and geoforest parks of Langkawi; the
géosites, agdals and douars of the M'Goun géoparc; the cárcavas and lama-bordo terraces of the
Mixteca Alta geoparque); on the assisted migration of trees (British Columbia's
climate-based seed transfer; the îlots d'avenir of the French forêts domaniales; the oyamel
planted uphill in the Monarch Butterfly Biosphere Reserve); on beach-nesting plovers (hooded
plovers on Victoria's surf beaches; the gravelot à collier interrompu and the beach-cleaning
cribleuses of the Atlantic coast; a need for the chorlo nevado against the 4x4s of the beaches
of Atacama); on lampreys (the Pacific lamprey, the tribes' eels, of the Columbia River; the
lamproies marines of the Gironde basin; the pesqueiras of the Miño); on guinea pigs (cavies in
the kitchens of Cameroon's North West; a need for cobayes, or cochons d'Inde, in South Kivu;
an offer of improved cuyes for the criadores of Cajamarca); on ethnoveterinary medicine (the
biocultural protocol of the Raika camel herders; the pharmacopée vétérinaire of Fulani herders
in Burkina Faso and Niger; the etnoveterinaria of the alpaca herders of Apolobamba); on
recreational angling and catch-and-release (the bonefish flats of the Bahamas; the remise à
l'eau of Atlantic salmon in the rivers, zecs and pourvoiries of Québec; a need for the pesca
con devolución of the dorado in Corrientes); and on sericulture and wild silk (eri and muga
silkworm eggs for Assam and Meghalaya; the landibe, the soie sauvage of Madagascar's tapia
woods; the moreras, gusanos de seda and rebozos of San Pedro Cajonos). English, French and
Spanish, 10 records each, every topic written once in each language (different countries,
projects and angles, not translations of one text).

None of records.py, records3.py, ..., records47.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (hedgehog, Erinaceus, Atelerix, hérisson, erizo; tepui,
tepuy, tépuy, Roraima, Auyán, Canaima, Gran Sabana, Chiribiquete, Heliamphora, table mountain;
geopark, géoparc, geoparque, geoheritage, géopatrimoine, geosite, UNESCO; assisted migration,
assisted colonisation, migration assistée, migración asistida, seed transfer, seed zone,
provenance, procedencia, oyamel; plover, Charadrius, gravelot, pluvier, chorlo, chorlito,
chorlitejo, shorebird, limicole, playero; lamprey, lamproie, lamprea, Petromyzon, Lampetra,
pesqueira; guinea pig, cavy, Cavia, cobaye, cochon d'Inde, cuy, cuyes; ethnoveterinary,
ethnovétérinaire, etnoveterinaria, veterinary, healer, guérisseur, curandero, remedio;
angling, angler, recreational fishing, sport fishing, fly fishing, catch and release, pêche
sportive, pêche de loisir, remise à l'eau, graciation, pesca deportiva, pesca recreativa,
pesca con mosca, captura y suelta, devolución, bonefish, tarpon, dorado, trout; silk,
silkworm, sericulture, Bombyx, Antheraea, muga, eri, tasar, soie, ver à soie, landibe, tapia,
seda, gusano de seda, morera, mûrier, mulberry). Screened and dropped as covered:
dragonflies (bq01-bq03), orchids (o13-o15, be07-be09), olive groves (bg10, bg11, bl04),
sloths (bn10-bn12), penguins (bn07-bn09), bison (bv01-bv03), lichens (bf28-bf30), quinoa
(ba22-ba24), river dolphins (ba01-ba03), sacred groves (u08), horseshoe crabs (l25-l27),
seaweed farming (bv28-bv30), freshwater mussels (br01-br03), crayfish (bm07-bm09), eels
(l04-l06), wild camels (s13-s15), giant African snails (bf07-bf09), fog collectors
(bh28-bh30), bark beetles (bn16-bn18), maerl (bj07-bj09), albatrosses (l01-l03), rosewood
(o10-o12), sandalwood (ba25-ba27), agarwood (i01-i03), argan (y07-y09), annual killifish
(bu06), páramos (m24, bo03), trophy hunting (bo13-bo15), whale-shark tourism (i04-i06), ski
resorts (by28-by30), camera traps (be25, be27), private land conservation (bp19-bp21),
besides the topics of sets 42 to 47; screened with no or passing hits but not chosen:
baobabs (named among threatened trees by u16), platypus, bioluminescent bays, fynbos, wild
rice, arapaima. The nearest are the metaldehyde pages that name hedgehogs
among the animals poisoned by slug pellets (by07, and by08, whose title names the hérissons)
and the wildlife crossing guide that names hérissons among road victims (be23), no hedgehog
page; the inselbergs of French Guiana (bi20) and the páramo pages, no tepui page; no geopark
page; the oyamel forests of the monarch reserve and their illegal logging (i18), no assisted
migration page; the snowy plovers that came to depend on the salt ponds of South San
Francisco Bay (bn19) and the shorebird pages (v05, l25), no plover page; the eel and fish
pass pages (l04-l06, m25), no lamprey page; no guinea pig page (the only "cuy" hits are the
Spanish "cuyo", "cuya"); the Red Maasai sheep (m01) and the veterinary pages, no
ethnoveterinary page; the guide to recreational shellfish gathering, the pêche à pied de
loisir of Brittany (by11), the safe release guidelines for anglers of the sawfish plan (bj04)
and the anglers named in passing by bm07, ca03 and ca04, no angling page; and the learning
route that visits the tapia woods of Arivonimamo, "où la soie sauvage fait vivre les
familles" (bx23), no silk page. records48.py (ids cb01..cb30, chemicals, waste, health, energy
and biosafety topics), written at the same time by another engineer, was searched for the
same words once it was finished: none of its records is about these topics (the cabanes à
pêche blanche of cb08 and the Banc d'Arguin of cb14 are passing).

Traps: the erizos de mar that cc03 says it is not about, and the sea urchins (erizos) of the
recolectores that cc15 names, are no hedgehogs; the chorlitejo patinegro (Kentish plover) that
cc15 names for comparison; the sport fishing charters of cc07, the surf fishers of cc13 and
the salmón and reo fished with caña in cc18 are passing; the cuyes that the alpaca herders of
cc24 also raise; the migración de los jóvenes of cc09 is no assisted migration; Chiribiquete
(cc06) is closed to tourism; cc18 names France (lamprea importada de Francia); the seda
silvestre that cc30 excludes; the "eels" of cc16 are lampreys, and the angulas and anguilles
of cc18 and cc17 are passing; the monarch butterflies and illegal logging of cc12, the
scolytes of cc11 and the mountain pine beetle of cc10 are passing; the camels of cc22 are
livestock.

Ids (cc01..cc30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
ca01..ca30, cb01..cb30), and no earlier id starts with "cc".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- hedgehogs ------------------------------------------------------------------------------
    ("cc01", "dataset", "en",
     "Hedgehog highways and garden sightings: a citizen survey of hedgehogs in British gardens, "
     "2014-2024",
     "The West European hedgehog (Erinaceus europaeus) has declined sharply in the British "
     "countryside since the 1990s, while towns and suburbs now hold many of the remaining "
     "animals. This dataset gathers ten years of records sent by householders to a national "
     "hedgehog map run by two wildlife charities: sightings, dead animals, nests in compost "
     "heaps and log piles, and more than 20,000 'hedgehog highways', the 13 by 13 centimetre "
     "holes cut in garden fences and walls so that a hedgehog can roam the one or two "
     "kilometres it travels each night. Footprint tunnels set by volunteers in 2019-2023 give "
     "presence and absence in 1,300 gardens and parks. Road deaths counted by drivers, injuries "
     "from strimmers and robotic lawnmowers, and admissions to rescue centres are included, "
     "with a field for the slug pellets, netting and open drains reported in each garden. "
     "Badger densities and rural survey plots are added for comparison.",
     ("hedgehogs", "Erinaceus europaeus", "urban wildlife", "citizen science",
      "habitat connectivity"),
     ("GB",), "2024-10"),
    ("cc02", "project", "fr",
     "Le hérisson d'Europe dans la métropole de Lyon : tunnels à empreintes, jardins refuges et "
     "centres de soins",
     "Le hérisson d'Europe, espèce protégée en France depuis 1981, recule dans les campagnes de "
     "grandes cultures et trouve en ville des jardins, des parcs et des friches, mais aussi des "
     "routes, des clôtures pleines et des tondeuses robots qui le blessent la nuit. Ce projet, "
     "porté par une association naturaliste avec la métropole et deux centres de soins de la "
     "faune sauvage, pose chaque printemps des tunnels à empreintes dans 400 jardins de "
     "particuliers, cimetières et squares pour cartographier la présence de l'animal, et aide "
     "les habitants à ouvrir des passages de 13 cm dans les clôtures, à laisser des tas de "
     "feuilles et de bois mort et à renoncer aux granulés anti-limaces. Il forme les jardiniers "
     "municipaux à faucher les talus à la main, demande aux vendeurs de tondeuses robots de "
     "conseiller un usage de jour, et suit les hérissons soignés puis relâchés avec une puce. "
     "Les jeunes trouvés trop maigres à l'automne sont pesés et hivernés dans les centres avant "
     "leur remise en liberté.",
     ("hérissons", "Erinaceus europaeus", "nature en ville",
      "centres de soins de la faune sauvage", "continuités écologiques"),
     ("FR",), "2024-03"),
    ("cc03", "need", "es",
     "Necesidad: reducir los atropellos del erizo moruno en las carreteras de Mallorca y "
     "Menorca",
     "El erizo moruno (Atelerix algirus), el erizo de tierra de las Baleares, llegó a las islas "
     "hace siglos desde el norte de África y vive en los campos de secano, las garrigas, los "
     "márgenes de piedra seca y los jardines; está protegido por la Directiva Hábitats. Es, con "
     "los sapos, el animal que más muere atropellado en las carreteras de Mallorca y Menorca: "
     "los voluntarios cuentan cientos de erizos aplastados cada primavera, cuando los machos "
     "recorren kilómetros en busca de hembras. La consejería de medio ambiente solicita apoyo "
     "para recorrer a pie o en bicicleta tramos fijos de carretera y registrar los atropellos "
     "con una aplicación, marcar con radioemisores a unos cuarenta erizos para conocer sus "
     "desplazamientos, adaptar drenajes y pasos inferiores y señalizar los puntos negros, y "
     "hacer campañas con los centros de recuperación de fauna. Pide también un estudio genético "
     "para comparar los erizos de las islas con los de la península. No se trata de los erizos "
     "de mar que se mariscan en la costa.",
     ("erizos", "Atelerix algirus", "atropellos de fauna", "carreteras", "Islas Baleares"),
     ("ES",), "2024-04"),
    # --- tepuis ---------------------------------------------------------------------------------
    ("cc04", "dataset", "en",
     "Summit flora of the Pantepui: plant records from the tepuis of Venezuela, Guyana and "
     "Brazil, 1940-2023",
     "The tepuis, the flat-topped sandstone table mountains of the Guiana Shield, rise with "
     "sheer walls up to a thousand metres above the savannas and forests of southern Venezuela, "
     "western Guyana and northern Brazil. Their summits, isolated for millions of years, hold a "
     "flora in which a third or more of the species are found nowhere else: marsh pitcher "
     "plants (Heliamphora), sundews, bromeliads and dwarf shrubs on bare rock, peat and boggy "
     "meadows. This dataset compiles some 9,800 specimen records and vegetation plots from 46 "
     "summits, from the botanical expeditions of the 1940s to the helicopter surveys of the "
     "2010s, with altitude, substrate and position checked against herbarium labels. It adds "
     "modelled temperatures for the summit areas and flags the endemic species whose whole "
     "range lies on a single tepui, which warming could leave with no higher ground to move to. "
     "Fires lit on the surrounding savannas are mapped in a separate layer.",
     ("tepuis", "Pantepui", "endemic plants", "Guiana Shield", "climate change"),
     ("VE", "GY", "BR"), "2023-11"),
    ("cc05", "case-study", "fr",
     "Monter au Roraima : encadrer la randonnée sur un tépuy du parc national Canaima",
     "Le Roraima, tépuy de grès de 2 810 mètres à la frontière du Venezuela, du Guyana et du "
     "Brésil, attire chaque année plusieurs milliers de randonneurs qui partent du village "
     "pémon de Paraitepui pour six à huit jours de marche avec des guides et des porteurs de la "
     "communauté. Cette étude de cas, réalisée avec le conseil des communautés pémones et "
     "l'administration du parc national Canaima, examine quinze ans de fréquentation : érosion "
     "des sentiers dans la savane et sur la rampe, bivouacs au sommet, prélèvement de cristaux "
     "de quartz et de plantes comme les héliamphores, piétinement des tourbières où vit le "
     "petit crapaud noir Oreophrynella, et déjections humaines, que les porteurs doivent "
     "désormais redescendre dans des sacs. Elle décrit le registre des visiteurs, la fouille "
     "des sacs au retour, le partage des revenus entre familles de porteurs et les tensions "
     "avec les agences de Santa Elena de Uairén. Elle recommande un quota journalier, des aires "
     "de bivouac fixes et une formation des guides à l'écologie des tépuys.",
     ("tépuys", "tourisme de randonnée", "parc national Canaima", "Pémons",
      "gestion de la fréquentation"),
     ("VE",), "2022-10"),
    ("cc06", "need", "es",
     "Necesidad: monitorear la deforestación alrededor de los tepuyes de la Serranía de "
     "Chiribiquete",
     "La Serranía de Chiribiquete, entre Caquetá y Guaviare, es un conjunto de tepuyes, mesetas "
     "de arenisca de paredes verticales que emergen de la selva amazónica, con una flora "
     "emparentada con la del Escudo Guayanés y decenas de miles de pinturas rupestres en sus "
     "abrigos rocosos. El parque nacional natural, ampliado en 2018 a más de 4,2 millones de "
     "hectáreas e inscrito ese año como patrimonio mundial, está cerrado al turismo. Por su "
     "borde norte y occidental avanzan la praderización y la potrerización: quemas para sembrar "
     "pasto, acaparamiento de tierras, ganadería extensiva y trochas abiertas ilegalmente. "
     "Parques Nacionales Naturales solicita apoyo para un sistema de alertas tempranas con "
     "imágenes de radar que vean a través de las nubes, sobrevuelos periódicos, una red de "
     "guardaparques y de familias campesinas que firmen acuerdos de conservación en la zona de "
     "influencia, y un inventario botánico de las cimas de los tepuyes, casi desconocidas. Pide "
     "además protocolos para proteger a los pueblos indígenas en aislamiento que viven dentro "
     "del parque.",
     ("tepuyes", "Chiribiquete", "deforestación", "parques nacionales", "Amazonía colombiana"),
     ("CO",), "2024-02"),
    # --- geoparks -------------------------------------------------------------------------------
    ("cc07", "project", "en",
     "Langkawi UNESCO Global Geopark: managing mangrove boat tours and geoforest parks",
     "Langkawi, an archipelago of 99 islands off the north-west coast of Peninsular Malaysia, "
     "became South-East Asia's first UNESCO Global Geopark in 2007 for its Cambrian sandstones, "
     "marble karst and the oldest rocks of the country. Three geoforest parks, Machinchang, "
     "Kilim Karst and Dayang Bunting Marble, protect the rock landscapes together with "
     "mangroves, limestone forest, dusky leaf monkeys, bats in sea caves and the brahminy kites "
     "and white-bellied sea eagles over the estuaries. The project, run by the island's "
     "development authority with the state forestry department and universities, tackles the "
     "side effects of geotourism: hundreds of boats a day on the Kilim river, the feeding of "
     "eagles with chicken skin to draw tourists, which changed the birds' diet and behaviour, "
     "wake erosion of mangrove banks, and new resorts on the geosites. It licenses boat "
     "operators, has ended eagle feeding, trains local guides in the geology and ecology of the "
     "geopark, and monitors mangrove cover and eagle numbers. Sport fishing charters are "
     "licensed by another agency.",
     ("geoparks", "UNESCO Global Geoparks", "geotourism", "mangroves", "karst"),
     ("MY",), "2023-07"),
    ("cc08", "document", "fr",
     "Géoparc mondial UNESCO du M'Goun : guide des géosites et de la biodiversité pour les "
     "guides de montagne",
     "Le géoparc du M'Goun, dans la province d'Azilal, au cœur du Haut Atlas central, est "
     "devenu en 2014 le premier géoparc d'Afrique reconnu par l'UNESCO. Il réunit les "
     "empreintes de dinosaures de Iouaridène, le pont naturel d'Imi n'Ifri, le massif du M'Goun "
     "qui dépasse 4 000 mètres et la vallée des Aït Bouguemez. Ce guide, préparé par le conseil "
     "provincial et l'université de Béni Mellal, présente aux guides de montagne et aux gérants "
     "de gîtes une soixantaine de géosites et la biodiversité qui les accompagne : genévriers "
     "thurifères centenaires, pelouses d'altitude, mouflons à manchettes, gypaètes et plantes "
     "endémiques des éboulis. Il explique les agdals, ces mises en défens saisonnières des "
     "pâturages et des forêts décidées par les assemblées villageoises, et les greniers "
     "collectifs (igherm), puis les règles du géoparc : ne prélever ni fossiles ni roches, ne "
     "pas graver les dalles à empreintes, rester sur les sentiers muletiers. Il propose des "
     "circuits de géotourisme qui font vivre les douars.",
     ("géoparcs", "géoparcs mondiaux UNESCO", "géotourisme", "patrimoine géologique",
      "Haut Atlas"),
     ("MA",), "2022-04"),
    ("cc09", "case-study", "es",
     "Geoparque Mundial UNESCO Mixteca Alta: suelos, terrazas y geoturismo comunitario en "
     "Oaxaca",
     "La Mixteca Alta de Oaxaca perdió durante siglos sus suelos por el pastoreo de cabras, la "
     "tala y el arado en laderas, hasta dejar cárcavas de decenas de metros que hoy forman un "
     "paisaje geológico único. En 2017 un grupo de comunidades ñuu savi de la región fue "
     "reconocido como Geoparque Mundial de la UNESCO, uno de los dos primeros de México junto "
     "con el de la Comarca Minera de Hidalgo. Este estudio de caso sigue cómo los comités "
     "comunitarios de geoturismo guían a los visitantes por las cárcavas, los fósiles marinos y "
     "las lama-bordo, terrazas de origen prehispánico que retienen los sedimentos y donde se "
     "siembra maíz, y cómo parte de lo que pagan los visitantes financia la reforestación con "
     "encinos, zanjas trinchera y viveros. Examina también sus límites: pocas visitas, "
     "dependencia de fondos públicos, conflictos de linderos entre comunidades y la migración "
     "de los jóvenes a Estados Unidos, que deja las terrazas sin mano de obra. Concluye que el "
     "geoparque funciona cuando lo administra la asamblea comunitaria.",
     ("geoparques", "geoturismo", "erosión de suelos", "terrazas agrícolas", "Mixteca"),
     ("MX",), "2023-09"),
    # --- assisted migration of trees ------------------------------------------------------------
    ("cc10", "document", "en",
     "Climate-based seed transfer: guidance on moving tree seed to match future climates in "
     "British Columbia",
     "British Columbia plants some 250 million tree seedlings a year on logged and burned land, "
     "and the trees planted today must grow through the climate of the 2080s. Since 2022 the "
     "province's seed transfer rules no longer use fixed geographic seed zones: under "
     "climate-based seed transfer (CBST), each seedlot is matched to the climates where it is "
     "expected to grow well, and foresters may plant seed from sources that are warmer, usually "
     "lower or further south, than the planting site. This guidance explains the steps and the "
     "limits set for each species, and reports the results of the Assisted Migration Adaptation "
     "Trial, which since 2009 has tested seed sources of 15 species at some 48 sites from "
     "northern California to Yukon. It also describes the assisted migration of western larch "
     "several hundred kilometres north of its native range, and warns against moving species "
     "into new ecosystems without a risk assessment. Mountain pine beetle and wildfire losses "
     "are cited as reasons for the change.",
     ("assisted migration", "seed transfer", "forest genetic resources",
      "climate change adaptation", "reforestation"),
     ("CA",), "2023-03"),
    ("cc11", "project", "fr",
     "Îlots d'avenir : tester des essences et des provenances plus méridionales dans les forêts "
     "domaniales",
     "Depuis les sécheresses de 2018 à 2022, les épicéas attaqués par les scolytes, les hêtres "
     "et les chênes pédonculés dépérissent dans une grande partie des forêts de plaine "
     "françaises. L'Office national des forêts plante dans les forêts domaniales des îlots "
     "d'avenir, parcelles de 0,5 à 5 hectares où l'on teste des essences et des provenances "
     "venues de régions plus chaudes et plus sèches : chênes sessiles et pubescents d'origine "
     "méridionale, cèdre de l'Atlas, pin de Salzmann, sapin de Céphalonie, chêne zéen. C'est "
     "une forme de migration assistée : on accompagne en quelques décennies un déplacement des "
     "aires de répartition que les arbres ne pourraient faire seuls. Le projet relève la survie "
     "et la croissance des plants, les dégâts de gibier, les gelées tardives et les attaques "
     "d'insectes, et évalue le risque que certaines essences exotiques deviennent "
     "envahissantes. Les résultats alimentent les conseils aux propriétaires forestiers et la "
     "liste des matériels forestiers de reproduction éligibles aux aides au reboisement.",
     ("migration assistée", "adaptation des forêts au changement climatique", "provenances",
      "dépérissement forestier", "forêts domaniales"),
     ("FR",), "2024-01"),
    ("cc12", "dataset", "es",
     "Migración asistida del oyamel: supervivencia de plántulas trasladadas a mayor altitud en "
     "la Reserva de la Biosfera Mariposa Monarca, 2015-2024",
     "El oyamel (Abies religiosa) forma los bosques de alta montaña de Michoacán y del Estado "
     "de México donde pasan el invierno las mariposas monarca, y los modelos climáticos indican "
     "que hacia 2090 su clima adecuado estará entre 300 y 500 metros más arriba, cerca de las "
     "cumbres. Este conjunto de datos, de una universidad michoacana con ejidos de la reserva y "
     "viveros comunitarios, reúne los ensayos de migración asistida altitudinal: semillas de "
     "oyamel de diez procedencias recogidas entre 2.400 y 3.600 metros, criadas en vivero y "
     "plantadas a distintas altitudes, incluso por encima del límite actual de la especie, bajo "
     "arbustos nodriza o a cielo abierto. Para unas 12.000 plántulas registra altitud, "
     "procedencia, sombra, supervivencia anual, altura y daños por heladas y por sequía, con "
     "datos de temperatura y humedad del suelo. Los resultados muestran que las plántulas de "
     "procedencias más bajas sobreviven mejor cuando se plantan arriba y bajo arbustos. La tala "
     "ilegal y el turismo que visita las colonias no se tratan aquí.",
     ("migración asistida", "oyamel", "Abies religiosa", "adaptación al cambio climático",
      "mariposa monarca"),
     ("MX",), "2024-06"),
    # --- beach-nesting plovers ------------------------------------------------------------------
    ("cc13", "project", "en",
     "Hooded plovers on Victoria's surf beaches: volunteer nest wardens, fencing and dog rules",
     "The hooded plover (Thinornis cucullatus), a small beach-nesting shorebird of southern "
     "Australia, lays two or three sand-coloured eggs in a scrape on the open beach between the "
     "tide line and the dunes in spring and summer, exactly when beaches are busiest. Chicks "
     "cannot fly for five weeks and must run to the water's edge to feed, so eggs are crushed "
     "by walkers, chicks are chased by off-leash dogs, and foxes, ravens and gulls take the "
     "rest. Fewer than 600 birds remain on Victoria's ocean coast. The project, led by a bird "
     "conservation organisation with coastal land managers and councils, trains some 400 "
     "volunteers to find nests, put up temporary rope fences and signs and watch over chicks on "
     "busy days, and argues for dog rules on nesting beaches. It also talks to four-wheel-drive "
     "clubs and to the surf fishers who drive onto beaches to reach the gutters, and tracks "
     "breeding success, which has risen from a handful of fledglings a season to more than "
     "sixty.",
     ("hooded plover", "beach-nesting birds", "shorebirds", "volunteers", "dogs on beaches"),
     ("AU",), "2024-01"),
    ("cc14", "document", "fr",
     "Gravelot à collier interrompu : guide pour concilier nettoyage des plages et nidification "
     "sur le littoral atlantique",
     "Le gravelot à collier interrompu (Charadrius alexandrinus), petit limicole au dos couleur "
     "de sable, pond de mars à juillet trois œufs à même le sable, en haut de plage, dans la "
     "laisse de mer et au pied de la dune blanche. Sur la côte atlantique, de la Bretagne à la "
     "Gironde, ses effectifs nicheurs ont diminué de moitié en trente ans : les cribleuses qui "
     "nettoient mécaniquement les plages au printemps détruisent pontes et poussins, comme le "
     "piétinement, les chiens non tenus en laisse, les chevaux et les véhicules. Ce guide, "
     "rédigé par un conservatoire d'espaces naturels avec des communes littorales, explique "
     "comment reconnaître un nid, délimiter des enclos de quelques dizaines de mètres carrés "
     "avec des piquets et une cordelette, informer les baigneurs par des panneaux et remplacer "
     "le criblage par un ramassage manuel des déchets pour garder la laisse de mer, riche en "
     "insectes. Il propose un calendrier des travaux de plage et un protocole de suivi des "
     "couples et des envols.",
     ("gravelot à collier interrompu", "limicoles", "nettoyage des plages", "laisse de mer",
      "oiseaux nicheurs des plages"),
     ("FR",), "2023-03"),
    ("cc15", "need", "es",
     "Necesidad: proteger los nidos del chorlo nevado frente a los vehículos en las playas de "
     "Atacama y Coquimbo",
     "El chorlo nevado (Charadrius nivosus), un chorlito playero de apenas 40 gramos, anida en "
     "las playas arenosas y salinas del norte de Chile, desde Arica hasta Coquimbo, en "
     "depresiones en la arena que pasan inadvertidas; hasta hace poco se lo consideraba la "
     "misma especie que el chorlitejo patinegro de Europa. Los censos de voluntarios muestran "
     "que cada verano se pierden muchos nidos bajo las ruedas de camionetas 4x4, motos y "
     "cuatrimotos que circulan por las playas, y por los perros asilvestrados. La secretaría "
     "regional del medio ambiente, con una ONG de aves, solicita apoyo para delimitar áreas de "
     "nidificación con cercos y letreros, instalar barreras que impidan el paso de vehículos a "
     "las playas de Bahía Inglesa, Totoral y Punta de Choros, capacitar a municipios, "
     "inspectores y carabineros para fiscalizar, y censar cada temporada los nidos, los huevos "
     "eclosionados y los volantones. Pide además conversar con los pescadores y con los "
     "recolectores de machas y de erizos que llegan en vehículo a la costa.",
     ("chorlo nevado", "aves playeras", "nidificación", "vehículos en playas", "Atacama"),
     ("CL",), "2024-09"),
    # --- lampreys -------------------------------------------------------------------------------
    ("cc16", "project", "en",
     "Bringing back Pacific lamprey: tribal translocation and dam passage in the Columbia River "
     "basin",
     "Pacific lamprey (Entosphenus tridentatus), which the tribes of the Columbia Plateau call "
     "eels, has been a first food and medicine for thousands of years; families still harvest "
     "them by hand at Willamette Falls, one of the last places where adults gather in numbers. "
     "Counts at Bonneville Dam fell from hundreds of thousands in the 1960s to a few tens of "
     "thousands, because dams, fish ladders built for salmon and dewatered tributaries block "
     "the migrating adults and kill the larvae, which live for years buried in stream sediment. "
     "The project, led by the Yakama, Umatilla, Nez Perce and Warm Springs tribes with federal "
     "agencies, collects adults at the lower dams and releases them in upstream tributaries "
     "where lamprey had vanished, fits lamprey passage ramps at dams, samples larvae by "
     "electrofishing and environmental DNA, and teaches children to prepare dried eel. Unlike "
     "the sea lamprey, an invader in the Great Lakes, this native fish is a keystone of the "
     "river's food web.",
     ("lampreys", "Pacific lamprey", "tribal fisheries", "fish passage", "Columbia River"),
     ("US",), "2023-06"),
    ("cc17", "dataset", "fr",
     "Lamproies marines du bassin Gironde-Garonne-Dordogne : captures, comptages aux passes à "
     "poissons et suivi des frayères, 1990-2024",
     "La lamproie marine (Petromyzon marinus) remonte chaque printemps de l'océan vers les "
     "rivières du bassin de la Gironde pour frayer sur des radiers de galets, où elle creuse "
     "des nids avec sa bouche en ventouse, puis meurt. Le bassin a longtemps abrité la plus "
     "grande population d'Europe, pêchée à la nasse et au filet par les pêcheurs professionnels "
     "de l'estuaire et cuisinée en lamproie à la bordelaise. Ce jeu de données, rassemblé par "
     "l'association des migrateurs Garonne-Dordogne, les fédérations de pêche et l'office "
     "français de la biodiversité, réunit les déclarations de captures, les comptages vidéo aux "
     "passes à poissons de Golfech sur la Garonne et de Tuilières sur la Dordogne, les "
     "comptages de nids sur les frayères et les densités de larves, les ammocètes, dans les "
     "sédiments. Il montre l'effondrement des remontées depuis 2010, qui a conduit à "
     "restreindre puis à suspendre la pêche. L'alose et l'anguille, comptées aux mêmes "
     "stations, sont publiées à part ; la lamproie fluviatile et la lamproie de Planer sont "
     "aussi notées.",
     ("lamproies", "Petromyzon marinus", "poissons migrateurs amphihalins", "passes à poissons",
      "Gironde"),
     ("FR",), "2024-12"),
    ("cc18", "case-study", "es",
     "Las pesqueiras del Miño y la lamprea: pesca tradicional, patrimonio y declive en el tramo "
     "internacional",
     "En el tramo internacional del río Miño, entre Galicia y el norte de Portugal, se "
     "conservan cientos de pesqueiras, muros de piedra que avanzan en diagonal desde la orilla "
     "y encauzan el agua hacia una boca donde se coloca el butrón o la red para atrapar la "
     "lamprea de mar que remonta el río entre enero y abril. Muchas tienen siglos y se heredan "
     "por partes entre familias de Arbo, As Neves y Crecente; la fiesta de la lamprea de Arbo "
     "atrae a miles de visitantes. Este estudio de caso, de una universidad gallega con las "
     "cofradías, reconstruye las capturas desde 1990, que han caído por el embalse de Frieira y "
     "otras presas que cortan el acceso a las zonas de freza. Analiza los turnos y las vedas y "
     "la lamprea importada de Francia para los restaurantes, y propone declarar las pesqueiras "
     "bien de interés cultural y abrir escalas en los azudes. En el río también se pescan "
     "angulas y, con caña, salmón y reo, que no se tratan aquí.",
     ("lampreas", "pesqueiras", "pesca tradicional", "patrimonio cultural", "río Miño"),
     ("ES", "PT"), "2023-04"),
    # --- guinea pigs ----------------------------------------------------------------------------
    ("cc19", "project", "en",
     "Guinea pigs for household nutrition in Cameroon's North West region: hutches, forages and "
     "breeding stock",
     "In the highlands around Bamenda, as in many villages of Cameroon, guinea pigs (Cavia "
     "porcellus), or cavies, are kept in kitchens and small hutches by women and children, fed "
     "on kitchen scraps and weeds, and eaten at feasts or sold when school fees fall due. They "
     "breed fast, need little space or money, and can be cared for by families who cannot own "
     "cattle. Yet losses are high: mange, diarrhoea, cold, theft, and inbreeding in small "
     "herds. The project, run by a university with a livestock research institute and women's "
     "groups, builds raised wooden hutches, trains farmers to grow and dry forage legumes and "
     "grasses, exchanges breeding males between villages, and compares local cavies with "
     "heavier improved lines and their crosses. It records litter size, weaning weights, deaths "
     "and the cavies eaten or sold in 300 households. Grasscutters and rabbits, raised by some "
     "of the same families, are covered by other projects.",
     ("guinea pigs", "cavies", "microlivestock", "food security", "women farmers"),
     ("CM",), "2022-08"),
    ("cc20", "need", "fr",
     "Besoin : appui à l'élevage de cobayes dans les ménages ruraux du Sud-Kivu",
     "Au Sud-Kivu, dans l'est de la République démocratique du Congo, de nombreux ménages "
     "ruraux et déplacés élèvent des cobayes, ou cochons d'Inde, dans la cuisine ou dans de "
     "petits enclos : ils se nourrissent d'herbes et d'épluchures, se reproduisent vite et "
     "fournissent de la viande aux enfants et un peu d'argent, là où chèvres et vaches ont été "
     "volées pendant les conflits. Une université de Bukavu et des organisations paysannes de "
     "Kabare et de Walungu demandent un appui pour former 2 000 éleveuses à la construction de "
     "clapiers surélevés, à la culture de fourrages (Brachiaria, Desmodium, patate douce) et "
     "aux soins contre la gale et les parasites, pour créer des noyaux de reproducteurs de "
     "souches locales et améliorées, et pour organiser la vente sur les marchés de Bukavu. "
     "Elles demandent aussi une étude de la diversité génétique des cobayes de la région, "
     "introduits d'Amérique du Sud il y a plus d'un siècle. Le mot cobaye désigne ici l'animal "
     "d'élevage, non l'animal de laboratoire.",
     ("cobayes", "cochons d'Inde", "petit élevage", "sécurité alimentaire", "Sud-Kivu"),
     ("CD",), "2024-05"),
    ("cc21", "support-source", "es",
     "Oferta: reproductores de cuyes mejorados y asistencia técnica para criadores de Cajamarca",
     "En la sierra del Perú casi cada familia campesina cría cuyes en la cocina o en un galpón, "
     "y el cuy se come en las fiestas, se vende en las ferias y es plato emblemático de "
     "Cajamarca, Cusco y Arequipa. Una estación experimental agraria de Cajamarca ofrece a "
     "asociaciones de criadores y municipalidades reproductores de las razas Perú, Andina e "
     "Inti, desarrolladas en el país a partir del cuy criollo, y capacitación para pasar de la "
     "crianza familiar a la familiar-comercial: pozas y jaulas, sanidad contra la salmonelosis "
     "y la sarna, siembra de alfalfa y rye grass asociados, empadre y destete, registro de "
     "camadas y beneficio. La oferta incluye también la conservación de los cuyes criollos de "
     "las comunidades, más pequeños pero resistentes y adaptados a la altura, en un banco de "
     "germoplasma, para no perder la diversidad genética de la especie en su centro de origen. "
     "Se atiende en tres campañas por año.",
     ("cuyes", "razas de cuyes", "recursos zoogenéticos", "crianza familiar-comercial",
      "Cajamarca"),
     ("PE",), "2023-11"),
    # --- ethnoveterinary medicine ---------------------------------------------------------------
    ("cc22", "document", "en",
     "The Raika biocultural protocol: camel herders' ethnoveterinary knowledge and their rights "
     "over it",
     "The Raika, a pastoral community of Rajasthan, have bred camels for centuries and keep "
     "local breeds adapted to the Aravalli hills and the Thar desert. Their healers treat "
     "camels, sheep and goats with plants and minerals gathered on common grazing land and in "
     "forests: neem and ak leaves for wounds, mixtures against surra (trypanosomosis) and "
     "mange, bone-setting and firing. This document is the community's biocultural protocol, "
     "one of the first drawn up under the Convention on Biological Diversity's provisions on "
     "traditional knowledge, prepared with a local NGO and lawyers. It records which "
     "ethnoveterinary remedies the Raika agree to share and which they do not, sets out how "
     "researchers and companies must seek their prior informed consent and share benefits under "
     "India's Biological Diversity Act and the Nagoya Protocol, and asks the forest department "
     "to restore their customary grazing rights, without which neither the medicinal plants nor "
     "the breeds will survive.",
     ("ethnoveterinary medicine", "traditional knowledge", "biocultural protocols", "camels",
      "Nagoya Protocol"),
     ("IN",), "2022-02"),
    ("cc23", "case-study", "fr",
     "Pharmacopée vétérinaire des éleveurs peuls : étude de cas sur l'ethnomédecine vétérinaire "
     "au Sahel burkinabè et nigérien",
     "Dans les zones pastorales du Séno, de l'Oudalan et du Dallol Bosso, les éleveurs peuls "
     "soignent leurs zébus, moutons et chèvres avec des savoirs transmis de génération en "
     "génération : écorces de caïlcédrat contre les diarrhées, feuilles de Guiera senegalensis "
     "contre la toux, fumigations, cautérisation au fer rouge, et conduite des troupeaux qui "
     "évite les mares infestées de parasites. Cette étude de cas, menée par un institut de "
     "recherche agronomique avec des associations d'éleveurs, a interrogé 180 bergers et 25 "
     "guérisseurs d'animaux, recensé 94 plantes et vérifié en laboratoire l'effet de douze "
     "remèdes contre les vers et les tiques. Elle montre que l'ethnomédecine vétérinaire reste "
     "le premier recours quand le vétérinaire est à des jours de marche, décrit le rôle des "
     "auxiliaires d'élevage formés aux deux approches, et alerte sur la raréfaction de ligneux "
     "surexploités pour leurs écorces. Elle recommande de documenter ces savoirs avec le "
     "consentement des communautés et de les intégrer à la formation des agents d'élevage.",
     ("ethnomédecine vétérinaire", "savoirs traditionnels", "pastoralisme", "plantes médicinales",
      "Peuls"),
     ("BF", "NE"), "2023-07"),
    ("cc24", "project", "es",
     "Etnoveterinaria andina: recuperar los saberes de los criadores de alpacas y llamas de "
     "Apolobamba",
     "En las comunidades aymaras y quechuas del área protegida de Apolobamba, en el altiplano "
     "norte de La Paz, las familias crían alpacas y llamas en bofedales a más de 4.300 metros y "
     "comparten los pastos con la vicuña. Para curar la sarna, la diarrea de las crías y los "
     "parásitos usan plantas de la puna como la chachacoma y la muña, sebo de llama, sal y "
     "azufre, y ritos que acompañan el trabajo con el ganado. Este proyecto, de una fundación "
     "con el servicio nacional de áreas protegidas y una universidad pública, registra con los "
     "ancianos y los yatiris estos remedios en fichas bilingües, prueba en laboratorio los más "
     "usados contra la sarna, forma a promotores comunales de sanidad animal que combinan los "
     "remedios tradicionales con las vacunas y los antiparasitarios, y siembra en los huertos "
     "las plantas medicinales que escasean. Las familias, que también crían cuyes en sus "
     "cocinas, conservan los derechos sobre el conocimiento registrado.",
     ("etnoveterinaria", "conocimientos tradicionales", "camélidos sudamericanos", "alpacas",
      "Apolobamba"),
     ("BO",), "2024-07"),
    # --- recreational angling and catch-and-release ---------------------------------------------
    ("cc25", "case-study", "en",
     "Flats fishing in the Bahamas: licences, lodges and catch-and-release for bonefish",
     "Every year tens of thousands of visiting anglers fly to Andros, Abaco, Grand Bahama and "
     "the Exumas to wade or pole the shallow sand and seagrass flats for bonefish, permit and "
     "tarpon, almost all with fly rods and almost all fish released. Recreational flats fishing "
     "brings the islands' lodges, guides and boat builders more than 140 million dollars a "
     "year. This case study reviews the flats fishing regulations of 2017, which require "
     "foreign anglers to buy a licence, guides to be certified and lodges to be registered, and "
     "put part of the fees into a conservation fund. It summarises the tagging that found "
     "bonefish spawning aggregations at a few reef-edge sites, the research on how handling and "
     "air exposure affect survival after release, and the national parks created over key flats "
     "of West Andros. It weighs the disputes between local guides and visiting do-it-yourself "
     "anglers, and the damage done by hurricanes and by dredging for marinas.",
     ("recreational fishing", "catch and release", "fly fishing", "bonefish", "ecotourism"),
     ("BS",), "2023-02"),
    ("cc26", "document", "fr",
     "Remise à l'eau du saumon atlantique : guide de bonnes pratiques pour les pêcheurs "
     "sportifs des rivières du Québec",
     "Au Québec, la pêche sportive du saumon atlantique se pratique à la mouche sur une "
     "centaine de rivières, de la Gaspésie à la Côte-Nord, souvent dans des zecs, des réserves "
     "fauniques ou des pourvoiries qui vivent de cette clientèle. Depuis le plan de gestion de "
     "2016, la remise à l'eau des grands saumons est obligatoire sur la plupart des rivières "
     "pour protéger les reproducteurs, et seuls les madeleineaux, appelés castillons en France, "
     "peuvent parfois être gardés selon les montaisons de l'année. Ce guide, préparé par le "
     "ministère responsable de la faune avec la fédération des gestionnaires de rivières à "
     "saumon, explique comment remettre un poisson à l'eau pour qu'il survive : combat court, "
     "hameçon sans ardillon, épuisette à mailles caoutchoutées, poisson gardé dans l'eau et "
     "photographié dans l'eau, réanimation face au courant, et pêche suspendue quand l'eau "
     "dépasse 20 °C. Il présente les études de survie par télémétrie, le rôle des guides et des "
     "agents de protection de la faune, et le registre des captures et des remises à l'eau.",
     ("pêche sportive", "remise à l'eau", "saumon atlantique", "pêche à la mouche",
      "rivières à saumon"),
     ("CA",), "2022-05"),
    ("cc27", "need", "es",
     "Necesidad: monitoreo del dorado y formación de guías de pesca deportiva con devolución en "
     "Corrientes",
     "En los ríos Paraná y Uruguay, la pesca deportiva del dorado (Salminus brasiliensis), el "
     "tigre del río, sostiene pueblos enteros de Corrientes: Paso de la Patria, Itá Ibaté, "
     "Esquina y Goya viven de hosterías, guías, lanchas y torneos. La provincia estableció la "
     "pesca con devolución obligatoria del dorado y prohibió su venta, y en varios torneos se "
     "pesca con anzuelo sin rebaba y con mosca. Sin embargo, no hay datos sistemáticos sobre el "
     "estado de la población ni sobre la mortalidad después de la devolución, y las redes y "
     "espineles de la pesca comercial de surubí y sábalo capturan dorados que terminan en el "
     "mercado. La dirección de recursos naturales solicita apoyo para un programa de marcado y "
     "recaptura con los clubes de pesca, estudios de mortalidad posterior a la liberación según "
     "el manejo, la temperatura del agua y el tiempo fuera de ella, un curso de guías de pesca "
     "que certifique buenas prácticas, y más fiscalización en los puertos y en las bajadas de "
     "lanchas.",
     ("pesca deportiva", "pesca con devolución", "dorado", "turismo de pesca", "río Paraná"),
     ("AR",), "2024-03"),
    # --- sericulture and wild silk --------------------------------------------------------------
    ("cc28", "support-source", "en",
     "Offer: disease-free eri and muga silkworm eggs and training for forest villages of Assam "
     "and Meghalaya",
     "North-east India is the home of muga, the golden silk of Assam, spun by Antheraea "
     "assamensis, a semi-domesticated moth whose caterpillars feed outdoors on som and soalu "
     "trees and are found nowhere else. Eri silk, from Samia ricini reared indoors on castor "
     "and kesseru leaves, is spun and woven by Bodo, Mising and Khasi families, who also eat "
     "the pupae. A national silkworm research institute offers forest villages and women's "
     "self-help groups disease-free layings (DFLs) of eri and muga, training in rearing, in "
     "protecting muga worms on the trees from birds, wasps and uzi flies with nylon nets, in "
     "planting and pruning host trees, and in reeling and spinning with improved machines that "
     "replace thigh-reeling. It also keeps the wild muga and eri germplasm and advises on "
     "tasar, another wild silk of central India. Support is free for groups in the muga-growing "
     "districts and includes field visits during the spring and autumn crops.",
     ("sericulture", "wild silk", "muga silk", "eri silk", "non-timber forest products"),
     ("IN",), "2023-10"),
    ("cc29", "case-study", "fr",
     "La soie sauvage du tapia : landibe, forêts et tisserandes de l'Imamo et "
     "d'Ambatofinandrahana",
     "Sur les Hautes Terres de Madagascar, les bois de tapia (Uapaca bojeri), forêts claires "
     "qui résistent au feu, abritent le landibe (Borocera cajani), un ver à soie sauvage "
     "endémique dont les cocons sont ramassés sur les arbres. Filée à la main et tissée, cette "
     "soie sauvage donne les lambamena, linceuls utilisés lors des famadihana, et des étoles "
     "vendues aux touristes. Cette étude de cas suit pendant six ans trois communautés de base "
     "qui ont reçu la gestion de leurs bois de tapia : règles de ramassage des cocons après "
     "l'émergence des papillons, mises en défens contre les feux, lutte contre l'avancée des "
     "pins et des eucalyptus, élevage semi-domestique de chenilles dans des manchons de tulle, "
     "et ateliers de filage et de teinture végétale tenus par des femmes. Elle mesure la "
     "production de cocons, les effets des feux tardifs et les revenus, et montre que la soie "
     "ne rapporte que si le bois de tapia reste entier. Le ver à soie du mûrier, Bombyx mori, "
     "sert de comparaison.",
     ("soie sauvage", "landibe", "bois de tapia", "sériciculture", "transfert de gestion"),
     ("MG",), "2022-11"),
    ("cc30", "project", "es",
     "Sericultura zapoteca en la Sierra Norte de Oaxaca: moreras, gusanos de seda y rebozos de "
     "San Pedro Cajonos",
     "La seda llegó a Oaxaca con los españoles en el siglo XVI, y cuando la corona restringió "
     "su cultivo, las familias zapotecas de San Pedro Cajonos y de otros pueblos de la Sierra "
     "Norte siguieron criando gusanos de seda (Bombyx mori) en sus casas, hilando los capullos "
     "a mano y tiñéndolos con grana cochinilla, añil y cortezas para tejer rebozos y fajas en "
     "telar de cintura. Este proyecto, con una cooperativa de tejedoras, el municipio y una "
     "universidad agrícola, renueva las huertas de moreras con variedades de hoja abundante, "
     "capacita a las familias en la cría higiénica para evitar enfermedades como la muscardina "
     "y la pebrina, y conserva las razas criollas de gusano de seda mantenidas durante siglos "
     "en la sierra. Apoya además un centro de acopio y el registro de una marca colectiva para "
     "vender los rebozos a precio justo, y documenta el saber de las hilanderas mayores. No "
     "incluye la seda silvestre de los nidos de mariposa del madroño, que antaño se recolectaba "
     "en la Mixteca.",
     ("sericultura", "gusanos de seda", "moreras", "textiles tradicionales", "Oaxaca"),
     ("MX",), "2024-05"),
)  # fmt: skip
