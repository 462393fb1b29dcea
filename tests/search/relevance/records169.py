"""Clearing-house records of the hundred-and-sixty-ninth judged relevance set
(tests/search/relevance/queries169.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: rural water supply pages
on windpumps (a project to repair the multi-bladed windmills on the boreholes of Namibia's
Kunene and Omusati regions; a need to bring back into service the éoliennes de pompage, the
éoliennes mécaniques multipales, of the villages of the Trarza and the Brakna, Mauritania; a
guía, a document, to the upkeep of the molino de viento, the aerobomba, of the farms and rural
schools of Uruguay); disaster water supply pages on emergency water treatment units (a need for
trailer-mounted mobile water treatment units and their operators for the districts of Malawi struck
by Cyclone Freddy; a case study of the unités mobiles de potabilisation flown to Mayotte after
the cyclone Chido; an offer, a support source, of the plantas potabilizadoras móviles of the
Ecuadorian Red Cross, Ecuador); water regulation pages on the benchmarking of water utilities (a
dataset of the key performance indicators with which Kenya's regulator compares its water service
providers; a project of évaluation comparative and of a référentiel d'indicateurs de performance
for the sociétés régionales multiservices of Morocco; the taller, an event, of the regional
benchmarking group of ADERASA in Panama City, Panama); coastal works pages on tide gates (a case
study of the fish-friendly tide gates, the flap gates, of the Skagit delta in Washington State,
United States; a project to restore the portes à flot of the marais de Brouage, Charente-Maritime,
France; a need to repair the compuertas antirretorno, the compuertas de marea, of the arroyos of
Quilmes and Berazategui on the Río de la Plata, Argentina); tsunami pages on vertical evacuation
(a project of escape buildings, tsunami vertical evacuation shelters, in Padang, Indonesia; a
guide, a document, to the bâtiments refuges for the évacuation verticale of Martinique; a dataset
of the edificios de evacuación vertical of Iquique, Chile); ocean awareness pages on World Oceans
Day (the events of 8 June in Suva, Fiji; an offer, a support source, of a kit for the Journée
mondiale de l'océan in the schools of New Caledonia; a case study of ten years of the Día
Mundial de los Océanos in the Callao and Lima, Peru); weather service pages on the calibration of
weather instruments (a need for a calibration laboratory in Zambia; an atelier, an event, on the
étalonnage des instruments météorologiques at the centre régional d'instruments of Algiers,
Algeria; an offer, a support source, of calibración and courses from the centro regional de
instrumentos of Buenos Aires, Argentina); early warning pages on impact-based forecasting (a case
study of the impact-based typhoon warnings of the Philippines; a project of prévision fondée sur
les impacts, of alertes axées sur les impacts, in Madagascar; a dataset of the avisos basados en
impactos of Guatemala); urban transport and flood pages on the flood protection of metro systems
(a project to raise the defences of Taipei's metro, Taiwan; the plan de protection of the Paris
métro against a great crue de la Seine, a document, France; a dataset of the cierres of the
stations of the Metro of Mexico City by rain and floods, Mexico); and remembrance pages on disaster
memorials (the sixtieth anniversary, an event, of the Aberfan disaster at its memorial garden,
United Kingdom; a project for a lieu de mémoire, a mémorial, for the victims of the earthquake
of 12 January 2010 at Titanyen, Haiti; a need to protect the ruins of Armero as a lugar de memoria,
Colombia). English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records165.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (windpump, wind pump, windmill, multi-bladed, Southern Cross,
wind-powered pump, éolienne, éolienne de pompage, éolienne mécanique, pompage éolien, Bollée,
molino, molino de viento, aerobomba, multipala, bombeo eólico, tanque australiano; emergency water
treatment, water treatment unit, mobile water treatment, water purification unit, purification,
bladder tank, emergency response unit, ERU, unité de potabilisation, potabilisation, unité
mobile, station de traitement, réservoir souple, purification de l'eau, planta potabilizadora,
potabilizadora móvil, portátil, tanque flexible, ósmosis inversa, purificación; benchmarking,
benchmark, performance indicator, key performance indicator, utility performance, regulator,
IBNET, WASREB, évaluation comparative, comparaison des performances, indicateur de performance,
régulateur, SISPEA, ADERASA, indicadores de desempeño, indicadores de gestión, comparación
de desempeño, ente regulador, SUNASS, superintendencia de servicios sanitarios; tide gate,
tidal gate, flap gate, tidal flap, tidal outfall, sluice, porte à flot, vanne à marée, clapet,
écluse, compuerta, compuerta de marea, compuerta antirretorno, compuerta mareal, clapeta, esclusa;
vertical evacuation, tsunami evacuation, evacuation tower, evacuation building, escape building,
safe haven, évacuation verticale, refuge vertical, bâtiment refuge, zone refuge, tour refuge,
evacuación vertical, edificio refugio, torre de evacuación, zona segura, tsunami, raz-de-marée,
maremoto; World Oceans Day, Ocean Day, 8 June, Journée mondiale de l'océan, journée des océans,
8 juin, Día Mundial de los Océanos, 8 de junio, world day, journée mondiale, día mundial,
ocean literacy, culture océanique, cultura oceánica; calibration, calibration laboratory,
instrument centre, regional instrument centre, travelling standard, traceability, weather
instrument, étalonnage, centre régional d'instruments, étalon, traçabilité, instruments
météorologiques, calibración, centro regional de instrumentos, patrón viajero, trazabilidad,
instrumentos meteorológicos; impact-based forecasting, impact-based warning, impact forecast,
risk matrix, prévision fondée sur les impacts, prévision axée sur les impacts, basée sur les
impacts, matrice de risque, pronóstico basado en impactos, aviso basado en impactos, alerta por
impacto, matriz de riesgo; metro, subway, underground, Tube, MRT, métro, RER, RATP, souterrain,
subte, subterráneo, flood gate, batardeau, inondation du métro, inundación del metro; memorial,
memorial garden, monument, commemoration, remembrance, anniversary, mémorial, lieu de mémoire,
commémoration, anniversaire, memorial, lugar de memoria, monumento, conmemoración, aniversario,
camposanto, Aberfan, Titanyen, Armero, Yungay). Screened and dropped as covered: fog collectors
(bh28-bh30), qanats and khettaras (z04), sand dams (cm13-cm15), bathymetric surveys (the Capbreton
canyon of ea14 and ea15, as sets 149 and 161 found), the daylighting of buried urban streams
(ck16-ck18), beach lifeguards (the rip current pages fb13-fb15), Blue Flag beaches (the Bandera
Azul Ecológica of by18 and the bathing water pages such as fr07), urban search and rescue teams
and INSARAG (the search dog offer ex28), ocean acidification (x19-x21), eco-moorings (v41),
podcasts (dv28-dv30), comics (dx25-dx27), atoll freshwater lenses (bz04), urban wetlands (o21),
climate shelters (the schoolyards of cq19-cq21), leak detection (fb04-fb06), glacial lakes
(w37-w39), sand and dust storms (x07-x09), underground stormwater storage and combined sewer
overflows (ff13-ff15), mentoring and glossaries (as set 161 found), besides the topics of sets 42
to 165 and those their docstrings list as covered; screened with no or passing hits but not chosen:
restoring family links (a Red Cross service, as set 145 found), water ATMs (next to the water
tankers and water carts ex16-ex18 and the prepaid meters fb04), lighthouses (few clearing-house
pages), the International Day for Disaster Risk Reduction and World Meteorological Day (the
Día Meteorológico Mundial named by fz15; one awareness day is enough beside World Oceans Day),
volcano observatories (the surveillance volcanologique asked for by br26), spontaneous volunteers,
floodable parks (next to the rain gardens de25-de27 and the underground storage ff13-ff15),
latrine slabs (the slabs and dalles named by gp28 and gp29), murals (the murales named by fn30),
unsolicited relief donations and satellite data receiving stations.

No earlier record is judged relevant, not even in part. All the hits are passing or about other
things, judged 0: the windmills among the unregulated water sources of the Navajo Nation (bw07),
the molinos de viento named by the atrapanieblas project (gl06), the small wind turbines, petites
éoliennes, that make electricity (eb20, eb29), the solar irrigation pumps and the water towers
(gl01-gl03), no windpumps; the prepositioned relief stocks whose lists name water purification
units, comprimés de purification and plantas potabilizadoras (fv16-fv18), the chlorine dispensers
(fv04-fv06), the ceramic filters (ex19-ex21), the water tankers and water carts (ex16-ex18), the
desalination pages (bs19-bs21) and the Chido pages (bz26, ex23), no emergency water treatment
units; the water operators' partnerships, fj23 with its plan d'amélioration et indicateurs
(fj22-fj24), the water meters and the étalonnage des compteurs (fb04-fb06), the superintendencias
and entes reguladores named by other water pages and the eco-driving fuel benchmarking of freight
(records66), no benchmarking of water utilities; the storm surge barriers with their compuertas
móviles (ff01-ff03), managed realignment, ck27 with the diques y compuertas of the porreos
(ck25-ck27), the batardeaux and clapets anti-retour of flood-prone houses (fn13-fn15), the esteros
y compuertas of the salinas of Cáhuil (bn21), the écluses à poissons of Oléron (ce20) and the
écluses of the eel and shad pages, no tide gates; the tsunami pages (bs25-bs27), the earthquake
early warning pages (ex25-ex27), the furniture guide that names tsunami evacuation (gl16),
the PPMS of the schools of Martinique with their exercice tsunami (fz26), the cyclone shelters
(ex22-ex24), the tide gauge dataset with its alerta de tsunami (ex06) and the zones refuges of
flood-prone houses (fn14) and of Bt maize (dr20), no vertical evacuation; the ocean literacy pages
(fr28-fr30), the Día Mundial del Okapi, World Toilet Day (gp28-gp30) and the journée mondiale
de l'eau of gl26, no World Oceans Day; the étalonnage of water meters (fb05), the calibración
of sprayers (ep27), the school weather stations, the radiosondes (fb16-fb18), the climate data
rescue pages (fz13-fz15) and the calibration of the golden software records, no calibration of
weather instruments; the weather presenters' training that names impact-based warnings on air
(gh19), the storm naming pages, fv12 with its borrascas de gran impacto (fv10-fv12), forecast-based
financing (fn19-fn21, fn20 in Madagascar), the cell broadcast alerts (fb19-fb21) and the disaster
loss databases (fn22-fn24), no impact-based forecasting; the air of the underground railways of
London, Paris and Buenos Aires (dx10-dx12), the G-Cans channel, the bassin d'Austerlitz and the
storm tanks of Barcelona (ff13-ff15), the museums that moved their collections in the crue de la
Seine of 2016 (gh17) and the subte of the teletrabajo dataset of records104, no flood protection of
a metro; and the flood marks, ex09 with its memoria de las inundaciones (ex07-ex09), the heritage
monuments damaged by earthquakes (gh16-gh18), the management of the dead, gd08 with the fosses
communes of Titanyen (gd07-gd09), the travelling exhibition that tells of the alud de Yungay
(fv27), the volcano pages (br25-br27) and the sky lanterns released at festivals and memorials
(bp25), no disaster memorials.

records166.py (ids gq01..gq30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), records167.py (ids gr01..gr30, on biodiversity topics) and records168.py (ids
gs01..gs30, on agriculture, fisheries, forestry, food and land topics), written at the same time
by three other engineers, were searched for the same words once they were finished (with their
queries166.tsv, queries167.tsv and queries168.tsv, 60 queries each), before these records were
judged. Their topics are tramadol misuse and trafficking, essential oil poisonings and diffusers
at home, compressed air systems in industry, the spent catalysts of refineries and chemical
plants, hearing loss from earphones and headphones, hot-dip galvanizing, worn banknotes shredded
by central banks, vehicle impound lots and their unclaimed vehicles, printing works and poppers
(records166.py); wall lizards, wheatears, oil beetles, burying beetles, harvestmen, earthstars,
saxifrages, sea lavenders, ladybird spiders and anoles (records167.py); and spirulina, the tar
spot of maize, broomrape, the small hive beetle, liver fluke, chayote, paulownia, trammel nets,
vermicompost and food irradiation (records168.py). None of their records names a windpump, an
emergency water treatment unit, the benchmarking of water utilities, a tide gate, tsunami vertical
evacuation, World Oceans Day, the calibration of weather instruments, impact-based forecasting,
the flooding of a metro or a disaster memorial. The nearest are passing or about other things
and judged 0: the World Hearing Day event of Singapore (gq13) is another world day, not World
Oceans Day; the leak surveys and the chasse aux fuites of compressed air systems (gq07-gq09,
gq09 in a plant of Montevideo, Uruguay) are leaks of factory air, not the non-revenue water of
the utilities' indicators, and name no windpump; the spent catalysts of the refineries of Skikda,
Arzew and Algiers (gq11) have nothing to do with the instrument centre of Algiers; the corralones
of Mexico City (gq24) are vehicle pounds, not the Metro; the irradiation of fruit and food as
a treatment (gs28-gs30) treats no water; the sea lavenders of coastal cliffs and salt steppes
(gr22-gr24) stand by no tide gate; the journée technique of the fête du chouchou of Salazie
(gs17) is no commemoration; and the shredded banknotes of Kenya and Morocco (gq19, gq20), the
paulownia of Kenya (gs19), the vermicompost of the Philippines (gs25), the printing works of Quito
(gq27) and the Chilean pages (gq06, gr15, gs30) answer none of the country queries. None of their
records answers a query of this set, and none of their queries is repeated in queries169.tsv.

Traps: the lattice towers, the diesel engines, the storage tanks and tap stands, the livestock
troughs, the water point committees, the solar pumps, the drought of 2019 and the Himba of gt01;
the château d'eau (the water towers gl01-gl03), the vents de sable (x07-x09), the puisage à la
corde, the charretiers (the water carts of Nouakchott, ex17), the pompes solaires, the motopompes
diesel and the fleuve Sénégal of gt02; the tanque australiano, the tambos, the escuelas rurales,
the cueros del pistón, the arnés, the bombas solares, the bebederos and the tajamares of gt03;
Cyclone Freddy, the floods and mudslides (the landslides bv25-bv27), the boreholes and gravity-fed
schemes, the cholera, the camps, the bladder tanks, the Red Cross, the residual chlorine and
chlorine tablets (fv04-fv06), the water trucking (ex16-ex18) and the cholera vaccination of gt04;
the cyclone Chido (bz26, ex23), the usines de traitement, the forages, the sécurité civile, the
membranes (next to the desalination pages bs19-bs21), the réservoirs souples, the distributions
de bouteilles, the tours d'eau (the water rationing pages), the choléra and the bangas of gt05;
the inundación, deslave and terremoto de 2016 (the ECU 911 dataset gp21), the lancha, the tanques
flexibles, the cloro residual, the kits de higiene, the filtros domiciliarios (ex19-ex21) and
the juntas de agua of gt06; the non-revenue water, metering and prepaid meters (fb04-fb06), the
water kiosks, the tariff reviews and Mombasa (gp01) of gt07; the régies autonomes, the rendement
des réseaux, the délais de branchement, the compteurs d'eau, the fuites and the stations de
dessalement (bs19-bs21) of gt08; the agua no contabilizada, the micromedición and medidores
(fb06), the tarifas sociales, the sequía del canal and Panama City (the humanitarian hub fv18)
of gt09; the dikes and culverts, the Chinook salmon and sloughs, the dike breaches, the snow
geese and the managed realignment (ck25-ck27) of gt10; the vannes and clapets (next to the clapets
anti-retour of fn14), the grandes marées and tempêtes, the prairies, the gardes de marais, the
passe à anguilles, the élevage and the tempête Xynthia (the storm naming page fv11) of gt11;
the arroyos, the sudestada (gp03), the desagües, the basura y juncos (next to the drain desilting
pages), the sensores de nivel, the cuadrillas de limpieza, the bombas, the polo petroquímico
and the humedales costeros of gt12; the Sunda megathrust, the reinforced concrete, the ramps, the
schools and mosques (the safe schools fz25-fz27), the walking-time maps, the evacuation drills,
the earthquake early warning (ex25-ex27), the sirens (fb19, fb21) and the mangroves (bs26) of gt13;
the séisme de l'arc antillais and the éruption, the règles parasismiques, the toit-terrasse, the
signalétique, the plan communal de sauvegarde, the exercices, the sirènes, the houle cyclonique
and the plan séisme Antilles (the PPMS guide fz26, also in Martinique) of gt14; the terremoto
de 2014, the acantilado, the vías de evacuación and zona segura, the hormigón armado, the
certificación estructural (next to the post-earthquake safety checks), the simulacros and the
mensajes a los celulares (the SAE of Chile, fb21) of gt15; the foreshore clean-up, the seawall
(fb10-fb12), the mangroves, coral reefs, sea turtles and sustainable fishing, the quiz, the
talanoa, the sea-level rise, the plastic bags, the coral reef monitoring and the ocean literacy
curriculum (fr28-fr30) of gt16; the aquarium, the parc naturel de la mer de Corail, the récifs,
the nettoyage de plage, the fresque collective, the défi zéro plastique, the aires marines
éducatives (fr29), the tortues and the nickel of gt17; the limpiezas de playa, the malecón,
the anchoveta and the corriente de Humboldt, the concursos (next to the photo and drawing contests
gp25-gp27 and gl28-gl30), the derrame de petróleo de Ventanilla, the lobos marinos and the cultura
oceánica (fr30) of gt18; the synoptic and automatic weather stations, the rain gauges, the drought
monitoring, the crop insurance, the climatic chamber, the solar panels, the vandalism and the
seasonal forecasts (ce23) of gt19; the traçabilité, the enceinte climatique, the pluviomètres à
augets, the anémomètres and soufflerie, the certificats, the étalons de transfert, the stations
automatiques, the radiosondages (fb16-fb18) and the radars (asked for by bw27 and by27) of gt20;
the termómetros and piranómetros, the patrones viajeros, the cursos virtuales (the online courses
n13, n40, p40, x15), the radiosondeos (fb16-fb18), the estaciones meteorológicas escolares
and the red de radares of gt21; the signal numbers, Typhoon Haiyan (the management of the dead
after typhoons, gd07), the storm surge, the landslides, the barangay officials, the evacuations,
the storm surge walls, the cash transfers (fn19) and the naming of typhoons (fv10-fv12) of gt22;
the houle, the rizières, the matrice de risque, the base de données des impacts (next to the
disaster loss databases fn22-fn24), the radios locales, the abris anticycloniques (ex23, also in
Madagascar) and the financement basé sur les prévisions (fn20, also in Madagascar) of gt23; the
coordinadora nacional para la reducción de desastres (gp18), the frentes fríos and olas de calor,
the deslaves and crecidas, the daños registrados, the huracanes Eta e Iota (fv18), the volcán de
Fuego and the canícula of gt24; Typhoon Nari, the ventilation shafts, pumps and watertight doors,
the flood maps, the water-level sensors, the air quality in the stations (dx10-dx12), the typhoon
naming (fv10-fv12) and the river dikes (the levee patrols gp13-gp15) of gt25; the crue de 1910,
the postes électriques, the batardeaux (fn14), the murets, the pompage, the exercice européen
de 2016, the qualité de l'air du métro (dx11), the musées (gh17) and the bassin de stockage
d'Austerlitz (ff14) of gt26; the hundimiento del suelo (the land subsidence pages), the colectores,
the pluviómetro, the encharcamiento, the cárcamos de bombeo, the muretes, the compuertas
(the word of gt12), the drenaje profundo and the microsismos of gt27; the colliery spoil tip
(next to the landslides bv25-bv27 and the terrils of other pages), the school, the cemetery, the
exhibition (next to the travelling exhibitions fv25-fv27), the tribunal of inquiry, the coal board,
the inspection of spoil tips, the coal mines and the Welsh language of gt28; the fosses communes
of Titanyen (gd08), the monument inachevé, the familles de disparus, the archives orales, the
écoles, the choléra, the reconstruction and the répliques of gt29; and the lahares del Nevado
del Ruiz (the volcano pages br25-br27), the mapas de amenaza, the cementerio, Omaira Sánchez,
the saqueo, the ganado, the señalización, the alerta temprana, the niños desaparecidos and
the turismo of gt30. Letters: the windpumps and windmills of gt01, the éoliennes de pompage,
éoliennes mécaniques multipales, of gt02 and the molino de viento, the aerobomba, of gt03 are
windpumps, wind-driven pumps that lift water from wells and boreholes; the mobile water treatment
units of gt04, the unités mobiles de potabilisation of gt05 and the plantas potabilizadoras
móviles of gt06 are emergency water treatment units; the benchmarking and key performance
indicators of gt07, the évaluation comparative and indicateurs de performance of gt08 and the
benchmarking and indicadores de desempeño of ADERASA of gt09 are the benchmarking of water
utilities; the tide gates and flap gates of gt10, the portes à flot of gt11 and the compuertas
antirretorno, compuertas de marea, of gt12 are tide gates; the tsunami vertical evacuation shelters
and escape buildings of gt13, the bâtiments refuges for the évacuation verticale of gt14 and the
edificios de evacuación vertical of gt15 are tsunami vertical evacuation; the World Oceans Day
of gt16, the Journée mondiale de l'océan of gt17 and the Día Mundial de los Océanos of gt18
are World Oceans Day, 8 June; the calibration laboratory of gt19, the étalonnage at the centre
régional d'instruments of gt20 and the calibración of the centro regional de instrumentos of gt21
are the calibration of weather instruments; the impact-based forecasting and warnings of gt22,
the prévision fondée sur les impacts and alertes axées sur les impacts of gt23 and the avisos
basados en impactos of gt24 are impact-based forecasting; the flood gates and raised entrances of
Taipei's metro of gt25, the plan de protection du métro contre la crue of gt26 and the cierres
del Metro por inundaciones of gt27 are the flood protection of metro systems; and the memorial
garden and remembrance of Aberfan of gt28, the mémorial and lieu de mémoire of Titanyen of gt29
and the lugar de memoria of Armero of gt30 are disaster memorials. The golden files name none of
them (their calibration is the projector calibration and the re-calibration of volatility models of
software and finance records and the runoff model calibrated on a commercial microwave link, their
benchmark the benchmark datasets of an anomaly detection tool, their forecasting the forecasting
of product returns, innovations and tobacco yields, and their purification a shelf-life note of a
science record).

For the country queries: gt01 names only Namibia (Kunene, Omusati); gt02 only Mauritania
(the Trarza, the Brakna, Rosso, Aleg), with the fleuve Sénégal, a river; gt03 only Uruguay
(Tacuarembó, Durazno, Cerro Largo, Paso de los Toros); gt04 only Malawi (Blantyre, Phalombe,
Mulanje, Chikwawa); gt05 only Mayotte (Mamoudzou, Dembéni, Chirongui), code YT; gt06 only Ecuador
(the Costa and the Amazonía); gt07 only Kenya (Nairobi, Mombasa); gt08 only Morocco; gt09 only
Panama (Panama City, the canal), with the Americas; gt10 only the United States (Washington State,
the Skagit and Samish deltas); gt11 only France (the Charente-Maritime, Rochefort, Marennes,
Brouage); gt12 only Argentina (Greater Buenos Aires, Quilmes, Berazategui, Avellaneda, the Río de
la Plata); gt13 only Indonesia (Padang, Sumatra, the Mentawai segment); gt14 only Martinique, code
MQ, with the arc antillais; gt15 only Chile (Iquique); gt16 only Fiji (Suva), with the Pacific;
gt17 only New Caledonia (Nouméa, the îles Loyauté, the mer de Corail), code NC; gt18 only Peru
(the Callao, Lima, Ventanilla); gt19 only Zambia (Lusaka); gt20 only Algeria (Algiers), code DZ,
with the Maghreb, the Sahel and Central Africa; gt21 only Argentina (Buenos Aires), with South
America; gt22 only the Philippines (the Bicol region); gt23 only Madagascar; gt24 only Guatemala
(the volcán de Fuego); gt25 only Taiwan (Taipei), code TW; gt26 only France (Paris, the Seine);
gt27 only Mexico (Mexico City, Pantitlán, Oceanía); gt28 only the United Kingdom (Aberfan,
south Wales), code GB; gt29 only Haiti (Port-au-Prince, Titanyen); gt30 only Colombia (Armero,
the Tolima, the Nevado del Ruiz).

Ids (gt01..gt30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
gn01..gn30, go01..go30, gp01..gp30), nor with records166.py's (gq01..gq30), records167.py's
(gr01..gr30) or records168.py's (gs01..gs30), and no earlier id starts with "gt".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- windpumps (wind-driven water pumps on boreholes and wells) -------------------------------
    ("gt01", "project", "en",
     "Windpumps back in service: repairing the old windmills that water villages in Namibia's "
     "Kunene and Omusati regions",
     "Across the communal lands of north-western Namibia, hundreds of windpumps, the "
     "multi-bladed steel windmills on lattice towers that lift groundwater from boreholes into "
     "reservoirs, stand idle for want of a leather cup, a pump rod or a gearbox. Many were put "
     "up in the 1970s and 1980s and later replaced by diesel engines that villages can no longer "
     "fuel. This project of the rural water supply directorate and a vocational training centre "
     "rehabilitates 120 windpumps in Kunene and Omusati between 2025 and 2028: new heads and "
     "tail vanes where needed, greased gearboxes, new rods and plunger leathers, storage tanks "
     "and a tap stand for households next to the livestock troughs. Each water point committee "
     "chooses two caretakers, who are trained to climb safely, furl the wheel in storms and "
     "order spare parts from a regional store. Solar pumps, the drought of 2019 and the Himba "
     "are named in passing.",
     ("windpumps", "rural water supply", "boreholes", "operation and maintenance", "projects"),
     ("NA",), "2025-05"),
    ("gt02", "need", "fr",
     "Besoin : remettre en marche les éoliennes de pompage des villages du Trarza et du Brakna",
     "Dans le sud-ouest de la Mauritanie, des dizaines de villages du Trarza et du Brakna "
     "boivent l'eau de puits équipés dans les années 1980 d'éoliennes de pompage, ces éoliennes "
     "mécaniques multipales montées sur un pylône qui actionnent une pompe à piston et "
     "remplissent un château d'eau ou un bassin. Faute de pièces et de techniciens, plus des "
     "deux tiers sont à l'arrêt : roues tordues par les vents de sable, tringles cassées, cuirs "
     "de piston usés. Les femmes puisent de nouveau à la corde ou achètent l'eau aux "
     "charretiers. L'office national des services d'eau en milieu rural et les communes "
     "demandent un appui pour diagnostiquer 80 éoliennes, en réhabiliter 50, former des artisans "
     "soudeurs de Rosso et d'Aleg à leur entretien et constituer un stock de pièces détachées "
     "dans chaque moughataa. Les pompes solaires, les motopompes diesel et le fleuve Sénégal ne "
     "sont cités qu'en passant.",
     ("éoliennes de pompage", "hydraulique villageoise", "puits", "entretien", "besoins"),
     ("MR",), "2025-08"),
    ("gt03", "document", "es",
     "Guía para el mantenimiento del molino de viento en los establecimientos y escuelas rurales "
     "del Uruguay",
     "En la campaña uruguaya el molino de viento, la aerobomba de rueda multipala sobre torre de "
     "hierro que saca agua del pozo y la lleva al tanque australiano, sigue abasteciendo a miles "
     "de familias, escuelas rurales y tambos de Tacuarembó, Durazno y Cerro Largo. Esta guía, "
     "preparada por el instituto de colonización con una escuela técnica de Paso de los Toros, "
     "explica paso a paso cómo revisar el molino cada mes y cada año: cambiar el aceite de la "
     "máquina, ajustar la cola y el freno para sacarlo del viento en las tormentas, cambiar los "
     "cueros del pistón y las varillas del bombeador, limpiar el filtro del pozo y controlar la "
     "torre y sus anclajes. Trae una tabla de fallas frecuentes, una lista de repuestos y "
     "consejos de seguridad para subir con arnés. Las bombas solares, los bebederos y los "
     "tajamares se mencionan de paso.",
     ("molinos de viento", "aerobombas", "agua en el medio rural", "mantenimiento", "guías"),
     ("UY",), "2025-03"),
    # --- emergency water treatment units (mobile units that make water safe after disasters) ------
    ("gt04", "need", "en",
     "Need: mobile water treatment units and trained operators for Malawi's flood-hit districts",
     "When Cyclone Freddy stalled over southern Malawi in March 2023, floods and mudslides in "
     "Blantyre, Phalombe, Mulanje and Chikwawa buried boreholes, broke gravity-fed schemes and "
     "filled shallow wells with mud, while cholera was already spreading. For weeks, displaced "
     "families in camps drank river water. The disaster management department and the water "
     "ministry ask for help to build a national reserve of emergency water treatment units: six "
     "trailer-mounted mobile units that take raw river water through flocculation, filtration "
     "and chlorination and can each produce up to 100,000 litres a day, with collapsible bladder "
     "tanks and tap stands; 24 operators from district water offices and the Red Cross trained "
     "to set them up within 48 hours and to test residual chlorine; and a warehouse in Blantyre. "
     "Chlorine tablets, water trucking and cholera vaccination are named in passing.",
     ("emergency water treatment", "mobile water treatment units", "disaster response",
      "drinking water", "needs"),
     ("MW",), "2025-02"),
    ("gt05", "case-study", "fr",
     "Étude de cas : les unités de potabilisation déployées à Mayotte après le cyclone Chido",
     "Le 14 décembre 2024, le cyclone Chido a privé une grande partie de Mayotte d'électricité "
     "et d'eau courante : usines de traitement arrêtées, réseaux coupés, forages sans courant. "
     "Dans les jours suivants, la sécurité civile, l'armée et des ONG ont acheminé par avion et "
     "par bateau des unités mobiles de potabilisation, des stations compactes de traitement qui "
     "pompent l'eau des rivières ou des retenues, la clarifient, la filtrent sur membranes et la "
     "chlorent, avec des réservoirs souples et des rampes de robinets. Cette étude de cas, menée "
     "par un laboratoire universitaire avec l'agence régionale de santé, retrace leur "
     "déploiement à Mamoudzou, Dembéni et Chirongui : délais d'arrivée, litres produits par "
     "jour, contrôles de qualité, files d'attente, coordination avec les distributions de "
     "bouteilles et formation d'opérateurs mahorais. Elle en tire des leçons pour les stocks "
     "d'outre-mer. Les tours d'eau, le choléra de 2024 et les bangas ne sont cités qu'en "
     "passant.",
     ("unités de potabilisation", "eau potable d'urgence", "cyclone Chido",
      "réponse aux catastrophes", "études de cas"),
     ("YT",), "2025-10"),
    ("gt06", "support-source", "es",
     "Oferta: plantas potabilizadoras móviles y operadores de la Cruz Roja para municipios "
     "afectados por inundaciones",
     "La Cruz Roja Ecuatoriana ofrece a los gobiernos municipales y a las juntas de agua de la "
     "Costa y de la Amazonía el despliegue de sus plantas potabilizadoras móviles cuando una "
     "inundación, un deslave o un terremoto deja sin agua segura a una población. Cada planta "
     "portátil, transportada en camioneta o en lancha, trata el agua de ríos, esteros o pozos "
     "mediante floculación, filtración y cloración, y entrega hasta 60.000 litros diarios en "
     "tanques flexibles con grifos. La oferta incluye el traslado y el montaje en 24 a 72 horas, "
     "dos operadores voluntarios, análisis de cloro residual y turbiedad, y un curso para "
     "técnicos municipales que se quedan a cargo de la planta hasta que se repara el sistema. Se "
     "pide al municipio el lugar, el combustible y la seguridad. Los kits de higiene, los "
     "filtros domiciliarios y el terremoto de 2016 se mencionan de paso.",
     ("plantas potabilizadoras móviles", "agua segura en emergencias", "inundaciones", "Cruz Roja",
      "ofertas"),
     ("EC",), "2025-07"),
    # --- benchmarking of water utilities (comparing providers on performance indicators) ----------
    ("gt07", "dataset", "en",
     "Performance of Kenya's water utilities, 2014-2025: the regulator's benchmarking indicators "
     "for every provider",
     "Each year Kenya's water services regulator compares the country's water service providers, "
     "from the large city companies of Nairobi and Mombasa to small town utilities, on a common "
     "set of key performance indicators. This dataset publishes the indicators reported by about "
     "90 utilities since 2014: water coverage, sewerage coverage, non-revenue water, hours of "
     "supply per day, drinking water quality compliance, metering ratio, collection efficiency, "
     "operation and maintenance cost coverage, staff per 1,000 connections and complaints "
     "resolved. It also gives each utility's overall score and rank, its size class and the "
     "regulator's remarks, so that utilities, county governments and lenders can compare like "
     "with like and follow trends over time. Notes explain how the indicators are calculated and "
     "checked during inspections. Prepaid meters, water kiosks and tariff reviews are named in "
     "passing.",
     ("utility benchmarking", "performance indicators", "water utilities", "regulation",
      "datasets"),
     ("KE",), "2025-06"),
    ("gt08", "project", "fr",
     "Projet : un référentiel d'indicateurs et une évaluation comparative des sociétés "
     "régionales de distribution d'eau au Maroc",
     "Depuis 2024, la distribution de l'eau et de l'électricité et l'assainissement passent au "
     "Maroc des anciennes régies autonomes et de l'office national aux sociétés régionales "
     "multiservices. Pour suivre leurs performances, le ministère de l'intérieur et une "
     "association professionnelle lancent un projet d'évaluation comparative, ou benchmarking, "
     "des services d'eau et d'assainissement de ces sociétés. De 2025 à 2027, il définit un "
     "référentiel commun d'une trentaine d'indicateurs de performance (rendement des réseaux, "
     "continuité du service, conformité de l'eau distribuée, délais de branchement, taux de "
     "recouvrement, réclamations), forme les équipes au calcul et à la saisie des données, "
     "publie chaque année un rapport comparatif et organise des ateliers où les sociétés les "
     "mieux placées partagent leurs pratiques. Les compteurs d'eau, les fuites et les stations "
     "de dessalement ne sont cités qu'en passant.",
     ("évaluation comparative", "indicateurs de performance", "services d'eau",
      "sociétés régionales multiservices", "projets"),
     ("MA",), "2025-04"),
    ("gt09", "event", "es",
     "Taller regional de benchmarking de prestadores de agua y saneamiento de ADERASA en Ciudad "
     "de Panamá",
     "La asociación de entes reguladores de agua potable y saneamiento de las Américas, ADERASA, "
     "reúne cada año a su grupo regional de benchmarking. El taller de 2026, en Ciudad de Panamá "
     "del 14 al 16 de octubre, convoca a los técnicos de los reguladores que recogen los "
     "indicadores de desempeño de cientos de prestadores: empresas públicas, municipios, "
     "cooperativas y juntas rurales. El programa incluye la presentación del informe anual con "
     "los indicadores comparados (cobertura, continuidad, agua no contabilizada, micromedición, "
     "calidad del agua, eficiencia de cobranza, personal por cada mil conexiones), sesiones "
     "sobre cómo validar los datos y ajustar las comparaciones al tamaño del prestador, y un "
     "ejercicio práctico con la plataforma regional de indicadores. Los reguladores anfitriones "
     "cuentan cómo usan la comparación en la revisión de tarifas. Las tarifas sociales, los "
     "medidores y la sequía del canal se mencionan de paso.",
     ("benchmarking", "indicadores de desempeño", "prestadores de agua y saneamiento",
      "reguladores", "eventos"),
     ("PA",), "2025-09"),
    # --- tide gates (flap gates and sluices on coastal drainage outlets) --------------------------
    ("gt10", "case-study", "en",
     "Fish-friendly tide gates on the Skagit delta: letting salmon in while keeping the tide off "
     "the fields",
     "On the Skagit and Samish river deltas of Washington State, farmland reclaimed from tidal "
     "marsh behind dikes drains to the sea through dozens of culverts closed by top-hinged tide "
     "gates: heavy flap gates that the rising tide pushes shut and the outflowing drainage water "
     "pushes open at low tide. They keep salt water off the fields but also block young Chinook "
     "salmon from the sloughs they need. This case study follows a drainage district, two tribes "
     "and a conservation group that, since 2014, have replaced 14 old wooden and cast-iron flap "
     "gates with self-regulating tide gates that stay open longer and let a measured amount of "
     "tide in. It reports fish counts upstream, salinity in the ditches, crop losses, "
     "maintenance costs and how farmers came to trust the new gates. Dike breaches, snow geese "
     "and managed realignment are named in passing.",
     ("tide gates", "flap gates", "coastal drainage", "salmon", "case studies"),
     ("US",), "2025-03"),
    ("gt11", "project", "fr",
     "Projet : restaurer les portes à flot des marais de Brouage et de Rochefort",
     "Entre Rochefort et Marennes, les marais de Brouage et du nord de la Charente-Maritime se "
     "vident vers la mer par des canaux fermés, à leur débouché, par des portes à flot : de "
     "lourds vantaux en bois ou en acier que la marée montante ferme d'elle-même et que l'eau "
     "douce du marais ouvre à marée basse, complétés par des vannes et des clapets. Beaucoup "
     "datent du XIXe siècle ; rongés par le sel, ils laissent entrer l'eau de mer lors des "
     "grandes marées et des tempêtes, ou se bloquent et noient les prairies. De 2025 à 2029, le "
     "syndicat de marais et l'établissement public du bassin restaurent ou remplacent 22 "
     "ouvrages à la mer, posent des capteurs de niveau et de salinité et forment des gardes de "
     "marais à leur manœuvre et à leur entretien. La passe à anguilles de certaines portes, "
     "l'élevage et la tempête Xynthia ne sont cités qu'en passant.",
     ("portes à flot", "ouvrages à la mer", "marais littoraux", "Charente-Maritime", "projets"),
     ("FR",), "2025-01"),
    ("gt12", "need", "es",
     "Necesidad: reparar las compuertas de los arroyos que desaguan al Río de la Plata en "
     "Quilmes y Berazategui",
     "En la ribera sur del Gran Buenos Aires, los arroyos y canales que drenan los barrios de "
     "Quilmes, Berazategui y Avellaneda desaguan al Río de la Plata a través de compuertas "
     "antirretorno, o compuertas de marea: clapetas de chapa y hierro que se cierran cuando la "
     "sudestada empuja el agua del río hacia la costa y se abren cuando baja, para dejar salir "
     "la lluvia. Muchas están corroídas, trabadas por basura y juncos o directamente faltan, y "
     "en cada sudestada con lluvia el agua del río entra por los desagües e inunda calles y "
     "casas. Los municipios y el organismo provincial de hidráulica piden apoyo para inventariar "
     "40 compuertas, reemplazar las 15 más dañadas, instalar sensores de nivel con aviso y "
     "formar cuadrillas para su limpieza. Las bombas, el polo petroquímico y los humedales "
     "costeros se mencionan de paso.",
     ("compuertas de marea", "sudestadas", "desagües pluviales", "Río de la Plata", "necesidades"),
     ("AR",), "2025-11"),
    # --- tsunami vertical evacuation (buildings to climb when high ground is too far) -------------
    ("gt13", "project", "en",
     "Escape buildings for Padang: tsunami vertical evacuation shelters within walking distance "
     "of the coast",
     "Padang, a city of almost a million people on the west coast of Sumatra, lies on flat land "
     "facing the Mentawai segment of the Sunda megathrust, where a great earthquake could send a "
     "tsunami ashore in about 30 minutes. Many residents live too far from high ground to reach "
     "it on foot through the traffic. This project of the city's disaster management agency, the "
     "public works ministry and a university builds and certifies tsunami vertical evacuation "
     "shelters: reinforced concrete buildings whose upper floors and roofs stand above the "
     "expected wave, reached by wide ramps and open day and night. Between 2025 and 2029 it "
     "builds six new shelters, strengthens and signs twelve schools, mosques and offices as "
     "escape buildings, draws walking-time maps for each neighbourhood and holds evacuation "
     "drills. Earthquake early warning, the sirens and the mangroves are named in passing.",
     ("tsunami vertical evacuation", "evacuation shelters", "tsunamis", "Sumatra", "projects"),
     ("ID",), "2025-02"),
    ("gt14", "document", "fr",
     "Guide : identifier et aménager des bâtiments refuges pour l'évacuation verticale en cas de "
     "tsunami en Martinique",
     "En Martinique, un tsunami venu d'un séisme de l'arc antillais ou d'une éruption pourrait "
     "atteindre certaines plages et certains bourgs en quelques minutes, trop vite pour gagner "
     "les hauteurs à pied. Ce guide, rédigé par les services de l'État, un bureau d'études "
     "parasismiques et l'association des maires, explique aux communes comment choisir des "
     "bâtiments refuges pour l'évacuation verticale : immeubles en béton armé d'au moins trois "
     "niveaux, conformes aux règles parasismiques, situés près des lieux fréquentés, avec un "
     "toit-terrasse ou des étages accessibles à toute heure. Il donne une grille de visite, des "
     "modèles de convention avec les propriétaires, des exemples de signalétique, de rampes et "
     "d'escaliers extérieurs, et des conseils pour inscrire ces refuges verticaux dans le plan "
     "communal de sauvegarde et les exercices. Les sirènes, la houle cyclonique et le plan "
     "séisme Antilles ne sont cités qu'en passant.",
     ("évacuation verticale", "bâtiments refuges", "tsunamis", "plan communal de sauvegarde",
      "guides"),
     ("MQ",), "2025-06"),
    ("gt15", "dataset", "es",
     "Edificios de evacuación vertical ante tsunami de Iquique: ubicación, capacidad y estado, "
     "2025",
     "Iquique ocupa una terraza costera angosta al pie de un acantilado de 600 metros, y buena "
     "parte de su población vive o trabaja en la zona de inundación por tsunami, lejos de las "
     "vías de evacuación hacia los cerros. Desde el terremoto de 2014, la municipalidad y el "
     "servicio nacional de prevención y respuesta ante desastres identifican edificios de "
     "evacuación vertical: construcciones de hormigón armado de más de ocho pisos cuyos niveles "
     "altos sirven de refugio cuando no se alcanza a tiempo la zona segura. Este conjunto de "
     "datos reúne los 64 edificios evaluados, con dirección, pisos, capacidad de personas por "
     "encima de la cota de inundación, tipo de acceso, convenio con la comunidad o la empresa "
     "propietaria, señalética y estado de la certificación estructural, junto con los tiempos de "
     "caminata desde cada manzana. Las vías de evacuación, los simulacros y los mensajes a los "
     "celulares se mencionan de paso.",
     ("evacuación vertical", "tsunamis", "edificios de refugio", "Iquique", "conjuntos de datos"),
     ("CL",), "2025-08"),
    # --- World Oceans Day (8 June and its events, kits and campaigns) -----------------------------
    ("gt16", "event", "en",
     "World Oceans Day in Suva: a schools' ocean festival, a foreshore clean-up and a talanoa on "
     "the Pacific",
     "On 8 June, World Oceans Day, Fiji's environment and fisheries ministries, the university "
     "and a network of Pacific youth groups hold a day of events in Suva. The 2026 programme "
     "begins with a clean-up of the foreshore along the seawall and at the mouth of the Vatuwaqa "
     "river, followed by an ocean festival for 30 schools in Albert Park, with stalls on "
     "mangroves, coral reefs, sea turtles and sustainable fishing, meke dances and a quiz. In "
     "the afternoon a talanoa, a traditional open dialogue, brings together village elders, "
     "fishers, students and officials to speak about sea-level rise, reef health and the ocean's "
     "place in Fijian culture. A ceremony closes the day with pledges from schools and "
     "businesses. Plastic bags, coral reef monitoring and the ocean literacy curriculum are "
     "named in passing.",
     ("World Oceans Day", "ocean awareness", "schools", "Pacific Ocean", "events"),
     ("FJ",), "2025-12"),
    ("gt17", "support-source", "fr",
     "Offre : un kit d'animation pour la Journée mondiale de l'océan, le 8 juin, dans les écoles "
     "de Nouvelle-Calédonie",
     "L'aquarium de Nouméa et le parc naturel de la mer de Corail proposent gratuitement aux "
     "écoles, collèges, associations et mairies de Nouvelle-Calédonie un kit pour célébrer la "
     "Journée mondiale de l'océan, chaque 8 juin. Le kit comprend des fiches d'activités par "
     "cycle, des affiches, un jeu de cartes sur les espèces du lagon, un diaporama sur les "
     "récifs inscrits au patrimoine mondial et des idées d'actions : nettoyage de plage, fresque "
     "collective, défi zéro plastique. Des animateurs se déplacent dans les tribus et les "
     "communes de l'intérieur et des îles Loyauté pour une demi-journée d'ateliers, et les "
     "classes peuvent réserver une visite de l'aquarium à tarif réduit pendant la semaine de "
     "l'océan. Les projets des classes sont publiés sur le site de l'aquarium. Les aires marines "
     "éducatives, les tortues et le nickel ne sont cités qu'en passant.",
     ("Journée mondiale de l'océan", "sensibilisation", "écoles", "lagon", "offres"),
     ("NC",), "2025-04"),
    ("gt18", "case-study", "es",
     "Estudio de caso: diez años del Día Mundial de los Océanos en las caletas y escuelas del "
     "Callao y Lima",
     "Desde 2015, el ministerio del ambiente, el instituto del mar, la marina y organizaciones "
     "de pescadores artesanales celebran el 8 de junio, Día Mundial de los Océanos, con "
     "actividades en el Callao y en las caletas de Lima: limpiezas de playa, ferias en el "
     "malecón, paseos en bote para escolares, charlas sobre la anchoveta y la corriente de "
     "Humboldt y concursos en las escuelas. Este estudio de caso, hecho por una universidad "
     "limeña, revisa diez años de celebraciones: cuántas personas y escuelas participaron, qué "
     "mensajes se repitieron, qué compromisos tomaron los municipios y qué recuerdan los "
     "escolares y los pescadores entrevistados. Concluye que la fecha atrae a la prensa y a los "
     "voluntarios, pero que su efecto dura poco si no se une a programas escolares durante todo "
     "el año. El derrame de petróleo de Ventanilla, los lobos marinos y la cultura oceánica se "
     "mencionan de paso.",
     ("Día Mundial de los Océanos", "sensibilización", "escuelas", "pescadores artesanales",
      "estudios de caso"),
     ("PE",), "2025-09"),
    # --- calibration of weather instruments (laboratories and regional instrument centres) --------
    ("gt19", "need", "en",
     "Need: a calibration laboratory for the weather instruments of Zambia's meteorological "
     "department",
     "Zambia's meteorological department runs some 40 synoptic and agrometeorological stations "
     "and over 100 automatic weather stations bought under different projects, but it has no "
     "laboratory to check their sensors. Thermometers, barometers, humidity sensors and rain "
     "gauges stay in the field for years without calibration, and when readings drift, the data "
     "that feed forecasts, drought monitoring and crop insurance can no longer be trusted. The "
     "department asks for help to equip a calibration laboratory in Lusaka with reference "
     "thermometers and barometers, a climatic chamber, a rain gauge calibrator and travelling "
     "standards traceable to a regional instrument centre; to train four instrument technicians "
     "in calibration and measurement uncertainty; and to set up a schedule so that the sensors "
     "of every station are checked at least every two years. Solar panels, vandalism at stations "
     "and the seasonal forecasts are named in passing.",
     ("calibration", "weather instruments", "meteorological services", "automatic weather stations",
      "needs"),
     ("ZM",), "2025-03"),
    ("gt20", "event", "fr",
     "Atelier régional sur l'étalonnage des instruments météorologiques au centre régional "
     "d'instruments d'Alger",
     "Du 9 au 13 novembre 2026, le centre régional d'instruments d'Alger, rattaché à l'office "
     "national de la météorologie, accueille un atelier de formation sur l'étalonnage des "
     "capteurs des stations météorologiques pour une trentaine de techniciens des services "
     "météorologiques du Maghreb, du Sahel et d'Afrique centrale. Au programme : principes de la "
     "traçabilité métrologique et de l'incertitude de mesure, étalonnage des capteurs de "
     "température et d'humidité en enceinte climatique, des baromètres par comparaison à un "
     "étalon, des pluviomètres à augets et des anémomètres en soufflerie, rédaction des "
     "certificats d'étalonnage et organisation de tournées avec des étalons de transfert. Chaque "
     "participant apporte un capteur de son réseau pour l'étalonner sur place. Les cours sont "
     "donnés en français et en arabe. Les stations automatiques, les radiosondages et la "
     "maintenance des radars ne sont cités qu'en passant.",
     ("étalonnage", "instruments météorologiques", "métrologie", "formation", "événements"),
     ("DZ",), "2025-07"),
    ("gt21", "support-source", "es",
     "Oferta: calibración de instrumentos meteorológicos y cursos del centro regional de "
     "instrumentos de Buenos Aires",
     "El centro regional de instrumentos del servicio meteorológico nacional, en Buenos Aires, "
     "ofrece a los servicios meteorológicos e hidrológicos de Sudamérica, a las provincias, a "
     "los institutos de investigación agropecuaria y a las empresas que operan redes de "
     "estaciones la calibración de sus instrumentos con patrones trazables: termómetros y "
     "sensores de temperatura y humedad, barómetros, pluviómetros, anemómetros y piranómetros. "
     "Los equipos se envían al laboratorio o se comparan en el campo con patrones viajeros, y "
     "cada uno recibe su certificado de calibración con la incertidumbre. El centro ofrece "
     "además cursos presenciales y virtuales para técnicos, en castellano, sobre mantenimiento y "
     "calibración de estaciones automáticas, y asesora a los países que quieren montar su propio "
     "laboratorio. Los radiosondeos, las estaciones meteorológicas escolares y la red de radares "
     "se mencionan de paso.",
     ("calibración", "instrumentos meteorológicos", "centro regional de instrumentos",
      "capacitación", "ofertas"),
     ("AR",), "2025-10"),
    # --- impact-based forecasting (forecasts and warnings that say what the weather will do) ------
    ("gt22", "case-study", "en",
     "From what the weather will be to what it will do: impact-based forecasting for typhoons in "
     "the Philippines",
     "For decades the Philippine weather service warned of typhoons with signal numbers based on "
     "wind speed alone, and people often did not grasp what a signal meant for their village. "
     "Since Typhoon Haiyan in 2013 the service, with the civil defence office and local "
     "governments, has moved to impact-based forecasting and warning: forecasters combine the "
     "forecast wind, rain and storm surge with maps of exposed houses, roads and crops to say "
     "what the storm is likely to do, such as roofs torn off, rivers overflowing or landslides "
     "blocking roads, and which municipalities should act. This case study reviews the first "
     "years of impact-based warnings in the Bicol region, the risk matrix of likelihood and "
     "impact they use, how mayors and barangay officials understood the bulletins and the "
     "evacuations they triggered. Storm surge walls, cash transfers and the naming of typhoons "
     "are named in passing.",
     ("impact-based forecasting", "weather warnings", "typhoons", "early warning", "case studies"),
     ("PH",), "2025-05"),
    ("gt23", "project", "fr",
     "Projet : des prévisions et des alertes axées sur les impacts pour les cyclones et les "
     "inondations à Madagascar",
     "À Madagascar, les bulletins de la météorologie nationale annonçaient les cyclones par la "
     "vitesse des vents et leur trajectoire, sans dire ce qu'ils allaient provoquer dans chaque "
     "district. De 2025 à 2028, ce projet, mené avec le bureau national de gestion des risques "
     "et des catastrophes, aide les prévisionnistes à passer à la prévision fondée sur les "
     "impacts : croiser la prévision de pluie, de vent et de houle avec les cartes des "
     "habitations fragiles, des rizières, des routes et de la population, pour annoncer les "
     "impacts attendus et leur probabilité dans une matrice de risque en couleurs, et dire quoi "
     "faire. Il forme 40 prévisionnistes et cadres régionaux, crée une base de données des "
     "impacts des cyclones passés, teste des bulletins en malgache avec les radios locales et "
     "mesure leur compréhension dans les districts de l'Est. Les abris anticycloniques et le "
     "financement basé sur les prévisions ne sont cités qu'en passant.",
     ("prévision axée sur les impacts", "alertes", "cyclones", "services météorologiques",
      "projets"),
     ("MG",), "2025-01"),
    ("gt24", "dataset", "es",
     "Avisos meteorológicos basados en impactos de Guatemala: niveles, impactos esperados y "
     "daños observados, 2021-2025",
     "Desde 2021 el instituto de sismología, vulcanología, meteorología e hidrología de "
     "Guatemala emite, con la coordinadora nacional para la reducción de desastres, avisos "
     "basados en impactos para lluvias intensas, tormentas tropicales, frentes fríos y olas de "
     "calor: en lugar de anunciar solo milímetros o grados, cada aviso indica para cada "
     "departamento un nivel según una matriz que combina la probabilidad del fenómeno con la "
     "gravedad de los impactos esperados (deslaves, crecidas, cortes de carreteras, daños a "
     "cultivos) y las acciones recomendadas. Este conjunto de datos reúne los 1.240 avisos "
     "emitidos de 2021 a 2025, con fecha, departamentos, nivel, impactos esperados y, al lado, "
     "los daños registrados por los municipios, para medir si los avisos acertaron. Los "
     "huracanes Eta e Iota, el volcán de Fuego y la canícula se mencionan de paso.",
     ("pronóstico basado en impactos", "avisos meteorológicos", "alerta temprana", "Guatemala",
      "conjuntos de datos"),
     ("GT",), "2025-11"),
    # --- flood protection of metro systems (keeping floodwater out of underground railways) -------
    ("gt25", "project", "en",
     "Raising the defences of Taipei's metro: flood gates, higher entrances and vent covers "
     "against extreme rain",
     "In September 2001 Typhoon Nari poured more than 400 millimetres of rain on Taipei in a "
     "day; water entered the metro through station entrances and ventilation shafts, flooded the "
     "Bannan line and the Nangang depot, and stopped parts of the network for up to three "
     "months. Since then the metro company has raised entrances above the design flood level, "
     "added steps, flood gates and watertight doors at station entrances, covered ventilation "
     "shafts and built pumps into the tunnels. This project, run from 2025 to 2029 with the "
     "city's hydraulic engineering office, updates those defences for the heavier rain expected "
     "with climate change: it checks every station against new flood maps, adds automatic flood "
     "barriers at 30 low-lying entrances, links tunnel water-level sensors to the control centre "
     "and drills staff in closing the gates within 15 minutes. Air quality in the stations, "
     "typhoon naming and river dikes are named in passing.",
     ("metro flood protection", "underground railways", "flood gates", "extreme rainfall",
      "projects"),
     ("TW",), "2025-04"),
    ("gt26", "document", "fr",
     "Plan de protection du métro parisien contre une crue majeure de la Seine : mesures et "
     "consignes",
     "Une crue comparable à celle de janvier 1910 envahirait une partie du réseau souterrain de "
     "la RATP : tunnels et stations proches de la Seine, postes électriques, locaux techniques. "
     "Ce document, tiré du plan de protection contre le risque d'inondation de l'exploitant et "
     "mis à jour après les crues de 2016 et de 2018, décrit ce qui est fait selon la cote "
     "atteinte à l'échelle d'Austerlitz : obturation des bouches d'accès et des grilles de "
     "ventilation, pose de batardeaux et de murets en parpaings, pompage, mise hors tension, "
     "fermeture progressive de stations et de lignes, rôle des équipes et calendrier sur "
     "plusieurs jours. Il donne aussi les consignes aux voyageurs et aux communes, et les leçons "
     "de l'exercice européen de 2016. La qualité de l'air du métro, les musées et le bassin de "
     "stockage d'Austerlitz ne sont cités qu'en passant.",
     ("métro", "protection contre les inondations", "crue de la Seine", "RATP", "documents"),
     ("FR",), "2025-02"),
    ("gt27", "dataset", "es",
     "Cierres de estaciones del Metro de la Ciudad de México por lluvias e inundaciones, "
     "2010-2025",
     "Cada temporada de lluvias, tormentas de más de 40 milímetros en una hora inundan accesos, "
     "andenes y túneles del Metro de la Ciudad de México, sobre todo en el oriente, donde el "
     "suelo se ha hundido y los colectores se saturan: Pantitlán, Oceanía, Terminal Aérea o los "
     "tramos superficiales de la línea A. Este conjunto de datos, armado con los reportes del "
     "sistema de transporte colectivo y del servicio meteorológico, registra cada cierre de "
     "estación o suspensión de servicio por agua de 2010 a 2025: fecha, hora, estación y línea, "
     "duración, lluvia medida en el pluviómetro más cercano, causa (encharcamiento en accesos, "
     "entrada de agua por rejillas, falla de cárcamos de bombeo) y medidas tomadas, como muretes "
     "en los accesos y compuertas. Sirve para priorizar obras. El hundimiento del suelo, el "
     "drenaje profundo y los microsismos se mencionan de paso.",
     ("Metro", "inundaciones", "cierres de estaciones", "Ciudad de México", "conjuntos de datos"),
     ("MX",), "2025-08"),
    # --- disaster memorials (memorial sites, gardens and remembrance of past disasters) -----------
    ("gt28", "event", "en",
     "Aberfan 60: remembering the 1966 disaster at the memorial garden and learning from it",
     "On 21 October 1966 a colliery spoil tip slid down the mountainside above Aberfan, in south "
     "Wales, and buried Pantglas junior school and some twenty houses, killing 116 children and "
     "28 adults. On the sixtieth anniversary, 21 October 2026, the community, the county borough "
     "council and the memorial charity hold a day of remembrance: a service at the cemetery, "
     "where the victims lie under a long row of white arches, a silence at 9.15 in the memorial "
     "garden laid out on the site of the school, readings by survivors and pupils, and an "
     "exhibition in the community centre on the disaster and on the tribunal of inquiry that "
     "blamed the coal board. In the afternoon a public talk looks at how the village kept its "
     "memory alive and at how old spoil tips are now inspected. Landslides, the coal mines and "
     "the Welsh language are named in passing.",
     ("disaster memorials", "remembrance", "anniversaries", "Aberfan", "events"),
     ("GB",), "2025-10"),
    ("gt29", "project", "fr",
     "Projet : un lieu de mémoire pour les victimes du séisme du 12 janvier 2010 à Titanyen",
     "À Titanyen, au nord de Port-au-Prince, des dizaines de milliers de victimes du séisme du "
     "12 janvier 2010 ont été enterrées dans des fosses communes, sur un terrain longtemps "
     "laissé à l'abandon, où seul un monument inachevé rappelle la catastrophe. De 2025 à 2028, "
     "ce projet du ministère de la culture, d'une fondation haïtienne et d'associations de "
     "familles de disparus aménage le site en mémorial : clôture, chemins, plantation d'arbres, "
     "mur où les familles peuvent inscrire les noms de leurs proches, espace de cérémonie pour "
     "la commémoration annuelle du 12 janvier et petit centre d'accueil avec une exposition sur "
     "le séisme, ses causes et les gestes qui sauvent. Il recueille aussi les témoignages de "
     "survivants pour des archives orales et prépare des visites pour les écoles. Le choléra, la "
     "reconstruction du centre-ville et les répliques ne sont cités qu'en passant.",
     ("mémorial", "lieux de mémoire", "séisme de 2010", "commémoration", "projets"),
     ("HT",), "2025-12"),
    ("gt30", "need", "es",
     "Necesidad: proteger las ruinas de Armero como lugar de memoria y de aprendizaje sobre el "
     "riesgo volcánico",
     "El 13 de noviembre de 1985 los lahares del volcán Nevado del Ruiz sepultaron la ciudad de "
     "Armero, en el Tolima, y causaron más de 20.000 muertes, pese a que los mapas de amenaza ya "
     "señalaban el peligro. Las ruinas, el cementerio y los monumentos levantados por los "
     "sobrevivientes, entre ellos el lugar donde murió Omaira Sánchez, forman hoy un camposanto "
     "que miles de personas visitan cada noviembre, pero la maleza, el saqueo, el ganado y la "
     "falta de señalización los deterioran. La alcaldía de Armero Guayabal, asociaciones de "
     "sobrevivientes y una universidad piden apoyo para delimitar y proteger el lugar de "
     "memoria, restaurar tumbas y monumentos, crear un recorrido con paneles sobre lo que "
     "ocurrió y por qué, y formar guías jóvenes que expliquen a escolares y turistas el riesgo "
     "volcánico y la alerta temprana. Los niños desaparecidos, el turismo y la ganadería se "
     "mencionan de paso.",
     ("lugares de memoria", "memoriales", "tragedia de Armero", "riesgo volcánico", "necesidades"),
     ("CO",), "2025-05"),
)  # fmt: skip
