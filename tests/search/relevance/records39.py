"""Clearing-house records of the thirty-ninth judged relevance set
(tests/search/relevance/queries39.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CBD Clearing-House
Mechanism and CITES-like pages on crocodilians (the gharial nests of the National Chambal
Sanctuary; the faux-gavial d'Afrique bred at the Abidjan zoo and released in Ivorian rivers;
the ranching of yacarés, Caiman latirostris and Caiman yacare, in the bajos submeridionales
of Santa Fe) and on fjords (the fiords of the Fiordland Marine Area and their black corals;
the bélugas and ships of the fjord du Saguenay; the fiordos y canales of Aysén under salmon
farming); Stockholm-Convention pages on toxaphene (the pesticide plant of Brunswick, Georgia,
and its marshes; the lottes and touladis of lac Laberge in the Yukon; the toxafeno of the
Managua plant on lake Xolotlán and of the cotton plains of León and Chinandega);
sustainable-use and BioTrade pages on tagua or vegetable ivory (Emberá and Wounaan carvers of
the Darién; the corozo buttons made from Ecuadorian seeds, the animelas; the yarina palms of
Loreto and Ucayali); health and biodiversity pages on leishmaniasis (indoor residual spraying
against sand flies for kala-azar elimination in Bihar; the pian bois of French Guiana, its
phlébotomes and sloths; the outbreak of south-west Madrid, its hares and flebotomos); finance
pages on protected-area entrance fees (Bonaire's dive tag and nature fee; the droits d'entrée
of Madagascar National Parks shared with communities; a Central American workshop on tarifas
de ingreso); water and marine pages on seawater desalination (brine outfalls of the Arabian
Gulf; the Chtouka plant of Agadir, osmose inverse and saumure; the salmuera of Spanish
desaladoras and the Posidonia meadows); cooperation pages on South-South cooperation (Brazil's
biosafety regulators and laboratories with Mozambique, Malawi and Ghana; the centre antipoison
of Tunis and the teams of Mauritania, Niger and Chad; an offer of cooperación Sur-Sur on
biodiversity information systems from Mexico); hazard pages on tsunamis (the species that
rafted to Oregon, Washington and Hawaii on debris of the 2011 Japanese tsunami; mangroves and
filaos replanted in Aceh after 2004; the Tubul-Raqui wetland raised by the 27F earthquake and
maremoto); and plant-health pages on coffee leaf rust (Hemileia vastatrix reaching Kona and
Maui; the rouille orangée du caféier in Haiti; the early warning system for the roya del café
in Guatemala). English, French and Spanish, 10 records each, every topic written once in each
language (different countries, projects and angles, not translations of one text), so that a
query in one language has answers in the others.

None of records.py, records3.py, ..., records38.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (crocodile, crocodilian, crocodilien, cocodrilo,
cocodriliano, caiman, caïman, caimán, yacaré, gavial, gharial, alligator, Crocodylus,
Osteolaemus, Mecistops, Gavialis, mugger, babilla, lagarto, reptile skin, cuero, leather,
ranching, rancheo, Chambal, Orinoco; fjord, fiord, fiordo, sea loch, Saguenay, Fiordland,
Milford, Aysén, Comau, Reloncaví, Patagonia, béluga, Tadoussac, salmon farming,
salmoniculture, salmonicultura, cold-water coral, black coral, coral negro, Desmophyllum;
toxaphene, toxaphène, toxafeno, camphechlor, canfecloro, chlorinated camphene, organochlorine,
organochloré, organoclorado, cotton, coton, algodón, Laberge, Yukon, touladi, lake trout,
burbot, lotte, Brunswick, Terry Creek, Managua, Xolotlán, Chinandega; tagua, corozo, yarina,
Phytelephas, vegetable ivory, ivoire végétal, marfil vegetal, animela, ivory, ivoire, marfil,
button, bouton, botón, Darién, Emberá, Wounaan, Manabí, handicraft, artisanat, artesanía;
leishmaniasis, leishmaniose, leishmaniosis, kala-azar, pian bois, sand fly, phlébotome,
flebótomo, Phlebotomus, Lutzomyia, Fuenlabrada, hare, lièvre, liebre, sloth, paresseux,
perezoso, pentamidine, amphotericin, indoor residual spraying; entrance fee, user fee, nature
fee, dive tag, droits d'entrée, tarifa de ingreso, visitor fee, Bonaire, STINAPA,
Madagascar National Parks, ANGAP, SINAC, Tikal, carrying capacity, capacidad de carga,
tourism, tourisme, turismo; desalination, dessalement, desalación, desalinización,
desaladora, brine, saumure, salmuera, reverse osmosis, osmose inverse, ósmosis inversa,
antiscalant, Posidonia, Cymodocea, Chtouka, Agadir, Souss, Torrevieja; South-South, Sud-Sud,
Sur-Sur, triangular, Bio-Bridge, technical cooperation, coopération technique, cooperación
técnica, study tour, CONABIO, AMEXCID, CTNBio, Embrapa; tsunami, maremoto, raz-de-marée,
earthquake, séisme, terremoto, Tohoku, Misawa, Aceh, Tubul, 27F, debris, débris, escombros,
rafting, filao, Casuarina; coffee, café, caféier, cafeto, caficultura, coffee rust, rouille,
roya, rust, Hemileia, Kona, Typica, Catimor, Sarchimor, Anacafé). Candidates found covered
were dropped: glacial lake outburst floods (w37-w39), sand and dust storms (x07-x09), sand
mining (v13-v15), sustainable public procurement (u13-u15), laboratory proficiency testing
(r22-r24), rosewood (o10-o12), jellyfish blooms (s19-s21), nanomaterials (x13-x15), heat
action plans (w19, w20), threatened cacti (u18), rodenticides (the barn owl page bf22),
chemical weapons (w04-w06) and primary mercury mining (the cinnabar of Huancavelica, t42),
besides the topics listed as covered by the notes of sets 34 to 38; screened with no or
passing hits but not chosen: siloxanes, thiomersal, sodium fluoroacetate (1080), munitions
dumped at sea, agrivoltaics, hornbills, sea snakes, landslides (named by the slope
bioengineering pages bi13, bi15).
The nearest are the python skin pages (s16, s18) and the electronic CITES permits for reptile
skins (bd25), the roadkill page that counts yacarés among the victims (be24) and the cane toad
page whose freshwater crocodiles die from the toxin (bg28), no crocodilian page; the maerl
beds of the sea lochs of western Scotland (bj07), the spent pot lining treated in the Saguenay
(be14), the antimicrobials of salmon farming in southern Chile (k03) and the black corals of
the Chilean seamounts (bh24), no fjord; the organochlorine pesticide pages on DDT, lindane and
endosulfan, dicofol, chlordecone and mirex (p27, be10-be12, q24), the POPs interlaboratory
assessment and passive air samplers (r22, bg25), the Dechlorane Plus measured in lake trout
(bf14) and the leptospirosis of León and Chinandega (bq15), no toxaphene; the ivory
trafficking pages (bb25, bb26, v22, r10), the pages on Côte d'Ivoire, the button cells (bn22,
bn23), the pearl button factories of br01 and the rosewood pages (o10-o12), no tagua; the
sloth pages (bn10-bn12, among them the unau of Petit-Saut in French Guiana), the Chagas and
malaria pages and the monocrotophos school-meal poisoning of Bihar (bf10), no leishmaniasis;
the whale shark tourism code whose fees go to the municipality (i04), the concession fees of
trophy hunting (bo13), the nature tourism guide for Costa Rica's protected areas (m30) and the
community protected areas of Madagascar (p33), no entrance fee; the reverse osmosis units for
arsenic and fluoride in schools (t12, x06), the brines of road salt (bm28-bm30), of lithium
salars (x22, x23) and of salt ponds (bn19), the "dessalement" of Camargue soils by rice fields
(i29) and the argan and citrus pages of the Souss (y07, l08, be11), no seawater desalination;
the offers of "cooperación técnica" on antivenoms and tattoo inks (bn30, bo30), the twinning
pages (br22-br24), the herbarium digitisation offer for Central America (bc30) and the poison
centre pages (n07, bc17, bg23, bi22, bi23, br08, br09), no South-South cooperation; the
Kathmandu brick kilns rebuilt after the 2015 earthquake (v25), the séismes of the Nyiragongo
(br26), the Juan Fernández pages (ba27, bh24), the Maule vineyard posts (bj30), the rafting
sites of the Kalagala offset (bi25) and the mangrove pages, no tsunami; the coffee washing
and pulp wastewater pages (bm25-bm27), the pollinator-friendly and shade coffee farms (n30,
bg21), the insects of coffee landscapes (bh21), fipronil on coffee (bi06) and the myrtle rust
pages (bo22-bo24), no coffee leaf rust; and, among the golden pages, the isodrin page (an
organochlorine pesticide, no toxaphene), the flavour compound pages that name coffee, two
software pages on the Rust language, a software page on earthquake geomorphology and a
lion reintroduction paper funded through Côte d'Ivoire. No text was copied from those sites
and none comes from demo/generator.py. They are meant to be harvested as ``oai_dc``-like
records and enriched with the project thesaurus exactly as the other records files' are,
beside them and the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (bs01..bs30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30, bg01..bg30, bh01..bh30,
bi01..bi30, bj01..bj30, bk01..bk30, bl01..bl30, bm01..bm30, bn01..bn30, bo01..bo30,
bp01..bp30, bq01..bq30, br01..br30), and no earlier id starts with "bs"; in queries39.tsv they
are written without prefix, like theirs, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- crocodilians ---------------------------------------------------------------------
    ("bs01", "dataset", "en",
     "Gharial nests and hatchlings along the Chambal River: sanctuary survey data, "
     "2008-2023",
     "The gharial (Gavialis gangeticus), a fish-eating crocodilian with a long, slender "
     "snout, once lived in all the great rivers of the Indian subcontinent; today most "
     "breeding adults survive in the National Chambal Sanctuary, a 400-kilometre stretch "
     "of the Chambal shared by Rajasthan, Madhya Pradesh and Uttar Pradesh. In the winter "
     "of 2007-08 more than a hundred gharials died there within weeks, and the forest "
     "departments, with a river conservation NGO and a university, have since counted "
     "animals and nests every year. The dataset gives, by river kilometre, the results of "
     "the February basking census (gharials and mugger crocodiles by size class), the "
     "sandbanks where females nested, clutch sizes, nests lost to floods, jackals or "
     "people, and the hatchlings reared at the Deori centre near Morena before release. It "
     "also records illegal sand mining on nesting banks, gill nets, pumps drawing water "
     "for irrigation and dry-season flow. Counts show more nests since 2010, but few "
     "hatchlings reach adulthood.",
     ("gharial", "crocodilians", "nesting surveys", "river sanctuaries", "Chambal River"),
     ("IN",), "2024-04"),
    ("bs02", "project", "fr",
     "Sauver le faux-gavial d'Afrique : élevage au zoo d'Abidjan et retour dans les "
     "rivières de Côte d'Ivoire",
     "Le faux-gavial d'Afrique de l'Ouest (Mecistops cataphractus), crocodile au museau "
     "fin qui se nourrit de poissons, est en danger critique d'extinction : chassé pour sa "
     "viande et sa peau, pris dans les filets et privé des forêts-galeries où il pond, il "
     "a disparu de la plupart des cours d'eau d'Afrique de l'Ouest, et il n'en resterait "
     "que quelques dizaines à l'état sauvage en Côte d'Ivoire. Le projet, conduit par le "
     "zoo national d'Abidjan avec l'Office ivoirien des parcs et réserves (OIPR), une "
     "université et des partenaires internationaux, entretient un groupe reproducteur dont "
     "les œufs sont incubés en couveuse, élève les jeunes pendant deux à trois ans et les "
     "relâche, munis de marques et d'émetteurs, dans des rivières de parcs nationaux et de "
     "forêts classées choisies après enquête auprès des pêcheurs. Il suit aussi le "
     "crocodile nain (Osteolaemus) et le crocodile du Nil occidental, sensibilise les "
     "villages riverains et les vendeuses des marchés de viande de brousse, et forme les "
     "agents de l'OIPR aux comptages nocturnes à la lampe.",
     ("faux-gavial", "crocodiles", "élevage conservatoire", "réintroduction",
      "espèces menacées"), ("CI",), "2023-08"),
    ("bs03", "case-study", "es",
     "Cosechar huevos para conservar: treinta años del Proyecto Yacaré en los bajos "
     "submeridionales de Santa Fe",
     "En el norte de Santa Fe, en los esteros y bañados de los bajos submeridionales, el "
     "yacaré overo (Caiman latirostris) y el yacaré negro (Caiman yacare) fueron cazados "
     "durante décadas por sus cueros hasta casi desaparecer. Desde 1990 un programa "
     "provincial aplica el rancheo: cada verano pobladores rurales, capacitados como "
     "recolectores, localizan los nidos en los pajonales y retiran los huevos, que se "
     "incuban en una granja; una parte de las crías vuelve a los mismos bañados a los diez "
     "meses, con más peso y mejor supervivencia que en la naturaleza, y el resto se cría "
     "para la venta de cueros y carne, con exportaciones autorizadas por la CITES. El "
     "estudio de caso analiza los censos nocturnos, que muestran la recuperación de ambas "
     "especies, los ingresos que los recolectores y los dueños de campos obtienen por cada "
     "nido, el papel de los campos ganaderos que conservan los humedales y los riesgos: "
     "sequías, quema de pastizales, canalizaciones y la dependencia del precio "
     "internacional del cuero.",
     ("yacarés", "cocodrilianos", "uso sostenible", "rancheo", "humedales"),
     ("AR",), "2022-11"),
    # --- fjords ---------------------------------------------------------------------------
    ("bs04", "document", "en",
     "Living with the fiords: a guide to the Fiordland Marine Area for boaties, divers and "
     "tour operators",
     "Fiordland's fourteen fiords, from Milford Sound / Piopiotahi to Preservation Inlet, "
     "were carved by glaciers and flooded by the sea. Over six metres of rain a year pour "
     "off the mountains and float on the seawater as a dark, tannin-stained layer that "
     "cuts out the light, so that black corals, red corals and sea pens that elsewhere "
     "live in deep water grow within reach of divers. This guide, published by the "
     "Fiordland Marine Guardians with the conservation and fisheries agencies, explains "
     "the rules of the Fiordland Marine Area: ten marine reserves where nothing may be "
     "taken, sensitive sites closed to anchoring, daily bag limits for blue cod and rock "
     "lobster, and the ban on taking black coral. It asks every vessel to arrive with a "
     "clean hull and a Fiordland clean vessel pass, since the invasive kelp Undaria was "
     "found in Breaksea Sound, and shows how to report marine pests, whale sightings and "
     "lost fishing gear near the bottlenose dolphins of Doubtful Sound.",
     ("fiords", "marine protected areas", "black coral", "marine biosecurity", "Fiordland"),
     ("NZ",), "2023-02"),
    ("bs05", "dataset", "fr",
     "Bélugas et navires dans le fjord du Saguenay : observations et passages, 2015-2023",
     "Long d'une centaine de kilomètres et profond de près de 280 mètres, le fjord du "
     "Saguenay est séparé de l'estuaire du Saint-Laurent par un seuil, à Tadoussac. Sous "
     "une mince couche d'eau douce et brune venue de la rivière, l'eau salée et froide qui "
     "remplit le fond abrite des espèces arctiques comme la crevette nordique, le sébaste "
     "et le requin du Groenland. Les bélugas du Saint-Laurent, population en voie de "
     "disparition, remontent le fjord surtout l'été, femelles et jeunes compris. Le jeu de "
     "données, constitué pour le parc marin du Saguenay–Saint-Laurent par ses "
     "gestionnaires fédéral et québécois avec un groupe de recherche sur les mammifères "
     "marins, réunit les observations de bélugas faites depuis la côte et en bateau, leur "
     "nombre, la présence de veaux et leur comportement, ainsi que les passages de navires "
     "marchands, de croisière, de plaisance et d'excursion aux baleines. Il a nourri les "
     "débats sur un terminal de gaz naturel liquéfié, rejeté en 2021, et sur les limites "
     "de vitesse dans la baie Sainte-Marguerite.",
     ("fjords", "bélugas", "trafic maritime", "aires marines protégées", "Saguenay"),
     ("CA",), "2024-01"),
    ("bs06", "need", "es",
     "Necesidad: línea de base de los fiordos y canales de Aysén ante la expansión de la "
     "salmonicultura",
     "Los fiordos y canales de la Patagonia chilena, del seno de Reloncaví al cabo de "
     "Hornos, son uno de los sistemas de fiordos más extensos del mundo. En la región de "
     "Aysén, la capa superficial de agua dulce que aportan los ríos y los glaciares, las "
     "aguas profundas pobres en oxígeno y los umbrales que aíslan cada fiordo crean "
     "ambientes distintos en pocos kilómetros: bosques de algas pardas, bancos del coral "
     "de aguas frías Desmophyllum dianthus a pocos metros de la superficie, colonias de "
     "lobos marinos y áreas de alimentación de la ballena azul. Cientos de concesiones de "
     "cultivo de salmón se concentran hoy en estos canales, y las floraciones algales "
     "nocivas de 2016 y las caídas de oxígeno bajo las balsas jaula mostraron lo poco que "
     "se sabe de su capacidad de carga. La secretaría regional del ambiente pide apoyo "
     "para instalar boyas oceanográficas, muestrear los fondos con vehículos de operación "
     "remota, cartografiar los hábitats sensibles y reunir los datos dispersos de los "
     "centros de cultivo y las universidades.",
     ("fiordos", "Patagonia", "salmonicultura", "corales de aguas frías", "necesidades"),
     ("CL",), "2024-03"),
    # --- toxaphene ------------------------------------------------------------------------
    ("bs07", "case-study", "en",
     "Toxaphene in the marshes of Brunswick, Georgia: a pesticide plant's legacy in fish, "
     "shrimp and crabs",
     "From 1948 to 1980 a plant in Brunswick, on the Georgia coast, made toxaphene, a "
     "mixture of hundreds of chlorinated camphenes, for a time the most used insecticide "
     "in the United States, sprayed on cotton across the South and used to kill unwanted "
     "fish in lakes. Its wastewater ran through a ditch into Terry Creek and the salt "
     "marshes around the town, and waste was buried in a landfill. Decades after toxaphene "
     "was banned in 1990, the case study finds the weathered mixture still in creek "
     "sediments and in the fish, shrimp and blue crabs that people catch from the docks, "
     "for which the state keeps consumption advisories. It describes the clean-up under "
     "the federal Superfund programme, including the dredging and capping of the most "
     "contaminated sediments, the debate on measuring a mixture that changes in the "
     "environment, and the outreach to subsistence fishers; a few miles away, a former "
     "chlor-alkali plant left mercury and PCBs in another marsh. Toxaphene has been a "
     "Stockholm Convention POP since 2001.",
     ("toxaphene", "persistent organic pollutants", "contaminated sediments",
      "fish consumption advisories", "Superfund"), ("US",), "2022-05"),
    ("bs08", "dataset", "fr",
     "Toxaphène dans les lottes et les touladis du lac Laberge, au Yukon : séries de "
     "concentrations, 1991-2022",
     "En 1991, des analyses ont révélé dans le foie des lottes du lac Laberge, grand lac "
     "du fleuve Yukon au nord de Whitehorse, des concentrations de toxaphène parmi les "
     "plus élevées mesurées au Canada, alors que ce pesticide n'avait jamais été épandu "
     "dans la région. Un avis a déconseillé de manger le foie de lotte et certains "
     "touladis, et la pêche commerciale a été fermée. On a montré que le toxaphène, "
     "apporté par l'air depuis des régions cotonnières lointaines et déposé avec la neige, "
     "s'accumulait dans une chaîne alimentaire anormalement longue, où le touladi mange "
     "surtout des poissons. Le jeu de données du Programme de lutte contre les "
     "contaminants dans le Nord réunit les concentrations de toxaphène, de DDT, de PCB et "
     "de mercure mesurées presque chaque année dans les lottes, les touladis et les "
     "corégones, avec la taille, l'âge et les isotopes de l'azote des poissons. Il montre "
     "une baisse lente depuis les années 1990 et sert à réviser les avis de consommation "
     "avec la Première Nation Ta'an Kwäch'än.",
     ("toxaphène", "polluants organiques persistants", "poissons d'eau douce",
      "transport atmosphérique", "Yukon"), ("CA",), "2023-06"),
    ("bs09", "need", "es",
     "Necesidad: sitios contaminados por toxafeno en la costa del lago Xolotlán y en los "
     "antiguos algodonales de Occidente",
     "En el auge algodonero de los años cincuenta a ochenta, Nicaragua fue uno de los "
     "mayores consumidores de plaguicidas del mundo, y en las llanuras de León y "
     "Chinandega se fumigaban los algodonales hasta treinta veces por temporada, desde "
     "avionetas. Una fábrica instalada en Managua, a orillas del lago Xolotlán, producía "
     "toxafeno y otros organoclorados; sus efluentes llegaron al lago y en su predio "
     "quedaron suelos y residuos contaminados. Estudios universitarios han hallado "
     "toxafeno y DDT en suelos, sedimentos, leche materna y peces, pero el país no cuenta "
     "con un laboratorio capaz de medir los congéneres del toxafeno. El ministerio del "
     "ambiente, como punto focal del Convenio de Estocolmo, solicita apoyo para "
     "inventariar los sitios (la antigua fábrica, las pistas de aterrizaje y bodegas de "
     "las fincas algodoneras), tomar y analizar muestras en un laboratorio de referencia, "
     "evaluar el riesgo para los pescadores del lago y las familias que hoy cultivan maní "
     "y caña en esas tierras, y preparar un plan de remediación con participación de las "
     "alcaldías.",
     ("toxafeno", "contaminantes orgánicos persistentes", "sitios contaminados", "algodón",
      "necesidades"), ("NI",), "2023-10"),
    # --- tagua (vegetable ivory) ----------------------------------------------------------
    ("bs10", "project", "en",
     "Tagua carving in the Darién: Emberá and Wounaan artisans, ivory palms and a fair "
     "price",
     "In the rainforest villages of Panama's Darién province, Emberá and Wounaan families "
     "carve the hard white seeds of the tagua palm (Phytelephas seemannii), known as "
     "vegetable ivory, into birds, frogs, turtles and jaguars painted with natural dyes, "
     "and weave baskets from the fibres of the chunga and nahuala palms. The seeds are "
     "gathered from the forest floor once the fruit clusters fall and rot, so harvesting "
     "does not harm the palms, but carvers complain of falling prices, middlemen and cheap "
     "copies, and some men still carve cocobolo, a rosewood whose trade is restricted "
     "under CITES. The project, run by an artisans' association with the environment "
     "ministry and an NGO, maps the tagua stands in the comarcas, teaches the drying and "
     "storage of seeds to avoid cracking and mould, trains young carvers, sets up a "
     "collective shop and online sales with a certificate of origin and helps artisans "
     "register with the national handicrafts authority. It also pays for patrols against "
     "logging in the community forests where the palms grow.",
     ("tagua", "vegetable ivory", "handicrafts", "non-timber forest products",
      "indigenous peoples"), ("PA",), "2022-09"),
    ("bs11", "case-study", "fr",
     "Le corozo, ivoire végétal de l'Équateur : des graines de tagua aux boutons de la "
     "mode européenne",
     "Au début du XXe siècle, l'Équateur exportait des dizaines de milliers de tonnes de "
     "graines de tagua par an, l'ivoire végétal tiré du palmier Phytelephas aequatorialis, "
     "vers les fabriques de boutons d'Italie, d'Allemagne et des États-Unis, avant que le "
     "plastique ne les remplace. Depuis les années 1990, le corozo, comme disent les "
     "boutonniers, revient dans la mode haut de gamme. L'étude de cas suit la filière de "
     "Manabí à l'Europe : les familles qui ramassent les fruits tombés en forêt et dans "
     "les pâturages, les ateliers qui sèchent les graines pendant des semaines puis les "
     "tranchent en rondelles, les animelas, les usines italiennes qui les tournent et les "
     "teignent, et les marques françaises qui les achètent. Elle montre que la demande a "
     "valorisé les palmiers conservés dans les fermes, mais que les ramasseurs touchent "
     "une faible part du prix, que la traçabilité manque et que la déforestation de la "
     "côte menace la ressource ; elle présente un label de commerce équitable et des "
     "plantations agroforestières.",
     ("ivoire végétal", "tagua", "filières durables", "commerce équitable",
      "produits forestiers non ligneux"), ("EC", "IT", "FR"), "2021-11"),
    ("bs12", "dataset", "es",
     "Palmas de yarina en Loreto y Ucayali: inventario de rodales y cosecha de hojas y "
     "semillas, 2019-2023",
     "La yarina (Phytelephas macrocarpa), palmera de tronco corto que crece en las "
     "terrazas inundables y los bosques húmedos de la Amazonía peruana, da dos productos a "
     "las comunidades ribereñas: sus hojas se tejen en crisnejas para los techos de las "
     "viviendas y de los albergues turísticos, y sus semillas, el marfil vegetal, se "
     "tallan en collares, aretes y figuras que se venden en Iquitos, Pucallpa y Lima; el "
     "líquido del fruto tierno se bebe como refresco. El conjunto de datos, levantado por "
     "un instituto de investigación amazónica con comunidades kukama y shipibo-konibo, "
     "reúne 140 parcelas con el número de palmas por hectárea, su sexo, las hojas "
     "cosechadas y las dejadas, la producción de racimos y los precios de las crisnejas y "
     "de las semillas. Compara las cosechas en que se cortan todas las hojas o la palma "
     "entera con las que dejan las hojas jóvenes, y sirve para los planes de manejo que "
     "exige la autoridad forestal para comercializar estos productos.",
     ("yarina", "marfil vegetal", "palmeras", "productos forestales no maderables",
      "Amazonía"), ("PE",), "2024-02"),
    # --- leishmaniasis --------------------------------------------------------------------
    ("bs13", "project", "en",
     "Spraying the mud walls: indoor residual spraying against sand flies for kala-azar "
     "elimination in Bihar",
     "Kala-azar, or visceral leishmaniasis, a parasitic disease that is fatal without "
     "treatment, is carried by the sand fly Phlebotomus argentipes, which breeds in the "
     "damp, organic soil of cracks in mud houses and cattle sheds. Bihar long had most of "
     "India's cases. After DDT, sprayed on walls for decades, lost its effect because the "
     "sand flies had become resistant, the state programme switched in 2015 to the "
     "synthetic pyrethroid alpha-cypermethrin, applied twice a year with compression pumps "
     "by trained squads in every village that reported a case. The project, run with the "
     "national vector-borne disease control programme and research partners, supervises "
     "the spray rounds, checks the insecticide on the walls with bioassays and chemical "
     "test kits, monitors sand fly numbers with light traps and their resistance, and "
     "trains village health workers to find fever cases, test them with rapid rK39 tests "
     "and refer them for a single dose of liposomal amphotericin B. It also follows "
     "post-kala-azar dermal leishmaniasis, whose patients keep the parasite in "
     "circulation.",
     ("kala-azar", "visceral leishmaniasis", "indoor residual spraying", "vector control",
      "neglected tropical diseases"), ("IN",), "2022-03"),
    ("bs14", "document", "fr",
     "Leishmaniose cutanée en Guyane : le « pian bois », conseils aux personnes qui vont "
     "en forêt",
     "En Guyane, la leishmaniose cutanée, appelée pian bois, touche chaque année plusieurs "
     "centaines de personnes, surtout des hommes qui passent des nuits en forêt : "
     "militaires engagés contre l'orpaillage illégal, orpailleurs, chasseurs, ouvriers des "
     "chantiers forestiers et routiers, touristes en carbet. Le parasite, le plus souvent "
     "Leishmania guyanensis, circule entre des mammifères sauvages, comme le paresseux à "
     "deux doigts et le tamanoir, et de petits moucherons piqueurs, les phlébotomes, "
     "actifs à la tombée de la nuit et qui se reposent sur les troncs. Cette fiche de "
     "l'agence régionale de santé décrit la lésion typique, une plaie indolore qui ne "
     "cicatrise pas, apparue quelques semaines après le retour, les lésions multiples le "
     "long des vaisseaux lymphatiques et les atteintes des muqueuses. Elle recommande de "
     "dormir sous une moustiquaire imprégnée à mailles fines, de porter des vêtements "
     "longs imprégnés, d'utiliser des répulsifs, d'éviter de travailler à la lisière du "
     "camp au crépuscule, et de consulter un médecin, qui fera un prélèvement avant un "
     "traitement par pentamidine.",
     ("leishmaniose cutanée", "pian bois", "phlébotomes", "santé en forêt", "Guyane"),
     ("GF",), "2021-09"),
    ("bs15", "case-study", "es",
     "El brote de leishmaniasis del suroeste de Madrid: liebres, un parque periurbano y "
     "flebotomos",
     "Entre 2009 y 2013 hubo en Fuenlabrada, Leganés, Getafe y Humanes de Madrid más de "
     "quinientos casos de leishmaniasis, cutánea en su mayoría y visceral en algunos, el "
     "mayor brote conocido en Europa. La enfermedad es endémica en España y el perro es su "
     "reservorio clásico, pero los perros de la zona no estaban más infectados que antes. "
     "El estudio de caso resume la investigación de los servicios de salud pública, los "
     "veterinarios y los entomólogos: los casos se agrupaban cerca de un parque periurbano "
     "creado sobre antiguos campos de cultivo, donde las liebres se habían multiplicado, y "
     "los xenodiagnósticos mostraron que liebres y conejos infectaban al flebotomo "
     "Phlebotomus perniciosus. Las medidas incluyeron la captura y el traslado de liebres, "
     "la retirada de restos de poda y escombros donde crían los flebotomos, tratamientos "
     "insecticidas, vigilancia entomológica con trampas y formación de los médicos de "
     "familia. Concluye que el diseño de las zonas verdes y el crecimiento urbano deben "
     "tener en cuenta la fauna, con un enfoque de Una Salud.",
     ("leishmaniasis", "flebotomos", "liebres", "brotes epidémicos", "Una Salud"),
     ("ES",), "2020-06"),
    # --- protected area entrance fees -----------------------------------------------------
    ("bs16", "case-study", "en",
     "Bonaire's nature fee: how divers and visitors pay for the island's marine park",
     "Since 1992 every diver in Bonaire National Marine Park, which surrounds the island "
     "down to 60 metres depth, has had to buy a dive tag, one of the first user fees of "
     "its kind in the Caribbean. The scheme was later widened into a nature fee that all "
     "visitors who swim, snorkel, kayak or dive pay for a calendar year, with a separate "
     "ticket for Washington Slagbaai National Park on land. Collected online and at dive "
     "shops, the fees cover most of the costs of the park manager, a local foundation: "
     "rangers who patrol the coast and check tags, about 150 public moorings that keep "
     "boats from anchoring on the reefs, coral and seagrass monitoring and school "
     "programmes. The case study reviews thirty years of fees, visitor numbers and "
     "revenue, the pandemic collapse, compliance among cruise passengers and residents, "
     "and how the fee was defended when the island government sought part of the income. "
     "Visitors, it concludes, accept higher fees when they see where the money goes.",
     ("user fees", "entrance fees", "marine parks", "sustainable finance", "dive tourism"),
     ("BQ",), "2023-08"),
    ("bs17", "document", "fr",
     "Droits d'entrée des parcs nationaux de Madagascar : tarifs, recettes et part "
     "reversée aux communautés riveraines",
     "Les visiteurs des parcs nationaux de Madagascar, de l'Isalo à Andasibe-Mantadia et "
     "de Ranomafana à la montagne d'Ambre, paient un droit d'entrée dont le montant varie "
     "selon la durée du séjour, le parc et la nationalité : les étrangers paient beaucoup "
     "plus que les résidents et les Malgaches. Cette note de l'organisme gestionnaire du "
     "réseau, Madagascar National Parks, présente la grille tarifaire en vigueur, les "
     "recettes des dix dernières années, qui se sont effondrées en 2020 avec la fermeture "
     "des frontières, et leur emploi. Dans les années 1990, la moitié des droits d'entrée "
     "était reversée aux communautés riveraines ; une part fixe finance aujourd'hui des "
     "microprojets choisis en assemblée villageoise : écoles, puits, greniers "
     "communautaires, pépinières, petits élevages. La note analyse les écarts entre les "
     "parcs très visités et les parcs isolés, qui n'ont presque pas de visiteurs, le rôle "
     "des guides locaux et des droits de prise de vues, et propose une péréquation entre "
     "parcs et le paiement en ligne pour réduire les fraudes.",
     ("droits d'entrée", "aires protégées", "financement durable", "communautés riveraines",
      "écotourisme"), ("MG",), "2022-10"),
    ("bs18", "event", "es",
     "Taller regional sobre tarifas de ingreso y sistemas de cobro en las áreas protegidas "
     "de Centroamérica",
     "Durante tres días en San José, responsables de finanzas y uso público de los "
     "sistemas de áreas protegidas de Costa Rica, Guatemala, Honduras, El Salvador, Panamá "
     "y Belice compararon cómo cobran la entrada a sitios como Tikal, Manuel Antonio, Pico "
     "Bonito, Coiba o el Gran Agujero Azul. Las presentaciones mostraron tarifas "
     "diferenciadas para nacionales, residentes y extranjeros, boletos electrónicos y "
     "reservas en línea que limitan el número de visitantes según la capacidad de carga, "
     "cobros especiales para el buceo y la observación de tortugas, y fondos en los que "
     "una parte de lo recaudado queda en la propia área protegida en lugar de ir a la caja "
     "única del Estado. También se discutieron los convenios con comunidades que "
     "administran senderos y cobran por guiar, las pérdidas de 2020 y la escasa "
     "recaudación de las áreas poco visitadas, que dependen del presupuesto nacional. La "
     "relatoría recoge las recomendaciones: revisar las tarifas cada tres años, publicar "
     "cuánto se recauda y en qué se gasta, y cobrar también a los cruceros.",
     ("tarifas de ingreso", "áreas protegidas", "financiamiento sostenible", "turismo",
      "Centroamérica"), ("CR", "GT", "HN", "SV", "PA", "BZ"), "2023-05"),
    # --- seawater desalination ------------------------------------------------------------
    ("bs19", "dataset", "en",
     "Desalination brine in the Arabian Gulf: outfall salinity, temperature and seabed "
     "surveys, 2016-2023",
     "The Arabian Gulf countries produce a large share of the world's desalinated "
     "seawater, first with thermal multi-stage flash distillation and now mostly with "
     "reverse osmosis membranes. For every litre of fresh water, the plants return one to "
     "two litres of brine to a shallow, enclosed sea that is already hot and salty: a "
     "concentrate up to twice as salty as seawater, often warmer, carrying residual "
     "chlorine, antiscalants and anti-foaming agents, and traces of copper and nickel from "
     "heat exchangers. This dataset, compiled by a regional marine science network from "
     "environment agency monitoring and university cruises, gives for some forty coastal "
     "plants their capacity and technology, the location and depth of their outfalls, and "
     "measurements of salinity, temperature and dissolved oxygen along transects around "
     "the discharge points, with seabed video of seagrass, corals and benthic fauna. It "
     "supports the modelling of brine plumes, the siting of new plants, the review of "
     "intakes that suck in fish eggs and larvae, and the protection of seagrass beds where "
     "dugongs feed.",
     ("desalination", "brine discharge", "reverse osmosis", "marine pollution",
      "Arabian Gulf"), ("SA", "AE", "KW", "QA", "BH"), "2024-05"),
    ("bs20", "project", "fr",
     "La station de dessalement de Chtouka : de l'eau de mer pour Agadir et les serres de "
     "la plaine, sous surveillance",
     "Dans la plaine de Chtouka, au sud d'Agadir, les serres de tomates, de poivrons et de "
     "fruits rouges destinés à l'exportation ont fait baisser la nappe du Souss de "
     "plusieurs mètres par an, et l'eau de mer s'infiltre dans les puits côtiers. Mise en "
     "service en 2022, la station de dessalement d'eau de mer par osmose inverse de "
     "Chtouka, l'une des plus grandes d'Afrique, fournit à la fois l'eau potable du grand "
     "Agadir et de l'eau d'irrigation aux agriculteurs, qui s'engagent en échange à "
     "réduire leurs pompages. Le projet de suivi environnemental, piloté par l'office de "
     "l'eau avec un institut de recherche halieutique, contrôle la prise d'eau en mer, la "
     "dispersion du rejet de saumure par un émissaire muni de diffuseurs, la salinité et "
     "la température autour du rejet, les peuplements des fonds rocheux et sableux et les "
     "captures des pêcheurs artisanaux voisins. Il mesure aussi la consommation "
     "d'électricité de la station, alimentée en partie par un parc éolien, et la remontée "
     "du niveau de la nappe.",
     ("dessalement", "osmose inverse", "saumure", "eaux souterraines", "irrigation"),
     ("MA",), "2023-09"),
    ("bs21", "document", "es",
     "Guía para la vigilancia ambiental de los vertidos de salmuera de las desaladoras "
     "sobre las praderas de Posidonia",
     "En la costa mediterránea española, de Cataluña a Almería y en las Baleares, decenas "
     "de plantas desaladoras por ósmosis inversa abastecen a ciudades y regadíos, entre "
     "ellas las de Torrevieja, Alicante, Águilas y Carboneras. Su salmuera, casi el doble "
     "de salada que el mar, es más densa y se desliza por el fondo, donde pueden "
     "encontrarse las praderas de Posidonia oceanica, planta marina endémica del "
     "Mediterráneo y hábitat prioritario que no tolera aumentos de salinidad de pocas "
     "décimas sostenidos en el tiempo. Esta guía, preparada por el ministerio para los "
     "promotores y las autoridades que evalúan los proyectos, explica cómo elegir el punto "
     "de vertido lejos de las praderas, diluir la salmuera con agua de mar o con efluentes "
     "de depuradora, usar difusores que la mezclen rápidamente y diseñar el programa de "
     "vigilancia: estaciones de salinidad en continuo, muestreos de densidad de haces y de "
     "epífitos, seguimiento de las praderas de Cymodocea nodosa y de los equinodermos, y "
     "umbrales que obligan a corregir el vertido.",
     ("desalación", "salmuera", "Posidonia oceanica", "evaluación ambiental",
      "vigilancia ambiental"), ("ES",), "2021-04"),
    # --- South-South cooperation ----------------------------------------------------------
    ("bs22", "project", "en",
     "South-South cooperation on biosafety: Brazilian regulators and laboratories host "
     "officials from Mozambique, Malawi and Ghana",
     "Brazil has regulated genetically modified crops for more than two decades through "
     "its national biosafety technical commission, which has assessed soybean, maize, "
     "cotton, sugarcane, eucalyptus and beans, and through laboratories that detect GM "
     "events in seed and grain. Under a South-South cooperation programme of the Brazilian "
     "cooperation agency and the national agricultural research corporation, this project "
     "brings biosafety officials, scientists and inspectors from Mozambique, Malawi and "
     "Ghana, countries that have recently approved confined field trials or commercial GM "
     "crops, to Brasília and Campinas for three-week placements. They follow how dossiers "
     "are screened, how risk assessment meetings are held and minuted, how field trials "
     "are inspected and how decisions are published on the national portal and the "
     "Biosafety Clearing-House. Brazilian experts return the visit to help draft "
     "inspection checklists and set up PCR detection in national laboratories. The African "
     "partners share their own experience with trials of drought-tolerant and "
     "insect-resistant maize and with public consultation, and the three countries plan a "
     "regional network of inspectors.",
     ("South-South cooperation", "biosafety", "risk assessment", "capacity building",
      "GM crops"), ("BR", "MZ", "MW", "GH"), "2023-11"),
    ("bs23", "event", "fr",
     "Coopération Sud-Sud : le centre antipoison de Tunis reçoit les équipes de "
     "Mauritanie, du Niger et du Tchad",
     "Créé à Tunis au début des années 1980, le centre antipoison du Centre d'assistance "
     "médicale urgente répond jour et nuit aux médecins et au public, analyse les "
     "prélèvements des patients intoxiqués et publie chaque année ses données de "
     "toxicovigilance : piqûres de scorpion, pesticides, médicaments, produits ménagers, "
     "monoxyde de carbone. Dans le cadre d'un programme de coopération Sud-Sud et "
     "triangulaire soutenu par l'Organisation mondiale de la santé et un bailleur "
     "bilatéral, il a accueilli pendant deux semaines des médecins, des pharmaciens et des "
     "techniciens de laboratoire de Mauritanie, du Niger et du Tchad, trois pays qui n'ont "
     "pas encore de centre antipoison. Au programme : tenue d'une permanence téléphonique, "
     "fiches de réponse, codage des cas, dosages de base au laboratoire de toxicologie, "
     "gestion d'un stock d'antidotes et de sérums antivenimeux, enquête sur les "
     "intoxications collectives. Chaque délégation a préparé la feuille de route de son "
     "centre, et les quatre pays ont convenu d'un réseau régional, de missions d'experts "
     "tunisiens sur place et d'un logiciel commun d'enregistrement des appels.",
     ("coopération Sud-Sud", "centres antipoison", "toxicovigilance",
      "renforcement des capacités", "intoxications"), ("TN", "MR", "NE", "TD"), "2022-12"),
    ("bs24", "support-source", "es",
     "Oferta de cooperación Sur-Sur: asesoría para crear sistemas nacionales de "
     "información sobre biodiversidad",
     "La comisión nacional encargada del conocimiento de la biodiversidad de México, que "
     "desde 1992 reúne en un sistema nacional de información millones de registros de "
     "ejemplares de colecciones y de observaciones, junto con mapas de distribución, "
     "fichas de especies, una plataforma de ciencia ciudadana y el monitoreo satelital de "
     "los ecosistemas, ofrece a los países de América Latina y el Caribe compartir esa "
     "experiencia mediante la cooperación Sur-Sur, con el apoyo de la agencia mexicana de "
     "cooperación internacional para el desarrollo. La oferta comprende estancias de "
     "técnicos en la Ciudad de México, misiones de asesoría, cursos en línea sobre "
     "curaduría y estandarización de datos, georreferenciación de colecciones, publicación "
     "de datos en el GBIF y en el mecanismo de facilitación, y el uso libre de los "
     "programas que la comisión desarrolló para gestionar colecciones. Las instituciones "
     "interesadas deben presentar una solicitud por medio de su cancillería, con un "
     "diagnóstico de sus colecciones y bases de datos y un plan de trabajo; se da "
     "prioridad a los proyectos multinacionales.",
     ("cooperación Sur-Sur", "sistemas de información sobre biodiversidad",
      "datos de biodiversidad", "creación de capacidad", "ofertas"), ("MX",), "2022-04"),
    # --- tsunamis -------------------------------------------------------------------------
    ("bs25", "dataset", "en",
     "Living hitchhikers on Japanese tsunami debris: species and objects that reached "
     "Oregon, Washington and Hawaii, 2012-2017",
     "The tsunami that followed the Tohoku earthquake of 11 March 2011 swept boats, docks, "
     "buoys, crates and pieces of houses from the coast of north-eastern Japan into the "
     "Pacific. From 2012 some of this debris began to wash up in North America, carrying "
     "living coastal animals and seaweeds that had survived years adrift: in June 2012 a "
     "floating dock from the port of Misawa landed on Agate Beach, Oregon, covered with "
     "mussels, barnacles, sea stars and the kelp Undaria pinnatifida. This dataset, built "
     "by marine biologists with state agencies and volunteers who reported and scraped "
     "objects, lists more than 600 debris items traced to the tsunami, with their type, "
     "landing date and place, and the species found alive on them, identified by "
     "taxonomists in Japan and North America: nearly 300 species of molluscs, crustaceans, "
     "bryozoans, worms, fish and algae, many never before reported on the North American "
     "coast. It records which species reproduced on the debris and supports risk "
     "assessments of rafting as a pathway for invasive species.",
     ("tsunamis", "marine debris", "invasive species", "rafting", "biofouling"),
     ("US", "JP"), "2019-03"),
    ("bs26", "project", "fr",
     "Après le tsunami de 2004 : replanter mangroves et ceintures de filaos sur la côte "
     "d'Aceh",
     "Le 26 décembre 2004, les vagues du tsunami de l'océan Indien ont ravagé les côtes "
     "nord et ouest de la province d'Aceh, à Sumatra : villages rasés, étangs à crevettes "
     "(tambak) éventrés, rizières envahies par l'eau de mer, mangroves et forêts de plage "
     "arrachées sur des kilomètres. Pendant la reconstruction, des millions de palétuviers "
     "ont été plantés, souvent au mauvais endroit, sur des vasières trop exposées ou dans "
     "des étangs, où la plupart sont morts. Le projet, mené par une ONG française avec des "
     "groupements villageois et l'université de Banda Aceh, a tiré les leçons de ces "
     "échecs : il ne replante des palétuviers que dans d'anciennes zones de mangrove, "
     "après avoir rétabli l'écoulement de la marée, installe derrière la plage des "
     "ceintures de filaos (Casuarina equisetifolia), de pandanus et de badamiers, et aide "
     "les éleveurs de crevettes à garder des bandes de mangrove entre les étangs. Il suit "
     "la survie des plants, la sédimentation, le retour des crabes et des poissons, et "
     "exerce les villages à l'évacuation.",
     ("tsunami", "mangroves", "restauration côtière",
      "réduction des risques de catastrophe", "Aceh"), ("ID",), "2021-07"),
    ("bs27", "case-study", "es",
     "El humedal Tubul-Raqui después del terremoto y maremoto del 27F: un estuario "
     "levantado metro y medio",
     "El terremoto de magnitud 8,8 del 27 de febrero de 2010 levantó la costa del golfo de "
     "Arauco, en la región del Biobío, y el maremoto que llegó minutos después destruyó "
     "casas y botes en la caleta de Tubul. En el humedal Tubul-Raqui, la mayor marisma de "
     "la región, el fondo quedó alrededor de un metro y medio más alto: las planicies que "
     "la marea inundaba dos veces al día quedaron secas, murieron los bancos de navajuelas "
     "y almejas, y las familias que cultivaban pelillo (Gracilaria chilensis) en el "
     "estuario perdieron sus praderas de un día para otro. El estudio de caso, de una "
     "universidad regional con los sindicatos de algueros y pescadores, documenta durante "
     "diez años cómo el estuario buscó un nuevo equilibrio: avance de la vegetación de "
     "marisma sobre las antiguas planicies, regreso parcial de las aves playeras y del "
     "cisne de cuello negro, traslado de los cultivos de pelillo y apoyo del Estado a la "
     "reconversión. Propone incluir los humedales costeros en los planes de "
     "reconstrucción.",
     ("maremotos", "terremotos", "humedales costeros", "algas", "Biobío"),
     ("CL",), "2021-02"),
    # --- coffee leaf rust -----------------------------------------------------------------
    ("bs28", "document", "en",
     "Coffee leaf rust in Hawaii: a field guide for growers in Kona, Ka'u and Maui",
     "Coffee leaf rust, caused by the fungus Hemileia vastatrix, is the most damaging "
     "disease of arabica coffee worldwide: orange, powdery spots on the underside of "
     "leaves, early leaf drop and, after a few bad years, bare branches and collapsing "
     "yields. For over a century Hawaii was one of the last coffee regions free of it, "
     "until it was found on Maui in October 2020 and within weeks on farms in Kona and "
     "Ka'u on Hawaii Island. This guide, by the university extension service and the state "
     "department of agriculture, shows how to recognise the disease and tell it from "
     "sunburn and other leaf spots, and explains the quarantine rules for moving plants, "
     "seedlings and green coffee between islands. It describes spray programmes with "
     "copper and systemic fungicides timed with the rains, pruning and stumping, "
     "fertiliser and shade, and the trials of rust-resistant varieties that growers hope "
     "will keep the taste of Kona coffee. A page on feral coffee plants in forests and "
     "abandoned farms asks landowners to remove them.",
     ("coffee leaf rust", "plant diseases", "fungicides", "plant quarantine", "coffee"),
     ("US",), "2021-10"),
    ("bs29", "need", "fr",
     "Besoin : relancer les caféières d'Haïti après l'épidémie de rouille orangée",
     "En 2012 et 2013, la rouille orangée du caféier, due au champignon Hemileia "
     "vastatrix, a ravagé les caféières d'Haïti, plantées pour l'essentiel de vieux "
     "caféiers Typica très sensibles : autour de Thiotte, de Beaumont ou de Dondon, plus "
     "des trois quarts des arbres ont perdu leurs feuilles et la récolte s'est effondrée. "
     "Beaucoup de planteurs ont abandonné le café pour des cultures vivrières ou ont coupé "
     "les arbres d'ombrage pour en faire du charbon, alors que ces caféières sous ombrage "
     "retiennent les sols des mornes et alimentent les sources. Le ministère de "
     "l'agriculture et les coopératives caféières demandent un appui pour produire des "
     "plants de variétés tolérantes dans des pépinières régionales, former les techniciens "
     "et les planteurs à la taille, à la fertilisation et au suivi de la maladie, équiper "
     "un laboratoire de diagnostic phytosanitaire et replanter des arbres d'ombrage "
     "fixateurs d'azote. Ils souhaitent aussi conserver une partie des anciens caféiers "
     "Typica, recherchés par les acheteurs de cafés de spécialité.",
     ("rouille orangée du caféier", "café", "agroforesterie", "santé des végétaux",
      "besoins"), ("HT",), "2022-06"),
    ("bs30", "project", "es",
     "Sistema de alerta temprana de la roya del café en Guatemala: parcelas centinela y "
     "boletines para los caficultores",
     "La epidemia de roya de 2012-2013, causada por el hongo Hemileia vastatrix y "
     "favorecida por lluvias y temperaturas fuera de lo normal, afectó a más de la mitad "
     "de los cafetales de Centroamérica y dejó sin trabajo a miles de cortadores. En "
     "Guatemala, la asociación nacional del café montó después un sistema de alerta "
     "temprana: técnicos regionales visitan cada mes cientos de parcelas centinela "
     "repartidas en las regiones cafetaleras, de Huehuetenango y San Marcos a Cobán y "
     "Nuevo Oriente, y cuentan en hojas marcadas el porcentaje de hojas con pústulas, "
     "mientras una red de estaciones meteorológicas registra lluvia, temperatura y "
     "humedad. Con estos datos un modelo estima el riesgo para las semanas siguientes, y "
     "se emiten boletines por radio, mensajes de texto y reuniones de grupo que indican "
     "cuándo aplicar fungicidas cúpricos o sistémicos. El proyecto también renueva "
     "cafetales viejos con variedades resistentes, como los Sarchimor y los Catimor, "
     "evalúa su calidad en taza y capacita a los pequeños productores en manejo de sombra, "
     "nutrición y poda.",
     ("roya del café", "alerta temprana", "enfermedades de las plantas", "caficultura",
      "Guatemala"), ("GT",), "2023-04"),
)  # fmt: skip
