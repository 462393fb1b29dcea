"""Clearing-house records of the hundred-and-thirteenth judged relevance set
(tests/search/relevance/queries113.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on esparto grass (the halfa steppes of Kasserine, Thala and
Sbiba in central Tunisia, harvested in rotation and partly closed to grazing; a dataset on
the nappes alfatières of the Algerian high plains; the espartizales and the espartería, the
pleita and the arranque, of Cieza and the south-east of Spain); on white-tailed eagles (the sea
eagles released on the Isle of Wight and followed by satellite; the pygargues à queue blanche,
once called orfraies, of the lac du Der in Champagne and their zones de quiétude; a need for
the pigargo europeo, the águila marina, released in the ría de Villaviciosa in Asturias); on
hulled wheats (siyez, the einkorn of İhsangazi in Türkiye; a journée technique on the petit
épeautre, or engrain, and the amidonnier of Haute-Provence; a need for a seed bank and a dehuller
for the escanda of Asturias, with its povia and its escaña); on rheas (the feral greater rheas
of the Schaalsee and the Wakenitz in Germany; the nandou d'Amérique, the ema, among the soybean
fields of the Brazilian Cerrado; the choique and the suri, the ñandú petiso, of Patagonia and
the Puna of Argentina); on swamphens (the grey-headed swamphens that Florida failed to eradicate
from the Everglades; the talève sultane, once poule sultane, nesting again on the étangs of
the Roussillon; a need for the calamón and the rice fields of the Albufera of Valencia); on
midwife toads (the ferreret, the Mallorcan midwife toad, back in the torrents of the Serra de
Tramuntana; a Swiss guide to ponds for the crapaud accoucheur, or alyte accoucheur; a dataset on
the sapo partero común and the chytridiomycosis of Peñalara); on tree snails (predator-proof
enclosures for the kāhuli, the Achatinella of Oʻahu; the return of the partulas to the valleys
of Moorea and Tahiti; a need for the polimitas of Baracoa in Cuba); on mangrove crabs (an offer
of training in mud crab fattening for the coast of Kenya and Tanzania; a dataset on the crabes
de mangrove of western Madagascar; a guide to the capture of the cangrejo rojo de manglar of
the Gulf of Guayaquil in Ecuador); on bitterns (the booming bitterns of the new reedbeds of
the Somerset Levels and the Fens; the butor étoilé, the bœuf d'eau, and the sagne harvest of
the Camargue; a need for the avetoro común, the buey de agua, of the Tablas de Daimiel and the
Ebro delta); and on stone-curlews and thick-knees (the stone-curlew nests marked on the arable
land of the Brecks and Wessex; the œdicnème criard, the courlis de terre, of the maize fields
of the plain of Alsace; the alcaravanes taken as pets from the savannas of Casanare and Meta in
Colombia). English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records111.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (esparto, halfa, alfa, Stipa tenacissima, sparte, albardín,
Lygeum, espartizal, espartería, pleita; white-tailed eagle, sea eagle, erne, pygargue, orfraie,
pigargo, águila marina, Haliaeetus; hulled wheat, einkorn, emmer, spelt, farro, siyez, épeautre,
engrain, amidonnier, blé vêtu, escanda, escaña, povia, trigo vestido, Triticum, and wheat,
blé and trigo near old or local words; rhea, nandou, ñandú, choique, suri, ema, avestruz, Rhea
americana, Rhea pennata; swamphen, purple gallinule, pukeko, talève, poule sultane, calamón,
polla sultana, Porphyrio; midwife toad, alyte, crapaud accoucheur, sapo partero, ferreret, Alytes,
Peñalara; tree snail, kāhuli, Achatinella, partula, Euglandina, polimita, Polymita, escargot
arboricole, caracol arborícola, and snail, escargot and caracol; mud crab, mangrove crab, Scylla,
crabe de mangrove, crabe de palétuvier, cangrejo de manglar, cangrejo rojo, Ucides, cangrejero,
and crab, crabe and cangrejo near mangrove words; bittern, butor, avetoro, Botaurus, bœuf
d'eau, buey de agua; stone-curlew, thick-knee, dikkop, œdicnème, courlis de terre, alcaraván,
Burhinus). Screened and dropped as covered: gars (the alligator gar, lépisosté and pejelagarto
pages em22-em24 of records111.py, finished while these were written; this set had first chosen
gars and replaced them by the white-tailed eagle), bluefin tuna (em04-em06), medicinal plant
markets (dropped by set 73 as too close to the medicinal plant pages), black bees (the log hive
pages dc25-dc27), temporary ponds (bu04-bu06), salt pans (bn19-bn21), crown-of-thorns starfish
(bi28-bi30), araucarias (bo04-bo06), fish aggregating devices (bj16-bj18), sturgeons (z01-z03),
otters (bl25-bl27), geckos (bi01-bi03), wild boar (bn13-bn15), vanilla (s01-s03), sea urchins
(y13), dung beetles (bm16-bm18), herbarium digitisation (bc28-bc30), bird-window collisions
(bp22-bp24), basketry (the rattan pages bx28-bx30), orange roughy (the seamount page bh22) and
the chytrid fungus (k10), besides the topics of sets 42 to 111 and those their docstrings list
as covered; screened with no or passing hits but not chosen: cassowaries, choughs (named by cg22,
cg24, dm16 and do30), sandgrouse (named among the steppe birds of dw24 and ea21), golden jackals
(named as predators by bs01, bz10, ca02, dc06 and dw05), the native seed of restoration (next to
the assisted migration pages of records49), cleaner wrasse (next to the Napoleon wrasse pages bf01
and bf02) and American mink (whose control is a subject of the water vole page dc07).

The nearest is judged 1: the project against Jackson's chameleons in Hawaiʻi (ci10), whose
title calls them a predator of native snails, whose subjects name the native snails and which
removes chameleons around the enclosures of the Achatinella tree snails, judged 1 to the plain
tree snail queries (not to "needs tree snails" nor to "partulas"). All the other hits are passing:
the partulas that the euglandine wiped out, named by the achatine sheet (bf08); the snails counted
with coquí frogs and lizards in the El Yunque hurricane dataset (bz25); the bitterns counted
in the Heronries Census (ea04), a heron dataset whose title and subjects name no bittern, and
the bitterns that the reed cutting of the Norfolk Broads benefits (eg22); the œdicnème criard
nesting on the savarts of the military camps of Champagne (dw23) and the alcaravanes among the
steppe birds counted at San Gregorio (dw24) and in the pistachio plantations of Castilla-La Mancha
(ea21); the ñandú that Uruguayans call avestruz, named by the ostrich studbook (dc06), and the
suris, the palm weevil grubs, of the aguaje page (dm09); the gallinules of the Hawaiian taro ponds
(do19); the mud crabs (qari) among the catch of the Fijian reef gleaners (by10), the crabs whose
return to the replanted mangroves of Aceh is followed (bs26), the land crab of the back mangroves
of Guadeloupe (by02), another group, and the cangrejo rojo americano, a crayfish (bm09, bt03);
the white-bellied sea eagles over the estuaries of Langkawi (cc07) and the pygargues, bald eagles,
of the Québec heronries (ea05); the chytrid of the Panamanian frogs (k10) and of the hylodes
of Martinique (em08), which names no midwife toad; and the wheat of the HB4, cadmium, skylark
and thatch pages and the trigo sarraceno, buckwheat, of de18. No earlier record names esparto,
a white-tailed eagle, a hulled wheat, a swamphen or a midwife toad.

records110.py (ids el01..el30, on food safety, health, chemicals, pollution, energy, biosafety,
enforcement and transport topics) and records111.py (ids em01..em30, on biodiversity topics),
written by other engineers while this set was being written, were searched for the same words
once they were finished, before these records were judged: records110.py's topics are potassium
bromate in bread, konzo, perchlorate in drinking water, cadmium in phosphate fertilisers, the hair
clippings of salons, marine seismic surveys, solar irrigation pumps, gene-edited pigs resistant
to PRRS, vehicle emissions tampering and cargo bikes; records111.py's are basking sharks, bluefin
tuna, coqui frogs, morels, annatto, leaf-cutter ants, seed balls, gars, sperm whales and bird
strikes at airports. Gars, which this set had first chosen, were replaced by the white-tailed
eagle when records111.py turned out to be about them. Their only hits on this set's words are the
wheat, blé and trigo that take up the cadmium of phosphate fertilisers (el10-el12), no hulled
wheat, and the chytrid of the hylodes of Martinique (em08), no midwife toad: none of their records
answers a query of this set. records112.py (ids en01..en30, on chemicals, health, enforcement,
pollution, waste and energy topics), written at the same time by another engineer, was searched
for the same words once it was finished (with its queries112.tsv): its topics are insecticide
chalk, car wash wastewater, fallen stock, counterfeit and adulterated fertilisers, aquaculture
plastic waste, heat from mine water, reservoir sediment flushing, noise cameras against loud
vehicles, illegal oil discharges from ships and expired marine distress flares. None of its
records names esparto, a white-tailed eagle, a hulled wheat, a rhea, a swamphen, a midwife toad,
a tree snail, a mangrove crab, a bittern or a stone-curlew (its only hits on this set's words
are the cereals of the fertiliser pages en10 and en11, no hulled wheat, and the quebrantahuesos,
bearded vultures, that fed at the muladares of Aragón (en09), no white-tailed eagle), and none
answers a query of this set.

Traps: the paper mill, barley, mats and baskets and the Cuvier's gazelles of Chambi of eo01;
the armoise blanche, the sparte (Lygeum spartum, another grass), the papeteries and the outardes
houbara of eo02; the albardín, the alondra ricotí, the tortuga mora, the almazaras and the
incendios of eo03; the grey mullet, gulls, rabbits, poultry, sheep and the ospreys of Poole
Harbour of eo04; the foulques, canards, plomb des munitions, éoliennes and grues cendrées of
eo05; the tendidos eléctricos, the plomo, the mújoles and the quebrantahuesos of the Picos
de Europa of eo06; the bread wheat, bulgur, Slow Food and genebank of eo07; the lavande, the
grand épeautre and the tilleuls des Baronnies of eo08; the hórreo, the pan de escanda and
the osos pardos of Somiedo of eo09; the oilseed rape, cereals and cranes of eo10; the soja,
pesticides, fourmiliers géants and tatous of eo11; the guanacos, pumas, ovejas, alambrados and
the avestruz, as rural people call the choique, of eo12; the purple gallinule, the pukeko and the
Burmese pythons of eo13; the talève de La Réunion, the butors étoilés and the luscinioles
à moustaches of eo14; the cangrejo rojo americano, the malvasía cabeciblanca and the focha
moruna of eo15; the chytrid fungus, the viperine snakes, canyoning and the dry-stone walls of the
Tramuntana of eo16; the gravières, carrières and fontaines and the sonneur à ventre jaune of
eo17; the quitridiomicosis, tritones alpinos and ranas patilargas of eo18; the rosy wolf snail,
the giant African snail, rats and Jackson's chameleons of eo19; the euglandine, the achatine
and the ver plat de Nouvelle-Guinée of eo20; the huracán Matthew, CITES, the almiquí and the
cotorras of eo21; the seaweed farming, mangrove poles and hotels of eo22; the crabe de palétuvier
of New Caledonia, the crevettes and the charbon de palétuvier of eo23; the jaiba, the cangrejo
azul de tierra firme and the camaroneras of eo24; the marsh harriers, bearded tits, cranes,
otters, eels and thatching reed of eo25; the sagne, the taureaux, the écrevisses de Louisiane
and the talève sultane of eo26; the cangrejo rojo americano, the arroceros and the incendios
de turba of eo27; the rabbit grazing, Salisbury Plain and agri-environment schemes of eo28; the
maïs, betterave, gravières and the grand hamster of eo29; and the mascotas, quemas, chigüiros
and cunaguaros of eo30. For the country queries: eo01 names only Tunisia; eo02 only Algeria;
eo03 only Spain; eo04 the United Kingdom (England, the Isle of Wight; Scotland and Norway named
as the birds' origin); eo05 only France (the north and centre of Europe as the wintering birds'
origin); eo06 Spain (Norway as the chicks' origin); eo07 only Türkiye (the Fertile Crescent as
a region); eo08 only France; eo09 only Spain; eo10 only Germany (Lübeck; South America as the
birds' home); eo11 Brazil (a Franco-Brazilian team); eo12 only Argentina; eo13 the United States
(Florida; New Zealand named for the pukeko); eo14 France (La Réunion for a vanished bird; Spain
named as the origin of the birds); eo15 only Spain; eo16 Spain (Mallorca; a British zoo); eo17
only Switzerland; eo18 only Spain; eo19 only the United States (Hawaiʻi); eo20 French Polynesia
(Florida as the euglandine's origin, New Guinea for the flatworm, Europe and North America for the
zoos); eo21 only Cuba; eo22 Kenya and Tanzania (Asia as a market); eo23 Madagascar (New Caledonia
named for a local name of the crab; Asia as a market); eo24 only Ecuador; eo25 only the United
Kingdom; eo26 only France; eo27 only Spain; eo28 only the United Kingdom (England); eo29 only
France; eo30 Colombia (Europe named for another species of the same name).

Ids (eo01..eo30) collide with none of the earlier records files' (a1..h5, n01..n47,
..., ek01..ek30), nor with records110.py's (el01..el30), records111.py's (em01..em30) or
records112.py's (en01..en30), and no earlier id starts with "eo".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- esparto grass ---------------------------------------------------------------------------
    ("eo01", "project", "en",
     "Halfa grass steppes of Kasserine: community harvesting and restoration of esparto in "
     "central Tunisia",
     "Esparto grass (Stipa tenacissima), called halfa in North Africa, covers stony slopes and "
     "high plains of central Tunisia, where its tough tussocks hold the soil against wind and "
     "flash floods. For a century its leaves were pulled by hand, mostly by women, and sold to "
     "the state company that supplies the cellulose and paper mill of Kasserine, but "
     "overgrazing, ploughing for barley and low prices have left thin, dying stands. This "
     "project of the forest administration, with a rural development agency and women's groups "
     "of Foussana, Thala and Sbiba, divides the steppes into harvesting plots used in rotation, "
     "closes the most degraded stands to grazing for three years, replants halfa tufts, and "
     "supports the weaving of mats, baskets and rope sold under a local brand. It measures plant "
     "cover, soil loss and household income. The Cuvier's gazelles of Chambi National Park, on "
     "the same mountains, are monitored by another team.",
     ("esparto grass", "halfa", "Stipa tenacissima", "steppe restoration",
      "non-timber forest products"),
     ("TN",), "2024-04"),
    ("eo02", "dataset", "fr",
     "Nappes alfatières des hautes plaines steppiques d'Algérie : recouvrement et dégradation de "
     "l'alfa, 1985-2024",
     "L'alfa (Stipa tenacissima), graminée vivace en grosses touffes, forme entre l'Atlas "
     "tellien et l'Atlas saharien les nappes alfatières qui couvraient encore plusieurs millions "
     "d'hectares au milieu du XXe siècle, dans les wilayas de Djelfa, El Bayadh, Naâma, Laghouat "
     "et Tébessa. Ce jeu de données, constitué par un centre de recherche sur les zones arides "
     "avec le Haut-commissariat au développement de la steppe, réunit des cartes tirées des "
     "images Landsat et Sentinel-2, les relevés de 600 placettes (recouvrement, hauteur et "
     "nécrose des touffes, sol nu, voile sableux), les chiffres de la cueillette industrielle "
     "destinée autrefois aux papeteries et les charges pastorales par commune. Il montre le "
     "recul de l'alfa au profit de l'armoise blanche, le chih, et du sparte (Lygeum spartum), "
     "une autre graminée souvent confondue avec lui, ainsi que l'effet des mises en défens. Les "
     "outardes houbara observées pendant les relevés sont signalées sans être comptées.",
     ("alfa", "Stipa tenacissima", "steppes", "désertification", "mises en défens"),
     ("DZ",), "2025-02"),
    ("eo03", "case-study", "es",
     "Del espartizal a la pleita: recuperar el esparto y la espartería en el sureste ibérico",
     "El esparto (Stipa tenacissima) cubre laderas secas de Murcia, Almería, Granada y Albacete, "
     "donde durante siglos se arrancó cada verano para hacer pleita, sogas, serones, capachos "
     "para las almazaras y alpargatas. Desde los años sesenta el plástico hundió la espartería, "
     "y muchos espartizales abandonados se cerraron y ardieron con facilidad. Este estudio de "
     "caso sigue a una asociación de artesanos de Cieza y de la comarca del Noroeste murciano "
     "que, con una universidad y los agentes forestales, ha recuperado el arranque tradicional "
     "con el palillo, el cocido del esparto en balsas y el picado, forma a jóvenes esparteros y "
     "ensaya nuevos usos en morteros y tableros. Mide cómo la recolección moderada rejuvenece "
     "las matas y mantiene abiertos los espartizales que usan la alondra ricotí y la tortuga "
     "mora. Advierte que no debe confundirse con el albardín (Lygeum spartum), otra gramínea de "
     "las mismas estepas.",
     ("esparto", "espartizales", "espartería", "saberes tradicionales", "estudios de caso"),
     ("ES",), "2024-10"),
    # --- white-tailed eagles ---------------------------------------------------------------------
    ("eo04", "dataset", "en",
     "White-tailed eagles of the Isle of Wight: satellite tracking of reintroduced sea eagles, "
     "2019-2024",
     "The white-tailed eagle (Haliaeetus albicilla), the largest bird of prey in the United "
     "Kingdom, also called the sea eagle or erne, last bred in England in 1780, on the cliffs of "
     "the Isle of Wight. From 2019 to 2023 the national forestry body and a wildlife foundation "
     "released young eagles on the island, taken under licence from nests in Scotland, where the "
     "population descends from birds brought from Norway after 1975. Every bird carries a "
     "solar-powered satellite tag. This dataset holds more than a million positions, with roosts, "
     "home ranges, daily flights and the long wanderings of young birds across England, together "
     "with prey remains collected under perches, which show a diet of grey mullet and other fish, "
     "gulls and rabbits. It adds the checks made after reports from sheep and poultry farmers, "
     "none of which found an eagle to blame, and the first nesting attempts. The ospreys of Poole "
     "Harbour, moved by another project, are not included.",
     ("white-tailed eagles", "sea eagles", "Haliaeetus albicilla", "reintroduction",
      "satellite tracking", "datasets"),
     ("GB",), "2024-12"),
    ("eo05", "project", "fr",
     "Pygargues à queue blanche du lac du Der : des zones de quiétude pour les orfraies de "
     "Champagne",
     "Le pygargue à queue blanche (Haliaeetus albicilla), grand rapace que l'on appelait "
     "autrefois orfraie, avait cessé de nicher en France depuis des décennies. Chaque hiver, des "
     "individus venus du nord et du centre de l'Europe séjournent pourtant au lac du Der, grand "
     "réservoir de Champagne, et sur les lacs voisins, où ils pêchent les poissons piégés par la "
     "baisse du niveau de l'eau et chassent les foulques et les canards. Depuis quelques années, "
     "des couples s'y cantonnent au printemps. Ce projet, porté par une association naturaliste "
     "avec l'établissement gestionnaire du lac et les communes riveraines, délimite autour des "
     "dortoirs et des arbres de nidification des zones de quiétude interdites à la navigation, à "
     "la chasse et aux travaux forestiers pendant les périodes sensibles. Il compte les oiseaux, "
     "analyse le plomb des munitions retrouvé chez les rapaces morts et évalue le risque des "
     "éoliennes. Les grues cendrées, qui attirent les visiteurs en automne, ne sont pas suivies.",
     ("pygargue à queue blanche", "Haliaeetus albicilla", "zones de quiétude", "rapaces",
      "lac du Der", "projets"),
     ("FR",), "2023-12"),
    ("eo06", "need", "es",
     "Necesidad: seguimiento del pigargo europeo liberado en la ría de Villaviciosa, Asturias",
     "El pigargo europeo (Haliaeetus albicilla), también llamado águila marina, es una gran rapaz "
     "de costas, rías y lagos que desapareció de España como reproductora hace más de un siglo. "
     "En 2021 y 2022, dentro de un proyecto de reintroducción, se liberaron en la ría de "
     "Villaviciosa pollos procedentes de nidos de Noruega, criados en jaulas de aclimatación y "
     "marcados con emisores por satélite. Algunos se han asentado en la ría y en la costa "
     "asturiana, donde se alimentan sobre todo de mújoles, otros peces y aves acuáticas, pero "
     "varios murieron electrocutados en tendidos eléctricos o intoxicados por plomo. Una "
     "fundación de conservación de la naturaleza y las autoridades ambientales del Principado "
     "solicitan apoyo para mantener el seguimiento, corregir los apoyos eléctricos peligrosos, "
     "analizar el plomo en las aves muertas y trabajar con pescadores, mariscadores y ganaderos "
     "para que acepten a esta especie. El programa de reintroducción del quebrantahuesos en los "
     "Picos de Europa tiene financiación propia.",
     ("pigargo europeo", "águila marina", "Haliaeetus albicilla", "reintroducción", "aves rapaces",
      "necesidades"),
     ("ES",), "2023-10"),
    # --- hulled wheats ---------------------------------------------------------------------------
    ("eo07", "case-study", "en",
     "Siyez, Türkiye's einkorn: reviving an ancient hulled wheat in the villages of İhsangazi",
     "Einkorn (Triticum monococcum), one of the first cereals domesticated in the Fertile "
     "Crescent, survives in northern Türkiye as siyez, sown on poor, stony soils of Kastamonu "
     "province where bread wheat does badly. Its grains stay in the husk after threshing and "
     "must be dehulled in stone mills, and it yields half as much as modern wheat, so by the "
     "1990s only a few households still grew it, mostly for bulgur and animal feed. This case "
     "study follows farmers of İhsangazi who, with a Slow Food presidium, a university and the "
     "district municipality, obtained a geographical indication for siyez bulgur, set up a "
     "shared dehulling mill and keep selecting their own seed. It compares village seed with "
     "genebank accessions, tracks yields, prices and the work of women in bulgur making, and "
     "describes the wild einkorn of the Karacadağ mountains, where the crop was first tamed.",
     ("einkorn", "siyez", "hulled wheats", "landraces", "geographical indications"),
     ("TR",), "2023-09"),
    ("eo08", "event", "fr",
     "Journée technique : cultiver, décortiquer et valoriser le petit épeautre et les autres "
     "blés vêtus en Haute-Provence",
     "Le petit épeautre (Triticum monococcum), ou engrain, le plus ancien des blés cultivés, est "
     "resté sur les terres maigres et caillouteuses du plateau d'Albion, du pays de Sault, de la "
     "montagne de Lure et des Baronnies, où il est protégé depuis 2010 par une indication "
     "géographique. Comme l'amidonnier, c'est un blé vêtu, dont le grain reste enfermé dans ses "
     "enveloppes après le battage. Cette journée, organisée par le syndicat du petit épeautre "
     "avec la chambre d'agriculture et un réseau de semences paysannes, comprend une visite de "
     "parcelles en rotation avec la lavande, une démonstration de décorticage au moulin et de "
     "tri, des échanges sur les variétés populations conservées par les paysans, les essais "
     "d'amidonnier et la fabrication du pain et des pâtes. Elle rappelle qu'il ne faut pas le "
     "confondre avec le grand épeautre. Les tilleuls des Baronnies, autre production locale, ne "
     "sont pas au programme.",
     ("petit épeautre", "engrain", "blés vêtus", "variétés paysannes", "événements"),
     ("FR",), "2025-03"),
    ("eo09", "need", "es",
     "Necesidad: banco de semillas y descascarilladora para la escanda asturiana",
     "La escanda (Triticum spelta), trigo vestido que conserva su cascarilla después de la "
     "trilla, se siembra desde hace siglos en los valles de montaña de Asturias, en concejos "
     "como Teverga, Quirós, Somiedo y Belmonte de Miranda, y se cosecha espiga a espiga con las "
     "mesorias, unos palos de madera, antes de guardarla en el hórreo. Con su harina se hace el "
     "pan de escanda. Hoy la cultivan pocas familias y las variedades locales, como la escanda "
     "blanca, la roxa y la povia, se mezclan o se pierden. Una asociación de productores y el "
     "servicio regional de investigación agraria solicitan apoyo para crear un banco de semillas "
     "de estas variedades, en el que se guarde también la escaña o escanda menor (Triticum "
     "monococcum), casi desaparecida; comprar una descascarilladora comunitaria; formar a "
     "jóvenes agricultores y recoger el saber tradicional del cultivo. Los osos pardos de "
     "Somiedo, vecinos de algunas fincas, tienen su propio plan.",
     ("escanda", "trigos vestidos", "variedades locales", "bancos de semillas", "necesidades"),
     ("ES",), "2024-07"),
    # --- rheas -----------------------------------------------------------------------------------
    ("eo10", "dataset", "en",
     "Feral greater rheas between the Wakenitz and the Schaalsee: counts of Germany's "
     "free-living rheas, 2008-2024",
     "In 2000 a few greater rheas (Rhea americana), the large flightless birds of South American "
     "grasslands, escaped from a farm near Lübeck and crossed the river Wakenitz into "
     "north-western Mecklenburg-Western Pomerania. They bred in the farmland around the "
     "Schaalsee biosphere reserve, and by 2018 the population had grown to more than 500 birds, "
     "the only wild rheas living outside South America. This dataset, kept by the biosphere "
     "reserve administration with the state agriculture ministry, brings together spring and "
     "autumn counts, nests found and eggs pricked to stop them hatching, birds shot since "
     "hunting was allowed, and farmers' reports of rheas grazing oilseed rape, cereals and "
     "vegetables. The notes discuss whether the birds threaten native ground-nesting species and "
     "whether they should be treated as an invasive alien species. The cranes that rest on the "
     "same fields are counted by another survey.",
     ("rheas", "Rhea americana", "feral populations", "alien species", "farmland"),
     ("DE",), "2024-12"),
    ("eo11", "case-study", "fr",
     "Le nandou d'Amérique face aux grandes cultures du Cerrado brésilien",
     "Le nandou d'Amérique (Rhea americana), grand oiseau coureur que les Brésiliens appellent "
     "ema et qui a donné son nom au parc national des Emas, dans l'État de Goiás, vit dans les "
     "savanes du Cerrado, aujourd'hui largement converties en champs de soja, de maïs et de "
     "coton. Cette étude de cas, conduite par une équipe de recherche franco-brésilienne avec "
     "des exploitations voisines du parc, a suivi pendant trois ans des nandous équipés de "
     "balises GPS. Elle montre qu'ils se nourrissent volontiers dans les cultures, où ils "
     "mangent des insectes ravageurs, mais que les moissonneuses détruisent les nids, que les "
     "pulvérisations de pesticides les exposent et que la chasse reste fréquente. Elle propose "
     "de garder des bandes de savane entre les parcelles, de retarder certaines récoltes près "
     "des nids et de former les conducteurs d'engins. Les fourmiliers géants et les tatous du "
     "même parc sont mentionnés comme autres victimes des routes.",
     ("nandous", "Rhea americana", "Cerrado", "agriculture", "études de cas"),
     ("BR",), "2023-11"),
    ("eo12", "project", "es",
     "Choiques y suris: conservación y cría del ñandú petiso en la Patagonia y la Puna "
     "argentinas",
     "El ñandú petiso (Rhea pennata), que en la Patagonia se llama choique y en la Puna suri, "
     "vive en las estepas de Neuquén, Río Negro, Chubut y Santa Cruz y en las altiplanicies de "
     "Jujuy, Salta y Catamarca. La caza con perros y boleadoras, la recolección de huevos, los "
     "alambrados y la competencia con las ovejas lo han hecho escaso en muchas zonas. Este "
     "proyecto de la autoridad provincial de fauna de Río Negro, con un instituto de tecnología "
     "agropecuaria y una universidad, apoya criaderos de choiques con aves de origen legal para "
     "la venta de carne, cueros y plumas, reintroduce ejemplares criados en campos con "
     "guardafaunas, hace conteos desde vehículos a lo largo de rutas fijas y trabaja con las "
     "escuelas rurales, donde todavía se llama avestruz al choique. Incluye intercambios con los "
     "productores de suri de la Puna. El ñandú común de la llanura pampeana se menciona solo "
     "para comparar. Los guanacos y los pumas de los mismos campos no forman parte del proyecto.",
     ("ñandúes", "choique", "Rhea pennata", "cría en cautividad", "proyectos"),
     ("AR",), "2024-08"),
    # --- swamphens -------------------------------------------------------------------------------
    ("eo13", "case-study", "en",
     "Swamphens in the Everglades: why the eradication of an escaped bird failed in Florida",
     "The grey-headed swamphen (Porphyrio poliocephalus), a large purple-blue rail with a red "
     "bill and frontal shield, long treated as a race of the purple swamphen, escaped from "
     "private collections and park ponds around Pembroke Pines in the 1990s. Between 2006 and "
     "2008 the state wildlife commission tried to eradicate it and removed about 3,000 birds, "
     "then stopped when swamphens had spread into the stormwater treatment areas and the marshes "
     "of the Everglades. This case study looks at why the eradication failed: a late start, "
     "dense cattail and sawgrass, the number of sites, funding and public reaction. It reviews "
     "what is known of the bird's effects on native rails, such as the purple gallinule, and on "
     "nesting birds, and how birders' records now track its spread. It mentions the pukeko of "
     "New Zealand, a close relative, only for comparison, and leaves the Burmese pythons of the "
     "same marshes to other studies.",
     ("swamphens", "Porphyrio poliocephalus", "invasive birds", "eradication", "Everglades"),
     ("US",), "2023-06"),
    ("eo14", "project", "fr",
     "La talève sultane s'installe sur les étangs du Roussillon : suivre une nouvelle nicheuse",
     "La talève sultane (Porphyrio porphyrio), longtemps appelée poule sultane, grand râle bleu "
     "violacé au bec et à la plaque frontale rouge vif, ne nichait plus en France depuis "
     "longtemps. Depuis les années 2000, à partir des populations d'Espagne en expansion, elle "
     "est revenue nicher dans les roselières et les scirpaies des étangs du littoral "
     "méditerranéen, en particulier autour des étangs de Canet-Saint-Nazaire et de "
     "Salses-Leucate. Ce projet, mené par une association naturaliste avec le Conservatoire du "
     "littoral et les gestionnaires des étangs, compte les couples au printemps par la repasse "
     "et l'observation à l'aube, cherche les nids, étudie le régime alimentaire, fait de "
     "rhizomes de scirpe et de jeunes pousses, et note les éventuels dégâts aux jardins et aux "
     "cultures voisines. Il retrace aussi l'histoire de la talève de La Réunion, l'oiseau bleu "
     "disparu au XVIIIe siècle. Les butors étoilés et les luscinioles à moustaches des mêmes "
     "roselières font l'objet d'autres suivis.",
     ("talève sultane", "Porphyrio porphyrio", "roselières", "oiseaux nicheurs",
      "étangs littoraux"),
     ("FR",), "2024-05"),
    ("eo15", "need", "es",
     "Necesidad: el calamón y los arrozales de la Albufera de Valencia",
     "El calamón común (Porphyrio porphyrio), ave de los carrizales de plumaje azul violáceo y "
     "pico rojo, casi desapareció de la Península en el siglo XX y solo resistió en el "
     "Guadalquivir. En los años noventa se reintrodujo en la Albufera de Valencia con aves "
     "andaluzas, y hoy es abundante en el parque natural y en las marjales vecinas. Los "
     "arroceros denuncian que arranca plantones en junio, corta tallos y come espigas en las "
     "parcelas junto a los carrizales. La conselleria de medio ambiente, la federación de "
     "arroceros y una universidad solicitan apoyo para censar la población, medir los daños "
     "parcela por parcela, ensayar métodos disuasorios que no dañen a otras aves, diseñar un "
     "sistema de compensaciones y explicar a los agricultores por qué la especie sigue "
     "protegida. Se estudiará también cuánto cangrejo rojo americano come. La malvasía "
     "cabeciblanca y la focha moruna de los mismos humedales tienen planes propios.",
     ("calamón", "Porphyrio porphyrio", "arrozales", "conflictos con la fauna", "necesidades"),
     ("ES",), "2024-09"),
    # --- midwife toads ---------------------------------------------------------------------------
    ("eo16", "project", "en",
     "The ferreret comes back: recovery of the Mallorcan midwife toad in the gorges of the Serra "
     "de Tramuntana",
     "The Mallorcan midwife toad (Alytes muletensis), known on the island as the ferreret, was "
     "described in 1977 from fossil bones and thought extinct until living toads were found in "
     "1980 in a few torrent gorges of the Serra de Tramuntana. As in other midwife toads, the "
     "male carries the strings of eggs wrapped around his hind legs until they are ready to "
     "hatch. The Balearic recovery plan, run with a British zoo and a university, bred ferrerets "
     "in captivity, released them into more than a dozen torrents, dug small pools in the rock "
     "where water had been lost, and removed the viperine snakes, introduced in Roman times, "
     "that eat tadpoles. When chytrid fungus was found in some populations in 2004, pools were "
     "drained and larvae bathed in antifungal treatment. The project now works with hikers, "
     "canyoning guides and water users. The dry-stone walls of the Tramuntana are mentioned only "
     "as shelters.",
     ("midwife toads", "Alytes muletensis", "ferreret", "amphibians", "species recovery"),
     ("ES",), "2023-05"),
    ("eo17", "document", "fr",
     "Des étangs pour le crapaud accoucheur : guide pour les gravières, les carrières et les "
     "villages",
     "Le crapaud accoucheur (Alytes obstetricans), ou alyte accoucheur, petit crapaud gris aux "
     "yeux dorés dont le mâle porte les œufs enroulés autour de ses pattes arrière, a perdu en "
     "Suisse une grande partie de ses sites depuis les années 1980. Son chant flûté, qui résonne "
     "les soirs d'été comme une clochette, trahit encore sa présence dans les gravières, les "
     "carrières, les vieux murs et les villages. Ce guide du centre national de coordination "
     "pour la protection des amphibiens et des reptiles, préparé avec plusieurs cantons du "
     "Plateau et du Jura, explique comment creuser des étangs permanents sans poissons près de "
     "talus ensoleillés, garder des tas de pierres et des murs fissurés où les adultes se "
     "cachent le jour, gérer les plans d'eau des carrières en exploitation et entretenir les "
     "bassins des jardins et des fontaines. Il met en garde contre la confusion avec le sonneur "
     "à ventre jaune, qui fréquente les mêmes gravières.",
     ("crapaud accoucheur", "Alytes obstetricans", "amphibiens", "étangs", "guides"),
     ("CH",), "2024-02"),
    ("eo18", "dataset", "es",
     "Sapo partero común y quitridiomicosis en el macizo de Peñalara, 1997-2024",
     "Las lagunas y charcas del macizo de Peñalara, en el Parque Nacional de la Sierra de "
     "Guadarrama, albergaban miles de larvas de sapo partero común (Alytes obstetricans), cuyos "
     "renacuajos pasan uno o dos inviernos bajo el hielo antes de transformarse. En 1997 "
     "aparecieron muchos sapitos recién metamorfoseados muertos en las orillas: fue el primer "
     "brote conocido en Europa de quitridiomicosis, la enfermedad de los anfibios causada por el "
     "hongo Batrachochytrium dendrobatidis. Este conjunto de datos, mantenido por el parque con "
     "un museo de ciencias naturales, reúne los conteos anuales de larvas, metamórficos y "
     "adultos en más de doscientas masas de agua, la prevalencia del hongo en muestras de piel, "
     "la temperatura del agua y la duración del hielo, los tratamientos antifúngicos de larvas y "
     "los resultados de la cría en cautividad y las liberaciones. Los tritones alpinos y las "
     "ranas patilargas de las mismas lagunas se registran aparte.",
     ("sapo partero", "Alytes obstetricans", "quitridiomicosis", "anfibios", "conjuntos de datos"),
     ("ES",), "2025-01"),
    # --- tree snails -----------------------------------------------------------------------------
    ("eo19", "project", "en",
     "Kāhuli behind fences: predator-proof enclosures for the tree snails of Oʻahu",
     "Hawaiian tree snails, the kāhuli of Oʻahu's mountain forests, are small snails with "
     "glossy, banded shells of yellow, brown, green and white that live their whole lives on the "
     "leaves of native trees. Their shells were once strung into lei and gathered by the "
     "thousands by collectors, and of the forty or so species of the genus Achatinella most are "
     "now extinct, the rest endangered. They are eaten by the rosy wolf snail (Euglandina "
     "rosea), brought in during the 1950s to control the giant African snail, by rats and by "
     "introduced Jackson's chameleons. This state project, run with the army's natural resources "
     "programme, builds predator-proof enclosures on ridges of the Waiʻanae and Koʻolau ranges, "
     "with fences that have an overhanging lip and an electric barrier, clears the ground of "
     "predators inside and releases snails bred in a laboratory. It also records the Hawaiian "
     "chants that tell of the snails singing in the forest.",
     ("tree snails", "kāhuli", "Achatinella", "land snails", "predator control"),
     ("US",), "2024-01"),
    ("eo20", "case-study", "fr",
     "Le retour des partulas dans les vallées de Moorea et de Tahiti",
     "Les partulas, petits escargots arboricoles des îles de la Société, ont chacun leur vallée "
     "et ont été étudiés depuis plus d'un siècle comme un exemple d'évolution. En 1977, "
     "l'euglandine (Euglandina rosea), escargot carnivore venu de Floride, fut introduite à "
     "Tahiti pour lutter contre l'achatine, l'escargot géant africain ; elle dévora surtout les "
     "partulas, dont plus de cinquante espèces disparurent en quelques années. Quelques-unes "
     "avaient été recueillies à temps par des zoos d'Europe et d'Amérique du Nord. Cette étude "
     "de cas décrit les réintroductions menées depuis 2015 par la direction de l'environnement "
     "de la Polynésie française avec ces zoos : des milliers de partulas, marquées d'un point de "
     "peinture visible aux ultraviolets, relâchées dans les vallées de Moorea et de Tahiti, puis "
     "suivies de nuit. Elle analyse la survie, l'arrivée d'un nouveau prédateur, le ver plat de "
     "Nouvelle-Guinée, et la place des coquillages dans la mémoire des habitants.",
     ("partulas", "escargots arboricoles", "réintroduction", "espèces endémiques", "études de cas"),
     ("PF",), "2024-03"),
    ("eo21", "need", "es",
     "Necesidad: proteger las polimitas de Baracoa frente a la colecta de conchas",
     "Las polimitas (Polymita spp.), caracoles arborícolas endémicos del oriente de Cuba, tienen "
     "conchas pintadas con bandas amarillas, rojas, negras, verdes y blancas, y viven en árboles "
     "y arbustos de los bosques y las fincas de Baracoa, Maisí, Moa y otras zonas de Guantánamo "
     "y Holguín. Sus conchas se recogen para venderlas a turistas y se exportan de forma ilegal "
     "como adornos, y el huracán Matthew de 2016 destruyó parte de su hábitat. En 2022 las seis "
     "especies se incluyeron en el Apéndice I de la CITES a propuesta de Cuba. Un centro de "
     "investigación en ecosistemas del oriente y la autoridad ambiental solicitan apoyo para "
     "monitorear las poblaciones, mapear los sitios mejor conservados, formar a guardianes "
     "comunitarios, capacitar a los inspectores de aeropuertos y aduanas para reconocer las "
     "conchas y crear artesanías alternativas. El almiquí y las cotorras de la misma región "
     "tienen programas propios.",
     ("polimitas", "Polymita", "caracoles arborícolas", "comercio ilegal", "necesidades"),
     ("CU",), "2024-04"),
    # --- mangrove crabs --------------------------------------------------------------------------
    ("eo22", "support-source", "en",
     "Offer: training in mud crab fattening for mangrove community groups on the coast of Kenya "
     "and Tanzania",
     "The giant mud crab (Scylla serrata) digs its burrows among the mangrove roots of the "
     "western Indian Ocean, and fishers pull it out with hooked iron rods at low tide. Live "
     "crabs fetch high prices in coastal hotels and for export to Asia, but many are caught too "
     "small, or just after moulting, when they are soft and fetch little. A marine research "
     "institute in Mombasa, with a community crab farm on the south coast, offers ten-day "
     "courses to women's and youth groups from Kenya and Tanzania on fattening these soft crabs "
     "in pens and floating cages for three to four weeks. Trainees learn to build pens from "
     "recycled plastic pipes instead of mangrove poles, feed crabs with fish offal, tie claws, "
     "grade and ship crabs alive, respect minimum sizes and release egg-carrying females. Each "
     "group receives a starter kit. Seaweed farming, which some groups also practise, is not "
     "covered.",
     ("mud crabs", "Scylla serrata", "mangroves", "aquaculture", "offers"),
     ("KE", "TZ"), "2024-02"),
    ("eo23", "dataset", "fr",
     "Crabes de mangrove de la côte ouest de Madagascar : captures, tailles et exportations, "
     "2012-2024",
     "Le crabe de mangrove (Scylla serrata), que l'on appelle en Nouvelle-Calédonie crabe de "
     "palétuvier, est pêché à pied sur toute la côte ouest de Madagascar, du Boeny au Menabe, "
     "par des hommes et des femmes qui le tirent de son terrier avec un crochet de fer. Vendus à "
     "des collecteurs, les crabes partent vers les usines de transformation ou sont exportés "
     "vivants par avion vers l'Asie, et la demande a fortement augmenté depuis dix ans. Ce jeu "
     "de données, réuni par un institut halieutique avec une organisation de conservation marine "
     "et le ministère chargé de la pêche, rassemble les débarquements par village, la largeur de "
     "carapace et le sexe de plus de 80 000 crabes mesurés, les prix payés aux pêcheurs, les "
     "quantités exportées et les effets des périodes de fermeture de la pêche. Il montre une "
     "baisse de la taille moyenne près des grandes villes. Les crevettes et le charbon de "
     "palétuvier sont traités ailleurs.",
     ("crabes de mangrove", "Scylla serrata", "pêche artisanale", "mangroves", "exportations"),
     ("MG",), "2025-01"),
    ("eo24", "document", "es",
     "Guía de buenas prácticas para la captura del cangrejo rojo de manglar en el golfo de "
     "Guayaquil",
     "El cangrejo rojo de manglar (Ucides occidentalis) excava sus galerías entre las raíces del "
     "mangle rojo del golfo de Guayaquil y es la base de una pesca artesanal de la que viven "
     "miles de familias de cangrejeros, que lo sacan a mano de la cueva y lo venden por atados "
     "en los mercados y en los restaurantes de Guayaquil. Esta guía, preparada por el ministerio "
     "del ambiente y el instituto de investigación pesquera con asociaciones que tienen acuerdos "
     "de uso sustentable y custodia del manglar, explica cómo medir la talla mínima del "
     "caparazón, reconocer y devolver las hembras, capturar solo a mano sin ganchos ni venenos, "
     "respetar las vedas de la época de reproducción, transportar los cangrejos vivos en sacos "
     "húmedos, anotar las capturas y organizar la vigilancia comunitaria. Advierte que no debe "
     "confundirse con la jaiba ni con el cangrejo azul de tierra firme. Las camaroneras que "
     "talaron parte del manglar se mencionan como amenaza.",
     ("cangrejo rojo de manglar", "Ucides occidentalis", "manglares", "pesca artesanal", "guías"),
     ("EC",), "2023-08"),
    # --- bitterns --------------------------------------------------------------------------------
    ("eo25", "case-study", "en",
     "The boom is back: bitterns and new reedbeds in the Somerset Levels and the Fens",
     "The bittern (Botaurus stellaris), a secretive, streaked brown heron of dense reedbeds "
     "whose booming call carries for kilometres, had fallen to 11 booming males in the United "
     "Kingdom in 1997. This case study follows the creation of large new reedbeds on former peat "
     "workings at Ham Wall and Shapwick Heath in the Somerset Levels and on arable land at "
     "Lakenheath Fen and Ouse Fen. It explains how booming males are counted and told apart by "
     "recordings of their calls, why bitterns need wet reed next to open water with plenty of "
     "small fish and eels, and how ditches, pools and water levels were designed for them. By "
     "the 2020s more than 200 males were booming again. The study sets out the costs, the role "
     "of volunteers and the lessons for other wetlands. Marsh harriers, bearded tits, cranes and "
     "otters that came back with the reedbeds, and the cutting of reed for thatch, are mentioned "
     "only in passing.",
     ("bitterns", "Botaurus stellaris", "reedbeds", "wetland creation", "case studies"),
     ("GB",), "2024-06"),
    ("eo26", "project", "fr",
     "Le butor étoilé des roselières de Camargue : concilier la récolte de la sagne et la "
     "nidification",
     "Le butor étoilé (Botaurus stellaris), héron trapu au plumage brun rayé, se cache dans les "
     "roselières, où on l'entend plus qu'on ne le voit : son chant grave, que les anciens "
     "comparaient au mugissement d'un bœuf, lui a valu le surnom de bœuf d'eau. La France ne "
     "compte que quelques centaines de mâles chanteurs, dont une bonne partie en Camargue et en "
     "Petite Camargue gardoise. Dans ces marais, le roseau, la sagne, est coupé l'hiver par les "
     "sagneurs pour les toitures et les brise-vent, et les taureaux et chevaux pâturent les "
     "bordures. Ce projet, mené par une station de recherche avec une réserve naturelle "
     "régionale et les sagneurs, compte les mâles chanteurs au printemps, cartographie les "
     "parcelles coupées et non coupées, laisse chaque année des roselières âgées où les femelles "
     "nichent, et règle les niveaux d'eau et la salinité. Les écrevisses de Louisiane, proies "
     "abondantes, et la talève sultane, arrivée récemment, sont notées en passant.",
     ("butor étoilé", "Botaurus stellaris", "roselières", "sagne", "Camargue"),
     ("FR",), "2024-04"),
    ("eo27", "need", "es",
     "Necesidad: salvar al avetoro común en las Tablas de Daimiel y el delta del Ebro",
     "El avetoro común (Botaurus stellaris), garza parda y críptica de los carrizales, cuyo "
     "canto grave le valió el nombre de buey de agua, es una de las aves reproductoras más "
     "amenazadas de España, con apenas unas decenas de machos que cantan en humedales como las "
     "Tablas de Daimiel, el delta del Ebro y algunas lagunas de La Mancha. Las sequías, que en "
     "2009 secaron las Tablas hasta provocar incendios de turba, la quema y la siega de "
     "carrizales en primavera y las molestias lo han dejado al borde de la desaparición. Los "
     "gestores del parque nacional y del parque natural del delta, con una sociedad "
     "ornitológica, solicitan apoyo para un censo coordinado con grabadoras acústicas, estudios "
     "genéticos, planes de manejo del carrizal y de los niveles de agua, y acuerdos con "
     "arroceros para inundar parcelas en primavera. El cangrejo rojo americano, hoy su presa "
     "principal, se estudiará como parte de su dieta.",
     ("avetoro común", "Botaurus stellaris", "carrizales", "humedales", "necesidades"),
     ("ES",), "2024-11"),
    # --- stone-curlews ---------------------------------------------------------------------------
    ("eo28", "dataset", "en",
     "Stone-curlew nests on arable land in the Brecks and Wessex: finding, marking and fledging, "
     "2000-2024",
     "The stone-curlew (Burhinus oedicnemus), a large-eyed, mostly nocturnal bird of dry, stony "
     "ground with a wailing call heard at dusk, returns to England each March to nest on heaths, "
     "downland and spring-sown fields. On arable land its eggs and chicks are easily lost to "
     "tractors, so each spring conservation staff search the Brecks of Norfolk and Suffolk and "
     "the chalk of Wessex for nests, mark them with canes and ask farmers to lift hoes and "
     "drills around them. This dataset, kept by a national bird charity with farmers' groups, "
     "lists every nest found from 2000 to 2024, the crop, the date of each farm operation, "
     "whether the nest was marked or moved, and the chicks that fledged. It adds the "
     "stone-curlew plots, bare cultivated patches of two hectares paid for by agri-environment "
     "schemes, and the grazed grassland around Salisbury Plain. Rabbit grazing on the heaths is "
     "treated only as a habitat factor.",
     ("stone-curlews", "Burhinus oedicnemus", "farmland birds", "nest protection",
      "agri-environment schemes"),
     ("GB",), "2025-01"),
    ("eo29", "case-study", "fr",
     "L'œdicnème criard dans la plaine d'Alsace : repérer les nids avant le binage du maïs",
     "L'œdicnème criard (Burhinus oedicnemus), grand échassier aux yeux jaunes que les anciens "
     "appelaient courlis de terre, arrive en mars pour nicher à même le sol dans les champs de "
     "maïs, de betterave et de soja de la plaine d'Alsace, mais aussi dans les gravières et sur "
     "les terrains caillouteux des bords du Rhin. Ses cris résonnent à la tombée de la nuit. Le "
     "semis tardif des cultures de printemps le rend vulnérable : les passages de herse, de "
     "bineuse ou de semoir détruisent pontes et poussins. Cette étude de cas décrit dix ans de "
     "partenariat entre une association de protection des oiseaux et des agriculteurs : repérage "
     "des couples au crépuscule, recherche des nids, pose de piquets, contournement par les "
     "engins, et suivi de l'envol des jeunes. Elle chiffre le temps passé par les bénévoles et "
     "par les exploitants et le nombre de poussins sauvés. Le grand hamster, suivi dans les "
     "mêmes champs, n'est cité que pour mémoire.",
     ("œdicnème criard", "Burhinus oedicnemus", "oiseaux des champs", "agriculture",
      "études de cas"),
     ("FR",), "2024-09"),
    ("eo30", "project", "es",
     "Alcaravanes de los Llanos: frenar la captura de pichones para mascotas en Casanare y Meta",
     "El alcaraván (Burhinus bistriatus), ave de patas largas y grandes ojos amarillos que vive "
     "en las sabanas y potreros de los Llanos Orientales, es querido en las fincas porque grita "
     "de noche cuando alguien se acerca, y por eso muchas familias lo tienen como guardián en el "
     "patio. Cada verano se sacan pichones de los nidos, que están en el suelo, y se venden a "
     "orillas de las carreteras de Casanare y Meta, aunque su tenencia está prohibida. Este "
     "proyecto de la corporación ambiental regional, con una universidad y asociaciones de "
     "ganaderos, hace campañas en escuelas, terminales y peajes, rehabilita y libera las aves "
     "decomisadas en sabanas protegidas, sigue los nidos en fincas con cámaras y acuerda con los "
     "vaqueros no pisar los nidos con el ganado ni quemar las sabanas en la época de cría. "
     "Recuerda que en Europa el mismo nombre se da a otra especie del género. Los chigüiros y "
     "los cunaguaros de las mismas fincas no forman parte del proyecto.",
     ("alcaravanes", "Burhinus bistriatus", "tráfico de fauna", "sabanas", "proyectos"),
     ("CO",), "2024-06"),
)  # fmt: skip
