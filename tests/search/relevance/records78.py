"""Clearing-house records of the seventy-eighth judged relevance set
(tests/search/relevance/queries78.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: energy pages on ocean
thermal energy conversion (the 100 kW OTEC plant of Kumejima and its deep seawater; the NEMO
project of énergie thermique des mers, ETM, off Martinique, and why it stopped; a need for a
feasibility study of energía maremotérmica for San Andrés, Colombia); household energy pages on
fuel briquettes (charcoal dust and market peels pressed by groups in Kampala; the biocharbon, or
charbon vert, made of typha in the delta of the fleuve Sénégal; an offer on briquetas of
cascarilla de café and aserrín in Jaén and San Ignacio, Peru); ozone and climate pages on ice
rinks (the R-22 ice arenas of Minnesota; a Québec guide to replacing the fréon R-22 of arénas
and curling centres; the temporary pistas de hielo of Mexico City's Zócalo); climate mitigation
pages on aviation contrails (the contrail avoidance trials of EUROCONTROL's Maastricht centre; a
French note on traînées de condensation and cirrus induits; a Spanish jornada on estelas de
condensación and the chemtrail hoaxes); waste pages on food waste (Seoul's pay-as-you-throw RFID
bins; the loi Garot guide to the dons alimentaires of French supermarkets; a need to recover the
frutas y verduras discarded at the Mercado Central de Buenos Aires); waste pages on paper
recycling (South Africa's recovered paper statistics; the papiers-cartons of Walloon schools; a
need of Cuba's empresas de recuperación de materias primas); trade pages on environmental goods
(the APEC list and its tariffs; a Swiss note on the biens environnementaux agreement at the WTO,
the OMC; a need to list bienes ambientales in Costa Rica's tariff); chemicals pages on lead wheel
weights (the final report of the US National Lead-Free Wheel Weight Initiative; Québec's garages
moving from masses d'équilibrage au plomb; a need for the contrapesos de plomo of the
montallantas, the tyre shops, of Bogotá); health pages on Minamata disease (Grassy Narrows and
the English-Wabigoon River; a French chronology of the maladie de Minamata in Japan; a Bolivian
seminar on the enfermedad de Minamata and the mercury of the río Beni); and Biosafety
Clearing-House pages on the OECD unique identifiers of living modified organisms (a guide for
BCH publishers; a need of Cameroon's customs to read the identificateurs uniques des OVM; a
Paraguayan public register of eventos transgénicos with their identificador único). English,
French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records77.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (ocean thermal, OTEC, énergie thermique des mers, ETM,
maremotérmica, energía térmica oceánica, deep seawater, eau de mer profonde, SWAC; briquette,
briqueta, biocharbon, charbon vert, charbon de bois, carbón vegetal, sawdust, sciure, aserrín;
ice rink, ice arena, patinoire, aréna, pista de hielo, curling, hockey, resurfacer, R-22, fréon;
contrail, condensation trail, traînée de condensation, estela de condensación, chemtrail,
cirrus, non-CO2; food waste, food loss, food bank, gaspillage alimentaire, invendus, banque
alimentaire, desperdicio de alimentos, pérdidas de alimentos, banco de alimentos, organic
waste, biodéchets, residuos orgánicos; paper recycling, recovered paper, waste paper, papier
recyclé, recyclage du papier, vieux papiers, reciclaje de papel, papel reciclado, cartón,
cardboard; environmental goods, biens environnementaux, bienes ambientales, APEC, tariff,
droits de douane, aranceles; wheel weight, wheel balancing, masses d'équilibrage, contrapesos,
montallantas; Minamata disease, maladie de Minamata, enfermedad de Minamata, methylmercury,
méthylmercure, metilmercurio, Chisso, Niigata, Grassy Narrows; unique identifier,
identificateur unique, identificador único, OECD, OCDE, Article 18, peut contenir, puede
contener). Screened and dropped as covered: plastic waste trade (the Basel plastic waste
amendments, n17), GM mosquitoes (w07-w09), gene drives (p14), GM trees (y26, y27), GM pineapple
(bm13-bm15), Bt cotton (p13), socio-economic considerations (n13), public awareness of
biosafety (p16), crematoria (y28-y30), Legionella (bp16-bp18), GloFish (bh13-bh15), bed nets
(ba28-ba30), ammonium nitrate (cz16-cz18), waste heat (cb25, cb26, cn04, cn05), glass cullet
(cj16-cj18), ghost nets (v19-v21), cigarette butts (z25-z27), lead shot (u25-u27), dental amalgam,
skin-lightening creams, e-waste, asbestos, PFAS, shipbreaking, cookstoves, waste pickers, mosquito
coils, aluminium cookware, sunscreen, sky lanterns, eco-driving, black carbon, deep-sea mining,
phosphogypsum, tailings, acid mine drainage, cyanide, environmental courts (r13, r15),
strategic environmental assessment (m15, cb14, cb15) and agrivoltaics (bu19-bu21), besides the
topics of sets 42 to 77 and those their docstrings list as covered; screened with no hit but not
chosen: salinity gradient power, thiomersal, seized goods and authorised economic operators.

The nearest are, for OTEC, the SWAC of Tahiti (cp08), which cools a hospital with deep seawater
but makes no electricity, and the tidal and wave energy pages (ch04-ch06, cv19-cv21), other
marine energies; for briquettes, the briquettes combustibles that the rice straw workshop of the
Senegal valley lists among its alternatives to burning (bm23), relevant in part, the charcoal and
cookstove pages (bx04, bx05, w28-w30), no briquettes, and the briqueteries, brick kilns, of v26;
for ice rinks, the arénas that the Québec mass timber guide names among its buildings (cv17),
passing, and the R-22 and HCFC pages (t01, cx27), no rinks; for contrails, nothing (the estela of
bw09 is a place, La Estela); for food waste, the loi anti-gaspillage named by its title in bv17
and ch26, the organic market waste eaten by black soldier fly larvae (bq19-bq21), an input of a
process, the food scraps composted at Kamikatsu (cv10) and the bears raiding bins (co01), all
passing; for paper recycling, the papier recyclé that Morocco's green procurement buys (u14), the
sky lanterns of paper (bp25) and the cartons sorted out of polystyrene (bx08), passing; for
environmental goods, the EU-New Zealand trade chapter (ch22) that names trade in environmental
goods and services among its commitments, relevant in part, and the import duties lifted on
electric motorcycles (cd13, cd14), no list of environmental goods; for lead wheel weights, the
lead-acid battery, lead paint and lead shot pages, none on weights; for Minamata disease, the
many pages that name the Minamata Convention (a1, n01, cd08, ...), the mercury in the fish of
Lake Victoria (a7), the illegal mercury trade between Bolivia and Peru (q09) and the chlor-alkali
pages (n38, bs07, p04), none about the disease; for unique identifiers, the guide to Article 18
documentation (n11), about identification in general, broader, and the LMO detection pages (c2,
c7, cx23, ...), no identifiers. In the golden files the only hits are the letters of other words
(protect for OTEC, wheelchair) and unrelated uses (paper products and charcoal-broiling in
chemistry records, tariff structures, airline revenue management, a phenyl mercury fungicide).

records79.py (ids dg..), written at the same time by another engineer, is not part of this
set's pool.

Traps: the oil-fired power of Kumejima (df01), the fioul of Martinique (df02) and the plantas
diésel of San Andrés (df03), diesel generators in passing; the coral reefs of df02 and df03 and
the typha of df05, an invasive reed, are passing; the charcoal of df04 and df05 is what the
briquettes replace or are made of, and the hornos de ladrillo and the quema a cielo abierto of
df06 are passing; the cascarilla of df06 is coffee husk, not the cinchona bark called cascarilla
(de15), 0 to it; the carbon monoxide of the ice resurfacers of df07 and the heat recovered by the
compressors of df07 and df08 are passing, and the plantas generadoras rentadas of df09 too; the
sustainable aviation fuels of df11 are named only for their effect on contrails, and the soot
(suie) of df11 is passing; the fumigaciones of df12 are the imagined chemtrails, not pesticide
spraying; the biogas and compost of df13, the méthanisation and compostage of
df14, and the zapallos and compostaje of df15 are passing; the informal reclaimers (waste
pickers) and the extended producer responsibility fees of df16 and the buying services of df17
are passing; the solar water heaters of df19, the bicycles, parliament and carbon border
adjustment of df20 and the calentadores solares, biodigestores, electric vehicle chargers and
free trade agreements of df21 are passing; the tyres (pneus, llantas) of df22-df24 are only
where the weights sit; the chlor-alkali plant and the paper mill of df25 are passing, 0 to the
paper recycling queries; the gold mining (cooperativas auríferas) of df27 is the source of the
mercury, passing; the GM maize MON810 of df28 and the maïs and soja of df29 and df30 are
passing, and the PCR detection of df29 too. For the country queries: df20 names the United
States, China and Japan only as negotiators; df24 names the United States and the European
Union as places that banned lead weights, and is about Colombia; df25 names Japanese
physicians and df27 Japanese doctors, and neither is about Japan; df26 is about Japan (JP).

Ids (df01..df30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dc01..dc30, dd01..dd30, de01..de30), and no earlier id starts with "df".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- ocean thermal energy conversion ------------------------------------------------------
    ("df01", "project", "en",
     "Kumejima's ocean thermal energy conversion plant: a 100 kW demonstration and the deep "
     "seawater it shares",
     "Since 2013 Okinawa Prefecture has run a 100 kW ocean thermal energy conversion (OTEC) "
     "demonstration plant on Kumejima, a small island west of Naha that otherwise depends on "
     "oil-fired power. The plant uses the difference of about 20 °C between warm surface water "
     "and cold water pumped from 612 metres depth to evaporate and condense a working fluid that "
     "drives a turbine. The same deep seawater, rich in nutrients and free of pathogens, then "
     "goes to the island's other users: prawn hatcheries, sea grape (umibudo) farms, the cooling "
     "of greenhouse vegetables and cosmetics makers. The project measures net output through the "
     "seasons, the corrosion and biofouling of the titanium heat exchangers and the fate of the "
     "mixed discharge on the coastal reef, and it prepares the scale-up to a plant of about 1 MW "
     "with a larger intake pipe. Costs and lessons are shared with Pacific island states that "
     "are studying OTEC.",
     ("ocean thermal energy conversion", "OTEC", "deep seawater", "renewable energy",
      "small islands"),
     ("JP",), "2024-02"),
    ("df02", "case-study", "fr",
     "NEMO, la centrale d'énergie thermique des mers prévue au large de la Martinique : pourquoi "
     "le projet s'est arrêté",
     "Le projet NEMO (New Energy for Martinique and Overseas) devait ancrer vers 2019, à cinq "
     "kilomètres de la côte de Bellefontaine, une plateforme flottante de 16 MW bruts produisant "
     "de l'électricité par énergie thermique des mers (ETM) : l'eau de surface à 27 °C et l'eau "
     "pompée à plus de 1 000 mètres, à 5 °C, font tourner un cycle à l'ammoniac. Retenu en 2014 "
     "par le programme européen NER 300, il a été abandonné en 2018 par ses promoteurs. Cette "
     "étude de cas retrace les étapes : études de houle et de courants, choix d'une conduite "
     "d'eau froide de plus d'un kilomètre, enquête publique, inquiétudes des pêcheurs et des "
     "plongeurs sur le rejet d'eau froide et riche en nutriments près des récifs, et coût du "
     "kilowattheure jugé trop élevé. Elle compare avec le prototype à terre installé à "
     "Saint-Pierre de La Réunion et en tire des leçons pour les îles qui veulent sortir du "
     "fioul.",
     ("énergie thermique des mers", "ETM", "énergies marines renouvelables", "îles", "Martinique"),
     ("MQ",), "2022-11"),
    ("df03", "need", "es",
     "Necesidad: estudio de factibilidad de una planta de energía maremotérmica (OTEC) para la "
     "isla de San Andrés",
     "La isla de San Andrés, en el Caribe colombiano, genera casi toda su electricidad con "
     "plantas diésel que queman combustible traído en barco desde el continente, con tarifas "
     "subsidiadas y apagones frecuentes. A pocos kilómetros de la costa el fondo cae a más de "
     "1.000 metros, y la diferencia de temperatura entre el agua superficial, cerca de 28 °C, y "
     "el agua profunda hace de la isla uno de los sitios más prometedores del país para la "
     "conversión de energía térmica oceánica, la energía maremotérmica u OTEC. La gobernación, "
     "con una universidad pública, solicita apoyo para un estudio de factibilidad: batimetría y "
     "perfiles de temperatura, trazado de la tubería de agua fría, costos frente al diésel y a "
     "la energía solar, y una evaluación de los efectos del agua profunda descargada sobre los "
     "arrecifes de la Reserva de Biosfera Seaflower y sobre la pesca artesanal raizal. Pide "
     "también formación para ingenieros de la isla.",
     ("energía maremotérmica", "conversión de energía térmica oceánica", "OTEC",
      "energías renovables", "islas"),
     ("CO",), "2024-07"),
    # --- fuel briquettes ----------------------------------------------------------------------
    ("df04", "project", "en",
     "Briquettes from charcoal dust and market peels: women's and youth groups in Kampala",
     "Kampala burns thousands of tonnes of charcoal a month, and the dust and fines left at "
     "every charcoal stall are usually swept away. This project trains women's and youth groups "
     "in Kawempe and Nakawa divisions to make fuel briquettes: charcoal dust and carbonised "
     "banana and matooke peels from Owino and Nakasero markets are mixed with a cassava-flour "
     "binder, pressed in hand or motorised presses and dried in the sun. The briquettes burn "
     "longer and with less smoke than loose charcoal, and the groups sell them to households, "
     "schools, restaurants and poultry farmers. The project lends presses and carbonising drums, "
     "tests calorific value and ash content at Makerere University, and measures smoke in "
     "kitchens. It links the groups to microloans and estimates the trees spared from charcoal "
     "making. About 40 tonnes of briquettes a month are now sold.",
     ("briquettes", "biomass fuels", "charcoal", "household energy", "Kampala"),
     ("UG",), "2023-09"),
    ("df05", "case-study", "fr",
     "Du typha au charbon vert : les briquettes de biocharbon du delta du fleuve Sénégal",
     "Le typha, roseau qui a envahi le delta du fleuve Sénégal depuis la construction des "
     "barrages de Diama et de Manantali, bouche les canaux d'irrigation et les zones de pêche. "
     "Depuis plusieurs années, des groupements de femmes de Ross Béthio, de Rosso et des "
     "environs de Saint-Louis le fauchent, le sèchent, le carbonisent dans des fûts ou des "
     "fours, puis broient le charbon et le lient avec de l'argile ou de l'amidon pour en faire "
     "des briquettes de biocharbon, qu'on appelle ici charbon vert ou charbon de typha. Cette "
     "étude de cas, tirée d'un programme national de combustibles domestiques, compare le "
     "pouvoir calorifique et la fumée des briquettes à ceux du charbon de bois, suit les ventes "
     "sur les marchés de Saint-Louis et de Dakar, le prix au kilo et la concurrence du gaz "
     "butane, et montre ce qu'il faut pour passer de l'artisanat à de petites unités "
     "semi-industrielles. Les briquettes réduisent la coupe de bois dans les forêts classées.",
     ("briquettes", "biocharbon", "typha", "combustibles domestiques", "vallée du fleuve Sénégal"),
     ("SN",), "2023-04"),
    ("df06", "support-source", "es",
     "Oferta: capacitación para fabricar briquetas de cascarilla de café y aserrín en Jaén y San "
     "Ignacio",
     "Una universidad nacional de la región Cajamarca ofrece a cooperativas cafetaleras, "
     "aserraderos y municipalidades de Jaén y San Ignacio asistencia técnica para convertir la "
     "cascarilla de café que sale de las piladoras y el aserrín de los aserraderos en briquetas, "
     "bloques compactos que reemplazan a la leña en los fogones de las familias, las panaderías, "
     "los hornos de ladrillo artesanales y los secadores de café. La oferta incluye el diseño de "
     "prensas de tornillo y de palanca que pueden fabricar los talleres locales, ensayos de "
     "poder calorífico, humedad y cenizas en su laboratorio, planes de negocio y cursos para los "
     "comités de mujeres de las cooperativas. En la selva alta peruana la cascarilla se amontona "
     "en las orillas de los ríos o se quema a cielo abierto; convertida en briqueta, deja de "
     "contaminar y alivia la presión sobre los bosques de la zona. Aquí cascarilla es la cáscara "
     "del café, no la corteza de la quina.",
     ("briquetas", "cascarilla de café", "aserrín", "biomasa", "leña"),
     ("PE",), "2024-03"),
    # --- ice rinks ----------------------------------------------------------------------------
    ("df07", "dataset", "en",
     "Minnesota ice arenas: refrigerants, energy use and indoor air, 2015-2024",
     "Minnesota has more indoor ice arenas than any other state of the United States, about 250, "
     "many of them built in the 1970s and cooled with R-22, an ozone-depleting HCFC whose "
     "production for new equipment has ended. This dataset, compiled for a state grant programme "
     "that helps cities and school districts replace R-22 systems, lists every arena with its "
     "refrigeration system (direct R-22, indirect ammonia with brine, carbon dioxide), its "
     "refrigerant charge and recorded leaks, the year of conversion, the annual electricity and "
     "gas used per sheet of ice, and the heat recovered from the compressors to warm locker "
     "rooms and melt the snow scraped off by the resurfacers. It also holds the yearly checks of "
     "carbon monoxide and nitrogen dioxide in arenas with propane- or petrol-powered ice "
     "resurfacers, and their replacement by electric machines. Curling clubs are included.",
     ("ice rinks", "ice arenas", "refrigerants", "HCFC-22 phase-out", "energy efficiency"),
     ("US",), "2024-10"),
    ("df08", "document", "fr",
     "Arénas et centres de curling du Québec : guide pour remplacer les systèmes de "
     "réfrigération au fréon R-22",
     "Au Québec, la plupart des arénas municipaux et des centres de curling construits avant "
     "2000 fabriquent leur glace avec du fréon R-22, un HCFC qui appauvrit la couche d'ozone et "
     "que le Canada a presque cessé d'importer. Ce guide, préparé pour les municipalités qui "
     "reçoivent l'aide du programme provincial de remplacement des systèmes au R-22, compare les "
     "solutions : ammoniac en système indirect avec saumure ou glycol, gaz carbonique (CO2) en "
     "système direct ou indirect, et HFC, qui ne sont plus admissibles. Il explique les "
     "exigences de sécurité pour l'ammoniac (salle des machines, détecteurs, plan d'urgence avec "
     "le service d'incendie), la récupération de la chaleur des compresseurs pour chauffer les "
     "gradins et l'eau de la surfaceuse, l'éclairage DEL de la patinoire et le calendrier des "
     "travaux pour ne pas perdre une saison de hockey. Des fiches présentent les arénas de "
     "Victoriaville, de Saint-Georges et de Rimouski.",
     ("arénas", "patinoires", "réfrigération", "fréon R-22", "réfrigérants naturels"),
     ("CA",), "2022-09"),
    ("df09", "case-study", "es",
     "Pistas de hielo temporales en la Ciudad de México: energía, refrigerantes y agua de la "
     "pista del Zócalo",
     "Desde 2007 el gobierno de la Ciudad de México instala cada diciembre en el Zócalo una de "
     "las pistas de hielo más grandes del mundo, y decenas de plazas comerciales y alcaldías "
     "montan pistas más pequeñas, a 2.240 metros de altitud y con tardes de más de 20 °C. Este "
     "estudio de caso, preparado con la unidad de protección a la capa de ozono, estima lo que "
     "consume una temporada: la electricidad de los enfriadores, a menudo alimentados por "
     "plantas generadoras rentadas, miles de litros de agua para formar y reponer el hielo, y el "
     "refrigerante de los equipos, en muchos casos R-22 o mezclas de HFC de alto potencial de "
     "calentamiento que se recargan sin reparar las fugas. Compara con las pistas de hielo "
     "sintético de polietileno, que algunos municipios adoptaron, y con enfriadores de glicol "
     "que usan refrigerantes de bajo potencial. Recomienda registrar a los técnicos que montan "
     "las pistas y exigir la recuperación del refrigerante al desmontarlas.",
     ("pistas de hielo", "refrigerantes", "HFC", "consumo de energía", "Ciudad de México"),
     ("MX",), "2023-12"),
    # --- aviation contrails -------------------------------------------------------------------
    ("df10", "project", "en",
     "Contrail avoidance trials in the Maastricht upper airspace: rerouting flights around "
     "ice-supersaturated air",
     "Condensation trails, the contrails that form behind aircraft in cold and humid air, can "
     "spread into cirrus clouds that trap heat, above all at night; their warming effect may "
     "rival that of aviation's carbon dioxide. In 2021 and 2022 the Maastricht Upper Area "
     "Control Centre of EUROCONTROL and the German Aerospace Center (DLR) ran trials over "
     "Belgium, the Netherlands, Luxembourg and north-west Germany: when forecasts showed "
     "ice-supersaturated regions, air traffic controllers offered night flights a change of a "
     "few thousand feet so that they passed below or above them. Satellite images and models "
     "then checked whether persistent contrails had formed. The project records the flights "
     "diverted, the extra fuel burned, which was small, and the contrails avoided, and it "
     "discusses the weather forecasts still needed before airlines can plan contrail-avoiding "
     "routes every day. It feeds the monitoring of non-CO2 effects now required under the EU "
     "emissions trading system.",
     ("contrails", "aviation", "non-CO2 effects", "climate change mitigation",
      "air traffic management"),
     ("BE", "NL", "LU", "DE"), "2023-06"),
    ("df11", "document", "fr",
     "Traînées de condensation et cirrus induits : note de synthèse sur les effets hors CO2 de "
     "l'aviation",
     "Les avions ne réchauffent pas le climat seulement par le CO2 de leur kérosène : les oxydes "
     "d'azote, la vapeur d'eau, les particules de suie et surtout les traînées de condensation, "
     "qui peuvent s'étaler en cirrus et retenir la chaleur la nuit, pèsent autant, voire "
     "davantage, selon les estimations. Cette note, rédigée pour les décideurs à partir des "
     "travaux d'un programme de recherche français mené par des laboratoires de physique de "
     "l'atmosphère avec la direction générale de l'aviation civile, résume ce que l'on sait et "
     "ce que l'on ignore encore : prévision des zones sursaturées en glace, rôle des carburants "
     "pauvres en composés aromatiques, modification des trajectoires en vol, comptabilité en "
     "équivalent CO2. Elle passe en revue les essais menés en Europe, les obligations de suivi "
     "imposées aux compagnies aériennes à partir de 2025 et les questions posées aux contrôleurs "
     "aériens. Les carburants d'aviation durables ne sont évoqués que pour leur effet sur les "
     "traînées.",
     ("traînées de condensation", "aviation", "effets hors CO2",
      "atténuation du changement climatique", "cirrus"),
     ("FR",), "2024-05"),
    ("df12", "event", "es",
     "Jornada: estelas de condensación, clima y bulos sobre los chemtrails",
     "La Agencia Estatal de Meteorología y una universidad madrileña organizan una jornada "
     "abierta para profesores de secundaria, periodistas y técnicos municipales sobre las "
     "estelas de condensación, las líneas blancas que dejan los aviones en el cielo. Por la "
     "mañana, meteorólogos explican por qué se forman cuando el aire a gran altura está muy frío "
     "y húmedo, por qué unas desaparecen en segundos y otras se extienden durante horas hasta "
     "convertirse en nubes, y cómo esos cirros inducidos contribuyen al calentamiento global, "
     "tanto o más que parte del CO2 de la aviación. Por la tarde se analizan los bulos sobre los "
     "chemtrails o supuestas fumigaciones secretas desde aviones, que llegan cada año a las "
     "redes y a preguntas parlamentarias, y se enseña a responderlos con datos de radiosondeos e "
     "imágenes de satélite. La jornada termina con un taller sobre el uso de las fotografías de "
     "estelas que envían los ciudadanos para la ciencia.",
     ("estelas de condensación", "aviación", "cambio climático", "desinformación",
      "educación ambiental"),
     ("ES",), "2024-11"),
    # --- food waste ---------------------------------------------------------------------------
    ("df13", "case-study", "en",
     "Pay-as-you-throw for food waste in Seoul: RFID bins, separate collection and what became "
     "of the scraps",
     "South Korea banned the landfilling of food waste in 2005, and since 2013 households pay "
     "for the food scraps they throw away by weight. In Seoul's apartment complexes residents "
     "tap a card on bins fitted with radio-frequency identification (RFID) scales; in houses "
     "they buy special bags. This case study follows ten years of the scheme: food waste per "
     "person fell in the first years, restaurants and school canteens changed portions and the "
     "number of banchan side dishes, and residents learned to drain kimchi brine and water "
     "before throwing scraps away. It also looks at where the collected food waste goes, to "
     "animal feed, compost and biogas plants, and at the liquid pressed out of it, once dumped "
     "at sea and now treated. Critics point to the salt in the compost and to plants that run "
     "below capacity. The study ends with what cities in other countries could copy.",
     ("food waste", "pay-as-you-throw", "separate collection", "waste prevention", "Seoul"),
     ("KR",), "2023-03"),
    ("df14", "document", "fr",
     "Dons alimentaires des grandes surfaces : guide d'application de la loi Garot contre le "
     "gaspillage alimentaire",
     "Depuis la loi du 11 février 2016 relative à la lutte contre le gaspillage alimentaire, "
     "dite loi Garot, les supermarchés de plus de 400 m² ne peuvent plus jeter ni rendre "
     "impropres à la consommation leurs invendus encore consommables, par exemple en les "
     "javellisant, et doivent proposer une convention de don à une association d'aide "
     "alimentaire. Des lois plus récentes ont étendu l'obligation à la restauration collective "
     "et à l'industrie agroalimentaire. Ce guide, rédigé par un réseau régional de lutte contre "
     "le gaspillage avec les banques alimentaires et les Restos du cœur, explique la hiérarchie "
     "des usages (prévention, don, alimentation animale, méthanisation, compostage), les règles "
     "d'hygiène pour les produits frais, la différence entre date limite de consommation et date "
     "de durabilité minimale, la réduction d'impôt pour les dons et les applications qui vendent "
     "des paniers d'invendus à prix réduit. Des fiches présentent des exemples en "
     "Auvergne-Rhône-Alpes.",
     ("gaspillage alimentaire", "dons alimentaires", "invendus", "aide alimentaire", "loi Garot"),
     ("FR",), "2022-10"),
    ("df15", "need", "es",
     "Necesidad: recuperar las frutas y verduras que se descartan en el Mercado Central de "
     "Buenos Aires",
     "En el Mercado Central de Buenos Aires, el mayor mercado concentrador de frutas y verduras "
     "del país, se descartan cada día toneladas de tomates, zapallos, bananas y verduras de hoja "
     "que los operadores no venden por golpes, tamaño o exceso de oferta; buena parte termina en "
     "los contenedores y luego en el relleno sanitario. Con la ley de 2018 que creó el Plan "
     "Nacional de Reducción de Pérdidas y Desperdicio de Alimentos y protege a quienes donan de "
     "buena fe, una red de bancos de alimentos, el propio mercado y municipios del conurbano "
     "piden apoyo para montar un programa de recupero: una nave de clasificación con cámaras de "
     "frío, cajones y balanzas, un registro de lo donado, capacitación a puesteros y "
     "changarines, y transporte a comedores y merenderos barriales. Lo que no sirve para consumo "
     "humano iría a compostaje. Piden también medir las pérdidas, que hoy sólo se estiman.",
     ("desperdicio de alimentos", "pérdidas de alimentos", "bancos de alimentos",
      "mercados mayoristas", "donación de alimentos"),
     ("AR",), "2024-04"),
    # --- paper recycling ----------------------------------------------------------------------
    ("df16", "dataset", "en",
     "Recovered paper in South Africa: collection, recycling and mill use of paper and board, "
     "2010-2023",
     "South Africa recovers more than half of the paper and packaging it could collect, one of "
     "the highest rates among developing economies, and most of it goes back into its own paper "
     "mills to make cartonboard, tissue and corrugated boxes. This dataset, compiled by the "
     "paper industry's producer responsibility organisation with the national environment "
     "department, gives yearly tonnages of recovered paper by grade (old corrugated containers, "
     "office paper, newspapers and magazines, liquid board), by province and by source: buy-back "
     "centres, kerbside collection, shops and offices, and the informal reclaimers who bring "
     "paper to depots on trolleys. It also gives the recovered fibre used by each mill, exports "
     "of waste paper, the share landfilled, and the fees paid to collectors under the extended "
     "producer responsibility regulations of 2021. Notes explain changes of method.",
     ("paper recycling", "recovered paper", "cardboard", "recycling", "waste statistics"),
     ("ZA",), "2024-08"),
    ("df17", "project", "fr",
     "Moins de papier, plus de papier recyclé : collecte des papiers-cartons dans les écoles de "
     "Wallonie",
     "Une école secondaire de taille moyenne consomme plusieurs tonnes de papier par an en "
     "photocopies, cahiers et emballages de fournitures. Ce projet, mené par une intercommunale "
     "de gestion des déchets avec des écoles des provinces de Namur et de Hainaut, installe des "
     "boîtes de tri dans chaque classe et des conteneurs à papiers-cartons vidés par "
     "l'intercommunale, dont le contenu part vers une papeterie belge qui le recycle. Il aide "
     "aussi les écoles à réduire leur consommation, impression recto verso, supports de cours "
     "numériques, cahiers de brouillon faits de feuilles usagées, et à acheter du papier recyclé "
     "labellisé pour les photocopieuses. Des élèves éco-délégués pèsent chaque mois les papiers "
     "collectés et visitent un centre de tri et une papeterie pour voir la pâte faite de vieux "
     "papiers. Le projet publie un guide pour les directions d'école et les pouvoirs "
     "organisateurs.",
     ("recyclage du papier", "papiers-cartons", "papier recyclé", "écoles", "tri des déchets"),
     ("BE",), "2023-05"),
    ("df18", "need", "es",
     "Necesidad: modernizar el reciclaje de papel y cartón de las empresas de recuperación de "
     "materias primas en Cuba",
     "En Cuba, la recuperación de materias primas, desde las cajas de cartón de las bodegas "
     "hasta el papel de las oficinas y los periódicos viejos, está en manos de empresas "
     "estatales que compran a la población y a los centros de trabajo en casas de compra de cada "
     "municipio. Las fábricas de papel y cartón del país dependen de esa fibra recuperada, pero "
     "las prensas embaladoras están rotas, faltan camiones y combustible, y buena parte del "
     "papel se moja o termina en los vertederos. La empresa provincial de La Habana solicita "
     "apoyo para reponer prensas y básculas, techar los patios de acopio, capacitar a los "
     "recuperadores en la clasificación por calidades y medir cuánto papel y cartón se recupera "
     "y se recicla. También pide ayuda para producir papel reciclado para los cuadernos "
     "escolares, hoy escasos.",
     ("reciclaje de papel", "cartón", "materias primas", "recuperación de residuos",
      "papel reciclado"),
     ("CU",), "2024-01"),
    # --- environmental goods ------------------------------------------------------------------
    ("df19", "dataset", "en",
     "The APEC List of Environmental Goods: applied tariffs of the 21 economies, 2012-2024",
     "In 2012 the leaders of the Asia-Pacific Economic Cooperation (APEC) forum agreed to cut "
     "applied tariffs on a list of 54 environmental goods to 5 per cent or less by the end of "
     "2015: wind turbines and their parts, photovoltaic cells and solar water heaters, air and "
     "water pollution control equipment, environmental monitoring and analysis instruments and "
     "bamboo flooring among them. This dataset, kept by a trade policy research group, gives for "
     "each of the 21 economies and each of the 54 six-digit Harmonized System subheadings the "
     "applied tariff in 2012, 2015 and 2024, the national tariff lines that fall under each "
     "subheading and imports by value. It shows which economies still apply more than 5 per cent "
     "on some lines, how partial subheadings (ex-outs) were treated and how imports of solar "
     "panels and wind turbine parts grew. Notes discuss the limits of the list: some goods have "
     "other uses, and environmental services are not covered.",
     ("environmental goods", "tariffs", "APEC", "trade liberalization",
      "renewable energy equipment"),
     (), "2024-09"),
    ("df20", "document", "fr",
     "Accord sur les biens environnementaux : où en est la négociation à l'OMC ?",
     "De 2014 à 2016, 46 membres de l'Organisation mondiale du commerce, dont l'Union "
     "européenne, la Suisse, les États-Unis, la Chine et le Japon, ont négocié à Genève un "
     "accord plurilatéral pour supprimer les droits de douane sur les biens environnementaux : "
     "éoliennes, panneaux solaires, filtres, équipements d'épuration, instruments de mesure de "
     "la qualité de l'air, turbines hydrauliques. La négociation s'est arrêtée en décembre 2016 "
     "faute d'accord sur la liste. Cette note d'information, rédigée pour la commission de "
     "l'économie d'un parlement cantonal, rappelle comment les participants ont proposé des "
     "produits par catégories, pourquoi certains, comme les bicyclettes ou les produits en "
     "bambou, ont divisé, et ce que la Suisse, exportatrice de technologies environnementales, y "
     "gagnerait. Elle présente les discussions structurées sur le commerce et la durabilité "
     "environnementale lancées à l'OMC depuis 2020 et le lien avec les subventions et les "
     "mécanismes d'ajustement carbone aux frontières.",
     ("biens environnementaux", "droits de douane", "OMC", "commerce et environnement",
      "technologies environnementales"),
     ("CH",), "2023-04"),
    ("df21", "need", "es",
     "Necesidad: identificar los bienes ambientales en el arancel para rebajar sus aranceles en "
     "Costa Rica",
     "Costa Rica quiere abaratar la importación de los equipos que ayudan a descarbonizar su "
     "economía y a cuidar el ambiente: paneles solares, calentadores solares, cargadores de "
     "vehículos eléctricos, equipos de tratamiento de aguas residuales, biodigestores y "
     "medidores de la calidad del aire. El ministerio de comercio exterior, con el de ambiente y "
     "el servicio nacional de aduanas, solicita apoyo para definir una lista nacional de bienes "
     "ambientales a partir de la lista de APEC y de las propuestas presentadas en la OMC, ubicar "
     "cada bien en los incisos arancelarios de diez dígitos, estimar la pérdida de recaudación y "
     "el efecto en los precios, y diseñar certificados para que la aduana distinga un equipo "
     "ambiental de otro de uso general, como una bomba o un filtro. Pide además capacitar a los "
     "agentes aduaneros y a los importadores, y revisar el trato de los bienes ambientales en "
     "los tratados de libre comercio vigentes.",
     ("bienes ambientales", "aranceles", "aduanas", "comercio y ambiente", "descarbonización"),
     ("CR",), "2024-02"),
    # --- lead wheel weights -------------------------------------------------------------------
    ("df22", "document", "en",
     "Lead wheel weights: final report of the National Lead-Free Wheel Weight Initiative",
     "The small lead weights clipped to the rims of car and truck wheels to balance them were "
     "long one of the largest uses of lead in the United States after batteries. Many fall off "
     "on potholes and kerbs, and the lead is ground into road dust and washed into storm drains "
     "and streams. From 2008 the Environmental Protection Agency ran a voluntary initiative with "
     "tyre dealers, car makers, weight manufacturers and states to switch to steel and zinc "
     "weights. This final report describes the partners' pledges, the street surveys that "
     "counted weights lying in gutters in Albuquerque and other cities, the state laws that "
     "banned lead wheel weights in California, Washington, Maine and elsewhere, the costs and "
     "performance of the alternatives and how shops collect used weights for recycling. It lists "
     "what remains to be done: imported weights, heavy trucks and enforcement.",
     ("lead wheel weights", "lead", "vehicles", "substitution", "road dust"),
     ("US",), "2012-04"),
    ("df23", "project", "fr",
     "Des garages sans plomb : remplacer les masses d'équilibrage au plomb dans les ateliers de "
     "pneus du Québec",
     "Chaque printemps et chaque automne, au changement des pneus d'hiver, les ateliers du "
     "Québec équilibrent des millions de roues avec de petites masses de plomb fixées à la "
     "jante. Une partie se détache dans les nids-de-poule et se retrouve dans les fossés et les "
     "égouts pluviaux, où le plomb s'use et se disperse. Ce projet, mené par une association de "
     "garagistes avec un organisme de prévention en santé au travail, accompagne 300 ateliers et "
     "concessionnaires qui passent aux masses d'acier ou de zinc, forme les mécaniciens aux "
     "risques du plomb pour eux-mêmes et pour les enfants à la maison, organise la collecte des "
     "vieilles masses avec les recycleurs de métaux et mesure le plomb dans les poussières des "
     "ateliers avant et après. Il documente aussi ses résultats pour le règlement fédéral en "
     "préparation sur les masses d'équilibrage de roues contenant du plomb.",
     ("masses d'équilibrage", "plomb", "garages", "substitution", "santé au travail"),
     ("CA",), "2023-10"),
    ("df24", "need", "es",
     "Necesidad: sacar el plomo de los montallantas de Bogotá, los contrapesos de balanceo de "
     "las llantas",
     "En Bogotá hay miles de montallantas, pequeños talleres de barrio que despinchan, montan y "
     "balancean llantas en la acera. Para el balanceo usan contrapesos de plomo, que los "
     "trabajadores recortan, martillan y a veces funden para fabricar nuevos, sin guantes ni "
     "ventilación, mientras los niños de la familia juegan en el local. Los plomos que se caen "
     "de los carros quedan en las calles y en los sumideros. La secretaría distrital de "
     "ambiente, con una facultad de medicina, solicita apoyo para un diagnóstico del uso de "
     "contrapesos de plomo en los montallantas y de la plumbemia de los trabajadores y de sus "
     "hijos, una campaña con los distribuidores para pasar a contrapesos de acero o de zinc, "
     "puntos de acopio de plomos usados para que lleguen a recicladores autorizados y una "
     "propuesta de reglamento técnico nacional que prohíba los contrapesos de plomo, como ya lo "
     "han hecho la Unión Europea y varios estados de Estados Unidos.",
     ("contrapesos de plomo", "plomo", "talleres", "salud ocupacional", "Bogotá"),
     ("CO",), "2024-05"),
    # --- Minamata disease ---------------------------------------------------------------------
    ("df25", "case-study", "en",
     "Minamata disease at Grassy Narrows: mercury in the English-Wabigoon River, fifty years on",
     "Between 1962 and 1970 a chlor-alkali plant serving the pulp and paper mill at Dryden, "
     "Ontario, released about nine tonnes of mercury into the Wabigoon River, upstream of the "
     "Anishinaabe communities of Grassy Narrows (Asubpeeschoseewagong) and Wabaseemoong. "
     "Walleye, the staple food and the base of the fishing-guide economy, carried methylmercury; "
     "in 1975 Japanese physicians who had treated patients in Minamata found the signs of "
     "Minamata disease, numbness of the hands, narrowed vision and tremors, among residents. "
     "This case study traces what followed: the closing of the commercial fishery, the Mercury "
     "Disability Board set up in 1986 to compensate people with symptoms, studies showing "
     "effects in people born long after the dumping, the discovery of continuing leaks at the "
     "mill site, and the commitments made from 2017 to clean the river and to build a care home "
     "for people with mercury poisoning. It asks what recognition and remediation mean for a "
     "community still waiting.",
     ("Minamata disease", "mercury poisoning", "methylmercury", "Indigenous peoples",
      "English-Wabigoon River"),
     ("CA",), "2024-06"),
    ("df26", "document", "fr",
     "La maladie de Minamata : chronologie, reconnaissance des victimes et leçons tirées",
     "En mai 1956, un hôpital de Minamata, dans la préfecture de Kumamoto, signale des patients "
     "atteints d'un mal inconnu : engourdissements, troubles de la parole et de la marche, "
     "convulsions ; les chats des villages de pêcheurs titubent et meurent. Il faudra douze ans "
     "pour que l'État japonais reconnaisse, en 1968, que le méthylmercure rejeté dans la baie "
     "par l'usine d'acétaldéhyde de la société Chisso et accumulé dans les poissons et les "
     "coquillages en est la cause, et qu'une seconde épidémie, à Niigata, vient d'une autre "
     "usine. Ce document de vulgarisation retrace la chronologie, les formes congénitales de la "
     "maladie chez les enfants exposés dans le ventre de leur mère, les procès, le système de "
     "certification qui n'a reconnu qu'environ 3 000 patients sur des dizaines de milliers de "
     "demandeurs, la loi de 2009 sur les mesures spéciales et le dragage de la baie. Il explique "
     "pourquoi la convention sur le mercure adoptée en 2013 porte le nom de Minamata.",
     ("maladie de Minamata", "méthylmercure", "intoxication au mercure",
      "santé environnementale", "Japon"),
     ("JP",), "2023-05"),
    ("df27", "event", "es",
     "Seminario: la enfermedad de Minamata y el mercurio en los ríos de la Amazonía boliviana",
     "En la cuenca del río Beni, las dragas y balsas de las cooperativas auríferas usan cada año "
     "decenas de toneladas de mercurio, y estudios recientes han encontrado en el cabello de "
     "mujeres del pueblo Ese Ejja y de otras comunidades ribereñas niveles de mercurio muy por "
     "encima de los valores de referencia de la OMS, por el pescado que comen a diario. Este "
     "seminario, organizado en Riberalta por una universidad pública y organizaciones indígenas, "
     "invita a médicos japoneses que atendieron a pacientes de la enfermedad de Minamata a "
     "explicar cómo se reconoce el envenenamiento por metilmercurio: hormigueo en manos y pies, "
     "pérdida del campo visual, temblores y daño al niño por nacer. Se presentan los análisis "
     "hechos en Rurrenabaque y Riberalta, se discuten recomendaciones de consumo de pescado para "
     "embarazadas y niños, y se debate cómo llevar la atención de salud a las comunidades "
     "afectadas. Asisten también el ministerio de salud y el punto focal del Convenio de "
     "Minamata.",
     ("enfermedad de Minamata", "metilmercurio", "salud ambiental", "minería aurífera",
      "Amazonía"),
     ("BO",), "2024-08"),
    # --- unique identifiers of living modified organisms --------------------------------------
    ("df28", "document", "en",
     "OECD unique identifiers for living modified organisms: a guide for the Biosafety "
     "Clearing-House",
     "Most genetically modified plant events approved for commercial use carry an OECD unique "
     "identifier, a nine-character code made of a prefix for the developer, characters for the "
     "event and a check digit: MON-ØØ81Ø-6 is the insect-resistant maize MON810. The decisions "
     "of the Parties to the Cartagena Protocol on the documentation that accompanies shipments "
     "of living modified organisms under its Article 18 ask that these identifiers be given "
     "where they exist. This guide for national authorities and for publishers of Biosafety "
     "Clearing-House records explains how the codes are built, how to find them in the OECD "
     "product database and in the LMO registry of the BCH, how to record stacked events, what to "
     "do with events that have no code, and how customs officers and laboratories use the "
     "identifiers to link a shipment to its risk assessment and to a detection method.",
     ("unique identifiers", "living modified organisms", "Biosafety Clearing-House",
      "Cartagena Protocol", "documentation requirements"),
     (), "2023-11"),
    ("df29", "need", "fr",
     "Besoin : former la douane et les laboratoires du Cameroun à lire les identificateurs "
     "uniques des OVM",
     "Le Cameroun importe chaque année du maïs, du soja et des tourteaux destinés à "
     "l'alimentation humaine et animale, dont une partie peut contenir des organismes vivants "
     "modifiés. Les documents d'expédition portent parfois la mention « peut contenir des OVM » "
     "et, plus rarement, les identificateurs uniques de l'OCDE des événements de transformation, "
     "mais les agents des douanes du port de Douala et les inspecteurs phytosanitaires ne savent "
     "ni les lire ni les vérifier dans le Centre d'échange pour la prévention des risques "
     "biotechnologiques. Le ministère de l'Environnement, point focal du Protocole de Cartagena, "
     "demande une formation des douaniers, des inspecteurs et des techniciens du laboratoire "
     "national sur les identificateurs uniques, des fiches de contrôle, un accès à la base de "
     "données des événements autorisés et des trousses d'échantillonnage. Il souhaite aussi "
     "relier les identificateurs inscrits sur les documents aux méthodes de détection par PCR.",
     ("identificateurs uniques", "organismes vivants modifiés", "douanes",
      "Protocole de Cartagena", "documentation"),
     ("CM",), "2024-03"),
    ("df30", "project", "es",
     "Registro público de los eventos transgénicos aprobados en Paraguay con su identificador "
     "único",
     "Paraguay ha aprobado decenas de eventos transgénicos de soja, maíz y algodón para siembra "
     "o consumo, pero la lista oficial mezclaba nombres comerciales, códigos de las empresas y "
     "números de resolución sin una referencia común. Este proyecto de la comisión nacional de "
     "bioseguridad agropecuaria y forestal, con el servicio nacional de calidad y sanidad "
     "vegetal, construye un registro público en línea en el que cada evento aprobado figura con "
     "su identificador único de la OCDE, su uso autorizado, la fecha de la resolución y el "
     "enlace a su ficha en el Centro de Intercambio de Información sobre Seguridad de la "
     "Biotecnología (BCH). El registro permite a los inspectores de frontera y a los "
     "exportadores de granos verificar rápidamente si un evento declarado está aprobado en el "
     "país y en los mercados de destino. Incluye talleres para técnicos de las oficinas "
     "regionales y un manual de uso.",
     ("identificador único", "eventos transgénicos", "organismos genéticamente modificados",
      "Centro de Intercambio de Información sobre Seguridad de la Biotecnología", "registro"),
     ("PY",), "2024-06"),
)  # fmt: skip
