"""Clearing-house records of the twenty-first judged relevance set
(tests/search/relevance/queries21.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CMS-like pages on river
dolphins (the Ganges, Irrawaddy and Amazon dolphins), UNCCD-like pages on frankincense trees
(Boswellia) and on bamboo for the restoration of degraded land, ABS Clearing-House pages on
kava and the knowledge of Pacific islanders and on quinoa and its Andean growers, CITES pages
on macaws and on sandalwood, chemical-accident pages on leaks and spills of formaldehyde,
pages on plastic microbeads in cosmetics, and waste pages on used insecticide-treated mosquito
nets, with a committee matching requests for assistance with offers (needs and offers on
several of those topics). English, French and Spanish, 10 records each, every topic written
once in each language, so that a query in one language has answers in the others. None of
records.py, records3.py, ..., records20.py is about these topics (their files were searched
for the topics' words in the three languages before these were written: none names river
dolphins, frankincense or Boswellia, kava, bamboo or guadua, formaldehyde, microbeads, macaws,
sandalwood or mosquito nets beyond a passing word; the nearest are the whales and dolphins of
the ship-noise page w14, the Andean seed fairs that name quinoa among other crops (r18), the
parrots of records12.py and records15.py, the microplastics of records4.py, records14.py and
records17.py, and the DDT alternatives that name treated nets (p28)). No text was copied from
those sites and none comes from demo/generator.py. They are meant to be harvested as
``oai_dc``-like records and enriched with the project thesaurus exactly as the other records
files' are, beside them and the real fixtures' records (tests/mappings/golden/*.json) as one
pool.

Ids (ba01..ba30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45), records8.py's (w01..w45), records9.py's (x01..x30), records10.py's (k01..k30),
records11.py's (m01..m30), records12.py's (r01..r30), records13.py's (u01..u30),
records14.py's (j01..j30), records15.py's (o01..o30), records16.py's (y01..y30),
records17.py's (z01..z30), records18.py's (l01..l30), records19.py's (i01..i30) or
records20.py's (s01..s30), and no earlier id starts with "ba"; in queries21.tsv they are
written without prefix, like theirs, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- river dolphins ----------------------------------------------------------------------
    ("ba01", "project", "en",
     "Ganges river dolphin survey and bycatch reduction in the Brahmaputra",
     "Boat-based counts of the Ganges river dolphin (Platanista gangetica) along 800 km of the "
     "Brahmaputra in Assam and downstream in Bangladesh, with village fishers trained to "
     "release dolphins caught in gillnets and to report carcasses. The project maps the deep "
     "pools the dolphins use in the dry season and the stretches where sand dredging and "
     "barrages cut them off, for the CMS concerted action on South Asian river dolphins.",
     ("river dolphins", "freshwater cetaceans", "bycatch", "migratory species",
      "Convention on Migratory Species"), ("IN", "BD"), "2023"),
    ("ba02", "case-study", "fr",
     "Les pêcheurs gardiens du dauphin de l'Irrawaddy sur le Mékong",
     "Entre Kratie et la frontière laotienne, il ne reste qu'une centaine de dauphins de "
     "l'Irrawaddy (Orcaella brevirostris). Les communautés riveraines ont accepté de retirer "
     "les filets maillants des fosses profondes où vivent les groupes de dauphins, en échange "
     "d'emplois de gardes et de bateliers pour l'écotourisme d'observation ; l'étude de cas "
     "décrit les patrouilles, les revenus tirés des visiteurs et les naissances observées.",
     ("dauphin de l'Irrawaddy", "cétacés d'eau douce", "pêche", "écotourisme",
      "aires protégées fluviales"), ("KH",), "2021"),
    ("ba03", "need", "es",
     "Necesidad: transmisores satelitales para seguir al bufeo boliviano en el río Mamoré",
     "La dirección de áreas protegidas solicita transmisores satelitales, un bote con motor "
     "silencioso y capacitación de guardaparques para marcar delfines rosados de río (Inia "
     "boliviensis, el bufeo) y conocer sus desplazamientos entre los ríos Mamoré e Iténez, "
     "antes de que se decidan las represas previstas aguas arriba.",
     ("delfines de río", "bufeo", "Inia boliviensis", "represas", "especies migratorias"),
     ("BO",), "2024-02"),
    # --- frankincense ------------------------------------------------------------------------
    ("ba04", "document", "en",
     "Guidelines for the sustainable tapping of frankincense trees (Boswellia papyrifera)",
     "Field guidance for resin collectors and forest cooperatives in the drylands of northern "
     "Ethiopia: how many incisions a tree can bear each season, the rest years after heavy "
     "tapping, and fencing plots against cattle so that seedlings survive. Frankincense "
     "woodlands are ageing fast; the guidelines were adopted in the national action programme "
     "to combat desertification.",
     ("frankincense", "Boswellia", "non-timber forest products", "drylands",
      "desertification"), ("ET",), "2020"),
    ("ba05", "project", "fr",
     "Arbres à encens et coopératives de récolteuses de résine au Tchad",
     "Dans le Guéra, les femmes qui récoltent la résine des Boswellia pour l'encens vendu sur "
     "les marchés de N'Djamena et du Soudan se regroupent en coopératives. Le projet finance "
     "des outils de saignée moins blessants pour l'arbre, des mises en défens pour la "
     "régénération et un local de tri, afin d'obtenir un meilleur prix de l'oliban.",
     ("encens", "Boswellia", "produits forestiers non ligneux", "zones arides", "femmes"),
     ("TD",), "2022"),
    ("ba06", "case-study", "es",
     "El incienso de Somalilandia: exportaciones que agotan los árboles de olíbano",
     "Estudio de caso sobre la resina de olíbano de Boswellia sacra y Boswellia frereana en "
     "las montañas de Sanaag: la demanda de perfumería y aceites esenciales ha multiplicado "
     "las sangrías, los árboles jóvenes casi no existen y los recolectores dependen de "
     "intermediarios. Propone un registro de árboles por familia y una certificación de "
     "comercio justo.",
     ("incienso", "olíbano", "Boswellia", "sobreexplotación", "aceites esenciales"),
     ("SO",), "2023"),
    # --- kava --------------------------------------------------------------------------------
    ("ba07", "document", "en",
     "Kava and customary knowledge: Vanuatu's conditions for research on kavalactones",
     "Vanuatu's competent national authority sets out the prior informed consent it requires "
     "from island councils of chiefs before kava roots or the names and uses of its noble "
     "varieties are used in research on kavalactones, and the mutually agreed terms it "
     "expects: joint publication, no patent on traditional preparations and a share of any "
     "royalties for the islands of origin, as the Nagoya Protocol provides.",
     ("kava", "traditional knowledge", "access and benefit-sharing", "Nagoya Protocol",
      "prior informed consent"), ("VU",), "2021"),
    ("ba08", "support-source", "fr",
     "Offre : appui juridique aux États insulaires du Pacifique pour protéger les savoirs "
     "liés au kava",
     "Une clinique juridique universitaire de Nouméa propose, sans frais, de relire les "
     "contrats d'accès et les demandes de brevet qui portent sur le kava, d'aider à rédiger "
     "des protocoles communautaires et de former les agents des douanes et des services "
     "agricoles de Fidji, du Vanuatu, des Tonga et des Samoa.",
     ("kava", "savoirs traditionnels", "accès et partage des avantages",
      "propriété intellectuelle", "protocoles communautaires"), ("FJ", "VU", "TO", "WS"),
     "2024-01"),
    ("ba09", "dataset", "es",
     "Catálogo de variedades de kava (Piper methysticum) de Fiyi y sus usos",
     "Conjunto de datos con 74 variedades cultivadas de kava registradas en las islas de "
     "Fiyi: nombre local, isla, quimiotipo de kavalactonas, uso ceremonial o cotidiano y "
     "aptitud para la exportación; incluye las condiciones de acceso acordadas con las "
     "comunidades que aportaron los esquejes.",
     ("kava", "Piper methysticum", "recursos fitogenéticos", "variedades tradicionales",
      "acceso y participación en los beneficios"), ("FJ",), "2022"),
    # --- bamboo ------------------------------------------------------------------------------
    ("ba10", "project", "en",
     "Bamboo on degraded mining land: restoring soils and incomes in Ghana's Ashanti region",
     "Former small-scale gold mining pits near Obuasi are backfilled and planted with native "
     "and Asian bamboo species, which hold the soil within two rainy seasons and can be cut "
     "every year. Farmers sell poles and make charcoal and furniture, and the project counts "
     "the hectares restored towards Ghana's land degradation neutrality targets.",
     ("bamboo", "land restoration", "degraded land", "land degradation neutrality",
      "livelihoods"), ("GH",), "2022"),
    ("ba11", "event", "fr",
     "Atelier régional : le bambou pour restaurer les terres et diversifier les revenus",
     "Atelier de trois jours à Yaoundé pour les services forestiers et les ONG du Cameroun, "
     "de Madagascar et du Bénin : choix des espèces de bambou, pépinières, plantation sur "
     "berges érodées et pentes dénudées, transformation artisanale et accès aux marchés.",
     ("bambou", "restauration des terres", "érosion", "agroforesterie", "formation"),
     ("CM", "MG", "BJ"), "2023-06"),
    ("ba12", "case-study", "es",
     "La guadua del Eje Cafetero: un bambú nativo que protege ríos y construye casas",
     "En Quindío y Risaralda los guaduales (Guadua angustifolia) se conservan en las orillas "
     "de quebradas, donde sujetan los taludes y regulan el caudal, y se aprovechan con "
     "permisos de la autoridad ambiental para construir viviendas y puentes. El estudio "
     "compara fincas con y sin guadual ribereño.",
     ("guadua", "bambú", "bosques ribereños", "construcción sostenible", "cuencas"),
     ("CO",), "2019"),
    # --- formaldehyde ------------------------------------------------------------------------
    ("ba13", "case-study", "en",
     "Formaldehyde release from an overfilled tank at a resin plant: lessons learned",
     "A storage tank of 37% formaldehyde solution at a urea-formaldehyde resin plant in Johor "
     "overflowed during a night transfer; the vapour drifted over a school and forty people "
     "were treated for eye and throat irritation. The accident report names the missing "
     "high-level alarm, the undersized bund and the lack of an emergency plan shared with "
     "the town, and the changes made since.",
     ("formaldehyde", "chemical accidents", "industrial accidents", "lessons learned",
      "emergency preparedness"), ("MY",), "2022"),
    ("ba14", "document", "fr",
     "Fiche réflexe : intervention sur une fuite de formol",
     "Guide d'intervention pour les sapeurs-pompiers face à une fuite de formol (solution de "
     "formaldéhyde) dans un laboratoire, un hôpital ou une usine de panneaux de particules : "
     "périmètre de sécurité, appareil respiratoire isolant, dilution et récupération des eaux, "
     "risque d'incendie du méthanol qui stabilise la solution, suivi médical des exposés.",
     ("formaldéhyde", "formol", "accidents chimiques", "intervention d'urgence",
      "sapeurs-pompiers"), ("FR",), "2021"),
    ("ba15", "need", "es",
     "Necesidad: capacitación para atender derrames de formaldehído en carretera",
     "El cuerpo de bomberos de Ecuador solicita capacitación y equipos de protección para "
     "atender volcamientos de camiones cisterna con formol que abastecen a las fábricas de "
     "tableros de la Sierra, tras dos derrames en la vía Panamericana que llegaron a un río.",
     ("formaldehído", "transporte de mercancías peligrosas", "derrames químicos",
      "capacitación", "respuesta a emergencias"), ("EC",), "2023-10"),
    # --- microbeads --------------------------------------------------------------------------
    ("ba16", "document", "en",
     "Microbeads in toiletries: Canada's regulations on rinse-off cosmetics",
     "Since 2018 toiletries that contain plastic microbeads, such as exfoliating scrubs, "
     "shower gels and toothpaste, may not be made, imported or sold in Canada. The page "
     "explains the size limit, the products covered, the test laboratories accept and why "
     "wastewater treatment does not stop the beads from reaching lakes and the sea.",
     ("microbeads", "microplastics", "cosmetics", "marine litter", "regulations"), ("CA",),
     "2019"),
    ("ba17", "case-study", "fr",
     "Interdiction des microbilles plastiques dans les cosmétiques rincés : bilan en France",
     "Cinq ans après l'interdiction des microbilles dans les gommages et dentifrices, "
     "l'étude mesure leur disparition des rayons, les substituts adoptés (noyaux d'abricot "
     "broyés, silice, cellulose) et ce que retrouvent encore les stations d'épuration et les "
     "plages de la Manche.",
     ("microbilles", "microplastiques", "cosmétiques", "déchets marins",
      "stations d'épuration"), ("FR",), "2023"),
    ("ba18", "need", "es",
     "Necesidad: laboratorio para detectar microesferas de plástico en productos de aseo",
     "El ministerio de salud de Costa Rica prepara la prohibición de las microesferas de "
     "plástico en exfoliantes y pastas dentales y solicita equipos de filtración y "
     "microscopía, y la capacitación de analistas, para verificar los productos importados.",
     ("microesferas de plástico", "microplásticos", "cosméticos", "laboratorios",
      "basura marina"), ("CR",), "2024-03"),
    # --- macaws ------------------------------------------------------------------------------
    ("ba19", "project", "en",
     "Guarding scarlet macaw nests in the Maya Biosphere Reserve",
     "Each breeding season rangers and former poachers watch the nest trees of the scarlet "
     "macaw (Ara macao) in Laguna del Tigre national park, where chicks are taken for the "
     "pet trade; weak chicks are raised in a field hospital and returned to wild nests. The "
     "species is in CITES Appendix I; fledging success and seizures are reported each year.",
     ("scarlet macaw", "parrots", "poaching", "wildlife trade", "CITES"), ("GT",), "2022"),
    ("ba20", "case-study", "fr",
     "Trafic d'aras sur le fleuve Maroni : les saisies d'oisillons en Guyane",
     "Bilan de cinq années de contrôles des douanes et de l'Office français de la biodiversité "
     "sur le Maroni : oisillons d'aras bleus et d'aras rouges cachés dans des pirogues, "
     "filières vers les Antilles et l'Europe, peines prononcées et place des aras dans les "
     "annexes de la CITES.",
     ("aras", "perroquets", "trafic d'espèces sauvages", "CITES", "saisies"), ("GF",), "2021"),
    ("ba21", "project", "es",
     "Reintroducción de la guacamaya roja en la selva de Los Tuxtlas",
     "Desde 2014 se liberan en Veracruz guacamayas rojas (Ara macao) nacidas en aviarios, "
     "después de un entrenamiento para reconocer alimentos y depredadores; el proyecto "
     "sigue su supervivencia con radiocollares, instala nidos artificiales y trabaja con los "
     "ejidos para evitar su captura.",
     ("guacamaya roja", "Ara macao", "reintroducción", "aves", "especies amenazadas"),
     ("MX",), "2020"),
    # --- quinoa ------------------------------------------------------------------------------
    ("ba22", "support-source", "en",
     "Offer: quinoa seed lines and training for farmers trying the crop in dry regions",
     "A Bolivian research foundation offers samples of forty quinoa lines under a standard "
     "material transfer agreement, with a week of training on sowing dates, weeding and "
     "saponin removal, to ministries and farmer groups of other countries that want to test "
     "quinoa in dry regions.",
     ("quinoa", "plant genetic resources", "seeds", "drylands", "technical assistance"),
     ("BO",), "2023-04"),
    ("ba23", "project", "fr",
     "Introduire le quinoa dans les oasis du sud marocain : essais variétaux",
     "Un institut agronomique teste dans la vallée du Drâa quinze variétés de quinoa reçues "
     "de banques de gènes andines au titre du Traité international sur les ressources "
     "phytogénétiques, pour diversifier les cultures des oasis où l'eau manque ; les "
     "résultats sont partagés avec les pays d'origine.",
     ("quinoa", "ressources phytogénétiques", "diversification des cultures", "oasis",
      "accord de transfert de matériel"), ("MA",), "2021"),
    ("ba24", "document", "es",
     "Quinua Real del altiplano sur: saberes ancestrales y denominación de origen",
     "Documento de la asociación de productores de Oruro y Potosí sobre las variedades de "
     "quinua real que sus comunidades seleccionaron durante siglos, los saberes para "
     "sembrarlas en suelos arenosos y heladas, y la denominación de origen que protege el "
     "nombre frente a la quinua cultivada en otros países.",
     ("quinua", "conocimientos tradicionales", "denominación de origen", "altiplano",
      "recursos fitogenéticos"), ("BO",), "2018"),
    # --- sandalwood --------------------------------------------------------------------------
    ("ba25", "case-study", "en",
     "Sandalwood smuggling in southern India: seizures and a traceability pilot",
     "Seizures of Indian sandalwood (Santalum album) logs and chips by forest and customs "
     "officers in Karnataka, Kerala and Tamil Nadu over ten years, the ports used to ship the "
     "wood abroad, and a pilot that marks legal logs from government depots so that buyers "
     "of the oil can check the origin.",
     ("sandalwood", "Santalum album", "illegal logging", "timber trade", "traceability"),
     ("IN",), "2020"),
    ("ba26", "project", "fr",
     "Santal de Nouvelle-Calédonie : récolte durable et replantation par les tribus",
     "Sur Maré et l'île des Pins, les tribus qui exploitent le santal (Santalum "
     "austrocaledonicum) pour son huile essentielle suivent un plan de coupe fixé avec la "
     "province et replantent des plants issus d'arbres mères locaux ; le projet partage les "
     "revenus de la distillerie entre les clans propriétaires.",
     ("santal", "Santalum austrocaledonicum", "gestion durable", "huiles essentielles",
      "peuples autochtones"), ("NC",), "2022"),
    ("ba27", "document", "es",
     "El sándalo de Juan Fernández: historia de una extinción por sobreexplotación",
     "El sándalo del archipiélago de Juan Fernández (Santalum fernandezianum) fue talado en "
     "los siglos XVIII y XIX para vender su madera perfumada; el último árbol se vio en 1908. "
     "El documento reúne los registros históricos, los ejemplares de herbario que quedan y "
     "las búsquedas recientes de individuos sobrevivientes en las quebradas de la isla.",
     ("sándalo", "Santalum fernandezianum", "especies extintas", "islas oceánicas",
      "sobreexplotación"), ("CL",), "2019"),
    # --- used mosquito nets ------------------------------------------------------------------
    ("ba28", "document", "en",
     "Guidance on collecting and disposing of used long-lasting insecticidal nets",
     "Malaria programmes distribute millions of pyrethroid-treated bed nets every three "
     "years. This guidance says when old nets should be collected, why they must not be "
     "burnt in the open, which incinerators and cement kilns can take them as hazardous "
     "waste, and why households may keep using old nets instead of throwing them into "
     "rivers.",
     ("insecticide-treated nets", "mosquito nets", "pyrethroids", "hazardous waste",
      "malaria"), (), "2021"),
    ("ba29", "need", "fr",
     "Besoin : une filière de recyclage des moustiquaires imprégnées usagées au Bénin",
     "Le programme national de lutte contre le paludisme cherche un partenaire technique et "
     "un financement pour collecter les moustiquaires imprégnées d'insecticide remplacées "
     "lors des campagnes, les laver et recycler le polyéthylène, au lieu de les laisser "
     "brûler ou servir de filets de pêche.",
     ("moustiquaires imprégnées", "recyclage", "déchets plastiques", "insecticides",
      "paludisme"), ("BJ",), "2023-09"),
    ("ba30", "case-study", "es",
     "Mosquiteros tratados usados como redes de pesca en Bioko",
     "En las playas y ríos de la isla de Bioko, parte de los mosquiteros tratados con "
     "insecticida repartidos contra el paludismo acaba cosida en redes de pesca de malla "
     "muy fina. El estudio mide los piretroides liberados en el agua, la captura de alevines "
     "y propone campañas de recogida de mosquiteros viejos.",
     ("mosquiteros tratados con insecticida", "pesca", "contaminación del agua", "paludismo",
      "piretroides"), ("GQ",), "2022"),
)  # fmt: skip
