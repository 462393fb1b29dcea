"""Clearing-house records of the hundred-and-twenty-ninth judged relevance set
(tests/search/relevance/queries129.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: coastal flood pages on storm
surge barriers (a dataset of every closure of the Thames Barrier, London's movable storm surge
barrier, in Great Britain; a case study of the first levées of the MOSE, the barrières mobiles
anti-submersion of the three passes of the lagoon of Venice against the acqua alta, in Italy; an
offer, a support source, of a technical exchange on the barreras contra marejadas de tormenta of
the Plan Delta, the Oosterscheldekering and the Maeslantkering, for Latin American engineers, from
the Netherlands); water resources pages on snow surveys (a project of automatic snow stations,
snow pillows and manual snow courses to forecast the snowmelt that fills the Tarbela reservoir in
the Upper Indus of Pakistan; a dataset of the relevés nivométriques and the équivalent en eau de la
neige, the EEN, of Québec in Canada; a curso de campo, an event, on the mediciones de nieve, the
rutas de nieve and the nivómetros of the upper Mendoza basin in Argentina); disaster pages on the
safety assessment of buildings after an earthquake (a case study of the rapid assessments and the
red, yellow and green placards of Christchurch in New Zealand; a dataset of the diagnostic
post-sismique of the houses damaged by the Al Haouz earthquake, by douar, in Morocco; a guide to
the evaluación postsísmica de la seguridad estructural de edificaciones of Mexico City in Mexico);
disaster pages on transitional shelters (a need for T-shelters for the families still displaced
by cyclones Idai and Freddy in Sofala and Zambezia, Mozambique; a case study of what became of the
abris transitionnels built after the 2010 earthquake in Haiti; a project of módulos temporales de
vivienda, viviendas de transición, for the families hit by the Niño Costero in Piura, Peru); urban
drainage pages on underground stormwater storage (a case study of G-Cans, the Metropolitan Area
Outer Underground Discharge Channel of Tokyo in Japan; a project, the bassin de stockage des eaux
pluviales of Austerlitz, a bassin d'orage that holds back the overflows of the Paris sewers for a
Seine fit for bathing, in France; a dataset of the depósitos de retención de aguas pluviales, the
tanques de tormenta, of Barcelona in Spain); drought pages on water rationing (a guide to the water
restrictions that kept Cape Town from its Day Zero in South Africa; a dataset of the coupures
d'eau and quotas of the 2023-2024 drought in Tunisia; a case study of the racionamiento de agua por
turnos of Bogotá in Colombia); rural water supply pages on spring protection (a project capping
village springs with spring boxes in Kakamega and Vihiga, Kenya; a need to rehabilitate the
sources aménagées of the hills of Ngozi province in Burundi; a guide to protecting the nacimientos
de agua, the manantiales, of the villages of Huehuetenango in Guatemala); water safety and training
pages on swimming lessons for children (a project of survival swimming lessons in village ponds of
Barishal and Sylhet, Bangladesh; a stage, an event, training moniteurs to teach the children of
Ganvié and the lake villages of lac Nokoué to swim, the apprentissage de la natation, in Benin; a
need for clases de natación for the children of the bañados of Asunción, Paraguay); drinking water
pages on water safety plans (a workshop, an event, on drinking water safety and security planning
for village water committees in Fiji; a guide to the plan de gestion de la sécurité sanitaire des
eaux, the PGSSE, for small communes in France; a need for planes de seguridad del agua for the
juntas de agua of Intibucá and Lempira, Honduras); and climate adaptation and education pages on
floating schools (a case study of the Makoko floating school on the Lagos Lagoon, Nigeria; a need
to rebuild the écoles flottantes of the floating villages of the Tonlé Sap lake in Cambodia; a
project of escuelas flotantes for the riverside communities of Loreto that the creciente floods,
Peru). English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records125.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (storm surge, surge barrier, flood barrier, floodgate, Thames
Barrier, MOSE, acqua alta, Venice, Venise, Venecia, Maeslantkering, Oosterschelde, Delta Works,
Plan Delta, Afsluitdijk, barrière mobile, barrière anti-tempête, anti-submersion, submersion
marine, surcote, onde de tempête, vanne, écluse, barrera móvil, barrera contra marejadas,
marejada, compuerta, tidal barrage, usine marémotrice; snow survey, snow course, snowpack, snow
pillow, snow water equivalent, SNOTEL, relevé nivométrique, nivométrie, nivomètre, manteau
neigeux, équivalent en eau de la neige, enneigement, ruta de nieve, medición de nieve, manto
nival, nivómetro, equivalente en agua, almohadilla de nieve; post-earthquake, building inspection,
damage assessment, rapid visual, placard, red tag, tagging, ATC-20, habitabilité, diagnostic
post-sismique, évaluation des dommages, expertise, évaluation postsísmica, evaluación de daños,
evaluación estructural, dictamen, earthquake, séisme, sismo, terremoto; transitional shelter,
T-shelter, core shelter, shelter kit, tent, abri transitionnel, abri transitoire, abri d'urgence,
tente, camp de déplacés, vivienda de transición, módulo temporal de vivienda, vivienda de
emergencia, mediagua, albergue temporal, carpa, damnificados, reconstruction; retention basin,
detention basin, stormwater tank, storage tank, storm overflow, combined sewer, G-Cans, tunnel,
sponge city, bassin de rétention, bassin d'orage, bassin de stockage, déversoir d'orage, réseau
unitaire, ville éponge, tanque de tormenta, depósito de retención, aguas pluviales, alcantarillado
unitario, túnel, ciudad esponja; water rationing, water restrictions, hosepipe ban, Day Zero,
intermittent supply, rationnement, restrictions d'eau, coupures d'eau, arrêté sécheresse, tours
d'eau, racionamiento, restricciones de agua, cortes de agua, tandeo, turnos, día cero; spring
protection, spring box, spring capping, protected spring, captage de source, source aménagée, mur
de captage, aménagement de source, protección de manantiales, nacimiento, vertiente, caja de
captación, ojo de agua; swimming lesson, learn to swim, survival swimming, swimming instructor,
drowning, natation, savoir nager, apprendre à nager, aisance aquatique, noyade, natación, nadar,
clases de natación, ahogamiento, life jacket, gilet de sauvetage, chaleco salvavidas; water safety
plan, WSP, drinking water safety, sécurité sanitaire des eaux, PGSSE, plan de seguridad del agua,
PSA; floating school, boat school, school boat, école flottante, bateau-école, escuela flotante,
floating house, maison amphibie, casa anfibia, pilotis, palafito, Makoko, Tonlé Sap, Ganvié,
Nokoué, Iquitos, Belén). Screened and dropped as covered: qanats (the khettaras of z04), ice
stupas (cs22-cs24), fog collectors (bh28-bh30), avalanches (bt25-bt27), glacial lake outburst
floods (w37-w39), volcanic eruptions and ash (br25-br27), lightning (bx25-bx27), tsunamis
(bs25-bs27), cyclone shelters (ex22-ex24), rain gardens and sponge cities (de25-de27), twinning
(br22-br24), desalination and its brine outfalls, which left sea outfalls too near (bs19-bs21),
weather radars (the hail need bw27 and the tornado need by27 ask for radar coverage) and dam
safety (the tailings dam failures of t07 and bl22, whose subjects list tailings dams, and the
dam pages m25-m27), besides the topics of sets 42 to 125 and those their docstrings list as
covered; screened with no or passing hits but not chosen: ice roads, river ice jams (the
embâcles named by ec05), faecal sludge emptying (next to the septage of bf16 and the
container-based sanitation of by19), water kiosks (the bornes-fontaines named by ep02),
handwashing stations, amphibious houses, street addressing, coastal HF radars and water towers.

No earlier record is judged relevant to a query of this set. The nearest, all 0: the seawalls of
Malé, Saint-Louis and Havana (fb10-fb12), the tide gauges (ex04-ex06), the managed realignment
pages (ck25-ck27), the storm surges that the cyclone shelters of ex22 stand above and that
flattened Tacloban (dz04), the mangroves that buffer surges in the Mekong Delta (t19), the Rance
tidal power barrage that bars its estuary (ch05) and, in the golden files, the Dutch papers on
rivers, deltas and coasts, on freshwater scarcity and on the valuation of flood risks, no storm
surge barrier; the avalanche forecasting need with its automatic snow and weather stations
(bt27), the spring snowpack of the wolverine dens (ev01), snowmaking at ski resorts (by29) and
the Snowy 2.0 pumped-hydro scheme (cx10), no snow survey; the earthquake pages (ca25-ca27), the
seismic retrofitting pages (fb22-fb24), the earthquake early warning pages (ex25-ex27), the search
and rescue dog pages (ex28-ex30), ex29 naming the same Al Haouz earthquake as ff08, and the houses
cracked by induced earthquakes near Vaca Muerta (cd12), no post-earthquake building assessment; the
cyclone shelters (ex22-ex24), the lightning shelters (bx25), the coconut lumber for shelters after
Typhoon Haiyan (dz04), the timber social housing that is to replace the campamentos of Concepción
(cv18) and the mountain refugios (di27), no transitional shelter; the rain gardens (de25-de27)
whose Kansas City page names combined sewer overflows, the green schoolyards that store stormwater
(cq19), the green roofs (cg13, cg14), the stormwater ponds of the coal-tar sealcoat dataset
(cx04), the basins that hold back fire-fighting water (l19-l21) and the drain desilting pages
(fb07-fb09), no underground stormwater storage; the supply two or three days a week in Tegucigalpa
(fb06), the few hours a week of piped water in Karachi (ex16), the cortes de agua of Petorca and
La Ligua (cw15), the tandeo of Los Cabos and Iztapalapa (cw18, de27) and the odd-even rationing of
cars in Delhi (dz10), no water rationing page; the hydraulic ram pumps that lift spring water (ep01)
and whose Honduran guide builds a caja de captación for the pump (ep03), the manantiales protected
by the community forests of Oaxaca (dy06) and the nacimientos of ek18, which are nativity scenes,
no spring protection; the swimming lessons that the women seaweed farmers of Zanzibar needed
(bv28), the lifeguards and swimming teachers of the swimming pool pages (cz04-cz06) and the rip
current pages with their drownings and guardavidas (fb13-fb15), no swimming lessons for children;
the drinking water pages on arsenic, fluoride, lead, nitrate and pesticides (t10-t12, x04-x06,
bj22-bj24, k04, bk28-bk30) and the gender page on the juntas de agua of Guatemala (k18), no water
safety plan; and the floating solar pages (cj10-cj12), the floating restrooms of marinas (ep19),
the floating gardens of Xochimilco (s10), the palafitos of Banco Chinchorro (bz06) and the solar
electric pirogues of Ganvié (cx17), no floating school.

records126.py (ids fc01..fc30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), records127.py (ids fd01..fd30, on biodiversity topics) and records128.py (ids
fe01..fe30, on agriculture, fisheries, forestry, food and land topics), written at the same time
by three other engineers, were searched for the same words once they were finished (with their
queries126.tsv, queries127.tsv and queries128.tsv, 60 queries each), before these records were
judged. Their topics are carbon disulphide from viscose rayon plants, manganese mining, asphalt
plants, baker's asthma, tungiasis, powerships, domestic oil heating, the Kimberley Process, talc
and printer cartridges (records126.py); hyenas, European hamsters, Andean cats, quiver trees,
civets, secretarybirds, saolas, sengis, kagus and wild chinchillas (records127.py); and
urea-molasses multinutrient blocks, ear tags for livestock, onion storage, hops, frosty pod rot of
cocoa, Bambara groundnut, azolla, driftnets, raw milk and tonka beans (records128.py). None of
their records names a storm surge barrier, a snow survey, a post-earthquake building assessment,
a transitional shelter, underground stormwater storage, water rationing, spring protection,
swimming lessons, a water safety plan or a floating school. The nearest are passing or about
other things and judged 0: the powerships, centrales électriques flottantes and patanas of
fc16-fc18 are floating power plants, no floating school; the flooded diamond pits where children
drown in Kono (fc22) and the secretarybirds drowned in farm water tanks (fd18) are no swimming
lessons; the home heating oil tanks and citernes à mazout (fc19-fc21) store fuel, no stormwater;
the snow that closes the talc quarry of Trimouns in winter (fc26) is no snow survey; the school
health of the tungiasis project (fc13) and the floating fern azolla (fe19-fe21) are no floating
school. None of their records answers a query of this set, and none of their queries is repeated
in queries129.tsv.

Traps: the seawalls, tide gauges and riverside flood walls, the North Sea and sea-level rise of
ff01; the place Saint-Marc, the corruption of the works, the cruise ships and the barene of ff02;
the flood of 1953, the dunes, the mussel and oyster farming, the dike and the Afsluitdijk of ff03;
the glaciers, glacial lake outburst floods, avalanches, the Tarbela reservoir and the kharif
sowing of ff04; the crues printanières, the embâcles, the centrales hydroélectriques and the
déneigement of ff05; the megasequía, the glaciares de escombros, the aludes, the viñedos and the
embalse de Potrerillos of ff06; the liquefaction, demolition waste, the strengthening of
earthquake-prone buildings and the search and rescue of ff07; the tentes, the sauvetage and the
renforcement parasismique of ff08; the alerta sísmica, the reforzamiento and the albergues of
ff09; the tents, cholera, the multipurpose cyclone shelters of schools, the early warnings by radio
and the hurricane straps of ff10; the camps de tentes, the termites, the ouragans, cholera,
hurricane Matthew and the construction parasismique of ff11; the dengue, the huaicos, the carpas,
the reubicación, the tanque de agua and the letrina of ff12; the typhoons, the levees, the river
pumping stations and the guided tours of ff13; the baignade and the épreuves de nage of the
Olympic Games, Escherichia coli, the toitures végétalisées and the curage des égouts of ff14; the
pluviómetros, the cierre de playas al baño, the imbornales and the restricciones de agua of the
2024 drought of ff15; the boreholes, desalination, water meters and dam levels of ff16; the
barrages, dessalement, forages illicites and camions-citernes of ff17; El Niño, the embalses of
Chingaza, the carrotanques, medidores, páramos and incendios forestales of ff18; the boreholes
with hand pumps, rainwater tanks, chlorine dispensers, latrines and tea farms of ff19; the
adductions gravitaires, the bornes-fontaines, the latrines and cholera of ff20; the cloración,
the tanque de distribución, the café and the reforestation of the zona de recarga of ff21; the
daycare centres, the monsoon floods and the boat schools of the haor wetlands of ff22; the gilets
de sauvetage, the jacinthe d'eau, the acadjas and the école sur pilotis of ff23; the crecidas,
the albergues, the dengue, the basura and the chalecos salvavidas of ff24; cyclone Winston,
typhoid, leptospirosis and rainwater tanks of ff25; the pesticides and their métabolites, the
chlorure de vinyle, the périmètres de protection des captages and the légionelles of ff26; the
captaciones de nacimientos, the hipocloradores, the deforestación and the corredor seco of ff27;
the solar panels, rainwater harvesting, the evictions, the demolitions and the sawdust of ff28;
the pêche, the jacinthe d'eau, the toilettes flottantes and the cours de natation of ff29; and
the palafitos, the dengue, the pesca, the baños secos and the vaciante of ff30. Letters: the
MOSE of ff02 and the Oosterscheldekering and Maeslantkering of ff03 are storm surge barriers, like
the Thames Barrier; the snow courses of ff04, the parcours of the stations nivométriques of ff05
and the rutas de nieve of ff06 are all snow surveys; the placards of ff07 and the carteles verde,
amarillo y rojo of ff09 tag buildings after the same kind of assessment as the diagnostic of
ff08; the T-shelters of ff10 and ff11 and the módulos temporales de vivienda of ff12 are
transitional shelters; the G-Cans tunnel and tank of ff13, the bassin d'Austerlitz of ff14 and
the depósitos de retención of ff15 all store stormwater underground; the restrictions of Cape
Town, the quotas and coupures of Tunisia and the turnos of Bogotá are all water rationing; the
spring boxes of ff19, the sources aménagées of ff20 and the cajas de captación of ff21 protect
springs; the PGSSE of ff26 and the drinking water safety and security planning of ff25 are water
safety plans; the golden files name no storm surge barrier, snow survey, post-earthquake building
assessment, transitional shelter, stormwater storage, water rationing, spring protection,
swimming lesson, water safety plan or floating school (their "spring", "float", "tunnel",
"lesson" and "water supply" are other things: Silent Spring and hot springs, floating-point
arithmetic and flotation devices, the lesson delivery of teachers, and the Dutch papers on water
management, freshwater scarcity and flood risk).
For the country queries: ff01 names only the United Kingdom (London; the North Sea as a sea);
ff02 only Italy (Venice; the Adriatic as a sea); ff03 the Netherlands (Latin America as the region
of the engineers it invites); ff04 only Pakistan; ff05 only Canada (Québec); ff06 only Argentina;
ff07 only New Zealand; ff08 only Morocco; ff09 only Mexico; ff10 only Mozambique; ff11 only Haiti;
ff12 only Peru; ff13 only Japan; ff14 only France; ff15 only Spain; ff16 only South Africa; ff17
only Tunisia; ff18 only Colombia; ff19 only Kenya; ff20 only Burundi; ff21 only Guatemala; ff22
only Bangladesh; ff23 only Benin; ff24 only Paraguay; ff25 only Fiji (the World Health
Organization as an organisation); ff26 only France (the European directive); ff27 only Honduras;
ff28 only Nigeria; ff29 only Cambodia; ff30 only Peru (the Amazon as a river).

Ids (ff01..ff30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
ey01..ey30, ez01..ez30, fa01..fa30, fb01..fb30), nor with records126.py's (fc01..fc30),
records127.py's (fd01..fd30) or records128.py's (fe01..fe30), and no earlier id starts with "ff".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- storm surge barriers ------------------------------------------------------------------
    ("ff01", "dataset", "en",
     "Thames Barrier closures, 1982-2024: tide and river levels behind every closure of London's "
     "storm surge barrier",
     "The Thames Barrier, the movable storm surge barrier that spans the river at Woolwich, "
     "protects 125 square kilometres of London from North Sea surges funnelled up the estuary. "
     "Its ten steel gates lie in concrete sills on the riverbed and rotate up to close the river "
     "when a surge arrives on a high tide. This dataset of the national environment agency lists "
     "every flood defence closure since the first in 1982, more than 200 in all: date, times of "
     "closing and reopening, predicted and observed water levels downstream and at London "
     "Bridge, the height of the surge, the river flow measured upstream at Teddington and the "
     "reason, a tidal surge alone or a combined tidal and river flood, as in the fifty closures "
     "of the winter of 2013-2014. The notes explain how the figures feed the plan to keep the "
     "barrier working until about 2070 as the sea rises. Seawalls, tide gauges and riverside "
     "flood walls are named in passing.",
     ("storm surge barriers", "Thames Barrier", "tidal flooding", "flood defences", "datasets"),
     ("GB",), "2025-01"),
    ("ff02", "case-study", "fr",
     "Le MOSE de Venise : bilan des premières levées des barrières mobiles contre l'acqua alta",
     "Le 12 novembre 2019, une marée de 187 centimètres a noyé Venise, la pire acqua alta depuis "
     "1966. Le 3 octobre 2020, le MOSE, un système de barrières mobiles anti-submersion, était "
     "levé pour la première fois : 78 vannes posées au fond des trois passes qui relient la "
     "lagune à l'Adriatique, au Lido, à Malamocco et à Chioggia, se remplissent d'air et se "
     "redressent pour barrer l'onde de tempête poussée par le sirocco. Cette étude de cas, "
     "écrite par une université et l'autorité de la lagune, fait le bilan des quelque 90 levées "
     "de 2020 à 2024 : hauteurs d'eau évitées dans la ville, seuil de déclenchement à 110 "
     "centimètres, coût de chaque levée, retards des navires devant l'écluse de Malamocco, "
     "renouvellement de l'eau et sédimentation de la lagune, entretien des vannes dans l'eau "
     "salée. Elle discute de la place Saint-Marc, encore inondée sous ce seuil. Le scandale de "
     "corruption du chantier, les paquebots de croisière et les barene ne sont cités qu'en "
     "passant.",
     ("barrières anti-submersion", "MOSE", "acqua alta", "ondes de tempête", "études de cas"),
     ("IT",), "2024-12"),
    ("ff03", "support-source", "es",
     "Oferta: intercambio técnico sobre barreras contra marejadas de tormenta para ingenieros "
     "de puertos latinoamericanos",
     "Tras la inundación de 1953, los Países Bajos cerraron sus estuarios con el Plan Delta, "
     "cuyas obras mayores son barreras móviles contra las marejadas de tormenta: la "
     "Oosterscheldekering, de nueve kilómetros y 62 compuertas que solo bajan con temporal, y "
     "la Maeslantkering, dos brazos de 210 metros que giran para cerrar el canal de acceso al "
     "puerto de Rotterdam cuando el agua amenaza superar los tres metros. La agencia pública de "
     "obras hidráulicas y una universidad técnica ofrecen a los ministerios de obras públicas, "
     "las autoridades portuarias y los municipios costeros de América Latina un intercambio de "
     "dos semanas para ingenieros: visitas a ambas barreras durante la prueba anual de cierre, "
     "reglas de decisión basadas en pronósticos del nivel del mar, mantenimiento, costos, "
     "efectos sobre las mareas y los sedimentos, y cuándo una barrera es mejor opción que un "
     "dique. Se reciben solicitudes hasta marzo de 2026. Las dunas, el cultivo de mejillones y "
     "ostras y el Afsluitdijk se mencionan de paso.",
     ("barreras contra marejadas", "compuertas móviles", "Plan Delta", "intercambio técnico",
      "ofertas"),
     ("NL",), "2025-06"),
    # --- snow surveys --------------------------------------------------------------------------
    ("ff04", "project", "en",
     "Snow surveys and automatic snow stations in the Upper Indus: forecasting snowmelt for the "
     "Tarbela reservoir",
     "Most of the water that reaches the Indus plains between April and September comes from "
     "snow and ice melting in the Hindu Kush, Karakoram and western Himalaya, yet the snowpack of "
     "the upper basin is measured at only a handful of sites. This project of the national water "
     "and power authority and the meteorological department installs 24 automatic snow stations "
     "with snow pillows and snow depth sensors in Gilgit-Baltistan and Chitral, and revives the "
     "manual snow surveys: each March and April, teams walk 14 snow courses and weigh cores "
     "taken with a snow tube to compute the snow water equivalent. Station and survey data are "
     "combined with satellite snow cover maps in a model that forecasts the seasonal inflow to "
     "the Tarbela reservoir, used by the river system authority to share water between "
     "provinces before the kharif sowing. Forty hydrologists and village observers are trained. "
     "Glaciers, glacial lake outburst floods and avalanches on the access roads are named in "
     "passing.",
     ("snow surveys", "snowpack monitoring", "snowmelt forecasting", "Indus basin", "projects"),
     ("PK",), "2024-10"),
    ("ff05", "dataset", "fr",
     "Relevés nivométriques du Québec : épaisseur de neige et équivalent en eau de la neige, "
     "1960-2024",
     "Au Québec, la neige accumulée pendant l'hiver fait la crue du printemps : mesurer son "
     "équivalent en eau permet de prévoir les apports aux réservoirs et les risques "
     "d'inondation. Ce jeu de données du ministère de l'environnement rassemble les relevés de "
     "quelque 200 stations nivométriques, du sud du Québec à la Côte-Nord et à l'Abitibi : "
     "toutes les deux semaines, de janvier à avril, un observateur suit un parcours de dix "
     "points, enfonce un carottier dans le manteau neigeux, pèse la carotte et en déduit la "
     "masse volumique et l'équivalent en eau de la neige, l'EEN. Le fichier donne pour chaque "
     "relevé la date, l'épaisseur, la densité, l'EEN et l'état du sol, avec les mesures "
     "continues des capteurs automatiques installés depuis 2010 et les écarts entre les deux "
     "méthodes. Les notes expliquent comment l'EEN a servi à prévoir les crues printanières de "
     "2017 et de 2019. Les embâcles, les centrales hydroélectriques et le déneigement des routes "
     "ne sont cités qu'en passant.",
     ("relevés nivométriques", "équivalent en eau de la neige", "manteau neigeux",
      "prévision des crues", "jeux de données"),
     ("CA",), "2025-03"),
    ("ff06", "event", "es",
     "Curso de campo: medición de nieve en las rutas de nieve de la cuenca alta del río Mendoza",
     "En Mendoza, casi toda el agua que riega los oasis y abastece a las ciudades viene del "
     "deshielo de la cordillera, y el pronóstico de escurrimiento de cada temporada, que fija "
     "cuánta agua tendrá cada canal, se apoya en la medición del manto nival a fines del "
     "invierno. El departamento de irrigación de la provincia y el instituto argentino de "
     "nivología y glaciología organizan en agosto de 2025, en Penitentes, un curso de campo de "
     "cinco días para técnicos de hidrología de las provincias cordilleranas: recorrido de las "
     "rutas de nieve, muestreo con tubo muestreador, cálculo de la densidad y del equivalente en "
     "agua de nieve, lectura de los nivómetros automáticos con almohadilla de nieve, uso de "
     "imágenes satelitales de cobertura nival y construcción del pronóstico. Incluye una jornada "
     "de seguridad en montaña con riesgo de aludes. La megasequía, los glaciares de escombros, "
     "los viñedos y el embalse de Potrerillos se mencionan de paso.",
     ("medición de nieve", "rutas de nieve", "manto nival", "pronóstico de escurrimiento",
      "eventos"),
     ("AR",), "2025-05"),
    # --- post-earthquake building safety assessment --------------------------------------------
    ("ff07", "case-study", "en",
     "Red, yellow and green placards: rapid building safety assessments after the Christchurch "
     "earthquakes",
     "After the magnitude 6.2 earthquake of 22 February 2011, teams of engineers, building "
     "officials and architects carried out rapid post-earthquake assessments of tens of "
     "thousands of buildings in Christchurch, placing a green placard on those fit to use, a "
     "yellow one on those with restricted access and a red one on those unsafe to enter. This "
     "case study, written by the national building regulator with the engineering society, "
     "follows how the assessments were organised: exterior inspections in the first days, "
     "detailed interior checks in the central city, re-inspections after each strong "
     "aftershock, and the records handed to owners, insurers and the cordon managers. It "
     "describes what went wrong, from volunteers without legal powers to placards that owners "
     "misread, and how the lessons led to a national field guide, trained and registered "
     "assessors and new emergency powers in the building law. Liquefaction, demolition waste, "
     "the strengthening of earthquake-prone buildings and the search and rescue at collapsed "
     "office blocks are named in passing.",
     ("post-earthquake building assessment", "building safety evaluation", "placards",
      "Canterbury earthquakes", "case studies"),
     ("NZ",), "2024-09"),
    ("ff08", "dataset", "fr",
     "Diagnostic post-sismique des habitations après le séisme d'Al Haouz : résultats des "
     "commissions par douar",
     "Le séisme du 8 septembre 2023, de magnitude 6,8, a endommagé près de 60 000 habitations "
     "dans les provinces d'Al Haouz, de Chichaoua, de Taroudant, d'Ouarzazate et d'Azilal et "
     "dans la préfecture de Marrakech. Dans les semaines suivantes, des commissions "
     "d'ingénieurs, d'architectes, de techniciens des laboratoires publics et d'agents "
     "d'autorité ont visité chaque maison pour en évaluer les dommages et l'habitabilité. Ce "
     "jeu de données, publié par le ministère de l'aménagement du territoire et de l'habitat, "
     "donne pour chaque douar le nombre de maisons expertisées, leur mode de construction, "
     "pisé, pierre ou béton, la classe de dommage retenue, effondrement total, effondrement "
     "partiel ou fissures, la décision de démolir, de réparer ou de reconstruire, et l'aide "
     "accordée, 140 000 ou 80 000 dirhams. Les notes décrivent les fiches de diagnostic, les "
     "recours des familles et les contre-expertises. Les tentes distribuées, les opérations de "
     "sauvetage et le renforcement parasismique des maisons reconstruites ne sont cités qu'en "
     "passant.",
     ("diagnostic post-sismique", "évaluation des dommages", "habitations",
      "séisme d'Al Haouz", "jeux de données"),
     ("MA",), "2024-09"),
    ("ff09", "document", "es",
     "Guía para la evaluación postsísmica de la seguridad estructural de edificaciones en la "
     "Ciudad de México",
     "Tras el sismo del 19 de septiembre de 2017, que derrumbó 38 edificios en la Ciudad de "
     "México, miles de ingenieros y arquitectos voluntarios revisaron viviendas, escuelas y "
     "oficinas sin un método común, y muchos dictámenes se contradijeron. Esta guía del "
     "instituto para la seguridad de las construcciones de la ciudad y del colegio de "
     "ingenieros civiles fija el procedimiento: brigadas de evaluadores registrados, con "
     "directores responsables de obra y corresponsables en seguridad estructural, que hacen "
     "primero una evaluación rápida y luego una detallada; formatos para anotar los daños en "
     "columnas, muros, losas, escaleras y colindancias; criterios para colocar un cartel verde, "
     "de uso permitido, amarillo, de uso restringido, o rojo, de acceso prohibido; y cómo "
     "comunicar el dictamen a los vecinos y a protección civil. Incluye fotografías de daños "
     "típicos y un curso en línea para registrarse como evaluador. La alerta sísmica, el "
     "reforzamiento de edificios y los albergues se mencionan de paso.",
     ("evaluación postsísmica", "seguridad estructural", "edificaciones",
      "dictamen estructural", "guías"),
     ("MX",), "2024-03"),
    # --- transitional shelters -----------------------------------------------------------------
    ("ff10", "need", "en",
     "Need: transitional shelters for families still displaced by cyclones in Sofala and "
     "Zambezia",
     "Cyclone Idai in 2019 and Cyclone Freddy in 2023 destroyed or damaged hundreds of thousands "
     "of houses in central Mozambique, and thousands of families in the resettlement sites of "
     "Sofala and Zambezia provinces still live in worn tents or under plastic sheeting. The "
     "national disaster management institute and the provincial governments request support to "
     "build 4,000 transitional shelters: one-room houses of about 18 square metres with treated "
     "timber or bamboo frames, corrugated iron roofs fixed with hurricane straps, a raised earth "
     "floor and walls of local materials, designed so that families can later turn them into "
     "permanent homes. The request covers shelter kits and tools, cash for local materials, the "
     "training of 200 local builders and of the families in safer building, and a register of "
     "plots so that each shelter stands on land the family may keep. Cholera, the multipurpose "
     "cyclone shelters of schools and early warnings by radio are named in passing.",
     ("transitional shelters", "T-shelters", "post-disaster housing", "tropical cyclones",
      "needs"),
     ("MZ",), "2025-01"),
    ("ff11", "case-study", "fr",
     "Les abris transitionnels après le séisme de 2010 en Haïti : ce que sont devenus les "
     "T-shelters",
     "Après le séisme du 12 janvier 2010, plus de 100 000 abris transitionnels ont été "
     "construits en Haïti par des ONG et des agences d'aide pour faire sortir les familles des "
     "camps de tentes : des cabanes de bois et de contreplaqué de 12 à 18 mètres carrés sous une "
     "tôle, posées sur une dalle et prévues pour durer trois à cinq ans. Cette étude de cas, "
     "menée par un centre de recherche haïtien et une université, est retournée en 2023 dans 600 "
     "de ces abris à Léogâne, à Gressier et dans des quartiers de Port-au-Prince. Elle montre "
     "que la plupart sont encore habités, beaucoup agrandis avec des blocs de béton par les "
     "familles, que le bois a souffert des termites et des ouragans, et que les abris posés sur "
     "des terrains sans titre ont souvent été perdus. Elle compare leur coût à celui des "
     "maisons permanentes et tire des leçons pour les abris des catastrophes futures. Le "
     "choléra, l'ouragan Matthew et la construction parasismique ne sont cités qu'en passant.",
     ("abris transitionnels", "T-shelters", "reconstruction", "séisme de 2010",
      "études de cas"),
     ("HT",), "2024-06"),
    ("ff12", "project", "es",
     "Módulos temporales de vivienda para las familias damnificadas por el Niño Costero en Piura",
     "Las lluvias del Niño Costero de 2017 y del ciclón Yaku en 2023 desbordaron el río Piura y "
     "las quebradas del bajo Piura, y miles de familias de Catacaos, Cura Mori y La Unión "
     "perdieron sus casas de adobe y quincha. Este proyecto del gobierno regional, el "
     "ministerio de vivienda y una organización humanitaria instala 1.200 módulos temporales de "
     "vivienda, viviendas de transición de paneles prefabricados de unos 18 metros cuadrados "
     "con techo aislante, piso elevado y ventanas con malla contra zancudos, en los lotes de "
     "las familias o en zonas seguras mientras se construye la vivienda definitiva. Cada módulo "
     "se entrega con un tanque de agua y una letrina, y las familias aprenden a armarlo, "
     "ampliarlo y desmontarlo para reutilizar los paneles. El proyecto forma brigadas comunales "
     "de armado y lleva un registro de ocupación. El dengue, los huaicos, las carpas de los "
     "primeros días y la reubicación de los caseríos se mencionan de paso.",
     ("módulos temporales de vivienda", "viviendas de transición", "damnificados",
      "Niño Costero", "proyectos"),
     ("PE",), "2024-08"),
    # --- underground stormwater storage --------------------------------------------------------
    ("ff13", "case-study", "en",
     "The G-Cans underground discharge channel: storing and pumping floodwater under the "
     "northern suburbs of Tokyo",
     "The low basins of the Naka and Ayase rivers north of Tokyo, once rice fields and now dense "
     "suburbs, flooded in almost every typhoon season. Since 2006 the Metropolitan Area Outer "
     "Underground Discharge Channel, known as G-Cans, has taken the storm runoff that overflows "
     "five small rivers into vertical shafts 70 metres deep, stored it in a 6.3-kilometre tunnel "
     "50 metres underground and in a pressure-regulating tank held up by 59 pillars, then pumped "
     "it at up to 200 cubic metres a second into the Edo River. This case study by the national "
     "river ministry and a university counts the operations, about seven a year, and the houses "
     "and factories spared from flooding, including during Typhoon Hagibis in 2019, and compares "
     "the cost with the damage avoided. It also covers maintenance, the silt removed after each "
     "use and the guided tours that show the tank to 50,000 visitors a year. Levees, river "
     "pumping stations and the underground regulating reservoir under Tokyo's Loop Road 7 are "
     "named in passing.",
     ("underground flood storage", "stormwater storage tunnels", "retention tanks",
      "urban flooding", "case studies"),
     ("JP",), "2024-11"),
    ("ff14", "project", "fr",
     "Le bassin de stockage des eaux pluviales d'Austerlitz : retenir les orages pour une Seine "
     "baignable",
     "Lors des orages, le réseau unitaire de Paris, qui mêle eaux usées et eaux de pluie, "
     "déborde par ses déversoirs d'orage dans la Seine, et la qualité bactériologique du fleuve "
     "se dégrade pendant plusieurs jours. Au cœur du plan baignade, la ville et le syndicat "
     "d'assainissement ont creusé près de la gare d'Austerlitz un bassin de stockage enterré de "
     "50 mètres de diamètre et de 30 mètres de profondeur, qui retient 50 000 mètres cubes, le "
     "volume de vingt piscines olympiques. Mis en service au printemps 2024, il se remplit "
     "pendant la pluie et se vide ensuite vers la station d'épuration. Le projet a aussi "
     "raccordé des péniches et des immeubles mal branchés. Il suit les volumes stockés, les "
     "déversements évités et les mesures d'Escherichia coli en aval. Les épreuves de nage des "
     "Jeux olympiques, les sites de baignade ouverts en 2025, les toitures végétalisées et le "
     "curage des égouts ne sont cités qu'en passant.",
     ("bassins de stockage des eaux pluviales", "bassins d'orage", "déversoirs d'orage",
      "qualité de la Seine", "projets"),
     ("FR",), "2024-10"),
    ("ff15", "dataset", "es",
     "Depósitos de retención de aguas pluviales de Barcelona: volúmenes almacenados en cada "
     "episodio de lluvia, 2000-2024",
     "Barcelona, con calles muy impermeables que bajan de Collserola al mar, sufre lluvias "
     "mediterráneas cortas e intensas que saturaban el alcantarillado y anegaban los barrios "
     "bajos. Desde 1997 la ciudad ha construido quince depósitos de retención de aguas "
     "pluviales, grandes tanques de tormenta subterráneos bajo parques, calles y cocheras, como "
     "el del parque de Joan Miró, que juntos guardan más de 500.000 metros cúbicos. Este "
     "conjunto de datos de la empresa municipal del ciclo del agua registra, para cada episodio "
     "de lluvia de 2000 a 2024, la precipitación en los pluviómetros urbanos, el volumen que "
     "entró en cada depósito, el tiempo de vaciado hacia las depuradoras, los vertidos del "
     "alcantarillado unitario al mar que se evitaron y los que no, y las calles anegadas. Las "
     "notas explican el control en tiempo real de compuertas y bombas. El cierre de playas al "
     "baño tras las lluvias, los imbornales y las restricciones de agua de la sequía de 2024 se "
     "mencionan de paso.",
     ("depósitos de retención", "tanques de tormenta", "aguas pluviales",
      "inundaciones urbanas", "conjuntos de datos"),
     ("ES",), "2025-02"),
    # --- water rationing -----------------------------------------------------------------------
    ("ff16", "document", "en",
     "Lessons from Day Zero: a guide to drought water restrictions for city utilities, from "
     "Cape Town's 2015-2018 crisis",
     "By January 2018, after three dry winters, the dams that supply Cape Town held so little "
     "water that the city announced a Day Zero, when taps would be turned off and residents "
     "would queue for 25 litres a day at 200 collection points. It never came. This guide, "
     "written by the city's water department with a university water research unit, explains "
     "how a city of four million people halved its water use in three years: restrictions "
     "tightened level by level to 50 litres per person per day, bans on watering gardens, "
     "filling pools and washing cars with drinking water, steep drought tariffs, pressure "
     "reduction across the network, flow-limiting devices on the connections of heavy users, "
     "and a weekly dashboard of dam levels and use by suburb. It also discusses fairness "
     "between informal settlements and wealthy suburbs, the loss of revenue, and why trust "
     "mattered more than enforcement. Private boreholes, desalination plans and water meters "
     "are named in passing.",
     ("water restrictions", "water rationing", "Day Zero", "drought", "guidance"),
     ("ZA",), "2024-05"),
    ("ff17", "dataset", "fr",
     "Coupures d'eau et quotas pendant la sécheresse de 2023-2024 en Tunisie : données par "
     "délégation",
     "Après cinq années de sécheresse, les barrages du nord de la Tunisie n'étaient remplis "
     "qu'à un tiers au printemps 2023. Le ministère de l'agriculture a alors imposé un système "
     "de quotas pour l'eau potable et interdit de l'utiliser pour irriguer, laver les voitures, "
     "arroser les jardins ou nettoyer les rues, sous peine d'amende, et la société nationale "
     "d'exploitation et de distribution des eaux a coupé l'eau la nuit dans le Grand Tunis, à "
     "Sfax, à Sousse et dans d'autres villes. Ce jeu de données, reconstitué par un "
     "observatoire de l'eau à partir des avis de la société, de la presse régionale et des "
     "signalements des habitants, donne pour chaque délégation et chaque semaine les heures de "
     "coupure, les volumes distribués, les plaintes, les manifestations et le taux de "
     "remplissage des barrages qui l'alimentent. Les notes comparent les quartiers aisés et "
     "populaires. Les stations de dessalement, les forages illicites et les camions-citernes ne "
     "sont cités qu'en passant.",
     ("rationnement de l'eau", "coupures d'eau", "restrictions d'usage", "sécheresse",
      "jeux de données"),
     ("TN",), "2025-01"),
    ("ff18", "case-study", "es",
     "Racionamiento de agua por turnos en Bogotá, 2024-2025: qué funcionó y qué no",
     "En abril de 2024, con los embalses del sistema Chingaza por debajo del 16 por ciento tras "
     "meses de sequía por El Niño, la alcaldía de Bogotá y la empresa de acueducto dividieron "
     "la ciudad y varios municipios vecinos en sectores que quedaban sin agua 24 horas por "
     "turnos, cada nueve días, y multaron el consumo excesivo. El racionamiento duró un año, "
     "hasta abril de 2025. Este estudio de caso de una universidad y una veeduría ciudadana del "
     "agua muestra que el consumo bajó de unos 17 a menos de 15 metros cúbicos por segundo, "
     "cómo vivieron los cortes los hogares, los colegios, los hospitales y el comercio, qué "
     "barrios de los cerros tardaban más en recuperar la presión y por qué la información de "
     "los turnos llegaba tarde a los adultos mayores. Compara el racionamiento con las "
     "campañas de ahorro voluntario. Los carrotanques, los medidores, los páramos y los "
     "incendios forestales de 2024 se mencionan de paso.",
     ("racionamiento de agua", "cortes de agua", "sequía", "acueducto", "estudios de caso"),
     ("CO",), "2025-06"),
    # --- spring protection ---------------------------------------------------------------------
    ("ff19", "project", "en",
     "Spring protection in Kakamega and Vihiga: capping village springs with spring boxes",
     "In the hills of western Kenya, many villages draw their water from natural springs that "
     "rise at the foot of slopes. Left open, they are fouled by runoff, animals and the buckets "
     "dipped in them, and diarrhoea among children is common. This project of the county water "
     "departments and a rural water NGO protects 300 springs in Kakamega and Vihiga counties: "
     "digging back to the eye of the spring, building a concrete retaining wall and a spring "
     "box that collect the water through a bed of stones and gravel, sealing it with clay and "
     "backfill, fitting an outlet pipe high enough for a jerrycan, and adding a drainage "
     "channel, a cut-off ditch uphill and a fence. It trains local artisans to build and repair "
     "the works and spring committees to collect fees and keep latrines and grazing away, and "
     "tests the water for E. coli before and after. Boreholes with hand pumps, rainwater tanks, "
     "chlorine dispensers and tea farms are named in passing.",
     ("spring protection", "spring boxes", "rural water supply", "village springs", "projects"),
     ("KE",), "2024-07"),
    ("ff20", "need", "fr",
     "Besoin : réhabiliter les sources aménagées des collines de la province de Ngozi",
     "Dans les collines du nord du Burundi, la plupart des familles puisent l'eau à des sources "
     "aménagées : un mur de captage qui retient l'eau de la source, une chambre remplie de "
     "gravier, un tuyau de sortie et un petit bassin. Beaucoup ont été construites il y a "
     "trente ou quarante ans et se dégradent : tuyaux cassés, murs fissurés, canaux "
     "d'évacuation bouchés, ravines qui menacent l'ouvrage, cultures et latrines jusqu'au bord "
     "de la source, eau trouble après chaque pluie. La régie communale de l'eau et les communes "
     "de la province de Ngozi demandent un appui pour diagnostiquer 400 sources, réhabiliter "
     "les 150 plus utilisées, protéger leur périmètre par des haies, des fossés anti-érosifs et "
     "des arbres, former des fontainiers et les comités de gestion des points d'eau, et "
     "analyser l'eau avant et après les travaux. Les adductions gravitaires, les "
     "bornes-fontaines des centres de négoce et le choléra ne sont cités qu'en passant.",
     ("sources aménagées", "captage de sources", "eau potable rurale", "points d'eau",
      "besoins"),
     ("BI",), "2025-02"),
    ("ff21", "document", "es",
     "Guía para proteger los nacimientos de agua de las comunidades de Huehuetenango",
     "En el altiplano de Guatemala, el agua de muchas aldeas sale de un nacimiento, un "
     "manantial en la ladera, que a menudo se capta con una pila abierta donde entran la tierra "
     "y el agua de lluvia. Esta guía, preparada por la oficina municipal de agua y una "
     "organización de desarrollo rural con los comités de agua, explica cómo proteger un "
     "nacimiento: limpiar hasta el afloramiento, construir una caja de captación de concreto "
     "con filtro de piedra y grava, sello sanitario de arcilla, tubería de rebalse y tapadera "
     "con candado, abrir una zanja de desviación arriba y cercar el área. Dedica un capítulo al "
     "cuidado de la zona de recarga hídrica, con reforestación y sin agroquímicos, y otro a los "
     "acuerdos con los dueños del terreno. Trae planos, lista de materiales y una ficha de "
     "inspección mensual. La cloración en el tanque de distribución, el café y los conflictos "
     "por el agua entre aldeas se mencionan de paso.",
     ("nacimientos de agua", "protección de manantiales", "cajas de captación", "agua rural",
      "guías"),
     ("GT",), "2024-04"),
    # --- swimming lessons for children ---------------------------------------------------------
    ("ff22", "project", "en",
     "Survival swimming lessons for village children in Barishal and Sylhet",
     "Drowning is the leading cause of death of children aged one to four in Bangladesh, and "
     "many older children cannot swim, though they live among ponds, ditches and rivers. This "
     "project of a national injury research centre, the district administrations and local "
     "volunteers teaches 60,000 children aged six to ten in Barishal and Sylhet divisions to "
     "swim. Community swimming instructors, young men and women trained and certified by the "
     "project, give 21 lessons in a section of a village pond fenced with bamboo, with a "
     "platform at the right depth. A child passes by swimming 25 metres and floating for 30 "
     "seconds, then learns safe rescue, by reaching or throwing rather than going in. The "
     "project follows the children for two years and compares drowning in villages with and "
     "without lessons. Daycare centres for toddlers, the monsoon floods and the boat schools of "
     "the haor wetlands are named in passing.",
     ("swimming lessons", "survival swimming", "drowning prevention", "children", "projects"),
     ("BD",), "2024-12"),
    ("ff23", "event", "fr",
     "Stage : former des moniteurs pour apprendre à nager aux enfants de Ganvié et des villages "
     "lacustres du lac Nokoué",
     "À Ganvié et dans les autres villages lacustres du lac Nokoué, au Bénin, les maisons sont "
     "bâties sur pilotis et les enfants vont partout en pirogue, mais beaucoup ne savent pas "
     "nager, et des noyades d'enfants sont signalées chaque saison des pluies. La fédération "
     "béninoise de natation et la société nationale de la Croix-Rouge organisent en juillet "
     "2025 un stage de dix jours pour former 40 moniteurs, enseignants, jeunes pêcheurs et "
     "animateurs des villages, à l'apprentissage de la natation des enfants : progression de "
     "l'aisance aquatique, de l'entrée dans l'eau à la flottaison et aux premiers mètres de "
     "nage, aménagement d'un bassin d'apprentissage délimité par des bambous dans le lac, "
     "conduite d'une séance pour dix enfants, sauvetage et premiers secours. Chaque moniteur "
     "repart avec un programme et du matériel pour ouvrir des cours dans son village. Les "
     "gilets de sauvetage, la jacinthe d'eau, les acadjas des pêcheurs et l'école sur pilotis ne "
     "sont cités qu'en passant.",
     ("apprentissage de la natation", "savoir nager", "moniteurs", "prévention des noyades",
      "événements"),
     ("BJ",), "2025-04"),
    ("ff24", "need", "es",
     "Necesidad: clases de natación para los niños de los bañados de Asunción",
     "En los bañados de Asunción, los barrios bajos que se extienden a orillas del río "
     "Paraguay, viven más de 100.000 personas, y cada crecida obliga a muchas familias a dejar "
     "sus casas. Los niños juegan en lagunas, zanjas y en el mismo río, pocos saben nadar y "
     "cada año hay niños ahogados. La municipalidad y una organización comunitaria del Bañado "
     "Sur solicitan apoyo para dar clases de natación a 3.000 niños de seis a doce años: "
     "contratar y formar instructores, alquilar turnos en piscinas municipales y de clubes, "
     "transportar a los niños, comprar trajes de baño, gorros y flotadores, y enseñar también "
     "a salir del agua y a pedir ayuda. Pide además cursos de primeros auxilios y reanimación "
     "para madres y referentes barriales, y chalecos salvavidas para las canoas que cruzan los "
     "riachos. Las crecidas, los albergues de las plazas, el dengue y la basura de las orillas "
     "se mencionan de paso.",
     ("clases de natación", "niños", "prevención de ahogamientos", "bañados", "necesidades"),
     ("PY",), "2025-03"),
    # --- water safety plans --------------------------------------------------------------------
    ("ff25", "event", "en",
     "Workshop: writing drinking water safety plans with village water committees in Fiji",
     "Most of Fiji's rural villages run their own water supply, from a creek intake or a small "
     "weir to a tank and a few taps, and contamination after heavy rain brings typhoid and "
     "diarrhoea. Fiji's health ministry and its water authority have adopted drinking water "
     "safety and security planning, the local version of the water safety plans recommended by "
     "the World Health Organization. In August 2025, at Nadi and at Labasa, they hold three-day "
     "workshops for village water committees, health inspectors and village headmen: walking "
     "the supply from catchment to tap, listing hazards such as pigs near the intake, broken "
     "tanks, cyclone damage and salt water in coastal wells, scoring the risks, choosing "
     "control measures, testing water with hydrogen sulphide strips, and writing a simple water "
     "safety plan that the committee reviews every year. Cyclone Winston, leptospirosis and "
     "rainwater tanks are named in passing.",
     ("water safety plans", "drinking water safety", "village water committees",
      "rural water supply", "events"),
     ("FJ",), "2025-05"),
    ("ff26", "document", "fr",
     "Guide pour élaborer un plan de gestion de la sécurité sanitaire des eaux (PGSSE) dans les "
     "petites collectivités",
     "Depuis la refonte de la directive européenne sur l'eau potable, transposée en 2022, "
     "chaque responsable de la production ou de la distribution d'eau doit établir un plan de "
     "gestion de la sécurité sanitaire des eaux, le PGSSE, qui repère les dangers du captage au "
     "robinet et prévoit comment les maîtriser ; les premières échéances tombent en 2027 et en "
     "2029. Ce guide, rédigé par une association scientifique et technique de l'eau avec les "
     "agences régionales de santé, s'adresse aux communes et syndicats de moins de 5 000 "
     "habitants : constituer l'équipe, décrire le système, identifier les dangers, des "
     "pesticides et de leurs métabolites aux crues, aux intrusions dans les réservoirs et au "
     "chlorure de vinyle des vieilles canalisations en PVC, évaluer les risques, fixer les "
     "mesures de maîtrise et de surveillance et mettre le plan à jour. Des modèles de tableaux "
     "et l'exemple d'une petite commune illustrent chaque étape. Les périmètres de protection "
     "des captages et les légionelles ne sont cités qu'en passant.",
     ("PGSSE", "sécurité sanitaire des eaux", "eau potable", "petites collectivités", "guides"),
     ("FR",), "2024-11"),
    ("ff27", "need", "es",
     "Necesidad: planes de seguridad del agua para las juntas de agua de Intibucá y Lempira",
     "En el occidente de Honduras, miles de aldeas reciben el agua de sistemas por gravedad "
     "manejados por juntas administradoras de agua, y los análisis muestran contaminación fecal "
     "en muchos grifos, sobre todo en la temporada de lluvias. La asociación departamental de "
     "juntas de agua, con el ente regulador y las municipalidades, solicita apoyo para que 120 "
     "juntas de Intibucá y Lempira elaboren su plan de seguridad del agua: recorrer el sistema "
     "desde la fuente hasta la casa, identificar peligros como el ganado en la microcuenca, la "
     "pulpa de café, los tanques rajados y la falta de cloro, priorizar los riesgos y definir "
     "medidas, con técnicos municipales formados para acompañarlas. Pide también "
     "hipocloradores, kits de análisis de cloro residual y bacteriológico y un registro en "
     "línea de los planes. Las captaciones de nacimientos, la deforestación y la sequía del "
     "corredor seco se mencionan de paso.",
     ("planes de seguridad del agua", "juntas de agua", "agua potable rural",
      "calidad del agua", "necesidades"),
     ("HN",), "2025-04"),
    # --- floating schools ----------------------------------------------------------------------
    ("ff28", "case-study", "en",
     "The Makoko floating school in Lagos: lessons from a prototype classroom on the lagoon",
     "Makoko, a community of fishers and sawmill workers, stands on stilts in the Lagos Lagoon, "
     "where the water rises with the rains and the tides and a school on land is often out of "
     "reach. In 2013 a local architecture studio and the community built the Makoko floating "
     "school: a three-storey timber A-frame on a platform buoyed by 256 recycled plastic "
     "barrels, with solar panels on the roof and rainwater harvesting, meant to rise and fall "
     "with the water. This case study by a Lagos university and a housing rights group follows "
     "what happened next: the building served as a classroom and meeting place, disputes arose "
     "over who owned and maintained it, the state threatened eviction, and a storm brought it "
     "down in June 2016. It draws lessons for floating schools elsewhere: materials that resist "
     "rot, maintenance budgets and community ownership. The demolitions of waterfront "
     "settlements and the sawdust used to reclaim land are named in passing.",
     ("floating schools", "Makoko", "climate adaptation", "informal settlements",
      "case studies"),
     ("NG",), "2024-07"),
    ("ff29", "need", "fr",
     "Besoin : remettre à flot les écoles flottantes des villages du lac Tonlé Sap",
     "Sur le lac Tonlé Sap, au Cambodge, le niveau de l'eau monte de plusieurs mètres à la "
     "saison des pluies, et des villages entiers vivent dans des maisons flottantes qui se "
     "déplacent avec le rivage. Leurs écoles flottent aussi : des salles de classe en bois "
     "posées sur des bambous ou des fûts, que l'on remorque quand le lac monte ou baisse. "
     "Beaucoup sont pourries, penchent ou prennent l'eau, et des classes se tiennent dans des "
     "maisons prêtées. Les services provinciaux de l'éducation de Kampong Chhnang, de Pursat et "
     "de Siem Reap demandent un appui pour reconstruire quinze écoles flottantes sur des "
     "flotteurs en polyéthylène, avec panneaux solaires, citernes d'eau de pluie et toilettes "
     "flottantes, acheter des bateaux pour le ramassage des élèves et former les enseignants à "
     "l'entretien des plateformes. La pêche, la jacinthe d'eau et les cours de natation donnés "
     "aux élèves ne sont cités qu'en passant.",
     ("écoles flottantes", "villages flottants", "éducation", "Tonlé Sap", "besoins"),
     ("KH",), "2025-03"),
    ("ff30", "project", "es",
     "Escuelas flotantes para las comunidades ribereñas de Loreto que la creciente deja bajo el "
     "agua",
     "En Loreto, cuando llega la creciente de los ríos Amazonas, Itaya y Nanay, entre febrero y "
     "mayo, el agua entra en los barrios bajos de Iquitos y en las comunidades ribereñas, y "
     "muchas escuelas cierran durante semanas o se mudan a locales prestados. Este proyecto de "
     "la dirección regional de educación, una universidad amazónica y una organización de "
     "desarrollo construye seis escuelas flotantes: aulas de madera local sobre plataformas de "
     "boyas de plástico reciclado y troncos de topa, ancladas para subir y bajar con el río, con "
     "paneles solares, captación de agua de lluvia y baños secos. Cada escuela tiene un comité "
     "de padres que la mantiene, y el proyecto registra la asistencia antes y después para "
     "compararla con la de las escuelas de tierra firme. También forma a carpinteros locales "
     "para construir otras. Los palafitos, el dengue, la pesca y la vaciante del río se "
     "mencionan de paso.",
     ("escuelas flotantes", "comunidades ribereñas", "educación", "creciente de los ríos",
      "proyectos"),
     ("PE",), "2024-10"),
)  # fmt: skip
