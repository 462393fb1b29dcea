"""Clearing-house records of the hundred-and-nineteenth judged relevance set
(tests/search/relevance/queries119.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on wolverines (a dataset of dens, camera stations and late spring
snow for the wolverines of the northern Rockies and the North Cascades in the United States; a
project to find out whether the carcajou, as Québec calls it, survives on the Côte-Nord and in
Nunavik, with Innu and Naskapi communities, in Canada; a need to study the glotón, hunted for its
fur, in the Mongolian Altai); on African wild dogs (anti-snare patrols, a rehabilitation centre
and a bush camp for the painted dogs of Hwange in Zimbabwe; a need to find the last lycaons, the
chiens sauvages d'Afrique, of the Niokolo-Koba in Senegal; a case study of the reintroduction of
the licaones, perros salvajes africanos, of Gorongosa in Mozambique); on cockatoos (the Great Cocky
Count, an event, of the black cockatoos of south-western Australia, Carnaby's among them; a need
for the nest wardens of the katala, the cacatoès des Philippines, of southern Palawan; a dataset
of the seizures of the cacatúa sulfúrea in Indonesia); on oilbirds (a case study of the guided
visits to the oilbirds, the diablotins, of Dunston Cave in Trinidad; a project counting the
guacharos des cavernes leaving the cave of Caripe in Venezuela with thermal cameras; a need to
study the Shuar harvest of the chicks of the tayos, Steatornis caripensis, of the caves of
Morona Santiago in Ecuador); on monitor lizards (a need against the trade in the dried parts of
Bengal and yellow monitors sold as hatha jodi in India; a CITES non-detriment finding, a document,
on the ranched varans des savanes and varans du Nil of Togo; a project of visitor quotas and prey
protection for the dragón de Komodo, the largest lizard, in Indonesia); on Rafflesia (a project
that pays the farmers of Ranau and Tambunan in Sabah, Malaysia, to guard the buds; a dataset of
the flowerings of the rafflésie de Kerr of Khao Sok in Thailand; an offer of grafting and nursery
training for the rafflesias of the Philippines); on edelweiss (a case study of the cultivated
edelweiss of the Valais grown for cosmetics in Switzerland; a botanical outing, an event, to the
edelweiss, the étoile des glaciers, of the Queyras in France; a dataset of the flor de nieve of
the Aragonese Pyrenees in Spain); on tarsiers (guidelines, a document, for seeing the mamag, the
Philippine tarsier, in Bohol; a dataset of the sleeping trees and dawn duets of the tangkasi of
Tangkoko in Sulawesi, Indonesia; a need to search for the tarsero de Borneo, the kera hantu, in
the forest fragments of Sarawak, Malaysia); on platypuses (a dataset of the live-trapping surveys
of the platypuses of Melbourne's creeks, Victoria; a project to screen the ornithorynques of
Tasmania for mucormycosis; a case study of the reintroduction of the ornitorrincos of the Royal
National Park, New South Wales, all three in Australia); and on quetzals (a need for a cloud
forest corridor for the resplendent quetzal of the Mario Dary Rivera reserve in Guatemala; a
dataset of the altitudinal migrations of the quetzal resplendissant of the Tilarán range in Costa
Rica; a project restoring the bosque de niebla of the quetzal mesoamericano of El Triunfo in
Chiapas, Mexico). English, French and Spanish, 10 records each, every topic written once in each
language (different countries or places, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records117.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (wolverine, Gulo, glouton, carcajou, glotón, jerv, järv,
ahma, Kuekuatsheu, mustelid, mustélidé, mustélido, fur, fourrure, piel, Cascades, Rockies,
Labrador, Nunavik, Côte-Nord, Innu, Naskapi, Mongolia, Mongolie, Altai, Altái, Khövsgöl, Bayan;
African wild dog, wild dog, painted dog, painted wolf, Lycaon, lycaon, chien sauvage, loup peint,
licaón, perro salvaje, perro pintado, cheetah, guépard, guepardo, Hwange, Niokolo, Tambacounda,
Gorongosa; cockatoo, cacatoès, cacatúa, Cacatua, Calyptorhynchus, Zanda, Carnaby, katala, galah,
corella, parrot, perroquet, loro, Palawan, Narra, Puerto Princesa, Surabaya, Sumba, Perth;
oilbird, guacharo, guácharo, Steatornis, diablotin, tayo, Caripe, Monagas, Dunston, Arima,
Humboldt, Shuar, Morona, Cueva de los Tayos, cave, grotte, cueva; monitor lizard, monitor, varan,
varano, Varanus, goanna, Komodo, hatha jodi, biawak, water monitor, Nile monitor, lizard, lézard,
lagarto, Togo; Rafflesia, rafflésie, corpse flower, fleur cadavre, flor cadáver, titan arum,
Amorphophallus, bunga, Tetrastigma, parasitic plant, plante parasite, planta parásita, Sabah,
Ranau, Tambunan, Kinabalu, Khao Sok, Nueva Ecija; edelweiss, edelweiß, Leontopodium, étoile des
glaciers, étoile d'argent, immortelle des neiges, flor de nieve, pie de león, alpine flora, flore
alpine, flora alpina, Valais, Queyras, Saint-Véran, Écrins, Ordesa, Monte Perdido, Benasque;
tarsier, tarsero, Tarsius, Carlito, Cephalopachus, mamag, tangkasi, kera hantu, ghost monkey,
Bohol, Loboc, Sulawesi, Tangkoko, Sarawak, primate, nocturnal; platypus, ornithorynque,
ornitorrinco, Ornithorhynchus, monotreme, monotrème, monotrema, echidna, échidné, equidna, Mucor,
yabby, rakali, Melbourne, Tasmania, Royal National Park, Hacking; quetzal, Pharomachrus,
resplendent, resplendissant, aguacatillo, Mario Dary, Baja Verapaz, Sierra de las Minas,
Monteverde, Tilarán, El Triunfo, Chiapas). Screened and dropped as covered: hornbills (bu01-bu03),
hedgehogs (cc01-cc03), dormice (dc01-dc03), beavers (l28-l30), sloths (bn10-bn12), tapirs
(bo01-bo03), fireflies (s22-s24), carnivorous plants (cy13-cy15), medicinal leeches (da22-da24),
porcupines (de10-de12), cheetahs (the livestock guardian dog pages of records46), kingfishers
(cw01-cw03), hoopoes (di01-di03), red squirrels (cw07-cw09), mistletoe (ck04-ck06), hummingbirds
(bn01-bn03), ibex (cy01-cy03), capercaillie (cu01-cu03), marmots (cq28-cq30), chameleons
(ci10-ci12) and freshwater pearl mussels (br01-br03), besides the topics of sets 42 to 117 and
those their docstrings list as covered; screened with no or passing hits but not chosen: okapis,
koalas, Tasmanian devils, bonobos, pikas (named by eq21), hyenas (named by i22 and w35), European
hamsters (named by eo29) and Welwitschia. African wild dogs, cockatoos, oilbirds, edelweiss,
Rafflesia, monitor lizards, tarsiers, platypuses and quetzals had been screened by earlier sets
with no or passing hits and left; wolverines are named only in passing, by cu04.

No earlier record is judged relevant: all the hits are passing or about other things. The only
wolverine of the pool is a passing one: the reindeer lichen dataset of Sweden (cu04) summarises
"losses to wolverine, lynx and eagles" from the compensation scheme (0); the Dukha reindeer herders
of Khövsgöl (cu06) are the only other Mongolian taiga page and name no wolverine, and the snow
leopard pages (z28 and others) are about another predator. No earlier record names an African wild
dog: the livestock guardian dogs of the cheetah page (bz10), the waterholes of Hwange (du25), the
lion and vulture poisoning pages (i22, w35) and the rabies pages are other things (0). No earlier
record names a cockatoo: the rescue centre for confiscated parrots of Cameroon (o04) names none,
the parrotfish pages (ce01-ce03) are fish, and the tokay gecko guide of Java and Sulawesi (bi01) is
about another animal (0). No earlier record names an oilbird: the cave pages (r01-r03), the
swiftlet caves (bg02, bg03) and the scarlet ibises and leaf-cutter ants of Trinidad (records83,
records111) are other things. The only monitor lizards of the pool are passing: the varans that
wade to the pelican island of the Djoudj (ca02) and the goannas poisoned by cane toads (bg28); the
python skin pages (s16-s18), the tokay geckos (bi01-bi03) and the chameleons (ci10-ci12) are other
reptiles (0). No earlier record names Rafflesia: the mistletoe pages (ck04-ck06) are about other
parasitic plants, the Nepenthes of Madagascar (cy14) are carnivorous plants, and the Sabah oil palm
and palm oil mill pages (y01, dj13) are other things. No earlier record names edelweiss: the rock
ptarmigan of the Écrins (eg02), the lakes of Ordesa (ca06), the alpine marmots of the Alps and the
Pyrenees (cq29, cq30) and the arnica pages are other things. The only tarsiers of the pool are the
tarseros named in passing by the maleo project of Sulawesi (et12), 0; the lemur pages (de01-de03)
and the slow loris pages (eq25-eq27, among them a guide to slow loris tourism) are other primates.
No earlier record names a platypus: the tree ferns of Tasmania (da07), the kelp forests of
Tasmania (y13) and the starlings of Melbourne (dg25) are other things. The quetzals of the pool are
passing: the La Amistad case study (bt24) lists quetzales among the park's animals and the
Monteverde zip-line need (de24) says guides have seen quetzales abandon nests near a cable, both
0; the cloud forest pages (bg19-bg21) name no quetzal, and the Quetzaltenango of ct12 and ek18 only
contains the letters.

records118.py (ids eu01..eu30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), written at the same time by another engineer, was searched for the same words
once it was finished (with its queries118.tsv), before these records were judged: its topics are
ionisation smoke detectors, former gasworks, coal workers' pneumoconiosis, potassium iodide
tablets, emissions from construction machinery, fuel marking, plasterboard waste, aircraft noise,
smokeless tobacco and lime kilns. None of its records names a wolverine, an African wild dog, a
cockatoo, an oilbird, a monitor lizard, Rafflesia, edelweiss, a tarsier, a platypus or a quetzal.
The nearest are passing and judged 0: the mangrove wood burned in the lime kilns of Zanzibar
(eu28), mangroves but no katala; the "painted demolition board" of the Sydney plasterboard project
(eu19), no painted dog; and the Swiss guide to the particle filters of construction machines
(eu14), the Sydney plasterboard project itself, the gutka need of Assam (eu25), the Mexican
potassium iodide need and aircraft noise guide (eu12, eu24) and the chimó jornada of Venezuela
(eu27), places only (the Switzerland of ev19, the New South Wales of ev27, the India of ev13, the
Mexico of ev30 and the Venezuela of ev11). None of its records answers a query of this set, and
none of its queries is repeated in queries119.tsv. records120.py and records121.py, written at the
same time by other engineers, are not part of this set's pool.

Traps: the lynx, fishers, trappers, snowmobiles and backcountry skiers of ev01; the caribou
forestier, martres, lynx and loups of ev02; the leopardos de las nieves, águilas de cazadores
kazajos, ovejas and pieles of ev03; the lions, spotted hyenas, rabies and canine distemper of
ev04; the orpaillage, feux de brousse, élands de Derby, chimpanzés, rage and maladie de Carré of
ev05; the leones, leopardos, hienas, búfalos, guerra civil and turismo de safari of ev06; the
banksia woodlands, pine plantations, rainbow lorikeets and feral honeybees of ev07; the pangolin
de Palawan, crocodiles and mangroves of ev08; the dragones de Komodo, loros, loris and Sulawesi of
ev09; the hummingbirds, bellbirds, cocoa and coffee estates, echolocation and bats of ev10; the
chauves-souris, poissons aveugles, café and incendies of ev11; the minería, carreteras, aceite and
the 1976 expedition of ev12; the star tortoises, mongoose-hair brushes, drum heads and fake plant
roots of ev13; the pythons royaux, caméléons and tortues of ev14; the ciervos de Timor, búfalos,
corales, mantas and cacatúas sulfúreas of ev15; the titan arum, another corpse flower, the pitcher
plants and orchids of ev16; the éléphants, calaos and the Cheow Lan reservoir of ev17; the arum
titán and orquídeas of ev18; the gentian, arnica, medicinal herbs and cosmetics of ev19; the
marmottes and moutons of ev20; the bucardo, quebrantahuesos and marmotas of ev21; the monkeys,
flying lemurs and Chocolate Hills of ev22; the macaques noirs, couscous and maléos of ev23; the
orangutanes, pangolines, loris perezosos and palma aceitera of ev24; the rakali, eels, yabby traps
and litter of ev25; the échidnés, diables de Tasmanie, grenouilles and truites of ev26; the
zorros, anguilas, cangrejos de río, sequía and incendios of ev27; the maize, cardamom, orchids,
bromeliads and tree ferns of ev28; the colibris, singes hurleurs and tourisme d'observation des
oiseaux of ev29; and the café de sombra and pavón of ev30. Some records name their topic only by
another name or a narrower kind: ev02 says only carcajou (never glouton), ev04 mostly painted dog,
ev12 only tayo and Steatornis caripensis (never guácharo), and ev15 only dragón de Komodo and
Varanus komodoensis (never varano). Letters: the
Quetzaltenango of ct12 and ek18 contains "quetzal" and the "monitoring" of hundreds of records
contains "monitor", none of them about these topics.
For the country queries: ev01 names only the United States (Montana, Idaho, Wyoming and
Washington); ev02 only Canada (Québec, the Côte-Nord, Nunavik and Labrador); ev03 only Mongolia;
ev04 only Zimbabwe; ev05 only Senegal; ev06 Mozambique (South Africa as the origin of the dogs);
ev07 only Australia (Western Australia); ev08 only the Philippines (Palawan); ev09 only Indonesia;
ev10 only Trinidad and Tobago (Venezuela for the name guacharo); ev11 only Venezuela (a French
laboratory); ev12 only Ecuador; ev13 only India; ev14 Togo (Europe, North America and Asia as
markets); ev15 only Indonesia; ev16 only Malaysia (Sabah, Borneo); ev17 only Thailand; ev18 only
the Philippines; ev19 only Switzerland; ev20 only France; ev21 only Spain; ev22 only the
Philippines; ev23 only Indonesia; ev24 only Malaysia (Sarawak, Borneo); ev25 Australia (Victoria);
ev26 Australia (Tasmania); ev27 Australia (New South Wales); ev28 only Guatemala; ev29 only Costa
Rica; ev30 only Mexico.

Ids (ev01..ev30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
eq01..eq30, er01..er30, et01..et30), nor with records118.py's (eu01..eu30), and no earlier id
starts with "ev".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- wolverines ------------------------------------------------------------------------------
    ("ev01", "dataset", "en",
     "Wolverine dens and late spring snow in the northern Rockies and the North Cascades, "
     "2009-2024",
     "The wolverine (Gulo gulo), the largest land-dwelling member of the weasel family, roams "
     "over hundreds of square kilometres of high mountain country and digs its natal dens in "
     "deep snow that lasts into May. In the contiguous United States only a few hundred remain, "
     "in Montana, Idaho, Wyoming and Washington, and they were listed as threatened under the "
     "Endangered Species Act in 2023 because a warming climate is shrinking that spring "
     "snowpack. This dataset, compiled by state wildlife agencies, national forests and a "
     "university, brings together fifteen years of camera stations baited with road-killed "
     "deer, hair snags and their genetic results, GPS locations of 60 collared animals, den "
     "sites found by snow tracking and the satellite record of snow cover on 1 May. It also "
     "records wolverines caught by trappers setting for lynx and bobcat, and the tracks of "
     "snowmobiles and backcountry skiers near dens. Fishers and lynx detected at the same "
     "stations are listed separately.",
     ("wolverines", "Gulo gulo", "snowpack", "camera traps", "datasets"),
     ("US",), "2025-01"),
    ("ev02", "project", "fr",
     "Le carcajou vit-il encore au Québec ? Pièges photographiques, poils et savoirs innus",
     "Le carcajou (Gulo gulo), le plus grand mustélidé terrestre, trapu, brun foncé, avec une "
     "bande claire sur les flancs, occupait autrefois la forêt boréale et la toundra du Québec et "
     "du Labrador. La population de l'Est, désignée en voie de disparition, n'a plus été "
     "confirmée depuis des décennies : quelques observations de chasseurs et de trappeurs, "
     "jamais une photo. Ce projet d'un organisme de conservation, de communautés innues et "
     "naskapies et du ministère chargé de la faune installe chaque hiver 80 stations de pièges "
     "photographiques appâtées et munies de brosses à poils sur la Côte-Nord et au Nunavik, "
     "analyse l'ADN des poils recueillis, note auprès des aînés les récits sur Kuekuatsheu, le "
     "carcajou rusé des légendes innues, et prépare un plan de rétablissement qui envisage la "
     "réintroduction d'animaux venus de l'Ouest canadien. Le caribou forestier, la martre, le "
     "lynx et les loups photographiés aux mêmes stations ne sont cités qu'en passant.",
     ("carcajou", "Gulo gulo", "pièges photographiques", "savoirs autochtones", "projets"),
     ("CA",), "2024-11"),
    ("ev03", "need", "es",
     "Necesidad: conocer al glotón del Altái mongol antes de que desaparezca por sus pieles",
     "El glotón (Gulo gulo), el mayor mustélido terrestre, es en Mongolia un animal raro de la "
     "taiga y de las altas montañas del Altái, del Jangái y del Jentii, muy poco estudiado. "
     "Su piel, en la que no se pega la escarcha del aliento, se vende para forrar "
     "capuchas y gorros, y los pastores matan a los que entran en los corrales de ovejas o "
     "siguen a los rebaños en invierno. En el parque nacional Altái Tavan Bogd, en Bayan-Ölgii, "
     "los guardas solo conocen unas pocas huellas y fotos. La administración del parque y un "
     "instituto de biología de la academia de ciencias solicitan apoyo para instalar 60 cámaras "
     "trampa en los valles con nieve tardía, formar a guardas y pastores kazajos en el rastreo "
     "de huellas, estudiar el comercio de pieles en los mercados de Ulán Bator y proponer la "
     "especie para la lista roja nacional. Los leopardos de las nieves de las mismas cámaras y "
     "las águilas de los cazadores kazajos se citan de paso.",
     ("glotón", "Gulo gulo", "comercio de pieles", "cámaras trampa", "necesidades"),
     ("MN",), "2025-02"),
    # --- African wild dogs -----------------------------------------------------------------------
    ("ev04", "project", "en",
     "Painted dogs of Hwange: anti-snare patrols, a rehabilitation centre and a bush camp for "
     "children",
     "The African wild dog (Lycaon pictus), known in Zimbabwe as the painted dog for its "
     "blotched coat of black, tan and white, lives in packs that hunt over several hundred "
     "square kilometres, so most packs of Hwange National Park spend part of their time outside "
     "it, on communal lands and in hunting concessions. There painted dogs die in wire snares "
     "set for antelope, on the Bulawayo to Victoria Falls road, and from rabies and canine "
     "distemper caught from village dogs. This project of a local conservation organisation and "
     "the parks authority employs 20 anti-snare scouts from the villages around Dete, fits pack "
     "members with GPS collars, treats injured dogs at a rehabilitation centre and releases "
     "them, vaccinates village dogs, and brings every sixth-grade pupil of the area to a "
     "four-day bush camp where children learn about the dogs and their prey. Lions and spotted "
     "hyenas, which kill painted dogs and steal their kills, are named in passing.",
     ("painted dogs", "African wild dogs", "Lycaon pictus", "snares", "projects"),
     ("ZW",), "2024-09"),
    ("ev05", "need", "fr",
     "Besoin : retrouver et protéger les derniers lycaons du parc national du Niokolo-Koba",
     "Le lycaon (Lycaon pictus), ou chien sauvage d'Afrique, a presque disparu d'Afrique de "
     "l'Ouest : le parc national du Niokolo-Koba, dans le Sénégal oriental, est l'un des "
     "derniers endroits où des meutes sont encore vues. Les gardes n'y ont photographié que "
     "quelques individus depuis 2011, et personne ne sait combien de meutes subsistent ni où "
     "elles se reproduisent. La direction des parcs nationaux et une association sénégalaise de "
     "conservation demandent un appui pour placer 100 pièges photographiques autour des mares "
     "permanentes, équiper de colliers GPS les adultes capturés, vacciner contre la rage et la "
     "maladie de Carré les chiens des villages de la périphérie, former des écogardes au suivi "
     "des traces et des tanières, et informer les éleveurs de la région de Tambacounda, qui "
     "accusent les lycaons de tuer chèvres et moutons. L'orpaillage, les feux de brousse, les "
     "élands de Derby et les chimpanzés du parc ne sont évoqués qu'en passant.",
     ("lycaons", "Lycaon pictus", "chien sauvage d'Afrique", "pièges photographiques",
      "besoins"),
     ("SN",), "2024-12"),
    ("ev06", "case-study", "es",
     "Licaones de vuelta en Gorongosa: seis años de una reintroducción en un parque que se "
     "recupera de la guerra",
     "El licaón o perro salvaje africano (Lycaon pictus) había desaparecido del Parque Nacional "
     "de Gorongosa, en el centro de Mozambique, durante la guerra civil, cuando la caza acabó "
     "con más del 90 % de los grandes mamíferos. En 2018, cuando los antílopes y los búfalos ya "
     "se habían recuperado, el parque trajo catorce licaones de reservas de Sudáfrica, los "
     "mantuvo ocho semanas en un recinto de aclimatación para que formaran una jauría y los "
     "soltó con collares GPS. Este estudio de caso, preparado con el equipo científico del "
     "parque, sigue a la población hasta más de un centenar de animales en 2024: la formación "
     "de nuevas jaurías, las camadas, las muertes en lazos de caza furtiva y por leones, la "
     "vacunación de los perros de las aldeas vecinas y la llegada de licaones a la sierra de "
     "Gorongosa y fuera del parque. Los leopardos y las hienas, reintroducidos después, y el "
     "turismo de safari se citan de paso.",
     ("licaones", "perro salvaje africano", "reintroducción", "Gorongosa", "estudios de caso"),
     ("MZ",), "2024-10"),
    # --- cockatoos -------------------------------------------------------------------------------
    ("ev07", "event", "en",
     "Great Cocky Count 2025: counting black cockatoos at their evening roosts in south-western "
     "Australia",
     "Every April, hundreds of volunteers sit at dusk beside known roost sites, from Geraldton to "
     "Esperance and across the suburbs of Perth, and count the black cockatoos flying in to "
     "sleep. The count covers the three threatened black cockatoos of the south-west: Carnaby's "
     "cockatoo (Zanda latirostris), Baudin's cockatoo and the forest red-tailed black cockatoo. "
     "Carnaby's has lost most of its feeding habitat in the banksia woodlands of the Swan Coastal "
     "Plain and in the pine plantations north of Perth, which were cleared without replanting, "
     "and birds are hit by cars while feeding on roadsides. Organised by a conservation charity "
     "with the state environment department, the 2025 count takes place on Sunday 6 April; "
     "training sessions in March explain how to tell the species by call and tail colour, "
     "register a roost and report numbers through an app. The results guide the protection of "
     "roosts and the placing of artificial nest hollows. Rainbow lorikeets and feral honeybees, "
     "which compete for hollows, are named in passing.",
     ("black cockatoos", "Carnaby's cockatoo", "citizen science", "roosts", "events"),
     ("AU",), "2025-02"),
    ("ev08", "need", "fr",
     "Besoin : des gardiens de nids pour le cacatoès des Philippines dans le sud de Palawan",
     "Le cacatoès des Philippines (Cacatua haematuropygia), appelé katala à Palawan, est un "
     "cacatoès blanc au dessous de la queue rouge, en danger critique : il en reste moins d'un "
     "millier, surtout dans le sud de Palawan et sur quelques îles voisines. Ses poussins ont été "
     "pris dans les nids pendant des décennies pour le commerce des oiseaux de compagnie, et les "
     "mangroves et forêts de plaine où il niche ont été coupées. Sur l'île de Rasa, à Narra, "
     "d'anciens braconniers devenus gardiens surveillent chaque nid pendant la saison de "
     "reproduction, et la population y est passée de quelques dizaines à plusieurs centaines "
     "d'oiseaux. Une fondation locale et les services de l'environnement demandent un appui pour "
     "étendre ce système à six nouveaux sites, payer 40 gardiens, poser des nichoirs, former les "
     "agents du port et de l'aéroport de Puerto Princesa au contrôle des oiseaux vivants et "
     "sensibiliser les écoles. Le pangolin de Palawan et les crocodiles des mangroves ne sont "
     "cités qu'en passant.",
     ("cacatoès des Philippines", "Cacatua haematuropygia", "katala", "braconnage", "besoins"),
     ("PH",), "2024-07"),
    ("ev09", "dataset", "es",
     "Cacatúas sulfúreas decomisadas en Indonesia: incautaciones, rutas y liberaciones, "
     "2010-2024",
     "La cacatúa sulfúrea o cacatúa de moño amarillo (Cacatua sulphurea), en peligro crítico, "
     "vivía en casi todas las islas menores de la Sonda y en Sulawesi, pero la captura de pollos "
     "y adultos para el comercio de mascotas la ha reducido a unos pocos miles de aves, sobre "
     "todo en Sumba y en el parque nacional de Komodo. En 2015 la policía encontró 24 cacatúas "
     "metidas en botellas de plástico en el puerto de Surabaya, un caso que endureció las "
     "penas. Este conjunto de datos, reunido por una organización de protección de la fauna con "
     "la agencia de conservación de los recursos naturales, recoge cada decomiso de cacatúas en "
     "el país desde 2010: fecha, puerto o mercado, especie, número de aves vivas y muertas, "
     "origen probable y destino, junto con las liberaciones en Sumba y Flores tras la "
     "cuarentena. Incluye también la cacatúa de las Molucas y la cacatúa blanca. Los dragones de "
     "Komodo y los loros y loris de los mismos envíos se citan de paso.",
     ("cacatúas", "Cacatua sulphurea", "tráfico de fauna", "decomisos", "conjuntos de datos"),
     ("ID",), "2025-03"),
    # --- oilbirds --------------------------------------------------------------------------------
    ("ev10", "case-study", "en",
     "Oilbirds of Dunston Cave: forty years of guided visits at a Trinidad nature centre",
     "The oilbird (Steatornis caripensis), called guacharo in Venezuela and diablotin in "
     "Trinidad, is the only nocturnal fruit-eating bird in the world: it roosts and nests in "
     "caves, finds its way in the dark with audible clicks, a form of echolocation, and flies "
     "out at night to eat the fruit of palms and laurels, whose seeds it drops on the cave "
     "floor. In the Arima Valley of Trinidad's Northern Range, a colony of some 150 birds nests "
     "in Dunston Cave, a narrow limestone gorge on the grounds of a nature centre. This case "
     "study describes how the centre limited visits to small guided groups on set days, banned "
     "flash photography, closed the cave in the breeding season after counts showed fewer "
     "nests, and pays for the monitoring with visitor fees. It compares the colony with those "
     "of the Aripo caves. Hummingbirds, bellbirds, the old cocoa and coffee estates and the "
     "bats of the cave are mentioned in passing.",
     ("oilbirds", "Steatornis caripensis", "visitor management", "nature centres",
      "case studies"),
     ("TT",), "2024-05"),
    ("ev11", "project", "fr",
     "Compter les guacharos à la sortie de la grotte de Caripe : caméras thermiques et forêts "
     "nourricières",
     "Le guacharo des cavernes (Steatornis caripensis), oiseau nocturne et frugivore qui "
     "s'oriente dans le noir par écholocation, a donné son nom à la grotte du Guácharo, près de "
     "Caripe, dans l'État de Monagas au Venezuela, décrite par Alexander von Humboldt en 1799 et "
     "premier monument naturel du pays. Des milliers d'oiseaux y nichent et en sortent chaque "
     "soir pour aller manger, parfois à des dizaines de kilomètres, les fruits des palmiers et "
     "des lauracées, dont ils dispersent les graines. Ce projet du parc national, d'une "
     "université vénézuélienne et d'un laboratoire français d'écologie compte les oiseaux à la "
     "sortie de la grotte avec des caméras thermiques et un logiciel de comptage, suit quelques "
     "oiseaux par GPS pour connaître leurs aires d'alimentation, et cartographie les forêts de "
     "la serranía qui nourrissent la colonie, menacées par les cultures de café et les "
     "incendies. Les chauves-souris, les poissons aveugles de la rivière souterraine et les "
     "visiteurs de la grotte sont cités en passant.",
     ("guacharo des cavernes", "Steatornis caripensis", "dispersion des graines",
      "caméras thermiques", "projets"),
     ("VE",), "2024-06"),
    ("ev12", "need", "es",
     "Necesidad: estudiar la cosecha shuar de pichones de tayo en las cuevas de Morona Santiago",
     "En la Amazonía ecuatoriana, al ave nocturna Steatornis caripensis se la conoce como tayo, "
     "y de ella toman su nombre la Cueva de los Tayos y otras cuevas de Morona Santiago y Zamora "
     "Chinchipe, donde anidan colonias de cientos de aves que salen de noche a comer frutos de "
     "palmas. Desde hace generaciones, familias shuar bajan una vez al año con escaleras de "
     "lianas y antorchas para recoger una parte de los pichones, muy grasos, que se comen o se "
     "derriten para obtener aceite; la cosecha, regida por normas de los mayores, forma parte de "
     "su cultura. Hoy las colonias sufren además por la minería y las carreteras. Una federación "
     "shuar y una universidad amazónica solicitan apoyo para contar los nidos de cada cueva, "
     "registrar las normas tradicionales de la cosecha, medir cuántos pichones se toman y "
     "proponer un plan de manejo comunitario que la autoridad ambiental reconozca. La "
     "expedición de 1976 a la Cueva de los Tayos y las leyendas sobre sus túneles se mencionan "
     "de paso.",
     ("tayos", "Steatornis caripensis", "conocimientos tradicionales", "pueblo shuar",
      "necesidades"),
     ("EC",), "2025-01"),
    # --- monitor lizards -------------------------------------------------------------------------
    ("ev13", "need", "en",
     "Need: stopping the trade in monitor lizard parts sold as hatha jodi",
     "India's four monitor lizards, the Bengal monitor (Varanus bengalensis), the yellow "
     "monitor, the water monitor and the desert monitor, are all protected under Schedule I of "
     "the Wildlife (Protection) Act, yet they are still hunted for meat, for an oil sold as a "
     "cure for joint pain and for their skins, once used for drum heads. The strangest trade is "
     "hatha jodi, a 'rare Himalayan root' sold online and at temple fairs as a charm for wealth "
     "and luck: forensic tests show that most pieces are the dried, processed hemipenes of male "
     "Bengal and yellow monitors. A wildlife crime control unit and a forensic institute request "
     "support to build a reference collection and a DNA test for seized items, train customs, "
     "postal and railway police staff to recognise hatha jodi, survey online sellers and "
     "religious shops, and work with astrologers and temple traders to stop the demand. Fake "
     "hatha jodi made from plant roots, and the trade in star tortoises and mongoose-hair "
     "brushes, are mentioned in passing.",
     ("monitor lizards", "Varanus bengalensis", "hatha jodi", "wildlife crime", "needs"),
     ("IN",), "2024-08"),
    ("ev14", "document", "fr",
     "Avis de commerce non préjudiciable : varans des savanes et varans du Nil élevés en ranch "
     "au Togo",
     "Le Togo exporte chaque année des milliers de jeunes varans vers les animaleries d'Europe, "
     "d'Amérique du Nord et d'Asie. Il s'agit surtout du varan des savanes (Varanus "
     "exanthematicus) et du varan du Nil (Varanus niloticus), inscrits à l'annexe II de la "
     "CITES. La plupart sont déclarés « élevés en ranch » : des chasseurs ramassent dans la "
     "nature des femelles gravides ou des œufs, qui éclosent dans des fermes d'élevage, et une "
     "partie des jeunes doit être relâchée. Ce document de l'autorité scientifique CITES du "
     "Togo, préparé avec une université, évalue si les quotas d'exportation nuisent aux "
     "populations sauvages : il examine les enquêtes de terrain dans les savanes du nord, les "
     "registres des fermes, le nombre d'œufs par femelle, la part des jeunes relâchés et les "
     "écarts entre quotas et exportations déclarées, et recommande de baisser le quota du varan "
     "du Nil et de marquer les femelles. Les pythons royaux, les caméléons et les tortues "
     "exportés par les mêmes fermes sont cités en passant.",
     ("varans", "Varanus exanthematicus", "CITES", "élevage en ranch",
      "avis de commerce non préjudiciable"),
     ("TG",), "2024-03"),
    ("ev15", "project", "es",
     "Dragón de Komodo: cupos de visitantes y presas protegidas para el mayor lagarto del mundo",
     "El dragón de Komodo (Varanus komodoensis), el mayor lagarto vivo, con machos de hasta tres "
     "metros y 80 kilos, solo vive en las islas de Komodo, Rinca, Gili Motang y Nusa Kode y en "
     "algunos puntos de la costa de Flores, en la provincia indonesia de Nusa Tenggara Oriental. "
     "Quedan unos 3.000 ejemplares, y la subida del nivel del mar amenaza las sabanas y bosques "
     "bajos donde cazan ciervos de Timor, búfalos y cerdos salvajes. Este proyecto de la "
     "autoridad del parque nacional de Komodo, con las aldeas del parque y una organización "
     "local, limita el número de visitantes diarios en cada isla, forma a los guardas que "
     "acompañan a los grupos con una vara ahorquillada, vigila la caza furtiva de ciervos, la "
     "presa principal de los dragones, y sigue con cámaras trampa a los dragones de Flores, "
     "fuera del parque, donde se queman los pastos. Los corales y las mantas que atraen a los "
     "buceadores y las cacatúas sulfúreas del parque se citan de paso.",
     ("dragón de Komodo", "Varanus komodoensis", "turismo", "parques nacionales", "proyectos"),
     ("ID",), "2024-11"),
    # --- Rafflesia -------------------------------------------------------------------------------
    ("ev16", "project", "en",
     "Rafflesia on village land in Sabah: paying farmers to guard the buds until they bloom",
     "Rafflesia, a genus of parasitic plants with no leaves, stems or roots of their own, lives "
     "inside the stems of Tetrastigma vines in the rainforest and shows itself only as a bud "
     "that swells for months into the largest single flower in the world, a red, leathery bloom "
     "up to a metre across that smells of rotting meat and lasts less than a week. In Sabah, on "
     "Borneo, several species, among them Rafflesia keithii and Rafflesia pricei, grow on "
     "farmland and in secondary forest around Ranau and Tambunan, where vines are easily cut and "
     "buds trampled. This project of the state parks and a community tourism network pays "
     "landowners who keep the host vines, maps every bud, and lets them charge visitors a small "
     "fee when a flower opens, announced by roadside signs. It also trains guides and tests the "
     "grafting of infected vines in a nursery. The titan arum, another 'corpse flower', and the "
     "pitcher plants and orchids of the same slopes are named only in passing.",
     ("Rafflesia", "Rafflesia keithii", "parasitic plants", "community tourism", "projects"),
     ("MY",), "2024-04"),
    ("ev17", "dataset", "fr",
     "Floraisons de la rafflésie de Kerr dans le parc national de Khao Sok, 2012-2024",
     "La rafflésie de Kerr (Rafflesia kerrii), plante parasite sans feuilles ni racines qui vit "
     "à l'intérieur des lianes du genre Tetrastigma, produit une fleur rouge orangé de 50 à 90 "
     "centimètres, à l'odeur de viande avariée, qui attire les mouches pollinisatrices. Dans le "
     "parc national de Khao Sok, dans le sud de la Thaïlande, elle fleurit de décembre à mars "
     "sur les pentes humides, et les visiteurs viennent la voir avec des guides. Ce jeu de "
     "données, réuni par les agents du parc avec une université thaïlandaise, recense chaque "
     "bouton repéré sur 14 sites : date d'apparition, taille, nombre de jours jusqu'à la "
     "floraison, sexe de la fleur, avortements, dégâts causés par les visiteurs ou les animaux, "
     "ainsi que la pluie et la température. Il montre que moins d'un bouton sur cinq fleurit et "
     "que des fleurs mâles et femelles s'ouvrent rarement en même temps à proximité les unes des "
     "autres. Les éléphants, les calaos et le lac du barrage de Cheow Lan ne sont cités qu'en "
     "passant.",
     ("rafflésies", "Rafflesia kerrii", "plantes parasites", "floraison", "jeux de données"),
     ("TH",), "2025-02"),
    ("ev18", "support-source", "es",
     "Oferta: propagar rafflesias en vivero injertando sus lianas hospedadoras, para gobiernos "
     "locales de Filipinas",
     "Filipinas tiene más de una docena de especies de Rafflesia, casi todas endémicas y muchas "
     "descritas en los últimos veinte años, desde la Rafflesia schadenbergiana de Mindanao, de "
     "casi un metro, hasta la pequeña Rafflesia consueloae de Luzón. Estas plantas parásitas, "
     "sin hojas ni raíces, viven dentro de lianas del género Tetrastigma, y muchas poblaciones "
     "se pierden cuando se talan las laderas o se limpian los bordes de los caminos. Un jardín "
     "botánico universitario, que ha logrado que florezcan rafflesias injertando trozos de "
     "lianas infectadas en lianas sanas, ofrece a los gobiernos locales, a las áreas protegidas "
     "y a las comunidades indígenas formación en la identificación de botones, en el injerto y "
     "en el cuidado de las lianas en vivero, así como protocolos para trasladar plantas "
     "hospedadoras amenazadas por obras. Las solicitudes se reciben hasta junio de 2026. El arum "
     "titán y las orquídeas no forman parte de la oferta.",
     ("rafflesias", "plantas parásitas", "injertos", "viveros", "ofertas"),
     ("PH",), "2025-04"),
    # --- edelweiss -------------------------------------------------------------------------------
    ("ev19", "case-study", "en",
     "Cultivated edelweiss for alpine cosmetics: how Valais growers took the pressure off the "
     "wild flower",
     "Edelweiss (Leontopodium nivale subsp. alpinum), the woolly white star of limestone "
     "grassland and rocky slopes between 1,800 and 3,000 metres, is a national symbol of "
     "Switzerland; it was picked almost to extinction near mountain resorts in the late "
     "nineteenth century and has been protected by the cantons since the early twentieth. When "
     "cosmetics makers began to use extracts of the plant, rich in antioxidant compounds, in "
     "creams sold as alpine, a research station and a growers' cooperative in the Valais "
     "selected a cultivated variety and developed organic field growing at about 1,000 metres. "
     "This case study follows 25 mountain farms that now grow edelweiss beside medicinal herbs, "
     "their contracts with cosmetics firms, the labelling rules that require a cultivated origin "
     "and the checks by game wardens on wild picking in the high pastures. It discusses whether "
     "trade in cultivated flowers reduces poaching and the risk of genes escaping to wild "
     "populations. Gentian and arnica are mentioned only in passing.",
     ("edelweiss", "Leontopodium", "cultivation", "cosmetics", "case studies"),
     ("CH",), "2024-06"),
    ("ev20", "event", "fr",
     "Sortie botanique : sur la trace de l'edelweiss dans les pelouses alpines du Queyras",
     "L'edelweiss, que les anciens appelaient aussi étoile des glaciers ou immortelle des "
     "neiges, est une petite plante vivace couverte d'un duvet blanc, dont les bractées "
     "laineuses forment une étoile autour des capitules jaunâtres. Dans les Alpes françaises, il "
     "pousse sur les pelouses rocailleuses calcaires entre 1 700 et 3 000 mètres, et sa "
     "cueillette est réglementée par arrêté préfectoral dans plusieurs départements. Le parc "
     "naturel régional du Queyras et un conservatoire botanique proposent, le samedi 19 juillet "
     "2025, une sortie d'une journée au départ de Saint-Véran avec un botaniste : reconnaître "
     "l'edelweiss et les plantes des pelouses alpines, comprendre pourquoi il ne faut ni le "
     "cueillir ni le déterrer, et participer au comptage des touffes sur les placettes suivies "
     "depuis 2015 pour mesurer l'effet du réchauffement et du pâturage. Prévoir de bonnes "
     "chaussures ; inscription obligatoire, 15 personnes au plus. Les marmottes et les troupeaux "
     "de moutons du col ne sont cités qu'en passant.",
     ("edelweiss", "flore alpine", "pelouses alpines", "sorties nature", "événements"),
     ("FR",), "2025-05"),
    ("ev21", "dataset", "es",
     "La flor de nieve en el Pirineo aragonés: censos de las poblaciones de edelweiss, "
     "2005-2024",
     "La flor de nieve o edelweiss (Leontopodium nivale subsp. alpinum), flor de neu en "
     "catalán, es en la península ibérica una planta rara, limitada a unas pocas decenas de "
     "poblaciones en pastos pedregosos y grietas de calizas del Pirineo, de Navarra a Cataluña, "
     "a veces muy cerca de los senderos. Este conjunto de datos, reunido por un instituto "
     "pirenaico de ecología con la guardería del parque nacional de Ordesa y Monte Perdido y del "
     "parque natural Posets-Maladeta, recoge por población y por año el número de rosetas y de "
     "tallos florecidos en 120 parcelas fijas, las señales de arranque por excursionistas, el "
     "pisoteo y el ramoneo del ganado, la altitud y la orientación. Muestra un desplazamiento "
     "de las plantas hacia cotas más altas y pérdidas en los lugares más visitados. El bucardo, "
     "el quebrantahuesos y las marmotas de los mismos pastos se citan de paso.",
     ("flor de nieve", "edelweiss", "flora de alta montaña", "Pirineo", "conjuntos de datos"),
     ("ES",), "2025-03"),
    # --- tarsiers --------------------------------------------------------------------------------
    ("ev22", "document", "en",
     "Seeing tarsiers in Bohol without harming them: guidelines for sanctuaries, tour operators "
     "and visitors",
     "The Philippine tarsier (Carlito syrichta), a palm-sized nocturnal primate with enormous "
     "eyes that cannot move in their sockets, called mamag in Bohol, has become a symbol of the "
     "island's tourism. Tarsiers sleep by day clinging to low branches, and in roadside viewing "
     "centres near Loboc animals were kept in small enclosures, handled and photographed with "
     "flash while they slept; many died within months. These guidelines, issued by the "
     "provincial environment office with a tarsier foundation and tourism operators, set the "
     "rules for accredited sanctuaries: only wild tarsiers living freely in a patch of forest, "
     "no touching, no flash, silence, a distance of at least one metre, small groups led by "
     "trained guides, limited opening hours and no animals in cages. They explain how visitors "
     "can choose a responsible sanctuary and report abuse. Monkeys, flying lemurs and the "
     "Chocolate Hills are named in passing.",
     ("tarsiers", "Carlito syrichta", "wildlife tourism", "guidelines", "Bohol"),
     ("PH",), "2024-02"),
    ("ev23", "dataset", "fr",
     "Tarsiers de Tangkoko : duos chantés à l'aube et arbres-dortoirs, 2008-2024",
     "Les tarsiers de Sulawesi, appelés tangkasi dans le nord de l'île, sont de minuscules "
     "primates nocturnes qui dorment en groupes familiaux dans les creux des figuiers "
     "étrangleurs et les touffes de bambou, et dont les couples chantent en duo à l'aube en "
     "rentrant au dortoir. Dans la réserve naturelle de Tangkoko-Batuangus, au nord de Sulawesi "
     "en Indonésie, vit le tarsier de Gursky (Tarsius spectrumgurskyae), décrit en 2017. Ce jeu "
     "de données, réuni par une station de recherche avec une université indonésienne et les "
     "gardes de la réserve, rassemble les positions de 140 arbres-dortoirs suivis chaque année, "
     "le nombre d'individus par groupe, les enregistrements des duos qui servent à distinguer "
     "les espèces, les insectes capturés au piège lumineux et la fréquentation des touristes "
     "venus voir les tarsiers au crépuscule. Il montre le déclin des groupes proches des "
     "sentiers. Les macaques noirs à crête, les couscous et les maléos de la réserve ne sont "
     "cités qu'en passant.",
     ("tarsiers", "Tarsius spectrumgurskyae", "primates", "bioacoustique", "jeux de données"),
     ("ID",), "2025-01"),
    ("ev24", "need", "es",
     "Necesidad: buscar al tarsero de Borneo en los bosques que quedan entre las plantaciones de "
     "Sarawak",
     "El tarsero de Borneo (Cephalopachus bancanus), un primate nocturno del tamaño de un puño, "
     "con ojos enormes y dedos largos, al que en malayo llaman kera hantu, «mono fantasma», es "
     "uno de los mamíferos menos estudiados de Sarawak, en Malasia. Come insectos, lagartijas y "
     "pequeñas aves que caza saltando entre tallos, y parece soportar los bosques secundarios, "
     "pero nadie sabe si sobrevive en los fragmentos y orillas de río que quedan entre las "
     "grandes plantaciones de palma aceitera. El departamento forestal del estado y una "
     "universidad solicitan apoyo para buscarlo de noche con linternas de luz roja y cámaras "
     "térmicas en 50 fragmentos, instalar grabadoras de ultrasonidos que captan sus llamadas, "
     "formar a estudiantes y a trabajadores de las plantaciones y proponer corredores de "
     "vegetación a lo largo de los ríos. Los orangutanes, los pangolines y los loris perezosos "
     "de los mismos bosques se citan de paso.",
     ("tarseros", "Cephalopachus bancanus", "primates nocturnos", "fragmentos de bosque",
      "necesidades"),
     ("MY",), "2024-10"),
    # --- platypuses ------------------------------------------------------------------------------
    ("ev25", "dataset", "en",
     "Platypus in Melbourne's creeks: live-trapping surveys, drownings in yabby traps and litter, "
     "1995-2024",
     "The platypus (Ornithorhynchus anatinus), the egg-laying mammal with a duck-like bill that "
     "hunts insect larvae and shrimps on stream beds with its eyes closed, still lives in many "
     "creeks of Greater Melbourne, but surveys find fewer animals where catchments have been "
     "built over. This dataset, gathered by a research group and the metropolitan water "
     "authority, brings together thirty years of live-trapping in fyke nets at 90 sites, with "
     "the sex, weight, tail fat and microchip number of each animal caught, environmental DNA "
     "results from water samples, and records of platypuses found drowned in enclosed yabby "
     "traps, the so-called opera house nets banned in Victoria's public waters in 2019, or "
     "injured by litter such as hair ties and fishing line caught round their necks. It adds "
     "stream flow, water quality and the impervious cover of each catchment. Rakali, the native "
     "water rats, and the eels caught in the same nets are listed separately.",
     ("platypus", "Ornithorhynchus anatinus", "urban streams", "live-trapping", "datasets"),
     ("AU",), "2024-12"),
    ("ev26", "project", "fr",
     "Ornithorynques de Tasmanie : dépister la mucormycose, une maladie fongique propre à l'île",
     "L'ornithorynque (Ornithorhynchus anatinus), mammifère ovipare au bec de canard et aux "
     "pattes palmées, reste commun dans les rivières et les lacs de Tasmanie. Mais depuis les "
     "années 1980, on y trouve des animaux couverts d'ulcères causés par la mucormycose, une "
     "infection due au champignon Mucor amphibiorum, connue seulement chez l'ornithorynque et "
     "chez quelques grenouilles, et absente du continent australien. Ce projet d'une université "
     "tasmanienne et du service des parcs et de la faune capture des ornithorynques dans les "
     "bassins de l'Elizabeth, de la Derwent et du nord-ouest, les examine et les marque, prélève "
     "de l'eau et du sol pour y chercher le champignon, et vérifie si la maladie recule, comme "
     "le suggèrent les captures récentes. Il apprend aussi aux pêcheurs à la ligne à signaler "
     "les animaux malades et à désinfecter leur matériel. Les échidnés, les diables de Tasmanie "
     "et les truites ne sont cités qu'en passant.",
     ("ornithorynques", "Ornithorhynchus anatinus", "mucormycose", "maladies de la faune",
      "projets"),
     ("AU",), "2024-08"),
    ("ev27", "case-study", "es",
     "Ornitorrincos de vuelta en el Royal National Park: la primera reintroducción del monotrema "
     "en Nueva Gales del Sur",
     "El ornitorrinco (Ornithorhynchus anatinus), el mamífero que pone huevos y caza larvas con "
     "el pico en el fondo de los ríos, había desaparecido hacía más de cincuenta años del Royal "
     "National Park, el parque nacional más antiguo de Australia, al sur de Sídney, por la "
     "contaminación y la urbanización de sus cuencas. En 2023, después de que la sequía y los "
     "grandes incendios del verano de 2019-2020 mostraran lo frágiles que eran sus poblaciones, "
     "una universidad de Sídney, el servicio de parques del estado y un zoo soltaron en el río "
     "Hacking hembras y machos capturados en otros ríos, con transmisores implantados. Este "
     "estudio de caso cuenta cómo se eligió el río, qué mostró el seguimiento por radio y por "
     "ADN ambiental, cómo sobrevivieron los animales a la primera crecida y cuándo se vieron las "
     "primeras crías, y qué lecciones deja para otras cuencas. Los zorros, las anguilas y los "
     "cangrejos de río se citan de paso.",
     ("ornitorrincos", "Ornithorhynchus anatinus", "reintroducción", "monotremas",
      "estudios de caso"),
     ("AU",), "2025-02"),
    # --- quetzals --------------------------------------------------------------------------------
    ("ev28", "need", "en",
     "Need: a cloud forest corridor for the resplendent quetzal beyond the Mario Dary Rivera "
     "reserve",
     "The resplendent quetzal (Pharomachrus mocinno), whose iridescent green tail coverts were "
     "worn by Maya rulers, is Guatemala's national bird and gives its name to the currency. It "
     "nests in holes dug in the rotting trunks of the cloud forest and follows the fruiting of "
     "wild avocados and other laurels up and down the mountains through the year, so it needs "
     "forest at several altitudes. Around the Mario Dary Rivera quetzal reserve in Baja "
     "Verapaz, cloud forest has been cut for maize, cardamom and pasture, leaving the reserve an "
     "island. Municipalities, the national protected areas council and community groups ask for "
     "support to pay landowners in a corridor towards the Sierra de las Minas biosphere reserve, "
     "raise 100,000 seedlings of native laurels and oaks, leave dead snags standing for nest "
     "holes, count quetzals each breeding season with trained local monitors and set up a fire "
     "brigade. The orchids, bromeliads and tree ferns of the forest are named in passing.",
     ("resplendent quetzal", "Pharomachrus mocinno", "biological corridors", "national birds",
      "needs"),
     ("GT",), "2024-09"),
    ("ev29", "dataset", "fr",
     "Migrations altitudinales du quetzal resplendissant dans la cordillère de Tilarán, "
     "2000-2024",
     "Le quetzal resplendissant (Pharomachrus mocinno), dont le mâle porte de longues plumes vert "
     "émeraude, niche au printemps dans les forêts de nuages d'altitude puis descend sur les deux "
     "versants de la cordillère à la suite des fruits des lauracées, des avocatiers sauvages dont "
     "il avale les fruits entiers avant de régurgiter les noyaux. Ce jeu de données, réuni par "
     "un centre de recherche tropicale, une réserve privée et des guides naturalistes de "
     "Monteverde, rassemble 25 ans de recensements de quetzals le long de 12 transects de 700 à "
     "1 800 mètres sur les versants Pacifique et caraïbe de la cordillère de Tilarán, au Costa "
     "Rica, les positions d'oiseaux équipés d'émetteurs, la fructification mensuelle de 40 "
     "espèces de lauracées et les nids suivis. Il montre que les quetzals passent une partie de "
     "l'année hors des aires protégées, dans des fragments de forêt et des pâturages arborés. "
     "Les colibris, les singes hurleurs et le tourisme d'observation des oiseaux ne sont cités "
     "qu'en passant.",
     ("quetzal resplendissant", "Pharomachrus mocinno", "migrations altitudinales",
      "lauracées", "jeux de données"),
     ("CR",), "2025-03"),
    ("ev30", "project", "es",
     "El quetzal de El Triunfo: restaurar el bosque de niebla de la Sierra Madre de Chiapas con "
     "aguacatillos",
     "En la Reserva de la Biosfera El Triunfo, en la Sierra Madre de Chiapas, vive una de las "
     "mayores poblaciones de quetzal mesoamericano (Pharomachrus mocinno) de México, junto con "
     "el pavón y otras aves del bosque de niebla. El quetzal depende de los frutos de los "
     "aguacatillos y otras lauráceas y de los troncos muertos donde excava sus nidos, pero los "
     "incendios, las quemas agrícolas y el avance de los potreros en la zona de amortiguamiento "
     "han abierto claros en el bosque. Este proyecto de la dirección de la reserva, un fondo de "
     "conservación y ejidos cafetaleros de la zona de amortiguamiento produce 60.000 plantas de "
     "aguacatillos, encinos y otras especies nativas en viveros comunitarios, restaura 300 "
     "hectáreas quemadas, deja en pie árboles muertos para la anidación, forma brigadas contra "
     "incendios y capacita a monitores comunitarios en el conteo de quetzales. El café de sombra "
     "de los ejidos y el pavón se citan solo de paso.",
     ("quetzal mesoamericano", "Pharomachrus mocinno", "restauración", "lauráceas",
      "proyectos"),
     ("MX",), "2024-07"),
)  # fmt: skip
