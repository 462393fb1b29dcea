"""Clearing-house records of the forty-sixth judged relevance set
(tests/search/relevance/queries46.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CBD Clearing-House
Mechanism pages on iguanas (the blue iguanas headstarted and released in the Salina Reserve
of Grand Cayman; the national action plan for the iguane des Petites Antilles against the
iguane commun and its hybrids in Guadeloupe and Martinique; a need for the iguana de Utila,
the garrobo de pantano or swamper of the Bay Islands' mangroves) and on atolls (the
freshwater lenses of Majuro and Wotje in the Marshall Islands; the motu, hoa and passes of
the seven atolls of the Fakarava biosphere reserve in the Tuamotu; Banco Chinchorro, the
atolón, or falso atolón, of Quintana Roo); chemicals and health pages on radon (an Irish
guide to testing and remediation in High Radon Areas; dépistage du radon in the schools, CPE
and houses of the Outaouais and the Laurentides; a Galician jornada on the radón of granite
and the Código Técnico); agriculture and wildlife pages on livestock guardian dogs (the
Anatolian shepherds and Kangals placed with Namibian farmers against cheetahs; a guide to the
chiens de protection des troupeaux, the patous of the Alps, for hikers; an offer of perros
protectores de ganado for the crianceros of Chile); One Health pages on anthrax (hippos,
buffalo and cattle around Queen Elizabeth National Park; the charbon bactéridien, or fièvre
charbonneuse, killing chimpanzees in Taï; a need for the carbunclo bacteridiano, or grano
malo, of the Salado basin); policy pages on financial guarantees for mine closure (Western
Australia's Mining Rehabilitation Fund and performance bonds; a Senegalese atelier on the
fonds de réhabilitation des sites miniers; twenty years of Peru's garantías financieras for
the cierre de minas); energy pages on solar cookers (Scheffler steam kitchens in India; an
offer of cuiseurs solaires and marmites norvégiennes for the refugee camps of eastern Chad;
cocinas solares and ollas brujas on the altiplano of Oruro); capacity-building pages on
training of trainers (a ToT on biodiversity data mobilization in Kigali; the formation de
formateurs in environmental education for Malagasy teachers; a diplomado of formación de
formadores for Guatemala's guardarrecursos); hazard pages on hurricanes (Hurricane Maria and
the El Yunque forest plots; a need to restore Mayotte's mangroves and forests after the
cyclone Chido; the huracán Otis in Acapulco and its lagoons); and livestock pages on donkeys
(the feral burros of Death Valley; the ban on slaughtering ânes for the peaux d'ânes and
ejiao trade in Burkina Faso; the burros of the endangered zamorano-leonesa breed grazing
firebreaks in the Sierra de la Culebra). English, French and Spanish, 10 records each, every
topic written once in each language (different countries, projects and angles, not
translations of one text), so that a query in one language has answers in the others.

None of records.py, records3.py, ..., records45.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (iguana, iguane, garrobo, Cyclura, Ctenosaura,
Conolophus, Amblyrhynchus, lizard, lézard, lagarto, gecko, chameleon; atoll, atolón, motu,
Tuamotu, Fakarava, Chinchorro, Alacranes, Clipperton, Aldabra, Chagos, Maldives, Kiribati,
Tuvalu, Tokelau, Marshall, Palmyra, lagoon, lagon, laguna arrecifal, cay, cayo; radon,
radón, becquerel, indoor air, air intérieur, aire interior, lung cancer, cancer du poumon;
guardian dog, chien de protection, patou, perro protector, mastín, mastiff, Kangal,
Anatolian, Great Pyrenees, Maremma, cheetah, guépard, guepardo, dog, chien, perro, loup, wolf,
lobo; anthrax, fièvre charbonneuse, charbon bactéridien, charbon, carbunco, carbunclo,
ántrax, fiebre carbonosa, Bacillus anthracis, Bacillus; financial guarantee, garantie
financière, garantía financiera, fianza, bond, performance bond, reclamation bond, financial
assurance, mine closure, fermeture de mine, cierre de minas, plan de cierre, remise en état,
rehabilitation, réhabilitation; solar cooker, cuiseur solaire, four solaire, cocina solar,
horno solar, cookstove, foyers améliorés, estufa, fogón; training of trainers, trainers,
formation de formateurs, formateurs, formación de formadores, formadores, multiplicador,
ToT, online course, cours en ligne, curso en línea; hurricane, ouragan, huracán, cyclone,
ciclón, typhoon, typhon, tifón, tropical storm, tempête tropicale, tormenta tropical, storm;
donkey, âne, ânes, burro, asno, mule, mula, ejiao, baudet). Candidates found covered were
dropped: debt-for-nature swaps (m08), conservation easements and the obligation réelle
environnementale (bp19-bp21), seed fairs (r18), glacial lake outburst floods (w37-w39),
caves and karst (r01-r03), inselbergs (bi19-bi21), stingless bees (p36), fireflies
(s22, s23), seahorses (s07, s08), hummingbirds (bn01-bn03), sea cucumbers (j25-j27),
jellyfish (s19-s21), dugongs and manatees (o01-o03, bm04-bm06), kelp (y13-y15), cork oak
(y22-y24), cigarette butts (z25-z27), sunscreen (o25, o26), fluoride (x04-x06), atrazine,
triclosan, creosote, ammonia, hydrogen sulphide, methyl bromide, asbestos, leptospirosis,
Chagas disease, online courses (n13, n40, p40, x15), journalists and community radios
(bq22-bq24), besides the topics of sets 38 to 45 and those their docstrings list as
covered; screened with no or passing hits but not chosen: ice storms, cold waves (the frost
pages bu25-bu27 would have been borderline), nitrous oxide, sinkholes, tepuis, groupers (named
in passing by bf03, bh17, bh18), wild mushroom picking
(the truffle guide bn06 has "hongos silvestres comestibles" among its subjects).
The nearest are the rock iguanas' relatives, the tokay geckos (bi01-bi03), and no iguana
page; the giant clam stocks of the closed lagoons of the eastern Tuamotu (bk08), the crown-
of-thorns starfish of the lagoons of French Polynesia (bi29) and the rat eradication on the
motu (t44), none of which names an atoll; the uranium and phosphogypsum pages that measure
radon among other things (bw08, bw09, bd18), no radon page; the electric fence guide for
Patagonian sheep ranches that advises combining fences with perros protectores de ganado
(bw21) and the detection dogs at ports and customs (bb25-bb27), no guardian dog page; the
wildlife health surveillance guide that lists fièvre charbonneuse in hippos among the
diseases to watch (k11), no anthrax page; the acid mine drainage guide for mine closure
that lists costing the garanties financières de fermeture among its steps (j05), the other
acid mine drainage pages (j04, j06), the uranium legacy sites (bw07-bw09), the garanties
financières of New Caledonia's mining offsets (bi26) and of wind farm dismantling (bh11) and
the green bond of Zambia's finance plan (m07), no page on financial guarantees for mine
closure; the improved cookstove pages
(w28-w30), no solar cooker page; the Jamaican need that asks for a train-the-trainer
course among other items (t01), the facilitators' guide of cotton farmer field schools (b4)
and the many training workshops and offers, which train learners, not trainers; the
pharmaceutical donations after hurricanes Eta and Iota (bc27), the
dune dataset that records the effect of hurricanes such as Karl (bt06), the seaweed farms
that follow their losses in cyclones (bv29), the CCA timber left by cyclones (bj28), and
the hurricanes, typhoons and cyclones named in passing by by03, bn02, bq13 and bq15, no
hurricane page; and the donkeys vaccinated with dogs and cats in N'Djamena (bt14), no
donkey page. Among the golden pages, only molecular-structure pages that name a bond, and a
job portal's "internship", matched the words. No text was copied from those sites and none
comes from demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and
enriched with the project thesaurus exactly as the other records files' are, beside them and
the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Traps written into these records (see NOTES.md and queries46.tsv): the iguanas that live on
Cayo Centro of Banco Chinchorro (bz06) are named in passing, not the page's topic; the
hurricanes and cyclones named as background by the blue iguana dataset (Hurricane Ivan,
bz01), the Fakarava project (the cyclones of 1983, bz05) and the Chinchorro case study
(hurricane Dean, bz06) are no hurricane pages; the ânes that pull wood carts in the Chadian
camps (bz20) are no donkey page, and the charbon de bois burnt there is charcoal, not the
charbon (anthrax) of bz14; the burros of bz28 and bz30 are donkeys, while the "burrows" of
the land crab, gopher tortoise and penguin pages (by01, by10, bw01, bn07) are holes; the
perros asilvestrados (feral dogs) that prey on the Chilean flocks (bz12) and the chiens
errants of the Alps (bz11) are the guardian dogs' adversaries; the Pyrenean mountain dog is
called patou in France (bz11) and montaña de los Pirineos in Chile (bz12); the fund of
Western Australia (bz16) and the fonds de réhabilitation of Senegal (bz17) are mine closure
guarantees, unlike the green bond of m07; the abandoned mines that Peru remedies with public
money (bz18) are the legacy the guarantees are meant to prevent, like the uranium sites of
bw07-bw09; the formation en cascade of bz23 and the capacitación en cascada of bz24 are
training of trainers, while the rangers' own patrol and fire courses they teach are not
the topic; the cyclone of Mayotte (bz26) is a hurricane under the name the Indian Ocean uses.

Ids (bz01..bz30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30, bg01..bg30, bh01..bh30,
bi01..bi30, bj01..bj30, bk01..bk30, bl01..bl30, bm01..bm30, bn01..bn30, bo01..bo30,
bp01..bp30, bq01..bq30, br01..br30, bs01..bs30, bt01..bt30, bu01..bu30, bv01..bv30,
bw01..bw30, bx01..bx30, by01..by30), and no earlier id starts with "bz"; in queries46.tsv
they are written without prefix, like theirs, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- iguanas ------------------------------------------------------------------------------
    ("bz01", "dataset", "en",
     "Blue iguanas of Grand Cayman: headstart releases, resightings and nests in the Salina "
     "Reserve, 2002-2024",
     "The blue iguana (Cyclura lewisi), a large rock iguana found only on Grand Cayman, had "
     "fallen to a few dozen animals in the wild by 2002, after its dry shrubland was cleared "
     "for roads and housing and as dogs, feral cats and cars killed the survivors. The "
     "recovery programme hatches eggs laid by captive pairs, raises the young for two years in "
     "a headstart facility until they are too big for most predators, then marks them with "
     "microchips and coloured beads and releases them into the xerophytic shrubland of the "
     "Salina Reserve and other protected sites. This dataset holds every release, the "
     "resighting surveys walked along fixed trails, nest counts and hatchling emergence, body "
     "measurements, and the causes of death found on carcasses, among them road kills and dog "
     "attacks. It also logs the invasive green iguana (Iguana iguana), culled island-wide "
     "since 2018, and the damage Hurricane Ivan did to the captive facility in 2004. The "
     "species was moved from Critically Endangered to Endangered in 2012.",
     ("iguanas", "Cyclura lewisi", "headstarting", "reintroduction", "Grand Cayman"),
     ("KY",), "2024-09"),
    ("bz02", "document", "fr",
     "Plan national d'actions en faveur de l'iguane des Petites Antilles : guide pour "
     "reconnaître l'iguane commun et signaler les hybrides",
     "L'iguane des Petites Antilles (Iguana delicatissima), reconnaissable à sa tête claire, à "
     "sa queue sans anneaux sombres et à l'absence de la grande écaille ronde sous le tympan, "
     "ne subsiste en Guadeloupe que sur les îlets de la Petite-Terre et à La Désirade, et en "
     "Martinique sur l'îlet Chancel. Il recule devant l'iguane commun, ou iguane vert (Iguana "
     "iguana), arrivé d'Amérique du Sud et centrale avec des cargaisons et des animaux de "
     "compagnie, qui lui prend sa nourriture et s'hybride avec lui, au point de l'avoir fait "
     "disparaître de la Basse-Terre. Ce guide du plan national d'actions, rédigé par l'office "
     "de la biodiversité avec l'office national des forêts, les réserves naturelles et des "
     "associations, aide les agents, les pêcheurs et les plaisanciers à distinguer les deux "
     "espèces et leurs hybrides. Il décrit la capture et le signalement des iguanes communs "
     "sur les îlets, le contrôle des bateaux venant de Saint-Martin, le suivi des pontes et "
     "des nouveau-nés, la lutte contre les chats et les rats, et les renforcements de "
     "population avec des animaux élevés en captivité. L'espèce, protégée, est classée en "
     "danger critique.",
     ("iguanes", "Iguana delicatissima", "espèces exotiques envahissantes", "hybridation",
      "Petites Antilles"),
     ("GP", "MQ"), "2024-03"),
    ("bz03", "need", "es",
     "Necesidad: salvar a la iguana de Utila, el garrobo de pantano de los manglares de las "
     "Islas de la Bahía",
     "La iguana de Utila o garrobo de pantano (Ctenosaura bakeri), que los isleños llaman "
     "«swamper», vive solo en la isla de Utila, en el departamento de Islas de la Bahía, "
     "Honduras. Pasa la mayor parte del año en los manglares del interior de la isla, donde se "
     "refugia en los huecos de los árboles, y entre febrero y mayo las hembras cruzan hasta "
     "las playas de arena para desovar. La tala y el relleno de manglares para lotes "
     "turísticos, las playas ocupadas por construcciones, la caza de hembras grávidas, cuyos "
     "huevos se comen en Semana Santa, y la competencia e hibridación con el garrobo negro "
     "común (Ctenosaura similis) la han llevado al peligro crítico. Una estación biológica "
     "local, la municipalidad y el instituto de conservación forestal solicitan apoyo para "
     "mantener el centro de incubación y crianza, cercar y limpiar de basura las playas de "
     "anidación, comprar parcelas de manglar, pagar guardarrecursos durante la época de "
     "desove, formar a guías de turismo y hacer campañas en las escuelas para que nadie venda "
     "ni consuma iguanas ni sus huevos.",
     ("iguanas", "Ctenosaura bakeri", "manglares", "especies en peligro crítico",
      "necesidades"),
     ("HN",), "2024-06"),
    # --- atolls -------------------------------------------------------------------------------
    ("bz04", "dataset", "en",
     "Freshwater lenses of Majuro and Wotje atolls: well salinity, rainfall and wave overwash, "
     "2008-2024",
     "On a low coral atoll the only groundwater is a thin lens of fresh water floating on "
     "seawater inside the sand and coral rubble of the wider islets, recharged by rain and "
     "drawn by wells, by household pumps and by the pits where families grow giant swamp taro "
     "beside their breadfruit and pandanus. This dataset, kept by the national water agency of "
     "the Marshall Islands with a university and a regional geoscience programme, gathers "
     "monthly readings of water level and electrical conductivity in monitoring boreholes "
     "across the Laura lens on Majuro atoll, which supplies part of the capital, and in "
     "household wells on Wotje atoll; daily rainfall; the volumes pumped; and the extent of "
     "saltwater flooding after the king tides and swells that washed over the reef flats and "
     "into the islets in 2014 and after. It shows how the lens shrank in the El Niño droughts "
     "of 2013 and 2016 and recovered over the following wet seasons, and is used to set safe "
     "pumping rates, site rainwater tanks and plan adaptation as sea level rises.",
     ("atolls", "freshwater lens", "groundwater", "sea-level rise", "Marshall Islands"),
     ("MH",), "2024-11"),
    ("bz05", "project", "fr",
     "Réserve de biosphère de Fakarava : gérer les passes, les motu et les lagons de sept "
     "atolls des Tuamotu",
     "La commune de Fakarava, dans l'archipel des Tuamotu, regroupe sept atolls, Fakarava, "
     "Toau, Aratika, Kauehi, Raraka, Taiaro et Niau, classés réserve de biosphère. Chaque "
     "atoll est un anneau de motu, îlots de sable et de débris coralliens couverts de "
     "cocotiers et de forêt à Pisonia, posé autour d'un lagon relié à l'océan par des passes "
     "et par des hoa, chenaux peu profonds où l'eau franchit le récif à marée haute. La passe "
     "sud de Fakarava accueille chaque année, en juin et juillet, l'agrégation de reproduction "
     "des mérous camouflage et les centaines de requins gris qui s'en nourrissent. Le projet, "
     "porté par la commune avec la direction de l'environnement, les associations de pêcheurs "
     "et les pensions de famille, révise le plan de gestion de l'espace maritime qui zone le "
     "lagon, encadre la plongée dans les passes, suit les fermes perlières et leurs déchets de "
     "bouées et de cordages, restaure la cocoteraie abandonnée et la forêt d'atoll et aide les "
     "habitants à stocker l'eau de pluie, dans des îles qui n'ont pas oublié les cyclones de "
     "1983. Les écoles participent à un suivi annuel du lagon.",
     ("atolls", "lagons", "réserves de biosphère", "motu", "Tuamotu"),
     ("PF",), "2023-09"),
    ("bz06", "case-study", "es",
     "Banco Chinchorro: veinticinco años de manejo del mayor atolón coralino de México",
     "Frente a la costa sur de Quintana Roo, a unos treinta kilómetros de Mahahual, Banco "
     "Chinchorro es una plataforma arrecifal en forma de anillo, de más de cuarenta kilómetros "
     "de largo, con una laguna arrecifal somera en el centro y tres grupos de cayos, Cayo "
     "Norte, Cayo Centro y Cayo Lobos. Por su forma se le llama atolón, o falso atolón, pues "
     "se levanta sobre un bloque de la plataforma continental y no sobre un volcán hundido. "
     "Declarado reserva de la biosfera en 1996, guarda arrecifes de coral, pastos marinos, los "
     "manglares de Cayo Centro, donde también viven iguanas y aves marinas, y decenas de "
     "naufragios. El estudio de caso, elaborado por la dirección de la reserva con las "
     "cooperativas pesqueras que viven en palafitos sobre los cayos durante la temporada, "
     "describe cómo se ordenó la pesca de langosta con refugios artificiales y la del caracol "
     "rosado, cómo se organizó la vigilancia con la Secretaría de Marina, cómo se limitó el "
     "buceo en los pecios y cómo se reconstruyeron los palafitos tras el paso del huracán Dean "
     "en 2007. Señala lo que aún falta: monitoreo continuo de los arrecifes y recursos para la "
     "vigilancia.",
     ("atolones", "arrecifes de coral", "reservas de la biosfera", "pesca de langosta",
      "Quintana Roo"),
     ("MX",), "2024-08"),
    # --- radon --------------------------------------------------------------------------------
    ("bz07", "document", "en",
     "Radon in homes and workplaces: a guide to testing and remediation in High Radon Areas",
     "Radon is a colourless, odourless radioactive gas produced by the decay of uranium in "
     "granite, limestone and shale. It seeps from the ground into buildings through cracks in "
     "floors, gaps around service pipes and cavities, and builds up indoors, especially in "
     "winter. After smoking it is the main cause of lung cancer, and in Ireland it is linked "
     "to about 350 cases a year. This guide, issued by the environmental protection agency "
     "under the National Radon Control Strategy, explains the national reference level of 200 "
     "becquerels per cubic metre and the radon map, which marks as High Radon Areas those "
     "where more than one home in ten is expected to exceed it. It shows how to test: two "
     "passive detectors, one in a bedroom and one in a living room, left for three months and "
     "posted to a laboratory. It then describes remediation, from a radon sump with a fan "
     "under the floor to better under-floor ventilation and sealing, the radon barrier "
     "required in new buildings, and the duty of employers to measure radon in ground-floor "
     "and basement workplaces. It lists grants for householders and registered contractors.",
     ("radon", "indoor air quality", "lung cancer", "radiation protection",
      "building regulations"),
     ("IE",), "2024-01"),
    ("bz08", "project", "fr",
     "Dépistage du radon dans les écoles, les CPE et les maisons de l'Outaouais et des "
     "Laurentides",
     "Le radon, gaz radioactif naturel issu de la désintégration de l'uranium contenu dans les "
     "roches du Bouclier canadien, s'infiltre par les fissures des fondations et s'accumule "
     "dans les sous-sols et les rez-de-chaussée mal ventilés. Au Québec, la santé publique "
     "estime qu'il est responsable d'une part importante des cancers du poumon, en particulier "
     "chez les non-fumeurs. Le projet, mené par les directions régionales de santé publique "
     "avec les centres de services scolaires, des municipalités et un organisme d'aide aux "
     "propriétaires, remet des dosimètres à trace alpha à installer l'hiver pendant au moins "
     "trois mois dans les écoles, les centres de la petite enfance (CPE) et quelque deux mille "
     "maisons unifamiliales. Il cartographie les résultats par secteur et les compare à la "
     "ligne directrice canadienne de 200 Bq/m³. Dans les bâtiments qui la dépassent, il "
     "accompagne les travaux d'atténuation : dépressurisation active sous la dalle, scellement "
     "des fissures et des puisards, ventilation. Il forme aussi les entrepreneurs aux "
     "exigences du Code de construction et informe les acheteurs de maisons.",
     ("radon", "qualité de l'air intérieur", "santé publique", "écoles", "Québec"),
     ("CA",), "2023-11"),
    ("bz09", "event", "es",
     "Jornada técnica: el radón en los edificios y el Código Técnico, para técnicos "
     "municipales de Galicia",
     "El radón es un gas radiactivo de origen natural que sale del granito y de otros terrenos "
     "y se acumula en los sótanos y las plantas bajas de las viviendas y de los lugares de "
     "trabajo; es la segunda causa de cáncer de pulmón después del tabaco y la primera entre "
     "quienes nunca han fumado. Galicia, asentada en su mayor parte sobre rocas graníticas, "
     "reúne muchos de los municipios de actuación prioritaria del mapa de exposición al radón "
     "de España. La jornada, organizada por la consejería de medio ambiente con el colegio de "
     "arquitectos y una universidad, presenta el Real Decreto 1029/2022, con su nivel de "
     "referencia de 300 becquerelios por metro cúbico, y la sección HS6 del Código Técnico de "
     "la Edificación, que obliga a proteger los edificios nuevos con barreras antirradón o "
     "cámaras de aire ventiladas. Expone también las soluciones para rehabilitar edificios "
     "existentes, como la despresurización del terreno con arquetas y extractores, el sellado "
     "de grietas y la ventilación, con demostraciones de detectores pasivos y monitores en "
     "continuo y casos de colegios y centros de salud medidos en Ourense y Pontevedra.",
     ("radón", "calidad del aire interior", "edificación", "protección radiológica", "Galicia"),
     ("ES",), "2024-10"),
    # --- livestock guardian dogs --------------------------------------------------------------
    ("bz10", "case-study", "en",
     "Livestock guardian dogs and cheetahs on Namibian farmland: three decades of Anatolian "
     "shepherds and Kangals",
     "Most of Namibia's cheetahs live outside protected areas, on commercial and communal "
     "farms where they take calves, sheep and goats and where farmers once trapped and shot "
     "them in large numbers. Since 1994 a conservation fund based near Otjiwarongo has bred "
     "Anatolian shepherd and Kangal dogs and placed the puppies with farmers. Raised from "
     "eight weeks old among the goats and sheep, a livestock guardian dog bonds with the herd, "
     "follows it into the veld and drives off cheetahs, leopards, jackals and caracals by "
     "barking and standing its ground. This case study draws on follow-up visits to more than "
     "seven hundred placed dogs: most owners reported a large drop in losses, and many stopped "
     "removing cheetahs. It also examines the failures, such as dogs that chased game, "
     "wandered off, were poisoned or hit by cars, or were badly fed, and what was learned from "
     "them: choosing working lines, training owners, veterinary care and sterilisation, and "
     "subsidised dogs for communal farmers in the conservancies. Farmers in South Africa, "
     "Botswana and Kenya have since taken up the model.",
     ("livestock guardian dogs", "cheetahs", "human-wildlife conflict", "livestock predation",
      "Namibia"),
     ("NA",), "2024-02"),
    ("bz11", "document", "fr",
     "Chiens de protection des troupeaux : guide pour les randonneurs, les éleveurs et les "
     "communes des Alpes",
     "Depuis le retour du loup dans les Alpes au début des années 1990, les éleveurs d'ovins "
     "et de caprins ont adopté, avec le gardiennage par un berger et le regroupement nocturne "
     "des bêtes, les chiens de protection des troupeaux : montagnes des Pyrénées, qu'on "
     "appelle patous, bergers d'Anatolie ou maremmes-abruzzes. Élevés dès le plus jeune âge au "
     "milieu des brebis, ils vivent jour et nuit avec le troupeau en alpage et s'interposent "
     "face à tout intrus, loup, renard, chien errant ou promeneur. Ce guide, préparé par les "
     "services de l'État avec l'institut de l'élevage, les parcs nationaux et les "
     "organisations d'éleveurs, explique aux randonneurs et aux vététistes comment se "
     "comporter en traversant un alpage : ralentir, contourner le troupeau, descendre de vélo, "
     "ne pas caresser ni menacer le chien, tenir son propre chien en laisse. Il rappelle aux "
     "éleveurs l'aide à l'achat et à l'entretien des chiens, les tests de comportement et la "
     "conduite à tenir après une morsure, et aux communes les panneaux à poser aux départs de "
     "sentiers et le rôle des médiateurs pastoraux.",
     ("chiens de protection des troupeaux", "patous", "loup", "pastoralisme", "Alpes"),
     ("FR",), "2024-05"),
    ("bz12", "support-source", "es",
     "Oferta: cachorros de perros protectores de ganado y capacitación para crianceros de "
     "Chile",
     "Un programa del instituto de investigaciones agropecuarias, con el servicio agrícola y "
     "ganadero, ofrece a los crianceros de cabras del norte chico y a los pequeños ovejeros "
     "del sur cachorros de perros protectores de ganado de razas como el montaña de los "
     "Pirineos, el pastor de Anatolia y el mastín, nacidos en un criadero propio y criados con "
     "el piño desde las seis semanas. El apoyo incluye la entrega del cachorro con su alimento "
     "del primer año, vacunas, desparasitación y esterilización; tres visitas técnicas durante "
     "el primer año para corregir conductas como jugar con los corderos o alejarse del rebaño; "
     "y un curso para las familias sobre el manejo del perro, el registro de ataques y la "
     "convivencia con vecinos y turistas. Los perros se proponen como alternativa a la caza y "
     "al veneno contra el puma, el zorro culpeo y los perros asilvestrados, que en el secano "
     "costero y en la cordillera causan pérdidas que llevan a muchos crianceros a dejar la "
     "actividad. Pueden postular agrupaciones de crianceros, comunidades indígenas y "
     "municipios, y el programa comparte su manual y sus fichas de seguimiento con servicios "
     "de otros países.",
     ("perros protectores de ganado", "depredación de ganado", "puma", "crianceros", "ofertas"),
     ("CL",), "2024-07"),
    # --- anthrax ------------------------------------------------------------------------------
    ("bz13", "project", "en",
     "Anthrax in hippos, buffalo and cattle around Queen Elizabeth National Park: a One Health "
     "response",
     "Anthrax, caused by the bacterium Bacillus anthracis, whose spores survive for decades in "
     "the soil, has repeatedly killed hippos along the Kazinga Channel and the lakes of Queen "
     "Elizabeth National Park in western Uganda, with large die-offs in 2004 and 2010. It "
     "spills over to buffalo, to the cattle of pastoralist villages on the park edge, and to "
     "people who skin, handle or eat animals found dead. The project, led by the wildlife "
     "authority with the veterinary services, the national One Health platform and a "
     "university, trains rangers to report carcasses at once and to take blood smears for "
     "rapid tests; has carcasses burnt or buried under lime rather than opened; vaccinates "
     "cattle in the parishes bordering the park each year before the dry season; and "
     "broadcasts radio messages against eating meat from animals that died suddenly. It also "
     "follows cases of skin anthrax, the black painless scab on hands and arms, reported by "
     "health centres, and maps outbreaks against rainfall and lake levels to anticipate the "
     "periods of highest risk.",
     ("anthrax", "One Health", "hippopotamus", "zoonoses", "Queen Elizabeth National Park"),
     ("UG",), "2023-08"),
    ("bz14", "dataset", "fr",
     "Mortalités dues au charbon bactéridien dans la faune du parc national de Taï : "
     "carcasses, analyses et mouches, 2001-2023",
     "Dans la forêt du parc national de Taï, au sud-ouest de la Côte d'Ivoire, une forme "
     "particulière de la bactérie de la maladie du charbon, Bacillus cereus biovar anthracis, "
     "tue depuis le début des années 2000 des chimpanzés, des singes, des céphalophes, des "
     "mangoustes et des porcs-épics. Contrairement à la fièvre charbonneuse des savanes, qui "
     "frappe surtout les herbivores broutant près des points d'eau, elle circule toute l'année "
     "sous le couvert forestier, et des mouches nécrophages portant ses spores ont été "
     "capturées dans tout le parc. Le jeu de données, constitué par un programme de recherche "
     "sur les chimpanzés avec des instituts vétérinaires ivoiriens et européens, rassemble "
     "pour chaque carcasse trouvée par les équipes de suivi ou les écogardes l'espèce, le "
     "lieu, la date, l'état du cadavre, les prélèvements et le résultat des analyses, ainsi "
     "que les captures de mouches et les détections d'ADN bactérien dans des os anciens. Il "
     "permet d'estimer la part des décès due au charbon, près de quatre sur dix parmi les "
     "animaux retrouvés morts, et d'évaluer le risque pour les chimpanzés et les villages "
     "voisins.",
     ("fièvre charbonneuse", "charbon bactéridien", "chimpanzés", "santé de la faune sauvage",
      "parc national de Taï"),
     ("CI",), "2024-03"),
    ("bz15", "need", "es",
     "Necesidad: vigilancia del carbunclo bacteridiano en bovinos y personas de la cuenca del "
     "Salado",
     "El carbunclo bacteridiano, también llamado ántrax o carbunco, es una enfermedad del "
     "ganado causada por Bacillus anthracis, cuyas esporas sobreviven décadas en suelos "
     "alcalinos y anegables como los de la cuenca del río Salado, en la provincia de Buenos "
     "Aires, y vuelven a la superficie con las inundaciones y las sequías. Cada verano "
     "aparecen vacas muertas de golpe, con sangre oscura que no coagula saliendo por la nariz "
     "y la boca, y cada año se notifican casos humanos de «grano malo», la pústula negra que "
     "sufren peones, carniceros y vecinos que carnearon o cuerearon animales muertos sin saber "
     "de qué. El ministerio de salud provincial, con el servicio nacional de sanidad animal y "
     "los municipios, solicita apoyo para extender la vacunación anual con vacuna Sterne en "
     "los campos con antecedentes, equipar laboratorios regionales para el diagnóstico rápido, "
     "capacitar a veterinarios rurales y al personal de las salas de primeros auxilios, mapear "
     "los sitios donde se enterraron animales muertos, financiar su incineración y difundir "
     "por radios locales que no se abran ni se faenen animales muertos de forma súbita.",
     ("carbunclo", "ántrax", "zoonosis", "sanidad animal", "necesidades"),
     ("AR",), "2024-02"),
    # --- mine closure financial guarantees ----------------------------------------------------
    ("bz16", "document", "en",
     "Mine rehabilitation security in Western Australia: a guide to the Mining Rehabilitation "
     "Fund and performance bonds",
     "When a mine closes, or its operator goes bankrupt, someone must pay to reshape waste "
     "dumps, cap tailings storage facilities, remove plant and revegetate the land. For "
     "decades Western Australia required miners to lodge unconditional performance bonds, bank "
     "guarantees held by the state, but these covered only a fraction of the real cost, and "
     "several abandoned sites were left to the public purse. Since 2013 the Mining "
     "Rehabilitation Fund Act has required most tenement holders to report their disturbed "
     "land every year and pay a small levy into a pooled fund, whose earnings pay for "
     "rehabilitating abandoned mines; bonds are now kept only for high-risk sites. This guide "
     "from the mines regulator explains how land disturbance is reported by category, how the "
     "levy and the rehabilitation liability estimate are calculated, when a bond may still be "
     "demanded, how mine closure plans must be reviewed every three years, and how abandoned "
     "legacy mines are ranked and repaired with money from the fund. It compares this "
     "financial assurance with the rules of other Australian states and of Canada.",
     ("financial assurance", "mine closure", "rehabilitation bonds", "mining",
      "Western Australia"),
     ("AU",), "2023-07"),
    ("bz17", "event", "fr",
     "Atelier national : fermeture des mines et garanties financières de réhabilitation au "
     "Sénégal",
     "Le code minier de 2016 oblige tout titulaire d'un permis d'exploitation à présenter un "
     "plan de fermeture et à alimenter un fonds de réhabilitation des sites miniers, ouvert "
     "dans une banque, qui doit financer la remise en état des terrains à la fin de "
     "l'exploitation. Les montants ne suivent pourtant pas toujours l'agrandissement des "
     "fosses et des verses, et les carrières de calcaire, de basalte et d'attapulgite laissées "
     "sans réaménagement se multiplient, de Kédougou à la région de Thiès. Cet atelier de "
     "trois jours à Dakar, organisé par la direction des mines et la direction de "
     "l'environnement et des établissements classés avec l'appui d'un partenaire technique, "
     "réunit l'administration, les sociétés minières, les collectivités territoriales et la "
     "société civile pour examiner le calcul des garanties financières, le contrôle des "
     "versements au fonds, le suivi de la remise en état progressive, la consultation des "
     "communautés sur l'usage futur des terres et les leçons de pays voisins. Il doit aboutir "
     "à un projet d'arrêté et à un guide national de fermeture des mines.",
     ("fermeture des mines", "garanties financières", "remise en état", "code minier",
      "Sénégal"),
     ("SN",), "2024-11"),
    ("bz18", "case-study", "es",
     "Garantías financieras para el cierre de minas en el Perú: veinte años de la Ley 28090",
     "La Ley de Cierre de Minas de 2003 obliga a cada titular minero a presentar un plan de "
     "cierre aprobado por el ministerio de energía y minas y a constituir una garantía "
     "financiera, sea carta fianza bancaria, póliza de caución, fideicomiso u otros bienes, "
     "que cubra el costo estimado del cierre, para que el Estado pueda ejecutarlo si la "
     "empresa abandona la mina. El estudio de caso, preparado por el organismo de "
     "fiscalización ambiental con una universidad, revisa dos décadas de aplicación: la "
     "actualización de los planes y de los montos cada tres años, las garantías ejecutadas "
     "cuando pequeñas empresas quebraron en Áncash y Puno, y el cierre progresivo de "
     "desmonteras y relaveras durante la operación. Distingue estos cierres de la herencia de "
     "minas abandonadas antes de la ley, que no tienen responsable y que el Estado remedia con "
     "fondos públicos. Compara el caso peruano con la ley chilena de cierre de faenas mineras "
     "y concluye que las garantías deben calcularse con costos de terceros, cubrir el "
     "tratamiento de las aguas de mina durante décadas después del cierre y publicarse.",
     ("cierre de minas", "garantías financieras", "minería", "fiscalización ambiental", "Perú"),
     ("PE",), "2024-04"),
    # --- solar cookers ------------------------------------------------------------------------
    ("bz19", "case-study", "en",
     "Solar steam kitchens: Scheffler concentrators cooking for pilgrims and schoolchildren in "
     "India",
     "A solar cooker concentrates or traps sunlight to cook food without firewood, charcoal or "
     "gas. India has tried them at every scale, from box cookers and panel cookers for "
     "households to community kitchens where rows of Scheffler dishes, parabolic reflectors "
     "that turn to follow the sun, focus light on receivers that raise steam for large cooking "
     "vessels. This case study follows three such kitchens: a temple kitchen at Shirdi that "
     "feeds tens of thousands of pilgrims a day, a school midday-meal kitchen in Rajasthan, "
     "and the kitchen of a hostel in the hills, all built with the capital subsidy of the "
     "national renewable energy programme. It reports the liquefied petroleum gas saved each "
     "year, the cost and payback time, the cleaning of mirrors and the upkeep of the tracking, "
     "the cloudy monsoon weeks when gas takes over, and the views of the cooks, who found "
     "steam safer and kitchens cooler. It also asks why household solar cookers spread far "
     "less, pointing to cooking outdoors at midday, long cooking times and habits, and to the "
     "training and after-sales service that helped where they did.",
     ("solar cookers", "solar cooking", "renewable energy", "clean cooking", "India"),
     ("IN",), "2024-05"),
    ("bz20", "support-source", "fr",
     "Offre : cuiseurs solaires et paniers isolants pour les ménages des camps de réfugiés de "
     "l'Est du Tchad",
     "Une association spécialisée dans la cuisson solaire propose aux organisations "
     "humanitaires et aux services de l'environnement de l'Est du Tchad des cuiseurs solaires "
     "à panneaux en carton aluminisé, fabriqués sur place par des ateliers de femmes, avec des "
     "marmites noires, des sacs de cuisson transparents et des paniers isolants, ou marmites "
     "norvégiennes, qui terminent la cuisson grâce à la chaleur accumulée. Dans les camps "
     "autour d'Iriba et de Goz Beïda, les femmes et les filles parcourent des kilomètres pour "
     "ramasser le bois, à pied ou avec des charrettes tirées par des ânes, s'exposent aux "
     "agressions et dépensent une part de leurs rations pour acheter du bois et du charbon de "
     "bois ; les acacias et les jujubiers des environs ont reculé. L'offre comprend des "
     "démonstrations de cuisine solaire du riz, de la bouillie et des légumineuses, un "
     "accompagnement de six mois, le remplacement des cuiseurs usés chaque année et un suivi "
     "de la consommation de bois par ménage. Les demandes sont reçues des agences et des "
     "organisations locales ; l'association fournit aussi ses plans de fabrication.",
     ("cuiseurs solaires", "cuisson solaire", "bois de feu", "réfugiés", "offres"),
     ("TD",), "2024-01"),
    ("bz21", "project", "es",
     "Cocinas solares para las familias del altiplano de Oruro",
     "En el altiplano de Oruro, a más de 3.700 metros, el sol es intenso casi todo el año pero "
     "la leña escasea: las familias queman tola, yareta y bosta de llama para cocinar, lo que "
     "destruye los tolares y llena de humo las cocinas. El proyecto, de una fundación "
     "boliviana con la gobernación y tres municipios, entrega y enseña a construir cocinas "
     "solares de caja, con vidrio doble, interior negro y reflectores, que alcanzan unos 150 "
     "°C y cuecen papa, chuño, quinua y carne de llama en dos o tres horas, y cocinas "
     "parabólicas para hervir agua y preparar sopas y mates más rápido. Las combina con ollas "
     "brujas, cajas aislantes que terminan la cocción, y con hornos solares para hacer pan en "
     "las escuelas. Mide el ahorro de leña y de garrafas de gas, la temperatura y el humo "
     "dentro de las cocinas, el uso real de los equipos después de un año y las infecciones "
     "respiratorias de los niños, y forma a técnicos locales para repararlos. Así se protege "
     "también la yareta, planta en cojín que tarda siglos en crecer.",
     ("cocinas solares", "energía solar", "leña", "altiplano", "Bolivia"),
     ("BO",), "2023-06"),
    # --- training of trainers -----------------------------------------------------------------
    ("bz22", "event", "en",
     "Training of trainers on biodiversity data mobilization for African universities and "
     "museums, Kigali",
     "This ten-day regional training of trainers (ToT) prepares thirty lecturers, curators and "
     "data managers from twelve African countries to teach others how to digitize, clean and "
     "publish biodiversity data. Participants first follow the course as learners: "
     "georeferencing specimen labels, checking names against taxonomic backbones, documenting "
     "datasets with metadata and publishing occurrence records and checklists through an open "
     "data platform. They then practise as trainers, preparing and delivering a session to "
     "their peers under the eyes of experienced instructors, who give feedback on lesson "
     "plans, timing, hands-on exercises and how to help beginners with spreadsheets. Each "
     "participant leaves with a plan to run at least two national workshops within a year, for "
     "which the organisers, a national museum and a regional network of data publishers with "
     "an international funder, provide slides in English and French, exercise datasets and "
     "small grants. A mentoring scheme pairs new trainers with experienced ones, and an online "
     "space lets them share materials and report how many people they trained.",
     ("training of trainers", "biodiversity data", "data publishing", "capacity building",
      "Africa"),
     ("RW",), "2024-09"),
    ("bz23", "project", "fr",
     "Former des formateurs en éducation environnementale pour les instituteurs de Madagascar",
     "À Madagascar, beaucoup d'instituteurs des écoles primaires publiques, souvent maîtres "
     "FRAM payés par les parents, n'ont reçu aucune formation pour enseigner l'environnement, "
     "alors que le programme scolaire l'inclut. Le projet, conduit par le ministère de "
     "l'éducation avec une organisation de conservation et les centres régionaux de formation "
     "pédagogique, forme d'abord des formateurs : conseillers pédagogiques, chefs de zone et "
     "enseignants expérimentés suivent deux sessions de dix jours sur la biodiversité de "
     "l'île, les forêts, l'eau, les déchets et le changement climatique, puis sur les méthodes "
     "actives, la sortie de terrain, le jardin scolaire et la fabrication de matériel avec les "
     "moyens du bord. Chacun anime ensuite, dans sa circonscription scolaire, des ateliers "
     "pour une trentaine d'instituteurs, avec un guide en malgache et en français et des "
     "fiches de leçons. Le projet suit la qualité de ces formations en cascade par des visites "
     "de classe, récompense les écoles qui créent un club environnement et prévoit de former "
     "cent formateurs en trois ans dans six régions.",
     ("formation de formateurs", "éducation environnementale", "enseignants",
      "écoles primaires", "Madagascar"),
     ("MG",), "2023-10"),
    ("bz24", "case-study", "es",
     "Formación de formadores de guardarrecursos en Guatemala: el diplomado de instructores "
     "del sistema de áreas protegidas",
     "Guatemala tiene más de trescientas áreas protegidas, vigiladas por guardarrecursos que a "
     "menudo ingresaron sin más preparación que su conocimiento del monte. Para llegar a todos "
     "con pocos recursos, el consejo nacional de áreas protegidas, con una universidad y "
     "organizaciones de conservación, creó un diplomado de formación de formadores: "
     "guardarrecursos veteranos y técnicos de las regiones estudian durante seis meses, en "
     "módulos presenciales, primeros auxilios, patrullaje y registro de ilícitos, prevención y "
     "combate de incendios forestales, monitoreo biológico, legislación, atención a visitantes "
     "y trato con las comunidades, y además pedagogía para adultos. Al graduarse se convierten "
     "en instructores y replican los cursos en sus regiones, con manuales y una guía del "
     "facilitador. El estudio de caso revisa diez años de esta capacitación en cascada: "
     "cuántos guardarrecursos fueron formados, qué se perdió de un nivel a otro, la rotación "
     "de personal, el papel de las guardarrecursos mujeres y la falta de fondos para repetir "
     "los cursos. Recomienda certificar a los instructores y evaluar en el terreno.",
     ("formación de formadores", "guardarrecursos", "áreas protegidas", "capacitación",
      "Guatemala"),
     ("GT",), "2024-03"),
    # --- hurricanes ---------------------------------------------------------------------------
    ("bz25", "dataset", "en",
     "Hurricane Maria and the El Yunque forest plots: tree damage, debris and recovery, "
     "2017-2024",
     "On 20 September 2017 Hurricane Maria crossed Puerto Rico as a strong Category 4 storm, "
     "two weeks after Hurricane Irma had passed just north of the island, with sustained winds "
     "of about 250 kilometres per hour and more than half a metre of rain in the mountains. In "
     "El Yunque National Forest, the only tropical rainforest in the national forest system of "
     "the United States, it snapped and uprooted trees, stripped the canopy bare and set off "
     "hundreds of slope failures. This dataset, from a long-term ecological research programme "
     "with the forest service, brings together remeasurements of permanent plots in tabonuco, "
     "palo colorado and sierra palm forest before and after the hurricane: stems broken or "
     "uprooted by species and size, litterfall and woody debris, canopy openness from "
     "hemispherical photographs, seedlings and saplings, and counts of coquí frogs, lizards, "
     "snails and birds. It allows Maria to be compared with Hurricanes Hugo (1989) and Georges "
     "(1998) and is used to test whether more frequent intense hurricanes will change the "
     "composition of the forest.",
     ("hurricanes", "tropical forests", "forest disturbance", "long-term monitoring",
      "Puerto Rico"),
     ("PR",), "2024-04"),
    ("bz26", "need", "fr",
     "Besoin : restaurer les mangroves et les forêts de Mayotte après le cyclone Chido",
     "Le 14 décembre 2024, le cyclone tropical intense Chido a frappé Mayotte avec des rafales "
     "de plus de 220 km/h, le plus violent depuis près d'un siècle. Outre les victimes et les "
     "quartiers de cases en tôle rasés, il a abattu ou défolié une grande partie des forêts "
     "des crêtes et des réserves forestières, brisé les palétuviers des mangroves de la baie "
     "de Bouéni et de Dzoumogné, et couvert les plages et le lagon de débris, de tôles et de "
     "déchets. Les makis et les roussettes ont perdu d'un coup les fruits et les arbres dont "
     "ils dépendent. Le conseil départemental, avec l'office national des forêts, le parc "
     "naturel marin et le conservatoire du littoral, demande un appui pour cartographier les "
     "dégâts par drone et par satellite, retirer les déchets du lagon et des mangroves, "
     "produire en pépinière des plants d'espèces indigènes et replanter avant que le lantana, "
     "l'acacia et les autres plantes envahissantes n'occupent les trouées, soutenir les "
     "familles qui vivent de leurs jardins mahorais, ces agroforêts de cocotiers, bananiers et "
     "manguiers, et former des équipes locales de restauration.",
     ("cyclones tropicaux", "cyclone Chido", "mangroves", "restauration forestière", "Mayotte"),
     ("YT",), "2025-02"),
    ("bz27", "case-study", "es",
     "El huracán Otis en Acapulco: lo que dejó en los manglares, las lagunas y la ciudad",
     "El 25 de octubre de 2023 el huracán Otis tocó tierra en Acapulco, Guerrero, con vientos "
     "de unos 270 kilómetros por hora, después de pasar de tormenta tropical a categoría 5 en "
     "apenas doce horas, una intensificación tan rápida que los pronósticos no la anticiparon. "
     "Además de las muertes, de los hoteles y viviendas destruidos y de cientos de "
     "embarcaciones hundidas en la bahía, el huracán derribó los manglares y palmares de las "
     "lagunas de Coyuca y de Tres Palos, defolió la selva baja de los cerros y dejó toneladas "
     "de escombros y basura en los cauces y en el mar. El estudio de caso, elaborado por una "
     "universidad con la comisión de áreas naturales protegidas y organizaciones locales, "
     "compara imágenes de satélite de antes y después, revisa la alerta temprana, los refugios "
     "temporales y la comunicación con las colonias, y evalúa la protección que dieron los "
     "manglares y la vegetación costera a las comunidades de las orillas. Propone restaurar "
     "los manglares con los ejidos y cooperativas pesqueras y ordenar la reconstrucción fuera "
     "de las zonas de mayor riesgo.",
     ("huracanes", "huracán Otis", "manglares", "gestión del riesgo", "Guerrero"),
     ("MX",), "2024-10"),
    # --- donkeys ------------------------------------------------------------------------------
    ("bz28", "dataset", "en",
     "Feral burros in Death Valley National Park: aerial counts, springs and live captures, "
     "2005-2024",
     "Burros, the feral donkeys descended from the pack animals of nineteenth-century miners "
     "and prospectors, roam the Mojave Desert in and around Death Valley National Park, where "
     "few predators check their numbers. The herds gather at springs and seeps, trample the "
     "wet ground, eat the willows and rushes, foul the water and compete with desert bighorn "
     "sheep for water and forage. This dataset, kept by the park with a university, combines "
     "helicopter counts over the main burro ranges, camera photographs taken at springs, "
     "vegetation transects in fenced and unfenced plots around the water, and the records of "
     "the live-capture programme run since 2018 with a nonprofit organisation that gathers the "
     "animals in corrals at water sources and places them for adoption. Each captured animal "
     "has its date, place, sex, estimated age and body condition. The data show herds doubling "
     "in about five years when left alone, and the recovery of spring vegetation where burros "
     "were removed; they underpin the park's target of a burro-free park and the adoption "
     "network.",
     ("feral donkeys", "burros", "desert springs", "invasive herbivores", "Mojave Desert"),
     ("US",), "2024-12"),
    ("bz29", "document", "fr",
     "Abattage des ânes et commerce des peaux : ce que prévoit l'interdiction au Burkina Faso",
     "Depuis le milieu des années 2010, la demande d'ejiao, une gélatine tirée des peaux "
     "d'ânes et utilisée en médecine traditionnelle chinoise et en cosmétique, a fait flamber "
     "le prix des peaux en Afrique de l'Ouest. Des abattoirs tournés vers l'exportation se "
     "sont installés, les vols d'ânes se sont multipliés dans les villages et le prix d'un âne "
     "a doublé, privant de nombreux ménages ruraux de l'animal qui transporte l'eau, le bois, "
     "les récoltes et les marchandises vers les marchés. Après le Niger et le Mali, le Burkina "
     "Faso a interdit en 2019 l'abattage des ânes et l'exportation de leurs peaux. Cette note, "
     "préparée par le ministère des ressources animales avec des organisations d'éleveurs et "
     "de protection animale, explique les textes, les contrôles aux frontières et sur les "
     "marchés à bétail, les sanctions, les risques sanitaires des peaux séchées transportées "
     "sans contrôle, et le moratoire de quinze ans sur l'abattage des ânes pour leur peau "
     "décidé en 2024 par les chefs d'État de l'Union africaine. Elle propose un recensement "
     "des ânes et un suivi de leur santé.",
     ("ânes", "peaux d'ânes", "ejiao", "commerce", "Burkina Faso"),
     ("BF",), "2024-06"),
    ("bz30", "project", "es",
     "Burros contra el fuego: la raza asnal zamorano-leonesa pastorea cortafuegos en la Sierra "
     "de la Culebra",
     "La raza asnal zamorano-leonesa, burros de gran alzada y pelo largo y oscuro criados "
     "durante siglos en Zamora y León para labrar y transportar, quedó al borde de la "
     "desaparición con la mecanización del campo y figura hoy en el catálogo oficial de razas "
     "en peligro de extinción, con unas pocas centenas de hembras reproductoras. Tras el gran "
     "incendio de la Sierra de la Culebra en 2022, la asociación de criadores, la junta y "
     "varios ayuntamientos pusieron en marcha un proyecto que usa rebaños de burros para "
     "mantener limpios los cortafuegos y las fajas de los caminos: los asnos comen el "
     "matorral, las zarzas, las escobas y el rebrote que ovejas y cabras rechazan, a menor "
     "costo que los desbroces mecánicos. El proyecto paga a los ganaderos por hectárea "
     "pastoreada, inscribe a las crías en el libro genealógico, instala puntos de agua y "
     "cercados móviles, mide la carga de combustible antes y después del pastoreo y organiza "
     "rutas para visitantes, con la idea de que la raza vuelva a tener un oficio.",
     ("burros", "raza asnal zamorano-leonesa", "razas autóctonas", "prevención de incendios",
      "Zamora"),
     ("ES",), "2024-09"),
)  # fmt: skip
