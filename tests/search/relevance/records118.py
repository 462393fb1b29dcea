"""Clearing-house records of the hundred-and-eighteenth judged relevance set
(tests/search/relevance/queries118.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: waste and radiation safety
pages on ionisation smoke detectors (British guidance on throwing away or returning the ionisation
smoke alarms, with their americium-241, of homes, landlords and fire services; a French dataset on
the withdrawal of the détecteurs de fumée à chambre d'ionisation, the DFCI or détecteurs ioniques,
of public buildings; an offer to collect the detectores iónicos de humo of Spanish buildings and
send their sources to El Cabril); contaminated land pages on former gasworks (the coal tar of a
manufactured gas plant, an MGP, beside the Gowanus Canal in Brooklyn; a French project that turns
an ancienne usine à gaz and its gazomètres into an écoquartier on the Loire; a Basque guide to the
soils of the antiguas fábricas de gas); occupational health pages on coal workers' pneumoconiosis
(the black lung and progressive massive fibrosis of Central Appalachian miners; a need to screen
the miners of the descenderies of Jerada, in Morocco, for the pneumoconiose du mineur de charbon; a
project to screen the mineros del carbón of Boyacá and Cundinamarca, in Colombia, for
neumoconiosis, antracosis or pulmón negro); nuclear emergency and health pages on potassium iodide
tablets (the KI pills pre-distributed to the homes around Ontario's nuclear stations; an
information session at Huy on the comprimés d'iode that Belgian pharmacies hand out; a need to
renew the tabletas de yoduro de potasio of the Laguna Verde plan in Mexico); air quality pages on
emissions from construction machinery (London's register of non-road mobile machinery, NRMM; a
Swiss guide to the particle filters of the machines and engins de chantier; a need to register the
maquinaria fuera de ruta of Santiago de Chile's building sites); enforcement and trade pages on
fuel marking (Kenya's marker against kerosene and transit fuel dumped into diesel; a French customs
dataset on the coloured fioul domestique and gazole non routier found in road vehicles; a Colombian
project of marcación de combustibles against the contraband petrol of the pimpineros); waste pages
on plasterboard (the offcuts of Sydney building sites, the gyprock of Australians, ground into a
soil conditioner; a guide from the Pays de la Loire to sorting the plaques de plâtre and déchets de
plâtre of renovation sites; a need to recover the placas de yeso, the durlock, of Buenos Aires and
Córdoba); noise pages on aircraft noise (sound insulation around Seattle-Tacoma airport; a dataset
of the bruit des avions flying over Brussels; a Mexican citizens' guide to the ruido aeronáutico
that followed the redesign of the airspace of the Valle de México); health and trade pages on
smokeless tobacco (a need to enforce the gutka ban among the tea garden workers of Assam; a project
against the paraky, the tabac à chiquer of Madagascar's pupils; a jornada in Mérida on the chimó,
the tabaco de mascar of Venezuela); and energy and pollution pages on lime kilns (shaft kilns that
save the mangrove wood burned in the lime kilns of Zanzibar; an offer of improved fours à chaux for
the chaufourniers of Kongo-Central; a case study of the caleras, the hornos de cal, of the
Cochabamba valley). English, French and Spanish, 10 records each, every topic written once in each
language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records117.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (smoke detector, smoke alarm, ionisation, ionization, fire
alarm, détecteur de fumée, DFCI, détecteur ionique, détection incendie, detector de humo, detector
iónico, detección de incendios, americium, américium, americio, radium, El Cabril; gasworks, gas
works, manufactured gas, MGP, coal gas, town gas, gasholder, gazomètre, gasómetro, usine à gaz, gaz
d'éclairage, gaz de houille, fábrica de gas, usina de gas, gas ciudad, gas de ciudad, gas de hulla,
spent oxide, coal tar, goudron, alquitrán; black lung, pneumoconiosis, pneumoconiose,
neumoconiosis, anthracosis, anthracose, antracosis, poumon noir, pulmón negro, CWP, coal miner,
mineurs de charbon, mineros del carbón, minas de carbón, Jerada, silicosis, silicose; potassium
iodide, iodine tablet, iodine, iode, comprimés d'iode, iodure de potassium, yodo, yoduro, thyroid,
thyroïde, tiroides, prophylaxie, nuclear, nucléaire, Laguna Verde; non-road, non road, NRMM,
off-road, hors route, fuera de ruta, construction machinery, engins de chantier, maquinaria,
machinery, excavator, pelleteuse, retroexcavadora, red diesel, gazole non routier; fuel marker,
fuel marking, marker, marqueur, marquage, traceur, Euromarker, colorant rouge, marcador, marcación,
marcaje, trazador, fioul, adulteration, frelaté, adulterado, kerosene, queroseno, pétrole lampant,
pimpina, ACPM; plasterboard, drywall, gypsum board, sheetrock, gypsum, plaster, plâtre, plaques de
plâtre, placo, yeso, placas de yeso, pladur, tablaroca, volcanita, durlock; aircraft noise, airport
noise, flight path, overflight, bruit des avions, bruit aérien, nuisances sonores aériennes,
survol, ruido de aviones, ruido aeronáutico, ruido aeroportuario, sobrevuelo; smokeless tobacco,
chewing tobacco, snuff, snus, gutka, khaini, pan masala, areca, betel, bétel, naswar, toombak,
nicotine pouch, tabac à chiquer, tabac à priser, chique, paraky, tabaco de mascar, mascar, rapé,
chimó; lime kiln, quicklime, slaked lime, whitewash, chaux, chaux vive, chaux éteinte, four à
chaux, chaufournier, cal viva, cal apagada, calera, calero, horno de cal). Screened and dropped as
covered: the needles and syringes of patients who inject themselves at home (narrower than the
health-care waste pages d3, p22 and p23, which earlier sets graded on broad health-care waste
queries), empty pesticide containers (n08, n09), balloon releases (with the sky lanterns of
bp25-bp27), fish consumption advisories (a subject of the toxaphene case study bs07), naturally
occurring radioactive material (bd18, dr04), paraquat (p08-p10), the theft of catalytic converters
(the annex of er19), firefighting foams (p31), cadmium in children's jewellery (q40, q42) and
fireworks (u19-u21 and the festive bonfires of records114), besides the topics of sets 42 to 117
and those their docstrings list as covered; screened with no or passing hits but not chosen: the
sewage surveillance of viruses and drugs (no hit, but a water topic), the occupational cancers of
firefighters (only the pompiers and bomberos of the accident pages), ethanol cookstoves (no hit,
screened by set 76), the decommissioning of nuclear power plants (next to the radioactive waste
pages ct01-ct03), compact fluorescent bulb exchange programmes (next to the mercury lamp pages of
records15), the n-hexane of shoemakers' glues (next to the glue sniffing pages db04-db06), the
pyrrolizidine alkaloids left by set 116 (no hit, but a food topic) and drinking water sachets
(named in passing by the plastic litter pages, a water topic).

Two earlier records are judged 1, as pages whose own subjects name a narrower kind of a topic or
the topic itself: the case study of the private jets of Ibiza (ef24, Spain), whose subjects name
the ruido de aeronaves of the jets and whose description gathers the neighbours' complaints about
it, judged 1 to the plain aircraft noise queries ("aircraft noise", "nuisances sonores aériennes",
"ruido aeronáutico"), to "aircraft noise OR lime kilns" and to "bruit des avions -Belgique", but 0
to "données bruit des avions" (it is a case study) and to "ruido de aviones Bélgica"; and the
guidance on phasing out gasoline leaf blowers (cv07, United States), whose subjects name small
off-road engines, the smallest of the non-road engines, judged 1 to "NRMM" and to "maquinaria fuera
de ruta", but 0 to the construction machinery queries ("construction machinery emissions", "engins
de chantier") and to "maquinaria fuera de ruta Suiza". All the other hits are passing or about
other things, judged 0: the orphan radioactive sources (cd01-cd03), among them the paratonnerres
radioactifs of cd02, the radioactive waste repositories (ct01-ct03), the radon pages (bz07-bz09)
and the carbon monoxide pages (cb07-cb09), no smoke detector; the coal-tar sealcoat and fraisats
goudronneux of cx04-cx06, the mothballs of bp07-bp09, the leaking tanks of filling stations
(ed22-ed24) and the gas de ciudad into which the biomethane of La Farfana is injected (ej18), no
gasworks; the silicosis pages (bh25-bh27), whose stonemasons, marmolistas and orpailleurs breathe
silica, not coal dust, the coal dust blown from the ports, power plants and trains of dj16-dj18,
the coal mine methane of ch10-ch12, with the grisú of the socavones of Cundinamarca and Boyacá, and
the just transition of coal towns (cb22-cb24), no pneumoconiosis of coal miners; the tritium pages
(dj07-dj09), the warm water discharged into the Meuse by Chooz and Tihange (ej13-ej15), the
perchlorate pages that name iodine and the thyroid (el07-el09) and the Setsuden case study written
after Fukushima (ct13), no iodine tablets; the leaf blowers of cv08 and cv09, whose subjects name
small petrol and two-stroke engines but no off-road machinery, the low emission zones (cb04-cb06),
the diesel generators (cn13-cn15), the idling engines (dp07-dp09), the emissions tampering and
vehicle inspection pages (el25-el27, dl10-dl12) and the off-road vehicles of dk22-dk24, no
construction machinery; the low-sulphur fuel pages (cr10-cr12), of which cr10 names the
adulteration of diesel with kerosene, the kpayo of ca08, the fuel stolen from pipelines
(dp01-dp03), the electricity theft pages (dv13-dv15) and the gazole non routier named by the French
green budget case study (cx29), no fuel marking; the mineral wool pages (er10-er12), whose er10 and
er11 name plaster and plaques de plâtre, the construction waste pages (cb10-cb12), whose cb11 names
plâtre among the wastes of building sites, the phosphogypsum pages (bd16-bd18) and the odour
dataset of the Walleys Quarry landfill, which names plasterboard waste as a source of its gas
(cl13), no plasterboard page; the other private jet pages (ef22, ef23), the short-haul flight pages
(ed04-ed06), the contrail pages (df10-df12), the de-icing pages (cz01-cz03), the leaded aviation
fuel pages (cj01-cj03), the bird strike pages (em28-em30), of which em28 leaves aircraft noise
outside its scope, the road traffic, shipping and Lima noise pages (w13-w15), the noise cameras
(en22-en24) and the sound limiters (ep22-ep24), no aircraft noise; the hookah pages (dd04-dd06),
the disposable vapes (bk04-bk06), the cigarette butts (z25-z27), the tobacco curing barns
(er16-er18), the tobacco plants that host plant-made pharmaceuticals (cl07-cl09) and the noix de
bétel of et05, no smokeless tobacco; and the brick kilns (v25-v27), the scallop and mussel shells
calcined in er22 and er24, the low-carbon cements (cj16-cj18), the four à chaux of the kraft pulp
mill guide (dh14), the cementeras y caleras named by the acid rain need of Tula (cr09) and the
neutralisation à la chaux of t05, no lime kiln page.

records116.py and records117.py (ids er01..er30 and et01..et30), the most recent earlier files,
were searched like the others: their only hits on this set's words are the plaster and plaques de
plâtre of er10 and er11, the catalytic converters and scrap yards of er19, the shells calcined in
er22 and er24, the tobacco curing barns of er16-er18, the noise of the mills of er28 and er30, the
aeropuertos of et06 and the bétel of et05; none of their records answers a query of this set.
records119.py, records120.py and records121.py (ids ev.., ew.. and ex..), written at the same time
by other engineers on biodiversity, on agriculture, fisheries, forestry, food and land, and on
water, oceans and coasts, climate adaptation, cities, disasters and capacity building, are not part
of this set's pool, and no query of this set was judged against them.

Traps: the optical and heat alarms, carbon monoxide alarms, lithium batteries and electrical waste
of eu01 (0 to carbon monoxide and battery fires); the radium, the ferrailleurs and the
paratonnerres radioactifs of eu02 (0 to orphan sources and lightning rods); the residuos de
aparatos eléctricos y electrónicos, El Cabril, the pararrayos radiactivos and the extintores of
eu03 (0 to e-waste, radioactive waste disposal and halons); the naphthalene odours, cyanide,
schools and sewer overflows of eu04 (0 to mothballs); the benzène, the école, the jardin partagé,
the air intérieur and the stations-service of eu05 (0 to benzene, community gardens and filling
stations); the gas ciudad, the ría, the naftaleno, the gasolineras and the escorias siderúrgicas of
eu06 (0 to filling stations and slag); the quartz and the methane explosions of eu07 (0 to
silicosis and coal mine methane); the anthracite, the classification du BIT and the effondrements
de puits of eu08 (0 to silicosis, whose need bh26 also uses the BIT classification, and to mine
accidents); the grisú and the hornos de coquización of eu09 (0 to coal mine methane); Chernobyl,
tritium and spent fuel in eu10 (0 to tritium and radioactive waste); the Meuse, Tihange and Doel of
eu11 (0 to thermal discharges); the huracanes and the sal yodada of eu12 (0 to hurricanes and to
iodised salt); the generators, the red diesel, the Ultra Low Emission Zone and the demolition dust
of eu13 (0 to diesel generators, fuel marking and low emission zones); the groupes électrogènes,
the marche à vide, the poussières and the bruit des chantiers of eu14 (0 to idling and noise); the
sopladoras de hojas and the restricción vehicular of eu15 (0 to leaf blowers); the kerosene for
lamps and stoves and the sulphur limits of eu16 (0 to kerosene lamps and low-sulphur fuels); the
engins agricoles et de travaux publics, the bateaux de plaisance and the oléoducs of eu17 (0 to
construction machinery and fuel theft); Venezuela, the incendios en depósitos clandestinos and the
azufre of eu18 (0 to low-sulphur diesel); the hydrogen sulphide, the sodic soils, the landfill
levy, the fibro sheets with asbestos and the phosphogypsum of eu19 (0 to odour, salt-affected
soils, landfill taxes, asbestos and phosphogypsum); the sulfure d'hydrogène, the granulats
recyclés, the amiante and the laines minérales of eu20 (0 to asbestos and mineral wool); the
basurales a cielo abierto, the puntos limpios and the lana de vidrio of eu21 (0 to open dumps and
mineral wool); the night flights, ultrafine particles, de-icing runoff and bird strikes of eu22 (0
to de-icing and bird strikes); the émissions de CO2 de l'aviation and the traînées de condensation
of eu23 (0 to aviation emissions and contrails); the helicópteros, the tráfico vehicular and the
sonómetro of eu24 (0 to road noise); the slaked lime, areca nut, betel leaf, foil sachets, drains
and tea estate pesticides of eu25 (0 to lime kilns and plastic litter); the cendre, the Mahajanga
of the Boeny region and the culture et séchage du tabac of eu26 (0 to tobacco curing, whose offer
er17 is also in Boeny); the urao, the metales and the humo de los cigarrillos of eu27 (0 to
second-hand smoke); the mangroves, coral, seaweed farms and cement of eu28 (0 to mangroves, coral
reefs, seaweed farming and cement); the traitement d'eau, the champs chaulés and the cimenteries of
eu29 (0 to cement); and the llantas viejas, the aceite quemado and the ladrilleras of eu30 (0 to
tyre burning, used oil and brick kilns). For the country and exclusion queries: eu01 names only the
United Kingdom (England, Scotland, Wales and Northern Ireland); eu02 only France; eu03 only Spain;
eu04 only the United States (New York State, Brooklyn); eu05 only France; eu06 only Spain (the
Basque Country); eu07 only the United States (Kentucky, Virginia and West Virginia); eu08 only
Morocco; eu09 only Colombia; eu10 only Canada (Ontario; Chernobyl is named for its thyroid
cancers); eu11 only Belgium; eu12 only Mexico; eu13 only the United Kingdom (Greater London); eu14
only Switzerland (Geneva and Vaud); eu15 only Chile; eu16 only Kenya (its neighbouring countries
are not named); eu17 only France (with a European regulation); eu18 Colombia, and Venezuela as the
source of the contraband; eu19 only Australia; eu20 only France; eu21 only Argentina; eu22 only the
United States; eu23 only Belgium; eu24 only Mexico; eu25 only India; eu26 only Madagascar; eu27
only Venezuela; eu28 only Tanzania (Zanzibar); eu29 only the Democratic Republic of the Congo; eu30
only Bolivia. The words school, école and escuela: eu04 names schools and eu05 an école, eu06 names
none.

Ids (eu01..eu30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
er01..er30, et01..et30), and no earlier id starts with "eu".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- ionisation smoke detectors --------------------------------------------------------------
    ("eu01", "document", "en",
     "Disposing of ionisation smoke alarms: guidance for householders, landlords and waste sites",
     "Most smoke alarms fitted in British homes and offices before the last decade are ionisation "
     "alarms, which sense smoke with a tiny sealed source of americium-241, a radioactive metal; "
     "optical alarms, which contain no radioactive material, and heat alarms for kitchens are now "
     "preferred. When landlords, housing associations and fire and rescue services replace alarms "
     "in bulk, thousands of old units can end up in skips. This guidance, prepared by the "
     "environment agencies of England, Scotland, Wales and Northern Ireland with the fire and "
     "rescue services and the manufacturers' association, explains that a householder may put a "
     "single ionisation alarm in the general waste, but that larger numbers must go back to the "
     "manufacturer or to a permitted site; how to recognise the radiation trefoil on the casing; "
     "how to take out the battery; and why the alarms must not be shredded with electrical waste. "
     "Carbon monoxide alarms and the lithium batteries of sealed ten-year alarms are covered in "
     "annexes.",
     ("smoke alarms", "ionisation smoke detectors", "americium-241", "radioactive waste",
      "guidance"),
     ("GB",), "2024-03"),
    ("eu02", "dataset", "fr",
     "Retrait des détecteurs de fumée à chambre d'ionisation (DFCI) : appareils déposés, repris et "
     "éliminés, 2011-2023",
     "Pendant des décennies, les bureaux, les hôpitaux, les écoles, les hôtels et les autres "
     "établissements recevant du public ont été équipés de détecteurs de fumée à chambre "
     "d'ionisation, les DFCI, qui contiennent une petite source radioactive d'américium 241 ou, "
     "pour les plus anciens, de radium 226. Depuis 2011, la réglementation impose leur "
     "remplacement progressif par des détecteurs optiques ou thermiques et leur reprise par des "
     "installateurs autorisés, qui les regroupent avant que les sources soient recyclées ou "
     "confiées à l'agence nationale des déchets radioactifs. Ce jeu de données, publié par "
     "l'autorité de sûreté nucléaire avec les fabricants et les installateurs, donne par année et "
     "par région le nombre de détecteurs ioniques encore en place, déposés, repris et éliminés, "
     "les appareils retrouvés dans des bennes ou chez des ferrailleurs et les contrôles menés. Les "
     "détecteurs avertisseurs autonomes des logements, presque tous optiques, et les paratonnerres "
     "radioactifs ne sont pas comptés.",
     ("détecteurs de fumée", "DFCI", "américium 241", "déchets radioactifs", "données"),
     ("FR",), "2024-05"),
    ("eu03", "support-source", "es",
     "Oferta: retirada y gestión de los detectores iónicos de humo de edificios, hoteles y centros "
     "comerciales",
     "Muchos edificios de oficinas, hoteles, hospitales, aparcamientos y centros comerciales de "
     "España conservan detectores iónicos de humo instalados en los años ochenta y noventa, que "
     "contienen una pequeña fuente de americio-241. Al renovar los sistemas de detección de "
     "incendios con detectores ópticos, los instaladores no pueden tirarlos al contenedor ni "
     "mezclarlos con los residuos de aparatos eléctricos y electrónicos, porque son residuos "
     "radiactivos de muy baja actividad. La empresa pública de gestión de residuos radiactivos, "
     "con la asociación de empresas de protección contra incendios, ofrece a las comunidades de "
     "propietarios, a las empresas mantenedoras y a los ayuntamientos un servicio de retirada: "
     "contenedores homologados para guardarlos en la obra, transporte autorizado, desmontaje de "
     "las cámaras de ionización y envío de las fuentes a El Cabril. La oferta incluye una guía "
     "para reconocer los detectores iónicos por su etiqueta y formación para los técnicos "
     "mantenedores. Los pararrayos radiactivos y los extintores se gestionan por otras vías.",
     ("detectores iónicos de humo", "americio-241", "residuos radiactivos",
      "protección contra incendios", "ofertas"),
     ("ES",), "2023-11"),
    # --- former gasworks sites -------------------------------------------------------------------
    ("eu04", "case-study", "en",
     "Coal tar under the neighbourhood: cleaning up a former manufactured gas plant beside the "
     "Gowanus Canal",
     "From the mid-1800s until natural gas arrived by pipeline after the Second World War, most "
     "American towns made their own gas by heating coal in manufactured gas plants. The gas lit "
     "streets and homes; the by-products, coal tar, purifier waste full of cyanide compounds and "
     "tarry sludges, were buried on site or ran into rivers. New York State alone counts more than "
     "200 former MGP sites, many of them now under parks, schools and apartment blocks. This case "
     "study follows the cleanup of one such gasworks in Brooklyn, next to the Gowanus Canal, where "
     "tar had seeped as a dense liquid into the sand and the canal bed. It describes the soil "
     "borings and the vapour tests in nearby basements, the excavation under tents that held back "
     "the naphthalene odours, the barrier walls, the removal of the old gasholder foundations, the "
     "cost borne by the utility and the community meetings. The dredging of the canal's other "
     "sediments and its sewer overflows are left to the federal cleanup.",
     ("former gasworks", "manufactured gas plants", "coal tar", "contaminated land",
      "case studies"),
     ("US",), "2023-10"),
    ("eu05", "project", "fr",
     "Projet : dépolluer une ancienne usine à gaz et la reconvertir en écoquartier au bord de la "
     "Loire",
     "Au XIXe siècle, presque chaque ville française avait son usine à gaz, qui distillait la "
     "houille pour produire le gaz d'éclairage et laissait dans le sol des goudrons, des cyanures "
     "complexes issus de l'épuration du gaz, des hydrocarbures aromatiques polycycliques et du "
     "benzène. Des centaines de ces anciens sites gaziers, inventoriés depuis un protocole signé "
     "en 1996 entre l'État et l'opérateur historique du gaz, ont été classés selon leur usage "
     "futur et la sensibilité des milieux. Ce projet, mené par une ville des bords de Loire avec "
     "l'établissement public foncier, le distributeur de gaz et un bureau d'études, transforme un "
     "ancien site de gazomètres en quartier de logements, avec une école et un jardin partagé. Il "
     "excave les cuves à goudrons, traite les terres par désorption thermique et en biotertre, "
     "confine les zones profondes sous une couche de terre saine, surveille la nappe alluviale et "
     "fixe des restrictions d'usage. Les mesures d'air intérieur sont présentées aux riverains. "
     "Les anciennes stations-service du quartier relèvent d'un autre dossier.",
     ("anciennes usines à gaz", "sites et sols pollués", "goudrons de houille",
      "reconversion des friches", "projets"),
     ("FR",), "2024-04"),
    ("eu06", "document", "es",
     "Guía para investigar y recuperar los suelos de las antiguas fábricas de gas",
     "Entre mediados del siglo XIX y los años sesenta, Bilbao, San Sebastián, Vitoria y muchas "
     "otras ciudades tuvieron una fábrica de gas que obtenía el gas ciudad destilando hulla en "
     "hornos de retortas, y más tarde craqueando naftas. Del proceso quedaron alquitranes, aguas "
     "amoniacales, masas depuradoras con cianuros y restos de coque, que se enterraban en el "
     "propio solar o se vertían a la ría. Esta guía de la sociedad pública de gestión ambiental "
     "del Gobierno Vasco explica a ayuntamientos, promotores y consultoras cómo reconstruir la "
     "historia de una antigua fábrica de gas con planos y fotografías, dónde buscar los "
     "gasómetros, las balsas de alquitrán y los depuradores enterrados, qué compuestos analizar "
     "(hidrocarburos aromáticos policíclicos, benceno, naftaleno, cianuros) y cómo elegir entre "
     "excavación, tratamiento in situ y confinamiento antes de construir viviendas o parques. "
     "Incluye fichas de solares ya recuperados. Las gasolineras abandonadas y los rellenos de "
     "escorias siderúrgicas tienen guías propias.",
     ("antiguas fábricas de gas", "suelos contaminados", "alquitrán de hulla",
      "hidrocarburos aromáticos policíclicos", "guías"),
     ("ES",), "2023-06"),
    # --- coal workers' pneumoconiosis ------------------------------------------------------------
    ("eu07", "dataset", "en",
     "Black lung among Central Appalachian coal miners: chest X-ray surveillance results, "
     "1970-2024",
     "Coal workers' pneumoconiosis, known to miners as black lung, is a scarring of the lungs "
     "caused by years of breathing coal mine dust; its most severe form, progressive massive "
     "fibrosis, leaves miners fighting for breath and can kill them. After falling for decades it "
     "has returned in Kentucky, Virginia and West Virginia, where thin seams are now cut together "
     "with the rock around them, so that the dust carries much more quartz. This dataset, from the "
     "federal surveillance programme that offers working miners free chest X-rays and lung "
     "function tests at mobile units, gives by state, county, mine size and years spent "
     "underground or at the face the share of miners whose films were classified with "
     "pneumoconiosis, the cases of progressive massive fibrosis and the results of spirometry. "
     "Notes explain the international classification of radiographs and the dust limit lowered in "
     "2014. Claims under the federal black lung benefits programme and methane explosions are "
     "outside the dataset.",
     ("black lung", "coal workers' pneumoconiosis", "coal mine dust", "occupational lung disease",
      "datasets"),
     ("US",), "2024-09"),
    ("eu08", "need", "fr",
     "Besoin : dépister et prendre en charge la pneumoconiose des mineurs de charbon de Jerada",
     "Depuis la fermeture des Charbonnages du Maroc, au début des années 2000, des milliers "
     "d'hommes de Jerada, dans l'Oriental, descendent encore dans des puits clandestins, les « "
     "descenderies », creusés à la main dans les anciennes veines d'anthracite, pour vendre le "
     "charbon à des négociants. Sans ventilation ni arrosage, ils respirent une poussière noire "
     "qui, après quelques années, donne la pneumoconiose du mineur de charbon, que l'on appelle "
     "ici la « maladie de la mine » ; beaucoup d'anciens mineurs de la compagnie en souffrent "
     "aussi et attendent une rente. La délégation provinciale de la santé, avec un service "
     "universitaire de pneumologie d'Oujda et des associations de mineurs, demande un appui pour "
     "équiper l'hôpital de Jerada d'un appareil de radiographie numérique et de spiromètres, "
     "former des médecins à la lecture des clichés selon la classification internationale du BIT, "
     "dépister les mineurs en activité et retraités et instruire leurs dossiers de maladie "
     "professionnelle. Les effondrements de puits, qui ont tué plusieurs mineurs en 2017, relèvent "
     "d'un plan de sécurité distinct.",
     ("pneumoconiose", "mineurs de charbon", "poussières de charbon", "santé au travail",
      "besoins"),
     ("MA",), "2024-02"),
    ("eu09", "project", "es",
     "Proyecto: tamizaje de neumoconiosis en los mineros de carbón de Boyacá y Cundinamarca",
     "En los socavones de Sogamoso, Samacá, Guachetá y Sutatausa, miles de mineros sacan carbón a "
     "pico y con martillos neumáticos, muchas veces en pequeñas minas sin ventilación suficiente "
     "ni humectación del frente. La neumoconiosis de los mineros del carbón, la antracosis o "
     "«pulmón negro», avanza sin síntomas durante años y casi nunca se reconoce como enfermedad "
     "laboral. Este proyecto del ministerio del trabajo, con la administradora pública de riesgos "
     "laborales, una facultad de medicina de Tunja y las cooperativas mineras, lleva una unidad "
     "móvil con radiografía digital y espirómetro a las zonas carboníferas, hace leer las placas "
     "por médicos certificados en la clasificación de la OIT, mide el polvo respirable con bombas "
     "personales y capacita a los mineros en perforación húmeda y protección respiratoria. Cada "
     "caso confirmado se remite para su calificación como enfermedad laboral. Las explosiones de "
     "grisú y los hornos de coquización de la región se atienden en otros programas.",
     ("neumoconiosis", "antracosis", "mineros del carbón", "salud laboral", "proyectos"),
     ("CO",), "2024-06"),
    # --- potassium iodide tablets ----------------------------------------------------------------
    ("eu10", "project", "en",
     "Potassium iodide pills in every home near Ontario's nuclear stations: a pre-distribution "
     "project",
     "If a serious accident at a nuclear power plant released radioactive iodine, a potassium "
     "iodide (KI) tablet taken shortly before or after exposure would fill the thyroid with stable "
     "iodine and protect it, above all in children and pregnant women, against the thyroid cancers "
     "seen after Chernobyl. Since 2015, Ontario's nuclear emergency plan requires KI pills to be "
     "delivered in advance to every home, business and school within 10 kilometres of the "
     "Pickering, Darlington and Bruce stations, and to be available free to anyone within 50 "
     "kilometres. This project of the provincial emergency management office, the public health "
     "units and the plant operators mailed the pills, set up an ordering website, stocked "
     "pharmacies, schools and day cares, and surveyed households on whether they know where the "
     "pills are kept and when to take them. It also plans their replacement before the expiry "
     "date. Tritium in drinking water and the storage of spent fuel are dealt with elsewhere.",
     ("potassium iodide", "KI pills", "nuclear emergency preparedness", "thyroid protection",
      "projects"),
     ("CA",), "2023-09"),
    ("eu11", "event", "fr",
     "Séance d'information à Huy : les comprimés d'iode en cas d'accident nucléaire, pour les "
     "pharmaciens, les écoles et les médecins",
     "Depuis 2018, les comprimés d'iode stable, de l'iodure de potassium, sont délivrés "
     "gratuitement en pharmacie à toute la population belge, et les écoles, crèches et entreprises "
     "situées à moins de 20 kilomètres des centrales nucléaires de Tihange et de Doel doivent en "
     "tenir un stock. Pris au bon moment, sur ordre des autorités, ils saturent la thyroïde et "
     "l'empêchent de fixer l'iode radioactif rejeté lors d'un accident. Cette séance, organisée à "
     "Huy par le centre de crise national avec l'agence de contrôle nucléaire, l'ordre des "
     "pharmaciens et la province de Liège, explique aux pharmaciens, aux directions d'école et aux "
     "médecins généralistes qui doit prendre les comprimés (les enfants, les jeunes, les femmes "
     "enceintes ou allaitantes), quand, à quelle dose, avec quelles contre-indications, et comment "
     "conserver et renouveler les boîtes. Elle présente aussi la mise à l'abri et l'évacuation "
     "prévues par le plan d'urgence nucléaire. Les rejets d'eau chaude des centrales dans la Meuse "
     "ne sont pas abordés.",
     ("comprimés d'iode", "iodure de potassium", "accident nucléaire", "plan d'urgence",
      "événements"),
     ("BE",), "2024-10"),
    ("eu12", "need", "es",
     "Necesidad: renovar y distribuir las tabletas de yoduro de potasio del plan de emergencia de "
     "Laguna Verde",
     "La central nucleoeléctrica Laguna Verde, en Alto Lucero, Veracruz, es la única de México, y "
     "su plan de emergencia radiológica externo prevé que, en caso de accidente, la población de "
     "los municipios cercanos reciba tabletas de yoduro de potasio que bloqueen la absorción de "
     "yodo radiactivo por la tiroides. Muchas de las tabletas guardadas en los centros de acopio "
     "están por caducar, y las encuestas muestran que pocas familias de Alto Lucero, Actopan y "
     "Úrsulo Galván saben cuándo tomarlas o dónde recogerlas. La coordinación estatal de "
     "protección civil, con la comisión nacional de seguridad nuclear y salvaguardias y la "
     "secretaría de salud, solicita apoyo para reponer el inventario, ensayar la entrega casa por "
     "casa y en las escuelas, capacitar al personal de salud en las dosis para niños y embarazadas "
     "y preparar materiales en lenguaje sencillo. Las rutas de evacuación ante huracanes, que "
     "comparten caminos con el plan, se revisan por separado, y la sal yodada nada tiene que ver "
     "con esta protección.",
     ("yoduro de potasio", "emergencia radiológica", "centrales nucleares",
      "protección de la tiroides", "necesidades"),
     ("MX",), "2024-07"),
    # --- construction machinery emissions --------------------------------------------------------
    ("eu13", "dataset", "en",
     "London's non-road mobile machinery register: engines, exemptions and site audits, 2015-2024",
     "Excavators, telehandlers, piling rigs, mobile cranes, dumpers and generators on building "
     "sites run on diesel engines that, before the latest emission stages, gave off far more "
     "nitrogen oxides and particles per hour than a lorry. Since 2015 every major construction "
     "site in Greater London must register its non-road mobile machinery, NRMM, and meet minimum "
     "engine standards, stricter in the central zone and the opportunity areas, by hiring newer "
     "machines, fitting diesel particulate filters or applying for an exemption. This dataset, "
     "kept by the city's environment team with the borough councils, gives for each year the sites "
     "registered, the machines by type, power band and emission stage, the exemptions granted, the "
     "filters retrofitted and the results of site audits, with the share of non-compliant "
     "machines. It also records the fuel used since rebated red diesel stopped being allowed on "
     "construction sites in 2022. Road vehicles, the Ultra Low Emission Zone and demolition dust "
     "are covered elsewhere.",
     ("non-road mobile machinery", "construction sites", "diesel particulate filters",
      "air quality", "datasets"),
     ("GB",), "2024-11"),
    ("eu14", "document", "fr",
     "Machines de chantier et filtres à particules : guide d'application pour les entreprises de "
     "construction",
     "En Suisse, l'ordonnance sur la protection de l'air impose depuis 2009 un filtre à particules "
     "aux machines et appareils de chantier à moteur diesel au-delà d'une certaine puissance, "
     "pelles mécaniques, chargeuses, rouleaux compresseurs, grues mobiles, compresseurs et groupes "
     "électrogènes, parce que les suies qu'ils rejettent sont cancérogènes pour les ouvriers et "
     "les riverains. Ce guide, publié par les services de l'environnement des cantons de Genève et "
     "de Vaud avec l'association des entrepreneurs, explique quelles machines sont concernées, "
     "comment prouver leur conformité par la liste des filtres homologués et l'étiquette de "
     "contrôle, quand un engin ancien doit être équipé ou remplacé, comment entretenir et "
     "régénérer les filtres, et ce que vérifient les inspecteurs lors des contrôles de chantier. "
     "Il conseille aussi de limiter la marche à vide et de choisir des engins électriques sur les "
     "chantiers urbains. Les poussières de démolition et le bruit des chantiers font l'objet "
     "d'autres fiches.",
     ("engins de chantier", "filtres à particules", "moteurs diesel", "qualité de l'air",
      "lignes directrices"),
     ("CH",), "2023-05"),
    ("eu15", "need", "es",
     "Necesidad: inventariar y fiscalizar la maquinaria fuera de ruta de las obras de Santiago",
     "En la Región Metropolitana, las retroexcavadoras, excavadoras, cargadores frontales, grúas "
     "horquilla, rodillos y generadores de las obras de construcción emiten una parte creciente "
     "del material particulado fino y de los óxidos de nitrógeno a medida que los buses y camiones "
     "se renuevan. El plan de prevención y descontaminación atmosférica exige que la maquinaria "
     "fuera de ruta cumpla normas de emisión y se registre, pero nadie sabe cuántas máquinas "
     "operan ni de qué año son. La secretaría regional ministerial del medio ambiente, con la "
     "cámara de la construcción y la superintendencia del medio ambiente, solicita apoyo para "
     "levantar un inventario de las máquinas por tipo, potencia y antigüedad, crear un registro en "
     "línea con una identificación para cada una, probar filtros de partículas en equipos "
     "antiguos, capacitar a los fiscalizadores y medir las emisiones en las obras. Las sopladoras "
     "de hojas de los municipios y la restricción vehicular se tratan en otros programas.",
     ("maquinaria fuera de ruta", "maquinaria de construcción", "material particulado",
      "calidad del aire", "necesidades"),
     ("CL",), "2024-04"),
    # --- fuel marking ----------------------------------------------------------------------------
    ("eu16", "case-study", "en",
     "Marking fuel to stop dumping and adulteration: fifteen years of Kenya's fuel marker "
     "programme",
     "Kerosene for lamps and stoves is taxed far less than diesel, and petroleum products in "
     "transit from Mombasa to neighbouring countries pay no Kenyan duty, so both have long been "
     "mixed into the diesel and petrol sold at filling stations, cheating the tax authority and "
     "damaging engines. Since the late 2000s the energy regulator has required an invisible "
     "chemical marker to be dosed at the depots into all kerosene and export fuel. Inspectors take "
     "samples at stations and from tankers, and a handheld analyser shows within minutes whether "
     "the fuel for the local market contains marked product; stations caught selling it are closed "
     "and fined. This case study, by a policy institute with the regulator and the revenue "
     "authority, reviews the results: the share of samples found adulterated, the revenue "
     "recovered, the licences withdrawn, the attempts to wash out the marker and the effect of the "
     "2018 increase in the kerosene tax. Sulphur limits in diesel are mentioned only in passing.",
     ("fuel marking", "fuel adulteration", "kerosene", "tax evasion", "case studies"),
     ("KE",), "2023-08"),
    ("eu17", "dataset", "fr",
     "Fioul coloré dans les réservoirs : contrôles douaniers du gazole non routier et du fioul "
     "domestique, 2014-2024",
     "Le fioul domestique et, jusqu'à la fin de son avantage fiscal dans la plupart des secteurs, "
     "le gazole non routier sont moins taxés que le gazole routier. Pour les reconnaître, la "
     "réglementation européenne impose d'y ajouter un colorant rouge et un traceur chimique, "
     "l'Euromarker, que les agents des douanes décèlent par un test rapide prélevé dans le "
     "réservoir d'une voiture, d'un camion ou d'un bateau. Ce jeu de données, publié par la "
     "direction générale des douanes, donne par année et par région le nombre de contrôles de "
     "carburant, les véhicules en infraction, les volumes de fioul détournés, les droits éludés et "
     "les amendes, ainsi que les contrôles chez les distributeurs et dans les stations-service. Il "
     "distingue poids lourds, véhicules légers, engins agricoles et de travaux publics et bateaux "
     "de plaisance. Une note explique les méthodes d'analyse et les faux positifs dus aux restes "
     "de colorant dans les cuves. Les vols de gazole sur les oléoducs ne sont pas comptés.",
     ("marquage des carburants", "fioul domestique", "fraude fiscale", "douanes", "données"),
     ("FR",), "2024-12"),
    ("eu18", "project", "es",
     "Proyecto: marcación de combustibles en la frontera para frenar el contrabando de gasolina",
     "En Norte de Santander y La Guajira, durante años buena parte de la gasolina y del ACPM que "
     "se vendía no pasaba por las estaciones de servicio: entraba de contrabando desde Venezuela, "
     "donde costaba casi nada, y se despachaba a la orilla de la carretera en pimpinas, galones de "
     "plástico, por los llamados pimpineros. Este proyecto del ministerio de minas y energía, con "
     "la policía fiscal y aduanera y los distribuidores mayoristas, añade un marcador químico al "
     "combustible legal del cupo fronterizo, de modo que los inspectores, con un equipo portátil, "
     "sepan en minutos si el combustible de un vehículo o de un depósito es marcado, corriente o "
     "de contrabando. Capacita a los inspectores, registra los resultados en el sistema de "
     "información de combustibles y apoya la reconversión de los pimpineros en estaciones legales. "
     "Mide los volúmenes decomisados y los incendios en depósitos clandestinos. El azufre del "
     "diésel no forma parte del proyecto.",
     ("marcación de combustibles", "contrabando de gasolina", "pimpineros", "zonas de frontera",
      "proyectos"),
     ("CO",), "2024-03"),
    # --- plasterboard waste ----------------------------------------------------------------------
    ("eu19", "project", "en",
     "From offcuts to soil conditioner: recycling plasterboard waste from Sydney building sites",
     "Plasterboard, the gypsum wallboard that many Australians call gyprock, makes up a large "
     "share of the offcuts thrown into skips on housing sites, and in landfill it can give off "
     "hydrogen sulphide when the gypsum breaks down with other wet wastes. This project of the "
     "state environment protection authority, two board manufacturers, a waste contractor and a "
     "group of builders sets up the separate collection of clean offcuts on sites in western "
     "Sydney, grinds them at a recycling plant, sends the paper-free gypsum back to the board "
     "factory and sells the rest to farmers as a soil conditioner for heavy and sodic soils. It "
     "measures the tonnes kept out of landfill, the savings on the waste levy, the contamination "
     "with nails, tiles and painted demolition board, and the results of crop trials. Old fibro "
     "sheets, which may contain asbestos, are kept strictly apart, and the phosphogypsum of "
     "fertiliser plants is not part of the project.",
     ("plasterboard", "gypsum", "construction waste", "recycling", "projects"),
     ("AU",), "2024-08"),
    ("eu20", "document", "fr",
     "Déchets de plâtre : trier les plaques de plâtre sur les chantiers de rénovation pour les "
     "recycler",
     "Cloisons, doublages et plafonds : les plaques de plâtre pèsent lourd dans les déchets des "
     "chantiers de rénovation et de démolition. Mélangées aux gravats ou enfouies avec des déchets "
     "organiques, elles posent problème, car le sulfate de calcium du plâtre peut dégager du "
     "sulfure d'hydrogène dans les installations de stockage et dégrade les granulats recyclés. Ce "
     "guide, préparé par la cellule régionale d'économie circulaire des Pays de la Loire avec les "
     "industriels du plâtre, les plâtriers-plaquistes et les déchèteries professionnelles, "
     "explique comment démonter les cloisons sans les broyer, séparer le plâtre des isolants "
     "collés, des carrelages et des rails, le stocker au sec en benne ou en big bag et l'apporter "
     "en point de reprise, d'où il repart en usine pour fabriquer de nouvelles plaques. Il précise "
     "le sort des plaques peintes ou mouillées et rappelle le repérage de l'amiante avant travaux. "
     "Les laines minérales et les carreaux de plâtre anciens font l'objet d'autres fiches.",
     ("déchets de plâtre", "plaques de plâtre", "déchets du bâtiment", "recyclage",
      "lignes directrices"),
     ("FR",), "2023-12"),
    ("eu21", "need", "es",
     "Necesidad: recuperar los recortes de placas de yeso (durlock) de las obras de Buenos Aires y "
     "Córdoba",
     "En la Argentina la construcción en seco creció rápidamente, y las placas de roca de yeso, "
     "que todos llaman durlock por la marca más conocida, se usan en tabiques, cielorrasos y "
     "locales comerciales. Los recortes de obra, las placas dañadas y las que se retiran en las "
     "remodelaciones terminan en los volquetes con los escombros y en basurales a cielo abierto, "
     "donde el yeso mojado se mezcla con otros residuos. La Ciudad de Buenos Aires y la provincia "
     "de Córdoba, con una cámara de empresas de construcción en seco y un instituto tecnológico, "
     "solicitan apoyo para medir cuánto yeso generan las obras, organizar la separación en obra y "
     "la recolección en contenedores cubiertos, probar el yeso molido en la fabricación de placas "
     "nuevas y como enmienda de suelos, y redactar pautas para los volqueteros y los puntos "
     "limpios. La lana de vidrio de los tabiques y los escombros de hormigón se tratan en otros "
     "proyectos.",
     ("placas de yeso", "durlock", "residuos de construcción", "reciclaje", "necesidades"),
     ("AR",), "2024-05"),
    # --- aircraft noise --------------------------------------------------------------------------
    ("eu22", "case-study", "en",
     "Quieter homes under the flight path: thirty years of sound insulation around Seattle-Tacoma "
     "airport",
     "Around Seattle-Tacoma International Airport, tens of thousands of people in Burien, SeaTac, "
     "Des Moines and other neighbouring cities live under the approach and departure paths, where "
     "jets pass every few minutes and night flights wake residents. Since the 1980s the port that "
     "runs the airport has used federal noise compatibility funds to insulate homes inside the "
     "noise contours: acoustic windows and doors, attic and wall insulation, baffled vents and, "
     "for some owners, the purchase of the house. This case study, by a university planning team "
     "with the port and community groups, reviews the homes and schools treated, the sound levels "
     "measured indoors before and after, the complaints logged by the noise office and the "
     "neighbourhoods left outside the contours as traffic grew and routes changed. It also "
     "discusses the ultrafine particles and other health worries that residents now raise. The "
     "airport's de-icing runoff and its bird strike programme are not covered.",
     ("aircraft noise", "airports", "sound insulation", "noise pollution", "case studies"),
     ("US",), "2024-01"),
    ("eu23", "dataset", "fr",
     "Survols de Bruxelles : le bruit des avions mesuré par le réseau de sonomètres de la Région, "
     "2015-2024",
     "Les avions qui décollent de l'aéroport de Bruxelles-National, à Zaventem, ou qui y "
     "atterrissent survolent une grande partie de la Région de Bruxelles-Capitale selon la piste "
     "utilisée et le vent, et les nuisances sonores aériennes y font l'objet de recours en justice "
     "depuis plus de vingt ans. Ce jeu de données, publié par l'administration bruxelloise de "
     "l'environnement, rassemble les mesures des stations de son réseau de sonomètres : pour "
     "chaque station et chaque jour, les niveaux de bruit, le nombre de survols qui dépassent les "
     "valeurs limites de l'arrêté bruit, le jour et la nuit, et les infractions constatées et "
     "transmises aux compagnies aériennes. Il donne aussi les plaintes des habitants par commune "
     "et le détail des vols de nuit et des vols de fret. Une note explique comment le passage d'un "
     "avion est distingué des autres bruits. Les émissions de CO2 de l'aviation et les traînées de "
     "condensation ne sont pas traitées.",
     ("bruit des avions", "nuisances sonores aériennes", "survols", "sonomètres", "données"),
     ("BE",), "2025-02"),
    ("eu24", "document", "es",
     "Guía ciudadana sobre el ruido de los aviones en el Valle de México tras el rediseño del "
     "espacio aéreo",
     "El rediseño del espacio aéreo del Valle de México, hecho para que operaran a la vez el "
     "aeropuerto internacional de la Ciudad de México, el nuevo aeropuerto de Santa Lucía y el de "
     "Toluca, cambió las rutas de aproximación, y colonias de Tlalpan, Coyoacán, Ecatepec y "
     "Tecámac que antes no oían aviones empezaron a recibir sobrevuelos a baja altura cada pocos "
     "minutos. Esta guía, preparada por la procuraduría ambiental de la ciudad con una "
     "organización vecinal y un grupo de acústica de una universidad pública, explica en lenguaje "
     "sencillo qué es el ruido aeronáutico, cómo se mide en decibeles, qué daños causa al sueño, "
     "al aprendizaje de los niños y al corazón, cómo medirlo con una aplicación o un sonómetro, "
     "cómo presentar una queja ante la autoridad aeronáutica y qué se puede pedir: cambios de "
     "ruta, límites a los vuelos nocturnos, aislamiento de escuelas y hospitales. Los helicópteros "
     "y el ruido del tráfico vehicular se tratan en otras guías.",
     ("ruido de aviones", "ruido aeronáutico", "contaminación acústica", "aeropuertos", "guías"),
     ("MX",), "2023-07"),
    # --- smokeless tobacco -----------------------------------------------------------------------
    ("eu25", "need", "en",
     "Need: enforcing the gutka ban and curbing smokeless tobacco among tea garden workers in "
     "Assam",
     "India has more users of smokeless tobacco than of cigarettes: gutka, a mix of crushed areca "
     "nut, tobacco, slaked lime and flavourings sold in small foil sachets; khaini, tobacco rubbed "
     "with lime in the palm; and zarda, chewed with betel leaf. In Assam, mouth cancer is among "
     "the most common cancers, and use is especially high among tea garden workers and in rural "
     "markets. Although gutka and pan masala containing tobacco are banned under the food safety "
     "rules, twin sachets of pan masala and tobacco sold side by side keep the trade going, and "
     "the empty sachets litter streets and block drains. The state health department, with the "
     "food safety commissioner, a cancer hospital in Guwahati and tea workers' unions, asks for "
     "support to train food safety officers and police in seizures, test products for nicotine and "
     "tobacco-specific nitrosamines, run cessation clinics in tea gardens and schools, and "
     "campaign against spitting in public places. Cigarette smoking and the pesticides of the tea "
     "estates are outside the request.",
     ("smokeless tobacco", "gutka", "tobacco control", "oral cancer", "needs"),
     ("IN",), "2024-02"),
    ("eu26", "project", "fr",
     "Projet : faire reculer le paraky, le tabac à chiquer, chez les collégiens et les lycéens de "
     "Madagascar",
     "À Madagascar, le paraky, tabac à chiquer fait de feuilles pilées souvent mêlées de cendre, "
     "se vend en petits sachets ou en boulettes sur tous les marchés, et de nombreux adolescents, "
     "hommes et femmes le glissent sous la lèvre plusieurs fois par jour. Longtemps jugé moins "
     "nocif que la cigarette, ce tabac sans fumée apporte de fortes doses de nicotine et de "
     "nitrosamines, provoque des cancers de la bouche et crée une dépendance précoce. Ce projet du "
     "ministère de la santé publique, avec une faculté de médecine, des associations de jeunes et "
     "les directions régionales de l'éducation, mesure la consommation dans les collèges et lycées "
     "d'Antananarivo, de Toamasina et de Mahajanga, fait analyser des échantillons achetés sur les "
     "marchés, forme des agents de santé à l'aide à l'arrêt et prépare un projet de décret sur "
     "l'étiquetage et l'interdiction de la vente aux mineurs. La culture du tabac et son séchage "
     "ne sont pas concernés.",
     ("paraky", "tabac à chiquer", "tabac sans fumée", "lutte antitabac", "projets"),
     ("MG",), "2024-09"),
    ("eu27", "event", "es",
     "Jornada sobre el chimó: consumo, composición y regulación del tabaco de mascar en Venezuela",
     "El chimó, una pasta negra hecha con extracto de hojas de tabaco cocidas, urao (un carbonato "
     "de sodio natural de la laguna de Urao, en Mérida), ceniza y saborizantes, se vende en "
     "pequeñas latas y cajitas en bodegas y kioscos de todo el país, y millones de venezolanos, "
     "sobre todo en los Andes y los llanos, lo chupan con una porción colocada entre la encía y el "
     "labio. Esta jornada, organizada en Mérida por una universidad pública con la sociedad de "
     "odontología, el programa nacional de control del tabaco y organizaciones de productores, "
     "presenta estudios sobre la prevalencia del chimó en jóvenes y trabajadores del campo, los "
     "análisis de nicotina, nitrosaminas y metales en muestras compradas en el mercado, las "
     "lesiones de la mucosa oral y el cáncer bucal, y los vacíos de una ley antitabaco pensada "
     "para los cigarrillos. Se discutirán advertencias sanitarias para las cajitas y la venta a "
     "menores. El humo de los cigarrillos en espacios cerrados no forma parte de la jornada.",
     ("chimó", "tabaco sin humo", "tabaco de mascar", "control del tabaco", "eventos"),
     ("VE",), "2023-10"),
    # --- lime kilns ------------------------------------------------------------------------------
    ("eu28", "project", "en",
     "Efficient lime kilns for Zanzibar: less mangrove wood, less smoke and no coral from the "
     "reef",
     "On Unguja and Pemba, lime for plastering and whitewashing houses has long been made in small "
     "open kilns: blocks of coral rag, and sometimes live coral, are stacked with mangrove poles "
     "and other firewood, burned for a day and a night and then slaked with water. Each burn "
     "consumes several tonnes of wood, much of it cut from mangroves that protect the coast, and "
     "the smoke and the caustic quicklime hurt the workers' eyes, skin and lungs. This project of "
     "the islands' forestry and environment departments, a technical college and lime burners' "
     "groups builds vertical shaft kilns with insulated walls and a chimney, which need about half "
     "the fuel per tonne of lime, tries coconut husks and sawmill offcuts as fuel, buys limestone "
     "only from licensed land quarries and trains burners to use gloves and goggles and to slake "
     "lime safely. It measures the wood used, the lime produced and sold and the smoke at the "
     "kilns. Cement and the islands' seaweed farms are outside the project.",
     ("lime kilns", "quicklime", "fuelwood", "mangroves", "projects"),
     ("TZ",), "2024-06"),
    ("eu29", "support-source", "fr",
     "Offre : fours à chaux améliorés et formation des chaufourniers du Kongo-Central",
     "Dans le Kongo-Central, autour de Kimpese, de Lukala et de Mbanza-Ngungu, des centaines de "
     "chaufourniers artisanaux cuisent le calcaire dans des fours en terre ou en briques chauffés "
     "au bois, et vendent la chaux vive et la chaux éteinte aux maçons de Kinshasa, aux stations "
     "de traitement d'eau et aux agriculteurs qui chaulent leurs champs. Les fours ouverts perdent "
     "l'essentiel de la chaleur, brûlent des tonnes de bois coupé dans les galeries forestières et "
     "enfument les villages, et les ouvriers se brûlent à la chaux vive sans gants ni lunettes. "
     "Une ONG d'énergie et un institut supérieur technique de Kinshasa offrent aux coopératives de "
     "chaufourniers la construction de fours droits à cuve isolée, qui consomment moitié moins de "
     "bois, l'essai d'autres combustibles comme les coques de palmiste et la sciure, la formation "
     "à la conduite de la cuisson et à la sécurité, et un appui à la vente d'une chaux de qualité "
     "régulière. Les cimenteries industrielles de la province ne sont pas concernées.",
     ("fours à chaux", "chaux vive", "chaufourniers", "bois de feu", "offres"),
     ("CD",), "2023-04"),
    ("eu30", "case-study", "es",
     "Caleras artesanales del valle de Cochabamba: del horno abierto a leña al horno vertical",
     "En el valle de Cochabamba, decenas de familias producen cal en caleras artesanales: apilan "
     "piedra caliza en hornos abiertos de adobe y piedra y la queman durante dos o tres días con "
     "leña de eucalipto, arbustos nativos y, a veces, llantas viejas y aceite quemado, hasta "
     "obtener cal viva que luego apagan con agua y venden a constructores, mineros y productores. "
     "El humo negro cubre las comunidades vecinas y las quejas llegan cada año a la gobernación. "
     "Este estudio de caso, de una fundación de energía con la universidad pública y la asociación "
     "de caleros, sigue la construcción de seis hornos verticales con cámara de combustión y "
     "chimenea, compara el consumo de leña por tonelada de cal, la calidad del producto y los "
     "ingresos antes y después, y mide el humo y las partículas cerca de los hornos. Analiza "
     "también por qué varias familias volvieron al horno abierto. Las ladrilleras de la misma zona "
     "se tratan en otro estudio.",
     ("caleras", "hornos de cal", "cal viva", "leña", "estudios de caso"),
     ("BO",), "2024-10"),
)  # fmt: skip
