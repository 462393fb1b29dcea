"""Clearing-house records of the hundred-and-twenty-sixth judged relevance set
(tests/search/relevance/queries126.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemicals and occupational
health pages on carbon disulphide from viscose rayon plants (a dataset of the carbon disulphide,
CS2, and hydrogen sulphide measured around the viscose fibre plants of Purwakarta, West Java,
Indonesia; a case study of the sulfure de carbone and the sulfocarbonisme of the workers who made
soie artificielle, the rayonne, at « la Viscose » of Échirolles, France; a jornada in Barcelona,
Spain, on the disulfuro de carbono of the fábricas de viscosa and the purchases of fashion brands);
mining and health pages on manganese (a case study of the dust, haul roads and open pits of the
manganese mine of Nsuta, near Tarkwa, Ghana; a project to rehabilitate the Moulili valley, silted
by the fines de manganèse of Moanda, Gabon; a dataset of the manganeso in the air, soils and people
of the mining district of Molango, Hidalgo, Mexico); air pollution pages on asphalt plants (a North
Carolina guide, United States, for neighbours of a hot mix asphalt plant; a soirée d'information in
Lanaudière, Québec, Canada, on an usine de béton bitumineux, what the French call a centrale
d'enrobage; a need of Arequipa, Peru, to control the plantas de asfalto en caliente); occupational
health pages on baker's asthma (a dataset of the cases and flour dust inspections of Great Britain;
an offer of a Breton occupational risk fund, France, on the poussières de farine and the asthme du
boulanger; a case study of the asma del panadero and the polvo de harina of the panaderías de
barrio of Santiago, Chile); health pages on tungiasis (a project against the jiggers of Murang'a,
Kenya; a need to fight the puces chiques, the tungose, of the district of Ambositra, Madagascar; a
dataset of the niguas of the indigenous communities of Vaupés, Colombia); energy pages on powerships
(a case study of the dispute over the three gas powerships chosen for Richards Bay, Saldanha Bay
and Ngqura, South Africa; a need to monitor the centrale électrique flottante, the navire-centrale,
of the port of Dakar, Senegal; a project to measure the air next to the patanas, the centrales
eléctricas flotantes, of Havana bay, Cuba); energy and pollution pages on domestic oil heating (an
Irish guide, Ireland, on home heating oil tanks and spills; a Walloon dataset, Belgium, on the
citernes à mazout and their soil pollution; a project to replace the calderas comunitarias de
gasóleo of the apartment buildings of Madrid, Spain); trade and enforcement pages on the Kimberley
Process (a case study of the diamonds, artisanal diggers and mined-out land of Kono, Sierra Leone; a
need for the traçabilité of the diamants bruts of the zones conformes of the Central African
Republic; a taller for the customs officers of Panama on the certificados del Proceso de Kimberley
and the diamantes en bruto in transit); chemicals and product safety pages on talc (a summary of
Canada's screening assessment of talc and talcum powders; a case study of the talc quarry of
Trimouns, above Luzenac in the Ariège, France; a need of Argentina for a laboratory to detect
asbesto in the talco of cosmetics); and waste pages on printer cartridges (an offer of a Nairobi
social enterprise, Kenya, to collect and remanufacture toner and ink cartridges; a project on the
cartouches d'impression refilled in the market of Derb Ghallef, Casablanca, Morocco; a foro in
Mexico City, Mexico, on counterfeit cartuchos de tóner y tinta seized by customs). English, French
and Spanish, 10 records each, every topic written once in each language (different countries,
projects and angles, not translations of one text).

None of records.py, records3.py, ..., records125.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (viscose, viscosa, rayon, rayonne, rayón, soie artificielle,
seda artificial, lyocell, Tencel, dissolving pulp, pâte à dissoudre, pulpa soluble, cellulose,
carbon disulphide, carbon disulfide, disulphide, disulfide, CS2, sulfure de carbone, disulfure,
disulfuro de carbono, sulfuro de carbono, sulfocarbonisme, Purwakarta, Échirolles; manganese,
manganèse, manganeso, manganism, manganismo, ferromanganese, Moanda, Moulili, Molango, Nsuta,
Tarkwa, Takoradi, Hotazel, Groote; asphalt, asphalte, asfalto, asfalt, asphalt plant, hot mix,
blacktop, tarmac, bitumen, bitume, betún, brea, enrobé, enrobage, centrale d'enrobage, béton
bitumineux, planta de asfalto, plantas de asfalto, mezcla asfáltica; flour, flour dust, farine,
poussières de farine, harina, polvo de harina, baker's asthma, asthme du boulanger, asma del
panadero, bakery, boulangerie, panadería, panadero, occupational asthma, asthme professionnel, asma
ocupacional, asma laboral, amylase, fleurage, marraqueta; tungiasis, tungose, Tunga, jigger,
chigoe, sand flea, puce chique, chique, puces, nigua, pique, pulga, bicho, dimeticone, dimethicone,
Murang'a, Vaupés, Mitú; powership, power ship, power barge, floating power, Karpowership,
Karadeniz, centrale flottante, centrale électrique flottante, barge, barcaza, central flotante,
patana, buque, Richards Bay, Saldanha, Ngqura, Coega; heating oil, oil heating, oil tank, oil
boiler, oil-fired, heating fuel, fuel oil, kerosene, paraffin, fioul, mazout, citerne, chaudière,
gasóleo, gasóleo de calefacción, calderas de gasóleo, caldera, calefacción, estufa, parafina;
diamond, diamant, diamante, diamantes, Kimberley, Kimberley Process, Processus de Kimberley,
Proceso de Kimberley, blood diamond, garimpeiro, creuseur, Kono, Berbérati; talc, talco, talcum,
baby powder, Luzenac, Trimouns, Briançon, tremolite; cartridge, cartouche, cartucho, toner, tóner,
ink cartridge, cartouches d'encre, printer, imprimante, impresora, tinta, remanufactured, Derb
Ghallef). Screened and dropped as covered: welding fumes (eb10-eb12, whose subjects name
manganese), electricity theft (dv13-dv15), leaf blowers (cv07-cv09), sky lanterns and balloon
releases (bp25-bp27), LPG explosions (i19-i21), silicosis and engineered stone (bh25-bh27),
anaesthetic gases (cf25-cf27), metered-dose inhalers (cx07-cx09), sulphur hexafluoride
(bu07-bu09), lead chromate in turmeric (z07-z09), lead fishing weights (u25-u27), isocyanates
(dx16-dx18), engine idling (dp07-dp09), carbon monoxide (cb07-cb09), wet wipes (dd07-dd09),
ammonium nitrate storage (q01), cadmium in children's jewellery (q40, q42), nickel laterite
mining (the níquel y cobalto of Moa, ch15), the decommissioning of nuclear plants (the
desmantelamiento nuclear of the El Cabril page ct03), retained-heat cookers (the paniers isolants
of the solar cooker offer bz20), plastic cotton buds (dj10), depleted uranium (the uranio
empobrecido of the Vieques munitions page cf03), the n-hexane of shoemakers' glues (screened by set
118, next to the glue sniffing pages) and vehicle fuel economy labels (screened by sets 94 and 96,
next to the green freight pages), besides the topics of sets 42 to 125 and those their docstrings
list as covered; screened with no or passing hits but not chosen: disposable cups (named by the
festival glitter page ct28, the straw ban page dj10 and the foam cups of the polystyrene pages
bx07-bx09), podoconiosis and mycetoma (no hit, but three foot diseases would have crowded the health
topics), arsenic in rice (no hit, a food topic left to set 128), ceramic tile factories (no page),
liquefied natural gas terminals (named by the natural gas vehicle pages) and domestic kerosene
heaters (the estufas a parafina named by the damp and mould page dp30).

No earlier record is judged relevant to any query of this set; the nearest are passing or about
other things, all 0: the pulp and paper mills (dh13-dh15), the cellulose acetate of the cigarette
butt pages (z25-z27) and the viscosidad of the gum arabic of bf06, no viscose; the welding fume
pages (eb10-eb12), whose subjects name manganese as a fume metal, the manganese compound in petrol
of dz19, the iron and manganese of the acid mine drainage of j04, the manganese of the subte dust
of dx12, the manganese salts of the oxo-degradable plastics page cd16 and the cobalt mining pages
(ch13-ch15), whose ch15 deals with the nickel and cobalt of Moa, no manganese mining; the plastic
roads (cn28-cn30), whose cn30 names the fumes of a planta de asfalto, the coal-tar sealants
(cx04-cx06), whose cx05 says that tarry millings cannot be recycled in hot mixes, the asphalt
schoolyards (cq19, cq20), the oil sands and oil shale pages (dh04-dh06, dx02, dx03) and the
foundry sand used in asphalt (ey16), no asphalt plant; the potassium bromate pages (el01-el03),
about the boulangeries and panaderías that put bromate in bread, the wood dust pages (ey22-ey24),
which name asthma from hardwood dust, the grain dust explosions in flour mills (y19-y21), the
byssinosis pages (er28-er30) and the occupational asthma of the isocyanate and chloramine pages
(dx16, cz04), no baker's asthma; the head lice and scabies pages (cv01-cv03), the bed bugs
(cp13-cp15), the leishmaniasis pages (bs13-bs15), the plague fleas analysed by ee14, the squid
jiggers, fishing vessels, of ee01, the chiques, chewing gum, of Brussels (cx20) and the tabac à
chiquer of eu26, no tungiasis; the floating solar pages (cj10-cj12), the floating wind guide
dn12, the floating ocean thermal energy platform of Martinique (df02), the gasolineras flotantes
of Algeciras (ed30), the diesel generators (cn13-cn15), the thermal pollution pages (ej13-ej15),
the natural gas vehicles that name LNG (dz10-dz12) and the barcazas de emergencia that the
Ecuadorian energy saving need ct15 leaves aside, no powership; the fuel marking dataset eu17,
whose subject fioul domestique is the heating oil found in the tanks of road vehicles, the Irish
remote working dataset ef19, which names homes heated with oil, the heat pump guide ca20, which
names the fournaises au mazout that heat pumps replace, the climate plans of Brussels communes
db20, which name chaudières au mazout replaced, the wood pellet guide dd17, which compares pellets
with mazout, the parish energy guide dx09, which names the gasóleo bills of churches, the biomass
heating of Oujé-Bougoumou (cj14), compared with villages heated with mazout, the sunken barge that
leaked mazout (dl26) and the leaking fuel tanks of petrol stations (ed22-ed24), no domestic oil
heating; the natural capital accounts of Botswana (bk19), which name the diamonds the country
sells, the conflict minerals pages (cr28-cr30), about tin, tantalum, tungsten and gold and a
regional certification of the Great Lakes, the Kimberley region of Australia (bg28, bj04, ce28),
the diamantina glitter (ct30), the diamondback moth (dv19) and the tiburón diamante of fa18, no
Kimberley Process; the asbestos pages (q13-q15 and others), which name no talc, no talc page; and
the nitrous oxide cartouches (cj04-cj06), the gas cartouches left on Mont Blanc (ej11), the
cartuchos of inhalers (cx09), of dynamite (bm21) and of nicotine (bk06), the 3D printers
(ef28-ef30) and the cartouches à échange métallique of the X-ray fixer project ey20, no printer
cartridge.

records122.py, records123.py, records124.py and records125.py (ids ey.., ez.., fa.. and fb..), the
most recent earlier files, were searched like the others: their only hits on this set's words are
the asphalt in which ey16 reuses foundry sand, the asthma and asthme caused by wood dust in ey22
and ey23, the cartouches à échange métallique of ey20, the 3D printers named by ey04 and the
tiburón diamante, a shark, of fa18; none of their records answers a query of this set.
records127.py, records128.py and records129.py (ids fd.., fe.. and ff..), written at the same time
by other engineers on biodiversity, on agriculture, fisheries, forestry, food and land, and on
water, oceans and coasts, climate adaptation, cities, disasters and capacity building, are not part
of this set's pool, and no query of this set was judged against them.

Traps: the "bamboo" fabric, the Citarum, the dyeing mills and the batik workshops of fc01 (0 to
bamboo and textile dyeing); the amiante of the demolitions and the new quarter on the site of fc02
(0 to asbestos and brownfields); the tejido de bambú, the lyocell and the reciclaje de ropa usada of
fc03 (0 to textile waste); the gold mines, the cyanide, Parkinson's disease and the port of Takoradi
of fc04 (0 to gold mining and cyanide); the manioc, the poissons, the puits, the chemin de fer and
the port of fc05 (0 to cassava and to river pollution pages); the pozos and the planta de
nodulización of fc06; the quarries, the fuel oil, the zoning and the coal-tar sealcoats of fc07 (0
to coal-tar sealants and quarry blasting); the sablière, the école primaire and the camions of fc08
(0 to sand mining); the petróleo residual, the canteras de sillar and the agregados of the río
Chili of fc09 (0 to river sand mining); the isocyanates, the bread improvers, the grain dust and the
silos of fc10 (0 to isocyanates and grain dust explosions); the fours, the brûlures and the troubles
musculo-squelettiques of fc11; the mejoradores, the hornos a leña and the quemaduras of fc12 (0 to
potassium bromate); the kerosene, the pesticides, the dogs and pigs and the shoes of fc13 (0 to
kerosene and pesticides); the porcs, the volailles, the tétanos and the peste transmitted by other
fleas of fc14 (0 to plague); the perros, cerdos, kerosene, leishmaniasis and malaria of fc15 (0 to
leishmaniasis); the liquefied natural gas, the dolphins and seabirds, the warm water, the load
shedding, the coal fleet and the diesel generators of fc16 (0 to natural gas vehicles, thermal
pollution and diesel generators); the fioul lourd, the eau chaude, the baie de Hann and the groupes
électrogènes of fc17 (0 to heating oil, thermal pollution and diesel generators); the apagones, the
fueloil, Casablanca, a town of Havana bay, the refinería and the termoeléctricas of fc18 (0 to
Casablanca in Morocco and to refineries); the kerosene, the wells, the heat pumps and the
insulation of fc19 (0 to kerosene lamps and heat pumps); the pompes à chaleur, the gaz and the
stations-service of fc20 (0 to heat pumps and leaking tanks at petrol stations); the calderas de
carbón, the bombas de calor, the redes de calor, the butano and the leña of fc21 (0 to district
heating, heat pumps and LPG); the gold, the mosquitoes, the rice and the fish ponds of fc22 (0 to
gold mining); the contrebande, the or artisanal and the mercure of fc23 (0 to mercury and to
cigarette and fuel smuggling); the zonas francas, the cuarzo, the piedras preciosas de colores and
the oro of fc24 (0 to free zones and engineered stone); the asbestos, the cornstarch, the paints,
plastics and ceramics of fc25 (0 to asbestos); the téléphérique, the randonneurs, the éleveurs des
estives and the snow of fc26 (0 to mountain huts and transhumance); the asbesto, the rayos X, the
fibrocemento and the ferias of fc27 (0 to asbestos roofs and X-ray films); the dumpsites, the
electronic waste licence, the printers and photocopiers of fc28 (0 to e-waste in general); the
téléphones and ordinateurs d'occasion of Derb Ghallef of fc29 (0 to e-waste); and the medicamentos
and juguetes piratas, the relleno sanitario and the tianguis of fc30 (0 to falsified medicines and
toys). For the country and exclusion queries: fc01 names only Indonesia; fc02 only France; fc03
only Spain (the fibre comes from "Asia", no country named); fc04 only Ghana; fc05 only Gabon; fc06
only Mexico; fc07 only the United States (North Carolina); fc08 only Canada (Québec, with the
French word of France for the plant, no other country); fc09 only Peru; fc10 only the United
Kingdom (Great Britain); fc11 only France; fc12 only Chile; fc13 only Kenya; fc14 only Madagascar;
fc15 Colombia, and Paraguay and Argentina, named for their word pique; fc16 only South Africa; fc17
only Senegal; fc18 only Cuba; fc19 only Ireland; fc20 only Belgium (Wallonia); fc21 only Spain;
fc22 only Sierra Leone; fc23 only the Central African Republic; fc24 only Panama; fc25 only Canada;
fc26 only France; fc27 only Argentina; fc28 only Kenya; fc29 only Morocco; fc30 only Mexico. The
word kerosene (kérosène, queroseno) is named by fc13, fc15 and fc19, not by fc20 or fc21; the
scientific name Tunga penetrans by fc13 and fc15, not by fc14.

Ids (fc01..fc30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., ey01..ey30,
ez01..ez30, fa01..fa30, fb01..fb30), and no earlier id starts with "fc".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- carbon disulphide from viscose rayon plants ---------------------------------------------
    ("fc01", "dataset", "en",
     "Carbon disulphide around the viscose rayon plants of Purwakarta: air, effluent and health "
     "data, 2018-2024",
     "Viscose, sold as rayon, as modal or as 'bamboo' fabric, is made by dissolving wood pulp in "
     "carbon disulphide (CS2), a volatile solvent that harms the nerves, heart and eyes of "
     "workers and, when it escapes with hydrogen sulphide, fills nearby villages with a smell of "
     "rotten eggs. Purwakarta regency in West Java hosts some of the largest viscose fibre plants "
     "in Asia, and its villagers have long complained of the smell, of headaches and of the waste "
     "water in the streams that run to the Citarum. This dataset, published by the provincial "
     "environment agency with a university public health faculty, brings together continuous "
     "readings of carbon disulphide and hydrogen sulphide at six stations on the factory fences "
     "and in nearby villages, stack emission reports, effluent samples for zinc and sulphate, the "
     "CS2 recovery rates declared by the plants and a survey of symptoms among 900 residents. The "
     "dyeing mills and batik workshops of the basin are not covered.",
     ("carbon disulphide", "viscose rayon", "air quality", "industrial effluents", "datasets"),
     ("ID",), "2025-02"),
    ("fc02", "case-study", "fr",
     "La Viscose d'Échirolles : le sulfure de carbone, les ouvriers de la soie artificielle et "
     "la fin de l'usine",
     "Pendant plus de soixante ans, l'usine que les habitants de l'agglomération grenobloise "
     "appelaient simplement « la Viscose » a fabriqué à Échirolles de la soie artificielle, la "
     "rayonne, en dissolvant la cellulose du bois dans le sulfure de carbone. Ce solvant volatil, "
     "qui attaque le système nerveux, a valu à des générations d'ouvriers le sulfocarbonisme : "
     "maux de tête, troubles de l'humeur et du sommeil, atteintes des nerfs des jambes, accidents "
     "cardiaques précoces. Cette étude de cas, menée par un laboratoire d'histoire d'une "
     "université avec une association d'anciens salariés et la ville, rassemble des témoignages, "
     "des dossiers de médecine du travail et les mesures prises à l'époque, ventilation des "
     "ateliers de filature et masques, puis suit le devenir du site après la fermeture de l'usine "
     "à la fin des années 1980 : diagnostic des sols, démolition, conservation d'un bâtiment et "
     "création d'un quartier. L'amiante découvert pendant les démolitions est évoqué brièvement.",
     ("sulfure de carbone", "viscose", "soie artificielle", "maladies professionnelles",
      "études de cas"),
     ("FR",), "2024-06"),
    ("fc03", "event", "es",
     "Jornada: viscosa responsable, el disulfuro de carbono de las fábricas de fibra y las compras "
     "de la moda",
     "La viscosa, el rayón que también se vende como modal o como «tejido de bambú», se fabrica "
     "disolviendo celulosa de madera con disulfuro de carbono, un solvente tóxico que, si las "
     "fábricas no lo recuperan, contamina el aire de los pueblos vecinos y daña el sistema "
     "nervioso de los trabajadores. Casi toda la fibra que compran las marcas de moda se produce "
     "en grandes plantas de Asia. Esta jornada, organizada en Barcelona por un centro tecnológico "
     "textil con una plataforma de moda sostenible y el instituto nacional de seguridad y salud "
     "en el trabajo, presenta los límites de emisión de las guías europeas de mejores técnicas "
     "disponibles, los sistemas de recuperación de disulfuro de carbono y de sulfuro de "
     "hidrógeno, las certificaciones de las fibras y los compromisos de trazabilidad de las "
     "marcas, y da la palabra a una investigadora que midió la contaminación cerca de las "
     "plantas. El lyocell, hecho con otro solvente, y el reciclaje de ropa usada se tratarán en "
     "otra sesión.",
     ("viscosa", "disulfuro de carbono", "industria textil", "cadena de suministro", "eventos"),
     ("ES",), "2025-04"),
    # --- manganese mining ------------------------------------------------------------------------
    ("fc04", "case-study", "en",
     "Manganese ore from Nsuta: dust, haul roads and open pits in Ghana's Tarkwa area",
     "Manganese has been mined at Nsuta, near Tarkwa in Ghana's Western Region, for about a "
     "century, and the ore now leaves the open pits by rail and in long convoys of trucks bound "
     "for the port of Takoradi. People in the mining communities and along the haul road complain "
     "of black dust settling on roofs, food and water containers, of houses cracked by heavy "
     "traffic and of pits left open after mining. Manganese breathed in over years can damage the "
     "nervous system, causing tremors and slow movements that resemble Parkinson's disease, and "
     "children may be the most sensitive. This case study, by a university school of public "
     "health with the environmental protection agency and a community association, reviews the "
     "sampling of manganese in dust near homes and schools, the watering and sealing of haul "
     "roads, covered wagons and trucks, the mine's rehabilitation plan and the grievance "
     "committee set up with traditional leaders. The gold mines of the same district and their "
     "cyanide are mentioned only for comparison.",
     ("manganese mining", "mine dust", "haul roads", "community health", "case studies"),
     ("GH",), "2024-10"),
    ("fc05", "project", "fr",
     "Projet : réhabiliter la vallée de la Moulili, envasée par les fines de manganèse de Moanda",
     "À Moanda, dans le Haut-Ogooué, le minerai de manganèse extrait depuis les années 1960 sur "
     "le plateau de Bangombé était lavé dans une usine dont les boues chargées de fines ont été "
     "rejetées pendant des décennies dans la rivière Moulili. Le lit et les berges sont couverts "
     "de sédiments noirs sur des kilomètres, le poisson a disparu et les riverains s'inquiètent "
     "pour leurs puits et leurs champs. Ce projet, conduit par le ministère de l'Environnement "
     "avec l'exploitant minier, une université et les comités de villages, cartographie les "
     "dépôts, mesure le manganèse dans l'eau, les sédiments, le manioc et les poissons, retire les "
     "sédiments des tronçons les plus touchés, stabilise les berges par des plantations et fait "
     "construire des bassins de décantation pour les nouvelles installations d'enrichissement du "
     "minerai. Il organise aussi un suivi sanitaire des habitants et un comité de concertation. "
     "Le chemin de fer et le port par lesquels le minerai quitte le pays n'entrent pas dans le "
     "projet.",
     ("mines de manganèse", "sédiments miniers", "réhabilitation", "Moanda", "projets"),
     ("GA",), "2024-03"),
    ("fc06", "dataset", "es",
     "Manganeso en el distrito minero de Molango, Hidalgo: aire, suelos y salud de la población, "
     "2000-2024",
     "En la Sierra Alta de Hidalgo, el distrito minero de Molango guarda uno de los mayores "
     "yacimientos de manganeso de América: desde hace más de medio siglo el mineral se extrae a "
     "cielo abierto y se procesa en una planta de nodulización, y las comunidades vecinas "
     "respiran un polvo cargado de manganeso. Este conjunto de datos, publicado por el instituto "
     "nacional de salud pública con la universidad del estado y la secretaría de medio ambiente, "
     "reúne mediciones de manganeso en las partículas del aire, en suelos, polvo de las casas y "
     "agua de pozos, y los resultados de estudios en escolares y adultos de comunidades mineras y "
     "de comunidades de comparación: manganeso en sangre y en cabello, pruebas de atención, "
     "memoria y motricidad fina. Incluye mapas, cuestionarios y notas sobre los métodos. El "
     "manganismo de los obreros de la mina y de la planta y las emisiones de la chimenea del "
     "horno se documentan por separado.",
     ("manganeso", "minería a cielo abierto", "exposición infantil", "calidad del aire",
      "conjuntos de datos"),
     ("MX",), "2024-12"),
    # --- asphalt plants --------------------------------------------------------------------------
    ("fc07", "document", "en",
     "Living near a hot mix asphalt plant: a guide to permits, emissions, odours and complaints",
     "Hot mix asphalt plants dry and heat crushed stone and sand in a rotating drum fired by "
     "natural gas or fuel oil, then coat it with liquid bitumen to make the blacktop laid on "
     "roads and parking lots. Many stand next to quarries or highways and, as suburbs spread, "
     "close to homes and schools. Neighbours complain of a tar-like smell, of blue smoke from the "
     "loading silo and the trucks, of dust from stockpiles and of night work during the paving "
     "season. This guide, written by North Carolina's department of environmental quality for "
     "residents and local officials, explains what an air permit for an asphalt plant covers: "
     "the baghouse that captures dust, limits on particulate matter, sulphur dioxide and volatile "
     "organic compounds, burner tuning, the share of recycled asphalt pavement, and the stack "
     "tests and inspections required. It describes how to report odours, what the state can "
     "enforce and what falls under local zoning. Coal-tar sealcoats for driveways are a "
     "different product and are not covered.",
     ("asphalt plants", "hot mix asphalt", "air permits", "odours", "guidance"),
     ("US",), "2024-05"),
    ("fc08", "event", "fr",
     "Soirée d'information : demande d'autorisation d'une usine de béton bitumineux dans "
     "Lanaudière",
     "Au Québec, on parle d'usine de béton bitumineux ou d'usine d'asphalte là où les Français "
     "disent centrale d'enrobage : une installation qui sèche et chauffe des granulats puis les "
     "enrobe de bitume chaud pour fabriquer le revêtement des routes. Une entreprise de travaux "
     "routiers a demandé au ministère de l'Environnement l'autorisation d'installer une usine "
     "fixe à moins d'un kilomètre d'un rang habité et d'une école primaire de Lanaudière. La "
     "municipalité régionale de comté et le ministère organisent une soirée d'information : "
     "présentation du procédé, des dépoussiéreurs à manches, des normes sur les particules, les "
     "odeurs et les hydrocarbures aromatiques polycycliques, de la modélisation de la dispersion "
     "et du bruit, et du trafic de camions prévu pendant la saison des travaux. Les citoyens "
     "pourront poser leurs questions et déposer des commentaires écrits pendant trente jours. La "
     "sablière voisine, dont l'agrandissement fait l'objet d'une autre demande, ne sera pas "
     "discutée.",
     ("usines de béton bitumineux", "centrales d'enrobage", "odeurs", "consultation publique",
      "événements"),
     ("CA",), "2025-03"),
    ("fc09", "need", "es",
     "Necesidad: controlar los humos y olores de las plantas de asfalto en caliente de Arequipa",
     "En la periferia de Arequipa, el crecimiento de la ciudad ha rodeado varias plantas de "
     "asfalto en caliente, municipales y privadas, que producen la mezcla asfáltica con que se "
     "pavimentan las calles. Los vecinos de Cerro Colorado y de otros distritos denuncian humo "
     "negro, un olor a brea que entra en las casas, polvo de los acopios de agregados y el paso "
     "constante de volquetes; algunas plantas queman petróleo residual en el secador y no tienen "
     "filtro de mangas. La municipalidad provincial, con la gerencia regional de salud y la "
     "autoridad de fiscalización ambiental, solicita apoyo para inventariar las plantas y sus "
     "combustibles, medir partículas, compuestos orgánicos volátiles e hidrocarburos aromáticos "
     "policíclicos a su alrededor, fijar distancias mínimas a las viviendas, capacitar a los "
     "operadores en el ajuste de los quemadores y la instalación de filtros, y diseñar un "
     "procedimiento de fiscalización y de atención de denuncias. Las canteras de sillar y la "
     "extracción de agregados del río Chili se atienden en otro programa.",
     ("plantas de asfalto", "mezcla asfáltica", "calidad del aire", "fiscalización ambiental",
      "necesidades"),
     ("PE",), "2024-08"),
    # --- baker's asthma (flour dust) -------------------------------------------------------------
    ("fc10", "dataset", "en",
     "Baker's asthma and flour dust in Great Britain: reported cases and bakery inspections, "
     "2010-2024",
     "Flour dust is, with isocyanates, one of the commonest causes of occupational asthma in "
     "Great Britain. Bakers, confectioners and flour mill workers become sensitised to proteins "
     "in wheat and rye flour and to enzymes such as fungal alpha-amylase added to bread "
     "improvers; a runny nose and itchy eyes often come first, asthma later. This dataset, "
     "published by the national health and safety regulator, combines the cases reported by chest "
     "and occupational physicians to the national surveillance schemes, by industry and job, with "
     "the results of inspections of craft bakeries, in-store supermarket bakeries and flour "
     "mills: measured exposure to inhalable flour dust, use of low-dust flour and dredgers, "
     "extraction on mixers and at sack tipping, health surveillance, and the improvement notices "
     "served. Notes explain how under-reporting affects the counts. Grain dust on farms and at "
     "docks, and the risk of dust explosions in silos, are outside its scope.",
     ("baker's asthma", "flour dust", "occupational asthma", "bakeries", "datasets"),
     ("GB",), "2025-01"),
    ("fc11", "support-source", "fr",
     "Offre : diagnostic des poussières de farine et aide à l'équipement des boulangeries "
     "artisanales",
     "La farine reste l'une des premières causes d'asthme professionnel en France : l'asthme du "
     "boulanger, souvent précédé d'une rhinite et d'une conjonctivite, touche des boulangers et "
     "des pâtissiers dès l'apprentissage et peut les obliger à quitter le métier. La caisse "
     "régionale d'assurance retraite et de santé au travail de Bretagne, avec la chambre de "
     "métiers et de l'artisanat et les services de prévention et de santé au travail, propose aux "
     "boulangeries artisanales la visite gratuite d'un contrôleur de sécurité, qui repère les "
     "gestes qui soulèvent la farine, vidage des sacs, fleurage au jeté, soufflette et balai, et "
     "mesure l'empoussièrement. Elle finance ensuite une partie de l'achat de pétrins à couvercle "
     "ou à démarrage lent, de saupoudreuses, d'aspirateurs adaptés et de farines de fleurage moins "
     "pulvérulentes, et forme les apprentis des centres de formation. Les fours, les brûlures et "
     "les troubles musculo-squelettiques relèvent d'autres offres.",
     ("asthme du boulanger", "poussières de farine", "boulangeries", "prévention", "offres"),
     ("FR",), "2024-11"),
    ("fc12", "case-study", "es",
     "Asma del panadero en las panaderías de barrio de Santiago: qué cambió al reducir el polvo "
     "de harina",
     "En Chile, uno de los países que más pan consumen en el mundo, miles de panaderías de barrio "
     "amasan a diario marraquetas y hallullas. Los maestros panaderos y sus ayudantes respiran el "
     "polvo de harina que se levanta al vaciar los sacos, espolvorear los mesones y encender las "
     "amasadoras sin tapa, y muchos terminan con rinitis y con asma del panadero, una alergia a "
     "las proteínas del trigo y a las enzimas de los mejoradores. Este estudio de caso, de una "
     "mutualidad de seguridad laboral con una escuela de salud pública y el sindicato de "
     "trabajadores panificadores, siguió durante dos años a 40 panaderías de Santiago: mediciones "
     "de polvo inhalable, encuestas de síntomas, espirometrías y pruebas cutáneas, y los cambios "
     "introducidos, como tolvas para vaciar los sacos, amasadoras con tapa, espolvoreadores, "
     "aspiración en vez de barrido y mascarillas. Los hornos a leña y las quemaduras se abordan "
     "en otra publicación.",
     ("asma del panadero", "polvo de harina", "panaderías", "salud ocupacional",
      "estudios de caso"),
     ("CL",), "2023-11"),
    # --- tungiasis (jiggers, puces chiques, niguas) ----------------------------------------------
    ("fc13", "project", "en",
     "A jigger-free Murang'a: treating tungiasis and sealing floors in rural homes and schools",
     "Jiggers, the female sand fleas (Tunga penetrans) that burrow into the feet of people who "
     "walk barefoot or sleep on earthen floors, afflict hundreds of thousands of Kenyans, most of "
     "them children and old people in poor rural homes. The painful, itching sores make walking "
     "hard, keep children out of school, become infected and carry stigma, and many people still "
     "dig the fleas out with thorns or safety pins that spread infection. This county project, "
     "run by the health department with a national anti-jigger charity, churches and schools, "
     "screens pupils and households, treats infested feet with a dimeticone oil instead of pins, "
     "kerosene or pesticides, smears or cements the floors of the worst affected houses, treats "
     "dogs and pigs kept close to homes and trains community health promoters. It records cases, "
     "school attendance and floors sealed before and after. Shoes are donated, but the project "
     "stresses that shoes alone do not protect people who sleep on bare earth.",
     ("jiggers", "tungiasis", "foot care", "school health", "projects"),
     ("KE",), "2024-07"),
    ("fc14", "need", "fr",
     "Besoin : lutter contre les puces chiques dans les villages du district d'Ambositra",
     "Dans les villages des Hautes Terres de Madagascar, où les maisons au sol de terre battue "
     "abritent souvent les porcs et les volailles, la tungose, infestation des pieds par la puce "
     "chique, touche pendant la saison sèche jusqu'à un habitant sur trois dans certains "
     "fokontany. Les lésions, douloureuses et souvent surinfectées, empêchent de marcher, d'aller "
     "aux champs et à l'école, et exposent au tétanos. La direction régionale de la santé, avec "
     "une ONG de santé communautaire et les centres de santé de base, demande un appui pour mener "
     "une enquête de prévalence, acheter un traitement à base de diméticone pour les agents "
     "communautaires, les former à ne plus extraire les puces avec des aiguilles non "
     "stérilisées, aider les familles à recouvrir le sol d'un enduit et à loger les animaux hors "
     "de la maison, et préparer des messages pour la radio locale. La peste, transmise par "
     "d'autres puces, relève d'un autre programme.",
     ("puces chiques", "tungose", "santé communautaire", "habitat", "besoins"),
     ("MG",), "2024-09"),
    ("fc15", "dataset", "es",
     "Niguas en comunidades indígenas del Vaupés: encuesta de tungiasis en hogares y escuelas, "
     "2022-2024",
     "La tungiasis, que en Colombia se conoce como nigua y en el Paraguay y el norte argentino "
     "como pique, es causada por la pulga Tunga penetrans, que se aloja en los pies de quienes "
     "caminan descalzos sobre suelos arenosos o duermen en pisos de tierra. En las comunidades "
     "indígenas del Vaupés, donde perros y cerdos conviven con las familias, las lesiones son "
     "frecuentes y a menudo se infectan. Este conjunto de datos, publicado por el instituto "
     "nacional de salud con la secretaría departamental de salud y una universidad, reúne una "
     "encuesta en 1.200 hogares y 30 escuelas de los alrededores de Mitú: número de lesiones por "
     "persona y su localización, grado de inflamación, tipo de piso de la vivienda, animales "
     "infestados, uso de calzado y tratamientos empleados, desde agujas y espinas hasta kerosene "
     "y aceites. Incluye fotografías de referencia para clasificar las lesiones y notas éticas. "
     "La leishmaniasis y la malaria de la región se vigilan por separado.",
     ("niguas", "tungiasis", "pueblos indígenas", "encuestas de salud", "conjuntos de datos"),
     ("CO",), "2025-03"),
    # --- powerships (floating power plants) ------------------------------------------------------
    ("fc16", "case-study", "en",
     "Powerships for South Africa: the dispute over floating gas power plants at Richards Bay, "
     "Saldanha Bay and Ngqura",
     "In 2021, in the middle of the worst electricity shortages in its history, South Africa "
     "chose three powerships, ships carrying gas-fired power plants, to be moored for twenty "
     "years in the ports of Richards Bay, Saldanha Bay and Ngqura and to supply about 1,200 "
     "megawatts from liquefied natural gas brought in by tankers. Their environmental "
     "authorisations were first refused, later granted for some sites after new assessments, and "
     "challenged in court by fishers, small-scale fishing communities and environmental "
     "organisations. This case study, by a university energy and law research unit, follows the "
     "process: the environmental impact assessments, the concerns about underwater noise and warm "
     "water discharged into bays rich in fish, dolphins and seabirds, the emissions locked in for "
     "twenty years, the price of the power and the conduct of the public participation meetings. "
     "It draws lessons for the use of floating power plants as emergency generation. Load "
     "shedding, the coal fleet and the diesel generators are discussed only as background.",
     ("powerships", "floating power plants", "liquefied natural gas",
      "environmental authorisation", "case studies"),
     ("ZA",), "2024-04"),
    ("fc17", "need", "fr",
     "Besoin : surveiller l'air et l'eau autour de la centrale électrique flottante du port de "
     "Dakar",
     "Depuis 2019, une centrale électrique flottante, un navire-centrale loué à une société "
     "étrangère, est amarrée au port autonome de Dakar et fournit au réseau une part importante "
     "de l'électricité du pays. Elle a longtemps brûlé du fioul lourd et doit passer au gaz "
     "naturel. Les habitants des quartiers proches du port et les pêcheurs de la baie de Hann "
     "s'inquiètent des fumées, du bruit continu et des rejets d'eau chaude. La direction de "
     "l'environnement et des établissements classés, avec la société nationale d'électricité et "
     "le centre de gestion de la qualité de l'air, demande un appui pour installer deux stations "
     "de mesure des particules, du dioxyde de soufre et des oxydes d'azote, mesurer le bruit et "
     "la température de l'eau autour du navire, vérifier les rapports de l'exploitant et préparer "
     "un cadre pour autoriser et contrôler ces centrales flottantes, dont le contrat doit être "
     "renouvelé. Les groupes électrogènes des commerces et des ménages ne font pas partie de la "
     "demande.",
     ("centrales électriques flottantes", "qualité de l'air", "port de Dakar", "électricité",
      "besoins"),
     ("SN",), "2025-01"),
    ("fc18", "project", "es",
     "Proyecto: medir el aire de Regla y Casablanca junto a las patanas de la bahía de La Habana",
     "Para paliar los apagones, Cuba arrienda desde 2019 centrales eléctricas flotantes, que en "
     "la isla todos llaman patanas: buques con motores que queman fueloil y entregan electricidad "
     "a la red desde la bahía de La Habana, el Mariel, Santiago de Cuba y otros puertos. En Regla "
     "y Casablanca, frente a las patanas fondeadas en la bahía capitalina, los vecinos se quejan "
     "del humo negro, del olor y del hollín sobre la ropa tendida. Este proyecto del instituto de "
     "meteorología, con el ministerio de ciencia, tecnología y medio ambiente y la facultad de "
     "salud pública, instala monitores de partículas finas y de dióxido de azufre en escuelas y "
     "consultorios de ambos pueblos, modela la dispersión de las plumas de las chimeneas, compara "
     "los días con y sin patanas en servicio y reúne las consultas por asma y bronquitis de los "
     "policlínicos. Los resultados servirán para recomendar dónde fondear las centrales y qué "
     "combustible exigir. La refinería y las termoeléctricas de tierra se tratan como fuentes "
     "aparte.",
     ("patanas", "centrales eléctricas flotantes", "contaminación del aire",
      "bahía de La Habana", "proyectos"),
     ("CU",), "2024-12"),
    # --- domestic oil heating (heating oil tanks and boilers) ------------------------------------
    ("fc19", "document", "en",
     "Home heating oil tanks: a householder's guide to preventing leaks and dealing with spills",
     "Around 700,000 homes in Ireland are heated with oil, mostly kerosene kept in a plastic or "
     "steel tank in the garden and burnt in an oil-fired boiler. When a tank splits, a pipe "
     "cracks or a delivery overflows, hundreds of litres of heating oil can soak into the soil, "
     "reach drains, wells and streams and leave a house smelling for months; the clean-up often "
     "costs tens of thousands of euro, and many home insurance policies cover it only in part. "
     "This guide, published by the environmental protection agency with the local authorities, "
     "tells householders how to check the tank and its base, when to fit a bund or replace an "
     "old tank, what to do in the first hours after a spill, how to report it and choose a "
     "competent contractor, and what neighbours can expect. It also explains why heat pumps and "
     "better insulation are replacing oil boilers under the climate action plan, without going "
     "into those grants.",
     ("home heating oil", "oil tanks", "heating oil spills", "soil contamination", "guidance"),
     ("IE",), "2024-02"),
    ("fc20", "dataset", "fr",
     "Citernes à mazout en Wallonie : contrôles d'étanchéité et pollutions de sol, 2010-2024",
     "En Wallonie, des centaines de milliers de logements se chauffent encore au mazout, stocké "
     "dans une citerne enterrée au jardin ou posée à la cave. Les citernes anciennes, en acier à "
     "simple paroi, rouillent et fuient sans qu'on s'en aperçoive, et le mazout s'infiltre dans "
     "le sol, parfois jusqu'à la nappe. Ce jeu de données, publié par l'administration régionale "
     "de l'environnement avec l'organisme chargé de l'assainissement des sols, donne par commune "
     "les citernes déclarées, leur volume et leur âge, les résultats des contrôles d'étanchéité "
     "faits par les techniciens agréés, les citernes neutralisées ou retirées lors de la vente "
     "des maisons, et les pollutions de sol au mazout signalées et assainies, avec leur coût et "
     "la part prise en charge par le fonds alimenté par une cotisation sur chaque litre vendu. Il "
     "compte aussi les chaudières au mazout remplacées par des pompes à chaleur ou des chaudières "
     "au gaz grâce aux primes régionales. Les stations-service et les citernes des entreprises ne "
     "sont pas couvertes.",
     ("citernes à mazout", "chauffage au mazout", "pollution des sols", "Wallonie", "données"),
     ("BE",), "2024-10"),
    ("fc21", "project", "es",
     "Proyecto: sustituir las calderas comunitarias de gasóleo de los edificios de viviendas de "
     "Madrid",
     "En muchos edificios de viviendas de Madrid, construidos entre los años sesenta y ochenta, "
     "la calefacción central sigue funcionando con una caldera comunitaria de gasóleo C, el "
     "gasóleo de calefacción que un camión cisterna descarga varias veces cada invierno en un "
     "depósito del sótano. Tras prohibir las calderas de carbón, el ayuntamiento quiere acabar "
     "también con las de gasóleo, que emiten óxidos de nitrógeno, partículas y dióxido de azufre "
     "en plena ciudad y encarecen los gastos de comunidad. Este proyecto, de la agencia municipal "
     "de la energía con los colegios de administradores de fincas y una asociación de "
     "consumidores, asesora gratis a las comunidades de propietarios, ayuda a pedir las "
     "subvenciones, supervisa la sustitución por bombas de calor, calderas de condensación de gas "
     "o conexiones a redes de calor, y organiza la limpieza, desgasificación y retirada de los "
     "depósitos. Mide las calderas sustituidas y las emisiones evitadas. Las estufas de butano y "
     "las chimeneas de leña de cada vivienda quedan fuera.",
     ("calderas de gasóleo", "calefacción", "edificios de viviendas", "calidad del aire",
      "proyectos"),
     ("ES",), "2025-02"),
    # --- the Kimberley Process (rough diamonds) --------------------------------------------------
    ("fc22", "case-study", "en",
     "Kono's diamonds after the war: the Kimberley Process, artisanal diggers and mined-out land",
     "The alluvial diamonds of Kono District paid for much of Sierra Leone's civil war, and the "
     "country's blood diamonds helped bring about the Kimberley Process Certification Scheme, "
     "under which rough diamonds may cross borders only in sealed parcels with a government "
     "certificate stating that they are free of conflict. This case study, by a national "
     "university with a civil society coalition on extractive industries, reviews twenty years of "
     "the scheme in Kono: the licensing of artisanal diggers and dealers, the valuation of "
     "exports, the certificates issued and the stones still smuggled across the borders, the "
     "development fund paid from export duties, and the mined-out land, a landscape of open pits "
     "and pools that breed mosquitoes and where children drown. It describes pilots that "
     "backfill pits to grow rice or raise fish, and asks why the certification scheme says "
     "nothing about land, labour or the environment. Gold mining in the district is not covered.",
     ("Kimberley Process", "diamonds", "diamond digging", "land rehabilitation", "case studies"),
     ("SL",), "2023-12"),
    ("fc23", "need", "fr",
     "Besoin : traçabilité des diamants bruts des zones conformes de l'ouest de la Centrafrique",
     "Suspendue du Processus de Kimberley en 2013, la République centrafricaine a pu reprendre à "
     "partir de 2016 l'exportation de diamants bruts de quelques sous-préfectures de l'ouest "
     "déclarées « zones conformes », comme Berbérati, Carnot et Nola, sous l'œil d'une équipe de "
     "suivi. Des diamants de conflit, extraits dans les zones tenues par des groupes armés, "
     "continuent pourtant d'entrer dans le circuit légal ou de sortir en contrebande. Le "
     "ministère des Mines, avec le secrétariat permanent national du Processus de Kimberley et les "
     "coopératives d'artisans miniers, demande un appui pour numériser le registre des "
     "productions et des ventes, doter les bureaux d'achat et les collecteurs de balances et de "
     "sacs scellés numérotés, photographier les pierres avant l'exportation, former les agents de "
     "la brigade minière et des douanes, et cartographier les chantiers artisanaux par images "
     "satellitaires. Il souhaite aussi des conseils pour réhabiliter les chantiers abandonnés "
     "près des villages. L'or artisanal et le mercure relèvent d'un autre projet.",
     ("Processus de Kimberley", "diamants bruts", "traçabilité", "Centrafrique", "besoins"),
     ("CF",), "2024-05"),
    ("fc24", "event", "es",
     "Taller para aduanas: certificados del Proceso de Kimberley y control de diamantes en bruto "
     "en tránsito",
     "Los diamantes en bruto solo pueden importarse o exportarse entre los participantes del "
     "Proceso de Kimberley, en envases sellados y con un certificado oficial que garantiza que no "
     "son diamantes de conflicto, los llamados diamantes de sangre. Panamá, por su papel de "
     "centro logístico, con puertos, un aeropuerto de conexión y zonas francas, recibe envíos en "
     "tránsito que debe verificar. Este taller, organizado en la Ciudad de Panamá por la "
     "autoridad nacional de aduanas con el ministerio de comercio e industrias y expertos del "
     "Proceso, enseña a los funcionarios a revisar certificados, detectar falsificaciones, abrir "
     "y volver a sellar paquetes, pesar y valorar los lotes, registrar los datos en el sistema "
     "estadístico del Proceso y cooperar con otras aduanas ante envíos sospechosos. Se "
     "presentarán casos de diamantes declarados como cuarzo o vidrio. Las piedras preciosas de "
     "colores y el oro no forman parte del programa.",
     ("Proceso de Kimberley", "diamantes en bruto", "aduanas", "certificados", "eventos"),
     ("PA",), "2025-05"),
    # --- talc ------------------------------------------------------------------------------------
    ("fc25", "document", "en",
     "Talc and talcum powder: what Canada's screening assessment means for consumers and "
     "retailers",
     "Talc, a soft magnesium silicate mineral, is ground into the powder of baby powders, body "
     "and face powders, dry shampoos and many loose cosmetics, and is also used in paints, "
     "plastics, paper and ceramics. Canada's health and environment departments assessed it under "
     "the national environmental protection act and concluded that breathing in loose talc "
     "powders can harm the lungs and that using talc products in the genital area is linked to "
     "ovarian cancer. This summary, for consumers, retailers and health professionals, explains "
     "the findings and what followed: talc was proposed for the list of toxic substances, the "
     "labels of certain cosmetics and natural health products were to warn against inhaling them "
     "and against perineal use, and manufacturers were encouraged to switch to cornstarch or "
     "other powders. It explains that the conclusions do not rest on asbestos, which some talc "
     "deposits contain and for which talc is tested separately, and that pressed powders, "
     "tablets and foods containing talc are not of concern.",
     ("talc", "talcum powder", "cosmetics", "chemical risk assessment", "guidance"),
     ("CA",), "2023-10"),
    ("fc26", "case-study", "fr",
     "La carrière de talc de Trimouns : extraire un minéral blanc à 1 800 mètres dans les "
     "Pyrénées ariégeoises",
     "Au-dessus de Luzenac, dans l'Ariège, la carrière à ciel ouvert de Trimouns, exploitée entre "
     "1 700 et 1 900 mètres d'altitude, est l'un des plus grands gisements de talc du monde. Le "
     "minerai, tendre et blanc, que les tailleurs appelaient craie de Briançon, descend par "
     "téléphérique jusqu'à l'usine de la vallée, où il est trié et broyé en poudres pour le "
     "papier, les plastiques, les peintures, la céramique et les cosmétiques. Cette étude de cas, "
     "menée par une université de Toulouse avec le parc naturel régional et les services "
     "régionaux de l'environnement, retrace l'extension de la carrière : poussières autour de "
     "l'usine et dans les villages, suivi respiratoire des mineurs, verses de stériles sur les "
     "pentes, gestion des eaux de ruissellement et remise en état des gradins, revégétalisés avec "
     "des semences d'espèces locales. Elle rend compte du débat avec les randonneurs et les "
     "éleveurs des estives. L'extraction s'arrête l'hiver, quand la neige ferme la montagne.",
     ("talc", "carrière de Trimouns", "poussières minérales", "Pyrénées", "études de cas"),
     ("FR",), "2024-09"),
    ("fc27", "need", "es",
     "Necesidad: laboratorio para detectar asbesto en el talco de uso cosmético",
     "En la Argentina se venden talcos para bebés, polvos faciales, sombras de ojos y juegos de "
     "maquillaje infantil fabricados con talco nacional e importado. Algunos yacimientos de talco "
     "contienen vetas de minerales asbestiformes, como la tremolita, y laboratorios de otros "
     "países han encontrado fibras de asbesto en productos cosméticos baratos. La autoridad "
     "nacional de medicamentos, alimentos y tecnología médica, que controla los cosméticos, y las "
     "autoridades mineras de las provincias productoras solicitan apoyo para equipar un "
     "laboratorio con microscopía electrónica de transmisión y difracción de rayos X, validar "
     "métodos para detectar fibras en polvos cosméticos, capacitar a los analistas, definir un "
     "plan de muestreo en farmacias, perfumerías y ferias, y preparar una norma sobre el talco de "
     "uso cosmético y sus controles. Las placas y tanques de fibrocemento con asbesto de las "
     "viviendas se atienden en otro programa.",
     ("talco", "talco cosmético", "fibras minerales", "laboratorios", "necesidades"),
     ("AR",), "2025-04"),
    # --- printer cartridges (toner and ink) ------------------------------------------------------
    ("fc28", "support-source", "en",
     "Offer: collection and remanufacturing of used toner and ink cartridges for offices and "
     "schools",
     "Offices, banks, universities and schools in Kenya use millions of printer cartridges a "
     "year, and most empty toner and inkjet cartridges end up on dumpsites or are burnt, while "
     "refilled cartridges with poor toner are sold as new originals. A Nairobi social enterprise, "
     "licensed by the national environment authority to handle electronic waste, offers to place "
     "collection boxes in offices and schools, pick up full boxes free of charge, sort the "
     "cartridges, clean and remanufacture those that can be refilled with new parts and tested "
     "toner, and send the rest to an approved recycler that recovers the plastics and metals. "
     "Each client receives a certificate of environmentally sound management and a yearly report "
     "of the cartridges collected, reused and recycled. The enterprise trains young people from "
     "informal settlements as technicians and protects them from toner dust with extraction and "
     "masks. Printers and photocopiers themselves go through its general e-waste service.",
     ("toner cartridges", "ink cartridges", "remanufacturing", "office waste", "offers"),
     ("KE",), "2024-06"),
    ("fc29", "project", "fr",
     "Projet : collecter et recharger proprement les cartouches d'impression usagées à "
     "Casablanca",
     "À Casablanca, les cartouches d'encre et de toner des imprimantes sont rechargées à la "
     "chaîne dans des échoppes du marché de Derb Ghallef et des quartiers de bureaux : la poudre "
     "de toner est versée à la main, sans aspiration ni masque, et les cartouches trop usées sont "
     "jetées avec les ordures ou brûlées. Ce projet, porté par une association de l'économie "
     "sociale et solidaire avec le ministère chargé de l'environnement, la chambre de commerce et "
     "une école d'ingénieurs, organise la collecte des consommables d'impression usagés auprès "
     "des administrations, des banques et des écoles, forme les rechargeurs à travailler sous "
     "hotte aspirante, avec des gants et des masques adaptés aux poudres fines, labellise les "
     "cartouches remanufacturées et envoie les cartouches irréparables vers une filière de "
     "valorisation. Il mesure les quantités collectées et réemployées et les poussières dans les "
     "ateliers. Les téléphones et ordinateurs d'occasion du même marché relèvent d'un autre "
     "programme.",
     ("cartouches d'impression", "recharge des cartouches", "consommables d'impression",
      "santé au travail", "projets"),
     ("MA",), "2024-11"),
    ("fc30", "event", "es",
     "Foro: cartuchos de tóner y tinta falsificados, decomisos en aduana y destino de lo "
     "incautado",
     "Los cartuchos de tóner y de tinta falsificados, que imitan la caja, el holograma y el chip "
     "de las marcas, llegan a México en contenedores y por paquetería y se venden en tianguis, "
     "papelerías y tiendas en línea como originales. Además de engañar al comprador, suelen "
     "llevar tóner de mala calidad que ensucia las impresoras y se vuelven residuos en pocas "
     "semanas. Este foro, organizado en la Ciudad de México por el instituto de la propiedad "
     "industrial con la agencia de aduanas, la procuraduría del consumidor y la autoridad "
     "ambiental, presenta los decomisos de los últimos años, enseña a distinguir un cartucho "
     "original de uno falsificado o simplemente recargado, y discute qué hacer con los cientos de "
     "miles de cartuchos incautados: en lugar de triturarlos y llevarlos al relleno sanitario, "
     "propone desarmarlos y reciclar plásticos y metales con empresas autorizadas. Participan "
     "fabricantes, remanufacturadores y recicladores. Los medicamentos y juguetes piratas se "
     "mencionan solo como comparación.",
     ("cartuchos de tóner", "cartuchos de tinta", "falsificación", "decomisos", "eventos"),
     ("MX",), "2025-06"),
)  # fmt: skip
