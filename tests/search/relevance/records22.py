"""Clearing-house records of the twenty-second judged relevance set
(tests/search/relevance/queries22.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CITES-like pages on wild
ginseng (Panax) and on cycads (Encephalartos, Cycas, Dioon), UNCCD- and ABS-like pages on the
moringa tree, Basel- and Minamata-like waste pages on coal ash from power stations, on
creosote-treated railway sleepers and on used disposable nappies (diapers), Biosafety
Clearing-House pages (decisions, risk assessments, field trials) on genetically modified
papaya and on genetically modified sugarcane, and capacity-building pages on detection dogs
against wildlife trafficking and on DNA barcoding, with a committee matching requests for
assistance with offers (needs and offers on several of those topics). English, French and
Spanish, 10 records each, every topic written once in each language (different countries,
projects and angles, not translations of one text), so that a query in one language has
answers in the others. None of records.py, records3.py, ..., records21.py is about these
topics: their files and the golden files (tests/mappings/golden/*.json) were searched for the
topics' words in the three languages before these were written (ginseng, Panax; cycad,
cycas, cícadas, Encephalartos, Zamia, Dioon; moringa; coal ash, fly ash, cendres, cenizas;
creosote, créosote, creosota, sleepers, traverses, durmientes; diapers, nappies, couches
jetables, pañales; papaya, papaye, lechosa, ringspot; sugarcane, canne à sucre, caña de
azúcar; dogs, chiens, perros, sniffer, renifleur, cynophile; barcode, barcoding, code-barres,
código de barras) and none names them beyond a passing word. The nearest are the mercury
emissions of coal-fired power plants (q04-q06) and the acid drainage of old coal mines (j04),
the pentachlorophenol-treated poles and wood preservatives of records9.py (x16-x18), the Bt
brinjal and Bt cotton pages (i10-i12, p13) and the Bt cowpea trials named in a national report
(n15), the DNA tests of caviar, eels and rhino horns (z03, l04, l06, l22-l24) and the eDNA of
the axolotl (s12), the medicinal plants of the Hoodia pages (records20.py), and the cane
cutters and cane straw named in passing in records8.py and records10.py; the golden files
name sugar-cane once among a herbicide's crops (passing) and none of the rest. No text was
copied from those sites and none comes from demo/generator.py. They are meant to be harvested
as ``oai_dc``-like records and enriched with the project thesaurus exactly as the other
records files' are, beside them and the real fixtures' records (tests/mappings/golden/*.json)
as one pool.

Ids (bb01..bb30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45), records8.py's (w01..w45), records9.py's (x01..x30), records10.py's (k01..k30),
records11.py's (m01..m30), records12.py's (r01..r30), records13.py's (u01..u30),
records14.py's (j01..j30), records15.py's (o01..o30), records16.py's (y01..y30),
records17.py's (z01..z30), records18.py's (l01..l30), records19.py's (i01..i30),
records20.py's (s01..s30) or records21.py's (ba01..ba30), and no earlier id starts with "bb";
in queries22.tsv they are written without prefix, like theirs, and take the same ``rel:``
prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- wild ginseng ------------------------------------------------------------------------
    ("bb01", "case-study", "en",
     "Wild American ginseng: export findings and root poaching in the Appalachian forests",
     "American ginseng (Panax quinquefolius) is listed in CITES Appendix II, and roots dug "
     "from the wild may only be exported when the harvest is found not to be detrimental. "
     "The case study follows ten years of state certification of dealers, the minimum age of "
     "five years and three-pronged plants, the falling number of wild roots sold to Hong Kong "
     "buyers, and poaching in national forests and parks, where rangers now mark roots with "
     "dye so that stolen ones can be recognised.",
     ("ginseng", "Panax quinquefolius", "medicinal plants", "CITES", "non-detriment findings"),
     ("US",), "2022"),
    ("bb02", "project", "fr",
     "Le ginseng de Ngoc Linh : culture sous couvert forestier et protection de la plante "
     "sauvage",
     "Le ginseng du Vietnam (Panax vietnamensis), plante médicinale endémique du massif du "
     "Ngoc Linh, a presque disparu à l'état sauvage à cause de la cueillette. Le projet aide "
     "les villages xê-đăng de Kon Tum et de Quang Nam à le cultiver sous la forêt à partir de "
     "graines certifiées, à enregistrer les plants pour empêcher la vente de racines "
     "arrachées dans la réserve et à protéger l'indication géographique.",
     ("ginseng", "Panax vietnamensis", "plantes médicinales", "espèces endémiques",
      "aires protégées"), ("VN",), "2021"),
    ("bb03", "document", "es",
     "Ginseng silvestre (Panax ginseng) del Lejano Oriente ruso: cupos de exportación y "
     "decomisos",
     "Ficha sobre la raíz de ginseng silvestre de Primorie y Jabárovsk, incluida en el "
     "Apéndice II de la CITES por Rusia: población estimada en los bosques de cedro coreano, "
     "cupo nulo de exportación de raíces silvestres desde 2019, decomisos en la frontera con "
     "China y criterios para distinguir las raíces cultivadas de las silvestres.",
     ("ginseng", "Panax ginseng", "plantas medicinales", "CITES", "comercio ilegal"),
     ("RU", "CN"), "2020"),
    # --- cycads ------------------------------------------------------------------------------
    ("bb04", "case-study", "en",
     "Cycad poaching in South Africa: Encephalartos stems stolen from the wild",
     "Collectors pay thousands of dollars for the trunks of rare cycads, and several "
     "Encephalartos species of the Eastern Cape and Limpopo now survive only in gardens. The "
     "case study describes thefts of whole populations, the microchipping of plants in "
     "private collections, the CITES Appendix I permits faked for nursery plants, and the "
     "court cases won since a national cycad register was set up.",
     ("cycads", "Encephalartos", "plant poaching", "CITES", "threatened species"), ("ZA",),
     "2021"),
    ("bb05", "need", "fr",
     "Besoin : inventaire et marquage des cycas (Cycas thouarsii) du littoral malgache",
     "La direction des aires protégées de Madagascar demande un appui pour inventorier les "
     "populations de Cycas thouarsii des forêts littorales de l'Est, où les jeunes plants "
     "sont arrachés pour l'horticulture d'ornement, pour poser des micropuces sur les "
     "individus adultes et pour former les agents forestiers aux permis CITES des cycadales.",
     ("cycas", "cycadales", "forêts littorales", "horticulture", "CITES"), ("MG",),
     "2024-04"),
    ("bb06", "project", "es",
     "Viveros comunitarios de chamal (Dioon edule), una cícada de Veracruz",
     "Los ejidos de la sierra de Naolinco cultivan en viveros el chamal, una cícada mexicana "
     "de crecimiento muy lento, a partir de semillas recogidas bajo permiso de las plantas "
     "silvestres, y venden plantas legales a los jardineros en lugar de los ejemplares "
     "extraídos del monte; parte de las plántulas se devuelve a las laderas.",
     ("cícadas", "Dioon edule", "viveros comunitarios", "uso sostenible",
      "especies amenazadas"), ("MX",), "2019"),
    # --- moringa -----------------------------------------------------------------------------
    ("bb07", "project", "en",
     "Moringa seeds to clear drinking water in southern Malawi",
     "Households along the Shire river use crushed seeds of the moringa tree (Moringa "
     "oleifera) to settle mud and part of the bacteria out of river water before boiling or "
     "filtering it. The project plants moringa around schools and health centres, teaches the "
     "dosage, and sells the leaf powder as a dietary supplement for children.",
     ("moringa", "Moringa oleifera", "drinking water", "water treatment", "nutrition"),
     ("MW",), "2020"),
    ("bb08", "support-source", "fr",
     "Offre : plants de moringa et formation au séchage des feuilles pour le Sahel",
     "Un centre de recherche agroforestière de Thiès propose des plants et des semences de "
     "moringa (le nébéday), une formation au séchage des feuilles à l'abri du soleil et à la "
     "fabrication de poudre, aux groupements de femmes du Sénégal, du Niger et du Burkina "
     "Faso qui veulent en planter dans les jardins maraîchers.",
     ("moringa", "agroforesterie", "malnutrition", "zones arides", "femmes"),
     ("SN", "NE", "BF"), "2023-11"),
    ("bb09", "case-study", "es",
     "La moringa como forraje para cabras en el corredor seco de Nicaragua",
     "Productores de Madriz y Nueva Segovia sembraron bancos de moringa (marango) para "
     "cortar sus hojas en la época seca, cuando el pasto se acaba. El estudio compara la "
     "leche y el peso de las cabras con y sin el forraje de moringa y el agua que necesita "
     "el árbol frente a otros forrajes.",
     ("moringa", "forraje", "sequía", "ganadería", "corredor seco"), ("NI",), "2022"),
    # --- coal ash ----------------------------------------------------------------------------
    ("bb10", "case-study", "en",
     "Ash pond breach at a coal power station in Singrauli: what went wrong",
     "When the embankment of a fly ash pond at a coal-fired power station in Singrauli gave "
     "way, a slurry of coal ash buried fields and reached the Rihand reservoir. The case study "
     "traces the overfilled pond, the ignored inspection reports and the heavy metals "
     "(arsenic, mercury, selenium) found in the reservoir, and the rules since adopted for "
     "the use of ash in bricks and cement.",
     ("coal ash", "fly ash", "coal-fired power plants", "industrial waste", "heavy metals"),
     ("IN",), "2021"),
    ("bb11", "project", "fr",
     "Valoriser les cendres volantes de la centrale à charbon de Jorf Lasfar",
     "Plutôt que de stocker les cendres de charbon sur le site, le projet les livre aux "
     "cimenteries et aux fabricants de parpaings de la région d'El Jadida, après des essais "
     "de lixiviation qui vérifient que les métaux qu'elles contiennent restent liés au béton.",
     ("cendres volantes", "cendres de charbon", "centrales thermiques", "valorisation des "
      "déchets", "ciment"), ("MA",), "2022"),
    ("bb12", "need", "es",
     "Necesidad: análisis de las cenizas de carbón depositadas en la costa dominicana",
     "El ministerio de medio ambiente de la República Dominicana solicita un laboratorio y "
     "asesoría para analizar los lixiviados de las cenizas de carbón de una central "
     "termoeléctrica que fueron depositadas en terrenos costeros, medir el arsénico y otros "
     "metales en los pozos cercanos y decidir su retiro y disposición final.",
     ("cenizas de carbón", "residuos peligrosos", "centrales termoeléctricas",
      "contaminación de suelos", "aguas subterráneas"), ("DO",), "2023-07"),
    # --- creosote-treated railway sleepers ---------------------------------------------------
    ("bb13", "document", "en",
     "Guidance on the disposal of creosote-treated railway sleepers",
     "Rail operators replace thousands of timber sleepers every year. The guidance explains "
     "why creosote, a coal-tar wood preservative rich in polycyclic aromatic hydrocarbons, "
     "makes old sleepers a hazardous waste, why they must not be sold for garden beds or "
     "burnt in household fires, and which high-temperature incinerators and energy recovery "
     "plants may take them.",
     ("creosote", "railway sleepers", "wood preservatives", "hazardous waste",
      "polycyclic aromatic hydrocarbons"), ("AU",), "2020"),
    ("bb14", "case-study", "fr",
     "Traverses de chemin de fer créosotées : le réemploi interdit dans les jardins",
     "Des traverses en chêne retirées des voies étaient revendues à des particuliers pour "
     "border des potagers et des aires de jeux. L'étude de cas décrit l'enquête, les "
     "brûlures de peau d'enfants, la créosote retrouvée dans les légumes et l'obligation "
     "faite au gestionnaire du réseau de reprendre les traverses usagées comme déchets "
     "dangereux.",
     ("créosote", "traverses de chemin de fer", "bois traité", "déchets dangereux",
      "santé des enfants"), ("BE",), "2019"),
    ("bb15", "need", "es",
     "Necesidad: inventario y eliminación de durmientes impregnados con creosota",
     "La empresa estatal de ferrocarriles de Argentina solicita asistencia técnica para "
     "inventariar los durmientes de quebracho y eucalipto impregnados con creosota "
     "acumulados junto a las vías en desuso y encontrar hornos de cemento u otras "
     "instalaciones capaces de destruirlos sin emitir dioxinas.",
     ("creosota", "durmientes", "madera tratada", "residuos peligrosos", "ferrocarriles"),
     ("AR",), "2024-05"),
    # --- disposable nappies ------------------------------------------------------------------
    ("bb16", "project", "en",
     "Diapers in the drains: collecting used disposable nappies in Kampala",
     "Used disposable diapers thrown into drainage channels block them and flood the low "
     "neighbourhoods of Kampala every rainy season. The project places lidded bins for "
     "nappies near markets, collects them twice a week for the sanitary landfill and tests "
     "whether their absorbent pulp and plastic can be separated and composted.",
     ("disposable diapers", "solid waste", "plastic waste", "urban drainage", "sanitation"),
     ("UG",), "2023"),
    ("bb17", "case-study", "fr",
     "Couches jetables ou lavables : dix ans de subventions municipales au Québec",
     "Plus de cent municipalités québécoises remboursent une partie de l'achat de couches "
     "lavables pour réduire le poids des couches jetables, qui forment une part importante "
     "des ordures ménagères enfouies. L'étude compare les tonnages évités, le coût par "
     "famille et l'eau et l'énergie consommées par le lavage.",
     ("couches jetables", "réduction des déchets", "ordures ménagères", "enfouissement"),
     ("CA",), "2022"),
    ("bb18", "document", "es",
     "Guía municipal para el manejo de pañales desechables usados en Guatemala",
     "Los pañales desechables usados son una fracción creciente de los residuos domiciliares "
     "y llegan a ríos y barrancos. La guía orienta a las municipalidades sobre su recolección "
     "separada, su disposición en rellenos sanitarios y la información a las familias sobre "
     "pañales de tela.",
     ("pañales desechables", "residuos sólidos", "rellenos sanitarios", "municipios"),
     ("GT",), "2021"),
    # --- genetically modified papaya ---------------------------------------------------------
    ("bb19", "document", "en",
     "Decision on virus-resistant genetically modified papaya for food in Japan",
     "Summary of the risk assessment and of the decision to approve the 'Rainbow' papaya, "
     "transformed with a coat protein gene of papaya ringspot virus, for import as fresh "
     "fruit. The competent authority found the fruit as safe as conventional papaya and "
     "requires each fruit to be labelled as genetically modified.",
     ("genetically modified papaya", "living modified organisms", "risk assessment",
      "papaya ringspot virus", "labelling"), ("JP",), "2011"),
    ("bb20", "case-study", "fr",
     "Papayers transgéniques dans les vergers thaïlandais : une dissémination non autorisée",
     "Des semences de papaye génétiquement modifiée résistante au virus des taches "
     "annulaires, issues d'une station d'essais, ont été distribuées à des paysans du "
     "Nord-Est. L'étude de cas décrit les analyses qui ont trouvé le transgène dans des "
     "vergers, l'abattage des arbres, les refus d'exportation et la révision des règles sur "
     "les essais au champ.",
     ("papaye transgénique", "organismes génétiquement modifiés", "dissémination "
      "accidentelle", "essais au champ", "biosécurité"), ("TH",), "2005"),
    ("bb21", "project", "es",
     "Ensayo confinado de lechosa transgénica resistente al virus de la mancha anillada",
     "Un instituto universitario de Mérida evalúa en un ensayo confinado líneas de lechosa "
     "(papaya) modificadas para resistir el virus de la mancha anillada, que destruye las "
     "plantaciones de los Andes venezolanos; el proyecto incluye el plan de bioseguridad, el "
     "aislamiento de las parcelas y la destrucción de los frutos.",
     ("papaya transgénica", "organismos vivos modificados", "ensayos confinados",
      "bioseguridad", "virus de plantas"), ("VE",), "2009"),
    # --- genetically modified sugarcane ------------------------------------------------------
    ("bb22", "document", "en",
     "Bt sugarcane in Brazil: approval and monitoring of insect-resistant varieties",
     "Brazil's biosafety commission approved sugarcane varieties genetically modified to "
     "produce a Bt protein against the sugarcane borer (Diatraea saccharalis). The page sets "
     "out the risk assessment, the post-release monitoring of insect resistance and of "
     "non-target insects, and why sugar and ethanol made from them contain no detectable "
     "protein.",
     ("genetically modified sugarcane", "Bt crops", "living modified organisms",
      "risk assessment", "insect resistance"), ("BR",), "2018"),
    ("bb23", "document", "fr",
     "Indonésie : évaluation des risques d'une canne à sucre génétiquement modifiée tolérante "
     "à la sécheresse",
     "Résumé de l'évaluation des risques pour l'environnement et la santé d'une canne à sucre "
     "transgénique qui produit davantage de bétaïne et supporte mieux les saisons sèches de "
     "Java : flux de gènes vers les cannes sauvages (Saccharum spontaneum), effets sur les "
     "sols et la faune, consultation publique et décision de l'autorité nationale.",
     ("canne à sucre", "organismes vivants modifiés", "évaluation des risques",
      "tolérance à la sécheresse", "biosécurité"), ("ID",), "2013"),
    ("bb24", "need", "es",
     "Necesidad: capacitación para evaluar solicitudes de caña de azúcar Bt",
     "La comisión nacional de bioseguridad de Honduras espera las primeras solicitudes de "
     "siembra de caña de azúcar genéticamente modificada resistente al barrenador del tallo y "
     "solicita capacitación en evaluación del riesgo, en detección de los eventos en "
     "laboratorio y en el seguimiento de los ingenios después de la aprobación.",
     ("caña de azúcar", "organismos vivos modificados", "evaluación del riesgo",
      "creación de capacidad", "cultivos Bt"), ("HN",), "2024-06"),
    # --- detection dogs ----------------------------------------------------------------------
    ("bb25", "project", "en",
     "Sniffer dogs at Mombasa port: detection dogs against ivory and pangolin trafficking",
     "Since 2018 a canine unit of the wildlife service searches containers and air cargo at "
     "Mombasa and Nairobi with dogs trained to smell ivory, rhino horn, pangolin scales and "
     "shark fins. The project trains handlers, breeds and cares for the dogs and records "
     "every find, which has led to seizures of several tonnes.",
     ("detection dogs", "wildlife trafficking", "ivory", "pangolin scales", "ports"),
     ("KE",), "2022"),
    ("bb26", "need", "fr",
     "Besoin : une brigade cynophile pour les douanes du Gabon",
     "Les douanes gabonaises demandent un appui pour créer une brigade cynophile à l'aéroport "
     "de Libreville et au port d'Owendo : achat et dressage de chiens détecteurs d'ivoire et "
     "d'écailles de pangolin, formation de maîtres-chiens et soins vétérinaires.",
     ("chiens détecteurs", "douanes", "trafic d'espèces sauvages", "ivoire", "pangolins"),
     ("GA",), "2023-05"),
    ("bb27", "support-source", "es",
     "Oferta: entrenamiento de perros detectores de fauna silvestre para aduanas andinas",
     "La unidad canina de la policía ambiental del Perú ofrece cursos a guías y perros de las "
     "aduanas de Bolivia, Ecuador y Colombia para detectar en equipajes y encomiendas aves, "
     "reptiles, aletas de tiburón y pieles de especies silvestres protegidas.",
     ("perros detectores", "tráfico de fauna silvestre", "aduanas", "creación de capacidad"),
     ("PE", "BO", "EC", "CO"), "2024-02"),
    # --- DNA barcoding -----------------------------------------------------------------------
    ("bb28", "dataset", "en",
     "A DNA barcode reference library for the freshwater fishes of the lower Mekong",
     "Standard COI barcode sequences from 1,100 specimens of 460 fish species collected in "
     "Cambodia, Laos, Thailand and Viet Nam, each linked to a voucher in a museum collection, "
     "so that fisheries officers and customs laboratories can identify fish, eggs and fillets "
     "that cannot be recognised by eye.",
     ("DNA barcoding", "freshwater fishes", "species identification", "reference collections",
      "taxonomy"), ("KH", "LA", "TH", "VN"), "2023"),
    ("bb29", "need", "fr",
     "Besoin : code-barres ADN pour vérifier les espèces de poissons vendues à Dakar",
     "La direction des pêches du Sénégal demande un appui pour équiper un laboratoire et "
     "former ses techniciens au code-barres ADN (barcoding), afin de vérifier les espèces de "
     "poissons et de requins débarqués et vendus en filets, repérer les substitutions "
     "d'espèces sur les marchés et contrôler les exportations d'ailerons.",
     ("code-barres ADN", "identification des espèces", "pêche", "fraude alimentaire",
      "requins"), ("SN",), "2024-01"),
    ("bb30", "project", "es",
     "Inventario con códigos de barras de ADN de las mariposas nocturnas de Guanacaste",
     "Desde hace dos décadas parataxónomos del Área de Conservación Guanacaste crían orugas "
     "y toman muestras de cada mariposa para obtener su código de barras de ADN; el "
     "inventario ha revelado cientos de especies crípticas y alimenta la biblioteca "
     "genética pública que usan otros países para identificar especies.",
     ("códigos de barras de ADN", "inventarios de biodiversidad", "taxonomía",
      "mariposas", "identificación de especies"), ("CR",), "2020"),
)  # fmt: skip
