"""Clearing-house records of the seventh judged relevance set (tests/search/relevance/queries7.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: the CBD Clearing-House
Mechanism (peatlands and wetlands, migratory waterbirds and their flyways, land degradation and
desertification, seagrass meadows, wildfires and biodiversity), the ABS Clearing-House
(benefit-sharing agreements on traditional knowledge of medicinal plants), the Stockholm Convention
(short-chain chlorinated paraffins), the Montreal Protocol's ozone pages (methyl bromide in soil
fumigation and quarantine), water-quality and food-safety pages of health and environment
ministries (pharmaceutical residues in water, cadmium in cocoa), pages of marine and river
programmes (abandoned fishing gear, river sand mining, oil-contaminated soils), customs and
enforcement pages (customs training against illegal wildlife trade), air-quality pages of city and
environment agencies (brick kilns) and a committee matching requests for assistance with offers
(needs and offers on most of those topics). English, French and Spanish, 15 records each, every
topic written once in each language, so that a query in one language has answers in the others. No
text was copied from those sites and none comes from demo/generator.py. They are meant to be
harvested as ``oai_dc``-like records and enriched with the project thesaurus exactly as the other
records files' are, beside them and the real fixtures' records (tests/mappings/golden/*.json) as
one pool.

Ids (v01..v45) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45) or records6.py's (t01..t45); in
queries7.tsv they are written without prefix, like theirs, and take the same ``rel:`` prefix
in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- peatlands and wetlands -----------------------------------------------------------------
    ("v01", "project", "en",
     "Rewetting drained peatlands in Central Kalimantan",
     "Blocking drainage canals dug for plantations, replanting peat swamp forest and "
     "monitoring the water table to cut peat fires and carbon losses; villages receive "
     "support for crops that grow on wet peat.",
     ("peatlands", "wetlands", "restoration", "climate change mitigation"), ("ID",),
     "2022"),
    ("v02", "document", "fr",
     "Inventaire national des zones humides du Bénin",
     "Cartographie des marais, lagunes, plaines d'inondation et tourbières du pays, "
     "description de leurs services écologiques et des menaces (remblais, pollution, "
     "surpâturage), et liste des sites proposés au titre de la Convention de Ramsar.",
     ("zones humides", "inventaire", "Convention de Ramsar"), ("BJ",), "2021"),
    ("v03", "need", "es",
     "Necesidad: apoyo técnico para restaurar los bofedales altoandinos de Bolivia",
     "El Ministerio de Medio Ambiente y Agua solicita asistencia para mapear y restaurar "
     "bofedales (turberas de altura) degradados por el sobrepastoreo y la minería, y "
     "capacitar a las comunidades que dependen de ellos para el pastoreo de llamas y alpacas.",
     ("humedales", "turberas", "restauración de ecosistemas"), ("BO",), "2023-05"),
    # --- migratory waterbirds and flyways ---------------------------------------------------------
    ("v04", "dataset", "en",
     "Midwinter waterbird counts along the East Atlantic Flyway, 2015-2023",
     "Counts of ducks, waders, herons and terns at more than 400 coastal and inland "
     "wetlands from Norway to South Africa, gathered by volunteer counters each January to "
     "follow the trends of migratory waterbird populations.",
     ("migratory species", "waterbirds", "monitoring", "flyways"), (), "2024"),
    ("v05", "project", "fr",
     "Protection des haltes migratoires des limicoles dans le delta du Saloum",
     "Suivi des oiseaux migrateurs qui hivernent dans les vasières et les îles du delta, "
     "lutte contre le braconnage et le dérangement des reposoirs, et formation d'écoguides "
     "dans les villages.",
     ("espèces migratrices", "oiseaux", "aires protégées"), ("SN",), "2020"),
    ("v06", "event", "es",
     "Taller regional sobre aves playeras migratorias y sus sitios de parada",
     "Taller en Paracas para gestores de áreas protegidas de la costa del Pacífico sobre "
     "el conteo de aves playeras, la protección de los sitios de descanso y la cooperación "
     "a lo largo de la ruta migratoria de las Américas.",
     ("especies migratorias", "aves", "humedales costeros"), ("PE", "CL", "EC"), "2023-09"),
    # --- short-chain chlorinated paraffins (SCCPs) ----------------------------------------------
    ("v07", "document", "en",
     "Guidance on identifying short-chain chlorinated paraffins in PVC and metalworking fluids",
     "How to find SCCPs, listed in Annex A of the Stockholm Convention, in imported "
     "flexible PVC cables, conveyor belts, sealants and cutting oils: sampling, laboratory "
     "methods, and the exemptions Parties may register.",
     ("persistent organic pollutants", "SCCPs", "Stockholm Convention", "plastics"), (),
     "2022"),
    ("v08", "project", "fr",
     "Inventaire des paraffines chlorées à chaîne courte au Maroc",
     "Enquête auprès des importateurs et des fabricants de câbles, de caoutchouc et de "
     "fluides de coupe pour estimer les quantités de PCCC utilisées et préparer leur "
     "élimination dans le plan national de mise en œuvre.",
     ("polluants organiques persistants", "paraffines chlorées", "inventaire"), ("MA",),
     "2023"),
    ("v09", "need", "es",
     "Necesidad: laboratorio capaz de analizar parafinas cloradas de cadena corta en Ecuador",
     "El punto focal del Convenio de Estocolmo solicita apoyo para equipar un laboratorio "
     "y formar analistas en la determinación de PCCC en plásticos, cables y aceites "
     "lubricantes importados.",
     ("contaminantes orgánicos persistentes", "parafinas cloradas", "laboratorios"), ("EC",),
     "2024-02"),
    # --- pharmaceutical residues in water -------------------------------------------------------
    ("v10", "case-study", "en",
     "Antibiotic residues downstream of pharmaceutical factories in Hyderabad",
     "Samples of river water and wastewater near drug manufacturing plants showed high "
     "concentrations of antibiotics and resistant bacteria; the case study describes the "
     "discharge permits and treatment upgrades that followed.",
     ("pharmaceuticals", "wastewater", "antimicrobial resistance", "water pollution"),
     ("IN",), "2021"),
    ("v11", "document", "fr",
     "Résidus de médicaments dans les eaux : état des connaissances et recommandations",
     "Note de synthèse sur les médicaments humains et vétérinaires retrouvés dans les "
     "rivières et l'eau potable (antibiotiques, anti-inflammatoires, hormones), leurs effets "
     "sur les poissons et les moyens de les réduire dans les stations d'épuration.",
     ("produits pharmaceutiques", "qualité de l'eau", "eaux usées"), ("FR",), "2020"),
    ("v12", "project", "es",
     "Monitoreo de fármacos y contaminantes emergentes en el río Bogotá",
     "Campañas de muestreo de analgésicos, antibióticos y hormonas en el río y en los "
     "efluentes de plantas de tratamiento de aguas residuales, y propuesta de límites para "
     "contaminantes emergentes.",
     ("productos farmacéuticos", "contaminantes emergentes", "calidad del agua"), ("CO",),
     "2022"),
    # --- river sand mining ----------------------------------------------------------------------
    ("v13", "case-study", "en",
     "Sand mining on the Mekong: riverbank collapse and falling fish catches",
     "Dredging of river sand for construction lowered the riverbed, undermined banks and "
     "villages and destroyed spawning grounds; the study compares extraction licences with "
     "what is actually removed.",
     ("sand mining", "rivers", "freshwater ecosystems", "fisheries"), ("KH", "VN"), "2022"),
    ("v14", "need", "fr",
     "Besoin : encadrer l'extraction de sable sur le littoral sénégalais",
     "La direction de l'environnement demande un appui pour cartographier les sites "
     "d'extraction illégale de sable sur les plages et les dunes, former les agents de "
     "contrôle et trouver des granulats de remplacement pour le bâtiment.",
     ("extraction de sable", "érosion côtière", "littoral"), ("SN",), "2023-07"),
    ("v15", "document", "es",
     "Lineamientos para la extracción sostenible de áridos de río",
     "Criterios para otorgar concesiones de extracción de arena y grava en cauces: "
     "volúmenes compatibles con el aporte de sedimentos, distancias a puentes y tomas de "
     "agua, vigilancia y restauración de los cauces.",
     ("extracción de arena", "ríos", "minería"), ("CR",), "2021"),
    # --- desertification and land degradation ---------------------------------------------------
    ("v16", "project", "en",
     "Restoring degraded drylands with farmer-managed natural regeneration in Niger",
     "Farmers protect and prune the stumps of native trees that sprout in their fields, "
     "bringing tree cover back to millions of hectares, raising yields and slowing "
     "desertification in the Sahel.",
     ("desertification", "land degradation", "drylands", "restoration"), ("NE",), "2019"),
    ("v17", "national-profile", "fr",
     "Cibles nationales de neutralité en matière de dégradation des terres : Burkina Faso",
     "Cibles volontaires adoptées au titre de la Convention des Nations Unies sur la lutte "
     "contre la désertification : hectares de terres dégradées à restaurer d'ici 2030, "
     "indicateurs de couvert végétal, de productivité et de carbone du sol.",
     ("désertification", "dégradation des terres", "cibles nationales"), ("BF",), "2020"),
    ("v18", "support-source", "es",
     "Oferta: capacitación en manejo sostenible de tierras secas",
     "Un centro de investigación agrícola ofrece cursos para técnicos de América Latina "
     "sobre control de la erosión, cosecha de agua de lluvia y recuperación de suelos "
     "degradados en zonas áridas amenazadas por la desertificación.",
     ("desertificación", "degradación de tierras", "suelos"), ("MX",), "2024"),
    # --- abandoned fishing gear (ghost nets) ----------------------------------------------------
    ("v19", "project", "en",
     "Retrieving ghost nets from the reefs of the Maldives",
     "Divers and fishers locate and remove abandoned, lost or discarded fishing gear that "
     "keeps catching turtles and fish, record where the nets come from and send the "
     "nylon to recycling.",
     ("marine litter", "fishing gear", "sea turtles"), ("MV",), "2023"),
    ("v20", "document", "fr",
     "Guide de marquage des engins de pêche pour prévenir leur abandon en mer",
     "Comment marquer filets, casiers et palangres pour retrouver leur propriétaire, "
     "signaler les engins perdus et organiser leur récupération dans les ports de pêche "
     "artisanale.",
     ("engins de pêche", "déchets marins", "pêche artisanale"), (), "2022"),
    ("v21", "need", "es",
     "Necesidad: equipos para recuperar redes fantasma en el golfo de California",
     "Una cooperativa pesquera solicita embarcaciones, ganchos de arrastre y capacitación "
     "para retirar redes de pesca abandonadas que atrapan a la vaquita marina y a las "
     "tortugas.",
     ("basura marina", "artes de pesca", "especies amenazadas"), ("MX",), "2022-04"),
    # --- customs training against illegal wildlife trade ----------------------------------------
    ("v22", "event", "en",
     "Training for customs officers on detecting illegal wildlife trade at airports",
     "A week's course for customs and airport police on recognising ivory, pangolin scales "
     "and live reptiles in luggage and cargo, checking CITES permits and handing seized "
     "specimens to the authorities.",
     ("illegal wildlife trade", "customs", "CITES", "training"), ("KE",), "2023-03"),
    ("v23", "support-source", "fr",
     "Offre : formation des douaniers à la lutte contre le trafic d'espèces sauvages",
     "Un réseau régional d'application de la loi propose aux administrations douanières "
     "d'Afrique centrale des modules sur l'identification des espèces protégées, les "
     "permis CITES et les techniques de ciblage des envois suspects.",
     ("commerce illicite d'espèces sauvages", "douanes", "CITES", "formation"), ("CM", "GA", "CG"),
     "2024"),
    ("v24", "case-study", "es",
     "Decomiso de aletas de tiburón en el puerto de Guayaquil",
     "La aduana detectó un contenedor con miles de aletas de tiburón declaradas como "
     "pescado seco; el estudio relata la investigación, la identificación genética de las "
     "especies incluidas en la CITES y la sanción impuesta.",
     ("tráfico de vida silvestre", "aduanas", "tiburones", "CITES"), ("EC",), "2021"),
    # --- brick kilns and air pollution ----------------------------------------------------------
    ("v25", "case-study", "en",
     "Cleaner brick kilns in the Kathmandu Valley",
     "After the 2015 earthquake, kiln owners rebuilt their fixed-chimney kilns as zigzag "
     "kilns that stack the bricks to let air flow: less coal burned, less black carbon and "
     "fine dust in the valley's air, and fewer rejected bricks.",
     ("air pollution", "brick kilns", "black carbon", "energy efficiency"), ("NP",), "2019"),
    ("v26", "project", "fr",
     "Réduire les fumées des briqueteries artisanales autour d'Antananarivo",
     "Formation des briquetiers à des fours plus efficaces et au séchage des briques à "
     "l'abri, suivi des particules fines dans les villages voisins et substitution du bois "
     "de chauffe par de la balle de riz.",
     ("pollution de l'air", "briqueteries", "qualité de l'air"), ("MG",), "2022"),
    ("v27", "need", "es",
     "Necesidad: asistencia técnica para ladrilleras artesanales en Guatemala",
     "La municipalidad solicita apoyo para medir las emisiones de las ladrilleras que "
     "queman llantas y leña, capacitar a los productores en hornos más limpios y proteger "
     "la calidad del aire de los barrios vecinos.",
     ("contaminación del aire", "ladrilleras", "calidad del aire"), ("GT",), "2023-11"),
    # --- oil-contaminated soils -----------------------------------------------------------------
    ("v28", "project", "en",
     "Cleaning up oil-polluted land in Ogoniland",
     "Remediation of soils and creeks contaminated by decades of crude oil spills from "
     "pipelines: excavation, bioremediation cells, drinking-water supply for affected "
     "communities and mangrove replanting.",
     ("soil contamination", "oil spills", "remediation"), ("NG",), "2021"),
    ("v29", "document", "fr",
     "Guide de réhabilitation des sols pollués par les hydrocarbures",
     "Méthodes de diagnostic et de traitement des sols contaminés par les carburants "
     "autour des stations-service et des dépôts pétroliers : excavation, biotertre, "
     "venting et surveillance des eaux souterraines.",
     ("sols pollués", "hydrocarbures", "réhabilitation"), (), "2019"),
    ("v30", "need", "es",
     "Necesidad: remediación de suelos contaminados por petróleo en la Amazonía ecuatoriana",
     "Comunidades de Sucumbíos piden apoyo técnico para evaluar y limpiar suelos y piscinas "
     "de desechos de crudo abandonadas cerca de pozos petroleros.",
     ("suelos contaminados", "petróleo", "remediación"), ("EC",), "2023-10"),
    # --- methyl bromide -------------------------------------------------------------------------
    ("v31", "project", "en",
     "Replacing methyl bromide in strawberry and tomato production in Morocco",
     "Growers switched from methyl bromide soil fumigation to grafted plants, substrates "
     "and solarisation, completing the phase-out of this ozone-depleting substance under "
     "the Montreal Protocol.",
     ("methyl bromide", "ozone-depleting substances", "alternatives"), ("MA",), "2018"),
    ("v32", "document", "fr",
     "Traitements de quarantaine et préalables à l'expédition : alternatives au bromure de "
     "méthyle",
     "Fiche technique sur la fumigation des grumes, des palettes et des céréales destinées "
     "à l'exportation : traitement thermique, phosphine et atmosphères contrôlées pour "
     "réduire les usages exemptés de bromure de méthyle.",
     ("bromure de méthyle", "substances appauvrissant la couche d'ozone", "quarantaine"), (),
     "2021"),
    ("v33", "case-study", "es",
     "Eliminación del bromuro de metilo en la floricultura de Colombia",
     "Los productores de flores de la Sabana de Bogotá reemplazaron la fumigación del "
     "suelo con bromuro de metilo por vapor, sustratos y control biológico, con apoyo del "
     "Fondo Multilateral.",
     ("bromuro de metilo", "sustancias que agotan la capa de ozono", "floricultura"), ("CO",),
     "2015"),
    # --- cadmium in cocoa -----------------------------------------------------------------------
    ("v34", "need", "en",
     "Need: reducing cadmium in cocoa beans from Ecuador and Peru",
     "Cocoa cooperatives ask for soil testing, liming and advice on low-uptake varieties so "
     "that their beans meet the maximum cadmium levels set for chocolate by importing "
     "countries.",
     ("cadmium", "heavy metals", "cocoa", "food safety"), ("EC", "PE"), "2022-08"),
    ("v35", "document", "fr",
     "Le cadmium dans l'alimentation : teneurs maximales et sources d'exposition",
     "Fiche d'information sur le cadmium dans le cacao, le riz, les céréales et les "
     "fruits de mer, les effets sur les reins et les os, et les teneurs maximales en "
     "vigueur.",
     ("cadmium", "métaux lourds", "sécurité sanitaire des aliments"), (), "2021"),
    ("v36", "project", "es",
     "Mitigación del cadmio en fincas de cacao de Santander",
     "Ensayos de enmiendas con cal y materia orgánica, mapas de cadmio en suelos y "
     "selección de clones de cacao que acumulan menos metal en el grano.",
     ("cadmio", "metales pesados", "cacao", "suelos"), ("CO",), "2023"),
    # --- wildfires and biodiversity -------------------------------------------------------------
    ("v37", "document", "en",
     "Fire management in protected areas: a guide for rangers",
     "Early dry-season burning, firebreaks, community fire brigades and post-fire "
     "monitoring of vegetation and wildlife, to keep wildfires from destroying the "
     "habitats the parks protect.",
     ("wildfires", "protected areas", "biodiversity"), (), "2020"),
    ("v38", "case-study", "fr",
     "Après les incendies de forêt : régénération de la forêt de cèdres de l'Atlas",
     "Bilan de trois saisons après les feux de forêt dans le Moyen Atlas : survie des "
     "cèdres, retour des oiseaux et du macaque de Barbarie, et replantation par les "
     "coopératives locales.",
     ("incendies de forêt", "forêts", "biodiversité"), ("MA",), "2023"),
    ("v39", "project", "es",
     "Brigadas comunitarias contra incendios forestales en la Chiquitanía",
     "Formación y equipamiento de brigadas indígenas para prevenir y combatir incendios en "
     "el bosque seco chiquitano, y sistema de alerta temprana con puntos de calor "
     "satelitales.",
     ("incendios forestales", "bosques", "comunidades indígenas"), ("BO",), "2021"),
    # --- seagrass meadows -----------------------------------------------------------------------
    ("v40", "dataset", "en",
     "Seagrass meadows of the Red Sea coast: mapping and carbon stocks",
     "Satellite and diver surveys of seagrass beds, their species, shoot density and the "
     "carbon stored in their sediments, as a baseline for blue carbon accounting.",
     ("seagrass", "marine ecosystems", "blue carbon"), ("SA", "EG"), "2022"),
    ("v41", "project", "fr",
     "Protection des herbiers de posidonie contre les ancres des bateaux de plaisance",
     "Installation de bouées d'amarrage écologiques, zones d'interdiction de mouillage et "
     "sensibilisation des plaisanciers pour préserver les herbiers marins de la côte "
     "tunisienne.",
     ("herbiers marins", "écosystèmes marins", "aires marines protégées"), ("TN",), "2022"),
    ("v42", "case-study", "es",
     "Restauración de praderas de pastos marinos en la bahía de Chetumal",
     "Trasplante de pastos marinos dañados por sedimentos y hélices, con participación de "
     "pescadores; supervivencia de los trasplantes y regreso de manatíes a alimentarse.",
     ("pastos marinos", "restauración de ecosistemas", "manatíes"), ("MX",), "2021"),
    # --- benefit-sharing agreements on traditional knowledge ------------------------------------
    ("v43", "case-study", "en",
     "A benefit-sharing agreement for the traditional knowledge of a medicinal plant",
     "How a cosmetics company, a research institute and the San communities agreed mutually "
     "agreed terms and prior informed consent for the use of their knowledge of a "
     "medicinal succulent, with royalties paid into a community trust.",
     ("access and benefit-sharing", "traditional knowledge", "medicinal plants"),
     ("ZA", "NA"), "2019"),
    ("v44", "document", "fr",
     "Modèle de conditions convenues d'un commun accord pour la bioprospection",
     "Clauses types pour les contrats entre chercheurs et communautés locales détentrices "
     "de savoirs traditionnels : partage des avantages monétaires et non monétaires, "
     "publication, propriété intellectuelle et transfert à des tiers.",
     ("accès et partage des avantages", "savoirs traditionnels", "Protocole de Nagoya"),
     (), "2022"),
    ("v45", "need", "es",
     "Necesidad: asesoría jurídica para negociar la participación en los beneficios de "
     "plantas medicinales",
     "Una organización de pueblos indígenas de la Amazonía peruana solicita apoyo para "
     "negociar con una empresa farmacéutica el uso de sus conocimientos tradicionales "
     "sobre plantas medicinales, conforme al Protocolo de Nagoya.",
     ("acceso y participación en los beneficios", "conocimientos tradicionales",
      "plantas medicinales"), ("PE",), "2024-01"),
)  # fmt: skip
