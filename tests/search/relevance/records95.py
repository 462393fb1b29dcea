"""Clearing-house records of the ninety-fifth judged relevance set
(tests/search/relevance/queries95.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on nightingales (singing-male counts in the coppice and scrub of
south-east England; the rossignols philomèles of the terrils of Hainaut; a need for the sotos of
the río Segura where the ruiseñor común breeds); on spoonbills (the roseate spoonbills of Florida
Bay as an Everglades indicator; the spatules blanches, nesting balsaci and wintering birds, of the
Banc d'Arguin; the espátulas of the Marismas del Odiel); on frigatebirds (Barbuda's Codrington
Lagoon colony after Hurricane Irma; the GPS-tracked frégates of Europa island; a guide for the
naturalist guides who take visitors to the fragatas of Seymour Norte and Genovesa); on gazelles
(reem and idmi released in Uruq Bani Ma'arid; thirty years of gazelle reintroductions in Tunisia's
Bou Hedma, Jebil and Chambi; an offer from the Almería centre that breeds the gacela dama mhorr);
on mouflons (the agrino of the Paphos Forest in Cyprus; the muvra of Corsica; a need to eradicate
the muflón of the Teide); on ladybirds (the lost native lady beetles of North America; a Québec
guide to the coccinelle asiatique multicolore; the chinita arlequín of Chile); on northern pike
(the invasive pike removed from the lakes of Alaska's Kenai Peninsula; the frayères of the grand
brochet in the lac Saint-Pierre floodplain; a guide on the lucio as an invasive species for the
anglers of Extremadura); on military training areas (the Shoalwater Bay Military Training Area; the
savarts of the camps militaires of Champagne; the steppe birds of the San Gregorio campo de
maniobras); on wild camping (New Zealand's freedom camping; the bivouac in the heart of the Écrins
national park; a need for the acampe agreste of Lanín and Nahuel Huapi); and on protected area
downgrading, downsizing and degazettement, PADDD (a register of Uganda's degazetted reserves; a
note on the déclassement of Ivorian forêts classées; a need for the intangibilidad of the TIPNIS).
English, French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records93.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (nightingale, rossignol, ruiseñor, Luscinia, bluethroat,
gorgebleue, pechiazul; spoonbill, spatule, espátula, Platalea, garza paleta, cuchareta;
frigatebird, frigate, frégate, Fregata, fragata, rabihorcado, tijereta, man-o'-war; gazelle,
gacela, Gazella, Nanger, dorcas, springbok, chinkara, edmi, idmi; mouflon, muflón, muvra, Ovis,
arruí, aoudad, Barbary sheep, wild sheep, mouton sauvage, bighorn, argali, urial; ladybird,
ladybug, lady beetle, coccinelle, mariquita, chinita, vaquita de San Antonio, catarina, Harmonia,
vedalia, Rodolia; pike, brochet, lucio, Esox, pickerel, maskinongé, muskellunge; military,
militaire, militar, army, armée, ejército, defence, défense, navy, armada, champ de tir, campo de
tiro, polígono de tiro, training area, firing range, maniobras, tanks, chars, blindados; camping,
campsite, campground, bivouac, acampada, acampar, campamento, tent, tente, carpa; PADDD,
downgrading, downsizing, degazettement, déclassement, recategorización, desafectación, recorte,
forêt classée, excision). Screened and dropped as covered: indigo and other natural dyes (the añil
and grana cochinilla of cc30, as sets 53, 55, 63 and 81 judged), sphagnum moss (ci16, bq02),
pollarding (records41), the bromeliads of cloud forests (records27), green walls (next to the green
roofs of records53), shellfish gleaning (records45), beach wrack (the laisse de mer of the plover
guide, records49), tigers (be25, bw16), jaguars (be27, w36), Asian hornets (records24), beavers
(records18), saiga (records16), rhinoceroses (records18), seahorses (records20), dugongs
(records15), gharials (records39), geckos (records29), sea snakes (records44), palm wine
(records37), ski resorts (records45), guano (the Humboldt penguin pages of records34), fog
harvesting (records28), sawfish and houbara bustards (records30), wild boar, penguins and bark
beetles (records34), albatrosses (records18), Miyawaki forests (records27), bumblebees (records32),
gum arabic (records26), argan (records16), moringa (records22), cashew (records43), teff
(records18), debt-for-nature swaps (m07-m09), caves and karst (records12), nest boxes (records26),
bird collisions with glass (bp22-bp24), urban wetlands (o19-o21), temporary ponds (records41) and
hot springs (records35), besides the topics of sets 42 to 93 and those their docstrings list as
covered, and the chemicals, waste, pollution, energy and biosafety topics left to set 94; screened
with no or passing hits but not chosen: dippers, oystercatchers, avocets, nightjars (named by the
heathland pages of records36), zebras, moose, cassowaries, clownfish, termite mounds, quelea,
lizards and newts (the great crested newt of the environmental DNA page of records42).

The nearest are judged 1: the need to clear unexploded munitions from the reefs of Vieques (cf03),
whose description says the east of the island was used for six decades as the Navy's campo de tiro
y de bombardeo (first-order use), judged 1 to the general military training area queries; and the
case study on the refugios and campamentos of Torres del Paine (di27), which moved overnight stays
from free use to compulsory reservations after a fire started by a hiker's campfire, judged 1 to
the general wild camping queries. All the other hits are passing: the spatules counted with the
aigrettes of the scarlet ibis roost (dk08) and the espátulas, scrapers, of the chewing gum removal
page (cx21); the fragata portuguesa, a jellyfish, of the Chilean jellyfish alert need (s21) and the
French Frigate Shoals of the monk seal page (cg01); the gazelles dama monitored by the ostrich
project of Termit (dc05) and the springbok sold to trophy hunters (bo13); the mouflons preyed on by
the snow leopards of the Karakoram (z29) and the mouflons à manchettes, Barbary sheep, of the
M'Goun geopark guide (cc08), while the borrego cimarrón hunted on Isla Tiburón (bo15) and the
desert bighorn of the feral burro dataset (bz28) are other wild sheep; the lady beetles among the
non-target organisms of the dsRNA page (bi10) and the coccinelles of the insect hotel (dk20); the
frayères de brochet lost on the straightened Drugeon (cu17); the red-cockaded woodpeckers
recovering on military bases among other lands (cs07) and the military range among the partners of
the Pembrokeshire climbing dataset (cg22); and the bivouac among the other subjects of the Verdon
climbing guide (cg23), the bivouacs on the summit of Roraima among the impacts of a trekking page
(cc05), the campamentos sin control among the problems of the Matacanes canyoning project (da18),
the campgrounds of the wildlife feeding guide (cm22), of the elm page (cw22) and of the off-road
vehicle page (dk22), the camping of the cruise page (co25) and the camping moved inland by the
Saâne realignment (ck26), and the campamentos tortugueros, camps of turtle conservation, of
records5 and records71.

records94.py (ids dv01..dv30, on chemicals, waste, energy and health topics), written at the same
time by another engineer, was searched for the same words once it was finished: its topics are
orphan oil and gas wells, mineral oil hydrocarbons in food, Agent Orange, aerial wildfire
retardants, electricity theft, energy performance contracting, genetically modified moths, waste
characterisation studies, accessible environmental information for persons with disabilities and
podcasts. None of its records names a nightingale, a spoonbill, a frigatebird, a gazelle, a
mouflon, a ladybird, a pike, camping or the downgrading of a protected area, and none answers a
query of this set: the Bien Hoa air base of the Agent Orange project (dv07), the armée américaine
of dv08 and the Department of Defense herbicide test plots of Puerto Rico (dv09), which names
Vieques only to set it apart, are contaminated military sites, no military training area, and are
judged 0 to the military queries.

Traps: the Senegal, the Gambia and Guinea-Bissau of the wintering nightingales, the muntjac and roe
deer and the Knepp estate of dw01; the charbonnages and motos tout-terrain of dw02; the acequias
and azarbes of dw03; the flamingos that visitors take the spoonbills for in dw04; the flamants
roses, pélicans and chacals of dw05; the mariscadores, fosfoyesos and salinas of dw06; Hurricane
Irma, the derelict fishing gear and the boobies and terns of dw07; the cyclones and thons of dw08;
the piqueros, drones and lobos marinos of dw09; the Arabian oryx, wolves, caracals and GPS collars,
and the kashta winter camping trips of dw10 (0 to the camping queries); the mouflon à manchettes of
Chambi (a Barbary sheep, 0 to the mouflon queries), the outarde houbara and the gazelles dama of
dw11 (1 to "gacela dama"); the addax, órix and Sáhara Occidental of dw12; the bluetongue, wildfires
and water troughs of dw13; the bivouacs along the GR20 (0 to the camping queries) and the gypaète
of dw14; the arruí of La Palma (a Barbary sheep), fototrampeo and drones of dw15; the citizen
science and the multicolored Asian lady beetle named among the suspected causes of dw16 (1 to the
harlequin ladybird queries); the vignobles and insecticides of dw17; the vaquita de San Antonio and
catarina of dw18 (names of the ladybird, not the vaquita porpoise of records24); the salmon,
rotenone, environmental DNA and the two lakes on a military base near Anchorage of dw19 (0 to the
military queries); the perchaude, maskinongé, seine and pêche blanche of dw20; the lucioperca (a
zander, no pike), black-bass, siluro, cangrejos and trofeo of dw21, which forbids putting the pike
back alive; the dugongs, flatback turtles, seagrass, feral pigs and unexploded ordnance of dw22;
the obus, œdicnème and busard cendré of dw23; the alondra ricotí, sisón and incendios of dw24; the
dotterels, penguins and campervans of dw25; the refuges and their gardiens, the chamois, bouquetins
and lacs, and the Calanques of dw26; the letrinas secas, incendios and comunidades mapuche of dw27;
the sugarcane and oil of dw28; the cacao and hévéa of dw29; and the Polígono 7 (a colonised area,
no firing range), drones and carretera of dw30. For the country queries: dw01 names Senegal, the
Gambia and Guinea-Bissau besides England; dw05 names no country but Mauritania; dw06 names no
country but Spain; dw11 names no country but Tunisia; dw12 names Marruecos and Senegal besides
Spain; dw13 names no country but Cyprus; dw14 names only France; dw18 names Argentina and Mexico;
dw19 names only the United States; dw20 names only Québec; dw25 names only New Zealand; dw27 names
only Argentina.

Ids (dw01..dw30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dt01..dt30, du01..du30), nor with records94.py's (dv01..dv30), and no earlier id starts with "dw".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- nightingales ----------------------------------------------------------------------------
    ("dw01", "dataset", "en",
     "Nightingale territories in south-east England: singing-male counts, scrub and coppice, "
     "1980-2023",
     "The common nightingale (Luscinia megarhynchos) has lost around nine in ten of its British "
     "population since the late 1960s and now sings mainly in Kent, Sussex, Essex and Suffolk, "
     "at the north-western edge of its range. This dataset, assembled by volunteer surveyors "
     "with the national bird monitoring trust, holds the counts of singing males made at night "
     "and at dawn in April and May in the national surveys of 1980, 1999 and 2012 and in yearly "
     "counts at 140 sites since then, with the habitat of each territory: young coppice, "
     "blackthorn and bramble scrub, wet willow carr and the scrub of old gravel pits. It adds "
     "the browsing of muntjac and roe deer, which opens up the dense understorey the birds need, "
     "the return of nightingales to the rewilded scrub of the Knepp estate in Sussex, and "
     "geolocator tracks of 20 birds to their wintering grounds in Senegal, the Gambia and "
     "Guinea-Bissau. Lodge Hill, where a plan for 5,000 homes was withdrawn, is flagged as the "
     "largest site.",
     ("nightingales", "Luscinia megarhynchos", "songbirds", "scrub habitats", "coppice"),
     ("GB",), "2024-03"),
    ("dw02", "project", "fr",
     "Rossignols des terrils : garder les fourrés où chante le rossignol philomèle dans le "
     "Hainaut",
     "En Wallonie, le rossignol philomèle a perdu plus de la moitié de ses effectifs en trente "
     "ans et ne niche plus guère que dans l'ouest du Hainaut et le long de la Meuse. Les "
     "terrils, anciens amas de schistes des charbonnages du Borinage et du Pays de Charleroi, "
     "sont devenus l'un de ses derniers refuges : leurs pentes se sont couvertes de bouleaux, de "
     "saules, de ronciers et de fourrés épineux où l'oiseau cache son nid près du sol. Le "
     "projet, porté par une association de protection de la nature avec les communes, la Région "
     "wallonne et des bénévoles, recense chaque printemps les mâles chanteurs, négocie avec les "
     "propriétaires le maintien des fourrés lors des réaménagements et des reprises de schistes, "
     "ouvre des layons sans raser les ronces et organise des balades nocturnes d'écoute. Il suit "
     "aussi l'effet des motos tout-terrain et des dépôts clandestins. Septante-deux chanteurs "
     "ont été notés sur les terrils suivis en 2023.",
     ("rossignol philomèle", "terrils", "fourrés", "oiseaux nicheurs", "Wallonie"),
     ("BE",), "2024-02"),
    ("dw03", "need", "es",
     "Necesidad: proteger los sotos del río Segura donde cría el ruiseñor común frente a los "
     "desbroces de cauces",
     "En la Vega Media y la Vega Baja del Segura, entre Murcia y Orihuela, los últimos sotos de "
     "álamos, tarays, zarzas y cañas de las márgenes del río albergan a cientos de parejas de "
     "ruiseñor común (Luscinia megarhynchos), que canta de día y de noche desde finales de "
     "marzo. Cada primavera, los desbroces y limpiezas de cauces con maquinaria, hechos para "
     "prevenir inundaciones, arrasan los zarzales en plena época de cría y se pierden muchos "
     "nidos. Una asociación naturalista de la huerta, con dos ayuntamientos, solicita apoyo para "
     "cartografiar los territorios de ruiseñor y de otros pájaros de ribera, acordar con el "
     "organismo de cuenca un calendario que deje los desbroces para el otoño, formar a las "
     "cuadrillas para que respeten rodales de zarza y organizar escuchas con escolares. Las "
     "acequias y azarbes de la huerta, donde también cantan ruiseñores, se citan solo como otro "
     "hábitat por estudiar.",
     ("ruiseñor común", "sotos", "vegetación de ribera", "aves nidificantes", "río Segura"),
     ("ES",), "2024-04"),
    # --- spoonbills ------------------------------------------------------------------------------
    ("dw04", "case-study", "en",
     "Roseate spoonbills of Florida Bay: what eighty years of nest counts say about Everglades "
     "water",
     "Roseate spoonbills (Platalea ajaja), the pink wading birds that visitors often take for "
     "flamingos, nest on the mangrove keys of Florida Bay and feed by sweeping their "
     "spoon-shaped bills through shallow water for small fish. Because they need water of just "
     "the right depth in the coastal wetlands at nesting time, they have become an indicator "
     "species for Everglades restoration. This case study draws on the nest counts begun by "
     "Audubon wardens in the 1930s and kept by the society's science centre in Tavernier: "
     "colonies in north-eastern Florida Bay fell from more than 1,200 nests in the late 1970s to "
     "a few hundred after canals and pumps changed the timing of freshwater flows. It shows "
     "spoonbills moving north to Tampa Bay and the Gulf coast, and rising seas drowning their "
     "feeding grounds, and explains how the birds' nesting success now sets targets for water "
     "releases under the restoration plan.",
     ("roseate spoonbills", "Platalea ajaja", "wading birds", "Everglades restoration",
      "indicator species"),
     ("US",), "2023-10"),
    ("dw05", "dataset", "fr",
     "Spatules blanches du Banc d'Arguin : colonies, baguage et hivernants, 1985-2024",
     "Le Parc national du Banc d'Arguin, sur la côte mauritanienne, accueille à la fois une "
     "petite population nicheuse de spatules blanches propre à l'Afrique de l'Ouest, la "
     "sous-espèce Platalea leucorodia balsaci, qui n'existe nulle part ailleurs, et des milliers "
     "de spatules venues d'Europe pour y passer l'hiver. Ce jeu de données, tenu par le parc "
     "avec des ornithologues mauritaniens et néerlandais, réunit les comptages des nids sur les "
     "îlots de Tidra, Kiaone et Zira, le succès de la reproduction, les lectures de bagues "
     "couleur des oiseaux européens et les comptages d'hivernants sur les vasières et les "
     "herbiers à marée basse. Il note aussi les dérangements causés par les lanches des pêcheurs "
     "imraguen, les chacals qui gagnent les îlots à marée basse et l'érosion des îlots. Les "
     "flamants roses et les pélicans des mêmes îlots sont comptés dans une autre base.",
     ("spatules blanches", "Platalea leucorodia balsaci", "oiseaux d'eau", "baguage",
      "Banc d'Arguin"),
     ("MR",), "2024-09"),
    ("dw06", "project", "es",
     "Espátulas de las Marismas del Odiel: proteger la colonia de la Isla de Enmedio",
     "Las Marismas del Odiel, junto a la ría de Huelva, acogen una de las mayores colonias de "
     "espátula común (Platalea leucorodia) de Europa, con más de cuatrocientas parejas que crían "
     "sobre los almajos y matorrales de la Isla de Enmedio y de la reserva de El Burro. El "
     "proyecto, del paraje natural con una sociedad ornitológica y voluntarios, sigue cada año "
     "los nidos desde observatorios, anilla pollos con anillas de lectura a distancia para "
     "conocer sus movimientos hasta Doñana y África occidental, vigila las mareas vivas que "
     "inundan los nidos y regula el paso de mariscadores y barcas en primavera. También recupera "
     "antiguos caños mareales para que las espátulas encuentren alimento cerca de la colonia. La "
     "industria de la ría, con sus balsas de fosfoyesos y sus salinas, se menciona solo por su "
     "efecto en el paisaje.",
     ("espátula común", "Platalea leucorodia", "colonias de aves acuáticas", "anillamiento",
      "Marismas del Odiel"),
     ("ES",), "2024-05"),
    # --- frigatebirds ----------------------------------------------------------------------------
    ("dw07", "project", "en",
     "Codrington Lagoon's frigatebird colony after Hurricane Irma: mangrove replanting and "
     "community boat tours in Barbuda",
     "The Codrington Lagoon on Barbuda holds one of the largest colonies of magnificent "
     "frigatebirds (Fregata magnificens) in the Caribbean, some 2,500 pairs nesting in low red "
     "mangroves, where the males inflate their scarlet throat pouches to court females from "
     "September to December. When Hurricane Irma struck in September 2017 it stripped and killed "
     "much of the mangrove and scattered the colony; counts the next season were a fraction of "
     "the usual. This project of the Barbuda Council with a regional conservation group and the "
     "lagoon's boatmen replants red and black mangroves on the colony's islets, counts nests and "
     "chicks every season, and trains local guides who take visitors by boat to the colony under "
     "rules on distance, noise and group size, with part of the fee going to the council. It "
     "also removes derelict fishing gear in which frigatebirds get tangled and studies how far "
     "the birds range over the sea to steal food from boobies and terns.",
     ("frigatebirds", "Fregata magnificens", "seabird colonies", "mangrove restoration",
      "community-based tourism"),
     ("AG",), "2023-09"),
    ("dw08", "dataset", "fr",
     "Grandes frégates et frégates ariel de l'île Europa : suivi GPS des vols au-dessus du canal "
     "du Mozambique, 2011-2023",
     "L'île Europa, réserve naturelle des Terres australes et antarctiques françaises au milieu "
     "du canal du Mozambique, abrite plusieurs milliers de couples de grandes frégates (Fregata "
     "minor) et de frégates ariel (Fregata ariel), qui nichent dans les veloutiers et les "
     "euphorbes de l'île. Ce jeu de données, produit par des équipes de recherche avec "
     "l'administration des TAAF, rassemble les trajets GPS et les altitudes de vol de 90 oiseaux "
     "équipés de balises et d'accéléromètres : les frégates, qui ne peuvent se poser sur l'eau, "
     "restent en l'air pendant des semaines, montent à plus de 3 000 mètres sous les cumulus et "
     "longent le bord des dépressions tropicales. Il comprend aussi les comptages annuels des "
     "nids, le succès de la reproduction, les effets des cyclones et les frégates retrouvées "
     "mortes. Les données servent à délimiter les zones marines où les oiseaux s'alimentent "
     "au-dessus des bancs de thons.",
     ("frégates", "Fregata minor", "oiseaux marins", "télémétrie", "îles Éparses"),
     ("TF",), "2024-01"),
    ("dw09", "document", "es",
     "Guía para guías naturalistas: visitar las colonias de fragatas de Seymour Norte y Genovesa "
     "sin perturbarlas",
     "En Seymour Norte y en la isla Genovesa anidan dos especies de fragatas, o pájaros fragata, "
     "la fragata magnífica y la fragata grande, que los visitantes buscan por los machos con la "
     "bolsa gular roja inflada. Esta guía de la dirección del parque nacional, preparada con los "
     "guías naturalistas y las operadoras de turismo, fija las reglas para desembarcar de las "
     "pangas y recorrer los senderos: no salir del sendero marcado, mantener dos metros de "
     "distancia de nidos y polluelos, no usar flash ni drones, no dispersar al grupo y salir "
     "antes de la hora indicada. Explica el ciclo de cría, por qué los polluelos pasan meses "
     "solos en el nido mientras los padres pescan en alta mar, el robo de alimento a los "
     "piqueros de patas azules y cómo reconocer un ave enredada en un anzuelo para avisar a los "
     "guardaparques. Los lobos marinos de los senderos tienen su propia ficha.",
     ("fragatas", "Fregata magnificens", "aves marinas", "turismo en áreas protegidas",
      "Galápagos"),
     ("EC",), "2023-06"),
    # --- gazelles --------------------------------------------------------------------------------
    ("dw10", "project", "en",
     "Bringing back Arabian sand gazelles and mountain gazelles to the Uruq Bani Ma'arid reserve",
     "Hunting from vehicles and the loss of grazing to livestock wiped out most gazelles of the "
     "Arabian Peninsula in the twentieth century. The Arabian sand gazelle, or reem (Gazella "
     "marica), and the mountain gazelle, or idmi (Gazella gazella), now survive in the wild "
     "mainly in fenced or guarded reserves. This project of the national wildlife authority and "
     "its captive breeding centres releases gazelles bred in enclosures near Riyadh and Taif "
     "into the dunes and gravel plains of Uruq Bani Ma'arid, on the western edge of the Empty "
     "Quarter, where Arabian oryx were released before them. Each group is held for some weeks "
     "in a pre-release pen, part of the animals are fitted with GPS collars, and survival, "
     "births and losses to wolves and caracals are followed. Rangers patrol against poachers, "
     "and the project works with the Bedouin of nearby villages on grazing and on the winter "
     "camping trips, the kashta, that bring cars and dogs into the reserve.",
     ("gazelles", "Gazella marica", "Gazella gazella", "reintroduction", "deserts"),
     ("SA",), "2024-02"),
    ("dw11", "case-study", "fr",
     "Les gazelles de Tunisie : trente ans de réintroductions à Bou Hedma, au Jebil et à Chambi",
     "Trois espèces de gazelles vivaient autrefois dans toute la Tunisie : la gazelle dorcas des "
     "steppes et du Sahara, la gazelle de Cuvier, ou edmi, des djebels, et la gazelle leptocère, "
     "ou rhim, des dunes du Grand Erg oriental. Cette étude de cas, rédigée avec la direction "
     "générale des forêts et les gardes des parcs, retrace trente ans d'efforts : enclos "
     "d'acclimatation et lâchers de gazelles dorcas et de gazelles dama dans le parc national de "
     "Bou Hedma, protection de la gazelle de Cuvier dans les pinèdes de pin d'Alep du parc "
     "national de Chambi, où vit aussi le mouflon à manchettes, et suivi des rhims dans le parc "
     "national du Jebil. Elle montre des résultats inégaux : effectifs en hausse dans les "
     "enclos, mais braconnage par des chasseurs venus en 4x4, parfois lors de parties de chasse "
     "à l'outarde houbara, surpâturage par les troupeaux des gouvernorats voisins et manque de "
     "gardes après 2011.",
     ("gazelles", "Gazella cuvieri", "Gazella dorcas", "réintroduction", "parcs nationaux"),
     ("TN",), "2023-04"),
    ("dw12", "support-source", "es",
     "Oferta: gacelas dama mhorr y otras gacelas saharianas criadas en Almería para "
     "reintroducciones",
     "Desde 1971, un centro de investigación de zonas áridas del CSIC mantiene en La Hoya, en "
     "Almería, poblaciones en cautividad de gacela dama mhorr (Nanger dama mhorr), gacela dorcas "
     "y gacela de Cuvier. La dama mhorr, extinta en libertad, desciende de solo once animales "
     "rescatados del Sáhara Occidental, y su supervivencia depende de un libro genealógico "
     "internacional. El centro ofrece a las autoridades de fauna y áreas protegidas de los "
     "países del área de distribución envío de ejemplares para reintroducciones, asesoría en "
     "manejo genético para evitar la consanguinidad, diseño de cercados de aclimatación y "
     "protocolos veterinarios, y estancias de formación para técnicos y guardas. Sus gacelas ya "
     "se liberaron en reservas de Marruecos y de Senegal. La oferta incluye análisis de ADN de "
     "gacelas decomisadas y un curso anual en francés y español. No cubre otros antílopes, como "
     "el addax o el órix.",
     ("gacelas", "Nanger dama mhorr", "cría en cautividad", "reintroducción",
      "conservación ex situ"),
     ("ES",), "2024-06"),
    # --- mouflons --------------------------------------------------------------------------------
    ("dw13", "dataset", "en",
     "Cyprus mouflon in the Paphos Forest: population counts, road deaths and poaching, "
     "1997-2024",
     "The Cyprus mouflon, or agrino (Ovis gmelini ophion), a wild sheep found only on the island "
     "and one of its national emblems, fell to a few dozen animals in the 1930s and now numbers "
     "about 3,000, most of them in the pine and golden oak forests of Paphos and the Troodos "
     "range. This dataset of the island's game and fauna service and its forestry department "
     "brings together the yearly counts from fixed vantage points and transects, the animals "
     "found killed on forest roads, poaching cases, and the mouflon killed or injured in the "
     "wildfires of 2016 and 2021. It also records blood samples screened for bluetongue and "
     "other diseases shared with goats and sheep, damage to crops at the forest edge and the "
     "compensation paid, and the water troughs filled during droughts. Mouflon may not be hunted "
     "anywhere on the island, and the data feed the management plan of the Natura 2000 site.",
     ("mouflon", "Ovis gmelini ophion", "wild sheep", "Paphos Forest", "population monitoring"),
     ("CY",), "2024-10"),
    ("dw14", "project", "fr",
     "Muvra : renforcer les populations de mouflons de Corse dans le Cinto et à Bavella",
     "Le mouflon de Corse, la muvra en langue corse, ne vit plus que dans deux massifs, celui du "
     "Cinto, entre Niolu et Asco, et celui de Bavella, soit environ un millier d'animaux après "
     "un minimum de quelques centaines dans les années 1960. Le projet, conduit par le parc "
     "naturel régional de Corse avec l'Office français de la biodiversité et les chasseurs, "
     "élève des mouflons dans l'enclos de Quenza, les relâche dans des massifs d'où ils avaient "
     "disparu, comme le Rotondo et le Monte d'Oro, et les suit par colliers GPS. Il compte les "
     "animaux chaque printemps, surveille l'hybridation avec les moutons domestiques retournés à "
     "l'état sauvage et la concurrence des chèvres laissées en liberté, et note les dérangements "
     "dus aux randonneurs et aux bivouacs le long du GR20. Le gypaète barbu, qui niche dans les "
     "mêmes vallées, n'est évoqué que pour les carcasses de mouflons dont il se nourrit.",
     ("mouflon de Corse", "muvra", "réintroduction", "ongulés de montagne", "Corse"),
     ("FR",), "2023-11"),
    ("dw15", "need", "es",
     "Necesidad: erradicar el muflón del Parque Nacional del Teide para salvar la flora de la "
     "cumbre",
     "El muflón fue soltado en 1971 en Las Cañadas del Teide, en Tenerife (Canarias), como "
     "especie de caza, y hoy se calcula que quedan entre 200 y 400 animales en la cumbre y en el "
     "pinar que la rodea. Ramonea las plantas endémicas de la alta montaña canaria, como la "
     "violeta del Teide, la retama del Teide, el rosal del guanche y la hierba pajonera, y es "
     "una de las causas de que algunas sobrevivan solo en riscos o dentro de vallados. El parque "
     "nacional y el cabildo insular solicitan apoyo para un plan de erradicación que combine "
     "batidas de control con cazadores habilitados, capturas con trampas, fototrampeo y conteos "
     "con drones, y una campaña con la sociedad de cazadores, que defiende conservar el muflón "
     "como recurso cinegético. Piden también la experiencia de otras islas. El arruí, otra oveja "
     "silvestre introducida, en la isla de La Palma, queda fuera de esta solicitud.",
     ("muflón", "especies exóticas invasoras", "flora endémica", "Parque Nacional del Teide",
      "erradicación"),
     ("ES",), "2024-03"),
    # --- ladybirds -------------------------------------------------------------------------------
    ("dw16", "project", "en",
     "Finding the lost ladybugs: a citizen survey of native lady beetles in New York and beyond",
     "In the last few decades several native lady beetles of North America, once common in "
     "fields and gardens, have become rare, among them the nine-spotted lady beetle (Coccinella "
     "novemnotata), New York's state insect, and the two-spotted and transverse lady beetles. "
     "Over the same years the seven-spotted lady beetle, released against aphids, and the "
     "multicolored Asian lady beetle (Harmonia axyridis) spread across the continent, and they "
     "are among the suspected causes. This project, run by a university entomology department "
     "with schools, gardeners and farmers, asks the public to photograph every ladybug they find "
     "and upload the picture with date and place for specialists to identify. More than 40,000 "
     "photographs have come in, and the nine-spotted lady beetle was found again in Virginia and "
     "on Long Island, where a small colony is now bred for release. The project also compares "
     "the prey and diseases of native and introduced species.",
     ("lady beetles", "ladybugs", "Coccinella novemnotata", "native insects", "citizen science"),
     ("US",), "2023-08"),
    ("dw17", "document", "fr",
     "Coccinelles : reconnaître les espèces indigènes et la coccinelle asiatique multicolore, et "
     "que faire quand elle entre dans la maison",
     "Le Québec compte plus de 80 espèces de coccinelles, mais la plus visible est devenue la "
     "coccinelle asiatique multicolore (Harmonia axyridis), introduite pour lutter contre les "
     "pucerons et arrivée dans la province au début des années 1990. À l'automne, elle se "
     "rassemble par centaines sur les murs ensoleillés et s'infiltre dans les maisons et les "
     "chalets pour y passer l'hiver, où elle laisse des taches jaunes et une odeur désagréable. "
     "Ce guide, préparé par un insectarium avec le ministère de l'Environnement, montre comment "
     "la distinguer des coccinelles indigènes, comme la coccinelle maculée ou la coccinelle à "
     "neuf points, disparue du sud du Québec, par le dessin en M ou en W derrière la tête, "
     "explique son rôle dans le déclin des espèces indigènes et dans les vignobles, où elle "
     "donne un mauvais goût au vin, et conseille l'aspirateur plutôt que les insecticides. Il "
     "invite à signaler ses observations de ces bibittes à pois.",
     ("coccinelles", "Harmonia axyridis", "espèces exotiques envahissantes", "insectes indigènes",
      "Québec"),
     ("CA",), "2022-10"),
    ("dw18", "case-study", "es",
     "La chinita arlequín en Chile: quince años de invasión contados por la ciencia ciudadana",
     "La chinita arlequín (Harmonia axyridis), la mariquita asiática que en Argentina llaman "
     "vaquita de San Antonio asiática y en México catarina asiática, fue detectada en Chile en "
     "2008 y hoy se encuentra desde Atacama hasta Aysén. Este estudio de caso, de un grupo de "
     "ecología de insectos de una universidad de Santiago, resume lo aprendido con miles de "
     "fotos enviadas por vecinos a un proyecto de ciencia ciudadana: la especie domina en "
     "parques, huertos y potreros de la zona central, se agrupa en otoño en las casas y en los "
     "cerros, y ha desplazado a las chinitas nativas, como Eriopis chilensis, y a otras "
     "introducidas hace décadas para el control biológico de pulgones y conchuelas. Discute la "
     "falta de control sobre la importación de enemigos naturales, la confusión entre especies y "
     "el posible daño a la fruta, y recomienda monitorear las chinitas nativas en las áreas "
     "protegidas.",
     ("chinitas", "Harmonia axyridis", "mariquitas", "especies exóticas invasoras",
      "ciencia ciudadana"),
     ("CL",), "2023-12"),
    # --- northern pike ---------------------------------------------------------------------------
    ("dw19", "case-study", "en",
     "Removing invasive northern pike from the lakes of Alaska's Kenai Peninsula to save young "
     "salmon",
     "Northern pike (Esox lucius) are native to interior and western Alaska, but anglers moved "
     "them illegally, from the 1950s on, into lakes of Southcentral Alaska, where no fish had "
     "evolved alongside such a predator. On the Kenai Peninsula and in the Susitna basin, pike "
     "ate juvenile coho and sockeye salmon, rainbow trout and sticklebacks, and some lakes lost "
     "their salmon runs. This case study from the state fish and game department reviews twenty "
     "years of eradication: gill netting, treating whole lakes with rotenone after public "
     "hearings, restocking with native fish from nearby waters, and checking for survivors with "
     "environmental DNA. Pike have been removed from more than twenty lakes, among them Stormy "
     "Lake and the Soldotna Creek lakes, and two lakes on a military base near Anchorage were "
     "treated too. It also explains the rules that ban moving live pike and the campaign asking "
     "ice anglers to kill every pike they catch.",
     ("northern pike", "Esox lucius", "invasive fish", "salmon", "eradication"),
     ("US",), "2024-01"),
    ("dw20", "project", "fr",
     "Redonner des frayères au grand brochet dans la plaine inondable du lac Saint-Pierre",
     "Au printemps, la crue du Saint-Laurent inonde la plaine du lac Saint-Pierre, au Québec, "
     "réserve de la biosphère et site Ramsar, et le grand brochet, comme la perchaude, vient y "
     "frayer dans les herbes submergées. Depuis que les prairies et les pâturages de la plaine "
     "ont fait place aux cultures annuelles de maïs et de soya, labourées et nues au printemps, "
     "la reproduction s'est effondrée, et la pêche à la perchaude est fermée depuis 2012. Ce "
     "projet, mené par un comité de zone d'intervention prioritaire avec des producteurs "
     "agricoles, des pourvoiries et le ministère responsable de la faune, remet en prairie ou en "
     "culture pérenne des bandes du littoral, aménage des chenaux et des seuils pour que les "
     "poissons entrent dans les champs inondés et en ressortent, et compte les jeunes brochets à "
     "la seine en juin. Il suit aussi le maskinongé. La pêche blanche sur le lac n'est évoquée "
     "que pour sa réglementation.",
     ("grand brochet", "Esox lucius", "frayères", "plaines inondables", "lac Saint-Pierre"),
     ("CA",), "2024-04"),
    ("dw21", "document", "es",
     "El lucio, especie exótica invasora: guía para pescadores de los ríos y embalses de "
     "Extremadura",
     "El lucio (Esox lucius) se introdujo en España en 1949 en embalses de la cuenca del Tajo y "
     "desde entonces se ha extendido por el Guadiana, el Ebro, el Duero y muchos pantanos, donde "
     "no pocos pescadores lo buscan como trofeo. Esta guía de la administración regional explica "
     "por qué figura en el catálogo español de especies exóticas invasoras: en ríos y charcas "
     "sin grandes depredadores come barbos, bogas, jarabugos, calandinos y pardillas, peces "
     "endémicos de la península, además de cangrejos y ranas. Aclara qué se permite en los "
     "tramos donde su pesca se admite para controlarlo, por qué no puede devolverse vivo al "
     "agua, trasladarse a otra masa de agua ni usarse como cebo vivo, y cómo avisar de su "
     "presencia en un tramo nuevo. Incluye fichas para distinguirlo de otros depredadores "
     "exóticos como el black-bass, el siluro y la lucioperca.",
     ("lucio", "Esox lucius", "especies exóticas invasoras", "pesca continental",
      "peces endémicos"),
     ("ES",), "2023-03"),
    # --- military training areas -----------------------------------------------------------------
    ("dw22", "case-study", "en",
     "Shoalwater Bay Military Training Area: managing a defence training ground for its coastal "
     "wildlife",
     "The Shoalwater Bay Military Training Area, north of Rockhampton in Queensland, covers "
     "about 450,000 hectares of land and sea used by the Australian Defence Force and visiting "
     "forces for large exercises such as Talisman Sabre. Closed to farming, development and most "
     "public access since the 1960s, it holds some of the least disturbed coastal ecosystems of "
     "eastern Australia: rainforest, heath, wetlands, mangroves and seagrass meadows within the "
     "Great Barrier Reef Marine Park, with dugongs and nesting flatback turtles. This case study "
     "looks at how defence, the marine park authority and the Darumbal traditional owners manage "
     "the area together: zones where live firing and amphibious landings are banned, fire "
     "management, weed and feral pig control, seagrass surveys before and after exercises, and "
     "the clearance of unexploded ordnance. It asks what civilian protected areas can learn from "
     "land the public cannot enter.",
     ("military training areas", "defence lands", "coastal ecosystems", "co-management",
      "Queensland"),
     ("AU",), "2023-07"),
    ("dw23", "project", "fr",
     "Les savarts des camps militaires de Champagne : gérer les pelouses sèches avec l'armée",
     "Dans la Marne et l'Aube, les camps militaires de Mourmelon, de Suippes et de Mailly "
     "couvrent ensemble plus de 30 000 hectares où subsistent les derniers grands savarts, ces "
     "pelouses sèches sur craie qui couvraient la Champagne pouilleuse avant les grands labours "
     "et les plantations de pins du XXe siècle. Les tirs, le passage des chars et les feux "
     "qu'ils allument entretiennent un sol ouvert où fleurissent orchidées, pulsatilles et lins, "
     "et où nichent l'œdicnème criard, la pie-grièche écorcheur et le busard cendré. Le projet, "
     "mené par le conservatoire d'espaces naturels de la région avec le ministère des Armées au "
     "titre de Natura 2000, cartographie les savarts, fait pâturer des troupeaux de moutons "
     "entre les exercices, coupe les pins qui gagnent, adapte le calendrier des manœuvres à la "
     "nidification et forme les militaires. Les obus non explosés interdisent aux naturalistes "
     "l'accès de certaines zones.",
     ("terrains militaires", "pelouses calcaires", "savarts", "Natura 2000", "pâturage"),
     ("FR",), "2024-05"),
    ("dw24", "dataset", "es",
     "Aves esteparias del campo de maniobras de San Gregorio: censos de ganga, ortega y sisón, "
     "2005-2024",
     "El Centro Nacional de Adiestramiento San Gregorio, el campo de maniobras y tiro del "
     "Ejército de Tierra al norte de Zaragoza, ocupa unas 33.000 hectáreas de estepa, saladas, "
     "matorral de romero y sabina y pinares de pino carrasco, y es zona de especial protección "
     "para las aves. Las maniobras, los blindados y los incendios que a veces provocan los "
     "ejercicios de tiro conviven con una de las mejores comunidades de aves esteparias del "
     "valle del Ebro. Este conjunto de datos, recogido por ornitólogos con permiso del mando del "
     "campo, reúne los censos primaverales de ganga ibérica, ganga ortega, sisón común, "
     "alcaraván y alondra ricotí por transectos y estaciones de escucha, los mapas de las zonas "
     "de tiro y de exclusión, la superficie quemada cada año y las parcelas cedidas a "
     "agricultores. Muestra que las aves se mantienen en el campo mientras declinan en los "
     "secanos de alrededor.",
     ("campos de maniobras", "terrenos militares", "aves esteparias", "ZEPA", "valle del Ebro"),
     ("ES",), "2024-11"),
    # --- wild camping ----------------------------------------------------------------------------
    ("dw25", "document", "en",
     "Freedom camping in New Zealand: where you can stay overnight, self-contained vehicles and "
     "care for conservation land",
     "Freedom camping, New Zealand's name for staying overnight in a tent, campervan or car "
     "outside a campground or holiday park, is allowed on much public land but controlled by "
     "council bylaws and, on the land it manages, by the conservation department. After years of "
     "complaints about human waste, rubbish, fires and crowded lakeshores at Lake Tekapo, Wanaka "
     "and on the Coromandel, the law was changed in 2023: vehicles must now carry a certified "
     "self-contained system with a fixed toilet to freedom camp on council land, and fines rose. "
     "This guide, written for visitors and rental companies, explains where freedom camping is "
     "banned or limited to a few nights, what the new green self-containment warrant card means, "
     "why toilets, grey water and campfires matter near rivers and dunes where dotterels and "
     "penguins nest, and how to find the conservation department's campsites instead. It adds a "
     "map of dump stations.",
     ("freedom camping", "wild camping", "visitor management", "campervans", "conservation land"),
     ("NZ",), "2024-01"),
    ("dw26", "case-study", "fr",
     "Le bivouac dans le cœur du Parc national des Écrins : dix ans de comptages et une "
     "réglementation en débat",
     "Dans le cœur du Parc national des Écrins, le camping est interdit, mais le bivouac est "
     "toléré : une tente légère montée le soir, entre 19 heures et 9 heures, à plus d'une heure "
     "de marche des limites du cœur ou d'une route. Depuis 2015, et plus encore depuis l'été "
     "2020, les bivouaqueurs se sont multipliés au bord des lacs et sur les replats, attirés par "
     "les photos publiées sur les réseaux sociaux. Cette étude de cas, réalisée par les "
     "gardes-moniteurs du parc, s'appuie sur des comptages de tentes certaines nuits d'été sur "
     "quinze sites et sur des entretiens avec des randonneurs et des gardiens de refuge : "
     "piétinement des pelouses, feux interdits, excréments et papiers, dérangement des chamois, "
     "des bouquetins et des tétras-lyres à l'aube. Elle compare les choix d'autres parcs, dont "
     "celui des Calanques, qui a interdit tout bivouac, et propose des aires de bivouac "
     "désignées et des quotas sur les sites saturés.",
     ("bivouac", "camping sauvage", "fréquentation touristique", "parcs nationaux", "Écrins"),
     ("FR",), "2023-12"),
    ("dw27", "need", "es",
     "Necesidad: ordenar el acampe agreste y prevenir incendios en los parques nacionales Lanín "
     "y Nahuel Huapi",
     "En los parques nacionales Lanín y Nahuel Huapi, en la Patagonia norte, el acampe agreste, "
     "es decir, armar la carpa fuera de los campings organizados, solo se permite en sitios "
     "habilitados y con registro previo de trekking. Cada verano, sin embargo, miles de "
     "visitantes acampan a orillas de lagos y ríos, en playas y mallines, prenden fogones aunque "
     "estén prohibidos y dejan basura y letrinas improvisadas; varios incendios en bosques de "
     "coihue, ciprés y lenga empezaron en fogones mal apagados. Los guardaparques de ambos "
     "parques, con las comunidades mapuche que administran sus propios campings, solicitan apoyo "
     "para relevar y señalizar los sitios de acampe agreste, instalar letrinas secas y fogoneras "
     "seguras en los más usados, crear un sistema de reservas en línea, capacitar a prestadores "
     "y brigadistas y hacer una campaña en rutas y terminales de ómnibus. Piden también medir "
     "cuántas carpas se arman cada noche.",
     ("acampe agreste", "acampada", "incendios forestales", "uso público", "parques nacionales"),
     ("AR",), "2024-02"),
    # --- protected area downgrading, downsizing and degazettement (PADDD) ------------------------
    ("dw28", "dataset", "en",
     "Degazetted, downsized, downgraded: a register of changes to Uganda's forest reserves and "
     "protected areas, 1950-2023",
     "Protected area downgrading, downsizing and degazettement (PADDD), the legal changes that "
     "weaken the protection of a site, shrink it or remove its status altogether, has been "
     "frequent in Uganda. This dataset, built by a university research group with the archives "
     "of the National Forestry Authority and the wildlife authority, lists each event with its "
     "date, legal instrument, area affected, stated reason and whether it was later reversed: "
     "game reserves opened to settlement in the 1970s and 1980s, central forest reserves "
     "degazetted by statutory instrument for towns, farms and factories, the 2007 proposal to "
     "give a third of Mabira Forest to a sugar company, withdrawn after street protests, the "
     "lease of parts of Bugoma Forest for sugarcane, and the oil development allowed inside "
     "Murchison Falls National Park. Boundaries are given as maps to compare with forest loss. "
     "The register follows the method of the global PADDDtracker database and contributes to it.",
     ("PADDD", "degazettement", "forest reserves", "protected area governance", "land-use change"),
     ("UG",), "2024-07"),
    ("dw29", "document", "fr",
     "Note d'analyse : le déclassement des forêts classées et des aires protégées en Côte "
     "d'Ivoire et ses effets",
     "En Côte d'Ivoire, de nombreuses forêts classées ont perdu l'essentiel de leur couvert au "
     "profit des plantations de cacao, d'hévéa et des cultures vivrières, et le code forestier "
     "de 2019 prévoit que les plus dégradées soient converties en agroforêts, voire déclassées. "
     "Cette note, rédigée par un centre de recherche avec des organisations de la société "
     "civile, passe en revue les cas de déclassement, de réduction des limites et d'allègement "
     "du statut d'aires protégées, ce que la littérature internationale appelle PADDD, depuis "
     "l'indépendance : forêts rétrocédées aux villages qui s'y étaient installés, parc national "
     "du Mont Péko occupé puis évacué en 2016, projets de mines et de routes. Elle discute le "
     "risque d'encourager de nouvelles infiltrations, les droits des populations, le sort des "
     "enclaves villageoises et les compensations prévues par la loi, et recommande un registre "
     "public des décisions.",
     ("déclassement", "forêts classées", "aires protégées", "PADDD", "gouvernance forestière"),
     ("CI",), "2023-08"),
    ("dw30", "need", "es",
     "Necesidad: defender la intangibilidad del TIPNIS frente a la carretera y la rebaja de su "
     "protección",
     "El Territorio Indígena y Parque Nacional Isiboro Sécure (TIPNIS), entre Beni y Cochabamba, "
     "es a la vez territorio de los pueblos mojeño-trinitario, yuracaré y tsimane y área "
     "protegida. En 2011, tras la octava marcha indígena, una ley lo declaró intangible, pero en "
     "2017 otra ley levantó esa intangibilidad y abrió paso a la carretera Villa Tunari-San "
     "Ignacio de Moxos y a nuevos usos, una rebaja de protección que los estudios "
     "internacionales clasifican como PADDD. En el sur, el llamado Polígono 7, ocupado por "
     "colonos cocaleros, ya había quedado fuera del parque y de la tierra comunitaria de origen "
     "en los años noventa. La Subcentral del TIPNIS solicita apoyo para vigilar con "
     "guardaparques comunales y drones el avance de chacos y caminos, documentar los cambios de "
     "límites y de zonificación, asesoría jurídica sobre la consulta previa y un registro de las "
     "desafectaciones de áreas protegidas en Bolivia.",
     ("TIPNIS", "PADDD", "áreas protegidas", "territorios indígenas", "carreteras"),
     ("BO",), "2024-09"),
)  # fmt: skip
