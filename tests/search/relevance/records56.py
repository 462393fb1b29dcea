"""Clearing-house records of the fifty-sixth judged relevance set
(tests/search/relevance/queries56.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemicals and health
pages on leaded aviation fuel (the 100LL avgas of the piston aircraft of Reid-Hillview Airport
and the blood lead of East San José's children; a guide for aéroclubs moving from AVGAS 100LL
to UL91; a need for the nafta de aviación of the aeroaplicadores and flying schools of Buenos
Aires province); waste and health pages on recreational nitrous oxide canisters (litter and
exploding cylinders in English energy-from-waste plants after the 2023 ban; a French fiche on
the cartouches and bonbonnes of proto in incinerators; the globos de la risa of Ibiza and
Mallorca); indoor air pages on incense smoke (twelve temples of Hong Kong; the thiouraye of
Pikine and Guédiawaye; a Mexican guide to copal, sahumerios and varitas de incienso); energy
pages on floating solar (the hydro-solar hybrid of the Sirindhorn reservoir; a need for the
solaire flottant of the Providence lagoon in the Seychelles; the fotovoltaica flotante of the
Sierra Brava embalse in Extremadura); energy and air pages on district heating (the ger areas
of Ulaanbaatar; the réseau de chaleur fed with bran de scie at Oujé-Bougoumou, Québec; a need
for calefacción distrital in Padre Las Casas and Temuco); climate mitigation pages on
low-carbon cement (LC3 in India; the ciment bas carbone à l'argile calcinée of Côte d'Ivoire;
a Cuban guide to the cemento de bajo carbono LC3 of Siguaney); shipping pages on sail cargo
(sail-assisted cargo for the outer islands of the Marshall Islands; the voiliers-cargos of Le
Havre; an offer of training at the Costa Rican yard building the goleta de carga Ceiba);
biotechnology and food safety pages on cultivated meat (Singapore's novel food assessment; a
Lausanne colloque on viande cultivée; a carne cultivada plant in Donostia); governance pages on
citizens' climate assemblies (Climate Assembly UK; the Convention citoyenne pour le climat; a
jornada on the Asamblea Ciudadana para el Clima); and governance pages on climate litigation
(Leghari v. Federation of Pakistan; the Belgian Affaire Climat; the Generaciones Futuras
ruling of Colombia's Corte Suprema). English, French and Spanish, 10 records each, every topic
written once in each language (different countries, projects and angles, not translations of
one text).

None of records.py, records3.py, ..., records55.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (avgas, aviation gasoline, leaded aviation, 100LL, UL91,
essence aviation, aéroclub, aerodrome, aérodrome, aeródromo, gasolina de aviación, nafta,
avioneta, aeroclub, piston, tetraethyl, tétraéthyle, tetraetilo, leaded, au plomb, con plomo;
nitrous, N2O, protoxyde, proto, óxido nitroso, laughing gas, gaz hilarant, gas de la risa,
whippet, whipped cream, chantilly, nata, cartridge, cartouche, bonbonne, cápsula, bombona,
balloon, ballon, globo; incense, encens, encensoir, incienso, sahumerio, joss, thiouraye,
copal, bakhoor, oud, agarbatti, palo santo; floating solar, floating photovoltaic, solaire
flottant, photovoltaïque flottant, flottant, fotovoltaica flotante, solar flotante, flotante,
reservoir, embalse, pantano; district heating, heat network, réseau de chaleur, chauffage
urbain, chaufferie, chaudière, calefacción distrital, calefacción urbana, red de calor,
caldera de biomasa; cement, ciment, cimenterie, cemento, cementera, clinker, clínker, calcined
clay, argile calcinée, arcilla calcinada, kaolin, LC3; sail, voile, voilier, velero, vela,
goleta, schooner, wind propulsion, propulsion vélique, propulsión eólica, rotor sail, kite,
cargo ship, porte-conteneurs, buque de carga, shipping emissions; cultivated meat, cultured
meat, lab-grown, cell-based, bioreactor, bioréacteur, biorreactor, viande cultivée, viande de
culture, viande in vitro, carne cultivada, carne de laboratorio, novel food, nouvel aliment,
nuevo alimento, precision fermentation, alternative protein, viande, carne; citizens'
assembly, climate assembly, assemblée citoyenne, convention citoyenne, asamblea ciudadana,
jury citoyen, deliberative, délibératif, deliberativa, sortition, tirés au sort, sorteo, loi
Climat, Climate Change Act, ley de cambio climático; litigation, lawsuit, contentieux, litigio,
demanda climática, Urgenda, Affaire du siècle, Generaciones Futuras, tutela, court, tribunal,
corte). Screened and dropped as covered: wind farms and offshore wind (t22-t24, and the
éolien en mer named by r26 and cf01), electric buses (the batteries of Santiago's buses, t27),
refrigerant smuggling (the customs training of t02 and the used refrigerator pages cf22-cf24),
food waste (the black soldier fly pages bq19-bq21, the biodéchets of bu17), moratoria on GMOs
(bc12, n12, bk27), leaded petrol (bm01-bm03), waste incineration (d4, bu17, bu18), exports of
banned pesticides (the Rotterdam Convention pages h1, q43), besides the topics of sets 42 to
55 and those their docstrings list as covered; screened with no or passing hits but not
chosen: hair straightening products (only a golden paper on hair damage after alkaline
relaxing), rooftop solar (the station panels of cd13), solar mini-grids (named by u02 and
cb22), fisheries subsidies, genetically modified livestock, plant-made pharmaceuticals.
The nearest: the history of leaded petrol that ends with the remaining use of leaded aviation
gasoline (bm01) and the other leaded petrol pages (bm02, bm03), the avionetas that sprayed the
cotton of Nicaragua (bs09), no avgas page; the anaesthetic gas pages (cf25-cf27), whose
subjects name nitrous oxide and one of which names the proto in cartridges only to leave it to
other texts (cf26), the óxido nitroso lost from fertilisers (k06) and the sky lantern pages,
whose globos and paper balloons hold no gas (bp25-bp27), no recreational nitrous oxide page;
the frankincense pages (ba04-ba06) and the agarwood pages, burnt as incense (i01-i03), which
are about the trees and the trade, and the mosquito coil smoke pages (bc19-bc21), no incense
smoke page; the jardins flottants of Amiens (o20), no floating solar page; the réseau de
chaleur named among the synergies of an eco-industrial park (cb26) and the heat pumps
(ca19-ca21), no district heating page; the cement kilns that burn tyres and wastes (q11, q05,
bb15, bh10, bh11), the coal ash sold to cement makers (bb11) and the cement exporters facing
the CBAM (cd19, cd20), no low-carbon cement page; the racing yachts that hit whales (ca17) and
the ship exhaust pages (cb28-cb30), no sail cargo page; the insect feed note (bq20) and the GM
yeasts of ethanol plants (cb20), no cultivated meat page; no citizens' assembly page (the
assemblées villageoises and asambleas comunitarias of bs17, cc08 and cc09 are village
meetings); the ecocide pages (bx16-bx18), the environmental courts (r13, r15), the rights of
nature pages (bo16-bo18) and the atrazine lawsuit (bg04), no climate litigation page. In the
golden files, the only hits are unrelated: an anhydrite page whose subjects name cement,
chemistry pages naming lead compounds and the meat in which nutrients are found, and an
Erasmus paper on organic meat. records57.py (ids ck..), written at the same time by another
engineer, is not part of this set's pool.

Traps: the leaded petrol of cars named by cj01 and the nafta común of cj03 are passing, and
the aerial spraying of pesticides is excluded by cj03; the Entonox of cj04, the MEOPA of cj05
and the anaesthetic use excluded by cj06 are passing, 0 to anaesthetic gas queries; the
carbon monoxide measured in the temples (cj07), the mosquito coils compared by cj07 and
cj08, the charbon de bois of cj08 and the benzene and formaldehyde named by cj09 are passing;
the cyanobacteria measured under the panels of cj12 are passing; the coal-fired heat and
power plants and coal stoves of cj13 and the recambio de estufas of cj15 are no heat pumps;
the heat pumps and heat networks recommended by Climate Assembly UK (cj25) are passing, 0 to
the district heating queries; the fly ash of cj16, the coques d'anacarde burnt by cj17 and the
hurricanes of cj18 are passing; the International Maritime Organization named by cj19 and
cj20 is no sulphur page; the genetically modified yeasts of precision fermentation (cj22) and
the modified cell lines of cj23 are passing; Singapore is named by cj23; the gilets jaunes and
the crime d'écocide named by cj26 and the Amazonía declared sujeto de derechos by cj30 are
passing, 0 to the carbon tax, ecocide and rights of nature queries; the Affaire du siècle,
Grande-Synthe and Urgenda are named by cj29 only as comparisons.

Ids (cj01..cj30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
ch01..ch30, ci01..ci30), and no earlier id starts with "cj".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- leaded aviation fuel -----------------------------------------------------------------
    ("cj01", "dataset", "en",
     "Lead from piston aircraft at Reid-Hillview Airport: air samples and children's blood lead "
     "in East San José, 2011-2022",
     "Most small piston-engined aircraft in the United States still burn 100LL, an aviation "
     "gasoline (avgas) that contains tetraethyl lead, so that since leaded petrol for cars was "
     "banned in 1996 piston aircraft have been the largest remaining source of lead emitted to "
     "the air. Reid-Hillview Airport lies among the homes and schools of East San José, "
     "California. This dataset, assembled for the county's public health department, joins air "
     "lead measured at the runway ends and in nearby neighbourhoods, counts of take-offs and "
     "landings, and some 17,000 blood lead tests of children under six taken from 2011 to 2020, "
     "geocoded by distance from the airport and by wind direction. Children's blood lead rose "
     "with the number of piston flights and was highest downwind of the run-up areas where "
     "pilots test their engines. The dataset also lists the county's measures of 2022, when it "
     "stopped selling leaded fuel at its airports and subsidised unleaded avgas, and notes the "
     "federal endangerment finding of 2023 on lead from aircraft engines.",
     ("leaded aviation gasoline", "avgas", "lead", "children's blood lead",
      "general aviation airports"),
     ("US",), "2022-09"),
    ("cj02", "document", "fr",
     "Passer de l'AVGAS 100LL à l'essence sans plomb UL91 : guide pour les aéroclubs et les "
     "gestionnaires d'aérodromes",
     "Dans les aéroclubs français, la plupart des avions-écoles et des avions de voyage à moteur "
     "à pistons volent encore à l'AVGAS 100LL, une essence aviation qui contient du plomb "
     "tétraéthyle comme antidétonant. Chaque tour de piste, chaque point fixe avant le décollage "
     "et chaque plein rejettent du plomb autour des aérodromes, souvent au bord des villes. Ce "
     "guide, rédigé par une fédération aéronautique avec une direction régionale de "
     "l'environnement, explique quels moteurs acceptent l'UL91 sans plomb, vendue dans un nombre "
     "croissant d'aérodromes, comment vérifier le manuel de vol et les bulletins des motoristes, "
     "comment vidanger et étiqueter les cuves et les pompes, et ce que coûte la conversion pour "
     "un club. Il propose aux mécaniciens et aux instructeurs des fiches sur l'encrassement des "
     "bougies, le dosage du plomb dans les sols des aires de point fixe et la collecte des "
     "filtres et des huiles usagées chargés de plomb. La restriction du plomb dans les "
     "carburants aviation, en préparation dans le cadre du règlement REACH, est présentée.",
     ("essence aviation au plomb", "AVGAS 100LL", "plomb", "aérodromes", "aviation légère"),
     ("FR",), "2024-04"),
    ("cj03", "need", "es",
     "Necesidad: medir el plomo de la nafta de aviación en aeródromos de aeroaplicadores y "
     "escuelas de vuelo de la provincia de Buenos Aires",
     "En la provincia de Buenos Aires operan decenas de pistas de aviación agrícola, desde donde "
     "los aeroaplicadores despegan hacia los campos de soja y trigo, y aeroclubes con escuelas "
     "de vuelo en las afueras de La Plata, Junín y Tandil. Casi todos sus aviones con motor a "
     "pistón cargan nafta de aviación 100LL, que contiene tetraetilo de plomo, el mismo aditivo "
     "que se retiró de la nafta común de los autos en los años noventa. Nadie ha medido cuánto "
     "plomo queda en el suelo de las pistas y de los barrios que las rodean. El organismo "
     "ambiental provincial solicita apoyo técnico y equipos para muestrear plomo en el aire y en "
     "el suelo junto a las cabeceras y en las zonas de carga de combustible, analizar la "
     "plombemia de los trabajadores de plataforma y de los niños de las escuelas vecinas, y "
     "preparar con la autoridad aeronáutica un plan de transición a combustibles sin plomo. Los "
     "plaguicidas aplicados desde el aire no son objeto de esta solicitud.",
     ("nafta de aviación", "plomo", "aviación agrícola", "aeródromos", "plombemia"),
     ("AR",), "2024-07"),
    # --- nitrous oxide canisters --------------------------------------------------------------
    ("cj04", "case-study", "en",
     "Nitrous oxide canisters after the 2023 ban: litter, dumped cylinders and explosions at "
     "waste plants in England",
     "Small silver canisters of nitrous oxide, sold as whipped-cream chargers and inhaled from "
     "balloons as laughing gas or 'nos', became one of the drugs most used by young people in "
     "England. In November 2023 possessing nitrous oxide to inhale it became an offence under "
     "the Misuse of Drugs Act, with exemptions for catering, medicine and industry. This case "
     "study, written by a group of local councils, looks at the waste side: street cleaners "
     "picked up thousands of small canisters and, more and more, large cylinders of over half a "
     "kilogram from car parks, parks and laybys, and cylinders hidden in household rubbish "
     "exploded in energy-from-waste furnaces, forcing shutdowns and costly repairs. It compares "
     "litter counts before and after the ban, describes the work with shops and online sellers "
     "and the recycling of emptied steel canisters as scrap, and sums up the health advice on "
     "nerve damage caused by heavy use. Medical nitrous oxide, such as the Entonox given in "
     "maternity wards, is outside its scope.",
     ("nitrous oxide canisters", "recreational drugs", "litter", "energy-from-waste",
      "scrap metal recycling"),
     ("GB",), "2024-10"),
    ("cj05", "document", "fr",
     "Cartouches et bonbonnes de protoxyde d'azote dans les déchets : fiche pour les "
     "collectivités et les exploitants d'incinérateurs",
     "Vendu en cartouches pour siphons à chantilly puis en bonbonnes de plus en plus grosses, le "
     "protoxyde d'azote, le « proto », est inhalé par des jeunes à l'aide de ballons pour ses "
     "effets euphorisants. Depuis la loi du 1er juin 2021, sa vente aux mineurs est interdite, "
     "mais les cartouches jonchent les parkings et les abords des lycées, et les bonbonnes "
     "jetées avec les ordures ménagères explosent dans les fours des usines d'incinération : "
     "plusieurs unités d'Île-de-France, des Hauts-de-France et de la région lyonnaise ont dû "
     "arrêter une ligne pour réparer leurs parois. Cette fiche, préparée par une association de "
     "collectivités, explique comment reconnaître ces contenants en acier, pourquoi ne jamais "
     "les écraser pleins, comment les collecter en déchèterie et lors du nettoiement des rues, "
     "comment les vider sans danger et recycler l'acier, et quels arrêtés municipaux interdisent "
     "la consommation sur la voie publique. Elle renvoie aux centres d'addictovigilance pour les "
     "atteintes neurologiques. Le MEOPA utilisé à l'hôpital n'est pas concerné.",
     ("protoxyde d'azote", "cartouches", "incinération", "déchets dangereux",
      "conduites addictives"),
     ("FR",), "2023-11"),
    ("cj06", "project", "es",
     "Globos de la risa en Ibiza y Mallorca: retirada de bombonas de óxido nitroso y prevención "
     "en las zonas de ocio nocturno",
     "En las zonas de ocio de Sant Antoni de Portmany, la Platja de Palma y Magaluf, vendedores "
     "ambulantes ofrecen a los turistas globos de la risa inflados con óxido nitroso, el gas "
     "hilarante, y al amanecer las calles y las playas aparecen sembradas de cápsulas, bombonas "
     "y globos. Este proyecto de los consejos insulares con los ayuntamientos y el servicio de "
     "salud balear combina las ordenanzas que prohíben la venta y el consumo en la vía pública, "
     "la retirada de cápsulas y bombonas por los servicios de limpieza y su entrega, ya vacías, "
     "a gestores de chatarra, y campañas con hoteles, discotecas y locales de hostelería que "
     "compran cargas para sifones de nata. Mide las unidades recogidas cada temporada, las "
     "intoxicaciones atendidas en urgencias y las bombonas halladas en la planta de valorización "
     "energética de residuos de Mallorca, donde alguna llegó a estallar en el horno. También "
     "informa sobre los daños neurológicos del consumo repetido. El uso del óxido nitroso como "
     "anestésico en los hospitales queda fuera del proyecto.",
     ("óxido nitroso", "gas de la risa", "residuos urbanos", "ocio nocturno", "salud pública"),
     ("ES",), "2024-05"),
    # --- incense smoke ------------------------------------------------------------------------
    ("cj07", "dataset", "en",
     "Incense smoke in Hong Kong's temples: indoor fine particles and PAHs at twelve temples, "
     "2016-2023",
     "Burning incense sticks and coils, and joss paper in furnaces, is central to worship at "
     "Hong Kong's temples, where on festival days thousands of sticks burn at once in halls with "
     "little ventilation. This dataset, collected by a university team with the environmental "
     "protection department, holds measurements of PM2.5, polycyclic aromatic hydrocarbons, "
     "volatile organic compounds and carbon monoxide inside and outside twelve temples, from "
     "Wong Tai Sin to small Tin Hau temples, over seven years, with counts of worshippers and "
     "sticks and results from personal samplers worn by temple keepers and incense sellers. "
     "Indoor PM2.5 often exceeded 300 micrograms per cubic metre around the Lunar New Year. The "
     "data follow the temples that limited the number of sticks per visitor, offered electric "
     "incense at the altars or moved burners outdoors, and record the fall in exposure that "
     "followed. A small subsample compares homes that burn incense and mosquito coils with homes "
     "that do not.",
     ("incense smoke", "indoor air quality", "PM2.5", "temples",
      "polycyclic aromatic hydrocarbons"),
     ("HK",), "2024-01"),
    ("cj08", "project", "fr",
     "Thiouraye et qualité de l'air intérieur : un projet avec les femmes de Pikine et de "
     "Guédiawaye",
     "À Dakar et dans sa banlieue, le thiouraye, un encens fait de graines, de racines et de "
     "copeaux de bois parfumés, que l'on fait brûler sur des braises dans un petit encensoir en "
     "terre cuite, parfume les chambres, les vêtements et les salons, surtout lors des fêtes et "
     "pour accueillir les visiteurs. Dans des pièces peu aérées, où l'on cuisine parfois au "
     "charbon de bois, la fumée d'encens s'ajoute aux autres fumées. Ce projet, mené par une ONG "
     "de santé avec le centre antipoison et le service d'hygiène, a mesuré les particules fines "
     "dans 120 logements de Pikine et de Guédiawaye avant, pendant et après l'encensement, et "
     "interrogé les vendeuses du marché Sandaga sur la composition des mélanges. Avec des "
     "groupements de femmes qui fabriquent le thiouraye, il essaie des mélanges qui fument "
     "moins, diffuse des conseils simples (aérer, brûler moins longtemps, éloigner les "
     "nourrissons et les asthmatiques) et forme des relais dans les postes de santé. Les "
     "bâtonnets d'encens importés et les serpentins antimoustiques sont aussi mesurés.",
     ("encens", "thiouraye", "pollution de l'air intérieur", "santé des femmes",
      "particules fines"),
     ("SN",), "2023-06"),
    ("cj09", "document", "es",
     "Copal, sahumerios y varitas de incienso: guía para reducir el humo dentro de casas, "
     "templos y mercados",
     "En México el copal se quema en sahumerios de barro en los altares de Día de Muertos, en "
     "las iglesias, en las limpias de los mercados y en las ceremonias de los pueblos indígenas, "
     "y en las ciudades se han vuelto comunes las varitas de incienso, los conos y el palo "
     "santo, que en Argentina y Uruguay también se llaman sahumerios. Esta guía de la secretaría "
     "de salud de un estado del centro del país explica que el humo del incienso, aunque huela "
     "bien, contiene partículas finas, benceno, formaldehído y otros compuestos que irritan los "
     "ojos y las vías respiratorias y agravan el asma. Recomienda ventilar, no quemar incienso "
     "en la recámara de los bebés ni junto a personas con enfermedades respiratorias, preferir "
     "la resina de copal a las varitas con colorantes y aromatizantes baratos, apagar bien las "
     "brasas para evitar incendios y ventilar los locales de los mercados de Sonora y de "
     "Jamaica, en la capital. No busca desalentar las prácticas rituales, sino hacerlas más "
     "seguras.",
     ("humo de incienso", "copal", "calidad del aire interior", "salud respiratoria",
      "sahumerios"),
     ("MX",), "2023-10"),
    # --- floating solar -----------------------------------------------------------------------
    ("cj10", "case-study", "en",
     "Floating solar on the Sirindhorn reservoir: a hydro-solar hybrid in north-eastern "
     "Thailand, three years on",
     "In 2021 the Electricity Generating Authority of Thailand switched on 45 megawatts of "
     "floating solar panels on the reservoir of the Sirindhorn dam in Ubon Ratchathani province, "
     "covering about 120 hectares of water and sharing the dam's transmission line, so that "
     "solar power runs by day and the hydropower turbines in the evening peak and at night. This "
     "case study reviews three years of operation: electricity output, water saved from "
     "evaporation under the floats, water temperature and dissolved oxygen below the arrays, and "
     "the catches of the villages that fish the reservoir, who feared losing their fishing "
     "grounds. It describes the floats of high-density polyethylene, the anchoring against "
     "monsoon floods, the cleaning of bird droppings and the nature trail built along the arrays "
     "for visitors. Plans for floating solar on fifteen more dam reservoirs are discussed, with "
     "the lesson that fishers must be consulted early.",
     ("floating solar", "floating photovoltaics", "hydropower reservoirs", "renewable energy",
      "inland fisheries"),
     ("TH",), "2024-08"),
    ("cj11", "need", "fr",
     "Besoin : études d'impact pour la centrale solaire flottante du lagon de Providence, à Mahé",
     "Les Seychelles produisent encore l'essentiel de leur électricité avec du fioul importé, et "
     "la place manque sur les côtes et les pentes granitiques de Mahé pour poser des panneaux au "
     "sol. Le gouvernement a donc retenu une centrale photovoltaïque flottante d'environ cinq "
     "mégawatts dans le lagon de Providence, entre l'île principale et les îles gagnées sur la "
     "mer, l'une des premières installées en mer dans la région. Le ministère chargé de "
     "l'environnement et de l'énergie demande un appui pour compléter l'étude d'impact : "
     "cartographie des herbiers et des coraux du lagon, modélisation des courants, de la houle "
     "des moussons et des cyclones sur les ancrages, suivi de la température et de l'ombrage "
     "sous les flotteurs, effets sur les poissons, les tortues et les pêcheurs à la ligne, et "
     "plan de démantèlement. Il demande aussi de former ses agents à surveiller le chantier puis "
     "l'exploitation, et de comparer avec d'autres projets de solaire flottant en lagune.",
     ("solaire flottant", "photovoltaïque flottant", "étude d'impact", "lagons",
      "énergies renouvelables"),
     ("SC",), "2023-03"),
    ("cj12", "project", "es",
     "Fotovoltaica flotante en el embalse de Sierra Brava: placas solares sobre el agua en "
     "Extremadura",
     "En el embalse de Sierra Brava, en Zorita (Cáceres), un pantano de riego de la cuenca del "
     "Guadiana, se instaló en 2020 la primera planta solar flotante conectada a la red en "
     "España: miles de placas fotovoltaicas sobre flotadores, en cinco configuraciones distintas "
     "de orientación y de material, para comparar su producción y su resistencia. Este proyecto "
     "de investigación, de la empresa promotora con universidades y la confederación "
     "hidrográfica, mide la electricidad generada, la evaporación evitada, la temperatura del "
     "agua, el oxígeno, la clorofila y las cianobacterias bajo los paneles y fuera de ellos, y "
     "el uso de las estructuras por las aves acuáticas. Sus resultados han servido para regular "
     "las concesiones de plantas flotantes en embalses públicos, que limitan la superficie que "
     "pueden ocupar según el estado ecológico de cada masa de agua. Se analiza también la "
     "convivencia con la pesca deportiva y las actividades náuticas.",
     ("fotovoltaica flotante", "embalses", "energía solar", "evaporación", "calidad del agua"),
     ("ES",), "2023-07"),
    # --- district heating ---------------------------------------------------------------------
    ("cj13", "project", "en",
     "Bringing district heating to the ger areas of Ulaanbaatar: pipes, substations and cleaner "
     "winters",
     "Ulaanbaatar, the coldest capital in the world, heats its apartment blocks through one of "
     "the largest district heating systems in Asia, fed by coal-fired combined heat and power "
     "plants. Yet more than half of its people live in the ger areas on the surrounding hills, "
     "where felt gers and small houses burn raw coal and wood in stoves all winter and produce "
     "most of the smog that makes the city's winter air among the worst anywhere. This project, "
     "financed by a development bank with the city, extends heat network pipes and builds "
     "substations to connect schools, kindergartens, clinics and groups of houses in three ger "
     "districts, after insulating the buildings. It also repairs leaking pipes of the old "
     "network, installs heat meters so that users pay for what they use, and tries electric "
     "heaters on night tariffs where the pipes cannot reach. Winter fine particle levels, coal "
     "use and household heating bills are monitored.",
     ("district heating", "heat networks", "air pollution", "coal", "urban energy"),
     ("MN",), "2023-12"),
    ("cj14", "case-study", "fr",
     "Le chauffage communautaire à la biomasse d'Oujé-Bougoumou : trente ans d'un réseau de "
     "chaleur cri",
     "Quand la communauté crie d'Oujé-Bougoumou, dans le nord du Québec, a construit son village "
     "au début des années 1990, elle a choisi de chauffer toutes les maisons et les bâtiments "
     "publics par un réseau de chaleur alimenté au bran de scie et aux copeaux des scieries de "
     "la région de Chibougamau, plutôt qu'à l'huile ou à l'électricité. Cette étude de cas "
     "retrace trente ans de ce système de chauffage communautaire : la chaufferie centrale, les "
     "conduites isolées enfouies qui relient chaque maison, le remplacement des chaudières, le "
     "stockage des résidus de sciage pour l'hiver, le coût pour les familles comparé à celui des "
     "villages chauffés au mazout et aux plinthes électriques, et les emplois locaux créés. Elle "
     "décrit les difficultés : fermetures de scieries qui ont obligé à chercher d'autres résidus "
     "forestiers, pannes pendant les grands froids, formation des opérateurs, particules "
     "rejetées par la cheminée. Elle compare avec d'autres réseaux de chaleur à la biomasse de "
     "communautés autochtones et de municipalités du Québec.",
     ("réseaux de chaleur", "chauffage communautaire", "biomasse forestière", "Premières Nations",
      "énergie"),
     ("CA",), "2022-10"),
    ("cj15", "need", "es",
     "Necesidad: estudio de prefactibilidad de calefacción distrital para Padre Las Casas y "
     "Temuco",
     "Temuco y Padre Las Casas, en La Araucanía, viven cada invierno episodios críticos de "
     "contaminación por material particulado fino, causados sobre todo por la leña húmeda que se "
     "quema en las estufas de las casas. El plan de descontaminación ha financiado el recambio "
     "de estufas y el aislamiento térmico de viviendas, pero los municipios buscan una solución "
     "colectiva: una red de calefacción distrital que lleve agua caliente por tuberías "
     "enterradas desde una central de biomasa seca o de calor residual industrial hasta villas "
     "de vivienda social, liceos, consultorios y el hospital. La municipalidad de Padre Las "
     "Casas, con la secretaría regional de Energía, solicita apoyo para un estudio de "
     "prefactibilidad: demanda de calor por barrio, trazado de la red, combustible y su "
     "abastecimiento, modelo de negocio y tarifa, y efecto esperado en la calidad del aire. Pide "
     "también asesoría sobre el marco legal, porque Chile no tiene aún una ley de calefacción "
     "distrital, y visitas a redes de calor en funcionamiento.",
     ("calefacción distrital", "redes de calor", "contaminación atmosférica", "leña", "biomasa"),
     ("CL",), "2024-03"),
    # --- low-carbon cement --------------------------------------------------------------------
    ("cj16", "case-study", "en",
     "Limestone calcined clay cement (LC3) in India: from trial batches to commercial production",
     "Cement accounts for about seven per cent of the world's carbon dioxide emissions, most of "
     "them from turning limestone into clinker in kilns at 1,450 °C. Limestone calcined clay "
     "cement, known as LC3, replaces about half of the clinker with clay fired at around 800 °C "
     "and ground limestone, cutting emissions per tonne by up to 40 per cent for the same "
     "strength. This case study follows the Indian trials that began in 2014 in a research "
     "partnership funded by Switzerland with Indian Institutes of Technology: batches made at a "
     "plant in Jhansi, Uttar Pradesh, houses and a model building in Delhi, durability tests and "
     "the work of the Bureau of Indian Standards on composite cements with calcined clay. It "
     "then looks at the first commercial lines, where kaolinitic clays from mining overburden "
     "and low-grade deposits are calcined in rotary and flash calciners, at costs compared with "
     "fly ash cement, and at why masons and builders were slow to trust a cement of unusual "
     "colour.",
     ("low-carbon cement", "LC3", "calcined clay", "clinker substitution",
      "construction materials"),
     ("IN",), "2023-08"),
    ("cj17", "project", "fr",
     "Ciment bas carbone à l'argile calcinée en Côte d'Ivoire : remplacer une partie du clinker "
     "importé",
     "La Côte d'Ivoire, comme la plupart des pays d'Afrique de l'Ouest, importe l'essentiel du "
     "clinker qu'elle broie dans ses cimenteries d'Abidjan et de San-Pédro, faute de gisements "
     "de calcaire exploitables. Ce projet, porté par un cimentier avec un institut de recherche "
     "et l'appui d'un fonds pour le climat, construit une unité de calcination d'argile près "
     "d'Abidjan : l'argile latéritique, riche en kaolinite, est séchée puis chauffée vers 800 °C "
     "dans un four flash alimenté en partie par des coques d'anacarde et d'autres biomasses, "
     "puis mélangée au clinker. Le ciment obtenu, qui contient jusqu'à 40 % d'argile calcinée, "
     "émet environ un tiers de CO2 de moins par tonne et réduit la facture d'importation. Le "
     "projet suit la résistance des bétons et des parpaings, forme les maçons et les "
     "laboratoires de contrôle, prépare une norme nationale et mesure les poussières autour de "
     "l'usine. Il rend compte des émissions évitées au titre de la contribution déterminée au "
     "niveau national.",
     ("ciment bas carbone", "argile calcinée", "clinker", "décarbonation de l'industrie",
      "matériaux de construction"),
     ("CI",), "2024-02"),
    ("cj18", "document", "es",
     "Cemento de bajo carbono LC3 en Cuba: guía para las plantas locales de materiales de "
     "construcción",
     "El cemento de arcilla calcinada y caliza, conocido como LC3, nació en buena parte en Cuba: "
     "desde 2005 el centro de estructuras y materiales de la Universidad Central de Las Villas, "
     "en Santa Clara, trabajó con universidades suizas en la sustitución del clínker por "
     "arcillas caoliníticas calcinadas, y en 2013 se produjeron las primeras toneladas "
     "industriales en la fábrica de cemento de Siguaney, en Sancti Spíritus. Esta guía está "
     "dirigida a las pequeñas plantas municipales de materiales de construcción: cómo reconocer "
     "una arcilla apta, calcinarla en hornos rotatorios o en hornos de ladrillos adaptados, "
     "molerla con caliza y mezclarla con el clínker, y controlar la resistencia de bloques, "
     "losas y morteros. Compara las emisiones de CO2 y el consumo de combustible con los del "
     "cemento Portland, escaso en Cuba y dependiente de fueloil importado, y recoge la "
     "experiencia de viviendas levantadas tras los huracanes. Incluye fichas de ensayo y un "
     "directorio de laboratorios.",
     ("cemento de bajo carbono", "LC3", "arcilla calcinada", "clínker",
      "materiales de construcción"),
     ("CU",), "2022-06"),
    # --- sail cargo ---------------------------------------------------------------------------
    ("cj19", "project", "en",
     "Sailing cargo for the outer islands: low-carbon sea transport in the Marshall Islands",
     "The Marshall Islands spread 29 atolls across two million square kilometres of ocean, and "
     "the outer islands depend on ageing diesel field-trip ships that call every few months, "
     "burn a large share of the government's fuel budget and often break down. The country has "
     "pledged to cut emissions from its domestic shipping sharply by 2030 and to reach zero by "
     "2050. This project, run by a sustainable sea transport centre at the national college with "
     "partners from Germany and Fiji, puts into service a sail-assisted cargo vessel for the "
     "routes to the outer atolls and a small training vessel on which young Marshallese learn "
     "traditional and modern sailing. It also supports the revival of outrigger canoes for "
     "lagoon transport, trains crews and maritime officers, monitors the fuel saved per tonne "
     "carried and the reliability of deliveries of food, copra and passengers, and feeds its "
     "results into the International Maritime Organization's talks on greenhouse gas emissions "
     "from ships.",
     ("sail cargo", "wind-assisted shipping", "maritime transport", "decarbonisation",
      "small island developing States"),
     ("MH",), "2023-05"),
    ("cj20", "case-study", "fr",
     "Le retour des cargos à voile : les premières rotations d'un voilier-cargo entre Le Havre "
     "et les Amériques",
     "Depuis 2024, une compagnie normande de transport à la voile exploite des voiliers-cargos "
     "de 81 mètres, construits au Vietnam, qui embarquent un millier de tonnes de marchandises "
     "sous plus de 2 000 mètres carrés de voiles et n'utilisent leur moteur que pour les "
     "manœuvres de port. Cette étude de cas suit les premières rotations entre Le Havre, New "
     "York, la Guadeloupe et le Brésil : café, cacao, rhum et vins transportés, durée des "
     "traversées, émissions de CO2 évitées, estimées à plus de 90 % par rapport à un "
     "porte-conteneurs, et prix payé par les chargeurs, qui affichent le transport à la voile "
     "sur leurs produits. Elle replace l'expérience parmi d'autres navires à propulsion vélique, "
     "du roulier à ailes rigides qui convoie des éléments de fusée vers Kourou aux petits "
     "voiliers de Bretagne, et discute des limites : volumes, dépendance à la météo, formation "
     "des marins et règles de l'Organisation maritime internationale sur l'intensité carbone des "
     "navires.",
     ("transport à la voile", "propulsion vélique", "cargos à voile", "transport maritime",
      "décarbonation"),
     ("FR",), "2025-02"),
    ("cj21", "support-source", "es",
     "Oferta: formación en construcción naval en madera y navegación a vela para el transporte "
     "de carga, Puntarenas",
     "En Punta Morales, en el golfo de Nicoya, un astillero construye desde 2018 el Ceiba, una "
     "goleta de carga de tres mástiles hecha con madera de plantaciones y de árboles caídos y "
     "con un motor eléctrico de apoyo, pensada para llevar café, cacao y otros productos entre "
     "Centroamérica y Norteamérica casi sin quemar combustible. La empresa ofrece a jóvenes de "
     "las comunidades costeras del Pacífico y del Caribe de la región un programa gratuito de "
     "seis meses de aprendizaje en carpintería de ribera, calafateo, jarcia y reparación de "
     "velas, con prácticas como tripulantes en travesías costeras. También asesora a "
     "cooperativas y exportadores interesados en el transporte marítimo a vela sobre costos, "
     "seguros, tiempos de tránsito y cálculo de la huella de carbono. La formación incluye la "
     "siembra de árboles para reponer la madera empleada y cursos de seguridad en el mar.",
     ("transporte marítimo a vela", "veleros de carga", "construcción naval", "formación",
      "ofertas"),
     ("CR",), "2024-09"),
    # --- cultivated meat ----------------------------------------------------------------------
    ("cj22", "document", "en",
     "Cultivated meat in Singapore: a guide to the safety assessment of cell-based novel foods",
     "In December 2020 Singapore became the first country to approve the sale of cultivated "
     "meat: chicken grown from animal cells in bioreactors, without slaughter. This guide, "
     "written for start-ups by a food technology association from the food agency's requirements "
     "for novel foods, sets out what a company must submit before its cell-cultured product can "
     "be sold: the origin and identity of the cell lines and whether they were genetically "
     "modified or immortalised, the growth media and whether they contain foetal bovine serum or "
     "antibiotics, scaffolds, contaminants and allergens, nutritional composition and the "
     "manufacturing controls of the plant. It explains the review by an expert panel, the "
     "labelling terms allowed, such as 'cultivated' or 'cell-based', and the later approvals of "
     "further cultivated products, some of which blend cells with plant proteins. Proteins made "
     "by precision fermentation with genetically modified yeasts follow a similar but separate "
     "route.",
     ("cultivated meat", "cell-based meat", "novel foods", "food safety", "biotechnology"),
     ("SG",), "2024-06"),
    ("cj23", "event", "fr",
     "Colloque : la viande cultivée en Suisse, entre demande d'autorisation et attentes des "
     "consommateurs",
     "En 2023, une entreprise a déposé auprès de l'Office fédéral de la sécurité alimentaire et "
     "des affaires vétérinaires (OSAV) la première demande d'autorisation de viande cultivée en "
     "Suisse, du bœuf produit à partir de cellules dans des bioréacteurs, et d'autres dossiers "
     "ont suivi. Ce colloque, organisé à Lausanne par une haute école spécialisée et un réseau "
     "de recherche en biotechnologies alimentaires, réunit chercheurs, autorités, éleveurs, "
     "distributeurs et associations de consommateurs. Au programme : les étapes de l'évaluation "
     "d'un nouvel aliment, la comparaison avec le règlement européen et avec Singapour, les "
     "milieux de culture sans sérum de veau fœtal, la question de savoir si des lignées "
     "cellulaires modifiées relèvent de la loi sur le génie génétique, l'étiquetage de la « "
     "viande de culture » et le nom qu'on peut lui donner, l'empreinte carbone et énergétique "
     "réelle des usines et l'avenir des éleveurs. Une table ronde abordera l'interdiction votée "
     "en Italie et les débats dans d'autres pays.",
     ("viande cultivée", "nouveaux aliments", "biotechnologies", "sécurité alimentaire",
      "événements"),
     ("CH",), "2025-03"),
    ("cj24", "project", "es",
     "Carne cultivada en Donostia: una planta para producir carne y grasa de pollo a partir de "
     "células",
     "En San Sebastián, una empresa de biotecnología nacida en 2017 construye con un socio del "
     "sector cárnico una planta para producir carne cultivada: células de pollo que crecen en "
     "biorreactores con un medio de cultivo, sin criar ni sacrificar animales, pensadas para "
     "mezclarse con proteínas vegetales en croquetas, hamburguesas y embutidos. El proyecto, "
     "cofinanciado con fondos públicos de investigación del Gobierno Vasco y del Estado, "
     "desarrolla medios de cultivo sin suero fetal bovino, mide el consumo de energía y de agua "
     "y la huella de carbono frente al pollo de granja, y prepara el expediente que la empresa "
     "deberá presentar a la Autoridad Europea de Seguridad Alimentaria como nuevo alimento, ya "
     "que ningún producto de carne de laboratorio está autorizado todavía en la Unión Europea. "
     "Incluye catas con consumidores y un estudio sobre cómo llamarla: carne cultivada, carne "
     "celular o carne cultivada en laboratorio.",
     ("carne cultivada", "nuevos alimentos", "biotecnología alimentaria", "seguridad alimentaria",
      "proteínas alternativas"),
     ("ES",), "2024-11"),
    # --- citizens' climate assemblies ---------------------------------------------------------
    ("cj25", "document", "en",
     "Climate Assembly UK: what 108 randomly selected citizens recommended for reaching net zero",
     "In 2020 six select committees of the House of Commons commissioned Climate Assembly UK, a "
     "citizens' assembly of 108 people chosen by lot to reflect the population by age, gender, "
     "education, ethnicity, region and level of concern about climate change. Over six weekends, "
     "first in Birmingham and then online during the pandemic, members heard experts and "
     "deliberated on how the United Kingdom should reach net zero emissions by 2050. This "
     "summary of their final report sets out the recommendations on travel, heating homes, food "
     "and land use, electricity and what we buy: a levy on frequent flyers, a shift away from "
     "petrol and diesel cars, support for low-carbon heating such as heat pumps and heat "
     "networks, less meat and dairy, onshore wind and solar power, and a transition that is fair "
     "to all. It also reports how Parliament and the government responded and what members said "
     "about taking part.",
     ("citizens' assemblies", "deliberative democracy", "net zero", "climate policy",
      "public participation"),
     ("GB",), "2021-02"),
    ("cj26", "case-study", "fr",
     "La Convention citoyenne pour le climat : 150 citoyens tirés au sort et ce que sont "
     "devenues leurs propositions",
     "Créée en 2019 après le mouvement des gilets jaunes, la Convention citoyenne pour le climat "
     "a réuni 150 personnes tirées au sort, représentatives de la population française, chargées "
     "de proposer des mesures pour réduire d'au moins 40 % les émissions de gaz à effet de serre "
     "d'ici 2030 dans un esprit de justice sociale. En sept sessions au Conseil économique, "
     "social et environnemental, elles ont entendu experts et parties prenantes et adopté 149 "
     "propositions : rénovation énergétique obligatoire des logements, fin des vols intérieurs "
     "là où le train met moins de quatre heures, encadrement de la publicité, crime d'écocide, "
     "entre autres. Cette étude de cas compare les propositions avec la loi Climat et résilience "
     "de 2021, qui en a repris une partie sous une forme souvent atténuée, analyse le rôle du "
     "comité de gouvernance et des garants, et rapporte le regard des participants. Elle évoque "
     "aussi les conventions citoyennes lancées ensuite par des régions et des villes.",
     ("convention citoyenne", "démocratie participative", "tirage au sort", "politique climatique",
      "participation du public"),
     ("FR",), "2022-06"),
    ("cj27", "event", "es",
     "Jornada: de la Asamblea Ciudadana para el Clima a las asambleas climáticas autonómicas y "
     "municipales",
     "Entre noviembre de 2021 y mayo de 2022, cien personas elegidas por sorteo entre la "
     "población española de 16 años en adelante se reunieron en la Asamblea Ciudadana para el "
     "Clima que prevé la Ley de Cambio Climático y Transición Energética, y aprobaron 172 "
     "recomendaciones sobre consumo, alimentación, trabajo, territorio y movilidad para una "
     "España más segura y justa ante el cambio climático. Desde entonces Cataluña y varios "
     "ayuntamientos han convocado sus propias asambleas climáticas. Esta jornada, organizada en "
     "Madrid por una fundación y una red de investigadores en democracia deliberativa, revisa el "
     "seguimiento que el Gobierno ha dado a las recomendaciones, los métodos de selección y de "
     "facilitación, el papel de los expertos y cómo lograr que las propuestas lleguen al "
     "Congreso. Participarán miembros de la asamblea, técnicos del ministerio y organizadores de "
     "asambleas de Francia, Irlanda y el Reino Unido.",
     ("asambleas ciudadanas", "democracia deliberativa", "cambio climático",
      "participación ciudadana", "eventos"),
     ("ES",), "2024-11"),
    # --- climate litigation -------------------------------------------------------------------
    ("cj28", "case-study", "en",
     "Leghari v. Federation of Pakistan: how a farmer's climate lawsuit made the government act",
     "In 2015 Asghar Leghari, a farmer and lawyer from south Punjab, petitioned the Lahore High "
     "Court, arguing that the government's failure to carry out its own National Climate Change "
     "Policy of 2012 and its implementation framework violated his fundamental rights to life "
     "and dignity, as droughts, floods and heat threatened farmers. The court agreed: it ordered "
     "ministries to name climate focal persons and to list action points, and set up a Climate "
     "Change Commission of officials, experts and civil society to oversee progress, which in "
     "2018 handed over to a standing committee. This case study traces the litigation, the "
     "court's reliance on constitutional rights and on principles of environmental justice, and "
     "what changed in water, agriculture, forestry and disaster planning. It sets the case "
     "beside later climate cases brought in the Global South and the advisory opinions on "
     "climate change that small island states have asked of international courts.",
     ("climate litigation", "climate change policy", "human rights", "courts", "adaptation"),
     ("PK",), "2023-09"),
    ("cj29", "document", "fr",
     "L'Affaire Climat : fiche sur l'arrêt de la cour d'appel de Bruxelles de novembre 2023",
     "Lancée en 2015 par l'association Klimaatzaak avec des dizaines de milliers de "
     "codemandeurs, l'Affaire Climat reprochait à l'État fédéral et aux trois Régions belges de "
     "ne pas réduire suffisamment les émissions de gaz à effet de serre. En 2021, le tribunal de "
     "première instance de Bruxelles avait reconnu une faute et une violation des droits à la "
     "vie et au respect de la vie privée garantis par la Convention européenne des droits de "
     "l'homme, sans fixer d'objectif. Le 30 novembre 2023, la cour d'appel est allée plus loin : "
     "elle a ordonné à l'État fédéral, à la Région flamande et à la Région de Bruxelles-Capitale "
     "de réduire leurs émissions d'au moins 55 % d'ici 2030 par rapport à 1990. Cette fiche "
     "résume l'arrêt, les arguments des parties, la place de la séparation des pouvoirs et les "
     "suites, dont le pourvoi en cassation. Elle le compare avec l'Affaire du siècle et "
     "l'affaire Grande-Synthe en France et avec l'affaire Urgenda aux Pays-Bas.",
     ("contentieux climatique", "justice climatique", "droits humains", "jurisprudence",
      "Belgique"),
     ("BE",), "2024-02"),
    ("cj30", "case-study", "es",
     "Generaciones Futuras contra el Estado colombiano: el litigio climático que llevó la "
     "deforestación amazónica a la Corte Suprema",
     "En enero de 2018, veinticinco niños, niñas y jóvenes de entre 7 y 25 años, apoyados por "
     "una organización de derechos, presentaron una acción de tutela contra la Presidencia, "
     "varios ministerios y gobiernos locales por no frenar la deforestación de la Amazonía "
     "colombiana, que aumentaba las emisiones de gases de efecto invernadero y ponía en riesgo "
     "sus derechos a un ambiente sano, a la vida, a la salud y al agua. En abril, la Corte "
     "Suprema de Justicia les dio la razón en la sentencia STC 4360 de 2018: reconoció a la "
     "Amazonía como sujeto de derechos y ordenó formular un pacto intergeneracional por la vida "
     "del Amazonas colombiano y planes de acción contra la deforestación con participación de "
     "los demandantes. Este estudio de caso revisa el cumplimiento de las órdenes años después, "
     "las audiencias de seguimiento, la evolución de la deforestación en Caquetá, Guaviare y "
     "Meta, y el lugar del fallo entre los litigios climáticos de América Latina.",
     ("litigio climático", "deforestación", "Amazonía", "generaciones futuras",
      "acción de tutela"),
     ("CO",), "2024-04"),
)  # fmt: skip
