"""Clearing-house records for the sixth judged relevance set (tests/search/relevance/queries6.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: the ozone and chemicals
pages of national nodes (refrigerant recovery and the phase-out of HCFCs, HBCD in building
insulation), chemical-accident pages of INFOCAP-like emergency networks (transport of
dangerous goods by road, cyanide spills from gold-mine tailings), water-quality and
food-safety pages of health ministries (arsenic in well water, aflatoxins in groundnuts and
maize), the Minamata Convention (mercury-contaminated sites), the Basel Convention
(end-of-life lithium-ion batteries), the Biosafety Clearing-House (genetically modified fish),
the ABS Clearing-House (access permits and internationally recognized certificates of
compliance), the CBD Clearing-House Mechanism (coral reefs, small-scale fisheries,
ecosystem-based adaptation to climate change, wind farms and birds, invasive rats on islands)
and a committee matching requests for assistance with offers (needs and offers on
refrigerant recovery, arsenic testing, fisheries co-management, battery collection, access
permits and the assessment of a genetically modified fish). English, French and Spanish, 15
records each, every topic written once in each language, so that a query in one language has
answers in the others. No text was copied from those sites and none comes from
demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and enriched with
the project thesaurus exactly as the other records files' are, beside them and the real
fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (t01..t45) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45) or records5.py's (q01..q45); in queries6.tsv they are written without
prefix, like theirs, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- ozone-depleting refrigerants: HCFC phase-out in refrigeration servicing ---------------
    ("t01", "need", "en",
     "Need: refrigerant recovery equipment and technician training in Jamaica",
     "The National Ozone Unit asks for recovery and recycling machines, leak detectors and "
     "a train-the-trainer course so that refrigeration and air-conditioning technicians stop "
     "venting HCFC-22 when they service equipment, as the HCFC phase-out management plan "
     "under the Montreal Protocol requires.",
     ("ozone-depleting substances", "HCFCs", "refrigeration servicing", "training"),
     ("JM",), "2023-02"),
    ("t02", "project", "fr",
     "Plan de gestion de l'élimination des HCFC au Togo : deuxième phase",
     "Quotas d'importation des hydrochlorofluorocarbures, formation des douaniers à "
     "l'identification des gaz frigorigènes, certification des frigoristes et centres de "
     "récupération et de recyclage des fluides dans le cadre du Protocole de Montréal.",
     ("substances appauvrissant la couche d'ozone", "HCFC", "froid et climatisation"),
     ("TG",), "2021"),
    ("t03", "document", "es",
     "Manual de buenas prácticas en refrigeración: recuperación y reciclaje de refrigerantes",
     "Manual para técnicos de refrigeración y aire acondicionado: detección de fugas, "
     "recuperación del refrigerante antes de abrir el circuito, reciclaje, manejo seguro de "
     "alternativas inflamables como los hidrocarburos y eliminación gradual de los HCFC.",
     ("sustancias que agotan la capa de ozono", "refrigerantes", "buenas prácticas"), (),
     "2020"),
    # --- transport of dangerous goods by road ---------------------------------------------------
    ("t04", "document", "en",
     "Transport of dangerous goods by road: a pocket guide for first responders",
     "How to read the orange plates, UN numbers and hazard labels on tankers and lorries, "
     "set the isolation distance, call the carrier's emergency number and contain a leak "
     "after a road accident involving dangerous goods.",
     ("transport of dangerous goods", "emergency response", "chemical accidents"), (),
     "2022"),
    ("t05", "case-study", "fr",
     "Renversement d'un camion-citerne d'acide sulfurique à Niamey : retour d'expérience",
     "Un camion-citerne transportant de l'acide sulfurique s'est renversé en ville : "
     "périmètre de sécurité, neutralisation à la chaux par les sapeurs-pompiers, prise en "
     "charge des riverains intoxiqués et leçons pour le contrôle des matières dangereuses "
     "transportées par la route.",
     ("transport de matières dangereuses", "accidents chimiques", "acide sulfurique"),
     ("NE",), "2022-11"),
    ("t06", "need", "es",
     "Necesidad: capacitación en transporte de mercancías peligrosas para conductores y "
     "bomberos en El Salvador",
     "El Viceministerio de Transporte solicita cursos sobre el Libro Naranja de las Naciones "
     "Unidas, la señalización de cisternas y la respuesta a derrames en carretera, y apoyo "
     "para un registro de vehículos que transportan sustancias peligrosas.",
     ("transporte de mercancías peligrosas", "capacitación", "derrames"), ("SV",),
     "2024-03"),
    # --- cyanide in gold mining, tailings dams --------------------------------------------------
    ("t07", "case-study", "en",
     "Tailings dam failure at a gold mine in Guyana: the cyanide spill and its aftermath",
     "A breach in a tailings dam released cyanide-laden water into a river used for "
     "drinking and fishing. The case study follows the emergency response, the fish kills, "
     "water monitoring downstream and the changes made to tailings storage rules.",
     ("cyanide", "tailings dams", "gold mining", "chemical accidents"), ("GY",), "2019"),
    ("t08", "document", "fr",
     "Guide de gestion du cyanure dans les mines d'or industrielles",
     "Transport, stockage et utilisation du cyanure de sodium pour la lixiviation de l'or, "
     "destruction du cyanure avant le rejet des résidus, surveillance des eaux et plans "
     "d'urgence en cas de déversement.",
     ("cyanure", "mines d'or", "résidus miniers"), ("BF", "ML"), "2020"),
    ("t09", "project", "es",
     "Monitoreo de cianuro en los ríos cercanos a las minas de oro de Nicaragua",
     "Red comunitaria de monitoreo de la calidad del agua aguas abajo de plantas de "
     "lixiviación con cianuro, con análisis trimestrales de cianuro libre y metales y "
     "alertas a las alcaldías.",
     ("cianuro", "minería de oro", "calidad del agua"), ("NI",), "2023"),
    # --- arsenic in groundwater and drinking water ----------------------------------------------
    ("t10", "dataset", "en",
     "Arsenic in tube-well water in Bangladesh: district survey 2022",
     "Arsenic concentrations measured in 48,000 tube wells in 12 districts, with the share "
     "of wells above the national drinking-water standard and above the WHO guideline "
     "value, by upazila.",
     ("arsenic", "groundwater", "drinking water", "monitoring"), ("BD",), "2023"),
    ("t11", "support-source", "fr",
     "Offre : trousses de terrain pour le dosage de l'arsenic dans l'eau des puits",
     "Un laboratoire universitaire met à disposition des trousses de terrain et forme les "
     "agents d'hygiène au dépistage de l'arsenic dans les eaux souterraines, avec "
     "confirmation des échantillons positifs en laboratoire.",
     ("arsenic", "eaux souterraines", "eau potable", "laboratoire"), (), "2022"),
    ("t12", "need", "es",
     "Necesidad: tratamiento de agua con arsénico en escuelas rurales del Chaco argentino",
     "Las escuelas rurales se abastecen de pozos con arsénico por encima del límite del "
     "Código Alimentario. Se pide apoyo para equipos de ósmosis inversa, análisis "
     "periódicos y capacitación de los encargados.",
     ("arsénico", "agua potable", "aguas subterráneas"), ("AR",), "2023-06"),
    # --- coral reefs -------------------------------------------------------------------------
    ("t13", "project", "en",
     "Coral reef restoration after mass bleaching in Fiji",
     "Coral gardening with local communities: nurseries of heat-tolerant coral fragments, "
     "outplanting on bleached reefs and monitoring of coral cover and fish abundance in "
     "locally managed marine areas.",
     ("coral reefs", "coral bleaching", "ecosystem restoration"), ("FJ",), "2022"),
    ("t14", "document", "fr",
     "Blanchissement des coraux : protocole de suivi pour les gestionnaires d'aires marines",
     "Protocole simple pour suivre la température de l'eau, noter le blanchissement et la "
     "mortalité des colonies coralliennes et transmettre les observations au réseau "
     "régional de suivi des récifs.",
     ("récifs coralliens", "blanchissement des coraux", "suivi"), ("NC",), "2021"),
    ("t15", "case-study", "es",
     "Viveros de coral cuerno de ciervo en el Caribe de la República Dominicana",
     "Un centro de buceo y pescadores cultivan fragmentos de coral en viveros submarinos y "
     "los trasplantan a los arrecifes degradados: costos, supervivencia y participación "
     "del sector turístico.",
     ("arrecifes de coral", "restauración de ecosistemas", "turismo"), ("DO",), "2020"),
    # --- small-scale fisheries -------------------------------------------------------------------
    ("t16", "document", "en",
     "Co-management of small-scale fisheries: a guide for community fisheries committees",
     "How fishing communities and fisheries departments share decisions: agreeing closed "
     "seasons and no-take zones, recording catches, settling gear conflicts and securing "
     "access rights for artisanal fishers.",
     ("small-scale fisheries", "co-management", "fishing communities"), (), "2021"),
    ("t17", "project", "fr",
     "Cogestion de la pêche artisanale au Banc d'Arguin",
     "Les pêcheurs imraguen, le parc national et les services des pêches fixent ensemble "
     "le nombre de lanches, les zones de pêche et les périodes de repos biologique du "
     "mulet.",
     ("pêche artisanale", "cogestion", "aires protégées"), ("MR",), "2019"),
    ("t18", "need", "es",
     "Necesidad: apoyo a cooperativas de pesca artesanal del golfo de Chiriquí",
     "Las cooperativas de pescadores artesanales piden capacitación en registro de "
     "capturas, cadena de frío y comercialización, y asesoría para un plan de manejo "
     "pesquero con la autoridad de recursos acuáticos.",
     ("pesca artesanal", "cooperativas", "manejo pesquero"), ("PA",), "2024-01"),
    # --- ecosystem-based adaptation to climate change ---------------------------------------------
    ("t19", "project", "en",
     "Ecosystem-based adaptation to sea-level rise in the Mekong Delta",
     "Restoring coastal mangrove belts and floodplain wetlands to buffer storm surges and "
     "salt-water intrusion, with farmers shifting to rice-shrimp rotations, as part of the "
     "national adaptation plan.",
     ("ecosystem-based adaptation", "climate change adaptation", "mangroves"), ("VN",),
     "2020"),
    ("t20", "document", "fr",
     "L'adaptation fondée sur les écosystèmes dans les plans nationaux d'adaptation",
     "Guide pour intégrer la restauration des écosystèmes, la gestion des bassins versants "
     "et l'agroforesterie dans les plans nationaux d'adaptation aux changements "
     "climatiques, avec des indicateurs de suivi.",
     ("adaptation fondée sur les écosystèmes", "adaptation aux changements climatiques",
      "plans nationaux d'adaptation"), (), "2022"),
    ("t21", "event", "es",
     "Taller centroamericano sobre adaptación basada en ecosistemas",
     "Taller en Tegucigalpa para equipos de ministerios de ambiente y agricultura sobre "
     "soluciones basadas en la naturaleza frente a la sequía del corredor seco y las "
     "inundaciones.",
     ("adaptación basada en ecosistemas", "adaptación al cambio climático", "sequía"),
     ("HN", "GT", "NI"), "2023-09"),
    # --- wind farms, birds and bats -----------------------------------------------------------
    ("t22", "document", "en",
     "Wind farms and migratory soaring birds: siting and operation guidance",
     "Avoiding bird collisions with wind turbines along the Rift Valley and Red Sea flyway: "
     "sensitivity maps, pre-construction surveys, shutdown on demand when flocks approach "
     "and post-construction carcass searches.",
     ("wind energy", "migratory birds", "renewable energy"), ("EG",), "2021"),
    ("t23", "case-study", "fr",
     "Parc éolien de Taïba Ndiaye : suivi de la mortalité des oiseaux et des chauves-souris",
     "Deux ans de recherche de cadavres sous les éoliennes, estimation de la mortalité et "
     "mesures de bridage des turbines pendant les passages migratoires.",
     ("énergie éolienne", "oiseaux", "chauves-souris"), ("SN",), "2023"),
    ("t24", "project", "es",
     "Parques eólicos y murciélagos en el istmo de Tehuantepec",
     "Monitoreo acústico de murciélagos y de aves rapaces en parques eólicos, con umbrales "
     "de velocidad de arranque de los aerogeneradores para reducir la mortalidad.",
     ("energía eólica", "murciélagos", "aves"), ("MX",), "2022"),
    # --- end-of-life lithium-ion batteries ---------------------------------------------------
    ("t25", "need", "en",
     "Need: safe collection of spent lithium-ion batteries from solar home systems in Kenya",
     "Off-grid solar companies ask for help to set up take-back points, safe storage to "
     "prevent battery fires and export of spent lithium-ion batteries to a licensed "
     "recycler under the Basel Convention.",
     ("lithium-ion batteries", "battery waste", "solar energy", "take-back"), ("KE",),
     "2024-02"),
    ("t26", "document", "fr",
     "Gestion écologiquement rationnelle des batteries lithium-ion des véhicules électriques "
     "en fin de vie",
     "Collecte, diagnostic pour une seconde vie, démontage, transport des batteries "
     "endommagées et procédés de recyclage du lithium, du cobalt et du nickel.",
     ("batteries lithium-ion", "véhicules électriques", "recyclage"), (), "2023"),
    ("t27", "project", "es",
     "Reciclaje de baterías de litio de buses eléctricos en Santiago",
     "Piloto de recolección y reciclaje de baterías de ion de litio de la flota de buses "
     "eléctricos, con la ley de responsabilidad extendida del productor y una planta de "
     "pretratamiento.",
     ("baterías de ion de litio", "reciclaje", "responsabilidad extendida del productor"),
     ("CL",), "2024"),
    # --- aflatoxins in groundnuts and maize --------------------------------------------------
    ("t28", "project", "en",
     "Reducing aflatoxin contamination of groundnuts in Malawi",
     "Farmers are trained to dry groundnuts on tarpaulins, sort out mouldy kernels and "
     "store them in hermetic bags; export lots are tested against aflatoxin limits.",
     ("aflatoxins", "food safety", "groundnuts"), ("MW",), "2021"),
    ("t29", "dataset", "fr",
     "Aflatoxines dans le maïs vendu sur les marchés du Bénin",
     "Teneurs en aflatoxine B1 de 600 échantillons de maïs prélevés sur 30 marchés en "
     "saison sèche et en saison des pluies, comparées à la limite maximale réglementaire.",
     ("aflatoxines", "maïs", "sécurité sanitaire des aliments"), ("BJ",), "2022"),
    ("t30", "document", "es",
     "Guía para prevenir las micotoxinas en el maíz almacenado",
     "Secado, almacenamiento en silos herméticos y control de insectos para evitar el "
     "desarrollo de hongos productores de aflatoxinas y fumonisinas en el maíz de las "
     "familias campesinas.",
     ("micotoxinas", "aflatoxinas", "maíz", "almacenamiento de granos"), ("GT",), "2020"),
    # --- HBCD in building insulation -----------------------------------------------------------
    ("t31", "document", "en",
     "Identifying HBCD in polystyrene insulation before building demolition",
     "Hexabromocyclododecane, a brominated flame retardant listed under the Stockholm "
     "Convention, was added to expanded and extruded polystyrene boards. The guide shows "
     "how to screen insulation with handheld analysers and send it to destruction.",
     ("HBCD", "brominated flame retardants", "persistent organic pollutants", "insulation"),
     (), "2021"),
    ("t32", "project", "fr",
     "Inventaire de l'HBCD dans les isolants des bâtiments en Tunisie",
     "Estimation des quantités d'hexabromocyclododécane contenues dans les panneaux de "
     "polystyrène des bâtiments et des chambres froides, pour la mise à jour du plan "
     "national de mise en œuvre de la Convention de Stockholm.",
     ("HBCD", "polluants organiques persistants", "inventaire"), ("TN",), "2022"),
    ("t33", "event", "es",
     "Seminario web sobre el HBCD y otros retardantes de llama bromados",
     "Seminario sobre los retardantes de llama bromados incluidos en el Convenio de "
     "Estocolmo, su presencia en el poliestireno expandido y en los plásticos de aparatos "
     "electrónicos, y las alternativas disponibles.",
     ("retardantes de llama bromados", "HBCD", "contaminantes orgánicos persistentes"), (),
     "2023-04"),
    # --- access permits and certificates of compliance (ABS) ----------------------------------
    ("t34", "contact-point", "en",
     "Competent national authority for access and benefit-sharing: India",
     "The National Biodiversity Authority grants access to biological resources and "
     "associated traditional knowledge and publishes the permits on the ABS Clearing-House, "
     "where they become internationally recognized certificates of compliance.",
     ("competent national authority", "access and benefit-sharing", "permits"), ("IN",),
     "2022"),
    ("t35", "document", "fr",
     "Le certificat de conformité reconnu au niveau international : mode d'emploi",
     "Ce qu'est un certificat de conformité reconnu au niveau international (CCRI), comment "
     "un permis d'accès aux ressources génétiques le devient sur le Centre d'échange APA et "
     "comment les points de contrôle l'utilisent.",
     ("certificat de conformité", "APA", "Protocole de Nagoya"), (), "2021"),
    ("t36", "need", "es",
     "Necesidad: sistema de permisos de acceso a recursos genéticos en Guatemala",
     "El punto focal del Protocolo de Nagoya solicita asesoría para diseñar el trámite de "
     "permisos de acceso, los modelos de condiciones mutuamente acordadas y el registro de "
     "permisos en el Centro de Intercambio de Información.",
     ("permisos de acceso", "recursos genéticos", "Protocolo de Nagoya"), ("GT",), "2023"),
    # --- genetically modified fish ---------------------------------------------------------------
    ("t37", "document", "en",
     "Risk assessment of genetically modified fish: a guidance note",
     "Points to consider for living modified fish such as fast-growing salmon: escape from "
     "net pens, interbreeding with wild populations, sterility by triploidy and whether "
     "the fillet is safe to eat.",
     ("risk assessment", "genetically modified fish", "LMOs", "aquaculture"), (), "2020"),
    ("t38", "need", "fr",
     "Besoin : expertise pour évaluer une demande d'importation d'œufs de saumon "
     "génétiquement modifié",
     "L'autorité nationale de biosécurité demande l'appui d'experts en génétique des "
     "poissons pour évaluer une demande d'importation d'œufs de saumon transgénique "
     "destinés à une pisciculture en bassins fermés.",
     ("OGM", "poissons génétiquement modifiés", "évaluation des risques"), ("MA",),
     "2023-10"),
    ("t39", "document", "es",
     "Tilapia genéticamente modificada en acuicultura: consulta pública",
     "Documento sometido a consulta pública sobre una solicitud de cultivo de tilapia "
     "transgénica de crecimiento rápido en estanques, con la evaluación del riesgo para "
     "los peces nativos.",
     ("OVM", "peces genéticamente modificados", "acuicultura"), ("UY",), "2022"),
    # --- mercury-contaminated sites ------------------------------------------------------------
    ("t40", "project", "en",
     "Cleaning up a mercury-contaminated gold processing site in Tanzania",
     "Mapping mercury in soils and sediments around an abandoned ore processing centre, "
     "fencing the hot spots, excavating the most contaminated soil and informing nearby "
     "villages.",
     ("contaminated sites", "mercury", "remediation"), ("TZ",), "2022"),
    ("t41", "document", "fr",
     "Orientations sur la gestion des sites contaminés par le mercure",
     "Identification, évaluation des risques et réhabilitation des sites contaminés par le "
     "mercure ou ses composés, comme le prévoit l'article 12 de la Convention de Minamata.",
     ("sites contaminés", "mercure", "Convention de Minamata"), (), "2020"),
    ("t42", "case-study", "es",
     "Suelos contaminados con mercurio en Huancavelica: viviendas de adobe y salud",
     "Siglos de minería de cinabrio dejaron mercurio en los suelos con los que se fabrican "
     "los adobes. El estudio midió el mercurio en el aire de las viviendas y probó "
     "recubrimientos de pisos y paredes.",
     ("sitios contaminados", "mercurio", "vivienda"), ("PE",), "2019"),
    # --- invasive rats on islands ---------------------------------------------------------------
    ("t43", "project", "en",
     "Eradicating invasive rats to bring seabirds back to the outer islands of Seychelles",
     "Bait stations and aerial baiting on three islands, biosecurity checks of boats to "
     "stop reinvasion and monitoring of returning seabird colonies and endemic geckos.",
     ("invasive species", "islands", "rats", "seabirds"), ("SC",), "2020"),
    ("t44", "case-study", "fr",
     "Éradication des rats sur les motu de Polynésie française",
     "Retour d'expérience de dératisation de motu pour protéger les oiseaux marins et les "
     "tortues : préparation, appâtage, suivi de la reprise de la végétation et règles de "
     "biosécurité insulaire.",
     ("espèces envahissantes", "îles", "rats", "oiseaux marins"), ("PF",), "2021"),
    ("t45", "document", "es",
     "Guía para la erradicación de roedores invasores en islas",
     "Pasos para planificar la erradicación de ratas y ratones en islas: estudios de "
     "factibilidad, riesgos para especies no objetivo, cebado y bioseguridad para evitar "
     "su regreso.",
     ("especies exóticas invasoras", "islas", "roedores"), (), "2022"),
)  # fmt: skip
