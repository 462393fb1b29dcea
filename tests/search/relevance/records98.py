"""Clearing-house records of the ninety-eighth judged relevance set
(tests/search/relevance/queries98.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemicals pages on copper
fungicides (copper in the soils of Kenya's coffee farms; a French guide to the bouillie bordelaise
and the 28-kilo ceiling in the vineyards; a need to cut the fungicidas cúpricos sprayed against the
lancha on the potatoes of Carchi, Ecuador); waste pages on disaster waste (the debris of Typhoon
Haiyan, Yolanda, in Tacloban; the déchets post-cycloniques of Saint-Martin after Irma; the enseres,
lodos and coches of the DANA of Valencia); pollution and mobility pages on car-free days (Jakarta's
Car Free Day on Jalan Sudirman; the dimanche sans voiture of Brussels; Bogotá's Día sin carro y sin
moto); energy pages on natural gas vehicles (Delhi's move to CNG ordered by the Supreme Court; LNG
trucks on the Route bleue between Québec, Montréal and Ontario; a need to police the talleres that
convert the taxis and colectivos of Lima to GNV); climate mitigation pages on renewable energy
auctions (the bid windows of South Africa's REIPPPP; a note on the Scaling Solar appels d'offres of
Kahone and Kaël in Senegal; the subastas de largo plazo of Mexico); Biosafety Clearing-House pages
on stacked events (guidance on stacked GM maize in the Philippines; the caractères combinés of
Québec's maïs-grain under Canadian rules; a need to detect eventos apilados in Colombia's maize);
trade pages on investor-state dispute settlement (Ethyl Corporation v. Canada over the MMT fuel
additive; a French note on leaving the Energy Charter Treaty; a dataset of arbitration claims
against Latin American States over environmental and mining measures); trade and finance pages on
export credit agencies (their support for coal, oil, gas and clean energy; a guide to the OECD
Common Approaches, the Approches communes, for host countries in francophone Africa; a need of
Mexico's Bancomext); capacity pages on theatre for environmental and health awareness (village
drama groups on kitchen smoke in Malawi; the théâtre-forum of the Atelier Théâtre Burkinabè on
pesticides; an offer of teatro comunitario, títeres and murga on waste from La Boca, Buenos Aires);
and governance pages on participatory budgeting (thirty-five years of it in Porto Alegre; the
budget participatif of Montréal for the ecological transition; a need of the districts of Cusco,
Peru, whose environmental projects lose to pistas y veredas in the presupuesto participativo).
English, French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records97.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (copper fungicide, copper oxychloride, copper hydroxide,
cuprous oxide, copper sulphate, Bordeaux mixture, copper, fongicide cuprique, cuivre, bouillie
bordelaise, oxychlorure, fungicida cúprico, cobre, caldo bordelés, oxicloruro; disaster waste,
disaster debris, storm debris, tsunami debris, rubble, déchets post-catastrophe, déchets
post-cycloniques, débris, décombres, gravats, residuos de desastres, escombros, each also together
with hurricane, cyclone, typhoon, storm, flood, earthquake, tsunami and their French and Spanish
words; car-free day, car-free Sunday, open streets, European Mobility Week, journée sans voiture,
dimanche sans voiture, semaine de la mobilité, día sin carro, día sin auto, día sin coche,
ciclovía; natural gas vehicle, CNG, LNG, GNV, GNC, GNL, gaz naturel pour véhicules, gaz naturel
comprimé, gas natural vehicular, gas natural comprimido, autogas, LPG, GPL; renewable energy
auction, auction, tender, bid window, feed-in tariff, independent power producer, REIPPPP, Scaling
Solar, power purchase agreement, enchère, appel d'offres, tarif d'achat, subasta, licitación,
tarifa regulada; stacked event, stack, pyramided, SmartStax, événement empilé, caractères combinés,
cumulé, evento apilado, evento combinado; investor-state, ISDS, arbitration, ICSID, Energy Charter
Treaty, investment treaty, arbitrage, CIRDI, RDIE, Charte de l'énergie, arbitraje, CIADI, tratado
bilateral de inversión; export credit, export credit agency, Common Approaches, Bpifrance, UKEF,
Euler Hermes, JBIC, Sinosure, crédit à l'exportation, Approches communes, crédito a la exportación,
Enfoques comunes, Bancomext, CESCE; theatre, theater, play, drama, forum theatre, puppet, street
theatre, actors, storytelling, théâtre, théâtre-forum, marionnette, saynète, comédiens, teatro,
títeres, murga, actores; participatory budgeting, budget participatif, presupuesto participativo,
orçamento participativo, Porto Alegre). Screened and dropped as covered: dental amalgam (n01),
mercury from crematoria (y28-y30), cyanide (t07-t09), poison centres (n07, bs23), SF6 (bu07-bu09),
halon banks (u22-u24), nanomaterials (x13-x15), disposable vapes (bk04-bk06), cigarette butts
(z25-z27), lead-free glazes for potters (bd13-bd15), cadmium in cocoa (v34), aflatoxins (t28-t30),
ethylene oxide (bq07-bq09), dry cleaners (k29), old chemicals in school laboratories (j28-j30),
mosquito coils (bc19-bc21), disposable nappies (bb16-bb18), expanded polystyrene (bx07-bx09), coal
ash ponds (bb10-bb12), red mud (bl22-bl24), used oil (x28-x30), agricultural plastics (z22-z24),
lead in aluminium cookware (bl28-bl30), engineered stone and silicosis (bh25-bh27), Legionella in
cooling towers (bp16-bp18), agrivoltaics (bu19-bu21), sky lanterns (bp25-bp27), used mosquito nets
(ba28-ba30), end-of-life solar panels (u01, u02), wind turbine blades (bh10, bh11), used cooking
oil (i25-i27), mattresses (s28-s30), lead pipes (bj22-bj24), brick kilns (v25-v27), stubble burning
(bm22, bm23), gene drives (p14), genome editing (q25, q26), Golden Rice (z19, z20), GM trees (y25,
y26), Bt cotton (p13, dr19, dh20), liability and redress (n43), socio-economic considerations
(n13), pesticide self-poisoning (bd10), human biomonitoring (p30, q23), hackathons (bv22, bv23),
communities of practice (by22-by24), training of trainers (bz22-bz24) and learning routes (bx22,
bx23), besides the topics of sets 42 to 97 and those their docstrings list as covered, and the
biodiversity, ecosystem, agriculture and water topics left to set 99; screened with no or passing
hits but not chosen: nuclear power (named only by the tritium pages dj07-dj09, the radioactive
waste pages ct01 and ct03 and the Setsuden case study ct13), direct air capture and railway
electrification (no hit), lotteries for the environment (no hit), local referendums on extractive
projects (the consulta popular named by di09), GM common beans (no record, next to the Bt cowpea
pages bd19-bd21), and the Green Customs Initiative and Basel e-notification (no hit, as sets 84 and
90 found). records99.py (ids ea..), written at the same time by another engineer, is not part of
this set's pool.

The nearest are judged 1, all to the disaster waste queries: the guide on the donated medicines
that expired after Hurricanes Eta and Iota in Honduras (bc27), whose subjects name pharmaceutical
waste and natural disasters; the offer on CCA-treated timber, which trains the waste officers of
Pacific island countries to separate it from other cyclone debris instead of burning it (bj28); the
dataset of living species carried by Japanese tsunami debris (bs25), whose title names the debris
of a disaster; the need for Mayotte after Cyclone Chido, which asks among other things to remove
the waste from the lagoon and the mangroves (bz26); and the French dataset on end-of-life pleasure
boats, which records the wrecks removed from the islands after storms and, in the Antilles, after
Hurricane Irma (dh17). All the other hits are passing or about other things, judged 0: the copper
and sulphur sprayed by the vineyard drones of dn02, the copper of the cisgenic apple trial (cp29),
the copper sprays and fungicidas cúpricos of the coffee leaf rust pages (bs28, bs30) and the copper
salts and CCA of the wood preservative pages (x17, bj28-bj30), none of them about copper fungicides
(bj28 is 1 to the disaster waste queries only); the woody debris of Hurricane Maria and of the
Alabama tornadoes (bz25, by25), the escombros y basura left by Hurricane Otis (bz27), the asbestos
debris of the burned houses that dv12 leaves to another document and the construction and
demolition waste pages (cb10-cb12); the car-free Sundays that drew riders in Addis Ababa (cl22) and
the Sunday Ciclovía of Bogotá (cl24), both named by cycling pages; the CNG vehicles tested in Delhi
(dl10), the GNC of the Buenos Aires VTV (dl12), the GNV buses against which Lima's electric buses
are to be costed (cn03), the gas natural vehicular left aside by the low-sulphur diesel guide
(cr12) and the liquefied natural gas of ship fuel and of a Saguenay terminal (cb29, bs05); the
independent power producer programme and the later bidding rounds named by the Northern Cape CSP
dataset (dl16), the subasta of the floating offshore wind guide (dn12), the appel d'offres of the
citizen energy guide (cr23) and the feed-in tariff of the Bristol co-operative (cr22); the stacked
events that the unique identifiers guide tells how to record (df28) and the low-lignin alfalfa
combined with glyphosate tolerance (bk26); the state-to-state dispute settlement named by the case
study on citizen submissions to the CEC (ch23); the green budget of the French State and the
climate budget tagging pages (cx28-cx30), none of them participatory; and the role-play of the
public servants' training (ct23) and of the summer school (bu22), which is no theatre.

Traps: the Nairobi Coffee Exchange auctions of dz01 (0 to the auction queries); the pyramidage de
gènes of the cépages résistants of dz02, conventional breeding and no stacked event; the
presupuesto participativo that paid for a collection point for empty containers in dz03 (0 to the
participatory budgeting queries); the coconut trunks and the scrap metal auctioned in dz04; the
véhicules hors d'usage, the fires at the landfill and the épaves de bateaux of dz05; the amianto
and the copper of the cables of dz06; the TransJakarta buses on compressed natural gas of dz07 and
the buses a gas natural of dz09 (0 to the natural gas vehicle queries); the théâtre de rue and the
zone de basses émissions of dz08 (0 to the theatre queries); the consulta popular, the Ciclovía and
the pico y placa of dz09; the car-free day of 2015, the electric buses and the odd-even schemes of
dz10 (0 to the car-free day queries); the gaz naturel renouvelable, the biométhanisation and the
camions électriques of dz11; the buses eléctricos and the inspections of dz12; the export credit
agencies of dz13 (0 to the export credit queries); the natural gas of Grand Tortue Ahmeyim in dz14;
the amenazas de arbitraje de inversionistas of dz15 (0 to the arbitration queries); the Golden Rice
and the Bt eggplant of dz16; the zones refuges and the soya of dz17; the maíces criollos of dz18;
the leaded petrol of dz19; the crédits à l'exportation and the centrales à charbon of dz20 (0 to
the export credit queries); the La Oroya smelter and the residuos peligrosos of dz21; the liquefied
natural gas terminals of dz22 and the terminal gazier of dz23; the subastas eléctricas and the
bonos verdes of dz24 (0 to the auction queries); the cookstoves and the gas and electric cooking of
dz25; the coton Bt of dz26; the presupuesto participativo that pays for the shows of dz27; the
floods of May 2024 of dz28 (0 to the disaster waste queries); the ruelles vertes, the frigos
communautaires and the journée En ville sans ma voiture of dz29 (0 to the car-free day queries);
and the botaderos and the canon minero of dz30. For the country and exclusion queries: dz07 and
dz08 name no Colombia and no Bogotá; dz29 and dz30 name no Brazil and no Porto Alegre; dz01 and
dz02 name no Ecuador; none of dz04, dz05, bc27, bj28, bs25, bz26 and dh17 names Spain; dz21 lists
Mexico, El Salvador, Colombia, Costa Rica, Peru and Ecuador among its countries but is about no
auction, no stacked event and no car-free day.

Ids (dz01..dz30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dx01..dx30, dy01..dy30), and no earlier id starts with "dz".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- copper fungicides -----------------------------------------------------------------------
    ("dz01", "dataset", "en",
     "Copper in the soils of Kenya's coffee farms: topsoil survey of Kiambu, Murang'a, Nyeri and "
     "Kirinyaga, 2019-2024",
     "For more than half a century Kenyan coffee growers have sprayed copper fungicides, mostly "
     "copper oxychloride, cuprous oxide and copper hydroxide, against coffee berry disease and "
     "leaf rust, often eight to twelve rounds a season during the long and the short rains. This "
     "dataset, assembled by the coffee research institute at Ruiru with the county agriculture "
     "departments, gives the copper content of topsoil sampled on 620 smallholder and estate "
     "farms in Kiambu, Murang'a, Nyeri and Kirinyaga, with soil pH, organic carbon, the age of "
     "the plantation, the products and doses that farmers reported, and earthworm counts. Values "
     "above 300 milligrams per kilogram are common on old estates, where young beans and maize "
     "planted between the rows show signs of copper toxicity. Notes explain the sampling, the "
     "laboratory methods and the guideline values used, and flag the farms that moved to the "
     "disease-resistant Ruiru 11 and Batian varieties and spray less. Prices at the Nairobi "
     "Coffee Exchange auctions are given only as context.",
     ("copper fungicides", "copper oxychloride", "soil contamination", "coffee", "pesticides"),
     ("KE",), "2024-09"),
    ("dz02", "document", "fr",
     "Réduire le cuivre dans les vignes : guide pour lutter contre le mildiou sous le plafond de "
     "28 kilos par hectare",
     "Bouillie bordelaise, hydroxyde, oxychlorure ou sulfate de cuivre : les fongicides à base "
     "de cuivre sont les seuls moyens de lutte contre le mildiou admis en viticulture "
     "biologique, et les vignerons conventionnels les emploient aussi. Mais le cuivre ne se "
     "dégrade pas : il s'accumule dans les premiers centimètres du sol, où il nuit aux vers de "
     "terre et à la vie microbienne, et ruisselle vers les fossés et les rivières. Depuis 2019, "
     "le règlement européen limite les apports à 28 kilos de cuivre métal par hectare sur sept "
     "ans, soit 4 kilos par an en moyenne, et les composés du cuivre figurent parmi les "
     "substances dont la substitution est envisagée. Ce guide de l'institut technique de la "
     "vigne et des chambres d'agriculture explique comment lisser les doses, traiter au bon "
     "moment grâce aux modèles de prévision et aux stations météo, régler les pulvérisateurs et "
     "essayer les préparations de plantes. Il présente les cépages résistants obtenus par "
     "croisement et pyramidage de gènes de résistance, sans modification génétique.",
     ("fongicides cupriques", "bouillie bordelaise", "viticulture", "mildiou",
      "contamination des sols"),
     ("FR",), "2023-03"),
    ("dz03", "need", "es",
     "Necesidad: reducir los fungicidas cúpricos en las papas del Carchi y medir el cobre en "
     "suelos y acequias",
     "En las laderas del Carchi, en la frontera norte del Ecuador, la papa se siembra todo el "
     "año y la lancha, como llaman aquí al tizón tardío (Phytophthora infestans), obliga a "
     "fumigar cada semana en la época de lluvias. Los agricultores mezclan en la bomba de "
     "mochila caldo bordelés preparado en la finca, oxicloruro o hidróxido de cobre y otros "
     "fungicidas, muchas veces sin guantes ni mascarilla, y lavan los equipos en las acequias. "
     "Hace dos décadas varios estudios ya relacionaron estas fumigaciones con problemas de salud "
     "en la provincia. La dirección provincial de agricultura, con una universidad de Tulcán y "
     "las juntas parroquiales, solicita apoyo para muestrear cobre en suelos, sedimentos y agua "
     "de riego de tres microcuencas, formar promotores en el manejo integrado de la lancha con "
     "variedades tolerantes y alertas según el clima, y reducir el número de aplicaciones. El "
     "presupuesto participativo de una parroquia ya financió un centro de acopio de envases "
     "vacíos de agroquímicos; esa obra no forma parte de la solicitud.",
     ("fungicidas cúpricos", "caldo bordelés", "papa", "salud de los agricultores",
      "contaminación del suelo"),
     ("EC",), "2024-04"),
    # --- disaster waste --------------------------------------------------------------------------
    ("dz04", "case-study", "en",
     "Clearing the debris of Typhoon Haiyan in Tacloban: a case study of disaster waste "
     "management after 2013",
     "When Typhoon Haiyan, known in the Philippines as Yolanda, struck Eastern Visayas on 8 "
     "November 2013, its storm surge flattened whole barangays of Tacloban City and buried "
     "streets, the port and the shore under wrecked houses, fallen trees, dead animals, "
     "household goods and mud. This case study, prepared by the city environment office with the "
     "national solid waste commission and humanitarian agencies, follows the clean-up over two "
     "years: cash-for-work crews who cleared roads and canals, temporary debris sites where "
     "waste was sorted, chainsaw teams that turned felled coconut trunks into lumber for "
     "shelters, and roofing sheets and scrap metal auctioned to junk dealers. It also shows what "
     "went wrong: mixed debris dumped at the old open dumpsite, burned in the open or pushed "
     "into the mangroves, asbestos sheets broken by hand, and expired relief food and medicines "
     "with nowhere to go. It ends with the disaster waste chapter now written into the city's "
     "contingency plan, with sites and hauling contracts agreed before the next typhoon season.",
     ("disaster waste", "debris management", "typhoons", "solid waste management", "Tacloban"),
     ("PH",), "2022-11"),
    ("dz05", "project", "fr",
     "Saint-Martin après Irma : gérer les déchets post-cycloniques et préparer le prochain "
     "ouragan",
     "Le 6 septembre 2017, l'ouragan Irma a traversé Saint-Martin avec des vents de près de 300 "
     "km/h. En quelques heures, la partie française de l'île s'est couverte de tôles, de bois, "
     "de meubles, de frigos et de climatiseurs, de milliers de véhicules hors d'usage et de "
     "bateaux échoués, et l'équivalent de plusieurs années de déchets s'est accumulé en quelques "
     "semaines. L'unique installation de stockage, à Grandes Cayes, a été débordée et des feux "
     "s'y sont déclarés. Porté par la collectivité avec l'agence de la transition écologique et "
     "les éco-organismes, ce projet tire les leçons de la crise : il désigne à l'avance des "
     "aires de regroupement et de tri, prépare des contrats d'enlèvement activables dès l'alerte "
     "cyclonique, organise l'évacuation par bateau vers la Guadeloupe et l'Hexagone des déchets "
     "dangereux, des fluides frigorigènes et des métaux, et forme les agents et les associations "
     "de quartier. Un guide illustré explique aux habitants comment trier devant leur case. Les "
     "épaves de bateaux relèvent d'un autre programme.",
     ("déchets post-catastrophe", "déchets post-cycloniques", "ouragans", "gestion des déchets",
      "Saint-Martin"),
     ("MF",), "2023-09"),
    ("dz06", "dataset", "es",
     "Residuos de la DANA de Valencia: toneladas de enseres, lodos, vehículos y escombros "
     "retirados en la Horta Sud, 2024-2025",
     "La DANA del 29 de octubre de 2024 descargó en pocas horas lluvias torrenciales sobre la "
     "cuenca del barranco del Poyo y del río Magro, inundó Paiporta, Catarroja, Alfafar, Sedaví, "
     "Massanassa y otros municipios del sur de Valencia y causó más de doscientos muertos. Las "
     "calles quedaron cubiertas de barro, de muebles y electrodomésticos sacados de bajos y "
     "garajes, y de más de cien mil coches arrastrados por el agua. Este conjunto de datos, "
     "elaborado por la consejería de medio ambiente con los ayuntamientos y la entidad "
     "metropolitana de residuos, recoge día a día y municipio por municipio las toneladas de "
     "enseres, lodos, restos vegetales, escombros y vehículos retirados, los puntos de acopio "
     "temporal habilitados en solares y polígonos, los destinos finales (plantas de tratamiento, "
     "vertederos y desguaces), los análisis de hidrocarburos y metales en los lodos y las quejas "
     "vecinales por polvo y olores. Las notas explican las dudas sobre el amianto de algunas "
     "naves y el cobre que los chatarreros separaban de los cables.",
     ("residuos de desastres", "inundaciones", "DANA", "gestión de residuos", "Valencia"),
     ("ES",), "2025-06"),
    # --- car-free days ---------------------------------------------------------------------------
    ("dz07", "dataset", "en",
     "Jakarta's Car Free Day on Jalan Sudirman and Thamrin: air quality and noise on Sunday "
     "mornings, 2012-2024",
     "Every Sunday morning from six to eleven the provincial government of Jakarta closes the "
     "main axis of Jalan Sudirman and Jalan M.H. Thamrin, from Senayan to the National Monument, "
     "to private cars and motorcycles, and the wide avenue fills with walkers, joggers, "
     "cyclists, street vendors and families. Smaller car-free days, Hari Bebas Kendaraan "
     "Bermotor, are now held in each of the five municipalities of the province. This dataset, "
     "compiled by the provincial environment agency with a university in Depok, sets the hourly "
     "readings of fine particles (PM2.5), nitrogen dioxide, carbon monoxide and noise at "
     "roadside stations on car-free mornings against the same hours on ordinary Sundays and "
     "weekdays, with counts of participants and of the traffic diverted to parallel roads. Noise "
     "and traffic gases fall sharply on the closed axis, while PM2.5 often stays high because of "
     "the haze over the whole city. Notes record the suspension during the pandemic and the "
     "TransJakarta buses, some running on compressed natural gas, that keep using their lanes.",
     ("car-free days", "air quality", "noise", "urban mobility", "Jakarta"),
     ("ID",), "2024-10"),
    ("dz08", "case-study", "fr",
     "Le dimanche sans voiture à Bruxelles : vingt ans de mesures de l'air et du bruit dans une "
     "région fermée au trafic",
     "Chaque année, un dimanche de septembre, pendant la Semaine européenne de la mobilité, les "
     "dix-neuf communes de la Région de Bruxelles-Capitale sont interdites aux voitures de 9 h "
     "30 à 19 h, à l'exception des transports en commun, des taxis et des véhicules autorisés, "
     "qui roulent à 30 km/h au plus. Des centaines de milliers d'habitants reprennent les "
     "boulevards à pied, à vélo ou à trottinette. Cette étude de cas, réalisée avec "
     "l'administration régionale de l'environnement, rassemble les mesures de ses stations : le "
     "dioxyde d'azote et le carbone suie chutent de moitié ou plus par rapport à un dimanche "
     "ordinaire, et le bruit des grands axes baisse de plusieurs décibels. Elle examine aussi ce "
     "que la journée sans voiture a changé durablement : le piétonnier du centre, la "
     "généralisation du 30 km/h, l'avis des commerçants et des habitants, et l'exemple suivi par "
     "d'autres villes belges. Les animations de quartier, des fanfares au théâtre de rue, ne "
     "sont citées qu'en passant, comme la zone de basses émissions.",
     ("journées sans voiture", "dimanche sans voiture", "qualité de l'air", "bruit",
      "mobilité urbaine"),
     ("BE",), "2023-11"),
    ("dz09", "project", "es",
     "Día sin carro y sin moto en Bogotá: medir el aire y el ruido y llevar la jornada a los "
     "municipios de la Sabana",
     "Desde que una consulta popular lo aprobó en el año 2000, Bogotá celebra cada primer jueves "
     "de febrero el Día sin carro, al que en los últimos años se sumaron las motos, y algunos "
     "años una segunda jornada. Ese día los carros particulares no pueden circular de 5:00 a. m. "
     "a 7:30 p. m., y cientos de miles de bogotanos van al trabajo y al colegio en bicicleta, a "
     "pie, en TransMilenio o en los buses zonales. Este proyecto de la secretaría distrital de "
     "ambiente con la de movilidad mide en las estaciones de la red de monitoreo y con sensores "
     "portátiles el material particulado, el carbono negro y el ruido de cada jornada, encuesta "
     "a los ciudadanos sobre cómo se movilizaron y calcula las emisiones evitadas. También apoya "
     "a Soacha, Chía y Mosquera para organizar su propia jornada, con rutas seguras para "
     "biciusuarios y controles de tránsito. La Ciclovía dominical, el pico y placa y la compra "
     "de buses a gas natural se mencionan solo como contexto.",
     ("día sin carro", "calidad del aire", "movilidad sostenible", "ruido", "Bogotá"),
     ("CO",), "2024-03"),
    # --- natural gas vehicles --------------------------------------------------------------------
    ("dz10", "case-study", "en",
     "How Delhi moved its buses, autorickshaws and taxis to compressed natural gas: a case "
     "study, 1998-2024",
     "In July 1998, ruling on a public interest petition about the capital's air, India's "
     "Supreme Court ordered that Delhi's whole fleet of public buses, autorickshaws and taxis be "
     "converted to compressed natural gas (CNG). Operators resisted and deadlines slipped, but "
     "by the end of 2002 thousands of buses and tens of thousands of three-wheelers and taxis "
     "ran on CNG, supplied by a city gas company through filling stations where drivers first "
     "queued for hours. This case study reviews what followed: the drop in sulphur dioxide and "
     "carbon monoxide, the smaller and shorter-lived fall in particulate matter as diesel cars "
     "and trucks multiplied, cylinder testing after some bus fires, the debate on nitrogen "
     "oxides from gas engines, and the spread of CNG vehicles to other Indian cities. It also "
     "considers the next step, as the city now buys electric buses and compares their costs with "
     "CNG. The car-free day held in 2015 and the odd-even rationing schemes are mentioned only "
     "in passing.",
     ("natural gas vehicles", "compressed natural gas", "CNG", "public transport", "air quality"),
     ("IN",), "2023-06"),
    ("dz11", "project", "fr",
     "Des camions au gaz naturel liquéfié sur la Route bleue : ravitaillement et suivi des poids "
     "lourds entre Québec, Montréal et l'Ontario",
     "Au Québec, le camionnage est l'une des premières sources de gaz à effet de serre. Pour les "
     "poids lourds qui roulent chaque jour dans le corridor des autoroutes 20 et 401, ce projet, "
     "lancé par le distributeur gazier avec des transporteurs et le ministère des Transports, a "
     "ouvert des stations de ravitaillement en gaz naturel liquéfié (GNL) et aidé des "
     "entreprises à acheter des tracteurs routiers au GNL, plus chers à l'achat mais moins "
     "coûteux à faire rouler. Il mesure la consommation, les émissions de CO2, d'oxydes d'azote "
     "et de particules, l'autonomie en hiver et les pertes de méthane aux stations et aux évents "
     "des réservoirs, et forme les mécaniciens et les chauffeurs à la manipulation d'un "
     "carburant cryogénique. Des camions à ordures municipaux au gaz naturel comprimé et "
     "l'arrivée du gaz naturel renouvelable, tiré des usines de biométhanisation, sont aussi "
     "suivis. Les camions électriques ne sont évoqués qu'en comparaison.",
     ("véhicules au gaz naturel", "gaz naturel liquéfié", "GNL", "camionnage",
      "gaz à effet de serre"),
     ("CA",), "2022-10"),
    ("dz12", "need", "es",
     "Necesidad: fiscalizar los talleres de conversión a gas natural vehicular y los cilindros "
     "de los taxis y colectivos de Lima",
     "Desde que llegó a Lima el gas de Camisea, más de trescientos mil vehículos, sobre todo "
     "taxis, colectivos y combis, se han convertido a gas natural vehicular (GNV), es decir gas "
     "natural comprimido, atraídos por un combustible mucho más barato que la gasolina y el "
     "petróleo de los grifos y por los bonos y créditos del Estado para la conversión. Pero una "
     "parte se convierte en talleres informales, con kits y cilindros usados o sin certificar, y "
     "se han registrado fugas y explosiones en grifos y en plena vía. El ministerio de energía y "
     "minas, con el organismo supervisor y la municipalidad, solicita apoyo para crear un "
     "registro electrónico de cilindros con su fecha de revisión, certificar y supervisar los "
     "talleres, instaurar una inspección anual de los vehículos convertidos y formar mecánicos. "
     "Pide también estudiar cuánto reducen realmente el material particulado y el CO2 los "
     "motores convertidos frente a los de fábrica. Los buses eléctricos de los corredores se "
     "tratan en otra solicitud.",
     ("gas natural vehicular", "GNV", "conversiones vehiculares", "seguridad de cilindros",
      "calidad del aire"),
     ("PE",), "2024-07"),
    # --- renewable energy auctions ---------------------------------------------------------------
    ("dz13", "case-study", "en",
     "Bid windows and falling prices: a case study of South Africa's renewable energy auctions, "
     "2011-2024",
     "Since 2011 South Africa's Renewable Energy Independent Power Producer Procurement "
     "Programme (REIPPPP) has run competitive auctions in which private developers bid to sell "
     "wind, solar and other renewable electricity to the national utility under twenty-year "
     "power purchase agreements. Bids were scored on price but also on local content, jobs, "
     "ownership by black South Africans and local communities, and spending in nearby towns. "
     "Over the first four bid windows the tariffs of winning wind and solar photovoltaic "
     "projects fell by more than two thirds and more than 6,000 megawatts were procured. This "
     "case study looks at how a small government unit designed and ran the auctions, what "
     "pre-qualification and bid bonds did to weed out weak projects, the years of delay before "
     "the utility signed the contracts of the fourth window in 2018, grid constraints in the "
     "Northern, Western and Eastern Cape, and what community trusts did with their shares. Some "
     "plants were financed with loans backed by export credit agencies, a point noted only "
     "briefly.",
     ("renewable energy auctions", "REIPPPP", "independent power producers", "wind power",
      "solar power"),
     ("ZA",), "2024-05"),
    ("dz14", "document", "fr",
     "Appels d'offres solaires au Sénégal : note sur les enchères Scaling Solar de Kahone et "
     "Kaël et leurs leçons pour l'Afrique de l'Ouest",
     "En 2019, le Sénégal a attribué par appel d'offres concurrentiel, dans le cadre du "
     "programme Scaling Solar du Groupe de la Banque mondiale, deux centrales photovoltaïques de "
     "35 et 25 mégawatts à Kahone, près de Kaolack, et à Kaël, dans la région de Diourbel. Le "
     "tarif retenu, moins de 4 centimes d'euro le kilowattheure, était alors l'un des plus bas "
     "d'Afrique subsaharienne, bien en dessous des contrats négociés de gré à gré pour les "
     "premières centrales solaires du pays. Cette note de la commission de régulation du secteur "
     "de l'électricité, destinée aux ministères de l'énergie des pays voisins, explique comment "
     "se déroule une enchère d'énergies renouvelables : préqualification des candidats, contrat "
     "d'achat et convention de concession standard non négociables, garanties contre le risque "
     "de paiement, terrains et raccordement fournis par l'État, critère du prix. Elle discute le "
     "rôle de la société nationale d'électricité comme acheteur unique et l'arrivée prochaine du "
     "gaz naturel du champ Grand Tortue Ahmeyim pour les centrales thermiques.",
     ("enchères d'énergies renouvelables", "appels d'offres", "énergie solaire photovoltaïque",
      "Scaling Solar", "Sénégal"),
     ("SN",), "2022-02"),
    ("dz15", "dataset", "es",
     "Subastas eléctricas de largo plazo de México, 2015-2017: precios, centrales adjudicadas y "
     "su estado en 2024",
     "Tras la reforma energética de 2013, el Centro Nacional de Control de Energía (CENACE) "
     "organizó en 2015, 2016 y 2017 tres subastas de largo plazo en las que generadores privados "
     "ofrecieron energía, potencia y certificados de energías limpias a la Comisión Federal de "
     "Electricidad con contratos de quince y veinte años. Las centrales solares y los parques "
     "eólicos ganaron casi todo, y en la tercera subasta el precio promedio bajó a unos 20 "
     "dólares por megawatt-hora, entre los más bajos del mundo entonces. Este conjunto de datos, "
     "armado por un centro de investigación con los fallos publicados, reúne cada oferta "
     "ganadora: empresa, tecnología, estado, capacidad, precio y fecha prometida de operación, y "
     "lo que pasó después: centrales en operación, retrasadas o canceladas. Incluye los parques "
     "de Yucatán, Coahuila, Aguascalientes y Sonora y las quejas de comunidades mayas por el uso "
     "de sus tierras. Las notas explican la cancelación de la cuarta subasta en 2019 y las "
     "amenazas de arbitraje de inversionistas extranjeros que siguieron, tratadas en otro "
     "registro.",
     ("subastas eléctricas", "energías renovables", "certificados de energías limpias",
      "contratos de largo plazo", "México"),
     ("MX",), "2024-08"),
    # --- stacked events --------------------------------------------------------------------------
    ("dz16", "document", "en",
     "Stacked GM maize events for food, feed and processing: guidance for applicants to the "
     "Philippine biosafety regulators",
     "Most genetically modified maize traded today carries not one but several transgenic "
     "events, combined by conventional crossing of approved parent lines: resistance to corn "
     "borers and rootworms stacked with tolerance to glyphosate and glufosinate. Under the joint "
     "department circular that has governed biotechnology in the Philippines since 2016, a "
     "stacked event imported for direct use as food, feed or for processing needs its own "
     "permit, although the review can draw on the dossiers of the single events already "
     "approved. This guidance from the Bureau of Plant Industry explains what applicants must "
     "submit: the breeding pedigree of the stack, evidence that the inserts are stable and "
     "expressed as in the parents, possible interactions between the new proteins or traits, and "
     "a detection method for each event. It sets out the timelines of the technical review and "
     "public comment, how subcombinations are handled, and how approvals are posted on the "
     "Biosafety Clearing-House. Golden Rice and Bt eggplant, cleared under the same rules, are "
     "mentioned only as examples.",
     ("stacked events", "genetically modified maize", "risk assessment",
      "living modified organisms", "food, feed and processing"),
     ("PH",), "2023-07"),
    ("dz17", "case-study", "fr",
     "Caractères combinés dans le maïs-grain du Québec : étude de cas sur l'encadrement des "
     "hybrides à événements empilés",
     "La plupart des hybrides de maïs-grain semés au Québec portent aujourd'hui plusieurs "
     "événements de transformation combinés par croisement : deux ou trois protéines Bt contre "
     "la pyrale et la chrysomèle des racines, et la tolérance au glyphosate ou au glufosinate. "
     "Au Canada, chaque événement est d'abord évalué seul par l'Agence canadienne d'inspection "
     "des aliments et par Santé Canada ; les produits aux caractères combinés issus de parents "
     "déjà autorisés font ensuite l'objet d'une simple notification, sauf si le croisement peut "
     "créer un risque nouveau. Cette étude de cas, réalisée par une équipe universitaire avec "
     "des agronomes, retrace cette approche, la compare à celle de l'Union européenne, qui "
     "évalue chaque événement empilé comme un nouvel organisme, et aux orientations du Protocole "
     "de Cartagena, et en examine les effets : l'offre de semences, l'étiquetage volontaire, "
     "l'exportation de grain vers des pays qui n'ont pas encore autorisé certaines combinaisons. "
     "Les zones refuges contre la résistance des insectes et le soya ne sont évoqués qu'en "
     "passant.",
     ("événements empilés", "caractères combinés", "maïs génétiquement modifié", "biosécurité",
      "réglementation"),
     ("CA",), "2024-02"),
    ("dz18", "need", "es",
     "Necesidad: métodos para detectar eventos apilados en el maíz transgénico que se siembra e "
     "importa en Colombia",
     "Colombia siembra maíz genéticamente modificado desde 2007 en el Tolima, el Huila, el Meta "
     "y la Costa, casi siempre híbridos con eventos apilados que combinan resistencia a insectos "
     "y tolerancia a herbicidas, e importa cada año millones de toneladas de maíz amarillo de "
     "los Estados Unidos por Buenaventura, Cartagena y Barranquilla. El Instituto Colombiano "
     "Agropecuario autoriza cada evento apilado por separado, pero los laboratorios solo "
     "detectan eventos sencillos: en una muestra de grano molido no se sabe si dos eventos "
     "vienen en una misma semilla apilada o en granos distintos mezclados. El instituto, con el "
     "laboratorio nacional de referencia y una universidad, solicita apoyo para montar análisis "
     "de grano individual y PCR digital, capacitar a sus analistas, participar en ensayos "
     "interlaboratorio y actualizar los protocolos de muestreo en los puertos y en los "
     "resguardos donde organizaciones indígenas y campesinas piden verificar que sus maíces "
     "criollos no tengan transgenes.",
     ("eventos apilados", "maíz transgénico", "detección de OGM", "laboratorios", "bioseguridad"),
     ("CO",), "2024-06"),
    # --- investor-state dispute settlement -------------------------------------------------------
    ("dz19", "case-study", "en",
     "Ethyl Corporation v. Canada: how an investor-state claim over the MMT fuel additive "
     "reversed a ban, 1997-1998",
     "In April 1997 the Parliament of Canada banned the import and interprovincial trade of MMT, "
     "a manganese compound added to petrol to raise its octane, after car makers warned that it "
     "fouled emission controls and health groups raised concerns about airborne manganese. The "
     "Virginia-based Ethyl Corporation, its sole supplier, filed a claim under chapter 11 of the "
     "North American Free Trade Agreement (NAFTA), which lets an investor of one party sue the "
     "government of another before an international arbitral tribunal, and sought 251 million US "
     "dollars for expropriation. After a domestic trade panel found that the ban breached "
     "Canada's internal trade agreement, the government settled in July 1998: it paid 13 million "
     "dollars, lifted the ban and declared that MMT posed no proven risk. This case study asks "
     "what it shows about regulatory chill, the cost of arbitration for small agencies, and the "
     "later reforms of investor-state dispute settlement (ISDS) in the agreement that replaced "
     "NAFTA. The phase-out of leaded petrol is mentioned only for comparison.",
     ("investor-state dispute settlement", "NAFTA", "fuel additives", "MMT", "regulatory chill"),
     ("CA", "US"), "2022-05"),
    ("dz20", "document", "fr",
     "Le Traité sur la Charte de l'énergie et l'arbitrage investisseur-État : note sur le "
     "retrait de la France et de l'Union européenne",
     "Signé en 1994 pour protéger les investissements dans l'énergie des pays de l'ancien bloc "
     "soviétique, le Traité sur la Charte de l'énergie permet à un investisseur étranger "
     "d'attaquer un État devant un tribunal arbitral, souvent sous l'égide du CIRDI, s'il estime "
     "que des mesures publiques ont réduit la valeur de ses actifs. C'est le traité le plus "
     "invoqué dans ce règlement des différends entre investisseurs et États (RDIE) : plaintes "
     "contre l'Allemagne après la sortie du nucléaire, contre les Pays-Bas après la décision de "
     "fermer les centrales à charbon, contre l'Italie après l'interdiction des forages "
     "pétroliers près des côtes. Cette note du ministère chargé de l'écologie explique pourquoi "
     "la France s'en est retirée, avec effet en décembre 2023, puis l'Union européenne et "
     "Euratom, et pourquoi la clause de survie prolonge de vingt ans la protection des "
     "investissements existants. Elle recommande de suivre les arbitrages en cours et d'écarter "
     "ce mécanisme des futurs accords. Les crédits à l'exportation, autre soutien public aux "
     "énergies fossiles, relèvent d'une autre note.",
     ("arbitrage investisseur-État", "Traité sur la Charte de l'énergie", "RDIE",
      "énergies fossiles", "politique commerciale"),
     ("FR",), "2025-07"),
    ("dz21", "dataset", "es",
     "Demandas de arbitraje de inversionistas contra Estados de América Latina por medidas "
     "ambientales y mineras, 1996-2024",
     "Los tratados bilaterales de inversión y los capítulos de inversión de los tratados de "
     "libre comercio permiten a empresas extranjeras demandar a los Estados ante tribunales "
     "arbitrales del CIADI, el centro del Banco Mundial, o con las reglas de la CNUDMI, cuando "
     "una decisión pública afecta su inversión. Esta base de datos, mantenida por una red "
     "académica latinoamericana, recoge más de ochenta casos en que la medida impugnada tenía "
     "que ver con el ambiente, la salud o los recursos naturales: el confinamiento de residuos "
     "peligrosos rechazado por un municipio de San Luis Potosí (Metalclad contra México), la "
     "mina de oro negada en El Salvador (Pac Rim), el páramo de Santurbán en Colombia (Eco Oro), "
     "la mina Crucitas en Costa Rica, la fundición de La Oroya en el Perú (Renco) y el caso "
     "Chevron en Ecuador. Para cada caso da el tratado invocado, los montos reclamados y "
     "concedidos, la duración, los costos y el resultado. Las notas señalan qué países "
     "denunciaron tratados o el propio convenio del CIADI.",
     ("arbitraje de inversiones", "solución de controversias inversionista-Estado", "CIADI",
      "minería", "América Latina"),
     ("MX", "SV", "CO", "CR", "PE", "EC"), "2024-11"),
    # --- export credit agencies ------------------------------------------------------------------
    ("dz22", "dataset", "en",
     "Export credit for energy: support from the export credit agencies of OECD and G20 "
     "countries for fossil fuels and clean energy, 2013-2023",
     "Export credit agencies are public institutions, such as the Export-Import Bank of the "
     "United States, UK Export Finance, Germany's Euler Hermes, Japan's JBIC and NEXI, Korea's "
     "K-Sure and China's Sinosure, that lend to or insure foreign buyers of their countries' "
     "goods and services, to help their exporters of turbines, pipelines or power plants win "
     "contracts. This dataset, compiled by a research group from agency annual reports, project "
     "disclosures and OECD statistics, lists more than 2,400 energy transactions with the "
     "agency, year, amount, host country and technology, from coal mines and coal-fired plants "
     "to liquefied natural gas terminals, oil fields, wind farms and solar parks, and whether an "
     "environmental and social impact assessment was published before approval. It shows that "
     "oil and gas still dominated in the last years, while coal support nearly stopped after the "
     "OECD Arrangement ended export credit for unabated coal power in 2021. Notes explain the "
     "gaps in Chinese data and list the agencies that joined the E3F coalition to end new fossil "
     "fuel support.",
     ("export credit agencies", "energy finance", "fossil fuels", "coal", "OECD Arrangement"),
     (), "2024-06"),
    ("dz23", "document", "fr",
     "Crédits à l'exportation et grands projets : guide des Approches communes de l'OCDE pour "
     "les ministères de l'environnement des pays hôtes",
     "Quand une centrale, une mine, un port ou une cimenterie est construit en Afrique avec des "
     "équipements étrangers, une partie du financement vient souvent d'agences de crédit à "
     "l'exportation, comme Bpifrance Assurance Export, qui assurent ou garantissent les prêts "
     "des banques. Depuis 2003, les agences des pays de l'OCDE appliquent les Approches "
     "communes : elles classent les projets en catégories A, B ou C selon leurs risques "
     "environnementaux et sociaux, exigent pour les plus risqués une étude d'impact publiée "
     "avant la décision et les comparent aux normes de performance de la Société financière "
     "internationale. Ce guide, préparé pour les ministères de l'environnement de Côte d'Ivoire, "
     "du Sénégal, du Cameroun et du Bénin, explique comment savoir qu'une agence de crédit à "
     "l'exportation est en jeu, quand demander les documents, comment faire valoir les lois "
     "nationales sur l'évaluation environnementale, la réinstallation des populations et la "
     "gestion des déchets, et comment saisir les mécanismes de plainte. Les exemples portent sur "
     "une centrale à charbon abandonnée et un terminal gazier.",
     ("crédits à l'exportation", "agences de crédit à l'exportation", "Approches communes",
      "évaluation environnementale", "grands projets"),
     ("CI", "SN", "CM", "BJ"), "2023-05"),
    ("dz24", "need", "es",
     "Necesidad: criterios ambientales y sociales para los créditos y garantías a la exportación "
     "de Bancomext",
     "El Banco Nacional de Comercio Exterior (Bancomext), la banca de desarrollo que en México "
     "cumple el papel de agencia de crédito a la exportación, financia y garantiza cada año a "
     "empresas exportadoras de autopartes, acero, cemento, productos agroindustriales y equipos "
     "eléctricos, y a compradores de bienes mexicanos en Centroamérica y el Caribe. A diferencia "
     "de las agencias de crédito a la exportación que aplican los Enfoques comunes de la OCDE, "
     "el banco no tiene todavía una política pública para revisar los impactos ambientales y "
     "sociales de lo que respalda, ni publica qué operaciones de alto riesgo apoya. La "
     "secretaría de medio ambiente y el propio banco solicitan apoyo para redactar una política "
     "de riesgos ambientales y sociales alineada con los Enfoques comunes y con las normas de "
     "desempeño de la Corporación Financiera Internacional, capacitar a los analistas de "
     "crédito, crear un mecanismo de quejas y definir una lista de exclusión que incluya el "
     "carbón. Las subastas eléctricas y los bonos verdes del banco quedan fuera de la solicitud.",
     ("agencias de crédito a la exportación", "Bancomext", "salvaguardas ambientales y sociales",
      "financiamiento", "México"),
     ("MX",), "2024-09"),
    # --- theatre ---------------------------------------------------------------------------------
    ("dz25", "project", "en",
     "Theatre for development on smoke in the kitchen: village drama groups and clean cooking in "
     "Malawi",
     "In rural Malawi almost every family cooks on a three-stone fire with firewood, and in the "
     "towns on charcoal, so that women and small children breathe thick smoke for hours every "
     "day and pneumonia remains a leading cause of death in children under five. This project, "
     "run by a theatre-for-development company from Zomba with the national cookstove alliance "
     "and the district health offices of Mulanje, Dedza and Nkhata Bay, trains village drama "
     "groups to create short plays, songs and dances about kitchen smoke, the walks for firewood "
     "and the clay cookstoves, the chitetezo mbaula, made by local women's groups. Performances "
     "are given at markets, churches and health centres, and after each play the actors stop the "
     "action and invite the audience to replace a character and try another ending, as in forum "
     "theatre. The project counts audiences, follows stove sales and use in the villages visited "
     "and measures fine particles in a sample of kitchens. Gas and electric cooking are "
     "mentioned only as options for the towns.",
     ("theatre for development", "community theatre", "household air pollution", "cookstoves",
      "awareness raising"),
     ("MW",), "2023-08"),
    ("dz26", "case-study", "fr",
     "Le théâtre-forum contre les intoxications aux pesticides : étude de cas de l'Atelier "
     "Théâtre Burkinabè dans les zones cotonnières",
     "Fondé en 1978 à Ouagadougou, l'Atelier Théâtre Burkinabè a fait du théâtre-forum, inspiré "
     "d'Augusto Boal, un outil de sensibilisation dans les villages : les comédiens jouent une "
     "pièce qui tourne mal, puis le « joker » invite les spectateurs à monter sur scène pour "
     "remplacer un personnage et tenter une autre issue. Cette étude de cas suit la tournée de "
     "2022 dans les provinces cotonnières du Tuy, du Houet et de la Kossi, où les producteurs "
     "traitent le coton et les cultures maraîchères avec des insecticides et des herbicides "
     "souvent mal étiquetés, les mélangent à la main et réutilisent les bidons vides pour l'eau "
     "ou le dolo. Les pièces, jouées en dioula et en mooré, mettent en scène un enfant "
     "intoxiqué, un vendeur ambulant de produits sans étiquette et une femme qui lave les habits "
     "de traitement au puits. L'étude présente les changements déclarés trois mois après et les "
     "limites de l'approche. Le coton Bt, cultivé de 2008 à 2016 dans ces mêmes zones, n'est "
     "évoqué qu'en passant.",
     ("théâtre-forum", "théâtre", "pesticides", "sensibilisation", "santé des producteurs"),
     ("BF",), "2023-06"),
    ("dz27", "support-source", "es",
     "Oferta: teatro comunitario, títeres y murga sobre la basura para escuelas y barrios del "
     "sur de la Ciudad de Buenos Aires",
     "Un grupo de teatro comunitario de La Boca, heredero de los grupos vecinales que desde los "
     "años ochenta hacen teatro con el barrio y para el barrio, ofrece a escuelas, centros "
     "culturales y cooperativas de recicladores del sur de la Ciudad de Buenos Aires y del "
     "conurbano una obra itinerante sobre la basura, con títeres gigantes hechos de materiales "
     "recuperados y una murga que acompaña el recorrido por las calles. La propuesta incluye "
     "talleres de actuación y de construcción de títeres para chicos y vecinos, que escriben sus "
     "propias escenas sobre los contenedores desbordados, el Riachuelo y el trabajo de los "
     "cartoneros, y una guía para docentes con actividades sobre separación en origen y "
     "compostaje. Cada función termina con una ronda de preguntas a recicladores de la "
     "cooperativa del barrio. Las funciones son gratuitas para las escuelas públicas gracias a "
     "un fondo que los vecinos votaron en el presupuesto participativo de la comuna; el grupo "
     "pide solo que se cubran los traslados.",
     ("teatro comunitario", "títeres", "educación ambiental", "separación de residuos",
      "recicladores"),
     ("AR",), "2024-04"),
    # --- participatory budgeting -----------------------------------------------------------------
    ("dz28", "case-study", "en",
     "Thirty-five years of participatory budgeting in Porto Alegre: sewers, waste collection and "
     "green spaces chosen by neighbourhood assemblies",
     "In 1989 Porto Alegre, capital of the state of Rio Grande do Sul, began to let its "
     "residents decide part of the city's investment budget in open assemblies held in each of "
     "its regions, a practice that became known as participatory budgeting and spread to "
     "thousands of cities. Delegates elected in the assemblies ranked priorities every year, and "
     "in the poor hillside and riverside districts they almost always put sanitation first: "
     "piped water, sewers, paving and drainage, then waste collection and health posts. This "
     "case study, written by a university research group, uses budget records and census data to "
     "show how sewer coverage and regular waste collection rose in those districts in the 1990s, "
     "how the sorting sheds of waste pickers' associations were funded, and why tree planting "
     "and parks rarely won the vote. It follows the decline of the process after 2005, when less "
     "money was left to share. The floods of May 2024, which swamped some of the same districts, "
     "are mentioned only at the end.",
     ("participatory budgeting", "local government", "sanitation", "waste collection",
      "Porto Alegre"),
     ("BR",), "2024-10"),
    ("dz29", "project", "fr",
     "Le budget participatif de Montréal : des projets citoyens pour la transition écologique "
     "votés par les résidents",
     "En 2020, la Ville de Montréal a lancé son premier budget participatif à l'échelle de la "
     "ville, doté de 10 millions de dollars et entièrement consacré à la transition écologique "
     "et sociale, puis l'a renouvelé avec des enveloppes plus importantes. Les résidents, y "
     "compris les jeunes et les personnes sans citoyenneté canadienne, déposent des idées, des "
     "équipes d'arrondissement et de citoyens les transforment en projets réalisables, puis tout "
     "le monde vote en ligne ou dans les bibliothèques. Parmi les projets gagnants : des ruelles "
     "vertes, des forêts urbaines sur des terrains vacants, des frigos communautaires, des "
     "supports à vélos et des aménagements pour les piétons aux abords des écoles. Ce projet du "
     "service de la participation citoyenne documente chaque édition : participation selon les "
     "quartiers, projets réalisés, retards, coûts réels, entretien confié aux arrondissements, "
     "et efforts pour rejoindre les personnes immigrantes, les aînés et les adolescents. La "
     "journée En ville sans ma voiture, que la Ville organise aussi en septembre, n'en fait pas "
     "partie.",
     ("budget participatif", "participation citoyenne", "transition écologique",
      "projets citoyens", "Montréal"),
     ("CA",), "2024-01"),
    ("dz30", "need", "es",
     "Necesidad: proyectos ambientales mejor formulados en el presupuesto participativo de los "
     "distritos del Cusco",
     "En el Perú la ley obliga desde 2003 a los gobiernos regionales y municipales a decidir "
     "parte de sus inversiones con la población en el proceso del presupuesto participativo: los "
     "agentes participantes, representantes de juntas vecinales, comunidades campesinas, rondas "
     "y asociaciones, priorizan proyectos en talleres, y un comité de vigilancia sigue su "
     "ejecución. En los distritos de la provincia del Cusco y del valle del Vilcanota, las "
     "propuestas ambientales, como la recolección selectiva de residuos, el cierre de botaderos "
     "o la reforestación de cabeceras de cuenca, pierden casi siempre frente a pistas, veredas y "
     "losas deportivas, o se aprueban como ideas que nunca pasan el sistema de inversión pública "
     "por estar mal formuladas. La municipalidad provincial, con la dirección regional del "
     "ambiente y una ONG local, solicita apoyo para capacitar a agentes participantes y técnicos "
     "municipales en la formulación de proyectos ambientales, preparar fichas modelo y dar "
     "seguimiento público a lo aprobado. El canon minero, que financia buena parte de estas "
     "obras, se menciona solo como contexto.",
     ("presupuesto participativo", "gestión municipal", "proyectos ambientales",
      "participación ciudadana", "Cusco"),
     ("PE",), "2023-10"),
)  # fmt: skip
