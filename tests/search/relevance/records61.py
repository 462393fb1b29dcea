"""Clearing-house records of the sixty-first judged relevance set
(tests/search/relevance/queries61.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on bears (the brown bears that raid the rubbish bins of Brașov; the
ours brun of the Pyrenees and the Réseau Ours Brun; a need for the oso andino, oso de anteojos,
ukuku or ucumari, of Cusco and Apurímac); on giraffes (photo-identification of reticulated giraffes
in Kenya's community conservancies; the girafes of Kouré, the last of West Africa, in Niger; a
Spanish zoo guide to jirafas and their support to field conservation); on capybaras (capybaras,
ticks and spotted fever in the parks of Campinas; the cabiais, or cochons d'eau, of the savanes and
marais of French Guiana; a need for the carpinchos of Nordelta, called chigüiro, chigüire or
ronsoco elsewhere); on coconut palms (the coconut rhinoceros beetle in Solomon Islands and Vanuatu;
the cocoteraies and coprah of the Tuamotu; a need for cocoteros tolerant of amarillamiento letal on
the Garifuna coast of Honduras); on gooseneck barnacles (a Nuu-chah-nulth fishery on Vancouver
Island; the pouces-pieds of Belle-Île-en-Mer; the percebes and percebeiros of the Costa da Morte);
on pine resin tapping (chir pine resin in Nepal's community forests; the gemmage of the Landes
revived with closed pots; a Mexican guide to resinación in the pine forests of Michoacán); on urban
meadows and reduced mowing (verges and park lawns of Greater Manchester and No Mow May; the gestion
différenciée and fauchage tardif of Walloon communes; separadores floridos and less cutting of
pasto kikuyo in Bogotá); on Indigenous rangers (Australia's Indigenous ranger groups; the gardiens
du territoire of the Atikamekw Nitaskinan; a need for the guardia indígena A'i Cofán of Sinangoe);
on cruise tourism (Antarctic expedition cruises and IAATO; Bora Bora's limit on paquebots de
croisière; a need for a carrying-capacity study of cruceros in Cozumel); and on phenology (Nature's
Calendar in the United Kingdom; the Phénoclim observers of the French Alps; a guide for the
observers of the Spanish red fenológica). English, French and Spanish, 10 records each, every topic
written once in each language (different countries, projects and angles, not translations of one
text).

None of records.py, records3.py, ..., records59.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (bear, ours, ourse, oso, Ursus, Tremarctos, anteojos, ukuku,
ucumari, jukumari, grizzly, polar bear; giraffe, girafe, jirafa, Giraffa, okapi; capybara, cabiai,
capibara, carpincho, chigüiro, chigüire, ronsoco, Hydrochoerus, cochon d'eau; coconut, cocotier,
cocoteraie, cocotero, coco, cocal, copra, coprah, Oryctes, rhinoceros beetle, lethal yellowing,
amarillamiento letal, jaunissement létal; barnacle, gooseneck, pouce-pied, pousse-pied, anatife,
percebe, percebeiro, Pollicipes, cirripède; resin, résine, resina, resin tapping, gemmage, gemmeur,
resinación, resinero, turpentine, térébenthine, aguarrás, trementina, rosin, colophane, brea;
mowing, mow, lawn, verge, meadow, tonte, fauche, fauchage tardif, gestion différenciée, prairie
fleurie, pelouse, siega, guadaña, césped, pasto, pradera urbana, No Mow May; ranger, Indigenous
ranger, guardian, gardien, gardien du territoire, guardia indígena, guardaparques comunitarios,
vigilantes comunales, watchmen, Working on Country, Indigenous Protected Area; cruise, croisière,
paquebot, crucero, crucerista, IAATO, Antarctic tourism; phenology, phénologie, fenología, first
flowering, floraison, floración, débourrement, feuillaison, brotación, leafing, Nature's Calendar,
Phénoclim). Screened and dropped as covered: sloths (bn10-bn12), tapirs (bo01-bo03), axolotls
(s10-s12), horseshoe crabs (l25-l27), sawfishes (bj04-bj06), dragonflies (bq01-bq03), orchids
(o13-o15, be07-be09), cycads (bb04-bb06), lichens (bf28-bf30), edible insects (records38), sea
cucumbers (j25-j27), jellyfish (s19-s21), giant clams (bk07-bk09), queen conch (bc01-bc03), river
dolphins (ba01-ba03), freshwater mussels (br01-br03), crayfish (bm07-bm09), beavers (l28-l30),
chestnuts (bp28-bp30), sacred groves (u08), quinoa (ba22-ba24), cassava (bc13-bc15), penguins
(bn07-bn09), condors (u27, x12), macaws (ba19-ba21), albatrosses (l01-l03), sargassum (w31-w33),
coral bleaching (t13-t15), coastal dunes (bt04-bt06), fog collectors (bh28-bh30), soil salinization
(j13-j15), frankincense (ba04-ba06), red-eared sliders and other freshwater turtles (bm10-bm12),
rattan and basketry (bx28-bx30), heathlands (bp04-bp06), oases and date palms (z04-z06), permafrost
and village relocation (bq04-bq06), besides the topics of sets 42 to 59 and those their docstrings
list as covered, and the chemicals, waste, pollution, energy and biosafety topics left to set 60;
screened with no or passing hits but not chosen: lemurs, okapis, peccaries, platypus, fynbos,
fonio, urban foxes, Amazonian river turtles (near bm10-bm12).

The nearest are the pages that name bears in passing: the elk, bears and wolves of the Banff
wildlife crossings (be22), the lynx, bears and wolves of the Romanian old-growth forests (bk10) and
the leopards and bears that take the flocks of Himalayan herders (bt10), and the oso hormiguero,
the giant anteater, of the Argentine roadkill page (be24), which is no bear; the frankincense pages
(ba04-ba06), whose resin is tapped from Boswellia, not from pines, and the resineros of Extremadura
who lost their pines to the pine wood nematode (bt30), passing; the Fakarava biosphere reserve
project that restores an abandoned cocoteraie among other tasks (bz05), and the cocotiers of the
Mayotte, Kandyan and Martinique home gardens (bz26, ce13, ce14), passing; the barnacles fouling
ship hulls and ballast (u04, bs25), no gooseneck barnacles; the Mount Auburn cemetery dataset,
whose title and subjects name its meadows and which records less mowing (cm25), and the
Île-de-France cemetery guide that lists fauche tardive among its practices (cm26), judged 1 to the
reduced-mowing and urban-meadow queries, while the ragweed mowing pages (bq25-bq27), the robotic
lawnmowers of the hedgehog pages (cc01, cc02) and the brown roofs of cg13 are not; the need to pay
Emberá and Wounaan guardians of harpy eagle nests (ck03), judged 1 to the Indigenous ranger
queries, while the Makushi rangers of ck01, the Butchulla rangers of the dingo guide (cm22), the
rangers who map the gubinge trees (ce28), the young rangers of the Brewarrina fish traps (ce19) and
the guardaparques comunitarios and comunales of the tapir and dry-forest needs (bo03, bw06) are
passing; the Luminous Lagoon case study, whose title and text name the cruise port next door and
the dredging for its pier (cm19), judged 1 to the cruise queries, while the cruise passengers
paying Bonaire's nature fee (bs16), the cruceros that the Central American fee workshop would
charge (bs18), the research cruises of the hydrothermal vent page (by06), the cruise ships of the
low emission zone and port reception pages (cb06, cb30, cl25, cl27) and the croisières crossing the
belugas' fjord (bs05) are passing; and the Burkinabè signs of the rainy season read in the
flowering and leafing of trees (ce23), the fenología taught at the Chamela summer school (bu24) and
the débourrement of the frost dataset (bu26), passing to the phenology queries. No golden page is
about these ten topics (the only hits are words such as "course" and "bearing", a "timing of
purchases" and a lion reintroduction page naming Indigenous communities). records60.py (ids
cn01..cn30, electric buses, data centres, cryptocurrency mining, vehicle air conditioning, diesel
generators, parliamentarians, medicines containing GMOs, fumigated shipping containers, drug
precursor chemicals and plastic roads), written at the same time by another engineer, was searched
for the same words once it was finished: none of its records is about these topics (the zona
cocalera of the VRAEM, cn27, grows coca, not cocos; the Kenya of the Arusha workshop for
parliamentarians, cn16, the Vanuatu of the vehicle air-conditioning offer, cn10, and the Ecuador of
the need for asambleístas, cn18, are passing).

Traps: the tourists who feed bears from their cars on the Transfăgărășan (co01) and the patous and
parcs électrifiés of co02 are other sets' topics named in passing; the guardaparques and promotores
comunales of the ukuku need (co03), the community rangers who photograph giraffes in the Kenyan
conservancies (co04) and the Nuu-chah-nulth guardians who check the barnacle beds (co13) are
passing mentions, 0 to the Indigenous ranger queries; the black bears, ours noirs, near the
Atikamekw camps (co23) are passing, 0 to the bear queries; the frequent grass cutting against ticks
in Campinas (co07) is the opposite of reduced mowing, 0; the coconut palms of the hotel motu of
Bora Bora (co26) are passing, 0 to the coconut queries, and the kaveu, the coconut crabs of co11,
and the hurricanes Eta and Iota of co12 are other sets' topics; the percebe imported from Marruecos
and Canadá named by the Galician dataset (co15) makes it about Canada for the exclusion queries,
and the Asturian and Galician percebeiros whose rules inspired the Belle-Île plan (co14) do not
make co14 a Galician page; the España of the pinares resineros of Segovia with which the Michoacán
guide compares (co18) makes co18 about Spain for the exclusion queries; the Uganda of co06 is the
only country named by that guide; the Colombia, Venezuela and Perú of co09 are named only for the
capybara's names. Pages of other sets' topics named in passing: the caïmans noirs of co08, the
gelées tardives of co29, the swifts and vencejos of co28 and co30, the hedgehogs of co19, the
cimetières of co20, the colibríes of co21, the ghost nets and cool burning of co22, the caribou of
co23, the penguins of co25, the nourrissage of rays and sharks and the PGEM of co26, the sargazo
and the fee per cruise passenger of co27, the fires of co16 and co17 and the descortezadores of
co18.

Ids (co01..co30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cl01..cl30, cm01..cm30), nor with records60.py's (cn01..cn30), and no earlier id starts with "co".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- bears -----------------------------------------------------------------------------------
    ("co01", "case-study", "en",
     "Bears in the bins: brown bears, rubbish and a rapid response team in Brașov, Romania",
     "Romania holds more brown bears (Ursus arctos) than any other country of the European "
     "Union, perhaps 7,500 to 8,000 in the Carpathians, and some of them have learned to feed in "
     "towns. In Brașov, bears from the forested slopes of Tâmpa and Postăvarul walk at night "
     "into the blocks of flats of Răcădău and Noua, tip over rubbish containers and sleep in "
     "gardens. This case study reviews what the city and the county have done since 2016: "
     "bear-resistant waste containers locked with a steel bar, fines for leaving food waste out, "
     "an intervention team with the gendarmerie and a veterinarian that chases bears away with "
     "rubber bullets and dogs or tranquillises and moves them, and talks in schools. It counts "
     "the calls, the bears moved or shot and the people injured each year. It also discusses the "
     "drivers who feed bears from their cars on the Transfăgărășan road, which teaches cubs to "
     "beg, and the 2024 law that raised the yearly number of bears that may be killed.",
     ("brown bears", "Ursus arctos", "human-wildlife conflict", "urban wildlife", "Carpathians"),
     ("RO",), "2024-11"),
    ("co02", "project", "fr",
     "Ours brun des Pyrénées : suivi transfrontalier de la population et appui aux éleveurs en "
     "estive",
     "Presque disparu des Pyrénées dans les années 1990, l'ours brun y a été réintroduit avec "
     "des ours capturés en Slovénie, de 1996 jusqu'aux lâchers de deux ourses en Béarn en 2018. "
     "Le Réseau Ours Brun, animé par l'Office français de la biodiversité avec les services de "
     "Catalogne, d'Aragon, de Navarre et d'Andorre, a compté au moins 83 individus en 2023, "
     "surtout en Ariège, en Haute-Garonne et dans le Val d'Aran. Le projet organise le suivi : "
     "pièges à poils, appareils photographiques automatiques, analyses génétiques, relevés "
     "d'indices par des agents et des bénévoles. Il finance aussi la protection des troupeaux de "
     "brebis en estive, avec des bergers d'appui, le regroupement nocturne, des chiens de "
     "protection (patous) et des parcs électrifiés, l'expertise rapide des dégâts et leur "
     "indemnisation. Une cellule de médiation réunit éleveurs, élus et associations, dans des "
     "vallées où l'ours divise toujours. Les fiches de suivi de l'ourse Caramelles, tuée par un "
     "chasseur en 2021, sont publiques.",
     ("ours brun", "Pyrénées", "réintroduction", "pastoralisme", "coexistence homme-faune"),
     ("FR", "ES", "AD"), "2024-02"),
    ("co03", "need", "es",
     "Necesidad: reducir los conflictos con el oso andino, el ukuku, en las comunidades "
     "altoandinas de Cusco y Apurímac",
     "El oso andino u oso de anteojos (Tremarctos ornatus), el único oso de Sudamérica, vive en "
     "los bosques montanos, la ceja de selva y los pajonales de puna desde Venezuela hasta "
     "Bolivia, y come sobre todo achupallas, frutos y brotes. En Cusco y Apurímac los comuneros "
     "lo llaman ukuku o ucumari (en Bolivia, jukumari) y lo honran en la fiesta del Qoyllur "
     "Rit'i, pero lo cazan cuando entra a las chacras de maíz o mata una vaca. La dirección "
     "regional de fauna y el SERNANP solicitan apoyo para verificar los ataques al ganado con "
     "cámaras trampa y necropsias, crear un fondo de compensación con las municipalidades "
     "distritales, probar corrales nocturnos y apiarios protegidos, y capacitar a guardaparques "
     "y promotores comunales. Piden también estudios genéticos y collares GPS para conocer los "
     "movimientos de los osos entre el Santuario Histórico de Machu Picchu, la cordillera de "
     "Vilcabamba y el Santuario Nacional de Ampay.",
     ("oso andino", "oso de anteojos", "Tremarctos ornatus", "conflictos entre personas y fauna",
      "Andes"),
     ("PE",), "2024-03"),
    # --- giraffes --------------------------------------------------------------------------------
    ("co04", "dataset", "en",
     "Reticulated giraffes of northern Kenya: photographic identification and counts in "
     "community conservancies, 2016-2024",
     "The reticulated giraffe, with its sharp-edged, liver-coloured patches, lives almost only "
     "in northern Kenya and the neighbouring edges of Ethiopia and Somalia, and fell from some "
     "36,000 animals in the 1990s to under 16,000 by 2018. This dataset, kept by a giraffe "
     "conservation trust with the Kenya Wildlife Service and community conservancies of Samburu, "
     "Isiolo and Laikipia, holds photographs of the right flank of more than 4,000 individual "
     "giraffes, matched by pattern-recognition software that reads each coat like a fingerprint, "
     "with sighting dates, group size, calves and GPS positions. It adds aerial counts, the "
     "tracks of 40 giraffes fitted with solar-powered tags on their ossicones, and records of "
     "carcasses and their causes: poaching for meat, snares, power lines and the drought of "
     "2022, when dozens died near dry water pans. Most sightings are gathered by community "
     "rangers trained in the conservancies; visitors add more through a phone app.",
     ("giraffes", "reticulated giraffe", "photo-identification", "community conservancies",
      "wildlife monitoring"),
     ("KE",), "2024-06"),
    ("co05", "project", "fr",
     "Les dernières girafes d'Afrique de l'Ouest : vivre avec les girafes dans la zone de Kouré, "
     "au Niger",
     "La girafe d'Afrique de l'Ouest (Giraffa camelopardalis peralta) ne survit plus qu'au "
     "Niger. En 1996 il n'en restait que 49, réfugiées sur le plateau de Kouré et dans le Dallol "
     "Bosso, à une soixantaine de kilomètres au sud-est de Niamey, au milieu des champs de mil "
     "et de niébé et hors de toute aire protégée. Grâce à la protection de l'État et à la "
     "tolérance des villageois, on en compte environ 700 aujourd'hui. Le projet, porté par le "
     "ministère de l'environnement avec une association de sauvegarde des girafes et des "
     "communes rurales, finance des microcrédits et des jardins maraîchers pour les familles qui "
     "subissent des dégâts aux cultures, plante des gaos et d'autres arbres fourragers, forme "
     "des écoguides villageois pour les visiteurs venus de Niamey et organise le comptage annuel "
     "par photo-identification. Il prépare aussi le renforcement du petit groupe transféré en "
     "2018 dans la réserve de Gadabedji, pour ne plus dépendre d'un seul troupeau.",
     ("girafes", "girafe d'Afrique de l'Ouest", "coexistence homme-faune", "écotourisme", "Kouré"),
     ("NE",), "2023-11"),
    ("co06", "document", "es",
     "Guía para el manejo de jirafas en los parques zoológicos españoles y su apoyo a la "
     "conservación en África",
     "La ley española de parques zoológicos obliga a cada centro a participar en la conservación "
     "de las especies que exhibe. Esta guía, preparada por la asociación ibérica de zoos y "
     "acuarios con los coordinadores del programa europeo de cría, se dirige a los cuidadores y "
     "veterinarios de los zoológicos y safaris que mantienen jirafas, en su mayoría jirafas de "
     "Rothschild o nubias. Explica cómo diseñar recintos con suelos que no dañen las pezuñas, "
     "comederos altos y refugios templados en invierno; cómo alimentar a estos ramoneadores con "
     "ramón fresco de acacia, morera y sauce en lugar de mucho pienso; cómo entrenarlas para el "
     "recorte de pezuñas y las extracciones de sangre sin anestesia, y cómo transportarlas. "
     "Recuerda que las jirafas han perdido cerca del 40 % de su población en treinta años, una "
     "extinción silenciosa, y propone que cada zoo destine una parte de la entrada a proyectos "
     "de campo, como el traslado de jirafas a nuevos parques de Uganda.",
     ("jirafas", "parques zoológicos", "conservación ex situ", "bienestar animal", "guías"),
     ("ES",), "2024-01"),
    # --- capybaras -------------------------------------------------------------------------------
    ("co07", "case-study", "en",
     "Capybaras, ticks and Brazilian spotted fever: managing urban capybara groups in Campinas",
     "In the interior of São Paulo state, capybaras (Hydrochoerus hydrochaeris), the largest "
     "rodents in the world, have multiplied along rivers and urban lakes, fed by sugarcane "
     "fields and lawns and free of jaguars and pumas. Groups of twenty or more graze the parks "
     "of Campinas, Piracicaba and São Carlos, and they host the star tick (Amblyomma sculptum), "
     "which carries the bacterium of Brazilian spotted fever, a disease that kills about half of "
     "the people infected. After several deaths of visitors to the Lagoa do Taquaral park, the "
     "city and state health services worked with veterinarians of a university to study the "
     "groups. This case study explains what was tried: fencing of lake shores, frequent grass "
     "cutting and tick control in the busiest areas, warning signs, capture of whole groups in "
     "corrals, surgical sterilisation that keeps the animals' hormones and territorial "
     "behaviour, and the rejection of culling, which only let new capybaras move in. It compares "
     "tick counts and human cases before and after.",
     ("capybaras", "urban wildlife", "Brazilian spotted fever", "ticks", "zoonoses"),
     ("BR",), "2023-07"),
    ("co08", "dataset", "fr",
     "Cabiais des savanes et des marais de Guyane : comptages nocturnes et prélèvements "
     "déclarés, 2012-2024",
     "Le cabiai (Hydrochoerus hydrochaeris), qu'on appelle aussi capybara ou cochon d'eau, est "
     "le plus grand rongeur du monde ; en Guyane il vit en groupes dans les savanes inondables "
     "du littoral, les marais de Kaw et les anciennes rizières de Mana. Chassé pour sa viande, "
     "il n'était soumis à aucune limite jusqu'à l'arrêté préfectoral qui encadre depuis 2020 la "
     "chasse de plusieurs espèces en Guyane. Ce jeu de données, réuni par l'Office français de "
     "la biodiversité, la réserve naturelle des marais de Kaw-Roura et des associations de "
     "chasseurs, rassemble les comptages nocturnes au projecteur, faits en pirogue le long de "
     "transects fixes, les images de pièges photographiques des savanes de Sinnamary et "
     "d'Iracoubo, et les carnets de prélèvement remplis par les chasseurs. Il donne aussi les "
     "niveaux d'eau et les feux de savane. Les caïmans noirs et les oiseaux d'eau notés pendant "
     "les comptages sont versés dans une base distincte.",
     ("cabiai", "capybara", "chasse", "savanes inondables", "suivi des populations"),
     ("GF",), "2024-09"),
    ("co09", "need", "es",
     "Necesidad: plan de convivencia con los carpinchos de Nordelta y los humedales del delta "
     "del Paraná",
     "En 2021 los carpinchos (Hydrochoerus hydrochaeris) se hicieron famosos en todo el país al "
     "pasear por los jardines, lagos y calles de Nordelta, un barrio cerrado del partido de "
     "Tigre construido sobre humedales del bajo delta del Paraná. Para muchos vecinos eran una "
     "invasión; para otros, los dueños originales del lugar que volvían. El municipio y el "
     "organismo provincial de fauna solicitan apoyo para censar los grupos, seguir sus "
     "movimientos con collares, evaluar métodos de control de natalidad sin matanzas, diseñar "
     "corredores verdes y lagunas de refugio dentro de las urbanizaciones, y reducir los choques "
     "con autos y los ataques de perros sueltos. Piden también campañas sobre cómo convivir con "
     "el carpincho, al que llaman chigüiro en Colombia, chigüire en Venezuela y ronsoco en Perú, "
     "y apoyo técnico para que una ley de humedales limite nuevos rellenos en el delta.",
     ("carpinchos", "capibaras", "humedales", "urbanizaciones", "fauna urbana"),
     ("AR",), "2024-04"),
    # --- coconut palms ---------------------------------------------------------------------------
    ("co10", "project", "en",
     "Saving the coconut palms of Solomon Islands and Vanuatu from the coconut rhinoceros beetle",
     "Across the Pacific the coconut palm is the tree of life: it gives food, drink, oil, copra "
     "for cash, thatch, timber and fibre, and holds beaches against the waves. Since 2015 a "
     "strain of the coconut rhinoceros beetle (Oryctes rhinoceros) that the virus used to "
     "control the beetle elsewhere does not kill has spread from Guam to Honiara and around "
     "Guadalcanal, and was found in Port Vila in 2019. The adult beetles bore into the crown and "
     "eat the growing leaves; repeated attacks kill the palm. This project, run by the "
     "agriculture ministries with a regional organisation, helps villages find and destroy the "
     "breeding sites, which are rotting coconut logs, sawdust and compost heaps, sets pheromone "
     "traps, tests a local fungus that infects the grubs, and strengthens checks on timber, soil "
     "and plants shipped between islands. Farmers replant with seedlings of local tall "
     "varieties, interplanted with root crops and fruit trees.",
     ("coconut palms", "coconut rhinoceros beetle", "invasive species", "biosecurity",
      "Pacific islands"),
     ("SB", "VU"), "2024-05"),
    ("co11", "document", "fr",
     "Régénérer les cocoteraies des Tuamotu : guide de replantation des cocotiers et de la "
     "végétation indigène",
     "Dans les atolls des Tuamotu, la plupart des cocoteraies ont été plantées entre 1920 et "
     "1960 pour le coprah, qui reste, avec un prix d'achat soutenu par le Pays, le principal "
     "revenu de nombreuses familles. Ces cocotiers ont aujourd'hui plus de soixante ans, "
     "produisent peu de noix et se brisent lors des houles et des coups de vent. Ce guide, "
     "préparé par la direction de l'agriculture avec des coprahculteurs de Rangiroa, de Fakarava "
     "et de Tikehau, explique comment régénérer une cocoteraie sans tout abattre : choisir les "
     "noix de semence sur les meilleurs arbres, les faire germer en pépinière, replanter par "
     "bandes en gardant des arbres adultes, espacer les plants et éliminer les vieux stipes où "
     "nichent les rats. Il recommande de garder ou de replanter sur chaque motu les arbres "
     "indigènes, comme le Pisonia, le tou et le miki miki, qui abritent les oiseaux marins et "
     "freinent l'érosion, et de respecter les kaveu, les crabes de cocotier, qui vivent dans les "
     "cocoteraies.",
     ("cocotiers", "cocoteraies", "coprah", "atolls", "végétation indigène"),
     ("PF",), "2023-05"),
    ("co12", "need", "es",
     "Necesidad: plantas de coco tolerantes al amarillamiento letal para las comunidades "
     "garífunas de la costa norte de Honduras",
     "En las playas de Tela, Trujillo y Santa Fe, los garífunas han vivido del cocotero por "
     "generaciones: del coco sacan el aceite, el pan de coco y la leche para el tapado y el "
     "machuca, y con las hojas techan sus casas. Desde los años noventa el amarillamiento letal, "
     "una enfermedad causada por un fitoplasma que transmite una chicharrita, Haplaxius crudus, "
     "ha matado la mayoría de los cocales de la costa: las palmas amarillean, botan los cocos y "
     "quedan como postes. Los huracanes Eta e Iota, en 2020, derribaron muchas de las que "
     "quedaban. Las organizaciones garífunas y la secretaría de agricultura solicitan apoyo para "
     "establecer viveros comunitarios con variedades tolerantes, como el enano malasino y sus "
     "híbridos, diagnosticar la enfermedad en laboratorio, capacitar a jóvenes en el manejo de "
     "los cocales y recuperar la venta de agua de coco y de aceite a los turistas de la costa.",
     ("cocoteros", "amarillamiento letal", "garífunas", "sanidad vegetal",
      "seguridad alimentaria"),
     ("HN",), "2024-02"),
    # --- gooseneck barnacles ---------------------------------------------------------------------
    ("co13", "case-study", "en",
     "Gooseneck barnacles on the wild coast: a Nuu-chah-nulth fishery co-managed on the west "
     "coast of Vancouver Island",
     "Gooseneck barnacles (Pollicipes polymerus) cluster in dense beds on rocks pounded by the "
     "open Pacific, where Nuu-chah-nulth families have gathered them for thousands of years. "
     "After commercial harvesting by outsiders in the 1990s stripped some beds, the fishery was "
     "closed, then reopened in 2011 as a small commercial fishery held by Nuu-chah-nulth Nations "
     "under an agreement with Fisheries and Oceans Canada. This case study describes how it "
     "works: harvesters chosen by the Nations cut the barnacles by hand at low tide from "
     "rotating sites in Clayoquot Sound and Barkley Sound, take only large ones and leave part "
     "of every cluster so that young barnacles can settle, within yearly quotas set from surveys "
     "of bed area and size. Catches are sold fresh to restaurants in Vancouver and flown to "
     "Spain and Portugal. It sets out the role of the hereditary chiefs (ha'wiih), the safety "
     "training for work on surf-swept rocks, and the checks on the beds made by the Nations' own "
     "guardians.",
     ("gooseneck barnacles", "Pollicipes polymerus", "Indigenous fisheries", "co-management",
      "rocky shores"),
     ("CA",), "2023-09"),
    ("co14", "project", "fr",
     "Pouces-pieds de Belle-Île-en-Mer : un plan de gestion avec les pêcheurs à pied "
     "professionnels",
     "Sur la côte sauvage de Belle-Île-en-Mer, dans le Morbihan, le pouce-pied (Pollicipes "
     "pollicipes), un crustacé cirripède qui vit fixé en touffes sur les rochers battus par la "
     "houle, est récolté par une vingtaine de pêcheurs à pied professionnels titulaires d'une "
     "licence. Après des années de pillage par des braconniers qui revendaient les pouces-pieds "
     "à prix d'or, le comité régional des pêches, une université bretonne et l'État ont défini "
     "un plan de gestion que ce projet met en œuvre : pêche ouverte seulement quelques mois "
     "d'hiver, quota journalier par pêcheur, taille minimale, rotation des secteurs, mise en "
     "réserve de certains rochers du site Natura 2000 et déclaration de toutes les captures. Le "
     "projet suit la densité des touffes sur des quadrats photographiés chaque année, forme les "
     "pêcheurs aux dangers de la houle et organise les contrôles avec les gardes du littoral. Il "
     "s'inspire des règles appliquées aux percebeiros des Asturies et de la Galice.",
     ("pouces-pieds", "Pollicipes pollicipes", "pêche à pied professionnelle", "plan de gestion",
      "estran rocheux"),
     ("FR",), "2024-01"),
    ("co15", "dataset", "es",
     "Percebe de la Costa da Morte: capturas, tallas y días de trabajo de los percebeiros de las "
     "cofradías, 2010-2024",
     "En la Costa da Morte gallega, de Malpica a Muxía, los percebeiros bajan a las rocas "
     "batidas por el mar con la rasqueta y una cuerda para arrancar el percebe (Pollicipes "
     "pollicipes) en las bajamares. La extracción se organiza en planes de explotación que cada "
     "cofradía, como las de Corme, Laxe o Camariñas, aprueba con la consellería del mar: zonas, "
     "cupo diario por percebeiro, talla mínima, días de descanso y vigilancia contra el "
     "furtivismo. Este conjunto de datos reúne, por zona y por día, los kilos vendidos en la "
     "lonja, el precio, el número de percebeiros que salieron, las tallas medidas en muestreos y "
     "los días perdidos por temporal, junto con los censos de cobertura de percebe en parcelas "
     "fijas hechos por los biólogos de las cofradías. Permite ver cómo se recuperaron las "
     "piedras cerradas a la extracción y cómo el precio se dispara en Navidad. El percebe "
     "importado de Marruecos y de Canadá se registra aparte.",
     ("percebes", "Pollicipes pollicipes", "marisqueo", "cofradías", "Galicia"),
     ("ES",), "2024-12"),
    # --- pine resin tapping ----------------------------------------------------------------------
    ("co16", "project", "en",
     "Resin tapping in the chir pine community forests of Nepal: safer methods and fairer prices",
     "In the middle hills of Nepal, community forest user groups earn much of their income by "
     "selling resin tapped from chir pine (Pinus roxburghii) to factories that distil it into "
     "rosin and turpentine. Contractors used to hire tappers who cut deep, wide blazes on "
     "several faces of each tree, which weakened the pines, let them snap in storms and left "
     "resin-soaked wounds that carry ground fires into the crowns. This project works with 60 "
     "user groups in Palpa, Tanahun and Dadeldhura to bring in the rill method: narrow upward "
     "grooves on a single face no wider than a third of the trunk, rest years, collection in "
     "covered cups and bags so that the resin stays clean, and no tapping of trees under 30 "
     "centimetres in diameter. It trains tappers, many of them women and landless families, "
     "helps the groups sell by open tender, and records yields, tree damage and fires in tapped "
     "and untapped stands.",
     ("resin tapping", "chir pine", "community forestry", "non-timber forest products", "Nepal"),
     ("NP",), "2023-10"),
    ("co17", "case-study", "fr",
     "Le retour du gemmage dans la forêt des Landes de Gascogne : étude de cas sur la récolte de "
     "résine en vase clos",
     "Pendant plus d'un siècle, des milliers de gemmeurs ont saigné les pins maritimes des "
     "Landes pour récolter la gemme, une résine qui donnait l'essence de térébenthine et la "
     "colophane ; le gemmage a disparu vers 1990, concurrencé par les résines importées et par "
     "la chimie du pétrole. Depuis une dizaine d'années, une entreprise et des propriétaires "
     "forestiers le relancent avec une méthode nouvelle : au lieu de la carre ouverte, entaillée "
     "au hapchot et exposée à la pluie, une petite blessure à la base du tronc est stimulée et "
     "coiffée d'une poche hermétique, qui donne une résine propre, sans aiguilles ni eau, "
     "recherchée par la parfumerie et la pharmacie. Cette étude de cas suit trois saisons de "
     "récolte sur 5 000 pins : rendement par arbre, croissance des pins gemmés, temps de "
     "travail, revenu des propriétaires et emplois de nouveaux gemmeurs. Elle évoque les grands "
     "incendies de 2022 en Gironde, qui ont détruit une partie des parcelles d'essai.",
     ("gemmage", "résine de pin", "pin maritime", "produits forestiers non ligneux",
      "Landes de Gascogne"),
     ("FR",), "2024-03"),
    ("co18", "document", "es",
     "Guía de buenas prácticas de resinación para los bosques de pino de Michoacán",
     "México es uno de los mayores productores de resina de pino de América, y buena parte sale "
     "de los ejidos y comunidades indígenas purépechas de la meseta de Michoacán, como Nuevo San "
     "Juan Parangaricutiro, donde la resinación da trabajo a cientos de familias y ayuda a que "
     "el bosque valga más en pie que convertido en huerta de aguacate. Esta guía de la comisión "
     "forestal del estado explica a los resineros cómo abrir las caras de resinación solo en "
     "pinos de más de 25 centímetros de diámetro, la anchura y la profundidad de cada pica, el "
     "uso moderado de la pasta estimulante, la colocación de canaletas y bolsas, el número de "
     "caras por árbol y los años de descanso, y cómo evitar que los árboles debilitados se "
     "quiebren o se llenen de descortezadores. Explica también el registro ante la autoridad "
     "forestal, el transporte en tambos hasta las destiladoras que producen brea y aguarrás, y "
     "compara con la pica de corteza de los pinares resineros de Segovia, en España.",
     ("resinación", "resina de pino", "manejo forestal comunitario",
      "productos forestales no maderables", "Michoacán"),
     ("MX",), "2023-06"),
    # --- urban meadows and reduced mowing --------------------------------------------------------
    ("co19", "dataset", "en",
     "Letting the grass grow: plants and pollinators on reduced-mowing verges and park lawns of "
     "Greater Manchester, 2019-2024",
     "Councils used to cut urban grass every two or three weeks from March to October. Since "
     "2019 several boroughs of Greater Manchester have mown differently: short, frequently cut "
     "strips are kept along paths and sight lines, while the rest of many road verges, park "
     "edges and housing estate lawns is cut once or twice a year, in late summer, with the "
     "cuttings collected so that the soil gets poorer and wildflowers can compete with the "
     "grasses. Many residents also join No Mow May by leaving their own lawns uncut in spring. "
     "This dataset gathers the monitoring of 120 paired plots, mown and unmown: plant species "
     "and flower counts each month, transect counts of bumblebees, hoverflies and butterflies, "
     "grass height, the cost and fuel of mowing, and the complaints and compliments logged by "
     "the councils. It also records where yellow rattle was sown to weaken the grasses and where "
     "urban meadows were sown with native seed. Hedgehogs seen in the long grass are noted.",
     ("urban meadows", "reduced mowing", "road verges", "pollinators", "urban biodiversity"),
     ("GB",), "2024-11"),
    ("co20", "document", "fr",
     "Gestion différenciée et fauchage tardif : guide pour les espaces verts et les bords de "
     "routes des communes wallonnes",
     "En Wallonie, plus de 200 communes appliquent le fauchage tardif des bords de routes, qui "
     "repousse la coupe des accotements après le 1er août, sauf sur une bande de sécurité, et la "
     "plupart se sont engagées dans le Plan Maya en faveur des abeilles et des autres "
     "pollinisateurs. Ce guide s'adresse aux ouvriers communaux, aux éco-conseillers et aux "
     "élus. Il explique la gestion différenciée : classer les espaces verts selon leur usage, "
     "garder des pelouses tondues pour les jeux et les abords, transformer les grandes pelouses "
     "peu fréquentées en prairies fleuries fauchées une ou deux fois par an, exporter le produit "
     "de fauche, semer des fleurs sauvages d'origine locale plutôt que des mélanges horticoles. "
     "Il donne un calendrier de fauche, le matériel adapté, moins gourmand en carburant et moins "
     "dangereux pour la petite faune, des modèles de panneaux pour expliquer aux habitants que "
     "l'herbe haute n'est pas un abandon, et des exemples de parcs, de cimetières et de zonings "
     "d'entreprises.",
     ("gestion différenciée", "fauchage tardif", "prairies fleuries", "pollinisateurs",
      "espaces verts communaux"),
     ("BE",), "2023-04"),
    ("co21", "project", "es",
     "Separadores y parques floridos: menos cortes de pasto y más plantas nativas en Bogotá",
     "En Bogotá casi todas las zonas verdes, desde los separadores de las avenidas hasta las "
     "rondas de las quebradas, están cubiertas de pasto kikuyo, una gramínea africana que se "
     "corta con guadaña cada pocas semanas. Este proyecto del jardín botánico de la ciudad, con "
     "la secretaría de ambiente y varias alcaldías locales, prueba otra forma de manejo en 40 "
     "hectáreas: franjas cortadas a ras junto a andenes y ciclorrutas, y el resto del pasto "
     "dejado crecer y cortado solo dos veces al año, cuando ya han florecido y semillado, con "
     "siembra de plantas nativas de la sabana y de los cerros, como salvias, chilcas, cucharos y "
     "margaritas de páramo, que atraen abejorros, mariposas y colibríes. Mide la diversidad de "
     "plantas e insectos, la humedad del suelo en las temporadas secas, el costo de la guadañada "
     "y la opinión de los vecinos, algunos de los cuales reclaman por el pasto alto y la "
     "inseguridad. Incluye talleres con los operarios que hacían la poda de pasto para la "
     "empresa de aseo.",
     ("praderas urbanas", "manejo diferenciado de zonas verdes", "pasto kikuyo", "polinizadores",
      "biodiversidad urbana"),
     ("CO",), "2024-07"),
    # --- Indigenous rangers ----------------------------------------------------------------------
    ("co22", "dataset", "en",
     "Indigenous ranger groups of Australia: rangers employed, country managed and work done, "
     "2009-2024",
     "Since the Working on Country programme began in 2007, Indigenous ranger groups have become "
     "the largest workforce caring for land and sea in remote Australia. This dataset, compiled "
     "from the annual reports of the national Indigenous Rangers Program and of the "
     "organisations that host the groups, lists for each of some 130 groups the number of "
     "rangers, the share of women, the area of country managed, whether it lies in an Indigenous "
     "Protected Area, and the work done each year: early dry-season cool burning, control of "
     "feral buffalo, camels, pigs and cats, weed spraying, sea country patrols that report "
     "illegal fishing and remove ghost nets, turtle and dugong surveys, and trips with elders to "
     "teach young people the names and stories of places. It adds the contracts signed with "
     "government agencies, mining companies and carbon projects, and the sites where rangers and "
     "scientists combine Indigenous knowledge with monitoring.",
     ("Indigenous rangers", "Indigenous Protected Areas", "caring for country",
      "traditional knowledge", "fire management"),
     ("AU",), "2024-08"),
    ("co23", "project", "fr",
     "Gardiens du territoire : un programme de surveillance autochtone dans le Nitaskinan "
     "atikamekw",
     "Sur le Nitaskinan, le territoire ancestral des Atikamekw Nehirowisiw en Haute-Mauricie, au "
     "Québec, les communautés de Manawan, de Wemotaci et d'Opitciwan ont créé leur programme de "
     "gardiens du territoire, financé en partie par le programme fédéral des gardiens "
     "autochtones. Une douzaine de gardiens parcourent le territoire en camion, en canot et en "
     "motoneige : ils rencontrent les familles qui occupent les territoires de chasse, "
     "surveillent les chantiers de coupe forestière et les chemins qui s'ouvrent, notent les "
     "sites de sépulture et de campement à protéger, mesurent la qualité de l'eau des lacs et "
     "accompagnent les relevés du caribou forestier et de l'orignal. Ils signalent aussi les "
     "ours noirs qui rôdent autour des campements et des pourvoiries. Le projet forme les "
     "gardiens aux premiers soins, à la cartographie et au dialogue avec les agents de la faune, "
     "et organise des séjours en forêt où les aînés transmettent aux jeunes la langue et les "
     "savoirs du territoire.",
     ("gardiens du territoire", "gardiens autochtones", "Premières Nations",
      "savoirs traditionnels", "surveillance du territoire"),
     ("CA",), "2023-12"),
    ("co24", "need", "es",
     "Necesidad: equipos y formación para la guardia indígena A'i Cofán de Sinangoe, en las "
     "cabeceras del río Aguarico",
     "La comuna A'i Cofán de Sinangoe, en Sucumbíos, vive junto al Parque Nacional Cayambe-Coca, "
     "en las cabeceras del río Aguarico. Desde 2017 su guardia indígena, formada por una "
     "treintena de hombres y mujeres de la comunidad, recorre a pie y en canoa unas 63.000 "
     "hectáreas de su territorio para detectar la minería de oro ilegal, la tala y la cacería de "
     "foráneos, y en 2018 sus registros con cámaras trampa y drones sirvieron para que los "
     "jueces dejaran sin efecto 52 concesiones mineras otorgadas sin consulta. La comunidad, con "
     "la federación cofán, solicita apoyo para reponer GPS, cámaras, radios y motores fuera de "
     "borda, pagar un seguro y un incentivo mensual a los guardias, capacitarlos en primeros "
     "auxilios, manejo de datos y protocolos de seguridad, y compartir su experiencia con otras "
     "nacionalidades amazónicas. Pide además que el ministerio del ambiente reconozca a la "
     "guardia en el plan de manejo del parque.",
     ("guardia indígena", "monitoreo comunitario", "pueblos indígenas", "minería ilegal",
      "Amazonía"),
     ("EC",), "2024-05"),
    # --- cruise tourism --------------------------------------------------------------------------
    ("co25", "dataset", "en",
     "Antarctic expedition cruises: ship visits, landings and passengers by site, 1989-2024",
     "Tourism in Antarctica grew from a few thousand visitors a year in the early 1990s to more "
     "than 120,000 in the 2023-24 season, most of them on expedition cruise ships sailing to the "
     "Antarctic Peninsula, and a growing number on large cruise ships that do not land. This "
     "dataset, compiled from the post-visit reports that operators file with their national "
     "authorities under the Antarctic Treaty and from the International Association of "
     "Antarctica Tour Operators (IAATO), gives for each landing site and season the number of "
     "ship calls, landings, passengers ashore, small-boat cruises, kayaking trips and camping "
     "nights. It is linked to the site guidelines for visitors adopted by the Treaty parties, "
     "which fix the paths, the areas closed near penguin colonies and moss banks, and the rules "
     "of no more than 100 passengers ashore at once and one ship at a site at a time. Notes "
     "cover the pause of 2020-21 and the biosecurity measures against avian influenza.",
     ("cruise tourism", "Antarctic tourism", "visitor site guidelines", "IAATO",
      "Antarctic Treaty"),
     ("AQ",), "2024-10"),
    ("co26", "case-study", "fr",
     "Bora Bora limite les paquebots : étude de cas sur la capacité de charge d'un lagon face au "
     "tourisme de croisière",
     "Bora Bora reçoit chaque année une cinquantaine d'escales de paquebots de croisière, dont "
     "les passagers débarquent par navettes au quai de Vaitape et se répartissent en quelques "
     "heures sur le lagon, les motu et les plages. Quand les navires de plus de 3 000 passagers "
     "se sont multipliés, les habitants, les pêcheurs et les pensions de famille se sont "
     "inquiétés de la saturation des sites, des ancrages, des rejets et de la pression sur les "
     "récifs où les excursions nourrissent raies et requins. Cette étude de cas retrace la "
     "décision de la commune, avec le Pays, de limiter à partir de 2025 le nombre de "
     "croisiéristes à environ 1 200 par jour et d'écarter les plus gros paquebots, la "
     "concertation qui l'a précédée et les effets attendus sur l'économie de l'île. Elle compare "
     "avec les quotas de visiteurs d'autres îles et présente le plan de gestion de l'espace "
     "maritime (PGEM), qui organise les usages du lagon. Les cocotiers des motu hôteliers n'y "
     "sont cités que pour le paysage.",
     ("tourisme de croisière", "capacité de charge", "lagons", "récifs coralliens",
      "Polynésie française"),
     ("PF",), "2024-10"),
    ("co27", "need", "es",
     "Necesidad: estudio de capacidad de carga del turismo de cruceros en Cozumel y sus "
     "arrecifes",
     "Cozumel, en Quintana Roo, es uno de los puertos de cruceros más visitados del mundo: en "
     "2023 recibió más de 1.200 arribos y unos cuatro millones de cruceristas, que bajan por "
     "unas horas a bucear, hacer esnórquel, ir a la playa y comprar en San Miguel. Sus "
     "arrecifes, dentro del Parque Nacional Arrecifes de Cozumel, ya sufrieron el dragado para "
     "los muelles existentes y hoy enfrentan el síndrome blanco de los corales, el sargazo y el "
     "exceso de visitantes en sitios como Palancar y El Cielo. El proyecto de un cuarto muelle "
     "de cruceros, frenado por amparos ciudadanos, reabrió el debate. La dirección del parque y "
     "el municipio solicitan apoyo para un estudio independiente de capacidad de carga que "
     "cuente a los visitantes por sitio y por día, evalúe el estado de los corales y la calidad "
     "del agua, proponga límites y turnos para las excursiones, y diseñe un cobro por crucerista "
     "que financie el monitoreo.",
     ("turismo de cruceros", "capacidad de carga", "arrecifes de coral",
      "áreas naturales protegidas", "Cozumel"),
     ("MX",), "2024-06"),
    # --- phenology -------------------------------------------------------------------------------
    ("co28", "dataset", "en",
     "Nature's Calendar: volunteer records of the timing of spring and autumn in the United "
     "Kingdom, 1736-2024",
     "Phenology, the study of the timing of recurring natural events, has a long history in "
     "Britain: the Marsham family of Norfolk noted the first leaves, flowers and birds of spring "
     "from 1736 for nearly two centuries. This dataset, managed by a woodland conservation "
     "charity with an ecology research centre, brings those historical series together with some "
     "three million records sent since 1998 by volunteers across the United Kingdom. Each record "
     "gives the date, place and observer of one of about 70 events: first flowering of hawthorn, "
     "blackthorn and wood anemone, first leafing of oak, ash and horse chestnut, the first "
     "swallows, swifts and orange-tip butterflies, frogspawn, and in autumn the ripening of "
     "blackberries and the tinting and fall of leaves. Quality checks and observer notes are "
     "included. The series show that many spring events now come one to two weeks earlier than "
     "in the late twentieth century, and that species respond differently, which may leave some "
     "out of step with the insects or plants they depend on.",
     ("phenology", "citizen science", "climate change impacts", "seasonal events",
      "long-term monitoring"),
     ("GB",), "2024-12"),
    ("co29", "project", "fr",
     "Phénoclim : des observateurs bénévoles suivent le débourrement et la floraison des arbres "
     "dans les Alpes",
     "Depuis 2004, le programme Phénoclim, animé par un centre de recherches sur les écosystèmes "
     "d'altitude basé à Chamonix, invite écoles, particuliers, accompagnateurs en montagne et "
     "agents des espaces protégés à observer la phénologie des plantes des Alpes françaises. "
     "Chaque observateur choisit près de chez lui quelques arbres de dix espèces, comme le "
     "bouleau, le frêne, le mélèze, l'épicéa, le noisetier, le lilas ou le sorbier des "
     "oiseleurs, et note au printemps les dates de débourrement, de feuillaison et de début de "
     "floraison, et à l'automne le jaunissement des feuilles. Des stations installées de 300 à 2 "
     "500 mètres mesurent la température de l'air et la durée de l'enneigement. Le projet forme "
     "les observateurs, anime un réseau d'écoles et publie les résultats : au-dessus de 1 500 "
     "mètres, le débourrement avance nettement lors des printemps chauds, ce qui expose les "
     "jeunes feuilles aux gelées tardives. Il suit aussi par satellite la date de reverdissement "
     "des alpages.",
     ("phénologie", "sciences participatives", "changement climatique", "Alpes", "arbres"),
     ("FR",), "2023-03"),
    ("co30", "document", "es",
     "Guía del observador fenológico: cómo anotar la floración, la llegada de las aves y la "
     "caída de la hoja",
     "La red de observadores fenológicos de la agencia estatal de meteorología reúne desde "
     "mediados del siglo XX a voluntarios de toda España, muchos de ellos agricultores, maestros "
     "y guardas forestales, que anotan cada año las fechas de los fenómenos periódicos de "
     "plantas y animales. Esta guía explica qué y cómo observar: elegir siempre los mismos "
     "ejemplares en un lugar fijo; registrar la brotación, la primera floración, la plena "
     "floración y la maduración del fruto del almendro, el olivo, la vid, el chopo, la encina y "
     "otras especies; anotar la llegada y la partida de la golondrina, el vencejo, la cigüeña "
     "blanca y el abejaruco y el primer canto del cuco, y, en otoño, la coloración y la caída de "
     "la hoja. Incluye fichas con fotografías de cada fase, el calendario de envío de los datos "
     "y ejemplos de su uso: cigüeñas que ya no se van en invierno, almendros que florecen en "
     "enero y vendimias cada vez más tempranas.",
     ("fenología", "observación voluntaria", "cambio climático", "floración", "aves migratorias"),
     ("ES",), "2022-11"),
)  # fmt: skip
