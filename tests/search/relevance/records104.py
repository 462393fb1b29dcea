"""Clearing-house records of the hundred-and-fourth judged relevance set
(tests/search/relevance/queries104.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemicals and health pages on
parabens (Denmark's ban on propylparaben and butylparaben in products for children under three; a
Québec fiche on the parabènes of the creams and shampoos of babies, for parents and the educators
of the centres de la petite enfance; a need of Colombia's INVIMA to analyse the parabenos of
cosmetics and baby products); pesticide and occupational health pages on DBCP, the nematicide sold
as Nemagon and Fumazone (DBCP in the public supply wells of the San Joaquin Valley; the sterile
ouvriers of the bananeraies of Côte d'Ivoire; a need for the afectados por el Nemagón of Chinandega
and León); waste pages on lithium-ion battery fires (guidance on the zombie batteries that set bin
lorries and recycling plants alight in the United Kingdom; a plan against the incendies of the
camions-bennes and centres de tri of Île-de-France, with the bac jaune and the rippeurs; a pilot
against the incendios of the camiones recolectores and plantas de reciclaje of Santiago, with their
peonetas); marine pollution and shipping pages on containers lost at sea (the 342 containers of the
MSC Zoe off the Wadden Islands; a dataset on the conteneurs perdus off the French coasts, the
Svendborg Maersk among them; a need for the contenedores caídos al mar off Manzanillo and Lázaro
Cárdenas); energy pages on solar dryers (solar conduction dryers for the women farmers of
Marathwada; an offer of séchoirs solaires for the dried mango units of Burkina Faso; the secadores
solares of the aguaymanto of Cajamarca); energy pages on solar carports (ten years of the solar
canopies over the car parks of Rutgers University's Livingston campus; a French note on the
ombrières photovoltaïques the 2023 law imposes on parkings; the marquesinas fotovoltaicas of the
hospitals and campuses of the Región de Murcia); climate mitigation pages on telework (remote
working, commuting and home energy in Ireland; the télétravail of Québec's public servants and
their autosolo; the teletrabajo, the colectivos and the subte of the AMBA in Argentina); climate
mitigation pages on private jets (private jet flights from European airports; a Swiss note on the
jets privés and the aviation d'affaires of Geneva and Davos; the jets privados and the aviación
ejecutiva of Ibiza); Biosafety Clearing-House pages on genetically modified plums (the United
States decisions on the HoneySweet plum, engineered to resist plum pox; twenty years of field
trials of the prunier C5 against the sharka in Europe; a need of Chile's SAG to assess the ciruelo
transgénico before it reaches the huertos of D'Agen plums); and indoor air and occupational health
pages on 3D printer emissions (enclosures and filters for the 3D printers of school makerspaces in
Georgia; a study day on impression 3D, fablabs and santé au travail in Liège; a guide for the
impresoras 3D of the laboratorios digitales of Uruguay's escuelas and liceos). English, French and
Spanish, 10 records each, every topic written once in each language (different countries, projects
and angles, not translations of one text).

None of records.py, records3.py, ..., records103.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (paraben, parabène, parabeno, methylparaben, propylparaben,
butylparaben, p-hydroxybenzoic, preservative, conservateur, conservante, cosmetic, cosmétique,
cosmético, endocrine, perturbateur endocrinien, disruptor endocrino; DBCP, dibromochloropropane,
dibromocloropropano, Nemagon, Nemagón, Fumazone, nematicide, nématicide, nematicida, fumigant,
banana workers, bananeraie, bananeros, sterility, stérilité, esterilidad, infertility; battery
fire, incendie de batteries, incendio por baterías, thermal runaway, emballement thermique,
lithium, litio, bin lorry, camion-benne, camión recolector, centre de tri, planta de reciclaje,
landfill fire; lost container, overboard, par-dessus bord, por la borda, conteneur, contenedor,
container ship, porte-conteneurs, portacontenedores, cargo, cargaison, IMDG, MSC Zoe, Svendborg,
Wadden, Manzanillo; solar dryer, séchoir solaire, secador solar, solar drying, séchage solaire,
secado solar, deshidratador, dryer, séchoir, secadora, aguaymanto, uchuva, Physalis, mango, mangue;
carport, solar canopy, ombrière, marquesina, car park, parking, stationnement, aparcamiento,
estacionamiento, Rutgers; telework, remote work, working from home, télétravail, teletrabajo, home
office, commuting, navetteurs, autosolo, videoconference, coworking; private jet, jet privé, jet
privado, business aviation, aviation d'affaires, aviación ejecutiva, private aviation, frequent
flyer, helicopter, Ibiza, Davos; plum, prune, prunier, pruneaux, ciruelo, ciruela, Prunus, plum
pox, sharka, viruela del ciruelo, HoneySweet; 3D printer, impression 3D, impresora 3D, additive
manufacturing, fabrication additive, fabricación aditiva, fablab, makerspace, ultrafine particles,
particules ultrafines, partículas ultrafinas, Plan Ceibal). Screened and dropped as covered: radon
(bz07, bz08), nail salons (bn25-bn27), tattoo inks (bo28-bo30), brick kilns (v25-v27), sunscreens
(o25, o26), plastic pellets (j01-j03), SF6 (bu07-bu09), Bt brinjal (i10-i12), genetically modified
papaya (bb19-bb21), pineapple (bm13-bm15), carnations (bf19-bf21), wheat (l16-l18), mustard
(be19-be21), potatoes (bc10-bc12) and sugarcane (bb22-bb24), gene drives (p14), genetically
modified mosquitoes (w08, w09) and GloFish (bh13-bh15), contained use of LMOs (o22-o24), chemical
leasing (j16-j18), vinyl chloride (z10-z12), pentachlorophenol (x16-x18), chlordecone (q22-q24),
fipronil (bi04-bi06), atrazine (bg04-bg06), carbofuran (i22-i24), aluminium phosphide (bd10-bd12),
red mud (bl22, bl23), sewage sludge (bf16-bf18), kohl (bg22-bg24), nonylphenols (bh07-bh09),
tributyltin (u04-u06), road salt (bm28-bm30), fish smoking ovens (bx10-bx12), olive mill wastewater
(bg10-bg12), vinasse (bj10-bj12), slaughterhouse waste (bi07-bi09), coffee wastewater (bm25-bm27),
wind turbine blades (bh10-bh12), solar panel waste (u01-u03), mercury from crematoria (y28-y30),
cool roofs (w19), eco-schools (r07), learning routes (bx22, bx24), triclosan (bp11) and hair dye
poisoning (bi22), besides the topics of sets 42 to 103 and those their docstrings list as covered,
and the biodiversity, ecosystem, agriculture and water topics left to set 105. Screened with no or
passing hits but not chosen: military burn pits (no hit), space debris (no hit), daylight saving
time (no hit), embalming (no hit), solar ice makers for small-scale fishers (only the ammonia drill
at an ice plant of Manta, o09), microbial culture collections (no hit) and the Green Customs
Initiative (no hit, as sets 84, 90 and 98 found). records105.py (ids eg..), written at the same
time by another engineer on biodiversity, ecosystem, agriculture and water topics, is not part of
this set's pool.

The nearest are judged 1: the need for efficient dryers for the cardamom of Alta Verapaz (dk18),
whose title names the secadoras eficientes it asks for and whose description asks for improved
wood-fired and solar dryers, to the general solar dryer queries; the need for the safe collection
of spent lithium-ion batteries from solar home systems in Kenya (t25), which asks for safe storage
to prevent battery fires, to the general battery fire queries; and the three disposable vape pages
(bk04, bk05, bk06), which name the fires their lithium batteries start in bin lorries, recycling
plants, centres de tri and camiones compactadores among the harms that the ban and the take-back
address, also to the general battery fire queries. All the other hits are passing or about other
things, judged 0: the triclosan of personal care products (bp11), the thiomersal of Swiss cosmetics
and medicines (dh08), the paraphenylenediamine of hair dyes (bi22), the nonylphenols (bh07-bh09)
and the bisphenol A, phthalates and endocrine disruptors of plastic products (w25-w27), other
chemicals; the chlordécone pages (q22-q24), the chlorothalonil of the Ivorian bananeraies (bk29),
the paraquat of the Ecuadorian bananeras (p09), the genetically modified bananas (bg13-bg15), the
pine wilt nematode (bt28) and the fumigated containers (cn22-cn24); the grid batteries and their
fire safety rules (dl13-dl15), the landfill fires (db07-db09), the house fires of paraffin lamps
(ch01), the batteries of shared e-scooters (ct18) and the recycling of electric vehicle batteries
(t26, t27); the nurdles of the container ship fire off Sri Lanka (j01), the pellet guide and the
cargo spills of pellets on Cartagena's beaches (j02, j03); the solar dryers named among the
equipment of the chitoumou project of the Hauts-Bassins (br11), the FTT-Thiaroye oven that can also
serve as a séchoir (bx11), the séchoirs of the cashew units of Bobo-Dioulasso (dr17), the coffee
dryers of df06 and the solar cookers (bz19-bz21); the ombrières sur serres of the agrivoltaic note
(bu20) and the other agrivoltaic pages (bu19, bu21), the parking-lot dust of the coal-tar sealcoat
dataset (cx04) and the solar panels on public and community buildings (cn15, eb28); the horarios de
teletrabajo among the measures of the Ecuadorian energy saving need (ct15), the carpooling pages
(cv13-cv15) and the congestion pricing note of Montréal (cz20); the frequent flyer levy of Climate
Assembly UK (cj25), the short-haul flight bans (ed04-ed06), sustainable aviation fuel (ch28-ch30)
and leaded avgas (cj01-cj03); the genetically modified papaya (bb19-bb21), apples (cp28-cp30),
citrus (ed25-ed27) and grapevines (db22-db24), the Prunus africana pages (bc04-bc06) and the Kakadu
plum, the gubinge of ce28; and the community biology labs and makerspaces (cf19, cf21), which name
no 3D printer. In the golden files, the molecule page on p-hydroxybenzoic acid names the parabens
as its esters, a passing mention, and a molecule page naming fumigants among the uses of m-cresol,
a page on golf cart accessories naming lithium batteries and molecule pages naming containers and
printer's inks are unrelated.

Traps: the methylisothiazolinone, the contact allergy and the nappy area of ef01; the crèmes
solaires, the lingettes humides and the couche of ef02; the pañitos húmedos, the protectores
solares and the mercury of the cremas aclaradoras of ef03 (0 to the sunscreen, wet wipe,
skin-lightening and mercury queries); the ethylene dibromide, the 1,2,3-trichloropropane and the
drinking water of ef04; the chlordécone des Antilles of ef05 (0 to chlordecone as a topic of its
own); the insuficiencia renal crónica de los cañeros of ef06 (0 to CKDu); the single-use vapes and
e-bikes of ef07 and the cigarettes électroniques and trottinettes of ef08 (0 to the vape and shared
e-scooter queries); the vapeadores, scooters and Ley REP of ef09; the plastic pellets and organic
peroxides of ef10 and the granulés plastiques and paquets de cigarettes of ef11 (0 to the nurdle
and cigarette butt queries); the huracanes and tortugas marinas of ef12; the cold storage of ef13
(0 to the cold chain queries); the séchoirs à gaz butane and the fours de fumage du poisson of
ef14; the granizo, ají and orégano of ef15; the charging points for electric vehicles of ef16, the
bornes de recharge and the agrivoltaïsme of ef17 and the puntos de recarga of ef18 (0 to the public
charging and agrivoltaic queries); the oil heating and smart meters of ef19; the covoiturage of
ef20 (0 to carpooling); the tarjeta SUBE and the consumos eléctricos of ef21; the fast trains, the
helicopters and the Cannes film festival of ef22; the système d'échange de quotas, the vols courts
and the carburants d'aviation durables of ef23 (0 to the emissions trading, short-haul flight ban
and sustainable aviation fuel queries); the yates de lujo, the helicópteros and the ferris of ef24;
the papaya of Hawaii of ef25 (0 to the genetically modified papaya queries); the abricotiers,
pêchers and eaux-de-vie of ef26; the damascos and cerezos and the semillas transgénicas para
exportación of ef27; the laser cutters and resin printers of ef28; the découpe laser, the
laboratoires dentaires and the poudres métalliques of ef29; and the cortadoras láser and kits de
robótica of ef30. For the country queries: ef01 names only Denmark (and the European Union); ef02
names only Canada (Québec, Santé Canada; and the European Union); ef03 names only Colombia (and the
Andean rule and the European Union); ef04 names only the United States (California); ef05 names
Côte d'Ivoire and the Burkinabè workers of its plantations (and the Antilles for comparison); ef06
names only Nicaragua; ef07 names only the United Kingdom; ef08 names only France (Île-de-France);
ef09 names only Chile; ef10 names the Netherlands and Germany (and the Panamanian flag authority);
ef11 names only France; ef12 names only Mexico; ef13 names only India; ef14 names only Burkina Faso
(and European buyers); ef15 names only Peru (and its markets in Europe and the United States); ef16
names only the United States; ef17 names only France; ef18 names only Spain; ef19 names only
Ireland; ef20 names only Canada (Québec); ef21 names only Argentina; ef22 names the European Union,
the United Kingdom, Switzerland and Norway and airports of France, Switzerland, Spain and Italy;
ef23 names only Switzerland (and its neighbouring countries); ef24 names Spain (and flights from
the Costa Azul); ef25 names only the United States; ef26 names the Czech Republic, Romania, Poland
and Spain (and Bulgaria, where the sharka was described, and the American ministry of agriculture);
ef27 names Chile (and the United States, where the plum was approved); ef28 names only the United
States (Georgia); ef29 names only Belgium (Liège, Wallonia, Brussels); ef30 names only Uruguay.

Ids (ef01..ef30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
ed01..ed30, ee01..ee30), and no earlier id starts with "ef".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- parabens -------------------------------------------------------------------------------
    ("ef01", "case-study", "en",
     "Denmark's ban on propylparaben and butylparaben in products for children under three: what "
     "changed on the shelves",
     "In 2011 Denmark became the first country to ban propylparaben and butylparaben, with their "
     "isomers and salts, in cosmetic products meant for children under three, after Danish "
     "researchers reported that these preservatives act like weak oestrogens in laboratory "
     "animals and pass through the skin. Three years later the European Union banned five other "
     "parabens outright, lowered the limit for propylparaben and butylparaben to 0.14 per cent "
     "and forbade them in leave-on products for the nappy area of small children. This case "
     "study, prepared by the consumer products team of the Danish Environmental Protection "
     "Agency, reviews the market surveys of baby lotions, creams and shampoos made before and "
     "after the ban and the substitutes chosen. Methylparaben and ethylparaben, still allowed, "
     "stayed the most common preservatives; some brands moved to methylisothiazolinone, which "
     "then caused a wave of contact allergy and was itself restricted. The study discusses "
     "'paraben-free' labels, biomonitoring of parabens in the urine of Danish children and "
     "mothers, and the limits of acting one country at a time.",
     ("parabens", "cosmetics", "endocrine disruptors", "preservatives", "children's products"),
     ("DK",), "2024-03"),
    ("ef02", "document", "fr",
     "Parabènes dans les produits pour bébés : fiche d'information pour les parents et le "
     "personnel des services de garde",
     "Les parabènes (méthylparabène, éthylparabène, propylparabène, butylparabène) sont des "
     "agents de conservation utilisés depuis les années 1920 dans les crèmes, les shampooings, "
     "les lotions et les savons liquides pour empêcher la croissance des bactéries et des "
     "moisissures. Cette fiche, préparée par une direction régionale de santé publique du Québec "
     "avec des pharmaciens et des infirmières de CLSC, répond aux questions des parents et des "
     "éducatrices des centres de la petite enfance : pourquoi certains parabènes sont soupçonnés "
     "d'agir comme perturbateurs endocriniens, ce que Santé Canada permet et ce que l'Union "
     "européenne a interdit, et pourquoi la mention « sans parabènes » ne garantit pas un "
     "produit plus sûr. Elle montre comment lire la liste des ingrédients sur l'emballage, "
     "conseille de limiter le nombre de produits appliqués sur la peau des tout-petits, surtout "
     "sous la couche, et de préférer l'eau et une débarbouillette de coton. Les crèmes solaires "
     "et les lingettes humides font l'objet d'autres fiches.",
     ("parabènes", "produits de soins personnels", "perturbateurs endocriniens",
      "santé des enfants", "agents de conservation"),
     ("CA",), "2023-05"),
    ("ef03", "need", "es",
     "Necesidad: laboratorio para analizar parabenos en cosméticos y productos de aseo infantil "
     "en Colombia",
     "En Colombia se venden miles de cremas, champús, jabones líquidos, cremas antipañalitis y "
     "colonias para bebés, muchos importados o fabricados por pequeñas empresas y vendidos en "
     "droguerías, supermercados y por catálogo. El Instituto Nacional de Vigilancia de "
     "Medicamentos y Alimentos (INVIMA) aplica la norma andina sobre productos cosméticos, que "
     "remite a las listas de ingredientes prohibidos y restringidos de la Unión Europea, pero no "
     "puede verificar en laboratorio si un producto contiene parabenos prohibidos, como el "
     "isopropilparabeno o el fenilparabeno, o si supera los límites del propilparabeno y el "
     "butilparabeno. Solicita apoyo para equipar y validar un método de cromatografía líquida, "
     "capacitar a los analistas, muestrear productos de tiendas de barrio y de ventas por redes "
     "sociales y publicar los resultados, y material para explicar a las madres qué dicen las "
     "etiquetas. Los pañitos húmedos y los protectores solares entrarán en una segunda fase; el "
     "mercurio de las cremas aclaradoras tiene su propio programa.",
     ("parabenos", "cosméticos", "disruptores endocrinos", "vigilancia sanitaria", "necesidades"),
     ("CO",), "2024-10"),
    # --- DBCP (Nemagon) -------------------------------------------------------------------------
    ("ef04", "dataset", "en",
     "DBCP in the public supply wells of the San Joaquin Valley: sampling results and treatment, "
     "1979-2024",
     "DBCP (1,2-dibromo-3-chloropropane), a soil fumigant injected to kill nematodes in "
     "vineyards, orchards and vegetable fields, was banned for most uses in the United States in "
     "1979, two years after workers who made it at a chemical plant in Lathrop, California, were "
     "found to be sterile. It did not go away: DBCP moves down through sandy soils and persists "
     "for decades, and it is still found in hundreds of drinking water wells of the San Joaquin "
     "Valley, many of them above the state's maximum contaminant level of 0.2 micrograms per "
     "litre. This dataset, compiled from the state's drinking water quality records, gives for "
     "each public supply well the DBCP results since 1979, the depth of the well, its status "
     "(active, treated with granular activated carbon, blended or abandoned) and the system it "
     "serves, from Fresno and Bakersfield to small farmworker towns. It notes the settlements "
     "under which the manufacturers paid for treatment, and the other old fumigants found in the "
     "same wells, ethylene dibromide and 1,2,3-trichloropropane.",
     ("DBCP", "nematicides", "groundwater contamination", "drinking water", "soil fumigants"),
     ("US",), "2024-07"),
    ("ef05", "case-study", "fr",
     "Le DBCP dans les bananeraies de Côte d'Ivoire : des ouvriers devenus stériles et un long "
     "combat pour être reconnus",
     "Dans les années 1970, le DBCP (dibromochloropropane), un nématicide vendu sous les noms de "
     "Nemagon et de Fumazone, a été injecté au pied des bananiers des grandes plantations du sud "
     "de la Côte d'Ivoire, autour d'Aboisso, d'Agboville et de Tiassalé, contre les nématodes "
     "qui attaquent les racines. Les ouvriers l'appliquaient sans gants ni masque, souvent pieds "
     "nus. Cette étude de cas, réalisée par une association d'anciens travailleurs avec un "
     "service de santé au travail d'Abidjan, réunit les témoignages de 212 hommes, Ivoiriens et "
     "Burkinabè venus travailler dans les plantations, qui ont appris bien plus tard que le "
     "produit pouvait rendre stérile. Elle retrace les plaintes déposées devant des tribunaux "
     "étrangers, les indemnisations jugées dérisoires, la honte et les divorces liés à "
     "l'infertilité, et l'absence de registre national des personnes exposées. Elle compare avec "
     "le chlordécone des Antilles, autre pesticide des bananeraies, et propose un suivi médical "
     "et la reconnaissance de la stérilité comme maladie professionnelle.",
     ("DBCP", "nématicides", "bananeraies", "stérilité masculine", "santé au travail"),
     ("CI",), "2023-06"),
    ("ef06", "need", "es",
     "Necesidad: registro y atención médica para los afectados por el Nemagón en Chinandega y "
     "León",
     "Entre finales de los años sesenta y 1985, miles de trabajadores de las bananeras del "
     "occidente de Nicaragua, en Chinandega y León, aplicaron el Nemagón, nombre comercial del "
     "DBCP (dibromocloropropano), un nematicida que se inyectaba en el suelo junto a cada mata "
     "de banano. Muchos hombres quedaron estériles y muchas mujeres sufrieron abortos; los "
     "extrabajadores y sus familias atribuyen también al producto cánceres y males de la piel. "
     "En 2000 la Ley 364 facilitó las demandas contra las empresas fabricantes y bananeras, y "
     "cientos de afectados acamparon durante meses frente a la Asamblea Nacional en Managua. Una "
     "asociación de afectados, con el Ministerio de Salud y la universidad de León, solicita "
     "apoyo para levantar un registro único de las personas expuestas, hacer exámenes de "
     "fertilidad y de seguimiento, formar al personal de los centros de salud y ofrecer atención "
     "psicológica a las familias. La insuficiencia renal crónica de los cañeros de la misma "
     "zona, que tiene otras causas, no forma parte de esta solicitud.",
     ("Nemagón", "DBCP", "extrabajadores bananeros", "salud ocupacional", "necesidades"),
     ("NI",), "2024-01"),
    # --- lithium-ion battery fires in waste -----------------------------------------------------
    ("ef07", "document", "en",
     "Zombie batteries: guidance for councils and waste operators on stopping lithium-ion "
     "battery fires in bin lorries and recycling plants",
     "Lithium-ion batteries hidden in household rubbish and recycling, in old phones, toys, "
     "power tools, e-bike packs and single-use vapes, have become the biggest cause of fires in "
     "bin lorries and at waste and recycling sites in the United Kingdom. When a battery is "
     "crushed by a lorry's compactor or punctured in a shredder it can go into thermal runaway "
     "and set the whole load alight. Drawing on incident reports gathered by fire and rescue "
     "services and waste operators since 2019, this guidance sets out what councils and "
     "operators can do: tell residents never to put batteries in any bin, offer kerbside "
     "collection of small batteries in a separate bag and drop-off points in shops, train crews "
     "to tip a burning load safely in the street, fit thermal cameras and suppression systems "
     "above picking lines and bunkers, limit the height of stockpiles and keep fire breaks. It "
     "explains what producers and retailers must take back under the battery regulations and how "
     "to report each fire so that the national picture improves.",
     ("battery fires", "lithium-ion batteries", "waste collection", "waste management facilities",
      "fire safety"),
     ("GB",), "2024-09"),
    ("ef08", "project", "fr",
     "Les batteries au lithium, première cause d'incendie dans les centres de tri : un plan "
     "d'action en Île-de-France",
     "Chaque semaine, des départs de feu se déclarent dans les camions-bennes et les centres de "
     "tri d'Île-de-France à cause de piles et de batteries au lithium jetées dans le bac jaune "
     "ou avec les ordures ménagères : téléphones, cigarettes électroniques, jouets, batteries de "
     "trottinettes et de vélos électriques. Certains incendies ont arrêté des centres de tri "
     "pendant des mois. Porté par un syndicat de traitement des déchets ménagers avec "
     "l'éco-organisme des piles et batteries, les sapeurs-pompiers et une vingtaine de "
     "collectivités, ce projet combine une campagne « Les batteries, jamais dans la poubelle », "
     "des points de collecte supplémentaires en déchèteries, en mairies et en magasins, des "
     "caméras thermiques et des détecteurs de flamme dans les fosses et sur les convoyeurs, et "
     "la formation des rippeurs et des chauffeurs à vider la benne en sécurité. Chaque incident "
     "est déclaré et analysé pour retrouver l'objet en cause. Le projet suit le nombre de "
     "départs de feu, les tonnages de batteries collectées à part et le coût des assurances.",
     ("incendies", "batteries au lithium", "centres de tri", "collecte des déchets",
      "piles et batteries"),
     ("FR",), "2024-11"),
    ("ef09", "project", "es",
     "Programa piloto contra los incendios por baterías de litio en camiones recolectores y "
     "plantas de reciclaje de Santiago",
     "En la Región Metropolitana los incendios en camiones recolectores de basura y en plantas "
     "de reciclaje se han vuelto frecuentes, y Bomberos apunta casi siempre al mismo culpable: "
     "baterías de litio de celulares, notebooks, parlantes, scooters y vapeadores que los "
     "vecinos botan en la basura domiciliaria o en los contenedores de reciclaje. Una batería "
     "aplastada por la prensa del camión o rota en la cinta de selección puede inflamarse en "
     "segundos. Con la Ley REP, que incluye las pilas y los aparatos eléctricos y electrónicos "
     "entre los productos prioritarios, cinco municipalidades, una empresa de recolección, una "
     "planta de reciclaje y los cuerpos de bomberos prueban un programa piloto: puntos limpios y "
     "contenedores especiales para pilas y baterías, una campaña puerta a puerta, capacitación "
     "de peonetas y choferes para descargar en la calle un camión que se enciende, y cámaras "
     "térmicas en la planta. El programa registra cada amago de incendio y su causa, y compara "
     "los costos con los de los siniestros de años anteriores.",
     ("incendios por baterías", "baterías de litio", "recolección de residuos",
      "plantas de reciclaje", "Ley REP"),
     ("CL",), "2025-02"),
    # --- shipping containers lost at sea --------------------------------------------------------
    ("ef10", "case-study", "en",
     "MSC Zoe, January 2019: 342 containers lost off the Wadden Islands and what changed "
     "afterwards",
     "On the night of 1 to 2 January 2019, during a storm, the container ship MSC Zoe lost 342 "
     "containers in the North Sea while sailing the southern route along the Dutch Wadden "
     "Islands. Broken containers spilled shoes, toys, furniture, car parts, televisions and bags "
     "of plastic pellets onto the beaches of Terschelling, Vlieland and Ameland and into the "
     "Wadden Sea, while containers of dangerous goods, one holding organic peroxides, had to be "
     "searched for on the seabed. This case study follows the clean-up by islanders and the "
     "coastguard, the salvage of containers and debris from the sea floor over more than a year, "
     "and the joint investigation of the Dutch, Panamanian and German safety authorities, which "
     "found that in shallow water and beam seas the motion of a large ship and contact with the "
     "seabed can tear containers loose. It explains the new routing advice for large container "
     "ships north of the islands and the international amendments that make the reporting of "
     "every lost container mandatory from 2026.",
     ("containers lost at sea", "container ships", "marine litter", "maritime safety",
      "Wadden Sea"),
     ("NL", "DE"), "2023-04"),
    ("ef11", "dataset", "fr",
     "Conteneurs perdus en mer au large des côtes françaises : signalements, dérive et "
     "échouages, 2014-2024",
     "Chaque hiver, des porte-conteneurs pris dans les tempêtes du golfe de Gascogne, de la "
     "Manche et de la Méditerranée perdent des conteneurs par-dessus bord. Certains coulent, "
     "d'autres dérivent entre deux eaux et menacent les navires de pêche et de plaisance, "
     "d'autres encore se brisent et répandent leur cargaison sur les plages. Ce jeu de données, "
     "tenu par un centre d'expertise sur les pollutions accidentelles des eaux avec les "
     "préfectures maritimes, recense pour chaque événement depuis 2014 le navire, la date, la "
     "position, le nombre de conteneurs perdus, les marchandises déclarées et les matières "
     "dangereuses relevant du code IMDG, les modèles de dérive calculés, les conteneurs "
     "retrouvés ou jamais revus et les échouages signalés sur le littoral, du Finistère aux "
     "Landes : paquets de cigarettes, jouets, pièces automobiles, sacs de granulés plastiques. "
     "Il inclut la perte de plus de 500 conteneurs par le Svendborg Maersk en février 2014 et "
     "indique, pour chaque cas, les coûts de nettoyage supportés par les communes.",
     ("conteneurs perdus en mer", "porte-conteneurs", "déchets marins", "pollutions accidentelles",
      "sécurité maritime"),
     ("FR",), "2024-12"),
    ("ef12", "need", "es",
     "Necesidad: protocolo de respuesta ante contenedores caídos al mar frente a Manzanillo y "
     "Lázaro Cárdenas",
     "Manzanillo y Lázaro Cárdenas, los dos grandes puertos de contenedores del Pacífico "
     "mexicano, reciben buques que cruzan tormentas tropicales y huracanes cada temporada, y más "
     "de una vez han llegado portacontenedores con estibas colapsadas o con huecos donde había "
     "carga. Los contenedores que caen al mar quedan a la deriva o se hunden cerca de la costa, "
     "donde rompen las redes de los pescadores ribereños de Colima y Michoacán, y su contenido, "
     "a veces sustancias peligrosas, aparece en las playas. La Capitanía de Puerto, con la "
     "Secretaría de Marina y la autoridad ambiental del estado, solicita apoyo para un protocolo "
     "que obligue a las navieras a avisar de cada pérdida con su posición y su manifiesto de "
     "carga, modelos de deriva, un sonar para ubicar los contenedores hundidos, equipos para "
     "recuperarlos y un fondo para pagar la limpieza y reponer las redes dañadas. Pide también "
     "capacitación sobre las nuevas reglas de la Organización Marítima Internacional. Las "
     "tortugas marinas enredadas en restos de carga serán objeto de otra solicitud.",
     ("contenedores caídos al mar", "transporte marítimo", "basura marina", "pesca ribereña",
      "necesidades"),
     ("MX",), "2025-01"),
    # --- solar dryers ---------------------------------------------------------------------------
    ("ef13", "project", "en",
     "Solar conduction dryers for women farmers in Marathwada: drying tomatoes, onions and "
     "ginger instead of dumping them",
     "When prices crash at harvest, farmers in the Marathwada region of Maharashtra often leave "
     "tomatoes and onions to rot in the field or dump them by the roadside. This project, run by "
     "a social enterprise with farmer producer organisations and the state rural livelihoods "
     "mission, gives women farmers small solar conduction dryers, in which a black metal tray "
     "heated by the sun dries sliced produce under a clear cover, safe from dust, birds and "
     "rain, in one or two days instead of a week on the ground. Some 1,200 women in Aurangabad, "
     "Jalna and Beed districts dry tomato, onion, ginger, curry leaves and fenugreek, and the "
     "enterprise buys the dried produce at agreed prices for food companies. The project "
     "measures drying time, moisture, colour and microbial quality against open-sun drying, the "
     "income earned, the diesel and electricity saved compared with mechanical dryers, and the "
     "women's working hours. Cold storage, which the region lacks, is not part of the project.",
     ("solar dryers", "solar drying", "post-harvest losses", "renewable energy", "women farmers"),
     ("IN",), "2023-11"),
    ("ef14", "support-source", "fr",
     "Offre : plans, formation et suivi pour équiper de séchoirs solaires les unités de séchage "
     "de mangue du Burkina Faso",
     "Le Burkina Faso exporte chaque année des milliers de tonnes de mangues séchées, surtout "
     "des variétés Amélie, Brooks et Kent, préparées par des centaines d'unités de séchage, "
     "souvent tenues par des femmes, autour de Bobo-Dioulasso, d'Orodara et de Banfora. La "
     "plupart sèchent les tranches sur des claies dans des séchoirs à gaz butane, dont le prix "
     "et les ruptures d'approvisionnement pèsent sur les marges pendant la courte campagne "
     "d'avril à juin. Un centre de recherche sur les énergies renouvelables de Ouagadougou offre "
     "aux unités et à leurs groupements des plans de séchoirs solaires indirects et de séchoirs "
     "hybrides solaire-gaz, la formation d'artisans soudeurs et menuisiers pour les construire, "
     "des mesures de température et d'humidité pendant une campagne, et un appui pour obtenir la "
     "certification biologique et équitable exigée par les acheteurs européens. L'offre couvre "
     "aussi le séchage d'autres fruits et légumes hors saison de la mangue. Les fours de fumage "
     "du poisson ne sont pas concernés.",
     ("séchoirs solaires", "séchage solaire", "mangues séchées", "énergies renouvelables",
      "offres"),
     ("BF",), "2024-02"),
    ("ef15", "case-study", "es",
     "Secadores solares para el aguaymanto de Cajamarca: cinco años de deshidratado en las "
     "comunidades",
     "El aguaymanto (Physalis peruviana), que crece en los valles y laderas de Cajamarca, se "
     "vende fresco a precios que caen en plena cosecha, pero deshidratado se exporta a Europa y "
     "Estados Unidos. Hasta hace pocos años las familias lo secaban al sol sobre mantas y "
     "costales en el patio, expuesto al polvo, a las lluvias y a las gallinas, y buena parte se "
     "perdía o no pasaba los controles. Este estudio de caso analiza la experiencia de tres "
     "asociaciones de productores de San Pablo, Cajabamba y San Marcos que, con una ONG y la "
     "universidad regional, construyeron secadores solares tipo túnel y carpas solares con "
     "plástico agrofílm y malla. Compara el tiempo de secado, la humedad final, el color y la "
     "carga microbiana con el secado en el suelo, los costos de construcción y mantenimiento, y "
     "los ingresos por kilo vendido a la planta exportadora. Evalúa además el uso de los "
     "secadores fuera de campaña para secar ají, orégano y plantas medicinales, y los daños del "
     "granizo en las cubiertas.",
     ("secadores solares", "deshidratado de frutas", "aguaymanto", "energías renovables",
      "poscosecha"),
     ("PE",), "2023-09"),
    # --- solar carports -------------------------------------------------------------------------
    ("ef16", "case-study", "en",
     "Parking under the sun: ten years of solar canopies over the car parks of Rutgers "
     "University's Livingston campus",
     "In 2013 Rutgers University in New Jersey opened one of the largest solar car park canopies "
     "in the United States: rows of steel structures carrying photovoltaic panels over some 30 "
     "acres of student and staff parking on its Livingston campus, with about 8 megawatts of "
     "capacity, supplying a large share of the campus's electricity. This case study looks back "
     "at ten years of operation. It compares the canopies with an earlier ground-mounted array "
     "on the same campus, weighing the extra cost of tall steel structures against the value of "
     "using land that was already paved, and reports the electricity produced each year, the "
     "shade that kept cars cool in summer, the snow that slid off the panels onto windscreens, "
     "the lighting and security cameras fixed to the structures, and the repairs after storms. "
     "It also explains the financing through a power purchase agreement, the stormwater rules "
     "for rain falling from the panels, and the later addition of charging points for electric "
     "vehicles under part of the canopies.",
     ("solar carports", "solar canopies", "photovoltaic energy", "car parks", "universities"),
     ("US",), "2023-10"),
    ("ef17", "document", "fr",
     "Ombrières photovoltaïques sur les parkings : ce que la loi d'accélération des énergies "
     "renouvelables impose aux parcs de stationnement",
     "Depuis la loi relative à l'accélération de la production d'énergies renouvelables de mars "
     "2023, les parcs de stationnement extérieurs de plus de 1 500 m² doivent être équipés, sur "
     "au moins la moitié de leur superficie, d'ombrières intégrant un procédé de production "
     "d'énergies renouvelables, en pratique des panneaux photovoltaïques. Cette note, destinée "
     "aux gestionnaires de parkings de supermarchés, de zones d'activités, d'hôpitaux et de "
     "collectivités, explique le calendrier (juillet 2026 pour les parkings de plus de 10 000 "
     "m², juillet 2028 pour les autres), les exemptions pour contraintes techniques, "
     "patrimoniales ou économiques et la possibilité de remplacer une partie des ombrières par "
     "des arbres. Elle détaille le dimensionnement, le raccordement au réseau, "
     "l'autoconsommation, les bornes de recharge pour véhicules électriques, la gestion des eaux "
     "pluviales sous les structures et les sanctions prévues. Elle rappelle que l'agrivoltaïsme, "
     "régi par d'autres articles de la même loi, ne concerne que les terres agricoles.",
     ("ombrières photovoltaïques", "parcs de stationnement", "énergie solaire photovoltaïque",
      "réglementation", "énergies renouvelables"),
     ("FR",), "2024-04"),
    ("ef18", "project", "es",
     "Marquesinas fotovoltaicas en los aparcamientos de hospitales y campus de la Región de "
     "Murcia",
     "La Región de Murcia, con más de 3.000 horas de sol al año, tiene en sus hospitales y "
     "campus universitarios miles de plazas de aparcamiento al aire libre donde los coches pasan "
     "el día al sol. Este proyecto del gobierno regional, con el servicio de salud y las dos "
     "universidades públicas, instala marquesinas fotovoltaicas sobre 4.200 plazas de "
     "aparcamiento en seis hospitales y en los campus de Espinardo y Cartagena, con una potencia "
     "total de 11 megavatios en régimen de autoconsumo. La energía cubre parte del consumo de "
     "climatización y equipos de los edificios, y los excedentes se vierten a la red. El "
     "proyecto incluye puntos de recarga para coches eléctricos, iluminación LED bajo las "
     "marquesinas y recogida del agua de lluvia para el riego de los jardines. Mide la "
     "producción, el ahorro en la factura, las emisiones evitadas y la temperatura dentro de los "
     "coches aparcados a la sombra, y publica los pliegos técnicos para que otros organismos "
     "públicos puedan repetir la experiencia.",
     ("marquesinas fotovoltaicas", "aparcamientos", "autoconsumo", "energía solar fotovoltaica",
      "edificios públicos"),
     ("ES",), "2024-06"),
    # --- telework -------------------------------------------------------------------------------
    ("ef19", "dataset", "en",
     "Remote working and emissions in Ireland: commuting, home energy use and remote working "
     "hubs, 2019-2024",
     "The pandemic made Ireland one of the European countries where most people work from home, "
     "and the national remote work strategy of 2021 set out to keep it that way, with a right to "
     "request remote work and a network of more than 300 remote working hubs in towns and "
     "villages. This dataset, assembled by an energy research centre from national travel "
     "surveys, labour force data, samples of smart meter readings and hub bookings, estimates "
     "for each county and quarter the share of employees working from home all or part of the "
     "week, the commuting kilometres avoided by car, bus and train, and the extra electricity "
     "and heating used at home on remote working days, especially in poorly insulated houses "
     "heated with oil. It gives the net change in carbon dioxide emissions under several "
     "assumptions, including longer trips by people who moved further from their offices and "
     "extra car trips during the day. Notes explain the methods and the uncertainty, and compare "
     "the energy used by offices that stayed open.",
     ("remote working", "telework", "commuting", "transport emissions", "home energy use"),
     ("IE",), "2024-08"),
    ("ef20", "case-study", "fr",
     "Le télétravail dans la fonction publique québécoise : moins d'autosolo aux heures de "
     "pointe, mais combien de gaz à effet de serre en moins ?",
     "Au printemps 2020, des dizaines de milliers de fonctionnaires du gouvernement du Québec "
     "sont passés au télétravail du jour au lendemain ; depuis 2022, une politique-cadre leur "
     "permet de télétravailler jusqu'à trois jours par semaine. Cette étude de cas, réalisée par "
     "un centre universitaire de recherche sur la mobilité avec des ministères établis à Québec "
     "et à Montréal, mesure ce qui a changé pour les navetteurs : les déplacements en autosolo "
     "sur les ponts et les autoroutes aux heures de pointe, la fréquentation des autobus et du "
     "train de banlieue, les kilomètres parcourus et les émissions de gaz à effet de serre des "
     "déplacements domicile-travail. Elle tient compte des effets rebond : des employés ont "
     "déménagé plus loin, en région, et font plus de déplacements en auto pour d'autres motifs, "
     "tandis que le chauffage des maisons, surtout électrique au Québec, pèse peu dans le bilan. "
     "Elle recommande de regrouper les jours de présence au bureau et de réduire les superficies "
     "de bureaux. Le covoiturage n'est évoqué qu'en passant.",
     ("télétravail", "déplacements domicile-travail", "autosolo",
      "émissions de gaz à effet de serre", "fonction publique"),
     ("CA",), "2024-05"),
    ("ef21", "dataset", "es",
     "Teletrabajo y movilidad en el Área Metropolitana de Buenos Aires: viajes evitados y "
     "emisiones, 2019-2024",
     "Desde la pandemia, y con la ley de teletrabajo de 2020, cientos de miles de empleados de "
     "oficinas, bancos, empresas de servicios y de la administración pública del Área "
     "Metropolitana de Buenos Aires (AMBA) trabajan desde su casa uno o más días por semana. "
     "Este conjunto de datos, armado por el observatorio de movilidad de una universidad "
     "nacional con los viajes registrados con la tarjeta SUBE, conteos de tránsito en los "
     "accesos a la Ciudad, encuestas de hogares y consumos eléctricos residenciales, estima para "
     "cada partido del conurbano y cada comuna porteña la proporción de personas que "
     "teletrabajan, los viajes en colectivo, tren, subte y auto evitados por día hábil y el "
     "cambio en las emisiones de dióxido de carbono del transporte. Incluye también el aumento "
     "del consumo de electricidad y gas de los hogares en invierno y en verano, y la caída de la "
     "ocupación de oficinas en el microcentro. Las notas explican las diferencias por nivel de "
     "ingreso: la mayoría de los trabajadores del conurbano no puede teletrabajar.",
     ("teletrabajo", "movilidad urbana", "emisiones del transporte",
      "consumo de energía de los hogares", "AMBA"),
     ("AR",), "2025-03"),
    # --- private jets ---------------------------------------------------------------------------
    ("ef22", "dataset", "en",
     "Private jet flights from European airports: flights, routes, aircraft and CO2 emissions, "
     "2019-2024",
     "Per passenger, a private jet emits five to fourteen times more than a commercial flight "
     "and about fifty times more than a train, and the number of private jet flights in Europe "
     "grew after the pandemic. This dataset, compiled by a transport research group from public "
     "aircraft position signals (ADS-B) and registers of business aircraft, lists every private "
     "jet flight departing from or arriving at an airport in the European Union, the United "
     "Kingdom, Switzerland and Norway between 2019 and 2024: date, origin and destination, "
     "aircraft type, estimated fuel burned and carbon dioxide emitted. Summary tables give the "
     "busiest routes, many of them shorter than 500 kilometres and served by fast trains, such "
     "as Paris-London, Paris-Nice and Geneva-Zurich, the summer peaks at Nice, Ibiza, Palma and "
     "Olbia, and the surges around events such as the Cannes film festival and the World "
     "Economic Forum in Davos. Notes explain how flights were matched to aircraft, how emissions "
     "were estimated, and why helicopters and air ambulance flights were left out.",
     ("private jets", "business aviation", "aviation emissions", "climate change mitigation",
      "Europe"),
     ("GB", "FR", "DE", "CH", "IT", "ES"), "2024-09"),
    ("ef23", "document", "fr",
     "Jets privés et aviation d'affaires en Suisse : note sur les émissions et les options de "
     "taxation",
     "L'aéroport de Genève est l'une des principales plateformes d'aviation d'affaires d'Europe, "
     "et chaque janvier des centaines de jets privés y atterrissent, ainsi qu'à Zurich et sur "
     "les aérodromes proches de Davos, pour le Forum économique mondial. Cette note, préparée "
     "pour une commission parlementaire de l'environnement, estime la part des jets privés dans "
     "les vols au départ de la Suisse et dans leurs émissions de CO2, décrit qui les utilise "
     "(entreprises, particuliers, sociétés de location) et compare les instruments possibles : "
     "une taxe sur les vols de jets privés, comme celles introduites ou débattues dans des pays "
     "voisins, l'inclusion de ces vols dans le système d'échange de quotas d'émission, des "
     "redevances d'atterrissage différenciées, des restrictions sur les vols courts desservis "
     "par le train et l'obligation d'utiliser des carburants d'aviation durables. Elle rappelle "
     "le rejet par le peuple, en 2021, de la loi sur le CO2, qui prévoyait une taxe sur les "
     "billets d'avion et les vols privés, et la crainte de voir les vols se reporter vers les "
     "aéroports voisins.",
     ("jets privés", "aviation d'affaires", "taxation", "émissions de CO2", "Suisse"),
     ("CH",), "2024-02"),
    ("ef24", "case-study", "es",
     "Jets privados en Ibiza: vuelos, ruido y emisiones de la aviación ejecutiva en el verano de "
     "2023",
     "Cada verano el aeropuerto de Ibiza se convierte en uno de los más concurridos de Europa "
     "para la aviación ejecutiva: en julio y agosto de 2023 aterrizaron y despegaron allí miles "
     "de jets privados, muchos en vuelos de menos de una hora desde Palma, Barcelona, Madrid o "
     "la Costa Azul, con uno o dos pasajeros a bordo. Este estudio de caso, de un grupo de "
     "investigación en movilidad de la universidad balear con una organización ecologista de las "
     "islas, reconstruye los vuelos a partir de los datos públicos de seguimiento de aeronaves, "
     "estima el queroseno quemado y el dióxido de carbono emitido, y lo compara con las "
     "emisiones de los vuelos comerciales y de los ferris. Recoge las quejas por el ruido de los "
     "vecinos de Sant Josep y el debate sobre un impuesto a los jets privados planteado en el "
     "Congreso en 2024. Examina también las propuestas de limitar los aterrizajes en temporada "
     "alta. Los yates de lujo y los helicópteros quedan fuera del análisis.",
     ("jets privados", "aviación ejecutiva", "emisiones de la aviación", "ruido de aeronaves",
      "Islas Baleares"),
     ("ES",), "2024-10"),
    # --- genetically modified plums -------------------------------------------------------------
    ("ef25", "document", "en",
     "HoneySweet: summary of the United States safety decisions on a plum genetically engineered "
     "to resist plum pox virus",
     "Plum pox, or sharka, is the most damaging virus disease of plums, apricots and peaches; "
     "spread by aphids, it deforms and drops the fruit and cannot be cured. Scientists of the "
     "United States Department of Agriculture, with European partners, developed the HoneySweet "
     "plum (transformation event C5), a European plum (Prunus domestica) that carries a gene for "
     "the coat protein of the virus and resists infection through RNA silencing, the strategy "
     "that saved Hawaii's papaya from ringspot virus. This document summarises the three federal "
     "reviews: the deregulation by the plant health service in 2007, after field trials and a "
     "study of gene flow by pollen to other plum trees; the food safety consultation completed "
     "in 2009, which found the fruit comparable to other plums; and the registration of the "
     "virus resistance as a plant-incorporated protectant by the environmental agency. It "
     "recalls the plum pox outbreak in Pennsylvania, eradicated in 2009, that drove the work, "
     "and lists the data on fruit quality and on virus protein in the fruit.",
     ("genetically modified plums", "plum pox virus", "sharka", "living modified organisms",
      "risk assessment"),
     ("US",), "2023-02"),
    ("ef26", "case-study", "fr",
     "Le prunier C5 résistant à la sharka : vingt ans d'essais en plein champ en Europe",
     "La sharka, due au virus de la sharka (plum pox virus) que transmettent les pucerons, "
     "ravage les vergers de pruniers, d'abricotiers et de pêchers d'Europe depuis qu'elle a été "
     "décrite en Bulgarie il y a un siècle, et oblige à arracher des milliers d'arbres chaque "
     "année. Le prunier génétiquement modifié C5, mis au point avec le ministère américain de "
     "l'Agriculture, résiste au virus par silençage de l'ARN. Cette étude de cas retrace les "
     "essais en plein champ conduits depuis la fin des années 1990 en République tchèque, en "
     "Roumanie, en Pologne et en Espagne, sous forte pression virale : les arbres C5 sont restés "
     "sains ou presque, les pucerons et les autres insectes des vergers n'ont pas été affectés, "
     "et le transgène n'a été retrouvé que dans quelques noyaux de pruniers voisins. Elle "
     "explique pourquoi aucune demande d'autorisation de culture n'a été déposée dans l'Union "
     "européenne, les craintes des producteurs de pruneaux et d'eaux-de-vie de prune pour leurs "
     "marchés, et les leçons pour l'évaluation des arbres fruitiers génétiquement modifiés.",
     ("pruniers génétiquement modifiés", "sharka", "essais en plein champ",
      "organismes génétiquement modifiés", "arbres fruitiers"),
     ("CZ", "RO", "PL", "ES"), "2022-11"),
    ("ef27", "need", "es",
     "Necesidad: evaluar el ciruelo transgénico resistente a la sharka antes de que llegue a los "
     "huertos de la zona central de Chile",
     "Chile es uno de los mayores exportadores de ciruelas deshidratadas del mundo, casi todas "
     "de la variedad D'Agen, y exporta también ciruelas frescas, japonesas y europeas, de los "
     "huertos de las regiones Metropolitana, de O'Higgins y del Maule. Desde que se detectó en "
     "1992, el virus de la sharka, la viruela del ciruelo, se ha extendido por los huertos de "
     "carozos y obliga a arrancar árboles y a plantar solo material certificado de vivero. "
     "Algunos productores piden conocer el ciruelo transgénico HoneySweet, resistente al virus y "
     "aprobado en Estados Unidos. El Servicio Agrícola y Ganadero (SAG), que hoy solo autoriza "
     "la multiplicación de semillas transgénicas para exportación, solicita apoyo para preparar "
     "una evaluación de riesgo de este ciruelo: flujo de polen hacia ciruelos, damascos y "
     "cerezos vecinos, efectos sobre los pulgones y otros insectos, métodos de detección y "
     "efectos en los mercados de exportación. Pide también capacitar a sus inspectores y "
     "consultar a los productores y a los viveros.",
     ("ciruelos transgénicos", "sharka", "evaluación de riesgo",
      "organismos genéticamente modificados", "necesidades"),
     ("CL",), "2024-04"),
    # --- 3D printer emissions -------------------------------------------------------------------
    ("ef28", "project", "en",
     "Cleaner air in school makerspaces: enclosures, filters and filament choices for 3D "
     "printers in Georgia classrooms",
     "Desktop 3D printers that melt plastic filament are now found in thousands of school "
     "libraries, science rooms and makerspaces, often running for hours in small rooms with the "
     "door closed. Chamber tests have shown that they release large numbers of ultrafine "
     "particles and volatile organic compounds, such as styrene from ABS filament and "
     "caprolactam from nylon, and fewer from PLA. This project, run by a university engineering "
     "school with a school district in Georgia, measured particles and organic compounds in 30 "
     "classrooms and makerspaces before and after simple changes: printing with PLA at the "
     "lowest recommended nozzle temperature, putting printers in enclosures fitted with HEPA and "
     "activated carbon filters, placing them near exhaust vents and away from students' desks, "
     "and keeping resin printers out of classrooms. It reports the reductions achieved, the cost "
     "of each measure and a checklist for teachers, and trains technology coordinators to "
     "maintain the filters. Laser cutters, which produce their own smoke, are covered "
     "separately.",
     ("3D printers", "indoor air quality", "ultrafine particles", "volatile organic compounds",
      "schools"),
     ("US",), "2024-01"),
    ("ef29", "event", "fr",
     "Journée d'étude : impression 3D, fablabs et santé au travail, Liège",
     "L'impression 3D s'est répandue en quelques années dans les fablabs, les écoles techniques, "
     "les hautes écoles, les laboratoires dentaires et les ateliers de prototypage de Wallonie "
     "et de Bruxelles. Ses procédés ne présentent pas les mêmes risques : le dépôt de fil fondu "
     "émet des particules ultrafines et des composés organiques volatils ; la stéréolithographie "
     "utilise des résines photopolymères à base d'acrylates, très allergisantes pour la peau, et "
     "des solvants de nettoyage ; la fusion laser de poudres métalliques expose aux poussières "
     "fines et à un risque d'explosion. Cette journée d'étude, organisée à Liège par un service "
     "externe de prévention et de protection au travail avec une université et le réseau des "
     "fablabs, présente des mesures faites dans une quinzaine d'ateliers, la ventilation et le "
     "captage à la source, le choix des filaments et des résines, les gants et l'élimination des "
     "déchets de résine non polymérisée. Elle s'adresse aux conseillers en prévention, aux "
     "enseignants et aux animateurs de fablabs. La découpe laser fera l'objet d'une autre "
     "séance.",
     ("impression 3D", "fablabs", "santé au travail", "particules ultrafines",
      "résines photopolymères"),
     ("BE",), "2025-03"),
    ("ef30", "document", "es",
     "Guía para el uso seguro de impresoras 3D en los laboratorios digitales de escuelas y "
     "liceos del Uruguay",
     "Desde 2016 el Plan Ceibal equipa a escuelas y liceos públicos del Uruguay con laboratorios "
     "digitales donde alumnos y docentes diseñan e imprimen piezas en impresoras 3D de "
     "filamento. Esta guía, preparada por Ceibal con la facultad de química de la Universidad de "
     "la República y la inspección de salud laboral, reúne las mediciones hechas en salones de "
     "clase de Montevideo, Canelones y Salto durante impresiones largas: partículas ultrafinas y "
     "compuestos orgánicos volátiles que aumentan en salones chicos y cerrados, sobre todo con "
     "filamento ABS. Recomienda ubicar las impresoras en un lugar ventilado, lejos de los bancos "
     "de los alumnos, preferir el PLA, usar gabinetes con filtro, no dejar impresoras "
     "funcionando en horas de clase con las ventanas cerradas en invierno y reciclar los restos "
     "de filamento. Incluye una lista de verificación para docentes y referentes de los "
     "laboratorios, y una ficha para las familias que compran impresoras para el hogar. Las "
     "cortadoras láser y los kits de robótica se tratan en otras guías.",
     ("impresoras 3D", "calidad del aire interior", "partículas ultrafinas", "escuelas",
      "compuestos orgánicos volátiles"),
     ("UY",), "2024-07"),
)  # fmt: skip
