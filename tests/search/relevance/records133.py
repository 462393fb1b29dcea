"""Clearing-house records of the hundred-and-thirty-third judged relevance set
(tests/search/relevance/queries133.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: ocean observation pages on
coastal HF radars (a dataset of the hourly surface currents mapped by the high-frequency ocean
radars of Australia's marine observing system, from the southern Great Barrier Reef to the Rottnest
Shelf; a need for radars HF côtiers, radars haute fréquence, to follow the currents and the drift of
the sargasses around Guadeloupe; a jornada, an event, in Madrid on the radares de alta frecuencia of
the coast of Spain and their use in the drift forecasts of salvamento marítimo); weather pages on
cloud seeding (a case study of two decades of rain enhancement flights, salt flares fired into
summer convective clouds, in the United Arab Emirates; a dataset of the campagnes d'ensemencement
des nuages, the pluies provoquées of the programme Al Ghait, in Morocco; a project of siembra de
nubes with ground generators that burn yoduro de plata over the Limarí basin of Coquimbo, Chile);
urban services pages on street addressing (a project that gives digital addresses, codes from the
latitude and longitude of each door, to the homes of the bastis of Kolkata, India; a guide to the
adressage des rues, the dénomination des rues and the numérotation métrique of doors, for the
communes of Cameroon; a case study of the nomenclatura urbana, the street names and the numeración
domiciliaria, of three barrios populares of La Matanza, Argentina); hygiene pages on handwashing
stations (a need for handwashing stations in the primary schools and health centres of Mangochi and
Machinga, Malawi, after cholera; a project of dispositifs de lavage des mains, tippy taps and
lave-mains, for the primary schools of Androy and Anosy, Madagascar; a dataset of the estaciones de
lavado de manos of the public schools of Guatemala); rural water supply pages on the manual drilling
of wells (a case study of the manual drilling enterprises of Tanzania, augering, sludging, jetting
and hand percussion; a stage, an event, for the foreurs manuels, forage manuel, of Chad at
N'Djamena; a guide to the perforación manual de pozos by the EMAS method for the Chaco of Bolivia);
flood adaptation pages on amphibious houses (a guide to amphibious, buoyant foundations for the
houses of south Louisiana, United States; a project of maisons amphibies in An Giang province, in
the Mekong delta of Viet Nam; a need for viviendas anfibias for the families of La Mojana,
Colombia); disaster preparedness pages on amateur radio for emergency communications (an offer, a
support source, of ham radio stations and operator training for the community disaster committees of
Dominica; an exercise, an event, of the radioamateurs of the ADRASEC of the Alpes-Maritimes in the
valleys that storm Alex cut off, France; a need for a red de radioaficionados de emergencia for the
rural parishes of Esmeraldas, Ecuador); capacity building pages on water operators' partnerships (a
case study of the WOP in which Uganda's National Water and Sewerage Corporation mentored the water
corporation of Juba, South Sudan; an offer, a support source, of partenariats d'opérateur à
opérateur from the SONEDE, the water utility of Tunisia, to the utilities of francophone Africa; a
project, the alianza entre operadores de agua of AySA and ESSAP under WOP-LAC, against the agua no
contabilizada of Asunción, Argentina and Paraguay); coastal works pages on geotextile sand
containers (a project of geobag revetments for the embankments of Kutubdia island, Bangladesh; a
case study of ten years of géotubes, boudins géotextiles, on the beach of Saly, Senegal; a need to
assess and replace the broken geotubos of the coast of Yucatán, Mexico); and hazard pages on clay
shrink-swell (a dataset that joins the shrink-swell hazard grid and the subsidence claims of
southern England, Great Britain; a guide to building on ground exposed to the retrait-gonflement des
argiles, France; an offer, a support source, of technical help for the houses cracked by arcillas
expansivas in Andalusia, Spain). English, French and Spanish, 10 records each, every topic written
once in each language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records129.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (HF radar, high-frequency radar, high frequency radar, CODAR,
ocean radar, surface current, ocean current, Doppler, drift model, radar HF, radar haute fréquence,
radar côtier, courant de surface, courant marin, dérive, radar de alta frecuencia, corriente
superficial, corriente marina, deriva, radar; cloud seeding, rain enhancement, rainmaking,
artificial rain, weather modification, silver iodide, ensemencement, pluies provoquées, pluie
artificielle, iodure d'argent, Al Ghait, siembra de nubes, estimulación de lluvia, bombardeo de
nubes, lluvia artificial, yoduro de plata, antigranizo, hail suppression; street addressing,
address, house number, numbering, street name, postcode, postal code, digital address, plus code,
what3words, adressage, adresse, dénomination des rues, nom de rue, numérotation, code postal,
lieux-dits, nomenclatura, numeración, nombres de calles, dirección, código postal, domicilio;
handwashing, hand washing, hand-washing, hand hygiene, tippy tap, soap, lavage des mains,
lave-mains, hygiène des mains, savon, lavado de manos, lavamanos, higiene de manos, jabón; manual
drilling, hand drilling, hand-drilled, sludging, jetting, auger, drilling rig, well drilling,
hand-dug, forage manuel, foreur, foreuse, tarière, puisatier, perforación manual, perforación de
pozos, pozos perforados, perforadora, EMAS, pozo excavado; amphibious house, buoyant, floating
house, stilts, flood-proof, maison amphibie, maison flottante, pilotis, surélevée, casa anfibia,
vivienda anfibia, casa flotante, palafito; amateur radio, ham radio, radio operator, radio network,
VHF, HF radio, repeater, Winlink, shortwave, satellite phone, emergency communication, radioamateur,
ADRASEC, radiocommunication, réseau radio, ondes courtes, radio communautaire, radioaficionado,
radio club, repetidora, onda corta, radio comunitaria, teléfono satelital; water operators'
partnership, WOP, GWOPA, utility partnership, peer-to-peer, water utility, twinning, mentor,
opérateurs de l'eau, partenariat, jumelage, operadores de agua, alianza, WOP-LAC, hermanamiento;
geotube, geotextile, geobag, sandbag, sand container, sand-filled, géotube, géotextile, boudin, sac
de sable, remplis de sable, geotubo, geotextil, saco de arena, saco terrero, rellenos de arena;
shrink-swell, shrinkage, subsidence, expansive clay, expansive soil, clay soil, retrait-gonflement,
argile, argiles gonflantes, sol argileux, fissures, arcillas expansivas, suelos expansivos,
grietas). Screened and dropped as covered: sargassum strandings (w31-w33), sand and dust storms
(x07-x09), hail (bw25-bw27), community radios (bq22-bq24), cell broadcast alerts (fb19-fb21),
twinning (br22-br24) and peer review (bw22-bw24), learning routes and study tours (bx22-bx24),
online courses (n13, n40, p40, x15), serious games (ct22-ct24), emergency drills (the simulacros of
k09, o09 and y18), the planned relocation of villages (bq04-bq06), coastal erosion (m10-m12), dune
restoration (bt04-bt06), beach nourishment (dq28-dq30), seawalls (fb10-fb12), hand pumps
(fb01-fb03), water meters and non-revenue water (fb04-fb06), public toilets (ex10-ex12) and
sinkholes (ex01-ex03), besides the topics of sets 42 to 129 and those their docstrings list as
covered; screened with no or passing hits but not chosen: parametric disaster insurance and
catastrophe risk pools (no hit, but set 124 screened index-based livestock insurance, which belongs
to the farming engineers' area), anticipatory action and forecast-based financing, boil water
advisories, chlorine dispensers at water points (named in passing by ff19), boat ambulances, water
towers (the Fouta-Djallon called the château d'eau of West Africa by cl17 and cm11), ice roads and
sea outfalls (next to the brine outfalls of bs19-bs21).

One earlier record is judged relevant in part (1). The project that shields the orchards and
vineyards of Tarn-et-Garonne from hail (bw26) keeps up, besides its hail nets, a network of
générateurs au sol, named in its title, that diffuse iodure d'argent, silver iodide, into the clouds
on alert days: a cloud seeding network, described for what it does. It is judged 1 to the cloud
seeding queries that do not restrict it away (cloud seeding, ensemencement des nuages, siembra de
nubes and cloud seeding -Morocco); it is not about rain enhancement, the Emirates, Morocco or Chile.
All the other hits are passing or about other things, judged 0: the radar sensors of the tide gauges
(ex04-ex06), the satellite radar that watches illegal oil discharges (en25-en27) and dark fishing
fleets (br20, br21), the weather radars that bw25 reads and bw27 and by27 ask for, the Argo floats
(fb28-fb30), the radiosondes (fb16-fb18), the larval drift models of ci07, the drift models used to
find lost containers (ef12), the radars sonores and radares acústicos of en23 and en24 and the
sargassum pages (w31-w33), w32 in Guadeloupe like fj02, no HF radar; the cohetes antigranizo that
farmers fire "sin ninguna prueba de que sirvan" (bw27), the fog collectors (bh28-bh30) and the
iodure and yoduro de potassium tablets (eu11, eu12), no cloud seeding; the postcode districts and
areas of cl13 and cy07, the postcode lotteries (eh28, eh30), the numbered sealed bags of fc23 and
the numbered ear tags of fe05, the recogida a domicilio of ed09, the nomenclatura común andina,
NANDINA, of cd09, and the many direcciones, which are administrations, of the Spanish records, no
street addressing; the points de lavage des mains of the public toilets of Ouagadougou (ex11), the
disinfection pages that name hand-washing (cp10-cp12), the gloves and lavage des mains of ed02, the
lavamanos sampled for lead in Puerto Rico's schools (bj24), the lavado de manos of the lead page
dx27, the triclosan soaps (bp10-bp12), the soap of the sanitary pad kits (ch19) and the soap makers
of the caustic soda pages (ej04-ej06), no handwashing station; the hand pumps (fb01-fb03), the sand
dams (cm13-cm15), the hydraulic ram pumps (ep01-ep03), the drilling muds and cuttings of oil and gas
wells (be16-be18), the orphan wells (dv01, cl28), the pozos perforados named by ex21 and the
foreurs, stem borers, of i11, cm08 and fa05 and the foreuse of bd20, no manual drilling; the
floating schools (ff28-ff30), with the maisons flottantes of the Tonlé Sap in ff29, the pilotis of
Ganvié (ff23), the palafitos of bz06 and of Congo Mirador (bx27), the floating solar pages
(cj10-cj12) and the chinampas of Xochimilco (s10), no amphibious house; the community radios
(bq22-bq24), the cell broadcast pages (fb19-fb21), the earthquake early warning pages (ex25-ex27),
the search and rescue dogs (ex28-ex30) and the VHF collars of the coyotes of dm04, no amateur radio;
the twinning pages (br22-br24: an EU twinning on chemicals in Serbia, the jumelage of the Vanoise
and the Gran Paradiso, the hermanamientos of Spanish national parks), the peer reviews (bw22-bw24),
the offer of a Moroccan laboratory to calibrate the water meters of francophone African utilities
and train their meter readers (fb05), the water meters of Lusaka and Tegucigalpa (fb04, fb06) and
Karachi's water utility and its tankers (ex16), no water operators' partnership; the géotextile
under the rock wall of Saint-Louis (fb11), the geotubos that dewater the dredged sludge of the
Riachuelo (dp12), the rellenos de arena of the beaches of Cancún (dq30), the sand-filled infill of
artificial turf (ch16), the boudins of hair that soak up oil (el14), the geotextile covers laid on
Japanese knotweed (dq12), the seawalls (fb10-fb12), the coastal erosion pages (m10-m12), the beach
nourishment pages (dq28-dq30) and the dune pages (bt04-bt06), no geotextile sand container; and the
sinkholes (ex01-ex03), ex01 with its land subsidence, the houses cracked by induced earthquakes
(cd12), the grietas from quarry blasting (ey27), the argiles ioniques of the rare earth page dr05,
the calcined clay cements (cj16-cj18) and the edible clays, kalaba and argiles de potiers, of ct11,
no clay shrink-swell.

records130.py (ids fg01..fg30, on chemicals, waste, pollution, energy, health, trade and enforcement
topics), records131.py (ids fh01..fh30, on biodiversity topics) and records132.py (ids fi01..fi30,
on agriculture, fisheries, forestry, food and land topics), written at the same time by three other
engineers, were searched for the same words once they were finished (with their queries130.tsv,
queries131.tsv and queries132.tsv, 60 queries each), before these records were judged. Their topics
are the salt waste of potash mining, coal fires, nuclear weapons test sites, beryllium, nickel
allergy, hydatid disease, mycetoma, cemetery candles, disposable lighters and the tracking of
hazardous waste (records130.py); shoebills, dholes, numbats, Gila monsters and beaded lizards,
hutias, bowerbirds, gibbons, turacos, yaretas and mandrills (records131.py); and the rusts of wheat,
lumpy skin disease, guinea fowl, light fishing, copaiba oil, rotational grazing, soil solarization,
land consolidation, Anisakis and gleaning (records132.py). None of their records names a coastal HF
radar, cloud seeding, street addressing, a handwashing station, the manual drilling of wells, an
amphibious house, amateur radio, a water operators' partnership, a geotextile sand container or clay
shrink-swell. The nearest are passing or about other things and judged 0: the land subsidence,
cracks, fissures and grietas above the coal fires of Jharia, Charleroi and Boyacá (fg04-fg06) and
the clay spread to smother them (fg05) are no clay shrink-swell; the auger, tarière and barreno that
tap the copaiba trees (fi13-fi15), the perforación corporal of the piercing studios (fg15) and the
drill, the mandrill's relative (fh28), are no manual drilling of wells; the radio advisories against
wheat rust (fi01) and the radio collars and radiotelemetry of fh07, fh12 and fh28 are no amateur
radio; the floating nest mound of the shoebill (fh01) is no amphibious house; and the partnerships
behind the gleaning days of fi28 are no water operators' partnership. None of their records answers
a query of this set, and none of their queries is repeated in queries133.tsv.

Traps: the Argo floats, tide gauges, weather radars and marine heatwaves, the Great Barrier Reef,
the search and rescue and the oil spills of fj01; the sargasses and their hydrogen sulphide, the
barrages flottants, the houlographes, the marégraphes and the nappes d'hydrocarbures of fj02; the
boyas and derivadores, the mareógrafos, the oleaje, the vertidos and the Prestige of fj03; the
weather radar, the desalination plants, the groundwater recharge dams and the floods of April 2024
in Dubai of fj04; the sécheresses, the barrages, the dessalement and the neige of the Oukaïmeden of
fj05; the megasequía, the embalses, the pluviómetros and rutas de nieve (the snow surveys of
ff04-ff06), the cohetes antigranizo, the tranques de relave and the agua desalada of fj06; the bank
accounts, ration cards, ambulances and fire engines, the community toilets, the water taps and
Cyclone Amphan of fj07; the pompiers, facteurs and impôts, the cadastre and the état civil of fj08;
the documento, the conexión de luz, the correo, the inundaciones, the pavimento and the conexiones
de agua of fj09; cholera, latrines, boreholes with hand pumps, soak pits and menstrual hygiene of
fj10; the kere, the citerne d'eau de pluie, the forage de l'école, the pipeline of the Androy and
the camions-citernes of fj11; the COVID-19, the letrinas, the pozos, the refacción escolar and the
direcciones departamentales, which are offices, not addresses, of fj12; the rope pumps, hand pumps,
solar pumps, sand dams and machine-drilled boreholes of fj13; the atelier de forage mécanique, the
pompes à motricité humaine, the puits traditionnels and the latrines of fj14; the bomba manual EMAS,
the bomba de mecate, the tanque de ferrocemento, the cosecha de agua de lluvia, the arsénico and the
agua con lodo, no drilling mud of an oil well, of fj15; the levees, hurricanes, houses on stilts,
piers and flood insurance of fj16; the pilotis, the riziculture, the pisciculture en cages, the
salinisation and the marchés flottants of fj17; the dique de Cara de Gato, the palafitos, the
ganado, the arroz and the reubicación de veredas of fj18; Hurricane Maria, satellite phones, cell
broadcast alerts, hurricane shelters and the HF of radio, not of radar, of fj19; the tempête Alex,
the crue, the balises de détresse, the sirènes and FR-Alert of fj20; the terremoto of 2016, the
deslizamientos, the tsunami, the sirenas, the teléfonos satelitales and the simulacros of fj21; the
water tankers, the Nile intake, the billing and the non-revenue water of fj22; the recherche de
fuites, the dessalement, the compteurs d'eau and the coupures d'été of fj23; the macromedición, the
detección de fugas, the medidores domiciliarios, the bañados and the planta de Viñas Cue of fj24;
the cyclone shelters, salt pans, mangrove planting, concrete blocks and the seawalls of other
islands of fj25; the épis and brise-lames en enrochements, Saint-Louis, the extraction de sable, the
rechargement de plage and the pirogues of Mbour of fj26; the espolones, huracanes, sargazo, dunas
costeras and microplásticos of fj27; the drought summers, sinkholes, mining subsidence and street
trees of fj28; the sécheresse de 2022, the cavités souterraines, the arbres and the assurance of
fj29; and the sequías, the dolinas, the subsidencia minera, the arbolado and the seguros of fj30.
Letters: the radars haute fréquence of fj02 and the radares de alta frecuencia of fj03 are coastal
HF radars like those of fj01; the rain enhancement of fj04, the pluies provoquées of fj05 and the
siembra de nubes of fj06 are all cloud seeding; the digital addresses of fj07, the adressage of fj08
and the nomenclatura urbana of fj09 are street addressing; the tippy taps and handwashing stations
of fj10, the dispositifs de lavage des mains and lave-mains of fj11 and the estaciones de lavado de
manos of fj12 are the same facilities; the augering, sludging and jetting of fj13, the tarière,
battage and lançage of fj14 and the EMAS method of fj15 are all manual drilling; the buoyant
foundations of fj16, the maisons amphibies of fj17 and the viviendas anfibias of fj18 are amphibious
houses; the ham radio of fj19, the radioamateurs of fj20 and the radioaficionados of fj21 are
amateur radio operators; the WOP of fj22, the partenariats d'opérateur à opérateur of fj23 and the
alianza of WOP-LAC of fj24 are water operators' partnerships; the geobags and geotextile tubes of
fj25, the géotubes of fj26 and the geotubos of fj27 are geotextile sand containers; the shrink-swell
of fj28, the retrait-gonflement of fj29 and the arcillas expansivas of fj30 are the same hazard; the
golden files name none of them (their "cloud", "address", "street", "radio", "partnership",
"operator", "utility" and "clay" are other things: interstellar clouds and cloud computing,
inaugural addresses and papers that address a question, street-legal golf carts, radioactive
minerals and radiography, employee partnership, mobile operators, utility functions of investors and
the clay minerals of a mineral record).

For the country queries: fj01 names only Australia; fj02 only Guadeloupe (the Atlantic as an ocean,
the services de l'État as the state's); fj03 only Spain (the estrecho de Gibraltar as a strait);
fj04 only the United Arab Emirates (Dubai); fj05 only Morocco; fj06 only Chile; fj07 only India;
fj08 only Cameroon; fj09 only Argentina; fj10 only Malawi; fj11 only Madagascar; fj12 only
Guatemala; fj13 only Tanzania; fj14 only Chad (the lac Tchad as a lake); fj15 only Bolivia; fj16
only the United States (Louisiana, the Mississippi as a river); fj17 only Viet Nam; fj18 only
Colombia (the Caribe as the region of a university); fj19 only Dominica (the Caribbean as a region);
fj20 only France; fj21 only Ecuador; fj22 Uganda and South Sudan (the Nile as a river); fj23 only
Tunisia (francophone Africa as a region, UN-Habitat as an organisation); fj24 Argentina and Paraguay
(Latin America as a region); fj25 only Bangladesh (the Bay of Bengal as a sea); fj26 only Senegal;
fj27 only Mexico; fj28 only Great Britain (England); fj29 only France; fj30 only Spain (Andalusia).

Ids (fj01..fj30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., fc01..fc30,
fd01..fd30, fe01..fe30, ff01..ff30), nor with records130.py's (fg01..fg30), records131.py's
(fh01..fh30) or records132.py's (fi01..fi30), and no earlier id starts with "fj".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- coastal HF radars ---------------------------------------------------------------------
    ("fj01", "dataset", "en",
     "Hourly surface currents from Australia's coastal HF ocean radars, 2012-2024",
     "Australia's integrated marine observing system runs high-frequency (HF) ocean radars at six "
     "sites, from the Capricorn Bunker Group on the southern Great Barrier Reef to Coffs Harbour, "
     "the South Australian gulfs and the Rottnest Shelf off Perth. Each site pairs two shore "
     "stations that send radio waves across the sea and read the Doppler shift of the echoes from "
     "ocean waves, which gives the speed and direction of the surface current every hour, up to "
     "200 kilometres offshore, on a grid of a few kilometres. This dataset holds the hourly "
     "current maps since 2012, with quality flags, wave heights where the radars measure them, and "
     "the gaps left by storms and power cuts. Its users include search and rescue drift planning, "
     "oil spill response, ports and researchers who follow the eddies of the East Australian "
     "Current and the Leeuwin Current. Argo floats, tide gauges, weather radars and marine "
     "heatwaves are named in passing.",
     ("HF radars", "ocean surface currents", "coastal ocean observing", "search and rescue",
      "datasets"),
     ("AU",), "2025-02"),
    ("fj02", "need", "fr",
     "Besoin : des radars HF côtiers pour suivre les courants et la dérive des sargasses autour de "
     "la Guadeloupe",
     "Depuis 2011, des radeaux de sargasses venus de l'Atlantique s'échouent par milliers de "
     "tonnes sur les côtes de la Guadeloupe ; en se décomposant, ils dégagent du sulfure "
     "d'hydrogène qui fait fermer des écoles et des plages. Les prévisions d'échouement reposent "
     "sur les images satellite et sur des modèles, mais les courants de surface près des côtes "
     "sont mal connus. La région, l'université des Antilles et les services de l'État demandent un "
     "appui pour installer deux paires de radars haute fréquence, des radars HF côtiers, sur la "
     "Grande-Terre et à Marie-Galante, qui cartographieraient chaque heure les courants jusqu'à "
     "100 kilomètres au large. Les données serviraient aussi au sauvetage en mer et au suivi de la "
     "dérive des nappes d'hydrocarbures. Le besoin porte sur les antennes, les abris, les "
     "liaisons, la formation de deux ingénieurs et un portail de données ouvert. Les barrages "
     "flottants contre les sargasses, les houlographes et les marégraphes ne sont cités qu'en "
     "passant.",
     ("radars HF", "courants de surface", "sargasses", "océanographie côtière", "besoins"),
     ("GP",), "2025-03"),
    ("fj03", "event", "es",
     "Jornada técnica: los radares de alta frecuencia de la costa española y la predicción de "
     "deriva en salvamento marítimo",
     "Los radares HF costeros miden desde tierra las corrientes superficiales del mar: emiten "
     "ondas de radio de alta frecuencia y, a partir del efecto Doppler de los ecos que devuelven "
     "las olas, calculan cada hora la velocidad y la dirección de la corriente hasta 80 o 150 "
     "kilómetros de la costa. España cuenta con redes en el golfo de Cádiz y el estrecho de "
     "Gibraltar, en el delta del Ebro, en Galicia, en el Cantábrico oriental y en el canal de "
     "Ibiza. Esta jornada, organizada en Madrid en noviembre de 2025 por el organismo público de "
     "puertos con el servicio de salvamento marítimo y centros de investigación, explica cómo se "
     "validan los datos con boyas y derivadores, cómo entran en los modelos de deriva para buscar "
     "náufragos y seguir vertidos de hidrocarburos, y qué falta para cubrir Canarias. Los "
     "mareógrafos, el oleaje y el Prestige se mencionan de paso.",
     ("radares de alta frecuencia", "corrientes superficiales", "salvamento marítimo",
      "oceanografía operacional", "eventos"),
     ("ES",), "2025-06"),
    # --- cloud seeding -------------------------------------------------------------------------
    ("fj04", "case-study", "en",
     "Rain enhancement in the United Arab Emirates: what two decades of cloud seeding flights have "
     "shown",
     "With less than 100 millimetres of rain a year and aquifers falling, the United Arab Emirates "
     "has flown cloud seeding missions since the early 2000s. The national meteorology centre's "
     "aircraft fire hygroscopic flares of salt into the updrafts of summer convective clouds over "
     "the Hajar mountains, guided by weather radar, and a research programme for rain enhancement "
     "science funds new seeding materials and models. This case study by a university water "
     "research centre reviews some 3,000 missions: how clouds were chosen, the radar and rain "
     "gauge evidence for 10 to 25 per cent more rain from seeded storms, why such gains are hard "
     "to prove without randomised experiments, the cost per cubic metre compared with "
     "desalination, and how much of the extra water reaches the groundwater recharge dams. It also "
     "examines the claims that seeding caused the floods of April 2024 in Dubai, which forecasts "
     "had announced days before. Desalination plants and dam levels are named in passing.",
     ("cloud seeding", "rain enhancement", "weather modification", "water scarcity",
      "case studies"),
     ("AE",), "2024-11"),
    ("fj05", "dataset", "fr",
     "Programme Al Ghait : les campagnes d'ensemencement des nuages au Maroc, 1984-2024",
     "Lancé en 1984, au plus fort des sécheresses, le programme Al Ghait de pluies provoquées vise "
     "à augmenter les précipitations et l'enneigement sur les bassins qui alimentent les barrages "
     "du Maroc. Chaque hiver, de novembre à avril, la direction de la météorologie nationale et "
     "les forces royales air ensemencent les nuages des systèmes frontaux : des avions tirent des "
     "fusées d'iodure d'argent ou de sel dans les nuages, et des générateurs au sol fonctionnent "
     "sur les crêtes du Moyen et du Haut Atlas. Ce jeu de données recense les campagnes depuis "
     "l'origine : sorties et heures de vol, fusées tirées, générateurs allumés, bassins visés (Oum "
     "Er-Rbia, Tensift, Souss, Bouregreg), pluies relevées dans les zones ensemencées et dans des "
     "zones témoins, et gains estimés, de 14 à 17 % selon les rapports officiels. Des notes "
     "précisent les méthodes d'évaluation et leurs limites. Le remplissage des barrages, le "
     "dessalement et la neige de l'Oukaïmeden ne sont cités qu'en passant.",
     ("ensemencement des nuages", "pluies provoquées", "Al Ghait", "sécheresse", "jeux de données"),
     ("MA",), "2025-01"),
    ("fj06", "project", "es",
     "Siembra de nubes con generadores terrestres para aumentar la nieve y la lluvia en la cuenca "
     "del Limarí",
     "Tras más de una década de megasequía en el norte chico de Chile, la junta de vigilancia del "
     "río Limarí, el gobierno regional de Coquimbo y una universidad regional ejecutan un proyecto "
     "de siembra de nubes en la cordillera. Veinte generadores terrestres instalados en las "
     "laderas andinas queman una solución de yoduro de plata cuando llegan los sistemas frontales "
     "de invierno, de mayo a septiembre, para que las nubes suelten más nieve y lluvia sobre la "
     "cuenca que alimenta los embalses La Paloma, Cogotí y Recoleta. El proyecto sigue cada evento "
     "con radar, pluviómetros y rutas de nieve, compara las precipitaciones con cuencas testigo no "
     "sembradas, mide la plata en la nieve, el suelo y el agua y publica los resultados para los "
     "regantes. También capacita a técnicos locales para operar los equipos. Los cohetes "
     "antigranizo de los valles, los tranques de relave y el agua desalada de la costa se "
     "mencionan de paso.",
     ("siembra de nubes", "yoduro de plata", "megasequía", "recursos hídricos", "proyectos"),
     ("CL",), "2024-09"),
    # --- street addressing ---------------------------------------------------------------------
    ("fj07", "project", "en",
     "Digital addresses for the homes of Kolkata's informal settlements",
     "In the bastis of Kolkata, lanes have no names and homes no numbers, so residents struggle to "
     "open bank accounts, register for ration cards, receive letters and parcels, or guide an "
     "ambulance or a fire engine to their door. This project of a local non-profit, the municipal "
     "corporation and the residents' committees gives every home in 40 settlements a digital "
     "address: a short code derived from the latitude and longitude of its door, painted on a "
     "metal plate with a lane name chosen by the neighbours. Young residents trained to map with "
     "phones survey each lane, record households and shops and check the codes on the ground; the "
     "addresses are then entered in the municipal property register and shared with the postal "
     "service, the electricity company and the disaster management cell. By 2025 some 32,000 homes "
     "had plates. Community toilets, water taps and the relief after Cyclone Amphan are named in "
     "passing.",
     ("street addressing", "digital addresses", "informal settlements", "urban services",
      "projects"),
     ("IN",), "2025-04"),
    ("fj08", "document", "fr",
     "Guide de l'adressage des rues à l'usage des communes du Cameroun",
     "Dans la plupart des villes du Cameroun, on se repère encore par des lieux-dits, une boutique "
     "ou un carrefour, et ni les pompiers, ni les facteurs, ni les agents des impôts ne trouvent "
     "une maison sans guide. Ce guide, préparé par le ministère chargé du développement urbain "
     "avec les communautés urbaines de Douala et de Yaoundé et l'association des communes, "
     "explique comment mener un projet d'adressage : découper la commune en quartiers et en voies, "
     "installer une commission de dénomination des rues, faire délibérer le conseil municipal, "
     "poser les plaques de rues, numéroter les portes selon la numérotation métrique, qui donne à "
     "chaque entrée sa distance en mètres depuis le début de la voie, et tenir à jour un "
     "répertoire des rues dans un système d'information géographique. Il traite aussi du coût, de "
     "la fiscalité locale et des services aux abonnés de l'eau et de l'électricité. Le cadastre et "
     "l'état civil ne sont cités qu'en passant.",
     ("adressage", "dénomination des rues", "numérotation des portes", "communes", "guides"),
     ("CM",), "2024-10"),
    ("fj09", "case-study", "es",
     "Calles con nombre y casas con número: la nomenclatura urbana en los barrios populares de La "
     "Matanza",
     "En los barrios populares del conurbano de Buenos Aires, muchos pasillos y calles de tierra "
     "no tienen nombre y las casas no tienen número, y sus vecinos no pueden acreditar un "
     "domicilio para el documento, un empleo o una conexión de luz. Este estudio de caso, escrito "
     "por una universidad del conurbano con una cooperativa del barrio, sigue cómo tres barrios de "
     "La Matanza, inscritos en el registro nacional de barrios populares, pusieron nombre a sus "
     "calles en asambleas, lograron que el concejo deliberante los aprobara, colocaron carteles y "
     "dieron numeración domiciliaria a 4.200 viviendas, con un plano que hoy usan el correo, las "
     "ambulancias, la empresa de agua y el municipio. Analiza los conflictos por los nombres "
     "elegidos, los números que cambian cuando se subdividen los lotes y el uso del certificado de "
     "vivienda familiar. Las inundaciones, el pavimento y las conexiones de agua se mencionan de "
     "paso.",
     ("nomenclatura urbana", "nombres de calles", "numeración domiciliaria", "barrios populares",
      "estudios de caso"),
     ("AR",), "2024-08"),
    # --- handwashing stations ------------------------------------------------------------------
    ("fj10", "need", "en",
     "Need: handwashing stations for primary schools and health centres in Mangochi and Machinga",
     "During the cholera outbreak of 2022-2023, Malawi's worst in two decades, Mangochi and "
     "Machinga districts found that two primary schools in three and many rural health centres had "
     "no place to wash hands with soap and water. Pupils share a bucket, and the tippy tap, a "
     "jerrycan tilted by a foot pedal and a string, that some teachers built breaks within weeks. "
     "The district councils, with the health and education offices, ask for support to install 600 "
     "handwashing stations: concrete or plastic units with several taps at heights for small "
     "children, fed by a tank or a rainwater gutter, foot-operated where water is scarce, with "
     "soap and a drain to a soak pit. They also ask for training of school health clubs and health "
     "centre cleaners to refill and repair the stations and keep soap in them, and for a simple "
     "monitoring checklist. Latrines, boreholes with hand pumps and menstrual hygiene are named in "
     "passing.",
     ("handwashing stations", "hand hygiene", "schools", "health centres", "needs"),
     ("MW",), "2025-01"),
    ("fj11", "project", "fr",
     "Des dispositifs de lavage des mains pour les écoles primaires de l'Androy et de l'Anosy",
     "Dans le Grand Sud de Madagascar, où le kere, la faim des années de sécheresse, revient "
     "souvent, l'eau est rare et chère, et la plupart des écoles n'ont ni eau ni savon. Ce projet "
     "d'une ONG avec les directions régionales de l'éducation équipe 250 écoles primaires de "
     "l'Androy et de l'Anosy de dispositifs de lavage des mains économes en eau : des tippy tap, "
     "un bidon suspendu que l'on incline avec une pédale et une ficelle, fabriqués par les élèves "
     "et les parents, et des lave-mains en maçonnerie à plusieurs robinets reliés à une citerne "
     "d'eau de pluie. Des clubs d'hygiène d'élèves remplissent les bidons, fabriquent du savon "
     "avec les femmes du village et organisent le lavage des mains avant la cantine et à la sortie "
     "des latrines. Le projet mesure l'absentéisme et les diarrhées. Le forage de l'école, le "
     "pipeline de l'Androy et les camions-citernes ne sont cités qu'en passant.",
     ("lavage des mains", "dispositifs de lavage des mains", "tippy tap", "écoles", "projets"),
     ("MG",), "2024-11"),
    ("fj12", "dataset", "es",
     "Estaciones de lavado de manos en las escuelas oficiales de Guatemala: inventario 2021-2024",
     "Para el regreso a clases presenciales tras la pandemia, el ministerio de educación de "
     "Guatemala pidió a cada escuela oficial contar con estaciones de lavado de manos con agua y "
     "jabón. Este conjunto de datos reúne los inventarios que las direcciones departamentales de "
     "educación levantaron cada año de 2021 a 2024 en más de 20.000 establecimientos: número de "
     "estaciones y de grifos, tipo (lavamanos fijos, pilas, estaciones portátiles de pedal "
     "donadas, toneles con chorro), fuente de agua (red, pozo, captación de lluvia, acarreo), "
     "disponibilidad de jabón el día de la visita y estado de funcionamiento, por departamento, "
     "municipio y área urbana o rural. Permite ver qué escuelas perdieron sus estaciones cuando "
     "terminaron las donaciones. Unas notas explican cómo los supervisores verificaron los datos "
     "con visitas. La COVID-19, las letrinas y la refacción escolar se mencionan de paso.",
     ("estaciones de lavado de manos", "higiene de manos", "escuelas", "agua y saneamiento",
      "conjuntos de datos"),
     ("GT",), "2025-02"),
    # --- manual drilling of water wells --------------------------------------------------------
    ("fj13", "case-study", "en",
     "Manual drilling enterprises in Tanzania: boreholes drilled by hand at a third of the cost",
     "Across much of Tanzania, groundwater lies in soft sands and clays within 40 metres of the "
     "surface, shallow enough to be reached without a drilling rig. Since 2008 a water NGO has "
     "trained and coached small local enterprises in manual drilling: augering, sludging, jetting "
     "and hand percussion, with PVC casing, a gravel pack and a sanitary seal, topped by a rope "
     "pump or a hand pump. This case study by the NGO and a university follows 40 enterprises in "
     "Iringa, Morogoro and Dodoma that have drilled some 2,500 boreholes for households, schools "
     "and villages, at 600 to 1,500 dollars each against 8,000 or more for a machine-drilled "
     "borehole. It reviews the suitability maps that show where manual drilling works, the failed "
     "wells, water quality tests, the registration of drillers with the basin water boards and the "
     "enterprises' business models. Solar pumps and sand dams are named in passing.",
     ("manual drilling", "boreholes", "small enterprises", "rural water supply", "case studies"),
     ("TZ",), "2024-06"),
    ("fj14", "event", "fr",
     "Stage de formation des foreurs manuels à N'Djamena : techniques de forage à la main et "
     "qualité des ouvrages",
     "Au Tchad, une grande partie des nappes du bassin du lac Tchad et du Logone est assez peu "
     "profonde pour être captée par forage manuel, bien moins cher qu'un atelier de forage "
     "mécanique. Mais beaucoup d'ouvrages réalisés à la main tarissent ou donnent une eau trouble, "
     "faute de massif filtrant ou de cimentation. Le ministère de l'eau et ses partenaires "
     "organisent en février 2026, à N'Djamena, un stage de trois semaines pour 30 foreurs manuels "
     "de petites entreprises : choix des sites sur les cartes des zones favorables au forage "
     "manuel, techniques à la tarière, au battage et au lançage, pose du tubage et de la crépine "
     "en PVC, massif de gravier, cimentation de la tête, développement et essai de pompage, "
     "analyses de l'eau et contrats. Les meilleurs recevront une certification. Les pompes à "
     "motricité humaine, les puits traditionnels et les latrines ne sont cités qu'en passant.",
     ("forage manuel", "foreurs manuels", "eau potable rurale", "formation", "événements"),
     ("TD",), "2025-10"),
    ("fj15", "document", "es",
     "Guía de perforación manual de pozos con el método EMAS para las comunidades del Chaco",
     "El método EMAS, desarrollado en Bolivia por la Escuela Móvil de Aguas y Saneamiento, permite "
     "perforar pozos a mano, con herramientas de fierro y tubos de PVC, hasta 40 metros o más en "
     "suelos blandos, haciendo circular agua con lodo por la tubería mientras se gira y golpea la "
     "broca. Esta guía, preparada por una fundación de agua con los gobiernos municipales del "
     "Chaco chuquisaqueño y tarijeño, enseña paso a paso la perforación manual: ubicar el pozo "
     "lejos de letrinas y corrales, armar el equipo, perforar, bajar la tubería de revestimiento "
     "con su filtro, colocar grava y un sello sanitario, limpiar el pozo y medir su caudal. Dedica "
     "capítulos a la bomba manual EMAS, al tanque de ferrocemento y a formar perforadores locales "
     "que cobren por su trabajo. Trae listas de materiales y costos. La bomba de mecate, la "
     "cosecha de agua de lluvia y el arsénico se mencionan de paso.",
     ("perforación manual", "pozos", "método EMAS", "agua rural", "guías"),
     ("BO",), "2024-05"),
    # --- amphibious houses ---------------------------------------------------------------------
    ("fj16", "document", "en",
     "Guide to amphibious foundations for houses in the flood-prone parishes of south Louisiana",
     "An amphibious house sits on the ground in normal times and floats when floodwater arrives: "
     "buoyancy blocks fixed under its floor lift it, and vertical guideposts keep it in place "
     "until the water recedes and it settles back on its foundations. Since the 1970s a small "
     "community on the Old River, near the Mississippi, has lived in such houses. This guide, "
     "written by a university research project with a parish planning office, explains how to "
     "retrofit existing low houses, such as the shotgun houses of Louisiana, with an amphibious "
     "foundation: the steel frame, expanded polystyrene floats, guideposts, and utility lines with "
     "self-sealing breakaway connections, and how this compares with lifting a house several "
     "metres on piers. It covers costs, maintenance, building permits and flood insurance, which "
     "does not yet recognise the technique. Levees, hurricanes and houses on stilts are named in "
     "passing.",
     ("amphibious houses", "buoyant foundations", "flood adaptation", "housing", "guidance"),
     ("US",), "2024-09"),
    ("fj17", "project", "fr",
     "Des maisons amphibies pour les familles du delta du Mékong dans la province d'An Giang",
     "Chaque année, d'août à novembre, la saison des hautes eaux du Mékong inonde les plaines de "
     "la province d'An Giang, au Vietnam, et les crues extrêmes deviennent plus imprévisibles. Les "
     "familles pauvres vivent dans des maisons en bois basses, ou sur des pilotis qu'il faut sans "
     "cesse rehausser. Ce projet d'une université vietnamienne, d'un bureau d'études et des "
     "services provinciaux de la construction teste des maisons amphibies : sous le plancher d'une "
     "maison existante, des flotteurs faits de fûts en plastique recyclés, tenus par un cadre en "
     "bois ou en acier, la soulèvent quand l'eau monte, et des poteaux de guidage l'empêchent de "
     "dériver. Vingt maisons pilotes ont été adaptées en 2024 par des charpentiers formés par le "
     "projet, pour environ 3 000 dollars chacune. Le projet suit leur comportement pendant les "
     "crues et recueille l'avis des familles. La riziculture, la pisciculture en cages, la "
     "salinisation du delta et les marchés flottants ne sont cités qu'en passant.",
     ("maisons amphibies", "adaptation aux inondations", "delta du Mékong", "habitat", "projets"),
     ("VN",), "2025-01"),
    ("fj18", "need", "es",
     "Necesidad: viviendas anfibias para las familias de La Mojana que pierden sus casas en cada "
     "inundación",
     "En La Mojana, la región de ciénagas entre los ríos Cauca, San Jorge y Magdalena, en el norte "
     "de Colombia, las inundaciones que siguieron a la ruptura del dique de Cara de Gato en 2021 "
     "dejaron miles de casas bajo el agua durante meses. Las gobernaciones de Sucre y Bolívar, con "
     "la unidad de gestión del riesgo y una universidad del Caribe, solicitan apoyo para diseñar y "
     "construir 60 prototipos de viviendas anfibias: casas que descansan sobre el suelo en época "
     "seca y flotan sobre un cajón de flotadores cuando sube el agua, guiadas por pilotes, "
     "inspiradas en los palafitos tradicionales de la región. Piden ingenieros y arquitectos, "
     "materiales, ensayos de flotabilidad, capacitación de maestros de obra locales y un "
     "seguimiento durante dos temporadas de lluvias, con participación de las familias en el "
     "diseño. El ganado, los cultivos de arroz y la reubicación de veredas se mencionan de paso.",
     ("viviendas anfibias", "inundaciones", "La Mojana", "adaptación", "necesidades"),
     ("CO",), "2025-03"),
    # --- amateur radio for emergency communications --------------------------------------------
    ("fj19", "support-source", "en",
     "Offer: amateur radio stations and operator training for Dominica's community disaster "
     "committees",
     "When Hurricane Maria struck Dominica in September 2017, it cut the island's telephone, "
     "mobile and internet networks for days, and the first messages between the villages, the "
     "capital and the outside world went by amateur radio. A Caribbean amateur radio emergency "
     "network, with the island's radio society, offers the Office of Disaster Management equipment "
     "and training so that this never again depends on luck: solar-powered HF and VHF stations for "
     "20 community disaster committees, a VHF repeater on a ridge, radio email that works without "
     "the internet, licensing courses for 60 volunteer ham radio operators, a weekly practice net "
     "and a yearly exercise with the national emergency operations centre. The offer includes "
     "spare parts and a technician's visit each year. Satellite phones, cell broadcast alerts and "
     "hurricane shelters are named in passing.",
     ("amateur radio", "ham radio", "emergency communications", "disaster preparedness", "offers"),
     ("DM",), "2024-12"),
    ("fj20", "event", "fr",
     "Exercice de transmissions de crise avec les radioamateurs de l'ADRASEC dans les vallées de "
     "la Roya et de la Vésubie",
     "En octobre 2020, la tempête Alex a emporté routes, ponts et réseaux dans les vallées de la "
     "Roya et de la Vésubie, et plusieurs villages n'ont pu communiquer que grâce aux "
     "radioamateurs. L'association départementale des radioamateurs au service de la sécurité "
     "civile des Alpes-Maritimes, l'ADRASEC 06, et la préfecture organisent en mai 2025 un "
     "exercice d'une journée : une crue et une coupure totale du téléphone et d'internet sont "
     "simulées, les radioamateurs installent des stations VHF et HF dans les mairies, relient les "
     "postes de commandement communaux au centre opérationnel départemental, transmettent des "
     "messages officiels et des photos et testent un relais portable. L'exercice mesure les "
     "délais, la qualité des messages et la formation des bénévoles. La recherche des balises de "
     "détresse, les sirènes et FR-Alert ne sont cités qu'en passant.",
     ("radioamateurs", "ADRASEC", "transmissions de crise", "sécurité civile", "événements"),
     ("FR",), "2025-03"),
    ("fj21", "need", "es",
     "Necesidad: red de radioaficionados de emergencia para las parroquias rurales de Esmeraldas",
     "En la provincia de Esmeraldas, en el norte de Ecuador, muchas parroquias rurales de la costa "
     "y de los ríos quedan sin señal de celular cuando hay inundaciones, deslizamientos o sismos, "
     "como en el terremoto de 2016. La prefectura, la secretaría de gestión de riesgos y el radio "
     "club de la provincia solicitan apoyo para crear una red de radioaficionados de emergencia: "
     "30 estaciones de radio en VHF y HF con paneles solares y baterías en juntas parroquiales, "
     "centros de salud y unidades de policía comunitaria, dos repetidoras en cerros, y cursos para "
     "que 90 voluntarios obtengan su licencia de radioaficionado y aprendan a transmitir reportes "
     "al comité de operaciones de emergencia. Piden también simulacros anuales y un protocolo con "
     "la armada. El tsunami, las sirenas y los teléfonos satelitales se mencionan de paso.",
     ("radioaficionados", "comunicaciones de emergencia", "gestión de riesgos", "Esmeraldas",
      "necesidades"),
     ("EC",), "2025-04"),
    # --- water operators' partnerships ---------------------------------------------------------
    ("fj22", "case-study", "en",
     "Utility to utility: the water operators' partnership between Uganda's NWSC and the water "
     "corporation of Juba",
     "Water operators' partnerships, or WOPs, are not-for-profit peer arrangements in which one "
     "public water utility helps another to improve, promoted worldwide by the Global Water "
     "Operators' Partnerships Alliance. This case study follows the partnership in which Uganda's "
     "National Water and Sewerage Corporation mentored the South Sudan Urban Water Corporation in "
     "Juba from 2017 to 2022. Engineers and commercial staff from Kampala spent months in Juba, "
     "Juba staff trained in Ugandan branches, and the two utilities set targets together: a "
     "customer census, a new billing system, repairs to the filters of the treatment plant, water "
     "quality testing and a first cut in non-revenue water. Collection efficiency rose from under "
     "30 to over 70 per cent. The study discusses what held the results back, from insecurity and "
     "inflation to staff turnover, and what the partners would do differently. Water tankers and "
     "the Nile intake are named in passing.",
     ("water operators' partnerships", "WOPs", "water utilities", "peer learning", "case studies"),
     ("UG", "SS"), "2024-07"),
    ("fj23", "support-source", "fr",
     "Offre : partenariats d'opérateur à opérateur de la SONEDE pour les sociétés d'eau d'Afrique "
     "francophone",
     "La société nationale d'exploitation et de distribution des eaux de Tunisie, la SONEDE, "
     "propose aux régies et sociétés d'eau potable d'Afrique francophone des partenariats "
     "d'opérateur à opérateur, dans l'esprit des partenariats entre opérateurs de l'eau (WOP) "
     "soutenus par ONU-Habitat : des échanges sans but lucratif entre pairs, sur deux ou trois "
     "ans, où l'opérateur mentor détache ses cadres et accueille ceux du partenaire. L'offre "
     "couvre la recherche de fuites et la sectorisation des réseaux, la télégestion des stations "
     "de pompage, le laboratoire de contrôle de la qualité, la facturation et la relation "
     "clientèle, et des sessions dans son centre de formation de Tunis. L'opérateur partenaire "
     "définit avec la SONEDE un plan d'amélioration et des indicateurs ; les frais de voyage "
     "peuvent être pris en charge par des bailleurs. Le dessalement, les compteurs d'eau et les "
     "coupures d'été ne sont cités qu'en passant.",
     ("partenariats entre opérateurs de l'eau", "WOP", "sociétés d'eau",
      "renforcement des capacités", "offres"),
     ("TN",), "2025-02"),
    ("fj24", "project", "es",
     "Alianza entre operadores de agua: AySA acompaña a ESSAP contra el agua no contabilizada en "
     "Asunción",
     "En el marco de la plataforma latinoamericana de alianzas entre operadores de agua, WOP-LAC, "
     "la empresa de agua y saneamiento del área metropolitana de Buenos Aires, AySA, y la empresa "
     "de servicios sanitarios del Paraguay, ESSAP, firmaron en 2024 una alianza de tres años, sin "
     "fines de lucro, para mejorar el servicio en Asunción. Equipos de AySA asesoran a ESSAP en la "
     "sectorización de la red en distritos con macromedición, la detección de fugas con geófonos y "
     "correladores, el catastro de redes en un sistema geográfico y la gestión de presiones; "
     "técnicos de ESSAP hacen pasantías en Buenos Aires. La meta es bajar el agua no contabilizada "
     "del 50 al 40 por ciento en dos sectores piloto y formar a 80 técnicos. El proyecto publica "
     "sus indicadores cada seis meses. Los medidores domiciliarios, los bañados y la planta de "
     "Viñas Cue se mencionan de paso.",
     ("alianzas entre operadores de agua", "WOP-LAC", "agua no contabilizada", "empresas de agua",
      "proyectos"),
     ("AR", "PY"), "2024-10"),
    # --- geotextile sand containers for coastal protection -------------------------------------
    ("fj25", "project", "en",
     "Geobag revetments for the eroding coastal embankments of Kutubdia island",
     "Kutubdia, an island of about 130,000 people off Cox's Bazar, has lost a third of its land to "
     "the Bay of Bengal in a century, and in each cyclone season its earthen embankment breaches "
     "and lets salt water into fields and homes. This project of the national water development "
     "board protects eight kilometres of the most exposed embankment with geotextile sand "
     "containers: geobags of 175 and 250 kilograms filled with local sand on site, laid in layers "
     "on a filter fabric along the slope, with geotextile tubes at the toe. Labour contracting "
     "societies of local women fill and place the bags. The project compares the revetment with "
     "concrete block protection in cost and performance, surveys it after every storm, replaces "
     "bags torn by waves, sunlight or vandals, and trains the board's field staff. Cyclone "
     "shelters, salt pans, mangrove planting and the seawalls of other islands are named in "
     "passing.",
     ("geobags", "geotextile sand containers", "coastal embankments", "coastal erosion",
      "projects"),
     ("BD",), "2024-08"),
    ("fj26", "case-study", "fr",
     "Saly : ce que dix ans de géotubes ont appris sur la protection de la plage",
     "Sur la Petite-Côte du Sénégal, la station balnéaire de Saly a vu sa plage reculer de "
     "plusieurs dizaines de mètres depuis les années 1990, jusqu'à menacer les murs des hôtels. À "
     "partir de 2010, des hôteliers ont posé en haut de plage des géotubes, de longs boudins en "
     "géotextile remplis de sable pompé sur place, avant que l'État ne construise des épis et des "
     "brise-lames en enrochements. Cette étude de cas d'un laboratoire universitaire de géologie "
     "côtière et de l'agence chargée du littoral fait le bilan des géotubes : ce qu'ils ont retenu "
     "pendant les tempêtes, leurs déchirures par les vagues, le soleil et le vandalisme, le sable "
     "perdu devant eux, leurs effets sur les plages voisines et sur les pirogues des pêcheurs de "
     "Mbour, leur coût et leur enlèvement. Elle en tire des règles pour n'employer les géotubes "
     "que comme ouvrages temporaires. Saint-Louis, l'extraction de sable et le rechargement de "
     "plage ne sont cités qu'en passant.",
     ("géotubes", "boudins géotextiles", "érosion côtière", "protection du littoral",
      "études de cas"),
     ("SN",), "2024-12"),
    ("fj27", "need", "es",
     "Necesidad: evaluar y reemplazar los geotubos rotos de la costa de Yucatán",
     "En la costa de Yucatán, entre Progreso, Chelem y Chuburná, la erosión ha llevado a "
     "propietarios y municipios a colocar geotubos, tubos de geotextil rellenos de arena, y "
     "espolones, muchas veces sin proyecto ni permiso. Hoy muchos geotubos están rotos: el "
     "geotextil se desgarra con el sol y los nortes, la arena se escapa, los restos de tela quedan "
     "en la playa y algunos tramos agravan la erosión de los vecinos. La secretaría estatal de "
     "desarrollo sustentable y un centro de investigación costera solicitan apoyo para inventariar "
     "los geotubos de 80 kilómetros de costa, evaluar cuáles protegen la playa, retirar los "
     "destruidos, diseñar con normas técnicas las protecciones que se mantengan y capacitar a los "
     "municipios para autorizar y vigilar estas obras. Los huracanes, el sargazo, las dunas "
     "costeras y los microplásticos se mencionan de paso.",
     ("geotubos", "protección costera", "erosión de playas", "Yucatán", "necesidades"),
     ("MX",), "2025-05"),
    # --- clay shrink-swell ---------------------------------------------------------------------
    ("fj28", "dataset", "en",
     "Clay shrink-swell subsidence in southern England: hazard grid and insurance claims, "
     "1990-2023",
     "Clay soils such as the London Clay shrink when they dry out in hot summers and swell again "
     "in wet winters, and the movement cracks the foundations and walls of the houses built on "
     "them. In the drought summers of 2003, 2018 and 2022, subsidence claims to insurers ran into "
     "tens of thousands. This dataset joins the shrink-swell hazard grid of the national "
     "geological survey, rated from low to high across southern and eastern England, with the "
     "quarterly number of domestic subsidence claims by postcode district supplied by an insurers' "
     "association, the soil moisture deficit computed by the weather service and the distance to "
     "large trees such as oaks, willows and poplars, whose roots draw water from the clay. Notes "
     "explain how the data feed climate projections that expect more frequent shrinkage. "
     "Sinkholes, mining subsidence and street trees are named in passing.",
     ("clay shrink-swell", "subsidence", "expansive soils", "drought", "datasets"),
     ("GB",), "2024-10"),
    ("fj29", "document", "fr",
     "Guide : construire sa maison sur un sol exposé au retrait-gonflement des argiles",
     "En France, le retrait-gonflement des argiles, qui fissure les maisons quand les sols "
     "argileux se rétractent en période de sécheresse puis gonflent de nouveau, est devenu la "
     "deuxième cause d'indemnisation au titre des catastrophes naturelles, avec plus de 10 "
     "millions de maisons exposées. Depuis 2020, la loi impose une étude géotechnique avant la "
     "vente d'un terrain à bâtir et avant la construction dans les zones d'exposition moyenne ou "
     "forte. Ce guide du ministère de la transition écologique, rédigé avec le service géologique "
     "national, explique aux particuliers et aux constructeurs comment lire la carte d'exposition, "
     "quelles fondations prévoir, à au moins 1,20 mètre et sur un même niveau, comment chaîner les "
     "murs, poser un trottoir étanche autour de la maison, éloigner les arbres et les eaux de "
     "pluie, et que faire quand des fissures apparaissent. La sécheresse de 2022, les cavités "
     "souterraines et l'assurance ne sont cités qu'en passant.",
     ("retrait-gonflement des argiles", "sols argileux", "fissures", "construction", "guides"),
     ("FR",), "2024-06"),
    ("fj30", "support-source", "es",
     "Oferta: asistencia técnica a los ayuntamientos andaluces para viviendas dañadas por arcillas "
     "expansivas",
     "En amplias zonas de Sevilla, Jaén, Córdoba y Granada, las viviendas se asientan sobre "
     "arcillas expansivas y margas que se hinchan con las lluvias y se contraen en las sequías, y "
     "aparecen grietas en muros y soleras de miles de casas, sobre todo tras los años secos de "
     "2022 y 2023. Un instituto geológico público y el colegio profesional de la arquitectura "
     "técnica de Andalucía ofrecen a los ayuntamientos asistencia técnica gratuita: visitas de "
     "técnicos a las viviendas afectadas, interpretación del mapa de suelos expansivos, ensayos de "
     "laboratorio de hinchamiento y humedad, recomendaciones de reparación, como recalces con "
     "micropilotes, aceras perimetrales y control del riego y del arbolado, y cursos para los "
     "técnicos municipales que conceden licencias de obra. La oferta se dirige a municipios de "
     "menos de 20.000 habitantes. Las dolinas, la subsidencia minera y los seguros se mencionan de "
     "paso.",
     ("arcillas expansivas", "suelos expansivos", "grietas en viviendas", "asistencia técnica",
      "ofertas"),
     ("ES",), "2025-04"),
)  # fmt: skip
