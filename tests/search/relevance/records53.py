"""Clearing-house records of the fifty-third judged relevance set
(tests/search/relevance/queries53.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on monk seals (the Hawaiian monk seal pups moved away from the
sharks of Lalo; the phoques moines of the Côte des Phoques at Cap Blanc, Mauritania; the foca
monje del Caribe, the lobo marino of Columbus, extinct in Mexican waters); on Atlantic puffins
(the puffling patrol of Vestmannaeyjar; the macareux moines of the Sept-Îles; the frailecillos,
papagaios de mar, washed up on the Cantabrian and Galician coasts in 2014); on cormorants (the
culled double-crested cormorants of East Sand Island; the recensement des dortoirs and the tirs
de régulation of the grand cormoran in France; the biguás and pejerreyes of Chascomús); on the
American bullfrog (removal in southern British Columbia; the grenouille taureau, the ouaouaron
of Québec, in Gironde and Sologne; a need for the rana toro of the Valle del Cauca and
Antioquia); on green roofs (the brown roofs for the black redstart in London; the toitures
végétalisées of Paris; the naturación de azoteas of Mexico City); on saffron (the karewa fields
of Pampore, Kashmir; the safran of Taliouine; a need for the cebolla, the monda and the tueste
of the azafrán de La Mancha); on amaranth (an offer of mchicha seed in East Africa; the amarante
of the maraîchers of Cotonou; the kiwicha and achita of Ayacucho and Cusco); on rock climbing
and cliff-nesting birds (the seasonal restrictions of the Pembrokeshire sea cliffs; the
grimpeurs and rapaces rupestres of the Verdon; a need for the escalada of the Mallos de Riglos);
on forest bathing (shinrin-yoku at Akasawa and Japan's forest therapy bases; a journée on the
bains de forêt and sylvothérapie of the forêt de Soignes; the baños de bosque of the selva
valdiviana); and on raccoons (invasive raccoons in Japan; the ratons laveurs, chats sauvages,
of Québec's towns; a need for the mapaches of the sotos of the Henares). English, French and
Spanish, 10 records each, every topic written once in each language (different countries,
projects and angles, not translations of one text).

None of records.py, records3.py, ..., records51.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (monk seal, phoque moine, foca monje, Monachus,
Neomonachus, lobo marino, seal, phoque, foca, pinniped, pinnipède, Cap Blanc, Desertas; puffin,
macareux, frailecillo, Fratercula, auk, alcid, pingouin, alca, razorbill, guillemot, arao,
murre, Sept-Îles, Skomer, Westman; cormorant, cormoran, cormorán, Phalacrocorax, Nannopterum,
biguá, guanay, shag, cormoran huppé, moñudo; bullfrog, ouaouaron, grenouille taureau, rana
toro, Lithobates, catesbeianus, ranicultura, frog farm, Xenopus, xénope, frog, grenouille,
rana, amphibian; green roof, living roof, brown roof, roof, toit, toiture, végétalisé, techo,
azotea, cubierta, green wall, mur végétal, sedum, black redstart, rougequeue; saffron, safran,
azafrán, Crocus, stigma, stigmate, estigma, Taliouine, Pampore, Kashmir, La Mancha; amaranth,
amarante, amaranto, kiwicha, Amaranthus, alegría, pseudocereal, leafy vegetables,
légumes-feuilles, hortalizas de hoja, quelite, quintonil, huauzontle; climbing, climber,
escalade, grimpeur, escalada, escalador, crag, falaise, acantilado, cliff, peregrine, pèlerin,
peregrino, Bonelli, alimoche, gypaète, quebrantahuesos, mountaineer, montañismo, Verdon,
Riglos; forest bathing, shinrin-yoku, forest therapy, sylvothérapie, bain de forêt, baño de
bosque, terapia forestal, well-being, bien-être, bienestar, mental health, salud mental;
raccoon, raton laveur, mapache, Procyon, coati, raccoon dog, chien viverrin, perro mapache).
Screened and dropped as covered: water hyacinth (the jacinthe d'eau of Lake Nokoué, n32),
visitor carrying capacity (the entrance fee pages bs16-bs18, with their capacidad de carga),
sacred groves (u08), besides the topics of sets 42 to 51 and those their docstrings list as
covered, and the chemicals, waste, pollution, energy and biosafety topics left to set 52;
screened with no or passing hits but not chosen: sea lions (the lobos marinos
named by k12, bm21 and bs06), hippos (the anthrax page bz13 and the hipopótamos named by bv21),
feral horses (next to the feral burros of bz28), urban heat islands, natural dyes (the grana
cochinilla and añil named by records49), carob, fonio, ebony, community gardens, wild mushroom
picking (the truffle guide bn06).
The nearest are the harp seals of the sea ice of the Gulf of St. Lawrence (bv05), no monk seal
page; the UV-328 dataset on the puffins du Pacifique of the Indian Ocean (bg08), which in
French are shearwaters (Ardenna pacifica), not puffins; the cormorants among the birds dead of
botulism on Lake Michigan (ca13); the cane toad pages (bg28-bg30), another invasive amphibian,
no bullfrog; the Cotonou urban nature project whose measures include toitures végétalisées
(w11), judged 1 to the green roof queries, while the cool roofs of Ahmedabad (w19) are white
paint and the bird-friendly glass beside green roofs (bp22) is passing; the quelites of
Tlaxcala and Puebla (ce30), among which quintonil, an amaranth eaten as greens, is named in a
list, judged 0; no page on saffron, rock climbing, forest bathing or raccoons.
records52.py (ids cf01..cf30, chemicals, waste, energy, climate finance and biosafety topics),
written at the same time by another engineer, was searched for the same words once it was
finished: none of its records is about these topics (the solar water heaters on the roofs of
Barbados, the toits of Tunisia and the azoteas of Arequipa, cf04, cf05 and cf06, are no green
roofs).

Traps: the grands cormorans nesting on the cliffs of Cap Blanc (cg02), the cormorans huppés of
the Sept-Îles (cg05) and the patos cuervo, Colombia's name for the Neotropic cormorant, that eat
bullfrog tadpoles (cg12) are passing, 0 to the cormorant queries; the puffins des Anglais of
cg05 (Manx shearwaters: in French a puffin is a shearwater) and the pardelas of cg06 are not
puffins; the puffins of Skomer that cg22 leaves out and its grey seals are passing; the raccoons
that eat bullfrogs in British Columbia (cg10) and the bullfrogs named by the raccoon dataset
(cg28) are passing; the saffron bulbs grown on a Paris roof (cg14) and the palillo that Peruvian
markets call azafrán, a turmeric (cg21), are no saffron pages; the techos verdes of the
Valdivian visitor centre (cg27) are passing; the raccoon dog (tanuki, perro mapache) that cg28
and cg30 tell apart from the raccoon and the coatíes of Mallorca (cg30) are no raccoons; the
weedy pigweeds of cg19 are named only to be avoided. Pages of other sets' topics named in
passing: the brown pelicans of East Sand Island (cg07), the vencejos reales of Riglos (cg24),
the marées noires of the Sept-Îles (cg05), the rage du raton laveur (cg29), the vaquita and the
manatí (cg03).

Ids (cg01..cg30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cd01..cd30, ce01..ce30), nor with records52.py's (cf01..cf30), and no earlier id starts with
"cg".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- monk seals ---------------------------------------------------------------------------
    ("cg01", "project", "en",
     "Hawaiian monk seal recovery: moving pups, treating parasites and roping off beaches from "
     "Lalo to O'ahu",
     "Only about 1,600 Hawaiian monk seals (Neomonachus schauinslandi) survive, most of them on "
     "the remote atolls and islets of Papahānaumokuākea Marine National Monument and a growing "
     "group of about 400 in the main Hawaiian Islands. This recovery project, led by the federal "
     "fisheries agency with the state and volunteer networks, moves weaned pups away from Lalo "
     "(French Frigate Shoals), where Galápagos sharks patrol the nursing beaches, to safer "
     "islets, brings starving young seals to a hospital in Kona for rehabilitation, treats them "
     "against intestinal worms and vaccinates seals against morbillivirus before an outbreak can "
     "reach them. In the main islands, trained volunteers rope off the beaches where mothers "
     "nurse their pups and talk with swimmers, and shore fishers are asked to report hooked "
     "seals. The project warns that toxoplasmosis, carried by the faeces of feral cats washed "
     "into the sea, kills several seals each year, and it tracks the loss of haul-out beaches to "
     "rising seas.",
     ("monk seals", "Hawaiian monk seal", "marine mammals", "endangered species",
      "Papahānaumokuākea"),
     ("US",), "2024-03"),
    ("cg02", "dataset", "fr",
     "Phoque moine de Méditerranée à Cap Blanc : recensements photographiques et naissances dans "
     "les grottes de la Côte des Phoques, 1993-2024",
     "Sur la péninsule du Cap Blanc, près de Nouadhibou, vit la plus grande colonie de phoques "
     "moines de Méditerranée (Monachus monachus) au monde : quelques centaines d'animaux qui "
     "mettent bas dans des grottes au pied des falaises de la Côte des Phoques, dans la réserve "
     "satellite du Parc national du Banc d'Arguin. Ce jeu de données, tenu par l'institut "
     "mauritanien de recherches océanographiques et une fondation espagnole, réunit les "
     "identifications photographiques des individus par leurs taches et leurs cicatrices, les "
     "naissances comptées chaque saison par des caméras installées dans les grottes, les "
     "mortalités et les observations en mer. Il retrace l'effondrement de 1997, quand les deux "
     "tiers de la colonie sont morts en quelques semaines, sans doute à cause d'une microalgue "
     "toxique, puis la lente reprise, au-delà de 400 phoques aujourd'hui. Il consigne aussi les "
     "phoques pris dans les filets des pêcheurs artisanaux, les éboulements de grottes et, en "
     "marge, les grands cormorans qui nichent sur les falaises.",
     ("phoque moine", "Monachus monachus", "mammifères marins", "espèces menacées", "Cap Blanc"),
     ("MR",), "2024-10"),
    ("cg03", "case-study", "es",
     "La foca monje del Caribe: lecciones de una extinción para los mamíferos marinos de México",
     "La foca monje del Caribe (Neomonachus tropicalis), a la que Colón y sus marinos llamaron "
     "lobo marino en 1494, vivía en las playas y cayos del golfo de México y del mar Caribe. "
     "Cazada durante siglos por su grasa, que se derretía para obtener aceite, y por su piel, "
     "fue vista por última vez en 1952 en el banco Serranilla y se declaró extinta en 2008. Este "
     "estudio de caso, preparado por investigadores de la península de Yucatán, reconstruye su "
     "historia en el arrecife Alacranes, Cayo Arcas y Banco Chinchorro a partir de crónicas, "
     "bitácoras de pescadores, huesos hallados en sitios arqueológicos y ejemplares de museo. "
     "Explica por qué nadie actuó a tiempo: no había conteos, las colonias eran pocas y aisladas "
     "y la cacería siguió hasta el final. Saca lecciones para las especies que hoy quedan, como "
     "la vaquita marina y el manatí, y describe los recorridos con drones que se hicieron en los "
     "cayos para descartar que sobrevivieran ejemplares.",
     ("foca monje del Caribe", "especies extintas", "mamíferos marinos", "arrecife Alacranes",
      "historia ambiental"),
     ("MX",), "2023-07"),
    # --- puffins ------------------------------------------------------------------------------
    ("cg04", "case-study", "en",
     "Puffling patrol in Vestmannaeyjar: how a town rescues the young puffins lured by its "
     "lights",
     "The Westman Islands (Vestmannaeyjar), off Iceland's south coast, hold one of the largest "
     "Atlantic puffin (Fratercula arctica) colonies in the world, in burrows on the grassy cliff "
     "tops of Heimaey and the outer islets. From mid-August into September, young puffins "
     "leaving their burrows at night for the first time are drawn by the lights of Heimaey town "
     "and crash-land in streets, gardens and the fish factory harbour, where cats, cars and "
     "hunger kill them. This case study describes the puffling patrol: children and families "
     "walk the town with torches and cardboard boxes, weigh and register each bird at the local "
     "aquarium and release it from the shore the next day. It reports more than 7,000 rescues in "
     "2019 and far fewer in the years when sandeels failed and few chicks fledged, explains the "
     "dimming of harbour lights during the fledging weeks, and discusses the end of most of the "
     "traditional puffin hunting with the long-handled háfur net.",
     ("puffins", "Atlantic puffin", "seabirds", "seabird colonies", "volunteers"),
     ("IS",), "2023-09"),
    ("cg05", "project", "fr",
     "Macareux moine des Sept-Îles : enrayer le déclin de la dernière colonie de Bretagne",
     "L'archipel des Sept-Îles, au large de Perros-Guirec, est la plus ancienne réserve "
     "naturelle de France pour les oiseaux marins et abrite la seule colonie notable de macareux "
     "moine (Fratercula arctica) du pays. Les macareux, qui creusent leurs terriers dans les "
     "pentes herbeuses de Rouzic et de Malban, étaient plusieurs milliers de couples au début du "
     "XXe siècle ; les tirs, puis les marées noires du Torrey Canyon et de l'Amoco Cadiz, les "
     "ont réduits, et il n'en reste qu'une centaine de couples. Le projet, mené par "
     "l'association gestionnaire de la réserve avec des chercheurs, inspecte les terriers à la "
     "caméra endoscopique, équipe des adultes de balises pour savoir où ils pêchent en hiver, "
     "étudie la raréfaction des lançons et des sprats dans une Manche qui se réchauffe et "
     "encadre les vedettes qui font le tour des îles. Les fous de Bassan, les pingouins tordas, "
     "les cormorans huppés et les puffins des Anglais de l'archipel sont suivis à part : en "
     "français, le puffin n'est pas le macareux.",
     ("macareux moine", "oiseaux marins", "colonies d'oiseaux marins", "réserves naturelles",
      "Bretagne"),
     ("FR",), "2024-05"),
    ("cg06", "dataset", "es",
     "Frailecillos varados en las costas cantábrica y gallega tras los temporales del invierno "
     "de 2014",
     "Entre enero y marzo de 2014 una sucesión de temporales atlánticos dejó miles de aves "
     "marinas muertas o agotadas en las playas del norte de España, en un arribazón como no se "
     "recordaba. Este conjunto de datos, reunido por una sociedad ornitológica con las redes de "
     "varamientos de Galicia, Asturias, Cantabria y el País Vasco, registra cada ave recogida: "
     "especie, playa, fecha, estado, peso y anillas leídas. Más de la mitad eran frailecillos "
     "atlánticos (Fratercula arctica), el papagaio de mar de los marineros gallegos, seguidos de "
     "araos, alcas y algunas pardelas. Las anillas mostraron que muchos frailecillos venían de "
     "colonias de las islas Británicas y del norte de Europa, y la necropsia de los cadáveres, "
     "muy delgados, apuntó al hambre durante las tormentas más que a los hidrocarburos. Los "
     "datos sirven de referencia para los temporales siguientes y para valorar el efecto del "
     "cambio climático en las aves marinas que invernan en el golfo de Vizcaya.",
     ("frailecillos", "aves marinas", "varamientos", "temporales", "mar Cantábrico"),
     ("ES",), "2022-12"),
    # --- cormorants ---------------------------------------------------------------------------
    ("cg07", "dataset", "en",
     "Double-crested cormorants of East Sand Island, Columbia River estuary: colony counts, "
     "salmon smolt losses and culling, 1997-2024",
     "East Sand Island, near the mouth of the Columbia River between Oregon and Washington, held "
     "the largest breeding colony of double-crested cormorants (Nannopterum auritum, formerly "
     "Phalacrocorax auritus) in western North America, with almost 15,000 pairs in 2013. Because "
     "the birds eat millions of juvenile salmon and steelhead from runs listed as threatened, "
     "the federal agencies adopted a management plan in 2015 under which about 5,500 adults were "
     "shot, eggs were oiled and the nesting area was cut back. This dataset compiles aerial "
     "photo counts of nests, the numbers of birds culled and nests destroyed, smolt consumption "
     "estimated from fish tags recovered on the colony, and the collapse of 2016-2018, when the "
     "birds abandoned the island and moved upriver to bridges and channel markers. It also "
     "covers the Caspian tern colony on the same island and notes the brown pelicans that roost "
     "there in late summer.",
     ("cormorants", "double-crested cormorant", "colonial waterbirds", "salmon",
      "wildlife management"),
     ("US",), "2024-08"),
    ("cg08", "document", "fr",
     "Grand cormoran : protocole du recensement national des dortoirs hivernaux et cadre des "
     "tirs de régulation",
     "Le grand cormoran (Phalacrocorax carbo), presque disparu de France au début des années "
     "1970, y hiverne aujourd'hui à plus de 100 000 individus, surtout de la sous-espèce "
     "continentale sinensis, et niche sur les grands lacs et le long des fleuves. Espèce "
     "protégée, il peut être tiré par dérogation, dans des quotas fixés par département, pour "
     "protéger les piscicultures en étangs de la Dombes, de la Brenne ou de Lorraine et les "
     "poissons menacés des eaux libres, comme l'ombre commun ou l'anguille. Ce document décrit "
     "le recensement national des dortoirs, organisé tous les deux ans à la mi-janvier : "
     "repérage des arbres-dortoirs, comptage au crépuscule par des observateurs coordonnés, "
     "saisie et cartographie. Il explique comment ces chiffres servent à fixer les quotas, "
     "comment déclarer les oiseaux tirés, et pourquoi le cormoran huppé, oiseau marin, est exclu "
     "des tirs. Il rappelle enfin les moyens non létaux : filets, effarouchement, abris à "
     "poissons.",
     ("grand cormoran", "oiseaux piscivores", "recensements hivernaux", "piscicultures",
      "espèces protégées"),
     ("FR",), "2023-11"),
    ("cg09", "case-study", "es",
     "Biguás y pejerreyes en las lagunas pampeanas: estudio de caso en Chascomús",
     "En las lagunas de la pampa bonaerense, los pescadores embarcados y de orilla culpan al "
     "biguá (Nannopterum brasilianum), el cormorán más común de América del Sur, de la escasez "
     "de pejerrey, y cada tanto piden su control. Este estudio de caso, hecho en las lagunas de "
     "Chascomús, Vitel y Adela por una universidad nacional y la dirección provincial de pesca, "
     "contó los biguás en sus dormideros de los talares de la costa durante cuatro años y "
     "analizó su dieta a partir de egagrópilas y contenidos estomacales. Los biguás comieron "
     "sobre todo mojarras, madrecitas y carpas chicas; el pejerrey fue menos de un quinto de la "
     "dieta y casi siempre de tallas sin interés para la pesca. El texto concluye que las "
     "sequías, la turbidez, la salinidad y la sobrepesca explican mejor la caída del pejerrey, "
     "desaconseja la matanza de biguás que reclaman algunos clubes, y propone siembras de "
     "alevinos y vedas.",
     ("biguá", "cormoranes", "pejerrey", "lagunas pampeanas", "pesca deportiva"),
     ("AR",), "2023-04"),
    # --- American bullfrog --------------------------------------------------------------------
    ("cg10", "project", "en",
     "Removing invasive American bullfrogs from the wetlands of southern British Columbia",
     "The American bullfrog (Lithobates catesbeianus), native to eastern North America, was "
     "brought to British Columbia for frog-leg farms in the 1930s and 1950s; the farms failed, "
     "and escaped frogs now breed in ponds, sloughs and farm reservoirs of the Lower Mainland "
     "and southern Vancouver Island. Bullfrogs eat almost anything they can swallow, including "
     "western painted turtle hatchlings, red-legged frogs, young Oregon spotted frogs and "
     "ducklings, and they carry the chytrid fungus without falling ill. This project, run by a "
     "conservation society with regional parks and First Nations, removes adults at night by "
     "headlamp and hand net, traps tadpoles, which take two years to mature, drains small ponds "
     "in winter and surveys new sites with environmental DNA and call recordings. Raccoons, "
     "herons and river otters eat bullfrogs but cannot keep up. The project reports 38,000 "
     "bullfrogs removed since 2018 and the first painted turtle nests that survived in two "
     "restored ponds.",
     ("American bullfrog", "invasive alien species", "amphibians", "wetlands", "painted turtle"),
     ("CA",), "2024-02"),
    ("cg11", "document", "fr",
     "La grenouille taureau en Gironde et en Sologne : guide de détection et de lutte",
     "Introduite en 1968 près de Bordeaux par un particulier qui en avait rapporté une douzaine "
     "d'Amérique du Nord, la grenouille taureau (Lithobates catesbeianus), le ouaouaron des "
     "Québécois, s'est répandue dans les étangs, gravières et marais de Gironde, puis a été "
     "trouvée en Sologne au début des années 2000. Ce guide, issu d'un programme LIFE mené avec "
     "les fédérations de pêche, les conservatoires d'espaces naturels et les propriétaires "
     "d'étangs, aide à la reconnaître : jusqu'à 20 cm, un tympan très grand, un chant grave "
     "comme un meuglement, des têtards géants qui passent l'hiver dans l'eau. Il décrit la "
     "détection par écoute nocturne et par ADN environnemental, puis la lutte : tir des adultes "
     "par des agents formés, capture des têtards au filet et à la nasse, vidange et assec des "
     "étangs. Il explique pourquoi il ne faut jamais déplacer ni relâcher d'animaux d'étang, et "
     "signale le xénope lisse, autre amphibien exotique de l'ouest de la France.",
     ("grenouille taureau", "espèces exotiques envahissantes", "amphibiens", "étangs",
      "ADN environnemental"),
     ("FR",), "2023-03"),
    ("cg12", "need", "es",
     "Necesidad: control de la rana toro en humedales y quebradas del Valle del Cauca y "
     "Antioquia",
     "La rana toro (Lithobates catesbeianus), traída a Colombia en los años ochenta para "
     "zoocriaderos de ranicultura que luego se abandonaron, se ha establecido en lagos, "
     "represas, humedales y quebradas del Valle del Cauca, del Eje Cafetero y de Antioquia. Come "
     "ranas nativas, peces, culebras y pichones, compite con especies endémicas y transmite el "
     "hongo quitridio, que ha diezmado anfibios en los Andes. La autoridad ambiental regional, "
     "con un instituto de investigación en biodiversidad y universidades, solicita apoyo para "
     "mapear la invasión con ADN ambiental y monitoreo acústico, capacitar cuadrillas que "
     "capturen adultos y renacuajos, drenar estanques abandonados y hacer campañas para que "
     "nadie vuelva a criar ni a soltar ranas toro. Pide además un protocolo sanitario para "
     "manejar los animales capturados y estudios sobre las garzas y los patos cuervo, que "
     "también comen sus renacuajos.",
     ("rana toro", "especies exóticas invasoras", "anfibios", "humedales", "necesidades"),
     ("CO",), "2024-06"),
    # --- green roofs --------------------------------------------------------------------------
    ("cg13", "case-study", "en",
     "Living roofs for the black redstart: twenty years of biodiverse roofs in London",
     "In the late 1990s the black redstart, a rare breeding bird in Britain, nested on the "
     "rubble of London's derelict docklands and power stations. As those brownfield sites were "
     "built over, ecologists persuaded developers in Deptford, Canary Wharf and the lower Lea "
     "Valley to put the habitat on the roof: brown roofs of crushed brick, concrete and local "
     "soil left to colonise, instead of thin mats of sedum. This case study looks back at twenty "
     "years of living roofs in the capital, which the London Plan now expects on major new "
     "buildings. Surveys of 40 roofs found that biodiverse roofs with varied substrate depth, "
     "dead wood, sand and wildflowers held more ground beetles, spiders and solitary bees than "
     "sedum roofs, and that black redstarts feed on some of them. The study also reports the "
     "stormwater retained, the cost of maintenance, the roofs that failed in drought summers, "
     "and the biosolar roofs that combine green roofs with solar panels.",
     ("green roofs", "living roofs", "urban biodiversity", "black redstart", "brownfield sites"),
     ("GB",), "2022-10"),
    ("cg14", "project", "fr",
     "Végétaliser les toits de Paris : toitures végétalisées, biodiversité et agriculture "
     "urbaine",
     "Avec ses immeubles serrés, Paris manque d'espaces verts, mais ses toits-terrasses en "
     "offrent des centaines d'hectares. La Ville s'est fixé en 2014 l'objectif de cent hectares "
     "de toitures et de façades végétalisées, dont un tiers consacré à l'agriculture urbaine, et "
     "impose désormais la végétalisation des toits plats des constructions neuves. Ce projet "
     "accompagne les copropriétés, les bailleurs sociaux et les écoles : diagnostic de portance "
     "et d'étanchéité, choix du substrat, plantes indigènes d'Île-de-France plutôt que tapis de "
     "sedum, refuges pour les insectes, suivi des abeilles sauvages, des araignées et des "
     "oiseaux avec l'agence régionale de la biodiversité. Il mesure aussi la rétention des eaux "
     "de pluie et la température des derniers étages pendant les canicules. Les potagers sur les "
     "toits, une champignonnière et les bulbes de safran qu'une jeune entreprise cultive sur un "
     "toit du 11e arrondissement relèvent de l'équipe de l'agriculture urbaine.",
     ("toitures végétalisées", "biodiversité urbaine", "végétalisation", "agriculture urbaine",
      "adaptation au changement climatique"),
     ("FR",), "2023-06"),
    ("cg15", "document", "es",
     "Guía para la naturación de azoteas en la Ciudad de México",
     "En la Ciudad de México se llama naturación de azoteas a lo que en otros países se conoce "
     "como techos verdes o cubiertas ajardinadas. Esta guía de la secretaría de medio ambiente "
     "de la ciudad explica la norma ambiental local que fija los requisitos técnicos: sistemas "
     "extensivos, semiintensivos e intensivos, capas de impermeabilización, antirraíz, drenaje y "
     "sustrato, carga que debe soportar la losa y mantenimiento. Recomienda plantas nativas del "
     "valle de México resistentes a la sequía, como siemprevivas, echeverias, agaves chicos, "
     "salvias y pastos, que atraen colibríes, mariposas y abejas nativas, y desaconseja el pasto "
     "en rollo. Incluye ejemplos en hospitales, escuelas y oficinas de gobierno, la reducción "
     "del impuesto predial para quienes naturan su azotea, el registro de superficies naturadas "
     "y una tabla de costos, y muestra cómo combinar la azotea verde con la captación de agua de "
     "lluvia.",
     ("azoteas verdes", "naturación de azoteas", "techos verdes", "biodiversidad urbana",
      "infraestructura verde"),
     ("MX",), "2024-01"),
    # --- saffron ------------------------------------------------------------------------------
    ("cg16", "project", "en",
     "Saffron heritage of Kashmir: reviving the karewa saffron fields of Pampore",
     "On the karewas, the flat-topped plateaus of Pampore and Budgam south of Srinagar, farmers "
     "have grown saffron (Crocus sativus) for centuries, in fields that flower purple for three "
     "weeks in late October. The crocus is sterile and spreads only by corms, so the health of "
     "the corms passed from field to field decides every harvest. Yields fell by more than half "
     "between the 1990s and 2010 because of droughts, corm rot, ageing plots and houses built on "
     "saffron land. The area, recognised by FAO as a Globally Important Agricultural Heritage "
     "System, is the focus of this project, which installs sprinkler irrigation and tube wells, "
     "produces healthy corms in a nursery, trains farmers in corm selection and spacing, and "
     "runs a spice park where saffron is dried, graded and tested. Kashmir saffron received a "
     "geographical indication in 2020. The project also records the knowledge of the women who "
     "separate the stigmas by hand, and the almond and mustard grown on the same karewas.",
     ("saffron", "agricultural heritage", "GIAHS", "traditional knowledge", "Kashmir"),
     ("IN",), "2023-10"),
    ("cg17", "case-study", "fr",
     "Le safran de Taliouine : coopératives de femmes, appellation d'origine et savoirs du "
     "Siroua",
     "Au pied du massif du Siroua, entre Taliouine et Taznakht, les villages amazighs cultivent "
     "le safran sur de petites parcelles en terrasses irriguées par des séguias. La fleur est "
     "cueillie à l'aube en octobre et en novembre, puis les femmes séparent à la main les "
     "stigmates rouges, l'or rouge, qu'elles font sécher à l'ombre. Cette étude de cas suit dix "
     "coopératives créées depuis la reconnaissance de l'appellation d'origine protégée Safran de "
     "Taliouine en 2010 : prix payés aux familles, contrôle de la qualité, concurrence du safran "
     "importé et fraudes à la barbe de maïs teintée, rôle du festival annuel. Elle décrit les "
     "savoirs locaux de sélection et de conservation des bulbes, le repos des parcelles et les "
     "rotations avec l'orge, et les pertes dues aux sécheresses de 2019 à 2023, qui ont tari les "
     "puits. Elle conclut sur la transmission aux jeunes et l'accès des femmes aux revenus.",
     ("safran", "coopératives de femmes", "appellation d'origine", "savoirs traditionnels",
      "agriculture de montagne"),
     ("MA",), "2024-02"),
    ("cg18", "need", "es",
     "Necesidad: banco de cebolla sana y relevo generacional para el azafrán de La Mancha",
     "En los años setenta se cultivaban en Castilla-La Mancha más de seis mil hectáreas de "
     "azafrán; hoy quedan unos pocos cientos, en manos de agricultores mayores de Consuegra, "
     "Madridejos, Motilla del Palancar y otros pueblos de Toledo, Cuenca, Ciudad Real y "
     "Albacete. La rosa del azafrán se coge a mano al amanecer, se monda en casa, separando las "
     "hebras, y se tuesta sobre brasas, un saber que se transmite en las familias. El consejo "
     "regulador de la denominación de origen, con el banco de germoplasma de Cuenca, que guarda "
     "una colección mundial de Crocus, solicita apoyo para producir cebolla (bulbos) libre de "
     "hongos como Fusarium, proteger las parcelas de topillos y conejos, formar a jóvenes en el "
     "cultivo, la monda y el tueste, y reforzar los análisis que distinguen el azafrán manchego "
     "del importado de Irán que se vende como nacional. Pide también una pequeña escardadora "
     "adaptada a las parcelas.",
     ("azafrán", "denominación de origen", "recursos fitogenéticos", "relevo generacional",
      "necesidades"),
     ("ES",), "2024-09"),
    # --- amaranth -----------------------------------------------------------------------------
    ("cg19", "support-source", "en",
     "Offer: amaranth seed, training and recipes for farmer groups in East Africa",
     "A vegetable research centre based in Arusha offers farmer groups, schools and seed "
     "companies in Tanzania, Kenya, Uganda and Rwanda help to grow amaranth, the mchicha of "
     "Swahili-speaking markets, for its leaves and for its grain. The offer includes small packs "
     "of seed of improved and traditional leaf varieties and of grain amaranth from the centre's "
     "genebank, which holds several hundred amaranth accessions; training in nursery beds, "
     "spacing, harvesting leaves by repeated cutting and saving seed; and recipes for porridge "
     "and flour blends that add iron and protein to children's meals. Technicians visit "
     "demonstration plots with the groups and help them sell leaves in town markets. The centre "
     "also advises on other African leafy vegetables such as African nightshade, spider plant "
     "and cowpea leaves, and warns against saving seed from the weedy pigweeds of maize fields. "
     "Applications are accepted twice a year from registered groups.",
     ("amaranth", "African leafy vegetables", "seeds", "nutrition", "offers"),
     ("TZ", "KE", "UG", "RW"), "2024-04"),
    ("cg20", "case-study", "fr",
     "L'amarante dans les jardins maraîchers de Cotonou : étude de cas sur un légume-feuille "
     "traditionnel",
     "Sur les sables des sites maraîchers de Houéyiho et de Sèmè-Podji, autour de Cotonou, plus "
     "d'un millier de maraîchers produisent chaque semaine des légumes-feuilles pour les marchés "
     "de la ville, et l'amarante en est le premier. Cette étude de cas suit 80 exploitations "
     "pendant deux ans : variétés locales à feuilles vertes ou rouges, semences gardées par les "
     "productrices ou achetées, rotations avec le gboma, le crincrin et la laitue, arrosage à "
     "l'arrosoir depuis des puits peu profonds, fumure à la fiente de volaille. Elle mesure la "
     "récolte, coupée tous les dix jours, et le revenu des revendeuses du marché Dantokpa, et "
     "montre que l'amarante, bon marché et riche en fer et en provitamine A, entre dans presque "
     "tous les repas des ménages pauvres. Elle décrit les menaces, pression foncière sur les "
     "sites, nappes salées et chenilles défoliatrices, et propose des semences paysannes "
     "sélectionnées et un accès sécurisé à la terre.",
     ("amarante", "légumes-feuilles traditionnels", "maraîchage urbain", "semences paysannes",
      "sécurité alimentaire"),
     ("BJ",), "2023-08"),
    ("cg21", "project", "es",
     "Rescate de la kiwicha y la achita en comunidades campesinas de Ayacucho y Cusco",
     "La kiwicha (Amaranthus caudatus), que en Ayacucho llaman achita, es un grano andino que se "
     "sembraba junto al maíz desde antes de los incas y que casi desapareció de las chacras en "
     "la Colonia. Hoy el Perú exporta kiwicha reventada y en hojuelas, pero unas pocas "
     "variedades mejoradas de grano blanco han desplazado a las de panojas rojas, moradas y "
     "amarillas que mantenían las familias. Este proyecto, con la agencia agraria regional, una "
     "universidad del Cusco y 25 comunidades campesinas, colecta y caracteriza las variedades "
     "nativas, instala parcelas semilleras, organiza ferias de semillas y concursos de panojas, "
     "y apoya a grupos de mujeres que preparan turrones, api y galletas para los desayunos "
     "escolares. También forma promotores en cosecha y trilla sin pérdidas y registra nombres y "
     "usos tradicionales, como las hojas tiernas que se comen en guisos. En las mismas ferias "
     "las familias venden quinua y palillo, la raíz amarilla a la que en los mercados llaman "
     "azafrán.",
     ("kiwicha", "granos andinos", "variedades nativas", "agrobiodiversidad",
      "comunidades campesinas"),
     ("PE",), "2024-07"),
    # --- rock climbing and cliff-nesting birds ------------------------------------------------
    ("cg22", "dataset", "en",
     "Seasonal climbing restrictions for nesting birds on the Pembrokeshire sea cliffs: "
     "restricted zones, nest counts and compliance, 1995-2024",
     "The limestone and sandstone sea cliffs of south Pembrokeshire, from St Govan's Head to "
     "Stack Rocks, are among the most climbed in Britain and also hold ledges of guillemots, "
     "razorbills, kittiwakes and fulmars, and nesting choughs and peregrines. Since the mid "
     "1990s climbers, the national park authority, the military range and conservation bodies "
     "have agreed seasonal restrictions: on marked cliffs no climbing from 1 March to 31 July, "
     "and a few routes closed all year. This dataset lists each restricted zone with its dates "
     "and the species behind it, the yearly counts of nests and fledged young on those cliffs, "
     "and the reports of climbers seen on closed routes by wardens, with the action taken. It "
     "shows that breeding on restricted cliffs stayed stable while climbing grew. The puffins of "
     "Skomer and Skokholm, which nest in burrows on the islands far from any climbing, are not "
     "covered; grey seals pupping in the caves below some routes in autumn are noted.",
     ("rock climbing", "seabird colonies", "cliff-nesting birds", "access agreements",
      "national parks"),
     ("GB",), "2024-11"),
    ("cg23", "document", "fr",
     "Escalade et rapaces rupestres dans les gorges du Verdon : guide des bonnes pratiques pour "
     "les grimpeurs",
     "Les falaises calcaires des gorges du Verdon, hautes de plus de 300 mètres, comptent plus "
     "de 1 500 voies d'escalade et attirent des grimpeurs du monde entier. Elles abritent aussi "
     "les vautours fauves réintroduits à partir de 1999, l'aigle royal, le faucon pèlerin, le "
     "hibou grand-duc et des plantes des parois qui ne poussent nulle part ailleurs, comme la "
     "doradille du Verdon. Ce guide, rédigé par le parc naturel régional avec la fédération "
     "d'escalade et les guides de haute montagne, présente les secteurs fermés pendant la "
     "nidification, de février à juin, et la façon dont ils sont signalés dans les topos et les "
     "applications, la conduite à tenir si un oiseau quitte son nid, et les règles pour ne pas "
     "arracher la végétation des fissures ni équiper de nouvelles voies sans accord. Il aborde "
     "aussi la magnésie, le bivouac au pied des voies, le survol des falaises par les drones et "
     "le partage des parkings avec les randonneurs.",
     ("escalade", "rapaces rupestres", "sports de nature", "falaises", "parcs naturels régionaux"),
     ("FR",), "2023-04"),
    ("cg24", "need", "es",
     "Necesidad: regulación consensuada de la escalada en los Mallos de Riglos y Agüero",
     "Los mallos, grandes torres de conglomerado que se alzan sobre los pueblos de Riglos y "
     "Agüero, en el prepirineo de Huesca, son desde los años cincuenta una escuela clásica de "
     "escalada, con vías de hasta 300 metros en el Pisón, el Puro o el Firé. Sus paredes "
     "albergan una colonia de buitres leonados, alimoches, halcones peregrinos, chovas "
     "piquirrojas y vencejos reales. Desde que fueron declarados monumento natural, el gobierno "
     "de Aragón restringe cada año algunas vías durante la cría, pero los escaladores se quejan "
     "de cierres tardíos y poco claros, y los agentes de protección de la naturaleza no dan "
     "abasto. La dirección del espacio solicita apoyo para seguir la reproducción de cada pareja "
     "con cámaras y voluntarios, publicar a tiempo en una aplicación el calendario de vías "
     "abiertas y cerradas, reponer las reuniones y los seguros de las vías abiertas y formar a "
     "guías y clubes en buenas prácticas.",
     ("escalada", "aves rupícolas", "monumentos naturales", "uso público", "necesidades"),
     ("ES",), "2024-03"),
    # --- forest bathing -----------------------------------------------------------------------
    ("cg25", "case-study", "en",
     "Shinrin-yoku from Akasawa to Japan's forest therapy bases: forty years of forest bathing",
     "In 1982 Japan's forestry agency coined the term shinrin-yoku, forest bathing, to encourage "
     "people to walk slowly through forests for their health, and the first event was held in "
     "the Akasawa forest in Nagano, among hinoki cypress more than 300 years old. This case "
     "study follows what came after: more than 60 forest therapy bases and roads certified by a "
     "national society since 2006, trained forest therapy guides, and medical studies that "
     "measured lower blood pressure, pulse and salivary cortisol after walks in forests than "
     "after walks in cities. It examines how villages in Nagano, Okayama and Miyazaki turned "
     "declining timber forests into destinations, what visitors pay, and how trails, boardwalks "
     "and group sizes are managed so that mosses, orchids and tree roots are not trampled. It "
     "asks whether forest bathing has helped protect old forests or only drawn visitors, and "
     "compares it with the healing forests of the Republic of Korea.",
     ("forest bathing", "shinrin-yoku", "forests and health", "nature-based tourism",
      "old forests"),
     ("JP",), "2023-05"),
    ("cg26", "event", "fr",
     "Journée d'échanges : bains de forêt et sylvothérapie en forêt de Soignes",
     "La forêt de Soignes, hêtraie de 4 400 hectares aux portes de Bruxelles dont une partie est "
     "inscrite au patrimoine mondial, reçoit des millions de visites par an, et les offres de "
     "bains de forêt, de sylvothérapie et de marche méditative s'y multiplient. Les "
     "gestionnaires bruxellois, flamand et wallon de la forêt organisent une journée d'échanges "
     "avec les accompagnateurs, des médecins qui prescrivent la nature et des naturalistes. Au "
     "programme : ce que disent les études sur le stress et la santé, la charte que signeront "
     "les animateurs d'activités encadrées (groupes de douze personnes au plus, sentiers "
     "balisés, pas de cueillette, silence dans les réserves forestières), la protection des "
     "vieux hêtres et du bois mort, et l'accueil de publics éloignés de la nature. Une sortie "
     "d'initiation d'une heure et demie est proposée l'après-midi. Inscription gratuite, places "
     "limitées.",
     ("bains de forêt", "sylvothérapie", "forêts périurbaines", "santé", "accueil du public"),
     ("BE",), "2024-09"),
    ("cg27", "project", "es",
     "Baños de bosque en la selva valdiviana: salud y conservación del bosque nativo en Los Ríos",
     "En la región de Los Ríos, un municipio costero, una reserva privada y el servicio de salud "
     "local se unieron para ofrecer baños de bosque, caminatas lentas y guiadas entre coigües, "
     "ulmos, olivillos y arrayanes centenarios, a pacientes con estrés, ansiedad o enfermedades "
     "crónicas derivados por los consultorios. El proyecto forma guías de comunidades "
     "mapuche-huilliche y campesinas, que suman a los recorridos el lawen, las plantas "
     "medicinales del bosque, y relatos sobre el canelo; habilita senderos de bajo impacto con "
     "pasarelas sobre los suelos húmedos y limita los grupos a diez personas. Mide con los "
     "médicos la presión arterial y el ánimo de los participantes antes y después de ocho "
     "salidas, y con los guardaparques el pisoteo y la regeneración junto a los senderos. El "
     "centro de visitantes, con techos verdes, sirve de punto de partida, y parte de lo que "
     "pagan los turistas financia la vigilancia contra la tala.",
     ("baños de bosque", "bosque nativo", "salud", "turismo de naturaleza", "selva valdiviana"),
     ("CL",), "2024-05"),
    # --- raccoons -----------------------------------------------------------------------------
    ("cg28", "dataset", "en",
     "Invasive raccoons in Japan: captures, spread and damage records by prefecture, 2000-2024",
     "Raccoons (Procyon lotor) were imported into Japan by the thousands as pets after a popular "
     "animated series about a boy and his raccoon was broadcast in 1977, and many escaped or "
     "were released when they grew aggressive. Designated under the Invasive Alien Species Act "
     "in 2005, they are now found in almost every prefecture. This dataset compiles the yearly "
     "captures reported by prefectures and municipalities, the grid squares where raccoons were "
     "recorded, damage to crops such as melons, maize and grapes, and the claw marks found on "
     "wooden temples and shrines in Kyoto, Nara and Kamakura. It also holds studies of predation "
     "on native salamanders, frogs and crayfish in Hokkaido and in the satoyama ponds of "
     "Kanagawa. Users are warned not to confuse raccoons with the native raccoon dog, the "
     "tanuki, a canid; records of the American bullfrog, another invader of the same ponds, are "
     "kept in a separate dataset.",
     ("raccoons", "invasive alien species", "Procyon lotor", "crop damage", "cultural heritage"),
     ("JP",), "2024-12"),
    ("cg29", "document", "fr",
     "Ratons laveurs en ville : guide de cohabitation pour les municipalités du Québec",
     "Le raton laveur, que bien des Québécois appellent encore chat sauvage, s'est très bien "
     "adapté aux villes : à Montréal, à Québec et à Gatineau, il trouve dans les bacs à ordures, "
     "les composteurs, la nourriture pour chats laissée dehors et les cabanons un garde-manger "
     "et des abris. Ce guide, préparé par le ministère responsable de la faune avec des "
     "municipalités, aide les citoyens et les élus à prévenir les conflits : bacs verrouillés, "
     "grillage sous les galeries et les remises, cheminées coiffées, aucune nourriture laissée "
     "dehors. Il explique quand faire appel à un trappeur ou à une entreprise autorisée, "
     "pourquoi il est interdit de relocaliser soi-même un animal capturé, et que faire si l'on "
     "trouve des petits au printemps. Il mentionne la rage du raton laveur, surveillée depuis "
     "son arrivée par la Montérégie en 2006, et le ver rond du raton laveur, dont les œufs "
     "peuvent infecter chiens et humains.",
     ("ratons laveurs", "faune urbaine", "cohabitation avec la faune", "conflits humains-faune",
      "municipalités"),
     ("CA",), "2023-07"),
    ("cg30", "need", "es",
     "Necesidad: erradicación del mapache en los sotos del Henares y del Jarama",
     "El mapache (Procyon lotor), vendido como mascota hasta su prohibición, se asentó a "
     "comienzos de los años 2000 en los sotos y riberas del río Henares y desde allí ha bajado "
     "por el Jarama y el Tajuña. Incluido en el Catálogo español de especies exóticas invasoras, "
     "depreda nidos de aves acuáticas, puestas de galápago europeo, anfibios, cangrejos y peces, "
     "y entra en gallineros y huertas de la vega. La Comunidad de Madrid ha capturado más de 800 "
     "mapaches con jaulas trampa, pero siguen apareciendo en tramos nuevos. La dirección general "
     "de biodiversidad solicita apoyo para cámaras de fototrampeo, detección con perros "
     "entrenados, un protocolo común con Castilla-La Mancha, una campaña contra el abandono de "
     "mascotas exóticas y formación de agentes forestales. No hay que confundir al mapache con "
     "el perro mapache, otro invasor, de origen asiático, aún no detectado en la región; los "
     "coatíes de Mallorca tienen su propio plan.",
     ("mapache", "especies exóticas invasoras", "ríos y riberas", "erradicación", "necesidades"),
     ("ES",), "2024-10"),
)  # fmt: skip
