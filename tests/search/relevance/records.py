"""Clearing-house records for the judged relevance set (tests/search/relevance/queries.tsv).

Provenance: written by hand for this set, in the style of the pages of real clearing-house
mechanisms (the Biosafety Clearing-House's national records and capacity-building projects,
the Minamata, Basel, Rotterdam and Stockholm convention sites' national action plans, focal
points and technical guidelines, SAICM/UNEP chemicals national profiles, FAO pesticide
documents), in English, French and Spanish: the titles, keywords and short descriptions such
pages carry, the way their national nodes type them. No text was copied from those sites and
none comes from demo/generator.py. They are harvested as ``oai_dc``-like records and then
enriched with the project thesaurus exactly as a harvest does (bench/bench_relevance.py).

Background (never relevant to any query): every record of the golden mappings of the real
fixtures in ../shared/fixtures (tests/mappings/golden/*.json: NSDL science education, a DSpace
repository, Zenodo, a pycsw catalogue, Gallica, sickle's samples), so a query that matches
too much pays for it in precision.

Each tuple: (id, type, language, title, description, subjects, countries, date).
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- mercury and artisanal gold mining --------------------------------------------------
    ("a1", "project", "en",
     "Reducing mercury use in artisanal and small-scale gold mining in Ghana",
     "Demonstrates mercury-free gold processing with retorts and gravity concentration in "
     "three mining communities of the Western Region, in line with Ghana's national action "
     "plan under the Minamata Convention.",
     ("mercury", "artisanal and small-scale gold mining"), ("GH",), "2021"),
    ("a2", "project", "fr",
     "Réduction de l'utilisation du mercure dans l'orpaillage au Sénégal",
     "Le projet accompagne les orpailleurs de Kédougou vers des techniques sans mercure et "
     "sensibilise les communautés aux risques sanitaires.",
     ("mercure", "orpaillage"), ("SN",), "2020-05"),
    ("a3", "project", "es",
     "Reducción del uso de mercurio en la minería aurífera artesanal y en pequeña escala en "
     "Madre de Dios",
     "Formalización de mineros artesanales y transferencia de tecnologías de procesamiento "
     "de oro sin mercurio en la Amazonía peruana.",
     ("mercurio", "minería artesanal de oro"), ("PE",), "2019-11"),
    ("a4", "document", "en",
     "Guidance on developing a national action plan for artisanal and small-scale gold mining",
     "Guidance adopted under the Minamata Convention on Mercury to help Parties draw up the "
     "national action plans required by Article 7 and Annex C.",
     ("Minamata Convention", "ASGM", "guidance"), (), "2017"),
    ("a5", "need", "fr",
     "Demande d'assistance : inventaire des émissions et rejets de mercure",
     "Le Mali sollicite un appui technique pour réaliser l'inventaire national des émissions "
     "et rejets de mercure à l'aide de l'outil d'inventaire du PNUE.",
     ("mercure", "inventaire"), ("ML",), "2022-02"),
    ("a6", "document", "es",
     "Guía para la elaboración del inventario de emisiones y liberaciones de mercurio",
     "Instrumental de nivel 1 para cuantificar las emisiones de mercurio a la atmósfera, "
     "el agua y la tierra.",
     ("mercurio", "inventario"), (), "2018"),
    ("a7", "dataset", "en",
     "Mercury concentrations in fish from Lake Victoria",
     "Total mercury measured in Nile perch and tilapia sampled at twelve landing sites, "
     "2015-2019.",
     ("mercury", "fish", "monitoring"), ("KE", "UG"), "2020"),
    # --- pesticides -------------------------------------------------------------------------
    ("b1", "project", "en",
     "Disposal of obsolete pesticide stockpiles in Ethiopia",
     "Safeguarding, repackaging and export for incineration of obsolete pesticides and "
     "contaminated containers stored at regional warehouses.",
     ("obsolete pesticides", "hazardous waste"), ("ET",), "2016"),
    ("b2", "project", "fr",
     "Élimination des stocks de pesticides obsolètes au Mali",
     "Inventaire, reconditionnement et élimination écologiquement rationnelle des pesticides "
     "périmés hérités des campagnes de lutte antiacridienne.",
     ("pesticides obsolètes",), ("ML",), "2018-03"),
    ("b3", "project", "es",
     "Eliminación de plaguicidas obsoletos en Bolivia",
     "Recolección y eliminación segura de existencias de plaguicidas caducados en los "
     "departamentos de Santa Cruz y Beni.",
     ("plaguicidas obsoletos",), ("BO",), "2019"),
    ("b4", "document", "en",
     "Integrated pest management: a training manual for cotton farmer field schools",
     "Field guide for facilitators: scouting, economic thresholds, biological control and "
     "reducing reliance on synthetic pesticides in cotton.",
     ("integrated pest management", "training", "cotton"), (), "2015"),
    ("b5", "document", "fr",
     "Guide de la lutte intégrée contre les ravageurs en maraîchage",
     "Fiches pratiques pour la protection des cultures maraîchères avec moins de "
     "pesticides : rotation, auxiliaires, biopesticides.",
     ("lutte intégrée", "maraîchage"), ("BJ",), "2019"),
    ("b6", "support-source", "es",
     "Capacitación en manejo integrado de plagas para pequeños agricultores",
     "Oferta de formación a distancia y en campo sobre manejo integrado de plagas y uso "
     "seguro de plaguicidas.",
     ("manejo integrado de plagas", "capacitación"), ("CO", "EC", "PE"), "2021"),
    ("b7", "need", "en",
     "Request for assistance to phase out highly hazardous pesticides",
     "Kenya requests technical support to identify highly hazardous pesticides on its "
     "register and to find safer alternatives for smallholders.",
     ("highly hazardous pesticides",), ("KE",), "2023-04"),
    ("b8", "document", "fr",
     "Homologation des pesticides dans les pays du Sahel",
     "Procédures communes d'homologation des pesticides du Comité sahélien des pesticides : "
     "dossier, évaluation et autorisation de mise sur le marché.",
     ("homologation des pesticides",), ("ML", "NE", "BF", "SN"), "2014"),
    # --- biosafety --------------------------------------------------------------------------
    ("c1", "document", "en",
     "Training manual on risk assessment of living modified organisms",
     "Modules on the risk assessment methodology of Annex III of the Cartagena Protocol "
     "on Biosafety, with case studies on LMO crops.",
     ("risk assessment", "LMOs", "training"), (), "2016"),
    ("c2", "project", "fr",
     "Renforcement des capacités de détection des OGM au Cameroun",
     "Équipement et formation du laboratoire national pour l'identification des organismes "
     "génétiquement modifiés dans les importations de grains.",
     ("OGM", "détection"), ("CM",), "2018"),
    ("c3", "document", "es",
     "Guía para la evaluación del riesgo de los organismos vivos modificados",
     "Orientación paso a paso para la evaluación del riesgo de OVM conforme al Protocolo de "
     "Cartagena.",
     ("evaluación del riesgo", "OVM"), (), "2019"),
    ("c4", "national-profile", "en",
     "Biosafety national profile: Kenya",
     "Competent national authorities, the Biosafety Act, decisions on LMOs and the national "
     "biosafety framework.",
     ("biosafety", "national biosafety framework"), ("KE",), "2022"),
    ("c5", "national-profile", "fr",
     "Profil national de prévention des risques biotechnologiques : Burkina Faso",
     "Autorités nationales compétentes, loi sur la sécurité en biotechnologie et décisions "
     "relatives aux OGM.",
     ("biosécurité",), ("BF",), "2021"),
    ("c6", "national-profile", "es",
     "Perfil nacional de bioseguridad: México",
     "Autoridades nacionales competentes, Ley de Bioseguridad de Organismos Genéticamente "
     "Modificados y decisiones sobre OVM.",
     ("bioseguridad",), ("MX",), "2023"),
    ("c7", "need", "en",
     "Need: laboratory equipment for GMO detection",
     "Uganda's national biosafety laboratory needs real-time PCR equipment and reference "
     "materials to detect genetically modified organisms.",
     ("GMO detection", "laboratory"), ("UG",), "2022-09"),
    ("c8", "project", "es",
     "Monitoreo de maíz transgénico en Oaxaca",
     "Muestreo de milpas y detección de secuencias transgénicas en variedades nativas de "
     "maíz.",
     ("maíz transgénico", "monitoreo"), ("MX",), "2017"),
    # --- hazardous waste and e-waste ----------------------------------------------------------
    ("d1", "project", "en",
     "Environmentally sound management of e-waste in Nigeria",
     "Collection, dismantling and recycling of waste electrical and electronic equipment "
     "with informal-sector workers in Lagos.",
     ("e-waste", "recycling"), ("NG",), "2020"),
    ("d2", "document", "fr",
     "Guide technique sur la gestion écologiquement rationnelle des déchets d'équipements "
     "électriques et électroniques",
     "Lignes directrices pour la collecte, le tri et le traitement des DEEE conformément à la "
     "Convention de Bâle.",
     ("DEEE", "déchets électroniques"), (), "2019"),
    ("d3", "project", "es",
     "Gestión de residuos peligrosos hospitalarios en Colombia",
     "Segregación, almacenamiento y tratamiento de los residuos peligrosos de "
     "establecimientos de salud.",
     ("residuos peligrosos", "residuos hospitalarios"), ("CO",), "2018"),
    ("d4", "document", "en",
     "Technical guidelines on the incineration of hazardous wastes",
     "Basel Convention technical guidelines on the environmentally sound incineration of "
     "hazardous wastes on land.",
     ("hazardous waste", "incineration"), (), "2012"),
    ("d5", "need", "fr",
     "Appui à l'inventaire national des déchets dangereux",
     "Le Sénégal recherche un appui pour inventorier les déchets dangereux produits par "
     "l'industrie.",
     ("déchets dangereux", "inventaire"), ("SN",), "2023"),
    # --- POPs ----------------------------------------------------------------------------------
    ("e1", "project", "en",
     "Phasing out PCBs in electrical equipment in Morocco",
     "Identification, labelling and disposal of transformers and capacitors containing "
     "polychlorinated biphenyls.",
     ("PCBs", "persistent organic pollutants"), ("MA",), "2019"),
    ("e2", "document", "fr",
     "Plan national de mise en œuvre de la Convention de Stockholm : Côte d'Ivoire",
     "Plan d'action pour les polluants organiques persistants : pesticides POP, PCB, dioxines "
     "et furannes.",
     ("POP", "Convention de Stockholm"), ("CI",), "2020"),
    ("e3", "document", "es",
     "Inventario nacional de bifenilos policlorados en Ecuador",
     "Resultados del inventario de equipos con PCB en empresas eléctricas.",
     ("PCB", "contaminantes orgánicos persistentes"), ("EC",), "2017"),
    ("e4", "dataset", "en",
     "Inventory of dioxin and furan releases from open burning",
     "Release estimates by source category using the standardized toolkit.",
     ("dioxins", "furans"), (), "2021"),
    # --- biodiversity -----------------------------------------------------------------------
    ("f1", "project", "en",
     "Access and benefit-sharing of genetic resources in Madagascar",
     "Supports the national competent authority in negotiating mutually agreed terms under "
     "the Nagoya Protocol.",
     ("access and benefit-sharing", "genetic resources"), ("MG",), "2018"),
    ("f2", "document", "fr",
     "Guide sur l'accès aux ressources génétiques et le partage juste et équitable des "
     "avantages",
     "Explique les étapes du consentement préalable en connaissance de cause et des "
     "conditions convenues d'un commun accord.",
     ("APA", "ressources génétiques"), (), "2016"),
    ("f3", "project", "es",
     "Control de especies exóticas invasoras en Galápagos",
     "Erradicación de roedores y plantas invasoras en islas prioritarias.",
     ("especies exóticas invasoras",), ("EC",), "2015"),
    ("f4", "case-study", "en",
     "Community-based mangrove restoration in Sri Lanka",
     "How coastal communities replanted mangroves and protected fisheries.",
     ("mangroves", "ecosystem restoration"), ("LK",), "2019"),
    # --- chemicals management national profiles ------------------------------------------------
    ("g1", "national-profile", "en",
     "National profile on chemicals management: Ghana",
     "Chemical production, import and use, legal instruments, ministries and the "
     "infrastructure for the sound management of chemicals.",
     ("chemicals management",), ("GH",), "2018"),
    ("g2", "national-profile", "fr",
     "Profil national de gestion des produits chimiques du Sénégal",
     "Production, importation et utilisation des produits chimiques, cadre juridique et "
     "institutions.",
     ("gestion des produits chimiques",), ("SN",), "2019"),
    ("g3", "national-profile", "es",
     "Perfil nacional de gestión de sustancias químicas de Chile",
     "Producción, importación y uso de sustancias químicas, marco legal e instituciones.",
     ("gestión de sustancias químicas",), ("CL",), "2020"),
    # --- focal points, events, lead ------------------------------------------------------------
    ("h1", "contact-point", "en",
     "National focal point for the Rotterdam Convention: Kenya",
     "Designated national authority for pesticides and industrial chemicals under the "
     "prior informed consent procedure.",
     ("focal point", "Rotterdam Convention"), ("KE",), "2022"),
    ("h2", "contact-point", "fr",
     "Point focal national de la Convention de Bâle : Mali",
     "Coordonnées du point focal chargé des mouvements transfrontières de déchets dangereux.",
     ("point focal", "Convention de Bâle"), ("ML",), "2021"),
    ("h3", "event", "es",
     "Taller regional sobre el Convenio de Minamata en América Latina",
     "Intercambio de experiencias sobre la ratificación y aplicación del Convenio de "
     "Minamata sobre el Mercurio.",
     ("Convenio de Minamata",), ("AR", "CL", "PE"), "2019-06"),
    ("h4", "event", "en",
     "Regional workshop on lead paint elimination in Africa",
     "Workshop for regulators on setting legal limits for lead in decorative paints.",
     ("lead paint",), ("KE", "NG", "CM"), "2018-10"),
    ("h5", "case-study", "fr",
     "Élimination des peintures au plomb : l'expérience du Cameroun",
     "Comment le Cameroun a adopté une norme limitant le plomb dans les peintures.",
     ("peintures au plomb",), ("CM",), "2020"),
)  # fmt: skip
