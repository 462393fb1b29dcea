"""Clearing-house records of the thirty-second judged relevance set
(tests/search/relevance/queries32.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CBD Clearing-House
Mechanism pages on white-nose syndrome of hibernating bats (syndrome du museau blanc,
síndrome de la nariz blanca), on bumblebees (Bombus, commercial colonies, the invasive
buff-tailed bumblebee; bourdons; abejorros, abejorro europeo, moscardón) and on otters (the
pet trade in Asian otters under CITES; loutre d'Europe; nutrias, chungungo); plant-health
pages on the bacterium Xylella fastidiosa (olive quick decline, almond leaf scorch) that name
the International Plant Protection Convention and its standards by their acronyms in each
language (IPPC; CIPV, NIMP; CIPF, NIMF); chemical-safety pages on safety data sheets (SDS;
fiche de données de sécurité, FDS; hoja de datos de seguridad, HDS, ficha de datos de
seguridad) under the GHS (SGH, SGA); Biosafety Clearing-House pages on releases of Aedes
aegypti mosquitoes carrying Wolbachia against dengue (not living modified organisms);
contaminated-site pages on mycoremediation (white-rot fungi; mycoremédiation;
micorremediación); food and consumer safety pages on melamine (adulterated milk and infant
formula, kidney stones; mélamine, bamboo-melamine tableware; melamina); Basel-like waste
pages on red mud, the bauxite residue of alumina refineries (boues rouges; lodos rojos); and
pages on lead released by artisanal cookware cast from scrap aluminium (marmites; ollas).
English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text), so that a query in
one language has answers in the others.

None of records.py, records3.py, ..., records31.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (white-nose, museau blanc, nariz blanca, bats,
chauves-souris, murciélago; xylella, IPPC, CIPV, CIPF, ISPM, NIMP, NIMF, olive, olivier, olivo,
phytosanitaire, fitosanitario; safety data sheet, fiche de données, hoja de datos, SDS, FDS,
HDS, MSDS, GHS, SGH, SGA; wolbachia, Aedes, dengue; mycoremediation, mycorem, micorremed,
hongos, champignon, fungi; melamine, mélamine, melamina; bumblebee, bourdon, abejorro, Bombus,
pollinisateurs, polinizadores; red mud, boues rouges, lodos rojos, bauxite; otter, loutre,
nutria; cookware, marmite, ollas, vidriado, glazed). Candidates found covered were dropped:
the Bt brinjal, GM cowpea, golden rice, GM cassava, HB4 wheat, GloFish and gene drive pages
(records19-28); sargassum, kelp, dugongs, lionfish, vultures and diclofenac, axolotls,
cycads, horseshoe crabs, sturgeon, eels, saiga, albatrosses, agarwood, argan, quinoa, the
monarch butterfly, cenotes, seamounts and hedgerows; cadmium in cocoa, lead chromate in
turmeric, skin-lightening creams, methanol in adulterated alcohol, aflatoxins, fipronil,
chlorpyrifos, HBCD, UV-328 and Dechlorane Plus, tributyltin, cyanide, formaldehyde,
bisphenol A and phthalates in food packaging (a need of records8.py), ammonium nitrate
storage, silicosis, fluorosis and nitrate in drinking water (the methaemoglobinaemia
candidate); camera traps, biochar, eDNA, detection dogs, the sterile insect technique and
constructed wetlands; used oil, used cooking oil, sewage sludge, diapers, tyres, wind
turbine blades, solar panels and spent pot lining; pollutant release and transfer registers
(PRTR, RRTP, RETC), OECMs and best available techniques (the mercury pages of records5.py and
records16.py). The nearest are the genetically modified mosquito pages (records8.py) and the
mosquito coil page (records23.py); the GHS and chemical safety pages that name safety data
sheets among other tools (n42, p40, k28, k29, u13); the olive mill wastewater pages
(records27.py); the pollinator pages; the contaminated soil and bioremediation pages; the
lead-glazed pottery pages (records24.py); the bat pages (records6.py, records12.py, the wind
farm page t24 and bk15). No text was copied from those sites and none comes from
demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and enriched
with the project thesaurus exactly as the other records files' are, beside them and the real
fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (bl01..bl30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30, bg01..bg30, bh01..bh30,
bi01..bi30, bj01..bj30, bk01..bk30), and no earlier id starts with "bl"; in queries32.tsv
they are written without prefix, like theirs, and take the same ``rel:`` prefix in the
index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- white-nose syndrome of bats ------------------------------------------------------
    ("bl01", "dataset", "en",
     "White-nose syndrome winter counts of hibernating bats in Pennsylvania mines and caves, "
     "2008-2024",
     "Winter counts of hibernating bats at 42 abandoned mines and limestone caves in "
     "Pennsylvania, surveyed every second winter since white-nose syndrome reached the state "
     "in 2008. The fungus Pseudogymnoascus destructans grows on the muzzles and wings of "
     "torpid bats, wakes them too often and starves them before spring; little brown bats "
     "and northern long-eared bats fell by more than 95 percent at most sites. The dataset "
     "gives counts per species and site, swab results for the fungus, hibernaculum "
     "temperature and humidity, and the gates installed to keep people out of the sites "
     "during hibernation.",
     ("white-nose syndrome", "bats", "hibernation", "wildlife diseases", "population counts"),
     ("US",), "2024-09"),
    ("bl02", "project", "fr",
     "Syndrome du museau blanc : rétablir les chauves-souris cavernicoles du Québec",
     "Depuis l'arrivée du syndrome du museau blanc au Québec en 2010, la petite chauve-souris "
     "brune, la chauve-souris nordique et la pipistrelle de l'Est ont perdu plus de 90 % de "
     "leurs effectifs dans les hibernacles, et elles sont inscrites comme espèces en voie de "
     "disparition au Canada. Le projet, mené par le ministère de l'Environnement du Québec avec "
     "des naturalistes bénévoles, installe et suit des dortoirs artificiels pour les colonies "
     "de maternité, recense les chauves-souris l'été par des décomptes à la sortie des "
     "bâtiments et teste, dans deux anciennes mines, un traitement des parois contre le "
     "champignon responsable.",
     ("syndrome du museau blanc", "chauves-souris", "espèces en péril",
      "maladies de la faune", "dortoirs artificiels"), ("CA",), "2022"),
    ("bl03", "need", "es",
     "Necesidad: vigilancia del síndrome de la nariz blanca en las cuevas con murciélagos "
     "del norte de México",
     "El síndrome de la nariz blanca, causado por un hongo que ha matado a millones de "
     "murciélagos en Estados Unidos y Canadá, ya se detectó en Texas, a pocos kilómetros de la "
     "frontera. Las cuevas de Coahuila, Nuevo León y Chihuahua albergan colonias invernales "
     "de murciélagos insectívoros que controlan plagas agrícolas. La Comisión Nacional de "
     "Áreas Naturales Protegidas solicita apoyo para capacitar a guardaparques en la toma de "
     "muestras con hisopos, analizar las muestras en un laboratorio nacional, establecer "
     "protocolos de descontaminación del equipo de espeleólogos y turistas, y vigilar cada "
     "invierno diez cuevas prioritarias.",
     ("síndrome de la nariz blanca", "murciélagos", "cuevas", "enfermedades de fauna "
      "silvestre", "necesidades"), ("MX",), "2023-11"),
    # --- Xylella fastidiosa ---------------------------------------------------------------
    ("bl04", "case-study", "en",
     "Xylella fastidiosa and the olive quick decline in Apulia: ten years of a plant-health "
     "emergency",
     "Since the bacterium Xylella fastidiosa was found near Gallipoli in 2013, olive quick "
     "decline syndrome has killed millions of olive trees in the Salento, many of them "
     "centuries old, and moved north through Apulia at several kilometres a year. The "
     "bacterium is spread by the meadow spittlebug, which feeds on the xylem sap. The case "
     "study follows the demarcated infected and buffer zones required by EU rules, the "
     "felling of infected trees, which met protests and court cases, the control of the "
     "insect vector in spring, replanting with the tolerant cultivars Leccino and "
     "FS-17, and the losses of olive oil and landscape. It names the lessons for the IPPC "
     "pest-risk analysis of plants for planting.",
     ("Xylella fastidiosa", "olive trees", "plant health", "invasive pathogens",
      "insect vectors"), ("IT",), "2024"),
    ("bl05", "document", "fr",
     "Xylella fastidiosa en Corse et en Provence : guide de surveillance et mesures "
     "d'urgence",
     "Détectée en Corse en 2015 sur le polygale à feuilles de myrte puis en "
     "Provence-Alpes-Côte d'Azur, la bactérie Xylella fastidiosa, transmise par des insectes "
     "piqueurs-suceurs comme le cercope des prés, peut attaquer la vigne, l'olivier, les "
     "agrumes, le laurier-rose, la lavande et le romarin. Ce guide des services de la "
     "protection des végétaux explique l'interdiction de sortie des plantes hôtes de Corse, "
     "les zones délimitées autour de chaque foyer, l'arrachage des végétaux contaminés, les "
     "prélèvements et les analyses, et rappelle les normes internationales pour les mesures "
     "phytosanitaires (NIMP) de la CIPV sur lesquelles reposent ces mesures.",
     ("Xylella fastidiosa", "santé des végétaux", "mesures phytosanitaires",
      "organismes nuisibles", "CIPV"), ("FR",), "2021-06"),
    ("bl06", "project", "es",
     "Xylella fastidiosa en los almendros de Mallorca y Alicante: contención y material "
     "vegetal resistente",
     "La bacteria Xylella fastidiosa se detectó en las Islas Baleares en 2016 y en la "
     "comarca alicantina de El Comtat en 2017, donde la enfermedad del decaimiento del "
     "almendro ha secado miles de almendros de secano. El proyecto, coordinado por el "
     "ministerio de agricultura de España con las comunidades autónomas, aplica el plan de "
     "contingencia (zona infectada, zona tampón, arranque de plantas), estudia los insectos "
     "vectores, como el salivazo o espumadora, y ensaya en campo variedades de almendro e "
     "injertos tolerantes. Se apoya en las normas internacionales para medidas fitosanitarias "
     "(NIMF) de la CIPF.",
     ("Xylella fastidiosa", "almendros", "sanidad vegetal", "plagas cuarentenarias",
      "CIPF"), ("ES",), "2022"),
    # --- safety data sheets ---------------------------------------------------------------
    ("bl07", "event", "en",
     "Reading and writing safety data sheets: GHS training for chemical importers and "
     "county inspectors in Kenya",
     "A four-day course on safety data sheets (SDS) for importers and distributors of "
     "industrial chemicals and pesticides, and for county occupational safety inspectors, "
     "organised in Nairobi and Mombasa under the national programme to implement the Globally "
     "Harmonized System of Classification and Labelling of Chemicals. Participants learn the "
     "sixteen sections of an SDS, check the hazard classes and the exposure limits an SDS "
     "gives against the label, spot outdated or copied sheets, and practise writing an SDS "
     "in English and Kiswahili for a mixture repacked locally, so that workers in "
     "warehouses and farms receive one for every hazardous product.",
     ("safety data sheets", "GHS", "chemical labelling", "occupational safety",
      "training"), ("KE",), "2023-10"),
    ("bl08", "document", "fr",
     "La fiche de données de sécurité (FDS) : guide pratique pour les entreprises "
     "tunisiennes",
     "Toute entreprise qui met sur le marché en Tunisie un produit chimique dangereux doit "
     "fournir à ses clients une fiche de données de sécurité (FDS) en arabe ou en français. "
     "Ce guide de l'agence nationale de protection de l'environnement explique les seize "
     "rubriques de la FDS selon le SGH (identification, dangers, composition, premiers "
     "secours, stockage, protection individuelle, élimination…), la mise à jour de la fiche "
     "après une nouvelle classification, et comment les services de sécurité au travail "
     "s'en servent pour évaluer les risques aux postes de travail. Un modèle de FDS pour un "
     "détergent industriel est annexé.",
     ("fiches de données de sécurité", "SGH", "produits chimiques dangereux",
      "sécurité au travail", "guides"), ("TN",), "2022-04"),
    ("bl09", "need", "es",
     "Necesidad: un registro nacional de hojas de datos de seguridad (HDS) para los "
     "productos químicos importados en Chile",
     "En Chile, la norma NCh 2245 obliga a entregar una hoja de datos de seguridad (HDS) "
     "con cada sustancia peligrosa, pero las fiscalizaciones encuentran hojas en inglés, "
     "incompletas o que no corresponden al producto envasado. El Ministerio de Salud "
     "solicita apoyo para crear una plataforma donde importadores y fabricantes carguen las "
     "HDS en español según el SGA, con las clases de peligro del reglamento de "
     "clasificación y etiquetado, para que inspectores, bomberos y centros de toxicología "
     "las consulten en una emergencia. En España y otros países la misma hoja se llama "
     "ficha de datos de seguridad (FDS).",
     ("hojas de datos de seguridad", "SGA", "sustancias peligrosas",
      "respuesta a emergencias químicas", "necesidades"), ("CL",), "2024-02"),
    # --- Wolbachia mosquitoes -------------------------------------------------------------
    ("bl10", "case-study", "en",
     "Wolbachia mosquitoes in Yogyakarta: a cluster-randomised trial against dengue",
     "In the city of Yogyakarta, Indonesia, Aedes aegypti mosquitoes carrying the "
     "bacterium Wolbachia, which blocks the transmission of dengue virus, were released in "
     "half of 24 city clusters from 2017 as part of the World Mosquito Program. The "
     "mosquitoes are not genetically modified: Wolbachia occurs naturally in many insects "
     "and passes from the females to their eggs, so it spreads through the wild mosquito "
     "population. Dengue cases needing hospital care fell by 77 percent in treated "
     "clusters. The case study covers the risk analysis by an independent expert panel, "
     "community consent, and the scale-up to other Indonesian cities.",
     ("Wolbachia", "Aedes aegypti", "dengue", "biological control", "risk analysis"),
     ("ID",), "2023"),
    ("bl11", "project", "fr",
     "Lâchers de moustiques porteurs de Wolbachia à Nouméa contre la dengue",
     "En Nouvelle-Calédonie, où les épidémies de dengue, de zika et de chikungunya se "
     "succèdent, la ville de Nouméa a été couverte entre 2019 et 2021 par des lâchers de "
     "moustiques Aedes aegypti porteurs de la bactérie Wolbachia, qui les empêche de "
     "transmettre ces virus. Le projet, mené par le gouvernement de la Nouvelle-Calédonie, "
     "l'Institut Pasteur et le World Mosquito Program, a suivi la proportion de moustiques "
     "porteurs dans les pièges, l'acceptation par les habitants quartier par quartier, et "
     "l'évaluation des risques pour l'environnement demandée avant les lâchers, ces "
     "moustiques n'étant pas des organismes génétiquement modifiés.",
     ("Wolbachia", "moustiques", "dengue", "lutte biologique", "évaluation des risques"),
     ("NC",), "2022"),
    ("bl12", "document", "es",
     "Evaluación del riesgo de la liberación de mosquitos con Wolbachia en el Valle de "
     "Aburrá, Colombia",
     "Antes de liberar mosquitos Aedes aegypti portadores de la bacteria Wolbachia en "
     "Bello, Medellín e Itagüí, la autoridad ambiental y el Instituto Nacional de Salud de "
     "Colombia revisaron los riesgos: si la bacteria puede pasar a otros insectos, a "
     "depredadores o a las personas picadas, si cambia la resistencia del mosquito a los "
     "insecticidas y qué ocurre si la liberación debe detenerse. El documento concluye que "
     "los mosquitos con Wolbachia no son organismos vivos modificados en el sentido del "
     "Protocolo de Cartagena y que el riesgo es insignificante, y describe el monitoreo "
     "entomológico y de casos de dengue posterior.",
     ("Wolbachia", "mosquitos", "dengue", "evaluación del riesgo", "control biológico"),
     ("CO",), "2020"),
    # --- mycoremediation ------------------------------------------------------------------
    ("bl13", "project", "en",
     "Mycoremediation of crude-oil pits in the Ecuadorian Amazon with native fungi",
     "Hundreds of unlined pits left by oil drilling near Lago Agrio still leak crude oil "
     "into the streams the Cofán, Siona and Secoya peoples fish in. The project collects "
     "native white-rot fungi, including oyster mushroom strains, from the rainforest, grows "
     "them on sawdust and plantain stalks, and mixes the mycelium into contaminated soil "
     "in community-run cells, measuring total petroleum hydrocarbons every three months. "
     "Fungi break down the heavy hydrocarbons that bacteria alone leave behind. Women's "
     "groups from the communities run the spawn laboratory and the test cells.",
     ("mycoremediation", "fungi", "oil pollution", "contaminated soils",
      "indigenous peoples"), ("EC",), "2022"),
    ("bl14", "document", "fr",
     "Mycoremédiation des sols d'une ancienne cokerie lorraine : résultats des essais sur "
     "les HAP",
     "Sur le site d'une ancienne cokerie de Moselle, les sols contiennent des "
     "hydrocarbures aromatiques polycycliques (HAP) issus de la distillation de la houille. "
     "Le rapport présente trois ans d'essais en planches de mycoremédiation : des "
     "champignons de pourriture blanche, dont le pleurote et le tramète versicolore, "
     "cultivés sur paille puis mélangés au sol. Les HAP légers ont baissé de plus de "
     "moitié, les plus lourds beaucoup moins. Le rapport compare les coûts avec "
     "l'excavation et le traitement thermique, et donne les précautions contre la "
     "dispersion des poussières.",
     ("mycoremédiation", "champignons", "HAP", "sites et sols pollués",
      "friches industrielles"), ("FR",), "2021-09"),
    ("bl15", "case-study", "es",
     "Micorremediación: hongos de pudrición blanca para degradar plaguicidas en suelos de "
     "depósitos de agroquímicos en Argentina",
     "En galpones donde durante décadas se guardaron y mezclaron plaguicidas en la provincia "
     "de Buenos Aires, el suelo quedó contaminado con organoclorados y herbicidas. Un grupo "
     "de la universidad pública ensayó la micorremediación, es decir, la degradación de "
     "los contaminantes por hongos: cepas de hongos de pudrición blanca aisladas de la "
     "región, cultivadas en rastrojo de trigo, redujeron la concentración de varios "
     "plaguicidas en pocos meses. El estudio de caso describe el montaje en pilas, el "
     "seguimiento de los análisis y su uso en las biocamas de los establecimientos "
     "agrícolas.",
     ("micorremediación", "hongos", "plaguicidas", "suelos contaminados", "biorremediación"),
     ("AR",), "2023"),
    # --- melamine -------------------------------------------------------------------------
    ("bl16", "case-study", "en",
     "Melamine in infant formula: the 2008 milk scandal in China and the kidney stones of "
     "300,000 babies",
     "In 2008, infant formula and other dairy products from several Chinese companies were "
     "found to contain melamine, an industrial chemical used to make plastics and resins, "
     "added to watered-down milk because it raises the apparent protein content. About "
     "300,000 infants fell ill with kidney stones and urinary tract problems and six died. "
     "The case study describes the discovery, the recall, the exports of contaminated milk "
     "powder detected in other countries, the tolerable limits for melamine in food set "
     "afterwards by the Codex Alimentarius, and the testing of milk at collection stations.",
     ("melamine", "food contamination", "infant formula", "kidney stones",
      "food safety"), ("CN",), "2019"),
    ("bl17", "document", "fr",
     "Vaisselle en « bambou-mélamine » : avis et conseils aux consommateurs",
     "Gobelets, bols et assiettes « en bambou », vendus comme écologiques, sont en réalité "
     "faits de résine mélamine-formaldéhyde chargée de fibres de bambou. Les contrôles des "
     "services de la répression des fraudes en France et dans d'autres pays européens ont "
     "montré que ces articles peuvent libérer dans les aliments chauds ou acides de la "
     "mélamine et du formaldéhyde au-delà des limites autorisées ; l'ajout de bambou est "
     "d'ailleurs interdit dans les plastiques au contact des aliments. L'avis explique les "
     "risques pour les reins et conseille de ne pas passer cette vaisselle au micro-ondes "
     "ni d'y servir de boissons chaudes.",
     ("mélamine", "matériaux au contact des aliments", "formaldéhyde",
      "sécurité des consommateurs"), ("FR",), "2021-05"),
    ("bl18", "need", "es",
     "Necesidad: equipar al laboratorio nacional para detectar melamina en leche en polvo "
     "importada en Guatemala",
     "Guatemala importa la mayor parte de la leche en polvo con la que se elaboran "
     "fórmulas, atoles y productos de programas de alimentación escolar. El laboratorio "
     "nacional de salud no puede hoy analizar melamina, sustancia industrial con la que se "
     "adulteró leche para simular un mayor contenido de proteína y que causó cálculos "
     "renales en miles de lactantes. El Ministerio de Salud solicita apoyo para adquirir un "
     "equipo de cromatografía líquida, capacitar a los analistas en el método de detección "
     "de melamina y ácido cianúrico y organizar el muestreo de lotes en aduanas.",
     ("melamina", "adulteración de alimentos", "leche en polvo", "inocuidad de los "
      "alimentos", "necesidades"), ("GT",), "2022-08"),
    # --- bumblebees -----------------------------------------------------------------------
    ("bl19", "document", "en",
     "Commercial bumblebee colonies for greenhouse pollination: guidance on imports and "
     "pathogen spillover",
     "Boxes of buff-tailed bumblebees (Bombus terrestris) reared in factories are used "
     "across the United Kingdom to pollinate tomatoes and soft fruit in greenhouses and "
     "polytunnels. Bees escape and forage outside, where they can pass parasites such as "
     "Crithidia and Nosema and deformed wing virus to wild bumblebees, and imported "
     "continental subspecies can mix with native ones. The guidance from Natural England "
     "explains the licences needed to release non-native bumblebee subspecies, the "
     "screening of colonies for disease, queen excluders on the hives, and the destruction "
     "of colonies at the end of the season.",
     ("bumblebees", "pollinators", "pollinator diseases", "non-native species",
      "greenhouse horticulture"), ("GB",), "2022"),
    ("bl20", "dataset", "fr",
     "Atlas des bourdons de France et de Belgique : observations 1900-2023",
     "Jeu de données de plus de 200 000 observations de bourdons (genre Bombus) en France "
     "et en Belgique, réunies à partir des collections des muséums, des relevés des "
     "naturalistes et des programmes de sciences participatives. Il couvre une cinquantaine "
     "d'espèces, dont plusieurs bourdons de montagne et des tourbières dont l'aire se "
     "contracte vers le nord et en altitude avec le réchauffement. L'atlas associe à chaque "
     "donnée l'espèce, la caste, la plante butinée, la date et le lieu, et sert à la liste "
     "rouge des abeilles sauvages.",
     ("bourdons", "pollinisateurs", "abeilles sauvages", "listes rouges",
      "changement climatique"), ("FR", "BE"), "2023-12"),
    ("bl21", "case-study", "es",
     "El abejorro europeo invade la Patagonia y desplaza al moscardón nativo",
     "Introducido en Chile en 1997 para polinizar cultivos en invernaderos y en campo "
     "abierto, el abejorro europeo (Bombus terrestris) se extendió en pocos años por el sur "
     "de Chile y la Patagonia argentina. Desde entonces el abejorro colorado o moscardón "
     "(Bombus dahlbomii), el abejorro más grande del mundo y nativo de los bosques "
     "templados, desapareció de gran parte de su área. El estudio de caso reúne las "
     "pruebas del contagio de parásitos desde la especie invasora, las importaciones "
     "comerciales de colonias que continúan, y las propuestas de Chile y Argentina para "
     "prohibirlas.",
     ("abejorros", "especies exóticas invasoras", "polinizadores", "Bombus dahlbomii",
      "enfermedades de polinizadores"), ("CL", "AR"), "2021"),
    # --- red mud (bauxite residue) -------------------------------------------------------
    ("bl22", "case-study", "en",
     "The Ajka red mud disaster: the 2010 reservoir failure in Hungary and its aftermath",
     "On 4 October 2010 the wall of a reservoir of red mud, the caustic bauxite residue of "
     "an alumina refinery, broke at Ajka, Hungary, releasing about one million cubic metres "
     "of alkaline sludge onto the villages of Kolontár and Devecser. Ten people died and "
     "hundreds suffered chemical burns; the mud reached the Marcal and Danube rivers and "
     "killed the fish of the Torna stream. The case study reviews the emergency "
     "neutralisation with gypsum and acid, the removal of the contaminated topsoil, the "
     "dust containing arsenic and chromium, and the EU mining waste rules that followed.",
     ("red mud", "bauxite residue", "industrial accidents", "tailings dams",
      "alumina refining"), ("HU",), "2020"),
    ("bl23", "document", "fr",
     "Les boues rouges de Gardanne : rejets en mer, stockage à terre et suivi sanitaire",
     "Pendant un demi-siècle, l'usine d'alumine de Gardanne, près de Marseille, a rejeté "
     "ses résidus de bauxite, les « boues rouges », par une canalisation dans la fosse de "
     "Cassidaigne, au cœur de ce qui est devenu le Parc national des Calanques. Depuis 2016, "
     "seuls des effluents liquides sont rejetés, et les résidus solides, pressés en "
     "« bauxaline », sont stockés à terre à Mange-Garri, où les riverains se plaignent des "
     "poussières rouges. Le document fait le point sur les arrêtés préfectoraux, les "
     "métaux mesurés en mer et dans les sols, et les usages étudiés pour ces résidus.",
     ("boues rouges", "résidus de bauxite", "rejets industriels en mer",
      "déchets industriels", "alumine"), ("FR",), "2022-02"),
    ("bl24", "project", "es",
     "Lodos rojos de San Cibrao: cierre y restauración del depósito de residuos de bauxita",
     "La refinería de alúmina de San Cibrao, en la costa de Lugo, ha acumulado durante "
     "décadas millones de toneladas de lodos rojos, el residuo alcalino de la bauxita, en un "
     "depósito a pocos cientos de metros del mar. El proyecto de la empresa, supervisado por "
     "la Xunta de Galicia, prevé secar y compactar los lodos, cubrir el depósito por fases "
     "con suelo y vegetación autóctona, tratar las aguas de lixiviado antes del vertido y "
     "ensayar el uso de los lodos rojos en cementos y en la recuperación de hierro y "
     "escandio.",
     ("lodos rojos", "residuos de bauxita", "residuos industriales", "restauración de "
      "depósitos", "alúmina"), ("ES",), "2023"),
    # --- otters ---------------------------------------------------------------------------
    ("bl25", "document", "en",
     "Otters in the pet trade: smooth-coated and small-clawed otters sold online in South "
     "and Southeast Asia",
     "A review of the trade in live otters, mostly cubs of the Asian small-clawed otter and "
     "the smooth-coated otter taken from the wild in Indonesia, Thailand and Viet Nam and "
     "advertised on social media as pets for homes and otter cafés in Japan and elsewhere. "
     "Both species were moved to CITES Appendix I in 2019. The document counts the "
     "advertisements and seizures between 2016 and 2023, describes the smuggling routes "
     "through airports, and recommends monitoring of online platforms and rescue centres "
     "for seized animals.",
     ("otters", "wildlife trade", "CITES", "pets", "online trade"),
     ("ID", "TH", "VN", "JP"), "2023-06"),
    ("bl26", "project", "fr",
     "Le retour de la loutre d'Europe dans les rivières du Massif central : passages "
     "sous les routes",
     "Presque disparue de France dans les années 1970, la loutre d'Europe recolonise les "
     "rivières depuis le Massif central et la façade atlantique, mais des dizaines sont "
     "tuées chaque année sur les routes, là où les ponts n'offrent pas de berge sèche. Le "
     "projet, porté par un parc naturel régional et le plan national d'actions en faveur "
     "de la loutre, recense les points de collision, pose des banquettes et des "
     "passages à loutres sous les ouvrages, et suit l'espèce par ses épreintes, les crottes "
     "qu'elle dépose sur les rochers.",
     ("loutre d'Europe", "mammifères semi-aquatiques", "collisions routières",
      "continuité écologique", "plans nationaux d'actions"), ("FR",), "2021"),
    ("bl27", "case-study", "es",
     "El chungungo o nutria marina en las costas rocosas del Perú: censos y conflictos con "
     "pescadores",
     "El chungungo o gato marino (Lontra felina), la nutria más pequeña del mundo y la "
     "única que vive solo en el mar, habita costas rocosas del Perú y de Chile y está en "
     "peligro. El estudio de caso resume los censos realizados por el SERFOR y "
     "universidades peruanas en el litoral de Ica y Arequipa, los chungungos ahogados en "
     "redes o muertos por pescadores que los culpan de comerse los peces y camarones, la "
     "extracción de algas pardas que destruye su hábitat, y las propuestas de áreas "
     "protegidas costeras.",
     ("nutrias", "Lontra felina", "especies amenazadas", "costas rocosas",
      "conflictos con pescadores"), ("PE",), "2022"),
    # --- lead in aluminium cookware ---------------------------------------------------------
    ("bl28", "document", "en",
     "Lead in artisanal aluminium cookware in Ghana: test results and advice to households",
     "Cooking pots cast by hand from scrap aluminium, such as old car parts, cans and "
     "radiators, are sold in every market in Ghana and much of West Africa. Tests of pots "
     "bought in Accra and Kumasi found that many released lead, and some arsenic and "
     "cadmium, into acidic food cooked in them, in amounts that could raise the blood lead "
     "levels of children. The document sets out the results, explains why the alloys of "
     "recycled scrap contain lead, and advises households and the artisans of the foundry "
     "clusters on safer choices, while the standards authority drafts a standard for "
     "cookware.",
     ("lead", "cookware", "aluminium", "scrap metal", "children's health"),
     ("GH",), "2023"),
    ("bl29", "project", "fr",
     "Marmites en aluminium recyclé : former les fondeurs artisanaux de Douala à réduire "
     "le plomb",
     "Au Cameroun, les marmites en aluminium coulées par les fondeurs artisanaux à partir "
     "de ferraille de récupération sont les ustensiles de cuisine les plus répandus. Des "
     "analyses ont montré qu'elles libèrent du plomb dans les aliments, surtout lors de la "
     "cuisson de sauces acides. Le projet, mené avec une ONG de santé environnementale et "
     "le ministère de l'Environnement, forme les ateliers de Douala à trier la ferraille "
     "pour écarter les pièces riches en plomb (batteries, soudures, laiton), à protéger "
     "les travailleurs des fumées, et sensibilise les ménages.",
     ("marmites", "plomb", "aluminium recyclé", "fonderies artisanales",
      "santé environnementale"), ("CM",), "2024"),
    ("bl30", "need", "es",
     "Necesidad: analizar el plomo que liberan las ollas de aluminio fundido artesanalmente "
     "en Bolivia",
     "En los mercados de El Alto, Cochabamba y Santa Cruz se venden ollas y sartenes "
     "fundidas en talleres familiares con chatarra de aluminio, latas y piezas de "
     "automóviles. Estudios en otros países han encontrado que estas ollas liberan plomo "
     "en los alimentos. El Ministerio de Medio Ambiente y Agua de Bolivia solicita apoyo "
     "para comprar ollas en los mercados y analizar cuánto plomo migra a los alimentos, "
     "medir el plomo en sangre de niños de familias que las usan y de los fundidores, y "
     "preparar una norma técnica y una guía para los talleres.",
     ("ollas", "plomo", "utensilios de cocina", "chatarra de aluminio", "necesidades"),
     ("BO",), "2024-06"),
)  # fmt: skip
