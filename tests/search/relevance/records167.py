"""Clearing-house records of the hundred-and-sixty-seventh judged relevance set
(tests/search/relevance/queries167.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on wall lizards, Podarcis (a project to count and map the
island forms of the Maltese wall lizard, the gremxula, on Filfla, Fungus Rock, the St Paul's
Islands and the other islets, Malta; a need to find the last populations of the lézard des
murailles on the rocks, citadel walls, quays and railway ballast of the Meuse valley between
Dinant, Namur and Huy, Belgium; a dataset of twenty years of counts of the lagartija balear, the
sargantana, on twenty-five islets of Menorca, Spain); on wheatears, Oenanthe (a case study of the
nest success of the Cyprus wheatear in the forest clearings, burnt slopes and terraced vineyards
of the Troodos, Cyprus; a project of grazing and patchy scrub clearance for the traquet oreillard
in the garrigues of Nîmes and the Gard rhodanien, France; an offer, a support source, of free
advice before building works for the collalba negra that nests in ruined cortijos, irrigation
huts and old mines of Almería, Spain); on oil beetles, Meloe and Berberomeloe (a dataset of
field survey records of the black and violet oil beetles on coastal grasslands and old pastures,
Ireland; a sortie, an event, to look for méloés in the dry meadows at the foot of the Jura
vaudois, Switzerland; a project for the carraleja roja and the other aceiteras in the grasslands
of the dehesas of Extremadura, Spain); on burying beetles, Nicrophorus (a case study of grazing,
carrion and the American burying beetle on the ranches of the Nebraska Sandhills, United States;
a dataset of ten years of nécrophores caught in baited pitfall traps in the maple, fir and logged
forests of Québec, Canada; a taller, an event, on the escarabajos enterradores and other
necrófagos of the oyamel and pine-oak forests around Mineral del Chico, Hidalgo, Mexico); on
harvestmen, the Opiliones (an offer, a support source, of free identification of harvestmen from
forest and tussock surveys by a national museum, New Zealand; a need to train specialists and
publish a first atlas of the opilions or faucheux, France; a guía de campo, a document, to the
opiliones or arañas patonas of the temperate rainforests of southern Chile); on earthstars,
Geastrum (a need to survey and save the rare earthstars of the old Scots pine belts of the
Breckland, England, United Kingdom; a journée, an event, at Echternach on recognising the
géastres, the étoiles de terre, Luxembourg; a dataset of herbarium and field records of the
estrellas de tierra of the Chaco Serrano of Córdoba, Argentina); on saxifrages, Saxifraga (a
dataset of counts of the tufted and purple saxifrages on fixed ledges of the cliffs above Cwm
Idwal, Eryri, Wales, United Kingdom; a case study of thirty years of following the saxifrage à
nombreuses fleurs, which flowers once and dies, in the Mercantour, France; a jornada, an event,
at Rodellar on the saxífragas and the corona de rey of the cliffs of the sierra de Guara,
Aragón, Spain); on sea lavenders, Limonium (an action plan, a document, for the Gibraltar sea
lavender of the Rock's limestone cliffs, Gibraltar; a project for the saladelle de Girard and
the other lavandes de mer of the salt steppes of the Camargue, France; a need to save the
endemic limonios of the sea cliffs of Peñíscola and the sierra de Irta, Castellón, Spain); on
ladybird spiders, Eresus (a project to found new colonies of the ladybird spider in Dorset from
the last native one, England, United Kingdom; an offer, a support source, of free training in
finding érèses for the managers of dry calcareous grasslands of Bourgogne-Franche-Comté, France;
a case study of five years of following the burrows of the araña mariquita in the grasslands and
holm oak woods at the foot of the Guadarrama, Spain); and on anoles, Anolis (a dataset of fifteen
years of anole counts from the Hellshire Hills to the Blue Mountains, Jamaica; a guide, a
document, to recognising the anolis of French Guiana; a need to learn the state of the anolis de
arroyo in the mountain streams of the Sierra de los Órganos, Pinar del Río, Cuba). English,
French and Spanish, 10 records each, every topic written once in each language (different
countries or places, projects and angles, not translations of one text); five of the French
records are in France, at five places (the Gard, the whole of France, the Mercantour, the Camargue
and Bourgogne-Franche-Comté), by five different bodies and in four kinds of page, and the other
five are in Belgium, Switzerland, Québec, Luxembourg and French Guiana; six of the Spanish
records are in Spain, at six places (Menorca, Almería, Extremadura, the sierra de Guara,
Castellón and the Guadarrama), by six different bodies and in six kinds of page, and the other
four are in Mexico, Chile, Argentina and Cuba.

None of records.py, records3.py, ..., records165.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (wall lizard, Podarcis, muralis, lilfordi, filfolensis,
pityusensis, lézard des murailles, lézard, lagartija, lagartija balear, sargantana, gremxula,
Filfla, Comino, Fungus Rock, Menorca, Addaia, Cabrera, Meuse, Dinant, Huy; wheatear, Oenanthe,
traquet, traquet oreillard, traquet motteux, collalba, collalba negra, collalba rubia, leucura,
hispanica, cypriaca, Troodos, Nîmes, Almería; oil beetle, blister beetle, meloid, Meloe, méloé,
carraleja, aceitera, Berberomeloe, majalis, cantharidin, cantaridina, Spanish fly, La Sarraz;
burying beetle, sexton beetle, carrion beetle, Nicrophorus, Necrophorus, nécrophore, silphe,
escarabajo enterrador, sepulturero, necrófago, Sandhills, Mineral del Chico; harvestman,
harvestmen, daddy longlegs, Opiliones, opilion, opilión, faucheux, faucheur, segador, araña
patona, Gonyleptidae; earthstar, Geastrum, géastre, étoile de terre, estrella de tierra,
puffball, vesse-de-loup, pedo de lobo, Breckland, Brecks, Echternach, Gutland, Chaco Serrano;
saxifrage, Saxifraga, saxífraga, rompepiedras, quebrantapiedras, corona de rey, oppositifolia,
florulenta, longifolia, cespitosa, Cwm Idwal, Mercantour, Rodellar, Mascún; sea lavender,
Limonium, statice, saladelle, lavande de mer, limonio, siempreviva, emarginatum, girardianum,
perplexum, Peñíscola, Irta; ladybird spider, velvet spider, Eresus, érèse, araignée coccinelle,
araña mariquita; anole, Anolis, anolis, chipojo, lagartijo, abaniquillo, dewlap, Hellshire,
Sierra de los Órganos, Viñales). Screened and dropped as covered or as too near the queries of
earlier sets: dormice (records75), kingfishers, hornbills, stag beetles (records71), hedgehogs
and badgers (the hedgehogs, badgers and blaireaux queries), seahorses, tortoises and pond turtles
(the tortues and cistude queries), flamingos, manatees, axolotls, bumblebees, carnivorous plants
(records71 and the carnivorous plants queries), porcupines, mistletoe (records57), scorpions,
tarantulas (bh01-bh03), sloths, armadillos, anteaters, hummingbirds, horseshoe crabs, newts (the
amphibians queries), bee-eaters, shrikes, ptarmigans, storm petrels (records97), spoonbills, bald
ibises, mongooses, pine martens (records87), ibex and chamois, river dolphins and porpoises,
caimans (records39), iguanas, chameleons, geckos, killifish (the killifish queries), lesser
kestrels (bf24), tamarins (dy22-dy24), curassows (the hoccos Guyane query), grebes, pen shells,
limpets, tree ferns, cycads, baobabs, capybaras, coatis, opossums and skunks (queries of their
own), groupers, wrasse, genets (too near the civets of records127), snowfinches (the sparrows
queries, as records159 said), polecats (as records155 said), cicadas, the medicinal leech
(da24), holly (records103), road verges (records61) and the centipedes (named by a golden
record), besides the topics of sets 42 to 165 and those their docstrings list as covered;
screened with no or passing hits but not chosen: mole rats, horsetails (too near the fern and
fougères queries), quillworts (the mountain lakes queries), bellflowers, asphodels, jewel
beetles, hermit beetles and great capricorns (the veteran trees queries), ground beetles, raft
spiders (the wetlands queries), stonechats, rock thrushes, wagtails, wrynecks (the woodpeckers
queries), tamarisks, black poplars (the bosques de ribera query), barbels (the migratory fish
and fish passes queries), blennies, calceolarias and ovenbirds. The topics were chosen so that
none of these records answers a query of an earlier set: the angles that earlier queries ask for
(wildlife trade, invasive species and rats on islands, red lists, citizen science and biologie
participative, bioindicators, ex situ conservation, seed banks and botanic gardens, ecosystem
restoration, migratory birds, illegal killing of birds and songbird trapping, bees, solitary bees
and pollinators, heathlands, wetlands, salt pans, coastal dunes and cliff erosion, mountain
ecosystems and climate change, rock climbing, caves, dry-stone walls, cloud forests, wildlife
photography, tourism, tourists feeding wild animals, protected areas, environmental education
and wildfires) are left out of these records or named only in passing (the solitary bees that
carry the larvae of the oil beetles of gr07 to gr09 are their hosts, not the subject of the bees,
abejas solitarias and pollinisateurs queries; the heath of the Dorset ladybird spiders of gr25 and
the landes sableuses of gr26 are the spiders' homes, not the heathland of the heathland and
brezales queries; the sansouires, étangs and salins of gr23 and the saladares of gr24 are the
homes of the sea lavenders, not the wetlands or marais salants; the cliffs of gr19 to gr24 are
the plants' homes, and no record tells of cliff erosion; the climbers of gr19 and the escaladores
and buitres of gr21 are named in passing, not the subject of the rock climbing and escalada
buitres queries; the national park of gr30 and the parc national of gr20 are places); no record
names Morocco, Huelva, Madagascar, Guadeloupe, Martinique, Corsica, the Canaries, the Arctic or
another place that an earlier query asks for by its name alone; and no record is in a country
and of a type that an earlier "needs", "projects" or "case studies" country query asks for
(necesidades México, proyectos México, projets Mexique, necesidades Chile, estudios de caso Chile,
Jamaica needs and the others: the Mexican record is an event, the Chilean one a document and the
Jamaican one a dataset).

No earlier record is judged relevant to any query of this set. All the hits are passing or about
other things (0): the lézards des murailles named in passing by the praying mantis page of the
Geneva countryside (fx11) and the Cévennes terrace walls guide (bv11), and the lagartijas named
in passing by the tick (bu15), cemetery (cm27), Formentera dormouse (dc03), hoopoe (di03),
tarsier (ev24), caburé (gj03) and fardacho (fx21) pages; the ocellated lizards (fx19-fx21), slow
worms (gf01-gf03), skinks (gj19-gj21), horned lizards, the lagartijas cornudas (ez28-ez30), sand
lizards (bp04) and the lézard perlé (fh11), which are other lizards; the nesting wheatears named
in passing by the Yorkshire Dales walls page (bv10) and the tarbagan marmot page (cq28); the palma
aceitera of the oil palm pages (y03, ev24), the Convallaria majalis of the lily of the valley
pages (gf16-gf18) and the cantharidin of a golden chemistry record, which names the blister
beetle only as its source; the aves necrófagas of the fallen stock page (en09) and of the
photography hides (dq27), and the dung beetles (bm16-bm18), tiger beetles (fp28-fp30), stag
beetles (cy07-cy09) and Rosalia longicorns (gf07-gf09), other beetles; the faucheurs volontaires
of the GM vine pages (db23), who are people; the waxcaps (gn19-gn21), slime moulds (gn25-gn27)
and other fungi of earlier sets; the gentians (ec24) and edelweiss (ev19), other mountain plants;
the lavender of the lavender pages (da10-da12), the samphire and salicorne (ei25-ei27), the sea
kale (gf22-gf24), the sea daffodils (eq28-eq30) and the siemprevivas of the Mexico City roof
guide (cg15), other plants; the ladybirds, coccinelles, mariquitas and chinitas (dw16-dw18),
which are beetles, the tarantulas and mygales (bh01-bh03), other spiders, and the spider burrows
of the pygmy blue-tongue lizards (gj19); and the anolis named in passing by the hylode dataset of
Martinique (em08), the iguanas (bz01-bz03 and others), the tokay geckos (bi01-bi03) and the
hutias (fh13-fh15), other animals. The golden files hold no record on these topics.

The places of these records appear in earlier records only as the places of other topics (0):
the sea daffodils (eq28), the għargħar seedlings (fx22), the goldfinches (dq07) and the
pescatourism offer (ea22) of Malta and Gozo, near gr01; the garden dormouse (dc02), the wildcat
(cs05), the nightingales (dw02) and the Meuse pages of other sets (ej14, eu11, gp13), near gr02;
the tree of heaven (ec03) and the marten (do06) of Menorca, near gr03; the Cyprus mouflon of the
Paphos forest and the Troodos (dw13), the cyclamens (gb22) and the carob (ci19) of Cyprus, near
gr04; the rollers of the Costières (ds29) and the Balearic cyclamen of the Gard (gb23), near gr05;
the esparto (eo03), the gazelles (dw12), the hoverflies of the greenhouses (dy27) and the ramblas
(cs30) of Almería, near gr06; the Irish pages of earlier sets, near gr07; the spotted wing
drosophila (gk05) and the other Vaud pages, near gr08; the tench (ee27), the medicinal leech
(da24), the lesser kestrel (bf24) and the cork oak guide (y24) of the dehesas of Extremadura,
near gr09; the Salt Creek tiger beetle of Nebraska (fp28) and the gopher tortoises of the Florida
sandhills (bw01), near gr10; the many pages of Québec, near gr11; the mountain horned lizards of
Hidalgo (ez30), near gr12; the pages of New Zealand, near gr13; the didymo (ei03) and the morels
(em12) of Aysén and the pages of the Maule, near gr15; the stone-curlews of the Brecks (eo28) and
the antlions of the Suffolk coast (gb16), near gr16; the charging network (db14) and the storm
naming page (fv11) that name Luxembourg, near gr17; the caburé of the sierras of Córdoba (gj03),
near gr18; the rhododendron clearance in the Atlantic oakwoods of Eryri (ds10), near gr19; the
red-bellied squirrels of the cap d'Antibes (cw08) and the peony offer of Provence and the
Alpes-Maritimes (fp26), near gr20; the other pages of Aragón, near gr21; the floating fuel
stations of the bay of Algeciras (ed30), the Caulerpa guide (dg20) and the orca guide (dk12),
which name the strait of Gibraltar, near gr22; the bittern (eo26), the lead shot (u26), the rice
fields (i29) and the great spotted cuckoo (dg02) of the Camargue, near gr23; the carob guide
(ci21) of Castellón, near gr24; the Dorset heaths for sand lizards (bp04), near gr25; the wild
snails (ft29) and the black storks (bt02) of Bourgogne, near gr26; the midwife toads of Peñalara
(eo18), the Apollo butterflies (eq15), the musgaño de Cabrera (gn06), the mountain bikes (do27)
and the trail races (ck24) of the Guadarrama, near gr27; the Jamaican coney of the Hellshire
Hills (fh13), the frosty pod rot of Jamaica (fe13) and the other Jamaican pages, near gr28; the
Guyane pages of earlier sets, near gr29; and the Cuban crane of the Isla de la Juventud (bp03),
the plantibodies grown in tobacco (cl09) and the polimitas of Baracoa (eo21), near gr30.

records166.py (ids gq01..gq30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), written at the same time by another engineer, was searched for the same
words once it was finished (with its queries166.tsv, 60 queries), before these records were
judged: its topics are the non-medical use and trafficking of tramadol, poisonings by essential
oils, compressed air systems and their leaks in industry, spent refinery catalysts, hearing loss
from earphones and headphones, hot-dip galvanizing, the worn banknotes that central banks shred,
vehicle impound lots, the solvents, inks and waste of printing works, and poppers, the inhaled
alkyl nitrites. None of its records names a wall lizard, a wheatear, an oil beetle, a burying
beetle, a harvestman, an earthstar, a saxifrage, a sea lavender, a ladybird spider or an anole:
its only hits for these topics' words are its own docstring, which lists this set's topics, the
lavender oil named among the essential oils of the New Zealand poisons centre dataset (gq04),
which is Lavandula and no sea lavender, the carrocerías of the Mexico City impound lot project
(gq24), which hold no carrion, and the Limón of the Costa Rican hearing dataset (gq15), a
province that holds the letters of Limonium. The nearest are places, all judged 0: the tramadol
seized in the ports, airports and parcels of Spain, Madrid among them (gq03), no answer to wall
lizards Spain or érèses Espagne; the écouteurs guide of the Suisse romande (gq14), no answer to
oil beetles Switzerland; the air comprimé journée of Québec (gq08), no answer to escarabajos
enterradores Canadá; the essential oils dataset of New Zealand (gq04), near gr13; the Belgian
centre antipoisons fiche (gq05), near gr02; the aceites esenciales project of Chile (gq06),
near gr15; the corralones of Mexico City (gq24), near gr12; the Imprim'Vert guide (gq26) and
the poppers dataset (gq29) of France; the poppers need of Argentina (gq30), near gr18; and
the needs of Cameroon, Algeria, Peru, Nigeria and Argentina (gq02, gq11, gq18, gq22, gq30), no
answer to anole needs, besoins opilions or necesidades limonios. None of its records answers a
query of this set, and none of its queries is repeated in queries167.tsv.

records168.py and records169.py, written at the same time by other engineers (on agriculture,
fisheries, forestry, food and land; on water, oceans and coasts, climate adaptation, cities,
disasters and capacity building), are not part of this set's pool.

Traps: the yellow-legged gulls, fishing boats and Maltese rock-centaury of gr01; the lézard
vivipare, orvet (the slow worms of gf01-gf03 and the orvet query) and faucon pèlerin of gr02;
the gaviotas, pescadores and visitas en barca of gr03; the cuckoos (the coucou pages), whip snakes
and goats of gr04; the pipit rousseline (a pipit, the topic of gn08 and of the pipits queries),
pie-grièche méridionale and chêne kermès of gr05; the vencejos (the swift bricks), lagartijas
(small lizards, named in passing in a wheatear page) and chumberas (the prickly pear pages) of
gr06; the solitary bees (the bees and abejas solitarias queries), primroses and dandelions of
gr07; the abeilles sauvages, orchidées (the orchids queries) and vaches of gr08; the encinas,
abejas silvestres and ovejas, and the cantaridina (the compound of a golden chemistry record),
of gr09; the prairie chickens, cattle and wind farms (the wind turbines and birds queries) of
gr10; the acariens, érable à sucre and coupes à blanc of gr11; the zopilotes (the vultures
queries), mariposas monarca (the monarch butterfly queries) and hongos of gr12; the spiders,
wētā and kiwi of gr13; the araignées, acariens and grottes (the grottes query) of gr14; the
arañas, coigües and chucao of gr15; the stone-curlews (eo28), rabbits and pheasants of gr16;
the astrée hygrométrique (a false earthstar), vesses-de-loup and chevreuils (the roe deer
pages) of gr17; the incendios serranos (the wildfires queries), ganado and pedos de lobo of
gr18; the sheep, feral goats (the feral goats queries) and climbers (the rock climbing queries)
of gr19; the bouquetins (the bouquetins OR blaireaux query), chamois and alpinistes of gr20;
the quebrantahuesos, buitres and escaladores (the buitres and escalada buitres queries) of gr21;
the yellow-legged gulls, Barbary macaques (the Barbary macaque query) and Gibraltar candytuft
of gr22; the flamants, taureaux and salins (the marais salants query) of gr23; the gaviotas,
chumberas and pescadores de caña of gr24; the sand lizards (bp04), heather and Dartford warblers
of gr25; the coccinelles (the coccinelles query), orchidées and moutons of gr26; the mariquitas
(the mariquitas and "ruiseñor OR mariquita" queries), escarabajos and vacas of gr27; the hutias
(fh13), Jamaican iguanas (the iguanas query) and coffee farms of gr28; the iguanes (the iguanes
query), geckos and fourmis of gr29; and the cangrejos de río (the cangrejos de río query),
jutías (the jutías Cuba query) and tocororos of gr30. Some records name their topic only by
another name or a narrower kind: gr01 says wall lizards and Maltese wall lizard; gr02 lézards
des murailles and lézard des murailles; gr03 lagartijas, sargantanas and lagartija balear;
gr04 wheatears and Cyprus wheatear; gr05 traquets and traquet oreillard; gr06 collalbas and
collalba negra; gr07 oil beetles, black oil beetle and violet oil beetle; gr08 méloés,
méloé printanier and méloé violet; gr09 carralejas, aceiteras and carraleja roja, with
Meloe and Berberomeloe; gr10 burying beetles, sexton beetles and American burying beetle;
gr11 nécrophores; gr12 escarabajos enterradores and sepultureros; gr13 harvestmen and daddy
longlegs; gr14 opilions, faucheux and faucheurs; gr15 opiliones, arañas patonas and segadores;
gr16 earthstars; gr17 géastres and étoiles de terre; gr18 estrellas de tierra; gr19 saxifrages,
tufted saxifrage and purple saxifrage; gr20 saxifrages and saxifrage à nombreuses fleurs;
gr21 saxífragas, rompepiedras and corona de rey; gr22 sea lavenders, statice and Gibraltar sea
lavender; gr23 lavandes de mer, statices, saladelles and saladelle de Girard; gr24 limonios,
siemprevivas de mar and saladinas; gr25 ladybird spiders and ladybird spider; gr26 érèses,
araignées coccinelles and érèse noire; gr27 arañas mariquita; gr28 anoles, Jamaican
anole and Graham's anole; gr29 anolis and anolis doré; gr30 anolis, lagartijas, chipojos,
abaniquillos and anolis de arroyo. Letters and homonyms: lagartija is, in Spanish, any small
lizard, and the lagartijas cornudas of Mexico (ez30) are horned lizards; sargantana holds no
other word; Oenanthe is also the genus of the water dropworts, plants that no record names,
and traquet is also a part of a mill; aceitera is also the oil palm, the palma aceitera (y03,
ev24), and majalis the epithet of the lily of the valley (gf16-gf18); nécrophore and necrófago
hold the letters of nécrophage and the aves necrófagas of the vulture pages (en09, dq27);
faucheux holds the letters of faucheurs, the faucheurs volontaires of db23, and segador those
of the motosegadoras of the hay meadow need (dc18); daddy longlegs is in Britain a crane fly;
géastre and estrella de tierra hold no other word, and the astrée hygrométrique of gr17,
like the word hygroscopic of golden records, is no earthstar; saxifrage holds no other word,
and corona de rey is also a crown; lavande de mer and sea lavender hold the letters of lavande
and lavender (da10-da12), Limonium those of limon, and siempreviva is also the houseleeks
and echeverias of Mexico City roofs (cg15); araña mariquita holds the letters of mariquita,
the ladybird (dw18), and érèse holds no other word; anolis holds no other word, and the Blue
Mountains of Jamaica (gr28) share their name with those of Australia (da16).

For the country queries: gr01 names only Malta (Filfla, Fungus Rock, Gozo, Comino, the St Paul's
Islands, the Maltese Islands); gr02 only Belgium (Wallonia, the Meuse valley, Dinant, Namur,
Huy), with Europe and the Mediterranean as the range; gr03 only Spain (Menorca, Mallorca, the
Balearic Islands, Catalonia, Cabrera, the illa de l'Aire, the illa d'en Colom, Addaia); gr04
only Cyprus (the Troodos); gr05 only France (Nîmes, the Gard rhodanien, the Mediterranean rim);
gr06 only Spain (Almería, the south-east); gr07 only Ireland; gr08 only Switzerland (the canton
of Vaud, the Jura, La Sarraz); gr09 only Spain (Extremadura), with Europe; gr10 only the United
States (Nebraska, the Sandhills), with North America as the range; gr11 only Canada (Québec);
gr12 only Mexico (Hidalgo, Mineral del Chico); gr13 only New Zealand (Wellington, Dunedin);
gr14 only France (the Alps and the Pyrenees as ranges); gr15 only Chile (the Maule, Aysén, the
south); gr16 only the United Kingdom (the Breckland, Norfolk, Suffolk, eastern England,
Britain); gr17 only Luxembourg (the Gutland, the Mullerthal, Echternach); gr18 only Argentina
(Córdoba, the Chaco Serrano); gr19 only the United Kingdom (Wales, Eryri, Snowdonia, Cwm Idwal,
Britain); gr20 only France (the Mercantour, the Alpes-Maritimes and their neighbouring valleys);
gr21 only Spain (the Pyrenees and Prepyrenees of Aragón, the sierra de Guara, Rodellar, the
Mascún); gr22 only Gibraltar (the Rock, the nearby coasts of the Strait unnamed), with the
Mediterranean; gr23 only France (the Camargue, Languedoc); gr24 only Spain (the Comunitat
Valenciana, Castellón, Peñíscola, the sierra de Irta), with Europe; gr25 only the United
Kingdom (Britain, Dorset, southern England); gr26 only France (Bourgogne-Franche-Comté); gr27
only Spain (the Peninsula, Madrid, the Guadarrama); gr28 only Jamaica (the Hellshire Hills, the
Blue Mountains), with the Caribbean and the American tropics; gr29 only French Guiana (Guyane),
with the American tropics; gr30 only Cuba (Pinar del Río, the Sierra de los Órganos, Viñales),
with the American tropics.

Ids (gr01..gr30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
gn01..gn30, go01..go30, gp01..gp30), nor with records166.py's (gq01..gq30), and no earlier id
starts with "gr".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- wall lizards -----------------------------------------------------------------------------
    ("gr01", "project", "en",
     "Maltese wall lizards on the islets: a project to count and map the island forms from Filfla "
     "to the St Paul's Islands",
     "Wall lizards (Podarcis) are small, slender lizards of rocks, walls, screes and dry scrub; "
     "they bask in the morning sun, hunt insects and spiders and, on small islands with few "
     "insects, also lick nectar and eat fruit and seeds. The Maltese wall lizard (Podarcis "
     "filfolensis), the gremxula, lives almost only on the Maltese Islands, and several islets "
     "have their own form: the large, dark lizards of Filfla, those of Fungus Rock off Gozo and "
     "those of the St Paul's Islands, beside the commoner form of Malta, Gozo and Comino. This "
     "three-year project of the university's biology department and the environment and "
     "resources authority counts lizards along fixed transects on the islets and in the garigue "
     "of the main islands, takes tail-tip samples to compare the island forms, measures and "
     "photographs each lizard caught, and proposes rules for landings on the smallest islets, "
     "where boats and picnics crush the vegetation. Yellow-legged gulls, fishing boats and "
     "Maltese rock-centaury are named in passing.",
     ("wall lizards", "Maltese wall lizard", "Podarcis filfolensis", "islets", "projects"),
     ("MT",), "2025-03"),
    ("gr02", "need", "fr",
     "Besoin : recenser les dernières populations du lézard des murailles dans la vallée de la "
     "Meuse",
     "Les lézards des murailles (genre Podarcis) sont de petits lézards élancés des rochers, des "
     "vieux murs et des éboulis ensoleillés, qui se chauffent au soleil le matin et chassent "
     "insectes et araignées ; une vingtaine d'espèces vivent en Europe et autour de la "
     "Méditerranée. En Belgique, le lézard des murailles (Podarcis muralis) atteint la limite nord "
     "de son aire : il ne survit que dans la vallée de la Meuse et de quelques affluents, sur les "
     "rochers calcaires exposés au sud, les remparts des citadelles, les murs des quais et les "
     "ballasts des voies ferrées entre Dinant, Namur et Huy. Plusieurs sites ont disparu sous le "
     "rejointoiement des murs et l'embroussaillement. Le service public de "
     "Wallonie et une association de naturalistes sollicitent un appui pour recenser toutes les "
     "populations en trois saisons, prélever des échantillons génétiques afin de comparer les "
     "populations entre elles, et rédiger des consignes pour les chantiers sur les vieux murs. "
     "Le lézard vivipare, l'orvet et le faucon pèlerin ne sont cités qu'en passant.",
     ("lézard des murailles", "Podarcis muralis", "vallée de la Meuse", "Wallonie", "besoins"),
     ("BE",), "2025-05"),
    ("gr03", "dataset", "es",
     "Censos de la lagartija balear en los islotes de Menorca, 2005-2024",
     "Las lagartijas del género Podarcis, que en Baleares y Cataluña llaman sargantanas, son "
     "lagartos pequeños y esbeltos de roquedos, muros y matorrales secos que toman el sol por la "
     "mañana y cazan insectos y arañas. La lagartija balear (Podarcis lilfordi) desapareció de "
     "Mallorca y Menorca hace unos dos mil años y hoy solo vive en los islotes que las rodean y "
     "en el archipiélago de Cabrera; cada islote guarda una forma propia, de tamaño y colores "
     "distintos, negra, verde o parda, y muchas comen néctar, frutos y semillas además de "
     "insectos. Este conjunto de datos de la consejería de medio ambiente y de un grupo de "
     "herpetología de la universidad reúne veinte años de censos por transectos en veinticinco "
     "islotes de Menorca, como la illa de l'Aire, la illa d'en Colom o los islotes de Addaia: "
     "fecha, islote, lagartijas vistas por hora, talla, peso y color de los ejemplares "
     "capturados y cobertura vegetal. Las gaviotas, los pescadores y las visitas en barca se "
     "citan de paso.",
     ("lagartija balear", "sargantanas", "Podarcis lilfordi", "islotes", "conjuntos de datos"),
     ("ES",), "2025-01"),
    # --- wheatears --------------------------------------------------------------------------------
    ("gr04", "case-study", "en",
     "Cyprus wheatears in the Troodos: a case study of nest success in forest clearings, burnt "
     "slopes and mountain vineyards",
     "Wheatears (Oenanthe) are ground-feeding songbirds of open, stony country, with a white "
     "rump and a black inverted T on the tail; they watch from a rock or a post, drop on insects "
     "and nest in holes in the ground, in banks or under stones. The Cyprus wheatear (Oenanthe "
     "cypriaca), the male black and white with a warm buff breast, breeds only in Cyprus, from "
     "the coastal hills to the highest pine forests of the Troodos, and sings from treetops as "
     "well as rocks. This case study of a university research group and the forestry department "
     "followed 240 nests over four summers in forest clearings, slopes burnt in recent fires and "
     "terraced vineyards of the Troodos, recording clutch size, fledging success and the insects "
     "brought to the chicks. Nests in vineyards ploughed in spring were often destroyed, and "
     "those along firebreaks and old clearings did best. It recommends keeping open, stony "
     "patches and heaps of stones in the forest. Cuckoos, whip snakes and goats are named in "
     "passing.",
     ("wheatears", "Cyprus wheatear", "Oenanthe cypriaca", "Troodos", "case studies"),
     ("CY",), "2025-04"),
    ("gr05", "project", "fr",
     "Projet : garder le traquet oreillard dans les garrigues pâturées de Nîmes et du Gard "
     "rhodanien",
     "Les traquets (genre Oenanthe) sont des passereaux des milieux ouverts et caillouteux, au "
     "croupion blanc et à la queue marquée d'un T noir renversé ; ils guettent depuis une pierre "
     "ou un piquet, se laissent tomber sur les insectes et nichent dans un trou du sol, d'un "
     "talus ou sous une pierre. Le traquet oreillard (Oenanthe hispanica), au masque noir sur un "
     "plumage couleur crème, niche en France dans les garrigues rases et les friches "
     "caillouteuses du pourtour méditerranéen ; il y a beaucoup décliné à mesure que les "
     "garrigues se refermaient après le départ des troupeaux. Dans les garrigues de Nîmes et du "
     "Gard rhodanien, un conservatoire d'espaces naturels, la chambre d'agriculture et deux "
     "bergers mettent en place pendant quatre ans le pâturage de brebis et de chèvres sur 600 "
     "hectares, des débroussaillages en mosaïque qui gardent des pierriers et des buissons "
     "épars, et le suivi des couples cantonnés chaque printemps. Le pipit rousseline, la "
     "pie-grièche méridionale et le chêne kermès ne sont cités qu'en passant.",
     ("traquet oreillard", "Oenanthe hispanica", "traquets", "garrigues", "projets"),
     ("FR",), "2025-06"),
    ("gr06", "support-source", "es",
     "Oferta: asesoramiento gratuito para conservar los nidos de la collalba negra en cortijos y "
     "ruinas de Almería",
     "Las collalbas (género Oenanthe) son pájaros de terrenos abiertos y pedregosos, con el "
     "obispillo blanco y una T negra invertida en la cola, que cazan insectos desde una piedra y "
     "crían en agujeros del suelo, de las rocas o de las paredes. La collalba negra (Oenanthe "
     "leucura), toda negra salvo el obispillo y la base de la cola, vive todo el año en "
     "barrancos, ramblas, cortijadas y minas abandonadas del sureste; antes de la puesta, el "
     "macho lleva al agujero del nido cientos de piedrecitas. En Almería cría a menudo en "
     "cortijos en ruinas, casetas de riego y galerías de minas viejas, que se derrumban o se "
     "rehabilitan como viviendas y almacenes. Un grupo ornitológico y la delegación de medio "
     "ambiente ofrecen a propietarios, ayuntamientos y arquitectos una visita gratuita antes de "
     "las obras, un calendario para trabajar fuera de la época de cría, de marzo a junio, y "
     "modelos de huecos para muros nuevos. Los vencejos, las lagartijas y las chumberas se citan "
     "de paso.",
     ("collalba negra", "Oenanthe leucura", "collalbas", "Almería", "ofertas"),
     ("ES",), "2025-02"),
    # --- oil beetles ------------------------------------------------------------------------------
    ("gr07", "dataset", "en",
     "Oil beetles in Ireland: a dataset of field survey records from coastal grasslands and old "
     "pastures, 2012-2024",
     "Oil beetles (Meloe) are large, flightless, blue-black beetles with a swollen abdomen and "
     "short wing cases; when disturbed they ooze drops of an oily, foul-tasting liquid from "
     "their leg joints. Their life is a gamble: a female lays thousands of eggs in the soil, and "
     "the tiny larvae climb into flowers to catch a ride on a visiting solitary bee, which "
     "carries them to its nest, where they eat the bee's egg and its store of pollen. Ireland "
     "has the black oil beetle (Meloe proscarabaeus) and the violet oil beetle (Meloe "
     "violaceus), seen mostly from March to May on unimproved coastal grasslands, cliff-tops "
     "and old pastures, and other species known only from old records. This dataset of the "
     "national biodiversity data centre and an entomological society gathers about 1,900 "
     "records from systematic surveys of 2012 to 2024: species, date, grid reference, habitat, "
     "number of adults and the flowers nearby. Solitary bees, primroses and dandelions are "
     "named in passing.",
     ("oil beetles", "Meloe proscarabaeus", "Meloe violaceus", "grasslands", "datasets"),
     ("IE",), "2025-01"),
    ("gr08", "event", "fr",
     "Sortie : à la recherche des méloés dans les prairies sèches du pied du Jura vaudois",
     "Les méloés (genre Meloe) sont de gros coléoptères incapables de voler, noirs ou bleu "
     "violacé, à l'abdomen gonflé et aux élytres courts ; dérangés, ils laissent perler aux "
     "articulations des pattes un liquide huileux et toxique, d'où leur nom anglais de "
     "« scarabées à huile ». Leurs larves grimpent dans les fleurs pour s'agripper à une abeille "
     "sauvage qui les emporte jusqu'à son nid, où elles dévorent ses provisions et son œuf. La "
     "Suisse compte une dizaine d'espèces, dont plusieurs menacées par la disparition des "
     "prairies maigres et des talus fleuris. Le samedi 11 avril 2026, un centre national de "
     "données sur la faune et une association naturaliste vaudoise proposent une journée au pied "
     "du Jura, au-dessus de La Sarraz : le matin en salle, l'identification du méloé printanier, "
     "du méloé violet et des autres espèces ; l'après-midi, sur trois prairies sèches, la "
     "recherche des adultes et la notation des stations. Les abeilles sauvages, les orchidées et "
     "les vaches ne sont citées qu'en passant.",
     ("méloés", "Meloe proscarabaeus", "coléoptères", "prairies sèches", "événements"),
     ("CH",), "2026-02"),
    ("gr09", "project", "es",
     "Proyecto: la carraleja roja y otras aceiteras en los pastizales de las dehesas extremeñas",
     "Las carralejas o aceiteras (Meloe, Berberomeloe y géneros afines) son escarabajos grandes "
     "que no pueden volar, de abdomen abultado y élitros cortos; si se las molesta sueltan por "
     "las articulaciones de las patas gotas de un líquido aceitoso y tóxico, rico en "
     "cantaridina, de ahí su nombre. Sus larvas suben a las flores y se agarran a las abejas "
     "silvestres que las visitan para llegar a sus nidos, donde comen el polen y los huevos. La "
     "carraleja roja (Berberomeloe majalis), negra con bandas rojas y la mayor de Europa, es "
     "aún frecuente en primavera en los pastizales de las dehesas, pero desaparece con el arado, "
     "los herbicidas y el exceso de ganado. Este proyecto de una universidad, la junta y una "
     "asociación de ganaderos sigue durante tres años cuarenta parcelas de pastizal con distinto "
     "manejo, cuenta las carralejas cada primavera y prueba franjas sin labrar ni segar junto a "
     "charcas y caminos. Las encinas, las abejas silvestres y las ovejas se citan de paso.",
     ("carralejas", "aceiteras", "Berberomeloe majalis", "dehesas", "proyectos"),
     ("ES",), "2025-03"),
    # --- burying beetles --------------------------------------------------------------------------
    ("gr10", "case-study", "en",
     "American burying beetles on Nebraska Sandhills ranches: a case study of grazing, carrion "
     "and beetle numbers",
     "Burying beetles (Nicrophorus), also called sexton beetles, are black carrion beetles, most "
     "with orange-red marks on the wing cases and clubbed antennae that smell a dead mouse or "
     "bird from far away. A pair buries the carcass, strips it of fur or feathers and rolls it "
     "into a ball, and both parents feed their larvae on it, a rare kind of care among insects. "
     "The American burying beetle (Nicrophorus americanus), the largest in North America, "
     "vanished from most of its former range during the twentieth century; one of its "
     "strongholds is the Sandhills of Nebraska, where grass-covered dunes and meadows are grazed "
     "by cattle. This case study of the state game and parks commission, a university and six "
     "ranching families trapped beetles with baited pitfalls for eight summers and compared "
     "pastures under different grazing, counting the beetles and the small birds and rodents "
     "whose carcasses feed them. Moderately grazed, unploughed pastures held the most beetles. "
     "Prairie chickens, cattle and wind farms are named in passing.",
     ("burying beetles", "American burying beetle", "Nicrophorus americanus", "Sandhills",
      "case studies"),
     ("US",), "2025-05"),
    ("gr11", "dataset", "fr",
     "Nécrophores des forêts du Québec : captures dans des pièges appâtés, 2015-2024",
     "Les nécrophores (genre Nicrophorus) sont des coléoptères charognards noirs, le plus souvent "
     "marqués de bandes orangées sur les élytres, aux antennes en massue qui sentent de loin un "
     "petit cadavre. Un couple enterre une souris ou un oiseau mort, le débarrasse de ses poils "
     "ou de ses plumes et le roule en boule, puis les deux parents nourrissent leurs larves, un "
     "soin rare chez les insectes ; ils recyclent ainsi une bonne part des petits cadavres de la "
     "forêt. Ce jeu de données d'un ministère québécois chargé des forêts et de la faune et d'une "
     "université réunit dix ans de captures dans des pièges-fosses appâtés posés dans des "
     "érablières, des sapinières et des coupes forestières de différents âges : date, site, type "
     "de peuplement, âge de la coupe, espèce et nombre d'individus, dont Nicrophorus orbicollis, "
     "Nicrophorus tomentosus et Nicrophorus defodiens. Il montre quelles espèces reviennent "
     "après la coupe. Les acariens qu'ils transportent, l'érable à sucre et les coupes à blanc ne "
     "sont cités qu'en passant.",
     ("nécrophores", "Nicrophorus", "coléoptères charognards", "Québec", "jeux de données"),
     ("CA",), "2025-06"),
    ("gr12", "event", "es",
     "Taller: escarabajos enterradores y otros necrófagos de los bosques de oyamel y pino-encino "
     "de Hidalgo",
     "Los escarabajos enterradores o sepultureros (género Nicrophorus) son escarabajos "
     "carroñeros negros, casi siempre con manchas anaranjadas en los élitros y antenas en forma "
     "de maza, que huelen a distancia un ratón o un pájaro muerto. La pareja entierra el "
     "cadáver, lo limpia y lo moldea en una bola, y ambos padres alimentan a sus larvas, un "
     "cuidado raro entre los insectos. En México viven más de diez especies, sobre todo en los "
     "bosques templados de las montañas, como Nicrophorus mexicanus y Nicrophorus olidus. Los "
     "días 14 y 15 de mayo de 2026, en Mineral del Chico, un instituto de ecología y la "
     "universidad del estado organizan un taller para estudiantes y guardaparques: el primer "
     "día, en el aula, la identificación de las especies y de otros escarabajos necrófagos, "
     "sílfidos y derméstidos; el segundo, en el bosque, la colocación de trampas de caída "
     "cebadas con calamar y el registro de las capturas. Los zopilotes, las mariposas monarca y "
     "los hongos se citan de paso.",
     ("escarabajos enterradores", "Nicrophorus", "escarabajos necrófagos", "Hidalgo", "eventos"),
     ("MX",), "2026-03"),
    # --- harvestmen -------------------------------------------------------------------------------
    ("gr13", "support-source", "en",
     "Offer: free identification of harvestmen from forest and tussock surveys, with workshops "
     "on sorting samples",
     "Harvestmen (Opiliones), called daddy longlegs in some countries, are arachnids but not "
     "spiders: their body is a single oval piece, with two eyes on a small turret, and they have "
     "no venom and spin no silk. Many have very long, thin legs, which they shed to escape a "
     "bird; others are short-legged and armoured. They eat small insects, snails and rotting "
     "matter on the forest floor. New Zealand has some 250 described species, almost all found "
     "nowhere else, from large, spiny forest harvestmen to tiny species of the leaf litter of "
     "beech and podocarp forests, and many more still unnamed. For 2026 and 2027, the arachnid "
     "collection of a national museum offers free identification of harvestmen sent by "
     "conservation rangers, regional councils and universities from pitfall and leaf-litter "
     "surveys, with every specimen added to the national collection database, and two one-day "
     "workshops, in Wellington and Dunedin, on sorting them from samples. Spiders, wētā and "
     "kiwi are named in passing.",
     ("harvestmen", "Opiliones", "identification", "New Zealand", "offers"),
     ("NZ",), "2025-10"),
    ("gr14", "need", "fr",
     "Besoin : former des spécialistes et publier un premier atlas des opilions de France",
     "Les opilions (ordre des Opiliones), qu'on appelle aussi faucheux ou faucheurs, sont des "
     "arachnides mais non des araignées : leur corps forme une seule pièce ovale, ils n'ont que "
     "deux yeux portés sur un petit mamelon et ne produisent ni venin ni soie. Beaucoup ont de "
     "très longues pattes fines, qu'ils abandonnent pour échapper à un prédateur ; d'autres, "
     "courts et trapus, vivent dans la litière et les mousses. Ils mangent de petits insectes, "
     "des escargots et des débris. La France en compte environ cent vingt espèces, dont "
     "plusieurs propres aux Alpes et aux Pyrénées, mais leur répartition reste mal connue, faute "
     "de personnes capables de les identifier. Une association d'arachnologie et le Muséum "
     "national d'histoire naturelle sollicitent un appui pour former vingt naturalistes, "
     "rédiger une clé illustrée, financer trois ans de prospections dans les régions les moins "
     "connues et publier un premier atlas national. Les araignées, les acariens et les grottes "
     "ne sont cités qu'en passant.",
     ("opilions", "faucheux", "Opiliones", "arachnides", "besoins"),
     ("FR",), "2025-09"),
    ("gr15", "document", "es",
     "Guía de campo: los opiliones de los bosques templados lluviosos del sur de Chile",
     "Los opiliones (orden Opiliones), que muchos llaman arañas patonas o segadores, son "
     "arácnidos pero no arañas: su cuerpo es una sola pieza ovalada, tienen solo dos ojos sobre "
     "un pequeño tubérculo y no producen veneno ni seda. Algunos tienen patas larguísimas; "
     "otros, de patas cortas y cuerpo acorazado, viven bajo troncos caídos y en la hojarasca. "
     "Comen insectos pequeños, caracoles y restos. Los bosques templados lluviosos del sur de "
     "Chile, entre el Maule y Aysén, albergan más de cien especies, casi todas endémicas, muchas "
     "de la familia Gonyleptidae, con espinas y colores vivos. Esta guía de un museo de historia "
     "natural y de la facultad de ciencias forestales de una universidad, pensada para "
     "guardaparques, estudiantes y técnicos forestales, reúne fichas de sesenta especies con "
     "fotografías, explica cómo distinguirlos de las arañas y los ácaros, cómo buscarlos de "
     "noche con linterna y cómo conservarlos en alcohol. Las arañas, los coigües y el chucao se "
     "citan de paso.",
     ("opiliones", "arañas patonas", "arácnidos", "bosques templados", "guías"),
     ("CL",), "2025-08"),
    # --- earthstars -------------------------------------------------------------------------------
    ("gr16", "need", "en",
     "Need: saving the rare earthstars of the Breckland pine belts",
     "Earthstars (Geastrum) are fungi whose fruit body starts as a buried ball; its thick outer "
     "skin then splits into pointed rays that fold back like a star, lifting a papery inner sac "
     "that puffs out spores through a small mouth when raindrops hit it. Most grow in the "
     "needle litter of conifers, under yews or along hedges on chalky or sandy soil. The "
     "Breckland of Norfolk and Suffolk, in eastern England, is the richest place in Britain for "
     "them: its old lines of Scots pine, planted as windbreaks on sandy, lime-rich soil, hold "
     "more than a dozen species, among them some of the rarest fungi of the country. Many belts "
     "are now old and gappy or have been felled, and the litter beneath them is ploughed or "
     "sprayed. A mycological society and a landscape partnership ask for support to survey "
     "every pine belt for three autumns, map the earthstars, agree management with farmers and "
     "plant new belts where the old ones fail. Stone-curlews, rabbits and pheasants are named "
     "in passing.",
     ("earthstars", "Geastrum", "fungi", "Breckland", "needs"),
     ("GB",), "2025-07"),
    ("gr17", "event", "fr",
     "Journée : reconnaître les géastres, les étoiles de terre des bois et des pelouses du "
     "Luxembourg",
     "Les géastres (genre Geastrum), qu'on appelle aussi étoiles de terre, sont des champignons "
     "dont le fruit, d'abord une boule enterrée, s'ouvre en étoile : son enveloppe externe se "
     "fend en lanières qui se rabattent et soulèvent une petite outre de papier, d'où les "
     "gouttes de pluie font jaillir les spores par un orifice. Ils poussent dans la litière des "
     "conifères et des feuillus, sous les haies et sur les pelouses calcaires ou sableuses. Au "
     "Luxembourg, une quinzaine d'espèces sont connues, dont plusieurs très rares, du Gutland "
     "calcaire aux grès du Mullerthal. Le samedi 17 octobre 2026, le musée national d'histoire "
     "naturelle et une société de mycologie organisent à Echternach une journée pour les agents "
     "forestiers, les gestionnaires de sites et les naturalistes : le matin, les critères "
     "d'identification (forme de l'orifice, pied, nombre de lanières) ; l'après-midi, la "
     "recherche des géastres sur deux sites. L'astrée hygrométrique, une fausse étoile de terre, "
     "les vesses-de-loup et les chevreuils ne sont cités qu'en passant.",
     ("géastres", "étoiles de terre", "Geastrum", "champignons", "événements"),
     ("LU",), "2026-08"),
    ("gr18", "dataset", "es",
     "Estrellas de tierra del Chaco Serrano de Córdoba: registros de herbario y de campo, "
     "1980-2024",
     "Las estrellas de tierra (género Geastrum y afines) son hongos cuyo cuerpo fructífero "
     "empieza como una bola enterrada; luego su capa externa se abre en puntas que se doblan "
     "hacia atrás como una estrella y levantan un saquito de papel que suelta las esporas por un "
     "poro cuando lo golpean las gotas de lluvia. Crecen en la hojarasca de bosques y "
     "matorrales, en suelos arenosos y en pastizales. En el Chaco Serrano de las sierras de "
     "Córdoba, entre molles, cocos y horcos quebrachos, se han registrado más de veinte "
     "especies, varias descritas allí. Este conjunto de datos del herbario micológico de una "
     "universidad nacional reúne unos 1.100 registros de ejemplares y de observaciones de campo: "
     "especie, fecha, localidad, altitud, vegetación, sustrato y número de ejemplar. Sirve para "
     "la lista de hongos de la provincia y para ver cómo responden al fuego y a la sequía. Los "
     "incendios serranos, el ganado y los pedos de lobo se citan de paso.",
     ("estrellas de tierra", "Geastrum", "hongos", "Córdoba", "conjuntos de datos"),
     ("AR",), "2025-04"),
    # --- saxifrages -------------------------------------------------------------------------------
    ("gr19", "dataset", "en",
     "Tufted and purple saxifrages on the cliffs of Cwm Idwal: counts on fixed ledges, 1995-2024",
     "Saxifrages (Saxifraga) are mostly small perennial plants of rocks, screes and mountain "
     "ledges, often growing as cushions or rosettes, with five-petalled white, yellow, pink or "
     "purple flowers; their name means stone-breaker. In Wales, several ice-age relict species "
     "survive only on the cliffs and gullies of Eryri (Snowdonia), where cold, wet, lime-rich "
     "rock keeps them out of reach of sheep. The tufted saxifrage (Saxifraga cespitosa), one of "
     "the rarest plants of Britain, is down to a few dozen plants on ledges above Cwm Idwal, "
     "while the purple saxifrage (Saxifraga oppositifolia) still flowers there in early spring "
     "beside the mossy and starry saxifrages. This dataset of the national nature body, "
     "gathered by botanists on ropes, gives for each fixed ledge the number of plants, rosettes "
     "and flowers of each species, grazing marks and rock falls, every two or three years since "
     "1995. Sheep, feral goats and climbers are named in passing.",
     ("saxifrages", "Saxifraga cespitosa", "mountain plants", "Eryri", "datasets"),
     ("GB",), "2025-02"),
    ("gr20", "case-study", "fr",
     "La saxifrage à nombreuses fleurs du Mercantour : trente ans de suivi d'une plante qui ne "
     "fleurit qu'une fois",
     "Les saxifrages (genre Saxifraga) sont surtout de petites plantes vivaces des rochers, des "
     "éboulis et des vires de montagne, en coussinets ou en rosettes, aux fleurs à cinq pétales "
     "blancs, jaunes, roses ou pourpres ; leur nom veut dire « qui brise la pierre ». La "
     "saxifrage à nombreuses fleurs (Saxifraga florulenta), emblème du parc national du "
     "Mercantour, ne pousse que dans les fissures des parois de gneiss et de granite tournées "
     "vers le nord, entre 1 900 et 3 200 mètres, dans les Alpes-Maritimes et les vallées "
     "voisines ; sa rosette vit plusieurs décennies avant de fleurir une seule fois, en un long "
     "épi rose, puis meurt. Cette étude de cas des agents du parc et d'un conservatoire botanique "
     "national présente trente ans de suivi de quelque 900 rosettes marquées sur quatre parois : "
     "croissance, floraison, mort et apparition des jeunes plantes. Les populations sont "
     "stables, mais les jeunes rosettes restent rares. Les bouquetins, les chamois et les "
     "alpinistes ne sont cités qu'en passant.",
     ("saxifrage à nombreuses fleurs", "Saxifraga florulenta", "saxifrages", "Mercantour",
      "études de cas"),
     ("FR",), "2025-11"),
    ("gr21", "event", "es",
     "Jornada: las saxífragas de los roquedos de la sierra de Guara y el Prepirineo aragonés",
     "Las saxífragas o rompepiedras (género Saxifraga) son sobre todo plantas vivaces pequeñas "
     "de roquedos, gleras y repisas de montaña, en almohadillas o en rosetas, con flores de "
     "cinco pétalos blancos, amarillos, rosados o púrpura. En el Pirineo y el Prepirineo "
     "aragonés viven más de cuarenta especies, varias endémicas. La más conocida es la corona de "
     "rey (Saxifraga longifolia), que forma durante años una gran roseta de hojas plateadas en "
     "las paredes calizas y florece una sola vez, en un penacho de flores blancas, antes de "
     "morir; antes se arrancaba para adornar las casas. El sábado 6 de junio de 2026, en "
     "Rodellar, el jardín botánico de una universidad y una sociedad de botánica organizan una "
     "jornada para guardas, guías de montaña y técnicos: por la mañana, las especies y cómo "
     "reconocerlas; por la tarde, un recorrido por los cantiles del barranco del Mascún. Los "
     "quebrantahuesos, los buitres y los escaladores se citan de paso.",
     ("saxífragas", "corona de rey", "Saxifraga longifolia", "sierra de Guara", "eventos"),
     ("ES",), "2026-04"),
    # --- sea lavenders ----------------------------------------------------------------------------
    ("gr22", "document", "en",
     "Action plan for the Gibraltar sea lavender, a plant of the Rock's limestone cliffs",
     "Sea lavenders (Limonium) are perennial herbs and small shrubs of sea cliffs, salt marshes "
     "and salty steppes, with a rosette of leathery leaves and branched sprays of tiny papery "
     "flowers, lavender-blue, pink or white, that keep their colour when dried and are sold as "
     "statice. Many species set seed without fertilisation, so that a single cliff may hold its "
     "own local form, and the genus counts hundreds of narrow endemics around the "
     "Mediterranean. The Gibraltar sea lavender (Limonium emarginatum) grows only on the "
     "limestone cliffs and rocky shores of the Rock and of a few nearby coasts of the Strait. "
     "This action plan of the government's environment department and the botanic gardens sets "
     "out the plant's numbers, some 3,000 plants in a dozen patches, the threats (rock-fall "
     "netting and cliff stabilisation works, land reclamation and trampling), and the actions "
     "for ten years: surveys every third year, protection of the patches during works, a code "
     "for contractors and monitoring. Yellow-legged gulls, Barbary macaques and the Gibraltar "
     "candytuft are named in passing.",
     ("sea lavenders", "Gibraltar sea lavender", "Limonium emarginatum", "sea cliffs",
      "guidance"),
     ("GI",), "2025-05"),
    ("gr23", "project", "fr",
     "Projet : la saladelle de Girard et les autres lavandes de mer des steppes salées de "
     "Camargue",
     "Les lavandes de mer ou statices (genre Limonium), qu'on appelle saladelles en Camargue et "
     "en Languedoc, sont des plantes vivaces des falaises littorales, des prés salés et des "
     "steppes salées, à rosette de feuilles coriaces et à grappes ramifiées de petites fleurs "
     "sèches, mauves, roses ou blanches, qui gardent leur couleur une fois cueillies. Beaucoup "
     "forment des graines sans fécondation, si bien que chaque côte a ses formes locales. La "
     "saladelle de Girard (Limonium girardianum), protégée en France, fleurit en été dans les "
     "sansouires et les steppes salées sèches qu'on appelle enganes. Le bouquet de saladelles, "
     "emblème de la Camargue, a longtemps été cueilli en masse pour les visiteurs. Ce projet "
     "d'un parc naturel régional, d'une station de recherche et d'un conservatoire d'espaces "
     "naturels cartographie pendant trois ans les populations des cinq espèces, clôt les plus "
     "piétinées, compare des parcelles pâturées par les taureaux et les chevaux et installe des "
     "panneaux contre la cueillette. Les flamants, les taureaux et les salins ne sont cités "
     "qu'en passant.",
     ("saladelles", "lavandes de mer", "Limonium girardianum", "Camargue", "projets"),
     ("FR",), "2025-04"),
    ("gr24", "need", "es",
     "Necesidad: salvar los limonios endémicos de los acantilados de Peñíscola y la sierra de "
     "Irta",
     "Los limonios (género Limonium), llamados también siemprevivas de mar o saladinas, son "
     "hierbas perennes y matas de acantilados marinos, saladares y estepas salinas, con una "
     "roseta de hojas coriáceas y ramilletes de florecillas secas, azules, rosadas o blancas, "
     "que conservan el color al secarse. Muchas especies producen semillas sin fecundación, y "
     "por eso cada tramo de costa tiene sus endemismos: la Comunitat Valenciana cuenta con más "
     "de treinta. En los acantilados de Peñíscola y de la sierra de Irta, en Castellón, crece "
     "Limonium perplexum, una de las plantas más raras de Europa, con unos pocos cientos de "
     "ejemplares, junto a otros limonios de área muy pequeña. Los paseos marítimos, las "
     "escolleras, las urbanizaciones y el pisoteo los arrinconan. El servicio de vida silvestre "
     "de la generalitat y una universidad solicitan apoyo para censar cada planta, estudiar su "
     "germinación, cerrar al paso los rodales más visitados y acordar con los ayuntamientos "
     "obras compatibles. Las gaviotas, las chumberas y los pescadores de caña se citan de paso.",
     ("limonios", "Limonium perplexum", "acantilados", "Castellón", "necesidades"),
     ("ES",), "2025-06"),
    # --- ladybird spiders -------------------------------------------------------------------------
    ("gr25", "project", "en",
     "Ladybird spiders: a project to found new colonies in Dorset from the last native one",
     "Ladybird spiders (Eresus) are stout, velvety spiders of dry, sunny ground that spend most "
     "of their lives in a silk-lined burrow roofed by a web canopy studded with the remains of "
     "the beetles they catch. For a few days in spring the adult male leaves his burrow to find "
     "a female: he is black with a bright scarlet back marked with four or six black spots, "
     "like a ladybird. In Britain the ladybird spider (Eresus sandaliatus) was thought extinct "
     "until a handful was found in 1980 on one site in south-east Dorset, in southern England. "
     "This project of a wildlife charity, the national nature body and the landowners moves "
     "young spiders in their burrows to sites with patches of bare sand and short heather and "
     "follows every colony each spring. Since 1994 colonies have been founded on nine sites, "
     "and the population has grown from fewer than ten spiders to more than a thousand. Sand "
     "lizards, heather and Dartford warblers are named in passing.",
     ("ladybird spiders", "Eresus sandaliatus", "spiders", "Dorset", "projects"),
     ("GB",), "2025-03"),
    ("gr26", "support-source", "fr",
     "Offre : formation gratuite à la recherche des érèses pour les gestionnaires de pelouses "
     "sèches de Bourgogne-Franche-Comté",
     "Les érèses (genre Eresus), parfois appelées araignées coccinelles, sont des araignées "
     "trapues et veloutées des milieux secs et ensoleillés, qui passent presque toute leur vie "
     "dans un terrier tapissé de soie, coiffé d'une toile où restent les carcasses des "
     "coléoptères capturés. Au printemps, le mâle adulte sort quelques jours chercher une "
     "femelle : noir, il porte sur l'abdomen rouge vif quatre ou six points noirs, comme une "
     "coccinelle. L'érèse noire (Eresus kollari) et ses proches vivent en France sur les "
     "pelouses calcaires, les coteaux secs et les sables ; elles souffrent de l'embroussaillement "
     "et des aménagements. En 2026, un conservatoire d'espaces naturels et une association "
     "d'arachnologie offrent aux gestionnaires de sites, aux agents des collectivités et aux "
     "naturalistes de Bourgogne-Franche-Comté une formation gratuite d'une journée, en avril, "
     "pour repérer les mâles et les terriers, compter les colonies et adapter le pâturage et le "
     "débroussaillage. Les coccinelles, les orchidées et les moutons ne sont cités qu'en passant.",
     ("érèses", "Eresus kollari", "araignées", "pelouses calcaires", "offres"),
     ("FR",), "2026-01"),
    ("gr27", "case-study", "es",
     "Estudio de caso: la araña mariquita en los pastizales y encinares del piedemonte del "
     "Guadarrama",
     "Las arañas mariquita (género Eresus) son arañas robustas y aterciopeladas de terrenos "
     "secos y soleados que pasan casi toda su vida en una madriguera forrada de seda, cubierta "
     "por una tela donde quedan los restos de los escarabajos que cazan. En primavera u otoño, "
     "según la especie, el macho adulto sale unos días en busca de hembra: negro, con el abdomen "
     "rojo y cuatro o seis puntos negros, recuerda a una mariquita. En la península viven varias "
     "especies del género, algunas descritas hace poco. Este estudio de caso de un grupo de "
     "aracnología de una universidad madrileña siguió durante cinco años 300 madrigueras en "
     "pastizales y encinares adehesados del piedemonte del Guadarrama, al norte de Madrid, y "
     "comparó parcelas pastadas por vacas, sin ganado y quemadas. Las hembras viven hasta cuatro "
     "años en la misma madriguera; el pastoreo ligero mantuvo el suelo abierto que necesitan, y "
     "el abandono y el paso de vehículos las redujeron. Las mariquitas, los escarabajos y las "
     "vacas se citan de paso.",
     ("arañas mariquita", "Eresus", "arañas", "Guadarrama", "estudios de caso"),
     ("ES",), "2025-09"),
    # --- anoles -----------------------------------------------------------------------------------
    ("gr28", "dataset", "en",
     "Anoles of Jamaica: counts along an elevation gradient from the Hellshire Hills to the Blue "
     "Mountains, 2010-2024",
     "Anoles (Anolis) are small, agile lizards of the American tropics, most of them living on "
     "tree trunks, branches, walls and fences; the males flash a coloured throat fan, the "
     "dewlap, to claim a territory and court females, and many can turn from green to brown. "
     "With more than 400 species they form one of the largest genera of reptiles, and each "
     "Caribbean island has its own set, with species that live on trunks, in crowns, on twigs "
     "or in grass. Jamaica has seven native anoles, all found nowhere else, from the giant "
     "Jamaican anole (Anolis garmani) of the canopy to Graham's anole (Anolis grahami) of "
     "gardens and fences. This dataset of the life sciences department of the national "
     "university gathers fifteen years of counts on fixed transects at forty sites, from the dry "
     "limestone forest of the Hellshire Hills to the wet montane forest of the Blue Mountains: "
     "date, site, altitude, habitat, species, perch height, sex and body length. Hutias, "
     "Jamaican iguanas and coffee farms are named in passing.",
     ("anoles", "Anolis", "lizards", "Jamaica", "datasets"),
     ("JM",), "2025-02"),
    ("gr29", "document", "fr",
     "Guide : reconnaître les anolis de Guyane, des savanes côtières à la canopée",
     "Les anolis (genre Anolis) sont de petits lézards agiles de l'Amérique tropicale, qui "
     "vivent pour la plupart sur les troncs, les branches, les murs et les clôtures ; les mâles "
     "déploient sous la gorge un fanon coloré pour défendre leur territoire et séduire les "
     "femelles, et beaucoup changent de couleur. Le genre compte plus de quatre cents espèces. "
     "En Guyane, on en connaît une douzaine, de l'anolis doré (Anolis auratus) des savanes "
     "côtières aux anolis de la canopée, rarement vus, et plusieurs sont difficiles à "
     "distinguer. Ce guide d'une association herpétologique et de l'office de la biodiversité, "
     "pensé pour les agents des réserves, les guides nature et les bureaux d'études, présente "
     "chaque espèce avec des photographies et des dessins du fanon, explique où la chercher "
     "(troncs, litière, bords de criques, abattis, jardins), comment la reconnaître sans la "
     "capturer et comment transmettre les observations. Les iguanes, les geckos et les fourmis "
     "ne sont cités qu'en passant.",
     ("anolis", "Anolis auratus", "lézards", "Guyane", "guides"),
     ("GF",), "2025-10"),
    ("gr30", "need", "es",
     "Necesidad: conocer el estado del anolis de arroyo en los ríos de la Sierra de los Órganos, "
     "Pinar del Río",
     "Los anolis (género Anolis), llamados lagartijas, chipojos o abaniquillos según el país, "
     "son lagartos pequeños y ágiles de la América tropical que viven casi siempre en "
     "troncos, ramas, muros y cercas; los machos despliegan bajo la garganta un abanico de "
     "color, la gorguera, para defender su territorio, y muchos cambian de color. En Cuba viven "
     "más de sesenta especies, casi todas endémicas, desde los grandes chipojos de las copas "
     "hasta lagartijas de la hierba. Una de las más raras es el anolis de arroyo (Anolis "
     "vermiculatus), que solo vive junto a los ríos y arroyos de montaña de la Sierra de los "
     "Órganos, en Pinar del Río: se lanza al agua y caza bajo ella. La tala de las riberas, los "
     "agroquímicos de las vegas y la sequía lo amenazan. Un instituto de ecología y el parque "
     "nacional Viñales solicitan apoyo para censar los arroyos, medir la calidad del agua y "
     "formar a guardaparques y campesinos. Los cangrejos de río, las jutías y los tocororos se "
     "citan de paso.",
     ("anolis", "Anolis vermiculatus", "chipojos", "Pinar del Río", "necesidades"),
     ("CU",), "2025-07"),
)  # fmt: skip
