"""Clearing-house records for the fourth judged relevance set (tests/search/relevance/queries4.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: the CBD Clearing-House
Mechanism (national reports, national biodiversity strategies and action plans, protected
areas, pollinators, agricultural biodiversity), the Biosafety Clearing-House (Bt crop
monitoring, synthetic biology and gene drives, public awareness and participation, competent
national authorities), the Minamata Convention (mercury-added skin-lightening creams,
chlor-alkali facilities, interim storage, human biomonitoring) and the Basel, Rotterdam and
Stockholm conventions (health-care waste, marine litter and microplastics, ship recycling,
used lead-acid batteries, illegal traffic, regional centres, DDT for disease vector control,
lindane and endosulfan, the global monitoring plan, national focal points), with SAICM/UNEP-
style offers and requests for assistance (GHS, pollutant release and transfer registers, lead
paint analysis). English, French and Spanish, a third each (15 records per language), on the
same topics in different languages, so that a query in one language has answers in the
others. No text was copied from those sites and none comes from demo/generator.py. They are
meant to be harvested as ``oai_dc``-like records and enriched with the project thesaurus
exactly as records.py's and records3.py's are, beside them and the real fixtures' records
(tests/mappings/golden/*.json) as one pool.

Ids (p01..p45) collide with neither records.py's (a1..h5) nor records3.py's (n01..n47); in
queries4.tsv they are written without prefix, like theirs, and take the same ``rel:`` prefix in
the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- mercury: skin-lightening creams, chlor-alkali, storage, biomonitoring -----------------
    ("p01", "project", "en",
     "Ending the sale of mercury-containing skin-lightening creams in Nigeria",
     "Market surveys and laboratory screening of skin-lightening creams and soaps sold in "
     "Lagos and Kano, training of customs and consumer-protection officers, and awareness "
     "campaigns, to enforce the Annex A phase-out of cosmetics with more than 1 ppm mercury.",
     ("skin-lightening creams", "mercury-added products", "cosmetics"), ("NG",), "2022"),
    ("p02", "document", "fr",
     "Crèmes éclaircissantes contenant du mercure : guide à l'usage des inspecteurs",
     "Comment repérer sur les marchés les crèmes et savons éclaircissants pour la peau qui "
     "contiennent du mercure, prélever des échantillons et appliquer l'interdiction prévue "
     "par la Convention de Minamata.",
     ("crèmes éclaircissantes", "mercure", "cosmétiques"), (), "2021"),
    ("p03", "need", "es",
     "Necesidad: equipo de laboratorio para detectar mercurio en cremas aclaradoras",
     "El Ecuador solicita un analizador portátil de fluorescencia de rayos X y capacitación "
     "para el control de cremas aclaradoras de la piel y otros cosméticos importados con "
     "mercurio.",
     ("cremas aclaradoras", "mercurio", "cosméticos"), ("EC",), "2023-06"),
    ("p04", "project", "es",
     "Reconversión de la planta de cloro-álcali con celdas de mercurio en Uruguay",
     "Sustitución de las celdas de mercurio por tecnología de membrana, descontaminación del "
     "sitio y gestión del mercurio excedente de la planta, conforme al artículo 5 del "
     "Convenio de Minamata.",
     ("cloro-álcali", "mercurio", "procesos de fabricación"), ("UY",), "2020"),
    ("p05", "dataset", "fr",
     "Mercure dans les cheveux des femmes en âge de procréer à Madagascar",
     "Concentrations de mercure total mesurées dans des échantillons de cheveux de 400 femmes "
     "de régions côtières et minières, 2019-2020 : une étude de biosurveillance humaine.",
     ("mercure", "biosurveillance humaine"), ("MG",), "2021"),
    ("p06", "event", "en",
     "Webinar on the environmentally sound interim storage of mercury and mercury wastes",
     "Guidelines adopted under Article 10 of the Minamata Convention: siting and design of "
     "storage facilities, containers, inventories and inspection, with examples from Asia "
     "and Latin America.",
     ("interim storage", "mercury", "mercury waste"), (), "2022-04"),
    # --- pesticides: herbicides, biopesticides, locusts, inspection ------------------------------
    ("p07", "project", "fr",
     "Lutte contre le criquet pèlerin avec des biopesticides en Mauritanie",
     "Traitement des bandes larvaires de criquets avec un biopesticide à base de Metarhizium "
     "acridum au lieu d'insecticides chimiques, et suivi de l'effet sur la faune non ciblée.",
     ("criquet pèlerin", "biopesticides"), ("MR",), "2019"),
    ("p08", "document", "en",
     "Safe use of herbicides in smallholder maize: a guide for extension workers",
     "Choosing, mixing and applying herbicides, the protective equipment needed for "
     "paraquat and other highly toxic products, and manual and mulching options that need "
     "none.",
     ("herbicides", "paraquat", "extension services"), ("KE", "TZ"), "2020"),
    ("p09", "project", "es",
     "Sustitución del paraquat en las bananeras del Ecuador",
     "Control de malezas con coberturas vivas y chapia mecánica en fincas bananeras de El "
     "Oro y Los Ríos, para dejar de usar el herbicida paraquat.",
     ("herbicidas", "paraquat", "banano"), ("EC",), "2021"),
    ("p10", "document", "fr",
     "Les herbicides à base de glyphosate : fiche d'information",
     "Ce que l'on sait des herbicides à base de glyphosate : usages agricoles, résidus dans "
     "l'eau, classement par le CIRC et décisions réglementaires de plusieurs pays.",
     ("herbicides", "glyphosate"), (), "2022"),
    ("p11", "case-study", "es",
     "Bioplaguicidas y control biológico en la agricultura urbana de La Habana",
     "Los organopónicos de La Habana producen sus propios bioplaguicidas a base de Bacillus "
     "thuringiensis y Trichoderma y liberan enemigos naturales en lugar de usar plaguicidas "
     "químicos.",
     ("bioplaguicidas", "control biológico", "agricultura urbana"), ("CU",), "2020"),
    ("p12", "need", "en",
     "Need: training for pesticide inspectors in Ghana",
     "Ghana's Environmental Protection Agency requests training for inspectors on sampling "
     "pesticides sold in agro-input shops and on detecting counterfeit and unregistered "
     "products.",
     ("pesticide inspection", "training"), ("GH",), "2023-02"),
    # --- biosafety: Bt cotton, gene drives, synthetic biology, public participation ------------
    ("p13", "project", "fr",
     "Suivi des impacts du coton Bt au Burkina Faso",
     "Suivi de la résistance des ravageurs, des rendements et des revenus des producteurs "
     "de coton génétiquement modifié (coton Bt) dans les zones cotonnières, de "
     "l'introduction à l'abandon de la culture.",
     ("coton Bt", "OGM", "suivi"), ("BF",), "2017"),
    ("p14", "document", "en",
     "Gene drive organisms: a primer for biosafety regulators",
     "What engineered gene drives are, how they differ from other living modified organisms, "
     "and the questions they raise for risk assessment under the Cartagena Protocol; part "
     "of a series on synthetic biology.",
     ("gene drive", "synthetic biology", "LMOs"), (), "2021"),
    ("p15", "event", "es",
     "Taller sobre participación del público en la toma de decisiones sobre OVM",
     "Taller centroamericano sobre el artículo 23 del Protocolo de Cartagena: consultas "
     "públicas, acceso a la información y participación del público antes de autorizar "
     "organismos vivos modificados.",
     ("participación del público", "OVM", "bioseguridad"), ("GT", "HN", "SV"), "2019-09"),
    ("p16", "project", "en",
     "Public awareness and participation in biosafety in Malawi",
     "Radio programmes, school materials and village meetings explain genetically modified "
     "crops to farmers, and a public register lets citizens comment on applications for LMO "
     "field trials.",
     ("public awareness", "public participation", "biosafety"), ("MW",), "2018"),
    ("p17", "document", "es",
     "Biología sintética: preguntas y respuestas",
     "Qué es la biología sintética, en qué se diferencia de la biotecnología moderna y qué "
     "dicen las decisiones de la Conferencia de las Partes del Convenio sobre la Diversidad "
     "Biológica sobre su evaluación.",
     ("biología sintética", "biotecnología"), (), "2020"),
    ("p18", "national-profile", "fr",
     "Quatrième rapport national sur la mise en œuvre du Protocole de Cartagena : Bénin",
     "Cadre national de biosécurité, autorité nationale compétente, absence de "
     "disséminations d'OGM et besoins en renforcement des capacités de détection.",
     ("rapport national", "Protocole de Cartagena", "biosécurité"), ("BJ",), "2020"),
    # --- waste: marine litter, health-care waste, ships, batteries, illegal traffic ------------
    ("p19", "project", "en",
     "Monitoring marine litter and microplastics on the beaches of Ghana",
     "Volunteers count and sort litter on twelve beaches every quarter; sand samples are "
     "sieved for microplastics; the results feed the national plastic waste action plan.",
     ("marine litter", "microplastics", "plastic waste"), ("GH",), "2022"),
    ("p20", "document", "fr",
     "Les microplastiques dans les eaux côtières : état des connaissances",
     "Sources, transport et effets des microplastiques et des déchets marins en Méditerranée "
     "et en Afrique de l'Ouest, méthodes d'échantillonnage et lacunes de la recherche.",
     ("microplastiques", "déchets marins"), (), "2021"),
    ("p21", "project", "es",
     "Basura marina en las playas del Perú: limpieza y monitoreo",
     "Jornadas de limpieza con voluntarios, caracterización de la basura marina y muestreo "
     "de microplásticos en playas de Lima y Piura.",
     ("basura marina", "residuos plásticos", "microplásticos"), ("PE",), "2023"),
    ("p22", "project", "fr",
     "Gestion des déchets biomédicaux dans les hôpitaux du Burkina Faso",
     "Tri à la source, boîtes de sécurité pour les objets piquants et tranchants et "
     "autoclaves pour les déchets infectieux dans douze centres hospitaliers.",
     ("déchets biomédicaux", "déchets dangereux"), ("BF",), "2021"),
    ("p23", "case-study", "en",
     "Non-burn treatment of health-care waste: autoclaves in Tanzanian hospitals",
     "Three regional hospitals replaced small incinerators with autoclaves and shredders for "
     "infectious health-care waste, cutting dioxin emissions and operating costs.",
     ("health-care waste", "hazardous waste", "autoclaves"), ("TZ",), "2019"),
    ("p24", "document", "es",
     "Directrices técnicas para el desguace ambientalmente racional de buques",
     "Orientaciones del Convenio de Basilea para el reciclaje de buques al final de su vida "
     "útil: inventario de materiales peligrosos (amianto, PCB, aceites) y condiciones de los "
     "astilleros de desguace.",
     ("desguace de buques", "Convenio de Basilea"), (), "2018"),
    ("p25", "need", "es",
     "Necesidad: gestión de baterías de plomo-ácido usadas en Bolivia",
     "Bolivia solicita asistencia para censar a los recicladores informales de baterías de "
     "plomo-ácido usadas y diseñar un sistema de recolección con la participación de los "
     "importadores.",
     ("baterías de plomo-ácido usadas", "plomo"), ("BO",), "2022-10"),
    ("p26", "support-source", "fr",
     "Offre d'appui du Centre régional de la Convention de Bâle à Dakar",
     "Le centre propose aux pays d'Afrique francophone des formations sur les mouvements "
     "transfrontières de déchets, la lutte contre le trafic illicite et la gestion des "
     "déchets électroniques.",
     ("centre régional", "Convention de Bâle", "formation"), ("SN",), "2022"),
    ("p45", "need", "fr",
     "Besoin : renforcer les contrôles douaniers contre le trafic illicite de déchets",
     "La Côte d'Ivoire sollicite un appui pour former les douaniers du port d'Abidjan à "
     "repérer les déchets dangereux déclarés comme marchandises d'occasion.",
     ("trafic illicite", "déchets dangereux", "douanes"), ("CI",), "2023"),
    # --- POPs: lindane and endosulfan, DDT, breast milk, focal point --------------------------
    ("p27", "project", "en",
     "Safe disposal of lindane and endosulfan stocks in Armenia",
     "Excavation and repackaging of buried lindane and endosulfan at a former pesticide "
     "dump, and export for destruction under the Stockholm Convention.",
     ("lindane", "endosulfan", "persistent organic pollutants"), ("AM",), "2016"),
    ("p28", "project", "es",
     "Alternativas al DDT para el control de los vectores de la malaria en México",
     "Control integrado de vectores sin DDT: mosquiteros tratados, manejo de criaderos y "
     "participación comunitaria en comunidades de Oaxaca y Chiapas.",
     ("DDT", "malaria", "control de vectores"), ("MX",), "2015"),
    ("p29", "document", "fr",
     "Le DDT et la lutte contre le paludisme : évaluation des besoins",
     "Évaluation, au titre de la Convention de Stockholm, de la poursuite de l'usage du DDT "
     "pour la lutte contre les vecteurs du paludisme et des solutions de remplacement.",
     ("DDT", "paludisme", "Convention de Stockholm"), (), "2019"),
    ("p30", "dataset", "en",
     "Persistent organic pollutants in human breast milk: African survey results",
     "Concentrations of DDT, PCBs, dioxins and PFOS in pooled breast-milk samples from "
     "eleven African countries, collected for the Stockholm Convention's global monitoring "
     "plan.",
     ("persistent organic pollutants", "breast milk", "human biomonitoring"), (), "2020"),
    ("p31", "project", "es",
     "Inventario de espumas contra incendios con PFOS en los aeropuertos de Chile",
     "Inventario de existencias de espumas formadoras de película acuosa con PFOS y otras "
     "sustancias perfluoroalquiladas, y plan de sustitución por espumas sin flúor.",
     ("PFOS", "espumas contra incendios", "contaminantes orgánicos persistentes"), ("CL",),
     "2022"),
    ("p43", "contact-point", "es",
     "Punto focal nacional del Convenio de Estocolmo: Paraguay",
     "Datos de contacto del punto focal oficial ante la Secretaría del Convenio de "
     "Estocolmo sobre contaminantes orgánicos persistentes.",
     ("punto focal", "Convenio de Estocolmo"), ("PY",), "2022"),
    # --- biodiversity: protected areas, pollinators, seed banks, NBSAPs, national reports ------
    ("p32", "project", "en",
     "Expanding marine protected areas in Mozambique",
     "Creation of two new marine protected areas in the Quirimbas archipelago and community "
     "co-management of their fisheries and coral reefs.",
     ("protected areas", "marine biodiversity"), ("MZ",), "2021"),
    ("p33", "case-study", "fr",
     "Les aires protégées communautaires de Madagascar",
     "Comment des associations villageoises gèrent des aires protégées à Madagascar sous "
     "contrat de transfert de gestion : règles, patrouilles et revenus de l'écotourisme.",
     ("aires protégées", "gestion communautaire"), ("MG",), "2020"),
    ("p34", "document", "es",
     "Guía sobre áreas protegidas y pueblos indígenas",
     "Buenas prácticas para crear y gestionar áreas protegidas con el consentimiento libre, "
     "previo e informado de los pueblos indígenas y reconocer sus territorios de "
     "conservación.",
     ("áreas protegidas", "pueblos indígenas"), (), "2022"),
    ("p35", "project", "fr",
     "Protection des pollinisateurs dans les vergers du Maroc",
     "Bandes fleuries, ruches dans les vergers d'amandiers et réduction des traitements "
     "pendant la floraison pour protéger les abeilles et les autres pollinisateurs.",
     ("pollinisateurs", "abeilles"), ("MA",), "2022"),
    ("p36", "project", "es",
     "Conservación de las abejas nativas sin aguijón en Yucatán",
     "Rescate de la meliponicultura maya, viveros de plantas melíferas y capacitación de "
     "productoras para conservar a estos polinizadores.",
     ("polinizadores", "abejas", "conocimientos tradicionales"), ("MX",), "2021"),
    ("p37", "document", "en",
     "Community seed banks: a guide to conserving crop diversity",
     "How farmer groups set up and run community seed banks to keep local varieties, with "
     "records, germination tests and exchange rules.",
     ("seed banks", "agricultural biodiversity"), (), "2019"),
    ("p38", "event", "fr",
     "Atelier régional sur la révision des stratégies et plans d'action nationaux pour la "
     "biodiversité (SPANB)",
     "Atelier à Lomé pour les pays d'Afrique de l'Ouest sur l'alignement des SPANB avec le "
     "Cadre mondial de la biodiversité de Kunming-Montréal.",
     ("SPANB", "biodiversité"), ("TG", "SN", "CI", "BJ"), "2023-10"),
    ("p39", "national-profile", "en",
     "Sixth national report to the Convention on Biological Diversity: Uganda",
     "Progress towards the national biodiversity targets and the Aichi Biodiversity "
     "Targets: wetlands, forests, protected species and invasive species.",
     ("national report", "biodiversity", "Convention on Biological Diversity"), ("UG",),
     "2019"),
    # --- chemicals management: GHS, PRTR, lead paint, competent authority -------------------
    ("p40", "event", "es",
     "Curso en línea sobre el SGA: clasificación y etiquetado de productos químicos",
     "Curso gratuito de ocho semanas sobre el Sistema Globalmente Armonizado (SGA): "
     "criterios de clasificación, pictogramas, etiquetas y fichas de datos de seguridad.",
     ("SGA", "etiquetado", "sustancias químicas"), (), "2023-03"),
    ("p41", "need", "fr",
     "Besoin : appui pour la mise en place d'un registre des rejets et transferts de "
     "polluants (RRTP)",
     "La Tunisie sollicite une assistance technique pour concevoir son RRTP : liste des "
     "substances, seuils de déclaration et système de déclaration en ligne des industriels.",
     ("RRTP", "gestion des produits chimiques"), ("TN",), "2022"),
    ("p42", "support-source", "en",
     "Offer: free laboratory analysis of lead in paint samples",
     "An accredited laboratory offers governments and NGOs free analysis of up to 50 "
     "decorative paint samples each for their total lead content.",
     ("lead paint", "laboratory"), (), "2021"),
    ("p44", "contact-point", "en",
     "Competent national authority for the Cartagena Protocol: Zambia",
     "The National Biosafety Authority, which decides on applications to import and release "
     "living modified organisms.",
     ("competent national authority", "biosafety"), ("ZM",), "2022"),
)  # fmt: skip
