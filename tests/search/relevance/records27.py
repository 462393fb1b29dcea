"""Clearing-house records of the twenty-seventh judged relevance set
(tests/search/relevance/queries27.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: trade and sustainable-use
pages on edible bird's nests of swiftlets (Aerodramus fuciphagus; nids de salanganes, nidos de
salangana); pesticide pages on the triazine herbicide atrazine; Stockholm-like pages on
the plastics UV stabiliser UV-328 and on passive air samplers for persistent organic
pollutants (the Global Monitoring Plan); Basel-like waste pages on olive mill wastewater
(zibar, margines, alpechín and alperujo); Biosafety Clearing-House pages (a decision, a
project, a need) on genetically modified bananas; CBD Clearing-House Mechanism pages on
Miyawaki tiny forests (micro-forêts, microbosques), on cloud forests (forêts de nuages, bosque
mesófilo de montaña) and on the cane toad (Rhinella marina), an invasive species; chemical
safety pages on lead in kohl (surma, khôl) eye cosmetics. English, French and Spanish, 10
records each, every topic written once in each language (different countries, projects and
angles, not translations of one text), so that a query in one language has answers in the
others.

None of records.py, records3.py, ..., records26.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (swiftlet, salangane, salangana, bird's nest, edible nest,
nid d'hirondelle, nido de golondrina, nidos comestibles, Aerodramus, Collocalia, swift,
martinet, vencejo; atrazine, atrazina, triazine, simazine, Gesaprim, herbicide, herbicida,
désherbant, maize, maïs, maíz; UV-328, benzotriazole, benzotriazol, UV stabiliser,
stabilisant, estabilizador, absorbeur, ultraviolet, UV, plastic additive, additifs, aditivos;
olive mill, olive oil, huile d'olive, aceite de oliva, margines, grignons, huilerie, moulin à
huile, alpechín, alperujo, orujo, almazara, aceituna; banana, banane, bananier, plátano,
banano, Cavendish, Fusarium, TR4, matooke; Miyawaki, tiny forest, micro-forêt, microbosque,
urban forest, forêt urbaine, bosque urbano, arbolado, afforestation, boisement, forestación;
cloud forest, forêt de nuages, forêt nuageuse, forêt de brouillard, bosque nublado, bosque
nuboso, bosque de niebla, niebla, montane forest, forêt de montagne, bosque montano,
epiphyte, épiphyte, epífita, bromelia, quetzal, fog; kohl, khôl, surma, kajal, galena,
galène, antimony, antimoine, cosmetic, cosmétique, cosmético, azarcón, greta; passive
sampler, passive air, échantillonneur, muestreador, PUF, polyurethane foam, mousse de
polyuréthane, espuma de poliuretano, GAPS, MONET, Global Monitoring Plan, surveillance
mondiale, vigilancia mundial; cane toad, crapaud buffle, crapaud, sapo de caña, sapo,
Rhinella, Bufo, toad, amphibian, anfibio). Candidates found covered were dropped (seahorses,
frankincense, sandalwood, shea, argan, cork, vicuña, rosewood, caviar, environmental DNA (the
axolotl page's subjects name it), acoustic monitoring (the wind-farm bat page), GPS collars
(saiga, Bactrian camels), drones, chronic kidney disease of farm workers (the heat-stress
guide names it), dune restoration (the coastal-erosion guide's subjects name dunes), oyster
reefs (the tributyltin, acidification and algal-bloom pages name oysters), salt marshes (the
Tinto phosphogypsum marshes), carbon monoxide (the charcoal kitchen page) and others; red mud
was set aside as too near the spent pot lining pages). The nearest are the guide to
herbicides in smallholder maize (p08) and the paraquat and glyphosate pages (p09, p10); the
plastic additive pages (w26, w27), the plastic pellet pages (j01-j03) and the sunscreen UV
filter page (o25); the Dechlorane Plus pages (bf13-bf15), the POPs laboratory and breast-milk
pages of the Global Monitoring Plan (r22, p30) and the lichen biomonitoring of air (bf28-bf30);
the tannery effluent pages (x01-x03) and the village oil-palm guide that names palm oil mills
(y02); the pesticide pages on banana plantations (n09, p09, q22, q24) and the Ugandan GM
potato and GMO detection pages (bc10, c7); the urban tree and green corridor pages (w11,
w12); the mountain ecosystem and páramo pages (m22-m24) and the bird-ringing need that asks
for mist nets (redes de niebla, records25.py); the lead paint, lead glaze (greta), turmeric
and battery-recycling lead pages and the mercury skin-lightening cream pages (p01-p03); the
nest-box guide that names swifts (martinets, bf23) and the wildlife-crossing guide that names
toads (crapauds, records25.py); the golden files name none of these topics beyond a passing
word (molecule pages that name cosmetics, herbicides or polyurethane foams among many uses)
and one mineral page (galena, lead sulphide, the traditional base of kohl). No text was
copied from those sites and none comes from demo/generator.py. They are meant to be harvested
as ``oai_dc``-like records and enriched with the project thesaurus exactly as the other
records files' are, beside them and the real fixtures' records (tests/mappings/golden/*.json)
as one pool.

Ids (bg01..bg30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30), and no earlier id starts with
"bg"; in queries27.tsv they are written without prefix, like theirs, and take the same
``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- edible bird's nests (swiftlets) ----------------------------------------------------
    ("bg01", "document", "en",
     "Edible bird's nests from swiftlet houses: registration, traceability and export "
     "certificates in Malaysia",
     "Most edible bird's nests no longer come from caves but from swiftlet houses, windowless "
     "concrete buildings in the towns of Sarawak, Perak and Sabah where recorded calls lure "
     "the white-nest swiftlet (Aerodramus fuciphagus) to build its cup of hardened saliva. The "
     "guide explains how ranchers register their premises, harvest nests only after the "
     "chicks have fledged, have feathers picked out by hand in licensed cleaning plants and "
     "test for nitrite, the cause of the 2011 'red nest' scare that closed the Chinese "
     "market, and how each box is traced to its house for export as yan wo, the delicacy "
     "eaten as bird's nest soup.",
     ("edible bird's nests", "swiftlets", "Aerodramus fuciphagus", "traceability",
      "food safety"), ("MY",), "2020"),
    ("bg02", "project", "fr",
     "Nids de salanganes de Khánh Hòa : une récolte raisonnée dans les grottes des îles",
     "Sur les îlots calcaires au large de Nha Trang, la salangane à nid blanc (Aerodramus "
     "fuciphagus) colle aux parois des grottes ses nids de salive, le yến sào, vendus "
     "plusieurs milliers de dollars le kilo pour la soupe aux nids d'hirondelle. Le projet "
     "aide l'entreprise provinciale qui détient les grottes à limiter la récolte à deux "
     "passages par an, après l'envol des jeunes, à compter les nids par photographie des "
     "parois et à encadrer les maisons à salanganes qui se multiplient dans les villages "
     "côtiers et attirent les oiseaux hors des îles.",
     ("nids de salanganes", "salanganes", "grottes", "utilisation durable",
      "espèces exploitées"), ("VN",), "2019"),
    ("bg03", "case-study", "es",
     "Nidos de salangana en las islas del mar de Andamán: concesiones, guardas y "
     "recolectores",
     "En las cuevas de piedra caliza de Koh Phi Phi y de las islas de Krabi y Trang, los "
     "recolectores trepan por andamios de bambú y cuerdas hasta techos de sesenta metros para "
     "cortar los nidos comestibles de la salangana nidoblanco (Aerodramus fuciphagus) y de "
     "la salangana nidonegro (Aerodramus maximus), hechos de saliva y pagados a precio de "
     "oro para la sopa de nido de pájaro. El estudio de caso describe las concesiones "
     "provinciales, los guardas armados que vigilan las cuevas contra el robo, el descenso de "
     "las colonias cuando se cosecha antes de que vuelen los pollos y la competencia de las "
     "casas de salanganas de tierra firme.",
     ("nidos de salangana", "nidos comestibles", "cuevas", "uso sostenible",
      "aves"), ("TH",), "2021"),
    # --- atrazine ---------------------------------------------------------------------------
    ("bg04", "case-study", "en",
     "Atrazine in Midwest drinking water: the water systems' lawsuit and what followed",
     "Atrazine, the triazine weed killer sprayed before and after planting on most corn and "
     "sorghum fields of the United States (sold as AAtrex and Gesaprim), washes into streams "
     "and reservoirs in spring runoff, where it can stay above the 3 µg/L drinking water "
     "limit for weeks. The case study follows the community water systems of Illinois, "
     "Kansas and other states that sued the manufacturer over the cost of activated carbon "
     "treatment, the 2012 settlement, the dispute over its effects on the sexual development "
     "of frogs and why the European Union stopped authorising it in 2004.",
     ("atrazine", "herbicides", "drinking water", "maize", "litigation"), ("US",), "2019"),
    ("bg05", "dataset", "fr",
     "Atrazine et déséthylatrazine dans les eaux souterraines du Bassin parisien, 1998-2023",
     "Concentrations d'atrazine, désherbant du maïs interdit en France depuis 2003, et de ses "
     "produits de dégradation (déséthylatrazine, déisopropylatrazine, hydroxyatrazine) "
     "mesurées dans 1 200 captages d'eau potable de Beauce, de Champagne et de Brie. Vingt ans "
     "après l'interdiction, la déséthylatrazine dépasse encore la limite de qualité de "
     "0,1 µg/L dans une partie des captages, qui doivent être traités, mélangés à d'autres "
     "eaux ou abandonnés.",
     ("atrazine", "herbicides", "eaux souterraines", "eau potable",
      "métabolites de pesticides"), ("FR",), "2024"),
    ("bg06", "need", "es",
     "Necesidad: análisis de atrazina en pozos de agua de comunidades rodeadas de cultivos en "
     "Paraguay",
     "El servicio nacional de saneamiento ambiental solicita un cromatógrafo, patrones "
     "analíticos y capacitación para medir la atrazina, herbicida aplicado en el maíz de "
     "zafriña que se siembra después de la soja, en los pozos de escuelas y de comunidades "
     "campesinas e indígenas de Alto Paraná e Itapúa rodeadas de cultivos mecanizados, y "
     "apoyo para fijar un valor guía nacional para el agua de consumo.",
     ("atrazina", "herbicidas", "agua de consumo", "plaguicidas", "necesidades"), ("PY",),
     "2024-03"),
    # --- UV-328 -----------------------------------------------------------------------------
    ("bg07", "document", "en",
     "UV-328 in plastics: guidance for national inventories after its listing under the "
     "Stockholm Convention",
     "UV-328 (2-(2H-benzotriazol-2-yl)-4,6-di-tert-pentylphenol) is a benzotriazole UV "
     "stabiliser added to plastics, car paints, coatings and adhesives to stop them yellowing "
     "and cracking in sunlight. It does not break down, builds up in fish and is found in the "
     "preen oil of seabirds that swallow plastic fragments, which carry it far out to sea. "
     "Listed in Annex A in 2023 with exemptions for some vehicle parts, industrial machinery "
     "and display films, it must now be inventoried: the guidance lists the products likely "
     "to contain it, the customs codes to watch and how to sample and analyse them.",
     ("UV-328", "UV stabilisers", "persistent organic pollutants", "Stockholm Convention",
      "plastic additives"), (), "2024"),
    ("bg08", "dataset", "fr",
     "Stabilisants UV benzotriazolés dans les granulés plastiques et les puffins de l'océan "
     "Indien, 2019-2022",
     "Teneurs en UV-328, UV-326 et UV-P mesurées dans les granulés et fragments de plastique "
     "ramassés sur les plages de La Réunion, de Maurice et des Seychelles, et dans la graisse "
     "de la glande uropygienne de puffins du Pacifique (Ardenna pacifica) trouvés morts ou "
     "échoués. Les oiseaux qui avaient avalé le plus de plastique portaient le plus de "
     "stabilisants UV, signe d'un transfert direct de ces additifs des plastiques vers les "
     "tissus.",
     ("UV-328", "stabilisants UV", "additifs des plastiques", "oiseaux marins",
      "déchets marins"), ("RE", "MU", "SC"), "2023"),
    ("bg09", "need", "es",
     "Necesidad: identificar UV-328 en autopartes y plásticos importados en el Perú",
     "El punto focal del Convenio de Estocolmo en el Perú solicita apoyo para incluir el "
     "UV-328, estabilizador ultravioleta de tipo benzotriazol presente en faros, parachoques, "
     "pinturas de automóviles y películas agrícolas, en el inventario de nuevos contaminantes "
     "orgánicos persistentes: capacitación de laboratorios en cromatografía, un protocolo de "
     "muestreo en importadoras y desarmaderos y orientación sobre las exenciones para "
     "repuestos de vehículos.",
     ("UV-328", "estabilizadores UV", "contaminantes orgánicos persistentes", "inventarios",
      "necesidades"), ("PE",), "2024-09"),
    # --- olive mill wastewater --------------------------------------------------------------
    ("bg10", "project", "en",
     "Olive mill wastewater in the West Bank: from the wadis to evaporation ponds and compost",
     "During the olive harvest, from October to December, some 270 olive presses in the "
     "northern West Bank release zibar, the dark, acidic olive mill wastewater laden with "
     "oil and polyphenols, into sewers and wadis, where it kills soil life, taints wells and "
     "upsets treatment plants. The project builds lined evaporation ponds shared by "
     "neighbouring mills, co-composts their sludge with olive pomace (jift) and pruning waste "
     "for the groves, and helps mills switch to two-phase decanters that use far less water.",
     ("olive mill wastewater", "agro-industrial waste", "composting", "wastewater",
      "olive oil"), ("PS",), "2021"),
    ("bg11", "case-study", "fr",
     "Les margines des huileries de Sfax : bassins d'évaporation et épandage sur les "
     "oliveraies",
     "Chaque campagne oléicole, les huileries de la région de Sfax rejettent des centaines de "
     "milliers de mètres cubes de margines, eaux de végétation noires et malodorantes "
     "chargées de polyphénols, longtemps déversées dans les oueds et les réseaux "
     "d'assainissement. L'étude de cas décrit les bassins d'évaporation collectifs d'Agareb, "
     "leurs fuites vers la nappe, l'épandage contrôlé des margines sur les oliveraies à doses "
     "limitées et la valorisation des grignons d'olive en combustible et en compost.",
     ("margines", "huileries", "effluents agro-industriels", "épandage agricole",
      "grignons d'olive"), ("TN",), "2022"),
    ("bg12", "document", "es",
     "Alpechín y alperujo: guía para la gestión de los subproductos de las almazaras",
     "Desde que las almazaras andaluzas pasaron del sistema de tres fases al de dos fases, el "
     "alpechín, el agua de vegetación de la aceituna que antes se vertía a los ríos de la "
     "cuenca del Guadalquivir, casi ha desaparecido, pero queda el alperujo, una pasta húmeda "
     "que se lleva a las orujeras para extraer aceite de orujo y secarla. La guía explica las "
     "balsas de evaporación impermeabilizadas, el tratamiento de las aguas de lavado de la "
     "aceituna y de los restos de alpechín, el riego autorizado con ellas y el compostaje del "
     "alperujo con estiércol.",
     ("alpechín", "alperujo", "almazaras", "residuos agroindustriales", "guías"), ("ES",),
     "2019"),
    # --- GM bananas -------------------------------------------------------------------------
    ("bg13", "document", "en",
     "Decision approving Panama disease resistant GM banana QCAV-4 for cultivation and food",
     "Australia's gene technology regulator licensed the commercial cultivation of QCAV-4, a "
     "Cavendish banana (Musa acuminata) given the RGA2 resistance gene of a wild Southeast "
     "Asian banana to protect it from Panama disease tropical race 4 (TR4), the soil fungus "
     "Fusarium oxysporum f. sp. cubense that is killing plantations worldwide, and the food "
     "standards agency approved it as food in Australia and New Zealand. The decision "
     "summarises the field trials in the Northern Territory, the absence of viable seed and "
     "pollen spread, and the licence conditions; the developer keeps it in reserve should "
     "TR4 reach the Queensland growing areas.",
     ("GM banana", "Panama disease", "living modified organisms", "decisions",
      "Fusarium wilt"), ("AU", "NZ"), "2024"),
    ("bg14", "project", "fr",
     "Bananiers matooke génétiquement modifiés résistants au flétrissement bactérien : essais "
     "confinés en Ouganda",
     "Le flétrissement bactérien du bananier (Xanthomonas campestris pv. musacearum), arrivé "
     "en Ouganda en 2001, ruine les plantations de matooke, la banane à cuire des hautes "
     "terres d'Afrique de l'Est. L'institut national de recherche agronomique teste à "
     "Kawanda des bananiers auxquels ont été ajoutés deux gènes du poivron, et d'autres "
     "enrichis en provitamine A. Le projet conduit les essais au champ confinés autorisés par "
     "le comité national de biosécurité, en attendant une loi qui permettrait leur "
     "dissémination.",
     ("bananiers génétiquement modifiés", "matooke", "essais au champ confinés",
      "flétrissement bactérien", "biosécurité"), ("UG",), "2018"),
    ("bg15", "need", "es",
     "Necesidad: evaluar bananos transgénicos y editados resistentes al Fusarium R4T en "
     "Colombia",
     "Desde 2019, cuando se confirmó en fincas de La Guajira el Fusarium raza 4 tropical (Foc "
     "R4T), hongo del suelo que marchita el banano Cavendish y amenaza a los plátanos, "
     "Colombia mantiene la emergencia fitosanitaria y la cuarentena de las fincas afectadas. "
     "La autoridad de bioseguridad agrícola solicita capacitación para evaluar solicitudes de "
     "ensayo de bananos transgénicos o editados con CRISPR resistentes al mal de Panamá, "
     "protocolos de confinamiento en invernadero y apoyo para decidir cuándo una planta "
     "editada no es un organismo vivo modificado.",
     ("bananos transgénicos", "Fusarium R4T", "organismos vivos modificados",
      "sanidad vegetal", "necesidades"), ("CO",), "2024-02"),
    # --- Miyawaki tiny forests --------------------------------------------------------------
    ("bg16", "project", "en",
     "Miyawaki forests on vacant city land in Chennai",
     "Since 2019 the Greater Chennai Corporation and volunteer groups have planted more than "
     "thirty Miyawaki forests, dense patches of three to four native saplings per square "
     "metre on pits filled with husk, compost and manure, in parks, school grounds and a "
     "former garbage dump. The tiny forests use species of the tropical dry evergreen forest "
     "of the Coromandel coast, are watered and weeded for three years, and are followed for "
     "survival, height, soil moisture and the birds and butterflies that move in.",
     ("Miyawaki method", "tiny forests", "urban forestry", "native trees",
      "urban biodiversity"), ("IN",), "2022"),
    ("bg17", "document", "fr",
     "Planter une micro-forêt urbaine selon la méthode Miyawaki : guide pour les collectivités",
     "Le guide destiné aux services des espaces verts décrit la préparation d'un sol "
     "décompacté et enrichi, le choix d'une trentaine d'essences locales (chêne sessile, "
     "charme, érable champêtre, noisetier, cornouiller), la plantation serrée de trois plants "
     "par mètre carré avec les habitants et les écoles, le paillage et trois ans d'entretien. "
     "Il discute aussi les critiques : coût par arbre, forte mortalité lors des étés secs, "
     "comparaison avec une plantation classique ou la régénération naturelle.",
     ("micro-forêts", "méthode Miyawaki", "forêts urbaines", "plantation d'arbres",
      "guides"), ("FR",), "2023"),
    ("bg18", "case-study", "es",
     "Microbosques nativos en Santiago: tres años de bosques Miyawaki en comunas del sur",
     "En plazas y sitios eriazos de La Pintana y La Granja, vecinos y una fundación plantaron "
     "microbosques de 200 a 400 m² con el método Miyawaki, usando especies del bosque "
     "esclerófilo de Chile central (quillay, peumo, litre, boldo, espino). El estudio de caso "
     "mide la supervivencia tras los veranos de megasequía, el agua de riego consumida, la "
     "temperatura del suelo bajo el dosel y la opinión de los vecinos, y compara su costo con "
     "el del arbolado urbano tradicional.",
     ("microbosques", "método Miyawaki", "bosque esclerófilo", "arbolado urbano",
      "restauración ecológica"), ("CL",), "2024"),
    # --- cloud forests ----------------------------------------------------------------------
    ("bg19", "case-study", "en",
     "Cloud forests of the Uluguru Mountains: paying upstream villages for Dar es Salaam's "
     "water",
     "The montane and cloud forests of the Uluguru Mountains, part of Tanzania's Eastern Arc, "
     "catch mist and rain and feed the Ruvu River that supplies Dar es Salaam. They shelter "
     "the Uluguru bush-shrike, African violets and chameleons found nowhere else, but farms "
     "have crept up the slopes. The case study follows the pilot in which the city's water "
     "utility and a brewery paid upstream villages to terrace their fields and stop clearing, "
     "the boundary of the Uluguru Nature Reserve and the measurements of mist and river "
     "flow.",
     ("cloud forests", "montane forests", "Eastern Arc Mountains", "watershed services",
      "water supply"), ("TZ",), "2020"),
    ("bg20", "need", "fr",
     "Besoin : cartographier et suivre les forêts de nuages du Karthala et de Mohéli",
     "La direction de l'environnement des Comores demande un appui pour cartographier, par "
     "images satellitaires et relevés de terrain, les forêts de nuages ou forêts de "
     "brouillard des hauts du Karthala en Grande Comore et des crêtes de Mohéli, riches en "
     "fougères arborescentes, mousses et orchidées épiphytes et qui reculent devant les "
     "cultures et les feux ; pour installer des placettes de suivi ; et pour mesurer la part "
     "de l'eau des sources captée dans le brouillard par ces forêts.",
     ("forêts de nuages", "forêts de montagne", "cartographie", "ressources en eau",
      "besoins"), ("KM",), "2023-06"),
    ("bg21", "project", "es",
     "Bosque mesófilo de montaña en Veracruz: café bajo sombra y corredores de bosque de "
     "niebla",
     "El bosque mesófilo de montaña, o bosque de niebla, cubre menos del 1 % del territorio "
     "de México pero alberga miles de especies de helechos arborescentes, bromelias, "
     "orquídeas y aves como la tucaneta esmeralda. En las laderas de Xalapa y Coatepec ha "
     "sido sustituido por potreros, caña y cafetales a pleno sol. El proyecto restaura franjas "
     "de bosque con especies nativas (liquidámbar, encinos, haya mexicana), apoya a los "
     "productores de café bajo sombra y vigila con los municipios los manantiales que "
     "abastecen a Xalapa.",
     ("bosque mesófilo de montaña", "bosques nubosos", "café de sombra",
      "restauración ecológica", "servicios hidrológicos"), ("MX",), "2021"),
    # --- lead in kohl -----------------------------------------------------------------------
    ("bg22", "dataset", "en",
     "Lead in surma and kohl eye cosmetics sold in Lahore, Karachi and Peshawar, 2022",
     "Lead content of 120 samples of surma, kohl and kajal bought in bazaars, shrine shops "
     "and pharmacies, measured by X-ray fluorescence and confirmed by atomic absorption. Many "
     "traditional surmas are ground galena (lead sulphide) and are more than half lead by "
     "weight; they are put on the eyes of newborns and young children as well as adults, for "
     "religious and health reasons. Brand, packaging, claimed ingredients and labels are "
     "recorded with each result.",
     ("kohl", "surma", "lead", "cosmetics", "children's health"), ("PK",), "2023"),
    ("bg23", "case-study", "fr",
     "Khôl et saturnisme infantile : cas suivis par le centre antipoison du Maroc",
     "Le khôl traditionnel (kohl, tazoult), poudre noire appliquée sur les yeux des "
     "nourrissons et des femmes, est souvent fait de galène broyée, un sulfure de plomb. "
     "L'étude de cas présente des enfants hospitalisés pour anémie et saturnisme après des "
     "applications répétées, les plombémies mesurées dans leurs familles, l'analyse de khôls "
     "achetés au souk et chez les herboristes, et la campagne d'information menée auprès des "
     "mères et des vendeurs.",
     ("khôl", "plomb", "saturnisme", "cosmétiques", "santé de l'enfant"), ("MA",), "2021"),
    ("bg24", "document", "es",
     "Kohl con plomo: aviso sanitario y orientaciones para comercios y familias",
     "La agencia española de medicamentos y productos sanitarios advierte que algunos kohl, "
     "khol o surma vendidos en tiendas de alimentación, bazares y por internet, sin el "
     "etiquetado que exige el reglamento europeo de cosméticos, contienen sulfuro de plomo "
     "(galena) en altas concentraciones. El documento explica por qué el plomo está "
     "prohibido en los cosméticos, el riesgo para los niños a quienes se aplica en los ojos, "
     "cómo reconocer un producto no autorizado y cómo retirarlo del mercado, y orienta a los "
     "servicios de inspección de consumo de las comunidades autónomas.",
     ("kohl", "plomo", "cosméticos", "seguridad de los productos", "inspección"), ("ES",),
     "2022"),
    # --- passive air samplers ---------------------------------------------------------------
    ("bg25", "dataset", "en",
     "Persistent organic pollutants in air from passive samplers at 30 African sites, "
     "2010-2022",
     "Concentrations of PCBs, organochlorine pesticides, PBDEs and PFAS in air from "
     "polyurethane foam (PUF) disk passive samplers, exposed for three months at a time in "
     "their domed steel shelters at urban, rural and background sites in 20 countries. The "
     "samplers, cheap and needing no electricity, were set up by national teams for the "
     "Stockholm Convention's Global Monitoring Plan and analysed in regional laboratories; "
     "the results feed the evaluation of the Convention's effectiveness.",
     ("passive air sampling", "persistent organic pollutants", "Global Monitoring Plan",
      "air monitoring", "PUF disk samplers"), ("KE", "GH", "ET", "ML", "ZM", "MU"), "2023"),
    ("bg26", "event", "fr",
     "Atelier régional : installer des échantillonneurs passifs d'air pour la surveillance des "
     "POP en Afrique centrale",
     "Atelier pratique de cinq jours à Yaoundé pour les laboratoires et les agences de "
     "l'environnement du Cameroun, du Congo, du Gabon, du Tchad et de la République "
     "centrafricaine : préparation des disques de mousse de polyuréthane, montage des abris, "
     "choix des sites loin des sources locales, changement des disques tous les trois mois, "
     "conservation et envoi des échantillons, et calcul des volumes d'air échantillonnés pour "
     "rendre les résultats comparables dans le plan de surveillance mondiale.",
     ("échantillonneurs passifs", "surveillance de l'air", "polluants organiques persistants",
      "plan de surveillance mondiale", "ateliers"), ("CM", "CG", "GA", "TD", "CF"), "2023"),
    ("bg27", "support-source", "es",
     "Oferta: muestreadores pasivos de aire y análisis de plaguicidas y COP para América "
     "Latina",
     "Un laboratorio universitario de química ambiental ofrece a las autoridades ambientales y "
     "de salud de América Latina y el Caribe muestreadores pasivos con discos de espuma de "
     "poliuretano y con resina XAD, instrucciones para instalarlos y el análisis gratuito de "
     "hasta 40 muestras de aire por país, para medir plaguicidas de uso actual y "
     "contaminantes orgánicos persistentes cerca de zonas agrícolas, escuelas rurales y "
     "vertederos, junto con un curso en línea para interpretar los resultados.",
     ("muestreo pasivo de aire", "contaminantes orgánicos persistentes", "plaguicidas",
      "calidad del aire", "ofertas"), (), "2024"),
    # --- cane toad --------------------------------------------------------------------------
    ("bg28", "case-study", "en",
     "Teaching northern quolls to leave cane toads alone: taste aversion in the Kimberley",
     "The cane toad (Rhinella marina, formerly Bufo marinus) was released in Queensland's "
     "sugarcane fields in 1935 to eat cane beetles and has spread across northern Australia "
     "to the Kimberley. Predators that bite it, such as northern quolls, freshwater "
     "crocodiles, goannas and snakes, die from the poison of its parotoid glands. The case "
     "study follows the release of 'toad sausages' laced with a nausea-inducing chemical "
     "ahead of the invasion front, so that quolls and goannas learn to avoid toads, and the "
     "trapping of toads and fencing of dams by community groups.",
     ("cane toad", "invasive alien species", "northern quoll", "conditioned taste aversion",
      "native predators"), ("AU",), "2020"),
    ("bg29", "document", "fr",
     "Le crapaud buffle aux Antilles : chiens intoxiqués, grenouilles menacées, que faire ?",
     "Le crapaud buffle ou crapaud géant (Rhinella marina), originaire d'Amérique du Sud où "
     "vit aussi la population de Guyane, a été introduit en Martinique et en Guadeloupe contre "
     "les insectes des champs de canne. Ses glandes parotoïdes sécrètent un venin qui tue "
     "chaque année des chiens qui le mordent ; il mange et concurrence les hylodes, petites "
     "grenouilles endémiques. La fiche indique les gestes d'urgence pour les animaux "
     "domestiques, comment reconnaître l'espèce et pourquoi ne pas la déplacer vers d'autres "
     "îles.",
     ("crapaud buffle", "espèces exotiques envahissantes", "amphibiens",
      "animaux domestiques", "outre-mer"), ("MQ", "GP"), "2022"),
    ("bg30", "project", "es",
     "Sapo concho y sapo de caña: proteger las charcas de reproducción en el sur de Puerto "
     "Rico",
     "El sapo de caña o sapo común (Rhinella marina), introducido en Puerto Rico hacia 1920 "
     "para combatir los gusanos blancos de la caña de azúcar, se reproduce en las mismas "
     "charcas temporales que el sapo concho (Peltophryne lemur), el único sapo nativo de la "
     "isla, en peligro crítico. El proyecto del bosque seco de Guánica retira a mano "
     "adultos, cordones de huevos y renacuajos de sapo de caña tras las lluvias, cerca las "
     "charcas donde se liberan renacuajos de sapo concho criados en zoológicos y enseña a los "
     "voluntarios a distinguir las dos especies.",
     ("sapo de caña", "especies exóticas invasoras", "sapo concho", "anfibios",
      "áreas protegidas"), ("PR",), "2022"),
)  # fmt: skip
