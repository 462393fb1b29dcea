"""Clearing-house records of the nineteenth judged relevance set
(tests/search/relevance/queries19.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CITES pages on agarwood
(Aquilaria and its resin), CMS pages on the whale shark and the tourism that swims with it, CMS
pages on the illegal killing, trapping and trade of migratory songbirds (mist nets and lime
sticks), Biosafety Clearing-House pages on Bt brinjal (genetically modified eggplant), ABS
Clearing-House pages on stevia and the Guarani peoples, CMS and CBD-like pages on the monarch
butterfly, chemical-accident pages on explosions of liquefied petroleum gas (LPG) tankers and
cylinder depots, Rotterdam Convention pages on the insecticide carbofuran and the poisoned baits
that kill lions and birds of prey, waste pages on used cooking oil and Ramsar pages on rice
fields as wetlands for waterbirds, with a committee matching requests for assistance with
offers (needs and offers on several of those topics). English, French and Spanish, 10 records
each, every topic written once in each language, so that a query in one language has answers
in the others. None of records.py, records3.py, ..., records18.py is about these topics (their
records were read, title by title, and searched for the topics' words in the three languages
before these were written; the nearest are the online trade in songbirds and the rescue
centres for confiscated animals (records12.py, records15.py), the shark fins seized in
Guayaquil (records7.py), the Bt crop monitoring and the other genetically modified crops of
earlier Biosafety records, the benefit-sharing agreements on other plants, the butterflies
counted by citizens and by cities (records10.py, records8.py), the liquefied gas named among
the rail tank car cargoes (records17.py) and the other explosions of chemical-accident
records, the vultures poisoned by diclofenac (records9.py), the used lubricating oils
(records9.py) and the migratory waterbirds and their flyways (records7.py)). No text was
copied from those sites and none comes from demo/generator.py. They are meant to be harvested
as ``oai_dc``-like records and enriched with the project thesaurus exactly as the other
records files' are, beside them and the real fixtures' records (tests/mappings/golden/*.json)
as one pool.

Ids (i01..i30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45), records8.py's (w01..w45), records9.py's (x01..x30), records10.py's (k01..k30),
records11.py's (m01..m30), records12.py's (r01..r30), records13.py's (u01..u30),
records14.py's (j01..j30), records15.py's (o01..o30), records16.py's (y01..y30),
records17.py's (z01..z30) or records18.py's (l01..l30); in queries19.tsv they are written
without prefix, like theirs, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- agarwood (Aquilaria resin) --------------------------------------------------------------
    ("i01", "document", "en",
     "Non-detriment findings for agarwood: a guide for CITES Scientific Authorities",
     "Agarwood is the dark, fragrant resin that forms in the heartwood of Aquilaria and "
     "Gyrinops trees after a wound or an infection; it is burnt as incense and distilled into "
     "oud oil for perfumes. All Aquilaria species are listed in CITES Appendix II. The guide "
     "shows how to estimate the number of wild trees that can be felled, how to tell "
     "plantation agarwood from wild agarwood, and how to set export quotas for chips, powder "
     "and oil.",
     ("agarwood", "Aquilaria", "CITES", "non-detriment findings", "timber and forest products"),
     (), "2023"),
    ("i02", "project", "fr",
     "Plantations villageoises d'Aquilaria et production durable de bois d'agar au Laos",
     "Le projet aide des familles de la province de Bolikhamxay à planter des Aquilaria, à les "
     "inoculer pour provoquer la formation de la résine et à enregistrer leurs plantations "
     "auprès de l'organe de gestion CITES, afin que le bois d'agar cultivé puisse être exporté "
     "légalement et que la pression sur les arbres sauvages des forêts protégées diminue.",
     ("bois d'agar", "Aquilaria", "CITES", "plantations", "moyens de subsistance"), ("LA",),
     "2021"),
    ("i03", "support-source", "es",
     "Oferta: identificación de madera de agar y aceite de oud en controles aduaneros",
     "Un jardín botánico ofrece a las autoridades CITES y a las aduanas que lo soliciten un "
     "servicio de identificación de astillas de madera de agar, incienso y aceite de oud "
     "decomisados, mediante anatomía de la madera y espectrometría de masas, para saber si "
     "proceden de especies de Aquilaria incluidas en el Apéndice II y si el permiso "
     "corresponde a la mercancía.",
     ("madera de agar", "Aquilaria", "CITES", "aduanas", "identificación de la madera"), (),
     "2024"),
    # --- whale shark -----------------------------------------------------------------------------
    ("i04", "case-study", "en",
     "Swimming with whale sharks in Donsol: a tourism code that keeps the sharks coming back",
     "Fishers of Donsol, Sorsogon, who once hunted whale sharks now guide visitors to swim with "
     "them. The case study describes the code of conduct (no touching, no flash, three metres "
     "from the head, six swimmers per shark), the training of the butandings' interaction "
     "officers, the fees paid to the municipality and the photo-identification that shows the "
     "same sharks returning each season.",
     ("whale sharks", "ecotourism", "migratory species", "codes of conduct", "CMS"), ("PH",),
     "2020"),
    ("i05", "project", "fr",
     "Suivi du requin-baleine au large de Nosy Be et encadrement des sorties en mer",
     "Chaque saison, des requins-baleines se nourrissent de plancton au large de Nosy Be. Le "
     "projet pose des balises satellites, photo-identifie les individus grâce aux taches de "
     "leur peau, forme les opérateurs touristiques à une charte d'approche et mesure les "
     "blessures causées par les hélices des bateaux.",
     ("requin-baleine", "espèces migratrices", "écotourisme", "suivi satellitaire"), ("MG",),
     "2022"),
    ("i06", "document", "es",
     "Norma para el avistamiento y nado con tiburón ballena en Bahía de los Ángeles",
     "La norma fija la temporada, el número de embarcaciones y de nadadores por tiburón "
     "ballena, la velocidad máxima en la zona de agregación y la distancia que deben guardar "
     "las lanchas, en la Reserva de la Biosfera Bahía de los Ángeles, México, donde los "
     "juveniles de esta especie migratoria, incluida en el Apéndice I de la CMS y en el "
     "Apéndice II de la CITES, se concentran entre agosto y noviembre.",
     ("tiburón ballena", "especies migratorias", "ecoturismo", "áreas marinas protegidas"),
     ("MX",), "2021"),
    # --- illegal killing and trapping of migratory songbirds -------------------------------------
    ("i07", "document", "en",
     "Illegal killing, taking and trade of migratory birds in the Mediterranean: scoreboard "
     "and priority actions",
     "Millions of songbirds are trapped every autumn with mist nets, lime sticks and electronic "
     "callers on their way between Europe and Africa, to be eaten as delicacies or sold as "
     "cage birds. The CMS task force's scoreboard compares how countries detect, prosecute and "
     "punish these crimes and lists the black spots where most birds are killed, such as the "
     "Nile delta coast and Cyprus.",
     ("illegal killing of birds", "songbirds", "migratory birds", "wildlife crime", "CMS"),
     ("CY", "EG", "IT", "LB", "MT"), "2023"),
    ("i08", "project", "fr",
     "Fin du piégeage des passereaux à la glu : accompagner les chasseurs et contrôler",
     "Après l'interdiction de la chasse à la glu des grives et des merles dans le sud de la "
     "France, le projet forme les agents de l'Office français de la biodiversité à repérer les "
     "gluaux et les filets posés illégalement, soigne les passereaux capturés dans les centres "
     "de sauvegarde et propose aux chasseurs des pratiques sans piège.",
     ("oiseaux migrateurs", "passereaux", "braconnage", "chasse", "criminalité liée aux "
      "espèces sauvages"), ("FR",), "2022"),
    ("i09", "case-study", "es",
     "Erradicar el parany: fin de la captura de zorzales con liga en la Comunidad Valenciana",
     "El parany, un árbol preparado con varetas untadas de liga para capturar zorzales y otros "
     "pájaros migratorios en otoño, atrapaba también currucas, petirrojos y otras aves "
     "protegidas. El estudio de caso cuenta las sentencias de los tribunales, las inspecciones "
     "de los agentes medioambientales y la campaña de sensibilización que acabaron con esta "
     "forma de caza ilegal.",
     ("aves migratorias", "caza ilegal", "pájaros cantores", "delitos contra la fauna"),
     ("ES",), "2019"),
    # --- Bt brinjal (genetically modified eggplant) ----------------------------------------------
    ("i10", "document", "en",
     "Bt brinjal in Bangladesh: ten years of farmers' fields, fruit and shoot borer and "
     "insecticide sprays",
     "Bangladesh approved four varieties of Bt brinjal, an eggplant genetically modified to "
     "resist the fruit and shoot borer, in 2013. The report reviews the monitoring of the "
     "plots, the fall in insecticide sprays, the refuge rows around them, the labelling of the "
     "fruit in markets and what farmers earned, and the questions on gene flow to wild "
     "relatives of the eggplant.",
     ("Bt brinjal", "genetically modified crops", "living modified organisms", "eggplant",
      "insect resistance"), ("BD",), "2024"),
    ("i11", "need", "fr",
     "Besoin : évaluation des risques de l'aubergine Bt avant des essais au champ",
     "L'autorité nationale compétente de la Côte d'Ivoire a reçu une demande d'essais confinés "
     "d'aubergine génétiquement modifiée résistante au foreur des fruits et des pousses. Elle "
     "demande un appui pour évaluer le dossier : risques pour les insectes non cibles, "
     "flux de gènes vers les aubergines locales et plan de surveillance.",
     ("aubergine Bt", "organismes vivants modifiés", "évaluation des risques",
      "essais au champ confinés", "biosécurité"), ("CI",), "2024"),
    ("i12", "document", "es",
     "Decisión sobre la berenjena Bt en Filipinas: evaluación de riesgo y consulta pública",
     "La autoridad de bioseguridad de Filipinas publica su decisión sobre la berenjena "
     "genéticamente modificada Bt resistente al barrenador del fruto y del brote: el "
     "resumen de la evaluación de riesgo para la salud y el ambiente, las observaciones "
     "recibidas en la consulta pública y las condiciones impuestas a su uso directo como "
     "alimento.",
     ("berenjena Bt", "organismos vivos modificados", "evaluación del riesgo",
      "participación pública"), ("PH",), "2021"),
    # --- stevia and the Guarani ------------------------------------------------------------------
    ("i13", "document", "en",
     "Stevia sweeteners and the Guarani: who shares the benefits of ka'a he'ê?",
     "The Guarani peoples of Paraguay and Brazil have used the leaves of ka'a he'ê (Stevia "
     "rebaudiana) to sweeten maté and medicines for centuries. The study follows the "
     "steviol glycosides now sold worldwide as zero-calorie sweeteners, the patents on "
     "extraction and on sweeteners made by fermentation, and asks how access and "
     "benefit-sharing under the Nagoya Protocol could reach the Guarani communities.",
     ("stevia", "traditional knowledge", "access and benefit-sharing", "Nagoya Protocol",
      "indigenous peoples"), ("PY", "BR"), "2022"),
    ("i14", "event", "fr",
     "Atelier : protocoles communautaires et partage des avantages pour la stévia",
     "Atelier régional réunissant des représentants des peuples guaranis, des producteurs de "
     "stévia, des entreprises d'édulcorants et les correspondants nationaux APA du Paraguay et "
     "du Brésil, pour discuter du consentement préalable donné en connaissance de cause, des "
     "conditions convenues d'un commun accord et de la reconnaissance des savoirs "
     "traditionnels associés à la stévia.",
     ("stévia", "accès et partage des avantages", "savoirs traditionnels",
      "protocoles communautaires", "peuples autochtones"), ("PY", "BR"), "2023"),
    ("i15", "project", "es",
     "Protocolo biocultural pai tavyterã sobre el ka'a he'ê",
     "Las comunidades guaraníes pai tavyterã del departamento de Amambay, en Paraguay, redactan un "
     "protocolo comunitario biocultural que dice cómo deben pedirles su consentimiento las "
     "empresas e investigadores que quieran usar sus conocimientos sobre la estevia, y "
     "cultivan variedades locales de la planta para vender hoja seca con beneficios "
     "compartidos.",
     ("estevia", "conocimientos tradicionales", "acceso y participación en los beneficios",
      "pueblos indígenas"), ("PY",), "2021"),
    # --- monarch butterfly -----------------------------------------------------------------------
    ("i16", "project", "en",
     "Milkweed for monarchs: restoring breeding habitat along roadsides and farms",
     "The eastern monarch butterfly's numbers have fallen sharply as the milkweed its "
     "caterpillars feed on disappeared from fields sprayed with herbicides. The project plants "
     "native milkweed and nectar flowers on roadsides, field margins and school grounds in the "
     "Midwest, and volunteers tag monarchs to follow their migration to Mexico.",
     ("monarch butterfly", "pollinators", "habitat restoration", "migratory species",
      "citizen science"), ("US",), "2022"),
    ("i17", "document", "fr",
     "Plan de gestion du monarque au Canada",
     "Le monarque, papillon migrateur inscrit comme espèce en voie de disparition, se "
     "reproduit au Québec et en Ontario là où pousse l'asclépiade. Le plan de gestion décrit "
     "les menaces (perte d'asclépiades, pesticides, conditions climatiques sur le trajet "
     "migratoire et dans les sites d'hivernage au Mexique) et les mesures de conservation "
     "coordonnées avec les États-Unis et le Mexique.",
     ("monarque", "papillons", "espèces menacées", "espèces migratrices", "pollinisateurs"),
     ("CA",), "2023"),
    ("i18", "case-study", "es",
     "Reserva de la Biosfera Mariposa Monarca: bosques de oyamel y tala ilegal",
     "Cada invierno millones de mariposas monarca se agrupan en los bosques de oyamel de "
     "Michoacán y del Estado de México. El estudio de caso describe cómo el pago por servicios "
     "ambientales a los ejidos, la vigilancia comunitaria y los viveros forestales redujeron "
     "la tala ilegal en la zona núcleo de la reserva, y el turismo que visitan las colonias.",
     ("mariposa monarca", "bosques", "tala ilegal", "áreas protegidas",
      "pago por servicios ambientales"), ("MX",), "2020"),
    # --- LPG explosions --------------------------------------------------------------------------
    ("i19", "document", "en",
     "LPG road tanker and cylinder depot explosions: lessons for emergency planners",
     "Liquefied petroleum gas (LPG) tankers that overturn or catch fire can end in a boiling "
     "liquid expanding vapour explosion (BLEVE) that kills people hundreds of metres away. "
     "The note reviews recent accidents with road tankers and illegal cylinder refilling "
     "depots in cities, and sets out safety distances, the cooling of tanks by fire brigades "
     "and the evacuation zones that land-use planning should keep around LPG storage.",
     ("liquefied petroleum gas", "explosions", "chemical accidents",
      "emergency preparedness", "land-use planning"), (), "2024"),
    ("i20", "case-study", "fr",
     "Explosion d'un dépôt de bouteilles de gaz à Dakar : retour d'expérience",
     "Un incendie dans un dépôt clandestin de bouteilles de gaz butane en plein quartier "
     "habité a provoqué une série d'explosions et fait plusieurs victimes. Le retour "
     "d'expérience décrit l'intervention des sapeurs-pompiers, le stockage illégal de GPL, "
     "le contrôle des centres d'emplissage et les règles d'implantation adoptées depuis.",
     ("gaz de pétrole liquéfié", "explosions", "accidents industriels", "sapeurs-pompiers"),
     ("SN",), "2022"),
    ("i21", "need", "es",
     "Necesidad: planes de emergencia para plantas envasadoras de GLP en Lima",
     "Tras la explosión de un camión cisterna de gas licuado de petróleo (GLP) en un barrio de "
     "Lima, la autoridad de gestión del riesgo de desastres del Perú solicita asistencia "
     "técnica para inspeccionar las plantas envasadoras de balones de gas, elaborar planes de "
     "emergencia externos y capacitar a los bomberos en incendios de GLP.",
     ("gas licuado de petróleo", "explosiones", "accidentes químicos",
      "preparación para emergencias"), ("PE",), "2023"),
    # --- carbofuran and poisoned baits -----------------------------------------------------------
    ("i22", "document", "en",
     "Carbofuran and the poisoning of lions and vultures in Kenya",
     "Herders who lose cattle to lions sometimes lace carcasses with carbofuran, a highly "
     "toxic carbamate insecticide, and the bait kills lions, hyenas and the vultures that feed "
     "on them. The report documents the cases, the withdrawal of carbofuran's registration by "
     "Kenya's Pest Control Products Board, the buy-back of remaining stocks and the listing of "
     "carbofuran in Annex III of the Rotterdam Convention.",
     ("carbofuran", "wildlife poisoning", "highly hazardous pesticides", "Rotterdam Convention",
      "human-wildlife conflict"), ("KE",), "2021"),
    ("i23", "document", "fr",
     "Réponse concernant l'importation du carbofurane : décision finale",
     "Réponse de l'autorité nationale désignée de la Côte d'Ivoire au titre de la procédure de "
     "consentement préalable en connaissance de cause de la Convention de Rotterdam : "
     "l'importation de toutes les préparations de carbofurane, insecticide et nématicide "
     "carbamate, n'est pas autorisée, en raison de sa toxicité aiguë pour les agriculteurs et "
     "pour les oiseaux.",
     ("carbofurane", "Convention de Rotterdam", "consentement préalable en connaissance de "
      "cause", "pesticides extrêmement dangereux"), ("CI",), "2020"),
    ("i24", "support-source", "es",
     "Oferta: análisis toxicológico de cebos envenenados y fauna silvestre",
     "Un laboratorio de toxicología forense ofrece a los agentes ambientales y fiscalías de "
     "América Latina el análisis de cebos envenenados y de cadáveres de águilas, buitres y "
     "otros animales, para detectar carbofurano, aldicarb y otros plaguicidas, con protocolos "
     "de cadena de custodia y formación en la toma de muestras en el campo.",
     ("venenos", "carbofurano", "fauna silvestre", "delitos contra la fauna", "plaguicidas"),
     ("ES",), "2024"),
    # --- used cooking oil ------------------------------------------------------------------------
    ("i25", "project", "en",
     "Collecting used cooking oil from restaurants for biodiesel in Johannesburg",
     "Used cooking oil poured down drains blocks sewers, and oil fried again and again is sold "
     "back to street vendors. The project registers collectors, gives restaurants sealed "
     "containers, tracks each load to licensed biodiesel producers and teaches households to "
     "bring their frying oil to drop-off points.",
     ("used cooking oil", "waste collection", "biodiesel", "recycling", "sewers"), ("ZA",),
     "2023"),
    ("i26", "document", "fr",
     "Guide de gestion des huiles alimentaires usagées pour les restaurateurs",
     "Le guide explique aux restaurants, cantines et vendeurs de rue de Côte d'Ivoire comment "
     "stocker les huiles de friture usagées, pourquoi ne pas les verser dans les caniveaux ni "
     "les revendre pour la cuisine, et à quels collecteurs agréés les remettre pour qu'elles "
     "soient valorisées en biocarburant ou en savon.",
     ("huiles alimentaires usagées", "gestion des déchets", "restauration", "valorisation"),
     ("CI",), "2022"),
    ("i27", "need", "es",
     "Necesidad: sistema municipal de recolección de aceite de cocina usado en La Paz",
     "El gobierno municipal de La Paz, Bolivia, solicita apoyo para diseñar un sistema de "
     "recolección de aceite vegetal usado en hogares y restaurantes, con puntos limpios, "
     "registro de gestores y una ordenanza que prohíba verterlo en el alcantarillado.",
     ("aceite de cocina usado", "gestión de residuos", "reciclaje", "alcantarillado"), ("BO",),
     "2024"),
    # --- rice fields as wetlands for waterbirds --------------------------------------------------
    ("i28", "document", "en",
     "Rice paddies as wetlands: managing rice fields for waterbirds and biodiversity",
     "Rice fields cover more land than any other kind of wetland made by people, and herons, "
     "storks, ducks and shorebirds feed in them. Following the Ramsar Convention's resolution "
     "on rice paddies, the note shows farmers and wetland managers how flooding fields after "
     "harvest, keeping ditches and cutting pesticide use help waterbirds, fish and frogs, with "
     "examples from Japan and Korea.",
     ("rice fields", "wetlands", "waterbirds", "Ramsar Convention", "agricultural biodiversity"),
     ("JP", "KR"), "2021"),
    ("i29", "case-study", "fr",
     "Rizières de Camargue et oiseaux d'eau : concilier riziculture et zone humide",
     "En Camargue, site Ramsar, les rizières inondées au printemps accueillent hérons, "
     "flamants et canards. L'étude de cas décrit les contrats passés avec les riziculteurs "
     "pour maintenir l'eau en hiver, réduire les traitements herbicides et protéger les "
     "colonies de hérons, et le rôle des rizières dans le dessalement des terres du delta du "
     "Rhône.",
     ("rizières", "zones humides", "oiseaux d'eau", "Ramsar", "agriculture"), ("FR",), "2020"),
    ("i30", "project", "es",
     "Arrozales del Delta del Ebro: inundación invernal para aves acuáticas",
     "El proyecto acuerda con los arroceros del Delta del Ebro, humedal de importancia "
     "internacional de la Convención de Ramsar, mantener inundados los arrozales en invierno "
     "para las aves acuáticas, retirar la paja sin quemarla y cultivar arroz ecológico en "
     "parcelas piloto, y cuenta las aves limícolas y las garzas que los usan.",
     ("arrozales", "humedales", "aves acuáticas", "Ramsar", "agricultura ecológica"), ("ES",),
     "2023"),
)  # fmt: skip
