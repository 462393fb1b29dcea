"""Clearing-house records of the twenty-ninth judged relevance set
(tests/search/relevance/queries29.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CITES-like trade pages
on the tokay gecko (Gekko gecko; gecko tokay, geco tokay), dried for traditional medicine and
sold as pets; pesticide pages on the phenylpyrazole insecticide fipronil (the 2017 egg
contamination, locust control in Madagascar, bee deaths in Colombia); Basel-like waste pages
on slaughterhouse waste (abattoirs, rastros: blood, paunch contents, effluent, biogas);
Biosafety Clearing-House pages (a risk assessment, a workshop, a regulatory decision) on
sprayed double-stranded RNA (dsRNA, RNA interference; ARN interférent, ARN de interferencia);
CBD Clearing-House Mechanism pages on soil bioengineering (génie végétal, bioingeniería de
suelos: vetiver, live stakes, fascines), on dated sediment cores as a monitoring method
(carottes sédimentaires, testigos de sedimento), on inselbergs (granite domes,
savanes-roches, afloramientos graníticos) and on crown-of-thorns starfish outbreaks
(acanthaster, taramea, estrella corona de espinas); chemical-safety and health pages on
paraphenylenediamine (PPD) poisoning and black henna (takaout roumia, henna negra); and
finance pages on biodiversity offsets (compensation écologique, compensaciones de
biodiversidad). English, French and Spanish, 10 records each, every topic written once in
each language (different countries, projects and angles, not translations of one text), so
that a query in one language has answers in the others.

None of records.py, records3.py, ..., records28.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (tokay, Gekko, gecko, geco, reptiles séchés, medicina
tradicional; fipronil, phenylpyrazole, Regent, red mite, poux rouge, eggs, œufs, huevos,
locust, criquet, acridien, langosta, termite, bee, abeille, abeja, Varroa; slaughterhouse,
abattoir, matadero, rastro, camal, blood, sang, sangre, rumen, paunch, panse, biogas, biogaz,
biogás, biodigester, méthanisation, meat, viande, carne; dsRNA, double-stranded, double
brin, doble cadena, RNAi, interference, interférent, interferencia, silencing, ledprona,
Calantha, Colorado potato beetle, doryphore; bioengineering, génie végétal, bioingeniería,
vetiver, vétiver, fascine, fajina, live stake, brush, gabion, check dam, landslide,
glissement, deslizamiento, talud, slope, berge, riverbank, ravine, gully, cárcava, willow,
saule, sauce, erosion control, control de la erosión; sediment core, carotte, carottier,
núcleo, testigo, lead-210, plomb 210, paleo, paléolimnologie; inselberg, granite, granit,
granito, granitic, outcrop, affleurement, afloramiento, rocky, rocheux, rocoso, tepui, lajas,
Mavecure, kopje, dome, dôme, domo; paraphenylenediamine, phénylènediamine,
fenilendiamina, PPD, henna, henné, hair dye, teinture capillaire, tinte, takaout, tattoo,
tatouage, tatuaje; biodiversity offset, offset, compensation, compens-, no net loss, perte
nette, pérdida neta, mitigation hierarchy, éviter réduire compenser, habitat bank;
crown-of-thorns, starfish, sea star, étoile de mer, estrella de mar, Acanthaster, taramea,
corallivore). Candidates found covered were dropped (frankincense, cycads, red coral,
sandalwood, axolotls, seahorses, sturgeon and caviar, saiga, totoaba, rosewood, shea, argan,
cork, vicuña, bushmeat; paraquat, glyphosate, endosulfan, mirex, imidacloprid, tributyltin,
cyanide, chromium; phosphogypsum, red mud, brick kilns, fly ash, spent pot liner, drilling
wastes, mattresses, tailings; GM papaya, GM poplar; wildlife crossings, prescribed and early
dry-season burning (the ranger fire management guide v37 names early dry-season burning),
natural regeneration; citizen science, drones; peatlands, páramo, glaciers, tidal flats (the
horseshoe crab pages' vasières), sargassum; lead-glazed pottery, skin-lightening creams,
methanol, chronic kidney disease of farm workers (the heat and health pages of records8 name it),
turmeric, cyanobacteria; debt-for-nature swaps, conservation trust funds, green bonds;
lionfish (the Colombian pez león page)). The nearest are the wildlife trade and seizure
pages, the geckos of the island rat eradication page and the seahorse pages; the
neonicotinoid and bee pages (records8) and the locust biopesticide and obsolete pesticide
pages (p07, b2); the bamboo restoration pages (ba10-ba12), which plant bamboo on degraded
land and banks; the mercury-contaminated site page (t40) and the Lake Victoria mercury page;
the kohl pages (records27) among cosmetics; the biodiversity finance workshop that names
compensaciones among instruments (m09); the coral nursery and lionfish pages. The golden
files name none of these topics beyond a passing word (molecule pages that name dyes,
insecticides, eggshell thinning or meat). No text was copied from those sites and none comes
from demo/generator.py. They are meant to be harvested as ``oai_dc``-like records and
enriched with the project thesaurus exactly as the other records files' are, beside them and
the real fixtures' records (tests/mappings/golden/*.json) as one pool.

Ids (bi01..bi30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30, bg01..bg30, bh01..bh30), and no
earlier id starts with "bi"; in queries29.tsv they are written without prefix, like theirs,
and take the same ``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- tokay geckos -----------------------------------------------------------------------
    ("bi01", "document", "en",
     "Tokay geckos after the CITES Appendix II listing: a guide for wildlife inspectors in "
     "Indonesia",
     "The tokay gecko (Gekko gecko), a large blue-grey lizard with orange spots named after "
     "its loud 'to-kay' call, has been in CITES Appendix II since 2019. Indonesia exports "
     "hundreds of thousands every year, most of them dried, split and pinned flat on bamboo "
     "skewers for traditional Chinese medicine, where they are sold in pairs as a remedy for "
     "asthma and coughs, and others alive for the pet trade. The guide shows inspectors at "
     "the ports of Surabaya and Jakarta how to tell the tokay from other geckos, dried or "
     "alive, how to check consignments against the export quota and the permits of the "
     "collectors in Java and Sulawesi, and how to recognise wild-caught animals declared as "
     "captive-bred.",
     ("tokay gecko", "reptiles", "wildlife trade", "CITES", "traditional medicine"), ("ID",),
     "2021"),
    ("bi02", "project", "fr",
     "Gecko tokay : suivre la collecte pour la pharmacopée dans les provinces du centre du "
     "Laos",
     "Le gecko tokay, gros lézard nocturne des maisons et des forêts, est chassé au Laos pour "
     "être séché et vendu aux négociants qui l'exportent vers la Chine et le Vietnam, où il "
     "entre dans des remèdes traditionnels et des alcools de gecko. Depuis une rumeur qui lui "
     "prêtait le pouvoir de guérir le sida, des intermédiaires achètent aussi les plus gros "
     "spécimens vivants à prix d'or. Le projet recense les villages de chasseurs des "
     "provinces de Khammouane et de Bolikhamxay, compte les geckos le long de parcours "
     "nocturnes, aide l'autorité CITES du Laos à fixer un quota d'exportation prudent et "
     "forme les douaniers des postes frontières à reconnaître les envois de reptiles séchés.",
     ("gecko tokay", "reptiles", "commerce d'espèces sauvages", "médecine traditionnelle",
      "CITES"), ("LA",), "2022"),
    ("bi03", "dataset", "es",
     "Decomisos de gecos tokay y otros reptiles desecados en herbolarios y aduanas de España, "
     "2015-2023",
     "Registro de las inspecciones del SEPRONA y del servicio de aduanas en tiendas de "
     "medicina tradicional china, herbolarios y envíos postales de Madrid, Barcelona y "
     "Valencia: especie, número de ejemplares, presentación (gecos tokay o geckos tokay "
     "secos ensartados en varillas de bambú, caballitos de mar, serpientes en alcohol), "
     "documentación CITES aportada y resultado del expediente. Desde la inclusión del geco "
     "tokay (Gekko gecko) en el Apéndice II en 2019, casi todos los lotes decomisados carecían "
     "de permiso de importación.",
     ("geco tokay", "reptiles", "decomisos", "medicina tradicional", "CITES"), ("ES",),
     "2024"),
    # --- fipronil ---------------------------------------------------------------------------
    ("bi04", "case-study", "en",
     "Fipronil in eggs: how a red mite cleaning product contaminated laying hens in 2017",
     "In the summer of 2017 fipronil, a phenylpyrazole insecticide authorised in Europe for "
     "flea and tick treatments of pets but banned on food-producing animals, was found in "
     "eggs from Dutch and Belgian poultry farms. A cleaning firm had mixed it into a "
     "eucalyptus-based product sprayed in henhouses against poultry red mite. Millions of "
     "eggs and egg products were withdrawn from shops in more than 40 countries through the "
     "EU rapid alert system for food and feed, and some 180 farms were blocked. The case "
     "study traces how the contamination was detected, how the residue limits and the risk "
     "for children were assessed and what was changed in the control of biocides used on "
     "farms.",
     ("fipronil", "insecticides", "pesticide residues", "food safety", "poultry"),
     ("NL", "BE"), "2019"),
    ("bi05", "case-study", "fr",
     "Le fipronil dans la lutte antiacridienne à Madagascar : effets sur la faune non cible",
     "Pendant des années, les campagnes contre le criquet migrateur malgache ont traité en "
     "barrières, à ultra-bas volume, des milliers d'hectares de savanes du sud-ouest avec du "
     "fipronil, insecticide de la famille des phénylpyrazoles très efficace à faible dose. "
     "Les suivis ont montré de fortes baisses des termites, qui recyclent la matière "
     "organique des sols, des fourmis et des lézards et oiseaux insectivores qui s'en "
     "nourrissent, dont des espèces endémiques. L'étude de cas décrit ces suivis, la décision "
     "de réserver le fipronil aux foyers grégaires et le passage progressif aux régulateurs "
     "de croissance et aux biopesticides à base de champignons.",
     ("fipronil", "criquets", "insecticides", "faune non cible", "termites"), ("MG",),
     "2018"),
    ("bi06", "need", "es",
     "Necesidad: laboratorio y monitoreo de fipronil tras la mortandad de abejas en el Huila "
     "y el Tolima",
     "Entre 2017 y 2019 los apicultores del Huila y el Tolima perdieron miles de colmenas; "
     "los análisis de abejas muertas apuntaron al fipronil, insecticida aplicado en cultivos "
     "de cítricos, aguacate, café y arroz, lo que llevó al ICA a restringir su uso. Las "
     "asociaciones de apicultores y la autoridad ambiental regional solicitan apoyo para un "
     "laboratorio capaz de medir fipronil y sus metabolitos (fipronil sulfona) en abejas, "
     "cera y polen, un protocolo para reportar las mortandades y capacitación de los "
     "agricultores en aplicaciones fuera de la floración.",
     ("fipronil", "abejas", "apicultura", "plaguicidas", "necesidades"), ("CO",), "2023-03"),
    # --- slaughterhouse waste ---------------------------------------------------------------
    ("bi07", "project", "en",
     "From blood and paunch contents to biogas: cleaning up the Dagoretti slaughterhouses",
     "The slaughterhouses of Dagoretti, on the western edge of Nairobi, kill thousands of "
     "cattle, goats and sheep a week and have long let blood, rumen contents, manure and "
     "washing water run into the Nairobi River tributaries, while hides, horns and offal "
     "rot on open dumps. The project builds blood collection troughs, screens and grease "
     "traps, feeds paunch manure and blood to a biogas digester whose gas heats the scalding "
     "water, composts the digestate for nearby farms and trains butchers and the county "
     "public health officers in abattoir hygiene and effluent monitoring.",
     ("slaughterhouses", "abattoir waste", "biogas", "industrial wastewater", "meat industry"),
     ("KE",), "2021"),
    ("bi08", "case-study", "fr",
     "Les rejets de l'abattoir de Dakar dans la baie de Hann",
     "Principal abattoir du Sénégal, l'abattoir de Dakar rejetait sans traitement, par le "
     "canal qui longe la zone industrielle, le sang, les contenus de panse, les graisses et "
     "les eaux de lavage des carcasses de bovins, d'ovins et de caprins, qui s'ajoutaient aux "
     "effluents des usines dans la baie de Hann. L'étude de cas retrace la séparation du sang "
     "pour en faire une farine destinée à l'alimentation animale, le compostage des matières "
     "stercoraires avec les déchets verts, la construction d'une station de prétraitement et "
     "le suivi de la qualité de l'eau de la baie, où la pêche et la baignade avaient reculé.",
     ("abattoirs", "déchets d'abattoir", "eaux usées industrielles", "pollution marine",
      "compostage"), ("SN",), "2020"),
    ("bi09", "document", "es",
     "Guía para el manejo de residuos sólidos y aguas residuales de rastros municipales",
     "Los rastros municipales, en muchos municipios pequeños simples naves donde se sacrifica "
     "ganado bovino y porcino, vierten la sangre, el contenido ruminal, el estiércol, las "
     "vísceras decomisadas y las aguas de lavado al drenaje o a los arroyos, y atraen perros "
     "y fauna nociva. La guía, preparada para los municipios mexicanos, explica cómo recoger "
     "y aprovechar la sangre, compostar el contenido ruminal y el estiércol, tratar las aguas "
     "en lagunas o biodigestores, disponer de los decomisos en fosas sanitarias y cumplir "
     "los límites de descarga, con costos para rastros de distintos tamaños.",
     ("rastros", "residuos de mataderos", "aguas residuales", "biodigestores",
      "gestión municipal de residuos"), ("MX",), "2022"),
    # --- sprayed dsRNA (RNA interference) ---------------------------------------------------
    ("bi10", "document", "en",
     "Risk assessment of a sprayed double-stranded RNA insecticide against the Colorado "
     "potato beetle",
     "Ledprona, sold as Calantha, is the first sprayable insecticide whose active ingredient "
     "is a double-stranded RNA (dsRNA): eaten by Colorado potato beetle larvae on potato "
     "leaves, it switches off, by RNA interference (RNAi), a gene the beetle needs to make "
     "proteins. The assessment, prepared for the registration of the product in the United "
     "States in 2023, reviews the sequence matches with genes of non-target organisms, tests "
     "on lady beetles, honey bees, earthworms and aquatic invertebrates, the breakdown of "
     "dsRNA in soil and water within days, and the risk that beetles become resistant. It "
     "also notes that a dsRNA sprayed on a crop does not make a living modified organism.",
     ("RNA interference", "dsRNA", "biopesticides", "risk assessment",
      "Colorado potato beetle"), ("US",), "2023"),
    ("bi11", "event", "fr",
     "Atelier : l'ARN interférent appliqué par pulvérisation ou dans la nourriture des "
     "abeilles, quelle évaluation des risques ?",
     "Des produits à base d'ARN double brin (ARNdb) appliqués sur les plantes, les sols ou "
     "donnés aux ruches dans un sirop, qui réduisent par interférence ARN l'expression d'un "
     "gène d'un ravageur, d'un champignon ou du varroa, arrivent sur le marché sans "
     "modification génétique des organismes traités. L'atelier réunit à Québec évaluateurs, "
     "chercheurs et apiculteurs pour discuter de leur statut réglementaire (pesticide ou "
     "organisme génétiquement modifié), des essais à exiger sur les abeilles et les autres "
     "organismes non cibles, de la persistance de l'ARNdb dans l'environnement et de "
     "l'information du public.",
     ("ARN interférent", "ARN double brin", "évaluation des risques", "varroa",
      "biosécurité"), ("CA",), "2024-10"),
    ("bi12", "document", "es",
     "Resolución de la instancia de consulta previa sobre un producto de ARN de doble cadena "
     "de aplicación foliar",
     "Una empresa consultó a la autoridad de biotecnología agropecuaria de la Argentina si "
     "un fungicida a base de ARN de doble cadena (ARNdc), pulverizado sobre las hojas de la "
     "soja para silenciar, por ARN de interferencia, genes del hongo que causa la mancha "
     "ojo de rana, debía evaluarse como organismo genéticamente modificado. La resolución "
     "concluye que el producto, que no contiene organismos vivos ni material capaz de "
     "replicarse, no es un OGM, y lo remite al registro de fitosanitarios, con la "
     "recomendación de evaluar efectos sobre organismos no blanco y la degradación del ARN "
     "en el suelo.",
     ("ARN de interferencia", "ARN de doble cadena", "bioseguridad", "fungicidas",
      "marco regulatorio"), ("AR",), "2022"),
    # --- soil bioengineering ----------------------------------------------------------------
    ("bi13", "project", "en",
     "Bioengineering to stabilise roadside slopes on Nepal's mountain roads",
     "Every monsoon, landslides and slope failures cut the new rural roads of Nepal's hills. "
     "Along district roads in Gandaki Province, the project replaces part of the concrete "
     "and gabion walls with soil bioengineering: live plants used as building materials, "
     "alone or with small civil works. Road crews plant vetiver and broom grass in lines "
     "across the cut slopes, lay brush layers and fascines of live cuttings, build live "
     "check dams in gullies and plant bamboo and shrubs that root from cuttings. The "
     "project trains engineers and local user groups, whose nurseries supply the plants, "
     "and compares the cost and failure rate of treated and untreated slopes.",
     ("soil bioengineering", "slope stabilisation", "landslides", "erosion control", "roads"),
     ("NP",), "2021"),
    ("bi14", "document", "fr",
     "Guide de génie végétal pour stabiliser les berges et les ravines en Haïti",
     "Dans le bassin de la Grande Rivière du Nord, les ravines creusées dans les versants "
     "déboisés emportent la terre des jardins et ensablent la rivière. Le guide présente les "
     "techniques de génie végétal adaptées au pays : seuils de pierres sèches végétalisés, "
     "fascines et clayonnages de boutures vivantes de gliricidia et de bambou, plantation "
     "de vétiver en courbes de niveau, boutures de saule et de figuier sur les berges, "
     "tressage de branches pour tenir les talus. Chaque fiche donne la saison de mise en "
     "place, le matériel, le coût, l'entretien et les erreurs à éviter.",
     ("génie végétal", "érosion des sols", "ravines", "berges", "lignes directrices"),
     ("HT",), "2019"),
    ("bi15", "case-study", "es",
     "Barreras de vetiver y estacas vivas: bioingeniería de suelos en las laderas de Alta "
     "Verapaz",
     "Tras las tormentas Eta e Iota de 2020, que provocaron deslizamientos en cientos de "
     "laderas de Alta Verapaz, comunidades q'eqchi' y la municipalidad estabilizaron taludes "
     "de caminos y parcelas con bioingeniería de suelos: barreras vivas de vetiver en curvas "
     "a nivel, estacas vivas de pito y madrecacao, fajinas y trinchos vivos en las cárcavas y "
     "revegetación con especies nativas. El estudio de caso compara la erosión, los "
     "deslizamientos y el costo en laderas tratadas y sin tratar durante tres inviernos.",
     ("bioingeniería de suelos", "vetiver", "deslizamientos", "control de la erosión",
      "laderas"), ("GT",), "2024"),
    # --- sediment cores ---------------------------------------------------------------------
    ("bi16", "dataset", "en",
     "Mercury in dated lake sediment cores from the Canadian Arctic, 1850-2020",
     "Mercury concentrations and fluxes, organic carbon and lead-210 and caesium-137 ages "
     "for slices of 40 sediment cores taken through the ice of lakes in Nunavut and the "
     "Northwest Territories. The cores record the rise of mercury deposition from the "
     "pre-industrial background to its peak in the late twentieth century and, in some "
     "lakes, a decline since; they serve as long-term records for the effectiveness "
     "evaluation of the Minamata Convention, alongside air and biota monitoring.",
     ("sediment cores", "mercury", "lakes", "Arctic", "Minamata Convention"), ("CA",),
     "2022"),
    ("bi17", "project", "fr",
     "Carottes sédimentaires du lac du Bourget : un siècle de PCB, de plomb et de pesticides",
     "Les sédiments du fond du lac du Bourget, en Savoie, se sont déposés couche après "
     "couche, sans être remaniés, depuis plus d'un siècle. Le projet prélève des carottes "
     "sédimentaires au carottier gravitaire, les date par le plomb 210 et le césium 137 et y "
     "mesure PCB, dioxines, plomb, mercure et pesticides organochlorés, pour reconstituer "
     "l'histoire des apports du bassin versant et vérifier si les interdictions des années "
     "1970 et 1980 ont fait baisser les teneurs. Les résultats servent aussi à comparer le "
     "lac à ceux du Léman et d'Annecy.",
     ("carottes sédimentaires", "PCB", "lacs", "polluants organiques persistants",
      "paléolimnologie"), ("FR",), "2021"),
    ("bi18", "need", "es",
     "Necesidad: datación de testigos de sedimento para reconstruir la contaminación minera "
     "del lago Junín",
     "El lago Junín, en los Andes centrales del Perú, recibe desde hace un siglo los relaves "
     "y aguas ácidas de las minas y fundiciones de Cerro de Pasco a través del río San Juan. "
     "La autoridad del agua y una universidad regional han extraído testigos de sedimento "
     "(núcleos sedimentarios) de la bahía norte y solicitan apoyo para datarlos con plomo-210 "
     "en un laboratorio acreditado, medir metales como plomo, zinc, cobre y arsénico por "
     "capas y formar a dos investigadores en paleolimnología, para fijar los niveles de "
     "fondo y las metas de remediación.",
     ("testigos de sedimento", "metales pesados", "minería", "lagos", "necesidades"),
     ("PE",), "2024-01"),
    # --- inselbergs -------------------------------------------------------------------------
    ("bi19", "project", "en",
     "Inselbergs of the Matobo Hills: protecting the plants of Zimbabwe's granite domes",
     "The bare granite domes, whalebacks and balancing rocks of the Matobo Hills rise from "
     "the surrounding woodland like islands. Their thin soils, rock pools and crevices shelter "
     "resurrection plants that dry out and revive with the rains, aloes, orchids and endemic "
     "succulents, as well as rock hyraxes and black eagles. The project surveys the flora of "
     "30 inselbergs, fences seepage areas against goats and cattle, works with local "
     "councils to keep granite quarrying off the richest domes and trains custodians to "
     "stop the collection of succulents for the horticultural trade.",
     ("inselbergs", "rock outcrops", "endemic plants", "succulents", "protected areas"),
     ("ZW",), "2021"),
    ("bi20", "case-study", "fr",
     "Les inselbergs de Guyane : gérer la fréquentation des savanes-roches",
     "Les inselbergs, dômes de granite qui émergent de la forêt amazonienne, portent en "
     "Guyane des savanes-roches : dalles nues, mares temporaires, fourrés de broméliacées, "
     "de cactées et d'orchidées, habitats de grenouilles et de plantes qu'on ne trouve "
     "nulle part ailleurs dans la forêt. La montée des randonneurs sur la roche Nouragues, la "
     "montagne des Nouragues et la roche Bottine, les feux de camp et le piétinement des "
     "tapis de végétation ont abîmé certains sommets. L'étude de cas présente les sentiers "
     "balisés, les zones interdites et le suivi photographique mis en place par la réserve.",
     ("inselbergs", "savanes-roches", "forêts tropicales", "tourisme", "réserves naturelles"),
     ("GF",), "2020"),
    ("bi21", "dataset", "es",
     "Flora de los afloramientos graníticos de los cerros de Mavecure, Guainía",
     "Inventario de plantas vasculares de los tres cerros de Mavecure (Pajarito, Mono y "
     "Mavicure), inselbergs del escudo guayanés a orillas del río Inírida, y de las lajas que "
     "los rodean: 412 especies con coordenadas, hábitat (roca desnuda, charcas, grietas, "
     "bosque de borde), fotografías y ejemplares de herbario, entre ellas la flor de Inírida "
     "(Guacamaya superba), bromelias y velloziáceas endémicas. El conjunto de datos apoya el "
     "plan de manejo del sitio, visitado por turistas y sagrado para los pueblos puinave y "
     "curripaco.",
     ("inselbergs", "afloramientos rocosos", "flora", "inventarios de biodiversidad",
      "pueblos indígenas"), ("CO",), "2023"),
    # --- paraphenylenediamine (black henna, hair dye) ---------------------------------------
    ("bi22", "document", "en",
     "Hair dye poisoning with paraphenylenediamine: guidance for emergency departments in "
     "Sudan",
     "Paraphenylenediamine (PPD), the dye in permanent black hair dyes, is sold in Sudan as "
     "cheap powder or stone and mixed with henna to darken the designs painted on brides' "
     "hands and feet. Swallowed, most often in suicide attempts by young women, it causes "
     "massive swelling of the face, tongue and throat, muscle breakdown and acute kidney "
     "failure, and kills a large share of those poisoned. The guidance covers recognising "
     "PPD poisoning from the chocolate-brown urine and the swollen neck, early "
     "tracheostomy, fluids and dialysis, reporting to the poison centre, and the case for "
     "restricting the sale of loose PPD.",
     ("paraphenylenediamine", "hair dyes", "poisoning", "poison centres", "guidance"),
     ("SD",), "2020"),
    ("bi23", "project", "fr",
     "Takaout roumia : prévenir les intoxications à la paraphénylènediamine au Maroc",
     "Vendue en vrac chez les droguistes et les herboristes des souks sous le nom de takaout "
     "roumia, la paraphénylènediamine (PPD), colorant des teintures capillaires, est ajoutée "
     "au henné pour noircir les cheveux et les tatouages, et avalée dans des tentatives de "
     "suicide. Le centre antipoison et de pharmacovigilance du Maroc enregistre chaque année "
     "des dizaines d'intoxications graves, souvent mortelles. Le projet forme les médecins "
     "des urgences, informe les femmes et les vendeurs sur les dangers du produit et "
     "prépare avec les autorités sanitaires l'interdiction de sa vente libre.",
     ("paraphénylènediamine", "henné", "intoxications", "centres antipoison",
      "produits cosmétiques"), ("MA",), "2021"),
    ("bi24", "case-study", "es",
     "Tatuajes de henna negra en la playa: alergias a la parafenilendiamina en niños",
     "En los paseos marítimos se ofrecen tatuajes temporales de 'henna negra', que no es "
     "henna pura sino una pasta con parafenilendiamina (PPD), el colorante de los tintes de "
     "pelo, a concentraciones muy altas. Los servicios de dermatología de la Comunitat "
     "Valenciana y Andalucía describen niños que, días después, sufrieron ampollas, "
     "dermatitis de contacto y cicatrices con la forma del dibujo y quedaron sensibilizados "
     "de por vida a los tintes capilares y a otros productos. El estudio de caso resume 60 "
     "casos, la red de alerta de productos cosméticos y las campañas a las familias.",
     ("henna negra", "parafenilendiamina", "tintes capilares", "alergias",
      "salud infantil"), ("ES",), "2019"),
    # --- biodiversity offsets ---------------------------------------------------------------
    ("bi25", "case-study", "en",
     "The Kalagala offset: what a biodiversity offset for the Bujagali dam could and could "
     "not protect on the Nile",
     "When the Bujagali hydropower dam drowned the Bujagali Falls on the Victoria Nile, its "
     "lenders required a biodiversity offset: the Government of Uganda undertook to set "
     "aside the Kalagala Falls and Itanda rapids downstream, with their islands, forest and "
     "rafting sites, and never to dam them. The case study examines how the offset was "
     "defined, managed and financed, how the planned Isimba dam came to flood part of it, "
     "and what the story teaches about no net loss commitments, the mitigation hierarchy "
     "and the permanence of offsets.",
     ("biodiversity offsets", "hydropower", "rivers", "no net loss", "finance"), ("UG",),
     "2020"),
    ("bi26", "document", "fr",
     "La compensation écologique des projets miniers en province Sud de la Nouvelle-Calédonie",
     "Le code de l'environnement de la province Sud impose aux projets qui défrichent du "
     "maquis minier ou de la forêt humide, notamment l'exploitation du nickel, la séquence "
     "éviter, réduire, compenser. Les impacts résiduels doivent être compensés par des "
     "mesures de restauration ou de protection d'écosystèmes équivalents, pour une absence "
     "de perte nette de biodiversité. Le document explique le calcul des surfaces à "
     "compenser selon la rareté des espèces, les sites de revégétalisation de mines "
     "abandonnées, les garanties financières et le suivi dans la durée des mesures "
     "compensatoires.",
     ("compensation écologique", "mines", "nickel", "restauration écologique",
      "réglementation"), ("NC",), "2022"),
    ("bi27", "need", "es",
     "Necesidad: un sistema de compensaciones de biodiversidad para los proyectos mineros y "
     "energéticos del norte de Chile",
     "Los proyectos mineros, solares y de líneas de transmisión del desierto de Atacama "
     "proponen en el sistema de evaluación ambiental medidas de compensación de "
     "biodiversidad dispersas, difíciles de fiscalizar y sin garantía de que persistan. El "
     "servicio de biodiversidad solicita apoyo para diseñar un banco de compensación que "
     "agrupe las obligaciones en áreas prioritarias como humedales altoandinos y "
     "vegas, métricas de equivalencia ecológica, un fondo para financiar la gestión y un "
     "registro público de las compensaciones.",
     ("compensaciones de biodiversidad", "minería", "evaluación de impacto ambiental",
      "financiamiento", "necesidades"), ("CL",), "2024-06"),
    # --- crown-of-thorns starfish -----------------------------------------------------------
    ("bi28", "support-source", "en",
     "Offer: training and equipment for crown-of-thorns starfish control on coral reefs",
     "Outbreaks of crown-of-thorns starfish (Acanthaster), spiny coral-eating starfish that "
     "can strip a reef of its living coral, follow nutrient runoff and the removal of their "
     "predators. The Great Barrier Reef control programme offers Pacific island reef "
     "managers training of dive teams in the single-shot injection of bile salts or vinegar, "
     "injection guns and protective gear, manta-tow surveys to detect outbreaks early and "
     "help to decide which reefs to protect first. Priority goes to reefs important for "
     "fisheries and tourism.",
     ("crown-of-thorns starfish", "coral reefs", "outbreaks", "reef management", "offers"),
     (), "2023"),
    ("bi29", "project", "fr",
     "Taramea : lutte contre les acanthasters dans les lagons de Polynésie française",
     "L'acanthaster, ou taramea, grande étoile de mer couverte d'épines venimeuses qui se "
     "nourrit de corail, a pullulé dans les années 2000 à Moorea, Tahiti et aux Tuamotu, "
     "tuant la majorité des coraux des pentes externes. Le projet organise des ramassages "
     "avec les clubs de plongée et les pêcheurs, teste l'injection de vinaigre, apprend aux "
     "scolaires à signaler les étoiles de mer et suit le recouvrement en corail vivant sur "
     "des stations fixes, pour intervenir dès les premiers signes d'une nouvelle invasion.",
     ("acanthaster", "récifs coralliens", "lagons", "gestion participative"), ("PF",),
     "2019"),
    ("bi30", "dataset", "es",
     "Conteos de estrella corona de espinas en los arrecifes del Pacífico de Panamá, "
     "2010-2022",
     "Densidad de estrellas corona de espinas (Acanthaster planci), cobertura de coral vivo "
     "y número de colonias de Pocillopora y Porites con cicatrices de alimentación, "
     "registrados en transectos fijos de los arrecifes del golfo de Chiriquí, Coiba y las "
     "islas de las Perlas. Las densidades se mantuvieron bajas salvo brotes locales después "
     "de El Niño; el conjunto de datos apoya el monitoreo de los arrecifes del Parque "
     "Nacional Coiba y la alerta temprana de brotes de esta estrella de mar coralívora.",
     ("estrella corona de espinas", "arrecifes de coral", "monitoreo", "equinodermos"),
     ("PA",), "2023"),
)  # fmt: skip
