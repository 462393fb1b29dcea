"""Clearing-house records of the hundred-and-twenty-first judged relevance set
(tests/search/relevance/queries121.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: hazard pages on sinkholes
(a dataset of the sinkholes of the Dead Sea shore in Israel, opened as the lake falls; a guide to
the marnières, bétoires and fontis of Seine-Maritime in France, old chalk pits and natural dolines
that collapse; a need to stop the hundimientos, the socavones, that leaking sewers open under
Guatemala City); sea level pages on tide gauges (a project that renews the Funafuti tide gauge
and trains technicians in Tuvalu; a case study of the marégraphe de Marseille and the zero of
French altitudes; a dataset of the red de mareógrafos of the Chilean navy and its tsunami
warning); flood risk pages on flood marks (the high water mark signs and Know Your Line walks of
Vermont river towns in the United States; a guide for the communes of the Loire basin to the
repères de crues and laisses de crue in France; a jornada, an event, on the azulejos and placas de
riada, the marcas de inundación, of Valencia in Spain); urban sanitation pages on public toilets
(a case study of the Ti toilets, retired buses turned into public toilets for women, in Pune,
India; a need to rehabilitate the toilettes publiques, the blocs sanitaires of the markets and bus
stations of Ouagadougou in Burkina Faso; a dataset of the baños públicos of Bogotá in Colombia);
urban water pages on drinking fountains (a project of a hundred new drinking fountains and free
refills in London, Great Britain; a dataset of the fontaines à boire of Paris, the fontaines
Wallace among them, in France; a guide to the bebederos escolares of the schools of Mexico); water
supply pages on water tankers and water vendors (a dataset of the hydrants, tanker trips and prices
of Karachi in Pakistan; a project for the charretiers, the porteurs d'eau who sell water from
donkey carts, of Nouakchott in Mauritania; a case study of the camiones cisterna, the aguateros,
that sell water to the hillside settlements of Lima in Peru); household water pages on ceramic
water filters (a case study of a clay pot filter sold to rural families in Cambodia; an offer of
filtres en céramique, and of training to make them, from a potters' workshop in Haiti; a project
taking filtros de barro, filtros cerámicos, to the rural schools of Matagalpa and Jinotega in
Nicaragua); disaster pages on cyclone shelters (a project of multipurpose cyclone shelters and
killas, earthen mounds for livestock, on the coast of Barguna and Patuakhali in Bangladesh; a need
for abris anticycloniques on the east coast of Madagascar; a dataset of the refugios
anticiclónicos, the refugios temporales, of Quintana Roo in Mexico); early warning pages on
earthquake early warning (a case study of ShakeAlert on the West Coast of the United States; a
need for an alerte sismique précoce in Haiti; a jornada técnica, an event, on thirty years of the
alerta sísmica, the SASMEX, of Mexico City); and disaster response and training pages on search
and rescue dogs (an offer from a British charity to train and assess search dog teams for
collapsed buildings; a stage, an event, for the chiens de sauvetage, the chiens de recherche, of
the cynotechnical units of Morocco's protection civile at Marrakech; a case study of the binomios
caninos, the perros de rescate, of the Manabí earthquake in Ecuador). English, French and Spanish,
10 records each, every topic written once in each language (different countries, projects and
angles, not translations of one text).

None of records.py, records3.py, ..., records117.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (sinkhole, doline, dolina, fontis, marnière, bétoire,
effondrement, affaissement, subsidence, socavón, hundimiento, cenote, karst; tide gauge,
marégraphe, mareógrafo, sea level, sea-level, niveau de la mer, nivel del mar, datum,
nivellement, Newlyn; flood mark, high water mark, repère de crue, laisse de crue, crue historique,
marca de inundación, placa de riada, riada, Know Your Line; public toilet, toilettes publiques,
sanisette, urinoir, uritrottoir, baño público, sanitario público, servicios higiénicos, restroom,
washroom, latrine, letrina, open defecation, défécation; drinking fountain, bubbler, refill,
fontaine, fontaine à boire, Wallace, bebedero, fuente de agua, nasoni, water point, point d'eau,
borne-fontaine, standpipe; water tanker, water vendor, water truck, water seller, camion-citerne,
porteur d'eau, vendeur d'eau, charretier, camión cisterna, aguatero, aguador, pipa de agua,
carrotanque, tandeo, jerrycan, bidon; ceramic, céramique, cerámica, water filter, filtre, filtro,
biosand, SODIS, household water treatment, point-of-use, colloidal silver, plata coloidal,
chlorination, chloration, cloración, boil, hervir; cyclone, typhoon, hurricane, cyclone shelter,
abri anticyclonique, refugio, albergue, evacuation centre, killa, mound; earthquake, séisme,
sismo, terremoto, early warning, alerte précoce, alerta temprana, alerta sísmica, alerte
sismique, ShakeAlert, SASMEX, tsunami, maremoto, drill, simulacro; search and rescue, rescue dog,
chien de sauvetage, chien de décombres, perro de rescate, binomio canino, canine, cynophile,
rubble, décombres, escombros, firefighter, pompiers, bomberos, detection dog, sniffer dog).
Screened and dropped as covered: avalanches (bt25-bt27), glacial lake outburst floods (w37-w39),
tsunamis (bs25-bs27), sand and dust storms (x07-x09), lightning (bx25-bx27), hail (bw25-bw27),
tornadoes (by25-by27), hurricanes (bz25-bz27), earthquakes (ca25-ca27), landslides (bv25-bv27),
drought early warning (r28-r30), heat action plans (w19-w21), marine heatwaves (cy19-cy21),
disaster waste (dz04-dz06), qanats (the khettaras of z04), fog collectors (bh28-bh30), ice stupas
(cs22-cs24), sand dams (cm13-cm15), desalination (bs19-bs21), dry toilets (by19-by21), sewage
sludge (bf16-bf18), constructed wetlands (bt19-bt21), rain gardens (de25-de27), coastal erosion
(m10-m12), dune restoration (bt04-bt06), beach nourishment (dq28-dq30), managed realignment
(ck25-ck27), summer schools (bu22-bu24), twinning (br22-br24) and detection dogs (bb25-bb27),
besides the topics of sets 42 to 117 and those their docstrings list as covered; screened with no
or passing hits but not chosen: storm surge barriers, ice roads, river ice jams (the embâcles
named by ec05), faecal sludge emptying (next to the septage of bf16 and the container-based
sanitation of by19), water kiosks (the bornes-fontaines named by ep02), drowning prevention (the
swimming lessons named by bv28) and cell broadcast alerts. Sinkholes had been screened by sets 41,
45 and 46 and left, set 45 noting that the cenotes of r03 and o27 are sinkholes.

Four earlier records are judged relevant in part (1). The cenotes of the Yucatán peninsula
are water-filled sinkholes, dolines of the karst (set 45's docstring already noted that "the
cenotes of r03 and o27 are sinkholes"), and the three pages whose titles or subjects name
them are judged 1 to the sinkhole queries (sinkholes, dolines, socavones, and the dolines and
dolinas of the exclusion and "OR" queries): the need to monitor the water of the cenotes of
Yucatán (r03, title and subjects), the need to monitor sunscreens in the water of the cenotes
and reefs of Quintana Roo (o27, title) and the need for dry toilets in the Maya villages of
the ring of cenotes (by21, whose subjects list cenotes). The dataset on lead in the water
of Puerto Rico's public schools (bj24), whose title names the fuentes de agua, the drinking
fountains, it sampled, is judged 1 to the drinking fountain queries that do not restrict it away
(drinking fountains, fontaines à boire, bebederos públicos, "fontaines à boire -Paris" and
"drinking fountains schools"). All the other hits are passing or about other things, judged 0:
the cave and karst pages (r01, r02) and the karst springs of the olm (et07-et09), no sinkhole;
the socavón that opened above the San Rafael falls (cm12), the socavones of coal and gold
mines, which are galleries (ch12, ct24), the hundimiento of ships as artificial reefs (bh18),
the subsidence watched at a geothermal field (dp06) and the sunken mangrove edges after the
Manabí earthquake (ca27); the sea-level rise of t19, bz04, ck27 and dq28, no tide gauge; the
flood depths of Manila (bq13), the embâcles of the giant reed (ec05) and the disaster waste
of the DANA of Valencia (dz06), no flood mark; the dry toilets (by19-by21), the bothies and
mountain huts (di25, di26), the toilettes d'altitude of the mont Blanc (ej11), the baños of
the Aconcagua camps (ej12) and the floating restrooms of marinas (ep19), no public toilet page;
the fountains named among the features of the green schoolyards of Paris and Barcelona (cq20,
cq21), the water points and bebederos for wildlife (du25-du27) and the lead pipes of Ireland and
Montréal (bj22, bj23), no drinking fountain page; the road tankers of gas, formalin and acid
(i19, i21, ba15, t05), the camiones cisterna that sprayed streets (cp12), the oil tankers of
ship-to-ship transfers (ed28-ed30) and the pipa de agua of the hookah pages (dd06), no water
tanker or vendor; the bone char filters against fluoride (x05), the filter jugs of Montréal
(bj23), the moringa seeds that clear water (bb07), the arsenic kits and treatment of t11 and
t12 and the lead glazes of potters (bd13), no ceramic water filter; the lightning shelters
of the Bangladesh haors (bx25), the refugios temporales reviewed after hurricane Otis (bz27),
the cyclone Chido need (bz26), the refugios de montaña (di27) and the refugios climáticos of
Barcelona's schools (cq21), no cyclone shelter; the earthquake and tsunami pages (ca25-ca27,
bs25-bs27) and the early warnings of other hazards, no earthquake early warning; and the
detection dogs (bb25-bb27), the chiens renifleurs of the bark beetle page (bn17) and the
livestock guardian dogs (bz10-bz12), no search and rescue dog.

records118.py (ids eu01..eu30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), records119.py (ids ev01..ev30, on biodiversity topics) and records120.py (ids
ew01..ew30, on agriculture, fisheries, forestry, food and land topics), written at the same time
by three other engineers, were searched for the same words once they were finished (with their
queries118.tsv, queries119.tsv and queries120.tsv, 60 queries each), before these records were
judged. Their topics are ionisation smoke detectors, former gasworks, coal workers'
pneumoconiosis, potassium iodide tablets, emissions from construction machinery, fuel marking,
plasterboard, aircraft noise, smokeless tobacco and lime kilns (records118.py); wolverines,
African wild dogs, cockatoos, oilbirds, monitor lizards, Rafflesia, edelweiss, tarsiers,
platypuses and quetzals (records119.py); and the tomato leafminer, tiger nuts, camel milk, water
buffalo, pole-and-line tuna fishing, turtle excluder devices, yerba mate, acid sulfate soils,
parboiled rice and histamine fish poisoning (records120.py). None of their records names a
sinkhole, a tide gauge, a flood mark, a public toilet, a drinking fountain, a water vendor, a
ceramic water filter, a cyclone shelter, an earthquake early warning or a search and rescue dog.
The nearest are passing or about other things and judged 0: the effondrements de puits and the
socavones of the coal mines of Jerada and Boyacá (eu08, eu09), mine shafts and galleries, no
sinkhole; the mise à l'abri of the iodine tablet session at Huy (eu11) and the hurricane
evacuation routes named by the Laguna Verde need (eu12), no cyclone shelter; the fire and rescue
services that replace smoke alarms (eu01), no rescue dog; the fuel sampled from tankers (eu16),
no water vendor; the particle filters of construction machines (eu14, eu15), no water filter; the
painted dogs, lycaons and perros salvajes africanos (ev04-ev06), wild dogs, no rescue dogs; the
sea-level rise named by ev15, no tide gauge; and the Nouakchott of the camel milk dairies (ew08),
the Morocco of the tomato leafminer (ew02) and of the Jerada miners (eu08), the Valencia of the
tiger nuts (ew06), the Loire of the gasworks (eu05) and the Guatemala of the quetzal (ev28),
places only. None of their records answers a query of this set, and none of their queries is
repeated in queries121.tsv.

Traps: the Jordan River, the mineral works, the date plantations, the spa, the seawater conveyance
and the ibex of ex01; the craie used to marl the fields, the captages and eau du robinet, the
falaises and the champs de lin of ex02; the volcán de Fuego, the pómez and cenizas volcánicas, the
tormenta tropical Agatha, the aguas negras and the deslaves of ex03; the king tides, taro pits,
GNSS, land reclamation and migration treaty of ex04; the nivellement général, the GNSS, the
submersions marines, the houle and the tempêtes of ex05; the terremoto and maremoto of 2010, the
tablas de marea, the cartas náuticas, the descenso of the coast and the marejadas of ex06; Tropical
Storm Irene, the flood maps, insurance, easements and buyouts of ex07; the law of 2003, the
digues, levées and déversoirs of ex08; the DANA, the gota fría, the pantanada de Tous, the
barrancos and the residuos of ex09; the sanitary pads and menstrual health, the septic tanks,
sewage treatment plants and the clean India mission of ex10; the vidange des fosses and the boues,
the lavage des mains, the choléra and the latrines of schools of ex11; the recicladores de oficio,
TransMilenio and the caños of ex12; the cattle troughs, the single-use plastic bottles, the heat
waves and the plastic pollution of the Thames of ex13; the bornes, the canicules and îlots de
fraîcheur, the bouteilles en plastique and the bouches de lavage of ex14; the refrescos, obesity
and diabetes, the filtros de carbón activado and lámpara ultravioleta, the tinaco and cisterna
and the comida chatarra of ex15; the illegal hydrants, the groundwater and the heat waves of ex16;
the chlore, the bornes-fontaines, the ânes and the sachets d'eau of ex17; the pozos no
autorizados, the pilones, the pipas and carrotanques of other cities and the atrapanieblas of
ex18; the rain jars, the boiling over wood fires, the arsenic of tube wells, microfinance and
bottled water of ex19; the choléra, the chloration and the camions-citernes of ex20; the bacterias
fecales, the pozos perforados and the cloración of ex21; the storm surges, the warning volunteers,
the toilets for women, the rainwater tanks and the Sundarbans mangroves of ex22; the cases en
ravinala, the latrines and citernes, the vanille and girofle and the cyclone Chido of ex23; the
huracanes Wilma, Delta and Beryl, the baños y regaderas, the hotels of Cancún and the sargazo of
ex24; the Cascadia subduction zone, the tsunami and the drop, cover and hold on drills of ex25;
the séismes of 2010 and 2021, the sismomètres citoyens, the glissements de terrain and the choléra
of ex26; the terremoto of 1985 and the sismo of 19 September 2017, the simulacro nacional and the
perros de rescate de la Marina of ex27; the landslides, gas explosions and the sniffer dogs of
airports of ex28; the séisme d'Al Haouz, the chiens de détection d'explosifs and the douars of
ex29; and Dayko, the dog that died, and the manglares of the río Chone of ex30. Letters: the
cisterna and tinaco of ex15 and the citernes of ex17 and ex23 are tanks that store water, no
tanker trucks, and the bornes-fontaines of ex17 are standpipes, no drinking fountains; the golden
files name drinking water (a chemistry record on pyrene), filters (a Kalman filter and filtering
in economics and software records) and seismicity (a geology record), none of them about these
topics.
For the country queries: ex01 names only Israel (the Jordan River and the Red Sea are places);
ex02 only France (Normandy); ex03 only Guatemala; ex04 only Tuvalu (its neighbouring country is
not named); ex05 only France; ex06 only Chile; ex07 only the United States (Vermont); ex08 only
France; ex09 only Spain (Valencia); ex10 only India; ex11 only Burkina Faso; ex12 only Colombia;
ex13 only Great Britain (London); ex14 only France (Paris); ex15 only Mexico; ex16 only Pakistan;
ex17 only Mauritania; ex18 only Peru (Lima; the other Latin American cities are not named); ex19
only Cambodia; ex20 only Haiti; ex21 only Nicaragua; ex22 only Bangladesh; ex23 Madagascar
(Mayotte is named for the cyclone Chido); ex24 only Mexico (Quintana Roo); ex25 only the United
States; ex26 only Haiti; ex27 only Mexico; ex28 Great Britain (Nepal and Türkiye as places where
its teams searched); ex29 Morocco (North and West Africa as regions); ex30 only Ecuador.

Ids (ex01..ex30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
eq01..eq30, er01..er30, et01..et30), nor with records118.py's (eu01..eu30), records119.py's
(ev01..ev30) or records120.py's (ew01..ew30), and no earlier id starts with "ex".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- sinkholes -------------------------------------------------------------------------------
    ("ex01", "dataset", "en",
     "Dead Sea sinkholes on the Israeli shore: mapped collapses, lake levels and closed sites, "
     "1990-2024",
     "Since the late 1980s more than 6,000 sinkholes have opened along the western shore of the "
     "Dead Sea, where the level of the lake falls by more than a metre a year because the water of "
     "the Jordan River is diverted and the mineral works evaporate brine. As fresh groundwater "
     "follows the retreating shoreline, it dissolves a buried layer of salt, and the ground above "
     "gives way into pits up to 25 metres deep. This dataset, compiled by the geological survey "
     "with the regional council and a research institute, gives the location, date of first "
     "sighting, size and growth of each sinkhole mapped from aerial photographs, lidar and field "
     "surveys, with lake levels, the edge of the buried salt layer and the subsidence measured by "
     "satellite radar. It also lists the beaches, date plantations, roads, spa and camping grounds "
     "closed or moved because of collapses. The planned conveyance of seawater from the Red Sea "
     "and the ibex of the nearby springs are named only as context.",
     ("sinkholes", "Dead Sea", "land subsidence", "geohazards", "datasets"),
     ("IL",), "2025-03"),
    ("ex02", "document", "fr",
     "Guide : marnières, bétoires et autres cavités souterraines de Seine-Maritime, à l'usage des "
     "maires et des particuliers",
     "En Normandie, le sous-sol de craie est percé de dizaines de milliers de cavités : les "
     "marnières, puits et galeries creusés du XVIIIe au XXe siècle pour extraire la craie, ou "
     "marne, dont on amendait les champs, puis oubliés, et les bétoires, dolines naturelles par "
     "lesquelles les eaux de ruissellement s'engouffrent vers la nappe. Après de fortes pluies, "
     "elles s'effondrent et ouvrent sous les routes, les jardins ou les maisons des trous de "
     "plusieurs mètres, que l'on appelle aussi fontis. Ce guide, préparé par les services de "
     "l'État et le département, explique comment consulter l'inventaire communal des cavités, ce "
     "que le plan local d'urbanisme impose autour d'un indice de cavité, comment déclarer un "
     "effondrement et faire sonder un terrain, qui paie le comblement et avec quelles aides. Il "
     "rappelle que les bétoires conduisent la boue et les pollutions droit vers les captages, et "
     "troublent l'eau du robinet après les orages. Le recul des falaises et les champs de lin ne "
     "sont évoqués qu'en passant.",
     ("marnières", "bétoires", "effondrements", "cavités souterraines", "guides"),
     ("FR",), "2024-05"),
    ("ex03", "need", "es",
     "Necesidad: prevenir los hundimientos causados por fugas de drenajes en la ciudad de "
     "Guatemala",
     "En febrero de 2007 un hundimiento de casi cien metros de profundidad se tragó varias casas "
     "del barrio San Antonio, en la zona 6 de la ciudad de Guatemala, y en mayo de 2010, tras las "
     "lluvias de la tormenta tropical Agatha, otro socavón casi circular, de unos veinte metros de "
     "diámetro, se abrió en una esquina de la zona 2. La capital se asienta sobre gruesos rellenos "
     "de pómez y cenizas volcánicas poco consolidados, y las fugas de colectores viejos de aguas "
     "negras y pluviales los lavan desde abajo hasta que la superficie se desploma. La "
     "municipalidad, con la coordinadora nacional para la reducción de desastres y la facultad de "
     "ingeniería de la universidad pública, solicita apoyo para inspeccionar con cámaras robóticas "
     "300 kilómetros de colectores, estudiar el subsuelo con georradar, cartografiar las zonas de "
     "riesgo, reubicar a las familias más expuestas y formar a cuadrillas municipales. Las "
     "erupciones del volcán de Fuego y los deslaves de los asentamientos de los barrancos se "
     "mencionan de paso.",
     ("hundimientos", "socavones", "drenajes", "gestión del riesgo", "necesidades"),
     ("GT",), "2024-08"),
    # --- tide gauges -----------------------------------------------------------------------------
    ("ex04", "project", "en",
     "Keeping the Funafuti tide gauge running: a new station, GNSS and trained technicians for "
     "Tuvalu",
     "Tuvalu's nine low islands rise barely two metres above the sea, and since 1993 a tide gauge "
     "on the wharf at Funafuti has measured the sea level every few minutes, one of the longest "
     "high-quality records of the tropical Pacific. Its data show a rise of four to five "
     "millimetres a year, faster than the global average, and are used to forecast the king tides "
     "that flood homes and taro pits each February and March. This project of the meteorological "
     "service, with a regional sea level monitoring programme and a partner agency, replaces the "
     "ageing acoustic sensor with a radar gauge and a backup pressure sensor, adds a permanent "
     "GNSS station to tell sea-level rise from sinking of the land, sends readings by satellite in "
     "real time, and trains four Tuvaluan technicians to level, clean and repair the station and "
     "to publish monthly sea level bulletins. A second gauge is planned for Nukulaelae. Coastal "
     "land reclamation and the migration treaty with a neighbouring country are mentioned in "
     "passing.",
     ("tide gauges", "sea level", "GNSS", "king tides", "projects"),
     ("TV",), "2024-11"),
    ("ex05", "case-study", "fr",
     "Le marégraphe de Marseille : cent quarante ans de mesure du niveau de la mer à l'anse Calvo",
     "Construit en 1883 au bord de l'anse Calvo, le marégraphe de Marseille a d'abord servi à "
     "fixer le zéro des altitudes de la France continentale : le niveau moyen de la mer qu'il a "
     "mesuré de 1885 à 1897 reste la référence du nivellement général de la France, le NGF. Son "
     "marégraphe totalisateur mécanique, un flotteur dans un puits, a fonctionné près d'un siècle "
     "; des capteurs numériques, acoustique puis radar, une station météorologique et un récepteur "
     "GNSS l'ont complété depuis les années 1990. Cette étude de cas, écrite par l'institut "
     "national de l'information géographique avec le service hydrographique de la marine, retrace "
     "la sauvegarde des registres papier, la numérisation des marégrammes et la correction des "
     "séries. Elle montre une hausse du niveau moyen d'environ quinze centimètres depuis la fin du "
     "XIXe siècle, qui s'accélère, et décrit les visites du public et l'usage des données pour les "
     "plans de prévention des submersions marines. Le port, la houle et les tempêtes sont cités en "
     "passant.",
     ("marégraphes", "niveau de la mer", "nivellement général", "séries historiques",
      "études de cas"),
     ("FR",), "2024-06"),
    ("ex06", "dataset", "es",
     "Red de mareógrafos de Chile: nivel del mar de 45 estaciones costeras, 1945-2024",
     "El servicio hidrográfico y oceanográfico de la Armada opera una red de mareógrafos a lo "
     "largo de más de 4.000 kilómetros de costa, desde Arica hasta Puerto Williams, que sirve a la "
     "vez para las tablas de marea de los puertos, para el nivel de reducción de las cartas "
     "náuticas y para el sistema nacional de alarma de maremotos. Tras el terremoto y maremoto del "
     "27 de febrero de 2010, cuando la alerta falló, la red se renovó con sensores radar y de "
     "presión, transmisión satelital y paneles solares. Este conjunto de datos reúne los niveles "
     "horarios de las estaciones históricas, como Valparaíso desde 1945, y los registros cada "
     "minuto de las estaciones modernas, con sus metadatos y control de calidad, y los registros "
     "de los maremotos de 2010, 2014 y 2015. Las notas explican cómo separar la subida del nivel "
     "del mar del levantamiento y el descenso de la costa causados por los terremotos. Las "
     "marejadas que dañan las costaneras se citan de paso.",
     ("mareógrafos", "nivel del mar", "maremotos", "alerta de tsunami", "conjuntos de datos"),
     ("CL",), "2025-01"),
    # --- flood marks -----------------------------------------------------------------------------
    ("ex07", "project", "en",
     "Know Your Line: high water mark signs in Vermont river towns after the floods of 2011 and "
     "2023",
     "Flood waters leave a line of mud, debris and stains on walls, trees and bridges that fades "
     "within weeks, and with it the memory of how high the river came. Under the national High "
     "Water Mark Initiative, federal hydrologists survey these marks after big floods, and towns "
     "then post signs at the crest of past floods, in parks, on main streets and at town halls, so "
     "that residents see the height the water reached. This project of the state emergency "
     "management agency, a regional planning commission and twelve river towns surveyed more than "
     "400 high water marks left by Tropical Storm Irene in 2011 and by the July 2023 floods on the "
     "Winooski, the Lamoille and Otter Creek, placed 60 signs with the dates and heights of both "
     "floods, and holds Know Your Line walks with schools and insurance advice for businesses in "
     "the floodplain. The marks are also used to check flood maps. River corridor easements and "
     "the buyouts of flooded homes are named in passing.",
     ("high water marks", "flood marks", "flood risk awareness", "river floods", "projects"),
     ("US",), "2024-09"),
    ("ex08", "document", "fr",
     "Guide : poser, inventorier et entretenir les repères de crues dans les communes du bassin de "
     "la Loire",
     "Depuis la loi de 2003 sur les risques, les maires des communes exposées aux inondations "
     "doivent inventorier les repères de crues existants et en poser de nouveaux pour les plus "
     "hautes eaux connues. Plaques émaillées, traits gravés sur les ponts et les églises, "
     "inscriptions peintes : ces repères rappellent les grandes crues de la Loire de 1846, 1856 et "
     "1866, celles de la Vienne ou du Cher, et les laisses de crue, les traces de boue et de "
     "débris que l'eau a laissées. Ce guide, préparé par l'établissement public du bassin avec les "
     "services de l'État, explique comment rechercher les repères oubliés dans les archives et sur "
     "le terrain, les relever au GPS et les niveler, les verser sur la plateforme collaborative "
     "nationale des repères de crues, choisir le macaron réglementaire, le poser à une hauteur "
     "visible et l'entretenir. Il propose des balades de la mémoire des crues avec les écoles. Les "
     "digues, les levées de la Loire et les déversoirs ne sont évoqués qu'en passant.",
     ("repères de crues", "laisses de crue", "culture du risque", "inondations", "guides"),
     ("FR",), "2024-03"),
    ("ex09", "event", "es",
     "Jornada: azulejos y placas de riada, la memoria de las inundaciones en las calles de "
     "Valencia",
     "En muchas fachadas de Valencia un azulejo o una placa recuerda hasta dónde llegó el agua en "
     "la riada del Turia de octubre de 1957, y en pueblos de la Ribera y de la Safor otras marcas "
     "señalan la pantanada de Tous de 1982 o las avenidas de la gota fría. Tras la DANA de octubre "
     "de 2024, que inundó la Horta Sud, vecinos y ayuntamientos han empezado a señalar de nuevo la "
     "altura del barro en portales y muros. Esta jornada, organizada por un instituto "
     "universitario de geografía, el colegio de ingenieros de caminos y la confederación "
     "hidrográfica, presenta el inventario de 350 marcas de inundación de la provincia, un modelo "
     "de placa normalizada con la fecha y la cota, la nivelación de las marcas con GPS para "
     "calibrar los mapas de peligrosidad y experiencias de rutas escolares por la memoria de las "
     "riadas. La limpieza de los barrancos y los residuos que dejó la DANA se tratan solo de paso.",
     ("marcas de inundación", "placas de riada", "memoria del riesgo", "inundaciones", "eventos"),
     ("ES",), "2025-04"),
    # --- public toilets --------------------------------------------------------------------------
    ("ex10", "case-study", "en",
     "Ti toilets in Pune: retired city buses turned into public toilets for women",
     "In Pune, as in most Indian cities, women in markets, at bus stands and on building sites "
     "have far fewer public toilets than men, and many of those that exist are dirty, unlit or "
     "locked, so many women drink less and wait for hours. Since 2016 a local social enterprise, "
     "working with the municipal corporation, has converted retired city buses into Ti toilets, ti "
     "meaning she in Marathi: each bus holds toilets, a baby changing area, sanitary pad vending "
     "and disposal, a small café and solar lights and fans, and is run by women attendants who "
     "collect a small fee. This case study follows the first twelve buses, their daily users, the "
     "income from fees and advertising, cleaning and water use, and their connection to sewers or "
     "septic tanks. It compares them with the city's older community toilet blocks and with the "
     "public toilets built under the national clean India mission and discusses safety at night. "
     "Menstrual health and sewage treatment plants are mentioned in passing.",
     ("public toilets", "women", "urban sanitation", "Pune", "case studies"),
     ("IN",), "2024-07"),
    ("ex11", "need", "fr",
     "Besoin : réhabiliter et gérer les toilettes publiques des marchés et des gares routières de "
     "Ouagadougou",
     "À Ouagadougou, des centaines de milliers de commerçantes, de clients, de voyageurs et "
     "d'apprentis passent chaque jour par les grands marchés et les gares routières, où les "
     "toilettes publiques sont rares, souvent fermées faute d'eau ou pleines faute de vidange. "
     "Beaucoup se soulagent derrière les étals ou dans les caniveaux, et les femmes sont les plus "
     "gênées. La commune, avec l'office national de l'eau et de l'assainissement et des "
     "associations de gérants, demande un appui pour réhabiliter 40 blocs sanitaires publics "
     "payants, avec des cabines séparées pour les femmes, des points de lavage des mains et un "
     "accès pour les personnes handicapées, raccorder l'eau, organiser la vidange régulière des "
     "fosses et le transport des boues vers la station de traitement, et former les gérants à la "
     "tenue des comptes et à l'entretien. Le choléra et les latrines des écoles ne sont cités "
     "qu'en passant.",
     ("toilettes publiques", "blocs sanitaires", "assainissement urbain", "marchés", "besoins"),
     ("BF",), "2024-10"),
    ("ex12", "dataset", "es",
     "Baños públicos de Bogotá: ubicación, horarios, tarifas y estado de limpieza en 2024",
     "Bogotá, una ciudad de más de siete millones de habitantes, cuenta con muy pocos baños "
     "públicos gratuitos: quienes trabajan o pasan el día en la calle, vendedores informales, "
     "recicladores, conductores, personas mayores y habitantes de calle, dependen de los baños de "
     "centros comerciales, restaurantes y estaciones, que cobran o niegan el paso. Este conjunto "
     "de datos, reunido por la secretaría del hábitat con la empresa de acueducto y una veeduría "
     "ciudadana, registra 420 baños de acceso público, municipales, de estaciones de TransMilenio, "
     "de parques, plazas de mercado y centros comerciales, con su ubicación, horarios, tarifa, "
     "número de sanitarios y orinales, accesibilidad para sillas de ruedas, cambiador de bebés y "
     "estado de limpieza observado en tres visitas. Incluye además los puntos de la calle con más "
     "quejas por orina y heces. El mapa muestra localidades enteras del sur sin ningún baño. Los "
     "recicladores de oficio y la limpieza de los caños se citan de paso.",
     ("baños públicos", "saneamiento urbano", "espacio público", "Bogotá", "conjuntos de datos"),
     ("CO",), "2025-02"),
    # --- drinking fountains ----------------------------------------------------------------------
    ("ex13", "project", "en",
     "Drinking fountains for London: a hundred new fountains and free refills",
     "Londoners buy millions of single-use plastic water bottles every week, while many of the "
     "city's Victorian drinking fountains, built by a charitable association founded in 1859 that "
     "also put up cattle troughs for the working horses and cattle of the streets, stand dry or "
     "broken. Since 2018 the Greater London Authority, the regional water company and a drinking "
     "fountain charity have installed more than a hundred new public drinking fountains in parks, "
     "squares, stations and busy streets, each with a bottle-filling spout and a lower spout for "
     "children and wheelchair users, and cafés and shops have joined a refill scheme that lets "
     "passers-by fill bottles for free. This project maps the sites with the boroughs, tests the "
     "water, cleans the spouts weekly, counts the litres dispensed with meters, and restores "
     "listed Victorian fountains. It also estimates the plastic bottles avoided. Heat waves and "
     "the plastic pollution of the Thames are mentioned only as reasons for the programme.",
     ("drinking fountains", "refill", "single-use plastics", "public space", "projects"),
     ("GB",), "2024-05"),
    ("ex14", "dataset", "fr",
     "Fontaines à boire de Paris : emplacement, modèle, période d'ouverture et contrôles de l'eau",
     "Paris compte environ 1 200 points d'eau potable gratuits dans ses rues, ses parcs et ses "
     "jardins, gérés par la régie municipale de l'eau. Les plus célèbres sont les fontaines "
     "Wallace, en fonte vert foncé, offertes à la ville à partir de 1872 par le philanthrope "
     "Richard Wallace, après le siège et la Commune, quand l'eau était chère ; s'y ajoutent les "
     "fontaines Arceau, des bornes modernes, les fontaines pétillantes qui servent de l'eau "
     "gazeuse et des fontaines mobiles pour les événements. Ce jeu de données donne pour chaque "
     "fontaine sa localisation, son modèle, son état et sa période de fonctionnement, la plupart "
     "étant coupées l'hiver pour éviter le gel, ainsi que les résultats des analyses d'eau faites "
     "chaque mois. Il est mis à jour pendant les canicules, quand la ville ouvre des points d'eau "
     "supplémentaires et des îlots de fraîcheur. Les bouteilles en plastique évitées et l'eau non "
     "potable des bouches de lavage des rues sont évoquées en passant.",
     ("fontaines à boire", "fontaines Wallace", "eau potable", "espace public", "jeux de données"),
     ("FR",), "2024-08"),
    ("ex15", "document", "es",
     "Guía para instalar y mantener bebederos escolares de agua potable",
     "Desde 2014 la ley obliga a las escuelas públicas de México a tener bebederos con agua "
     "potable, para que niñas y niños beban agua en lugar de refrescos en un país con altas tasas "
     "de obesidad y diabetes infantil. Pero muchos planteles no los tienen, y en otros los "
     "bebederos están apagados porque se rompió el filtro, nadie paga el análisis del agua o la "
     "cisterna está sucia. Esta guía, preparada por la secretaría de educación de un estado con el "
     "instituto de infraestructura educativa y la comisión estatal del agua, explica a directivos, "
     "docentes y comités de madres y padres de familia cómo elegir el equipo de purificación, con "
     "filtros de sedimentos y de carbón activado y lámpara ultravioleta, cómo lavar el tinaco y la "
     "cisterna cada seis meses, tomar muestras para la prueba bacteriológica, cambiar los filtros "
     "y llevar la bitácora de mantenimiento. Incluye actividades para enseñar a beber agua. La "
     "venta de comida chatarra en las escuelas se menciona de paso.",
     ("bebederos escolares", "agua potable", "escuelas", "salud infantil", "guías"),
     ("MX",), "2024-09"),
    # --- water tankers and vendors ---------------------------------------------------------------
    ("ex16", "dataset", "en",
     "Water tankers of Karachi: hydrant sales, trips and prices by town, 2019-2024",
     "Karachi's water utility supplies less than half of what its 20 million people need, and "
     "piped water reaches many neighbourhoods only a few hours a week. The rest comes by tanker: "
     "thousands of private trucks fill up at official hydrants run by the utility, and at illegal "
     "hydrants tapping the mains, then sell loads of 1,000 to 5,000 gallons to homes, apartment "
     "blocks, factories and hospitals, at prices that can triple in summer. This dataset, compiled "
     "by an urban research centre with the utility's hydrant cell and the tanker operators' "
     "associations, gives for each official hydrant the volumes sold, the trips and the fees, the "
     "online booking and GPS tracking data since 2021, the illegal hydrants demolished each year, "
     "and household surveys of tanker prices and water bills in 18 towns. It shows that the "
     "poorest settlements pay the most per litre. The groundwater pumped by tankers from dry river "
     "beds and the city's heat waves are named in passing.",
     ("water tankers", "water vendors", "urban water supply", "informal water markets", "datasets"),
     ("PK",), "2024-12"),
    ("ex17", "project", "fr",
     "Nouakchott : des charretiers d'eau mieux équipés et une eau chlorée pour les quartiers sans "
     "réseau",
     "Dans les quartiers périphériques de Nouakchott, où le réseau de la société nationale de "
     "l'eau n'arrive pas ou n'arrive que par intermittence, des milliers de familles achètent leur "
     "eau aux charretiers, des porteurs d'eau qui remplissent des fûts de 200 litres aux "
     "bornes-fontaines et aux points de vente et les livrent sur des charrettes tirées par des "
     "ânes. L'eau, transportée dans des fûts rouillés et stockée dans des bidons ouverts, est "
     "souvent contaminée à l'arrivée, et son prix au litre dépasse de loin celui du réseau. Ce "
     "projet de la commune, de la société de l'eau et d'une organisation non gouvernementale "
     "recense et forme 1 500 charretiers, remplace leurs fûts par des citernes fermées en "
     "plastique alimentaire, chlore l'eau aux points de remplissage, affiche un prix plafond et "
     "contrôle le chlore résiduel chez les ménages. Il prévoit aussi des bornes-fontaines "
     "supplémentaires. La santé des ânes et les sachets d'eau vendus dans la rue sont évoqués en "
     "passant.",
     ("porteurs d'eau", "charretiers", "vente d'eau", "approvisionnement en eau", "projets"),
     ("MR",), "2024-06"),
    ("ex18", "case-study", "es",
     "Agua en camión cisterna para los cerros de Lima: lo que pagan las familias sin conexión",
     "En los asentamientos humanos de las laderas de Lima, de Pachacútec a San Juan de Lurigancho "
     "y Villa María del Triunfo, cerca de un millón y medio de personas no tiene conexión a la "
     "red. Compran el agua a camiones cisterna particulares, los aguateros, que la descargan en "
     "cilindros de 200 litros frente a cada casa, a un precio por metro cúbico muchas veces mayor "
     "que la tarifa de la empresa de agua. Este estudio de caso, de una universidad y una "
     "organización vecinal, sigue durante un año a 300 familias: lo que gastan en agua, la calidad "
     "del agua en los cilindros, la frecuencia de las entregas y el origen del agua, a veces de "
     "pozos no autorizados. Compara con los camiones municipales, con los pilones comunitarios y "
     "con las pipas y carrotanques de otras ciudades latinoamericanas. Propone registrar a los "
     "aguateros, clorar el agua y acelerar las conexiones. Las nieblas captadas con atrapanieblas "
     "en algunos cerros se citan de paso.",
     ("camiones cisterna", "aguateros", "venta de agua", "asentamientos humanos",
      "estudios de caso"),
     ("PE",), "2025-03"),
    # --- ceramic water filters -------------------------------------------------------------------
    ("ex19", "case-study", "en",
     "Ceramic water filters in rural Cambodia: fifteen years of a clay pot that makes water safe",
     "In rural Cambodia many families drink water from ponds, rivers, open wells and rain jars, "
     "and boiling it over wood fires is costly and smoky. Since the early 2000s local workshops "
     "have made ceramic water filters: a pot of clay mixed with rice husk, fired in a kiln so that "
     "the husk burns away and leaves fine pores, coated with colloidal silver and set in a plastic "
     "receptacle with a tap. Poured in at the top, water seeps through the clay at two to three "
     "litres an hour, leaving behind most bacteria and protozoa. This case study follows a social "
     "enterprise near Phnom Penh that has sold more than a million filters through village sales "
     "agents, microfinance and school programmes. It weighs field studies that found less "
     "diarrhoea among users' children against cracked pots and falling use after a few years, and "
     "describes spare parts and replacement rules. Arsenic in tube wells and the sale of bottled "
     "water in villages are mentioned in passing.",
     ("ceramic water filters", "household water treatment", "colloidal silver", "drinking water",
      "case studies"),
     ("KH",), "2024-04"),
    ("ex20", "support-source", "fr",
     "Offre : filtres en céramique et formation à leur fabrication pour les communes rurales "
     "d'Haïti",
     "Un atelier de potiers des environs de Port-au-Prince, soutenu par une fondation et une "
     "université, fabrique depuis l'épidémie de choléra de 2010 des filtres à eau en céramique : "
     "un pot d'argile locale mélangée à de la sciure, cuit au four et imprégné d'argent colloïdal, "
     "posé dans un seau muni d'un robinet. L'atelier offre aux mairies, aux comités d'eau, aux "
     "écoles et aux centres de santé des départements du Nord-Ouest, du Centre et de la Grand'Anse "
     "des filtres à prix réduit, des pots de rechange, la formation des familles à l'usage et au "
     "nettoyage et le suivi de la qualité de l'eau filtrée par des tests bactériologiques. Il "
     "offre aussi de former des potiers d'autres régions : choix de l'argile, dosage de la sciure, "
     "cuisson, contrôle du débit. Les demandes sont reçues jusqu'en juin 2026. La chloration de "
     "l'eau des seaux et les camions-citernes de la capitale sont cités en passant.",
     ("filtres en céramique", "traitement de l'eau à domicile", "argent colloïdal", "choléra",
      "offres"),
     ("HT",), "2025-01"),
    ("ex21", "project", "es",
     "Filtros de barro para las escuelas rurales de Matagalpa y Jinotega",
     "En Nicaragua se fabrican desde finales de los años noventa filtros de barro, o filtros "
     "cerámicos, en un taller de Managua donde nació un diseño que después se copió en decenas de "
     "países: una olla de barro mezclado con aserrín o cascarilla de arroz, quemada en horno de "
     "leña e impregnada de plata coloidal, que se coloca en un balde plástico con grifo. En las "
     "comunidades rurales del norte, donde el agua de los ojos de agua y de los pozos está "
     "contaminada con bacterias fecales, este proyecto de una cooperativa de alfareras, la "
     "alcaldía y el ministerio de educación entrega filtros a 120 escuelas y a las familias de sus "
     "alumnos, forma a maestros y a los comités de agua potable y saneamiento en su limpieza, "
     "vigila la calidad del agua filtrada con pruebas de coliformes y repone las ollas que se "
     "quiebran. También capacita a nuevas alfareras. Los pozos perforados y la cloración de los "
     "acueductos rurales se mencionan de paso.",
     ("filtros de barro", "filtros cerámicos", "agua potable", "escuelas", "proyectos"),
     ("NI",), "2024-10"),
    # --- cyclone shelters ------------------------------------------------------------------------
    ("ex22", "project", "en",
     "Multipurpose cyclone shelters and killas for the coast of Barguna and Patuakhali",
     "Since the cyclones of 1970 and 1991, which killed hundreds of thousands of people, "
     "Bangladesh has built more than 4,000 cyclone shelters on its coast: raised concrete "
     "buildings on pillars, above the reach of storm surges, where families take refuge when the "
     "warning signals reach the highest levels. Most serve as primary schools or community centres "
     "the rest of the year. This project of the disaster management department, a development bank "
     "and local councils builds 80 new multipurpose shelters and repairs 120 old ones in Barguna "
     "and Patuakhali districts, with separate rooms and toilets for women, ramps for older and "
     "disabled people, rainwater tanks, solar lights and space for livestock on the ground floor, "
     "and raises 40 killas, earthen mounds where cattle, goats and poultry can stand above the "
     "flood. Committees of shelter managers, with women members, are trained to open, run and "
     "maintain the buildings. The volunteers who warn villages with flags and megaphones and the "
     "Sundarbans mangroves are named in passing.",
     ("cyclone shelters", "killas", "storm surges", "disaster risk reduction", "projects"),
     ("BD",), "2024-03"),
    ("ex23", "need", "fr",
     "Besoin : des abris anticycloniques pour les communes côtières d'Analanjirofo et de Sava",
     "Chaque saison, de novembre à avril, des cyclones tropicaux frappent la côte est de "
     "Madagascar ; Enawo en 2017, Batsirai et Emnati en 2022, Freddy en 2023 ont détruit des "
     "milliers de cases en bois et en feuilles de ravinala. Dans les communes côtières "
     "d'Analanjirofo et de Sava, les familles se réfugient dans des écoles, des églises et des "
     "bureaux de fokontany souvent eux-mêmes endommagés, surpeuplés et sans eau. Le bureau "
     "national de gestion des risques et des catastrophes et les régions demandent un appui pour "
     "construire 30 abris anticycloniques polyvalents en béton, conçus pour résister à des vents "
     "de 250 km/h et servant d'écoles hors saison, renforcer les toits de 60 écoles désignées "
     "comme sites d'hébergement, équiper les abris de citernes, de latrines et de lampes solaires, "
     "et former les comités locaux qui les ouvriront à l'alerte rouge. Les plantations de vanille "
     "et de girofle endommagées et le cyclone Chido de Mayotte ne sont cités qu'en passant.",
     ("abris anticycloniques", "cyclones tropicaux", "sites d'hébergement",
      "réduction des risques", "besoins"),
     ("MG",), "2024-12"),
    ("ex24", "dataset", "es",
     "Refugios anticiclónicos de Quintana Roo: ubicación, capacidad y servicios de cada refugio "
     "temporal, 2025",
     "Antes de cada temporada de huracanes, la coordinación estatal de protección civil de "
     "Quintana Roo publica la lista de refugios anticiclónicos, escuelas, salones de usos "
     "múltiples, iglesias e instalaciones públicas que se habilitan como refugios temporales para "
     "quienes viven en la costa, en viviendas precarias o en zonas que se inundan. Este conjunto "
     "de datos reúne los 600 refugios de los once municipios, de Othón P. Blanco a Isla Mujeres y "
     "Cozumel, con su dirección, coordenadas, capacidad de personas, número de baños y regaderas, "
     "planta de luz, acceso para personas con discapacidad y si admiten mascotas, junto con la "
     "ocupación registrada durante los huracanes Wilma, en 2005, Delta, en 2020, y Beryl, en 2024. "
     "Incluye las rutas de evacuación y los albergues para turistas que organizan los hoteles de "
     "Cancún y la Riviera Maya. El sargazo y la temporada turística se citan de paso.",
     ("refugios anticiclónicos", "huracanes", "protección civil", "refugios temporales",
      "conjuntos de datos"),
     ("MX",), "2025-05"),
    # --- earthquake early warning ----------------------------------------------------------------
    ("ex25", "case-study", "en",
     "Seconds before the shaking: what ShakeAlert has done for schools, trains and phones on the "
     "West Coast",
     "Earthquake early warning does not predict earthquakes: it detects the first, faster waves "
     "near the epicentre and sends an alert that can arrive seconds to tens of seconds before the "
     "strong shaking reaches a city. On the West Coast of the United States, the ShakeAlert "
     "system, run by the federal geological survey with universities and the states of California, "
     "Oregon and Washington, has sent alerts to the public since 2019 through phone apps, wireless "
     "emergency alerts and the operating system of many phones. This case study reviews five years "
     "of use: the rapid-transit trains of the San Francisco Bay Area that brake automatically, "
     "hospitals that pause surgery, school districts that drill students to drop, cover and hold "
     "on when the alert sounds, water utilities that close valves, and the false and missed alerts "
     "that led engineers to add stations. It also discusses the Cascadia subduction zone, the "
     "tsunami it could bring, and public trust in the alerts.",
     ("earthquake early warning", "ShakeAlert", "seismic networks", "preparedness", "case studies"),
     ("US",), "2024-11"),
    ("ex26", "need", "fr",
     "Besoin : un réseau d'alerte sismique précoce pour Port-au-Prince et le Grand Sud d'Haïti",
     "Le séisme du 12 janvier 2010 a fait plus de 200 000 morts dans la région de Port-au-Prince, "
     "et celui du 14 août 2021 a ravagé la péninsule du Sud ; les failles d'Enriquillo et du Nord "
     "peuvent encore produire de grands séismes près des villes. L'unité technique de sismologie "
     "du bureau des mines et de l'énergie, avec une université et la direction de la protection "
     "civile, demande un appui pour passer d'un réseau d'une trentaine de stations, dont des "
     "sismomètres citoyens installés chez des particuliers, à un système d'alerte précoce : de "
     "nouveaux accéléromètres le long des failles, des liaisons de données qui résistent aux "
     "coupures d'électricité, un logiciel de détection rapide, la diffusion de l'alerte par SMS, "
     "par les radios et par des sirènes dans les écoles et les hôpitaux, et des exercices pour que "
     "chacun sache quoi faire avant les secousses. Les glissements de terrain et le choléra ne "
     "sont cités qu'en passant.",
     ("alerte sismique précoce", "séismes", "réseaux sismologiques", "protection civile",
      "besoins"),
     ("HT",), "2024-09"),
    ("ex27", "event", "es",
     "Jornada técnica: treinta años de alerta sísmica en la Ciudad de México, del SASMEX a los "
     "celulares",
     "En 1991, seis años después del terremoto de 1985, empezó a funcionar en la Ciudad de México "
     "el primer sistema público de alerta sísmica del mundo: sensores en la costa de Guerrero, "
     "donde se originan muchos sismos, detectan el movimiento y la ciudad, a más de 300 "
     "kilómetros, recibe la alerta hasta unos sesenta segundos antes. Hoy el Sistema de Alerta "
     "Sísmica Mexicano, el SASMEX, tiene cerca de cien estaciones de Jalisco a Oaxaca, y la alerta "
     "suena por miles de altavoces de los postes de videovigilancia, la radio, la televisión y, en "
     "pruebas desde 2023, los celulares. Esta jornada, organizada por el centro de instrumentación "
     "que opera el sistema, la protección civil de la ciudad y una universidad, revisa lo ocurrido "
     "el 19 de septiembre de 2017, cuando la alerta llegó casi con la sacudida, las falsas "
     "alarmas, el simulacro nacional y el uso en escuelas, el metro y los hospitales. Los daños en "
     "edificios y los perros de rescate de la Marina se mencionan de paso.",
     ("alerta sísmica", "SASMEX", "sismos", "protección civil", "eventos"),
     ("MX",), "2025-08"),
    # --- search and rescue dogs ------------------------------------------------------------------
    ("ex28", "support-source", "en",
     "Offer: training and assessment of search dog teams for collapsed buildings",
     "When buildings collapse in an earthquake, a landslide or a gas explosion, trained dogs can "
     "find people trapped alive under the rubble faster than any camera or listening device, by "
     "following the scent that rises through gaps in the debris. A British charity of fire and "
     "rescue volunteers, whose dog teams have searched collapsed buildings in Nepal and Türkiye, "
     "offers the fire and rescue services and civil protection agencies of earthquake-prone "
     "countries a two-year programme: help in choosing and raising puppies, weekly training of "
     "handlers on rubble training grounds, obedience and agility on unstable debris, first aid for "
     "dogs, kennel and veterinary care, and mock deployments. It also offers assessors who certify "
     "teams against the international guidelines for urban search and rescue, so that dogs and "
     "handlers can join the classified teams sent abroad. Applications are open until March 2026. "
     "Sniffer dogs that find wildlife products or drugs at airports are a different speciality and "
     "are not covered.",
     ("search and rescue dogs", "urban search and rescue", "canine teams", "disaster response",
      "offers"),
     ("GB",), "2025-02"),
    ("ex29", "event", "fr",
     "Stage : former les équipes cynotechniques de la protection civile à la recherche en "
     "décombres, à Marrakech",
     "Après le séisme d'Al Haouz du 8 septembre 2023, qui a fait près de 3 000 morts dans les "
     "villages du Haut Atlas, les sauveteurs marocains et étrangers ont travaillé avec des chiens "
     "de sauvetage pour trouver les survivants sous les maisons effondrées en pisé et en pierre. "
     "La direction générale de la protection civile organise à Marrakech un stage de trois "
     "semaines pour 30 binômes maître-chien de ses unités cynotechniques et de pays d'Afrique du "
     "Nord et de l'Ouest : recherche de victimes vivantes sur un terrain d'entraînement fait de "
     "décombres, marquage par aboiement, travail de nuit et par forte chaleur, sécurité sur les "
     "bâtiments instables, soins vétérinaires d'urgence et coordination avec les équipes de "
     "sauvetage-déblaiement selon les normes internationales. Des formateurs de plusieurs pays "
     "encadrent le stage, qui se conclut par une évaluation des chiens de recherche. Les chiens de "
     "détection d'explosifs et la reconstruction des douars ne sont cités qu'en passant.",
     ("chiens de sauvetage", "chiens de recherche", "cynotechnie", "sauvetage-déblaiement",
      "événements"),
     ("MA",), "2024-11"),
    ("ex30", "case-study", "es",
     "Los binomios caninos del terremoto de Manabí: lo que aprendieron los bomberos del Ecuador",
     "El terremoto de magnitud 7,8 del 16 de abril de 2016 derrumbó edificios en Pedernales, "
     "Manta, Portoviejo y otras ciudades de Manabí y Esmeraldas y dejó cerca de 700 muertos. En "
     "los primeros días, los binomios caninos, cada uno formado por un guía y su perro de búsqueda "
     "y rescate, de los bomberos de Quito, Guayaquil, Cuenca e Ibarra, de la policía y de equipos "
     "llegados de otros países, recorrieron los escombros para localizar a personas atrapadas con "
     "vida. Este estudio de caso, preparado por el servicio nacional de gestión de riesgos con los "
     "bomberos, reconstruye cuántos perros trabajaron, dónde y con qué resultados, los problemas "
     "de calor, de heridas en las patas y de agotamiento de perros y guías, y la falta de una "
     "acreditación común. Describe cómo se crearon después una escuela nacional de guías caninos y "
     "un proceso de certificación. La muerte de Dayko, un perro de rescate agotado tras días de "
     "búsqueda, y los manglares del estuario del río Chone se citan de paso.",
     ("binomios caninos", "perros de rescate", "búsqueda y rescate", "terremotos",
      "estudios de caso"),
     ("EC",), "2024-07"),
)  # fmt: skip
