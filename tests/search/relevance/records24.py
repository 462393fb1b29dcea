"""Clearing-house records of the twenty-fourth judged relevance set
(tests/search/relevance/queries24.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CITES-like pages on the
totoaba and the trade in its swim bladders (fish maw, buche, vessie natatoire), on the tubers of
devil's claw (Harpagophytum, griffe du diable, garra del diablo) and on pernambuco (brazilwood,
pau-brasil, palo brasil), the wood of violin bows; chemical-safety, poison-centre and
Rotterdam-like pesticide pages on aluminium phosphide fumigant tablets (phosphine), and on lead
glazes in traditional pottery (lead-glazed earthenware, poterie vernissée, barro vidriado,
greta); Basel-like waste pages on phosphogypsum (phosphogypse, fosfoyesos) from phosphoric acid
plants; Biosafety Clearing-House pages (decisions, confined field trials, national experiences)
on genetically modified (Bt) cowpea and on food aid containing living modified organisms;
CITES capacity-building pages on electronic permitting systems (eCITES, e-permits); and
invasive-species pages of the CBD Clearing-House Mechanism on the Asian hornet (Vespa
velutina), with a committee matching requests for assistance with offers (needs and an offer on
several of those topics). English, French and Spanish, 10 records each, every topic written
once in each language (different countries, projects and angles, not translations of one
text), so that a query in one language has answers in the others.

None of records.py, records3.py, ..., records23.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (totoaba, buche, maw, swim bladder, vessie, vejiga,
vaquita; devil's claw, Harpagophytum, griffe du diable, garra del diablo; pernambuco,
brazilwood, palo brasil, Paubrasilia, archet, violin, violon, violín, bow, musical; phosphide,
phosphure, fosfuro, phostoxin, phosphine, fosfina, fumigant, fumigation; pottery, poterie,
céramique, cerámica, ceramic, alfarería, vidriado, glaze, tajine, litharge, lead oxide,
plomb; phosphogypsum, phosphogypse, fosfoyeso, gypsum, gypse, yeso, Gabès, Huelva; cowpea,
niébé, caupí, Maruca, pod borer; food aid, aide alimentaire, ayuda alimentaria, milling,
GM maize, maíz transgénico; electronic permit, permis électronique, permisos electrónicos,
eCITES, electronic; hornet, frelon, avispa, Vespa, wasp, guêpe) and none names them beyond a
passing word. The nearest are the need for equipment to lift ghost nets that trap the vaquita
in the Gulf of California (v21), the fiche on alternatives to methyl bromide that names
phosphine among the fumigation treatments (v32) and the other methyl bromide pages (v31, v33),
Ghana's fourth national report on the Cartagena Protocol that names confined trials of Bt
cowpea (n15), the Burkina Faso seed-law need that names local cowpea (niébé) varieties among
other crops (r17), the Zambian competent national authority for living modified organisms
(p44), the GM maize pages (records.py, records5.py), the genetically modified fish pages
(t37-t39), the lead paint, lead battery and lead chromate pages (h4, p42, n16, z07), the shark
fin and customs pages (records7.py, records22.py), the rosewood and mahogany timber pages (o10,
records11.py), the stingless bee and pollinator pages (p36, w01) and the parasitoid wasps of the
fall armyworm page (u10); the golden files name gypsum once (the anhydrite page), phosphate
(apatite, brazilianite), lead (galena, cerussite), fumigating (carbon tetrachloride, m-cresol)
and rodenticides (warfarin), and none of the rest. No text was copied from those sites and none
comes from demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and
enriched with the project thesaurus exactly as the other records files' are, beside them and
the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (bd01..bd30) collide with none of records.py's (a1..h5), records3.py's (n01..n47),
records4.py's (p01..p45), records5.py's (q01..q45), records6.py's (t01..t45), records7.py's
(v01..v45), records8.py's (w01..w45), records9.py's (x01..x30), records10.py's (k01..k30),
records11.py's (m01..m30), records12.py's (r01..r30), records13.py's (u01..u30),
records14.py's (j01..j30), records15.py's (o01..o30), records16.py's (y01..y30),
records17.py's (z01..z30), records18.py's (l01..l30), records19.py's (i01..i30),
records20.py's (s01..s30), records21.py's (ba01..ba30), records22.py's (bb01..bb30) or
records23.py's (bc01..bc30), and no earlier id starts with "bd"; in queries24.tsv they are
written without prefix, like theirs, and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- totoaba and its swim bladder --------------------------------------------------------
    ("bd01", "case-study", "en",
     "Totoaba maw seized in Hong Kong: following the swim bladders from Mexico",
     "The dried swim bladder of the totoaba (Totoaba macdonaldi), a large croaker found only "
     "in the Gulf of California, is sold in Hong Kong and mainland Chinese markets as fish "
     "maw for soups and banquets, at prices that have earned it the name 'aquatic cocaine'. "
     "The species has been in CITES Appendix I since 1977. The case study reviews a decade of "
     "seizures of maw carried in suitcases and mislabelled air freight, the couriers and "
     "shell companies behind them, and how the gillnets set for totoaba also drown the "
     "vaquita, the porpoise now reduced to a few individuals.",
     ("totoaba", "fish maw", "wildlife trafficking", "CITES", "seizures"), ("HK",), "2022"),
    ("bd02", "document", "fr",
     "Totoaba d'élevage : enregistrement d'un établissement d'élevage en captivité à des fins "
     "commerciales",
     "Une ferme aquacole de Basse-Californie du Sud élève des totoabas (Totoaba macdonaldi) "
     "à partir de géniteurs capturés avant l'interdiction de la pêche et demande son "
     "enregistrement auprès du Secrétariat CITES pour exporter chair et vessies natatoires de "
     "poissons nés en captivité. Le document résume l'avis de l'autorité scientifique du "
     "Mexique : traçabilité des lots, marquage des poissons, risque que des vessies de "
     "totoabas sauvages soient blanchies sous couvert d'élevage.",
     ("totoaba", "élevage en captivité", "aquaculture", "CITES", "vessie natatoire"),
     ("MX",), "2021"),
    ("bd03", "need", "es",
     "Necesidad: vigilancia contra la pesca ilegal de totoaba en la Zona de Refugio de la "
     "vaquita marina",
     "La autoridad de pesca de San Felipe, Baja California, solicita embarcaciones rápidas, "
     "drones con cámara térmica y capacitación de inspectores para retirar las redes "
     "agalleras que se calan de noche para capturar totoaba, cuyo buche se exporta de "
     "contrabando, y que ahogan a las últimas vaquitas marinas en el Alto Golfo de "
     "California.",
     ("totoaba", "vaquita marina", "pesca ilegal", "redes agalleras", "buche"), ("MX",),
     "2024-05"),
    # --- devil's claw ------------------------------------------------------------------------
    ("bd04", "project", "en",
     "Sustainable harvesting of devil's claw with San communities in eastern Namibia",
     "The secondary tubers of devil's claw (Harpagophytum procumbens), a creeping plant of "
     "the Kalahari sands, are dug, sliced and sun-dried and exported to Europe, where extracts "
     "are sold for arthritis and back pain. In the Omaheke and Otjozondjupa regions the "
     "project registers harvesters, teaches them to leave the main tuber and refill the "
     "hole, sets a harvest period outside the rains, and helps a harvester association sell "
     "organically certified dried slices at a better price.",
     ("devil's claw", "Harpagophytum", "medicinal plants", "sustainable harvesting",
      "BioTrade"), ("NA",), "2020"),
    ("bd05", "document", "fr",
     "Harpagophytum : ce que les importateurs de plantes médicinales doivent vérifier",
     "La griffe du diable (Harpagophytum procumbens et H. zeyheri), dont la racine séchée est "
     "vendue en gélules et en tisanes contre les douleurs articulaires, arrive en France en "
     "tranches de tubercules récoltés à l'état sauvage en Afrique australe. La note rappelle "
     "les permis d'exportation demandés par les pays d'origine, la différence entre les deux "
     "espèces, les certificats de récolte durable et les questions à poser aux fournisseurs "
     "sur le partage des avantages avec les récolteurs.",
     ("griffe du diable", "Harpagophytum", "plantes médicinales", "importations",
      "partage des avantages"), ("FR",), "2022"),
    ("bd06", "case-study", "es",
     "Garra del diablo en el Kalahari de Botsuana: cupos de cosecha y precio justo",
     "En el distrito de Ghanzi, las familias recolectan los tubérculos de garra del diablo "
     "(harpagofito, Harpagophytum procumbens) durante la estación seca. El estudio de caso "
     "describe los permisos de recolección, los cupos por zona fijados tras inventarios de "
     "plantas, el secado de las rodajas en bandejas limpias y un acuerdo con un exportador "
     "que paga una prima a los recolectores registrados.",
     ("garra del diablo", "Harpagophytum", "plantas medicinales", "uso sostenible",
      "recolección silvestre"), ("BW",), "2019"),
    # --- pernambuco (brazilwood) for bows ----------------------------------------------------
    ("bd07", "document", "en",
     "Pernambuco bows across borders: a guide for musicians and bow makers",
     "Violin, viola, cello and double bass bows are made from pernambuco, the dense orange "
     "heartwood of the brazilwood tree (Paubrasilia echinata, formerly Caesalpinia echinata), "
     "which is listed in CITES. The guide explains when a travelling musician needs a "
     "musical instrument certificate, how bow makers document old stocks of pernambuco "
     "blanks bought before the listing, and which finished bows are exempt.",
     ("pernambuco", "brazilwood", "musical instruments", "CITES", "timber"), (), "2023"),
    ("bd08", "case-study", "fr",
     "Les archetiers et le bois de pernambouc : stocks anciens, traçabilité et replantation",
     "Depuis deux siècles, les archets de violon se taillent dans le pernambouc, le bois du "
     "pau-brasil de la forêt atlantique du Brésil. L'étude de cas suit un atelier d'archetier "
     "de Mirecourt : l'inventaire des baguettes achetées il y a des décennies, les factures "
     "et déclarations exigées depuis l'inscription à la CITES, et la participation des "
     "archetiers au financement de plantations de pau-brasil dans l'État de Bahia.",
     ("pernambouc", "archets", "instruments de musique", "CITES", "bois précieux"),
     ("FR",), "2021"),
    ("bd09", "project", "es",
     "Palo brasil en la Mata Atlántica: viveros, restauración y decomisos de varetas para "
     "arcos",
     "El proyecto produce plantones de palo brasil (Paubrasilia echinata), el árbol que dio "
     "nombre al Brasil, y los planta en fragmentos de Mata Atlántica de Espírito Santo. Al "
     "mismo tiempo apoya a la policía ambiental que decomisa varetas de pernambuco cortadas "
     "ilegalmente y destinadas a talleres que fabrican arcos de violín para la exportación.",
     ("palo brasil", "pernambuco", "restauración forestal", "tala ilegal", "especies "
      "amenazadas"), ("BR",), "2022"),
    # --- aluminium phosphide fumigant tablets ------------------------------------------------
    ("bd10", "case-study", "en",
     "Aluminium phosphide poisoning in Punjab: taking 'wheat pills' off the shop shelves",
     "Tablets of aluminium phosphide, sold as Celphos and Quickphos to protect stored wheat "
     "from weevils, release phosphine gas when they meet moisture, and there is no antidote. "
     "In Punjab they were the commonest means of fatal self-poisoning, and families have "
     "died after fumigating grain inside their homes. The case study describes the hospital "
     "records, the restriction of sales to licensed fumigation operators and the replacement "
     "of household tablets by hermetic storage bags.",
     ("aluminium phosphide", "phosphine", "pesticide poisoning", "fumigants",
      "grain storage"), ("IN",), "2021"),
    ("bd11", "document", "fr",
     "Fumigation des stocks de céréales au phosphure d'aluminium : consignes pour les "
     "gestionnaires de banques de céréales",
     "Les comprimés de phosphure d'aluminium (Phostoxin et produits génériques) protègent le "
     "mil, le sorgho et le niébé stockés contre les charançons, mais le gaz qu'ils libèrent, "
     "la phosphine, est mortel. La fiche, destinée aux magasiniers des banques de céréales "
     "du Mali, explique la bâche étanche, la dose par tonne, le délai d'aération, "
     "l'interdiction de fumiger près des habitations et la conduite à tenir en cas "
     "d'intoxication.",
     ("phosphure d'aluminium", "fumigation", "stockage des céréales", "pesticides",
      "sécurité au travail"), ("ML",), "2020"),
    ("bd12", "need", "es",
     "Necesidad: reducir las intoxicaciones por pastillas de fosfuro de aluminio en Guatemala",
     "El centro de información toxicológica de Guatemala solicita apoyo para registrar los "
     "casos de intoxicación por fosfuro de aluminio, las 'pastillas' que se venden sueltas "
     "en los agroservicios para curar el maíz y el frijol almacenados y que liberan fosfina, "
     "capacitar a los médicos de los hospitales departamentales y proponer restricciones a "
     "la venta al menudeo.",
     ("fosfuro de aluminio", "intoxicaciones", "plaguicidas", "fumigantes",
      "centros toxicológicos"), ("GT",), "2023-11"),
    # --- lead glazes in traditional pottery --------------------------------------------------
    ("bd13", "document", "en",
     "Lead-free glazes for traditional potters: a practical guide",
     "Many small potteries still glaze cooking pots and serving dishes with litharge or "
     "other lead oxide, which melts at the low temperatures of wood-fired kilns; acidic "
     "foods and drinks then leach lead from the glaze. Drawing on work with potters in "
     "Chulucanas and the highlands of Peru, the guide describes lead-free frits and boron "
     "glazes, kiln changes to reach higher temperatures, simple lead tests for finished "
     "ware and labels for decorative pieces not meant for food.",
     ("lead", "pottery", "ceramic glazes", "lead poisoning", "artisanal production"),
     ("PE",), "2022"),
    ("bd14", "case-study", "fr",
     "Poteries vernissées au plomb : contrôles des tajines et de la vaisselle artisanale au "
     "Maroc",
     "Les tajines, plats et pots vernissés des ateliers de Safi et de Fès sont souvent "
     "recouverts d'un vernis à base d'oxyde de plomb cuit à basse température. L'étude de "
     "cas présente les analyses de migration du plomb dans les aliments acides, les "
     "campagnes d'information aux consommateurs, et l'accompagnement des potiers vers des "
     "émaux sans plomb et des fours à gaz.",
     ("plomb", "poterie", "vaisselle", "sécurité sanitaire des aliments", "artisanat"),
     ("MA",), "2023"),
    ("bd15", "project", "es",
     "Barro sin plomo: alfareros de Michoacán dejan la greta",
     "En las comunidades alfareras de Michoacán y de Puebla el barro vidriado se sigue "
     "cubriendo con greta, un esmalte de óxido de plomo que se funde en hornos de leña. El "
     "proyecto entrega esmaltes libres de plomo, construye hornos de alta temperatura, "
     "certifica las piezas sin plomo, mide el plomo en sangre de los niños de las familias "
     "alfareras y abre mercados en las ciudades de México.",
     ("plomo", "alfarería", "barro vidriado", "intoxicación por plomo", "artesanías"),
     ("MX",), "2021"),
    # --- phosphogypsum -----------------------------------------------------------------------
    ("bd16", "case-study", "en",
     "The Piney Point phosphogypsum stack leak: acidic water released into Tampa Bay",
     "Phosphogypsum, the by-product left when phosphate rock is treated with sulfuric acid "
     "to make phosphoric acid for fertilizers, is stored in huge stacks in Florida because "
     "it contains radium and cannot simply be used. In 2021 a leak in the liner of a process "
     "water pond at the closed Piney Point plant forced the release of hundreds of millions "
     "of litres of nutrient-rich water into the bay. The case study reviews the emergency "
     "response, the algal blooms that followed and the closure plan for the stack.",
     ("phosphogypsum", "industrial waste", "fertilizer industry", "water pollution",
      "radioactivity"), ("US",), "2022"),
    ("bd17", "need", "fr",
     "Besoin : arrêter les rejets de phosphogypse en mer dans le golfe de Gabès",
     "Le groupe chimique transforme à Gabès le phosphate du bassin minier en acide "
     "phosphorique et rejette depuis les années 1970 des milliers de tonnes de phosphogypse "
     "par jour dans la mer, où les herbiers et les pêcheries ont reculé. Le ministère de "
     "l'environnement de la Tunisie demande une expertise pour choisir un site de stockage "
     "à terre, étudier la valorisation du phosphogypse en plâtre et en remblai routier et "
     "suivre la récupération du golfe.",
     ("phosphogypse", "déchets industriels", "pollution marine", "engrais phosphatés",
      "gestion des déchets"), ("TN",), "2023-06"),
    ("bd18", "project", "es",
     "Restauración de las balsas de fosfoyesos de las marismas del Tinto en Huelva",
     "Durante cuatro décadas las fábricas de ácido fosfórico vertieron fosfoyesos sobre las "
     "marismas del río Tinto, junto a la ciudad de Huelva, hasta formar balsas de más de "
     "mil hectáreas. El proyecto de cierre cubre las balsas, capta los lixiviados ácidos, "
     "mide la radiactividad natural (radio-226) y el radón, y discute con los vecinos el "
     "futuro uso de la zona.",
     ("fosfoyesos", "residuos industriales", "suelos contaminados", "radiactividad",
      "restauración de humedales"), ("ES",), "2020"),
    # --- genetically modified (Bt) cowpea ----------------------------------------------------
    ("bd19", "document", "en",
     "Decision on pod-borer resistant Bt cowpea for commercial release in Nigeria",
     "Summary of the risk assessment and decision of Nigeria's biosafety agency on cowpea "
     "(beans, black-eyed pea) modified with a Bt gene to resist the Maruca pod borer, which "
     "destroys flowers and pods and forces farmers to spray insecticide many times a "
     "season. The decision approves the variety for cultivation and food and feed use, with "
     "conditions on refuges of conventional cowpea and on the monitoring of resistance in "
     "the pest.",
     ("Bt cowpea", "genetically modified crops", "risk assessment", "living modified "
      "organisms", "insect resistance"), ("NG",), "2019"),
    ("bd20", "project", "fr",
     "Essais au champ confinés du niébé Bt à Farakoba",
     "Les chercheurs de la station de Farakoba, près de Bobo-Dioulasso, évaluent en essais "
     "confinés des lignées de niébé génétiquement modifié résistantes à la foreuse des "
     "gousses (Maruca vitrata). Le projet décrit l'autorisation de l'agence nationale de "
     "biosécurité, les distances d'isolement, la destruction des résidus de récolte et la "
     "comparaison des rendements sans traitement insecticide avec ceux des variétés "
     "locales.",
     ("niébé", "organismes génétiquement modifiés", "essais confinés", "biosécurité",
      "ravageurs des cultures"), ("BF",), "2021"),
    ("bd21", "case-study", "es",
     "Caupí Bt en Ghana: de los ensayos confinados a la aprobación para su cultivo",
     "Ghana aprobó en 2022 una variedad de caupí (frijol de ojo negro) genéticamente "
     "modificada para resistir al barrenador de las vainas. El estudio de caso recorre diez "
     "años de ensayos confinados en el norte del país, la consulta pública, las dudas de los "
     "comerciantes sobre la exportación de grano a países vecinos y el plan de "
     "seguimiento después de la liberación.",
     ("caupí", "cultivos transgénicos", "organismos vivos modificados", "consulta pública",
      "bioseguridad"), ("GH",), "2023"),
    # --- food aid containing living modified organisms ---------------------------------------
    ("bd22", "case-study", "en",
     "Zambia's refusal of genetically modified maize in food aid during the 2002 drought",
     "In the middle of a severe food shortage, Zambia turned down food aid shipments of "
     "whole maize grain that could contain GM maize, fearing that farmers would plant the "
     "grain and that its exports to Europe would suffer. The case study follows the "
     "scientific mission sent abroad, the debate over offering milled maize meal instead of "
     "grain, and how the episode shaped Zambia's biosafety law.",
     ("food aid", "genetically modified maize", "living modified organisms",
      "food security", "biosafety policy"), ("ZM",), "2018"),
    ("bd23", "need", "fr",
     "Besoin : détecter les OVM dans l'aide alimentaire reçue par le Tchad",
     "Le Tchad reçoit chaque année du maïs, du sorgho et de l'huile de soja au titre de "
     "l'aide alimentaire d'urgence pour les réfugiés et les zones touchées par la "
     "sécheresse. Le point focal national de la biosécurité demande un laboratoire de "
     "dépistage des organismes génétiquement modifiés, une formation des agents des douanes "
     "et un modèle de procédure pour exiger la mouture des grains avant distribution.",
     ("aide alimentaire", "organismes vivants modifiés", "détection des OVM",
      "Protocole de Cartagena", "sécurité alimentaire"), ("TD",), "2024-02"),
    ("bd24", "document", "es",
     "Ayuda alimentaria con granos transgénicos: lineamientos para los donantes y el país "
     "receptor",
     "A raíz de la ayuda alimentaria que llegó a Bolivia con soya y maíz genéticamente "
     "modificados sin aviso previo, el documento propone que los donantes informen si los "
     "granos pueden contener organismos vivos modificados, que el país receptor pueda pedir "
     "que se entreguen molidos o como harina y que los envíos lleven la documentación "
     "prevista por el Protocolo de Cartagena.",
     ("ayuda alimentaria", "transgénicos", "organismos vivos modificados",
      "movimientos transfronterizos", "etiquetado"), ("BO",), "2019"),
    # --- electronic CITES permits ------------------------------------------------------------
    ("bd25", "project", "en",
     "Moving CITES permits online: Sri Lanka's electronic permitting system",
     "Traders in Sri Lanka used to carry paper CITES permits between the wildlife "
     "department, the management authority and customs. The project set up an electronic "
     "permitting system (eCITES) in which exporters of live ornamental fish, orchids and "
     "reptile skins apply online, the scientific authority gives its advice on screen, and "
     "customs checks the permit against the shipment through the national single window.",
     ("electronic permits", "CITES", "customs", "wildlife trade", "e-government"),
     ("LK",), "2022"),
    ("bd26", "need", "fr",
     "Besoin : passer aux permis CITES électroniques à Madagascar",
     "L'organe de gestion CITES de Madagascar délivre chaque année des milliers de permis "
     "papier pour les reptiles, les plantes succulentes et les produits de la mer, et "
     "découvre régulièrement des permis falsifiés. Il demande un appui pour installer un "
     "système de permis électroniques, le relier aux douanes et à l'échange de permis avec "
     "les pays importateurs, et former son personnel.",
     ("permis électroniques", "CITES", "commerce des espèces sauvages", "douanes",
      "fraude documentaire"), ("MG",), "2023-08"),
    ("bd27", "support-source", "es",
     "Oferta: asistencia técnica para implantar permisos CITES electrónicos",
     "Un programa de cooperación ofrece a las autoridades administrativas CITES de Bolivia, "
     "Ecuador y Paraguay asistencia para digitalizar la solicitud y emisión de permisos y "
     "certificados, firmar electrónicamente los permisos, conectarlos con la ventanilla "
     "única de comercio exterior y con el intercambio electrónico de información de "
     "permisos entre las Partes.",
     ("permisos electrónicos", "CITES", "creación de capacidad", "aduanas",
      "comercio de vida silvestre"), ("BO", "EC", "PY"), "2024-01"),
    # --- Asian hornet ------------------------------------------------------------------------
    ("bd28", "dataset", "en",
     "Asian hornet sightings and nests reported in southern England, 2016-2024",
     "Confirmed records of the yellow-legged Asian hornet (Vespa velutina), an invasive "
     "predator of honey bees, sent by beekeepers and the public through a smartphone app: "
     "date, place, photograph, whether a nest was found and destroyed, and the tracking "
     "method used. The dataset shows the sharp rise in nests in Kent and along the Channel "
     "coast.",
     ("Asian hornet", "invasive alien species", "honey bees", "citizen science",
      "early detection"), ("GB",), "2024"),
    ("bd29", "document", "fr",
     "Frelon asiatique : guide de piégeage sélectif et de destruction des nids pour les "
     "apiculteurs",
     "Le frelon à pattes jaunes (Vespa velutina), arrivé avec des poteries importées d'Asie, "
     "chasse les abeilles devant les ruches. Le guide explique comment protéger les ruchers "
     "avec des muselières et des pièges sélectifs au printemps, pourquoi les pièges à "
     "appât sucré capturent aussi d'autres insectes, et comment signaler les nids pour "
     "qu'ils soient détruits par un professionnel.",
     ("frelon asiatique", "espèces exotiques envahissantes", "apiculture", "abeilles",
      "lutte contre les espèces envahissantes"), ("FR",), "2022"),
    ("bd30", "project", "es",
     "La avispa asiática en Galicia: red de trampeo y retirada de nidos",
     "La avispa asiática o velutina (Vespa velutina) se ha extendido por toda Galicia y "
     "causa pérdidas a los apicultores. El proyecto coordina a los ayuntamientos y "
     "asociaciones de apicultores en una red de trampeo primaveral de reinas, un teléfono "
     "para avisar de nidos y equipos que los retiran con pértigas e insecticida.",
     ("avispa asiática", "especies exóticas invasoras", "apicultura", "abejas",
      "detección temprana"), ("ES",), "2023"),
)  # fmt: skip
