"""Clearing-house records of the eighty-third judged relevance set
(tests/search/relevance/queries83.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on swallows (the barn swallow roost of Boje, in Cross River State,
and its former trappers; a Québec guide to the hirondelles de rivage of the sablières; a need for
the nests of the golondrina común and the avión común in the pueblos of the campiña of Córdoba); on
red kites (thirty-five years since the reintroduction in the Chilterns; the dortoirs d'hivernage of
the milan royal in the Massif central; a need against the venenos and tendidos eléctricos that kill
the milano real in Castilla y León and Aragón); on the scarlet ibis (the roost counts of the Caroni
Swamp in Trinidad; the ibis rouge colonies that move with the mangroves of French Guiana; a need
for the corocoro colorado of the garceros of the llanos of Apure); on orcas (the Southern Resident
killer whales of the Salish Sea; the orques that take the légine from the palangriers of Crozet; a
guide for sailors on the orcas ibéricas between the Strait of Gibraltar and Galicia); on elephant
seals (the northern elephant seals of Point Reyes; the éléphants de mer of the Kerguelen that carry
oceanographic tags; the elefantes marinos of Península Valdés after the H5N1 of 2023); on cardamom
(the Cardamom Hill Reserve of Idukki, Kerala; the cardamome sauvage, the mak naeng, of Nam Et-Phou
Louey in Laos; a need for secadoras and shade for the cardamomo of Alta Verapaz); on insect hotels
(the bee hotels of Toronto; a French guide to hôtels à insectes for communes and schools; hoteles
de insectos for the abejas nativas of the colegios of Santiago de Chile); on off-road vehicles in
natural areas (the four-wheel drives of Stockton Beach and the Worimi Conservation Lands; a Québec
guide to VTT and motoneiges in the tourbières; a need to order the areneros and cuatrimotos of the
Paracas reserve); on mayflies (the Tisza blooming of the long-tailed mayfly; the mannes, as Québec
calls the éphémères, of the lac Saint-Pierre; the efímeras of the Ebro under the bridges of
Zaragoza); and on kapok trees, the ceibas (the randu kapok of Pati in Central Java; the fromagers
sacrés of Porto-Novo and the Ouémé valley; a need for the ceibas, the yaxché of the Maya, of
Yucatán). English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records81.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (swallow, hirondelle, golondrina, martin, avión común, avión
zapador, Hirundo, Riparia, Delichon, Hirundinidae; red kite, kite, milan royal, milan, milano real,
milano, Milvus; scarlet ibis, ibis, ibis rouge, ibis escarlata, corocoro, guará, Eudocimus; orca,
killer whale, orque, épaulard, Orcinus; elephant seal, éléphant de mer, elefante marino, Mirounga,
seal, phoque, foca; cardamom, cardamome, cardamomo, Elettaria, Amomum, spice, épice, especia;
insect hotel, bee hotel, bug hotel, hôtel à insectes, hotel de insectos, solitary bee, abeilles
solitaires, abejas solitarias, osmie; off-road, ORV, quad, 4x4, four-wheel drive, VTT,
tout-terrain, motoneige, snowmobile, todoterreno, cuatrimoto, arenero, tubular, motocross, dune
buggy; mayfly, éphémère, manne, efímera, Ephemeroptera, Palingenia, Hexagenia, Ephoron; ceiba,
kapok, fromager, silk-cotton, randu, yaxché, pochote, Ceiba pentandra, Bombax). Screened and
dropped as covered: food forests (the Kandyan forest gardens of the home garden need ce13), wild
mushroom picking (the truffle guide bn06), sea urchins (y13), octopus closures (bt17), spiny
lobsters (bt18), tortoises (bw01-bw03), anteaters (be24), manta rays (bc07-bc09), the giant African
snail (bf07-bf09), crown-of-thorns starfish (bi28-bi30), cycads (bb04-bb06), sandalwood
(ba25-ba27), rosewood (o10-o12), araucarias (bo04-bo06), gum arabic (bf04-bf06), bark beetles
(bn16-bn18), trophy hunting (bo13-bo15), bushmeat (q37-q39), cover crops (bw10-bw12), dam removal
and fish passes (m25-m27), artificial reefs (bh16-bh18), açaí (next to the heart of palm pages
cy28-cy30), beavers (l28-l30), truffles (bn04-bn06), lichens (bf28-bf30), bumblebees (bl19-bl21),
dragonflies (bq01-bq03), hornbills (bu01-bu03), manatees (bm04-bm06), wildlife crossings
(be22-be24), caves (r01-r03), edible insects (br10-br12) and remarkable trees (the yew pages
cy10-cy12, whose subjects name ancient trees, arbres remarquables and árboles singulares), besides
the topics of sets 42 to 81 and those their docstrings list as covered, and the chemicals, waste,
pollution, energy and biosafety topics left to set 82; screened with no or passing hits but not
chosen: sardines, skylarks, eiders, okapis, coelacanths, wax palms, European rollers (the carraca
named by di18), sea star wasting disease and chimpanzees (the anthrax dataset bz14 has chimpanzés
among its subjects).

The nearest are the bromadiolone case study of Franche-Comté (ct05), whose title names the milans
royaux it poisoned and whose subjects name the milan royal, judged 1 to the red kite queries and 2
to the red kite poisoning query, while the milanos killed with other birds by the baits of Tierra
de Campos (ct06) are passing, and the milan noir of the Garonne (br05) and the brahminy kites of
Langkawi (cc07) are other kites; and the need for the chorlo nevado of Atacama and Coquimbo (cc15),
whose title and subjects name the vehicles on the beaches, its camionetas 4x4, motos and
cuatrimotos, judged 1 to the off-road vehicle queries, while the four-wheel-drive clubs of the
hooded plover page (cc13), the vehículos fuera de pista of the hubara counts (bj03), the motoneige
of the Atikamekw guardians (co23) and the small off-road engines of the leaf blower guidance (cv07)
are passing. No page of the pool is about swallows: the golondrinas that benefit from the swift
measures (ce09), the coupes à hirondelles among the nest boxes of bf23 (0, as set 51 judged bf23 to
the swift queries), the first swallows of the phenology pages (co28, co30), the hirondelles of the
ringing guide (be29), the hirondelle bicolore of dc20 and dg26, the golondrinas of cs21 and dg27
and the avión zapador, the sand martin, of cw03 and di18 are passing, and the nids d'hirondelle and
nidos de golondrina of the edible nest pages (bg01-bg03) are the nests of swiftlets: 0. The
northern bald ibis pages (cm01-cm03) are no scarlet ibis; the monk seal (cg01-cg03) and sea lion
(ci01-ci03) pages and the H5N1 pages (k12, ci02) name no elephant seal; no page names an orca, a
killer whale or cardamom; the mayflies coming back to the streams of br04 and ck16 are passing; the
hôtels à insectes among the measures of the golf inventories (cw17) and the solitary bees of the
London living roofs (cg13) are passing; the silk-cotton, fromager and ceiba nest trees of the harpy
eagle pages (ck01-ck03), the fromager planted in the buffer zone of the Lama (ck08) and the
silk-cotton trees of the adjutant stork colonies (bt01) are passing, and La Ceiba, the town of the
lobster workshop (bt18), and the Ceiba, a cargo schooner (cj21), are no trees. In the golden files,
the only hits are a chemical that is fatal if swallowed and the off-road use of lifted golf carts.

records82.py (ids dj01..dj30, on chemicals, pollution, waste, energy, trade and biotechnology
topics: formalin in food, thermal paper receipts, tritium discharges, plastic straws, palm oil mill
effluent, coal dust, energy poverty, exports of banned pesticides, DNA synthesis screening and
model laws), written at the same time by another engineer, was searched for the same words once it
was finished: none of its records is about these topics, and none names a swallow, a kite, an ibis,
an orca, a seal, cardamom or any other spice, an insect hotel or a bee, an off-road vehicle, a
dune, a mayfly or a ceiba; its nearest words are the beaches, playas and rivers of its straw, palm
oil and coal dust pages (dj10, dj12, dj13, dj14, dj17, dj18) and the insecticides of the French ban
on exports of banned pesticides (dj23).

Traps: the black kites and hobbies of dk01 (0 to the red kite queries); the VTT riders of dk02 (0
to the off-road vehicle queries); the hoteles de insectos of the colegios of dk03 (0 to the insect
hotel queries); the Spain from which the kites of dk04 came, so that dk04 is about Spain for the
"-España" query; the milan noir of dk05; the egrets and herons of dk07, the aigrettes and spatules
of dk08 and the garzas, gabanes and cotúas of dk09; the seals hunted by the transient orcas of
dk10; the cachalots of dk11 and the éléphants de mer hunted by its orcas (0 to the elephant seal
queries); the almadrabas and atún rojo of dk12; the harbor seals of dk13 and the otaries and
manchots of dk14; the orcas of Punta Norte and the lobos marinos of dk15 (0 to the orca queries);
the silver oak, eucalyptus and elephants of dk16; the culture sur brûlis of dk17; the ceiba planted
for shade by dk18 (0 to the ceiba queries); the wasps and introduced bees of dk19 and the bourdons
of dk20; the abejorro europeo of dk21; the plovers and oystercatchers of dk22; the cerf de Virginie
of dk23; the lobos marinos and aves playeras of dk24; the swallows and terns that feast on the
mayflies of dk25 (0 to the swallow queries) and the cyanide spill of Baia Mare; the perchaudes of
dk26; the bicycles and street lights of dk27; the fruit bats and home gardens of dk28; the irokos
sacrés of dk29; the pochotes and the milpa of dk30. For the country queries: dk04 and dk06 name
Spain, dk10 the United States and Canada, dk12 Spain, Portugal and France, dk13 the United States,
Mexico and British Columbia, dk25 Hungary and Serbia; dk07 names Venezuela beside Trinidad, and
dk08 Suriname and Brazil; of the cardamom pages only dk16 names India, and of the insect hotel
pages only dk21 names Chile.

Ids (dk01..dk30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dh01..dh30, di01..di30), nor with records82.py's (dj01..dj30), and no earlier id starts with "dk".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- swallows -----------------------------------------------------------------------------
    ("dk01", "project", "en",
     "Protecting the barn swallow roost of Boje, Cross River State: from glue sticks to roost "
     "guardians",
     "Every year from October to April, hundreds of thousands of barn swallows (Hirundo rustica) "
     "that breed in Europe gather at dusk to roost in the elephant grass around Boje village, in "
     "the Boki area of Cross River State, south-eastern Nigeria, one of the largest swallow "
     "roosts known in Africa. For generations young men caught them on sticks smeared with "
     "sticky latex and sold them as bush food in the markets of Ikom and Calabar, taking tens of "
     "thousands of birds in a season. This project, run by a national conservation foundation "
     "with the village council and a European bird ringing group, pays former trappers as roost "
     "guardians, keeps the grass stands from being burnt or cleared for farms, and rings birds "
     "whose recoveries link the roost to breeding sites across Europe. Evening visits for "
     "birdwatchers bring some income to the village. The black kites and hobbies that hunt the "
     "swallows at dusk are counted too.",
     ("barn swallows", "Hirundo rustica", "migratory birds", "roost protection",
      "community conservation"),
     ("NG",), "2024-02"),
    ("dk02", "document", "fr",
     "Hirondelles de rivage dans les sablières : guide de bonnes pratiques pour les exploitants "
     "du Québec",
     "L'hirondelle de rivage (Riparia riparia), la plus petite de nos hirondelles, creuse son "
     "terrier dans les talus verticaux de sable. Au Québec, faute de berges naturelles, la "
     "majorité des colonies se trouvent aujourd'hui dans les sablières et les gravières, où un "
     "front de taille peut accueillir des centaines de couples de mai à août. L'espèce a perdu "
     "plus de 90 % de ses effectifs depuis les années 1970 et figure sur la liste des espèces en "
     "péril du Canada. Ce guide, produit avec l'association des exploitants de carrières et de "
     "sablières, explique comment ne pas détruire de nids, ce que la loi interdit : laisser en "
     "paix les talus occupés pendant la saison, adoucir avant la fin d'avril les fronts qu'on "
     "exploitera l'été, aménager à l'écart un talus de nidification et signaler les colonies à "
     "l'atlas des oiseaux nicheurs. Il recommande aussi de tenir loin des fronts les chiens et "
     "les adeptes de VTT qui grimpent les talus. L'hirondelle rustique des granges voisines est "
     "traitée dans une autre fiche.",
     ("hirondelle de rivage", "Riparia riparia", "sablières", "espèces en péril", "guides"),
     ("CA",), "2024-04"),
    ("dk03", "need", "es",
     "Necesidad: censo y protección de los nidos de golondrina común y avión común en los "
     "pueblos de la campiña de Córdoba",
     "La golondrina común (Hirundo rustica) y el avión común (Delichon urbicum), que crían en "
     "cuadras, soportales y aleros, han disminuido en España más de un tercio desde finales de "
     "los años noventa, según los programas de seguimiento de aves comunes. En los pueblos de la "
     "campiña cordobesa, como Montilla, La Rambla o Santaella, desaparecen las cuadras y los "
     "corrales, las calles asfaltadas ya no dejan charcos de barro para hacer los nidos, y "
     "muchos vecinos tiran los nidos al pintar las fachadas en primavera, aunque la ley los "
     "protege todo el año. La diputación provincial, con un grupo local de ornitólogos, solicita "
     "apoyo para censar los nidos casa por casa con los colegios, instalar nidos artificiales y "
     "tablillas que recojan los excrementos bajo los nidos ocupados, mantener charcas de barro "
     "en primavera y preparar una ordenanza que obligue a revisar las fachadas antes de dar "
     "licencias de obra. En los mismos colegios se han instalado hoteles de insectos, que no "
     "forman parte de la solicitud.",
     ("golondrinas", "Hirundo rustica", "avión común", "aves urbanas", "necesidades"),
     ("ES",), "2024-03"),
    # --- red kites ----------------------------------------------------------------------------
    ("dk04", "case-study", "en",
     "Red kites back over the Chilterns: a case study of thirty-five years since the "
     "reintroduction",
     "By the 1980s the red kite (Milvus milvus), once a common scavenger in English towns, "
     "survived in Britain only in the hills of mid-Wales, after centuries of persecution. "
     "Between 1989 and 1994 ninety-three young kites brought from Spain were released on private "
     "estates in the Chiltern Hills, in one of the first reintroductions of a bird of prey in "
     "England. This case study follows what happened next: the first breeding in 1992, a "
     "population that spread across the Chilterns and along the M40 corridor and now numbers "
     "well over a thousand pairs, and the young birds taken from there to found new populations "
     "elsewhere in England and in Northern Ireland. It looks at the threats that remain, chiefly "
     "secondary poisoning by rodenticides, lead and illegal baits, at the effect of people "
     "feeding kites in gardens and at the visitors drawn by feeding stations. It also asks what "
     "the donor regions of Spain, where the species is declining, gained from the exchange.",
     ("red kites", "Milvus milvus", "reintroduction", "birds of prey", "Chiltern Hills"),
     ("GB",), "2024-06"),
    ("dk05", "project", "fr",
     "Milan royal : suivre les dortoirs d'hivernage et réduire les mortalités dans le Massif "
     "central",
     "La France accueille la deuxième population nicheuse de milans royaux (Milvus milvus) "
     "d'Europe après l'Allemagne, et le Massif central, de l'Auvergne à l'Aveyron, en abrite une "
     "grande part. L'hiver, des milans venus d'Allemagne et de Suisse y rejoignent les oiseaux "
     "sédentaires dans des dortoirs de quelques dizaines à plusieurs centaines d'individus, dans "
     "des bosquets proches des décharges et des élevages. Ce projet, inscrit dans le plan "
     "national d'actions en faveur de l'espèce et mené par une association naturaliste avec les "
     "services de l'État, organise chaque janvier le comptage simultané des dortoirs, équipe "
     "trente jeunes de balises GPS et fait analyser les oiseaux trouvés morts : collisions avec "
     "les éoliennes et les lignes électriques, électrocutions, intoxications par les "
     "anticoagulants utilisés contre les campagnols et appâts empoisonnés. Il travaille avec les "
     "éleveurs et les exploitants de parcs éoliens sur l'arrêt des machines pendant les "
     "fenaisons et les labours, quand les milans chassent en nombre. Le milan noir, migrateur, "
     "est suivi à part.",
     ("milan royal", "Milvus milvus", "rapaces", "dortoirs", "plans nationaux d'actions"),
     ("FR",), "2023-12"),
    ("dk06", "need", "es",
     "Necesidad: frenar el envenenamiento y la electrocución del milano real en Castilla y León "
     "y Aragón",
     "El milano real (Milvus milvus), catalogado en peligro de extinción en España, ha perdido "
     "buena parte de su población reproductora desde los años noventa, sobre todo en Castilla y "
     "León, Aragón y Navarra, aunque cada invierno llegan decenas de miles de milanos del centro "
     "de Europa a los dormideros de sotos y choperas. Los cebos envenenados contra zorros y "
     "córvidos y el uso ilegal de plaguicidas siguen siendo la primera causa conocida de muerte, "
     "seguidos de la electrocución en apoyos de tendidos eléctricos mal diseñados. Las "
     "consejerías de medio ambiente de ambas comunidades, con una organización ornitológica, "
     "solicitan apoyo para reforzar las patrullas caninas que buscan venenos, costear necropsias "
     "y análisis toxicológicos en los centros de recuperación, corregir los apoyos más "
     "peligrosos identificados con datos de milanos marcados con GPS y formar a fiscales y "
     "agentes medioambientales en la investigación de estos delitos. Piden también un censo "
     "coordinado de los dormideros invernales.",
     ("milano real", "Milvus milvus", "venenos", "tendidos eléctricos", "necesidades"),
     ("ES",), "2024-05"),
    # --- scarlet ibis -------------------------------------------------------------------------
    ("dk07", "dataset", "en",
     "Scarlet ibis roost counts in the Caroni Swamp, Trinidad: evening census, nesting and "
     "poaching records, 1995-2024",
     "Every evening flocks of scarlet ibis (Eudocimus ruber), one of Trinidad and Tobago's two "
     "national birds, fly in from the mudflats of the Gulf of Paria to roost on mangrove islands "
     "in the Caroni Bird Sanctuary, a sight that draws boatloads of visitors along the swamp's "
     "channels. This dataset, kept by the wildlife section of the forestry division with the "
     "university's life sciences department, holds monthly counts of roosting ibis made from "
     "boats at sunset since 1995, the few years in which the birds nested in the swamp, reports "
     "of ibis shot or trapped for meat, and the number of tour boats and visitors. It adds "
     "mangrove cover mapped from aerial images, salinity, the drains and landfill that press on "
     "the swamp's edges, and the flocks seen crossing to and from the Orinoco delta in "
     "Venezuela. Counts of egrets and herons at the same roost are kept in a separate table.",
     ("scarlet ibis", "Eudocimus ruber", "mangroves", "waterbirds", "Caroni Swamp"),
     ("TT",), "2024-09"),
    ("dk08", "project", "fr",
     "L'ibis rouge du littoral guyanais : suivre les colonies qui se déplacent avec les "
     "mangroves",
     "Sur la côte de Guyane, l'ibis rouge (Eudocimus ruber), espèce protégée, niche en colonies "
     "de plusieurs milliers de couples dans les jeunes palétuviers qui colonisent les bancs de "
     "vase venus de l'Amazone. Ces bancs migrent le long du littoral, si bien que les mangroves "
     "naissent et meurent en quelques décennies et que les colonies changent de site, de "
     "l'estuaire du Sinnamary à la réserve naturelle de l'Amana en passant par les marais de "
     "Kaw. Le projet, mené par une association ornithologique avec le Conservatoire du littoral "
     "et les réserves naturelles, repère chaque saison les colonies par survol en ULM et par "
     "drone, compte les nids sans entrer dans la mangrove, bague des poussins et suit leurs "
     "déplacements vers le Suriname et le Brésil. Il travaille avec les chasseurs et les "
     "piroguiers contre le braconnage et le dérangement, et forme des guides à des sorties "
     "d'observation au coucher du soleil. Les aigrettes et les spatules des mêmes colonies sont "
     "aussi dénombrées.",
     ("ibis rouge", "Eudocimus ruber", "mangroves", "oiseaux coloniaux", "Guyane"),
     ("GF",), "2023-09"),
    ("dk09", "need", "es",
     "Necesidad: monitoreo del corocoro colorado en los garceros de los llanos de Apure",
     "En los llanos inundables de Apure, al final de las lluvias, el corocoro colorado "
     "(Eudocimus ruber), el ibis escarlata que en Brasil llaman guará, anida junto a garzas, "
     "gabanes y cotúas en los garceros, colonias que se instalan en los bosquecitos de las matas "
     "y en los esteros de los hatos. Los llaneros lo conocen desde siempre, y en algunos hatos "
     "el turismo de observación de aves vive de estos garceros. Sin embargo, los garceros se "
     "queman en verano, los esteros se drenan para sembrar arroz y los pichones se sacan para "
     "comerlos o venderlos como mascotas. Una fundación venezolana de conservación de aves, con "
     "una universidad de los llanos y propietarios de hatos, solicita apoyo para censar los "
     "garceros con vuelos y drones en cada temporada, contratar y formar a baquianos como "
     "guardas durante la anidación, marcar corocoros para saber hacia dónde se mueven en la "
     "sequía y preparar con los hatos un código de buenas prácticas para las visitas.",
     ("corocoro colorado", "Eudocimus ruber", "garceros", "llanos", "necesidades"),
     ("VE",), "2024-07"),
    # --- orcas --------------------------------------------------------------------------------
    ("dk10", "project", "en",
     "Southern Resident killer whales of the Salish Sea: more chinook salmon, quieter waters and "
     "boats kept at a distance",
     "The Southern Resident killer whales, the orcas of the J, K and L pods that spend summer "
     "and autumn in the inland waters between Washington State and British Columbia, numbered "
     "only about 73 in 2024, down from 98 in 1995. Unlike the transient orcas that hunt seals, "
     "they eat fish, above all chinook salmon, whose runs have shrunk with dams, lost estuaries "
     "and warming rivers. This project, run by a coalition of tribes, state and federal agencies "
     "and a whale research centre on San Juan Island, restores chinook habitat and funds "
     "hatchery releases timed for the whales, records underwater noise with hydrophones, and "
     "enforces the state rule that keeps recreational and whale-watching boats at least 300 "
     "yards from the whales, 1,000 yards from 2025. It works with the Canadian side, where "
     "voluntary slowdowns of ships in Haro Strait and interim sanctuary zones apply. "
     "Photo-identification of every calf, birth and death is shared across the border.",
     ("killer whales", "orcas", "Orcinus orca", "chinook salmon", "underwater noise"),
     ("US", "CA"), "2024-11"),
    ("dk11", "case-study", "fr",
     "Orques et palangriers autour de Crozet : étude de cas sur la déprédation de la légine "
     "australe",
     "Autour de l'archipel de Crozet, dans les Terres australes françaises, les palangriers "
     "réunionnais qui pêchent la légine australe, un grand poisson des grands fonds, voient "
     "leurs lignes vidées par des orques (Orcinus orca) et des cachalots qui ont appris à "
     "décrocher les poissons pendant la remontée. Cette étude de cas, fondée sur vingt ans de "
     "données de la pêcherie et de photo-identification recueillies par les contrôleurs de pêche "
     "embarqués, décrit l'ampleur des pertes, qui ont pu dépasser le quart des captures, et le "
     "déclin des orques de Crozet dans les années 1990, quand des navires illégaux leur tiraient "
     "dessus, avant une lente stabilisation. Elle évalue les parades essayées : quitter la zone "
     "dès l'arrivée des orques, raccourcir les lignes, remplacer les palangres par des casiers, "
     "et les règles de la réserve naturelle nationale des Terres australes. Elle rappelle que "
     "les mêmes orques chassent sur les plages de l'île de la Possession les jeunes éléphants de "
     "mer, qui ne sont pas traités ici.",
     ("orques", "Orcinus orca", "déprédation", "légine australe", "pêche palangrière"),
     ("TF",), "2023-11"),
    ("dk12", "document", "es",
     "Orcas ibéricas y embarcaciones a vela: guía para navegantes entre el estrecho de Gibraltar "
     "y Galicia",
     "Desde el verano de 2020, algunas orcas (Orcinus orca) de la pequeña subpoblación ibérica, "
     "unos cuarenta ejemplares catalogados como vulnerables que siguen al atún rojo entre el "
     "estrecho de Gibraltar y el golfo de Vizcaya, se acercan a veleros y empujan o muerden el "
     "timón, y varios barcos se han hundido. Esta guía del ministerio para la transición "
     "ecológica, preparada con Salvamento Marítimo y los grupos de investigación que "
     "fotoidentifican a cada orca, explica qué se sabe del comportamiento, qué zonas y meses "
     "concentran las interacciones, cómo consultar los avisos antes de zarpar y qué hacer si se "
     "acercan: navegar pegado a la costa en aguas someras cuando sea posible, avisar por radio, "
     "no acercarse a los animales ni arrojarles objetos. Recuerda que acosarlas es delito, reúne "
     "los protocolos de Portugal y Francia y explica cómo enviar fotos y vídeos para la "
     "identificación. Las almadrabas de atún de Barbate y Conil, donde las orcas también comen, "
     "no se tratan aquí.",
     ("orcas", "Orcinus orca", "orca ibérica", "navegación de recreo", "guías"),
     ("ES", "PT"), "2024-05"),
    # --- elephant seals -----------------------------------------------------------------------
    ("dk13", "dataset", "en",
     "Northern elephant seals at Point Reyes: pup counts, storm losses and a colony that grew "
     "from a single pup, 1981-2024",
     "Hunted for their oil, northern elephant seals (Mirounga angustirostris) had dwindled by "
     "the 1890s to a few dozen animals on Guadalupe Island, off Baja California. They have since "
     "returned to beaches from Mexico to British Columbia, and in 1981 the first pup was born on "
     "the Point Reyes headlands in California. This dataset, kept by the national seashore's "
     "biologists with trained volunteers, holds weekly counts of pups, females and bulls in each "
     "winter breeding season, tagged and branded animals resighted, the pups washed away by the "
     "storms of El Niño winters, entanglement in fishing gear and marine debris, and the closure "
     "of roads and beaches when seals spread onto Drakes Beach in 2019. The colony now produces "
     "several hundred pups a year. It also records the counts of the spring moult and the "
     "visitors at the overlooks. Harbor seals are counted in a separate dataset.",
     ("elephant seals", "Mirounga angustirostris", "marine mammals", "pinnipeds", "Point Reyes"),
     ("US",), "2024-06"),
    ("dk14", "dataset", "fr",
     "Éléphants de mer des Kerguelen équipés de balises : profils océanographiques et plongées, "
     "2004-2024",
     "L'éléphant de mer austral (Mirounga leonina), le plus grand des phoques, plonge des "
     "centaines de fois par jour jusqu'à plus de 1 500 mètres pour chasser poissons et calmars, "
     "souvent sous la banquise antarctique, là où aucun navire ne va en hiver. Depuis 2004, des "
     "biologistes collent aux Kerguelen sur la tête de femelles et de jeunes, après la mue, des "
     "balises qui mesurent la température, la salinité et la profondeur et transmettent les "
     "profils par satellite ; la balise tombe à la mue suivante. Ce jeu de données, tenu par un "
     "centre d'études biologiques du CNRS avec l'institut polaire français et les Terres "
     "australes, réunit des centaines de milliers de profils, utilisés par les océanographes et "
     "les services de prévision, les trajets et les plongées de chaque phoque, et les comptages "
     "annuels de la population reproductrice de la péninsule Courbet. Il documente aussi le "
     "succès de chasse des femelles selon les eaux qu'elles traversent. Les otaries et les "
     "manchots royaux des mêmes plages sont suivis par d'autres programmes.",
     ("éléphants de mer", "Mirounga leonina", "océanographie", "balises", "Kerguelen"),
     ("TF",), "2024-02"),
    ("dk15", "case-study", "es",
     "Elefantes marinos de Península Valdés después de la gripe aviar H5N1: estudio de caso de "
     "la temporada 2023",
     "En octubre de 2023 la influenza aviar altamente patógena H5N1, que ya había matado aves y "
     "lobos marinos en Perú y Chile, llegó a las colonias de elefante marino del sur (Mirounga "
     "leonina) de Península Valdés, en Chubut, la única colonia continental de la especie, que "
     "crecía desde hacía décadas. En pocas semanas murió más del 95 % de las crías nacidas esa "
     "temporada, unas 17 000, además de cientos de adultos. Este estudio de caso reconstruye la "
     "respuesta de la provincia, del área natural protegida, patrimonio mundial, y de los "
     "equipos de investigación que siguen la colonia desde los años setenta: cierre de playas y "
     "miradores, protocolos de bioseguridad para guardafaunas e investigadores, toma de muestras "
     "y secuenciación, que mostró contagios entre mamíferos, y retiro de cadáveres. Evalúa el "
     "impacto sobre el turismo de avistaje y discute qué esperar de la reproducción en los "
     "próximos años. Las orcas de Punta Norte, que cazan crías de lobo marino en la orilla, "
     "quedan fuera del estudio.",
     ("elefantes marinos", "Mirounga leonina", "influenza aviar", "mamíferos marinos",
      "Península Valdés"),
     ("AR",), "2024-10"),
    # --- cardamom -----------------------------------------------------------------------------
    ("dk16", "case-study", "en",
     "Cardamom under the rainforest canopy: the Cardamom Hill Reserve of Idukki, Kerala",
     "Small cardamom (Elettaria cardamomum), the queen of spices, is a shade-loving herb of the "
     "evergreen forests of the Western Ghats. In the Cardamom Hill Reserve of Idukki district, "
     "Kerala, some 870 square kilometres of forest were leased to planters under rules dating "
     "from the 1930s, which let them grow cardamom beneath the native canopy as long as the "
     "trees were kept. This case study, by an ecological research institute with the state's "
     "cardamom research station, compares plots where the old shade trees still stand with "
     "estates where they have been thinned or replaced by silver oak and eucalyptus: birds, "
     "frogs, epiphytes and soil cover decline sharply as shade is lost, while pesticide sprays "
     "against thrips and capsule borers increase. It reviews the long legal dispute over who "
     "owns the trees, the elephants that cross the estates towards the Periyar Tiger Reserve, "
     "and what certification and premium prices for shade-grown cardamom could do.",
     ("cardamom", "Elettaria cardamomum", "shade-grown crops", "Western Ghats",
      "forest conservation"),
     ("IN",), "2023-08"),
    ("dk17", "project", "fr",
     "Cardamome sauvage et aire protégée de Nam Et-Phou Louey : une récolte durable avec les "
     "villages",
     "Dans les forêts du nord du Laos, les villages khmou et hmong récoltent de juillet à "
     "septembre les fruits d'un cardamome sauvage (Amomum), le mak naeng, qui pousse en "
     "sous-bois et se vend séché à des négociants qui l'exportent vers la Chine pour la médecine "
     "traditionnelle. Dans la zone tampon de l'aire protégée nationale de Nam Et-Phou Louey, "
     "province de Houaphan, c'est souvent la première source d'argent liquide des familles, mais "
     "la cueillette précoce de fruits verts, l'arrachage des plants et la concurrence entre "
     "villages épuisent la ressource. Le projet, mené par l'administration de l'aire protégée "
     "avec une ONG de conservation, aide chaque village à délimiter ses zones de récolte, à "
     "fixer une date d'ouverture, à sécher les fruits sur des claies propres et à vendre en "
     "groupe à meilleur prix. Il enrichit en cardamome d'anciennes jachères, ce qui limite les "
     "défrichements pour la culture sur brûlis, et lie l'accès aux zones de récolte à "
     "l'engagement de ne pas chasser dans le noyau de l'aire protégée.",
     ("cardamome", "Amomum", "produits forestiers non ligneux", "aires protégées", "Laos"),
     ("LA",), "2024-01"),
    ("dk18", "need", "es",
     "Necesidad: secadoras eficientes y sombra diversa para el cardamomo de los pequeños "
     "productores de Alta Verapaz",
     "Guatemala es el primer exportador mundial de cardamomo (Elettaria cardamomum), y la mayor "
     "parte se cultiva en Alta Verapaz, en parcelas de familias q'eqchi' de Cobán, San Pedro "
     "Carchá y Chisec que lo siembran bajo la sombra del bosque nuboso y de guatales viejos. El "
     "grano se seca en secadoras rústicas que queman leña día y noche, y por cada quintal de "
     "cardamomo seco se consumen varias tareas de leña sacadas de los mismos bosques. Además, "
     "muchos productores ralearon la sombra para producir más, y ahora la plaga del trips y los "
     "precios bajos los tienen endeudados. Una asociación de cooperativas, con el instituto "
     "forestal y una universidad, solicita apoyo para construir secadoras mejoradas de leña y "
     "solares, establecer parcelas demostrativas con sombra diversa de árboles nativos como la "
     "ceiba, el cedro, el liquidámbar y la guama, y capacitar en manejo integrado del trips y en "
     "certificación. Pide también un estudio sobre el secado colectivo.",
     ("cardamomo", "Elettaria cardamomum", "agroforestería", "leña", "necesidades"),
     ("GT",), "2024-04"),
    # --- insect hotels ------------------------------------------------------------------------
    ("dk19", "dataset", "en",
     "Who moves into Toronto's bee hotels? Occupancy of some 600 nest boxes for cavity-nesting "
     "bees and wasps, 2011-2024",
     "Bee hotels, bundles of hollow stems, drilled wooden blocks or paper tubes offered to the "
     "solitary bees that nest in cavities, have become a common sight in Toronto's gardens, "
     "schoolyards, parks and green roofs. This dataset, started by a university bee laboratory "
     "and continued under the city's pollinator strategy with hundreds of volunteer hosts, "
     "records what emerged each year from some 600 hotels: species of mason bees, leafcutter "
     "bees and resin bees, the wasps that stock their nests with aphids or caterpillars, and the "
     "parasites and mites found in the tubes. The first seasons showed that introduced bees, "
     "such as the alfalfa leafcutter bee and the European wool carder bee, used the hotels more "
     "often than native bees, and that wasps filled many of them. Later records follow the "
     "effect of cleaning, of replacing tubes every year and of tube diameter and height above "
     "ground. Ground-nesting bees, the majority of species, are not covered.",
     ("bee hotels", "insect hotels", "solitary bees", "urban pollinators", "citizen science"),
     ("CA",), "2024-12"),
    ("dk20", "document", "fr",
     "Hôtels à insectes : guide pour les communes et les écoles, de la conception à l'entretien",
     "Les hôtels à insectes fleurissent dans les parcs, les cours d'école et les jardins "
     "partagés, mais beaucoup restent vides ou deviennent des pièges à parasites. Ce guide de "
     "l'agence régionale de la biodiversité explique à qui ils servent vraiment : surtout aux "
     "abeilles solitaires qui nichent dans des cavités, comme les osmies et les mégachiles, et à "
     "quelques guêpes solitaires ; les coccinelles, les chrysopes et les perce-oreilles y "
     "passent parfois l'hiver, les bourdons presque jamais. Il en donne les règles : des tiges "
     "creuses ou à moelle (bambou, roseau, sureau, ronce) et des bûches de bois dur percées de "
     "trous de 3 à 10 millimètres, sans échardes, un toit, une exposition au sud-est à l'abri de "
     "la pluie, des fleurs sauvages à moins de cent mètres, et le remplacement des tiges tous "
     "les deux ou trois ans. Il déconseille les pommes de pin, la paille et les très grands "
     "hôtels, et propose d'en faire un support pédagogique, sans oublier que la plupart des "
     "abeilles nichent dans le sol.",
     ("hôtels à insectes", "abeilles solitaires", "pollinisateurs", "biodiversité urbaine",
      "guides"),
     ("FR",), "2023-04"),
    ("dk21", "project", "es",
     "Hoteles de insectos para abejas nativas en colegios de Santiago: construir, observar y "
     "plantar flora nativa",
     "Chile tiene más de 400 especies de abejas nativas, casi todas solitarias, y muchas "
     "sobreviven en la ciudad en plazas, quebradas y cerros islas, donde compiten con la abeja "
     "de miel y con el abejorro europeo. Este proyecto, de una universidad con la secretaría "
     "regional ministerial del medio ambiente y doce comunas de la Región Metropolitana, trabaja "
     "con colegios municipales para construir hoteles de insectos con cañas de coligüe y de "
     "quila, troncos perforados y bloques de barro, e instalarlos junto a jardines de flora "
     "nativa con quillay, bailahuén, salvia y alstroemerias. Los estudiantes revisan cada mes "
     "las cañas tapadas, fotografían a las abejas que entran y suben los registros a una "
     "plataforma de ciencia ciudadana; los investigadores identifican las especies que emergen, "
     "como abejas cortadoras de hojas y pequeñas abejas carpinteras, y sus parasitoides. Al "
     "final de cada año los cursos presentan sus resultados a la comuna y proponen dónde plantar "
     "más flores.",
     ("hoteles de insectos", "abejas nativas", "abejas solitarias", "educación ambiental",
      "Región Metropolitana"),
     ("CL",), "2024-09"),
    # --- off-road vehicles in natural areas ---------------------------------------------------
    ("dk22", "dataset", "en",
     "Four-wheel drives on Stockton Beach: vehicle tracks, pipi beds and dune damage mapped from "
     "the air, 2010-2024",
     "Stockton Bight, north of Newcastle in New South Wales, has the largest moving coastal "
     "dunes in the state and a 32-kilometre beach that thousands of four-wheel drives, quad "
     "bikes and trail bikes use each year, with a permit, for fishing, camping and sand driving. "
     "The beach and dunes lie in the Worimi Conservation Lands, owned by the Worimi people and "
     "managed jointly with the parks service, and hold shell middens and burial sites. This "
     "dataset combines yearly aerial photography and drone surveys of vehicle tracks on the "
     "foredune and in the dunes, counts of pipis, the beach clams crushed under tyres in the "
     "swash zone, permit sales and ranger patrol records, and the fencing of cultural sites and "
     "of the areas closed to vehicles. It shows tracks cutting into dune vegetation and the "
     "recovery of closed areas. Pied oystercatchers and plovers nesting on the beach are "
     "monitored in a separate program.",
     ("off-road vehicles", "beach driving", "coastal dunes", "Aboriginal cultural heritage",
      "Worimi"),
     ("AU",), "2024-03"),
    ("dk23", "document", "fr",
     "VTT et motoneiges dans les milieux humides et les tourbières : guide pour les clubs et les "
     "municipalités du Québec",
     "Le Québec compte des dizaines de milliers de kilomètres de sentiers de quad et de "
     "motoneige, mais beaucoup de véhicules tout-terrain, ou VTT, quittent les sentiers balisés "
     "pour traverser des tourbières, des marais et des ruisseaux. Dans une tourbière, quelques "
     "passages d'un VTT creusent des ornières qui drainent la sphaigne et restent visibles "
     "pendant des décennies ; dans les cours d'eau, les traversées à gué mettent en suspension "
     "des sédiments qui étouffent les frayères de l'omble de fontaine. Ce guide, préparé par le "
     "ministère de l'Environnement avec la fédération des clubs de quad, un organisme de bassin "
     "versant et des municipalités régionales de comté, explique ce que prévoient la loi sur les "
     "véhicules hors route et le régime des milieux humides, comment tracer ou déplacer un "
     "sentier pour les éviter, construire passerelles et ponceaux, fermer les sentiers sauvages "
     "et restaurer les ornières. La motoneige sur neige épaisse cause moins de dommages, mais le "
     "guide signale les ravages où hiverne le cerf de Virginie.",
     ("véhicules tout-terrain", "VTT", "motoneiges", "milieux humides", "tourbières"),
     ("CA",), "2023-10"),
    ("dk24", "need", "es",
     "Necesidad: ordenar el tránsito de areneros y cuatrimotos en las playas y desiertos de la "
     "Reserva Nacional de Paracas",
     "En la Reserva Nacional de Paracas, en Ica, y en los desiertos vecinos de Huacachina, los "
     "paseos en arenero, los tubulares de motor que suben y bajan las dunas con turistas, y los "
     "circuitos en cuatrimoto se multiplicaron en la última década. Las huellas cruzan zonas de "
     "anidación de aves marinas y playeras, aplastan nidos y los restos de cementerios de la "
     "cultura Paracas y de yacimientos de fósiles marinos, y ahuyentan a los lobos marinos de "
     "las playas de descanso. El ingreso de camionetas 4x4 de pescadores y visitantes por playas "
     "no autorizadas agrava el problema. La jefatura de la reserva, con la municipalidad de "
     "Paracas y las asociaciones de operadores turísticos, solicita apoyo para zonificar las "
     "rutas permitidas, instalar hitos y señales, equipar los vehículos de los operadores con "
     "GPS para verificar que no se salgan de ruta, capacitar a guardaparques en fiscalización y "
     "restaurar las zonas dañadas. También pide estudiar la capacidad de carga de los circuitos.",
     ("vehículos todoterreno", "areneros", "cuatrimotos", "turismo de aventura", "necesidades"),
     ("PE",), "2024-02"),
    # --- mayflies -----------------------------------------------------------------------------
    ("dk25", "case-study", "en",
     "Tisza blooming: the long-tailed mayfly, a river's recovery and the tourism around it",
     "For a few days each June, millions of long-tailed mayflies (Palingenia longicauda), "
     "Europe's largest mayfly, rise from the Tisza River in Hungary and Serbia, mate and die "
     "within hours over the water, an event known as Tisza blooming. The larvae live for three "
     "years in burrows in the clay banks, so the species needs clean water and natural banks; it "
     "has vanished from most other European rivers, where banks were paved and water polluted. "
     "This case study follows the Tisza population since the cyanide spill from a gold mine "
     "tailings dam at Baia Mare in 2000, which killed fish along hundreds of kilometres but "
     "spared most of the buried larvae, and examines bank protection works, dredging and the "
     "boat traffic of the blooming season. It describes the boat trips, festivals and guides "
     "that bring visitors to Szolnok, Tiszafüred and Kanjiža, and the rules agreed to keep boats "
     "and lights away from the swarms. Swallows, terns and fish feast on the mayflies.",
     ("mayflies", "Palingenia longicauda", "river conservation", "nature tourism", "Tisza"),
     ("HU", "RS"), "2023-07"),
    ("dk26", "dataset", "fr",
     "Les mannes du lac Saint-Pierre : larves d'éphémères dans les sédiments et grandes "
     "émergences, 2005-2024",
     "Au Québec, on appelle mannes les éphémères qui, certains soirs de juin et de juillet, "
     "émergent par millions du fleuve Saint-Laurent et couvrent les quais, les ponts et les "
     "lampadaires de Sorel-Tracy, de Berthierville et des îles du lac Saint-Pierre. Leurs "
     "larves, surtout du genre Hexagenia, vivent une ou deux années enfouies dans les sédiments "
     "du fond et ne tolèrent ni le manque d'oxygène ni la pollution ; leur abondance sert donc "
     "d'indicateur de la santé du lac, réserve mondiale de la biosphère et site Ramsar. Ce jeu "
     "de données, tenu par une université et le ministère de l'Environnement, réunit les "
     "densités de larves mesurées chaque été dans une centaine de stations à la benne, la "
     "granulométrie et la matière organique des sédiments, les dates et l'ampleur des émergences "
     "signalées par les riverains ou détectées par les radars météorologiques, et les éphémères "
     "trouvées dans l'estomac des perchaudes. Il montre le recul des larves devant les terres "
     "agricoles du sud du lac.",
     ("éphémères", "mannes", "Hexagenia", "bioindicateurs", "lac Saint-Pierre"),
     ("CA",), "2024-01"),
    ("dk27", "project", "es",
     "Las efímeras del Ebro en Zaragoza: iluminación de los puentes y seguimiento de las grandes "
     "eclosiones",
     "A finales de agosto y en septiembre, al anochecer, millones de efímeras de la especie "
     "Ephoron virgo salen a la vez del Ebro a su paso por Zaragoza y vuelan hacia las farolas de "
     "los puentes de Piedra y de Santiago, donde caen y forman capas resbaladizas que obligan a "
     "cortar el paso de bicicletas y a barrer con maquinaria. Su regreso, tras décadas de "
     "ausencia, se atribuye a la mejora de la calidad del agua desde que funcionan las "
     "depuradoras, pero la luz de los puentes las atrae fuera del río y mueren sin poner los "
     "huevos en el agua. El proyecto, del ayuntamiento con la confederación hidrográfica y un "
     "grupo de entomología de la universidad, prueba luminarias ámbar y apagados parciales en "
     "las noches de eclosión, cuenta con voluntarios los insectos caídos, muestrea las larvas en "
     "el lecho del río como bioindicador y explica a los vecinos que estas nubes de insectos son "
     "una buena noticia para el río.",
     ("efímeras", "Ephoron virgo", "ríos", "iluminación", "bioindicadores"),
     ("ES",), "2024-09"),
    # --- kapok trees (ceibas) -----------------------------------------------------------------
    ("dk28", "project", "en",
     "Kapok from the field edges of Pati, Central Java: reviving a tree fibre with smallholder "
     "cooperatives",
     "Java was once the world's leading source of kapok, the light, water-repellent floss that "
     "fills the seed pods of the kapok tree (Ceiba pentandra), known locally as randu. Around "
     "Pati and Jepara in Central Java, smallholders still keep tall kapok trees along field "
     "boundaries, roads and home gardens, and village workshops clean and gin the floss for "
     "pillows, mattresses and life jackets. Since synthetic fibres took over, many trees have "
     "been felled for timber and prices have fallen. This project, run by a district agriculture "
     "office with a farmers' cooperative and a university, buys pods at a guaranteed price for "
     "makers of outdoor clothing and bedding that want a plant-based filling, introduces cleaner "
     "ginning machines, plants young trees with maize and cassava, and studies the fruit bats "
     "and birds that pollinate kapok flowers at night and whose roosts are disturbed. The kapok "
     "seed oil pressed by local mills is not covered.",
     ("kapok", "Ceiba pentandra", "natural fibres", "agroforestry", "smallholders"),
     ("ID",), "2024-05"),
    ("dk29", "dataset", "fr",
     "Fromagers sacrés de Porto-Novo et de la basse vallée de l'Ouémé : inventaire des arbres et "
     "de leurs gardiens, 2022-2024",
     "Dans le sud du Bénin, le fromager (Ceiba pentandra), arbre géant aux immenses contreforts, "
     "est souvent la demeure d'une divinité vodoun : au pied des plus vieux, on dépose des "
     "offrandes, on noue des pagnes blancs et on célèbre des cérémonies, et nul ne les abat sans "
     "l'accord des prêtres. À Porto-Novo et dans les communes de la basse vallée de l'Ouémé, "
     "l'élargissement des routes, les lotissements et la vente du bois aux scieries font "
     "pourtant tomber chaque année plusieurs de ces arbres. Ce jeu de données, réalisé par une "
     "université avec la direction du patrimoine culturel, la mairie et des associations de "
     "jeunes, recense plus de 300 fromagers : position, circonférence et hauteur, état "
     "sanitaire, culte et gardien de chaque arbre, menaces signalées, photographies. Il sert à "
     "demander leur classement comme patrimoine et à planter de jeunes fromagers près des "
     "temples. Les irokos sacrés, inventoriés en même temps, forment une table à part.",
     ("fromagers", "Ceiba pentandra", "arbres sacrés", "patrimoine culturel",
      "savoirs traditionnels"),
     ("BJ",), "2024-03"),
    ("dk30", "need", "es",
     "Necesidad: censo y cuidado de las ceibas, el yaxché de los mayas, en las plazas y caminos "
     "de Yucatán",
     "Para los mayas de Yucatán la ceiba (Ceiba pentandra), el yaxché, es el árbol sagrado que "
     "une el inframundo, la tierra y el cielo, y por eso se plantaba en el centro de los "
     "pueblos. Muchas plazas y cruces de caminos conservan ceibas de más de cien años, bajo las "
     "que se hacen fiestas y ceremonias, y en el monte se respetan al tumbar para la milpa. Hoy "
     "las ceibas de los pueblos sufren por la ampliación de calles y banquetas que cortan sus "
     "raíces, el cableado eléctrico que obliga a podas drásticas y las obras de construcción, y "
     "algunas ya han caído en tormentas. La secretaría estatal de desarrollo sustentable, con un "
     "jardín botánico y los ayuntamientos, solicita apoyo para censar las ceibas monumentales de "
     "cien municipios con sus historias orales, capacitar a cuadrillas municipales en "
     "arboricultura, proteger legalmente las más antiguas y producir en viveros ceibas y "
     "pochotes, su pariente de la selva baja, para reponer las que se pierdan.",
     ("ceibas", "Ceiba pentandra", "yaxché", "árboles patrimoniales", "necesidades"),
     ("MX",), "2024-08"),
)  # fmt: skip
