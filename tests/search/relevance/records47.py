"""Clearing-house records of the forty-seventh judged relevance set
(tests/search/relevance/queries47.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CBD Clearing-House
Mechanism pages on pelicans (the Dalmatian pelicans of Lake Mikri Prespa; the pélicans blancs
of the Djoudj; a need for the pelícano pardo, the alcatraz, of Sinaloa and Nayarit) and on
mountain lakes (trout removal in the Sierra Nevada's alpine lakes; the Lacs sentinelles
protocol for the lacs d'altitude of the French Alps; the ibones of the Pyrenees); chemicals
pages on benzene (refinery fenceline monitoring in the United States; the kpayo vendors of
Benin; a need for benceno monitoring in Quintero and Puchuncaví); agriculture pages on
rice-fish farming (Qingtian's GIAHS; the rizipisciculture of Madagascar's Hautes Terres; an
offer on arroz-peces in San Martín, Peru); wildlife health pages on avian botulism (type E
botulism on Lake Michigan; a French guide on botulisme aviaire; the botulismo aviar of
L'Albufera); policy pages on vessel speed restrictions for whales (right whale Seasonal
Management Areas; the Pelagos sanctuary and the ZMPV; a need for the golfo Corcovado's blue
whales); energy and ozone pages on heat pumps (propane heat pumps in Scotland; a Québec guide
to thermopompes; bombas de calor replacing wood stoves in Coyhaique and Temuco); capacity
pages on internships (Pacific internships; stages in Moroccan protected areas; pasantías in
Argentina's national parks); hazard pages on earthquakes (the Kaikōura uplift; the Haitian
séisme of 2021; the 2016 terremoto of Manabí); and commodity pages on natural rubber (jungle
rubber in Jambi; hévéaculture in Côte d'Ivoire; the shiringa and jebe of Madre de Dios).
English, French and Spanish, 10 records each, every topic written once in each language.

None of records.py, records3.py, ..., records46.py is about these topics: their files and the
golden files were searched before these were written (pelican, pélican, pelícano, alcatraz,
Pelecanus; mountain lake, alpine lake, lac d'altitude, lac de montagne, lago de montaña,
ibón, laguna altoandina, glacial lake, Titicaca; benzene, benzène, benceno, benzo; rice-fish,
rizipisciculture, rizipiscicultura, arrozal, rizière, paddy, tilapia; botulism, botulisme,
botulismo; vessel speed, ship strike, ralentissement, limitation de vitesse, reducción de
velocidad, whale, baleine, ballena; heat pump, pompe à chaleur, thermopompe, bomba de calor,
aerotermia; internship, stage, stagiaire, pasantía, mentor; earthquake, séisme, terremoto,
sismo; rubber, caoutchouc, hévéa, caucho, shiringa). Screened and dropped as covered:
flamingos, hot springs, tanneries, hedgerows, deposit-return, public procurement, biochar,
twinning, dust storms, fireworks, avalanches, tsunamis, sturgeons, salamanders, vultures,
bats, salt pans, cloud forests, heat waves, owls, cranes, otters, oases, seamounts, heathland,
South-South cooperation, summer schools, plastic bag bans, vanilla, chicle. The nearest:
the H5N1 seabird page naming dead pelícanos (k12), the glacial lake outburst flood pages
(w37-w39), hexachlorobenzene (records12) and paradichlorobenzene mothballs (records36), the
rice fields for waterbirds (records19), the hail dataset naming avian botulism (records43),
pasantías in passing (records35, records38), the Tubul-Raqui wetland after the 27F
earthquake (bs27), the Tohoku tsunami debris and the Nyiragongo séismes (passing), and the
6PPD tyre rubber pages (records42).

Traps: the pelicans killed by botulism named by ca13 for comparison; Lake Prespa (ca01) is
no mountain-lake page; the Spanish alcatraz (gannet) of ca03; the rizières of ca02 and the
arrozales of ca15 are passing; the hexaclorobenceno of ca09 and paradichlorobenzène of ca08;
the landslides of ca25 and ca26 and the tsunami (maremoto) of ca27 are side effects; the
hurricane shutdowns of ca07 and the tempête tropicale Grace of ca26 are passing; the tyres of
ca28 and ca30 (synthetic rubber, neumáticos) are excluded; the mentor of ca22.

Ids (ca01..ca30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
bz01..bz30), and no earlier id starts with "ca".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- pelicans -----------------------------------------------------------------------------
    ("ca01", "dataset", "en",
     "Dalmatian pelicans of Lake Mikri Prespa: nest counts, floating rafts and power-line "
     "deaths, 1985-2024",
     "Lake Mikri Prespa, shared by Greece and Albania, holds the largest breeding colony of the "
     "Dalmatian pelican (Pelecanus crispus) in the world, beside a smaller colony of great white "
     "pelicans. This dataset, kept by the Society for the Protection of Prespa with the national "
     "park's management body, brings together the aerial and boat counts of nests in the reed "
     "beds each spring since 1985, the use of the floating nesting rafts anchored in the lake "
     "since 2013, when rising water flooded the old nesting islets, and the birds found dead "
     "under medium-voltage power lines and tangled in gill nets. It also records the "
     "wintering flocks counted on the lagoons of the Amvrakikos gulf and the lakes of northern "
     "Greece, GPS tracks of twelve adults, and the pelicans lost in the avian influenza "
     "outbreak of 2022. Fishers' complaints about pelicans at fish farms are logged with the "
     "compensation paid. Data are shared with the international single species action plan.",
     ("pelicans", "Pelecanus crispus", "colonial waterbirds", "power lines", "Prespa"),
     ("GR", "AL"), "2024-11"),
    ("ca02", "project", "fr",
     "Protéger la colonie de pélicans blancs du Parc national des oiseaux du Djoudj",
     "Chaque saison, de 10 000 à 15 000 couples de grands pélicans blancs (Pelecanus "
     "onocrotalus) nichent sur un îlot du Grand Lac du Djoudj, dans le delta du fleuve Sénégal, "
     "l'une des plus grandes colonies d'Afrique de l'Ouest et l'image même du parc, site "
     "Ramsar et patrimoine mondial. Le projet, mené par la Direction des parcs nationaux avec "
     "les villages riverains, protège l'îlot contre le typha qui l'envahit et contre les "
     "chacals et les varans qui passent à gué quand les eaux baissent, surveille la ponte, "
     "l'éclosion et l'envol des jeunes, et forme des écoguides qui conduisent les visiteurs en "
     "pirogue sans déranger les oiseaux. Il étudie aussi les ressources en poissons dont "
     "dépendent les pélicans, les conflits avec les pêcheurs et les pertes dans les filets. "
     "Les rizières du delta, qui bordent le parc, ne sont évoquées que pour leurs prélèvements "
     "d'eau. Les pélicans gris, plus rares, sont comptés à part.",
     ("pélicans", "Pelecanus onocrotalus", "oiseaux coloniaux", "Djoudj", "delta du fleuve "
      "Sénégal"),
     ("SN",), "2023-10"),
    ("ca03", "need", "es",
     "Necesidad: centro de rehabilitación para el pelícano pardo, el alcatraz, en las costas "
     "de Sinaloa y Nayarit",
     "Cada invierno, y sobre todo en los años de El Niño, llegan a las playas y muelles de "
     "Mazatlán, Teacapán y San Blas cientos de pelícanos pardos (Pelecanus occidentalis), que "
     "los pescadores llaman alcatraces, flacos, enganchados en anzuelos o enredados en sedales "
     "y redes. Los voluntarios y la dirección del área natural protegida Islas del Golfo de "
     "California no tienen dónde atenderlos: los animales terminan en los patios de las "
     "cooperativas pesqueras o mueren en la arena. La solicitud pide apoyo para habilitar un "
     "centro de rehabilitación con corrales, tinas y pescado congelado, capacitación de "
     "veterinarios en aves marinas, anillos para marcar a los liberados y una campaña con los "
     "pescadores deportivos para cortar los sedales sin dañar al ave. También pide conteos en "
     "la isla Isabel y en las colonias de anidación de las marismas. (En España, alcatraz es el "
     "nombre del alcatraz atlántico, Morus bassanus, que no es un pelícano.)",
     ("pelícanos", "Pelecanus occidentalis", "rehabilitación de fauna", "aves marinas",
      "pesca incidental"),
     ("MX",), "2024-02"),
    # --- mountain lakes -----------------------------------------------------------------------
    ("ca04", "case-study", "en",
     "Fishless again: removing introduced trout from high mountain lakes of the Sierra Nevada",
     "Until the mid twentieth century almost all of the thousands of lakes above 2,500 metres "
     "in California's Sierra Nevada were naturally fishless; then trout were stocked in them "
     "from mules and aircraft for anglers. The trout ate the tadpoles of the mountain yellow-"
     "legged frog, which vanished from most basins, and changed the zooplankton of the clear, "
     "cold alpine lakes. This case study follows thirty years of trout removal by gill netting "
     "and electrofishing in the lakes of Sequoia-Kings Canyon and Yosemite national parks, "
     "where stocking stopped in the 1990s. Frogs returned to the restored lakes within a few "
     "years, and with them garter snakes and rosy-finches feeding on the emerging insects, "
     "though the chytrid fungus still kills many. The study sets out what it cost, how anglers "
     "were kept on side by leaving lakes with trout in each watershed, and how high lakes "
     "serve as sentinels of atmospheric deposition and warming.",
     ("mountain lakes", "alpine lakes", "introduced fish", "amphibians", "Sierra Nevada"),
     ("US",), "2023-08"),
    ("ca05", "document", "fr",
     "Lacs sentinelles : protocole de suivi des lacs d'altitude des Alpes françaises",
     "Le réseau Lacs sentinelles réunit les parcs nationaux des Écrins et de la Vanoise, des "
     "réserves naturelles, des chercheurs et Asters pour suivre une trentaine de lacs de "
     "montagne entre 1 800 et 2 800 mètres. Ce protocole décrit les relevés à faire chaque été "
     "depuis un canot pneumatique : profils de température et d'oxygène, transparence au disque "
     "de Secchi, chlorophylle, zooplancton, prélèvements pour les nutriments, et les sondes "
     "laissées sous la glace pendant l'hiver. Ces lacs d'altitude, oligotrophes et longtemps "
     "sans poissons, réagissent vite au réchauffement, aux dépôts d'azote et de poussières "
     "sahariennes, à l'alevinage de truites et de saumons de fontaine et au piétinement des "
     "troupeaux et des randonneurs sur leurs berges. Le guide explique aussi comment partager "
     "les données et comment signaler les efflorescences de cyanobactéries, de plus en plus "
     "fréquentes. Les lacs glaciaires qui se forment au front des glaciers en recul sont "
     "suivis par d'autres services.",
     ("lacs d'altitude", "lacs de montagne", "suivi écologique", "changement climatique",
      "Alpes"),
     ("FR",), "2022-06"),
    ("ca06", "project", "es",
     "Recuperar los ibones: erradicación de peces introducidos en lagos de alta montaña del "
     "Pirineo",
     "Los ibones, lagos de origen glaciar del Pirineo aragonés y catalán situados casi siempre "
     "por encima de los 2.000 metros, no tenían peces hasta que se sembraron truchas y, más "
     "tarde, piscardos (Phoxinus) usados como cebo vivo. Este proyecto LIFE, con los parques "
     "nacionales de Ordesa y Monte Perdido y de Aigüestortes i Estany de Sant Maurici, retira "
     "los peces de una veintena de ibones y estanys con redes y pesca eléctrica, para devolver "
     "al agua a la rana pirenaica, el tritón pirenaico y los invertebrados que desaparecieron. "
     "También restaura turberas y praderas de las orillas, ordena el pastoreo y el baño, y "
     "seca las pequeñas presas que elevaron algunos lagos para producir electricidad. Una red "
     "de sensores sigue la temperatura y el hielo de los lagos de montaña, y en cada valle se "
     "han organizado charlas con los pescadores, que conservan ibones con truchas.",
     ("lagos de montaña", "ibones", "peces introducidos", "anfibios", "Pirineos"),
     ("ES",), "2024-05"),
    # --- benzene ------------------------------------------------------------------------------
    ("ca07", "dataset", "en",
     "Benzene at the refinery fenceline: two-week passive sampler results for United States "
     "petroleum refineries, 2018-2024",
     "Since 2018 every petroleum refinery in the United States has had to place passive "
     "diffusive tubes around its fenceline, change them every two weeks and report the "
     "benzene they collect; if the annual average difference between the highest and lowest "
     "sampler exceeds nine micrograms per cubic metre, the refinery must find the cause and "
     "fix it. This dataset compiles the reported fenceline concentrations for 114 refineries, "
     "with site coordinates, the action-level exceedances, the root-cause analyses filed, and "
     "the neighbourhoods within three miles, many of them low-income communities on the Gulf "
     "Coast of Texas and Louisiana and near Philadelphia and Los Angeles. Benzene, a component "
     "of crude oil and petrol and a known human carcinogen causing leukaemia, escapes from "
     "storage tanks, wastewater treatment and flaring. The notes explain sampling gaps, the "
     "hurricane shutdowns of 2020 and 2021, and how the data compare with community air "
     "monitors.",
     ("benzene", "air pollution", "petroleum refineries", "environmental justice",
      "carcinogens"),
     ("US",), "2024-12"),
    ("ca08", "case-study", "fr",
     "Vendeurs de kpayo et benzène : étude de cas sur l'essence de contrebande au Bénin",
     "Au Bénin, l'essence frelatée venue du Nigeria, le kpayo, est vendue en bouteilles et en "
     "bidons au bord des routes de Cotonou, de Porto-Novo et des villes du Nord, souvent par "
     "des jeunes et des femmes qui la transvasent à la bouche ou à l'entonnoir. Cette étude de "
     "cas rapporte les mesures de benzène, de toluène et de xylènes faites dans l'air des "
     "points de vente et dans l'urine des vendeurs par l'université d'Abomey-Calavi, avec des "
     "teneurs en benzène bien au-dessus de la valeur guide, ainsi que les maux de tête, "
     "vertiges et anémies déclarés. Elle décrit les incendies de dépôts clandestins, la "
     "politique des autorités, qui alternent répression et tolérance, et la reconversion "
     "proposée aux vendeurs vers des stations-service et d'autres métiers. Elle recommande "
     "gants, stockage à l'ombre, interdiction aux enfants et suivi sanguin. Le "
     "paradichlorobenzène des boules antimites n'a rien à voir avec ce benzène-là.",
     ("benzène", "essence frelatée", "kpayo", "exposition professionnelle", "santé "
      "environnementale"),
     ("BJ",), "2023-04"),
    ("ca09", "need", "es",
     "Necesidad: red de monitoreo continuo de benceno y compuestos orgánicos volátiles en "
     "Quintero y Puchuncaví",
     "La bahía de Quintero y Puchuncaví, en la región de Valparaíso, reúne una refinería, "
     "terminales de gas y combustibles, termoeléctricas a carbón y una fundición de cobre, y "
     "ha sido llamada zona de sacrificio. En 2018 cientos de escolares fueron atendidos por "
     "intoxicaciones tras episodios de gases en que se detectaron benceno, tolueno y "
     "metilcloroformo, y la Corte Suprema ordenó medir esos contaminantes. El ministerio "
     "solicita apoyo técnico para instalar una red continua de cromatógrafos de benceno y "
     "compuestos orgánicos volátiles (COV), validar los datos, fijar una norma primaria de "
     "calidad del aire para el benceno, que Chile no tiene, y vincular las alertas con el "
     "plan de descontaminación y los protocolos de suspensión de clases. Pide además "
     "capacitación de los equipos regionales de salud para la vigilancia biológica de la "
     "población expuesta. El hexaclorobenceno, un plaguicida del Convenio de Estocolmo, no es "
     "objeto de esta solicitud.",
     ("benceno", "compuestos orgánicos volátiles", "calidad del aire", "zonas de sacrificio",
      "salud ambiental"),
     ("CL",), "2024-07"),
    # --- rice-fish farming --------------------------------------------------------------------
    ("ca10", "project", "en",
     "Rice-fish co-culture in Qingtian: keeping a globally important agricultural heritage "
     "system alive",
     "For more than twelve centuries farmers in Qingtian county, Zhejiang, have raised "
     "'field fish', a local strain of common carp with coloured scales, in their terraced "
     "rice paddies. The fish eat weeds, insects and planthoppers, stir the mud and fertilise "
     "the rice, so that the fields need less pesticide and chemical fertiliser, while families "
     "eat or sell the carp and keep the best fry for the next season. The system was among "
     "the first designated by FAO as a Globally Important Agricultural Heritage System in "
     "2005. This project helps villages that were losing young people to the cities: it "
     "deepens the field ditches and refuges where fish shelter in the heat, trains farmers in "
     "rice-fish and rice-duck farming, markets certified rice and dried fish, and records "
     "the local rice varieties and carp colours. Yields, water use and farm incomes are "
     "compared with monoculture paddies.",
     ("rice-fish farming", "rice paddies", "agricultural heritage", "GIAHS", "common carp"),
     ("CN",), "2022-09"),
    ("ca11", "case-study", "fr",
     "Rizipisciculture sur les Hautes Terres de Madagascar : étude de cas dans l'Amoron'i "
     "Mania et le Vakinankaratra",
     "Sur les Hautes Terres malgaches, des milliers de riziculteurs élèvent des carpes et des "
     "tilapias dans leurs rizières pendant la saison des pluies : c'est la rizipisciculture, "
     "ou pisciculture en rizière. Cette étude de cas suit 240 exploitations qui ont creusé une "
     "tranchée-refuge, rehaussé les diguettes et installé des grilles aux entrées d'eau avec "
     "l'appui d'un projet et des alevineurs paysans. Les poissons, récoltés au moment de "
     "l'assèchement avant la moisson, apportent des protéines aux enfants et un revenu en "
     "période de soudure, et le rendement du riz augmente un peu parce que les carpes "
     "désherbent et fertilisent. L'étude détaille les contraintes : manque d'alevins, vols, "
     "pesticides incompatibles avec les poissons, crues qui emportent les diguettes, et la "
     "dépendance aux alevineurs privés. Elle compare le repiquage en ligne du SRI et le "
     "repiquage traditionnel, et conclut sur les conditions d'une diffusion plus large.",
     ("rizipisciculture", "rizières", "pisciculture", "carpe", "sécurité alimentaire"),
     ("MG",), "2023-06"),
    ("ca12", "support-source", "es",
     "Oferta: asistencia técnica para la crianza de peces en arrozales en la selva alta de "
     "San Martín y Amazonas",
     "Un instituto de investigación de la Amazonía peruana ofrece a productores de arroz del "
     "Alto Mayo, del Huallaga y de Bagua asistencia para criar peces en sus arrozales bajo "
     "riego: el sistema arroz-peces, o rizipiscicultura. La oferta incluye alevinos de "
     "especies nativas como la gamitana (Colossoma macropomum) y el paco, en lugar de la "
     "tilapia, que escapa con facilidad a los ríos; el diseño de zanjas y refugios dentro de "
     "las pozas; la reducción de herbicidas e insecticidas que matan a los peces; y visitas "
     "a parcelas demostrativas donde las familias cosechan arroz y pescado en la misma "
     "campaña. Los técnicos acompañan también la venta del pescado en los mercados de "
     "Moyobamba y Rioja, y miden con los productores el agua, los costos y los rendimientos. "
     "La asistencia se dirige a asociaciones y a gobiernos locales y se da en tres campañas.",
     ("arroz-peces", "rizipiscicultura", "arrozales", "especies nativas", "acuicultura"),
     ("PE",), "2024-03"),
    # --- avian botulism -----------------------------------------------------------------------
    ("ca13", "dataset", "en",
     "Type E botulism in Lake Michigan birds: beach carcass surveys along Sleeping Bear Dunes, "
     "2006-2024",
     "Since 2006 volunteers and park staff have walked the shoreline of Sleeping Bear Dunes "
     "National Lakeshore each autumn to count the common loons, long-tailed ducks, grebes, "
     "gulls and cormorants washed up dead of type E botulism. The toxin, made by Clostridium "
     "botulinum in warm, oxygen-poor lake-bottom mats of Cladophora algae, is thought to pass "
     "from invasive quagga mussels to round gobies and then to the fish-eating birds that "
     "catch the paralysed gobies. This dataset lists every carcass with species, date, beach "
     "segment, age and whether it was tested, together with water temperatures, algae cover "
     "mapped by underwater drones and goby toxin tests. Carcasses are buried or removed so "
     "that maggots and scavengers do not spread the toxin. The data show die-offs that peak "
     "in warm years and more than 4,000 birds in the worst season. Mass deaths of pelicans "
     "from botulism at other lakes are cited only for comparison.",
     ("avian botulism", "type E botulism", "waterbirds", "Great Lakes", "invasive species"),
     ("US",), "2024-12"),
    ("ca14", "document", "fr",
     "Botulisme aviaire : guide de gestion des épisodes dans les zones humides",
     "Le botulisme aviaire, une intoxication par la toxine de Clostridium botulinum de type C "
     "ou mixte C/D, tue chaque été en France des milliers de canards, de foulques, de "
     "goélands et de limicoles dans les étangs de la Dombes, de la Brenne, de Camargue et sur "
     "les lagunes littorales. Ce guide, destiné aux gestionnaires d'espaces naturels, aux "
     "fédérations de chasseurs et aux communes, explique le cycle cadavre-asticots : les "
     "larves de mouches qui se nourrissent des carcasses concentrent la toxine et empoisonnent "
     "les oiseaux qui les picorent. Il décrit la surveillance quotidienne en période chaude, "
     "le ramassage et l'élimination des cadavres, la baisse ou l'assec des niveaux d'eau, le "
     "signalement au réseau SAGIR, les précautions pour les élevages de volailles et les "
     "chiens, et les soins aux oiseaux encore vivants dans les centres de sauvegarde. Le "
     "botulisme humain, lié aux conserves, est traité ailleurs.",
     ("botulisme aviaire", "oiseaux d'eau", "zones humides", "surveillance sanitaire",
      "Clostridium botulinum"),
     ("FR",), "2022-05"),
    ("ca15", "case-study", "es",
     "Botulismo aviar en L'Albufera de València: diez veranos de recogida de cadáveres y "
     "gestión del agua",
     "En el parque natural de L'Albufera, rodeado de arrozales y con aguas someras, calientes "
     "y ricas en materia orgánica, los brotes de botulismo aviar se repiten casi cada verano "
     "desde los años noventa y han matado a miles de patos, fochas, gaviotas y garzas. Este "
     "estudio de caso resume el protocolo que aplican desde 2014 los guardas del parque, el "
     "centro de recuperación de fauna de La Granja del Saler y los agricultores: recorridos en "
     "barca y a pie por las motas, los tancats y las acequias, retirada diaria de cadáveres "
     "para cortar el ciclo de las larvas de mosca, y entrega de las aves con parálisis de "
     "cuello al centro, donde muchas se recuperan con hidratación y sombra. Describe también "
     "la relación con el vaciado de los arrozales en septiembre, las temperaturas del agua y "
     "el coste de cada temporada, y las dudas que quedan sobre el papel de los vertidos.",
     ("botulismo aviar", "aves acuáticas", "humedales", "Albufera", "fauna silvestre"),
     ("ES",), "2024-01"),
    # --- vessel speed limits ------------------------------------------------------------------
    ("ca16", "document", "en",
     "Vessel speed restrictions to protect North Atlantic right whales: a guide for mariners",
     "Collisions with ships are, with entanglement in fishing gear, the main cause of death of "
     "the North Atlantic right whale, of which fewer than 370 remain. Since 2008 vessels of 65 "
     "feet or more must slow to 10 knots or less in Seasonal Management Areas off the east "
     "coast of the United States, from Cape Cod Bay in spring to the calving grounds off "
     "Georgia and Florida in winter, and voluntary Dynamic Management Areas are declared when "
     "whales are seen elsewhere. This guide explains to ship masters, pilots and recreational "
     "boaters where and when the speed limits apply, how compliance is checked through AIS "
     "tracks, what the penalties are, and how to report sightings and strikes. It summarises "
     "the evidence that lethal strikes drop sharply below 10 knots, and describes Canada's "
     "slowdown zones in the Gulf of St. Lawrence. Quieter ships, an added benefit of going "
     "slower, are discussed briefly.",
     ("vessel speed restrictions", "ship strikes", "right whales", "marine mammals",
      "shipping"),
     ("US", "CA"), "2023-11"),
    ("ca17", "project", "fr",
     "Ralentir pour les rorquals : réduction de vitesse des navires dans le sanctuaire Pelagos "
     "et la ZMPV de Méditerranée nord-occidentale",
     "Le rorqual commun et le cachalot sont régulièrement heurtés par les ferries, les "
     "navires à grande vitesse et les porte-conteneurs qui traversent le sanctuaire Pelagos, "
     "entre la Provence, la Corse, Monaco et la Ligurie. Depuis que l'Organisation maritime "
     "internationale a désigné en 2023 une zone maritime particulièrement vulnérable (ZMPV) "
     "en Méditerranée nord-occidentale, ce projet accompagne les compagnies volontaires qui "
     "réduisent leur vitesse à 10-13 nœuds dans les secteurs de plus forte présence des "
     "cétacés. Il équipe les passerelles du système REPCET, qui partage en temps réel les "
     "positions des baleines observées par les équipages, forme les officiers de quart, "
     "analyse les trajectoires AIS pour mesurer le respect des limitations de vitesse et "
     "calcule le surcoût en temps et l'économie de carburant et de CO2. Un label récompense "
     "les armateurs engagés. Les collisions avec les voiliers de course sont aussi étudiées.",
     ("limitation de vitesse des navires", "collisions avec les cétacés", "rorqual commun",
      "Pelagos", "transport maritime"),
     ("FR", "IT", "MC"), "2024-04"),
    ("ca18", "need", "es",
     "Necesidad: estudio para limitar la velocidad de las embarcaciones en el golfo Corcovado "
     "y proteger a la ballena azul",
     "Cada verano austral las ballenas azules se alimentan de krill en el golfo Corcovado y el "
     "norte de la Patagonia chilena, en las mismas aguas donde circulan cientos de "
     "embarcaciones de la salmonicultura, transbordadores y barcos de carga. Se han "
     "registrado ballenas con cicatrices de hélices y varamientos tras colisiones. La "
     "autoridad marítima y el ministerio del medio ambiente solicitan apoyo para modelar el "
     "riesgo de colisión con datos de AIS y de avistamientos, proponer zonas y temporadas de "
     "reducción de velocidad a 10 nudos, evaluar su costo para los armadores y las empresas "
     "salmoneras, y capacitar a capitanes y tripulantes de lanchas en la detección de "
     "soplos y en cómo maniobrar. Piden además boyas acústicas que detecten las ballenas en "
     "tiempo real y un sistema de avisos por radio. El área marina costera protegida Tic-Toc "
     "sería el primer sitio piloto.",
     ("reducción de velocidad de embarcaciones", "colisiones con buques", "ballena azul",
      "Patagonia", "tráfico marítimo"),
     ("CL",), "2024-10"),
    # --- heat pumps ---------------------------------------------------------------------------
    ("ca19", "case-study", "en",
     "Propane heat pumps in Scottish social housing: refrigerant choice, running costs and "
     "tenants' comfort",
     "A housing association in the Highlands replaced the night storage heaters and oil "
     "boilers of 400 homes with air-source heat pumps running on propane (R290), a natural "
     "refrigerant with a global warming potential of three, instead of the HFC blends R410A "
     "and R32 used in most units. This case study reports two winters of metered results: "
     "seasonal coefficients of performance, electricity bills, indoor temperatures, noise "
     "complaints and the few outdoor units that iced up. It explains the safety rules for "
     "flammable refrigerants, the training of local installers by a college, and the "
     "leak-checking and end-of-life recovery contracts, linking them to the HFC phase-down of "
     "the Kigali Amendment to the Montreal Protocol and to the United Kingdom's F-gas "
     "regulation. Tenants found the homes warmer; fuel poverty fell where insulation came "
     "first. Ground-source heat pumps in two villages are compared.",
     ("heat pumps", "natural refrigerants", "HFC phase-down", "energy efficiency",
      "Kigali Amendment"),
     ("GB",), "2024-06"),
    ("ca20", "document", "fr",
     "Thermopompes : guide pour choisir un appareil et un réfrigérant à faible potentiel de "
     "réchauffement",
     "Au Québec, où l'électricité est surtout hydroélectrique, la thermopompe, qu'on appelle "
     "pompe à chaleur en France, remplace de plus en plus les plinthes électriques et les "
     "fournaises au mazout. Ce guide explique aux propriétaires et aux entrepreneurs la "
     "différence entre thermopompes murales, centrales, géothermiques et les modèles dits "
     "pour climat froid, qui chauffent encore à -25 °C. Il insiste sur le fluide frigorigène : "
     "les HFC comme le R-410A ont un potentiel de réchauffement planétaire (PRP) de plus de "
     "2 000, tandis que le R-32, le propane ou le CO2 en ont un bien moindre. Le guide rappelle "
     "l'obligation de faire récupérer le réfrigérant par un frigoriste certifié lors de "
     "l'entretien et de la mise au rebut, les subventions offertes, l'entretien des filtres "
     "et le dégivrage. Les climatiseurs de fenêtre ne sont pas traités.",
     ("thermopompes", "pompes à chaleur", "fluides frigorigènes", "HFC", "efficacité "
      "énergétique"),
     ("CA",), "2023-09"),
    ("ca21", "project", "es",
     "Recambio de estufas a leña por bombas de calor en Coyhaique y Temuco",
     "Coyhaique y Temuco figuran entre las ciudades con peor contaminación por material "
     "particulado fino de América Latina, sobre todo por la leña húmeda que se quema en "
     "estufas y cocinas durante el invierno. Dentro de los planes de descontaminación "
     "atmosférica, este proyecto reemplaza estufas a leña por bombas de calor aire-aire y "
     "aire-agua, lo que en España se llama aerotermia, en 1.500 viviendas aisladas "
     "previamente con el subsidio de acondicionamiento térmico. Incluye una tarifa eléctrica "
     "de invierno para que las familias puedan pagar la calefacción, la capacitación de "
     "técnicos en refrigeración para instalar equipos con refrigerantes de bajo potencial de "
     "calentamiento, y la recuperación de los gases al final de su vida útil. Mide el "
     "material particulado dentro y fuera de las casas, el consumo, la temperatura y la "
     "satisfacción de los hogares, y compara con el recambio por calefactores a pellet.",
     ("bombas de calor", "aerotermia", "contaminación atmosférica", "leña", "calefacción"),
     ("CL",), "2024-08"),
    # --- internships --------------------------------------------------------------------------
    ("ca22", "support-source", "en",
     "Paid internships for young Pacific islanders in biodiversity data and protected areas",
     "A regional environment programme based in Apia offers each year twelve paid internships "
     "of six months for graduates from Pacific island countries and territories who want to "
     "work in conservation. Interns are placed with the programme's biodiversity, invasive "
     "species and protected-area teams, or seconded to a national environment ministry, and "
     "work on real tasks: cleaning and publishing species records, updating the Pacific "
     "islands protected area portal, helping prepare national reports to the Convention on "
     "Biological Diversity, and joining field surveys. Each intern has a supervisor and a "
     "mentor from another island, a travel allowance and a monthly stipend, and presents a "
     "final project. Priority goes to women and to applicants from small island states with "
     "few environment staff. The page lists eligibility, the application calendar and "
     "testimonies of former interns now employed in their ministries.",
     ("internships", "young professionals", "capacity building", "Pacific islands",
      "biodiversity data"),
     ("WS", "FJ", "TO", "VU"), "2024-02"),
    ("ca23", "project", "fr",
     "Des stages pour les jeunes diplômés dans les aires protégées du Maroc",
     "L'Agence nationale des eaux et forêts accueille chaque année une centaine de stagiaires "
     "issus des écoles forestières, des facultés des sciences et des instituts agronomiques. "
     "Ce projet organise ces stages de fin d'études et stages d'insertion professionnelle de "
     "trois à six mois dans les parcs nationaux de Toubkal, d'Ifrane, du Souss-Massa et "
     "d'Al Hoceima : suivi de la faune, comptages d'oiseaux d'eau, sensibilisation des "
     "visiteurs, cartographie des cédraies et appui aux coopératives des villages riverains. "
     "Chaque stagiaire a un maître de stage, une convention de stage signée avec son "
     "établissement et une indemnité mensuelle, et rédige un rapport soutenu devant un jury. "
     "Le projet tient un registre des stagiaires, suit leur insertion un an après et "
     "encourage les stages de filles dans les postes de terrain. Il ne finance ni bourses "
     "d'études ni formations à l'étranger.",
     ("stages", "jeunes diplômés", "aires protégées", "insertion professionnelle",
      "renforcement des capacités"),
     ("MA",), "2023-12"),
    ("ca24", "case-study", "es",
     "Pasantías rentadas en los parques nacionales argentinos: quince años de jóvenes "
     "en el terreno",
     "Desde 2009 la Administración de Parques Nacionales ofrece pasantías rentadas, de tres a "
     "seis meses, a estudiantes avanzados de biología, guardaparques, turismo y ciencias "
     "agrarias, en convenio con universidades nacionales. Este estudio de caso reúne la "
     "experiencia de 640 pasantes que trabajaron en Iguazú, Nahuel Huapi, Los Glaciares, "
     "El Palmar y Calilegua en monitoreo de fauna, control de especies exóticas, atención de "
     "visitantes y educación ambiental. Analiza qué hace útil una pasantía: un tutor en el "
     "parque, tareas definidas, alojamiento en la seccional, un informe final evaluado por "
     "la universidad y la posibilidad de publicar datos. Uno de cada cinco pasantes ingresó "
     "después al organismo o a una ONG. El texto compara con las prácticas profesionales de "
     "España y las residencias profesionales de México, y señala los problemas: pagos "
     "atrasados y pocas plazas en el norte del país.",
     ("pasantías", "jóvenes profesionales", "parques nacionales", "formación",
      "universidades"),
     ("AR",), "2024-09"),
    # --- earthquakes --------------------------------------------------------------------------
    ("ca25", "dataset", "en",
     "Kaikōura earthquake coastal uplift: intertidal and subtidal surveys before and after the "
     "2016 quake",
     "The magnitude 7.8 Kaikōura earthquake of 14 November 2016 lifted about 110 kilometres "
     "of New Zealand's north-east South Island coast by up to six metres in a few minutes. "
     "Reef platforms that had been under water became dry land overnight: pāua (abalone), "
     "bull kelp beds, sea urchins and encrusting coralline algae died in the sun, and the "
     "customary fisheries of Ngāti Kurī were closed for years. This dataset, assembled by "
     "universities and the fisheries ministry with the local rūnanga, holds the surveys of "
     "permanent quadrats and transects at 30 sites before and after the earthquake, "
     "measured uplift at each site, the slow recolonisation of the new shoreline, and the "
     "pāua stock assessments used to reopen the fishery in 2021. It also records the seabird "
     "and fur seal colonies displaced, and the fault ruptures and landslides that cut the "
     "coastal road.",
     ("earthquakes", "coastal uplift", "intertidal ecosystems", "pāua", "customary fisheries"),
     ("NZ",), "2022-11"),
    ("ca26", "need", "fr",
     "Besoin : restaurer les bassins versants et les forêts du Grand Sud d'Haïti après le "
     "séisme du 14 août 2021",
     "Le tremblement de terre de magnitude 7,2 qui a frappé la péninsule sud d'Haïti le 14 "
     "août 2021 a tué plus de 2 000 personnes et déclenché des centaines de glissements de "
     "terrain dans les mornes autour du Parc national Macaya et du Pic Macaya, dernier grand "
     "massif de forêt humide du pays. Les pentes mises à nu, puis lavées par la tempête "
     "tropicale Grace, envoient la boue dans les rivières et les systèmes d'irrigation. Le "
     "ministère de l'Environnement demande un appui pour cartographier les zones arrachées "
     "par le séisme, stabiliser les ravines par des seuils en pierre et des haies vives, "
     "replanter des arbres forestiers et fruitiers avec les paysans, reconstruire les "
     "pépinières détruites et renforcer l'intégration du risque sismique dans les plans "
     "d'aménagement communaux. Il demande aussi de former les agents du parc aux évaluations "
     "rapides après catastrophe.",
     ("séismes", "tremblement de terre", "restauration des bassins versants", "forêts",
      "réduction des risques de catastrophe"),
     ("HT",), "2023-02"),
    ("ca27", "case-study", "es",
     "El terremoto de 2016 en Manabí y el estuario del río Chone: lecciones para la gestión "
     "del riesgo sísmico en la costa",
     "El terremoto de magnitud 7,8 del 16 de abril de 2016, con epicentro frente a Pedernales, "
     "destruyó buena parte de Bahía de Caráquez, Canoa y Manta y dejó más de 600 muertos en "
     "la costa de Ecuador. Este estudio de caso examina lo que el sismo hizo en el estuario "
     "del río Chone: licuefacción y hundimiento de los bordes del manglar, piscinas "
     "camaroneras agrietadas que vertieron agua y sedimentos, y muelles y plantas de "
     "tratamiento fuera de servicio durante meses. También muestra cómo los manglares "
     "restaurados por las comunidades de la isla Corazón siguieron en pie y cómo los "
     "pescadores y concheros sostuvieron la alimentación de la zona tras el desastre. "
     "Concluye con recomendaciones para el ordenamiento costero: no reconstruir sobre "
     "rellenos de manglar, planes de evacuación por sismo y posible maremoto, y un fondo "
     "de recuperación para los medios de vida.",
     ("terremotos", "sismos", "manglares", "gestión del riesgo de desastres", "Manabí"),
     ("EC",), "2023-05"),
    # --- natural rubber -----------------------------------------------------------------------
    ("ca28", "project", "en",
     "Jungle rubber and traceability: smallholder rubber agroforests of Jambi under the new "
     "deforestation rules",
     "In Jambi province, Sumatra, thousands of smallholders still tap 'jungle rubber', old "
     "agroforests where Hevea brasiliensis trees grow among fruit trees and forest regrowth "
     "that shelter many birds, primates and plants, rather than in monoculture plantations. "
     "The natural rubber they sell as raw slabs (bokar) passes through village traders to "
     "crumb-rubber factories that supply tyre makers. This project maps farmers' plots with "
     "GPS so that their rubber can be traced to land not deforested after 2020, as European "
     "buyers now demand, helps farmer groups sell cleaner slabs at better prices, and "
     "replants ageing gardens with high-yielding clones interplanted with durian, petai and "
     "timber trees. It also protects the remaining forest next to the Bukit Duabelas national "
     "park, home of the Orang Rimba, and monitors bird diversity in jungle rubber against oil "
     "palm. Synthetic rubber is not covered.",
     ("natural rubber", "jungle rubber", "agroforestry", "deforestation-free supply chains",
      "smallholders"),
     ("ID",), "2024-04"),
    ("ca29", "document", "fr",
     "Hévéaculture villageoise en Côte d'Ivoire : guide de bonnes pratiques sans "
     "déforestation",
     "La Côte d'Ivoire est devenue le premier producteur africain de caoutchouc naturel, "
     "porté par des dizaines de milliers de petits planteurs d'hévéa dans le Sud et le "
     "Centre-Ouest, souvent sur d'anciennes parcelles de cacao ou en lisière de forêts "
     "classées. Ce guide, préparé avec l'interprofession et l'administration forestière, "
     "explique la saignée en demi-spirale, les stimulations raisonnées, la récolte des fonds "
     "de tasse et leur stockage propre, la lutte contre le fomès et la gestion des produits "
     "phytosanitaires. Il insiste sur l'interdiction de planter dans les forêts classées, les "
     "aires protégées et les zones humides, sur la géolocalisation des plantations exigée par "
     "le règlement européen contre la déforestation (RDUE), et sur les associations avec le "
     "cacao, le bananier ou les arbres forestiers. Le bois d'hévéa abattu lors du "
     "renouvellement, vendu comme bois de chauffe ou de sciage, est aussi abordé.",
     ("caoutchouc naturel", "hévéa", "hévéaculture", "déforestation", "petits producteurs"),
     ("CI",), "2024-01"),
    ("ca30", "need", "es",
     "Necesidad: apoyo a los shiringueros de Madre de Dios para recuperar la extracción de "
     "jebe silvestre",
     "En la provincia de Tahuamanu, en Madre de Dios, familias de castañeros y shiringueros "
     "aún recorren sus estradas para sangrar la shiringa (Hevea brasiliensis) silvestre del "
     "bosque y recoger el látex, el jebe, como hacían sus abuelos desde la época del caucho. "
     "Con los precios bajos casi abandonaron la actividad, y las concesiones se ven "
     "presionadas por la minería ilegal, la tala y la carretera Interoceánica. Una "
     "asociación de productores, con el gobierno regional, solicita apoyo para capacitar a "
     "jóvenes en el sangrado que no daña el árbol, equipar talleres de láminas y de "
     "productos de jebe ahumado y de cuero vegetal, certificar el origen silvestre y "
     "libre de deforestación, y negociar compradores en Lima y en el extranjero. Pide además "
     "un inventario de los árboles de shiringa en cada concesión. Los neumáticos y el caucho "
     "sintético no son objeto de la solicitud.",
     ("caucho natural", "shiringa", "jebe", "productos forestales no maderables", "Amazonía"),
     ("PE",), "2024-06"),
)  # fmt: skip
