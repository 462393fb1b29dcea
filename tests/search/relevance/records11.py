"""Clearing-house records of the eleventh judged relevance set
(tests/search/relevance/queries11.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: FAO/CBD-like pages on
animal genetic resources (local livestock breeds and their conservation), CBD and UNCCD pages
on invasive plants in rangelands and pastures (mesquite, lantana, parthenium), CBD
Clearing-House Mechanism and BIOFIN-like pages on biodiversity finance (finance plans,
debt-for-nature swaps, conservation trust funds), Abidjan Convention and coastal-management
pages on coastal erosion, pages of environment ministries and the Espoo-like guidance on
environmental impact assessment and public hearings, forest-law enforcement pages on illegal
logging and timber legality, Montreal Protocol pages on the Kigali Amendment (HFC phase-down
and energy-efficient cooling), mountain-ecosystem pages (paramos, Atlas and Himalayan
rangelands), Ramsar/CMS-like pages on dams, fish passes and free-flowing rivers, and CBD pages
on community-based ecotourism, with a committee matching requests for assistance with offers
(needs and offers on several of those topics). English, French and Spanish, 10 records each,
every topic written once in each language, so that a query in one language has answers in
the others. None of records.py, records3.py, ..., records10.py is about these topics (their
records were read, topic by topic, before these were written; the nearest are the refrigerant
recovery records t01-t03 (ozone-depleting HCFCs), the sand extraction on the Senegalese coast
v14 (which names coastal erosion), the deep-sea mining and lithium records w43 and x24 (which
name an environmental impact assessment), the high-Andean wetlands n46 and v03, the water
hyacinth n32 and the community grants fund n41). No text was copied from those sites and none
comes from demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and
enriched with the project thesaurus exactly as the other records files' are, beside them and
the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (m01..m30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45), records8.py's (w01..w45), records9.py's (x01..x30) or records10.py's (k01..k30);
in queries11.tsv they are written without prefix, like theirs, and take the same ``rel:``
prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- animal genetic resources, local livestock breeds -----------------------------------------
    ("m01", "project", "en",
     "Keeping the Red Maasai sheep: a community breeding programme in Kajiado",
     "Pastoralist households record the pedigree and growth of their Red Maasai ewes and rams, "
     "exchange rams between herds to avoid inbreeding and sell breeding stock at a county "
     "fair. The local breed resists internal parasites and drought better than the imported "
     "Dorper it was being crossed with; semen and DNA samples go to the national gene bank.",
     ("animal genetic resources", "local breeds", "sheep", "pastoralism"), ("KE",), "2022"),
    ("m02", "document", "fr",
     "Guide pour l'inventaire et la caractérisation des races locales d'animaux d'élevage",
     "Comment recenser les races de bovins, d'ovins, de caprins et de volailles d'un pays, "
     "décrire leurs caractères et leurs effectifs, évaluer leur risque d'extinction et "
     "alimenter le système mondial d'information sur les ressources zoogénétiques. Le guide "
     "s'adresse aux coordonnateurs nationaux pour les ressources génétiques animales.",
     ("ressources zoogénétiques", "races locales", "élevage", "inventaire"), (), "2021"),
    ("m03", "need", "es",
     "Necesidad: banco de germoplasma para las razas criollas de bovinos de Bolivia",
     "La universidad y las asociaciones de criadores del Beni solicitan equipos de "
     "criopreservación y capacitación para conservar semen y embriones del ganado criollo "
     "saavedreño y yacumeño, razas adaptadas al calor y a las inundaciones cuyo número "
     "disminuye por el cruzamiento con cebú.",
     ("recursos zoogenéticos", "razas criollas", "ganado bovino", "bancos de germoplasma"),
     ("BO",), "2024"),
    # --- invasive plants in rangelands ------------------------------------------------------------
    ("m04", "project", "en",
     "Turning Prosopis back into grazing land in the Afar region",
     "Mesquite (Prosopis juliflora), brought in to stop desert spread, has invaded a million "
     "hectares of dry-season pastures and blocks the paths of herders. Pastoralist "
     "cooperatives clear it, make charcoal and animal feed from the pods, and replant native "
     "grasses; the project maps the invasion by satellite each year.",
     ("invasive plants", "Prosopis juliflora", "rangelands", "pastoralism"), ("ET",), "2023"),
    ("m05", "document", "fr",
     "Lantana camara et Parthenium dans les parcours : fiche de lutte pour les éleveurs",
     "Deux plantes exotiques envahissantes réduisent le fourrage des pâturages et sont "
     "toxiques pour le bétail. La fiche décrit comment les reconnaître, les arracher avant la "
     "floraison, le contrôle biologique autorisé et le semis de graminées locales pour "
     "restaurer les parcours.",
     ("plantes envahissantes", "pâturages", "Lantana camara", "Parthenium hysterophorus"),
     (), "2022"),
    ("m06", "need", "es",
     "Necesidad: control del pasto buffel invasor en los agostaderos de Sonora",
     "Los ejidos ganaderos y el área protegida piden apoyo técnico para frenar el zacate "
     "buffel, una gramínea africana sembrada como forraje que ahora invade el desierto, "
     "desplaza a los cactus y propaga incendios; se necesitan mapas, cuadrillas y semillas de "
     "pastos nativos.",
     ("plantas invasoras", "pastizales", "pasto buffel", "incendios"), ("MX",), "2024"),
    # --- biodiversity finance ---------------------------------------------------------------------
    ("m07", "document", "en",
     "Biodiversity finance plan of Zambia: closing the funding gap",
     "The plan reviews what the government, donors and companies spend on biodiversity, "
     "estimates what the national biodiversity strategy would cost, and proposes finance "
     "solutions: a levy on hunting concessions for wildlife management, removing harmful "
     "fertiliser subsidies and a green bond. Prepared with the Biodiversity Finance Initiative "
     "(BIOFIN).",
     ("biodiversity finance", "BIOFIN", "resource mobilization", "national biodiversity "
      "strategies"), ("ZM",), "2022"),
    ("m08", "document", "fr",
     "Échange dette-nature : le fonds fiduciaire pour la conservation du Gabon",
     "Une partie de la dette extérieure du Gabon a été rachetée contre l'engagement de financer "
     "les parcs marins pendant quinze ans. Le fonds fiduciaire de conservation verse chaque "
     "année les sommes aux gestionnaires des aires protégées ; la page explique le montage "
     "financier et la gouvernance du fonds.",
     ("financement de la biodiversité", "échange dette-nature", "fonds fiduciaires",
      "aires marines protégées"), ("GA",), "2023"),
    ("m09", "event", "es",
     "Taller regional sobre movilización de recursos para la biodiversidad",
     "Ministerios de ambiente y de hacienda de América del Sur comparan instrumentos de "
     "financiamiento de la biodiversidad: pagos por servicios ecosistémicos, fondos "
     "ambientales, compensaciones y la revisión de subsidios perjudiciales, para cumplir la "
     "meta 19 del Marco Mundial de Biodiversidad Kunming-Montreal.",
     ("financiamiento de la biodiversidad", "movilización de recursos",
      "Marco Mundial de Biodiversidad"), ("CO", "PE", "EC"), "2024"),
    # --- coastal erosion --------------------------------------------------------------------------
    ("m10", "project", "en",
     "Holding back the sea at Keta: coastal erosion and the lagoon communities of Ghana",
     "Waves have taken houses, roads and a cemetery from the Keta shoreline. The project "
     "combines groynes and beach nourishment with replanting mangroves in the lagoon and "
     "moving the most exposed families; a shoreline monitoring programme measures the "
     "retreat each season.",
     ("coastal erosion", "shoreline", "coastal management", "climate change adaptation"),
     ("GH",), "2021"),
    ("m11", "document", "fr",
     "L'érosion côtière en Afrique de l'Ouest : guide pour la gestion du trait de côte",
     "Du Sénégal au Bénin, le littoral recule de plusieurs mètres par an. Le guide présente "
     "l'observation du trait de côte, le recul stratégique des habitations, la protection des "
     "dunes et des mangroves et le choix entre ouvrages durs et solutions fondées sur la "
     "nature.",
     ("érosion côtière", "trait de côte", "littoral", "dunes"), ("SN", "TG", "BJ"), "2022"),
    ("m12", "need", "es",
     "Necesidad: estudio de la erosión costera en las playas de Cartagena de Indias",
     "La autoridad ambiental pide apoyo para medir el retroceso de la línea de costa, modelar "
     "el oleaje y diseñar obras de protección costera que no destruyan los arrecifes ni las "
     "playas turísticas de la ciudad.",
     ("erosión costera", "línea de costa", "gestión costera"), ("CO",), "2023"),
    # --- environmental impact assessment ----------------------------------------------------------
    ("m13", "document", "en",
     "Guidelines for public hearings in environmental impact assessment",
     "How to announce a public hearing on an EIA report, translate the non-technical summary "
     "into local languages, hold the hearing near affected villages, record the comments of "
     "residents and show in the final decision how they were taken into account.",
     ("environmental impact assessment", "public participation", "public hearings"), (),
     "2020"),
    ("m14", "event", "fr",
     "Atelier de formation des évaluateurs des études d'impact environnemental et social",
     "Session de cinq jours pour les agents de l'agence de l'environnement de la Guinée : "
     "cadrage d'une étude d'impact, lecture critique d'un rapport, plan de gestion "
     "environnementale et sociale et suivi de sa mise en œuvre sur les projets miniers.",
     ("évaluation environnementale", "études d'impact environnemental et social", "formation"),
     ("GN",), "2023"),
    ("m15", "document", "es",
     "Evaluación ambiental estratégica del plan de carreteras de la Amazonía peruana",
     "La evaluación ambiental estratégica examina el plan vial antes de los estudios de "
     "impacto de cada obra: deforestación esperada, territorios indígenas atravesados y "
     "alternativas de trazado; incluye las observaciones de las consultas regionales.",
     ("evaluación ambiental estratégica", "evaluación de impacto ambiental", "carreteras",
      "deforestación"), ("PE",), "2021"),
    # --- illegal logging, timber legality, forest crime -------------------------------------------
    ("m16", "project", "en",
     "Tracking illegal logging with satellite alerts and rangers in Cameroon",
     "Forest guards receive deforestation alerts on their phones and check logging sites "
     "within days; seized timber, chainsaws and trucks are recorded and cases sent to court. "
     "The project also trains judges and prosecutors on forest crime.",
     ("illegal logging", "forest law enforcement", "environmental crime", "timber"), ("CM",),
     "2022"),
    ("m17", "document", "fr",
     "Légalité du bois : guide de diligence raisonnée pour les importateurs",
     "Comment un importateur vérifie l'origine du bois et des meubles qu'il achète, demande "
     "les autorisations d'exploitation et de transport, évalue le risque de bois issu "
     "d'exploitation illégale et refuse un lot douteux ; avec les accords de partenariat "
     "volontaires FLEGT.",
     ("légalité du bois", "exploitation forestière illégale", "FLEGT", "diligence raisonnée"),
     (), "2021"),
    ("m18", "need", "es",
     "Necesidad: peritos en identificación de maderas para la fiscalía ambiental de Honduras",
     "La fiscalía especial del ambiente pide capacitación y un laboratorio de anatomía de la "
     "madera para probar en juicio que la caoba y el cedro decomisados provienen de la tala "
     "ilegal en reservas de la biosfera.",
     ("tala ilegal", "delitos ambientales", "identificación de maderas", "caoba"), ("HN",),
     "2024"),
    # --- HFC phase-down, Kigali Amendment, efficient cooling --------------------------------------
    ("m19", "document", "en",
     "Kigali Amendment: a guide to the HFC phase-down schedule for Article 5 countries",
     "Hydrofluorocarbons used in air conditioners and refrigerators do not harm the ozone "
     "layer but are powerful greenhouse gases. The guide explains the baseline, the freeze "
     "and the reduction steps, licensing of HFC imports and the choice of low-GWP refrigerants "
     "such as R-290 and R-32.",
     ("Kigali Amendment", "HFCs", "refrigerants", "Montreal Protocol"), (), "2020"),
    ("m20", "project", "fr",
     "Climatiseurs performants et à faible PRP au Sénégal",
     "Le projet aide les distributeurs à proposer des climatiseurs efficaces au propane, "
     "forme les frigoristes à la manipulation des fluides inflammables et prépare une norme "
     "d'étiquetage énergétique, pour réduire à la fois la consommation d'électricité et les "
     "émissions d'hydrofluorocarbures.",
     ("climatisation", "efficacité énergétique", "hydrofluorocarbures", "Amendement de "
      "Kigali"), ("SN",), "2023"),
    ("m21", "need", "es",
     "Necesidad: inventario de HFC y plan de reducción en Guatemala",
     "La unidad nacional de ozono solicita apoyo para estimar el consumo de "
     "hidrofluorocarbonos por sector (refrigeración comercial, aire acondicionado, espumas), "
     "tras la ratificación de la Enmienda de Kigali.",
     ("HFC", "Enmienda de Kigali", "inventario", "refrigeración"), ("GT",), "2022"),
    # --- mountain ecosystems ----------------------------------------------------------------------
    ("m22", "document", "en",
     "State of the Himalayan mountain ecosystems: rangelands, forests and snow",
     "An assessment of the Hindu Kush Himalaya: shrinking snow cover, treeline shifts, "
     "overgrazed high pastures, and the yak herders and farmers who depend on them; with "
     "indicators for mountain biodiversity and recommendations for the region's countries.",
     ("mountain ecosystems", "mountain biodiversity", "Himalaya", "climate change"),
     ("NP", "BT", "IN"), "2023"),
    ("m23", "project", "fr",
     "Sauvegarder les écosystèmes de montagne du Haut Atlas",
     "Les communes de montagne, les bergers transhumants et le parc national de Toubkal "
     "s'accordent sur le repos des pâturages d'altitude (agdal), la protection des genévriers "
     "thurifères et la gestion des sources.",
     ("écosystèmes de montagne", "biodiversité des montagnes", "transhumance", "pâturages"),
     ("MA",), "2022"),
    ("m24", "project", "es",
     "Conservación de páramos y agua para Bogotá",
     "Los páramos de Chingaza y Sumapaz almacenan y regulan el agua que consume la ciudad. El "
     "proyecto restaura frailejonales, retira el ganado y los cultivos de papa de las zonas "
     "altas y paga a las familias campesinas por conservar el ecosistema de alta montaña.",
     ("páramos", "ecosistemas de montaña", "recursos hídricos", "pagos por servicios "
      "ecosistémicos"), ("CO",), "2021"),
    # --- dams, fish passage, free-flowing rivers --------------------------------------------------
    ("m25", "document", "en",
     "Fish passes and dam removal: restoring river connectivity for migratory fish",
     "Dams and weirs block eels, salmon and sturgeon on their way to spawning grounds. The "
     "guidance compares fish ladders, nature-like bypass channels and the removal of obsolete "
     "dams, and how to keep rivers free-flowing in basin planning.",
     ("river connectivity", "dams", "migratory fish", "freshwater ecosystems"), (), "2022"),
    ("m26", "dataset", "fr",
     "Inventaire des obstacles à l'écoulement sur les cours d'eau du bassin du Niger",
     "Base de données des barrages, seuils et digues du bassin du fleuve Niger, avec leur "
     "hauteur, leur usage et la présence ou non d'une passe à poissons, pour planifier le "
     "rétablissement de la continuité écologique des rivières.",
     ("barrages", "continuité écologique", "poissons migrateurs", "cours d'eau"),
     ("ML", "NE", "NG", "GN"), "2023"),
    ("m27", "document", "es",
     "Represas hidroeléctricas y peces migratorios del río Madeira",
     "Estudio de los efectos de las represas de Santo Antônio y Jirau sobre los grandes bagres "
     "migratorios como la dorada, que recorren miles de kilómetros entre el estuario del "
     "Amazonas y los Andes; propone monitoreo y pasos para peces.",
     ("represas", "peces migratorios", "hidroeléctricas", "ríos"), ("BR", "BO"), "2020"),
    # --- community-based ecotourism ---------------------------------------------------------------
    ("m28", "project", "en",
     "Community-based ecotourism around the gorilla parks of Rwanda",
     "Villages bordering Volcanoes National Park run guesthouses, cultural tours and guided "
     "walks; a share of gorilla permit revenue pays for schools and water points. Former "
     "poachers work as porters and guides.",
     ("ecotourism", "community-based tourism", "protected areas", "great apes"), ("RW",),
     "2021"),
    ("m29", "support-source", "fr",
     "Offre : accompagnement de projets d'écotourisme communautaire en Afrique centrale",
     "Une ONG propose un appui aux communautés riveraines d'aires protégées qui veulent créer "
     "des campements touristiques : étude de marché, formation des guides, règles de partage "
     "des revenus et respect de la faune.",
     ("écotourisme", "tourisme communautaire", "aires protégées", "formation"),
     ("CM", "CG", "GA"), "2023"),
    ("m30", "document", "es",
     "Guía de turismo de naturaleza responsable para áreas protegidas de Costa Rica",
     "Normas para operadores de turismo: capacidad de carga de los senderos, observación de "
     "fauna sin perturbarla, manejo de residuos de los visitantes y contratación de guías "
     "locales para que el ecoturismo beneficie a las comunidades.",
     ("ecoturismo", "turismo sostenible", "áreas protegidas", "guías"), ("CR",), "2022"),
)  # fmt: skip
