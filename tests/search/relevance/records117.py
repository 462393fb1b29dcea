"""Clearing-house records of the hundred-and-seventeenth judged relevance set
(tests/search/relevance/queries117.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on red pandas (a need for the community forest guardians, paid
by community forest user groups, of the habre of the Panchthar-Ilam-Taplejung corridor in eastern
Nepal; the pandas roux, or petits pandas, born at the Darjeeling zoo and released in the Singalila
national park in India; a camera-trap dataset on the panda rojo chino, Ailurus styani, of the
reserves of Sichuan and Yunnan in China); on cassowaries (speed zones, fauna fencing and dog
control for the southern cassowaries of Mission Beach on Queensland's Cassowary Coast in
Australia; a dataset on the casoars, the muruk of Tok Pisin, as seed dispersers and as game in
Papua New Guinea; a need against the trade in the chicks of the casuarios, the kasuari, of the
Indonesian provinces of Papúa); on the olm (an environmental DNA dataset on the olm, the "human
fish", of the karst springs of Croatia; a project for the groundwater of the protée noir, the
black form of the protée anguillard, in Bela krajina in Slovenia; a field course on the proteo of
the Carso of Trieste in Italy); on megapodes (a need for the malau, the Niuafo'ou megapode of
Tonga, and its two refuge islands; a case study of the customary harvest of the eggs of the
namalau, the mégapode de Vanuatu, on the island's warm grounds; a project of hatcheries and egg
buy-back for the maleo, a megápodo, of Sulawesi in Indonesia); on musk deer (a dataset of winter
track counts, snares and musk pod seizures for the Siberian musk deer of the Russian Far East; a
need against the snaring of the porte-musc himalayen, whose musk is called kasturi, in the
Sagarmatha national park in Nepal; a case study of the farms of ciervos almizcleros of Sichuan
and Shaanxi in China, where the almizcle is taken from living males); on wild tulips (a dataset
on the wild tulips, kyzgaldak, of Kazakhstan, Greig's, Kaufmann's and Regel's; a project for the
néotulipes of Savoie and the tulipes sauvages of vineyards in France; a guide to the tulipán
silvestre of mountain pastures in Spain); on wax palms (a need for Palm Sunday without the palma
de ramos, Ceroxylon echinulatum, in the Andean parishes of Ecuador; an offer of genetic analyses
and nursery training for the palmiers à cire of the Andes of Peru; a project for a forest under
the palmas de cera del Quindío of the Cocora valley in Colombia); on Himalayan balsam (balsam
bashing days, an event, along the River Calder in Great Britain; a guide to the balsamine de
l'Himalaya along the rivers of Wallonia in Belgium; early detection and pulling of Impatiens
glandulifera, the balsamina del Himalaya, along the Garona of the Val d'Aran in Spain); on
eiderdown (the eider houses and eider wardens of the Vega archipelago in Norway; the harvest of
the duvet d'eider on the islands of the Saint-Laurent in Québec, Canada; a dataset on the plumón
de eider of the farms of Iceland); and on ancient olive trees (the grafted wild olives, over a
thousand years old, of the olive gardens of Lun on the island of Pag in Croatia; a need for the
oliviers millénaires of Lebanon, the olive trees of Noah at Bechealeh among them; the olivos
milenarios, or monumentales, of the Territorio Sénia, uprooted and sold for gardens, in Spain).
English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records115.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (red panda, lesser panda, firefox, Ailurus, habre, panda
roux, petit panda, panda rojo, panda menor, panda, giant panda, panda géant, panda gigante,
Singalila, Darjeeling, Sikkim, Sichuan, Yunnan; cassowary, Casuarius, casoar, casuario, kasuari,
muruk, Mission Beach, Wet Tropics, Queensland, New Guinea, Nouvelle-Guinée, Nueva Guinea, Papua,
Papouasie, Papúa; olm, Proteus, protée, proteo, human fish, poisson humain, pez humano, cave
salamander, salamander, salamandre, salamandra, cavernicole, cave fauna, stygofauna, Dinaric,
karst, Bela krajina, Postojna, Krupa, Trieste, Carso, Slovenia, Croatia; megapode, mégapode,
megápodo, Megapodius, Macrocephalon, maleo, malau, namalau, scrubfowl, brush-turkey, talégalle,
talégalo, malleefowl, Leipoa, mound-builder, incubator bird, egg harvest, récolte des œufs,
huevos, Tonga, Vanuatu, Solomon, Sulawesi; musk deer, Moschus, musk, musc, almizcle, almizclero,
porte-musc, kasturi, musk pod, chevrotain, deer, cerf, ciervo, Sagarmatha, Nepal, Russian Far
East, Lejano Oriente, Amur; wild tulip, tulip, Tulipa, tulipe, tulipán, néotulipe, kyzgaldak,
messicole, bulb, bulbe, bulbo, Kazakhstan; wax palm, Ceroxylon, palmier à cire, palma de cera,
palma de ramos, Palm Sunday, Rameaux, Domingo de Ramos, Cocora, Quindío, yellow-eared parrot,
loro orejiamarillo, Ognorhynchus, carnauba, palm, palmier, palma, palmera; Himalayan balsam,
balsam, Impatiens, balsamine, balsamina, policeman's helmet, knotweed, renouée, hogweed, berce;
eider, eiderdown, Somateria, duvet, édredon, edredón, plumón, feather, plume, pluma, Vega,
Iceland, Islande, Islandia; ancient olive tree, olive, olivier, olivo, olivera, oliveraie,
olivar, acebuche, oléastre, millénaire, milenario, monumental, ancient tree, arbres remarquables,
árboles singulares, Sénia, Bechealeh, Pag, Lebanon, Liban, Líbano). Screened and dropped as
covered: pangolins (bb25, bb26), lionfish (n31), sea urchins (y13), octopus closures (bt17), water
hyacinth (n32), stingless bees (p36), cochineal (de07-de09), shea (k26), flamingos (bo08, x23),
the chytrid fungus of amphibians (k10, di07), bird electrocution on power lines (cm01), black
bees (the log hive pages dc25, dc26), great crested newts (the environmental DNA dataset bv19),
falconry (the houbara pages bj01, bj02) and mooring buoys over seagrass (v41), besides the topics
of sets 42 to 115 and those their docstrings list as covered; screened with no or passing hits
but not chosen: okapis, koalas, quetzals, cockatoos, oilbirds, edelweiss, Rafflesia, monitor
lizards, giant hogweed, yerba mate (named in passing by bo04 and du18), European hamsters (the
grand hamster named by eo29) and wild apples (named by the walnut forests of cq22). Red pandas,
cassowaries, wild tulips, wax palms and eiders had been screened by earlier sets with no hits
and left.

No earlier record is judged relevant: all the hits are passing or about other things. No earlier
record names a red panda; the giant panda is named by none, and the bamboo pages (ba10-ba12) are
about bamboo as a crop. No earlier record names a cassowary: the Queensland pages (bo22, cq07,
du19, dw22) and the Papua New Guinea frost page (bu25) are about other things. The cave and karst
pages (r01-r03), the white-nose syndrome pages of bats in caves (bl01-bl03), the swiftlet caves
(bg02, bg03) and the salamander pages (the giant salamanders eq04-eq06, the axolotls s10, s11)
name no olm; the Adriatic pen shell page (ds01) is the only other Croatian page and the Slovenian
farm stays (dc19) the only Slovenian one. No earlier record names a megapode: the trochus harvest
of Vanuatu (eg28), the whale watching of Tonga (ce04), the coconut palms of Solomon Islands and
Vanuatu (co10), the swiftlet nest harvests (bg01-bg03) and the ostrich and rhea pages (dc04,
dc05, eo12) are other things. The only musk deer of the pool is named in passing by the
yarsagumba need of Nepal (eq19: "the snow leopards and musk deer of the same pastures are not
part of the request"), 0; the golden record on musk xylene, a synthetic musk of perfumes, names
no deer (0). No earlier record names a tulip: the lentils of dg08 name plantes messicoles, the
saiga page y10 and the bitcoin page cn07 are the Kazakh pages, and the snowdrop pages (eq22-eq24)
are about other bulbs (0). No earlier record names a wax palm: the palm pages (the moriche, aguaje
and palmier bâche pages dm07-dm09, the palm heart pages cy28-cy30, yarina bs12, tagua bs10, palm
wine bq10-bq12, the red palm weevil br28-br30, oil palm y01-y03, jatata eg24, Palmyra atoll cw01)
are about other palms, and the guadua of Quindío (ba12) is a bamboo. No earlier record names
Himalayan balsam: the Japanese knotweed pages (dq10-dq12) and the tree of heaven (ec02) are other
invasive plants (0). No earlier record names an eider or eiderdown: the puffins of Vestmannaeyjar
(cg04) are the only Icelandic page, the shahtoosh note (be02) is about an antelope's fine wool,
and the white-tailed eagles of eo04-eo06 are other birds (0). The Xylella pages (bl04: olive quick
decline "has killed millions of olive trees in the Salento, many of them centuries old"; bl05)
are about a plant disease, the ornamental olive trees of dc03 are the carriers of the snakes of
Formentera, and the margines of bg11, the terraces of bv11 and bv12 and the carob of ci20 are
other things: all 0 to the ancient olive tree queries. The Lebanese pages (cn14, da26) and the
yew pages whose subjects name ancient trees (cy10-cy12) are about other things.

records116.py (ids er01..er30, on chemicals, waste, energy and health topics), written at the
same time by another engineer, was searched for the same words once it was finished (with its
queries116.tsv), before these records were judged: its topics are cattle tick dips, Datura in
grain, ergot, mineral wool waste, evaporative coolers, tobacco curing barns, copper cable theft,
shellfish shell waste, jaggery and panela making, and byssinosis. None of its records names a red
panda, a cassowary, an olm, a megapode, a musk deer, a wild tulip, a wax palm, Himalayan balsam,
an eider or an ancient olive tree. The nearest are passing and judged 0: the moulds of feuilles
de palmier into which the rapadou of Haiti is poured (er26), no wax palm; the cerfs rusa of New
Caledonia, hosts of the cattle tick (er02), deer but no musk deer; the bœufs that turn the
rapadou mills (er26), no œufs of megapodes; and the New South Wales of the dip sites (er01), the
India of the jaggery furnaces (er25), the Colombia of the cable thefts and of the panela guide
(er21, er27) and the Peru of the byssinosis jornada (er30), places only. None of its records
answers a query of this set, and none of its queries is repeated in queries117.tsv.

Traps: the cardamom plots, tea gardens, herding dogs, canine distemper, snares set for musk deer
and the chauris of et01; the panda géant, léopard nébuleux and trek de Sandakphu of et02; the
panda gigante, yaks, takines and faisanes of et03; the roadkill, underpasses, feral pigs, banana
plantations and Cyclones Larry and Yasi of et04; the cochons, oiseaux de paradis and noix de
bétel of et05; the loros and aves del paraíso of et06; the environmental DNA, hydropower tunnels,
cave shrimps, bats and cave beetles of et07; the PCB, nitrates, lisier, ADN environnemental,
chauves-souris and tourisme des grottes of et08; the murciélagos, escarabajos cavernícolas and
espeleología of et09; the eruptions, ferry, cats, rats and kava gardens of et10; the tortues
marines, roussettes and crabes de cocotier of et11; the fuentes termales, tarseros, macacos and
cocoteros of et12; the sables, Amur tigers and pine nut harvest of et13; the yacks, trekking and
déchets des expéditions of et14; the almizcles sintéticos and the rata almizclera of et15; the
saiga, wild apple forests and snow leopards of et16; the coquelicots, bleuets, nielles and
herbicides of et17; the orquídeas silvestres and narcisos of et18; the olive and cypress twigs,
cattle pastures, Andean bears and orchids of et19; the palmier à cire de carnauba of Brazil of
et20; the loro orejiamarillo, cabalgatas and sistemas silvopastoriles of et21; the Japanese
knotweed, giant hogweed and rust fungus of et22; the renouée du Japon, berce du Caucase and
bourdons of et23; the alisos, truchas and visón americano of et24; the American mink and
white-tailed eagles of et25; the goélands, renards roux, choléra aviaire and croisières of et26;
the zorros árticos, visones, gaviotas, frailecillos and caza de aves marinas of et27; the dry-stone
walls, bura winds, fire and Xylella of et28; the caroubiers, cèdres, incendies and agritourisme
of et29; and the campos de golf, rotondas and Xylella of et30. Letters: the camaleones of ci12
contain "maleo", the Stockholm of many records and the Kolmogorov of a golden record contain
"olm", a golden record's proteomic contains "proteo" and the pandas of a golden software record
are a Python library, none of them about these topics.
For the country queries: et01 names only Nepal; et02 only India (West Bengal and Sikkim); et03
only China (Sichuan, Yunnan and Tibet); et04 only Australia; et05 only Papua New Guinea (New
Guinea, the island); et06 only Indonesia (the western half of the island of New Guinea, not the
country Papua New Guinea); et07 only Croatia (the Dinaric karst, a region); et08 only Slovenia;
et09 only Italy (the Dinaric karst); et10 only Tonga; et11 only Vanuatu; et12 only Indonesia;
et13 only Russia; et14 only Nepal; et15 only China; et16 only Kazakhstan; et17 only France; et18
only Spain; et19 only Ecuador; et20 Peru (a French research unit; Brazil for the carnauba palm);
et21 only Colombia; et22 only Great Britain; et23 Belgium (the European Union for the legal
status); et24 only Spain (the frontier, unnamed); et25 only Norway; et26 only Canada (Québec);
et27 only Iceland; et28 only Croatia; et29 only Lebanon; et30 only Spain.

Ids (et01..et30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
en01..en30, eo01..eo30, ep01..ep30, eq01..eq30), nor with records116.py's (er01..er30), and no
earlier id starts with "et".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- red pandas ------------------------------------------------------------------------------
    ("et01", "need", "en",
     "Need: community forest guardians for the red pandas of the Panchthar-Ilam-Taplejung "
     "corridor",
     "The red panda (Ailurus fulgens), called habre in Nepali, is a chestnut-red, ring-tailed "
     "mammal the size of a large cat that feeds almost only on bamboo leaves in the temperate "
     "forests of the eastern Himalaya, between 2,200 and 4,800 metres. In eastern Nepal its "
     "largest population lives in the community forests that link Panchthar, Ilam and Taplejung "
     "districts. There, 40 forest guardians from the villages, paid by community forest user "
     "groups, walk monthly transects for droppings and feeding signs, remove snares set for musk "
     "deer and wild boar, and report fires and illegal felling. The groups ask for support to "
     "pay the guardians for five more years, buy GPS units, camera traps and rain gear, run "
     "vaccination camps for the herding dogs that spread canine distemper, plant bamboo and "
     "fodder trees, and move the sheds of cattle and chauris away from the densest bamboo. Large "
     "cardamom plots and the tea gardens lower down are mentioned only in passing.",
     ("red pandas", "Ailurus fulgens", "community forestry", "forest guardians", "needs"),
     ("NP",), "2024-06"),
    ("et02", "project", "fr",
     "Du zoo de Darjeeling à la forêt de Singalila : relâcher des pandas roux nés en captivité",
     "Le panda roux (Ailurus fulgens), aussi appelé petit panda, est un mammifère arboricole au "
     "pelage roux et à la queue annelée qui se nourrit surtout de feuilles de bambou dans les "
     "forêts tempérées de l'Himalaya oriental. Au Bengale-Occidental et au Sikkim, il a perdu une "
     "partie de ses forêts au profit des routes, des cultures et du bétail. Après de premiers "
     "lâchers au début des années 2000, le parc zoologique himalayen de Darjeeling, qui "
     "coordonne l'élevage de l'espèce pour les zoos du pays, relâche depuis 2022 dans le parc "
     "national de Singalila des femelles nées en captivité. Ce projet, mené avec le département "
     "des forêts et des villages riverains, prépare les animaux dans de grands enclos "
     "d'acclimatation en forêt, les équipe de colliers émetteurs, suit leur survie, leurs "
     "déplacements et leurs portées, et forme des jeunes des villages au suivi par télémétrie. "
     "Le panda géant, simple homonyme, le léopard nébuleux, prédateur possible, et les "
     "randonneurs du trek de Sandakphu sont cités en passant.",
     ("panda roux", "Ailurus fulgens", "réintroduction", "élevage en captivité", "projets"),
     ("IN",), "2024-10"),
    ("et03", "dataset", "es",
     "Panda rojo chino en Sichuan y Yunnan: cámaras trampa, bambú y caminos forestales, "
     "2012-2024",
     "El panda rojo chino (Ailurus styani), que estudios genéticos publicados en 2020 separaron "
     "como especie propia del panda rojo del Himalaya, vive en los bosques templados de montaña "
     "de Sichuan, Yunnan y el sudeste del Tíbet, donde pasa el día en los árboles y baja a comer "
     "brotes y hojas de bambú. Este conjunto de datos, reunido por un instituto de zoología con "
     "las administraciones de once reservas naturales, reúne 180.000 fotos de cámaras trampa, "
     "transectos de excrementos, la cobertura y la floración del bambú, los caminos forestales, "
     "los pastos de yaks y cabras, y los animales decomisados a comerciantes de pieles y "
     "mascotas. Muestra que el panda rojo evita los bosques a menos de 500 metros de los caminos "
     "y que pierde hábitat cuando el bambú florece y muere. Muchas de las reservas se crearon "
     "para el panda gigante, que aparece en las mismas fotos y se cita solo de paso, igual que "
     "los takines y los faisanes.",
     ("panda rojo", "Ailurus styani", "cámaras trampa", "reservas naturales",
      "conjuntos de datos"),
     ("CN",), "2025-01"),
    # --- cassowaries -----------------------------------------------------------------------------
    ("et04", "project", "en",
     "Slow down for cassowaries: speed zones, fauna fencing and dog control on the Cassowary "
     "Coast",
     "The southern cassowary (Casuarius casuarius johnsonii), a flightless bird up to 1.8 "
     "metres tall with a horny casque and a blue and red neck, lives in the lowland rainforests "
     "of the Wet Tropics of Queensland, where it disperses the seeds of more than 200 plant "
     "species, among them the large fruit of the cassowary plum. Around Mission Beach, cars and "
     "dogs kill several birds each year, and cassowaries fed by tourists learn to approach roads "
     "and houses. This project of the regional council, the state transport department and a "
     "local conservation group has set 60 km/h zones with flashing signs where birds cross, "
     "built fauna fencing and underpasses at known crossings, records every sighting through a "
     "phone app, and runs dog registration and leash patrols. It also replants corridors of "
     "fruiting trees lost to Cyclones Larry and Yasi. Feral pigs and banana plantations are "
     "named in passing.",
     ("cassowaries", "Casuarius casuarius", "roadkill", "Wet Tropics", "projects"),
     ("AU",), "2024-08"),
    ("et05", "dataset", "fr",
     "Le casoar, jardinier de la forêt : dispersion des graines et chasse en "
     "Papouasie-Nouvelle-Guinée, 2015-2024",
     "Les casoars, grands oiseaux coureurs de Nouvelle-Guinée appelés muruk en tok pisin, "
     "avalent entiers les fruits tombés au sol et en rejettent les graines intactes, parfois à "
     "plus d'un kilomètre : plusieurs arbres de la forêt dépendent presque d'eux seuls pour se "
     "disperser. Ce jeu de données, réuni par un institut de recherche de Madang avec une "
     "université et des villages des provinces de Madang et de l'Ouest, regroupe le contenu de "
     "2 300 crottes de casoars (espèces de graines, taille, germination en pépinière), les images "
     "de 140 pièges photographiques, les fruits présents chaque mois le long de sentiers, et des "
     "enquêtes de chasse : casoars tués au fusil ou avec des chiens, poussins capturés pour être "
     "élevés au village, plumes et os utilisés pour les parures et les poignards. Il couvre le "
     "casoar à casque, le casoar unicaronculé et le casoar de Bennett. Les cochons, les oiseaux "
     "de paradis et le commerce de la noix de bétel sont notés comme contexte.",
     ("casoars", "dispersion des graines", "chasse", "pièges photographiques",
      "jeux de données"),
     ("PG",), "2025-02"),
    ("et06", "need", "es",
     "Necesidad: frenar la venta de pollos de casuario en las provincias indonesias de Papúa",
     "Los casuarios, grandes aves corredoras que no vuelan y que en Indonesia se llaman kasuari, "
     "viven en las selvas de la mitad occidental de la isla de Nueva Guinea y de algunas islas "
     "vecinas. En Papúa y Papúa Occidental, cazadores capturan pollos de casuario unicarunculado "
     "y de casuario de Bennett y los venden a intermediarios que los envían en barco o en avión "
     "a coleccionistas y parques privados de Java y Bali; muchos mueren en el viaje, y los "
     "adultos criados en cautividad, que pueden herir con sus garras, acaban abandonados. La "
     "agencia de conservación de los recursos naturales de Papúa y una organización local piden "
     "apoyo para construir recintos de acogida y cuarentena en Jayapura, formar a los agentes de "
     "puertos y aeropuertos de Sorong, Jayapura y Merauke en la identificación de aves vivas, "
     "apoyar a iglesias y escuelas en campañas en las aldeas y devolver a la selva los pollos "
     "decomisados. Los loros y las aves del paraíso traficados por las mismas rutas se citan de "
     "paso.",
     ("casuarios", "kasuari", "tráfico de fauna", "decomisos", "necesidades"),
     ("ID",), "2024-11"),
    # --- olm -------------------------------------------------------------------------------------
    ("et07", "dataset", "en",
     "Olm in the karst springs of Croatia: environmental DNA, sightings and spring water quality, "
     "2015-2024",
     "The olm (Proteus anguinus), a blind, pale salamander that spends its whole life in the "
     "flooded caves of the Dinaric karst and can live a hundred years, is rarely seen: most "
     "records come from animals washed out of springs after heavy rain. This dataset, compiled "
     "by a biospeleological society with the state nature protection institute and a "
     "university, combines environmental DNA results from water samples taken at 120 springs, "
     "wells and caves in Lika, Gorski kotar, Istria and the Dalmatian hinterland, 1,100 old and "
     "new sightings of the 'human fish', as it is called locally, data on water temperature, "
     "nitrate and bacteria, and the catchment of each site. It adds 40 new localities and maps "
     "where sewage, quarries and the hydropower tunnels of the karst fields threaten the "
     "groundwater. Cave shrimps, bats and cave beetles recorded during the surveys are listed "
     "separately.",
     ("olm", "Proteus anguinus", "environmental DNA", "karst groundwater", "datasets"),
     ("HR",), "2024-12"),
    ("et08", "project", "fr",
     "Protéger les eaux souterraines du protée noir en Bela krajina",
     "Le protée anguillard (Proteus anguinus), amphibien aveugle et dépigmenté des eaux "
     "souterraines karstiques surnommé « poisson humain », a une forme unique au monde : le "
     "protée noir (Proteus anguinus parkelj), aux yeux développés et à la peau sombre, découvert "
     "en 1986 et connu seulement de quelques sources de Bela krajina, dans le sud-est de la "
     "Slovénie. Son habitat dépend d'une nappe karstique très vulnérable, marquée par une "
     "ancienne pollution aux PCB venue d'une usine de condensateurs et par les nitrates des "
     "cultures et de l'élevage. Ce projet d'un institut de recherche sur le karst, des communes, "
     "d'une association de spéléologues et des agriculteurs trace les écoulements par "
     "colorations, cartographie les zones d'infiltration, raccorde des hameaux à "
     "l'assainissement, aide les éleveurs à stocker le lisier et suit le protée noir par ADN "
     "environnemental. Les chauves-souris et le tourisme des grottes ne sont cités qu'en "
     "passant.",
     ("protée anguillard", "Proteus anguinus parkelj", "eaux souterraines", "karst",
      "projets"),
     ("SI",), "2024-04"),
    ("et09", "event", "es",
     "Curso de campo: el proteo y la fauna subterránea del Carso de Trieste",
     "El proteo (Proteus anguinus), un anfibio ciego y sin pigmento que pasa toda su vida en el "
     "agua de las cuevas del karst dinárico y al que en los pueblos del Carso llaman «pez "
     "humano», tiene en el noreste de Italia sus poblaciones más occidentales, en las aguas "
     "subterráneas del Carso de Trieste y de la llanura del Isonzo, cerca de Gorizia. Este curso "
     "de campo de cinco días, organizado en septiembre de 2025 por un museo de historia natural, "
     "una universidad y un grupo espeleológico de Friuli-Venecia Julia, está abierto a "
     "estudiantes y técnicos de habla hispana e italiana. Incluye visitas a cuevas y "
     "manantiales, toma de muestras para ADN ambiental, identificación de crustáceos y "
     "escarabajos cavernícolas, y sesiones sobre la contaminación de los acuíferos, la "
     "extracción de agua y la cría del proteo en el laboratorio subterráneo de una cueva "
     "turística. Los murciélagos y la espeleología deportiva se mencionan de paso.",
     ("proteo", "Proteus anguinus", "fauna subterránea", "cuevas", "eventos"),
     ("IT",), "2025-05"),
    # --- megapodes -------------------------------------------------------------------------------
    ("et10", "need", "en",
     "Need: surveying the malau, Tonga's Niuafo'ou megapode, on its volcanic island and two "
     "refuge islands",
     "The malau, or Niuafo'ou megapode (Megapodius pritchardii), is a dark, chicken-sized bird "
     "found only in Tonga. Like other megapodes, or mound-builders, it does not sit on its eggs "
     "but buries them in warm ground, here the volcanic ash and steaming soil around the crater "
     "lake of Niuafo'ou, and the chicks dig themselves out and fend for themselves. Villagers "
     "have always dug the large eggs for food, and cats, dogs and pigs take eggs and chicks. In "
     "the 1990s and 2000s eggs were moved to the uninhabited volcanic islands of Late and "
     "Fonualei to start new populations, but neither has been checked for years. The "
     "environment department asks for support for an expedition to survey both islands, camera "
     "traps and burrow searches on Niuafo'ou, a community agreement on egg digging with seasonal "
     "closed areas, and cat and rat control around the nesting grounds. Eruptions, the island's "
     "ferry and the kava gardens are mentioned only in passing.",
     ("megapodes", "Megapodius pritchardii", "malau", "egg harvesting", "needs"),
     ("TO",), "2024-09"),
    ("et11", "case-study", "fr",
     "Les œufs du namalau : une récolte coutumière encadrée sur les terrains chauds du Vanuatu",
     "Le mégapode de Vanuatu (Megapodius layardi), appelé namalau en bichelamar, est un oiseau "
     "brun de la taille d'une poule qui ne couve pas : il enfouit ses gros œufs dans le sol "
     "chauffé par les volcans ou dans des tas de feuilles en décomposition, et les poussins "
     "sortent seuls de terre, déjà capables de voler. Sur plusieurs îles, les familles creusent "
     "depuis toujours ces terrains de ponte pour récolter les œufs, qu'elles mangent ou vendent "
     "aux marchés de Port-Vila et de Luganville. Cette étude de cas suit trois terrains chauds "
     "gérés par des comités de chefs et le service de l'environnement : parcelles de ponte "
     "attribuées par clan, mois de fermeture, part des trous laissée intacte, tabous posés après "
     "les mauvaises années et comptage des œufs récoltés. Elle montre que la récolte est restée "
     "stable là où les règles sont respectées et qu'elle s'est effondrée après l'éruption "
     "d'Ambrym de 2018. Les tortues marines, les roussettes et les crabes de cocotier, aussi "
     "chassés, sont cités en passant.",
     ("mégapodes", "Megapodius layardi", "récolte des œufs", "gestion coutumière",
      "études de cas"),
     ("VU",), "2024-03"),
    ("et12", "project", "es",
     "Maleos de Sulawesi: criaderos seminaturales y compra de huevos en los sitios de anidación",
     "El maleo (Macrocephalon maleo), un megápodo blanco y negro con un casco óseo en la cabeza "
     "que solo vive en la isla indonesia de Sulawesi, no incuba sus huevos: los entierra en "
     "playas de arena volcánica o en suelos calentados por fuentes termales dentro del bosque, y "
     "los pollos salen solos de la tierra. Cada huevo pesa cinco veces lo que uno de gallina, y "
     "la recogida de huevos por los vecinos, junto con la tala y los perros, ha dejado muchos "
     "sitios de anidación vacíos. Este proyecto del parque nacional Bogani Nani Wartabone, una "
     "organización de conservación y cuatro aldeas compra a los recolectores los huevos a precio "
     "justo, los vuelve a enterrar en criaderos vallados con la misma arena, libera los pollos y "
     "paga a guardas locales para vigilar los sitios. También restaura el bosque detrás de las "
     "playas de anidación. Los tarseros, los macacos negros crestados y las plantaciones de "
     "cocoteros se mencionan de paso.",
     ("maleo", "Macrocephalon maleo", "megápodos", "sitios de anidación", "proyectos"),
     ("ID",), "2024-07"),
    # --- musk deer -------------------------------------------------------------------------------
    ("et13", "dataset", "en",
     "Siberian musk deer in the Russian Far East: winter track counts, snares and musk pod "
     "seizures, 2005-2024",
     "The Siberian musk deer (Moschus moschiferus) is a small deer of the mountain taiga whose "
     "males have long upper tusks instead of antlers and carry a gland, the musk pod, prized for "
     "centuries in traditional medicine and perfumery. A pod sells for more than its weight in "
     "gold, so most of the deer killed are snared or shot for it. This dataset, compiled by "
     "regional hunting management agencies, a wildlife research institute and a conservation "
     "foundation, gathers winter track counts along fixed routes in Primorsky and Khabarovsk "
     "krais and on Sakhalin, the snares removed by anti-poaching patrols, the licences issued "
     "for regulated hunting, and customs and police seizures of musk pods and carcasses. It shows "
     "that densities fell by half in the logged forests of the Sikhote-Alin between 2005 and "
     "2015 and recovered slowly after patrols increased. Sables, Amur tigers and the pine nut "
     "harvest are recorded as context.",
     ("musk deer", "Moschus moschiferus", "poaching", "wildlife seizures", "datasets"),
     ("RU",), "2025-03"),
    ("et14", "need", "fr",
     "Besoin : protéger le porte-musc himalayen des collets dans le parc national de Sagarmatha",
     "Le porte-musc himalayen (Moschus leucogaster), petit cervidé sans bois dont les mâles "
     "portent de longues canines et une poche à musc sous le ventre, vit dans les forêts de "
     "bouleaux, de rhododendrons et de sapins du parc national de Sagarmatha, sous l'Everest. "
     "Le musc, appelé kasturi, se vend très cher aux intermédiaires de la médecine "
     "traditionnelle et de la parfumerie, et des braconniers tendent des collets en fil de fer "
     "le long de barrières de branchages, qui prennent aussi les femelles et les jeunes, sans "
     "valeur pour eux. Le bureau du parc et des groupes communautaires de lutte contre le "
     "braconnage demandent un appui pour payer des patrouilles villageoises en hiver, acheter "
     "des pièges photographiques, former le personnel aux saisies et à la collecte des preuves, "
     "et organiser des réunions dans les villages et les lodges. Les yacks, le tourisme de "
     "trekking et les déchets des expéditions d'alpinisme ne sont cités qu'en passant.",
     ("porte-musc", "Moschus leucogaster", "braconnage", "aires protégées", "besoins"),
     ("NP",), "2024-12"),
    ("et15", "case-study", "es",
     "Granjas de ciervo almizclero en Sichuan y Shaanxi: ¿almizcle sin matar a los animales?",
     "El almizcle, secreción de una glándula del vientre de los machos del ciervo almizclero "
     "(Moschus), se ha usado durante siglos en la medicina tradicional china y en perfumería, y "
     "la caza para obtenerlo llevó a varias especies a la lista roja de especies amenazadas y a "
     "los apéndices de la CITES. Desde los años cincuenta, China cría ciervos almizcleros del "
     "bosque y alpinos en granjas de Sichuan y Shaanxi, donde el almizcle se extrae a los machos "
     "vivos una o dos veces al año. Este estudio de caso analiza cuatro granjas y la política "
     "que quiere sustituir el almizcle silvestre por el de granja: los animales criados, la baja "
     "reproducción, las enfermedades y el estrés, el coste del almizcle de granja, los controles "
     "del origen en el mercado y si la cría ha reducido la caza furtiva en las montañas "
     "vecinas. Los almizcles sintéticos de la perfumería y la rata almizclera, que no tiene "
     "relación con estos ciervos, se mencionan de paso.",
     ("ciervo almizclero", "almizcle", "cría en cautividad", "medicina tradicional",
      "estudios de caso"),
     ("CN",), "2024-05"),
    # --- wild tulips -----------------------------------------------------------------------------
    ("et16", "dataset", "en",
     "Wild tulips of Kazakhstan: population surveys of Greig's, Kaufmann's and Regel's tulips, "
     "2016-2024",
     "Kazakhstan is home to about 40 species of wild tulips, kyzgaldak in Kazakh, among them "
     "ancestors of many garden tulips. Greig's tulip (Tulipa greigii), with purple-striped "
     "leaves and scarlet flowers, Kaufmann's tulip of the western Tien Shan and the rare Regel's "
     "tulip, with its single ribbed leaf, flower in the foothills and steppes in April and May. "
     "This dataset, compiled by the national botanical institute with the staff of nature "
     "reserves and volunteers, gives counts of flowering plants on 260 permanent plots, the GPS "
     "outlines of populations, flowering dates, and signs of picking, bulb digging, ploughing "
     "and overgrazing. It shows that populations near roads and villages have shrunk with the "
     "picking of spring bouquets, while those inside reserves are stable. The saiga antelope, "
     "the wild apple forests of the Trans-Ili Alatau and the snow leopards of the same "
     "mountains are noted as context.",
     ("wild tulips", "Tulipa greigii", "plant populations", "steppes", "datasets"),
     ("KZ",), "2024-11"),
    ("et17", "project", "fr",
     "Néotulipes de Savoie et tulipes des vignes : remettre les tulipes sauvages dans les champs",
     "Les tulipes sauvages de France sont des plantes des champs : la tulipe sauvage (Tulipa "
     "sylvestris), jaune et parfumée, la tulipe d'Agen, rouge à cœur noir, et les néotulipes de "
     "Savoie, comme Tulipa didieri ou Tulipa mauriana, connues seulement de quelques parcelles de "
     "la vallée de la Maurienne, ont prospéré dans les vignes, les vergers et les champs de "
     "seigle travaillés chaque année à la main. L'abandon des cultures, l'urbanisation et le "
     "désherbage chimique les ont presque fait disparaître. Ce projet d'un conservatoire "
     "botanique national, de communes et d'agriculteurs multiplie les bulbes prélevés dans les "
     "dernières stations, les replante dans des parcelles conservatoires cultivées à "
     "l'ancienne, aide les viticulteurs à travailler le sol sans herbicides sous les rangs et "
     "suit chaque année la floraison. Les coquelicots, les bleuets et la nielle des blés, autres "
     "plantes messicoles des mêmes parcelles, ne sont cités qu'en passant.",
     ("tulipes sauvages", "néotulipes", "plantes messicoles", "vignes", "projets"),
     ("FR",), "2025-02"),
    ("et18", "document", "es",
     "Guía: el tulipán silvestre en los prados de montaña, para pastores, senderistas y "
     "ayuntamientos",
     "El tulipán silvestre de montaña (Tulipa sylvestris subsp. australis), de flor amarilla "
     "teñida de rojo por fuera, es la principal especie de tulipán autóctona de la península "
     "Ibérica y florece entre marzo y junio en prados, pastizales pedregosos y claros de pinar, "
     "desde Sierra Nevada hasta los Pirineos. Aunque no está amenazado en el conjunto del país, "
     "algunas poblaciones se han reducido por el arranque de bulbos para jardines, los ramos de "
     "flores, el pisoteo en las áreas recreativas y el pastoreo intenso en primavera. Esta guía, "
     "editada por una red de jardines botánicos y un servicio autonómico de espacios naturales, "
     "enseña a reconocerlo y a distinguirlo de otras flores amarillas, explica por qué no debe "
     "arrancarse ni comprarse en bulbos de origen silvestre, propone fechas de pastoreo "
     "compatibles con la floración y da consejos para señalizar las poblaciones. Las orquídeas "
     "silvestres y los narcisos de los mismos prados se citan de paso.",
     ("tulipán silvestre", "Tulipa sylvestris", "flora silvestre", "pastos de montaña",
      "guías"),
     ("ES",), "2024-03"),
    # --- wax palms -------------------------------------------------------------------------------
    ("et19", "need", "en",
     "Need: Palm Sunday without wax palms in the Andean parishes of Ecuador",
     "Every year before Palm Sunday, young fronds are cut from wax palms in the Andean forests of "
     "Ecuador to be woven into crosses and bouquets for the processions. The most used is the "
     "palma de ramos (Ceroxylon echinulatum), a tall wax palm of the cloud forests of the "
     "western and southern Andes, whose unopened central leaf is cut, often killing the young "
     "plant or leaving it without new leaves for years. Several Ceroxylon species are also "
     "cleared for cattle pasture. A coalition of dioceses, the environment ministry and a "
     "conservation foundation asks for support to spread the alternatives used in other parishes "
     "(olive and cypress twigs, local shrubs, reusable woven crosses), print parish materials and "
     "radio spots, train forest rangers to stop the transport of fronds in Holy Week, and raise "
     "20,000 palm seedlings in community nurseries for planting in pastures and ravines. Andean "
     "bears and the orchids of the same forests are named in passing.",
     ("wax palms", "Ceroxylon echinulatum", "Palm Sunday", "cloud forests", "needs"),
     ("EC",), "2025-01"),
    ("et20", "support-source", "fr",
     "Offre : analyses génétiques et formation des pépiniéristes pour les palmiers à cire des "
     "Andes du Pérou",
     "Les palmiers à cire (Ceroxylon), dont le tronc lisse, blanchi par une couche de cire, peut "
     "dépasser 40 mètres, sont parmi les plus hauts palmiers du monde. Au Pérou, plusieurs "
     "espèces vivent dans les forêts de nuages des Andes, de Cajamarca et d'Amazonas jusqu'à "
     "Pasco et Junín, souvent en petites populations isolées dans des pâturages où elles ne se "
     "régénèrent plus. Une unité mixte de recherche française spécialisée dans les palmiers, "
     "associée à une université péruvienne, offre aux services forestiers régionaux, aux aires "
     "protégées et aux pépinières communautaires des analyses génétiques gratuites pour choisir "
     "les arbres semenciers et éviter la consanguinité, des cours sur la récolte et la "
     "germination des graines, qui peut prendre plus d'un an, et un appui pour rédiger des plans "
     "de replantation. Les demandes sont reçues jusqu'en mars 2026. Le palmier à cire de "
     "carnauba du Brésil, sans parenté avec eux, n'est pas concerné.",
     ("palmiers à cire", "Ceroxylon", "génétique", "pépinières", "offres"),
     ("PE",), "2025-04"),
    ("et21", "project", "es",
     "Bosque para las palmas de cera del valle de Cocora: viveros, cercas y potreros con árboles",
     "La palma de cera del Quindío (Ceroxylon quindiuense), árbol nacional de Colombia desde 1985 "
     "y la palma más alta del mundo, con troncos de hasta 60 metros, forma en el valle de Cocora, "
     "en Salento, un paisaje famoso de palmas altísimas en medio de potreros. Pero esas palmas "
     "son los restos de un bosque talado: sin árboles alrededor y con el ganado comiéndose las "
     "plántulas, no hay palmas jóvenes que las reemplacen, y los expertos hablan de un «bosque "
     "fantasma». Este proyecto de la corporación autónoma regional, una fundación y quince "
     "fincas ganaderas recoge semillas, cría 50.000 palmas y árboles nativos en viveros, cerca "
     "franjas de potrero para que regenere el bosque, planta palmas en sistemas silvopastoriles "
     "y paga a los propietarios por las áreas conservadas. También forma a los guías de "
     "turismo. El loro orejiamarillo, que anida en las palmas, y las cabalgatas de turistas se "
     "citan de paso.",
     ("palma de cera", "Ceroxylon quindiuense", "restauración", "sistemas silvopastoriles",
      "proyectos"),
     ("CO",), "2024-06"),
    # --- Himalayan balsam ------------------------------------------------------------------------
    ("et22", "event", "en",
     "Balsam bashing season on the River Calder: volunteer days from June to August",
     "Himalayan balsam (Impatiens glandulifera), a pink-flowered annual brought to British "
     "gardens in 1839 and also called policeman's helmet, now lines thousands of kilometres of "
     "riverbanks. Each plant fires up to 800 seeds several metres, the seeds float downstream, "
     "and the dense stands shade out native plants and die back in autumn, leaving banks bare "
     "and open to erosion. A rivers trust and its partners invite volunteers to 18 balsam "
     "bashing days along the Calder and its tributaries between June and August, before the "
     "seed pods ripen. Volunteers learn to pull plants out by the root or snap them below the "
     "lowest node and pile them to rot, working from the top of each catchment downstream; "
     "gloves, tools and lunch are provided and all ages are welcome. A short talk explains the "
     "rust fungus released as biological control. Japanese knotweed and giant hogweed, whose sap "
     "burns the skin, must not be touched.",
     ("Himalayan balsam", "Impatiens glandulifera", "invasive plants", "volunteering",
      "events"),
     ("GB",), "2025-04"),
    ("et23", "document", "fr",
     "Guide : gérer la balsamine de l'Himalaya le long des cours d'eau de Wallonie",
     "La balsamine de l'Himalaya (Impatiens glandulifera), aussi appelée balsamine géante ou "
     "impatiente de l'Himalaya, est une plante annuelle à grandes fleurs roses qui peut dépasser "
     "deux mètres. Échappée des jardins, elle forme des peuplements denses sur les berges, dans "
     "les prairies humides et les clairières de Wallonie. Ses graines, projetées par des "
     "capsules explosives, sont emportées par l'eau, et sa floraison riche en nectar détourne les "
     "bourdons des plantes indigènes. Ce guide, préparé pour les contrats de rivière, les "
     "communes et les gestionnaires de réserves naturelles, explique comment cartographier les "
     "foyers, organiser l'arrachage manuel ou la fauche avant la formation des graines en "
     "commençant par l'amont, repasser en septembre, traiter les déchets verts et ressemer ou "
     "planter des espèces indigènes sur les berges dégagées. Il rappelle le statut de l'espèce, "
     "inscrite sur la liste des espèces exotiques envahissantes de l'Union européenne. La "
     "renouée du Japon et la berce du Caucase ne sont évoquées qu'en passant.",
     ("balsamine de l'Himalaya", "Impatiens glandulifera", "espèces exotiques envahissantes",
      "cours d'eau", "guides"),
     ("BE",), "2024-05"),
    ("et24", "project", "es",
     "Impatiens glandulifera en el Garona aranés: detección temprana y arranque antes de que se "
     "extienda",
     "La balsamina del Himalaya, o balsamina gigante, es una planta anual de flores rosadas, "
     "originaria del Himalaya occidental, que coloniza las orillas de los ríos de media Europa y "
     "está incluida en el catálogo español de especies exóticas invasoras. En la península "
     "Ibérica solo forma poblaciones en unos pocos valles del norte, y las mayores están en el "
     "valle de Arán, a lo largo del Garona y de sus afluentes, adonde llegó desde los jardines. "
     "Este proyecto del consejo general de Arán, del cuerpo de agentes rurales y de un centro de "
     "investigación forestal cartografía cada rodal, arranca las plantas antes de que maduren "
     "las cápsulas, que lanzan las semillas a varios metros, vigila las orillas río abajo hasta "
     "la frontera y forma a cuadrillas de voluntarios y a las brigadas de mantenimiento de "
     "carreteras. Mide también el efecto sobre la flora de ribera. Los alisos, las truchas y el "
     "visón americano se mencionan de paso.",
     ("balsamina del Himalaya", "especies exóticas invasoras", "ríos", "detección temprana",
      "proyectos"),
     ("ES",), "2024-07"),
    # --- eiderdown -------------------------------------------------------------------------------
    ("et25", "case-study", "en",
     "The eider houses of Vega: keeping a thousand-year eiderdown tradition alive",
     "On the hundreds of islets of the Vega archipelago, off the coast of Helgeland in Norway, "
     "families have for more than a thousand years built small shelters of stone, driftwood and "
     "turf where wild common eiders (Somateria mollissima) come to nest each spring. The women "
     "who tended them, the eider wardens, guarded the nests against predators and, once the "
     "ducklings had left, collected and cleaned the down that the ducks pluck from their breasts "
     "to line the nest, among the warmest and lightest natural fillings known. The practice, one "
     "reason the archipelago was inscribed on the World Heritage List in 2004, almost vanished "
     "when the islands were depopulated. This case study follows a foundation, a museum and a "
     "dozen families who restore eider houses, train new eider wardens, sell certified down and "
     "guide visitors. It also discusses the American mink and the white-tailed eagles that raid "
     "the colonies, and the fall in eider numbers along the coast.",
     ("eiderdown", "common eider", "Somateria mollissima", "cultural heritage",
      "case studies"),
     ("NO",), "2024-10"),
    ("et26", "project", "fr",
     "Récolter le duvet d'eider sans nuire aux colonies des îles du Saint-Laurent",
     "L'eider à duvet (Somateria mollissima), le plus grand canard marin de l'hémisphère Nord, "
     "niche en colonies sur les îles de l'estuaire et du golfe du Saint-Laurent, au Québec. La "
     "femelle tapisse son nid d'un duvet arraché à sa poitrine, que des cueilleurs récoltent "
     "depuis les années 1970 pour en faire des couettes et des vêtements : c'est de ce duvet que "
     "vient le mot édredon. Ce projet d'un organisme sans but lucratif qui gère plusieurs îles du "
     "Bas-Saint-Laurent encadre la récolte : une seule visite de chaque nid, au milieu de "
     "l'incubation, en laissant assez de duvet pour couvrir les œufs, puis nettoyage du duvet "
     "dans l'atelier de l'organisme. Les revenus financent la surveillance des îles, le "
     "dénombrement des nids et la recherche sur le choléra aviaire qui a touché certaines "
     "colonies. Les goélands et les renards roux, prédateurs des œufs, et les croisières "
     "d'observation des oiseaux sont cités en passant.",
     ("duvet d'eider", "eider à duvet", "Somateria mollissima", "utilisation durable",
      "projets"),
     ("CA",), "2024-04"),
    ("et27", "dataset", "es",
     "Plumón de eider en Islandia: nidos, kilos cosechados y exportaciones por granja, "
     "2000-2024",
     "Islandia produce cerca de tres cuartas partes del plumón de eider del mundo, el relleno "
     "natural más ligero y cálido que se conoce, con el que se hacen los edredones más caros. El "
     "eider común (Somateria mollissima) anida en colonias en islotes y costas, y unos 400 "
     "propietarios de tierras, que protegen los nidos de zorros árticos, visones americanos y "
     "gaviotas, recogen el plumón que las hembras dejan en el nido y lo limpian y secan antes de "
     "venderlo. Este conjunto de datos, reunido por la asociación de productores con un "
     "instituto de historia natural y la oficina de estadística, reúne por granja y por año el "
     "número de nidos, los kilos de plumón limpio, los precios de exportación y los destinos por "
     "continente, junto con datos de tiempo, hielo y depredadores. Muestra caídas de la cosecha "
     "en los años de primaveras frías y de mayor presencia de visón. Los frailecillos y la caza "
     "de aves marinas se citan de paso.",
     ("plumón de eider", "eider común", "Somateria mollissima", "uso sostenible",
      "conjuntos de datos"),
     ("IS",), "2025-02"),
    # --- ancient olive trees ---------------------------------------------------------------------
    ("et28", "case-study", "en",
     "The olive gardens of Lun on Pag: ancient grafted wild olives in a botanical reserve",
     "At the northern tip of the island of Pag, in Croatia, the olive gardens of Lun hold some "
     "80,000 olive trees among limestone rocks and dry-stone walls, about 1,500 of them more than "
     "a thousand years old. Most are wild olives, or oleasters, that farmers grafted with "
     "cultivated varieties centuries ago, so that the gnarled ancient trunks still stand on "
     "their wild roots. Protected as a botanical reserve since 1963, the groves are still "
     "harvested by local families, whose oil is sold with a label of origin. This case study "
     "describes how a public nature agency, the municipality and an olive growers' association "
     "balance conservation and use: rules against uprooting or cutting old trees, a register of "
     "the oldest individuals, pruning courses, a visitor trail and an olive oil festival. It "
     "discusses the loss of young farmers, the risk of fire and of the bura wind, and the demand "
     "for old trees from garden centres. Xylella is mentioned only as a future risk.",
     ("ancient olive trees", "wild olives", "botanical reserves", "traditional agriculture",
      "case studies"),
     ("HR",), "2024-09"),
    ("et29", "need", "fr",
     "Besoin : inventorier et soigner les oliviers millénaires du Liban",
     "Le Liban compte des oliviers millénaires dans de nombreux villages, du Koura jusqu'au Sud, "
     "et les plus célèbres, les « oliviers de Noé » de Bechealeh, dans le caza de Batroun, "
     "auraient 6 000 ans selon la tradition, même si les datations scientifiques leur donnent "
     "plutôt de quelques siècles à deux millénaires. Ces arbres monumentaux, souvent creux, font "
     "partie du paysage, de la mémoire et de l'économie des villages, mais ils souffrent de "
     "l'abandon, de tailles brutales, de l'urbanisation, des incendies d'été et de l'arrachage "
     "pour la vente à des jardins. Une association de producteurs d'huile d'olive, une "
     "université et le ministère de l'agriculture demandent un appui pour inventorier et "
     "géoréférencer les oliviers de plus de 300 ans, mesurer et dater les plus anciens, former "
     "des élagueurs, soigner les troncs blessés, créer un label pour l'huile de ces arbres et "
     "développer l'agritourisme. Les caroubiers et les cèdres sont cités en passant.",
     ("oliviers millénaires", "oliviers monumentaux", "huile d'olive", "patrimoine agricole",
      "besoins"),
     ("LB",), "2024-11"),
    ("et30", "project", "es",
     "Olivos milenarios del Territorio Sénia: censo, apadrinamiento y freno al arranque para "
     "jardines",
     "Entre el norte de Castellón, el sur de Tarragona y el Matarraña turolense, el Territorio "
     "Sénia reúne la mayor concentración de olivos milenarios del Mediterráneo: más de 4.800 "
     "árboles con un perímetro de tronco de más de 3,5 metros a 1,30 metros del suelo, muchos de "
     "la variedad farga, plantados en época romana o medieval. En los años noventa y dos mil, "
     "cientos fueron arrancados y vendidos para decorar jardines, urbanizaciones, rotondas y "
     "campos de golf, a menudo sin raíces suficientes para sobrevivir. Este proyecto de la "
     "mancomunidad de 27 municipios, con una universidad y las cooperativas, mantiene un censo "
     "con una ficha y fotografías de cada olivo monumental, paga a los propietarios que los "
     "conservan, ofrece el apadrinamiento de árboles, certifica el aceite de olivos milenarios y "
     "promueve normas autonómicas que prohíben su arranque. El museo al aire libre del Arión y "
     "las rutas para visitantes completan el proyecto. La Xylella se menciona como riesgo de "
     "los traslados.",
     ("olivos milenarios", "olivos monumentales", "patrimonio agrario", "aceite de oliva",
      "proyectos"),
     ("ES",), "2024-08"),
)  # fmt: skip
