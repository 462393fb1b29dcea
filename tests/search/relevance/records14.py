"""Clearing-house records of the fourteenth judged relevance set
(tests/search/relevance/queries14.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: Basel Convention and
marine-litter pages on industrial plastic pellets (nurdles) lost at sea and on beaches,
mining and water pages on acid mine drainage, Biosafety Clearing-House pages on genetic use
restriction technologies (GURTs, "terminator" seeds), CBD and UNCTAD-like pages on BioTrade
(trade in products of native biodiversity), UNCCD pages on salt-affected soils and soil
salinization, SAICM and UNIDO-like pages on chemical leasing, Escazú Agreement and
access-to-justice pages on environmental human rights defenders, waste pages on bans of
single-use plastic bags, CITES pages on sea cucumbers (teatfish, bêches-de-mer) and chemical
safety pages on old chemicals in school laboratories, with a committee matching requests for
assistance with offers (needs and offers on several of those topics). English, French and
Spanish, 10 records each, every topic written once in each language, so that a query in one
language has answers in the others. None of records.py, records3.py, ..., records13.py is
about these topics (their records were read, topic by topic, before these were written; the
nearest are the marine litter and microplastics records of records4.py, the cyanide, tailings
dams and lithium salt-flat records (other harms of mining), the genome editing, gene drive and
GM crop records of the biosafety sets, the benefit-sharing agreements of records7.py (a
cosmetics company), the ecosystem-based adaptation to salt-water intrusion in the Mekong delta
(t19), the desertification and land degradation records, the chemical safety in small and
medium-sized enterprises records, the environmental courts and prosecutors of records12.py,
the plastic waste records, the shark fins seized in Guayaquil (records7.py) and the
environmental education in schools records of records12.py). No text was copied from those
sites and none comes from demo/generator.py. They are meant to be harvested as
``oai_dc``-like records and enriched with the project thesaurus exactly as the other records
files' are, beside them and the real fixtures' records (tests/mappings/golden/*.json) as one
pool.

Ids (j01..j30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45), records8.py's (w01..w45), records9.py's (x01..x30), records10.py's (k01..k30),
records11.py's (m01..m30), records12.py's (r01..r30) or records13.py's (u01..u30); in
queries14.tsv they are written without prefix, like theirs, and take the same ``rel:``
prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- plastic pellets (nurdles) ---------------------------------------------------------------
    ("j01", "case-study", "en",
     "Nurdles on the beaches of Sri Lanka after a container ship fire",
     "When a burning container ship sank off Colombo, billions of plastic pellets, the raw "
     "material that factories melt into plastic products, washed up along hundreds of "
     "kilometres of coast. The case study describes the clean-up by hand and with sieves, the "
     "ban on fishing that followed, the claims for compensation and why pellets should be "
     "carried as a dangerous cargo in packaging that does not tear.",
     ("plastic pellets", "nurdles", "marine litter", "shipping", "spills"), ("LK",), "2022"),
    ("j02", "document", "fr",
     "Granulés plastiques industriels : guide de bonnes pratiques contre les pertes",
     "Les granulés de plastique (ou « larmes de sirène ») se perdent à chaque étape : "
     "production, ensachage, chargement des conteneurs, transport et transformation. Ce "
     "guide destiné aux usines et aux transporteurs décrit les bacs de rétention, les filtres "
     "sur les évacuations, le nettoyage immédiat des déversements et la formation du "
     "personnel.",
     ("granulés plastiques", "déchets plastiques", "déchets marins", "pollution industrielle"),
     (), "2023"),
    ("j03", "need", "es",
     "Necesidad: monitoreo de pellets de plástico en las playas de Cartagena",
     "La autoridad ambiental de Bolívar, Colombia, solicita apoyo para muestrear de forma "
     "periódica los pellets de plástico que llegan a las playas cercanas al puerto y a la "
     "zona industrial, identificar de qué empresas provienen y preparar un plan de respuesta "
     "ante derrames de carga.",
     ("pellets de plástico", "basura marina", "playas", "derrames"), ("CO",), "2024"),
    # --- acid mine drainage ----------------------------------------------------------------------
    ("j04", "project", "en",
     "Treating acid mine drainage from abandoned coal mines in Mpumalanga",
     "Water flooding the old coal mines of the Witbank and Middelburg fields turns acidic as "
     "the pyrite of the coal seams oxidises, and carries iron, manganese and sulphate into "
     "the Olifants River. The project builds "
     "limestone channels and constructed wetlands to neutralise the drainage, and tests the "
     "recovery of gypsum from the sludge.",
     ("acid mine drainage", "abandoned mines", "coal mining", "water pollution"), ("ZA",),
     "2021"),
    ("j05", "document", "fr",
     "Drainage minier acide : lignes directrices pour la fermeture des mines",
     "Quand les sulfures des stériles et des parois d'une mine, la pyrite surtout, s'oxydent à "
     "l'air et à l'eau, "
     "ils produisent une eau acide chargée de métaux qui peut couler pendant des siècles. Le "
     "guide explique comment prévoir ce drainage dès l'étude d'impact, couvrir les haldes, "
     "traiter les eaux et chiffrer les garanties financières de fermeture.",
     ("drainage minier acide", "fermeture des mines", "pollution de l'eau", "exploitation minière"),
     (), "2020"),
    ("j06", "case-study", "es",
     "Estudio de caso: drenaje ácido de mina en la cuenca alta del río Rímac",
     "Los pasivos ambientales mineros de la cuenca alta del Rímac, Perú, vierten aguas ácidas, "
     "nacidas de la oxidación de la pirita de los relaves, con hierro, zinc y plomo al río "
     "del que bebe Lima. El estudio relata el inventario de "
     "bocaminas y relaveras abandonadas, la planta de tratamiento con cal y el "
     "financiamiento de la remediación.",
     ("drenaje ácido de mina", "pasivos ambientales mineros", "minería", "agua potable"),
     ("PE",), "2023"),
    # --- genetic use restriction technologies ----------------------------------------------------
    ("j07", "document", "en",
     "Genetic use restriction technologies (GURTs): a briefing for biosafety regulators",
     "GURTs are genetic switches that make the seed of a modified plant sterile (the so-called "
     "terminator seeds) or switch a trait on only when a chemical is applied. The briefing "
     "recalls the de facto moratorium on their field testing and commercial use under the "
     "Convention on Biological Diversity, and what they would mean for farmers who save seed.",
     ("genetic use restriction technologies", "terminator seeds", "biosafety",
      "genetically modified organisms", "farmers"), (), "2019"),
    ("j08", "event", "fr",
     "Atelier régional sur les technologies de restriction de l'utilisation génétique",
     "Atelier à Dakar pour les correspondants nationaux de la biosécurité d'Afrique de "
     "l'Ouest : fonctionnement des semences stériles (GURT), risques pour les semences "
     "paysannes et les variétés locales, moratoire de la Convention sur la diversité "
     "biologique et dispositions à inscrire dans les lois nationales.",
     ("technologies de restriction de l'utilisation génétique", "biosécurité",
      "semences paysannes", "OGM"), ("SN", "ML", "BF", "CI"), "2022"),
    ("j09", "need", "es",
     "Necesidad: detección de semillas con tecnologías de restricción de uso genético",
     "El Paraguay solicita capacitación para su laboratorio de semillas y su comisión de "
     "bioseguridad, a fin de detectar en lotes importados construcciones genéticas que "
     "impidan la germinación de la semilla cosechada, conocidas como semillas terminator.",
     ("tecnologías de restricción de uso genético", "bioseguridad", "semillas",
      "organismos vivos modificados"), ("PY",), "2024"),
    # --- BioTrade --------------------------------------------------------------------------------
    ("j10", "project", "en",
     "BioTrade value chains for cinnamon and star anise in northern Viet Nam",
     "Cooperatives of Dao and Tay growers are helped to harvest cinnamon bark and star anise "
     "without damaging the forest, to meet organic and fair trade standards and to sell to "
     "spice and cosmetics buyers at a better price, following the BioTrade principles of "
     "conservation, sustainable use and fair sharing of benefits.",
     ("BioTrade", "non-timber forest products", "value chains", "sustainable use"),
     ("VN",), "2022"),
    ("j11", "document", "fr",
     "Principes et critères du biocommerce : guide pour les entreprises",
     "Le biocommerce désigne la collecte, la production, la transformation et la vente de "
     "biens issus de la biodiversité indigène selon des critères de durabilité. Le guide "
     "explique aux petites entreprises de cosmétiques, d'aliments et de plantes médicinales "
     "comment vérifier l'origine de leurs ingrédients, respecter le protocole de Nagoya et "
     "partager les avantages avec les cueilleurs.",
     ("biocommerce", "utilisation durable", "partage des avantages", "entreprises"),
     (), "2021"),
    ("j12", "support-source", "es",
     "Oferta: asistencia técnica en biocomercio para asociaciones de productores",
     "Un programa regional ofrece asistencia a asociaciones de recolectores y productores de "
     "sacha inchi, camu camu y castaña de la Amazonía en planes de manejo, certificación y "
     "acceso a mercados de productos de la biodiversidad nativa.",
     ("biocomercio", "productos de la biodiversidad", "Amazonía", "cadenas de valor"),
     ("PE", "BO", "EC", "CO"), "2023"),
    # --- soil salinization -----------------------------------------------------------------------
    ("j13", "need", "en",
     "Need: mapping salt-affected soils in the irrigated lowlands of Uzbekistan",
     "Decades of irrigation for cotton without drainage raised the water table and left salt "
     "crusts on the fields of Karakalpakstan. The ministry asks for help to map soil salinity "
     "with electromagnetic sensors and satellite images, and to advise farmers on leaching "
     "and salt-tolerant crops.",
     ("soil salinity", "salt-affected soils", "irrigation", "land degradation"), ("UZ",),
     "2024"),
    ("j14", "project", "fr",
     "Réhabilitation des terres salées du delta du fleuve Sénégal",
     "La remontée de la langue salée et une irrigation mal drainée ont rendu stériles des "
     "milliers d'hectares de rizières. Le projet creuse des drains, apporte du gypse, plante "
     "des espèces tolérantes au sel et forme les producteurs au suivi de la salinisation des "
     "sols.",
     ("salinisation des sols", "sols salés", "riziculture", "dégradation des terres"),
     ("SN", "MR"), "2021"),
    ("j15", "document", "es",
     "Guía para el manejo de suelos salinos y sódicos bajo riego",
     "La guía explica cómo medir la conductividad eléctrica y el sodio intercambiable, "
     "cuánta agua aplicar para lavar las sales, cuándo usar yeso agrícola y qué cultivos "
     "toleran la salinidad, para frenar la salinización de los suelos agrícolas en zonas "
     "áridas.",
     ("salinización de suelos", "suelos salinos", "riego", "tierras áridas"), (), "2020"),
    # --- chemical leasing ------------------------------------------------------------------------
    ("j16", "case-study", "en",
     "Chemical leasing in industrial cleaning: paying per square metre cleaned",
     "A Serbian cleaning company and its supplier of detergents changed their contract: the "
     "supplier is paid per square metre cleaned instead of per litre sold, so both gain from "
     "using less. Consumption of cleaning chemicals fell by a third, and the case is used in "
     "training on this business model for sound chemicals management.",
     ("chemical leasing", "business models", "chemicals management", "cleaner production"),
     ("RS",), "2019"),
    ("j17", "event", "fr",
     "Formation au leasing chimique pour les ateliers de traitement de surface",
     "Séminaire de deux jours à Casablanca : les entreprises de galvanoplastie et leurs "
     "fournisseurs apprennent à facturer un service (pièces traitées) plutôt que des "
     "quantités de produits chimiques, à réduire les rejets et à mesurer les gains.",
     ("leasing chimique", "traitement de surface", "gestion des produits chimiques",
      "production plus propre"), ("MA",), "2023"),
    ("j18", "project", "es",
     "Arrendamiento químico en plantas de potabilización de agua de Colombia",
     "Empresas municipales de acueducto y sus proveedores de coagulantes y cloro pasan a "
     "pagar por metro cúbico de agua tratada y no por tonelada de producto, con lo que el "
     "proveedor asesora en la dosificación y baja el uso de sustancias químicas.",
     ("arrendamiento químico", "gestión de productos químicos", "agua potable",
      "modelos de negocio"), ("CO",), "2022"),
    # --- environmental defenders -----------------------------------------------------------------
    ("j19", "document", "en",
     "Protecting environmental human rights defenders: guidance under the Escazú Agreement",
     "Article 9 of the Escazú Agreement obliges its parties in Latin America and the "
     "Caribbean to guarantee a safe environment for people and groups who defend the "
     "environment. The guidance covers early warning of threats, protection measures, "
     "investigation of attacks and the role of environmental authorities.",
     ("environmental defenders", "Escazú Agreement", "human rights", "access to justice"),
     (), "2023"),
    ("j20", "case-study", "fr",
     "Défenseurs de l'environnement au Cameroun : menaces et protection",
     "Des membres d'associations qui dénoncent l'exploitation forestière illégale et "
     "l'accaparement des terres ont été menacés ou arrêtés. L'étude de cas décrit leurs "
     "réseaux d'alerte, l'appui juridique des ONG et ce que prévoient les textes sur la "
     "participation du public.",
     ("défenseurs de l'environnement", "droits humains", "société civile",
      "participation du public"), ("CM",), "2021"),
    ("j21", "need", "es",
     "Necesidad: protocolo de protección para personas defensoras ambientales en Honduras",
     "Organizaciones de Honduras solicitan apoyo para diseñar, con la fiscalía y la "
     "secretaría de ambiente, un protocolo de protección de defensores y defensoras del "
     "ambiente y del territorio, conforme al Acuerdo de Escazú.",
     ("defensores ambientales", "Acuerdo de Escazú", "derechos humanos", "pueblos indígenas"),
     ("HN",), "2024"),
    # --- plastic bag bans ------------------------------------------------------------------------
    ("j22", "case-study", "en",
     "Rwanda's ban on plastic bags: enforcement at the borders and alternatives",
     "Since 2008 Rwanda has prohibited the import, production, sale and use of polythene bags. "
     "The case study looks at luggage checks at border posts, fines, the paper and cloth bag "
     "makers that grew up and the smuggling that persists.",
     ("plastic bags", "bans", "single-use plastics", "plastic waste"), ("RW",), "2020"),
    ("j23", "document", "fr",
     "Interdire les sacs plastiques à usage unique : guide pour les collectivités",
     "Le guide aide les communes à préparer un arrêté sur les sacs en plastique à usage "
     "unique : concertation avec les commerçants et les marchés, période de transition, "
     "contrôle, sanctions et promotion des sacs réutilisables.",
     ("sacs plastiques", "plastiques à usage unique", "déchets plastiques", "collectivités"),
     (), "2021"),
    ("j24", "project", "es",
     "Reducción de bolsas plásticas de un solo uso en ferias libres de Chile",
     "Tras la ley que prohibió la entrega de bolsas plásticas en el comercio, el proyecto "
     "acompaña a las ferias libres de Valparaíso con bolsas reutilizables, carros de feria y "
     "campañas para que los vendedores dejen de dar bolsas.",
     ("bolsas plásticas", "plásticos de un solo uso", "residuos plásticos", "mercados"),
     ("CL",), "2022"),
    # --- sea cucumbers ---------------------------------------------------------------------------
    ("j25", "document", "en",
     "Teatfish sea cucumbers in CITES Appendix II: making non-detriment findings",
     "Three species of teatfish, among the most valuable sea cucumbers in the dried seafood "
     "trade, were listed in CITES Appendix II. The document guides scientific authorities "
     "through stock surveys, catch limits and the identification of dried specimens before "
     "export permits are issued.",
     ("sea cucumbers", "CITES", "non-detriment findings", "fisheries", "wildlife trade"),
     (), "2021"),
    ("j26", "project", "fr",
     "Pêche durable et élevage des holothuries à Madagascar",
     "Les bêches-de-mer du sud-ouest de Madagascar ont été surexploitées pour l'export vers "
     "l'Asie. Le projet appuie des villages de pêcheurs vezo qui élèvent des concombres de "
     "mer dans des enclos en lagune et fixe avec eux des périodes de fermeture de la pêche.",
     ("holothuries", "concombres de mer", "pêche artisanale", "aquaculture"), ("MG",), "2022"),
    ("j27", "need", "es",
     "Necesidad: control del comercio ilegal de pepino de mar en Yucatán",
     "La pesca furtiva de pepino de mar en la costa de Yucatán, México, abastece un comercio "
     "ilegal hacia Asia y ha causado conflictos en los puertos. Se solicita apoyo para "
     "vigilancia, trazabilidad del producto seco y capacitación de inspectores.",
     ("pepino de mar", "pesca ilegal", "comercio ilegal", "inspección"), ("MX",), "2023"),
    # --- chemicals in school laboratories --------------------------------------------------------
    ("j28", "need", "en",
     "Need: clearing old chemicals from secondary school laboratories in Jamaica",
     "Many school science laboratories hold unlabelled, expired or dangerous reagents (picric "
     "acid, mercury thermometers, concentrated acids) stored on open shelves. The ministry "
     "asks for help to inventory them, remove and dispose of them safely and train teachers "
     "in chemical storage.",
     ("school laboratories", "chemical safety", "hazardous waste", "teachers"), ("JM",),
     "2024"),
    ("j29", "document", "fr",
     "Sécurité chimique dans les laboratoires scolaires : guide pour les enseignants",
     "Ce guide pour les professeurs de sciences des collèges et lycées traite de l'achat des "
     "réactifs, de l'étiquetage selon le SGH, du rangement des produits incompatibles, des "
     "équipements de protection et de l'élimination des produits périmés.",
     ("laboratoires scolaires", "sécurité chimique", "SGH", "enseignants"), (), "2022"),
    ("j30", "support-source", "es",
     "Oferta: inventario y eliminación de reactivos vencidos en laboratorios escolares",
     "Una red de universidades ofrece a los ministerios de educación de Centroamérica "
     "apoyo para inventariar los reactivos de los laboratorios de los colegios, retirar los "
     "vencidos o peligrosos y capacitar a los docentes en su almacenamiento seguro.",
     ("laboratorios escolares", "reactivos químicos", "seguridad química", "residuos peligrosos"),
     ("GT", "SV", "HN", "NI"), "2023"),
)  # fmt: skip
