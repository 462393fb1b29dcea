"""Clearing-house records of the seventeenth judged relevance set
(tests/search/relevance/queries17.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CITES pages on sturgeon
and the caviar trade and on vicuña fibre, Ramsar and UNCCD pages on oases and their date palm
groves, chemicals pages on lead chromate in turmeric and other spices, chemical-accident pages
on rail tank cars of vinyl chloride that derail, ABS Clearing-House pages on the rooibos
benefit-sharing agreement with the Khoi and San, Biosafety Clearing-House pages on Golden
Rice, FAO/Basel-like pages on agricultural plastics (mulch films), marine-litter pages on
cigarette butts and CMS pages on the snow leopard, with a committee matching requests for
assistance with offers (needs and offers on several of those topics). English, French and
Spanish, 10 records each, every topic written once in each language, so that a query in one
language has answers in the others. None of records.py, records3.py, ..., records16.py is
about these topics (their records were read, title by title, and searched for the topics'
words in the three languages before these were written; the nearest are the fish passes that
name sturgeon among migratory fish (records11.py), the BioTrade cinnamon and star anise of
records14.py, the pocket guide on road transport of dangerous goods of records6.py, the
access and benefit-sharing records on other plants and places, the genetically modified
crops of earlier Biosafety records, the marine litter and microplastics records and the lead
paint, lead battery and lead in toys records). No text was copied from those sites and none
comes from demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and
enriched with the project thesaurus exactly as the other records files' are, beside them and
the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (z01..z30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45), records8.py's (w01..w45), records9.py's (x01..x30), records10.py's (k01..k30),
records11.py's (m01..m30), records12.py's (r01..r30), records13.py's (u01..u30),
records14.py's (j01..j30), records15.py's (o01..o30) or records16.py's (y01..y30); in
queries17.tsv they are written without prefix, like theirs, and take the same ``rel:`` prefix
in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- sturgeon and the caviar trade -----------------------------------------------------------
    ("z01", "document", "en",
     "Caviar labelling under CITES: the universal labelling system for sturgeon caviar",
     "All sturgeon and paddlefish species are listed in the CITES Appendices. Every tin or jar "
     "of caviar traded internationally must carry a non-reusable label with a standard species "
     "code, a source code telling wild caviar from caviar of captive-bred fish in aquaculture, "
     "the country of origin, the year of harvest and the registration number of the processing "
     "plant. The guide shows how customs officers read the label and what to do with unlabelled "
     "roe.",
     ("caviar", "sturgeons", "CITES", "labelling", "wildlife trade"), (), "2021"),
    ("z02", "project", "fr",
     "Esturgeons du bas Danube : alevinage, lâchers et lutte contre le braconnage",
     "Les esturgeons du Danube sont au bord de l'extinction après des décennies de pêche pour le "
     "caviar. Le projet élève des alevins d'esturgeon en écloserie et les relâche dans le "
     "fleuve, marque les poissons pour suivre leur migration, et aide les garde-pêche de "
     "Roumanie et de Bulgarie à contrôler le commerce illégal de caviar et de chair d'esturgeon "
     "sur les marchés locaux.",
     ("esturgeons", "caviar", "espèces menacées", "braconnage", "poissons migrateurs"),
     ("RO", "BG"), "2022"),
    ("z03", "need", "es",
     "Necesidad: análisis de ADN para distinguir caviar de acuicultura del caviar silvestre en "
     "Uruguay",
     "La autoridad administrativa CITES de Uruguay, país que exporta caviar de esturiones "
     "criados en granjas acuícolas, solicita apoyo para montar un laboratorio de análisis "
     "genéticos que confirme la especie y el origen del caviar exportado y detecte caviar "
     "silvestre de contrabando etiquetado como producto de acuicultura.",
     ("caviar", "esturiones", "acuicultura", "CITES", "comercio de especies silvestres"),
     ("UY",), "2024"),
    # --- oases and date palm groves --------------------------------------------------------------
    ("z04", "project", "en",
     "Reviving the khettaras of the Drâa valley oases",
     "In the oases of the Drâa valley, a Ramsar site, falling groundwater and sand encroachment "
     "are killing the date palms. Villages clean and extend their khettaras, the underground "
     "channels that bring water to the palm groves by gravity, replant date palm offshoots "
     "resistant to bayoud disease and fix dunes with palm-frond fences.",
     ("oases", "date palms", "traditional water management", "desertification", "Ramsar sites"),
     ("MA",), "2023"),
    ("z05", "case-study", "fr",
     "Les oasis de Tozeur et de Nefta face à la salinisation : étude de cas",
     "Les palmeraies du Djérid, en Tunisie, sont irriguées par des forages profonds depuis le "
     "tarissement des sources. L'étude décrit la remontée du sel dans les sols, l'abandon des "
     "jardins en étages où poussent les palmiers dattiers, les arbres fruitiers et les cultures "
     "basses, et la gestion collective de l'eau que les associations d'irrigants ont remise en "
     "place.",
     ("oasis", "palmeraies", "palmiers dattiers", "salinisation", "gestion de l'eau"),
     ("TN",), "2021"),
    ("z06", "document", "es",
     "Guía para la conservación de los oasis de Baja California Sur",
     "Los oasis de la península, como Mulegé, San Ignacio y La Purísima, son humedales rodeados "
     "de desierto donde viven peces y caracoles endémicos. La guía propone limpiar los "
     "manantiales, controlar el carrizo y las palmas datileras que se extienden sin manejo, y "
     "acordar con los rancheros el uso del agua y del pastoreo.",
     ("oasis", "humedales", "palmas datileras", "especies endémicas", "zonas áridas"),
     ("MX",), "2020"),
    # --- lead chromate in turmeric and other spices ----------------------------------------------
    ("z07", "case-study", "en",
     "Lead chromate in turmeric: how Bangladesh cleared its spice markets",
     "Polishers added lead chromate, a yellow pigment, to dried turmeric roots to brighten their "
     "colour, and blood lead levels of the families who ate the spice rose. Food safety "
     "inspectors tested turmeric in wholesale markets with portable X-ray fluorescence, the "
     "authorities seized adulterated stocks and warned traders, and the share of turmeric "
     "containing lead fell to almost nothing within two years.",
     ("lead", "turmeric", "spices", "food safety", "lead poisoning"), ("BD",), "2024"),
    ("z08", "support-source", "fr",
     "Offre : analyses du plomb dans les épices par fluorescence X portable",
     "Un laboratoire de référence offre aux autorités de sécurité sanitaire des aliments des "
     "analyses gratuites du plomb dans le curcuma, le piment en poudre et les autres épices, et "
     "forme les inspecteurs à l'utilisation des appareils portables de fluorescence X pour "
     "repérer le chromate de plomb sur les marchés.",
     ("plomb", "épices", "curcuma", "sécurité sanitaire des aliments", "analyses"), (), "2025"),
    ("z09", "need", "es",
     "Necesidad: control del plomo en la canela y la cúrcuma molida en Ecuador",
     "Después de que se retiraran del mercado compotas infantiles con canela contaminada con "
     "plomo, la agencia de regulación sanitaria de Ecuador solicita equipos y capacitación para "
     "analizar plomo y cromo en especias molidas, canela y cúrcuma, en los molinos y en los "
     "puntos de exportación.",
     ("plomo", "especias", "canela", "cúrcuma", "inocuidad de los alimentos"), ("EC",), "2024"),
    # --- rail tank cars of vinyl chloride --------------------------------------------------------
    ("z10", "document", "en",
     "Derailment of rail tank cars carrying vinyl chloride: lessons learned from a vent and burn",
     "A freight train derailed and several tank cars of vinyl chloride caught fire. Fearing that "
     "a tank would explode, responders released and burned the gas in a trench, producing a "
     "black cloud of hydrogen chloride and phosgene over the town. The report draws lessons on "
     "wheel bearing detectors, evacuation, air and water monitoring and informing residents "
     "after a chemical accident.",
     ("vinyl chloride", "rail accidents", "chemical accidents", "lessons learned",
      "dangerous goods"),
     ("US",), "2024"),
    ("z11", "event", "fr",
     "Exercice ferroviaire : déraillement de wagons-citernes de chlorure de vinyle en gare de "
     "triage",
     "Les pompiers, l'exploitant ferroviaire, la préfecture et l'industriel destinataire jouent "
     "un déraillement avec fuite de chlorure de vinyle dans une gare de triage : périmètre de "
     "sécurité, confinement des riverains, transvasement de la citerne endommagée et mesures de "
     "la qualité de l'air.",
     ("chlorure de vinyle", "accidents ferroviaires", "exercices", "matières dangereuses"),
     ("FR",), "2023"),
    ("z12", "support-source", "es",
     "Oferta: capacitación en respuesta a accidentes ferroviarios con mercancías peligrosas",
     "Un centro de formación de bomberos ofrece cursos a los servicios de emergencia sobre "
     "descarrilamientos de trenes que transportan mercancías peligrosas: identificación de "
     "vagones cisterna de cloro, cloruro de vinilo o gas licuado, distancias de evacuación y "
     "control de fugas e incendios.",
     ("accidentes ferroviarios", "mercancías peligrosas", "cloruro de vinilo",
      "servicios de emergencia", "capacitación"),
     (), "2025"),
    # --- vicuña fibre ----------------------------------------------------------------------------
    ("z13", "project", "en",
     "Vicuña fibre and Andean communities: the chaccu round-up in Ayacucho, Peru",
     "Once hunted almost to extinction, the vicuña was saved by a ban on trade and is now shorn "
     "alive. Peasant communities of the Pampa Galeras reserve drive wild vicuñas into corrals in "
     "the chaccu, shear them and let them go; the project helps them sell the fine fibre at a "
     "fair price, count the herds and guard them against poachers.",
     ("vicuña", "sustainable use", "CITES", "indigenous peoples and local communities", "fibre"),
     ("PE",), "2022"),
    ("z14", "document", "fr",
     "La vigogne dans les annexes de la CITES : l'étiquetage des tissus de fibre de vigogne",
     "Les populations de vigogne de l'Argentine, de la Bolivie, du Chili, de l'Équateur et du "
     "Pérou sont inscrites à l'Annexe II pour le seul commerce de la fibre tondue sur des "
     "animaux vivants. La note explique la marque « VICUÑA - [pays d'origine] » que doivent "
     "porter les tissus et vêtements exportés et le contrôle des lisières des étoffes.",
     ("vigogne", "CITES", "étiquetage", "commerce des espèces sauvages", "fibre"),
     ("AR", "BO", "CL", "EC", "PE"), "2019"),
    ("z15", "case-study", "es",
     "Esquila de vicuñas silvestres en Catamarca: cooperativas de la Puna y caza furtiva",
     "Cooperativas de pastores de la Puna catamarqueña capturan vicuñas silvestres con mangas, "
     "las esquilan y las liberan, con veterinarios que vigilan el bienestar de los animales. El "
     "estudio de caso analiza los ingresos de la fibra, los conflictos con la ganadería y la "
     "caza furtiva para vender cueros y fibra ilegal.",
     ("vicuña", "uso sostenible", "cooperativas", "caza furtiva"), ("AR",), "2023"),
    # --- rooibos and benefit-sharing -------------------------------------------------------------
    ("z16", "document", "en",
     "The rooibos benefit-sharing agreement: what the Khoi and San receive",
     "After years of negotiation under South Africa's biodiversity law, the rooibos industry "
     "agreed to pay a levy on the farm-gate price of rooibos to the Khoi and San, recognised as "
     "the holders of the traditional knowledge of the plant. The summary explains how the money "
     "is shared, who represents the communities and how the agreement relates to the Nagoya "
     "Protocol.",
     ("rooibos", "access and benefit-sharing", "traditional knowledge", "Nagoya Protocol",
      "indigenous peoples"),
     ("ZA",), "2020"),
    ("z17", "case-study", "fr",
     "Le rooibos du Cederberg : consentement des communautés khoï et san et indication "
     "géographique",
     "Le rooibos ne pousse que dans le Cederberg, en Afrique du Sud. L'étude de cas montre "
     "comment l'enregistrement de l'indication géographique « rooibos » et l'accord de partage "
     "des avantages conclu avec les Khoï et les San ont reconnu leurs savoirs traditionnels, et "
     "ce que les petits producteurs de Wupperthal en retirent.",
     ("rooibos", "partage des avantages", "connaissances traditionnelles",
      "indications géographiques"),
     ("ZA",), "2022"),
    ("z18", "event", "es",
     "Seminario web: el acuerdo de participación en los beneficios del rooibos",
     "Representantes del Consejo Nacional Khoi y San, de la industria del rooibos y del "
     "Departamento de Bosques, Pesca y Medio Ambiente de Sudáfrica presentan el primer acuerdo "
     "de participación en los beneficios que abarca a toda una industria y las lecciones para "
     "otros países que aplican el Protocolo de Nagoya.",
     ("rooibos", "acceso y participación en los beneficios", "conocimientos tradicionales",
      "Protocolo de Nagoya"),
     ("ZA",), "2021"),
    # --- Golden Rice -----------------------------------------------------------------------------
    ("z19", "document", "en",
     "Golden Rice in the Philippines: the biosafety permit for commercial propagation and the "
     "court challenge",
     "Golden Rice (event GR2E) is rice genetically modified to produce beta-carotene in the "
     "grain against vitamin A deficiency. The Philippines issued a biosafety permit for its "
     "commercial propagation in 2021; farmers' and environmental groups then asked the Court of "
     "Appeals for a writ of kalikasan, which halted it. The page sums up the risk assessment, "
     "the permit and the ruling.",
     ("Golden Rice", "genetically modified crops", "biosafety permits", "beta-carotene",
      "living modified organisms"),
     ("PH",), "2024"),
    ("z20", "document", "fr",
     "Riz doré GR2E : résumé de l'évaluation des risques pour l'alimentation humaine et animale",
     "Le riz doré est un riz génétiquement modifié dont le grain produit du bêta-carotène, "
     "précurseur de la vitamine A. Le résumé présente les gènes introduits, l'analyse de la "
     "composition du grain, l'absence d'allergénicité attendue et les conclusions des autorités "
     "qui ont autorisé son utilisation directe en alimentation.",
     ("riz doré", "organismes génétiquement modifiés", "évaluation des risques", "bêta-carotène",
      "sécurité sanitaire des aliments"),
     (), "2019"),
    ("z21", "need", "es",
     "Necesidad: laboratorio para detectar arroz genéticamente modificado en las importaciones "
     "de Honduras",
     "La autoridad nacional de bioseguridad de Honduras solicita equipos de PCR, materiales de "
     "referencia y capacitación para detectar eventos de arroz transgénico, como el arroz dorado "
     "enriquecido con betacaroteno, en los embarques de arroz importado que no han sido "
     "autorizados.",
     ("arroz transgénico", "detección de OVM", "bioseguridad", "importaciones"), ("HN",), "2025"),
    # --- agricultural plastics: mulch films ------------------------------------------------------
    ("z22", "document", "en",
     "Agricultural plastics: guidance on collecting and recycling used mulch films",
     "Plastic mulch films raise yields of vegetables and strawberries but are left in the field, "
     "burned or buried after the harvest, and their fragments pile up in the soil as "
     "microplastics. The guidance sets out take-back schemes, cleaning and recycling of used "
     "films, thicker films that can be removed whole and where biodegradable mulch films are "
     "worth using.",
     ("agricultural plastics", "mulch films", "plastic waste", "recycling", "soil pollution"),
     (), "2023"),
    ("z23", "project", "fr",
     "Paillage plastique dans le maraîchage béninois : collecte des films usagés et essais de "
     "films biodégradables",
     "Les maraîchers de la périphérie de Cotonou couvrent leurs planches de films plastiques "
     "noirs qu'ils brûlent en fin de saison. Le projet installe des points de collecte des films "
     "de paillage usagés chez les revendeurs d'intrants, compare sur des parcelles d'essai les "
     "films biodégradables et le paillage de résidus végétaux, et sensibilise aux fumées "
     "toxiques du brûlage du plastique.",
     ("paillage plastique", "plastiques agricoles", "maraîchage", "déchets plastiques"),
     ("BJ",), "2024"),
    ("z24", "dataset", "es",
     "Microplásticos en suelos agrícolas bajo acolchado plástico en Almería, 2020-2023",
     "Muestreo de suelos de invernaderos y cultivos al aire libre de Almería con y sin acolchado "
     "plástico: número, tamaño y tipo de polímero de los microplásticos por kilogramo de suelo, "
     "y su relación con los años de uso de láminas de polietileno.",
     ("microplásticos", "acolchado plástico", "suelos agrícolas", "plásticos agrícolas"),
     ("ES",), "2024"),
    # --- cigarette butts -------------------------------------------------------------------------
    ("z25", "dataset", "en",
     "Cigarette butts on beaches: counts from the international coastal clean-up, 2019-2024",
     "Cigarette butts are the item volunteers pick up most often on the shores of the "
     "Mediterranean. The dataset gives the number of butts per 100 metres of beach, by country "
     "and year, and the share of filters made of cellulose acetate, which leach nicotine and "
     "metals into the water.",
     ("cigarette butts", "marine litter", "beaches", "plastic waste", "citizen science"),
     ("GR", "IT", "ES", "HR"), "2024"),
    ("z26", "document", "fr",
     "Mégots de cigarettes : la responsabilité élargie des producteurs de tabac",
     "Depuis 2021, les fabricants de produits du tabac financent le ramassage et le traitement "
     "des mégots jetés sur la voie publique. La note décrit les obligations de la filière, les "
     "cendriers de rue, les campagnes de sensibilisation et les amendes pour jet de mégot dans "
     "les villes.",
     ("mégots", "responsabilité élargie des producteurs", "déchets plastiques",
      "propreté urbaine"),
     ("FR",), "2022"),
    ("z27", "project", "es",
     "Playas sin colillas de cigarrillo en Santa Marta",
     "Voluntarios y la alcaldía de Santa Marta, en Colombia, instalan ceniceros portátiles y "
     "puntos de recogida de colillas en las playas, recogen y cuentan las colillas cada mes y "
     "envían los filtros a una empresa que los recicla en lugar de dejarlos llegar al mar.",
     ("colillas de cigarrillo", "basura marina", "playas", "reciclaje"), ("CO",), "2023"),
    # --- snow leopard ----------------------------------------------------------------------------
    ("z28", "project", "en",
     "Snow leopards and herders in Kyrgyzstan: predator-proof corrals and livestock insurance",
     "Snow leopards that kill sheep and goats in night corrals are often shot by herders. The "
     "project helps herding families of the Tien Shan to roof their corrals with wire mesh, runs "
     "a community livestock insurance fund and trains rangers to monitor the cats with camera "
     "traps.",
     ("snow leopard", "human-wildlife conflict", "livestock", "camera traps"), ("KG",), "2022"),
    ("z29", "dataset", "fr",
     "Recensement de la panthère des neiges par pièges photographiques dans le Karakoram",
     "Résultats de trois hivers de pièges photographiques dans le nord du Pakistan : individus "
     "identifiés à leurs taches, densité de panthères des neiges par 100 km², et présence de "
     "leurs proies, bouquetins et mouflons.",
     ("panthère des neiges", "pièges photographiques", "suivi de la faune", "montagnes"),
     ("PK",), "2021"),
    ("z30", "document", "es",
     "El leopardo de las nieves en la CMS: plan de acción para los países del área de "
     "distribución",
     "El leopardo de las nieves está incluido en el Apéndice I de la Convención sobre las "
     "Especies Migratorias. El plan de acción acordado por los doce países del área de "
     "distribución, de Afganistán a Mongolia, prioriza los conflictos con los pastores, la caza "
     "furtiva y el comercio de pieles y huesos, y el seguimiento transfronterizo.",
     ("leopardo de las nieves", "especies migratorias", "CMS", "planes de acción"),
     ("AF", "BT", "CN", "IN", "KZ", "KG", "MN", "NP", "PK", "RU", "TJ", "UZ"), "2020"),
)  # fmt: skip
