"""Clearing-house records for the fifth judged relevance set (tests/search/relevance/queries5.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemical-accident pages
of INFOCAP-like emergency networks (ammonium nitrate storage, port exercises, chemical
emergency response), the Minamata Convention (mercury emissions from coal combustion, mercury
trade and export consent), the Basel, Rotterdam and Stockholm conventions (used tyres,
asbestos, open dumpsites, PFAS, chlordecone and mirex, designated national authorities and
import responses under the prior informed consent procedure), the Biosafety Clearing-House
(genome editing, confined field trials), the ABS Clearing-House (digital sequence information),
the CBD Clearing-House Mechanism (sea turtles, bushmeat and wildlife management) and a
committee matching requests for assistance with offers (needs and offers on chemical
emergencies, mercury imports, tyres, field-trial inspection, hazardous chemicals in toys).
English, French and Spanish, 15 records each, every topic written once in each language, so
that a query in one language has answers in the others. No text was copied from those sites
and none comes from demo/generator.py. They are meant to be harvested as ``oai_dc``-like
records and enriched with the project thesaurus exactly as the other records files' are,
beside them and the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (q01..q45) collide with none of records.py's (a1..h5), records3.py's (n01..n47) or
records4.py's (p01..p45); in queries5.tsv they are written without prefix, like theirs, and
take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- chemical accidents and emergency response ---------------------------------------------
    ("q01", "document", "en",
     "Safe storage of ammonium nitrate: lessons from industrial accidents",
     "Guidance for port and warehouse operators written after the Beirut explosion: keeping "
     "ammonium nitrate fertilizer apart from fuels and combustibles, fire prevention, "
     "quantity limits and emergency plans agreed with the local fire brigade.",
     ("chemical accidents", "ammonium nitrate", "emergency preparedness"), (), "2021"),
    ("q02", "event", "fr",
     "Exercice de simulation d'un accident chimique au port de Dakar",
     "Exercice grandeur nature réunissant sapeurs-pompiers, services de santé et autorité "
     "portuaire : fuite de chlore sur un conteneur, alerte de la population, évacuation du "
     "quartier et activation du plan d'urgence externe.",
     ("accidents chimiques", "plan d'urgence", "chlore"), ("SN",), "2023-05"),
    ("q03", "need", "es",
     "Necesidad: fortalecer la respuesta a emergencias químicas en Paraguay",
     "La Secretaría de Emergencia Nacional solicita capacitación y equipos de protección "
     "para atender derrames e incendios de sustancias químicas peligrosas durante su "
     "transporte por carretera y por la hidrovía del río Paraguay.",
     ("emergencias químicas", "derrames", "sustancias químicas peligrosas"), ("PY",),
     "2023-08"),
    # --- mercury emissions from coal combustion ------------------------------------------------
    ("q04", "project", "en",
     "Reducing mercury emissions from coal-fired power plants in Indonesia",
     "Stack measurements of mercury at two coal-fired power stations and a plan to apply "
     "best available techniques, such as activated carbon injection and the co-benefits of "
     "flue-gas desulphurisation, under Article 8 of the Minamata Convention.",
     ("mercury emissions", "coal-fired power plants", "best available techniques"), ("ID",),
     "2022"),
    ("q05", "document", "fr",
     "Meilleures techniques disponibles pour limiter les émissions de mercure dans l'air",
     "Orientations pour les centrales électriques au charbon, les chaudières industrielles, "
     "la fusion de métaux non ferreux, les incinérateurs de déchets et les fours à ciment : "
     "techniques de réduction, mesure des émissions et valeurs limites.",
     ("émissions de mercure", "meilleures techniques disponibles", "centrales au charbon"),
     (), "2019"),
    ("q06", "dataset", "es",
     "RETC de Chile: emisiones de mercurio de las centrales termoeléctricas a carbón",
     "Emisiones de mercurio al aire declaradas por las centrales termoeléctricas a carbón "
     "al Registro de Emisiones y Transferencia de Contaminantes, 2015-2022, por instalación "
     "y por región.",
     ("RETC", "emisiones de mercurio", "centrales termoeléctricas"), ("CL",), "2023"),
    # --- mercury trade ------------------------------------------------------------------------
    ("q07", "document", "en",
     "Controlling mercury trade: a guide to the consent forms of Article 3",
     "How Parties ask for and give written consent to imports of mercury, fill in the "
     "forms, report their trade and the customs codes to use for mercury and mercury "
     "compounds.",
     ("mercury trade", "mercury supply", "customs"), (), "2020"),
    ("q08", "need", "fr",
     "Besoin : contrôle des importations de mercure destiné à l'orpaillage en Guinée",
     "La Guinée demande un appui pour former ses douaniers et retracer les importations de "
     "mercure qui alimentent l'orpaillage dans la région de Siguiri.",
     ("commerce du mercure", "douanes", "orpaillage"), ("GN",), "2022-12"),
    ("q09", "case-study", "es",
     "Comercio ilegal de mercurio en la frontera entre Bolivia y Perú",
     "Rutas, volúmenes decomisados y precios del mercurio que llega de contrabando a la "
     "minería aurífera del altiplano, y lecciones para su control en los puestos "
     "fronterizos.",
     ("comercio de mercurio", "contrabando", "minería aurífera"), ("BO", "PE"), "2021"),
    # --- used tyres ---------------------------------------------------------------------------
    ("q10", "document", "en",
     "Technical guidelines on the environmentally sound management of used and waste "
     "pneumatic tyres",
     "Basel Convention guidelines on collecting, storing, retreading and recovering used "
     "tyres, with the fire and mosquito-breeding risks of tyre stockpiles.",
     ("used tyres", "Basel Convention", "waste management"), (), "2011"),
    ("q11", "project", "fr",
     "Valorisation des pneus usagés en cimenterie au Maroc",
     "Co-incinération de pneus usagés broyés comme combustible de substitution dans deux "
     "cimenteries, avec un suivi des émissions de dioxines et de métaux lourds.",
     ("pneus usagés", "co-incinération", "cimenteries"), ("MA",), "2018"),
    ("q12", "need", "es",
     "Necesidad: gestión de neumáticos fuera de uso en Honduras",
     "Los neumáticos usados se acumulan en botaderos y solares, donde crían los mosquitos "
     "del dengue; Honduras solicita apoyo para diseñar un sistema de responsabilidad "
     "extendida del productor para los neumáticos.",
     ("neumáticos usados", "responsabilidad extendida del productor"), ("HN",), "2023"),
    # --- asbestos -----------------------------------------------------------------------------
    ("q13", "case-study", "en",
     "Safe removal of asbestos-cement roofing from schools in Sri Lanka",
     "Workers trained in wet removal methods replaced the asbestos roofs of 30 rural "
     "schools; the waste was wrapped, labelled and buried in a dedicated landfill cell.",
     ("asbestos", "hazardous waste", "schools"), ("LK",), "2020"),
    ("q14", "document", "fr",
     "L'amiante chrysotile et la Convention de Rotterdam",
     "Fiche d'information : pourquoi l'inscription de l'amiante chrysotile à l'annexe III "
     "est bloquée depuis 2006, les maladies liées à l'amiante et les matériaux de "
     "remplacement dans la construction.",
     ("amiante", "Convention de Rotterdam"), (), "2019"),
    ("q15", "project", "es",
     "Sustitución de techos de asbesto en viviendas de Bogotá",
     "Tras la prohibición del asbesto en Colombia, inventario de tejas de asbesto-cemento "
     "en barrios populares y retiro seguro con los hogares, como residuo peligroso.",
     ("asbesto", "residuos peligrosos", "vivienda"), ("CO",), "2022"),
    # --- open dumpsites -----------------------------------------------------------------------
    ("q16", "project", "en",
     "Rehabilitating the Chunga dumpsite in Lusaka",
     "Ending open burning at the city's main dumpsite, covering old cells, collecting "
     "leachate and moving waste pickers into a new sorting centre, as a first step to a "
     "sanitary landfill for municipal solid waste.",
     ("dumpsites", "municipal solid waste", "open burning"), ("ZM",), "2021"),
    ("q17", "case-study", "fr",
     "Fermeture de la décharge d'Akouédo à Abidjan",
     "Comment la plus grande décharge à ciel ouvert du pays a été fermée et réhabilitée, "
     "remplacée par un centre d'enfouissement technique, avec la reconversion des "
     "récupérateurs.",
     ("décharges", "déchets ménagers"), ("CI",), "2020"),
    ("q18", "document", "es",
     "Guía para el cierre de botaderos a cielo abierto",
     "Pasos para clausurar los botaderos municipales y pasar a rellenos sanitarios: "
     "diagnóstico, cobertura, manejo de lixiviados y gases e inclusión de los recicladores.",
     ("botaderos", "rellenos sanitarios", "residuos sólidos municipales"), (), "2019"),
    # --- PFAS ---------------------------------------------------------------------------------
    ("q19", "dataset", "en",
     "PFAS in drinking water: national survey of municipal supplies in Brazil",
     "PFOS, PFOA, PFHxS and twenty other per- and polyfluoroalkyl substances measured in "
     "treated drinking water from 60 municipal supplies, 2021-2022.",
     ("PFAS", "drinking water", "monitoring"), ("BR",), "2022"),
    ("q20", "document", "fr",
     "Les PFAS, des « polluants éternels » : note d'information",
     "Ce que sont les substances per- et polyfluoroalkylées, leurs usages (mousses "
     "anti-incendie, textiles, emballages alimentaires), leur présence dans l'eau potable "
     "et les PFAS déjà inscrits à la Convention de Stockholm : PFOS, PFOA et PFHxS.",
     ("PFAS", "polluants organiques persistants", "eau potable"), (), "2023"),
    ("q21", "project", "es",
     "Alternativas al PFOA en el acabado de textiles en Guatemala",
     "Sustitución del PFOA, sus sales y compuestos afines en los acabados repelentes al "
     "agua de las maquilas textiles, tras su inclusión en el anexo A del Convenio de "
     "Estocolmo.",
     ("PFOA", "textiles", "contaminantes orgánicos persistentes"), ("GT",), "2022"),
    # --- chlordecone --------------------------------------------------------------------------
    ("q22", "project", "fr",
     "Chlordécone : cartographie de la pollution des sols en Martinique",
     "Cartographie des parcelles contaminées par le chlordécone, insecticide utilisé dans "
     "les bananeraies jusqu'en 1993, et conseils aux jardiniers et aux éleveurs.",
     ("chlordécone", "sols contaminés", "pesticides"), ("MQ",), "2021"),
    ("q23", "dataset", "en",
     "Chlordecone in the blood of pregnant women in Guadeloupe",
     "Chlordecone concentrations measured in maternal and cord blood from 700 births, a "
     "human biomonitoring cohort on this persistent organic pollutant.",
     ("chlordecone", "human biomonitoring", "persistent organic pollutants"), ("GP",),
     "2019"),
    ("q24", "document", "es",
     "Clordecona y mirex: plaguicidas organoclorados del Convenio de Estocolmo",
     "Ficha sobre la clordecona y el mirex, insecticidas organoclorados usados contra el "
     "picudo del banano y contra las hormigas, eliminados por el anexo A.",
     ("clordecona", "mirex", "contaminantes orgánicos persistentes"), (), "2018"),
    # --- genome editing -----------------------------------------------------------------------
    ("q25", "document", "en",
     "Genome editing in agriculture: how regulators around the world decide",
     "Whether plants obtained by CRISPR and other genome-editing techniques count as "
     "living modified organisms under national biosafety laws: case-by-case consultation, "
     "product-based and process-based approaches.",
     ("genome editing", "biosafety", "new breeding techniques"), (), "2022"),
    ("q26", "event", "fr",
     "Séminaire sur l'édition du génome et la biosécurité en Afrique de l'Ouest",
     "Séminaire à Abidjan pour les autorités nationales de biosécurité : les organismes "
     "issus de l'édition du génome relèvent-ils de la réglementation sur les OGM ?",
     ("édition du génome", "biosécurité", "OGM"), ("CI", "GH", "BF", "NG"), "2023-06"),
    ("q27", "document", "es",
     "Nuevas técnicas de mejoramiento: la consulta previa de Argentina",
     "Cómo la autoridad nacional decide caso por caso si un producto obtenido por edición "
     "génica es un organismo genéticamente modificado; resumen de cuarenta consultas "
     "resueltas.",
     ("edición génica", "nuevas técnicas de mejoramiento", "bioseguridad"), ("AR",), "2021"),
    # --- confined field trials of GM crops --------------------------------------------------
    ("q28", "need", "en",
     "Need: training of inspectors for confined field trials in Ethiopia",
     "The biosafety directorate requests training for the inspectors who check isolation "
     "distances, harvest and the destruction of plant material at confined field trials of "
     "genetically modified crops.",
     ("confined field trials", "inspection", "LMOs"), ("ET",), "2022-05"),
    ("q29", "document", "fr",
     "Guide pour la conduite des essais au champ confinés de plantes génétiquement modifiées",
     "Choix du site, distances d'isolement, destruction des repousses et surveillance "
     "après la récolte, pour les demandeurs et les inspecteurs.",
     ("essais au champ confinés", "OGM", "biosécurité"), (), "2018"),
    ("q30", "project", "es",
     "Ensayos de campo confinados de maíz genéticamente modificado tolerante a la sequía",
     "Tres ensayos confinados en Comayagua y Olancho evalúan el rendimiento de un maíz "
     "transgénico tolerante a la sequía bajo la supervisión del comité nacional de "
     "bioseguridad.",
     ("ensayos de campo confinados", "maíz transgénico", "OVM"), ("HN",), "2019"),
    # --- digital sequence information -------------------------------------------------------
    ("q31", "event", "en",
     "Webinar: digital sequence information on genetic resources and benefit-sharing",
     "What the multilateral mechanism and the Cali Fund agreed at COP 16 mean for companies "
     "that use digital sequence information, and how the contributions will be shared.",
     ("digital sequence information", "access and benefit-sharing"), (), "2024-03"),
    ("q32", "document", "fr",
     "Informations de séquençage numériques : ce qui change pour les utilisateurs",
     "Note pour les chercheurs et les entreprises qui utilisent des séquences génétiques "
     "tirées de bases de données publiques : contributions au Fonds de Cali et partage "
     "des avantages.",
     ("informations de séquençage numériques", "APA", "ressources génétiques"), (), "2024"),
    ("q33", "need", "es",
     "Necesidad: capacitación sobre información digital sobre secuencias en Costa Rica",
     "La Comisión Nacional para la Gestión de la Biodiversidad solicita formación para "
     "investigadores y funcionarios sobre el uso de la información digital sobre secuencias "
     "y la participación en los beneficios.",
     ("información digital sobre secuencias", "acceso y participación en los beneficios"),
     ("CR",), "2024-05"),
    # --- sea turtles --------------------------------------------------------------------------
    ("q34", "project", "en",
     "Reducing sea turtle bycatch in Kenya's artisanal fisheries",
     "Fishers around Watamu release turtles caught in their nets, report them by phone and "
     "test circle hooks; green and hawksbill turtles are tagged.",
     ("sea turtles", "bycatch", "marine biodiversity"), ("KE",), "2020"),
    ("q35", "project", "fr",
     "Suivi des pontes de tortues marines au Gabon",
     "Patrouilles nocturnes sur les plages du parc national de Mayumba, marquage des "
     "tortues luths et sensibilisation des pêcheurs aux captures accidentelles.",
     ("tortues marines", "biodiversité marine"), ("GA",), "2021"),
    ("q36", "case-study", "es",
     "Campamentos tortugueros en Oaxaca: conservación comunitaria de la tortuga golfina",
     "Cooperativas de la costa de Oaxaca protegen los nidos de tortugas marinas, liberan "
     "las crías y viven del turismo de observación.",
     ("tortugas marinas", "conservación comunitaria"), ("MX",), "2019"),
    # --- bushmeat and wildlife management ---------------------------------------------------
    ("q37", "document", "en",
     "Bushmeat hunting and the risk of zoonotic diseases: a review",
     "What is known about the spillover of viruses from wild animals hunted for food, and "
     "measures for safer and sustainable wildlife use.",
     ("bushmeat", "wildlife", "zoonoses"), (), "2021"),
    ("q38", "project", "fr",
     "Gestion durable de la faune et de la viande de brousse au Congo",
     "Chasse villageoise réglementée autour du parc national d'Odzala-Kokoua et élevage "
     "d'aulacodes comme autre source de protéines.",
     ("viande de brousse", "gestion de la faune"), ("CG",), "2020"),
    ("q39", "project", "es",
     "Carne de monte y seguridad alimentaria en la Amazonía colombiana",
     "Acuerdos comunitarios de caza con pueblos indígenas del Amazonas para que el consumo "
     "de carne de monte no agote la fauna silvestre.",
     ("carne de monte", "fauna silvestre", "pueblos indígenas"), ("CO",), "2022"),
    # --- hazardous chemicals in toys ----------------------------------------------------------
    ("q40", "need", "en",
     "Need: laboratory capacity to test lead and cadmium in children's toys",
     "The Philippines' Food and Drug Administration requests equipment and training to "
     "screen imported toys and children's jewellery for lead and cadmium.",
     ("toys", "lead", "cadmium", "chemicals in products"), ("PH",), "2023"),
    ("q41", "support-source", "fr",
     "Offre : analyses de substances dangereuses dans les jouets",
     "Un laboratoire accrédité propose aux autorités de surveillance du marché des pays "
     "francophones des analyses de plomb, de phtalates et de retardateurs de flamme bromés "
     "dans les jouets et articles pour enfants.",
     ("jouets", "substances dangereuses", "laboratoire"), (), "2022"),
    ("q42", "document", "es",
     "Sustancias químicas en los juguetes: guía para consumidores",
     "Qué sustancias peligrosas pueden contener los juguetes (plomo en la pintura, ftalatos "
     "en los plásticos blandos, cadmio en la bisutería infantil) y cómo elegir juguetes "
     "seguros.",
     ("juguetes", "sustancias químicas en productos", "consumidores"), (), "2021"),
    # --- Rotterdam Convention: prior informed consent ---------------------------------------
    ("q43", "document", "en",
     "Preparing import responses under the Rotterdam Convention",
     "How designated national authorities decide on future imports of the pesticides and "
     "industrial chemicals listed in Annex III and notify the secretariat under the prior "
     "informed consent procedure.",
     ("Rotterdam Convention", "prior informed consent", "import responses"), (), "2020"),
    ("q44", "contact-point", "fr",
     "Autorité nationale désignée de la Convention de Rotterdam : Cameroun",
     "Autorités désignées pour les pesticides (ministère de l'Agriculture) et pour les "
     "produits chimiques industriels (ministère de l'Environnement), avec leurs "
     "coordonnées.",
     ("autorité nationale désignée", "Convention de Rotterdam"), ("CM",), "2022"),
    ("q45", "event", "es",
     "Taller subregional sobre el consentimiento fundamentado previo del Convenio de "
     "Rotterdam",
     "Taller en San José para las autoridades nacionales designadas de Centroamérica sobre "
     "respuestas de importación, notificaciones de exportación y control aduanero de "
     "plaguicidas.",
     ("Convenio de Rotterdam", "consentimiento fundamentado previo"), ("CR", "PA", "NI"),
     "2019-10"),
)  # fmt: skip
