"""Clearing-house records of the hundred-and-fifty-seventh judged relevance set
(tests/search/relevance/queries157.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: groundwater pages on
transboundary aquifers (a project that puts to work the agreement of 2015 between Jordan and Saudi
Arabia on the Saq-Ram aquifer, the Disi; a need to organise the cooperation of Senegal, Mauritania,
the Gambia and Guinea-Bissau on the aquifère transfrontalier of the bassin sénégalo-mauritanien; a
case study of the Acuerdo sobre el Acuífero Guaraní between Argentina, Brazil, Paraguay and
Uruguay); urban sanitation pages on missing and stolen manhole covers (a dataset of the open
manholes reported in Karachi, Pakistan; a need to close the regards d'égout and caniveaux left open
when their tampons, the plaques d'égout, are stolen in Douala, Cameroon; a project that replaces the
stolen tapas de alcantarilla of Bogotá, Colombia, with covers worthless as scrap); ocean observation
pages on wave buoys (a project of two directional wave buoys for the coastal inundation warnings of
Tonga; a dataset of the houlographes of the CANDHIS network, France; a need for boyas de oleaje for
the avisos de oleajes anómalos of Peru); coastal pages on accessible beaches (a case study of twenty
years of the Praia Acessível label, Portugal; an offer, a support source, of fauteuils amphibies,
tapis d'accès and training for the baignade accompagnée and the Handiplage label on the beaches of
Guadeloupe; a dataset of the playas accesibles of Montevideo, with their sillas anfibias and baños
asistidos, Uruguay); winter hazard pages on snow loads on roofs (a guide, a document, to clearing
snow from roofs safely in Japan's heavy-snow areas; a journée technique, an event, on the surcharge
de neige and the déneigement of the toitures of public buildings, in Sion, Valais, Switzerland; a
case study of the cubiertas that collapsed under the snow of the borrasca Filomena in Madrid,
Spain); disaster pages on cultural heritage (a dataset of the heritage monuments damaged by the
earthquake of 2015 in Nepal, with the objects salvaged; a case study of the plans de sauvegarde des
biens culturels of the Paris museums after the crue de la Seine of June 2016, France; a project of
brigadas de respuesta para el patrimonio cultural for the templos and conventos damaged by the
sismos of September 2017 in Puebla and Morelos, Mexico); weather communication pages on television
weather presenters (an offer, a support source, of courses and climate briefings for the television
and radio weather presenters of Kenya; an atelier, an event, for the présentateurs météo of West
African televisions in Niamey, Niger; a guía, a document, for the presentadores del tiempo on how to
talk about climate change, Spain); urban water pages on xeriscaping (a dataset of the lawns turned
into waterwise gardens under the rebates of Perth, Australia; a need to convert the espaces verts of
Marrakech to xéropaysagisme, Morocco; a guía de xerojardinería for the áreas verdes of the
municipalities of central Chile); severe weather pages on storm spotters (the SKYWARN storm spotter
training sessions, an event, of central Oklahoma, United States; a project of observateurs bénévoles
du temps violent, with chasseurs d'orages, for the orages of southern Québec, Canada; a need for a
red de observadores voluntarios de tormentas severas, with the cazadores de tormentas, in Mendoza
and southern Córdoba, Argentina); and rural access pages on trail bridges (a case study of the trail
bridges, suspension footbridges, of rural Rwanda; an offer, a support source, to design and build
passerelles piétonnes suspendues in the countryside of Madagascar; a project of puentes de hamaca
for the aldeas that rivers cut off in western Honduras). English, French and Spanish, 10 records
each, every topic written once in each language (different countries, projects and angles, not
translations of one text).

None of records.py, records3.py, ..., records153.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (transboundary aquifer, shared aquifer, aquifer system, fossil
water, groundwater, Nubian, Saq, Disi, Guaraní, Guarani, ISARM, aquifère, aquifère transfrontalier,
aquifère partagé, système aquifère, nappe, eau fossile, nappe fossile, Maastrichtien,
sénégalo-mauritanien, Sahara septentrional, acuífero, acuífero transfronterizo, acuífero compartido,
sistema acuífero, agua fósil, transboundary, transfrontalier, transfronterizo; manhole, manhole
cover, open manhole, drain cover, cast iron, regard, plaque d'égout, tampon, bouche d'égout, fonte,
tapa de alcantarilla, tapas, pozo de registro, pozo de visita, cámara de inspección, coladera,
buzón; wave buoy, Waverider, directional, wave height, swell, buoy, houlographe, bouée, houle,
CANDHIS, boya, boya de oleaje, red de boyas, oleaje, oleajes anómalos; accessible beach, beach
wheelchair, amphibious wheelchair, beach mat, wheelchair, disability, reduced mobility,
accessibility, plage accessible, Handiplage, Tiralo, fauteuil amphibie, fauteuil roulant, handicap,
mobilité réduite, playa accesible, playa inclusiva, silla anfibia, silla de ruedas, discapacidad,
movilidad reducida; snow load, roof collapse, roof snow, snow, surcharge de neige, charge de neige,
poids de la neige, déneigement, neige, sobrecarga de nieve, carga de nieve, nieve, nevada, colapso,
tejado, Filomena; cultural heritage, heritage, museum, monument, collections, archives, World
Heritage, patrimoine culturel, patrimoine mondial, musée, biens culturels, plan de sauvegarde,
patrimonio cultural, patrimonio mundial, museo, templo, convento, retablo, INAH; weather presenter,
weathercaster, television, broadcast, meteorologist, présentateur, télévision, bulletin météo,
météorologue, presentador, hombre del tiempo, televisión, información meteorológica, meteorólogo;
xeriscape, xeriscaping, waterwise, water-wise, drought-tolerant, lawn, turf, watering,
xéropaysagisme, xérophile, jardin sec, gazon, arrosage, xerojardinería, jardín seco, césped, riego
de jardines; storm spotter, spotter, SKYWARN, CANWARN, storm chaser, severe weather, chasseur
d'orages, observateurs bénévoles, temps violent, orages violents, cazadores de tormentas,
observadores voluntarios, tormentas severas; trail bridge, footbridge, suspension bridge, bridge,
river crossing, passerelle, pont suspendu, pont de singe, franchissement, puente colgante, puente
peatonal, puente de hamaca, pasarela, oroya, tarabita). Screened and dropped as covered: fatbergs
and grease traps (the fatberg records of the wet wipes dataset dd07, the grease traps of the
restaurant fumes guide fo22 and the trampa de grasas of the laundry offer fz09), public showers
(next to the public toilets of ex10-ex12 and the lavoirs with douches and toilettes of the public
laundry need fz08), septic tanks (next to the faecal sludge emptying pages fn01-fn03), rockfall on
mountain roads (the éboulements and caída de rocas of the coastal cliff pages fz11 and fz12, and the
rockfall named by the avalanche dataset bt25), stormwater pumping stations (named by the underground
stormwater storage page ff13), child-friendly spaces and camp management (named by the psychological
first aid page fr25), parametric disaster insurance (the assurance paramétrique named by the
forecast-based financing page fn20), hail cannons (the générateurs of the hail nets page bw26 and
the lucha antigranizo of the cloud seeding page fj06), and, as sets 121 to 153 found, weather radars
(asked for by bw27 and by27), dam safety (t07, bl22, m25-m27), rainwater harvesting (r30, bx21),
cold waves (next to the frost pages bu25-bu27), community radios (bq22-bq24), online courses (n13,
n40, p40, x15), the planned relocation of villages (bq04-bq06), outdoor warning sirens (fb19, fb21)
and leak detection (fb04-fb06), besides the topics of sets 42 to 153 and those their docstrings list
as covered; screened with no or passing hits but not chosen: coastal footpaths (the sentier carried
off by a cliff fall in fz11), people who depend on electrical medical devices in power cuts (a
health and energy matter), school weather stations, photo contests, documentation centres,
windcatchers, river gauging stations and boat ambulances.

One earlier record is judged relevant in part (1). The wave energy dataset of Billia Croo, Orkney
(cv19), holds "the wave heights and periods measured by the site's Waverider buoys" among its data,
next to the devices deployed and the wildlife counts: it names wave buoy measurements among several
things, and is judged 1 to the wave buoy queries that do not restrict it away (wave buoys,
houlographes, boyas de oleaje, wave buoys -France, boyas de oleaje -Perú, and jeux de données bouées
de houle, since it is a dataset), and 0 to the query that asks for Tonga. All the other hits are
passing or about other things, judged 0: the groundwater level monitoring networks (gd13-gd15), the
saltwater intrusion pages (fn07-fn09), the river basin organisations with transboundary waters among
their subjects (r04-r06, r05 on the OMVS of Senegal, Mauritania, Mali and Guinea), the manual
drilling pages (fj13-fj15), the greywater project of Tafila, Jordan, that names the Disi aquifer in
passing (fr01), the hot springs pages (bo07-bo09) and the Guaraní families of the Bolivian Chaco
(el21), no aquifer shared by countries; the cast-iron manhole covers that follow copper cable to the
scrap yard in the metal theft guidance (er19) and the robo de tapas de alcantarilla that the Bogotá
cable theft need leaves aside (er21), the simple manholes of the lane sewers of Orangi, Karachi
(fr04), the workers who die entering manholes (y16), the storm drain marking pages (fr16-fr18, with
the plaques near the avaloirs of fr17) and the coladeras of the drain desilting guide (fb09), no
missing manhole covers; the Argo floats (fb28-fb30, with the boyas fondeadas of fb30), the HF radars
(fj01-fj03, with the houlographes named by fj02 and the boyas that validate the radars of fj03), the
buoy network with temperature sensors asked for by the marine heatwave need (cy21), the boyas
oceanográficas of the fjord baseline need (bs06), the tide gauges (ex04-ex06), the marine forecasts
for fishers (fr13-fr15) and the rip current forecasts made from modelled wave heights (fb13), no
wave buoys; the Blue Flag beaches (by18), the bathing water pages (fr07-fr09, with fr09 on the
beaches of Montevideo), the rip currents (fb13-fb15), the snorkel trail guide that welcomes
personnes handicapées (cs26), the public toilets with wheelchair access (ex11, ex12) and the
accessible information pages (dv25-dv27), no accessible beaches; the snow surveys (ff04-ff06), the
avalanche pages (bt25-bt27), the ice storms (gd01-gd03), the road salt pages with their déneigement
(bm28-bm30), the fire hydrants cleared of snow in Laval (fn17), the storm naming jornada (fv12) and
the woodcock page (dq06) that name the borrasca Filomena, no snow load on roofs; the collapses of
the dilapidated houses of the Casbah of Algiers, a medina on the World Heritage list, with the
office de gestion des biens culturels (gd17), a housing and maintenance matter rather than the
protection of heritage from a disaster, the retrofitting of houses and the microzonation after the
Nepal earthquake (fb22, fz19), the post-earthquake building assessments (ff07-ff09), the earthquake
early warning pages (ex25-ex27) and the disaster waste pages (dz04-dz06), no cultural heritage in
disasters; the storm naming pages (fv10-fv12, fv12 a jornada para periodistas), the environmental
journalism pages (bq22-bq24), the cell broadcast alerts (fb19-fb21) and the earthquake alerts
broadcast on television (ex27), no weather presenters; the water rationing pages (ff16-ff18, with
the garden watering bans of the Day Zero guide ff16), the water-saving devices (gd19-gd21), the
reduced-mowing verges and lawns (co19), the lawn pesticide pages (ed19-ed21), the artificial turf
pages (ch16-ch18), the golf course pages (cw16-cw18) and the rain gardens (de25-de27), no
xeriscaping; the CoCoRaHS volunteers who read rain gauges and hail pads every morning (fn25) and the
other community rain gauge pages (fn26, fn27, with the observadores voluntarios of fn27), the
tornado dataset kept by an observatoire associatif with observateurs bénévoles (by26) and the other
tornado, hail and lightning pages (by25, by27, bw25-bw27, bx25-bx27), and the amateur radio pages
(fj19-fj21), no storm spotters; and the canopy walkways with their suspension bridges, passerelles
and puentes colgantes for tourists (de22-de24), the low-water crossings (gd04-gd06), the swiftwater
rescue pages (fz16-fz18) and the canopy bridges for sloths (bn10), no trail bridges.

records154.py (ids ge01..ge30, on chemicals, waste, pollution, energy, health, trade and enforcement
topics), records155.py (ids gf01..gf30, on biodiversity topics) and records156.py (ids gg01..gg30,
on agriculture, fisheries, forestry, food and land topics), written at the same time by three other
engineers, were searched for the same words once they were finished (with their queries154.tsv,
queries155.tsv and queries156.tsv, 60 queries each), before these records were judged. Their topics
are patio heaters, standby power, decorative ethanol fireplaces, eyelash extensions, liquid nitrogen
in ready-to-eat food, metalworking fluids, epoxy resins, lead arsenate in the soils of former
orchards, used cork stoppers and DEHP in medical devices (records154.py); slow worms, eagle owls,
the Rosalia longicorn, the Killarney fern, gypsum habitats, lily of the valley, nuthatches, sea
kale, heliconias and moles (records155.py); and the European grapevine moth, potato cyst nematodes,
white spot disease of farmed shrimp, American foulbrood of honey bees, participatory guarantee
systems, pine pitch canker, community animal health workers, inshore zones reserved for artisanal
fishing, cassava peels and the olive fruit fly (records156.py). None of their records names a
transboundary aquifer, a missing manhole cover, a wave buoy, an accessible beach, snow on roofs, the
protection of cultural heritage in a disaster, a weather presenter, xeriscaping, a storm spotter or
a trail bridge. The nearest are passing or about other things and judged 0: the sea kale pages
(gf22-gf24) are about a plant of the shingle beaches and playas de cantos, not about beaches
equipped for people with disabilities; the bouées that mark the limit of the zone reserved for
artisanal fishing off Guinea (gg23) measure no waves; the televisions left on standby (ge04, ge06)
are no weather presenters; the state natural heritage program of the lily of the valley guidance
(gf16) is no cultural heritage; the eaux souterraines named by the lead arsenate dataset of the
Montérégie (ge23) are no shared aquifer, and the selladores de techos of the epoxy project (ge21) no
snow on roofs; and the eyelash extension need of Douala (ge11) and the eyelash guide that names
Bogotá (ge12) share only a city with the manhole cover pages. None of their records answers a query
of this set, and none of their queries is repeated in queries157.tsv.

Traps: the name Disi (named in passing by the greywater project of Tafila, fr01), the fossil water,
Amman (the water-saving devices of gd19), the radium, the water level and salinity readings (next to
the groundwater monitoring networks gd13-gd15), the centre-pivot farms and the Red Sea desalination
plan (the desalination pages bs19-bs21) of gh01; Dakar, the champs captants, the eau salée (the
saltwater intrusion pages fn07-fn09), the fluor (the fluoride pages x04-x06), the organisation du
bassin du fleuve Sénégal (the OMVS of r05), the arachide and the usine de dessalement des Mamelles
of gh02; the termas de Salto, Concordia y Federación (next to the hot springs pages bo07-bo09), the
agroquímicos, the datos de pozos, the soja and the represas del Paraná (the dam pages m25-m27) of
gh03; the monsoon floodwater, the rickshaws, the scrap dealers (next to the metal theft guidance
er19), the complaints app, the sewer cleaners (the hydrogen sulfide page y16) and Karachi (the lane
sewers of Orangi, fr04) of gh04; the ferrailleurs, the caniveaux (next to the drain desilting pages
fb07-fb09), the moto-taxis, the noyades, the inondations, the curage and the choléra of gh05; the
chatarrerías and the hurto de cables (the cable theft need er21, also in Bogotá), the cámaras de
inspección, the sumideros tapados por basura (next to the storm drain marking pages fr16-fr18), the
inundaciones and the campañas en colegios of gh06; the swells over the reef on calm days, the
ferries, the wave model, the marine bulletins (the marine forecasts for fishers fr13-fr15), the
volcanic eruption and tsunami of 2022 (the tsunami pages bs25-bs27), the tide gauges (ex04-ex06) and
ciguatera (cv04-cv06) of gh07; the digues and ports (the seawalls fb10-fb12), the érosion du
littoral (m10-m12), the submersions marines and the tempête Xynthia, the chalutiers, the marégraphes
(ex05), the radars HF (fj01-fj03) and the énergies marines (the wave energy pages cv19-cv21) of
gh08; the malecones and muelles, the modelo numérico, the derrame de petróleo de Ventanilla (next to
the oil spill pages k07-k09), the tsunamis (bs25-bs27) and the anchoveta of gh09; the walkways and
mats, the lifeguards, the rivers and reservoirs, the Blue Flag awards (by18), the rip currents
(fb13-fb15) and the erosion of the dunes (the dune pages bt04-bt06) of gh10; the tapis d'accès en
matière recyclée, the maîtres-nageurs, the douches et sanitaires (next to the public toilets
ex10-ex12), the sargasses (w31-w33), the courants d'arrachement (fb13-fb15) and the qualité des eaux
de baignade (fr07-fr09) of gh11; the rambla, the coches de bebé, the baños y duchas adaptados, the
guardavidas, the banderas de calidad del agua (the Montevideo beach water guide fr09), the
floraciones de cianobacterias (the harmful algal bloom pages w40-w42) and the erosión de la rambla
of gh12; the avalanches (bt25-bt27), the ladders, the sheds, carports and barns, the volunteer teams
for older residents, the snow-melting road sprinklers (next to the road salt pages bm28-bm30) and
the carbon monoxide from vents blocked by snow (cb07-cb09) of gh13; the halles agricoles, the salle
de gymnastique, the écoles fermées, the normes, the harnais et lignes de vie, the avalanches (bt26),
the bulletin d'enneigement (next to the snow surveys ff04-ff06) and the verglas (gd01-gd03) of gh14;
the borrasca Filomena (named by fv12 and dq06), the hielo, the invernaderos, the bomberos, the
arbolado caído, the nombre de las borrascas (the storm naming pages fv10-fv12) and the sal en las
calles (bm28-bm30) of gh15; the Gorkha earthquake (the retrofitting of houses fb22 and the
microzonation of the Kathmandu Valley fz19, both in Nepal), the rubble (next to the disaster waste
pages dz04-dz06), the soldiers and monks, the reconstruction methods, the landslides (bv25-bv27) and
the tourism revenue of gh16; the crue de la Seine, the réserves en sous-sol, the exercices with the
sapeurs-pompiers (next to the emergency drills of k09, o09 and y18), Liévin, the incendie de
Notre-Dame, the repères de crue (ex07-ex09) and the batardeaux (fn14) of gh17; the sismos de 2017
(next to the post-earthquake assessment guide of Mexico City ff09), the cúpulas y campanarios, the
escombros (dz04-dz06), the protección civil, the refuerzos estructurales de viviendas (fb22-fb24),
the alerta sísmica (ex25-ex27) and the turismo religioso of gh18; the long rains and floods, the
impact-based warnings, the community radio stations (bq22-bq24), the locust swarms, the El Niño
floods and the mobile phone alerts (fb19-fb21) of gh19; the carte de vigilance, the prévisions
saisonnières (the PRESASS forecasts of ce23), the vagues de chaleur, the journalistes (bq22-bq24),
the tempêtes de sable (x07-x09), the inondations du fleuve Niger (the rapid mapping atelier of
Niger, fv23) and the radios communautaires (bq23) of gh20; the olas de calor (the heat action plans
w19-w21), the incendios, the estudios de atribución, the avisos por colores, the nombres de las
borrascas (the storm naming jornada fv12), the polen (the ragweed pages bq25-bq27) and the dana de
Valencia (dz06, fn15) of gh21; the desalination (bs19-bs21) and the deep aquifers, the drip
irrigation, the verge, the sprinkler rosters (next to the water rationing pages ff16-ff18), the
bushfire risk and the black cockatoos (the Great Cocky Count of ev07) of gh22; the gazon, the
sécheresse, the barrages, the goutte-à-goutte (the drip irrigation pages bx19-bx21), the eaux usées
épurées, the pépinière, the palmeraies (the oases of z04), the golfs (cw16-cw18) and the fontaines
des riads of gh23; the megasequía, the bandejones, the césped, the jardín botánico (the botanic
garden pages u16-u18), the quillay and the peumo, the mulch, the incendios forestales, the decretos
de escasez hídrica (ff16-ff18) and the parques de la precordillera of gh24; the tornado season
(by25-by27), the amateur radio operators (fj19-fj21), the hail size, the lightning (bx25-bx27), the
flooded roads (gd04-gd06), the radar, the outdoor warning sirens (named by fb19 and fb21), the storm
shelters and the school drills of gh25; the grêle (the hail pages bw25-bw27), the tornades de
l'Outaouais, the radioamateurs (fj20), the pièces de monnaie, the verglas (the Québec ice storm
dataset gd02), the inondations printanières and the foudre (bx26) of gh26; the granizo, the tornados
(by27), the alertas por colores, the redes sociales, the radioaficionados (fj21), the radar, the
mallas antigranizo (bw27), the lucha antigranizo con aviones (next to the cloud seeding pages
fj04-fj06) and the vendimia of gh27; the people swept away (the swiftwater rescue pages fz16-fz18),
the river crossings (next to the low-water crossings gd04-gd06), the livestock, the maintenance
committees, the flash floods, the landslides (bv25-bv27) and the motorcycle taxis (the electric
motorcycle taxis of Kigali, cd13) of gh28; the pirogues, the ponts de bois emportés, the cyclones
(the cyclone shelters of Madagascar, ex23), the enfants qui se noient, the radiers (the radiers
submersibles of gd05) and the taxis-brousse of gh29; and the troncos and cuerdas, the personas
arrastradas por la corriente (fz16-fz18), the mancomunidades, the Ocotepeque border region, the
tormentas Eta e Iota (the hurricane pages bz25-bz27), the deslizamientos and the cosecha de café of
gh30. Letters: the Saq-Ram or Disi aquifer of gh01, the aquifère transfrontalier of the bassin
sénégalo-mauritanien of gh02 and the Sistema Acuífero Guaraní of gh03 are transboundary aquifers,
shared groundwater managed by two or more countries together; the open and missing manhole covers of
gh04, the regards d'égout whose tampons or plaques d'égout are stolen of gh05 and the tapas de
alcantarilla robadas of gh06 are one urban hazard; the directional wave buoys of gh07, the
houlographes of gh08 and the boyas de oleaje of gh09 are moored buoys that measure waves; the
accessible beaches of gh10, the plages accessibles with their fauteuils amphibies of gh11 and the
playas accesibles with their sillas anfibias of gh12 are beaches equipped for people with
disabilities; the roof snow clearing of gh13, the surcharge de neige sur les toitures of gh14 and
the sobrecarga de nieve and colapso de cubiertas of gh15 are snow loads on roofs; the heritage
monuments salvaged after the Nepal earthquake of gh16, the plans de sauvegarde des biens culturels
of gh17 and the brigadas de respuesta para el patrimonio cultural of gh18 are the protection of
cultural heritage in disasters; the weather presenters of gh19, the présentateurs météo of gh20 and
the presentadores del tiempo of gh21 are the people who present the weather on television and radio;
the waterwise gardens of gh22, the xéropaysagisme of gh23 and the xerojardinería of gh24 are
xeriscaping; the storm spotters of gh25, the observateurs bénévoles du temps violent and chasseurs
d'orages of gh26 and the observadores voluntarios and cazadores de tormentas of gh27 are volunteers
who watch severe storms and report them to the weather service; and the trail bridges of gh28, the
passerelles piétonnes suspendues of gh29 and the puentes de hamaca of gh30 are pedestrian suspension
bridges over rivers. The golden files name none of them (their "roof" is in waterproofing, their
"heritage" the cultural heritage studies of a Tamil literature record, their "lawn" the lawn and
turf care uses of a pesticide, their "wheelchair" the wheelchair dependence of a health study, and
their "storage" and "representerar" are no storm and no presenter).

For the country queries: gh01 names Jordan (Amman) and Saudi Arabia; gh02 Senegal (Dakar),
Mauritania, the Gambia and Guinea-Bissau; gh03 Argentina (Concordia, Federación, the Paraná, San
Juan), Brazil (São Paulo), Paraguay and Uruguay (Salto); gh04 only Pakistan (Karachi); gh05 only
Cameroon (Douala); gh06 only Colombia (Bogotá); gh07 only Tonga (Tongatapu, Ha'apai); gh08 only
France (the Manche, the Atlantic and Mediterranean coasts, the outre-mer); gh09 only Peru (Paita,
Chimbote, the Callao, Pisco, Ilo, Ventanilla); gh10 only Portugal; gh11 only Guadeloupe
(Sainte-Anne, Deshaies), code GP; gh12 only Uruguay (Montevideo, the Cerro, Carrasco, Pocitos,
Malvín); gh13 only Japan (Hokkaido, Hokuriku); gh14 only Switzerland (the Valais, Sion); gh15 only
Spain (Madrid); gh16 only Nepal (Kathmandu, Patan, Bhaktapur, Gorkha); gh17 only France (Paris,
Liévin); gh18 only Mexico (Puebla, Morelos, the Estado de México); gh19 only Kenya; gh20 Niger
(Niamey), with West Africa and the pays voisins unnamed; gh21 only Spain (Valencia named); gh22 only
Australia (Perth); gh23 only Morocco (Marrakech); gh24 only Chile (the regions Metropolitana, de
Valparaíso and de O'Higgins); gh25 only the United States (Oklahoma); gh26 only Canada (Québec, the
Outaouais); gh27 only Argentina (Mendoza, Córdoba); gh28 only Rwanda; gh29 only Madagascar
(Antananarivo); gh30 only Honduras (Lempira, Intibucá, Ocotepeque).

Ids (gh01..gh30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., gb01..gb30,
gc01..gc30, gd01..gd30), nor with records154.py's (ge01..ge30), records155.py's (gf01..gf30) or
records156.py's (gg01..gg30), and no earlier id starts with "gh".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- transboundary aquifers (shared groundwater) ----------------------------------------------
    ("gh01", "project", "en",
     "Sharing the Disi: joint management of the Saq-Ram transboundary aquifer by Jordan and Saudi "
     "Arabia",
     "The Saq-Ram aquifer, called the Disi in Jordan, is a sandstone aquifer that stretches from "
     "southern Jordan far into northern Saudi Arabia. Its water, tens of thousands of years old, "
     "is fossil water that rain barely renews, yet it irrigates large farms on both sides of the "
     "border and, since 2013, is piped 325 kilometres north to supply Amman. In 2015 the two "
     "countries signed an agreement that sets a protected zone along the border where no new "
     "wells may be drilled, limits pumping for agriculture near it and creates a joint technical "
     "committee. This project of the two water ministries, with a regional research centre, puts "
     "the agreement to work: a shared database of wells and abstraction, water level and salinity "
     "readings exchanged every year, a common groundwater model to test pumping scenarios, and "
     "joint training for hydrogeologists of both countries. Radium in the water, the centre-pivot "
     "farms and the Red Sea desalination plan are named in passing.",
     ("transboundary aquifers", "shared groundwater", "Saq-Ram aquifer", "water cooperation",
      "projects"),
     ("JO", "SA"), "2025-02"),
    ("gh02", "need", "fr",
     "Besoin : organiser la coopération sur l'aquifère transfrontalier du bassin "
     "sénégalo-mauritanien",
     "Sous le Sénégal, la Mauritanie, la Gambie et la Guinée-Bissau s'étend un même système "
     "aquifère, celui du bassin sédimentaire sénégalo-mauritanien, dont la nappe du Maastrichtien "
     "fournit l'essentiel de l'eau potable de Dakar et de nombreuses villes et villages de la "
     "sous-région. Les forages se multiplient, le niveau baisse autour des grands champs captants "
     "et l'eau salée ou trop fluorée progresse par endroits. Chaque pays gère pourtant sa part "
     "seul, avec des données dispersées. Les ministères de l'eau des quatre États, appuyés par "
     "l'organisation du bassin du fleuve Sénégal, demandent un appui pour créer un cadre de "
     "concertation et un comité technique conjoint, harmoniser les bases de données de forages et "
     "les méthodes de suivi, bâtir un modèle hydrogéologique commun et former hydrogéologues et "
     "juristes au droit des aquifères transfrontaliers. Le fluor, l'arachide et l'usine de "
     "dessalement des Mamelles ne sont cités qu'en passant.",
     ("aquifères transfrontaliers", "eaux souterraines partagées", "bassin sénégalo-mauritanien",
      "coopération régionale", "besoins"),
     ("SN", "MR", "GM", "GW"), "2025-04"),
    ("gh03", "case-study", "es",
     "El Acuerdo sobre el Acuífero Guaraní: de un proyecto regional a un tratado entre cuatro "
     "países",
     "El Sistema Acuífero Guaraní, una de las mayores reservas de agua subterránea del mundo, se "
     "extiende bajo el sur del Brasil, el noreste de la Argentina, el este del Paraguay y el "
     "norte del Uruguay. Abastece a cientos de ciudades y a industrias, alimenta las termas de "
     "Salto, Concordia y Federación, y en algunas zonas de recarga, en el Paraguay y en el estado "
     "de São Paulo, está expuesto a la contaminación por agroquímicos. Este estudio de caso de "
     "una universidad relata cómo los cuatro países pasaron de un proyecto regional financiado "
     "por organismos internacionales, entre 2003 y 2009, al Acuerdo sobre el Acuífero Guaraní "
     "firmado en San Juan en 2010, que entró en vigor en 2020: qué estudios comunes se hicieron, "
     "cómo se compartieron los mapas y los datos de pozos, por qué la ratificación tardó diez "
     "años y qué falta para crear la comisión prevista. El turismo termal, la soja y las represas "
     "del Paraná se mencionan de paso.",
     ("acuíferos transfronterizos", "Acuífero Guaraní", "aguas subterráneas",
      "cooperación regional", "estudios de caso"),
     ("AR", "BR", "PY", "UY"), "2025-05"),
    # --- missing and stolen manhole covers (open manholes) ----------------------------------------
    ("gh04", "dataset", "en",
     "Open and missing manhole covers reported in Karachi, 2019-2024: locations, repairs and "
     "victims",
     "Every monsoon, Karachi's newspapers report children and adults who fall into open manholes "
     "hidden under floodwater, and in dry weather missing covers break the wheels of rickshaws "
     "and throw motorcyclists. Many cast-iron covers are stolen at night and sold as scrap for a "
     "few hundred rupees; others are broken by heavy trucks and never replaced. This dataset, "
     "compiled by a citizens' group with the city's water and sewerage utility, holds 14,000 "
     "reports of open or missing manhole covers made through a complaints app, a helpline and "
     "volunteers' street surveys: the location, the type of road, a photo, the date of repair, "
     "whether a concrete, iron or plastic cover was fitted, and the deaths and injuries reported "
     "in the press. It shows that half of the reports come from ten union councils and that "
     "covers replaced with reinforced concrete are rarely stolen again. Urban flooding, the scrap "
     "dealers and the sewer cleaners are named in passing.",
     ("manhole covers", "open manholes", "sewerage", "street safety", "datasets"),
     ("PK",), "2025-01"),
    ("gh05", "need", "fr",
     "Besoin : refermer les regards d'égout et de caniveaux laissés ouverts à Douala",
     "À Douala, les tampons en fonte qui ferment les regards d'égout, que les habitants appellent "
     "plaques d'égout, et les dalles qui couvrent les caniveaux disparaissent par centaines "
     "chaque année, volés et revendus au poids aux ferrailleurs ou brisés par les camions. Les "
     "trous restent ouverts pendant des mois. Pendant les pluies, quand l'eau couvre la chaussée, "
     "des enfants, des piétons et des conducteurs de moto-taxi y tombent, et plusieurs noyades "
     "ont été signalées depuis 2022. La communauté urbaine, avec ses services d'assainissement et "
     "une association de riverains, demande un appui pour recenser les regards ouverts, acheter 3 "
     "000 tampons en béton armé ou en matériau composite sans valeur à la revente, poser des "
     "tampons verrouillables dans les rues les plus touchées, contrôler les ferrailleurs et créer "
     "une ligne d'alerte pour signaler les trous. Les inondations, le curage des caniveaux et le "
     "choléra ne sont cités qu'en passant.",
     ("regards d'égout", "tampons de voirie", "vols de métaux", "sécurité des rues", "besoins"),
     ("CM",), "2025-03"),
    ("gh06", "project", "es",
     "Bogotá reemplaza las tapas de alcantarilla robadas por tapas que no sirven como chatarra",
     "En Bogotá se roban o se rompen miles de tapas de alcantarilla y de cámaras de inspección "
     "cada año: las de hierro fundido se venden por kilo en las chatarrerías, y los huecos que "
     "quedan en andenes y calzadas causan caídas de peatones, ciclistas y motociclistas, sobre "
     "todo de noche o cuando las calles se inundan. Este proyecto de la empresa de acueducto y "
     "alcantarillado, con la secretaría de movilidad y la policía, reemplaza las tapas de hierro "
     "por tapas de concreto reforzado y de material compuesto, con bisagra y cierre antirrobo, en "
     "las localidades con más robos; señaliza los pozos destapados en menos de 24 horas después "
     "de cada reporte a la línea de atención; controla a las chatarrerías que compran tapas, y "
     "hace campañas en colegios y barrios. Mide cuántas tapas se reponen y en qué calles se "
     "repiten los robos. El hurto de cables, los sumideros tapados por basura y las inundaciones "
     "se mencionan de paso.",
     ("tapas de alcantarilla", "robo de metales", "alcantarillado", "seguridad vial", "proyectos"),
     ("CO",), "2024-11"),
    # --- wave buoys (wave rider buoys, houlographes) ----------------------------------------------
    ("gh07", "project", "en",
     "Wave buoys for Tonga: live swell measurements for coastal inundation warnings and safe "
     "voyages",
     "Tonga's low-lying villages on Tongatapu and in Ha'apai are flooded when distant storms send "
     "long swells over the reef, often on calm, sunny days, and inter-island ferries and small "
     "fishing boats cross open water between the island groups. Until recently the forecasters "
     "had no measurements of the waves near the islands. This project of the meteorological "
     "service, the ports authority and a regional ocean science programme has moored two "
     "directional wave buoys, one south of Tongatapu and one near Ha'apai, which send wave "
     "height, period and direction every half hour by satellite. The data check and improve the "
     "wave model behind the coastal inundation warnings and the marine bulletins broadcast on "
     "radio, and are shared with a regional network of buoys. Local technicians are trained to "
     "recover, service and redeploy the buoys. The volcanic eruption and tsunami of 2022, the "
     "tide gauges and ciguatera are named in passing.",
     ("wave buoys", "swell", "coastal inundation", "marine forecasts", "projects"),
     ("TO",), "2025-06"),
    ("gh08", "dataset", "fr",
     "Les houlographes du réseau CANDHIS : hauteur, période et direction de la houle au large des "
     "côtes françaises, 1990-2024",
     "Le réseau national CANDHIS rassemble les mesures des houlographes, des bouées ancrées qui "
     "suivent les mouvements de la surface de la mer pour mesurer les vagues, installées au large "
     "des ports et des plages de la Manche, de l'Atlantique, de la Méditerranée et de plusieurs "
     "territoires d'outre-mer. Géré par un établissement public d'expertise avec les ports, les "
     "collectivités et les services de l'État, il diffuse en temps réel la hauteur significative, "
     "la période et la direction de la houle. Ce jeu de données réunit les séries archivées de "
     "plus de 80 points de mesure, avec leurs positions, les périodes de fonctionnement et les "
     "lacunes dues aux tempêtes, aux pannes ou aux bouées arrachées par les chalutiers. Il sert à "
     "dimensionner les digues et les ports, à étudier l'érosion du littoral, à valider les "
     "modèles de prévision et à documenter les submersions marines, comme celle de la tempête "
     "Xynthia en 2010. Les marégraphes, les radars HF et les énergies marines ne sont cités qu'en "
     "passant.",
     ("houlographes", "bouées de houle", "houle", "observation du littoral", "jeux de données"),
     ("FR",), "2025-01"),
    ("gh09", "need", "es",
     "Necesidad: boyas de oleaje para los avisos de oleajes anómalos en la costa del Perú",
     "En la costa del Perú, los oleajes anómalos, trenes de olas largas que llegan de tormentas "
     "lejanas del Pacífico, cierran puertos y caletas varias veces al año, inundan malecones y "
     "dañan muelles y embarcaciones, como ocurrió a fines de diciembre de 2024. La dirección de "
     "hidrografía de la Marina emite los avisos a partir de un modelo numérico, pero casi no "
     "tiene mediciones para comprobarlo: solo una boya de oleaje ha funcionado de forma continua "
     "en los últimos años. La dirección, con la autoridad portuaria y una universidad, solicita "
     "apoyo para comprar y fondear cinco boyas direccionales de oleaje frente a Paita, Chimbote, "
     "el Callao, Pisco e Ilo, transmitir sus datos en tiempo real, formar técnicos para su "
     "mantenimiento y publicar un visor para pescadores y puertos. El derrame de petróleo de "
     "Ventanilla, los tsunamis y la pesca de anchoveta se mencionan de paso.",
     ("boyas de oleaje", "oleajes anómalos", "puertos", "avisos", "necesidades"),
     ("PE",), "2025-03"),
    # --- accessible beaches (amphibious wheelchairs, beach mats) ----------------------------------
    ("gh10", "case-study", "en",
     "Twenty years of accessible beaches in Portugal: what the 'Praia Acessível' label changed",
     "Since 2004, Portugal has awarded a yearly label to beaches that people with reduced "
     "mobility can use: a reserved parking space near the sand, a step-free approach, walkways or "
     "mats laid across the sand to the water's edge, an adapted toilet and first-aid post, and, "
     "at many of them, amphibious wheelchairs that float and can be pushed into the sea, with "
     "lifeguards or trained helpers to assist bathing. This case study, prepared by the national "
     "institute for rehabilitation with a university, follows the label from some 40 beaches to "
     "more than 200, on the coast and on rivers and reservoirs. It draws on visitor counts, "
     "interviews with wheelchair users, older people and families with small children, and "
     "municipal budgets, and shows that beaches without a trained assistant saw few users. Blue "
     "Flag awards, rip currents and the erosion of the dunes are named in passing.",
     ("accessible beaches", "people with disabilities", "amphibious wheelchairs", "coastal tourism",
      "case studies"),
     ("PT",), "2024-12"),
    ("gh11", "support-source", "fr",
     "Offre : prêt de fauteuils amphibies et formation à la baignade accompagnée pour les plages "
     "de Guadeloupe",
     "En Guadeloupe, peu de plages permettent aux personnes en fauteuil roulant, aux personnes "
     "âgées ou aux enfants handicapés d'atteindre l'eau et de se baigner. Une association d'aide "
     "aux personnes handicapées, avec le comité régional du tourisme, offre aux communes "
     "littorales un parc de fauteuils amphibies de type Tiralo et Hippocampe, prêtés pour la "
     "saison ; des tapis d'accès en matière recyclée à dérouler sur le sable ; une formation des "
     "maîtres-nageurs et des bénévoles à l'aide au transfert et à la baignade accompagnée ; et un "
     "appui pour constituer le dossier du label Handiplage, qui atteste l'accessibilité des "
     "plages, des douches et des sanitaires. Douze plages, de Sainte-Anne à Deshaies, en "
     "bénéficient déjà. Les sargasses, les courants d'arrachement et la qualité des eaux de "
     "baignade ne sont cités qu'en passant.",
     ("plages accessibles", "fauteuils amphibies", "handicap", "baignade", "offres"),
     ("GP",), "2025-04"),
    ("gh12", "dataset", "es",
     "Playas accesibles de Montevideo: equipamiento, sillas anfibias y baños asistidos por "
     "temporada, 2015-2025",
     "Desde hace más de una década, la intendencia de Montevideo habilita cada verano playas "
     "accesibles en la rambla, del Cerro a Carrasco, para que personas con discapacidad, personas "
     "mayores y familias con coches de bebé lleguen a la arena y al agua. Este conjunto de datos "
     "reúne, para cada playa y temporada, el equipamiento disponible: rampas, pasarelas de madera "
     "o alfombras sobre la arena, sillas anfibias, baños y duchas adaptados, sombra, "
     "estacionamiento reservado y guardavidas formados en asistencia al baño; los días y horarios "
     "del servicio, el número de baños asistidos y de personas atendidas, y los reclamos "
     "recibidos. Muestra que la demanda se concentra en Pocitos y Malvín y que las sillas quedan "
     "sin uso donde no hay personal. Las banderas de calidad del agua, las floraciones de "
     "cianobacterias y la erosión de la rambla se mencionan de paso.",
     ("playas accesibles", "sillas anfibias", "discapacidad", "Montevideo", "conjuntos de datos"),
     ("UY",), "2025-05"),
    # --- snow load on roofs (roof collapses and roof snow clearing) -------------------------------
    ("gh13", "document", "en",
     "Clearing snow from roofs safely: a guide for households and volunteers in Japan's "
     "heavy-snow areas",
     "In Japan's heavy-snow areas, from Hokkaido to the Hokuriku coast of the Sea of Japan, "
     "winters with several metres of snow bring dozens of deaths a year, most of them not in "
     "avalanches but during roof snow clearing: older people fall from roofs or ladders, are "
     "buried by snow sliding off the eaves, or are crushed when sheds, carports and barns "
     "collapse under the load. This guide, issued by the national land ministry with prefectures "
     "and snow research institutes, explains how much snow a roof can carry and how to judge when "
     "to clear it; never to work alone, to wear a helmet and tie a safety rope to an anchor; to "
     "keep people away from the eaves; and how municipalities can organise volunteer "
     "snow-clearing teams for older residents living alone. It also presents roofs that shed or "
     "melt their snow. Snow-melting road sprinklers, avalanches and carbon monoxide from vents "
     "blocked by snow are named in passing.",
     ("snow load", "roof snow clearing", "falls from height", "heavy snow", "guidance"),
     ("JP",), "2024-11"),
    ("gh14", "event", "fr",
     "Journée technique à Sion : surcharge de neige sur les toitures et déneigement des bâtiments "
     "publics",
     "Pendant l'hiver exceptionnellement neigeux de 2018, plusieurs toits de halles agricoles, de "
     "hangars et d'une salle de gymnastique ont cédé dans les vallées du Valais, et des communes "
     "ont fermé des écoles par précaution. Le 14 novembre 2025, la section valaisanne de la "
     "société des ingénieurs et architectes, le service cantonal de la sécurité civile et "
     "l'association des communes organisent à Sion une journée pour les communes, les gérants "
     "d'immeubles et les entreprises de couverture : calcul de la charge de neige selon les "
     "normes, signes d'alerte (fissures, portes qui coincent, craquements), mesure de la hauteur "
     "et du poids de la neige sur les toits plats, plans de déneigement des toitures des "
     "bâtiments publics et sécurité des équipes sur les toits, avec harnais et lignes de vie. Les "
     "avalanches, le bulletin d'enneigement et le verglas ne sont cités qu'en passant.",
     ("charge de neige", "toitures", "déneigement des toits", "bâtiments publics", "événements"),
     ("CH",), "2025-09"),
    ("gh15", "case-study", "es",
     "Filomena y los techos que se hundieron: lecciones de la gran nevada de enero de 2021 en "
     "Madrid",
     "El 8 y el 9 de enero de 2021, la borrasca Filomena dejó en Madrid y en buena parte del "
     "centro de España la mayor nevada en más de cincuenta años, con espesores de hasta 50 "
     "centímetros que luego se helaron durante una semana. Bajo el peso de la nieve y el hielo se "
     "hundieron cubiertas de naves industriales y de mercados municipales, marquesinas, "
     "invernaderos y techos de polideportivos y colegios. Este estudio de caso de una universidad "
     "politécnica y del colegio de arquitectos analiza 120 colapsos y daños en cubiertas: qué "
     "tipos de estructura fallaron, por qué muchas cubiertas ligeras se calcularon con "
     "sobrecargas de nieve pensadas para un clima más suave y cómo se organizó la retirada de la "
     "nieve de los tejados por bomberos y empresas. Propone revisar el mantenimiento de las "
     "cubiertas y preparar planes municipales para nevadas extremas. El arbolado caído, el nombre "
     "de las borrascas y la sal en las calles se mencionan de paso.",
     ("sobrecarga de nieve", "colapso de cubiertas", "nevadas", "Madrid", "estudios de caso"),
     ("ES",), "2025-01"),
    # --- cultural heritage in disasters (first aid to heritage, evacuation of collections) --------
    ("gh16", "dataset", "en",
     "Heritage monuments damaged by the 2015 Nepal earthquake: damage grades, salvaged objects "
     "and reconstruction status",
     "The Gorkha earthquake of 25 April 2015 and its aftershocks damaged or destroyed more than "
     "700 heritage monuments in Nepal: temples, pagodas, palaces and monasteries in the Durbar "
     "Squares of Kathmandu, Patan and Bhaktapur, at the Kathmandu Valley's other World Heritage "
     "monuments and in the hill districts. In the first days, soldiers, monks, residents and "
     "conservators worked together to salvage carved wooden struts, bronze statues and bricks "
     "from the rubble, following a first aid to cultural heritage approach: document, salvage, "
     "label and store before clearing. This dataset, kept by the archaeology department with "
     "international partners, lists each monument with its location, age, damage grade, the "
     "objects recovered and where they are stored, the status of reconstruction and the building "
     "methods used, traditional or reinforced. The seismic retrofitting of houses, the landslides "
     "and the loss of tourism revenue are named in passing.",
     ("cultural heritage", "earthquakes", "heritage monuments", "salvage", "datasets"),
     ("NP",), "2025-04"),
    ("gh17", "case-study", "fr",
     "Crue de la Seine de juin 2016 : comment les musées parisiens ont mis leurs collections à "
     "l'abri",
     "Le 2 juin 2016, alors que la Seine montait vers six mètres à Paris, le Louvre et le musée "
     "d'Orsay ont fermé leurs portes pour déplacer en urgence des milliers d'œuvres conservées "
     "dans leurs réserves en sous-sol, en zone inondable. Cette étude de cas d'un service du "
     "ministère de la culture revient sur la crue et sur ce qu'elle a changé : chaque musée, "
     "bibliothèque ou service d'archives exposé tient désormais un plan de sauvegarde des biens "
     "culturels, qui classe les œuvres par priorité d'évacuation, désigne les équipes et les "
     "lieux de repli et prévoit le matériel (caisses, bâches, absorbants) ; des exercices "
     "réunissent les personnels et les sapeurs-pompiers ; et le Louvre a transféré une grande "
     "partie de ses réserves dans un centre de conservation à Liévin, hors d'eau. L'incendie de "
     "Notre-Dame, les repères de crue et les batardeaux ne sont cités qu'en passant.",
     ("patrimoine culturel", "inondations", "musées", "plans de sauvegarde", "études de cas"),
     ("FR",), "2025-02"),
    ("gh18", "project", "es",
     "Proteger el patrimonio cultural ante sismos: templos, conventos y museos de Puebla y "
     "Morelos después del 19S",
     "Los sismos de septiembre de 2017 dañaron más de 2.000 monumentos históricos en el centro y "
     "el sur de México, entre ellos cientos de templos y conventos del siglo XVI en Puebla, "
     "Morelos y el Estado de México, donde se derrumbaron cúpulas y campanarios y se perdieron "
     "retablos y pinturas. Este proyecto del instituto nacional de antropología e historia, con "
     "las diócesis, los gobiernos estatales y universidades, no solo restaura: crea en cada "
     "estado brigadas de respuesta para el patrimonio cultural, con inventarios de bienes muebles "
     "y fotografías de referencia; forma a custodios y comunidades en el rescate y el resguardo "
     "de obras después de un sismo, y prepara con protección civil protocolos para que los "
     "escombros de un templo no se retiren sin revisarlos. Los refuerzos estructurales de "
     "viviendas, la alerta sísmica y el turismo religioso se mencionan de paso.",
     ("patrimonio cultural", "sismos", "monumentos históricos", "gestión del riesgo", "proyectos"),
     ("MX",), "2024-10"),
    # --- TV weather presenters and climate communication ------------------------------------------
    ("gh19", "support-source", "en",
     "Offer: climate briefings and training for television and radio weather presenters in Kenya",
     "In Kenya, tens of millions of people get the weather from television and radio presenters, "
     "many of them journalists without training in meteorology, who read out the national "
     "forecast in English, Kiswahili or local languages. When the long rains fail or floods "
     "strike, as in 2023 and 2024, viewers turn to them to understand what is happening and "
     "whether climate change is to blame. The meteorological department, with a media training "
     "institute and a university climate centre, offers broadcasters a package for their weather "
     "presenters: a five-day course on reading forecasts and warnings and on explaining "
     "uncertainty and impact-based warnings on air; monthly climate briefings with ready-made "
     "graphics on local rainfall and temperature trends; and a helpline to scientists before a "
     "broadcast. Presenters of community radio stations may join free of charge. Locust swarms, "
     "the El Niño floods and mobile phone alerts are named in passing.",
     ("weather presenters", "climate communication", "broadcast media", "training", "offers"),
     ("KE",), "2025-03"),
    ("gh20", "event", "fr",
     "Atelier régional à Niamey : les présentateurs météo des télévisions d'Afrique de l'Ouest "
     "face au climat",
     "Du 8 au 12 décembre 2025, le centre africain des applications de la météorologie au "
     "développement, installé à Niamey, réunit 35 présentateurs et présentatrices de la météo des "
     "télévisions publiques et privées du Niger et des pays voisins, avec des prévisionnistes des "
     "services météorologiques nationaux. Au programme : lire une carte de prévision et une carte "
     "de vigilance, présenter les prévisions saisonnières de la saison des pluies sans leur faire "
     "dire plus qu'elles ne disent, expliquer les vagues de chaleur et les pluies diluviennes, "
     "relier avec prudence un événement au changement climatique, et préparer des bulletins en "
     "haoussa, en zarma et en français. Chaque participant tourne un bulletin en studio, commenté "
     "par des journalistes et des climatologues. Les tempêtes de sable, les inondations du fleuve "
     "Niger et les radios communautaires ne sont cités qu'en passant.",
     ("présentateurs météo", "communication sur le climat", "télévision", "formation",
      "événements"),
     ("NE",), "2025-10"),
    ("gh21", "document", "es",
     "Guía para presentadores del tiempo: cómo hablar del cambio climático en la información "
     "meteorológica",
     "En España, los presentadores y las presentadoras del tiempo de la televisión están entre "
     "los comunicadores en los que más confía el público, y cada verano de olas de calor, "
     "incendios y lluvias torrenciales les llegan preguntas sobre el clima. Esta guía, preparada "
     "por una asociación de comunicadores de meteorología con la agencia estatal de meteorología "
     "y universidades, propone a los espacios del tiempo de las cadenas nacionales y autonómicas "
     "cómo hacerlo: distinguir tiempo y clima, mostrar las anomalías de temperatura con escalas "
     "de color comparables, citar los estudios de atribución de episodios extremos sin exagerar, "
     "explicar los avisos por colores y las recomendaciones de protección, y evitar imágenes de "
     "gente disfrutando del sol en plena ola de calor. Incluye fichas con datos por comunidad "
     "autónoma y ejemplos de guiones. Los nombres de las borrascas, el polen y la dana de "
     "Valencia se mencionan de paso.",
     ("presentadores del tiempo", "comunicación del cambio climático", "televisión",
      "información meteorológica", "guías"),
     ("ES",), "2025-06"),
    # --- xeriscaping (waterwise gardens, lawn replacement) ----------------------------------------
    ("gh22", "dataset", "en",
     "Lawns turned into waterwise gardens in Perth: rebates, areas converted and water saved, "
     "2015-2025",
     "Perth has lost much of its winter rainfall since the 1970s and draws more and more of its "
     "drinking water from desalination and deep aquifers, while a large share of household water "
     "still goes on watering lawns and gardens in summer. The state water utility and local "
     "councils offer rebates to households that replace thirsty lawn with waterwise gardens in "
     "the manner of xeriscaping: native shrubs and groundcovers, mulch, drip irrigation on timers "
     "and permeable paths, on the front verge or in the back garden. This dataset lists, by "
     "council and year, the rebates paid, the area of lawn converted, the plant species used, the "
     "irrigation fitted and the metered water use of participating homes before and after, "
     "compared with their neighbours. Converted homes use about a fifth less water in summer. The "
     "sprinkler rosters, bushfire risk and the black cockatoos that feed in native gardens are "
     "named in passing.",
     ("waterwise gardens", "xeriscaping", "lawn replacement", "outdoor water use", "datasets"),
     ("AU",), "2025-02"),
    ("gh23", "need", "fr",
     "Besoin : convertir les espaces verts de Marrakech au xéropaysagisme",
     "À Marrakech, les jardins publics, les ronds-points et les terre-pleins des avenues sont "
     "encore largement couverts de gazon et de plantes gourmandes en eau, arrosés chaque jour "
     "pendant l'été, alors que la sécheresse qui dure depuis 2018 a vidé les barrages et conduit "
     "à restreindre l'arrosage. La commune, avec la régie de distribution de l'eau et une école "
     "d'ingénieurs en horticulture, demande un appui pour convertir 60 hectares d'espaces verts "
     "au xéropaysagisme : remplacer le gazon par des couvre-sols, des plantes aromatiques et des "
     "espèces locales résistantes à la sécheresse, pailler les massifs, passer au goutte-à-goutte "
     "programmé et arroser avec des eaux usées épurées ; créer une pépinière municipale ; et "
     "former les jardiniers de la ville. Les palmeraies, les golfs et les fontaines des riads ne "
     "sont cités qu'en passant.",
     ("xéropaysagisme", "jardins secs", "espaces verts", "économies d'eau", "besoins"),
     ("MA",), "2025-05"),
    ("gh24", "document", "es",
     "Guía de xerojardinería para las áreas verdes de los municipios de la zona central de Chile",
     "Después de más de una década de megasequía, muchos municipios de las regiones "
     "Metropolitana, de Valparaíso y de O'Higgins buscan reducir el riego de plazas, bandejones y "
     "jardines, donde el césped puede consumir la mayor parte del agua municipal. Esta guía, "
     "preparada por el ministerio de vivienda y urbanismo con universidades y un jardín botánico, "
     "explica cómo diseñar y mantener áreas verdes de bajo consumo hídrico con criterios de "
     "xerojardinería: agrupar las plantas según su necesidad de agua, usar especies nativas de la "
     "zona mediterránea chilena como el quillay, el peumo, el romerillo o el chagual, cubrir el "
     "suelo con mulch o gravilla, reducir el césped a las zonas de juego y regar por goteo con "
     "programador. Incluye una lista de especies, planos tipo y costos de mantención comparados. "
     "Los incendios forestales, los decretos de escasez hídrica y los parques de la precordillera "
     "se mencionan de paso.",
     ("xerojardinería", "áreas verdes", "ahorro de agua", "sequía", "guías"),
     ("CL",), "2025-07"),
    # --- storm spotters (volunteer severe weather observers, storm chasers) -----------------------
    ("gh25", "event", "en",
     "Storm spotter training in central Oklahoma: spring sessions for volunteers, firefighters "
     "and emergency managers",
     "Every spring, before the peak of the tornado season, the local forecast office of the "
     "national weather service holds free SKYWARN storm spotter training across central Oklahoma. "
     "The sessions, held in 2026 in twelve towns from February to April, teach volunteers, "
     "amateur radio operators, firefighters, police officers and emergency managers how severe "
     "thunderstorms are built, how to recognise a wall cloud, a rotating updraft and a funnel "
     "cloud, how to judge hail size and wind damage, and how and when to report what they see by "
     "phone, radio or online. Spotters learn to stay safe: never drive into the core of the "
     "storm, and watch for lightning and flooded roads. Their reports confirm what the radar "
     "suggests and help forecasters issue or extend warnings. Attendance counts as basic spotter "
     "certification for two years. Outdoor warning sirens, storm shelters and school drills are "
     "named in passing.",
     ("storm spotters", "severe weather", "tornadoes", "volunteers", "events"),
     ("US",), "2025-12"),
    ("gh26", "project", "fr",
     "Des observateurs bénévoles du temps violent pour signaler les orages dans le sud du Québec",
     "Dans le sud du Québec, les orages violents de l'été apportent de la grêle, des rafales "
     "descendantes et parfois des tornades, comme celles de 2018 en Outaouais. Les radars ne "
     "voient pas ce qui touche le sol, et les prévisionnistes comptent sur les témoins. Ce projet "
     "du service météorologique fédéral, avec des clubs de radioamateurs, des services de "
     "sécurité incendie et des chasseurs d'orages expérimentés, forme et équipe un réseau de 800 "
     "observateurs bénévoles du temps violent, sur le modèle du réseau CANWARN : séances de "
     "formation en ligne et en salle, fiche pour estimer la taille de la grêle en la comparant à "
     "des pièces de monnaie, application pour envoyer photos et vidéos, et protocole pour "
     "signaler en direct un nuage en entonnoir, une tornade ou des dégâts. Les signalements "
     "servent à émettre ou à lever les alertes et à confirmer les tornades lors des enquêtes sur "
     "le terrain. Le verglas, les inondations printanières et la foudre ne sont cités qu'en "
     "passant.",
     ("observateurs d'orages", "temps violent", "chasseurs d'orages", "bénévoles", "projets"),
     ("CA",), "2025-05"),
    ("gh27", "need", "es",
     "Necesidad: red de observadores voluntarios de tormentas severas en Mendoza y el sur de "
     "Córdoba",
     "Mendoza y el sur de Córdoba sufren algunas de las tormentas más violentas del mundo, con "
     "granizo del tamaño de pelotas de tenis, ráfagas destructivas y, en la llanura, tornados. El "
     "servicio meteorológico nacional emite alertas por colores, pero tiene pocos datos de "
     "superficie, y muchos reportes de granizo y de daños llegan sin verificar por las redes "
     "sociales de cazadores de tormentas aficionados. El servicio, con defensa civil de ambas "
     "provincias, clubes de radioaficionados y grupos de cazadores de tormentas, solicita apoyo "
     "para crear una red de 500 observadores voluntarios capacitados: cursos sobre nubes de "
     "tormenta, estimación del tamaño del granizo y seguridad; una aplicación para enviar "
     "reportes con foto y ubicación, y un canal para que los pronosticadores los reciban en "
     "tiempo real. También pide fondos para validar los reportes con el radar. Las mallas "
     "antigranizo, la lucha antigranizo con aviones y la vendimia se mencionan de paso.",
     ("cazadores de tormentas", "observadores voluntarios", "tormentas severas", "granizo",
      "necesidades"),
     ("AR",), "2025-08"),
    # --- trail bridges (pedestrian suspension bridges over rivers) --------------------------------
    ("gh28", "case-study", "en",
     "Trail bridges in rural Rwanda: fewer drownings and better access to schools, clinics and "
     "markets",
     "In Rwanda's hilly countryside, many villages are cut off from schools, health centres and "
     "markets during the two rainy seasons, when rivers rise and people cross on logs or wade "
     "through fast water; every year some are swept away. Since 2017 the rural roads agency, the "
     "districts and a bridge-building charity have built more than 300 trail bridges, suspended "
     "and suspension footbridges of steel cable and decking that carry people, bicycles and "
     "livestock, with communities supplying labour, sand and stone and forming maintenance "
     "committees. This case study, by a university and the agency, compares 60 communities before "
     "and after their bridge: school attendance, visits to health centres, time to market, farm "
     "income, and drownings and injuries at river crossings. It also reviews maintenance after "
     "several years and the training of local technicians. Flash floods, landslides and "
     "motorcycle taxis are named in passing.",
     ("trail bridges", "footbridges", "rural access", "river crossings", "case studies"),
     ("RW",), "2025-03"),
    ("gh29", "support-source", "fr",
     "Offre : concevoir et construire des passerelles piétonnes suspendues dans les campagnes de "
     "Madagascar",
     "Dans les hautes terres et sur la côte est de Madagascar, les rivières gonflées par les "
     "pluies et les cyclones coupent chaque année des villages entiers : les habitants traversent "
     "en pirogue ou sur des ponts de bois qui sont emportés, et des enfants se noient sur le "
     "chemin de l'école. Une ONG spécialisée dans les passerelles, avec une école d'ingénieurs "
     "d'Antananarivo, offre aux communes rurales et aux projets de développement un appui complet "
     ": choix du site et relevés topographiques, plans types de passerelles suspendues ou "
     "haubanées de 40 à 120 mètres en câbles et en acier galvanisé, formation de maçons et de "
     "techniciens locaux au montage, et formation des comités villageois à l'entretien. La "
     "commune fournit les matériaux locaux et la main-d'œuvre. Les radiers, les cyclones et les "
     "taxis-brousse ne sont cités qu'en passant.",
     ("passerelles piétonnes", "ponts suspendus", "accès rural", "franchissement des rivières",
      "offres"),
     ("MG",), "2025-06"),
    ("gh30", "project", "es",
     "Puentes de hamaca para las aldeas que los ríos aíslan en el occidente de Honduras",
     "En las montañas de Lempira, Intibucá y Ocotepeque, muchas aldeas quedan aisladas en la "
     "temporada de lluvias, cuando crecen los ríos y las quebradas; la gente cruza por troncos, "
     "agarrada de cuerdas o a nado, y cada año hay personas arrastradas por la corriente, entre "
     "ellas niños que van a la escuela. Este proyecto del fondo de inversión social, las "
     "mancomunidades de municipios y una fundación que construye puentes peatonales levanta 45 "
     "puentes de hamaca, colgantes o suspendidos, de cable de acero y piso de madera tratada o de "
     "metal, de 30 a 100 metros de largo, con mano de obra y materiales de las comunidades. Forma "
     "a albañiles locales en su construcción, crea comités de mantenimiento y registra cuántos "
     "estudiantes, pacientes y productores los usan. Las tormentas Eta e Iota, los deslizamientos "
     "y la cosecha de café se mencionan de paso.",
     ("puentes de hamaca", "puentes peatonales", "acceso rural", "cruce de ríos", "proyectos"),
     ("HN",), "2025-02"),
)  # fmt: skip
