"""Clearing-house records of the ninth judged relevance set (tests/search/relevance/queries9.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: industrial-pollution and
wastewater pages of environment ministries (tannery effluents and chromium), drinking-water
pages of health and water agencies (fluoride in groundwater and fluorosis), the UNCCD (sand and
dust storms), the Convention on Migratory Species (vultures poisoned by veterinary diclofenac),
SAICM-like pages on emerging policy issues (manufactured nanomaterials), Stockholm Convention
pages (pentachlorophenol and wood preservatives), ocean pages of the CBD Clearing-House
Mechanism (ocean acidification and shellfish), Ramsar-like pages on Andean salt flats (lithium
brine extraction), IMO-like and CBD pages on invasive species carried by ships (ballast water)
and Basel Convention pages (used lubricating oils and their re-refining), with a committee
matching requests for assistance with offers (needs and offers on several of those topics).
English, French and Spanish, 10 records each, every topic written once in each language, so
that a query in one language has answers in the others. None of records.py, records3.py,
records4.py, records5.py, records6.py, records7.py or records8.py is about these topics (their
records were read, topic by topic, before these were written). No text was copied from those
sites and none comes from demo/generator.py. They are meant to be harvested as ``oai_dc``-like
records and enriched with the project thesaurus exactly as the other records files' are, beside
them and the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (x01..x30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45) or records8.py's (w01..w45); in queries9.tsv they are written without prefix, like
theirs, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- tannery effluents and chromium -----------------------------------------------------------
    ("x01", "case-study", "en",
     "Chrome recovery at the common effluent treatment plant of the Kanpur tanneries",
     "How four hundred small leather tanneries on the Ganges share one treatment plant: spent "
     "chrome tanning liquor is collected separately, the chromium is precipitated and reused, "
     "and the sludge that still contains hexavalent chromium is sent to a secured landfill.",
     ("tanneries", "chromium", "industrial wastewater", "leather"), ("IN",), "2022"),
    ("x02", "project", "fr",
     "Réduire les rejets de chrome des tanneries traditionnelles de Fès",
     "Raccordement des tanneries de la médina à une station de prétraitement, remplacement "
     "d'une partie du tannage au chrome par un tannage végétal et formation des artisans "
     "tanneurs à la manipulation des sels de chrome.",
     ("tanneries", "chrome", "eaux usées industrielles", "cuir"), ("MA",), "2021"),
    ("x03", "need", "es",
     "Necesidad: tratamiento de los efluentes de las curtiembres de León, Guanajuato",
     "Las curtiembres vierten aguas residuales con cromo y sulfuros al río Turbio; la "
     "autoridad ambiental del estado solicita asistencia técnica para diseñar una planta de "
     "tratamiento común y un laboratorio que mida cromo hexavalente.",
     ("curtiembres", "cromo", "aguas residuales industriales", "cuero"), ("MX",), "2024-01"),
    # --- fluoride in groundwater and fluorosis ----------------------------------------------------
    ("x04", "dataset", "en",
     "Fluoride in borehole water of the Ethiopian Rift Valley, 2021-2023",
     "Fluoride concentrations measured in 640 boreholes and hand-dug wells used for drinking "
     "water, with the share of children showing dental fluorosis in the villages they supply; "
     "most wells exceed 1.5 mg/L.",
     ("fluoride", "groundwater", "drinking water", "fluorosis"), ("ET",), "2023"),
    ("x05", "support-source", "fr",
     "Offre : filtres au charbon d'os pour la défluoruration de l'eau de boisson",
     "Un centre de recherche propose de former des techniciens à fabriquer et entretenir des "
     "filtres domestiques et communautaires qui retirent le fluor de l'eau des forages, là "
     "où la fluorose dentaire et osseuse est fréquente.",
     ("fluor", "défluoruration", "eau potable", "fluorose"), (), "2022"),
    ("x06", "project", "es",
     "Agua sin exceso de fluoruro para las escuelas rurales de Durango",
     "Instalación de plantas de ósmosis inversa en escuelas abastecidas por pozos profundos "
     "con fluoruro natural, vigilancia de la fluorosis dental en los alumnos y campañas con "
     "las familias.",
     ("fluoruro", "fluorosis", "agua potable", "aguas subterráneas"), ("MX",), "2023"),
    # --- sand and dust storms ---------------------------------------------------------------------
    ("x07", "document", "en",
     "Sand and dust storms: a compendium for national authorities on source mapping and early "
     "warning",
     "Where the dust comes from (dry lake beds, degraded rangelands, abandoned farmland), how "
     "to map source areas, how to set up forecasts and warnings for health and transport, and "
     "which land restoration measures reduce emissions at source.",
     ("sand and dust storms", "land degradation", "early warning systems", "air quality"), (),
     "2022"),
    ("x08", "event", "fr",
     "Atelier régional sur les tempêtes de sable et de poussière au Sahel",
     "Trois jours à N'Djamena pour les services météorologiques et de protection civile : "
     "prévision des vents de poussière, effets sur la santé respiratoire et plans de lutte "
     "contre la désertification dans les zones sources.",
     ("tempêtes de sable et de poussière", "désertification", "alerte précoce"),
     ("TD", "NE", "ML", "MR"), "2024-05"),
    ("x09", "case-study", "es",
     "Tormentas de polvo del lago Poopó desecado: salud y agricultura en el altiplano",
     "Desde que el lago se secó en 2015, el viento levanta polvo salino de su lecho y lo "
     "deposita en los cultivos de quinua; las comunidades registran más enfermedades "
     "respiratorias y piden restaurar la cubierta vegetal.",
     ("tormentas de arena y polvo", "degradación de tierras", "salud respiratoria", "lagos"),
     ("BO",), "2021"),
    # --- vultures and veterinary diclofenac -------------------------------------------------------
    ("x10", "project", "en",
     "Vulture Safe Zones in Nepal: taking veterinary diclofenac off the shelves",
     "Pharmacies and vets around vulture colonies are visited to replace diclofenac with "
     "meloxicam for treating cattle, and safe carcasses are provided at vulture restaurants; "
     "nest counts of white-rumped vultures are rising again.",
     ("vultures", "diclofenac", "veterinary medicines", "threatened species"), ("NP",), "2020"),
    ("x11", "document", "fr",
     "Plan d'action pour les vautours d'Afrique-Eurasie : interdire le diclofénac vétérinaire",
     "Résumé du plan d'action multi-espèces adopté sous la Convention sur les espèces "
     "migratrices : les anti-inflammatoires vétérinaires toxiques pour les vautours, les "
     "appâts empoisonnés et le commerce de parties de vautours pour la médecine "
     "traditionnelle.",
     ("vautours", "diclofénac", "médicaments vétérinaires", "espèces migratrices"), (), "2017"),
    ("x12", "need", "es",
     "Necesidad: análisis toxicológicos de cóndores andinos y buitres encontrados muertos en "
     "Perú",
     "El servicio forestal pide un laboratorio que detecte diclofenaco y otros "
     "antiinflamatorios veterinarios, además de plaguicidas de cebos, en cóndores y "
     "gallinazos hallados muertos cerca de zonas ganaderas.",
     ("buitres", "cóndor andino", "diclofenaco", "medicamentos veterinarios"), ("PE",),
     "2024-04"),
    # --- manufactured nanomaterials ---------------------------------------------------------------
    ("x13", "document", "en",
     "Safety of manufactured nanomaterials: a primer for chemicals regulators",
     "What nanomaterials are (nano silver, titanium dioxide and carbon nanotubes in consumer "
     "products), why their size changes their hazard, how they can be registered and "
     "labelled, and the emerging policy issue as discussed under SAICM.",
     ("nanomaterials", "nanotechnology", "chemicals management", "emerging policy issues"), (),
     "2021"),
    ("x14", "need", "fr",
     "Besoin : recenser les nanomatériaux dans les produits importés au Cameroun",
     "Le ministère souhaite un appui pour dresser l'inventaire des cosmétiques, peintures et "
     "emballages contenant des nanomatériaux manufacturés et préparer une déclaration "
     "obligatoire par les importateurs.",
     ("nanomatériaux", "produits de consommation", "inventaire"), ("CM",), "2023-09"),
    ("x15", "event", "es",
     "Curso en línea: nanotecnología y seguridad química en América Latina",
     "Seis sesiones para autoridades y laboratorios sobre la caracterización de "
     "nanomateriales, la exposición de los trabajadores en la industria y la regulación de "
     "productos con nanopartículas.",
     ("nanomateriales", "nanotecnología", "seguridad química", "capacitación"), (), "2024-10"),
    # --- pentachlorophenol and wood preservatives -------------------------------------------------
    ("x16", "project", "en",
     "Inventory and phase-out of pentachlorophenol-treated utility poles in Nigeria",
     "Counting the wooden electricity poles treated with pentachlorophenol (PCP), listed "
     "under the Stockholm Convention in 2015, and planning their safe storage and disposal "
     "as they are replaced by concrete poles.",
     ("pentachlorophenol", "wood preservatives", "persistent organic pollutants",
      "utility poles"), ("NG",), "2022"),
    ("x17", "document", "fr",
     "Produits de traitement du bois : les alternatives au pentachlorophénol",
     "Fiche pour les scieries et les compagnies d'électricité : sels de cuivre, borates et "
     "bois naturellement durables, leurs usages et leurs limites, et la manière d'éliminer "
     "les bois traités au PCP.",
     ("traitement du bois", "pentachlorophénol", "alternatives", "Convention de Stockholm"),
     (), "2020"),
    ("x18", "case-study", "es",
     "Suelos contaminados con pentaclorofenol en antiguos aserraderos del sur de Chile",
     "Las piscinas de inmersión donde se trataba la madera contra el hongo de la mancha azul "
     "dejaron suelos y pozos contaminados con pentaclorofenol y dioxinas; cómo se "
     "identificaron los sitios y se priorizó su remediación.",
     ("pentaclorofenol", "preservantes de madera", "sitios contaminados", "aserraderos"),
     ("CL",), "2019"),
    # --- ocean acidification ----------------------------------------------------------------------
    ("x19", "dataset", "en",
     "Ocean acidification time series in the southern Benguela: pH and carbonate chemistry",
     "Weekly pH, alkalinity and dissolved carbon dioxide at three coastal stations since 2016, "
     "with aragonite saturation in the abalone and mussel farming bays.",
     ("ocean acidification", "marine monitoring", "carbon dioxide", "aquaculture"),
     ("ZA", "NA"), "2024"),
    ("x20", "project", "fr",
     "Acidification des océans et conchyliculture dans la lagune de Bizerte",
     "Capteurs de pH dans les parcs à moules et à huîtres, suivi de la croissance des "
     "coquilles et conseils aux conchyliculteurs pour s'adapter à l'acidification des eaux "
     "côtières.",
     ("acidification des océans", "conchyliculture", "huîtres", "suivi"), ("TN",), "2023"),
    ("x21", "document", "es",
     "Acidificación del océano: guía para incluirla en los planes nacionales de adaptación",
     "Por qué el CO2 absorbido por el mar baja su pH, qué especies calcificadoras y "
     "pesquerías son más vulnerables y cómo integrar el monitoreo y la reducción de otras "
     "presiones en la planificación costera.",
     ("acidificación del océano", "cambio climático", "adaptación", "pesquerías"), (), "2022"),
    # --- lithium extraction from salt flats -------------------------------------------------------
    ("x22", "case-study", "en",
     "Lithium brine extraction and water in the Salar de Atacama: what indigenous communities "
     "measured",
     "Atacameño communities monitor the lagoons and springs around the salt flat where lithium "
     "companies pump brine and evaporate it in ponds; the falling water table, the flamingo "
     "colonies and the agreements they negotiated.",
     ("lithium mining", "salt flats", "water resources", "indigenous peoples"), ("CL",), "2023"),
    ("x23", "document", "fr",
     "L'extraction du lithium dans les salars andins : enjeux pour les zones humides",
     "Note sur le pompage de saumure dans les salars d'Argentine, de Bolivie et du Chili, ses "
     "effets sur les lagunes d'altitude classées au titre de la Convention de Ramsar et sur "
     "les flamants, et les évaluations d'impact à exiger.",
     ("extraction du lithium", "salars", "zones humides", "flamants"), ("AR", "BO", "CL"),
     "2024"),
    ("x24", "need", "es",
     "Necesidad: línea de base hídrica para la explotación de litio en el salar de Uyuni",
     "La autoridad ambiental de Bolivia solicita hidrogeólogos y equipos para medir el "
     "balance de agua del salar antes de autorizar nuevas plantas de extracción directa de "
     "litio.",
     ("litio", "salares", "recursos hídricos", "evaluación de impacto ambiental"), ("BO",),
     "2024-06"),
    # --- ballast water and invasive species carried by ships --------------------------------------
    ("x25", "event", "en",
     "Regional workshop on ballast water management for port State control officers",
     "Mombasa, five days: the Ballast Water Management Convention, sampling ballast tanks, "
     "checking treatment systems on board and the invasive aquatic species most often moved "
     "between the ports of the western Indian Ocean.",
     ("ballast water", "invasive alien species", "shipping", "ports"), ("KE", "TZ", "MZ"),
     "2023-11"),
    ("x26", "need", "fr",
     "Besoin : analyse des eaux de ballast au port de Pointe-Noire",
     "La direction de la marine marchande du Congo demande du matériel et une formation pour "
     "prélever et analyser l'eau de ballast des navires et repérer les espèces aquatiques "
     "envahissantes dans le port.",
     ("eaux de ballast", "espèces envahissantes", "ports", "transport maritime"), ("CG",),
     "2024-02"),
    ("x27", "case-study", "es",
     "El mejillón dorado en la cuenca del Plata: una invasión llegada en agua de lastre",
     "Traído de Asia en el agua de lastre de buques en los años noventa, el mejillón dorado "
     "obstruye tomas de agua y represas en los ríos Paraná y Uruguay; costos, control y "
     "prevención de nuevas introducciones.",
     ("especies exóticas invasoras", "agua de lastre", "mejillón dorado", "ríos"),
     ("AR", "UY", "PY", "BR"), "2020"),
    # --- used lubricating oils --------------------------------------------------------------------
    ("x28", "support-source", "en",
     "Offer: technical support to set up used oil collection and re-refining",
     "An association of re-refiners offers advice to governments on collecting waste "
     "lubricating oil from garages, banning its burning in kilns and bakeries, and licensing "
     "plants that re-refine it into base oil.",
     ("used oil", "waste oil", "re-refining", "hazardous waste"), (), "2021"),
    ("x29", "project", "fr",
     "Collecte et régénération des huiles usagées des garages d'Abidjan",
     "Installation de cuves de collecte dans 300 garages, traçabilité des enlèvements et "
     "construction d'une unité de régénération, pour en finir avec les huiles de vidange "
     "versées dans les caniveaux.",
     ("huiles usagées", "régénération", "déchets dangereux", "garages"), ("CI",), "2022"),
    ("x30", "document", "es",
     "Guía para el manejo ambientalmente racional de aceites lubricantes usados",
     "Almacenamiento en talleres, transporte autorizado, prohibición de su uso como "
     "combustible o para rociar caminos, y opciones de regeneración y coprocesamiento "
     "conforme a las directrices del Convenio de Basilea.",
     ("aceites usados", "lubricantes", "residuos peligrosos", "Convenio de Basilea"), (),
     "2020"),
)  # fmt: skip
