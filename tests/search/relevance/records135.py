"""Clearing-house records of the hundred-and-thirty-fifth judged relevance set
(tests/search/relevance/queries135.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on bush dogs (a project of Emberá and Wounaan monitors and of
distemper vaccination of village dogs for the bush dogs of the Darién, Panama; a dataset of
thirty years of sightings of the chien des buissons in French Guiana; a need to learn whether the
perro vinagre, the perro de monte or zorro vinagre, still survives in the forests of Misiones,
Argentina); on uakaris (a dataset of canoe counts of the white bald uakari of the flooded forest
of the Mamirauá reserve, Brazil; a case study of thirty years of communal management of the
Tamshiyacu-Tahuayo area created for the ouakari rouge, the huapo colorado, in Loreto, Peru; a
workshop in Inírida, an event, on the chucuto, the uacarí de cabeza negra, of the Estrella
Fluvial de Inírida, Colombia); on chevrotains, the mouse-deer (a project of snare removal for the
silver-backed chevrotain rediscovered near Nha Trang, Khanh Hoa, Vietnam; a dataset of night
counts of the chevrotains aquatiques along the streams of the Taï National Park, Côte d'Ivoire;
a case study of the breeding at the Hyderabad zoo and the release of the ciervo ratón moteado in
Telangana, India); on hyraxes (a need to count the tree hyraxes of Kilimanjaro by their night
calls, Tanzania; a dataset of night listening points for the daman des arbres of the Lama forest,
Benin; a case study of the harvest of hyraceum, the «piedra de África», from the middens of the
damanes roqueros of the Erongo mountains, Namibia); on cuscuses (a dataset of transect counts of
the bear cuscus of Tangkoko-Batuangus, Sulawesi, Indonesia; a need to study the couscous tacheté
noir of the Torricelli Mountains, Papua New Guinea; a project of tara bandu and night counts for
the cuscús of the Nino Konis Santana National Park, Timor-Leste); on pittas (a project of nest
guards, replanting and patrols for Gurney's pitta at Khao Nor Chuchi, Thailand; a need to map
the brève de Gurney of the lowland forests of Tanintharyi, Myanmar; a dataset of playback surveys
of the pita de Koch of the Cordillera Central of Luzon, Philippines); on motmots (an offer, a
support source, of small grants for the nesting banks of the torogoz, El Salvador; a case study
of the nest colonies of the motmot à sourcils bleus in the Maya archaeological sites of Yucatán,
Mexico; a project of nesting banks along the rural roads and coffee farms of the Valle Central
for the momoto de corona azul, the bobo, Costa Rica); on velvet worms (a need to save the pink
velvet worm of the Ngele forest, KwaZulu-Natal, South Africa; a field workshop, an event, to
look for the péripates of Basse-Terre, Guadeloupe; a project for the onicóforos, the gusanos
aterciopelados, of the forest fragments of Nahuelbuta, Chile); on giant lobelias (a dataset of
marked giant lobelias and groundsels followed since 1977 in the Teleki Valley of Mount Kenya,
Kenya; a need to monitor the lobélies géantes and séneçons géants of the Rwenzori in the Virunga
National Park, Democratic Republic of the Congo; a project with the herders who cut the jibara,
Lobelia rhynchopetalum, on the Sanetti plateau of the Bale Mountains, Ethiopia); and on
white-sand forests (a case study mapping the kerangas, the heath forests on white sand, of
Brunei Darussalam; a guide, a document, to the forêts sur sables blancs of the coastal plain of
French Guiana; a dataset of permanent plots in the varillales of the Allpahuayo-Mishana National
Reserve, Peru). English, French and Spanish, 10 records each, every topic written once in each
language (different countries or places, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records133.py is about these topics: their files and
the golden files (tests/mappings/golden/*.json) were searched for the topics' words in the
three languages before these were written (bush dog, chien des buissons, perro de monte, perro
vinagre, zorro vinagre, cachorro-vinagre, Speothos, wild dog, canid, Darién, Misiones, Urugua-í,
Yaboty; uakari, ouakari, uacarí, uacari, Cacajao, chucuto, huapo, mono inglés, Mamirauá, várzea,
igapó, Tamshiyacu, Tahuayo, Loreto, Inírida; chevrotain, mouse-deer, mouse deer, tragule,
Tragulus, tragúlido, ciervo ratón, cervatillo, kancil, Hyemoschus, Moschiola, Khanh Hoa, Nha
Trang, Taï, Telangana, Amrabad, Hyderabad; hyrax, dassie, daman, damán, Procavia, Dendrohyrax,
Heterohyrax, hyraceum, Kilimanjaro, Lama, Erongo; cuscus, couscous, cuscús, phalanger,
Spilocuscus, Ailurops, Tangkoko, Sulawesi, Torricelli, Timor, Nino Konis, tara bandu; pitta,
pita, pitas, brève, Hydrornis, Erythropitta, Khao Nor Chuchi, Khao Pra, Krabi, Tanintharyi,
Luzon, Luzón, Cordillera Central, Sierra Madre; motmot, momoto, torogoz, guardabarranco,
barranquero, bobo, Eumomota, Momotus, Yucatán, Valle Central; velvet worm, onychophoran,
onychophore, péripate, Peripatus, onicóforo, gusano aterciopelado, gusano de terciopelo,
Opisthopatus, Metaperipatus, Ngele, KwaZulu, Basse-Terre, Nahuelbuta; lobelia, lobélie, jibara,
Dendrosenecio, giant groundsel, séneçon, senecio, giant rosette, afroalpine, Teleki, Rwenzori,
Virunga, Bale, Sanetti; kerangas, heath forest, white sand, white-sand, sables blancs, sable
blanc, arena blanca, varillal, campinarana, padang, Badas, Andulau, Allpahuayo, Iquitos, Mana,
Sinnamary, Iracoubo). Screened and dropped as covered or as too near the queries of earlier
sets: saker falcons (the cetrería query and the raptor migration queries), yellow cardinals
(the songbird trapping query), harlequin frogs (the amphibians and anfibios queries), flying
squirrels (the ardillas query), Hermann's tortoises (the tortoises, tortues terrestres and
tortugas terrestres queries), Argentine ants (the invasive ants query and the fire ant pages of
records63), key biodiversity areas (the aires protégées and áreas protegidas queries), green hay
transfer (the hay meadows of records75 and the prados de siega queries), escape ramps for
wildlife in canals and troughs (the bebederos para fauna query), wild licorice (the medicinal
plants queries), tugai forests (the bosques de ribera query), laurel forests (the cloud forest
queries), raccoon dogs (records53), mynas (records79), dragon trees (records65), Puya raimondii
(records99), carnivorous plants (records71), sacred crocodiles and sacred monkeys (records93),
long-tailed macaques (records63), tokay geckos (records29), bear bile farming (records123 and
records127), dark sky places (the light pollution pages) and the management effectiveness of
protected areas (records99), besides the topics of sets 42 to 133 and those their docstrings list
as covered; screened with no hits but not chosen: cocks-of-the-rock, manakins, galagos, bongos,
goodeids, mahseers and stick insects. Hyraxes are named only in passing (the damans des rochers
of fd11, the damans of fd23 and the rock hyraxes of bi19), cuscuses only in passing (ev23, ez19,
ez22), momotos only among other birds (bp24), and the chevrotain only in the list of words
searched for the musk deer of records117; none of the other topics is named by an earlier record.

No earlier record is judged relevant to any query of this set. All the hits are passing or
about other things (0): the tenkile moratorium of the Torricelli Mountains (ez22), which names
the cuscuses hunted instead, the plume bank of the sing-sings of Papua New Guinea (ez19), which
names the cuscus furs of headdresses, and the tarsier dataset of Tangkoko (ev23), which names the
couscous of the reserve, are 0 to the cuscus, couscous and cuscús queries; the couscous de
voandzou of the Bambara groundnut project (fe17) and the cuscús of the baobab page of Thiès (cu09)
are the semolina dish; the damans des rochers of the kokerboom case study (fd11), the damans of
the sengi expedition of Djibouti (fd23) and the rock hyraxes of the Matobo inselbergs (bi19) are
named in passing; the momotos among the birds killed by the windows of the campuses of San José
(bp24) are passing, and the loros barranqueros of the starling need (dg27) are burrowing
parrots, not the barranquero that is a motmot in Colombia; the musk deer pages (et13-et15), the
saola pages (fd19-fd21), the pudus (ez13-ez15) and the salangane nests of Khánh Hòa (bg02) name
no chevrotain; the painted dogs and lycaons (ev04-ev06), the dholes (fh04-fh06), the maned wolves
and the aguará guazú of Ñeembucú and Misiones, Paraguay (ez04-ez06), are other canids, the pacas
(ek28-ek30) are the bush dog's prey, and the tagua carvers of the Darién (bs10) name no bush dog;
the pirarucu of Mamirauá (ce11) and the peccary need of the Tamshiyacu Tahuayo communal reserve
(cq03) name no uakari; the Mavecure inselbergs on the Inírida (bi21) and the savanes-roches of the
inselbergs of French Guiana (bi20) are granite outcrops, not white-sand forests, and the white
sand of the cayes of Belize (ce01) is a beach; the camera trap need of the community forests of
Tanintharyi (be25) names no pitta; and the Ethiopian wolves of the Bale Mountains (bt13) and the
Virunga pages (br26, cl20) name no giant lobelia.

records134.py (ids fk01..fk30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), written at the same time by another engineer, was searched for the same
words once it was finished (with its queries134.tsv, 60 queries), before these records were
judged: its topics are aristolochic acid, water beads, histoplasmosis, melioidosis, solar heat
for industrial processes, sulphur mining, the dust of unpaved roads, spent coffee grounds,
counterfeit cosmetics and cat litter. None of its records names a bush dog, a uakari, a
chevrotain, a hyrax, a cuscus, a pitta, a motmot, a velvet worm, a giant lobelia or a white-sand
forest. The nearest are places and passing words, all judged 0: the histoplasmose of French
Guiana (fk08), whose fungus grows in the droppings of bats and birds and is breathed in when
hollow trees are felled, near the bush dog and white-sand forest pages of French Guiana (fl02,
fl29) and to "bush dog French Guiana"; the melioidosis of the rice farmers of northeast Thailand
(fk10), to "pitas Tailandia"; the sulphur porters of the Kawah Ijen, Indonesia (fk17), to
"couscous Indonésie"; the solar heat plants and the caminos de ripio of Chile (fk15, fk21), to
"velvet worms Chile"; the tea factories of Kenya and the firewood they burn (fk13), near the
Mount Kenya dataset (fl25); the arena para gatos and the bentonite quarries of Río Negro and San
Juan, Argentina (fk30), to "bosques de arena blanca -Perú" and near the perro vinagre need of
Misiones (fl03); the sable and latérite of the rues en terre of Ouagadougou (fk20), to "forêts sur
sables blancs"; the ácido aristolóquico of the markets of Mexico (fk03), near the motmots of
Yucatán (fl20); the bolitas de hidrogel of Colombia (fk06), near the chucuto workshop (fl06); the
cosméticos bamba of Lima (fk27), near the varillales of Peru (fl30); and the caves, guano and
tayos of the histoplasmosis guide of Ecuador (fk09). None of its records answers a query of this
set, and none of its queries is repeated in queries135.tsv. records136.py and records137.py,
written at the same time by other engineers, are not part of this set's pool.

Traps: the pacas, agoutis and armadillos it hunts, the Pan-American Highway, the village dogs,
jaguars, white-lipped peccaries and tagua palms of fl01; the orpaillage illégal, pakiras (the
peccaries of French Guiana), agoutis, tatous and jaguars of fl02; the zorro vinagre that is no
fox, the pacas, agutíes, perros domésticos, yaguaretés, tapires and plantaciones de pino of fl03;
the várzea, pink river dolphins, arapaima quotas and floating houses of fl04; the bateaux de
commerçants, the fishing and cutting rules, the lamantins, palmiers aguaje and dauphins roses of
fl05; the igapós, delfines rosados, flor de Inírida, minería ilegal and the bosques de arena
blanca of fl06 (the topic of fl28-fl30, named in passing); the camera traps, wire snares, wild
pigs, muntjacs and saola of fl07; the chasse, plantations de cacao, céphalophes, chimpanzés and
pangolins of fl08; the zoológico, collares emisores, tigres, chacales, leopardos, perros and
ganado of fl09; the guinea pigs it looks like, the elephants and sea cows, the fur cloaks,
firewood, blue monkeys, colobus, bushbabies and the rock hyraxes (another hyrax, in passing) of
fl10; the éléphants, champs, singes à ventre rouge, potamochères and plantations de teck of
fl11; the perfumería, polen and clima del pasado, pinturas rupestres, leopardos and águilas de
Verreaux of fl12; the Sulawesi dwarf cuscus (another cuscus), tarsiers, crested black macaques
and maleo nesting grounds of fl13; the plat de semoule, parures de danse, kangourous
arboricoles, casoars and oiseaux de paradis of fl14; the cuscús de sémola, tara bandu, caza,
murciélagos frugívoros, ciervos de Timor and arrecifes de coral of fl15; the worms and snails,
rubber and oil palm plantations, birdwatchers and hot springs of fl16; the palmiers à huile,
hévéas, éléphants, tapirs and calaos of fl17; the lombrices, caracoles, huertos de hortalizas,
pinares, águilas de Filipinas, terrazas de arroz and ratas de nube of fl18; the kingfishers,
bee-eaters, sand martins, wells and quarries of fl19; the cenotes (as nest sites and bathing
places), iguanes and hirondelles of fl20; the cafetales, charrales, concreto, the guardabarranco
of Guanacaste (another motmot, in passing), yigüirros and roya del café of fl21; the pine
plantations, dead wood, millipedes, earthworms, slugs and cycads of fl22; the mille-pattes,
hylodes (frogs) and mangoustes of fl23; the leña, plantaciones de pino y eucalipto, araucarias,
pudú, incendios forestales and ranitas de Darwin of fl24; the glaciers, rock hyraxes, sunbirds
and climbers' trail of fl25; the glaciers, damans, souimangas and gorilles de montagne of fl26;
the lobos etíopes, ratas topo gigantes, brezos arborescentes and ganado of fl27; the pitcher
plants, ant plants, orchids, peat swamp forests and oil fields of fl28; the broméliacées,
orchidées, lichens, savanes, mangroves and tortues marines of fl29; and the palmeras de aguaje,
delfines de río, camu camu, perlita de Iquitos and hormiguero de Allpahuayo (a bird, not an
anteater) of fl30. Some records name their topic only by another name or a narrower kind: fl01
says only bush dog; fl02 only chien des buissons; fl03 perro vinagre, perro de monte and zorro
vinagre (never bush dog); fl04 white bald uakari and uakari; fl05 ouakari chauve rouge, huapo
colorado and mono inglés; fl06 only uacarí de cabeza negra and chucuto; fl07 chevrotain and
mouse-deer; fl08 only chevrotain aquatique; fl09 only ciervo ratón and tragúlido (never
chevrotain); fl10 tree hyraxes; fl11 only damans and daman des arbres (never hyrax); fl12 only
damán roquero and damanes; fl13 cuscus; fl14 only couscous; fl15 only cuscús; fl16 pitta; fl17
brève and pitta; fl18 only pita (never pitta); fl19 motmot and torogoz; fl20 motmot; fl21 only
momoto and bobo (never motmot); fl22 velvet worm and onychophoran; fl23 péripate and onychophore;
fl24 onicóforo, gusano aterciopelado and gusano de terciopelo; fl25 giant lobelias; fl26 lobélies
géantes; fl27 jibara and lobelia gigante; fl28 kerangas and heath forest (white-sand forests only
in its subjects); fl29 forêts sur sables blancs; fl30 varillales and bosques de arena blanca
(fl29 and fl30 also name the campinaranas of Brazil). Letters and homonyms: couscous and cuscús
are also the semolina dish; a brève is also a short news item; "pita" is inside capital and
hospital, and a pita is also a bread and an agave fibre; bobo is also a fool, and inside
Bobo-Dioulasso; the hormiguero of fl30 is a bird, not the anteater of the numbat and aardvark
pages; the heath forest of fl28 is no heathland; the Lama of fl11 is a forest, no llama; and
padang, the scrub of fl28, is also a city of Sumatra.

For the country queries: fl01 names only Panama (Central and South America as the range); fl02
only French Guiana (South America); fl03 only Argentina (Misiones); fl04 only Brazil; fl05 only
Peru; fl06 only Colombia (the north-west of the Amazon as the range); fl07 only Vietnam; fl08 only
Côte d'Ivoire; fl09 only India; fl10 only Tanzania; fl11 only Benin (the Volta and the Niger as
rivers); fl12 only Namibia (Africa and the Middle East as the range); fl13 only Indonesia, with
the Solomon Islands and northern Australia as the range of the cuscuses; fl14 only Papua New
Guinea; fl15 only Timor-Leste; fl16 only Thailand (the northern Malay Peninsula as the range);
fl17 only Myanmar, the Birmanie of old; fl18 only the Philippines; fl19 only El Salvador; fl20
only Mexico; fl21 only Costa Rica; fl22 only South Africa; fl23 only Guadeloupe (the Lesser
Antilles as a region); fl24 only Chile; fl25 only Kenya (East Africa); fl26 the Democratic
Republic of the Congo, with Uganda as the other side of the Rwenzori; fl27 only Ethiopia; fl28
only Brunei Darussalam (Borneo as the island); fl29 French Guiana, with Brazil and Peru named for
the campinaranas and varillales; fl30 only Peru, with Brazil named for the campinaranas.

Ids (fl01..fl30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fh01..fh30, fi01..fi30, fj01..fj30), nor with records134.py's (fk01..fk30), and no earlier id
starts with "fl".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- bush dogs -------------------------------------------------------------------------------
    ("fl01", "project", "en",
     "Bush dogs of the Darién: Emberá and Wounaan monitors and a vaccination drive for village "
     "dogs",
     "The bush dog (Speothos venaticus) is a small, stocky wild canid with short legs, a short "
     "tail, small rounded ears and partly webbed toes, dark brown with a paler head. It lives in "
     "packs of two to ten in the lowland forests and wet savannas of Central and South America, "
     "hunts pacas, agoutis and armadillos by chasing them into burrows and streams, and keeps in "
     "touch with high-pitched whistles. It is rarely seen anywhere, and in Panama most records "
     "come from the forests of the Darién. This project of the environment ministry, the Emberá "
     "and Wounaan comarcas and a conservation organisation trains community monitors to record "
     "sightings, tracks and the reports of hunters and farmers on phones, maps them against "
     "forest loss along the end of the Pan-American Highway, and vaccinates the dogs of eleven "
     "villages against distemper and parvovirus, which domestic dogs can pass to wild packs. "
     "Jaguars, white-lipped peccaries and the tagua palms of the comarcas are named in passing.",
     ("bush dogs", "Speothos venaticus", "wild canids", "Darién", "projects"),
     ("PA",), "2024-11"),
    ("fl02", "dataset", "fr",
     "Observations du chien des buissons en Guyane : trente ans de mentions réunies, 1994-2024",
     "Le chien des buissons (Speothos venaticus), petit canidé sauvage trapu aux pattes courtes, "
     "à la queue courte, aux petites oreilles rondes et aux doigts en partie palmés, vit en "
     "meutes de quelques individus dans les forêts d'Amérique du Sud. En Guyane, il est partout "
     "rare et discret : en trente ans, les naturalistes n'en ont réuni qu'un peu plus de cent "
     "cinquante mentions. Ce jeu de données, constitué par une association naturaliste avec "
     "l'Office français de la biodiversité et le Parc amazonien de Guyane, rassemble toutes les "
     "observations connues : date, lieu, nombre d'animaux, comportement (chasse, traversée de "
     "crique, terrier), photographies, empreintes et témoignages de chasseurs, d'agents des "
     "réserves et de gendarmes en patrouille contre l'orpaillage illégal. Chaque mention est "
     "notée selon sa fiabilité. Les données montrent des meutes de deux à huit chiens, surtout le "
     "long des criques de l'intérieur, et quelques observations près des pistes du littoral. Les "
     "pakiras, les agoutis, les tatous et les jaguars ne sont cités qu'en passant.",
     ("chien des buissons", "Speothos venaticus", "canidés sauvages", "Guyane", "jeux de données"),
     ("GF",), "2025-01"),
    ("fl03", "need", "es",
     "Necesidad: saber si el perro vinagre sobrevive todavía en la selva misionera",
     "El perro vinagre (Speothos venaticus), también llamado perro de monte o zorro vinagre, es "
     "un cánido silvestre pequeño y robusto, de patas cortas, cola corta y dedos unidos por "
     "membranas, que vive en grupos familiares y caza pacas, agutíes y otros roedores grandes "
     "persiguiéndolos hasta el agua. En la Argentina solo se conoce de la provincia de Misiones, "
     "y está considerado en peligro crítico: los registros confirmados de las últimas décadas se "
     "cuentan con los dedos de una mano, casi todos atropellados o fotos casuales. El ministerio "
     "de ecología provincial, la administración de parques nacionales y una fundación solicitan "
     "apoyo para recorrer el parque provincial Urugua-í, el Parque Nacional Iguazú y la reserva "
     "de biosfera Yaboty en busca de huellas y heces, analizar el ADN de las heces, reproducir "
     "sus silbidos para obtener respuestas, entrevistar a guardaparques y colonos y evaluar el "
     "riesgo de las enfermedades de los perros domésticos. Los yaguaretés, los tapires y las "
     "plantaciones de pino se citan de paso.",
     ("perro vinagre", "Speothos venaticus", "cánidos silvestres", "selva paranaense",
      "necesidades"),
     ("AR",), "2025-04"),
    # --- uakaris ---------------------------------------------------------------------------------
    ("fl04", "dataset", "en",
     "White uakaris of the Mamirauá flooded forest: canoe counts, group size and seasonal "
     "movements, 2000-2024",
     "The white bald uakari (Cacajao calvus calvus), a monkey with a shaggy white coat, a bald "
     "scarlet face and a short tail, lives only in the várzea, the forest flooded for up to half "
     "the year by white-water rivers, of a small area between the Japurá and Solimões rivers in "
     "Amazonas state, Brazil. Most of its range lies in the Mamirauá Sustainable Development "
     "Reserve. Uakaris travel in large groups, sometimes of more than fifty, and crack hard "
     "unripe seeds with their strong teeth. This dataset of the reserve's research institute "
     "brings together twenty-four years of counts made from canoes along fixed channels at high "
     "water and on foot at low water: date, water level, group size, age classes, food plants and "
     "the calls heard. It shows that groups gather at the lake edges in the dry season and "
     "scatter deep into the flooded forest at high water. Pink river dolphins, the arapaima "
     "quotas of the fishers and the floating houses of the reserve are named in passing.",
     ("uakaris", "Cacajao calvus", "várzea", "Mamirauá", "datasets"),
     ("BR",), "2025-02"),
    ("fl05", "case-study", "fr",
     "Une réserve pour le ouakari rouge : trente ans de gestion communale de Tamshiyacu-Tahuayo",
     "Le ouakari chauve rouge (Cacajao calvus ucayalii), que les riverains de l'Amazonie "
     "péruvienne appellent huapo colorado ou « mono inglés » à cause de sa face rouge vif, est un "
     "singe à longs poils roux et à queue courte des forêts inondées du nord-est du Pérou. C'est "
     "pour lui qu'a été créée en 1991, dans la région de Loreto, l'aire de conservation régionale "
     "communale de Tamshiyacu-Tahuayo, à la demande des villages qui voyaient les bateaux de "
     "commerçants vider leurs lacs et leurs forêts. Cette étude de cas d'une université et du "
     "gouvernement régional décrit le zonage de l'aire entre protection intégrale, usage communal "
     "et subsistance, les comités de vigilance des villages qui contrôlent les entrées, les "
     "règles de pêche et de coupe, et le suivi des groupes de ouakaris sur des transects depuis "
     "1990. Elle montre des effectifs stables dans la zone protégée et s'interroge sur la relève "
     "des comités. Les lamantins, les palmiers aguaje et les dauphins roses ne sont cités qu'en "
     "passant.",
     ("ouakaris", "ouakari chauve rouge", "Cacajao calvus", "Loreto", "études de cas"),
     ("PE",), "2024-10"),
    ("fl06", "event", "es",
     "Taller en Inírida: el chucuto o uacarí de cabeza negra de la Estrella Fluvial de Inírida",
     "El uacarí de cabeza negra (Cacajao melanocephalus), al que en el Guainía llaman chucuto, es "
     "un mono de cola corta, cabeza y cara negras casi sin pelo y lomo pardo rojizo, que vive en "
     "los bosques inundados de aguas negras, los igapós, del noroeste de la Amazonía, y se "
     "alimenta sobre todo de semillas duras. En Colombia, sus poblaciones de la confluencia del "
     "Inírida, el Guaviare y el Atabapo casi no se han estudiado. La corporación ambiental "
     "regional, una universidad y una organización de conservación organizan en Inírida, del 3 al "
     "6 de marzo de 2026, un taller para guías indígenas curripacos y puinaves, técnicos y "
     "estudiantes: identificación del chucuto y de los otros monos de la región, conteos desde "
     "canoa en aguas altas, registro de grupos y de los frutos que comen en el teléfono, y una "
     "salida a los caños de la Estrella Fluvial. Los delfines rosados, la flor de Inírida, los "
     "bosques de arena blanca y la minería ilegal se citan de paso.",
     ("uacarís", "chucuto", "Cacajao melanocephalus", "Guainía", "eventos"),
     ("CO",), "2025-12"),
    # --- chevrotains (mouse-deer) ----------------------------------------------------------------
    ("fl07", "project", "en",
     "Silver-backed chevrotain after its rediscovery: snare removal and surveys in the forests of "
     "Khanh Hoa",
     "Chevrotains, or mouse-deer, are the smallest hoofed mammals: shy, hare-sized animals of the "
     "forest floor with thin legs and, in the males, small tusks instead of antlers. They are not "
     "true deer. The silver-backed chevrotain (Tragulus versicolor), a Vietnamese species whose "
     "rear half is silvery grey, was known from a handful of specimens and had not been seen by "
     "scientists for almost thirty years when it was photographed in 2019 in the forests near Nha "
     "Trang. This project of the provincial forest protection department, a national university "
     "and a conservation organisation pays community teams to remove the wire snares that catch "
     "chevrotains along with other ground animals across the forests of Khanh Hoa province, "
     "extends surveys to neighbouring provinces, interviews former hunters on where the animal "
     "survives and prepares a species action plan with the provincial authorities. Camera traps, "
     "wild pigs, muntjacs and the saola of the Annamites are named in passing.",
     ("chevrotains", "silver-backed chevrotain", "Tragulus versicolor", "snare removal",
      "projects"),
     ("VN",), "2024-08"),
    ("fl08", "dataset", "fr",
     "Chevrotains aquatiques du parc national de Taï : comptages nocturnes le long des cours "
     "d'eau, 2010-2024",
     "Le chevrotain aquatique (Hyemoschus aquaticus), seul chevrotain d'Afrique, est un petit "
     "ongulé de la taille d'un lièvre, brun roux rayé et tacheté de blanc, qui ne s'éloigne guère "
     "des rivières des forêts denses et plonge pour échapper aux prédateurs. Il n'a ni bois ni "
     "cornes ; les mâles portent de petites canines en forme de crocs. Ce jeu de données d'un "
     "centre de recherche et de l'office des parcs et réserves réunit quinze années de comptages "
     "nocturnes à la lampe le long de tronçons fixes de cours d'eau du parc national de Taï, au "
     "sud-ouest de la Côte d'Ivoire : date, tronçon, nombre d'animaux vus, distance à l'eau, "
     "indices (empreintes, crottes) et collets trouvés. Il montre des densités plus fortes au "
     "cœur du parc qu'à sa lisière, où la chasse et les plantations de cacao progressent, et sert "
     "à mesurer l'effet des patrouilles. Les céphalophes, les chimpanzés et les pangolins ne sont "
     "cités qu'en passant.",
     ("chevrotains", "chevrotain aquatique", "Hyemoschus aquaticus", "parc national de Taï",
      "jeux de données"),
     ("CI",), "2025-03"),
    ("fl09", "case-study", "es",
     "Del zoológico al bosque: cría y suelta del ciervo ratón moteado en Telangana",
     "El ciervo ratón moteado de la India (Moschiola indica), un tragúlido del tamaño de una "
     "liebre, de pelaje pardo con manchas y rayas claras, no es un verdadero ciervo: no tiene "
     "cuernos y los machos llevan pequeños colmillos. Vive en el suelo de los bosques de la India "
     "peninsular, donde la tala, los incendios y la caza lo han hecho desaparecer de muchas "
     "zonas. Este estudio de caso del departamento forestal de Telangana y de un centro de "
     "investigación sobre fauna silvestre describe el programa que, desde 2010, cría ciervos "
     "ratón en recintos del zoológico de Hyderabad a partir de unos pocos ejemplares rescatados y "
     "los suelta, con collares emisores, en la reserva de tigres de Amrabad y en otros bosques "
     "del estado. Analiza la supervivencia de los animales soltados, las causas de muerte, sobre "
     "todo depredadores y perros, y los costes, y recomienda elegir bosques con arroyos y poco "
     "pastoreo. Los chacales, los leopardos y el ganado se citan de paso.",
     ("ciervo ratón", "Moschiola indica", "tragúlidos", "cría para la conservación",
      "estudios de caso"),
     ("IN",), "2024-12"),
    # --- hyraxes ---------------------------------------------------------------------------------
    ("fl10", "need", "en",
     "Need: counting the tree hyraxes of Kilimanjaro's montane forest by their night calls",
     "Tree hyraxes are small, thickset, tailless mammals that look like large guinea pigs but are "
     "distant relatives of elephants and sea cows. They spend the day in hollow trees and climb "
     "out at night to feed on leaves, and the males announce their territories with loud, rising "
     "shrieks that carry across the forest. The eastern tree hyrax (Dendrohyrax validus) lives in "
     "the montane forests of Kilimanjaro and the Eastern Arc mountains of Tanzania. On "
     "Kilimanjaro it is snared for its fur, once sewn into cloaks, and for meat, and its forest "
     "belt is cut for firewood and poles. The national parks authority, a Tanzanian university "
     "and a conservation partner ask for support to count calling males along night transects, "
     "map the hollow trees used as dens, interview elders on past and present hunting, and train "
     "rangers and porters to report snares. Blue monkeys, colobus, bushbabies and the rock "
     "hyraxes of the lower slopes are named in passing.",
     ("hyraxes", "tree hyraxes", "Dendrohyrax validus", "Kilimanjaro", "needs"),
     ("TZ",), "2025-05"),
    ("fl11", "dataset", "fr",
     "Daman des arbres du Bénin : points d'écoute nocturnes dans les forêts classées du sud, "
     "2021-2024",
     "Les damans sont de petits mammifères trapus et sans queue, parents éloignés des éléphants. "
     "En 2021, des chercheurs ont décrit une nouvelle espèce de daman des arbres, Dendrohyrax "
     "interfluvialis, qui vit entre la Volta et le Niger et se distingue des autres par son cri "
     "nocturne, une série d'aboiements rauques, et non de hurlements. Au sud du Bénin, il survit "
     "dans des forêts de plus en plus isolées au milieu des champs et des plantations. Ce jeu de "
     "données d'une université béninoise et de la direction des eaux, forêts et chasse réunit "
     "trois ans de points d'écoute nocturnes dans la forêt classée de la Lama, la forêt de "
     "Niaouli et des îlots boisés voisins : date, heure, nombre de damans entendus, type de cri, "
     "état de la forêt et traces de chasse. Il sert de base pour suivre une espèce déjà jugée "
     "menacée. Les singes à ventre rouge, les potamochères et les plantations de teck ne sont "
     "cités qu'en passant.",
     ("damans", "daman des arbres", "Dendrohyrax interfluvialis", "forêt classée de la Lama",
      "jeux de données"),
     ("BJ",), "2025-01"),
    ("fl12", "case-study", "es",
     "La «piedra de África»: cosecha de hyraceum de los damanes roqueros en las montañas del "
     "Erongo",
     "El damán roquero (Procavia capensis), un mamífero pequeño y rechoncho sin cola, pariente "
     "lejano de los elefantes, vive en colonias entre las rocas de África y Oriente Medio. Cada "
     "colonia orina siempre en las mismas grietas, y con los siglos la orina se endurece en una "
     "masa oscura y resinosa, el hyraceum, que se usa como remedio tradicional en el sur de "
     "África y que la perfumería compra hoy con el nombre de «piedra de África». Algunas "
     "acumulaciones tienen miles de años y guardan polen que sirve para reconstruir el clima del "
     "pasado. Este estudio de caso del ministerio de ambiente de Namibia y de una universidad "
     "examina diez años de cosecha comercial de hyraceum en las montañas del Erongo: permisos, "
     "volúmenes, pagos a las comunidades y a los dueños de las granjas, daños a los abrigos "
     "rocosos y a las colonias de damanes. Propone cosechar solo las capas recientes y proteger "
     "los depósitos antiguos. Las pinturas rupestres, los leopardos y las águilas de Verreaux se "
     "citan de paso.",
     ("damanes", "damán roquero", "Procavia capensis", "hyraceum", "uso sostenible",
      "estudios de caso"),
     ("NA",), "2024-09"),
    # --- cuscuses --------------------------------------------------------------------------------
    ("fl13", "dataset", "en",
     "Bear cuscuses of Tangkoko-Batuangus: line transect counts and resting trees, 2006-2024",
     "Cuscuses are slow-moving, thick-furred tree-dwelling marsupials of the islands between Asia "
     "and Australia, from Sulawesi to the Solomon Islands and the tip of northern Australia, with "
     "grasping tails and large forward-facing eyes. The bear cuscus (Ailurops ursinus), the "
     "largest, dark and shaggy, lives only on Sulawesi and a few neighbouring islands, where it "
     "feeds almost entirely on leaves, rests for hours in the canopy and is active by day. In the "
     "Tangkoko-Batuangus nature reserve, at the northern tip of Sulawesi, Indonesia, it is hunted "
     "less than outside, but its numbers are thought to be falling. This dataset of a research "
     "programme and the provincial conservation agency brings together eighteen years of line "
     "transect counts along the same trails, with the position, height and species of each tree "
     "where a cuscus was seen, group size, and the smaller Sulawesi dwarf cuscus where recorded. "
     "Tarsiers, crested black macaques and the maleo nesting grounds are named in passing.",
     ("cuscuses", "bear cuscus", "Ailurops ursinus", "marsupials", "Sulawesi", "datasets"),
     ("ID",), "2025-04"),
    ("fl14", "need", "fr",
     "Besoin : le couscous tacheté noir des monts Torricelli, un grand marsupial presque inconnu",
     "Les couscous sont des marsupiaux arboricoles lents, au pelage épais, à la queue préhensile "
     "et aux grands yeux tournés vers l'avant ; rien à voir avec le plat de semoule. Le couscous "
     "tacheté noir (Spilocuscus rufoniger), dont le mâle porte une large selle noire sur un "
     "pelage roux et blanc, est l'un des plus grands et des plus menacés : chassé pour sa viande "
     "et pour sa fourrure, qui orne les parures de danse, il a disparu de nombreuses forêts du "
     "nord de la Papouasie-Nouvelle-Guinée. Une organisation de conservation des monts "
     "Torricelli, avec les clans propriétaires des terres et l'office de conservation et de "
     "protection de l'environnement, sollicite un appui pour des relevés nocturnes et des "
     "enquêtes auprès des chasseurs, la cartographie des forêts où il subsiste, la formation "
     "d'équipes villageoises de suivi et la discussion avec les clans de zones où il ne serait "
     "plus chassé. Les kangourous arboricoles, les casoars et les oiseaux de paradis ne sont "
     "cités qu'en passant.",
     ("couscous", "couscous tacheté noir", "Spilocuscus rufoniger", "marsupiaux", "besoins"),
     ("PG",), "2025-02"),
    ("fl15", "project", "es",
     "Cuscús de Timor-Leste: tara bandu y seguimiento comunitario en el Parque Nacional Nino "
     "Konis Santana",
     "El cuscús común del norte (Phalanger orientalis) es un marsupial arborícola del tamaño de "
     "un gato, de pelaje lanoso gris o rojizo, cola prensil y ojos grandes, que come hojas, "
     "frutos y flores. Nada tiene que ver con el cuscús de sémola. Llegó a Timor probablemente "
     "con los primeros pobladores, hace miles de años, y hoy es uno de los pocos mamíferos de los "
     "bosques de la isla, muy cazado para comer. En el Parque Nacional Nino Konis Santana, en el "
     "extremo oriental de Timor-Leste, este proyecto de la dirección de áreas protegidas, una "
     "organización local y los sucos del parque apoya los acuerdos de tara bandu, la ley "
     "consuetudinaria que cierra por temporadas ciertos lugares a la caza y la tala, forma a "
     "jóvenes para contar cuscús de noche, registra con los cazadores cuántos se capturan y "
     "dónde, y prepara con los jefes de aldea zonas de refugio sin caza. Los murciélagos "
     "frugívoros, los ciervos de Timor y los arrecifes de coral del parque se citan de paso.",
     ("cuscús", "Phalanger orientalis", "marsupiales", "tara bandu", "proyectos"),
     ("TL",), "2024-11"),
    # --- pittas ----------------------------------------------------------------------------------
    ("fl16", "project", "en",
     "Gurney's pitta at Khao Nor Chuchi: nest guards, replanting and patrols in Thailand's last "
     "lowland forest",
     "Pittas are plump, short-tailed, long-legged birds of the forest floor, often brilliantly "
     "coloured, that hop through the leaf litter turning leaves in search of worms and snails. "
     "Gurney's pitta (Hydrornis gurneyi), the male with a blue crown, a black face and bright "
     "yellow underparts barred with black, lives only in the lowland forests of the northern "
     "Malay Peninsula. In Thailand it was thought extinct until 1986, when it was found again at "
     "Khao Nor Chuchi in Krabi province, where a handful of pairs remain in the Khao Pra-Bang "
     "Khram wildlife sanctuary. This project of the wildlife department, a Thai bird conservation "
     "society and the villages around the sanctuary pays local guards to watch nests from laying "
     "to fledging, replants encroached plots with native trees, supports patrols against illegal "
     "clearing and trains villagers to survey the birds by their calls. Rubber and oil palm "
     "plantations, the birdwatchers who come to see the pitta and the hot springs of the area are "
     "named in passing.",
     ("pittas", "Gurney's pitta", "Hydrornis gurneyi", "lowland forests", "projects"),
     ("TH",), "2025-01"),
    ("fl17", "need", "fr",
     "Besoin : la brève de Gurney des forêts de plaine du Tanintharyi face aux concessions",
     "Les brèves, que l'on appelle aussi pittas, sont des oiseaux trapus à queue courte et "
     "longues pattes, aux couleurs vives, qui vivent au sol dans les forêts tropicales de "
     "l'Ancien Monde. La brève de Gurney (Hydrornis gurneyi), à calotte bleue et ventre jaune "
     "barré de noir, ne vit que dans les forêts de plaine du nord de la péninsule Malaise. Sa "
     "plus grande population connue se trouve dans la région du Tanintharyi, dans le sud du "
     "Myanmar, l'ancienne Birmanie, où les forêts de plaine sont défrichées pour des concessions "
     "de palmiers à huile et d'hévéas et pour l'exploitation forestière. Le département des "
     "forêts, une société ornithologique et des groupes de forêts communautaires sollicitent un "
     "appui pour cartographier les territoires de la brève, proposer des forêts communautaires et "
     "une aire protégée dans les zones les plus riches, former des équipes villageoises au suivi "
     "par le chant et négocier avec les concessions le maintien des forêts non plantées. Les "
     "éléphants, les tapirs et les calaos ne sont cités qu'en passant.",
     ("brèves", "brève de Gurney", "Hydrornis gurneyi", "Tanintharyi", "besoins"),
     ("MM",), "2024-10"),
    ("fl18", "dataset", "es",
     "Pita de Koch en la Cordillera Central de Luzón: puntos de escucha con reproducción de "
     "cantos, 2015-2024",
     "Las pitas son aves robustas de cola corta y patas largas, que viven en el suelo de los "
     "bosques tropicales de Asia, África y Oceanía y buscan lombrices y caracoles entre la "
     "hojarasca. La pita de Koch o pita bigotuda (Erythropitta kochi), de pecho azul y vientre "
     "rojo, es endémica de los bosques de montaña del norte de Luzón, en Filipinas, y es una de "
     "las menos conocidas: casi nadie la ha visto. Este conjunto de datos de una universidad "
     "filipina y de la oficina regional de ambiente reúne diez años de puntos de escucha en la "
     "Cordillera Central y la Sierra Madre, con reproducción de su canto para provocar "
     "respuestas: fecha, altitud, tipo de bosque, número de aves que responden y perturbaciones "
     "observadas, como la tala, los huertos de hortalizas y los caminos. Muestra que la especie "
     "falta por debajo de los 1.000 metros y en los pinares. Las águilas de Filipinas, las "
     "terrazas de arroz y las ratas de nube se citan de paso.",
     ("pitas", "pita de Koch", "Erythropitta kochi", "Luzón", "conjuntos de datos"),
     ("PH",), "2025-06"),
    # --- motmots ---------------------------------------------------------------------------------
    ("fl19", "support-source", "en",
     "Small grants for communities that protect the nesting banks of the torogoz, El Salvador's "
     "national bird",
     "Motmots are colourful birds of the American tropics, related to kingfishers and bee-eaters, "
     "with a long tail that in several species ends in two bare-shafted rackets which the bird "
     "swings like a pendulum. The turquoise-browed motmot (Eumomota superciliosa), the torogoz, "
     "is El Salvador's national bird: each pair digs its nest at the end of a tunnel in an earth "
     "bank, a road cut, a ravine side or the wall of a well or quarry, sometimes in small "
     "colonies. Many banks are levelled by road works and building or filled with rubbish. A "
     "national environmental fund offers small grants, of up to 15,000 US dollars each, to "
     "community associations, schools and cooperatives that map and protect nesting banks in "
     "their municipality, plant native shrubs above them, agree with the municipal works "
     "department to avoid the breeding season and count occupied tunnels each year. Applications "
     "are open until 30 June 2025. Kingfishers, bee-eaters and the sand martins of the riverbanks "
     "are named in passing.",
     ("motmots", "torogoz", "Eumomota superciliosa", "small grants", "offers"),
     ("SV",), "2025-03"),
    ("fl20", "case-study", "fr",
     "Des motmots dans les temples : les colonies de nids des sites archéologiques mayas du "
     "Yucatán",
     "Les motmots sont des oiseaux colorés des tropiques américains, parents des "
     "martins-pêcheurs, dont la longue queue se termine souvent par deux raquettes que l'oiseau "
     "balance comme un pendule. Le motmot à sourcils bleus (Eumomota superciliosa), turquoise et "
     "roux, creuse son nid au fond d'un tunnel dans les talus, les parois des cenotes et, dans la "
     "péninsule du Yucatán, au Mexique, les murs effondrés et les terrasses des cités mayas. "
     "Cette étude de cas d'une université mexicaine et de l'institut national d'anthropologie et "
     "d'histoire porte sur les colonies de motmots de trois sites archéologiques ouverts au "
     "public : elle compare le nombre de nids occupés avant et après la restauration de "
     "bâtiments, les dérangements par les visiteurs et le succès de reproduction, et décrit les "
     "mesures adoptées, comme les travaux de consolidation hors de la saison de nidification, les "
     "cordes qui tiennent les visiteurs à distance et le maintien de talus de terre. Les iguanes, "
     "les hirondelles et les cenotes ouverts à la baignade ne sont cités qu'en passant.",
     ("motmots", "motmot à sourcils bleus", "Eumomota superciliosa", "sites archéologiques",
      "études de cas"),
     ("MX",), "2024-11"),
    ("fl21", "project", "es",
     "Taludes para el bobo: el momoto de corona azul en los caminos rurales y cafetales del Valle "
     "Central",
     "Los momotos son aves de colores vivos de los trópicos americanos, parientes de los martines "
     "pescadores, con una cola larga que en varias especies termina en dos raquetas que mueven "
     "como un péndulo. En Costa Rica, el momoto de corona azul o momoto común (Momotus lessonii), "
     "al que los campesinos llaman bobo por lo quieto que se queda posado, es frecuente en "
     "cafetales, charrales y jardines del Valle Central, pero necesita taludes de tierra para "
     "excavar los túneles de sus nidos. Los taludes de los caminos rurales se cubren de concreto "
     "o se cortan con maquinaria en plena época de cría. Este proyecto de una asociación "
     "ornitológica, dos municipalidades y cooperativas cafetaleras identifica los taludes con "
     "nidos, acuerda con las cuadrillas de caminos limpiarlos fuera de la temporada de anidación, "
     "deja tramos sin concreto, siembra arbustos nativos encima y enseña a las escuelas a contar "
     "los túneles ocupados. El guardabarranco de Guanacaste, los yigüirros y la roya del café se "
     "citan de paso.",
     ("momotos", "momoto de corona azul", "Momotus lessonii", "taludes", "proyectos"),
     ("CR",), "2025-02"),
    # --- velvet worms ----------------------------------------------------------------------------
    ("fl22", "need", "en",
     "Need: saving the pink velvet worm of Ngele forest from the edges of the pine plantations",
     "Velvet worms, or onychophorans, are soft-bodied, many-legged animals of damp forest floors, "
     "neither worms nor insects, that look like caterpillars covered in velvet and catch their "
     "prey by squirting sticky slime from two glands beside the mouth. Their lineage is more than "
     "500 million years old, and many species live in tiny ranges. The pink velvet worm "
     "(Opisthopatus roseus), pale pink and about five centimetres long, is known only from the "
     "Ngele forest, a mistbelt forest patch in southern KwaZulu-Natal, South Africa, surrounded "
     "by commercial pine plantations, and is assessed as critically endangered. The rotting logs "
     "where it shelters are taken away, and the forest edge dries out when neighbouring stands "
     "are clear-felled. The provincial conservation agency, a natural history museum and a "
     "forestry company ask for support to search the forest and nearby patches for the species, "
     "agree buffer strips and harvesting rules along the forest edge, leave dead wood in place "
     "and train forestry staff. Millipedes, earthworms, slugs and the cycads of the area are "
     "named in passing.",
     ("velvet worms", "onychophorans", "Opisthopatus roseus", "mistbelt forests", "needs"),
     ("ZA",), "2025-04"),
    ("fl23", "event", "fr",
     "Atelier de terrain en Basse-Terre : chercher et reconnaître les péripates de la Guadeloupe",
     "Les péripates, ou onychophores, sont de petits animaux mous à nombreuses pattes, au corps "
     "velouté, qui ne sont ni des vers ni des insectes : ils vivent dans la litière et le bois "
     "pourri des forêts humides et capturent leurs proies en projetant une glu par deux glandes "
     "situées près de la bouche. Leur lignée remonte à plus de 500 millions d'années. Dans les "
     "Petites Antilles, ils ne sont connus que de quelques îles ; en Guadeloupe, les rares "
     "mentions publiées datent pour la plupart de plusieurs décennies, et l'on ignore combien "
     "d'espèces y vivent. Le Parc national de la Guadeloupe, l'université des Antilles et une "
     "association naturaliste organisent du 9 au 11 février 2026 un atelier de terrain en forêt "
     "humide de Basse-Terre pour les agents, les étudiants et les naturalistes : biologie des "
     "péripates, recherche de nuit sous les troncs, photographies et prélèvements pour l'ADN, "
     "saisie des observations et précautions pour remettre le bois en place. Les mille-pattes, "
     "les hylodes et les mangoustes ne sont cités qu'en passant.",
     ("péripates", "onychophores", "invertébrés", "Basse-Terre", "événements"),
     ("GP",), "2025-11"),
    ("fl24", "project", "es",
     "Onicóforos de Nahuelbuta: troncos caídos, leña y plantaciones en la casa del gusano "
     "aterciopelado",
     "Los onicóforos, llamados gusanos aterciopelados o gusanos de terciopelo, son animales "
     "blandos de muchas patas, ni gusanos ni insectos, que viven bajo troncos podridos y "
     "hojarasca húmeda y cazan lanzando un chorro de sustancia pegajosa desde dos glándulas junto "
     "a la boca. En Chile vive Metaperipatus blainvillei, de color gris azulado, en los bosques "
     "templados del centro-sur. En la cordillera de Nahuelbuta, entre el Biobío y La Araucanía, "
     "sus bosques de robles y araucarias quedaron reducidos a fragmentos entre plantaciones de "
     "pino y eucalipto. Este proyecto de una universidad regional, la corporación forestal y "
     "propietarios de predios vecinos al Parque Nacional Nahuelbuta busca onicóforos en los "
     "fragmentos de bosque nativo, acuerda con los propietarios dejar los troncos caídos en lugar "
     "de sacarlos como leña, marca corredores de bosque nativo junto a los esteros y prepara con "
     "las escuelas material sobre este «fósil viviente». Las araucarias, el pudú, los incendios "
     "forestales y las ranitas de Darwin se citan de paso.",
     ("onicóforos", "gusanos aterciopelados", "Metaperipatus blainvillei", "Nahuelbuta",
      "proyectos"),
     ("CL",), "2024-12"),
    # --- giant lobelias --------------------------------------------------------------------------
    ("fl25", "dataset", "en",
     "Giant lobelias and groundsels of Mount Kenya's Teleki Valley: rosette growth, flowering and "
     "deaths, 1977-2024",
     "Above the forest on the high mountains of East Africa grow plants found nowhere else: giant "
     "lobelias and giant groundsels, rosette plants several metres tall that close their leaves "
     "over their buds at night against the frost, in a climate described as summer every day and "
     "winter every night. On Mount Kenya, Lobelia telekii, with a single furry flowering spike up "
     "to three metres high, flowers once and dies, while Lobelia deckenii subsp. keniensis stores "
     "water in its rosette and the tree groundsel Dendrosenecio keniodendron branches slowly over "
     "decades. This dataset of the wildlife service and the universities that have followed "
     "marked plants in the Teleki Valley since 1977 records, for each plant, rosette size, "
     "growth, flowering years, seed set and death, with temperature and frost data, and shows the "
     "plants moving uphill as the glaciers shrink. Rock hyraxes, sunbirds and the climbers' trail "
     "are named in passing.",
     ("giant lobelias", "giant groundsels", "Lobelia telekii", "afroalpine plants", "Mount Kenya",
      "datasets"),
     ("KE",), "2025-03"),
    ("fl26", "need", "fr",
     "Besoin : suivre les lobélies géantes et les séneçons géants des monts Rwenzori face au "
     "réchauffement",
     "Sur les monts Rwenzori, entre la République démocratique du Congo et l'Ouganda, l'étage "
     "afroalpin, entre 3 500 et 4 500 mètres, porte des forêts de séneçons géants et des lobélies "
     "géantes, plantes en rosette hautes de plusieurs mètres qui referment leurs feuilles la nuit "
     "pour protéger leur bourgeon du gel. Lobelia wollastonii, aux épis bleutés de plusieurs "
     "mètres, et Lobelia bequaertii ne vivent que sur ces montagnes et quelques sommets voisins. "
     "Côté congolais, dans le secteur nord du parc national des Virunga, les glaciers ont perdu "
     "l'essentiel de leur surface en un siècle, et l'on ignore comment ces plantes réagissent. "
     "L'Institut congolais pour la conservation de la nature et une université sollicitent un "
     "appui pour installer des placettes permanentes le long de l'itinéraire de Kalonge vers les "
     "sommets, marquer et mesurer les rosettes, poser des enregistreurs de température et former "
     "des gardes et des porteurs au suivi. Les damans, les souimangas et les gorilles de montagne "
     "ne sont cités qu'en passant.",
     ("lobélies géantes", "séneçons géants", "Lobelia wollastonii", "Rwenzori", "besoins"),
     ("CD",), "2025-06"),
    ("fl27", "project", "es",
     "Jibara del Sanetti: la lobelia gigante de las montañas de Bale y los pastores que la cortan",
     "La jibara (Lobelia rhynchopetalum), una lobelia gigante endémica de las montañas de "
     "Etiopía, forma una roseta de hojas largas y plateadas de la que sale, tras años de "
     "crecimiento, un tallo florido de hasta seis metros de alto; florece una sola vez y muere. "
     "Crece por encima de los 3.500 metros, en las praderas y matorrales afroalpinos, y en el "
     "Parque Nacional de las Montañas de Bale, en la meseta de Sanetti, forma rodales densos. Los "
     "pastores cortan sus tallos huecos para leña y para levantar cercas, y el ganado pisotea las "
     "plantas jóvenes. Este proyecto de la autoridad etíope de vida silvestre, una universidad de "
     "Oromía y las asociaciones de pastores del parque marca los rodales, acuerda zonas de corta "
     "por turnos y zonas cerradas, siembra semillas en parcelas valladas y mide cada año cuántas "
     "rosetas sobreviven y florecen. Los lobos etíopes, las ratas topo gigantes y los brezos "
     "arborescentes se citan de paso.",
     ("lobelias gigantes", "jibara", "Lobelia rhynchopetalum", "montañas de Bale", "proyectos"),
     ("ET",), "2024-10"),
    # --- white-sand forests (kerangas, varillales) -----------------------------------------------
    ("fl28", "case-study", "en",
     "What is left of Brunei's kerangas: mapping the heath forests on white sand and what "
     "clearing leaves behind",
     "Kerangas, an Iban word for land that will not grow rice, is the heath forest of Borneo: a "
     "low, dense forest of slender trees with small, leathery leaves growing on bleached white "
     "sand, poor in nutrients and quick to drain, where pitcher plants, ant plants and orchids "
     "are common. It covers a small share of the island, and many of its plants live nowhere "
     "else. This case study of the forestry department and the university of Brunei Darussalam "
     "maps the kerangas left in the country from satellite images and field plots in the Badas "
     "and Andulau areas and along the coast, and follows patches cleared for roads, housing and "
     "farms. It shows that cleared kerangas does not grow back but turns into open scrub on bare "
     "sand, locally called padang, because the thin layer of humus is lost and seedlings dry out, "
     "and it ranks the remaining patches for addition to the forest reserves. Peat swamp forests "
     "and the oil fields of the coast are named in passing.",
     ("kerangas", "heath forests", "white-sand forests", "Borneo", "case studies"),
     ("BN",), "2024-09"),
    ("fl29", "document", "fr",
     "Guide : reconnaître les forêts sur sables blancs de la plaine côtière de Guyane",
     "Sur les sables blancs de la plaine côtière de Guyane, entre Mana, Iracoubo et Sinnamary, "
     "pousse une forêt à part : basse, claire, aux arbres grêles et aux feuilles coriaces, sur un "
     "sol de sable lessivé, pauvre et sec, avec en sous-bois des broméliacées, des orchidées et "
     "un tapis de lichens. Ces forêts sur sables blancs, qu'on retrouve sous d'autres noms "
     "ailleurs en Amazonie, comme les campinaranas du Brésil et les varillales du Pérou, abritent "
     "des plantes qui ne vivent nulle part ailleurs en Guyane. Elles sont défrichées pour "
     "l'agriculture, les lotissements et les pistes, et brûlent facilement. Ce guide du "
     "conservatoire botanique, de l'Office national des forêts et d'une association naturaliste "
     "aide les agents, les bureaux d'études et les élus à les reconnaître : critères de sol et de "
     "végétation, espèces indicatrices, photographies, carte des sites connus, et conseils pour "
     "les éviter dans les projets d'aménagement et les inscrire parmi les zones naturelles "
     "d'intérêt écologique. Les savanes, les mangroves et les tortues marines ne sont cités qu'en "
     "passant.",
     ("forêts sur sables blancs", "végétation", "plaine côtière", "Guyane", "guides"),
     ("GF",), "2025-05"),
    ("fl30", "dataset", "es",
     "Varillales de la Reserva Nacional Allpahuayo-Mishana: parcelas permanentes de árboles y "
     "aves, 2004-2024",
     "Los varillales son los bosques de arena blanca de la Amazonía peruana: bosques bajos y "
     "densos de árboles delgados, las varillas, que crecen sobre arenas blancas de cuarzo, muy "
     "pobres en nutrientes. En el Brasil se llaman campinaranas. Son islas dentro de la selva, "
     "con plantas y aves propias, y la Reserva Nacional Allpahuayo-Mishana, a unos 25 kilómetros "
     "de Iquitos junto a la carretera a Nauta, protege la mayor extensión conocida del país. Este "
     "conjunto de datos del instituto de investigaciones de la Amazonía peruana y de la jefatura "
     "de la reserva reúne veinte años de parcelas permanentes en varillales altos y bajos y en "
     "los chamizales, más abiertos: especie, diámetro, altura y estado de cada árbol, "
     "regeneración y recuentos de las aves especialistas, como la perlita de Iquitos y el "
     "hormiguero de Allpahuayo. También registra la tala de varillas para construir casas y las "
     "chacras abiertas junto a la carretera. Las palmeras de aguaje, los delfines de río y el "
     "camu camu se citan de paso.",
     ("varillales", "bosques de arena blanca", "Allpahuayo-Mishana", "parcelas permanentes",
      "conjuntos de datos"),
     ("PE",), "2025-02"),
)  # fmt: skip
