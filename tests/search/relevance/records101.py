"""Clearing-house records of the hundred-and-first judged relevance set
(tests/search/relevance/queries101.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on the tree of heaven (stem injection and trap trees against the
spotted lanternfly along Pennsylvania's rail corridors; a guide on the ailante, the faux vernis du
Japon, for French communes; ten years against the ailanto, the árbol del cielo, in the barrancos
and tanques of Menorca); on giant reed (cane cover and biological control agents on the Rio Grande,
the Río Bravo, of Texas and Mexico; the canne de Provence of the banks of the Argens and the reed
makers of the Var; a need for the cañares of caña común of the Vega Media del Segura); on Christmas
trees (the Georgian pickers of Nordmann fir cones in Racha who supply the Danish growers; a dataset
on the sapins de Noël plantations of the Morvan; the season of árboles de Navidad naturales of the
plantations of the Estado de México and the January acopio); on pomegranates (the Goychay
collection and wild thickets of Azerbaijan; the grenadiers of the Sefri d'Ouled Abdellah
geographical indication in the Tadla, Morocco; a guide to the granado mollar de Elche); on
shearwaters (the Newell's shearwater fledglings grounded by lights on Kauai; the puffins yelkouan
and puffins de Scopoli of the îles d'Hyères; a need for the fardela blanca of isla Mocha and Juan
Fernández in Chile); on opossums (the manicou hunting season of Dominica; the manicous killed on
the roads of Martinique; the tlacuaches of Xalapa); on ocelots (road underpasses for the last
ocelots of South Texas; camera traps in the Nouragues and Trinité reserves of French Guiana; the
cunaguaros and hen houses of Casanare, Colombia); on yellow gentian (an offer of FairWild training
for the gentian root collectors of Albania and North Macedonia; the gentianaires of the Cantal; a
need against the illegal arranque de genciana in the Montaña of León and Palencia); on the
white-headed duck and the ruddy duck that hybridises with it (the final report of the ruddy duck
eradication in the United Kingdom; the érismature rousse of the lac de Grand-Lieu; thirty years of
censuses of the malvasía cabeciblanca of the Andalusian wetlands); and on indigo (the indigo of the
river chars of Rangpur, Bangladesh; the indigo végétal, gala and indigotier, of the dyers of Kayes,
Mali; a need for the añil, the jiquilite, of Chalatenango and Cabañas in El Salvador). English,
French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records99.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (tree of heaven, tree-of-heaven, Ailanthus, ailante, faux
vernis du Japon, frêne puant, ailanto, árbol del cielo, spotted lanternfly, Lycorma, fulgore, mosca
linterna; giant reed, Arundo, cane, canne de Provence, roseau géant, canisse, caña común, caña
brava, cañaveral, cañar, carrizo, caña de Castilla, cañizo; Christmas tree, Nordmann, Fraser fir,
Abies, sapin, sapin de Noël, arbre de Noël, épinette, Noël, árbol de Navidad, Navidad, navideño,
abeto, oyamel, conifer; pomegranate, Punica, grenade, grenadier, granada, granado, anar;
shearwater, Puffinus, Calonectris, Ardenna, Procellariidae, muttonbird, puffin, pétrel, pardela,
fardela; opossum, Didelphis, manicou, sarigue, pian, zarigüeya, tlacuache, comadreja overa, chucha,
runcho, carachupa, raposa; ocelot, Leopardus, ocelote, manigordo, tigrillo, gato onza, cunaguaro;
gentian, Gentiana, gentiane, gentianaire, genciana; ruddy duck, white-headed duck, stiff-tailed
duck, Oxyura, érismature, malvasía, duck, canard, pato; indigo, Indigofera, woad, indigotier,
pastel, gala, añil, jiquilite, xiquilite, natural dye, dye plant, teinture végétale, plante
tinctoriale, tinte natural, tintóreo). Screened and dropped as covered: octopus (the poulpe
closures of Mauritania, bt17), tortoises (the gopher tortoise, bw01), hummingbirds (bn01), truffles
(bn04-bn06), chestnuts (bp28-bp30), dry stone walls (bv10-bv12), coral reef restoration (t13-t15),
ski resorts (by28-by30), fog collectors (bh28-bh30), soil fauna and earthworms (r19-r21),
conservation easements (bp19), cochineal (the cochinilla of the tuneras of Lanzarote, de09, and the
cochineal of Laikipia, de07), caves (r01-r03), crayfish (bm07-bm09), beavers (l28-l30), bison
(bv01-bv03), the lesser kestrel (bf24), falconry (bj01, bj02), giant anteaters (be24), vernal pools
(bu04), Blue Flag beaches (by18), desert locusts (p07, bi05), scorpions (bw13-bw15), crocodilians
(bs01-bs03) and iguanas (bz01-bz03), besides the topics of sets 42 to 99 and those their docstrings
list as covered, and the chemicals, waste, pollution, energy and biosafety topics left to set 100;
screened with no or passing hits but not chosen: cloves, golden jackals, red-billed quelea, holly,
guanacos, stoats, arnica, birch sap, lime trees, hops and horse riding.

The nearest is judged 1: the dataset on UV stabilisers in the plastic pellets and the puffins of
the Indian Ocean (bg08), whose title names the puffins du Pacifique (wedge-tailed shearwaters,
Ardenna pacifica; in French a puffin is a shearwater) whose fat it analyses, judged 1 to the
general shearwater queries. All the other hits are passing: the ailante among the invasive plants
pulled from the banks of the Garonne (br05); the carrizo of the oases of Baja California (z06), of
the vega del Esla (dc09) and of the straws of Tulum (dj12), and the cañaverales and canes of sugar
cane (bj12, cw06, cz13 and others); the Christmas decorations of the air plants (ea07), Christmas
Island (by01), the Noël of the heart of palm (cy29), of the energy saving campaign (ct14) and of
the percebes (co15), the Navidad of the bacalao (du15) and of the palometa bites of 2013 (du12),
the oyamel forests of the monarch butterfly (i18), of the assisted migration of the oyamel (cc12)
and of the río Magdalena (ck18), and the sapins of the forests of bk11, cc11, cr08, cs08 and cu02;
Granada, the city (dd06, by30, cw21, dg03, dl18), the Nicaraguan Granada (do24), Grenada (ck10,
cl25) and the tear gas grenades (db01, db02), none of them a pomegranate; the pardelas of du21 and
cg06, the pétrels of l02 and ck23, the puffins des Anglais of cg05 and dy08 and the puffins of the
Calanques (du20), and the Atlantic puffins, macareux, of cg04, cg05 and cg06 and those named by
cg22 and dy07, which are no shearwaters; the opossums (pians) that carry Chagas in French Guiana
(bo20), the tlacuaches of the Panteón de Dolores (cm27), the pian bois, a leishmaniasis (bs14), and
the mountain pygmy-possum of by28, an Australian possum, no opossum; the ocelots named among other
animals (be27, cm04, dm06, dq01); the marsh gentian of the Dorset heaths (bp04), the gentiane
pneumonanthe of the monts d'Arrée (bp05) and the arnica of the Vosges hay meadows (dc17); the ducks
among other waterbirds (u25, u26, i28, i29, bw25, ca13, ca14, ca15, v04 and others); and the añil
among the dyes of the Zapotec silk (cc30), the natural dyes of the tagua carvings (bs10), the
indigo snake (bw01), the Gala apples (cp28, cp29) and the synthetic and hair dyes of k29, bh07,
bi22, bi23 and bi24.

records100.py (ids eb01..eb30, on chemicals, waste, energy, health, biosafety and capacity topics),
written at the same time by another engineer, was searched for the same words once it was finished
(with its queries100.tsv): its topics are paediatric environmental health units, phosphates in
detergents, cytotoxic drugs, welding fumes, online sales of hazardous chemicals, waste-to-energy
plants, small wind turbines, railway electrification, genetically modified common beans and
crowdfunding. None of its records names the tree of heaven, giant reed, a Christmas tree, a
pomegranate, a shearwater, an opossum, an ocelot, gentian, the white-headed duck or the ruddy duck,
or indigo (its only hits on this set's places are the frijol of El Salvador in eb27 and the
frontière dominicaine of Haiti in eb26), and none answers a query of this set.

Traps: the vineyards, maples, sumac and black walnut of ec01; the bombyx de l'ailante, a silkworm,
the renouée du Japon and the robinier of ec02; the paredes secas (dry stone walls) of ec03; the
retama, mesquite and patrols of ec04; the canisses, crues and saules of ec05; the cañizos,
pimentón, olmos, nutria and galápago leproso of ec06; the fair trade, harnesses and deadwood
beetles of ec07; the pesticides, moutons and captages of ec08; the oyamel and the composta of ec09;
the festival and juice of ec10; the oliviers and the pyrale des caroubes (carob moth) of ec11; the
palmerales, almendros, algarrobos, lentisco and murciélagos of ec12; the street lights, power
lines, barn owls, Hawaiian petrels and storm-petrels of ec13; the rats, chats, goélands and
palangres of ec14; the coatíes, espineles and the lafkenche of ec15; the agouti and Hurricane Maria
of ec16; the leptospirose, chlordécone and bananeraies of ec17; the alacranes, caracoles and rabia
of ec18; the wildlife crossings, conservation easements, bobcats and coyotes of ec19; the jaguar,
puma, tapir, pécaris and orpaillage of ec20; the morichales, palma de aceite and arroz of ec21; the
aperitifs and herbal companies of ec22; the vératre and the estives of ec23; the vaqueiros, brañas
and licoreras of ec24; the Bern Convention and the Egyptian goose of ec25; the fuligules and grèbes
of ec26; the carpas, carrizales (Phragmites, no giant reed), botulismo and plomo of ec27; the jute,
silk, compost and tobacco of ec28; the colorants de synthèse and eaux usées of ec29; and the palo
de Brasil, sacatinta, maíz and frijol of ec30. For the country queries: ec01 names only the United
States (and China); ec02 names only France (and the European Union; Japan only in the plants'
names); ec03 names only Spain (Menorca); ec04 names the United States and Mexico; ec05 names only
France; ec06 names only Spain; ec07 names Georgia and Denmark (and Europe); ec08 names only France;
ec09 names Mexico, the United States and Canada; ec10 names only Azerbaijan; ec11 names only
Morocco; ec12 names only Spain; ec13 names only the United States (Hawaii); ec14 names only France;
ec15 names Chile, Peru and North America; ec16 names only Dominica; ec17 names only Martinique;
ec18 names only Mexico; ec19 names the United States and Mexico (Tamaulipas); ec20 names only
French Guiana; ec21 names only Colombia; ec22 names Albania and North Macedonia; ec23 names only
France; ec24 names only Spain; ec25 names the United Kingdom (England) and Spain; ec26 names France
and Spain; ec27 names only Spain; ec28 names only Bangladesh; ec29 names only Mali; ec30 names only
El Salvador (and Central America and Europe).

Ids (ec01..ec30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dz01..dz30, ea01..ea30), nor with records100.py's (eb01..eb30), and no earlier id starts with "ec".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- tree of heaven --------------------------------------------------------------------------
    ("ec01", "project", "en",
     "Tree-of-heaven before the spotted lanternfly: stem injection and trap trees along "
     "Pennsylvania's rail corridors",
     "Tree-of-heaven (Ailanthus altissima), brought from China to Philadelphia gardens in 1784, "
     "now lines railway embankments, highway verges, quarry edges and woodland gaps across "
     "south-eastern Pennsylvania. It sprouts back from its roots when cut, releases a chemical "
     "that holds back other seedlings, and is the preferred host of the spotted lanternfly "
     "(Lycorma delicatula), the planthopper found in Berks County in 2014 that now feeds on "
     "vineyards and maples across the north-east. This project, run by the state agriculture "
     "department with the extension service, county conservation districts and two railways, "
     "kills female trees by hack-and-squirt stem injection, leaving a few male trees as banded "
     "trap trees where lanternflies are caught. It maps stands from roadside surveys and citizen "
     "reports, tests a native wilt fungus, Verticillium nonalfalfae, as a biological control, "
     "and replants cleared sites with redbud, black cherry and serviceberry. Landowners are "
     "shown how to tell tree-of-heaven from sumac and black walnut.",
     ("tree-of-heaven", "Ailanthus altissima", "invasive alien plants", "spotted lanternfly",
      "biological control"),
     ("US",), "2024-03"),
    ("ec02", "document", "fr",
     "L'ailante, ou faux vernis du Japon : guide de gestion pour les communes et les "
     "gestionnaires d'espaces naturels",
     "Planté dès le XVIIIe siècle dans les parcs, puis le long des routes pour nourrir le bombyx "
     "de l'ailante, un ver à soie dont on espérait une soie bon marché, l'ailante glanduleux "
     "(Ailanthus altissima), qu'on appelle aussi faux vernis du Japon ou frêne puant, colonise "
     "aujourd'hui les talus ferroviaires, les friches, les bords de route et les garrigues du "
     "pourtour méditerranéen, jusque dans les calanques et les îles. Ce guide, préparé par un "
     "conservatoire botanique national et une agence régionale de la biodiversité, explique "
     "pourquoi couper un ailante ne fait que multiplier ses rejets et ses drageons, et propose "
     "une méthode de dévitalisation : cerclage incomplet de l'écorce en fin d'été, arrachage des "
     "semis avant qu'ils ne s'enracinent, suivi des repousses pendant trois ans. Il rappelle "
     "l'interdiction de vente et de plantation depuis l'inscription de l'espèce sur la liste des "
     "espèces exotiques envahissantes préoccupantes pour l'Union européenne, et propose des "
     "essences locales de remplacement. La renouée du Japon et le robinier font l'objet d'autres "
     "fiches.",
     ("ailante", "faux vernis du Japon", "Ailanthus altissima", "plantes exotiques envahissantes",
      "gestion des espaces verts"),
     ("FR",), "2023-04"),
    ("ec03", "case-study", "es",
     "Diez años contra el ailanto en Menorca: barrancos, márgenes de carretera y paredes secas",
     "El ailanto o árbol del cielo (Ailanthus altissima), plantado como árbol de sombra en "
     "plazas y jardines de Maó y Ciutadella, se escapó por los márgenes de carretera, los "
     "barrancos y las paredes secas que separan las tanques, y en los años 2000 ya formaba "
     "bosquetes densos en el barranco de Algendar y cerca de la costa norte. Este estudio de "
     "caso resume la campaña que el Consell Insular, dentro de la Reserva de Biosfera de "
     "Menorca, mantiene desde 2014 con brigadas de empleo y voluntarios: inventario de los focos "
     "con GPS, anillado y tratamiento del tocón solo en los pies madre, arranque manual de los "
     "rebrotes y seguimiento anual. Analiza cuánto costó cada hectárea tratada, por qué los "
     "cortes sin tratamiento multiplicaron los brotes de raíz, y cómo se convenció a los "
     "propietarios de los llocs y a los ayuntamientos. El ailanto figura desde 2013 en el "
     "Catálogo Español de Especies Exóticas Invasoras, que prohíbe su venta y su plantación.",
     ("ailanto", "árbol del cielo", "especies exóticas invasoras",
      "Reserva de Biosfera de Menorca", "barrancos"),
     ("ES",), "2024-10"),
    # --- giant reed ------------------------------------------------------------------------------
    ("ec04", "dataset", "en",
     "Giant reed on the Rio Grande: cane cover and releases of the arundo wasp and armoured "
     "scale, Del Rio to Brownsville, 2008-2023",
     "Giant reed (Arundo donax), a bamboo-like grass up to eight metres tall, forms walls of "
     "cane along much of the Rio Grande, the Río Bravo of Mexico, between Del Rio and the Gulf. "
     "It drinks river water in a drought-stricken basin shared by Texas and the Mexican states "
     "of Coahuila, Nuevo León and Tamaulipas, crowds out black willows, retama and mesquite "
     "woodland, and hides the river banks from patrols. This dataset, assembled by the federal "
     "agricultural research service with the binational boundary and water commission, holds "
     "yearly aerial imagery and field plots of cane cover and height; the release sites and "
     "counts of two biological control agents from the plant's native Mediterranean range, the "
     "arundo wasp (Tetramesa romana) and the armoured scale Rhizaspidiotus donacis; and stem "
     "density and water use before and after they established. It also includes mowing and "
     "herbicide trials on three river islands and the native plants that returned where the cane "
     "thinned.",
     ("giant reed", "Arundo donax", "biological control", "riparian vegetation", "Rio Grande"),
     ("US", "MX"), "2024-05"),
    ("ec05", "project", "fr",
     "Canne de Provence sur les berges de l'Argens : contenir les cannaies sans oublier les "
     "faiseurs d'anches",
     "La canne de Provence (Arundo donax), grand roseau arrivé en Provence il y a des siècles, "
     "longtemps plantée en haies brise-vent et coupée pour les canisses, les claies et les "
     "tuteurs, forme aujourd'hui des cannaies denses sur les berges de l'Argens et de la "
     "Nartuby. Lors des crues de juin 2010 et de novembre 2019, ses tiges arrachées ont formé "
     "des embâcles contre les ponts du Muy et de Roquebrune-sur-Argens. Le syndicat mixte du "
     "bassin versant mène ce projet : fauches répétées et bâchage des rhizomes sur les sites "
     "prioritaires, bouturage de saules, de frênes et d'aulnes, chantiers d'insertion et suivi "
     "des repousses. Les cannaies cultivées de la plaine varoise fournissent aussi la matière "
     "des anches de clarinette, de saxophone et de hautbois façonnées dans le Var : le projet a "
     "recensé avec les producteurs les parcelles plantées hors des berges, qui sont conservées, "
     "et cherche des débouchés pour les cannes coupées, en paillage ou en matériau de "
     "construction.",
     ("canne de Provence", "Arundo donax", "ripisylves", "crues",
      "espèces exotiques envahissantes"),
     ("FR",), "2023-11"),
    ("ec06", "need", "es",
     "Necesidad: sustituir los cañares de caña común por bosque de ribera en la Vega Media del "
     "Segura",
     "En la Vega Media del Segura, entre Archena y Murcia, la caña común (Arundo donax) ocupa "
     "casi sin interrupción las motas y márgenes del río y de muchas acequias y azarbes de la "
     "huerta. Durante siglos se cortó para hacer cañizos, en los que se secaba la ñora del "
     "pimentón, y se plantaba para sujetar los quijeros; hoy nadie la aprovecha, arde en verano, "
     "frena el agua en las avenidas y no deja crecer álamos, sauces, tarays ni olmos. La "
     "confederación hidrográfica, con los ayuntamientos y las asociaciones de huertanos, "
     "solicita apoyo técnico y financiero para eliminar los cañares en 40 kilómetros de ribera "
     "mediante desbroces repetidos, cubrición con lonas y sombreo por plantación densa de "
     "especies autóctonas, un vivero con planta de semilla local y ensayos de uso de la caña "
     "cortada. Pide además un seguimiento de la fauna (ruiseñor bastardo, nutria, galápago "
     "leproso) y campañas con los regantes para que no se vuelva a plantar.",
     ("caña común", "Arundo donax", "bosques de ribera", "especies exóticas invasoras",
      "necesidades"),
     ("ES",), "2024-02"),
    # --- Christmas trees -------------------------------------------------------------------------
    ("ec07", "case-study", "en",
     "Nordmann fir cones from Racha: the Georgian seed pickers behind Europe's Christmas trees",
     "Most Christmas trees sold in Europe are Nordmann firs, and most Nordmann fir seed comes "
     "from the old mountain forests of Ambrolauri and Oni in Racha, western Georgia, where each "
     "autumn village men climb trees 30 to 60 metres tall to pick the cones, for decades without "
     "harness. The seed is sold through traders to nurseries in Denmark, which grows millions of "
     "trees a year for export. This case study follows a fair trade scheme started in 2010 by "
     "Danish growers and a Georgian foundation: pickers were trained and given harnesses, "
     "helmets and insurance and paid a fixed price per kilogram, and collection was licensed by "
     "the national forestry agency to registered seed stands so that fir regeneration in these "
     "Caucasian forests is not harmed. It reports falls before and after, pickers' incomes, a "
     "levy per tree sold that pays for village schools and clinics, and the first surveys of "
     "regeneration and deadwood beetles in the picked stands.",
     ("Christmas trees", "Nordmann fir", "Abies nordmanniana", "seed collection", "fair trade"),
     ("GE", "DK"), "2023-12"),
    ("ec08", "dataset", "fr",
     "Sapins de Noël du Morvan : parcelles, pratiques et biodiversité des plantations, 2015-2024",
     "Le Morvan produit chaque année plus d'un million de sapins de Noël, surtout des sapins de "
     "Nordmann et des épicéas, sur des parcelles gagnées sur les prairies et les anciennes "
     "chênaies de la Nièvre et de l'Yonne. Ce jeu de données, constitué par le parc naturel "
     "régional avec la chambre d'agriculture et l'association des producteurs, recense les "
     "plantations (surface, âge, essences, distance aux ruisseaux et aux captages d'eau "
     "potable), les pratiques déclarées (désherbage chimique, enherbement, pâturage par des "
     "moutons shropshire qui broutent l'herbe sans toucher aux aiguilles) et trois campagnes "
     "d'inventaires d'oiseaux, de papillons et de flore entre les rangs. Il intègre les analyses "
     "de pesticides dans les cours d'eau des têtes de bassin, à l'origine de conflits avec les "
     "riverains, et la charte signée en 2019 qui écarte les nouvelles plantations des fonds de "
     "vallée. Les sapins en pot et les sapins artificiels ne sont pas couverts.",
     ("sapins de Noël", "sapin de Nordmann", "plantations", "pâturage ovin", "Morvan"),
     ("FR",), "2024-12"),
    ("ec09", "event", "es",
     "Temporada de árboles de Navidad naturales 2024: venta en plantaciones registradas y acopio "
     "en enero",
     "Cada diciembre, familias del Estado de México, Puebla y la Ciudad de México van a cortar "
     "su árbol de Navidad a las plantaciones de Amecameca, Tlalmanalco, Texcoco y Chignahuapan, "
     "donde se cultivan pino ayacahuite, oyamel y abeto Douglas. La comisión forestal nacional, "
     "con las secretarías estatales y los productores, organiza la temporada del 15 de noviembre "
     "al 24 de diciembre: lista de plantaciones registradas, marbetes que prueban el origen "
     "legal del árbol frente a los cortados clandestinamente en los bosques de oyamel, "
     "inspección sanitaria de los árboles importados de Estados Unidos y Canadá, y consejos para "
     "mantenerlo fresco. Del 2 al 31 de enero, centros de acopio en alcaldías y municipios "
     "reciben los árboles ya sin esferas ni series de luces para triturarlos y convertirlos en "
     "composta y acolchado para parques y viveros. Las plantaciones, en laderas que antes fueron "
     "milpas, dan empleo en el campo fuera de temporada.",
     ("árboles de Navidad", "plantaciones forestales comerciales", "tala clandestina", "composta",
      "Estado de México"),
     ("MX",), "2024-11"),
    # --- pomegranates ----------------------------------------------------------------------------
    ("ec10", "dataset", "en",
     "Pomegranates of Azerbaijan: the Goychay collection, wild thickets and farmers' varieties, "
     "1926-2024",
     "The pomegranate (Punica granatum) grows wild in the foothills and floodplain forests of "
     "the southern Caucasus, and Azerbaijan's Shirvan plain around Goychay is one of its oldest "
     "areas of cultivation. This dataset, held by the national genetic resources institute and "
     "its Goychay experimental station, documents more than 300 local and introduced varieties "
     "kept in the field collection since 1926, with fruit size, rind and aril colour, sourness, "
     "juice yield, cold hardiness and resistance to fruit cracking, and passport data for seed "
     "and cuttings shared with other genebanks. It adds surveys of wild pomegranate thickets in "
     "the Talysh foothills and on the Kura and Araz floodplains, threatened by clearing and "
     "grazing, and a census of the old varieties still grown in the orchards of Goychay, Ujar "
     "and Ganja, such as Gulosha and Bala Mursal. Data on the autumn pomegranate festival and on "
     "juice exports are not included.",
     ("pomegranates", "Punica granatum", "plant genetic resources", "crop wild relatives",
      "fruit varieties"),
     ("AZ",), "2024-09"),
    ("ec11", "case-study", "fr",
     "La grenade Sefri d'Ouled Abdellah : une indication géographique pour les grenadiers du "
     "Tadla",
     "Au pied du Moyen Atlas, dans la plaine du Tadla près de Beni Mellal, les douars d'Ouled "
     "Abdellah cultivent depuis des générations une variété de grenadier, la Sefri, aux gros "
     "fruits jaune rosé et aux grains sucrés, le long des séguias et en association avec "
     "l'olivier. Cette étude de cas retrace la reconnaissance de l'indication géographique "
     "protégée « Grenade Sefri d'Ouled Abdellah », la création d'une coopérative et d'une "
     "station de conditionnement, et leurs effets : meilleurs prix payés aux producteurs et "
     "exportations, mais aussi remplacement de vieux vergers de variétés locales (Gjebali, Ounk "
     "Hmam, Bzou) par des plantations de Sefri seule, irriguées au goutte-à-goutte à partir "
     "d'une nappe en baisse. Elle décrit la pépinière qui conserve les variétés délaissées, la "
     "lutte contre la pyrale des caroubes, le ver de la grenade, sans traitements excessifs, et "
     "la transformation des fruits déclassés en jus et en mélasse. Elle conclut que le cahier "
     "des charges devrait intégrer la diversité variétale et l'eau.",
     ("grenadiers", "grenade", "indication géographique", "variétés locales", "Beni Mellal"),
     ("MA",), "2023-06"),
    ("ec12", "document", "es",
     "Guía de buenas prácticas para el granado mollar de Elche: variedades, riego con agua "
     "salobre y fauna útil del huerto",
     "La granada mollar de Elche, con denominación de origen protegida, se cultiva en unas 3.000 "
     "hectáreas del Camp d'Elx y la Vega Baja, entre palmerales, almendros y algarrobos, a "
     "menudo con el agua salobre de pozos y acequias. Esta guía, editada por el consejo "
     "regulador con la universidad y una estación de fruticultura, describe los clones del "
     "granado mollar y de las variedades tempranas, el injerto y la poda en vaso, el riego "
     "deficitario controlado, y cómo dejar setos de lentisco, baladre y romero y cajas nido para "
     "herrerillos y murciélagos que comen pulgones y polillas. Explica qué hacer con el rajado "
     "del fruto tras las lluvias de septiembre, cómo conservar las variedades antiguas en un "
     "campo de germoplasma y por qué no arrancar los granados viejos de los lindes de los "
     "bancales, que guardan una diversidad que los nuevos marcos de plantación ya no tienen.",
     ("granados", "granada mollar", "denominación de origen", "frutales", "control biológico"),
     ("ES",), "2022-10"),
    # --- shearwaters -----------------------------------------------------------------------------
    ("ec13", "dataset", "en",
     "Newell's shearwater fledglings on Kauai: fallout counts, power-line collisions and burrow "
     "monitoring, 1979-2024",
     "Each October and November, young Newell's shearwaters (ʻaʻo, Puffinus newelli), seabirds "
     "that nest only in Hawaii, leave their burrows in the mountains of Kauai for the sea at "
     "night and, dazzled by street lights, hotel floodlights and stadium lamps, fall to the "
     "ground, where cars, dogs and cats kill them. Since 1979 residents have brought grounded "
     "birds to aid stations at fire stations for the Save Our Shearwaters programme, which "
     "releases them from the coast. This dataset holds the daily fallout counts by place, the "
     "birds released and dead, the shielding of lights at resorts and along the highway, and the "
     "carcasses found under the utility's power lines, together with acoustic and camera "
     "monitoring of burrows in mountain preserves where feral cats, rats, pigs and barn owls are "
     "controlled. Wedge-tailed shearwaters of the coastal points are included; Hawaiian petrels "
     "and band-rumped storm-petrels are kept in separate tables.",
     ("shearwaters", "Newell's shearwater", "Puffinus newelli", "seabird fallout", "Kauai"),
     ("US",), "2024-12"),
    ("ec14", "project", "fr",
     "Puffins yelkouan et puffins de Scopoli des îles d'Hyères : dératiser les îlots et suivre "
     "les colonies",
     "Les îles d'Hyères, au large du Var, abritent une grande part des puffins yelkouan "
     "(Puffinus yelkouan) de France et des colonies de puffins de Scopoli (Calonectris "
     "diomedea), oiseaux marins de haute mer qui ne reviennent à terre que la nuit pour nicher "
     "au fond de terriers et de fissures de rochers. Le rat noir, arrivé avec les navigateurs, "
     "mange leurs œufs et leurs poussins. Ce projet du parc national de Port-Cros, avec des "
     "chercheurs et une association de protection des oiseaux, a dératisé l'île de Bagaud puis "
     "des îlots de Porquerolles et de Port-Cros, contrôle les chats errants, pose des nichoirs "
     "artificiels, suit le succès de reproduction par caméras et par baguage et les déplacements "
     "en mer par balises GPS. Il sensibilise aussi les plaisanciers qui mouillent de nuit sous "
     "les colonies, avec leurs projecteurs, et les pêcheurs aux palangres, dont les hameçons "
     "capturent des puffins. Les goélands leucophées, qui prennent des adultes, sont comptés.",
     ("puffins", "puffin yelkouan", "puffin de Scopoli", "dératisation", "îles d'Hyères"),
     ("FR",), "2024-04"),
    ("ec15", "need", "es",
     "Necesidad: proteger las colonias de fardela blanca de isla Mocha y del archipiélago Juan "
     "Fernández",
     "La fardela blanca (Ardenna creatopus), una pardela que solo nidifica en Chile, cava sus "
     "cuevas en los bosques de isla Mocha, frente a la costa de la Araucanía, y en las islas "
     "Robinson Crusoe y Santa Clara, y pasa el invierno austral frente a Perú y Norteamérica. "
     "Gatos, ratas y, en Juan Fernández, coatíes asilvestrados depredan huevos y polluelos, el "
     "ganado pisotea las cuevas y las aves se enredan en los espineles y redes de cerco de la "
     "pesca artesanal e industrial. En isla Mocha, donde familias lafkenche y colonas cazaban "
     "antes los pichones de fardela para comer, la comunidad ya dejó la caza. El servicio de "
     "biodiversidad, con ONG y pescadores, solicita apoyo para erradicar gatos y ratas en Santa "
     "Clara, cercar áreas de nidificación, instalar cámaras en las cuevas, formar observadores a "
     "bordo y probar líneas espantapájaros en la flota de Talcahuano y San Antonio.",
     ("fardela blanca", "pardelas", "Ardenna creatopus", "aves marinas", "necesidades"),
     ("CL",), "2024-07"),
    # --- opossums --------------------------------------------------------------------------------
    ("ec16", "case-study", "en",
     "Manicou season in Dominica: hunting rules, bushmeat and opossums after Hurricane Maria",
     "In Dominica the common opossum (Didelphis marsupialis insularis), known to everyone as "
     "manicou, is with the agouti the favourite game animal, eaten smoked or stewed in village "
     "kitchens and sold to restaurants during the open season. Under the forestry and wildlife "
     "law, hunting is allowed with a licence only from 1 September to the end of February, "
     "outside the main breeding months, and never in the national parks. This case study reviews "
     "twenty years of licence returns, market and roadside surveys, and interviews with hunters "
     "and cooks in the Kalinago Territory, Castle Bruce and the west coast villages. It shows "
     "how the season stayed closed after Hurricane Maria in 2017, when the forests were stripped "
     "and manicou numbers fell, and how illegal sales to restaurants went on. It proposes bag "
     "records, training of forest rangers, and teaching schoolchildren that the manicou is a "
     "marsupial that eats ticks, snails and fallen fruit, not a rat.",
     ("opossums", "manicou", "hunting", "bushmeat", "Dominica"),
     ("DM",), "2023-09"),
    ("ec17", "dataset", "fr",
     "Manicous de Martinique : collisions routières, signalements et captures en zone habitée, "
     "2016-2024",
     "Le manicou (Didelphis marsupialis insularis), seul marsupial des Petites Antilles, qu'on "
     "appelle opossum ou sarigue ailleurs, vit partout en Martinique, des forêts du Nord aux "
     "jardins créoles et aux quartiers de Fort-de-France, où il fouille les poubelles et les "
     "poulaillers. Il est chassé en saison et mangé en fricassée ou en colombo, et sa chasse est "
     "encadrée par arrêté préfectoral. Ce jeu de données, réuni par les services de "
     "l'environnement avec une association naturaliste et la fédération des chasseurs, rassemble "
     "les manicous trouvés morts sur 40 kilomètres de routes nationales et départementales "
     "parcourues chaque mois par des bénévoles, les signalements d'habitants et les animaux "
     "capturés vivants dans les maisons puis relâchés, avec la date, le sexe, la présence de "
     "petits dans la poche, et les tronçons les plus meurtriers. Il comprend aussi les tableaux "
     "de chasse déclarés et des analyses de leptospirose et de chlordécone sur les animaux des "
     "anciennes bananeraies.",
     ("manicou", "opossums", "mortalité routière", "chasse", "Martinique"),
     ("MQ",), "2024-08"),
    ("ec18", "project", "es",
     "Tlacuaches en la ciudad: rescate, educación y cruces de fauna para el marsupial de Xalapa",
     "El tlacuache (Didelphis virginiana y D. marsupialis), la zarigüeya de México, vive en "
     "barrancas, jardines y azoteas de Xalapa y muere atropellado o a palos porque se le "
     "confunde con una rata. En los relatos nahuas, el tlacuache robó el fuego para dárselo a "
     "los hombres y lo llevó en la cola, que por eso quedó pelona. Este proyecto de una "
     "universidad veracruzana con el ayuntamiento y una red de rescatistas recibe tlacuaches "
     "heridos y las crías que quedan en la bolsa de hembras muertas, las cría y las libera; "
     "marca con radiotransmisores a los liberados; identifica con cámaras los pasos más usados "
     "bajo calles y puentes de las barrancas; y lleva a las escuelas un programa que explica que "
     "el tlacuache come garrapatas, alacranes y caracoles y rara vez transmite la rabia. También "
     "prepara materiales en náhuatl y totonaco y una guía para sacar a un tlacuache de la casa "
     "sin lastimarlo.",
     ("tlacuaches", "zarigüeyas", "fauna urbana", "rescate de fauna silvestre", "Xalapa"),
     ("MX",), "2024-03"),
    # --- ocelots ---------------------------------------------------------------------------------
    ("ec19", "project", "en",
     "Crossings for the last ocelots of the United States: underpasses and ranch partnerships in "
     "South Texas",
     "Fewer than a hundred ocelots (Leopardus pardalis) survive in the United States, all of "
     "them in the dense thornscrub of Cameron and Willacy counties in South Texas, in and around "
     "Laguna Atascosa National Wildlife Refuge and on private ranches. Vehicle collisions are "
     "the leading known cause of death. This project, led by the state transportation department "
     "with the refuge, a university research institute and ranch owners, has built wildlife "
     "underpasses with guiding fences under State Highway 100 and Farm-to-Market Road 106, "
     "monitors them with cameras, and restores thornscrub corridors on cleared farmland between "
     "the refuge and the ranches through conservation easements and native seedlings. It also "
     "fits collars on ocelots to follow dispersing young, tests their genetic diversity, and "
     "plans to bring animals from the larger ocelot population of Tamaulipas, across the border, "
     "to reduce inbreeding. Bobcats, coyotes and feral hogs recorded by the cameras are counted "
     "separately.",
     ("ocelots", "Leopardus pardalis", "wildlife crossings", "road mortality", "South Texas"),
     ("US",), "2024-06"),
    ("ec20", "dataset", "fr",
     "Ocelots de Guyane : pièges photographiques dans les réserves des Nouragues et de la "
     "Trinité, 2012-2024",
     "L'ocelot (Leopardus pardalis), que beaucoup de Guyanais appellent chat-tigre comme le "
     "margay, est le plus commun des félins moyens de la forêt guyanaise ; protégé, il reste tué "
     "près des villages pour les poules qu'il prend et écrasé sur la route nationale 2. Ce jeu "
     "de données, réuni par l'office français de la biodiversité, un laboratoire du CNRS et les "
     "gestionnaires des réserves naturelles des Nouragues et de la Trinité, rassemble plus de "
     "300 000 photographies prises par des pièges photographiques posés par paires le long des "
     "layons et des criques, avec l'identification individuelle des ocelots par leurs taches, "
     "les densités estimées par capture-recapture spatiale, l'activité de jour et de nuit, et "
     "les autres espèces photographiées (jaguar, puma, tapir, pécaris). Il permet de comparer "
     "ces forêts intactes avec des sites proches des orpaillages illégaux et des abattis, où la "
     "chasse réduit les proies.",
     ("ocelots", "Leopardus pardalis", "pièges photographiques", "félins", "réserves naturelles"),
     ("GF",), "2024-10"),
    ("ec21", "case-study", "es",
     "Cunaguaros y gallinas en el piedemonte de Casanare: gallineros cerrados en lugar de "
     "escopetas",
     "En las veredas del piedemonte y la sabana de Casanare, el ocelote (Leopardus pardalis), "
     "que los llaneros llaman cunaguaro y en otras regiones de Colombia tigrillo, entra de noche "
     "a los gallineros y se come las gallinas, y muchos campesinos lo mataban con escopeta o "
     "veneno. Este estudio de caso reúne la experiencia de una fundación con la corporación "
     "autónoma regional y 60 familias de Yopal, Aguazul y Paz de Ariporo: gallineros cerrados "
     "con malla y techo, encierro nocturno de las aves, perros, y un pequeño pago por cada "
     "cunaguaro registrado con cámara trampa en una finca sin ataques. En cuatro años los "
     "ataques cayeron a menos de la cuarta parte y no se reportaron cunaguaros muertos; las "
     "cámaras mostraron que usan los morichales y bosques de galería como corredores entre la "
     "sabana y la cordillera. El estudio analiza los costos, qué familias dejaron el programa y "
     "cómo la palma de aceite y el arroz reducen esos bosques.",
     ("ocelotes", "cunaguaro", "conflictos entre fauna y comunidades", "gallineros", "Casanare"),
     ("CO",), "2023-11"),
    # --- gentian ---------------------------------------------------------------------------------
    ("ec22", "support-source", "en",
     "Offer: FairWild training and buyers for gentian root collectors in the mountains of "
     "Albania and North Macedonia",
     "Great yellow gentian (Gentiana lutea), whose bitter roots flavour aperitifs, bitters and "
     "herbal medicines, is dug from the high pastures of the Balkan mountains, and Albania and "
     "North Macedonia are among the main exporters of dried root. Unregulated digging, often of "
     "young plants and by crews from outside the villages, has emptied whole slopes of Korab, "
     "Shebenik and the Šar mountains. A foundation working on the wild plant trade, with herbal "
     "companies that buy the root, offers collectors' associations, traders and forestry staff "
     "training in the FairWild standard (dig only mature plants, leave one plant in three, "
     "refill the holes); resource assessments to set yearly harvest quotas by site; help to "
     "obtain collection permits and to dry and store the root; and introductions to buyers who "
     "pay a premium for certified root. Seed and seedlings for trial cultivation on village land "
     "are also offered. Municipalities, protected area authorities and collectors' groups may "
     "apply.",
     ("gentian", "Gentiana lutea", "wild plant collection", "FairWild", "offers"),
     ("AL", "MK"), "2024-01"),
    ("ec23", "case-study", "fr",
     "Les gentianaires du Cantal : arracher la gentiane jaune sans épuiser les estives",
     "Sur les estives du Cantal, de l'Aubrac et du Cézallier, la gentiane jaune (Gentiana lutea) "
     "est arrachée depuis plus d'un siècle pour ses racines amères, qui donnent les apéritifs à "
     "la gentiane et des extraits pour l'herboristerie. Les gentianaires, arracheurs "
     "saisonniers, la déterrent à la « fourche du diable », un levier à deux dents, sur des "
     "parcelles louées aux éleveurs. Cette étude de cas montre pourquoi la ressource a reculé : "
     "retournement et fertilisation des prairies, abandon du pâturage extensif, arrachages "
     "répétés sans laisser le temps à la repousse, chez une plante qui met dix à vingt ans à "
     "fleurir. Elle décrit la charte signée entre liquoristes, arracheurs, éleveurs et le parc "
     "naturel régional des Volcans d'Auvergne : rotation des parcelles, comblement des trous, "
     "replantation, traçabilité, et les essais de culture sur les plateaux. Elle évoque aussi le "
     "vératre, toxique, que les débutants confondent avec la gentiane.",
     ("gentiane jaune", "Gentiana lutea", "plantes médicinales", "cueillette", "Massif central"),
     ("FR",), "2023-08"),
    ("ec24", "need", "es",
     "Necesidad: inventario y vigilancia del arranque ilegal de genciana en la Montaña de León y "
     "Palencia",
     "En los puertos y brañas de la cordillera Cantábrica, la genciana (Gentiana lutea), que "
     "pastores y vaqueiros llaman jenciana, se recogía para remedios caseros contra el mal de "
     "estómago y para el ganado. Desde hace unos años, cuadrillas llegadas de fuera arrancan de "
     "noche cientos de raíces para venderlas a intermediarios que surten a licoreras y "
     "laboratorios, y dejan los pastos agujereados. La especie está en el catálogo de flora "
     "protegida de Castilla y León con aprovechamiento regulado, pero las autorizaciones son "
     "pocas y los agentes medioambientales no dan abasto. La Junta, con las juntas vecinales y "
     "la universidad, solicita apoyo para cartografiar las poblaciones con vuelos y parcelas, "
     "estimar cuántas raíces pueden sacarse sin dañarlas, marcar los lotes de raíz legal, formar "
     "a la guardería y a los ganaderos y crear un registro de compradores. Pide además "
     "intercambiar experiencia con regiones que ya regulan la recolección.",
     ("genciana", "Gentiana lutea", "flora protegida", "recolección ilegal", "necesidades"),
     ("ES",), "2024-05"),
    # --- white-headed duck and ruddy duck --------------------------------------------------------
    ("ec25", "document", "en",
     "Ruddy duck eradication in the United Kingdom: final report of the control programme, "
     "2005-2024",
     "The ruddy duck (Oxyura jamaicensis), a small North American stiff-tailed duck, escaped "
     "from waterfowl collections in England in the 1950s and grew to some 6,000 birds by 2000 on "
     "the reservoirs and gravel pits of the Midlands. Birds dispersing to the continent reached "
     "Spain, where they pair readily with the globally endangered white-headed duck (Oxyura "
     "leucocephala), and the fertile hybrids threatened to swamp the main remaining European "
     "population of that species. This report closes the national eradication programme run "
     "since 2005 by the government's wildlife agency under the Bern Convention's action plan: "
     "marksmen shot ducks from winter flocks with landowners' consent, more than 7,000 birds "
     "were removed, and fewer than ten remained in 2024. It sets out costs, methods, the debate "
     "with animal welfare groups, the monitoring of wintering sites, the checks still needed on "
     "captive collections, and lessons for removing other invasive birds such as the Egyptian "
     "goose.",
     ("ruddy duck", "white-headed duck", "Oxyura", "eradication", "invasive alien species"),
     ("GB",), "2024-11"),
    ("ec26", "project", "fr",
     "Érismature rousse au lac de Grand-Lieu : éliminer l'hybrideur pour sauver l'érismature à "
     "tête blanche",
     "L'érismature rousse (Oxyura jamaicensis), petit canard plongeur d'Amérique du Nord "
     "introduit en Europe dans des collections d'oiseaux d'eau, s'est installée en France, "
     "surtout sur le lac de Grand-Lieu, en Loire-Atlantique, et sur quelques étangs de Brenne. "
     "Elle s'hybride avec l'érismature à tête blanche (Oxyura leucocephala), espèce menacée à "
     "l'échelle mondiale dont la principale population européenne niche en Espagne, et pourrait "
     "la faire disparaître par introgression. Ce projet, conduit par l'office français de la "
     "biodiversité avec la réserve naturelle nationale, les chasseurs et les propriétaires "
     "d'étangs, applique le plan national de lutte : comptages hivernaux, tirs par des agents "
     "spécialisés depuis des barques et des affûts, contrôle des oiseaux détenus en captivité et "
     "de leur vente. Il a ramené l'effectif hivernant de plus de 250 oiseaux à quelques "
     "individus et prépare la vérification génétique des érismatures observées. Les fuligules et "
     "les grèbes du lac sont comptés à part.",
     ("érismature rousse", "érismature à tête blanche", "espèces exotiques envahissantes",
      "hybridation", "lac de Grand-Lieu"),
     ("FR",), "2023-03"),
    ("ec27", "dataset", "es",
     "Censos de malvasía cabeciblanca en los humedales de Andalucía, 1977-2024",
     "En 1977 solo quedaban 22 malvasías cabeciblancas (Oxyura leucocephala) en España, en la "
     "laguna de Zóñar, en el sur de Córdoba. La compra de la laguna, la prohibición de la caza "
     "en las lagunas endorreicas, la retirada de carpas y la recuperación de la vegetación "
     "palustre permitieron que la población superase los 2.000 ejemplares en los años 2000, "
     "repartida entre Córdoba, Sevilla, Cádiz, Huelva y, en invierno, El Hondo de Alicante. Este "
     "conjunto de datos, de la consejería de medio ambiente con voluntarios y una estación "
     "biológica, reúne los censos mensuales por humedal, las parejas reproductoras, el éxito de "
     "las polladas y los niveles de agua. Registra también cada malvasía canela (Oxyura "
     "jamaicensis), la especie norteamericana llegada del norte de Europa, y cada híbrido "
     "observado, con la fecha de su retirada, y las bajas por botulismo y por plomo de "
     "perdigones. Los carrizales y espadañas de las orillas se describen como hábitat.",
     ("malvasía cabeciblanca", "Oxyura leucocephala", "malvasía canela",
      "censos de aves acuáticas", "humedales"),
     ("ES",), "2025-01"),
    # --- indigo ----------------------------------------------------------------------------------
    ("ec28", "project", "en",
     "Indigo grows again in Rangpur: natural dye farming on the river chars of northern "
     "Bangladesh",
     "Indigo (Indigofera tinctoria), the plant behind the blue dye, was forced on Bengal's "
     "peasants by colonial planters until the indigo revolt of 1859, and the crop almost "
     "disappeared once synthetic indigo took over the market. This project, run by a development "
     "organisation with women's groups on the chars, the shifting sandbanks of the Teesta and "
     "Jamuna rivers in Rangpur and Nilphamari, brings it back as a rotation crop: indigo fixes "
     "nitrogen in poor sandy soils, stands floods better than jute and needs no pesticides. "
     "Farmers are trained to steep and ferment the leaves in village vats, oxidise the liquor "
     "and dry indigo cakes; artisans dye and embroider cotton and silk for fair-trade buyers in "
     "Dhaka and abroad. The project keeps a seed bank of local indigo, measures yields and soil "
     "organic matter, returns the spent leaves to the fields as compost, and compares incomes "
     "with the tobacco now grown on many chars.",
     ("indigo", "natural dyes", "Indigofera tinctoria", "crop rotation", "river chars"),
     ("BD",), "2023-05"),
    ("ec29", "case-study", "fr",
     "Le bleu des teinturières de Kayes : revenir à l'indigo végétal et sortir des colorants de "
     "synthèse",
     "À Kayes et à Bamako, des milliers de femmes teignent les bazins et les pagnes dans des "
     "bassines de cour, dans la tradition soninké et bambara de l'indigo. Depuis les années "
     "1980, le gala et l'indigotier, dont les feuilles pilées et fermentées donnaient le bleu, "
     "ont presque partout cédé la place aux colorants de synthèse, à la soude et à "
     "l'hydrosulfite, dont les eaux usées partent dans les caniveaux et le fleuve. Cette étude "
     "de cas suit une coopérative de teinturières de Kayes qui, avec un projet de coopération et "
     "le service de l'agriculture, a replanté des indigotiers (Indigofera arrecta) en bordure de "
     "champs et récolte les feuilles de gala (Philenoptera cyanescens) en brousse, avec des "
     "règles de cueillette qui laissent les lianes repartir. Elle compare coûts, prix de vente "
     "des tissus teints à l'indigo végétal, santé des teinturières et qualité des eaux rejetées, "
     "et recueille les savoirs des anciennes sur la fermentation des cuves et les nuances de "
     "bleu.",
     ("indigo", "teintures végétales", "plantes tinctoriales", "savoirs traditionnels", "Mali"),
     ("ML",), "2024-02"),
    ("ec30", "need", "es",
     "Necesidad: semilla, obrajes y mercado para los productores de añil de Chalatenango y "
     "Cabañas",
     "El añil, el tinte azul que se obtiene del jiquilite (Indigofera suffruticosa), xiquilit en "
     "náhuat, fue la principal exportación de El Salvador en la época colonial, y los restos de "
     "obrajes de piedra, con sus pilas de remojo y batido, aún se ven en Chalatenango, Cabañas y "
     "San Vicente. Tras casi un siglo de abandono, cooperativas de pequeños productores y "
     "talleres de artesanas volvieron a sembrar jiquilite entre el maíz y el frijol y a teñir "
     "mantas, hamacas y ropa. La asociación de productores, con el ministerio de agricultura, "
     "solicita apoyo para establecer un banco de semilla de jiquilite criollo, rehabilitar "
     "obrajes comunitarios con manejo del agua de descarte, capacitar en control de calidad del "
     "pigmento y abrir mercados de añil con origen certificado para diseñadores de Centroamérica "
     "y Europa. Pide también estudiar otras plantas tintóreas nativas de los bosques secos, como "
     "el palo de Brasil y el sacatinta.",
     ("añil", "jiquilite", "tintes naturales", "Indigofera suffruticosa", "necesidades"),
     ("SV",), "2024-09"),
)  # fmt: skip
