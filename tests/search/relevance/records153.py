"""Clearing-house records of the hundred-and-fifty-third judged relevance set
(tests/search/relevance/queries153.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: weather hazard pages on ice
storms and freezing rain (a case study of the glaze ice storm, the žled, that broke half of
Slovenia's forests and brought down its power lines in 2014; a dataset of the épisodes de pluie
verglaçante and of the ice measured on the power lines of Québec since 1979, with the tempête de
verglas of 1998, Canada; a need for warnings of the lluvia engelante and the tormentas invernales
in the north of Mexico after the storm of February 2021); flood safety pages on driving through
flooded roads (a project of warning gates, beacons and depth markers at the low-water crossings of
the Texas Hill Country, United States; a need to secure the radiers submersibles of La Réunion,
where drivers drown at every heavy rain; a case study of the closing of the badenes inundables and
vados of the ramblas of Murcia, Spain); disaster response pages on the management of the dead (a
field guide, a document, to managing dead bodies after typhoons and earthquakes, drawn from Typhoon
Haiyan, the Philippines; a need for a national capacity for the gestion des dépouilles and the
identification des victimes de catastrophes, Haiti; a taller, an event, on the manejo de cadáveres
and the identificación de víctimas after the eruption of the volcán de Fuego, Guatemala); coastal
pages on citizen photo monitoring of beaches with CoastSnap (a dataset of the shoreline positions
drawn from beachgoers' smartphone photos in New South Wales, Australia; a project of photos
citoyennes to follow the trait de côte of the Petite-Côte, Senegal; a jornada, an event, that
launches the fotomonitoreo ciudadano of the beaches of Cartagena, Colombia); groundwater pages on
level monitoring networks (a need to rebuild the observation boreholes of the Nairobi aquifer,
Kenya; a dataset of the chroniques of the réseau piézométrique national, Benin; a project of a red
de monitoreo piezométrico with pozos de observación for the Ica-Villacurí aquifer, Peru); urban
risk pages on the collapse of dilapidated buildings (a dataset of Mumbai's yearly pre-monsoon lists
of dangerous buildings, India; a case study of the shoring of the bâtisses menaçant ruine of the
Casbah of Algiers, Algeria; a need to assess and shore up the edificios en peligro de derrumbe of
Havana, Cuba); urban water pages on water-saving devices (a project that fits tap aerators,
low-flow showerheads and dual-flush kits in the homes and mosques of Amman and Zarqa, Jordan; an
offer, a support source, of free kits hydro-économes, mousseurs and réducteurs de débit in Gironde,
France; a case study of the dispositivos ahorradores de agua, aireadores and reductores de caudal,
of the schools and public buildings of Montevideo after the water crisis of 2023, Uruguay); sea
safety pages on volunteer sea rescue (a case study of the volunteer-crewed lifeboat stations of
South Africa; a stage, an event, for the sauveteurs en mer bénévoles of New Caledonia; a need for
boats and training for the voluntarios of the botes salvavidas of the central coast of Chile);
disaster pages on pets in emergencies (a guide, a document, to animal-inclusive evacuation for the
councils of New Zealand; a case study of the animaux de compagnie in the floods of July 2021 in
Wallonia, Belgium; a project of refugios that accept mascotas, with veterinary brigades and family
plans, in Puerto Rico); and knowledge sharing pages on youth water science competitions (the
national final, an event, of the Junior Water Prize in Abuja, Nigeria; an offer, a support source,
of mentoring for the teams of lycéens who compete for the Prix junior de l'eau, Côte d'Ivoire; a
case study of ten years of the Premio Juvenil del Agua in Argentina). English, French and Spanish,
10 records each, every topic written once in each language (different countries, projects and
angles, not translations of one text).

None of records.py, records3.py, ..., records149.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (ice storm, freezing rain, freezing drizzle, glaze, ice load,
ice accretion, sleet, winter storm, verglas, tempête de verglas, pluie verglaçante, bruine
verglaçante, grésil, givrage, tormenta de hielo, tormenta invernal, lluvia engelante, lluvia
helada, llovizna congelada, engelamiento, cencellada, galaverna, žled; low-water crossing, flooded
road, floodwater, ford, causeway, Turn Around Don't Drown, swept away, radier, route inondée,
submersible, emporté, vado, badén, rambla, arrastrado; dead bodies, management of the dead, body
bag, mass fatalities, victim identification, DVI, forensic, morgue, mortuary, mass grave, missing
persons, burial, dépouille, cadavre, identification des victimes, fosse commune, médico-légal,
personnes disparues, inhumation, sépulture, cadáver, manejo de cadáveres, identificación de
víctimas, fosa común, forense, desaparecidos, entierro; CoastSnap, shoreline monitoring, photo
point, smartphone, citizen science, trait de côte, suivi participatif, sciences participatives,
línea de costa, monitoreo ciudadano, monitoreo participativo, fotomonitoreo, ciencia ciudadana;
groundwater monitoring, observation well, observation borehole, monitoring well, piezometer,
groundwater level, water table, data logger, piézomètre, piézométrique, niveau de la nappe, nappe
phréatique, piezómetro, red piezométrica, pozo de observación, nivel freático, aguas subterráneas,
acuífero; building collapse, collapsed building, dilapidated, dangerous buildings, tenement, chawl,
effondrement, immeuble, menaçant ruine, arrêté de péril, habitat indigne, vétuste, derrumbe,
edificio, inmueble, ruinoso, conventillo, ciudadela; water-saving, water saving, aerator,
showerhead, low-flow, dual-flush, WaterSense, économie d'eau, hydro-économe, mousseur, économiseur,
réducteur de débit, chasse d'eau, ahorro de agua, ahorrador, aireador, perlizador, reductor de
caudal, regadera; lifeboat, sea rescue, RNLI, SNSM, inshore rescue, rescue buoy, coxswain,
distress, life jacket, shipwreck, sauvetage en mer, canot de sauvetage, semi-rigide, bouée,
détresse, naufrage, salvamento marítimo, Cruz Roja del Mar, bote salvavidas, semirrígido,
naufragio, chaleco salvavidas; pets, companion animals, pet-friendly, animal shelter, microchip,
SPCA, dogs and cats, animaux de compagnie, chiens et chats, fourrière, puce électronique, mascotas,
animales de compañía, perros y gatos; Junior Water Prize, Stockholm, junior, prize, competition,
olympiad, science fair, prix, concours, olympiade, premio, concurso, olimpiada, feria de ciencias).
Screened and dropped as covered: regional climate outlook forums and seasonal forecasts (the
PRESASS forecasts of ce23, as set 145 found), land subsidence (ex01, fg04 and the clay shrink-swell
dataset fj28, whose subjects list subsidence), cool roofs and sponge cities (w19-w21, de25-de27),
combined sewer overflows (ff13-ff15), managed aquifer recharge (the recharge artificielle of fn08),
qanats (z04, el20), solar water disinfection (ex19-ex21), emergency drills (the simulacros of k09,
o09 and y18) and tabletop exercises (the exercice sur table of the incident command courses fv20
and the tabletop serious game ct22), riverbank erosion (the génie végétal guide for the berges and
ravines of Haiti, bi14), glacier monitoring (the glaciers among the subjects of the glacial lake
pages w37-w39 and of the travelling exhibition fv27), king tides (among the subjects of the tide
gauge project ex04), interbasin water transfers (the trasvases among the subjects of the
environmental flows page bj21), young water professionals (the young professionals among the
subjects of the internship pages ca22 and ca24) and model United Nations (screened by set 106, next
to the role-plays of the serious games), besides the topics of sets 42 to 149 and those their
docstrings list as covered; screened with no or passing hits but not chosen: water quality test
kits (named by the chlorine dispenser dataset fv04 and the borax test kits of eh16), borehole
siting, the training of plumbers (the gasfiteros trained by the solar water heater offer cf06),
open days at water treatment plants, vulnerability and capacity assessments, television weather
presenters, fire danger rating (named by the haze page w22, and next to the forestry engineers'
area), trail bridges and the protection of cultural heritage in disasters.

Two earlier records are judged relevant in part (1). The dataset of the saltwater interface of the
Biscayne aquifer (fn07) is built from some 100 monitoring wells and holds their chloride readings
and groundwater levels, and the project against seawater intrusion in the nappe côtière of the Cap
Bon (fn08) "surveille la salinité et le niveau de 80 piézomètres" among its actions: both name the
monitoring of groundwater levels in a network of wells or piezometers, and are judged 1 to the
groundwater level monitoring queries that do not restrict them away (groundwater level monitoring
network, réseau piézométrique, monitoreo de niveles de agua subterránea), and 0 to the quoted
"observation boreholes" and to the queries that ask for Kenya or for needs. All the other hits are
passing or about other things, judged 0: the red de pozos de monitoreo that the La Paz need (fn09)
asks for to follow the saltwater wedge and the chlorides followed in the piezometers of the nappe
d'Alsace (fg02), salinity rather than levels; the niveaux piézométriques that are one layer of the
Saïss drip irrigation dataset (bx20), the groundwater levels among the layers of the San Pedro,
beach nourishment and acid sulfate soil pages (cs28, dq28, ew22) and the pesticide concentrations
at the national groundwater monitoring stations of the chlorothalonil dataset (bk28), no level
monitoring network; the winter storm of February 2021 among the power outages of the carbon
monoxide dataset (cb07), the verglas de 1998 named by the carbon monoxide guide (cb08), the
emergency kit page (fb26) and the space weather page (fv14), the ice storm and verglas among the
stresses of the maple pages (do07, do08), the freezing rain of the aircraft de-icing dataset
(cz01), the verglas on roads of the road salt pages (bm29, cz02) and the frost pages (bu25-bu27),
no ice storm; the cars swept away named by the disaster waste dataset (dz06) and by the property
flood resilience page (fn15), the people swept away of the swiftwater rescue pages (fz16-fz18), the
ramblas of the intermittent river pages (cs29, cs30) and the radiers de galets, gravel riffles
where the lampreys spawn, of cc17, no flooded road crossing; the embalming pages (eh01-eh03) and
the formalin of the morgues named by dj01 and dj02, the animal carcasses of the fallen stock pages
(en07-en09), of avian botulism (ca14, ca15) and of the wildlife pages, the search and rescue dogs
(ex28-ex30) and psychological first aid (fr25-fr27), no management of the human dead after
disasters; the coastal erosion pages (m10-m12, with the observation du trait de côte of m11 and the
línea de costa measured by m12), the shoreline surveys by drone and cameras named by the sand
bypassing pages (fv08, fv09) and the citizen science pages on other things, no citizen photo
monitoring of beaches; the post-earthquake building safety checks (ff07-ff09, with the effondrement
total of ff08), the search dogs for collapsed buildings (ex28), the seismic retrofitting of houses
(fb22-fb24), the damp and mould page with habitat indigne among its subjects (dp29) and the
derrumbes of the cliffs of fz12, no collapse of dilapidated buildings; the mousseurs fitted during
the energy poverty visits (dj20), the flow-limiting devices of the Day Zero guide (ff16) and the
other water rationing pages (ff17, ff18), the water meters (fb04-fb06), the greywater pages with
économies d'eau among the subjects of fr02, the car wash and laser levelling pages with ahorro de
agua among their subjects (en06, fu29, fu30) and the estufas ahorradoras of w30, no water-saving
devices; the HF radars used for search and rescue drift planning (fj01-fj03, fj03 with salvamento
marítimo in its title and subjects, none on volunteers or lifeboats), the expired distress flares
(en28-en30), the lifeguards of the rip current pages (fb13-fb15), the swiftwater rescue pages
(fz16-fz18) and the marine forecasts for fishers (fr13-fr15), no volunteer sea rescue; the cyclone
shelters of Quintana Roo whose dataset notes whether they admit mascotas (ex24), the search and
rescue dogs (ex28-ex30), the free-roaming cats and dogs (ei10-ei12), the dog faeces pages
(cr04-cr06), the flea treatments of pets named by the fipronil page (bi04) and the pet trade pages,
no pets in emergencies; and the student competition of the green chemistry page (cl10), the
hackathons (bv22-bv24), the science cafés (fz28-fz30, with the ferias científicas of fz30), the
internships (ca22-ca24) and the Stockholm Convention pages, which a query naming the Stockholm
Junior Water Prize meets in one word only, no youth water competition.

records150.py (ids ga01..ga30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), records151.py (ids gb01..gb30, on biodiversity topics) and records152.py (ids
gc01..gc30, on agriculture, fisheries, forestry, food and land topics), written at the same time by
three other engineers, were searched for the same words once they were finished (with their
queries150.tsv, queries151.tsv and queries152.tsv, 60 queries each), before these records were
judged. Their topics are election campaign waste, radioactive waste of nuclear medicine, kerosene
heaters, combustible facade cladding, marble slurry, carbon dioxide in wineries, substandard and
counterfeit electrical cables, ozone generators, transformer oil theft and construction dust
(records150.py); squirrel monkeys, bellbirds, crossbills, brocket deer, ocean sunfish, antlions,
amphisbaenians (worm lizards), cyclamens, service trees and ramondas (records151.py); and plant
clinics, aquaponics, sea lice on salmon farms, wild oregano, fire blight, capers, cocoa
fermentation, the larger grain borer, footrot in sheep and fish silage (records152.py). None of
their records names an ice storm, a flooded road crossing, the management of the dead after a
disaster, citizen photo monitoring of beaches, a groundwater level monitoring network, the collapse
of a dilapidated building, water-saving devices, volunteer sea rescue, pets in emergencies or a
youth water competition. The nearest are passing or about other things and judged 0: the aquaponics
pages with water saving and économie d'eau among their subjects (gc04, gc05), water reused between
fish tanks and beds, and the aireadores of gc06, air pumps for the fish tanks rather than tap
aerators, are no water-saving devices; the immeubles whose aluminium composite cladding is recensed
by ga11 and the demolition sites of the construction dust pages (ga28-ga30) are no collapse of
dilapidated buildings; the workers who collapse in the carbon dioxide of wine cellars (ga16) and
the fosas de orujo of ga18 are no dead of a disaster; the falling water table of the Niayes named
by gc05 and the groundwater watched around a marble slurry dump (ga13) are no level monitoring
network; the ramblas where marble slurry was dumped (ga15) are no flooded road crossing; and the
beaches where fish waste is left (gc29, gc30) are not photographed for their shoreline. None of
their records answers a query of this set, and none of their queries is repeated in queries153.tsv.

Traps: the power outages and the generators (next to the diesel generators of cn13-cn15 and the
carbon monoxide pages cb07-cb09), the beech and spruce stands and the salvage felling, the bark
beetles (bn16-bn18), the November floods and the Postojna cave (the cave pages r01-r03) of gd01;
the tempête de verglas of 1998 (named by cb08 and fb26), the pylônes, the pannes, the grésil, the
poudrerie (next to the road salt pages bm28-bm30), the érablières (the maples of do07-do09) and the
monoxyde de carbone des génératrices (cb08) of gd02; Texas, the gas pipeline, the apagones, the
tuberías reventadas, the refugios temporales (next to the cyclone shelters ex22-ex24), the braseros
and anafres (the carbon monoxide pages cb07-cb09), the heladas (the frost pages bu25-bu27) and the
sequía of gd03; Flash Flood Alley, the creeks, the sensors and flashing beacons, the public map,
the bridges, the swiftwater rescue teams (fz16-fz18), the weather radar and the summer camps of
gd04; the ravines, the piétons qui se noient, the échelles de hauteur d'eau (next to the flood
marks of ex07-ex09), the vigilances fortes pluies, the ponts, the cyclones (bz25-bz27), the éboulis
de la route du littoral and the eaux de baignade (the bathing water pages fr07-fr09) of gd05; the
ramblas (the intermittent rivers of cs28-cs30), the gota fría and the DANA, the avisos por el 112 y
en el móvil (next to the cell broadcast alerts fb19-fb21), the Mar Menor, the garajes subterráneos
de Valencia (named by the disaster waste dataset dz06) and the vegetación de las ramblas of gd06;
Typhoon Haiyan, the mass graves, the refrigerated containers, the forensic teams, the epidemics,
cholera, psychological first aid (fr25-fr27) and the storm surge (the storm surge barriers of
ff01-ff03) of gd07; the séisme du 12 janvier 2010 and the séisme of 2021 (the earthquake pages
ca25-ca27), Titanyen, the morgues, the conteneurs réfrigérés, the ADN (next to the DNA barcoding of
bb28-bb30 and the environmental DNA of bv19-bv21), the choléra, the abris provisoires (the
transitional shelters of ff10-ff12) and the tempête Grace of gd08; the flujos piroclásticos, the
ceniza volcánica and the lahares (the volcanic eruption pages br25-br27), the desaparecidos, the
perfiles de ADN, the fosas comunes and the albergues of gd09; the East Coast Lows, the drones and
fixed video cameras, the seawall at Collaroy (the seawalls of fb10-fb12), the rip currents
(fb13-fb15) and the surf clubs (the surf breaks of ci25-ci27) of gd10; the hôtels de Saly, the murs
de protection, the houles, the quartiers de pêcheurs, WhatsApp, the épis, the prélèvement de sable
de plage (named by dn04) and the pirogues of gd11; the mar de leva, the espolones y rellenos, the
redes sociales, the plan de manejo costero, the sargazo (w31-w33), the manglares de la Ciénaga de
la Virgen and the turismo de cruceros (co25-co27) of gd12; the private boreholes and permits, the
pressure loggers and telemetry, the water resource users' associations, the fluoride (x04-x06), the
hand pumps (fb01-fb03) and the water rationing (ff16-ff18) of gd13; the forages, the sondes
automatiques, the pluie mesurée à la station voisine, the autorisations de prélèvement, the schéma
directeur, the intrusion saline (fn07-fn09), the latrines and the pompes à motricité humaine (fb02)
of gd14; the espárragos, uvas y paltas, the pozos informales, the veda del acuífero, the laguna de
Huacachina, the huaicos (the debris flows of bv27) and the recarga en el cauce del río Ica (next to
the recharge artificielle of fn08) of gd15; the monsoon, the cessed tenements and chawls, the
structural audits, the court stays, the transit housing, the floods, the landslides on hill slopes
(bv25-bv27) and the fire safety (the informal settlement fires of fr19-fr21) of gd16; the
patrimoine mondial, the surpeuplement, the relogement, the étaiement, the gravats (next to the
construction and demolition waste of cb10-cb12), the artisans formés aux techniques
traditionnelles, the séisme de Boumerdès (ca25-ca27), the termites and the tourisme of gd17; the
cuarterías y ciudadelas, the balcones, the huracanes (bz25-bz27), the puntales, the albergues, the
evaluación estructural (next to the post-earthquake assessments of ff07-ff09), the apagones, the
malecón and the turismo of gd18; the rooftop tanks, the intermittent supply (next to the water
rationing of ff16-ff18), the ablutions, the imams (next to the places of worship of records96.py),
the plumbers, the leaks and meter readings (the water meters of fb04-fb06), the greywater reuse
(fr01-fr03, fr01 in Jordan) and the desalination of Red Sea water (bs19-bs21) of gd19; the nappes
profondes surexploitées, the bailleurs sociaux, the pastilles de détection des fuites, the écoles
and gymnases, the récupérateurs d'eau de pluie (r30, bx21), the compteurs (fb05) and the piscines
(cz04-cz06) of gd20; the sequía and the embalse de Paso Severino, the agua salobre (next to the
saltwater intrusion of fn07-fn09), the Río de la Plata, the mingitorios, the robos, the bidones de
agua embotellada, the sodio del agua and the nueva toma en el río of gd21; the inland dams, the
pagers, the chokka fishers (the squid of ee01-ee03), the paddlers and kitesurfers (the kitesurfing
pages dm22-dm24), the medical evacuations, the pink rescue buoys, the rip currents (fb13-fb15), the
whale entanglements and the shark nets of gd22; the vedettes et semi-rigides, the plaisanciers, the
kitesurfeurs, the îles Loyauté, the hypothermie, the centre de coordination des secours, the
nageurs sauveteurs (next to the lifeguards of fb14), the feux de détresse (en28-en30), the cyclones
and the requins of gd23; the bomberos, the Armada, the náufragos, the trajes secos, the radios, the
chaleco salvavidas, the marejadas (next to the marine forecasts for fishers of fr13-fr15), the
tsunamis (bs25-bs27) and the lobos marinos (the sea lions of ci01-ci03) of gd24; Cyclone Gabrielle,
the floodwater, the evacuation centres (next to the cyclone shelters ex22-ex24), the SPCA, the
microchips, the emergency kits (fb25-fb27), the livestock, the horses and the Christchurch
earthquakes of gd25; the crues de la Vesdre, the lapins, the refuges, the vétérinaires, the puce
électronique, the plans d'urgence communaux, the bovins, the chevaux and the déchets des
inondations (the disaster waste of dz04-dz06) of gd26; the huracanes Irma y María (bz25-bz27), the
refugios (next to the refugios anticiclónicos of ex24, which note whether they admit mascotas), the
brigadas veterinarias, the vacunación (next to the rabies pages bt13-bt15), the mochila de
emergencia (fb25-fb27), the terremotos de 2020, the perros realengos and the ganado of gd27; the
Stockholm final (a trap for the Stockholm Convention pages), the moringa seed coagulant (the
moringa pages bb07-bb09), the tank sensor, the plastic sachets, the biosand filter (next to the
ceramic water filters ex19-ex21), the scholarship, the sachet water sales, the moringa farming and
the hand pumps of gd28; Stockholm, the parrains, the trousses de mesure de la qualité de l'eau, the
démarche scientifique, the lagune Ébrié, the cafés scientifiques (fz28-fz30), the jacinthe d'eau
and the inondations d'Abidjan of gd29; and Estocolmo and Suecia, the arsénico en el agua de pozos
(the arsenic pages t10-t12, t12 in Argentina), the filtros de bajo costo, the reúso del agua, the
plásticos en el Riachuelo, the humedales del Paraná, the docentes and the ferias de ciencias (named
by fz30) of gd30. Letters: the ice storm and glaze of gd01 (žled), the pluie verglaçante and
tempête de verglas of gd02 and the lluvia engelante and tormentas invernales of gd03 are ice
storms, freezing rain that coats the ground, trees and wires with ice; the low-water crossings of
gd04, the radiers submersibles of gd05 and the badenes and vados of gd06 are road crossings at
stream level where drivers are swept away by floods; the management of dead bodies of gd07, the
gestion des dépouilles of gd08 and the manejo de cadáveres of gd09, with the disaster victim
identification, identification des victimes de catastrophes and identificación de víctimas of each,
are one practice; the CoastSnap stations of gd10, gd11 and gd12 are citizen photo monitoring of the
shoreline, the trait de côte and the línea de costa; the observation boreholes of gd13, the réseau
piézométrique of gd14 and the red de monitoreo piezométrico and pozos de observación of gd15 are
groundwater level monitoring networks; the dangerous and dilapidated buildings of gd16, the
bâtisses menaçant ruine of gd17 and the edificios en peligro de derrumbe of gd18 are old buildings
that collapse for want of repair; the water-saving devices of gd19, the kits hydro-économes of gd20
and the dispositivos ahorradores de agua of gd21 are the same taps, aerators, showerheads and
toilet kits; the volunteer lifeboat crews of gd22, the sauveteurs en mer bénévoles of gd23 and the
voluntarios of the botes salvavidas of gd24 are volunteer sea rescue; the pets in emergencies of
gd25, the animaux de compagnie of gd26 and the mascotas en emergencias of gd27 are companion
animals in evacuation and sheltering; and the Junior Water Prize of gd28, the Prix junior de l'eau
of gd29 and the Premio Juvenil del Agua of gd30 are the national rounds of one youth water research
competition. The golden files name none of them (their "freezing" is the freezing point of a
radiator fluid, their "PET" an imaging technique, their "junior" the junior high schools of a
teacher study, their "prize" a Nobel prize, and their ground water dissolves manganese for a
mineral).

For the country queries: gd01 names only Slovenia (Postojna); gd02 only Canada (Québec, the
Montérégie); gd03 Mexico (Nuevo León, Coahuila, Chihuahua, Tamaulipas), with Texas, in the United
States, named as where the storm and the gas came from; gd04 only the United States (Texas); gd05
only La Réunion (France's overseas department, code RE); gd06 only Spain (Murcia, with Valencia
named); gd07 only the Philippines (Tacloban); gd08 only Haiti (Titanyen, the Grand Sud); gd09 only
Guatemala (Escuintla, Antigua Guatemala); gd10 only Australia (New South Wales, Manly, Collaroy);
gd11 only Senegal (Rufisque, Saly, Joal); gd12 only Colombia (Cartagena); gd13 only Kenya
(Nairobi); gd14 only Benin (Cotonou, Godomey); gd15 only Peru (Ica); gd16 only India (Mumbai); gd17
only Algeria (Algiers); gd18 only Cuba (Havana); gd19 only Jordan (Amman, Zarqa); gd20 only France
(Gironde); gd21 only Uruguay (Montevideo); gd22 only South Africa; gd23 only New Caledonia (Nouméa,
Koumac, Poindimié, Lifou); gd24 only Chile (Valparaíso, San Antonio, Quintero); gd25 only New
Zealand (Hawke's Bay, Tairāwhiti, Christchurch); gd26 only Belgium (Wallonia, Pepinster, Verviers);
gd27 only Puerto Rico; gd28 Nigeria (Abuja, Kaduna), with the international final in Stockholm,
Sweden; gd29 Côte d'Ivoire (Abidjan), with the final in Stockholm; gd30 Argentina (the Chaco, the
Pampas, the Riachuelo, the Paraná), with the final in Sweden.

Ids (gd01..gd30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fw01..fw30, fx01..fx30, fy01..fy30, fz01..fz30), nor with records150.py's (ga01..ga30),
records151.py's (gb01..gb30) or records152.py's (gc01..gc30), and no earlier id starts with "gd".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- ice storms (freezing rain and glaze ice) -------------------------------------------------
    ("gd01", "case-study", "en",
     "Slovenia's 2014 ice storm: what the glaze did to forests, power lines and railways",
     "From 30 January to 3 February 2014, freezing rain fell for days over much of Slovenia, as "
     "warm, moist air slid over a layer of cold air trapped in the valleys and basins. Glaze ice, "
     "known in Slovenian as žled, built up to several centimetres on branches, wires and rails: "
     "half of the country's forests were damaged, whole stands of beech and spruce broke or were "
     "uprooted, pylons and power lines collapsed under the ice load, and about 250,000 households "
     "lost electricity, many for more than a week. Trains stopped and roads were blocked by fallen "
     "trees. This case study of the civil protection administration and the environment agency "
     "looks at how the ice storm was forecast and warned, how the army, firefighters and "
     "volunteers cleared roads and brought generators to villages, and what has changed since: "
     "ice-load maps for new lines, underground cables in wooded valleys and a plan for salvage "
     "felling. Bark beetles, the November floods and the Postojna cave are named in passing.",
     ("ice storms", "freezing rain", "glaze ice", "power outages", "case studies"),
     ("SI",), "2024-11"),
    ("gd02", "dataset", "fr",
     "Pluie verglaçante au Québec : épisodes et accumulations de glace relevés de 1979 à 2024",
     "Le Québec connaît chaque hiver des épisodes de pluie verglaçante, lorsque la pluie traverse "
     "une couche d'air froid et gèle au contact des routes, des arbres et des fils. Le plus grave "
     "reste la tempête de verglas de janvier 1998, qui a laissé jusqu'à 100 millimètres de glace "
     "dans le « triangle noir » de la Montérégie, abattu un millier de pylônes et privé "
     "d'électricité près de 1,4 million d'abonnés. Ce jeu de données du service météorologique, "
     "d'un consortium de recherche sur le climat et du distributeur d'électricité réunit pour 120 "
     "stations les heures de pluie et de bruine verglaçantes, les épaisseurs de glace mesurées par "
     "les capteurs de givrage installés sur les lignes et les pannes associées, par épisode et par "
     "municipalité. Il sert à revoir les charges de glace retenues pour les lignes et à projeter "
     "la fréquence des tempêtes de verglas dans un climat plus chaud. Le grésil, la poudrerie, les "
     "érablières et le monoxyde de carbone des génératrices ne sont cités qu'en passant.",
     ("pluie verglaçante", "tempêtes de verglas", "charges de glace", "pannes d'électricité",
      "jeux de données"),
     ("CA",), "2025-01"),
    ("gd03", "need", "es",
     "Necesidad: avisos y preparación ante la lluvia engelante y las tormentas invernales en el "
     "norte de México",
     "En febrero de 2021, una tormenta invernal llegada desde Texas cubrió de hielo Nuevo León, "
     "Coahuila, Chihuahua y Tamaulipas: la lluvia engelante y la llovizna congelada formaron capas "
     "de hielo sobre cables, árboles y carreteras, se interrumpió el gas que llega por ducto desde "
     "Texas y millones de hogares quedaron sin luz durante días, con tuberías de agua reventadas "
     "por el congelamiento. Las unidades de protección civil de los cuatro estados y el servicio "
     "meteorológico solicitan apoyo para pronosticar mejor la lluvia engelante y emitir avisos con "
     "dos días de anticipación; mapear las líneas eléctricas y los tramos carreteros donde se "
     "acumula el hielo; preparar refugios temporales con calefacción para personas en situación de "
     "calle y adultos mayores; y hacer campañas para que las familias no usen braseros ni anafres "
     "dentro de casa. Las heladas en los cultivos, el intercambio eléctrico con Texas y la sequía "
     "se mencionan de paso.",
     ("lluvia engelante", "tormentas invernales", "hielo", "apagones", "necesidades"),
     ("MX",), "2025-03"),
    # --- driving through flooded roads (low-water crossings, radiers, badenes) --------------------
    ("gd04", "project", "en",
     "Warning gates and depth markers at low-water crossings in the Texas Hill Country",
     "Central Texas is known as Flash Flood Alley: thin soils and steep limestone hills send storm "
     "water into creeks within minutes, and hundreds of county roads cross those creeks on "
     "low-water crossings, concrete slabs that are dry most of the year and under fast water after "
     "a storm. More than half of the region's flood deaths happen in vehicles, most of them at "
     "such crossings, when drivers misjudge a few inches of moving water. This county project "
     "equips 120 low-water crossings with water-level sensors that close automatic gates and light "
     "flashing beacons when water rises over the road, paints depth markers on posts, publishes "
     "the status of each crossing on a public map, and renews the “Turn Around, Don't Drown” "
     "campaign in schools, driving courses and on local radio. Bridges are planned for the ten "
     "deadliest crossings. Swiftwater rescue teams, the weather radar and the summer camps on the "
     "rivers are named in passing.",
     ("low-water crossings", "flooded roads", "flash floods", "road safety", "projects"),
     ("US",), "2024-09"),
    ("gd05", "need", "fr",
     "Besoin : sécuriser les radiers submersibles de La Réunion, où des automobilistes se noient à "
     "chaque forte pluie",
     "À La Réunion, de nombreuses routes franchissent les ravines et les rivières sur des radiers, "
     "des passages en béton au ras du lit qui sont submergés dès les fortes pluies. Chaque saison "
     "des pluies, des voitures sont emportées par le courant alors que leurs conducteurs tentaient "
     "de traverser un radier submergé, souvent la nuit ou pour rentrer chez eux, et des piétons se "
     "noient de la même façon. Le département et les communes demandent un appui pour recenser les "
     "300 radiers du réseau et classer leur dangerosité ; installer des barrières automatiques et "
     "des échelles de hauteur d'eau aux radiers les plus fréquentés ; relier leur fermeture aux "
     "vigilances fortes pluies ; remplacer les radiers les plus meurtriers par des ponts ; et "
     "mener une campagne de prévention sur le thème « Radier submergé, je ne traverse pas ». Les "
     "cyclones, les éboulis de la route du littoral et la qualité des eaux de baignade ne sont "
     "cités qu'en passant.",
     ("radiers submersibles", "routes inondées", "crues soudaines", "sécurité routière", "besoins"),
     ("RE",), "2025-02"),
    ("gd06", "case-study", "es",
     "Badenes inundables en las ramblas de Murcia: cerrar el paso y convencer a los conductores",
     "En la Región de Murcia, cientos de caminos y carreteras locales cruzan las ramblas por "
     "badenes, tramos de hormigón al nivel del cauce que pasan secos casi todo el año y que una "
     "tormenta de otoño convierte en pocos minutos en torrentes. En los episodios de gota fría y "
     "de DANA, buena parte de las víctimas mueren dentro de su coche al intentar cruzar un badén o "
     "un vado inundado. Este estudio de caso de la dirección general de protección civil y una "
     "universidad revisa diez años de medidas: inventario de 450 badenes con su peligrosidad, "
     "señales de «Zona inundable», barreras que cortan el paso cuando los sensores detectan agua, "
     "avisos por el 112 y en el móvil, y la campaña «Si hay agua, no cruces». Compara el "
     "comportamiento de los conductores antes y después de la campaña y señala qué badenes siguen "
     "sin solución. El Mar Menor, los garajes subterráneos de Valencia y la vegetación de las "
     "ramblas se mencionan de paso.",
     ("badenes inundables", "vados", "ramblas", "inundaciones repentinas", "estudios de caso"),
     ("ES",), "2025-04"),
    # --- management of the dead after disasters (disaster victim identification) ------------------
    ("gd07", "document", "en",
     "Managing the dead after typhoons and earthquakes: a field guide for first responders in the "
     "Philippines",
     "When Typhoon Haiyan struck Tacloban in November 2013, more than 6,000 people died, and for "
     "weeks bodies lay in the streets or were buried in haste in mass graves, many without a "
     "photograph or a label, so that families could not find their relatives. Drawing on that "
     "experience and on the international field manual, this guide of the health department, the "
     "disaster risk reduction council and the national Red Cross tells local responders what to "
     "do: recover bodies with gloves and body bags; give each one a unique reference number; "
     "photograph and record clothing, marks and belongings; keep bodies in cool places or "
     "refrigerated containers rather than bury them in common graves; and hand them over to "
     "forensic teams for identification and to families for burial according to their faith. It "
     "dispels the myth that dead bodies cause epidemics and explains how to inform and support the "
     "bereaved. Cholera, psychological first aid and the storm surge are named in passing.",
     ("management of the dead", "dead bodies", "disaster victim identification",
      "disaster response", "guidance"),
     ("PH",), "2024-08"),
    ("gd08", "need", "fr",
     "Besoin : une capacité nationale de gestion des dépouilles et d'identification des victimes "
     "de catastrophes en Haïti",
     "Après le séisme du 12 janvier 2010, des dizaines de milliers de corps ont été ramassés à la "
     "hâte et enterrés dans des fosses communes à Titanyen sans être photographiés ni identifiés, "
     "et des familles ignorent encore où reposent leurs proches. Le séisme de 2021 dans le Grand "
     "Sud a montré que le pays n'avait toujours ni morgues suffisantes ni procédures communes. La "
     "direction de la protection civile, le ministère de la santé et les services de médecine "
     "légale demandent un appui pour rédiger un protocole national de gestion des dépouilles "
     "mortelles en cas de catastrophe ; former les équipes communales, les pompiers et les "
     "hôpitaux à la récupération, à l'étiquetage et à la conservation des corps ; équiper des "
     "morgues mobiles et des conteneurs réfrigérés ; constituer une équipe d'identification des "
     "victimes de catastrophes, avec empreintes, odontologie et ADN ; et tenir avec les familles "
     "un registre des personnes disparues. Le choléra, les abris provisoires et la tempête Grace "
     "ne sont cités qu'en passant.",
     ("gestion des dépouilles", "identification des victimes", "catastrophes", "médecine légale",
      "besoins"),
     ("HT",), "2025-01"),
    ("gd09", "event", "es",
     "Taller: manejo de cadáveres e identificación de víctimas en desastres, a partir de la "
     "erupción del volcán de Fuego",
     "El 3 de junio de 2018, los flujos piroclásticos del volcán de Fuego sepultaron la aldea San "
     "Miguel Los Lotes, en Escuintla, y centenares de personas siguen desaparecidas. Siete años "
     "después, el instituto nacional de ciencias forenses, la coordinadora nacional para la "
     "reducción de desastres, los bomberos y la Cruz Roja reúnen en Antigua Guatemala, del 8 al 11 "
     "de septiembre de 2025, a 50 médicos forenses, rescatistas y funcionarios municipales en un "
     "taller sobre el manejo de cadáveres en situaciones de desastre. Se practicarán la "
     "recuperación y el embalaje de cuerpos y restos, el llenado de fichas de identificación, el "
     "uso de fotografías, huellas dactilares y perfiles de ADN, el almacenamiento temporal y la "
     "entrega digna a las familias, así como la atención a los familiares de desaparecidos. Se "
     "revisan también los mitos sobre las epidemias y los entierros en fosas comunes. La ceniza "
     "volcánica, los albergues y los lahares se mencionan de paso.",
     ("manejo de cadáveres", "identificación de víctimas", "ciencias forenses", "desastres",
      "eventos"),
     ("GT",), "2025-06"),
    # --- citizen photo monitoring of beaches (CoastSnap) ------------------------------------------
    ("gd10", "dataset", "en",
     "CoastSnap New South Wales: shoreline positions from beachgoers' smartphone photos, 2017-2024",
     "At more than 40 beaches of New South Wales, a metal cradle on a post invites passers-by to "
     "rest their smartphone in it, take a photo of the beach and send it in by social media or a "
     "web form. Each photo, always taken from the same point, is rectified with ground control "
     "points and turned into a shoreline position by the coastal engineering laboratory of a "
     "university, which started CoastSnap at Manly in 2017. This dataset gathers more than 30,000 "
     "community photos and the shoreline time series derived from them, station by station, with "
     "the date, tide level and wave conditions, and shows how beaches eroded in the East Coast "
     "Lows of 2020 and 2022 and how fast the sand came back. Councils use it alongside surveys by "
     "drones and fixed video cameras. The seawall at Collaroy, rip currents and the surf clubs are "
     "named in passing.",
     ("CoastSnap", "shoreline monitoring", "citizen science", "beach erosion", "datasets"),
     ("AU",), "2025-03"),
    ("gd11", "project", "fr",
     "Des photos citoyennes pour suivre le trait de côte de la Petite-Côte sénégalaise",
     "De Rufisque à Joal, la Petite-Côte recule : des hôtels de Saly ont perdu leur plage, des "
     "murs de protection se sont effondrés et des quartiers de pêcheurs sont menacés par les "
     "houles. Mesurer ce recul coûte cher et les relevés sont rares. Ce projet d'un laboratoire "
     "universitaire de géomorphologie, de l'agence chargée de l'environnement et des communes "
     "installe sur douze plages des stations CoastSnap : un support fixe où chacun peut poser son "
     "téléphone, photographier la plage et envoyer l'image par WhatsApp. Les photos, prises "
     "toujours du même point, sont redressées et donnent la position du trait de côte semaine "
     "après semaine, avant et après chaque tempête. Des élèves, des pêcheurs et des guides d'hôtel "
     "sont formés comme relais, et les résultats sont affichés sur place et discutés en conseil "
     "municipal. Les épis, le prélèvement de sable de plage et les pirogues ne sont cités qu'en "
     "passant.",
     ("suivi participatif du trait de côte", "CoastSnap", "érosion côtière",
      "sciences participatives", "projets"),
     ("SN",), "2024-12"),
    ("gd12", "event", "es",
     "Jornada de lanzamiento del fotomonitoreo ciudadano de playas en Cartagena de Indias",
     "Las playas de Bocagrande, El Laguito y La Boquilla, en Cartagena, pierden arena en cada "
     "temporada de mar de leva, y los espolones y rellenos hechos desde los años noventa no han "
     "detenido la erosión. El 14 de marzo de 2025, un centro de investigaciones oceanográficas, la "
     "alcaldía y una universidad presentan en La Boquilla cinco estaciones de fotomonitoreo "
     "ciudadano del sistema CoastSnap: un soporte fijo donde bañistas, vendedores y pescadores "
     "apoyan el celular, toman una foto de la playa y la envían por redes sociales para calcular "
     "la posición de la línea de costa. La jornada incluye un recorrido por las estaciones, un "
     "taller para docentes y líderes comunitarios sobre cómo leer los resultados y una mesa sobre "
     "el uso de los datos en el plan de manejo costero. El sargazo, los manglares de la Ciénaga de "
     "la Virgen y el turismo de cruceros se mencionan de paso.",
     ("fotomonitoreo ciudadano", "CoastSnap", "línea de costa", "erosión costera", "eventos"),
     ("CO",), "2025-02"),
    # --- groundwater level monitoring networks (piezometers, observation boreholes) ---------------
    ("gd13", "need", "en",
     "Need: rebuilding the groundwater level monitoring network of the Nairobi aquifer",
     "Nairobi draws a large part of its water from thousands of private and public boreholes in "
     "the Nairobi aquifer system, and water levels in some areas have fallen by more than a metre "
     "a year. Yet the observation network that should show this has decayed: of 60 monitoring "
     "boreholes set up in the 1990s, fewer than 20 are still read, by hand and irregularly, and "
     "the readings sit in paper files. The water resources authority asks for support to drill or "
     "rehabilitate 50 dedicated observation boreholes, fit them with pressure loggers and "
     "telemetry, train hydrogeologists and water resource users' associations to read and check "
     "them, and publish water levels and trends online, so that permits for new boreholes can "
     "follow the state of the aquifer. Fluoride, hand pumps and water rationing in the city are "
     "named in passing.",
     ("groundwater monitoring", "observation boreholes", "groundwater levels", "aquifers", "needs"),
     ("KE",), "2025-01"),
    ("gd14", "dataset", "fr",
     "Niveaux des nappes du Bénin : chroniques du réseau piézométrique national, 2005-2024",
     "Au Bénin, la plupart des villages et une grande partie de Cotonou boivent l'eau des nappes, "
     "captée par forages. Pour suivre leur état, la direction générale de l'eau entretient un "
     "réseau piézométrique de 180 ouvrages répartis dans les aquifères du socle et dans le bassin "
     "sédimentaire côtier, dont une trentaine sont équipés de sondes automatiques. Ce jeu de "
     "données réunit les chroniques de niveau d'eau de chaque piézomètre, relevées chaque mois ou "
     "chaque heure, avec ses coordonnées, sa profondeur, l'aquifère capté et la pluie mesurée à la "
     "station voisine. Des notes décrivent la baisse de la nappe sous Cotonou et Godomey, où les "
     "pompages augmentent, et la remontée des nappes du nord après les années pluvieuses. Les "
     "données servent à l'attribution des autorisations de prélèvement et au schéma directeur de "
     "l'eau. L'intrusion saline, les latrines et les pompes à motricité humaine ne sont cités "
     "qu'en passant.",
     ("réseau piézométrique", "eaux souterraines", "niveaux des nappes",
      "suivi des ressources en eau", "jeux de données"),
     ("BJ",), "2024-11"),
    ("gd15", "project", "es",
     "Red de monitoreo piezométrico del acuífero de Ica-Villacurí",
     "El valle de Ica, en la costa desértica del Perú, exporta espárragos, uvas y paltas regados "
     "con agua subterránea, y el nivel del acuífero de Ica-Villacurí ha bajado en algunas zonas "
     "más de un metro por año, mientras se secan pozos de agua potable de la ciudad. Este proyecto "
     "de la autoridad nacional del agua, la junta de usuarios y el gobierno regional instala una "
     "red de 90 pozos de observación: pozos en desuso rehabilitados y piezómetros nuevos, con "
     "sensores de nivel que envían datos cada hora, y mediciones manuales mensuales de "
     "comprobación. Los datos se publican en un visor en línea con mapas de niveles y tendencias, "
     "y sirven para revisar las licencias, cerrar pozos informales y mantener la veda del "
     "acuífero. Técnicos regionales y usuarios reciben capacitación en la medición. La laguna de "
     "Huacachina, los huaicos y la recarga en el cauce del río Ica se mencionan de paso.",
     ("red piezométrica", "aguas subterráneas", "pozos de observación", "acuíferos", "proyectos"),
     ("PE",), "2024-10"),
    # --- collapses of dilapidated buildings (dangerous buildings) ---------------------------------
    ("gd16", "dataset", "en",
     "Mumbai's dangerous buildings: the yearly pre-monsoon lists of dilapidated structures, "
     "2013-2024",
     "Every monsoon, old buildings collapse in Mumbai: cessed tenements in the island city, "
     "decades-old chawls and illegal floors added to suburban blocks give way under heavy rain, "
     "and dozens of people die, as at Ghatkopar and Bhendi Bazaar in 2017. Before each monsoon, "
     "the municipal corporation surveys ageing buildings and classes them: C1, dangerous, to be "
     "evacuated and demolished; C2-A and C2-B, needing major repairs with or without evacuation; "
     "C3, minor repairs. This dataset brings together twelve years of these lists, ward by ward, "
     "with the address, age, ownership and category of each building, the structural audit reports "
     "and what happened next: evacuation, repair, demolition or a court stay, and the collapses "
     "recorded each year. It shows how many families stay in C1 buildings for lack of transit "
     "housing. Floods, landslides on hill slopes and fire safety are named in passing.",
     ("building collapses", "dangerous buildings", "dilapidated buildings", "monsoon", "datasets"),
     ("IN",), "2024-12"),
    ("gd17", "case-study", "fr",
     "Casbah d'Alger : étayer les bâtisses menaçant ruine avant qu'elles ne s'effondrent",
     "La Casbah d'Alger, médina inscrite au patrimoine mondial, compte environ 1 700 maisons "
     "anciennes, dont beaucoup sont surpeuplées, mal entretenues ou abandonnées. Chaque hiver, les "
     "pluies font s'effondrer des bâtisses, parfois sur leurs habitants ou sur les maisons "
     "voisines, qu'elles entraînent dans leur chute. Cette étude de cas d'un centre de recherche "
     "en architecture et de l'office de gestion des biens culturels retrace vingt ans "
     "d'interventions : expertise de chaque maison et classement selon le risque d'effondrement, "
     "relogement des familles des bâtisses les plus dangereuses, étaiement d'urgence en bois et en "
     "métal, évacuation des gravats, puis restauration avec des artisans formés aux techniques "
     "traditionnelles. Elle montre que les maisons vidées et murées se dégradent vite et "
     "entraînent les autres dans leur ruine. Le séisme de Boumerdès de 2003, les termites et le "
     "tourisme ne sont cités qu'en passant.",
     ("effondrements de bâtiments", "bâtisses menaçant ruine", "habitat ancien", "Casbah d'Alger",
      "études de cas"),
     ("DZ",), "2025-03"),
    ("gd18", "need", "es",
     "Necesidad: evaluar y apuntalar los edificios en peligro de derrumbe de La Habana",
     "En La Habana Vieja y Centro Habana, miles de edificios de más de cien años, muchos "
     "convertidos en cuarterías y ciudadelas donde viven varias familias, sufren derrumbes totales "
     "o parciales, sobre todo con las lluvias y los huracanes: balcones que caen a la calle, "
     "escaleras y entrepisos que ceden. A comienzos de 2024 se registraron decenas de derrumbes en "
     "pocas semanas. La dirección provincial de la vivienda y la oficina del historiador de la "
     "ciudad solicitan apoyo para inspeccionar 3 000 inmuebles y clasificarlos según su estado "
     "técnico, comprar puntales y materiales para apuntalar los más peligrosos, trasladar a las "
     "familias a albergues o a nuevas viviendas, formar brigadas de arquitectos e ingenieros en la "
     "evaluación estructural y crear un registro público de los edificios con peligro de derrumbe. "
     "Los apagones, el malecón y el turismo se mencionan de paso.",
     ("derrumbes de edificios", "edificios en peligro de derrumbe", "vivienda", "La Habana",
      "necesidades"),
     ("CU",), "2025-05"),
    # --- water-saving devices (aerators, low-flow showerheads, dual-flush kits) -------------------
    ("gd19", "project", "en",
     "Water-saving devices for homes and mosques in Amman and Zarqa",
     "Jordan has one of the lowest amounts of renewable water per person in the world, and in "
     "Amman and Zarqa piped water reaches most neighbourhoods only once or twice a week, to be "
     "stored in rooftop tanks. This project of the water ministry, the utilities and a network of "
     "community organisations fits water-saving devices where water is used most: tap aerators, "
     "low-flow showerheads, dual-flush kits and cistern displacement bags in 20,000 homes, and "
     "push-button and sensor taps for ablutions in 600 mosques, where imams explain the saving to "
     "worshippers. Local plumbers are trained to install and maintain the devices, and women's "
     "groups look for leaks and explain their use during home visits. Meter readings before and "
     "after show savings of 15 to 30 per cent. Greywater reuse in villages, the rooftop tanks and "
     "the desalination of Red Sea water are named in passing.",
     ("water-saving devices", "tap aerators", "water conservation", "mosques", "projects"),
     ("JO",), "2024-11"),
    ("gd20", "support-source", "fr",
     "Offre : des kits hydro-économes gratuits pour les foyers et les communes de Gironde",
     "En Gironde, l'eau potable provient presque entièrement de nappes profondes, dont certaines "
     "sont surexploitées. Le syndicat départemental chargé de la gestion de ces ressources offre "
     "aux habitants, aux bailleurs sociaux et aux communes des kits hydro-économes : mousseurs "
     "pour robinets, douchettes économes, réducteurs de débit, sacs pour chasse d'eau et pastilles "
     "de détection des fuites des toilettes. Les particuliers les commandent en ligne ou les "
     "retirent en mairie ; les bailleurs les font poser par leurs techniciens lors des visites "
     "d'entretien ; les communes les installent dans les écoles, les gymnases et les bâtiments "
     "publics. Le syndicat forme les agents à la pose et fournit des affiches et une fiche qui "
     "montre les litres économisés à chaque geste. Une famille de quatre personnes peut ainsi "
     "réduire sa consommation de 10 à 20 %. Les récupérateurs d'eau de pluie, les compteurs et les "
     "piscines ne sont cités qu'en passant.",
     ("kits hydro-économes", "économiseurs d'eau", "mousseurs", "consommation d'eau", "offres"),
     ("FR",), "2025-02"),
    ("gd21", "case-study", "es",
     "Después de la crisis hídrica de 2023: dispositivos ahorradores de agua en escuelas y "
     "edificios públicos de Montevideo",
     "En 2023, la peor sequía en setenta años dejó casi vacío el embalse de Paso Severino, y el "
     "agua de la canilla de Montevideo se volvió salobre durante meses, porque se mezcló con agua "
     "del Río de la Plata. Para reducir la demanda, la empresa pública de agua, la administración "
     "de la educación pública y la intendencia instalaron dispositivos ahorradores en 900 "
     "escuelas, liceos y edificios públicos: aireadores y reductores de caudal en canillas y "
     "duchas, canillas con cierre automático en los baños, mochilas de doble descarga en los "
     "inodoros y sensores en los mingitorios. Este estudio de caso mide el ahorro por tipo de "
     "edificio, de un quinto a un tercio del consumo, cuenta qué dispositivos se rompieron o "
     "fueron robados y relata cómo los estudiantes se sumaron con campañas y mediciones en clase. "
     "Los bidones de agua embotellada, el sodio del agua y la nueva toma en el río se mencionan de "
     "paso.",
     ("dispositivos ahorradores de agua", "aireadores", "consumo de agua", "escuelas",
      "estudios de caso"),
     ("UY",), "2024-12"),
    # --- volunteer sea rescue (lifeboat crews) ----------------------------------------------------
    ("gd22", "case-study", "en",
     "Sea rescue by volunteers: how South Africa's lifeboat stations are crewed, trained and "
     "called out",
     "Along nearly 3,000 kilometres of coast and on some inland dams, South Africa's sea rescue "
     "service runs about 40 stations crewed entirely by volunteers: coxswains, crew and rescue "
     "swimmers who leave work or home when their pagers sound. Its boats range from inflatable "
     "inshore rescue boats launched from beaches to rigid-hull lifeboats that reach fishing "
     "vessels far offshore. This case study of a maritime university and the rescue service looks "
     "at ten years of callouts, more than 10,000 of them: chokka and small-scale fishers in "
     "trouble, paddlers and kitesurfers blown offshore, bathers, and medical evacuations from "
     "ships. It describes how volunteers are recruited and trained at the service's academy, how "
     "stations are funded by donations, and the pink rescue buoys placed on beaches for bystanders "
     "to throw. It asks how to keep volunteers as callouts grow. Rip currents, whale entanglements "
     "and shark nets are named in passing.",
     ("sea rescue", "lifeboats", "volunteers", "maritime search and rescue", "case studies"),
     ("ZA",), "2025-01"),
    ("gd23", "event", "fr",
     "Stage de formation des sauveteurs en mer bénévoles de Nouvelle-Calédonie",
     "Les stations de sauvetage en mer de Nouméa, de Koumac, de Poindimié et de Lifou arment des "
     "vedettes et des semi-rigides avec des équipages entièrement bénévoles, qui portent secours "
     "aux plaisanciers, aux pêcheurs et aux kitesurfeurs du lagon et des îles Loyauté. Du 13 au 24 "
     "octobre 2025, le centre de formation régional du sauvetage en mer accueille à Nouméa 40 "
     "bénévoles, dont des pêcheurs des tribus, pour un stage : conduite des embarcations de "
     "sauvetage de jour et de nuit, recherche d'une personne tombée à l'eau, remorquage, "
     "secourisme en mer et hypothermie, liaison avec le centre de coordination des secours et "
     "sécurité de l'équipage. Une journée est consacrée aux nageurs sauveteurs et une autre à la "
     "prévention auprès des plaisanciers. Les feux de détresse, les cyclones et les requins ne "
     "sont cités qu'en passant.",
     ("sauvetage en mer", "sauveteurs bénévoles", "formation", "secours en mer", "événements"),
     ("NC",), "2025-05"),
    ("gd24", "need", "es",
     "Necesidad: renovar las lanchas y formar a los voluntarios de los botes salvavidas de la "
     "costa central de Chile",
     "En Valparaíso, San Antonio y Quintero, cuerpos de voluntarios de botes salvavidas, "
     "organizados a semejanza de los bomberos, salen al mar de día y de noche para auxiliar a "
     "pescadores artesanales, veleristas y bañistas, y apoyan a la Armada en la búsqueda de "
     "náufragos. Sus lanchas tienen más de veinte años, los trajes secos y las radios están "
     "gastados y cada año cuesta más formar a nuevos voluntarios. Los cuerpos de voluntarios, con "
     "la autoridad marítima, solicitan apoyo para comprar dos embarcaciones de rescate "
     "semirrígidas, equipos de protección personal y radios; crear un curso común de salvamento "
     "marítimo con certificación para tripulantes y patrones; y organizar ejercicios conjuntos con "
     "la Armada y los pescadores. También piden fondos para campañas sobre el uso del chaleco "
     "salvavidas. Las marejadas, los tsunamis y los lobos marinos se mencionan de paso.",
     ("salvamento marítimo", "botes salvavidas", "voluntarios", "rescate en el mar", "necesidades"),
     ("CL",), "2025-04"),
    # --- pets in emergencies (animal-inclusive evacuation) ----------------------------------------
    ("gd25", "document", "en",
     "Pets in emergencies: a guide to animal-inclusive evacuation for New Zealand councils",
     "When Cyclone Gabrielle flooded Hawke's Bay and Tairāwhiti in February 2023, some people "
     "refused to leave their homes without their dogs and cats, others went back into floodwater "
     "to fetch them, and evacuation centres had to improvise space for animals. Under the national "
     "civil defence plan, animal welfare in emergencies is coordinated by the primary industries "
     "ministry with councils, vets and animal charities. This guide for council emergency managers "
     "explains how to plan for companion animals: pet-friendly evacuation centres with separate "
     "areas, crates and leads; lists of owners who will need help to move their animals; temporary "
     "animal shelters run with the local SPCA; reuniting lost pets with their owners through "
     "microchips; and messages asking households to include pets in their own plans and emergency "
     "kits. Livestock, horses and the Christchurch earthquakes are named in passing.",
     ("pets in emergencies", "animal welfare in emergencies", "evacuation", "companion animals",
      "guidance"),
     ("NZ",), "2024-10"),
    ("gd26", "case-study", "fr",
     "Les animaux de compagnie dans les inondations de juillet 2021 en Wallonie : leçons pour "
     "l'évacuation",
     "Lors des crues de juillet 2021 dans les vallées de la Vesdre, de l'Ourthe et de l'Amblève, "
     "des habitants ont refusé d'être évacués sans leur chien, leur chat ou leurs lapins, et des "
     "centaines d'animaux ont été retrouvés dans des maisons inondées, sur des toits ou errant "
     "dans les rues de Pepinster et de Verviers. Des refuges, des vétérinaires et des bénévoles "
     "ont improvisé des accueils d'urgence. Cette étude de cas d'une université et du service "
     "régional du bien-être animal retrace ce qui s'est passé et en tire des leçons : intégrer les "
     "animaux de compagnie aux plans d'urgence communaux, prévoir des centres d'hébergement qui "
     "les acceptent, identifier les animaux par puce électronique pour les rendre à leurs maîtres, "
     "et tenir une liste des refuges et vétérinaires mobilisables. Les bovins, les chevaux et les "
     "déchets des inondations ne sont cités qu'en passant.",
     ("animaux de compagnie", "inondations", "évacuation", "bien-être animal", "études de cas"),
     ("BE",), "2025-01"),
    ("gd27", "project", "es",
     "Mascotas en emergencias: refugios que aceptan animales y planes familiares en Puerto Rico",
     "Tras los huracanes Irma y María, en 2017, miles de perros y gatos quedaron abandonados en "
     "Puerto Rico, y muchas familias no fueron a los refugios porque no admitían a sus mascotas. "
     "Este proyecto del negociado de manejo de emergencias, los municipios, el colegio de médicos "
     "veterinarios y organizaciones de rescate animal prepara a la isla para la próxima "
     "emergencia: habilita en 40 refugios áreas para mascotas, con jaulas, alimento y personal "
     "voluntario; organiza brigadas veterinarias para atender animales heridos; promueve la "
     "vacunación y el microchip para identificar a las mascotas y reunirlas con sus dueños; y "
     "enseña a las familias a incluir a sus animales en el plan familiar y en la mochila de "
     "emergencia. Los terremotos de 2020, los perros realengos y el ganado se mencionan de paso.",
     ("mascotas en emergencias", "refugios", "animales de compañía", "huracanes", "proyectos"),
     ("PR",), "2024-09"),
    # --- youth water science competitions (junior water prizes) -----------------------------------
    ("gd28", "event", "en",
     "National final of the Junior Water Prize: secondary school students present their water "
     "research in Abuja",
     "Each year, secondary school students aged 15 to 20 from across Nigeria submit water research "
     "projects to the national Junior Water Prize, the national round of the Stockholm Junior "
     "Water Prize. On 22 May 2025, the twelve finalist teams present their work at a science "
     "centre in Abuja to a jury of hydrologists, engineers and teachers. This year's projects "
     "include a coagulant made from moringa seeds to clear river water, a low-cost sensor that "
     "warns when a household tank is nearly empty, a survey of plastic sachets in the drains of a "
     "school, and a biosand filter tested in a village of Kaduna. The winner will represent "
     "Nigeria at the international final in Stockholm in August and receives a scholarship; "
     "teachers of the finalist schools join a workshop on guiding student research. Sachet water "
     "sales, moringa farming and the hand pumps of the villages are named in passing.",
     ("Junior Water Prize", "youth science competitions", "water education", "secondary schools",
      "events"),
     ("NG",), "2025-04"),
    ("gd29", "support-source", "fr",
     "Offre : accompagner les équipes de lycéens candidates au Prix junior de l'eau en Côte "
     "d'Ivoire",
     "Le Prix junior de l'eau récompense chaque année des lycéens qui mènent un projet de "
     "recherche sur l'eau, et le lauréat national participe à la finale internationale de "
     "Stockholm. En Côte d'Ivoire, peu d'établissements présentent des candidats, faute "
     "d'encadrement et de matériel. Une association de professionnels de l'eau et un laboratoire "
     "universitaire d'Abidjan offrent aux lycées publics un accompagnement gratuit : un chercheur "
     "ou un ingénieur parrain pour chaque équipe, l'accès au laboratoire pour analyser des "
     "échantillons, des trousses de mesure de la qualité de l'eau, un atelier sur la démarche "
     "scientifique et la rédaction du rapport, et une répétition de la présentation devant un "
     "jury. Les projets peuvent porter sur l'eau potable, l'assainissement, la lagune Ébrié ou "
     "l'eau à l'école. Les cafés scientifiques, la jacinthe d'eau et les inondations d'Abidjan ne "
     "sont cités qu'en passant.",
     ("Prix junior de l'eau", "concours scientifiques", "lycéens", "éducation à l'eau", "offres"),
     ("CI",), "2024-11"),
    ("gd30", "case-study", "es",
     "Diez años del Premio Juvenil del Agua en la Argentina: qué investigan los estudiantes "
     "secundarios",
     "Desde 2014, la etapa nacional del Premio Juvenil del Agua de Estocolmo invita a estudiantes "
     "de escuelas secundarias de toda la Argentina a presentar proyectos de investigación sobre el "
     "agua, y el equipo ganador viaja a la final internacional en Suecia. Este estudio de caso de "
     "una universidad y de la asociación de ingenieros que organiza el concurso analiza los 600 "
     "proyectos presentados en diez años: arsénico en el agua de pozos del Chaco y de la llanura "
     "pampeana, filtros de bajo costo, reúso del agua en escuelas técnicas, plásticos en el "
     "Riachuelo, humedales del Paraná. Muestra qué escuelas participan, el papel de los docentes y "
     "de las ferias de ciencias provinciales, y qué fue de los finalistas, muchos de ellos hoy "
     "estudiantes de ingeniería o de ciencias. Propone ampliar la participación de las escuelas "
     "rurales. El arsénico, el Riachuelo y las ferias de ciencias se mencionan de paso.",
     ("Premio Juvenil del Agua", "concursos escolares", "estudiantes secundarios",
      "educación ambiental", "estudios de caso"),
     ("AR",), "2025-05"),
)  # fmt: skip
