"""Clearing-house records of the thirty-first judged relevance set
(tests/search/relevance/queries31.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemical-safety and
health pages on medicines contaminated with diethylene glycol and ethylene glycol (cough
syrups, acute kidney injury; diéthylène glycol, sirops contaminés; dietilenglicol, jarabes
para la tos); Basel-like waste pages on disposable vapes (single-use e-cigarettes; puffs,
cigarettes électroniques jetables; vapeadores desechables) and on deposit return systems for
beverage containers (consigne, sistemas de depósito, devolución y retorno, SDDR); CITES-like
pages on giant clams (Tridacna; bénitiers, pahua; almejas gigantes); CBD Clearing-House
Mechanism pages on old-growth forests (primary and virgin forests; vieilles forêts, forêts
anciennes; bosques maduros, bosques primarios), on passive acoustic monitoring (bioacoustics,
acoustic sensors, hydrophones; suivi acoustique passif; monitoreo acústico pasivo,
grabadoras autónomas) and on natural capital accounting (SEEA ecosystem accounts; comptes des
écosystèmes, SCEE; cuentas de ecosistemas, SCAE); contaminated-site pages on phytoremediation
(hyperaccumulator plants; phytoremédiation; fitorremediación); Biosafety Clearing-House pages
on genetically modified alfalfa (luzerne génétiquement modifiée, alfalfa transgénica; gene
flow by bees, feral plants, reduced lignin); and pesticide pages on the fungicide
chlorothalonil (its metabolites in groundwater and drinking water, banana plantations;
clorotalonil). English, French and Spanish, 10 records each, every topic written once in
each language (different countries, projects and angles, not translations of one text), so
that a query in one language has answers in the others.

None of records.py, records3.py, ..., records30.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (glycol, glicol, diethylene, cough syrup, sirop, jarabe,
excipient, glycerin, glycérine, propylene, paracetamol, acute kidney, insuffisance rénale,
renal aguda, médicament, medicamento, falsified; vape, vapoteuse, vapeador, e-cigarette,
cigarette électronique, cigarrillo electrónico, puff, nicotine, tabac, tabaco; giant clam,
bénitier, Tridacna, pahua, almeja, clam, mollusc, aquarium, acuario; old-growth, old growth,
primary forest, virgin, primeval, forêt ancienne, vieilles forêts, forêt primaire, bosque
primario, bosque maduro, bosque antiguo, Białowieża, alerce, logging, tala; acoustic,
acoustique, acústico, bioacoustics, hydrophone, hidrófono, recorder, enregistreur, grabadora,
song, chant, canto, whale, baleine, ballena; phytoremediation, phytoremédiation,
fitorremediación, hyperaccumulator, phyto, fito, heavy metals, métaux lourds, metales
pesados; natural capital, capital naturel, capital natural, SEEA, ecosystem accounts,
comptabilité, contabilidad, GDP, PIB, ecosystem services, services écosystémiques, servicios
ecosistémicos; deposit, consigne, depósito, retornable, refund, reverse vending, bottle,
bouteille, botella, packaging, emballage, envase, canette, lata; alfalfa, luzerne, canola,
colza, oilseed rape; chlorothalonil, clorotalonil, fungicide, fongicide, fungicida,
metabolite, groundwater, nappe, acuífero). Candidates found covered were dropped (manatees,
a subject of the Chetumal seagrass page v42; flamingos and soda lakes, named by the lithium
salar pages x22-x23, the Camargue lead shot page u26 and the rice field page i29; the
hippopotamus, named by the wildlife health guide k11; genetically modified canola, whose
crossings with GM mustard the mustard page be20 assesses; tropical dry forests, the setting
of the Chiquitano fire brigades v39 and of the Guánica toads bg30; temporary ponds (bi20,
bg30); carbon monoxide poisoning (the Kinshasa kitchen page w29 measures it); PFHxS (the PFAS
pages q19-q21, bf16); the genetically modified American chestnut (the GM tree pages
y25-y27); payments for ecosystem services (bg19, i18) and green bonds (m07)). The nearest
are the lithium battery pages (t25-t27), the cigarette butt pages (z25-z27) and the plastic
bag, textile and extended producer responsibility pages (j22-j24, k23, z26), the inclusive
recycling page (n18) and the Brazilian packaging agreement of the golden files; the
seahorse, sea cucumber, conch and coral trade pages; the illegal logging pages (m16-m18, o12,
i18), the cloud forest and sacred forest pages; the wind farm page that monitors bats
acoustically (t24) and the underwater noise page (w14); the contaminated soil pages (v28-v30,
t41-t42, x18) and the vetiver page (bi15); the biodiversity finance pages (m07, m09) and the
City Biodiversity Index (w10); the GM mustard page (be20) and the monocrotophos page that
names alfalfa fields (bf12); the atrazine (bg04-bg06) and mancozeb (bh04-bh06) pages; the
paraphenylenediamine page that names acute kidney failure (bi22); the ethylene glycol
molecule page of the golden files. No text was copied from those sites and none comes from
demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and enriched
with the project thesaurus exactly as the other records files' are, beside them and the real
fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (bk01..bk30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30, bg01..bg30, bh01..bh30,
bi01..bi30, bj01..bj30), and no earlier id starts with "bk"; in queries31.tsv they are
written without prefix, like theirs, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- diethylene glycol in medicines ---------------------------------------------------
    ("bk01", "case-study", "en",
     "Contaminated cough syrups and the deaths of children from acute kidney injury in The "
     "Gambia, 2022",
     "Between July and October 2022, about seventy children under five died in The Gambia of "
     "acute kidney injury after taking paracetamol and cough syrups imported from India. "
     "Laboratory analyses commissioned by WHO found diethylene glycol and ethylene glycol, "
     "toxic industrial solvents used in antifreeze and brake fluid, in four of the products, "
     "where the manufacturer should have used pharmaceutical-grade propylene glycol or "
     "glycerin. The case study follows the medical product alert, the recall of the syrups "
     "from pharmacies and homes, the parliamentary inquiry, and what the medicines control "
     "agency changed: testing of imported batches and of excipients before release, and a "
     "register of liquid medicines for children.",
     ("diethylene glycol", "contaminated medicines", "acute kidney injury",
      "children's health", "poisoning"), ("GM",), "2023"),
    ("bk02", "need", "fr",
     "Besoin : un laboratoire de contrôle de la qualité pour détecter le diéthylène glycol "
     "dans les sirops pour enfants",
     "En 2023, au moins six enfants sont morts au Cameroun d'insuffisance rénale aiguë après "
     "avoir pris un sirop contre la toux contaminé au diéthylène glycol, solvant industriel "
     "toxique vendu moins cher que le propylène glycol et la glycérine de qualité "
     "pharmaceutique. L'autorité de réglementation pharmaceutique du Cameroun demande un "
     "appui pour équiper le laboratoire national de contrôle de qualité des médicaments en "
     "chromatographes, former ses analystes aux méthodes de la pharmacopée pour doser "
     "l'éthylène glycol et le diéthylène glycol dans les excipients et les sirops finis, et "
     "organiser des prélèvements dans les pharmacies, les dépôts et sur les marchés de rue "
     "où se vendent des médicaments de contrebande.",
     ("diéthylène glycol", "médicaments contaminés", "contrôle de la qualité des médicaments",
      "intoxications", "besoins"), ("CM",), "2024-03"),
    ("bk03", "document", "es",
     "Dietilenglicol en jarabes y excipientes: guía para fabricantes y laboratorios "
     "oficiales a partir de la tragedia de Panamá",
     "En 2006, un jarabe para la tos sin azúcar elaborado por la Caja de Seguro Social de "
     "Panamá con una glicerina importada que en realidad era dietilenglicol causó la muerte "
     "de decenas de personas por insuficiencia renal aguda y dejó secuelas neurológicas en "
     "muchos sobrevivientes. La guía repasa cómo se compró el excipiente a través de "
     "intermediarios que cambiaban las etiquetas y fija lo que todo fabricante de "
     "medicamentos debe hacer: analizar cada lote de glicerina, propilenglicol, sorbitol y "
     "polietilenglicol por identidad y por su contenido de dietilenglicol y etilenglicol, "
     "auditar a los proveedores y conservar la trazabilidad del excipiente hasta su "
     "productor.",
     ("dietilenglicol", "medicamentos contaminados", "excipientes",
      "insuficiencia renal aguda", "buenas prácticas de fabricación"), ("PA",), "2022"),
    # --- disposable vapes -----------------------------------------------------------------
    ("bk04", "document", "en",
     "Disposable vapes: why single-use e-cigarettes are banned in the UK and where the used "
     "ones should go",
     "About five million single-use vapes were thrown away every week in the United Kingdom "
     "in 2023, most of them in general rubbish or as litter. Each contains a small "
     "lithium-ion battery, copper wiring, a plastic casing and leftover nicotine e-liquid; "
     "crushed in bin lorries and at recycling plants, the batteries start fires. The "
     "briefing explains the ban on selling disposable vapes that took effect in June 2025, "
     "the obligation on every shop that sells vapes to take used ones back free of charge as "
     "waste electrical and electronic equipment, and how the lithium, copper and plastics of "
     "vapes dismantled by hand can be recovered.",
     ("disposable vapes", "e-cigarettes", "e-waste", "lithium-ion batteries",
      "single-use products"), ("GB",), "2024"),
    ("bk05", "case-study", "fr",
     "La Belgique interdit les cigarettes électroniques jetables : bilan des premiers mois",
     "Depuis le 1er janvier 2025, la vente des « puffs », cigarettes électroniques jetables "
     "aromatisées prisées des adolescents, est interdite en Belgique, premier pays de "
     "l'Union européenne à le faire. L'étude de cas retrace les arguments de santé publique "
     "et d'environnement avancés par le gouvernement fédéral : une batterie au lithium et un "
     "réservoir de nicotine jetés après quelques centaines de bouffées, des incendies dans "
     "les centres de tri et les camions de collecte. Elle examine les contrôles dans les "
     "commerces de nuit, l'arrivée de modèles prétendument rechargeables à peine différents, "
     "les achats en ligne et la reprise des appareils usagés par les points de collecte des "
     "déchets électriques.",
     ("cigarettes électroniques jetables", "puffs",
      "déchets d'équipements électriques et électroniques", "piles et batteries",
      "santé publique"), ("BE",), "2025"),
    ("bk06", "need", "es",
     "Necesidad: recolección y tratamiento de vapeadores desechables como residuos de "
     "aparatos eléctricos y electrónicos en Colombia",
     "Los vapeadores desechables, cigarrillos electrónicos de un solo uso con batería de "
     "litio y cartucho de nicotina, se venden en tiendas de barrio y a la salida de los "
     "colegios y terminan en la basura común, en las calles y en los rellenos sanitarios. El "
     "Ministerio de Ambiente de Colombia solicita apoyo para caracterizar este residuo, "
     "incluirlo en los sistemas de recolección selectiva de residuos de aparatos eléctricos "
     "y electrónicos (RAEE) y de pilas, definir cómo manejar los restos de líquido con "
     "nicotina y capacitar a los gestores en el desarme seguro de las baterías, que ya han "
     "provocado incendios en camiones compactadores.",
     ("vapeadores desechables", "cigarrillos electrónicos", "RAEE", "baterías de litio",
      "necesidades"), ("CO",), "2025-02"),
    # --- giant clams ----------------------------------------------------------------------
    ("bk07", "project", "en",
     "Bringing giant clams back to the reefs of northern Luzon: hatchery, ocean nurseries "
     "and community sanctuaries",
     "Giant clams (Tridacna gigas, T. derasa and smaller Tridacna and Hippopus species), "
     "listed in CITES Appendix II, were overharvested for their meat, their shells and the "
     "aquarium trade until the largest species vanished from most Philippine reefs. The "
     "project rears juveniles in a hatchery in Bolinao, Pangasinan, grows them in ocean "
     "nurseries and restocks them in marine sanctuaries managed by fishing communities, "
     "which are paid to guard them. It monitors the survival and growth of the clams and "
     "their bleaching during marine heatwaves, and trains local guides to run snorkelling "
     "tours over the restocked beds.",
     ("giant clams", "restocking", "coral reefs", "marine protected areas", "CITES"), ("PH",),
     "2021"),
    ("bk08", "dataset", "fr",
     "Stocks de bénitiers des lagons fermés des Tuamotu de l'Est : comptages 2004-2023",
     "Le bénitier (Tridacna maxima), appelé pahua en Polynésie française, atteint dans les "
     "lagons fermés de Tatakoto, Reao et Fangatau des densités parmi les plus fortes du "
     "monde. Le jeu de données rassemble les comptages par transects et quadrats des "
     "plongeurs de la direction des ressources marines : densité et taille des bénitiers par "
     "station, surface couverte, et mortalités massives observées lors des vagues de chaleur "
     "et des épisodes de faible renouvellement de l'eau. Il sert à fixer les quotas de pêche "
     "de la chair expédiée vers Tahiti et le nombre de juvéniles collectés pour "
     "l'aquariophilie et pour le réensemencement d'autres lagons.",
     ("bénitiers", "Tridacna", "lagons", "gestion des pêches", "mollusques"), ("PF",), "2023"),
    ("bk09", "document", "es",
     "Almejas gigantes para acuarios: lo que debe comprobar el importador antes de pedir un "
     "permiso CITES",
     "Las almejas gigantes (Tridacna spp.), bivalvos de colores vivos que viven en simbiosis "
     "con algas en los arrecifes del Indo-Pacífico, se importan en España sobre todo para "
     "acuarios marinos de arrecife. Todas están en el Apéndice II de la CITES y en el anexo "
     "B de los reglamentos europeos de comercio de fauna. La guía de la autoridad "
     "administrativa explica cómo distinguir los ejemplares de cultivo (códigos de origen F "
     "o C) de los recolectados en el medio silvestre, qué países y especies tienen "
     "suspendidas las importaciones de ejemplares silvestres, qué documentos exige la aduana "
     "y qué ocurre con las conchas de almeja gigante que traen los turistas como recuerdo.",
     ("almejas gigantes", "comercio de especies", "CITES", "acuarios", "moluscos"), ("ES",),
     "2022"),
    # --- old-growth forests ---------------------------------------------------------------
    ("bk10", "project", "en",
     "Finding and protecting the last old-growth forests of the Romanian Carpathians",
     "Romania still holds some of the largest old-growth and virgin beech and spruce forests "
     "of the European Union: forests never clear-cut, with trees centuries old, standing and "
     "fallen dead wood, and lynx, bears and wolves. Many were being logged before anyone had "
     "mapped them. The project surveys candidate stands with field teams and satellite "
     "images against agreed criteria, enters the confirmed old-growth forests in the "
     "national catalogue, where logging is forbidden, compensates private and community "
     "owners for the timber they can no longer sell, and reports suspected illegal cutting "
     "to the forest guard.",
     ("old-growth forests", "primary forests", "forest protection", "deadwood",
      "forest inventories"), ("RO",), "2022"),
    ("bk11", "document", "fr",
     "Vieilles forêts des Pyrénées : guide pour repérer, cartographier et laisser en libre "
     "évolution les peuplements matures",
     "Une vieille forêt n'est pas forcément une forêt ancienne : la première se reconnaît à "
     "ses très gros arbres, à ses arbres morts sur pied et au sol, à ses cavités et à ses "
     "dendromicrohabitats ; la seconde est restée boisée depuis au moins deux siècles. Le "
     "guide, rédigé avec les gestionnaires forestiers et les naturalistes des Pyrénées, "
     "propose une méthode de terrain pour inventorier les vieux peuplements de hêtres et de "
     "sapins, un protocole de cartographie partagé, et les outils pour les laisser en libre "
     "évolution : îlots de sénescence, réserves biologiques intégrales, contrats avec les "
     "communes propriétaires.",
     ("vieilles forêts", "forêts anciennes", "bois mort", "naturalité", "gestion forestière"),
     ("FR",), "2021"),
    ("bk12", "case-study", "es",
     "Muniellos y los bosques maduros de la cordillera Cantábrica: medio siglo sin cortas",
     "La Reserva Integral de Muniellos, en Asturias, guarda uno de los robledales más "
     "extensos y mejor conservados de Europa, un bosque maduro de robles albares, hayas y "
     "abedules que no se corta desde la década de 1970 y en el que solo se entra con "
     "permiso. El estudio de caso cuenta cómo se frenó la explotación maderera, qué revelan "
     "las parcelas permanentes sobre la madera muerta, los árboles viejos con cavidades, los "
     "líquenes y los insectos saproxílicos, y cómo se usa Muniellos como referencia para "
     "identificar otros rodales de bosque primario o en evolución natural en los espacios "
     "protegidos del norte de España.",
     ("bosques maduros", "bosques primarios", "madera muerta", "espacios protegidos",
      "robledales"), ("ES",), "2023"),
    # --- passive acoustic monitoring ------------------------------------------------------
    ("bk13", "project", "en",
     "Acoustic sensors in the canopy: catching chainsaws, gunshots and gibbon calls in the "
     "forests of Sumatra",
     "Solar-powered acoustic sensors hung high in the trees of village forests in Sumatra "
     "record the soundscape around the clock and send it over the mobile network. Software "
     "trained on thousands of labelled sounds picks out chainsaws, logging trucks and "
     "gunshots and alerts the phones of community rangers within minutes, so that they can "
     "reach the site while the loggers are still there. Stored as an archive, the same "
     "recordings let researchers follow gibbons, birds and cicadas through the seasons: "
     "passive acoustic monitoring of biodiversity at a fraction of the cost of surveys by "
     "observers. The project trains the rangers and maintains the network.",
     ("passive acoustic monitoring", "bioacoustics", "illegal logging", "forest rangers",
      "artificial intelligence"), ("ID",), "2022"),
    ("bk14", "dataset", "fr",
     "Chants de baleines à bosse enregistrés par des hydrophones autour de La Réunion, "
     "2016-2023",
     "Chaque hiver austral, des baleines à bosse venues des eaux antarctiques se "
     "reproduisent au large de La Réunion, où les mâles chantent pendant des heures. Le jeu "
     "de données regroupe les enregistrements d'hydrophones autonomes mouillés sur les côtes "
     "ouest et sud de l'île : fichiers sonores horodatés, détections automatiques des chants "
     "et des autres vocalisations, niveaux de bruit des bateaux d'observation et du trafic "
     "maritime. Ce suivi acoustique passif complète les comptages visuels pour mesurer la "
     "présence et la durée de séjour des baleines, et suivre l'effet du bruit sous-marin sur "
     "leurs chants.",
     ("bioacoustique", "hydrophones", "baleines à bosse", "suivi acoustique passif",
      "bruit sous-marin"), ("RE",), "2023"),
    ("bk15", "event", "es",
     "Taller regional: monitoreo acústico pasivo de aves, anfibios y murciélagos con "
     "grabadoras autónomas",
     "El taller, organizado en Villa de Leyva con los institutos de investigación en "
     "biodiversidad de la región andina, enseña a planificar un muestreo con grabadoras "
     "autónomas de bajo costo: dónde y a qué altura instalarlas, cada cuánto grabar y cómo "
     "manejar miles de horas de audio. Los participantes aprenden a reconocer en "
     "espectrogramas los cantos de aves y ranas y las llamadas de ecolocalización de los "
     "murciélagos, a entrenar y validar clasificadores automáticos, a calcular índices "
     "acústicos del paisaje sonoro y a compartir las grabaciones en colecciones de sonidos "
     "abiertas para el seguimiento de las áreas protegidas.",
     ("monitoreo acústico pasivo", "bioacústica", "aves", "murciélagos", "capacitación"),
     ("CO", "PE", "EC", "BO"), "2024-09"),
    # --- phytoremediation -----------------------------------------------------------------
    ("bk16", "case-study", "en",
     "Chinese brake fern against arsenic: phytoremediation of farmland around the mines of "
     "Hunan",
     "Decades of mining and smelting left arsenic and cadmium in rice fields and vegetable "
     "plots of parts of Hunan province. Instead of digging out and replacing the soil, which "
     "would have cost far more and destroyed it, a pilot programme planted Chinese brake "
     "fern (Pteris vittata), a fern that hyperaccumulates arsenic in its fronds, on "
     "contaminated farmland, harvested the fronds several times a year and incinerated them "
     "safely. The case study reports how far soil arsenic fell over several seasons, the "
     "intercropping of the fern with cash crops so that farmers kept an income, the disposal "
     "of the harvested biomass and the limits of phytoremediation on heavily polluted land.",
     ("phytoremediation", "arsenic", "contaminated soils", "hyperaccumulator plants",
      "mining"), ("CN",), "2020"),
    ("bk17", "need", "fr",
     "Besoin : essais de phytoremédiation dans les jardins maraîchers pollués autour de la "
     "décharge de Mbeubeuss",
     "Autour de la décharge de Mbeubeuss, à la périphérie de Dakar, des maraîchers cultivent "
     "choux, laitues et oignons sur des sols et avec une eau de puits chargés en plomb, "
     "cadmium et zinc venus des déchets brûlés et du lixiviat. La direction de "
     "l'environnement et des établissements classés du Sénégal demande un appui pour "
     "cartographier la pollution des parcelles, tester des plantes capables d'extraire ou de "
     "fixer les métaux (tournesol, vétiver, moutarde indienne), comparer ces essais de "
     "phytoremédiation à d'autres solutions, éliminer sans risque la biomasse récoltée et "
     "conseiller les maraîchers sur les cultures à éviter.",
     ("phytoremédiation", "sols pollués", "métaux lourds", "maraîchage", "besoins"), ("SN",),
     "2024-06"),
    ("bk18", "project", "es",
     "Fitorremediación de suelos agrícolas regados con aguas residuales en el Valle del "
     "Mezquital",
     "Desde hace un siglo, las aguas residuales de la Ciudad de México riegan los campos de "
     "alfalfa y de maíz del Valle del Mezquital, en Hidalgo, y han acumulado en los suelos "
     "plomo, cadmio, cromo y residuos de fármacos. El proyecto, con ejidos de la zona, "
     "ensaya la fitorremediación con plantas nativas y cultivos no alimentarios (girasol, "
     "higuerilla y pastos) que extraen o inmovilizan los metales pesados, compara la "
     "cantidad de metales absorbida por las plantas cosechadas, estudia el uso de esa "
     "biomasa para bioenergía y acompaña la llegada del agua tratada de la planta de "
     "Atotonilco.",
     ("fitorremediación", "suelos contaminados", "metales pesados",
      "riego con aguas residuales", "agricultura"), ("MX",), "2021"),
    # --- natural capital accounting -------------------------------------------------------
    ("bk19", "document", "en",
     "Natural capital accounts of Botswana: water, minerals and ecosystems in the national "
     "accounts",
     "GDP counts the diamonds Botswana sells but neither the fall in its mineral wealth nor "
     "the water that farms, mines and towns draw from aquifers and the Okavango. Following "
     "the UN System of Environmental-Economic Accounting (SEEA), the statistics office and "
     "the ministry of finance compiled water accounts, mineral asset accounts and first "
     "ecosystem extent accounts for the Okavango Delta and the Kalahari rangelands. The "
     "report shows how the accounts were built from existing data, what they reveal (wealth "
     "shifting from minerals to produced capital, water used per unit of value added in each "
     "sector) and how the planning ministry uses them in the national development plan.",
     ("natural capital accounting", "SEEA", "ecosystem accounts", "water accounts",
      "development planning"), ("BW",), "2020"),
    ("bk20", "event", "fr",
     "Atelier régional : établir des comptes des écosystèmes selon le SCEE en Afrique "
     "francophone",
     "L'atelier, tenu à Dakar avec les instituts nationaux de la statistique et les "
     "ministères de l'environnement de huit pays, forme les équipes à la comptabilité du "
     "capital naturel selon le cadre central et la comptabilité des écosystèmes du Système "
     "de comptabilité environnementale et économique (SCEE) des Nations unies. Au programme "
     ": comptes d'étendue des écosystèmes à partir des cartes d'occupation des sols, comptes "
     "d'état pour les forêts et les mangroves, évaluation physique et monétaire des services "
     "écosystémiques, et usage de ces comptes pour suivre les cibles du cadre mondial de la "
     "biodiversité de Kunming-Montréal.",
     ("comptabilité du capital naturel", "comptes des écosystèmes", "SCEE",
      "statistiques de l'environnement", "services écosystémiques"),
     ("SN", "CI", "BJ", "BF", "TG", "CM", "GA", "MG"), "2024-11"),
    ("bk21", "dataset", "es",
     "Cuenta de ecosistemas de Colombia: extensión y condición de bosques, páramos y "
     "humedales, 2000-2022",
     "Series de la cuenta de ecosistemas que el DANE elabora con el IDEAM y el Instituto "
     "Humboldt siguiendo el Sistema de Contabilidad Ambiental y Económica (SCAE) de las "
     "Naciones Unidas: hectáreas de bosque natural, páramo, sabana, humedales y áreas "
     "agrícolas por departamento y año, matrices de cambio entre tipos de ecosistema, "
     "indicadores de condición (fragmentación, integridad) y cuentas físicas de servicios "
     "como el agua regulada por los páramos. Las tablas se publican en la Cuenta Satélite "
     "Ambiental y alimentan la contabilidad del capital natural del plan nacional de "
     "desarrollo.",
     ("contabilidad del capital natural", "cuentas de ecosistemas", "SCAE",
      "estadísticas ambientales", "ecosistemas"), ("CO",), "2024"),
    # --- deposit return systems -----------------------------------------------------------
    ("bk22", "case-study", "en",
     "Lithuania's deposit return system: nine in ten bottles and cans back within two years",
     "Before 2016, most plastic bottles, cans and glass bottles of drinks sold in Lithuania "
     "ended in landfill or as litter. The deposit return system introduced that year adds a "
     "ten-cent deposit to every one-way container, refunded when the empty is returned to a "
     "reverse vending machine or a shop counter; a non-profit operator run by producers and "
     "retailers collects the containers and sells the sorted PET, aluminium and glass to "
     "recyclers. The case study looks at how return rates rose above 90 per cent, the design "
     "choices behind them (a single deposit, obligatory take-back by larger shops, "
     "labelling), the costs of the system and the fall in bottles found on beaches.",
     ("deposit return systems", "beverage containers", "recycling",
      "extended producer responsibility", "packaging waste"), ("LT",), "2021"),
    ("bk23", "document", "fr",
     "La consigne élargie au Québec : ce qui change pour les contenants de boissons",
     "La consigne québécoise, qui ne visait depuis les années 1980 que les canettes et les "
     "bouteilles de bière et de boissons gazeuses, s'étend à presque tous les contenants de "
     "boissons prêtes à boire de 100 ml à 2 litres, en plastique, en verre, en métal ou en "
     "carton multicouche, avec un dépôt de 10 ou 25 cents. La fiche explique le calendrier "
     "de déploiement, l'organisme de gestion désigné par les producteurs, les points de "
     "retour (gobeuses des épiceries, dépôts), le réemploi des bouteilles de verre "
     "consignées et ce que les municipalités peuvent en attendre pour leur collecte "
     "sélective.",
     ("consigne", "contenants de boissons", "réemploi",
      "responsabilité élargie des producteurs", "emballages"), ("CA",), "2023"),
    ("bk24", "support-source", "es",
     "Oferta: asistencia técnica para diseñar sistemas de depósito y retorno de envases de "
     "bebidas en América Latina",
     "El centro regional ofrece a ministerios de ambiente y municipios de América Latina y "
     "el Caribe apoyo para diseñar un sistema de depósito, devolución y retorno (SDDR) de "
     "envases de bebidas: estudio de los flujos de botellas de PET, latas y vidrio, elección "
     "del monto del depósito y de los envases incluidos, gobernanza del operador, máquinas "
     "de retorno y puntos de devolución en las tiendas, y manera de integrar a los "
     "recicladores de base. Se apoya en la experiencia del impuesto redimible a las botellas "
     "plásticas no retornables del Ecuador, en el sistema que España debe poner en marcha y "
     "en la vieja tradición del envase retornable de vidrio.",
     ("sistemas de depósito y retorno", "envases de bebidas", "reciclaje",
      "recicladores de base", "ofertas"), (), "2024"),
    # --- genetically modified alfalfa -----------------------------------------------------
    ("bk25", "case-study", "en",
     "Roundup Ready alfalfa in the western United States: feral plants, bees and the export "
     "hay market",
     "Alfalfa is a perennial forage crop pollinated by bees. Its first genetically modified "
     "variety, tolerant to glyphosate, was deregulated in 2005, halted by a court in 2007 "
     "for lack of an environmental impact statement and deregulated again without conditions "
     "in 2011. The case study follows what came next: surveys along roadsides in the "
     "seed-growing areas of Idaho, California and Washington found feral alfalfa plants "
     "carrying the transgene, spread by seed spills and by bees that carry pollen over "
     "kilometres; organic and conventional seed growers set isolation distances and test "
     "their lots; and exporters of hay to Asian markets test for GM presence.",
     ("genetically modified alfalfa", "gene flow", "coexistence", "feral plants",
      "herbicide tolerance"), ("US",), "2019"),
    ("bk26", "document", "fr",
     "Luzerne KK179 à teneur réduite en lignine : résumé de l'évaluation des risques pour "
     "l'environnement",
     "La luzerne KK179, génétiquement modifiée pour produire moins de lignine et rester "
     "digestible plus longtemps au champ, a été évaluée par les autorités canadiennes avant "
     "sa culture, seule ou combinée à la tolérance au glyphosate. Le résumé reprend les "
     "questions examinées : persistance de la luzerne, plante vivace qui se ressème le long "
     "des routes et des fossés, flux de gènes par les abeilles pollinisatrices vers les "
     "luzernes cultivées et férales, effets sur les insectes qui s'en nourrissent, et "
     "mesures demandées pour protéger les producteurs de semences et de fourrages "
     "biologiques du Québec et de l'Ontario, qui craignent de perdre leurs marchés.",
     ("luzerne génétiquement modifiée", "évaluation des risques", "flux de gènes",
      "coexistence", "plantes fourragères"), ("CA",), "2017"),
    ("bk27", "need", "es",
     "Necesidad: control de la semilla de alfalfa importada ante la moratoria de "
     "transgénicos del Perú",
     "El Perú mantiene una moratoria al ingreso y la siembra de organismos vivos modificados "
     "con fines de cultivo, pero importa cada año semilla de alfalfa de países donde se "
     "siembran variedades transgénicas tolerantes al glifosato, para las cuencas lecheras de "
     "Arequipa, Cajamarca y el valle del Mantaro, y en algunos lotes se han encontrado "
     "trazas de alfalfa transgénica. La autoridad nacional competente solicita apoyo para "
     "muestrear lotes en aduanas y en el campo, validar métodos de PCR para los eventos de "
     "alfalfa, formar a los inspectores y decidir qué hacer con los campos sembrados con "
     "semilla contaminada de una especie perenne polinizada por abejas.",
     ("alfalfa transgénica", "moratoria", "detección de OVM", "semillas", "necesidades"),
     ("PE",), "2024-08"),
    # --- chlorothalonil -------------------------------------------------------------------
    ("bk28", "dataset", "en",
     "Chlorothalonil metabolites in Swiss groundwater and drinking water, 2017-2022",
     "The fungicide chlorothalonil was sprayed for decades on cereals, potatoes, vegetables "
     "and vines in Switzerland until its authorisation was withdrawn in 2020, after it had "
     "been classified as a probable carcinogen. Its breakdown products, above all the "
     "metabolite R471811, are persistent and mobile, and they now exceed 0.1 microgram per "
     "litre in the groundwater under much of the intensively farmed Swiss Plateau. The "
     "dataset gives concentrations at the national groundwater monitoring stations and in "
     "drinking-water catchments, by year and canton, with the measures water suppliers took: "
     "mixing with cleaner water, new wells, closed catchments or activated carbon treatment.",
     ("chlorothalonil", "pesticide metabolites", "groundwater", "drinking water",
      "fungicides"), ("CH",), "2022"),
    ("bk29", "case-study", "fr",
     "Chlorothalonil et cercosporiose dans les bananeraies du sud de la Côte d'Ivoire : "
     "riverains exposés et alternatives",
     "Pour protéger les bananiers de la cercosporiose noire, maladie des feuilles causée par "
     "un champignon, les plantations industrielles d'exportation du sud de la Côte d'Ivoire "
     "pulvérisent par avion ou par atomiseur des fongicides, dont le chlorothalonil, jusqu'à "
     "plus de vingt fois par an, au-dessus de villages et de cours d'eau voisins. L'étude de "
     "cas rapporte des mesures de chlorothalonil dans les eaux de surface et dans les puits "
     "des riverains, les plaintes des villageois contre les dérives de pulvérisation, et les "
     "alternatives essayées : effeuillage des feuilles malades, avertissement climatique "
     "pour réduire le nombre de traitements, variétés tolérantes.",
     ("chlorothalonil", "fongicides", "bananiers", "pulvérisation aérienne",
      "exposition des riverains"), ("CI",), "2021"),
    ("bk30", "need", "es",
     "Necesidad: análisis de clorotalonil en los acueductos rurales de la zona papera de "
     "Cartago",
     "En las laderas del volcán Irazú, donde se siembran papa, cebolla y hortalizas con "
     "aplicaciones frecuentes de fungicidas, el clorotalonil apareció en el agua del "
     "acueducto de Cipreses de Oreamuno, y la población tuvo que abastecerse con camiones "
     "cisterna. Desde entonces se restringió su uso cerca de las tomas de agua, pero sus "
     "metabolitos persisten en suelos y nacientes. El Ministerio de Salud de Costa Rica y el "
     "laboratorio nacional de aguas solicitan apoyo para montar métodos de análisis del "
     "clorotalonil y de sus metabolitos en agua potable, muestrear las nacientes de la zona "
     "y capacitar a las asociaciones que administran los acueductos rurales en la protección "
     "de las zonas de recarga.",
     ("clorotalonil", "agua potable", "plaguicidas", "acueductos rurales", "necesidades"),
     ("CR",), "2023-05"),
)  # fmt: skip
