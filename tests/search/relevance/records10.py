"""Clearing-house records of the tenth judged relevance set (tests/search/relevance/queries10.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: One Health and
antimicrobial-resistance pages of health and agriculture ministries (antibiotics on farms and
in fish farming), nutrient-pollution pages of environment agencies (nitrate from fertilizers),
IMO-like and Abidjan/Cartagena Convention pages on oil spill preparedness and response, the
CMS and CBD pages on wildlife health (amphibian chytrid, avian influenza in wild animals), CBD
Clearing-House Mechanism pages on citizen science and biodiversity monitoring, on gender
action plans and on national clearing-house and environmental information systems, Basel
Convention-like pages on textile waste and second-hand clothing, FAO/CBD-like pages on
agroforestry and silvopastoral systems, and SAICM/chemical-safety pages for small and
medium-sized enterprises, with a committee matching requests for assistance with offers
(needs on several of those topics). English, French and Spanish, 10 records each, every topic
written once in each language, so that a query in one language has answers in the others.
None of records.py, records3.py, records4.py, records5.py, records6.py, records7.py,
records8.py or records9.py is about these topics (their records were read, topic by topic,
before these were written; the nearest are the antibiotic residues downstream of drug
factories, v10, the algal blooms of w40-w42, the oil-polluted soils of v28-v30, the bushmeat
and zoonoses records q37-q39, the volunteer waterbird counts v04, the shaded coffee farms n30
and farmer-managed regeneration v16). No text was copied from those sites and none comes from
demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and enriched with
the project thesaurus exactly as the other records files' are, beside them and the real
fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (k01..k30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45), records8.py's (w01..w45) or records9.py's (x01..x30); in queries10.tsv they are
written without prefix, like theirs, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- antimicrobial resistance, antibiotics in animal farming, One Health ----------------------
    ("k01", "project", "en",
     "Cutting antibiotic use on poultry and pig farms in the Mekong Delta",
     "Farmers are trained to stop adding antibiotics to feed as growth promoters, to vaccinate "
     "and keep their barns clean, and village vets record every treatment; samples from farms "
     "and markets track resistant E. coli. A One Health project of the ministries of "
     "agriculture and health.",
     ("antimicrobial resistance", "antibiotics", "livestock", "One Health"), ("VN",), "2023"),
    ("k02", "document", "fr",
     "Une seule santé : plan d'action national de lutte contre la résistance aux "
     "antimicrobiens du Sénégal",
     "Le plan réunit santé humaine, santé animale et environnement : surveillance des "
     "bactéries résistantes dans les hôpitaux, les élevages et les eaux usées, encadrement de "
     "la vente d'antibiotiques sans ordonnance et sensibilisation des éleveurs et des "
     "vétérinaires.",
     ("résistance aux antimicrobiens", "Une seule santé", "antibiotiques", "élevage"), ("SN",),
     "2022"),
    ("k03", "need", "es",
     "Necesidad: vigilancia de la resistencia a los antimicrobianos en la salmonicultura del sur "
     "de Chile",
     "El servicio de pesca solicita apoyo de laboratorio para medir bacterias resistentes y "
     "residuos de antibióticos en los sedimentos bajo las jaulas de salmón, donde se usa "
     "florfenicol en grandes cantidades contra la piscirickettsiosis.",
     ("resistencia a los antimicrobianos", "antibióticos", "acuicultura", "salmones"), ("CL",),
     "2024-03"),
    # --- nitrogen and nitrate pollution from fertilizers and manure -------------------------------
    ("k04", "dataset", "en",
     "Nitrate in village drinking-water wells under intensive farming in Punjab, 2019-2023",
     "Nitrate measured twice a year in 380 village wells, beside the nitrogen fertilizer "
     "applied per hectare in the surrounding wheat and rice fields; a third of the wells "
     "exceed 50 mg/L, the limit set to protect infants.",
     ("nitrate", "nitrogen fertilizers", "drinking water", "agricultural pollution"), ("IN",),
     "2023"),
    ("k05", "case-study", "fr",
     "Marées vertes en Bretagne : les nitrates agricoles en cause",
     "Dans les baies de Saint-Brieuc et de Lannion, les ulves s'accumulent chaque été sur les "
     "plages, nourries par les nitrates des engrais et des lisiers d'élevage ; le gaz toxique "
     "dégagé par leur décomposition, les plans de réduction des fuites d'azote et leurs "
     "résultats après quinze ans.",
     ("nitrates", "pollution azotée", "algues vertes", "agriculture intensive"), ("FR",),
     "2021"),
    ("k06", "document", "es",
     "Guía de buenas prácticas para el uso eficiente de fertilizantes nitrogenados",
     "Cómo calcular la dosis de nitrógeno según el cultivo y el análisis de suelo, fraccionar "
     "la urea, usar inhibidores de la nitrificación y rotar con leguminosas, para reducir las "
     "pérdidas de nitratos hacia ríos y acuíferos y de óxido nitroso hacia la atmósfera.",
     ("fertilizantes nitrogenados", "contaminación por nitrógeno", "nitratos",
      "buenas prácticas agrícolas"), (), "2022"),
    # --- oil spills at sea: preparedness and response ---------------------------------------------
    ("k07", "document", "en",
     "Preparing a national oil spill contingency plan: guidance for coastal States",
     "Tiered response and who is in charge at sea and on the shore, stockpiles of booms, "
     "skimmers and dispersants, sensitivity maps of beaches and mangroves, and mutual aid "
     "between neighbouring countries under the OPRC Convention.",
     ("oil spills", "contingency planning", "marine pollution", "emergency preparedness"), (),
     "2020"),
    ("k08", "case-study", "fr",
     "Marée noire du Wakashio à Maurice : retour d'expérience",
     "Échoué sur le récif de Pointe d'Esny en 2020, le vraquier a déversé près de mille tonnes "
     "de fioul dans le lagon ; barrages flottants fabriqués par les habitants avec de la "
     "paille de canne, nettoyage des mangroves et des plages, suivi des coraux et des pêcheurs.",
     ("marée noire", "déversements d'hydrocarbures", "pollution marine", "lagons"), ("MU",),
     "2022"),
    ("k09", "event", "es",
     "Simulacro regional de respuesta a derrames de petróleo en el mar Caribe",
     "Guardacostas, autoridades portuarias y empresas petroleras de Colombia, Panamá y Costa "
     "Rica ensayan el despliegue de barreras de contención, el uso de dispersantes y la "
     "protección de la costa ante el derrame de un buque tanque frente a Cartagena.",
     ("derrames de petróleo", "contaminación marina", "preparación para emergencias",
      "buques tanque"), ("CO", "PA", "CR"), "2024-09"),
    # --- wildlife diseases ------------------------------------------------------------------------
    ("k10", "project", "en",
     "Saving Panama's frogs from the chytrid fungus",
     "Captive colonies of golden frogs and other species wiped out in the wild by "
     "chytridiomycosis, a fungal disease spread around the world by the amphibian trade; field "
     "surveys of infection and trials of protective skin bacteria before reintroduction.",
     ("amphibians", "chytridiomycosis", "wildlife diseases", "threatened species"), ("PA",),
     "2021"),
    ("k11", "document", "fr",
     "Surveillance sanitaire de la faune sauvage : guide pour les agents des aires protégées",
     "Que faire devant des animaux trouvés morts : signaler, prélever sans se contaminer, "
     "envoyer les échantillons au laboratoire vétérinaire ; les maladies à surveiller "
     "(influenza aviaire chez les oiseaux d'eau, fièvre charbonneuse chez les hippopotames, "
     "rage, Ebola chez les grands singes) et le risque de transmission à l'homme.",
     ("santé de la faune sauvage", "maladies de la faune", "zoonoses", "aires protégées"), (),
     "2023"),
    ("k12", "need", "es",
     "Necesidad: vigilancia de la influenza aviar H5N1 en aves marinas y lobos marinos del "
     "litoral peruano",
     "Tras la muerte de miles de pelícanos, piqueros y lobos marinos, el servicio de fauna "
     "silvestre pide equipos de protección, kits de muestreo y capacitación para detectar el "
     "virus y retirar los cadáveres de las playas y las islas guaneras.",
     ("influenza aviar", "enfermedades de la fauna silvestre", "aves marinas", "lobos marinos"),
     ("PE",), "2024-02"),
    # --- citizen science and biodiversity monitoring ----------------------------------------------
    ("k13", "project", "en",
     "Kenya Bird Map: volunteers filling in the national bird atlas",
     "More than 600 birdwatchers send their lists for each 9 x 9 km square from a phone app; "
     "the records, checked by regional experts, feed the national red list and the "
     "biodiversity indicators of the country.",
     ("citizen science", "birds", "biodiversity monitoring", "atlases"), ("KE",), "2022"),
    ("k14", "event", "fr",
     "BioBlitz participatif au parc national de La Réunion",
     "Pendant 24 heures, habitants, classes et naturalistes amateurs inventorient plantes, "
     "insectes et oiseaux aux côtés de spécialistes ; les observations photographiées sont "
     "validées puis versées à l'inventaire national du patrimoine naturel.",
     ("sciences participatives", "inventaire de la biodiversité", "BioBlitz",
      "parcs nationaux"), ("RE",), "2024-10"),
    ("k15", "document", "es",
     "Guía de ciencia ciudadana para el monitoreo de mariposas en áreas protegidas",
     "Cómo organizar recorridos fijos con voluntarios, identificar las especies con "
     "fotografías, registrar los conteos en una plataforma en línea y usar los datos para "
     "seguir los efectos del clima y del uso del suelo sobre las mariposas.",
     ("ciencia ciudadana", "mariposas", "monitoreo de la biodiversidad", "voluntariado"), (),
     "2023"),
    # --- gender and environment -------------------------------------------------------------------
    ("k16", "document", "en",
     "Mainstreaming gender in national biodiversity strategies and action plans",
     "How to apply the Gender Plan of Action of the Convention on Biological Diversity: the "
     "roles of women in managing seeds, forests and fisheries, their access to land and to "
     "benefits, indicators broken down by sex, and budgeting for gender equality.",
     ("gender", "women", "biodiversity strategies", "Convention on Biological Diversity"), (),
     "2022"),
    ("k17", "document", "fr",
     "Plan d'action national genre et changements climatiques de la Côte d'Ivoire",
     "Le plan fixe la place des femmes dans l'adaptation de l'agriculture, leur accès à "
     "l'énergie, à la terre et au crédit, leur participation aux comités de gestion des "
     "forêts, et des indicateurs ventilés par sexe pour en suivre la mise en œuvre.",
     ("genre", "égalité des sexes", "femmes", "changements climatiques"), ("CI",), "2021"),
    ("k18", "case-study", "es",
     "Mujeres y equidad de género en las juntas comunitarias de agua del altiplano de Guatemala",
     "Las juntas de agua de cuarenta comunidades mayas reservaron la mitad de sus cargos a "
     "mujeres: capacitación en mantenimiento de los sistemas, tarifas y cuidado de las "
     "fuentes, y lo que cambió en la participación y en el tiempo dedicado a acarrear agua.",
     ("género", "mujeres", "agua potable", "participación comunitaria"), ("GT",), "2023"),
    # --- national environmental information systems and clearing-house nodes ----------------------
    ("k19", "need", "en",
     "Need: setting up a national environmental information system in Lesotho",
     "The environment ministry asks for help to design a shared database and web portal where "
     "agencies publish water, land, air and biodiversity data with common metadata standards, "
     "the indicators of the state of the environment report, and open access for the public.",
     ("environmental information systems", "environmental data", "open data",
      "state of the environment reporting"), ("LS",), "2024-05"),
    ("k20", "document", "fr",
     "Créer le centre d'échange national : guide pour les correspondants du mécanisme "
     "d'échange",
     "Étapes pour mettre en ligne le site national du mécanisme d'échange d'informations de la "
     "Convention sur la diversité biologique : contenus, gestion des données, "
     "interopérabilité avec le portail central et partage d'informations entre institutions.",
     ("mécanisme d'échange", "partage d'informations", "systèmes d'information",
      "Convention sur la diversité biologique"), (), "2021"),
    ("k21", "project", "es",
     "Sistema Nacional de Información Ambiental del Perú: datos abiertos e indicadores",
     "Modernización del SINIA: un catálogo de datos abiertos con metadatos normalizados, "
     "tableros de indicadores de calidad del aire y del agua, mapas de deforestación y "
     "servicios web para que los gobiernos regionales publiquen su información.",
     ("sistemas de información ambiental", "datos abiertos", "indicadores ambientales",
      "metadatos"), ("PE",), "2022"),
    # --- textile waste and second-hand clothing ---------------------------------------------------
    ("k22", "case-study", "en",
     "Kantamanto: where the world's second-hand clothes end up in Accra",
     "Millions of used garments arrive each week in bales; what cannot be resold is dumped at "
     "the Kpone landfill, burned, or washed into the sea, where tangles of textile waste "
     "cover the beaches; the traders' proposals for a fee paid by fashion brands.",
     ("textile waste", "second-hand clothing", "fast fashion", "extended producer "
      "responsibility"), ("GH",), "2023"),
    ("k23", "document", "fr",
     "Collecte et recyclage des textiles usagés : guide pour une filière à responsabilité "
     "élargie du producteur",
     "Points de collecte des vêtements, du linge et des chaussures usagés, tri pour le "
     "réemploi, effilochage et recyclage en fibres, et obligations des marques de la mode "
     "pour financer la filière.",
     ("déchets textiles", "vêtements usagés", "recyclage", "responsabilité élargie du "
      "producteur"), (), "2022"),
    ("k24", "need", "es",
     "Necesidad: retirar la ropa desechada acumulada en el desierto de Atacama",
     "El municipio de Alto Hospicio solicita apoyo técnico y financiero para retirar y "
     "clasificar miles de toneladas de ropa usada importada por la zona franca de Iquique y "
     "abandonada en basurales ilegales del desierto, donde se quema con frecuencia.",
     ("residuos textiles", "ropa usada", "basurales ilegales", "quemas"), ("CL",), "2024-04"),
    # --- agroforestry and silvopastoral systems ---------------------------------------------------
    ("k25", "project", "en",
     "Shade trees back into the cocoa farms of western Ghana",
     "Cocoa agroforestry: farmers plant and register native timber and fruit trees among "
     "their cocoa, which shelter the crop from heat, store carbon and give birds a home; a "
     "reform of tree tenure lets them own the trees they plant.",
     ("agroforestry", "cocoa", "shade trees", "climate change mitigation"), ("GH",), "2022"),
    ("k26", "document", "fr",
     "Les parcs agroforestiers du Sahel : karité, néré et Faidherbia albida",
     "Guide pour les services agricoles : la régénération des arbres dans les champs de mil "
     "et de sorgho, la fertilité que Faidherbia albida apporte au sol, la récolte des noix de "
     "karité et des gousses de néré, et les règles d'émondage.",
     ("agroforesterie", "parcs arborés", "karité", "Faidherbia albida"), ("BF", "ML", "NE"),
     "2020"),
    ("k27", "case-study", "es",
     "Sistemas silvopastoriles en las fincas ganaderas del Cesar, Colombia",
     "Fincas que sembraron leucaena y árboles nativos en los potreros y cercas vivas: más "
     "forraje en la sequía, menos erosión, sombra para el ganado y regreso de las aves; costos "
     "y resultados tras cinco años.",
     ("sistemas silvopastoriles", "agroforestería", "ganadería", "cercas vivas"), ("CO",),
     "2021"),
    # --- chemical safety in small and medium-sized enterprises ------------------------------------
    ("k28", "document", "en",
     "Chemical safety toolkit for small and medium-sized enterprises",
     "Plain-language sheets for dry cleaners, electroplating shops, car body repairers and "
     "furniture workshops: reading safety data sheets, storing solvents, ventilation, "
     "protective equipment and replacing perchloroethylene and other hazardous chemicals.",
     ("small and medium-sized enterprises", "chemical safety", "occupational health",
      "solvents"), (), "2021"),
    ("k29", "project", "fr",
     "Accompagner les pressings et teintureries de Tunis vers des produits moins dangereux",
     "Diagnostics gratuits dans soixante petites entreprises de nettoyage à sec, de teinture "
     "et de peinture : inventaire des produits chimiques utilisés, stockage, fiches de données "
     "de sécurité et remplacement du perchloroéthylène.",
     ("petites et moyennes entreprises", "produits chimiques dangereux", "substitution",
      "santé au travail"), ("TN",), "2023"),
    ("k30", "need", "es",
     "Necesidad: capacitación en seguridad química para pequeñas empresas de Quito",
     "La secretaría de ambiente pide apoyo para formar a tintorerías, talleres de pintura "
     "automotriz y galvanoplastias en el manejo de solventes y ácidos, el almacenamiento "
     "seguro y la disposición de sus residuos.",
     ("pequeñas y medianas empresas", "seguridad química", "solventes", "salud ocupacional"),
     ("EC",), "2024-01"),
)  # fmt: skip
