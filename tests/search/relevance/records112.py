"""Clearing-house records of the hundred-and-twelfth judged relevance set
(tests/search/relevance/queries112.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemicals, health and
enforcement pages on insecticide chalk (the seizures and poison control calls of the Chinese chalk
sold in California; a need to take the craies insecticides, the « craie chinoise », off the markets
of Dakar in Senegal; a Mexican guide on the gis chino, the gis mata cucarachas of the tianguis);
pollution pages on car wash wastewater (the roadside washing bays on Kampala's Nakivubo channel in
Uganda; a Quebec guide on the lave-autos and the lave-o-thons; a dataset of the autolavados of
Monterrey during the 2022 drought in Mexico); waste pages on fallen stock, the disposal of dead farm
animals (composting livestock mortalities on farms of the American Midwest; the équarrissage of the
animaux trouvés morts in France; the muladares, the SANDACH rules and the vultures of Aragón in
Spain); trade and enforcement pages on counterfeit and adulterated fertilisers (Kenya's 2024 subsidy
scandal; a project against the engrais frelatés sold to the cotton and cereal growers of Burkina
Faso; a dataset of the urea and abonos of the Peruvian highlands, some smuggled from Bolivia); waste
and marine litter pages on aquaculture plastic waste (the styrofoam buoys of the oyster and seaweed
farms of the Republic of Korea; the poches à huîtres and collecteurs of the déchets conchylicoles of
the Charente-Maritime; a need to clear the plumavit of the mussel and salmon farms from the beaches
of Chiloé in Chile); energy pages on heat from mine water (the Gateshead mine water heat network in
England; the flooded mines and géothermie minière of the Nord-Pas-de-Calais coalfield; the agua de
mina of the pozo Barredo heating the campus and hospital of Mieres in Asturias); energy and
pollution pages on reservoir sediment flushing (the coordinated flushing of the Dashidaira and
Unazuki dams on the Kurobe River in Japan; a public meeting on the chasses of the Haut-Rhône dams
from Verbois to Génissiat, France and Switzerland; a need to monitor the purgas de sedimentos of the
Cachí reservoir on the Reventazón in Costa Rica); enforcement pages on noise cameras against loud
vehicles (the noise cameras of New York City; the radars sonores tried out in eight French
communities; a need for radares acústicos against the escape libre of the motorcycles of the Aburrá
valley in Colombia); enforcement and marine pollution pages on illegal oil discharges from ships
(aerial and CleanSeaNet surveillance of the Baltic Sea; the dégazages sauvages prosecuted at Brest
in France; a need for satellite detection of the vertidos de sentinas off Patagonia in Argentina);
and waste pages on expired marine distress flares (a British guide to out-of-date flares; a French
offer to take back the feux de détresse périmés at shipchandlers; a need to collect the bengalas
caducadas of the Galician fishing fleet in Spain). English, French and Spanish, 10 records each,
every topic written once in each language (different countries, projects and angles, not
translations of one text).

None of records.py, records3.py, ..., records111.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (chalk, craie, tiza, gis, gis chino, Chinese chalk, insecticide
chalk, cockroach, roach, cafard, blatte, cucaracha, pyrethroid, pyréthrinoïde, piretroide,
deltamethrin, unregistered, non homologué, sin registro, illegal pesticide; car wash, carwash,
washing bay, vehicle wash, lave-auto, lavage auto, station de lavage, autolavado, lavadero, lavado
de autos, lavado de carros, lavacoches, oil interceptor, séparateur, trampa de grasa; fallen stock,
dead livestock, carcass, cadavre, cadáver, animaux morts, animales muertos, ganado muerto, reses
muertas, rendering, knacker, équarrissage, muladar, necrófaga, nécrophage, carrion, carroña,
charogne, by-product, sous-produit, subproducto, SANDACH; fertiliser, fertilizer, engrais,
fertilizante, abono, urea, urée, NPK, fake, counterfeit, contrefaçon, falsificado, adulterated,
frelaté, adulterado, bamba; polystyrene, polystyrène, poliestireno, styrofoam, plumavit, icopor,
unicel, buoy, bouée, boya, flotteur, flotador, conchyliculture, conchylicole, ostréiculture,
mytiliculture, mitilicultura, oyster farm, mussel farm, seaweed farm, pearl farm, perliculture,
salmonicultura, aquaculture waste, marine litter, déchets marins, basura marina; mine water,
minewater, eau de mine, exhaure, agua de mina, flooded mine, ennoyé, inundada, mine workings,
galerías, geothermal, géothermie, geotermia, Barredo, Gateshead, Heerlen; sediment flushing,
reservoir flushing, chasse, vidange, dégravoiement, purga, desembalse, vaciado, compuertas,
sedimentation, sédimentation, sedimentación, envasement, silt, turbidity, turbidité, turbidez,
Génissiat, Verbois, Cachí, Reventazón, Kurobe; noise camera, radar, radar sonore, radar acústico,
sonómetro, sound meter, sonomètre, muffler, silencieux, silenciador, exhaust, échappement, escape
libre, loud, bruyant; oil discharge, bilge, eaux de cale, sentina, slick, nappe, mancha, dégazage,
rejet illicite, empetrolado, oiled, mazouté, CleanSeaNet, MARPOL, Polmar, HELCOM; flare, fusée, feux
de détresse, bengala, fumigène, fumígena, pyrotechnic, pyrotechnie, pirotecnia, distress, chandler,
plaisance). Screened and dropped as covered: potassium bromate in bread and konzo with the cyanide
of bitter cassava, both first chosen for this set and given up because records110.py, written at the
same time, took them (el01-el03, el04-el06), the perchloroethylene of dry cleaners (k29),
isocyanates in car body shops (dx17), counterfeit and smuggled pesticides (cb16-cb18), mosquito
coils (bc19-bc21), boric acid roach killers and slime (eh17, eh18), calabash chalk and edible clays
(ct10-ct12), olive mill by-products (bg10-bg12), sail cargo (cj19-cj21), cobalt-60 in scrap metal
(cd01-cd03), coal and petroleum coke dust at bulk terminals (dj16, ed16-ed18), leaf blowers
(cv07-cv09), noise maps and noise meters (w13-w15), used insecticidal bed nets (ba28-ba30), chlorine
dioxide sold as a cure (br07), metaldehyde slug pellets (by07), copper in vineyards (dz02), Agent
Orange (dv07, dv08), electricity theft (dv13), orphan wells (dv01, dv02), diethylene glycol in
syrups (bk01), inhalants and petrol sniffing (db04-db06), nitrous oxide canisters and anaesthetic
gases (cj04-cj06, cf25, cf26), GM flax (cx22, cx23), GM bentgrass (dp16), the smuggled petrol called
kpayo (ca08), port reception facilities for ship waste (cl25-cl27), sulphur in ship exhaust
(cb28-cb30), ship-to-ship oil transfers (ed28-ed30), containers lost at sea (ef10-ef12), derelict
and end-of-life boats (dh16-dh18), fishmeal factories (dl19-dl21), fish smoking ovens (bx10, bx11)
and radon (bz07-bz09), besides the topics of sets 42 to 109 and those their docstrings list as
covered, and the topics of records110.py and records111.py; screened with no or passing hits but not
chosen: the chemicals used against sea lice on salmon farms (next to the salmon farming pages k03
and bs06), ackee poisoning (no hit, no clearing-house page), sewage heat recovery (no hit, but too
near this set's mine water heat and the waste heat pages), iron ore dust at ore ports (next to the
coal and coke dust pages), the multifunctional platforms of West African villages (no hit, no
Spanish-language page), unapproved GM rice in trade (next to z21), chlorate residues in food
(passing) and insecticide chalk's neighbour, the rodenticide sold as tres pasitos (no hit, but near
the rodenticide pages).

The nearest are judged 1: the need for anthrax surveillance in the cattle of the Salado basin of
Buenos Aires (bz15, Argentina), which asks to map where dead animals were buried, to pay for their
incineration and to tell farmers not to open or butcher cattle found dead, to the plain fallen stock
queries (not to those that name a country, Aragón or a record type); and the dataset of pearl
farming in French Polynesia whose title and subjects name the déchets perlicoles, the ropes, plastic
collectors and buoys left on the lagoon floor (cq26), to the plain aquaculture waste queries (not to
the styrofoam buoy query, nor to the need query). All the other hits are passing or about other
things: the calabash chalk and edible clays eaten in pregnancy (ct10-ct12), the mothballs, boric
acid roach killers, bed bug insecticides and unregistered mosquito coils (bp07, eh18, cp13, cp14,
bc20), and the counterfeit pesticides of cb16-cb18 (cb17 in Burkina Faso, cb18 in Peru, with the
agroquímicos bamba that are pesticides, not fertilisers); the laundries and phosphate-free powders
of the Pátzcuaro lavaderos (eb06); the anthrax carcasses of hippos and wildlife (bz13, bz14), the
wild boar carcasses of African swine fever (bn13), the birds picked up in botulism outbreaks
(ca13-ca15), the vulture restaurants of the diclofenac page (x10) and the slaughterhouse waste pages
(bi07-bi09), none of them about dead farm animals; the cadmium of phosphate fertilisers and the
perchlorate of Chilean fertilisers (el09-el12), the nitrogen fertiliser guide (k06) and the
fertilisers of the carbon border adjustment workshop (cd20); the styrofoam food boxes (bx07-bx09),
the pearl farming case study that names old ropes and buoys cleaned from a lagoon among other
measures (cq25), the seaweed farms (bv28, bv29) and the ghost nets (v19-v21); the mine water pumped
into the rivers of Ida-Viru (dx01), the closed mines of Gardanne and Peru (cb23, bz18), the acid
mine drainage pages (j04-j06) and the geothermal power plants (dp04-dp06); the siltation and
dredging behind the Rance tidal barrage (ch05), the dredged sediments (dp10-dp12), the dam removal
page (m25) and the methane of reservoirs (dt13-dt15); the noise meters of Lima (w15), the noise map
of Cairo (w13), the leaf blowers (cv07-cv09), the roadside remote sensing of vehicle emissions
(dl10) and the AdBlue emulators and défapage of records110.py (el25-el27), which name no noise; the
port reception facilities that receive bilge water (cl25-cl27), the sheens seen on radar around
ship-to-ship transfers (ed28-ed30) and the oil spill contingency and Wakashio pages (k07-k09); and
the flares named among the hazardous waste of end-of-life boats (dh17), among the sources of
perchlorate (el07), among the pyrotechnics that scare birds from airports (em28-em30) and the
fireworks pages (u19-u21). No earlier record is about insecticide chalk, car wash wastewater,
counterfeit fertilisers, mine water heat, reservoir sediment flushing, noise cameras, illegal oil
discharges from ships or expired marine flares.

records110.py (ids el01..el30, on potassium bromate, konzo, perchlorate, cadmium in phosphate
fertilisers, hair clippings, marine seismic surveys, solar irrigation pumps, gene-edited
PRRS-resistant pigs, vehicle emissions tampering and cargo bikes) and records111.py (ids em01..em30,
on basking sharks, bluefin tuna, coqui frogs, morels, annatto, leaf-cutter ants, seed balls, gars,
sperm whales and bird strikes at airports), written at the same time by two other engineers, were
searched for the same words once they were finished (with their queries110.tsv and queries111.tsv):
their hits are only those named above (el07, el09-el12, el25-el27, em28-em30), and none of their
records answers a query of this set. records113.py (ids eo..), written at the same time by another
engineer on biodiversity topics, is not part of this set's pool.

Traps: the mothballs, roach products, swap meets and blackboard chalk of en01 (0 to mothballs); the
punaises de lit, moustiquaires imprégnées and centre antipoison of en02 (0 to bed bugs, bed nets and
poison centres); the chinches, cebos and raticidas of en03 (0 to rodenticides); the boda bodas, Lake
Victoria, drinking-water intake, flooding and plastic waste of en04 (0 to motorcycle taxis); the
sels de déglaçage, phosphates and neiges usées of en05 (0 to road salt and phosphate detergents);
the drought, presas, pipas de agua and treated wastewater of en06 (0 to drought and water reuse);
the rendering trucks, compost, reportable diseases and barn fires of en07 (0 to composting); the
vache folle, fièvre catarrhale ovine, influenza aviaire, canicule and cimenteries of en08 (0 to
bluetongue and co-processing); the buitres, quebrantahuesos, diclofenaco and envenenamiento of en09
(0 to vultures, veterinary diclofenac and poisoned baits); the maize, mobile money and counterfeit
seed of en10; the coton, douanes, contrebande and pesticides non homologués of en11 (0 to
counterfeit pesticides); the guano de islas, the sal and cal and the contrabando from Bolivia of
en12 (0 to guano); the seaweed farms, seabirds and derelict fishing nets of en13 (0 to seaweed
farming and ghost nets); the coquilles d'huîtres, tempêtes and granulés plastiques of en14 (0 to
plastic pellets); the salmones, chungungos, redes loberas and floración de algas nocivas of en15 (0
to salmon farming and harmful algal blooms); the ochre, solar farm and gas boilers of en16 (0 to
acid mine drainage); the grisou, terrils and affaissements of en17 (0 to coal mine methane); the
transición justa and centrales térmicas of en18 (0 to just transition); the fisheries, eroding
coast, bypass tunnels and dam removal of en19 (0 to dam removal); the frayères, prises d'eau potable
and inondations of en20; the rafting, camarones de río, cafetales and potreros of en21 (0 to
coffee); the modified mufflers, 311 complaints, construction noise and barking dogs of en22 (0 to
emissions tampering); the pots d'échappement modifiés, cartes de bruit and murs antibruit of en23 (0
to noise maps and emissions tampering); the sonómetros portátiles, calidad del aire and pico y placa
of en24 (0 to noise meters and traffic restrictions); the tank washings and accidental groundings
and collisions of en25; the Erika, the Prestige and the douanes of en26 (0 to oil spills); the
pingüinos de Magallanes, calamar and pesca ilegal of en27 (0 to penguins and illegal fishing); the
fireworks, electronic distress lights and beacons of en28 (0 to fireworks); the bateaux hors
d'usage, déchèteries and armuriers of en29 (0 to end-of-life boats); and the fuegos artificiales,
percloratos, cofradías and redes de pesca en desuso of en30 (0 to fireworks, perchlorate and ghost
nets). For the country and exclusion queries: en01 names only the United States; en02 only Senegal
(and the Comité sahélien des pesticides); en03 only Mexico; en04 only Uganda; en05 only Canada
(Quebec); en06 only Mexico; en07 only the United States; en08 only France; en09 only Spain (Aragón,
with Cataluña and Navarra, and the European rules); en10 only Kenya; en11 only Burkina Faso (and
unnamed neighbouring countries); en12 Peru (and Bolivia as the origin of smuggled urea); en13 only
the Republic of Korea; en14 only France; en15 only Chile; en16 only the United Kingdom (England);
en17 France (and the Netherlands and the United Kingdom for comparison); en18 only Spain; en19 only
Japan; en20 France and Switzerland; en21 only Costa Rica; en22 only the United States; en23 only
France; en24 only Colombia; en25 the nine coastal states of the Baltic Sea (Denmark, Estonia,
Finland, Germany, Latvia, Lithuania, Poland, Russia and Sweden, which its text calls the coastal
states of the Helsinki Commission); en26 only France; en27 only Argentina; en28 only the United
Kingdom; en29 only France; en30 only Spain.

Ids (en01..en30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., ek01..ek30,
el01..el30, em01..em30), and no earlier id starts with "en".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- insecticide chalk -----------------------------------------------------------------------
    ("en01", "dataset", "en",
     "Illegal insecticide chalk: seizures, stop-sale orders and poison control calls in "
     "California, 2014-2024",
     "Insecticide chalk, sold under names such as Miraculous Insecticide Chalk and often called "
     "Chinese chalk, is a stick of white chalk laced with pyrethroids such as deltamethrin or "
     "cypermethrin that people draw across floors and counters to kill cockroaches and ants. It "
     "is not registered as a pesticide in the United States, its labels are often only in "
     "Chinese, and because it looks like blackboard or sidewalk chalk, toddlers put it in their "
     "mouths and suffer vomiting, drooling and, rarely, seizures. This dataset, compiled by the "
     "state pesticide regulation department with county agricultural commissioners and the state "
     "poison control system, lists for each year the inspections of discount stores, swap meets, "
     "grocery shops and online sellers, the chalk seized, the stop-sale orders and fines, and the "
     "calls to poison control about chalk by age of the person exposed and symptoms. It also "
     "records the brands found and the laboratory results on their active ingredients. Mothballs "
     "and other unregistered roach products seized in the same shops are counted separately.",
     ("insecticide chalk", "unregistered pesticides", "child poisoning", "pyrethroids",
      "enforcement"),
     ("US",), "2024-11"),
    ("en02", "need", "fr",
     "Besoin : retirer des marchés de Dakar les craies insecticides et les autres anti-cafards "
     "non homologués",
     "Sur les marchés de Dakar, de Pikine et de Thiès, des vendeurs ambulants proposent des "
     "craies blanches vendues comme « craie chinoise », dont un trait sur le sol ou sur le mur "
     "doit tuer les cafards, les fourmis et les punaises de lit. Ces craies contiennent des "
     "insecticides pyréthrinoïdes et ne sont homologuées ni au Sénégal ni par le Comité sahélien "
     "des pesticides, et leur emballage, souvent en chinois, n'indique ni la composition ni les "
     "précautions. Le centre antipoison a reçu des appels pour des enfants qui en avaient sucé ou "
     "croqué, les prenant pour des craies d'écolier. Le ministère de l'environnement, avec la "
     "direction de la protection des végétaux et le centre antipoison, demande un appui pour "
     "analyser les craies saisies, former les agents de contrôle et des douanes à les "
     "reconnaître, organiser des saisies avec les grossistes et informer à la radio, en wolof et "
     "en français, les mères et les écoles. Les moustiquaires imprégnées, distribuées par un "
     "autre programme, ne sont pas concernées.",
     ("craies insecticides", "pesticides non homologués", "intoxications des enfants", "marchés",
      "besoins"),
     ("SN",), "2024-03"),
    ("en03", "document", "es",
     "Gis para cucarachas: guía para familias, escuelas y comerciantes sobre el gis chino "
     "insecticida",
     "En tianguis, mercados y tiendas de la Ciudad de México, Puebla y Guadalajara se vende un "
     "gis blanco que promete acabar con cucarachas, hormigas y chinches con solo pintar una raya "
     "en el piso: es el llamado gis chino o gis mata cucarachas, un insecticida en forma de tiza "
     "que contiene piretroides como la deltametrina y que no tiene registro sanitario para su "
     "venta en México. Esta guía, preparada por la autoridad sanitaria federal con los centros de "
     "información toxicológica, explica por qué es peligroso: parece un gis escolar, los niños "
     "pequeños lo chupan o se lo comen, y las etiquetas en otro idioma no dicen qué contiene ni "
     "qué hacer en caso de intoxicación. Enseña a reconocerlo, describe los síntomas (vómito, "
     "salivación y, en casos graves, convulsiones), indica a qué número llamar, y recuerda a los "
     "comerciantes que venderlo puede acarrear el decomiso y multas. Propone alternativas más "
     "seguras contra las cucarachas, como los cebos en estaciones cerradas. Los raticidas son "
     "objeto de otra guía.",
     ("gis insecticida", "plaguicidas ilegales", "intoxicaciones infantiles", "cucarachas",
      "guías"),
     ("MX",), "2023-09"),
    # --- car wash wastewater ---------------------------------------------------------------------
    ("en04", "case-study", "en",
     "Car washes on the Nakivubo channel: cleaning up Kampala's roadside washing bays",
     "Hundreds of roadside car washes, many of them run by young men with a pressure pump, a "
     "hosepipe and a plot beside a drainage channel, wash Kampala's minibus taxis, boda bodas and "
     "private cars every day. Their water, loaded with detergent, engine oil, grease, brake dust "
     "and mud, runs untreated into the Nakivubo channel and the wetlands that filter the city's "
     "runoff before it reaches Murchison Bay of Lake Victoria, near the intake of the capital's "
     "drinking water. This case study follows a three-year effort by the city authority and the "
     "national environment agency with washers' associations: registering the washes, moving some "
     "away from the channels, building shared bays with silt traps and oil interceptors, testing "
     "water recycling and replacing tap water with harvested rainwater. It discusses evictions, "
     "washers' incomes, the cost of the equipment, the fees for discharge permits and the change "
     "in oil and detergent levels downstream. Flooding in the channel and the city's plastic "
     "waste are discussed only as background.",
     ("car washes", "wastewater", "oil interceptors", "informal sector", "water pollution"),
     ("UG",), "2024-04"),
    ("en05", "document", "fr",
     "Lave-autos : guide de bonnes pratiques pour l'eau et les eaux usées à l'intention des "
     "municipalités du Québec",
     "Au Québec, les lave-autos automatiques, les baies de lavage libre-service et les "
     "lave-o-thons organisés par les écoles et les clubs sportifs consomment beaucoup d'eau "
     "potable, et leurs eaux de lavage chargées de savons, d'huiles, de métaux, de sable et de "
     "sels de déglaçage finissent à l'égout ou, pire, dans les puisards pluviaux qui se déversent "
     "directement dans les ruisseaux. Ce guide, publié par le ministère de l'Environnement avec "
     "une association de municipalités, propose un modèle de règlement municipal : recyclage "
     "obligatoire d'une partie de l'eau dans les lave-autos commerciaux, dessableurs et "
     "séparateurs eau-huile entretenus et vidangés, raccordement au réseau d'égout sanitaire, "
     "produits sans phosphates et interdiction du lavage des véhicules lourds sur la voie "
     "publique. Il explique aussi comment organiser un lave-o-thon sans polluer, avec une trousse "
     "qui bouche les grilles d'égout pluvial et pompe l'eau vers l'égout sanitaire. Les neiges "
     "usées des stationnements font l'objet d'un autre guide.",
     ("lave-autos", "eaux usées", "séparateurs eau-huile", "règlement municipal",
      "lignes directrices"),
     ("CA",), "2023-06"),
    ("en06", "dataset", "es",
     "Autolavados de la zona metropolitana de Monterrey: consumo de agua, inspecciones y "
     "restricciones durante la sequía, 2021-2024",
     "Durante la sequía de 2022, cuando las presas que abastecen a Monterrey casi se vaciaron y "
     "muchas colonias recibían agua unas pocas horas al día, los autolavados fueron de los "
     "primeros negocios obligados a cerrar o a usar agua tratada. Este conjunto de datos, reunido "
     "por el organismo operador del agua con la secretaría estatal del medio ambiente, registra "
     "los autolavados de los municipios del área metropolitana: ubicación, tipo (túnel "
     "automático, lavado a mano, a domicilio o lavado en seco sin agua), origen del agua (red, "
     "pozo, pipa o agua residual tratada), consumo mensual estimado, existencia de trampas de "
     "grasas y de un sistema de recirculación, inspecciones, multas y clausuras. Muestra cómo "
     "muchos pasaron al lavado ecológico con poca agua y cómo algunos siguieron operando con "
     "pipas de origen dudoso. Las descargas al drenaje se comparan con los límites de la norma de "
     "aguas residuales. Los talleres mecánicos vecinos no se incluyen.",
     ("autolavados", "lavado de autos", "ahorro de agua", "sequía", "aguas residuales"),
     ("MX",), "2024-08"),
    # --- fallen stock ----------------------------------------------------------------------------
    ("en07", "document", "en",
     "Composting livestock mortalities on the farm: a guide for dairy, beef and hog producers",
     "Every livestock farm has animals that die of disease, accident or old age, and the "
     "carcasses must be dealt with quickly to stop the spread of disease, keep scavengers away "
     "and protect wells and streams. Rendering trucks no longer serve many rural counties of the "
     "Midwest, burial is forbidden where groundwater is shallow, and incineration is costly. This "
     "guide, written by a state university extension service with the state department of natural "
     "resources, explains how to compost fallen stock in bins or windrows on a bed of wood chips, "
     "sawdust or corn stalks: siting away from wells and flood plains, the balance of carbon and "
     "nitrogen, keeping temperatures above 55 °C, turning, and how the finished compost may be "
     "spread on cropland. It sets out the state rules on disposal within 24 hours, and when to "
     "call the veterinarian because an animal may have died of a reportable disease. Mass "
     "mortalities after a disease outbreak or a barn fire need emergency plans not covered here.",
     ("fallen stock", "carcass disposal", "mortality composting", "livestock farms", "guidance"),
     ("US",), "2023-09"),
    ("en08", "dataset", "fr",
     "Équarrissage : tonnages d'animaux trouvés morts collectés dans les élevages français, "
     "2010-2024",
     "En France, les cadavres des animaux morts en élevage doivent être enlevés par un "
     "équarrisseur dans les deux jours qui suivent l'appel de l'éleveur : ils ne peuvent être ni "
     "enterrés ni brûlés à la ferme, sauf dérogation dans certaines zones de montagne. Ce jeu de "
     "données, publié par le ministère de l'agriculture à partir des déclarations des sociétés "
     "d'équarrissage, donne par année, par département et par espèce le nombre et le tonnage de "
     "bovins, ovins, caprins, porcs, volailles et équidés collectés, les délais d'enlèvement, le "
     "nombre d'éleveurs adhérents aux associations des filières qui financent le service, et les "
     "tonnages de sous-produits de catégorie 1 et 2 transformés en farines et en graisses. Il "
     "retrace le passage du service public de l'équarrissage, créé après la crise de la vache "
     "folle, à un financement par les filières, et montre les pics de mortalité de la canicule de "
     "2003, des épizooties de fièvre catarrhale ovine et des vagues d'influenza aviaire. Les "
     "farines sont brûlées en cimenterie ou en chaudière.",
     ("équarrissage", "animaux trouvés morts", "sous-produits animaux", "élevage", "données"),
     ("FR",), "2024-12"),
    ("en09", "case-study", "es",
     "Muladares y ganado muerto: de la prohibición tras las vacas locas a la alimentación de los "
     "buitres en Aragón",
     "Durante siglos los pastores del Pirineo y del valle del Ebro dejaron las reses muertas en "
     "el muladar, donde las comían los buitres leonados, los alimoches y los quebrantahuesos. "
     "Tras la crisis de las vacas locas, la normativa europea sobre subproductos animales no "
     "destinados al consumo humano (SANDACH) obligó a retirar los cadáveres de las explotaciones "
     "y llevarlos a plantas de transformación, con un seguro agrario que paga la recogida, y "
     "muchos muladares se cerraron. Este estudio de caso analiza cómo Aragón pasó de ese sistema "
     "a autorizar de nuevo el abandono de ganado muerto en zonas de protección para la "
     "alimentación de especies necrófagas y en muladares vallados: qué explotaciones de ovino "
     "extensivo pueden hacerlo, cómo se controlan los medicamentos veterinarios y las "
     "enfermedades, cuánto se ahorra en recogida y qué pasó con los ataques de buitres a ganado "
     "vivo que denunciaron los ganaderos. Compara el caso con Cataluña y Navarra. El "
     "envenenamiento de carroñas y el diclofenaco se tratan en otras fichas.",
     ("cadáveres de ganado", "SANDACH", "muladares", "aves necrófagas", "estudios de caso"),
     ("ES",), "2024-03"),
    # --- counterfeit fertilisers -----------------------------------------------------------------
    ("en10", "case-study", "en",
     "Fake fertiliser in a subsidy programme: what Kenya's 2024 scandal taught about testing and "
     "traceability",
     "In 2023 Kenya began selling subsidised fertiliser to registered farmers through the depots "
     "of its cereals board, paid for by mobile money. Early in 2024 farmers in several counties "
     "of the Rift Valley and western Kenya complained that bags of a subsidised planting "
     "fertiliser would not dissolve and did nothing for their maize; tests found far less "
     "phosphorus and nitrogen than the label claimed, and some bags held little more than ground "
     "stone. This case study follows what came next: the recall and replacement of the bags, the "
     "suspension of officials at the standards bureau, arrests of suppliers, parliamentary "
     "hearings and court cases, and the losses of farmers who had already planted. It then looks "
     "at the weaknesses that let substandard fertiliser in: certification based on papers rather "
     "than samples, too few inspectors, no batch numbers on bags and repackaging in unlicensed "
     "stores. The reforms include random sampling at depots, codes on bags that farmers can check "
     "by text message. Counterfeit seed is mentioned but not studied.",
     ("fake fertiliser", "substandard fertilisers", "agricultural inputs", "enforcement",
      "case studies"),
     ("KE",), "2024-11"),
    ("en11", "project", "fr",
     "Contrôler la qualité des engrais vendus aux producteurs de coton et de céréales du Burkina "
     "Faso",
     "Au Burkina Faso, les producteurs de coton, de maïs et de riz se plaignent depuis des années "
     "d'engrais frelatés : sacs d'urée mouillée puis séchée en blocs, NPK dont le sable ou "
     "l'argile remplacent une partie des éléments nutritifs, sacs réétiquetés ou reconditionnés "
     "dans des arrière-boutiques, engrais de contrebande venus des pays voisins sans "
     "homologation. Ce projet, conduit par la direction des intrants agricoles avec l'institut de "
     "recherche agricole, un réseau régional sur les engrais et les organisations paysannes, "
     "équipe un laboratoire national d'analyse des engrais et quatre laboratoires mobiles, forme "
     "des inspecteurs et des agents des douanes au prélèvement, tient un registre des "
     "distributeurs agréés et publie les résultats des contrôles sur les marchés de "
     "Bobo-Dioulasso, de Fada N'Gourma et de Ouahigouya. Il aide les coopératives à reconnaître "
     "un engrais de mauvaise qualité et à porter plainte. Les pesticides non homologués, "
     "contrôlés par un autre comité, ne sont pas concernés.",
     ("engrais frelatés", "contrôle de la qualité des engrais", "intrants agricoles", "inspection",
      "projets"),
     ("BF",), "2024-02"),
    ("en12", "dataset", "es",
     "Fertilizantes adulterados y de contrabando en la sierra del Perú: muestras de urea y de "
     "abonos compuestos, 2021-2024",
     "Cuando en 2021 y 2022 el precio de la urea se triplicó y faltó en el mercado, circularon en "
     "Puno, Cusco, Junín y Huánuco urea de contrabando traída de Bolivia, sacos rellenados con "
     "sal o con cal y abonos compuestos con menos nitrógeno, fósforo y potasio de lo que decía la "
     "etiqueta. Este conjunto de datos, elaborado por la autoridad de sanidad agraria con un "
     "laboratorio universitario de suelos, reúne las muestras tomadas en tiendas agropecuarias, "
     "ferias y almacenes: producto declarado, marca, registro, lugar de compra, contenido real de "
     "nitrógeno, fósforo, potasio y humedad, impurezas, y la sanción o el decomiso que siguió. "
     "Más de una de cada cinco muestras no cumplía la garantía declarada. Las notas explican cómo "
     "reconocer la urea adulterada, resumen el programa estatal de compra de fertilizantes de "
     "2022 y recomiendan rotular los sacos con un código de lote. El guano de islas, vendido por "
     "otro programa, se analizó aparte.",
     ("fertilizantes adulterados", "urea", "contrabando", "control de calidad",
      "insumos agrícolas"),
     ("PE",), "2024-07"),
    # --- aquaculture plastic waste ---------------------------------------------------------------
    ("en13", "project", "en",
     "Swapping styrofoam buoys for sturdier floats on the oyster and seaweed farms of Korea's "
     "south coast",
     "Along the southern coast of the Republic of Korea, oyster, mussel and seaweed farms hang "
     "their longlines from millions of white expanded polystyrene buoys, which break down in sun "
     "and waves into beads and fragments that cover beaches and islands and are swallowed by fish "
     "and seabirds. Beach litter surveys found styrofoam from aquaculture to be the largest item "
     "by volume. This project, led by the national fisheries ministry with the coastal provinces, "
     "fishers' cooperatives and a marine litter research institute, pays farmers to replace "
     "expanded polystyrene buoys with floats of hard plastic or coated foam, sets up collection "
     "points and compactors at fishing ports, and supports the ban on new polystyrene buoys in "
     "aquaculture. It monitors the number of buoys swapped, the quantities collected and melted "
     "into ingots for recycling, and the styrofoam counted on reference beaches, and asks farmers "
     "to mark their gear. Derelict fishing nets, the subject of a separate buy-back programme, "
     "are mentioned only for comparison.",
     ("aquaculture waste", "styrofoam buoys", "marine litter", "expanded polystyrene",
      "oyster farming"),
     ("KR",), "2024-05"),
    ("en14", "dataset", "fr",
     "Déchets conchylicoles : poches à huîtres, collecteurs et cordages ramassés sur le littoral "
     "de la Charente-Maritime, 2015-2024",
     "Sur les côtes de la Charente-Maritime, du bassin de Marennes-Oléron à l'île de Ré, "
     "l'ostréiculture et la mytiliculture utilisent des poches en plastique, des collecteurs de "
     "naissain en tubes et en coupelles, des élastiques, des tables, des pieux et des cordages, "
     "dont une partie se perd lors des tempêtes ou reste abandonnée sur l'estran. Ce jeu de "
     "données, tenu par le comité régional de la conchyliculture avec le parc naturel marin et "
     "des associations, rassemble les opérations de ramassage sur les parcs abandonnés et sur les "
     "plages : date, site, nombre de bénévoles et de professionnels, poids et nombre de poches, "
     "de collecteurs, d'élastiques et de cordages, part des déchets recyclés. Il donne aussi les "
     "tonnages apportés aux points de collecte des ports ostréicoles et les friches conchylicoles "
     "nettoyées. Les notes décrivent la filière de recyclage des poches et l'essai de collecteurs "
     "biodégradables. Les coquilles d'huîtres, valorisées en amendement, et les granulés "
     "plastiques trouvés sur les mêmes plages sont suivis ailleurs.",
     ("déchets conchylicoles", "ostréiculture", "déchets marins", "poches à huîtres", "données"),
     ("FR",), "2024-10"),
    ("en15", "need", "es",
     "Necesidad: retirar el plumavit y los residuos de la acuicultura de las playas de Chiloé",
     "En el mar interior de Chiloé, los centros de cultivo de mejillones y de salmones usan boyas "
     "y flotadores de plumavit, como se llama en Chile al poliestireno expandido, además de "
     "cabos, redes loberas, bidones y mallas que, con los temporales, los malos anclajes y el "
     "abandono de centros, terminan en las playas y los humedales. Las juntas de vecinos y los "
     "pescadores artesanales denuncian playas cubiertas de perlitas de plumavit que los "
     "chungungos y las aves confunden con alimento. Una asociación de municipalidades del "
     "archipiélago, con la secretaría regional del medio ambiente y una universidad, solicita "
     "apoyo para cuantificar los residuos de la acuicultura en playas de referencia, identificar "
     "a las empresas responsables por las marcas de sus equipos, exigir el retiro de los "
     "flotadores de plumavit sin encapsular, instalar centros de acopio y reciclaje en Castro y "
     "Quellón y pagar a los recolectores locales. Pide además fiscalizar los centros abandonados. "
     "La floración de algas nocivas de 2016 no forma parte de esta solicitud.",
     ("residuos de la acuicultura", "plumavit", "basura marina", "mitilicultura", "necesidades"),
     ("CL",), "2024-06"),
    # --- mine water heat -------------------------------------------------------------------------
    ("en16", "project", "en",
     "Heat from flooded coal mines: the Gateshead mine water heat network",
     "Beneath the towns of Britain's former coalfields lie flooded mine workings whose water "
     "stays at a steady 12 to 20 °C all year, and about a quarter of homes stand above them. In "
     "Gateshead, in north-east England, the council's energy company pumps water at about 15 °C "
     "from old workings some 150 metres below the town centre, raises its temperature with large "
     "heat pumps and sends the heat through insulated pipes to council housing blocks, a leisure "
     "centre, offices and an art gallery, before the cooled water is returned to the mine. This "
     "project page, published with the public body that manages the legacy of coal mining, "
     "describes the boreholes, the heat pumps running partly on electricity from the council's "
     "solar farm, the carbon saved compared with gas boilers, the monitoring of water chemistry, "
     "and the licences needed to take heat from mine water. It lists other former coalfield towns "
     "now studying mine water heat. The ochre that polluted mine water leaves in rivers is "
     "treated elsewhere.",
     ("mine water heat", "geothermal energy", "district heating", "heat pumps",
      "former coalfields"),
     ("GB",), "2024-05"),
    ("en17", "dataset", "fr",
     "Eaux des mines ennoyées du bassin minier du Nord et du Pas-de-Calais : températures, débits "
     "et potentiel géothermique",
     "Depuis la fin de l'exploitation du charbon en 1990, les anciennes galeries et les puits du "
     "bassin minier du Nord et du Pas-de-Calais se sont remplis d'eau, et des stations de "
     "relevage pompent en permanence les eaux qui, sans elles, inonderaient les zones affaissées. "
     "Ce jeu de données, constitué par le service géologique national avec la région et l'agence "
     "de la transition écologique, rassemble pour chaque puits et chaque station les températures "
     "mesurées à différentes profondeurs, les débits pompés, la chimie de l'eau (fer, sulfates, "
     "salinité) et la distance aux bâtiments publics, aux cités minières et aux réseaux de "
     "chaleur. Il sert à repérer où la géothermie minière, avec des pompes à chaleur sur l'eau "
     "des mines, pourrait chauffer des écoles, des piscines et des logements, et rafraîchir des "
     "bâtiments en été. Les notes comparent le bassin avec Heerlen, aux Pays-Bas, et avec les "
     "projets du Royaume-Uni. Le grisou qui remonte des anciens travaux et les terrils sont "
     "documentés ailleurs.",
     ("géothermie minière", "eaux de mine", "réseaux de chaleur", "pompes à chaleur",
      "bassin minier"),
     ("FR",), "2024-09"),
    ("en18", "case-study", "es",
     "Calor del pozo Barredo: geotermia con agua de mina para el campus y el hospital de Mieres",
     "En las cuencas mineras de Asturias, el cierre de los pozos de carbón dejó galerías "
     "inundadas de las que la empresa pública minera sigue bombeando millones de metros cúbicos "
     "de agua al año para que no aneguen los valles. En Mieres, el agua que se bombea del pozo "
     "Barredo, a unos 20 °C, se aprovecha desde hace más de una década con bombas de calor para "
     "dar calefacción y agua caliente al campus universitario, a un edificio de investigación y "
     "al hospital comarcal, y para refrigerarlos en verano. Este estudio de caso, escrito con la "
     "empresa minera y la universidad, explica la instalación, los ahorros de gas y de emisiones, "
     "los costes y el mantenimiento de los intercambiadores frente a los lodos de hierro, y cómo "
     "la experiencia se extendió a una red de calor para viviendas y a otros pozos, como el "
     "Fondón en Langreo. Analiza también su papel en la transición justa de las comarcas mineras, "
     "sin detenerse en el cierre de las centrales térmicas de carbón.",
     ("geotermia", "agua de mina", "redes de calor", "bombas de calor", "cuencas mineras"),
     ("ES",), "2024-02"),
    # --- reservoir sediment flushing -------------------------------------------------------------
    ("en19", "case-study", "en",
     "Coordinated sediment flushing at the Dashidaira and Unazuki dams on the Kurobe River",
     "The Kurobe River, which falls steeply from the Northern Alps of Japan to Toyama Bay, "
     "carries so much gravel and sand that its reservoirs fill quickly. When the Dashidaira dam "
     "was flushed for the first time in 1991, after years of accumulation, the sediment released "
     "was black and foul-smelling, and fishers in the river and the bay reported dead fish and "
     "damage to their catches. This case study follows how the dam owner, the national river "
     "authority, the prefecture and the fishery cooperatives then agreed to flush every year "
     "during the first large floods of the rainy season, with the downstream Unazuki dam flushed "
     "at the same time, so that sediment moves in fresh, smaller loads as it would naturally. It "
     "looks at the monitoring of suspended solids, dissolved oxygen and riverbed levels, the "
     "advisory committee, the compensation paid to fishers and the effect on the sandy coast, "
     "which had been eroding. Sediment bypass tunnels and dam removal are mentioned only for "
     "comparison.",
     ("sediment flushing", "reservoir sedimentation", "hydropower dams", "fisheries",
      "case studies"),
     ("JP",), "2023-07"),
    ("en20", "event", "fr",
     "Réunion publique : la prochaine chasse des barrages du Haut-Rhône, de Verbois à Génissiat",
     "Tous les trois ans environ, les barrages genevois de Verbois et de Chancy-Pougny et le "
     "barrage français de Génissiat abaissent ensemble leur retenue pendant quelques jours pour "
     "évacuer vers l'aval les sédiments apportés par l'Arve, qui sinon relèveraient le lit du "
     "Rhône et aggraveraient les inondations à Genève. Ces chasses, appelées aussi abaissements "
     "partiels, envoient dans le fleuve des concentrations très élevées de matières en "
     "suspension, qui peuvent asphyxier les poissons et colmater les frayères, et obligent à "
     "surveiller les prises d'eau potable et industrielles jusqu'à Lyon. Cette réunion publique, "
     "organisée à Seyssel par la préfecture avec l'exploitant français, les services genevois et "
     "les fédérations de pêche, présente le calendrier de l'opération, les seuils de "
     "concentration à ne pas dépasser, les pêches de sauvegarde, le suivi de l'oxygène et des "
     "poissons morts, les restrictions de navigation et de baignade et le bilan de l'opération "
     "précédente. Les questions des pêcheurs et des riverains seront recueillies.",
     ("chasses de barrages", "sédiments", "hydroélectricité", "matières en suspension", "Rhône"),
     ("FR", "CH"), "2024-04"),
    ("en21", "need", "es",
     "Necesidad: monitoreo independiente de las purgas de sedimentos del embalse de Cachí en el "
     "río Reventazón",
     "El embalse de Cachí, en la provincia de Cartago, alimenta una de las plantas "
     "hidroeléctricas más antiguas de Costa Rica y recibe cada año grandes cantidades de "
     "sedimento de las laderas cultivadas de la cuenca alta del Reventazón. Para que no pierda "
     "capacidad, la empresa eléctrica estatal lo vacía periódicamente y abre las compuertas de "
     "fondo para purgar los lodos río abajo. Durante esas descargas, el agua del Reventazón se "
     "vuelve espesa y gris, mueren peces y camarones de río, las tomas de acueductos rurales y de "
     "riego se tapan y los operadores de rafting suspenden sus salidas. Un grupo de "
     "municipalidades, asociaciones administradoras de acueductos y la universidad estatal "
     "solicitan apoyo para instalar sensores de turbidez y de oxígeno disuelto río abajo, hacer "
     "muestreos biológicos antes y después de cada purga, publicar los datos en línea y negociar "
     "con la empresa calendarios y caudales que reduzcan el daño. Piden además estudiar la "
     "erosión de los cafetales y los potreros que llena el embalse.",
     ("purga de sedimentos", "embalses", "hidroeléctricas", "calidad del agua", "necesidades"),
     ("CR",), "2024-10"),
    # --- noise cameras ---------------------------------------------------------------------------
    ("en22", "dataset", "en",
     "Noise cameras on New York City streets: readings and summonses for loud vehicles, 2022-2024",
     "Noise is the most common complaint to New York City's 311 line, and much of it comes from "
     "cars and motorcycles with modified mufflers and drivers who rev their engines late at "
     "night. Since a pilot in 2022, the city's environmental protection department has placed "
     "noise cameras, sound meters linked to a camera that photographs the licence plate of any "
     "vehicle louder than the legal limit, at sites in all five boroughs chosen from residents' "
     "complaints. This dataset gives, for each camera site and month, the number of vehicles "
     "recorded above the limit, the peak sound levels, the hours of the day, the type of vehicle, "
     "the summonses mailed to owners and the fines paid, as well as the hearings at which owners "
     "contested them. It shows repeat offenders, and fewer loud passes at some sites after the "
     "cameras were announced. The state law on modified exhausts and the city council's decision "
     "to expand the programme are summarised. Construction noise and barking dogs are outside its "
     "scope.",
     ("noise cameras", "vehicle noise", "modified exhausts", "noise pollution", "enforcement"),
     ("US",), "2024-12"),
    ("en23", "project", "fr",
     "Radars sonores : expérimenter le contrôle automatique des deux-roues et des voitures trop "
     "bruyants",
     "Les motos et les voitures dont le pot d'échappement a été modifié, et les conducteurs qui "
     "font hurler leur moteur la nuit, sont l'une des premières sources de plaintes pour bruit "
     "dans les villes françaises et dans les vallées prisées des motards. La loi d'orientation "
     "des mobilités de 2019 a permis d'expérimenter des radars sonores capables de mesurer le "
     "bruit d'un véhicule qui passe et de photographier sa plaque. Ce projet, conduit par le "
     "ministère chargé de la transition écologique avec un observatoire régional du bruit et huit "
     "collectivités, dont Paris, Nice, Toulouse, Bron et des communes de la vallée de Chevreuse, "
     "installe des capteurs acoustiques équipés de micros et de caméras, les fait homologuer, "
     "puis fixe un seuil au-delà duquel une amende peut être envoyée. Il évalue la fiabilité de "
     "la localisation du véhicule bruyant, l'acceptation par les riverains et les motards et "
     "l'effet sur le bruit mesuré. Les cartes de bruit routier et les murs antibruit ne font pas "
     "partie du projet.",
     ("radars sonores", "bruit routier", "deux-roues motorisés", "pollution sonore", "projets"),
     ("FR",), "2024-06"),
    ("en24", "need", "es",
     "Necesidad: radares acústicos contra el escape libre de motos y carros en el valle de Aburrá",
     "En Medellín y los demás municipios del valle de Aburrá circulan más de un millón de motos, "
     "y muchas llevan escape libre, es decir, un tubo de escape modificado o sin silenciador, que "
     "los vecinos denuncian sobre todo de noche y los fines de semana en vías de montaña como Las "
     "Palmas. Los agentes de tránsito solo pueden sancionar el ruido con sonómetros portátiles, "
     "deteniendo uno por uno a los conductores, y los operativos son escasos. La autoridad "
     "ambiental metropolitana, con las secretarías de movilidad, solicita apoyo para instalar y "
     "validar radares acústicos, sonómetros fijos unidos a cámaras que leen las placas, en diez "
     "puntos críticos; definir con la normativa nacional el umbral y el procedimiento del "
     "comparendo; capacitar a los agentes, y diseñar campañas con los clubes de motociclistas y "
     "los talleres que venden los escapes. Pide además evaluar el efecto sobre las quejas "
     "ciudadanas. La calidad del aire y el pico y placa quedan fuera de esta solicitud.",
     ("radares acústicos", "escape libre", "ruido vehicular", "contaminación acústica",
      "necesidades"),
     ("CO",), "2024-09"),
    # --- illegal oil discharges from ships -------------------------------------------------------
    ("en25", "dataset", "en",
     "Illegal oil discharges from ships in the Baltic Sea: aerial surveillance and satellite "
     "detections, 1988-2023",
     "Ships may not discharge oily bilge water or tank washings into the Baltic Sea, a special "
     "area under Annex I of MARPOL, yet for years surveillance flights found hundreds of oil "
     "slicks a year along the main shipping routes. The coastal states of the Helsinki Commission "
     "fly coordinated surveillance aircraft equipped with side-looking radar, infrared and "
     "ultraviolet scanners, and since 2007 they also receive satellite radar images from the "
     "European CleanSeaNet service that flag possible spills within an hour of the satellite "
     "passing. This dataset gives, for each year and country, the hours flown, the satellite "
     "images received, the number of observed discharges and confirmed mineral oil spills, their "
     "estimated volume and position, and the polluters identified. Observed discharges fell from "
     "more than 700 in 1989 to fewer than 60 in recent years, most of them under one cubic metre. "
     "The notes explain how evidence from aircraft is used in prosecutions. Accidental spills "
     "from groundings and collisions are listed separately.",
     ("illegal oil discharges", "aerial surveillance", "satellite monitoring", "MARPOL Annex I",
      "Baltic Sea"),
     ("DK", "EE", "FI", "DE", "LV", "LT", "PL", "RU", "SE"), "2024-06"),
    ("en26", "case-study", "fr",
     "Dégazages sauvages : de l'image satellite à l'amende devant le tribunal de Brest",
     "Chaque année, des navires qui longent la Bretagne par la Manche et l'Atlantique vidangent "
     "en mer leurs eaux de cale huileuses ou leurs résidus de soutes plutôt que de les déposer au "
     "port : on parle couramment de dégazage, même s'il s'agit d'un rejet illicite "
     "d'hydrocarbures. Cette étude de cas retrace la chaîne qui permet de poursuivre ces "
     "pollutions volontaires : images radar des satellites du service européen CleanSeaNet reçues "
     "par le centre régional de surveillance et de sauvetage, vol de vérification de l'avion "
     "Polmar des douanes, prélèvements sur la nappe et à bord, déroutement du navire vers Brest, "
     "et procès devant la juridiction spécialisée du littoral, qui peut prononcer des amendes de "
     "plusieurs millions d'euros contre le capitaine et l'armateur. Elle analyse vingt ans de "
     "dossiers, la baisse du nombre de nappes détectées, la difficulté de poursuivre les navires "
     "étrangers sortis des eaux françaises et l'usage du produit des amendes. Les marées noires "
     "accidentelles de l'Erika et du Prestige ne sont citées que comme contexte.",
     ("dégazages sauvages", "rejets illicites d'hydrocarbures", "surveillance maritime",
      "pollution marine", "études de cas"),
     ("FR",), "2024-01"),
    ("en27", "need", "es",
     "Necesidad: detección satelital de vertidos de sentinas frente a la costa patagónica",
     "En los años ochenta y noventa, miles de pingüinos de Magallanes llegaban cada invierno "
     "empetrolados a las costas de Chubut, víctimas de los lavados de sentinas y de tanques de "
     "los buques que pasaban cerca de la costa; el problema disminuyó cuando se alejaron de la "
     "costa las rutas de los petroleros. Hoy preocupan los cientos de buques pesqueros "
     "extranjeros que pescan calamar en el borde de la zona económica exclusiva y los buques de "
     "carga que navegan hacia los puertos del sur, que pueden limpiar sentinas de noche, lejos de "
     "todo control. La Prefectura Naval y la secretaría de ambiente solicitan apoyo para acceder "
     "a imágenes de radar satelital con alertas de posibles manchas, cruzarlas con las señales de "
     "identificación automática de los buques para identificar al responsable, formar analistas y "
     "mejorar la toma de muestras que sirven de prueba en los sumarios. Piden también una red de "
     "voluntarios que registre las aves empetroladas en las playas. La pesca ilegal se trata en "
     "otra solicitud.",
     ("vertidos de hidrocarburos", "sentinas", "vigilancia satelital", "contaminación marina",
      "necesidades"),
     ("AR",), "2024-07"),
    # --- expired marine distress flares ----------------------------------------------------------
    ("en28", "document", "en",
     "Out-of-date marine flares: how boat owners can dispose of them safely",
     "Handheld red flares, parachute rockets and orange smoke signals are carried on yachts, "
     "fishing boats and motor cruisers to call for help, and they expire after three or four "
     "years, when their chemicals become less reliable and less stable. Every year thousands of "
     "expired pyrotechnics are kept in garages, thrown into household bins, dumped at sea or set "
     "off on beaches, and some have injured children, waste workers and beachcombers. Since the "
     "coastguard stopped taking them in, disposal in the United Kingdom has depended on a few "
     "chandlers, marinas and licensed waste contractors. This guidance, written by a boating "
     "safety charity with the coastguard and the waste industry, explains why expired flares are "
     "explosive hazardous waste, how to store and carry them, where the collection points and "
     "take-back schemes are and what they cost, and what to do with a flare found washed up on a "
     "beach. It also presents electronic distress lights and personal locator beacons as "
     "alternatives. Fireworks are not covered.",
     ("marine flares", "pyrotechnics", "hazardous waste", "boating safety", "guidance"),
     ("GB",), "2023-05"),
    ("en29", "support-source", "fr",
     "Offre : reprise gratuite des feux de détresse périmés de la plaisance chez les "
     "shipchandlers et dans les ports",
     "Les feux à main, fusées parachutes et fumigènes que les plaisanciers doivent avoir à bord "
     "deviennent dangereux une fois périmés, et leur élimination, longtemps laissée à quelques "
     "armuriers et à la marine, posait problème : beaucoup finissaient dans les poubelles ou dans "
     "les caves. L'éco-organisme de la filière des produits pyrotechniques de la plaisance, "
     "financé par une contribution sur les feux neufs, offre aux plaisanciers, aux pêcheurs de "
     "loisir et aux clubs nautiques la reprise gratuite de leurs feux de détresse périmés, quelle "
     "que soit leur marque. Ils peuvent les déposer chez plus de 400 shipchandlers et "
     "distributeurs partenaires, lors de collectes ponctuelles dans les ports de plaisance ou "
     "dans certaines déchèteries du littoral ; des transporteurs agréés les acheminent ensuite "
     "vers des sites qui les détruisent par incinération contrôlée. L'offre comprend une carte "
     "des points de dépôt, des affiches pour les capitaineries et une formation des vendeurs au "
     "stockage. Les bateaux hors d'usage relèvent d'une autre filière.",
     ("feux de détresse périmés", "produits pyrotechniques", "déchets dangereux", "plaisance",
      "offres"),
     ("FR",), "2024-04"),
    ("en30", "need", "es",
     "Necesidad: recoger y destruir las bengalas caducadas de la flota pesquera gallega",
     "Los barcos de pesca de Galicia deben llevar bengalas de mano, cohetes con paracaídas y "
     "señales fumígenas para pedir auxilio, y la administración marítima exige reemplazarlas "
     "cuando caducan. Miles de bengalas caducadas se acumulan en los almacenes de las cofradías, "
     "en los barcos y en las casas de los marineros de A Mariña, la Costa da Morte y las Rías "
     "Baixas, porque los puntos de entrega son pocos y lejanos: algunas se encienden en las "
     "fiestas como fuegos artificiales, otras se queman en hogueras o se tiran al mar o a la "
     "basura, con riesgo de incendio, quemaduras y contaminación por percloratos y metales. La "
     "federación de cofradías, con la consellería del mar y la de medio ambiente, solicita apoyo "
     "para organizar puntos de recogida en los puertos, el transporte como residuo peligroso y la "
     "destrucción en una instalación autorizada, y para que los proveedores recojan lo que "
     "venden. Pide además formación sobre balizas electrónicas. Las redes de pesca en desuso "
     "tienen su propio programa.",
     ("bengalas caducadas", "pirotecnia de salvamento", "residuos peligrosos", "pesca artesanal",
      "necesidades"),
     ("ES",), "2024-08"),
)  # fmt: skip
