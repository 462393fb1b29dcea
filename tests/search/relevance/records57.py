"""Clearing-house records of the fifty-seventh judged relevance set
(tests/search/relevance/queries57.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on harpy eagles (the nests of the North Rupununi and the
Iwokrama forest in Guyana; the harpie féroce of the Parc amazonien de Guyane; a need for the
águila harpía of the Darién, Panama); on mistletoe (the box mistletoe removal experiment in the
woodlands near Albury; the gui of the vergers haute-tige of Normandy and Lorraine; the quintral
and the monito del monte of southern Chile); on teak (the natural teak forests of the Bago Yoma
in Myanmar; the teckeraies around the noyau central of the Lama forest in Benin; a need for the
smallholders' teca of Los Ríos and Guayas, Ecuador); on flying fish (the fourwing flyingfish
and the sargassum years of the eastern Caribbean; the marara and the poti marara of Tahiti; the
huevas de pez volador of Piura and Tumbes); on oyster reefs (the sanctuary reefs of Harris
Creek in the Chesapeake Bay; the gisements of huître plate of Brittany; a need for the bancos
ostioneros of Tabasco's lagoons); on daylighting buried urban streams (the Saw Mill River in
Yonkers; the remise à ciel ouvert of the Bièvre in the Val-de-Marne; a need to desentubar the
río Magdalena in Mexico City); on chili peppers (the chiltepin of Arizona's Wild Chile
Botanical Area; the piment d'Espelette and its appellation; the ajíes nativos of a Peruvian
genebank); on trail running races in protected areas (guidance for the fell races and trail
runs of the Peak District; the Grand Raid and the Parc national de La Réunion; a protocol for
the carreras por montaña of Guadarrama and Sierra Nevada); on managed realignment (Medmerry in
West Sussex; the dépoldérisation of the lower Saâne valley in Normandy; a need to open the
porreos of the ría de Villaviciosa to the tide); and on traditional irrigation channels (help
for New Mexico's acequias; the bisses of the Valais; the acequias de careo of the Alpujarra).
English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records55.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (harpy eagle, Harpia, harpie, harpía, arpía, eagle, aigle,
águila, raptor, rapace; mistletoe, gui, muérdago, quintral, Viscum, Loranthus, Psittacanthus,
Tristerix, hemiparasite, parasitic plant, plante parasite, planta parásita, Striga, dodder;
teak, teck, teca, Tectona, mahogany, acajou, caoba; flying fish, poisson volant, pez volador,
marara, Exocoetidae, Hirundichthys, Cheilopogon, tobiko, Barbados; oyster, huître, ostra,
ostión, Ostrea, Crassostrea, shellfish reef, bivalve; daylighting, buried river, culvert,
rivière enterrée, ciel ouvert, río entubado, desentubar, Bièvre, Cheonggyecheon, urban river,
río urbano, renaturation, renaturalización; chili, chilli, chile, pepper, piment, poivron,
ají, rocoto, pimiento, pimentón, paprika, Capsicum, capsaicin, chiltepin, Espelette; trail,
running, ultra-trail, marathon, coureur, course, carrera, corredores, sporting event;
managed realignment, managed retreat, realign, dépoldérisation, polder, recul stratégique,
relocalisation, retroceso planificado, salt marsh, marisma, breach, brèche, digue, dique,
living shoreline, coastal squeeze; acequia, bisse, séguia, levada, irrigation canal, canal de
riego, careo, regantes, khettara, qanat, foggara). Screened and dropped as covered: sacred
groves (u08), protected-area entry fees (bs16-bs18), khettaras and qanats (z04), sloths
(bn10-bn12), river dolphins (ba01-ba03), horseshoe crabs (l25-l27), axolotls (s10-s12), tapirs
(bo01-bo03), queen conch (bc01-bc03), crayfish (bm07-bm09), beavers (l28-l30), storks
(bt01-bt03), bustards and falconry (bj01-bj03), hornbills (bu01-bu03), penguins (bn07-bn09),
dragonflies (bq01-bq03), earthworms (r19-r21), bamboo (ba10-ba12), sandalwood (ba25-ba27),
frankincense (ba04-ba06), gum arabic (bf04-bf06), vicuñas (z13-z15), wild camels (s13-s15),
chestnuts (bp28-bp30), whale sharks (i04-i06), freshwater mussels (br01-br03), Asian hornets
(bd28-bd30), FADs (bj16-bj18), albatrosses (l01-l03), sawfish (bj04-bj06), Miyawaki forests
(bg16-bg18), fog collectors (bh28-bh30), zaï pits (l13-l15), early burning and fire
management (v37, bx06), bird collisions with glass (bp22-bp24), dark skies and light
pollution (w16-w18), temporary ponds (bu04-bu06), ski resorts (by28-by30), trophy hunting
(bo13-bo15) and the Caribbean spiny lobster (bt18), besides the topics of sets 42 to 55 and
those their docstrings list as covered, and the chemicals, waste, pollution, energy and
biosafety topics left to set 56; screened with no or passing hits but not chosen: giraffes,
okapis, Andean bears, waterfalls, wild rice, mahogany, bioluminescent bays, sand dams, fonio,
tourist taxes.
The nearest are the chilli fences of Ruaha (w34, whose title names the chilli), judged 1 to
the chili queries, while the chilli and beehive fences of bt22, the chile dulce sampled for
pesticide residues (l09), the chile of the milpa (bo12) and of the sal de gusano (br12), the
piment en poudre tested for lead (z08), the piment de la Jamaïque (bp14) and the chillies,
piments and chile habanero of the swidden and home garden pages (bo10, ce14, ce15) are
passing; the salt ponds of South San Francisco Bay returned to tidal marsh by breaching their
levees (bn19), judged 1 to the managed realignment queries, and the coastal erosion pages that
move the most exposed families (m10) or name the recul stratégique des habitations (m11),
judged 1 to the managed retreat queries only; the khettaras of the Drâa valley (z04,
underground channels, "traditional water management"), judged 1 to the traditional irrigation
channel queries, while the acequias of bm12, br15, br30, bv12 and ca15, the séguias of
Taliouine (cg17) and the Canal Imperial de Aragón of the margaritona (br03) are passing; the
oyster farms of the Bizerte lagoon (x20), the oysters of the phycotoxin guide (w41) and the
huîtres sauvages of Breton shore fishing (by11), none about oyster reefs; the sargassum pages
(w31, w32, ce02), which name no flying fish; the urban rivers of the Cape Town community of
practice (by22), none daylighted; and the striga of the GM sorghum page (bj26), a hemiparasite
named in passing. records56.py (ids cj01..cj30, chemicals, waste, energy, climate, food safety
and governance topics), written at the same time by another engineer, was searched for the same
words once it was finished: none of its records is about these topics (the nature trail along
the floating solar arrays of Sirindhorn, cj10, the pantano de riego of Sierra Brava, cj12, and
the small voiliers of Brittany named by cj20 are passing).

Traps: the teca plantations that replace the Darién forest (ck03) are passing, 0 to the teak
queries; the pearl oysters (huître perlière) of the Tuamotu named by ck11 and the cultivo de
ostras of the ría de Villaviciosa (ck27) are passing, 0 to the oyster reef queries; the
acequia of the Tumacácori mission (ck19) and the acequias de careo that the Sierra Nevada races
now avoid (ck24) are passing, 0 to the irrigation channel queries; the chile fields watered
by New Mexico's acequias (ck28) are passing, 0 to the chili queries; the coureurs de trail on
the paths of the Valais bisses (ck29) are passing, 0 to the trail running queries. Pages of
other sets' topics named in passing: the sloths eaten by the harpy eagles (ck01), the mercury
of gold mining (ck02), the picaflor chico that pollinates the quintral (ck06), the timber
elephants (ck07), the balsa felled for wind turbine blades (ck09), the pelícanos of ck12, the
eels and cormorants of the Saw Mill River (ck16), the jardins partagés along the Bièvre (ck17),
the ajolotes and chinampas of ck18, the golden plovers of the Peak District moors (ck22), the
buitre negro of ck24 and the piment de la Jamaïque that ck20 sets apart.

Ids (ck01..ck30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
ch01..ch30, ci01..ci30), nor with records56.py's (cj01..cj30), and no earlier id starts with
"ck".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- harpy eagles -------------------------------------------------------------------------
    ("ck01", "dataset", "en",
     "Harpy eagle nests of the North Rupununi and the Iwokrama forest: nest trees, prey remains "
     "and chick survival, 2012-2024",
     "The harpy eagle (Harpia harpyja), the largest eagle of the Americas, nests only in giant "
     "emergent trees such as silk-cotton and kabukalli, and raises a single chick every two to "
     "three years, so the loss of a few nest trees can empty a forest of its eagles. This "
     "dataset, kept by the Iwokrama International Centre with Makushi rangers from the villages "
     "of the North Rupununi, lists 41 nests found since 2012 with their GPS positions, tree "
     "species and height, the years each was active, the chicks that fledged or died, and the "
     "prey remains collected under the nests: mostly two-toed and three-toed sloths, capuchin and "
     "howler monkeys and porcupines. It also logs camera-trap photographs, the few eagles shot by "
     "hunters, and the visitors taken to a nest by the community lodge at Surama, whose fees pay "
     "the nest guardians. The records are shared with a regional harpy eagle network and with the "
     "national biodiversity database of Guyana.",
     ("harpy eagle", "Harpia harpyja", "raptors", "nest monitoring", "North Rupununi"),
     ("GY",), "2024-10"),
    ("ck02", "project", "fr",
     "La harpie féroce en Guyane : repérer les aires de nidification et convaincre les chasseurs "
     "de l'épargner",
     "La harpie féroce (Harpia harpyja), que beaucoup en Guyane appellent simplement aigle "
     "harpie, est le plus puissant rapace des forêts d'Amérique du Sud. Elle niche au sommet des "
     "fromagers et des angéliques, à plus de 40 mètres, et n'élève qu'un jeune tous les deux ou "
     "trois ans. Le projet, porté par le Parc amazonien de Guyane avec l'Office français de la "
     "biodiversité, une association ornithologique et les communes de Maripasoula et de Saül, "
     "recherche les aires de nidification en interrogeant chasseurs, piroguiers et agents de "
     "terrain, puis les suit par pièges photographiques. Il recense les tirs, encore fréquents le "
     "long du Maroni et de l'Oyapock, et mène une campagne dans les villages wayana, teko et "
     "bushinengués pour rappeler que l'espèce est intégralement protégée. L'orpaillage illégal et "
     "le mercure qu'il rejette sont cités parmi les menaces qui pèsent sur la forêt, sans être "
     "l'objet du projet. Une fiche d'identification distingue la harpie féroce de la harpie "
     "huppée (Morphnus guianensis) et de l'aigle orné.",
     ("harpie féroce", "aigle harpie", "rapaces", "chasse", "Parc amazonien de Guyane"),
     ("GF",), "2023-06"),
    ("ck03", "need", "es",
     "Necesidad: proteger los nidos del águila harpía en el Darién y pagar a los guardianes "
     "emberá y wounaan",
     "El águila harpía (Harpia harpyja), ave nacional de Panamá, todavía anida en los bosques del "
     "Darién y de la comarca Emberá-Wounaan, en ceibas y cuipos de más de 40 metros. Cada pareja "
     "cría un solo pichón cada dos o tres años y necesita miles de hectáreas de selva. Los "
     "guardianes comunitarios que vigilan una veintena de nidos informan que la tala de los "
     "árboles nido, la ganadería que avanza desde la carretera Panamericana, las plantaciones de "
     "teca que reemplazan el bosque en las tierras bajas y la cacería de las arpías que atacan "
     "gallinas amenazan a la especie. La autoridad ambiental, con una fundación dedicada a las "
     "aves rapaces y las autoridades tradicionales, solicita apoyo para pagar a los guardianes, "
     "marcar a los juveniles con transmisores satelitales, firmar acuerdos de conservación de los "
     "árboles nido con los dueños de las parcelas, capacitar a maestros y montar un pequeño "
     "programa de turismo de observación que deje ingresos en las comunidades.",
     ("águila harpía", "Harpia harpyja", "aves rapaces", "guardianes comunitarios", "Darién"),
     ("PA",), "2024-03"),
    # --- mistletoe ----------------------------------------------------------------------------
    ("ck04", "case-study", "en",
     "Mistletoe as a keystone resource: what happened when it was removed from box-gum woodland "
     "near Albury",
     "Many farmers in south-eastern Australia were taught to cut or poison mistletoe, seen as a "
     "pest that kills eucalypts. This case study reports a long-running experiment in the box-gum "
     "grassy woodlands on the border of New South Wales and Victoria, where all the box mistletoe "
     "(Amyema miquelii) was removed from some remnant patches and left in others. Three years "
     "later the patches without mistletoe had lost about a third of their woodland bird species, "
     "mostly insect-eaters that forage in the leaf litter enriched by fallen mistletoe leaves, "
     "while the painted honeyeater, a mistletoe-fruit specialist, and the mistletoebird, which "
     "spreads the sticky seeds from branch to branch, had gone. The study explains why a "
     "hemiparasite that draws water from its host rarely kills a healthy tree, which trees die "
     "when heavy infestations follow drought and dieback, how landholders can prune only the "
     "worst clumps, and why mistletoe is now deliberately seeded onto young trees in revegetation "
     "plantings. Possums and gliders that feed on it are also covered.",
     ("mistletoe", "hemiparasitic plants", "woodland birds", "box-gum grassy woodlands",
      "keystone species"),
     ("AU",), "2023-04"),
    ("ck05", "document", "fr",
     "Le gui dans les vergers haute-tige : guide pour les arboriculteurs et les communes",
     "Le gui (Viscum album) se répand dans les vergers haute-tige de Normandie, de Lorraine et du "
     "Limousin, surtout sur les pommiers à cidre et les poiriers à poiré peu taillés, ainsi que "
     "dans les peupleraies et les alignements de tilleuls. Ce guide, préparé par un conservatoire "
     "d'espaces naturels avec des associations de croqueurs de pommes, rappelle que le gui est "
     "une plante hémiparasite : il puise l'eau et les sels minéraux de l'arbre mais fait lui-même "
     "sa photosynthèse. Il nourrit en hiver la grive draine et la fauvette à tête noire, qui "
     "dispersent ses graines collantes, et abrite des insectes qui ne vivent que sur lui. Une "
     "forte charge affaiblit pourtant les vieux fruitiers. Le guide explique comment couper les "
     "touffes au ras de la branche en hiver, comment choisir les arbres où le laisser pour la "
     "faune, et où vendre la récolte pour les fêtes de fin d'année. Il signale le gui du chêne, "
     "rare et vénéré par les druides, qu'il faut laisser en place.",
     ("gui", "Viscum album", "plantes hémiparasites", "vergers haute-tige", "arbres fruitiers"),
     ("FR",), "2022-11"),
    ("ck06", "project", "es",
     "El quintral y el monito del monte: conservar una relación única en los bosques templados "
     "del sur de Chile",
     "En los bosques templados lluviosos del sur de Chile, el quintral (Tristerix corymbosus), un "
     "muérdago de flores rojas tubulares, florece en invierno, cuando casi ninguna otra planta lo "
     "hace, y alimenta al picaflor chico, su principal polinizador. Sus frutos los come y "
     "dispersa casi únicamente el monito del monte (Dromiciops gliroides), un pequeño marsupial "
     "arborícola que deja las semillas pegadas a las ramas, donde germinan. El proyecto, de una "
     "universidad de Valdivia con comunidades mapuche-huilliche y la corporación forestal, "
     "estudia esta relación en fragmentos de bosque de Chiloé y de la Región de Los Ríos y en las "
     "plantaciones de eucalipto vecinas, donde el monito casi no entra. Planta corredores de "
     "especies nativas que hospedan al quintral, como el maqui y el arrayán, registra los usos "
     "del quintral en la medicina tradicional mapuche y enseña a los propietarios a podar el "
     "quintral de los árboles de sus huertos sin eliminarlo de los bordes del bosque.",
     ("quintral", "muérdago", "Tristerix corymbosus", "monito del monte",
      "bosque templado lluvioso"),
     ("CL",), "2024-01"),
    # --- teak ---------------------------------------------------------------------------------
    ("ck07", "case-study", "en",
     "Natural teak forests of the Bago Yoma: selective logging, timber elephants and what a "
     "logging ban changed",
     "Myanmar holds most of the world's remaining natural teak (Tectona grandis) forests, mixed "
     "deciduous forests where teak grows scattered among pyinkado, bamboo and other hardwoods. "
     "For more than a century they were logged under the Myanmar Selection System, which allowed "
     "only mature trees above a set girth to be felled on a thirty-year cycle and hauled out by "
     "working elephants and their oozies. This case study looks at the Bago Yoma, the range north "
     "of Yangon that supplied much of the country's teak, where overcutting, illegal logging and "
     "clearing for farms left few large trees. It reviews the one-year logging ban imposed across "
     "the Bago region in 2016, the cut in the annual allowable harvest, the recovery of young "
     "teak measured in permanent plots, and the fate of the timber elephants left without work. "
     "It also discusses how sanctions after 2021 and timber legality rules in importing countries "
     "changed the trade in teak, and the risk that illegal logging replaced legal harvests.",
     ("teak", "Tectona grandis", "natural forests", "selective logging", "timber elephants"),
     ("MM",), "2023-09"),
    ("ck08", "project", "fr",
     "Forêt classée de la Lama : reconvertir une partie des plantations de teck autour du noyau "
     "central",
     "Au sud du Bénin, la forêt classée de la Lama entoure un noyau central de forêt dense "
     "semi-décidue, dernier refuge du singe à ventre rouge (Cercopithecus erythrogaster), "
     "endémique du Dahomey Gap. Autour de ce noyau, l'Office national du bois exploite depuis les "
     "années 1980 des milliers d'hectares de plantations de teck (Tectona grandis) et de Senna "
     "siamea, dont les perches, les poteaux et les grumes alimentent le marché local et "
     "l'exportation. Le projet, conduit avec l'administration forestière et les villages "
     "riverains, convertit une bande de teckeraies en zone tampon plantée d'essences locales "
     "comme l'iroko, le samba et le fromager, réduit les feux qui partent des plantations après "
     "les éclaircies, encadre le ramassage du bois mort et crée des activités de remplacement : "
     "apiculture, élevage d'aulacodes et maraîchage. Il suit la faune dans les teckeraies, les "
     "jachères et le noyau, et compare la régénération naturelle sous teck et sous forêt "
     "naturelle.",
     ("teck", "plantations forestières", "zones tampons", "forêt classée de la Lama",
      "singe à ventre rouge"),
     ("BJ",), "2024-02"),
    ("ck09", "need", "es",
     "Necesidad: manejo sostenible de las plantaciones de teca de pequeños productores en Los "
     "Ríos y Guayas",
     "En la costa del Ecuador, miles de pequeños y medianos productores de Los Ríos, Guayas y "
     "Manabí plantaron teca (Tectona grandis) en antiguos potreros y cacaotales desde los años "
     "noventa, atraídos por la demanda de la India, que compra casi toda la madera en trozas. "
     "Muchas plantaciones nunca recibieron raleos ni podas, crecen en suelos agotados y casi no "
     "dejan sotobosque, y algunas se establecieron a costa de remanentes de bosque seco y de "
     "bosque húmedo. Una asociación de productores de Quevedo, con el ministerio del ambiente y "
     "una universidad técnica, solicita apoyo para capacitar a los productores en raleos y podas, "
     "certificar el manejo forestal y la legalidad de la madera, medir el carbono y la "
     "biodiversidad en plantaciones mixtas de teca con especies nativas como el guayacán, el "
     "laurel y el fernán sánchez, y restaurar las orillas de los esteros dentro de las fincas. La "
     "fiebre de la balsa para las aspas de los aerogeneradores, que vació otros bosques, se "
     "recuerda solo como precedente.",
     ("teca", "Tectona grandis", "plantaciones forestales", "pequeños productores",
      "manejo forestal"),
     ("EC",), "2024-07"),
    # --- flying fish --------------------------------------------------------------------------
    ("ck10", "dataset", "en",
     "Eastern Caribbean flying fish: landings, catch per trip and sargassum years, 1990-2023",
     "The fourwing flyingfish (Hirundichthys affinis) is the most important small pelagic fish of "
     "the eastern Caribbean and a national symbol of Barbados, where it is eaten with cou-cou. A "
     "shared stock ranges from Tobago and Grenada to Saint Lucia, Dominica and Barbados, and is "
     "caught with gillnets and dip nets by small day boats and iceboats that gather the fish "
     "around bundles of floating palm fronds and cane trash. This dataset, compiled under the "
     "regional fisheries body's sub-regional management plan, brings together landings by island "
     "and month, catch per trip, fleet numbers and length samples, with sea surface temperatures "
     "and satellite estimates of sargassum cover. Since the great sargassum influxes began in "
     "2011 catches have swung sharply: the mats hold flying fish offshore but clog nets and "
     "engines near shore. Flying fish are also the bait of the dolphinfish and tuna fisheries. "
     "The notes explain gaps in reporting and the long dispute between Barbados and Trinidad and "
     "Tobago over access to the fish.",
     ("flying fish", "Hirundichthys affinis", "small pelagic fisheries", "sargassum",
      "shared fish stocks"),
     ("BB", "TT", "GD", "LC", "DM"), "2024-05"),
    ("ck11", "case-study", "fr",
     "La pêche au marara à Tahiti : poti marara, épuisettes et nuits sans lune",
     "En Polynésie française, le poisson volant, le marara en tahitien, se pêche la nuit depuis "
     "les poti marara, des bateaux rapides et étroits que le pêcheur pilote debout à l'avant, la "
     "barre dans une main et l'épuisette dans l'autre. Un projecteur éblouit les poissons volants "
     "qui montent en surface, et le pêcheur les attrape au vol ou dans l'eau. Cette étude de cas, "
     "fondée sur des entretiens avec les pêcheurs de Tahiti, de Moorea et de la presqu'île et sur "
     "les relevés du marché de Papeete, décrit la saison, les savoirs sur la lune, la houle et "
     "les zones de passage, le partage et la vente des prises. Elle montre la baisse des captures "
     "signalée depuis les années 2000, l'influence possible du réchauffement sur les bancs, et la "
     "concurrence des palangriers thoniers qui utilisent aussi le poisson volant comme appât. "
     "Elle propose une fermeture pendant la reproduction et un carnet de pêche. La perliculture "
     "des Tuamotu, fondée sur l'huître perlière, n'est citée que pour comparer les revenus.",
     ("poissons volants", "marara", "pêche artisanale", "savoirs traditionnels",
      "Polynésie française"),
     ("PF",), "2023-03"),
    ("ck12", "project", "es",
     "Ordenar la extracción de huevas de pez volador en Piura y Tumbes",
     "Cada verano, entre diciembre y marzo, el pez volador se acerca a la costa norte del Perú "
     "para desovar sobre objetos flotantes. Los pescadores artesanales de Paita, Máncora, Cabo "
     "Blanco y Zorritos aprovechan esta conducta: echan al mar manojos de ramas, hojas de plátano "
     "y paja atados a boyas, los colectores, y días después recogen las huevas pegadas, que se "
     "lavan, se salan y se exportan sobre todo al Japón y a Corea. La pesquería creció rápido y "
     "sin reglas, con cientos de embarcaciones, colectores de plástico que quedan a la deriva y "
     "capturas de los propios peces adultos. El proyecto, del instituto del mar con el ministerio "
     "de la producción y las organizaciones de pescadores, estima la biomasa desovante, propone "
     "un periodo de veda, una talla mínima para los adultos, colectores biodegradables y un "
     "registro de extractores, y capacita a las mujeres que procesan las huevas en tierra. "
     "También sigue a las aves marinas, pelícanos y piqueros, que se alimentan del pez volador.",
     ("pez volador", "huevas de pez volador", "pesca artesanal", "ordenamiento pesquero", "Piura"),
     ("PE",), "2024-04"),
    # --- oyster reefs -------------------------------------------------------------------------
    ("ck13", "project", "en",
     "Rebuilding oyster reefs in Maryland's tributaries of the Chesapeake Bay: Harris Creek and "
     "beyond",
     "The eastern oyster (Crassostrea virginica) once built reefs in the Chesapeake Bay so large "
     "that they were hazards to navigation; a century of dredging, disease and silt left a tiny "
     "fraction of the historic oyster population. An adult oyster filters dozens of gallons of "
     "water a day, and the three-dimensional reefs shelter blue crabs, striped bass, gobies and "
     "mussels. Under the Chesapeake Bay Watershed Agreement, federal and state agencies and their "
     "partners set out to restore oyster reefs in ten tributaries by 2025. This project describes "
     "the large-scale work in Harris Creek, the Little Choptank and the Tred Avon: mapping the "
     "bottom with sonar, laying stone and recycled shell as reef base, planting spat-on-shell "
     "raised in a university hatchery, and monitoring oyster density and biomass three and six "
     "years after planting. Harvest is forbidden on the restored reefs, which lie inside oyster "
     "sanctuaries. Watermen's objections, the shortage of shell and the cost per acre are "
     "discussed.",
     ("oyster reefs", "oyster restoration", "Crassostrea virginica", "estuaries",
      "Chesapeake Bay"),
     ("US",), "2024-09"),
    ("ck14", "dataset", "fr",
     "Gisements et récifs d'huîtres plates en Bretagne : inventaire et suivi des bancs naturels, "
     "2018-2024",
     "L'huître plate européenne (Ostrea edulis), indigène des côtes bretonnes, formait autrefois "
     "de vastes bancs naturels en rade de Brest, en baie de Quiberon et dans le golfe du "
     "Morbihan. La surpêche au XIXe siècle, puis les parasites Marteilia et Bonamia dans les "
     "années 1970 et 1980, ont presque fait disparaître ces récifs d'huîtres, remplacés en "
     "élevage par l'huître creuse du Pacifique. Ce jeu de données, constitué par un programme de "
     "recherche associant l'institut de recherche pour l'exploitation de la mer, des universités, "
     "le comité régional de la conchyliculture et des pêcheurs, réunit les plongées et les "
     "dragages expérimentaux sur une vingtaine de gisements : densités, tailles, mortalités, "
     "prévalence de Bonamia, recrutement du naissain sur collecteurs et faune associée, dont les "
     "crépidules invasives qui envahissent les fonds. Il inclut les essais de récifs restaurés "
     "avec des coquilles et des huîtres adultes et les cartes des habitats. Les données servent "
     "au plan de restauration des bancs d'huîtres plates, habitat menacé selon la convention "
     "OSPAR.",
     ("huître plate", "Ostrea edulis", "récifs d'huîtres", "restauration écologique", "Bretagne"),
     ("FR",), "2024-03"),
    ("ck15", "need", "es",
     "Necesidad: restaurar los bancos ostioneros de las lagunas Mecoacán y Carmen-Machona, "
     "Tabasco",
     "En las lagunas costeras de Tabasco, el ostión americano (Crassostrea virginica) forma "
     "arrecifes ostrícolas, que los pescadores llaman bancos o placeres ostioneros, de los que "
     "viven cientos de familias organizadas en cooperativas de Paraíso y Cárdenas. Desde hace una "
     "década los bancos se azolvan, se cubren de concha muerta y producen cada vez menos: la "
     "apertura de nuevas bocas, la deforestación de los manglares, las descargas de aguas negras "
     "y la extracción sin descanso los han degradado, y las obras del puerto petrolero de Dos "
     "Bocas cambiaron la circulación de la laguna Mecoacán. Las cooperativas, con el instituto "
     "estatal de pesca y una universidad, solicitan apoyo para cartografiar los bancos, devolver "
     "concha limpia al fondo para que se asiente la semilla, establecer zonas de recuperación sin "
     "captura, capacitar a los buzos ostioneros en extracción selectiva y montar un pequeño "
     "laboratorio de producción de semilla. Piden también vigilar la calidad sanitaria del ostión "
     "para poder venderlo fuera del estado.",
     ("ostión", "arrecifes ostrícolas", "bancos ostioneros", "lagunas costeras", "Tabasco"),
     ("MX",), "2023-11"),
    # --- daylighting buried urban streams -----------------------------------------------------
    ("ck16", "case-study", "en",
     "Daylighting the Saw Mill River in downtown Yonkers: from buried flume to living stream",
     "For almost a century the last stretch of the Saw Mill River ran through a concrete flume "
     "beneath a parking lot in downtown Yonkers, New York, before joining the Hudson. Between "
     "2011 and 2016 the city opened up three sections of it, a practice known as daylighting: "
     "removing the culvert, regrading the banks and building a channel with riffles, pools, "
     "boulders and native plantings, framed by a public park. This case study sets out the design "
     "choices, such as a low-flow channel that keeps water moving in dry summers and room for "
     "storm floods, the costs, met mainly by state grants, and six years of monitoring: American "
     "eels and river herring moving upstream, mayflies and cormorants returning, cooler water and "
     "lower bacteria counts. It also discusses the effect of the park on downtown property values "
     "and rents, and on maintenance budgets, and lists other daylighted streams the city studied, "
     "from Seoul's Cheonggyecheon to Zurich's brooks.",
     ("daylighting", "urban streams", "river restoration", "urban nature", "Yonkers"),
     ("US",), "2022-05"),
    ("ck17", "project", "fr",
     "Rouvrir la Bièvre : remise à ciel ouvert d'une rivière enterrée dans le Val-de-Marne",
     "La Bièvre, affluent de la Seine, a été couverte dans Paris à la fin du XIXe siècle puis, en "
     "aval d'Antony, transformée en égout et enterrée sous les routes et les parcs du "
     "Val-de-Marne. Depuis 2016, le département et le syndicat d'aménagement de la vallée la "
     "rouvrent par tronçons : à L'Haÿ-les-Roses, puis à Arcueil et Gentilly, où la rivière coule "
     "de nouveau à l'air libre dans un lit renaturé, avec méandres, berges en pente douce "
     "plantées d'hélophytes et zones humides qui absorbent les crues. Le projet sépare les eaux "
     "usées, raccordées à un nouveau collecteur, des eaux de la rivière, et suit le retour de la "
     "faune : épinoches, libellules, bergeronnettes, amphibiens. Il associe les habitants par des "
     "promenades, des chantiers de plantation et les jardins partagés créés le long du nouveau "
     "cours. La réouverture dans Paris même, étudiée par la Ville, reste un projet à long terme. "
     "Le bilan fait aussi le point sur les coûts, l'entretien et la qualité de l'eau.",
     ("remise à ciel ouvert", "rivières urbaines", "renaturation", "nature en ville", "Bièvre"),
     ("FR",), "2023-10"),
    ("ck18", "need", "es",
     "Necesidad: estudio para desentubar el tramo urbano del río Magdalena en Coyoacán, Ciudad de "
     "México",
     "El río Magdalena, el último río vivo de la Ciudad de México, baja limpio desde los bosques "
     "de oyamel de la Magdalena Contreras, pero al entrar en la mancha urbana recibe descargas y, "
     "pasando Coyoacán, corre entubado bajo avenidas hasta unirse al río Churubusco, también "
     "entubado. Como él, decenas de ríos de la cuenca, que alimentaban los lagos donde viven los "
     "ajolotes y donde se cultivaban las chinampas, se convirtieron en el siglo XX en drenajes y "
     "vialidades. La alcaldía, con la secretaría del medio ambiente de la ciudad, un colectivo "
     "vecinal y una universidad, solicita apoyo técnico para evaluar si es viable sacar a la luz "
     "un primer tramo: levantamiento del colector, separación de las aguas residuales, modelación "
     "de avenidas, diseño de un cauce con vegetación ribereña nativa y un parque lineal, y una "
     "consulta con vecinos y comerciantes. Pide además conocer experiencias de otras ciudades que "
     "hayan desentubado ríos y arroyos.",
     ("ríos urbanos", "desentubamiento de ríos", "restauración de ríos", "naturaleza urbana",
      "Ciudad de México"),
     ("MX",), "2024-05"),
    # --- chili peppers ------------------------------------------------------------------------
    ("ck19", "project", "en",
     "Wild chiles of the borderlands: conserving the chiltepin in Arizona's Wild Chile Botanical "
     "Area",
     "The chiltepin (Capsicum annuum var. glabriusculum), a wild chili with pea-sized, fiery red "
     "fruits, is the ancestor of many cultivated peppers and a prized spice on both sides of the "
     "United States-Mexico border. In 1999 the Forest Service set aside 2,500 acres of the "
     "Coronado National Forest near Tumacácori, Arizona, as the Wild Chile Botanical Area, the "
     "country's first reserve for a crop wild relative. This project, with a regional seed bank "
     "and Sonoran partners, surveys the chiltepin stands that grow under nurse trees such as "
     "hackberry and mesquite, where mockingbirds and thrashers eat and spread the fruits, and "
     "measures how drought, grazing and fire affect them. It banks seed from each population, "
     "studies the plants' tolerance of heat and pests, of interest to chili breeders, and works "
     "with the Tohono O'odham and with harvesters in Sonora, where wild-picked chiltepines sell "
     "for high prices, on sustainable harvest. Visitors also learn about the mission orchards and "
     "the old acequia at Tumacácori.",
     ("chili peppers", "chiltepin", "crop wild relatives", "seed banks", "Sonoran Desert"),
     ("US", "MX"), "2023-07"),
    ("ck20", "case-study", "fr",
     "Le piment d'Espelette : une variété locale sauvée par une appellation d'origine",
     "Arrivé au Pays basque depuis le Nouveau Monde au XVIe ou au XVIIe siècle, le piment "
     "d'Espelette, une population locale de Capsicum annuum appelée gorria, « rouge » en basque, "
     "n'était plus cultivé dans les années 1980 que par quelques familles autour d'Espelette pour "
     "les besoins de la maison. Cette étude de cas retrace la relance de la culture par un "
     "syndicat de producteurs, l'obtention de l'AOC en 2000 puis de l'AOP, limitée à dix "
     "communes, et leurs effets : plus de 200 producteurs, semences reproduites à la ferme à "
     "partir de la population locale, séchage traditionnel en cordes sur les façades, fête du "
     "piment en octobre. Elle examine comment le cahier des charges a conservé la diversité "
     "génétique de la variété, les tensions entre la sélection pour le rendement et le maintien "
     "du goût, la pression foncière et le recours à l'irrigation pendant les étés secs. Le piment "
     "de la Jamaïque et le poivre, d'autres plantes, ne sont pas concernés.",
     ("piments", "piment d'Espelette", "variétés locales", "appellation d'origine", "Pays basque"),
     ("FR",), "2024-01"),
    ("ck21", "dataset", "es",
     "Colección de ajíes nativos del Perú: accesiones, caracterización y usos, 1980-2023",
     "El Perú es uno de los centros de diversidad del género Capsicum: en su territorio se "
     "cultivan las cinco especies domesticadas de ají y crecen varias especies silvestres. Este "
     "conjunto de datos reúne las accesiones conservadas en el banco de germoplasma de una "
     "universidad agraria de Lima y del instituto nacional de innovación agraria: más de 700 "
     "muestras de ají amarillo, ají panca, ají limo, rocoto, ají mochero, ají charapita y ají "
     "arnaucho, entre otros, colectadas en chacras y mercados de la costa, la sierra y la "
     "Amazonía. Para cada accesión registra el lugar de colecta, la especie, el nombre local, los "
     "caracteres del fruto (forma, color, pungencia en unidades Scoville), el contenido de "
     "capsaicinoides, el rendimiento en parcelas de evaluación y la resistencia a plagas y virus. "
     "Incluye también los usos culinarios y medicinales anotados por los agricultores y las "
     "poblaciones silvestres de ulupica y de ají de monte. Los datos apoyan el mejoramiento "
     "participativo y el registro de ajíes con denominación de origen.",
     ("ajíes", "Capsicum", "recursos fitogenéticos", "bancos de germoplasma",
      "variedades nativas"),
     ("PE",), "2023-12"),
    # --- trail running races in protected areas -----------------------------------------------
    ("ck22", "document", "en",
     "Trail running and fell races in the national park: guidance for event organisers",
     "The number of trail runs, ultramarathons and fell races crossing the Peak District National "
     "Park has more than tripled in fifteen years, and some weekends see several events with "
     "thousands of runners on the same moorland paths. This guidance, from the park authority "
     "with landowners, the national conservation agency and running clubs, tells organisers what "
     "to consider before planning a route: the protected moorland sites where curlew, golden "
     "plover and merlin nest on the ground from March to July; peat and blanket bog that erode "
     "quickly under many feet; walls, stiles and gates; parking and traffic in small villages. It "
     "asks organisers to consult early, avoid the breeding season or stay on hard paths, limit "
     "field sizes, mark routes with removable flags rather than paint, sweep the course for "
     "litter and report numbers and damage afterwards. Night events with head torches and "
     "shortcuts across open moor are discouraged. A checklist and a map of sensitive areas are "
     "attached.",
     ("trail running", "mountain races", "protected areas", "recreation management",
      "Peak District"),
     ("GB",), "2024-03"),
    ("ck23", "case-study", "fr",
     "Le Grand Raid et le cœur du Parc national de La Réunion : concilier un ultra-trail et la "
     "protection des milieux",
     "Chaque octobre, près de 2 700 coureurs s'élancent sur la Diagonale des Fous, l'ultra-trail "
     "du Grand Raid, qui traverse La Réunion du sud au nord sur plus de 160 kilomètres et près de "
     "10 000 mètres de dénivelé, en grande partie dans le cœur du Parc national et dans les "
     "cirques de Mafate et de Cilaos, inscrits au patrimoine mondial. Cette étude de cas examine "
     "dix ans de collaboration entre l'organisateur et le Parc : tracé limité aux sentiers "
     "existants, ravitaillements sans plastique jetable, bénévoles chargés de ramasser les "
     "déchets, nettoyage des chaussures et des bâtons aux départs pour ne pas semer de plantes "
     "exotiques envahissantes dans les forêts de tamarins des Hauts, et suivi de l'érosion des "
     "sentiers. Elle analyse aussi la course de nuit, car les lampes frontales et les projecteurs "
     "des postes de secours inquiètent les gestionnaires, qui protègent des pétrels attirés par "
     "la lumière. Les retombées pour les gîtes de Mafate et le coût de la remise en état des "
     "sentiers sont détaillés.",
     ("trail", "courses en montagne", "Parc national de La Réunion", "sentiers",
      "espèces exotiques envahissantes"),
     ("RE",), "2023-12"),
    ("ck24", "project", "es",
     "Carreras por montaña en parques nacionales: un protocolo para autorizar y evaluar las "
     "pruebas en Guadarrama y Sierra Nevada",
     "En la última década las carreras por montaña, o trail running, se han multiplicado en los "
     "espacios naturales protegidos de España: algunas reúnen a más de mil corredores, a menudo "
     "en primavera, cuando crían el buitre negro y el águila imperial. Los planes rectores de uso "
     "y gestión de los parques nacionales de la Sierra de Guadarrama y de Sierra Nevada ya "
     "limitan el número de pruebas y de participantes. Este proyecto, de los dos parques con una "
     "universidad y la federación de deportes de montaña, elabora un protocolo común para "
     "autorizar las carreras: calendario fuera de las épocas sensibles, recorridos por pistas y "
     "senderos señalizados, aforos máximos, normas de conducta para los corredores, control de "
     "residuos y avituallamientos fuera de las zonas de reserva. Mide el impacto en parcelas a lo "
     "largo de los recorridos, el ensanchamiento de los senderos y las molestias a la fauna. En "
     "Sierra Nevada, las pruebas que cruzaban acequias de careo se han desviado para no dañar sus "
     "taludes.",
     ("carreras por montaña", "trail running", "parques nacionales", "uso público",
      "impacto del turismo"),
     ("ES",), "2024-06"),
    # --- managed realignment ------------------------------------------------------------------
    ("ck25", "case-study", "en",
     "Medmerry: ten years of managed realignment on the West Sussex coast",
     "At Medmerry, between Selsey and Bracklesham, a shingle bank that protected farmland, "
     "caravan parks and the approaches to Selsey was breached by winter storms almost every year "
     "and rebuilt with bulldozers. In 2013 the Environment Agency instead built seven kilometres "
     "of new clay embankments up to two kilometres inland and opened a breach in the shingle, "
     "letting the sea flood some 180 hectares of former fields: at the time the largest managed "
     "realignment on the open coast of Europe. This case study reviews the first ten years: the "
     "saltmarsh, mudflats and saline lagoons that formed, now a nature reserve with avocets, "
     "little terns, redshank and wintering brent geese; the habitat it provides to compensate for "
     "coastal squeeze elsewhere in the Solent; the lower flood risk for about 350 homes; the cost "
     "compared with holding the line; and how farmers, caravan-park owners and residents were won "
     "over. Lessons cover sediment, monitoring and the need to start talking with communities "
     "years ahead.",
     ("managed realignment", "saltmarsh", "coastal flood risk", "climate change adaptation",
      "West Sussex"),
     ("GB",), "2023-05"),
    ("ck26", "project", "fr",
     "Basse vallée de la Saâne : reconnecter la rivière à la mer et déplacer le camping",
     "À Quiberville, sur la côte d'Albâtre, la Saâne ne rejoint plus la mer qu'à travers une buse "
     "sous la digue et le cordon de galets, et sa basse vallée, drainée depuis des siècles, est "
     "occupée par des prairies, une station d'épuration et un camping menacé par les submersions "
     "marines et le recul des falaises. Le projet, porté par les collectivités avec le "
     "Conservatoire du littoral et l'agence de l'eau, met en œuvre une stratégie de recul : "
     "déplacer le camping et la station d'épuration sur le plateau, effacer une partie des "
     "remblais et remplacer la buse par une large ouverture, pour que la marée remonte de nouveau "
     "dans la vallée et que se reforme un petit estuaire avec prés salés et roselières. C'est "
     "l'un des premiers exemples en France de dépoldérisation et de relocalisation des activités "
     "face à la montée de la mer. Le suivi porte sur la salinité, les sédiments, la végétation, "
     "les poissons migrateurs comme la truite de mer, et les oiseaux.",
     ("dépoldérisation", "recul stratégique", "estuaires", "adaptation au changement climatique",
      "Normandie"),
     ("FR",), "2024-04"),
    ("ck27", "need", "es",
     "Necesidad: devolver a la marea los porreos de la ría de Villaviciosa ante la subida del "
     "nivel del mar",
     "En la ría de Villaviciosa, en Asturias, buena parte de las antiguas marismas se desecaron "
     "entre los siglos XVIII y XX con diques y compuertas para convertirlas en prados, los "
     "porreos, que hoy apenas se siegan y cuyos diques se rompen en los temporales. Con la subida "
     "del nivel del mar, mantenerlos costará cada vez más. La reserva natural parcial, con el "
     "gobierno del Principado y la universidad, solicita apoyo para estudiar qué porreos conviene "
     "abrir a la marea en un retroceso planificado: levantamiento topográfico y de la propiedad, "
     "modelos de inundación y de sedimentos, diálogo con propietarios y ganaderos, compra o "
     "permuta de terrenos, apertura controlada de los diques y seguimiento de la marisma que se "
     "forme, con sus praderas de Spartina maritima, sus aves limícolas y los peces que la usan "
     "como criadero. La solicitud recuerda las restauraciones de marismas de Urdaibai y de "
     "Santoña. El cultivo de ostras de la ría, citado en el diagnóstico, no forma parte de la "
     "solicitud.",
     ("retroceso planificado", "restauración de marismas", "porreos",
      "adaptación al cambio climático", "Asturias"),
     ("ES",), "2023-09"),
    # --- traditional irrigation channels ------------------------------------------------------
    ("ck28", "support-source", "en",
     "Help for acequias: legal, technical and infrastructure assistance for New Mexico's "
     "community ditches",
     "New Mexico has more than 650 acequias, community irrigation ditches dug by Hispanic "
     "settlers and Pueblo communities over four centuries and governed by their parciantes, the "
     "water users, who elect a mayordomo and commissioners and clean the ditch together each "
     "spring. Besides watering chile fields, orchards and pastures, acequias recharge shallow "
     "aquifers and feed the cottonwood and willow bosques along their banks, corridors used by "
     "migrating birds. This page describes the assistance that an acequia association and the "
     "state offer to acequia communities: legal help to defend water rights in adjudications and "
     "against transfers out of agriculture, grants and loans for headgates and for lining that "
     "still leaves seepage for riparian habitat, training for mayordomos, help with bylaws, and "
     "youth programmes on traditional seed and water knowledge. It explains how to apply, the "
     "deadlines of the state's acequia fund, and contacts for each region, from Taos and Mora to "
     "the Rio Grande valley.",
     ("acequias", "traditional irrigation", "water rights", "community water governance",
      "New Mexico"),
     ("US",), "2024-02"),
    ("ck29", "document", "fr",
     "Les bisses du Valais : guide pour entretenir les canaux d'irrigation traditionnels et leur "
     "biodiversité",
     "Les bisses sont des canaux d'irrigation creusés depuis le Moyen Âge pour amener l'eau des "
     "torrents glaciaires aux prairies, aux vignes et aux vergers des coteaux secs du Valais. "
     "Environ 200 sont encore en eau, gérés par des consortages, communautés d'ayants droit qui "
     "organisent la corvée de printemps et le tour d'eau. Ce guide, réalisé par le canton avec "
     "l'association des bisses et un bureau d'écologie, montre que les fuites des bisses et "
     "l'arrosage par ruissellement entretiennent des prairies de fauche riches en espèces, des "
     "lisières humides et des haies qui abritent amphibiens et papillons, et qu'un bétonnage ou "
     "une mise sous tuyau fait disparaître ces milieux. Il propose des règles pour la réfection : "
     "garder des tronçons en terre et en bois, limiter les pompages, planifier la coupe des "
     "arbres, adapter le tour d'eau aux sécheresses. Il traite aussi des chemins des bisses, très "
     "fréquentés par les randonneurs et les coureurs de trail, et de l'inscription de "
     "l'irrigation traditionnelle au patrimoine culturel immatériel en 2023.",
     ("bisses", "irrigation traditionnelle", "prairies de fauche",
      "patrimoine culturel immatériel", "Valais"),
     ("CH",), "2023-06"),
    ("ck30", "project", "es",
     "Recuperar las acequias de careo de Sierra Nevada: la siembra de agua en la Alpujarra",
     "Desde época andalusí, los pueblos de la Alpujarra y del Marquesado del Zenete desvían en "
     "primavera el agua del deshielo de Sierra Nevada por acequias de careo, canales de tierra "
     "que la llevan a zonas de infiltración en las laderas, los careaderos, para que se filtre y "
     "reaparezca semanas o meses después en fuentes y manantiales más abajo, cuando los cultivos "
     "la necesitan. Esta siembra de agua mantiene además borreguiles, prados húmedos y bosques de "
     "ribera donde de otro modo todo estaría seco. Muchas acequias se abandonaron con la "
     "emigración. El proyecto, del espacio natural con las comunidades de regantes, una "
     "universidad y voluntarios, limpia y repara acequias de careo tradicionales, documenta con "
     "los acequieros los turnos y las técnicas transmitidas oralmente, mide con trazadores cuánto "
     "tarda el agua en llegar a las fuentes y cartografía la vegetación asociada. También "
     "inventaría las acequias de riego de los valles y propone su protección como patrimonio "
     "cultural.",
     ("acequias de careo", "regadío tradicional", "recarga de acuíferos",
      "conocimiento tradicional", "Sierra Nevada"),
     ("ES",), "2024-05"),
)  # fmt: skip
