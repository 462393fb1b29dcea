"""Clearing-house records of the hundred-and-seventy-third judged relevance set
(tests/search/relevance/queries173.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: urban drainage pages on
floodable parks (a case study of ten years of the Benthemplein, Rotterdam's first water square, a
waterplein of three sunken basins, in the Netherlands; a project of a parc inondable on a cadereau
of Nîmes against the épisodes cévenols, France; a dataset of the water held by the Parque Hídrico
La Quebradora, a parque inundable of Iztapalapa, Mexico); disaster response pages on spontaneous
volunteers (a guide, a document, for Queensland councils on managing the spontaneous volunteers of
the Mud Army, Australia; a case study of the bénévoles spontanés of the valley of the Vesdre after
the floods of July 2021, Belgium; a need for a platform to coordinate the voluntarios espontáneos,
the voluntarios del barro, after the dana of Valencia, Spain); disaster awareness pages on the
International Day for Disaster Risk Reduction, 13 October (a case study of ten years of the day
in the municipalities and schools of Nepal; a kit, a document, for the communes and schools of
Morocco to organise the Journée internationale pour la réduction des risques de catastrophe,
formerly the Journée internationale de la prévention des catastrophes naturelles; a feria and a
simulacro, an event, for the Día Internacional para la Reducción del Riesgo de Desastres at
Portoviejo, Ecuador); weather service pages on satellite data receiving stations (a project of
HimawariCast receiving stations for Vanuatu's weather service; a need to replace the station de
réception EUMETCast of the PUMA project at Conakry, Guinea; a curso, an event, on the estaciones
receptoras GEONETCast-Américas at Tegucigalpa, Honduras); early warning pages on flash flood
guidance systems (a course, an event, on the flash flood guidance system, the FFGS, for the
forecasters and district civil protection officers of Zimbabwe in Harare; a project of the système
d'indications relatives aux crues éclair, the crues soudaines, for the small basins of Haiti; a
dataset of the avisos of the Sistema Guía para Crecidas Repentinas, the avenidas súbitas, of
Costa Rica); drinking water pages on the disinfection of wells after floods (a guide, a document,
to the shock chlorination of private wells after hurricanes in North Carolina, United States; a
need to désinfecter the puits, the chloration choc, of the flooded villages of Maradi and Zinder,
Niger; a case study of the cloración de pozos, the desinfección de pozos, after the floods of 2014
in the Beni, Bolivia); coastal pages on the coastal vulnerability index (a dataset of the CVI of
Sri Lanka's coast by one-kilometre segment; a project of an indice de vulnérabilité côtière, the
IVC, for the coast of Côte d'Ivoire from Tabou to Assinie; a guía metodológica, a document, to
the índice de vulnerabilidad costera of the Colombian Caribbean); ocean observation pages on
drifting buoys (an offer, a support source, of free drifting buoys, drifters, for ships and yachts
crossing the Southern Ocean from South Africa; a dataset of the bouées dérivantes deployed from La
Réunion in the south-west Indian Ocean; the launch of boyas de deriva, derivadores, adopted by the
schools of the Callao, an event, Peru); risk and hygiene communication pages on radio dramas (a
case study of a radio drama on cyclone preparedness on the coast of Bangladesh; an offer, a support
source, of a feuilleton radiophonique on water, hygiene and cholera for the radios communautaires
of the Kivu, Democratic Republic of the Congo; a project of a radionovela, radioteatro, on water,
sanitation and drought for the Corredor Seco of Guatemala); and sanitation pages on raised latrines
(a project of raised, flood-resilient latrines in the flood-hit districts of Sindh, Pakistan; a
need for latrines surélevées, latrines résistantes aux inondations, for the lake villages of
So-Ava on the lac Nokoué, Benin; an offer, a support source, of the design and building of
letrinas elevadas for the bañados of Asunción, Paraguay). English, French and Spanish, 10 records
each, every topic written once in each language (different countries, projects and angles, not
translations of one text).

None of records.py, records3.py, ..., records169.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (floodable park, water square, waterplein, water plaza, flood
park, retention park, multifunctional, parc inondable, place inondable, espace public inondable,
bassin de rétention, bassin d'orage, parque inundable, parque hídrico, plaza del agua, vaso
regulador, Benthemplein, Enghave, La Quebradora, Marjal, sponge city, rain garden; spontaneous
volunteer, unaffiliated, Mud Army, volunteer, volunteering, bénévole, bénévoles spontanés,
bénévolat, citoyens solidaires, réserve communale, voluntario, voluntarios espontáneos,
voluntarios del barro, voluntariado, community emergency response, CERT; International Day for
Disaster Risk Reduction, International Day for Natural Disaster Reduction, IDDRR, 13 October,
Journée internationale, prévention des catastrophes, 13 octobre, Día Internacional, reducción del
riesgo de desastres, 13 de octubre, Sendai, awareness day, national disaster; satellite receiving
station, receiving station, ground station, dish, receiver, EUMETCast, EUMETSAT, PUMA, Meteosat,
MSG, HimawariCast, Himawari, GEONETCast, GOES, geostationary, station de réception, récepteur,
antenne parabolique, géostationnaire, estación receptora, receptor, antena parabólica,
geoestacionario, satellite images, images satellitaires, imágenes satelitales; flash flood, flash
flood guidance, FFGS, guidance system, crue éclair, crues soudaines, crues rapides, crecida
repentina, crecidas súbitas, avenida súbita, Hydrologic Research Center; well disinfection, shock
chlorination, chlorination, private well, flooded well, shallow well, désinfection des puits,
chloration, chloration choc, puits traditionnels, puits inondés, desinfección de pozos, cloración
de pozos, hipoclorito, pozos someros, pozos excavados, norias; coastal vulnerability index, CVI,
vulnerability index, coastal vulnerability, coastal erosion, indice de vulnérabilité côtière,
IVC, vulnérabilité du littoral, érosion côtière, índice de vulnerabilidad costera, vulnerabilidad
costera, erosión costera; drifting buoy, drifter, surface drifter, Global Drifter, bouée
dérivante, dérivant, boya de deriva, derivador, boya a la deriva; radio drama, radio serial, radio
soap, soap opera, listener club, feuilleton, feuilleton radiophonique, série radiophonique, clubs
d'écoute, radionovela, radioteatro, telenovela, grupos de escucha, drama, fictional; raised
latrine, flood-resilient latrine, raised pit, plinth, latrines surélevées, socle, surélevé,
letrinas elevadas, baños elevados, sobreelevado, zócalo, and latrine, letrina, toilet and baño
near flood, inondation and inundación). Screened and dropped as covered: water ATMs (the prepaid
water meters for the yard taps and standpipes of Lusaka, fb04, and the water kiosks of ex16-ex18),
unsolicited relief donations (the drug donations after hurricanes Eta and Iota, bc27, a guide to
donated medicines and their expiry), sachet water (screened by sets 114, 118, 149 and 154, and
nearer the chemicals engineers' plastic litter pages), water quality test kits (named by the
chlorine dispenser dataset fv04, the borax test kits of eh16 and the arsenic field kits of t11),
waste stabilisation ponds (the lagunage of bt20 and other wastewater pages, as set 149 found),
open days at water treatment plants (next to the water museums gl25-gl27), escape games (a kind
of the serious games ct22-ct24), mapathons (next to the participatory mapping pages), social water
tariffs (next to the subsidised connections fz04-fz06, whose words include tarifa social),
rockfall, breakwaters and groynes, lightning (bx25-bx27), dam safety, avalanches, hail, heat action
plans, cold waves, drought monitoring (records12), community radios (bq22-bq24), podcasts
(dv28-dv30), theatre (dz25-dz27), hackathons, summer schools, study tours and the other topics of
sets 42 to 169 and those their docstrings list as covered; screened with no or passing hits but not
chosen: gravity-fed water schemes (named in passing by gt04 and fz pages), river ice jams and ice
roads (no Spanish-speaking place), snow fences, lighthouses, volcano observatories (next to the
volcano pages br25-br27), restoring family links, misting stations, emergency operations centres
(named by fj19 and fv19) and colour-coded weather warnings (next to the impact-based forecasting
pages gt22-gt24).

No earlier record is judged relevant, not even in part. All the hits are passing or about other
things, judged 0: the rain gardens (de25-de27, de27 in the schools of Iztapalapa), the underground
stormwater storage (ff13-ff15, ff15 with its tanques de tormenta under the parque de Joan Miró),
the daylighting of the río Magdalena with a parque lineal (ck18), the green schoolyards (cq19-cq21)
and the zones inondables of the Gard houses (fn14) and of the floodplain and savanna pages, no
floodable park; the dike watch of trained volunteers on the Meuse (gp13-gp15), the levee patrols,
the volunteer sea rescue and storm spotter pages, the voluntourism pages (cu13-cu15), the gleaning
volunteers (fi28, fi29) and the homes of l'Horta Sud after the dana (fn15), no spontaneous
volunteers; World Oceans Day (gt16-gt18), World Toilet Day (gp28-gp30), the Día Meteorológico
Mundial of fz15, the journée mondiale de l'eau of gl26, the national disaster resilience month of
the drawing contest gl28, the Sendai Framework of the disaster loss databases (fn22, fn23) and the
simulacros (k09, o09, y18), no International Day for Disaster Risk Reduction; the ground receiving
equipment of the radiosondes of Honiara (fb16), the satellite rapid mapping pages (fv22-fv24), the
GNSS receivers of the space weather need (fv15), the tide gauge receiver of ex05 and the many
records that use satellite images, no satellite data receiving station of a weather service; the
low-water crossings of Flash Flood Alley and the radiers submersibles and badenes (gd04-gd06, gd05
with crues soudaines among its subjects), the crues éclair of the Gard (fn14), the flash flood of
Fort Collins behind the volunteer rain gauges (fn25), the génie végétal of the ravines of Haiti
(bi14) and the Haitian loss database (fn23), no flash flood guidance system; the désinfection des
puits named in passing by the hand pump need fb02, the chlorine dispensers (fv04-fv06, fv06 at
the community wells of Alta Verapaz), the boil water advisories (fn04-fn06), the emergency water
treatment units (gt04-gt06, gt04 with its shallow wells filled with mud), the ceramic filters
(ex19-ex21) and the manual drilling pages (fj13-fj15), no disinfection of wells; the coastal
erosion pages (m10-m12, m12 at Cartagena), the coastal setbacks (fn10-fn12), the cliff pages
(fz10-fz12), CoastSnap (gd10-gd12, gd12 at Cartagena), the geobags and géotubes (fj25, fj26),
sand bypassing (fv07-fv09), beach nourishment (dq29, dq30), sand mining (v14) and the coastal
footpaths (gp07-gp09), no coastal vulnerability index; the Argo floats (fb28-fb30, fb29 naming the
bouées dérivantes de surface), the voluntary observing ships (gp01-gp03, gp02 and gp03 naming the
bouées dérivantes and boyas a la deriva in passing), the HF radars (fj01-fj03, fj03 with its
boyas y derivadores), the wave buoys (gh07-gh09), the underwater gliders (gl10-gl12) and the
drifting FADs of the tuna pages (bj16, ew13), no drifting buoys; the community radios and
environmental journalists (bq22-bq24, bq23 in the Democratic Republic of the Congo), the podcasts
(dv28-dv30, dv30 from a community radio of the Chocó), the village drama groups of the theatre
pages (dz25-dz27), the radio broadcasts of World Toilet Day (gp29) and the amateur radio pages
(fj19-fj21), no radio drama; and the dry toilets (by19-by21, by19 and by21 naming latrines that
flood), community-led total sanitation (fv01-fv03, fv01 with its latrines that collapsed in the
rains), faecal sludge emptying (fn01-fn03), the public toilets (ex10-ex12), the toilets of the
cyclone shelters (ex22-ex24), the raised fields, camellones and champs surélevés (di22, di23),
the raised lightning shelters (bx25) and the raised plinths of the photo contest (gp25), no raised
latrine.

records170.py (ids gu01..gu30, on chemicals, waste, pollution, energy, health, trade and enforcement
topics), records171.py (ids gv01..gv30, on biodiversity topics) and records172.py (ids gw01..gw30,
on agriculture, fisheries, forestry, food and land topics), written at the same time by three other
engineers, were searched for the same words once they were finished (with their queries170.tsv,
queries171.tsv and queries172.tsv, 60 queries each), before these records were judged. Their topics
are methylisothiazolinone and the isothiazolinone contact allergy, hazardous chemicals in school
supplies, nicotine pouches, disposable barbecues, shotgun cartridge wads, shops that keep their
doors open with the heating or air conditioning on, heat cost allocators, the auxiliary power units
of parked aircraft, the destruction of seized drugs and the toxic gases of bleach mixed with other
cleaning products (records170.py); pseudoscorpions, camel spiders, whip spiders, spider wasps,
velvet ants, treehoppers, todies, white-eyes, columbines and stinkhorns (records171.py); and citrus
tristeza virus, globe artichoke, sunn pest, Gumboro, Mangalica pigs, Maya nut, individual
transferable quotas, fish sauce, keyhole gardens and grain moisture meters (records172.py). None of
their records names a floodable park, a spontaneous volunteer, the International Day for Disaster
Risk Reduction, a satellite data receiving station, a flash flood guidance system, the disinfection
of a well, a coastal vulnerability index, a drifting buoy, a radio drama or a raised latrine. The
nearest are passing or about other things and judged 0: the household bleach, eau de Javel and cloro
of gu28-gu30 are mixed with acids and ammonia in homes and toilets, not poured into flooded wells,
and the workshop of gu30 in Costa Rica is no flash flood warning; the volunteers who count shotgun
wads on Irish beaches (gu13), the ramasseurs bénévoles of the Gironde (gu14) and the rangers and
volunteers of the moorland barbecue project (gu10) are organised litter and park volunteers, not
spontaneous volunteers after a disaster; the parrillas descartables of the playas y parques (gu12)
and the parks of the barbecue and biodiversity pages are no floodable park; the heat cost allocators
read by radio (gu19, gu21) are no radio drama; the crues of the sand islands of the Loire (gv11) and
the coastal forests of Kenya (gv07) are no flash flood guidance and no coastal vulnerability index;
the chlorine-free drinking water of the poultry offer (gw10) treats no well; the pozos and
desalination plants named by the keyhole garden guide of La Guajira (gw27) and the small coastal
fishery of the quota page gw19 are passing; and the Ivorian pages (gu26, gw11), the Ecuadorian pages
(gu27, and gw24 on the coast of Manabí), the todies of the massif de la Hotte in Haiti (gv20) and
the Costa Rican pages (gu30, gv18) answer none of the country queries. None of their records answers
a query of this set, and none of their queries is repeated in queries173.tsv.

Traps: the sewers that overflow (the combined sewer overflows ff13-ff15), the cloudbursts, the
basketball and skating, the stainless steel gutters, the groundwater and canals, the litter, the
green roofs (cg13-cg15), the storm surge barrier (ff01-ff03) and the rain barrels of gx01; the
épisode cévenol and the crues éclair of the cadereaux (next to the Gard pages fn14 and to gx14),
the bassins de rétention, the jeux d'enfants, the arbres, the alerte, the toitures végétalisées,
the ruissellement agricole and the vigilance orange of gx02; Iztapalapa (the rain gardens of
de27), the acuífero sobreexplotado and the pozos, the humedales, the infiltración, the
encharcamientos, the hundimiento del suelo, the Metro (gt27) and the pipas de agua (ex16-ex18) of
gx03; the Brisbane floods, the buckets and shovels, the asbestos, the heat, the tetanus, the
State Emergency Service, the evacuation centres and the insurance of gx04; the Vesdre and
Liège floods of July 2021 (next to the Meuse of gp13), the caves and the boue, the réseaux
sociaux, the Croix-Rouge, the pompiers, the plan d'urgence, the tentes, the dons de vêtements and
the ponts of gx05; the dana and l'Horta Sud (fn15), the escobas, palas y cubos, the leptospirosis,
the garajes inundados, the coches arrastrados, the ayudas a la reconstrucción and the alertas a
los móviles (fb19-fb21) of gx06; the Gorkha earthquake, the earthquake drills (the simulacros of
k09, o09 and y18), the street plays (dz25-dz27), the quizzes, the emergency stores (fv16-fv18),
the municipal plans and funds, the monsoon landslides (bv25-bv27), the temples (gh16) and the
trekking of gx07; the séisme d'Al Haouz, the exercice d'évacuation, the cartes des zones
inondables, the protection civile, the concours d'affiches (next to the drawing contests
gl28-gl30), the rescapés, the diagnostics des maisons endommagées (ff08), the reconstruction and
the inondations de Tétouan of gx08; the terremoto de 2016, the simulacro, the tsunami
(bs25-bs27), the bomberos and the Cruz Roja, the mochilas de emergencia (the emergency kits),
the mapas de amenazas, the maquetas de viviendas sismorresistentes (next to the seismic
retrofitting pages), the concierto, El Niño, the réplicas and the turismo of gx09; the tropical
cyclones and squall lines, the internet links, the Japan Meteorological Agency, the solar power,
Cyclone Pam (the vulnerability and capacity assessment gp16), the volcano of Ambae and the tide
gauges (ex04-ex06) of gx10; the lignes de grains, the mousson, the air marin, the onduleur and
panneaux solaires, the radars (asked for by bw27 and by27), the inondations de Conakry and the
radiosondages (fb16-fb18) of gx11; the focos de incendio, the temperatura del mar, the protección
civil, the agricultura, the huracán Mitch and the tormenta Eta (bc27, fv18), the radares, the
incendios forestales and the roya del café of gx12; Cyclone Idai (the T-shelters of ff10 and the
gauging stations of gl07), the debris, the river gauges, the bankfull, the phone and radio, the
landslides, the river gauging stations (gl07-gl09) and the drought of gx13; the mornes déboisés,
the ravines (bi14), the pluviomètres automatiques, the comités communaux, the cyclones, the
éboulements and the déforestation of gx14; the quebradas, the radar, the comisión nacional de
emergencias, the comités municipales, the falsas alarmas, the deslizamientos, the huracanes Otto
y Nate and the represa de Reventazón of gx15; the hurricanes Matthew, Florence and Helene, the
sewage, the hog farms and manure, the fuel, the wellhead and casings, the household bleach, the
coliform bacteria, the test bottles, the licensed driller, the boil water notices (fn04-fn06),
the septic systems and the arsenic of gx16; the puits cimentés, the latrines, the choléra, the
curage, the hypochlorite de calcium, the chlore résiduel, the margelles, the comparateurs et
réactifs, the forages équipés de pompes à motricité humaine (fb02) and the insécurité of gx17; the
Mamoré (the estaciones hidrométricas of gl09) and the Amazonía, the letrinas, the ganado muerto,
the diarreas, the hipoclorito de calcio, the cloro residual, the coliformes, the promotores
comunitarios, the albergues and the ganadería (next to the camellones of the Moxos, di22) of gx18;
the erosion, the storm surges, the 2004 tsunami, the sea level rise, the shapefile, the coral
mining, the mangrove replanting and the coastal railway of gx19; Grand-Lahou and the embouchure
du Bandama, Port-Bouët, the trait de côte (m11, gd11), the images satellite, the schéma
d'aménagement du littoral, the fumage du poisson (the fish smoking of records44), the port
d'Abidjan and the lagunes of gx20; the erosión costera (m12, also in Cartagena), Cartagena and
Santa Marta (gd12), the manglar, the ordenamiento territorial, the espolones, the minería de
arena and the turismo of gx21; the Southern Ocean, the storms, the air pressure and sea surface
temperature, the yachts, the ports of Cape Town, Durban and Gqeberha, the polar research ship,
the Argo floats (fb28-fb30) and the wave buoys (gh07-gh09) of gx22; the cyclones tropicaux, the
îles Éparses and the Terres australes, the navires de pêche, the avion, the échouage, the dérive
des déchets, the flotteurs Argo (fb29), the houlographes (gh08) and the cyclone Belal of gx23; the
Callao (gt18), the corriente de Humboldt, El Niño, the basura marina, the pesca, the lobos
marinos, the puerto de Chancay and the oleajes anómalos (the boyas de oleaje of gh09) of gx24; the
community radio stations (bq22-bq24), the cyclone warning signals, the shelter and the cyclone
shelters of Barguna (ex22), the flags, the listener clubs, the surveys, the Rohingya camps and
the mangroves of gx25; the radios communautaires (bq23, also in the Democratic Republic of the
Congo), the vendeuse d'eau (ex16-ex18), the traiter l'eau de boisson, the se laver les mains
(fj16-fj18), the latrines, the spots, the émission-débat, the camps de déplacés, the volcan
Nyiragongo and the lac Kivu of gx26; the Corredor Seco, the radios comunitarias, the comité de
agua, the sequía, the diarrea, the nacimiento (the spring protection pages), the WhatsApp, the
locutores, the grupos de escucha, the café, the migración and El Niño of gx27; the floods of 2022
(fv22), the pit latrines that collapsed, the open defecation and the open defecation free villages
(fv01-fv03), the squatting slab (the slabs named by gp28 and gp29), the flood level (the flood
marks ex07-ex09), the masons, the subsidy, the handwashing point (fj16-fj18), the sealed pits,
the hand pumps (fb01-fb03) and the mud houses of gx28; the maisons sur pilotis, Ganvié, the crue
de l'Ouémé (the stations hydrométriques of gl08), the défécation dans le lac, the fosse étanche,
the vidange par barque and the camion de vidange (fn02), the acadjas, the tourisme and the
jacinthe d'eau of gx29; and the río Paraguay, the refugios, the pozos ciegos (the pozos negros of
fn03), the cámara sellada, the rampa, the lavamanos, the comisiones vecinales, the vertedero de
Cateura and the defensa costera (the seawalls fb10-fb12) of gx30. Letters: the water square, the
waterplein, of gx01, the parc inondable of gx02 and the parque inundable, the parque hídrico, of
gx03 are floodable parks, public spaces designed to flood in heavy rain; the spontaneous
volunteers, the Mud Army, of gx04, the bénévoles spontanés of gx05 and the voluntarios
espontáneos, the voluntarios del barro, of gx06 are spontaneous volunteers; the International Day
for Disaster Risk Reduction of gx07, the Journée internationale pour la réduction des risques de
catastrophe of gx08 and the Día Internacional para la Reducción del Riesgo de Desastres of gx09
are the same day, 13 October; the HimawariCast receiving stations of gx10, the station de
réception EUMETCast of gx11 and the estaciones receptoras GEONETCast-Américas of gx12 are satellite
data receiving stations; the flash flood guidance system, FFGS, of gx13, the système
d'indications relatives aux crues éclair of gx14 and the Sistema Guía para Crecidas Repentinas of
gx15 are flash flood guidance systems; the shock chlorination of private wells of gx16, the
désinfection des puits, the chloration choc, of gx17 and the cloración de pozos of gx18 are the
disinfection of wells after floods; the coastal vulnerability index, CVI, of gx19, the indice de
vulnérabilité côtière, IVC, of gx20 and the índice de vulnerabilidad costera of gx21 are coastal
vulnerability indices; the drifting buoys, drifters, of gx22, the bouées dérivantes of gx23 and
the boyas de deriva, derivadores, of gx24 are drifting buoys; the radio drama of gx25, the
feuilleton radiophonique of gx26 and the radionovela of gx27 are radio dramas; and the raised
latrines of gx28, the latrines surélevées of gx29 and the letrinas elevadas of gx30 are raised,
flood-resilient latrines. The golden files name none of them (their only hits are a lion survey's
volunteer participants, radioactive and radiographic minerals and studies, a "drift" in software
and a history paper, and a software vulnerability).

For the country queries: gx01 names only the Netherlands (Rotterdam); gx02 only France (Nîmes,
the Cévennes in its épisodes cévenols); gx03 only Mexico (Mexico City, Iztapalapa); gx04 only
Australia (Queensland, Brisbane); gx05 only Belgium (the province of Liège, Pepinster, Verviers,
Limbourg, Chaudfontaine); gx06 only Spain (Valencia, l'Horta Sud, the Turia); gx07 only Nepal
(Gorkha), with the United Nations; gx08 only Morocco (Al Haouz, Tétouan), with the United
Nations; gx09 only Ecuador (Manabí, Portoviejo), with the United Nations; gx10 only Vanuatu (Port
Vila, Santo, Tanna, Ambae), with the Japan Meteorological Agency named as the broadcaster; gx11
only Guinea (Conakry, Kankan, Labé), with the African weather services of the PUMA project; gx12
only Honduras (Tegucigalpa), with the Americas; gx13 only Zimbabwe (Harare, Chimanimani); gx14
only Haiti (Port-au-Prince, Jacmel, Cap-Haïtien); gx15 only Costa Rica (Pérez Zeledón,
Turrialba), with Central America; gx16 only the United States (North Carolina); gx17 only Niger
(Maradi, Zinder); gx18 only Bolivia (the Beni, Trinidad, San Ignacio de Moxos, Guayaramerín);
gx19 only Sri Lanka (Negombo, Kalutara, Galle); gx20 only Côte d'Ivoire (Tabou, Assinie,
Grand-Lahou, Port-Bouët, Abidjan); gx21 only Colombia (La Guajira, Urabá, Cartagena, Santa Marta,
Barranquilla, Morrosquillo); gx22 only South Africa (Cape Town, Durban, Gqeberha), with the
Southern Ocean and Antarctica; gx23 only La Réunion, code RE, with the îles Éparses and the Terres
australes and the Indian Ocean; gx24 only Peru (the Callao, Chancay); gx25 only Bangladesh
(Barguna, Bhola, Cox's Bazar); gx26 only the Democratic Republic of the Congo (Bukavu, Goma, the
Nord-Kivu and Sud-Kivu), code CD; gx27 only Guatemala (Chiquimula, Zacapa, Baja Verapaz); gx28
only Pakistan (Sindh, Dadu, Jacobabad, Khairpur); gx29 only Benin (So-Ava, Ganvié, the lac
Nokoué, the Ouémé); gx30 only Paraguay (Asunción, the río Paraguay).

Ids (gx01..gx30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
gs01..gs30, gt01..gt30), nor with records170.py's (gu01..gu30), records171.py's (gv01..gv30) or
records172.py's (gw01..gw30), and no earlier id starts with "gx".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- floodable parks and water squares (public spaces designed to flood in heavy rain) --------
    ("gx01", "case-study", "en",
     "A square that floods on purpose: ten years of the Benthemplein water square in Rotterdam",
     "Rotterdam lies largely below sea level, and its sewers overflow when summer cloudbursts "
     "drop more rain than they can carry. In 2013 the city opened the Benthemplein, the first "
     "full-scale water square, or waterplein: a public square of three sunken basins, used most "
     "of the year for basketball, skating, a stage and sitting in the sun, that fills with "
     "rainwater from the surrounding roofs and streets during heavy showers. Stainless steel "
     "gutters bring the water in; the two shallow basins fill with every downpour, the deep one "
     "only in rare storms, and the water is held for up to 36 hours before it drains to the "
     "groundwater or the canals. This case study reviews ten years of use: how often the basins "
     "filled, how much water they stored, cleaning and litter, what students and neighbours "
     "think, and the lessons the city drew for its climate adaptation programme. Green roofs, "
     "the storm surge barrier and rain barrels are named in passing.",
     ("water squares", "urban flooding", "cloudbursts", "climate adaptation", "case studies"),
     ("NL",), "2025-03"),
    ("gx02", "project", "fr",
     "Projet : un parc inondable le long d'un cadereau de Nîmes pour retenir les eaux des "
     "épisodes cévenols",
     "Le 3 octobre 1988, un épisode cévenol a déversé plus de 400 millimètres de pluie sur "
     "Nîmes ; les cadereaux, ces ruisseaux secs qui descendent des garrigues, ont traversé la "
     "ville en torrents. Depuis, la ville a creusé des bassins de rétention, souvent clôturés et "
     "inutiles le reste de l'année. Ce projet, mené de 2025 à 2028 par la ville et "
     "l'agglomération, transforme un terrain de dix hectares au bord d'un cadereau en parc "
     "inondable : des pelouses en creux, des terrasses à plusieurs niveaux, des jeux d'enfants "
     "et un parcours sportif qui peuvent être submergés quelques heures, et une prairie plantée "
     "d'arbres qui supportent l'eau. Le parc pourra retenir 120 000 mètres cubes lors d'une "
     "crue, puis se vider en un jour. Le projet prévoit des panneaux qui expliquent son rôle, la "
     "fermeture automatique des accès dès l'alerte et un nettoyage après chaque remplissage. Les "
     "toitures végétalisées, le ruissellement agricole et la vigilance orange ne sont cités "
     "qu'en passant.",
     ("parcs inondables", "espaces publics", "épisodes cévenols", "gestion des eaux pluviales",
      "projets"),
     ("FR",), "2025-06"),
    ("gx03", "dataset", "es",
     "Parques inundables de la Ciudad de México: agua captada por el Parque Hídrico La "
     "Quebradora, 2020-2025",
     "En Iztapalapa, al oriente de la Ciudad de México, las lluvias de verano inundan calles y "
     "casas mientras los pozos sacan cada vez más agua de un acuífero sobreexplotado. El Parque "
     "Hídrico La Quebradora, abierto en 2020, es un parque inundable: sus explanadas, canchas y "
     "jardines en desnivel reciben el agua de lluvia de las calles vecinas, la retienen en "
     "humedales y tanques, la tratan y la dejan infiltrarse al subsuelo, y el resto del año "
     "sirven como espacio público con pista de patinaje y foro. Este conjunto de datos reúne, "
     "para cada tormenta de 2020 a 2025, la lluvia medida en el parque, el volumen captado, el "
     "tiempo que tardaron en vaciarse las zonas inundables, el volumen infiltrado y los "
     "encharcamientos registrados en las colonias de alrededor, además del número de visitantes "
     "por mes. El hundimiento del suelo, el Metro y las pipas de agua se mencionan de paso.",
     ("parques inundables", "agua de lluvia", "infiltración", "Ciudad de México",
      "conjuntos de datos"),
     ("MX",), "2025-09"),
    # --- spontaneous volunteers (unaffiliated people who come to help after a disaster) -----------
    ("gx04", "document", "en",
     "Managing spontaneous volunteers after floods: a guide for Queensland councils",
     "After the Brisbane floods of January 2011, more than 50,000 people turned up with buckets, "
     "shovels and gumboots to help strangers clean their homes; the media called them the Mud "
     "Army, and the same happened in 2022. Such spontaneous volunteers, people not affiliated "
     "with any emergency service who offer their help after a disaster, are a great resource but "
     "can also get hurt, block roads or go where they are not wanted. This guide, prepared by "
     "the state's volunteering peak body with local disaster management groups, shows councils "
     "how to plan for them before the next flood: register volunteers online or at a reception "
     "point, brief them on safety (floodwater, mud, asbestos, heat), give them gloves and "
     "tetanus advice, send them to streets where residents have asked for help, feed and rest "
     "them, and thank them. It includes a registration form and a safety briefing to adapt. The "
     "State Emergency Service, evacuation centres and insurance are named in passing.",
     ("spontaneous volunteers", "floods", "disaster recovery", "local government", "guidance"),
     ("AU",), "2025-02"),
    ("gx05", "case-study", "fr",
     "Étude de cas : les bénévoles spontanés dans la vallée de la Vesdre après les inondations "
     "de juillet 2021",
     "Les 14 et 15 juillet 2021, la Vesdre a dévasté Pepinster, Verviers, Limbourg et "
     "Chaudfontaine, en province de Liège. Dès le lendemain, des milliers de citoyens venus de "
     "toute la Belgique, sans lien avec les services de secours, ont afflué pour vider les "
     "caves, évacuer la boue et servir des repas : des bénévoles spontanés, souvent rassemblés "
     "par des groupes sur les réseaux sociaux. Cette étude de cas, réalisée par une université "
     "avec la province et la Croix-Rouge, raconte ce qu'ils ont apporté et ce qui a coincé : "
     "routes encombrées, absence d'assurance, blessures, épuisement, aide concentrée sur "
     "quelques rues et quartiers oubliés, tensions avec les pompiers. Elle décrit comment des "
     "centres de coordination improvisés ont fini par recenser les volontaires et répartir les "
     "tâches, et recommande aux communes de prévoir dans leur plan d'urgence un point d'accueil "
     "des bénévoles. Les tentes, les dons de vêtements et la reconstruction des ponts ne sont "
     "cités qu'en passant.",
     ("bénévoles spontanés", "inondations de 2021", "solidarité citoyenne", "gestion de crise",
      "études de cas"),
     ("BE",), "2025-07"),
    ("gx06", "need", "es",
     "Necesidad: una plataforma para coordinar a los voluntarios espontáneos tras la dana de "
     "Valencia",
     "Tras la dana del 29 de octubre de 2024, decenas de miles de personas cruzaron a pie la "
     "pasarela sobre el nuevo cauce del Turia con escobas, palas y cubos para ayudar a limpiar "
     "los pueblos de l'Horta Sud: fueron los voluntarios del barro, voluntarios espontáneos que "
     "no pertenecían a ninguna organización. Su ayuda fue decisiva, pero hubo heridos, atascos, "
     "zonas saturadas y otras olvidadas, y nadie sabía cuántos eran ni dónde estaban. Una "
     "mancomunidad de municipios y la plataforma autonómica del voluntariado piden apoyo para "
     "crear un sistema de registro y asignación de voluntarios espontáneos que pueda activarse "
     "en horas: inscripción por móvil, mapa de las peticiones de ayuda de los vecinos, turnos, "
     "seguros, equipos de protección y charlas de seguridad sobre el lodo, la leptospirosis y "
     "los garajes inundados. Piden también formar a coordinadores municipales. Los coches "
     "arrastrados, las ayudas a la reconstrucción y las alertas a los móviles se mencionan de "
     "paso.",
     ("voluntarios espontáneos", "voluntarios del barro", "dana", "gestión de emergencias",
      "necesidades"),
     ("ES",), "2025-04"),
    # --- International Day for Disaster Risk Reduction (13 October) -------------------------------
    ("gx07", "case-study", "en",
     "Case study: ten years of the International Day for Disaster Risk Reduction in Nepal's "
     "municipalities and schools",
     "Every 13 October the world marks the International Day for Disaster Risk Reduction, set up "
     "by the United Nations General Assembly, which until 2009 called it the International Day "
     "for Natural Disaster Reduction. Since the Gorkha earthquake of 2015, Nepal has used the day "
     "to take the subject out of ministries and into streets and schools: rallies, earthquake "
     "drills, street plays, quizzes and the opening of emergency stores. This case study, by a "
     "national platform of civil society organisations with the disaster risk reduction and "
     "management authority, looks back on the 2015-2025 editions in 40 municipalities: the "
     "yearly global theme and how it was put into Nepali, who took part, what it cost, what the "
     "media covered, and whether the day led to lasting work such as municipal disaster risk "
     "reduction plans and funds. It finds that the day matters most where it is tied to a "
     "year-round plan. Monsoon landslides, the rebuilding of temples and trekking are named in "
     "passing.",
     ("International Day for Disaster Risk Reduction", "awareness days", "disaster risk reduction",
      "Nepal", "case studies"),
     ("NP",), "2025-05"),
    ("gx08", "document", "fr",
     "Kit pour les communes et les écoles : organiser la Journée internationale pour la "
     "réduction des risques de catastrophe du 13 octobre",
     "Chaque 13 octobre, la Journée internationale pour la réduction des risques de catastrophe, "
     "proclamée par l'Assemblée générale des Nations unies et longtemps appelée Journée "
     "internationale de la prévention des catastrophes naturelles, rappelle qu'un séisme, une "
     "crue ou une sécheresse ne devient une catastrophe que faute de préparation. Ce kit, "
     "préparé au Maroc après le séisme d'Al Haouz par la direction chargée de la gestion des "
     "risques naturels, avec des associations et une académie régionale d'éducation, aide les "
     "communes, les écoles et les associations à organiser la journée : le thème mondial de "
     "l'année expliqué, des idées d'activités (exercice d'évacuation, exposition des cartes des "
     "zones inondables, visite de la protection civile, concours d'affiches, rencontre avec des "
     "rescapés), des affiches et des fiches en arabe, en amazighe et en français, un modèle de "
     "communiqué et une grille pour rendre compte des activités. Les diagnostics des maisons "
     "endommagées, la reconstruction et les inondations de Tétouan ne sont cités qu'en passant.",
     ("Journée internationale pour la réduction des risques de catastrophe", "sensibilisation",
      "prévention des catastrophes", "écoles", "guides"),
     ("MA",), "2025-01"),
    ("gx09", "event", "es",
     "Día Internacional para la Reducción del Riesgo de Desastres 2025: feria y simulacro en "
     "Portoviejo",
     "El 13 de octubre de 2025, Día Internacional para la Reducción del Riesgo de Desastres, la "
     "secretaría de gestión de riesgos del Ecuador y el municipio de Portoviejo, la ciudad de "
     "Manabí más golpeada por el terremoto de 2016, invitan a una jornada abierta en el parque "
     "de la Rotonda. Por la mañana, escuelas y barrios participan en un simulacro de evacuación "
     "por sismo y tsunami; después se abre una feria con carpas de los bomberos, la Cruz Roja, "
     "el servicio meteorológico, el instituto geofísico y las universidades, donde se muestran "
     "mochilas de emergencia, mapas de amenazas y maquetas de viviendas sismorresistentes. Por "
     "la tarde, un foro reúne a alcaldes, dirigentes barriales y jóvenes en torno al lema "
     "mundial de las Naciones Unidas para este año y a cómo financiar la reducción del riesgo en "
     "los municipios. La jornada termina con un concierto. El fenómeno de El Niño, las réplicas "
     "y el turismo se mencionan de paso.",
     ("Día Internacional para la Reducción del Riesgo de Desastres", "gestión de riesgos",
      "simulacros", "Ecuador", "eventos"),
     ("EC",), "2025-10"),
    # --- satellite data receiving stations (dishes that take in weather satellite broadcasts) -----
    ("gx10", "project", "en",
     "Satellite pictures without the internet: HimawariCast receiving stations for Vanuatu's "
     "weather service",
     "Forecasters in Port Vila and in the provincial offices of Vanuatu need satellite images "
     "every ten minutes to follow tropical cyclones and squall lines, but the internet links of "
     "the islands are slow, costly and often cut during storms. HimawariCast broadcasts the "
     "imagery of the Himawari geostationary weather satellites, with other weather data, "
     "through a communications satellite, and a small dish with a receiver and a computer is "
     "enough to take it in. This project, run from 2025 to 2027 by the meteorology and "
     "geo-hazards department with regional partners, installs satellite data receiving stations "
     "in Port Vila and in the Santo and Tanna offices, with solar power and backup batteries, "
     "trains forecasters and technicians to run and repair them and to read the images, and "
     "links them to the national warning system. Cyclone Pam, the volcano of Ambae and the tide "
     "gauges are named in passing.",
     ("satellite receiving stations", "HimawariCast", "weather satellites", "forecasting",
      "projects"),
     ("VU",), "2025-08"),
    ("gx11", "need", "fr",
     "Besoin : remplacer la station de réception EUMETCast de la météorologie guinéenne",
     "À Conakry, les prévisionnistes de l'agence nationale de la météorologie suivent les lignes "
     "de grains, les pluies de la mousson et les orages sur les images des satellites Meteosat, "
     "reçues par une station de réception EUMETCast installée il y a quinze ans grâce au projet "
     "PUMA, qui a équipé les services météorologiques africains. L'antenne parabolique est "
     "rongée par l'air marin, le récepteur tombe souvent en panne et le logiciel n'est plus mis "
     "à jour, si bien que les images manquent justement pendant les orages. L'agence demande un "
     "appui pour installer une nouvelle station de réception des données satellitaires, "
     "compatible avec la nouvelle génération de Meteosat, avec onduleur et panneaux solaires, "
     "former trois techniciens à sa maintenance et les prévisionnistes à l'analyse des produits "
     "satellitaires, et relayer les images vers les stations de Kankan et de Labé. Les radars, "
     "les inondations de Conakry et les radiosondages ne sont cités qu'en passant.",
     ("stations de réception satellitaire", "EUMETCast", "Meteosat", "prévision météorologique",
      "besoins"),
     ("GN",), "2025-10"),
    ("gx12", "event", "es",
     "Curso sobre estaciones receptoras GEONETCast-Américas para servicios meteorológicos y de "
     "protección civil en Tegucigalpa",
     "Del 2 al 6 de marzo de 2026, el centro de estudios atmosféricos de Honduras organiza en "
     "Tegucigalpa un curso práctico sobre GEONETCast-Américas, el sistema que difunde por un "
     "satélite de comunicaciones, sin necesidad de internet, imágenes GOES, estimaciones de "
     "lluvia, focos de incendio y temperatura del mar a quien tenga una antena y un receptor. "
     "Está dirigido a técnicos de meteorología, hidrología, protección civil y agricultura. El "
     "programa incluye la instalación y el apuntamiento de la antena, la configuración del "
     "receptor y del programa de recepción de datos satelitales, la gestión de los archivos que "
     "llegan cada día, la visualización con herramientas libres y ejercicios con el huracán "
     "Mitch y la tormenta Eta. Cada institución se lleva un plan para mantener su estación "
     "receptora. El cupo es de 25 personas. Los radares, los incendios forestales y la roya del "
     "café se mencionan de paso.",
     ("estaciones receptoras", "GEONETCast", "datos satelitales", "meteorología", "eventos"),
     ("HN",), "2025-12"),
    # --- flash flood guidance systems (FFGS: basin-by-basin estimates of flash flood threat) ------
    ("gx13", "event", "en",
     "Training forecasters and district officers on the flash flood guidance system in Harare",
     "Cyclone Idai showed in March 2019 how quickly rain can turn into deadly flash floods in "
     "Zimbabwe's eastern highlands: in Chimanimani, torrents and debris swept away homes within "
     "hours, too fast for river gauges to give warning. The flash flood guidance system, FFGS, "
     "helps by estimating every six hours, for each small basin in the country, how much rain "
     "would bring its streams to bankfull, and comparing it with the rain measured by satellite "
     "and gauges and with the forecasts. From 11 to 15 May 2026 the meteorological services "
     "department and the civil protection department hold a course in Harare for 30 "
     "forecasters, hydrologists and district civil protection officers: reading flash flood "
     "guidance and threat maps, adjusting them with local reports, writing flash flood warnings "
     "and passing them to the districts by phone and radio. Landslides, river gauging stations "
     "and the drought of 2024 are named in passing.",
     ("flash flood guidance", "FFGS", "flash floods", "early warning", "events"),
     ("ZW",), "2025-11"),
    ("gx14", "project", "fr",
     "Projet : un système d'indications relatives aux crues éclair pour les petits bassins "
     "versants d'Haïti",
     "En Haïti, la plupart des morts dues à l'eau surviennent lors de crues éclair, ou crues "
     "soudaines : une averse sur des mornes déboisés gonfle en moins d'une heure les ravines qui "
     "traversent Port-au-Prince, Jacmel ou Cap-Haïtien. Ce projet, mené de 2025 à 2028 par "
     "l'unité hydrométéorologique et la direction de la protection civile, met en service le "
     "système d'indications relatives aux crues éclair, le FFGS, adapté à l'île : un modèle "
     "calcule toutes les six heures, pour chaque petit bassin, la pluie qui suffirait à "
     "provoquer une crue, et la compare aux pluies estimées par satellite. Le projet forme douze "
     "prévisionnistes, installe vingt pluviomètres automatiques pour vérifier les estimations, "
     "produit des bulletins de menace de crue éclair transmis aux comités communaux et organise "
     "des exercices dans les communes à risque. Les cyclones, les éboulements et la "
     "déforestation ne sont cités qu'en passant.",
     ("crues éclair", "crues soudaines", "alerte précoce", "hydrométéorologie", "projets"),
     ("HT",), "2025-03"),
    ("gx15", "dataset", "es",
     "Avisos del Sistema Guía para Crecidas Repentinas en Costa Rica, 2015-2025",
     "En Costa Rica, las crecidas repentinas, o avenidas súbitas, de ríos y quebradas de montaña "
     "causan cada año daños en Pérez Zeledón, Turrialba, la zona sur y el Caribe, a veces con "
     "solo una hora entre el aguacero y la llegada del agua. Desde 2015 el instituto "
     "meteorológico nacional usa el Sistema Guía para Crecidas Repentinas de Centroamérica, que "
     "cada seis horas compara la lluvia estimada por satélite y radar con la lluvia que "
     "saturaría cada pequeña cuenca. Este conjunto de datos reúne los productos diarios para las "
     "420 subcuencas del país, los avisos de amenaza de crecida repentina enviados a la comisión "
     "nacional de emergencias y, al lado, las crecidas y daños reportados por los comités "
     "municipales, para medir aciertos, falsas alarmas y crecidas no avisadas. Los "
     "deslizamientos, los huracanes Otto y Nate y la represa de Reventazón se mencionan de "
     "paso.",
     ("crecidas repentinas", "sistema guía", "alerta temprana", "Costa Rica",
      "conjuntos de datos"),
     ("CR",), "2025-07"),
    # --- disinfection of wells after floods (shock chlorination of flooded wells) -----------------
    ("gx16", "document", "en",
     "After the flood: how to disinfect your private well, a guide for North Carolina households",
     "About a quarter of North Carolina's people drink water from private wells, and after "
     "hurricanes such as Matthew, Florence and Helene, floodwater carrying sewage, manure from "
     "hog farms and fuel often entered wells through cracked casings and loose caps. This guide, "
     "from the state health department and the county environmental health offices, tells well "
     "owners what to do once the water has gone down: do not drink or cook with the water, check "
     "the wellhead for damage, then disinfect the well by shock chlorination with household "
     "bleach, in the amounts given by a table for each depth and diameter, run every tap until "
     "it smells of chlorine, let it stand 12 to 24 hours, flush, and have the water tested for "
     "coliform bacteria before drinking it again. It says where to collect free test bottles and "
     "when a well must be repaired or replaced by a licensed driller. Boil water notices, septic "
     "systems and arsenic are named in passing.",
     ("well disinfection", "shock chlorination", "private wells", "hurricanes", "guidance"),
     ("US",), "2025-09"),
    ("gx17", "need", "fr",
     "Besoin : désinfecter les puits des villages inondés des régions de Maradi et de Zinder",
     "Lors de la saison des pluies de 2024, des inondations exceptionnelles ont touché plus d'un "
     "million de personnes au Niger. Dans les régions de Maradi et de Zinder, les eaux boueuses "
     "ont envahi des milliers de puits traditionnels et de puits cimentés mal protégés, et les "
     "latrines voisines ont débordé ; des cas de choléra ont suivi. La direction régionale de "
     "l'hydraulique et des ONG demandent un appui pour désinfecter 3 000 puits après la décrue : "
     "curage, chloration choc à l'hypochlorite de calcium selon le volume d'eau, contrôle du "
     "chlore résiduel, réfection des margelles et des couvercles, et formation de brigades "
     "villageoises à la désinfection des puits pour les prochaines crues. Elles demandent aussi "
     "des comparateurs et des réactifs pour suivre la qualité de l'eau. Les forages équipés de "
     "pompes à motricité humaine, le choléra et l'insécurité ne sont cités qu'en passant.",
     ("désinfection des puits", "chloration", "inondations", "eau potable", "besoins"),
     ("NE",), "2025-02"),
    ("gx18", "case-study", "es",
     "Estudio de caso: la cloración de pozos familiares tras las inundaciones de 2014 en el Beni",
     "En 2014 las crecidas del Mamoré, del Beni y de sus afluentes dejaron bajo el agua durante "
     "semanas a comunidades de la Amazonía boliviana. Cuando el agua bajó, los pozos someros "
     "excavados a mano, de los que beben casi todas las familias rurales, estaban llenos de lodo "
     "y contaminados por las letrinas y el ganado muerto, y aumentaron las diarreas. Este "
     "estudio de caso, preparado por la gobernación del Beni con una ONG, relata la campaña de "
     "desinfección de pozos hecha en 140 comunidades de Trinidad, San Ignacio de Moxos y "
     "Guayaramerín: limpieza y vaciado del pozo, cloración con hipoclorito de calcio según el "
     "volumen de agua, espera de 24 horas, prueba de cloro residual y análisis de coliformes en "
     "una muestra. Describe a los promotores comunitarios formados, las dificultades (accesos "
     "por río, falta de cloro, pozos mal tapados) y lo que cambió en la salud. Los albergues, la "
     "ganadería y la carretera al norte se mencionan de paso.",
     ("cloración de pozos", "desinfección de pozos", "inundaciones", "agua segura",
      "estudios de caso"),
     ("BO",), "2025-05"),
    # --- coastal vulnerability index (CVI: ranking stretches of coast by vulnerability) -----------
    ("gx19", "dataset", "en",
     "Coastal vulnerability index of Sri Lanka's coastline, by one-kilometre segment",
     "Sri Lanka's 1,600 kilometres of coast face erosion, storm surges and, as the 2004 tsunami "
     "showed, waves that can reach far inland. To help the coast conservation department decide "
     "where to act first, this dataset divides the shoreline into one-kilometre segments and "
     "gives each a coastal vulnerability index, CVI, computed from eight variables ranked from 1 "
     "to 5: geomorphology, coastal slope, shoreline change rate, relative sea level rise, mean "
     "tidal range, mean wave height, land use and population. Each segment also carries the "
     "individual ranks, so users can see what drives the score, and a class from very low to "
     "very high vulnerability. The highest index lies along the sandy beaches and lagoons of the "
     "west and south-west coasts, near Negombo, Kalutara and Galle. The data come as a shapefile "
     "and a table, with a methods note. Coral mining, mangrove replanting and the coastal "
     "railway are named in passing.",
     ("coastal vulnerability index", "coastal erosion", "sea level rise", "coastal management",
      "datasets"),
     ("LK",), "2025-04"),
    ("gx20", "project", "fr",
     "Projet : un indice de vulnérabilité côtière pour le littoral ivoirien, de Tabou à Assinie",
     "Le littoral de Côte d'Ivoire recule par endroits de plusieurs mètres par an : à "
     "Grand-Lahou, l'embouchure du Bandama a déjà englouti l'ancienne ville, et à Port-Bouët la "
     "mer menace les quartiers et la route. De 2025 à 2027, ce projet du ministère de "
     "l'environnement et d'un centre de recherches océanologiques calcule un indice de "
     "vulnérabilité côtière, l'IVC, pour les 566 kilomètres de côte, de Tabou à Assinie. Il "
     "combine, par tronçon, la géomorphologie, la pente, le recul du trait de côte mesuré sur "
     "images satellite, la hauteur des vagues, l'élévation du niveau de la mer, l'occupation du "
     "sol et la population exposée. Les cartes seront remises aux communes littorales et "
     "serviront au schéma d'aménagement du littoral. Le projet forme aussi des techniciens de "
     "cinq communes au calcul et à la mise à jour de l'indice. Le fumage du poisson, le port "
     "d'Abidjan et les lagunes ne sont cités qu'en passant.",
     ("indice de vulnérabilité côtière", "érosion côtière", "trait de côte", "littoral",
      "projets"),
     ("CI",), "2025-01"),
    ("gx21", "document", "es",
     "Guía metodológica para calcular el índice de vulnerabilidad costera en el Caribe "
     "colombiano",
     "La erosión costera afecta a buena parte de la costa caribe de Colombia, desde La Guajira "
     "hasta el golfo de Urabá, y amenaza barrios de Cartagena, playas de Santa Marta y la "
     "carretera de Barranquilla. Esta guía, preparada por el instituto de investigaciones "
     "marinas y costeras con la autoridad marítima, explica paso a paso cómo calcular un índice "
     "de vulnerabilidad costera, IVC, por tramos de costa: qué variables usar (geomorfología, "
     "pendiente, tasa de erosión o acreción, rango de marea, altura de ola, ascenso del nivel "
     "del mar, cobertura de manglar, población e infraestructura), de dónde sacar los datos, "
     "cómo asignar rangos de 1 a 5 y combinarlos, y cómo representar los resultados en mapas "
     "para los planes de ordenamiento territorial de los municipios costeros. Trae un ejemplo "
     "resuelto para el golfo de Morrosquillo. Los espolones, la minería de arena y el turismo se "
     "mencionan de paso.",
     ("índice de vulnerabilidad costera", "erosión costera", "Caribe colombiano",
      "ordenamiento territorial", "guías"),
     ("CO",), "2025-08"),
    # --- drifting buoys (surface drifters that report pressure, sea temperature and currents) -----
    ("gx22", "support-source", "en",
     "Offer: drifting buoys for ships and yachts crossing the Southern Ocean",
     "The Southern Ocean between South Africa and Antarctica is one of the emptiest places on "
     "Earth for weather observations, and the storms that reach the Cape form there. The South "
     "African Weather Service, with the international drifter programme, offers free drifting "
     "buoys, drifters that float at the surface and report air pressure, sea surface temperature "
     "and their position by satellite every hour for a year or more, to any merchant ship, "
     "research vessel, fishing vessel or ocean-racing yacht that sails south of 35 degrees. The "
     "offer includes the buoys, delivered to the port of Cape Town, Durban or Gqeberha, a short "
     "briefing for the crew on where and how to drop them overboard, and the paperwork; the data "
     "go straight to weather centres worldwide and feed the forecasts, and crews get a map of "
     "their buoys' tracks. The polar research ship, the Argo floats and the wave buoys are named "
     "in passing.",
     ("drifting buoys", "drifters", "marine observations", "Southern Ocean", "offers"),
     ("ZA",), "2025-06"),
    ("gx23", "dataset", "fr",
     "Bouées dérivantes déployées depuis La Réunion dans le sud-ouest de l'océan Indien, "
     "2010-2025",
     "Pour mieux prévoir les cyclones tropicaux et le temps de l'océan Indien, Météo-France à "
     "La Réunion déploie chaque année des bouées dérivantes, de petites bouées de surface qui "
     "dérivent avec les courants et transmettent par satellite la pression atmosphérique, la "
     "température de la mer et leur position. Elles sont mises à l'eau depuis les navires qui "
     "ravitaillent les îles Éparses et les Terres australes, depuis des navires de pêche et "
     "parfois depuis un avion devant un cyclone. Ce jeu de données rassemble, pour les 310 "
     "bouées déployées de 2010 à 2025, le lieu et la date de mise à l'eau, le navire, les "
     "trajectoires heure par heure, les mesures de pression et de température, la durée de vie "
     "de chaque bouée et la cause de sa fin (échouage, panne, repêchage). Les données servent "
     "aussi à l'étude des courants et de la dérive des déchets. Les flotteurs Argo, les "
     "houlographes et le cyclone Belal ne sont cités qu'en passant.",
     ("bouées dérivantes", "observation marine", "cyclones tropicaux", "océan Indien",
      "jeux de données"),
     ("RE",), "2025-12"),
    ("gx24", "event", "es",
     "Adopta un derivador: escolares del Callao lanzan boyas de deriva al mar con científicos "
     "del instituto del mar",
     "El 12 de noviembre de 2025, alumnos de cuatro colegios del Callao y de Chancay se "
     "embarcan con científicos del instituto del mar del Perú para lanzar al océano dos boyas de "
     "deriva, derivadores que flotan en la superficie y envían por satélite su posición y la "
     "temperatura del mar durante meses. Cada colegio ha decorado y adoptado una boya, a la que "
     "ha puesto nombre, y seguirá su viaje por internet, aprendiendo sobre la corriente de "
     "Humboldt, El Niño, las corrientes superficiales y la deriva de la basura marina. Antes de "
     "zarpar, los escolares participan en un taller en el puerto sobre cómo funcionan los "
     "derivadores, qué miden y para qué sirven a la pesca y a los pronósticos. El evento forma "
     "parte de un programa internacional que lleva boyas a las escuelas. Los lobos marinos, el "
     "puerto de Chancay y los oleajes anómalos se mencionan de paso.",
     ("boyas de deriva", "derivadores", "educación oceánica", "escuelas", "eventos"),
     ("PE",), "2025-10"),
    # --- radio dramas (serial stories on the radio that carry water, hygiene and risk messages) ---
    ("gx25", "case-study", "en",
     "Case study: a radio drama that taught cyclone preparedness on Bangladesh's coast",
     "For three seasons from 2021 to 2024, a weekly radio drama followed the families of a "
     "fictional fishing village on the coast of Bangladesh as they lived through storms, floods "
     "and salt in their ponds. Broadcast in Bangla by community radio stations in Barguna, "
     "Bhola and Cox's Bazar, each 20-minute episode wove a message into the story: what the "
     "cyclone warning signals mean, when to move to the shelter, how to keep documents and seeds "
     "dry, why fishermen should come back when the flags go up. Listener clubs in the villages "
     "met after each episode to talk it over. This case study, by a media development charity "
     "and a university, reports surveys of 2,400 listeners and non-listeners: listeners knew "
     "more about warning signals and more often had a household plan, and women said the drama "
     "gave them words to raise the subject at home. Cyclone shelters, the Rohingya camps and "
     "mangroves are named in passing.",
     ("radio dramas", "cyclone preparedness", "risk communication", "Bangladesh",
      "case studies"),
     ("BD",), "2025-03"),
    ("gx26", "support-source", "fr",
     "Offre : un feuilleton radiophonique sur l'eau, l'hygiène et le choléra pour les radios "
     "communautaires du Kivu",
     "Un studio de production de Bukavu, qui travaille depuis vingt ans avec les radios "
     "communautaires de l'est de la République démocratique du Congo, offre gratuitement aux "
     "radios du Nord-Kivu et du Sud-Kivu un feuilleton radiophonique de 26 épisodes de quinze "
     "minutes, en swahili et en français. L'histoire suit une famille d'un quartier de Goma, ses "
     "voisins, l'infirmier du centre de santé et la vendeuse d'eau au fil d'une épidémie de "
     "choléra ; elle montre, sans sermon, pourquoi traiter l'eau de boisson, se laver les mains, "
     "utiliser et entretenir les latrines. L'offre comprend les épisodes, des spots, un guide "
     "pour animer après chaque épisode une émission-débat avec un agent de santé, et une "
     "formation d'un jour pour les animateurs. Les radios s'engagent à diffuser le feuilleton "
     "deux fois par semaine. Les camps de déplacés, le volcan Nyiragongo et le lac Kivu ne sont "
     "cités qu'en passant.",
     ("feuilletons radiophoniques", "radios communautaires", "hygiène", "choléra", "offres"),
     ("CD",), "2025-09"),
    ("gx27", "project", "es",
     "Proyecto: una radionovela sobre agua, saneamiento y sequía para las aldeas del Corredor "
     "Seco de Guatemala",
     "En el Corredor Seco de Guatemala, muchas aldeas de Chiquimula, Zacapa y Baja Verapaz "
     "reciben información casi solo por la radio. De 2025 a 2027, este proyecto de una red de "
     "radios comunitarias, una ONG de agua y saneamiento y una universidad produce y transmite "
     "una radionovela de 40 capítulos en español, ch'orti' y q'eqchi': la historia de doña "
     "Chayito y su comité de agua, que enfrentan la sequía, las lluvias que se atrasan, la "
     "diarrea de los niños y los pleitos por el nacimiento. Cada capítulo termina con un consejo "
     "práctico y un número de WhatsApp para preguntas. El proyecto forma a 30 locutores y "
     "actores comunitarios en radioteatro, mide la audiencia con encuestas y organiza grupos de "
     "escucha con mujeres. El café, la migración y el fenómeno de El Niño se mencionan de paso.",
     ("radionovelas", "radios comunitarias", "agua y saneamiento", "sequía", "proyectos"),
     ("GT",), "2025-06"),
    # --- raised latrines (latrines built above flood level so they stay usable in floods) ---------
    ("gx28", "project", "en",
     "Raised latrines that stay usable in floods: a project in the flood-hit districts of Sindh",
     "The floods of 2022 submerged a third of Pakistan, and in Sindh's Dadu, Jacobabad and "
     "Khairpur districts most pit latrines collapsed or overflowed, spreading faeces through "
     "standing water for months; families went back to open defecation. This project, run from "
     "2025 to 2028 by the provincial public health engineering department with two NGOs, helps "
     "12,000 households build raised latrines: the pit is lined with bricks, and its top, the "
     "squatting slab and the shelter stand on a plinth above the highest flood level of 2022, "
     "reached by steps, so that floodwater cannot enter the pit and the toilet can be used "
     "during floods. Local masons are trained, and a subsidy pays for the plinth of the poorest "
     "families. The project also puts a handwashing point at each latrine and tests sealed pits "
     "where the water table is high. Open defecation free villages, hand pumps and the "
     "rebuilding of mud houses are named in passing.",
     ("raised latrines", "flood-resilient sanitation", "floods", "rural sanitation", "projects"),
     ("PK",), "2025-11"),
    ("gx29", "need", "fr",
     "Besoin : des latrines surélevées pour les cités lacustres de So-Ava, sur le lac Nokoué",
     "À So-Ava, au Bénin, près de 100 000 personnes vivent dans des villages lacustres du lac "
     "Nokoué, comme Ganvié, dans des maisons sur pilotis. Chaque année, la crue de l'Ouémé fait "
     "monter le lac pendant des mois, et les rares latrines à fosse bâties sur les îlots et les "
     "berges sont inondées ; la plupart des habitants défèquent dans le lac, où ils puisent "
     "aussi l'eau et pêchent. La mairie de So-Ava et une association de développement demandent "
     "un appui pour construire 600 latrines surélevées, des latrines résistantes aux inondations "
     "dont la fosse étanche est posée sur un socle en béton au-dessus des plus hautes eaux, en "
     "modèles familiaux et publics vidangés par barque, et pour former des maçons du lac. Elles "
     "demandent aussi un camion de vidange adapté aux berges. Les acadjas, le tourisme à Ganvié "
     "et la jacinthe d'eau ne sont cités qu'en passant.",
     ("latrines surélevées", "assainissement", "inondations", "villages lacustres", "besoins"),
     ("BJ",), "2025-08"),
    ("gx30", "support-source", "es",
     "Oferta: diseño y construcción de letrinas elevadas para las familias de los bañados de "
     "Asunción",
     "Los bañados de Asunción, barrios a orillas del río Paraguay, se inundan cada vez que el "
     "río crece, y miles de familias pasan meses en refugios o con el agua dentro de sus casas; "
     "los pozos ciegos se llenan y rebosan. Una cooperativa de trabajo y una fundación de "
     "vivienda, con diez años de experiencia en el Bañado Sur y el Bañado Norte, ofrecen a "
     "municipios, organizaciones vecinales y agencias de cooperación el diseño y la construcción "
     "de letrinas elevadas, baños sobre plataformas de hormigón por encima del nivel de las "
     "crecidas históricas, con cámara sellada, rampa de acceso para personas mayores y "
     "lavamanos. La oferta incluye un manual de construcción, la capacitación de albañiles de "
     "los propios barrios y el acompañamiento de comisiones vecinales para el mantenimiento. Se "
     "pide a quien contrata los materiales y el terreno. Los refugios temporales, el vertedero "
     "de Cateura y la defensa costera se mencionan de paso.",
     ("letrinas elevadas", "saneamiento", "inundaciones", "bañados de Asunción", "ofertas"),
     ("PY",), "2025-04"),
)  # fmt: skip
