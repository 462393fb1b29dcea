"""Clearing-house records of the forty-first judged relevance set
(tests/search/relevance/queries41.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: CBD Clearing-House
Mechanism pages on hornbills (the nest adoption programme of the Nyishi villages around Pakke
Tiger Reserve in Arunachal Pradesh; the calaos of the Dja biosphere reserve and the seeds they
carry; the cálaos hunted for the Malabo market on Bioko) and on temporary ponds (the vernal
pools of California's Central Valley and their fairy shrimp; the mares temporaires of the
basalt plateau of Roque-Haute; the charcas temporales of Rocha and their annual fishes);
chemicals and climate pages on sulfur hexafluoride (the SF6 leak rates reported by United
States utilities; a French sheet on recovering the gas from switchgear; a Paraguayan need for
recovery equipment in substations); sustainable-use pages on pollarding (the lapsed pollards
of Epping Forest; the frênes têtards of the Marais poitevin; the trasmochos of Gipuzkoa);
health and biodiversity pages on Lyme disease (blacklegged ticks in Connecticut; tick
surveillance in Estrie, Québec; tick bites among forest workers in Navarra); waste pages on
landfill taxes (a quarter century of the United Kingdom's landfill tax; the TGAP déchets
explained to French local authorities; a workshop on Spain's new impuesto al vertido);
energy and agriculture pages on agrivoltaics (pilots for smallholders in Kenya and Tanzania;
the French law and decree on agrivoltaïsme; three agrovoltaic pilots in central Chile);
capacity-building pages on summer schools (a science-policy summer school in Bonn; grants
for a francophone école d'été in environmental law; an escuela de verano in tropical ecology
at Chamela for Central American students); hazard pages on frost (the 2015 frosts of the
Papua New Guinea highlands; the gel de printemps of April 2021 in French vineyards and
orchards; the heladas of the Puno highlands); and animal-health pages on bluetongue (BTV-3
guidance for keepers in England; the fièvre catarrhale ovine of the Roquefort area; Culicoides
surveillance and vaccination against lengua azul in Andalucía and Extremadura). English,
French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text), so that a query in one
language has answers in the others.

None of records.py, records3.py, ..., records40.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (hornbill, calao, cálao, Bucerotidae, Buceros,
Bycanistes, casque, toucan, tucán, frugivore, seed dispersal, dispersion des graines,
dispersión de semillas; temporary pond, vernal pool, seasonal wetland, ephemeral, mare
temporaire, mare, charca, charca temporal, laguna temporal, humedal temporal, bañado, daya,
pond, Isoetes, isoète, Marsilea, triops, fairy shrimp, branchiopod, killifish, Austrolebias,
peces anuales; sulfur hexafluoride, hexafluorure de soufre, hexafluoruro de azufre, SF6,
switchgear, disjoncteur, interruptor, substation, subestación, F-gas, gaz fluorés, gases
fluorados, HFC, refrigerant, thiomersal, thimerosal, tiomersal, nitrous oxide, protoxyde
d'azote, óxido nitroso, glitter, paillettes, purpurina; pollard, pollarding, lopping,
têtard, trogne, émondage, trasmocho, desmoche, veteran tree, wood pasture, dehesa,
saproxylic, Rosalia, Osmoderma, resin tapping, gemmage, resinación; Lyme, borréliose,
borreliosis, Borrelia, Ixodes, tick, tique, garrapata, tick-borne, encéphalite, encefalitis,
Buruli; landfill tax, taxe, TGAP, impuesto, canon, levy, redevance, landfill, décharge,
enfouissement, vertedero, relleno sanitario, environmental tax, fiscalité environnementale,
fiscalidad ambiental, carbon tax, tourist tax, ecotasa, eco-label, environmental liability;
agrivoltaics, agrivoltaïsme, agrovoltaica, agrivoltaica, solar, photovoltaïque,
fotovoltaica, panneaux solaires, paneles solares; summer school, école d'été, université
d'été, escuela de verano, curso de verano, field course, fellowship, bourse, beca, IPBES,
science-policy; frost, gel, gelée, helada, friaje, escarcha, cold wave, vague de froid, ola
de frío, hail, grêle, granizo, dzud, sinkhole, earthquake, séisme, terremoto; bluetongue,
fièvre catarrhale, langue bleue, lengua azul, Culicoides, midge, moucheron, jején, sheep,
mouton, brebis, oveja, peste des petits ruminants, small ruminants, Xylella). Candidates found
covered were dropped: vultures (x10-x12), fog collectors (bh28-bh30), cigarette butts
(z25-z27), fish passes (m25, m26), aluminium phosphide (bd10-bd12), Xylella (bl04-bl06),
deposit-return schemes (bk22-bk24), besides the topics listed as covered by the notes of sets
34 to 40; screened with no or passing hits but not chosen: thiomersal (the mercury queries of
earlier sets would have had to be re-judged), nitrous oxide cartridges, sodium fluoroacetate,
glitter (a kind of microplastic), miombo woodlands, sea ice, dzud, sinkholes, peste des
petits ruminants, Buruli ulcer, resin tapping (near the frankincense pages ba04-ba06).
The nearest are the oil palm page whose riparian strips are kept for orangutans and hornbills
(y01), no hornbill page; the toad project that fences the charcas temporales where the sapo
concho breeds (bg30), the inselberg page that lists mares temporaires among the habitats of
the savanes-roches (bi20), the granite outcrop flora with its charcas (bi21) and the ponds
dug for dragonflies (bq02), no temporary pond page; the HFC and HCFC pages (m19-m21,
t01-t03), no SF6 page; the alders pollarded in the jhum fields of Nagaland (bo10), the
émondage rules of the Sahelian parklands (k26) and the old-growth forest pages (bk10-bk12),
no pollarding page; the chlorine dioxide sheet that lists Lyme disease among the false claims
of MMS (br08), no Lyme or tick page; the pesticide taxes (br16-br18) and ecological fiscal
transfers (bq16-bq18), no landfill tax page; the solar panel waste pages (u01-u03), no
agrivoltaic page; the farmer field schools (b4, u10, bh06), no summer school; the quinoa page
that names the knowledge to sow in frosty sandy soils (ba24) and the totora wetlands that
work with frost almost every winter night (bt21), no frost page; no bluetongue page at all;
and, among the golden pages, only chemical pages that name antifreeze. No text was copied
from those sites and none comes from demo/generator.py. They are meant to be harvested as
``oai_dc``-like records and enriched with the project thesaurus exactly as the other records
files' are, beside them and the real fixtures' records (tests/mappings/golden/*.json) as one
pool.

Ids (bu01..bu30) collide with none of the earlier records files' (a1..h5, n01..n47,
p01..p45, q01..q45, t01..t45, v01..v45, w01..w45, x01..x30, k01..k30, m01..m30, r01..r30,
u01..u30, j01..j30, o01..o30, y01..y30, z01..z30, l01..l30, i01..i30, s01..s30, ba01..ba30,
bb01..bb30, bc01..bc30, bd01..bd30, be01..be30, bf01..bf30, bg01..bg30, bh01..bh30,
bi01..bi30, bj01..bj30, bk01..bk30, bl01..bl30, bm01..bm30, bn01..bn30, bo01..bo30,
bp01..bp30, bq01..bq30, br01..br30, bs01..bs30, bt01..bt30), and no earlier id starts with
"bu"; in queries41.tsv they are written without prefix, like theirs, and take the same
``rel:`` prefix in the index.

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- hornbills ------------------------------------------------------------------------
    ("bu01", "project", "en",
     "Hornbill Nest Adoption Programme: Nyishi villagers guard nesting trees around Pakke "
     "Tiger Reserve, Arunachal Pradesh",
     "Great, wreathed and oriental pied hornbills nest in the forests of Pakke Tiger "
     "Reserve and the neighbouring Papum reserve forest, in the foothills of Arunachal "
     "Pradesh. The birds need large old trees with natural cavities: the female seals "
     "herself inside with mud, droppings and fruit pulp, moults, and is fed through a "
     "narrow slit by the male until the chick is ready to leave, three to four months "
     "later. Nyishi hunters used to kill hornbills for meat and for the beak and casque "
     "worn on their cane headgear, and logging removed many nest trees. Since 2012 a "
     "wildlife research NGO, the state forest department and a society of village heads "
     "have run a programme in which donors in Indian cities adopt a nest. The money pays "
     "Nyishi villagers, several of them former hunters, to find, guard and watch nests "
     "from February to July, and fibreglass replicas now replace real beaks on the "
     "headgear. Nests protected, chicks fledged and the fruit trees planted in degraded "
     "patches are reported every year.",
     ("hornbills", "nest protection", "community-based conservation", "Nyishi",
      "Arunachal Pradesh"), ("IN",), "2023-08"),
    ("bu02", "dataset", "fr",
     "Calaos de la réserve de biosphère du Dja : comptages aux dortoirs, déplacements par "
     "GPS et dispersion des graines, 2016-2023",
     "Les calaos forestiers d'Afrique centrale, grands oiseaux frugivores au bec surmonté "
     "d'un casque, avalent des fruits entiers et rejettent les graines de dizaines "
     "d'espèces d'arbres à des kilomètres du pied mère ; on les appelle parfois les "
     "jardiniers de la forêt. Ce jeu de données, constitué par une équipe de l'université "
     "de Yaoundé I et un programme de conservation de la réserve de biosphère du Dja, dans "
     "l'est du Cameroun, réunit des comptages mensuels aux dortoirs du calao à casque noir "
     "(Ceratogymna atrata), du calao à joues grises et du calao à cuisses blanches, les "
     "positions d'oiseaux équipés de balises GPS, la liste des fruits consommés, "
     "identifiés sous les arbres de nourrissage, et les plantules levées dans des "
     "parcelles de régénération. Il compare la forêt intacte du cœur de la réserve, des "
     "concessions forestières exploitées et les abords de villages où les calaos sont "
     "tirés au fusil. Les distances de dispersion servent à estimer ce que la raréfaction "
     "des calaos fait perdre aux arbres à gros fruits.",
     ("calaos", "dispersion des graines", "oiseaux frugivores", "forêts tropicales",
      "réserve de biosphère du Dja"), ("CM",), "2024-02"),
    ("bu03", "need", "es",
     "Necesidad: censar los cálaos de la isla de Bioko y frenar su caza para el mercado de "
     "Malabo",
     "En los bosques de tierras bajas y de montaña de la isla de Bioko, en Guinea "
     "Ecuatorial, viven varias especies de cálaos, aves frugívoras de gran pico curvo "
     "coronado por un casco, entre ellas el cálao de casco negro y el cálao de muslos "
     "blancos, que dispersan las semillas de muchos árboles del bosque. La caza comercial "
     "que abastece el mercado de Malabo persigue sobre todo a los monos, pero los "
     "cazadores también abaten cálaos con escopeta, y las carreteras abiertas hacia el sur "
     "de la isla les han facilitado el acceso a zonas antes remotas. Nadie sabe cuántos "
     "quedan. La universidad nacional, con un programa de protección de la biodiversidad "
     "de Bioko, solicita apoyo para: formar a estudiantes y guardas en conteos por puntos "
     "y transectos; comprar prismáticos, grabadoras y receptores GPS; registrar cada "
     "semana los cálaos que llegan al mercado; y preparar con el ministerio de bosques una "
     "propuesta para proteger legalmente las especies y vigilar la Reserva Científica de "
     "la Caldera de Luba, donde aún son frecuentes.",
     ("cálaos", "aves frugívoras", "caza comercial", "Bioko", "necesidades"),
     ("GQ",), "2023-10"),
    # --- temporary ponds ------------------------------------------------------------------
    ("bu04", "dataset", "en",
     "Vernal pools of California's Central Valley: inundation, fairy shrimp and endemic "
     "plants at monitored pools, 2001-2023",
     "Vernal pools are shallow depressions over hardpan or clay that fill with winter "
     "rain, hold water for a few weeks or months and dry out completely by late spring. In "
     "California's Central Valley, where most of them have been ploughed, levelled or "
     "built over, the survivors support an unusual seasonal life: vernal pool fairy shrimp "
     "and tadpole shrimp that hatch from cysts lying dormant in the dry soil, and plants "
     "found nowhere else, such as Orcutt grasses, downingia and the rings of goldfields "
     "that bloom as the pools shrink. The dataset, kept by a university reserve at Jepson "
     "Prairie with land trusts and the state wildlife department, records for each "
     "monitored pool its depth and the number of days it held water each season, water "
     "temperature, counts of branchiopods in dip-net samples, and the cover of each plant "
     "along transects from edge to centre. It spans the 2012-2016 drought and the wet "
     "winters that followed, and compares pools grazed by cattle with ungrazed ones.",
     ("vernal pools", "seasonal wetlands", "fairy shrimp", "endemic plants", "California"),
     ("US",), "2024-04"),
    ("bu05", "project", "fr",
     "Restaurer les mares temporaires méditerranéennes du plateau basaltique de "
     "Roque-Haute (Hérault)",
     "Sur un petit plateau volcanique entre Béziers et la mer, la réserve naturelle de "
     "Roque-Haute compte près de deux cents mares temporaires, creusées dans le basalte, "
     "qui se remplissent à l'automne et s'assèchent au début de l'été. Ces mares, habitat "
     "prioritaire de la directive Habitats, abritent des plantes amphibies rarissimes en "
     "France, comme l'isoète sétacé, la marsilée pubescente et la pilulaire naine, et des "
     "crustacés comme le triops, dont les œufs survivent des années dans la vase sèche. "
     "L'abandon du pâturage a laissé le maquis et les pins envahir le plateau : l'ombre, "
     "les feuilles mortes et l'atterrissement ont fermé beaucoup de mares. Le projet, "
     "conduit par le gestionnaire de la réserve avec le conservatoire botanique et une "
     "station de recherche sur les zones humides méditerranéennes, débroussaille autour "
     "des mares, coupe les pins, remet un troupeau de brebis en hiver, recreuse des "
     "dépressions comblées et suit chaque année la durée de submersion et la flore. Les "
     "mares de la plaine viticole voisine, menacées par les remblais, sont inventoriées.",
     ("mares temporaires", "zones humides méditerranéennes", "plantes amphibies",
      "restauration écologique", "Hérault"), ("FR",), "2023-03"),
    ("bu06", "case-study", "es",
     "Peces anuales y charcas temporales de Rocha: conservar los charcos que se secan cada "
     "verano",
     "En las praderas del este de Uruguay, las lluvias de otoño e invierno llenan charcas "
     "temporales, pequeños bañados y cunetas que se secan por completo en verano. En ellas "
     "viven los peces anuales del género Austrolebias, pequeños killis de colores vivos: "
     "nacen con las primeras lluvias, crecen y se reproducen en pocas semanas y mueren "
     "cuando el charco se seca, pero sus huevos, enterrados en el barro, esperan meses la "
     "siguiente inundación. Varias especies solo se conocen de unas pocas charcas del "
     "departamento de Rocha. El estudio de caso, de la facultad de ciencias de la "
     "universidad pública con la dirección de áreas protegidas, cuenta cómo se localizaron "
     "las charcas con imágenes satelitales y salidas de campo y qué las amenaza: las "
     "plantaciones de eucalipto que desecan el suelo, el drenaje agrícola, los rellenos en "
     "los balnearios y el ensanche de caminos. Relata los acuerdos con los estancieros "
     "para cercar y no arar las charcas y su inclusión en el plan del área protegida de la "
     "Laguna de Rocha.",
     ("charcas temporales", "peces anuales", "Austrolebias", "humedales", "Rocha"),
     ("UY",), "2022-09"),
    # --- sulfur hexafluoride (SF6) --------------------------------------------------------
    ("bu07", "dataset", "en",
     "SF6 emissions from electric power systems: nameplate capacity, gas purchases and "
     "leak rates reported by US utilities, 1999-2023",
     "Sulfur hexafluoride (SF6) is an inert, non-flammable gas used to insulate "
     "high-voltage circuit breakers, gas-insulated switchgear and substations and to "
     "quench the arc when a breaker opens. It is also the most potent greenhouse gas "
     "known, about 23,500 times more warming than carbon dioxide over a century, and it "
     "stays in the atmosphere for more than a thousand years. Since the late 1990s "
     "electric utilities have reported to the federal environmental agency, first in a "
     "voluntary partnership and later under its greenhouse gas reporting programme, how "
     "much SF6 their equipment holds (the nameplate capacity), how much gas they bought, "
     "how much they recovered during maintenance and how much escaped. The dataset gives "
     "these quantities for each utility and year, and the resulting emission rate, which "
     "fell from about 15 percent of nameplate capacity to around 1 percent as utilities "
     "replaced leaking breakers, tracked every cylinder and trained crews to recover the "
     "gas. It also lists the first substations equipped with SF6-free alternatives.",
     ("sulfur hexafluoride", "greenhouse gases", "electrical equipment",
      "emission inventories", "leak detection"), ("US",), "2024-06"),
    ("bu08", "document", "fr",
     "Hexafluorure de soufre dans les appareillages électriques : récupération du gaz et "
     "fin de vie des disjoncteurs et cellules",
     "Le SF6, ou hexafluorure de soufre, sert de gaz isolant et de gaz de coupure dans les "
     "disjoncteurs haute tension, les postes sous enveloppe métallique et les cellules de "
     "distribution moyenne tension des postes de transformation. C'est un gaz à effet de "
     "serre extrêmement puissant et très stable. Cette fiche, destinée aux gestionnaires "
     "de réseaux, aux installateurs et aux entreprises de démantèlement, rappelle les "
     "obligations : contrôles d'étanchéité, interventions confiées à du personnel "
     "titulaire d'une attestation de capacité, récupération intégrale du gaz avant toute "
     "ouverture ou mise au rebut d'un appareil, tenue d'un registre des quantités, retour "
     "des bouteilles au fournisseur pour régénération ou destruction. Elle décrit les "
     "produits de décomposition toxiques et corrosifs formés par les arcs, les équipements "
     "de protection et l'élimination des poudres et absorbants contaminés. Elle présente "
     "l'interdiction progressive du SF6 dans les appareillages neufs prévue par le "
     "règlement européen de 2024 sur les gaz fluorés, et les solutions de remplacement : "
     "coupure dans le vide, air sec, mélanges à base de fluoronitriles.",
     ("hexafluorure de soufre", "gaz fluorés", "gaz à effet de serre",
      "appareillage électrique", "fin de vie des équipements"), ("FR",), "2024-09"),
    ("bu09", "need", "es",
     "Necesidad: inventario, detección de fugas y recuperación del SF6 en las "
     "subestaciones eléctricas de Paraguay",
     "La administración nacional de electricidad del Paraguay, que distribuye en todo el "
     "país la energía de las centrales hidroeléctricas binacionales, opera decenas de "
     "subestaciones con interruptores de potencia y celdas aisladas en gas que contienen "
     "hexafluoruro de azufre (SF6), un gas sintético que aísla y apaga el arco eléctrico "
     "pero que es el gas de efecto invernadero más potente que se conoce. El inventario "
     "nacional de gases de efecto invernadero lo estima solo con valores por defecto: "
     "nadie sabe cuántos kilos hay instalados, cuántos se reponen cada año por fugas ni "
     "qué pasa con el gas de los equipos dados de baja, que a veces se libera al aire. La "
     "dirección de cambio climático del ministerio del ambiente, con la empresa eléctrica, "
     "solicita: un equipo portátil de recuperación y reciclaje de SF6 y una cámara "
     "infrarroja para detectar fugas; la formación de los técnicos de mantenimiento; un "
     "registro por equipo y por cilindro; y asesoría para exigir equipos sin SF6 en las "
     "próximas licitaciones.",
     ("hexafluoruro de azufre", "gases de efecto invernadero", "subestaciones eléctricas",
      "inventarios de emisiones", "necesidades"), ("PY",), "2024-05"),
    # --- pollarding -----------------------------------------------------------------------
    ("bu10", "case-study", "en",
     "Bringing back the pollards of Epping Forest: cutting lapsed beech and hornbeam after "
     "a century",
     "Epping Forest, on the north-eastern edge of London, holds one of the largest "
     "populations of ancient pollards in Europe: tens of thousands of beech, hornbeam and "
     "oak trees cut for centuries at head height by commoners who had the right to lop "
     "them for firewood, high enough that the cattle grazing below could not eat the new "
     "shoots. When the Epping Forest Act of 1878 ended lopping, the pollards were left to "
     "grow. Their heavy upright limbs, now well over a hundred years old, split and tear "
     "the old trees apart. This case study, by the forest's conservators with an "
     "arboricultural consultant, reviews thirty years of re-pollarding: which lapsed trees "
     "survived the removal of all or part of their crown, why hornbeam responds better "
     "than beech, the phased cutting over several winters, and the clearing of holly and "
     "young trees that shade the veterans. It also describes the creation of new pollards "
     "from young trees, and the value of the hollow trunks for dead-wood beetles, fungi "
     "and lichens.",
     ("pollarding", "veteran trees", "wood pasture", "tree management", "Epping Forest"),
     ("GB",), "2022-11"),
    ("bu11", "project", "fr",
     "Renouveler les frênes têtards du Marais poitevin face à la chalarose",
     "Dans la Venise verte, la partie boisée du Marais poitevin, des centaines de milliers "
     "de frênes têtards bordent les conches et les fossés. Taillés tous les sept à quinze "
     "ans à deux mètres du sol, ils donnaient du bois de chauffage et des perches, et "
     "leurs racines tiennent les berges. Leurs troncs creux abritent la rosalie des Alpes "
     "et le pique-prune, deux coléoptères protégés qui vivent dans le bois mort. Depuis le "
     "milieu des années 2010, la chalarose, une maladie due à un champignon venu d'Asie, "
     "fait dépérir les frênes, et beaucoup de têtards ne sont plus émondés faute de bras "
     "et de débouchés pour le bois. Le projet du parc naturel régional, avec les syndicats "
     "de marais, la chambre d'agriculture et des associations, forme des émondeurs, aide "
     "les exploitants à reprendre la taille, transforme les branches en plaquettes pour "
     "des chaufferies locales et plante de jeunes trognes d'essences variées, saules, "
     "aulnes et chênes pédonculés, là où les frênes meurent. Un inventaire géolocalisé "
     "suit l'état des arbres, parcelle par parcelle.",
     ("arbres têtards", "trognes", "Marais poitevin", "chalarose du frêne",
      "coléoptères saproxyliques"), ("FR",), "2023-01"),
    ("bu12", "document", "es",
     "Guía para el trasmochado de robles y hayas en los montes de Gipuzkoa",
     "En los montes del País Vasco abundan los árboles trasmochos, ipinabar en euskera: "
     "hayas y robles desmochados a dos o tres metros de altura cada diez o quince años "
     "para obtener leña y carbón vegetal sin cortar el pie, mientras el ganado pastaba "
     "debajo. Las ordenanzas de los siglos XVI al XVIII obligaban a trasmochar para "
     "reservar la madera recta a los astilleros. Con el abandono del carboneo a mediados "
     "del siglo XX, las ramas de los trasmochos han crecido sin control, y muchos árboles "
     "se abren y se caen, y con ellos los huecos donde viven la rosalía alpina, el "
     "escarabajo ermitaño y otros insectos saproxílicos. Esta guía, editada por la "
     "diputación foral tras un proyecto europeo en Aralar y Aiako Harria, explica cómo y "
     "cuándo volver a trasmochar árboles viejos por etapas, cómo formar trasmochos nuevos "
     "en árboles jóvenes, qué herramientas y medidas de seguridad emplear en altura y cómo "
     "registrar cada intervención en una ficha por árbol.",
     ("trasmochos", "árboles viejos", "insectos saproxílicos", "gestión forestal",
      "Gipuzkoa"), ("ES",), "2019-05"),
    # --- Lyme disease (ticks) -------------------------------------------------------------
    ("bu13", "dataset", "en",
     "Blacklegged ticks and Lyme disease in Connecticut: tick drags, Borrelia infection "
     "and human cases by town, 1996-2023",
     "Lyme disease takes its name from the town of Lyme, Connecticut, where a cluster of "
     "arthritis in children was investigated in the 1970s. It is caused by the bacterium "
     "Borrelia burgdorferi, which blacklegged ticks (Ixodes scapularis, the deer tick) "
     "pick up from white-footed mice, chipmunks and shrews and pass on to people. The "
     "dataset, from the state agricultural experiment station and the health department, "
     "combines yearly tick drags along standard woodland transects at fixed sites, the "
     "density of nymphs in June, the share of nymphs and adults infected with Borrelia and "
     "with the agents of babesiosis and anaplasmosis, ticks sent in by residents for "
     "testing, and reported human cases by town. It adds deer densities, forest "
     "fragmentation from land cover maps and weather records. It has been used to test "
     "whether small suburban woodlots, with many mice and few predators, carry more "
     "infected ticks than large forests, and to time public warnings at the start of the "
     "nymph season.",
     ("Lyme disease", "ticks", "vector-borne diseases", "Borrelia", "Connecticut"),
     ("US",), "2024-03"),
    ("bu14", "project", "fr",
     "Maladie de Lyme en Estrie : surveillance des tiques à pattes noires et prévention "
     "dans les parcs et les municipalités",
     "La tique à pattes noires (Ixodes scapularis), qui transmet la bactérie responsable "
     "de la maladie de Lyme, gagne le nord avec le réchauffement du climat, portée par les "
     "oiseaux migrateurs et les cerfs de Virginie. Rare au Québec avant 2010, la maladie y "
     "compte désormais plusieurs centaines de cas par an, la plupart en Estrie et en "
     "Montérégie. Le projet, porté par la direction régionale de santé publique avec une "
     "faculté de médecine vétérinaire, un parc national et des municipalités, récolte "
     "chaque année les tiques en traînant une flanelle au sol le long des sentiers, "
     "recherche la présence de Borrelia et cartographie le risque par municipalité. Il "
     "installe des panneaux à l'entrée des sentiers, forme les employés des parcs et les "
     "travailleurs forestiers, et conseille aux promeneurs de rester au centre des "
     "sentiers, de porter des vêtements longs et de s'examiner au retour. Dans les zones à "
     "risque, une dose d'antibiotique après une piqûre est offerte en pharmacie.",
     ("maladie de Lyme", "tiques", "maladies à transmission vectorielle", "santé publique",
      "Estrie"), ("CA",), "2023-05"),
    ("bu15", "case-study", "es",
     "Garrapatas y borreliosis de Lyme en los trabajadores forestales de Navarra",
     "En los bosques húmedos del norte de la península ibérica, la garrapata Ixodes "
     "ricinus, que se alimenta de corzos, ciervos, ratones y lagartijas, transmite la "
     "borreliosis de Lyme, o enfermedad de Lyme, cuyo primer signo suele ser una mancha "
     "roja que se extiende alrededor de la picadura. Guardas, peones forestales, pastores "
     "y cazadores son los más expuestos. El estudio de caso, del instituto de salud "
     "pública y laboral de Navarra con el servicio forestal, buscó durante tres años "
     "anticuerpos en la sangre de los trabajadores del monte, recogió garrapatas en "
     "hayedos, robledales y pastizales del Pirineo navarro y del valle de Baztán, y revisó "
     "los casos atendidos en los hospitales. Uno de cada diez trabajadores tenía "
     "anticuerpos y muchos no habían consultado nunca. Describe las medidas adoptadas: "
     "ropa tratada con repelente, revisión del cuerpo al terminar la jornada, retirada "
     "correcta de las garrapatas con pinzas y un protocolo con las mutuas para reconocer "
     "la enfermedad como profesional.",
     ("enfermedad de Lyme", "garrapatas", "salud laboral", "trabajadores forestales",
      "Navarra"), ("ES",), "2022-06"),
    # --- landfill taxes -------------------------------------------------------------------
    ("bu16", "case-study", "en",
     "A quarter century of the UK landfill tax: how a rising price per tonne moved waste "
     "away from landfill",
     "The United Kingdom's landfill tax, the country's first environmental tax, was "
     "introduced in 1996 at £7 per tonne of active waste, with a much lower rate for inert "
     "waste such as soil and rubble. From 1999 a yearly escalator raised the standard "
     "rate, by £8 per tonne a year from 2008, to £80 in 2014; it now exceeds £100. This "
     "case study follows what happened next. Local authorities, which buried about four "
     "fifths of household waste at the end of the 1990s, invested in separate collection, "
     "composting, anaerobic digestion and energy-from-waste plants, and landfill now takes "
     "less than a tenth of it. Landfill operators can pass part of the tax they pay to "
     "community and environmental projects through the landfill communities fund. Scotland "
     "and Wales replaced the tax with their own in 2015 and 2018. The study also covers "
     "the problems the tax authority had to deal with, such as active waste declared as "
     "inert to pay the lower rate, and the growth of exports of refuse-derived fuel.",
     ("landfill tax", "environmental taxes", "municipal waste", "waste policy",
      "United Kingdom"), ("GB",), "2022-10"),
    ("bu17", "document", "fr",
     "TGAP déchets : la trajectoire de la taxe sur le stockage et l'incinération, "
     "2021-2025, expliquée aux collectivités",
     "La composante « déchets » de la taxe générale sur les activités polluantes (TGAP) "
     "est payée par les exploitants des installations de stockage de déchets non "
     "dangereux, les anciennes décharges, et des incinérateurs, qui la répercutent sur "
     "leurs clients, collectivités et entreprises. La loi de finances pour 2019 a prévu "
     "une forte hausse : le tarif du stockage passe d'environ 18 euros par tonne en 2020 à "
     "65 euros en 2025, celui de l'incinération augmente aussi, tandis que la TVA sur la "
     "collecte séparée et le tri baisse. Le but est de rendre la prévention, le tri à la "
     "source des biodéchets et le recyclage moins coûteux que l'enfouissement, et "
     "d'atteindre l'objectif légal de ne plus enfouir que 10 % des déchets ménagers en "
     "2035. Ce document d'un réseau d'intercommunalités explique le calcul de la taxe, les "
     "réfactions selon la performance énergétique des installations, ses effets sur la "
     "facture des ménages, et donne des exemples de syndicats de traitement qui ont réduit "
     "leurs tonnages enfouis.",
     ("TGAP", "fiscalité environnementale", "stockage des déchets", "incinération",
      "déchets ménagers"), ("FR",), "2021-03"),
    ("bu18", "event", "es",
     "Jornada técnica: el impuesto estatal sobre el depósito de residuos en vertedero y la "
     "incineración, un año después",
     "Desde el 1 de enero de 2023, la ley de residuos y suelos contaminados para una "
     "economía circular grava con un impuesto estatal cada tonelada de residuos depositada "
     "en vertedero, incinerada o coincinerada, con tipos de hasta 40 euros por tonelada en "
     "los vertederos de residuos no peligrosos y menores para la incineración y los "
     "residuos inertes. Algunas comunidades autónomas, como Cataluña, Navarra o Castilla y "
     "León, ya aplicaban cánones propios, cuya recaudación financia la recogida separada "
     "de la materia orgánica y las plantas de compostaje. La jornada, organizada por la "
     "federación de municipios con el ministerio para la transición ecológica, reúne a "
     "técnicos de ayuntamientos, consorcios y mancomunidades de residuos, gestores de "
     "vertederos y asociaciones ecologistas. Se presentarán los primeros datos de "
     "recaudación y de toneladas vertidas, la repercusión del impuesto en la tasa de "
     "basuras que deben cobrar los ayuntamientos y la experiencia catalana de devolver "
     "parte del canon a los municipios que más reciclan. Incluye la visita a una planta de "
     "tratamiento.",
     ("impuesto al vertido", "fiscalidad ambiental", "vertederos", "residuos municipales",
      "economía circular"), ("ES",), "2024-03"),
    # --- agrivoltaics ---------------------------------------------------------------------
    ("bu19", "project", "en",
     "Crops under solar panels in East Africa: agrivoltaic pilots for smallholders in "
     "Kenya and Tanzania",
     "Agrivoltaics, the use of the same land for solar electricity and for growing crops, "
     "is being tried in East Africa, where many smallholders farm small plots, have no "
     "grid connection and face hotter, drier seasons. The project, led by a British "
     "university with an agroforestry research centre and partners in both countries, has "
     "built solar arrays raised high enough to work beneath at a research station in "
     "Kajiado County, Kenya, and at a school and a farmers' group in the Arusha region of "
     "Tanzania. The panels shade part of each plot; rain running off them is collected in "
     "tanks and used to irrigate the beans, maize, kale, tomatoes, peppers and Swiss chard "
     "grown below. The project measures yields, soil moisture, leaf temperature and water "
     "use under and beside the panels, and the power produced, which runs irrigation "
     "pumps, cold storage for vegetables, lights and phone charging. It also studies who "
     "should own the equipment and how farmers' groups could rent it.",
     ("agrivoltaics", "solar energy", "smallholder farming", "irrigation", "East Africa"),
     ("KE", "TZ"), "2023-04"),
    ("bu20", "document", "fr",
     "Agrivoltaïsme : ce que la loi de 2023 et son décret d'application exigent des "
     "installations sur les terres agricoles",
     "La loi relative à l'accélération de la production d'énergies renouvelables, de mars "
     "2023, a donné une définition de l'agrivoltaïsme : une installation photovoltaïque "
     "placée sur une parcelle agricole n'est agrivoltaïque que si elle rend un service à "
     "la production agricole, qui doit rester l'activité principale. Ces services sont "
     "l'amélioration du potentiel agronomique, l'adaptation au changement climatique, la "
     "protection contre certains aléas, comme la grêle ou les coups de chaleur, et "
     "l'amélioration du bien-être des animaux. Cette note, destinée aux agriculteurs, aux "
     "développeurs et aux services de l'État, présente le décret de 2024 : un taux de "
     "couverture des panneaux limité à 40 % pour les grandes installations, une baisse de "
     "rendement inférieure à 10 % par rapport à une zone témoin, des installations "
     "réversibles et un suivi agronomique pendant toute l'exploitation. Elle décrit les "
     "types d'installations, persiennes mobiles au-dessus des vignes et des vergers, "
     "ombrières sur serres, panneaux verticaux bifaciaux dans les prairies pâturées, et "
     "l'avis de la commission départementale de préservation des espaces agricoles.",
     ("agrivoltaïsme", "énergie solaire photovoltaïque", "terres agricoles",
      "réglementation", "énergies renouvelables"), ("FR",), "2024-06"),
    ("bu21", "dataset", "es",
     "Cultivos bajo paneles: rendimientos, riego y energía de tres pilotos agrovoltaicos "
     "en la Región Metropolitana de Chile, 2017-2022",
     "En la zona central de Chile, donde la megasequía que dura desde 2010 ha reducido el "
     "agua de riego y el sol intenso quema hojas y frutos, un centro de investigación "
     "aplicada instaló en 2017, con el apoyo del ministerio de energía y del gobierno "
     "regional, tres sistemas agrovoltaicos: paneles solares elevados unos cinco metros "
     "sobre parcelas de pequeños agricultores en El Monte, Curacaví y Lampa, con brócoli, "
     "acelgas, frutillas, arándanos y hierbas aromáticas. El conjunto de datos reúne cinco "
     "temporadas de mediciones: rendimiento y calidad de las cosechas bajo los paneles y "
     "en parcelas testigo a pleno sol, humedad del suelo, radiación, temperatura del aire "
     "y de las hojas, agua de riego consumida y energía generada, usada en la casa, en "
     "bombas de riego y en una cámara de frío o inyectada a la red. Incluye también los "
     "costos de instalación y mantención y encuestas a las familias sobre el uso de la "
     "electricidad y los cambios en su trabajo.",
     ("agrovoltaica", "energía solar fotovoltaica", "agricultura familiar", "riego",
      "Región Metropolitana"), ("CL",), "2023-08"),
    # --- summer schools -------------------------------------------------------------------
    ("bu22", "event", "en",
     "Summer school on the science-policy interface for biodiversity: early-career "
     "researchers in Bonn",
     "Scientific assessments of biodiversity and ecosystem services only matter if "
     "governments read and use them, and few young researchers are taught how that "
     "happens. This two-week summer school, held every July in Bonn by a network of "
     "European research institutes with the intergovernmental science-policy platform on "
     "biodiversity (IPBES), whose secretariat is hosted there, brings together thirty "
     "doctoral students and postdoctoral researchers from all regions. Lectures and "
     "exercises cover how assessments are scoped, written, reviewed and approved line by "
     "line by member states; how to write a summary for policymakers; how to work with "
     "indigenous and local knowledge; scenarios and models; and how national delegations "
     "prepare for plenary sessions. In a role-play, participants negotiate a short summary "
     "as scientists and as government delegates. Grants cover travel and accommodation for "
     "participants from developing countries. Applications, with a CV, a motivation letter "
     "and a letter from a supervisor, open in January; the 2025 session runs from 7 to 18 "
     "July.",
     ("summer schools", "science-policy interface", "IPBES", "early-career researchers",
      "capacity building"), ("DE",), "2025-01"),
    ("bu23", "support-source", "fr",
     "Offre : bourses pour l'école d'été francophone en droit de l'environnement et "
     "négociations internationales",
     "Une faculté de droit française, avec l'institut de la Francophonie chargé du "
     "développement durable, organise chaque année en juillet une école d'été de trois "
     "semaines pour de jeunes juristes, diplomates et cadres des ministères de "
     "l'environnement des pays francophones d'Afrique, des Caraïbes, de l'océan Indien et "
     "d'Asie du Sud-Est. Le programme couvre les principes du droit international de "
     "l'environnement, la préparation d'une position nationale, la rédaction de textes et "
     "la simulation d'une conférence des parties avec des négociateurs expérimentés, ainsi "
     "que la transposition des engagements internationaux dans les lois nationales et le "
     "contentieux environnemental. L'offre comprend vingt bourses qui couvrent le billet "
     "d'avion, l'hébergement, les repas et les frais d'inscription, puis l'accès à un "
     "réseau d'anciens et à des cours en ligne. Les candidats, âgés de moins de 35 ans, "
     "envoient un curriculum vitae, une lettre de motivation et une lettre de soutien de "
     "leur administration. Les candidatures de femmes et de ressortissants des pays les "
     "moins avancés sont encouragées.",
     ("école d'été", "droit de l'environnement", "négociations internationales", "bourses",
      "renforcement des capacités"), ("FR",), "2024-12"),
    ("bu24", "project", "es",
     "Escuela de verano en ecología tropical para estudiantes centroamericanos en la "
     "Estación de Biología Chamela",
     "La Estación de Biología Chamela, de la universidad nacional, en la costa de Jalisco, "
     "protege desde 1971 una de las selvas bajas caducifolias, o bosques tropicales secos, "
     "mejor estudiadas del mundo, hoy dentro de la reserva de la biosfera "
     "Chamela-Cuixmala. El proyecto, apoyado por la agencia mexicana de cooperación "
     "internacional y por universidades de Guatemala, Honduras, El Salvador, Nicaragua y "
     "Costa Rica, organiza cada julio una escuela de verano de tres semanas para "
     "veinticinco estudiantes de licenciatura y posgrado de la región. Con las primeras "
     "lluvias, cuando la selva reverdece, los estudiantes aprenden métodos de campo: "
     "parcelas de vegetación, fenología, muestreo de insectos, captura y marcaje de aves, "
     "diseño de experimentos y estadística, y cada grupo realiza un proyecto corto que "
     "presenta ante los investigadores de la estación. Los gastos de viaje y estancia "
     "están cubiertos. Las escuelas han formado una red de exalumnos que colaboran en "
     "proyectos sobre los bosques secos de Mesoamérica y en la formación de nuevos "
     "estudiantes.",
     ("escuelas de verano", "bosque tropical seco", "cooperación regional",
      "formación de investigadores", "Chamela"),
     ("MX", "GT", "HN", "SV", "NI", "CR"), "2024-02"),
    # --- frost ----------------------------------------------------------------------------
    ("bu25", "case-study", "en",
     "Frost and drought in the Papua New Guinea highlands during the 2015 El Niño: sweet "
     "potato gardens and food shortages",
     "In the high valleys of Enga, Hela, the Southern Highlands and Chimbu, above about "
     "2,200 metres, the clear night skies of El Niño years bring ground frosts that "
     "blacken sweet potato vines, taro and vegetables in a single night. In 1997 and again "
     "from August 2015, repeated frosts combined with months of drought destroyed most "
     "gardens in the highest villages, where sweet potato is the staple food and a new "
     "crop takes six to nine months. This case study, by the national agricultural "
     "research institute with provincial officials and church agencies, reconstructs the "
     "event: frost nights noted by volunteer observers, the area of gardens damaged, "
     "school closures, families walking down to lower valleys to stay with relatives, and "
     "the distribution of rice. It describes the traditional ways of coping, such as "
     "planting in large mounds, in forest clearings and on slopes where cold air drains "
     "away, the trials of frost-tolerant sweet potato varieties, and proposes an early "
     "warning based on seasonal forecasts.",
     ("frost", "El Niño", "agricultural hazards", "sweet potato", "Papua New Guinea"),
     ("PG",), "2017-06"),
    ("bu26", "dataset", "fr",
     "Gel de printemps d'avril 2021 : températures, stades végétatifs et dégâts dans les "
     "vignobles et les vergers, par commune",
     "Du 5 au 8 avril 2021, après un mois de mars très doux qui avait fait débourrer la "
     "vigne et fleurir les arbres fruitiers, une masse d'air polaire a fait descendre les "
     "températures jusqu'à -6 ou -7 °C. Ce gel de printemps a touché presque tous les "
     "vignobles, de la Bourgogne à la vallée du Rhône, au Bordelais et à la Champagne, "
     "ainsi que les vergers d'abricotiers, de pêchers, de cerisiers et de pommiers ; il a "
     "été reconnu comme calamité agricole. Le jeu de données, réuni par un institut "
     "technique de la vigne et du vin avec le service météorologique et les chambres "
     "d'agriculture, donne pour chaque commune les températures minimales horaires des "
     "nuits de gel, le stade de la végétation, la part des bourgeons et des fleurs "
     "détruits, les pertes de récolte déclarées et les moyens de lutte employés : bougies "
     "et chaufferettes, tours antigel, aspersion d'eau, câbles chauffants. Il sert à "
     "étudier l'effet du réchauffement, qui avance le débourrement et accroît le risque de "
     "gelées tardives.",
     ("gel", "gelées de printemps", "viticulture", "arboriculture fruitière",
      "aléas climatiques"), ("FR",), "2022-02"),
    ("bu27", "need", "es",
     "Necesidad: proteger a las familias alpaqueras de Puno frente a las heladas y nevadas",
     "En las punas de Puno, por encima de los 4.000 metros, hiela más de doscientas noches "
     "al año y entre junio y agosto las temperaturas bajan a -15 °C o menos; las nevadas "
     "cubren los pastos durante días. Cada invierno mueren crías de alpaca por neumonía, "
     "se pierden los cultivos de papa y quinua sorprendidos por una helada temprana y "
     "aumentan las infecciones respiratorias de niños y ancianos. El gobierno regional, "
     "con la dirección agraria y el servicio nacional de meteorología, solicita apoyo "
     "para: construir cobertizos para el ganado y viviendas térmicas con muros que "
     "acumulan el calor del sol en las comunidades más altas de Carabaya y Lampa; ampliar "
     "la red de estaciones y enviar alertas de heladas por radio y mensajes de texto; "
     "almacenar heno y ensilado para los meses críticos; recuperar las prácticas andinas "
     "que aprovechan o atenúan el frío, como el chuño y los waru waru; y formar a "
     "promotores comunales en gestión del riesgo.",
     ("heladas", "gestión del riesgo", "alpacas", "Puno", "necesidades"),
     ("PE",), "2024-04"),
    # --- bluetongue -----------------------------------------------------------------------
    ("bu28", "document", "en",
     "Bluetongue serotype 3: guidance for sheep, cattle and goat keepers in England",
     "Bluetongue is a viral disease of ruminants spread by Culicoides biting midges. It "
     "does not affect people or the safety of meat and milk, but in sheep it causes fever, "
     "swelling of the head, a blue tongue, lameness, abortions and deaths, and in cattle "
     "falls in milk yield and malformed calves. A new serotype, BTV-3, appeared in the "
     "Netherlands in September 2023 and within a year had spread across Belgium, Germany, "
     "France and eastern England, where the first cases were found in Kent and Norfolk. "
     "This guidance from the government veterinary agency explains how to recognise "
     "clinical signs and report a suspicion, the restricted zone and movement licences, "
     "pre-movement testing and the BTV-3 vaccines permitted from 2024. It also explains "
     "how midge activity depends on temperature, the seasonal low vector period in winter, "
     "and what keepers can do to reduce biting: housing animals at dusk and dawn, using "
     "insect repellents and removing dung heaps and wet ground where midges breed near "
     "buildings.",
     ("bluetongue", "animal health", "sheep", "biting midges", "vaccination"),
     ("GB", "NL"), "2024-07"),
    ("bu29", "case-study", "fr",
     "Fièvre catarrhale ovine dans le rayon de Roquefort : ce que la vague de 2023-2024 a "
     "appris aux éleveurs de brebis laitières",
     "La fièvre catarrhale ovine (FCO), ou maladie de la langue bleue, est une maladie "
     "virale des ruminants transmise par de minuscules moucherons piqueurs, les "
     "culicoïdes. Fin 2023, un nouveau variant du sérotype 8 a frappé les troupeaux de "
     "brebis laitières de l'Aveyron, de la Lozère et du Tarn, qui produisent le lait du "
     "roquefort ; à l'été 2024, le sérotype 3, venu du nord de l'Europe, a gagné une "
     "grande partie du pays. Ce cas, rédigé par un groupement de défense sanitaire avec "
     "des vétérinaires et l'interprofession, retrace la crise : brebis fiévreuses, "
     "boiteuses, à la tête gonflée, avortements, mortalité parfois élevée, chute de la "
     "production laitière et baisse de fertilité des béliers. Il décrit la vaccination, "
     "gratuite contre le sérotype 3 mais vite en rupture, les traitements insecticides, "
     "les restrictions aux mouvements d'animaux et aux exportations, et les aides aux "
     "éleveurs. Il tire aussi des leçons : surveillance des culicoïdes, stocks de vaccins "
     "et effet des hivers doux qui prolongent l'activité des moucherons.",
     ("fièvre catarrhale ovine", "santé animale", "brebis laitières", "culicoïdes",
      "Aveyron"), ("FR",), "2025-01"),
    ("bu30", "project", "es",
     "Vigilancia de Culicoides y vacunación frente a la lengua azul en las explotaciones "
     "de Andalucía y Extremadura",
     "La lengua azul, o fiebre catarral ovina, llegó a la península ibérica en 2004 desde "
     "el norte de África, y desde entonces han circulado en España los serotipos 1, 4 y 8 "
     "del virus, que transmiten pequeños dípteros hematófagos del género Culicoides, sobre "
     "todo Culicoides imicola, propio de climas cálidos. El proyecto, del ministerio de "
     "agricultura con las consejerías de Andalucía y Extremadura, el laboratorio central "
     "de veterinaria y grupos universitarios, mantiene una red de trampas de luz negra en "
     "explotaciones de ovino, caprino y vacuno de las dehesas, que se revisan cada semana "
     "para contar y clasificar los Culicoides, declarar los periodos estacionalmente "
     "libres del vector y autorizar los movimientos de ganado. Combina estos datos con la "
     "vigilancia serológica de animales centinela y con campañas de vacunación voluntaria "
     "u obligatoria según el serotipo, y estudia cómo el aumento de las temperaturas "
     "alarga la temporada de actividad del vector y lleva a Culicoides imicola hacia el "
     "norte.",
     ("lengua azul", "sanidad animal", "Culicoides", "vigilancia entomológica",
      "ganado ovino"), ("ES",), "2023-10"),
)  # fmt: skip
