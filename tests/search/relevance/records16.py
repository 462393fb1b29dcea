"""Clearing-house records of the sixteenth judged relevance set
(tests/search/relevance/queries16.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CBD-like pages on oil
palm smallholders and on kelp forests, UNCCD pages on biochar for degraded soils and on cork
oak woodlands, ABS Clearing-House pages on argan and benefit-sharing with the women's
cooperatives of Morocco, CMS and CITES pages on the saiga antelope and its horn trade,
chemical-accident pages on hydrogen sulfide in sewers and on grain dust explosions in silos
and flour mills, Biosafety Clearing-House pages on genetically modified trees (eucalyptus,
poplar) and Minamata Convention pages on mercury emissions from crematoria, with a committee
matching requests for assistance with offers (needs and offers on several of those topics).
English, French and Spanish, 10 records each, every topic written once in each language, so
that a query in one language has answers in the others. None of records.py, records3.py, ...,
records15.py is about these topics (their records were read, title by title, and searched for
the topics' words in the three languages before these were written; the nearest are the
airtight grain silos against storage insects of records6.py, the chlorine leak of
records5.py, the fireworks explosions of records13.py, the ammonium nitrate storage of
records5.py, the dental amalgam phase-down of records3.py (n01), the sargassum strandings of
records8.py and the access and benefit-sharing records on other plants and places). No text
was copied from those sites and none comes from demo/generator.py. They are meant to be
harvested as ``oai_dc``-like records and enriched with the project thesaurus exactly as the
other records files' are, beside them and the real fixtures' records
(tests/mappings/golden/*.json) as one pool.

Ids (y01..y30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45), records8.py's (w01..w45), records9.py's (x01..x30), records10.py's (k01..k30),
records11.py's (m01..m30), records12.py's (r01..r30), records13.py's (u01..u30),
records14.py's (j01..j30) or records15.py's (o01..o30); in queries16.tsv they are written
without prefix, like theirs, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- oil palm smallholders -------------------------------------------------------------------
    ("y01", "project", "en",
     "Oil palm smallholders in Sabah: certified fruit without new forest clearing",
     "Independent smallholders who sell fresh fruit bunches to mills in Sabah, Malaysia, are "
     "grouped to obtain sustainable palm oil certification. Farmers map their plots, agree "
     "not to clear forest or drain peat, replant ageing palms with better seedlings and keep "
     "riparian strips along rivers for orangutans and hornbills.",
     ("oil palm", "smallholders", "sustainable palm oil", "deforestation-free supply chains",
      "certification"), ("MY",), "2023"),
    ("y02", "document", "fr",
     "Palmier à huile villageois : guide des bonnes pratiques pour les planteurs de Côte d'Ivoire",
     "Ce guide pour les petits planteurs de palmier à huile explique comment augmenter les "
     "rendements sur les parcelles existantes plutôt que défricher, protéger les bas-fonds et "
     "les forêts classées, limiter les herbicides et vendre les régimes à des huileries qui "
     "respectent une charte zéro déforestation.",
     ("palmier à huile", "petits planteurs", "huile de palme durable", "déforestation"),
     ("CI",), "2022"),
    ("y03", "need", "es",
     "Necesidad: asistencia técnica para pequeños productores de palma aceitera en Guatemala",
     "Cooperativas de pequeños productores de palma de aceite del Petén solicitan apoyo para "
     "cumplir las normas de cero deforestación que exigen los compradores: mapas de sus "
     "parcelas, trazabilidad de la fruta hasta la extractora y capacitación en manejo de "
     "suelos sin quemas.",
     ("palma aceitera", "pequeños productores", "aceite de palma sostenible",
      "trazabilidad"), ("GT",), "2024"),
    # --- biochar ---------------------------------------------------------------------------------
    ("y04", "document", "en",
     "Biochar for degraded soils: a guide for land restoration practitioners",
     "Biochar is charcoal made by heating crop residues or wood in low-oxygen kilns and worked "
     "into the soil. The guide explains when it raises the water-holding capacity and "
     "fertility of sandy, degraded soils, how to make it in simple kilns without smoke, how "
     "much to apply and what field trials in the drylands have shown.",
     ("biochar", "soil fertility", "land degradation", "sustainable land management"), (),
     "2021"),
    ("y05", "project", "fr",
     "Biochar et compost dans les champs de mil du bassin arachidier, Sénégal",
     "Des groupements de producteurs transforment les tiges de mil et les coques d'arachide en "
     "biochar dans des fours à pyrolyse villageois, le mélangent au compost et l'épandent sur "
     "des sols sableux appauvris. Les parcelles d'essai comparent les rendements et la "
     "matière organique du sol sur trois saisons.",
     ("biochar", "fertilité des sols", "restauration des terres", "compost"), ("SN",), "2022"),
    ("y06", "support-source", "es",
     "Oferta: hornos de biocarbón y capacitación para comunidades del Chaco paraguayo",
     "Una fundación ofrece hornos de pirólisis y cursos para producir biocarbón (biochar) a "
     "partir de restos de poda y aplicarlo en suelos degradados, a comunidades y "
     "municipios que combaten la degradación de tierras en el Chaco.",
     ("biocarbón", "biochar", "degradación de tierras", "suelos"), ("PY",), "2023"),
    # --- argan and benefit-sharing ---------------------------------------------------------------
    ("y07", "document", "en",
     "Argan oil and benefit-sharing: the women's cooperatives of the Souss valley",
     "A case study from the ABS Clearing-House: cosmetic companies using argan oil and "
     "compounds from the argan tree signed benefit-sharing agreements with women's "
     "cooperatives in Morocco, who hold the traditional knowledge of its extraction. The "
     "study describes prior informed consent, the payments and the replanting of the argan "
     "forest.",
     ("argan", "access and benefit-sharing", "traditional knowledge", "Nagoya Protocol",
      "women's cooperatives"), ("MA",), "2020"),
    ("y08", "document", "fr",
     "Arganier : permis d'accès et certificat de conformité reconnu au niveau international",
     "Fiche de l'autorité nationale compétente du Maroc : conditions d'accès aux ressources "
     "génétiques de l'arganier pour la recherche et l'industrie cosmétique, consentement "
     "préalable en connaissance de cause des coopératives et conditions convenues d'un "
     "commun accord, conformément au Protocole de Nagoya.",
     ("arganier", "accès et partage des avantages", "Protocole de Nagoya",
      "certificat de conformité"), ("MA",), "2021"),
    ("y09", "event", "es",
     "Taller sobre el argán y la distribución de beneficios con cooperativas de mujeres",
     "Taller regional para autoridades de acceso y beneficios de África del Norte y América "
     "Latina: la experiencia marroquí del aceite de argán, los acuerdos con empresas "
     "cosméticas y cómo aplicarla a otras plantas útiles con conocimientos tradicionales.",
     ("argán", "acceso y participación en los beneficios", "conocimientos tradicionales",
      "Protocolo de Nagoya"), ("MA",), "2023-10"),
    # --- saiga antelope --------------------------------------------------------------------------
    ("y10", "document", "en",
     "Saiga antelope: the medium-term international work programme under CMS",
     "The saiga antelope of the steppes of Kazakhstan, Mongolia, Russia and Uzbekistan "
     "recovered from poaching for its horn but lost most of a population to a mass die-off "
     "from bacterial infection in 2015. The programme of the range States covers "
     "anti-poaching, migration corridors free of fences, disease monitoring and the horn "
     "stockpiles.",
     ("saiga antelope", "migratory species", "poaching", "Convention on Migratory Species"),
     ("KZ", "MN", "RU", "UZ"), "2021"),
    ("y11", "document", "fr",
     "Corne de saïga dans le commerce : ce que prévoit la CITES",
     "L'antilope saïga est inscrite à l'Annexe II de la CITES, avec un quota zéro pour les "
     "spécimens sauvages. Cette note explique le contrôle des stocks de corne de saïga "
     "utilisés en médecine traditionnelle, le marquage et les saisies aux frontières.",
     ("saïga", "antilopes", "commerce des espèces sauvages", "CITES"), (), "2022"),
    ("y12", "need", "es",
     "Necesidad: collares satelitales para seguir la migración del antílope saiga en Mongolia",
     "El servicio de áreas protegidas de Mongolia pide collares GPS y formación de guardas "
     "para seguir las migraciones del saiga mongol, detectar la caza furtiva y decidir dónde "
     "abrir las vallas que cortan sus rutas.",
     ("antílope saiga", "especies migratorias", "caza furtiva", "seguimiento satelital"),
     ("MN",), "2024"),
    # --- kelp forests ----------------------------------------------------------------------------
    ("y13", "project", "en",
     "Restoring kelp forests off Tasmania after the sea urchin boom",
     "Warming waters let a sea urchin from the mainland spread south and graze the giant kelp "
     "forests of eastern Tasmania down to barren rock. Divers cull urchins, fishers are "
     "encouraged to take them for roe, and heat-tolerant kelp is grown in hatcheries and "
     "planted on the reefs.",
     ("kelp forests", "marine restoration", "sea urchins", "ocean warming"), ("AU",), "2022"),
    ("y14", "document", "fr",
     "Forêts de laminaires de Bretagne : état des lieux et gestion de la récolte",
     "Ce rapport décrit les forêts de laminaires des côtes bretonnes, les espèces qu'elles "
     "abritent, leur recul dans le sud de la région avec le réchauffement de la mer et les "
     "règles de récolte des algues par les goémoniers.",
     ("laminaires", "forêts d'algues", "algues marines", "écosystèmes marins"), ("FR",),
     "2021"),
    ("y15", "project", "es",
     "Bosques de huiro en Chile: manejo comunitario de las algas pardas",
     "Los bosques de huiro (kelp) de la costa norte de Chile son explotados para alginatos. "
     "El proyecto apoya planes de manejo de las caletas de pescadores con cuotas de "
     "cosecha, vedas y repoblamiento de algas pardas en las áreas de manejo.",
     ("bosques de algas", "kelp", "algas pardas", "pesca artesanal"), ("CL",), "2023"),
    # --- hydrogen sulfide in sewers --------------------------------------------------------------
    ("y16", "document", "en",
     "Hydrogen sulfide in sewers: lessons from fatal accidents among sanitation workers",
     "Case studies of workers who died entering manholes and septic tanks where hydrogen "
     "sulfide gas had built up, and of the rescuers who followed them. The lessons: gas "
     "detectors, forced ventilation, harnesses, and never entering a confined space to "
     "rescue without breathing apparatus.",
     ("hydrogen sulfide", "chemical accidents", "confined spaces", "occupational safety",
      "sanitation workers"), ("IN", "ZA"), "2022"),
    ("y17", "document", "fr",
     "Sulfure d'hydrogène dans les égouts : fiche réflexe pour les égoutiers",
     "Fiche de prévention de l'intoxication par l'hydrogène sulfuré (H2S) dans les réseaux "
     "d'assainissement : odeur d'œuf pourri qui disparaît aux fortes concentrations, mesure "
     "du gaz avant la descente, ventilation et conduite à tenir en cas de malaise.",
     ("sulfure d'hydrogène", "égouts", "espaces confinés", "accidents chimiques"), ("FR",),
     "2020"),
    ("y18", "event", "es",
     "Simulacro de rescate en espacio confinado con ácido sulfhídrico en Lima",
     "La empresa de agua y alcantarillado y los bomberos realizaron un simulacro de rescate de "
     "trabajadores intoxicados con ácido sulfhídrico en un colector de aguas residuales, "
     "con medición de gases y equipos de respiración autónoma.",
     ("ácido sulfhídrico", "sulfuro de hidrógeno", "alcantarillado", "simulacros",
      "accidentes químicos"), ("PE",), "2023-06"),
    # --- grain dust explosions -------------------------------------------------------------------
    ("y19", "document", "en",
     "Grain dust explosions in silos and flour mills: preventing the second blast",
     "Lessons learned from explosions at grain elevators and flour mills: a small dust "
     "explosion in a bucket elevator shakes settled dust into the air and sets off a larger "
     "one. The page covers housekeeping, spark-free equipment, explosion venting and "
     "isolation between silos.",
     ("dust explosions", "grain silos", "flour mills", "chemical accidents",
      "lessons learned"), (), "2021"),
    ("y20", "document", "fr",
     "Explosion de poussières dans un silo portuaire : retour d'expérience",
     "Retour d'expérience sur l'explosion d'un silo de céréales dans un port : origine "
     "probable dans la galerie de manutention, propagation de cellule en cellule, blessés et "
     "mesures prises depuis (aspiration des poussières, découplage des cellules, "
     "évents).",
     ("explosions de poussières", "silos", "céréales", "accidents industriels"), ("FR",),
     "2019"),
    ("y21", "need", "es",
     "Necesidad: inspectores capacitados en explosiones de polvo en molinos harineros de Bolivia",
     "La autoridad de trabajo de Bolivia solicita capacitación para inspeccionar molinos "
     "harineros y silos de granos: atmósferas explosivas por polvo, limpieza, equipos "
     "eléctricos y planes de emergencia tras una explosión en un molino de Cochabamba.",
     ("explosiones de polvo", "molinos harineros", "silos de granos", "inspección"),
     ("BO",), "2024"),
    # --- cork oak woodlands ----------------------------------------------------------------------
    ("y22", "document", "en",
     "Cork oak woodlands of the western Mediterranean: biodiversity and the cork economy",
     "The cork oak landscapes of Portugal, Spain, Morocco, Algeria and Tunisia hold "
     "Iberian lynx, imperial eagles and rich pastures. Harvesting the bark every nine years "
     "keeps them alive; the page describes how the falling demand for cork stoppers, "
     "overgrazing and drought threaten them.",
     ("cork oak", "Mediterranean forests", "agroforestry", "biodiversity"),
     ("PT", "ES", "MA", "DZ", "TN"), "2020"),
    ("y23", "project", "fr",
     "Régénération des subéraies de la Mamora au Maroc",
     "Le projet replante des chênes-lièges dans la forêt de la Mamora, protège les jeunes "
     "plants du pâturage par des mises en défens négociées avec les usagers et forme les "
     "coopératives à la récolte du liège.",
     ("chêne-liège", "subéraies", "restauration des forêts", "désertification"), ("MA",),
     "2022"),
    ("y24", "document", "es",
     "Dehesas de alcornoque: guía de buenas prácticas para el descorche",
     "Guía para propietarios de dehesas de alcornoque en Extremadura y Andalucía: cuándo y "
     "cómo sacar el corcho sin herir el árbol, regeneración del arbolado, carga ganadera y "
     "prevención de la seca de las encinas y alcornoques.",
     ("alcornoque", "dehesas", "corcho", "sistemas agroforestales"), ("ES",), "2021"),
    # --- genetically modified trees --------------------------------------------------------------
    ("y25", "document", "en",
     "Risk assessment of genetically modified trees: eucalyptus and poplar",
     "Trees live for decades and spread pollen and seed over long distances. The document "
     "sets out what a biosafety risk assessment of a genetically modified eucalyptus or "
     "poplar plantation must consider: gene flow to wild relatives, invasiveness and effects "
     "on forest soils and insects.",
     ("genetically modified trees", "eucalyptus", "risk assessment", "biosafety",
      "living modified organisms"), (), "2021"),
    ("y26", "document", "fr",
     "Décision sur la dissémination d'un eucalyptus génétiquement modifié",
     "Résumé de la décision de l'autorité nationale de biosécurité notifiée au Centre "
     "d'échange pour la prévention des risques biotechnologiques : autorisation d'une "
     "plantation commerciale d'eucalyptus transgénique à croissance rapide, avec des zones "
     "tampons et un suivi de l'apiculture voisine.",
     ("arbres génétiquement modifiés", "eucalyptus", "OVM", "décisions"), ("BR",), "2021"),
    ("y27", "need", "es",
     "Necesidad: capacitación en evaluación de riesgo de árboles transgénicos en Chile",
     "El servicio agrícola de Chile solicita apoyo para evaluar ensayos de campo de pinos y "
     "eucaliptos genéticamente modificados: dispersión de polen, monitoreo a largo plazo y "
     "consulta pública.",
     ("árboles transgénicos", "eucalipto", "organismos vivos modificados",
      "evaluación del riesgo"), ("CL",), "2024"),
    # --- mercury from crematoria -----------------------------------------------------------------
    ("y28", "document", "en",
     "Mercury emissions from crematoria: guidance on best available techniques",
     "Dental amalgam fillings vaporise when a body is cremated, and crematoria are a "
     "growing source of mercury emissions to air. The guidance under the Minamata Convention "
     "describes flue gas filters with activated carbon, emission measurements and removing "
     "fillings before cremation.",
     ("mercury", "crematoria", "air emissions", "dental amalgam", "Minamata Convention"), (),
     "2022"),
    ("y29", "support-source", "fr",
     "Offre : mesure des émissions de mercure des crématoriums",
     "Un laboratoire propose aux pays francophones la mesure des émissions de mercure à la "
     "cheminée des crématoriums et l'assistance au choix de filtres, pour les inventaires "
     "nationaux prévus par la Convention de Minamata.",
     ("mercure", "crématoriums", "émissions atmosphériques", "Convention de Minamata"), (),
     "2023"),
    ("y30", "need", "es",
     "Necesidad: inventario de emisiones de mercurio de crematorios en Colombia",
     "El ministerio de ambiente de Colombia solicita apoyo para estimar las emisiones de "
     "mercurio de los hornos crematorios, que crecen en las ciudades, y para fijar límites "
     "de emisión con filtros de carbón activado.",
     ("mercurio", "crematorios", "emisiones atmosféricas", "Convenio de Minamata"), ("CO",),
     "2024"),
)  # fmt: skip
