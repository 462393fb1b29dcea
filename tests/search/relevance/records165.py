"""Clearing-house records of the hundred-and-sixty-fifth judged relevance set
(tests/search/relevance/queries165.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: marine weather pages on
voluntary observing ships (a project of the port meteorological office of Mombasa, Kenya, that
recruits merchant ships into the Voluntary Observing Ships scheme and trains their deck officers to
report the weather at sea; a guide, a document, for the officers of the navires sélectionnés, the
navires d'observation bénévoles, that send the message SHIP from the goélettes, liners and cargo
ships of French Polynesia; a dataset of the observations of the buques de observación voluntaria,
the buques VOS, off Argentina and in the South Atlantic); tropical cyclone pages on hurricane
hunters (a dataset of the dropsondes released by the typhoon surveillance flights, the
reconnaissance aircraft, of the DOTSTAR programme around Taiwan; the escale, an event, of the avion
des chasseurs d'ouragans at Pointe-à-Pitre, Guadeloupe; a need for vuelos de reconocimiento,
cazahuracanes, over the Mexican Pacific after Hurricane Otis); coastal access pages on coastal
footpaths (a case study of the roll-back of the England Coast Path on the eroding cliffs of
north-east Norfolk, United Kingdom; a project to move back the sentier des douaniers, the GR 34 of
the sentier du littoral, on the côte du Goëlo in Brittany, France; a guía, a document, to the
caminos de ronda of the Costa Brava and their servidumbre de tránsito, Spain); water supply pages on
iron removal (a dataset of the iron removal plants of Assam's rural piped schemes, India; a need for
unités de déferrisation for the forages with ferruginous water of the Plateau department, Benin; a
guía for the operators of the plantas de remoción de hierro of the JASS of Ucayali, Peru); flood
pages on levee patrols (a case study of the dike watch, the dike wardens who walked the levees of
the Meuse in Limburg in July 2021, the Netherlands; a need to train and equip the comités de
surveillance of the digue du Logone, Cameroon; a project of vigías comunitarios who walk the
jarillón of the Cauca river in Cali, Colombia); community disaster risk pages on vulnerability and
capacity assessments (a case study of the VCAs of the Vanuatu Red Cross after Cyclone Pam; a
formation, an event, on the évaluation de la vulnérabilité et des capacités, the EVC, for the
volunteers of the Croix-Rouge haïtienne, Haiti; a project of análisis de vulnerabilidad y capacidad,
AVC, in 40 q'eqchi' communities of Alta Verapaz, Guatemala); emergency services pages on emergency
telephone numbers (a project that makes 112 the single emergency number of Ghana; a need for a
numéro d'urgence unique and a common call platform in Senegal; a dataset of the calls to ECU 911,
Ecuador's single emergency number); knowledge-sharing pages on water documentation centres (a need
to save and digitise the collection of a water and sanitation resource centre in Kathmandu, Nepal; a
project for a centre de documentation numérique on water and sanitation in Ouagadougou, Burkina
Faso; an offer, a support source, of loans, searches and bulletins from the centro de documentación
del agua of Zaragoza, Spain); awareness pages on photo contests (the photo contest 'Living with
water', an event, for young people in Bangladesh; an offer, a support source, of the concours photo
« Rivières de Wallonie » and of the loan of its winning photographs, Belgium; a dataset of the
winning photographs of the concurso de fotografía on water of Costa Rica); and sanitation awareness
pages on World Toilet Day (the events of World Toilet Day in Nigeria; a case study of ten years of
the Journée mondiale des toilettes in Madagascar; an offer, a support source, of materials and talks
for the Día Mundial del Retrete, the Día Mundial del Baño, in the schools of El Alto and La Paz,
Bolivia). English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records161.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (voluntary observing ship, observing ship, VOS, selected ship,
ship report, ship observation, SHIP code, port meteorological officer, marine observation, merchant
ship, logbook, E-SURFMAR, TurboWin, navire d'observation bénévole, navire sélectionné, observation à
bord, observateur à bord, message SHIP, officier de port, navire marchand, journal de bord, buque de
observación voluntaria, buque VOS, buque seleccionado, observación a bordo, observación marina,
agente meteorológico de puerto, buque mercante, bitácora; hurricane hunter, reconnaissance aircraft,
reconnaissance flight, typhoon surveillance, dropsonde, dropwindsonde, DOTSTAR, WC-130, P-3,
aircraft, radiosonde, chasseur d'ouragans, vol de reconnaissance, avion de reconnaissance, sonde
larguée, avion, cazahuracanes, cazadores de huracanes, vuelo de reconocimiento, avión de
reconocimiento, sonda lanzable, globo sonda; coastal path, coast path, coastal footpath, coastal
trail, national trail, footpath, right of way, promenade, sentier, sentier du littoral, sentier
côtier, sentier des douaniers, GR 34, servitude de passage, randonnée, sendero, senda litoral,
sendero costero, camino de ronda, servidumbre de tránsito, paseo marítimo; iron, iron removal, iron
in groundwater, iron bacteria, backwash, fer, ferrugineux, déferrisation, eau rougeâtre, hierro,
remoción de hierro, agua ferruginosa, agua rojiza, aireador, retrolavado, manganese, manganèse,
manganeso; dike, dyke, levee, dike watch, dijkwacht, dike warden, levee patrol, flood fight, sand
boil, piping, seepage, sandbag, digue, levée, surveillance des digues, veilleur de digue, renard
hydraulique, suintement, sac de sable, dique, mota, bordo, terraplén, jarillón, sifonamiento,
filtraciones, saco terrero, saco de arena; vulnerability and capacity assessment, VCA, capacity
assessment, vulnerability assessment, community risk assessment, risk map, seasonal calendar,
transect, historical timeline, Red Cross, Red Crescent, évaluation de la vulnérabilité et des
capacités, EVC, carte des risques, calendrier saisonnier, profil historique, diagramme de Venn,
marche transversale, Croix-Rouge, análisis de vulnerabilidad y capacidad, AVC, mapa de riesgos,
calendario estacional, línea de tiempo, diagrama de Venn, Cruz Roja; emergency number, emergency
call, call-taker, dispatch, hotline, hoax call, 112, 911, 999, numéro d'urgence, appel d'urgence,
numéro unique, ligne d'urgence, número de emergencia, llamada de emergencia, número único, línea de
emergencia, ECU 911; documentation centre, resource centre, knowledge centre, library, reading room,
repository, documentalist, centre de documentation, centre de ressources, bibliothèque,
documentation, centro de documentación, centro de recursos, biblioteca, documentación, repositorio;
photo contest, photo competition, photography, photographer, photojournalist, photo exhibition,
winner, concours photo, concours de photographie, photographe, exposition photo, lauréat, concurso
de fotografía, fotógrafo, exposición fotográfica, ganador; World Toilet Day, toilet, 19 November,
World Water Day, open defecation free, ODF, Journée mondiale des toilettes, toilettes, FDAL, journée
mondiale de l'eau, Día Mundial del Retrete, Día Mundial del Baño, Día Mundial del Saneamiento,
retrete, inodoro, Día Mundial del Agua). Screened and dropped as covered: solar water disinfection
(the ceramic filter pages ex19-ex21, as sets 141 and 153 found), king tides (among the subjects of
the tide gauge project ex04), rain gardens and sponge cities (de25-de27), green roofs (cg13-cg15),
tabletop exercises and serious games (ct22-ct24 and the exercice sur table of fv20), puppet shows
(the títeres of the theatre pages dz25-dz27), summer schools (bu22-bu24), study tours and learning
routes (bx22-bx24), weather radars (asked for by bw27 and by27), regional climate outlook forums
(ce23), avalanches (bt25-bt27), lahars and volcanic ash (br25-br27), rockfall (fz11, fz12 and the
avalanche dataset bt25), slope bioengineering with vetiver (bi13-bi15), hurricane straps (ff10, next
to the ancrage des toitures of fb23), tornado shelters (by25-by27), sargassum strandings (w31-w33),
jellyfish (s19-s21), marine heatwaves (cy19-cy21), urban cable cars (cx13-cx15), artificial reefs
(bh16), menstrual health (ch19-ch21), Legionella in cooling towers (bp16-bp18), awareness caravans
(the caravane de cinéma mobile of ed14 and the travelling exhibitions fv25-fv27), the training of
plumbers (the capacitación de gasfiteros in the title of cf06), sea outfalls (next to the brine
outfalls of bs19-bs21 and the emisario submarino of ch27) and meteotsunamis (next to the tsunami
pages bs25-bs27, as set 161 found), besides the topics of sets 42 to 161 and those their docstrings
list as covered; screened with no or passing hits but not chosen: lightning detection networks (next
to the lightning pages bx25-bx27), radio dramas (next to the community radios bq22-bq24 and the
theatre pages dz25-dz27), snow fences (few Spanish-speaking places to write about), ice roads and
river ice jams (no Spanish-speaking place), water quality test kits (named by the chlorine dispenser
dataset fv04, the borax test kits of eh16 and the arsenic field kits of t11), well disinfection
after floods (named in passing by the hand pump page fb02), drifting buoys (next to the Argo floats
fb28-fb30 and the wave buoys gh07-gh09), colour-coded weather warnings (the vigilance orange of the
storm naming page fv11 and the colour-coded heat alerts of w19), education in emergencies (next to
the safe schools fz25-fz27 and the child-friendly spaces named by fr25), WASH in schools (the school
toilets named by the community-led total sanitation page fv01), parametric disaster insurance (named
by fn20, as set 157 found), boat ambulances and stepwells.

No earlier record is judged relevant, not even in part. All the hits are passing or about other
things, judged 0: the Argo floats (fb28-fb30, fb28 deployed from Mauritius), the wave buoys
(gh07-gh09), the radiosondes (fb16-fb18), the HF radars (fj01-fj03), the underwater gliders
(gl10-gl12), the tide gauges (ex04-ex06), the marine forecasts for fishers (fr13-fr15), the climate
data rescue pages, whose registers and libretas come from land stations (fz13-fz15), the
observateurs à bord of the fisheries surveillance of pair trawling (gk14), the cameras on fishing
boats (fq13-fq15), the fishers' logbooks of the bycatch and spearfishing pages (ea13, eg19) and the
port reception facilities for ships' waste (cl25), no voluntary observing ships; the hurricane pages
(bz25-bz27, bz27 on Otis in Acapulco, with no flight), the cloud seeding flights (fj04-fj06), the
radiosondes (fb16-fb18), the underwater gliders that sharpen hurricane forecasts off Puerto Rico
(gl10), the aerial surveillance of oil discharges from ships (en25), the storm naming pages
(fv10-fv12) and the cyclone shelters (ex22-ex24), no hurricane hunters; the cliff-top erosion posts
of Holderness (fz10), the Basque cliffs whose falls carry off a sentier (fz11), the rockfalls of the
Costa Verde of Lima (fz12), the coastal erosion pages (m10-m12), the dune pages with their beach
accesses (bt04-bt06), managed realignment (ck25-ck27), the coastal setbacks, fn12 naming the
public's access to beaches (fn10-fn12), the accessible beaches (gh10-gh12), the trail bridges
(gh28-gh30), the ocellated lizard of the dunes of Oléron, whose sentiers were moved (fx20), the
underwater snorkel trails (cs26) and the Malecón of Havana (fb12), no coastal footpaths; the arsenic
pages (t10-t12, t11 with its field kits), the fluoride pages (x04-x06), the chlorine dispensers
(fv04-fv06), the ceramic filters (ex19-ex21), the hand pumps (fb01-fb03), the water safety plans
(ff25-ff27), the water towers (gl01-gl03), the fer and sulfates of the mine water heat dataset
(en17), the acid mine drainage of j04, the manganese mining pages (fc04-fc06) and the aireadores of
the water-saving devices (gd21) and of the aquaponics course (gc06), no iron removal; the storm
surge barriers (ff01-ff03), managed realignment (ck25-ck27), the anti-salt dikes of Casamance (ew22,
ew23), the flood mark pages (ex07-ex09, ex08 naming the levées de la Loire), the swiftwater rescue
pages (fz16-fz18, fz17 naming the breach of the digue of Sainte-Marthe-sur-le-Lac and fz18 the
defensas of Santa Fe), the geobag revetments of coastal embankments (fj25-fj27), the property flood
resilience offer with its sandbags (fn13), the inventory of the dams, weirs and digues of the Niger
basin (m26), the badger setts dug in digues (cy05), the removal of the motas of the Arga and the
Aragón (ca15) and the seismic microzonation of Cali, which names the jarillón del río Cauca in
passing (fz21), no levee patrols; the participatory mapping pages (ek19-ek21), the post-disaster
needs assessments (gl19-gl21), the forecast-based financing pages (fn19-fn21), the disaster loss
databases (fn22-fn24, fn23 in Haiti), the Hospital Safety Index pages (fr22-fr24, fr23 in Haiti),
the incident command courses of Haiti (fv20), the psychological first aid need (fr25) and the
prepositioned relief supplies (fv16-fv18, fv18 after Eta and Iota), no vulnerability and capacity
assessments; the cell broadcast alerts (fb19-fb21), the incident command system (fv19-fv21), the
amateur radio pages (fj19-fj21), the low-water crossings page with its avisos por el 112 (gd06), the
carbon monoxide guide that says to call 911 (cb08), the Itaewon crowd crush with its unanswered
emergency calls (fz22), the metal theft guide whose cable thefts cut emergency calls (er19), the
dangerous goods pocket guide with the carrier's emergency number (t04) and the matchfunding page
with its 112 projects (eb30), no emergency numbers; the water museums (gl25-gl27), the museums and
archives that protect their collections (gh17, gh18), the climate data rescue pages (fz13-fz15, fz15
with the libretas kept in the library of the weather service), the science cafés held in libraries
(fz28-fz30), the travelling exhibitions (fv25-fv27), the documentation requirements of Article 18 of
the Cartagena Protocol (n11, df28, df29), the centre de ressources génétiques of the grapevine
(eq02) and the repositories for spent nuclear fuel and for uranium tailings (ct01, bw09), no
documentation centres; the drawing contests (gl28-gl30), the CoastSnap photo points (gd10-gd12), the
participatory video pages (fn28-fn30), the film festivals (ed13-ed15), the wildlife photography
pages, none with a contest (dq25-dq27), the Junior Water Prize (gd28-gd30) and the travelling
exhibitions (fv25-fv27), no photo contests; and the public toilets (ex10-ex12), the dry toilets and
container-based sanitation (by19-by21), the community-led total sanitation pages with their ODF and
FDAL villages (fv01-fv03), the faecal sludge pages (fn01-fn03), the handwashing stations
(fj10-fj12), the menstrual health pages (ch19-ch21) and the semaine de l'eau around the journée
mondiale de l'eau in Marrakech (gl26), no World Toilet Day.

records162.py (ids gm01..gm30, on chemicals, waste, pollution, energy, health, trade and enforcement
topics), records163.py (ids gn01..gn30, on biodiversity topics) and records164.py (ids go01..go30,
on agriculture, fisheries, forestry, food and land topics), written at the same time by three other
engineers, were searched for the same words once they were finished (with their queries162.tsv,
queries163.tsv and queries164.tsv, 60 queries each), before these records were judged. Their topics
are the thorium gas mantles of camping lanterns and pressure lamps, non-stick cookware coated with
PTFE and other PFAS, Holi colour powders and the powders of colour runs, the single-use miniature
toiletries of hotels, the medical oxygen plants (PSA oxygen generators) of hospitals, illegal
cosmetic injections, industrial steam boiler explosions and boiler inspection, international
catering waste from aircraft and ships, fume events and cabin air quality on airliners and fires in
rooftop solar photovoltaic systems (records162.py); harriers, water shrews, pipits, woolly monkeys,
harvester ants, sculpins, waxcaps, buntings, slime moulds and rockroses (records163.py); and
kiwifruit bacterial canker, citrus canker, the Japanese beetle, Boer goats, Amazonian dark earths,
periwinkles, shepherd schools, brewers' spent grain, porcini and livestock markets (records164.py).
None of their records names a voluntary observing ship, a hurricane hunter, a coastal footpath, iron
removal, a levee patrol, a vulnerability and capacity assessment, an emergency telephone number, a
documentation centre, a photo contest or World Toilet Day. The nearest are passing or about other
things and judged 0: the hotel toiletries (gm10-gm12, gm12 giving leftover soaps to comunidades sin
saneamiento) are no toilets and no World Toilet Day; the catering waste of aircraft and cruise ships
(gm22-gm24, gm24 at Ushuaia, one of the ports of gp03) is the ships' rubbish, not their weather
reports; the airliners of the fume event pages (gm25-gm27) fly no reconnaissance into cyclones; the
signs for the servicios de emergencia on photovoltaic roofs (gm30) and the urgences and emergency
treatments of the cosmetic injection pages (gm16, gm17) are no emergency numbers; the cast iron pans
of gm04 have nothing to do with iron in water; the pêcheurs à pied of the periwinkle pages
(go16-go18, go17 on the Channel coasts) and the coastal farms of the cirl buntings of south Devon
(gn22) have no coastal path; the estaciones meteorológicas of the kiwifruit canker need (go03) are
orchard weather stations, not ships; the fotografías of the waxcap field guide (gn21) and the
photovoltaic panels (gm28-gm30) are no photo contest; and the portes ouvertes of the shepherd school
(go20) open no documentation centre. None of their records answers a query of this set, and none of
their queries is repeated in queries165.tsv.

Traps: the cyclones (the cyclone shelters ex22-ex24), the monsoon winds, the container ships,
tankers and ferries, the electronic logbook (next to the fishers' logbooks of ea13 and eg19), the
maritime academy, the Argo floats (fb28-fb30, fb28 deployed from Mauritius), the wave buoys
(gh07-gh09), the piracy and the marine forecasts for artisanal fishers (fr13-fr15) of gp01; the
goélettes, the paquebots de croisière and cargos, the stations automatiques, the journal
météorologique de bord, the radiosondages (fb16-fb18), the bouées dérivantes (next to fb28-fb30 and
gh07-gh09) and the cyclones of gp02; the pesqueros de altura, the Armada, the agentes meteorológicos
de puerto, the ciclogénesis and sudestadas, the boyas a la deriva, the témpanos and the pesca del
calamar of gp03; the jet, the dropsondes (next to the radiosondes fb16-fb18), the forecast models,
the aircraft of Japan and of the United States Air Force, the landslides (bv25-bv27), the flood
warnings and the weather radar (asked for by bw27 and by27) of gp04; the tournée de sensibilisation,
Météo-France, the préfecture and the rectorat, the sondes, the vigilances cycloniques (next to the
storm naming pages fv10-fv12), Irma and Maria (the Hurricane Maria of bz25), the sargasses (w31-w33)
and the séismes of gp05; the huracán Otis and Acapulco (bz27), the Secretaría de Marina and the
Armada, the radiómetro and enlace satelital, the cazadores de huracanes de Estados Unidos, the
manglares (bz27), the radar meteorológico (bw27, by27) and the boyas (gh07-gh09) of gp06; the soft
cliffs (next to the Holderness cliff erosion posts fz10), the surge of December 2013, the
landowners, parish councils and ramblers, the signs and fencing, the cafés, car parks and holiday
parks, Happisburgh, the sea defences (the seawalls fb10-fb12) and the grey seal colony of gp07; the
falaises (fz11), the Conservatoire du littoral, the servitude de passage, the ganivelles and
plantations (the ganivelles of the dune project bt05), the escaliers et passerelles (next to the
trail bridges gh28-gh30), the drone, the trait de côte (m11), the éboulements (fz11, fz12), the
pêche à pied and the goélands of gp08; the carabineros and pescadores, the Ley de Costas, the muros
de fincas, the desprendimientos (fz12), the temporal Gloria, the escaleras, barandillas and
pasarelas, the vegetación de los acantilados, the posidonia, the playas accesibles (gh10-gh12) and
the calas of gp09; the Brahmaputra, the ponds and rivers, the hand pumps (fb01-fb03), the rapid sand
filters, the arsenic (t10-t12), the fluoride (x04-x06), the floods and the tea gardens of gp10; the
pompes à motricité humaine (fb02), the mini-réseaux, the marigots and puits ouverts, the fontainiers
and comités de gestion, the turbidité, the choléra, the fluor (x04-x06) and the kiosques à eau
(ex16-ex18) of gp11; the pozos tubulares, the manganeso (next to the manganese mining pages
fc04-fc06), the agua de lluvia, the JASS, the cloración final and the cloro residual (the chlorine
dispensers fv04-fv06), the kits (next to the arsenic field kits of t11), the dengue, the crecientes
and the tanques elevados (gl01-gl03) of gp12; the record rain over the Ardennes and the Eifel, the
app, the sandbags (fn13), the evacuation, the drones and thermal cameras, the storm surge barriers
(ff01-ff03) and the Room for the River works (next to managed realignment, ck25-ck27) of gp13; the
Logone, the rizières, the brèches, the sacs de sable, the protection civile, the société
d'aménagement, the chefs de canton, the paludisme, the choléra and the déplacés of gp14; the planta
de agua de Puerto Mallarino, the viviendas on the corona, the escombros and hormigueros, the Plan
Jarillón and its reubicación (next to the planned relocation pages bq04-bq06), the sala de crisis,
the bomberos and sacos terreros, La Niña, the humedales and the río Cali of gp15 (and Cali's seismic
microzonation, fz21, names the jarillón in passing); Cyclone Pam and the cyclones Judy and Kevin,
the transects, the hazard and resource maps (the participatory mapping pages ek19-ek21), the
seasonal calendars (next to the traditional weather indicators ce22-ce24), the kastom knowledge, the
evacuation paths, water tanks, first aid teams and replanting, the ashfall from Yasur (br25-br27),
the coral reefs and the cash transfers (fn19) of gp16; Les Cayes, the comités communaux de
protection civile, the carte communautaire des risques, the diagramme de Venn, the personnes
handicapées (the accessible information pages dv25-dv27), the séisme de 2021, the inondations, the
choléra, the ouragans and the insécurité of gp17 (next to fr23, fn23 and fv20, also in Haiti); Eta
and Iota (fv18), the deslaves (bv25-bv27), the coordinadora nacional para la reducción de desastres,
the mapa de riesgos y recursos, the calendario estacional, the pasos seguros, cisternas, botiquines
and avisos por radio, the café, the cardamomo and the migración of gp18; the 191, 192 and 193, the
disaster management organisation, the call centres, the languages, the radio and GPS, the hoax
calls, the road crashes, the floods in Accra and the fire hydrants (fn16-fn18) of gp19; the 18, the
1515 and the 17, the sapeurs-pompiers and the SAMU, the inondations de la banlieue de Dakar, the
accidents on the routes nationales, the logiciel de localisation, the wolof and pulaar, the
incendies de marchés (next to the shack fires fr19-fr21), the grand rassemblement de Touba (the
crowd management workshop of the Grand Magal de Touba, fz23) and the noyades (the rip currents
fb13-fb15) of gp20; the policía, bomberos and fuerzas armadas, the gestión de riesgos, the
siniestros de tránsito, the violencia, the terremoto de 2016 (the PDNA of gl21), the botón de
alerta, the videocámaras, the Tungurahua (br25-br27), El Niño and the minería ilegal of gp21; the
gravity-flow schemes, the toilets and hygiene, the posters and theses, the 2015 earthquake (the
heritage monuments of gh16), the damp, the open-source library system and online repository, the
landslides, the Melamchi water supply project and the monsoon of gp22; the mémoires and thèses, the
barrages and forages, the cartes hydrogéologiques, the normes techniques, the portail en libre
accès, the agences de l'eau, the sécheresse, the petits barrages and the orpaillage of gp23; the
Exposición Internacional de 2008, the comunidades de regantes, the préstamo de documentales (next to
the film festivals ed13-ed15), the boletín, the repositorio, the visitas guiadas y talleres (next to
the water museums gl25-gl27), the Expo, the riadas del Ebro and the cierzo of gp24; the floods,
cyclones, river erosion, salinity and heat, the raised plinths, floating gardens, boats and
rainwater jars, the consent, the exhibition in Dhaka (next to the travelling exhibitions fv25-fv27),
the cameras, the drawing contests (gl28-gl30), the short films (fn28-fn30) and the cyclone shelters
(ex22-ex24) of gp25; the contrats de rivière, the catégories, the bons d'achat, the exposition lent
to communes, schools and libraries (fv25-fv27), the dossier pédagogique, the inondations de juillet
2021, the Meuse (the river of gp13) and the castors of gp26; the instituto de acueductos y
alcantarillados, the celular, the licencia libre, the nacientes, the ríos contaminados, the sequía
en Guanacaste (the zona marítimo terrestre of Guanacaste, fn12), the inundaciones en el Caribe, the
manglares, the acueductos comunales, the tortugas and the volcanes of gp27; the open defecation and
the certificates of open defecation free areas (the community-led total sanitation pages fv01-fv03),
the sanitation fair, the masons, slabs and pans, the loans, the toilet-cleaning competitions, the
people with disabilities, the radio phone-ins, the handwashing (fj10-fj12), the faecal sludge
(fn01-fn03) and the cholera of gp28; the défilés and concerts, the prix de la commune la plus
propre, the latrines modèles, the porte-à-porte in the fokontany, the dalles and cabines, the lavage
des mains (fj10-fj12), the vidange des fosses (fn01-fn03) and the peste of gp29; and the unidades
educativas, the cuentos en aymara, the juego de preguntas, the higiene menstrual (ch19-ch21), the
planta de tratamiento de Puchukollo, the fondos to mend the school baños, the baños secos ecológicos
(by19-by21), the río Choqueyapu and the granizo (bw25-bw27) of gp30. Letters: the Voluntary
Observing Ships of gp01, the navires d'observation bénévoles and navires sélectionnés of gp02 and
the buques de observación voluntaria, buques VOS, of gp03 are voluntary observing ships, ships whose
officers measure and report the weather at sea under the World Meteorological Organization's scheme;
the typhoon surveillance flights and reconnaissance aircraft of gp04, the avion des chasseurs
d'ouragans of gp05 and the vuelos de reconocimiento and cazahuracanes of gp06 are hurricane hunters,
aircraft that fly into or around tropical cyclones and drop sondes; the England Coast Path of gp07,
the sentier du littoral and sentier des douaniers of gp08 and the caminos de ronda, the senda
litoral, of gp09 are coastal footpaths; the iron removal plants of gp10, the unités de déferrisation
of gp11 and the plantas de remoción de hierro of gp12 are iron removal plants for drinking water;
the dike watch and dike wardens of gp13, the comités de surveillance and veilleurs de digue of gp14
and the vigías comunitarios of the jarillón of gp15 are levee patrols during high water; the VCA of
gp16, the EVC of gp17 and the AVC of gp18 are vulnerability and capacity assessments; the 112 of
gp19, the numéro d'urgence unique of gp20 and the ECU 911 of gp21 are single emergency telephone
numbers; the resource centre of gp22, the centre de documentation of gp23 and the centro de
documentación del agua of gp24 are water documentation centres; the photo contest of gp25, the
concours photo of gp26 and the concurso de fotografía of gp27 are photo contests; and the World
Toilet Day of gp28, the Journée mondiale des toilettes of gp29 and the Día Mundial del Retrete, the
Día Mundial del Baño, of gp30 are World Toilet Day. The golden files name none of them (their
"repository" is the software and data repositories of Zenodo records, their "ship" the leadership
and membership of social science records, their "iron" the galvanizing of a sphalerite record, and
their FIShBOT, a bottom temperature product of fishery-dependent and independent sources, is no ship
weather report).

For the country queries: gp01 names only Kenya (Mombasa), with the western Indian Ocean; gp02 only
French Polynesia (Papeete, Faa'a), code PF, with Europe as a measure of size; gp03 only Argentina
(Buenos Aires, Mar del Plata, Bahía Blanca, Ushuaia) and the South Atlantic; gp04 only Taiwan, code
TW, with the aircraft of Japan and of the United States Air Force named; gp05 only Guadeloupe
(Pointe-à-Pitre), code GP, with the American hurricane hunters and the islands of the Caribbean;
gp06 only Mexico (Acapulco, Guerrero, Oaxaca, Michoacán, Jalisco, Baja California Sur), with the
hurricane hunters of the United States named; gp07 only the United Kingdom (England, Norfolk,
Weybourne, Sea Palling, Happisburgh), code GB; gp08 only France (Brittany, the Côtes-d'Armor,
Plouha, Paimpol); gp09 only Spain (Girona, Catalonia, the Costa Brava, Portbou, Blanes); gp10 only
India (Assam, the Brahmaputra valley); gp11 only Benin (the Plateau, Pobè, Kétou, Sakété); gp12 only
Peru (Ucayali, the Peruvian Amazon); gp13 only the Netherlands (Limburg, the Meuse, Roermond), code
NL, with the Ardennes and the Eifel where the rain fell; gp14 only Cameroon (the Extrême-Nord, the
Logone, Yagoua, Kousseri); gp15 only Colombia (Cali, the Cauca river); gp16 only Vanuatu (Tanna,
Efate, Malekula, Yasur); gp17 only Haiti (Les Cayes, the Sud, the Grand'Anse); gp18 only Guatemala
(Alta Verapaz, Cobán, San Pedro Carchá, Chisec); gp19 only Ghana (Accra); gp20 only Senegal (Dakar,
Thiès, Saint-Louis, Touba); gp21 only Ecuador (Manabí, Esmeraldas, the Tungurahua); gp22 only Nepal
(Kathmandu, Melamchi); gp23 only Burkina Faso (Ouagadougou), with West and Central Africa; gp24 only
Spain (Zaragoza, the Ebro), with Latin America; gp25 only Bangladesh (Dhaka); gp26 only Belgium
(Wallonia, the Meuse), code BE; gp27 only Costa Rica (Guanacaste, the Caribbean coast); gp28 only
Nigeria (Abuja, Kano); gp29 only Madagascar (Antananarivo, Toamasina, Fianarantsoa); gp30 only
Bolivia (El Alto, La Paz, the Choqueyapu).

Ids (gp01..gp30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., gj01..gj30,
gk01..gk30, gl01..gl30), nor with records162.py's (gm01..gm30), records163.py's (gn01..gn30) or
records164.py's (go01..go30), and no earlier id starts with "gp".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- voluntary observing ships (weather reports from ships at sea) ----------------------------
    ("gp01", "project", "en",
     "Weather reports from passing ships: Mombasa's port meteorological office recruits voluntary "
     "observing ships",
     "Over the western Indian Ocean there are few weather observations at sea, and the forecasters "
     "of the Kenya Meteorological Department rely mostly on satellites to follow cyclones, monsoon "
     "winds and rough seas. Since 2024 the department's port meteorological office at Mombasa has "
     "been recruiting container ships, tankers, ferries and research vessels into the Voluntary "
     "Observing Ships scheme of the World Meteorological Organization. The port meteorological "
     "officer boards ships in port, checks and calibrates their barometers and thermometers, "
     "installs electronic logbook software and trains deck officers to report pressure, wind, "
     "waves, visibility, cloud and sea temperature every three or six hours. The reports reach "
     "forecasters worldwide by satellite within minutes. The project also teaches marine observing "
     "to cadets at a maritime academy in Mombasa and aims at 40 ships by 2027. Argo floats, wave "
     "buoys, piracy and marine forecasts for artisanal fishers are named in passing.",
     ("voluntary observing ships", "marine meteorology", "ship weather reports", "Mombasa",
      "projects"),
     ("KE",), "2025-02"),
    ("gp02", "document", "fr",
     "Guide de l'observateur à bord : devenir navire sélectionné et envoyer ses observations météo "
     "en Polynésie française",
     "En Polynésie française, cinq archipels dispersés sur une surface grande comme l'Europe ne "
     "comptent qu'une poignée de stations météorologiques, et les prévisionnistes de Météo-France "
     "à Faa'a manquent de mesures en mer. Les goélettes qui ravitaillent les îles, les paquebots "
     "de croisière et les cargos qui font escale à Papeete peuvent combler ce vide en rejoignant "
     "le programme des navires d'observation bénévoles de l'Organisation météorologique mondiale. "
     "Ce guide, destiné aux capitaines et aux officiers de quart, explique comment devenir navire "
     "sélectionné, lire le baromètre et ramener la pression au niveau de la mer, estimer la force "
     "du vent et l'état de la mer, mesurer la température de l'eau, coder le message SHIP et "
     "l'envoyer toutes les trois heures, et tenir le journal météorologique de bord. Il présente "
     "aussi les stations automatiques installées sur certains navires. Les radiosondages, les "
     "bouées dérivantes et les cyclones ne sont cités qu'en passant.",
     ("navires d'observation bénévoles", "navires sélectionnés", "météorologie marine",
      "observations en mer", "guides"),
     ("PF",), "2025-05"),
    ("gp03", "dataset", "es",
     "Observaciones de los buques de observación voluntaria frente a la costa argentina y en el "
     "Atlántico Sur, 1990-2025",
     "El servicio meteorológico nacional reúne desde 1990 los mensajes de los buques de "
     "observación voluntaria, o buques VOS, que navegan frente a la costa argentina: cargueros, "
     "petroleros, pesqueros de altura, buques de investigación y de la Armada que se suman al "
     "programa de la Organización Meteorológica Mundial. Sus oficiales de guardia miden cada tres "
     "o seis horas la presión, el viento, la temperatura del aire y del mar, la visibilidad, las "
     "nubes y el oleaje, y los transmiten por satélite. Este conjunto de datos publica más de "
     "900.000 observaciones con la posición, la hora, el tipo de buque (sin su nombre ni su "
     "indicativo de llamada) y los controles de calidad, y registra las visitas de los agentes "
     "meteorológicos de puerto en Buenos Aires, Mar del Plata, Bahía Blanca y Ushuaia. Sirve para "
     "estudiar las ciclogénesis y las sudestadas. Las boyas a la deriva, los témpanos y la pesca "
     "del calamar se mencionan de paso.",
     ("buques de observación voluntaria", "meteorología marina", "observaciones en el mar",
      "Atlántico Sur", "conjuntos de datos"),
     ("AR",), "2025-08"),
    # --- hurricane hunters (reconnaissance aircraft in tropical cyclones) -------------------------
    ("gp04", "dataset", "en",
     "Typhoon surveillance flights near Taiwan: dropsonde profiles from reconnaissance aircraft, "
     "2003-2025",
     "Since 2003 a research programme of Taiwan's universities and weather administration, known "
     "as DOTSTAR, has flown a small jet around typhoons that threaten the island, releasing "
     "dropsondes from about 13 kilometres up. Each dropsonde falls by parachute through the "
     "storm's surroundings and sends back pressure, temperature, humidity and wind every half "
     "second until it reaches the sea. This dataset gathers more than 80 reconnaissance missions "
     "and some 1,800 dropsonde profiles, with the flight tracks, the typhoon's position and "
     "intensity at take-off, quality flags, and the results of trials that fed the data to "
     "forecast models: on average, track errors in the first three days fell by about a fifth. "
     "Missions flown at the same time as the aircraft of Japan and of the United States Air Force "
     "are marked. Landslides, flood warnings and weather radar are named in passing.",
     ("typhoons", "reconnaissance aircraft", "dropsondes", "tropical cyclone forecasting",
      "datasets"),
     ("TW",), "2025-04"),
    ("gp05", "event", "fr",
     "Escale de l'avion des chasseurs d'ouragans à Pointe-à-Pitre : visites et rencontres avec "
     "l'équipage",
     "Le 12 mai 2026, avant la saison cyclonique, un avion de reconnaissance des chasseurs "
     "d'ouragans américains fera escale à l'aéroport de Pointe-à-Pitre, en Guadeloupe, lors de sa "
     "tournée de sensibilisation dans les îles de la Caraïbe. Météo-France, la préfecture et le "
     "rectorat invitent les collégiens et lycéens, les élus, les services de secours et le public "
     "à visiter l'appareil, qui pénètre au cœur des ouragans pour mesurer la pression au centre et "
     "la force des vents et pour larguer des sondes, et à rencontrer pilotes, météorologues et "
     "prévisionnistes. Une conférence expliquera comment ces vols de reconnaissance améliorent les "
     "prévisions de trajectoire et d'intensité et les vigilances cycloniques, et les élèves "
     "pourront suivre en classe une mission dans un ouragan. Irma et Maria, les sargasses et les "
     "séismes ne sont cités qu'en passant.",
     ("chasseurs d'ouragans", "vols de reconnaissance", "ouragans", "prévision cyclonique",
      "événements"),
     ("GP",), "2025-12"),
    ("gp06", "need", "es",
     "Necesidad: vuelos de reconocimiento de huracanes en el Pacífico mexicano después de Otis",
     "En octubre de 2023 el huracán Otis pasó de tormenta tropical a categoría 5 en menos de un "
     "día y sorprendió a Acapulco. En el Pacífico mexicano casi no hay vuelos de reconocimiento: "
     "los aviones cazahuracanes, que atraviesan el ojo del ciclón y lanzan sondas para medir la "
     "presión central y los vientos, vuelan sobre todo en el Atlántico y el golfo de México. El "
     "servicio meteorológico nacional y la Secretaría de Marina solicitan apoyo para equipar un "
     "avión de la Armada con sondas lanzables, un radiómetro para el viento en superficie y enlace "
     "satelital, formar a tripulaciones y meteorólogos con los cazadores de huracanes de Estados "
     "Unidos y financiar veinte misiones por temporada cuando un ciclón amenace Guerrero, Oaxaca, "
     "Michoacán, Jalisco o Baja California Sur. Los manglares, el radar meteorológico y las boyas "
     "se mencionan de paso.",
     ("cazahuracanes", "vuelos de reconocimiento", "huracanes", "Pacífico mexicano", "necesidades"),
     ("MX",), "2025-07"),
    # --- coastal footpaths (public paths along the coast and their roll-back) ---------------------
    ("gp07", "case-study", "en",
     "Rolling back the England Coast Path on the eroding cliffs of north-east Norfolk",
     "The England Coast Path, the national trail that Natural England is opening around the whole "
     "English coast, was the first with 'roll-back' written into it: where the cliffs or the shore "
     "erode, the route and the walkers' access strip can move inland without a new legal order. "
     "This case study follows the stretch between Weybourne and Sea Palling, where soft cliffs of "
     "sand and clay lose one to several metres in a bad winter. It counts how often the path had "
     "to move after storms, from the surge of December 2013 to the winter of 2025, how landowners, "
     "parish councils and ramblers' groups were consulted, what signs, fencing and temporary "
     "diversions cost, and how walkers were kept back from cliff edges. It also looks at the "
     "cafés, car parks and holiday parks that now depend on the trail. Happisburgh, the sea "
     "defences and the grey seal colony are named in passing.",
     ("coastal footpaths", "England Coast Path", "coastal erosion", "public access",
      "case studies"),
     ("GB",), "2025-03"),
    ("gp08", "project", "fr",
     "Projet : reculer le sentier des douaniers (GR 34) menacé par l'érosion sur la côte du Goëlo",
     "En Bretagne, le sentier du littoral longe la côte sur plus de 2 000 kilomètres, en grande "
     "partie sur l'ancien sentier des douaniers balisé GR 34. Sur la côte du Goëlo, entre Plouha "
     "et Paimpol, les falaises de roches altérées reculent et, après chaque hiver, des tronçons "
     "s'effondrent ou deviennent dangereux pour les randonneurs. Le département des Côtes-d'Armor, "
     "le Conservatoire du littoral et les communes mènent de 2025 à 2028 un projet pour reculer le "
     "sentier sur douze kilomètres : nouveau tracé au titre de la servitude de passage des piétons "
     "le long du littoral, accords avec les propriétaires, ganivelles et plantations pour protéger "
     "les sols piétinés, escaliers et passerelles, panneaux, et suivi du trait de côte par drone "
     "avec les clubs de randonnée. Les éboulements, la pêche à pied et les goélands ne sont cités "
     "qu'en passant.",
     ("sentier du littoral", "sentier des douaniers", "érosion côtière", "randonnée", "projets"),
     ("FR",), "2025-06"),
    ("gp09", "document", "es",
     "Guía de los caminos de ronda de la Costa Brava: servidumbre de tránsito, mantenimiento y "
     "cierres",
     "Los caminos de ronda, los senderos que bordean la costa de Girona de Portbou a Blanes y que "
     "recorrían carabineros y pescadores, son hoy la senda litoral más transitada de Cataluña. La "
     "Ley de Costas reserva una servidumbre de tránsito de seis metros para el paso de peatones a "
     "lo largo de la orilla, pero muchos tramos han quedado cortados por muros de fincas, "
     "desprendimientos y temporales como Gloria en 2020. Esta guía, de la demarcación de costas y "
     "de los consejos comarcales para los ayuntamientos, explica cómo inventariar los tramos, qué "
     "obras se permiten (escaleras, barandillas, pasarelas de madera), cómo señalizarlos, cuándo "
     "cerrar un tramo por riesgo, cómo repartir el mantenimiento y cómo evitar que la afluencia de "
     "verano degrade la vegetación de los acantilados. La posidonia, las playas accesibles y las "
     "calas se mencionan de paso.",
     ("caminos de ronda", "senderos litorales", "servidumbre de tránsito", "Costa Brava", "guías"),
     ("ES",), "2025-09"),
    # --- iron removal (taking iron out of groundwater for drinking) -------------------------------
    ("gp10", "dataset", "en",
     "Iron removal plants on Assam's rural piped water schemes: performance and iron levels, "
     "2016-2025",
     "Groundwater across the Brahmaputra valley often carries several times the 0.3 milligrams of "
     "iron per litre that India's drinking water standard accepts: the water tastes of metal, "
     "turns red-brown in the bucket, stains clothes and clogs pipes, and families go back to ponds "
     "and rivers. Assam's public health engineering department has fitted iron removal plants to "
     "hundreds of piped schemes and to clusters of hand pumps: aeration over cascades or trays, a "
     "settling tank and rapid sand filters backwashed every day. This dataset lists some 1,400 "
     "plants by district, with their design and capacity, the iron measured before and after "
     "treatment each quarter, the backwash frequency, the breakdowns and the operators trained. "
     "About a third met the standard less than half of the time. Arsenic, fluoride, floods and the "
     "tea gardens are named in passing.",
     ("iron removal plants", "iron in groundwater", "drinking water treatment", "Assam",
      "datasets"),
     ("IN",), "2025-01"),
    ("gp11", "need", "fr",
     "Besoin : des unités de déferrisation pour les forages délaissés du département du Plateau",
     "Dans le département du Plateau, au sud-est du Bénin, l'eau de nombreux forages équipés de "
     "pompes à motricité humaine ou de mini-réseaux est ferrugineuse : claire à la sortie, elle "
     "devient rougeâtre à l'air, a un goût de rouille, tache le linge et gâte la bouillie des "
     "enfants. Faute de solution, les habitants délaissent ces ouvrages et retournent aux marigots "
     "et aux puits ouverts. La direction départementale de l'eau et les communes de Pobè, Kétou et "
     "Sakété demandent un appui pour installer des unités de déferrisation simples sur 60 forages "
     "(aération en cascade, décantation, filtres à sable et gravier lavables), former les "
     "fontainiers et les comités de gestion à leur entretien, et contrôler chaque trimestre le fer "
     "et la turbidité de l'eau traitée. Le choléra, le fluor et les kiosques à eau ne sont cités "
     "qu'en passant.",
     ("déferrisation", "eau ferrugineuse", "forages", "traitement de l'eau", "besoins"),
     ("BJ",), "2025-10"),
    ("gp12", "document", "es",
     "Guía para operar plantas de remoción de hierro en los sistemas de agua rurales de Ucayali",
     "En la Amazonía peruana muchos pueblos se abastecen de pozos tubulares cuya agua sale clara "
     "pero se vuelve rojiza al contacto con el aire: es agua ferruginosa, con hierro, y a veces "
     "manganeso, muy por encima del límite de 0,3 miligramos por litro. Deja sabor metálico, "
     "mancha la ropa y los baldes, tapa las tuberías y hace que las familias prefieran el agua del "
     "río o de la lluvia. Esta guía de la dirección regional de vivienda y saneamiento, para los "
     "operadores de las juntas administradoras de servicios de saneamiento (JASS) y de los "
     "municipios, explica cómo funcionan las plantas de remoción de hierro: aireador de bandejas, "
     "sedimentador, filtros de arena y grava, retrolavado y cloración final. Incluye fichas de "
     "control con kits para medir el hierro y el cloro residual, calendarios de limpieza y "
     "soluciones a las fallas comunes. El dengue, las crecientes y los tanques elevados se "
     "mencionan de paso.",
     ("remoción de hierro", "agua ferruginosa", "tratamiento del agua", "JASS", "guías"),
     ("PE",), "2025-11"),
    # --- levee patrols (watching river dikes during high water) -----------------------------------
    ("gp13", "case-study", "en",
     "Dike watch on the Meuse in July 2021: how Limburg's water board patrolled its levees",
     "In mid-July 2021 record rain over the Ardennes and the Eifel sent the Meuse to its highest "
     "level in Limburg since measurements began. Within hours the regional water board called out "
     "its dike watch: some 800 trained volunteers, farmers and staff who walk the dikes in pairs, "
     "day and night, during high water, looking for seepage, sand boils, slips and cracks and "
     "reporting them by app with a photograph and a position. This case study retraces the week: "
     "how the dike wardens were organised by section and shift, how they spotted piping under an "
     "embankment near Roermond and stopped it with a ring of sandbags, the evacuation of villages "
     "behind a threatened dike, and the drones and thermal cameras tried alongside. It draws "
     "lessons on training, fatigue and finding the next generation of volunteers. Storm surge "
     "barriers and the Room for the River works are named in passing.",
     ("dike watch", "levees", "river floods", "volunteers", "case studies"),
     ("NL",), "2025-05"),
    ("gp14", "need", "fr",
     "Besoin : former et équiper les comités de surveillance de la digue du Logone dans "
     "l'Extrême-Nord",
     "Dans l'Extrême-Nord du Cameroun, une digue de terre longe le Logone sur une centaine de "
     "kilomètres, de Yagoua vers Kousseri, et protège villages, rizières et routes des crues "
     "d'août à octobre. En 2012, puis en 2024, des brèches ont inondé des dizaines de milliers de "
     "personnes. Des comités villageois font des rondes sur la digue pendant les hautes eaux, mais "
     "sans lampes, sans radios ni sacs de sable en réserve, et sans savoir reconnaître à temps les "
     "renards hydrauliques, les suintements et les glissements de talus. La protection civile et "
     "la société d'aménagement de la plaine demandent un appui pour former 400 veilleurs de digue, "
     "fournir lampes, bottes, téléphones et stocks de sacs, rédiger des fiches d'alerte et "
     "organiser une veille de nuit relayée par les chefs de canton. Le paludisme, le choléra et "
     "les déplacés ne sont cités qu'en passant.",
     ("surveillance des digues", "digues", "crues", "protection civile", "besoins"),
     ("CM",), "2025-08"),
    ("gp15", "project", "es",
     "Proyecto: vigías comunitarios del jarillón del río Cauca en Cali",
     "El jarillón del río Cauca, un dique de tierra de unos 17 kilómetros, separa del río a cerca "
     "de un millón de habitantes del oriente de Cali y protege la planta de agua de Puerto "
     "Mallarino. Durante décadas lo debilitaron las viviendas levantadas sobre su corona, los "
     "escombros y los hormigueros, hasta que el Plan Jarillón lo reforzó y reubicó a miles de "
     "familias. Desde 2024 este proyecto forma a 120 vigías comunitarios de los barrios vecinos "
     "que, en las temporadas de lluvias de abril-mayo y de octubre-noviembre, recorren el dique "
     "por tramos para reportar filtraciones, sifonamientos, grietas, nuevas ocupaciones y rellenos "
     "ilegales a la sala de crisis de la alcaldía, y que aprenden con los bomberos a colocar sacos "
     "terreros. El proyecto mide cuánto tardan las alertas en llegar. La Niña, los humedales y el "
     "río Cali se mencionan de paso.",
     ("jarillón", "diques", "vigilancia comunitaria", "inundaciones", "proyectos"),
     ("CO",), "2025-02"),
    # --- vulnerability and capacity assessments (VCA, EVC, AVC) -----------------------------------
    ("gp16", "case-study", "en",
     "What island communities found: vulnerability and capacity assessments in Vanuatu after "
     "Cyclone Pam",
     "After Cyclone Pam in 2015 and the twin cyclones Judy and Kevin in 2023, the Vanuatu Red "
     "Cross Society ran the vulnerability and capacity assessment, the VCA of the Red Cross and "
     "Red Crescent movement, in 48 communities of Tanna, Efate and Malekula. Over three to five "
     "days, trained volunteers and villagers walked transects, drew hazard and resource maps on "
     "the ground, built seasonal calendars and historical timelines, ranked risks and listed the "
     "skills, food stores, kastom knowledge and networks that already help people cope. Each "
     "community then wrote its action plan. This case study, written with a university, compares "
     "what the VCAs found with what was funded afterwards: evacuation paths, water tanks, first "
     "aid teams, replanting. It notes that listening to women and young people separately changed "
     "the priorities. Ashfall from Yasur, coral reefs and cash transfers are named in passing.",
     ("vulnerability and capacity assessment", "VCA", "community-based disaster risk reduction",
      "Red Cross", "case studies"),
     ("VU",), "2025-01"),
    ("gp17", "event", "fr",
     "Formation à l'évaluation de la vulnérabilité et des capacités (EVC) pour les volontaires de "
     "la Croix-Rouge haïtienne",
     "Du 9 au 20 mars 2026, la Croix-Rouge haïtienne, avec des sociétés nationales partenaires, "
     "organise aux Cayes une formation à l'évaluation de la vulnérabilité et des capacités, l'EVC, "
     "pour 30 volontaires et membres des comités communaux de protection civile du Sud et de la "
     "Grand'Anse. Au programme : les outils de l'EVC (carte communautaire des risques, profil "
     "historique, calendrier saisonnier, diagramme de Venn des institutions, marche transversale, "
     "classement des problèmes), l'écoute des femmes, des personnes âgées et des personnes "
     "handicapées, l'analyse des capacités locales et le passage au plan d'action communautaire. "
     "La seconde semaine, les participants conduisent une EVC dans deux sections communales "
     "touchées par le séisme de 2021 et par les inondations. Le choléra, les ouragans et "
     "l'insécurité ne sont cités qu'en passant.",
     ("évaluation de la vulnérabilité et des capacités", "EVC", "Croix-Rouge", "formation",
      "événements"),
     ("HT",), "2025-12"),
    ("gp18", "project", "es",
     "Proyecto: análisis de vulnerabilidad y capacidad en 40 comunidades q'eqchi' de Alta Verapaz",
     "En Alta Verapaz, las lluvias de Eta e Iota en 2020 dejaron aldeas q'eqchi' aisladas por "
     "deslaves e inundaciones durante semanas. La Cruz Roja Guatemalteca, con la coordinadora "
     "nacional para la reducción de desastres y las municipalidades de Cobán, San Pedro Carchá y "
     "Chisec, realiza de 2025 a 2027 un análisis de vulnerabilidad y capacidad (AVC) en 40 "
     "comunidades. Voluntarios que hablan q'eqchi' acompañan a cada comunidad en el mapa de "
     "riesgos y recursos, el calendario estacional, la línea de tiempo de los desastres y el "
     "análisis de las capacidades de las coordinadoras locales. Cada AVC termina en un plan "
     "comunitario de reducción de riesgos, con obras pequeñas que financia el proyecto: pasos "
     "seguros sobre los ríos, cisternas, botiquines y avisos por radio. El café, el cardamomo y la "
     "migración se mencionan de paso.",
     ("análisis de vulnerabilidad y capacidad", "AVC", "gestión comunitaria del riesgo",
      "Alta Verapaz", "proyectos"),
     ("GT",), "2025-06"),
    # --- emergency telephone numbers (112, 911 and their call centres) ----------------------------
    ("gp19", "project", "en",
     "One number for every emergency: rolling out 112 across Ghana's regions",
     "For years a Ghanaian in trouble had to remember 191 for the police, 192 for the fire service "
     "and 193 for an ambulance, and many calls went unanswered or reached the wrong region. This "
     "project makes 112 the single toll-free emergency number and links the police, the fire "
     "service, the ambulance service and the national disaster management organisation to regional "
     "call centres, where trained call-takers answer in English, Twi, Ewe, Dagbani and other "
     "languages, locate the caller through the mobile networks and send the nearest unit. It "
     "builds four call centres, trains 300 call-takers and dispatchers, tracks ambulances by radio "
     "and GPS, and runs radio and school campaigns to make 112 known and to cut hoax calls, once "
     "the bulk of the traffic. Road crashes, floods in Accra and fire hydrants are named in "
     "passing.",
     ("emergency numbers", "112", "emergency call centres", "emergency services", "projects"),
     ("GH",), "2025-04"),
    ("gp20", "need", "fr",
     "Besoin : un numéro d'urgence unique et une plateforme commune de traitement des appels au "
     "Sénégal",
     "Au Sénégal, appeler les secours suppose de connaître plusieurs numéros : le 18 des "
     "sapeurs-pompiers, le 1515 du SAMU, le 17 de la police. Les appels arrivent à des standards "
     "séparés qui ne partagent pas leurs informations, et lors des inondations de la banlieue de "
     "Dakar ou des grands accidents sur les routes nationales les lignes saturent. La direction de "
     "la protection civile, la brigade nationale des sapeurs-pompiers et le SAMU demandent un "
     "appui pour créer un numéro d'urgence unique et une plateforme commune de réception et de "
     "traitement des appels à Dakar, puis à Thiès et à Saint-Louis : logiciel de localisation des "
     "appelants, formation d'opérateurs en wolof, pulaar et français, protocoles communs de "
     "régulation et suivi des interventions. Les incendies de marchés, le grand rassemblement de "
     "Touba et les noyades ne sont cités qu'en passant.",
     ("numéros d'urgence", "appels d'urgence", "secours", "protection civile", "besoins"),
     ("SN",), "2025-09"),
    ("gp21", "dataset", "es",
     "Llamadas al ECU 911: emergencias atendidas por tipo, provincia y hora, 2015-2025",
     "Desde 2012 Ecuador tiene un solo número de emergencia, el 911, atendido por el Servicio "
     "Integrado de Seguridad ECU 911, que reúne en sus salas de operaciones a la policía, los "
     "bomberos, la salud pública, las fuerzas armadas, la gestión de riesgos y los agentes de "
     "tránsito. Este conjunto de datos publica las llamadas y alertas recibidas por mes, provincia "
     "y hora: su número, las falsas o de broma, los tiempos de atención y de despacho, y el tipo "
     "de emergencia (siniestros de tránsito, violencia, incendios, emergencias médicas, "
     "inundaciones, deslizamientos, erupciones). Incluye los días del terremoto de 2016, cuando "
     "las salas de Manabí y Esmeraldas recibieron cientos de miles de llamadas, y notas sobre el "
     "botón de alerta de los celulares y las videocámaras. El Tungurahua, El Niño y la minería "
     "ilegal se mencionan de paso.",
     ("números de emergencia", "ECU 911", "llamadas de emergencia", "gestión de emergencias",
      "conjuntos de datos"),
     ("EC",), "2025-10"),
    # --- water documentation centres (libraries and resource centres on water) --------------------
    ("gp22", "need", "en",
     "Need: saving and digitising the collection of a water and sanitation resource centre in "
     "Kathmandu",
     "For over thirty years a resource centre in Kathmandu, run by a national NGO, has gathered "
     "what Nepal learned about drinking water schemes, toilets and hygiene: project reports, "
     "designs of gravity-flow schemes, evaluations, training manuals in Nepali, posters and "
     "theses, some 25,000 items, many found nowhere else. Engineers, students and district "
     "officers use its reading room and ask for copies by email. The 2015 earthquake cracked the "
     "building, damp is spoiling the older papers, and the catalogue runs on an outdated program. "
     "The centre asks for help to move the collection onto safe shelving, digitise and catalogue "
     "the 8,000 most requested documents with an open-source library system, put them in an online "
     "repository and train two documentalists. Landslides, the Melamchi water supply project and "
     "the monsoon are named in passing.",
     ("documentation centres", "resource centres", "water and sanitation", "digitisation", "needs"),
     ("NP",), "2025-07"),
    ("gp23", "project", "fr",
     "Projet : un centre de documentation numérique sur l'eau et l'assainissement à Ouagadougou",
     "À Ouagadougou, le centre de documentation d'un institut d'ingénierie de l'eau et de "
     "l'environnement conserve depuis les années 1970 des mémoires d'ingénieurs, des thèses, des "
     "rapports d'études de barrages et de forages, des cartes hydrogéologiques et des normes "
     "techniques de toute l'Afrique de l'Ouest et du Centre. L'essentiel n'existe que sur papier. "
     "De 2025 à 2027, ce projet, mené avec la direction générale des ressources en eau et un "
     "réseau de bibliothèques universitaires, numérise 12 000 documents, les décrit selon des "
     "normes communes, ouvre un portail en libre accès et relie le catalogue à ceux d'autres "
     "centres de documentation de la sous-région. Il forme aussi des documentalistes des agences "
     "de l'eau et crée un service de questions-réponses pour les communes. La sécheresse, les "
     "petits barrages et l'orpaillage ne sont cités qu'en passant.",
     ("centres de documentation", "eau et assainissement", "numérisation", "bibliothèques",
      "projets"),
     ("BF",), "2025-03"),
    ("gp24", "support-source", "es",
     "Oferta: préstamo, búsquedas y boletines del centro de documentación del agua de Zaragoza",
     "El centro de documentación del agua y el medio ambiente del Ayuntamiento de Zaragoza, que "
     "creció tras la Exposición Internacional de 2008 sobre el agua y el desarrollo sostenible, "
     "ofrece gratis sus servicios a técnicos municipales, comunidades de regantes, ONG, docentes y "
     "estudiantes de España y de América Latina: préstamo de libros y documentales, también por "
     "correo; búsquedas bibliográficas a demanda sobre abastecimiento, depuración, ríos, cambio "
     "climático o cultura del agua; un boletín mensual de novedades y de legislación; acceso a su "
     "repositorio de documentos digitales; y visitas guiadas y talleres para aprender a buscar "
     "información. A los centros de documentación asociados de América Latina les envía además "
     "documentos digitalizados. La Expo, las riadas del Ebro y el cierzo se mencionan de paso.",
     ("centros de documentación", "información sobre el agua", "bibliotecas", "Zaragoza",
      "ofertas"),
     ("ES",), "2025-04"),
    # --- photo contests (on water, rivers and climate) --------------------------------------------
    ("gp25", "event", "en",
     "Photo contest 'Living with water': young Bangladeshis photograph climate change in their "
     "districts",
     "A national climate change trust and a Dhaka daily newspaper invite people aged 15 to 30 to "
     "enter the 2026 photo contest 'Living with water'. Entrants send up to three photographs, "
     "taken with a phone or a camera during the past year, of how floods, cyclones, river erosion, "
     "salinity or heat change daily life in their district and of how people adapt: raised "
     "plinths, floating gardens, boats, rainwater jars. Each photo needs a caption of up to 80 "
     "words and the consent of the people shown. Entries close on 31 July; a jury of "
     "photojournalists and climate scientists picks thirty finalists, whose photos are shown at an "
     "exhibition in Dhaka in September and then in six district towns. Prizes include cameras and "
     "a workshop with a photojournalist. Drawing contests, short films and cyclone shelters are "
     "named in passing.",
     ("photo contests", "climate change", "young people", "photography", "events"),
     ("BD",), "2025-11"),
    ("gp26", "support-source", "fr",
     "Offre : concours photo « Rivières de Wallonie » et prêt de l'exposition des photos lauréates",
     "Chaque année, les contrats de rivière de Wallonie organisent un concours photo ouvert à "
     "tous, en trois catégories (adultes, moins de 18 ans, photos prises au téléphone), sur les "
     "rivières, les zones humides et l'eau au quotidien : paysages, faune, crues, pollutions, "
     "usages. Un jury de photographes et de gestionnaires de l'eau désigne les lauréats, qui "
     "reçoivent des bons d'achat et voient leurs photos publiées. Les 40 meilleures photographies "
     "des cinq dernières éditions, imprimées sur bâches avec leurs légendes et des panneaux sur la "
     "gestion de l'eau par bassin, forment une exposition que les contrats de rivière prêtent "
     "gratuitement pour un mois aux communes, écoles, bibliothèques et maisons de repos, transport "
     "et montage compris, avec un dossier pédagogique qui invite les classes au prochain concours. "
     "Les inondations de juillet 2021, la Meuse et les castors ne sont cités qu'en passant.",
     ("concours photo", "rivières", "photographie", "sensibilisation", "offres"),
     ("BE",), "2025-05"),
    ("gp27", "dataset", "es",
     "Fotografías premiadas del concurso nacional de fotografía sobre el agua de Costa Rica, "
     "2012-2025",
     "Desde 2012 el instituto nacional de acueductos y alcantarillados y el ministerio de ambiente "
     "convocan cada año un concurso de fotografía sobre el agua, con categorías para aficionados, "
     "estudiantes y fotos tomadas con el celular, y desde 2019 con un tema sobre el cambio "
     "climático. Este conjunto de datos reúne, por edición, las bases del concurso, el número de "
     "fotografías recibidas por provincia y categoría, datos anónimos de los participantes y las "
     "420 fotografías premiadas o con mención, publicadas con licencia libre, con su pie de foto, "
     "lugar y fecha y una clasificación de lo que muestran: nacientes, ríos contaminados, sequía "
     "en Guanacaste, inundaciones en el Caribe, manglares, personas que cuidan el agua. Sirve para "
     "exposiciones, materiales educativos y estudios de percepción. Los acueductos comunales, las "
     "tortugas y los volcanes se mencionan de paso.",
     ("concursos de fotografía", "agua", "cambio climático", "fotografía", "conjuntos de datos"),
     ("CR",), "2025-06"),
    # --- World Toilet Day (19 November and its campaigns) -----------------------------------------
    ("gp28", "event", "en",
     "World Toilet Day in Nigeria: school events, open defecation free pledges and a sanitation "
     "fair in Abuja",
     "On 19 November, World Toilet Day, Nigeria's water resources ministry and its national "
     "campaign to end open defecation hold events across the country, where some 48 million people "
     "still have no toilet at all. The 2026 programme includes a sanitation fair in Abuja where "
     "masons, plastic moulders and small firms show affordable toilets, slabs and pans and explain "
     "household loans; a march by schoolchildren in Kano and toilet-cleaning competitions between "
     "schools; debates on toilets for women, girls and people with disabilities; certificates for "
     "the local government areas declared open defecation free; and radio phone-ins in Hausa, "
     "Yoruba and Igbo. Each state is asked to report the toilets built during the year. "
     "Handwashing, faecal sludge and cholera are named in passing.",
     ("World Toilet Day", "sanitation", "open defecation", "awareness campaigns", "events"),
     ("NG",), "2025-09"),
    ("gp29", "case-study", "fr",
     "Étude de cas : dix ans de Journée mondiale des toilettes à Madagascar, du défilé au "
     "porte-à-porte",
     "Depuis 2014, le ministère de l'eau, de l'assainissement et de l'hygiène et les ONG du "
     "secteur font du 19 novembre, Journée mondiale des toilettes, un temps fort de la campagne "
     "nationale pour l'assainissement : défilés et concerts à Antananarivo, prix de la commune la "
     "plus propre, visites de latrines modèles, émissions de radio en malgache et, depuis 2019, "
     "porte-à-porte dans les fokontany pour convaincre les ménages de construire leurs latrines. "
     "Cette étude de cas, menée par une université et un réseau d'ONG, cherche ce que cette "
     "journée a changé : couverture médiatique, engagements des maires, ventes de dalles et de "
     "cabines les mois suivants, souvenirs des habitants interrogés à Toamasina et à Fianarantsoa. "
     "Elle conclut que l'effet ne dure que si la journée s'appuie sur un suivi toute l'année. Le "
     "lavage des mains, la vidange des fosses et la peste ne sont cités qu'en passant.",
     ("Journée mondiale des toilettes", "assainissement", "latrines", "sensibilisation",
      "études de cas"),
     ("MG",), "2025-02"),
    ("gp30", "support-source", "es",
     "Oferta: materiales y charlas para celebrar el Día Mundial del Baño en las escuelas de El "
     "Alto y La Paz",
     "Cada 19 de noviembre, el Día Mundial del Retrete, que en Bolivia muchos llaman Día Mundial "
     "del Baño, recuerda que millones de personas aún no tienen un baño digno. Una fundación "
     "boliviana de saneamiento, con la empresa de agua y los gobiernos municipales de El Alto y La "
     "Paz, ofrece a las unidades educativas un paquete para celebrar la fecha: guías para docentes "
     "de primaria y secundaria, afiches y cuentos en castellano y aymara, un juego de preguntas "
     "sobre el baño, el lavado de manos y la higiene menstrual, charlas de técnicos en las aulas y "
     "visitas a la planta de tratamiento de aguas residuales de Puchukollo. También ofrece "
     "pequeños fondos para que los estudiantes arreglen y pinten los baños de su escuela. Los "
     "baños secos ecológicos, el río Choqueyapu y el granizo se mencionan de paso.",
     ("Día Mundial del Retrete", "Día Mundial del Baño", "saneamiento", "escuelas", "ofertas"),
     ("BO",), "2025-08"),
)  # fmt: skip
