"""Clearing-house records of the hundred-and-twenty-fifth judged relevance set
(tests/search/relevance/queries125.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: rural water supply pages on
hand pumps (a case study of the hand pump mechanics associations that keep the U2 and U3 pumps of
Uganda's boreholes working; a need to repair the forages équipés de pompes à motricité humaine, the
PMH, of the Ségou region of Mali; a project of bombas de mecate, rope pumps, a kind of bomba manual,
for the wells of Carazo and Rivas in Nicaragua); urban water pages on water meters (a project of
household and prepaid water meters for the peri-urban areas of Lusaka in Zambia; an offer from a
Moroccan laboratory in Rabat to test the compteurs d'eau of francophone African utilities and train
their releveurs; a need for medidores, micromedidores and macromedidores for Tegucigalpa and
Comayagüela in Honduras); urban drainage pages on cleaning drains before the rains (a dataset of the
pre-monsoon desilting of the nullahs and stormwater drains of Mumbai in India; a project for the
curage of the caniveaux and canaux à ciel ouvert of Abidjan in Côte d'Ivoire; a guide to the
desazolve of the coladeras and bocas de tormenta of Guadalajara in Mexico); coastal works pages on
seawalls (a case study of the tetrapod seawall around Malé in the Maldives; a project for the mur
de protection en enrochements, a digue longitudinale, of the fishing quarters of the Langue de
Barbarie at Saint-Louis in Senegal; a need to raise and strengthen the Malecón of Havana against
the penetraciones del mar in Cuba); beach safety pages on rip currents (a dataset joining the rip
current forecasts and surf-zone deaths of the south-eastern United States; a guide to the baïnes
and courants d'arrachement of the Gironde and Landes beaches in France; a jornada, an event, for
the guardavidas of Maldonado and Rocha on the corrientes de retorno, or de resaca, of Uruguay);
weather observation pages on radiosondes (a project to restart the upper-air soundings of Honiara
in Solomon Islands; a stage, an event, on radiosondages and ballons-sondes at the EAMAC of Niamey
in Niger; a dataset of the radiosondeos of the Argentine weather service); public warning pages on
cell broadcast (a case study of Great Britain's Emergency Alerts; a guide for préfectures and
maires to FR-Alert and its diffusion cellulaire in France; a dataset of the messages of Chile's
Sistema de Alerta de Emergencia, the SAE, sent to celulares); housing and training pages on the
seismic retrofitting of houses (a project that retrofits stone and mud houses and trains masons in
Gorkha and Dhading, Nepal; an offer to train the boss maçons of Haiti in construction parasismique
and the renforcement of existing houses; a guide to the reforzamiento of viviendas de adobe with
geomalla and mallas de driza in Peru); household preparedness pages on emergency kits (a Go Bag
Day, an event, in Marikina in the Philippines; a dataset on the trousse d'urgence 72 heures of
Québec households in Canada; a need for mochilas de emergencia, kits de emergencia, for the
families of Mocoa in Colombia); and ocean observation pages on Argo floats (a project deploying
floats from Mauritius and training island scientists of the south-west Indian Ocean; a dataset of
the flotteurs profileurs Argo deployed by France; a need for flotadores, perfiladores Argo, off
Ecuador to watch El Niño). English, French and Spanish, 10 records each, every topic written once
in each language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records121.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (hand pump, handpump, pump mechanic, India Mark, Afridev,
Vergnet, pompe à main, pompe manuelle, pompe à motricité humaine, PMH, artisan réparateur,
hydraulique villageoise, bomba manual, bomba de mano, bomba de mecate, bomba de soga, borehole,
forage, pozo, water point, point d'eau, punto de agua; water meter, metering, prepaid, compteur,
compteur d'eau, télérelève, medidor, medidores de agua, micromedición, hidrómetro, contador de
agua, non-revenue water, eau non facturée, agua no contabilizada, agua no facturada; desilting,
nullah, drain, storm drain, gully, gutter, culvert, curage, caniveau, canal à ciel ouvert, dalot,
hivernage, eaux pluviales, desazolve, coladera, boca de tormenta, imbornal, sumidero, alcantarilla,
drenaje pluvial, temporada de lluvias; seawall, sea wall, sea defence, coastal defence, revetment,
tetrapod, breakwater, groyne, dike, dyke, levee, embankment, mur de protection, digue, perré,
enrochement, brise-lames, épi, protection côtière, malecón, muro costero, muro de protección,
dique, escollera, rompeolas, espigón, protección costera, penetraciones del mar, Tarea Vida; rip
current, rip tide, riptide, lifeguard, drowning, red flag, baïne, courant d'arrachement, noyade,
baignade, maître-nageur, drapeau rouge, corriente de resaca, corriente de retorno, resaca,
guardavidas, salvavidas, socorrista, ahogamiento, bañistas, bandera roja; radiosonde, weather
balloon, upper-air, sounding, radiosondage, ballon-sonde, sondage, radiosondeo, globo sonda,
sondeo aerológico, ASECNA, EAMAC, SOFF; cell broadcast, emergency alert, wireless emergency alert,
public warning, text message, SMS, siren, FR-Alert, BE-Alert, NL-Alert, ES-Alert, diffusion
cellulaire, alerte à la population, sirène, difusión celular, alerta masiva, Sistema de Alerta de
Emergencia, celulares, mensaje de texto, sirena; retrofit, seismic retrofit, earthquake-resistant,
mason, parasismique, paracyclonique, renforcement sismique, maçon, chaînage, sismorresistente,
reforzamiento, adobe, quincha, bahareque, geomalla, albañil; emergency kit, go bag, grab bag,
72-hour, preparedness, survival kit, trousse d'urgence, kit d'urgence, 72 heures, sac d'urgence,
mochila de emergencia, kit de emergencia, maletín, botiquín, plan familiar; Argo, profiling float,
float, drifter, buoy, flotteur, profileur, bouée, Euro-Argo, flotador, perfilador, boya,
oceanographic tag). Screened and dropped as covered: the planned relocation of villages (bq04-bq06),
online courses and webinars (n13, n40, p40, x15), learning routes and study tours (bx22-bx24),
communities of practice (by22-by24), hackathons (bv22-bv24), training of trainers (bz22-bz24),
internships (ca22-ca24), serious games (ct22-ct24), emergency drills (the simulacros of k09, o09
and y18), cold waves (too near the frost pages bu25-bu27, as set 46 found), besides the topics of
sets 42 to 121 and those their docstrings list as covered; screened with no or passing hits but not
chosen: storm surge barriers (screened by set 121 too), river gauging stations (a golden software
record models runoff from river discharge and rain gauge data), property-level flood barriers and
batardeaux, sea outfalls (next to the brine outfalls of the desalination pages bs19-bs21), dam
safety (the tailings dam failure of t07 and the red mud reservoir of bl22), weather radars (the
hail need bw27 and the tornado need by27 ask for radar coverage), community emergency response
volunteers (the community wildfire brigades of v39 and the brigadas vecinales of bv27), water
towers and septic tanks.

No earlier record is judged relevant to a query of this set. The nearest, all 0: the offer of
hydraulic ram pumps for western Cameroon (ep02), which says that the forages équipés de pompes à
motricité humaine belong to another programme, and the sand dam guide (cm15), which lists a pozo
con bomba de mecate among the works, no hand pump page; the solar irrigation pumps (el19-el21) and
the bomba de mochila, a knapsack sprayer, of bh06, no hand pump; the smart and prepaid electricity
meters (db10-db12) and the particle counters of the contrôle technique (el26), no water meter; the
plastic sachets that block the caniveaux of Abidjan and Douala (dr11, cn29), the foam found in
gully clean-outs in Jamaica (bx07), the tear gas sampled in Portland's storm drains (db01), the
curages of the ponds, reed beds, rivers and raised fields of bq02, bt20, cs29, da05 and di23, the
desazolve de aguadas of Calakmul (du27), the caustic soda drain cleaners of ej04-ej06 and the
sewers inspected under Guatemala City (ex03), no drain desilting page; the coastal erosion pages
that name ouvrages durs, groynes and obras de protección costera (m10-m12), the beach nourishment
pages that name espigones, rompeolas and enrochements (dq28-dq30), the managed realignment pages
that breach embankments (ck25-ck27), the salt pond levees of bn19, the sea walls of the Yellow Sea
named by the godwit page (eg04), the espigones kept away from surf breaks (ci27), and the seawall
of East Trinity and the digues anti-sel of Casamance of the acid sulfate soil pages (ew22, ew23),
no seawall page; the lifeguards of the swimming pool pages (cz04-cz06) and the gouf de Capbreton
off a beach of the Landes (ea14), no rip current; the globos meteorológicos that carried sulphur
dioxide for solar geoengineering (cr18) and the radiosondeos named by the contrail jornada (df12),
no radiosonde page; the earthquake early warning pages (ex25-ex27), which name phone apps,
wireless emergency alerts, SMS and celulares among their channels, the huaico warnings sent by
radio and mensaje de texto (bv27), the tornado need that asks for better warnings by teléfono
móvil (by27) and the lightning warnings relayed to mobile phones in the haors (bx25), no cell
broadcast page; the earthquake pages (ca25-ca27), the earthquake early warning and search and
rescue dog pages (ex25-ex30) and the cálculo sísmico of the timber social housing need (cv18), no
retrofitting; the iodine
tablets kept at home (eu10-eu12), no emergency kit; and the tide gauges (ex04-ex06) and the
elephant seals that carry oceanographic tags (dk14), no Argo float.

records122.py (ids ey01..ey30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), records123.py (ids ez01..ez30, on biodiversity topics) and records124.py (ids
fa01..fa30, on agriculture, fisheries, forestry, food and land topics), written at the same time
by three other engineers, were searched for the same words once they were finished (with their
queries122.tsv, queries123.tsv and queries124.tsv, 60 queries each), before these records were
judged. Their topics are the illicit tobacco trade, laser pointers, sunbeds, radioactive
"negative ion" products, petrol vapour recovery, waste foundry sand, X-ray films and fixer, wood
dust, quarry blasting and small modular reactors (records122.py); clouded leopards, maned wolves,
Welwitschia, proboscis monkeys, pudus, aardvarks, birds-of-paradise, tree kangaroos, okapis and
horned lizards (records123.py); and the coffee berry borer, pigeon pea, the System of Rice
Intensification, mohair and Angora goats, rhizobium inoculants, acoustic pingers on fishing nets,
pannage, saltbush, honey adulteration and diffused light stores for seed potatoes
(records124.py). None of their records names a hand pump, a water meter, the cleaning of drains,
a seawall, a rip current, a radiosonde, cell broadcast, seismic retrofitting, an emergency kit or
an Argo float. The nearest are passing or about other things and judged 0: the petrol pumps of
the vapour recovery pages (ey13-ey15), fuel dispensers, no hand pump; the fixer emptied into the
caniveaux of Yaoundé and Douala (ey20), no drain desilting; the sismographes set up in the houses
near the quarries of Diack and Bandia (ey26), which watch blasting, no retrofitting; and the
acoustic pingers of the gillnet pages (fa16-fa18), no Argo float. None of their records answers a
query of this set, and none of their queries is repeated in queries125.tsv.

Traps: the water user committees, the solar-powered piped schemes, cholera and the drilling of
boreholes of fb01; the adductions d'eau sommaires à pompage solaire, the puits traditionnels and
the ver de Guinée of fb02; the riego de huertos, the cloración and the pozos perforados of fb03; the
standpipes and kiosks, cholera, pit latrines and the vendors' boreholes of fb04; the compteurs
d'électricité, the fuites and the branchements clandestins of fb05; the represas de Los Laureles
and Concepción, the sequía of 2024 and the supply two or three days a week of fb06; the Mithi
River, mangrove cutting, rat bites and leptospirosis of fb07; the lagune Ébrié, the glissements de
terrain of Attécoubé and the déguerpissements of fb08; the pasos a desnivel, the pozos de visita,
the baches and the río Atemajac of fb09; the tsunami of 2004, Hulhumalé, coral mining and
sea-level rise of fb10; the brèche of 2003, the families that had to leave, the parc national and
the pêche artisanale of fb11; the huracanes Wilma and Irma, the frentes fríos, the reefs and
tourism of fb12; shark bites, jellyfish stings, heat illness and the shore breaks of fb13; the
érosion des dunes and the surfeurs of fb14; the motos de agua, the cianobacterias and the erosion
of the coast of fb15; the tide gauges, rainfall stations and cyclone forecasts of fb16; the
stations automatiques, the radars météorologiques and the lignes de grains of fb17; the ozone
soundings of Ushuaia and Marambio, the radares and the tormentas severas of fb18; the flood
warnings by telephone, the outdoor sirens and Storm Éowyn of fb19; the sirènes of the réseau
national d'alerte, the feux de forêt, crues and attentats of fb20; the tsunami, the incendios
forestales of Viña del Mar, the erupciones, aluviones and sismos and the sirenas costeras of fb21;
the Gorkha earthquake, the landslides and the remittances of fb22; the séismes of 2010 and 2021,
the ouragans, cholera and deforestation of fb23; the terremotos of Nazca, Arequipa and Pisco and
the quincha of fb24; Ondoy and Ulysses, the evacuation centres and the alarm sirens of the
Marikina River of fb25; the verglas of 1998, the inondations, the génératrices and the monoxyde de
carbone of fb26; the avenida torrencial of 2017, the sistema de alerta temprana and the albergues
of fb27; the tropical cyclones, the fish aggregating devices and coral bleaching of fb28; the
bouées dérivantes and the planeurs sous-marins of fb29; and El Niño, the boyas fondeadas, the
mareógrafos and the floraciones algales of fb30. Letters: the bombas de palanca of fb03 are hand
pumps too; the prepaid meters of fb04 meter water, not electricity; the digue longitudinale of
fb11 is a seawall of rock, not a river dike; the corrientes de retorno and de resaca of fb15 are
the same currents; the globos sonda of fb18 and the weather balloons of fb16 carry radiosondes; the
golden files name no hand pump, water meter, drain, seawall, rip current, radiosonde, cell
broadcast, retrofitting, emergency kit or Argo float (their "meter", "alert", "gauge", "kit" and
"seismic" are other things: parameters and diameters, job alerts and alertness, gauge fields and
the rain gauges and river discharge that a runoff-modelling software record takes as input, test
kits and lift kits, seismicity and earthquake-induced landslides).
For the country queries: fb01 names Uganda (India only in the name of the India Mark II pump);
fb02 Mali (India only in the name of the India Mark pump); fb03 only Nicaragua; fb04 only
Zambia; fb05 Morocco (West and Central Africa as the region it serves); fb06 only Honduras; fb07
only India; fb08 only Côte d'Ivoire; fb09 only Mexico; fb10 the Maldives (Japan as the donor);
fb11 Senegal (West Africa as a region); fb12 only Cuba; fb13 only the United States; fb14 only
France; fb15 only Uruguay; fb16 only Solomon Islands; fb17 Niger (West and Central Africa and
Madagascar in the name of the ASECNA); fb18 only Argentina (the Antarctic base as a place); fb19
the United Kingdom (Great Britain, Scotland and Northern Ireland); fb20 only France; fb21 only
Chile; fb22 only Nepal; fb23 only Haiti; fb24 only Peru; fb25 only the Philippines; fb26 only
Canada (Québec); fb27 only Colombia; fb28 Mauritius (Madagascar, Seychelles and Comoros as the
countries of the trained scientists); fb29 only France; fb30 only Ecuador (Galápagos).

Ids (fb01..fb30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
et01..et30, eu01..eu30, ev01..ev30, ew01..ew30, ex01..ex30), nor with records122.py's
(ey01..ey30), records123.py's (ez01..ez30) or records124.py's (fa01..fa30), and no earlier id
starts with "fb".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- hand pumps ----------------------------------------------------------------------------
    ("fb01", "case-study", "en",
     "Hand pump mechanics associations in Uganda: keeping village boreholes pumping",
     "Most of Uganda's rural people draw their water from boreholes and shallow wells fitted with "
     "hand pumps, above all the U2 and U3, local versions of the India Mark II deep-well pump, and "
     "at any time about one in five is broken, often for want of a spare rod, a chain or a cup "
     "seal. Since 2013 district local governments have grouped the scattered pump mechanics of "
     "each district into hand pump mechanics associations, which sign maintenance contracts with "
     "sub-counties, keep stocks of spare parts and visit every water point on a schedule instead "
     "of waiting for a breakdown. This case study, written by the water ministry with two "
     "district associations and a research partner, compares twelve districts: how many pumps "
     "worked before and after, what water user committees paid per household, how the mechanics "
     "were trained and certified, and why some associations collapsed when districts stopped "
     "paying them. Solar-powered piped schemes, cholera and the drilling of new boreholes are "
     "named in passing.",
     ("hand pumps", "boreholes", "pump mechanics", "rural water supply", "case studies"),
     ("UG",), "2024-06"),
    ("fb02", "need", "fr",
     "Besoin : remettre en service les forages équipés de pompes à motricité humaine de la "
     "région de Ségou",
     "Dans les villages de la région de Ségou, au Mali, l'eau potable vient surtout de forages "
     "équipés de pompes à motricité humaine, les PMH : pompes à pied Vergnet, pompes à levier "
     "India Mark et Kardia, installées pour la plupart entre 1980 et 2010. Près d'un tiers sont "
     "en panne ou ne donnent plus qu'un filet d'eau, faute de pièces détachées, de réparateurs "
     "formés et de caisses d'entretien alimentées par les usagers ; les femmes retournent alors "
     "aux puits traditionnels ouverts et au fleuve. La direction régionale de l'hydraulique et "
     "les communes demandent un appui pour diagnostiquer 600 forages, réhabiliter les 250 jugés "
     "récupérables, ouvrir des magasins de pièces détachées dans les chefs-lieux de cercle, "
     "former et équiper 40 artisans réparateurs et aider les associations d'usagers de l'eau à "
     "fixer un prix de l'eau au seau qui paie l'entretien. Les adductions d'eau sommaires à "
     "pompage solaire, la désinfection des puits et le ver de Guinée ne sont cités qu'en "
     "passant.",
     ("pompes à motricité humaine", "PMH", "forages", "hydraulique villageoise", "besoins"),
     ("ML",), "2025-02"),
    ("fb03", "project", "es",
     "Bombas de mecate para los pozos de las comunidades rurales de Carazo y Rivas",
     "La bomba de mecate, una bomba manual hecha con una rueda, una cuerda con pistones de "
     "plástico y un tubo de PVC, se difundió en Nicaragua desde los años noventa hasta equipar "
     "buena parte de los pozos excavados del campo: cuesta poco, se fabrica en talleres del país "
     "y la repara cualquier vecino. En Carazo y Rivas muchas están gastadas y los pozos, sin "
     "tapa, se contaminan. Este proyecto de una red de talleres metalúrgicos, las alcaldías y "
     "los comités de agua potable y saneamiento, los CAPS, instala o rehabilita bombas de mecate "
     "en 400 pozos familiares y 60 pozos comunales, con tapa sellada y brocal para que no entre "
     "agua sucia, capacita a jóvenes como técnicos de mantenimiento y lleva un registro de cada "
     "bomba, su caudal y sus reparaciones. En las escuelas prueba bombas de palanca para pozos "
     "más profundos. El riego de huertos con la bomba, la cloración del agua y los pozos "
     "perforados de los acueductos se mencionan de paso.",
     ("bombas de mecate", "bombas manuales", "pozos", "agua potable rural", "proyectos"),
     ("NI",), "2024-09"),
    # --- water meters --------------------------------------------------------------------------
    ("fb04", "project", "en",
     "Prepaid water meters for yard taps and standpipes in Lusaka's peri-urban areas",
     "In the peri-urban areas of Lusaka, where about 70 per cent of the city's people live, most "
     "households fetch water from communal standpipes and kiosks or pay a neighbour who has a "
     "yard tap, and the utility bills many connections on estimates because there is no working "
     "meter. This project of the water and sewerage company, the regulator and a development "
     "bank installs 25,000 household water meters, 8,000 of them prepaid meters topped up with "
     "a token or a mobile money payment, replaces the broken meters of 300 standpipes, and sets "
     "a lifeline block of cheap water for the first six cubic metres a month so that metering "
     "does not cut poor families off. It trains meter readers and plumbers, checks new and old "
     "meters on a test bench, and publishes monthly figures on billed water, non-revenue water "
     "and complaints. Cholera outbreaks, pit latrines and the boreholes of private vendors are "
     "named in passing.",
     ("water meters", "prepaid meters", "non-revenue water", "urban water supply", "projects"),
     ("ZM",), "2024-11"),
    ("fb05", "support-source", "fr",
     "Offre : étalonnage des compteurs d'eau et formation des releveurs pour les distributeurs "
     "d'eau d'Afrique francophone",
     "Un compteur d'eau qui vieillit sous-compte : au-delà de dix ans, beaucoup de compteurs à "
     "jet unique ou volumétriques n'enregistrent plus les petits débits, ceux d'un robinet qui "
     "goutte ou d'une citerne qui se remplit lentement, et l'eau distribuée n'est plus facturée. "
     "Le laboratoire de métrologie d'un office marocain de l'eau potable, à Rabat, offre aux "
     "sociétés et régies de distribution d'eau d'Afrique de l'Ouest et du Centre l'essai sur "
     "banc d'étalonnage de lots de compteurs neufs et déposés, des conseils pour rédiger les "
     "cahiers des charges d'achat, choisir la classe de précision et le calibre et planifier le "
     "renouvellement du parc, ainsi que la formation des releveurs et des techniciens à la "
     "relève, à la télérelève par radio et à la détection des compteurs trafiqués et des "
     "branchements clandestins. Les demandes sont reçues jusqu'en septembre 2026. Les compteurs "
     "d'électricité et la recherche des fuites sur les réseaux ne sont cités qu'en passant.",
     ("compteurs d'eau", "étalonnage", "eau non facturée", "distribution d'eau", "offres"),
     ("MA",), "2025-03"),
    ("fb06", "need", "es",
     "Necesidad: medidores de agua para el servicio de agua potable de Tegucigalpa y "
     "Comayagüela",
     "En Tegucigalpa y Comayagüela el agua llega a muchos barrios solo dos o tres días por "
     "semana, y la mayoría de los usuarios paga una tarifa fija porque no tiene medidor o porque "
     "el que tiene está dañado, lo que no premia a quien ahorra ni permite saber dónde se pierde "
     "el agua. La unidad municipal que opera el servicio solicita apoyo para instalar 60.000 "
     "medidores domiciliarios, o micromedidores, resistentes al aire que entra en las tuberías "
     "cuando se corta el servicio, colocar macromedidores a la salida de las plantas "
     "potabilizadoras y en los sectores hidráulicos, crear un laboratorio para probar medidores, "
     "reorganizar la lectura y la facturación con teléfonos móviles y diseñar una tarifa por "
     "bloques de consumo con un bloque social. También pide formar a lectores y fontaneros. Las "
     "represas de Los Laureles y Concepción y la sequía de 2024 se mencionan de paso.",
     ("medidores de agua", "micromedición", "agua no contabilizada", "agua potable",
      "necesidades"),
     ("HN",), "2025-04"),
    # --- drain desilting -----------------------------------------------------------------------
    ("fb07", "dataset", "en",
     "Pre-monsoon desilting of Mumbai's nullahs and stormwater drains: silt removed, truck trips "
     "and flooding spots, 2018-2024",
     "Every year from March to the end of May, before the south-west monsoon, Mumbai's municipal "
     "corporation has silt, garbage and plastic cleared from more than 300 kilometres of major "
     "nullahs, the open stormwater channels that carry the rain to the Mithi River and the "
     "creeks, and from minor roadside drains and the culverts under the railway lines, so that "
     "the first heavy rains do not flood streets and homes. Contractors must remove a set share "
     "of the year's silt before the monsoon and weigh every truck at the dumping ground, with "
     "geotagged photographs and videos as proof. This dataset gives, for each ward and nullah, "
     "the silt targets and the tonnes removed, the number of truck trips and their weighbridge "
     "slips, the dates, the contractor and the penalties, with the chronic flooding spots "
     "reported by residents in the monsoon that followed. Mangrove cutting, rat bites and "
     "leptospirosis are named in passing.",
     ("drain desilting", "nullahs", "stormwater drains", "urban flooding", "datasets"),
     ("IN",), "2025-04"),
    ("fb08", "project", "fr",
     "Curage des caniveaux et des canaux à ciel ouvert d'Abidjan avant la grande saison des "
     "pluies",
     "À Abidjan, les pluies de mai et de juin transforment chaque année des rues d'Abobo, "
     "d'Adjamé, de Cocody et de Yopougon en torrents ; en juin 2018, les inondations du bassin "
     "versant du Gourou ont fait plusieurs dizaines de morts. Sables, ordures, sachets "
     "plastiques et déblais comblent les caniveaux, les dalots sous les routes et les grands "
     "canaux à ciel ouvert qui mènent l'eau de pluie à la lagune Ébrié. Ce projet de l'office "
     "national de l'assainissement et du drainage et des mairies organise, de février à avril, "
     "le curage mécanique des grands canaux et le curage manuel des caniveaux par des groupes de "
     "jeunes et de femmes rémunérés, l'évacuation des boues de curage vers des sites autorisés "
     "plutôt qu'au bord des rues, la pose de grilles qui retiennent les déchets et une campagne "
     "pour que les riverains ne jettent plus leurs ordures dans les caniveaux. Les glissements "
     "de terrain d'Attécoubé et les déguerpissements ne sont évoqués qu'en passant.",
     ("curage des caniveaux", "drainage pluvial", "inondations urbaines", "assainissement",
      "projets"),
     ("CI",), "2024-02"),
    ("fb09", "document", "es",
     "Guía para el desazolve de coladeras, bocas de tormenta y canales antes de la temporada de "
     "lluvias en Guadalajara",
     "En la zona metropolitana de Guadalajara, las tormentas de junio a septiembre inundan pasos "
     "a desnivel, avenidas y colonias bajas cuando las coladeras, las bocas de tormenta y los "
     "canales a cielo abierto están tapados con basura, hojas, tierra y escombro. Esta guía, "
     "preparada por el organismo operador del agua y el drenaje con la protección civil del "
     "estado y los municipios, explica cómo programar el desazolve preventivo de enero a mayo: "
     "inventario de bocas de tormenta y rejillas, limpieza manual y con camiones de succión y "
     "presión, revisión de los colectores con cámaras, retiro de los azolves hacia sitios "
     "autorizados, seguridad de las cuadrillas que bajan a los pozos de visita y registro de lo "
     "retirado por colonia. Propone jornadas vecinales para limpiar las coladeras de cada calle "
     "y multas por tirar escombro en los canales. Los baches que abren las lluvias y el río "
     "Atemajac se citan de paso.",
     ("desazolve", "coladeras", "drenaje pluvial", "inundaciones urbanas", "guías"),
     ("MX",), "2025-01"),
    # --- seawalls ------------------------------------------------------------------------------
    ("fb10", "case-study", "en",
     "The Malé seawall: tetrapods around a capital island of two square kilometres",
     "Malé, the capital of the Maldives, packs more than 200,000 people onto an island of under "
     "two square kilometres whose highest ground is barely two metres above the sea. After "
     "long-period swells flooded a third of the island in April 1987, the government built, with "
     "grants from Japan, a seawall of concrete tetrapods and a sloping revetment around the "
     "whole island between 1988 and 2002. When the Indian Ocean tsunami struck on 26 December "
     "2004, waves flooded many islands of the country, yet people in Malé credit the wall with "
     "sparing the capital the worst. This case study, written by the environment ministry with "
     "an engineering university, reviews how the wall was designed and paid for, how "
     "overtopping and settlement are monitored, how it reshaped the city's edge and its "
     "beaches, and why many outer islands ask for walls they cannot maintain. The reclaimed "
     "island of Hulhumalé, coral mining and the projections of sea-level rise are named only as "
     "context.",
     ("seawalls", "tetrapods", "coastal protection", "small islands", "case studies"),
     ("MV",), "2024-07"),
    ("fb11", "project", "fr",
     "Un mur de protection en enrochements pour les quartiers de pêcheurs de la Langue de "
     "Barbarie, à Saint-Louis",
     "Sur la Langue de Barbarie, la mince flèche de sable qui sépare le fleuve Sénégal de "
     "l'océan à Saint-Louis, les quartiers de pêcheurs de Guet Ndar, Goxu Mbacc et Santhiaba "
     "sont parmi les plus denses d'Afrique de l'Ouest. Depuis l'ouverture de la brèche de 2003, "
     "les houles et les tempêtes y emportent des maisons, une école et une mosquée, et des "
     "centaines de familles ont dû partir. Ce projet de l'agence de développement municipal et "
     "de l'État, avec un bailleur de fonds, a construit un mur de protection en enrochements, "
     "une digue longitudinale de 3,6 kilomètres posée sur un géotextile en haut de plage, puis "
     "en suit la tenue : relevés topographiques après chaque tempête, franchissements par les "
     "vagues, affouillement du pied de l'ouvrage, accès des pirogues à la plage. Il forme des "
     "agents municipaux à l'entretien et informe les habitants des zones où il ne faut pas "
     "reconstruire. Le parc national de la Langue de Barbarie et la pêche artisanale ne sont "
     "évoqués qu'en passant.",
     ("murs de protection", "enrochements", "protection côtière", "submersion marine",
      "projets"),
     ("SN",), "2024-10"),
    ("fb12", "need", "es",
     "Necesidad: proteger el Malecón de La Habana y sus barrios de las penetraciones del mar",
     "El Malecón, el muro de unos ocho kilómetros que bordea La Habana desde el castillo de la "
     "Punta hasta la desembocadura del río Almendares, se construyó entre 1901 y 1958 sobre la "
     "costa rocosa del norte. Cuando los frentes fríos del invierno o los huracanes empujan olas "
     "de varios metros contra el muro, el mar lo rebasa e inunda Centro Habana, el Vedado y "
     "Miramar: son las penetraciones del mar, como las llaman los cubanos, que con Wilma en 2005 "
     "e Irma en 2017 cubrieron calles a cientos de metros de la orilla. En el marco de la Tarea "
     "Vida, el plan del Estado para enfrentar el cambio climático, el instituto de planificación "
     "física y la oficina del historiador de la ciudad solicitan apoyo para medir el rebase del "
     "oleaje, reforzar y elevar tramos del muro, reparar los desagües que devuelven el agua al "
     "mar y preparar la evacuación de los edificios más frágiles. Los arrecifes y el turismo se "
     "mencionan de paso.",
     ("Malecón", "muros costeros", "penetraciones del mar", "adaptación al cambio climático",
      "necesidades"),
     ("CU",), "2025-01"),
    # --- rip currents --------------------------------------------------------------------------
    ("fb13", "dataset", "en",
     "Rip current forecasts and surf-zone drownings on the beaches of the south-eastern United "
     "States, 2014-2024",
     "Rip currents, narrow jets of water that flow from the breaking waves back out to sea, cause "
     "most of the rescues made by lifeguards on surf beaches and many of the drownings, often of "
     "visitors who try to swim straight back to shore against the current. The national weather "
     "service issues a daily rip current risk, low, moderate or high, for each stretch of coast, "
     "now from a probabilistic model that uses wave height, period and direction and the tide. "
     "This dataset joins the forecasts for the beaches from North Carolina to the Florida "
     "panhandle with the surf-zone deaths and lifeguard rescues reported by coastal counties, "
     "beach patrols and the media: date, beach, age and home state of the victim, flag colour "
     "flying, whether a lifeguard was on duty, and the forecast issued that morning. A notes "
     "file explains how to tell rip currents from shore breaks and longshore currents. Shark "
     "bites, jellyfish stings and heat illness are named in passing.",
     ("rip currents", "drowning", "beach safety", "forecasts", "datasets"),
     ("US",), "2025-06"),
    ("fb14", "document", "fr",
     "Guide : baïnes et courants d'arrachement des plages de la côte aquitaine, pour les "
     "communes et les sauveteurs",
     "Sur les 230 kilomètres de plages de sable de la Gironde et des Landes, la houle creuse "
     "entre les bancs de sable des cuvettes, les baïnes, qui se remplissent à marée montante et "
     "se vident vers le large à marée descendante en un courant violent. Ces courants "
     "d'arrachement, que l'on appelle aussi courants de baïne, emportent chaque été des "
     "centaines de baigneurs, et plusieurs s'y noient, souvent hors des zones surveillées ou "
     "après les heures de surveillance. Ce guide, préparé par un observatoire de la côte, les "
     "services de l'État et les sauveteurs, explique comment reconnaître une baïne depuis la "
     "dune, où placer les zones de baignade surveillées, les drapeaux et les panneaux, comment "
     "former les nageurs sauveteurs saisonniers et quoi conseiller au baigneur emporté : ne pas "
     "lutter contre le courant, nager parallèlement à la plage ou se laisser porter et faire "
     "signe. Il fournit des affiches en quatre langues. L'érosion des dunes et les surfeurs ne "
     "sont évoqués qu'en passant.",
     ("baïnes", "courants d'arrachement", "noyades", "surveillance des plages", "guides"),
     ("FR",), "2024-05"),
    ("fb15", "event", "es",
     "Jornada para guardavidas: las corrientes de retorno de las playas oceánicas de Maldonado y "
     "Rocha",
     "En las playas oceánicas del este de Uruguay, de Punta del Este a La Paloma, Punta del "
     "Diablo y Cabo Polonio, las corrientes de retorno, también llamadas corrientes de resaca, "
     "arrastran mar adentro a bañistas que no conocen la costa; cada verano los guardavidas "
     "hacen cientos de rescates y en las playas sin vigilancia hay ahogamientos. Esta jornada de "
     "dos días, organizada por la escuela nacional de guardavidas, la facultad de ciencias y las "
     "intendencias de Maldonado y Rocha antes de la temporada, reúne a 200 guardavidas: "
     "oceanógrafos muestran con drones y tinta de colores cómo se forman las corrientes entre "
     "los bancos de arena, se ensayan rescates con tablas y con motos de agua, se revisan las "
     "banderas y la señalización de las playas y se presenta una aplicación que indica el riesgo "
     "de corrientes según el oleaje pronosticado. También se preparan mensajes para los "
     "turistas. Las floraciones de cianobacterias y la erosión de la costa se mencionan de paso.",
     ("corrientes de retorno", "corrientes de resaca", "guardavidas", "seguridad en playas",
      "eventos"),
     ("UY",), "2025-10"),
    # --- radiosondes ---------------------------------------------------------------------------
    ("fb16", "project", "en",
     "Restarting twice-daily radiosonde launches at Honiara for the Solomon Islands weather "
     "service",
     "Every day at 00 and 12 UTC, weather services around the world release balloons carrying "
     "radiosondes, small instruments that measure temperature, humidity and pressure, and from "
     "their drift the wind, as they rise to 30 kilometres; the profiles feed the global "
     "forecasting models. Over the tropical Pacific such upper-air observations are few, and the "
     "station at Honiara stopped launching in 2019 for want of balloons, gas and spare parts. "
     "This project of the meteorological service, with a regional programme and a global "
     "financing facility for basic weather observations, installs a new ground receiving "
     "system, an automatic hydrogen generator in a safe gas shed and a five-year stock of "
     "radiosondes and balloons, and trains six observers to prepare, launch and check soundings "
     "and to send the data in the international format within the hour. It sets up a "
     "maintenance contract and measures how much the soundings improve cyclone forecasts. Tide "
     "gauges and rainfall stations are named in passing.",
     ("radiosondes", "upper-air observations", "weather forecasting", "Pacific islands",
      "projects"),
     ("SB",), "2025-01"),
    ("fb17", "event", "fr",
     "Stage : le radiosondage, du gonflement du ballon au message TEMP, à l'EAMAC de Niamey",
     "Dans une grande partie de l'Afrique de l'Ouest et du Centre, les stations de radiosondage "
     "sont à l'arrêt ou ne lancent plus qu'un ballon-sonde par jour, faute de consommables, "
     "d'hydrogène et de personnel formé ; or les profils de température, d'humidité et de vent "
     "qu'elles mesurent jusqu'à la stratosphère sont indispensables à la prévision des lignes de "
     "grains et des pluies de la mousson. L'école africaine de la météorologie et de l'aviation "
     "civile, l'EAMAC, organise à Niamey un stage de trois semaines pour 24 techniciens des "
     "services météorologiques nationaux et de l'ASECNA, l'agence pour la sécurité de la "
     "navigation aérienne en Afrique et à Madagascar : préparation et lancement des "
     "radiosondes, production et stockage sûrs de l'hydrogène, contrôle de la qualité des "
     "sondages, codage et transmission des messages TEMP et BUFR, maintenance des stations au "
     "sol. Le stage se termine par des lancers de nuit. Les stations automatiques et les radars "
     "météorologiques ne sont cités qu'en passant.",
     ("radiosondages", "ballons-sondes", "observation en altitude", "formation", "événements"),
     ("NE",), "2025-03"),
    ("fb18", "dataset", "es",
     "Radiosondeos del Servicio Meteorológico Nacional de Argentina: perfiles verticales de "
     "nueve estaciones, 1991-2024",
     "Dos veces por día, o una sola en las estaciones con menos personal, los observadores del "
     "servicio meteorológico nacional lanzan globos sonda que llevan radiosondas hasta más de "
     "25 kilómetros de altura desde Salta, Resistencia, Córdoba, Mendoza, Ezeiza, Santa Rosa, "
     "Neuquén, Comodoro Rivadavia y la base Marambio, en la Antártida. Este conjunto de datos "
     "reúne los sondeos aerológicos de esas estaciones: presión, altura, temperatura, punto de "
     "rocío y dirección y velocidad del viento por niveles, con metadatos sobre el modelo de "
     "radiosonda, los cambios de instrumento que afectan las series y el control de calidad "
     "aplicado. Incluye los índices de inestabilidad que usan los pronosticadores de tormentas "
     "severas en la pampa húmeda y en Cuyo. Las notas explican qué días faltan por falta de "
     "helio o de hidrógeno. Los sondeos de ozono de Ushuaia y Marambio y los radares "
     "meteorológicos se citan de paso.",
     ("radiosondeos", "sondeos aerológicos", "globos sonda", "meteorología",
      "conjuntos de datos"),
     ("AR",), "2025-05"),
    # --- cell broadcast alerts -----------------------------------------------------------------
    ("fb19", "case-study", "en",
     "Emergency Alerts on every phone: Great Britain's cell broadcast system from the national "
     "test to Storm Éowyn",
     "Cell broadcast sends one message to every compatible mobile phone connected to the masts of "
     "an area, without needing phone numbers or an app; the phone sounds a loud, siren-like tone "
     "and vibrates even when set to silent. Great Britain's Emergency Alerts system, run by the "
     "government with the mobile network operators, was tested nationally on 23 April 2023 and "
     "has since been used for a few severe events, among them the red warning for wind of Storm "
     "Éowyn in January 2025, when about four and a half million phones in Scotland and Northern "
     "Ireland received an alert. This case study reviews what the system can and cannot do: who "
     "may send an alert, how the area is drawn, opting out, phones switched off or on older "
     "networks, the hidden phones that people fleeing domestic abuse keep, and public trust "
     "after each alert. It compares cell broadcast with text messages sent to registered "
     "numbers. Flood warnings by telephone and outdoor sirens are named in passing.",
     ("cell broadcast", "emergency alerts", "public warning", "mobile phones", "case studies"),
     ("GB",), "2025-04"),
    ("fb20", "document", "fr",
     "FR-Alert : guide à l'usage des préfectures et des maires pour alerter la population sur "
     "les téléphones portables",
     "Depuis juin 2022, FR-Alert permet aux préfectures d'envoyer une alerte sur tous les "
     "téléphones portables présents dans une zone, par diffusion cellulaire, qui fait sonner et "
     "vibrer l'appareil même en mode silencieux, et par SMS géolocalisé pour les appareils plus "
     "anciens. Ce guide du ministère de l'intérieur et de la direction générale de la sécurité "
     "civile explique dans quels cas déclencher une alerte, du feu de forêt à l'accident "
     "industriel, à la crue rapide ou à l'attentat ; comment rédiger un message court qui dit la "
     "nature du danger, la zone et la conduite à tenir ; comment choisir le niveau, de l'alerte "
     "extrême à la simple information ; comment les maires demandent un envoi au préfet et "
     "l'articulent avec les sirènes du réseau national d'alerte et le plan communal de "
     "sauvegarde ; et comment les touristes étrangers reçoivent les messages. Il tire les leçons "
     "des premiers envois réels et des exercices annuels. Les radios et les panneaux à messages "
     "variables ne sont cités qu'en passant.",
     ("FR-Alert", "diffusion cellulaire", "alerte des populations", "sécurité civile", "guides"),
     ("FR",), "2024-09"),
    ("fb21", "dataset", "es",
     "Mensajes del Sistema de Alerta de Emergencia enviados a los celulares en Chile, 2012-2024",
     "Desde 2012, el Sistema de Alerta de Emergencia, el SAE, permite a la autoridad nacional de "
     "prevención y respuesta ante desastres enviar un mensaje a todos los celulares compatibles "
     "que estén en una zona, mediante la difusión celular de las antenas de las compañías de "
     "telefonía, sin saturar la red como los mensajes de texto; el teléfono emite un sonido "
     "estridente y muestra el texto aunque esté en silencio. Este conjunto de datos reúne los "
     "mensajes enviados de 2012 a 2024: fecha y hora, amenaza, del tsunami a los incendios "
     "forestales, las erupciones volcánicas y los aluviones, instrucción dada, como evacuar o "
     "mantenerse atento, comunas alcanzadas, tiempo entre el evento y el envío, y errores, como "
     "los envíos fuera de zona. Incluye los mensajes de evacuación preventiva del borde costero "
     "tras los sismos fuertes y los de los incendios de Viña del Mar de febrero de 2024. Las "
     "sirenas costeras y las radios locales se citan de paso.",
     ("alertas de emergencia", "difusión celular", "celulares",
      "gestión del riesgo de desastres", "conjuntos de datos"),
     ("CL",), "2025-02"),
    # --- seismic retrofitting of houses --------------------------------------------------------
    ("fb22", "project", "en",
     "Retrofitting stone and mud houses in Gorkha and Dhading: masons trained ten years after the "
     "Nepal earthquake",
     "The Gorkha earthquake of 25 April 2015 destroyed or damaged more than 800,000 houses in "
     "Nepal, most of them built of stone laid in mud mortar. Many families rebuilt only part of "
     "their home, and thousands more live in houses that stood but would not survive the next "
     "strong earthquake. This project of the reconstruction authority, the district governments "
     "and a housing NGO helps 3,000 families in Gorkha and Dhading districts retrofit their "
     "houses instead of pulling them down: horizontal timber or concrete bands at sill and "
     "lintel level, vertical steel bars at the corners, through-stones tying the two faces of "
     "the walls, lighter roofs and steel mesh splints plastered onto the walls. It trains 400 "
     "local masons in earthquake-resistant techniques on demonstration houses, certifies them, "
     "and gives families a retrofitting grant paid in three tranches after inspection. "
     "Landslides on the hill paths and the remittances of migrant workers are named in passing.",
     ("seismic retrofitting", "earthquake-resistant housing", "masons", "reconstruction",
      "projects"),
     ("NP",), "2024-05"),
    ("fb23", "support-source", "fr",
     "Offre : former les boss maçons et les ingénieurs municipaux à la construction "
     "parasismique en Haïti",
     "En Haïti, la plupart des maisons sont construites par des boss maçons, des artisans formés "
     "sur le tas, avec des blocs de ciment souvent trop faibles, un béton pauvre et des "
     "armatures mal ancrées ; c'est une cause majeure des morts des séismes de 2010 et de 2021. "
     "Un réseau d'écoles professionnelles et d'ONG de construction offre aux mairies, aux "
     "organisations communautaires et aux programmes de reconstruction une formation de six "
     "semaines pour les boss maçons et les ingénieurs municipaux : choix et contrôle des blocs et "
     "du sable, dosage du béton, chaînages horizontaux et verticaux, ancrage des toitures contre "
     "les vents des ouragans et renforcement des maisons existantes par l'ajout de chaînages et "
     "de murs de contreventement. La formation a lieu sur des chantiers réels et se termine par "
     "une certification. L'offre comprend des guides illustrés en créole et des fiches de "
     "contrôle pour les inspecteurs municipaux. Les demandes sont reçues jusqu'en mai 2026. Le "
     "choléra et la déforestation ne sont cités qu'en passant.",
     ("construction parasismique", "renforcement des maisons", "boss maçons", "formation",
      "offres"),
     ("HT",), "2025-01"),
    ("fb24", "document", "es",
     "Guía para reforzar viviendas de adobe con geomalla y mallas de driza en la costa y la "
     "sierra sur del Perú",
     "Millones de peruanos viven en casas de adobe, de barro secado al sol, que en los terremotos "
     "de Nazca en 1996, de Arequipa en 2001 y de Pisco en 2007 se agrietaron y se desplomaron "
     "sobre sus ocupantes. Esta guía, preparada por una universidad, el ministerio de vivienda y "
     "un servicio de capacitación para la construcción, explica a maestros de obra, albañiles y "
     "familias cómo reforzar una vivienda de adobe existente o construir una nueva "
     "sismorresistente: revisar la cimentación y el sobrecimiento, colocar una viga collar de "
     "madera, envolver los muros por ambas caras con geomalla o con mallas de driza, la soga de "
     "nailon, atadas a través del muro, y tarrajear con barro. Trae planos, cómputos de "
     "materiales y costos, y cuenta la experiencia de casas reforzadas en Ica y Arequipa que "
     "resistieron sismos posteriores. La quincha y las viviendas de ladrillo se mencionan de "
     "paso.",
     ("reforzamiento sísmico", "viviendas de adobe", "construcción sismorresistente", "geomalla",
      "guías"),
     ("PE",), "2024-08"),
    # --- emergency kits ------------------------------------------------------------------------
    ("fb25", "event", "en",
     "Go Bag Day in Marikina: families pack their emergency kits before the rainy season",
     "In the Philippines, disaster managers ask every household to keep a go bag, a grab bag "
     "packed and ready to carry when the family has to leave home because of a flood, a typhoon "
     "or an earthquake. In Marikina, a city of the capital region flooded by Tropical Storm Ondoy "
     "in 2009 and Typhoon Ulysses in 2020, the city disaster office, the barangay councils and "
     "the schools hold a Go Bag Day each June, before the rains. Families bring a backpack and "
     "learn what to put in it for three days: drinking water, ready-to-eat food, a flashlight "
     "and a radio with spare batteries, a whistle, medicines, copies of documents in a plastic "
     "pouch, cash, a phone charger, clothes, face masks and items for babies, older people and "
     "pets. Volunteers check the bags, schools run a contest and shops offer discounted kits. "
     "The day ends with a walk along the evacuation routes of each barangay. Evacuation centres "
     "and the alarm sirens along the Marikina River are named in passing.",
     ("go bags", "emergency kits", "household preparedness", "flood evacuation", "events"),
     ("PH",), "2025-06"),
    ("fb26", "dataset", "fr",
     "Préparation des ménages aux sinistres au Québec : trousse d'urgence 72 heures, réserves "
     "d'eau et plan familial, enquête 2024",
     "Les autorités de sécurité civile du Québec demandent à chaque ménage de pouvoir se "
     "débrouiller seul pendant les 72 premières heures d'un sinistre, panne d'électricité "
     "prolongée, verglas, inondation ou évacuation, en gardant une trousse d'urgence : eau "
     "potable, deux litres par personne par jour, nourriture non périssable, ouvre-boîte, lampe "
     "de poche, radio à piles ou à manivelle, piles de rechange, trousse de premiers soins, "
     "argent comptant, clés et copies de documents. Ce jeu de données présente les réponses de "
     "6 000 ménages de toutes les régions à une enquête menée par le ministère de la sécurité "
     "publique avec l'institut de la statistique : part des ménages qui ont une trousse "
     "complète, ce qui y manque le plus souvent, réserves d'eau et de médicaments, plan familial "
     "d'urgence, inscription aux alertes municipales, selon l'âge, le revenu, la région et "
     "l'expérience d'un sinistre passé, comme le verglas de 1998 ou les inondations de 2017 et "
     "de 2019. Les génératrices et le monoxyde de carbone ne sont cités qu'en passant.",
     ("trousses d'urgence", "préparation aux sinistres", "sécurité civile", "ménages",
      "jeux de données"),
     ("CA",), "2025-03"),
    ("fb27", "need", "es",
     "Necesidad: mochilas de emergencia para las familias de los barrios de Mocoa expuestos a "
     "avenidas torrenciales",
     "La madrugada del 1 de abril de 2017, una avenida torrencial de los ríos Mocoa, Sangoyaco y "
     "Mulato arrasó barrios enteros de Mocoa, en el Putumayo, y dejó más de 300 muertos; muchas "
     "familias huyeron en la oscuridad sin agua, sin linterna, sin medicamentos ni documentos. "
     "El consejo municipal de gestión del riesgo, con la defensa civil y la cruz roja, solicita "
     "apoyo para entregar 5.000 mochilas de emergencia, o kits de emergencia familiares, a los "
     "hogares de los 17 barrios más expuestos, con agua, alimentos no perecederos, linterna y "
     "radio de dinamo, pito, botiquín, bolsas impermeables para documentos, tapabocas y "
     "artículos para bebés, y para enseñar a cada familia a mantener su mochila al día y a "
     "preparar su plan familiar de emergencia. También pide reponer los kits cada dos años y "
     "formar a líderes comunitarios que revisen las mochilas casa por casa. El sistema de "
     "alerta temprana del río y los albergues se mencionan de paso.",
     ("mochilas de emergencia", "kits de emergencia", "preparación familiar",
      "avenidas torrenciales", "necesidades"),
     ("CO",), "2024-11"),
    # --- Argo floats ---------------------------------------------------------------------------
    ("fb28", "project", "en",
     "Argo floats for the south-west Indian Ocean: deployments from Mauritius and training for "
     "island scientists",
     "Argo floats are robotic instruments that drift at a depth of 1,000 metres, sink to 2,000 "
     "metres every ten days and then rise to the surface, measuring temperature and salinity on "
     "the way up, before sending their profiles by satellite; some 4,000 of them give a near "
     "real-time picture of the upper ocean. The south-west Indian Ocean, where tropical cyclones "
     "form and where the fisheries of island states depend on ocean conditions, has gaps in "
     "coverage. This project of the Mauritius oceanography institute, with a regional ocean "
     "commission and international Argo partners, deploys 30 floats from research and fisheries "
     "vessels and ships of opportunity, ten of them with oxygen and chlorophyll sensors, trains "
     "young scientists from Mauritius, Madagascar, Seychelles and Comoros to download, check and "
     "use the profiles in cyclone and seasonal forecasts, and builds a regional data portal. "
     "Fish aggregating devices and coral bleaching are named in passing.",
     ("Argo floats", "profiling floats", "ocean observation", "Indian Ocean", "projects"),
     ("MU",), "2024-10"),
    ("fb29", "dataset", "fr",
     "Profils des flotteurs Argo déployés par la France : température, salinité et oxygène de "
     "l'océan, 2000-2024",
     "Depuis 2000, la France déploie chaque année des dizaines de flotteurs profileurs Argo, des "
     "instruments autonomes de moins de deux mètres qui dérivent en profondeur, plongent "
     "jusqu'à 2 000 mètres, parfois 4 000 ou 6 000 pour les flotteurs profonds, puis remontent "
     "tous les dix jours en mesurant la température et la salinité, avant de transmettre leurs "
     "données par satellite. Ce jeu de données, diffusé par le centre de données "
     "océanographiques de Brest pour l'infrastructure européenne Euro-Argo, rassemble les "
     "profils des quelque 1 200 flotteurs mis à l'eau par les navires de recherche français, de "
     "l'Atlantique Nord à l'océan Austral et à la Méditerranée, avec leurs métadonnées, le "
     "contrôle de qualité en temps réel puis en temps différé, et ceux des flotteurs "
     "biogéochimiques qui mesurent aussi l'oxygène, le nitrate, le pH et la chlorophylle. Les "
     "notes expliquent comment citer les données. Les bouées dérivantes de surface et les "
     "planeurs sous-marins ne sont cités qu'en passant.",
     ("flotteurs Argo", "flotteurs profileurs", "observation de l'océan", "Euro-Argo",
      "jeux de données"),
     ("FR",), "2025-02"),
    ("fb30", "need", "es",
     "Necesidad: flotadores Argo frente a la costa del Ecuador para vigilar El Niño",
     "Cuando llega El Niño, el agua cálida que avanza bajo la superficie del Pacífico ecuatorial "
     "eleva la temperatura del mar frente al Ecuador, trae lluvias e inundaciones a Manabí, "
     "Guayas y El Oro y cambia la pesca del camarón, la sardina y el atún. Las boyas fondeadas "
     "del Pacífico tropical cubren mal la franja costera, y el instituto oceanográfico y "
     "antártico de la Armada solicita apoyo para mantener frente a su costa y alrededor de "
     "Galápagos una red de flotadores perfiladores Argo: adquirir 15 flotadores, desplegarlos "
     "desde sus buques en los cruceros oceanográficos regionales, recibir y procesar sus "
     "perfiles de temperatura y salinidad, integrarlos en los boletines del comité nacional "
     "sobre el fenómeno El Niño y formar a oceanógrafos en el uso de estos datos. Pide también "
     "un acuerdo para que los pescadores devuelvan los flotadores que encuentren varados. Los "
     "mareógrafos de la costa y las floraciones algales se mencionan de paso.",
     ("flotadores Argo", "perfiladores", "El Niño", "oceanografía", "necesidades"),
     ("EC",), "2025-05"),
)  # fmt: skip
