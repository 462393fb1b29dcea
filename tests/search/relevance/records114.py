"""Clearing-house records of the hundred-and-fourteenth judged relevance set
(tests/search/relevance/queries114.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: energy and water pages on
hydraulic ram pumps (the hydrams that lift spring water to the upland villages of Negros Occidental
and Antique in the Philippines; an offer of béliers hydrauliques, or pompes à bélier, made
by a workshop of Bafoussam for the villages of western Cameroon; a Honduran guide to the bomba
de ariete, the carnero hidráulico, of the juntas de agua of Intibucá and Lempira); chemicals,
consumer safety and trade pages on dimethyl fumarate, the anti-mould biocide of the sachets shipped
with furniture and shoes (the toxic sofas of 2007 and 2008 in the United Kingdom; a dataset of
the French controls of the fumarate de diméthyle, the DMFu, in imported shoes and furniture;
a need to detect the fumarato de dimetilo of the bolsitas antihumedad in the calzado and muebles
imported into Chile); health and chemicals pages on laundry detergent capsules (the poison center
exposures of young children to laundry packets, or pods, in the United States; a Swiss fiche de
prévention on the capsules de lessive, or dosettes; a Spanish project on the envases, warnings
and bitter film of the cápsulas de detergente para la ropa); waste pages on carpet recycling
(the carpet stewardship programme of California; the réemploi of the dalles de moquette of the
offices of La Défense and Île-de-France; the moqueta ferial of the trade fair grounds of Madrid
and Barcelona); pollution and chemicals pages on brake pads (the Better Brakes laws that took the
copper out of the pads sold in Washington and California; a colloque in Lyon on the particules de
freinage of the plaquettes de frein; a need to take the balatas con asbesto, the asbestos brake
pads and shoes, out of Mexico's workshops); waste pages on unsold sheep's wool (the strong wool of
New Zealand's hill-country farms, burnt or buried for want of buyers; a dataset on the laine de
mouton shorn, stored and eliminated in France; a need to collect and use the lana of the merino
flocks of Extremadura, an animal by-product of category 3, a SANDACH, in Spain); pollution and
waste pages on pump-out stations for the sewage of recreational boats (an offer of federal grants
for pump-out stations and pump-out boats in the United States; a French guide to the eaux noires
and eaux grises of the bateaux de plaisance for the ports de plaisance; a need for estaciones de
bombeo de aguas negras for the yachts and lanchas of the bay of Cartagena in Colombia); noise and
enforcement pages on sound limiters in music venues (a London borough's guidance on noise limiters
in pubs and clubs; a case study of the limiteurs de pression acoustique of the bars musicaux of
Lyon; a dataset of the limitadores-registradores of the locales de ocio of Valencia); chemicals
and enforcement pages on the inspection of pesticide sprayers (the testing of pesticide application
equipment in Ireland; a need for the contrôle technique des pulvérisateurs in Morocco; a project
for the inspección y calibración of the pulverizadoras, the mosquitos, of Córdoba in Argentina);
and air pollution pages on festive bonfires (the particle peaks of Bonfire Night across the United
Kingdom; a Walloon guide to the grands feux, the bûchers of carnival and Lent; a project to burn
the años viejos, the New Year's Eve monigotes of Quito and Guayaquil, without toxic smoke in
Ecuador). English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records113.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (ram pump, hydraulic ram, hydram, water hammer, bélier,
bélier hydraulique, pompe à bélier, coup de bélier, ariete, bomba de ariete, golpe de ariete,
carnero hidráulico, water-powered pump, water wheel, noria, rope pump, bomba de mecate, motricité
humaine; dimethyl fumarate, DMF, DMFu, fumarate, fumarato, anti-mould, antimoisissure, antihumedad,
antimoho, desiccant, déshydratant, desecante, sofa, canapé, sofá, fauteuil, sillón, upholstery,
tapissé, tapizado, dermatitis, dermatite, eczéma; laundry, laundry pod, laundry packet,
detergent, détergent, detergente, lessive, capsule, dosette, cápsula, lave-linge, lavadora,
washing machine; carpet, rug, broadloom, carpet tile, moquette, dalle, tapis, moqueta, alfombra,
tapete, floor covering, revêtement de sol, nylon, polyamide; brake, brake pad, brake dust, frein,
freinage, plaquette, freno, pastilla, balata, non-exhaust, hors échappement, tyre wear, usure
des pneus, desgaste de neumáticos, Better Brakes; wool, fleece, shearing, laine, toison, tonte,
lana, vellón, esquila, esquileo; pump-out, holding tank, blackwater, sewage, no-discharge,
marina, yacht, plaisance, port de plaisance, eaux noires, eaux grises, aguas negras, aguas
grises, puerto deportivo, Clean Vessel; limiter, noise limiter, limiteur, limitador, amplified,
amplifié, nightclub, discothèque, discoteca, boîte de nuit, ocio nocturno, vie nocturne,
nightlife, decibel; sprayer, pulvérisateur, pulverizador, pulverizadora, fumigadora, nozzle,
buse, boquilla, application equipment, calibration, étalonnage, calibración, ITEAF, Certiphyto,
drift, dérive, deriva; bonfire, Guy Fawkes, feu de joie, grand feu, bûcher, hoguera, fogata,
años viejos, monigote, Fallas, Saint-Jean, open burning, brûlage à l'air libre, quema a cielo
abierto). Screened and dropped as covered: lead chromate in turmeric (z07-z09), calcium carbide
ripening (bo25-bo27), methanol in illicit alcohol (bc16-bc18), silicosis from engineered stone
(bh25, bh27), formalin on fish (dj01-dj03), bisphenols in till receipts (dj04-dj06), creosote
railway sleepers (bb13-bb15), tattoo inks (bo28-bo30), keratin hair straightening (cl01-cl03),
kohl (bg22-bg24), wet wipes (dd07-dd09), disposable vapes (bk04-bk06), CO2 monitors in classrooms
(dn28-dn30), dog faeces (cr04-cr06), ice rinks (df07-df09), the lead of aviation gasoline
(cj01-cj03), button cells (bn22, bn23), lead fishing sinkers (named by the lead shot review u25,
as set 80 found), embalming (eh01-eh03), old chemicals in school laboratories (j28-j30), GloFish
(bh13-bh15), unauthorised orange GM petunias (cv22-cv24), the pink GM pineapple (bm13-bm15), coffee
capsules (cp19-cp21), retained-heat cookers (the paniers isolants, or marmites norvégiennes, of
the solar cooker offer for the camps of eastern Chad, bz20, whose title names them), seeds coated
with neonicotinoids (w01), trolleybuses (a golden page compares fuel cell buses with trolleybuses
and battery-electric buses), fuel adulteration (next to the kpayo of ca08 and the huachicol pages
of records88), detector dogs at borders (the sniffer dog pages bb25-bb27) and oral rabies vaccine
baits (bt13), besides the topics of sets 42 to 113 and those their docstrings list as covered;
screened with no or passing hits but not chosen: nicotine pouches (no hit, a tobacco control
topic), cemetery candles (no hit, but next to the cemetery pages of records59), drinking water
sachets (named in passing by the plastic litter pages of records90 and records92), animal cloning
(no record, but named by the GM livestock screening of records58) and treated utility poles (next
to the creosote sleepers).

The nearest are judged 1: the guide to port reception facilities for the small ports of the
Wider Caribbean Special Area (cl25), which receive yachts among other ships and must size tanks
for the sewage that ships deliver, and the need for port reception facilities in the ports of
the Panama Canal (cl27), which asks for facilities to receive the aguas sucias of ships under
Annex IV of MARPOL among other wastes, both judged 1 to the plain queries on the pump-out of
boat sewage and to "eaux noires -Colombie", and cl25, a guide, to "pump-out guidance" (cl26,
at Lomé, receives no sewage). All the other hits are passing or about other things, judged 0:
the micro-hydropower pages (cl16-cl18), the solar irrigation pumps (el19-el21), the water wheel
that drives a litter interceptor (dt01) and the rope pump of a wetland need (cm15), no ram pump;
the fumigated containers of shoes and furniture (cn22-cn24), the chromium of cement that causes
contact dermatitis (ed01-ed03) and the black henna page (bi24), no dimethyl fumarate; the laundry
detergent capsules named among the hazardous products sold online (eb13), the phosphates in
detergents (eb04-eb06), the microfibres of washing machines (ch26, ch27), the slime of eh17, the
caustic soda swallowed by children (ej04-ej06) and the coffee capsules (cp19-cp21), no laundry
capsule page; the artificial turf pitches, carpets of plastic grass (ch16-ch18), and the carpet
vipers of bn28; the 6PPD-quinone of tyre wear that kills coho salmon (bv07-bv09), the brake dust of
metro air (dx10-dx12), the brake fluid of end-of-life vehicles and of adulterated syrups (bc22,
bk01) and the brakes checked by vehicle inspection (dl11, dl12); the vicuña fibre (z13-z15)
and the shahtoosh wool (be01), no sheep's wool, and the SANDACH of the fallen stock page en09;
the port reception facility at Lomé (cl26), the bilge water of the illegal discharge pages
(en25-en27), the anchors of pleasure boats on the posidonia meadows (v41) and the expired flares
of pleasure boats (en28-en30); the noise maps and meters (w13-w15), the leaf blowers (cv07-cv09),
the noise cameras (en22-en24), the car-free days (dz07-dz09), the nitrous oxide of ocio nocturno
(cj06) and the speed limiters of trucks (ct20); the safe-use manual that names the calibration
of sprayers (n08), the dicamba drift need whose mosquitos are self-propelled sprayers (dl03),
the spray drones (dn01-dn03), the copper guide that says to adjust sprayers (dz02) and the comic
« Koffi et le pulvérisateur » (dx26); and the open burning of waste (e4, n25, q16), the burn
pits (eh07-eh09), the fireworks pages (u19-u21), the sky lanterns (bp25, bp26), the Christmas tree
pages of records101 and the flares burned in hogueras (en30). No earlier record names a ram pump,
dimethyl fumarate, a carpet in the sense of a floor covering, brake pads, waste sheep's wool,
a pump-out station, a sound limiter, the inspection of sprayers or a festive bonfire.

records110.py, records111.py, records112.py and records113.py (ids el01..el30, em01..em30,
en01..en30 and eo01..eo30), the most recent earlier files, were searched like the others:
their only hits on this set's words are the solar irrigation pumps (el19-el21), the hair booms
laid in the ports de plaisance (el14), the plaisanciers who report basking sharks (em02), the
pulvérisations that expose the rheas of the Cerrado (eo11), the brake dust and detergent in the
car wash water of Kampala (en04), the SANDACH of the fallen stock page (en09), the bilge water of
the illegal discharge pages (en25-en27), the flares of yachts and plaisanciers (en28, en29) and the
flares burned in hogueras (en30); none of their records answers a query of this set. records115.py
(ids eq..), written at the same time by another engineer on biodiversity topics, is not part of
this set's pool, and no query of this set was judged against it.

Traps: the diesel pumps, solar pumps, vegetable gardens and typhoons of ep01 (0 to solar pumps);
the motopompes, bornes-fontaines, maraîchage and pompes à motricité humaine of ep02 (0 to hand
pumps); the crecidas, juntas de agua and cloración of ep03 (0 to water chlorination); the China
of origin, the flame retardants in upholstery, REACH and market surveillance of ep04 (0 to flame
retardants); the chrome VI du cuir, the douanes and the alertes rapides of ep05 (0 to chromium
in leather); the moho, the sílica gel of the sobres desecantes and the aduanas of ep06; the
dishwasher tablets, household cleaners and dementia of ep07; the pastilles pour lave-vaisselle,
eau de Javel and centre d'information toxicologique of ep08 (0 to bleach and poison centres);
the lejía, ambientadores, limpiahornos and ventas por internet of ep09 (0 to online sales of
chemicals); the mattresses, cement kilns and calcium carbonate of ep10 (0 to mattresses and
co-processing); the faux plafonds, cloisons, PVC and bitume of ep11; the automoción, macetas,
cinta adhesiva and residuos de alimentos of ep12; the coho salmon, stormwater, asbestos, mercury
and tyre wear particles of ep13 (0 to 6PPD-quinone and tyre wear); the filtres à particules,
voitures électriques, Euro 7, bus and air des métros of ep14 (0 to metro air and electric
vehicles); the asbestosis, mesotelioma, refaccionarias and láminas de fibrocemento of ep15
(0 to asbestos roofing); the carpets and rugs, polystyrene boxes, riparian planting and sheep
dips of ep16 (0 to carpet recycling, polystyrene and sheep dips); the sous-produits animaux,
feutre, isolant, paillage and lait de brebis de Roquefort of ep17; the SANDACH, trashumancia
and cañadas reales of ep18 (0 to fallen stock and transhumance); the bilge water, fuel spills
and shellfish beds of ep19 (0 to oil discharges); the parcs à huîtres, aires de carénage
and déchets d'hydrocarbures of ep20 (0 to antifouling and careening); the arrecifes de coral,
dragado and derrames de combustible of ep21 (0 to coral reefs and dredging); the smoking areas,
sound insulation and crowds at closing time of ep22; the audition of the public, afficheurs,
terrasses and fermetures administratives of ep23; the botellón, terrazas and fiestas falleras of
ep24 (0 to the Fallas bonfires); the pesticide sales, residues and knapsack sprayers of ep25 (0 to
pesticide residues); the serres, agrumes, résidus at export and emballages vides de pesticides
of ep26 (0 to empty pesticide containers); the soja, escuelas, avionetas and drones of ep27 (0
to spray drones and aerial spraying); the fireworks, strontium, barium and wood-burning stoves of
ep28 (0 to fireworks and wood stoves); the sapins de Noël, dioxines, feux d'artifice and dépôts
sauvages of ep29 (0 to Christmas trees, fireworks and fly-tipping); and the petardos, pirotecnia,
llantas and quemaduras of ep30 (0 to fireworks); the fleeces burnt on the farms of ep16, ep17 and
ep18 are no festive bonfire (0 to the bonfire queries). For the country and exclusion queries: ep01
names only the Philippines; ep02 only Cameroon; ep03 only Honduras; ep04 the United Kingdom (China
as the origin of the sofas; the European Union); ep05 France (the European Union); ep06 Chile
(the European Union, where the biocide is banned); ep07 only the United States; ep08 Switzerland
(the European rules); ep09 only Spain; ep10 only the United States (California); ep11 only France;
ep12 only Spain; ep13 only the United States; ep14 France (the European norm); ep15 only Mexico;
ep16 only New Zealand; ep17 France (Asian markets); ep18 only Spain; ep19 only the United States,
which its text calls federal; ep20 only France; ep21 only Colombia; ep22 the United Kingdom (a
London borough); ep23 only France; ep24 only Spain; ep25 Ireland (the European directive); ep26
only Morocco; ep27 only Argentina; ep28 only the United Kingdom; ep29 Belgium (Wallonia); ep30
only Ecuador.

Ids (ep01..ep30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
el01..el30, em01..em30, en01..en30, eo01..eo30), and no earlier id starts with "ep".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- hydraulic ram pumps ---------------------------------------------------------------------
    ("ep01", "project", "en",
     "Hydraulic ram pumps for upland villages of Negros and Antique: water lifted without fuel or "
     "electricity",
     "In the hills of Negros Occidental and Antique, many villages sit far above the springs and "
     "streams that could supply them, and women and children carry water uphill for hours each "
     "day. A hydraulic ram pump, or hydram, needs neither fuel nor electricity: the water hammer "
     "of a stream falling through a drive pipe pushes a small part of the flow up to a tank as "
     "much as 100 metres higher. This project, run by a Filipino engineering foundation with the "
     "provincial governments and barangay water associations, makes ram pumps from standard "
     "galvanised fittings in a local workshop, installs them with the villagers, who dig the "
     "trenches and build the tanks, and trains caretakers to replace the rubber valves. It "
     "measures the water delivered, the hours of carrying saved, the vegetable gardens irrigated "
     "and the diesel pumps replaced. Solar pumps were considered for sites without a fall of "
     "water. Typhoon damage to the intakes is a recurring risk.",
     ("ram pumps", "rural water supply", "renewable energy", "water-powered pumping", "projects"),
     ("PH",), "2024-05"),
    ("ep02", "support-source", "fr",
     "Offre : fabrication et installation de pompes à bélier pour les villages des hautes terres "
     "de l'Ouest du Cameroun",
     "Dans les hautes terres de l'Ouest camerounais, de nombreux villages sont perchés au-dessus "
     "des rivières, et les motopompes qui pourraient y monter l'eau tombent vite en panne faute "
     "de carburant et de pièces. Un atelier de mécanique de Bafoussam, soutenu par une ONG "
     "d'hydraulique villageoise, offre aux communes, aux comités de gestion des points d'eau et "
     "aux groupements maraîchers la fabrication et la pose de béliers hydrauliques : ces pompes "
     "sans moteur utilisent le coup de bélier d'une chute d'eau de quelques mètres pour refouler "
     "une partie du débit vers un réservoir situé bien plus haut, jour et nuit. L'offre comprend "
     "l'étude du site (débit, hauteur de chute, dénivelé à franchir), des béliers en acier de "
     "trois tailles, la pose avec la main-d'œuvre du village, la formation de deux fontainiers "
     "par site et un stock de clapets et de joints. Les bornes-fontaines et l'irrigation du "
     "maraîchage de contre-saison sont possibles. Les forages équipés de pompes à motricité "
     "humaine relèvent d'un autre programme.",
     ("béliers hydrauliques", "pompes à bélier", "hydraulique villageoise", "énergie renouvelable",
      "offres"),
     ("CM",), "2024-02"),
    ("ep03", "document", "es",
     "Guía para instalar y mantener bombas de ariete hidráulico en los sistemas de agua rurales",
     "En las montañas de Honduras, muchas comunidades tienen la quebrada abajo y las casas "
     "arriba, y las juntas administradoras de agua no pueden pagar la electricidad ni el "
     "combustible de una bomba. La bomba de ariete, que en algunas zonas llaman carnero "
     "hidráulico, aprovecha el golpe de ariete que se produce cuando una válvula se cierra de "
     "golpe en la tubería de impulsión para elevar, sin motor, una parte del agua hasta un tanque "
     "situado muy por encima de la fuente. Esta guía, preparada por el ente regulador de los "
     "servicios de agua con una escuela técnica agrícola, explica cómo medir el caudal y la caída "
     "disponibles, calcular cuánta agua llegará arriba, construir la caja de captación y la "
     "tubería de impulsión, armar un ariete con accesorios de hierro galvanizado, proteger la "
     "bomba de las crecidas y ajustar la válvula de impulso. Incluye fichas de mantenimiento para "
     "los fontaneros comunitarios y ejemplos de Intibucá y Lempira. La cloración del agua se "
     "trata en otra guía.",
     ("bombas de ariete", "agua rural", "juntas de agua", "energía renovable", "guías"),
     ("HN",), "2023-08"),
    # --- dimethyl fumarate -----------------------------------------------------------------------
    ("ep04", "case-study", "en",
     "Toxic sofas: the dimethyl fumarate burns of 2008 and the ban that followed",
     "In 2007 and 2008, thousands of people in the United Kingdom developed painful rashes, "
     "blisters and eye and breathing problems after buying leather sofas and armchairs made in "
     "China and sold by several large retailers. Investigators traced the burns to small sachets "
     "tucked inside the furniture and its packaging to stop mould during shipping: they contained "
     "dimethyl fumarate (DMF), a biocide that evaporated, passed through clothing into the skin "
     "and caused severe contact dermatitis. This case study follows how dermatologists linked the "
     "cases, how trading standards officers and the retailers recalled the sofas, the group "
     "litigation that won compensation for some 1,600 claimants, and the European decision of "
     "2009, later written into REACH, that bans consumer products containing more than 0.1 mg/kg "
     "of DMF. It discusses the weakness of border controls on biocides hidden in imported goods "
     "and the lessons for market surveillance. Flame retardants in upholstery are not covered.",
     ("dimethyl fumarate", "contact dermatitis", "consumer product safety", "biocides",
      "case studies"),
     ("GB",), "2023-10"),
    ("ep05", "dataset", "fr",
     "Fumarate de diméthyle dans les chaussures et les meubles importés : résultats des "
     "contrôles, 2009-2024",
     "Après les cas d'eczéma sévère provoqués en 2008 par des fauteuils et des chaussures "
     "contenant des sachets antimoisissure, la France a interdit, avant l'Union européenne, la "
     "mise sur le marché des produits contenant du fumarate de diméthyle (DMFu), un biocide très "
     "sensibilisant qui s'évapore des sachets et imprègne le cuir et les textiles. Ce jeu de "
     "données, établi par le service de contrôle des produits de consommation avec les "
     "laboratoires publics d'analyse et les douanes, donne par année les prélèvements effectués "
     "dans les ports, les entrepôts des importateurs et les magasins, la catégorie de produit "
     "(chaussures, canapés, sacs, gants, vêtements en cuir), le pays d'origine déclaré, les "
     "teneurs mesurées, les non-conformités, les retraits et les rappels, ainsi que les alertes "
     "transmises au système européen d'alerte rapide. Il montre la forte baisse des cas positifs "
     "après 2012, mais aussi des résurgences dans des chaussures vendues en ligne. Le chrome VI "
     "du cuir, mesuré dans les mêmes prélèvements, fait l'objet d'un autre jeu de données.",
     ("fumarate de diméthyle", "biocides", "sécurité des produits", "contrôles", "données"),
     ("FR",), "2024-09"),
    ("ep06", "need", "es",
     "Necesidad: detectar el fumarato de dimetilo en calzado y muebles importados",
     "Chile importa casi todo su calzado y gran parte de sus muebles tapizados, y en los "
     "contenedores que cruzan el Pacífico viajan a menudo bolsitas antihumedad para evitar el "
     "moho. Algunas contienen fumarato de dimetilo, un biocida prohibido en la Unión Europea "
     "desde 2009 porque causa dermatitis de contacto graves, con quemaduras, ampollas y "
     "reacciones que duran meses. En los servicios de dermatología de Santiago y Concepción se "
     "han descrito casos sospechosos tras estrenar zapatos o sillones, pero el país no tiene un "
     "límite legal ni un laboratorio que analice este compuesto de forma rutinaria. El servicio "
     "nacional del consumidor, con el instituto de salud pública y el servicio de aduanas, "
     "solicita apoyo para validar un método de análisis, muestrear productos en puertos y "
     "tiendas, redactar una norma que prohíba su uso en productos de consumo y formar a los "
     "dermatólogos para notificar los casos. La sílica gel de los sobres desecantes, inocua, no "
     "es objeto de esta solicitud.",
     ("fumarato de dimetilo", "dermatitis de contacto", "seguridad de los productos", "calzado",
      "necesidades"),
     ("CL",), "2024-06"),
    # --- laundry detergent capsules --------------------------------------------------------------
    ("ep07", "dataset", "en",
     "Laundry detergent packets and young children: poison center exposures in the United States, "
     "2012-2024",
     "Single-load liquid laundry packets, the colourful, squishy pods that dissolve in the wash, "
     "appeared in American supermarkets in 2012, and within months poison centers were taking "
     "calls about toddlers who had bitten into them. The concentrated detergent can cause "
     "repeated vomiting, drowsiness, breathing difficulty when it is inhaled into the lungs, and "
     "serious eye burns when a packet bursts. This dataset, compiled from the national poison "
     "data system by the consumer product safety agency, gives for each year and state the "
     "exposures reported among children under six and among older adults with dementia, the "
     "routes of exposure, the medical outcomes, the hospital admissions and the deaths. It marks "
     "the dates of the voluntary industry standard of 2015, which required opaque containers, "
     "child-resistant closures, a bitter coating and a stronger film, and shows the fall in calls "
     "that followed. Dishwasher tablets and other household cleaners are recorded separately.",
     ("laundry detergent packets", "child poisoning", "poison centers", "consumer product safety",
      "datasets"),
     ("US",), "2024-10"),
    ("ep08", "document", "fr",
     "Capsules de lessive : fiche de prévention pour les parents, les crèches et les mamans de "
     "jour",
     "Les capsules de lessive liquide, ou dosettes, ressemblent à des bonbons ou à des jouets : "
     "les jeunes enfants les mordent, les serrent jusqu'à ce qu'elles éclatent ou se frottent les "
     "yeux avec des mains pleines de produit. Le centre suisse d'information toxicologique reçoit "
     "chaque année des centaines d'appels à leur sujet. Cette fiche, rédigée par le centre avec "
     "l'office fédéral de la santé publique et des associations de parents, explique pourquoi ce "
     "détergent concentré est plus dangereux que la lessive ordinaire (vomissements, fausse route "
     "avec atteinte des poumons, brûlures de la cornée), rappelle l'étiquetage imposé par les "
     "règles européennes sur la classification des mélanges, reprises en Suisse, et donne les "
     "bons gestes : ranger les capsules en hauteur dans leur boîte fermée, ne pas les laisser sur "
     "la machine, rincer la bouche ou les yeux pendant quinze minutes et appeler le 145. Les "
     "pastilles pour lave-vaisselle et l'eau de Javel sont traitées dans d'autres fiches.",
     ("capsules de lessive", "intoxications des enfants", "produits ménagers", "prévention",
      "lignes directrices"),
     ("CH",), "2023-11"),
    ("ep09", "project", "es",
     "Proyecto: envases, etiquetas y campaña sobre las cápsulas de detergente para la ropa",
     "En España, las cápsulas de detergente líquido para la lavadora son ya uno de los primeros "
     "motivos de consulta al servicio de información toxicológica por niños menores de cinco "
     "años, por delante de la lejía. Este proyecto, coordinado por la dirección general de "
     "consumo con el servicio de información toxicológica, las comunidades autónomas y la "
     "asociación de fabricantes de detergentes, comprueba en tiendas, supermercados y ventas por "
     "internet que los envases de las cápsulas sean opacos, se cierren con un mecanismo difícil "
     "de abrir para un niño y lleven las advertencias obligatorias, y que la película de las "
     "cápsulas contenga un agente amargo y resista la presión. Las inspecciones se completan con "
     "una campaña en centros de salud y escuelas infantiles, con carteles y vídeos que recuerdan "
     "guardar las cápsulas fuera del alcance y llamar al teléfono de toxicología. El proyecto "
     "analiza además los casos de lesiones oculares. Los ambientadores y los limpiahornos quedan "
     "fuera.",
     ("cápsulas de detergente", "intoxicaciones infantiles", "productos de limpieza",
      "inspección de consumo", "proyectos"),
     ("ES",), "2024-03"),
    # --- carpet recycling ------------------------------------------------------------------------
    ("ep10", "dataset", "en",
     "Carpet stewardship in California: carpet collected, recycled and landfilled, 2011-2024",
     "Carpet is one of the bulkiest items in American landfills: California alone discards "
     "several hundred thousand tonnes a year of broadloom and carpet tiles from homes, offices "
     "and hotels, most of it nylon or polyester face fibre on a backing of polypropylene, latex "
     "and calcium carbonate filler. Since 2011 a state law has made manufacturers responsible for "
     "a stewardship programme paid for by a fee on every square yard sold. This dataset, "
     "published by the state recycling agency from the reports of the stewardship organisation, "
     "gives for each year the carpet sold, the post-consumer carpet collected at drop-off sites "
     "and from flooring retailers, the tonnes recycled into new fibre, engineered resins and "
     "carpet cushion, the tonnes burned as fuel in cement kilns and the tonnes landfilled, with "
     "the subsidies paid to processors. It also records the closures of recycling plants and the "
     "penalties imposed when targets were missed. Mattresses, which have their own programme, are "
     "not included.",
     ("carpet recycling", "extended producer responsibility", "textile waste", "landfill diversion",
      "datasets"),
     ("US",), "2024-07"),
    ("ep11", "project", "fr",
     "Projet : réemploi et recyclage des dalles de moquette des bureaux franciliens",
     "Dans les tours et les immeubles de bureaux d'Île-de-France, les moquettes sont souvent "
     "arrachées à chaque changement de locataire, bien avant d'être usées, et partent en "
     "enfouissement ou en incinération. Ce projet, porté par un réseau d'entreprises du réemploi "
     "avec des propriétaires de bureaux du quartier de La Défense, des fabricants de revêtements "
     "de sol et l'agence régionale de la transition écologique, organise la dépose soigneuse des "
     "dalles de moquette, leur tri, leur nettoyage et leur revente pour équiper des associations, "
     "des écoles et de nouveaux bureaux. Les dalles trop abîmées sont envoyées à un fabricant qui "
     "sépare le velours en polyamide de la sous-couche en bitume ou en PVC pour en refaire du "
     "fil. Le projet mesure les tonnages détournés, les émissions évitées et le coût comparé "
     "d'une moquette neuve, et rédige un cahier des charges type pour les chantiers de "
     "réaménagement. Les faux plafonds et les cloisons, autres déchets de ces chantiers, sont "
     "traités ailleurs.",
     ("dalles de moquette", "réemploi", "recyclage", "déchets du bâtiment", "projets"),
     ("FR",), "2024-01"),
    ("ep12", "case-study", "es",
     "Moqueta ferial: de un solo uso a material reciclado en los recintos de Madrid y Barcelona",
     "Cada feria, congreso o salón que se celebra en los grandes recintos feriales de Madrid y "
     "Barcelona cubre decenas de miles de metros cuadrados de pasillos y estands con moqueta "
     "nueva, que se arranca y se tira a los pocos días. Durante años esa moqueta ferial, de "
     "polipropileno punzonado, acababa en el vertedero mezclada con cinta adhesiva, restos de "
     "comida y carpintería de los estands. Este estudio de caso describe cómo los dos recintos, "
     "con las empresas montadoras y un reciclador de plásticos de Castilla-La Mancha, cambiaron "
     "los contratos para exigir moqueta de un solo material y sin cola, retirarla en rollos "
     "limpios y convertirla en granza para piezas de automoción y macetas. Presenta las toneladas "
     "recuperadas, los costes, las ferias que optaron por alfombras reutilizables y los problemas "
     "que quedan, como la moqueta de colores y la que se recoge mojada. La gestión de los "
     "residuos de alimentos de los congresos no se aborda.",
     ("moqueta ferial", "reciclaje", "ferias y congresos", "residuos de un solo uso",
      "estudios de caso"),
     ("ES",), "2023-12"),
    # --- brake pads ------------------------------------------------------------------------------
    ("ep13", "case-study", "en",
     "Better Brakes: how Washington and California took the copper out of brake pads",
     "Every time a car brakes, its pads shed a fine dust, and for decades many pads contained up "
     "to a fifth of copper by weight. Washed off roads by rain, that copper reached streams and "
     "bays, where even low concentrations dull the sense of smell of young coho salmon and leave "
     "them unable to detect predators. Stormwater agencies around San Francisco Bay and Puget "
     "Sound found that brake pads were the largest source of copper in urban runoff. This case "
     "study follows the state laws of 2010, known as the Better Brakes laws, which required brake "
     "friction materials to contain less than 5 percent copper by 2021 and less than 0.5 percent "
     "by 2025, with limits on asbestos, cadmium, chromium, lead and mercury; the agreement with "
     "vehicle and brake manufacturers that extended them to the whole country; the leaf mark "
     "printed on the boxes; and the monitoring of copper in runoff. Tyre wear particles are "
     "mentioned only as the next problem.",
     ("brake pads", "copper", "stormwater", "coho salmon", "case studies"),
     ("US",), "2023-06"),
    ("ep14", "event", "fr",
     "Colloque : les particules de freinage, une pollution hors échappement à mesurer et à "
     "réduire",
     "Grâce aux filtres à particules, les véhicules récents émettent très peu de particules à "
     "l'échappement, et l'usure des plaquettes et des disques de frein est devenue dans les "
     "villes l'une des premières sources de particules fines liées au trafic, y compris pour les "
     "voitures électriques. La norme européenne Euro 7 fixera pour la première fois une limite "
     "aux émissions des freins. Ce colloque, organisé à Lyon par un laboratoire public de "
     "recherche sur les transports avec l'agence de la transition écologique et les associations "
     "de surveillance de la qualité de l'air, réunit chercheurs, constructeurs, équipementiers et "
     "collectivités autour des méthodes de mesure sur banc d'essai, de la composition des "
     "plaquettes (cuivre, antimoine, fer, baryum), du freinage par récupération d'énergie et des "
     "systèmes qui aspirent les poussières à la source. Une session porte sur les bus et les "
     "poids lourds urbains. L'air des métros, étudié ailleurs, n'est évoqué qu'en introduction.",
     ("plaquettes de frein", "particules de freinage", "émissions hors échappement",
      "qualité de l'air", "événements"),
     ("FR",), "2024-11"),
    ("ep15", "need", "es",
     "Necesidad: sacar de los talleres mecánicos las balatas con asbesto",
     "En México, el asbesto sigue presente en muchas balatas, como se llaman las pastillas y "
     "zapatas de freno, sobre todo en las piezas baratas o de origen incierto que se venden para "
     "camiones, microbuses y autos viejos. Cuando los mecánicos de los talleres de barrio limpian "
     "los tambores con aire comprimido o lijan las balatas, respiran un polvo que puede causar "
     "asbestosis, cáncer de pulmón y mesotelioma décadas después, y lo llevan a casa en la ropa. "
     "La secretaría del trabajo, con la de salud, una universidad pública y una cámara de "
     "refaccionarias, solicita apoyo para analizar balatas compradas en refaccionarias y mercados "
     "de Ciudad de México, Guadalajara y Monterrey, formar a los mecánicos en métodos húmedos y "
     "protección respiratoria, preparar una norma que prohíba la importación y venta de balatas "
     "con asbesto y promover alternativas sin metales pesados. Pide también un registro de casos "
     "de mesotelioma. Las láminas de fibrocemento de las viviendas son objeto de otro programa.",
     ("balatas", "pastillas de freno", "asbesto", "salud ocupacional", "necesidades"),
     ("MX",), "2024-04"),
    # --- waste wool ------------------------------------------------------------------------------
    ("ep16", "project", "en",
     "Strong wool nobody buys: new uses for the coarse fleeces of New Zealand hill-country farms",
     "Most of New Zealand's wool comes from Romney and other crossbred sheep whose thick, strong "
     "fibre once went into carpets and rugs around the world. As synthetic fibres took over, the "
     "price of strong wool fell below the cost of shearing, and on many hill-country farms "
     "fleeces are now piled in woolsheds, buried or burnt, although sheep must still be shorn "
     "every year for their welfare. This project, run by a farmer-owned wool cooperative with a "
     "crown research institute and two start-ups, collects fleeces and low-value crutchings and "
     "belly wool and tests uses that do not need fine fibre: slow-release pellets that feed "
     "plants and hold water in potting mix, insulation batts for houses, biodegradable mulch mats "
     "for riparian planting, and liners that replace polystyrene in boxes of chilled seafood. It "
     "measures the nitrogen released, the moth and fire treatments required, farmers' returns and "
     "the carbon footprint compared with synthetic products. Residues of sheep dips in the fleece "
     "are also analysed.",
     ("strong wool", "waste wool", "sheep farming", "bio-based products", "projects"),
     ("NZ",), "2024-08"),
    ("ep17", "dataset", "fr",
     "Laine de mouton : volumes tondus, vendus, stockés et éliminés dans les élevages ovins "
     "français, 2015-2024",
     "La France compte environ cinq millions de brebis, dont la tonte produit chaque année plus "
     "de 10 000 tonnes de laine en suint. Depuis l'effondrement des cours, aggravé par la "
     "fermeture des marchés asiatiques en 2020, une grande partie de cette laine ne trouve plus "
     "preneur : les éleveurs la stockent dans les hangars, la brûlent ou l'enfouissent, alors "
     "qu'elle relève des sous-produits animaux et devrait être collectée. Ce jeu de données, "
     "réuni par l'interprofession de la filière ovine avec les coopératives de négoce et un "
     "observatoire régional, donne par année et par région le nombre de brebis tondues, les "
     "tonnages de laine collectés, vendus à l'export ou aux filatures françaises, stockés et "
     "éliminés, les prix payés aux éleveurs selon les races (mérinos d'Arles, Lacaune, races "
     "rustiques des montagnes), et les volumes valorisés en isolant, en feutre, en paillage ou en "
     "engrais. Il signale la quasi-disparition des lavages de laine du pays. Le lait de brebis "
     "livré aux caves de Roquefort n'y figure pas.",
     ("laine", "sous-produits animaux", "élevage ovin", "valorisation des déchets", "données"),
     ("FR",), "2024-12"),
    ("ep18", "need", "es",
     "Necesidad: recoger y valorizar la lana de las explotaciones ovinas de Extremadura",
     "En Extremadura, tierra de ovejas merinas, el esquileo sigue siendo obligatorio cada "
     "primavera, pero la lana se paga hoy a unos céntimos el kilo y a menudo no cubre ni el "
     "jornal del esquilador. Miles de vellones se amontonan en naves y cortijos o se queman en el "
     "campo, aunque la normativa la clasifica como subproducto animal no destinado al consumo "
     "humano (SANDACH) de categoría 3, que debe entregarse a un gestor autorizado. Las "
     "organizaciones agrarias, con la consejería de agricultura y una cooperativa ganadera, "
     "solicitan apoyo para organizar puntos de recogida en las comarcas de La Serena y Tierra de "
     "Barros, recuperar un lavadero industrial de lana, estudiar usos como aislante para la "
     "construcción, fertilizante o fieltro, y crear una marca de lana merina extremeña para la "
     "artesanía y la moda. Piden además ayudas para el transporte. La trashumancia y las cañadas "
     "reales, que interesan a los mismos ganaderos, se tratan en otra solicitud.",
     ("lana de oveja", "SANDACH", "ganadería ovina", "valorización de residuos", "necesidades"),
     ("ES",), "2024-05"),
    # --- boat sewage pump-out --------------------------------------------------------------------
    ("ep19", "support-source", "en",
     "Offer: grants to build and run pump-out stations and pump-out boats for recreational "
     "boaters",
     "Recreational boats with toilets store their sewage in holding tanks, and where there is "
     "nowhere convenient to empty them, some boaters discharge the waste overboard, raising "
     "bacteria and nutrient levels in marinas, swimming areas and shellfish beds. Under a federal "
     "programme funded from taxes on fishing equipment and motorboat fuel, the national fish and "
     "wildlife agency offers states competitive grants to build, renovate and operate pump-out "
     "stations at marinas, floating restrooms and pump-out boats that visit moored vessels, and "
     "dump stations for portable toilets. Grants cover up to three quarters of the cost and may "
     "pay for materials that tell boaters where the nearest pump-out is and why no-discharge "
     "zones matter. Priority goes to coastal and inland waters with many boats and few "
     "facilities. This offer sets out eligibility, the fees that stations may charge, the "
     "maintenance plans required and the map of working pump-outs. Bilge water and fuel spills at "
     "marinas are addressed by other programmes.",
     ("pump-out stations", "boat sewage", "marinas", "recreational boating", "grants"),
     ("US",), "2024-02"),
    ("ep20", "document", "fr",
     "Eaux noires et eaux grises des bateaux de plaisance : guide pour les gestionnaires de ports "
     "et les plaisanciers",
     "Depuis 2008, les bateaux de plaisance neufs vendus en France doivent être équipés de "
     "réservoirs ou de dispositifs de traitement des eaux noires, et le rejet de celles-ci est "
     "interdit dans les ports, les mouillages organisés et les zones de baignade. Beaucoup de "
     "ports n'ont pourtant pas encore de pompe de récupération accessible, et des plaisanciers "
     "vident leurs toilettes marines en mer, parfois près des parcs à huîtres et des plages. Ce "
     "guide, édité par la fédération des ports de plaisance avec une agence de l'eau et une "
     "association de plaisanciers, explique comment choisir et installer une station de pompage "
     "des eaux noires et grises sur un quai ou un ponton, la raccorder au réseau "
     "d'assainissement, l'entretenir et la signaler ; il précise les obligations des plaisanciers "
     "et des loueurs, et le rôle de ces équipements dans la certification des ports propres. Les "
     "aires de carénage et les déchets d'hydrocarbures font l'objet d'un autre guide.",
     ("eaux noires", "ports de plaisance", "stations de pompage", "assainissement",
      "lignes directrices"),
     ("FR",), "2023-04"),
    ("ep21", "need", "es",
     "Necesidad: estaciones de bombeo de aguas negras para yates y lanchas en la bahía de "
     "Cartagena",
     "En la bahía de Cartagena, en el Caribe colombiano, y en las islas del Rosario fondean cada "
     "temporada cientos de yates, veleros y lanchas turísticas, muchos con baño a bordo. Como las "
     "marinas de la ciudad apenas tienen una estación de bombeo y los tanques de aguas negras se "
     "llenan en pocos días, buena parte de las descargas sanitarias termina en el agua, en una "
     "bahía ya cargada de aguas residuales urbanas y cerca de arrecifes de coral y playas. La "
     "autoridad ambiental del distrito, con la capitanía de puerto, las marinas y la asociación "
     "de operadores náuticos, solicita apoyo para instalar estaciones de bombeo en tres muelles y "
     "una lancha de bombeo que recorra los fondeaderos, conectar todo al alcantarillado, formar a "
     "los capitanes y fijar sanciones para quien descargue en la bahía. Pide también monitorear "
     "coliformes en las playas más visitadas. El dragado del canal de acceso y los derrames de "
     "combustible son objeto de otros proyectos.",
     ("aguas negras de embarcaciones", "estaciones de bombeo", "marinas", "turismo náutico",
      "necesidades"),
     ("CO",), "2024-09"),
    # --- sound limiters --------------------------------------------------------------------------
    ("ep22", "document", "en",
     "Noise limiters in pubs, clubs and music venues: guidance for licensees and sound engineers",
     "Amplified music from pubs, nightclubs and late bars is one of the commonest noise "
     "complaints received by the environmental health team of a London borough, especially where "
     "flats have been built above or beside venues. A noise limiter is a device wired into the "
     "amplification system that measures the sound level and cuts or reduces the power when a "
     "pre-set level is exceeded, so that the music cannot be turned up after the officers have "
     "left. This guidance, written by the borough's licensing and environmental health services "
     "with acoustic consultants and venue operators, explains when a limiter may be made a "
     "condition of a premises licence, how the limit is set after measurements in the nearest "
     "home, how to seal the settings and keep a log, and how visiting DJs and bands must plug "
     "into the house system. It also covers sound insulation, lobbies and closing windows. Noise "
     "from smoking areas and crowds leaving at closing time is dealt with separately.",
     ("noise limiters", "amplified music", "licensed premises", "noise nuisance", "guidance"),
     ("GB",), "2024-03"),
    ("ep23", "case-study", "fr",
     "Sons amplifiés : bilan des limiteurs de pression acoustique dans les bars musicaux de Lyon",
     "Depuis le décret de 2017 sur les lieux diffusant des sons amplifiés, les bars, discothèques "
     "et salles de concert doivent respecter un niveau sonore maximal pour protéger l'audition du "
     "public et, lorsqu'ils jouxtent des logements, réaliser une étude de l'impact des nuisances "
     "sonores et souvent installer un limiteur de pression acoustique, qui bride la sono au-delà "
     "du niveau fixé et enregistre les niveaux. Cette étude de cas retrace trois années de "
     "contrôles menés à Lyon par le service communal d'hygiène et de santé avec la police "
     "municipale dans les quartiers de la Presqu'île et du Vieux-Lyon : nombre d'établissements "
     "équipés, limiteurs débranchés ou contournés, plaintes des riverains avant et après, "
     "médiation avec les exploitants et fermetures administratives. Elle montre aussi l'intérêt "
     "des afficheurs de niveau sonore pour le public et des zones de repos auditif. Le bruit des "
     "terrasses et des rassemblements sur la voie publique relève d'autres mesures.",
     ("limiteurs de pression acoustique", "sons amplifiés", "bruit de voisinage", "vie nocturne",
      "études de cas"),
     ("FR",), "2024-06"),
    ("ep24", "dataset", "es",
     "Limitadores-registradores de sonido en locales de ocio de Valencia: niveles y alarmas, "
     "2021-2024",
     "La ordenanza municipal de contaminación acústica de Valencia obliga a los bares con música, "
     "pubs, discotecas y salas de conciertos a instalar un limitador-registrador, un equipo que "
     "controla el volumen de la música, lo corta si supera el nivel autorizado para cada local y "
     "envía periódicamente sus registros por internet al ayuntamiento. Este conjunto de datos, "
     "publicado por el servicio municipal de contaminación acústica, reúne para cada local con "
     "licencia su ubicación, aforo y tipo, el nivel de emisión autorizado, los niveles "
     "registrados por franjas horarias, las alarmas por manipulación o desconexión del equipo, "
     "las denuncias vecinales, las inspecciones y las sanciones. Permite comparar las zonas "
     "acústicamente saturadas de Ciutat Vella, Ruzafa y Benimaclet con el resto de la ciudad, e "
     "incluye la metodología de verificación de los equipos por laboratorios acreditados. El "
     "ruido del botellón, de las terrazas y de las fiestas falleras no está incluido.",
     ("limitadores de sonido", "ocio nocturno", "contaminación acústica", "ruido de locales",
      "datos"),
     ("ES",), "2024-10"),
    # --- sprayer inspection ----------------------------------------------------------------------
    ("ep25", "dataset", "en",
     "Testing of pesticide application equipment in Ireland: inspections and faults found, "
     "2016-2024",
     "Under the European directive on the sustainable use of pesticides, every boom sprayer, "
     "orchard airblast sprayer and other application equipment in professional use must be tested "
     "by a registered inspector at least every three years, and a machine that fails may not be "
     "used until it is repaired. This dataset, published by the agriculture department, gives for "
     "each year and county the number of registered inspectors, the machines tested by type and "
     "age, those passed, failed and retested, and the faults found: worn or mismatched nozzles, "
     "leaking hoses and valves, faulty pressure gauges, damaged booms and missing anti-drip "
     "devices. It compares farmers' own sprayers with those of contractors, who spray most "
     "tillage land, and lists the small equipment, such as knapsack sprayers, that is exempt. The "
     "notes explain the test procedure and the international standard that inspectors follow. "
     "Pesticide sales and residue data are published separately.",
     ("sprayer testing", "pesticide application equipment", "sustainable use of pesticides",
      "inspections", "datasets"),
     ("IE",), "2024-04"),
    ("ep26", "need", "fr",
     "Besoin : mettre en place le contrôle technique des pulvérisateurs agricoles au Maroc",
     "Dans le Souss, le Saïss et le Gharb, les maraîchers, les arboriculteurs et les producteurs "
     "d'agrumes traitent leurs cultures avec des pulvérisateurs tractés, des atomiseurs et des "
     "appareils à dos dont beaucoup ont plus de vingt ans : buses usées, manomètres hors service, "
     "fuites et rampes tordues font perdre du produit, augmentent la dérive vers les habitations "
     "et les cours d'eau, et laissent sur les fruits et légumes exportés des résidus au-delà des "
     "limites. Le Maroc n'impose pas encore de contrôle périodique des appareils. L'office "
     "national de sécurité sanitaire des produits alimentaires, avec une école d'agronomie et des "
     "associations de producteurs exportateurs, demande un appui pour équiper trois bancs d'essai "
     "mobiles, former des inspecteurs et des réparateurs, rédiger un référentiel de contrôle "
     "inspiré de la norme internationale et lancer des campagnes de diagnostic gratuit. Les "
     "serres du Souss sont concernées. Les emballages vides de pesticides font l'objet d'un autre "
     "projet.",
     ("pulvérisateurs", "contrôle technique", "pesticides", "dérive", "besoins"),
     ("MA",), "2024-07"),
    ("ep27", "project", "es",
     "Proyecto: inspección y calibración de pulverizadoras terrestres en los departamentos "
     "agrícolas de Córdoba",
     "En la provincia de Córdoba, las pulverizadoras autopropulsadas, que los productores llaman "
     "mosquitos, y las de arrastre aplican herbicidas e insecticidas sobre millones de hectáreas "
     "de soja y maíz, a menudo hasta el borde de los pueblos. La ley provincial de agroquímicos "
     "exige que los equipos estén habilitados, pero muchos circulan con picos gastados, "
     "manómetros rotos y barras mal niveladas, que aumentan la deriva hacia escuelas y viviendas. "
     "Este proyecto, del ministerio de agricultura provincial con la estación experimental del "
     "instituto nacional de tecnología agropecuaria y el colegio de ingenieros agrónomos, recorre "
     "los departamentos con un banco móvil que inspecciona y calibra las pulverizadoras, entrega "
     "una oblea de habilitación a las que aprueban, registra las fallas y capacita a los "
     "aplicadores en el uso de tarjetas hidrosensibles y en las condiciones de viento y "
     "temperatura. Los resultados alimentan un registro público de equipos. Las aplicaciones "
     "aéreas con avionetas y drones quedan fuera del proyecto.",
     ("pulverizadoras", "calibración", "inspección de equipos", "deriva de agroquímicos",
      "proyectos"),
     ("AR",), "2023-09"),
    # --- festive bonfires ------------------------------------------------------------------------
    ("ep28", "dataset", "en",
     "Bonfire Night and air quality: particle peaks across the UK monitoring network, 2010-2024",
     "On and around 5 November, when bonfires are lit in gardens, parks and on waste ground "
     "across Britain for Guy Fawkes Night, the air in many towns holds more fine particles than "
     "on any other night of the year. Community bonfires, garden fires and the illegal burning of "
     "old furniture, pallets, tyres and household rubbish add smoke to the still, cold air of "
     "early November, and PM2.5 concentrations can rise tenfold within hours. This dataset, "
     "prepared by the national air quality archive from urban and suburban monitoring sites, "
     "gives hourly PM2.5, PM10, black carbon and levoglucosan, a tracer of wood burning, for the "
     "week around 5 November each year, with the weather, the day of the week and the bonfire "
     "events announced by local councils. It separates the effect of the bonfires from that of "
     "fireworks, which add metals such as strontium and barium. Wood-burning stoves are covered "
     "by another dataset.",
     ("bonfires", "Bonfire Night", "fine particles", "air quality", "datasets"),
     ("GB",), "2024-12"),
    ("ep29", "document", "fr",
     "Grands feux et feux de carnaval : guide pour des bûchers sans déchets en Wallonie",
     "En Wallonie, de nombreux villages allument chaque année, au début du Carême, un grand feu, "
     "bûcher parfois haut de plusieurs mètres qui marque la fin de l'hiver, et d'autres brûlent "
     "en janvier les sapins de Noël collectés. Trop souvent, des palettes traitées, des meubles, "
     "des pneus, des bâches et des sacs de déchets se glissent dans le tas, et les fumées "
     "exposent les spectateurs et les riverains aux dioxines, aux hydrocarbures aromatiques "
     "polycycliques et aux particules fines. Ce guide, publié par l'administration wallonne de "
     "l'environnement avec l'agence de l'air et l'union des villes et communes, rappelle que "
     "seuls le bois non traité et les déchets verts secs sont admis, explique comment contrôler "
     "le bûcher pendant sa construction, le surveiller la nuit pour éviter les dépôts sauvages, "
     "choisir l'emplacement loin des habitations et des lignes électriques et limiter la taille "
     "du feu. Il propose aussi une charte à signer par les comités organisateurs. Les feux "
     "d'artifice qui accompagnent souvent la fête sont traités à part.",
     ("grands feux", "bûchers", "brûlage de déchets", "qualité de l'air", "lignes directrices"),
     ("BE",), "2024-01"),
    ("ep30", "project", "es",
     "Años viejos sin humo tóxico: proyecto para cambiar los monigotes de fin de año en Quito y "
     "Guayaquil",
     "En Ecuador, la última noche del año se queman en las calles miles de años viejos, monigotes "
     "de tamaño humano hechos de ropa vieja, aserrín, papel y cartón, con caretas que representan "
     "a políticos, personajes de la televisión o al propio año que termina. Muchos se rellenan "
     "con llantas, plásticos y espuma o se acompañan de petardos, y su humo negro dispara las "
     "partículas finas en la madrugada del 1 de enero, cuando además se atienden quemaduras y "
     "lesiones. Este proyecto de los municipios de Quito y Guayaquil, con los artesanos que "
     "fabrican los monigotes, las juntas barriales y las redes de monitoreo del aire, promueve "
     "años viejos solo de papel y cartón sin pinturas tóxicas, define con los barrios puntos "
     "autorizados para la quema, retira a tiempo las cenizas y mide con sensores la contaminación "
     "antes y después de la medianoche. La venta de pirotecnia se controla por otra vía.",
     ("años viejos", "quema de monigotes", "calidad del aire", "fin de año", "proyectos"),
     ("EC",), "2024-11"),
)  # fmt: skip
