"""Clearing-house records of the hundred-and-thirty-first judged relevance set
(tests/search/relevance/queries131.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on shoebills (a project paying fishermen as nest guardians of
the shoebills of the Bangweulu swamps, Zambia; a dataset of boat counts of the becs-en-sabot of
the marshes of the Akagera National Park, Rwanda; a need to count the picozapatos of the Sudd,
South Sudan, from the air); on dholes (a dataset of pack sizes, dens and kills of the dholes,
the Asiatic wild dogs, of Nagarhole and Bandipur, Karnataka, India; a project against snares
and for prey and village dog vaccination for the cuons d'Asie of the Srepok sanctuary,
Mondolkiri, Cambodia; a case study of how the cuones, the perros salvajes asiáticos, share
their prey with tigers in Huai Kha Khaeng, Thailand); on numbats (a case study of the
reintroduction of numbats to the feral-free area of Mallee Cliffs National Park, New South
Wales; a dataset of forty years of road counts of the fourmiliers marsupiaux of the Dryandra
woodland, Western Australia; an offer, a support source, of captive-bred numbats, the
hormigueros marsupiales, and training from the Perth zoo's breeding programme, all in
Australia); on Gila monsters and beaded lizards, the helodermas (a guide, a document, on living
with Gila monsters around Phoenix and Tucson, Arizona, United States; a project for the lézard
perlé, the Guatemalan beaded lizard, of the thorn scrub of the Motagua valley, Guatemala; a
dataset of ten years of radio-tracking of the monstruos de Gila north of Hermosillo, Sonora,
Mexico); on hutias (a survey project for the Jamaican hutia, the coney, of the Hellshire Hills
and the Blue and John Crow Mountains, Jamaica; a need to find the zagouti, the hutia
d'Hispaniola, of the massif de la Hotte, Haiti; a case study of fifteen years of searching for
the jutía enana of the Ciénaga de Zapata, Cuba); on bowerbirds (a dataset of the maypole bowers
of the golden bowerbird of the Wet Tropics uplands, Queensland, Australia; a need to map the
berceaux of the jardinier brun, the Vogelkop bowerbird, of the Arfak Mountains before a road is
widened, West Papua, Indonesia; a rainforest replanting project for the pergolero satinado and
the pergolero regente, the pájaros glorieta, of the Border Ranges, New South Wales, Australia);
on gibbons (a project planting fruit trees for the Hainan gibbons of Bawangling, China; a need
to join up the forest islands of the gibbons hoolocks among the tea gardens of upper Assam,
India; a course, an event, in Bogor on counting the gibón plateado of Java by its songs,
Indonesia); on turacos (a community forest project for Bannerman's turaco of Kilum-Ijim,
Bamenda Highlands, Cameroon; a case study of the touraco pauline, the national bird of Angola,
in the shade coffee forests of the Cuanza Sul escarpment, Angola; a need to protect the ravine
forests of the turaco de Ruspoli of southern Ethiopia); on yaretas (a dataset of the sizes,
ages and growth of the llareta cushions of the Lauca National Park, Chile; a case study of the
agreement that ended the burning of yareta in the Sajama National Park, Bolivia; a project of
nurseries and community rangers for the yaretas of the Salinas y Aguada Blanca National
Reserve, Peru); and on mandrills (a dataset of twenty years of counts of the mandrill hordes of
the Lopé National Park, Gabon; a project following the hordes of mandrills between the Campo
Ma'an National Park and the plantations of southern Cameroon; a workshop, an event, in Bata on
the mandril of the Monte Alén National Park, Equatorial Guinea). English, French and Spanish,
10 records each, every topic written once in each language (different countries or places,
projects and angles, not translations of one text).

None of records.py, records3.py, ..., records129.py is about these topics: their files and
the golden files (tests/mappings/golden/*.json) were searched for the topics' words in the
three languages before these were written (shoebill, whale-headed, bec-en-sabot, bec en sabot,
picozapato, Balaeniceps, papyrus, papiro, Bangweulu, Akagera, Ihema, Sudd, Jonglei; dhole,
cuon, cuón, Cuon alpinus, wild dog, chien sauvage, chien rouge, perro salvaje, red dog,
Nagarhole, Bandipur, Srepok, Mondulkiri, Mondolkiri, Huai Kha Khaeng; numbat, Myrmecobius,
banded anteater, fourmilier, hormiguero, anteater, marsupial, Dryandra, Mallee, Perth; Gila
monster, monstre de Gila, monstruo de Gila, Heloderma, héloderme, beaded lizard, lézard perlé,
lagarto enchaquirado, escorpión, Motagua, Hermosillo, Tucson, Phoenix; hutia, jutía, jutia,
zagouti, coney, Capromys, Geocapromys, Plagiodontia, Mesocapromys, Hellshire, John Crow,
Macaya, la Hotte, Zapata; bowerbird, oiseau à berceau, berceau, jardinier brun, Vogelkop,
pergolero, glorieta, tilonorrinco, Ptilonorhynchus, Prionodura, Amblyornis, Arfak, Atherton,
Border Ranges; gibbon, gibón, gibones, hoolock, Hylobates, Nomascus, siamang, lesser ape,
Hainan, Bawangling, Hollongapar, Halimun, Bogor; turaco, touraco, lourie, loerie, go-away bird,
Tauraco, Musophagidae, plantain-eater, Kilum, Bamenda, Oku, Kumbira, Gabela, Negele, Arero;
yareta, llareta, Azorella, cushion plant, plante en coussin, planta en cojín, yaretal, Lauca,
Parinacota, Sajama, Aguada Blanca; mandrill, mandril, Mandrillus, drill, dril, Lopé, Campo
Ma'an, Monte Alén, Bioko). Screened and dropped as covered or as too near the queries of
earlier sets: fennecs (the foxes, renards and zorros queries), aye-ayes (the lemurs, lémuriens
and lémures queries), colugos (the "flying lemurs" named by ev22, and the lemurs queries),
binturongs (a palm civet: the civets, civettes and civetas queries of set 127), fishing cats,
Pallas's cats and sand cats (the wildcats, chat forestier and gato montés queries), onagers
and kiangs (the ânes and feral horses queries), narwhals (the Arctique query), saguaros (the
cactáceas amenazadas query), sandgrouse (named among the steppe birds of dw24 and ea21),
potoos (screened with the nightjars of records97), rhodiola (the traditional knowledge
medicinal plants queries), lava tubes (the caves and grottes queries), limestone pavements (the
karst queries) and mudskippers (the mangroves queries, and too near the coasts of set 133),
besides the topics of sets 42 to 129 and those their docstrings list as covered; screened with
no hits but not chosen: bilbies, takahes, lyrebirds, Joshua trees and cedars of Lebanon. The
topics were chosen so that none of these records answers a query of an earlier set: the angles
that earlier queries ask for (birdwatching tourism, camera traps, human-wildlife conflict,
bushmeat, wildlife crossings, wildlife rehabilitation, passive acoustic monitoring, citizen
science, dry forests, juniper woodlands, invasive plants) are left out of these records or
named only in passing.

Two earlier records are judged relevant in part. The birdwatching case study of Mabamba Bay and
Bwindi, Uganda (ek22), whose own subjects name the shoebill and whose fishermen once sold
shoebill chicks, is 1 to the plain shoebill queries and to "picozapato -Sudán del Sur"; it is
0 to the Zambia and Rwanda queries. The acoustic sensors project of the village forests of
Sumatra, Indonesia (bk13), whose title names gibbon calls among the sounds it records, is 1 to
the plain gibbon queries, to "gibbons -China" and to "gibones OR mandriles"; it is 0 to the
needs, Hainan and hoolock queries. All the other hits are passing or about other things (0):
the solenodon pages of the Dominican Republic and Cuba (eq10, eq12) name hutias, the jutía conga
and the cazadores de jutías only in passing; the loris pages (eq26, eq27) name gibbons in
passing; the Tillandsia project of the Motagua valley (ea07) names the Motagua beaded lizard
among the wildlife of the forest patches it pays for; the solar cookers of Oruro (bz21) name
the yareta burnt as fuel, "planta en cojín", in their last sentence; the mugumo fig page (dq13)
names turacos among the birds that eat figs; the stag beetle plan of Brussels (cy08) builds
berceaux à lucanes, no bower; the paradisiers of the Arfak Mountains (ez20) and the ave fusil of
the Lamington ranges (ez21) are birds-of-paradise, no bowerbirds, and the dendrolagues of the
Atherton Tablelands (ez23) are tree kangaroos; the lycaons and perros salvajes africanos
(ev04-ev06) are African wild dogs, no dholes; the oso hormiguero gigante of the roadkill study
(be24) and the cerdos hormigueros and oryctéropes (ez16-ez18) are no numbats; and the grues
royales of the marshes of Rwanda, with the lakes of the Akagera (bp02), are cranes, no
shoebills.

records130.py (ids fg01..fg30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), written at the same time by another engineer, was searched for the same
words once it was finished (with its queries130.tsv, 60 queries), before these records were
judged: its topics are the salt waste of potash mining, underground coal fires, nuclear weapons
test sites, beryllium, nickel allergy, hydatid disease, mycetoma, cemetery candles, disposable
lighters and the tracking of hazardous waste. None of its records names a shoebill, a dhole, a
numbat, a Gila monster or a beaded lizard, a hutia, a bowerbird, a gibbon, a turaco, a yareta or
a mandrill. The nearest are places and passing words, all judged 0: the dogs that carry the
tapeworm of hydatid disease in Turkana, Kenya, the Moyen Atlas, Morocco, and Río Negro,
Argentina, where the perros are dewormed (fg16-fg18), to the dhole, cuon and perro salvaje
asiático queries; the mycetoma of the villages of Sudan (fg19), next to the Sudd of South Sudan
(fh03) and to "picozapato -Sudán del Sur"; the coal fires of Jharia, India (fg04), to the India
of the dhole and hoolock pages; the veladoras of the cemeteries of Guatemala (fg24), near the
lézard perlé project (fh11); and the técnicos dentales and SIDREP of Chile (fg12, fg30) and the
nickel allergy taller of Lima, Peru (fg15), near the llareta and yareta pages of Chile and Peru.
None of its records answers a query of this set, and none of its queries is repeated in
queries131.tsv. records132.py and records133.py, written at the same time by other engineers,
are not part of this set's pool.

Traps: the lungfish, catfish, black lechwe, wattled cranes, fishing camps and the illegal
traders of fh01; the protoptères, silures, hippopotames, sitatungas, crocodiles and bateaux de
visite of fh02; the crecidas récord, campos petrolíferos, canal de Jonglei, cobos de orejas
blancas, hipopótamos and cattle camps of fh03; the chital, sambar, gaur, tigers, leopards and
elephants of fh04; the muntjacs, sangliers, bantengs, léopards, vautours, collets and village
dogs of fh05; the tigres, leopardos, sambares, muntíacos, gaures, bantengs and elefantes of
fh06; the foxes, cats, rabbits, birds of prey, bilbies and bridled nailtail wallabies of fh07;
the termitières, renards, appâts, brûlages, chats harets, rapaces, échidnés and woylies of fh08;
the zorros, gatos, quokkas and bilbis of fh09; the quail, rabbits, rodents, rattlesnakes,
scorpions, packrats and the diabetes drug of fh10; the « escorpión » that is no scorpion, the
cactus cierges, broméliacées, chèvres and reptiles de compagnie of fh11; the escorpión and the
alacranes, the lagarto enchaquirado (another heloderma, in passing), granjas and caminos of
fh12; the coney that is no rabbit, the mongooses, cats, dogs, Jamaican iguanas and charcoal
burners of fh13; the solénodon, charbon de bois, chiens, grenouilles and pins of fh14; the
jutía conga, ratas, mangostas, lechuzas, cocodrilos cubanos and carboneros of fh15; the
lichens, tree kangaroos, riflebirds and cassowaries of fh16; the paradisiers, papillons
ornithoptères, snail shells and beetle wing cases of fh17, whose jardinier is no gardener; the
tapas and pajitas de plástico, canguros, aves lira and ornitorrincos of fh18; the macaques,
rubber and pine plantations and typhoons of fh19; the jardins de thé, rizières, voie ferrée,
macaques, langurs à capuchon and éléphants of fh20; the mascotas, macacos, lutungs and
plantaciones de té of fh21; the banded wattle-eye, beekeeping, Prunus africana bark and Lake
Oku frogs of fh22; the café d'ombre, cultures sur brûlis, gonolek de Gabela, calaos and singes
of fh23; the turaco cariblanco, alondras de Liben, enebros, leña, carbón and herders' cattle
of fh24; the saltpetre and sulphur works, railway, vicuñas, queñoa trees and bofedales of
fh25; the mines, fonderies, trains, bonbonnes de gaz, lamas, alpagas, queñoas, vigognes and
bofedales of fh26; the panaderías, fábricas, camiones, vicuñas, tolas and laguna de Salinas of
fh27; the drill (Mandrillus leucophaeus), gorillas and forest elephants of fh28; the
plantations industrielles, routes, gorilles, éléphants de forêt and pangolins of fh29; and the
dril of Bioko, gorilas, chimpancés and elefantes de bosque of fh30. Some records name their
topic only by another name or a narrower kind: fh01 says only shoebill (never whale-headed
stork); fh02 only bec-en-sabot; fh03 only picozapato; fh04 says dhole, Asiatic wild dog, red
dog and whistling hunter; fh05 dhole, cuon d'Asie, chien sauvage d'Asie and chien rouge; fh06
only cuón and perro salvaje asiático (never dhole); fh07 only numbat (never banded anteater);
fh08 numbat and fourmilier marsupial; fh09 numbat and hormiguero marsupial; fh11 only lézard
perlé, héloderme and escorpión, a narrower kind of heloderma that is no Gila monster; fh12
monstruo de Gila and escorpión; fh13 Jamaican hutia and coney; fh14 hutia d'Hispaniola and
zagouti; fh15 only jutías (jutía enana, jutía conga), never hutia; fh16 only golden bowerbird
among the bowerbirds; fh17 jardinier brun, jardinier du Vogelkop and oiseau à berceau; fh18
pájaros glorieta, pergoleros, pergolero satinado and pergolero regente; fh19 Hainan gibbon, a
crested gibbon; fh20 gibbon hoolock; fh21 gibón plateado and gibón de Java; fh22 Bannerman's
turaco; fh23 only touraco pauline; fh24 turaco de Ruspoli; fh25 llareta and yareta; fh26 and
fh27 only yareta. Letters and homonyms: "Gila" is also inside the vigilance and vigilancia of
many earlier records; the escorpión of fh11 and fh12 is a lizard; the coney of fh13 is no
rabbit; the jardinier of fh17 is a bird and the berceau its bower, not a cradle; a glorieta is
also a Spanish roundabout or garden arbour; the drill of fh28 and the dril of fh30 are monkeys,
not the drilling of many earlier records; Salinas in fh27 is a place, no salt pans; and "Sudd"
is inside "sudden".

For the country queries: fh01 names only Zambia; fh02 only Rwanda; fh03 only South Sudan (east
and central Africa as the range); fh04 only India; fh05 only Cambodia; fh06 only Thailand
(south-east Asia as a region); fh07, fh08 and fh09 only Australia (New South Wales and Western
Australia); fh10 only the United States (Arizona); fh11 only Guatemala (Central America as a
region); fh12 only Mexico (Sonora); fh13 only Jamaica; fh14 only Haiti (Hispaniola as the
island); fh15 only Cuba (the Antilles as a region); fh16 only Australia (Queensland); fh17 only
Indonesia (West Papua); fh18 only Australia (New South Wales; Australia and New Guinea as the
range of the family); fh19 only China (Hainan); fh20 only India (Assam); fh21 only Indonesia
(Java); fh22 only Cameroon; fh23 only Angola; fh24 only Ethiopia; fh25 only Chile; fh26 only
Bolivia; fh27 only Peru; fh28 only Gabon (west-central Africa as the range); fh29 only
Cameroon; fh30 only Equatorial Guinea (Bioko as the island of the drill).

Ids (fh01..fh30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fd01..fd30, fe01..fe30, ff01..ff30), nor with records130.py's (fg01..fg30), and no earlier id
starts with "fh".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- shoebills -------------------------------------------------------------------------------
    ("fh01", "project", "en",
     "Shoebill nest guardians of the Bangweulu swamps: paying fishermen to see the chicks fledge",
     "The shoebill (Balaeniceps rex), a tall slate-grey bird of the papyrus swamps with a huge "
     "clog-shaped bill that it uses to seize lungfish and catfish, lays one to three eggs on a "
     "floating mound of vegetation and usually raises a single chick. In the Bangweulu swamps of "
     "north-eastern Zambia, chicks were taken from nests to be sold to illegal traders, and fires "
     "lit to renew grazing burnt the nesting sites. Since 2011 the community-owned management "
     "board of the swamps and a conservation partner have employed local fishermen as nest "
     "guardians: each guardian camps near a nest from laying to fledging, about five months, "
     "records visits, water levels and feeding, and is paid a bonus for every chick that flies. "
     "The project also trains the guardians to record data on phones, flies an aerial count of "
     "nests each year and works with the chiefs to keep fires out of the nesting areas. Black "
     "lechwe, wattled cranes and the fishing camps are named in passing.",
     ("shoebills", "Balaeniceps rex", "nest guardians", "Bangweulu", "projects"),
     ("ZM",), "2024-09"),
    ("fh02", "dataset", "fr",
     "Becs-en-sabot du parc national de l'Akagera : recensements en bateau dans les marais, "
     "2012-2024",
     "Le bec-en-sabot (Balaeniceps rex), grand oiseau gris ardoise à l'énorme bec en forme de "
     "sabot, chasse à l'affût les protoptères, ces poissons qui respirent de l'air, et les "
     "silures des marais à papyrus. Au Rwanda, il ne niche plus que dans les marais du parc "
     "national de l'Akagera, le long de la Kagera et autour des lacs Ihema, Hago et "
     "Rwanyakizinga, où la population ne compte que quelques dizaines d'oiseaux. Ce jeu de "
     "données de l'équipe de suivi écologique du parc réunit treize années de recensements en "
     "bateau et en pirogue, deux fois par an, sur des parcours fixes : nombre d'adultes et "
     "d'immatures, position, niveau de l'eau, état du papyrus, nids trouvés et dérangements "
     "observés (pêche, feux, navigation). Il montre des effectifs stables mais une reproduction "
     "rare, et sert à choisir les chenaux fermés aux bateaux de visite. Les hippopotames, les "
     "sitatungas et les crocodiles ne sont cités qu'en passant.",
     ("becs-en-sabot", "Balaeniceps rex", "marais à papyrus", "parc national de l'Akagera",
      "jeux de données"),
     ("RW",), "2025-01"),
    ("fh03", "need", "es",
     "Necesidad: contar los picozapatos del Sudd, la gran llanura pantanosa del Nilo Blanco",
     "El picozapato (Balaeniceps rex), un ave de hasta metro y medio de alto, gris pizarra, con "
     "un pico enorme en forma de zueco con el que atrapa peces pulmonados, vive en los pantanos "
     "de papiro del este y el centro de África. Se cree que la mayor población del mundo está en "
     "el Sudd, la llanura inundable del Nilo Blanco en Sudán del Sur, pero el último recuento "
     "aéreo fiable tiene décadas y la guerra impidió todo trabajo de campo. Hoy el Sudd sufre "
     "crecidas récord, la expansión de los campos petrolíferos y la idea de reanudar el canal de "
     "Jonglei. El ministerio de vida silvestre, una universidad de Yuba y una organización de "
     "conservación solicitan apoyo para un recuento aéreo con avioneta y observadores, la "
     "formación de guardas en el seguimiento de nidos desde canoa, encuestas en los campamentos "
     "ganaderos sobre la captura de pollos y una base de datos común. Los cobos de orejas "
     "blancas, los hipopótamos y las vacas de los pastores se citan de paso.",
     ("picozapatos", "Balaeniceps rex", "Sudd", "recuentos aéreos", "necesidades"),
     ("SS",), "2025-03"),
    # --- dholes ----------------------------------------------------------------------------------
    ("fh04", "dataset", "en",
     "Dhole packs of Nagarhole and Bandipur: pack sizes, dens and kills, 2008-2024",
     "The dhole (Cuon alpinus), also called the Asiatic wild dog, red dog or whistling hunter, is "
     "a rust-red canid that lives in packs of five to more than twenty and hunts deer by day, "
     "running them down together. India holds the largest remaining populations, and the "
     "Nagarhole and Bandipur tiger reserves in Karnataka, in the Western Ghats, are among their "
     "strongholds. This dataset, kept by a wildlife research institute with the state forest "
     "department, brings together sixteen years of observations: pack counts and make-up from "
     "drives along fixed forest roads, den sites and the pups seen at them, kills found with the "
     "prey species, age and sex (chital, sambar, wild pig, young gaur), and dholes found dead. It "
     "shows that packs are largest where chital are most abundant and that dens are reused year "
     "after year in the same ravines. Tigers, leopards and the elephants of the reserves are "
     "named in passing.",
     ("dholes", "Cuon alpinus", "Asiatic wild dogs", "Western Ghats", "datasets"),
     ("IN",), "2025-02"),
    ("fh05", "project", "fr",
     "Le cuon des forêts claires du Mondolkiri : collets, proies et chiens de village",
     "Le dhole ou cuon d'Asie (Cuon alpinus), que l'on appelle aussi chien sauvage d'Asie ou "
     "chien rouge, est un canidé roux qui chasse en meute des cerfs, des muntjacs et des "
     "sangliers. Dans l'est du Cambodge, les forêts claires de diptérocarpacées du sanctuaire de "
     "faune de Srepok, dans la province de Mondolkiri, abritent l'une des dernières populations "
     "du pays, alors que le tigre y a disparu. Le cuon y est menacé par les collets posés pour le "
     "gibier, par le manque de proies et par les maladies des chiens des villages. Ce projet du "
     "ministère de l'Environnement et d'une organisation de conservation finance des patrouilles "
     "qui retirent les collets, suit trois meutes grâce à des colliers GPS, vaccine les chiens "
     "domestiques des villages en bordure du sanctuaire et aide des familles à élever volailles "
     "et porcs en enclos pour réduire la chasse. Les bantengs, les léopards et les vautours du "
     "sanctuaire ne sont cités qu'en passant.",
     ("cuon d'Asie", "Cuon alpinus", "dhole", "collets", "projets"),
     ("KH",), "2024-11"),
    ("fh06", "case-study", "es",
     "Cuones y tigres en Huai Kha Khaeng: cómo se reparten las presas dos cazadores del bosque",
     "El cuón o perro salvaje asiático (Cuon alpinus), un cánido de pelaje rojizo que caza en "
     "jaurías, desapareció de buena parte del sudeste asiático por la caza y la pérdida de "
     "presas. En el santuario de vida silvestre de Huai Kha Khaeng, en el oeste de Tailandia, "
     "sitio del patrimonio mundial, sobrevive junto al tigre y al leopardo. Este estudio de caso "
     "del departamento de parques nacionales y de una universidad tailandesa resume diez años de "
     "trabajo: análisis de excrementos para conocer la dieta, seguimiento con collares de cuatro "
     "jaurías, zonas de caza y horas de actividad de cada especie. Muestra que los cuones cazan "
     "sobre todo sambares jóvenes y muntíacos a plena luz del día, evitan las zonas donde más se "
     "mueven los tigres, y que su número creció cuando las patrullas contra la caza furtiva "
     "hicieron aumentar las presas. Saca lecciones para gestionar bosques con varios grandes "
     "depredadores. Los gaures, los bantengs y los elefantes se citan de paso.",
     ("cuones", "Cuon alpinus", "perros salvajes asiáticos", "presas", "estudios de caso"),
     ("TH",), "2024-07"),
    # --- numbats ---------------------------------------------------------------------------------
    ("fh07", "case-study", "en",
     "Numbats back in New South Wales: the first years inside the Mallee Cliffs feral-free area",
     "The numbat (Myrmecobius fasciatus), a squirrel-sized marsupial with white bands across a "
     "reddish back and a long sticky tongue, feeds by day almost only on termites, up to 20,000 "
     "of them a day. Once found across southern Australia, it had been gone from New South Wales "
     "for more than a century, killed above all by introduced foxes and cats, and survived "
     "naturally in only two woodlands of the far south-west. In 2020 a conservation organisation "
     "and the state parks service released numbats caught in the wild in Western Australia into a "
     "fenced area of nearly 10,000 hectares of mallee in Mallee Cliffs National Park, from which "
     "all foxes, cats and rabbits had been removed. This case study describes the capture, the "
     "long flight and the release, the radio-collaring, the first litters born on site and the "
     "losses to birds of prey, and draws lessons on choosing release sites with enough hollow "
     "logs and termites. Bilbies and bridled nailtail wallabies are named in passing.",
     ("numbats", "Myrmecobius fasciatus", "reintroductions", "feral predator-free areas",
      "case studies"),
     ("AU",), "2024-05"),
    ("fh08", "dataset", "fr",
     "Numbats de la forêt de Dryandra : quarante ans de comptages le long des pistes, 1985-2024",
     "Le numbat (Myrmecobius fasciatus), ou fourmilier marsupial, est un petit marsupial diurne "
     "au dos roux barré de bandes blanches, qui se nourrit presque uniquement de termites qu'il "
     "déterre avec ses griffes et lape avec sa longue langue. Emblème de l'Australie-Occidentale, "
     "il ne subsistait plus au début des années 1980 que dans deux forêts d'eucalyptus, dont la "
     "forêt de wandoos de Dryandra, au sud-est de Perth. Ce jeu de données du service des parcs "
     "de l'État réunit quarante années de comptages : des observateurs parcourent lentement en "
     "voiture des circuits fixes, par matinées ensoleillées d'automne et de printemps, et notent "
     "chaque numbat vu, sa position, l'heure et la température. Il y ajoute les campagnes "
     "d'appâts contre le renard, les brûlages dirigés et les sécheresses. Il montre une forte "
     "hausse après le début des appâts, puis un déclin depuis les années 2000, que l'on relie aux "
     "chats harets et aux rapaces. Les termitières, les échidnés et les woylies ne sont cités "
     "qu'en passant.",
     ("numbats", "fourmilier marsupial", "Myrmecobius fasciatus", "marsupiaux", "jeux de données"),
     ("AU",), "2025-01"),
    ("fh09", "support-source", "es",
     "Oferta: numbats criados en cautividad y formación para reintroducciones, del programa de "
     "cría de Perth",
     "El numbat u hormiguero marsupial (Myrmecobius fasciatus), un marsupial del tamaño de una "
     "ardilla, con bandas blancas sobre el lomo rojizo, que se alimenta casi solo de termitas, "
     "está en peligro y sobrevive en pocas poblaciones naturales y en varias zonas valladas "
     "libres de zorros y gatos. Desde 1993 el zoológico de Perth, en Australia Occidental, cría "
     "numbats en cautividad y ha liberado más de doscientos en santuarios y bosques. El programa "
     "ofrece a los santuarios y parques que preparan una reintroducción animales jóvenes nacidos "
     "en el zoológico, elegidos para mantener la diversidad genética, además de formación de su "
     "personal en captura, transporte, colocación de collares y seguimiento tras la liberación, "
     "un protocolo veterinario y la receta de la dieta que sustituye a las termitas en "
     "cautividad. Las solicitudes se estudian una vez al año con el equipo de recuperación de la "
     "especie. Los quokkas y los bilbis del zoológico se citan de paso.",
     ("numbats", "hormiguero marsupial", "cría en cautividad", "reintroducciones", "ofertas"),
     ("AU",), "2024-10"),
    # --- Gila monsters and beaded lizards --------------------------------------------------------
    ("fh10", "document", "en",
     "Living with Gila monsters: a guide for homeowners, builders and hikers in the Sonoran "
     "Desert of Arizona",
     "The Gila monster (Heloderma suspectum), a slow lizard up to half a metre long with beadlike "
     "scales patterned in black and pink or orange, is one of the few venomous lizards in the "
     "world. It spends most of the year underground and comes out mainly in spring to raid the "
     "nests of quail, rabbits and rodents. Around the fast-growing suburbs of Phoenix and Tucson, "
     "more and more are found in yards, garages and building sites. This guide of the state "
     "wildlife agency explains that the species is protected by law and may not be collected, "
     "killed or kept; that it is not aggressive and bites only when handled; how to keep pets and "
     "children away and let the lizard leave, or call a licensed relocator; what builders must do "
     "when one turns up on a site; and the first aid for a bite, which needs hospital care. It "
     "recalls that a diabetes drug was developed from a protein in its venom. Rattlesnakes, "
     "scorpions and packrats are named in passing.",
     ("Gila monsters", "Heloderma suspectum", "venomous lizards", "Sonoran Desert", "guidance"),
     ("US",), "2024-04"),
    ("fh11", "project", "fr",
     "Le lézard perlé du Guatemala : un projet pour les fourrés épineux de la vallée du Motagua",
     "Le lézard perlé du Guatemala (Heloderma charlesbogerti), que les habitants appellent « "
     "escorpión » bien qu'il n'ait rien d'un scorpion, est un héloderme venimeux, noir tacheté de "
     "jaune, couvert d'écailles en forme de perles. Il ne vit que dans les fourrés épineux "
     "semi-arides de la vallée du Motagua, dans l'est du Guatemala, où dominent les cactus "
     "cierges, et il n'en resterait que quelques centaines. Les habitants le tuent par peur, et "
     "des animaux ont été capturés pour le commerce des reptiles de compagnie. Ce projet d'une "
     "organisation guatémaltèque de conservation, de propriétaires terriens et des autorités des "
     "aires protégées a créé une réserve privée, achète des parcelles de fourré, suit des lézards "
     "équipés d'émetteurs pour connaître leurs terriers et leurs déplacements, élève des jeunes "
     "en captivité et mène des campagnes dans les écoles pour qu'on cesse de les tuer. Les "
     "broméliacées, les chèvres et les feux de broussailles ne sont cités qu'en passant.",
     ("lézard perlé", "Heloderma charlesbogerti", "hélodermes", "vallée du Motagua", "projets"),
     ("GT",), "2024-12"),
    ("fh12", "dataset", "es",
     "Monstruos de Gila en las afueras de Hermosillo: diez años de seguimiento por radiotelemetría",
     "El monstruo de Gila (Heloderma suspectum), un lagarto robusto y lento con escamas como "
     "cuentas, de dibujo negro y rosado, es uno de los pocos lagartos venenosos del mundo. En "
     "Sonora también se le llama escorpión, aunque no es un alacrán. Pasa la mayor parte del año "
     "en madrigueras y sale sobre todo en primavera para comer huevos y crías de aves y de "
     "roedores. Este conjunto de datos de una universidad de Sonora y de la autoridad ambiental "
     "reúne diez años de seguimiento de cuarenta ejemplares con radiotransmisores implantados, en "
     "los matorrales desérticos del norte de Hermosillo, donde avanzan la ciudad, las granjas y "
     "los caminos: localizaciones semanales, madrigueras usadas, temperatura corporal, peso, "
     "muertes y su causa. Muestra que cada animal vuelve siempre a las mismas pocas madrigueras y "
     "que pierde gran parte de su área cuando se desmonta el matorral. El lagarto enchaquirado "
     "del sur del estado y los alacranes se citan de paso.",
     ("monstruos de Gila", "Heloderma suspectum", "radiotelemetría", "desierto de Sonora",
      "conjuntos de datos"),
     ("MX",), "2025-04"),
    # --- hutias ----------------------------------------------------------------------------------
    ("fh13", "project", "en",
     "Finding the Jamaican coney: a hutia survey project in the Hellshire Hills and the John Crow "
     "Mountains",
     "The Jamaican hutia (Geocapromys brownii), known on the island as the coney although it is a "
     "rodent and no rabbit, is a brown, short-tailed animal the size of a rabbit that shelters by "
     "day in holes and crevices of limestone and comes out at night to eat leaves, bark and "
     "fruit. It is the only native land mammal of Jamaica that survives apart from the bats, and "
     "it is hunted with dogs and killed by introduced mongooses and cats. Its range has shrunk to "
     "a few rocky forests. This project of the national environment agency, a university and a "
     "local trust surveys hutias in the dry limestone woodland of the Hellshire Hills and in the "
     "wet forests of the Blue and John Crow Mountains, counting droppings and feeding signs "
     "around dens and walking routes at night; it maps the remaining colonies, trains community "
     "rangers and works with hunters' groups on a voluntary end to coney hunting. Jamaican "
     "iguanas and charcoal burners are named in passing.",
     ("hutias", "Geocapromys brownii", "Jamaican coney", "Hellshire Hills", "projects"),
     ("JM",), "2024-08"),
    ("fh14", "need", "fr",
     "Besoin : retrouver le zagouti, le hutia d'Hispaniola, dans le massif de la Hotte",
     "Le hutia d'Hispaniola (Plagiodontia aedium), que les paysans haïtiens appellent zagouti, "
     "est un rongeur brun-gris à la queue presque nue, qui grimpe aux arbres et sort la nuit pour "
     "manger des feuilles, des fruits et de l'écorce. Il est, avec le solénodon, l'un des deux "
     "seuls mammifères terrestres indigènes qui subsistent sur l'île. En Haïti, ses dernières "
     "populations connues sont dans les forêts du massif de la Hotte, autour du parc national du "
     "Pic Macaya, où le défrichement pour le charbon de bois et les jardins, les chiens et la "
     "chasse l'ont raréfié, et aucune étude ne le suit depuis plus de quinze ans. Le ministère de "
     "l'Environnement, une université de Port-au-Prince et une association locale sollicitent un "
     "appui pour deux ans de prospections nocturnes et de recherche de terriers, la formation de "
     "jeunes du massif comme agents de terrain, une carte des forêts restantes et des réunions "
     "avec les communautés sur la chasse. Les grenouilles endémiques et les pins du massif ne "
     "sont cités qu'en passant.",
     ("hutias", "zagouti", "Plagiodontia aedium", "massif de la Hotte", "besoins"),
     ("HT",), "2025-02"),
    ("fh15", "case-study", "es",
     "Buscar a la jutía enana en la Ciénaga de Zapata: lo que enseñaron quince años de búsquedas",
     "Las jutías son roedores endémicos de las Antillas, y Cuba conserva la mayor variedad, desde "
     "la jutía conga (Capromys pilorides), grande y común, hasta especies diminutas de cayos y "
     "ciénagas. La jutía enana (Mesocapromys nanus), del tamaño de una rata, solo se conoce por "
     "unos pocos ejemplares y restos de la Ciénaga de Zapata, en la provincia de Matanzas, y no "
     "se ha visto viva con certeza desde hace décadas: se la considera en peligro crítico, quizá "
     "extinta. Este estudio de caso de un instituto de ecología y del parque nacional resume "
     "quince años de búsquedas: trampas en los herbazales inundados de cortadera, búsqueda de "
     "nidos y excrementos, análisis de egagrópilas de lechuzas y entrevistas a carboneros y "
     "pescadores. Explica por qué los incendios de la ciénaga, las ratas introducidas y las "
     "mangostas pudieron eliminarla, y qué indicios merecen seguirse. La jutía conga, los "
     "cocodrilos cubanos y las lechuzas se citan de paso.",
     ("jutías", "Mesocapromys nanus", "Ciénaga de Zapata", "especies perdidas", "estudios de caso"),
     ("CU",), "2024-06"),
    # --- bowerbirds ------------------------------------------------------------------------------
    ("fh16", "dataset", "en",
     "Golden bowerbird bowers of the Wet Tropics uplands: occupancy and climate, 1996-2024",
     "The golden bowerbird (Prionodura newtoniana), the smallest of the bowerbirds, lives only in "
     "the upland rainforests of north-eastern Queensland, mostly above 900 metres. Each male "
     "builds a maypole bower, two towers of sticks up to three metres high joined by a display "
     "perch, which it decorates with pale lichens, flowers and seed pods and keeps for many "
     "years. Because the species depends on cool mountain forest, it is expected to lose much of "
     "its range as the climate warms. This dataset of a university and the Wet Tropics management "
     "authority lists some three hundred known bower sites from the Atherton Tablelands to the "
     "Carbine and Windsor tablelands, with each visit since 1996: whether the bower was active, "
     "the height of the towers, the decorations, the male's plumage, and air temperature and "
     "rainfall at nearby stations. It shows a loss of active bowers at the lowest sites. Tree "
     "kangaroos, riflebirds and cassowaries are named in passing.",
     ("bowerbirds", "golden bowerbird", "Prionodura newtoniana", "upland rainforests", "datasets"),
     ("AU",), "2025-03"),
    ("fh17", "need", "fr",
     "Besoin : cartographier les berceaux du jardinier brun des monts Arfak avant l'élargissement "
     "d'une route",
     "Le jardinier brun ou jardinier du Vogelkop (Amblyornis inornata) est un oiseau à berceau "
     "terne, brun olive, dont le mâle construit au sol une hutte de brindilles d'un mètre de haut "
     "autour d'un jeune arbre, devant laquelle il étend une pelouse de mousse et range des objets "
     "classés par couleur : fruits bleus, fleurs orange, coquilles d'escargot, élytres de "
     "scarabées. Chaque population a son propre style de décoration. L'espèce vit dans les forêts "
     "de montagne de la péninsule de Doberai, le Vogelkop, en Papouasie occidentale, en "
     "Indonésie. Dans les monts Arfak, l'élargissement d'une route vers les villages d'altitude "
     "et les jardins maraîchers ouverts le long du tracé entament ces forêts. L'agence de "
     "conservation de la province, une université de Manokwari et des propriétaires coutumiers "
     "hatam sollicitent un appui pour localiser les berceaux le long de la route, former des "
     "jeunes des villages au relevé, et proposer des déviations et des zones sans défrichement. "
     "Les paradisiers et les papillons ornithoptères ne sont cités qu'en passant.",
     ("oiseaux à berceau", "jardinier brun", "Amblyornis inornata", "monts Arfak", "besoins"),
     ("ID",), "2025-05"),
    ("fh18", "project", "es",
     "Pergoleros de las Border Ranges: replantar el bosque lluvioso para el pergolero satinado y "
     "el pergolero regente",
     "Los pájaros glorieta o pergoleros (familia Ptilonorhynchidae) son aves de Australia y Nueva "
     "Guinea cuyos machos construyen una glorieta de ramitas y la adornan para atraer a las "
     "hembras. El pergolero satinado (Ptilonorhynchus violaceus), de plumaje negro azulado "
     "brillante y ojos violeta, levanta una avenida de dos paredes de palitos y la decora con "
     "objetos azules: plumas, flores, bayas y, cada vez más, tapas y pajitas de plástico. El "
     "pergolero regente (Sericulus chrysocephalus), negro y dorado, vive en los mismos bosques. "
     "En las Border Ranges, en el norte de Nueva Gales del Sur, los bosques lluviosos se talaron "
     "para pastos y quedan en fragmentos. Este proyecto de un consejo local de gestión del "
     "territorio y de propietarios rurales replanta franjas de bosque lluvioso entre los "
     "fragmentos, cerca los que quedan para que no entre el ganado y cuenta cada año las "
     "glorietas activas con voluntarios de las escuelas. Los canguros, las aves lira y los "
     "ornitorrincos se citan de paso.",
     ("pájaros glorieta", "pergolero satinado", "Ptilonorhynchus violaceus", "bosques lluviosos",
      "proyectos"),
     ("AU",), "2024-11"),
    # --- gibbons ---------------------------------------------------------------------------------
    ("fh19", "project", "en",
     "Hainan gibbons of Bawangling: planting fruit trees to join up the last forest patches",
     "The Hainan gibbon (Nomascus hainanus), a crested gibbon whose adult males are black and "
     "females golden buff, is one of the rarest primates in the world: in 2003 only about "
     "thirteen animals in two family groups were left, all in the Bawangling forests of Hainan "
     "Island, China. Gibbons almost never come to the ground and need an unbroken canopy of old "
     "forest with fruiting trees, while the lowland forest below had been cleared for rubber and "
     "pine plantations. This project of the national park administration and conservation "
     "partners follows every group at dawn from listening posts, where teams of rangers from "
     "nearby villages note the groups' morning songs, and plants native fruit trees to join the "
     "patches where new groups have formed. It also pays for ranger posts and trains young people "
     "from the villages as field staff. By 2024 there were about forty gibbons in six groups. "
     "Macaques, rubber plantations and the island's typhoons are named in passing.",
     ("gibbons", "Hainan gibbon", "Nomascus hainanus", "tropical rainforests", "projects"),
     ("CN",), "2025-01"),
    ("fh20", "need", "fr",
     "Besoin : relier les îlots de forêt des gibbons hoolocks entre les jardins de thé de la "
     "haute vallée de l'Assam",
     "Le gibbon hoolock occidental (Hoolock hoolock), le plus répandu des deux gibbons de l'Inde, "
     "vit en couples avec leurs petits dans la canopée des forêts humides du Nord-Est et chante "
     "chaque matin en duo. Dans la haute vallée du Brahmapoutre, en Assam, ses forêts sont "
     "réduites à des îlots entre les jardins de thé, les rizières et les villages ; au sanctuaire "
     "de gibbons de Hollongapar, une voie ferrée coupe même la forêt en deux. Des familles "
     "isolées dans de petits bosquets ne trouvent plus de partenaires et finissent par "
     "disparaître. Le département des forêts, une organisation de conservation de Guwahati et des "
     "planteurs sollicitent un appui pour recenser les groupes de gibbons hors des aires "
     "protégées, planter des bandes d'arbres fruitiers indigènes entre les bosquets, former des "
     "équipes villageoises au suivi des groupes et convenir avec les domaines du maintien des "
     "grands arbres d'ombrage. Les macaques, les langurs à capuchon et les éléphants ne sont "
     "cités qu'en passant.",
     ("gibbons", "gibbon hoolock", "Hoolock hoolock", "Assam", "besoins"),
     ("IN",), "2024-09"),
    ("fh21", "event", "es",
     "Curso en Bogor: censar al gibón plateado de Java por sus cantos de la mañana",
     "El gibón plateado o gibón de Java (Hylobates moloch), de pelaje gris plateado y cara negra, "
     "vive solo en los bosques de montaña del oeste de Java, en Indonesia, sobre todo en los "
     "parques nacionales de Gunung Halimun-Salak y Gunung Gede-Pangrango. Como otros gibones, "
     "vive en parejas con sus crías, y las hembras cantan largas frases cada mañana, lo que "
     "permite contarlos sin verlos. Quedan unos pocos miles, en bosques cada vez más aislados, y "
     "muchas crías se capturan para venderlas como mascotas. Una universidad de Bogor, la "
     "autoridad de parques y un centro de rescate de gibones organizan del 10 al 14 de noviembre "
     "de 2025 un curso para guardas y estudiantes: método de los puntos de escucha, triangulación "
     "de los grupos que cantan, cálculo de densidades, fichas comunes y dos mañanas de práctica "
     "en Gunung Halimun-Salak. Los macacos, los lutungs y las plantaciones de té se citan de paso.",
     ("gibones", "gibón plateado", "Hylobates moloch", "censos de primates", "eventos"),
     ("ID",), "2025-09"),
    # --- turacos ---------------------------------------------------------------------------------
    ("fh22", "project", "en",
     "Bannerman's turaco and the community forests of Kilum-Ijim in the Bamenda Highlands",
     "Bannerman's turaco (Tauraco bannermani), a green forest bird with a bright red crest and "
     "crimson flight feathers that flash when it flies, lives only in the montane forests of the "
     "Bamenda Highlands of north-west Cameroon. Most birds are found on the slopes of Mount Oku "
     "and the Ijim ridge, where the Kilum-Ijim forest is the largest block left; elsewhere the "
     "forest has been cleared for farms and grazing. The turaco feeds on fruit and needs a canopy "
     "of native trees. This project of community forest institutions, the Fon of Oku and other "
     "traditional authorities, and a bird conservation organisation helps villages mark forest "
     "boundaries, manage their forests under community agreements, replant cleared slopes with "
     "native trees and count turacos along transects each year. It supports beekeeping so that "
     "families earn an income from standing forest. The banded wattle-eye, Prunus africana bark "
     "and the frogs of Lake Oku are named in passing.",
     ("turacos", "Bannerman's turaco", "Tauraco bannermani", "Bamenda Highlands", "projects"),
     ("CM",), "2024-07"),
    ("fh23", "case-study", "fr",
     "Le touraco pauline, oiseau national de l'Angola, dans les caféières d'ombre de "
     "l'escarpement du Cuanza Sul",
     "Le touraco pauline (Tauraco erythrolophus), vert à la huppe rouge et à la face blanche, est "
     "endémique de l'Angola, dont il est l'oiseau national. Il vit dans les forêts de "
     "l'escarpement occidental, en particulier autour de Kumbira et de Gabela, dans la province "
     "du Cuanza Sul, où la forêt a longtemps été gardée sous forme de plantations de café à "
     "l'ombre des grands arbres. Depuis l'abandon de nombreuses plantations, la forêt est abattue "
     "pour les cultures sur brûlis et le bois. Cette étude de cas d'une université angolaise et "
     "d'une organisation de conservation compare dix ans de points d'écoute des touracos dans les "
     "forêts intactes, les caféières d'ombre et les zones défrichées ; elle montre que les "
     "caféières qui gardent leur couvert d'arbres abritent presque autant de touracos que la "
     "forêt. Elle en tire des recommandations pour relancer un café d'ombre favorable aux "
     "oiseaux. Le gonolek de Gabela, les calaos et les singes ne sont cités qu'en passant.",
     ("touracos", "touraco pauline", "Tauraco erythrolophus", "oiseaux endémiques",
      "études de cas"),
     ("AO",), "2024-12"),
    ("fh24", "need", "es",
     "Necesidad: proteger los bosques de barranco del turaco de Ruspoli en el sur de Etiopía",
     "El turaco de Ruspoli (Tauraco ruspolii), un ave verde con un penacho blanco y plumas rojas "
     "en las alas, es endémico de una pequeña zona del sur de Etiopía, en la región de Oromía, "
     "entre Negele, Arero y Kibre Mengist. Vive en bosques secos de montaña, en barrancos y en "
     "las orillas arboladas de los ríos, donde come sobre todo higos y otros frutos. Esos bosques "
     "se talan para leña, carbón y nuevos campos, y en los bordes de su área se cruza con el "
     "turaco cariblanco, una especie vecina. La autoridad de vida silvestre, una universidad y "
     "una sociedad ornitológica etíope solicitan apoyo para cartografiar los bosques que quedan, "
     "contar los turacos en cada uno, estudiar la hibridación con análisis genéticos, formar "
     "guías de las comunidades pastoras y proponer bosques comunitarios protegidos. El turaco "
     "cariblanco, las alondras de Liben, los enebros y el ganado de los pastores se citan de paso.",
     ("turacos", "turaco de Ruspoli", "Tauraco ruspolii", "Oromía", "necesidades"),
     ("ET",), "2025-06"),
    # --- yaretas ---------------------------------------------------------------------------------
    ("fh25", "dataset", "en",
     "Llareta cushions of Lauca National Park: sizes, ages and growth rates, 2008-2024",
     "The llareta or yareta (Azorella compacta) is a cushion plant of the high Andes: thousands "
     "of tiny rosettes packed into a hard, bright green dome that can cover several square metres "
     "and looks like a moss-covered boulder. It grows only a millimetre or two a year, and the "
     "largest cushions are thought to be more than a thousand years old. In the altiplano of the "
     "Arica y Parinacota region of Chile, between 4,000 and 5,200 metres, it was cut for a "
     "century as fuel for the saltpetre and sulphur works and the railway, and it is still taken "
     "illegally. This dataset of the national forest service and a Chilean university records "
     "about 2,400 cushions in permanent plots of the Lauca National Park and the nearby Las "
     "Vicuñas reserve: size, shape, health, dead patches, radiocarbon ages of sampled cushions "
     "and growth measured from repeated photographs, with temperature and snow data. Vicuñas, the "
     "queñoa trees and the bofedales are named in passing.",
     ("llareta", "Azorella compacta", "cushion plants", "altiplano", "datasets"),
     ("CL",), "2025-02"),
    ("fh26", "case-study", "fr",
     "Ne plus brûler la yareta : l'accord des communautés du parc national Sajama",
     "La yareta (Azorella compacta) est une plante en coussin de l'Altiplano, dense et dure comme "
     "une pierre, qui pousse d'un à deux millimètres par an et peut vivre des siècles. Riche en "
     "résine, elle brûle longtemps : pendant un siècle, elle a alimenté les chaudières des mines, "
     "des fonderies et des trains de Bolivie, puis les foyers des familles. Dans le parc national "
     "Sajama, au pied du volcan du même nom, les éleveurs de lamas et d'alpagas la coupaient "
     "encore pour cuisiner et se chauffer. Cette étude de cas du service des aires protégées et "
     "des communautés du parc décrit l'accord qui interdit la coupe de la yareta en échange de "
     "bonbonnes de gaz subventionnées, la surveillance par des gardes communautaires, la remise "
     "en place des coussins arrachés et le suivi de placettes. Elle montre que les coussins "
     "coupés repoussent à peine en quinze ans, et discute du coût du gaz pour les familles. Les "
     "forêts de queñoa, les vigognes et les bofedales ne sont cités qu'en passant.",
     ("yareta", "Azorella compacta", "plantes en coussin", "parc national Sajama", "études de cas"),
     ("BO",), "2024-08"),
    ("fh27", "project", "es",
     "Yaretas de la Reserva Nacional de Salinas y Aguada Blanca: vivero, guardaparques comunales "
     "y control de la extracción",
     "La yareta (Azorella compacta) es una planta en cojín de la puna, formada por miles de "
     "pequeñas rosetas apretadas en una masa verde y dura que crece apenas un milímetro o dos por "
     "año. En la Reserva Nacional de Salinas y Aguada Blanca, en las alturas de Arequipa y "
     "Moquegua, en el Perú, forma yaretales extensos entre los 4.200 y los 5.000 metros, pero "
     "durante décadas se arrancó como combustible para panaderías, fábricas y cocinas, y hoy su "
     "extracción y su comercio están prohibidos. Este proyecto de la jefatura de la reserva, del "
     "gobierno regional y de las comunidades alpaqueras instala un vivero en la puna para "
     "propagar yaretas a partir de esquejes, replanta las zonas arrancadas, capacita a "
     "guardaparques comunales para controlar los camiones que bajan con yareta, y prepara con las "
     "escuelas material sobre la edad de las plantas. Las vicuñas, las tolas y la laguna de "
     "Salinas se citan de paso.",
     ("yaretas", "Azorella compacta", "plantas en cojín", "puna", "proyectos"),
     ("PE",), "2025-05"),
    # --- mandrills -------------------------------------------------------------------------------
    ("fh28", "dataset", "en",
     "Mandrill hordes of Lopé National Park: counts, group size and ranging, 2005-2024",
     "The mandrill (Mandrillus sphinx), the largest of all monkeys, lives in the rainforests of "
     "west-central Africa. Adult males weigh up to 35 kilograms and have a red and blue face, and "
     "the animals travel in hordes that can number several hundred, the largest stable groups of "
     "any primate apart from humans. In Lopé National Park, in central Gabon, hordes moving "
     "between the forest and the savanna have been followed for two decades. This dataset of a "
     "research station and the national parks agency brings together counts of the hordes as they "
     "cross roads and open gaps, made by teams of observers posted along the crossing, with group "
     "size and the numbers of adult males, females and young, daily ranges from radio-collared "
     "females and the fruiting of their food trees. Hordes of more than 800 mandrills were "
     "counted. The drill (Mandrillus leucophaeus), its close relative further north, gorillas and "
     "forest elephants are named in passing.",
     ("mandrills", "Mandrillus sphinx", "primate groups", "Lopé National Park", "datasets"),
     ("GA",), "2025-03"),
    ("fh29", "project", "fr",
     "Des hordes de mandrills entre le parc national de Campo Ma'an et les plantations du sud du "
     "Cameroun",
     "Le mandrill (Mandrillus sphinx), le plus grand des singes, au museau rouge et bleu chez les "
     "mâles adultes, vit en hordes de plusieurs centaines d'individus qui parcourent de grands "
     "territoires dans les forêts denses au sud de la Sanaga. Au sud du Cameroun, le parc "
     "national de Campo Ma'an et les forêts qui l'entourent en abritent une population "
     "importante, mais des milliers d'hectares ont été défrichés à sa lisière pour des "
     "plantations industrielles. Ce projet du service de la conservation du parc, d'une "
     "organisation de conservation et de villages riverains suit les hordes avec des pisteurs, "
     "cartographie leurs passages entre le parc et les forêts restantes, négocie avec les "
     "entreprises le maintien de bandes de forêt le long des rivières et forme des écogardes "
     "villageois. Il mesure aussi l'effet des nouvelles routes sur la présence des mandrills. Les "
     "gorilles, les éléphants de forêt et les pangolins ne sont cités qu'en passant.",
     ("mandrills", "Mandrillus sphinx", "primates", "parc national de Campo Ma'an", "projets"),
     ("CM",), "2024-10"),
    ("fh30", "event", "es",
     "Taller en Bata: el mandril del Parque Nacional de Monte Alén y cómo seguirlo",
     "El mandril (Mandrillus sphinx), el mayor de los monos, de cara roja y azul en los machos "
     "adultos, vive en grupos de cientos de individuos en las selvas de la región continental de "
     "Guinea Ecuatorial, donde el Parque Nacional de Monte Alén protege una de sus poblaciones. "
     "Su pariente cercano, el dril, vive en cambio en la isla de Bioko y no en la parte "
     "continental del país. El instituto nacional de desarrollo forestal y de áreas protegidas, "
     "la universidad nacional y una organización de conservación organizan en Bata, del 2 al 4 de "
     "diciembre de 2025, un taller para guardas forestales, estudiantes y guías de las aldeas: "
     "biología y comportamiento del mandril, reconocimiento de huellas, restos de comida y voces, "
     "recuento de grupos en los pasos de los senderos, registro de datos en teléfonos y una "
     "salida a los bordes del parque. Los gorilas, los chimpancés y los elefantes de bosque se "
     "citan de paso.",
     ("mandriles", "Mandrillus sphinx", "Monte Alén", "seguimiento de primates", "eventos"),
     ("GQ",), "2025-10"),
)  # fmt: skip
