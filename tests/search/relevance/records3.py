"""Clearing-house records for the third judged relevance set (tests/search/relevance/queries3.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: the CBD Clearing-House
Mechanism (national biodiversity strategies, access and benefit-sharing, invasive species and
restoration case studies), the Biosafety Clearing-House (national reports, capacity-building
projects, guidance on handling and identification of living modified organisms), the Minamata
Convention (national action plans for artisanal gold mining, mercury-added products, Article 21
national reports) and the Basel, Rotterdam and Stockholm conventions (technical guidelines,
competent authorities, regional centres, national implementation plans, national reports),
with SAICM/UNEP-style offers and requests for assistance. English, French and Spanish, about a
third each, on the same topics in different languages, so that a query in one language has
answers in the others. No text was copied from those sites and none comes from
demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and enriched with
the project thesaurus exactly as records.py's are, beside records.py and the real fixtures'
records (tests/mappings/golden/*.json) as one pool.

Ids (n01..n47) do not collide with records.py's (a1..h5); in queries3.tsv they are written
without prefix, like records.py's, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- mercury: products, dental amalgam, waste, artisanal gold mining ---------------------
    ("n01", "project", "en",
     "Phasing down dental amalgam in the Philippines",
     "Promotes mercury-free restorative materials in public dental clinics and the "
     "environmentally sound management of amalgam waste, as required by Article 4 and "
     "Annex A Part II of the Minamata Convention.",
     ("dental amalgam", "mercury", "health sector"), ("PH",), "2022"),
    ("n02", "document", "fr",
     "Guide pour l'élimination progressive des produits contenant du mercure ajouté",
     "Crèmes éclaircissantes pour la peau, lampes fluorescentes, thermomètres et "
     "tensiomètres : calendrier d'élimination de l'annexe A de la Convention de Minamata et "
     "exemples de réglementations nationales.",
     ("produits contenant du mercure ajouté", "mercure"), (), "2020"),
    ("n03", "need", "es",
     "Necesidad: apoyo para la gestión ambientalmente racional de desechos de mercurio",
     "Guatemala solicita asistencia técnica para el almacenamiento provisional y la "
     "disposición final de los desechos con mercurio de hospitales y de la minería de oro "
     "artesanal.",
     ("desechos de mercurio", "mercurio"), ("GT",), "2023-03"),
    ("n04", "case-study", "es",
     "Minería de oro sin mercurio en Antioquia: lecciones de una cooperativa",
     "Una cooperativa minera de Colombia sustituyó la amalgamación con mercurio por la "
     "concentración gravimétrica y la fundición directa; aumentó la recuperación de oro y "
     "redujo las emisiones.",
     ("minería artesanal de oro", "mercurio", "buenas prácticas"), ("CO",), "2021"),
    ("n05", "event", "fr",
     "Atelier national de validation du plan d'action national sur l'orpaillage",
     "Validation à Ouagadougou du plan d'action national sur l'extraction minière artisanale "
     "et à petite échelle d'or, prévu à l'article 7 de la Convention de Minamata.",
     ("orpaillage", "plan d'action national", "Convention de Minamata"), ("BF",), "2022-03"),
    ("n44", "project", "en",
     "Mercury-free health care: replacing thermometers and blood-pressure devices in Kenya",
     "Replaces mercury thermometers and sphygmomanometers in county hospitals with digital "
     "devices and collects the old ones for safe storage.",
     ("mercury-added products", "health care"), ("KE",), "2018"),
    # --- pesticides ---------------------------------------------------------------------------
    ("n06", "case-study", "en",
     "Agroecological alternatives to highly hazardous pesticides in the Niayes, Senegal",
     "Vegetable growers replaced highly hazardous pesticides with neem extracts, crop "
     "rotation and biological control; yields held while reported poisoning cases fell.",
     ("highly hazardous pesticides", "agroecology"), ("SN",), "2021"),
    ("n07", "need", "fr",
     "Besoin d'appui pour le centre antipoison et la surveillance des intoxications aux "
     "pesticides",
     "La Côte d'Ivoire sollicite un appui pour équiper son centre antipoison et former les "
     "agents de santé à la déclaration des intoxications aiguës par les pesticides.",
     ("intoxications aux pesticides", "centre antipoison"), ("CI",), "2023"),
    ("n08", "document", "es",
     "Manual de buenas prácticas para el uso seguro de plaguicidas en la agricultura",
     "Equipo de protección personal, calibración de pulverizadoras, periodos de reingreso y "
     "triple lavado de envases vacíos.",
     ("plaguicidas", "uso seguro"), ("CR",), "2018"),
    ("n09", "project", "es",
     "Recolección y reciclaje de envases vacíos de agroquímicos en Costa Rica",
     "Programa de acopio de envases de plaguicidas con triple lavado en las zonas bananeras "
     "y su reciclaje controlado.",
     ("envases de plaguicidas", "reciclaje"), ("CR",), "2020"),
    ("n10", "dataset", "en",
     "Pesticide residues in vegetables sold in Nairobi markets",
     "Organophosphate and pyrethroid residues measured in kale, tomatoes and spinach from "
     "24 markets, 2021-2022, compared with Codex maximum residue limits.",
     ("pesticide residues", "food safety", "monitoring"), ("KE",), "2023"),
    ("n47", "document", "es",
     "Guía para la identificación de plaguicidas altamente peligrosos",
     "Criterios de la FAO y la OMS para identificar plaguicidas altamente peligrosos en los "
     "registros nacionales y opciones para su eliminación progresiva.",
     ("plaguicidas altamente peligrosos", "registro de plaguicidas"), (), "2019"),
    # --- biosafety ----------------------------------------------------------------------------
    ("n11", "document", "fr",
     "Guide sur la manipulation, le transport, l'emballage et l'identification des "
     "organismes vivants modifiés",
     "Exigences de documentation de l'article 18 du Protocole de Cartagena pour les "
     "mouvements transfrontières d'OVM destinés à l'alimentation humaine ou animale ou à la "
     "transformation.",
     ("OVM", "identification", "Protocole de Cartagena"), (), "2017"),
    ("n12", "project", "es",
     "Implementación del marco nacional de bioseguridad en Perú",
     "Apoyo a la autoridad nacional competente para la moratoria al ingreso de OVM, la línea "
     "de base de la diversidad nativa y la detección de transgénicos en semillas de maíz y "
     "algodón importadas.",
     ("bioseguridad", "marco nacional de bioseguridad", "OVM"), ("PE",), "2019"),
    ("n13", "event", "en",
     "Online course on socio-economic considerations in biosafety decision-making",
     "A six-week course for regulators on Article 26 of the Cartagena Protocol, with "
     "exercises on assessing the impact of LMO imports on indigenous and local communities.",
     ("socio-economic considerations", "biosafety", "training"), (), "2022-09"),
    ("n14", "support-source", "fr",
     "Offre d'expertise : laboratoire de référence pour la détection des OGM",
     "Le laboratoire national de biosécurité du Burkina Faso propose aux pays de l'UEMOA des "
     "analyses de détection et de quantification d'OGM dans les semences et les grains, "
     "ainsi que des stages pratiques.",
     ("détection des OGM", "laboratoire", "formation"), ("BF",), "2021"),
    ("n15", "national-profile", "en",
     "Fourth national report on the implementation of the Cartagena Protocol: Ghana",
     "Status of the national biosafety framework, approvals of confined field trials of Bt "
     "cowpea and the country's capacity-building needs.",
     ("national report", "Cartagena Protocol", "biosafety"), ("GH",), "2020"),
    ("n43", "event", "fr",
     "Atelier sous-régional sur le Protocole additionnel de Nagoya - Kuala Lumpur",
     "Atelier à Yaoundé pour les pays d'Afrique centrale sur la transposition du Protocole "
     "additionnel au Protocole de Cartagena, sur la responsabilité et la réparation, dans les "
     "lois nationales de biosécurité.",
     ("biosécurité", "responsabilité et réparation"), ("CM", "GA", "CD"), "2018-11"),
    ("n45", "document", "fr",
     "Fiche d'information : les OGM et l'étiquetage des aliments",
     "Ce que disent les règles d'étiquetage des denrées alimentaires contenant des organismes "
     "génétiquement modifiés et comment le consommateur peut s'informer.",
     ("OGM", "étiquetage", "sensibilisation du public"), (), "2020"),
    # --- waste: batteries, plastics, e-waste, illegal traffic, household waste ----------------
    ("n16", "project", "en",
     "Cleaning up lead contamination from informal battery recycling in Senegal",
     "Soil remediation, blood-lead screening of children and licensing of used lead-acid "
     "battery recyclers after the Thiaroye-sur-Mer poisoning.",
     ("used lead-acid batteries", "lead", "contaminated sites"), ("SN",), "2019"),
    ("n17", "document", "fr",
     "Directives techniques sur les déchets plastiques et les amendements de la Convention "
     "de Bâle",
     "Classement des déchets plastiques dans les annexes II, VIII et IX, procédure de "
     "consentement préalable en connaissance de cause et gestion écologiquement rationnelle.",
     ("déchets plastiques", "Convention de Bâle"), (), "2022"),
    ("n18", "project", "es",
     "Reciclaje inclusivo de residuos plásticos con recicladores de base en Chile",
     "Integración de recicladoras y recicladores de base en la recolección selectiva de "
     "envases plásticos en Valparaíso, en el marco de la ley de responsabilidad extendida del "
     "productor.",
     ("residuos plásticos", "reciclaje", "recicladores"), ("CL",), "2021"),
    ("n19", "document", "es",
     "Guía técnica para el manejo de residuos de aparatos eléctricos y electrónicos (RAEE)",
     "Recolección, desmantelamiento y recuperación de materiales de los RAEE; manejo de "
     "componentes peligrosos como tubos de rayos catódicos y baterías.",
     ("RAEE", "residuos electrónicos"), ("AR",), "2020"),
    ("n20", "contact-point", "fr",
     "Autorité compétente de la Convention de Bâle : Tunisie",
     "Agence nationale chargée de la gestion des déchets, autorité compétente pour les "
     "mouvements transfrontières de déchets dangereux et d'autres déchets.",
     ("autorité compétente", "Convention de Bâle"), ("TN",), "2022"),
    ("n21", "need", "en",
     "Need: technical assistance to stop illegal traffic of hazardous wastes at ports",
     "Nigeria's customs and environment agency request training and equipment to inspect "
     "shipments of used electronics and end-of-life vehicles declared as second-hand goods.",
     ("illegal traffic", "hazardous waste"), ("NG",), "2022-11"),
    ("n22", "case-study", "fr",
     "Valorisation des déchets ménagers organiques par compostage à Madagascar",
     "Comment une commune d'Antananarivo a réduit de moitié les ordures mises en décharge "
     "en compostant les déchets de marché avec des associations de quartier.",
     ("déchets ménagers", "compostage"), ("MG",), "2018"),
    ("n37", "national-profile", "en",
     "Basel Convention national report 2021: Ghana",
     "Generation, import and export of hazardous wastes and other wastes, including "
     "shipments of e-waste to informal recyclers in Accra.",
     ("national report", "Basel Convention", "hazardous waste"), ("GH",), "2022"),
    # --- POPs -------------------------------------------------------------------------------------
    ("n23", "document", "en",
     "Guidance on alternatives to PFOS in firefighting foams",
     "Fluorine-free foams for fire brigades and airports, and managing stocks of foams "
     "containing PFOS, PFOA and PFHxS listed under the Stockholm Convention.",
     ("PFOS", "firefighting foam", "persistent organic pollutants"), (), "2021"),
    ("n24", "project", "es",
     "Eliminación de aceites y equipos con PCB en Uruguay",
     "Inventario, etiquetado y exportación para su destrucción de transformadores y aceites "
     "contaminados con PCB de la empresa eléctrica nacional.",
     ("PCB", "COP", "eliminación"), ("UY",), "2018"),
    ("n25", "project", "fr",
     "Réduction des dioxines et furannes issus du brûlage à l'air libre des déchets au Bénin",
     "Alternatives au brûlage des ordures ménagères et des résidus agricoles autour de "
     "Cotonou : collecte, compostage et sensibilisation.",
     ("dioxines", "brûlage à l'air libre"), ("BJ",), "2020"),
    ("n26", "national-profile", "es",
     "Plan nacional de aplicación actualizado del Convenio de Estocolmo: Colombia",
     "Inventarios de plaguicidas COP, PCB, dioxinas y furanos y de los nuevos COP (PFOS, "
     "PBDE); planes de acción y prioridades nacionales.",
     ("Convenio de Estocolmo", "contaminantes orgánicos persistentes"), ("CO",), "2022"),
    ("n27", "event", "en",
     "Webinar on new POPs in plastics: PBDEs and SCCPs",
     "A regional centre's webinar for customs officers and recyclers on brominated flame "
     "retardants in plastics from e-waste and on short-chain chlorinated paraffins.",
     ("persistent organic pollutants", "PBDE", "plastics"), (), "2023-05"),
    ("n36", "national-profile", "fr",
     "Rapport national sur la mise en œuvre de la Convention de Stockholm : Maroc",
     "Mesures prises pour éliminer les PCB et les pesticides POP, rejets non intentionnels "
     "et difficultés rencontrées (rapport au titre de l'article 15).",
     ("rapport national", "Convention de Stockholm", "POP"), ("MA",), "2022"),
    ("n39", "organization", "en",
     "Stockholm Convention Regional Centre for Latin America and the Caribbean",
     "Based in Montevideo, the centre provides training and technology transfer on POPs and "
     "hazardous waste management to the countries of the region.",
     ("regional centre", "Stockholm Convention", "persistent organic pollutants"), ("UY",),
     "2020"),
    # --- biodiversity -------------------------------------------------------------------------
    ("n28", "document", "es",
     "Guía para la actualización de la estrategia y plan de acción nacional de biodiversidad",
     "Orientaciones para alinear las metas nacionales de la EPANB con el Marco Mundial de "
     "Biodiversidad de Kunming-Montreal.",
     ("biodiversidad", "EPANB", "Marco Mundial de Biodiversidad"), (), "2023"),
    ("n29", "project", "fr",
     "Restauration des mangroves du delta du Saloum",
     "Reboisement de palétuviers par les groupements de femmes et gestion communautaire des "
     "ressources halieutiques au Sénégal.",
     ("mangroves", "restauration des écosystèmes"), ("SN",), "2020"),
    ("n30", "case-study", "en",
     "Pollinator-friendly coffee farms in Costa Rica",
     "Farmers kept native bee habitat in shade trees and field margins; bee diversity and "
     "coffee yields rose over four seasons.",
     ("pollinators", "biodiversity", "agroforestry"), ("CR",), "2021"),
    ("n31", "project", "es",
     "Control del pez león invasor en el Caribe colombiano",
     "Pesca dirigida, monitoreo en arrecifes de coral y promoción del consumo del pez león "
     "en San Andrés.",
     ("especies exóticas invasoras", "arrecifes de coral"), ("CO",), "2019"),
    ("n32", "project", "fr",
     "Lutte contre la jacinthe d'eau sur le lac Nokoué",
     "Cartographie, arrachage mécanique et lutte biologique contre cette plante aquatique "
     "envahissante au Bénin.",
     ("espèces envahissantes", "jacinthe d'eau"), ("BJ",), "2019"),
    ("n33", "document", "en",
     "Guidelines on community protocols for traditional knowledge",
     "How indigenous peoples and local communities can set out their terms for prior "
     "informed consent to the use of their traditional knowledge associated with genetic "
     "resources under the Nagoya Protocol.",
     ("traditional knowledge", "access and benefit-sharing", "Nagoya Protocol"), (), "2019"),
    ("n34", "need", "es",
     "Necesidad: fortalecimiento de capacidades para el Protocolo de Nagoya en Panamá",
     "Panamá solicita apoyo para establecer puntos de verificación y emitir certificados de "
     "cumplimiento sobre el acceso a los recursos genéticos.",
     ("acceso y participación en los beneficios", "recursos genéticos"), ("PA",), "2022"),
    ("n46", "event", "es",
     "Seminario web sobre la restauración de humedales altoandinos",
     "Experiencias de Bolivia y Perú en la restauración de bofedales y la gestión de "
     "humedales de alta montaña.",
     ("humedales", "restauración de ecosistemas", "biodiversidad"), ("BO", "PE"), "2023-02"),
    # --- lead, chemicals management, reports, offers --------------------------------------------
    ("n35", "case-study", "es",
     "Eliminación del plomo en pinturas decorativas: la experiencia de Argentina",
     "Cómo se aplicó el límite legal de 600 ppm de plomo en pinturas y qué hicieron los "
     "fabricantes para reformular sus productos.",
     ("plomo", "pinturas"), ("AR",), "2019"),
    ("n38", "national-profile", "es",
     "Informe nacional sobre la aplicación del Convenio de Minamata: Argentina",
     "Medidas sobre productos con mercurio añadido, emisiones de la industria de cloro-álcali, "
     "almacenamiento provisional de mercurio y gestión de sus desechos (artículo 21).",
     ("informe nacional", "Convenio de Minamata", "mercurio"), ("AR",), "2021"),
    ("n40", "support-source", "fr",
     "Offre de formation en ligne sur la gestion des produits chimiques et des déchets",
     "Cours en ligne gratuits en français sur le SGH, les inventaires de mercure et la "
     "gestion écologiquement rationnelle des déchets dangereux, ouverts aux points focaux.",
     ("formation", "gestion des produits chimiques", "déchets dangereux"), (), "2023"),
    ("n41", "support-source", "es",
     "Fondo de pequeñas donaciones para proyectos comunitarios sobre sustancias químicas",
     "Convocatoria para organizaciones de la sociedad civil que reduzcan el uso de mercurio "
     "y de plaguicidas peligrosos en comunidades rurales.",
     ("financiación", "sustancias químicas"), (), "2022"),
    ("n42", "event", "en",
     "Regional workshop on GHS classification and labelling of chemicals in Southeast Asia",
     "Hands-on sessions for regulators and industry on classifying chemicals and preparing "
     "labels and safety data sheets.",
     ("GHS", "chemicals management", "labelling"), ("VN", "ID", "PH"), "2019-08"),
)  # fmt: skip
