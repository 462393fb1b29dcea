"""Clearing-house records of the fortieth judged relevance set
(tests/search/relevance/queries40.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CBD Clearing-House
Mechanism and CMS-like pages on storks (the greater adjutant, or hargila, guarded by the
village women of Kamrup in Assam; the cigognes noires of Wallonia and Lorraine tracked by GPS
to West Africa; the cigüeñas blancas that winter at the landfills of Madrid) and on coastal
dunes (a management guide for the Sefton Coast; the oyats and ganivelles of the Aquitaine
coast; the médanos of central Veracruz and their permanent plots); chemicals pages on cyclic
siloxanes (D4, D5 and D6 measured in Norway and Sweden; the Canadian screening assessment and
its Board of Review; the siloxanos that damage biogas engines in Colombia); sustainable-use and
agrobiodiversity pages on transhumance (the Gaddi shepherds of Himachal Pradesh; cross-border
transhumance corridors between Niger, Burkina Faso and Benin; the Cañada Real Conquense);
health and biodiversity pages on rabies (oral vaccination of Ethiopian wolves in the Bale
Mountains; mass dog vaccination in N'Djamena; vampire bat rabies in Awajún communities of the
Cenepa); fisheries pages on closed seasons (the hilsa bans of Bangladesh; the arrêt biologique
of the Mauritanian octopus fishery; a regional workshop on the veda of the Caribbean spiny
lobster); water and Ramsar pages on constructed wetlands (an offer of design support from a
Ugandan university; the filtres plantés de roseaux of small French communes; totora wetlands
on Lake Titicaca); protected-area pages on transboundary protected areas (the Kavango-Zambezi
TFCA; a tripartite meeting on the W-Arly-Pendjari complex; the binational management of La
Amistad); hazard pages on snow avalanches (protection forests of the Swiss Alps; a century
and a half of restoration works at Barèges; a need for avalanche forecasting in the Andes of
central Chile); and plant-health pages on pine wilt disease (a Korean field manual; the
surveillance of the nématode du pin in the Landes de Gascogne; the eradication of the
nematodo de la madera del pino in the Sierra de Gata). English, French and Spanish, 10
records each, every topic written once in each language (different countries, projects and
angles, not translations of one text), so that a query in one language has answers in the
others.

None of records.py, records3.py, ..., records39.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (stork, cigogne, cigüeña, cigoñino, Ciconia, adjutant,
Leptoptilos, marabou, marabú, jabiru, tuyuyú, openbill, Hargila; dune, duna, médano, marram,
oyat, barrón, Ammophila, ganivelle, sand fence, foredune, Sefton, natterjack, calamite, La
Mancha, INECOL, dune grise; siloxane, siloxano, silicone, D4, D5, D6, cVMS,
methylsiloxane, cyclopentasiloxane, biogas, biogaz, biogás, biodigester, digester,
méthanisation, personal care, cosmétiques; transhumance, trashumancia, pastoralism,
pastoralisme, pastoral, herder, berger, pastores, drove road, cañada, vía pecuaria, couloir
de passage, jailoo, Peul, Fulani, merina; rabies, rage, rabia, lyssavirus, vampire,
Desmodus, murciélago, chauve-souris, bat, vaccination, vacunación, zoonosis, Ethiopian wolf,
loup d'Abyssinie, lobo etíope, Bale; closed season, fishing ban, repos biologique, arrêt
biologique, fermeture, veda, moratorium, spawning, frai, desove, hilsa, octopus, poulpe,
pulpo, céphalopode, lobster, langouste, langosta, Panulirus, OSPESCA; constructed wetland,
treatment wetland, reed bed, filtre planté, roseaux, Phragmites, humedal artificial,
humedal construido, totora, papyrus, lagunage, lagoon, stabilisation pond, sewage, eaux
usées, aguas residuales; transboundary, transfrontalier, transfronterizo, transfrontier,
cross-border, binational, binacional, peace park, parc international, parque internacional,
KAZA, Kavango, Zambezi, W-Arly-Pendjari, Arly, Pendjari, Amistad, Talamanca, Virunga,
Sangha; avalanche, avalancha, alud, snow, neige, nieve, protection forest, forêt de
protection, bosque protector, RTM, Davos, Pyrénées, Pirineo; nematode, nématode, nematodo,
Bursaphelenchus, pine wilt, flétrissement, Monochamus, longicorn, cerambycid, pin maritime,
pinaster, pine, pino, Portugal). Candidates found covered were dropped: debt-for-nature swaps
(the Gabon fund of m08), Panama disease of bananas (bg13-bg15), paraquat (p09), ammonium
nitrate (q01), perchloroethylene in dry cleaning (k28-k30), payments for ecosystem services
(m24, bg19, i18), extended producer responsibility (many waste pages) and strategic
environmental assessment (m15), besides the topics listed as covered by the notes of sets 34
to 39; screened with no or passing hits but not chosen: green and blue bonds (m07), landslides
(bi13, bi15), varroa (bi11), flamingos (u26, i29, bn21, bo08, x22, x23), pangolins (r10, r11,
bb25, bb26, be25, v22).
The nearest are the rice paddy note whose storks feed in rice fields (i28) and the ringing
guide that names the migrations of cigognes (be29), no stork page; the West African coastal
erosion guide that advises protecting dunes (m11), the need on sand extraction from
Senegalese beaches and dunes (v14), the oasis dunes fixed with palm fronds (z04) and the red
sand dunes of the palmyra page (bq10), no coastal dune page; the biogas digesters of the
Dagoretti slaughterhouses and the distilleries of Uttar Pradesh (bi07, bj10), no siloxane;
the transhumant shepherds of the Haut Atlas (m23), the illegal grazing of transhumant herds in
Cameroonian hunting zones (bo14) and the pastoralist pages (m01, m04, r29, z28), no
transhumance page; the wildlife health guide that lists rage among diseases to watch (k11) and
the bat pages (bl01-bl03, t24), no rabies page; the closed seasons named by small-scale
fisheries, conch, sea cucumber, kelp, artificial reef and blast fishing pages (t16, t17, bc01,
bc03, j26, y15, bh17, bm19), no closed-season page; the constructed wetlands of the acid mine
drainage and triclosan pages and the vetiver wetlands of the Sidama coffee stations (j04,
bp12, bm25), no constructed wetland page; the transboundary protected area planned for the
wild Bactrian camel (s13) and the jumelage of the Vanoise and Gran Paradiso parks (br23), no
transboundary protected area page; no avalanche page at all; the bark beetle pages (bn16,
bn18) and the red palm weevil treatments with entomopathogenic nematodes (br29, br30), no pine
wilt page; and, among the golden pages, the chloromethane page that names silicones and a lion
reintroduction paper that names pastoralists. No text was copied from those sites and none
comes from demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and
enriched with the project thesaurus exactly as the other records files' are, beside them and
the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (bt01..bt30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30, bg01..bg30, bh01..bh30,
bi01..bi30, bj01..bj30, bk01..bk30, bl01..bl30, bm01..bm30, bn01..bn30, bo01..bo30,
bp01..bp30, bq01..bq30, br01..br30, bs01..bs30), and no earlier id starts with "bt"; in
queries40.tsv they are written without prefix, like theirs, and take the same ``rel:`` prefix
in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- storks ---------------------------------------------------------------------------
    ("bt01", "project", "en",
     "The Hargila Army: village women guarding greater adjutant stork colonies in Kamrup, "
     "Assam",
     "The greater adjutant (Leptoptilos dubius), a tall bald-headed stork that feeds on "
     "carrion and refuse, is called hargila, the bone swallower, in Assamese. Once common "
     "across South and South-East Asia, it now breeds in only a few places, most of them "
     "in Assam, where colonies nest in tall kadam, silk-cotton and peepal trees in the "
     "home gardens of Dadara, Pachariya and Singimari villages in Kamrup district. Owners "
     "used to fell the trees to be rid of the smell and the noise. The project, led by a "
     "local conservation NGO with the state forest department, has built a network of over "
     "ten thousand women, the Hargila Army, who guard nesting trees, put nets under "
     "colonies, return fallen chicks or take them to a rescue centre, and plant new nest "
     "trees. Village festivals for the birds have made them a local pride. Nests are "
     "counted every season, and the project works with Guwahati city on the Boragaon "
     "landfill beside Deepor Beel, where hundreds of adjutants feed.",
     ("greater adjutant", "storks", "community-based conservation", "nesting colonies",
      "women"), ("IN",), "2023-02"),
    ("bt02", "dataset", "fr",
     "Cigognes noires de Wallonie et de Lorraine suivies par balise GPS : migrations, "
     "haltes et hivernage en Afrique de l'Ouest, 2012-2023",
     "La cigogne noire (Ciconia nigra) niche au cœur des grands massifs forestiers de "
     "feuillus, loin des villages, et pêche dans les ruisseaux forestiers. Disparue de "
     "Belgique et presque de France au XXe siècle, elle est revenue nicher en Ardenne, en "
     "Lorraine et en Bourgogne depuis les années 1970. Un programme franco-belge, "
     "réunissant l'Office national des forêts, le service public de Wallonie, des "
     "ornithologues bénévoles et des naturalistes africains, équipe chaque été des "
     "cigogneaux et des adultes de balises GPS à énergie solaire. Le jeu de données donne "
     "leurs positions, les voies de migration par le détroit de Gibraltar, les haltes en "
     "Espagne et au Maroc, les zones d'hivernage au Sénégal, au Mali, dans le delta "
     "intérieur du Niger, et en Guinée, les dates de départ et de retour, et les causes de "
     "mort connues : électrocution sur les lignes électriques, collisions, tirs. Il "
     "comprend aussi le suivi des aires de nidification connues et sert à fixer des "
     "périodes de quiétude pour les coupes de bois autour des nids.",
     ("cigogne noire", "oiseaux migrateurs", "suivi par GPS", "voies de migration",
      "forêts"), ("BE", "FR", "SN", "ML"), "2024-01"),
    ("bt03", "case-study", "es",
     "Cigüeñas que ya no cruzan el Estrecho: la cigüeña blanca y los vertederos de la "
     "Comunidad de Madrid",
     "En los años ochenta la cigüeña blanca (Ciconia ciconia) estaba en declive en España; "
     "hoy crían más de treinta mil parejas, en campanarios, torres eléctricas y árboles de "
     "las dehesas, y una gran parte ya no migra a África: pasa el invierno en la "
     "península, alimentándose en los vertederos de residuos urbanos y en arrozales con "
     "cangrejo rojo americano. El estudio de caso, de una sociedad ornitológica con "
     "universidades y el gobierno regional, sigue a cigüeñas marcadas con emisores GPS en "
     "los alrededores de Madrid, donde miles se concentran junto a los vertederos de "
     "Valdemingómez, Pinto y Colmenar Viejo. Muestra que los adultos que comen basura "
     "crían antes y sacan más cigoñinos, pero también los riesgos: plásticos, cuerdas y "
     "gomas que llevan a los nidos y que estrangulan a los pollos, intoxicaciones, "
     "electrocuciones, y nidos que se retiran de tejados de iglesias. Analiza qué puede "
     "pasar cuando la ley de residuos obligue a separar la materia orgánica y a cubrir los "
     "vertederos, y propone un seguimiento de la población.",
     ("cigüeña blanca", "aves migratorias", "vertederos", "residuos urbanos",
      "cambios en la migración"), ("ES",), "2023-05"),
    # --- coastal dunes --------------------------------------------------------------------
    ("bt04", "document", "en",
     "Managing the Sefton Coast sand dunes: a guide for landowners, golf clubs and "
     "volunteers",
     "Between Liverpool and Southport, the Sefton Coast holds England's largest sand dune "
     "system: some 2,100 hectares of mobile foredunes held by marram grass, fixed dune "
     "grassland, dune heath and damp slacks that flood in winter. It is home to natterjack "
     "toads, sand lizards, the northern dune tiger beetle and the red squirrels of the "
     "Formby pinewoods, and to rare plants such as the dune helleborine. During the last "
     "century pine plantations, golf courses, sea buckthorn scrub and the loss of rabbit "
     "grazing fixed most of the dunes, so that bare sand and young slacks, on which many "
     "species depend, have become rare. This guide, from the coast partnership of the "
     "conservation agency, the National Trust, the local council and the wildlife trust, "
     "explains how to reopen blowouts and notches in the frontal dunes, clear pines and "
     "sea buckthorn, graze with Herdwick sheep and cattle, dig scrapes for natterjacks, "
     "manage trampling and car parks, and plan for the erosion of Formby Point, which "
     "retreats by several metres a year.",
     ("sand dunes", "coastal habitats", "habitat management", "natterjack toad",
      "Sefton Coast"), ("GB",), "2022-03"),
    ("bt05", "project", "fr",
     "Restaurer le cordon dunaire de la côte aquitaine : oyats, ganivelles et accès aux "
     "plages entre Lacanau et Biscarrosse",
     "De la pointe de Grave à l'embouchure de l'Adour, un cordon de dunes littorales long "
     "de plus de 200 kilomètres sépare l'océan de la forêt de pins des Landes de Gascogne. "
     "Fixé au XIXe siècle par des semis et des palissades, il est entretenu depuis par "
     "l'Office national des forêts. Les tempêtes de l'hiver 2013-2014, le recul du trait "
     "de côte et le piétinement de millions d'estivants y ont ouvert des brèches et des "
     "caoudeyres, ces cuvettes creusées par le vent. Le projet, mené par l'ONF avec le "
     "Conservatoire du littoral, les communes et le groupement d'intérêt public du "
     "littoral, replante l'oyat (Ammophila arenaria), pose des ganivelles en châtaignier, "
     "couvre le sable de branchages, ferme les sentiers sauvages. Il laisse le vent "
     "remodeler la dune blanche là où c'est possible, mesure les volumes de sable par "
     "levés lidar et suit la flore de la dune grise, dont la linaire à feuilles de thym et "
     "l'astragale de Bayonne, endémiques. Des animations expliquent aux vacanciers le rôle "
     "de la dune.",
     ("dunes littorales", "érosion côtière", "restauration écologique", "oyat", "Aquitaine"),
     ("FR",), "2023-06"),
    ("bt06", "dataset", "es",
     "Vegetación y movimiento de los médanos del centro de Veracruz: parcelas permanentes "
     "de La Mancha, 1990-2022",
     "En la costa del Golfo de México, las dunas costeras del centro de Veracruz, que en "
     "la región llaman médanos, se extienden tierra adentro varios kilómetros y alternan "
     "dunas móviles, semimóviles y estabilizadas con hondonadas húmedas y lagunas "
     "interdunarias. Un instituto de ecología que mantiene una estación de campo en La "
     "Mancha ha seguido durante tres décadas parcelas y transectos permanentes. El "
     "conjunto de datos reúne la cobertura de cada especie, desde las pioneras de la "
     "playa, como la riñonina (Ipomoea pes-caprae) y el zacate (Sporobolus virginicus), "
     "hasta los matorrales y la selva baja de las dunas fijas, los perfiles topográficos "
     "repetidos y el desplazamiento de los frentes de arena medido con GPS. Registra el "
     "efecto de los nortes y de los huracanes, como Karl en 2010, de la ganadería, la "
     "extracción de arena, las casuarinas plantadas que invaden las dunas y el avance de "
     "fraccionamientos y hoteles. Se usa en el ordenamiento ecológico costero, en las "
     "manifestaciones de impacto ambiental y para proponer áreas de conservación.",
     ("dunas costeras", "vegetación costera", "monitoreo de largo plazo", "Golfo de México",
      "Veracruz"), ("MX",), "2023-09"),
    # --- cyclic siloxanes -----------------------------------------------------------------
    ("bt07", "dataset", "en",
     "Cyclic siloxanes D4, D5 and D6 in air, sewage sludge and fish in Norway and Sweden: "
     "monitoring data, 2008-2022",
     "Octamethylcyclotetrasiloxane (D4), decamethylcyclopentasiloxane (D5) and "
     "dodecamethylcyclohexasiloxane (D6), the cyclic volatile methylsiloxanes, are made in "
     "large volumes to produce silicone polymers and are used in shampoos, deodorants, "
     "skin creams and some dry-cleaning solvents; most of what is used evaporates, but "
     "part reaches sewage. Under national screening and Arctic monitoring programmes, "
     "environmental research institutes in Norway and Sweden have measured them in urban "
     "and background air, including at the Zeppelin observatory on Svalbard, in the "
     "influent, effluent and sludge of sewage treatment plants, and in sediments and fish "
     "from lakes and coastal waters. The dataset gives concentrations by matrix, site and "
     "year, with the blanks and field controls these compounds demand, since they are "
     "present in laboratory equipment and in the analysts' own cosmetics. It singles out "
     "the high D5 levels in fish of Lake Mjøsa and their biomagnification in its food web. "
     "The data supported the identification of the three substances as very persistent and "
     "very bioaccumulative in the European Union and the restriction of their use in "
     "cosmetics.",
     ("siloxanes", "D5", "environmental monitoring", "personal care products",
      "sewage sludge"), ("NO", "SE"), "2023-11"),
    ("bt08", "document", "fr",
     "Siloxanes cycliques D4, D5 et D6 : ce qu'ont conclu l'évaluation préalable et la "
     "Commission de révision au Canada",
     "En 2008, Environnement Canada et Santé Canada publiaient les évaluations préalables "
     "de l'octaméthylcyclotétrasiloxane (D4), du décaméthylcyclopentasiloxane (D5) et du "
     "dodécaméthylcyclohexasiloxane (D6), trois siloxanes cycliques qui servent à "
     "fabriquer les silicones et entrent dans les antisudorifiques, les shampooings, les "
     "crèmes, les produits d'entretien et certains solvants de nettoyage à sec. Elles "
     "concluaient que le D4 et le D5 pénètrent dans l'environnement en quantités qui "
     "peuvent nuire aux organismes aquatiques. Contestée par l'industrie, la conclusion "
     "sur le D5 a été soumise à la première commission de révision prévue par la loi, qui "
     "a estimé en 2011 qu'il ne présentait pas de danger aux concentrations attendues. "
     "Cette note explique les arguments échangés sur la persistance dans les sédiments, la "
     "bioaccumulation dans les poissons et la dégradation rapide dans l'air, l'avis de "
     "planification de la prévention de la pollution imposé aux usines rejetant du D4, la "
     "comparaison avec les restrictions européennes et ce qui reste à suivre : effluents "
     "d'usines de silicones, boues d'épuration épandues et biogaz.",
     ("siloxanes cycliques", "évaluation des risques", "substances chimiques",
      "cosmétiques", "réglementation"), ("CA",), "2022-09"),
    ("bt09", "need", "es",
     "Necesidad: medir y retirar los siloxanos del biogás de rellenos sanitarios y plantas "
     "de tratamiento de aguas residuales en Colombia",
     "Los siloxanos volátiles, como el D4 y el D5, compuestos orgánicos de silicio que "
     "llegan a la basura y a las aguas residuales con champús, desodorantes, cremas y "
     "productos de limpieza, se volatilizan en los rellenos sanitarios y en los digestores "
     "de lodos y pasan al biogás. Al quemarse en motores y calderas forman sílice, un "
     "polvo blanco y abrasivo que se deposita en válvulas, pistones e intercambiadores, "
     "obliga a paradas costosas y reduce la energía generada. En Colombia, varios rellenos "
     "sanitarios, entre ellos Doña Juana en Bogotá, y plantas de tratamiento de aguas "
     "residuales generan electricidad con biogás o lo queman en teas en proyectos de "
     "reducción de emisiones de metano. El ministerio y las empresas de servicios públicos "
     "solicitan apoyo para contar con laboratorios que midan siloxanos en biogás, con "
     "muestreo en tubos adsorbentes y cromatografía de gases; comparar sistemas de "
     "remoción con carbón activado, gel de sílice o enfriamiento; y evaluar si los "
     "siloxanos de los lodos usados como abono agrícola suponen un riesgo para los suelos.",
     ("siloxanos", "biogás", "rellenos sanitarios", "aguas residuales", "necesidades"),
     ("CO",), "2024-02"),
    # --- transhumance ---------------------------------------------------------------------
    ("bt10", "case-study", "en",
     "Gaddi shepherds and the high pastures: seasonal migration of flocks in Himachal "
     "Pradesh",
     "Every spring the Gaddi, a pastoral community of Chamba and Kangra, drive flocks of "
     "sheep and goats from their winter grazing in the Shivalik foothills up across the "
     "Dhauladhar and Pir Panjal ranges to summer pastures in the upper Ravi valley and "
     "Lahaul, and bring them down again in autumn, walking several hundred kilometres. The "
     "case study, by a university with shepherds' associations, followed twenty families "
     "over two seasons. It describes grazing permits that still rest on colonial "
     "settlement records, pastures closed when national parks and sanctuaries were "
     "declared, routes cut by roads, hydropower projects and apple orchards, farmers who "
     "no longer invite flocks onto harvested fields for their manure, losses to leopards "
     "and bears, and young people leaving. It also records what mobile grazing brings: "
     "seeds carried in wool and dung, manure for terraces, wool and meat for local "
     "markets. It recommends mapping migration routes and camping grounds in forest "
     "working plans and recognising grazing rights under the Forest Rights Act.",
     ("transhumance", "pastoralism", "mountain pastures", "grazing rights", "Himalaya"),
     ("IN",), "2022-10"),
    ("bt11", "need", "fr",
     "Besoin : sécuriser les couloirs de transhumance transfrontalière entre le Niger, le "
     "Burkina Faso et le Bénin",
     "Chaque année, à la fin de la saison des pluies, des dizaines de milliers de bovins "
     "conduits par des bouviers peuls quittent les zones sahéliennes du Niger et du "
     "Burkina Faso pour les pâturages et les points d'eau du nord du Bénin et du Togo, "
     "avant de remonter aux premières pluies. Ces mouvements sont encadrés par la décision "
     "de la CEDEAO de 1998 sur la transhumance entre les États membres et par le "
     "certificat international de transhumance, mais les couloirs de passage balisés sont "
     "grignotés par les champs, les aires de pâture et de repos sont mises en culture, et "
     "des troupeaux entrent dans les parcs nationaux. Conflits avec les agriculteurs, vols "
     "de bétail et insécurité ont conduit le Bénin à suspendre un temps l'accueil des "
     "transhumants étrangers. Les ministères de l'élevage des trois pays et les "
     "associations d'éleveurs demandent un appui pour cartographier et baliser les "
     "couloirs et les aires de repos, aménager des points d'eau, créer des comités de "
     "prévention des conflits et vacciner les troupeaux au départ.",
     ("transhumance transfrontalière", "pastoralisme", "élevage", "conflits", "besoins"),
     ("NE", "BF", "BJ"), "2023-03"),
    ("bt12", "project", "es",
     "Trashumancia a pie por la Cañada Real Conquense: recuperar las vías pecuarias entre "
     "los Montes Universales y Sierra Morena",
     "España conserva unos 125.000 kilómetros de vías pecuarias, cañadas, cordeles y "
     "veredas, caminos públicos por los que los rebaños de merinas bajaban cada otoño de "
     "los agostaderos de las montañas a las dehesas del sur y volvían en primavera. Hoy "
     "casi todo el ganado viaja en camión y muchas cañadas se han perdido. El proyecto, de "
     "una asociación de trashumancia con universidades y el ministerio de agricultura, "
     "acompaña cada año a pastores que mueven a pie miles de ovejas y vacas por la Cañada "
     "Real Conquense, desde los Montes Universales hasta el valle de Alcudia y Sierra "
     "Morena, durante casi un mes. Documenta tramos usurpados o cortados, descansaderos y "
     "abrevaderos, y mide la dispersión de semillas en la lana y el estiércol, el papel de "
     "las cañadas como corredores ecológicos y el del pastoreo en la prevención de "
     "incendios. Ha impulsado deslindes y señalización, y la Fiesta de la Trashumancia, "
     "cuando los rebaños cruzan el centro de Madrid cada octubre, acerca el oficio de los "
     "pastores al público.",
     ("trashumancia", "vías pecuarias", "pastoreo", "conectividad ecológica",
      "patrimonio cultural"), ("ES",), "2022-11"),
    # --- rabies ---------------------------------------------------------------------------
    ("bt13", "project", "en",
     "Oral rabies vaccination of Ethiopian wolves in the Bale Mountains",
     "The Ethiopian wolf (Canis simensis), Africa's rarest carnivore with fewer than 500 "
     "adults, lives only in the Afroalpine grasslands of the Ethiopian highlands, where it "
     "hunts giant mole-rats. Rabies, carried by the dogs of herders who graze cattle in "
     "the wolves' range, has repeatedly wiped out whole packs: outbreaks in the Bale "
     "Mountains in 1991, 2003, 2008 and 2014 killed more than half of the wolves in the "
     "affected areas. The wolf conservation programme, with the national wildlife "
     "authority and a British university, vaccinates thousands of domestic dogs every year "
     "around Bale Mountains National Park and, since 2018, has placed baits of goat meat "
     "containing an oral vaccine along wolf territories at night, then captured wolves to "
     "check their antibodies. The project follows packs, collects carcasses for diagnosis, "
     "answers outbreaks with emergency vaccination of wolves. It works with schools and "
     "health posts, where people bitten by dogs are sent for post-exposure treatment, in a "
     "One Health approach to a disease shared by people, dogs and wildlife.",
     ("rabies", "Ethiopian wolf", "wildlife vaccination", "wildlife diseases",
      "domestic dogs"), ("ET",), "2022-08"),
    ("bt14", "dataset", "fr",
     "Vaccination de masse des chiens contre la rage à N'Djamena : couverture, cas animaux "
     "et humains, 2012-2022",
     "Au Tchad, comme dans presque toute l'Afrique subsaharienne, la rage est transmise à "
     "l'homme par les morsures de chiens et la prophylaxie post-exposition est chère et "
     "rarement disponible hors de la capitale. En 2012 et 2013, deux campagnes gratuites "
     "de vaccination des chiens, menées dans tous les arrondissements de N'Djamena par "
     "l'institut national de recherche en élevage, les services vétérinaires et un "
     "institut suisse de santé publique, ont vacciné plus de 70 % des chiens et interrompu "
     "la transmission pendant plusieurs mois. Le jeu de données réunit les chiens vaccinés "
     "par poste fixe et par quartier, la couverture estimée par marquage et recapture, les "
     "cas de rage confirmés au laboratoire par immunofluorescence chez les chiens, les "
     "chats, les ânes et les chevaux, les personnes mordues, leurs traitements et les "
     "décès. Il montre la réintroduction du virus par des chiens venus de l'autre rive du "
     "Chari, au Cameroun, et sert à viser zéro décès humain dû à la rage transmise par les "
     "chiens d'ici 2030.",
     ("rage", "vaccination des chiens", "zoonoses", "santé publique vétérinaire",
      "N'Djamena"), ("TD", "CM"), "2023-04"),
    ("bt15", "case-study", "es",
     "Rabia transmitida por murciélagos vampiro en comunidades awajún del río Cenepa, "
     "Amazonas",
     "En la Amazonía peruana el principal transmisor de la rabia a las personas no es el "
     "perro sino el murciélago vampiro común (Desmodus rotundus), que se alimenta de la "
     "sangre del ganado, de los animales domésticos y, en comunidades alejadas, de "
     "personas que duermen sin protección. Tras varias muertes de niños por rabia en "
     "comunidades awajún del río Cenepa, en la provincia de Condorcanqui, la dirección "
     "regional de salud, el servicio nacional de sanidad agraria y una universidad "
     "organizaron una respuesta que este estudio de caso reconstruye: búsqueda de personas "
     "mordidas, vacunación antirrábica preventiva casa por casa, mosquiteros y cierre de "
     "viviendas, vacunación del ganado contra la rabia bovina y captura de vampiros con "
     "redes de neblina para untarles una pasta anticoagulante. Discute cómo la "
     "deforestación y la ganadería multiplican las presas de los vampiros, y el riesgo de "
     "que la matanza indiscriminada y el cierre de cuevas maten murciélagos frugívoros e "
     "insectívoros que dispersan semillas y comen insectos. Propone un enfoque de Una "
     "Salud con las organizaciones indígenas.",
     ("rabia", "murciélagos hematófagos", "zoonosis", "pueblos indígenas", "Amazonía"),
     ("PE",), "2022-05"),
    # --- fishing closed seasons -----------------------------------------------------------
    ("bt16", "case-study", "en",
     "Bangladesh's hilsa fishing bans: closed seasons, river sanctuaries and rice for "
     "fishers",
     "Hilsa (Tenualosa ilisha), the national fish of Bangladesh, makes up about a tenth of "
     "the country's fish catch. By the early 2000s catches were falling and much of the "
     "catch was jatka, young hilsa under 25 centimetres. The Department of Fisheries then "
     "introduced a ban on catching jatka from November to June, a 22-day ban on all hilsa "
     "fishing around the full moon of October, when adults spawn in the Meghna estuary, "
     "and six river sanctuaries where fishing stops for two months each spring; since 2019 "
     "a 65-day ban also stops most fishing in the Bay of Bengal from May to July. "
     "Registered fishing households receive 40 kilograms of rice a month during the bans "
     "and training for other work. The case study, based on landings, household interviews "
     "and enforcement records, finds larger catches and heavier fish since 2016, but also "
     "unregistered fishers left without compensation, debts to moneylenders, and bans "
     "whose dates do not match those of India.",
     ("fishing bans", "closed seasons", "hilsa", "fisheries management", "compensation"),
     ("BD",), "2022-09"),
    ("bt17", "document", "fr",
     "Arrêt biologique de la pêche au poulpe en Mauritanie : note sur les périodes de "
     "fermeture et leur contrôle",
     "Le poulpe (Octopus vulgaris) est la première ressource halieutique de la Mauritanie "
     "en valeur : pêché par les pirogues artisanales avec des pots et des turluttes et par "
     "les chalutiers céphalopodiers, il est presque entièrement exporté vers le Japon et "
     "l'Europe. Depuis les années 1990, la pêche des céphalopodes est fermée deux fois par "
     "an, environ deux mois au printemps et deux mois en automne, pour protéger la ponte "
     "et le recrutement des jeunes poulpes. Cette note de l'institut national de "
     "recherches océanographiques et des pêches et du ministère des pêches présente les "
     "avis scientifiques sur les dates de l'arrêt biologique, fondés sur les campagnes de "
     "chalutage et le suivi des débarquements, les règles en vigueur (interdiction de "
     "pêcher, de débarquer et de vendre du poulpe frais, déclaration des stocks congelés "
     "par les usines), le contrôle par les garde-côtes et par le suivi satellitaire des "
     "navires, l'aide aux pêcheurs artisanaux de Nouadhibou pendant la fermeture, et la "
     "coordination avec les repos biologiques décidés au Maroc et au Sénégal.",
     ("repos biologique", "poulpe", "gestion des pêches", "pêche artisanale", "Mauritanie"),
     ("MR",), "2023-01"),
    ("bt18", "event", "es",
     "Taller regional: evaluación de la veda de la langosta del Caribe en Centroamérica",
     "La langosta espinosa del Caribe (Panulirus argus) es el recurso pesquero de mayor "
     "valor de Centroamérica: la capturan buzos, nasas y casitas en la Mosquitia de "
     "Honduras y Nicaragua, los cayos de Belice y el Caribe de Guatemala, Costa Rica y "
     "Panamá. Desde 2009 un reglamento regional de la organización del sector pesquero y "
     "acuícola del istmo armoniza la veda, del 1 de marzo al 30 de junio, la talla mínima "
     "y la prohibición de capturar hembras con huevos. El taller, celebrado en La Ceiba, "
     "reunió a las autoridades de pesca de los ocho países del sistema de integración, "
     "cooperativas de buzos misquitos, exportadores y guardacostas para evaluar la última "
     "veda: cumplimiento en muelles y plantas, decomisos de langosta capturada en "
     "temporada cerrada, accidentes de buceo por descompresión, y datos de capturas y "
     "tallas. Se discutió sincronizar la veda con la de México y Cuba, extenderla a la "
     "langosta verde del Pacífico y dar un apoyo económico a los pescadores durante los "
     "meses de veda.",
     ("vedas", "langosta espinosa", "ordenación pesquera", "pesca artesanal",
      "Centroamérica"), ("HN", "NI", "BZ", "GT", "CR", "PA", "SV", "DO"), "2023-08"),
    # --- constructed wetlands -------------------------------------------------------------
    ("bt19", "support-source", "en",
     "Offer: design and operation support for constructed wetlands treating wastewater in "
     "small towns and schools",
     "Constructed wetlands, shallow beds of gravel or sand planted with reeds, papyrus, "
     "cattail or other wetland plants through which wastewater flows, remove organic "
     "matter, suspended solids, nutrients and many pathogens without machinery and with "
     "little or no electricity, and can be built and run by local workers. A sanitation "
     "research centre at a Ugandan university, which has run pilot horizontal and vertical "
     "subsurface-flow wetlands behind septic tanks at schools, a hospital and a fish "
     "market on Lake Victoria, offers its help to municipalities, water utilities, NGOs "
     "and schools in East Africa: site assessment and sizing, choice of local plants and "
     "filter media, drawings and bills of quantities, supervision of construction, "
     "training of caretakers in emptying the settling tanks, harvesting plants and "
     "sampling, and a year of effluent analysis in its laboratory. It also shares a design "
     "manual and a sizing spreadsheet. Priority is given to projects that protect drinking "
     "water sources or natural wetlands. Requests are made through the centre's website "
     "with a description of the wastewater and the site.",
     ("constructed wetlands", "wastewater treatment", "sanitation", "technical assistance",
      "offers"), ("UG",), "2023-10"),
    ("bt20", "document", "fr",
     "Filtres plantés de roseaux pour les petites communes : guide de conception et "
     "d'exploitation",
     "En France, plusieurs milliers de stations d'épuration de moins de 2 000 "
     "équivalents-habitants sont des filtres plantés de roseaux : des bassins remplis de "
     "graviers et de sable, plantés de roseaux communs (Phragmites australis) et alimentés "
     "par bâchées d'eaux usées brutes, sans décantation préalable, sur deux étages de "
     "filtres à écoulement vertical. Les boues s'accumulent en surface et se minéralisent, "
     "les roseaux empêchent le colmatage, et la station peut fonctionner sans électricité. "
     "Ce guide, établi par l'institut de recherche public qui a mis au point la filière "
     "avec les agences de l'eau et des exploitants, rappelle le dimensionnement, "
     "l'alternance des casiers entre alimentation et repos, le choix des matériaux et "
     "l'étanchéité, les variantes (un seul étage, fond saturé pour éliminer l'azote, zones "
     "de rejet végétalisées, climat tropical des outre-mer), puis l'exploitation : "
     "faucardage annuel des roseaux, désherbage la première année, curage des dépôts tous "
     "les dix à quinze ans, autosurveillance. Il compare les coûts avec le lagunage et les "
     "boues activées.",
     ("filtres plantés de roseaux", "assainissement", "eaux usées", "petites collectivités",
      "guides"), ("FR",), "2022-04"),
    ("bt21", "project", "es",
     "Humedales artificiales con totora para depurar las aguas residuales de municipios "
     "del lago Titicaca",
     "La bahía de Cohana, en la parte boliviana del lago menor del Titicaca, recibe por el "
     "río Katari las aguas residuales de El Alto y de pueblos del altiplano: hay lenteja "
     "de agua, malos olores y mortandades de peces, y las familias que crían ganado con la "
     "totora y pescan ven caer sus ingresos. El proyecto, de una universidad pública con "
     "la autoridad del agua y una agencia de cooperación, construye en cuatro municipios "
     "ribereños humedales artificiales de flujo subsuperficial plantados con totora "
     "(Schoenoplectus californicus), la planta de los juncales del lago, a la salida de "
     "tanques sépticos y de lagunas de estabilización que ya existían. Los humedales "
     "trabajan a 3.800 metros de altitud, con heladas casi todas las noches de invierno, "
     "por lo que el proyecto ensaya profundidades y coberturas. Mide cada mes la demanda "
     "bioquímica de oxígeno, el nitrógeno, el fósforo y los coliformes a la entrada y a la "
     "salida, forma operadores municipales, usa la totora cosechada como forraje, y "
     "compara costos con plantas convencionales.",
     ("humedales artificiales", "tratamiento de aguas residuales", "totora",
      "lago Titicaca", "saneamiento"), ("BO",), "2023-07"),
    # --- transboundary protected areas ----------------------------------------------------
    ("bt22", "project", "en",
     "Kavango-Zambezi Transfrontier Conservation Area: keeping wildlife corridors open "
     "across five countries",
     "Spanning some 520,000 square kilometres where Angola, Botswana, Namibia, Zambia and "
     "Zimbabwe meet, the Kavango-Zambezi Transfrontier Conservation Area (KAZA TFCA) links "
     "more than twenty national parks, game reserves, forest reserves and communal "
     "conservancies, among them the Okavango Delta, Chobe, Hwange, Mosi-oa-Tunya and "
     "Bwabwata. It holds about half of Africa's savanna elephants, many of which move "
     "between countries with the seasons. Under the treaty signed by the five governments "
     "in 2011, a secretariat in Kasane coordinates the partner states. This project, "
     "financed by several donors, works in the wildlife dispersal areas between the parks: "
     "it maps elephant movements with GPS collars, helps villages on the corridors protect "
     "fields with chilli and beehive fences, harmonises ranger training and organises "
     "joint patrols along border rivers, helps realign veterinary fences that block "
     "migrations, and supports a single visa for tourists visiting several countries. It "
     "also supported the 2022 aerial survey, the first to count elephants in all five "
     "countries at the same time with common methods.",
     ("transfrontier conservation areas", "wildlife corridors", "elephants",
      "regional cooperation", "KAZA"), ("AO", "BW", "NA", "ZM", "ZW"), "2023-05"),
    ("bt23", "event", "fr",
     "Complexe W-Arly-Pendjari : réunion tripartite du Bénin, du Burkina Faso et du Niger "
     "sur la gestion du bien transfrontalier",
     "Le complexe W-Arly-Pendjari, inscrit au patrimoine mondial en 2017 comme bien "
     "transnational, réunit sur plus de 30 000 km² le parc national du W, partagé par les "
     "trois pays, le parc national d'Arly au Burkina Faso, le parc de la Pendjari au Bénin "
     "et les réserves de faune et zones de chasse qui les entourent. C'est le dernier "
     "grand ensemble de savanes protégées d'Afrique de l'Ouest, avec ses éléphants, ses "
     "lions, ses guépards et ses buffles. La réunion annuelle du comité de coordination, "
     "tenue à Niamey, a rassemblé les directions des parcs et de la faune, les "
     "gestionnaires délégués, l'UICN et les bailleurs. Au programme : patrouilles "
     "coordonnées et partage de renseignements face aux groupes armés présents dans une "
     "partie du complexe depuis 2019, dénombrement aérien commun de la faune, feux "
     "précoces, passage des troupeaux transhumants, harmonisation des règlements de chasse "
     "et plan d'aménagement commun. Les trois pays ont adopté une feuille de route et "
     "décidé d'étudier un fonds fiduciaire pour financer la gestion de l'ensemble.",
     ("aires protégées transfrontalières", "patrimoine mondial", "coopération régionale",
      "savanes", "W-Arly-Pendjari"), ("BJ", "BF", "NE"), "2023-12"),
    ("bt24", "case-study", "es",
     "Parque Internacional La Amistad: cuatro décadas de gestión binacional entre Costa "
     "Rica y Panamá",
     "El Parque Internacional La Amistad protege, a ambos lados de la frontera entre Costa "
     "Rica y Panamá, más de 400.000 hectáreas de la cordillera de Talamanca: bosques "
     "lluviosos y nubosos, robledales y páramos, con tapires, jaguares, quetzales y "
     "cientos de especies endémicas. Costa Rica y Panamá crearon sus partes en 1982 y "
     "1988, y la UNESCO las inscribió como un solo sitio de patrimonio mundial y como "
     "reserva de la biosfera. Viven en él y a su alrededor pueblos bribri, cabécar, ngäbe "
     "y naso. El estudio de caso, preparado con los guardaparques y las autoridades de "
     "áreas protegidas de ambos países, analiza la comisión binacional, los planes de "
     "manejo, los patrullajes conjuntos y los intercambios de personal, y también los "
     "problemas: presupuestos muy desiguales, centrales hidroeléctricas en los ríos del "
     "lado panameño, caminos, ganadería y tenencia de la tierra. Concluye que la "
     "cooperación funciona sobre todo por la relación personal entre guardaparques y "
     "recomienda un plan de manejo común y un fondo binacional.",
     ("áreas protegidas transfronterizas", "gestión binacional", "patrimonio mundial",
      "Talamanca", "pueblos indígenas"), ("CR", "PA"), "2022-12"),
    # --- snow avalanches ------------------------------------------------------------------
    ("bt25", "dataset", "en",
     "Snow avalanches and protection forests in the Swiss Alps: mapped events and forest "
     "structure, 1998-2022",
     "About half of Switzerland's forests are designated protection forests, which shield "
     "the villages, railways and roads below them from avalanches, rockfall and debris "
     "flows. Dense stands of spruce, larch, fir and mountain pine hold the snowpack in "
     "place and stop small slides before they gain speed, while gaps opened by windstorms, "
     "bark beetles or clearings can become release zones. The dataset, compiled by the "
     "federal institute for snow and avalanche research in Davos with cantonal forest "
     "services, combines the avalanches released within or just above forests that were "
     "mapped after each winter, with their release area, path, runout, snow depth and "
     "weather, with forest cover, crown gaps and stand structure from aerial photographs "
     "and lidar, and with the location of snow-supporting structures and afforestations on "
     "former pastures. It covers the avalanche winter of 1999 and the windthrow left by "
     "storm Lothar. It is used to rate each forest's protective effect, to plan thinning "
     "and regeneration, and to model how warmer winters and more wet-snow avalanches will "
     "change the risk.",
     ("avalanches", "protection forests", "natural hazards", "snow", "Alps"),
     ("CH",), "2023-03"),
    ("bt26", "case-study", "fr",
     "Barèges et la vallée du Bastan : cent cinquante ans de lutte contre les avalanches "
     "par le reboisement et les ouvrages de montagne",
     "Au XIXe siècle, le village thermal de Barèges, dans les Hautes-Pyrénées, était "
     "détruit presque chaque hiver par les avalanches descendues des versants du Bastan, "
     "déboisés par des siècles de pâturage et de coupes. À partir de 1860, puis avec les "
     "lois sur la restauration des terrains en montagne, les forestiers y ont construit "
     "des murs, des banquettes et des râteliers paravalanches et planté des milliers "
     "d'hectares de pins à crochets, de bouleaux et de sorbiers. L'étude de cas, fondée "
     "sur les archives du service de restauration des terrains en montagne de l'Office "
     "national des forêts et sur des relevés de terrain, retrace l'histoire des couloirs, "
     "la croissance de la forêt domaniale, les avalanches qui ont encore touché la route "
     "et la station de ski, et l'entretien d'ouvrages en partie centenaires. Elle montre "
     "que la forêt protège aujourd'hui l'essentiel du village, mais que le vieillissement "
     "des peuplements, les dégâts de tempête, la pression touristique et des hivers plus "
     "doux aux neiges plus lourdes exigent un plan de renouvellement.",
     ("avalanches", "forêts de protection", "restauration des terrains en montagne",
      "risques naturels", "Pyrénées"), ("FR",), "2022-02"),
    ("bt27", "need", "es",
     "Necesidad: sistema de pronóstico y monitoreo de avalanchas de nieve en los Andes de "
     "Chile central",
     "Cada invierno decenas de avalanchas de nieve, que los andinistas llaman también "
     "aludes, caen sobre la ruta internacional 60 hacia el paso Los Libertadores, la "
     "principal conexión terrestre con Argentina, sobre caminos a faenas mineras y centros "
     "de esquí como Portillo, Farellones y Valle Nevado, y sobre refugios y rutas de "
     "montañismo. Cierran el paso durante días, dejan camiones atrapados y han causado "
     "muertes de trabajadores y deportistas. Chile no tiene un servicio público de "
     "pronóstico de avalanchas: cada empresa o concesionaria mantiene sus propios "
     "observadores. El servicio nacional de prevención y respuesta ante desastres, la "
     "dirección de vialidad y la dirección de aguas solicitan apoyo para crear un boletín "
     "regional de peligro de avalanchas con la escala europea de cinco niveles, instalar "
     "estaciones nivometeorológicas automáticas, mapear las zonas de avalanchas con "
     "imágenes satelitales y registros históricos, formar observadores y guías de montaña, "
     "y evaluar obras de defensa y el desencadenamiento controlado con explosivos, en un "
     "clima con menos nieve pero tormentas más intensas.",
     ("avalanchas", "riesgos naturales", "alerta temprana", "nieve", "Andes"),
     ("CL",), "2023-06"),
    # --- pine wilt disease (pinewood nematode) --------------------------------------------
    ("bt28", "document", "en",
     "Pine wilt disease in the Republic of Korea: a field manual for survey, felling and "
     "fumigation",
     "Pine wilt disease is caused by the pinewood nematode, Bursaphelenchus xylophilus, a "
     "microscopic worm from North America carried from tree to tree by Monochamus sawyer "
     "beetles. In East Asia it kills native pines, such as Japanese red and black pine, "
     "within weeks. Since it was found in Busan in 1988 it has spread to most provinces of "
     "the Republic of Korea, killing over two million trees in the worst years. This "
     "manual, by the national forest research institute and the forest service, tells "
     "forestry officers how to survey stands by drone and on foot, take wood samples for "
     "nematode extraction and identification, declare quarantine zones where moving pine "
     "logs, branches and wood chips is banned, fell dead trees and fumigate them under "
     "tarpaulins or chip and burn them before the beetles emerge in spring, and when to "
     "inject trunks with nematicides or spray against the beetles, with care near beehives "
     "and streams. It also covers replanting with broadleaves and the wood packaging rules "
     "that limit its spread by trade.",
     ("pine wilt disease", "pinewood nematode", "forest health", "plant quarantine",
      "forest pests"), ("KR",), "2021-11"),
    ("bt29", "dataset", "fr",
     "Surveillance du nématode du pin dans le massif des Landes de Gascogne : "
     "prélèvements, piégeage du vecteur et analyses, 2000-2023",
     "Le nématode du pin (Bursaphelenchus xylophilus), organisme de quarantaine "
     "prioritaire dans l'Union européenne, s'est installé au Portugal en 1999 dans la "
     "péninsule de Setúbal, a gagné l'ensemble du pays puis provoqué des foyers en "
     "Espagne. Le massif des Landes de Gascogne, près d'un million d'hectares de pins "
     "maritimes, essence très sensible au dépérissement qu'il provoque, serait dévasté "
     "s'il y arrivait. Le jeu de données du service de la santé des forêts du ministère de "
     "l'agriculture, de son réseau de correspondants-observateurs et du laboratoire "
     "national de référence réunit les prélèvements de bois sur des pins dépérissants, "
     "dans les scieries, les ports et les plateformes de bois, le piégeage du longicorne "
     "vecteur, Monochamus galloprovincialis, avec des pièges à entonnoirs appâtés, les "
     "analyses des insectes capturés, les contrôles des emballages en bois importés et les "
     "résultats, tous négatifs en forêt à ce jour. Il décrit aussi le plan d'urgence prévu "
     "en cas de détection : zone délimitée, abattage des conifères hôtes autour du foyer "
     "et contrôle des mouvements de bois.",
     ("nématode du pin", "santé des forêts", "organismes de quarantaine",
      "surveillance phytosanitaire", "pin maritime"), ("FR",), "2024-03"),
    ("bt30", "project", "es",
     "Erradicación del nematodo de la madera del pino en la Sierra de Gata: zona demarcada "
     "y cortas en la frontera con Portugal",
     "En noviembre de 2008 se detectó en Valverde del Fresno, en la Sierra de Gata "
     "(Cáceres) y junto a la frontera con Portugal, el primer foco español del nematodo de "
     "la madera del pino (Bursaphelenchus xylophilus), un gusano microscópico que "
     "transporta el escarabajo longicornio Monochamus galloprovincialis y que seca en "
     "pocas semanas los pinos resineros (Pinus pinaster). La Junta de Extremadura, con el "
     "ministerio de agricultura, delimitó una zona demarcada de 20 kilómetros, taló y "
     "trituró todos los pinos en un radio alrededor del foco, y desde entonces coloca cada "
     "verano trampas para el vector, muestrea los pinos secos o decaídos y controla el "
     "movimiento de madera, leña y astillas, que debe tratarse por calor. El proyecto "
     "coordina estas tareas con el servicio forestal portugués, apoya a los propietarios y "
     "a los resineros que perdieron sus pinares, y repuebla las cortas con alcornoques, "
     "castaños y otras frondosas, que arden menos. Tras el incendio de 2015 en la sierra, "
     "intensificó la vigilancia de los pinos debilitados.",
     ("nematodo de la madera del pino", "sanidad forestal", "plagas cuarentenarias",
      "Extremadura", "pinares"), ("ES", "PT"), "2023-02"),
)  # fmt: skip
