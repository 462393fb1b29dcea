"""Clearing-house records of the eighty-first judged relevance set
(tests/search/relevance/queries81.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on hoopoes (the nest boxes for Israel's national bird in the
orchards from the Hula Valley to the Arava; the huppe fasciée in the guérites of the Valais
vineyards; a need for the tabobo, as the Canary Islands call the abubilla, of the medianías of
Tenerife); on partridges (the grey partridge demonstration near Royston; a Walloon fiche on the
perdrix grise, its tournières and the MAEC of Hesbaye and the Condroz; the perdiz roja, its
farm-bred hybrids and the caza con reclamo of Castilla-La Mancha); on glass frogs (stream
transects on the Caribbean slope of Costa Rica; the grenouilles de verre of the criques of French
Guiana and the orpaillage; a need for the ranas de cristal of the quebradas of the Chocó Andino
of Pichincha); on black coral (sixty years of the precious coral fishery of Hawaii's ʻAuʻau
Channel; a French travellers' guide to corail noir souvenirs and CITES; the coral negro and the
buzos coraleros of Cozumel); on chamois (chamois and tahr in New Zealand's Southern Alps; the
isard and the pestivirose of the Pyrenees; jornadas on the rebeco cantábrico, the robezu of
Asturias, and its sarna sarcóptica in the Picos de Europa); on bee-eaters (the southern carmine
bee-eaters of the upper Zambezi's riverbanks; a guide to guêpiers and ruchers for beekeepers;
the abejarucos of the taludes and graveras of Madrid); on urban beekeeping (the honeybee hives of
Greater London and their forage; a guide to apiculture urbaine in Montréal; an offer of training
in apicultura urbana and swarm rescue, the rescate de enjambres, for Mexico City); on raised
fields (the camellones of the Llanos de Moxos; the champs surélevés of the savannas of French
Guiana and the abattis; a guide to the waru waru, or suka kollus, of Puno); on mountain huts (the
bothies of the Cairngorms and the north-west Highlands; the Refuges sentinelles of the Écrins and
the Vanoise; the refugios de montaña and concessions of Torres del Paine); and on hares (Irish
hares, hare coursing and the RHDV2 outbreak of 2019; the lièvre variable, or lièvre blanc, of the
Alps of Haute-Savoie; a need on the liebre europea of Patagonia). English, French and Spanish, 10
records each, every topic written once in each language (different countries, projects and
angles, not translations of one text).

None of records.py, records3.py, ..., records79.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (hoopoe, huppe, abubilla, tabobo, Upupa; partridge,
perdrix, perdreau, perdiz, Perdix, Alectoris, chukar, bartavelle, francolin, tinamou, grouse,
game bird, petit gibier, caza menor; glass frog, grenouille de verre, rana de cristal,
Centrolenidae, Hyalinobatrachium, Vitreorana, Cochranella; black coral, corail noir, coral negro,
Antipatharia, antipathaire, coral jewellery, joyería; chamois, isard, rebeco, sarrio, robezu,
gamuza, Rupicapra, tahr; bee-eater, guêpier, abejaruco, Merops; urban beekeeping, apiculture
urbaine, apicultura urbana, rooftop hives, ruches, rucher, colmena, beekeeping, apiculture,
apicultura, honey bee, swarm, essaim, enjambre; raised field, camellón, waru waru, suka kollu,
champs surélevés, campos elevados, billons, chinampa, Moxos; mountain hut, bothy, refuge de
montagne, refuge gardé, gardien de refuge, cabane, refugio de montaña, albergue, bivouac, hikers,
randonneurs, excursionistas; hare, lièvre, liebre, Lepus, jackrabbit, mara). Screened and dropped
as covered: pangolins (r10, r11), dugongs (o01-o03), seahorses (s06-s08), fireflies (s22-s24),
sloths, tapirs, axolotls (s10-s12), hummingbirds, dung beetles, cork oaks, date palms, sea
cucumbers, snow leopards, bison, cenotes (r01-r03), Miyawaki forests (bg15-bg18), fog harvesting
(bh28-bh30), zaï (l13-l15), bird collisions with glass (bp22-bp24), queen conch (bc01-bc03), water
hyacinth (n32), natural dyes (cc30), sacred groves (u08), stingless bees (p36), transhumance,
dry-stone walls, jellyfish, horseshoe crabs, sawfish, whale sharks, storks, penguins, albatrosses,
iguanas, crocodiles, geckos, crayfish, freshwater pearl mussels, shea and red coral (be04-be06),
besides the topics of sets 42 to 79 and those their docstrings list as covered, and the
chemicals, waste, pollution, energy and biosafety topics left to set 80; screened with no or
passing hits but not chosen: okapis, koalas, eiders, sardines, scarlet ibises, cardamom, food
forests, insect hotels (cw17), red kites (ct05), skylarks, rheas (dc06), coelacanths and wax palms.

The nearest are the Fiordland Marine Area guide (bs04), whose subjects name the black coral whose
taking it bans, judged 1 to the black coral queries, while the red and pink precious corals of
be04-be06 are no black coral; the Madrid leishmaniasis case study (bs15), whose title and subjects
name the liebres that carried the parasite, judged 1 to the hare queries, while the liebres found
dead after the rodenticide campaigns of ct06 are passing; the perdiz pardilla among the species of
the Cantabrian heath guide (bp06), the perdices killed with the topillos (ct06) and the perdices y
tórtolas of the lavandín linderos (da12), passing; the abejaruco whose arrival the phenology guide
asks volunteers to note (co30), passing; the chamois counted with the ibex of the Vanoise and
Gran Paradiso twinning (br23), the chamois of the Bargy tested for brucellosis (cy02) and the
sarrio that shares its diseases with the cabra montés (cy03), all passing; the need of the Puno
alpaca herders (bu27), which asks among five actions to recover Andean practices, the chuño and
the waru waru, judged 1 to the raised field and waru waru queries, and the chinampa refuges for
the axolotl (s10), whose title names the chinampas, a kind of raised field built in a lake, judged
1 to the general raised field queries, while the chinampas named by cb12 and ck18 are passing and
the camellones of de27 are street medians; the dry toilet guide (by20), whose title addresses
refuges and whose text has fiches on refuges de montagne without running water, judged 1 to the
general mountain hut queries, while the refugios on which avalanches fall (bt27) and the marmot
guide written with gardiens de cabane (cq29) are passing; GreenThumb (ci28), which offers New York
City's community gardens workshops in beekeeping among others, judged 1 to the urban beekeeping
queries, while the log hive, hornet, neonicotinoid and lavender pages (dc25-dc27, bd28-bd30,
w01-w03, da10-da12) are about beekeeping outside cities. In the golden files, the only hits are
the letters of other words (pharetra, iisardo).

records80.py (ids dh01..dh30, on energy, pollution, chemicals, waste, biosafety, customs and
governance topics: salinity gradient power, oil sands, thiomersal, smelters, pulp and paper mills,
derelict and end-of-life boats, GM pollen in honey, authorised economic operators, whistleblowers
and foam blowing agents), written at the same time by another engineer, was searched for the same
words once it was finished: none of its records is about these topics, and none names a hoopoe, a
partridge, a glass frog, a black coral, a chamois, a bee-eater, a raised field, a mountain hut or
a hare; its honey pages (dh19-dh21) are about the GM pollen in the honey of beekeepers beside
fields in Bavaria, the Hauts-Bassins of Burkina Faso and Campeche, none of them urban beekeeping.

Traps: the barn owl boxes, house sparrows and common mynas of di01; the guêpiers of the gravières
of di02 and the guérites, petites cabanes de vigne, of di02, which are no mountain huts; the
perdices morunas (Barbary partridges) of di03 and its raticidas; the brown hares of di04 and the
lièvre of di05; the perdiz pardilla of di06, left out of it (0 to the grey partridge queries);
the chytrid of di07 and di08 and the ranas venenosas of di09; the snowflake coral of di10 and the
corail rouge of di11; the tahr and guided hunts of di13, the bouquetins of di14 and di26, and the
lobos and the sarrio of di15 (a chamois, so no trap for the chamois queries); the honeybees and
hives of di16, the frelon asiatique of di17 and the carraca of di18; the jardins collectifs of
di20 and the allotments of di19; the waru waru with which di22 compares the camellones of Moxos
(0 to the waru waru query) and the rizières of di23, the manioc of di22 and di23; the andenes and
quinua of di24; the peat and nesting waders of di25, the chamois, toilettes sèches and lagopèdes
of di26 (0 to the chamois queries), the incendios, guanacos and pumas of di27; the rabbits of
di28, the tétras-lyre and skieurs of di29 and the mara, the liebre patagónica that is a rodent,
of di30. For the country queries: di11 names the Dominican Republic, Cuba and the Red Sea only as
where souvenirs are bought, and no black coral record but di12 names Mexico; di14 is about
France, Andorra and Spain (Catalonia); no glass frog record but di09 names Ecuador, no mountain
hut record but di27 names Chile (the hares of di30 reached southern Chile), and of the hoopoe and
bee-eater records only di03 and di18 name Spain.

Ids (di01..di30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
df01..df30, dg01..dg30), nor with records80.py's (dh01..dh30), and no earlier id starts with "di".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- hoopoes ------------------------------------------------------------------------------
    ("di01", "dataset", "en",
     "Hoopoes in the nest-box network for Israel's national bird: occupancy, broods and prey, "
     "2009-2024",
     "In 2008 the Eurasian hoopoe (Upupa epops) was chosen as Israel's national bird in a public "
     "vote, and the following year a network of nest boxes for it was set up in kibbutz orchards, "
     "date plantations, vineyards and school yards from the Hula Valley to the Arava. This "
     "dataset, kept by a university zoology department with a nature protection society and "
     "hundreds of schoolchildren, holds the yearly checks of some 1,400 boxes: occupation by "
     "hoopoes or by competitors such as house sparrows and common mynas, clutch size, fledglings, "
     "and nest camera records of the prey brought to the chicks, mostly mole crickets, beetle "
     "larvae and caterpillars probed from bare or short-grazed soil. It links breeding success to "
     "the mowing and tilling of orchard floors, to insecticide sprays and to the summer heat "
     "waves of 2021 and 2023. The barn owl boxes placed in the same orchards against voles are "
     "recorded in another dataset.",
     ("hoopoes", "Upupa epops", "nest boxes", "farmland birds", "citizen science"),
     ("IL",), "2024-10"),
    ("di02", "project", "fr",
     "La huppe fasciée revient dans les vignes du Valais : nichoirs dans les guérites et sols "
     "enherbés",
     "Dans les années 1990, la huppe fasciée (Upupa epops) ne nichait plus en Suisse qu'à "
     "quelques dizaines de couples, presque tous dans la plaine du Rhône et sur les coteaux "
     "viticoles du Valais central. Faute de vieux arbres creux et de murs de pierres sèches "
     "fissurés, les couples manquaient de cavités. Ce projet, mené par une station ornithologique "
     "et une université avec des vignerons, a posé plus de 700 nichoirs dans les guérites, ces "
     "petites cabanes de vigne, dans les murs des vergers et les granges de la plaine, entre "
     "Martigny et Loèche. Il suit chaque année la ponte, l'envol des jeunes et les proies : la "
     "courtilière, ou taupe-grillon, en forme l'essentiel, chassée sur les sols nus ou à "
     "végétation rase entre les ceps. Le projet conseille donc un enherbement clairsemé, fauché "
     "au bon moment, et moins d'insecticides. L'effectif valaisan a dépassé les 200 couples. Les "
     "guêpiers qui s'installent dans les gravières voisines sont suivis à part.",
     ("huppe fasciée", "Upupa epops", "nichoirs", "viticulture", "Valais"),
     ("CH",), "2023-11"),
    ("di03", "need", "es",
     "Necesidad: censo y cajas nido para el tabobo, como llaman en Canarias a la abubilla, en las "
     "medianías de Tenerife",
     "En Canarias a la abubilla (Upupa epops) se la conoce como tabobo, y su canto hueco "
     "acompañaba a los agricultores de las medianías del norte de Tenerife. Con el abandono de "
     "los bancales, de las huertas de papas y de los alpendres de piedra donde criaba, y con la "
     "urbanización de la costa, los vecinos dicen verla cada vez menos, pero no hay ningún censo. "
     "El cabildo insular, con una sociedad ornitológica y la universidad, solicita apoyo para "
     "contar los tabobos en primavera con puntos de escucha y voluntarios, instalar y revisar "
     "cajas nido en fincas, colegios y muros, estudiar su dieta de larvas, grillos y lagartijas "
     "jóvenes y medir el efecto de los raticidas y de los insecticidas usados en plataneras y "
     "viñas. Pide además material para que cada colegio rural adopte una caja y registre las "
     "puestas. Las perdices morunas que se cazan en las mismas medianías no entran en la "
     "solicitud.",
     ("abubilla", "tabobo", "Upupa epops", "cajas nido", "necesidades"),
     ("ES",), "2024-03"),
    # --- partridges ---------------------------------------------------------------------------
    ("di04", "case-study", "en",
     "Grey partridges back on arable land: ten years of a demonstration farm near Royston, "
     "Hertfordshire",
     "The grey partridge (Perdix perdix) has declined by more than ninety per cent in Britain "
     "since the 1960s, when herbicides removed the weeds whose insects partridge chicks eat and "
     "larger fields left few places to nest. This case study follows a demonstration on about "
     "1,000 hectares of arable land near Royston, Hertfordshire, run by a game and wildlife "
     "research trust with four farmers. They sowed wild bird seed mixtures, left conservation "
     "headlands unsprayed, built beetle banks across large fields, kept tall nesting cover along "
     "field margins and controlled foxes, crows and rats in spring. Spring pairs rose from three "
     "to more than forty in seven years, and autumn counts showed good chick survival in years "
     "rich in sawfly larvae and aphids. The study sets out the costs, the agri-environment "
     "payments that covered most of them and why no reared birds were released. Brown hares, "
     "skylarks and yellowhammers increased too.",
     ("grey partridge", "Perdix perdix", "farmland birds", "agri-environment schemes",
      "field margins"),
     ("GB",), "2023-03"),
    ("di05", "document", "fr",
     "Accueillir la perdrix grise dans sa ferme : fiche technique pour les agriculteurs de "
     "Hesbaye et du Condroz",
     "En Wallonie, la perdrix grise (Perdix perdix), oiseau des plaines cultivées, a perdu plus "
     "des trois quarts de ses effectifs en trente ans, comme l'alouette des champs et le bruant "
     "proyer. Cette fiche, éditée par le service qui conseille les agriculteurs sur les méthodes "
     "agro-environnementales et climatiques (MAEC), explique comment accueillir la perdrix en "
     "Hesbaye et dans le Condroz : tournières enherbées et bandes aménagées pour la faune, "
     "couverts nourriciers laissés sur pied en hiver, buissons et haies basses pour abriter la "
     "nichée, fauche des bords de champs après la mi-juillet et depuis le centre de la parcelle, "
     "pour que les couvées et les jeunes perdreaux puissent fuir. Elle rappelle que les poussins "
     "se nourrissent d'insectes pendant leurs premières semaines et décrit les comptages de "
     "couples au printemps faits avec les conseils cynégétiques. Les lâchers d'oiseaux d'élevage, "
     "qui ne nichent presque jamais, ne sont pas recommandés. Le lièvre profite des mêmes "
     "aménagements.",
     ("perdrix grise", "Perdix perdix", "méthodes agro-environnementales", "tournières",
      "oiseaux des champs"),
     ("BE",), "2024-02"),
    ("di06", "project", "es",
     "Perdiz roja autóctona: granjas certificadas y fincas modelo en los campos de Castilla-La "
     "Mancha",
     "La perdiz roja (Alectoris rufa) es la reina de la caza menor española, pero sus poblaciones "
     "silvestres han caído a la mitad en veinte años por la intensificación agraria, la cosecha "
     "nocturna, los herbicidas y la pérdida de linderos y barbechos. Para mantener los cotos se "
     "sueltan cada año millones de perdices de granja, muchas hibridadas con la perdiz chucar "
     "(Alectoris chukar), que contaminan genéticamente a las silvestres y les transmiten "
     "enfermedades. Este proyecto, de la consejería de desarrollo sostenible con una universidad "
     "y la federación de caza, analiza el ADN de las perdices de granja y solo certifica las de "
     "estirpe pura, limita las sueltas en zonas de perdiz silvestre y crea una red de fincas "
     "modelo con bebederos, comederos, cereal sin cosechar y barbechos largos. Mide las "
     "densidades con censos de primavera y de verano y estudia la caza en mano y con reclamo, en "
     "la que un macho enjaulado canta para atraer a otros. La perdiz pardilla de los páramos del "
     "norte queda fuera del proyecto.",
     ("perdiz roja", "Alectoris rufa", "caza menor", "hibridación", "agricultura"),
     ("ES",), "2024-05"),
    # --- glass frogs --------------------------------------------------------------------------
    ("di07", "dataset", "en",
     "Glass frog stream transects on the Caribbean slope of Costa Rica: calling males, egg "
     "clutches and chytrid, 2012-2024",
     "Glass frogs (family Centrolenidae) are small green tree frogs whose belly skin is so "
     "transparent that the heart, liver and gut can be seen. They lay their eggs on leaves above "
     "forest streams, and the tadpoles drop into the water when they hatch. This dataset, from a "
     "biological station and a private reserve on the Caribbean slope of the Cordillera Central, "
     "holds twelve years of night transects along eight streams: counts of calling males of the "
     "reticulated, emerald and Fleischmann's glass frogs, egg clutches marked on leaves and "
     "followed to hatching, males seen guarding clutches, and the wasps and fly larvae that prey "
     "on the eggs. Skin swabs for the chytrid fungus, stream temperature and flow, and the dry "
     "spells of El Niño years are recorded. Streams next to pineapple and banana plantations, "
     "where sediment and agrochemicals run in, are compared with streams inside the forest. The "
     "data feed the national red list assessment of amphibians.",
     ("glass frogs", "Centrolenidae", "amphibians", "forest streams", "chytrid"),
     ("CR",), "2024-08"),
    ("di08", "document", "fr",
     "Les grenouilles de verre de Guyane : fiche d'identification et de protection pour les "
     "criques forestières",
     "On les appelle grenouilles de verre parce que leur ventre transparent laisse voir le cœur "
     "et les viscères. En Guyane, une demi-douzaine d'espèces de la famille des Centrolénidés "
     "vivent le long des criques de la forêt, de Saül aux monts de l'Inini : les mâles chantent "
     "la nuit, perchés sur les feuilles au-dessus de l'eau, et veillent sur les pontes jusqu'à "
     "l'éclosion, quand les têtards tombent dans la crique. Cette fiche, produite par le parc "
     "amazonien avec des herpétologues et une association naturaliste, aide les agents, les "
     "guides et les chercheurs à reconnaître les espèces à l'œil et au chant, à les photographier "
     "sans les manipuler et à verser leurs observations dans la base de données régionale. Elle "
     "explique pourquoi l'orpaillage illégal est la plus grande menace : les chantiers rendent "
     "les criques boueuses et étouffent les pontes. Elle rappelle la désinfection des bottes et "
     "du matériel contre le chytride et le statut d'espèces protégées.",
     ("grenouilles de verre", "Centrolénidés", "amphibiens", "orpaillage", "Guyane"),
     ("GF",), "2023-10"),
    ("di09", "need", "es",
     "Necesidad: proteger las quebradas de las ranas de cristal del Chocó Andino de Pichincha "
     "frente a la minería",
     "En el Chocó Andino, al noroccidente de Quito, viven más de una decena de especies de ranas "
     "de cristal, llamadas así porque a través de la piel del vientre se ven el corazón y las "
     "vísceras; varias son endémicas de unas pocas quebradas y esteros de bosque nublado. En la "
     "reserva de biosfera siguen vigentes concesiones mineras otorgadas antes de la consulta "
     "popular de 2023, y el agua de algunas quebradas ya baja turbia. Un centro de investigación "
     "y conservación de anfibios de Quito, con gobiernos parroquiales y fincas de ecoturismo de "
     "Mindo y Nanegal, solicita apoyo para muestrear las quebradas cada mes con transectos "
     "nocturnos, mantener colonias de seguridad en cautiverio de las especies más amenazadas, "
     "entrenar a jóvenes de la zona como monitores y preparar informes técnicos para los procesos "
     "sobre la minería. Pide también cámaras para documentar a los machos que cuidan las posturas "
     "sobre las hojas. Las ranas venenosas de la zona no forman parte de la solicitud.",
     ("ranas de cristal", "Centrolenidae", "anfibios", "minería", "Chocó Andino"),
     ("EC",), "2024-07"),
    # --- black coral --------------------------------------------------------------------------
    ("di10", "case-study", "en",
     "Hawaii's black coral: sixty years of a small precious coral fishery in the ʻAuʻau Channel",
     "Black corals (order Antipatharia) are slow-growing, tree-like corals whose skeleton, black "
     "when polished, has been made into jewellery in Hawaii since the late 1950s; black coral is "
     "the state gem. Almost all of the harvest comes from a bed 40 to 100 metres deep in the "
     "ʻAuʻau Channel between Maui and Lānaʻi, taken by a handful of licensed divers for jewellers "
     "in Lahaina and Honolulu. This case study traces how state and federal managers set a "
     "minimum size so that colonies reproduce before they are cut, and required permits and catch "
     "reports, and how the invasive snowflake coral (Carijoa riisei) smothered many of the deeper "
     "colonies, as submersible surveys revealed. It weighs what a small, selective fishery means "
     "for a species whose colonies live for centuries, some for thousands of years, and notes "
     "that all black corals are listed in Appendix II of CITES, so that black coral jewellery "
     "leaving the United States needs a permit.",
     ("black coral", "Antipatharia", "precious corals", "CITES", "Hawaii"),
     ("US",), "2023-09"),
    ("di11", "document", "fr",
     "Corail noir : ce que les voyageurs doivent savoir avant de rapporter un bijou ou un "
     "souvenir",
     "Chaque année, les douaniers des aéroports de Roissy, d'Orly et des Antilles saisissent des "
     "bracelets, des pendentifs et des branches de corail noir rapportés de vacances sans "
     "document. Les coraux noirs, ou antipathaires, poussent lentement en eaux profondes, souvent "
     "au-delà de 30 mètres, et certaines colonies ont plusieurs siècles ; polis, leurs squelettes "
     "deviennent noirs et brillants. Toutes les espèces sont inscrites à l'annexe II de la CITES "
     ": leur commerce exige un permis d'exportation du pays d'origine, et l'exemption accordée "
     "aux effets personnels est limitée. Ce guide du ministère chargé de l'environnement explique "
     "comment vérifier qu'un vendeur de République dominicaine, de Cuba ou de la mer Rouge "
     "dispose des papiers, ce que risque le voyageur (confiscation, amende) et ce que deviennent "
     "les objets saisis, confiés à des musées et à des écoles. Le corail rouge de Méditerranée et "
     "les coraux des récifs font l'objet d'autres fiches.",
     ("corail noir", "antipathaires", "CITES", "souvenirs de voyage", "douanes"),
     ("FR",), "2024-01"),
    ("di12", "project", "es",
     "Coral negro de Cozumel: monitoreo de colonias y reconversión de los buzos coraleros",
     "Desde los años sesenta, buzos de Cozumel y de Isla Mujeres bajaban a 50 y 70 metros para "
     "cortar ramas de coral negro (Antipatharia, sobre todo Plumapathes pennacea y Antipathes "
     "caribbeana) que los joyeros de la isla pulían y vendían a los turistas. La extracción agotó "
     "las colonias menos profundas, y varios buzos murieron o quedaron lisiados por "
     "descompresión. Hoy el coral negro está protegido por la norma mexicana de especies en "
     "riesgo y por el apéndice II de la CITES, y solo se autoriza un aprovechamiento pequeño con "
     "plan de manejo. Este proyecto, de la comisión de áreas naturales protegidas con una "
     "cooperativa de joyeros y un centro de investigación de Quintana Roo, mide las colonias de "
     "las paredes del Parque Nacional Arrecifes de Cozumel con buceo técnico y vehículos operados "
     "a distancia, marca colonias para medir su crecimiento, capacita a los antiguos buzos "
     "coraleros como monitores y guías de buceo y ayuda a los talleres de joyería a trabajar solo "
     "con material legal y certificado.",
     ("coral negro", "Antipatharia", "joyería artesanal", "buceo", "Cozumel"),
     ("MX",), "2024-04"),
    # --- chamois ------------------------------------------------------------------------------
    ("di13", "dataset", "en",
     "Chamois and Himalayan tahr in the Southern Alps: aerial counts, culls and alpine plant "
     "plots, 2016-2024",
     "Chamois (Rupicapra rupicapra) were brought to New Zealand as a gift from the Austrian "
     "emperor and released near Aoraki/Mount Cook in 1907. They have spread along the Southern "
     "Alps from Nelson Lakes to Fiordland, browsing herbs, snow tussocks and alpine shrubs that "
     "evolved without hoofed animals. This dataset, kept by the conservation department with "
     "hunters' organisations, combines helicopter counts on fixed survey blocks, the numbers of "
     "chamois and tahr shot in official control operations, by recreational hunters and on guided "
     "hunts, and repeated vegetation plots in alpine basins where the large Mount Cook buttercup "
     "and mountain daisies are measured. It maps the national parks where control aims at the "
     "lowest possible density and the areas managed for hunting, and records ages and weights "
     "from jaw samples. Notes explain why chamois, which live in small groups in steep and broken "
     "terrain, are harder to count than tahr, and how fresh snowfall changes sightings.",
     ("chamois", "Rupicapra rupicapra", "introduced species", "alpine vegetation", "hunting"),
     ("NZ",), "2024-09"),
    ("di14", "case-study", "fr",
     "L'isard et la pestivirose : vingt ans de surveillance sanitaire dans les Pyrénées",
     "L'isard (Rupicapra pyrenaica), le chamois des Pyrénées, avait retrouvé des effectifs élevés "
     "grâce aux réserves et au plan de chasse quand, à partir de 2001, une maladie nouvelle a "
     "décimé plusieurs populations en Catalogne, en Andorre puis en Ariège : une pestivirose "
     "proche de la maladie de la frontière du mouton. Cette étude de cas retrace le travail du "
     "réseau de surveillance de la faune sauvage, du parc national, des fédérations de chasseurs "
     "et des laboratoires vétérinaires des deux côtés de la frontière : autopsies des isards "
     "trouvés morts, analyses de sang des animaux tirés à la chasse, comptages estivaux sur des "
     "itinéraires fixes. Elle montre que certaines populations ont perdu plus de la moitié de "
     "leurs effectifs puis se sont rétablies en une dizaine d'années, quand d'autres restent "
     "basses. Elle discute le rôle des brebis en estive, l'adaptation des plans de chasse et la "
     "kératoconjonctivite. Les bouquetins réintroduits dans le massif ne sont pas concernés.",
     ("isard", "chamois", "Rupicapra pyrenaica", "santé de la faune sauvage", "Pyrénées"),
     ("FR", "AD", "ES"), "2023-04"),
    ("di15", "event", "es",
     "Jornadas técnicas sobre el rebeco cantábrico y la sarna sarcóptica en Picos de Europa",
     "Los días 17 y 18 de octubre de 2024 se celebraron en Cangas de Onís unas jornadas técnicas "
     "sobre el rebeco cantábrico (Rupicapra pyrenaica parva), al que en Asturias llaman robezu, "
     "organizadas por el Parque Nacional de los Picos de Europa con los servicios de caza de "
     "Asturias, Cantabria y Castilla y León. Desde el primer brote de sarna sarcóptica en el "
     "macizo oriental, en 1993, la enfermedad ha matado a miles de rebecos y ha avanzado hacia el "
     "oeste. Guardas, veterinarios, investigadores, cazadores y ganaderos presentaron los censos "
     "anuales, la eficacia de tratar o retirar a los animales enfermos, el seguimiento con "
     "collares GPS y los contactos con cabras y ovejas en los puertos de pastos. Se habló también "
     "de la afluencia de montañeros en verano, de los lobos y de los cupos de caza en las "
     "reservas regionales. Las conclusiones piden un protocolo común a las tres comunidades. El "
     "rebeco del Pirineo, el sarrio, tuvo una sola ponencia.",
     ("rebeco", "Rupicapra pyrenaica parva", "sarna sarcóptica", "Picos de Europa", "caza"),
     ("ES",), "2024-10"),
    # --- bee-eaters ---------------------------------------------------------------------------
    ("di16", "project", "en",
     "Southern carmine bee-eater colonies of the upper Zambezi: protecting riverbank nesting "
     "sites",
     "Each September thousands of southern carmine bee-eaters (Merops nubicoides) arrive on the "
     "upper Zambezi to dig nest tunnels in the sandy riverbanks between Sioma and Katima Mulilo, "
     "forming some of the largest bee-eater colonies in Africa. This project, run by a bird "
     "conservation society with community conservancies on the Zambian and Namibian banks, counts "
     "burrows and breeding pairs at thirty colonies each season, marks banks to be left alone by "
     "sand diggers and brickmakers, and asks tour boat operators to keep their distance and slow "
     "down, since their wakes collapse nesting banks. It studies how early floods and cattle "
     "trampling the bank tops affect breeding, and trains community game guards to stop the "
     "digging out of chicks for food. The birds catch flying insects, many of them honeybees, "
     "which beekeepers near the colonies sometimes complain about; the project advises placing "
     "hives away from them. A visitor code of conduct is displayed at the lodges.",
     ("bee-eaters", "Merops nubicoides", "colonial birds", "riverbanks",
      "community conservancies"),
     ("ZM", "NA"), "2024-02"),
    ("di17", "document", "fr",
     "Guêpiers d'Europe et ruchers : guide pour une cohabitation entre apiculteurs et oiseaux "
     "protégés",
     "Le guêpier d'Europe (Merops apiaster), oiseau aux couleurs vives qui revient d'Afrique "
     "chaque printemps, niche en colonies dans des terriers creusés dans les berges sableuses, "
     "les talus et les fronts de carrières, et il gagne vers le nord avec le réchauffement. Il se "
     "nourrit d'insectes en vol, libellules, bourdons, guêpes et abeilles domestiques, et des "
     "apiculteurs du Languedoc et de la vallée du Rhône l'accusent d'affaiblir leurs ruchers en "
     "chassant devant les ruches. Ce guide, préparé par une association de protection des oiseaux "
     "et un syndicat apicole, rappelle que l'espèce est protégée et que les tirs et la "
     "destruction des nids sont interdits, résume les études qui montrent des pertes faibles sauf "
     "près des colonies en fin d'été, et propose des solutions : éloigner les ruchers des "
     "colonies pendant l'élevage des jeunes, ne pas y élever de reines, dont les vols de "
     "fécondation sont exposés. Il aide aussi les carriers à garder des fronts de taille pour les "
     "colonies. Le frelon asiatique a son propre guide.",
     ("guêpier d'Europe", "Merops apiaster", "apiculture", "espèces protégées", "carrières"),
     ("FR",), "2023-05"),
    ("di18", "dataset", "es",
     "Colonias de abejaruco en taludes y graveras de la Comunidad de Madrid: censos 2015-2024",
     "El abejaruco europeo (Merops apiaster) llega de África a finales de abril y cría en "
     "colonias, excavando túneles de hasta dos metros en taludes arenosos, cortados de graveras, "
     "orillas de ríos e incluso montones de tierra de obras. Este conjunto de datos, del servicio "
     "regional de vida silvestre con una sociedad ornitológica y voluntarios, reúne diez años de "
     "censos de nidos ocupados en 240 colonias de las vegas del Jarama, el Henares, el Tajuña y "
     "el Alberche, con la fecha de llegada, la pérdida de taludes por la restauración de graveras "
     "o por obras, las colonias destruidas en plena cría y las denuncias presentadas. Incluye "
     "análisis de egagrópilas de varias colonias, que muestran qué cazan: himenópteros, sobre "
     "todo abejas y avispas, libélulas y escarabajos. Recoge además las quejas de apicultores de "
     "la sierra y el resultado de alejar los colmenares de las colonias en verano. Se anotan las "
     "orillas que comparten con el avión zapador y la carraca.",
     ("abejarucos", "Merops apiaster", "aves coloniales", "graveras", "taludes"),
     ("ES",), "2024-12"),
    # --- urban beekeeping ---------------------------------------------------------------------
    ("di19", "dataset", "en",
     "Honeybee hives in Greater London: registered apiaries, hive density and forage, 2008-2024",
     "Urban beekeeping boomed in London after 2008, when worries about colony losses led "
     "companies to put hives on office and hotel roofs, and schools and allotment societies to "
     "take up beekeeping. This dataset, compiled by a university ecology group from the national "
     "bee health register, beekeepers' associations and company reports, maps more than 7,000 "
     "registered honeybee colonies by borough and year, with rooftop and ground apiaries "
     "distinguished, next to maps of flowering trees, parks, gardens and brownfield land. It "
     "estimates how much nectar and pollen the city's green spaces produce each month and "
     "compares it with what the colonies need, showing that in the central boroughs hive numbers "
     "have grown faster than forage, so that honey yields per hive have fallen and honeybees may "
     "compete with the city's wild bees. Notes record the inspections for American foulbrood and "
     "varroa, and the guidance now asking companies to plant flowers or fund habitat rather than "
     "add hives.",
     ("urban beekeeping", "honeybees", "wild bees", "urban nature", "London"),
     ("GB",), "2024-04"),
    ("di20", "document", "fr",
     "Apiculture urbaine à Montréal : guide pour les citoyens et les entreprises qui veulent "
     "garder des ruches",
     "On compte à Montréal plusieurs centaines de ruches sur les toits d'entreprises, d'hôtels et "
     "d'écoles, dans les cours arrière et les jardins collectifs. Ce guide de la Ville, préparé "
     "avec un regroupement d'apiculteurs et des chercheurs en écologie urbaine, explique le "
     "règlement municipal et les règles propres à chaque arrondissement : enregistrement "
     "obligatoire des ruchers auprès du ministère de l'Agriculture, distances des terrains "
     "voisins et des trottoirs, clôtures ou haies qui forcent les abeilles à voler haut, point "
     "d'eau. Il conseille de suivre une formation, de surveiller le varroa et de prévenir "
     "l'essaimage en divisant les colonies au printemps, et dit quoi faire quand un essaim se "
     "pose sur un balcon. Il rappelle que l'abeille domestique n'est qu'une espèce parmi les "
     "quelque 300 abeilles indigènes du Québec et qu'un trop grand nombre de ruches peut leur "
     "nuire : mieux vaut souvent planter des fleurs indigènes et des arbres mellifères.",
     ("apiculture urbaine", "abeilles domestiques", "abeilles indigènes",
      "règlementation municipale", "Montréal"),
     ("CA",), "2023-05"),
    ("di21", "support-source", "es",
     "Oferta: capacitación en apicultura urbana y rescate de enjambres para alcaldías y bomberos "
     "de la Ciudad de México",
     "En la Ciudad de México los bomberos reciben miles de llamadas al año por enjambres de "
     "abejas en azoteas, tinacos, postes y árboles, y durante décadas los exterminaron con "
     "insecticida por miedo a la abeja africanizada. Un grupo de apicultura de la facultad de "
     "veterinaria de la universidad nacional, con colectivos de apicultores urbanos, ofrece a las "
     "alcaldías, a los cuerpos de bomberos y a protección civil cursos gratuitos para retirar "
     "enjambres vivos con equipo de protección, cajas trampa y aspiradoras de abejas, y "
     "trasladarlos a apiarios del suelo de conservación del sur de la ciudad o a colmenas urbanas "
     "que cuidan vecinos en azoteas y jardines. La oferta incluye manuales, un protocolo de "
     "atención de llamadas, asesoría para que las azoteas con colmenas cumplan reglas de "
     "seguridad y talleres para escuelas. Los apiarios urbanos reciben también asesoría para "
     "producir y vender miel de la ciudad.",
     ("apicultura urbana", "rescate de enjambres", "abejas africanizadas", "capacitación",
      "Ciudad de México"),
     ("MX",), "2024-02"),
    # --- raised fields ------------------------------------------------------------------------
    ("di22", "case-study", "en",
     "Camellones of the Llanos de Moxos: reviving pre-Columbian raised fields against flood and "
     "drought in the Beni",
     "Across the seasonally flooded savannas of the Llanos de Moxos, in Bolivia's Beni "
     "department, thousands of earthen platforms built by pre-Columbian peoples still show as "
     "parallel lines from the air. Called camellones, these raised fields, one to two metres high "
     "and separated by canals, kept crops above the floodwater, while the canals held water, fish "
     "and fertile mud for the dry season. This case study follows the work begun in the 1990s "
     "near Trinidad with Mojeño and other Indigenous communities to rebuild camellones and grow "
     "cassava, maize, rice and vegetables on them without burning the forest islands. It reports "
     "harvests in the floods of 2007, 2008 and 2014, when many villages lost their crops on the "
     "plains but harvested on the camellones, and the problems: the heavy work of building "
     "platforms, which needed machinery or food-for-work, and the upkeep of the canals. It "
     "compares the camellones with the waru waru of Lake Titicaca.",
     ("raised fields", "camellones", "traditional knowledge", "flood adaptation",
      "Llanos de Moxos"),
     ("BO",), "2023-07"),
    ("di23", "project", "fr",
     "Champs surélevés des savanes de Guyane : expérimenter une agriculture amérindienne sans "
     "brûlis",
     "Sur les savanes côtières de Guyane, entre Kourou et Mana, les archéologues ont repéré des "
     "milliers de buttes et de billons, des champs surélevés aménagés par les Amérindiens avant "
     "l'arrivée des Européens pour cultiver au-dessus des eaux de la saison des pluies. Ce "
     "projet, porté par un laboratoire de recherche, un lycée agricole et des familles kali'na et "
     "palikur, reconstitue des parcelles de champs surélevés sur une savane inondable près "
     "d'Awala-Yalimapo. On y cultive manioc, patate douce, maïs et piments, en comparant "
     "rendements, fertilité et temps de travail avec ceux de l'abattis, la culture sur brûlis "
     "pratiquée en forêt. Le projet mesure la matière organique apportée par le curage des "
     "canaux, la faune des buttes et la valeur des savanes, menacées par l'urbanisation, pour une "
     "agriculture qui résiste aux inondations et aux sécheresses. Des jeunes des villages sont "
     "formés et les anciens racontent ce qu'ils savent des buttes. Les rizières de Mana ne sont "
     "pas concernées.",
     ("champs surélevés", "agriculture amérindienne", "savanes", "savoirs traditionnels",
      "Guyane"),
     ("GF",), "2024-03"),
    ("di24", "document", "es",
     "Guía para rehabilitar waru waru, los camellones del altiplano de Puno",
     "Los waru waru, nombre quechua de los camellones o campos elevados del altiplano, que en "
     "aimara se llaman suka kollus, son plataformas de tierra separadas por canales con agua que "
     "los antiguos pobladores construyeron en las pampas alrededor del lago Titicaca. El agua de "
     "los canales absorbe el calor del sol durante el día y lo devuelve por la noche, lo que "
     "protege a los cultivos de las heladas, y guarda humedad para los años secos. Esta guía, "
     "preparada por un proyecto de la dirección regional agraria con organizaciones campesinas y "
     "una universidad de Puno, explica paso a paso cómo elegir el terreno, trazar plataformas y "
     "canales, mover la tierra en faenas comunales, sembrar papa, quinua, cañihua y habas en "
     "rotación y mantener los canales, donde también se crían peces y crece forraje. Incluye los "
     "costos por hectárea, las experiencias de comunidades de Huatta y Coata y los errores más "
     "frecuentes, como canales poco profundos. Los andenes de las laderas se tratan en otra guía.",
     ("waru waru", "camellones", "heladas", "agricultura andina", "Puno"),
     ("PE",), "2022-09"),
    # --- mountain huts ------------------------------------------------------------------------
    ("di25", "need", "en",
     "Need: human waste, firewood and visitor pressure at the bothies of the Cairngorms and the "
     "north-west Highlands",
     "Scotland's bothies are simple mountain huts, most of them old shepherds' or estate workers' "
     "cottages, left unlocked for anyone walking in the hills and kept up by volunteers of a "
     "charity with the landowners' agreement. Since 2020 their use has grown fast, helped by "
     "social media and long-distance routes, and several in the Cairngorms National Park and the "
     "north-west Highlands now see groups of twenty or more on summer weekends. Volunteers report "
     "human waste around huts without toilets, live trees cut for fires in native pinewoods and "
     "birch woods, litter, and trampled peat and disturbed nesting waders near the paths. The "
     "national park authority, the charity and three estates ask for help to install composting "
     "toilets at the busiest bothies, fund firewood deliveries and log stores, monitor use with "
     "door counters and bothy books, and run a campaign on the bothy code. They also ask for "
     "advice on which remote bothies should stay unadvertised.",
     ("bothies", "mountain huts", "visitor management", "human waste", "Cairngorms"),
     ("GB",), "2024-05"),
    ("di26", "dataset", "fr",
     "Refuges sentinelles : fréquentation, eau et assainissement des refuges gardés des Écrins et "
     "de la Vanoise, 2016-2024",
     "Le programme Refuges sentinelles réunit des parcs nationaux, un laboratoire de recherche, "
     "la fédération des clubs alpins et les gardiens de refuge pour suivre, à partir des refuges, "
     "ce qui change en haute montagne. Ce jeu de données couvre une trentaine de refuges gardés "
     "des Écrins et de la Vanoise, entre 2 000 et 3 200 mètres : nuitées, passages comptés par "
     "des écocompteurs sur les sentiers d'accès, profils des visiteurs interrogés chaque été, "
     "débits des sources et des torrents glaciaires, qui tarissent plus tôt avec le recul des "
     "glaciers, consommation d'eau et de gaz, rotations d'hélicoptère pour le ravitaillement et "
     "la descente des déchets, et fonctionnement des toilettes sèches et des filières "
     "d'assainissement. Les gardiennes et gardiens y notent aussi la date de fonte de la neige "
     "autour du refuge et leurs observations de chamois, de bouquetins et de lagopèdes. Les "
     "données servent à adapter l'accueil, les sentiers et les réservations au changement "
     "climatique.",
     ("refuges de montagne", "fréquentation touristique", "haute montagne",
      "changement climatique", "assainissement"),
     ("FR",), "2024-11"),
    ("di27", "case-study", "es",
     "Refugios de montaña en Torres del Paine: concesiones, reservas obligatorias y prevención de "
     "incendios en el circuito W",
     "El Parque Nacional Torres del Paine, en la región de Magallanes, recibe cerca de 300.000 "
     "visitantes al año, y miles recorren a pie el circuito W y el circuito O durmiendo en "
     "refugios de montaña y campamentos administrados por empresas concesionarias. Este estudio "
     "de caso revisa cómo la corporación nacional forestal pasó del uso libre a un sistema de "
     "reserva obligatoria de cada noche en refugios y campamentos, después de grandes incendios, "
     "el último en 2011-2012 por la fogata de un excursionista, que quemaron decenas de miles de "
     "hectáreas de bosque de lenga y de estepa. Describe lo que se exige a los concesionarios: "
     "capacidad máxima, tratamiento de aguas servidas, retiro de la basura en lancha y a caballo, "
     "prohibición del fuego fuera de las cocinas y un cobro que financia a los guardaparques. "
     "Analiza los conflictos por precios, la temporada alta y los efectos sobre guanacos y pumas, "
     "con la opinión de guías, arrieros y vecinos de Puerto Natales.",
     ("refugios de montaña", "turismo en áreas protegidas", "capacidad de carga",
      "incendios forestales", "Torres del Paine"),
     ("CL",), "2023-11"),
    # --- hares --------------------------------------------------------------------------------
    ("di28", "case-study", "en",
     "Irish hares, hare coursing and the rabbit haemorrhagic disease outbreak of 2019",
     "The Irish hare (Lepus timidus hibernicus), a subspecies of the mountain hare found only in "
     "Ireland, lives on lowland grassland and bog as well as on the hills. Each winter coursing "
     "clubs are licensed to net hundreds of hares, keep them in compounds and release them in "
     "front of pairs of muzzled greyhounds before returning them to the wild. In August 2019 "
     "rabbit haemorrhagic disease virus type 2, which also kills hares, was confirmed in wild "
     "rabbits and hares in Wexford and other counties, and the wildlife service suspended the "
     "netting licences while it tested dead animals reported by the public. This case study "
     "follows the outbreak, the testing of more than a hundred carcasses, the resumption of "
     "coursing under conditions, and the debate on whether netting and holding hares spreads "
     "disease. It sets out what national surveys say of hare numbers and recommends a standing "
     "hare monitoring scheme. The brown hares introduced in parts of Ireland are discussed.",
     ("hares", "Irish hare", "Lepus timidus hibernicus", "wildlife disease", "hare coursing"),
     ("IE",), "2022-03"),
    ("di29", "project", "fr",
     "Le lièvre variable face au réchauffement : suivi génétique par les crottes dans les Alpes "
     "de Haute-Savoie",
     "Le lièvre variable (Lepus timidus), qu'on appelle aussi lièvre blanc parce qu'il blanchit "
     "en hiver, est une relique glaciaire qui vit dans les Alpes au-dessus de 1 300 mètres, "
     "jusqu'aux pelouses et aux éboulis d'altitude. Avec des hivers plus doux et moins enneigés, "
     "son pelage blanc le trahit sur le sol brun, et le lièvre d'Europe, qui monte en altitude, "
     "s'hybride avec lui et lui dispute l'habitat. Ce projet, mené par le gestionnaire des "
     "réserves naturelles de Haute-Savoie, l'office chargé de la biodiversité, la fédération des "
     "chasseurs et un laboratoire d'écologie alpine, collecte chaque printemps des crottes de "
     "lièvre le long de transects sur la neige, en extrait l'ADN pour distinguer espèces, "
     "individus et hybrides, et estime les effectifs et leur évolution. Il modélise l'habitat qui "
     "restera favorable en 2050 et propose d'adapter la chasse, encore autorisée avec des quotas. "
     "Les skieurs hors-piste et les randonneurs à raquettes, qui dérangent aussi le tétras-lyre, "
     "sont sensibilisés.",
     ("lièvre variable", "Lepus timidus", "changement climatique", "génétique non invasive",
      "Alpes"),
     ("FR",), "2024-06"),
    ("di30", "need", "es",
     "Necesidad: evaluar el impacto de la liebre europea en la estepa y los bosques de la "
     "Patagonia",
     "La liebre europea (Lepus europaeus) fue introducida en la Argentina a fines del siglo XIX y "
     "en pocas décadas ocupó casi todo el país y el sur de Chile. En la Patagonia come renovales "
     "de ñire, lenga y ciprés de la cordillera, plantines de las forestaciones y pastos de la "
     "estepa, compite con la mara, a la que muchos llaman liebre patagónica aunque es un roedor, "
     "y sostiene a zorros y pumas que después atacan a las ovejas. Cada invierno se cazan cientos "
     "de miles de liebres para exportar su carne a Europa, pero nadie sabe si esa caza controla "
     "la población. La administración de parques nacionales, con el instituto nacional de "
     "tecnología agropecuaria y dos universidades patagónicas, solicita apoyo para estimar "
     "densidades con conteos nocturnos y de excrementos, medir el daño en parcelas cercadas, "
     "estudiar el lugar de la liebre en la dieta de los carnívoros y evaluar los cupos de la caza "
     "comercial. Pide también formar a guardaparques y productores.",
     ("liebre europea", "Lepus europaeus", "especies exóticas invasoras", "Patagonia",
      "necesidades"),
     ("AR",), "2024-08"),
)  # fmt: skip
