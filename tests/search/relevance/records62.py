"""Clearing-house records of the sixty-second judged relevance set
(tests/search/relevance/queries62.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: energy and shipping pages on
shore power (plug-in hours at the ports of Los Angeles and Long Beach, where it is also called cold
ironing and alternative maritime power; the alimentation électrique à quai of the port of Montréal,
its traversiers and débardeurs; a need for suministro eléctrico en muelle in Montevideo); energy
efficiency pages on building energy codes (India's ECBC and Eco-Niwas Samhita; the Règlement
thermique de construction au Maroc, RTCM; Chile's reglamentación térmica, its aislación and
termopanel); Montreal Protocol and energy pages on district cooling (Toronto's deep lake water
cooling; the SWAC, climatisation par eau de mer profonde, of the Taaone hospital in Tahiti; the
distrito térmico La Alpujarra of Medellín and its agua helada); chemicals and health pages on
disinfectant spraying in the pandemic (streets and people sprayed with hypochlorite in India; the
désinfection of Abidjan's rues, marchés, gbakas and woro-woro; a Peruvian guide against
«fumigar» calles and against the cabinas and túneles de desinfección); on bed bugs (illnesses from
bed bug insecticides in the United States; a French guide to the punaises de lit; a need for the
chinches de cama of the hoteles familiares and paradores of Buenos Aires); on acid attacks
(Bangladesh's Acid Control Act; the vitriolage and the law on strong acids in Cambodia; a need to
control the sale of ácido muriático and soda cáustica in Bogotá's ferreterías); waste pages on
coffee capsules (Podback in the United Kingdom; the bac jaune and the petits aluminiums in France;
a Spanish guide to the contenedor amarillo, the punto limpio and compostable cápsulas); air
pollution pages on ground-level ozone (Colorado's Front Range; the procédure préfectorale for the
épisodes d'ozone in France; the contingencias ambientales and the Hoy No Circula of the Valle de
México); governance and capacity pages on supreme audit institutions (an offer for audit offices
that audit chemicals and waste; a need of Benin's Cour des comptes; an OLACEFS workshop of
contralorías on a coordinated audit of waste); and Biosafety Clearing-House pages on genetically
modified apples (the non-browning Arctic apples; Agroscope's cisgenic scab-resistant apple trees
at Reckenholz, Zurich; a need for the chacras of Argentina's Alto Valle). English, French and
Spanish, 10 records each, every topic written once in each language (different countries,
projects and angles, not translations of one text).

None of records.py, records3.py, ..., records61.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (shore power, onshore power, cold ironing, at berth, berth,
alternative maritime power, alimentation électrique à quai, branchement à quai, électrification
des quais, à quai, conexión eléctrica, suministro eléctrico, muelle, amarre, OPS; building code,
energy code, ECBC, Eco-Niwas, réglementation thermique, RTCM, RE2020, código de construcción,
norma de construcción, reglamentación térmica, aislación, aislamiento térmico, isolation
thermique, insulation, termopanel, efficacité énergétique des bâtiments, construcción sostenible;
district cooling, réseau de froid, froid urbain, refroidissement urbain, SWAC, eau de mer
profonde, deep lake, lake water cooling, distrito térmico, frío distrital, enfriamiento distrital,
chiller, enfriadora, refroidisseur, climatisation; disinfect, désinfect, desinfec, sanitiz,
sanitis, hypochlorite, javel, lejía, quaternary, tunnel, túnel, fumigación de calles, COVID,
pandemic, pandémie; bed bug, bedbug, Cimex, punaise, punaises de lit, chinche, chinches de cama,
mattress, matelas, colchones; acid attack, attaques à l'acide, vitriol, ataques con ácido,
corrosive, corrosif, corrosivo, sulfuric, sulphuric, sulfurique, sulfúrico, nitric,
hydrochloric, chlorhydrique, clorhídrico, muriático; coffee capsule, coffee pod, capsule,
cápsula, Nespresso, Podback, café; ground-level ozone, tropospheric, troposphérique,
troposférico, ozone, ozono, smog, pic d'ozone, épisodes de pollution, contingencia ambiental, Hoy
No Circula, Megalópolis; audit, auditor, auditeur, vérificateur, supreme audit, INTOSAI, OLACEFS,
Cour des comptes, court of auditors, auditor general, comptroller, Contraloría, contralor,
Tribunal de Cuentas; apple, pomme, manzana, Arctic apple, non-browning, brunissement,
pardeamiento, cisgenic, cisgenèse, tavelure, scab, Venturia, Okanagan, polyphenol, Agroscope,
Alto Valle). Screened and dropped as covered: refrigerant smuggling (t02 and the used refrigerator
pages cf22-cf24), offshore wind (t22-t24, and the éolien en mer named by r26 and cf01), moratoria
on GMOs (bc12, n12, bk27), waste incineration (d4, bu17, bu18), food waste (bq19-bq21), solar
mini-grids (named by u02 and cb22, and the village grids of the micro-hydro pages cl16-cl18),
household biogas (bi07, bj10), chlorine dioxide (br07-br09), face masks (cf13-cf15), energy
labelling of appliances (m20, cf23), cool roofs (w19), besides the topics of sets 42 to 61 and
those their docstrings list as covered; screened with no or passing hits but not chosen: prepaid
and smart electricity meters (the compteurs à prépaiement named by cl17 and cl20), night trains,
acid rain (the pluies acides named by cb02), landfill fires (the open burning ended at the Chunga
dumpsite, q16), household hazardous waste, chemicals in products.

The nearest are the document on the data centres of Marseille (cn05), which names the
électrification des quais among the demands on the grid and cools servers with the water of an
old mine gallery, passing to the shore power and district cooling queries; the ship exhaust pages
(cb28-cb30), which measure the sulphur burned by ships in port but never connect them to shore
power; the district heating pages (cj13-cj15) and the cooling towers and Legionella pages
(bp16-bp18), no district cooling; the efficient air conditioners of Senegal (m20) and the heat
pump pages (ca19-ca21), of which ca21 names homes insulated beforehand with the subsidio de
acondicionamiento térmico, passing to the building code queries, as are the bird-friendly
building guidelines (bp22); the chlorine dioxide sold as a cure during the pandemic (br07-br09)
and the face masks in litter (cf13-cf15), no disinfectant spraying; the kissing bugs, punaises
triatomes and vinchucas of the Chagas pages (bo19-bo21), which are no bed bugs, and the aluminium
phosphide poisoning pages (bd10-bd12), which say nothing of bed bugs; the hydrofluoric acid
releases (s25-s27) and the sulphuric acid of the nickel and cobalt leaching plants (ch13, ch15),
no acid attacks; the ozone-layer pages of the Montreal Protocol (m19-m21, t01-t03, u22-u24,
cf22-cf24, cn10-cn12 and others), the UV index page naming the agujero de ozono (cd27), the
guide to low-cost sensors that lists l'ozone among the pollutants they measure (cd05) and the
6PPD pages in which ozone turns the tyre chemical into a quinone (bv07, bv08), none of them about
ground-level ozone; the audits of energy, water and chemicals of the eco-industrial parks
(cb25, cb27) and the audits of anaesthetic gas leaks (cf25), which are no audits by supreme audit
institutions; and the GM potato pages (bc10-bc12), the GM pineapple (bm13-bm15) and the genome
editing pages (q25-q27), other crops and techniques. No golden page is about these ten topics
(the only hits are passing: a chemistry page on nitrogen dioxide naming the ozone it forms in the
troposphere and in smog, chemistry pages naming disinfectants, apples, coffee and acids among the
uses and sources of molecules, and "audit" in software and business papers). records63.py (ids
cq..), written at the same time by another engineer, is not part of this set's pool.

Traps: the cruise ships of cp01, cp02 and cp03 are passing, 0 to any cruise reading; the vessel
speed reduction programme of the San Pedro Bay ports (cp01) is another set's topic, passing; the
génératrices au diesel that the Montréal project unplugs (cp02) are passing, 0 to the generator
readings; the green hydrogen left out of the Montevideo need (cp03) is passing; the district
cooling plant of GIFT City, outside the Indian code project (cp04), is passing, 0 to the district
cooling queries; the chauffe-eau solaires of cp05 and the bombas de calor of cp06 are passing; the
steam district heating and the data rooms of the Toronto case study (cp07) are passing; the capa de
ozono named by the Medellín dataset (cp09) is the ozone layer, 0 to the ground-level ozone queries;
the masks of cp10 are passing; the Peruvian guide (cp12) and the Indian case study (cp10) name
disinfection tunnels and cabinas, the Abidjan need (cp11) does not (people sprayed at markets, no
tunnel): 0 to the tunnel queries; the second-hand mattresses of cp13 are passing; the fosfuro de
aluminio and the vinchucas of the Buenos Aires need (cp15) are other topics named in passing; the
used lead-acid batteries and the tanneries of cp16 are passing; the trials of compostable pods
reported by cp19 and the capsules compostables with which cp20 compares the bac jaune make them 1
to the compostable capsule query (cp21 is 2); the deposit return of cp19 and the responsabilité
élargie du producteur of cp20 are passing; the methane leaks and the wildfire smoke of cp22, the
canicules and the vignette Crit'Air of cp23 and the gas LP leaks of cp24 are passing; the obsolete
pesticides, medical waste, e-waste and mercury imports that cp25 gives as examples, the déchets
biomédicaux and the députés of cp26, and the botaderos, áreas protegidas and congresos nacionales
of cp27 are passing; the non-browning potato of cp28, the moratoire sur les OGM and the édition du
génome of cp29, and the trigo HB4 of cp30 are other sets' topics, passing (the detección de OGM of
cp30 is one of its own subjects); cp30 names Canadá and Estados Unidos, where the non-browning
apples were approved, which makes it about Canada for the exclusion queries and relevant in part
(1) to the Arctic apple query; cp27 lists eleven countries (its countries field).

Ids (cp01..cp30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cn01..cn30, co01..co30), and no earlier id starts with "cp".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- shore power -----------------------------------------------------------------------------
    ("cp01", "dataset", "en",
     "Ships plugged in at berth: shore power use and at-berth emissions at the ports of Los "
     "Angeles and Long Beach, 2014-2024",
     "Container ships, cruise ships and refrigerated cargo vessels that spend days at berth keep "
     "their diesel auxiliary engines running to power lights, pumps, cranes and reefer "
     "containers, a large source of diesel particulate matter and nitrogen oxides for the "
     "neighbourhoods of Wilmington, San Pedro and West Long Beach. Since 2014 California's "
     "At-Berth Regulation has required the fleets that call most often to plug into shore power, "
     "also called cold ironing or alternative maritime power, and from 2025 it covers car "
     "carriers and tankers as well. This dataset lists every vessel visit to the two ports with "
     "terminal, vessel type, hours at berth, hours connected and the reason when a ship did not "
     "connect (vessel not fitted, cable or vault fault, commissioning), with the emissions "
     "estimated with and without shore power. It also records the barge-mounted capture systems "
     "used where ships cannot plug in. The ports' voluntary vessel speed reduction programme is "
     "kept in another file.",
     ("shore power", "onshore power supply", "ship emissions", "ports",
      "diesel particulate matter"),
     ("US",), "2024-10"),
    ("cp02", "project", "fr",
     "Alimentation électrique à quai au port de Montréal : brancher les navires au réseau "
     "d'Hydro-Québec",
     "Au port de Montréal, les navires amarrés laissaient tourner leurs génératrices au diesel "
     "pendant toute l'escale pour s'éclairer, se chauffer et faire fonctionner leurs "
     "équipements, au pied du Vieux-Montréal et des quartiers de l'est. Depuis la mise en "
     "service d'un premier poste d'alimentation électrique à quai au terminal du Grand Quai, en "
     "2017, le port branche des navires au réseau d'Hydro-Québec, dont l'électricité est presque "
     "entièrement renouvelable. Ce projet étend le branchement à quai aux traversiers, aux "
     "navires de ravitaillement et aux porte-conteneurs des terminaux de l'est, avec des postes "
     "mobiles là où le quai ne permet pas d'installation fixe. Il finance la modification des "
     "navires, forme les équipages et les débardeurs à la connexion à haute tension et mesure "
     "les gaz à effet de serre, les oxydes d'azote et le bruit évités. Les paquebots de "
     "croisière qui font escale l'été sont parmi les premiers branchés. Le projet s'inscrit dans "
     "la stratégie d'électrification des transports du Québec.",
     ("alimentation électrique à quai", "branchement à quai", "émissions des navires",
      "électrification des transports", "ports"),
     ("CA",), "2023-09"),
    ("cp03", "need", "es",
     "Necesidad: conexión eléctrica desde tierra para los buques en el puerto de Montevideo",
     "Casi toda la electricidad que produce Uruguay viene de fuentes renovables, eólica, "
     "hidráulica, biomasa y solar, pero los buques atracados en el puerto de Montevideo siguen "
     "quemando gasoil y fueloil en sus motores auxiliares a pocos metros de la Ciudad Vieja y de "
     "la rambla. Los vecinos se quejan del humo y del ruido, sobre todo cuando están en muelle "
     "los ferris de la línea a Buenos Aires, los portacontenedores y, en temporada, los "
     "cruceros. La Administración Nacional de Puertos, con la empresa eléctrica estatal y el "
     "ministerio de ambiente, solicita apoyo para un estudio de factibilidad del suministro "
     "eléctrico en muelle (OPS, por sus siglas en inglés): demanda de cada tipo de buque, "
     "refuerzo de la red, tarifas, normas técnicas de conexión en alta tensión y adaptación de "
     "los buques de bandera nacional. Pide además capacitación del personal portuario y un "
     "inventario de emisiones del puerto. La producción de hidrógeno verde que se proyecta en el "
     "país no forma parte de la solicitud.",
     ("conexión eléctrica desde tierra", "suministro eléctrico en muelle", "emisiones de buques",
      "puertos", "energías renovables"),
     ("UY",), "2024-05"),
    # --- building energy codes -------------------------------------------------------------------
    ("cp04", "project", "en",
     "Putting the Energy Conservation Building Code to work: state adoption and compliance "
     "checks for new buildings in India",
     "India's Energy Conservation Building Code (ECBC), first issued by the Bureau of Energy "
     "Efficiency in 2007 and revised in 2017, sets minimum requirements for the walls, roofs, "
     "glazing, lighting and air conditioning of new commercial buildings, and the Eco-Niwas "
     "Samhita of 2018 extends the approach to apartments and houses. The code only bites when a "
     "state notifies it and when municipalities check it before granting a building permit. This "
     "project works with five state energy agencies and their urban development departments to "
     "amend building bye-laws, set up online compliance forms, accredit third-party assessors "
     "and train architects, engineers and municipal plan reviewers. It models the cooling demand "
     "of typical offices, hospitals and hotels in hot-dry, warm-humid and composite climates and "
     "tracks the share of permits checked. Cool roofs, shading and efficient room air "
     "conditioners are covered as ways to comply; the district cooling plant of GIFT City in "
     "Gujarat is outside the project.",
     ("building energy codes", "energy efficiency in buildings", "ECBC", "cooling demand",
      "building permits"),
     ("IN",), "2023-11"),
    ("cp05", "document", "fr",
     "Règlement thermique de construction au Maroc : guide d'application pour les architectes et "
     "les promoteurs immobiliers",
     "Depuis son entrée en vigueur en 2015, le Règlement thermique de construction au Maroc "
     "(RTCM) fixe des exigences minimales de performance thermique pour les logements et les "
     "bâtiments tertiaires neufs : isolation des toitures-terrasses et des murs, qualité des "
     "vitrages, protections solaires et taux de vitrage des façades. Ce guide, préparé avec "
     "l'agence chargée de l'efficacité énergétique, présente les six zones climatiques du pays, "
     "d'Agadir et Tanger jusqu'à Ifrane et Errachidia, et les deux manières de se conformer : "
     "l'approche prescriptive, qui impose un coefficient de transmission maximal par paroi, et "
     "l'approche performancielle, qui plafonne les besoins de chauffage et de climatisation "
     "calculés avec un logiciel. Il donne des détails constructifs en brique, en béton et en "
     "pisé, des exemples de logements sociaux conformes à faible surcoût, et la liste des pièces "
     "à joindre à la demande de permis de construire. Les chauffe-eau solaires, encouragés par "
     "ailleurs, ne relèvent pas du règlement.",
     ("réglementation thermique", "efficacité énergétique des bâtiments", "isolation thermique",
      "construction", "climatisation"),
     ("MA",), "2022-04"),
    ("cp06", "case-study", "es",
     "Veinte años de reglamentación térmica de viviendas en Chile: lo que cambió en el sur y lo "
     "que falta",
     "Chile exige desde 2000 un nivel mínimo de aislación en las techumbres de las viviendas "
     "nuevas y desde 2007 también en muros, pisos ventilados y ventanas, con valores que se "
     "hacen más estrictos hacia el sur y la cordillera, en siete zonas térmicas. Este estudio de "
     "caso examina lo que logró la reglamentación térmica de la Ordenanza General de Urbanismo y "
     "Construcciones: casas más abrigadas y con menos consumo de leña y gas en Temuco, Osorno y "
     "Coyhaique, pero también problemas de condensación y hongos donde faltó ventilación, y "
     "miles de viviendas sociales construidas antes de 2007 que siguen sin aislación. Analiza la "
     "calificación energética de viviendas, los subsidios de reacondicionamiento térmico con "
     "termopanel y aislación exterior, y la actualización de la norma que eleva las exigencias e "
     "incorpora la infiltración de aire. Compara el costo por vivienda con el ahorro en "
     "calefacción y el efecto sobre la contaminación del aire de las ciudades del sur. Las "
     "bombas de calor se mencionan solo como alternativa de calefacción.",
     ("reglamentación térmica", "eficiencia energética en viviendas", "aislación térmica",
      "vivienda social", "contaminación por leña"),
     ("CL",), "2024-03"),
    # --- district cooling ------------------------------------------------------------------------
    ("cp07", "case-study", "en",
     "Cooling downtown Toronto with cold water from the depths of Lake Ontario: twenty years of "
     "deep lake water cooling",
     "Since 2004 a district cooling system has chilled more than a hundred office towers, "
     "hospitals, university buildings and data rooms in downtown Toronto with water drawn from "
     "83 metres below the surface of Lake Ontario, five kilometres offshore, where it stays at "
     "about 4 °C all year. The cold lake water passes through heat exchangers at the city's "
     "filtration plant, cools the closed loop of chilled water that runs under the streets to "
     "customer buildings, and then continues into the municipal drinking water supply. This case "
     "study reviews two decades of operation: electricity for cooling cut by some 90 per cent "
     "compared with building chillers, peak summer demand on the grid lowered, and rooftop "
     "chillers and cooling towers charged with CFC and HCFC refrigerants taken out of service. "
     "It discusses the contract terms that brought buildings in, the extension to new customers "
     "after 2020 and the effects of warmer lake water. The steam district heating network run by "
     "the same utility is mentioned only for comparison.",
     ("district cooling", "deep lake water cooling", "energy efficiency", "refrigerants",
      "urban energy"),
     ("CA",), "2024-07"),
    ("cp08", "project", "fr",
     "Climatiser l'hôpital du Taaone avec l'eau de mer profonde : le SWAC de Tahiti",
     "En Polynésie française, la climatisation des hôtels, des bureaux et de l'hôpital absorbe "
     "une part importante de l'électricité, encore produite surtout à partir de fioul importé. "
     "Après le premier système de climatisation par eau de mer profonde (SWAC), installé en 2006 "
     "dans un hôtel d'un motu de Bora Bora, ce projet équipe le Centre hospitalier de la "
     "Polynésie française, au Taaone, à Pirae : une conduite descend à plus de 900 mètres de "
     "profondeur au large de la côte pour pomper une eau à environ 5 °C, qui refroidit par "
     "échangeur le réseau d'eau glacée de l'hôpital avant d'être rejetée en profondeur. Le "
     "projet remplace les groupes froids électriques et leurs fluides frigorigènes, réduit de "
     "plusieurs millions de kilowattheures par an la consommation d'électricité et suit l'effet "
     "des rejets sur le récif et le lagon. Il étudie aussi un réseau de froid qui desservirait "
     "d'autres bâtiments publics de Papeete.",
     ("climatisation par eau de mer profonde", "SWAC", "réseau de froid", "efficacité énergétique",
      "énergies renouvelables"),
     ("PF",), "2023-05"),
    ("cp09", "dataset", "es",
     "Distrito Térmico La Alpujarra de Medellín: producción de agua helada, consumo de energía y "
     "emisiones evitadas, 2016-2024",
     "El Distrito Térmico La Alpujarra, el primero de Colombia, entró en operación en 2016 en el "
     "centro administrativo de Medellín y suministra agua helada por una red subterránea a los "
     "edificios de la Gobernación de Antioquia, la Alcaldía, el Concejo y otras sedes públicas, "
     "que desmontaron sus equipos de aire acondicionado individuales. La central combina "
     "enfriadores eléctricos y de absorción movidos por gas natural, con refrigerantes que no "
     "agotan la capa de ozono y tienen bajo potencial de calentamiento global. Este conjunto de "
     "datos, publicado por la empresa de servicios públicos con el ministerio de ambiente, reúne "
     "la producción mensual de frío en toneladas de refrigeración, la demanda de cada edificio, "
     "el consumo de electricidad y gas, el coeficiente de desempeño de la central y las "
     "emisiones de CO2 y de refrigerantes evitadas frente a los equipos anteriores. Incluye la "
     "ampliación de la red y los estudios para nuevos distritos térmicos en Bogotá, Cali y "
     "Cartagena.",
     ("distritos térmicos", "enfriamiento urbano", "aire acondicionado", "refrigerantes",
      "eficiencia energética"),
     ("CO",), "2024-11"),
    # --- disinfectant spraying -------------------------------------------------------------------
    ("cp10", "case-study", "en",
     "Spraying streets and people with disinfectant during the 2020 lockdown in India: what it "
     "did and what it cost",
     "In the first weeks of the COVID-19 lockdown in March and April 2020, municipal "
     "corporations across India sent fire engines, tractor-mounted sprayers and drones to douse "
     "streets, markets and bus stands with sodium hypochlorite, and some towns set up "
     "walk-through disinfection tunnels at market and hospital gates. In Bareilly, migrant "
     "workers returning home were sprayed with a chlorine solution at a bus stop, and children "
     "complained of burning eyes. This case study, prepared by a public health institute with "
     "state pollution control boards, follows how the practice began and stopped once the World "
     "Health Organization and the national health ministry advised that spraying outdoor spaces "
     "and people does not stop the virus and harms skin, eyes and lungs. It estimates the "
     "hypochlorite and quaternary ammonium compounds used, the chlorine washed into drains, and "
     "the complaints of fish deaths in two urban lakes, and sets out advice for future "
     "epidemics: clean and disinfect frequently touched surfaces instead. Masks and hand-washing "
     "are mentioned only as the measures that worked.",
     ("disinfectant spraying", "sodium hypochlorite", "disinfection tunnels", "COVID-19",
      "chemical exposure"),
     ("IN",), "2022-09"),
    ("cp11", "need", "fr",
     "Besoin : encadrer les campagnes de désinfection des espaces publics à Abidjan avant la "
     "prochaine épidémie",
     "Au printemps 2020, les communes d'Abidjan et plusieurs villes de l'intérieur ont organisé "
     "de grandes opérations de désinfection : camions de sapeurs-pompiers et pulvérisateurs à "
     "dos ont aspergé d'eau de javel et d'autres désinfectants les rues, les marchés d'Adjamé et "
     "de Treichville, les gares routières, les gbakas et les woro-woro, et parfois les passants "
     "eux-mêmes. Ces pulvérisations, inutiles contre le virus selon l'Organisation mondiale de "
     "la santé, ont provoqué des irritations chez les commerçantes et les agents, et les "
     "produits ont fini dans les caniveaux et la lagune Ébrié. Le ministère chargé de "
     "l'environnement, avec celui de la santé, demande un appui pour rédiger une directive "
     "nationale sur la désinfection en cas d'épidémie, dresser la liste des désinfectants "
     "homologués et de leurs doses, former les équipes communales et les entreprises de "
     "désinfection, et équiper les agents de protections. Il souhaite aussi suivre le chlore "
     "dans les eaux de la lagune lors des prochaines campagnes.",
     ("désinfection des espaces publics", "pulvérisation de désinfectants", "eau de javel",
      "épidémies", "santé environnementale"),
     ("CI",), "2023-03"),
    ("cp12", "document", "es",
     "Guía: no fumigar calles ni personas; desinfección segura de mercados y espacios públicos",
     "Durante la emergencia sanitaria de 2020 muchas municipalidades del Perú salieron con "
     "camiones cisterna, mochilas fumigadoras y personal de serenazgo a «fumigar» calles, "
     "mercados de abastos, paraderos, combis y mototaxis con hipoclorito de sodio y amonio "
     "cuaternario, y se instalaron cabinas y túneles de desinfección a la entrada de mercados, "
     "bancos y centros comerciales. Esta guía, elaborada por la autoridad de salud ambiental con "
     "el ministerio del ambiente, explica por qué rociar desinfectantes en espacios abiertos o "
     "sobre las personas no sirve contra el virus y causa irritación de ojos, piel y vías "
     "respiratorias, y qué hacer en su lugar: limpieza con agua y detergente, desinfección de "
     "las superficies de contacto frecuente con la dilución correcta de lejía, ventilación y "
     "lavado de manos. Incluye fichas para los comerciantes de mercados, los conductores de "
     "transporte público y las municipalidades, y recomendaciones para almacenar los productos y "
     "eliminar los envases. Los plaguicidas usados contra zancudos y roedores no se tratan aquí.",
     ("desinfección de espacios públicos", "fumigación de calles", "túneles de desinfección",
      "hipoclorito de sodio", "salud ambiental"),
     ("PE",), "2021-06"),
    # --- bed bugs --------------------------------------------------------------------------------
    ("cp13", "dataset", "en",
     "Illnesses from insecticides used against bed bugs: cases reported to state pesticide "
     "surveillance programmes, 2003-2023",
     "When bed bugs returned to hotels, apartment blocks, shelters and homes across the United "
     "States in the 2000s, many residents and landlords reached for insecticides, sometimes farm "
     "products or several foggers at a time, and applied them to mattresses, bedding and "
     "clothes. This dataset pools the cases of acute illness linked to bed bug control that were "
     "reported to the pesticide illness surveillance programmes of thirteen states: date, state, "
     "setting, who applied the product (resident, landlord or pest control operator), active "
     "ingredients (mostly pyrethroids and pyrethrins, also organophosphates, carbamates and "
     "chlorfenapyr), how it was misused, symptoms, severity and deaths. Most cases were "
     "headaches, dizziness and breathing problems, but a few people died, some after "
     "agricultural fumigants were used indoors. Notes explain the reporting gaps and the advice "
     "issued since: integrated pest management, heat treatment, mattress encasements and "
     "licensed professionals. Infested second-hand mattresses are mentioned but not counted.",
     ("bed bugs", "pesticide poisoning", "insecticides", "pyrethroids",
      "integrated pest management"),
     ("US",), "2024-04"),
    ("cp14", "document", "fr",
     "Punaises de lit : s'en débarrasser sans s'intoxiquer, guide pour les particuliers et les "
     "bailleurs",
     "Depuis le milieu des années 2010, les punaises de lit se sont répandues dans les "
     "logements, les hôtels, les foyers et les trains en France, et plus d'un ménage sur dix "
     "aurait été infesté en cinq ans. Face à ces insectes qui piquent la nuit et résistent "
     "souvent aux pyréthrinoïdes, beaucoup de particuliers achètent des bombes et des diffuseurs "
     "d'insecticides, voire des produits agricoles, qu'ils pulvérisent sur les matelas et les "
     "vêtements, au risque d'intoxications signalées chaque année aux centres antipoison. Ce "
     "guide explique comment reconnaître une infestation, puis privilégier les méthodes sans "
     "produit chimique : lavage à 60 °C, séchage en machine, congélation, nettoyage à la vapeur, "
     "aspirateur, housses de matelas et détection canine. Il précise quand faire appel à une "
     "entreprise certifiée, ce qu'elle doit remettre, les obligations du bailleur, et les gestes "
     "à éviter : fumigènes multiples, produits achetés sur internet, mélanges. Il rappelle que "
     "les punaises ne transmettent pas de maladie, mais que l'angoisse et l'insomnie sont "
     "réelles.",
     ("punaises de lit", "insecticides", "intoxications", "lutte intégrée", "logement"),
     ("FR",), "2023-11"),
    ("cp15", "need", "es",
     "Necesidad: manejo integrado de chinches de cama en hoteles familiares y paradores de la "
     "Ciudad de Buenos Aires",
     "En los hoteles familiares, pensiones, paradores para personas en situación de calle y "
     "hogares de adultos mayores de la Ciudad de Buenos Aires, las chinches de cama se volvieron "
     "un problema permanente desde hace una década. Los encargados suelen contratar fumigadores "
     "sin habilitación o aplicar ellos mismos insecticidas de uso agrícola, y se han registrado "
     "intoxicaciones graves por el uso de pastillas de fosfuro de aluminio, vendidas para curar "
     "granos, dentro de habitaciones ocupadas. La autoridad ambiental de la ciudad, con el área "
     "de salud y el servicio de toxicología de un hospital público, solicita apoyo para "
     "capacitar al personal de estos establecimientos y a las empresas de control de plagas en "
     "el manejo integrado de chinches: inspección, tratamientos con calor y vapor, fundas para "
     "colchones, registro de aplicaciones y productos autorizados. Pide también equipos de "
     "tratamiento térmico para préstamo, una campaña para los inquilinos y la notificación de "
     "las intoxicaciones por plaguicidas de uso doméstico. Las vinchucas, que transmiten el "
     "Chagas, no forman parte del pedido.",
     ("chinches de cama", "manejo integrado de plagas", "intoxicaciones por plaguicidas",
      "vivienda", "salud ambiental"),
     ("AR",), "2024-08"),
    # --- acid attacks ----------------------------------------------------------------------------
    ("cp16", "case-study", "en",
     "Controlling the sale of acid: how Bangladesh cut acid attacks after the Acid Control Act "
     "of 2002",
     "In 2002 almost five hundred people, most of them young women and girls, were attacked with "
     "acid in Bangladesh, usually sulphuric or nitric acid bought for a few taka from a battery "
     "shop, a goldsmith or a tannery supplier. That year Parliament passed the Acid Control Act "
     "and the Acid Crime Prevention Act. The first created a national council and district "
     "committees, required a licence to import, produce, transport, store, sell and use acid, "
     "and made dealers keep registers of buyers; the second set heavy penalties and special "
     "tribunals. This case study, written with a survivors' foundation, traces how attacks fell "
     "to a few dozen a year: licensing and inspection of acid sellers, checks on the jewellery, "
     "leather and battery workshops that use acid, media campaigns, and free treatment and legal "
     "help for survivors. It also discusses the gaps: unlicensed sales in rural markets, weak "
     "record keeping, and acid drained from used lead-acid batteries. Burns care and "
     "rehabilitation are covered briefly.",
     ("acid attacks", "control of acid sales", "hazardous chemicals legislation",
      "violence against women", "sulphuric acid"),
     ("BD",), "2023-06"),
    ("cp17", "project", "fr",
     "Vitriolage au Cambodge : faire appliquer la loi sur les acides forts et soigner les "
     "survivants",
     "Au Cambodge, les attaques à l'acide, ou vitriolages, ont longtemps frappé des femmes et "
     "des hommes lors de conflits conjugaux, de jalousies ou de dettes, avec de l'acide de "
     "batterie acheté sans contrôle dans les marchés et les ateliers de motos. Depuis la loi de "
     "2012 sur la gestion des acides forts, la vente d'acide sulfurique, nitrique et "
     "chlorhydrique concentré exige une licence, les vendeurs doivent tenir un registre des "
     "acheteurs et les auteurs d'attaques encourent de lourdes peines. Ce projet, mené par une "
     "association d'aide aux survivants avec le ministère de l'Intérieur et des partenaires "
     "francophones, forme les policiers et les inspecteurs provinciaux au contrôle des points de "
     "vente, aide les petits commerçants de batteries et les bijoutiers à stocker l'acide sous "
     "clé, et soutient l'unité des brûlés d'un hôpital de Phnom Penh, la chirurgie réparatrice "
     "et la réinsertion des survivants. Il suit le nombre d'attaques signalées, en forte baisse, "
     "et les condamnations.",
     ("attaques à l'acide", "vitriolage", "contrôle de la vente des acides", "violences",
      "produits chimiques dangereux"),
     ("KH",), "2022-12"),
    ("cp18", "need", "es",
     "Necesidad: control de la venta de ácidos y sustancias corrosivas en ferreterías y plazas "
     "de mercado de Bogotá",
     "Colombia reglamentó la venta de ácidos, bases y sustancias corrosivas y, tras el ataque "
     "con ácido a Natalia Ponce de León en 2014, endureció las penas con la Ley 1773 de 2016: "
     "los vendedores deben registrar a cada comprador y su documento, y no pueden vender a "
     "menores ni en envases sin rotular. Sin embargo, el ácido sulfúrico para baterías, el ácido "
     "muriático para limpiar pisos y baños y la soda cáustica se siguen vendiendo sueltos en "
     "ferreterías, droguerías, misceláneas y plazas de mercado, y cada año se denuncian decenas "
     "de ataques en el país. La Secretaría Distrital de Salud solicita apoyo para montar un "
     "registro en línea de establecimientos y de ventas, capacitar a los inspectores de "
     "vigilancia sanitaria y a los comerciantes, diseñar empaques y etiquetas seguros, y cruzar "
     "los registros con las denuncias de la Fiscalía. Pide además apoyo a las unidades de "
     "quemados para la atención de los sobrevivientes.",
     ("ataques con ácido", "control de la venta de ácidos", "sustancias corrosivas",
      "vigilancia sanitaria", "violencia de género"),
     ("CO",), "2024-02"),
    # --- coffee capsules -------------------------------------------------------------------------
    ("cp19", "project", "en",
     "Podback: collecting used aluminium and plastic coffee pods for recycling across the United "
     "Kingdom",
     "Single-serve coffee pods made of aluminium or plastic are too small and too full of coffee "
     "grounds to be sorted at ordinary recycling plants, so most used pods in the United Kingdom "
     "went to landfill or incineration. Podback, a not-for-profit scheme set up in 2021 by "
     "coffee brands including the two biggest pod makers, lets households put used pods in a "
     "special bag collected from the kerb with other recycling in a growing number of council "
     "areas, or drop them at parcel collection points and shops. At a dedicated plant the pods "
     "are shredded, the coffee grounds are separated and sent to anaerobic digestion for biogas "
     "and fertiliser, and the aluminium and plastic are recycled. This project page gives the "
     "councils taking part, tonnes collected each year, recycling rates, the fee paid by the "
     "brands for each pod placed on the market, and the results of trials of compostable pods, "
     "which the scheme does not accept. Deposit return for drinks containers is discussed only "
     "as a different model.",
     ("coffee pods", "coffee capsules", "recycling", "extended producer responsibility",
      "packaging waste"),
     ("GB",), "2024-05"),
    ("cp20", "case-study", "fr",
     "Capsules de café dans le bac jaune : ce que l'extension des consignes de tri a changé pour "
     "les petits emballages en aluminium",
     "En France, les capsules de café en aluminium ou en plastique ne pouvaient longtemps être "
     "recyclées que si on les rapportait dans un point de collecte en boutique ou en déchèterie. "
     "Avec l'extension des consignes de tri à tous les emballages, généralisée en 2023, les "
     "capsules vides, comme les opercules, les couvercles et les tubes, vont désormais dans le "
     "bac jaune. Cette étude de cas suit plusieurs centres de tri équipés de machines à courants "
     "de Foucault pour capter les petits aluminiums, les quantités de capsules récupérées, le "
     "marc de café qui reste à l'intérieur et gêne le recyclage, et les débouchés de l'aluminium "
     "refondu. Elle compare ce circuit avec celui des capsules compostables, qui ne doivent pas "
     "aller au bac jaune, et avec les dosettes souples en papier. Elle conclut sur le coût pour "
     "les collectivités et sur la part payée par les metteurs sur le marché dans la filière de "
     "responsabilité élargie du producteur des emballages.",
     ("capsules de café", "tri sélectif", "emballages en aluminium", "centres de tri",
      "recyclage"),
     ("FR",), "2024-01"),
    ("cp21", "document", "es",
     "Guía: ¿dónde van las cápsulas de café? Contenedor amarillo, punto limpio y cápsulas "
     "compostables",
     "En España se consumen cada año miles de millones de cápsulas de café monodosis, de "
     "aluminio, de plástico o compostables, y muchas acaban en el contenedor de resto. Esta "
     "guía, preparada por una mancomunidad de residuos con una asociación de consumidores, "
     "explica dónde depositar cada tipo: las de plástico y aluminio, que son envases, van al "
     "contenedor amarillo o a los puntos de recogida de las marcas en tiendas y puntos limpios; "
     "las compostables certificadas van al contenedor marrón de biorresiduos solo si el "
     "municipio lo admite; y el café usado puede ir al compostaje doméstico. Resume lo que "
     "exigen la ley de residuos y el nuevo reglamento europeo de envases, que pedirá cápsulas "
     "compostables en los próximos años salvo excepciones, y aconseja alternativas: cafeteras de "
     "filtro o italianas y cápsulas reutilizables de acero. Incluye un cartel para bares y "
     "oficinas.",
     ("cápsulas de café", "envases", "separación en origen", "biorresiduos",
      "residuos domésticos"),
     ("ES",), "2024-10"),
    # --- ground-level ozone ----------------------------------------------------------------------
    ("cp22", "dataset", "en",
     "Summer ground-level ozone on Colorado's Front Range: monitor readings, exceedance days and "
     "nonattainment, 2008-2024",
     "The Denver metropolitan area and the North Front Range have failed the national ozone "
     "standard for more than fifteen years and were reclassified as a severe nonattainment area "
     "in 2022. This dataset gives the hourly and maximum daily eight-hour ozone concentrations "
     "at some twenty monitors from Chatfield to Fort Collins, the yearly design values, the "
     "ozone action day alerts issued to the public, and the days flagged as influenced by "
     "wildfire smoke. Ground-level ozone is not emitted directly but forms on hot, sunny "
     "afternoons from nitrogen oxides and volatile organic compounds, which come here from "
     "vehicles, power plants, the oil and gas wells of the Denver-Julesburg basin and consumer "
     "products. The files add the emission inventories behind the state implementation plan, "
     "hospital admissions for asthma on high ozone days, and ozone injury recorded on plants in "
     "Rocky Mountain National Park. Methane leaks from the wells are covered in another file.",
     ("ground-level ozone", "tropospheric ozone", "air quality", "nonattainment",
      "volatile organic compounds"),
     ("US",), "2024-12"),
    ("cp23", "document", "fr",
     "Épisodes de pollution à l'ozone : guide de la procédure préfectorale d'information et "
     "d'alerte pour les collectivités",
     "Chaque été, lors des journées chaudes et ensoleillées, souvent pendant les canicules, "
     "l'ozone formé dans la basse atmosphère à partir des oxydes d'azote et des composés "
     "organiques volatils dépasse les seuils réglementaires dans la vallée du Rhône, sur le "
     "pourtour méditerranéen, en Alsace et en Île-de-France. Ce guide explique aux mairies, aux "
     "intercommunalités et aux établissements sensibles le déclenchement de la procédure "
     "préfectorale : seuil d'information et de recommandation à 180 µg/m³ en moyenne horaire, "
     "seuil d'alerte à 240 µg/m³, prévisions des associations agréées de surveillance de la "
     "qualité de l'air et messages à diffuser. Il détaille les mesures possibles : vitesses "
     "abaissées de 20 km/h, circulation différenciée selon la vignette Crit'Air, report des "
     "travaux de peinture et de l'usage de solvants, limitation des activités sportives en plein "
     "air pour les enfants et les personnes fragiles. Il rappelle que l'ozone troposphérique, "
     "irritant pour les poumons et nuisible aux cultures, n'a rien à voir avec la couche d'ozone "
     "stratosphérique qui nous protège des ultraviolets.",
     ("ozone troposphérique", "épisodes de pollution", "qualité de l'air", "procédure d'alerte",
      "santé"),
     ("FR",), "2023-06"),
    ("cp24", "case-study", "es",
     "Contingencias ambientales por ozono en el Valle de México: qué logran la Fase I y el Hoy "
     "No Circula",
     "El ozono es el contaminante que más días rebasa la norma en la Zona Metropolitana del "
     "Valle de México, sobre todo en la temporada seca caliente, de marzo a junio, cuando el sol "
     "intenso y la poca ventilación de la cuenca favorecen su formación a partir de los óxidos "
     "de nitrógeno y los compuestos orgánicos volátiles de autos, industria, gas LP y solventes. "
     "Este estudio de caso revisa el programa de contingencias ambientales atmosféricas de la "
     "Comisión Ambiental de la Megalópolis desde la crisis de 2016, cuando se aplicó un doble "
     "Hoy No Circula: los umbrales de la Fase I y la Fase II, las restricciones a la circulación "
     "según el holograma de verificación, la suspensión de actividades al aire libre en las "
     "escuelas y la reducción de emisiones en industrias y gasolineras. Con datos de las "
     "estaciones de monitoreo, analiza cuánto bajan los picos de ozono en los días de "
     "contingencia, los costos para los trabajadores y la propuesta de atacar las fugas de gas "
     "LP.",
     ("ozono troposférico", "contingencias ambientales", "calidad del aire", "Hoy No Circula",
      "Ciudad de México"),
     ("MX",), "2023-08"),
    # --- supreme audit institutions --------------------------------------------------------------
    ("cp25", "support-source", "en",
     "Offer: training and audit support for supreme audit institutions auditing chemicals and "
     "waste management",
     "Supreme audit institutions, the national audit offices, courts of accounts and "
     "comptrollers general that check how governments spend public money and keep their "
     "commitments, increasingly audit environmental programmes. An international network of "
     "auditors working with the secretariat of the chemicals and waste conventions offers them a "
     "package to plan and carry out performance audits of hazardous chemicals and waste "
     "management: a guide and audit matrices on national implementation of the Basel, Rotterdam, "
     "Stockholm and Minamata conventions, e-learning for audit teams, a mentor from an "
     "experienced audit office, and help to design cooperative audits in which several countries "
     "audit the same topic at the same time and publish a joint report. Examples include audits "
     "of obsolete pesticide stocks, of medical waste in public hospitals, of e-waste and of the "
     "control of mercury imports. Priority goes to the audit offices of least developed "
     "countries and small island States; applications open each year in March.",
     ("supreme audit institutions", "environmental auditing", "performance audit",
      "chemicals and waste", "capacity building"),
     (), "2024-03"),
    ("cp26", "need", "fr",
     "Besoin : former les magistrats et vérificateurs de la Cour des comptes du Bénin à l'audit "
     "environnemental des déchets et des produits chimiques",
     "Créée par la révision constitutionnelle de 2019 pour succéder à la chambre des comptes de "
     "la Cour suprême, la Cour des comptes du Bénin contrôle la gestion des deniers publics par "
     "les ministères, les communes et les établissements publics. Elle souhaite inscrire à son "
     "programme des audits de performance sur la gestion des déchets ménagers par les communes "
     "du Grand Nokoué, sur l'élimination des déchets biomédicaux des hôpitaux de zone et sur le "
     "respect des engagements du pays au titre des conventions sur les produits chimiques et les "
     "déchets, mais ses magistrats et vérificateurs n'ont jamais conduit d'audit "
     "environnemental. La Cour demande un appui pour former une douzaine de personnes aux "
     "méthodes d'audit de performance dans ce domaine, bénéficier du compagnonnage d'une "
     "institution supérieure de contrôle expérimentée, réaliser un premier audit pilote avec "
     "visite des décharges et des incinérateurs, et publier un rapport accessible aux citoyens "
     "et aux députés. Elle souhaite aussi participer à un audit coordonné régional.",
     ("institutions supérieures de contrôle", "audit environnemental", "Cour des comptes",
      "gestion des déchets", "renforcement des capacités"),
     ("BJ",), "2024-06"),
    ("cp27", "event", "es",
     "Taller regional de la OLACEFS: auditoría coordinada sobre la gestión de residuos sólidos y "
     "peligrosos en América Latina",
     "La Organización Latinoamericana y del Caribe de Entidades Fiscalizadoras Superiores "
     "(OLACEFS) reunió en San José de Costa Rica, del 8 al 12 de abril de 2024, a equipos de las "
     "contralorías y tribunales de cuentas de once países que realizan en paralelo una auditoría "
     "coordinada sobre la gestión de los residuos sólidos municipales y de los residuos "
     "peligrosos. Los auditores compararon sus hallazgos: botaderos a cielo abierto que los "
     "municipios reportan como rellenos sanitarios, planes nacionales sin presupuesto, falta de "
     "datos sobre residuos hospitalarios y electrónicos, y escaso control de los movimientos "
     "transfronterizos. El taller, organizado por la Contraloría General de la República de "
     "Costa Rica con la comisión técnica de medio ambiente de la organización, acordó una matriz "
     "común de evaluación con semáforos por país, el formato del informe consolidado y su "
     "presentación a los congresos nacionales. Las memorias, las presentaciones y la matriz "
     "pueden descargarse. La auditoría coordinada anterior, sobre áreas protegidas, se citó como "
     "ejemplo de método.",
     ("entidades fiscalizadoras superiores", "auditoría coordinada", "auditoría ambiental",
      "residuos sólidos", "residuos peligrosos"),
     ("CR", "AR", "BR", "CL", "CO", "EC", "GT", "HN", "MX", "PY", "PE"), "2024-04"),
    # --- genetically modified apples -------------------------------------------------------------
    ("cp28", "document", "en",
     "Non-browning genetically modified apples: summary of the safety assessments of the Arctic "
     "Golden Delicious and Granny Smith events",
     "A small company in British Columbia modified Golden Delicious and Granny Smith apples "
     "(events GD743 and GS784) so that their flesh does not turn brown when cut or bruised: a "
     "transgene silences the apple's own polyphenol oxidase genes and cuts the enzyme's activity "
     "by about 90 per cent. The apples were approved for cultivation and food in the United "
     "States and for food, feed and environmental release in Canada in 2015, and events for Fuji "
     "and Gala followed. This summary sets out what regulators examined: the inserted DNA and "
     "the kanamycin resistance marker, the composition and nutrients of the fruit, "
     "allergenicity, plant pest risk, and gene flow to other orchards and to wild and feral "
     "apple trees through pollen carried by bees, judged low because commercial apples are "
     "grafted and their seeds are not sown. It notes that the fruit is sold sliced and packaged "
     "in the United States and that no approval has been sought elsewhere. A non-browning potato "
     "from another company is mentioned for comparison.",
     ("genetically modified apples", "non-browning apples", "risk assessment",
      "living modified organisms", "gene silencing"),
     ("CA", "US"), "2023-02"),
    ("cp29", "case-study", "fr",
     "Pommiers cisgéniques résistants à la tavelure : l'essai en plein champ d'Agroscope à Zurich",
     "La tavelure du pommier, due au champignon Venturia inaequalis, oblige les arboriculteurs "
     "suisses à traiter leurs vergers une quinzaine de fois par saison, y compris en production "
     "biologique avec du cuivre et du soufre. Des chercheurs d'Agroscope ont transféré dans la "
     "variété Gala le gène de résistance Rvi6, issu d'un pommier sauvage, sans autre ADN "
     "étranger : c'est un pommier cisgénique, mais la loi le considère comme un organisme "
     "génétiquement modifié. Autorisé par l'Office fédéral de l'environnement, l'essai a été "
     "conduit de 2016 à 2021 sur le site protégé de Reckenholz, clôturé et surveillé, avec "
     "retrait des fleurs pour empêcher toute dispersion de pollen. Cette étude de cas résume les "
     "résultats sur la tavelure, la croissance des arbres et les autres maladies, les mesures de "
     "confinement, le coût de la surveillance, et le débat public dans un pays qui prolonge "
     "depuis 2005 son moratoire sur la culture commerciale des OGM. Les nouvelles techniques "
     "d'édition du génome ne sont évoquées qu'en conclusion.",
     ("pommiers génétiquement modifiés", "cisgenèse", "tavelure", "essais en plein champ",
      "biosécurité"),
     ("CH",), "2022-10"),
    ("cp30", "need", "es",
     "Necesidad: evaluación de riesgo y detección de manzanas transgénicas para las chacras del "
     "Alto Valle de Río Negro y Neuquén",
     "En el Alto Valle de Río Negro y Neuquén, miles de chacareros producen peras y manzanas que "
     "se embalan en galpones de empaque y se exportan a Brasil, Rusia y Europa. Con las manzanas "
     "transgénicas que no se oscurecen al cortarlas, ya aprobadas en Canadá y Estados Unidos, y "
     "con ensayos de manzanos resistentes a la sarna en Europa, la autoridad nacional de "
     "biotecnología espera las primeras solicitudes para importar material de propagación o "
     "fruta procesada, y los exportadores temen perder mercados si no pueden demostrar que su "
     "fruta no es transgénica. El ministerio solicita apoyo para capacitar a los evaluadores en "
     "el análisis de riesgo de frutales genéticamente modificados, que son perennes, se injertan "
     "y se polinizan por abejas; montar métodos de detección por PCR en el laboratorio regional "
     "de sanidad vegetal; y estudiar el efecto socioeconómico sobre la fruticultura. La "
     "experiencia del país con el trigo HB4 se cita como antecedente.",
     ("manzanas transgénicas", "organismos genéticamente modificados", "evaluación de riesgo",
      "detección de OGM", "fruticultura"),
     ("AR",), "2024-09"),
)  # fmt: skip
