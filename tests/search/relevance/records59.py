"""Clearing-house records of the fifty-ninth judged relevance set
(tests/search/relevance/queries59.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on the northern bald ibis (the Waldrappteam's microlight-led
migration from Bavaria and Salzburg to the Orbetello lagoon; the ibis chauve of the Souss-Massa
and Tamri cliffs; the Proyecto Eremita of La Janda and Vejer de la Frontera); on armadillos (the
giant armadillos of the Pantanal; the tatous hunted in French Guiana; a need for the quirquinchos
sold for charangos in Oruro and Potosí); on mahogany (Fiji's big-leaf mahogany plantations; the
acajou d'Afrique replanted in Ivorian forêts classées; a Peruvian guide to the caoba of Ucayali
and Madre de Dios); on waterfalls (the Kihansi gorge and its spray toad; a need for the chutes and
Podostémacées of the Fouta-Djalon; the lost cascada San Rafael of the río Coca); on sand dams (an
offer from Makueni, Kenya; the barrages de sable of the koris of Tahoua; a Nicaraguan guide to
represas de arena in the quebradas of Madriz); on wild rice (manoomin surveys in the Ojibwe ceded
territories; the riz sauvage of the Anishinabeg of Québec; the arroz silvestre, Oryza, of Caño
Negro and Palo Verde); on bioluminescent bays (Jamaica's Luminous Lagoon; the plancton
bioluminescent of the Breton coast; the Bahía Bioluminiscente of Vieques); on the feeding of wild
animals by visitors (the wongari, the dingoes of K'gari; the nourrissage of rays and sharks in the
Moorea lagoon; the coatíes of Iguazú); on cemeteries as urban nature (Mount Auburn; the cimetières
vivants of Île-de-France; the Panteón Civil de Dolores in Mexico City); and on Indigenous place
names (Māori names in a Canterbury catchment; an atelier on Innu toponymie on the Côte-Nord; a
database of the Mapuche toponimia of the Toltén basin). English, French and Spanish, 10 records
each, every topic written once in each language (different countries, projects and angles, not
translations of one text).

None of records.py, records3.py, ..., records57.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (ibis, Geronticus, waldrapp, ibis chauve, ibis eremita,
Threskiornis, spoonbill, spatule, espátula; armadillo, tatou, tatú, quirquincho, mulita, peludo,
Priodontes, Dasypus, Chaetophractus, charango, pangolin; mahogany, acajou, caoba, Swietenia,
Khaya, Entandrophragma, sapelli, Cedrela, cedro, bois précieux, maderas preciosas; waterfall,
falls, cascade, chute d'eau, chutes, cascada, catarata, salto, rapids, rapides, spray zone,
Kihansi, Podostemaceae, Iguazú, San Rafael; sand dam, barrage de sable, represa de arena, presa de
arena, subsurface dam, check dam, gabion, kori, water harvesting, cosecha de agua; wild rice,
manoomin, Zizania, zizanie, riz sauvage, arroz silvestre, Oryza, crop wild relative, pariente
silvestre, Ojibwe, Anishinabe; bioluminescence, bioluminescent, bioluminiscente, phosphorescence,
dinoflagellate, dinoflagelado, Noctiluca, Pyrodinium, glow, luminous, Vieques, Mosquito Bay;
feeding, feeder, nourrissage, nourrir, mangeoire, alimentar, comedero, do not feed, dingo, coati,
coatí, Nasua, shark feeding; cemetery, graveyard, churchyard, cimetière, cementerio, panteón;
place name, toponymy, toponymie, toponimia, nom de lieu, nombre de lugar, dual name, renamed,
mapudungun, Innu, te reo). Screened and dropped as covered: fireflies (s22-s24), seahorses
(s07-s09), manatees (bm04-bm06), dung beetles (bm16-bm18), caves and cenotes (r01-r03),
hummingbirds (bn01-bn03), manta rays (bc07-bc09), iguanas (bz01-bz03), land crabs (by01-by03),
kelp forests (y13-y15), crocodilians (bs01-bs03), jaguars (be27, w36), pumas (bw21), anteaters
(be24), araucarias (bo04-bo06), cork oaks (y22-y24), dry-stone walls (bv10-bv12), truffles
(bn04-bn06), sand mining (v13-v15), stingless bees (p36), urban trees (w12, by27), urban wetlands
(o19-o21), anchoring on seagrass (v41), indigenous and community conserved areas (u07, u08) and
protected-area entry fees and tourist levies (bs16-bs18), besides the topics of sets 42 to 57 and
those their docstrings list as covered, and the chemicals, waste, pollution, energy and biosafety
topics left to set 58; screened with no or passing hits but not chosen: giraffes, okapis, lemurs,
Andean bears, capybaras, peccaries, platypus, fynbos, fonio, baobabs (u16).

The nearest are the Honduran need for wood identification experts whose subjects name the caoba
seized from illegal logging (m18), judged 1 to the mahogany queries, while the bois d'acajou of
the Petén concessions (bp14) is passing; the Kalagala offset, which sets aside the Kalagala Falls
and Itanda rapids after the Bujagali dam drowned the Bujagali Falls (bi25), judged 1 to the
waterfall queries, while Willamette Falls (cc16) is passing; the Langkawi geopark project that
ended the feeding of eagles with chicken skin to draw tourists (cc07), judged 1 to the queries on
visitors feeding wildlife, while the winter feeding of red-crowned cranes by farmers and the state
(bp01), the garden feeders of parakeets (ci13, ci14), the hummingbird feeder stations (bn01) and
the vulture restaurants (x10) are no feeding by visitors; the tatous named as reservoirs of Chagas
disease (bo20), passing; the cemetery of Keta taken by the sea (m10) and the hedgehog tunnels in
Lyon's cimetières (cc02), passing; the rice fields for waterbirds (i28, i29) and the vanilla and
chiltepin crop wild relatives (s01, s03, ck19), which are no wild rice; the water harvesting pages
of the dry corridor (r30, bx21, bx24, t21), broader than sand dams; and the fireflies (s22-s24),
bioluminescent insects but no bioluminescent bay or plankton. The golden files hold one page on
toponymy, an Uzbek paper on the classification of geographical names
(test:oai:zenodo.org:20531762), relevant to the general place-name queries but not to the
Indigenous place-name ones; no golden page is about the other nine topics. records58.py (ids
cl01..cl30, chemicals, biosafety, energy, pollution and shipping topics), written at the same time
by another engineer, was searched for the same words once it was finished: none of its records is
about these topics (the microcentrales hydroélectriques built on the chutes of the Fouta-Djallon,
cl17, and the riz of the electric cooking offer, cl20, are passing).

Traps: the Marruecos to which some ibises of La Janda fly (cm03) makes that record about Morocco
for the exclusion queries; the tatú carreta, the giant armadillo, is named by the quirquincho need
(cm06) among other armadillos to study, so cm06 is 1 to the giant armadillo queries; the noix
d'acajou of the cashew tree set apart by cm08 is no mahogany; the cataratas of Iguazú and the
swifts nesting behind the falls (cm24) and the places named Trayenko after a waterfall (cm30) are
passing, 0 to the waterfall queries; the Anishinabe names of lakes that recall the wild rice
(cm17) and the restored name K'gari, formerly Fraser Island (cm22), are passing, 0 to the
place-name queries; the rice fields, red rice and arroz maleza of cm18 are no wild rice beyond the
Oryza populations it is about. Pages of other sets' topics named in passing: the rock climbers on
the Souss-Massa cliffs (cm02), the storks on the cliffs of Vejer (cm03), the camera traps and
beehives of cm04, the Chagas disease of cm05, the detection dogs of cm06, the chytrid fungus of
cm10, the oil spills of the río Coca (cm12), the sand harvesters of cm13, the demi-lunes of cm14,
the sulfate from mines of cm16, the cruise port and darker shorelines of cm19, the marées vertes
of cm20, the bloqueadores solares of cm21, the whale watching of the Moorea lagoon (cm23), the
hérissons, bats and owls of the Paris cemeteries (cm26), the colibríes of the Panteón de Dolores
(cm27), the tuna, eels, of cm28, the caribou of cm29 and the pehuén of cm30.

Ids (cm01..cm30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cj01..cj30, ck01..ck30), nor with records58.py's (cl01..cl30), and no earlier id starts with "cm".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- northern bald ibis -------------------------------------------------------------------
    ("cm01", "project", "en",
     "Teaching northern bald ibises to migrate again: foster parents, microlight flights and a "
     "route across the Alps",
     "The northern bald ibis (Geronticus eremita), a black ibis with a bald red head, bred on "
     "cliffs and castle walls of central Europe until hunting wiped it out some four centuries "
     "ago. Since 2002 the Waldrappteam, with European LIFE funding since 2014, has rebuilt a "
     "migratory population: chicks from zoo colonies are raised by two human foster parents, "
     "then follow them behind a microlight aircraft from breeding sites in Bavaria, Salzburg and "
     "Lake Constance over the Alps to the wintering area in the WWF reserve of the Orbetello "
     "lagoon in southern Tuscany. The young birds later fly the route on their own and come back "
     "to breed. Every bird wears a GPS tag, and the project has cut the two main causes of "
     "death: illegal shooting in Italy, through hunter campaigns and prosecutions, and "
     "electrocution on medium-voltage pylons, through the insulation of dangerous poles. Because "
     "the birds now leave later in warmer autumns, a longer route to the south-west is being "
     "tested. About 270 birds lived free in 2024.",
     ("northern bald ibis", "Geronticus eremita", "reintroduction", "migratory birds",
      "bird electrocution"),
     ("AT", "DE", "IT"), "2024-09"),
    ("cm02", "dataset", "fr",
     "Ibis chauve du Souss-Massa : recensements des couples nicheurs et des jeunes à l'envol, "
     "1994-2024",
     "Le littoral du parc national de Souss-Massa et les falaises de Tamri, au nord d'Agadir, "
     "abritent la dernière population sauvage d'ibis chauve (Geronticus eremita) qui se "
     "reproduit encore régulièrement dans le monde. Ce jeu de données, tenu par le parc, "
     "l'Agence nationale des eaux et forêts et une association ornithologique, rassemble les "
     "dénombrements annuels des couples nicheurs sur les corniches, des œufs, des poussins et "
     "des jeunes à l'envol, les comptages des dortoirs en hiver et les lectures de bagues. On y "
     "suit la remontée de la population, passée d'une soixantaine de couples dans les années "
     "1990 à plus de deux cents aujourd'hui, grâce aux écogardes recrutés dans les douars "
     "voisins, aux points d'eau douce aménagés près des colonies et à la surveillance des "
     "falaises. Les notes signalent les années de sécheresse, où les ibis trouvent peu "
     "d'insectes dans les steppes et les champs, les dérangements par les pêcheurs à la ligne et "
     "les grimpeurs, et les projets touristiques de la baie de Taghazout.",
     ("ibis chauve", "Geronticus eremita", "oiseaux menacés", "parc national de Souss-Massa",
      "suivi des colonies"),
     ("MA",), "2024-12"),
    ("cm03", "case-study", "es",
     "Proyecto Eremita: veinte años de reintroducción del ibis eremita en el litoral de Cádiz",
     "Desde 2004 el zoobotánico de Jerez y la Junta de Andalucía liberan en la comarca de La "
     "Janda ibis eremitas (Geronticus eremita) criados en zoológicos europeos, primero desde un "
     "aviario de suelta blanda en la Barca de Vejer y luego con pollos nacidos en libertad. Este "
     "estudio de caso repasa lo que funcionó y lo que no: las primeras aves se dispersaron y "
     "murieron, hasta que el proyecto apostó por los acantilados de la costa y los tajos "
     "cercanos a Vejer de la Frontera, donde hoy crían varias colonias con más de un centenar de "
     "ejemplares, a veces en los mismos cortados que cigüeñas y cernícalos. Las electrocuciones "
     "en tendidos eléctricos y los choques con aerogeneradores fueron la primera causa de "
     "muerte, corregida con aisladores y paradas de turbinas. Algunos ibis cruzan el Estrecho "
     "hasta Marruecos y vuelven. El texto cuenta también cómo se ganó a agricultores y vecinos, "
     "que ven a los ibis buscar lombrices y escarabajos en prados, huertas y campos de golf.",
     ("ibis eremita", "Geronticus eremita", "reintroducción de especies", "aves amenazadas",
      "tendidos eléctricos"),
     ("ES",), "2024-04"),
    # --- armadillos ---------------------------------------------------------------------------
    ("cm04", "dataset", "en",
     "Giant armadillos of the Pantanal and the Cerrado: burrows, camera traps and pups, "
     "2010-2024",
     "The giant armadillo (Priodontes maximus), up to one and a half metres long and fifty "
     "kilograms, is so secretive that many ranchers in Mato Grosso do Sul have never seen one. "
     "This dataset, from a long-term research programme in the Brazilian Pantanal and Cerrado, "
     "holds the positions and sizes of more than 400 burrows, camera-trap records at burrow "
     "entrances, the radio and GPS tracks of sixty animals, and the life histories of the few "
     "pups born: a female raises a single young about every three years, one of the slowest "
     "breeding rates of any mammal. The cameras show more than seventy other species, from "
     "ocelots to lizards, sheltering in the burrows from heat and fire, which makes the giant "
     "armadillo an ecosystem engineer. The data also log animals killed on highways, and the "
     "beehives of small honey producers broken open by giant armadillos, damage later prevented "
     "by raising the hives on platforms. Road crossings and honey certification are followed by "
     "other projects.",
     ("giant armadillo", "Priodontes maximus", "armadillos", "ecosystem engineers", "Pantanal"),
     ("BR",), "2024-08"),
    ("cm05", "project", "fr",
     "Tatous de Guyane : suivre la chasse du tatou à neuf bandes et protéger le tatou géant",
     "Le tatou à neuf bandes (Dasypus novemcinctus), que l'on appelle simplement tatou en "
     "Guyane, est l'un des gibiers les plus consommés du littoral et des communes de "
     "l'intérieur, chassé la nuit à la lampe ou déterré dans son terrier. Le tatou géant "
     "(Priodontes maximus), lui, est intégralement protégé, mais ses grands terriers sont "
     "parfois fouillés par erreur. Ce projet, porté par l'Office français de la biodiversité "
     "avec la fédération des chasseurs et des associations de Mana, d'Apatou et de Maripasoula, "
     "fait tenir des carnets de prélèvement aux chasseurs volontaires, place des pièges "
     "photographiques devant les terriers et mesure l'effet de l'ouverture des pistes "
     "forestières sur les populations. Il édite une fiche pour distinguer le tatou à neuf "
     "bandes, le tatou de Kappler, le cabassou et le tatou géant, et conseille aux consommateurs "
     "de bien cuire la viande, les tatous pouvant porter la bactérie de la lèpre. Les réservoirs "
     "sauvages de la maladie de Chagas sont étudiés par ailleurs.",
     ("tatous", "Dasypus novemcinctus", "tatou géant", "chasse", "gibier"),
     ("GF",), "2023-11"),
    ("cm06", "need", "es",
     "Necesidad: frenar la venta de quirquinchos para charangos y amuletos en Oruro y Potosí",
     "En los mercados de Oruro, Potosí y La Paz todavía se venden caparazones de quirquincho "
     "andino (Chaetophractus nationi), un armadillo pequeño y peludo de la puna, para fabricar "
     "cajas de charango, y quirquinchos disecados como amuletos de la buena suerte, sobre todo "
     "en vísperas de la feria de Alasitas. La especie está protegida y su caza prohibida, pero "
     "nadie sabe cuántos quedan en el altiplano. La dirección de biodiversidad y una asociación "
     "de luthiers solicitan apoyo para un censo con trampas cámara y perros entrenados para "
     "hallar madrigueras, capacitar a policías forestales y aduaneros en la identificación de "
     "caparazones, promover cajas de madera tallada para los charanguistas y hacer una campaña "
     "con conjuntos folklóricos y vendedores de amuletos. Piden además estudiar el comercio de "
     "otros armadillos de tierras bajas, el peludo y el tatú carreta del Chaco, cuyas colas y "
     "caparazones aparecen a veces en los mismos puestos.",
     ("quirquincho", "armadillos", "Chaetophractus nationi", "tráfico de fauna silvestre",
      "charango"),
     ("BO",), "2024-07"),
    # --- mahogany -----------------------------------------------------------------------------
    ("cm07", "case-study", "en",
     "Fiji's mahogany plantations sixty years on: landowner leases, exported logs and trees "
     "escaping into native forest",
     "Between the 1960s and the 1990s Fiji planted about 42,000 hectares of big-leaf mahogany "
     "(Swietenia macrophylla), a Central American timber tree, on land leased from indigenous "
     "landowning clans on Viti Levu and Vanua Levu. This case study looks at what the "
     "plantations have become. Harvesting by the state hardwood company began in earnest in the "
     "2000s, with logs and sawn mahogany exported under CITES permits since the species was "
     "listed in Appendix II, and part of the estate was certified. Disputes over lease payments "
     "to the mataqali and slow replanting after Cyclone Winston in 2016 have held back output. "
     "The study also reports that mahogany seedlings now spread from plantation edges into "
     "neighbouring rainforest, where they shade out native trees, and asks whether the species "
     "should be treated as invasive. It compares the plantations with the native dakua and yaka "
     "logged from natural forest, and recommends mixed replanting, buffer strips and weeding at "
     "the forest edge.",
     ("mahogany", "Swietenia macrophylla", "timber plantations", "CITES", "invasive trees"),
     ("FJ",), "2023-03"),
    ("cm08", "project", "fr",
     "Replanter l'acajou d'Afrique dans les forêts classées de Côte d'Ivoire",
     "Les acajous africains, Khaya ivorensis, l'acajou de Bassam, et Khaya grandifoliola, ont "
     "fait la réputation des grumes ivoiriennes, au point d'avoir presque disparu des forêts "
     "exploitées du Sud et du Centre-Ouest. Ce projet de la Société de développement des forêts "
     "avec un centre de recherche agronomique récolte des graines sur les derniers semenciers, "
     "produit 300 000 plants par an en pépinière et les plante en layons d'enrichissement et en "
     "plantations mélangées avec le fraké, le framiré et l'iroko dans cinq forêts classées. Il "
     "teste des provenances moins attaquées par le foreur des pousses (Hypsipyla robusta), qui "
     "déforme les jeunes acajous, et associe les riverains, payés pour l'entretien et autorisés "
     "à cultiver du vivrier entre les lignes les premières années, selon le système taungya. "
     "L'acajou à grandes feuilles d'Amérique, planté ailleurs, n'est pas utilisé. À ne pas "
     "confondre avec l'anacardier, dont la noix de cajou est parfois appelée noix d'acajou.",
     ("acajou", "Khaya ivorensis", "restauration forestière", "forêts classées", "bois d'œuvre"),
     ("CI",), "2024-03"),
    ("cm09", "document", "es",
     "Guía para el aprovechamiento y la trazabilidad de la caoba en los bosques de Ucayali y "
     "Madre de Dios",
     "La caoba (Swietenia macrophylla), la madera más valiosa de la Amazonía peruana, fue talada "
     "durante décadas sin control hasta que su inclusión en el Apéndice II de la CITES obligó a "
     "fijar cupos de exportación basados en inventarios. Esta guía del servicio forestal explica "
     "a concesionarios, comunidades nativas y regentes forestales cómo censar los árboles de "
     "caoba en cada parcela de corta, qué diámetro mínimo respetar, cuántos árboles semilleros "
     "dejar en pie por hectárea, cómo marcar tocones y trozas con códigos para seguir la madera "
     "hasta el aserradero y el puerto del Callao, y qué exige el dictamen de extracción no "
     "perjudicial. Incluye fichas para distinguir la caoba del cedro (Cedrela) y de las maderas "
     "que se hacen pasar por ella, y recuerda que los materos que abren trochas en áreas "
     "naturales protegidas y en reservas para pueblos en aislamiento cometen delito. La "
     "regeneración en los claros de corta se trata en un anexo.",
     ("caoba", "Swietenia macrophylla", "CITES", "trazabilidad de la madera", "manejo forestal"),
     ("PE",), "2022-10"),
    # --- waterfalls ---------------------------------------------------------------------------
    ("cm10", "case-study", "en",
     "A waterfall switched off: the Kihansi gorge, its spray toad and the sprinklers that stood "
     "in for the falls",
     "The Kihansi River drops some 800 metres through a gorge in Tanzania's Udzungwa Mountains, "
     "and its waterfalls once drenched a few hectares of wet meadow in permanent spray. That "
     "spray zone was the only home of the Kihansi spray toad (Nectophrynoides asperginis), a "
     "tiny yellow toad that gives birth to live young. When the Lower Kihansi hydropower scheme "
     "began to divert most of the river in 2000, the spray shrank; sprinklers were installed to "
     "wet the meadows, but the toads crashed and by 2009 the species was declared extinct in the "
     "wild, its end hastened by the chytrid fungus. This case study follows the captive colonies "
     "kept at zoos in the Bronx, Toledo and Dar es Salaam, the return of toads to the gorge from "
     "2010, the minimum flow the power company must now release over the falls, and the "
     "monitoring of spray-zone plants, mosses and snails. It asks what a waterfall ecosystem "
     "needs beyond water: spray, mist and constant humidity.",
     ("waterfalls", "spray zone", "Kihansi spray toad", "hydropower", "amphibians"),
     ("TZ",), "2022-09"),
    ("cm11", "need", "fr",
     "Besoin : inventorier les chutes et les rapides du Fouta-Djalon et leurs Podostémacées "
     "avant les nouveaux barrages",
     "Le Fouta-Djalon, château d'eau de l'Afrique de l'Ouest, compte des centaines de chutes "
     "d'eau et de rapides, comme les chutes de Kinkon, de Kambadaga ou de la Sala, où vivent des "
     "plantes très particulières, les Podostémacées : accrochées aux rochers sous l'eau vive, "
     "elles ne fleurissent qu'à la décrue, et beaucoup d'espèces ne sont connues que d'une seule "
     "chute. Les barrages de Kaléta et de Souapiti, et ceux prévus sur le Konkouré, le Bafing et "
     "le Tinkisso, ont déjà noyé ou asséché plusieurs de ces cascades. Le ministère de "
     "l'Environnement demande un appui pour inventorier les chutes, photographier et récolter "
     "les Podostémacées et les poissons des rapides, former des botanistes guinéens, définir les "
     "débits réservés à maintenir en saison sèche et proposer les chutes les plus riches comme "
     "zones importantes pour les plantes ou comme sites protégés. Il souhaite aussi aider les "
     "communes à encadrer les visites des chutes les plus fréquentées.",
     ("chutes d'eau", "Podostémacées", "barrages hydroélectriques", "plantes aquatiques",
      "Fouta-Djalon"),
     ("GN",), "2024-02"),
    ("cm12", "dataset", "es",
     "Erosión regresiva del río Coca tras la desaparición de la cascada San Rafael: monitoreo "
     "2020-2024",
     "La cascada San Rafael, de unos 150 metros, era el mayor salto de agua del Ecuador y un "
     "atractivo del límite entre el Parque Nacional Cayambe-Coca y la Reserva Ecológica "
     "Antisana. El 2 de febrero de 2020 el río Coca abrió un socavón aguas arriba y la caída "
     "desapareció; desde entonces la erosión avanza río arriba, más de diez kilómetros en cuatro "
     "años, derrumbando laderas y cortando la carretera. Este conjunto de datos reúne "
     "levantamientos con drones y perfiles del cauce, caudales, sedimentos, cambios de la "
     "vegetación de ribera y registros de aves del cañón, como el gallito de la peña, junto con "
     "la ubicación de las obras de protección construidas para la captación de la central "
     "hidroeléctrica Coca Codo Sinclair. Se discute si la presa, al retener sedimentos, aceleró "
     "el colapso. Los derrames de petróleo de abril de 2020 por la rotura de oleoductos se "
     "documentan en otro conjunto.",
     ("cascadas", "erosión regresiva", "río Coca", "centrales hidroeléctricas", "Cayambe-Coca"),
     ("EC",), "2024-06"),
    # --- sand dams ----------------------------------------------------------------------------
    ("cm13", "support-source", "en",
     "Offer: training and design support for community sand dams in the drylands of eastern "
     "Kenya",
     "A sand dam is a concrete wall built across a seasonal river on bedrock. When the river "
     "flows after rain, the sand it carries piles up behind the wall and stores water in its "
     "pores, shielded from evaporation, long after the surface runs dry. A foundation based in "
     "Makueni, which has helped self-help groups build more than 1,000 sand dams in Makueni, "
     "Kitui and Machakos counties, offers training to NGOs, county engineers and community "
     "groups from other dry regions: choosing sites where bedrock is shallow, designing "
     "spillways and wing walls, mixing and curing concrete, building shallow wells with hand "
     "pumps beside the dam, and protecting the catchment with terraces and trees. It also "
     "advises on monitoring water levels and on keeping the riverbeds safe from the sand "
     "harvesters who dig them for building sand. Groups of up to 25 trainees can join two-week "
     "courses with site visits, followed by a year of support by phone.",
     ("sand dams", "water harvesting", "drylands", "climate change adaptation",
      "community groups"),
     ("KE",), "2024-01"),
    ("cm14", "need", "fr",
     "Besoin : des barrages de sable dans les koris de la région de Tahoua pour l'eau des "
     "villages et le maraîchage",
     "Dans la région de Tahoua, les koris, ces lits de rivière qui ne coulent que quelques jours "
     "après les orages de l'hivernage, charrient chaque année du sable et de l'eau qui filent "
     "vers l'aval. Un barrage de sable, mur en béton ou en maçonnerie ancré sur la roche en "
     "travers du kori, retient ce sable, qui garde l'eau en profondeur pendant des mois. Le "
     "conseil régional et des groupements de femmes maraîchères demandent un appui pour étudier "
     "les sites, construire quinze barrages de sable avec des puits busés à côté, former des "
     "maçons locaux et des comités de gestion, et suivre le niveau de l'eau dans les puisards. "
     "Ils souhaitent associer ces barrages à la récupération des terres par demi-lunes sur les "
     "versants et aux seuils d'épandage existants, et veiller à ce que les éleveurs transhumants "
     "gardent l'accès à l'eau. L'appui à la vente de l'oignon n'entre pas dans cette demande.",
     ("barrages de sable", "koris", "mobilisation des eaux", "adaptation au changement climatique",
      "maraîchage"),
     ("NE",), "2023-09"),
    ("cm15", "document", "es",
     "Guía técnica de represas de arena en quebradas estacionales de Madriz y Nueva Segovia",
     "En el corredor seco de Nicaragua las quebradas corren solo en invierno, de mayo a octubre, "
     "y en verano las familias caminan horas hasta los ojos de agua. Esta guía, preparada por "
     "una red de alcaldías y ONG con un instituto técnico, explica paso a paso cómo construir "
     "represas de arena, también llamadas presas de arena: muros de concreto ciclópeo anclados "
     "en roca a través del cauce, que se llenan de arena con las crecidas y guardan el agua "
     "entre sus granos, sin evaporarse ni criar zancudos. Describe cómo elegir el sitio con "
     "sondeos de la profundidad de la roca, levantar el muro y el vertedero por etapas, "
     "construir un pozo con bomba de mecate en la orilla, cercar el área y reforestar la "
     "microcuenca. Trae un formato de costos, la organización de la mano de obra comunitaria y "
     "los errores más comunes: muros sobre arcilla, arena demasiado fina y represas arrastradas "
     "por la primera crecida.",
     ("represas de arena", "cosecha de agua", "corredor seco", "adaptación al cambio climático",
      "quebradas"),
     ("NI",), "2023-05"),
    # --- wild rice ----------------------------------------------------------------------------
    ("cm16", "dataset", "en",
     "Manoomin in the ceded territories: wild rice bed surveys on lakes and rivers of Minnesota, "
     "Wisconsin and Michigan, 1985-2024",
     "Manoomin, northern wild rice (Zizania palustris), is an annual aquatic grass of shallow "
     "lakes and slow rivers around the upper Great Lakes and a sacred food of the Ojibwe, "
     "harvested each late summer by two people in a canoe, one poling and one knocking the ripe "
     "grain into the boat with cedar sticks. This dataset, kept by an intertribal fish and "
     "wildlife commission with tribal and state agencies, holds aerial and boat surveys of the "
     "extent and density of wild rice beds on more than 300 waters, harvest estimates, and the "
     "stem counts used to open each lake to ricers. It links changes in the beds to the causes "
     "of decline noted by ricers and biologists: dams that hold water too high, boat wakes, "
     "spring floods that uproot seedlings, warmer winters, invading hybrid cattail, and sulfate "
     "discharged by mines and wastewater plants, which turns into toxic sulfide in the sediment. "
     "Seeding records of lakes where beds were restored are included.",
     ("wild rice", "manoomin", "Zizania palustris", "Ojibwe", "aquatic plants"),
     ("US",), "2024-11"),
    ("cm17", "project", "fr",
     "Relancer la récolte du riz sauvage avec les Anishinabeg de l'Outaouais et de l'Abitibi",
     "Le riz sauvage, ou zizanie des marais (Zizania palustris et Zizania aquatica), pousse dans "
     "les baies peu profondes des lacs et des rivières lentes de l'ouest du Québec. Les "
     "Anishinabeg le récoltent depuis des siècles en canot, en courbant les tiges au-dessus de "
     "l'embarcation et en les frappant avec deux bâtons, puis le font sécher, griller et vanner. "
     "La récolte avait presque cessé dans plusieurs communautés. Ce projet, mené par le conseil "
     "de Kitigan Zibi avec celui de Lac-Simon et un centre d'études, cartographie les herbiers "
     "de riz sauvage par drone, ensemence des baies où il a disparu, forme des jeunes avec des "
     "aînés à la récolte et à la transformation, et équipe un petit atelier de séchage. Il "
     "mesure l'effet du marnage des réservoirs hydroélectriques et du batillage des bateaux à "
     "moteur, et demande des règles pour la récolte commerciale. Plusieurs lacs portent des noms "
     "anishinabe qui rappellent le riz, signe de son ancienneté dans le territoire.",
     ("riz sauvage", "zizanie", "savoirs autochtones", "Anishinabeg", "plantes aquatiques"),
     ("CA",), "2024-05"),
    ("cm18", "need", "es",
     "Necesidad: conservar las poblaciones de arroz silvestre de los humedales de Caño Negro y "
     "Palo Verde",
     "Costa Rica tiene poblaciones de dos especies de arroz silvestre, Oryza glumaepatula y "
     "Oryza latifolia, parientes del arroz cultivado que crecen en lagunas, yolillales y "
     "potreros inundados del Refugio de Vida Silvestre Caño Negro y del Parque Nacional Palo "
     "Verde. Guardan genes de tolerancia a la inundación, a la sequía y a plagas que buscan los "
     "fitomejoradores, pero se pierden por el drenaje para pastos, la caña de azúcar, el fuego y "
     "el avance de la tifa. Además, junto a los arrozales se cruzan con el arroz cultivado y con "
     "el arroz maleza, el llamado arroz rojo. La comisión nacional de recursos fitogenéticos y "
     "una universidad solicitan apoyo para mapear las poblaciones, recolectar semillas para el "
     "banco de germoplasma, estudiar el flujo de genes, capacitar a los guardaparques en su "
     "identificación y acordar con los arroceros franjas sin cultivo junto a los humedales.",
     ("arroz silvestre", "Oryza", "parientes silvestres de cultivos", "humedales",
      "recursos fitogenéticos"),
     ("CR",), "2023-08"),
    # --- bioluminescent bays ------------------------------------------------------------------
    ("cm19", "case-study", "en",
     "Keeping the glow in Jamaica's Luminous Lagoon: boat tours, mangroves and a cruise port "
     "next door",
     "At Oyster Bay near Falmouth, on Jamaica's north coast, the water flashes blue-green at "
     "night wherever a boat, a fish or a swimmer's hand stirs it. The light comes from countless "
     "single-celled dinoflagellates, mainly Pyrodinium bahamense, which thrive where the Martha "
     "Brae River meets the sea in a shallow, sheltered lagoon fringed by red mangroves. This "
     "case study reviews how the bioluminescent bay has fared as a tourist attraction: night "
     "boat tours and swimming from three landing stages, a sewage treatment plan for Falmouth, "
     "and the dredging for the large cruise-ship pier built in 2010 and 2011, which many feared "
     "would dim the glow, with the light readings and plankton counts taken before and after. It "
     "finds that the glow dipped during dredging and recovered, but that the loss of mangroves "
     "along the river and runoff from new housing remain the main threats, and proposes a "
     "management committee, a cap on boats and darker shorelines.",
     ("bioluminescent bays", "dinoflagellates", "Pyrodinium bahamense", "ecotourism", "mangroves"),
     ("JM",), "2022-07"),
    ("cm20", "project", "fr",
     "Mer qui scintille : un suivi participatif du plancton bioluminescent sur les côtes de "
     "Bretagne",
     "Certaines nuits d'été, les vagues des plages et des anses bretonnes s'allument "
     "d'étincelles bleues au passage d'un pied ou d'une pagaie. Cette bioluminescence, que "
     "beaucoup appellent encore phosphorescence de la mer, est due à des organismes du plancton, "
     "surtout Noctiluca scintillans, un dinoflagellé qui colore l'eau en rose le jour, mais "
     "aussi à des cténophores et à de petits crustacés. Ce projet, porté par une station de "
     "biologie marine avec des clubs de kayak de mer et de plongée, invite le public à signaler "
     "ses observations par une application, avec photo, lieu et heure, et des bénévoles mesurent "
     "la lumière émise avec un photomètre portable dans la baie de Morlaix et la baie de "
     "Douarnenez. Les signalements sont comparés aux relevés de température, de nutriments et de "
     "phytoplancton du réseau de surveillance, pour savoir si ces efflorescences deviennent plus "
     "fréquentes avec le réchauffement et les apports agricoles. Les marées vertes ne sont pas "
     "suivies par le projet.",
     ("bioluminescence", "plancton", "Noctiluca scintillans", "sciences participatives",
      "Bretagne"),
     ("FR",), "2024-06"),
    ("cm21", "document", "es",
     "Plan de manejo de la Bahía Bioluminiscente de Vieques: reglas para kayaks, guías y "
     "visitantes",
     "Puerto Mosquito, en la costa sur de Vieques, es una de las bahías bioluminiscentes más "
     "brillantes del mundo: cada litro de agua guarda cientos de miles de dinoflagelados "
     "(Pyrodinium bahamense) que destellan cuando se mueve el agua. Con la laguna Grande de "
     "Fajardo y la bahía de La Parguera, en Lajas, es una de las tres bahías bioluminiscentes de "
     "Puerto Rico. Este plan de la agencia de recursos naturales fija cupos de kayaks por noche, "
     "prohíbe bañarse, entrar con botes de motor y usar repelentes o bloqueadores solares en el "
     "agua, exige guías certificados y limita las luces en la orilla. Recuerda que tras el "
     "huracán María, en 2017, la bahía se apagó durante meses, cuando las lluvias y los vientos "
     "arrancaron mangle y removieron los sedimentos, y establece un monitoreo mensual de la "
     "densidad de dinoflagelados y de la turbidez. Propone también restaurar el mangle rojo y "
     "los caminos de tierra que drenan hacia la bahía.",
     ("bahías bioluminiscentes", "dinoflagelados", "Vieques", "ecoturismo", "manglares"),
     ("PR",), "2023-04"),
    # --- feeding wildlife by visitors ---------------------------------------------------------
    ("cm22", "document", "en",
     "Be dingo-safe on K'gari: a visitor guide to never feeding wongari and keeping camps secure",
     "K'gari, the World Heritage sand island off Queensland known until 2023 as Fraser Island, "
     "is home to about 200 dingoes, which the Butchulla people, its traditional owners, call "
     "wongari. Where visitors have fed them, on purpose or by leaving food and fish scraps "
     "around camps and beaches, dingoes have lost their wariness, approached people for food and "
     "bitten children, joggers and campers; some have had to be destroyed. This guide from the "
     "state parks service and Butchulla rangers explains why feeding a dingo, even once, is "
     "dangerous and illegal, with on-the-spot fines of several thousand dollars; how to keep "
     "food and rubbish in lockable boxes and fenced campgrounds; why to walk in groups and keep "
     "children within arm's reach; and what to do if a dingo comes close. It explains the hazing "
     "of bold animals, the ear tags and collars used to follow them, and how to report anyone "
     "feeding them. It is handed out with every vehicle and camping permit.",
     ("wildlife feeding", "dingoes", "visitor safety", "human-wildlife conflict", "K'gari"),
     ("AU",), "2024-03"),
    ("cm23", "case-study", "fr",
     "Nourrissage des raies et des requins dans le lagon de Moorea : vingt ans d'encadrement",
     "Depuis les années 1990, des prestataires de Moorea emmènent chaque jour des centaines de "
     "visiteurs sur un banc de sable du lagon où des raies pastenagues (Pateobatis fai) se "
     "pressent contre les baigneurs pour quémander du poisson, pendant que des requins à pointes "
     "noires tournent autour. Cette étude de cas retrace l'encadrement de ce nourrissage par le "
     "plan de gestion de l'espace maritime (PGEM) de Moorea : sites autorisés, quantité et type "
     "de nourriture, interdiction de nourrir les requins en plongée, déclaration des "
     "prestataires. Elle rapporte les suivis scientifiques : les raies nourries sont plus "
     "nombreuses, actives le jour plutôt que la nuit, plus souvent blessées et malades, et les "
     "requins restent plus longtemps sur le site. Elle pèse aussi les revenus que le tourisme "
     "apporte aux pêcheurs reconvertis et les morsures subies par les visiteurs. L'observation "
     "des baleines, autre activité encadrée du lagon, n'est évoquée qu'en passant.",
     ("nourrissage de la faune", "raies", "requins", "écotourisme", "lagons"),
     ("PF",), "2023-02"),
    ("cm24", "project", "es",
     "No alimentar a los coatíes: un proyecto para cortar la comida de los visitantes en el "
     "Parque Nacional Iguazú",
     "En los circuitos del Parque Nacional Iguazú, en Misiones, los coatíes (Nasua nasua) "
     "aprendieron que los visitantes llevan comida: abren mochilas, vuelcan cestos de basura y "
     "muerden o arañan a quien intenta darles de comer o quitarles un sándwich. Cada año la sala "
     "de primeros auxilios del parque atiende cientos de mordeduras, y los animales alimentados "
     "con galletitas y snacks engordan, se enferman y se juntan en bandas grandes alrededor de "
     "los bares. Este proyecto de la administración de parques nacionales instala cestos y "
     "contenedores a prueba de coatíes, cierra con mallas los patios de comidas, capacita a "
     "guardaparques y prestadores, pone carteles en castellano, portugués e inglés y multa a "
     "quien alimenta a la fauna. También sigue con collares y conteos a las bandas de coatíes y "
     "a los monos caí de la zona de uso público. Las cataratas y los vencejos que anidan detrás "
     "de los saltos quedan fuera del proyecto.",
     ("alimentación de fauna silvestre", "coatíes", "visitantes", "áreas protegidas",
      "conflictos con la fauna"),
     ("AR",), "2024-10"),
    # --- cemeteries ---------------------------------------------------------------------------
    ("cm25", "dataset", "en",
     "Birds, trees and meadows of Mount Auburn Cemetery: counts and inventories of an urban "
     "sanctuary, 1990-2024",
     "Mount Auburn Cemetery, opened in 1831 in Cambridge and Watertown, Massachusetts, as the "
     "first garden cemetery in the United States, is still an active burial ground and one of "
     "the best places in North America to watch spring migration. This dataset brings together "
     "the cemetery's inventory of some 5,000 trees with their species, size and condition, the "
     "volunteers' weekly bird counts during the May migration of warblers and other songbirds, "
     "breeding bird surveys, and records of frogs, insects and mammals such as red foxes and "
     "coyotes. It also documents the conversion of lawns between graves into native meadows, "
     "less mowing, the end of most pesticide use, and the restoration of a woodland pond. The "
     "notes explain how staff weigh the wishes of families visiting graves against leaving grass "
     "uncut and dead trees standing for woodpeckers, and compare the cemetery's bird list with "
     "those of nearby city parks.",
     ("cemeteries", "urban biodiversity", "bird migration", "urban trees", "meadows"),
     ("US",), "2024-10"),
    ("cm26", "document", "fr",
     "Des cimetières vivants : guide pour gérer les cimetières sans pesticides et accueillir la "
     "biodiversité",
     "Depuis juillet 2022, l'interdiction des pesticides de synthèse dans les espaces publics "
     "s'applique aussi aux cimetières, longtemps désherbés chimiquement pour garder des allées "
     "minérales impeccables. Ce guide, préparé par une agence régionale de la biodiversité avec "
     "des communes d'Île-de-France, aide élus, agents des espaces verts et conservateurs de "
     "cimetières à passer à une gestion écologique : enherbement des allées et des inter-tombes, "
     "plantes couvre-sol, fauche tardive des zones peu fréquentées, arbres et haies d'essences "
     "locales, murets et vieux caveaux laissés aux lézards, abris pour les hérissons et gîtes "
     "pour les chauves-souris. Il s'appuie sur les inventaires de cimetières parisiens comme le "
     "Père-Lachaise, où vivent renards et chouettes hulottes. Le guide insiste sur le dialogue "
     "avec les familles, souvent choquées de voir l'herbe pousser, et propose panneaux et "
     "visites guidées. Les cimetières naturels et l'inhumation écologique sont présentés en "
     "annexe.",
     ("cimetières", "gestion écologique", "zéro phyto", "biodiversité urbaine", "espaces verts"),
     ("FR",), "2023-10"),
    ("cm27", "need", "es",
     "Necesidad: inventario de árboles y fauna del Panteón Civil de Dolores, en la Ciudad de "
     "México",
     "El Panteón Civil de Dolores, abierto en 1875 junto al bosque de Chapultepec, es el "
     "cementerio más grande de la Ciudad de México, con más de 200 hectáreas de tumbas, "
     "mausoleos y calzadas arboladas donde viven tlacuaches, cacomixtles, ardillas, lagartijas y "
     "decenas de especies de aves, entre ellas colibríes y aves migratorias. Nunca se ha hecho "
     "un inventario de sus ahuehuetes, cedros, fresnos, pirules y eucaliptos, muchos viejos y "
     "huecos. La alcaldía y un colectivo de vecinos y biólogos solicitan apoyo para censar y "
     "georreferenciar los árboles, evaluar su riesgo de caída, registrar la fauna con "
     "fototrampeo y recorridos nocturnos, y proponer un plan de manejo que conecte el panteón "
     "con la tercera sección del bosque. Piden también dejar de quemar las flores y la basura "
     "que quedan tras el Día de Muertos, cuando se acumulan toneladas de cempasúchil, y "
     "compostarlas.",
     ("cementerios", "panteones", "arbolado", "fauna urbana", "Ciudad de México"),
     ("MX",), "2024-01"),
    # --- Indigenous place names ---------------------------------------------------------------
    ("cm28", "project", "en",
     "Names on the land: recording Māori place names and the ecological knowledge they hold in a "
     "Canterbury catchment",
     "Many Māori names of rivers, lagoons, hills and springs in Aotearoa New Zealand describe "
     "what was once found there: places where tuna (eels) were caught, where kererū fed on miro "
     "berries, where harakeke grew for weaving, or where the water was good to drink. This "
     "project, led by a rūnanga with a university and the regional council, gathers these names "
     "from elders, nineteenth-century maps, Māori Land Court minutes and waiata, checks their "
     "spelling and meaning, and records them in a digital atlas with the food-gathering places "
     "(mahinga kai) and species they refer to. The names guide the choice of sites for wetland "
     "and forest restoration, help set cultural health indicators for stream monitoring, and "
     "support proposals of official or dual names to the national geographic board, as was done "
     "for Aoraki/Mount Cook. Access to sensitive sites is decided by the rūnanga. Signs along "
     "restored streams give each name and its story.",
     ("place names", "Māori knowledge", "traditional knowledge", "mahinga kai", "toponymy"),
     ("NZ",), "2023-12"),
    ("cm29", "event", "fr",
     "Atelier : les noms de lieux innus et la planification des aires protégées de la Côte-Nord",
     "Sur la Côte-Nord du Québec, les Innus ont nommé des milliers de rivières, de lacs, de "
     "portages et de montagnes de leur territoire, le Nitassinan : des noms qui signalent un "
     "passage du caribou, une frayère à saumon ou à ouananiche, un bon endroit pour cueillir les "
     "petits fruits ou une glace dangereuse. Des milliers de ces noms ont été recueillis auprès "
     "des aînés, et une partie a été officialisée par la Commission de toponymie. Cet atelier de "
     "deux jours à Sept-Îles réunit des conseils innus, des chercheurs en toponymie, le "
     "ministère de l'Environnement et des organismes de bassin versant pour voir comment "
     "utiliser ces noms et les savoirs qu'ils portent dans la délimitation des futures aires "
     "protégées, y compris les aires protégées d'initiative autochtone, dans les plans de "
     "rétablissement du caribou et dans les cartes et panneaux. Une séance portera sur les lieux "
     "sacrés, dont certains noms ne doivent pas être publiés.",
     ("toponymie", "noms de lieux", "savoirs autochtones", "Innus", "aires protégées"),
     ("CA",), "2024-04"),
    ("cm30", "dataset", "es",
     "Toponimia mapuche de la cuenca del Toltén: base de datos de nombres de lugar y de lo que "
     "dicen del territorio",
     "En mapudungun los nombres de lugar describen el territorio: Temuco es «agua del temu», un "
     "árbol de los bosques pantanosos; los nombres con leufü señalan ríos, los terminados en -ko "
     "aguas y vertientes, y muchos recuerdan un menoko, humedal donde crecen plantas medicinales "
     "(lawen), un bosque de pehuén o una cascada, como los lugares llamados Trayenko. Esta base "
     "de datos, elaborada por comunidades mapuche con una universidad regional, reúne más de "
     "3.000 topónimos de la cuenca del Toltén, en La Araucanía, con su escritura en distintos "
     "grafemarios, su significado según los kimche y hablantes, su ubicación y las especies, "
     "aguas o sitios ceremoniales que nombran. Compara los nombres con la cobertura actual de "
     "bosque nativo, humedales y plantaciones forestales, y muestra que muchos lugares nombrados "
     "por sus menokos o sus bosques ya no los tienen. Los datos de sitios sagrados solo se "
     "entregan con el consentimiento de las comunidades.",
     ("toponimia", "nombres de lugar", "pueblo mapuche", "conocimientos tradicionales",
      "humedales"),
     ("CL",), "2024-08"),
)  # fmt: skip
