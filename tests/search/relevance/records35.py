"""Clearing-house records of the thirty-fifth judged relevance set
(tests/search/relevance/queries35.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CBD Clearing-House
Mechanism pages on tapirs (the Malayan tapir rescued from plantations; the maïpouri of French
Guiana, a game animal; the danta or tapir de montaña of the eastern Andes), on araucarias
(the Paraná pine and its pinhão seeds; the pins colonnaires and Araucaria nemorosa of New
Caledonia; the pehuén and its piñones or ngülliw), on hot springs and geothermal ecosystems
(the geothermal vegetation of the Waikato; the sources chaudes and travertine chimneys of lac
Abbé; the géiseres of El Tatio), on shifting cultivation (alder-based jhum in Nagaland; the
tavy or culture sur brûlis of eastern Madagascar; the milpa maya de roza, tumba y quema) and
on myrtle rust (Austropuccinia psidii; rouille des myrtacées, niaouli; roya del mirto, roya
del guayabo, luma, murtilla); wildlife-use and policy pages on trophy hunting (Namibia's
communal conservancies; chasse sportive in the zones d'intérêt cynégétique, ZIC, of northern
Cameroon; caza de trofeo of the borrego cimarrón in an UMA of the Comcaac) and on the rights
of nature (the Whanganui River, Te Awa Tupua; the rivière Magpie, Mutehekau Shipu,
personnalité juridique; the Ley 19/2022 del Mar Menor, personalidad jurídica); health and
biodiversity pages on Chagas disease (kissing bugs, Trypanosoma cruzi, woodrats; punaises
réduves, jus de wassaï; vinchuca, mejoramiento de viviendas); and chemical-safety and
food-safety pages on calcium carbide used to ripen fruit (carbide mangoes; mûrissage au
carbure; plátanos madurados con carburo, cámaras de maduración con etileno) and on hazardous
substances in tattoo inks (the REACH restriction, Pigment Blue 15:3; encres de tatouage,
maquillage permanent; tintas para tatuaje, micropigmentación). English, French and Spanish,
10 records each, every topic written once in each language (different countries, projects
and angles, not translations of one text), so that a query in one language has answers in
the others.

None of records.py, records3.py, ..., records34.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (tapir, maïpouri, danta, anta, Tapirus, macho de monte;
araucaria, pehuén, pewen, monkey puzzle, pin colonnaire, Paraná pine, pinhão, piñón, pignon,
Agathis, kauri, conifer, conífera; hot spring, thermal spring, sources chaudes, sources
thermales, aguas termales, termas, geyser, géiser, fumarol, hydrotherm, hidroterm,
thermophil, termófil, extremophil, travertin, geotherm, Tatio, Waikato; shifting cultivation,
swidden, slash-and-burn, jhum, tavy, abattis, brûlis, essartage, itinérante, roza, milpa,
fallow, jachère, barbecho; trophy, trophée, trofeo, sport hunting, chasse sportive, caza
deportiva, cynégétique, cinegético, safari, outfitter, amodiataire, bighorn, borrego
cimarrón, markhor, hunting, chasse, caza, UMA, ZIC; rights of nature, droits de la nature,
derechos de la naturaleza, legal person, personnalité juridique, personalidad jurídica,
sujeto de derechos, Mother Earth, Madre Tierra, Pachamama, Whanganui, Magpie, Mar Menor,
rights, droits, derechos; Chagas, Trypanosoma, cruzi, triatom, kissing bug, réduve, punaise,
chinche, vinchuca; myrtle rust, rouille, roya, rust, Austropuccinia, Puccinia, myrt,
mirtácea, eucalyp, guava, goyave, guayab, Metrosideros, ōhiʻa; calcium carbide, carbure,
carburo, acetylene, acétylène, acetileno, ethylene, éthylène, etileno, ethephon, ripen,
mûriss, madura; tattoo, tatouage, tatuaje, ink, encre, tinta, pigment, micropigment, REACH).
Candidates found covered were dropped: pangolins (bb25, bb26), dry cleaning (k28-k30), lead
glazes (bd13-bd15), aluminium cookware (bl28-bl30), mosquito coils (bc19-bc21), methanol in
illicit liquor (bc16-bc18), fipronil (bi04-bi06), frankincense (ba04-ba06), whale sharks
(i04-i06), stingless bees (p36), macaws (ba19-ba21), fireflies (s22-s24), edible bird's nests
(bg01-bg03), cycads (bb04, bb05), mangroves and barn owls (bf22); scorpion stings, frog legs,
wet wipes and Dutch elm disease were dropped as too close to earlier sets' queries
(antivenom, amphibians, single-use plastics, bark beetles).
The nearest are the camera-trap need of the Tanintharyi community forests, which names tapirs
among the animals to monitor (be25); the gum arabic gardens replanted in bush-fallow rotation
(bf04) and the monitoring of GM maize in the milpas of Oaxaca (c8), which burn no forest; the
houbara bustard hunting permits for visiting falconers (bj01), the levy on hunting concessions
of Zambia's finance plan (m07) and the village hunting and bushmeat pages (q37-q39), which
name no trophy; the register of UMA breeding tarantulas (bh03); the farmers' rights, Escazú
defenders and environmental courts pages (r15-r17, j19-j21), which are human rights and
courts, not the rights of a river; the tsetse page on animal trypanosomosis (bj14); the
Xylella page naming the myrtle-leaved milkwort (bl05) and the GM eucalyptus pages (y25, y26);
the aluminium phosphide fumigation page (bd11) and the GM pineapple whose ethylene is lowered
to time flowering (bm13); the black henna pages, temporary tattoos of paraphenylenediamine,
no tattoo ink (bi22-bi24); the Atacama lithium page (x22) and the vinasse that reached the
Termas de Río Hondo reservoir (bj12), no hot springs; and, among the golden pages, the
ethylene and oxirane molecule pages, which say ethylene is used to ripen fruit (judged in
queries35.tsv), the hydrogen sulfide page that names hot springs among its sources, and pages
about the Rust programming language and printer's inks. No text was copied from those sites
and none comes from demo/generator.py. They are meant to be harvested as ``oai_dc``-like
records and enriched with the project thesaurus exactly as the other records files' are,
beside them and the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (bo01..bo30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30, bg01..bg30, bh01..bh30,
bi01..bi30, bj01..bj30, bk01..bk30, bl01..bl30, bm01..bm30, bn01..bn30), and no earlier id
starts with "bo"; in queries35.tsv they are written without prefix, like theirs, and take the
same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- tapirs ---------------------------------------------------------------------------
    ("bo01", "project", "en",
     "Tapirs in the plantation belt: rescuing and tracking Malayan tapirs in Pahang and "
     "Terengganu",
     "The Malayan tapir (Tapirus indicus), black with a white saddle, is the only tapir "
     "of Asia and is listed as Endangered; Peninsular Malaysia holds most of the "
     "survivors, perhaps 1,100 to 1,500 animals. As lowland forest gives way to oil palm "
     "and rubber, tapirs wander into plantations, villages and even town drains, and the "
     "wildlife department is called out to capture dozens every year, while others are "
     "hit on the roads or caught in snares set for wild pigs. The project, run by the "
     "Department of Wildlife and National Parks (PERHILITAN) with a university team, "
     "trains rescue crews in safe darting and transport, fits GPS collars on translocated "
     "tapirs to learn whether they survive and settle in Krau and Taman Negara, and gives "
     "plantation managers a protocol for keeping the riverbanks and forest remnants that "
     "tapirs use to move between forest blocks. Orphaned calves, striped and spotted like "
     "watermelons, are raised at the Sungai Dusun conservation centre.",
     ("Malayan tapir", "Endangered species", "translocation", "GPS telemetry",
      "plantation landscapes"), ("MY",), "2023-04"),
    ("bo02", "dataset", "fr",
     "Le maïpouri en Guyane : prélèvements de chasse et indices de présence, 2012-2023",
     "Le tapir terrestre (Tapirus terrestris), appelé maïpouri en Guyane, est le plus "
     "grand mammifère terrestre d'Amérique du Sud et l'un des gibiers les plus recherchés "
     "le long des fleuves. Le jeu de données rassemble les carnets tenus volontairement "
     "par des chasseurs de Saül, de Maripasoula, de Camopi et du bas Oyapock, les relevés "
     "d'empreintes, de fèces et de souilles le long de transects en forêt, et les "
     "observations des agents du Parc amazonien de Guyane et de l'Office français de la "
     "biodiversité. Pour chaque indice : date, commune, milieu (forêt de terre ferme, "
     "pinotière, savane inondée, bord de crique), distance au bourg ou à la piste et, "
     "pour chaque animal abattu, le sexe et l'âge estimé. Les analyses montrent que le "
     "maïpouri disparaît le premier dans un rayon de 10 à 15 km autour des bourgs et des "
     "sites d'orpaillage, car la femelle ne donne naissance qu'à un petit tous les deux "
     "ans environ. Les données nourrissent la concertation sur la réglementation de sa "
     "chasse.",
     ("tapir", "gibier", "chasse de subsistance", "grands mammifères", "Amazonie"),
     ("GF",), "2024-01"),
    ("bo03", "need", "es",
     "Necesidad: mantener unidos los páramos de la danta de montaña entre Sangay y "
     "Llanganates",
     "El tapir andino o danta de montaña (Tapirus pinchaque), de pelaje lanudo y negro, "
     "vive entre los 2 000 y los 4 000 metros en los bosques altoandinos y los páramos de "
     "Ecuador, Colombia y el norte del Perú; quedan menos de 2 500 individuos y está en "
     "peligro. En la cordillera oriental del Ecuador, entre los parques nacionales Sangay "
     "y Llanganates, sus poblaciones se están aislando por la ampliación de potreros, la "
     "quema del pajonal y la apertura de vías, y algunos ganaderos la acusan de comerse "
     "el pasto y los cultivos. El Ministerio del Ambiente, con gobiernos parroquiales de "
     "Tungurahua y Morona Santiago, solicita apoyo para colocar collares GPS a diez "
     "dantas y saber por dónde cruzan, firmar acuerdos con las familias para cercar "
     "bebederos y dejar franjas de bosque, estudiar los saladeros que visita la especie y "
     "formar guardaparques comunitarios. La danta dispersa las semillas de muchas plantas "
     "del bosque andino: la llaman la jardinera del bosque.",
     ("tapir andino", "páramos", "mamíferos amenazados", "conectividad", "necesidades"),
     ("EC",), "2024-09"),
    # --- araucarias -----------------------------------------------------------------------
    ("bo04", "case-study", "en",
     "Pinhão season: Paraná pine seeds, smallholders and the last Araucaria forests of "
     "Santa Catarina",
     "The Paraná pine (Araucaria angustifolia), the candelabra-shaped conifer of the "
     "southern Brazilian highlands, once covered some 200,000 km²; logging in the "
     "twentieth century left less than 3% of its mixed forest, and the tree is listed as "
     "Critically Endangered. Each autumn its female cones shatter into hundreds of "
     "pinhões, large edible seeds that feed the azure jay, agoutis and parrots and that "
     "families of the Planalto gather, boil and sell at roadside stalls. The case study "
     "follows forty smallholder families near Lages and shows that income from pinhão, "
     "from yerba mate grown under the canopy and from cattle grazing in the forest keeps "
     "farmers from clearing the remaining stands, although the law forbids felling even "
     "planted trees, which discourages planting. It discusses the opening date of the "
     "harvest in April, collection that leaves enough seed for wildlife and regeneration, "
     "and proposals to let farmers manage and sell the araucarias they plant.",
     ("Araucaria angustifolia", "pinhão", "Atlantic Forest", "wild harvesting",
      "smallholders"), ("BR",), "2022-08"),
    ("bo05", "project", "fr",
     "Sauver les araucarias endémiques de Nouvelle-Calédonie : Araucaria nemorosa et pins "
     "colonnaires",
     "La Nouvelle-Calédonie abrite 13 des 19 espèces d'araucarias du monde, toutes "
     "endémiques, des pins colonnaires (Araucaria columnaris) qui bordent les côtes "
     "calcaires et l'île des Pins aux espèces des sols ultramafiques du Grand Sud. "
     "Plusieurs sont menacées : Araucaria nemorosa ne survit qu'en quelques peuplements "
     "près de Port-Boisé, A. rulei et A. muelleri reculent sous l'effet des incendies "
     "répétés, des défrichements et des cerfs qui broutent les semis. Le projet, porté "
     "par la province Sud avec l'institut agronomique et des associations de tribu, "
     "récolte des graines dans chaque population, les élève en pépinière, suit la "
     "diversité génétique des lots, replante des îlots de forêt protégés par des "
     "pare-feux et des clôtures, et cartographie par drone les derniers arbres "
     "semenciers. Il rappelle aussi la place des araucarias dans la coutume kanak, où le "
     "pin colonnaire figure l'homme et le clan.",
     ("araucarias", "conifères", "espèces endémiques", "restauration écologique",
      "espèces menacées"), ("NC",), "2023-11"),
    ("bo06", "document", "es",
     "Guía para la recolección sostenible de piñones de pehuén en los bosques de Neuquén",
     "El pehuén o araucaria (Araucaria araucana) crece en los Andes de Neuquén y del "
     "centro-sur de Chile; es monumento natural, árbol sagrado del pueblo "
     "mapuche-pewenche y especie en peligro. Sus semillas, los piñones o ngülliw, se "
     "cosechan en otoño y fueron el alimento de invierno de las comunidades, que hoy los "
     "venden también como harina y conservas. Esta guía, elaborada por la Administración "
     "de Parques Nacionales y la provincia con las comunidades de Aluminé y Villa "
     "Pehuenia, fija la temporada de recolección, prohíbe trepar o sacudir los árboles y "
     "voltear piñas verdes, pide dejar una parte de los piñones para la regeneración y "
     "para la fauna (la cachaña, el loro que los abre, y los roedores que los entierran), "
     "y explica cómo reconocer el daño foliar que desde 2016 seca las copas de muchos "
     "pehuenes, registrarlo y avisar a los guardaparques.",
     ("pehuén", "Araucaria araucana", "piñones", "pueblo mapuche", "guías"),
     ("AR",), "2021-03"),
    # --- hot springs and geothermal ecosystems --------------------------------------------
    ("bo07", "dataset", "en",
     "Geothermal habitats of the Waikato: extent and condition of springs, geysers and "
     "thermal vegetation, 2000-2021",
     "Maps and field plots of the geothermal features of the Taupō Volcanic Zone in the "
     "Waikato region: hot springs, geysers, mud pools, sinter terraces, fumaroles, "
     "steaming ground and heated streams, with the vegetation that grows only on warm "
     "soils. The records give for each site its area, soil temperature, the cover of "
     "prostrate kānuka (Kunzea tenuicaulis), of tropical ferns such as Dicranopteris "
     "linearis and Christella, of thermotolerant mosses and liverworts, and of weeds and "
     "wilding pines invading from the edges, and a condition score. Between 2000 and 2021 "
     "about a fifth of the mapped geothermal vegetation was lost or degraded, mostly to "
     "farm drainage, plantation forestry and the drawdown of fields tapped by geothermal "
     "power stations, which has also made some springs and geysers fall silent. The "
     "regional council uses the data to classify geothermal systems for protection, "
     "limited use or development.",
     ("geothermal ecosystems", "hot springs", "thermal vegetation", "habitat mapping",
      "geothermal energy"), ("NZ",), "2022-10"),
    ("bo08", "case-study", "fr",
     "Les cheminées fumantes du lac Abbé : sources chaudes, pasteurs afars et flamants",
     "Sur la rive djiboutienne du lac Abbé, lac salé où se perd l'Awash à la frontière "
     "éthiopienne, des centaines de cheminées de travertin, hautes parfois de plus de 50 "
     "mètres, laissent encore échapper de la vapeur, et des sources chaudes jaillissent à "
     "leur pied à plus de 80 °C. Leur eau, refroidie dans des rigoles, abreuve les "
     "chèvres et les dromadaires des pasteurs afars ; les mares tièdes abritent des tapis "
     "de cyanobactéries et de petits poissons tolérants à la chaleur (Aphanius), et des "
     "milliers de flamants se nourrissent sur les vasières. L'étude de cas décrit la "
     "baisse du niveau du lac, due aux prélèvements pour l'irrigation en amont dans la "
     "vallée de l'Awash, l'essor du tourisme dans les campements, les forages "
     "d'exploration géothermique envisagés dans la région, et la proposition de classer "
     "le site en aire protégée gérée avec les clans afars.",
     ("sources chaudes", "écosystèmes géothermiques", "lacs salés", "pastoralisme",
      "aires protégées"), ("DJ",), "2021-05"),
    ("bo09", "need", "es",
     "Necesidad: monitoreo y protección del campo geotérmico de El Tatio",
     "El Tatio, a 4 300 metros en el altiplano de la región de Antofagasta, es el mayor "
     "campo de géiseres del hemisferio sur: más de 80 géiseres, fumarolas, pozas "
     "hirvientes y terrazas de sínter, con tapetes microbianos de colores y vegas de "
     "altura donde pastan vicuñas y anidan aves. En 2009 un pozo de exploración "
     "geotérmica reventó y lanzó durante semanas una columna de vapor de 60 metros, lo "
     "que llevó a suspender el proyecto; las comunidades atacameñas de Toconce y Caspana, "
     "que administran el acceso de los visitantes, piden desde entonces que el campo "
     "quede fuera de toda concesión. El Ministerio del Medio Ambiente y las comunidades "
     "solicitan apoyo para medir de forma continua la actividad de los géiseres y la "
     "temperatura y la química del agua, inventariar la diversidad microbiana y las "
     "plantas de las vegas, y preparar el expediente para declararlo área protegida.",
     ("géiseres", "aguas termales", "energía geotérmica", "tapetes microbianos",
      "necesidades"), ("CL",), "2023-03"),
    # --- shifting cultivation -------------------------------------------------------------
    ("bo10", "project", "en",
     "Alder fallows and longer jhum cycles: supporting shifting cultivators in Nagaland",
     "In the hills of Nagaland most villages still practise jhum, the shifting "
     "cultivation of north-east India: a patch of forest is cut in winter, dried and "
     "burned before the rains, sown with upland rice, maize, millets, taro, chillies and "
     "dozens of other crops, and then left to regrow for years before it is cultivated "
     "again. Where the cycle has shrunk from fifteen years to five, soils wash away and "
     "yields fall. In Khonoma and neighbouring villages farmers keep the Nepalese alder "
     "(Alnus nepalensis) in their jhum fields: its roots fix nitrogen, the trees are "
     "pollarded rather than felled and resprout, and the fallow recovers in a few years. "
     "The project, run with village councils, documents these alder-based systems, pays "
     "farmers to keep longer fallows as community reserves, supports home gardens near "
     "the village, and asks the state to stop mapping all jhum land as degraded forest.",
     ("shifting cultivation", "jhum", "fallow management", "agrobiodiversity",
      "community forests"), ("IN",), "2022-02"),
    ("bo11", "case-study", "fr",
     "Le tavy autour de Ranomafana : riz pluvial, jachères et forêt de l'Est malgache",
     "Dans les villages tanala et betsileo des pentes orientales de Madagascar, le tavy, "
     "culture sur brûlis du riz pluvial, reste la base de la subsistance : on abat une "
     "parcelle de forêt ou de vieille jachère, on la brûle en fin de saison sèche, on y "
     "sème du riz, puis du manioc ou du maïs, et on la laisse se reboiser en savoka, la "
     "jachère arbustive. Le tavy est interdit dans les forêts classées depuis l'époque "
     "coloniale mais pratiqué partout, faute de rizières irriguées dans ces vallées "
     "étroites. L'étude de cas, fondée sur dix ans de suivi autour du parc national de "
     "Ranomafana, montre que les jachères raccourcies, envahies par les fougères et le "
     "bambou, ne redeviennent pas forêt, que les amendes poussent à défricher plus loin, "
     "hors de la vue des agents, et que les ménages qui ont obtenu un bas-fond aménagé en "
     "rizière ou des plants de girofliers ont réduit leurs défrichements.",
     ("culture sur brûlis", "tavy", "jachères", "déforestation",
      "agriculture de subsistance"), ("MG",), "2020-07"),
    ("bo12", "document", "es",
     "La milpa maya de roza, tumba y quema: guía para alargar el descanso del monte en "
     "Yucatán",
     "En la península de Yucatán los campesinos mayas siguen haciendo milpa en el monte: "
     "eligen un pedazo de selva o de acahual, lo tumban en invierno, lo queman antes de "
     "las lluvias y siembran juntos maíz criollo, frijol, calabaza, chile y otras "
     "plantas; tras dos o tres cosechas lo dejan descansar para que el monte se recupere. "
     "El ciclo tradicional dejaba 15 a 20 años de barbecho; hoy, con más familias y menos "
     "tierra ejidal, se vuelve a tumbar a los 5 u 8 años. La guía, preparada por un "
     "centro de investigación con milperos de Tekax y Oxkutzcab, explica cómo escoger el "
     "acahual, respetar los árboles útiles como el ramón y los que florecen para las "
     "abejas, abrir la guardarraya y quemar con viento calmado, avisando a los vecinos, "
     "para que el fuego no pase al monte, y cómo sembrar leguminosas en el acahual para "
     "acortar su recuperación. Resume las reglas oficiales sobre el uso del fuego en "
     "terrenos agropecuarios.",
     ("milpa", "roza-tumba-quema", "barbecho", "agricultura tradicional maya", "guías"),
     ("MX",), "2021-09"),
    # --- trophy hunting -------------------------------------------------------------------
    ("bo13", "case-study", "en",
     "Trophy hunting in Namibia's communal conservancies: quotas, income and the meat "
     "that goes home",
     "Namibia's 86 communal conservancies, registered since 1998, let rural communities "
     "manage and earn from the wildlife on their land. Many sign contracts with "
     "professional hunting outfitters who sell trophy hunts for elephant, leopard, kudu, "
     "oryx and springbok to foreign clients; the conservancy receives a concession fee "
     "and a fee for each animal shot, and the meat is handed out to households. The case "
     "study, based on the accounts of twelve conservancies in the Kunene and Zambezi "
     "regions, finds that hunting earned more than photographic tourism in remote "
     "conservancies without lodges, and paid for game guards and for compensation when "
     "elephants and lions destroyed crops or killed livestock. It describes how annual "
     "quotas are set from game counts and from the event books kept by community rangers, "
     "the losses when the COVID-19 pandemic stopped travel, and the debate over bans on "
     "importing hunting trophies in Europe and the United States.",
     ("trophy hunting", "communal conservancies",
      "community-based natural resource management", "hunting quotas", "rural livelihoods"),
     ("NA",), "2023-06"),
    ("bo14", "document", "fr",
     "Cahier des charges de la chasse sportive dans les zones d'intérêt cynégétique du "
     "Nord-Cameroun",
     "Autour des parcs nationaux de la Bénoué, du Faro et de Bouba Ndjidda, le "
     "Nord-Cameroun compte une trentaine de zones d'intérêt cynégétique (ZIC) louées à "
     "des guides de chasse professionnels, les amodiataires, qui y reçoivent des "
     "chasseurs étrangers venus chercher des trophées : élan de Derby, hippotrague, "
     "bubale, buffle et lion. Ce cahier des charges, établi par le ministère des forêts "
     "et de la faune, fixe les obligations des amodiataires : quotas d'abattage par "
     "espèce, tir des seuls mâles âgés, taxes d'abattage et de location dont une part "
     "revient aux communes et aux comités villageois riverains, recrutement et équipement "
     "d'écogardes, lutte contre le braconnage et contre le pâturage illégal des troupeaux "
     "transhumants, et rapport de fin de saison avec les mensurations des trophées. Il "
     "précise aussi le régime des zones à gestion communautaire (ZICGC), où les villages "
     "encaissent directement les recettes.",
     ("chasse sportive", "trophées de chasse", "zones d'intérêt cynégétique",
      "gestion de la faune", "guides"), ("CM",), "2022-01"),
    ("bo15", "project", "es",
     "Borrego cimarrón en Isla Tiburón: la caza de trofeo que sostiene al pueblo comcaac",
     "En 1975 se liberaron en la Isla Tiburón, en el Golfo de California, una veintena de "
     "borregos cimarrones (Ovis canadensis mexicana) traídos de las sierras de Sonora, "
     "donde la especie había desaparecido de muchos lugares por la cacería y las "
     "enfermedades del ganado. La población creció hasta varios cientos de animales y "
     "desde los años noventa la comunidad comcaac (seri), dueña del territorio, opera una "
     "Unidad de Manejo para la Conservación de la Vida Silvestre (UMA): cada año subasta "
     "unos pocos permisos de caza de trofeo de machos viejos, que alcanzan precios "
     "altísimos, y captura borregos para repoblar otras sierras de Sonora y Baja "
     "California. El proyecto apoya a los paraecólogos comcaac en los censos aéreos y "
     "terrestres, el cálculo de la tasa de aprovechamiento, el monitoreo sanitario y la "
     "administración transparente de los ingresos, que se reparten en becas, salud y "
     "vigilancia de la isla.",
     ("borrego cimarrón", "caza deportiva", "UMA", "pueblo comcaac",
      "aprovechamiento sustentable"), ("MX",), "2024-02"),
    # --- rights of nature -----------------------------------------------------------------
    ("bo16", "case-study", "en",
     "Te Awa Tupua: the Whanganui River as a legal person, five years on",
     "In 2017 the Parliament of New Zealand passed the Te Awa Tupua (Whanganui River "
     "Claims Settlement) Act, which declares the Whanganui River, from the mountains to "
     "the sea, with its tributaries and all its physical and metaphysical elements, to be "
     "a legal person with all the rights, powers, duties and liabilities of a person. It "
     "settled the longest-running claim of Whanganui iwi, who say 'I am the river and the "
     "river is me'. The river's voice is Te Pou Tupua, two persons appointed one by the "
     "iwi and one by the Crown, supported by an advisory group, a strategy group of "
     "councils, iwi and river users, and a fund of NZ$30 million. The case study looks at "
     "what has changed: decisions on water takes and on the hydroelectric diversion of "
     "the headwaters must now consider the river's interests, hapū restore riverbanks and "
     "traditional eel weirs, and other places, from Te Urewera to Taranaki Maunga, have "
     "received the same status.",
     ("rights of nature", "legal personhood", "rivers", "Māori", "indigenous peoples"),
     ("NZ",), "2022-12"),
    ("bo17", "event", "fr",
     "Colloque : la rivière Magpie, première rivière du Québec dotée d'une personnalité "
     "juridique",
     "En février 2021, le Conseil des Innu d'Ekuanitshit et la municipalité régionale de "
     "comté de Minganie ont adopté des résolutions concordantes reconnaissant à la "
     "rivière Magpie, Mutehekau Shipu en innu-aimun, une personnalité juridique et neuf "
     "droits, dont ceux de couler, de maintenir sa biodiversité, d'être à l'abri de la "
     "pollution, de se régénérer et d'ester en justice, et nommant des gardiens chargés "
     "de parler en son nom. La rivière, réputée pour ses rapides et ses descentes en "
     "canot, avait été visée par des projets de centrales hydroélectriques. Le colloque, "
     "organisé à Sept-Îles par une université et l'alliance pour la protection de la "
     "rivière, réunit juristes, représentants innus, élus et chercheurs pour faire le "
     "point sur la portée de ces résolutions en droit québécois, sur le rôle des gardiens "
     "et sur les autres initiatives de droits de la nature au Canada et dans le monde.",
     ("droits de la nature", "personnalité juridique", "rivières", "peuples autochtones",
      "événements"), ("CA",), "2024-10"),
    ("bo18", "document", "es",
     "Ley 19/2022 de reconocimiento de personalidad jurídica a la laguna del Mar Menor y "
     "su cuenca: ficha normativa",
     "El Mar Menor, la mayor laguna costera salada de Europa, en la Región de Murcia, "
     "sufrió en 2016 una crisis de eutrofización que volvió turbias sus aguas, la 'sopa "
     "verde', y hizo desaparecer la mayor parte de sus praderas submarinas, y episodios "
     "de anoxia en 2019 y 2021 dejaron toneladas de peces muertos en sus orillas. Tras "
     "una iniciativa legislativa popular que reunió más de 600 000 firmas, las Cortes "
     "Generales aprobaron en 2022 la ley que reconoce a la laguna y a su cuenca como "
     "sujeto de derechos, el primer ecosistema europeo con personalidad jurídica: derecho "
     "a existir y evolucionar naturalmente, a la protección, a la conservación y a la "
     "restauración. La ficha resume la tutoría de la laguna, ejercida por un Comité de "
     "Representantes, una Comisión de Seguimiento o de guardianes y un Comité Científico, "
     "la acción que permite a cualquier persona defender sus derechos, y las obligaciones "
     "que impone a las administraciones.",
     ("derechos de la naturaleza", "personalidad jurídica", "lagunas costeras", "Mar Menor",
      "legislación ambiental"), ("ES",), "2023-01"),
    # --- Chagas disease -------------------------------------------------------------------
    ("bo19", "dataset", "en",
     "Trypanosoma cruzi in kissing bugs, dogs and woodrats of South Texas, 2013-2022",
     "Results of testing triatomine bugs ('kissing bugs', mainly Triatoma gerstaeckeri "
     "and T. sanguisuga), domestic dogs and wild mammals for the parasite that causes "
     "Chagas disease, collected by university and state health department teams in 24 "
     "counties of South and Central Texas. Bugs were taken from dog kennels, porches, "
     "woodpiles and the stick-and-cactus nests of southern plains woodrats (Neotoma "
     "micropus); mammals were live-trapped or sampled at veterinary clinics and animal "
     "shelters. Each record gives place, habitat, species, life stage, whether and on "
     "which host the bug had fed, and PCR results. About half of the adult bugs and one "
     "in five working and shelter dogs carried the parasite; locally acquired human cases "
     "remain rare but are under-diagnosed. Notes describe the early-summer peak of adult "
     "bugs flying to lit houses and the sealing of gaps around doors and kennels.",
     ("Chagas disease", "Trypanosoma cruzi", "kissing bugs", "vector-borne diseases",
      "disease reservoirs"), ("US",), "2023-09"),
    ("bo20", "case-study", "fr",
     "Le Chagas par le jus de wassaï : des foyers d'origine alimentaire en Guyane",
     "En Guyane, la maladie de Chagas, due au parasite Trypanosoma cruzi, circule surtout "
     "dans la faune sauvage : opossums (pians), tatous et rongeurs en sont les "
     "réservoirs, et les punaises réduves des genres Rhodnius et Panstrongylus, qui "
     "vivent dans les palmiers et les terriers, le transmettent de l'un à l'autre. "
     "L'homme s'infecte rarement par la punaise elle-même, mais des foyers familiaux sont "
     "apparus après la consommation de jus de wassaï (Euterpe oleracea) dans lequel une "
     "punaise infectée, attirée par la lumière, avait été broyée avec les fruits. L'étude "
     "de cas retrace l'enquête menée par l'agence régionale de santé après un foyer à "
     "Cayenne, le dépistage des convives, et les mesures proposées aux petits producteurs "
     "de jus : trier les fruits à la lumière du jour, les laver et les blanchir quelques "
     "secondes à 80 °C avant le dépulpage. Elle relie aussi la hausse des cas au "
     "défrichement des lisières de Cayenne et de Matoury, où les maisons s'installent au "
     "contact des palmeraies.",
     ("maladie de Chagas", "transmission alimentaire", "punaises triatomes", "wassaï",
      "santé et biodiversité"), ("GF",), "2021-10"),
    ("bo21", "project", "es",
     "Casas sin vinchucas: mejoramiento de viviendas contra el Chagas en el Chaco "
     "chuquisaqueño",
     "En los municipios de Monteagudo, Huacareta y Villa Vaca Guzmán, en el Chaco de "
     "Chuquisaca, la vinchuca (Triatoma infestans), que transmite el mal de Chagas, se "
     "esconde de día en las grietas de las paredes de adobe, en los techos de paja y en "
     "los corrales y gallineros pegados a la casa, y pica de noche a quienes duermen. En "
     "algunas comunidades más de la mitad de los adultos son seropositivos y la "
     "cardiopatía chagásica es una causa frecuente de muerte temprana. El proyecto, del "
     "programa nacional de Chagas con la gobernación y las familias, revoca y enluce las "
     "paredes, cambia los techos de paja por calamina o teja, aleja corrales y leñeras de "
     "la vivienda y organiza puestos comunitarios donde los vecinos entregan las "
     "vinchucas que encuentran para su análisis. También lleva a las postas de salud el "
     "diagnóstico y el tratamiento con benznidazol de niños y mujeres en edad fértil, "
     "para cortar la transmisión de madre a hijo.",
     ("enfermedad de Chagas", "vinchuca", "vivienda saludable",
      "enfermedades transmitidas por vectores", "Gran Chaco"), ("BO",), "2022-05"),
    # --- myrtle rust ----------------------------------------------------------------------
    ("bo22", "dataset", "en",
     "Myrtle rust impact plots in the rainforests of New South Wales and Queensland, "
     "2011-2023",
     "Repeated surveys of 120 permanent plots set up after myrtle rust, caused by the "
     "fungus Austropuccinia psidii (formerly Puccinia psidii, also called guava rust or "
     "eucalyptus rust), was first found near Gosford in 2010 and spread along the east "
     "coast of Australia. The fungus attacks the young leaves, shoots, flowers and fruit "
     "of plants of the myrtle family (Myrtaceae), the family of eucalypts, paperbarks, "
     "bottlebrushes and lilly pillies. In each plot observers scored the rust on every "
     "susceptible plant and recorded dieback and death. The data document the collapse of "
     "native guava (Rhodomyrtus psidioides) and scrub turpentine (Rhodamnia rubescens), "
     "now critically endangered after losing most of their mature plants within a decade, "
     "and lesser damage to dozens of other species, among which some rust-resistant "
     "individuals survive. The dataset underpins the national action plan for myrtle rust "
     "and the choice of plants to keep in living collections.",
     ("myrtle rust", "Austropuccinia psidii", "plant pathogens", "Myrtaceae",
      "threatened plants"), ("AU",), "2024-03"),
    ("bo23", "need", "fr",
     "Besoin : évaluer la menace de la rouille des myrtacées pour les espèces endémiques "
     "de Nouvelle-Calédonie",
     "La rouille des myrtacées (Austropuccinia psidii), champignon originaire d'Amérique "
     "du Sud, a été détectée en Nouvelle-Calédonie en 2013 et s'est répandue sur la "
     "Grande Terre. Or les myrtacées y forment l'une des familles les plus riches, avec "
     "plus de 250 espèces presque toutes endémiques : niaoulis (Melaleuca quinquenervia) "
     "des savanes, Syzygium, Metrosideros, Eugenia et Tristaniopsis des forêts humides et "
     "des maquis. Des pépiniéristes signalent des pustules jaunes sur les jeunes pousses "
     "de plusieurs espèces utilisées en restauration, et on ignore lesquelles sont "
     "menacées à l'état sauvage. Le gouvernement de la Nouvelle-Calédonie et les "
     "provinces demandent un appui pour former des équipes à reconnaître la maladie, "
     "établir un protocole de suivi dans les aires protégées, tester en serre la "
     "sensibilité des espèces endémiques et revoir les listes d'espèces plantées en "
     "revégétalisation.",
     ("rouille des myrtacées", "maladies des plantes", "espèces endémiques", "niaouli",
      "besoins"), ("NC",), "2022-04"),
    ("bo24", "document", "es",
     "Roya del mirto (Austropuccinia psidii): ficha de vigilancia de una plaga "
     "cuarentenaria ausente en Chile",
     "La roya del mirto o roya de las mirtáceas, conocida en el Brasil y el Uruguay como "
     "roya del guayabo y del eucalipto, es un hongo que ataca brotes, hojas, flores y "
     "frutos de la familia de las mirtáceas. Chile no la ha detectado, pero tiene "
     "mirtáceas nativas de gran valor: la luma, el arrayán o palo colorado (Luma "
     "apiculata), la murta o murtilla (Ugni molinae), cuyos frutos se recolectan y "
     "exportan, el meli, la pitra y el chequén de los bosques templados, además de "
     "extensas plantaciones de eucalipto. La ficha del servicio agrícola y ganadero "
     "describe los síntomas (pústulas de polvo amarillo intenso, deformación y muerte de "
     "brotes), las vías de entrada (plantas, esquejes y flores de corte, madera con "
     "corteza, ropa y calzado de viajeros que vienen de zonas afectadas), los controles "
     "en frontera y en viveros, y cómo enviar muestras al laboratorio ante una sospecha.",
     ("roya del mirto", "plagas cuarentenarias", "sanidad vegetal", "mirtáceas nativas",
      "vigilancia fitosanitaria"), ("CL",), "2023-07"),
    # --- calcium carbide fruit ripening ---------------------------------------------------
    ("bo25", "case-study", "en",
     "Carbide mangoes: artificial ripening and the mobile courts of Rajshahi",
     "Each summer traders in Bangladesh's mango belt pick fruit early and ripen it in "
     "sacks or stacked crates with lumps of calcium carbide, which gives off acetylene "
     "when it absorbs moisture and turns the skin yellow in two days while the flesh "
     "stays sour and hard. Industrial-grade carbide carries traces of arsenic and "
     "phosphorus, and handling it burns the skin and eyes of labourers; its use on fruit "
     "is banned under the food safety law. The case study reviews five seasons of "
     "enforcement in Rajshahi and Chapai Nawabganj: mobile courts that fined wholesalers "
     "and destroyed tonnes of fruit, a harvest calendar that sets the earliest picking "
     "date for each variety, and test kits of doubtful value. It shows that raids alone "
     "moved the treatment to villages, and that growers only stopped when cooperatives "
     "got ethylene ripening rooms and buyers trusted the calendar.",
     ("calcium carbide", "artificial ripening", "food safety", "mangoes", "fruit markets"),
     ("BD",), "2022-09"),
    ("bo26", "need", "fr",
     "Besoin : en finir avec le mûrissage au carbure des bananes et des mangues sur les "
     "marchés d'Abidjan",
     "Sur les marchés de gros d'Adjamé et de Yopougon, des grossistes accélèrent le "
     "mûrissement de la banane plantain, de la banane douce, de la mangue et de la papaye "
     "en glissant des sachets de carbure de calcium, acheté chez les soudeurs, au fond "
     "des paniers ou sous des bâches. Au contact de l'humidité, le carbure dégage de "
     "l'acétylène et, selon sa pureté, de la phosphine et de l'arsine ; les consommateurs "
     "se plaignent de fruits jaunes dehors et durs dedans, les manutentionnaires de "
     "brûlures et de maux de tête. Le ministère du commerce et le laboratoire national "
     "d'appui au développement agricole demandent un appui pour analyser les résidus "
     "d'arsenic et de phosphore dans les fruits, former les agents de contrôle et les "
     "associations de commerçantes, et installer des chambres de mûrissement à l'éthylène "
     "gérées par des coopératives, avec des fiches sur la récolte au bon stade de "
     "maturité.",
     ("carbure de calcium", "mûrissement artificiel", "sécurité sanitaire des aliments",
      "fruits", "besoins"), ("CI",), "2024-04"),
    ("bo27", "project", "es",
     "Plátanos sin carburo: cámaras de maduración para los mayoristas de fruta de Lima",
     "Al Gran Mercado Mayorista de Lima y al mercado de frutas de La Victoria llegan cada "
     "noche camiones de plátano de seda, de isla y bellaco de la selva central y de "
     "Tumbes, cosechados verdes. Muchos comerciantes los maduran en cuartos cerrados o "
     "bajo plásticos con piedras de carburo de calcio, el mismo que se vende para soldar: "
     "el gas acetileno amarillea la cáscara en uno o dos días, pero la pulpa queda "
     "insípida, y el carburo industrial contiene impurezas de arsénico y fósforo que "
     "pasan a la fruta y dañan a quienes lo manipulan sin protección. El proyecto, de la "
     "autoridad sanitaria con la municipalidad y la asociación de comerciantes, instala "
     "cámaras de maduración con etileno en dosis controladas, capacita a los maduradores "
     "en temperatura, humedad y ventilación, hace muestreos sorpresa en los puestos y "
     "enseña a los consumidores a reconocer la fruta madurada con carburo.",
     ("carburo de calcio", "maduración artificial", "inocuidad de los alimentos",
      "plátanos", "mercados mayoristas"), ("PE",), "2023-12"),
    # --- tattoo inks ----------------------------------------------------------------------
    ("bo28", "document", "en",
     "Tattoo inks and permanent make-up under REACH: what tattoo artists and importers "
     "must check",
     "Since 4 January 2022 the European Union has restricted thousands of hazardous "
     "substances in inks used for tattoos and permanent make-up, under entry 75 of Annex "
     "XVII to the REACH regulation: substances that cause cancer, genetic damage or harm "
     "to reproduction, skin sensitisers and irritants, many azo colourants and the "
     "aromatic amines they release, polycyclic aromatic hydrocarbons, and metals such as "
     "nickel, chromium VI, lead and arsenic above set limits. Two widely used pigments, "
     "Pigment Blue 15:3 and Pigment Green 7, followed in January 2023, when no safer blue "
     "and green alternatives were yet on the market. The guidance explains the label that "
     "every bottle must carry ('Mixture for use in tattoos or permanent make-up', "
     "ingredients, batch number, warnings), the records studios must keep, how inks "
     "bought online from outside the Union are treated, and how inspectors sample inks in "
     "studios and at tattoo conventions.",
     ("tattoo inks", "REACH restriction", "chemicals in products", "pigments",
      "market surveillance"), (), "2022-03"),
    ("bo29", "dataset", "fr",
     "Encres de tatouage prélevées dans les salons et sur internet : résultats des "
     "analyses, 2019-2023",
     "Résultats des campagnes de contrôle des encres de tatouage et de maquillage "
     "permanent menées par les services de la répression des fraudes et l'agence du "
     "médicament : 412 flacons prélevés chez des tatoueurs, des grossistes et sur des "
     "sites de vente en ligne, analysés par le laboratoire commun. Pour chaque encre : "
     "marque, couleur, pays de fabrication déclaré, conformité de l'étiquetage (liste des "
     "ingrédients, numéro de lot, date de péremption), teneurs en amines aromatiques, en "
     "hydrocarbures aromatiques polycycliques, en métaux (nickel, chrome, plomb, arsenic, "
     "cuivre soluble) et contamination microbienne des flacons entamés. Près d'un tiers "
     "des encres, surtout des rouges, des jaunes et des noires achetées hors de l'Union, "
     "dépassaient au moins un seuil, et plusieurs encres noires contenaient du "
     "benzo[a]pyrène issu du noir de carbone. Le fichier sert aux retraits de lots et à "
     "l'information des tatoueurs.",
     ("encres de tatouage", "produits chimiques dans les articles", "contrôles",
      "amines aromatiques", "maquillage permanent"), ("FR",), "2024-06"),
    ("bo30", "support-source", "es",
     "Oferta: análisis de tintas para tatuaje y capacitación para autoridades sanitarias "
     "de América Latina",
     "El laboratorio de productos cosméticos de la agencia española de medicamentos, que "
     "controla desde hace años las tintas para tatuaje y micropigmentación "
     "comercializadas en España, ofrece a los ministerios de salud y agencias sanitarias "
     "de América Latina el análisis de muestras de tintas (aminas aromáticas de los "
     "colorantes azoicos, hidrocarburos aromáticos policíclicos, metales pesados, "
     "conservantes como la metilisotiazolinona y esterilidad), pasantías para su personal "
     "técnico y un curso en línea sobre los requisitos que la Unión Europea aplica desde "
     "2022. También comparte modelos de registro sanitario de tintas, de fichas de "
     "inspección de estudios de tatuaje y de folletos para tatuadores y clientes sobre "
     "las alergias a los pigmentos rojos, las infecciones por tintas contaminadas y los "
     "cuidados del tatuaje. Da prioridad a los países que preparan un reglamento sobre "
     "tatuajes.",
     ("tintas para tatuaje", "micropigmentación", "análisis de laboratorio",
      "cooperación técnica", "ofertas"), ("ES",), "2024-11"),
)  # fmt: skip
