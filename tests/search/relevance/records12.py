"""Clearing-house records of the twelfth judged relevance set
(tests/search/relevance/queries12.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CBD Clearing-House
Mechanism and Ramsar-like pages on cave and karst biodiversity (cave fauna, bats, cenotes and
karst groundwater), pages of river basin organisations and of the UNECE/UN Watercourses
conventions (shared basins, basin commissions, basin councils), CBD CEPA and UNCCD pages on
environmental education in schools (eco-schools, school gardens, teaching guides), CITES and
wildlife-trade pages on the online trade in wildlife (social media, e-commerce platforms,
cyber-patrols), UNEP/InforMEA-like pages on environmental courts, judges and prosecutors,
FAO Plant Treaty pages on seed laws, farmers' rights and plant genetic resources for food and
agriculture, FAO Global Soil Partnership and CBD pages on soil biodiversity, Stockholm
Convention pages on laboratories analysing persistent organic pollutants (interlaboratory
assessments, proficiency tests, accreditation), CBD and IOC-like pages on marine spatial
planning, and UNCCD pages on national drought plans and drought monitoring, with a committee
matching requests for assistance with offers (needs on several of those topics). English,
French and Spanish, 10 records each, every topic written once in each language, so that a
query in one language has answers in the others. None of records.py, records3.py, ...,
records11.py is about these topics (their records were read, topic by topic, before these
were written; the nearest are the illegal wildlife trade records v22-v24 (customs seizures),
the illegal logging records m16-m18 (which name environmental crime), the community seed
banks record p37, the sand and dust storms x07-x09 and heat-wave w19-w21 records (early
warning), the dam and river records m25-m27 and the laboratory needs c7, n14, v09). No text was
copied from those sites and none comes from demo/generator.py. They are meant to be harvested
as ``oai_dc``-like records and enriched with the project thesaurus exactly as the other
records files' are, beside them and the real fixtures' records (tests/mappings/golden/*.json)
as one pool.

Ids (r01..r30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45), records8.py's (w01..w45), records9.py's (x01..x30), records10.py's (k01..k30) or
records11.py's (m01..m30); in queries12.tsv they are written without prefix, like theirs, and
take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- caves and karst ------------------------------------------------------------------------
    ("r01", "project", "en",
     "Surveying the cave fauna of the Phong Nha karst",
     "Biologists and park rangers map the caves of Phong Nha-Ke Bang National Park and sample "
     "their blind fish, cave crickets and bat colonies. Tourist access to the show caves is "
     "zoned so that roosts are not disturbed, and guano harvesting is limited to the dry "
     "season. Endemic troglobites found only in one cave are proposed for the national red "
     "list.",
     ("cave biodiversity", "karst", "bats", "endemic species", "protected areas"), ("VN",), "2022"),
    ("r02", "document", "fr",
     "Protéger les grottes et les eaux karstiques : guide pour les gestionnaires d'aires protégées",
     "Les massifs calcaires de l'Ankarana et du Bemaraha abritent des grottes, des tsingy et "
     "des rivières souterraines où vivent des chauves-souris, des poissons aveugles et des "
     "invertébrés endémiques. Le guide explique comment inventorier la faune cavernicole, "
     "encadrer les visites, éviter la pollution des eaux souterraines karstiques, très "
     "vulnérables, et associer les communautés riveraines.",
     ("grottes", "karst", "faune cavernicole", "eaux souterraines", "aires protégées"),
     ("MG",), "2021"),
    ("r03", "need", "es",
     "Necesidad: monitoreo de la calidad del agua de los cenotes de Yucatán",
     "La reserva geohidrológica del anillo de cenotes solicita equipos y capacitación para "
     "medir nitratos, bacterias fecales y residuos de plaguicidas en el acuífero kárstico, "
     "del que depende el agua potable de la península. Las granjas porcinas y las fosas "
     "sépticas contaminan los cenotes, hogar de peces ciegos y crustáceos cavernícolas "
     "endémicos.",
     ("cenotes", "karst", "aguas subterráneas", "biodiversidad de cuevas", "calidad del agua"),
     ("MX",), "2023"),
    # --- river basin organisations ------------------------------------------------------------
    ("r04", "document", "en",
     "The Lake Chad Basin water charter: how five countries share a shrinking lake",
     "The charter adopted by the member states of the Lake Chad Basin Commission sets rules "
     "for allocating water among Cameroon, Chad, Niger, Nigeria and the Central African "
     "Republic, for notifying planned dams and irrigation schemes, for sharing hydrological "
     "data and for settling disputes. A note for the basin's national focal points.",
     ("river basin organisations", "transboundary waters", "water cooperation", "lakes"),
     ("TD", "CM", "NE", "NG", "CF"), "2020"),
    ("r05", "project", "fr",
     "L'observatoire de l'environnement de l'OMVS : partager les données du fleuve Sénégal",
     "L'Organisation pour la mise en valeur du fleuve Sénégal et ses quatre États membres "
     "(Guinée, Mali, Mauritanie, Sénégal) mettent en commun les mesures de débit, de qualité "
     "de l'eau et de suivi des plantes aquatiques du bassin, et publient un tableau de bord "
     "destiné aux comités locaux de l'eau. Un exemple de gestion concertée d'un bassin "
     "transfrontalier.",
     ("organismes de bassin", "eaux transfrontalières",
      "gestion intégrée des ressources en eau", "fleuves"),
     ("SN", "ML", "MR", "GN"), "2022"),
    ("r06", "event", "es",
     "Taller regional sobre consejos de cuenca y gestión integrada de los recursos hídricos",
     "Representantes de consejos y organismos de cuenca de México, Perú, Colombia y Costa "
     "Rica comparten cómo se reparten los volúmenes de agua entre usuarios, cómo participan "
     "las comunidades en las decisiones y cómo se financian los planes de gestión de cuenca. "
     "Se presenta también la cooperación en cuencas compartidas como la del río Lempa.",
     ("organismos de cuenca", "gestión integrada de los recursos hídricos", "cuencas hidrográficas",
      "participación comunitaria"),
     ("MX", "PE", "CO", "CR"), "2023"),
    # --- environmental education in schools -----------------------------------------------------
    ("r07", "project", "en",
     "Eco-schools in Kenya: school gardens, tree nurseries and waste sorting",
     "Two hundred primary schools in Machakos and Kisumu counties run environment clubs in "
     "which pupils grow vegetables, raise indigenous tree seedlings, sort and compost their "
     "school's waste and monitor a nearby stream. Teachers are trained to link the "
     "activities to the science and social studies curriculum.",
     ("environmental education", "schools", "eco-schools", "school gardens", "teachers"),
     ("KE",), "2021"),
    ("r08", "document", "fr",
     "Guide pédagogique d'éducation à l'environnement pour l'école primaire",
     "Trente séquences de classe, du CP au CM2, sur l'eau, les déchets, la biodiversité du "
     "quartier et le climat, avec des sorties sur le terrain et des fiches pour les "
     "enseignants. Le guide a été conçu avec le ministère de l'Éducation nationale du Maroc "
     "pour les écoles rurales et urbaines.",
     ("éducation à l'environnement", "écoles", "enseignants", "matériel pédagogique"),
     ("MA",), "2020"),
    ("r09", "need", "es",
     "Necesidad: materiales didácticos de educación ambiental para escuelas rurales de Guatemala",
     "El ministerio de educación solicita apoyo para producir en español y en idiomas mayas "
     "guías para docentes y juegos sobre bosques, agua y manejo de residuos, y para formar "
     "a maestros de escuelas rurales del altiplano en educación ambiental.",
     ("educación ambiental", "escuelas", "docentes", "materiales didácticos", "pueblos indígenas"),
     ("GT",), "2024"),
    # --- online wildlife trade ------------------------------------------------------------------
    ("r10", "document", "en",
     "Wildlife for sale online: reptiles, songbirds and ivory on social media and e-commerce sites",
     "A review of advertisements posted in one year on marketplaces and social media groups "
     "in six countries: live tortoises, parrots, songbirds and primates, and ivory and "
     "pangolin scales described with code words. It explains how platforms remove "
     "listings, how enforcement agencies can use the evidence and why CITES-listed species "
     "need cyber-crime units.",
     ("online wildlife trade", "e-commerce", "social media", "illegal wildlife trade", "CITES"),
     (), "2023"),
    ("r11", "need", "fr",
     "Besoin : cellule de veille des annonces de vente d'animaux sauvages sur internet",
     "La direction de la faune de Côte d'Ivoire demande une formation et des outils pour "
     "repérer sur internet et les réseaux sociaux les annonces de perroquets gris, de "
     "pangolins et d'ivoire, conserver les preuves numériques et les transmettre au parquet.",
     ("commerce en ligne d'espèces sauvages", "réseaux sociaux",
      "commerce illicite d'espèces sauvages",
      "cybercriminalité"),
     ("CI",), "2024"),
    ("r12", "project", "es",
     "Comercio de fauna silvestre por redes sociales en el Perú: monitoreo y denuncias",
     "Un equipo de la autoridad forestal revisa cada semana grupos de venta en redes sociales "
     "y plataformas de comercio electrónico donde se ofrecen monos, loros, tortugas "
     "motelo y pieles de felinos; las denuncias han permitido decomisos en Lima e Iquitos.",
     ("comercio de fauna silvestre en línea", "redes sociales", "comercio electrónico",
      "tráfico de vida silvestre"),
     ("PE",), "2022"),
    # --- environmental courts, judges, prosecutors ----------------------------------------------
    ("r13", "event", "en",
     "Judicial colloquium on environmental law for judges of Eastern and Southern Africa",
     "Judges of high courts and magistrates from nine countries discuss sentencing in "
     "wildlife and pollution cases, the standing of citizens to bring environmental cases, "
     "the assessment of environmental damage and the specialised environment and land "
     "courts set up in Kenya.",
     ("environmental courts", "judiciary", "environmental law", "environmental crime"),
     ("KE", "TZ", "ZA"), "2022"),
    ("r14", "document", "fr",
     "Guide à l'usage des procureurs : poursuivre les infractions environnementales",
     "Comment qualifier les infractions au code de l'environnement (déversements de "
     "déchets, pollution des eaux, braconnage), réunir les preuves avec les agents "
     "assermentés, demander la réparation du préjudice écologique et suivre les affaires "
     "devant les tribunaux. Rédigé pour les parquets des pays d'Afrique de l'Ouest.",
     ("infractions environnementales", "procureurs", "droit de l'environnement", "tribunaux"),
     (), "2021"),
    ("r15", "project", "es",
     "Los tribunales ambientales de Chile: diez años de justicia ambiental",
     "Balance de los tres tribunales ambientales especializados: reclamaciones contra "
     "resoluciones de calificación ambiental, demandas por daño ambiental y su reparación, "
     "y el papel de los jueces científicos que integran cada tribunal.",
     ("tribunales ambientales", "justicia ambiental", "daño ambiental", "derecho ambiental"),
     ("CL",), "2023"),
    # --- seed laws, farmers' rights, plant genetic resources ------------------------------------
    ("r16", "document", "en",
     "Farmers' rights and seed laws: a guide for implementing the International Treaty on "
     "Plant Genetic Resources for Food and Agriculture",
     "How national seed laws and plant variety protection can leave room for farmers to "
     "save, exchange and sell farm-saved seed, how farmers' varieties can be registered, "
     "and how farmers take part in decisions on plant genetic resources for food and "
     "agriculture. Examples from Nepal, Malawi and Ecuador.",
     ("farmers' rights", "seed laws", "plant genetic resources for food and agriculture",
      "International Treaty on Plant Genetic Resources"),
     (), "2022"),
    ("r17", "need", "fr",
     "Besoin : appui juridique pour une loi semencière reconnaissant les semences paysannes "
     "au Burkina Faso",
     "Les organisations paysannes et le ministère de l'Agriculture demandent une expertise "
     "pour réviser la réglementation des semences afin d'autoriser l'échange et la vente "
     "des variétés locales de sorgho, de mil et de niébé, et d'appliquer les droits des "
     "agriculteurs prévus par le Traité international sur les ressources phytogénétiques.",
     ("semences paysannes", "législation semencière", "droits des agriculteurs",
      "ressources phytogénétiques"),
     ("BF",), "2024"),
    ("r18", "project", "es",
     "Ferias de semillas nativas y conservación en finca de variedades de papa en los Andes",
     "Comunidades quechuas de Cusco y Puno intercambian semillas en ferias anuales, "
     "mantienen cientos de variedades nativas de papa, oca y quinua en sus chacras y "
     "registran sus variedades en un catálogo comunitario: conservación in situ de los "
     "recursos fitogenéticos para la alimentación y la agricultura.",
     ("recursos fitogenéticos", "semillas nativas", "conservación in situ", "papa",
      "pueblos indígenas"),
     ("PE",), "2021"),
    # --- soil biodiversity ----------------------------------------------------------------------
    ("r19", "document", "en",
     "Soil biodiversity: why earthworms, fungi and microbes matter for farming",
     "A briefing on the organisms that live in soil (bacteria, mycorrhizal fungi, "
     "nematodes, springtails, earthworms), what they do for fertility, water infiltration "
     "and carbon storage, and how tillage, bare soil and heavy pesticide use reduce them. "
     "It lists indicators countries can use to monitor soil biodiversity.",
     ("soil biodiversity", "soil organisms", "soil health", "agriculture"), (), "2021"),
    ("r20", "project", "fr",
     "Suivre les vers de terre dans les parcelles des agriculteurs tunisiens",
     "Des agriculteurs du Nord-Ouest comptent chaque printemps les vers de terre et "
     "observent la vie du sol dans leurs champs de blé en semis direct et en labour, avec "
     "l'appui de l'institut agronomique. Les résultats montrent plus de vers de terre et "
     "une meilleure structure du sol sans labour.",
     ("biodiversité des sols", "vers de terre", "agriculture de conservation", "santé des sols"),
     ("TN",), "2023"),
    ("r21", "event", "es",
     "Seminario web: biodiversidad del suelo y agricultura de conservación en la pampa",
     "Investigadores presentan mediciones de hongos micorrícicos, lombrices y actividad "
     "microbiana en suelos bajo siembra directa con cultivos de cobertura, y cómo usarlas "
     "como indicadores de la salud del suelo.",
     ("biodiversidad del suelo", "organismos del suelo", "siembra directa", "salud del suelo"),
     ("AR",), "2022"),
    # --- laboratories analysing POPs: interlaboratory assessments, accreditation ----------------
    ("r22", "dataset", "en",
     "Results of the fifth interlaboratory assessment on persistent organic pollutants",
     "Scores of 70 laboratories that analysed the same test samples of fish, butter, "
     "sediment and air extracts for organochlorine pesticides (DDT, hexachlorobenzene, "
     "heptachlor), PCBs, dioxins and PFOS. Laboratories compare their results with the "
     "assigned values to find weaknesses in their methods.",
     ("POPs laboratories", "interlaboratory assessment", "proficiency testing",
      "persistent organic pollutants", "hexachlorobenzene"),
     (), "2023"),
    ("r23", "need", "fr",
     "Besoin : accréditation ISO/IEC 17025 du laboratoire national d'analyse des polluants "
     "organiques persistants",
     "Le laboratoire du Sénégal qui analyse les POP dans les aliments et le lait maternel "
     "demande un appui pour le système qualité, l'étalonnage de son chromatographe et la "
     "participation à des essais d'aptitude internationaux, conditions de son accréditation.",
     ("laboratoires", "accréditation", "essais d'aptitude", "polluants organiques persistants"),
     ("SN",), "2024"),
    ("r24", "project", "es",
     "Red latinoamericana de laboratorios de análisis de dioxinas y PCB en alimentos",
     "Laboratorios de Uruguay, Brasil, México y Perú se forman juntos en la extracción y el "
     "análisis de dioxinas, furanos y PCB en carne, leche y huevos, participan en rondas de "
     "ensayos de aptitud y comparten materiales de referencia.",
     ("laboratorios", "ensayos de aptitud", "dioxinas", "PCB", "inocuidad de los alimentos"),
     ("UY", "BR", "MX", "PE"), "2022"),
    # --- marine spatial planning ----------------------------------------------------------------
    ("r25", "project", "en",
     "Marine spatial planning for Kenya's coast",
     "The fisheries and maritime authorities map fishing grounds, shipping lanes, coral "
     "reefs, tourism areas and planned ports, consult coastal communities and draw zones "
     "for each use in Kenya's territorial waters and exclusive economic zone, so that new "
     "marine protected areas and aquaculture do not clash with artisanal fishing.",
     ("marine spatial planning", "ocean governance", "marine protected areas",
      "coastal communities"),
     ("KE",), "2023"),
    ("r26", "document", "fr",
     "Guide de planification spatiale maritime pour les pays de la Méditerranée",
     "Les étapes d'un plan d'aménagement de l'espace maritime : état des lieux des usages "
     "(pêche, transport maritime, éolien en mer, aires marines protégées), concertation, "
     "zonage et suivi. Exemples de la Tunisie, de l'Algérie et du Monténégro.",
     ("planification spatiale maritime", "gestion des océans", "aires marines protégées"),
     ("TN", "DZ", "ME"), "2021"),
    ("r27", "event", "es",
     "Taller de ordenamiento espacial marino del golfo de Nicoya",
     "Pescadores artesanales, operadores turísticos, la autoridad portuaria y el ministerio "
     "del ambiente de Costa Rica trazan juntos en mapas las zonas de pesca, de maricultura "
     "y de protección del golfo: primer paso de su planificación espacial marina.",
     ("planificación espacial marina", "ordenamiento marino", "pesca artesanal", "zonas costeras"),
     ("CR",), "2022"),
    # --- drought plans and drought monitoring ---------------------------------------------------
    ("r28", "document", "en",
     "Namibia's national drought policy and plan: from crisis response to drought risk management",
     "The plan sets drought indicators and thresholds, assigns who declares a drought and "
     "what support farmers receive, and funds water points, fodder banks and insurance "
     "before the rains fail, rather than emergency relief after. Prepared under the UNCCD "
     "drought initiative.",
     ("drought", "national drought plans", "drought risk management", "UNCCD"), ("NA",), "2021"),
    ("r29", "need", "fr",
     "Besoin : système de suivi et d'alerte précoce à la sécheresse au Tchad",
     "La direction de la météorologie demande un appui pour combiner pluviométrie, images "
     "satellitaires de la végétation et prix des céréales en un bulletin mensuel de la "
     "sécheresse destiné aux éleveurs et aux préfets, avec des seuils d'alerte.",
     ("sécheresse", "alerte précoce", "suivi de la sécheresse", "élevage pastoral"),
     ("TD",), "2024"),
    ("r30", "project", "es",
     "Gestión del riesgo de sequía en el Corredor Seco de Honduras",
     "Cosecha de agua de lluvia, reservorios familiares, semillas de frijol y maíz "
     "tolerantes a la sequía y un plan municipal de sequía ayudan a los agricultores de "
     "subsistencia a afrontar las canículas cada vez más largas.",
     ("sequía", "gestión del riesgo de sequía", "cosecha de agua",
      "adaptación al cambio climático"),
     ("HN",), "2023"),
)  # fmt: skip
