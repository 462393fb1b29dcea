"""Clearing-house records of the sixtieth judged relevance set
(tests/search/relevance/queries60.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: climate mitigation pages
on electric buses (the battery-electric fleet of Shenzhen; the 121 bus articulés électriques of
the Dakar BRT, which replaces cars rapides and Ndiaga Ndiaye; a need for buses eléctricos in
place of the combis and micros of Lima and Callao); energy pages on data centres (the Dublin
connection moratorium in Ireland; the centres de données of Marseille and their galerie minière
cooling; a need for the centros de datos of Querétaro); energy pages on cryptocurrency mining
(bitcoin mining farms in Kazakhstan after the Chinese ban; the minage de cryptomonnaies, the
cryptominage, of Hydro-Québec's customers; the criptominería on the ANDE grid in Paraguay);
Montreal Protocol pages on vehicle air conditioning (an offer for the mechanics of Fiji, Samoa,
Tonga and Vanuatu; the climatisation automobile of Moroccan garagistes; the clima automotriz of
Mexicali's talleres); energy and health pages on diesel generators (generator clusters in
Lagos; the générateurs de quartier, the « moteurs », of Beirut; a need for the plantas
eléctricas of Santo Domingo and Santiago de los Caballeros); governance and capacity pages on
parliamentarians (an Arusha workshop on the Minamata Convention for East African MPs; a guide
for the députés and sénateurs of francophone Africa on the chemicals and wastes conventions; a
need for Ecuador's asambleístas); Biosafety Clearing-House pages on medicines that contain
GMOs (a guidance note on gene therapies, oncolytic viruses and viral-vector vaccines in
clinical trials; twenty years of the Belgian Biosafety Council's opinions on essais cliniques
avec des OGM; a need for vacunas de vector viral and terapias génicas in Argentina); trade,
customs and chemicals pages on fumigated shipping containers (gas measurements at the port of
Hamburg; a guide to the dépotage of conteneurs fumigés at Le Havre and Fos; the desconsolidación
of contenedores fumigados at Valencia); chemicals and customs pages on drug precursor chemicals
(dumped drug-lab waste in the southern Netherlands and Belgium; an atelier on précurseurs de
drogues for West African douaniers in Dakar; the insumos químicos fiscalizados and pozas de
maceración of Peru's VRAEM); and waste pages on plastic roads (shredded plastic in the bitumen
of Tamil Nadu's roads; pavés en plastique recyclé in the ruelles of Douala; a Colombian guide
to plástico reciclado in the asphalt of vías terciarias). English, French and Spanish, 10
records each, every topic written once in each language (different countries, projects and
angles, not translations of one text).

None of records.py, records3.py, ..., records59.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (electric bus, e-bus, bus électrique, autobus électrique,
autobús eléctrico, buses eléctricos, ómnibus eléctrico, trolleybus, trolebús, BRT,
electromovilidad, électromobilité, e-mobility, electric vehicle, véhicule électrique, vehículo
eléctrico, bus, autobus, guagua, micro, colectivo, public transport, transport collectif; data
centre, data center, datacenter, centre de données, centro de datos, server, serveur, servidor,
cloud, nube, hyperscale, waste heat, chaleur fatale, calor residual, artificial intelligence;
cryptocurrency, crypto, bitcoin, blockchain, chaîne de blocs, minage, cryptominage,
criptominería, minería digital, granja de minado; car air conditioning, mobile air conditioning,
MAC, climatisation automobile, aire acondicionado automotriz, clima automotriz, air conditioner,
climatisation, aire acondicionado, HFC-134a, R-134a, HFO-1234yf, refrigerant, réfrigérant,
fluide frigorigène, refrigerante; generator, genset, diesel generator, groupe électrogène,
génératrice, générateur, grupo electrógeno, planta eléctrica, generador, power outage, power
cut, délestage, coupure de courant, apagón, blackout, inverter, onduleur, inversor, diesel,
gazole, diésel; parliament, parliamentarian, MP, lawmaker, legislator, parlementaire, député,
sénateur, parlamentario, legislador, asambleísta, congresista, diputado, senador, Congress,
Congreso; gene therapy, thérapie génique, terapia génica, viral vector, vecteur viral, vector
viral, oncolytic, oncolytique, oncolítico, CAR-T, AAV, lentivirus, adenovirus, adénovirus,
vaccinia, recombinant, recombinante, clinical trial, essai clinique, ensayo clínico, vaccine,
vaccin, vacuna, OMG; fumigated container, conteneur fumigé, contenedor fumigado, container,
conteneur, contenedor, fumigation, fumigant, fumigante, phosphine, fosfina, methyl bromide,
bromure de méthyle, bromuro de metilo, sulfuryl fluoride, fluorure de sulfuryle, fluoruro de
sulfurilo, 1,2-dichloroethane, docker, stevedore, estibador, dépotage, desconsolidación, ISPM
15, NIMF 15, wood packaging, emballage en bois, embalaje de madera, warehouse, entrepôt;
precursor, précurseur, precursores, drug, drogue, droga, narcotic, stupéfiant, estupefaciente,
cocaine, cocaïne, cocaína, coca, MDMA, ecstasy, amphetamine, methamphetamine, metanfetamina,
permanganate, kerosene, queroseno, insumos químicos, sustancias controladas, maceración, VRAEM,
UNODC, ONUDC, cannabis, opium; plastic road, route en plastique, carretera de plástico, asphalt,
asfalto, bitumen, bitume, pavé, adoquín, paving, chaussée, plastic brick, brique, ladrillo,
ecoladrillo). Screened and dropped as covered: mosquito coils (bc19-bc21), tattoo inks
(bo28-bo30), engineered stone and silicosis (bh25-bh27), lead chromate in turmeric (z07-z09),
lead in aluminium cookware (bl28-bl30), lead shot (u25, u26), cyanide in gold mining (t07-t09),
second-hand clothes (k22, k24), waste pickers (n18, cf18), fluorescent lamps (o28-o30), light
pollution (w16-w18), noise (w13-w15), wind turbine blades (bh10-bh12), geothermal areas
(bo07-bo09), SF6 (bu07-bu09), halons (u22-u24), gene drives (p14), digital sequence information
(q31, q32), GM trees (y25-y27), expanded polystyrene (bx07-bx09), nurdles (j01-j03), coal ash
(bb10-bb12), sewage sludge (bf16-bf18), red mud (bl23, bl24), brick kilns (v25-v27),
skin-lightening creams (p01-p03), dental amalgam (n01), kohl (bg22-bg24), disposable vapes
(bk04-bk06), sky lanterns and balloon releases (bp25-bp27), pharmaceuticals in the environment
(v10-v12) and expired medicines (bc25-bc27), antimicrobial resistance (k01-k03), used cooking
oil (i25-i27), Bt brinjal (i10-i12), sprayed RNAi (bi10-bi12), GM food labelling (n45),
liability and redress (n43), detection of GMOs (c2, n14), genome editing (q25-q27), road salt
(bm28-bm30), nanomaterials (x13-x15), methyl bromide (v31-v33), aluminium phosphide (bd10-bd12),
microbeads (ba16, ba17), antifouling paints (u04-u06), ecocide (bx16-bx18), environmental courts
and prosecutors (r13-r15), chlorine dioxide (br07-br09), lithium-ion battery waste (t25-t27),
end-of-life vehicles (bc22-bc24), chemical weapons precursors (w04-w06), second-hand
refrigerators and air conditioners (cf22-cf24) and HS codes (cd07-cd09), besides the topics of
sets 42 to 59 and those their docstrings list as covered; screened with no or passing hits but
not chosen: shore power for ships (no hit; the ship exhaust pages cb28-cb30 are the nearest),
energy communities (the community energy subject of cl16), offshore wind (named by cf01 and
r26), night trains and bans on short flights, disinfectant spraying, prepaid and smart meters,
and building energy codes.

The nearest are the project that collects and recycles the lithium batteries of Santiago's
electric bus fleet (t27, titled on the buses eléctricos), judged 1 to the electric bus
queries, while the autobus électriques among the projects paid for by Québec's green bonds
(cf29) are passing and the electric motorcycle taxis of Kigali, Cotonou and the Amazonian
cities (cd13-cd15) are no buses; one golden page, a Brazilian paper comparing fuel cell
electric buses with trolleybuses and battery-electric buses (test:oai:zenodo.org:20632831),
which is about electric buses and is judged 2 to the electric bus queries; the dataset on
carbon monoxide poisonings from portable generators run during power outages (cb07, whose
subjects name portable generators and power outages), judged 1 to the generator queries that do
not ask for diesel, while the génératrices named among the sources of carbon monoxide in
Québec (cb08) are passing; the Latin American forum on ecocide that brings legislators and
prosecutors together (bx18), judged 1 to the parliamentarian queries, while the parlementaires
who worked on the Belgian ecocide law (bx17), the Parliament that passed the Whanganui River Act
(bo16), the parliamentary inquiry into cough syrups (bk01) and the Parliament and Congreso to
which citizens' assemblies report (cj25, cj27) are passing; the Kigali Amendment, HCFC and
room air-conditioner pages (m19-m21, t01-t03, cf22-cf24), which are about refrigeration and
building air conditioners, not vehicles, and the end-of-life vehicle guide that recovers the
refrigerant of the air conditioning among other fluids (bc22), passing; the methyl bromide
pages (v31-v33, v32 on the fumigation of logs, pallets and grain for export) and the aluminium
phosphide pages (bd10-bd12), which fumigate soils, grain stores and logs but no containers,
the pine wilt manual and the nematode survey that check wood packaging (bt28, bt29), and the
dépotage of hydrofluoric acid from a tanker (s26); the chemical weapons precursor pages
(w04-w06), no drug precursors, the coca fields invading the Madre de Dios concessions (bw18),
passing, and the golden page on the cocaine molecule, which says nothing of precursors or
of the waste of its production; the plant-made pharmaceutical pages (cl07-cl09), medicines
made by GM plants but containing no GMO, the GM microorganism offer that names veterinary
vaccines among the products its course covers (cb21), passing, and the contained use pages
(o22-o24); the industrial symbiosis page whose subjects name chaleur fatale (cb26), no data
centre. No earlier page is about cryptocurrency mining or plastic roads. In the golden files
the other hits are unrelated or passing: chemistry pages naming fumigants, refrigerants and
diesel fumes among the uses and sources of molecules, a golf cart guide, a paper on vehicle
data services, a rotavirus vaccine question. records61.py (ids co..), written at the same time
by another engineer, is not part of this set's pool.

Traps: the diesel backup generators and the district heating of Tallaght named by the Irish data
centre case study (cn04) are passing, 0 to the generator queries; the réseau de chaleur and the
électrification des quais of cn05 are passing; the cryptocurrency mining left out of the
Querétaro need (cn06) and the centres de données to which the Québec miners are compared (cn08)
are passing, 0 to the other topic's queries; the conteneurs of the Québec mining sites (cn08)
and the contenedores of the Paraguayan mining farms (cn09) are no fumigated containers; the
debate parlamentario on banning mining in Paraguay (cn09) is passing, 0 to the parliamentarian
queries; the geothermal bitcoin mining of El Salvador named by cn09 is passing; the rolling
blackouts and coal power stations of Kazakhstan (cn07) are no generators, 0 to "plantas
eléctricas apagones"; the second-hand Japanese cars of cn10 and the «chocolates» of cn12 are
passing, 0 to any used vehicle reading; the carbon monoxide poisonings kept in a separate file
by cn13 and the solar panels of cn13 and cn14 are passing; the electric taxis of cn01, the TER
of cn02, the mototaxis and the chatarreo of cn03 are passing; the amalgamation of gold with
mercury seen at Geita (cn16) is no dental amalgam; the plant-made medicines set aside by cn19
and cn21 are 0 to the plant-made pharmaceutical readings; the benzene and formaldehyde given off
by goods in the Hamburg containers (cn22) are passing, and the methyl bromide found at Valencia
(cn24) is 0 to methyl bromide readings; the chemical weapons set aside by cn26 are passing; the
cocaine transit of cn26 and the cacao and café of cn27 are passing; the waste pickers, the
microplastics and the chemical recycling of plastics named by cn28 and cn30, and the ban on
plastic packaging named by cn29, are passing.

Ids (cn01..cn30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cl01..cl30, cm01..cm30), and no earlier id starts with "cn".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- electric buses --------------------------------------------------------------------------
    ("cn01", "dataset", "en",
     "Shenzhen's all-electric bus fleet: energy use, charging and emissions of 16,000 buses, "
     "2012-2023",
     "In 2017 Shenzhen became the first large city in the world to run its entire public bus "
     "fleet, more than 16,000 vehicles, on batteries. This dataset, compiled by a transport "
     "research institute with the city's three bus operators, follows the electric buses from "
     "the first pilot routes of 2012 to 2023: the number of battery-electric buses by operator "
     "and length, the kilometres driven, the electricity drawn per kilometre in summer and "
     "winter, the charging depots and their night-time tariffs, and the breakdowns and battery "
     "replacements logged by maintenance teams. It estimates the diesel saved and the carbon "
     "dioxide, nitrogen oxides and fine particles avoided, using the emission factors of the "
     "diesel buses they replaced. Notes explain how operators lease buses and batteries from the "
     "manufacturer, how drivers were trained in regenerative braking and how purchase subsidies "
     "were phased out. The city's electric taxis are covered by a separate file.",
     ("electric buses", "public transport", "battery-electric vehicles", "transport emissions",
      "Shenzhen"),
     ("CN",), "2024-03"),
    ("cn02", "project", "fr",
     "Le BRT de Dakar : 121 bus articulés électriques entre Guédiawaye et le centre-ville",
     "Mis en service en 2024, le bus rapide sur voie réservée (BRT) de Dakar relie la préfecture "
     "de Guédiawaye à la gare routière de Petersen sur 18 kilomètres et 23 stations, avec une "
     "flotte entièrement électrique de 121 bus articulés. Le projet, porté par le Conseil "
     "exécutif des transports urbains durables (CETUD) avec un opérateur privé, restructure les "
     "lignes de cars rapides et de Ndiaga Ndiaye qui saturaient ces axes, et forme d'anciens "
     "chauffeurs et apprentis à la conduite des bus électriques. Il comprend le dépôt de "
     "recharge de Guédiawaye, alimenté en partie par une centrale solaire, le suivi des "
     "émissions et du bruit le long du corridor, et des mesures de la qualité de l'air avant et "
     "après la mise en service. Le projet suit aussi la fréquentation, les tarifs et la sécurité "
     "des femmes à bord. Le train express régional (TER), qui dessert la banlieue, est coordonné "
     "avec le BRT mais n'en fait pas partie.",
     ("bus électriques", "bus rapide sur voie réservée", "transport collectif", "qualité de l'air",
      "Dakar"),
     ("SN",), "2024-09"),
    ("cn03", "need", "es",
     "Necesidad: reemplazar combis y micros diésel por buses eléctricos en los corredores "
     "complementarios de Lima y Callao",
     "En Lima y Callao circulan miles de combis, cústers y micros diésel, muchos con más de "
     "veinte años, que compiten por pasajeros en las mismas avenidas y son una de las mayores "
     "fuentes de material particulado y de dióxido de nitrógeno de la ciudad. La Autoridad de "
     "Transporte Urbano para Lima y Callao (ATU) quiere que los corredores complementarios y las "
     "nuevas rutas operen con buses eléctricos y solicita apoyo para: un estudio del costo total "
     "de propiedad frente a los buses a gas natural vehicular (GNV) que hoy dominan las flotas "
     "nuevas; modelos de arrendamiento de buses y baterías para las empresas de transporte, "
     "formadas por pequeños propietarios; el diseño de patios de carga y su conexión a la red "
     "con las distribuidoras; y la capacitación de choferes, cobradores y mecánicos. Pide "
     "también una propuesta de chatarreo para las unidades retiradas. Los mototaxis de los "
     "distritos periféricos no forman parte de la solicitud.",
     ("buses eléctricos", "transporte público", "electromovilidad", "calidad del aire", "Lima"),
     ("PE",), "2024-11"),
    # --- data centres ----------------------------------------------------------------------------
    ("cn04", "case-study", "en",
     "Data centres and Ireland's electricity grid: a case study of the Dublin connection "
     "moratorium",
     "Ireland hosts more than eighty data centres, most of them around Dublin and run by the "
     "largest cloud and social media companies, and by 2023 they used about a fifth of all "
     "metered electricity in the country, more than all urban homes together. In 2021 the grid "
     "operator warned of possible shortages and stopped offering new connections in the Dublin "
     "region until about 2028, and the energy regulator required new data centres elsewhere to "
     "bring their own dispatchable generation or to cut demand when the grid is tight. This case "
     "study reviews how data centre demand was forecast, its weight in Ireland's renewable "
     "electricity targets and carbon budgets, the debate on the gas and diesel backup generators "
     "kept on site, the power purchase agreements signed for wind farms, and the use of waste "
     "heat, as in the district heating scheme of Tallaght. It ends with the options left open by "
     "the government's policy statement on data centres of 2022.",
     ("data centres", "electricity demand", "grid capacity", "energy policy", "Ireland"),
     ("IE",), "2024-02"),
    ("cn05", "document", "fr",
     "Les centres de données de Marseille : électricité, refroidissement et place dans la ville",
     "Point d'arrivée de plus de quinze câbles sous-marins qui relient l'Europe à l'Afrique, au "
     "Moyen-Orient et à l'Asie, Marseille est devenue en dix ans l'un des grands nœuds de "
     "centres de données d'Europe, installés sur le port et dans les quartiers Nord. Cette note, "
     "rédigée pour la métropole Aix-Marseille-Provence, fait le point sur la puissance "
     "électrique réservée par ces bâtiments, qui entre en concurrence avec l'électrification des "
     "quais et des transports, sur leur refroidissement, dont une partie utilise l'eau fraîche "
     "d'une ancienne galerie minière qui se jette dans la mer, et sur l'occupation d'un foncier "
     "rare. Elle propose des règles pour les futurs projets : indicateurs d'efficacité "
     "énergétique (PUE) et de consommation d'eau, récupération de la chaleur fatale pour un "
     "réseau de chaleur, insertion paysagère et concertation avec les habitants. L'empreinte des "
     "usages numériques des ménages n'est pas traitée.",
     ("centres de données", "consommation d'électricité", "refroidissement", "numérique",
      "urbanisme"),
     ("FR",), "2023-06"),
    ("cn06", "need", "es",
     "Necesidad: planear la demanda de electricidad y de agua de los centros de datos de "
     "Querétaro",
     "En menos de diez años, el corredor industrial de Querétaro, en el Bajío, se ha convertido "
     "en el principal polo de centros de datos del país: las grandes empresas de la nube "
     "construyen ahí naves de decenas de megawatts y se anuncian campus aún mayores. La red de "
     "transmisión de la Comisión Federal de Electricidad (CFE) ya opera al límite en verano y la "
     "región, semiárida, depende de acuíferos sobreexplotados. La Secretaría de Desarrollo "
     "Sustentable del estado solicita apoyo para levantar un inventario de los centros de datos "
     "en operación y en proyecto, con su potencia contratada, sus sistemas de enfriamiento y su "
     "consumo de agua; estimar su demanda eléctrica a 2035 y sus emisiones según la mezcla de "
     "generación; proponer criterios de eficiencia y de abasto con energía solar para otorgar "
     "permisos; y capacitar a los municipios de Colón y El Marqués. La minería de criptomonedas "
     "queda fuera de la solicitud.",
     ("centros de datos", "demanda eléctrica", "eficiencia energética", "consumo de agua",
      "Querétaro"),
     ("MX",), "2025-01"),
    # --- cryptocurrency mining -------------------------------------------------------------------
    ("cn07", "dataset", "en",
     "Bitcoin mining in Kazakhstan: licensed mining farms, electricity use and power shortages, "
     "2021-2024",
     "After China banned cryptocurrency mining in 2021, tens of thousands of mining machines "
     "were trucked across the border to Kazakhstan, which for a few months became the world's "
     "second largest producer of bitcoin, with mining farms in old factories and next to the "
     "coal power stations of Ekibastuz, Pavlodar and Karaganda. Their demand, partly on illegal "
     "connections, added to the deficits behind the rolling blackouts of the winter of 2021-2022 "
     "and the outage that cut power across Central Asia in January 2022. This dataset brings "
     "together the register of licensed digital mining companies set up by the law of 2023, "
     "their allotted capacity and purchases through the energy exchange, estimates of "
     "unregistered load, the coal share of the electricity they used and the resulting carbon "
     "dioxide, and the number of machines seized. Notes describe how many farms moved abroad "
     "once taxes and tariffs rose. The electronic waste of worn-out mining machines is only "
     "estimated.",
     ("cryptocurrency mining", "bitcoin", "electricity demand", "coal power", "Kazakhstan"),
     ("KZ",), "2024-08"),
    ("cn08", "case-study", "fr",
     "Le minage de cryptomonnaies au Québec : des tarifs d'Hydro-Québec aux plaintes pour le "
     "bruit",
     "Attirés par une électricité abondante, propre et bon marché, des dizaines de promoteurs de "
     "minage de cryptomonnaies ont demandé en 2018 des raccordements au réseau d'Hydro-Québec "
     "pour des milliers de mégawatts. Le gouvernement a suspendu les nouvelles demandes, puis la "
     "Régie de l'énergie a créé un bloc de 300 mégawatts réservé à l'usage cryptographique "
     "appliqué aux chaînes de blocs, attribué par appel de propositions, avec l'obligation de "
     "s'effacer lors des pointes d'hiver. Cette étude de cas revient sur ces décisions et sur "
     "l'expérience des municipalités où se sont installés des sites de cryptominage, dans "
     "d'anciennes usines ou dans des conteneurs : bruit continu des ventilateurs dénoncé par les "
     "voisins, retombées fiscales et emplois modestes. Elle compare ces projets aux centres de "
     "données, qui obtiennent d'autres tarifs, et discute de la décision de ne plus réserver "
     "d'électricité au minage, prise quand Hydro-Québec a prévu des besoins croissants pour la "
     "décarbonation.",
     ("minage de cryptomonnaies", "cryptominage", "chaînes de blocs", "tarifs d'électricité",
      "Québec"),
     ("CA",), "2024-04"),
    ("cn09", "project", "es",
     "Registro y fiscalización de la criptominería conectada a la red de la ANDE en el Paraguay",
     "La energía barata de las hidroeléctricas binacionales de Itaipú y Yacyretá atrajo al "
     "Paraguay a cientos de granjas de criptominería, que instalan contenedores llenos de "
     "máquinas de minado de bitcoin junto a las subestaciones del Alto Paraná, de Itapúa y del "
     "Chaco. Muchas se conectan de forma clandestina: la Administración Nacional de Electricidad "
     "(ANDE) ha desmantelado decenas de conexiones ilegales y atribuye a la criptominería parte "
     "de las pérdidas y de los cortes del sistema. El proyecto, con el Ministerio de Industria y "
     "Comercio y el Ministerio del Ambiente y Desarrollo Sostenible (MADES), crea un registro de "
     "mineros cripto, aplica la tarifa especial para la minería de criptomonedas, instala "
     "medidores inteligentes y elabora una guía sobre el ruido de los ventiladores y la "
     "disposición de los equipos en desuso como residuos electrónicos. Sigue además el debate "
     "parlamentario sobre su prohibición. La minería de bitcoin con energía geotérmica de El "
     "Salvador se cita como contraste.",
     ("criptominería", "minería de criptomonedas", "bitcoin", "hidroelectricidad",
      "conexiones ilegales"),
     ("PY",), "2024-12"),
    # --- vehicle air conditioning ----------------------------------------------------------------
    ("cn10", "support-source", "en",
     "Offer: training and recovery machines for servicing car air conditioners in Pacific island "
     "countries",
     "Almost every car, van and minibus on the roads of Fiji, Samoa, Tonga and Vanuatu arrives "
     "second-hand from Japan with an air conditioner charged with HFC-134a, a refrigerant whose "
     "global warming potential is 1,430 times that of carbon dioxide. In small roadside garages "
     "the systems are usually topped up without finding the leak, or vented to the air before a "
     "repair. A regional programme supporting the national ozone units offers to train and "
     "certify motor mechanics in vehicle air-conditioning service: leak detection, recovery of "
     "the refrigerant with dedicated machines before any repair, recycling, recharging by "
     "weight, and safe handling of HFO-1234yf, used in the newest imports. The offer includes "
     "recovery units and refrigerant identifiers for each country's technical college, a logbook "
     "for workshops, and help to bring vehicle air conditioning into the HFC licensing and quota "
     "systems required by the Kigali Amendment. Domestic refrigerators and building air "
     "conditioners are not covered.",
     ("mobile air conditioning", "vehicle air conditioning", "HFC-134a", "refrigerant recovery",
      "Kigali Amendment"),
     ("FJ", "WS", "TO", "VU"), "2024-05"),
    ("cn11", "project", "fr",
     "Climatisation automobile : récupérer le R-134a dans les garages de Casablanca et de "
     "Marrakech",
     "Au Maroc, la plupart des voitures, des grands taxis et des autocars sont climatisés, et la "
     "recharge de la climatisation se fait chez des garagistes et des frigoristes auto souvent "
     "installés sur le trottoir, qui vident le circuit dans l'air avant de le remplir de gaz "
     "R-134a (HFC-134a) vendu en petites bouteilles. Le projet, conduit par l'unité nationale "
     "ozone avec des centres de formation professionnelle, forme 600 mécaniciens à la recherche "
     "des fuites, à la récupération et au recyclage du fluide frigorigène avec des stations de "
     "charge, et à la manipulation du HFO-1234yf des véhicules récents. Il équipe des ateliers "
     "pilotes de stations de récupération, organise la reprise des bouteilles vides et prépare "
     "un certificat d'aptitude pour les techniciens de la climatisation automobile, dans le "
     "cadre de l'Amendement de Kigali au Protocole de Montréal. Les climatiseurs domestiques "
     "relèvent d'un autre projet.",
     ("climatisation automobile", "fluides frigorigènes", "R-134a", "garages",
      "Amendement de Kigali"),
     ("MA",), "2023-11"),
    ("cn12", "case-study", "es",
     "El clima del carro en Mexicali: talleres de aire acondicionado automotriz y fugas de "
     "HFC-134a",
     "En Mexicali, donde el termómetro pasa de 45 grados en verano, nadie maneja sin clima: el "
     "aire acondicionado del carro se descompone seguido y se recarga en cientos de talleres, "
     "muchos en la calle, con latas de gas refrigerante HFC-134a. Este estudio de caso, "
     "preparado con la Unidad de Protección a la Capa de Ozono de la SEMARNAT y una universidad "
     "de Baja California, visitó 120 talleres de clima automotriz: la mitad purgaba el sistema a "
     "la atmósfera antes de repararlo y casi ninguno recuperaba el gas. Estima las emisiones de "
     "HFC de la ciudad, describe los cursos y los equipos de recuperación entregados a 40 "
     "talleres y la reducción de fugas en los vehículos atendidos, y documenta la llegada del "
     "refrigerante HFO-1234yf en los autos nuevos y en los autos usados traídos del otro lado, "
     "los «chocolates». Concluye con una propuesta de certificación de técnicos.",
     ("aire acondicionado automotriz", "clima automotriz", "HFC-134a", "refrigerantes",
      "talleres mecánicos"),
     ("MX",), "2024-07"),
    # --- diesel generators -----------------------------------------------------------------------
    ("cn13", "dataset", "en",
     "Diesel generators in Lagos: fine particles, nitrogen dioxide and noise around generator "
     "clusters, 2022-2024",
     "Because grid power is unreliable, Lagos runs on generators: small petrol sets, nicknamed "
     "'I-better-pass-my-neighbour', in homes and kiosks, and diesel generators from 20 "
     "kilovolt-amperes to several megawatts in offices, hotels, hospitals, banks and telecom "
     "masts. Together they are thought to supply more power than the city draws from the grid. "
     "This dataset, from a university air quality group and the state environmental protection "
     "agency, holds two years of measurements of PM2.5, black carbon, nitrogen dioxide and noise "
     "at 40 sites near generator clusters in Ikeja, Lagos Island and Surulere, with the hours of "
     "grid outage at each site, generator sizes and the diesel purchases reported by businesses. "
     "Concentrations peak in the evening and whenever the grid fails. The dataset estimates the "
     "carbon dioxide from generators; carbon monoxide poisonings from sets run indoors are kept "
     "in a separate file. Businesses that switched to solar panels and batteries are flagged.",
     ("diesel generators", "backup power", "air pollution", "noise", "Lagos"),
     ("NG",), "2024-10"),
    ("cn14", "case-study", "fr",
     "Les générateurs de quartier de Beyrouth : abonnements, fumées et tentatives de régulation",
     "Depuis la fin de la guerre civile, Électricité du Liban n'a jamais fourni le courant "
     "vingt-quatre heures sur vingt-quatre, et depuis la crise de 2019 le réseau ne livre "
     "parfois que deux heures par jour. Des milliers de propriétaires de générateurs diesel, les "
     "« moteurs » du quartier, vendent aux ménages un abonnement en ampères par des câbles tirés "
     "d'immeuble en immeuble. Cette étude de cas, réalisée par une équipe universitaire et une "
     "association de consommateurs, décrit l'économie de ces groupes électrogènes, les tarifs "
     "fixés chaque mois par le ministère de l'Énergie et l'obligation d'installer des compteurs, "
     "et mesure la pollution : particules fines et hydrocarbures aromatiques polycycliques dans "
     "les rues de Hamra et de Bourj Hammoud, plaintes des riverains pour le bruit et la suie sur "
     "les balcons. Elle discute de l'essor des panneaux solaires sur les toits depuis 2022, qui "
     "a réduit les heures de marche des générateurs sans les remplacer.",
     ("groupes électrogènes", "générateurs diesel", "pollution de l'air", "coupures de courant",
      "Liban"),
     ("LB",), "2023-10"),
    ("cn15", "need", "es",
     "Necesidad: reducir las emisiones de las plantas eléctricas de comercios y edificios en "
     "Santo Domingo y Santiago de los Caballeros",
     "Aunque los apagones son menos frecuentes que hace veinte años, en muchos circuitos de la "
     "República Dominicana la luz todavía se va varias horas por semana, y comercios, colmados, "
     "torres de apartamentos, clínicas y hoteles mantienen plantas eléctricas diésel, mientras "
     "los hogares se arreglan con inversores y baterías. Las plantas, a menudo viejas y sin "
     "mantenimiento, funcionan en marquesinas, patios y aceras a pocos metros de las viviendas. "
     "El Ministerio de Medio Ambiente y Recursos Naturales solicita apoyo para hacer un "
     "inventario de los grupos electrógenos de más de 50 kilovatios en el Distrito Nacional y en "
     "Santiago de los Caballeros, medir sus emisiones de partículas y de óxidos de nitrógeno, "
     "redactar una norma de emisiones y de ruido para generadores y formar a los técnicos "
     "municipales en la inspección. Pide también evaluar con las empresas distribuidoras el "
     "reemplazo de las plantas de respaldo por baterías y paneles solares en los edificios "
     "públicos.",
     ("plantas eléctricas", "grupos electrógenos", "generadores diésel", "calidad del aire",
      "apagones"),
     ("DO",), "2024-06"),
    # --- parliamentarians ------------------------------------------------------------------------
    ("cn16", "event", "en",
     "Regional workshop for parliamentarians on the Minamata Convention on Mercury, Arusha",
     "Ratifying a convention is only the start: parliaments must pass the laws, vote the budgets "
     "and hold governments to account for carrying it out. This three-day workshop, hosted by "
     "the East African Legislative Assembly with the Minamata Convention secretariat and a "
     "parliamentary network on the environment, brings together members of parliament from the "
     "committees on environment, health and mining of Kenya, Tanzania, Uganda, Rwanda, Burundi "
     "and South Sudan. Sessions explain the obligations of the Convention, from phasing out "
     "mercury-added products to national action plans for artisanal and small-scale gold mining; "
     "compare how national laws on chemicals and mining have been amended; and train MPs to "
     "question ministers, read budget lines and use the national reports. A field visit to a "
     "gold mining site near Geita shows amalgamation with mercury and mercury-free methods. "
     "Committee clerks and parliamentary researchers are invited alongside members.",
     ("parliamentarians", "Minamata Convention", "mercury", "legislation", "capacity building"),
     ("KE", "TZ", "UG", "RW", "BI", "SS"), "2024-03"),
    ("cn17", "document", "fr",
     "Guide à l'usage des parlementaires : faire vivre les conventions sur les produits "
     "chimiques et les déchets",
     "Préparé avec l'Assemblée parlementaire de la Francophonie, ce guide s'adresse aux députés, "
     "aux sénateurs et aux assistants parlementaires d'Afrique francophone qui siègent dans les "
     "commissions chargées de l'environnement, de la santé ou des finances. Il présente "
     "simplement les conventions de Bâle, de Rotterdam, de Stockholm et de Minamata, ce que "
     "chacune demande aux États, et le rôle du Parlement à chaque étape : autorisation de "
     "ratification, transposition dans la loi sur les produits chimiques ou sur les déchets, "
     "vote des crédits pour les points focaux et les laboratoires, contrôle de l'action du "
     "gouvernement par les questions écrites et orales et les commissions d'enquête. Des fiches "
     "pratiques donnent des modèles d'articles de loi, une liste de questions à poser au "
     "ministre et des exemples du Sénégal, de la Côte d'Ivoire et du Bénin. Un glossaire "
     "explique les sigles, du consentement préalable en connaissance de cause (PIC) aux "
     "polluants organiques persistants (POP).",
     ("parlementaires", "Convention de Bâle", "Convention de Stockholm", "Convention de Minamata",
      "contrôle parlementaire"),
     ("SN", "CI", "BJ"), "2023-05"),
    ("cn18", "need", "es",
     "Necesidad: asesoría técnica para asambleístas y asesores legislativos sobre el mercurio y "
     "la minería de oro",
     "La Asamblea Nacional del Ecuador tramita reformas a la ley de minería y un proyecto de ley "
     "sobre la gestión de sustancias químicas, mientras el mercurio usado en la minería "
     "artesanal de oro de Zaruma, Portovelo, Ponce Enríquez y Nambija sigue contaminando ríos y "
     "afectando la salud de las familias mineras. La Comisión de Biodiversidad y Recursos "
     "Naturales y el Ministerio del Ambiente, Agua y Transición Ecológica solicitan apoyo para "
     "que los asambleístas y sus asesores conozcan las obligaciones del Convenio de Minamata, "
     "que el Ecuador ratificó en 2016: talleres cortos durante el trámite de las leyes, notas "
     "técnicas sobre el comercio de mercurio y las alternativas sin mercurio, una visita a las "
     "plantas de beneficio de El Oro y el acompañamiento de expertos para redactar los artículos "
     "sobre el plan de acción nacional. Se pide además un intercambio con legisladores del Perú "
     "y de Colombia que aprobaron leyes sobre el mercurio.",
     ("asambleístas", "legisladores", "Convenio de Minamata", "mercurio",
      "minería artesanal de oro"),
     ("EC",), "2024-09"),
    # --- medicines containing GMOs ---------------------------------------------------------------
    ("cn19", "document", "en",
     "Medicines that contain living modified organisms: a guidance note on environmental risk "
     "assessment for clinical trials",
     "A growing number of medicines are themselves living modified organisms: gene therapies "
     "delivered by modified adeno-associated viruses or lentiviruses, oncolytic viruses "
     "engineered to kill tumour cells, live vaccines built on modified viruses, such as the "
     "vesicular stomatitis virus vector of an Ebola vaccine, and adenovirus-vectored vaccines. "
     "Most reach a country first through clinical trials, and many biosafety laws written for GM "
     "crops say little about them. This guidance note, for biosafety regulators and ethics "
     "committees, sets out what to ask of a trial sponsor: the vector and its ability to "
     "replicate or recombine, shedding in patients' urine, saliva or stools and for how long, "
     "risks to household contacts and health workers, handling in hospital pharmacies and "
     "inactivation of waste. It explains how health regulators and biosafety authorities can "
     "share one dossier and when contained use rules apply. Medicines made in GM plants or "
     "microorganisms that contain no living organism are outside its scope.",
     ("GMO medicines", "gene therapy", "clinical trials", "environmental risk assessment",
      "viral vectors"),
     (), "2024-01"),
    ("cn20", "case-study", "fr",
     "Essais cliniques avec des OGM en Belgique : vingt ans d'avis du Conseil de biosécurité",
     "La Belgique accueille chaque année des dizaines d'essais cliniques de thérapies géniques, "
     "de cellules CAR-T, de virus oncolytiques et de vaccins contenant des organismes "
     "génétiquement modifiés. Avant de les autoriser, les autorités régionales et fédérales "
     "demandent l'avis du Conseil de biosécurité, préparé par le service Biosécurité et "
     "biotechnologie de Sciensano, sur les risques pour les patients, leurs proches, le "
     "personnel soignant et l'environnement. Cette étude de cas analyse plus de 300 dossiers "
     "déposés entre 2004 et 2024 : types de vecteurs, mesures de confinement exigées dans les "
     "hôpitaux, durée d'excrétion du virus chez les patients, consignes aux familles et gestion "
     "des déchets. Elle décrit la procédure accélérée appliquée en 2020 aux essais de vaccins "
     "contre la COVID-19 à vecteur adénoviral et les formulaires communs européens pour les "
     "vecteurs AAV. Elle conclut sur l'accès des patients et sur la charge administrative pour "
     "les petits promoteurs.",
     ("médicaments OGM", "essais cliniques", "thérapie génique", "virus oncolytiques",
      "biosécurité"),
     ("BE",), "2024-06"),
    ("cn21", "need", "es",
     "Necesidad: evaluar el riesgo ambiental de vacunas de vector viral y terapias génicas en "
     "ensayos clínicos en la Argentina",
     "Durante la pandemia, una planta de Garín, en la provincia de Buenos Aires, produjo el "
     "principio activo de una vacuna contra la COVID-19 basada en un adenovirus de chimpancé "
     "modificado, y el país participó en ensayos de otras vacunas de vector viral. Hoy llegan "
     "solicitudes de ensayos clínicos de terapias génicas, pero la normativa de bioseguridad "
     "argentina, pensada para los cultivos transgénicos, no define con claridad quién evalúa los "
     "riesgos de estos organismos genéticamente modificados (OGM, u OMG como se dice en España) "
     "para el ambiente y para las personas que rodean al paciente. La ANMAT y la Dirección de "
     "Biotecnología solicitan apoyo para redactar un procedimiento conjunto de evaluación, "
     "capacitar a sus evaluadores en excreción viral, confinamiento en hospitales y eliminación "
     "de residuos, y conocer la experiencia de otros reguladores. Los productos biológicos "
     "elaborados en plantas quedan fuera de la solicitud.",
     ("medicamentos con OGM", "vacunas de vector viral", "terapia génica", "ensayos clínicos",
      "bioseguridad"),
     ("AR",), "2024-08"),
    # --- fumigated shipping containers -----------------------------------------------------------
    ("cn22", "dataset", "en",
     "Fumigants and toxic gases in import containers: measurements at the port of Hamburg, "
     "2015-2024",
     "Containers of timber, furniture, shoes, textiles, rice and nuts often reach Europe still "
     "holding fumigant gas, phosphine, methyl bromide, sulfuryl fluoride or 1,2-dichloroethane, "
     "applied against pests before shipment, or industrial chemicals such as formaldehyde and "
     "benzene given off by the goods themselves. Many carry no warning label. This dataset, from "
     "the occupational safety authority and the port's gas measurement service, records "
     "measurements in some 24,000 containers sampled before they were opened at the terminals "
     "and in inland warehouses: gas concentrations, country of origin, goods, whether a "
     "fumigation label was present, and the ventilation time needed before dockworkers could "
     "enter. About one container in six exceeded an occupational exposure limit, mostly without "
     "a label. Cases of warehouse workers and customs officers taken ill after unloading are "
     "summarised, and results feed the customs risk profiles.",
     ("fumigated containers", "fumigants", "occupational exposure", "ports", "customs"),
     ("DE",), "2024-12"),
    ("cn23", "document", "fr",
     "Conteneurs fumigés : guide de prévention pour le dépotage dans les ports et les entrepôts",
     "Un conteneur sur dix arrivant au Havre ou à Fos-sur-Mer contiendrait encore des résidus de "
     "gaz de fumigation ou de solvants dégagés par les marchandises. Ce guide, rédigé par la "
     "caisse régionale d'assurance maladie avec les douanes, les manutentionnaires et les "
     "syndicats de dockers, explique les risques de l'ouverture et du dépotage : intoxications "
     "par la phosphine, le bromure de méthyle ou le fluorure de sulfuryle, souvent sans odeur, "
     "et étiquette de fumigation absente ou arrachée. Il décrit l'organisation à mettre en place "
     ": vérification des documents de transport, mesure des gaz par un opérateur formé avant "
     "toute entrée, dégazage par ventilation forcée, équipements de protection et conduite à "
     "tenir en cas de malaise. Une partie s'adresse aux agents des douanes qui visitent les "
     "conteneurs lors des contrôles. Le guide rappelle la norme NIMF 15 sur les emballages en "
     "bois, qui explique une partie des fumigations.",
     ("conteneurs fumigés", "fumigation", "dockers", "dépotage", "santé au travail"),
     ("FR",), "2022-10"),
    ("cn24", "project", "es",
     "Contenedores fumigados en el puerto de Valencia: medición de gases antes de la "
     "desconsolidación",
     "El puerto de Valencia, el primero de España en tráfico de contenedores, recibe cada día "
     "miles de contenedores de Asia y de América, algunos tratados con fumigantes como la "
     "fosfina o el fluoruro de sulfurilo antes del embarque. Después de que varios operarios de "
     "almacenes de grupaje fueran atendidos por mareos al abrir contenedores de calzado y de "
     "muebles, la autoridad portuaria, la inspección de trabajo, la aduana, las empresas "
     "estibadoras y los sindicatos pusieron en marcha este proyecto: un protocolo de medición de "
     "gases antes de abrir los contenedores de riesgo, equipos portátiles y formación para "
     "estibadores, transitarios y agentes del puesto de control fronterizo, una zona de "
     "desgasificación con ventilación forzada y un registro de resultados. El proyecto avisa "
     "además a los exportadores cuando un contenedor llega fumigado sin etiqueta. El bromuro de "
     "metilo, prohibido en la Unión Europea, apareció en algunos contenedores de origen "
     "asiático.",
     ("contenedores fumigados", "fumigantes", "estibadores", "salud laboral", "puertos"),
     ("ES",), "2024-03"),
    # --- drug precursor chemicals ----------------------------------------------------------------
    ("cn25", "case-study", "en",
     "Dumped drug-lab waste in the southern Netherlands and Belgium: who cleans up and who pays",
     "The south of the Netherlands and neighbouring Belgium are among the world's main producers "
     "of ecstasy (MDMA) and amphetamine. Each kilogram of synthetic drug leaves several "
     "kilograms of chemical waste, acids, solvents and by-products of the precursor chemicals, "
     "which criminal groups dump in woods, ditches and fields, pour into manure pits and sewers, "
     "or leave in abandoned vans and barrels. This case study, by a provincial environmental "
     "service and a Belgian police unit, reviews the years 2018 to 2023: some 300 dumpings a "
     "year, soil and groundwater clean-ups that cost farmers and municipalities hundreds of "
     "thousands of euros, and burns suffered by those who found the barrels. It describes the "
     "controls on precursors such as BMK and PMK and on the designer precursors made to escape "
     "them, cooperation with customs at the ports of Rotterdam and Antwerp, the fund that now "
     "pays for clean-ups on private land, and the training of firefighters who come across a "
     "lab.",
     ("drug precursors", "drug waste dumping", "synthetic drugs", "soil pollution",
      "hazardous waste"),
     ("NL", "BE"), "2024-05"),
    ("cn26", "event", "fr",
     "Atelier régional : contrôle des précurseurs chimiques de drogues pour les douaniers et les "
     "policiers d'Afrique de l'Ouest",
     "Les laboratoires clandestins de méthamphétamine découverts au Nigeria et les importations "
     "d'éphédrine, de pseudo-éphédrine et de solvants déclarés sous de faux noms montrent que "
     "l'Afrique de l'Ouest n'est plus seulement une zone de transit de la cocaïne. Organisé à "
     "Dakar avec l'Office des Nations unies contre la drogue et le crime (ONUDC), cet atelier de "
     "cinq jours réunit des agents des douanes, des offices centraux des stupéfiants et des "
     "laboratoires nationaux du Sénégal, de la Guinée, du Mali, de la Côte d'Ivoire et du Togo. "
     "Au programme : les tableaux de la Convention de 1988 contre le trafic illicite, la "
     "pré-notification des exportations, le ciblage des envois suspects au port et à l'aéroport, "
     "l'identification des substances par spectrométrie portable, la sécurité lors du "
     "démantèlement d'un laboratoire et l'élimination des produits saisis. Les armes chimiques "
     "et leurs précurseurs ne sont pas abordés.",
     ("précurseurs de drogues", "douanes", "laboratoires clandestins", "stupéfiants", "formation"),
     ("SN", "GN", "ML", "CI", "TG"), "2024-11"),
    ("cn27", "project", "es",
     "Insumos químicos fiscalizados y pozas de maceración: control y limpieza en el VRAEM",
     "En el valle de los ríos Apurímac, Ene y Mantaro (VRAEM), la mayor zona cocalera del Perú, "
     "la hoja de coca se macera en pozas excavadas en el monte con kerosene, cal, cemento, ácido "
     "sulfúrico y otros insumos químicos que llegan por carretera desde la costa y la selva "
     "central; los residuos se vierten después en quebradas y ríos. El proyecto, con la SUNAT, "
     "que registra y controla los insumos químicos y bienes fiscalizados, la policía antidrogas "
     "y el Organismo de Evaluación y Fiscalización Ambiental (OEFA), refuerza los puestos de "
     "control en las vías de acceso, capacita a los vendedores de combustible y de cemento en el "
     "registro de sus ventas, mide la contaminación del suelo y del agua donde se destruyeron "
     "pozas y ensaya su remediación con las comunidades nativas asháninkas y los caseríos. "
     "Acompaña también a las familias que pasan de la coca al cacao y al café.",
     ("insumos químicos fiscalizados", "precursores de drogas", "pozas de maceración",
      "contaminación de suelos", "VRAEM"),
     ("PE",), "2023-12"),
    # --- plastic roads ---------------------------------------------------------------------------
    ("cn28", "case-study", "en",
     "Plastic roads in Tamil Nadu: twenty years of shredded plastic waste in bitumen",
     "In 2002 a chemistry professor at Thiagarajar College of Engineering in Madurai showed that "
     "shredded carry bags, cups and films, melted onto hot stone aggregate before the bitumen is "
     "added, give a road surface that resists rain and potholes. Tamil Nadu adopted this dry "
     "process for rural and town roads, India's road congress issued guidelines in 2013, and "
     "national rules since 2015 ask road builders near large cities to use plastic waste. This "
     "case study follows some 5,000 kilometres of plastic roads in Tamil Nadu: the collection of "
     "low-value plastics by women's self-help groups and waste pickers, shredding units run by "
     "village panchayats, the share of plastic in the mix, and surveys of road condition after "
     "each monsoon. It also weighs the concerns: only some plastics can be used, PVC must be "
     "kept out, and worn surfaces may shed microplastics into drains and fields. Bottle "
     "recycling and chemical recycling of plastics are not covered.",
     ("plastic roads", "plastic waste", "bitumen", "road construction", "Tamil Nadu"),
     ("IN",), "2023-01"),
    ("cn29", "project", "fr",
     "Des pavés en plastique recyclé pour les ruelles de Douala",
     "À Douala, les sachets plastiques, les bidons et les emballages bouchent les caniveaux et "
     "aggravent les inondations de la saison des pluies, malgré l'interdiction des emballages "
     "plastiques non biodégradables. Ce projet d'une association de jeunes, soutenu par la "
     "Communauté urbaine de Douala, transforme chaque mois 20 tonnes de déchets plastiques "
     "ramassés par des collecteurs de quartier en pavés : les plastiques sont triés, broyés, "
     "fondus, mélangés à du sable, puis moulés en pavés qui revêtent les ruelles non bitumées, "
     "les cours d'école et les abords des marchés de New Bell et de Bépanda. Le projet suit la "
     "résistance des pavés au passage des motos et des camions, leur tenue au soleil et à l'eau, "
     "et les fumées dégagées lors de la fusion, en équipant l'atelier d'une hotte et en formant "
     "les ouvriers. Il étudie aussi la vente des pavés aux mairies d'arrondissement. Les grands "
     "axes restent revêtus d'enrobés classiques.",
     ("pavés en plastique", "déchets plastiques", "voirie", "recyclage", "Douala"),
     ("CM",), "2024-02"),
    ("cn30", "document", "es",
     "Guía técnica para incorporar plástico reciclado en las mezclas asfálticas de las vías "
     "terciarias",
     "En Colombia, más de la mitad de las vías terciarias que unen veredas y cabeceras "
     "municipales están sin pavimentar, mientras los rellenos sanitarios reciben cada año "
     "cientos de miles de toneladas de plásticos que nadie compra. Esta guía, elaborada por una "
     "universidad con varias gobernaciones y una asociación de recicladores de oficio, explica a "
     "las alcaldías y a las juntas de acción comunal cómo construir carreteras con plástico: el "
     "asfalto modificado en que el plástico triturado recubre el agregado caliente o se funde en "
     "el asfalto. Indica qué plásticos sirven, como el polietileno y el polipropileno, y cuáles "
     "no, como el PVC; los ensayos de laboratorio exigidos, los costos frente a la mezcla "
     "convencional y el control de humos en la planta de asfalto. Advierte que el desgaste puede "
     "liberar microplásticos y recomienda no usar estas mezclas cerca de bocatomas y nacimientos "
     "de agua.",
     ("carreteras con plástico", "asfalto modificado", "plástico reciclado", "vías terciarias",
      "pavimentos"),
     ("CO",), "2024-04"),
)  # fmt: skip
