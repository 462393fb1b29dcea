"""Clearing-house records of the fifteenth judged relevance set
(tests/search/relevance/queries15.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CMS and CBD-like pages
on dugongs and their seagrass pastures, CITES pages on rescue and rehabilitation centres for
confiscated live animals, on rosewood (Dalbergia) timber and on wild orchids in trade,
chemical-accident pages on ammonia leaks at cold stores and ice plants, UNCCD pages
on the Great Green Wall of the Sahel, Ramsar pages on the Wetland City Accreditation,
Biosafety Clearing-House pages on the contained use of living modified organisms in
laboratories, coral-reef and chemicals pages on sunscreen filters (oxybenzone) and Minamata
Convention pages on mercury-added lamps (fluorescent lamps), with a committee matching
requests for assistance with offers (needs and offers on several of those topics). English,
French and Spanish, 10 records each, every topic written once in each language, so that a
query in one language has answers in the others. None of records.py, records3.py, ...,
records14.py is about these topics (their records were read, topic by topic, before these
were written; the nearest are the seagrass meadows and blue carbon record of records7.py
(v40), the illegal wildlife trade, customs and shark fin seizure records of records7.py, the
illegal logging records of records11.py, the online wildlife trade record of records12.py
(r10, reptiles and songbirds), the dryland restoration and farmer-managed natural
regeneration records, the urban biodiversity and green corridor records of records8.py, the
risk assessment of genetically modified organisms released into the environment, the coral
bleaching and reef restoration records of records6.py, the mercury-added products guide of
records3.py (n02, which names fluorescent lamps among other products), the refrigerant
recovery and HFC records (other refrigeration subjects) and the chemical accident records of
records5.py and records13.py). No text was copied from those sites and none comes from
demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and enriched with
the project thesaurus exactly as the other records files' are, beside them and the real
fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (o01..o30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45), records8.py's (w01..w45), records9.py's (x01..x30), records10.py's (k01..k30),
records11.py's (m01..m30), records12.py's (r01..r30), records13.py's (u01..u30) or
records14.py's (j01..j30); in queries15.tsv they are written without prefix, like theirs, and
take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- dugongs ---------------------------------------------------------------------------------
    ("o01", "project", "en",
     "Protecting dugongs and their seagrass pastures in the Bazaruto Archipelago",
     "The last viable dugong population of the East African coast feeds on the seagrass beds "
     "between the islands of Bazaruto National Park, Mozambique. The project pays fishers to "
     "report and release dugongs caught in gillnets, replaces gillnets with line fishing in "
     "the feeding areas and surveys the animals from the air twice a year.",
     ("dugongs", "marine mammals", "seagrass", "bycatch", "marine protected areas"), ("MZ",),
     "2022"),
    ("o02", "document", "fr",
     "Dugongs et herbiers marins : guide de suivi participatif pour le lagon de Nouvelle-Calédonie",
     "Ce guide destiné aux pêcheurs, plaisanciers et gardes du lagon explique comment "
     "reconnaître un dugong, noter les observations et les carcasses, mesurer l'état des "
     "herbiers où il broute et signaler les collisions avec les bateaux. Il rappelle que "
     "l'espèce est protégée et que sa chasse est interdite.",
     ("dugongs", "herbiers marins", "mammifères marins", "suivi participatif"), ("NC",),
     "2021"),
    ("o03", "document", "es",
     "Memorando de entendimiento sobre la conservación de los dugongos: resumen para los "
     "puntos focales",
     "El memorando firmado bajo la Convención sobre las Especies Migratorias (CMS) reúne a "
     "los países del área de distribución del dugongo, del mar Rojo al Pacífico. El resumen "
     "explica el plan de conservación, las encuestas sobre captura incidental en redes de "
     "pesca y cómo proteger las praderas de pastos marinos de las que se alimenta.",
     ("dugongos", "mamíferos marinos", "especies migratorias", "pastos marinos",
      "captura incidental"), (), "2020"),
    # --- wildlife rescue and rehabilitation centres -----------------------------------------------
    ("o04", "need", "en",
     "Need: a rescue centre for confiscated parrots and primates in Cameroon",
     "Customs and wildlife officers in Douala seize live African grey parrots, chimpanzees "
     "and monkeys from traffickers every month, but have nowhere to keep them. The ministry "
     "asks for support to build quarantine rooms and aviaries, train veterinarians and "
     "keepers, and set rules for returning rehabilitated animals to the wild.",
     ("wildlife rescue centres", "confiscated live animals", "illegal wildlife trade",
      "animal welfare"), ("CM",), "2024"),
    ("o05", "document", "fr",
     "Centres de sauvetage et de réhabilitation de la faune : normes de soins et de remise en "
     "liberté",
     "Que faire des animaux vivants saisis ? Ce document présente les options prévues par la "
     "CITES (renvoi dans le pays d'origine, placement en captivité, remise en liberté), les "
     "normes minimales des centres de sauvetage (quarantaine, soins vétérinaires, "
     "alimentation) et les étapes de la réhabilitation avant un relâcher.",
     ("centres de sauvetage de la faune", "animaux saisis", "réhabilitation", "CITES"), (),
     "2022"),
    ("o06", "project", "es",
     "Centro de rescate y rehabilitación de fauna silvestre decomisada en Santa Cruz",
     "El centro recibe monos, loros, tortugas y felinos decomisados por la policía forestal de "
     "Bolivia o entregados por familias que los tenían como mascotas. El proyecto financia la "
     "clínica veterinaria, recintos de rehabilitación y la liberación monitoreada de los "
     "animales aptos en áreas protegidas.",
     ("centros de rescate de fauna", "fauna decomisada", "rehabilitación de fauna",
      "tráfico de vida silvestre"), ("BO",), "2023"),
    # --- ammonia leaks at cold stores -------------------------------------------------------------
    ("o07", "case-study", "en",
     "Ammonia leak at a seafood cold store in Chittagong: lessons learned",
     "A valve on the refrigeration circuit of a shrimp processing and cold storage plant "
     "failed at night and released several hundred kilograms of ammonia; workers and "
     "neighbours were taken to hospital with burns to the eyes and lungs. The case study "
     "covers the missing gas detectors, the evacuation, what the fire brigade lacked and the "
     "inspection rules adopted afterwards.",
     ("ammonia", "chemical accidents", "cold storage", "industrial refrigeration",
      "emergency response"), ("BD",), "2021"),
    ("o08", "document", "fr",
     "Fuites d'ammoniac dans les entrepôts frigorifiques : fiche de prévention",
     "L'ammoniac, fluide frigorigène des grandes installations de froid industriel, est "
     "toxique et inflammable. La fiche décrit la détection des fuites, la ventilation des "
     "salles des machines, les équipements de protection respiratoire, le plan d'urgence "
     "avec les pompiers et l'information des riverains.",
     ("ammoniac", "accidents chimiques", "entrepôts frigorifiques", "prévention"), (), "2023"),
    ("o09", "event", "es",
     "Simulacro de fuga de amoníaco en una planta de hielo del puerto de Manta",
     "Bomberos, la planta de hielo y procesamiento de atún, el hospital y el municipio de "
     "Manta, Ecuador, ensayaron la respuesta a una fuga de amoníaco del sistema de "
     "refrigeración: alarma, evacuación de los barrios vecinos, atención de intoxicados y "
     "control de la nube tóxica.",
     ("amoníaco", "accidentes químicos", "simulacros", "refrigeración industrial"), ("EC",),
     "2024"),
    # --- rosewood (Dalbergia) ---------------------------------------------------------------------
    ("o10", "document", "en",
     "Rosewood timber under CITES: identifying Dalbergia logs and sawn wood at export",
     "All rosewood species of the genus Dalbergia are listed in the CITES Appendices after a "
     "surge of exports for luxury furniture. The guide shows inspectors how to tell rosewood "
     "from look-alike timbers by its colour, smell, fluorescence and wood anatomy, and which "
     "permits and exemptions apply to logs, sawn wood and finished products.",
     ("rosewood", "Dalbergia", "CITES", "timber trade", "wood identification"), (), "2020"),
    ("o11", "need", "fr",
     "Besoin : inventaire et traçabilité des stocks de bois de rose saisis à Madagascar",
     "Des milliers de rondins de bois de rose et de palissandre coupés illégalement dans les "
     "parcs du nord-est de Madagascar sont stockés sous séquestre. Le ministère sollicite une "
     "aide pour les compter, les marquer, vérifier leur origine par analyse génétique et "
     "décider de leur devenir selon les recommandations de la CITES.",
     ("bois de rose", "Dalbergia", "exploitation forestière illégale", "CITES",
      "saisies"), ("MG",), "2023"),
    ("o12", "case-study", "es",
     "Tala ilegal de palo de rosa en la selva del Petén",
     "La demanda asiática de muebles de palo de rosa (Dalbergia stevensonii y D. retusa) "
     "llevó a cortar árboles dentro de la Reserva de la Biosfera Maya, en Guatemala, y "
     "sacarlos por la frontera. El estudio describe las rutas, los decomisos y cómo la "
     "inclusión en la CITES cambió los controles.",
     ("palo de rosa", "Dalbergia", "tala ilegal", "comercio de madera", "CITES"), ("GT",),
     "2019"),
    # --- wild orchids in trade --------------------------------------------------------------------
    ("o13", "document", "en",
     "Orchids in trade: telling artificially propagated plants from wild-collected ones",
     "Nearly all orchids are listed in CITES Appendix II, and most of those sold across "
     "borders come from nurseries. The guide helps plant inspectors spot wild-collected "
     "orchids in a shipment (uneven sizes, damaged roots, bark or moss still attached, "
     "species never grown in nurseries) and explains the permits for flasked seedlings.",
     ("orchids", "CITES", "artificial propagation", "plant trade", "plant inspection"), (),
     "2021"),
    ("o14", "case-study", "fr",
     "Cueillette d'orchidées sauvages dans les forêts du nord du Laos",
     "Des villageois récoltent des orchidées épiphytes et terrestres dans les forêts de "
     "montagne pour les vendre sur les marchés frontaliers, comme plantes ornementales ou "
     "pour la médecine traditionnelle. L'étude de cas mesure le déclin de plusieurs espèces "
     "et décrit les premières pépinières villageoises qui les multiplient.",
     ("orchidées", "commerce de plantes sauvages", "surexploitation", "pépinières"),
     ("LA",), "2022"),
    ("o15", "need", "es",
     "Necesidad: vivero comunitario de orquídeas nativas en el Chocó para frenar la "
     "extracción",
     "Comunidades del Chocó, Colombia, piden apoyo técnico para propagar orquídeas nativas "
     "en laboratorio y vivero, obtener el registro como productores legales y vender plantas "
     "cultivadas en lugar de las arrancadas del bosque.",
     ("orquídeas", "viveros", "comercio de flora", "flora amenazada"), ("CO",), "2024"),
    # --- Great Green Wall -------------------------------------------------------------------------
    ("o16", "project", "en",
     "Great Green Wall in Senegal: village gardens and drought-tolerant trees in the Ferlo",
     "Along Senegal's stretch of the Great Green Wall, the project plants acacias, desert "
     "dates and jujube on fenced plots, sets up women's market gardens watered by boreholes "
     "and pays villages for protecting natural regrowth from livestock and fire.",
     ("Great Green Wall", "land restoration", "desertification", "agroforestry"), ("SN",),
     "2022"),
    ("o17", "event", "fr",
     "Forum des pays de la Grande Muraille Verte : financer la restauration des terres au "
     "Sahel",
     "Les onze pays de l'initiative de la Grande Muraille Verte, de Dakar à Djibouti, et "
     "leurs bailleurs font le point sur les hectares restaurés, les emplois créés et les "
     "fonds promis, et cherchent comment faire arriver l'argent jusqu'aux communes rurales.",
     ("Grande Muraille Verte", "restauration des terres", "désertification", "Sahel",
      "financement"), (), "2023"),
    ("o18", "document", "es",
     "La Gran Muralla Verde del Sahel: lecciones para la restauración de tierras secas",
     "Quince años después de su lanzamiento, la Gran Muralla Verde pasó de plantar una franja "
     "de árboles a apoyar mosaicos de restauración manejados por las comunidades. El "
     "documento resume lo que funcionó (regeneración natural, especies locales, mercados "
     "para sus productos) y lo que no, para los países de América Latina con tierras secas.",
     ("Gran Muralla Verde", "restauración de tierras", "desertificación", "tierras secas"),
     (), "2022"),
    # --- Wetland City Accreditation ---------------------------------------------------------------
    ("o19", "document", "en",
     "Wetland City Accreditation: how cities apply under the Ramsar Convention",
     "Cities close to wetlands that protect them and involve their inhabitants can be "
     "accredited as Wetland Cities for six years. The page sets out the criteria, the "
     "application through the national Ramsar focal point, the committee that reviews it "
     "and the reports expected from accredited cities.",
     ("Wetland City Accreditation", "Ramsar Convention", "urban wetlands", "cities"), (),
     "2023"),
    ("o20", "case-study", "fr",
     "Amiens, ville des zones humides : les hortillonnages au cœur de la ville",
     "Accréditée Ville des zones humides au titre de la Convention de Ramsar, Amiens protège "
     "ses hortillonnages, jardins flottants entourés de canaux, ainsi que les marais de la "
     "vallée de la Somme. L'étude de cas décrit la gestion avec les maraîchers, les "
     "associations et le public.",
     ("ville des zones humides", "zones humides urbaines", "Convention de Ramsar",
      "jardins"), ("FR",), "2022"),
    ("o21", "project", "es",
     "Valdivia, Ciudad Humedal: protección de los humedales urbanos",
     "Valdivia, en el sur de Chile, obtuvo la acreditación de Ciudad Humedal de la "
     "Convención de Ramsar. El proyecto declara humedales urbanos protegidos bajo la ley "
     "chilena, restaura riberas rellenadas con escombros y forma guardianes de humedales "
     "en las escuelas de los barrios.",
     ("Ciudad Humedal", "humedales urbanos", "Convención de Ramsar", "restauración"), ("CL",),
     "2024"),
    # --- contained use of LMOs --------------------------------------------------------------------
    ("o22", "document", "en",
     "Contained use of living modified organisms: containment levels for research laboratories",
     "Under the Cartagena Protocol, LMOs kept in laboratories, growth chambers and "
     "greenhouses behind physical barriers are in contained use. The guidance sets out four "
     "containment levels, the design of rooms and glasshouses, waste inactivation by "
     "autoclaving and the records an institutional biosafety committee must keep.",
     ("contained use", "living modified organisms", "laboratories", "biosafety"), (), "2021"),
    ("o23", "need", "fr",
     "Besoin : inspection des laboratoires d'utilisation confinée d'OGM au Burkina Faso",
     "L'Agence nationale de biosécurité du Burkina Faso demande une formation de ses "
     "inspecteurs et une liste de contrôle pour vérifier les laboratoires et serres où des "
     "moustiques et des plantes génétiquement modifiés sont manipulés en milieu confiné.",
     ("utilisation confinée", "OGM", "biosécurité", "inspection", "laboratoires"), ("BF",),
     "2023"),
    ("o24", "project", "es",
     "Registro de instalaciones de uso confinado de organismos vivos modificados en Costa Rica",
     "La comisión técnica de bioseguridad crea un registro de los laboratorios, "
     "invernaderos y bioterios donde se trabaja con OVM en uso confinado, con visitas de "
     "verificación y publicación de la lista en el Centro de Intercambio de Información "
     "sobre Seguridad de la Biotecnología.",
     ("uso confinado", "organismos vivos modificados", "bioseguridad", "laboratorios"),
     ("CR",), "2022"),
    # --- sunscreen chemicals and coral reefs ------------------------------------------------------
    ("o25", "document", "en",
     "Sunscreen chemicals and coral reefs: why Palau banned oxybenzone",
     "Palau was the first country to ban the sale of sunscreens containing oxybenzone, "
     "octinoxate and other UV filters that laboratory studies found to harm coral larvae. "
     "The brief reviews the evidence, the list of banned ingredients, the checks on "
     "products brought in by tourists and the mineral sunscreens recommended instead.",
     ("sunscreens", "oxybenzone", "UV filters", "coral reefs", "cosmetics"), ("PW",), "2020"),
    ("o26", "document", "fr",
     "Crèmes solaires et récifs coralliens : note pour les gestionnaires d'aires marines "
     "protégées",
     "Les filtres UV des crèmes solaires, comme l'oxybenzone, se retrouvent dans l'eau des "
     "lagons très fréquentés par les baigneurs. La note fait le point sur leurs effets sur "
     "les coraux, les mentions « protège les récifs » sans définition légale et les "
     "messages à donner aux touristes (vêtements anti-UV, crèmes minérales).",
     ("crèmes solaires", "filtres UV", "oxybenzone", "récifs coralliens", "tourisme"), (),
     "2022"),
    ("o27", "need", "es",
     "Necesidad: monitoreo de filtros solares en el agua de los cenotes y arrecifes de "
     "Quintana Roo",
     "El gobierno de Quintana Roo, México, solicita apoyo de laboratorio para medir "
     "oxibenzona y otros filtros UV de los protectores solares en cenotes y arrecifes muy "
     "visitados, y preparar una norma sobre protectores solares biodegradables en parques "
     "acuáticos.",
     ("protectores solares", "oxibenzona", "filtros UV", "arrecifes de coral", "monitoreo"),
     ("MX",), "2024"),
    # --- mercury-added lamps ----------------------------------------------------------------------
    ("o28", "support-source", "en",
     "Offer: collection and recycling of spent fluorescent lamps in Pacific island countries",
     "A regional waste programme offers crushing units with mercury vapour filters, training "
     "for municipal staff and shipping of the mercury-bearing powder to a licensed recycler, "
     "so that compact fluorescent lamps and tubes stop being dumped with household waste.",
     ("fluorescent lamps", "mercury-added products", "mercury waste", "recycling"),
     ("FJ", "WS", "TO", "VU"), "2023"),
    ("o29", "need", "fr",
     "Besoin : collecte des lampes fluorescentes usagées contenant du mercure en Côte d'Ivoire",
     "Depuis l'interdiction des lampes fluocompactes à l'importation, des stocks de lampes "
     "usagées s'accumulent dans les écoles, hôpitaux et administrations. Le ministère "
     "sollicite une aide pour les collecter, les stocker sans les casser et les faire "
     "traiter.",
     ("lampes fluorescentes", "mercure", "produits contenant du mercure ajouté",
      "déchets de mercure"), ("CI",), "2024"),
    ("o30", "document", "es",
     "Eliminación de las lámparas con mercurio añadido: guía para pasar a la iluminación LED",
     "La Convención de Minamata prohíbe la fabricación, importación y exportación de "
     "lámparas fluorescentes compactas y tubos fluorescentes lineales con mercurio. La guía "
     "ayuda a los gobiernos a fijar fechas, informar a los importadores, cambiar el "
     "alumbrado público a LED y recoger las lámparas usadas.",
     ("lámparas fluorescentes", "mercurio", "productos con mercurio añadido", "iluminación LED",
      "Convenio de Minamata"), (), "2022"),
)  # fmt: skip
