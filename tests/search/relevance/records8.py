"""Clearing-house records of the eighth judged relevance set (tests/search/relevance/queries8.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: the CBD Clearing-House
Mechanism (urban biodiversity, human-wildlife conflict, light pollution and nesting beaches,
sargassum strandings, deep-seabed mining and marine biodiversity), the Biosafety Clearing-House
(risk assessment and field releases of genetically modified mosquitoes), pesticide registration
and pollinator pages of agriculture ministries (neonicotinoids and bee health), chemical-safety
pages of national authorities for the Chemical Weapons Convention (scheduled chemicals and
dual-use precursors), SAICM-like pages on chemicals in products (plastic additives and
endocrine disruptors), health and environment agencies' pages (road traffic and underwater
noise, heat waves and health, household air pollution from cooking, harmful algal blooms and
cyanobacteria), the ASEAN haze pages (transboundary smoke from land and peat fires),
climate-adaptation and disaster-risk pages (glacial lake outburst floods) and a committee
matching requests for assistance with offers (needs and offers on several of those topics).
English, French and Spanish, 15 records each, every topic written once in each language, so
that a query in one language has answers in the others. None of records.py, records3.py,
records4.py, records5.py, records6.py or records7.py is about these topics (their records were
read, topic by topic, before these were written). No text was copied from those sites and none
comes from demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and
enriched with the project thesaurus exactly as the other records files' are, beside them and
the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (w01..w45) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45) or records7.py's
(v01..v45); in queries8.tsv they are written without prefix, like theirs, and take the same
``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- neonicotinoids and bee health ------------------------------------------------------------
    ("w01", "document", "en",
     "Neonicotinoid seed treatments and honey bee health: a review for pesticide regulators",
     "What is known of imidacloprid, clothianidin and thiamethoxam used as seed coatings: "
     "dust drifting from seed drills, residues in pollen, nectar and guttation water, and "
     "sublethal effects on the foraging and homing of honey bees and wild bees; the "
     "restrictions some countries have adopted and questions to ask when renewing a "
     "registration.",
     ("neonicotinoids", "pollinators", "bees", "pesticide registration"), (), "2021"),
    ("w02", "dataset", "fr",
     "Résidus de néonicotinoïdes dans le pollen et le miel des ruchers de Côte d'Ivoire",
     "Analyses de 120 échantillons de pollen de trappe et de miel prélevés près des "
     "plantations de cacao traitées à l'imidaclopride, avec les pertes de colonies "
     "déclarées par les apiculteurs pendant la campagne 2022-2023.",
     ("néonicotinoïdes", "abeilles", "apiculture", "résidus de pesticides"), ("CI",), "2023"),
    ("w03", "need", "es",
     "Necesidad: análisis de residuos de neonicotinoides en colmenas de Uruguay",
     "Apicultores del litoral reportan mortandad de colmenas junto a cultivos de soja con "
     "semillas tratadas; el ministerio solicita capacitación y un laboratorio capaz de "
     "analizar insecticidas neonicotinoides en abejas muertas, cera y miel.",
     ("neonicotinoides", "abejas", "apicultura", "plaguicidas"), ("UY",), "2024-02"),
    # --- chemical weapons precursors (Chemical Weapons Convention) --------------------------------
    ("w04", "event", "en",
     "Regional course for customs officers on scheduled chemicals under the Chemical Weapons "
     "Convention",
     "Five days in Kuala Lumpur on recognising the dual-use chemicals of Schedules 1 to 3, such "
     "as thiodiglycol and phosphorus oxychloride, in import and export declarations, their "
     "customs codes, and on reporting transfers to the national authority.",
     ("Chemical Weapons Convention", "scheduled chemicals", "customs", "training"),
     ("MY", "TH", "PH", "ID"), "2023-06"),
    ("w05", "contact-point", "fr",
     "Autorité nationale pour la Convention sur l'interdiction des armes chimiques : Tunisie",
     "Interlocuteur de l'Organisation pour l'interdiction des armes chimiques (OIAC) : "
     "déclarations annuelles des usines qui produisent, traitent ou consomment des produits "
     "chimiques inscrits, licences d'importation des précurseurs et accueil des inspections.",
     ("Convention sur les armes chimiques", "autorité nationale", "précurseurs chimiques"),
     ("TN",), "2022"),
    ("w06", "document", "es",
     "Guía para la industria: declaración de sustancias químicas de doble uso",
     "Qué empresas deben declarar la producción, importación o exportación de precursores "
     "de armas químicas enumerados en las Listas de la Convención sobre las Armas Químicas, "
     "cómo llenar los formularios de la autoridad nacional y cómo prepararse para una "
     "inspección de la OPAQ.",
     ("Convención sobre las Armas Químicas", "precursores químicos", "sustancias de doble uso"),
     (), "2020"),
    # --- genetically modified mosquitoes ----------------------------------------------------------
    ("w07", "document", "en",
     "Risk assessment of genetically modified mosquitoes released to control dengue",
     "Points to consider for a self-limiting strain of Aedes aegypti whose released males "
     "pass on a lethal gene: effects on non-target species and on predators that eat the "
     "larvae, persistence of the transgene, female escape rates and monitoring after release, "
     "following Annex III of the Cartagena Protocol.",
     ("LMOs", "genetically modified mosquitoes", "risk assessment", "dengue"), (), "2022"),
    ("w08", "case-study", "fr",
     "Lâchers de moustiques génétiquement modifiés au Burkina Faso : consulter les villages",
     "Retour sur la première dissémination expérimentale de moustiques Anopheles mâles "
     "stériles dans la lutte contre le paludisme : réunions villageoises, consentement des "
     "communautés, décision de l'autorité nationale de biosécurité et suivi des populations "
     "de moustiques.",
     ("moustiques génétiquement modifiés", "paludisme", "biosécurité", "participation du public"),
     ("BF",), "2020"),
    ("w09", "project", "es",
     "Liberación experimental de mosquitos Aedes modificados genéticamente en Panamá",
     "Ensayo en un barrio de la ciudad de Panamá para reducir la población del mosquito "
     "transmisor del dengue, el zika y el chikungunya con machos modificados genéticamente, "
     "con evaluación del riesgo aprobada por la comisión nacional de bioseguridad.",
     ("organismos vivos modificados", "mosquitos genéticamente modificados", "dengue",
      "bioseguridad"), ("PA",), "2019"),
    # --- urban biodiversity -----------------------------------------------------------------------
    ("w10", "document", "en",
     "City Biodiversity Index: a self-assessment guide for local governments",
     "Twenty-three indicators for cities to track native plants, birds and butterflies within "
     "their limits, the connectivity of parks and green spaces, the ecosystem services they "
     "give residents and the city's own biodiversity governance and budget.",
     ("urban biodiversity", "cities", "indicators", "local governments"), (), "2021"),
    ("w11", "project", "fr",
     "Trame verte et biodiversité en ville à Cotonou",
     "Plantation d'arbres indigènes le long des avenues, jardins de quartier et toitures "
     "végétalisées, inventaire participatif des oiseaux et des papillons de la ville, et "
     "charte de la nature en ville signée par les arrondissements.",
     ("biodiversité urbaine", "villes", "espaces verts"), ("BJ",), "2023"),
    ("w12", "case-study", "es",
     "Corredores verdes de Medellín: arbolado urbano nativo y fauna en la ciudad",
     "Treinta corredores plantados con especies nativas a lo largo de vías y quebradas "
     "conectan los cerros con el centro; la ciudad registra más aves y mariposas y una "
     "temperatura hasta dos grados más baja en las calles, que alivia la isla de calor.",
     ("biodiversidad urbana", "arbolado urbano", "corredores verdes"), ("CO",), "2022"),
    # --- noise pollution --------------------------------------------------------------------------
    ("w13", "dataset", "en",
     "Strategic noise map of road traffic in Greater Cairo",
     "Day-evening-night noise levels along the main roads, the number of residents exposed "
     "above 55 and 65 decibels, and the schools and hospitals in the loudest zones.",
     ("noise pollution", "road traffic", "noise mapping", "public health"), ("EG",), "2023"),
    ("w14", "document", "fr",
     "Bruit sous-marin du trafic maritime : recommandations pour protéger les cétacés",
     "Effets du bruit des navires sur la communication et l'alimentation des baleines et des "
     "dauphins, et mesures pour le réduire : vitesse limitée dans les zones de présence des "
     "cétacés, hélices moins bruyantes et entretien des coques.",
     ("bruit sous-marin", "pollution sonore", "transport maritime", "cétacés"), (), "2022"),
    ("w15", "need", "es",
     "Necesidad: equipos de medición de ruido para la autoridad ambiental de Lima",
     "La municipalidad solicita sonómetros y capacitación de inspectores para aplicar la "
     "ordenanza contra el ruido de bocinas, obras y locales nocturnos, y publicar un mapa "
     "de ruido de los distritos del centro.",
     ("contaminación acústica", "ruido urbano", "monitoreo"), ("PE",), "2023-08"),
    # --- light pollution --------------------------------------------------------------------------
    ("w16", "project", "en",
     "Turtle-friendly lighting on the nesting beaches of Barbados",
     "Hotels and the coast road replace bright white lamps with shielded amber lights so that "
     "hatchlings crawl to the sea instead of towards artificial light; volunteers count "
     "disoriented nests each season.",
     ("light pollution", "sea turtles", "coastal development"), ("BB",), "2022"),
    ("w17", "document", "fr",
     "Pollution lumineuse : guide pour un éclairage public sobre",
     "Extinction en milieu de nuit, luminaires orientés vers le sol, lampes à lumière ambrée "
     "et trames noires pour limiter les effets de la lumière artificielle sur les insectes "
     "nocturnes, les chauves-souris et les oiseaux, et retrouver le ciel étoilé.",
     ("pollution lumineuse", "éclairage public", "biodiversité nocturne"), (), "2021"),
    ("w18", "project", "es",
     "Ordenanza de cielos oscuros en la región de Coquimbo",
     "Recambio de luminarias del alumbrado público para reducir la contaminación lumínica "
     "que afecta a los observatorios astronómicos y a las aves marinas que se desorientan "
     "con las luces de la costa.",
     ("contaminación lumínica", "alumbrado público", "cielos oscuros"), ("CL",), "2020"),
    # --- heat waves and health --------------------------------------------------------------------
    ("w19", "project", "en",
     "Heat action plan for Ahmedabad: early warnings and cool roofs",
     "A city plan that issues colour-coded heat alerts, opens cooling centres, trains health "
     "workers to treat heatstroke and paints the roofs of informal settlements white to cut "
     "indoor temperatures during heat waves.",
     ("heat waves", "public health", "early warning systems", "climate change adaptation"),
     ("IN",), "2018"),
    ("w20", "need", "fr",
     "Besoin : système d'alerte canicule et prise en charge des coups de chaleur à Niamey",
     "Le ministère de la santé demande un appui pour lier les prévisions de températures "
     "extrêmes de la météorologie nationale à des alertes sanitaires, et former les centres "
     "de santé à reconnaître et soigner les coups de chaleur chez les personnes âgées et les "
     "enfants.",
     ("vagues de chaleur", "santé", "alerte précoce"), ("NE",), "2024-04"),
    ("w21", "document", "es",
     "Guía para proteger a los trabajadores agrícolas del estrés térmico en olas de calor",
     "Agua, sombra y descanso, horarios de trabajo más frescos y vigilancia de los síntomas "
     "en los cortadores de caña, expuestos a temperaturas extremas y a la enfermedad renal "
     "crónica.",
     ("olas de calor", "estrés térmico", "salud ocupacional"), (), "2022"),
    # --- transboundary haze -----------------------------------------------------------------------
    ("w22", "document", "en",
     "Implementing the ASEAN Agreement on Transboundary Haze Pollution",
     "How member states monitor hotspots, rate fire danger, prevent land and peatland fires "
     "and share resources to fight them, so that smoke does not drift across borders during "
     "the dry season.",
     ("transboundary haze", "air pollution", "peatland fires", "ASEAN"), (), "2020"),
    ("w23", "case-study", "fr",
     "La brume transfrontière de 2015 en Asie du Sud-Est : bilan sanitaire",
     "Les fumées des feux de forêts et de tourbières de Sumatra et de Kalimantan ont couvert "
     "l'Indonésie, la Malaisie et Singapour pendant des semaines : écoles fermées, maladies "
     "respiratoires et estimation des décès prématurés.",
     ("brume transfrontière", "pollution de l'air", "feux de tourbières", "santé"),
     ("ID", "MY", "SG"), "2017"),
    ("w24", "dataset", "es",
     "Humo de incendios y PM2.5 en ciudades de Bolivia, Paraguay y Brasil",
     "Mediciones horarias de partículas finas durante la temporada de quemas de 2019 a 2023, "
     "que muestran cómo el humo de incendios de la Amazonía y el Chaco cruza las fronteras y "
     "degrada la calidad del aire de ciudades lejanas.",
     ("contaminación transfronteriza del aire", "humo", "incendios forestales", "calidad del aire"),
     ("BO", "PY", "BR"), "2024"),
    # --- plastic additives and endocrine disruptors -----------------------------------------------
    ("w25", "need", "en",
     "Need: testing phthalates and bisphenol A in plastic food packaging in Viet Nam",
     "The food safety authority asks for laboratory methods, reference standards and training "
     "to measure how much of these plastic additives migrates from containers and bottles "
     "into food and drinks.",
     ("plastic additives", "phthalates", "bisphenol A", "food contact materials"), ("VN",),
     "2023-03"),
    ("w26", "document", "fr",
     "Les additifs des plastiques : phtalates, bisphénols et autres perturbateurs endocriniens",
     "Fiche d'information sur les plastifiants et autres additifs qui migrent des emballages, "
     "des jouets et des revêtements de sol : exposition des enfants, effets sur le système "
     "hormonal et substitutions disponibles.",
     ("additifs plastiques", "perturbateurs endocriniens", "phtalates", "bisphénol A"), (),
     "2022"),
    ("w27", "event", "es",
     "Seminario web: perturbadores endocrinos en productos de plástico",
     "Sesión regional sobre ftalatos y bisfenoles en biberones, juguetes y envases, las "
     "regulaciones adoptadas en América Latina y la información que deben dar los "
     "fabricantes sobre las sustancias químicas en sus productos.",
     ("perturbadores endocrinos", "aditivos de plásticos", "ftalatos"), (), "2024-05"),
    # --- household air pollution and clean cooking ------------------------------------------------
    ("w28", "project", "en",
     "Clean cookstoves and LPG for rural households in Rwanda",
     "Replacing three-stone fires and charcoal stoves with efficient stoves and liquefied "
     "gas, to cut the household air pollution that causes pneumonia in young children and "
     "lung disease in the women who cook.",
     ("household air pollution", "clean cooking", "health", "energy"), ("RW",), "2022"),
    ("w29", "dataset", "fr",
     "Pollution de l'air intérieur liée à la cuisson au charbon de bois à Kinshasa",
     "Mesures de particules fines et de monoxyde de carbone dans 200 cuisines de ménages "
     "pendant la préparation des repas, selon le type de foyer et l'aération.",
     ("pollution de l'air intérieur", "cuisson", "charbon de bois", "santé"), ("CD",), "2021"),
    ("w30", "support-source", "es",
     "Oferta: financiamiento y capacitación para estufas mejoradas de leña",
     "Un fondo de cooperación ofrece a municipios rurales de Honduras estufas ahorradoras "
     "con chimenea y la formación de instaladoras locales, para sacar el humo de las cocinas "
     "y reducir el consumo de leña.",
     ("contaminación del aire en interiores", "estufas mejoradas", "leña"), ("HN",), "2023"),
    # --- sargassum strandings ---------------------------------------------------------------------
    ("w31", "need", "en",
     "Need: equipment and guidance to manage sargassum strandings in Saint Lucia",
     "The coastal authority asks for barriers, beach-cleaning machines and advice on safe "
     "disposal of the seaweed that piles up on the east coast, releasing hydrogen sulphide "
     "as it rots and keeping fishers and tourists away.",
     ("sargassum", "coastal management", "tourism"), ("LC",), "2022-06"),
    ("w32", "project", "fr",
     "Collecte et valorisation des sargasses échouées en Guadeloupe",
     "Ramassage rapide des algues brunes avant leur décomposition, surveillance des "
     "émanations d'hydrogène sulfuré près des habitations et essais de compostage, limités "
     "par l'arsenic que contiennent les sargasses.",
     ("sargasses", "algues", "littoral", "santé"), ("GP",), "2021"),
    ("w33", "dataset", "es",
     "Monitoreo satelital de la llegada de sargazo al Caribe mexicano",
     "Boletines semanales con la cobertura de sargazo detectada por satélite frente a "
     "Quintana Roo y la probabilidad de arribazones en las playas de los días siguientes.",
     ("sargazo", "monitoreo satelital", "zonas costeras"), ("MX",), "2023"),
    # --- human-wildlife conflict ------------------------------------------------------------------
    ("w34", "case-study", "en",
     "Chilli fences and early warnings: reducing elephant crop raiding around Ruaha",
     "Farmers bordering the national park hang chilli-greased ropes, burn chilli bricks and "
     "receive text alerts from rangers when elephants approach, cutting crop losses and "
     "retaliatory killings.",
     ("human-wildlife conflict", "elephants", "farmers", "protected areas"), ("TZ",), "2021"),
    ("w35", "project", "fr",
     "Conflits homme-faune autour du parc national de Waza : indemniser les éleveurs",
     "Enclos renforcés pour le bétail la nuit, fonds d'indemnisation des pertes dues aux "
     "lions et aux hyènes, et brigades villageoises pour éviter les empoisonnements de "
     "carnivores.",
     ("conflits homme-faune", "lions", "élevage", "aires protégées"), ("CM",), "2022"),
    ("w36", "document", "es",
     "Guía para prevenir conflictos con el jaguar en fincas ganaderas",
     "Corrales nocturnos, cercas eléctricas, manejo de partos del ganado y seguros contra la "
     "depredación, para que los ganaderos convivan con el jaguar en lugar de cazarlo.",
     ("conflictos entre humanos y fauna silvestre", "jaguar", "ganadería"), (), "2020"),
    # --- glacial lake outburst floods -------------------------------------------------------------
    ("w37", "project", "en",
     "Lowering Imja glacial lake to prevent an outburst flood in Nepal",
     "Engineers built an outlet channel that lowered the lake's level by three metres, and "
     "sirens downstream warn villages if the moraine dam gives way as the glacier keeps "
     "retreating.",
     ("glacial lake outburst floods", "glaciers", "climate change adaptation",
      "disaster risk reduction"), ("NP",), "2017"),
    ("w38", "document", "fr",
     "Fonte des glaciers et vidange brutale des lacs glaciaires : guide pour les communes de "
     "montagne",
     "Comment recenser les lacs qui se forment au front des glaciers en recul, évaluer le "
     "risque de rupture de leurs barrages morainiques et préparer l'alerte et l'évacuation "
     "des vallées.",
     ("glaciers", "lacs glaciaires", "risques naturels", "adaptation aux changements climatiques"),
     (), "2019"),
    ("w39", "need", "es",
     "Necesidad: alerta temprana ante desbordes de lagunas glaciares en la Cordillera Blanca",
     "La autoridad del agua solicita sensores, cámaras y capacitación para vigilar lagunas "
     "formadas por el retroceso de los glaciares que amenazan a las ciudades del Callejón de "
     "Huaylas.",
     ("lagunas glaciares", "retroceso glaciar", "alerta temprana", "gestión del riesgo"),
     ("PE",), "2023-01"),
    # --- harmful algal blooms and cyanobacteria ---------------------------------------------------
    ("w40", "dataset", "en",
     "Cyanobacterial blooms and microcystin in the Winam Gulf of Lake Victoria",
     "Monthly chlorophyll, cyanobacteria cell counts and microcystin toxin concentrations at "
     "twelve stations, 2019-2023, with the water intakes that had to be closed during "
     "harmful algal blooms.",
     ("harmful algal blooms", "cyanobacteria", "eutrophication", "drinking water"), ("KE",),
     "2024"),
    ("w41", "document", "fr",
     "Efflorescences algales toxiques et coquillages : guide de surveillance",
     "Comment suivre le phytoplancton toxique et les phycotoxines dans les moules et les "
     "huîtres, fermer les zones conchylicoles pendant les marées rouges et informer les "
     "consommateurs.",
     ("efflorescences algales nuisibles", "phycotoxines", "coquillages",
      "sécurité sanitaire des aliments"), (), "2020"),
    ("w42", "project", "es",
     "Control de la eutrofización y de las floraciones de cianobacterias en la bahía de Puno",
     "Ampliación de plantas de tratamiento de aguas residuales y monitoreo de nutrientes "
     "para frenar las floraciones de algas que dejan sin oxígeno a los peces del lago "
     "Titicaca.",
     ("floraciones de algas", "cianobacterias", "eutrofización", "lagos"), ("PE", "BO"), "2022"),
    # --- deep-seabed mining -----------------------------------------------------------------------
    ("w43", "document", "en",
     "Deep-seabed mining and biodiversity: what an environmental impact assessment must cover",
     "Baseline surveys of the fauna living on polymetallic nodules, sediment plumes from "
     "collector vehicles, noise and light at depth and the areas to set aside before any "
     "exploitation contract of the International Seabed Authority.",
     ("deep-sea mining", "marine biodiversity", "environmental impact assessment"), (), "2023"),
    ("w44", "event", "fr",
     "Atelier sur l'exploitation minière des grands fonds marins dans le Pacifique",
     "Atelier à Nouméa pour les administrations des États insulaires sur les nodules "
     "polymétalliques, les zones d'importance écologique des grands fonds et les règles "
     "d'évaluation environnementale avant l'exploitation.",
     ("exploitation minière des fonds marins", "biodiversité marine", "États insulaires"),
     ("NC", "FJ", "TO", "PG"), "2024-03"),
    ("w45", "case-study", "es",
     "Minería submarina de fosfatos en el golfo de Ulloa: el debate",
     "El proyecto de dragar arenas fosfáticas del fondo marino frente a Baja California Sur "
     "fue rechazado tras la oposición de pescadores y científicos por sus efectos en la "
     "pesca y en la fauna marina.",
     ("minería submarina", "biodiversidad marina", "pesca"), ("MX",), "2019"),
)  # fmt: skip
