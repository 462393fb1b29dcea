"""Clearing-house records of the sixty-seventh judged relevance set
(tests/search/relevance/queries67.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on capercaillie (deer fences, blaeberry and leks in the Strathspey
pinewoods of the Cairngorms; the grand tétras, or coq de bruyère, of the Vosges and its zones de
quiétude; a need for the cantaderos and arandaneras of the urogallo cantábrico); on reindeer and
caribou (the lichen pastures of the Sámi samebyar of Sweden; the maternity enclosures of the
caribou forestier hardes of Charlevoix and Val-d'Or; a need for the renos of the Dukha, the
tsaatan, of Khövsgöl); on baobabs (an offer to the baobab fruit harvesters of southern Africa; the
renala, Grandidier's baobab, of the Menabe; the guy, bouye and lalo of Thiès in a Spanish
cooperation project); on urban pigeons (Basel's lofts and egg removal; the pigeonniers
contraceptifs of Paris and its pigeons bisets; a Spanish guide to the palomas urbanas and their
pienso anticonceptivo); on voluntourism (guidelines on wildlife volunteering in South Africa; the
écovolontariat of the Vezo villages north of Toliara; a need for rules on the volunturismo of the
península de Osa); on river remeandering (the Kissimmee River after the C-38 canal; the reméandrage
of the Drugeon; the meandros, motas, madres and sotos of the Arga and the Aragón); on scallops (the
bay scallop die-offs of the Peconic estuary; the pétoncle géant seeded off the
Îles-de-la-Madeleine; the concha de abanico of Sechura, the ostión del norte of Chile); on cicadas
(Broods XIII and XIX in Illinois; the cigales of Provence; a need for the coyuyos and chicharras of
the yungas); on angel sharks (the angelsharks of Welsh waters; a French card on the ange de mer;
the angelotes of the Canary Islands); and on ospreys (the Rutland Water and Poole Harbour
translocations; the balbuzards pêcheurs of Corsica and the Loire; a need for the águila pescadora
reintroduced in Andalusia). English, French and Spanish, 10 records each, every topic written once
in each language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records65.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (capercaillie, capercailzie, wood grouse, grouse, Tetrao, lek,
tétras, grand tétras, coq de bruyère, tétraonidés, place de chant, urogallo, gallo lira, cantadero;
reindeer, caribou, Rangifer, Sámi, Saami, sameby, herder, renne, caribou forestier, harde, éleveur
de rennes, reno, pastor de renos, tsaatan, Dukha; baobab, Adansonia, monkey bread, pain de singe,
renala, bouye, pan de mono; pigeon, feral pigeon, rock dove, Columba, dove, pigeon biset,
pigeonnier, colombe, tourterelle, paloma, palomar, tórtola; voluntourism, volunteer, volontourisme,
écovolontariat, volontaire, volontariat, bénévole, volunturismo, voluntariado, voluntarios
extranjeros, orphanage; remeandering, meander, oxbow, channelization, straightened, river
restoration, reméandrage, méandre, bras mort, lône, rectifié, renaturé, meandro, madre vieja,
galacho, canalizado, renaturalización, restauración fluvial, Kissimmee; scallop, Argopecten,
Pecten, Placopecten, coquille Saint-Jacques, pétoncle, vieira, zamburiña, concha de abanico,
ostión; cicada, Magicicada, cigale, cigarra, chicharra, coyuyo; angel shark, angelshark, Squatina,
monkfish, ange de mer, angelote, pez ángel, tiburón ángel, shark, requin, tiburón; osprey, Pandion,
fish hawk, raptor, balbuzard, rapace, águila pescadora, guincho, rapaz). Screened and dropped as
covered: other effective area-based conservation measures (named by u07), floating gardens and
chinampas (s10, o20), sea urchins (y13), octopus fishing closures (bt17), freshwater turtles
(bm10-bm12), rewilding (l28), early-season burning (bx06) and land snails (the partulas of bf08,
the Achatinella of ci10), besides the topics of sets 42 to 65 and those their docstrings list as
covered, and the chemicals, waste, pollution, energy and biosafety topics left to set 66; screened
with no or passing hits but not chosen: squirrels (bt04, cm27, cq24), sphagnum moss harvesting
(ci16, bq02; too close to the peatland queries, as set 36 found), coral diseases (co27; too close
to the coral reef queries), salicornia (ce29; too close to the wild edible plant queries),
kingfishers, eiders, okapis, koalas, lemurs (ci23), mongooses (bz14) and birdwatching tourism (k13,
bn03).

The nearest are the baobabs among the threatened trees that a network of botanic gardens keeps,
propagates and returns to restored forest in Madagascar (u16), judged 1 to the general baobab
queries; the feral pigeons plentiful where urban peregrines nest and the palomas those peregrines
hunt and falconers scare away (cs19, cs21), the palomas killed by glass (bp24) and by slug pellets
(by09), the pink pigeon of Mauritius (cq13) and the pigeon colombin of the woodpecker holes (cs08),
all passing; the bras morts reopened along the Garonne (br05) and the méandres of the daylit Bièvre
(ck17), no remeandering; the juvenile scallops and scallop dredges of the maerl pages (bj07, bj08),
passing, and the ostión of Mexico, an oyster (ck15, and the piedra ostionera of ce21); the cicadas
heard by canopy sensors (bk13) and the chicharrita, a planthopper, of the coconut page (co12); the
greater sage-grouse of the sagebrush easements (bp19), another grouse; the caribou of the Innu
place names and of the Nitassinan guardians (cm29, co23) and the Saami Council of the
geoengineering page (cr18), passing; the whale shark, shark fin and other pages naming sharks
(i04-i06, v24 and others), no angel shark; and the raptor pages (u25, bf24, cg23, ck01-ck03 and
others), no osprey. No page names a capercaillie, voluntourism, an angel shark or an osprey.

records66.py (ids ct01..ct30, on deep geological repositories for radioactive waste, anticoagulant
rodenticides, chronic kidney disease of unknown cause, calabash chalk and edible clays, energy
saving campaigns, shared e-scooters, green freight, serious games for training, genetically
modified tomatoes and glitter), written at the same time by another engineer, was searched for the
same words once it was finished: none of its records is about these topics, and none names a
capercaillie, a reindeer or caribou, a baobab, a scallop, a cicada, an angel shark, an osprey,
voluntourism or a meander (its only hits are passing: the palomas killed with hares and partridges
by the chlorophacinone baits of ct06, the birds of prey of ct04 and the rapaces of ct05, no osprey,
and the volunteers of ct23 and ct24, no voluntourism).

Traps: the osprey centre at Loch Garten and the Cairngorm reindeer herd named by cu01, the ospreys
nesting along the Kissimmee (cu16) and the guincho of the Canary coasts (cu27) are passing, 0 to
the osprey and reindeer queries; the baobabs visited at the end of the écovolontariat of cu14 are
passing, 0 to the baobab queries; the scallop dredging of Cardigan Bay (cu25) is passing, 0 to the
scallop queries; the lynx of cu02 and cu04, the faucons pèlerins of cu11, the vencejos and cetrería
of cu12, the fonio of cu09, the tourists of cu06, the sea turtle patrols of cu15, the brown tide of
cu19, the lobster of cu20, the visón europeo of cu18 and the chicharritas of cu24 are passing or
other things; the pigeon ramier of cu11 is another urban pigeon. For the country queries: cu01
names Sweden (the birds of 1837), cu02 Norway, cu06 Russia and Tuva, cu07 lists Malawi, Zimbabwe,
Mozambique and South Africa, cu20 names France (for its word), cu21 Chile, France and the United
States, cu28 Scotland and Wales, cu29 Senegal, Mauritania and Tuscany, and cu30 Germany, Finland
and the Canary and Balearic Islands; cu14 and cu08 are both about Madagascar.

Ids (cu01..cu30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cr01..cr30, cs01..cs30), nor with records66.py's (ct01..ct30), and no earlier id starts with "cu".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- capercaillie -------------------------------------------------------------------------
    ("cu01", "project", "en",
     "Capercaillie in the Cairngorms: fewer fences, quieter paths and predator work in the "
     "Strathspey pinewoods",
     "The capercaillie (Tetrao urogallus), the largest grouse in the world, died out once already "
     "in Scotland, in the eighteenth century, and was brought back from Sweden in 1837. The "
     "latest national winter survey, in 2021-22, estimated about 530 birds, nearly all of them in "
     "the pinewoods of Strathspey and Deeside inside the Cairngorms National Park. This five-year "
     "project, led by the national park authority with estates, foresters and community groups, "
     "tackles the causes of decline: it removes or marks the deer fences that birds fly into at "
     "dawn, thins dense plantations so that blaeberry can grow again under the Scots pine, trials "
     "diversionary feeding of pine martens near nests, and agrees with walkers, mountain bikers "
     "and dog owners on routes that keep clear of the leks in spring. A community group in each "
     "village helps choose the measures. The osprey centre at Loch Garten and the reindeer herd "
     "of the high tops are mentioned only for their visitor numbers.",
     ("capercaillie", "Tetrao urogallus", "Caledonian pinewoods", "disturbance",
      "Cairngorms National Park"),
     ("GB",), "2024-05"),
    ("cu02", "document", "fr",
     "Grand tétras des Vosges : guide pour préserver les zones de quiétude en forêt",
     "Dans le massif des Vosges, le grand tétras (Tetrao urogallus), que les anciens appellent "
     "coq de bruyère, ne compte plus que quelques dizaines d'oiseaux, contre plusieurs centaines "
     "dans les années 1970, et ne subsiste que dans les hêtraies-sapinières et les pessières des "
     "crêtes et des hautes chaumes. Ce guide, rédigé avec le parc naturel régional des Ballons "
     "des Vosges, l'Office national des forêts et le groupe tétras Vosges, s'adresse aux "
     "forestiers, aux communes et aux organisateurs de loisirs. Il explique comment délimiter des "
     "zones de quiétude autour des places de chant et des sites d'hivernage, décaler coupes et "
     "débardages hors de la période d'avril à juillet, garder des peuplements clairs riches en "
     "myrtilles, et détourner les itinéraires de raquettes et de ski de randonnée. Il présente le "
     "plan national d'actions et le débat sur un renforcement de la population par des oiseaux "
     "venus de Norvège. La prédation par le renard et la martre est discutée ; le lynx n'est cité "
     "qu'en passant.",
     ("grand tétras", "Tetrao urogallus", "tétraonidés", "dérangement de la faune",
      "massif des Vosges"),
     ("FR",), "2023-11"),
    ("cu03", "need", "es",
     "Necesidad: recuperar las arandaneras y los cantaderos del urogallo cantábrico en Asturias y "
     "León",
     "El urogallo cantábrico (Tetrao urogallus cantabricus), la única población del mundo que "
     "vive en bosques caducifolios de haya, roble y abedul, ha perdido más de la mitad de sus "
     "cantaderos desde los años ochenta y hoy se estima en menos de 200 machos repartidos entre "
     "Asturias y León. La fundación que coordina su conservación, con los dos gobiernos "
     "autonómicos, solicita apoyo para aclarar matorrales y favorecer el arándano en el "
     "sotobosque, retirar o señalizar cercados ganaderos, reducir la presión de ciervos y "
     "jabalíes sobre el monte y vigilar los cantaderos en primavera para evitar las molestias de "
     "fotógrafos y curiosos. Pide también equipos para el centro de cría en cautividad de "
     "Sobrescobio, que ya ha liberado sus primeros ejemplares, y formación para guardas y vecinos "
     "del Parque Natural de las Fuentes del Narcea y del Alto Sil leonés. El urogallo pirenaico, "
     "otra subespecie que vive en pinares, no forma parte de la solicitud.",
     ("urogallo cantábrico", "Tetrao urogallus cantabricus", "cordillera Cantábrica",
      "cría en cautividad", "especies en peligro de extinción"),
     ("ES",), "2024-03"),
    # --- reindeer and caribou -----------------------------------------------------------------
    ("cu04", "dataset", "en",
     "Reindeer winter pastures in Sweden: ground lichen cover, forestry and ice-crust winters in "
     "the Sámi herding area, 1953-2024",
     "Reindeer herding is practised by Sámi herding communities, the samebyar, over about half of "
     "Sweden, from the mountain summer pastures to the coniferous forests where the herds graze "
     "in winter on ground lichens dug out from under the snow. This dataset brings together the "
     "national forest inventory's plot records of reindeer lichen (Cladonia) cover since 1953, "
     "which show a fall of some 70 per cent in lichen-rich forest, with the clear-cuts, soil "
     "scarification and dense young stands behind it, and the herders' records of winters when "
     "rain on snow froze into ice the reindeer could not dig through. It adds the days of "
     "supplementary feeding, calf counts at the autumn round-ups, and the land taken by roads, "
     "mines and wind farms in each sameby. Herders' knowledge of snow and ice, noted in North "
     "Sámi words, is a separate field kept with the communities' consent. Losses to wolverine, "
     "lynx and eagles are summarised from the compensation scheme.",
     ("reindeer herding", "Sámi", "lichen pastures", "forestry", "traditional knowledge"),
     ("SE",), "2024-10"),
    ("cu05", "project", "fr",
     "Caribou forestier de Charlevoix et de Val-d'Or : enclos de maternité et fermeture des "
     "chemins forestiers",
     "Au Québec, le caribou forestier (Rangifer tarandus caribou), de la même espèce que le renne "
     "d'Eurasie, recule à mesure que les coupes, les chemins forestiers et les lignes de "
     "transport d'électricité ouvrent la forêt boréale aux orignaux, aux loups et aux ours noirs. "
     "Deux petites hardes isolées au sud de l'aire de répartition, celle de Charlevoix et celle "
     "de Val-d'Or, sont au bord de la disparition : la seconde ne comptait plus qu'une dizaine de "
     "bêtes quand elle a été mise en enclos en 2020. Ce projet du ministère responsable de la "
     "faune, avec des communautés innues et anichinabées, entretient des enclos de maternité où "
     "les femelles mettent bas à l'abri des prédateurs, ferme et reboise des centaines de "
     "kilomètres de chemins forestiers et suit les bêtes relâchées par colliers GPS. Il discute "
     "avec l'industrie forestière des territoires à soustraire à la coupe. Les caribous "
     "migrateurs de la rivière George, plus au nord, ne sont pas couverts.",
     ("caribou forestier", "Rangifer tarandus caribou", "forêt boréale", "enclos de maternité",
      "espèces menacées"),
     ("CA",), "2023-06"),
    ("cu06", "need", "es",
     "Necesidad: atención veterinaria y pastos para los pastores de renos dukha de la taiga de "
     "Mongolia",
     "En la taiga del norte de la provincia de Khövsgöl, junto a la frontera con Rusia, unas "
     "cuarenta familias dukha, a las que los mongoles llaman tsaatan, «los que tienen renos», "
     "crían unos 2.000 renos que les dan leche, queso, transporte y pieles. Se mudan con sus "
     "tiendas cónicas, los urts, entre los pastos de verano de las montañas y los campamentos de "
     "invierno del bosque, siguiendo los líquenes y musgos que comen los animales. La "
     "consanguinidad de los rebaños, la brucelosis y las restricciones de caza y recolección del "
     "parque nacional creado en 2011 han puesto en riesgo el pastoreo de renos. La asociación de "
     "pastores, con la gobernación del distrito de Tsagaannuur, solicita apoyo para un "
     "veterinario itinerante, vacunas, el intercambio de machos reproductores con pastores de "
     "Tuvá y un acuerdo de manejo del parque que reconozca los pastos tradicionales. Los turistas "
     "que llegan cada verano a los campamentos son otro tema.",
     ("renos", "pastoreo de renos", "pueblos indígenas", "taiga", "conocimientos tradicionales"),
     ("MN",), "2024-01"),
    # --- baobabs ------------------------------------------------------------------------------
    ("cu07", "support-source", "en",
     "Offer: training and certification support for baobab fruit harvesters and processors in "
     "southern Africa",
     "Baobab trees (Adansonia digitata) grow wild across the dry lowlands of Malawi, Zimbabwe, "
     "Mozambique and northern South Africa, and their dry fruit pulp, rich in vitamin C and "
     "fibre, has been sold as a powder in Europe since it was authorised as a novel food in 2008. "
     "Most of it is gathered by women who pick up fallen pods on communal land and sell them to "
     "processors. A regional association of baobab producers offers ministries, cooperatives and "
     "small processors: training in harvesting that leaves enough fruit for regeneration and for "
     "the elephants and baboons that eat it, counts and maps of trees in harvest areas, organic "
     "and fair-trade certification, hygiene in cracking, sieving and packing the powder, and help "
     "drafting benefit-sharing agreements with buyers. It also supports nurseries that raise "
     "seedlings for farmers, since few young baobabs survive goats and fire. Known as mlambe in "
     "Malawi and muuyu in Zimbabwe, the tree is protected by custom in many villages.",
     ("baobab", "Adansonia digitata", "wild harvesting", "value chains", "southern Africa"),
     ("MW", "ZW", "MZ", "ZA"), "2024-04"),
    ("cu08", "dataset", "fr",
     "Baobabs de Grandidier du Menabe : recensement des pieds, régénération et mortalité autour "
     "de l'Allée des Baobabs, 2008-2024",
     "Le baobab de Grandidier (Adansonia grandidieri), le renala des Sakalava, est l'un des six "
     "baobabs endémiques de Madagascar et le plus célèbre, avec les grands fûts de l'Allée des "
     "Baobabs près de Morondava, classée monument naturel. Ce jeu de données, tenu par une "
     "association locale avec l'université d'Antananarivo et la direction régionale de "
     "l'environnement, rassemble le recensement et la mesure de 3 200 baobabs du Menabe, l'état "
     "sanitaire de chaque arbre, les arbres morts et leurs causes, et le suivi de jeunes plants "
     "dans des placettes. Il montre que les vieux baobabs restent nombreux dans les rizières et "
     "les pâturages, où les feux de brousse, l'inondation des rizières et la dent des zébus "
     "empêchent presque toute régénération, alors que la forêt de Kirindy en conserve. Il note "
     "aussi la récolte des fruits et de l'écorce, et les plantations de jeunes baobabs par les "
     "écoles. Les lémuriens de Kirindy ne sont notés qu'en passant.",
     ("baobabs", "Adansonia grandidieri", "espèces endémiques", "régénération", "Menabe"),
     ("MG",), "2024-07"),
    ("cu09", "project", "es",
     "Baobabs para las mujeres de Thiès: viveros, huertos de hojas y transformación del fruto",
     "En la región de Thiès, en Senegal, el baobab (Adansonia digitata), que los wolof llaman "
     "guy, da el fruto que las mujeres transforman en bouye, el zumo y la pulpa que se venden en "
     "los mercados de Dakar, y las hojas que, secas y molidas, se convierten en lalo para el "
     "cuscús. Muchos baobabs viejos se pierden por el crecimiento de las ciudades y la sequía, y "
     "casi no hay árboles jóvenes porque las cabras comen los brotes. Este proyecto de una ONG "
     "española con una federación de agrupaciones de mujeres y el servicio forestal instala "
     "viveros comunitarios, planta huertos de baobabs enanos que se cosechan como hortaliza de "
     "hoja a los dos años, enseña a injertar árboles de buenas variedades para que den fruto "
     "antes y equipa una unidad de secado y envasado del polvo de la pulpa, que en España se "
     "vende como pan de mono. También registra los baobabs sagrados. El fonio y el mijo de las "
     "mismas parcelas no forman parte del proyecto.",
     ("baobab", "Adansonia digitata", "mujeres rurales", "viveros comunitarios", "Senegal"),
     ("SN",), "2023-09"),
    # --- urban pigeons ------------------------------------------------------------------------
    ("cu10", "case-study", "en",
     "Basel's pigeon action: halving the city's feral pigeons with lofts, egg removal and less "
     "feeding",
     "In the late 1980s Basel, in Switzerland, had some 20,000 feral pigeons (Columba livia), "
     "descendants of domestic rock doves, fouling buildings and monuments and living in poor "
     "health at high densities. Shooting and trapping had failed for decades, because the birds "
     "bred back as fast as they were killed. In 1988 the city, with zoologists from the "
     "university and the animal protection society, tried another approach: a public campaign "
     "explaining that bread and scraps made pigeons sick and too many, and supervised lofts in "
     "church towers and attics where pigeons were drawn to nest and where their eggs were "
     "regularly taken and replaced with dummies. Within four years the population had halved, and "
     "the birds left were healthier. This case study follows the programme to 2024: the number of "
     "lofts, eggs removed, counts in squares, complaints, and costs compared with culling. It "
     "discusses why the method works only when feeding falls, and what other towns that copied it "
     "have learned.",
     ("feral pigeons", "urban wildlife", "pigeon lofts", "population control", "Basel"),
     ("CH",), "2024-03"),
    ("cu11", "project", "fr",
     "Pigeonniers contraceptifs dans les parcs parisiens : stériliser les œufs plutôt que "
     "capturer les pigeons",
     "Paris compterait entre 20 000 et 80 000 pigeons bisets (Columba livia), les pigeons des "
     "villes, dont les fientes abîment les façades et les monuments et qui se concentrent là où "
     "des habitants les nourrissent. Depuis 2003 la Ville installe dans ses parcs et ses squares "
     "des pigeonniers contraceptifs : les pigeons y nichent, et un agent y passe chaque semaine "
     "pour secouer les œufs ou les remplacer par des œufs factices, afin de limiter les "
     "naissances sans capture ni mise à mort. Le projet, conduit par la direction des espaces "
     "verts avec des associations de protection animale, en compte aujourd'hui une vingtaine et "
     "suit le nombre de couples, d'œufs stérilisés et de jeunes, l'état sanitaire des oiseaux et "
     "les plaintes des riverains. Des panneaux et des médiateurs expliquent pourquoi il ne faut "
     "pas jeter de pain. Le pigeon ramier, de plus en plus nombreux dans les jardins, et les "
     "faucons pèlerins qui chassent les bisets sont cités en passant.",
     ("pigeons des villes", "pigeon biset", "pigeonniers contraceptifs", "faune urbaine", "Paris"),
     ("FR",), "2023-04"),
    ("cu12", "document", "es",
     "Guía para la gestión de las palomas urbanas: pienso anticonceptivo, palomares y cierre de "
     "huecos",
     "La paloma bravía doméstica (Columba livia), la paloma de plaza, forma en muchas ciudades "
     "españolas colonias de miles de aves que anidan en huecos de fachadas, iglesias y naves "
     "abandonadas. Esta guía, preparada por una red de ayuntamientos con veterinarios y "
     "asociaciones de protección animal, explica a los técnicos municipales por qué las capturas "
     "y el sacrificio no reducen la población a medio plazo y qué métodos sí lo hacen: el pienso "
     "con nicarbazina, un anticonceptivo repartido en comederos controlados que Barcelona empezó "
     "a usar en 2017; los palomares municipales donde se retiran los huevos; el cierre de huecos "
     "y la limpieza de cornisas con mallas y pinchos que no hieran a las aves; y ordenanzas que "
     "prohíban alimentarlas en la calle. Trata los riesgos sanitarios, como la psitacosis, y la "
     "protección de vencejos y gorriones al cerrar huecos. La cetrería y los ultrasonidos se "
     "describen como métodos de poca eficacia.",
     ("palomas urbanas", "Columba livia", "control de poblaciones", "fauna urbana",
      "ayuntamientos"),
     ("ES",), "2024-02"),
    # --- voluntourism -------------------------------------------------------------------------
    ("cu13", "document", "en",
     "Volunteering with wildlife: guidelines for responsible voluntourism in South Africa",
     "Every year thousands of young people pay several hundred dollars a week to volunteer at "
     "wildlife projects in South Africa, booked through agencies in Europe, North America and "
     "Australia. Some of these voluntourism placements support real conservation work; others use "
     "volunteers to hand-rear lion cubs that are later sold to canned hunting or the bone trade, "
     "or to bottle-feed 'orphaned' animals taken from the wild to attract paying visitors. These "
     "guidelines, drafted by a national wildlife association with tourism bodies and the "
     "environment department, tell volunteers, agencies and host projects what to check: no cub "
     "petting, walking with predators or elephant rides; animals rescued only under permit, with "
     "release as the aim; tasks that do not replace local staff, such as monitoring, clearing "
     "alien plants and entering data; a transparent use of fees; and the skills, supervision and "
     "safeguarding of volunteers. A checklist lets agencies rate placements before advertising "
     "them.",
     ("voluntourism", "wildlife volunteering", "responsible tourism", "animal welfare",
      "captive lions"),
     ("ZA",), "2023-05"),
    ("cu14", "case-study", "fr",
     "Écovolontariat dans les aires marines gérées localement du Sud-Ouest de Madagascar : ce que "
     "paient les volontaires et ce qu'ils apportent",
     "Depuis le début des années 2000, des centaines d'écovolontaires venus d'Europe paient "
     "chaque année plusieurs milliers d'euros pour passer six à dix semaines dans des villages de "
     "pêcheurs vezo au nord de Toliara, où ils apprennent la plongée et participent au suivi des "
     "récifs, des herbiers et des captures de poulpe des aires marines gérées localement. Cette "
     "étude de cas, réalisée par une université avec l'ONG qui accueille les volontaires et les "
     "associations villageoises, examine ce volontourisme sous plusieurs angles : la part des "
     "frais qui reste dans les villages en salaires, en logement et en soutien aux écoles ; la "
     "qualité des données collectées par des plongeurs formés en quelques semaines ; les emplois "
     "de guides et de cuisiniers créés ; et les critiques d'une conservation vendue comme une "
     "aventure. Elle recommande de former d'abord des Malgaches au suivi et de réserver aux "
     "volontaires les tâches d'appui. Les excursions de fin de séjour vers les baobabs et les "
     "forêts épineuses sont citées en passant.",
     ("volontourisme", "écovolontariat", "tourisme responsable", "aires marines gérées localement",
      "Madagascar"),
     ("MG",), "2024-01"),
    ("cu15", "need", "es",
     "Necesidad: registro y normas para el volunturismo en los proyectos de conservación de la "
     "península de Osa",
     "En la península de Osa, en el Pacífico Sur de Costa Rica, decenas de proyectos reciben cada "
     "año a miles de voluntarios extranjeros que pagan por hospedaje y actividades mientras "
     "siembran árboles en potreros abandonados, cuidan viveros o ayudan en centros de rescate de "
     "fauna. El Área de Conservación Osa, con la municipalidad de Golfito y organizaciones "
     "locales, ha recibido quejas por animales silvestres manipulados para fotos, voluntarios que "
     "hacen trabajos que antes se pagaban a vecinos, visas de turista usadas para trabajar y "
     "datos de monitoreo que nadie analiza. Solicita apoyo para crear un registro de las "
     "organizaciones que acogen voluntariado pagado, un código de buenas prácticas para el "
     "volunturismo con criterios de bienestar animal y de beneficio local, capacitación para los "
     "coordinadores y una encuesta a voluntarios y comunidades de Puerto Jiménez y Drake. Los "
     "patrullajes de tortugas marinas y el turismo de naturaleza en general son otros temas.",
     ("volunturismo", "voluntariado pagado", "turismo responsable", "bienestar animal",
      "península de Osa"),
     ("CR",), "2024-06"),
    # --- river remeandering -------------------------------------------------------------------
    ("cu16", "dataset", "en",
     "Kissimmee River restoration: flow, dissolved oxygen, floodplain vegetation and wading birds "
     "before and after backfilling the C-38 canal, 1996-2023",
     "Between 1962 and 1971 the meandering Kissimmee River in central Florida, 166 km long, was "
     "dug into the straight C-38 flood control canal, 90 km long, which drained most of its "
     "floodplain marshes. Wading birds and waterfowl fell by more than 90 per cent and the "
     "canal's water was often low in oxygen. From 1999 to 2021 the Army Corps of Engineers and "
     "the regional water management district backfilled 35 km of canal, removed two water control "
     "structures and reconnected some 70 km of the old meandering channel, one of the largest "
     "river remeandering projects in the world. This dataset holds the restoration evaluation: "
     "river stage and flow, dissolved oxygen, sediment on the channel bed, floodplain vegetation "
     "maps, fish and invertebrate samples, and aerial counts of wading birds and ducks from the "
     "baseline years to 2023. It shows flowing water, broadleaf marsh and wintering ducks "
     "returning. Bald eagles and ospreys nesting along the river are noted in passing.",
     ("river restoration", "remeandering", "channelization", "floodplains", "Kissimmee River"),
     ("US",), "2023-03"),
    ("cu17", "case-study", "fr",
     "Le Drugeon reméandré : vingt-cinq ans après la restauration d'une rivière rectifiée du "
     "Haut-Doubs",
     "Des années 1950 aux années 1970, le Drugeon, affluent du Doubs qui traverse le plateau de "
     "Frasne et de Bouverans, a été rectifié et recalibré sur une trentaine de kilomètres pour "
     "assainir les prairies humides et évacuer plus vite les crues. Devenu canal, le cours d'eau "
     "s'est enfoncé, la nappe a baissé et les frayères de truite et de brochet ont disparu. À "
     "partir de 1997, la communauté de communes, avec l'agence de l'eau et des crédits LIFE, a "
     "engagé l'un des premiers grands chantiers de reméandrage en France : recreusement des "
     "anciens méandres encore visibles sur les photographies aériennes, comblement des tronçons "
     "rectilignes, remontée du lit et reconnexion des bras morts. Cette étude de cas fait le "
     "bilan : longueur de rivière regagnée, niveaux de la nappe, végétation des prairies, "
     "peuplements de poissons et d'invertébrés, et acceptation par les agriculteurs, d'abord "
     "réticents. Elle en tire des leçons pour d'autres rivières rectifiées.",
     ("reméandrage", "restauration de cours d'eau", "rivières rectifiées", "Drugeon", "Doubs"),
     ("FR",), "2022-10"),
    ("cu18", "project", "es",
     "Devolver los meandros al Arga y al Aragón: retirada de motas y recuperación de sotos en la "
     "Ribera navarra",
     "En el tramo bajo del Arga y del Aragón, en Navarra, las motas levantadas desde los años "
     "sesenta para proteger los cultivos cortaron los meandros y separaron el río de sus sotos, y "
     "las crecidas, encajonadas, rompen cada pocos años las defensas y anegan campos y pueblos. "
     "Este proyecto del Gobierno de Navarra con la confederación hidrográfica, financiado por el "
     "programa LIFE, retira o retranquea motas, reabre meandros abandonados y brazos secundarios, "
     "que aquí se llaman madres, deja que el río divague en un espacio fluvial comprado o "
     "arrendado a los agricultores y planta sauces, chopos y fresnos en los sotos. Busca a la vez "
     "reducir los daños de avenidas como la de 2021 y recuperar el hábitat del visón europeo, del "
     "que quedan unos cientos en la península. Mide la dinámica del cauce con vuelos de dron, la "
     "inundación de los sotos y la fauna, y acompaña a los regantes en la negociación de las "
     "tierras.",
     ("recuperación de meandros", "restauración fluvial", "espacio fluvial", "inundaciones",
      "visón europeo"),
     ("ES",), "2023-12"),
    # --- scallops -----------------------------------------------------------------------------
    ("cu19", "dataset", "en",
     "Bay scallops of the Peconic estuary, Long Island: adult surveys, spawner sanctuaries and "
     "the 2019-2023 die-offs",
     "The bay scallop (Argopecten irradians), once the base of a fishery worth millions of "
     "dollars to the East End of Long Island, New York, crashed with the brown tide blooms of the "
     "1980s and was rebuilt in the 2000s by seeding and spawner sanctuaries in the eelgrass beds "
     "of the Peconic bays. Then, in the autumns of 2019 to 2023, most adult scallops died before "
     "the season opened, leaving the baymen with almost no harvest. This dataset, kept by the "
     "county's marine extension programme with the state fisheries agency, holds yearly dive and "
     "dredge surveys of adult and juvenile scallops at 60 sites since 2006, water temperature and "
     "dissolved oxygen from loggers, the numbers of scallops planted in spawner sanctuaries, "
     "commercial landings, and the results of the tests that identified a parasite, together with "
     "heat stress, behind the die-offs. Eelgrass cover is recorded at each site.",
     ("bay scallops", "Argopecten irradians", "shellfish fisheries", "mass mortality",
      "Peconic estuary"),
     ("US",), "2024-03"),
    ("cu20", "project", "fr",
     "Ensemencer le pétoncle géant aux Îles-de-la-Madeleine : collecte du naissain et élevage en "
     "filières",
     "Aux Îles-de-la-Madeleine, dans le golfe du Saint-Laurent, la pêche au pétoncle géant "
     "(Placopecten magellanicus), ce qu'on appellerait en France une coquille Saint-Jacques, a "
     "décliné faute de gisements naturels assez denses. Depuis une vingtaine d'années, des "
     "pêcheurs regroupés en entreprise, avec un centre de recherche en aquaculture et le "
     "ministère des Pêches, captent chaque été le naissain sur des collecteurs suspendus dans les "
     "lagunes, élèvent les juvéniles en paniers sur des filières, puis les ensemencent sur des "
     "fonds sableux au large où ils grandissent quatre ans avant d'être pêchés à la drague. Le "
     "projet actuel étend les zones d'ensemencement, teste des engins de récolte moins "
     "dommageables pour le fond, suit la survie des pétoncles face aux étoiles de mer et aux "
     "crabes, et mesure la température de l'eau, qui commande leur croissance. Il produit aussi "
     "des pétoncles vendus vivants aux restaurants. Le homard, principale pêche des Îles, n'est "
     "cité qu'en passant.",
     ("pétoncles", "Placopecten magellanicus", "mariculture", "ensemencement",
      "Îles-de-la-Madeleine"),
     ("CA",), "2023-08"),
    ("cu21", "case-study", "es",
     "La concha de abanico de la bahía de Sechura: del auge de la maricultura a la mortandad del "
     "Niño costero de 2017",
     "En la bahía de Sechura, en Piura, miles de pescadores artesanales organizados en "
     "asociaciones siembran y cosechan concha de abanico (Argopecten purpuratus), la misma "
     "especie que en Chile se llama ostión del norte, en áreas de repoblamiento otorgadas en el "
     "fondo de la bahía. En diez años Sechura pasó a producir la mayor parte de la concha "
     "exportada por el Perú, congelada hacia Francia y Estados Unidos. Este estudio de caso "
     "reconstruye ese crecimiento y lo que ocurrió con el Niño costero de 2017, cuando las "
     "lluvias, el agua dulce del río Piura y la falta de oxígeno mataron casi toda la concha "
     "sembrada. Repasa las crisis posteriores por falta de semilla de los bancos naturales de "
     "Lobos de Tierra, la compra de semilla de laboratorio, los conflictos por los límites de las "
     "áreas y el cuidado de la calidad del agua frente a los desagües de Parachique. Propone un "
     "sistema de alerta y un fondo de contingencia para los maricultores.",
     ("concha de abanico", "Argopecten purpuratus", "maricultura", "El Niño", "pesca artesanal"),
     ("PE",), "2024-05"),
    # --- cicadas ------------------------------------------------------------------------------
    ("cu22", "dataset", "en",
     "Periodical cicadas of 2024: Brood XIII and Brood XIX emergence records in Illinois",
     "In spring 2024 two broods of periodical cicadas (Magicicada) emerged together in Illinois "
     "for the first time since 1803: the 17-year Brood XIII of the north of the state and the "
     "13-year Brood XIX, which reaches from Illinois to the south-east. This dataset, compiled by "
     "the state natural history survey with a university entomology department, brings together "
     "more than 40,000 photographs and sightings sent by the public through a mobile app, "
     "emergence dates mapped by county, chorus recordings with their loudness, and plots where "
     "nymph exit holes were counted per square metre under old oaks and maples. It records the "
     "overlap zone near Springfield, where the two broods were watched for hybridisation, the "
     "Massospora fungus that infects the adults, the birds, squirrels and fish that fed on them, "
     "and the flagging of branch tips where females laid their eggs. Advice to orchard growers on "
     "netting young trees is linked.",
     ("periodical cicadas", "Magicicada", "insects", "emergence records", "Illinois"),
     ("US",), "2024-11"),
    ("cu23", "project", "fr",
     "Les cigales de Provence : un inventaire participatif des espèces et de leur remontée vers "
     "le nord",
     "Chant de l'été méditerranéen, les cigales comptent en France une vingtaine d'espèces, de la "
     "grande cigale plébéienne (Lyristes plebejus) à la cigale grise (Cicada orni) et aux petites "
     "cigalettes que l'on entend à peine. Leurs larves vivent plusieurs années dans le sol, sous "
     "les pins, les oliviers et les chênes, avant de sortir en juin et juillet. Ce projet, mené "
     "par un conservatoire d'espaces naturels avec un muséum et des associations naturalistes de "
     "Provence-Alpes-Côte d'Azur et d'Occitanie, invite les habitants à enregistrer les chants "
     "avec leur téléphone pour identifier les espèces, cartographie leur répartition, suit les "
     "dates de sortie des adultes et la progression de la cigale grise vers la vallée du Rhône et "
     "au-delà de Lyon. Il étudie aussi les effets du débroussaillement, des traitements "
     "insecticides des vignes et de l'urbanisation du littoral. La cigale, emblème touristique de "
     "la Provence, sert de porte d'entrée vers les autres insectes.",
     ("cigales", "insectes", "inventaire participatif", "répartition des espèces", "Provence"),
     ("FR",), "2023-07"),
    ("cu24", "need", "es",
     "Necesidad: inventario de coyuyos y chicharras en las yungas del noroeste argentino",
     "En el noroeste argentino se llama coyuyo, palabra de origen quechua, a las chicharras cuyo "
     "canto anuncia el calor del verano en las yungas, el monte chaqueño y los valles de Tucumán, "
     "Salta y Jujuy. Se conocen allí una docena de especies de géneros como Fidicina, Dorisiana y "
     "Proarna, pero no hay colecciones completas ni grabaciones de sus cantos, y la tala, los "
     "desmontes para soja y caña de azúcar y los incendios eliminan los árboles en cuyas raíces "
     "viven las ninfas durante años. La facultad de ciencias naturales de la universidad de "
     "Tucumán, con la administración de parques nacionales, solicita apoyo para muestrear las "
     "chicharras en los parques nacionales Calilegua, El Rey y Campo de los Alisos, formar a "
     "guardaparques en la grabación de cantos, crear una colección de referencia y una guía "
     "sonora, y describir especies nuevas con ayuda de especialistas. No deben confundirse con "
     "las chicharritas, pequeños insectos que transmiten enfermedades al maíz.",
     ("chicharras", "coyuyos", "insectos", "yungas", "inventarios de biodiversidad"),
     ("AR",), "2024-09"),
    # --- angel sharks -------------------------------------------------------------------------
    ("cu25", "project", "en",
     "Angel sharks in Welsh waters: fishers' records, genetic sampling and a safe-release code",
     "The angelshark (Squatina squatina), a flat, sand-coloured shark that lies buried in the "
     "seabed and was once common enough around Britain to be landed as 'monkfish', is now "
     "Critically Endangered across its range from Scandinavia to north-west Africa. Cardigan Bay "
     "and the coast of Wales are among the few places in the north-east Atlantic where it is "
     "still caught by chance. This project, led by a natural history society with a university "
     "and the Welsh government's marine team, gathers past and recent sightings from fishers, "
     "anglers and divers, takes fin clips and environmental DNA samples to find where the species "
     "survives, and has written with fishers a code for handling and releasing angel sharks "
     "caught in nets or on rod and line. It runs community events and an archive of old "
     "photographs in harbour towns. Scallop dredging in the bay is discussed only as a possible "
     "source of bycatch.",
     ("angel sharks", "Squatina squatina", "sharks", "fishers' knowledge", "Wales"),
     ("GB",), "2024-02"),
    ("cu26", "document", "fr",
     "Ange de mer : fiche d'identification et de remise à l'eau pour les pêcheurs de Méditerranée "
     "et de l'Atlantique",
     "L'ange de mer commun (Squatina squatina), requin aplati aux larges nageoires pectorales qui "
     "chasse à l'affût enfoui dans le sable, était pêché couramment au chalut et au filet sur les "
     "côtes françaises jusqu'aux années 1970. Il a presque disparu de la Méditerranée française "
     "et du golfe de Gascogne, et il est interdit de le pêcher, de le garder à bord et de le "
     "débarquer dans les eaux de l'Union européenne. Cette fiche, diffusée par l'Office français "
     "de la biodiversité avec les comités des pêches, aide à le distinguer des raies et de la "
     "baudroie, explique comment le relâcher vivant, sans le soulever par la queue ni le garder "
     "hors de l'eau, et demande de signaler chaque capture ou observation, avec photographie, "
     "position et profondeur, au programme de sciences participatives qui centralise les données. "
     "Elle présente aussi l'ange de mer épineux et l'ange de mer ocellé, et les dernières "
     "observations en Corse et dans le golfe du Lion.",
     ("anges de mer", "Squatina squatina", "requins", "captures accidentelles",
      "pêche professionnelle"),
     ("FR",), "2023-10"),
    ("cu27", "dataset", "es",
     "Avistamientos de angelote en Canarias: buceadores, pescadores y zonas de cría, 2014-2024",
     "Canarias es hoy el único lugar donde el angelote (Squatina squatina), al que en otras "
     "costas se llama pez ángel o tiburón ángel, sigue siendo relativamente frecuente, en los "
     "fondos arenosos someros de todas las islas. Este conjunto de datos, reunido por "
     "investigadores de las universidades canarias con centros de buceo y cofradías de "
     "pescadores, recoge más de 4.000 avistamientos comunicados por buceadores y pescadores, con "
     "fecha, lugar, profundidad, tamaño y sexo, y las prospecciones de las zonas de cría donde se "
     "concentran los neonatos en verano, como la playa de Las Canteras y la bahía de El Médano. "
     "Incluye los ejemplares marcados, las capturas accesorias de la pesca recreativa y "
     "artesanal, y las zonas propuestas para el plan de recuperación tras su inclusión como "
     "especie en peligro de extinción en el catálogo nacional. El guincho, el águila pescadora "
     "que caza en los mismos litorales, aparece en las notas de campo.",
     ("angelote", "Squatina squatina", "tiburones", "zonas de cría", "Canarias"),
     ("ES",), "2024-10"),
    # --- ospreys ------------------------------------------------------------------------------
    ("cu28", "case-study", "en",
     "Ospreys back in England: lessons from the Rutland Water and Poole Harbour translocations",
     "Ospreys (Pandion haliaetus) were driven out of England by persecution and egg collecting in "
     "the nineteenth century, and the birds that recolonised Scotland from 1954 spread south only "
     "slowly. Between 1996 and 2001, 64 young ospreys from Scottish nests were moved to Rutland "
     "Water, a reservoir in the English Midlands, kept in pens and released; the first chick "
     "fledged there in 2001, and the area now holds some twenty-five pairs, which have also "
     "seeded nests in Wales. From 2017 to 2022 a second translocation released 60 birds at Poole "
     "Harbour on the south coast, where the first pair bred in 2022. This case study compares the "
     "two: taking chicks without harming the donor population, artificial nest platforms, "
     "satellite tracking of the migration to West Africa, fishing on reservoirs and estuaries, "
     "the costs, and the income from viewing sites. It also sets out how conflicts with trout "
     "fisheries were handled.",
     ("ospreys", "Pandion haliaetus", "translocation", "birds of prey", "reintroduction"),
     ("GB",), "2024-07"),
    ("cu29", "dataset", "fr",
     "Balbuzards pêcheurs de Corse et du Centre-Val de Loire : couples nicheurs et jeunes à "
     "l'envol, 1974-2024",
     "Au début des années 1970 le balbuzard pêcheur (Pandion haliaetus) ne nichait plus en France "
     "que sur les falaises de la presqu'île de Scandola, en Corse, avec trois couples. Protégée "
     "par la réserve naturelle et les gardes du parc naturel régional, la population corse est "
     "remontée à une trentaine de couples, puis a stagné. En 1984 un couple s'est installé en "
     "forêt domaniale d'Orléans et depuis, le balbuzard a recolonisé la région Centre-Val de "
     "Loire et ses étangs, avec plus de cinquante couples aujourd'hui. Ce jeu de données "
     "rassemble, par nid, le nombre de couples, les pontes, les jeunes à l'envol, les jeunes "
     "bagués et les causes d'échec, ainsi que les plates-formes artificielles installées par les "
     "forestiers, les données des balises GPS et les lectures de bagues en hivernage au Sénégal "
     "et en Mauritanie. Il documente aussi les jeunes corses transférés vers la Toscane pour y "
     "refonder une population.",
     ("balbuzard pêcheur", "Pandion haliaetus", "rapaces", "suivi de la reproduction", "Corse"),
     ("FR",), "2024-12"),
    ("cu30", "need", "es",
     "Necesidad: plataformas de nidificación y acuerdos con piscifactorías para el águila "
     "pescadora reintroducida en Andalucía",
     "El águila pescadora (Pandion haliaetus) dejó de criar en la península ibérica a mediados "
     "del siglo XX; solo quedaron unas parejas en Baleares y en Canarias, donde la llaman "
     "guincho. Entre 2003 y 2012 un programa de reintroducción liberó más de 190 pollos traídos "
     "de Alemania, Finlandia y otros países en las marismas del Odiel, en Huelva, y en el embalse "
     "de Barbate, en Cádiz, y hoy crían en Andalucía unas treinta parejas. La consejería de medio "
     "ambiente, con una fundación dedicada a las rapaces, solicita apoyo para instalar y mantener "
     "plataformas de nidificación en torres y árboles, corregir los apoyos eléctricos más "
     "peligrosos junto a los nidos, marcar jóvenes con emisores para conocer su dispersión y "
     "llegar a acuerdos con las piscifactorías y los esteros de la bahía de Cádiz, donde las "
     "águilas pescan lubinas y doradas y algunos acuicultores las ahuyentan. Pide también el "
     "seguimiento de las aves que invernan en Doñana.",
     ("águila pescadora", "Pandion haliaetus", "reintroducción", "aves rapaces", "acuicultura"),
     ("ES",), "2024-04"),
)  # fmt: skip
