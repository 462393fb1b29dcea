"""Clearing-house records of the forty-eighth judged relevance set
(tests/search/relevance/queries48.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: energy and pollution
pages on gas flaring (the flare stacks of the Niger Delta seen from space; the torchage of the
M'Boundi associated gas turned into electricity in Congo; a need to remove the mecheros of
Sucumbíos and Orellana after the 2021 court ruling); air quality pages on low emission zones
(London's ULEZ; a guide to the ZFE-m and the vignette Crit'Air for French local authorities;
the ZBE Rondes de Barcelona and the DGT etiqueta ambiental); health pages on carbon monoxide
(poisonings from generators after Gulf Coast power cuts; a Québec guide to the monoxyde de
carbone of wood stoves, génératrices and cabanes à pêche; a need for the braseros of Puno);
waste pages on construction and demolition waste (Delhi's malba recycling plants; a journée
technique on the REP PMCB and the gravats and déchets du BTP of Occitanie; the tiraderos de
cascajo of Mexico City's suelo de conservación); energy pages on green hydrogen (Hyphen in the
Tsau //Khaeb National Park; a need for a strategic assessment of hydrogène vert in Mauritania;
a bird and marine mammal baseline for the hidrógeno verde of Magallanes); trade and customs
pages on counterfeit and illegal pesticides (Europol's Operation Silver Axe; pesticides non
homologués and contrefaçons at Burkina Faso's markets and borders; the plaguicidas de
contrabando and agroquímicos bamba of southern Peru); biosafety pages on genetically modified
microorganisms (GM nitrogen-fixing bacteria for maize; GM yeasts of Canadian ethanol plants;
an Argentine offer of training on microorganismos genéticamente modificados and bioinsumos);
governance pages on a just transition away from coal (the repurposing of Komati in
Mpumalanga; Gardanne after the charbon; Chile's transición justa for its coal power towns);
industry pages on eco-industrial parks (Viet Nam's parks in Ninh Binh, Da Nang and Can Tho;
the écologie industrielle et territoriale of Dunkirk's port zone; an offer for parques
ecoindustriales in Colombia); and shipping pages on sulphur emissions from ships (sniffer
measurements on the Great Belt Bridge; a guide to the Mediterranean ZCE and the épurateurs;
a need to police bunker sulphur and depuradores in San Antonio and Valparaíso). English,
French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records47.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (gas flaring, flare, flaring, torchage, torchère, quema de
gas, mechero, tea, venteo, associated gas, gaz associé, gas asociado, methane, méthane, metano,
black carbon, Niger Delta; low emission zone, clean air zone, congestion charge, zone à faibles
émissions, ZFE, Crit'Air, zona de bajas emisiones, ZBE, diesel, nitrogen dioxide, dioxyde
d'azote, dióxido de nitrógeno, traffic, trafic routier; carbon monoxide, monoxyde, monóxido,
brasero, generator, groupe électrogène, generador, estufa, poêle; demolition, démolition,
demolición, construction waste, déchets du bâtiment, BTP, escombros, cascajo, gravats, rubble,
debris, déblais, inertes, granulats, áridos, concrete, béton, hormigón; hydrogen, hydrogène,
hidrógeno, electrolysis, electrolyser, ammonia; counterfeit, contrefaçon, falsificado, fraude,
adulterated, smuggling, contrabando, illegal, illicite, unregistered, non homologué, sin
registro, fake; microorganism, micro-organisme, microorganismo, bacteria, bactérie, yeast,
levure, levadura, fermentation, enzyme, biofertilizer, inoculant, synthetic biology; just
transition, transition juste, transición justa, coal phase-out, coal-fired, centrale à charbon,
termoeléctrica, decarbonisation, descarbonización; eco-industrial, éco-industriel,
ecoindustrial, industrial symbiosis, symbiose industrielle, simbiosis industrial, industrial
park, zone industrielle, parque industrial; sulphur, sulfur, soufre, azufre, bunker, fuel oil,
fioul, scrubber, épurateur, depurador, MARPOL, emission control area, IMO, OMI, navires,
shipping). Screened and dropped as covered: waste pickers (n18 and a golden page on catadores),
noise (w13-w15), light pollution (w16-w18), tyres co-processed in cement kilns (q11),
chlor-alkali plants (p04), dental amalgam (n01), used lead-acid batteries (n16, p25), ship
recycling (p24), health-care waste (d3, p22, p23), pesticide containers (n09), poison centres
(n07, bc17, bs23), refrigerant recovery and HFCs (t01-t03, m19-m21), chemical accident drills
(q01-q03), cookstoves (w28-w30), solar panel waste (u01-u03), lithium-ion batteries (t25-t27),
end-of-life vehicles (bc22-bc24), transboundary haze (w22-w24), brick kilns (v25-v27), landfill
taxes (bu16-bu18), ecolabels (by16-by18), contained use of LMOs (o22-o24), gene drives and
synthetic biology (p14, p17), genome editing (q25-q27), pollutant release and transfer
registers (p41, q06), chemical leasing (j16-j18), geothermal energy (the fields of bo07-bo09);
screened with no hits but not chosen: fracking, sea-dumped munitions, orphan radioactive
sources, customs codes for chemicals, low-cost air sensors. The nearest: the Kinshasa kitchen
dataset measuring carbon monoxide with fine particles (w29) and the Tunis poison centre that
lists monoxyde de carbone among the poisonings it treats (bs23); the guide to HBCD insulation
before building demolition (t31), the asbestos roof removals (q13, q15) and the landfill taxes'
rate for inert waste and rubble (bu16, bu18); the Ghana pesticide inspectors' need naming
counterfeit and unregistered products (p12), the unregistered mosquito coils of Abidjan (bc20)
and the pesticide tax forum naming contrabando (br18); the refinery flaring named as a benzene
source (ca07) and the landfill biogas burnt in teas (bt09); the contained-use and
synthetic-biology pages, which name no microorganism, and the Wolbachia mosquitoes (bl10-bl12),
whose bacterium is not modified; the coal power plants' mercury and ash (q04, q06, bb10-bb12);
the volcanic sulphur dioxide of br26 and br27; and, in the golden files, a page on hydrogen
fuel-cell buses, a know-how deposit on hydrogen technologies and the molecule pages of hydrogen
sulfide and nitrogen dioxide.

Traps: the steelworks gases once burnt in a torchère at Dunkirk (cb26); the zones à faibles
émissions with which the Mediterranean ZCE is contrasted (cb29); the cruise ships and port
emissions left outside the ZBE (cb06); the transición justa promised to Magallanes' gas workers
(cb15) and the hidrógeno verde hoped for in Chile's coal towns (cb24); the hydrogen valley, the
demolition of old units and the agrivoltaic gardens of Komati (cb22); the asbestos sheets of
cb10 and the amiante of cb11; the serpentins anti-moustiques of cb17 and the mercurio de
contrabando of cb18; the Wolbachia and the pasantías of cb21; the thermopompes of cb08, the
heladas and cocinas mejoradas of cb09; the chinampas and ajolote of cb12; the desalination
brine and African penguins of cb13 and the Banc d'Arguin of cb14; the hurricanes of cb07 and
the crop residue burning of cb10.

Ids (cb01..cb30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
bz01..bz30, ca01..ca30), and no earlier id starts with "cb".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- gas flaring --------------------------------------------------------------------------
    ("cb01", "dataset", "en",
     "Gas flares of the Niger Delta seen from space: flare sites, volumes and nearby "
     "communities, 2012-2024",
     "Nigeria still burns off a large share of the gas that comes up with its crude oil, at "
     "several hundred flare stacks on land, in the creeks and offshore. This dataset, compiled "
     "by a university research group in Port Harcourt with the National Oil Spill Detection and "
     "Response Agency, combines the satellite night-time detections of every flare site since "
     "2012 with the annual flare volumes that operators report to the regulator, the penalties "
     "charged per thousand standard cubic feet under the flare gas regulations of 2018, and the "
     "communities living within four kilometres of each stack, such as Ebocha, Obrikom and "
     "Kwale. It adds soil and rainwater samples, surveys of corroded zinc roofs, and the heat, "
     "noise and soot reported by villagers who have lived for decades beside flares burning day "
     "and night. The notes explain how flare sites were matched to oil fields and which sites "
     "were offered to investors for gas capture under the Nigerian Gas Flare Commercialisation "
     "Programme. Soot from illegal refining camps is kept apart.",
     ("gas flaring", "associated gas", "air pollution", "oil and gas", "Niger Delta"),
     ("NG",), "2024-09"),
    ("cb02", "case-study", "fr",
     "Du torchage à l'électricité : le gaz associé du champ de M'Boundi et la Centrale "
     "électrique du Congo",
     "Pendant des années, le gaz associé extrait avec le pétrole du champ de M'Boundi, dans le "
     "Kouilou, était brûlé dans des torchères visibles depuis les villages voisins, qui se "
     "plaignaient de la chaleur, du bruit, de la suie sur les toits et des pluies acides sur le "
     "manioc. Cette étude de cas retrace comment l'opérateur a capté ce gaz à partir de la fin "
     "des années 2000 pour alimenter la Centrale électrique du Congo, à Côte Matève près de "
     "Pointe-Noire, et réduit fortement les volumes torchés. Elle présente les mesures de la "
     "qualité de l'air faites autour des sites, les plaintes recueillies par les associations de "
     "riverains, le rôle du code des hydrocarbures et de l'administration de l'environnement, et "
     "les limites du dispositif : torchage d'urgence lors des arrêts de la centrale, plateformes "
     "en mer qui torchent encore, électricité restée rare et chère dans les villages proches des "
     "puits. Elle compare ces résultats avec l'objectif « zéro torchage de routine » d'ici 2030 "
     "promu par la Banque mondiale.",
     ("torchage du gaz", "gaz associé", "pollution de l'air", "électricité",
      "industrie pétrolière"),
     ("CG",), "2023-03"),
    ("cb03", "need", "es",
     "Necesidad: eliminar los mecheros de gas cercanos a las comunidades de Sucumbíos y Orellana",
     "En la Amazonía norte del Ecuador, cientos de mecheros queman día y noche el gas asociado "
     "que sale con el crudo de los pozos petroleros, muchos a pocos metros de casas, escuelas y "
     "fincas de Lago Agrio, Shushufindi y El Coca. En 2021 la Corte Provincial de Sucumbíos, en "
     "la acción de protección presentada por nueve niñas de la zona, reconoció la vulneración de "
     "su derecho a un ambiente sano y ordenó eliminar progresivamente los mecheros, empezando "
     "por los más próximos a la población. El ministerio del ambiente solicita apoyo para "
     "levantar un inventario georreferenciado de todos los mecheros y teas, medir los volúmenes "
     "de quema y venteo de gas con cámaras y sensores, instalar estaciones de calidad del aire "
     "en las parroquias más expuestas y evaluar el aprovechamiento del gas para generar "
     "electricidad en los mismos campos. Pide también acompañar a las comunidades en la "
     "vigilancia y cruzar los datos con el registro de casos de cáncer de la provincia.",
     ("mecheros", "quema de gas", "gas asociado", "calidad del aire", "derechos de la niñez"),
     ("EC",), "2024-02"),
    # --- low emission zones -------------------------------------------------------------------
    ("cb04", "case-study", "en",
     "London's Ultra Low Emission Zone, from the centre to the whole city: what happened to "
     "roadside nitrogen dioxide",
     "London launched its Ultra Low Emission Zone in the centre in April 2019, extended it to "
     "the North and South Circular roads in October 2021 and to all 32 boroughs in August 2023. "
     "Cars, vans and motorcycles that do not meet the Euro 4 standard for petrol or Euro 6 for "
     "diesel pay a daily charge of £12.50, enforced by number-plate cameras, while lorries and "
     "coaches fall under the older London-wide Low Emission Zone. This case study reviews the "
     "evidence published by the Greater London Authority and by independent researchers: the "
     "share of compliant vehicles, which rose above nine in ten, the fall of roadside nitrogen "
     "dioxide, sharpest in the centre, the smaller effect on fine particles, and the changes in "
     "traffic. It also covers the scrappage grants for low-income households, small businesses "
     "and disabled drivers, the exemptions, the legal challenge brought by outer boroughs, the "
     "politics of the 2023 expansion, and lessons for other cities planning clean air zones.",
     ("low emission zones", "ULEZ", "nitrogen dioxide", "urban air quality", "road transport"),
     ("GB",), "2024-05"),
    ("cb05", "document", "fr",
     "Zones à faibles émissions mobilité (ZFE-m) : guide pour les collectivités qui créent leur "
     "zone",
     "Depuis la loi d'orientation des mobilités de 2019 et la loi Climat et résilience de 2021, "
     "les grandes agglomérations françaises doivent créer une zone à faibles émissions mobilité, "
     "où les véhicules les plus polluants ne peuvent plus circuler selon leur vignette Crit'Air, "
     "en commençant par les non classés et la classe 5. Ce guide s'adresse aux élus et aux "
     "services des métropoles et des intercommunalités : délimiter le périmètre, fixer le "
     "calendrier et les catégories de véhicules visées (voitures, utilitaires, poids lourds, "
     "deux-roues), prévoir les dérogations pour les « petits rouleurs », les artisans et les "
     "personnes à mobilité réduite, organiser les contrôles, puis informer et accompagner les "
     "ménages modestes avec la prime à la conversion et les aides locales. Il s'appuie sur les "
     "premières ZFE de Grenoble, Lyon, Paris, Strasbourg et Rouen, rappelle l'enjeu sanitaire du "
     "dioxyde d'azote et des particules fines, et répond aux critiques sur l'équité sociale de "
     "ces zones.",
     ("zones à faibles émissions", "ZFE", "vignette Crit'Air", "qualité de l'air", "mobilité"),
     ("FR",), "2023-06"),
    ("cb06", "project", "es",
     "ZBE Rondes de Barcelona: la zona de bajas emisiones metropolitana y los vehículos sin "
     "etiqueta ambiental",
     "Desde el 1 de enero de 2020, los turismos y furgonetas sin etiqueta ambiental de la DGT, "
     "es decir, los de gasolina anteriores al año 2000 y los diésel anteriores a 2006, no pueden "
     "circular de lunes a viernes entre las 7 y las 20 horas por la zona de bajas emisiones "
     "Rondes de Barcelona, unos 95 kilómetros cuadrados que abarcan la ciudad dentro de las "
     "rondas y partes de L'Hospitalet de Llobregat, Esplugues, Cornellà y Sant Adrià de Besòs. "
     "El proyecto del Área Metropolitana de Barcelona y los ayuntamientos gestiona el registro "
     "de vehículos extranjeros y de personas con movilidad reducida, las cámaras de lectura de "
     "matrículas, las moratorias para furgonetas y camiones y la tarjeta T-verda, que da "
     "transporte público gratuito a quien da de baja un coche contaminante. Sigue la evolución "
     "del dióxido de nitrógeno y de las partículas en la red de vigilancia, el parque circulante "
     "y las sanciones. Las emisiones de los cruceros y buques del puerto quedan fuera de la ZBE.",
     ("zonas de bajas emisiones", "ZBE", "etiqueta ambiental", "calidad del aire",
      "movilidad urbana"),
     ("ES",), "2024-03"),
    # --- carbon monoxide ----------------------------------------------------------------------
    ("cb07", "dataset", "en",
     "Carbon monoxide poisonings after power outages: poison centre calls and emergency visits "
     "in Texas and Louisiana, 2017-2024",
     "Each time a hurricane or a winter storm cuts the power on the Gulf Coast, emergency "
     "departments fill with families poisoned by carbon monoxide from portable generators run in "
     "garages, on porches beside open windows or inside the house, from cars left idling in "
     "closed garages for warmth, and from gas ovens used to heat the kitchen. This dataset, "
     "assembled by the state poison centre networks and health departments, lists by day and "
     "county the calls and emergency visits coded as carbon monoxide poisoning during eleven "
     "outage events, among them Hurricanes Harvey, Laura and Ida and the winter storm of "
     "February 2021, with age group, source of the gas, carboxyhaemoglobin levels where "
     "measured, hyperbaric oxygen treatments and deaths. It shows children and households with "
     "limited English among the hardest hit, and records whether a working CO alarm was present. "
     "The warnings issued in Spanish, Vietnamese and Arabic, and the labelling rules for "
     "generators, are documented alongside.",
     ("carbon monoxide poisoning", "portable generators", "power outages", "poison centres",
      "extreme weather"),
     ("US",), "2024-10"),
    ("cb08", "document", "fr",
     "Le monoxyde de carbone, un gaz invisible : guide de prévention des intoxications pour les "
     "ménages et les chalets du Québec",
     "Chaque hiver, le Centre antipoison du Québec et les urgences reçoivent des personnes "
     "intoxiquées au monoxyde de carbone, un gaz sans couleur ni odeur produit par tout appareil "
     "qui brûle un combustible. Ce guide de santé publique décrit les sources en cause au Québec "
     ": poêles à bois et foyers mal entretenus, chaudières et chauffe-eau au gaz, chaufferettes "
     "au propane dans les cabanes à pêche blanche et les tentes, génératrices utilisées dans le "
     "garage ou le sous-sol pendant les pannes de courant, comme lors du verglas de 1998, et "
     "voitures qui tournent dans un garage attenant. Il explique les symptômes, maux de tête, "
     "nausées et somnolence souvent pris pour une grippe, l'installation d'avertisseurs de "
     "monoxyde de carbone près des chambres, exigés par plusieurs municipalités, et que faire en "
     "cas d'alarme : sortir, appeler le 911 et ne pas rentrer avant l'avis des pompiers. Les "
     "thermopompes et les plinthes électriques, qui ne brûlent rien, n'en produisent pas.",
     ("monoxyde de carbone", "intoxications", "avertisseurs de monoxyde de carbone",
      "appareils à combustion", "santé publique"),
     ("CA",), "2023-11"),
    ("cb09", "need", "es",
     "Necesidad: prevenir las intoxicaciones por monóxido de carbono por braseros y fogones en "
     "las viviendas altoandinas de Puno",
     "En las comunidades de Puno situadas a más de 3.800 metros, muchas familias encienden "
     "braseros con carbón, bosta o taquia dentro de los dormitorios cerrados para soportar las "
     "noches de helada, y cocinan en fogones sin chimenea. Los establecimientos de salud "
     "atienden cada invierno a niños y adultos mayores intoxicados por monóxido de carbono, y "
     "algunas familias enteras han sido halladas muertas por la mañana. La dirección regional de "
     "salud solicita apoyo para registrar los casos, que hoy se confunden con el soroche o con "
     "infecciones respiratorias; dotar a los puestos de salud de cooxímetros de pulso y de "
     "oxígeno; distribuir detectores de monóxido de carbono en las viviendas de mayor riesgo; y "
     "preparar con las municipalidades una campaña radial en quechua y aimara que explique cómo "
     "ventilar y por qué no dormir con el brasero encendido. También pide evaluar cocinas "
     "mejoradas y muros aislados como alternativas para calentar las casas.",
     ("monóxido de carbono", "intoxicaciones", "braseros", "contaminación del aire interior",
      "salud"),
     ("PE",), "2024-06"),
    # --- construction and demolition waste ----------------------------------------------------
    ("cb10", "project", "en",
     "Turning Delhi's malba into paver blocks: construction and demolition waste recycling "
     "plants and debris collection points",
     "Delhi generates several thousand tonnes of construction and demolition waste, malba in "
     "everyday speech, every day, much of it once dumped on roadsides, in low-lying land and on "
     "the Yamuna floodplain. Since the first plant opened at Burari in 2009, the city has built "
     "processing plants that crush concrete, bricks and mortar into recycled aggregates, sand "
     "substitutes, kerbstones and paver blocks. Under the Construction and Demolition Waste "
     "Management Rules of 2016, this project with the municipal corporation sets up collection "
     "points where households and small builders can leave debris for free, requires large sites "
     "to segregate their waste and pay for its transport, tracks trucks by GPS to stop illegal "
     "dumping, and obliges public works agencies to buy a share of recycled products. It "
     "monitors dust at plants and sites, which adds to the winter smog along with crop residue "
     "burning, and reports tonnages, quality tests and prices. Asbestos sheets and other "
     "hazardous demolition waste go to separate facilities.",
     ("construction and demolition waste", "recycled aggregates", "illegal dumping",
      "dust control", "circular economy"),
     ("IN",), "2023-09"),
    ("cb11", "event", "fr",
     "Journée technique : la filière REP des produits et matériaux de construction du bâtiment "
     "et la reprise gratuite des déchets de chantier",
     "Le bâtiment produit en France plus de 40 millions de tonnes de déchets par an, gravats, "
     "bois, plâtre, métaux, isolants et menuiseries, dont une partie finit encore en dépôts "
     "sauvages au bord des chemins. Depuis 2023, une filière de responsabilité élargie du "
     "producteur (REP PMCB) fait financer par les metteurs sur le marché la collecte des déchets "
     "du bâtiment triés, que les artisans peuvent déposer sans frais dans des points de reprise "
     "liés aux éco-organismes. Cette journée, organisée à Toulouse par la chambre régionale de "
     "métiers et de l'artisanat d'Occitanie et la fédération régionale du BTP, réunit artisans, "
     "négociants en matériaux, déchèteries professionnelles et collectivités pour expliquer le "
     "tri en flux séparés sur les chantiers, le maillage des points de reprise, la traçabilité "
     "des bennes et le réemploi des matériaux de démolition. Les déchets contenant de l'amiante, "
     "exclus de la reprise gratuite, sont présentés à part, ainsi que les plateformes de "
     "recyclage des granulats inertes.",
     ("déchets du BTP", "déchets de chantier", "responsabilité élargie du producteur", "gravats",
      "dépôts sauvages"),
     ("FR",), "2024-02"),
    ("cb12", "need", "es",
     "Necesidad: frenar los tiraderos clandestinos de cascajo en el suelo de conservación de la "
     "Ciudad de México",
     "Cada día se generan en la Ciudad de México miles de toneladas de residuos de la "
     "construcción y demolición, el cascajo, y buena parte se tira de noche en barrancas, "
     "terrenos baldíos, orillas de canales y parcelas agrícolas del suelo de conservación de "
     "Tlalpan, Tláhuac, Xochimilco y Milpa Alta, donde rellena humedales y sella zonas de "
     "recarga del acuífero. La secretaría del medio ambiente capitalina solicita apoyo para "
     "levantar un inventario de los tiraderos con drones e imágenes satelitales, reforzar la "
     "vigilancia con las alcaldías, hacer cumplir la norma ambiental que obliga a las obras a "
     "presentar un plan de manejo de sus residuos y ampliar la capacidad de las plantas de "
     "reciclaje que producen agregados y bases para caminos. Pide también estudiar incentivos "
     "para que la obra pública compre material reciclado y un sistema de seguimiento de los "
     "camiones de volteo. Las chinampas y el ajolote de Xochimilco, afectados por el relleno de "
     "canales, tienen sus propios programas.",
     ("residuos de la construcción y demolición", "cascajo", "tiraderos clandestinos",
      "suelo de conservación", "reciclaje"),
     ("MX",), "2024-04"),
    # --- green hydrogen -----------------------------------------------------------------------
    ("cb13", "document", "en",
     "Green hydrogen in the Tsau //Khaeb National Park: what the environmental assessment of the "
     "Hyphen project must cover",
     "Namibia has reserved land inside the Tsau //Khaeb (Sperrgebiet) National Park, near "
     "Lüderitz, for Hyphen Hydrogen Energy, one of the largest green hydrogen projects planned "
     "in Africa: several gigawatts of wind turbines and solar panels powering electrolysers that "
     "split desalinated seawater into hydrogen, to be turned into green ammonia for export from "
     "a new port at Angra Point. This briefing, prepared for the environment ministry and civil "
     "society organisations, sets out what the strategic and project environmental assessments "
     "must address in a park that protects one of the richest succulent floras in the world, "
     "with many plants found nowhere else: the footprint of turbines, roads and pipelines, the "
     "brine returned to the sea by desalination, bird and bat collisions, the African penguins "
     "and seals of the islands off Lüderitz, water and housing for thousands of workers, and "
     "benefit-sharing with local communities. It also asks who will monitor the works and how "
     "the land will be restored afterwards.",
     ("green hydrogen", "renewable energy", "environmental impact assessment", "protected areas",
      "desalination"),
     ("NA",), "2024-01"),
    ("cb14", "need", "fr",
     "Besoin : appui à l'évaluation environnementale stratégique des projets d'hydrogène vert en "
     "Mauritanie",
     "La Mauritanie a signé depuis 2021 plusieurs accords-cadres avec des consortiums "
     "internationaux qui prévoient d'installer, entre Nouakchott et Nouadhibou, des dizaines de "
     "gigawatts d'éoliennes et de panneaux solaires pour alimenter des électrolyseurs et "
     "produire de l'hydrogène vert et de l'ammoniac destinés à l'exportation. Les terrains visés "
     "longent le littoral, en bordure du Parc national du Banc d'Arguin, haut lieu des oiseaux "
     "migrateurs et de la pêche imraguen, et les usines de dessalement rejetteraient de la "
     "saumure dans des eaux très poissonneuses. Le ministère de l'Environnement demande un appui "
     "pour conduire une évaluation environnementale stratégique de l'ensemble du programme avant "
     "les études d'impact de chaque projet : cartographie des couloirs de migration des oiseaux "
     "et des zones sensibles, modélisation des rejets de saumure, consultation des pêcheurs et "
     "des éleveurs, et formation des services qui instruisent les études d'impact et suivent les "
     "chantiers. Il souhaite aussi un cadre de partage des bénéfices.",
     ("hydrogène vert", "évaluation environnementale stratégique", "énergies renouvelables",
      "dessalement", "littoral"),
     ("MR",), "2024-05"),
    ("cb15", "project", "es",
     "Hidrógeno verde en Magallanes: línea de base de aves y mamíferos marinos para ordenar los "
     "parques eólicos y los puertos",
     "La Región de Magallanes, con vientos fuertes y constantes, concentra la mayoría de los "
     "proyectos de hidrógeno verde de Chile: desde la planta piloto de combustibles sintéticos "
     "de Cabo Negro, que produce desde 2022, hasta parques eólicos de miles de megavatios en la "
     "estepa de Tierra del Fuego y de la península de Brunswick, con electrolizadores, plantas "
     "de amoníaco y terminales de embarque en el estrecho de Magallanes. Antes de que estos "
     "proyectos entren al sistema de evaluación ambiental, este proyecto del ministerio del "
     "medio ambiente con universidades regionales levanta una línea de base común: rutas de "
     "vuelo del cauquén colorado y de otras aves migratorias, colonias de pingüinos, presencia "
     "de ballenas y delfines en el estrecho, humedales y turberas, y uso del territorio por "
     "ganaderos y pueblos originarios. Los datos alimentan la evaluación ambiental estratégica "
     "del plan regional de ordenamiento territorial. La promesa de una transición justa para los "
     "trabajadores regionales del gas y del petróleo se menciona, pero no es objeto del "
     "proyecto.",
     ("hidrógeno verde", "energía eólica", "aves migratorias", "línea de base",
      "ordenamiento territorial"),
     ("CL",), "2024-07"),
    # --- counterfeit and illegal pesticides ---------------------------------------------------
    ("cb16", "case-study", "en",
     "Operation Silver Axe: a decade of seizures of illegal and counterfeit pesticides at "
     "European borders",
     "Illegal pesticides, smuggled in unlabelled drums, declared as other chemicals or sold as "
     "copies of branded products, are among the most lucrative goods for organised crime in "
     "Europe, because the active ingredients are cheap and the penalties low. Since 2012 Europol "
     "has coordinated each year Operation Silver Axe, in which customs, police and plant "
     "protection authorities of the European Union and partner countries inspect shipments at "
     "sea ports, airports, land borders and warehouses. This case study follows the operations "
     "up to 2023, when yearly seizures passed a thousand tonnes. It describes the routes, "
     "largely from China through transit countries, the growing trade on online marketplaces and "
     "by parcel post, the tricks used to avoid controls, the laboratory analyses that found "
     "banned or undeclared substances, and the help of manufacturers in recognising fake labels. "
     "It also discusses what happens to the seized products, which must be destroyed as "
     "hazardous waste, and the risks for farmers, consumers and drinking water.",
     ("illegal pesticides", "counterfeit pesticides", "customs", "smuggling", "enforcement"),
     ("NL", "BE", "DE", "ES", "FR", "IT", "PL"), "2024-03"),
    ("cb17", "project", "fr",
     "Contrôler les pesticides non homologués et contrefaits sur les marchés et aux frontières "
     "du Burkina Faso",
     "Dans les marchés ruraux et les boutiques d'intrants du Burkina Faso, une grande partie des "
     "herbicides et des insecticides vendus n'est pas homologuée par le Comité sahélien des "
     "pesticides : produits entrés en fraude depuis les pays côtiers, contrefaçons de marques "
     "connues aux étiquettes en anglais ou en chinois, matières actives interdites comme "
     "l'endosulfan reconditionnées dans des bouteilles d'eau. Ce projet de la direction de la "
     "protection des végétaux, avec la douane, la police et les organisations de producteurs de "
     "coton et de maraîchers, forme les inspecteurs phytosanitaires et les douaniers des postes "
     "frontaliers de Niangoloko, Dakola et Cinkansé, dote le laboratoire national de trousses "
     "d'analyse rapide, recense les revendeurs et leur délivre un agrément après formation, et "
     "diffuse des émissions de radio sur la façon de reconnaître un produit homologué. Les "
     "produits saisis sont stockés puis éliminés dans des conditions sûres. Les insecticides "
     "ménagers, comme les serpentins anti-moustiques, relèvent d'un autre programme.",
     ("pesticides non homologués", "pesticides contrefaits", "contrôle aux frontières",
      "homologation des pesticides", "inspection phytosanitaire"),
     ("BF",), "2023-10"),
    ("cb18", "need", "es",
     "Necesidad: combatir los plaguicidas de contrabando y los agroquímicos bamba en el sur del "
     "Perú",
     "En las ferias y tiendas agropecuarias de Puno, Arequipa y Tacna se venden plaguicidas que "
     "ingresan de contrabando desde Bolivia por Desaguadero y por pasos no autorizados, y "
     "agroquímicos bamba, es decir falsificados, en frascos que imitan marcas conocidas, con "
     "etiquetas sin registro del Servicio Nacional de Sanidad Agraria o con ingredientes "
     "distintos de los declarados. Los productores de papa, quinua y hortalizas los compran "
     "porque son más baratos, y se han reportado intoxicaciones y cultivos quemados. La "
     "autoridad de sanidad agraria, con la administración aduanera, solicita apoyo para equipar "
     "un laboratorio de control de calidad de formulaciones, capacitar a inspectores y oficiales "
     "de aduanas en la detección de envases y etiquetas falsos, crear un servicio para que los "
     "agricultores verifiquen con el celular si un producto está registrado y organizar la "
     "disposición final de lo decomisado. Por los mismos pasos entra el mercurio de contrabando "
     "destinado a la minería aurífera, que no es objeto de esta solicitud.",
     ("plaguicidas de contrabando", "plaguicidas falsificados", "control aduanero",
      "sanidad agraria", "intoxicaciones"),
     ("PE",), "2024-08"),
    # --- genetically modified microorganisms --------------------------------------------------
    ("cb19", "document", "en",
     "Risk assessment of genetically modified nitrogen-fixing bacteria applied to maize fields: "
     "a guidance note for regulators",
     "Microbial products made of genetically modified bacteria are now sold to maize farmers in "
     "the United States: strains of Klebsiella and Kosakonia whose genes were edited so that "
     "they keep fixing atmospheric nitrogen around the roots even in fertilised soil, applied in "
     "the seed furrow to replace part of the nitrogen fertiliser. Unlike a GM crop, a GM "
     "microorganism cannot be recalled from the field: it multiplies, moves with soil, water and "
     "dust, and can exchange genes with other bacteria. This guidance note, written for "
     "biosafety regulators reviewing applications under the Cartagena Protocol and national "
     "laws, explains what to ask for: the identity and stability of the modification, survival "
     "and spread in different soils, horizontal gene transfer, effects on native soil microbes "
     "and on nitrogen cycling, possible effects on human health of the species used, detection "
     "methods for monitoring, and the experimental release and commercial notifications required "
     "in the United States under the Toxic Substances Control Act. It also covers biofertilizers "
     "imported in bulk.",
     ("genetically modified microorganisms", "biofertilizers", "risk assessment",
      "nitrogen-fixing bacteria", "biosafety"),
     ("US",), "2023-05"),
    ("cb20", "document", "fr",
     "Levures génétiquement modifiées dans les usines d'éthanol : la déclaration des "
     "micro-organismes vivants au Canada",
     "Des usines d'éthanol carburant du Québec, de l'Ontario et des Prairies utilisent des "
     "souches de levure Saccharomyces cerevisiae génétiquement modifiées pour produire "
     "elles-mêmes les enzymes qui transforment l'amidon du maïs en sucres fermentescibles. Au "
     "Canada, un micro-organisme vivant issu de la biotechnologie qui n'est pas inscrit sur la "
     "Liste intérieure doit être déclaré avant sa fabrication ou son importation, en vertu de la "
     "Loi canadienne sur la protection de l'environnement. Ce document d'Environnement et "
     "Changement climatique Canada et de Santé Canada explique aux entreprises et aux "
     "laboratoires ce que contient une déclaration : caractérisation de la souche et de la "
     "modification génétique, pouvoir pathogène, survie de la levure dans les eaux usées, les "
     "sols et les drêches de distillerie vendues pour l'alimentation du bétail, transfert de "
     "gènes, méthodes de détection, mesures de confinement et d'élimination. Il résume les "
     "évaluations déjà publiées et les conditions imposées à certaines souches.",
     ("micro-organismes génétiquement modifiés", "levures", "éthanol", "évaluation des risques",
      "biotechnologie"),
     ("CA",), "2022-10"),
    ("cb21", "support-source", "es",
     "Oferta: capacitación en evaluación del riesgo de microorganismos genéticamente modificados "
     "y bioinsumos para América Latina",
     "La autoridad de biotecnología agropecuaria de Argentina, con más de diez años de "
     "experiencia en la evaluación de microorganismos genéticamente modificados para uso "
     "agrícola e industrial, ofrece a las autoridades nacionales de bioseguridad de América "
     "Latina y el Caribe un curso semipresencial y pasantías cortas en Buenos Aires. El programa "
     "cubre la evaluación caso por caso de bacterias, hongos y levaduras modificados: "
     "inoculantes y biofertilizantes, agentes de control biológico, cepas para fermentaciones "
     "industriales y vacunas veterinarias; el diseño de ensayos confinados y de liberaciones a "
     "campo; la detección e identificación de las cepas en bioinsumos importados; y la relación "
     "con la edición génica y con el registro de bioinsumos convencionales. Incluye el análisis "
     "de solicitudes reales anonimizadas y acompañamiento para redactar guías nacionales. La "
     "capacitación es gratuita y los países cubren los viajes. Los mosquitos con Wolbachia, una "
     "bacteria no modificada, no forman parte del curso.",
     ("microorganismos genéticamente modificados", "bioinsumos", "evaluación del riesgo",
      "bioseguridad", "capacitación"),
     ("AR",), "2024-04"),
    # --- just transition ----------------------------------------------------------------------
    ("cb22", "project", "en",
     "Repurposing the Komati coal power station: a just transition project for workers and "
     "communities in Mpumalanga",
     "Komati, one of Eskom's oldest coal-fired power stations, stopped generating in October "
     "2022 after more than sixty years, the first closure under South Africa's plan to retire "
     "much of its coal fleet with the support of the Just Energy Transition Partnership. Instead "
     "of leaving a dead site, this project, financed in part by a World Bank loan, installs "
     "solar panels and battery storage on the station's land, trains former plant workers and "
     "young people from the township in renewable energy, welding and microgrid assembly in a "
     "training centre on site, and supports small businesses and agrivoltaic gardens. Social "
     "labour plans follow every former employee and contractor, and a community forum oversees "
     "the decommissioning, the demolition of old units and the rehabilitation of ash dumps and "
     "coal stockpiles. The project is a test for the coal towns of the Mpumalanga highveld, "
     "where mines and power stations employ tens of thousands; a hydrogen valley proposed for "
     "the region is not part of it.",
     ("just transition", "coal phase-out", "renewable energy", "skills training",
      "power station decommissioning"),
     ("ZA",), "2024-02"),
    ("cb23", "case-study", "fr",
     "Gardanne après le charbon : la transition juste d'une ville minière de Provence",
     "À Gardanne, dans les Bouches-du-Rhône, le charbon a fait vivre la ville pendant plus d'un "
     "siècle : la mine de lignite a fermé en 2003, puis la tranche charbon de la centrale "
     "thermique de Provence s'est arrêtée en 2021, conformément à l'engagement national de "
     "sortie du charbon pour la production d'électricité. Cette étude de cas retrace ce que "
     "l'État, la région, la métropole et l'exploitant ont mis en place pour les salariés et les "
     "sous-traitants : accompagnement individuel, congés de reclassement, formations, aides aux "
     "entreprises qui s'installent sur les anciens carreaux de mine, et un pacte territorial "
     "signé avec les syndicats et les élus. Elle analyse aussi le conflit autour de la "
     "conversion de l'autre tranche à la biomasse, accusée d'importer du bois et de polluer, et "
     "les projets de reconversion du site vers le solaire et le stockage. L'usine d'alumine "
     "voisine et ses boues rouges, qui posent d'autres questions, ne sont évoquées qu'en "
     "passant.",
     ("transition juste", "sortie du charbon", "reconversion industrielle", "emploi",
      "bassins miniers"),
     ("FR",), "2023-05"),
    ("cb24", "document", "es",
     "Estrategia de transición justa para el cierre de las centrales a carbón en Tocopilla, "
     "Mejillones, Huasco, Puchuncaví y Coronel",
     "Chile se comprometió en 2019 a cerrar todas sus centrales termoeléctricas a carbón a más "
     "tardar en 2040 y ya ha retirado varias unidades, como las de Ventanas en Puchuncaví y las "
     "más antiguas de Tocopilla. Este documento de los ministerios de energía y del medio "
     "ambiente presenta la estrategia nacional para que el cierre sea una transición justa en "
     "las cinco comunas que concentran estas centrales, varias de ellas llamadas zonas de "
     "sacrificio: reconversión laboral y certificación de competencias de los trabajadores "
     "directos y contratistas, compensación de la pérdida de ingresos municipales, remediación "
     "de suelos y de los depósitos de cenizas, participación de sindicatos, pescadores y vecinos "
     "en mesas territoriales, y atracción de nuevas inversiones en energías renovables, "
     "almacenamiento y, a más largo plazo, hidrógeno verde. Define indicadores de seguimiento "
     "por comuna y un calendario de diálogo con las comunidades.",
     ("transición justa", "descarbonización", "centrales a carbón", "zonas de sacrificio",
      "empleo"),
     ("CL",), "2024-01"),
    # --- eco-industrial parks -----------------------------------------------------------------
    ("cb25", "project", "en",
     "From industrial zones to eco-industrial parks in Viet Nam: resource efficiency and "
     "industrial symbiosis in Ninh Binh, Da Nang and Can Tho",
     "Viet Nam has more than 400 industrial zones, many of them discharging poorly treated "
     "wastewater and burning waste in the open. Under a decree that gives legal status to "
     "eco-industrial parks, this project with the planning ministry and the United Nations "
     "Industrial Development Organization helps park management boards and companies in the Gian "
     "Khau zone in Ninh Binh, the Hoa Khanh zone in Da Nang and the Tra Noc zones in Can Tho to "
     "become eco-industrial parks. Factories receive audits of their energy, water and chemicals "
     "use; the boards build shared wastewater treatment and waste sorting; and the project "
     "brokers industrial symbiosis, in which one plant's waste heat, steam, sludge, scrap or "
     "by-products become another's raw material, as with boiler ash sold to brick makers and "
     "plastic offcuts sold to recyclers. It also trains park staff to report on the national "
     "eco-industrial park criteria and to attract investors who ask for them, and records the "
     "savings in money, water and greenhouse gas emissions.",
     ("eco-industrial parks", "industrial symbiosis", "resource efficiency", "cleaner production",
      "industrial zones"),
     ("VN",), "2023-08"),
    ("cb26", "case-study", "fr",
     "Écologie industrielle et territoriale sur la zone industrialo-portuaire de Dunkerque : "
     "vingt ans de symbiose industrielle",
     "Autour du port de Dunkerque, sidérurgie, chimie, agroalimentaire et énergie se côtoient "
     "sur des milliers d'hectares. Depuis le début des années 2000, une association "
     "d'entreprises, Ecopal, soutenue par la communauté urbaine, recense les flux de matières, "
     "d'énergie et de déchets des établissements et cherche ce que l'un pourrait réutiliser chez "
     "l'autre. Cette étude de cas décrit les synergies les plus connues : les gaz de l'aciérie, "
     "autrefois brûlés en torchère, qui alimentent une centrale électrique voisine ; la chaleur "
     "fatale de l'usine sidérurgique qui chauffe des milliers de logements par le réseau de "
     "chaleur ; les laitiers de hauts fourneaux valorisés par les cimentiers ; et des "
     "mutualisations plus modestes de collecte des déchets, de formation et d'achats. Elle "
     "montre ce qui a freiné d'autres projets (confiance, contrats de long terme, statut de "
     "déchet), ce que les entreprises y ont gagné, et donne des conseils aux collectivités qui "
     "veulent lancer une démarche d'écologie industrielle et territoriale.",
     ("écologie industrielle et territoriale", "symbiose industrielle", "chaleur fatale",
      "économie circulaire", "zone industrialo-portuaire"),
     ("FR",), "2022-12"),
    ("cb27", "support-source", "es",
     "Oferta: asistencia técnica para convertir parques industriales y zonas francas en parques "
     "ecoindustriales en Colombia",
     "Un programa de cooperación entre el ministerio de comercio, industria y turismo, el "
     "ministerio de ambiente y el centro nacional de producción más limpia ofrece a los "
     "administradores de parques industriales y zonas francas de Colombia asistencia técnica "
     "gratuita durante dos años para avanzar hacia parques ecoindustriales, según el marco "
     "internacional acordado por la ONUDI, el Banco Mundial y la cooperación alemana. La oferta "
     "incluye un diagnóstico del parque y de sus empresas, auditorías de eficiencia en energía, "
     "agua y materiales, la identificación de oportunidades de simbiosis industrial, como "
     "intercambiar vapor, lodos, empaques o residuos orgánicos entre empresas vecinas, apoyo "
     "para crear servicios comunes de tratamiento de aguas y de gestión de residuos, y "
     "capacitación de los equipos en indicadores de desempeño ambiental, social y económico. Se "
     "dará prioridad a los parques de Bogotá, Cali, Barranquilla y el Eje Cafetero que se "
     "postulen antes de fin de año.",
     ("parques ecoindustriales", "simbiosis industrial", "producción más limpia", "zonas francas",
      "eficiencia de recursos"),
     ("CO",), "2024-02"),
    # --- sulphur emissions from ships ---------------------------------------------------------
    ("cb28", "dataset", "en",
     "Sulphur in ship exhaust: sniffer measurements of vessels passing the Great Belt and the "
     "approaches to Danish ports, 2016-2024",
     "Since 2015 ships in the North Sea and Baltic Sea Emission Control Area must burn fuel with "
     "no more than 0.10 per cent sulphur, and since 2020 ships elsewhere are held to 0.50 per "
     "cent by the global cap of MARPOL Annex VI. To check compliance at sea, the Danish "
     "Environmental Protection Agency measures the exhaust plumes of passing ships with sniffer "
     "instruments fixed on the Great Belt Bridge and carried by drones near port approaches. "
     "This dataset gives, for each plume measured, the ship's IMO number, type and flag, the "
     "date and position, the fuel sulphur content estimated from the ratio of sulphur dioxide to "
     "carbon dioxide, and whether the result led to a fuel sample in port or a report to the "
     "flag State. It covers more than 20,000 plumes and shows compliance above 95 per cent after "
     "2016, with the worst results among older cargo ships. Nitrogen oxides, measured on part of "
     "the plumes since the nitrogen emission control area took effect in 2021, are included.",
     ("ship emissions", "sulphur emissions", "emission control areas", "MARPOL Annex VI",
      "air quality"),
     ("DK",), "2024-11"),
    ("cb29", "document", "fr",
     "Zone de contrôle des émissions de soufre en Méditerranée : guide pour les armateurs, les "
     "ports et les autorités de contrôle",
     "À partir du 1er mai 2025, toute la mer Méditerranée devient une zone de contrôle des "
     "émissions d'oxydes de soufre (ZCE) désignée par l'Organisation maritime internationale : "
     "les navires n'y pourront plus brûler de combustible contenant plus de 0,10 % de soufre, "
     "contre 0,50 % ailleurs dans le monde. Ce guide explique aux armateurs et aux capitaineries "
     "ce qui change : choix entre gazole marin, fioul à très basse teneur en soufre, gaz naturel "
     "liquéfié ou épurateurs de fumées (scrubbers), procédures de changement de combustible à "
     "l'entrée de la zone, registres, prélèvements dans les soutes et sanctions. Il fait le "
     "point sur les épurateurs en boucle ouverte, qui rejettent en mer des eaux de lavage acides "
     "chargées de métaux et d'hydrocarbures aromatiques polycycliques et que plusieurs ports "
     "interdisent d'utiliser à quai. Il rappelle les effets attendus sur la santé dans les "
     "villes portuaires comme Marseille, Gênes ou Barcelone, et précise que, à la différence des "
     "zones à faibles émissions des agglomérations, la ZCE ne vise que les navires.",
     ("zones de contrôle des émissions", "soufre", "transport maritime", "épurateurs de fumées",
      "pollution de l'air"),
     ("FR", "IT", "ES", "GR", "MT"), "2024-12"),
    ("cb30", "need", "es",
     "Necesidad: fiscalizar el azufre del combustible de los buques y el agua de los depuradores "
     "en los puertos de San Antonio y Valparaíso",
     "Los puertos de San Antonio y Valparaíso reciben cada año miles de naves portacontenedores, "
     "graneleros, cruceros y buques tanque, cuyos motores queman combustible a pocos cientos de "
     "metros de las viviendas de los cerros. Desde 2020 el combustible de los buques no puede "
     "superar el 0,50 % de azufre, salvo que la nave lleve un depurador de gases de escape, pero "
     "casi no se toman muestras de combustible ni se miden las emisiones, y no se sabe cuántos "
     "buques descargan en la bahía el agua de lavado de depuradores de circuito abierto. La "
     "autoridad marítima, con el ministerio del medio ambiente, solicita apoyo para formar "
     "inspectores en el muestreo y análisis de combustible, equipar un laboratorio, probar la "
     "medición de penachos con drones, estudiar el efecto del agua de lavado sobre la calidad "
     "del agua y los sedimentos de las bahías, y evaluar si conviene restringir los depuradores "
     "de circuito abierto en aguas interiores. Pide además un inventario de emisiones "
     "portuarias.",
     ("emisiones de buques", "azufre", "depuradores de gases de escape", "fiscalización portuaria",
      "calidad del aire"),
     ("CL",), "2024-09"),
)  # fmt: skip
