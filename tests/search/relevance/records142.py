"""Clearing-house records of the hundred-and-forty-second judged relevance set
(tests/search/relevance/queries142.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms: pollution pages
on winery wastewater (a guide, a document, on the cleaning water of the wine cellars of the
Western Cape, its settling ponds and the irrigation of vineyards and pastures with it, South
Africa; a project of the département, the water agency and the caves coopératives of the
Hérault to treat their effluents vinicoles before they reach the Hérault, the Orb and the
étang de Thau, France; a need to control the efluentes vitivinícolas that the bodegas of
Mendoza pour into the irrigation canals during the vendimia, Argentina); occupational health
pages on the cancers of firefighters (a dataset linking the service records of Australia's
career and volunteer firefighters to the cancer registries, with the presumptive compensation
of their cancers, Australia; a guide, a document, on the decontamination of the pompiers and
their habits de combat after a fire, whose cancers are présumés d'origine professionnelle
in Québec, Canada; a jornada, an event, on the cáncer de los bomberos as an enfermedad
profesional and on the cleaning of their trajes, Spain); zoonosis pages on Q fever (a case
study of the Dutch epidemic of 2007-2010 spread from dairy goat farms, the Netherlands;
a soirée d'information, an event, on the fièvre Q of sheep flocks passing near homes and
of dairy goats, canton de Vaud, Switzerland; a dataset of the fiebre Q of the workers of the
lecherías of Los Ríos and Los Lagos, Chile); chemical poisoning pages on sodium nitrite (a
project to keep high-strength sodium nitrite sold online away from people at risk of suicide,
Canada; a case study of a wedding meal poisoned by nitrite de sodium sold in bulk as sel de
salaison and mistaken for salt, near Marrakech, Morocco; a need to control the sal de cura,
the nitrito de sodio sold loose in the markets of La Paz and El Alto, Bolivia); pesticide pages
on metam sodium (a case study of the Cantara Loop spill of a tank car of the soil fumigant
into the upper Sacramento River, California, United States; a dataset of the intoxications of
riverains, farmworkers and pupils by the métam-sodium used on the mâche and carrot fields
of the Maine-et-Loire and the Loire-Atlantique in 2018, France; an offer, a support source, of
technical assistance to drop the metam sodio of the strawberry and blackberry fields of Zamora
and Los Reyes, Michoacán, Mexico); energy pages on river hydrokinetic turbines (a project of
river current turbines for the village of Igiugig on the Kvichak River, Alaska, United States;
an atelier, an event, on hydroliennes fluviales for the isolated communes of the Maroni and
the Oyapock, French Guiana; a need for turbinas hidrocinéticas for the riverside communities
of the Marañón and the Ucayali, Loreto, Peru); waste pages on used contact lenses (a project
collecting used lenses and their blister packs through opticians, Ireland; an offer, a support
source, of collection boxes for the lentilles de contact usagées of optical shops, Belgium;
a dataset of a survey of the wearers of lentes de contacto of Bogotá and of the lens fragments
in the sludge of the city's treatment plant, Colombia); product safety and enforcement pages
on counterfeit phone chargers (a dataset of the market surveillance samples and test results
of mobile phone chargers, Kenya; a case study of the chargeurs de téléphone contrefaits
seized in the marché d'Adjamé and of the house fires of Abidjan, Côte d'Ivoire; a taller,
an event, for customs and market inspectors on cargadores de celular falsificados, Ecuador);
energy pages on vehicle-to-grid (an offer, a support source, of grants for vehicle-to-grid
demonstrations by fleets, car clubs and households, Great Britain, United Kingdom; a project
of fifty car-sharing cars with recharge bidirectionnelle, Switzerland; a guía, a document,
on connecting cargadores bidireccionales, the carga bidireccional or vehículo a la red, to the
grid, Uruguay); and waste pages on camping gas cartridges (a guide, a document, for trampers,
hut wardens and retailers on the empty gas canisters of the backcountry, New Zealand; an offer,
a support source, of collection of the cartouches de gaz de camping of the refuges, campings and
sports shops of the Pyrénées, France; a project so that no cartucho de gas is left in Torres
del Paine, Magallanes, Chile). English, French and Spanish, 10 records each, every topic written
once in each language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records141.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (winery, wine, cellar, effluents vinicoles, effluents
de caves, cave coopérative, viticole, vinicole, vendange, bodega, vitivinícola, vinícola,
vendimia, vinasse, vinaza, marc, orujo, lies, borras, distillery; firefighter, firefighting,
fire service, pompiers, sapeurs-pompiers, bomberos, turnout gear, habits de combat, trajes,
presumptive, IARC, CIRC, cancer, cáncer; Q fever, fièvre Q, fiebre Q, Coxiella, brucellosis,
brucelosis, goat farm, chèvres, cabras; nitrite, nitrito, sodium nitrite, nitrite de sodium,
nitrito de sodio, curing salt, sel nitrité, sel de salaison, sal de cura, sal nitrificada,
methaemoglobin, méthémoglobine, metahemoglobinemia, methylene blue, suicide, suicidio;
metam, métam, metam sodio, Vapam, dazomet, methyl isothiocyanate, isothiocyanate de méthyle,
isotiocianato, MITC, soil fumigant, fumigant, désinfection des sols, fumigación de suelos,
desinfección de suelos, Cantara; hydrokinetic, hidrocinética, hydrolienne, river current,
current turbine, turbina de corriente, corriente del río, in-stream, run-of-river, au
fil de l'eau, de pasada, Igiugig, Kvichak; contact lens, lentilles de contact, lentilles,
lentes de contacto, lentillas, blister, optician, opticien, óptica; charger, chargeur,
cargador, phone charger, USB, power bank, batterie externe, batería externa, electrocution,
électrocution, electrocución, market surveillance, surveillance du marché, vigilancia del
mercado; vehicle-to-grid, V2G, bidirectional, bidirectionnelle, bidireccional, vehículo a la
red, electric school bus; gas canister, gas cartridge, camping gas, cartouche de gaz, cartucho
de gas, bonbonne, bombona, butane, butano, propane, camping, gas cylinder).

Screened and dropped as covered: radioactive lightning rods (the paratonnerres radioactifs that
the orphan source project cd02 names among its sources, which queries50.tsv graded 2, besides
the passing mentions of eu02 and eu03), pesticide buffer zones near homes (bh05, screened by
set 52), button batteries (bn22-bn24), fire extinguishers (the halon extinguishers u22-u24),
ammonium nitrate storage (q01), shipbreaking (p24), paraquat (p08-p10), dry cleaners and their
solvents (the pressings of k29 and the chemical safety pages for small businesses k28-k30),
wood stove replacement programmes (the recambio of estufas a leña for heat pumps of ca21 and
the pellet stoves dd16-dd18), pufferfish poisoning (the poisson-globe and pez globo of the
Lessepsian species pages da26 and da27), falsified medicines (screened by sets 122 and 134),
power for telecom towers (screened by set 130, next to the generators of cn13), load-shedding
(screened by set 134) and sewage heat recovery (screened by sets 110, 112 and 134), besides
the topics of sets 42 to 141 and those their docstrings list as covered; screened with no or
passing hits but not chosen: the ingestion of kerosene by children (named among the outcomes
of the paraffin lamp survey ch01), mushroom poisoning (no hit, but the amanites mortelles of
fm17 and the false morels of em10 and em11, and nearer the biodiversity and food sets), gases of
manure pits (next to the hydrogen sulfide in sewers pages y16-y18), cassava processing wastewater
(screened by set 106, an agro-industry topic), solar grain mills (no hit, an agro-processing
topic) and mica and graphite mining (screened by set 130, with few Spanish-language pages).

No earlier record is judged relevant to a query of this set. The nearest are passing or
about other things, all 0: the vinasse of distilleries (bj10-bj12), the olive mill wastewater
(bg10-bg12), the coffee pulping wastewater (bm25-bm27), the cheese whey (eh04-eh06), the palm
oil mill effluent (dj13-dj15), the copper in vineyards of dz02, the mancozeb in the air of
the wine-growing communes of Gironde (bh05), the caves coopératives of the spraying drone
trials of dn02, the hail nets of the bodegas of bw27, the carbon label of Chilean export
wines (eh24) and the bodegas, warehouses and shops, of eq03, eu27, bs09, df18, dr03 and dt24,
no winery wastewater; the formaldehyde spill response of the sapeurs-pompiers and bomberos
(ba14, ba15), the fire-fighting water of chemical warehouses (l19-l21), the firefighting foam
pages (n23, p31, q20), the burn pits whose veterans get presumptive benefits (eh07-eh09),
the wildfire retardant pages (dv10-dv12) and the fires of informal settlements (fr19-fr21), no
firefighters' cancer; the anthrax pages (bz13-bz15), the leptospirosis pages (bq13-bq15), the
hydatid disease pages (fg16-fg18), the raw milk pages (fe25-fe27), the lumpy skin disease pages
(fi04-fi06) and the brucellosis named in passing by bv01, bv03, cu06, cy02, ew08, ew12, fe25
and fe27, no Q fever; the nitrite test of the red nest scare of bg01, the methaemoglobinaemia
of the chlorine dioxide cures (br07, br08), the nitrate pages (k04-k06), the online sales of
hazardous chemicals (eb13-eb15), the potassium bromate of bread (el01-el03) and the caustic
soda and methanol poisonings, no sodium nitrite poisoning; the methyl bromide pages (v31-v33),
the soil solarization pages (fi19-fi21), the fumigated containers (cn22-cn24), the aluminium
phosphide tablets (bd10-bd12), the dicamba drift pages (dl01-dl03) and the rail tank cars of
vinyl chloride (z10-z12), no metam sodium; the tidal stream turbines (ch04), the Rance tidal
barrage compared with hydroliennes (ch05), the turbinas de corriente of the canal de Chacao
(ch06), the micro-hydropower pages (cl16-cl18), the wave energy pages (cv19-cv21), the methane
of the Petit-Saut reservoir (dt14) and the diesel generators (cn13-cn15), no river turbine;
the cosmetic contact lenses of the tooth whitening case study fo16, the thiomersal of lens
solutions (dh08), the liquide pour lentilles of the slime page eh17, the microbeads (ba16-ba18),
the microfibres from washing machines (ch25-ch27) and the sewage sludge pages (bf16-bf18),
no contact lens waste; the public charging points for electric cars (db13-db15), the phone
charger of the solar kits of ch03 and of the emergency kit of fb25, the lithium-ion battery
fires (ef07-ef09), the disposable lighters (fg25-fg27), the counterfeit cosmetics (fk25-fk27)
and the pre-export verification of Kenya (dd25), no phone charger; the public charging pages
(db13-db15), the grid-scale batteries (dl13-dl15), the lithium batteries of electric vehicles
(t25-t27), the electric buses (cn01-cn03), the smart meters (db10-db12) and the medición
bidireccional of the cooperatives of cr24, no vehicle-to-grid; and the nitrous oxide canisters
(cj04-cj06) and bonbonnes of eb17, the gas canisters and cartouches de gaz among the waste of
Everest and Mont Blanc (ej10, ej11), the LPG explosions (i19-i21), the butane of the disposable
lighters (fg25-fg27), the leftover paint of the déchèteries and puntos limpios (dr01-dr03),
the mountain huts (di25-di27), of which di27 is in Torres del Paine, the wild camping pages
(dw25-dw27) and the expired marine flares (en28-en30), no camping gas cartridge.

records138.py, records139.py, records140.py and records141.py (ids fo.., fp.., fq.. and fr..),
the most recent earlier files, were searched like the others: their only hits on this set's words
are the cosmetic contact lenses of fo16, the small fuel canisters of the ethanol stoves of fo28,
the campings of the bathing water programme of fr08, the charger of the depuration basins of
fq11 (a verb, to load) and the sapeurs-pompiers and Bomberos of the informal settlement fires
fr19-fr21; none of their records answers a query of this set. records143.py, records144.py and
records145.py (ids ft01..ft30, fu01..fu30 and fv01..fv30), written at the same time by other
engineers on biodiversity, on agriculture, fisheries, forestry, food and land, and on water,
oceans and coasts, climate adaptation, cities, disasters and capacity building, are not part
of this set's pool, and no query of this set was judged against them.

Traps: the caustic soda, the distilleries, the constructed wetlands and the soil salinity of
fs01 (0 to caustic soda poisoning, vinasse, constructed wetlands and soil salinization); the
distilleries vinicoles, the pulvérisateurs and their aires de lavage, the stations d'épuration
and the étang de Thau of fs02 (0 to vinasse and sprayer inspection); the alcoholeras, the
plantas de aceitunas y de conservas, the canales y acequias de riego and the humedales de
tratamiento of fs03 (0 to vinasse, olive mill wastewater and constructed wetlands); the benzene,
the formaldehyde, the mesothelioma, the firefighting foams and the bushfire smoke of fs04
(0 to benzene, formaldehyde, asbestos, firefighting foams and wildfires); the lingettes, the
mousses extinctrices and the amiante of fs05 (0 to wet wipes, firefighting foams and asbestos);
the bomberos forestales, the humo, the orina and the estrés térmico of fs06 (0 to wildfires
and heat waves); the manure, the sheep, the avian influenza and the One Health of fs07 (0 to
manure, avian influenza and antimicrobial resistance); the fumier, the laine, the tonte and the
moutons de passage of fs08 (0 to waste wool and transhumance); the leche, the pasteurización,
the leptospirosis and the brucelosis of fs09 (0 to raw milk and leptospirosis); the online
marketplaces, the nitrates in well water and the processed meats of fs10 (0 to online sales
of hazardous chemicals and nitrate); the tajine, the bouchers, the traiteurs and the nitrates
des puits of fs11 (0 to nitrate); the embutidos, the mercados and the sal yodada of fs12 (0
to food additives); the derailed tank car, the trout, the drift and the chlorine and vinyl
chloride tank cars of fs13 (0 to rail tank cars of vinyl chloride and dicamba drift); the
solarisation, the élèves and the maraîchers nantais of fs14 (0 to soil solarization); the
bromuro de metilo, the acolchado plástico, the biosolarización and the límites de residuos
of fs15 (0 to methyl bromide, mulch films and soil solarization); the diesel, the sockeye
salmon, the battery, the wind turbines and the solar panels of fs16 (0 to diesel generators,
small wind turbines and battery storage); the centrales au fioul, the pirogues, the barrage de
Petit-Saut and the orpaillage illégal of fs17 (0 to hydropower reservoirs and artisanal gold
mining); the grupos electrógenos, the cámaras de frío, the paneles solares domiciliarios
and the centrales hidroeléctricas of fs18 (0 to diesel generators, solar ice makers, solar
home systems and dams); the sewage sludge, the microplastic fragments and the spectacles of
fs19 (0 to sewage sludge and microplastics); the microplastiques, the stations d'épuration
and the lunettes of fs20 (0 to microbeads); the lodos, the microplásticos de las lavadoras
and the gafas of fs21 (0 to sewage sludge and microfibres); the fire investigators, the power
banks, the solar lanterns, the electronic waste and the import verification of fs22 (0 to solar
lanterns, e-waste and pre-shipment inspection); the sapeurs-pompiers, the multiprises and the
briquets jetables of fs23 (0 to firefighters' cancer and disposable lighters); the cuerpos de
bomberos, the residuos electrónicos, the baterías de litio and the motos eléctricas of fs24
(0 to firefighters' cancer, e-waste, lithium batteries and electric motorcycle taxis); the wind
power, the public rapid charging networks and the grid-scale batteries of fs25 (0 to public
charging and battery storage); the bornes, the électricité solaire, the autopartage and the
batteries stationnaires of fs26 (0 to public charging and battery storage); the cargadores
bidireccionales and públicos, the energía eólica, the paneles solares and the baterías
usadas of fs27 (0 to phone chargers, public charging and end-of-life batteries); the long-drops,
the disposable barbecues, the LPG cylinders and the campervans of fs28 (0 to dry toilets,
LPG and freedom camping); the bouteilles de gaz, the extincteurs, the hélicoptère and the
déchets diffus spécifiques of fs29 (0 to LPG, halons and leftover paint); and the refugios,
the baños, the fogatas and the incendios of fs30 (0 to mountain huts and wildfires). For the
country and exclusion queries: fs01 names only South Africa (the Western Cape); fs02 only France
(the Hérault, the Orb, the étang de Thau); fs03 only Argentina (Mendoza, the Valle de Uco);
fs04 only Australia; fs05 only Canada (Québec); fs06 only Spain; fs07 only the Netherlands;
fs08 only Switzerland (the canton de Vaud); fs09 only Chile (Los Ríos, Los Lagos); fs10
only Canada, with "other countries"; fs11 only Morocco (Marrakech); fs12 only Bolivia (La
Paz, El Alto); fs13 only the United States (California, the Sacramento River, Shasta Lake);
fs14 only France (the Maine-et-Loire, the Loire-Atlantique); fs15 only Mexico (Michoacán,
Zamora, Los Reyes); fs16 only the United States (Alaska, Igiugig, the Kvichak, Lake Iliamna);
fs17 only French Guiana (the Guyane, the Maroni, the Oyapock, country code GF); fs18 only
Peru (Loreto, the Marañón, the Ucayali); fs19 only Ireland; fs20 only Belgium; fs21 only
Colombia (Bogotá); fs22 only Kenya (Mombasa); fs23 only Côte d'Ivoire (Abidjan, Adjamé);
fs24 only Ecuador (Guayaquil); fs25 only the United Kingdom (Great Britain, country code
GB); fs26 only Switzerland (Suisse romande and alémanique); fs27 only Uruguay; fs28 only New
Zealand; fs29 only France (the Pyrénées); fs30 only Chile (Torres del Paine, Puerto Natales,
Punta Arenas). Foams are named by fs04 (firefighting foams) and fs05 (mousses extinctrices),
not by fs06; suicide by fs10 only; the phrase "vehicle-to-grid" is written by fs25 only (fs26
writes V2G and recharge bidirectionnelle, fs27 carga bidireccional and vehículo a la red);
"hydroliennes fluviales" by fs17 only (fs16 writes river current turbines and hydrokinetic,
fs18 turbinas hidrocinéticas); "sal de cura" by fs12 only (fs11 writes sel de salaison and
sel nitrité).

Ids (fs01..fs30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fo01..fo30, fp01..fp30, fq01..fq30, fr01..fr30), and no earlier id starts with "fs".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- winery wastewater (cleaning water of wine cellars during the harvest) --------------------
    ("fs01", "document", "en",
     "Winery wastewater: a guide for cellars in the Western Cape on cleaning water, settling "
     "ponds and irrigation",
     "A cellar produces between one and four litres of wastewater for every litre of wine, most "
     "of it during the harvest and crush, when crushers, presses, tanks, pumps and floors are "
     "washed several times a day. Winery wastewater is acidic and rich in sugars, alcohol and "
     "organic acids from grape juice and lees, and it carries sodium and potassium from caustic "
     "soda and other cleaning agents; released untreated, it turns streams black, kills fish and "
     "salts the soil. This guide, prepared by the provincial environmental department with the "
     "wine industry's research body and a university, explains the general authorisation under "
     "the water law for irrigating vineyards and pastures with winery wastewater, its volume and "
     "quality limits, and how cellars can comply: cutting water use with high-pressure hoses and "
     "dry cleaning of solids, screening out skins and seeds, balancing tanks, settling and "
     "aeration ponds, constructed wetlands and monitoring of soil salinity. Grape marc and lees "
     "sent to distilleries are dealt with in a separate chapter.",
     ("winery wastewater", "wine cellars", "irrigation", "industrial effluents", "guidance"),
     ("ZA",), "2024-08"),
    ("fs02", "project", "fr",
     "Projet : traiter les effluents vinicoles des caves coopératives de l'Hérault",
     "Dans l'Hérault, une centaine de caves coopératives et des centaines de caves particulières "
     "vinifient des millions d'hectolitres. Le lavage des pressoirs, des cuves, des sols et des "
     "machines à vendanger produit des effluents vinicoles chargés de sucres, d'alcool, de tartre "
     "et de bourbes, qui asphyxient les rivières et les étangs où ils arrivent encore parfois par "
     "les fossés. Ce projet, porté par le département avec l'agence de l'eau, la chambre "
     "d'agriculture et la fédération des caves coopératives, finance des stockages tampons et des "
     "bassins d'évaporation naturelle, des stations de traitement partagées par plusieurs caves, "
     "l'épandage contrôlé sur des parcelles suivies et le raccordement des caves de village aux "
     "stations d'épuration communales avec une convention de rejet, et forme les cavistes aux "
     "économies d'eau. Il suit la qualité de l'Hérault, de l'Orb et de l'étang de Thau pendant "
     "les vendanges. Les marcs et les lies, livrés aux distilleries vinicoles, et les eaux de "
     "rinçage des pulvérisateurs, traitées sur des aires de lavage, ne font pas partie du projet.",
     ("effluents vinicoles", "caves coopératives", "vendanges", "qualité des rivières", "projets"),
     ("FR",), "2025-02"),
    ("fs03", "need", "es",
     "Necesidad: controlar los efluentes de las bodegas de Mendoza durante la vendimia",
     "Mendoza elabora cerca del setenta por ciento del vino argentino en más de ochocientas "
     "bodegas, desde grandes establecimientos hasta bodegas familiares del Valle de Uco y del "
     "Este. Durante la vendimia, el lavado de moledoras, prensas, piletas y pisos genera "
     "efluentes vitivinícolas ácidos y con mucha materia orgánica que, cuando se vuelcan sin "
     "tratar a los canales y acequias del sistema de riego, alteran el agua con la que se riegan "
     "viñedos, frutales y huertas y producen malos olores. El Departamento General de Irrigación, "
     "con el instituto nacional de vitivinicultura y una universidad, solicita apoyo para "
     "actualizar el registro de bodegas y de sus vuelcos, equipar un laboratorio móvil para "
     "controles durante la cosecha, ensayar lagunas y humedales de tratamiento adaptados a "
     "bodegas pequeñas y capacitar a enólogos y operarios en el ahorro de agua. Los orujos y "
     "borras que se envían a las alcoholeras y los efluentes de las plantas de aceitunas y de "
     "conservas de la provincia quedan fuera de la solicitud.",
     ("efluentes vitivinícolas", "bodegas", "vendimia", "canales de riego", "necesidades"),
     ("AR",), "2025-04"),
    # --- firefighters' occupational cancer (fire smoke, soot, presumptive recognition) ------------
    ("fs04", "dataset", "en",
     "Cancer in Australian firefighters: incidence by cancer type, service and years of service, "
     "1980-2022",
     "Firefighters breathe in and absorb through their skin the soot, benzene, polycyclic "
     "aromatic hydrocarbons, formaldehyde and other products of combustion, and in 2022 the "
     "International Agency for Research on Cancer classified occupational exposure as a "
     "firefighter as carcinogenic to humans. Australian states and the Commonwealth give career "
     "and volunteer firefighters presumptive workers' compensation for a list of cancers, among "
     "them mesothelioma, bladder, kidney and testicular cancers and leukaemia, after a qualifying "
     "period of service. This dataset, produced by a university cancer epidemiology unit with the "
     "fire services and the state cancer registries, links the service records of some 230,000 "
     "career and volunteer firefighters to the registries and gives standardised incidence ratios "
     "by cancer type, sex, service, role and length of service, with a separate series for those "
     "trained at sites where firefighting foams contaminated the ground. Mental health and "
     "injuries are not covered, nor is the exposure of the general population to bushfire smoke.",
     ("firefighters", "occupational cancer", "presumptive legislation", "cancer registries",
      "datasets"),
     ("AU",), "2024-11"),
    ("fs05", "document", "fr",
     "Guide : réduire l'exposition des pompiers aux contaminants de l'incendie, de l'intervention "
     "à la caserne",
     "Au Québec, plusieurs cancers des pompiers, dont ceux du rein et de la vessie et le "
     "mésothéliome, sont présumés d'origine professionnelle après un nombre minimal d'années de "
     "service. Les fumées d'incendie déposent sur les habits de combat, les cagoules, les gants "
     "et la peau des suies riches en hydrocarbures aromatiques polycycliques, en benzène et en "
     "autres cancérogènes, qui continuent d'être absorbés après l'intervention. Ce guide, préparé "
     "par l'association paritaire de santé et de sécurité du travail du secteur municipal avec "
     "des services de sécurité incendie et une équipe de recherche, décrit les gestes de "
     "décontamination : pré-nettoyage des habits sur les lieux, lingettes pour le cou et les "
     "mains, transport des équipements souillés hors de la cabine, douche dans l'heure, deux jeux "
     "d'habits et laveuses-extracteuses en caserne, séparation des zones sales et propres. Il "
     "s'adresse aussi aux pompiers à temps partiel des petites municipalités. Les mousses "
     "extinctrices et l'amiante des bâtiments anciens font l'objet d'autres fiches.",
     ("pompiers", "cancers professionnels", "décontamination", "santé et sécurité du travail",
      "guides"),
     ("CA",), "2025-01"),
    ("fs06", "event", "es",
     "Jornada: el cáncer de los bomberos como enfermedad profesional, exposición al humo y "
     "limpieza de los equipos",
     "Desde que la Agencia Internacional de Investigación sobre el Cáncer clasificó en 2022 la "
     "exposición ocupacional como bombero en el grupo 1, cancerígeno para los humanos, los "
     "sindicatos y los servicios de extinción de incendios de España piden que los cánceres más "
     "frecuentes en los bomberos se reconozcan como enfermedad profesional sin que cada uno tenga "
     "que demostrar su origen. Esta jornada, organizada por el instituto nacional de seguridad y "
     "salud en el trabajo con consorcios provinciales de bomberos, mutuas y un hospital "
     "universitario, presentará los estudios de mortalidad y de biomonitorización de "
     "hidrocarburos aromáticos policíclicos en la orina de bomberos después de los incendios, las "
     "experiencias de parques con zonas limpias y sucias, el lavado de los trajes de intervención "
     "en lavadoras específicas y la vigilancia médica periódica, y abrirá el debate sobre la "
     "lista de cánceres que debería reconocerse. También tratará de los bomberos forestales, "
     "expuestos al humo durante campañas enteras. El estrés térmico se abordará en otra sesión.",
     ("bomberos", "cáncer ocupacional", "enfermedades profesionales", "humo de incendios",
      "eventos"),
     ("ES",), "2025-05"),
    # --- Q fever (Coxiella burnetii from goats, sheep and cattle) ---------------------------------
    ("fs07", "case-study", "en",
     "The Dutch Q fever epidemic of 2007-2010: dairy goats, culling and lessons for One Health",
     "Between 2007 and 2010 more than four thousand people in the south of the Netherlands were "
     "diagnosed with Q fever, the largest outbreak ever recorded, and at least twenty-five died; "
     "many more were left with long-lasting fatigue or a chronic infection of the heart valves "
     "and blood vessels. The bacterium Coxiella burnetii was shed in huge numbers by pregnant "
     "dairy goats that aborted on large farms, and it dried with manure and birth material into "
     "dust that the wind carried to nearby villages. This case study, written by the national "
     "public health institute with veterinary and agricultural researchers, follows the response: "
     "compulsory vaccination of goats and sheep, hygiene rules for manure, a breeding ban, the "
     "culling of more than fifty thousand pregnant animals on infected farms and information for "
     "general practitioners. It discusses why the alarm came late, how data were shared between "
     "the human and animal health services, and what rules now govern the siting of new goat "
     "farms near homes. Avian influenza is discussed only for comparison.",
     ("Q fever", "Coxiella burnetii", "dairy goats", "zoonoses", "case studies"),
     ("NL",), "2024-06"),
    ("fs08", "event", "fr",
     "Soirée d'information : fièvre Q, moutons de passage et chèvres laitières dans le canton de "
     "Vaud",
     "En 2012, une quinzaine d'habitants de communes vaudoises ont contracté la fièvre Q après le "
     "passage d'un troupeau de moutons et des mises bas de brebis près des habitations : forte "
     "fièvre, fatigue durable, pneumonies et, chez quelques-uns, une atteinte du cœur. La "
     "bactérie responsable, Coxiella burnetii, est excrétée en masse lors des mises bas et des "
     "avortements et survit longtemps dans la poussière, le fumier et la laine. Cette soirée, "
     "organisée par le vétérinaire cantonal et le médecin cantonal avec la vulgarisation "
     "agricole, s'adresse aux éleveurs de moutons et de chèvres, aux bergers, aux communes et aux "
     "médecins de famille. Elle présentera l'obligation de déclarer la maladie chez l'humain et "
     "les avortements chez les petits ruminants, les règles pour les mises bas en plein air et "
     "l'épandage du fumier, la vaccination des troupeaux et les précautions pour les femmes "
     "enceintes et les personnes cardiaques. La tonte et la valorisation de la laine seront "
     "abordées lors d'une autre séance.",
     ("fièvre Q", "Coxiella burnetii", "petits ruminants", "zoonoses", "événements"),
     ("CH",), "2025-03"),
    ("fs09", "dataset", "es",
     "Fiebre Q en trabajadores de lecherías de Los Ríos y Los Lagos: casos notificados y estudios "
     "de brote, 2017-2024",
     "En 2017 Chile registró su primer gran brote de fiebre Q, con decenas de trabajadores de "
     "lecherías y de predios ganaderos del sur del país enfermos de fiebre alta, dolores "
     "musculares y neumonía, y desde entonces se notifican casos cada año. La bacteria Coxiella "
     "burnetii se elimina en la leche, las heces y sobre todo en las placentas y los fluidos del "
     "parto de vacas, ovejas y cabras, y se inhala con el polvo de los galpones y de los "
     "potreros. Este conjunto de datos, publicado por la autoridad sanitaria regional con el "
     "servicio agrícola y ganadero y una universidad, reúne los casos confirmados por comuna, "
     "mes, edad, sexo y ocupación, los resultados serológicos de los rebaños de los predios "
     "investigados y las medidas aplicadas: uso de mascarillas en las pariciones, manejo de las "
     "placentas, pasteurización de la leche y educación de los ordeñadores. La leptospirosis y la "
     "brucelosis, que también afectan a los trabajadores de lecherías, se registran en otras "
     "bases.",
     ("fiebre Q", "lecherías", "salud ocupacional", "zoonosis", "conjuntos de datos"),
     ("CL",), "2025-01"),
    # --- sodium nitrite poisoning (curing salt mistaken for table salt, sales for self-harm) ------
    ("fs10", "project", "en",
     "Project: keeping high-strength sodium nitrite away from people at risk of suicide",
     "Sodium nitrite is a curing agent that meat processors use in small, diluted amounts, but "
     "the pure chemical, sold in kilogram bags online, has become a means of suicide in Canada "
     "and other countries, and it was at the centre of a criminal case against a seller who "
     "shipped it to people in several countries. Swallowed in grams, it turns the haemoglobin of "
     "the blood into methaemoglobin, which cannot carry oxygen, and death can follow within hours "
     "unless methylene blue is given quickly. This project of the federal health department with "
     "poison centres, coroners, suicide prevention organisations and the main online marketplaces "
     "maps where high-strength sodium nitrite is sold, asks platforms to limit sales to "
     "businesses and to remove listings that promote self-harm, adds warnings to packaging, "
     "stocks methylene blue in emergency departments and trains emergency physicians and "
     "paramedics to recognise the poisoning. It records every death and hospital case. Nitrates "
     "in well water and the nitrites of processed meats are outside its scope.",
     ("sodium nitrite", "poisoning", "suicide prevention", "online sales", "projects"),
     ("CA",), "2024-09"),
    ("fs11", "case-study", "fr",
     "Étude de cas : l'intoxication collective par du nitrite de sodium confondu avec du sel lors "
     "d'un repas de mariage",
     "Dans une commune rurale de la région de Marrakech, plus de soixante invités d'un repas de "
     "mariage ont présenté en quelques heures des lèvres et des ongles bleus, des vertiges, des "
     "vomissements et des malaises ; plusieurs ont été admis en réanimation. L'enquête a montré "
     "que le cuisinier avait assaisonné le tajine avec une poudre blanche achetée en vrac chez un "
     "grossiste et vendue comme sel de salaison : du nitrite de sodium presque pur, qui "
     "transforme l'hémoglobine en méthémoglobine. Cette étude de cas, rédigée par le centre "
     "antipoison avec la direction régionale de la santé et l'office de sécurité sanitaire des "
     "produits alimentaires, retrace la prise en charge, l'approvisionnement en bleu de "
     "méthylène, l'enquête chez les grossistes et les bouchers, et les mesures prises ensuite : "
     "interdiction de la vente en vrac, obligation de vendre le sel nitrité coloré et étiqueté, "
     "et information des traiteurs. Elle rappelle que les nitrates des puits agricoles, qui "
     "menacent les nourrissons, relèvent d'un autre programme.",
     ("nitrite de sodium", "intoxications collectives", "méthémoglobinémie", "centres antipoison",
      "études de cas"),
     ("MA",), "2024-12"),
    ("fs12", "need", "es",
     "Necesidad: controlar la venta de sal de cura y de nitrito de sodio en los mercados de La "
     "Paz y El Alto",
     "En los mercados populares de La Paz y El Alto, la sal de cura, o sal nitrificada, que usan "
     "las salchicherías, los fabricantes de embutidos y los vendedores de chorizos y fiambres, se "
     "vende a granel, en bolsitas sin etiqueta y junto a la sal de mesa. Algunas partidas son "
     "nitrito de sodio casi puro. Los hospitales han atendido intoxicaciones de familias que la "
     "confundieron con sal común, con labios morados, ahogo y pérdida del conocimiento, entre "
     "ellas varios niños. El servicio nacional de sanidad agropecuaria e inocuidad alimentaria, "
     "con el ministerio de salud, los gobiernos municipales y un centro de toxicología "
     "universitario, solicita apoyo para analizar las sales que se venden, preparar una norma que "
     "obligue a colorearlas, etiquetarlas y limitar su concentración, capacitar a los inspectores "
     "municipales y a las comerciantes de los mercados y asegurar la provisión de azul de "
     "metileno en los hospitales de tercer nivel. La sal yodada y el control de los aditivos de "
     "los embutidos industriales quedan fuera de la solicitud.",
     ("nitrito de sodio", "sal de cura", "intoxicaciones", "mercados", "necesidades"),
     ("BO",), "2025-03"),
    # --- metam sodium (soil fumigant releasing methyl isothiocyanate) -----------------------------
    ("fs13", "case-study", "en",
     "The Cantara Loop spill: metam sodium in the upper Sacramento River and what followed",
     "In July 1991 a tank car derailed on a sharp curve of the railway at Cantara Loop, north of "
     "Dunsmuir, California, and spilled about 19,000 gallons of metam sodium, a soil fumigant "
     "used on potato, tomato and carrot fields, into the upper Sacramento River. In water the "
     "chemical breaks down into methyl isothiocyanate; the plume killed nearly every fish, insect "
     "and water plant along some forty miles of river down to Shasta Lake, and people along the "
     "river reported eye, skin and breathing problems. This case study, prepared by the state "
     "fish and wildlife agency with a university, traces the emergency response, the health "
     "complaints, the recovery of the trout, aquatic insects and riverside alders over the "
     "following decades, the settlement paid by the railway company, and the rules that followed "
     "on carrying pesticides by rail and on using the fumigant in fields. It ends with the "
     "incidents of fumigant drift from treated fields reported since. Derailments of chlorine and "
     "vinyl chloride tank cars are discussed only for comparison.",
     ("metam sodium", "soil fumigants", "chemical spills", "rivers", "case studies"),
     ("US",), "2024-07"),
    ("fs14", "dataset", "fr",
     "Intoxications liées au métam-sodium en Maine-et-Loire et en Loire-Atlantique : les "
     "signalements de 2018",
     "À l'automne 2018, plusieurs dizaines de riverains, d'ouvriers agricoles et d'élèves ont "
     "signalé des irritations des yeux et de la gorge, des maux de tête, des nausées et des "
     "difficultés à respirer après la désinfection des sols de parcelles de mâche et de carottes "
     "au métam-sodium, un fumigant qui libère dans le sol de l'isothiocyanate de méthyle. Les "
     "préfectures ont suspendu les traitements, puis les autorisations du produit ont été "
     "retirées en France. Ce jeu de données, publié par l'agence sanitaire chargée de la "
     "phytopharmacovigilance avec les centres antipoison et l'agence régionale de santé, décrit "
     "chaque signalement : date, commune, distance à la parcelle traitée, conditions "
     "météorologiques, symptômes, gravité et imputabilité, ainsi que les surfaces traitées et les "
     "quantités de produit vendues dans les deux départements depuis 2010. Il donne aussi les "
     "mesures d'air réalisées près de quelques parcelles. Les autres fumigants et la "
     "solarisation, essayés ensuite par les maraîchers nantais, ne sont pas couverts.",
     ("métam-sodium", "fumigants du sol", "phytopharmacovigilance", "intoxications", "données"),
     ("FR",), "2024-10"),
    ("fs15", "support-source", "es",
     "Oferta: asistencia técnica para dejar el metam sodio en los campos de fresa y zarzamora de "
     "Michoacán",
     "En el valle de Zamora y en Los Reyes, Michoacán, muchos productores de fresa, zarzamora y "
     "hortalizas de exportación desinfectan el suelo antes de plantar con metam sodio, un "
     "fumigante que se aplica con el riego por goteo bajo acolchado plástico y que libera "
     "isotiocianato de metilo, un gas que irrita los ojos y las vías respiratorias de jornaleros "
     "y vecinos y daña la vida del suelo. Un centro público de investigación agrícola, con una "
     "universidad y una asociación de productores, ofrece a los productores y a sus técnicos un "
     "paquete de asistencia: diagnóstico de los hongos y nematodos de cada predio, parcelas "
     "demostrativas de biofumigación con residuos de brócoli y mostaza, biosolarización, "
     "portainjertos y control biológico, capacitación en equipos de protección y en distancias de "
     "seguridad para quienes aún fumigan, y asesoría para cumplir los límites de residuos de los "
     "compradores. Los primeros cincuenta predios recibirán los análisis sin costo. El bromuro de "
     "metilo, ya eliminado en la zona, no forma parte de la oferta.",
     ("metam sodio", "fumigantes de suelo", "fresa", "alternativas a los plaguicidas", "ofertas"),
     ("MX",), "2025-02"),
    # --- river hydrokinetic turbines (electricity from river currents without dams) ---------------
    ("fs16", "project", "en",
     "Project: river current turbines for Igiugig, cutting diesel use in a village on the Kvichak "
     "River",
     "Igiugig, a village of about seventy people where the Kvichak River leaves Lake Iliamna in "
     "south-west Alaska, has no road or grid connection and has long made its electricity with "
     "diesel flown or barged in at high cost. Since 2014 the village council has worked with a "
     "turbine developer and federal energy laboratories on hydrokinetic power: turbines anchored "
     "on the riverbed that turn in the current without any dam. This project installs two river "
     "current generators with a battery and a control system that let the village run for hours "
     "without its diesel engines, and it watches fish with underwater cameras and sonar, because "
     "the Kvichak carries one of the world's largest sockeye salmon runs. It trains local "
     "technicians, records ice, floating debris and maintenance, and shares its lessons with "
     "other river villages. The wind turbines and solar panels that the village also plans are "
     "financed separately.",
     ("hydrokinetic energy", "river current turbines", "remote communities", "diesel replacement",
      "projects"),
     ("US",), "2024-05"),
    ("fs17", "event", "fr",
     "Atelier : des hydroliennes fluviales pour les communes isolées du Maroni et de l'Oyapock",
     "En Guyane, Maripasoula, Papaïchton, Grand-Santi, Camopi et les villages amérindiens du haut "
     "Oyapock ne sont pas reliés au réseau du littoral : leur électricité vient de centrales au "
     "fioul approvisionnées en pirogue, parfois arrêtées en saison sèche quand les sauts "
     "deviennent difficiles à franchir. Les hydroliennes fluviales, des turbines immergées posées "
     "sur le lit du fleuve ou suspendues sous une barge, produisent en continu à partir du "
     "courant, sans barrage ni retenue. Cet atelier, organisé par la collectivité territoriale "
     "avec l'agence de la transition écologique, le gestionnaire du réseau et un fabricant "
     "d'hydroliennes, réunira élus, autorités coutumières, techniciens et piroguiers pour "
     "présenter les mesures de vitesse du courant, les essais d'une machine à Camopi, le couplage "
     "avec le solaire et les batteries, et les questions de navigation, de poissons et "
     "d'entretien. Il sera aussi question du barrage de Petit-Saut, dont le lac a noyé une grande "
     "forêt. L'orpaillage illégal sur les fleuves sera traité lors d'une autre réunion.",
     ("hydroliennes fluviales", "sites isolés", "énergies renouvelables", "électrification",
      "événements"),
     ("GF",), "2025-04"),
    ("fs18", "need", "es",
     "Necesidad: turbinas hidrocinéticas para las comunidades ribereñas del Marañón y el Ucayali "
     "en Loreto",
     "En Loreto, cientos de comunidades ribereñas y nativas a orillas del Marañón, el Ucayali y "
     "sus afluentes no tienen electricidad o la tienen solo tres o cuatro horas por noche, con "
     "grupos electrógenos que queman diésel llevado en chalupas. Las turbinas hidrocinéticas, que "
     "se anclan en el cauce o cuelgan de una balsa y giran con la corriente del río sin necesidad "
     "de represa, podrían dar energía continua a postas de salud, escuelas, cámaras de frío para "
     "el pescado y bombas de agua. El gobierno regional, con el ministerio de energía y minas y "
     "una universidad amazónica, solicita apoyo para medir la velocidad y la profundidad de los "
     "ríos en creciente y en vaciante, ensayar equipos resistentes a los palos y troncos que "
     "arrastra la corriente, diseñar un esquema de operación comunal con tarifas y formar "
     "técnicos locales. Los paneles solares domiciliarios entregados por un programa nacional y "
     "las centrales hidroeléctricas propuestas en el Marañón quedan fuera de la solicitud.",
     ("turbinas hidrocinéticas", "energía de los ríos", "comunidades ribereñas",
      "electrificación rural", "necesidades"),
     ("PE",), "2025-01"),
    # --- used contact lenses (lenses flushed down drains, take-back and recycling) ----------------
    ("fs19", "project", "en",
     "Project: collecting used contact lenses and their blister packs through opticians in "
     "Ireland",
     "Daily disposable contact lenses are worn by a growing share of Ireland's lens wearers, and "
     "each lens comes in its own plastic blister sealed with aluminium foil. Surveys abroad "
     "suggest that one wearer in five rinses old lenses down the sink or flushes them down the "
     "toilet; soft lenses are made of hydrogel and silicone hydrogel polymers that slip through "
     "the screens of wastewater treatment plants, break into microplastic fragments and end up in "
     "the sewage sludge spread on farmland. This project of an optometry association with a lens "
     "manufacturer, a national recycling charity and the environmental protection agency places "
     "collection boxes in 300 optical practices, where wearers drop used lenses, blisters and "
     "foil that are shipped to a plastics recycler, runs a campaign telling wearers to put lenses "
     "in the bin rather than the drain, and reports how much is collected. Bottles of lens "
     "solution go in household recycling, and old spectacles are collected by a separate charity.",
     ("contact lenses", "take-back schemes", "microplastics", "opticians", "projects"),
     ("IE",), "2024-10"),
    ("fs20", "support-source", "fr",
     "Offre : des boîtes de collecte pour les lentilles de contact usagées chez les opticiens de "
     "Belgique",
     "En Belgique, des centaines de milliers de personnes portent des lentilles de contact, de "
     "plus en plus souvent des lentilles journalières jetées chaque soir avec leur blister en "
     "plastique et leur opercule en aluminium. Beaucoup de porteurs les jettent dans l'évier ou "
     "les toilettes : ces petits disques souples de polymère échappent aux dégrilleurs des "
     "stations d'épuration et se fragmentent en microplastiques. Un fabricant de lentilles, avec "
     "une fédération d'opticiens-optométristes et une société de recyclage, offre gratuitement "
     "aux magasins d'optique qui s'inscrivent une boîte de collecte, l'enlèvement des boîtes "
     "pleines et le recyclage des lentilles, des blisters et des opercules, quelle que soit leur "
     "marque. Chaque magasin reçoit une affiche et des cartes à remettre aux clients pour "
     "rappeler que les lentilles usagées vont à la poubelle ou dans la boîte, jamais à l'égout. "
     "Un bilan annuel des quantités collectées est envoyé aux participants. Les flacons de "
     "produit d'entretien et les lunettes usagées ne sont pas repris.",
     ("lentilles de contact", "recyclage", "microplastiques", "opticiens", "offres"),
     ("BE",), "2025-02"),
    ("fs21", "dataset", "es",
     "Lentes de contacto por el desagüe: encuesta a usuarios de Bogotá y fragmentos en lodos de "
     "depuradora, 2023-2024",
     "Una universidad de Bogotá, con la empresa de acueducto y alcantarillado y una federación de "
     "optómetras, estudió qué hacen con sus lentes de contacto desechables los usuarios de la "
     "ciudad y qué llega a la planta de tratamiento de aguas residuales. Este conjunto de datos "
     "reúne una encuesta a 2.400 usuarios de lentes blandos sobre el tipo de lente, la frecuencia "
     "de cambio y la forma de desecharlos, en la caneca, por el lavamanos o por el inodoro, junto "
     "con los análisis de muestras de agua residual, de residuos de cribado y de lodos de la "
     "planta, en los que se identificaron fragmentos de polímeros de hidrogel de silicona por "
     "espectroscopía infrarroja. Incluye también las cantidades de lentes y blísteres recogidas "
     "en un piloto de devolución en 40 ópticas. Según los resultados, uno de cada cuatro usuarios "
     "tira los lentes por el lavamanos o el inodoro. Las gafas y los estuches no se incluyen, y "
     "los microplásticos de las lavadoras de ropa se estudian en otro proyecto.",
     ("lentes de contacto", "microplásticos", "aguas residuales", "lodos de depuradora",
      "conjuntos de datos"),
     ("CO",), "2024-11"),
    # --- counterfeit and substandard phone chargers (electrical safety, market surveillance) ------
    ("fs22", "dataset", "en",
     "Substandard mobile phone chargers in Kenya: market surveillance samples and test results, "
     "2019-2024",
     "Cheap chargers for mobile phones, many of them counterfeit copies of well-known brands, are "
     "sold in every market, matatu stage and phone shop in Kenya, and fire investigators and "
     "hospitals link some house fires and electric shocks to them. The national standards body "
     "buys samples from shops, wholesalers and online sellers, and it seizes consignments at the "
     "port of Mombasa and at the inland container depots. This dataset gives, for each sample, "
     "the place and date of purchase, the declared brand and origin, the price, the import "
     "verification status and the results of laboratory tests: insulation between the mains and "
     "the USB output, creepage distances, overheating, markings and whether the plug pins meet "
     "the national standard. It also lists the consignments rejected or destroyed each year. Nine "
     "in ten unbranded chargers failed at least one safety test. Power banks and the chargers "
     "sold with solar lanterns are counted separately, and the disposal of seized goods as "
     "electronic waste is described in an annex.",
     ("phone chargers", "counterfeit electronics", "market surveillance", "electrical safety",
      "datasets"),
     ("KE",), "2025-02"),
    ("fs23", "case-study", "fr",
     "Étude de cas : les chargeurs de téléphone contrefaits saisis au marché d'Adjamé et les "
     "incendies domestiques à Abidjan",
     "À Abidjan, les chargeurs de téléphone, les câbles USB et les adaptateurs vendus quelques "
     "centaines de francs CFA au marché d'Adjamé et par les vendeurs ambulants sont pour la "
     "plupart des contrefaçons sans isolation suffisante entre le secteur et la sortie basse "
     "tension. Les sapeurs-pompiers militaires attribuent à ces chargeurs, laissés branchés la "
     "nuit sur des multiprises surchargées, une part des incendies de logements, et les médecins "
     "des brûlés signalent des électrisations d'enfants. Cette étude de cas, rédigée par "
     "l'organisme national de normalisation avec la direction du commerce intérieur, les douanes "
     "et une association de consommateurs, décrit les opérations de saisie menées en 2023 et 2024 "
     "au port et dans les marchés, les essais en laboratoire de 300 échantillons, la destruction "
     "des lots saisis, les sanctions et la campagne « un bon chargeur protège ta maison ». Elle "
     "discute les limites : les prix, le réapprovisionnement rapide par de petits importateurs et "
     "le manque de laboratoires. Les briquets jetables contrefaits, saisis lors des mêmes "
     "opérations, font l'objet d'un autre rapport.",
     ("chargeurs de téléphone", "contrefaçon", "sécurité électrique", "surveillance du marché",
      "études de cas"),
     ("CI",), "2025-03"),
    ("fs24", "event", "es",
     "Taller: cargadores de celular falsificados y peligrosos, control en la aduana y en el "
     "comercio",
     "Los cargadores de celular, cables y adaptadores baratos que entran al Ecuador por el puerto "
     "de Guayaquil y por la frontera, muchos con marcas falsificadas, se venden en las bahías, en "
     "los centros comerciales populares y en tiendas en línea. Los cuerpos de bomberos han "
     "relacionado varios incendios de viviendas con cargadores que se recalentaron, y los "
     "hospitales atienden quemaduras y descargas eléctricas. Este taller, organizado por el "
     "servicio ecuatoriano de normalización con el servicio nacional de aduana, la autoridad de "
     "control del comercio y una universidad, capacitará a aforadores, inspectores municipales y "
     "comisarios en el reconocimiento de cargadores inseguros: marcas de certificación falsas, "
     "peso, aislamiento, distancia entre circuitos y sellos de los reglamentos técnicos. Incluye "
     "prácticas de laboratorio con muestras decomisadas y una sesión sobre la atención de "
     "denuncias de consumidores y la entrega de los equipos incautados como residuos "
     "electrónicos. Las baterías de litio de las motos eléctricas y las extensiones eléctricas "
     "quedarán para un próximo taller.",
     ("cargadores de celular", "productos falsificados", "aduanas", "seguridad eléctrica",
      "eventos"),
     ("EC",), "2025-06"),
    # --- vehicle-to-grid (bidirectional charging of electric vehicles) ----------------------------
    ("fs25", "support-source", "en",
     "Funding offer: vehicle-to-grid demonstrations for fleets, car clubs and households",
     "Vehicle-to-grid (V2G) lets the battery of an electric car give power back to the grid or to "
     "a building through a bidirectional charger: parked cars can soak up cheap wind power at "
     "night and return it at the evening peak, and fleets can cut their bills. A competition run "
     "by the government's energy innovation programme with the energy regulator offers grants to "
     "consortia of fleet operators, car clubs, local councils, charge point makers, electricity "
     "suppliers and distribution network operators for demonstrations in Great Britain. Projects "
     "must install bidirectional chargers, test how much flexibility the vehicles can provide, "
     "measure battery wear, study what drivers accept, and report on standards, metering and grid "
     "connection. Vehicle-to-home and vehicle-to-building schemes are eligible, and projects in "
     "social housing and rural areas get extra points. Public rapid charging networks and "
     "grid-scale batteries are funded under other calls.",
     ("vehicle-to-grid", "bidirectional charging", "electric vehicles", "grid flexibility",
      "offers"),
     ("GB",), "2024-12"),
    ("fs26", "project", "fr",
     "Projet : cinquante voitures en autopartage qui rendent leur électricité au réseau suisse",
     "Une coopérative suisse d'autopartage, un fabricant de bornes, des gestionnaires de réseau "
     "et une haute école ont mis en service une flotte de cinquante voitures électriques équipées "
     "pour la recharge bidirectionnelle, réparties dans des stations de Suisse romande et "
     "alémanique. Quand elles ne roulent pas, ces voitures peuvent injecter dans le réseau "
     "l'électricité stockée dans leurs batteries : elles participent au réglage de la fréquence "
     "pour le gestionnaire national, écrêtent les pointes de consommation des quartiers et "
     "stockent l'électricité solaire de midi. Ce projet, soutenu par l'office fédéral de "
     "l'énergie, mesure l'énergie échangée, les revenus des services au réseau, l'usure des "
     "batteries et la disponibilité des voitures pour les clients, et il étudie les obstacles "
     "réglementaires : double taxation de l'électricité stockée, comptage, normes des bornes. Il "
     "prépare l'élargissement du V2G à d'autres flottes. La recharge publique rapide et les "
     "batteries stationnaires ne sont pas concernées.",
     ("recharge bidirectionnelle", "V2G", "autopartage", "voitures électriques", "projets"),
     ("CH",), "2024-09"),
    ("fs27", "document", "es",
     "Guía: requisitos para conectar a la red los cargadores bidireccionales de vehículos "
     "eléctricos en Uruguay",
     "Uruguay genera casi toda su electricidad con fuentes renovables y tiene cada vez más autos, "
     "utilitarios y ómnibus eléctricos. La carga bidireccional, o vehículo a la red (V2G), "
     "permite que sus baterías entreguen energía a la red o a un edificio en las horas de mayor "
     "demanda y se carguen cuando sobra energía eólica. Esta guía, publicada por la empresa "
     "eléctrica estatal con la unidad reguladora y el ministerio de industria, energía y minería, "
     "explica a empresas de transporte, flotas, edificios y particulares qué equipos se admiten, "
     "qué protecciones y medidores se exigen, cómo se tramita la conexión, cómo se remunera la "
     "energía entregada y qué tarifas horarias convienen. Incluye los ejemplos de una flota de "
     "utilitarios de reparto y de un hogar con auto eléctrico y paneles solares. Los cargadores "
     "públicos de carga rápida y la gestión de las baterías usadas se rigen por otras normas.",
     ("carga bidireccional", "vehículo a la red", "vehículos eléctricos", "conexión a la red",
      "guías"),
     ("UY",), "2025-03"),
    # --- camping gas cartridges (empty butane and propane canisters of camping stoves) ------------
    ("fs28", "document", "en",
     "Empty gas canisters in the backcountry: a guide for trampers, hut wardens and outdoor "
     "retailers",
     "Every summer, hut wardens and rangers on New Zealand's Great Walks and in backcountry huts "
     "carry out hundreds of small butane and propane-butane gas canisters that trampers leave "
     "behind, half full or empty, on shelves, in long-drops and in the bush. The screw-thread "
     "canisters used with lightweight cooking stoves are made of steel or aluminium and can be "
     "recycled only when completely empty and pierced; left in rubbish bags, they can explode in "
     "compactor trucks and fires. This guide, prepared by the conservation department with "
     "outdoor retailers, councils and a recycling company, explains how to use up the gas, how to "
     "puncture a canister safely with a simple tool, which transfer stations accept them, why "
     "canisters must never be buried or burnt, and how to carry them out. It asks retailers to "
     "take back empty canisters and sets rules for storing spare canisters at huts. Disposable "
     "barbecues and the larger LPG cylinders of campervans are covered by other advice.",
     ("gas canisters", "camping stoves", "backcountry huts", "recycling", "guidance"),
     ("NZ",), "2024-10"),
    ("fs29", "support-source", "fr",
     "Offre : collecte des cartouches de gaz de camping vides dans les refuges, campings et "
     "magasins de sport des Pyrénées",
     "Les cartouches de gaz de camping, à percer ou à valve, au butane ou au mélange "
     "butane-propane, ne doivent jamais aller dans le bac de tri ni dans les ordures ménagères : "
     "même vides en apparence, elles peuvent exploser dans les bennes et les centres de tri. Dans "
     "les Pyrénées, les gardiens de refuges en redescendent chaque été des centaines, abandonnées "
     "par les randonneurs. L'éco-organisme chargé des déchets diffus spécifiques, avec le parc "
     "national, les fédérations de l'hôtellerie de plein air, les gardiens de refuges et des "
     "enseignes de sport, offre aux refuges gardés, aux campings, aux magasins et aux déchèteries "
     "des bacs de collecte gratuits, l'enlèvement des cartouches, leur dégazage et le recyclage "
     "de l'acier et de l'aluminium, ainsi que des affiches pour les randonneurs. Les refuges "
     "d'altitude peuvent grouper leurs cartouches avec les rotations d'hélicoptère du "
     "ravitaillement. Les bouteilles de gaz consignées des particuliers et les extincteurs ne "
     "relèvent pas de cette offre.",
     ("cartouches de gaz", "déchets diffus spécifiques", "refuges", "camping", "offres"),
     ("FR",), "2025-04"),
    ("fs30", "project", "es",
     "Proyecto: que ningún cartucho de gas quede en Torres del Paine, recolección y reciclaje en "
     "campamentos y refugios",
     "Cada temporada, centenares de miles de visitantes recorren el parque nacional Torres del "
     "Paine, y muchos excursionistas que hacen el circuito W o el circuito O cocinan con anafes "
     "de camping alimentados por cartuchos de gas butano o de mezcla de butano y propano. Los "
     "guardaparques y los concesionarios de campamentos encuentran cientos de cartuchos "
     "abandonados, a medio usar o vacíos, en los refugios, en los baños y junto a los senderos. "
     "Como los cartuchos no pueden viajar en avión, los visitantes extranjeros los compran en "
     "Puerto Natales y los dejan al salir. Este proyecto de la corporación nacional forestal con "
     "la municipalidad, los concesionarios, las tiendas de montaña y una empresa de reciclaje de "
     "metales instala puntos de devolución en las porterías y en Puerto Natales, promueve el "
     "intercambio de cartuchos a medio usar entre excursionistas, perfora y vacía los cartuchos "
     "con un equipo seguro y envía el metal a reciclar en Punta Arenas. Las fogatas, prohibidas "
     "después de los grandes incendios, no forman parte del proyecto.",
     ("cartuchos de gas", "residuos de montaña", "áreas protegidas", "reciclaje", "proyectos"),
     ("CL",), "2025-01"),
)  # fmt: skip
