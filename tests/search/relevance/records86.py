"""Clearing-house records of the eighty-sixth judged relevance set
(tests/search/relevance/queries86.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: chemicals pages on
pesticide-spraying drones (unmanned helicopters and drones over Japan's rice paddies; the French
experiment with drones de pulvérisation on the steep vineyards of the Côte-Rôtie and Banyuls; a
need for rules on the drones fumigadores that replace the avionetas over the bananeras of Ecuador);
waste pages on glass recycling (an offer of glass crushers that turn bottles into sand on Pacific
islands; the bulles à verre of Wallonia and Brussels and their calcin; the campanas of Chile and
their calcín); energy pages on industrial energy audits (the mandatory audits of Kenyan factories;
the audits énergétiques and contrats-programmes of Tunisian industry; a need for auditorías
energéticas, also called diagnósticos energéticos, in the pymes of Arequipa); energy pages on
offshore wind (Vineyard Wind and the fishers of New Bedford; the parc éolien en mer of the banc de
Guérande off Saint-Nazaire; a Spanish guide to eólica marina flotante in the Canaries and Galicia);
climate mitigation pages on emissions trading (China's national scheme for power plants; the marché
du carbone Québec-Californie and its SPEDE; the test programme of Mexico's Sistema de Comercio de
Emisiones); Biosafety Clearing-House pages on institutional biosafety committees (a workshop for
the committees of Philippine universities at Los Baños; a need to set up the comités
institutionnels de biosécurité of Ivorian laboratories; ten years of the comités institucionales of
Costa Rica's public universities) and on the transit of living modified organisms (GM maize
crossing Kenya from Mombasa to Uganda and South Sudan; a need for a transit procedure at the port
of Lomé for the Sahel; the transgenic soya and maize of Paraguay and Bolivia in transit through
Nueva Palmira); Minamata Convention pages on primary mercury mining (the cinnabar diggings of Seram
in Maluku; the closure of the mercury mine of Azzaba in Algeria; the minas de azogue of the Sierra
Gorda of Querétaro); chemicals and health pages on fluorinated ski wax (PFAS at Nordic ski stadiums
and in wax technicians; a fiche on farts fluorés for the ski clubs of the Jura; a need to measure
the ceras fluoradas of the cerro Catedral and Chapelco); and health and environment pages on
classroom ventilation (the CO2 monitors sent to England's schools; the lecteurs de CO2 and the
aération of Québec's classes; medidores de CO2 and ventilación cruzada in the schools of the
Comunitat Valenciana). English, French and Spanish, 10 records each, every topic written once in
each language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records85.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (drone, dron, UAV, unmanned aircraft, RPAS, télépilote,
aeronave no tripulada, aerial spraying, pulvérisation aérienne, épandage aérien, fumigación aérea,
aspersión aérea, avioneta, helicopter, hélicoptère, helicóptero; glass, verre, vidrio, cullet,
calcin, calcín, bottle bank, bulle à verre, colonne à verre, campana, iglú, contenedor de vidrio;
energy audit, audit énergétique, auditoría energética, diagnóstico energético, auditor, energy
management, ISO 50001, management de l'énergie, gestión de la energía, energy efficiency,
efficacité énergétique, eficiencia energética; offshore wind, wind farm, wind turbine, floating
wind, éolien en mer, éolienne, parc éolien, flottant, eólica marina, costa afuera, eólica flotante,
aerogenerador, parque eólico; emissions trading, cap-and-trade, allowance, carbon market, carbon
credit, marché du carbone, SEQE, quotas d'émission, plafonnement, droits d'émission, SPEDE,
comercio de emisiones, derechos de emisión, mercado de carbono, tope y comercio, créditos de
carbono; biosafety committee, institutional biosafety, comité institutionnel, comité de
biosécurité, comité institucional, comité de bioseguridad, contained use, utilisation confinée, uso
confinado; transit, transbordo, trasbordo, tránsito, Article 18, Mombasa, Lomé, Nueva Palmira,
hidrovía; mercury mine, primary mercury, cinnabar, cinabre, cinabrio, azogue, Almadén,
Huancavelica, Khaidarkan, Azzaba, extraction minière primaire, minería primaria; ski, wax, fart,
cera de esquí, esquí, fluorinated, perfluor, PFAS; classroom, salle de classe, aula, CO2 monitor,
lecteur de CO2, medidor de CO2, ventilation, aération, ventilación, indoor air, air intérieur, aire
interior). Screened and dropped as covered: chlor-alkali plants (p04), Bt cotton (p13, dh20),
liability and redress (n43), waste pickers (n18), laboratory accreditation to ISO/IEC 17025 (r23),
pollutant release and transfer registers (p41, q06), dry cleaning (k29, k30), household composting
(n22), the Basel amendments on plastic waste and its trade (n17), wildfire smoke (w24), GMO
labelling (cr14), rooftop solar and net metering (the autoconsommation collective and the
generación distribuida of cr23 and cr24), mini-grids (the village micro-hydro grids of cl16-cl18)
and environmental inspectorates (named by many inspector pages, such as p02, p12, q28, o23, bl07
and cb30), besides the topics of sets 42 to 85 and those their docstrings list as covered, and the
biodiversity, ecosystem, agriculture and water topics left to set 87; screened with no or passing
hits but not chosen: geothermal power (next to the geothermal habitat pages bo07-bo09), chlorine
releases (the exercise of q02), national coordinating mechanisms for chemicals (no hit) and
waste-to-energy incineration (next to d4, bu17 and bu18). records87.py (ids do..), written at the
same time by another engineer, is not part of this set's pool.

The nearest are, for drones, the pages on spraying from aircraft: the chlorothalonil sprayed by
plane over the Ivorian banana plantations, whose subjects name pulvérisation aérienne (bk29), the
aerial fumigations of the pine processionary (cw21) and the avionetas of the Nicaraguan toxaphene
need (bs09), all 0, and the drones that sprayed disinfectant on Indian streets (cp10) and the
survey drones of many wildlife pages, 0; for glass recycling, the deposit-return pages that name
glass bottles among the containers they collect for recycling or reuse (bk22-bk24), judged 1, while
the glass fibre of the wind blade pages (bh10-bh12, whose bh12 title names the reciclaje of fibra
de vidrio), the glass etching plant of s26, the glass straws of dj11, the bird-safe glass of
bp22-bp24 and the calcined clay of cj16-cj18 are 0; for energy audits, the eco-industrial park
pages whose factories receive audits of their energy, water and chemicals use (cb25) or which offer
auditorías de eficiencia en energía (cb27), judged 1, while the audits of supreme audit
institutions (cp25-cp27) and the energy efficiency pages on trucks, appliances, buildings and brick
kilns are 0; for offshore wind, the onshore wind farm pages (t22-t24), the wind turbine blade pages
(bh10-bh12), the wind farms of the Magallanes green hydrogen baseline (cb15), the offshore wind
farms named for their cables by the munitions pages (cf01, cf02), the floating wind turbine of the
SEM-REV site, left out of the wave energy project of cv20, and the eólica marina compared by the
Mutriku wave page (cv21), all 0; for emissions trading, the CBAM guide whose subjects name the EU
Emissions Trading System (cd19), judged 1, while the European carbon market named by the French
carbon tax note (ch08) and by the nitrous oxide dataset (cz17), the EU emissions trading system
named by the contrail page (df10), the carbon credits of the Colombian carbon tax workshop (ch09)
and of the ocean fertilisation page (cr16) and the tradable sulphur dioxide allowances of the acid
rain dataset (cr07) are 0; for institutional biosafety committees, the containment guide that names
the records an institutional biosafety committee keeps (o22), the inspection of contained-use
laboratories in Burkina Faso (o23), the national biosafety committee of the Ugandan potato trials
(bc10) and the community biology lab pages (cf19-cf21), all 0; for transit, the GM rapeseed fallen
from wagons of grain in transit at Basel (cd29), the transit named by the African model law page
(dj28), the Article 18 documentation pages (n11, df28, df29) and the Zambian refusal of GM food aid
(bd22), all 0; for primary mercury mining, the Huancavelica case study on adobe houses built of
soil contaminated by centuries of cinnabar mining (t42), judged 1, while the mercury trade pages
(q07-q09) and the Dracaena cinnabari of Socotra (cs10) are 0; for ski wax, the ski resort pages
(by28-by30) and the other PFAS pages (n23, q19, bf16 and others), 0; for classroom ventilation, the
radon pages (bz07-bz09), two of which measure schools, the low-cost particle sensors of Lima's
colegios (cd06) and the climate shelters of Barcelona's schools (cq21), all 0. In the golden files,
the only hits are passing or unrelated: chemistry pages naming a phenylmercury fungicide and floor
and synthetic waxes, economics pages on transitions, and a paper on teachers' classroom management
and their move to digital boards.

Traps: the spray drift onto organic fields and fish ponds and the poisoned honeybees of dn01; the
helicopters, the copper and sulphur and the mancozèbe of dn02; the avionetas and the sigatoka negra
of dn03; the cans for the deposit schemes, the beach sand mining and the solar mini-grid of Ha'apai
of dn04; the bouteilles consignées and the verre plat of dn05; the recicladores de base and the
botellas retornables of dn06; the drones with thermal cameras of dn07 (0 to the drone queries); the
verrerie of dn08 (0 to the glass recycling queries) and its onshore parcs éoliens of Bizerte (0 to
the offshore wind queries); the curtiembres, ladrilleras and calentadores solares of dn09; the
glass fibre and foam of the broken blade of dn10 (0 to the glass recycling queries), its vessel
speed limits and its right whales; the fous de Bassan of dn11 and the parcs flottants it leaves to
other monitoring; the orcas ibéricas of dn12; the voluntary offsets, the cement and steel and the
European carbon border adjustment of dn13; the thermopompes and the federal taxe carbone of dn14;
the vidrieras (0 to the glass recycling queries) and the impuesto al carbono of dn15; the Bt
eggplant and Golden Rice of dn16; the moustiques and the OGM en transit of dn17, which leaves them
to another service (0 to the transit queries); the piña rosada and the mosquitos of dn18; the food
aid of dn19; the coton Bt of dn20; the volunteer soya plants on the roadsides of dn21; the gold
mines supplied by dn22 and the projects against mercury use in gold mining; the thermomètres, the
lampes au mercure and the mine of Almadén of dn23; the gold mining of Sinaloa, Sonora, Colombia and
Peru of dn24; the biathlon racers and the earthworms of dn25; the ventilation of the waxing
workshop of dn26 (0 to the classroom ventilation queries) and its déchets dangereux; the escuelas
de esquí of dn27 (ski schools, 0 to the classroom queries); the air cleaning units and the outdoor
air pollution at the school gate of dn28; the radon and the purificateurs of dn29; the refugios
climáticos and bombas de calor of dn30. For the country queries: dn04 names Australia and New
Zealand as the homes of glass furnaces; dn05 names France, where part of its calcin is remelted;
dn13 names Europe; dn14 names California, in the United States; dn15 names Baja California, a
Mexican state; dn19 names Rwanda; dn20 names the Americas; dn23 names Europe, Asia and Spain; dn24
names Colombia and Peru, where its mercury goes; dn08 is the only record of this set on Tunisia,
dn09 its only energy audit record on Peru and dn20 its only record on Togo.

Ids (dn01..dn30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dl01..dl30, dm01..dm30), and no earlier id starts with "dn".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- pesticide-spraying drones ------------------------------------------------------------
    ("dn01", "dataset", "en",
     "Unmanned helicopters and drones spraying Japan's rice paddies: treated area, pesticides "
     "and incidents, 1991-2023",
     "Japan was the first country to spray crops from unmanned aircraft: remote-controlled "
     "helicopters began treating rice paddies in 1991, and since 2016 multirotor drones carrying "
     "ten to thirty litres have spread quickly among farm contractors and agricultural "
     "cooperatives. This dataset, compiled from the records of the national agricultural "
     "aviation association and the farm ministry, gives by prefecture and year the area treated "
     "from unmanned aircraft, the crops (rice, wheat, soybean, vegetables), the pesticides "
     "registered for drone application at high concentration and ultra-low volume, and the "
     "number of registered operators and machines. It also lists the incidents reported: "
     "crashes, spray drift onto neighbouring organic fields, houses and fish ponds, and poisoned "
     "honeybees. The notes explain the 2019 move from case-by-case notification to a simpler "
     "approval system, the guidelines on buffer distances, wind speed and flight height, and why "
     "the rules were loosened as the farming population aged.",
     ("pesticide-spraying drones", "unmanned aircraft", "aerial application of pesticides",
      "pesticides", "rice"),
     ("JP",), "2024-03"),
    ("dn02", "case-study", "fr",
     "Drones de pulvérisation dans les vignes en forte pente : bilan de l'expérimentation "
     "française, 2019-2023",
     "En France, l'épandage aérien de produits phytopharmaceutiques est interdit depuis 2014, "
     "sauf dérogation, et les hélicoptères qui traitaient les vignes escarpées ont presque "
     "disparu. Pour les coteaux de plus de 30 % de pente de la Côte-Rôtie, du Banyuls, de la "
     "Moselle ou des terrasses de l'Hérault, où le pulvérisateur à dos reste épuisant et "
     "dangereux, la loi de 2018 a ouvert une expérimentation du traitement par drone, limitée "
     "aux produits autorisés en agriculture biologique ou à faible risque, comme le cuivre et le "
     "soufre. Cette étude de cas reprend les essais menés par l'institut technique de la vigne "
     "avec des domaines et des caves coopératives : dépôts sur les grappes, dérive mesurée par "
     "des capteurs posés jusqu'à 50 mètres, efficacité contre le mildiou et l'oïdium, temps de "
     "travail. Elle rapporte l'avis de l'agence sanitaire, les craintes des riverains et les "
     "règles proposées : distance aux habitations, vent maximal, télépilote formé, déclaration "
     "en mairie. Les fongicides de synthèse comme le mancozèbe restent exclus.",
     ("drones de pulvérisation", "épandage aérien", "produits phytopharmaceutiques",
      "viticulture", "dérive"),
     ("FR",), "2023-11"),
    ("dn03", "need", "es",
     "Necesidad: reglas y control para las fumigaciones con drones en las bananeras y arroceras "
     "de Los Ríos y El Oro",
     "En la costa del Ecuador las bananeras se fumigan contra la sigatoka negra desde avionetas "
     "hasta cuarenta veces por año, y los vecinos de escuelas y recintos rurales se quejan desde "
     "hace décadas de la deriva. Desde 2020 muchas haciendas y arroceros de Los Ríos, El Oro y "
     "Guayas contratan drones fumigadores, más baratos y capaces de volar bajo, que se ofrecen "
     "como solución para fumigar cerca de las casas. Pero no existe un registro de operadores ni "
     "de equipos, los plaguicidas no están autorizados para aplicación con drones y la aviación "
     "civil solo controla la seguridad del vuelo. La agencia de regulación fitosanitaria y el "
     "ministerio del ambiente solicitan apoyo para redactar un reglamento, definir franjas de "
     "seguridad junto a escuelas, fuentes de agua y viviendas, capacitar y certificar a los "
     "pilotos, medir la deriva con tarjetas hidrosensibles y registrar las intoxicaciones. Piden "
     "además una campaña sobre el equipo de protección al preparar las mezclas.",
     ("drones fumigadores", "fumigación aérea", "plaguicidas", "bananeras", "necesidades"),
     ("EC",), "2024-06"),
    # --- glass recycling ----------------------------------------------------------------------
    ("dn04", "support-source", "en",
     "Offer: glass crushers and training to turn bottles into sand in Pacific island communities",
     "On small Pacific islands, empty beer, wine and spirit bottles have nowhere to go: shipping "
     "them to a glass furnace in Australia or New Zealand costs more than the glass is worth, so "
     "they pile up at dumpsites or are buried, and broken glass cuts feet on the beaches. A "
     "regional waste programme based in Apia offers island councils and community groups in "
     "Tonga, Samoa, Tuvalu and Kiribati small electric glass crushers, each grinding some 500 "
     "bottles an hour into rounded glass sand, with training in their safe use, dust masks, and "
     "the sorting of bottles from cans, which go to the deposit schemes. The glass sand replaces "
     "beach sand, whose mining erodes the shore, in concrete blocks, footpaths, drainage beds "
     "and pipe bedding, following a guide to the grain sizes and tests required. On Ha'apai the "
     "crusher runs on power from the island's solar mini-grid. The offer covers the crusher, "
     "spare screens and two years of advice.",
     ("glass recycling", "glass crushing", "solid waste management", "Pacific islands", "offers"),
     ("TO", "WS", "TV", "KI"), "2024-04"),
    ("dn05", "dataset", "fr",
     "Bulles à verre de Wallonie : tonnages collectés, tri par couleur et indésirables, "
     "2010-2023",
     "En Wallonie et à Bruxelles, le verre d'emballage ménager ne passe pas par la collecte en "
     "porte-à-porte : les habitants déposent bouteilles, bocaux et flacons dans quelque 6 000 "
     "bulles à verre, en séparant le verre blanc du verre coloré. Ce jeu de données, publié par "
     "l'organisme agréé pour les emballages ménagers avec les intercommunales de gestion des "
     "déchets, donne par commune et par an les tonnages collectés, les kilos par habitant, le "
     "nombre de bulles et leur taux de remplissage mesuré par des sondes, et les résultats des "
     "analyses de composition : porcelaine, céramique, verre plat, pyrex et bouchons, "
     "indésirables qui abîment le calcin et les fours verriers. Il signale aussi les dépôts "
     "sauvages au pied des bulles, les plaintes pour bruit et le passage aux bulles enterrées. "
     "Le calcin est refondu dans les verreries de la région et du nord de la France. Les "
     "bouteilles consignées de bière et d'eau, qui reviennent au magasin pour être réemployées, "
     "ne sont pas comptées.",
     ("recyclage du verre", "bulles à verre", "emballages ménagers", "calcin",
      "collecte sélective"),
     ("BE",), "2024-02"),
    ("dn06", "case-study", "es",
     "Las campanas de vidrio en Chile: treinta años de reciclaje de botellas y frascos",
     "En Chile el reciclaje de vidrio se conoce por las campanas verdes instaladas en "
     "supermercados, plazas y puntos limpios, donde los vecinos botan botellas de vino, de pisco "
     "y de bebidas y frascos de mermelada. Desde comienzos de los años noventa lo recaudado por "
     "cada kilo se dona a una fundación que atiende a niños quemados, y la principal fábrica de "
     "envases funde el vidrio molido, el calcín, en sus hornos de la Región Metropolitana. Este "
     "estudio de caso revisa tres décadas de cifras: las toneladas recuperadas, una tasa de "
     "reciclaje que sigue por debajo de un tercio, y el ahorro de energía y de arena por cada "
     "tonelada de calcín. Analiza los problemas, como el flete desde regiones lejanas, las "
     "campanas rebalsadas y la mezcla con vidrio plano, loza y ampolletas, y cómo la ley de "
     "responsabilidad extendida del productor fija metas para los envases de vidrio y obliga a "
     "municipios, sistemas de gestión y recicladores de base a coordinarse. Las botellas "
     "retornables se tratan aparte.",
     ("reciclaje de vidrio", "envases de vidrio", "campanas de reciclaje",
      "responsabilidad extendida del productor", "economía circular"),
     ("CL",), "2023-09"),
    # --- industrial energy audits -------------------------------------------------------------
    ("dn07", "dataset", "en",
     "Mandatory energy audits of Kenyan factories: savings identified and carried out under the "
     "Energy Management Regulations, 2013-2023",
     "Kenya's energy management regulations of 2012 require every facility that uses more than "
     "180,000 kilowatt hours of energy a year, whether factory, hotel, hospital or office block, "
     "to have an energy audit made by a licensed energy auditor every three years, to submit it "
     "to the energy regulator and to carry out at least half of the savings identified within "
     "the next three years. This dataset, compiled by a manufacturers' centre for energy "
     "efficiency from some 600 audit reports, gives by sector (tea factories, cement, sugar, "
     "dairy, flower farms, textiles, hotels) the energy consumed, the savings found (compressed "
     "air leaks, steam traps and boiler tuning, power factor correction, variable speed drives, "
     "lighting, heat recovery), their cost and payback period, and what had been done at the "
     "follow-up visit. Some auditors flew drones with thermal cameras over roofs and chimneys. "
     "The notes explain the audit method, the licensing of auditors and why small factories "
     "below the threshold were left out.",
     ("energy audits", "industrial energy efficiency", "energy management", "manufacturing",
      "Kenya"),
     ("KE",), "2024-08"),
    ("dn08", "project", "fr",
     "Audits énergétiques obligatoires et contrats-programmes dans l'industrie tunisienne",
     "En Tunisie, la loi sur la maîtrise de l'énergie oblige les établissements industriels qui "
     "consomment plus de 800 tonnes équivalent pétrole par an à faire réaliser tous les cinq ans "
     "un audit énergétique par un bureau agréé, puis à signer avec l'agence nationale pour la "
     "maîtrise de l'énergie un contrat-programme qui fixe les actions à mener. Ce projet de "
     "coopération aide 120 entreprises des matériaux de construction, de l'agroalimentaire, du "
     "textile, de la chimie et de la verrerie, autour de Sfax, de Sousse et de Bizerte, à "
     "refaire leur audit, à mettre en place un système de management de l'énergie selon la norme "
     "ISO 50001 et à financer les investissements : récupération de chaleur sur les fours, "
     "variateurs de vitesse, cogénération, calorifugeage des réseaux de vapeur, éclairage. Il "
     "forme des auditeurs et des responsables énergie et suit les gains par des compteurs. Le "
     "fonds national de maîtrise de l'énergie subventionne une partie des audits. Certaines "
     "usines achètent déjà l'électricité des parcs éoliens de Bizerte.",
     ("audits énergétiques", "efficacité énergétique industrielle", "management de l'énergie",
      "industrie", "Tunisie"),
     ("TN",), "2023-07"),
    ("dn09", "need", "es",
     "Necesidad: auditorías energéticas para las pymes lecheras, textiles y ladrilleras de "
     "Arequipa",
     "En Arequipa, cientos de pequeñas y medianas empresas, queserías y plantas lecheras, "
     "hilanderías de fibra de alpaca, curtiembres y ladrilleras, pagan cada vez más por la "
     "electricidad, el gas y el petróleo residual de sus calderos y hornos, sin saber dónde se "
     "pierde la energía. La dirección regional de energía y minas, con la cámara de comercio y "
     "una universidad, solicita apoyo para hacer auditorías energéticas, que aquí muchos llaman "
     "diagnósticos energéticos, en 150 empresas: capacitar y registrar a auditores locales, "
     "comprar analizadores de redes, cámaras termográficas y analizadores de gases de "
     "combustión, subsidiar la mitad del costo de cada auditoría y preparar con los bancos una "
     "línea de crédito para las mejoras que se identifiquen, como aislar tuberías de vapor, "
     "recuperar condensados, cambiar motores o instalar calentadores solares. Pide además "
     "publicar los resultados por rama industrial para que otras pymes sepan qué ahorros son "
     "posibles.",
     ("auditorías energéticas", "eficiencia energética industrial", "pymes", "Arequipa",
      "necesidades"),
     ("PE",), "2024-08"),
    # --- offshore wind ------------------------------------------------------------------------
    ("dn10", "case-study", "en",
     "Vineyard Wind and the fishing fleets of New Bedford: building offshore wind south of "
     "Martha's Vineyard",
     "Vineyard Wind, the first commercial-scale offshore wind farm in United States waters, "
     "places 62 turbines on a lease area about 24 kilometres south of Martha's Vineyard and "
     "Nantucket. This case study follows the project from its federal environmental review to "
     "first power in 2024. It describes the one-nautical-mile grid layout agreed with the Coast "
     "Guard and fishing groups so that trawlers and scallop boats can pass, the compensation "
     "fund for commercial fishers from Massachusetts and Rhode Island, and the pile-driving "
     "season set to avoid North Atlantic right whales, with bubble curtains, vessel speed limits "
     "and protected species observers. It examines the July 2024 failure of a turbine blade, "
     "which scattered fragments of glass fibre and foam on Nantucket's beaches and halted "
     "operations for months, and what it taught about inspections and emergency response. The "
     "study closes with the port of New Bedford's new role as a staging base and the jobs it "
     "created.",
     ("offshore wind", "wind energy", "fisheries", "marine spatial planning", "renewable energy"),
     ("US",), "2025-01"),
    ("dn11", "dataset", "fr",
     "Parc éolien en mer du banc de Guérande : suivi des oiseaux, des marsouins et de la pêche, "
     "2019-2024",
     "Au large de Saint-Nazaire, sur le banc de Guérande, 80 éoliennes posées sur des monopieux "
     "produisent depuis novembre 2022 l'électricité du premier parc éolien en mer français. Ce "
     "jeu de données réunit le suivi environnemental imposé par l'autorisation : campagnes en "
     "avion et en bateau pour compter les oiseaux marins (fous de Bassan, goélands, plongeons, "
     "macreuses) avant, pendant et après les travaux, détecteurs acoustiques de marsouins et de "
     "dauphins, mesures du bruit sous-marin pendant le battage des pieux, prélèvements de "
     "sédiments et de faune benthique autour des fondations colonisées par les moules, et "
     "débarquements des pêcheurs du Croisic et de La Turballe. Il inclut aussi les relevés du "
     "radar ornithologique installé sur la sous-station électrique. Les notes précisent les "
     "protocoles, comparent la zone du parc à des zones témoins et rappellent que les parcs "
     "flottants prévus en Bretagne Sud feront l'objet d'autres suivis.",
     ("éolien en mer", "énergies marines renouvelables", "oiseaux marins", "mammifères marins",
      "pêche professionnelle"),
     ("FR",), "2024-12"),
    ("dn12", "document", "es",
     "Eólica marina flotante en Canarias y Galicia: guía sobre las zonas de alto potencial y el "
     "diálogo con las cofradías",
     "España apenas tiene plataforma continental poco profunda, así que su eólica marina será "
     "casi toda flotante: aerogeneradores sobre plataformas ancladas al fondo a cien metros o "
     "más. Los planes de ordenación del espacio marítimo aprobados en 2023 delimitaron zonas de "
     "alto potencial en Canarias, Galicia, el golfo de Cádiz, el Estrecho y el norte del "
     "Mediterráneo, y una plataforma de ensayos frente a Gran Canaria prueba prototipos desde "
     "2019. Esta guía, preparada por el ministerio con las comunidades autónomas, explica a las "
     "cofradías de pescadores, a los ayuntamientos costeros y a las organizaciones ambientales "
     "qué se decide en cada fase: la subasta, la evaluación de impacto ambiental, los cables de "
     "evacuación a tierra y los puertos de montaje. Resume lo que se sabe de los efectos sobre "
     "aves marinas, cetáceos y fondos, y las demandas de los pescadores de Burela, A Coruña y "
     "Arguineguín: caladeros, compensaciones y vigilancia. Las orcas ibéricas del Estrecho solo "
     "se mencionan por las rutas de los remolcadores.",
     ("eólica marina", "eólica flotante", "ordenación del espacio marítimo", "pesca artesanal",
      "energías renovables"),
     ("ES",), "2024-05"),
    # --- emissions trading systems ------------------------------------------------------------
    ("dn13", "dataset", "en",
     "China's national emissions trading scheme: allowances, verified emissions and compliance "
     "of power plants, 2021-2024",
     "China's national emissions trading scheme opened in July 2021 as the largest carbon market "
     "in the world by covered emissions: more than 2,200 coal- and gas-fired power plants "
     "emitting some 4.5 billion tonnes of carbon dioxide a year. Unlike a cap-and-trade system "
     "with an absolute cap, it allocates allowances free by intensity benchmarks per megawatt "
     "hour, so total emissions can grow with output. This dataset, compiled by a university "
     "research centre from the ecology and environment ministry's compliance notices and "
     "provincial disclosures, gives by province and year the number of covered plants, "
     "allowances allocated, verified emissions, compliance rates, traded volumes and prices on "
     "the Shanghai exchange, and the use of certified voluntary offsets. It also records the "
     "falsified coal carbon-content tests exposed in 2022 and the penalties. The notes describe "
     "the 2025 extension to steel, cement and aluminium smelting, which matters to exporters "
     "facing the European carbon border adjustment.",
     ("emissions trading", "carbon markets", "power sector", "greenhouse gas emissions", "China"),
     ("CN",), "2025-02"),
    ("dn14", "document", "fr",
     "Le marché du carbone Québec-Californie : guide du système de plafonnement et d'échange de "
     "droits d'émission",
     "Depuis 2013, le Québec plafonne les émissions de gaz à effet de serre de ses grands "
     "émetteurs industriels et des producteurs d'électricité et, depuis 2015, des distributeurs "
     "de carburants, et ce plafond baisse chaque année. Son système de plafonnement et d'échange "
     "de droits d'émission (SPEDE), lié depuis 2014 à celui de la Californie au sein de la "
     "Western Climate Initiative, forme le plus grand marché du carbone d'Amérique du Nord. Ce "
     "guide du ministère de l'Environnement explique qui doit s'inscrire, comment se font la "
     "déclaration et la vérification des émissions, l'allocation gratuite aux industries "
     "exposées à la concurrence, les ventes aux enchères trimestrielles et leur prix plancher, "
     "les crédits compensatoires et la remise des droits à la fin de chaque période de "
     "conformité. Il montre où vont les revenus, versés au Fonds d'électrification et de "
     "changements climatiques pour le transport collectif, les thermopompes et l'efficacité des "
     "bâtiments, et compare le système avec la taxe carbone fédérale.",
     ("marché du carbone", "système de plafonnement et d'échange", "droits d'émission",
      "gaz à effet de serre", "Québec"),
     ("CA",), "2024-01"),
    ("dn15", "case-study", "es",
     "El programa de prueba del Sistema de Comercio de Emisiones de México, 2020-2022: lo que "
     "dejó",
     "México fue el primer país de América Latina en poner en marcha un mercado de carbono "
     "obligatorio. El programa de prueba del Sistema de Comercio de Emisiones, previsto por la "
     "Ley General de Cambio Climático, cubrió de 2020 a 2022 a unas 300 instalaciones del sector "
     "energético y de la industria que emiten más de 100.000 toneladas de CO2 al año: centrales "
     "eléctricas, refinerías, cementeras, acereras, vidrieras y plantas químicas. Los derechos "
     "de emisión se asignaron gratis y el incumplimiento no tenía consecuencias económicas. Este "
     "estudio de caso, preparado por la secretaría de medio ambiente con un centro de "
     "investigación, revisa cómo funcionaron el registro, la verificación por organismos "
     "acreditados, la asignación y la subasta de prueba, por qué casi no hubo transacciones, y "
     "qué hace falta para la fase operativa: un tope que baje, sanciones y una relación clara "
     "con el impuesto al carbono sobre los combustibles y con los impuestos estatales de "
     "Zacatecas, Baja California y el Estado de México.",
     ("comercio de emisiones", "mercado de carbono", "sistema de tope y comercio",
      "mitigación del cambio climático", "México"),
     ("MX",), "2023-10"),
    # --- institutional biosafety committees ---------------------------------------------------
    ("dn16", "event", "en",
     "Training workshop for institutional biosafety committees of Philippine universities and "
     "research institutes, Los Baños",
     "Under the Philippines' 2016 joint department circular on modern biotechnology, every "
     "university, research institute or company that works with genetically modified organisms "
     "must have an institutional biosafety committee. The committee reviews and approves "
     "contained-use experiments, checks the containment of laboratories, greenhouses and "
     "screenhouses, evaluates proposals for field trials before they go to the national "
     "regulators, and keeps records of the organisms held. This three-day workshop in Los Baños, "
     "organised by the national biosafety committee with the agriculture and science "
     "departments, brought together members of 35 committees, including the community "
     "representatives each committee must have. Sessions covered risk assessment of genetically "
     "modified plants, insects and microorganisms, inspection checklists, conflicts of interest, "
     "waste inactivation, incident reporting and how to find earlier decisions in the Biosafety "
     "Clearing-House. Case exercises drew on the Bt eggplant and Golden Rice trials and on "
     "vaccine research.",
     ("institutional biosafety committees", "biosafety", "genetically modified organisms",
      "contained use", "capacity building"),
     ("PH",), "2024-03"),
    ("dn17", "need", "fr",
     "Besoin : mettre en place et former les comités institutionnels de biosécurité des "
     "laboratoires ivoiriens",
     "La loi ivoirienne de 2016 relative à la biosécurité impose à tout établissement qui "
     "manipule des organismes génétiquement modifiés de se doter d'un comité institutionnel de "
     "biosécurité. Or, parmi les universités, le centre national de recherche agronomique, les "
     "instituts de santé et les laboratoires privés qui travaillent sur le manioc, le cacaoyer, "
     "les moustiques vecteurs du paludisme ou des souches bactériennes modifiées, deux comités "
     "seulement se réunissent vraiment. L'autorité nationale de biosécurité sollicite un appui "
     "pour rédiger un modèle de règlement intérieur, former les membres des comités à "
     "l'évaluation des risques et à l'inspection des laboratoires et des serres de confinement, "
     "établir des fiches de déclaration des expériences et un registre des organismes détenus, "
     "et animer un réseau d'échange entre comités. Elle demande aussi du matériel de "
     "décontamination et d'élimination des déchets biologiques. Les OGM en transit par le port "
     "d'Abidjan relèvent d'un autre service et ne sont pas concernés par cette demande.",
     ("comités institutionnels de biosécurité", "biosécurité",
      "organismes génétiquement modifiés", "laboratoires", "besoins"),
     ("CI",), "2024-09"),
    ("dn18", "case-study", "es",
     "Comités institucionales de bioseguridad en las universidades públicas de Costa Rica: diez "
     "años de experiencia",
     "En Costa Rica, las propuestas de investigación con organismos vivos modificados pasan "
     "primero por el comité institucional de bioseguridad de cada universidad o centro, antes de "
     "llegar a la Comisión Técnica Nacional de Bioseguridad y al servicio fitosanitario del "
     "Estado. Este estudio de caso, elaborado con tres universidades públicas, revisa una década "
     "de trabajo de esos comités: cuántos proyectos evaluaron, desde bacterias modificadas para "
     "vacunas y diagnósticos hasta arroz y banano editados y mosquitos del dengue, cómo "
     "clasificaron los niveles de contención, qué condiciones pusieron a los invernaderos y cómo "
     "inspeccionaron los laboratorios. Señala los problemas: falta de tiempo y de reconocimiento "
     "para los miembros, investigadores que no sabían que necesitaban aprobación y la confusión "
     "entre la bioseguridad de los organismos modificados y la de los laboratorios que manejan "
     "patógenos. Propone un reglamento común y una plataforma para registrar los proyectos. La "
     "piña rosada, evaluada por la comisión nacional, se cita solo como ejemplo.",
     ("comités institucionales de bioseguridad", "bioseguridad", "organismos vivos modificados",
      "universidades", "Costa Rica"),
     ("CR",), "2024-11"),
    # --- transit of living modified organisms -------------------------------------------------
    ("dn19", "case-study", "en",
     "GM grain in transit through Mombasa: how Kenya handles shipments of genetically modified "
     "maize bound for Uganda and South Sudan",
     "Landlocked Uganda, South Sudan and Rwanda receive much of their imported grain through the "
     "port of Mombasa and the Northern Corridor, and food aid cargoes for South Sudan sometimes "
     "contain genetically modified maize or sorghum. Kenya's biosafety regulations on import, "
     "export and transit require a transit permit from the national biosafety authority before a "
     "shipment of living modified organisms crosses the country, even when it never leaves its "
     "sealed container or railway wagon. This case study follows how the authority, the port "
     "health service, the revenue authority's customs staff and the plant health inspectors "
     "handled more than 60 transit applications between 2013 and 2023: the information requested "
     "and shared through the Biosafety Clearing-House, the labelling checked at the port, the "
     "sealing and tracking of trucks to the Malaba and Busia borders, and the rules for spillage "
     "and for grain that cannot be delivered. It also discusses what changed when Kenya lifted "
     "its ban on genetically modified food imports in 2022.",
     ("transit of living modified organisms", "Cartagena Protocol", "genetically modified maize",
      "customs", "food aid"),
     ("KE", "UG", "SS"), "2024-02"),
    ("dn20", "need", "fr",
     "Besoin : contrôler le transit d'OGM au port de Lomé vers le Burkina Faso, le Niger et le "
     "Mali",
     "Le port autonome de Lomé est la porte d'entrée des céréales, des tourteaux et des semences "
     "destinés aux pays sahéliens sans littoral, qui les acheminent par camion le long du "
     "corridor Lomé-Ouagadougou-Niamey. Une partie de ces cargaisons, en particulier le maïs et "
     "le soja venus des Amériques et certaines aides alimentaires, peut contenir des organismes "
     "génétiquement modifiés. Le Togo, partie au Protocole de Cartagena, n'a pas encore de "
     "procédure pour le transit : ni notification, ni contrôle documentaire, ni échantillonnage. "
     "L'autorité nationale de biosécurité, avec la douane et la direction de la protection des "
     "végétaux, demande un appui pour rédiger une procédure de transit conforme au protocole et "
     "aux règles régionales, former les agents du port et du poste frontière de Cinkassé, "
     "équiper un laboratoire de détection par PCR et publier ses décisions dans le Centre "
     "d'échange pour la prévention des risques biotechnologiques. Le coton Bt, abandonné par le "
     "Burkina Faso en 2016, n'est évoqué que pour mémoire.",
     ("transit d'organismes vivants modifiés", "Protocole de Cartagena", "biosécurité", "douanes",
      "besoins"),
     ("TG", "BF", "NE", "ML"), "2024-07"),
    ("dn21", "dataset", "es",
     "Tránsito de granos transgénicos por Nueva Palmira: barcazas de soja y maíz de Paraguay y "
     "Bolivia, 2015-2024",
     "Por la hidrovía Paraná-Paraguay bajan cada año millones de toneladas de soja, maíz y "
     "harinas de Paraguay y del oriente de Bolivia hasta la terminal de Nueva Palmira, en el "
     "departamento de Colonia, donde pasan de las barcazas a los buques oceánicos. Casi toda esa "
     "soja es transgénica, y algunos eventos cultivados en Paraguay y Bolivia no están "
     "autorizados en Uruguay. Este conjunto de datos, elaborado por el gabinete nacional de "
     "bioseguridad con la dirección nacional de aduanas y la administración de puertos, reúne "
     "por año y por origen los volúmenes de granos en tránsito, los eventos declarados en la "
     "documentación, los resultados de las muestras analizadas por PCR en el laboratorio "
     "oficial, los derrames en muelles y silos y las plantas de soja guachas encontradas en las "
     "banquinas de los accesos a la terminal. Las notas explican la diferencia entre tránsito, "
     "importación y trasbordo, y cómo se publican las decisiones en el Centro de Intercambio de "
     "Información sobre Seguridad de la Biotecnología.",
     ("tránsito de organismos vivos modificados", "soja transgénica", "maíz transgénico",
      "hidrovía Paraná-Paraguay", "bioseguridad"),
     ("UY", "PY", "BO"), "2025-01"),
    # --- primary mercury mining ---------------------------------------------------------------
    ("dn22", "project", "en",
     "Ending cinnabar mining on Seram: closing mercury diggings and rebuilding village "
     "livelihoods in Maluku",
     "Since about 2015, villagers in the hills of western Seram Island, in Indonesia's Maluku "
     "province, have dug red cinnabar ore by hand and roasted it in makeshift furnaces to "
     "produce liquid mercury, which traders sell to small-scale gold mines across the country. "
     "The furnaces release mercury vapour in and around houses, and waste rock washes into "
     "rivers that feed coastal fisheries. Indonesia, a Party to the Minamata Convention, may not "
     "allow new primary mercury mining, and police closed many sites after 2019, but digging "
     "resumed when gold prices rose. This project, run by the environment ministry with the "
     "provincial government and a university, maps the diggings and furnaces, tests the hair and "
     "blood of residents and mercury in fish and rice, and removes and stores contaminated soil "
     "from furnace sites. It offers former miners clove, nutmeg and cocoa seedlings, fishing "
     "gear and credit, and trains village leaders in the law. It works alongside the projects "
     "that reduce mercury use in gold mining.",
     ("primary mercury mining", "cinnabar", "mercury", "Minamata Convention", "livelihoods"),
     ("ID",), "2024-05"),
    ("dn23", "case-study", "fr",
     "La fin de la mine de mercure d'Azzaba : ce que l'Algérie a appris en fermant un grand "
     "gisement de cinabre",
     "Pendant une quarantaine d'années, le complexe minier d'Ismaïl, près d'Azzaba dans la "
     "wilaya de Skikda, a extrait le cinabre et produit du mercure liquide, expédié en "
     "bouteilles de fer vers l'Europe et l'Asie ; dans les années 1980, l'Algérie comptait parmi "
     "les premiers producteurs mondiaux. La chute des prix et des débouchés a conduit à l'arrêt "
     "de la mine au début des années 2000. Cette étude de cas, préparée avec le ministère de "
     "l'Environnement et une université de la région, retrace la fermeture : le sort des "
     "mineurs, les stocks de mercure restés sur place et leur entreposage, la démolition des "
     "fours et des condenseurs, et les sols, les oueds et les sédiments contaminés autour du "
     "site. Elle montre que l'extraction minière primaire de mercure, que la Convention de "
     "Minamata interdit d'ouvrir et oblige à arrêter, laisse des obligations longtemps après la "
     "dernière coulée, et compare avec la fermeture d'Almadén, en Espagne. Les thermomètres et "
     "les lampes au mercure ne sont évoqués qu'en passant.",
     ("extraction minière primaire de mercure", "mines de mercure", "cinabre",
      "fermeture de mines", "Convention de Minamata"),
     ("DZ",), "2023-06"),
    ("dn24", "need", "es",
     "Necesidad: frenar la minería de mercurio en la Sierra Gorda de Querétaro",
     "En los municipios de Pinal de Amoles, Peñamiller y Cadereyta, en la Sierra Gorda de "
     "Querétaro, cientos de familias volvieron desde 2010 a sacar cinabrio de las viejas minas "
     "de azogue, cuando subió el precio del mercurio. Lo queman en hornos y retortas caseras, "
     "muchas veces dentro de los solares, y respiran los vapores; el mercurio se vende a "
     "intermediarios que lo llevan a la minería de oro de Sinaloa, Sonora, Colombia y Perú. "
     "México, parte del Convenio de Minamata, debe eliminar la minería primaria de mercurio, "
     "pero estas minas pequeñas operan sin concesión ni control. La secretaría de medio ambiente "
     "y el gobierno estatal, con la dirección de la reserva de la biosfera, solicitan apoyo para "
     "censar minas y hornos, medir el mercurio en el aire de las casas, en los niños, en los "
     "suelos y en los arroyos, cerrar de forma segura los tiros y hornos abandonados y ofrecer a "
     "las familias otros trabajos en ecoturismo, apicultura y artesanía. Piden también reforzar "
     "los controles en las carreteras.",
     ("minería primaria de mercurio", "cinabrio", "mercurio", "Convenio de Minamata",
      "necesidades"),
     ("MX",), "2024-10"),
    # --- fluorinated ski wax ------------------------------------------------------------------
    ("dn25", "dataset", "en",
     "PFAS from fluorinated ski wax in snow, soil and ski technicians: measurements at Nordic "
     "ski stadiums, 2010-2023",
     "For decades cross-country and biathlon racers and their technicians ironed fluorinated "
     "glide waxes and powders into their skis, because the perfluorinated compounds repel water "
     "and dirt on wet snow. The wax wears off on the tracks, and its fumes fill the waxing "
     "cabins. This dataset, compiled by Norwegian and Swedish research institutes, brings "
     "together measurements of perfluorocarboxylic acids such as PFOA and longer-chain PFAS in "
     "snow and meltwater along race tracks, in soils, earthworms and lake water near the ski "
     "stadiums of Holmenkollen, Lillehammer, Falun and Östersund, and in the blood of "
     "professional wax technicians, whose levels were many times those of the general "
     "population. It also gives the fluorine found in waxes sold in sports shops before and "
     "after the European restrictions on PFOA and longer-chain acids, and results from the first "
     "winters after the international ski federation banned fluorinated waxes in competition.",
     ("fluorinated ski wax", "PFAS", "perfluorooctanoic acid", "occupational exposure",
      "soil contamination"),
     ("NO", "SE"), "2024-04"),
    ("dn26", "document", "fr",
     "Farts fluorés : fiche pour les clubs de ski nordique, les farteurs et les magasins de "
     "sport",
     "Les farts de glisse fluorés, en pains, en poudres ou en liquides, ont longtemps fait "
     "gagner de précieuses secondes sur la neige humide. Ils contiennent des substances "
     "perfluorées, de la famille des PFAS, très persistantes, qui restent dans la neige, les "
     "sols et les ruisseaux au bord des pistes et que respirent ceux qui fartent en atelier. "
     "Cette fiche, rédigée par un comité régional de ski du massif du Jura avec l'agence "
     "régionale de santé, explique pourquoi les farts fluorés sont désormais interdits en "
     "compétition par la Fédération internationale de ski et leur vente limitée par les règles "
     "européennes sur les PFAS, comment reconnaître un fart fluoré (mentions fluoro, HF ou LF), "
     "comment nettoyer les semelles et les fers, ce que les magasins doivent faire de leurs "
     "stocks, qui sont des déchets dangereux, et quels farts de remplacement, à base "
     "d'hydrocarbures ou de cires végétales, choisir. Elle recommande aussi de ventiler "
     "l'atelier de fartage, de porter un masque à filtre et de ne pas surchauffer le fer.",
     ("farts fluorés", "PFAS", "ski nordique", "substances perfluorées", "déchets dangereux"),
     ("FR",), "2024-11"),
    ("dn27", "need", "es",
     "Necesidad: medir las ceras fluoradas de esquí en la nieve y los arroyos del cerro Catedral "
     "y de Chapelco",
     "En los centros de esquí de la Patagonia argentina, miles de esquiadores y los equipos de "
     "competición enceran cada temporada sus esquíes y tablas con ceras de deslizamiento, muchas "
     "de ellas fluoradas. Al derretirse la nieve, los compuestos perfluorados pueden llegar a "
     "los arroyos que bajan del cerro Catedral hacia el lago Gutiérrez y el Nahuel Huapi, de "
     "donde toma agua Bariloche, y a los que bajan de Chapelco hacia San Martín de los Andes. "
     "Nadie lo ha medido: en la región no hay laboratorios que analicen PFAS en agua a bajas "
     "concentraciones. La autoridad ambiental de Río Negro, con la de Neuquén y una universidad "
     "nacional, solicita apoyo para montar el análisis por cromatografía líquida y "
     "espectrometría de masas, muestrear nieve, agua y sedimentos durante dos temporadas, medir "
     "la exposición de los técnicos que enceran en los talleres de las escuelas de esquí y "
     "redactar una recomendación para que centros y tiendas dejen las ceras fluoradas, como ya "
     "exige la federación internacional en las competencias.",
     ("ceras de esquí fluoradas", "PFAS", "centros de esquí", "compuestos perfluorados",
      "necesidades"),
     ("AR",), "2024-06"),
    # --- classroom ventilation and CO2 monitors -----------------------------------------------
    ("dn28", "dataset", "en",
     "Carbon dioxide monitors in England's classrooms: readings, ventilation and winter "
     "temperatures, 2021-2023",
     "In autumn 2021 the Department for Education sent more than 350,000 portable carbon dioxide "
     "monitors to state schools in England, so that teachers could see when a classroom needed "
     "fresh air: exhaled CO2 builds up where ventilation is poor, and with it airborne viruses "
     "and drowsiness. This dataset, assembled by a university building-physics group from 180 "
     "schools that shared their monitor logs, gives five-minute readings of CO2, temperature and "
     "humidity for some 1,400 classrooms over two school years, with the type of ventilation "
     "(opening windows, mechanical, mixed), room volume and pupil numbers. It shows the share of "
     "lesson time above 800 and 1,500 parts per million, the cold classrooms of January when "
     "windows stayed open, and where the air cleaning units sent to schools in 2022 were placed. "
     "Notes describe how the monitors were calibrated and the gaps in the logs. Outdoor air "
     "pollution at the school gate is covered by other datasets.",
     ("classroom ventilation", "carbon dioxide monitors", "indoor air quality", "schools",
      "COVID-19"),
     ("GB",), "2024-01"),
    ("dn29", "document", "fr",
     "Lecteurs de CO2 dans les classes : guide d'aération pour le personnel des écoles du Québec",
     "Depuis l'hiver 2021-2022, chaque classe des écoles publiques du Québec est équipée d'un "
     "lecteur de dioxyde de carbone. Le CO2 expiré par les élèves est un bon indicateur du "
     "renouvellement de l'air : au-delà de 1 000 parties par million, l'air est mal renouvelé et "
     "les élèves se concentrent moins bien. Ce guide du ministère de l'Éducation et de la santé "
     "publique explique aux enseignants, aux directions et aux concierges comment lire l'écran, "
     "ouvrir les fenêtres quelques minutes entre les cours même en hiver, régler les "
     "ventilo-convecteurs et les échangeurs d'air, et signaler une classe où la valeur reste "
     "élevée. Il décrit les travaux faits dans les écoles anciennes sans ventilation mécanique, "
     "les fenêtres bloquées réparées et l'usage des purificateurs d'air portatifs, qui filtrent "
     "les particules mais ne remplacent pas l'aération. Le dépistage du radon dans les écoles "
     "relève d'un autre programme et n'est mentionné que pour mémoire.",
     ("aération des classes", "lecteurs de CO2", "qualité de l'air intérieur", "écoles",
      "santé publique"),
     ("CA",), "2023-01"),
    ("dn30", "case-study", "es",
     "Ventilar las aulas sin pasar frío: medidores de CO2 y ventilación cruzada en los colegios "
     "de la Comunitat Valenciana",
     "Durante la pandemia, los colegios e institutos de la Comunitat Valenciana abrieron puertas "
     "y ventanas para ventilar las aulas, y muchas familias y docentes compraron medidores de "
     "CO2 para comprobar si bastaba. Este estudio de caso, elaborado por una universidad con la "
     "consejería de educación y los sindicatos docentes, sigue durante tres cursos a 60 centros "
     "de Valencia, Alicante y Castellón: las lecturas de CO2 con ventilación cruzada continua, "
     "intermitente o con purificadores HEPA, las temperaturas en los días fríos de enero, el "
     "ruido del tráfico que entraba por las ventanas y las quejas de alumnos que daban clase con "
     "el abrigo puesto. Compara con los pocos centros que tienen ventilación mecánica con "
     "recuperación de calor y estima cuánto costaría instalarla. Concluye que una ventilación "
     "natural bien organizada mantiene el CO2 por debajo de 1.000 ppm casi todo el tiempo en "
     "clima mediterráneo. Los patios convertidos en refugios climáticos, el calor de junio y las "
     "bombas de calor se tratan en otros proyectos.",
     ("ventilación de aulas", "medidores de CO2", "calidad del aire interior",
      "centros educativos", "COVID-19"),
     ("ES",), "2024-09"),
)  # fmt: skip
