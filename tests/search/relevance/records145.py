"""Clearing-house records of the hundred-and-forty-fifth judged relevance set
(tests/search/relevance/queries145.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: sanitation pages on
community-led total sanitation, CLTS (a case study of the triggering of the villages of Choma, Monze
and Kalomo, with chiefs as sanitation champions, until they are certified open defecation free,
ODF, Zambia; a need to relaunch the assainissement total piloté par la communauté, the ATPC, and the
certification of villages FDAL, in fin de défécation à l'air libre, in the Couffo, Benin; a project
of Saneamiento Total Liderado por la Comunidad, SANTOLIC, in the rural municipalities of northern
Chuquisaca, Bolivia); drinking water pages on chlorine dispensers at water points (a dataset of
some 9,000 dispensers, their refills and the residual chlorine of household jerrycans in eastern
Uganda; a project of distributeurs de chlore beside the bornes-fontaines, springs and lake
draw-off points of Uvira against cholera, Democratic Republic of the Congo; a need for
dispensadores de cloro at the nacimientos and community wells of Alta Verapaz, Guatemala); coastal
works pages on sand bypassing (a dataset of the sand pumped from a jetty past the Tweed River
entrance to the Gold Coast beaches, Australia; a need for a by-pass, a transfert de sable, at the
port of Lomé to feed the eroding beaches of the east, Togo; a project of trasvase de arena, or
bypass, under the harbour mouth of Yucalpetén to the beaches of Chelem and Chuburná, Yucatán,
Mexico); weather warning pages on storm naming (a dataset of the storms named by Met Éireann and
its British and Dutch partners since 2015, Ireland; a case study of what the nommage des tempêtes
by Météo-France and the south-western group has changed since 2017, France; a jornada, an event,
for journalists on the nombres de las borrascas de gran impacto, at Valencia, Spain); hazard pages
on space weather (a project that turns the magnetic observatory of Hermanus into a space weather
centre warning airlines, power utilities and HF radio users, South Africa; a case study of the
Hydro-Québec blackout caused by the orage magnétique of 13 March 1989 and of the météorologie de
l'espace since, Canada; a need for magnetometers and GNSS receivers to forecast the clima
espacial, Argentina); disaster pages on the prepositioning of relief supplies (a project of
prepositioned stocks in containerised warehouses on the outer islands before the cyclone season,
Fiji; a need to prépositionner des stocks de contingence in raised stores of the cyclone-prone
districts of the north-east, Madagascar; a case study of the suministros preposicionados of the
regional humanitarian logistics hub of Panama and the response to hurricanes Eta and Iota,
Panama); emergency management pages on the incident command system (a guide, a document, to the
Incident Command System, ICS, for the local disaster risk reduction and management councils of the
Philippines; an offer, a support source, of courses in the système de commandement des incidents,
SCI, for the civil protection committees of Haiti; a Curso Básico del Sistema de Comando de
Incidentes, an event, for the firefighters and brigadistas of the Paraguayan Chaco, Paraguay);
disaster information pages on satellite rapid mapping (a dataset of the rapid mapping products of
the 2022 monsoon floods, obtained through the International Charter on Space and Major Disasters,
Pakistan; an atelier, an event, on the cartographie rapide par satellite and the cartes d'emprise
des inondations for the civil protection at Niamey, Niger; a need for the national capacity to ask
for and use mapas satelitales de emergencia, Honduras); knowledge sharing pages on travelling
exhibitions (an event, the touring exhibition "Our Coast, Our Future" in the villages of Upolu and
Savai'i, Samoa; an offer, a support source, of the exposition itinérante "Au fil de l'eau" lent to
the schools and communes of Wallonia, Belgium; a project of an exposición itinerante, a muestra on
a truck, on the glaciers and water of the Cordillera Blanca in the provinces of Áncash, Peru); and
urban climate adaptation pages on shade structures (a project of bus stop canopies, shade sails and
shaded routes in the hottest neighbourhoods of Phoenix, United States; a guide, a document, to the
voiles d'ombrage and vélums over the streets and squares of the communes of the south of France; a
case study of the toldos stretched over the streets of Seville, with velas de sombra at bus stops
and on the way to school, Spain). English, French and Spanish, 10 records each, every topic written
once in each language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records141.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (community-led, total sanitation, CLTS, triggering, open
defecation, ODF, latrine, sanitation, assainissement total, ATPC, FDAL, défécation, déclenchement,
latrines, saneamiento total, SANTOLIC, defecación, fecalismo, letrina; chlorine dispenser,
dispenser, chlorine, chlorination, hypochlorite, residual chlorine, WaterGuard, Aquatabs,
distributeur de chlore, chlore, chloration, chlore résiduel, dispensador, dosificador, cloro,
cloración, hipoclorito, hipoclorador, clorador; sand bypassing, bypass, by-pass, sand transfer,
littoral drift, longshore, jetty, training wall, jet pump, transfert de sable, dérive littorale,
jetée, trasvase de arena, deriva litoral, transporte litoral, escollera, espigón, Tweed, Lomé,
Yucalpetén, Chelem, Chuburná; storm naming, named storm, Met Éireann, Met Office, Storm,
nommage, baptiser, Météo-France, tempête, Xynthia, Ciarán, nombres de borrascas, bautizar, AEMET,
borrasca, Filomena, Gloria; space weather, geomagnetic, magnetic storm, solar storm, solar flare,
coronal, ionosphere, ionosonde, magnetometer, aurora, GNSS, météorologie de l'espace, météo
spatiale, orage magnétique, éruption solaire, aurore, clima espacial, meteorología del espacio,
tormenta solar, geomagnética, magnetómetro; prepositioning, pre-positioned, relief supplies,
relief stocks, stockpile, warehouse, humanitarian hub, prépositionnement, stocks de contingence,
entrepôt, logistique humanitaire, preposicionamiento, suministros humanitarios, bodega, almacén,
logística humanitaria, UNHRD; incident command system, ICS, incident commander, unified command,
emergency operations centre, EOC, commandement des incidents, commandement d'intervention, poste
de commandement, centre opérationnel, SCI, comando de incidentes, comando unificado, centro de
operaciones de emergencia, COE; satellite rapid mapping, rapid mapping, International Charter,
Copernicus, Sentinel, UNOSAT, flood extent, satellite imagery, cartographie rapide, Charte
internationale, images satellitaires, emprise des inondations, mapas satelitales, cartografía de
emergencia, Carta Internacional, imágenes satelitales; travelling exhibition, touring exhibition,
exhibition, museum, exposition itinérante, exposition, musée, exposición itinerante, muestra
itinerante, museo, caravana; shade structure, shade sail, awning, canopy, pergola, voile
d'ombrage, vélum, auvent, ombrière, ombrage, toldo, entoldado, vela de sombra, pérgola, sombra).
Screened and dropped as covered: regional climate outlook forums and seasonal forecasts (the
PRESASS forecasts of the traditional weather indicator case study ce23, with ce22 and ce24),
qanats and foggaras (the khettaras of z04 and el20), water kiosks (ex16-ex18), green roofs
(cg13-cg15), cool roofs (w19 and the building code page cp04), river daylighting (ck16), green
schoolyards and climate shelters (cq19-cq21), tsunamis (bs25-bs27), volcanic eruptions
(br25-br27), landslides (bv25-bv27), avalanches (bt25-bt27), sand and dust storms (x07-x09), land
subsidence (the Dead Sea sinkholes of ex01 and the coal fires of Jharia, fg04, both with land
subsidence among their subjects), urban gully erosion (the cárcavas of the slope bioengineering
pages such as bi15), managed aquifer recharge (the recharge artificielle of the Cap Bon, fn08),
serious games (ct22-ct24), learning routes (bx22-bx24), hackathons (bv22-bv24), communities of
practice (by22-by24) and training of trainers (bz22-bz24), besides the topics of sets 42 to 141 and
those their docstrings list as covered; screened with no or passing hits but not chosen:
emergency operations centres (named in passing by fj19 and fj20, and next to this set's incident
command system), voluntary observing ships (the weather observation pages already have the
radiosondes, Argo floats, HF radars and tide gauges), meteotsunamis (next to the tsunami pages),
superblocks and school streets (traffic topics of the pollution engineers' area), misting stations
(a thin topic next to the heat action plans), stepwells (one country to write about), restoring
family links (a Red Cross service far from the clearing-houses' matters), accessible beaches and
photo contests.

Three earlier records are judged relevant in part (1). The SunSmart guide for schools and outdoor
workers of Australia (cd25) says that schools use the UV Index to decide on "hats that shade the
face, neck and ears, shade sails over playgrounds, sport moved to the early morning, and sunscreen
reapplied": shade sails named among several measures; the project on the UV index in the schools
and on the beaches of New Caledonia (cd26) "équipe les cours d'école de voiles d'ombrage", one of
its several actions; and the case study of the climate shelters of Barcelona's schools (cq21)
transformed the patios with "más sombra con árboles, pérgolas y toldos", among permeable paving,
vegetation and fountains. Each names shade structures among several things, and they are judged 1
to the shade queries that do not restrict them away (public shade structures, voiles d'ombrage,
velas de sombra, and, for the two that are not about Spain, toldos -España; cd25, a guide, is also
1 to shade structures guidance); they are about Australia, New Caledonia and Spain, not about
Phoenix, France or Seville. All the other hits are passing or about other things, judged 0: the
container-based sanitation of Cap-Haïtien, which tracks "the decline of open defecation" (by19),
the other dry toilet pages (by20, by21), the public toilets (ex10-ex12), the handwashing stations
(fj10-fj12), the faecal sludge emptying (fn01-fn03) and the condominial sewers (fr04-fr06), no
community-led total sanitation; the chlorine dispensers named in passing by the spring protection
project of Kakamega (ff19), the cloración en el tanque named in passing by the spring guide of
Huehuetenango (ff21), the ceramic filters (ex19-ex21), the boil water advisories (fn04-fn06), the
water safety plans (ff25-ff27), the chlorinated water of the carts of Nouakchott (ex17), the hand
pumps (fb01-fb03), the chlorine dioxide pages (br07 and others), the swimming pools (cz04-cz06) and
the disinfection pages (cp10-cp12), no chlorine dispenser at a water point; the beach nourishment
pages (dq28-dq30), with the sand pumped from offshore banks to Cancún (dq30), the geotubes of the
coast of Progreso, Chelem and Chuburná (fj27), the coastal erosion pages (m10-m12, the West African
guide m11 listing Togo), the seawalls (fb10-fb12), the lagoon mouth openings (fr10-fr12), the
sediment bypass tunnels of dams named by en19, the fish bypass channels of m25 and the port of
Salaverry blamed for a beach's erosion in the surf page ci27, no sand bypassing; the storms named
in passing (Storm Desmond in fn13, the tempête Alex in fj20, the tropical storms Ondoy in fb25 and
Irene in ex07), the hurricane pages (bz25-bz27), the cell broadcast alerts (fb19-fb21), the marine
forecasts for fishers (fr13-fr15) and the storm surge barriers (ff01-ff03), no storm naming; the
GNSS stations of the tide gauges (ex04-ex06), the HF radios of the amateur radio pages
(fj19-fj21), the radiosondes (fb16-fb18), the magnetometer surveys of orphan wells (dv01) and the
abalone poached around Hermanus (cq10), no space weather; the forecast-based financing pages
(fn19-fn21, fn20 in Madagascar, which hands out kits and cash before a cyclone but keeps no
stocks), the household emergency kits (fb25-fb27), the cyclone shelters (ex22-ex24, ex23 in
Madagascar), the transitional shelters (ff10-ff12), the chemical warehouses (l19, l20), the
fumigated containers of ports and warehouses (cn22-cn24) and the Kimberley Process event held in
Panama (fc24), no prepositioned relief supplies; the national emergency operations centre of the
amateur radio offer of Dominica (fj19), the postes de commandement communaux of the radio exercise
of the Roya (fj20), the emergency drills (the simulacros of k09, o09 and y18), the search and
rescue dogs (ex28-ex30) and the training of trainers (bz22-bz24), no incident command system; the
satellite surveillance of illegal oil discharges (en25-en27, with the radar images of ed28), the
Wayanad landslide rebuilt from satellite images (bv25), the Chido need that would map the forest
damage of Mayotte by drone and satellite (bz26), the Otis case study that compares satellite
images (bz27), the tornado dataset documented by satellite or drone images (by26), the disaster
loss databases (fn22-fn24), the participatory mapping pages (ek19-ek21) and the HF radars
(fj01-fj03), no satellite rapid mapping service; the muestra itinerante of films of the Buenos
Aires festival (ed15), the caravane de cinéma mobile (ed14), the exposition on the dangers of
migration named by eg08, the comics (dx25-dx27), the theatre (dz25-dz27), the participatory video
(fn28-fn30) and the natural history museums of many biodiversity pages, no travelling exhibition;
and the solar car park canopies and ombrières photovoltaïques, whose shade for cars is a side
effect of making electricity (ef16-ef18), the heat action plans (w19-w21, with the sombra given to
farm workers by w21), the cours Oasis (cq20), the green schoolyards of Chicago (cq19) and the green
corridors of Medellín (w12), no shade structure.

records142.py (ids fs01..fs30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), records143.py (ids ft01..ft30, on biodiversity topics) and records144.py (ids
fu01..fu30, on agriculture, fisheries, forestry, food and land topics), written at the same time
by three other engineers, were searched for the same words once they were finished (with their
queries142.tsv, queries143.tsv and queries144.tsv, 60 queries each), before these records were
judged. Their topics are winery wastewater, the cancers of firefighters, Q fever, sodium nitrite
poisoning, metam sodium, river hydrokinetic turbines, used contact lenses, counterfeit phone
chargers, vehicle-to-grid and camping gas cartridges (records142.py); lungfishes, night monkeys,
freshwater stingrays, manakins, tuco-tucos, Mediterranean firs, burrowing owls, stoats, wild
daffodils and edible land snails (records143.py); and banana bunchy top, flavescence dorée,
roselle, Creole pigs, bokashi, octopus pots, bush mango, hydroponic green fodder, mobile abattoirs
and laser land levelling (records144.py). None of their records names community-led total
sanitation, a chlorine dispenser, sand bypassing, storm naming, space weather, prepositioned
relief supplies, the incident command system, satellite rapid mapping, a travelling exhibition
or a shade structure. The nearest are passing or about other things and judged 0: the derailments
of chlorine tank cars named for comparison by the metam sodium case study (fs13) are no chlorine
dispenser; the firefighters' pages (fs04-fs06), whose exposition and exposición are exposure to
smoke, name no incident command system and no exhibition; the humanitarian NGO and the shaded
shed of the hydroponic fodder project of Somaliland (fu22) and the abri ombragé of the Mauritanian
fodder guide (fu23) are no prepositioned relief supply and no shade structure; the shade of the
trees over the springs of the Araripe manakin (ft10) is no shade structure; the octopus pots
(fu16-fu18) are fishing gear, no coastal work; and the muestras of fs21, fs24, ft24 and fu03 are
samples, no travelling exhibition. None of their records answers a query of this set, and none of
their queries is repeated in queries145.tsv.

Traps: the chiefs, the tippy taps, the school toilets, the cholera and the latrines that collapse
in the rains of fv01; the palmeraies, the marigots, the diarrhées, the toilettes publiques (the
public toilets of ex10-ex12) and the vidange des fosses (the faecal sludge emptying of fn01-fn03)
of fv02; the quebradas, the letrinas regaladas, the baños secos ecológicos (the dry toilets of
by19-by21), the sistemas de agua and the lavado de manos of fv03; the boreholes, the protected
springs (ff19-ff21), the jerrycans, the hand pump repairs (fb01-fb03), the cholera outbreaks and
the water safety plans (ff25-ff27) of fv04; the lac Tanganyika, the bornes-fontaines (the word
Québec uses for the fire hydrants of fn17), the sources aménagées, the pastilles de chlore, the
extension du réseau and the latrines of fv05; the tinajas, the hipoclorador en el tanque, the leña
for boiling, the filtros de cerámica (ex19-ex21), the bombas manuales and the roya del café of
fv06; the training walls, the dredging of the entrance, the surf at Kirra (next to the surf breaks
of ci25-ci27), the seawalls (fb10-fb12) and the turtle nesting of fv07; the route côtière, the
cocoteraies, the épis, the enrochements, the drone, the pêcheurs à la senne, the lagune and the
phosphate of fv08; the escolleras, the casas de veraneo, the muros and espolones, the cámaras, the
huracanes, the sargazo (w31-w33) and the pastos marinos of fv09; the wind warnings, the power cuts,
Ophelia, the coastal flooding, the fallen trees and the school closures of fv10; Xynthia, the
vigilance orange, the réseaux sociaux, the tempêtes Alex (the storm of fj20), Ciarán and Domingos,
the submersions marines, the coupures d'électricité and the vigilance pluie-inondation of fv11;
the avisos, the danas, the alertas a los móviles (the cell broadcast alerts of fb19-fb21), Gloria
and Filomena, the inundación de octubre de 2024 (the dana of dz06), the sequía and the incendios
forestales of fv12; the transformers, the satellite positioning, the HF radio (the amateur radio
of fj19-fj21), the aurora sightings, the radio telescopes of the Karoo and the lightning (bx25-bx27)
of fv13; the baie James, the Bouclier canadien, the transformateurs, the aurores boréales, the
verglas de 1998 and the satellites of fv14; the anomalía magnética, the satélites, the maquinaria
agrícola, the bases de la Antártida, the buques, the auroras australes, the basura espacial and
the terremotos of fv15; Cyclone Winston, the tarpaulins, the water purification units, the cash
transfers, the evacuation centres (next to the cyclone shelters of ex22-ex24) and the fishing boats
of fv16; the routes et ponts emportés, the avion, the magasins surélevés, the comprimés de
purification de l'eau, the financement basé sur les prévisions (fn19-fn21), the vanille and the
abris anticycloniques (ex22-ex24) of fv17; Eta and Iota, the aduanas, the plantas potabilizadoras,
the reserva de alimentos, the pandemia, the refugios temporales (ff10-ff12) and the canal of fv18;
the town fiesta, Typhoon Haiyan, the eruption of Taal Volcano, the emergency operations centre,
the drills (k09, o09, y18), the search and rescue dogs (ex28-ex30) and the relief goods of fv19;
the séisme d'août 2021, the cours de formateurs (next to the training of trainers of bz22-bz24),
the exercice sur table, the abris provisoires, the choléra and the chiens de sauvetage of fv20; the
incendios forestales, the crecidas del río Paraguay, the ejercicio de simulación, the evacuated
estancia, the dengue, the bajante del río and the ganadería of fv21; the monsoon, the radar and
optical images, the flooded cropland, the glacial lake outbursts (w37-w39), the cholera and the
relief camps of fv22; the crues du fleuve Niger, the AGRHYMET centre, the listes de sinistrés, the
images radar, the logiciel libre, the criquets, the sécurité alimentaire and the pluviomètres (the
community rain gauges of fn25-fn27) of fv23; Eta and Iota, the valle de Sula, the capas base, the
comités de emergencia, the drones, the bordos and the albergues of fv24; the tsunami of 2009,
Cyclone Evan, the villages moved inland, the lagoon model, the museum in Apia, the mangrove
planting, the seawalls and the tide gauge of Apia (the tide gauges of ex04-ex06) of fv25; the
cycle de l'eau, the maquettes de bassin versant, the zones inondables, the inondations de juillet
2021, the eau usée, the batardeaux (the property flood resilience of fn13-fn15), the stations
d'épuration and the castors of fv26; the glaciares, the deshielo, the canales de riego, the alud
de Yungay (the avalanches of bt25-bt27), the juntas de usuarios de riego, the lagunas glaciares
(the glacial lake outbursts of w37-w39), the minería and the quinua of fv27; the heat deaths, the
light rail, the sensors, the design standards, the cooling centres (w19), the misting fans and the
cool pavement coatings of fv28; the canicules, the arbres d'alignement, the pergolas végétalisées,
the ombrières textiles (next to the ombrières photovoltaïques of ef17), the mistral, the
brumisateurs, the fontaines (the drinking fountains of ex13-ex15) and the désimperméabilisation
(the cours Oasis of cq20) of fv29; and the comercios, the Polígono Sur, the pérgolas, the
sensación térmica, the entoldado de Córdoba, the refugios climáticos (cq21), the arbolado, the
fuentes and the sequía of fv30. Letters: the CLTS of fv01, the ATPC of fv02 and the SANTOLIC of
fv03 are the one approach, community-led total sanitation, under its English, French and Spanish
names and acronyms; the chlorine dispensers of fv04, the distributeurs de chlore of fv05 and the
dispensadores de cloro of fv06 are the same device; the sand bypassing of fv07, the by-pass or
transfert de sable of fv08 and the trasvase de arena or bypass of fv09 are the same coastal work;
the named storms of fv10, the nommage des tempêtes of fv11 and the nombres de borrascas of fv12 are
storm naming; the space weather of fv13, the météorologie de l'espace and orages magnétiques of
fv14 and the clima espacial of fv15 are the same hazard; the prepositioned stocks of fv16, the
stocks de contingence of fv17 and the suministros preposicionados of fv18 are prepositioned relief
supplies; the ICS of fv19, the système de commandement des incidents of fv20 and the Sistema de
Comando de Incidentes of fv21 are one system; the rapid mapping products of fv22, the cartographie
rapide par satellite of fv23 and the mapas satelitales de emergencia of fv24 are satellite rapid
mapping for disasters; the touring exhibition of fv25, the exposition itinérante of fv26 and the
exposición itinerante, or muestra, of fv27 are travelling exhibitions; the shade canopies and shade
sails of fv28, the voiles d'ombrage and vélums of fv29 and the toldos and velas de sombra of fv30
are shade structures; the golden files name none of them (their "chlorine", "relief", "command",
"mapping", "shades" and "heated" are other things: the chemistry of hydrogen peroxide, apatite,
carbon tetrachloride and quinone, the relief of fever and an Indian paper's relief transfers, the
motor commands of a visuomotor study and a software's one-command reproduction path, a mapping
matrix of song lyrics and the phase mapping of aluminium alloys, the shades of green of a mineral,
and chemicals heated in their descriptions).

For the country queries: fv01 names only Zambia (the Southern Province); fv02 only Benin (the
Couffo); fv03 only Bolivia (Chuquisaca); fv04 only Uganda; fv05 only the Democratic Republic of the
Congo (Uvira; the lac Tanganyika as a lake); fv06 only Guatemala (Alta Verapaz); fv07 only
Australia (New South Wales, Queensland); fv08 only Togo (Lomé, Aného); fv09 only Mexico (Yucatán);
fv10 Ireland, with its British and Dutch partner services named as such; fv11 France, with the
services of Spain, Portugal, Belgium and Luxembourg named as its partners and a foreign university
institute; fv12 Spain (Valencia), with the services of France, Portugal, Belgium and Luxembourg
named as its partners; fv13 only South Africa (Hermanus, the Western Cape, the Karoo); fv14 only
Canada (Québec); fv15 only Argentina (Jujuy, Patagonia, Tierra del Fuego; Antarctica's bases and
the South Atlantic as places); fv16 only Fiji; fv17 only Madagascar; fv18 only Panama (Central
America and the Caribbean as regions); fv19 only the Philippines; fv20 only Haiti; fv21 only
Paraguay (the Chaco, Boquerón, the río Paraguay); fv22 only Pakistan (the United Nations as a
body); fv23 only Niger (the fleuve Niger; Copernicus and AGRHYMET as services); fv24 only Honduras;
fv25 only Samoa (Upolu, Savai'i, Apia); fv26 only Belgium (Wallonia); fv27 only Peru (Áncash);
fv28 only the United States (Phoenix, Arizona); fv29 only France (Provence, Avignon,
Aix-en-Provence); fv30 only Spain (Seville, Córdoba).

Ids (fv01..fv30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fo01..fo30, fp01..fp30, fq01..fq30, fr01..fr30), nor with records142.py's (fs01..fs30),
records143.py's (ft01..ft30) or records144.py's (fu01..fu30), and no earlier id starts with "fv".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- community-led total sanitation ---------------------------------------------------------
    ("fv01", "case-study", "en",
     "Chiefs, triggering and ODF villages: community-led total sanitation in Zambia's Southern "
     "Province",
     "In 2007 fewer than half of the rural households of Zambia's Southern Province had a "
     "latrine of any kind, and people went to the bush, the riverbanks and the maize fields. "
     "Since then the ministry of local government, the district councils and the traditional "
     "leaders have spread community-led total sanitation (CLTS). Facilitators hand out no "
     "subsidies and no slabs: they trigger a village, walking with the residents to the places "
     "where people defecate, mapping them on the ground and showing how flies and hands carry "
     "faeces back to food and water, until the community itself decides to end open "
     "defecation. Households then dig their own pit latrines with local materials, and chiefs, "
     "who became sanitation champions, fine the headmen whose villages slip back. This case "
     "study follows 1,200 villages of Choma, Monze and Kalomo from triggering to their "
     "certification as open defecation free (ODF), and asks why latrines collapsed in the "
     "heavy rains and some villages lost their status. Tippy taps, school toilets and cholera "
     "are named in passing.",
     ("community-led total sanitation", "open defecation", "latrines", "traditional leaders",
      "case studies"),
     ("ZM",), "2024-11"),
    ("fv02", "need", "fr",
     "Besoin : relancer l'ATPC et certifier les villages FDAL dans le département du Couffo",
     "Dans le Couffo, au sud-ouest du Bénin, plus de la moitié des ménages ruraux défèquent "
     "encore à l'air libre, dans les palmeraies et au bord des marigots, et les diarrhées des "
     "enfants remplissent les centres de santé en saison des pluies. Jusqu'en 2018, un "
     "programme avait appliqué l'assainissement total piloté par la communauté, l'ATPC : des "
     "animateurs déclenchaient chaque village par une marche jusqu'aux lieux de défécation, une "
     "carte dessinée au sol et le calcul des selles produites, et les ménages construisaient "
     "leurs latrines, sans subvention. Faute de suivi, beaucoup de villages déclarés FDAL, en "
     "fin de défécation à l'air libre, y sont retournés. La "
     "direction départementale de la santé et les six communes demandent un appui pour former "
     "120 animateurs et agents d'hygiène, relancer le déclenchement dans 400 villages, "
     "organiser la vérification et la certification FDAL par des équipes indépendantes et aider "
     "des maçons à vendre des dalles lavables. Les toilettes publiques des marchés et la "
     "vidange des fosses ne sont citées qu'en passant.",
     ("assainissement total piloté par la communauté", "ATPC", "défécation à l'air libre",
      "latrines", "besoins"),
     ("BJ",), "2025-02"),
    ("fv03", "project", "es",
     "Saneamiento Total Liderado por la Comunidad (SANTOLIC) en los municipios rurales del norte "
     "de Chuquisaca",
     "En las comunidades dispersas del norte de Chuquisaca, en Bolivia, muchas familias no "
     "tienen baño y hacen sus necesidades en el monte o junto a las quebradas de donde sacan el "
     "agua para tomar. Las letrinas que regalaron programas anteriores terminaron como "
     "depósitos o se llenaron sin que nadie construyera otras. Este proyecto del "
     "ministerio de medio ambiente y agua, cinco gobiernos municipales y una ONG aplica el "
     "enfoque SANTOLIC, sin subsidios: facilitadores comunitarios quechuahablantes llevan a "
     "cada comunidad a recorrer los lugares de defecación, dibujar su mapa y seguir el camino de "
     "las heces hasta el agua y la comida, hasta que la asamblea decide terminar con la "
     "defecación al aire libre y cada familia construye su baño con adobe, palos y una losa que "
     "vende un albañil local. Las comunidades que se declaran libres de defecación al aire libre "
     "son verificadas por el municipio. Los baños secos ecológicos, los sistemas de agua y el "
     "lavado de manos en las escuelas se mencionan de paso.",
     ("saneamiento total liderado por la comunidad", "SANTOLIC", "defecación al aire libre",
      "saneamiento rural", "proyectos"),
     ("BO",), "2024-09"),
    # --- chlorine dispensers at water points ----------------------------------------------------
    ("fv04", "dataset", "en",
     "Chlorine dispensers at water points in eastern Uganda: installations, refills and residual "
     "chlorine, 2016-2024",
     "Most rural families of eastern Uganda fetch their water from boreholes, protected springs "
     "and open wells and carry it home in jerrycans, where it is easily contaminated again. A "
     "chlorine dispenser, a small tank with a valve fixed beside the water point, lets each user "
     "release a measured dose of dilute sodium hypochlorite into the jerrycan before filling it: "
     "the water is treated by the time it reaches home, and the chlorine left in it protects it "
     "for a day or more. This dataset, shared by the health ministry's environmental health "
     "division and the non-profit that runs the programme, lists some 9,000 dispensers in the "
     "districts of Mbale, Tororo, Busia and Soroti, with the type of water point, the date of "
     "installation, the community promoter, every chlorine refill delivered and the free "
     "chlorine residual measured in randomly chosen household jerrycans at unannounced visits. "
     "Notes explain the test kits and the chlorine supply chain. Hand pump repairs, cholera "
     "outbreaks and water safety plans are named in passing.",
     ("chlorine dispensers", "water points", "household water treatment", "residual chlorine",
      "datasets"),
     ("UG",), "2025-01"),
    ("fv05", "project", "fr",
     "Des distributeurs de chlore aux bornes-fontaines et aux sources d'Uvira contre le choléra",
     "À Uvira, au bord du lac Tanganyika, dans l'est de la République démocratique du Congo, le "
     "choléra revient presque chaque année, et beaucoup de ménages puisent l'eau du lac, des "
     "rivières ou de bornes-fontaines, une eau qui se contamine ensuite dans les bidons. Ce "
     "projet de la division provinciale de la santé, de la régie de distribution d'eau et d'une "
     "ONG installe 250 distributeurs de chlore aux points d'eau de la ville et des villages de "
     "la plaine de la Ruzizi : à côté de chaque borne-fontaine, source aménagée ou point de "
     "puisage au lac, un réservoir fermé libère, d'un tour de robinet, la dose de chlore liquide "
     "qu'il faut pour un bidon de vingt litres. Des relais communautaires remplissent les "
     "distributeurs chaque semaine, expliquent le goût du chlore et mesurent le chlore résiduel "
     "dans les maisons. Le projet suit les cas de diarrhée et de choléra dans chaque aire de "
     "santé. Les pastilles de chlore, l'extension du réseau et les latrines ne sont citées "
     "qu'en passant.",
     ("distributeurs de chlore", "points d'eau", "choléra", "chloration de l'eau", "projets"),
     ("CD",), "2024-10"),
    ("fv06", "need", "es",
     "Necesidad: dispensadores de cloro en los nacimientos y pozos comunitarios de Alta Verapaz",
     "En las aldeas q'eqchi' de Alta Verapaz, en Guatemala, la mayoría de las familias acarrea "
     "el agua en tinajas y toneles desde nacimientos, pozos y chorros comunitarios que no se "
     "desinfectan, y la diarrea sigue entre las primeras causas de muerte de los niños pequeños. "
     "Los sistemas por gravedad con hipoclorador en el tanque existen solo en algunas cabeceras, "
     "y muchas familias no hierven el agua porque la leña es cara. El área de salud, las "
     "municipalidades de Cobán, San Pedro Carchá y Chisec y los comités comunitarios de agua "
     "solicitan apoyo para instalar 400 dispensadores de cloro junto a los puntos de "
     "recolección: un depósito con una válvula que entrega la dosis exacta de hipoclorito para "
     "cada recipiente. Piden fondos para los equipos y para el cloro de los tres primeros años, "
     "capacitación de promotores de salud que los rellenen y midan el cloro residual en las "
     "casas, y materiales en q'eqchi'. Los filtros de cerámica, las bombas manuales y la roya "
     "del café se mencionan de paso.",
     ("dispensadores de cloro", "puntos de agua", "cloración", "agua segura", "necesidades"),
     ("GT",), "2025-03"),
    # --- sand bypassing -------------------------------------------------------------------------
    ("fv07", "dataset", "en",
     "Sand pumped past the Tweed River entrance: monthly volumes of the sand bypassing system, "
     "2001-2024",
     "The training walls built at the mouth of the Tweed River, on the border of New South Wales "
     "and Queensland, in Australia, stopped the sand that waves carry northward along the coast, "
     "so the entrance shoaled while the Gold Coast beaches beyond it eroded. Since 2001 the "
     "Tweed River Entrance Sand Bypassing Project has moved that sand artificially: a "
     "450-metre jetty south of the entrance carries jet pumps that suck sand from the seabed, "
     "and pipes under the river take it to outlets on the beaches of Coolangatta and Kirra, "
     "with dredging of the entrance when needed. This dataset, published by the two state "
     "governments, gives the volume of sand delivered each month to each outlet, the hours of "
     "pumping, the dredged volumes, the depth of the navigation channel surveyed each quarter "
     "and the beach profiles north of the entrance. Notes explain the long-term target of about "
     "500,000 cubic metres a year. The surf at Kirra, seawalls and turtle nesting are named in "
     "passing.",
     ("sand bypassing", "littoral drift", "river entrances", "beach erosion", "datasets"),
     ("AU",), "2025-02"),
    ("fv08", "need", "fr",
     "Besoin : un by-pass de sable au port de Lomé pour nourrir les plages de l'est du Togo",
     "Depuis la construction du port de Lomé dans les années 1960, sa grande jetée arrête le "
     "sable que la houle pousse d'ouest en est le long de la côte : le sable s'accumule à "
     "l'ouest du port tandis qu'à l'est la côte recule, jusqu'à Aného, où des tronçons de la "
     "route côtière, des villages de pêcheurs et des cocoteraies sont déjà tombés à la mer. "
     "Les épis et les enrochements posés depuis ne font que déplacer "
     "l'érosion. Le ministère de l'environnement, le port autonome et les communes du littoral "
     "demandent un appui pour étudier et construire un système de transfert de sable, un "
     "by-pass : des pompes ou une drague qui prélèveraient le sable bloqué à l'ouest de la jetée "
     "et le refouleraient par conduite vers les plages en érosion à l'est, avec un suivi du "
     "trait de côte par drone et la formation de techniciens à l'entretien des pompes. Les "
     "pêcheurs à la senne, la lagune et le phosphate ne sont cités qu'en passant.",
     ("by-pass de sable", "transfert de sable", "dérive littorale", "érosion côtière",
      "besoins"),
     ("TG",), "2025-04"),
    ("fv09", "project", "es",
     "Trasvase de arena en la bocana de Yucalpetén: devolver la arena a las playas de Chelem y "
     "Chuburná",
     "En la costa norte de Yucatán, en México, el oleaje empuja la arena de oriente a poniente a "
     "lo largo de la playa. Las escolleras que protegen la bocana del puerto de abrigo de "
     "Yucalpetén, construidas en los años sesenta, atrapan esa arena del lado oriente, mientras "
     "al poniente las playas de Chelem y Chuburná han retrocedido decenas de metros y las casas "
     "de veraneo se defienden con muros y espolones que agravan el problema. Este proyecto del "
     "gobierno del estado, la capitanía de puerto y un instituto de investigación instala un "
     "sistema fijo de trasvase de arena, o bypass: una bomba de chorro en el lado donde se "
     "acumula aspira la arena y una tubería la lleva bajo la bocana hasta las playas erosionadas "
     "del poniente, unos 60.000 metros cúbicos al año. Incluye levantamientos topobatimétricos "
     "cada seis meses, el monitoreo de la línea de costa con cámaras y la capacitación del "
     "personal portuario. Los huracanes, el sargazo y los pastos marinos se mencionan de paso.",
     ("trasvase de arena", "bypass de arena", "transporte litoral", "erosión costera",
      "proyectos"),
     ("MX",), "2024-12"),
    # --- storm naming ---------------------------------------------------------------------------
    ("fv10", "dataset", "en",
     "Named storms affecting Ireland, 2015-2025: names, warnings and impacts",
     "Since the winter of 2015-2016 Met Éireann, together with the British and, from 2019, the "
     "Dutch weather services, has given names to the storms expected to bring orange or red "
     "wind warnings, so that the public and the media talk about the same storm from the first "
     "forecast to the clean-up. Each autumn the partners publish an alphabetical list of names, "
     "alternating male and female and drawn partly from the public's suggestions, and a storm "
     "is named by whichever service first issues such a warning. This dataset lists every storm "
     "named by the group since Abigail in November 2015, with the service that named it, the "
     "dates, the highest wind gusts, the warnings issued for each Irish county, the customers "
     "left without power and the deaths and insured losses reported. Notes explain why "
     "Ophelia, in 2017, kept the name it had received as an Atlantic hurricane, and why some "
     "letters are skipped. Coastal flooding, fallen trees and school closures are named in "
     "passing.",
     ("storm naming", "named storms", "weather warnings", "windstorms", "datasets"),
     ("IE",), "2025-03"),
    ("fv11", "case-study", "fr",
     "Baptiser les tempêtes : ce que le nommage des dépressions a changé depuis 2017",
     "Longtemps, les tempêtes qui frappaient la France portaient des noms différents selon les "
     "pays ou n'en portaient pas, et Xynthia, en 2010, avait reçu le sien d'un institut "
     "universitaire étranger. Depuis l'automne 2017, Météo-France nomme les dépressions "
     "susceptibles de provoquer des vents violents, au sein d'un groupe du sud-ouest de l'Europe "
     "formé avec les services météorologiques de l'Espagne et du Portugal, rejoints ensuite par "
     "ceux de la Belgique et du Luxembourg : une liste alphabétique commune est publiée chaque "
     "année, et le premier service qui émet une vigilance orange pour le vent baptise la "
     "tempête. Cette étude de cas, menée avec des chercheurs en sciences de l'information, "
     "examine ce que le nommage a changé : la place des noms dans les médias et sur les réseaux "
     "sociaux, la mémoire des habitants, les comportements pendant les tempêtes Alex, Ciarán et "
     "Domingos, et les débats sur le choix des prénoms. Les submersions marines, les coupures "
     "d'électricité et la vigilance pluie-inondation ne sont citées qu'en passant.",
     ("nommage des tempêtes", "tempêtes", "vigilance météorologique", "communication du risque",
      "études de cas"),
     ("FR",), "2024-11"),
    ("fv12", "event", "es",
     "Jornada para periodistas: cómo y por qué se ponen nombres a las borrascas de gran impacto",
     "Desde 2017 la agencia estatal de meteorología pone nombre a las borrascas que pueden "
     "causar avisos naranjas o rojos en España, dentro de un grupo del suroeste de Europa con "
     "los servicios meteorológicos de Francia y Portugal, al que se sumaron después Bélgica y "
     "Luxemburgo, y cuyas listas alternan nombres de mujer y de hombre. El 6 de noviembre de "
     "2025 su delegación en la Comunitat Valenciana organiza en Valencia una jornada para "
     "periodistas y responsables de comunicación de ayuntamientos y de protección civil: "
     "explicará cómo se elige cada lista, quién bautiza una borrasca, por qué las danas no "
     "reciben nombre, cómo se combinan los nombres con los avisos y las alertas a los móviles, y "
     "qué aprendieron los medios con Gloria en 2020 y Filomena en 2021. Un taller práctico "
     "propondrá redactar titulares que informen sin alarmar. La inundación de octubre de 2024, "
     "la sequía y los incendios forestales se citan de paso.",
     ("nombres de borrascas", "borrascas de gran impacto", "avisos meteorológicos",
      "comunicación del riesgo", "eventos"),
     ("ES",), "2025-09"),
    # --- space weather --------------------------------------------------------------------------
    ("fv13", "project", "en",
     "A space weather centre in Hermanus: alerts for airlines, power utilities and HF radio users",
     "Solar flares and the clouds of charged particles that the Sun throws out can, a day or two "
     "later, disturb the Earth's magnetic field: geomagnetic storms induce currents that have "
     "damaged transformers in South Africa's power grid, degrade the satellite positioning used "
     "by farmers, surveyors and aircraft, and black out the high-frequency radio that pilots "
     "use over the oceans. The national space agency's magnetic observatory at Hermanus, in the "
     "Western Cape, has recorded the field since 1941, and this project turns it into an "
     "operational space weather centre that can also serve as a regional centre for the "
     "advisories that civil aviation requires. It adds magnetometers and ionosondes, staffs a "
     "forecasting desk around the clock, sends alerts and three-day forecasts to the "
     "electricity utility, the airlines, the navy and radio amateurs, and trains forecasters "
     "from other countries of the region. Aurora sightings, the radio telescopes of the Karoo "
     "and lightning are named in passing.",
     ("space weather", "geomagnetic storms", "early warning", "power grids", "projects"),
     ("ZA",), "2024-08"),
    ("fv14", "case-study", "fr",
     "La panne du 13 mars 1989 au Québec : ce qu'un orage magnétique a appris au réseau "
     "électrique",
     "Dans la nuit du 13 mars 1989, une éjection de masse coronale partie du Soleil quelques "
     "jours plus tôt a déclenché un orage géomagnétique qui a fait tomber en 90 secondes le "
     "réseau de transport d'Hydro-Québec : six millions de personnes sont restées jusqu'à neuf "
     "heures sans courant, par un froid d'hiver. Les courants induits dans les longues lignes à "
     "haute tension qui descendent des centrales de la baie James, sur le sol rocheux du "
     "Bouclier canadien, avaient saturé les transformateurs et fait déclencher les "
     "compensateurs. Cette étude de cas retrace la panne, puis les mesures prises depuis : "
     "compensation série des lignes, protections modifiées, surveillance en temps réel du champ "
     "magnétique, consignes d'exploitation quand le service canadien de météorologie de "
     "l'espace annonce un orage, et exercices avec les réseaux voisins. Elle examine aussi la "
     "tempête solaire de mai 2024, passée sans dommage. Les aurores boréales, le verglas de 1998 "
     "et les satellites ne sont cités qu'en passant.",
     ("météorologie de l'espace", "orages magnétiques", "réseaux électriques", "Hydro-Québec",
      "études de cas"),
     ("CA",), "2024-06"),
    ("fv15", "need", "es",
     "Necesidad: magnetómetros y receptores GNSS para pronosticar el clima espacial en Argentina",
     "La Argentina está bajo la anomalía magnética del Atlántico Sur, donde el campo magnético "
     "terrestre es más débil y los satélites reciben más radiación, y su ionosfera se altera "
     "mucho durante las tormentas solares y geomagnéticas. Esas tormentas afectan el "
     "posicionamiento satelital de la maquinaria agrícola y de los agrimensores, las "
     "comunicaciones por radio de alta frecuencia con las bases de la Antártida y con los "
     "buques, y las largas líneas de alta tensión que vienen de la Patagonia. El laboratorio "
     "nacional de meteorología del espacio, con el servicio meteorológico y dos universidades, "
     "publica desde 2016 boletines de clima espacial, pero casi sin instrumentos propios. "
     "Solicita apoyo para instalar diez magnetómetros y veinte receptores GNSS de doble "
     "frecuencia desde Jujuy hasta Tierra del Fuego y una ionosonda en el sur, y becas para "
     "formar pronosticadores. Pide además un protocolo de avisos con la compañía de transporte "
     "de energía eléctrica. Las auroras australes, la basura espacial y los terremotos se "
     "mencionan de paso.",
     ("clima espacial", "meteorología del espacio", "tormentas geomagnéticas", "ionosfera",
      "necesidades"),
     ("AR",), "2025-01"),
    # --- prepositioning of relief supplies ------------------------------------------------------
    ("fv16", "project", "en",
     "Relief supplies in place before the cyclone season: prepositioned stocks in Fiji's outer "
     "islands",
     "When Cyclone Winston crossed Fiji in 2016, tarpaulins, water containers and food took days "
     "or weeks to reach the Lau and Lomaiviti islands, because boats could only be loaded in "
     "Suva after the storm had passed, and wharves and roads were damaged. This project of the "
     "national disaster management office, the Red Cross society and the divisional "
     "commissioners prepositions relief supplies before each cyclone season: containerised "
     "warehouses on twelve outer islands and in the Northern and Western divisions hold shelter "
     "kits, tarpaulins, jerrycans, hygiene kits, solar lamps and water purification units for "
     "30,000 households. Community disaster committees keep the stock cards and rotate food and "
     "soap before they expire, and the divisions check every warehouse once a year. An "
     "agreement with shipping companies sets priorities for the first voyages after a storm, "
     "and each exercise tests how fast the stocks reach the villages. Cash transfers, "
     "evacuation centres and fishing boats are named in passing.",
     ("prepositioning", "relief supplies", "emergency stockpiles", "tropical cyclones",
      "projects"),
     ("FJ",), "2024-10"),
    ("fv17", "need", "fr",
     "Besoin : prépositionner des stocks de contingence avant la saison cyclonique dans le "
     "nord-est de Madagascar",
     "Chaque année, de décembre à avril, des cyclones frappent la côte nord-est de Madagascar, "
     "et après leur passage les districts d'Antalaha, de Maroantsetra et de Mananara restent "
     "coupés pendant des semaines : routes et ponts sont emportés, et les vivres, les bâches et "
     "les médicaments envoyés d'Antananarivo n'arrivent qu'en avion ou en bateau, au prix fort. "
     "L'organe national de gestion des risques et des catastrophes et les comités régionaux "
     "demandent un appui pour prépositionner des stocks de contingence dans les chefs-lieux de "
     "district et de commune avant chaque saison : construire ou réhabiliter six magasins "
     "surélevés, à l'abri des inondations, y stocker riz, huile, bâches, kits d'hygiène et "
     "d'abri, ustensiles de cuisine et comprimés de purification de l'eau, former les "
     "magasiniers à la tenue des stocks et au renouvellement des denrées, et signer des accords "
     "avec des transporteurs locaux. Le financement basé sur les prévisions, la vanille et les "
     "abris anticycloniques ne sont cités qu'en passant.",
     ("prépositionnement", "stocks de contingence", "cyclones", "logistique humanitaire",
      "besoins"),
     ("MG",), "2025-05"),
    ("fv18", "case-study", "es",
     "El centro logístico humanitario de Panamá y la respuesta a los huracanes Eta e Iota",
     "En noviembre de 2020 dos huracanes de categoría 4, Eta e Iota, tocaron tierra en "
     "Centroamérica con dos semanas de diferencia. Desde las bodegas del centro logístico "
     "regional de asistencia humanitaria, en la antigua base de Howard, en Panamá, donde "
     "gobiernos, agencias de las Naciones Unidas y la Cruz Roja mantienen suministros "
     "preposicionados, salieron en pocos días aviones y camiones con kits de higiene, lonas, "
     "bidones, mosquiteros, colchonetas y plantas potabilizadoras. Este estudio de caso "
     "reconstruye esa respuesta: qué había en reserva, cuánto tardaron los envíos, qué faltó, "
     "cómo se resolvieron los trámites de aduana y cómo el centro, que el gobierno panameño "
     "administra desde 2017, repuso sus existencias. Analiza también la reserva de alimentos "
     "para emergencias y los despachos hacia el Caribe después de otros huracanes, y propone "
     "reglas para rotar los productos que caducan. La pandemia, los refugios temporales y el "
     "canal se mencionan de paso.",
     ("preposicionamiento", "suministros humanitarios", "logística humanitaria", "huracanes",
      "estudios de caso"),
     ("PA",), "2024-07"),
    # --- incident command system ----------------------------------------------------------------
    ("fv19", "document", "en",
     "Incident Command System: a guide for local disaster risk reduction and management "
     "councils in the Philippines",
     "Since 2012 the Philippines has required every response, from a town fiesta to a super "
     "typhoon, to be organised under the Incident Command System (ICS), the model that wildland "
     "firefighters first developed in the 1970s: one incident commander, a command staff for "
     "safety, liaison and public information, and general staff sections for operations, "
     "planning, logistics and finance and administration, with a span of control of three to "
     "seven people and common terms that every agency understands. This guide, issued by the "
     "office of civil defense for municipal and city disaster risk reduction and management "
     "officers, explains when to activate an incident management team, how to fill in the "
     "incident action plan and the resource forms, how a unified command works when the fire "
     "bureau, the police and the coast guard arrive together, and how the incident command post "
     "relates to the emergency operations centre. It draws lessons from Typhoon Haiyan and the "
     "eruption of Taal Volcano. Drills, search and rescue dogs and relief goods are named in "
     "passing.",
     ("Incident Command System", "ICS", "emergency management", "local government",
      "guidance"),
     ("PH",), "2024-05"),
    ("fv20", "support-source", "fr",
     "Offre : formations au système de commandement des incidents pour la protection civile "
     "d'Haïti",
     "Quand le séisme d'août 2021 a frappé la presqu'île du Sud, les pompiers, la police, les "
     "hôpitaux, les ONG et les comités communaux de protection civile sont arrivés chacun avec "
     "son chef et ses formulaires. Pour que tous parlent le même langage, la direction générale "
     "de la protection civile et une école de sapeurs-pompiers offrent aux mairies, aux comités "
     "départementaux et communaux et aux organisations de secours des formations gratuites au "
     "système de commandement des incidents (SCI), appelé ailleurs système de commandement "
     "d'intervention : un cours de base de trois jours, un cours intermédiaire pour les chefs "
     "d'équipe et un cours de formateurs, en créole et en français. On y apprend à établir un "
     "poste de commandement, à désigner un commandant de l'incident, à organiser les sections "
     "opérations, planification, logistique et administration, à rédiger un plan d'action et à "
     "passer au commandement unifié. Chaque cours se termine par un exercice sur table. Les "
     "abris provisoires, le choléra et les chiens de sauvetage ne sont cités qu'en passant.",
     ("système de commandement des incidents", "SCI", "protection civile", "formations",
      "offres"),
     ("HT",), "2025-02"),
    ("fv21", "event", "es",
     "Curso Básico del Sistema de Comando de Incidentes para bomberos y brigadistas del Chaco "
     "paraguayo",
     "Los grandes incendios forestales del Chaco y las crecidas del río Paraguay reúnen cada año "
     "a bomberos voluntarios, militares, la secretaría de emergencia nacional, gobernaciones, "
     "municipios y comunidades indígenas, que a menudo trabajan sin un mando común. Del 14 al "
     "18 de julio de 2025, la secretaría de emergencia nacional y el cuerpo de bomberos "
     "voluntarios organizan en Filadelfia, en el departamento de Boquerón, un Curso Básico del "
     "Sistema de Comando de Incidentes (CBSCI) para 30 participantes: principios del sistema, "
     "funciones del comandante del incidente, instalaciones como el puesto de comando, la base "
     "y el área de espera, manejo de recursos, formularios SCI 201 y 214, plan de acción del "
     "incidente y comando unificado. El último día se dedica a un ejercicio de simulación de un "
     "incendio que obliga a evacuar una estancia y una comunidad. Los instructores están "
     "acreditados por el programa regional del sistema. El dengue, la bajante del río y la "
     "ganadería se mencionan de paso.",
     ("Sistema de Comando de Incidentes", "SCI", "bomberos", "gestión de emergencias",
      "eventos"),
     ("PY",), "2025-04"),
    # --- satellite rapid mapping for disasters --------------------------------------------------
    ("fv22", "dataset", "en",
     "Satellite rapid maps of Pakistan's 2022 monsoon floods: flood extent and damage grading",
     "From June to October 2022 record monsoon rains flooded about a third of Pakistan, large "
     "parts of Sindh and Balochistan for months. Within days the national disaster management "
     "authority asked for satellite imagery through the International Charter on Space and "
     "Major Disasters, and space agencies, the United Nations satellite centre and university "
     "teams produced rapid maps from radar images, which see through clouds, and from optical "
     "images. This dataset gathers more than 400 of those rapid mapping products: flood extent "
     "polygons for each acquisition date, the maximum flood extent by district, flooded cropland "
     "and roads, estimates of the people exposed, and the damage grading of villages from very "
     "high resolution images, with the satellite, date and producer of each map. Notes explain "
     "why radar flood maps miss water under crops and in towns, and how the maps were checked "
     "against field reports. Glacial lake outbursts, cholera and the relief camps are named in "
     "passing.",
     ("satellite rapid mapping", "flood extent maps", "International Charter",
      "disaster response", "datasets"),
     ("PK",), "2024-03"),
    ("fv23", "event", "fr",
     "Atelier : la cartographie rapide par satellite au service de la protection civile du Niger",
     "Les crues du fleuve Niger et les pluies diluviennes de 2024 ont touché plus d'un million "
     "de personnes au Niger, de Niamey à Maradi et à Zinder. La cartographie rapide par "
     "satellite, que la Charte internationale « Espace et catastrophes majeures » et le service "
     "de gestion des urgences de Copernicus fournissent gratuitement quand ils sont activés, "
     "aurait pu situer les villages inondés, mais peu d'agents savaient la demander ou lire les "
     "cartes. Du 3 au 7 novembre 2025, la direction générale de la protection civile, le centre "
     "régional AGRHYMET et un laboratoire universitaire organisent à Niamey un atelier de cinq "
     "jours pour 35 agents de la protection civile, du service hydrologique et des régions : "
     "déclencher une activation, lire les cartes d'emprise des inondations et des dégâts, les "
     "croiser avec les listes de sinistrés, et produire ses propres cartes à partir des images "
     "radar de Sentinel-1 avec un logiciel libre. Les criquets, la sécurité alimentaire et les "
     "pluviomètres ne sont cités qu'en passant.",
     ("cartographie rapide", "imagerie satellitaire", "inondations", "protection civile",
      "événements"),
     ("NE",), "2025-08"),
    ("fv24", "need", "es",
     "Necesidad: capacidad nacional para pedir y usar mapas satelitales de emergencia en "
     "Honduras",
     "Después de los huracanes Eta e Iota, en noviembre de 2020, el valle de Sula quedó bajo el "
     "agua durante semanas, y los mapas satelitales de las zonas inundadas que llegaron por la "
     "Carta Internacional sobre el Espacio y los Grandes Desastres y otros servicios de "
     "cartografía de emergencia se usaron poco: nadie en el país estaba designado para "
     "solicitarlos, los técnicos municipales no sabían abrirlos y no había capas de viviendas y "
     "caminos con las que cruzarlos. La secretaría de gestión de riesgos, con el instituto de la "
     "propiedad y una universidad, solicita apoyo para designar un usuario autorizado de la "
     "Carta, formar un equipo de cartografía rápida de doce personas, comprar computadoras e "
     "imágenes, preparar capas base de las cuencas del Ulúa y del Chamelecón, y capacitar a los "
     "comités de emergencia municipales en la lectura de mapas de inundación y de daños. Los "
     "drones, los bordos y los albergues se mencionan de paso.",
     ("mapas satelitales", "cartografía de emergencia", "inundaciones", "gestión de riesgos",
      "necesidades"),
     ("HN",), "2025-06"),
    # --- travelling exhibitions -----------------------------------------------------------------
    ("fv25", "event", "en",
     "Travelling exhibition 'Our Coast, Our Future' tours the villages of Samoa",
     "After the tsunami of 2009 and Cyclone Evan in 2012, many coastal villages of Samoa moved "
     "their homes inland, and people still ask why the sea is rising and what they can do. From "
     "3 March to 30 June 2025 the environment ministry, the national university and the village "
     "councils take a travelling exhibition, 'Our Coast, Our Future', to 24 villages of Upolu "
     "and Savai'i. Its twenty portable panels, printed in Samoan and English, with photographs "
     "of the shore then and now, a scale model of a lagoon and a touch-screen map of coastal "
     "hazards, stand for a week in the meeting house of each village: school classes visit in "
     "the mornings, women's committees and matai in the evenings, when staff explain the "
     "coastal plan of the district and record the stories that elders tell about the shoreline. "
     "The touring exhibition then stays at the museum in Apia. Mangrove planting, seawalls and "
     "the tide gauge of Apia are named in passing.",
     ("travelling exhibitions", "coastal hazards", "public awareness", "sea level rise",
      "events"),
     ("WS",), "2025-01"),
    ("fv26", "support-source", "fr",
     "Offre : prêt gratuit de l'exposition itinérante « Au fil de l'eau » aux écoles et "
     "communes de Wallonie",
     "Le service public de Wallonie et les contrats de rivière prêtent gratuitement aux écoles, "
     "aux communes, aux bibliothèques et aux associations de Wallonie, en Belgique, une "
     "exposition itinérante sur le cycle de l'eau et les inondations : quinze panneaux "
     "autoportants, trois maquettes de bassin versant sur lesquelles on fait pleuvoir pour voir "
     "l'eau ruisseler, s'infiltrer ou déborder, des cartes des zones inondables de la commune et "
     "des fiches pédagogiques pour les enseignants du primaire et du secondaire. Créée après les "
     "inondations de juillet 2021 dans la vallée de la Vesdre, elle explique d'où vient l'eau du "
     "robinet, ce que devient l'eau usée, pourquoi les rivières débordent et comment chacun peut "
     "se protéger. L'offre comprend le transport, le montage par un animateur et une visite "
     "guidée pour la première classe ; l'exposition se réserve en ligne pour deux à quatre "
     "semaines. Les batardeaux, les stations d'épuration et les castors ne sont cités qu'en "
     "passant.",
     ("expositions itinérantes", "sensibilisation", "cycle de l'eau", "inondations", "offres"),
     ("BE",), "2024-09"),
    ("fv27", "project", "es",
     "Una exposición itinerante sobre los glaciares y el agua recorre las provincias de Áncash",
     "Los glaciares de la Cordillera Blanca, en el Perú, han perdido más de un tercio de su "
     "superficie desde los años setenta, y de su deshielo dependen en la época seca el río "
     "Santa, los canales de riego y el agua potable de Huaraz. Este proyecto de la autoridad "
     "nacional del agua, el instituto de investigación en glaciares y ecosistemas de "
     "montaña y el gobierno regional lleva a las veinte provincias de Áncash una exposición "
     "itinerante montada en un camión que se abre como una sala: paneles en castellano y en "
     "quechua, una maqueta del glaciar que se derrite, fotografías de los nevados de hace cien "
     "años y de hoy, el relato del alud de Yungay y un rincón donde los visitantes graban sus "
     "recuerdos del hielo. En cada plaza la muestra se queda tres días, con visitas guiadas para "
     "escolares y una charla para las juntas de usuarios de riego, y registra cuántos visitantes "
     "llegan. Las lagunas glaciares, la minería y la quinua se mencionan de paso.",
     ("exposición itinerante", "glaciares", "educación ambiental", "Cordillera Blanca",
      "proyectos"),
     ("PE",), "2024-11"),
    # --- urban shade structures -----------------------------------------------------------------
    ("fv28", "project", "en",
     "Shade where people wait and walk: bus stop canopies and shade sails in Phoenix's hottest "
     "neighbourhoods",
     "Phoenix, Arizona, recorded 31 consecutive days above 110°F in July 2023, and the county "
     "counted hundreds of heat deaths, many of them people walking, waiting for buses or living "
     "outdoors. Large parts of the city's south and west have wide streets, few trees and bus "
     "stops with no cover at all. This project of the city's heat response and mitigation "
     "office, the transit department and neighbourhood groups builds shade where people wait "
     "and walk: shade canopies and perforated metal shelters at 300 bus stops, shade sails over "
     "the play equipment of twelve parks, and shaded routes of trees and structures to schools, "
     "clinics and light rail stations. Residents walk the routes with staff to choose the sites, "
     "and sensors record the surface and air temperatures under each structure. The project "
     "also changes the city's design standards so that new developments must shade their "
     "sidewalks. Cooling centres, misting fans and cool pavement coatings are named in passing.",
     ("urban shade", "shade structures", "extreme heat", "bus stops", "projects"),
     ("US",), "2024-12"),
    ("fv29", "document", "fr",
     "Ombrager les rues et les places : guide des voiles d'ombrage et des vélums pour les "
     "communes",
     "Avec des étés où les canicules se succèdent, les communes du sud de la France cherchent à "
     "rafraîchir les rues et les places minérales où la chaleur devient insupportable "
     "l'après-midi. Ce guide d'une agence d'urbanisme de Provence, écrit pour les élus et les "
     "services techniques, compare les moyens d'ombrager l'espace public : arbres d'alignement, "
     "pergolas végétalisées, voiles d'ombrage et vélums tendus au-dessus des rues commerçantes, "
     "comme à Avignon ou à Aix-en-Provence, auvents et ombrières textiles pour les marchés, les "
     "arrêts de bus et les cours d'école. Il explique comment choisir la toile selon la lumière "
     "et l'air qu'elle laisse passer, les ancrages dans les façades et leur autorisation en "
     "secteur protégé, la tenue au mistral, la dépose en hiver, la sécurité incendie et le coût "
     "au mètre carré. Des mesures de température ressentie avant et après la pose accompagnent "
     "chaque exemple. Les brumisateurs, les fontaines et la désimperméabilisation ne sont cités "
     "qu'en passant.",
     ("voiles d'ombrage", "ombrage de l'espace public", "canicules", "aménagement urbain",
      "guides"),
     ("FR",), "2025-04"),
    ("fv30", "case-study", "es",
     "Los toldos de las calles de Sevilla: sombra tendida contra el calor",
     "Cada verano, de junio a septiembre, el ayuntamiento de Sevilla tiende toldos de lona entre "
     "las fachadas de las calles comerciales del centro, como Sierpes, Tetuán y Velázquez, una "
     "costumbre que viene de siglos atrás y que hoy forma parte del plan municipal contra el "
     "calor. Este estudio de caso repasa cómo se instalan y se pagan los toldos, quién los monta "
     "y los retira, los permisos de vecinos y comercios, y cómo la ciudad los ha extendido a "
     "plazas, paradas de autobús y caminos escolares de barrios como el Polígono Sur, con velas "
     "de sombra y pérgolas. Resume las mediciones de una universidad: bajo los toldos la "
     "temperatura del suelo baja más de quince grados y la sensación térmica varios grados, "
     "aunque el aire caliente puede quedar atrapado si la lona no transpira. Compara el sistema "
     "con el entoldado de las calles de Córdoba y con los refugios climáticos de otras ciudades. "
     "El arbolado, las fuentes y la sequía se mencionan de paso.",
     ("toldos", "velas de sombra", "calor urbano", "espacio público", "estudios de caso"),
     ("ES",), "2025-05"),
)  # fmt: skip
