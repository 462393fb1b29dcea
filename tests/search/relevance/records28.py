"""Clearing-house records of the twenty-eighth judged relevance set
(tests/search/relevance/queries28.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CITES-like trade pages
on tarantulas (Brachypelma, the Mexican red-knee; Poecilotheria; the matoutou falaise of
Martinique; mygales, tarántulas); pesticide pages on the dithiocarbamate fungicide mancozeb
(Dithane, ethylenethiourea); chemical pages on nonylphenol ethoxylates in textile wet
processing and denim laundries (nonylphénol, nonilfenol); Basel-like waste pages on
end-of-life wind turbine blades (pales d'éoliennes, palas de aerogeneradores); Biosafety
Clearing-House pages (a case study, a decision, a need) on GloFish, genetically modified
fluorescent ornamental fish; CBD Clearing-House Mechanism pages on artificial reefs (récifs
artificiels, arrecifes artificiales), on Malaise traps for monitoring insects (pièges Malaise,
trampas Malaise) and on seamounts (monts sous-marins, montes submarinos); occupational health
pages on silicosis (engineered stone, orpaillage, aglomerados de cuarzo); land and water pages
on fog collectors (capteurs de brouillard, atrapanieblas). English, French and Spanish, 10
records each, every topic written once in each language (different countries, projects and
angles, not translations of one text), so that a query in one language has answers in the
others.

None of records.py, records3.py, ..., records27.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (tarantula, mygale, tarántula, spider, araignée, araña,
arachnid, Brachypelma, Poecilotheria, pet trade, animaux de compagnie, mascotas; mancozeb,
mancozèbe, Dithane, maneb, dithiocarbamate, ditiocarbamato, ETU, éthylènethiourée,
etilentiourea, fungicide, fongicide, fungicida, sigatoka, late blight, mildiou, tizón, potato,
pomme de terre, papa; nonylphenol, nonylphénol, nonilfenol, ethoxylate, surfactant,
tensioactif, tensioactivo, detergent, détergent, detergente, endocrine, perturbateur,
disruptor, textile, textil, dyeing, teinture, tintura, denim; wind turbine, éolienne,
aerogenerador, eólico, wind farm, blade, pale, pala, fibreglass, fibre de verre, fibra de
vidrio, composite, resin, résine, resina, cement kiln, cimenterie, cementera, co-processing;
GloFish, zebrafish, poisson-zèbre, pez cebra, Danio, fluorescent, fluorescente, aquarium,
acuario, ornamental fish, poissons d'ornement, peces ornamentales, transgenic fish, GM fish,
poissons génétiquement modifiés, peces transgénicos; artificial reef, récif artificiel,
arrecife artificial, artificial, artificiel, shipwreck, épave, pecio, reef, récif, arrecife,
coral, corail, tyres, pneus, neumáticos; Malaise, trap, piège, trampa, insect, insecte,
insecto, insect decline, déclin des insectes, metabarcoding, métabarcodage, barcode,
código de barras, camera trap; seamount, mont sous-marin, monte submarino, deep sea, grands
fonds, profundidad, orange roughy, hoplostète, reloj anaranjado, trawl, chalut, arrastre,
cold-water coral, high seas, haute mer, alta mar, BBNJ; silicosis, silicose, silica, silice,
sílice, quartz, cuarzo, engineered stone, stone, pierre, piedra, marble, marbre, mármol, dust,
poussière, polvo, lung, poumon, pulmón, occupational, santé au travail, salud laboral; fog,
brouillard, niebla, neblina, camanchaca, garúa, lomas, mist, brume, atrapanieblas, rainwater
harvesting, cosecha de agua, mesh, malla). Candidates found covered were dropped (agarwood,
queen conch, sea cucumbers, glass eels, Prunus africana, vanilla, ginseng, pangolins, shark
fins; chlorpyrifos, carbofuran, methyl bromide, dicofol, chlordecone, neonicotinoids, SCCPs,
HBCD, PFAS, formaldehyde, perchloroethylene (the dry-cleaning pages k28, k29); creosote
sleepers, ghost nets, second-hand clothes, cigarette butts, tyres, used cooking oil, solar
panels; GM mosquitoes, gene drives, GM salmon and tilapia (kept only as the broader "GM
fish"), Bt cowpea, HB4 wheat, GM eucalyptus, golden rice, GM cassava, GM mustard, GM sugarcane,
Bt brinjal; zaï pits, seagrass replanting, coral gardening, biochar, beavers, fish passes,
seed banks; camera traps, DNA barcoding, acoustic monitoring; kelp forests, cenotes and karst,
oases, salt flats; aflatoxins, arsenic, fluoride, cadmium, lead ammunition, asbestos; tree
ferns were set aside because the cloud forest pages name them, aldicarb because the poisoned
bait offer (i24) names it, and temporary ponds because the cane toad project (bg30) is about
them). The nearest are the wildlife trade and seizure pages (v22, r10, r11, o04-o06); the
potato late blight pages (bc10-bc12) and the pesticide residue pages (n10, l09); the
endocrine-disrupting plastic additive pages (w25-w27), the PFOA textile finishing page (q21)
and the dye-house and dry-cleaner pages (k28, k29); the wind farm bird and bat pages (t22-t24),
the tyre co-processing page (q11) and the solar panel pages (u01-u03); the GM fish pages
(t37-t39); the coral nursery pages (t13-t15) and the tyre guidelines (q10-q12); the moth
barcode inventory (bb30), the camera trap pages (be25-be27, z28, z29) and the pollinator
pages (n30, p35, p36); the deep-sea mining and high seas pages (w43, w44, u28-u30); the
asbestos roofing page (q13) and the artisanal gold mining pages; the cloud forest pages
(bg19-bg21) and the mist nets of the bird-ringing need (be30). The golden files name none of
these topics beyond a passing word (molecule and mineral pages that name fungicides,
detergents, thiourea, silicates or coral reefs) and one page whose subjects name an endocrine
disrupter (the isodrin page, judged as the eighth set judged it). No text was copied from
those sites and none comes from demo/generator.py. They are meant to be harvested as
``oai_dc``-like records and enriched with the project thesaurus exactly as the other records
files' are, beside them and the real fixtures' records (tests/mappings/golden/*.json) as one
pool.

Ids (bh01..bh30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30, bg01..bg30), and no earlier id
starts with "bh"; in queries28.tsv they are written without prefix, like theirs, and take the
same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- tarantulas -------------------------------------------------------------------------
    ("bh01", "document", "en",
     "Tarantulas in the pet trade: identifying CITES-listed Brachypelma and Poecilotheria "
     "spiders at the border",
     "Tarantulas are among the most traded invertebrates: thousands of adults and spiderlings "
     "('slings') are shipped each year by air freight and, illegally, in parcels and "
     "suitcases. All Brachypelma species, among them the Mexican red-knee tarantula "
     "(Brachypelma hamorii, long sold as B. smithi) and the relatives since moved to the genus "
     "Tliltocatl, have been in CITES Appendix II since 1994, and the ornamental tree spiders "
     "of India and Sri Lanka (Poecilotheria, including the gooty sapphire, P. metallica) since "
     "2016. The guide shows wildlife inspectors how to recognise the listed genera from the "
     "carapace, legs and abdomen, how to check captive-breeding claims against the size and "
     "number of specimens declared, and how to handle, house and ship seized spiders, which "
     "bite and flick irritating hairs.",
     ("tarantulas", "Brachypelma", "wildlife trade", "CITES", "identification guides"), (),
     "2022"),
    ("bh02", "project", "fr",
     "Le matoutou falaise, mygale endémique de la Martinique : protéger l'espèce des "
     "collecteurs",
     "Le matoutou falaise (Caribena versicolor, autrefois Avicularia versicolor), mygale "
     "arboricole bleue, verte et rouge, ne vit qu'en Martinique, dans les arbres, les cases et "
     "les anfractuosités des falaises du nord de l'île. Très recherchée par les éleveurs de "
     "mygales d'Europe, elle est ramassée et expédiée par colis malgré sa protection par "
     "arrêté. Le projet, mené par le parc naturel régional avec l'office de la biodiversité, "
     "cartographie ses populations, forme les agents des douanes de l'aéroport à la "
     "reconnaître, travaille avec les éleveurs amateurs à un élevage en captivité déclaré et "
     "apprend aux habitants, qui la craignent et la tuent, qu'elle est peu dangereuse.",
     ("mygales", "matoutou falaise", "espèces endémiques", "commerce d'espèces sauvages",
      "braconnage"), ("MQ",), "2021"),
    ("bh03", "need", "es",
     "Necesidad: resguardo de tarántulas decomisadas y estudios de población de Brachypelma "
     "en la costa del Pacífico mexicano",
     "La procuraduría ambiental de México decomisa cada año cientos de tarántulas, sobre todo "
     "tarántulas de rodillas rojas (Brachypelma hamorii y B. smithi) de Colima, Jalisco y "
     "Guerrero, enviadas por paquetería a coleccionistas de Europa y Asia. Se solicita apoyo "
     "para un centro de resguardo con terrarios donde mantener a los ejemplares mientras dura "
     "el procedimiento, para estudios de densidad de madrigueras en las poblaciones silvestres "
     "que sustenten los dictámenes de extracción no perjudicial de la CITES y para registrar "
     "y supervisar las UMA que crían tarántulas para la exportación.",
     ("tarántulas", "Brachypelma", "decomisos", "CITES", "necesidades"), ("MX",), "2023-05"),
    # --- mancozeb ---------------------------------------------------------------------------
    ("bh04", "document", "en",
     "Mancozeb after its withdrawal from the EU market: guidance for Kenya's export vegetable "
     "and flower growers",
     "Mancozeb, the cheap dithiocarbamate fungicide sold as Dithane M-45, Ivory and dozens of "
     "generics and sprayed against fungal leaf diseases of French beans, tomatoes, roses and "
     "many other crops, lost its European approval in 2021 because of its toxicity to "
     "reproduction and that of its breakdown product ethylenethiourea (ETU). With EU residue "
     "limits lowered to the limit of detection, consignments of beans, peas and herbs from "
     "Kenya risk rejection. The guidance sets out the crops and markets affected, the "
     "pre-harvest intervals that smallholder outgrowers must now respect, alternative "
     "fungicides and tolerant varieties, and how sprayers should protect themselves from the "
     "dust when mixing wettable powders.",
     ("mancozeb", "fungicides", "pesticide residues", "export horticulture", "guidance"),
     ("KE",), "2022"),
    ("bh05", "dataset", "fr",
     "Mancozèbe et éthylènethiourée dans l'air des communes viticoles de Gironde, 2019-2022",
     "Concentrations hebdomadaires de mancozèbe, fongicide employé contre le mildiou et le "
     "black-rot de la vigne, de son produit de dégradation, l'éthylènethiourée (ETU), et de "
     "folpel, mesurées de mai à août par des préleveurs d'air installés dans des cours "
     "d'écoles et des jardins de riverains de vignes du Médoc et de l'Entre-deux-Mers, avec "
     "les dates de traitement déclarées par les viticulteurs voisins, la vitesse et la "
     "direction du vent. Les plus fortes valeurs suivent les pulvérisations faites par vent "
     "fort ; les données nourrissent le débat sur les distances de sécurité entre parcelles "
     "traitées et habitations.",
     ("mancozèbe", "fongicides", "qualité de l'air", "viticulture", "riverains"), ("FR",),
     "2023"),
    ("bh06", "project", "es",
     "Menos mancozeb contra la lancha de la papa en el Carchi",
     "En las parroquias paperas del Carchi, en el norte del Ecuador, los agricultores fumigan "
     "la papa hasta doce veces por ciclo con mancozeb y otros fungicidas ditiocarbamatos, a "
     "menudo mezclados con insecticidas en la misma bomba de mochila, contra la lancha o "
     "tizón tardío (Phytophthora infestans), que en semanas de lluvia puede acabar con el "
     "cultivo. Con escuelas de campo de agricultores, el proyecto siembra variedades "
     "resistentes a la lancha, enseña a fumigar sólo cuando el pronóstico de lluvias y la "
     "observación del follaje lo justifican, entrega equipos de protección y registra los "
     "síntomas neurológicos y de la piel de las familias antes y después.",
     ("mancozeb", "fungicidas", "tizón tardío", "papa", "escuelas de campo"), ("EC",),
     "2020"),
    # --- nonylphenol ethoxylates ------------------------------------------------------------
    ("bh07", "project", "en",
     "Replacing nonylphenol ethoxylates in Bangladesh's dyeing and denim washing plants",
     "Nonylphenol ethoxylates (NPEs), cheap surfactants used as detergents, wetting agents and "
     "emulsifiers to scour, dye and wash yarn, fabric and garments, break down in rivers into "
     "nonylphenol, a persistent endocrine disruptor that feminises fish. Effluent from the "
     "wet-processing mills around Dhaka reaches the Buriganga and the Turag, and garments "
     "carrying NPE residues have been barred from the European market since 2021. The project "
     "helps 40 dyeing, printing and denim washing plants in Gazipur and Narayanganj to check "
     "the auxiliaries they buy against a restricted substances list, switch to alcohol "
     "ethoxylates and test their effluent.",
     ("nonylphenol ethoxylates", "textile industry", "endocrine disruptors",
      "chemical substitution", "industrial wastewater"), ("BD",), "2021"),
    ("bh08", "dataset", "fr",
     "Nonylphénols dans les rejets des laveries de jeans et dans la baie de Monastir, "
     "2018-2021",
     "Teneurs en 4-nonylphénol, en octylphénol et en éthoxylates de nonylphénol mesurées dans "
     "les eaux de rejet de vingt laveries et unités de délavage du jean de Ksar Hellal, "
     "Moknine et Monastir, à l'entrée et à la sortie des stations d'épuration, et dans les "
     "sédiments et les moules de la baie de Monastir. Les détergents et adoucissants du "
     "délavage à la pierre ponce et du délavage enzymatique en sont la principale source ; "
     "près des émissaires, les sédiments dépassent les teneurs connues pour perturber la "
     "reproduction des poissons.",
     ("nonylphénol", "perturbateurs endocriniens", "industrie textile",
      "eaux usées industrielles", "sédiments marins"), ("TN",), "2022"),
    ("bh09", "need", "es",
     "Necesidad: análisis de nonilfenol en los efluentes de las lavanderías de mezclilla de "
     "Tehuacán",
     "Las lavanderías que dan a los pantalones de mezclilla su acabado desgastado, con piedra "
     "pómez, enzimas, cloro y detergentes, vierten sus aguas a barrancas y canales de riego "
     "del valle de Tehuacán, en Puebla. La autoridad ambiental del estado solicita un "
     "laboratorio capaz de medir nonilfenol y nonilfenoles etoxilados, disruptores endocrinos "
     "que la norma mexicana aún no limita, capacitación en el muestreo de efluentes y asesoría "
     "para proponer a las lavanderías detergentes sin alquilfenoles.",
     ("nonilfenol", "lavanderías de mezclilla", "aguas residuales industriales",
      "disruptores endocrinos", "necesidades"), ("MX",), "2024-04"),
    # --- wind turbine blades ----------------------------------------------------------------
    ("bh10", "case-study", "en",
     "Buried or burned: what happens to worn-out wind turbine blades in the United States",
     "Wind turbine blades, up to 80 metres long and made of glass fibre or carbon fibre "
     "composite bonded with epoxy resin around balsa wood or foam cores, cannot be melted down "
     "like the steel tower. When the first wind farms of Iowa, Texas and Wyoming were "
     "repowered, thousands of blades were sawn on site into three pieces and trucked to "
     "landfills, such as the municipal landfill of Casper, Wyoming, that agreed to bury them. "
     "The case study compares that with a plant in Missouri that shreds blades into a feed "
     "for cement kilns, replacing coal, sand and clay, with pilot plants pressing boards and "
     "pellets from ground blades, and with thermoplastic blades designed to be recycled.",
     ("wind turbine blades", "composite waste", "landfill", "recycling", "wind energy"),
     ("US",), "2022"),
    ("bh11", "document", "fr",
     "Démantèlement des parcs éoliens : guide pour la gestion des pales en fin de vie",
     "Depuis 2023, les exploitants de parcs éoliens terrestres doivent faire réutiliser ou "
     "recycler une part croissante de la masse des éoliennes démantelées, y compris les pales, "
     "faites d'un composite de fibre de verre et de résine. Le guide destiné aux exploitants "
     "et aux services de l'État décrit le découpage des pales sur site, l'interdiction de leur "
     "mise en décharge, les filières existantes (broyage pour les cimenteries, où la fibre de "
     "verre remplace une partie des matières premières et la résine sert de combustible, "
     "pyrolyse, réemploi en passerelles ou en mobilier urbain), la traçabilité des déchets et "
     "les garanties financières de démantèlement.",
     ("éoliennes", "pales d'éoliennes", "matériaux composites", "recyclage", "guides"),
     ("FR",), "2023"),
    ("bh12", "project", "es",
     "Reciclaje de palas de aerogeneradores en Aragón: de la fibra de vidrio a nuevos "
     "materiales",
     "España tiene más de 20.000 aerogeneradores y, antes de 2030, miles de palas llegarán al "
     "final de su vida útil con la repotenciación de los parques eólicos más antiguos de "
     "Navarra, Aragón y Castilla y León. El proyecto monta en Zaragoza una planta piloto que "
     "tritura las palas, separa por pirólisis la fibra de vidrio y la fibra de carbono de la "
     "resina y las reutiliza en piezas para la construcción y la automoción, y estudia con "
     "los promotores el desmontaje, el transporte de palas de 60 metros y su trazabilidad "
     "para evitar el vertedero.",
     ("palas de aerogeneradores", "energía eólica", "residuos de materiales compuestos",
      "reciclaje", "economía circular"), ("ES",), "2024"),
    # --- GloFish (GM fluorescent ornamental fish) -------------------------------------------
    ("bh13", "case-study", "en",
     "GloFish on the loose: fluorescent GM zebrafish breeding in the streams of south-eastern "
     "Brazil",
     "GloFish, zebrafish (Danio rerio) given a jellyfish or coral gene that makes them glow "
     "red, green or purple, were sold in Brazilian pet shops as ornamental fish although the "
     "national biosafety commission never approved them. Surveys of streams near ornamental "
     "fish farms in the Paraíba do Sul basin, in Minas Gerais and Rio de Janeiro states, "
     "found fluorescent zebrafish reproducing in the wild for several years and feeding on "
     "native invertebrates. The case study looks at how the fish left the farms' ponds, why "
     "they are hard to eradicate, the gaps in the control of the aquarium fish trade and the "
     "first prosecutions under the biosafety law.",
     ("GloFish", "genetically modified fish", "ornamental fish", "living modified organisms",
      "invasive alien species"), ("BR",), "2023"),
    ("bh14", "document", "fr",
     "Décision sur le tétra noir fluorescent GloFish en vertu de la Loi canadienne sur la "
     "protection de l'environnement",
     "Résumé de l'évaluation des risques et de la décision sur l'importation et la vente, "
     "comme poissons d'aquarium, de tétras noirs (Gymnocorymbus ternetzi) génétiquement "
     "modifiés pour produire une protéine fluorescente et vendus sous la marque GloFish, "
     "déclarés comme nouvel organisme vivant. L'évaluation conclut qu'un poisson tropical "
     "échappé ou relâché ne survivrait pas à l'hiver dans les eaux canadiennes ni ne se "
     "croiserait avec une espèce indigène, et que la protéine n'est pas toxique pour les "
     "animaux qui le mangeraient ; l'importation est autorisée, avec une surveillance des "
     "animaleries et un rappel aux aquariophiles de ne jamais vider un aquarium dans la "
     "nature.",
     ("poissons génétiquement modifiés", "GloFish", "poissons d'aquarium",
      "évaluation des risques", "décisions"), ("CA",), "2018"),
    ("bh15", "need", "es",
     "Necesidad: detectar peces ornamentales transgénicos fluorescentes en acuarios e "
     "importaciones de Costa Rica",
     "En tiendas de mascotas y ferias de acuarismo de San José se venden peces cebra, tetras, "
     "barbos y bettas de colores fluorescentes, algunos anunciados como GloFish, aunque nunca "
     "se ha presentado a la comisión técnica nacional de bioseguridad una solicitud para un "
     "organismo vivo modificado de uso ornamental. El servicio nacional de salud animal "
     "solicita capacitación y reactivos para distinguir con luz azul y PCR los peces "
     "transgénicos de los teñidos o inyectados con colorantes, un protocolo de inspección de "
     "las importaciones de peces de acuario y apoyo para advertir a los acuaristas del riesgo "
     "de liberarlos en los ríos.",
     ("peces transgénicos", "peces ornamentales", "organismos vivos modificados",
      "detección de OVM", "necesidades"), ("CR",), "2024-07"),
    # --- artificial reefs -------------------------------------------------------------------
    ("bh16", "case-study", "en",
     "The Osborne tyre reef: cleaning up an artificial reef that failed",
     "In 1972 volunteers, with the blessing of the authorities and a tyre company, dropped "
     "some two million used tyres, bundled with nylon straps and steel clips, onto the sandy "
     "bottom off Fort Lauderdale, Florida, to make an artificial reef for fish. Corals never "
     "settled on the tyres; as the straps rotted, storms rolled the loose tyres onto the "
     "natural reef nearby, crushing corals, and washed them onto beaches. The case study "
     "follows the removal of hundreds of thousands of tyres by military divers and "
     "contractors since 2007, its cost, and the lessons for artificial reef programmes: use "
     "only clean, heavy and stable materials such as purpose-built concrete modules and "
     "properly cleaned ships, anchor and monitor them, and never dump waste in the name of "
     "habitat.",
     ("artificial reefs", "used tyres", "coral reefs", "marine pollution", "lessons learned"),
     ("US",), "2019"),
    ("bh17", "project", "fr",
     "Récifs artificiels pour la pêche artisanale sur la Petite-Côte du Sénégal",
     "Face à la raréfaction du poisson et au chalutage illégal près des côtes, les comités "
     "locaux de pêche artisanale de Bargny, Yenne et Mbour ont immergé, avec l'appui de "
     "l'État et de la coopération japonaise, des modules en béton percés de cavités par "
     "quinze à vingt mètres de fond. Les récifs artificiels abritent les juvéniles de mérous, "
     "de dorades et de langoustes, et leurs blocs empêchent les chalutiers de passer. Le "
     "projet suit en plongée la colonisation des modules par les algues, les éponges et les "
     "poissons, ainsi que les captures des pirogues, et appuie les règles adoptées par les "
     "comités autour des récifs (zones de repos biologique, tailles minimales).",
     ("récifs artificiels", "pêche artisanale", "cogestion des pêches", "habitats marins",
      "repos biologique"), ("SN",), "2020"),
    ("bh18", "document", "es",
     "Hundimiento de buques como arrecifes artificiales: guía para la costa de Chubut",
     "En el golfo Nuevo, frente a Puerto Madryn, varios pesqueros decomisados fueron hundidos "
     "a propósito para formar arrecifes artificiales que hoy atraen a buzos y a peces como el "
     "mero y el salmón de mar. La guía de la autoridad ambiental de la provincia fija los "
     "pasos previos al hundimiento de un buque: inventario y retiro de combustibles, aceites, "
     "pinturas antiincrustantes y materiales peligrosos, apertura de puertas y mamparos que "
     "podrían atrapar a los buzos, estudio del fondo, permisos conforme al Protocolo de "
     "Londres y seguimiento de la colonización por invertebrados y peces.",
     ("arrecifes artificiales", "buques", "buceo recreativo", "contaminación marina",
      "guías"), ("AR",), "2021"),
    # --- Malaise traps ----------------------------------------------------------------------
    ("bh19", "dataset", "en",
     "Flying insect biomass from standardised Malaise traps in German nature reserves, "
     "1989-2016",
     "Total biomass of flying insects caught in Malaise traps, tent-like traps of black and "
     "white mesh that guide insects up into a bottle of alcohol, set at 63 sites in protected "
     "areas of North Rhine-Westphalia, Rhineland-Palatinate and Brandenburg by an "
     "entomological society, with trapping dates, habitat and weather. Emptied weekly from "
     "spring to autumn and weighed, the catches fell by about three quarters in 27 years, "
     "inside reserves and whatever the habitat or the weather: the series behind the alarm "
     "over an 'insect decline' and the start of national insect monitoring programmes.",
     ("Malaise traps", "insect monitoring", "insect decline", "protected areas",
      "flying insects"), ("DE",), "2017"),
    ("bh20", "event", "fr",
     "Formation : échantillonner les insectes au piège Malaise et préparer les échantillons "
     "pour le métabarcodage, Antananarivo",
     "Formation de deux semaines pour les agents des aires protégées, les étudiants et les "
     "techniciens des parcs de Madagascar : montage et orientation des pièges Malaise en "
     "lisière et en sous-bois, collecte hebdomadaire dans l'éthanol, tri des grands ordres "
     "(diptères, hyménoptères, coléoptères, lépidoptères), conservation au froid, préparation "
     "des échantillons en vrac pour le métabarcodage de l'ADN et saisie des données. Les "
     "participants installeront ensuite des pièges dans les parcs nationaux de Ranomafana, "
     "d'Andasibe-Mantadia et d'Ankarafantsika pour un suivi national de la diversité des "
     "insectes.",
     ("pièges Malaise", "suivi des insectes", "métabarcodage", "aires protégées",
      "formation"), ("MG",), "2024"),
    ("bh21", "project", "es",
     "Trampas Malaise en paisajes cafeteros: cuántos insectos quedan entre cafetales, "
     "potreros y bosque",
     "El proyecto instala trampas Malaise en fragmentos de bosque andino, cafetales con "
     "sombrío, cafetales a libre exposición y potreros de Caldas y Risaralda, en Colombia, y "
     "las vacía cada dos semanas durante dos años. Mide la biomasa de insectos voladores "
     "capturados, identifica abejas, moscas de las flores y avispas parasitoides, que "
     "polinizan los cultivos y controlan plagas, y secuencia muestras por metabarcodificación. "
     "Los resultados, comparados con los plaguicidas que usa cada finca, orientan a los "
     "caficultores sobre cercas vivas y franjas de bosque.",
     ("trampas Malaise", "monitoreo de insectos", "polinizadores", "café",
      "paisajes agrícolas"), ("CO",), "2023"),
    # --- seamounts --------------------------------------------------------------------------
    ("bh22", "document", "en",
     "Seamounts and bottom trawling: protecting deep-sea corals on the Chatham Rise and the "
     "Louisville Ridge",
     "Seamounts, underwater mountains rising a thousand metres or more from the ocean floor, "
     "concentrate currents and food and host slow-growing stony corals, sponges and "
     "long-lived fish such as orange roughy (Hoplostethus atlanticus) and oreos. Bottom "
     "trawling for orange roughy on the seamounts east of New Zealand, in its waters and on "
     "the high seas of the South Pacific, has stripped coral thickets that will take "
     "centuries to grow back. The briefing sets out the seamounts closed to trawling, the "
     "move-on rule applied when a net brings up more than a set weight of coral, the regional "
     "fisheries management organisation's bottom fishing measures and the mapping needed to "
     "identify vulnerable marine ecosystems.",
     ("seamounts", "bottom trawling", "deep-sea corals", "orange roughy",
      "vulnerable marine ecosystems"), ("NZ",), "2022"),
    ("bh23", "project", "fr",
     "Explorer les monts sous-marins du parc naturel de la mer de Corail",
     "La Nouvelle-Calédonie compte des dizaines de monts sous-marins, dont certains "
     "culminent à quelques dizaines de mètres de la surface, au sud de la Grande Terre et sur "
     "les rides de Lord Howe et de Norfolk. Le projet mène des campagnes océanographiques avec "
     "des robots sous-marins et des caméras tractées pour inventorier leurs coraux, éponges, "
     "poissons et requins, cartographie leurs sommets au sondeur multifaisceau et propose des "
     "réserves intégrales pour le plan de gestion du parc naturel de la mer de Corail, où la "
     "pêche profonde n'est pas encore pratiquée.",
     ("monts sous-marins", "écosystèmes profonds", "aires marines protégées",
      "campagnes océanographiques", "biodiversité marine"), ("NC",), "2021"),
    ("bh24", "need", "es",
     "Necesidad: caracterizar los montes submarinos de las cordilleras de Salas y Gómez y de "
     "Nazca",
     "Las cordilleras de Salas y Gómez y de Nazca, cadenas de volcanes submarinos entre Rapa "
     "Nui y el continente, reúnen en sus montes submarinos langostas, corales negros y peces "
     "que no existen en otro lugar; en los de Juan Fernández está cerrada la pesca del reloj "
     "anaranjado. Chile protege parte de ellos en los parques marinos Nazca-Desventuradas y "
     "Motu Motiro Hiva, pero gran parte de las cordilleras está en alta mar. La subsecretaría "
     "de pesca solicita tiempo de buque con un vehículo operado a distancia, taxónomos de "
     "invertebrados de profundidad y apoyo para preparar la propuesta de un área marina "
     "protegida en alta mar conforme al nuevo acuerdo sobre la biodiversidad fuera de la "
     "jurisdicción nacional.",
     ("montes submarinos", "ecosistemas de profundidad", "áreas marinas protegidas",
      "alta mar", "necesidades"), ("CL",), "2024-01"),
    # --- silicosis --------------------------------------------------------------------------
    ("bh25", "case-study", "en",
     "Banning engineered stone: how Australia responded to silicosis among benchtop workers",
     "Engineered stone, the quartz agglomerate sold for kitchen benchtops under brands such "
     "as Caesarstone and Silestone, contains 90 per cent or more crystalline silica, far more "
     "than granite or marble. Cutting and polishing slabs dry, without water or extraction, "
     "raises a fine dust that has given accelerated silicosis, an incurable scarring of the "
     "lungs, to hundreds of young stonemasons; screening in Queensland in 2019 found about one "
     "worker in four affected, some needing lung transplants in their thirties. The case study "
     "follows the screening programme, the workplace exposure standard halved to "
     "0.05 mg/m³, the ban on using and importing engineered stone from July 2024, the first in "
     "the world, and the support given to sick workers.",
     ("silicosis", "engineered stone", "crystalline silica", "occupational health", "bans"),
     ("AU",), "2024"),
    ("bh26", "need", "fr",
     "Besoin : dépister la silicose et la tuberculose chez les orpailleurs du Burkina Faso",
     "Sur les sites d'orpaillage du Centre-Nord et du Sud-Ouest, hommes, femmes et "
     "adolescents concassent et broient à sec le minerai de quartz aurifère, au mortier ou au "
     "moulin, dans un nuage de poussière de silice cristalline, et descendent dans des puits "
     "sans ventilation. Le ministère de la santé demande un appui pour équiper deux unités de "
     "radiographie mobiles, former les médecins à la lecture des clichés selon la "
     "classification du BIT pour la silicose, dépister en même temps la tuberculose, plus "
     "fréquente chez les mineurs silicotiques, et introduire le broyage humide et le port de "
     "masques sur les sites.",
     ("silicose", "orpaillage", "tuberculose", "santé au travail", "besoins"), ("BF",),
     "2023-10"),
    ("bh27", "document", "es",
     "Silicosis en marmolistas: guía de prevención para los talleres que cortan aglomerados "
     "de cuarzo",
     "Desde 2009 los servicios de neumología de Cádiz, Sevilla y la Comunidad Valenciana "
     "diagnostican silicosis, a menudo acelerada, en trabajadores jóvenes de marmolerías que "
     "cortan y pulen encimeras de cocina de cuarzo artificial o piedra compacta, un aglomerado "
     "con más del 90 % de sílice cristalina. La guía del instituto nacional de seguridad y "
     "salud en el trabajo explica el corte con agua, la aspiración localizada en las "
     "herramientas, la limpieza sin barrer en seco ni soplar con aire comprimido, la "
     "protección respiratoria, la vigilancia médica con radiografía y espirometría y el "
     "reconocimiento de la silicosis como enfermedad profesional.",
     ("silicosis", "aglomerados de cuarzo", "sílice cristalina", "salud laboral", "guías"),
     ("ES",), "2022"),
    # --- fog collectors ---------------------------------------------------------------------
    ("bh28", "support-source", "en",
     "Offer: fog collectors, mesh and training for communities in foggy drylands",
     "A non-profit that has built fog collection systems on four continents offers "
     "communities, schools and protected-area managers in dry coastal and mountain areas "
     "with frequent fog the loan of a standard fog collector, a one-square-metre test panel "
     "that measures for a year how much water the fog can give; then design advice, durable "
     "three-dimensional mesh for large fog collectors, and training of local caretakers in "
     "mending nets, cleaning gutters and tanks and testing the water. Priority goes to "
     "projects that use fog water for drinking and for planting native trees.",
     ("fog collectors", "fog harvesting", "water supply", "drylands", "offers"), (), "2023"),
    ("bh29", "case-study", "fr",
     "L'eau du brouillard sur le mont Boutmezguida : les capteurs de brouillard "
     "d'Aït Baamrane",
     "Dans l'Anti-Atlas, près de Sidi Ifni, le brouillard venu de l'Atlantique couvre les "
     "sommets plus de cent jours par an. Une association marocaine a tendu sur le mont "
     "Boutmezguida de grands filets capteurs de brouillard qui alimentent, par un réseau de "
     "conduites, les robinets de plusieurs douars amazighs et libèrent les femmes et les "
     "filles de longues corvées d'eau. L'étude de cas présente les volumes récoltés, la "
     "qualité de l'eau, les dégâts causés par les vents violents, la gestion par des comités "
     "villageois et le paiement de l'eau.",
     ("capteurs de brouillard", "eau potable", "zones arides",
      "gestion communautaire de l'eau", "femmes"), ("MA",), "2019"),
    ("bh30", "project", "es",
     "Atrapanieblas para reverdecer las lomas de Lima",
     "En los cerros de Villa María del Triunfo y Ate, la neblina invernal del Pacífico y la "
     "garúa hacen brotar cada año las lomas costeras, un ecosistema del desierto con flores y "
     "árboles como la tara y el mito. El proyecto instala atrapanieblas, mallas tensadas "
     "entre postes que condensan la neblina y llenan tanques, para regar plantones nativos en "
     "las laderas degradadas por la expansión urbana y el pastoreo y los huertos de familias "
     "de asentamientos sin agua potable, y mide el agua captada por metro cuadrado de malla y "
     "la supervivencia de los árboles.",
     ("atrapanieblas", "lomas costeras", "restauración ecológica", "captación de agua",
      "desiertos"), ("PE",), "2022"),
)  # fmt: skip
