"""Clearing-house records of the thirteenth judged relevance set
(tests/search/relevance/queries13.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: Basel Convention and
e-waste pages on end-of-life solar photovoltaic panels, Rotterdam Convention and IMO-like
pages on antifouling paints (tributyltin and the ship hulls they are painted on), CBD
Clearing-House Mechanism pages on indigenous and community conserved areas ("territories of
life") and other effective area-based conservation measures (OECMs), plant-protection and
CBD invasive-species pages on the fall armyworm, SAICM and One Planet-like pages on
sustainable public procurement, CBD pages on botanic gardens and the ex situ conservation of
threatened plants, chemical-accident pages of INFOCAP-like emergency networks on fireworks
factories and depots, Montreal Protocol pages on halons (fire extinguishers and halon
banks), CMS/AEWA-like pages on lead ammunition and fishing weights that poison birds, and
CBD and ABS Clearing-House pages on marine biodiversity of areas beyond national
jurisdiction (the high seas treaty, marine genetic resources), with a committee matching
requests for assistance with offers (needs and offers on several of those topics). English,
French and Spanish, 10 records each, every topic written once in each language, so that a
query in one language has answers in the others. None of records.py, records3.py, ...,
records12.py is about these topics (their records were read, topic by topic, before these
were written; the nearest are the need on spent lithium-ion batteries of solar home
systems t25, the refrigerant recovery records t01-t03 (other ozone-depleting substances),
the integrated pest management records of records.py, the community protocols for
traditional knowledge n33, the ammonium nitrate and port emergency records of records5.py,
the lead paint records (lead in another product), the community seed banks p37 (ex situ
conservation of crops), the marine spatial planning records r25-r27 and the deep-sea mining
records of records8.py). No text was copied from those sites and none comes
from demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and
enriched with the project thesaurus exactly as the other records files' are, beside them and
the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (u01..u30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45), records8.py's (w01..w45), records9.py's (x01..x30), records10.py's (k01..k30),
records11.py's (m01..m30) or records12.py's (r01..r30); in queries13.tsv they are written
without prefix, like theirs, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- end-of-life solar panels -------------------------------------------------------------
    ("u01", "project", "en",
     "Take-back and recycling of end-of-life solar panels in India",
     "Rooftop and utility-scale photovoltaic plants installed a decade ago are reaching the "
     "end of their life. The project pilots collection points run by installers, a plant "
     "that separates the glass, aluminium frames and silicon cells, and rules on extended "
     "producer responsibility, so that broken modules containing lead and cadmium are not "
     "dumped or burnt with other e-waste.",
     ("solar panels", "photovoltaic waste", "e-waste", "recycling",
      "extended producer responsibility"), ("IN",), "2023"),
    ("u02", "document", "fr",
     "Panneaux photovoltaïques en fin de vie : lignes directrices pour leur gestion "
     "écologiquement rationnelle",
     "Les mini-réseaux et kits solaires installés dans les zones rurales du Sahel produisent "
     "des modules usagés ou cassés. Ce guide explique comment les collecter, les stocker à "
     "l'abri, distinguer les modules au silicium de ceux au tellurure de cadmium, et "
     "contrôler leurs exportations au titre de la Convention de Bâle.",
     ("panneaux solaires", "déchets photovoltaïques", "déchets électroniques",
      "Convention de Bâle", "gestion écologiquement rationnelle"), ("ML", "NE", "BF"), "2022"),
    ("u03", "need", "es",
     "Necesidad: gestión de paneles solares al final de su vida útil en Chile",
     "El Ministerio del Medio Ambiente solicita asistencia técnica para estimar cuántos "
     "módulos fotovoltaicos se retirarán de las plantas del desierto de Atacama hasta 2040 y "
     "diseñar un sistema de reciclaje bajo la ley de responsabilidad extendida del productor.",
     ("paneles solares", "residuos fotovoltaicos", "reciclaje",
      "responsabilidad extendida del productor"), ("CL",), "2024"),
    # --- antifouling paints ---------------------------------------------------------------------
    ("u04", "document", "en",
     "Tributyltin in antifouling paints: a decision guidance document",
     "Tributyltin (TBT) compounds were painted on ship hulls to stop barnacles and algae "
     "from growing. They cause imposex in sea snails and harm oysters at very low "
     "concentrations. The document sets out why TBT antifouling paints are listed for the "
     "prior informed consent procedure of the Rotterdam Convention and the controls of the "
     "IMO Anti-Fouling Systems Convention.",
     ("antifouling paints", "tributyltin", "Rotterdam Convention", "shipping"), (), "2019"),
    ("u05", "project", "fr",
     "Des peintures antisalissure sans étain pour les chantiers navals de Dakar",
     "Les petits chantiers qui carènent les pirogues et les chalutiers grattent encore des "
     "coques peintes au tributylétain sur la plage. Le projet forme les ouvriers à récupérer "
     "les écailles de peinture, teste des peintures sans biocide et mesure l'étain dans les "
     "sédiments du port.",
     ("peintures antisalissure", "tributylétain", "chantiers navals", "pollution marine"),
     ("SN",), "2021"),
    ("u06", "support-source", "es",
     "Oferta: análisis de compuestos organoestánnicos en sedimentos portuarios",
     "El laboratorio de química marina de una universidad ofrece a las autoridades "
     "portuarias de Centroamérica análisis de tributilestaño en sedimentos y moluscos y "
     "capacitación para la inspección de pinturas antiincrustantes en los cascos de los "
     "buques.",
     ("pinturas antiincrustantes", "tributilestaño", "sedimentos", "puertos"),
     ("PA", "CR", "GT", "HN"), "2022"),
    # --- indigenous and community conserved areas, OECMs ----------------------------------------
    ("u07", "document", "en",
     "Recognising territories of life: indigenous and community conserved areas in national "
     "reports",
     "Guidance for national focal points on how to report indigenous and community conserved "
     "areas (ICCAs) and other effective area-based conservation measures (OECMs) towards the "
     "30 by 30 target of the Kunming-Montreal Global Biodiversity Framework, with the free, "
     "prior and informed consent of the communities that govern them.",
     ("indigenous and community conserved areas", "OECMs", "indigenous peoples",
      "Global Biodiversity Framework", "national reports"), (), "2023"),
    ("u08", "project", "fr",
     "Forêts sacrées et aires du patrimoine communautaire au Bénin",
     "Les communautés gardiennes de forêts sacrées du sud du Bénin cartographient leurs "
     "bois, écrivent leurs règles coutumières et demandent leur reconnaissance comme aires "
     "du patrimoine autochtone et communautaire (APAC) ou comme autres mesures efficaces de "
     "conservation par zone (AMCE).",
     ("APAC", "forêts sacrées", "communautés locales", "autres mesures efficaces de "
      "conservation"), ("BJ",), "2022"),
    ("u09", "event", "es",
     "Encuentro de territorios de vida indígenas y comunitarios de Mesoamérica",
     "Autoridades indígenas de Panamá, Guatemala y México intercambian experiencias sobre "
     "la gobernanza de sus territorios conservados, los registros comunitarios y cómo se "
     "reconocen en los sistemas nacionales de áreas protegidas sin perder su autonomía.",
     ("territorios de vida", "áreas conservadas por pueblos indígenas y comunidades",
      "pueblos indígenas", "gobernanza"), ("PA", "GT", "MX"), "2024"),
    # --- fall armyworm --------------------------------------------------------------------------
    ("u10", "project", "en",
     "Fall armyworm: farmer field schools for maize growers in Zambia",
     "Since the invasive fall armyworm (Spodoptera frugiperda) reached Africa, maize yields "
     "in Zambia have suffered. Farmer field schools teach scouting of leaves, pheromone "
     "traps, push-pull intercropping and release of parasitoid wasps, so that farmers spray "
     "less and avoid highly hazardous insecticides.",
     ("fall armyworm", "invasive alien species", "maize", "integrated pest management",
      "farmer field schools"), ("ZM",), "2021"),
    ("u11", "document", "fr",
     "Chenille légionnaire d'automne : guide de reconnaissance et de lutte pour le Burkina "
     "Faso",
     "Fiche technique pour les agents de vulgarisation : reconnaître les larves et les "
     "dégâts sur le maïs et le sorgho, piéger les papillons, utiliser le neem et les "
     "biopesticides, et signaler les foyers au service de protection des végétaux.",
     ("chenille légionnaire d'automne", "ravageurs", "maïs", "espèces exotiques "
      "envahissantes", "biopesticides"), ("BF",), "2020"),
    ("u12", "need", "es",
     "Necesidad: vigilancia del gusano cogollero en los cultivos de maíz de Honduras",
     "El servicio de sanidad vegetal solicita trampas de feromonas, capacitación y una "
     "aplicación móvil para que los extensionistas registren los ataques del gusano "
     "cogollero y su resistencia a los insecticidas.",
     ("gusano cogollero", "plagas", "maíz", "sanidad vegetal"), ("HN",), "2023"),
    # --- sustainable public procurement ---------------------------------------------------------
    ("u13", "document", "en",
     "Sustainable public procurement of chemicals-safe products: a guide for buyers",
     "How ministries and hospitals can write tender criteria that exclude mercury devices, "
     "PVC and flame retardants, ask suppliers for safety data sheets and ecolabels, and "
     "report green purchases under the national action plan on sustainable consumption and "
     "production.",
     ("sustainable public procurement", "green purchasing", "ecolabels", "hazardous "
      "chemicals", "sustainable consumption and production"), (), "2022"),
    ("u14", "project", "fr",
     "Achats publics durables : le Maroc verdit les marchés des administrations",
     "Le projet aide l'administration à introduire des critères environnementaux dans les "
     "appels d'offres : papier recyclé, fournitures sans substances dangereuses, "
     "éclairage efficace, véhicules propres, et forme les acheteurs publics.",
     ("achats publics durables", "marchés publics", "consommation et production durables"),
     ("MA",), "2021"),
    ("u15", "support-source", "es",
     "Oferta: asesoría en compras públicas sostenibles para municipios",
     "Una red regional de compras públicas ofrece a los municipios de América Latina "
     "modelos de pliegos, criterios ambientales y sociales y talleres para comprar "
     "productos de limpieza y mobiliario escolar libres de sustancias peligrosas.",
     ("compras públicas sostenibles", "contratación pública", "sustancias peligrosas",
      "municipios"), ("CO", "PE", "CL", "UY"), "2023"),
    # --- botanic gardens and ex situ conservation -----------------------------------------------
    ("u16", "project", "en",
     "Botanic gardens as arks: ex situ conservation of threatened trees of Madagascar",
     "A network of botanic gardens keeps living collections and seed bank samples of "
     "threatened baobabs, palms and endemic hardwoods, propagates them in nurseries and "
     "returns seedlings to restored forest sites, under the Global Strategy for Plant "
     "Conservation.",
     ("botanic gardens", "ex situ conservation", "threatened species", "seed banks",
      "plant conservation"), ("MG",), "2022"),
    ("u17", "document", "fr",
     "Jardins botaniques et conservation des plantes menacées d'Afrique centrale",
     "Inventaire des collections vivantes des jardins botaniques du Cameroun, du Gabon et de "
     "la RD Congo : espèces menacées cultivées, banques de graines, échanges de matériel "
     "végétal et accords d'accès et de partage des avantages qui les encadrent.",
     ("jardins botaniques", "conservation ex situ", "espèces menacées",
      "accès et partage des avantages"), ("CM", "GA", "CD"), "2021"),
    ("u18", "need", "es",
     "Necesidad: banco de semillas del jardín botánico para cactáceas amenazadas",
     "El jardín botánico regional de Oaxaca solicita apoyo para equipar un banco de "
     "semillas y un vivero de propagación de cactos y agaves amenazados por la extracción "
     "ilegal, y para reintroducirlos en su hábitat.",
     ("jardines botánicos", "conservación ex situ", "cactáceas", "especies amenazadas",
      "bancos de semillas"), ("MX",), "2024"),
    # --- fireworks accidents --------------------------------------------------------------------
    ("u19", "document", "en",
     "Lessons learned from fireworks warehouse explosions",
     "A review of explosions at fireworks factories and storage depots in residential "
     "areas: how small amounts of flash powder set off mass explosions, why licensing, "
     "separation distances and stock limits matter, and how emergency services should "
     "approach a burning pyrotechnics store.",
     ("fireworks", "chemical accidents", "explosives", "land-use planning",
      "emergency response"), (), "2020"),
    ("u20", "event", "fr",
     "Exercice de crise : incendie dans un dépôt d'artifices en périphérie d'Abidjan",
     "Simulation conjointe des pompiers, de la protection civile et de la mairie avant les "
     "fêtes de fin d'année : évacuation du quartier, périmètre de sécurité et "
     "communication aux riverains en cas d'explosion d'un stock de feux d'artifice.",
     ("feux d'artifice", "accidents chimiques", "exercice", "plan d'urgence"), ("CI",),
     "2023-11"),
    ("u21", "need", "es",
     "Necesidad: inspección de talleres de pirotecnia en Tultepec",
     "Protección civil del Estado de México solicita capacitación para inspeccionar los "
     "talleres familiares de pirotecnia, almacenar la pólvora con seguridad y reducir las "
     "explosiones que cada año causan muertes en el mercado de cohetes.",
     ("pirotecnia", "accidentes químicos", "explosivos", "inspección"), ("MX",), "2022"),
    # --- halons ---------------------------------------------------------------------------------
    ("u22", "document", "en",
     "Managing halon banks: fire protection after the halon phase-out",
     "Halons are ozone-depleting substances still kept in fire extinguishers and fixed "
     "fire-suppression systems of aircraft, ships and control rooms. The guide explains "
     "how to inventory a national halon bank, recover and recycle halon 1211 and 1301, and "
     "choose alternatives under the Montreal Protocol.",
     ("halons", "fire extinguishers", "ozone-depleting substances", "Montreal Protocol"),
     (), "2021"),
    ("u23", "project", "fr",
     "Récupération des halons des extincteurs de l'aviation civile tunisienne",
     "L'unité nationale ozone collecte les extincteurs au halon retirés des aéroports et "
     "des navires, les stocke dans une banque de halons et forme les techniciens de la "
     "protection incendie à la récupération et au recyclage.",
     ("halons", "extincteurs", "substances appauvrissant la couche d'ozone",
      "protection incendie"), ("TN",), "2020"),
    ("u24", "support-source", "es",
     "Oferta: equipos de recuperación de halones para las unidades nacionales de ozono",
     "Un fondo regional ofrece a las unidades de ozono del Caribe equipos para recuperar "
     "halones de extintores y sistemas de extinción fijos, y asistencia para registrar las "
     "existencias.",
     ("halones", "extintores", "sustancias que agotan la capa de ozono",
      "Protocolo de Montreal"), ("JM", "TT", "DO", "CU"), "2022"),
    # --- lead ammunition and fishing weights ----------------------------------------------------
    ("u25", "document", "en",
     "Lead poisoning of waterbirds and raptors from spent ammunition and fishing weights",
     "Ducks and swans swallow spent lead shot in wetlands; eagles and condors eat carcasses "
     "with lead bullet fragments. The review gathers blood lead surveys and sets out the "
     "phase-out of lead shot over wetlands and of lead fishing sinkers agreed under the "
     "migratory species conventions.",
     ("lead poisoning", "lead ammunition", "waterbirds", "birds of prey", "wetlands"),
     (), "2021"),
    ("u26", "project", "fr",
     "Fin de la grenaille de plomb dans les zones humides de Camargue",
     "Les chasseurs passent aux munitions sans plomb ; le projet mesure le plomb dans le "
     "sang des flamants et des canards soignés au centre de sauvegarde et suit la "
     "grenaille restée dans les sédiments des étangs.",
     ("saturnisme", "munitions au plomb", "oiseaux d'eau", "zones humides", "chasse"),
     ("FR",), "2022"),
    ("u27", "need", "es",
     "Necesidad: análisis de plomo en sangre de cóndores andinos",
     "Un centro de rescate de fauna de Argentina solicita equipos y protocolos para "
     "medir el plomo en la sangre de los cóndores intoxicados por fragmentos de munición "
     "en las carcasas que dejan los cazadores.",
     ("intoxicación por plomo", "munición de plomo", "cóndor andino", "aves carroñeras"),
     ("AR",), "2023"),
    # --- high seas / marine biodiversity beyond national jurisdiction ---------------------------
    ("u28", "document", "en",
     "The high seas treaty explained: marine biodiversity beyond national jurisdiction",
     "A briefing on the BBNJ Agreement: marine protected areas on the high seas, "
     "environmental impact assessment of activities beyond national jurisdiction, sharing "
     "the benefits of marine genetic resources and their digital sequence information, and "
     "capacity building and transfer of marine technology.",
     ("high seas", "BBNJ", "marine biodiversity", "marine genetic resources",
      "marine protected areas"), (), "2023"),
    ("u29", "event", "fr",
     "Atelier régional sur la ratification de l'accord sur la haute mer",
     "Les pays côtiers d'Afrique de l'Ouest examinent ce que l'accord sur la biodiversité "
     "des zones ne relevant pas de la juridiction nationale change pour la recherche sur "
     "les ressources génétiques marines, le partage des avantages et les aires marines "
     "protégées au large.",
     ("haute mer", "BBNJ", "ressources génétiques marines", "partage des avantages"),
     ("SN", "CV", "GH", "CI"), "2024-02"),
    ("u30", "need", "es",
     "Necesidad: formación en recursos genéticos marinos de alta mar para el Pacífico Sur",
     "Ecuador, Perú y Chile solicitan becas y cursos sobre la toma de muestras en alta mar, "
     "el registro de secuencias de organismos marinos y las obligaciones del nuevo acuerdo "
     "sobre la biodiversidad fuera de la jurisdicción nacional.",
     ("alta mar", "recursos genéticos marinos", "biodiversidad marina",
      "creación de capacidad"), ("EC", "PE", "CL"), "2024"),
)  # fmt: skip
