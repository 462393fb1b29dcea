"""Clearing-house records of the twenty-fifth judged relevance set
(tests/search/relevance/queries25.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CITES-like pages on
shahtoosh shawls and the Tibetan antelope (chiru), on red and precious corals (Corallium) in
jewellery and on salep (the tubers of wild orchids); Stockholm-like pesticide pages on dicofol;
Basel-like waste pages on spent pot lining from aluminium smelters (brasques usées) and on
drilling muds and cuttings of oil wells (boues de forage, lodos de perforación); Biosafety
Clearing-House pages (a decision, a risk assessment, a need) on genetically modified mustard
(Brassica juncea); CBD Clearing-House Mechanism pages on wildlife crossings and roadkill, on
camera traps (a need, an offer, a project) and on bird ringing (baguage, anillamiento).
English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text), so that a query in
one language has answers in the others.

None of records.py, records3.py, ..., records24.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (shahtoosh, chiru, antelope, antilope, antílope,
pashmina, cashmere, shawl, châle; red coral, corail rouge, coral rojo, Corallium, coral,
jewel, bijou, joya; salep, orchid, orchidée, orquídea; dicofol, acaricide, mites, acariens,
ácaros, DDT; pot lining, brasque, aluminium smelter, aluminio, bauxite, red mud; drilling,
forage, perforación, boues, lodos, cuttings, oil spill; mustard, moutarde, mostaza, Brassica,
canola, colza, rapeseed; wildlife crossing, passage à faune, paso de fauna, écoduc, roadkill,
atropell, road, carretera, highway; camera trap, piège photo, cámara trampa; ringing,
baguage, anillamiento, bird band). Candidates found covered were dropped (agarwood, queen
conch, sandalwood, seahorses, vicuña, saiga, Prunus africana, asbestos, tributyltin, sacred
forests, water hyacinth and others). The nearest are the snow leopard page whose subjects
name camera traps (records17.py), the saiga antelope pages (records16.py), the wild orchid
trade pages (records15.py), the DDT and other POPs pesticide pages, the coral-reef and
sunscreen pages (records15.py), the strategic assessment of the Peruvian Amazon road plan
(m15) and the formaldehyde road-spill need (records21.py); the golden files name none of these
topics beyond a passing word. No text was copied from those sites and none comes from
demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and enriched with
the project thesaurus exactly as the other records files' are, beside them and the real
fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (be01..be30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30), and no earlier id starts with "be"; in queries25.tsv
they are written without prefix, like theirs, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- shahtoosh and the Tibetan antelope ---------------------------------------------------
    ("be01", "case-study", "en",
     "Shahtoosh shawls seized in Delhi and London: tracing the wool of the Tibetan antelope",
     "Shahtoosh, the 'king of wools', is the underfur of the Tibetan antelope or chiru "
     "(Pantholops hodgsonii), and three to five animals are killed for each shawl. The case "
     "study follows shawls smuggled from the Tibetan plateau to weavers in Kashmir and on to "
     "boutiques in Europe, sold as pashmina, and the hair tests that told them apart.",
     ("shahtoosh", "Tibetan antelope", "wildlife trafficking", "CITES", "enforcement"),
     ("IN", "GB"), "2019"),
    ("be02", "document", "fr",
     "Châles en shahtoosh : note aux douanes sur l'antilope du Tibet",
     "Le chiru ou antilope du Tibet (Pantholops hodgsonii) est inscrit à l'Annexe I de la "
     "CITES et tout commerce de châles en shahtoosh est interdit, y compris la revente de "
     "châles anciens. La note décrit la finesse du duvet au microscope, les étiquettes de "
     "« cachemire » ou de « pashmina » qui le dissimulent et les saisies faites en Suisse.",
     ("shahtoosh", "antilope du Tibet", "CITES", "douanes", "contrôle des importations"),
     ("CH",), "2021"),
    ("be03", "project", "es",
     "Recuperación del antílope tibetano en las reservas de Qiangtang y Hoh Xil",
     "La caza del chirú (Pantholops hodgsonii) para obtener la lana shahtoosh redujo su "
     "población a unas 70 000 cabezas en los años noventa. El proyecto apoya a las "
     "patrullas de guardas, el seguimiento de las rutas de migración de las hembras hacia "
     "los lugares de parto y el retiro de cercas que cortan esas rutas.",
     ("antílope tibetano", "chirú", "caza furtiva", "áreas protegidas", "migración"),
     ("CN",), "2018"),
    # --- red coral --------------------------------------------------------------------------
    ("be04", "document", "en",
     "Red and pink precious corals in the jewellery trade: proposal for listing in Appendix II",
     "Precious corals of the genus Corallium (red coral Corallium rubrum of the Mediterranean, "
     "and the pink and ox-blood corals of the Pacific) grow a few millimetres a century and are "
     "harvested by dredges and divers for beads and cameos. The document reviews landings, "
     "the workshops of Torre del Greco, the trade to Japan and China, and the case for "
     "export controls.",
     ("precious corals", "Corallium", "red coral", "jewellery", "CITES listing proposals"),
     ("IT", "JP", "CN"), "2010"),
    ("be05", "case-study", "fr",
     "Corail rouge en Corse : quotas de récolte et plongée profonde",
     "En Corse, une dizaine de corailleurs professionnels prélèvent le corail rouge "
     "(Corallium rubrum) en plongée sous quotas individuels, avec une taille minimale des "
     "branches et des zones fermées. L'étude de cas décrit les accidents de plongée à plus de "
     "cent mètres, le suivi des colonies par robot sous-marin et la vente aux bijoutiers.",
     ("corail rouge", "Corallium rubrum", "pêche", "gestion des ressources marines",
      "bijouterie"), ("FR",), "2020"),
    ("be06", "need", "es",
     "Necesidad: control del coral rojo decomisado y de los talleres de joyería en Túnez",
     "La aduana de Túnez pide formación para distinguir el coral rojo natural del coral "
     "teñido o reconstituido con resinas y apoyo para mantener un registro de los talleres "
     "de Tabarka que trabajan la rama en bruto, tras varios decomisos de coral extraído "
     "ilegalmente con cruces de hierro arrastradas.",
     ("coral rojo", "joyería", "aduanas", "pesca ilegal", "creación de capacidad"), ("TN",),
     "2023-02"),
    # --- salep (orchid tubers) -----------------------------------------------------------------
    ("be07", "document", "en",
     "Salep: the orchid tubers behind a hot drink and Turkish ice cream",
     "Salep is the flour ground from the dried tubers of wild terrestrial orchids (Orchis, "
     "Anacamptis, Dactylorhiza), used for the hot winter drink sahlab and to make dondurma "
     "stretch. The paper estimates that millions of orchids are dug each year in Anatolia "
     "and Iran, notes export bans and counterfeits made with starch, and asks for "
     "cultivation trials.",
     ("salep", "orchids", "wild harvesting", "medicinal and aromatic plants",
      "overexploitation"), ("TR", "IR"), "2021"),
    ("be08", "project", "fr",
     "Culture des orchidées à salep chez les femmes des villages du Kurdistan irakien",
     "La récolte de tubercules d'orchidées pour le salep vide les prairies d'altitude. Le "
     "projet apprend à des coopératives de femmes à multiplier Dactylorhiza et Orchis en "
     "pépinière à partir de tubercules filles et à vendre une farine de salep cultivé, "
     "tracée du champ au sachet.",
     ("salep", "orchidées", "culture", "coopératives de femmes", "moyens de subsistance"),
     ("IQ",), "2022"),
    ("be09", "case-study", "es",
     "Salep en Grecia y los Balcanes: comercio de tubérculos de orquídeas silvestres",
     "El estudio de caso sigue los tubérculos de orquídeas (Orchis, Ophrys, Himantoglossum) "
     "arrancados en Grecia, Albania y Macedonia del Norte y vendidos a intermediarios que "
     "los exportan como salep o salepi. Compara precios pagados a los recolectores, las "
     "especies halladas por análisis de ADN y la aplicación de las normas CITES para "
     "orquídeas.",
     ("salep", "orquídeas", "comercio de plantas silvestres", "CITES", "recolección"),
     ("GR", "AL", "MK"), "2020"),
    # --- dicofol ----------------------------------------------------------------------------
    ("be10", "document", "en",
     "Dicofol: risk profile and listing in Annex A of the Stockholm Convention",
     "Dicofol, an organochlorine acaricide made from DDT and sprayed against spider mites on "
     "cotton, citrus, tea and apples, is persistent, bioaccumulative and toxic to fish and "
     "birds, and technical dicofol may still contain DDT. The page summarises the risk "
     "profile of the POPs Review Committee and the 2019 decision to eliminate it without "
     "exemptions.",
     ("dicofol", "persistent organic pollutants", "pesticides", "Stockholm Convention",
      "DDT"), (), "2019"),
    ("be11", "project", "fr",
     "Remplacer le dicofol contre les acariens dans les vergers d'agrumes du Maroc",
     "Les producteurs d'agrumes du Souss traitaient les acariens au dicofol, un acaricide "
     "désormais interdit comme polluant organique persistant. Le projet teste des "
     "acaricides de remplacement moins toxiques, des lâchers d'acariens prédateurs et la "
     "collecte des stocks de produits périmés chez les distributeurs.",
     ("dicofol", "acaricides", "agrumes", "lutte biologique", "pesticides obsolètes"),
     ("MA",), "2021"),
    ("be12", "need", "es",
     "Necesidad: análisis de residuos de dicofol en té y en suelos agrícolas",
     "El laboratorio nacional de plaguicidas de Sri Lanka solicita patrones analíticos, "
     "formación en cromatografía de gases y apoyo para muestrear los suelos de las "
     "plantaciones de té donde se usó dicofol contra los ácaros, y así vigilar los "
     "residuos que exigen los compradores extranjeros.",
     ("dicofol", "residuos de plaguicidas", "laboratorios", "té", "contaminantes orgánicos "
      "persistentes"), ("LK",), "2024-03"),
    # --- spent pot lining -------------------------------------------------------------------
    ("be13", "document", "en",
     "Spent pot lining from aluminium smelters: technical guidelines for its management",
     "Each tonne of aluminium produced leaves 20 to 30 kg of spent pot lining, the carbon and "
     "refractory lining of the electrolysis cells, which contains leachable fluorides and "
     "cyanides and gives off explosive gases when wet. The guidelines cover covered "
     "storage, treatment by leaching or in cement kilns, and transboundary shipments as a "
     "hazardous waste under the Basel Convention.",
     ("spent pot lining", "aluminium industry", "hazardous wastes", "Basel Convention",
      "fluorides"), (), "2017"),
    ("be14", "case-study", "fr",
     "Les brasques usées de l'aluminerie : traitement au Québec",
     "Au Saguenay, les brasques usées (le revêtement des cuves d'électrolyse de "
     "l'aluminium) étaient entreposées en bâtiments depuis des décennies. L'étude de cas "
     "présente l'usine qui les broie et les lessive pour détruire les cyanures et récupérer "
     "le fluorure, les sous-produits vendus aux cimenteries et les rejets au Saguenay.",
     ("brasques usées", "aluminium", "déchets dangereux", "traitement des déchets",
      "valorisation"), ("CA",), "2019"),
    ("be15", "need", "es",
     "Necesidad: almacenamiento seguro del revestimiento gastado de cubas de una fundición "
     "de aluminio",
     "El ministerio de ambiente de Venezuela solicita asesoría para inventariar y almacenar "
     "bajo techo las pilas de revestimiento gastado de cubas (SPL) acumuladas junto a la "
     "fundición de aluminio de Ciudad Guayana, cuyos lixiviados con fluoruros llegan al río "
     "Orinoco, y para evaluar su exportación para tratamiento.",
     ("revestimiento gastado de cubas", "aluminio", "residuos peligrosos", "lixiviados",
      "Convenio de Basilea"), ("VE",), "2022-10"),
    # --- drilling muds and cuttings ---------------------------------------------------------
    ("be16", "document", "en",
     "Drilling muds and cuttings from oil and gas wells: environmentally sound management",
     "Drilling an oil or gas well brings up hundreds of tonnes of rock cuttings coated with "
     "drilling fluid, water-based or oil-based mud with barite, hydrocarbons and heavy "
     "metals. The guidance compares discharge at sea, reinjection, thermal desorption and "
     "landfarming, and sets what the environmental permit of an offshore platform should "
     "ask.",
     ("drilling wastes", "oil and gas industry", "hazardous wastes", "offshore", "guidance"),
     (), "2016"),
    ("be17", "project", "fr",
     "Boues de forage pétrolier dans le delta du Niger : dépollution des bourbiers",
     "Les bourbiers où les boues de forage et les déblais de puits pétroliers ont été "
     "déversés pendant des décennies polluent les nappes et les criques du delta du Niger. "
     "Le projet inventorie les fosses, traite les déblais huileux par désorption thermique "
     "et forme les inspecteurs de l'agence de l'environnement.",
     ("boues de forage", "industrie pétrolière", "sites contaminés", "déchets dangereux",
      "dépollution"), ("NG",), "2020"),
    ("be18", "case-study", "es",
     "Lodos y recortes de perforación en la Amazonía ecuatoriana",
     "En los campos petroleros de Orellana y Sucumbíos los lodos de perforación y los "
     "recortes de roca se enterraban en fosas sin revestir junto a los pozos. El estudio "
     "de caso compara esas fosas con el tratamiento en sitio y la estabilización con cal "
     "exigida desde 2001, y muestra el agua de los esteros usada por las comunidades.",
     ("lodos de perforación", "industria petrolera", "residuos peligrosos", "Amazonía",
      "contaminación del agua"), ("EC",), "2018"),
    # --- GM mustard -------------------------------------------------------------------------
    ("be19", "document", "en",
     "Decision on the environmental release of GM mustard hybrid DMH-11",
     "India's Genetic Engineering Appraisal Committee approved the environmental release of "
     "the genetically modified mustard hybrid DMH-11 (Brassica juncea) and its parental "
     "lines, which carry the barnase, barstar and bar genes for hybrid seed production. The "
     "decision sets conditions on field demonstrations, monitoring of bees and honey, and "
     "gene flow to wild relatives.",
     ("GM mustard", "Brassica juncea", "living modified organisms", "decisions",
      "environmental release"), ("IN",), "2022"),
    ("be20", "case-study", "fr",
     "Moutarde brune génétiquement modifiée au Canada : évaluation des risques",
     "L'étude de cas reprend l'évaluation des risques d'une lignée de moutarde brune (Brassica "
     "juncea) génétiquement modifiée tolérante à un herbicide, cultivée dans les Prairies : "
     "croisements avec le colza et la moutarde des champs, repousses dans les cultures "
     "suivantes et mesures de gestion imposées aux agriculteurs.",
     ("moutarde", "OGM", "évaluation des risques", "flux de gènes",
      "tolérance aux herbicides"), ("CA",), "2018"),
    ("be21", "need", "es",
     "Necesidad: detección de mostaza transgénica en semillas importadas en Nepal",
     "La autoridad de bioseguridad de Nepal solicita capacitación y reactivos para "
     "detectar por PCR la mostaza transgénica (Brassica juncea) en lotes de semilla que "
     "cruzan la frontera con la India, donde se aprobó un híbrido modificado, y apoyo "
     "para muestrear los campos de los agricultores de la llanura del Terai.",
     ("mostaza transgénica", "organismos vivos modificados", "detección",
      "movimientos transfronterizos", "semillas"), ("NP",), "2024-01"),
    # --- wildlife crossings and roadkill ----------------------------------------------------
    ("be22", "project", "en",
     "Wildlife overpasses and underpasses on the Trans-Canada Highway",
     "In Banff National Park more than forty wildlife crossings, overpasses planted with "
     "trees and underpasses, together with fencing along the highway, have cut collisions "
     "between vehicles and elk, bears and wolves by more than 80 per cent. The project page "
     "gives the monitoring by camera and the lessons on where crossings are used.",
     ("wildlife crossings", "roadkill", "roads", "ecological connectivity",
      "protected areas"), ("CA",), "2021"),
    ("be23", "document", "fr",
     "Passages à faune et écoducs : guide pour les routes et voies ferrées",
     "Le guide explique comment réduire la mortalité de la faune sur les routes (hérissons, "
     "crapauds, cerfs) et rétablir les continuités écologiques : choisir l'emplacement des "
     "passages à faune, dimensionner écoducs et crapauducs, poser des clôtures de guidage "
     "et suivre les collisions avec les usagers.",
     ("passages à faune", "collisions avec la faune", "routes", "trame verte et bleue",
      "fragmentation des habitats"), ("FR", "BE"), "2019"),
    ("be24", "case-study", "es",
     "Atropellos de fauna en la ruta 40 y el Chaco: pasos de fauna para el oso hormiguero",
     "El estudio de caso recopila cinco años de registros de fauna atropellada en rutas del "
     "norte de Argentina, con el oso hormiguero gigante, zorros y yacarés entre las "
     "víctimas, y evalúa los pasos de fauna bajo la calzada construidos en los puntos "
     "críticos.",
     ("atropellos de fauna", "pasos de fauna", "carreteras", "conectividad ecológica",
      "oso hormiguero"), ("AR",), "2022"),
    # --- camera traps -----------------------------------------------------------------------
    ("be25", "need", "en",
     "Need: camera traps and training to monitor wildlife in community forests",
     "Community forest user groups in the Tanintharyi region ask for 60 camera traps, "
     "batteries and memory cards, and training in setting them out on grids and in sorting "
     "the photographs, to monitor tigers, tapirs and pangolins and detect poachers in "
     "their forests.",
     ("camera traps", "wildlife monitoring", "community forestry", "capacity-building",
      "needs"), ("MM",), "2023-09"),
    ("be26", "support-source", "fr",
     "Offre : prêt de pièges photographiques et analyse des images par intelligence "
     "artificielle",
     "Un réseau d'universités propose de prêter des pièges photographiques aux "
     "gestionnaires d'aires protégées d'Afrique centrale et de traiter gratuitement leurs "
     "images avec un logiciel qui reconnaît les espèces, avec une formation à distance à la "
     "pose des appareils et à l'estimation des densités.",
     ("pièges photographiques", "suivi de la faune", "aires protégées", "offres",
      "intelligence artificielle"), ("CM", "GA", "CG"), "2024"),
    ("be27", "project", "es",
     "Fototrampeo del jaguar en el corredor biológico de Costa Rica",
     "Una red de cámaras trampa instaladas por guardaparques y vecinos del corredor "
     "biológico entre Talamanca y la Osa registra jaguares, pumas y ocelotes. El proyecto "
     "usa las fotografías para estimar densidades, identificar cada jaguar por sus manchas "
     "y orientar las compensaciones a ganaderos.",
     ("cámaras trampa", "fototrampeo", "jaguar", "corredores biológicos",
      "monitoreo de fauna"), ("CR",), "2021"),
    # --- bird ringing -----------------------------------------------------------------------
    ("be28", "project", "en",
     "Bird ringing on the East Atlantic Flyway: training ringers in West Africa",
     "Ringers from Senegal, Gambia and Guinea-Bissau are trained to catch waders and "
     "passerines in mist nets, fit metal and colour rings, measure and release them, and "
     "report recoveries to the European ringing schemes. The project links them with "
     "ringing stations in Europe to follow migrants along the flyway.",
     ("bird ringing", "migratory birds", "flyways", "capacity-building", "waders"),
     ("SN", "GM", "GW"), "2022"),
    ("be29", "document", "fr",
     "Le baguage des oiseaux : guide du bagueur débutant",
     "Le guide présente le baguage des oiseaux à des fins scientifiques : autorisations, "
     "filets japonais, choix des bagues, détermination de l'âge et du sexe, "
     "transmission des données au centre national de baguage, et ce que les reprises de "
     "bagues ont appris sur les migrations des hirondelles et des cigognes.",
     ("baguage", "oiseaux migrateurs", "migrations", "guides", "suivi scientifique"),
     ("FR",), "2020"),
    ("be30", "need", "es",
     "Necesidad: anillas y redes de niebla para un programa de anillamiento de aves en Perú",
     "Una estación biológica del Manu solicita anillas numeradas, redes de niebla y "
     "capacitación para un programa de anillamiento de aves que siga a las aves migratorias "
     "boreales que invernan en la Amazonía y a las especies de bosque afectadas por la "
     "minería de oro.",
     ("anillamiento de aves", "aves migratorias", "monitoreo de aves", "necesidades",
      "creación de capacidad"), ("PE",), "2024-06"),
)  # fmt: skip
