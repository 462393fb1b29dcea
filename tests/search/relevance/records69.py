"""Clearing-house records of the sixty-ninth judged relevance set
(tests/search/relevance/queries69.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on kingfishers (the sihek, the Guam kingfisher, released on Palmyra
Atoll; the martin-chasseur of Niau, a forest martin-pêcheur of the Tuamotu; a need for the taludes
of the martín pescador, the blauet, of the Ebro, the Cinca and the Segre); on mongooses (the small
Indian mongoose eradicated from Amami-Ōshima; the mangoustes trapped around the nesting beaches and
the Caravelle peninsula of Martinique; the rabia of the mangosta of Puerto Rico); on squirrels
(Anglesey's red squirrels after the removal of the grey squirrels; the écureuil à ventre rouge of
the cap d'Antibes; a need for the ardilla de vientre rojo spreading from Luján); on house sparrows
(an offer of nest boxes for the gauraiya of Delhi; the moineaux, the piafs, of Paris; the
gorriones, teuladís and pardales, of Valencia); on avocados (the Hass orchards and the lost
pine-oak forest of Michoacán; a need for the avocatiers of the Gharb and the Loukkos; the paltos on
the slopes of Petorca and La Ligua); on golf courses (Coul Links and its dunes in Sutherland; the
naturalist inventories of 300 French golfs; a need for the campos de golf of Los Cabos); on
processionary caterpillars (the oak processionary moth in London; a French guide to the chenille
processionnaire du pin; the procesionaria climbing Sierra Nevada); on elms and Dutch elm disease
(the surveillance, sanitation and elm firewood ban of Winnipeg; the orme « Lutèce » of the streets
of Paris and the graphiose; an offer of clones of the negrillo tolerant to the grafiosis); on
rabbits (Macquarie Island ten years after the pest eradication; the lapins de garenne of the
garrigues and their garennes; a need for the conejo europeo of Robinson Crusoe Island); and on blue
crabs (the Atlantic blue crab in the clam farms of the Po delta; the crabe bleu of the étangs of
Roussillon and the Aude; the jaiba azul fishery of Lake Maracaibo). English, French and Spanish, 10
records each, every topic written once in each language (different countries, projects and angles,
not translations of one text).

None of records.py, records3.py, ..., records67.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (kingfisher, Alcedo, Todiramphus, Halcyon, Megaceryle, sihek,
martin-pêcheur, martin-chasseur, alcédinidés, martín pescador, blauet; mongoose, Herpestes, Urva,
meerkat, mangouste, suricate, mangosta; squirrel, Sciurus, Callosciurus, squirrelpox, chipmunk,
écureuil, tamia, ardilla; sparrow, Passer, gauraiya, moineau, piaf, gorrión, pardal, teuladí;
avocado, Persea, Hass, avocat, avocatier, aguacate, palta, palto; golf, golf course, golf club,
fairway, links, golfeur, terrain de golf, campo de golf, golfista; processionary, Thaumetopoea,
caterpillar, urticating hairs, processionnaire, chenille, urticant, procesionaria, oruga,
urticante; elm, Ulmus, Dutch elm disease, DED, Ophiostoma, orme, graphiose, olmo, negrillo, olma,
grafiosis; rabbit, Oryctolagus, myxomatosis, haemorrhagic disease, RHDV, calicivirus, lapin,
garenne, myxomatose, conejo, mixomatosis, hemorrágica; blue crab, Callinectes, crabe bleu, cangrejo
azul, jaiba). Screened and dropped as covered: locusts (p07, bi05), bustards (bj01-bj03), tortoises
(bw01-bw03), wildcats and feral cats (cs04-cs06), reed beds (the filtres plantés de roseaux and the
totora of bt19-bt21), artificial reefs (bh16-bh18), moringa (bb07-bb09), Prosopis (m04), local
breeds (m01-m03), transhumance (bt10-bt12), GM bananas (bg13-bg15), cover crops (bw10), marine
mammal strandings (the subject of bm04) and wolves (the Ethiopian wolves of bt13, next to the
guardian dog pages bz10-bz12), besides the topics of sets 42 to 67 and those their docstrings list
as covered, and the chemicals, waste, pollution, energy and biosafety topics left to set 68;
screened with no or passing hits but not chosen: moose (the orignaux of co23 and cu05), lemurs
(ci23, cu08), hyenas (i22, w35), urban gulls (named among other birds by bn07, ca13-ca15, cc13 and
cf13), swallows (be29, bf23, ce09, co30), tigers (be25, bw16), gorillas (m28), okapis, koalas,
platypuses and eiders.

The nearest are the Sefton Coast dune guide, whose title addresses golf clubs among landowners and
whose text counts golf courses among the causes of fixed dunes (bt04), judged 1 to the general golf
course queries, while the campos de golf that took the chameleons' sands (ci12) and where bald
ibises feed (cm03) are passing, like the golden page on golf carts, which says they are used on
golf courses; the red squirrels of the Formby pinewoods named among the Sefton dune species (bt04),
the squirrels that fed on cicadas (cu22), the ardillas of the Mexico City cemetery (cm27) and of
the walnut trees (cq24) and the chipmunks that carry ticks (bu13), all passing; the house sparrows
welcome in swift bricks (ce07) and the gorriones protected when the pigeon guide closes holes
(cu12), passing; the avocado oil of the microscale chemistry kit (cl10), the aguacate sprayed with
fipronil (bi06), the aguacate of the Maya home garden (ce15), the huerta de aguacate that resin
tapping keeps at bay (co18) and the avocatiers of the jardin créole (ce14), passing; the chenilles
processionnaires eaten by the tits of the nest box guide (bf23), passing, and the fall armyworm,
mopane worm, chitoumou and chinicuil caterpillars (u11, br10-br12), no processionary; the rabbit
grazing lost from the Sefton dunes (bt04), the rabbits of the guinea pig project (cc19), the lapins
the fox eats (cq05), the conejo de monte on which the Iberian lynx and the wildcat depend (cs03,
cs06) and the conejos of bs15, cg18, cq06 and cs12, all passing; the blue crabs caught from the
docks of bs07 and sheltered by the oyster reefs of ck13, passing, and the land crabs (by01-by03)
and the cangrejo rojo americano, a crayfish (bm09), other animals; the mangoustes killed by anthrax
in Taï (bz14), passing. No page names a kingfisher, an elm or a processionary moth.

records68.py (ids cv01..cv30, on head lice treatments, ciguatera, leaf blowers, zero waste,
carpooling, mass timber, wave energy, genetically modified petunias, free zones and environmental
ombudsmen), written at the same time by another engineer, was searched for the same words once it
was finished: none of its records is about these topics, and none names a kingfisher, a mongoose, a
squirrel, a sparrow, an avocado, a golf course, a processionary caterpillar, an elm, a rabbit or a
crab (its only hits are other senses: the pescadores of cv06, who are fishers, not martines
pescadores, the verb passer of cv02 and the puerto, a harbour, of cv21).

Traps: the Amami rabbit saved by the mongoose eradication (cw04) and the rabbits that graze Coul
Links (cw16) are passing, 0 to the rabbit queries; the martin-pêcheur d'Europe named by cw02 for
comparison is passing, 0 to the queries on that species; the écureuil gris of northern Italy named
by cw08 is passing, 0 to the grey squirrel queries; the processionnaire du chêne that cw20 leaves
out is passing, 0 to the oak processionary moth queries; the moineau friquet and the pigeons of
cw11 and the vencejos of cw12 are other birds. Other sets' topics are named in passing: the brown
tree snake and the rats cleared from Palmyra Atoll (cw01); the cocoteraies, rats and chats harets
of cw02; the habu, detector dogs and camera traps of cw04; the trigonocéphale, the nests of sea
turtles and the leptospirose of cw05; the nests of tinglar and carey and the rabid dogs and cats of
cw06; the pine marten of cw07; the advice not to feed the squirrels of cw08 and cw09; the nest
boxes of cw10 to cw12, the jardins partagés of cw11 and the franjas de hierba sin segar of cw12;
the monarch butterfly reserve of cw13; the subéraie de la Maâmora and the merja Zerga of cw14; the
espino, litre and quillay of cw15; the dunes and the Ramsar site of cw16; the orchids, nichoirs and
roughs fauchés tardivement of cw17; the dunes, desalination plants and oasis of cw18; the nichoirs
à mésanges of cw20; the bats and insect-eating birds of cw21; the emerald ash borer and the elm
firewood of cw22; the thécla de l'orme and the platanes of cw23; the custodia del territorio of
cw24; the brodifacoum, the rats and mice, the petrels and the gulls and skuas of cw25; the lynx
pardelle and the aigle de Bonelli of cw26; the langosta de Juan Fernández (a lobster, not a
locust), the picaflor and the sándalo of cw27; the civelles, anguilles and herbiers de zostères of
cw29; and the lenteja acuática and the oil spills of cw30. For the country queries: cw01 lists
Guam, the United States Minor Outlying Islands (Palmyra) and the United States, cw05 names
Guadeloupe, cw06 Jamaica, cw08 Italy, cw09 Belgium, cw13 the United States, cw26 Spain and cw30 the
United States; no avocado page but cw13 names Mexico, no sparrow page but cw10 names India or
France but cw11, and no mongoose page but cw04 names Japan.

Ids (cw01..cw30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cs01..cs30, cu01..cu30), nor with records68.py's (cv01..cv30), and no earlier id starts with "cw".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- kingfishers --------------------------------------------------------------------------
    ("cw01", "project", "en",
     "Sihek back in the wild: releasing Guam kingfishers on Palmyra Atoll",
     "The sihek, or Guam kingfisher (Todiramphus cinnamominus), a cinnamon-headed forest "
     "kingfisher found nowhere but Guam, has been extinct in the wild since 1988, when the brown "
     "tree snake, which arrived in military cargo after the Second World War, had eaten it with "
     "most of the island's forest birds. Twenty-nine of the last birds were caught and bred in "
     "zoos on the United States mainland, and the captive population now numbers about 140. "
     "Because Guam is still full of snakes, the recovery team chose Palmyra Atoll, a remote "
     "wildlife refuge in the central Pacific cleared of rats in 2011, for a first wild "
     "population. In 2024 nine young sihek were flown to Palmyra, held in release aviaries and "
     "set free. The project follows each bird by radio tag, puts out mealworms until they hunt "
     "skinks and insects alone, and plans a second release. It works with Guam's wildlife agency "
     "and Chamorro elders towards the bird's return to Guam once snake-free forest exists.",
     ("kingfishers", "sihek", "Todiramphus cinnamominus", "extinct in the wild", "reintroduction"),
     ("GU", "UM", "US"), "2024-11"),
    ("cw02", "dataset", "fr",
     "Martin-chasseur de Niau : recensements de la population et suivi des nids, 2003-2024",
     "Le martin-chasseur des Tuamotu (Todiramphus gertrudae), un martin-pêcheur forestier de la "
     "famille des Alcédinidés, ne vit plus que sur l'atoll de Niau, dans la réserve de biosphère "
     "de la commune de Fakarava. Il niche dans des cavités qu'il creuse dans les troncs morts de "
     "cocotiers et chasse lézards et gros insectes dans la forêt et autour du lac intérieur, "
     "sans jamais pêcher. Ce jeu de données de la Société d'ornithologie de Polynésie et de la "
     "Direction de l'environnement réunit les recensements par points d'écoute et repasse de "
     "chants faits depuis 2003, qui donnent entre 100 et 150 adultes, les nids suivis et les "
     "jeunes à l'envol, ainsi que les captures de rats noirs et de chats harets autour des "
     "territoires. Il note aussi les parcelles de cocoteraie éclaircies ou brûlées par les "
     "producteurs de coprah et les vieux troncs laissés debout à la demande des habitants. "
     "Contrairement au martin-pêcheur d'Europe, l'espèce ne fréquente ni rivières ni ruisseaux, "
     "qui n'existent pas sur l'atoll.",
     ("martins-chasseurs", "Todiramphus gertrudae", "oiseaux endémiques", "espèces menacées",
      "Tuamotu"),
     ("PF",), "2024-06"),
    ("cw03", "need", "es",
     "Necesidad: recuperar los taludes donde cría el martín pescador en el Ebro medio, el Cinca "
     "y el Segre",
     "El martín pescador común (Alcedo atthis), el blauet de los catalanes y el martiño peixeiro "
     "de los gallegos, excava su nido al final de un túnel de hasta un metro en taludes "
     "verticales de tierra blanda junto al agua. En el Ebro medio, el Cinca y el Segre, las "
     "escolleras y rellenos que protegen las orillas de las crecidas, la limpieza de cauces con "
     "maquinaria y la invasión de la caña han hecho desaparecer la mayoría de esos taludes, y "
     "los censos de las sociedades ornitológicas señalan menos parejas cada año; los inviernos "
     "de heladas largas, cuando se hielan los remansos, matan además a muchos adultos. La "
     "confederación hidrográfica y los gobiernos de Aragón y Cataluña solicitan apoyo para "
     "perfilar taludes artificiales y colocar nidales de arcilla en las obras de defensa, "
     "anillar y censar la especie, y formar a las cuadrillas de mantenimiento para que no "
     "trabajen en las orillas en primavera. El avión zapador, que cría en los mismos cortes, "
     "también se beneficiaría.",
     ("martín pescador", "Alcedo atthis", "nidificación", "riberas", "aves de ribera"),
     ("ES",), "2024-03"),
    # --- mongooses ----------------------------------------------------------------------------
    ("cw04", "case-study", "en",
     "Mongoose-free Amami-Ōshima: how Japan eradicated an invasive predator from a World "
     "Heritage island",
     "In 1979 about thirty small Indian mongooses (Urva auropunctata) were released on "
     "Amami-Ōshima, in southern Japan, in the hope that they would kill the venomous habu snake "
     "and the rats of the sugar-cane fields. They ate little of either, but by 2000 some 10,000 "
     "mongooses were preying on the island's endemic animals: the Amami rabbit, the Amami jay, "
     "the Amami woodcock and the Ryukyu long-haired rat. From 2005 the Ministry of the "
     "Environment employed a full-time team, the Amami Mongoose Busters, who ran some 30,000 "
     "traps along forest grids and used detector dogs and camera traps. The last mongoose was "
     "caught in April 2018, and after six years without a detection the island was declared "
     "mongoose-free in September 2024. The case study explains the costs, the move from bounty "
     "payments to professional trappers, the checks used to declare success, and the recovery of "
     "the native fauna, which helped the islands' inscription as a natural World Heritage site "
     "in 2021. Control continues in the Yanbaru forest of northern Okinawa.",
     ("mongooses", "Urva auropunctata", "invasive species eradication", "island endemics",
      "Amami-Ōshima"),
     ("JP",), "2024-10"),
    ("cw05", "project", "fr",
     "Piéger les mangoustes autour des plages de ponte et de la presqu'île de la Caravelle en "
     "Martinique",
     "La petite mangouste indienne (Urva auropunctata) a été lâchée en Martinique dans les "
     "années 1880 pour détruire les rats des champs de canne et le trigonocéphale, le serpent "
     "dont les morsures tuaient des coupeurs de canne. Elle s'est répandue partout, des mornes "
     "aux mangroves, et pille aujourd'hui les œufs des oiseaux qui nichent au sol ou près du "
     "sol, les lézards et surtout les nids de tortues imbriquées et de tortues vertes sur les "
     "plages du Sud et de la côte atlantique. Le projet, mené par le Parc naturel régional et "
     "l'Office national des forêts avec le réseau d'observateurs des tortues marines, pose des "
     "cages-pièges autour des plages pendant la saison de ponte et dans la réserve naturelle de "
     "la presqu'île de la Caravelle, où survit le moqueur gorge-blanche, oiseau endémique des "
     "fourrés secs. Il compte les nids pillés avant et après le piégeage, forme des agents et "
     "des bénévoles, et informe sur la leptospirose que portent les mangoustes. Il compare ses "
     "résultats avec ceux de la Guadeloupe.",
     ("mangoustes", "Urva auropunctata", "espèces exotiques envahissantes", "prédation des nids",
      "Martinique"),
     ("MQ",), "2023-07"),
    ("cw06", "dataset", "es",
     "Rabia en la mangosta de Puerto Rico: vigilancia de casos y mordeduras, 2000-2023",
     "Puerto Rico es una de las pocas islas del Caribe donde la rabia persiste en la fauna "
     "silvestre, y su reservorio es la pequeña mangosta india (Urva auropunctata), traída de "
     "Jamaica en 1877 para combatir las ratas de los cañaverales. Este conjunto de datos, "
     "reunido por el Departamento de Salud, el Departamento de Recursos Naturales y Ambientales "
     "y el servicio federal de vida silvestre, recoge cada mangosta analizada en el laboratorio "
     "con su municipio y su resultado, los perros, gatos, caballos y vacas rabiosos tras una "
     "mordida de mangosta, las personas expuestas que recibieron profilaxis y las campañas de "
     "vacunación de mascotas. Añade los muestreos de densidad de mangostas en bosques, pastos y "
     "urbanizaciones, y los registros de depredación de huevos de tinglar y carey en las playas "
     "de Culebra y Maunabo. Los datos muestran más casos en el este y el sur de la isla y un "
     "pico en los meses secos, y sirven para planificar la vacunación oral de mangostas con "
     "cebos que se ensaya desde 2021.",
     ("mangostas", "rabia", "especies exóticas invasoras", "Una Salud",
      "vigilancia epidemiológica"),
     ("PR",), "2024-05"),
    # --- squirrels ----------------------------------------------------------------------------
    ("cw07", "case-study", "en",
     "Anglesey's red squirrels: twenty-five years after the grey squirrel removal",
     "In 1998 fewer than forty red squirrels (Sciurus vulgaris) survived on Anglesey, in north "
     "Wales, confined to the conifer plantation of Newborough Forest, while some 3,000 grey "
     "squirrels, brought to Britain from North America in the nineteenth century, held the rest "
     "of the island. Greys outcompete reds for acorns and hazelnuts and carry squirrelpox, a "
     "virus that does them little harm but kills red squirrels within two weeks. Volunteers and "
     "a local red squirrel trust trapped and humanely dispatched greys across the island and "
     "kept live traps at the two Menai bridges, the only land routes, while reds bred in "
     "captivity were released in Pentraeth woods. By 2013 Anglesey was free of grey squirrels, "
     "and by 2022 it held about 800 red squirrels, which have spread back into Bangor and "
     "Gwynedd. The case study reviews costs, landowner consent, public attitudes to culling, the "
     "return of the pine marten, which takes more greys than reds, and a squirrelpox outbreak "
     "contained in 2021.",
     ("squirrels", "red squirrel", "grey squirrel", "invasive species control", "squirrelpox"),
     ("GB",), "2023-10"),
    ("cw08", "document", "fr",
     "L'écureuil à ventre rouge au cap d'Antibes : guide pour les habitants et les jardiniers",
     "Sur le cap d'Antibes, dans les Alpes-Maritimes, vit depuis les années 1960 une population "
     "d'écureuils à ventre rouge (Callosciurus erythraeus), écureuils arboricoles d'Asie "
     "échappés ou lâchés d'une propriété privée. Ils se sont multipliés dans les pins, les "
     "jardins et les parcs, écorcent les arbres, mangent les fruits et les œufs d'oiseaux, "
     "rongent les câbles et les tuyaux d'arrosage. L'espèce figure sur la liste des espèces "
     "exotiques envahissantes préoccupantes pour l'Union européenne, et l'État, avec l'Office "
     "français de la biodiversité, conduit une campagne de capture pour l'éradiquer avant "
     "qu'elle ne gagne l'arrière-pays, où elle concurrencerait l'écureuil roux indigène (Sciurus "
     "vulgaris). Ce guide aide à distinguer les deux espèces (ventre blanc chez l'écureuil roux, "
     "roux et sans plumets aux oreilles chez l'espèce asiatique), explique pourquoi il ne faut "
     "ni nourrir ni déplacer ces animaux, comment signaler une observation et accepter la pose "
     "de pièges dans son jardin. Il évoque en passant l'écureuil gris américain, qui menace "
     "l'écureuil roux en Italie du Nord.",
     ("écureuils", "Callosciurus erythraeus", "espèces exotiques envahissantes", "écureuil roux",
      "Alpes-Maritimes"),
     ("FR",), "2023-04"),
    ("cw09", "need", "es",
     "Necesidad: frenar la expansión de la ardilla de vientre rojo desde Luján en la provincia "
     "de Buenos Aires",
     "En 1970 un vecino de Jáuregui, en el partido de Luján, soltó en su quinta una decena de "
     "ardillas de vientre rojo (Callosciurus erythraeus) traídas de Bélgica. Sin depredadores ni "
     "competidores, hoy ocupan más de 1.300 kilómetros cuadrados entre Luján, Pilar, Exaltación "
     "de la Cruz y Mercedes, y han aparecido focos en Escobar, en Córdoba y en Santa Fe, adonde "
     "la gente las lleva como mascotas. Comen frutales, nueces de pecán y semillas, descortezan "
     "álamos y eucaliptos de las forestaciones, roen el tendido eléctrico y telefónico y los "
     "caños de riego, y comen huevos y pichones de aves nativas. La dirección de flora y fauna "
     "de la provincia y la universidad de Luján solicitan apoyo para actualizar el mapa de "
     "distribución con avisos de los vecinos, controlar los frentes de avance y los focos "
     "aislados, hacer cumplir la prohibición de tenencia y traslado, y preparar una campaña que "
     "explique por qué no hay que alimentarlas ni soltarlas. También piden evaluar el daño "
     "económico en viveros y montes frutales.",
     ("ardillas", "Callosciurus erythraeus", "especies exóticas invasoras", "fauna urbana",
      "provincia de Buenos Aires"),
     ("AR",), "2024-04"),
    # --- house sparrows -----------------------------------------------------------------------
    ("cw10", "support-source", "en",
     "Offer: nest boxes, native hedge plants and counting kits for house sparrows in Delhi",
     "The house sparrow (Passer domesticus), gauraiya in Hindi, was named the state bird of "
     "Delhi in 2012, after residents noticed how seldom they heard it in the courtyards, markets "
     "and verandas where it once nested in every gap. Sealed concrete flats and glass facades, "
     "the loss of kitchen gardens and native hedges, pesticides that leave few insects for the "
     "chicks, and the closing of old grain shops are blamed. A Delhi conservation society offers "
     "schools, resident welfare associations and temples free wooden nest boxes of the right "
     "size, saplings of native hedge shrubs such as karonda and mehendi, a poster to identify "
     "sparrows and other urban birds, and a simple counting sheet used each year around World "
     "Sparrow Day on 20 March. Volunteers help put up the boxes, record which are occupied and "
     "upload the counts to a citizen science portal. The offer also pays for talks to children "
     "and for training the gardeners of municipal parks. Requests from other Indian cities are "
     "considered.",
     ("house sparrow", "Passer domesticus", "urban birds", "nest boxes", "citizen science"),
     ("IN",), "2024-03"),
    ("cw11", "dataset", "fr",
     "Moineau domestique à Paris : suivi des effectifs et des sites de nidification, 2003-2023",
     "Le moineau domestique (Passer domesticus), le piaf des Parisiens, a perdu près des trois "
     "quarts de ses effectifs à Paris entre 2003 et 2016 selon le suivi des oiseaux communs, et "
     "la baisse s'est poursuivie depuis. Ce jeu de données, tenu par une association de "
     "protection des oiseaux d'Île-de-France avec le Muséum et la Ville, rassemble les comptages "
     "de printemps sur 200 points d'écoute répartis dans les vingt arrondissements, les cavités "
     "de nidification recensées dans les façades, les toits et les vieux murs, et les nichoirs "
     "posés sur les bâtiments publics avec leur occupation. Il note aussi les chantiers de "
     "ravalement et d'isolation par l'extérieur qui ont bouché des trous, la végétation des "
     "cours et des squares, et les relevés d'insectes dans les haies, dont dépendent les jeunes "
     "au nid. Les données montrent que les moineaux se maintiennent mieux près des haies denses "
     "et des jardins partagés. Le moineau friquet, disparu de Paris, et les pigeons ne sont "
     "cités que pour mémoire.",
     ("moineau domestique", "Passer domesticus", "oiseaux urbains", "nature en ville", "Paris"),
     ("FR",), "2024-02"),
    ("cw12", "case-study", "es",
     "¿Dónde están los gorriones? Cajas nido y setos en los barrios de Valencia",
     "El gorrión común (Passer domesticus), el teuladí de los valencianos y el pardal de "
     "gallegos y asturianos, ha perdido en España cerca de un 20 % de sus efectivos en dos "
     "décadas según el programa de seguimiento de aves comunes en primavera. Este estudio de "
     "caso cuenta cómo el ayuntamiento de Valencia, con una sociedad ornitológica y los "
     "colegios, colocó desde 2018 unas 1.500 cajas nido para gorriones en fachadas de mercados "
     "municipales, escuelas y centros de salud, plantó setos de especies autóctonas en los "
     "jardines de barrio y dejó franjas de hierba sin segar para que haya insectos en primavera. "
     "Compara la ocupación de las cajas en el centro histórico, en los barrios de bloques de los "
     "años setenta y en las pedanías de la huerta, y muestra que donde hay setos y huertos cerca "
     "crían más pollos. Analiza también la falta de huecos en los edificios rehabilitados. Los "
     "vencejos, que a veces ocupan las mismas cajas, se citan de paso.",
     ("gorrión común", "Passer domesticus", "aves urbanas", "cajas nido", "Valencia"),
     ("ES",), "2023-11"),
    # --- avocados -----------------------------------------------------------------------------
    ("cw13", "case-study", "en",
     "Green gold and lost forest: avocado orchards in the pine-oak highlands of Michoacán",
     "Michoacán grows most of the world's exported avocados, and the area of Hass orchards in "
     "the state has more than doubled since the late 1990s, to over 170,000 hectares. Much of "
     "that growth came from clearing pine and oak forest on the volcanic slopes of the Meseta "
     "Purépecha, often by burning it or ring-barking trees until they died so that the land "
     "could be declared degraded. Orchards also pipe water from springs and streams into "
     "plastic-lined ponds, leaving villages downstream short in the dry season. This case study "
     "follows the responses: the community of Cherán, which expelled illegal loggers in 2011 and "
     "keeps its forest under communal rule; satellite monitoring that flags new orchards on "
     "recently cleared land; and a state certification scheme for avocados from plots not "
     "deforested after 2018, demanded by some buyers in the United States. It weighs the income "
     "that orchards bring to farming families against the loss of springs and of forest "
     "corridors, including those near the monarch butterfly reserve.",
     ("avocado", "deforestation", "pine-oak forests", "water use", "Michoacán"),
     ("MX",), "2023-09"),
    ("cw14", "need", "fr",
     "Besoin : encadrer l'essor des vergers d'avocatiers et leurs pompages dans le Gharb et le "
     "Loukkos",
     "En quinze ans, les vergers d'avocatiers du nord-ouest du Maroc sont passés de quelques "
     "centaines à plus de 10 000 hectares, surtout dans les plaines du Gharb et du Loukkos, "
     "autour de Kénitra, Larache et Ksar El Kébir, pour exporter l'avocat vers l'Europe. Un "
     "hectare d'avocatiers adultes consomme plusieurs milliers de mètres cubes d'eau par an, "
     "pompés dans des nappes déjà en baisse et dans des retenues de barrages vidées par six "
     "années de sécheresse, et des douars se plaignent de puits à sec. Certaines plantations ont "
     "pris la place d'anciens parcours ou touchent la subéraie de la Maâmora. Le ministère de "
     "l'Agriculture et l'agence du bassin hydraulique du Sebou demandent un appui pour "
     "cartographier les vergers par satellite, mesurer les prélèvements réels, former les "
     "producteurs au pilotage de l'irrigation au goutte-à-goutte et au paillage, et préparer des "
     "règles d'autorisation des nouvelles plantations selon l'état des nappes. Ils souhaitent "
     "aussi étudier l'effet des vergers sur les oiseaux d'eau de la merja Zerga.",
     ("avocatiers", "irrigation", "nappes phréatiques", "expansion agricole", "Gharb"),
     ("MA",), "2024-01"),
    ("cw15", "dataset", "es",
     "Catastro de paltos en laderas y derechos de agua en las cuencas de Petorca y La Ligua, "
     "2000-2023",
     "En las provincias de Petorca y La Ligua, en la región de Valparaíso, las plantaciones de "
     "paltos Hass subieron desde los fondos de valle hasta los cerros, donde se riegan por goteo "
     "con agua bombeada de pozos y ríos. Con la megasequía que sufre la zona central desde 2010, "
     "los ríos Petorca y La Ligua quedan secos buena parte del año y muchos sistemas de agua "
     "potable rural dependen de camiones aljibe. Este conjunto de datos, reunido por una "
     "universidad regional con la Dirección General de Aguas y organizaciones de la cuenca, "
     "contiene el catastro anual de la superficie plantada con paltos por sector y por "
     "pendiente, obtenido de imágenes satelitales, los derechos de aprovechamiento de agua "
     "otorgados, los niveles de los pozos de observación, el caudal de los ríos y la vegetación "
     "nativa de espino, litre y quillay reemplazada por huertos. Permite cruzar la expansión de "
     "la palta con la pérdida de bosque esclerófilo y con los cortes de agua en cada localidad.",
     ("paltos", "uso del agua", "sequía", "derechos de agua", "bosque esclerófilo"),
     ("CL",), "2024-05"),
    # --- golf courses -------------------------------------------------------------------------
    ("cw16", "case-study", "en",
     "Coul Links: a championship golf course proposed on a protected dune system in Sutherland",
     "Coul Links, on the coast north of Embo in the Scottish Highlands, is one of the last "
     "undeveloped links dune systems in Scotland, with dune heath, wet slacks and open sand "
     "grazed short by rabbits, and lies within the Loch Fleet Site of Special Scientific "
     "Interest, Special Protection Area and Ramsar site. In 2017 developers applied to build an "
     "18-hole championship golf course across it, promising jobs and tourism. Conservation "
     "bodies objected that fairways, greens, irrigation and fertiliser would destroy rare dune "
     "plants and insects, among them Fonseca's seed fly, found nowhere else in the world, and "
     "disturb wintering waders. After a public inquiry, Scottish ministers refused consent in "
     "2020, and a revised scheme was lodged in 2022. This case study sets out the arguments of "
     "both sides, the economic claims, the ecological surveys and the part played by the local "
     "community, and asks what the dispute teaches about golf developments on links land, where "
     "many of the oldest courses were laid out on dunes.",
     ("golf courses", "coastal dunes", "protected areas", "planning decisions", "Scotland"),
     ("GB",), "2023-06"),
    ("cw17", "dataset", "fr",
     "Golfs et biodiversité : inventaires naturalistes de 300 parcours français, 2018-2023",
     "La France compte près de 700 golfs, qui couvrent ensemble plus de 30 000 hectares, dont "
     "une bonne part de roughs, de bois, de haies et de plans d'eau. Depuis 2018, la Fédération "
     "française de golf et le Muséum national d'histoire naturelle conduisent un programme qui "
     "fait inventorier par des naturalistes la flore, les oiseaux, les amphibiens, les reptiles, "
     "les papillons et les libellules de chaque parcours volontaire, et lui attribue un label "
     "selon les actions menées. Ce jeu de données rassemble les inventaires de 300 golfs : "
     "espèces observées, dont des orchidées et des espèces protégées, cartes des habitats, "
     "surfaces de roughs fauchés tardivement, mares creusées, nichoirs et hôtels à insectes, et "
     "baisse des produits phytosanitaires sur les greens et les fairways. Il permet de comparer "
     "les golfs urbains, littoraux et de campagne, et de mesurer ce que gagnent les espèces "
     "quand les surfaces jouées se réduisent. Les volumes d'arrosage de l'été sont aussi notés.",
     ("golfs", "biodiversité", "inventaires naturalistes", "gestion différenciée",
      "sports de nature"),
     ("FR",), "2024-03"),
    ("cw18", "need", "es",
     "Necesidad: evaluar el agua y los humedales que consumen los campos de golf de Los Cabos",
     "En el municipio de Los Cabos, en Baja California Sur, una de las regiones más áridas de "
     "México, funcionan más de quince campos de golf y se proyectan otros, ligados a hoteles y "
     "desarrollos residenciales entre San José del Cabo y Cabo San Lucas. Cada campo riega sus "
     "fairways y greens con cientos de miles de metros cúbicos al año de agua residual tratada, "
     "de pozos o de plantas desalinizadoras, mientras las colonias populares reciben el agua por "
     "tandeo. Varios campos ocuparon dunas costeras y arroyos, y el estero de San José, humedal "
     "y oasis de palmas donde descansan aves migratorias, recibe escurrimientos con "
     "fertilizantes. El organismo operador del agua y la dependencia estatal de ecología "
     "solicitan apoyo para medir el consumo real de cada campo, evaluar el acuífero, estudiar la "
     "calidad del agua del estero, revisar las manifestaciones de impacto ambiental de los "
     "nuevos proyectos y proponer pastos tolerantes a la sal y reglas de riego para la temporada "
     "de estiaje.",
     ("campos de golf", "uso del agua", "turismo", "humedales costeros", "Baja California Sur"),
     ("MX",), "2024-02"),
    # --- processionary caterpillars -----------------------------------------------------------
    ("cw19", "dataset", "en",
     "Oak processionary moth in London and the South East: nest surveys and treatments, "
     "2006-2024",
     "The oak processionary moth (Thaumetopoea processionea) was first found breeding in west "
     "London in 2006, brought in as eggs on large oak trees imported from continental Europe for "
     "landscaping. Its caterpillars strip oak leaves and, from their third instar, carry tens of "
     "thousands of tiny hairs that cause itching rashes, eye irritation and sometimes breathing "
     "difficulties in people and pets. The Forestry Commission's survey and control programme, "
     "run with London boroughs, the Royal Parks and landowners, keeps this dataset: every oak "
     "inspected each summer from the ground and from cherry pickers, the nests found and "
     "removed, the trees sprayed in spring with the biological insecticide Bacillus "
     "thuringiensis var. kurstaki or with deltamethrin, and the pheromone trap catches of male "
     "moths beyond the established area. It also records the controls on imported oaks "
     "introduced in 2018 and the spread of the established area, about a kilometre a year. "
     "Reports of skin reactions are summarised by borough.",
     ("oak processionary moth", "Thaumetopoea processionea", "forest pests", "oaks",
      "plant health"),
     ("GB",), "2024-04"),
    ("cw20", "document", "fr",
     "Chenille processionnaire du pin : guide de lutte sans insecticide chimique pour les "
     "communes",
     "La processionnaire du pin (Thaumetopoea pityocampa), longtemps cantonnée au pourtour "
     "méditerranéen et au Sud-Ouest, remonte vers le nord de plusieurs kilomètres par an à "
     "mesure que les hivers se radoucissent, aidée par les pins plantés dans les jardins, et "
     "atteint aujourd'hui l'Île-de-France et l'Alsace. En hiver, ses chenilles tissent des nids "
     "soyeux au bout des branches ; à la fin de l'hiver, elles descendent en procession pour "
     "s'enterrer. Leurs poils urticants provoquent démangeaisons et réactions allergiques, et "
     "les chiens qui les lèchent peuvent perdre une partie de la langue. Ce guide, rédigé avec "
     "l'agence régionale de santé et le département de la santé des forêts, présente aux "
     "communes les moyens de lutte sans insecticide chimique : écopièges en collier autour des "
     "troncs, pièges à phéromones contre les papillons en été, échenillage des nids en hiver par "
     "des équipes protégées, nichoirs à mésanges et plantation de feuillus parmi les pins. La "
     "processionnaire du chêne, présente dans le Nord-Est, n'est pas traitée ici.",
     ("chenilles processionnaires", "Thaumetopoea pityocampa", "santé des forêts",
      "santé publique", "changement climatique"),
     ("FR",), "2023-01"),
    ("cw21", "case-study", "es",
     "La procesionaria del pino sube por Sierra Nevada: inviernos suaves, pinares de repoblación "
     "y tratamientos",
     "La procesionaria del pino (Thaumetopoea pityocampa) es la principal plaga de los pinares "
     "españoles, y sus orugas defolian cada año decenas de miles de hectáreas. En Sierra Nevada, "
     "los pinares de pino silvestre, laricio y resinero plantados en los años sesenta y setenta "
     "para frenar la erosión llegan a los 2.000 metros, y con inviernos más suaves los bolsones "
     "de la oruga aparecen hoy varios cientos de metros más arriba que hace cuarenta años, donde "
     "amenazan también a los pinos silvestres autóctonos de la alta montaña. Este estudio de "
     "caso, del plan andaluz de seguimiento de plagas forestales y de la universidad de Granada, "
     "repasa cuarenta años de muestreos del grado de infestación por rodal, las fumigaciones "
     "aéreas con diflubenzurón y después con Bacillus thuringiensis, la captura masiva con "
     "feromonas y el fomento de aves insectívoras y murciélagos. Concluye que mezclar los "
     "pinares con encinas y otras frondosas reduce las defoliaciones, y señala los problemas de "
     "salud que causan los pelos urticantes en áreas recreativas y colegios.",
     ("procesionaria del pino", "Thaumetopoea pityocampa", "plagas forestales", "cambio climático",
      "Sierra Nevada"),
     ("ES",), "2024-07"),
    # --- elms and Dutch elm disease -----------------------------------------------------------
    ("cw22", "project", "en",
     "Keeping Winnipeg's elms standing: Dutch elm disease surveillance, sanitation and the elm "
     "firewood ban",
     "Winnipeg has one of the largest surviving urban elm forests in North America, with about "
     "200,000 American and Siberian elms along its streets, parks and riverbanks. Dutch elm "
     "disease (DED), caused by the fungus Ophiostoma novo-ulmi and spread by native and European "
     "elm bark beetles, reached Manitoba in 1975 and now kills several thousand of the city's "
     "elms a year. The city's programme, run with the provincial government and a citizens' tree "
     "society, surveys every boulevard and park elm each summer for wilting and yellowing "
     "crowns, confirms infections in the laboratory, removes diseased trees within weeks and "
     "chips or burns the wood, sprays the base of trunks against overwintering beetles, and "
     "prunes the dead branches in which beetles breed. A provincial ban on storing, selling or "
     "moving elm firewood is enforced with checks at campgrounds and on highways. The project "
     "also plants a mix of other species where elms die, and tracks the added threat of the "
     "emerald ash borer to the city's ash trees.",
     ("elms", "Dutch elm disease", "urban forests", "tree diseases", "Manitoba"),
     ("CA",), "2024-06"),
    ("cw23", "document", "fr",
     "Des ormes dans les rues de Paris : guide de plantation et de suivi de l'orme « Lutèce », "
     "tolérant à la graphiose",
     "Avant les années 1970, l'orme champêtre et l'orme lisse bordaient les boulevards, les "
     "places et les routes de France. La graphiose, maladie due à un champignon que propagent "
     "des scolytes, en a tué la quasi-totalité à partir de l'épidémie des années 1970. Après "
     "vingt ans de sélection, l'Institut national de la recherche agronomique a diffusé des "
     "variétés d'ormes tolérantes à la maladie, dont « Lutèce », nommée d'après l'ancien nom de "
     "Paris, et la Ville de Paris en a planté plus de mille dans ses rues, ses parcs et le long "
     "du canal Saint-Martin. Ce guide des services de l'arbre explique comment préparer les "
     "fosses de plantation, tailler les jeunes ormes, reconnaître les symptômes de la graphiose "
     "(flétrissement, rameaux recourbés en crosse, stries brunes sous l'écorce), prélever des "
     "échantillons et éliminer vite le bois malade. Il présente aussi le thécla de l'orme, petit "
     "papillon dont la chenille ne vit que sur les ormes et qui revient dans certains quartiers, "
     "et compare avec les platanes touchés par le chancre coloré.",
     ("ormes", "graphiose", "arbres d'alignement", "variétés résistantes", "Paris"),
     ("FR",), "2023-05"),
    ("cw24", "support-source", "es",
     "Oferta: olmos ibéricos resistentes a la grafiosis para ayuntamientos y riberas",
     "El olmo común o negrillo (Ulmus minor), el árbol de las plazas, las ermitas y los caminos "
     "de media España, desapareció casi por completo con las dos epidemias de grafiosis, la de "
     "los años treinta y la más agresiva de los ochenta, causada por el hongo Ophiostoma "
     "novo-ulmi que transportan pequeños escarabajos de la corteza. Muchas olmas centenarias, "
     "que daban nombre a plazas y pueblos, son hoy tocones. El programa español de conservación "
     "y mejora de los olmos, de una universidad politécnica y el ministerio, ha seleccionado "
     "entre miles de ejemplares supervivientes siete clones de olmo ibérico tolerantes a la "
     "enfermedad, registrados como materiales forestales de reproducción. Esta oferta pone "
     "plantones de esos clones, producidos en un vivero público, a disposición gratuita de "
     "ayuntamientos, confederaciones hidrográficas y entidades de custodia del territorio para "
     "plazas, alamedas, sotos y riberas, con una guía de plantación, asesoramiento técnico y un "
     "compromiso de seguimiento durante cinco años. Se excluye el olmo de Siberia, que se "
     "hibrida con el negrillo.",
     ("olmos", "grafiosis", "Ulmus minor", "material forestal de reproducción",
      "restauración de riberas"),
     ("ES",), "2024-02"),
    # --- rabbits ------------------------------------------------------------------------------
    ("cw25", "project", "en",
     "Macquarie Island after rabbits, rats and mice: ten years on from the pest eradication "
     "project",
     "European rabbits (Oryctolagus cuniculus), left on sub-Antarctic Macquarie Island by "
     "sealers in the 1870s, had grown to well over 100,000 by 2006 and grazed the tall tussock "
     "grassland and the giant megaherbs down to bare ground, causing landslips that buried "
     "seabird burrows. The Tasmanian Parks and Wildlife Service and the Australian Government "
     "ran the Macquarie Island Pest Eradication Project from 2007: rabbit haemorrhagic disease "
     "virus was released first, then helicopters spread cereal baits with brodifacoum over the "
     "whole island in the winter of 2011 to kill rabbits, ship rats and house mice together, and "
     "hunters with detector dogs searched for the last rabbits until 2014, when the island was "
     "declared free of all three. This page looks back a decade later: the regrowth of tussock "
     "and of Stilbocarpa, the return of burrowing petrels and prions, the gulls and skuas killed "
     "by secondary poisoning during baiting, the costs, and the biosecurity rules for ships and "
     "for the research station that keep pests out.",
     ("rabbits", "invasive species eradication", "sub-Antarctic islands", "seabirds",
      "Macquarie Island"),
     ("AU",), "2024-08"),
    ("cw26", "document", "fr",
     "Restaurer les populations de lapins de garenne dans les garrigues : guide pour les "
     "gestionnaires et les chasseurs",
     "Le lapin de garenne (Oryctolagus cuniculus), originaire de la péninsule Ibérique et du sud "
     "de la France, est une proie clé des garrigues et des pelouses sèches : l'aigle de Bonelli, "
     "le grand-duc, le renard et bien d'autres en dépendent, et ses grattis et terriers "
     "entretiennent des milieux ouverts riches en plantes et en insectes. Ses populations se "
     "sont effondrées avec la myxomatose arrivée en 1952, puis avec la maladie hémorragique "
     "virale, dont un nouveau variant, le RHDV2, circule depuis 2010, et avec la fermeture des "
     "milieux après l'abandon du pâturage. Ce guide, rédigé avec le plan national d'actions en "
     "faveur de l'aigle de Bonelli et des fédérations de chasseurs de l'Hérault et des "
     "Bouches-du-Rhône, explique comment construire des garennes artificielles en pierres ou en "
     "palettes, rouvrir la garrigue par le débroussaillement et le pâturage, semer des cultures "
     "faunistiques, suivre les populations par le comptage des crottiers et éviter les lâchers "
     "de lapins d'élevage porteurs de maladies. Il rappelle que le lynx pardelle, en Espagne, "
     "dépend du même lapin.",
     ("lapin de garenne", "Oryctolagus cuniculus", "garrigues", "aigle de Bonelli",
      "gestion cynégétique"),
     ("FR",), "2023-10"),
    ("cw27", "need", "es",
     "Necesidad: controlar el conejo europeo en la isla Robinson Crusoe, archipiélago Juan "
     "Fernández",
     "El conejo europeo (Oryctolagus cuniculus), llevado a la isla Robinson Crusoe probablemente "
     "en el siglo XIX, vive hoy por miles en los faldeos y quebradas del sector sur y en torno "
     "al aeródromo, donde junto a las cabras y los ratones ha dejado el suelo pelado y expuesto "
     "a la erosión. Come las plántulas de las especies endémicas del archipiélago, y las "
     "cárcavas avanzan hacia los últimos parches de bosque. La administración del parque "
     "nacional, a cargo de la CONAF, y la municipalidad solicitan apoyo para estimar la "
     "población de conejos, capacitar a cazadores locales y guardaparques, probar cercos de "
     "exclusión alrededor de las plantas más amenazadas, estudiar la factibilidad de una "
     "erradicación como la lograda en la vecina isla Santa Clara y recuperar la cubierta vegetal "
     "con especies nativas del vivero de la isla. La comunidad, que vive de la langosta de Juan "
     "Fernández y del turismo, pide que el programa genere empleo local. Se citan de paso el "
     "picaflor de Juan Fernández y el sándalo, ya extinguido.",
     ("conejos", "conejo europeo", "especies exóticas invasoras", "islas oceánicas",
      "Juan Fernández"),
     ("CL",), "2024-09"),
    # --- blue crabs ---------------------------------------------------------------------------
    ("cw28", "dataset", "en",
     "Atlantic blue crab in the Po delta lagoons: trap catches and clam farm losses, 2022-2024",
     "The Atlantic blue crab (Callinectes sapidus), native to the western Atlantic coast of the "
     "Americas, has been known in the Mediterranean since the 1940s, probably carried in ships' "
     "ballast water, but in the summer of 2023 its numbers exploded in the lagoons of the Po "
     "delta in north-eastern Italy. In the Sacca di Goro and the Sacca degli Scardovari the "
     "crabs ate most of the seeded Manila clams and young mussels, cutting the harvest of one of "
     "Europe's main clam-farming areas by well over half, and tore the fishers' nets. The "
     "government declared an emergency and paid for the removal of crabs. This dataset, kept by "
     "the regional agencies of Emilia-Romagna and Veneto with the fishers' cooperatives and a "
     "university, holds daily catches in fyke nets and traps by site, the size, sex and "
     "egg-bearing females of sampled crabs, water temperature and salinity, the clam stocks "
     "surveyed each spring, and the tonnes of crab sold for food or destroyed. It also records "
     "trials of protective nets over clam beds.",
     ("blue crab", "Callinectes sapidus", "invasive alien species", "clam farming",
      "coastal lagoons"),
     ("IT",), "2024-09"),
    ("cw29", "project", "fr",
     "Crabe bleu dans les étangs du Roussillon et de l'Aude : pêcher, valoriser et protéger les "
     "lagunes",
     "Signalé pour la première fois en 2017 dans l'étang de Canet-Saint-Nazaire, le crabe bleu "
     "américain (Callinectes sapidus) a envahi en quelques années les lagunes de Salses-Leucate, "
     "de Bages-Sigean et de l'Ayrolle. Vorace, il dévore coquillages, petits poissons et "
     "civelles, déchire les filets et les capétchades des pêcheurs d'anguilles et de daurades, "
     "et les prud'homies signalent l'été des prises de plusieurs centaines de kilos par nuit. Le "
     "projet, porté par le Parc naturel régional de la Narbonnaise en Méditerranée avec les "
     "prud'homies de pêche, le comité régional des pêches et un laboratoire de Perpignan, "
     "finance des nasses adaptées et le temps de pêche consacré au crabe, organise la collecte, "
     "la cuisson et la vente aux restaurants et aux conserveries, suit la population par des "
     "pêches scientifiques et étudie ses effets sur les herbiers de zostères et la faune des "
     "étangs. Il forme aussi les pêcheurs aux règles sanitaires de mise sur le marché.",
     ("crabe bleu", "Callinectes sapidus", "espèces exotiques envahissantes",
      "lagunes méditerranéennes", "pêche artisanale"),
     ("FR",), "2024-04"),
    ("cw30", "case-study", "es",
     "La pesquería de jaiba azul del Lago de Maracaibo: exportaciones, vedas y pescadores "
     "jaiberos",
     "El Lago de Maracaibo, el mayor cuerpo de agua de Venezuela, sostiene una de las "
     "principales pesquerías de jaiba azul (Callinectes sapidus) de América del Sur: miles de "
     "pescadores artesanales de la Costa Oriental y del sur del lago salen cada madrugada en "
     "peñeros a revisar sus nasas y palangres con carnada, y la pulpa de jaiba cocida se procesa "
     "en plantas locales y se exporta congelada o pasteurizada, sobre todo a Estados Unidos. "
     "Este estudio de caso repasa veinte años de la pesquería: las capturas y sus caídas tras la "
     "proliferación de la lenteja acuática en 2004 y los derrames de petróleo, la veda de "
     "hembras con huevos, la talla mínima de captura, la certificación de buenas prácticas que "
     "exigen los compradores y el papel de las mujeres que despulpan la jaiba en las plantas. "
     "Propone un plan de manejo compartido entre el instituto de pesca, las asociaciones de "
     "pescadores jaiberos y los exportadores, con registros de desembarque por muelle y cierres "
     "temporales en las áreas de cría.",
     ("jaiba azul", "Callinectes sapidus", "pesca artesanal", "Lago de Maracaibo",
      "manejo pesquero"),
     ("VE",), "2023-08"),
)  # fmt: skip
