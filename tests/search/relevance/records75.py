"""Clearing-house records of the seventy-fifth judged relevance set
(tests/search/relevance/queries75.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on dormice (the nest-box counts and reintroduction woods of the
hazel dormouse in England and Wales; the lérot, a petit loir of the vergers and greniers of
Wallonia; a need for the lirón careto of Formentera, the rata cellarda, against introduced
snakes); on ostriches (farmed and wild ostriches of the Little Karoo; the autruche à cou rouge
brought back to the Termit and Tin Toumma reserve of Niger; the studbook of the avestruces de
cuello rojo bred in Almería for release in Souss-Massa, Morocco); on water voles (Ratty
reintroduced on the rivers of the North York Moors; a guide to the campagnol amphibie, the rat
d'eau, for French river technicians; a need for the rata de agua of the acequias of the Esla);
on gannets (the Bass Rock after avian influenza; the fous de Bassan of Île Bonaventure and the
mackerel of the Gulf of St Lawrence; the bycatch of alcatraces atlánticos, the mascatos of
Galician fishers); on juniper woodlands (western juniper cut back for sage-grouse in Oregon; the
thuriféraies of the southern French Alps; the sabinares albares of Soria); on hay meadows (the
scythe-mown meadows of Transylvania's Saxon villages; a concours of prairies de fauche in the
Vosges; a need for the prados de siega of the Valles Pasiegos); on agritourism (Slovenian tourist
farms in Natura 2000 areas; agrotourisme, the Québec word, on the farms of Charlevoix; an offer
for turismo rural in the estancias, tambos and chacras of Uruguay); on cold-water refuges for
fish in a warming climate (the tributary plumes of the lower Columbia; the refuges thermiques of
the ombre and the apron in the Doubs; a need for the refugios térmicos of the trucha dorada
mexicana); on tree beekeeping and log hives (bartnictwo in Poland's Augustów Forest; the ruches
troncs of the Cévennes; the trobos and cortinos of western Asturias); and on pavement plants and
spontaneous urban flora (chalked plant names and pesticide-free pavements in London; the flore
spontanée of Montréal's ruelles and terrains vagues; a walk among the yuyos de vereda of Buenos
Aires). English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records73.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (dormouse, dormice, Muscardinus, Glis, Eliomys, loir, lérot,
muscardin, gliridé, lirón, rata cellarda; ostrich, Struthio, autruche, avestruz, ñandú, rhea,
choique; water vole, vole, Arvicola, campagnol, rat d'eau, rata de agua, topillo; gannet, Morus,
Sula, fou de Bassan, alcatraz, mascato, piquero, booby; juniper, Juniperus, genévrier, thurifère,
cade, enebro, sabina, sabinar, cedar, cedro; hay meadow, hay, meadow, mowing, scythe, corncrake,
prairie de fauche, fauche, foin, prado de siega, siega, heno, guadaña; agritourism, farm stay,
tourist farm, rural tourism, agritourisme, agrotourisme, tourisme rural, gîte, turismo rural,
agroturismo, estancia, casa rural; cold-water refuge, thermal refuge, river temperature,
refuge thermique, ombrage, eau froide, refugio térmico, refugio climático, agua fría; tree
beekeeping, log hive, beehive, honey, ruche, rucher, apiculture, colmena, corcho, apicultura,
miel; pavement, weed, spontaneous flora, herbe folle, mauvaise herbe, adventice, zéro phyto,
flora urbana, maleza, yuyo, vereda, baldío). Screened and dropped as covered: seahorses
(s07-s09), fireflies (s22-s24), cork oaks (y22-y24), dragonflies (bq01-bq03), hummingbirds
(bn01-bn03), manatees (bm04-bm06), giant clams (bk07-bk09), truffles (bn04-bn06), tortoises
(bw01-bw03), crocodilians (bs01-bs03), hornbills (bu01-bu03), kelp forests (y13-y15), sea
snakes (bx01-bx03), crayfish (bm07-bm09), freshwater mussels (br01-br03), wildlife crossings
(be22-be24), nest boxes (bf22-bf24), dry-stone walls (bv10-bv12), transhumance (bt10-bt12),
Miyawaki forests (bg16-bg18), old-growth beech forests (bk10-bk12), fish passes and dam removal
(m25), bushmeat (q37-q39), grazing of firebreaks (the donkeys of bz28-bz30), edible insects and
maguey worms (records38), seed fairs (r18), beach wrack (the laisse de mer of the plover guide
cc14), shearwaters (next to the puffin pages cg04-cg06), birdwatching tourism (k13, bn03) and
urban rivers (the daylighting pages of records57), besides the topics of sets 42 to 73 and those
their docstrings list as covered, and the chemicals, waste, pollution, energy and biosafety
topics left to set 74; screened with no or passing hits but not chosen: porcupines (bn11, bz14,
ck01), swallows (be29, bf23, ce09, co30), shads (the aloses eaten by the silures of cy26),
lemurs, okapis, koalas and eiders.

The nearest are the bromadiolone case study on the campagnol terrestre (Arvicola terrestris),
the fossorial form of the water vole, of the Franche-Comté hay meadows (ct05), whose title names
it, and the topillo campesino of the cereal plains (ct06), another vole; the guide to the bisses
of the Valais (ck29), whose subjects name the prairies de fauche that its irrigation keeps, while
the daños en prados de siega of the reintroduced cabra montés (cy03), the prairies de fauche
irrigated by the ice stupas of Naryn (cs23), the urban meadows and reduced mowing of co19-co21 and
the cemetery meadows of cm25 and cm26 are passing or other meadows; the protection of the
genévriers thurifères agreed in the agdal of the Haut Atlas (m23), one of three measures, and the
genévriers thurifères centenaires listed in the M'Goun geopark guide (cc08), passing; the fous de
Bassan of the Sept-Îles named by the puffin project (cg05) and the alcatraz atlántico named in
ca03 only to say that it is no pelican; the fougère-à-l'autruche, the ostrich fern, of the
fiddlehead guide (ce29), no ostrich; the water temperature measured under the replanted trees of
the Garonne (br05) and the refugios climáticos in the patios of Barcelona's schools (cq21), no
refuges for fish; the meliponicultura maya of the stingless bees of Yucatán (p36) and the honey
hunting pages (cs13-cs15), which take honey from wild nests and keep no bees; the zéro phyto
cemeteries (cm26) and the ragweed pages (bq25-bq27), no pavement flora. In the golden files, the
only hits are weed killers, aquatic weeds and honey named among other things.

records74.py (ids db01..db30, on chemicals, waste, energy and health topics), written at the same
time by another engineer, was searched for the same words once it was finished: none of its records
is about these topics, and none names a dormouse, an ostrich, a vole, a gannet, a juniper, a hay
meadow, farm tourism, a refuge for fish, a beehive or a pavement plant (its only hits are the
letters of other words: the faucheurs volontaires who pulled up the GM vines of db23, the drones
térmicos that look for hot spots in the landfill of db09, and the olas de calor of the Buenos Aires
climate plan, db21).

Traps: the sabinares where the rata cellarda lives (dc03) and the lirones caretos that shelter in
the hollow sabinas of Soria (dc15) are passing, 0 to the juniper and dormouse queries; the
sabinos of the Mexican trout streams (dc24) are ahuehuetes (Taxodium), no junipers; the empty
ruche where a lérot hibernates (dc02) and the apiculteurs on the Vosges jury (dc17) are no log
hives; the muscardin named by the Walloon survey (dc02) is passing, 0 to the hazel dormouse query;
the campagnol terrestre that the French guide (dc08) tells apart from the campagnol amphibie and
the topillos and rata parda that the Esla need (dc09) leaves out are other rodents; the irrigated
hay meadows of the Oregon valleys (dc13) are passing, 0 to the hay meadow queries; the rooms let
to walkers in Transylvania (dc16) and the fermes-auberges of the Vosges (dc17) are passing, 0 to
the agritourism queries; the avian influenza of 2022 is one of several things dc11 presents (1 to
the gannet and avian influenza queries), while the bird flu culls of the ostrich farms (dc04) are
no gannet page; the ñandú that Argentines and Uruguayans call avestruz is named by dc06 only to
be left out; the Mexican alcatraz, a pelican, is named by dc12 in passing. Other sets' topics are
named in passing: the hedges of dc01; the murets and haies of dc02; the piedra seca and olivos of
dc03; the lucerne of dc04; the gazelles dama and addax of dc05; the mink of dc07 and dc09; the
sardina of dc12; the sage-grouse and springs of dc13; the páramos (the Spanish high plains) and
aprovechamientos micológicos of dc15; the orchids and corncrakes of dc16; the arnica of dc17; the
helecho and escajos of dc18; the local breeds and bird hides of dc19; the érablières, nichoirs
and hirondelle bicolore of dc20; the observación de aves of dc21; the seuils removed in the Doubs
(dc23); the varroa of dc25; the châtaignier, pierre sèche and frelon asiatique of dc26; the oso,
castaño and corchos of dc27; the street trees and No Mow May of dc28; the herbe à poux and renouée
du Japon of dc29; the árboles de la calle and plantas silvestres comestibles of dc30. For the
country queries: dc06 is about Spain and Morocco; dc14 names the French Pyrenees, not Spain;
dc23 is about Switzerland and France; dc12 names Mexico only for a word.

Ids (dc01..dc30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cz01..cz30, da01..da30), nor with records74.py's (db01..db30), and no earlier id starts with
"dc".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- dormice ------------------------------------------------------------------------------
    ("dc01", "dataset", "en",
     "National Dormouse Monitoring Programme: hazel dormouse nest-box counts and reintroduction "
     "woods, 1988-2024",
     "The hazel dormouse (Muscardinus avellanarius), a small golden-brown rodent that sleeps "
     "through the winter in a woven nest on the woodland floor, has vanished from about half of "
     "its former range in England and Wales since the late nineteenth century. This dataset, "
     "kept by a conservation charity with volunteer licence holders, gathers the monthly checks "
     "made from April to October since 1988 at more than 400 nest-box sites: boxes occupied, "
     "adults and young, weights, torpid animals and breeding nests. It adds the releases of "
     "captive-bred dormice since 1993 in 25 reintroduction woods, from Cambridgeshire to the "
     "Peak District, with their survival, and the coppicing and hedge management done at each "
     "site. The series shows a national decline of about 70 per cent since 2000, steepest where "
     "winters turned mild and wet and woods were left unmanaged. Edible dormice (Glis glis), "
     "introduced at Tring in 1902 and now living in the lofts of the Chilterns, are recorded "
     "separately.",
     ("dormice", "hazel dormouse", "Muscardinus avellanarius", "population monitoring",
      "reintroduction"),
     ("GB",), "2024-11"),
    ("dc02", "project", "fr",
     "Sauver le lérot en Wallonie : vergers, murs et greniers pour un petit loir en déclin",
     "Le lérot (Eliomys quercinus), petit loir au masque noir et à la queue terminée en pinceau, "
     "a disparu de plus de la moitié de son aire européenne en trente ans. En Wallonie, il ne "
     "subsiste guère qu'en Gaume, en Famenne et dans la vallée de la Meuse, dans les vergers "
     "hautes tiges, les vieux murs et les greniers des fermes. Ce projet, mené par une "
     "association naturaliste avec le Service public de Wallonie et des communes, a d'abord "
     "lancé une enquête citoyenne : plus de septante observations envoyées par des habitants, "
     "souvent des crottes ou des fruits rongés trouvés dans un grenier. Il pose des tubes-gîtes "
     "et des pièges photographiques dans les vergers, conseille les propriétaires qui découvrent "
     "des lérots hibernant dans un caisson de volet ou une ruche vide, et plaide pour le "
     "maintien des murets, des haies et des arbres creux. Le loir gris et le muscardin, les deux "
     "autres gliridés de Belgique, sont notés dans la même enquête.",
     ("lérot", "loirs", "Eliomys quercinus", "gliridés", "sciences participatives"),
     ("BE",), "2023-06"),
    ("dc03", "need", "es",
     "Necesidad: salvar de las culebras introducidas al lirón careto de Formentera, la rata "
     "cellarda",
     "El lirón careto de las Pitiusas (Eliomys quercinus ophiusae), que en Formentera llaman "
     "rata cellarda, es una subespecie endémica, más grande que la peninsular, que vive en los "
     "sabinares, en las paredes de piedra seca y en los almacenes de las casas payesas. Desde "
     "2010 la culebra de herradura, llegada en los cepellones de los olivos ornamentales "
     "importados para jardines, se ha extendido por la isla y come lirones, lagartijas y pollos "
     "de aves. Los naturalistas del Consell y los agentes de medio ambiente apenas encuentran ya "
     "ratas cellardas donde hace quince años eran comunes. La solicitud pide apoyo para un censo "
     "con cámaras y tubos de pelo, el trampeo intensivo de culebras, un protocolo de control de "
     "los olivos que desembarcan en el puerto de La Savina y la cría en cautividad de un núcleo "
     "de seguridad. Pide también campañas para que los vecinos avisen de los lirones que ven.",
     ("lirón careto", "rata cellarda", "Eliomys quercinus", "especies exóticas invasoras",
      "Formentera"),
     ("ES",), "2024-03"),
    # --- ostriches ----------------------------------------------------------------------------
    ("dc04", "case-study", "en",
     "Farmed and wild ostriches in the Little Karoo: veld damage, hybrid birds and bird flu "
     "culls",
     "Oudtshoorn, in South Africa's Western Cape, has farmed ostriches since the feather boom of "
     "the 1860s and today supplies most of the world's ostrich leather and meat. This case study "
     "looks at what the industry has meant for the succulent Karoo and for the wild ostrich. "
     "Decades of heavy stocking in camps stripped the veld of its shrubs and left bare, eroded "
     "ground; farmers who now keep birds on irrigated lucerne and rest the veld have seen the "
     "vegetation return. Farmed birds, a cross of several subspecies known as the South African "
     "black, have escaped or been released, so that genetically pure southern ostriches "
     "(Struthio camelus australis) may remain only in protected areas such as the Kgalagadi. "
     "Outbreaks of avian influenza in 2011 and 2017 led to the culling of tens of thousands of "
     "birds and a controlled export zone. The study weighs export rules, compensation and the "
     "role of conservancies on private land.",
     ("ostriches", "Struthio camelus", "ostrich farming", "succulent Karoo", "avian influenza"),
     ("ZA",), "2023-07"),
    ("dc05", "project", "fr",
     "Le retour de l'autruche à cou rouge dans la réserve naturelle nationale de Termit et Tin "
     "Toumma",
     "L'autruche à cou rouge (Struthio camelus camelus), la plus grande des autruches, courait "
     "autrefois du Sénégal au Soudan ; chassée pour sa chair, ses plumes et ses œufs, elle a "
     "disparu de presque tout le Sahel, et il n'en restait au Niger que quelques oiseaux "
     "sauvages. Ce projet, porté par le ministère de l'Environnement avec une organisation de "
     "conservation de la faune saharienne, élève des autruches dans un centre de Kellé, près de "
     "Zinder, à partir d'oiseaux gardés par des villageois, puis place les jeunes dans des "
     "enclos de pré-lâcher de la réserve de Termit et Tin Toumma avant de les libérer. Les "
     "éleveurs et les chefs de groupement y sont associés : l'œuf d'autruche, posé au sommet des "
     "cases et des mosquées, reste un symbole, et la vente des coquilles est interdite. Des "
     "gardes nomades suivent les oiseaux, dont certains portent un émetteur. Le projet surveille "
     "aussi les gazelles dama et les addax de la réserve.",
     ("autruches", "autruche à cou rouge", "réintroduction", "Sahel", "aires protégées"),
     ("NE",), "2024-02"),
    ("dc06", "dataset", "es",
     "Libro genealógico de la avestruz de cuello rojo criada en Almería para su reintroducción "
     "en Marruecos, 1994-2024",
     "Desde 1994, un centro de cría de fauna sahariana de Almería mantiene un núcleo de "
     "avestruces de cuello rojo (Struthio camelus camelus), la subespecie norteafricana, "
     "procedentes de aves capturadas en el Chad y el Sudán. Este conjunto de datos reúne el "
     "libro genealógico de las 240 aves nacidas desde entonces: padres, fecha y peso al nacer, "
     "supervivencia de los pollos, puestas por hembra, causas de muerte y análisis genéticos que "
     "permiten evitar la consanguinidad. Incluye también el seguimiento de las 80 avestruces "
     "enviadas al Parque Nacional de Souss-Massa, en Marruecos: años de suelta, supervivencia en "
     "los cercados, reproducción en semilibertad y depredación por chacales. Sirve de base al "
     "programa europeo de cría y a los planes de reintroducción en el Sáhara. En Argentina y "
     "Uruguay se llama a veces avestruz al ñandú, que no forma parte de estos datos.",
     ("avestruces", "Struthio camelus camelus", "cría en cautividad", "reintroducción",
      "libro genealógico"),
     ("ES", "MA"), "2024-09"),
    # --- water voles --------------------------------------------------------------------------
    ("dc07", "project", "en",
     "Ratty returns: water vole reintroduction and mink control on the rivers of the North York "
     "Moors",
     "The water vole (Arvicola amphibius), Ratty of The Wind in the Willows, once lived on "
     "almost every river, ditch and canal in Britain; it has declined by more than 90 per cent "
     "since the 1970s, eaten by escaped American mink and driven out by bank reinforcement, "
     "drainage and the trampling of riverbanks by stock. This project, run by a national park "
     "authority with a rivers trust and local landowners, released 1,700 captive-bred water "
     "voles between 2019 and 2024 on the Esk, the Rye and their moorland becks. Before each "
     "release, mink were trapped out using floating rafts with clay pads that record footprints, "
     "a network that volunteers still check every fortnight. Fences keep sheep and cattle off "
     "the banks so that sedges and rushes grow back. Surveyors count latrines, feeding remains "
     "and burrows along fixed stretches each summer, and the project sends its results to the "
     "national water vole database.",
     ("water voles", "Arvicola amphibius", "reintroduction", "American mink", "riverbanks"),
     ("GB",), "2024-10"),
    ("dc08", "document", "fr",
     "Le campagnol amphibie, ou rat d'eau : guide de prospection et de gestion des berges",
     "Le campagnol amphibie (Arvicola sapidus), qu'on appelle encore rat d'eau dans les "
     "campagnes, ne vit qu'en France et dans la péninsule Ibérique ; protégé depuis 2012, il a "
     "disparu de nombreux ruisseaux, fossés et marais. Ce guide, rédigé par une société de "
     "mammalogie avec l'Office français de la biodiversité, apprend aux techniciens de rivière "
     "et aux bénévoles à le distinguer du surmulot, du ragondin et du rat musqué, et surtout du "
     "campagnol terrestre des prairies, une autre espèce, contre laquelle on lutte parfois avec "
     "des appâts empoisonnés. Il décrit les indices à relever sur des tronçons de cent mètres : "
     "crottiers, réfectoires de tiges coupées en biseau, coulées et terriers dans la berge. Il "
     "donne des consignes pour l'entretien des fossés et des berges : faucher tard, ne pas curer "
     "d'un seul tenant, laisser une bande de végétation haute, éviter les enrochements et le "
     "piégeage non sélectif du ragondin.",
     ("campagnol amphibie", "Arvicola sapidus", "mammifères semi-aquatiques", "gestion des berges",
      "inventaires naturalistes"),
     ("FR",), "2023-03"),
    ("dc09", "need", "es",
     "Necesidad: recuperar la rata de agua en las acequias y arroyos de la vega del Esla",
     "La rata de agua (Arvicola sapidus), un roedor de las orillas de arroyos, acequias y "
     "lagunas con mucha vegetación, figura como vulnerable y ha desaparecido de buena parte de "
     "las riberas de Castilla y León. En la vega del Esla, en León, los naturalistas que la "
     "censaron en 2005 solo la encuentran hoy en una decena de tramos: la concentración "
     "parcelaria entubó regueras, el desbroce de cunetas y cauces con maquinaria arrasa los "
     "juncales y el visón americano, escapado de granjas peleteras, caza en las mismas orillas. "
     "La comunidad de regantes y un grupo local de conservación solicitan apoyo para buscar "
     "letrinas y huellas con voluntarios, trampear visones, restaurar márgenes con carrizo y "
     "sauces y acordar con los regantes calendarios de limpieza que dejen refugios. Piden además "
     "un estudio genético de las poblaciones. No se trata de los topillos que se combaten en los "
     "cereales ni de la rata parda de los basureros.",
     ("rata de agua", "Arvicola sapidus", "acequias", "visón americano", "riberas"),
     ("ES",), "2024-04"),
    # --- gannets ------------------------------------------------------------------------------
    ("dc10", "dataset", "en",
     "Bass Rock gannets after avian influenza: nest counts, deaths and black-eyed survivors, "
     "2014-2024",
     "The Bass Rock, an islet in the Firth of Forth, holds the largest colony of northern "
     "gannets (Morus bassanus) in the world, about 150,000 birds in 2014, so many that the whole "
     "rock looks white. In the summer of 2022 highly pathogenic avian influenza (HPAI H5N1) "
     "killed thousands of adults and chicks: carcasses covered the ledges and washed up along "
     "the East Lothian coast. This dataset, compiled by a university seabird group with a "
     "seabird centre and the nature agency, brings together drone and aerial photograph counts "
     "of occupied nest sites since 2014, the daily carcass counts of 2022, breeding success in "
     "study plots, the diet of chicks, and blood samples tested for antibodies. It records the "
     "gannets with black irises, survivors of infection, and their return to breed in 2023 and "
     "2024. Counts from Sula Sgeir, Ailsa Craig and Grassholm allow comparison.",
     ("gannets", "Morus bassanus", "seabird colonies", "avian influenza", "HPAI"),
     ("GB",), "2024-12"),
    ("dc11", "case-study", "fr",
     "Les fous de Bassan de l'île Bonaventure et le maquereau : une colonie qui ne nourrit plus "
     "ses petits",
     "Au large de Percé, en Gaspésie, l'île Bonaventure abrite l'une des plus grandes colonies "
     "de fous de Bassan au monde : plus de 100 000 oiseaux nichent sur le plateau au-dessus des "
     "falaises, et les visiteurs les rejoignent en bateau depuis le quai de Percé. Depuis 2012, "
     "les fous y élèvent de moins en moins de jeunes ; certaines années, presque aucun poussin "
     "ne prend son envol. Cette étude de cas, menée par des chercheurs québécois avec le parc "
     "national de l'Île-Bonaventure-et-du-Rocher-Percé, relie ce déclin au réchauffement des "
     "eaux du golfe du Saint-Laurent, qui a fait fuir le maquereau et le hareng, poissons gras "
     "dont les adultes nourrissent leurs petits : les parents pêchent plus loin et rapportent du "
     "poisson moins nourrissant. Elle présente les balises GPS posées sur des adultes, les "
     "pesées de poussins, la grippe aviaire de 2022 et le débat sur la pêche au maquereau, "
     "fermée en 2022.",
     ("fous de Bassan", "Morus bassanus", "oiseaux marins", "golfe du Saint-Laurent",
      "ressources halieutiques"),
     ("CA",), "2023-11"),
    ("dc12", "project", "es",
     "Mascatos y artes de pesca: reducir las capturas accidentales de alcatraz atlántico en las "
     "Rías Baixas",
     "Cada invierno decenas de miles de alcatraces atlánticos (Morus bassanus), que los "
     "marineros gallegos llaman mascatos, bajan desde las colonias del norte de Europa a pescar "
     "frente a Galicia. Se zambullen a gran velocidad tras la sardina y el jurel, y muchos "
     "mueren enganchados en los palangres o enmallados en los trasmallos y las redes de enmalle "
     "de la flota artesanal. Este proyecto, de una universidad gallega con cofradías de "
     "pescadores de las Rías Baixas y la administración autonómica, embarca observadores y "
     "entrega cuadernos a los patrones para estimar las capturas, recoge las aves varadas en las "
     "playas para hacerles la necropsia y prueba medidas: calar al anochecer, líneas "
     "espantapájaros y paneles visibles en las redes. También sigue con GPS a alcatraces "
     "marcados en el mar. En México, alcatraz es otro nombre del pelícano.",
     ("alcatraz atlántico", "Morus bassanus", "captura accidental", "pesca artesanal",
      "aves marinas"),
     ("ES",), "2024-01"),
    # --- juniper woodlands --------------------------------------------------------------------
    ("dc13", "project", "en",
     "Cutting back western juniper to restore sagebrush steppe for sage-grouse in south-eastern "
     "Oregon",
     "Western juniper (Juniperus occidentalis) woodlands have tripled in area across the high "
     "desert of eastern Oregon since the 1870s, as wildfires were suppressed and heavy grazing "
     "removed the grasses that once carried them. Old-growth juniper on rocky ridges, with trees "
     "more than 1,000 years old, is valuable habitat; but young trees spreading into sagebrush "
     "steppe dry up springs, and greater sage-grouse abandon leks where even a few trees give "
     "perches to ravens and hawks. This project, a partnership of ranchers, a soil and water "
     "conservation district and federal land agencies, cuts encroaching junipers by hand on "
     "40,000 hectares around leks in Harney and Lake counties, leaving the old trees standing, "
     "and monitors grouse, springs, streamflow and the return of bunchgrasses. The cut wood goes "
     "to fence posts and a small mill. The irrigated hay meadows of the valley floors, where "
     "grouse broods feed in summer, are not part of the project.",
     ("juniper woodlands", "western juniper", "sagebrush steppe", "greater sage-grouse",
      "rangeland restoration"),
     ("US",), "2023-05"),
    ("dc14", "document", "fr",
     "Les thuriféraies des Alpes du Sud : guide de gestion des peuplements de genévrier "
     "thurifère",
     "Le genévrier thurifère (Juniperus thurifera), arbre à l'écorce rougeâtre qui peut vivre "
     "plus de mille ans, forme en France de rares peuplements clairs sur les adrets secs de la "
     "haute Durance, du Queyras et de l'Ubaye, ainsi qu'en Corse et dans les Pyrénées. Ces "
     "thuriféraies, reliques d'un climat plus froid et plus sec, sont souvent d'anciens parcours "
     "à moutons. Ce guide, préparé par le conservatoire botanique alpin avec l'Office national "
     "des forêts et des éleveurs, décrit l'âge et l'état des arbres, la régénération qui manque "
     "presque partout et les menaces : embroussaillement et concurrence des pins après l'abandon "
     "du pâturage, incendies, carrières, constructions sur les versants. Il propose un pâturage "
     "raisonné qui garde le milieu ouvert sans abîmer les jeunes plants, la mise en défens des "
     "semis, la récolte locale de graines et la protection réglementaire des plus vieux sujets. "
     "Le genévrier commun et le genévrier sabine sont traités en annexe.",
     ("genévrier thurifère", "Juniperus thurifera", "thuriféraies", "forêts relictuelles",
      "pastoralisme"),
     ("FR",), "2022-10"),
    ("dc15", "case-study", "es",
     "Los sabinares albares de Soria: de monte de pastores a bosque protegido",
     "Los páramos calizos de Soria, Burgos y Guadalajara guardan los mayores sabinares albares "
     "(Juniperus thurifera) del mundo, bosques abiertos de sabinas de crecimiento lentísimo, "
     "algunas con más de 800 años, que pastores y carboneros aprovecharon durante siglos. Este "
     "estudio de caso sigue el sabinar de Calatañazor, hoy reserva natural, y los montes vecinos "
     "de la sierra de Cabrejas: cómo las ovejas, al ramonear las ramas bajas, dieron a las "
     "sabinas su forma; cómo el abandono rural trajo la regeneración espontánea y también el "
     "riesgo de incendio; y cómo los zorzales que comen las gálbulas dispersan las semillas. "
     "Analiza las ordenanzas de los ayuntamientos, la prohibición de cortar sabinas, la venta de "
     "madera de sabina para muebles, los aprovechamientos micológicos y el turismo. El texto "
     "menciona los enebros que acompañan a la sabina y los lirones caretos que se refugian en "
     "los troncos huecos.",
     ("sabinares", "sabina albar", "Juniperus thurifera", "bosques", "Soria"),
     ("ES",), "2023-09"),
    # --- hay meadows --------------------------------------------------------------------------
    ("dc16", "case-study", "en",
     "Hay meadows of the Saxon villages: keeping Transylvania's flower-rich grasslands mown",
     "Around Sighișoara, in the Târnava Mare hills of Transylvania, small farmers still mow "
     "steep hay meadows by scythe or with small machines once or twice a summer, and graze them "
     "lightly after the hay is made. The result is some of the richest grassland in Europe, with "
     "up to 60 plant species in a square metre, and with crickets, butterflies and birds such as "
     "the corncrake and the red-backed shrike. This case study follows fifteen years of work by "
     "a local foundation and a farmers' association: agri-environment payments negotiated for "
     "late, traditional mowing, a collection point for the milk of hand-milked cows, training in "
     "scythe use, and a market for hay and meadow-fed lamb. It shows how the payments kept "
     "meadows mown where young people had left for the cities, and where abandonment still lets "
     "scrub and bracken spread. A few families also let rooms to walkers.",
     ("hay meadows", "semi-natural grasslands", "traditional mowing", "agri-environment payments",
      "Transylvania"),
     ("RO",), "2022-08"),
    ("dc17", "event", "fr",
     "Concours des prairies de fauche du massif des Vosges : finale régionale 2024",
     "Chaque printemps, des éleveurs des Hautes-Vosges, d'Alsace et de Haute-Saône inscrivent "
     "une prairie de fauche ou une prairie pâturée au concours organisé par le parc naturel "
     "régional des Ballons des Vosges avec les chambres d'agriculture. Un jury d'agronomes, de "
     "botanistes et d'apiculteurs parcourt chaque parcelle avant la fauche et note l'équilibre "
     "entre la valeur du foin pour les vaches vosgiennes et la richesse en fleurs : fenouil des "
     "Alpes, arnica, géranium des bois, trolles. La finale régionale, le 20 juin 2024 à "
     "Xonrupt-Longemer, réunit les lauréats de chaque vallée pour une journée de visites et "
     "d'échanges sur la date de fauche, la fumure et le séchage du foin en grange, et remet le "
     "prix qui qualifie pour le concours national. Les fermes-auberges du massif, qui servent ce "
     "jour-là le repas marcaire, ne sont citées que pour l'accueil.",
     ("prairies de fauche", "prairies permanentes", "agroécologie", "foin", "massif des Vosges"),
     ("FR",), "2024-05"),
    ("dc18", "need", "es",
     "Necesidad: mantener los prados de siega de los Valles Pasiegos ante el abandono de las "
     "cabañas",
     "En los Valles Pasiegos de Cantabria, cada familia mudaba con sus vacas entre cabañas de "
     "piedra repartidas por la ladera, segaba en verano los prados que rodean cada cabaña y "
     "guardaba la hierba seca en el pajar para el invierno. Estos prados de siega de montaña, "
     "hábitat de interés comunitario, reúnen decenas de especies de gramíneas, tréboles y flores "
     "por metro cuadrado. Hoy muchas cabañas están vacías o son casas de fin de semana, y los "
     "prados se siegan tarde o nunca, se llenan de helecho y escajos, o se abonan con tanto "
     "purín que pierden las flores. La mancomunidad y una asociación de ganaderos solicitan "
     "apoyo para comprar motosegadoras y rastrillos para pendientes fuertes, un pago por prado "
     "segado después de la floración, semilla de prados locales para resembrar y formación de "
     "jóvenes ganaderos en el oficio de hacer la hierba.",
     ("prados de siega", "pastizales de montaña", "ganadería extensiva", "abandono rural",
      "Cantabria"),
     ("ES",), "2024-06"),
    # --- agritourism --------------------------------------------------------------------------
    ("dc19", "document", "en",
     "Tourist farms and nature: a guide for Slovenian farm stays in Natura 2000 areas",
     "Slovenia has about 800 registered tourist farms, family farms that offer rooms, meals from "
     "their own produce and activities to paying guests, many of them in the Alps, the Karst and "
     "the Pohorje hills, in a country more than a third of which lies in Natura 2000 sites. This "
     "guide, prepared by the agricultural advisory service with the nature conservation "
     "institute and the tourist farm association, shows farmers how to make biodiversity part of "
     "what they offer and protect it at the same time: guided walks through orchards and "
     "grasslands, hides for watching birds without disturbing them, local breeds and old fruit "
     "varieties on the menu, and signs about the protected species of the farm. It sets rules on "
     "group sizes, night lighting, wastewater and parking, explains the grants for agritourism "
     "under the rural development programme, and presents twelve farms, from a cheese-making "
     "farm near Bohinj to a Karst farm that cures its own ham.",
     ("agritourism", "tourist farms", "farm stays", "Natura 2000", "rural development"),
     ("SI",), "2023-04"),
    ("dc20", "project", "fr",
     "Agrotourisme et biodiversité dans les fermes de Charlevoix",
     "Dans Charlevoix, réserve de biosphère de l'UNESCO, une soixantaine de fermes accueillent "
     "des visiteurs : kiosques à la ferme, autocueillette de petits fruits, visites de "
     "fromageries et d'érablières, repas champêtres et gîtes. Ce projet d'agrotourisme, piloté "
     "par la réserve de biosphère avec une table agroalimentaire régionale et des producteurs, "
     "aide vingt entreprises agrotouristiques à faire de la biodiversité une partie de "
     "l'expérience offerte : bandes fleuries pour les pollinisateurs le long des sentiers, haies "
     "brise-vent, nichoirs pour l'hirondelle bicolore, panneaux sur les milieux humides de la "
     "ferme et visites guidées. Il forme les agriculteurs à gérer l'achalandage, les "
     "stationnements et les chiens des visiteurs, mesure les retombées économiques et les "
     "oiseaux nicheurs des fermes participantes, et balise une route agrotouristique entre "
     "Baie-Saint-Paul et La Malbaie.",
     ("agrotourisme", "tourisme rural", "biodiversité agricole", "réserves de biosphère",
      "Charlevoix"),
     ("CA",), "2024-03"),
    ("dc21", "support-source", "es",
     "Oferta: capacitación y crédito para el turismo rural en estancias y granjas de Uruguay",
     "El Ministerio de Turismo y una institución de desarrollo rural ofrecen a productores "
     "familiares y medianos de todo Uruguay un programa para iniciar o mejorar emprendimientos "
     "de turismo rural y agroturismo: estancias que reciben huéspedes, granjas que venden sus "
     "quesos, dulces y vinos, y tambos y chacras abiertos a visitas escolares. La oferta incluye "
     "un curso de ocho módulos sobre atención al visitante, cocina con productos propios, "
     "seguridad y cuidado del ambiente; visitas a estancias turísticas que conservan pastizales "
     "naturales, monte nativo y bañados dentro del predio; y créditos blandos para acondicionar "
     "cuartos, baños y senderos. Los proyectos que incorporen recorridos a caballo por el monte "
     "ribereño o la observación de aves del pastizal reciben puntaje adicional. Pueden postular "
     "productores con menos de 500 hectáreas; el llamado abre cada marzo.",
     ("agroturismo", "turismo rural", "estancias turísticas", "pastizales naturales", "ofertas"),
     ("UY",), "2024-02"),
    # --- thermal refuges ----------------------------------------------------------------------
    ("dc22", "dataset", "en",
     "Cold-water refuges of the lower Columbia River: tributary plume temperatures and salmon "
     "use, 2015-2023",
     "In summer the lower Columbia River now often runs warmer than 20 °C, the point at which "
     "migrating sockeye, Chinook salmon and steelhead slow down, fall ill or die; in 2015 a "
     "heatwave killed most of the sockeye heading upstream. The fish survive by pausing in "
     "cold-water refuges, the cooler plumes where tributaries such as the Deschutes, the White "
     "Salmon and the Little White Salmon enter the main river. This dataset, assembled by a "
     "federal environmental agency with tribal fisheries commissions and state agencies, brings "
     "together continuous temperature loggers at 23 tributary mouths, thermal infrared flights "
     "over the river, the volume of cold water in each plume, and radio-telemetry of adult "
     "steelhead and salmon showing how long they stay. It also maps what threatens the refuges: "
     "reservoirs that warm the river, cleared riverbanks, irrigation withdrawals and fishing "
     "pressure in the plumes. The data support a cold-water refuges plan.",
     ("cold-water refuges", "thermal refuges", "river temperature", "salmon",
      "climate change adaptation"),
     ("US",), "2023-10"),
    ("dc23", "project", "fr",
     "Refuges thermiques pour l'ombre et l'apron dans le Doubs franco-suisse",
     "Lors des canicules de 2018 et de 2022, l'eau du Doubs a dépassé 25 °C dans les gorges "
     "entre la France et la Suisse ; des ombres communs et des truites sont morts par centaines, "
     "et l'apron du Rhône, petit poisson endémique en danger critique, a frôlé l'asphyxie. Ce "
     "projet, conduit par le canton du Jura, les services de l'État français, les fédérations de "
     "pêche et des associations, cartographie par drone thermique les arrivées d'eau froide "
     "(résurgences karstiques, affluents, sources de berge) qui servent de refuges thermiques "
     "aux poissons. Il restaure ces refuges : ombrage par la plantation d'aulnes et de frênes le "
     "long des affluents, retrait de seuils qui réchauffent l'eau, arrêt des prélèvements en "
     "période d'étiage. En cas de canicule, la pêche est fermée dans les refuges et des pêcheurs "
     "bénévoles y surveillent les poissons. Septante sondes enregistrent la température de "
     "l'eau.",
     ("refuges thermiques", "température de l'eau", "canicules", "ombre commun",
      "adaptation au changement climatique"),
     ("CH", "FR"), "2024-07"),
    ("dc24", "need", "es",
     "Necesidad: refugios térmicos para la trucha dorada mexicana en los arroyos de la Sierra "
     "Madre Occidental",
     "La trucha dorada mexicana (Oncorhynchus chrysogaster), la única trucha nativa del país, "
     "vive en las cabeceras de los ríos Fuerte, Sinaloa y Culiacán, en arroyos de pino y encino "
     "de Chihuahua, Durango y Sinaloa. Con sequías más largas y veranos más calientes, muchos "
     "arroyos se cortan en pozas aisladas donde el agua pasa de 25 °C y las truchas mueren; solo "
     "sobreviven donde brotan ojos de agua fríos o donde la sombra de alisos y sabinos "
     "(ahuehuetes) enfría el cauce. Comunidades rarámuri y ejidos forestales, con una "
     "universidad regional, solicitan apoyo para localizar y proteger esos refugios térmicos, "
     "medir la temperatura con sensores, cercar contra el ganado los tramos sombreados, "
     "reforestar las riberas y evitar que se siembre trucha arcoíris en los mismos arroyos. "
     "Piden también capacitar brigadas comunitarias para rescatar truchas de las pozas que se "
     "secan.",
     ("refugios térmicos", "trucha dorada mexicana", "Oncorhynchus chrysogaster", "sequías",
      "Sierra Madre Occidental"),
     ("MX",), "2024-05"),
    # --- log hives ----------------------------------------------------------------------------
    ("dc25", "project", "en",
     "Reviving tree beekeeping in the Augustów Forest: bee hollows carved in living pines",
     "Tree beekeeping, bartnictwo in Polish, is the old forest craft of keeping honeybees in "
     "hollows carved high in the trunks of living trees, closed with a wooden board and reached "
     "by climbing with a rope and a seat. Widespread in the medieval forests of Poland, Belarus "
     "and Russia, it almost died out; in 2020 it was added, with Belarus, to UNESCO's list of "
     "intangible cultural heritage. This project, run by the state forests with a tree "
     "beekeepers' association, trains foresters and volunteers to carve new hollows with "
     "traditional tools in pines of the Augustów Forest and to make log hives from trunk "
     "sections, and leaves them for wild swarms rather than stocking them with bees. It monitors "
     "how many hollows are occupied, whether colonies survive the winter without treatment "
     "against varroa, and the honey, of which only a little is taken. Foresters mark the hive "
     "trees so that they are never felled.",
     ("tree beekeeping", "log hives", "wild honeybees", "intangible cultural heritage", "forests"),
     ("PL",), "2023-08"),
    ("dc26", "dataset", "fr",
     "Inventaire des ruchers troncs des Cévennes : apiers, ruches en châtaignier et colonies, "
     "2019-2023",
     "Dans les Cévennes, on a gardé les abeilles pendant des siècles dans des ruches troncs, des "
     "sections de châtaignier évidées, coiffées d'une lauze et alignées dans des apiers, murs ou "
     "niches de pierre sèche tournés vers le soleil. Cet inventaire, réalisé par le parc "
     "national des Cévennes avec des apiculteurs et des associations de patrimoine, recense 1 "
     "420 ruches troncs dans 312 ruchers, avec leur emplacement, leur âge estimé, leur état et "
     "la présence ou non d'une colonie. Les abeilles qui les habitent, souvent non traitées et "
     "essaimant librement, sont des abeilles noires locales, dont des échantillons ont été "
     "analysés pour leur génétique. Le jeu de données comprend les entretiens avec les derniers "
     "apiculteurs qui les conduisaient et leurs pratiques : une seule récolte de miel de bruyère "
     "et de châtaignier par an, sans enfumoir moderne. Il sert à un programme de restauration et "
     "de fabrication de ruches troncs. Le frelon asiatique, présent depuis 2015, est signalé.",
     ("ruches troncs", "apiculture traditionnelle", "abeille noire", "patrimoine rural",
      "Cévennes"),
     ("FR",), "2024-01"),
    ("dc27", "case-study", "es",
     "Trobos y cortinos: recuperar la apicultura tradicional en colmenas de tronco en el "
     "occidente de Asturias",
     "En el occidente de Asturias y en Somiedo, las abejas se criaron durante siglos en trobos, "
     "colmenas hechas con un tronco hueco de castaño o de roble tapado con una losa, que se "
     "colocaban dentro de cortinos, recintos circulares de piedra de hasta tres metros de alto "
     "levantados para que el oso no alcanzara la miel. Este estudio de caso reúne el trabajo "
     "hecho desde 2012 por una asociación de apicultores, el parque natural y un grupo de "
     "desarrollo rural: inventario de unos 300 cortinos, restauración de veinte de ellos, "
     "fabricación de trobos nuevos con carpinteros de la zona y su ocupación por enjambres de "
     "abeja negra ibérica. Compara la producción y la supervivencia de las colonias en trobos y "
     "en colmenas modernas, cuenta cómo los cortinos atraen a los visitantes y recoge el "
     "vocabulario de los colmeneros mayores. En Andalucía, las colmenas equivalentes, de corcho, "
     "se llaman corchos.",
     ("apicultura tradicional", "colmenas de tronco", "trobos", "cortinos", "Asturias"),
     ("ES",), "2023-10"),
    # --- pavement plants ----------------------------------------------------------------------
    ("dc28", "case-study", "en",
     "More than weeds: chalking the names of pavement plants and ending herbicide spraying in a "
     "London borough",
     "In 2020 volunteers in London began to chalk on the pavement the names of the wild plants "
     "growing in its cracks, at the foot of walls and around street trees: herb Robert, "
     "ivy-leaved toadflax, wall barley, Mexican fleabane, sow-thistles and many more. The idea, "
     "borrowed from a botanist in Toulouse, spread across Britain on social media and helped "
     "persuade several councils to stop spraying glyphosate on streets. This case study follows "
     "a London borough that made its pavements pesticide-free in 2021: how street cleaners "
     "switched to hot foam and brushing and now leave plants where they do no harm, the costs "
     "compared with spraying, the complaints about untidiness, and the residents who adopted "
     "tree pits. Botanists' surveys of 60 streets counted more than 200 plant species and the "
     "bees and hoverflies visiting them. Unmown verges and park meadows come under the borough's "
     "separate No Mow May policy.",
     ("pavement plants", "urban wild plants", "spontaneous flora", "pesticide-free streets",
      "urban biodiversity"),
     ("GB",), "2023-06"),
    ("dc29", "dataset", "fr",
     "Flore spontanée des ruelles et des terrains vagues de Montréal : relevés de 2019 à 2023",
     "Dans les fissures des trottoirs, au pied des clôtures des ruelles et sur les terrains "
     "vagues, Montréal abrite une flore spontanée que les citadins appellent souvent mauvaises "
     "herbes : chicorée sauvage, plantain, vergerette du Canada, asclépiade, linaire, renouée "
     "des oiseaux. Ce jeu de données, constitué par un jardin botanique et une université avec "
     "des citoyens de plusieurs quartiers, réunit 4 800 relevés géoréférencés dans 180 ruelles, "
     "60 terrains vagues et des bordures de trottoir : espèce, indigène ou introduite, hauteur, "
     "floraison, insectes pollinisateurs observés et mode d'entretien (tonte, arrachage ou "
     "aucune intervention). Il permet de comparer les ruelles vertes, entretenues par les "
     "riverains, et les ruelles asphaltées. Les relevés signalent l'herbe à poux, que les "
     "arrondissements font arracher pour les allergiques, et la renouée du Japon, envahissante ; "
     "ces deux espèces ne sont traitées qu'en annexe.",
     ("flore urbaine spontanée", "plantes des trottoirs", "terrains vagues", "ruelles vertes",
      "biodiversité urbaine"),
     ("CA",), "2024-02"),
    ("dc30", "event", "es",
     "Caminata «Yuyos de vereda»: reconocer las plantas espontáneas de las calles de Buenos "
     "Aires",
     "Un sábado por mes, un colectivo de botánicos y vecinos, con el jardín botánico de la "
     "ciudad, propone una caminata gratuita por un barrio de Buenos Aires para mirar lo que "
     "crece en las grietas de las veredas, al pie de los árboles de la calle, junto al cordón y "
     "en los baldíos: los yuyos que casi todos arrancan o rocían con herbicida. Durante dos "
     "horas se aprende a reconocer la ortiga, la verdolaga, el diente de león, la malva, el "
     "trébol y las hierbas nativas de la pampa que sobreviven en la ciudad, a qué insectos "
     "alimentan y por qué conviene dejarlas crecer donde no molestan. Al final, los "
     "participantes escriben con tiza el nombre de cada planta en la vereda y suben las fotos a "
     "una plataforma de ciencia ciudadana. La caminata del 14 de septiembre de 2024 recorrerá "
     "Parque Chacabuco. Las plantas silvestres comestibles se tratan en otro taller.",
     ("yuyos", "flora urbana espontánea", "plantas de vereda", "ciencia ciudadana",
      "Buenos Aires"),
     ("AR",), "2024-08"),
)  # fmt: skip
