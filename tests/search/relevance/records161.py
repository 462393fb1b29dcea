"""Clearing-house records of the hundred-and-sixty-first judged relevance set
(tests/search/relevance/queries161.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: water supply pages on water
towers (a dataset of the condition of the water towers, the elevated tanks, of Ghana's small-town
piped schemes; a need to rehabilitate the châteaux d'eau of the mini-adductions d'eau potable of
Niger; a project that replaces the tanques elevados, the torres de agua of the juntas de
saneamiento, in Paraguay); water supply pages on atmospheric water generators (a case study of the
solar hydropanels and condensing units that made drinking water from the air at schools and clinics
of Marsabit, Kenya; an offer, a support source, of générateurs d'eau atmosphérique for the postes de
santé and écoles of Djibouti; a project of generadores de agua atmosférica and paneles hidrosolares,
agua del aire, for the rancherías wayuu of La Guajira, Colombia); hydrology pages on river gauging
stations (a need to rebuild the stream gauging stations of the Buzi and Pungwe basins after Cyclone
Idai, Mozambique; a dataset of the stations hydrométriques of the Ouémé basin, with their échelles
limnimétriques, jaugeages and courbes de tarage, Benin; a guía for the observadores and aforadores
of the estaciones hidrométricas of the Mamoré basin, Bolivia); ocean observation pages on underwater
gliders (a project that flies gliders off Puerto Rico for hurricane forecasts; a dataset of the
planeurs sous-marins of the Nice-Calvi and golfe du Lion sections, France; the escuela de
planeadores submarinos of Gran Canaria, a course, an event, Spain); urban climate adaptation pages
on windcatchers (a case study of the badgirs of Yazd, Iran; a project of tours à vent, capteurs de
vent, for the classrooms of Nouakchott, Mauritania; a guía de torres de viento, captadores de
viento, for the schools and public buildings of Andalusia, Spain); earthquake preparedness pages on
securing furniture (a guide, a document, to fixing furniture, shelves and hot water cylinders in the
homes of New Zealand; a journée « Fixons nos meubles », an event, on the fixation des meubles in
Martinique; a need for a campaign of sujeción de muebles, termas and balones de gas in the homes of
Arequipa, Peru); disaster recovery pages on post-disaster needs assessments (a case study of the
PDNA of Pakistan's 2022 floods; an atelier de formation, an event, on the évaluation des besoins
post-catastrophe for the ministries of Madagascar; a dataset of the sector tables of the evaluación
de necesidades post desastre of the 2016 earthquake in Ecuador); weather education pages on school
weather stations (a project of weather stations and weather clubs in 120 secondary schools of
Uganda; an offer, a support source, of stations météo pédagogiques for the lycées and collèges of
Senegal; a dataset of the red de estaciones meteorológicas escolares of Chile); knowledge-sharing
pages on water museums (an offer, a support source, of school visits and loan boxes from a water
museum in a Victorian pumping station in London, United Kingdom; the semaine de l'eau, an event, of
a musée de la civilisation de l'eau in Marrakech, Morocco; a need to renew the rooms of the parque
museo del agua of Quito, Ecuador); and awareness pages on children's drawing contests (a drawing
contest on disaster preparedness, an event, in the Philippines; a case study of ten years of
concours de dessin on water and hygiene in the primary schools of Côte d'Ivoire; a dataset of the
concurso de dibujo infantil on the cultura del agua in Mexico). English, French and Spanish, 10
records each, every topic written once in each language (different countries, projects and angles,
not translations of one text).

None of records.py, records3.py, ..., records157.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (water tower, elevated tank, elevated storage, overhead tank,
storage tank, piped scheme, château d'eau, châteaux d'eau, réservoir surélevé, cuve, adduction
d'eau, mini-réseau, AEP, tanque elevado, torre de agua, depósito elevado, reservorio elevado,
tinaco, acueducto rural, junta de saneamiento, JASS; atmospheric water, water from the air,
hydropanel, condensation, dew, humidity, eau atmosphérique, eau de l'air, rosée, humidité de l'air,
agua atmosférica, agua del aire, panel hidrosolar, humedad del aire, rocío; gauging station, stream
gauge, river gauge, staff gauge, current meter, rating curve, ADCP, hydrometric, hydrological
station, streamflow, discharge, river level, water level, flood forecast, station hydrométrique,
station hydrologique, limnimètre, échelle limnimétrique, limnigraphe, jaugeage, moulinet, courbe de
tarage, niveau d'eau, prévision des crues, estación hidrométrica, estación hidrológica, regla
limnimétrica, limnígrafo, aforo, molinete, curva de gasto, nivel del río; glider, Slocum, Seaglider,
autonomous underwater vehicle, AUV, ocean drone, planeur, planeur sous-marin, véhicule autonome,
robot sous-marin, planeador, planeador submarino, vehículo autónomo, dron submarino; windcatcher,
wind catcher, wind tower, badgir, barjeel, malqaf, stack effect, passive cooling, natural
ventilation, bioclimatic, vernacular architecture, tour à vent, capteur de vent, rafraîchissement
passif, ventilation naturelle, torre de viento, captador de viento, chimenea solar, enfriamiento
pasivo, ventilación natural, arquitectura bioclimática; furniture, bookcase, shelves, cupboard,
wardrobe, toppling, non-structural, anchor, strap, bracket, hot water cylinder, water heater,
meubles, mobilier, étagère, armoire, fixation, ancrage, équerre, sangle, chauffe-eau, non
structurel, muebles, mobiliario, estantería, estante, ropero, anclaje, sujeción, escuadra, correa,
terma, calentador, no estructural; post-disaster needs assessment, PDNA, needs assessment, damage
and loss, DaLA, évaluation des besoins, besoins post-catastrophe, dommages et pertes, evaluación de
necesidades, post desastre, daños y pérdidas; school weather station, weather station, weather club,
GLOBE, station météo, station météorologique, club météo, météo à l'école, estación meteorológica,
estaciones meteorológicas escolares, meteorología escolar; museum, water museum, pumping station,
waterworks, visitor centre, open day, musée, musée de l'eau, maison de l'eau, station de pompage,
usine des eaux, portes ouvertes, centre d'interprétation, museo, museo del agua, puertas abiertas,
centro de interpretación; drawing, drawing contest, contest, competition, prize, World Water Day,
dessin, concours, concours de dessin, prix, journée mondiale de l'eau, dibujo, concurso, concurso de
dibujo, premio, Día Mundial del Agua). Screened and dropped as covered: borehole siting (the choix
des sites on the maps of the zones favourable to manual drilling in the N'Djamena course fj14, the
suitability maps of the Tanzanian drilling enterprises fj13 and the pozo placed away from latrines
of the EMAS guide fj15, a topic set 153 also screened), meteotsunamis (next to the tsunami pages
bs25-bs27), mentoring (the mentoring offer for red lists ei07, the mentor utilities of the water
operators' partnerships fj22 and fj23, the mentoring scheme of the training of trainers bz22 and the
mentors of the internships ca22), glossaries (the Kiswahili glossary cz28 and the sign language
glossary dv27), slow sand and biosand filters (the household water treatment of the ceramic filter
pages ex19-ex21 and the biosand filter of gd28), cool pavements (the cool pavement coatings of the
shade page fv28, next to the cool roofs of w19 and cp04), satellite phones (named by the amateur
radio pages fj19 and fj21), emergency operations centres (named by fj19 and by the incident command
guide fv19), bathymetric surveys (the canyon of Capbreton mapped by sonar in ea14 and ea15, the
batimetría of df03 and the levantamientos topobatimétricos of fv09), breakwaters and groynes (named
by dq30, ci27, m10 and fj26, as set 149 found) and youth water parliaments (next to the
parliamentarians pages cn15-cn17), besides the topics of sets 42 to 157 and those their docstrings
list as covered; screened with no or passing hits but not chosen: sea outfalls (the emisario
submarino named by the laundry page ch27, next to the brine outfalls of bs19-bs21), coastal
footpaths, photo contests, solar stills (a kind of desalination, next to bs19-bs21), stepwells (one
country to write about) and boat ambulances (a health service).

One earlier record is judged relevant in part (1). The safe hospitals project of western Guatemala
(fr24) "ancla cilindros de oxígeno, estanterías, equipos y tableros eléctricos" in six hospitals,
next to its structural works, reserve water tanks, generators and hospital plans: it names the
anchoring of shelves and equipment against earthquakes among several measures, and is judged 1 to
the plain furniture queries (securing furniture against earthquakes, sécuriser le mobilier contre
les séismes, anclaje de muebles sismos) and 0 to those that ask for guidance, for Peru or for the
quoted words fixation des meubles. All the other hits are passing or about other things, judged 0:
the Hospital Safety Index pages that score non-structural elements without fixing them (fr22, fr23),
the seismic retrofitting of houses (fb22-fb24), the emergency kits (fb25-fb27), the safe schools
with the PPMS of the écoles de Martinique (fz25-fz27) and the earthquake early warning pages
(ex25-ex27), no furniture fixed to walls; the tinaco and cisterna washed under the school drinking
fountain guide (ex15), the tanques elevados of the drip irrigation pages (el21, bx21), the
Fouta-Djallon called the château d'eau of West Africa (cl17, cm11), the water point inventories with
their mini-réseaux d'adduction and acueductos rurales (fz01-fz03), the hydraulic ram pumps that lift
water to a reservoir (ep02), the water tankers and kiosks (ex16-ex18), the hand pumps (fb01-fb03)
and the boil water advisories of the acueductos comunitarios of Puerto Rico (fn06), no water towers;
the fog collectors (bh28-bh30), the desalination pages (bs19-bs21) and the ocean thermal energy
plant of Kumejima (df01), no atmospheric water generators; the community rain gauge need of the
Choluteca, whose volunteers also read reglas limnimétricas (fn27), the other rain gauge pages (fn25,
fn26), the snow surveys with their prévision des crues (ff04-ff06), the flood marks (ex07-ex09), the
tide gauges (ex04-ex06), the groundwater monitoring networks (gd13-gd15), the flow gauges of the
wet-dry mapping of the San Pedro River (cs28) and the gauging stations on the Weser of the potash
brine page (fg01), no river gauging stations; the Argo pages (fb28-fb30, with the planeurs
sous-marins named by fb29), the HF radars (fj01-fj03), the wave buoys (gh07-gh09), the Capbreton
canyon mapped by robot sous-marin (ea14) and the gliders, possums, of the mistletoe page (ck04), no
underwater gliders; the evaporative coolers (er13-er15), the heat action plans with their cool roofs
(w19-w21), the green schoolyards and climate shelters (cq19-cq21), the shade structures (fv28-fv30)
and the khettaras (z04), no windcatchers; the disaster loss databases (fn22-fn24, fn22 naming
post-disaster needs assessments in passing and fn23 the évaluations des bailleurs), the
forecast-based financing pages (fn19-fn21, fn20 in Madagascar), the satellite rapid maps of
Pakistan's 2022 floods with their damage grading (fv22) and the other rapid mapping pages (fv23,
fv24), the post-earthquake building assessments (ff07-ff09) and the transitional shelters
(ff10-ff12), no PDNA; the CoCoRaHS observers, among them school classes (fn25), the pluviomètres
citoyens fixed in school yards in Cotonou (fn26), the climate data rescue pages with their stations
météorologiques (fz13-fz15), the Junior Water Prize pages (gd28-gd30) and the UV index guide for
schools (cd25), no school weather stations; the travelling exhibitions (fv25-fv27, fv25 ending at
the museum in Apia and fv26 the exposition « Au fil de l'eau » lent to schools), the museums that
saved their collections from floods and earthquakes (gh17, gh18), the natural history museums of the
biodiversity pages, the guided tours of the Tokyo discharge channel (ff13) and the science museum of
the cafés científicos (fz30), no water museums; and the youth science competitions of the Junior
Water Prize (gd28-gd30), the comics (dx25-dx27), the hackathons (bv22-bv24), the Go Bag Day of
Marikina where schools run a contest (fb25), the film festival competition (ed13), the storm drain
marking project whose classes draw (fr17) and the dessin of the psychological first aid guide
(fr26), no drawing contests.

records158.py (ids gi01..gi30, on chemicals, waste, pollution, energy, health, trade and enforcement
topics), records159.py (ids gj01..gj30, on biodiversity topics) and records160.py (ids gk01..gk30,
on agriculture, fisheries, forestry, food and land topics), written at the same time by three other
engineers, were searched for the same words once they were finished (with their queries158.tsv,
queries159.tsv and queries160.tsv, 60 queries each), before these records were judged. Their topics
are surgical smoke, heated tobacco products, flea and tick treatments of dogs and cats, the
reprocessing of single-use medical devices, floral foam, UV-C germicidal lamps, quaternary ammonium
disinfectants, the plastic plant pots of nurseries and garden centres, the transport refrigeration
units of refrigerated trucks and stage fog and haze machines (records158.py); pygmy owls, goshawks,
guanacos, colobus monkeys, capuchin monkeys, roe deer, skinks, bush-crickets, the royal fern and
aspen (records159.py); and clubroot of brassicas, spotted wing drosophila, tomato brown rugose fruit
virus, sheep scab, pair trawling, fish leather, patulin in apple juice and cider, reduced-impact
logging, virtual fencing for livestock and wood vinegar (records160.py). None of their records names
a water tower, an atmospheric water generator, a river gauging station, an underwater glider, a
windcatcher, furniture fixed against earthquakes, a post-disaster needs assessment, a school weather
station, a water museum or a children's drawing contest. The nearest are passing or about other
things and judged 0: the UV-C germicidal lamps (gi16-gi18) disinfect rooms and objects, not the
water made from the air that gl05 disinfects with ultraviolet light; the stage fog machines
(gi28-gi30) make fog and harvest no water; the condensers of the wood vinegar pages (gk28-gk30)
condense the smoke of charcoal kilns, not the humidity of the air; the colegios of the UV-C and
quats pages (gi18, gi21), the colegio médico veterinario of the flea treatment guide (gi09) and the
colegio de ingenieros de sonido of the stage fog jornada (gi30) hold no weather station; the museo
provincial de ciencias naturales of the pygmy owl dataset (gj03) is no water museum; the dibujo de
las escamas of the fish leather page (gk18) is a pattern, not a drawing contest; the ameublement of
the fish leather offer (gk17) is upholstery, not furniture fixed to walls; and the viento that wears
the wire fences of the virtual fencing page (gk27) is no windcatcher. None of their records answers
a query of this set, and none of their queries is repeated in queries161.tsv.

Traps: the solar pumping (next to the solar irrigation pumps), the water meters (fb04-fb06), the
hand pumps (fb01-fb03), the chlorine at the outlet (next to the chlorine dispensers fv04-fv06) and
the guinea worm of gl01; the forage, the bornes-fontaines (the kiosks ex16-ex18 and the
bornes-fontaines of ep02), the pompes solaires, the pompes à motricité humaine (the PMH of fb02),
the compteurs (fb04-fb06) and the fluor (x04-x06) of gl02; the pozo profundo, the canillas, the
tanques domiciliarios (next to the tinaco of ex15), the arsénico and the sequía del Chaco (the Chaco
of the EMAS drilling guide fj15) of gl03; the salty boreholes, the trucked water (the water tankers
ex16-ex18), the sorbent, the fog collectors (bh28-bh30), the desalination (bs19-bs21) and the camel
caravans of gl04; the nappes salées, the camions, the ultraviolets, the panneaux solaires, the
usines de dessalement (bs19-bs21), the citernes enterrées and the filets à brouillard (bh28-bh30) of
gl05; the jagüeyes, El Niño, the agua salobre, the carrotanques (ex16-ex18), the plantas
desalinizadoras (bs19-bs21), the atrapanieblas (bh28-bh30, bh30 on the lomas de Lima), the molinos
de viento and the desnutrición infantil of gl06; Cyclone Idai (the transitional shelters of Sofala,
ff10), Beira, the satellite rainfall estimates, the radar sensors, the cyclone shelters (ex22-ex24),
the dam releases (m25-m27) and cholera of gl07; the lecteurs, the annonce des crues, the crues de
2010, Cotonou (the pluviomètres citoyens of fn26), the eau potable and the jacinthe d'eau of gl08;
the observadores (next to the observadores voluntarios of fn27), the mensajes, the panel solar, the
crecidas de 2014, the niveles de alerta, the bufeos, the ganadería and the quemas de pastizales of
gl09; the hurricanes (bz25-bz27, bz25 in Puerto Rico), the robots, the satellite, the river plumes,
the Argo floats (fb28-fb30), the coral bleaching and the Saharan dust (x07-x09) of gl10; the
flotteurs Argo (fb28-fb30, with fb29 naming the planeurs), the bouées météorologiques (the wave
buoys gh07-gh09), the convection hivernale, the courant Nord and the dauphins of gl11; the tanque de
pruebas, the armadas, the boyas oceanográficas (bs06, gh09), the energía de las olas (cv19-cv21) and
the vertidos de las desaladoras (bs19-bs21) of gl12; the mud-brick houses, the reservoirs, the
heritage office (next to the cultural heritage pages gh16-gh18), the air conditioners, the qanats
(the khettaras of z04), the ice houses and the tourism of gl13; the toit de tôle, the dioxyde de
carbone, the sable, the climatiseurs, the tempêtes de sable (x07-x09), the arbres plantés dans les
cours (the cours Oasis of cq20) and the montée de la mer of gl14; the aire acondicionado, the
chimeneas solares, the patios en sombra, the Expo de 1992, the toldos (the toldos of Seville, fv30),
the árboles de sombra and the placas solares of gl15; the Canterbury earthquakes (the placards of
Christchurch, ff07), the hot water cylinders, the gas bottles and water tanks, the emergency kits
(fb25-fb27), the chimney bracing (next to the retrofitting pages fb22-fb24) and the tsunami
evacuation (bs25-bs27) of gl16; the séisme de 2007, the chauffe-eau, the sapeurs-pompiers, the
personnes âgées, the assureurs and bailleurs sociaux, the exercices d'évacuation (the PPMS of the
écoles de Martinique, fz26), the montagne Pelée (next to the volcano pages br25-br27) and the
cyclones of gl17; the terremoto de 2001, the termas, the balones de gas, the incendios, the
bomberos, the casas de sillar, the reforzamiento de estructuras (fb22-fb24), the mochilas de
emergencia (fb27) and the volcán Misti of gl18; the monsoon floods of 2022 (the satellite rapid maps
of fv22), the satellite estimates, the World Bank, the donors' conference, the cash transfers
(fn19), the glacial lakes (w37-w39) and the dengue of gl19; the cyclones Batsirai, Emnati and Freddy
(the forecast-based financing of Madagascar, fn20), the bureau national de gestion des risques et
des catastrophes, the abris anticycloniques (ex23), the images satellitaires (fv22-fv24) and the
sécheresse du Grand Sud of gl20; the terremoto de 2016, the patrimonio (next to gh16-gh18), the
daños en activos and pérdidas en flujos (next to the daños y pérdidas of fn24), the albergues, the
réplicas and the alerta de tsunami of gl21; the rain gauge (next to the community rain gauges
fn25-fn27), the weather clubs, the farmers, the official stations, the lightning safety (bx25-bx27),
the tree planting and the seasonal rainfall outlook of gl22; the aviation civile, the pluie, the
saison des pluies, the changement climatique, the bulletins agrométéorologiques, the stations
synoptiques and the pêche artisanale (next to the marine forecasts for fishers fr13-fr15) of gl23;
the dirección meteorológica, the red oficial, the radiación solar, the heladas (the frost pages
bu25-bu27), the esmog invernal and the incendios forestales of gl24; the steam engines, the drinking
water treatment, the sewage, the water testing, the water meter (fb04-fb06), the adults with
learning disabilities (the accessible information pages dv25-dv27), the volunteers, the leaks
(fb04-fb06), the hosepipe bans (the water rationing pages ff16-ff18) and the super sewer under the
Thames of gl25; the khettaras (z04), the norias, the seguias, the barrages, the hammams and
fontaines, the journée mondiale de l'eau, the sécheresse, the station de dessalement (bs19-bs21),
the station d'épuration, the jardins de la Ménara, the golfs (cw16-cw18) and the tourisme of gl26;
the tanques and the planta de El Placer, the páramos, the alcantarillado, the retroceso de los
glaciares (the travelling exhibition on glaciers, fv27), the personas con discapacidad, the kichwa,
the fondos de agua, the quebradas and the ceniza del volcán of gl27; the disaster resilience month,
the typhoons, floods, earthquakes and volcanic eruptions, the school supplies, the calendar and
posters, the go bags (the Go Bag Day of Marikina, fb25), the earthquake drills and the typhoon
warning signals of gl28; the lavage des mains, the points d'eau, the calendriers et affiches, the
latrines, the choléra, the lave-mains (the handwashing stations fj10-fj12) and the cantines
scolaires of gl29; and the comisión nacional del agua, the cultura del agua, the escasez, the
inundaciones, the llaves abiertas, the ríos con basura, the tinacos (ex15), the tandeo (ff16-ff18)
and the ajolote of gl30. Letters: the water towers of gl01, the châteaux d'eau and réservoirs
surélevés of gl02 and the tanques elevados and torres de agua of gl03 are the elevated tanks of
piped water schemes, which keep the pipes under pressure and store water for the peaks; the solar
hydropanels and condensing units of gl04, the générateurs d'eau atmosphérique of gl05 and the
generadores de agua atmosférica and paneles hidrosolares of gl06 are atmospheric water generators,
which make drinking water from the humidity of the air; the stream gauging stations of gl07, the
stations hydrométriques of gl08 and the estaciones hidrométricas of gl09 are river gauging stations,
where staff gauges and recorders give the water level and discharge measurements turn it into flow;
the underwater gliders of gl10, the planeurs sous-marins of gl11 and the planeadores submarinos of
gl12 are winged ocean robots that profile the sea by changing their buoyancy; the badgirs of gl13,
the tours à vent and capteurs de vent of gl14 and the torres de viento and captadores de viento of
gl15 are windcatchers, towers that bring the wind into buildings to cool them; the securing of
furniture and hot water cylinders of gl16, the fixation des meubles of gl17 and the sujeción de
muebles, termas and balones de gas of gl18 are the fixing of furniture and household objects against
earthquakes; the PDNA of gl19, the évaluation des besoins post-catastrophe of gl20 and the
evaluación de necesidades post desastre of gl21 are post-disaster needs assessments; the school
weather stations of gl22, the stations météo pédagogiques of gl23 and the estaciones meteorológicas
escolares of gl24 are weather stations run by pupils and teachers in schools; the water museum of
gl25, the musée de la civilisation de l'eau of gl26 and the parque museo del agua of gl27 are water
museums; and the drawing contest of gl28, the concours de dessin of gl29 and the concurso de dibujo
infantil of gl30 are children's drawing contests. The golden files name none of them (their "gauge"
is the gauge fields of a physics record and the rain-gauge and discharge records of Melbourne Water
used by a runoff modelling software record, their "school" the research schools of economics and
sociology records, their "furniture" the foams of the bedding and furniture industry, their "water
supply" the subjects of economics records, their "earthquake" an eco-geomorphic software record, and
their "drawing" the drawing from schools of a thesis).

For the country queries: gl01 names only Ghana; gl02 only Niger (Tillabéri, Dosso, Maradi); gl03
only Paraguay (Caaguazú, San Pedro, Concepción, the Chaco); gl04 only Kenya (Marsabit); gl05 only
Djibouti (Tadjourah, Obock, Ali Sabieh); gl06 only Colombia (La Guajira); gl07 only Mozambique (the
Buzi and Pungwe basins, Beira), with the upstream countries unnamed; gl08 only Benin (the Ouémé, Zou
and Okpara, Cotonou); gl09 only Bolivia (the Beni, the Mamoré); gl10 only Puerto Rico, code PR (the
Caribbean); gl11 only France (Nice, Calvi, the golfe du Lion); gl12 only Spain (Gran Canaria,
Telde), with Latin America and West Africa unnamed; gl13 only Iran (Yazd); gl14 only Mauritania
(Nouakchott); gl15 only Spain (Andalusia, Seville, Córdoba, Jaén); gl16 only New Zealand
(Canterbury, Kaikōura); gl17 only Martinique (Fort-de-France, Le Lamentin, Sainte-Marie), code MQ,
named one of the régions françaises; gl18 only Peru (Arequipa); gl19 only Pakistan (Sindh,
Balochistan); gl20 only Madagascar (Antananarivo, the Grand Sud); gl21 only Ecuador (Manabí,
Esmeraldas); gl22 only Uganda; gl23 only Senegal (Dakar); gl24 only Chile (Arica, Magallanes); gl25
only the United Kingdom (London, south-east England, the Thames), code GB; gl26 only Morocco
(Marrakech); gl27 only Ecuador (Quito, the Pichincha); gl28 only the Philippines (Manila); gl29 only
Côte d'Ivoire (Abidjan, Bouaké, Korhogo, Man); gl30 only Mexico.

Ids (gl01..gl30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., gf01..gf30,
gg01..gg30, gh01..gh30), nor with records158.py's (gi01..gi30), records159.py's (gj01..gj30) or
records160.py's (gk01..gk30), and no earlier id starts with "gl".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- water towers (elevated water tanks of piped supply schemes) ------------------------------
    ("gl01", "dataset", "en",
     "Water towers of Ghana's small-town piped schemes: condition, capacity and repairs, "
     "2015-2025",
     "Most small towns in Ghana get their water from a piped scheme: a borehole or a river "
     "intake, a pump, and an elevated tank on a steel or concrete tower that keeps pressure in "
     "the pipes and stores water for the morning and evening peaks. Many of these water towers "
     "were built in the 1990s and 2000s, and inspections now find rusted steel panels, leaking "
     "joints, cracked columns, missing ladders and lids, and tanks that have not been cleaned in "
     "years. This dataset of the community water agency lists some 600 water towers by district: "
     "tank material and capacity, height, year built, structural condition scores, sediment found "
     "at cleaning, chlorine levels at the outlet, and the repairs or replacements made, with "
     "their costs. Towers rated unsafe are flagged to be emptied and closed. Solar pumping, water "
     "meters, hand pumps and guinea worm are named in passing.",
     ("water towers", "elevated tanks", "small-town water supply", "asset condition", "datasets"),
     ("GH",), "2025-04"),
    ("gl02", "need", "fr",
     "Besoin : réhabiliter les châteaux d'eau des mini-réseaux d'adduction d'eau potable du Niger",
     "Au Niger, l'eau potable des bourgs et des chefs-lieux de commune vient souvent de "
     "mini-adductions : un forage équipé d'une pompe refoule l'eau vers un château d'eau, "
     "réservoir métallique ou en béton posé sur une tour de 10 à 15 mètres, d'où elle descend par "
     "gravité vers les bornes-fontaines et les branchements privés. Beaucoup de ces châteaux "
     "d'eau ont plus de vingt ans : cuves rouillées et percées, échelles et garde-corps arrachés, "
     "trappes ouvertes où tombent poussière et oiseaux, pieds fissurés. Le ministère de "
     "l'hydraulique, avec les communes et les exploitants privés, demande un appui pour inspecter "
     "250 châteaux d'eau dans les régions de Tillabéri, Dosso et Maradi, en remplacer 60 par des "
     "réservoirs surélevés neufs, nettoyer et désinfecter les cuves chaque année et former les "
     "fontainiers et les exploitants à leur entretien. Les pompes solaires, les pompes à "
     "motricité humaine, les compteurs et le fluor ne sont cités qu'en passant.",
     ("châteaux d'eau", "réservoirs surélevés", "adduction d'eau potable", "hydraulique rurale",
      "besoins"),
     ("NE",), "2025-06"),
    ("gl03", "project", "es",
     "Tanques elevados nuevos para los sistemas de agua de las juntas de saneamiento del Paraguay",
     "En el interior del Paraguay, miles de comunidades se abastecen de sistemas de agua que "
     "administran las juntas de saneamiento: un pozo profundo, una bomba y un tanque elevado, la "
     "torre de agua que se ve desde lejos en cada compañía, desde donde el agua baja por gravedad "
     "hasta las canillas de las casas. Muchos de esos tanques, de chapa de acero o de hormigón, "
     "tienen más de treinta años, pierden agua por las soldaduras, se oxidan por dentro y ya no "
     "alcanzan para la población actual. Este proyecto del servicio nacional de saneamiento "
     "ambiental y de las gobernaciones de Caaguazú, San Pedro y Concepción reemplaza 120 tanques "
     "elevados por torres de hormigón armado o de acero inoxidable de 30 a 100 metros cúbicos, "
     "con escalera de seguridad, tapa con candado y válvulas, y capacita a las juntas en la "
     "limpieza y desinfección anual de los tanques. Los tanques domiciliarios, el arsénico y la "
     "sequía del Chaco se mencionan de paso.",
     ("tanques elevados", "torres de agua", "juntas de saneamiento", "agua potable rural",
      "proyectos"),
     ("PY",), "2025-03"),
    # --- atmospheric water generators (drinking water condensed from the humidity of the air) -----
    ("gl04", "case-study", "en",
     "Drinking water from the air in Marsabit: what atmospheric water generators delivered at "
     "schools and clinics",
     "In Marsabit County, in northern Kenya, boreholes are few and often salty, and in droughts "
     "schools and health centres depend on water trucked over long distances. From 2021 a county "
     "programme with a private supplier and a humanitarian agency installed atmospheric water "
     "generators at 24 schools and clinics: solar hydropanels that draw in air, trap its water "
     "vapour in a sorbent material and release it as drinking water, and two larger electric "
     "units that chill humid air at night until its moisture condenses. This case study by a "
     "university water centre compares the litres produced each day with temperature and humidity "
     "through the seasons, the cost per litre against trucked water, breakdowns, cleaning and "
     "spare parts, water quality tests, and what pupils and staff think of the taste. Output fell "
     "sharply in the driest months. Fog collectors, desalination and camel caravans are named in "
     "passing.",
     ("atmospheric water generators", "hydropanels", "drinking water", "drylands", "case studies"),
     ("KE",), "2025-02"),
    ("gl05", "support-source", "fr",
     "Offre : générateurs d'eau atmosphérique pour les postes de santé et les écoles isolés de "
     "Djibouti",
     "À Djibouti, l'air est chaud et humide une grande partie de l'année, alors que les nappes "
     "sont rares et souvent salées et que l'eau de nombreux villages de l'intérieur arrive par "
     "camion. Une coopérative d'ingénieurs, avec un fonds humanitaire, offre aux postes de santé "
     "et aux écoles des régions de Tadjourah, d'Obock et d'Ali Sabieh des générateurs d'eau "
     "atmosphérique, appareils qui condensent la vapeur d'eau de l'air sur une surface refroidie, "
     "puis la filtrent, la minéralisent et la désinfectent aux ultraviolets : étude de l'humidité "
     "et des températures du site, fourniture d'unités de 50 à 500 litres par jour alimentées par "
     "panneaux solaires et batteries, installation, formation d'un agent d'entretien par site, "
     "analyses de l'eau et pièces de rechange pendant trois ans. Les usines de dessalement, les "
     "citernes enterrées et les filets à brouillard ne sont cités qu'en passant.",
     ("générateurs d'eau atmosphérique", "eau de l'air", "eau potable", "santé", "offres"),
     ("DJ",), "2025-09"),
    ("gl06", "project", "es",
     "Agua del aire para las rancherías wayuu de la Alta Guajira",
     "En la Alta Guajira, en el norte de Colombia, las rancherías wayuu viven con muy poca "
     "lluvia, los jagüeyes se secan en los años de El Niño y los pozos dan agua salobre; muchas "
     "familias dependen de carrotanques que llegan cada varias semanas. Este proyecto de la "
     "gobernación, una fundación y una empresa de tecnología instala generadores de agua "
     "atmosférica en 40 rancherías y escuelas: paneles hidrosolares que captan la humedad del "
     "aire que llega del mar y la convierten en agua potable, y equipos de condensación "
     "alimentados por energía solar en los centros más grandes. Mide cada día los litros "
     "producidos, forma a jóvenes wayuu para el mantenimiento, analiza la calidad del agua y "
     "compara el costo por litro con el de los carrotanques y las plantas desalinizadoras. Los "
     "atrapanieblas, los molinos de viento y la desnutrición infantil se mencionan de paso.",
     ("generadores de agua atmosférica", "agua del aire", "paneles hidrosolares", "La Guajira",
      "proyectos"),
     ("CO",), "2025-05"),
    # --- river gauging stations (stream gauges, staff gauges, discharge measurement) --------------
    ("gl07", "need", "en",
     "Need: rebuilding the river gauging stations of the Buzi and Pungwe basins after Cyclone "
     "Idai",
     "Cyclone Idai in 2019 and the floods that followed destroyed or silenced most of the river "
     "gauging stations of the Buzi and Pungwe basins in central Mozambique, just when Beira and "
     "the towns downstream needed warning. Today many stations are a broken staff gauge on a "
     "bridge pier read by an unpaid observer, and flood forecasts lean on satellite rainfall "
     "estimates. The regional water administration asks for support to rebuild 25 stream gauging "
     "stations: staff gauges and automatic water level recorders with radar sensors and "
     "telemetry, cableways or bridges from which to measure discharge with current meters and an "
     "acoustic Doppler profiler, new rating curves, phone credit and pay for the gauge readers, "
     "and a database shared with the upstream countries. Cyclone shelters, dam releases and "
     "cholera are named in passing.",
     ("river gauging stations", "stream gauges", "hydrometry", "flood warning", "needs"),
     ("MZ",), "2025-07"),
    ("gl08", "dataset", "fr",
     "Stations hydrométriques du bassin de l'Ouémé : hauteurs d'eau, jaugeages et débits "
     "journaliers, 1952-2024",
     "Le Bénin suit ses cours d'eau grâce à un réseau de stations hydrométriques tenu par la "
     "direction générale de l'eau. Ce jeu de données réunit, pour les 38 stations du bassin de "
     "l'Ouémé et de ses affluents, le Zou et l'Okpara, les hauteurs d'eau lues deux fois par jour "
     "sur les échelles limnimétriques par des lecteurs, puis enregistrées par des limnigraphes "
     "automatiques, les jaugeages faits au moulinet et au profileur acoustique, les courbes de "
     "tarage successives et les débits journaliers qui en sont tirés, avec les lacunes et leur "
     "cause. Il sert à l'annonce des crues dans la basse vallée et aux études de la ressource en "
     "eau. Des fiches décrivent chaque station, son zéro d'échelle et ses déplacements. Les crues "
     "de 2010, les prélèvements pour l'eau potable de Cotonou et la jacinthe d'eau ne sont cités "
     "qu'en passant.",
     ("stations hydrométriques", "jaugeages", "débits", "annonce des crues", "jeux de données"),
     ("BJ",), "2025-01"),
    ("gl09", "document", "es",
     "Guía para observadores y aforadores de las estaciones hidrométricas de la cuenca del Mamoré",
     "En los llanos del Beni, las crecidas del Mamoré y de sus afluentes inundan cada pocos años "
     "pueblos, estancias y caminos, como en 2014. El servicio nacional de meteorología e "
     "hidrología mantiene allí estaciones hidrométricas que dependen en gran parte de "
     "observadores locales. Esta guía, preparada con una universidad y la gobernación, les "
     "explica cómo leer la regla limnimétrica a las 7 y a las 17 horas, anotar y enviar la "
     "lectura por mensaje, cuidar el limnígrafo automático y su panel solar, y reconocer cuándo "
     "el río sale de su cauce; y enseña a los técnicos a hacer aforos con molinete desde un bote "
     "o un puente y con perfilador acústico, a trazar la curva de gasto y a revisar las "
     "nivelaciones. Trae formularios, fotos de cada estación y los niveles de alerta. Los bufeos, "
     "la ganadería y las quemas de pastizales se mencionan de paso.",
     ("estaciones hidrométricas", "aforos", "observadores", "crecidas", "guías"),
     ("BO",), "2025-04"),
    # --- underwater gliders (autonomous buoyancy-driven ocean profilers) --------------------------
    ("gl10", "project", "en",
     "Underwater gliders off Puerto Rico to sharpen hurricane intensity forecasts",
     "Hurricanes that cross warm, deep water in the Caribbean can intensify within hours, and "
     "forecast models often miss it because they know little about the ocean below the surface. "
     "Since 2018 a university-led ocean observing association, with the national weather and "
     "ocean agencies, has flown underwater gliders south and north of Puerto Rico every hurricane "
     "season, from June to November. The gliders, torpedo-shaped robots with wings, change their "
     "buoyancy to dive to 1,000 metres and climb again, saw-toothing along set lines for weeks "
     "and sending temperature, salinity and oxygen profiles by satellite each time they surface, "
     "while pilots steer them from shore. The data reach forecast centres in real time and show "
     "the warm layers and fresh river plumes that feed storms. The project also trains students "
     "as glider pilots. Argo floats, coral bleaching and Saharan dust are named in passing.",
     ("underwater gliders", "ocean observation", "hurricane forecasting", "Caribbean", "projects"),
     ("PR",), "2025-05"),
    ("gl11", "dataset", "fr",
     "Planeurs sous-marins en Méditerranée nord-occidentale : radiales Nice-Calvi et golfe du "
     "Lion, 2009-2024",
     "Depuis 2009, des planeurs sous-marins, ou gliders, de type Slocum et Seaglider parcourent "
     "la Méditerranée nord-occidentale pour le service national d'observation de l'océan. Ces "
     "engins autonomes à ailes, sans hélice, plongent et remontent en dents de scie jusqu'à 1 000 "
     "mètres en changeant leur flottabilité, pendant trois à six semaines, et transmettent leurs "
     "mesures par satellite à chaque remontée. Ce jeu de données réunit les profils de "
     "température, de salinité, d'oxygène dissous, de fluorescence de la chlorophylle et de "
     "turbidité mesurés sur les radiales répétées entre Nice et Calvi et dans le golfe du Lion, "
     "avec les positions, les métadonnées de chaque mission et les contrôles de qualité. Il "
     "documente la convection hivernale profonde, le courant Nord et le réchauffement des eaux "
     "intermédiaires. Les flotteurs Argo, les bouées météorologiques et les dauphins ne sont "
     "cités qu'en passant.",
     ("planeurs sous-marins", "gliders", "observation de l'océan", "Méditerranée",
      "jeux de données"),
     ("FR",), "2025-03"),
    ("gl12", "event", "es",
     "Escuela de planeadores submarinos en Gran Canaria: curso para pilotos de gliders de América "
     "Latina y África",
     "Del 9 al 20 de marzo de 2026, la plataforma oceánica de Canarias organiza en Telde, Gran "
     "Canaria, su escuela de planeadores submarinos, un curso práctico para 24 técnicos e "
     "investigadores de servicios oceanográficos, universidades y armadas de América Latina, "
     "África occidental y España. Los planeadores submarinos, o gliders, son vehículos autónomos "
     "que se desplazan sin hélice, subiendo y bajando en la columna de agua al cambiar su "
     "flotabilidad, y miden temperatura, salinidad, oxígeno y corrientes durante semanas. El "
     "programa cubre la preparación y el lastrado del planeador en un tanque de pruebas, los "
     "sensores, la planificación de misiones, el pilotaje desde tierra, la transmisión por "
     "satélite, el control de calidad de los datos y la recuperación del equipo en el mar. Las "
     "prácticas se hacen frente a la costa este de la isla. Las boyas oceanográficas, la energía "
     "de las olas y los vertidos de las desaladoras se mencionan de paso.",
     ("planeadores submarinos", "gliders", "oceanografía", "formación", "eventos"),
     ("ES",), "2025-11"),
    # --- windcatchers (wind towers for passive cooling of buildings) ------------------------------
    ("gl13", "case-study", "en",
     "The windcatchers of Yazd: how old badgirs cool houses, and what their restoration teaches "
     "new buildings",
     "In the desert city of Yazd, in central Iran, hundreds of windcatchers, or badgirs, rise "
     "above the mud-brick houses, reservoirs and mosques of the historic city. These towers open "
     "to the wind at the top, catch it and send it down shafts into the rooms below, and on still "
     "days draw warm air out by the stack effect, so that summer rooms stay cool without "
     "machines. This case study by a university architecture school and the provincial heritage "
     "office measured air speed and temperature in twelve restored houses in July, compared them "
     "with rooms cooled by air conditioners, and followed the craftsmen who rebuilt collapsed "
     "towers with fired brick and gypsum. It asks how windcatchers could serve new schools and "
     "flats, and which building rules stand in the way. Qanats, ice houses and tourism are named "
     "in passing.",
     ("windcatchers", "badgirs", "passive cooling", "vernacular architecture", "case studies"),
     ("IR",), "2025-06"),
    ("gl14", "project", "fr",
     "Des tours à vent pour rafraîchir les salles de classe de Nouakchott",
     "À Nouakchott, les salles de classe en parpaings sous toit de tôle dépassent souvent 40 °C "
     "en mai et juin, et les élèves somnolent ou quittent l'école avant midi. Ce projet du "
     "ministère de l'éducation, d'une école d'architecture et d'une ONG de construction durable "
     "équipe 30 écoles de tours à vent, ou capteurs de vent, inspirées des malqafs de "
     "l'architecture arabe : des cheminées maçonnées ouvertes vers la brise de mer, qui font "
     "descendre l'air frais dans les classes, avec des ouvertures hautes qui laissent sortir "
     "l'air chaud. Il mesure la température et le dioxyde de carbone dans des classes équipées et "
     "dans des classes témoins, forme les maçons locaux, étudie la protection contre le sable et "
     "publie des plans types pour les nouvelles écoles. Les climatiseurs, les tempêtes de sable, "
     "les arbres plantés dans les cours et la montée de la mer ne sont cités qu'en passant.",
     ("tours à vent", "capteurs de vent", "rafraîchissement passif", "écoles", "projets"),
     ("MR",), "2025-04"),
    ("gl15", "document", "es",
     "Guía de torres de viento y ventilación natural para refrescar colegios y edificios públicos "
     "en Andalucía",
     "Los veranos cada vez más largos y calurosos de Sevilla, Córdoba o Jaén convierten muchas "
     "aulas y edificios municipales en hornos, y el aire acondicionado dispara la factura "
     "eléctrica. Esta guía de la agencia andaluza de la energía, con una escuela de arquitectura, "
     "explica cómo integrar torres de viento, o captadores de viento, en colegios, centros de "
     "salud y edificios públicos nuevos o rehabilitados: torres que captan la brisa en lo alto y "
     "la llevan al interior, chimeneas solares que extraen el aire caliente, ventilación cruzada "
     "nocturna y patios en sombra. Recoge la tradición de los patios andaluces y ejemplos como "
     "las torres bioclimáticas de la Expo de 1992 en Sevilla, da reglas de dimensionado según el "
     "viento de cada zona y muestra las mediciones de dos colegios piloto. Los toldos, los "
     "árboles de sombra y las placas solares se mencionan de paso.",
     ("torres de viento", "captadores de viento", "ventilación natural", "edificios públicos",
      "guías"),
     ("ES",), "2025-05"),
    # --- securing furniture against earthquakes (fixing tall furniture, appliances and objects) ---
    ("gl16", "document", "en",
     "Quake-safe your home: a guide to fixing furniture, shelves and hot water cylinders in New "
     "Zealand",
     "In the Canterbury earthquakes of 2010 and 2011 and the Kaikōura earthquake of 2016, many "
     "injuries and much of the damage inside homes came not from collapsing walls but from "
     "toppling bookcases, falling televisions, flying crockery and hot water cylinders that broke "
     "loose and flooded houses. This guide by the national earthquake insurer and the civil "
     "defence agency shows householders and tenants, step by step, how to secure the contents of "
     "a home: fix tall furniture and bookcases to wall studs with brackets or flexible straps, "
     "tether televisions and computers, fit childproof latches on kitchen cupboards, hang "
     "pictures on closed hooks, restrain hot water cylinders with steel straps, and secure gas "
     "bottles and water tanks. It lists the tools, the costs and the rules for renters, and has a "
     "checklist for small offices. Emergency kits, chimney bracing and tsunami evacuation are "
     "named in passing.",
     ("securing furniture", "earthquake safety", "home contents", "preparedness", "guidance"),
     ("NZ",), "2025-02"),
    ("gl17", "event", "fr",
     "Journée « Fixons nos meubles » en Martinique : ateliers et visites à domicile contre le "
     "risque sismique",
     "La Martinique est l'une des régions françaises les plus exposées aux séismes, et celui de "
     "2007 a rappelé qu'une forte secousse peut renverser armoires, étagères, téléviseurs et "
     "chauffe-eau, blesser les occupants et bloquer les sorties. Le samedi 14 mars 2026, la "
     "préfecture, la collectivité territoriale, les sapeurs-pompiers et une association de "
     "bénévoles organisent à Fort-de-France, au Lamentin et à Sainte-Marie une journée consacrée "
     "à la fixation des meubles : ateliers de démonstration des équerres, sangles, attaches et "
     "loquets, distribution de kits de fixation, et visites à domicile chez des personnes âgées "
     "pour arrimer leurs meubles hauts et leur chauffe-eau. Une table ronde réunit assureurs et "
     "bailleurs sociaux sur l'aide à apporter aux locataires. Les exercices d'évacuation, la "
     "montagne Pelée et les cyclones ne sont cités qu'en passant.",
     ("fixation des meubles", "risque sismique", "prévention", "Martinique", "événements"),
     ("MQ",), "2025-12"),
    ("gl18", "need", "es",
     "Necesidad: sujetar muebles, termas y balones de gas en las viviendas de Arequipa ante los "
     "sismos",
     "Arequipa ha sufrido fuertes terremotos, como el de 2001, y en cada sismo una parte de los "
     "heridos se debe a roperos, estantes, televisores y vitrinas que caen, a termas eléctricas "
     "que se desprenden de la pared y a balones de gas que se vuelcan y provocan fugas e "
     "incendios. La oficina de gestión del riesgo de la municipalidad provincial, con el colegio "
     "de ingenieros y el cuerpo de bomberos, solicita apoyo para una campaña de sujeción de "
     "muebles y objetos en 5.000 viviendas de los distritos más poblados: visitas de técnicos "
     "voluntarios que identifican los objetos peligrosos y los anclan a los muros con escuadras, "
     "pernos y correas; kits de fijación a bajo costo para las familias; cadenas para los balones "
     "de gas; y una cartilla ilustrada con pasos sencillos. Las casas de sillar, el reforzamiento "
     "de estructuras, las mochilas de emergencia y el volcán Misti se mencionan de paso.",
     ("sujeción de muebles", "anclaje", "sismos", "viviendas", "necesidades"),
     ("PE",), "2025-08"),
    # --- post-disaster needs assessments (PDNA: damage, losses and recovery needs) ----------------
    ("gl19", "case-study", "en",
     "The post-disaster needs assessment of Pakistan's 2022 floods: how damage, losses and "
     "recovery needs were counted",
     "The monsoon floods of 2022 put a third of Pakistan under water and affected some 33 million "
     "people. Within six weeks the government, with the World Bank, the Asian Development Bank, "
     "the European Union and United Nations agencies, carried out a post-disaster needs "
     "assessment, a PDNA, that put damage at about 15 billion dollars, economic losses at about "
     "15 billion and recovery and reconstruction needs at more than 16 billion. This case study "
     "by a policy institute follows how it was done: sector teams for housing, agriculture, water "
     "and sanitation, health, education, transport and livelihoods, the baseline data and "
     "satellite estimates they used, field visits to Sindh and Balochistan, the estimates of "
     "human impact and poverty, and the recovery framework that followed. It asks what the "
     "figures were used for at the donors' conference and where they were weak. Cash transfers, "
     "glacial lakes and dengue are named in passing.",
     ("post-disaster needs assessment", "PDNA", "floods", "recovery planning", "case studies"),
     ("PK",), "2025-03"),
    ("gl20", "event", "fr",
     "Atelier de formation à l'évaluation des besoins post-catastrophe (PDNA) pour les ministères "
     "de Madagascar",
     "Après les cyclones Batsirai et Emnati en 2022, puis Freddy en 2023, Madagascar a dû "
     "chiffrer vite les dommages, les pertes et les besoins de relèvement pour mobiliser l'aide. "
     "Du 2 au 6 février 2026, le bureau national de gestion des risques et des catastrophes, avec "
     "des partenaires internationaux, organise à Antananarivo un atelier de formation à "
     "l'évaluation des besoins post-catastrophe, la méthode PDNA, pour 45 cadres des ministères "
     "sectoriels, de l'institut de la statistique et des régions. Au programme : la différence "
     "entre dommages et pertes, les données de référence à préparer avant la saison cyclonique, "
     "les fiches par secteur (logement, agriculture, eau et assainissement, santé, éducation, "
     "routes), l'impact humain, la stratégie de relèvement et la reconstruction en mieux, et un "
     "exercice à partir du cyclone Freddy. Les abris anticycloniques, les images satellitaires et "
     "la sécheresse du Grand Sud ne sont cités qu'en passant.",
     ("évaluation des besoins post-catastrophe", "PDNA", "cyclones", "relèvement", "événements"),
     ("MG",), "2025-11"),
    ("gl21", "dataset", "es",
     "Terremoto de 2016 en Ecuador: datos por sector de la evaluación de necesidades post "
     "desastre",
     "El terremoto de magnitud 7,8 del 16 de abril de 2016 golpeó sobre todo a Manabí y "
     "Esmeraldas y dejó más de 670 muertos. En las semanas siguientes, la secretaría de "
     "planificación, con la comisión económica de las Naciones Unidas para la región, el Banco "
     "Mundial, la Unión Europea y las agencias de Naciones Unidas, hizo la evaluación de "
     "necesidades post desastre, o PDNA por sus siglas en inglés. Este conjunto de datos publica "
     "sus cuadros: por sector (vivienda, salud, educación, agua y saneamiento, patrimonio, "
     "producción, vialidad) y por cantón, los daños en activos, las pérdidas en flujos "
     "económicos, las necesidades de reconstrucción y de recuperación, el efecto en el empleo y "
     "la pobreza, y las fuentes y supuestos de cada cifra. Permite comparar lo que se estimó con "
     "lo que después se reconstruyó. Los albergues, las réplicas y la alerta de tsunami se "
     "mencionan de paso.",
     ("evaluación de necesidades post desastre", "PDNA", "terremotos", "reconstrucción",
      "conjuntos de datos"),
     ("EC",), "2025-04"),
    # --- school weather stations (weather stations run by pupils and teachers) --------------------
    ("gl22", "project", "en",
     "Weather stations in 120 Ugandan secondary schools: pupils as weather observers",
     "Uganda's weather observation network has wide gaps, above all in the north and east, where "
     "farmers need better rainfall forecasts. Since 2022 the national meteorological authority, "
     "the education ministry and a climate education charity have set up weather stations in 120 "
     "secondary schools: an automatic station with rain gauge, thermometer, humidity sensor, "
     "barometer and wind vane, on a fenced plot of the school compound. Geography and science "
     "teachers are trained to run weather clubs, where pupils log the readings, check them "
     "against the sensors, draw graphs and put up a weekly weather board for the school and the "
     "farmers nearby. The quality-checked data flow into the national network and fill gaps "
     "between official stations. Each year the project holds a school weather day with the "
     "meteorologists. Lightning safety, tree planting and the seasonal rainfall outlook are named "
     "in passing.",
     ("school weather stations", "weather clubs", "meteorology", "science education", "projects"),
     ("UG",), "2025-01"),
    ("gl23", "support-source", "fr",
     "Offre : des stations météo pédagogiques pour les lycées et collèges du Sénégal",
     "L'agence nationale de l'aviation civile et de la météorologie, avec une université de Dakar "
     "et une fondation pour l'éducation scientifique, offre aux lycées et collèges du Sénégal un "
     "programme « la météo à l'école » : une station météorologique automatique pédagogique "
     "(température, humidité, pression, pluie, vent et rayonnement) installée dans la cour et "
     "reliée à une plateforme en ligne où chaque établissement publie ses mesures ; une formation "
     "de cinq jours pour deux professeurs de sciences physiques ou de géographie par "
     "établissement ; des fiches d'activités pour comparer les données des écoles, suivre "
     "l'installation de la saison des pluies et parler du changement climatique ; et la "
     "maintenance pendant trois ans. Les établissements candidats s'engagent à créer un club "
     "météo. Les bulletins agrométéorologiques, les stations synoptiques de l'agence et la pêche "
     "artisanale ne sont cités qu'en passant.",
     ("stations météo scolaires", "clubs météo", "météorologie", "éducation scientifique",
      "offres"),
     ("SN",), "2025-10"),
    ("gl24", "dataset", "es",
     "Red de estaciones meteorológicas escolares de Chile: temperatura, lluvia y viento medidos "
     "en liceos, 2019-2025",
     "Desde 2019, la dirección meteorológica, el ministerio de educación y un programa de "
     "divulgación científica han instalado estaciones meteorológicas automáticas en 85 escuelas y "
     "liceos, de Arica a Magallanes, muchas en comunas rurales sin otra estación cercana. "
     "Estudiantes y profesores de ciencias las cuidan, revisan los sensores y usan los datos en "
     "clase. Este conjunto de datos publica las mediciones cada diez minutos de temperatura, "
     "humedad, presión, precipitación, radiación solar y viento de cada estación escolar, con su "
     "ubicación, altitud, entorno y fotografías, y los registros de mantención y de control de "
     "calidad de la dirección meteorológica, que marca los datos dudosos y compara cada estación "
     "con las vecinas de la red oficial. Sirve para proyectos escolares y para estudiar el clima "
     "local. Las heladas, el esmog invernal y los incendios forestales se mencionan de paso.",
     ("estaciones meteorológicas escolares", "meteorología", "educación científica", "clima local",
      "conjuntos de datos"),
     ("CL",), "2025-08"),
    # --- water museums (museums of drinking water, sewers and water culture) ----------------------
    ("gl25", "support-source", "en",
     "Offer: school visits, teacher packs and loan boxes from a water museum in a Victorian "
     "pumping station",
     "In west London, the great steam engines that once pumped Thames water to the city now stand "
     "in a water museum run by a charitable trust. The museum offers schools and youth groups "
     "across south-east England guided visits on how drinking water is treated and sewage is "
     "carried away, hands-on water testing workshops, a walk through a restored Victorian water "
     "main, and days when the engines run in steam. For teachers it offers free packs linked to "
     "the science and geography curriculum, and loan boxes with pipes, filters, a water meter and "
     "old photographs for classes that cannot travel. Sessions for adults with learning "
     "disabilities and summer family trails are also offered, and the museum trains volunteers as "
     "guides. Leaks, hosepipe bans and the new super sewer under the Thames are named in passing.",
     ("water museums", "water education", "school visits", "industrial heritage", "offers"),
     ("GB",), "2025-02"),
    ("gl26", "event", "fr",
     "Semaine de l'eau au musée de la civilisation de l'eau de Marrakech : visites, ateliers et "
     "conférences",
     "À Marrakech, un musée consacré à la civilisation de l'eau au Maroc présente les khettaras, "
     "les norias, les seguias des oasis, les barrages, les hammams et les fontaines, et les "
     "savoirs des communautés qui se sont partagé une eau rare pendant des siècles. Du 20 au 27 "
     "mars 2026, autour de la journée mondiale de l'eau, le musée organise sa semaine de l'eau : "
     "visites guidées gratuites pour les écoles, ateliers pour enfants sur le cycle de l'eau et "
     "les économies d'eau, conférences d'hydrologues et d'historiens sur la sécheresse qui vide "
     "les barrages depuis 2018, projections de films et rencontre avec la régie de distribution. "
     "Une salle temporaire présente les maquettes d'une station de dessalement et d'une station "
     "d'épuration. Les jardins de la Ménara, les golfs et le tourisme ne sont cités qu'en "
     "passant.",
     ("musées de l'eau", "culture de l'eau", "éducation à l'eau", "Marrakech", "événements"),
     ("MA",), "2025-12"),
    ("gl27", "need", "es",
     "Necesidad: renovar las salas del parque museo del agua de Quito",
     "En Quito, los antiguos tanques y la planta de El Placer, que desde 1913 trataron el agua de "
     "la ciudad en las faldas del Pichincha, se convirtieron en un parque museo del agua que "
     "visitan cada año miles de escolares. Sus salas interactivas, de hace más de quince años, "
     "muestran el recorrido del agua desde los páramos hasta las casas y el alcantarillado, pero "
     "muchos equipos están dañados y los contenidos no hablan del cambio climático, del retroceso "
     "de los glaciares ni de la protección de las fuentes. La empresa pública metropolitana de "
     "agua, que administra el museo, solicita apoyo para renovar cinco salas, crear recorridos "
     "accesibles para personas con discapacidad, formar a los guías y producir materiales para "
     "docentes en español y kichwa. Los fondos de agua, las quebradas de la ciudad y la ceniza "
     "del volcán se mencionan de paso.",
     ("museos del agua", "educación ambiental", "agua potable", "Quito", "necesidades"),
     ("EC",), "2025-06"),
    # --- children's drawing contests (on water, hygiene and disaster preparedness) ----------------
    ("gl28", "event", "en",
     "Children's drawing contest on disaster preparedness in the Philippines: theme, rules and "
     "prize-giving",
     "Every July, during the national disaster resilience month, the Philippine civil defence "
     "office and the education department invite pupils to draw what it means to be ready for "
     "typhoons, floods, earthquakes and volcanic eruptions. The 2026 drawing contest is open to "
     "children aged 7 to 12 in public and private elementary schools. Each school sends its three "
     "best drawings, made on the spot in two hours with crayons or watercolours on a set paper "
     "size, to its division office; regional winners go on to a national round in Manila at the "
     "end of July. A jury of artists, teachers and disaster managers scores the message, "
     "creativity and accuracy of each drawing. Winners receive school supplies, and their "
     "drawings illustrate the national preparedness calendar and posters. Go bags, earthquake "
     "drills and typhoon warning signals are named in passing.",
     ("drawing contests", "children", "disaster preparedness", "schools", "events"),
     ("PH",), "2025-12"),
    ("gl29", "case-study", "fr",
     "Étude de cas : dix ans de concours de dessin sur l'eau et l'hygiène dans les écoles "
     "primaires de Côte d'Ivoire",
     "Depuis 2014, une ONG d'eau et d'assainissement, le ministère de l'éducation nationale et la "
     "société de distribution d'eau organisent chaque année un concours de dessin d'enfants sur "
     "l'eau potable, le lavage des mains et la propreté autour des points d'eau, dans les écoles "
     "primaires d'Abidjan, de Bouaké, de Korhogo et de Man. Les élèves de CM1 et de CM2 dessinent "
     "en classe ; les meilleurs dessins sont exposés dans les mairies et imprimés sur des "
     "calendriers et des affiches. Cette étude de cas, menée avec une université, analyse 3 000 "
     "dessins pour voir ce que les enfants retiennent, interroge enseignants et parents, et "
     "regarde si les écoles participantes entretiennent mieux leurs latrines. Elle tire des "
     "leçons sur le choix du thème, le jury et les prix. Le choléra, les lave-mains et les "
     "cantines scolaires ne sont cités qu'en passant.",
     ("concours de dessin", "enfants", "eau et hygiène", "écoles primaires", "études de cas"),
     ("CI",), "2025-07"),
    ("gl30", "dataset", "es",
     "Dibujos del concurso infantil de cultura del agua en México: obras premiadas y temas, "
     "2005-2025",
     "Cada año, la comisión nacional del agua y los espacios de cultura del agua de los "
     "municipios convocan a niñas y niños de primaria a un concurso de dibujo infantil sobre el "
     "agua: su cuidado, la escasez, la contaminación de los ríos o las inundaciones, con un tema "
     "distinto en cada edición. Este conjunto de datos reúne, por edición y por estado, el número "
     "de dibujos recibidos, la edad y el grado de los participantes, el tema y la técnica, las "
     "imágenes digitalizadas de los dibujos ganadores estatales y nacionales, publicadas con "
     "permiso de las familias, y una clasificación de lo que muestran: llaves abiertas, ríos con "
     "basura, lluvia, animales, familias que ahorran agua. Permite estudiar cómo ha cambiado en "
     "veinte años la mirada de los niños sobre el agua. Los tinacos, el tandeo y el ajolote "
     "aparecen en muchos dibujos y se mencionan de paso.",
     ("concursos de dibujo", "niños", "cultura del agua", "educación ambiental",
      "conjuntos de datos"),
     ("MX",), "2025-09"),
)  # fmt: skip
