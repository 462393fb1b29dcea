"""Clearing-house records of the hundred-and-fifty-ninth judged relevance set
(tests/search/relevance/queries159.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD Clearing-House
Mechanism pages: on pygmy owls, Glaucidium (a guidance document on surveying for the cactus
ferruginous pygmy-owl before desert washes are cleared in southern Arizona, United States; an offer,
a support source, of a day of training for the foresters, woodcutters and councillors of the Doubs
and the Jura to recognise the chevêchette d'Europe and keep its cavity trees, France; a dataset of
the records of the caburé gathered in the sierras and the Chaco of Córdoba, Argentina); on goshawks,
Accipiter gentilis (a dataset of the goshawk territories, nests and broods of Kielder Forest since
1973, Northumberland, England, United Kingdom; a project of zones de quiétude around the aires of
the autour des palombes in the forests of the Ardenne and the Famenne, Wallonia, Belgium; an offer,
a support source, of free visits and advice for the forest owners of Bizkaia and Gipuzkoa who have a
nest of the azor común in their pine plantations, Spain); on guanacos, Lama guanicoe (a dataset of
twenty years of spring and autumn counts of the guanacos and their chulengos on the steppe of
northern Tierra del Fuego, Chile; a case study of fifteen seasons of live capture and shearing of
wild guanacos on the plateaus of Río Negro, Argentina; a need to count the guanacos left in the
monte and the sierras of the Llanos of La Rioja, Argentina); on colobus monkeys (a project to link
the groups of Zanzibar red colobus of the coral rag thickets and farms of Unguja, Zanzibar,
Tanzania; a need to find again the colobe bai de Bouvier, thought extinct until 2015, around Ntokou
and Pikounda, Republic of the Congo; a project with five villages for the colobo negro around the
Altos de Nsork, Equatorial Guinea); on capuchin monkeys, Cebus and Sapajus (a need to count the
blond capuchins of the forest fragments among the sugar cane of Paraíba, Brazil; a fiche, a
document, for recognising the sapajou brun and the capucin à tête blanche during the wildlife
inventories made before works, French Guiana; a taller, an event, in Jama on the capuchino
ecuatoriano, the machín, of the forest remnants of Manabí, Ecuador); on roe deer, Capreolus
capreolus (a guidance document for farmers on cutting grass for silage without killing fawns,
Scotland, United Kingdom; a dataset of nearly fifty years of captures of the chevreuils and their
chevrillards of Trois-Fontaines, France; a case study of twenty years of management of the corzo
morisco of the alcornocales of Cádiz and Málaga, Spain); on skinks, Scincidae (a case study of
fifteen years of artificial burrows for the pygmy blue-tongue lizard on the farms around Burra,
South Australia, Australia; an atelier, an event, in Nouméa on recognising the scinques of New
Caledonia in the field; a guía, a document, on the eslizones of meadows, banks and gardens, Spain);
on bush-crickets, Tettigoniidae (a project to bring the wart-biter back to more sites of the chalk
downs of Sussex and Wiltshire, England, United Kingdom; a need to find the magicienne dentelée, Saga
pedo, in the garrigues and friches of the Hérault and the Gard, France; a project for the
saltamontes de Sierra Nevada, Baetica ustulata, and the piornales of the summits, Spain); on the
royal fern, Osmunda regalis (a royal fern day, an event, for rangers, farmers and landowners in
Connemara, Ireland; a dataset of the stations of the osmonde royale of the Limousin, France; a need
to protect the helecho real of the gargantas of the Villuercas, Cáceres, Spain); and on aspens,
Populus tremuloides and Populus tremula (a case study of why Pando, a single clone of quaking aspen,
stopped renewing itself, Utah, United States; a guide, a document, on keeping trembles in the
private woodlots of the Bas-Saint-Laurent for wildlife, Québec, Canada; a dataset of the temblares,
the stands of álamo temblón, of the Sistema Ibérico, Spain). English, French and Spanish, 10 records
each, every topic written once in each language (different countries or places, projects and angles,
not translations of one text); six of the Spanish records are in Spain, home of the roe deer, the
Iberian skinks, the saltamontes de Sierra Nevada and the Eurasian aspen of these pages and of some
of Europe's goshawks and royal ferns, at six places (Bizkaia and Gipuzkoa, Cádiz and Málaga, the
Iberian Peninsula as a whole, Sierra Nevada, the Villuercas and the Sistema Ibérico), by six
different bodies and in six kinds of page; the other four are in Argentina (two), Equatorial Guinea
and Ecuador.

None of records.py, records3.py, ..., records157.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (pygmy owl, pygmy-owl, Glaucidium, chevêchette, chevêche,
caburé, tecolotito, mochuelo, chuncho, lechucita, ferruginous, cactorum, saguaro, Sonoran, Córdoba,
Jura, Doubs; goshawk, Accipiter, autour des palombes, palombe, azor, azor común, sparrowhawk,
épervier, gavilán, torcaz, Kielder, Northumberland, Famenne, Bizkaia, Gipuzkoa; guanaco, chulengo,
Lama guanicoe, camelid, camélidé, camélido, vicuña, Payunia, Tierra del Fuego, Terre de Feu,
Magallanes, Río Negro, La Rioja; colobus, colobe, colobo, guereza, guéréza, Piliocolobus, Colobus
satanas, Bouvier, Ntokou, Pikounda, Zanzibar, Jozani, Unguja, Río Muni, Monte Alén, Nsork; capuchin,
capucin, capuchino, sapajou, Sapajus, Cebus, cariblanco, maicero, machín, aequatorialis, Paraíba,
Pernambuco, Alagoas, Manabí, Esmeraldas; roe deer, roe, chevreuil, chevrillard, brocard, corzo,
Capreolus, fawn, faon, cervatillo, silage, ensilage, Trois-Fontaines, Chizé, morisco, Alcornocales;
skink, scinque, eslizón, escíncido, Scincidae, Chalcides, Oligosoma, Tiliqua, Phoboscincus, Bocourt,
Burra, Nouméa; bush-cricket, bush cricket, katydid, sauterelle, Tettigoniidae, tetigónido,
esperanza, Saga pedo, magicienne dentelée, wart-biter, Decticus, Baetica, orthoptera, orthoptère,
ortóptero, grasshopper, saltamontes, criquet, cricket, grillon, grillo, chicharra, langosta, locust,
Prionotropis, Crau, Sierra Nevada; royal fern, Osmunda, osmonde, helecho real, flowering fern,
fougère fleurie, helecho florido, fern craze, pteridomania, Connemara, Limousin, Villuercas; aspen,
quaking aspen, Populus, tremuloides, tremula, tremble, tremblaie, temblón, temblar, Pando, Fishlake,
poplar, peuplier, chopo, álamo). Screened and dropped as covered or as too near the queries of
earlier sets: pangolins (records22), hazel dormice (records75), fireflies and glow-worms
(records20), water voles (records75), mistletoe (records57), the box tree moth (records97), bearded
vultures and Egyptian vultures (the vultures, vautours and buitres queries), ibex (records71),
chamois (records81), pine martens (records87), cranes (records36), swifts (records51), dragonflies
(records37), bumblebees (records32), lichens (records26), maerl (records30), cycads (records22),
agaves (records85), axolotls (records20), manatees (records33), chameleons (records55), macaws
(records21), harpy eagles (records57), tapirs (records35), capybaras (records61), hornbills
(records41), pelicans (records47), ospreys (records67), red kites (records83), gharials (records39),
mouflons (records95), beavers (records18), sturgeons (records17), lampreys (records49), cicadas
(records67), ladybirds (records95), medicinal leeches (records73), giant clams (records31), land
crabs (records45), Puya raimondii (records99), vicuñas (records17), peccaries (records63), turtle
doves (records73), goldfinches (records89), snowfinches (the sparrows, moineaux and gorriones
queries, since they are sparrows), Andean bears (the osos query), grasshoppers and crickets as a
whole (the locust pages p07 and bi05 and the criquet pèlerin query; the topic was narrowed to the
bush-crickets), lignum vitae (the dry forest queries), fritillaries (the hay meadows queries),
Dupont's lark (the steppe bird census of dw24), tinamous (the perdices query), hoverflies,
earthworms, heathlands, oases and tepuis (queries of their own), limestone pavements (the karst
queries), weasels (the stoat pages ft22-ft24), tegus (the invasive species and reptile skin trade
queries), mayflies (the bioindicators and light pollution queries) and wildlife-friendly fencing
(the electric fences queries and the capercaillie fences of records67), besides the topics of sets
42 to 157 and those their docstrings list as covered; screened with no or passing hits but not
chosen: Tengmalm's owl (named by the woodpecker guide cs08, and too near the pygmy owls, another
small owl of the same conifer forests), black grouse and hazel grouse (no Spanish-speaking place),
the corncrake (dc16), Eleonora's falcon (the raptor migration queries), the aquatic warbler (the
migratory birds and wetlands queries), spadefoot toads (the amphibians queries), Pallas's cat (the
wildcats queries), trogons (the quetzal pages), clubmosses (the musgo para nacimientos query and the
moss harvesting guidance ek16), chanterelles, waxcaps, houseleeks, martagon lilies and Bonelli's
eagle (the electrocution and climbing queries). The topics were chosen so that none of these records
answers a query of an earlier set: the angles that earlier queries ask for (wildlife trade and
trafficking, bushmeat and hunting, camera traps, environmental DNA, detection dogs, birdwatching
tourism and ecotourism, tourists feeding wildlife, bird ringing, citizen science, human-wildlife
conflict, roadkill, protected areas, wetlands, migratory birds and raptor migration, seed dispersal,
nest boxes, power lines, falconry, drones, late and differentiated mowing, hay meadows, grazing
exclosures and rotational grazing, ski resorts, lime kilns, sugar cane burning, ecosystem
restoration, ex situ conservation, traditional knowledge and medicinal plants, invasive species,
forest certification and conservation on private land) are left out of these records or named only
in passing; no record names CITES, Madagascar, Morocco, Tunisia, Senegal, Nicaragua, Honduras,
Cameroon, Rwanda, Bioko, Guadeloupe, Martinique, Corsica, the Canaries or another place that an
earlier query asks for by its name alone (the range of the colobo negro is given as the coastal
forests of central Africa); and no record is in a country and of a type that an earlier "needs",
"projects" or "case studies" country query asks for (needs Ecuador, necesidades Chile, estudios de
caso Chile, besoins Pérou, projects Peru, proyectos Colombia and the others: the Ecuadorian record
is an event, the Chilean one a dataset, and no record is in Peru, Bolivia, Colombia, Mexico,
Guatemala, Honduras or Kenya).

One earlier record is judged relevant in part (1), and two earlier records are judged relevant (2)
to one query. The case study of the sacred monkeys of Boabeng-Fiema (du28), whose two sacred species
are the black-and-white colobus and Lowe's mona monkey, names the colobus among the animals it is
about: it is 1 to the plain colobus queries (colobus monkeys, colobes, colobos, colobus OR capuchin
monkeys) and to colobes -Congo (it is in Ghana), and 0 to projets colobes (it is a case study). The
need to stop the extraction of maquique from the tree ferns of Puebla and Veracruz (da09) and the
need to protect the trichomanès remarquable, the Killarney fern, of the Pays basque (gf11) are needs
about ferns, and are 2 to besoins fougères with gj27. All the other hits are passing or about other
things (0): no earlier record names a pygmy owl, a goshawk, a skink as its subject, a bush-cricket,
a royal fern or an aspen; the chouette de Tengmalm of the woodpecker guide (cs08), the pequén, the
lechucita de las vizcacheras, and the other burrowing owls (ft19-ft21), barn owls and eagle owls
(gf04-gf06) are other owls, and the mountain pygmy-possum (by28) holds only the word pygmy; the
sparrowhawks trapped by falconers for quail hunting near the Batumi raptor count (eg07) and the
éperviers of the window collision (bp23) and cuckoo (dg02) pages are another Accipiter, and
Calatañazor (dc15) and the Azores hold only the letters of azor; the guanacos named by the Andean
cat need of La Payunia (fd09), the choique pages (eo12), the vegas altoandinas (bm30) and the
refugios of Torres del Paine (di27) are passing, the guanacos of the estallido social (db03) are
water-cannon trucks, Guanacaste (bb30, fn12, fy21) holds the letters, and the vicuña pages (z13-z15)
are about another camelid; the colobus named among the fruit-eaters of the fig trees (dq13), the tea
of Nyungwe (du17), the sengi need (fd24) and the tree hyrax need (fl10) are passing, and Colobane
(bc23) and Colobanthus (bq06) hold the letters; the capuchins among the prey of the harpy eagles
(ck01), beside the uakaris (gb01) and among the fruit-eaters of the Osa figs (dq15), and the monos
cariblancos of the mono tití page (gb03) are passing, the turaco cariblanco (fh24) is a bird and the
grand capucin du maïs (gc23) a beetle; the roe deer killed by lynx (cs01), browsing under the
nightingales (dw01), the yews (cy11, cy12), the holly (ee17) and the service trees (gb26, gb27),
carrying ticks (bu15) and kept out of new woods (eg27), and the chevreuils of the muguet page (gf17)
are passing, and the roe of fish (z01, y13, dq19) is another thing; the skinks of the Guam
kingfisher page (cw01) and of the Blue Mountains (da16) are passing, and the slow worms, worm
lizards, monitor lizards and the other lizards of earlier sets are other reptiles; the sauterelles
of the stick insect guide (fp23) are passing, and the criquets of the locust pages (p07, bi05) and
of other pages, the mole crickets (di01-di03), the crickets farmed as feed (bq20), the cave crickets
(r01) and the cicadas (records67) are other insects; the Killarney fern (gf10-gf12), the tree ferns
(da07, da08), Azolla (fe19-fe21) and the Chinese brake fern (bk16) are other ferns, and the Parque
de las Grandes Fougères (fd27) a place; and the genetically modified poplar (y25), the poplars of
the riverside pages (br05, eq01, eq03) and the chopos and álamos of other pages are other poplars,
the Pando of Bolivia (ce12, ek03, fi15) is a department, and the tremblements of earlier French
pages are shaking.

The places of these records appear in earlier records only as the places of other topics (0): the
Gila monsters (fh10), Palmer's agave (dm10), the chiltepin (ck19) and the hummingbirds of the Sky
Islands (bn01) of Arizona, near gj01; the lynx (cs02), the wood ants (fx17), the ombre and apron of
the Doubs (dc23) of the Jura, and the woodpecker guide to the arbres à loges of public forests
(cs08), near gj02; the tabaquillo of the Sierras Grandes of Córdoba (ce27), near gj03; the black
storks (bt02), the wildcat (cs05), the garden dormice (dc02) and the horse logging (da20) of
Wallonia, near gj05; the pollards (bu12), the Japanese knotweed (dq12) and the rosalía alpina of
Gorbeia (gf09), near gj06; the red knots of Río Grande (eg06), the beavers (l30) and the centolla
traps of the Beagle Channel (fq21) of Tierra del Fuego, near gj07; the choiques of Río Negro (eo12)
and the huemuls of its cordillera (fp12), near gj08; the service trees of La Rioja in Spain (gb27),
another La Rioja, near gj09; the seaweed farmers (bv28) and the efficient lime kilns (eu28) of
Zanzibar, near gj10; the mandrill workshop of Monte Alén (fh30), the galagos (fp09), the picathartes
(fx06), the rattan (bx30), the ebony (ci24) and the andok (fu21) of Río Muni, near gj12; the Alagoas
curassow (dq01), near gj13; the many pages of French Guiana, near gj14; the squirrel monkeys among
the cercas vivas of Chiriquí (gb03), near gj15; the observatory of Bure (ct02), near gj17; the
ojaranzo of the canutos of Los Alcornocales (ds12) and the chameleons of the coast of Cádiz (ci12),
near gj18; the giant cuttlefish of Spencer Gulf (de28) and the sea lions (ci01) of South Australia,
near gj19; the kagus (fd25-fd27) and the sandalwood (ba26) of New Caledonia, near gj20; the urban
sheep of Brighton and Hove (ei16) and the sea kale of Rye Harbour (gf22), near gj22; the cyclamens
of the Hérault (gb23) and the rollers of the Costières and the Crau (ds29), near gj23; the
borreguiles and ski runs (by30), the acequias de careo (ck30), the pine processionary (cw21) and the
wild tulips (et18) of Sierra Nevada, near gj24, and the trout lakes of the Sierra Nevada of
California (ca04), another range; the lesser kestrels (bf24), the tench (ee27) and the pinewood
nematode of the Sierra de Gata (bt30) of Extremadura, near gj27; the hantavirus of the Four Corners
(bv13), the uranium of the Navajo Nation (bw07) and the eared grebes of Great Salt Lake (ds04), near
gj28; the porcupines (de11) and the maple groves (do08) of the Bas-Saint-Laurent, near gj29; and the
Apollo butterflies of the sierras of Teruel (eq15), near gj30.

records158.py (ids gi01..gi30, on chemicals, waste, pollution, energy, health, trade and enforcement
topics), written at the same time by another engineer, was searched for the same words once it was
finished (with its queries158.tsv, 60 queries), before these records were judged: its topics are
surgical smoke, heated tobacco products, the flea and tick treatments of dogs and cats, the
reprocessing of single-use medical devices, floral foam, UV-C germicidal lamps, quaternary ammonium
disinfectants, plastic plant pots, transport refrigeration units and the haze and fog machines of
the performing arts. None of its records names a pygmy owl, a goshawk, a guanaco, a colobus or
capuchin monkey, a roe deer, a skink, a bush-cricket, a royal fern or an aspen (only its docstring
names a tree fern pot and the Killarney fern pages, among the words it checked). The nearest are
places and passing animals, all judged 0: the insecticides of the pet flea treatments that kill
aquatic insects in the rivers of England, Switzerland and Chile (gi07-gi09), which name no
bush-cricket, and the tiques of gi08, next to the ticks named by gj17; the pots de fleurs of the
recyparcs of Wallonia (gi23), in the Belgium of the autour des palombes (gj05), and no answer to
azor Bélgica; the floral foam offer of Australia (gi13) and the guide of Québec (gi14), no answer to
skinks Australia or tremble Québec; and the pages of Chile, Argentina, Spain, Ecuador, Ireland,
France and the United States, which share only a country with these records. None of its records
answers a query of this set, and none of its queries is repeated in queries159.tsv.

records160.py and records161.py, written at the same time by other engineers (on agriculture,
fisheries, forestry, food and land; on water, oceans and coasts, climate adaptation, cities,
disasters and capacity building), are not part of this set's pool.

Traps: the saguaros, Gila woodpeckers, buffelgrass fires (the pasto buffel of earlier queries),
lizards and desert washes of gj01; the chouette de Tengmalm, pics (woodpeckers, the topic of earlier
queries), grand tétras (capercaillie, records67), mésanges, campagnols and martelages of gj02; the
lagartijas, carpinteros, amuletos (a passing wildlife trade), caburé yungueño and chuncho of gj03;
the woodpigeons, crows, squirrels, rabbits, red squirrels (records69), tawny owls and deer culling
of gj04; the pigeons ramiers and palombes, geais, écureuils, épervier, cigogne noire (the black
storks of bt02), pic noir, coupes and martelages of gj05; the palomas torcaces, arrendajos, córvidos
(records87), gavilán, ratonero, cetrería (falconry, an earlier query), pino radiata and subvenciones
forestales of gj06; the llama, pumas, sheep, gas wells, fences and beech forests of gj07; the lama,
duvet, moutons, pumas, clôtures, laine and estancias of gj08; the caza furtiva, cabras, alambrado,
aguadas, pumas and burros of gj09; the charcoal, lime burning (the lime kilns of eu28 and of earlier
queries), mangrove edges, Sykes's monkeys and visitors of gj10; the chasse, gorilles, éléphants de
forêt and forêts inondées of gj11; the mandriles (fh30), pangolines, caza and semillas of gj12; the
sugar cane and cane burning (earlier queries), sugar mills, marmosets and pet trade of gj13; the
saïmiris (squirrel monkeys, gb01-gb03), singes hurleurs (an earlier query), chasse, carrières and
pistes of gj14; the monos aulladores (an earlier query), cacao, perros, potreros and cercas vivas of
gj15; the silage (not the fish silage of earlier queries), thermal drones (an earlier query), brown
hares (the hares queries), ground-nesting birds and scarers of gj16; the cerf, sanglier (the wild
boar queries), tiques and plans de chasse of gj17; the corcho (the cork stoppers of ge25-ge27),
gamo, ciervo, caza, collares and incendios of gj18; the brown snakes (the snake OR python query),
wolf spiders, trapdoor spiders, sheep and wool prices of gj19; the geckos, incendies, fourmis
électriques (the invasive ants query), espèces introduites and maquis sur roches ultrabasiques of
gj20; the culebras, luciones (the slow worms of gf01-gf03), lagartijas, herbicidas, caracoles and
balsas of gj21; the field crickets, skylarks, chalkhill blue butterflies (the butterflies queries),
grasshoppers and grazing of gj22; the mantes religieuses (the mante religieuse query), criquets (the
criquet pèlerin query), cigales (records67), incendies and pâturage of gj23; the enebros (junipers),
mariposas (the butterflies queries), cabra montés (records71), esperanzas and pistas of gj24; the
orchids (the orchids queries), rhododendron, bog cotton, bracken, drainage and grazing of gj25; the
aulnes, sphaignes (the mosses queries), peupleraies, drainages and étangs of gj26; the alisos,
truchas, piscinas naturales, loros (Prunus lusitanica, not parrots), cabras and the Jara (a comarca,
not the rockrose) of gj27; the mule deer, cattle, elk, fences, drought, road, cabins and campground
of gj28; the gélinotte huppée, orignal, cerf de Virginie, pics, chouette rayée, castor (records18),
bouleau and tordeuse des bourgeons de l'épinette of gj29; and the corzo, ciervo, cabras, pinos and
cavidades of gj30. Some records name their topic only by another name or a narrower kind: gj01 says
pygmy owls and cactus ferruginous pygmy-owl; gj02 only chevêchette d'Europe; gj03 only caburé and
caburé chico; gj04 northern goshawk and goshawks; gj05 only autour des palombes; gj06 only azor
común; gj07 guanaco and chulengos; gj08 only guanaco; gj09 guanaco and chulengos; gj10 colobus
monkeys and Zanzibar red colobus; gj11 colobes and colobe bai de Bouvier; gj12 colobos and colobo
negro; gj13 capuchin monkeys and blond capuchin; gj14 capucins, sapajou brun, capucin brun, capucin
à tête blanche and capucin pleureur; gj15 monos capuchinos, capuchino ecuatoriano and machín; gj16
roe deer and fawns; gj17 chevreuil and chevrillards; gj18 corzo and corzo morisco o andaluz; gj19
skinks and pygmy blue-tongue lizard; gj20 scinques and scinque terrifiant de Bocourt; gj21
eslizones, eslizón tridáctilo and eslizón ibérico; gj22 bush-crickets, katydids and wart-biter; gj23
sauterelles and magicienne dentelée; gj24 tetigónidos, saltamontes de antenas largas, esperanzas and
saltamontes de Sierra Nevada; gj25 royal fern and flowering fern; gj26 osmonde royale and fougère
fleurie; gj27 helecho real and helecho florido; gj28 quaking aspen, Eurasian aspen and aspens; gj29
peuplier faux-tremble and tremble; gj30 álamo temblón, chopo temblón and temblar. Letters and
homonyms: the chevêche is the little owl, and the chevêche des terriers the burrowing owl of ft20; a
lechucita is any small owl, and the lechucita de las vizcacheras the burrowing owl of ft21; autour
is also the French word for around, in countless French pages, and the palombes of eg08 are
migrating woodpigeons; azor holds the letters of the Azores and of Calatañazor; guanacos are also
the water-cannon trucks of Chile (db03), and Guanacaste a province of Costa Rica; lama is also a
Tibetan monk, and holds letters of many words; capucin is also the grand capucin du maïs, the larger
grain borer (gc23), a Capuchin friar and a capuchon; roe is also the eggs of fish (z01, y13, dq19),
and roebuck the male deer; corzo and corso, brocard and brocart are near in letters; skink holds no
other word, but eslizón is near deslizar; sauterelle is also, in everyday French, any grasshopper or
locust, and the saltamontes of Spanish any grasshopper, while chicharra is the cicada (records67)
and esperanza the hope and many places named Esperanza; the helecho real is not the helecho de
Killarney (gf12), and real is also royal and real in Spanish; the loro of gj27 is the laurel cherry,
not a parrot; tremble is also the French verb to shake, and the tremblements de terre are
earthquakes; temblón holds the letters of temblor, an earthquake; Pando is also a department of
Bolivia (ce12, ek03, fi15); and aspen holds no other word.

For the country queries: gj01 names only the United States (Arizona), with Argentina as the far end
of the range; gj02 only France (the Doubs, the Jura), with Europe; gj03 Argentina (Córdoba, the
Chaco), with Chile named for the chuncho and the Yungas for the caburé yungueño; gj04 only the
United Kingdom (Northumberland, England, Britain); gj05 only Belgium (the Ardenne, the Famenne,
Wallonia), with the Sud-Ouest named for the word palombe; gj06 only Spain (the País Vasco, Bizkaia,
Gipuzkoa); gj07 only Chile (Tierra del Fuego, Punta Arenas, Porvenir, Cerro Sombrero), with the
Patagonian steppe as the range; gj08 only Argentina (Río Negro, Bariloche, Patagonia); gj09 only
Argentina (La Rioja, the noroeste argentino), with South America; gj10 only Tanzania (Zanzibar,
Unguja, Jozani), with Africa; gj11 only the Republic of the Congo (Ntokou, Pikounda, the Sangha,
Brazzaville); gj12 only Equatorial Guinea (the Altos de Nsork), with central Africa as the range;
gj13 only Brazil (Paraíba, Pernambuco, Alagoas), with Central and South America; gj14 only French
Guiana, with tropical America; gj15 Ecuador (Manabí, Jama), with the far north of Peru as part of
the range; gj16 only the United Kingdom (Scotland), with Europe; gj17 only France (Trois-Fontaines,
the Marne, the Haute-Marne), with Europe; gj18 only Spain (Cádiz, Málaga, Andalucía); gj19 only
Australia (South Australia, Burra); gj20 only New Caledonia (Nouméa, the province Sud); gj21 only
Spain (the Iberian Peninsula); gj22 only the United Kingdom (Sussex, Wiltshire, Britain), with
Sweden named for the old use of the insect and North America for the word katydid; gj23 only France
(the Hérault, the Gard, the Languedoc, Provence); gj24 only Spain (Sierra Nevada, Granada), with
America named for the word esperanza; gj25 only Ireland (Connemara, the west of Ireland), with
Europe; gj26 only France (the Limousin, the Haute-Vienne, the Corrèze, the Creuse), with Europe;
gj27 only Spain (Extremadura, Cáceres, the Villuercas), with Europe; gj28 only the United States
(Utah), with North America, Europe and Asia named for the aspens; gj29 only Canada (Québec, the
Bas-Saint-Laurent), with North America; gj30 only Spain (Aragón, Castilla y León, the Sistema
Ibérico), with Japan as the far end of the range.

Ids (gj01..gj30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., gf01..gf30,
gg01..gg30, gh01..gh30), nor with records158.py's (gi01..gi30), and no earlier id starts with "gj".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- pygmy owls -------------------------------------------------------------------------------
    ("gj01", "document", "en",
     "Guidance: surveying for the cactus ferruginous pygmy-owl before clearing desert washes in "
     "southern Arizona",
     "Pygmy owls (Glaucidium) are the smallest owls of the Americas and Eurasia: hardly bigger "
     "than a fist, with two black false eyes on the back of the head. Unlike most owls they hunt "
     "by day, mostly at dawn and dusk, taking lizards, insects and small birds. The cactus "
     "ferruginous pygmy-owl (Glaucidium brasilianum cactorum), a rusty-brown subspecies at the "
     "northern edge of a range that reaches Argentina, nests in old woodpecker holes in saguaros "
     "and in the mesquite and ironwood trees along desert washes, and had almost vanished from "
     "Arizona by the 1990s as those woodlands were cleared. This guidance of the state wildlife "
     "agency and its federal partners tells developers, consultants and landowners how to survey "
     "a site before clearing it: call-playback stations every 150 metres along the washes, three "
     "visits between February and June, what to record when an owl answers, and the buffers and "
     "timing to keep around an occupied cavity. Saguaros, Gila woodpeckers and buffelgrass fires "
     "are named in passing.",
     ("pygmy owls", "Glaucidium brasilianum cactorum", "Sonoran Desert", "surveys", "guidance"),
     ("US",), "2025-03"),
    ("gj02", "support-source", "fr",
     "Offre : former les forestiers du massif jurassien à reconnaître la chevêchette d'Europe et "
     "ses arbres",
     "La chevêchette d'Europe (Glaucidium passerinum) est la plus petite chouette d'Europe : "
     "guère plus grosse qu'un étourneau, avec deux faux yeux noirs sur la nuque. Active surtout "
     "à l'aube et au crépuscule, elle chasse les mésanges, les campagnols et les mulots des "
     "pessières et des sapinières de montagne, et entasse ses proies en hiver dans des cavités "
     "qui lui servent de garde-manger. Elle niche dans les anciennes loges de pics, surtout du "
     "pic épeiche, creusées dans des épicéas et des sapins souvent morts ou dépérissants, que "
     "les coupes font disparaître. Un parc naturel régional, l'office chargé des forêts "
     "publiques et une association ornithologique du Doubs et du Jura proposent aux forestiers, "
     "aux bûcherons et aux élus des communes forestières une journée de formation au printemps : "
     "reconnaître son chant flûté et ses cris, repérer et marquer les arbres à loges et les "
     "garder lors des martelages. Une visite des forêts communales est offerte. La chouette de "
     "Tengmalm, les pics et le grand tétras ne sont cités qu'en passant.",
     ("chevêchette d'Europe", "Glaucidium passerinum", "arbres à cavités", "Jura", "offres"),
     ("FR",), "2025-02"),
    ("gj03", "dataset", "es",
     "El caburé en las sierras y el Chaco de Córdoba: registros reunidos de 1985 a 2024",
     "El caburé (Glaucidium brasilianum), también llamado caburé chico, es la lechucita más "
     "pequeña de la región: no pasa de 17 centímetros, es pardo o rojizo según el individuo, "
     "tiene la cola larga y en la nuca dos manchas negras que parecen ojos. Caza de día y al "
     "atardecer insectos, lagartijas y pajaritos, que lo rodean y lo acosan a gritos cuando lo "
     "descubren; de ahí la creencia popular de que los hipnotiza, y las plumas de caburé que "
     "todavía se venden como amuletos. Anida en huecos de carpinteros y de árboles viejos. Este "
     "conjunto de datos de un museo provincial de ciencias naturales y de la universidad reúne "
     "cerca de tres mil registros de la provincia de Córdoba, Argentina, tomados de ejemplares "
     "de colección, censos de reservas y cuadernos de campo: fecha, lugar, altitud, ambiente "
     "(bosque serrano, algarrobal, bosque chaqueño), tipo de registro y, cuando existe, cavidad "
     "de nido. El caburé yungueño de las Yungas, el chuncho de Chile y los carpinteros se citan "
     "de paso.",
     ("caburé", "Glaucidium brasilianum", "lechucitas", "Córdoba", "conjuntos de datos"),
     ("AR",), "2025-06"),
    # --- goshawks ---------------------------------------------------------------------------------
    ("gj04", "dataset", "en",
     "Goshawks of Kielder Forest: nest sites, occupancy and breeding success, 1973-2024",
     "The northern goshawk (Accipiter gentilis) is a powerful forest hawk, slate-grey above and "
     "finely barred below, with a fierce orange-red eye under a pale stripe; females are as "
     "large as buzzards. It hunts woodpigeons, crows, squirrels and rabbits and builds large "
     "stick nests high in mature conifers or beeches, reusing them for years. Lost from Britain "
     "by the late nineteenth century, it came back from the 1960s onwards and is now widespread "
     "in the big upland plantations. Kielder Forest in Northumberland, England's largest planted "
     "forest of Sitka spruce, has been watched for goshawks since 1973 by the forest's wildlife "
     "rangers and a raptor study group. This dataset gives, for each territory and year, whether "
     "it was occupied, the nest tree, the eggs, the young fledged and the prey remains found "
     "below, together with the clearfell coupes planned nearby, so that felling can be kept out "
     "of each nest area in the breeding season. Red squirrels, tawny owls and deer culling are "
     "named in passing.",
     ("goshawks", "Accipiter gentilis", "Kielder Forest", "forest raptors", "datasets"),
     ("GB",), "2025-01"),
    ("gj05", "project", "fr",
     "Autour des palombes : des zones de quiétude autour des aires dans les forêts de Wallonie",
     "L'autour des palombes (Accipiter gentilis) est le grand rapace des forêts : dos gris "
     "ardoise, poitrine finement barrée, œil orange vif sous un sourcil blanc, la femelle "
     "atteignant la taille d'une buse. Il chasse en vol rapide entre les troncs les pigeons "
     "ramiers, que le Sud-Ouest appelle palombes, les geais, les corneilles et les écureuils, et "
     "bâtit dans les grands hêtres, épicéas ou mélèzes une aire de branches qu'il réutilise "
     "chaque année. De mars à juillet, une coupe ou un chantier à proximité suffit à lui faire "
     "abandonner sa nichée. Ce projet de l'administration régionale des forêts, d'une "
     "association ornithologique et de l'union des propriétaires forestiers privés recense les "
     "aires connues en Ardenne et en Famenne, délimite autour de chacune une zone de quiétude "
     "d'environ cent mètres où aucun travail forestier n'a lieu pendant la nidification, "
     "conserve l'arbre porteur lors des martelages et dédommage les propriétaires privés qui "
     "l'acceptent. L'épervier d'Europe, la cigogne noire et le pic noir ne sont cités qu'en "
     "passant.",
     ("autour des palombes", "Accipiter gentilis", "rapaces forestiers", "Wallonie", "projets"),
     ("BE",), "2025-04"),
    ("gj06", "support-source", "es",
     "Oferta: asesoramiento a los propietarios forestales de Bizkaia y Gipuzkoa con nidos de "
     "azor en sus pinares",
     "El azor común (Accipiter gentilis) es la gran rapaz del interior del bosque: dorso gris "
     "pizarra, pecho blanco finamente barrado y ojos de un naranja intenso bajo una ceja blanca; "
     "la hembra alcanza el tamaño de un ratonero. Caza palomas torcaces, arrendajos y córvidos y "
     "construye en los árboles altos un gran nido de ramas que puede ocupar muchos años. En el "
     "País Vasco cría sobre todo en las plantaciones de pino radiata y de alerce, donde las "
     "cortas a hecho de turno corto pueden derribar un nido en plena cría, de marzo a julio. Una "
     "asociación de propietarios forestales y un grupo de estudio de rapaces, con apoyo de las "
     "diputaciones forales, ofrecen a los propietarios de Bizkaia y Gipuzkoa una visita gratuita "
     "para localizar los nidos, consejos para dejar sin cortar un rodal de una o dos hectáreas "
     "alrededor del nido y retrasar la corta hasta agosto, y ayuda para tramitar las "
     "subvenciones forestales. El gavilán, el ratonero y la cetrería se citan de paso.",
     ("azor común", "Accipiter gentilis", "plantaciones forestales", "País Vasco", "ofertas"),
     ("ES",), "2025-09"),
    # --- guanacos ---------------------------------------------------------------------------------
    ("gj07", "dataset", "en",
     "Guanacos of northern Tierra del Fuego: twenty years of spring and autumn ground counts, "
     "2004-2024",
     "The guanaco (Lama guanicoe) is the largest wild mammal of the Patagonian steppe and the "
     "wild ancestor of the llama: a slender camelid with a cinnamon back, white belly and grey "
     "face, living in family groups of one territorial male with his females and young, the "
     "chulengos, and in roaming bachelor herds. Sheep ranching and hunting have driven it from "
     "most of its old range, but on the island of Tierra del Fuego it still ranges from the open "
     "steppe of the north into the southern beech forests. Since 2004, a university of Punta "
     "Arenas and the national agriculture and livestock service have driven the same routes "
     "across the steppe of the Chilean north of the island, around Porvenir and Cerro Sombrero, "
     "each spring and autumn. This dataset gives the groups seen, their size and make-up, the "
     "number of chulengos per female, the habitat, the distance to roads and fences and the "
     "carcasses found after hard winters. Pumas, sheep and gas wells are named in passing.",
     ("guanacos", "Lama guanicoe", "Patagonian steppe", "Tierra del Fuego", "datasets"),
     ("CL",), "2025-05"),
    ("gj08", "case-study", "fr",
     "Étude de cas : capturer et tondre des guanacos sauvages sur les plateaux de Río Negro, "
     "quinze saisons après",
     "Le guanaco (Lama guanicoe), grand camélidé sauvage des steppes de Patagonie et ancêtre du "
     "lama, porte un pelage fauve à ventre blanc dont le duvet, très fin sous les longs jarres, "
     "est l'une des fibres animales les plus recherchées. Sur les plateaux de la province de Río "
     "Negro, en Argentine, où ses effectifs se sont maintenus sur de grandes estancias, la "
     "province a autorisé depuis la fin des années 2000 des captures d'animaux vivants pour la "
     "tonte, au lieu des abattages que réclamaient certains éleveurs de moutons. Cette étude de "
     "cas d'un institut national de technologie agricole et d'une université de Bariloche fait "
     "le bilan de quinze saisons : rabattage vers des entonnoirs de filets, tonte sur place et "
     "relâcher le jour même, mortalité et blessures, poids de laine par animal, tri du duvet, "
     "prix obtenu et partage des revenus entre estancias et tondeurs. Elle conclut que la "
     "filière reste fragile sans marque d'origine. Les moutons, les pumas et les clôtures ne "
     "sont cités qu'en passant.",
     ("guanacos", "Lama guanicoe", "tonte", "Patagonie", "études de cas"),
     ("AR",), "2025-07"),
    ("gj09", "need", "es",
     "Necesidad: contar los guanacos que quedan en el monte y las sierras de los Llanos de La "
     "Rioja",
     "El guanaco (Lama guanicoe) es el camélido silvestre más grande de América del Sur y el "
     "antepasado de la llama: esbelto, de lomo canela, vientre blanco y cara gris, vive en "
     "grupos familiares de un macho con sus hembras y sus chulengos, como se llama a las crías, "
     "y en tropillas de machos solteros. En el noroeste argentino, donde fue abundante en el "
     "monte, las sierras y los bolsones de La Rioja, hoy quedan grupos pequeños y dispersos, "
     "presionados por la caza furtiva, las cabras y el alambrado de los campos, y nadie sabe "
     "cuántos hay. La secretaría de ambiente provincial, una universidad nacional y una "
     "fundación solicitan apoyo para recorrer durante dos inviernos transectos en vehículo y a "
     "pie por los Llanos y la sierra de Velasco, contar los grupos y los chulengos, cartografiar "
     "aguadas y corredores y formar a guardaparques y pobladores como contadores. Los pumas, las "
     "cabras y los burros se citan de paso.",
     ("guanacos", "Lama guanicoe", "chulengos", "La Rioja", "necesidades"),
     ("AR",), "2025-10"),
    # --- colobus monkeys --------------------------------------------------------------------------
    ("gj10", "project", "en",
     "Zanzibar red colobus beyond the park: a project to link the groups of the coral rag "
     "thickets and farms",
     "Colobus monkeys are African leaf-eating monkeys with a large, chambered stomach that "
     "ferments leaves and only a stub for a thumb. The Zanzibar red colobus (Piliocolobus "
     "kirkii) lives only on Unguja, the main island of Zanzibar: a striking monkey with a black "
     "back, a red-brown cape and a crown of white hair around a pink-lipped face, in groups of "
     "twenty to fifty. Some 6,000 remain, about half in and around the Jozani forest and the "
     "rest in coral rag thicket, mangrove edges and the mango and coconut plots of villages, "
     "where groups are cut off from one another as thicket is cleared for farms, charcoal and "
     "lime burning. This project of the island's forestry department, a conservation trust and "
     "twelve village committees counts the groups outside the park, plants native and fruit "
     "trees along farm boundaries to join them, and agrees with each village which thicket is "
     "kept. The monkeys' habit of eating charcoal, Sykes's monkeys and visitors are named in "
     "passing.",
     ("red colobus", "Piliocolobus kirkii", "colobus monkeys", "Zanzibar", "projects"),
     ("TZ",), "2025-02"),
    ("gj11", "need", "fr",
     "Besoin : retrouver le colobe bai de Bouvier dans les forêts du nord du Congo",
     "Les colobes sont des singes africains mangeurs de feuilles, au pouce presque absent et à "
     "l'estomac en plusieurs poches qui fait fermenter le feuillage. Le colobe bai de Bouvier "
     "(Piliocolobus bouvieri), au dos noir, aux flancs roux et à la face sombre, n'est connu que "
     "de la République du Congo, entre la Sangha et les affluents du fleuve. Faute d'observation "
     "depuis les années 1970, on l'a cru éteint, jusqu'à ce que des photographies prises en 2015 "
     "autour de Ntokou et de Pikounda prouvent qu'il vivait encore. On ignore toujours son aire "
     "exacte, le nombre de groupes et la pression de la chasse sur ces singes. Le parc national, "
     "une organisation de conservation et l'université de Brazzaville sollicitent un appui pour "
     "former des équipes de pisteurs des villages, parcourir en pirogue et à pied les forêts "
     "inondées et de terre ferme du parc et alentour, noter et photographier les groupes et "
     "cartographier les zones encore inexplorées. Les gorilles, les éléphants de forêt et la "
     "chasse ne sont cités qu'en passant.",
     ("colobe bai de Bouvier", "Piliocolobus bouvieri", "colobes", "Ntokou-Pikounda", "besoins"),
     ("CG",), "2025-06"),
    ("gj12", "project", "es",
     "Proyecto: los colobos negros de los Altos de Nsork y de los bosques de las aldeas vecinas",
     "Los colobos son monos africanos que se alimentan sobre todo de hojas, con un pulgar casi "
     "inexistente y un estómago de varias cámaras que fermenta el follaje. El colobo negro "
     "(Colobus satanas), todo negro, de pelo largo y cola larga, vive solo en los bosques "
     "costeros de África central, y en Guinea Ecuatorial en los de la región continental. Es de "
     "los colobos que más semillas comen, lo que lo hace depender de los grandes árboles del "
     "bosque maduro, y sus llamadas potentes lo delatan a los cazadores. Este proyecto de la "
     "universidad nacional, de una organización de conservación y de cinco aldeas en torno al "
     "Parque Nacional de los Altos de Nsork forma a rastreadores locales para seguir cada mes a "
     "los grupos, acuerda con las aldeas qué árboles grandes no se talan en los bosques "
     "comunitarios y recoge los nombres y los relatos que los cazadores mayores dan a los "
     "colobos. Los mandriles, los pangolines y la caza se citan de paso.",
     ("colobos", "colobo negro", "Colobus satanas", "Guinea Ecuatorial", "proyectos"),
     ("GQ",), "2025-11"),
    # --- capuchin monkeys -------------------------------------------------------------------------
    ("gj13", "need", "en",
     "Need: counting the blond capuchins left in the forest fragments among the sugar cane of "
     "Paraíba",
     "Capuchin monkeys (Cebus and Sapajus) are the clever, medium-sized monkeys of Central and "
     "South America, with a grasping tail, a cap of dark or pale hair and a varied diet of "
     "fruit, seeds, insects and small animals. The blond capuchin (Sapajus flavius), "
     "golden-yellow with a pale cap, was known for centuries only from an old description until "
     "it was found again in 2006 in north-eastern Brazil. It survives in a few hundred scattered "
     "groups in the remnants of Atlantic Forest left between the sugar cane fields of Paraíba, "
     "Pernambuco and Alagoas, many of them on the land of sugar mills, and is among the most "
     "threatened primates of the Americas. A federal university, the state environment agency "
     "and a primate research centre are asking for support to survey all the fragments over two "
     "dry seasons, count the groups, map the strips of forest that could link them, and agree "
     "protection with the owners of the mills. Cane burning, marmosets and the pet trade are "
     "named in passing.",
     ("blond capuchin", "Sapajus flavius", "capuchin monkeys", "Atlantic Forest", "needs"),
     ("BR",), "2025-03"),
    ("gj14", "document", "fr",
     "Fiche : reconnaître les sapajous et les capucins de Guyane lors des inventaires avant "
     "travaux",
     "Les capucins (Cebus et Sapajus) sont des singes d'Amérique tropicale à queue préhensile et "
     "à calotte de poils sombres ou clairs, omnivores et très habiles de leurs mains, qui "
     "ouvrent les fruits durs et les noix en les frappant. La Guyane en compte deux : le sapajou "
     "brun, ou capucin brun (Sapajus apella), le plus commun, trapu, brun sombre à calotte "
     "noire, et le capucin à tête blanche, dit aussi capucin pleureur (Cebus olivaceus), plus "
     "élancé et plus clair, plus rare et surtout connu de l'ouest. Cette fiche d'une direction "
     "régionale de l'environnement et d'une association de naturalistes s'adresse aux bureaux "
     "d'études, aux agents forestiers et aux guides qui font les inventaires de faune avant "
     "l'ouverture de pistes, de carrières et de défrichements : reconnaître les deux espèces à "
     "la vue et aux cris, lire leurs indices (palmes arrachées, fruits entamés, coques cassées) "
     "et déposer les observations dans la base régionale. Les saïmiris, les singes hurleurs et "
     "la chasse ne sont cités qu'en passant.",
     ("capucins", "sapajou brun", "Sapajus apella", "inventaires de faune", "guides"),
     ("GF",), "2025-08"),
    ("gj15", "event", "es",
     "Taller en Jama: el mono capuchino ecuatoriano, o machín, en los remanentes de bosque de "
     "Manabí",
     "Los monos capuchinos (Cebus y Sapajus) son monos medianos de América tropical, de cola "
     "prensil y con un casquete de pelo en la cabeza, omnívoros y muy hábiles con las manos. El "
     "capuchino ecuatoriano (Cebus aequatorialis), que en la costa llaman machín, es de color "
     "canela claro con la coronilla oscura y vive solo en los bosques del occidente de Ecuador y "
     "del extremo norte del Perú. La tala para potreros y cultivos lo ha dejado en remanentes "
     "pequeños, y está en peligro crítico. El 14 de marzo de 2026, una universidad de Manabí, "
     "una fundación de conservación y los gobiernos parroquiales organizan en Jama un taller "
     "para finqueros, técnicos municipales y guardabosques comunitarios: cómo reconocer al "
     "machín y distinguirlo de los otros monos, qué árboles de fruto necesita, cómo contar sus "
     "grupos en las fincas y cómo dejar cercas vivas y franjas de bosque que unan los "
     "remanentes. Los monos aulladores, el cacao y los perros se citan de paso.",
     ("monos capuchinos", "machín", "Cebus aequatorialis", "Manabí", "eventos"),
     ("EC",), "2026-01"),
    # --- roe deer ---------------------------------------------------------------------------------
    ("gj16", "document", "en",
     "Guidance for farmers: cutting grass for silage without killing roe deer fawns",
     "The roe deer (Capreolus capreolus) is Europe's commonest deer: small and graceful, "
     "red-brown in summer and grey-brown in winter, with a white rump patch and, in bucks, short "
     "antlers with three points. Does give birth in May and June and leave the spotted fawns "
     "lying in long grass, where they press themselves flat and keep still when danger comes. "
     "That instinct makes the first cut of silage, which falls at the same time, the main cause "
     "of death of young fawns on Scottish farms. This guidance of a national deer body and a "
     "farmers' union sets out simple steps: walk the field with helpers the evening before "
     "cutting, set up scarers such as flags or bags on poles so that does lead their fawns away, "
     "cut from the middle of the field outwards or from one side towards cover, slow down near "
     "field edges, and lift any fawn found with gloves and a bundle of grass. Thermal drones, "
     "brown hares and ground-nesting birds are named in passing.",
     ("roe deer", "Capreolus capreolus", "fawns", "silage", "guidance"),
     ("GB",), "2025-04"),
    ("gj17", "dataset", "fr",
     "Chevreuils de Trois-Fontaines : près de cinquante ans de captures, de pesées et de suivi "
     "des chevrillards",
     "Le chevreuil (Capreolus capreolus) est le plus petit et le plus répandu des cervidés "
     "d'Europe : pelage roux l'été et gris-brun l'hiver, miroir blanc aux fesses, bois courts à "
     "trois pointes chez le brocard. Très attaché à son domaine vital, il vit en forêt comme en "
     "plaine agricole, et ses effectifs ont beaucoup augmenté en France depuis les années 1970. "
     "Dans la forêt domaniale de Trois-Fontaines, entre la Marne et la Haute-Marne, un "
     "territoire d'étude de l'établissement public chargé de la faune capture chaque hiver des "
     "chevreuils au filet, les pèse, les mesure, les marque et suit leur survie et leur "
     "reproduction depuis 1975. Ce jeu de données réunit les fiches de capture, la masse des "
     "chevrillards en hiver, la longueur de la patte arrière, les naissances repérées au "
     "printemps et les indices d'abondance nocturnes, ceux que les fédérations de chasseurs "
     "reprennent comme indicateurs de changement écologique pour bâtir les plans de chasse. Le "
     "cerf, le sanglier et les tiques ne sont cités qu'en passant.",
     ("chevreuils", "Capreolus capreolus", "chevrillards", "Trois-Fontaines", "jeux de données"),
     ("FR",), "2025-01"),
    ("gj18", "case-study", "es",
     "Estudio de caso: veinte años de gestión del corzo morisco en los alcornocales de Cádiz y "
     "Málaga",
     "El corzo (Capreolus capreolus) es el más pequeño de los ciervos europeos: pelaje rojizo en "
     "verano y pardo grisáceo en invierno, una mancha blanca en la grupa y cuernas cortas de "
     "tres puntas en los machos. En el extremo sur de su área, en las sierras de alcornoques y "
     "matorral de Cádiz y Málaga, vive una población aislada, el corzo morisco o andaluz, más "
     "pequeño y con rasgos genéticos propios, que a finales del siglo XX había quedado en unos "
     "pocos centenares de animales. Este estudio de caso de la consejería de medio ambiente y de "
     "una universidad andaluza revisa veinte años de gestión: censos anuales por transectos, "
     "veda de la caza de hembras, reducción del ciervo y del ganado que compiten por el "
     "matorral, seguimiento de hembras con collares y acuerdos con las fincas corcheras y de "
     "caza. La población ha crecido, pero la sequía y los incendios preocupan. El corcho, el "
     "gamo y el ciervo se citan de paso.",
     ("corzo morisco", "Capreolus capreolus", "alcornocales", "Andalucía", "estudios de caso"),
     ("ES",), "2025-12"),
    # --- skinks -----------------------------------------------------------------------------------
    ("gj19", "case-study", "en",
     "Pygmy blue-tongue lizards in spider burrows: a case study of artificial burrows on the "
     "farms around Burra, South Australia",
     "Skinks (Scincidae) are the largest family of lizards: smooth and shiny, often long-bodied, "
     "with small legs or none, and many give birth to live young. The pygmy blue-tongue lizard "
     "(Tiliqua adelaidensis), a stout skink about eighteen centimetres long, was thought extinct "
     "for thirty years until one was found in the stomach of a dead brown snake near Burra, "
     "South Australia, in 1992. It lives only in remnant native grasslands of the mid-north of "
     "the state, where each lizard spends its life in an empty burrow dug by a wolf spider or a "
     "trapdoor spider, ambushing insects from the entrance. Most of these grasslands are sheep "
     "paddocks, and ploughing destroys the burrows. This case study of a university and the "
     "state environment department follows fifteen years of trials with landholders: wooden "
     "burrows set into the ground, grazing that keeps the grass short but never bare, and "
     "surveys with a small mirror and a torch down each hole. Brown snakes, spiders and wool "
     "prices are named in passing.",
     ("skinks", "pygmy blue-tongue lizard", "Tiliqua adelaidensis", "native grasslands",
      "case studies"),
     ("AU",), "2025-05"),
    ("gj20", "event", "fr",
     "Atelier à Nouméa : reconnaître sur le terrain les scinques de Nouvelle-Calédonie",
     "Les scinques (Scincidae) sont des lézards au corps lisse et brillant, souvent allongé, aux "
     "pattes courtes, qui vivent au sol, dans la litière ou sous les pierres. La "
     "Nouvelle-Calédonie en abrite plus de soixante-dix espèces, presque toutes endémiques : les "
     "petits Caledoniscincus de la litière, les Nannoscincus fouisseurs des forêts humides, les "
     "Marmorosphax et Sigaloseps des maquis sur roches ultrabasiques, et le grand scinque "
     "terrifiant de Bocourt (Phoboscincus bocourti), redécouvert en 2003 sur un îlot du lagon "
     "sud. Beaucoup n'occupent qu'un sommet ou une vallée, et les feux, les défrichements et les "
     "espèces introduites les menacent. Les 18 et 19 mai 2026, le service de l'environnement de "
     "la province Sud et une association d'herpétologues organisent à Nouméa un atelier pour les "
     "bureaux d'études, les gardes nature et les techniciens des communes : critères "
     "d'identification, relevés par fouille de la litière et sous des plaques posées au sol, "
     "saisie des observations. Les geckos, les incendies et les fourmis électriques ne sont "
     "cités qu'en passant.",
     ("scinques", "Phoboscincus bocourti", "lézards endémiques", "Nouvelle-Calédonie",
      "événements"),
     ("NC",), "2026-02"),
    ("gj21", "document", "es",
     "Guía: los eslizones, lagartos de patas diminutas de prados, taludes y jardines",
     "Los eslizones (familia de los escíncidos) son lagartos de cuerpo liso, brillante y "
     "alargado y patas muy cortas, que se mueven serpenteando entre la hierba. En la península "
     "ibérica viven dos: el eslizón tridáctilo (Chalcides striatus), largo como un lápiz y con "
     "patas de tres dedos apenas visibles, propio de prados y herbazales húmedos, y el eslizón "
     "ibérico (Chalcides bedriagai), más pequeño y rechoncho, endémico, de suelos arenosos, "
     "pinares y matorrales. Por su aspecto se les confunde con culebras y luciones, y muchos "
     "mueren a golpes de azada o ahogados en las balsas. Esta guía de una asociación "
     "herpetológica y de la diputación, pensada para agricultores, jardineros y brigadas "
     "municipales, enseña a reconocerlos, explica que son inofensivos y comen insectos, arañas y "
     "pequeños caracoles, y propone medidas sencillas: conservar muros y montones de piedra, "
     "dejar matas de hierba en las lindes, evitar los herbicidas en los taludes y poner rampas "
     "de salida en las balsas. Las culebras, los luciones y las lagartijas se citan de paso.",
     ("eslizones", "Chalcides striatus", "Chalcides bedriagai", "reptiles", "guías"),
     ("ES",), "2025-04"),
    # --- bush-crickets ----------------------------------------------------------------------------
    ("gj22", "project", "en",
     "Wart-biters back on the Downs: a project for a rare bush-cricket of chalk grassland",
     "Bush-crickets (Tettigoniidae) are the long-horned relatives of grasshoppers, with antennae "
     "longer than their bodies and, in the females, a sword-shaped egg-laying tube; the males "
     "sing by rubbing their wings together, and in North America they are called katydids. The "
     "wart-biter (Decticus verrucivorus), a large green or brown bush-cricket whose name comes "
     "from the old Swedish use of its bite on warts, has become one of Britain's rarest insects, "
     "left at a handful of sites on the chalk downs of Sussex and Wiltshire. It needs a fine "
     "mosaic of short, warm turf for basking and egg-laying and of tussocks for shelter, which "
     "both too much and too little grazing destroy. This project of a conservation charity, the "
     "national nature conservation body and the landowners draws up cattle and sheep grazing "
     "plans for each site, moves nymphs from the largest colony to two more downland sites, and "
     "counts the singing males each August. Field crickets, skylarks and chalkhill blue "
     "butterflies are named in passing.",
     ("bush-crickets", "wart-biter", "Decticus verrucivorus", "chalk grassland", "projects"),
     ("GB",), "2025-03"),
    ("gj23", "need", "fr",
     "Besoin : retrouver la magicienne dentelée dans les garrigues et les friches de l'Hérault "
     "et du Gard",
     "Les sauterelles (Tettigoniidae) sont les orthoptères aux antennes plus longues que le "
     "corps, dont les femelles portent un oviscapte en forme de sabre ; on les confond souvent "
     "avec les criquets, aux antennes courtes. La magicienne dentelée (Saga pedo) est la plus "
     "grande sauterelle de France : jusqu'à douze centimètres, verte, sans ailes, les pattes "
     "avant hérissées d'épines avec lesquelles elle saisit d'autres insectes. On ne connaît que "
     "des femelles, qui se reproduisent sans mâle, et elle chasse surtout la nuit, ce qui la "
     "rend très difficile à trouver. Protégée en France, elle n'est connue que de quelques "
     "dizaines de stations des garrigues et des friches du Languedoc et de Provence, que "
     "l'urbanisation, la fermeture des milieux et les incendies font disparaître. Un "
     "conservatoire d'espaces naturels et une université sollicitent un appui pour mener pendant "
     "trois étés des prospections nocturnes à la lampe dans l'Hérault et le Gard, cartographier "
     "les stations et proposer leur gestion par le pâturage. Les mantes religieuses, les "
     "criquets et les cigales ne sont cités qu'en passant.",
     ("magicienne dentelée", "Saga pedo", "sauterelles", "garrigues", "besoins"),
     ("FR",), "2025-06"),
    ("gj24", "project", "es",
     "Proyecto: el saltamontes de Sierra Nevada (Baetica ustulata) y los piornales de las "
     "cumbres",
     "Los tetigónidos son los saltamontes de antenas largas, más largas que el cuerpo, cuyas "
     "hembras llevan un oviscapto en forma de sable; los machos cantan frotando las alas, y en "
     "gran parte de América se les llama esperanzas. El saltamontes de Sierra Nevada (Baetica "
     "ustulata), un tetigónido grueso, sin alas útiles, solo vive en las cumbres de Sierra "
     "Nevada, entre unos 1.800 y 3.000 metros, en piornales, enebrales rastreros y pastizales de "
     "alta montaña. El calentamiento, que empuja su hábitat hacia arriba, el pastoreo intenso y "
     "la apertura de pistas y obras en las cumbres reducen sus poblaciones, y figura en los "
     "anexos de la directiva de hábitats. Este proyecto del espacio natural, de la universidad "
     "de Granada y de una asociación entomológica instala parcelas de seguimiento a distintas "
     "altitudes, cuenta cada verano los adultos por transectos, estudia qué carga de ganado "
     "conviene a los piornales y propone qué pistas de tierra cerrar al tráfico. Los enebros, "
     "las mariposas y la cabra montés se citan de paso.",
     ("tetigónidos", "Baetica ustulata", "saltamontes", "Sierra Nevada", "proyectos"),
     ("ES",), "2025-08"),
    # --- royal fern -------------------------------------------------------------------------------
    ("gj25", "event", "en",
     "Royal fern day in Connemara: telling Osmunda regalis apart and looking after its stands",
     "The royal fern (Osmunda regalis) is one of Europe's largest ferns: a great tussock of pale "
     "green, twice-divided fronds up to two metres tall, with separate fertile tips at the "
     "centre that turn rusty brown with spores and look like a flower head, hence its old name "
     "of flowering fern. It grows on wet, acid ground along streams, lake shores, wet woods and "
     "ditches, and the west of Ireland is one of its strongholds. In the nineteenth-century fern "
     "craze whole plants were dug up for gardens, and its fibrous rootstock was long sold as a "
     "compost for orchids. On 6 June 2026, the national parks service and a botanical society "
     "hold a royal fern day in Connemara for rangers, farmers and landowners: a morning on how "
     "to tell it from bracken and the other large ferns, and an afternoon walk to stands along a "
     "river, looking at the effects of grazing, drainage and spreading rhododendron. Orchids, "
     "rhododendron and bog cotton are named in passing.",
     ("royal fern", "Osmunda regalis", "ferns", "Connemara", "events"),
     ("IE",), "2026-02"),
    ("gj26", "dataset", "fr",
     "L'osmonde royale en Limousin : stations relevées de 1985 à 2024",
     "L'osmonde royale (Osmunda regalis) est l'une des plus grandes fougères d'Europe : de "
     "grosses touffes de frondes deux fois divisées, d'un vert tendre, qui peuvent dépasser deux "
     "mètres, avec au centre des pointes fertiles couvertes de sporanges roux qui ressemblent à "
     "une inflorescence, d'où son nom ancien de fougère fleurie. Elle pousse sur les sols acides "
     "gorgés d'eau : bords de ruisseaux, aulnaies, fossés, queues d'étangs et prés tourbeux. "
     "Protégée dans plusieurs régions, elle a souffert des drainages, des plantations de "
     "résineux et de peupliers et de l'arrachage pour les jardins. Ce jeu de données d'un "
     "conservatoire botanique national réunit près de deux mille relevés dans la Haute-Vienne, "
     "la Corrèze et la Creuse : localisation, nombre de touffes, présence de frondes fertiles, "
     "milieu, état de conservation, menaces notées et, pour les stations revues, l'évolution "
     "depuis le premier passage. Il sert aux avis rendus sur les projets de drainage et de "
     "boisement. Les aulnes, les sphaignes et les peupleraies ne sont cités qu'en passant.",
     ("osmonde royale", "Osmunda regalis", "fougères", "Limousin", "jeux de données"),
     ("FR",), "2025-03"),
    ("gj27", "need", "es",
     "Necesidad: proteger el helecho real de las gargantas de las Villuercas, en Cáceres",
     "El helecho real (Osmunda regalis) es uno de los helechos más grandes de Europa: matas de "
     "frondas de un verde claro, dos veces divididas, que pasan de metro y medio, con las puntas "
     "fértiles del centro cubiertas de esporangios de color óxido, como si fueran flores, por lo "
     "que también se le llama helecho florido. Vive en suelos ácidos y siempre húmedos, en las "
     "orillas de gargantas y arroyos, bajo alisos, abedules y loros (Prunus lusitanica). En "
     "Extremadura, donde está protegido, se refugia en unas pocas gargantas de las Villuercas, "
     "los Ibores y la Jara, amenazado por las tomas de agua para riego y piscinas naturales, los "
     "incendios, el pisoteo y las cabras. Una asociación naturalista y el geoparque solicitan "
     "apoyo para inventariar todas las matas y su estado, cartografiar las tomas de agua, "
     "acordar con los ayuntamientos un caudal mínimo en verano y señalizar los accesos a las "
     "gargantas. Los alisos, las truchas y las piscinas naturales se citan de paso.",
     ("helecho real", "Osmunda regalis", "gargantas", "Extremadura", "necesidades"),
     ("ES",), "2025-07"),
    # --- aspen ------------------------------------------------------------------------------------
    ("gj28", "case-study", "en",
     "Pando, the trembling giant: a case study of why a single aspen clone stopped renewing "
     "itself",
     "Quaking aspen (Populus tremuloides), the most widespread tree of North America, has pale "
     "bark and round leaves on flattened stalks that tremble in any wind; its close cousin in "
     "Europe and Asia is the Eurasian aspen, Populus tremula. Aspens spread by root suckers, so "
     "that a whole stand can be a single plant. Pando, in the Fishlake National Forest of "
     "central Utah, is one male clone of some 47,000 stems on 43 hectares, counted among the "
     "heaviest living things on Earth. For decades few of its young suckers survived, and the "
     "clone has been ageing without replacement. This case study of a university and the "
     "national forest brings together twenty years of fixed plots and aerial images: how many "
     "suckers come up each year and how many grow above browsing height, which parts are "
     "failing, and how much is due to mule deer and cattle, to drought, to disease and to the "
     "road and cabins that cross the clone. Elk, fences and the lakeside campground are named in "
     "passing.",
     ("aspen", "Populus tremuloides", "Pando", "browsing", "case studies"),
     ("US",), "2025-09"),
    ("gj29", "document", "fr",
     "Guide : garder des trembles dans les boisés privés du Bas-Saint-Laurent pour la faune",
     "Le peuplier faux-tremble (Populus tremuloides), qu'on appelle simplement tremble au "
     "Québec, est l'arbre feuillu le plus répandu d'Amérique du Nord : écorce lisse et pâle, "
     "feuilles rondes que leur pétiole aplati fait trembler au moindre vent. Arbre pionnier, il "
     "repousse en masse par drageons après une coupe ou un feu, et une tremblaie entière peut "
     "n'être qu'un seul clone. Ses bourgeons et ses chatons nourrissent la gélinotte huppée, ses "
     "jeunes pousses l'orignal et le cerf de Virginie, et ses vieux troncs, souvent creusés par "
     "la carie, abritent les pics, la chouette rayée et les canards qui nichent dans les arbres. "
     "Ce guide d'une agence régionale de mise en valeur des forêts privées et d'un organisme de "
     "conservation s'adresse aux propriétaires de boisés : garder des îlots de vieux trembles "
     "lors des coupes, laisser des chicots debout, favoriser les peuplements mêlés de tremble et "
     "de résineux et profiter des drageons pour renouveler le peuplement. Le castor, le bouleau "
     "et la tordeuse des bourgeons de l'épinette ne sont cités qu'en passant.",
     ("tremble", "peuplier faux-tremble", "Populus tremuloides", "boisés privés", "guides"),
     ("CA",), "2025-05"),
    ("gj30", "dataset", "es",
     "Los temblares del Sistema Ibérico: inventario de los rodales de álamo temblón, 2008-2024",
     "El álamo temblón o chopo temblón (Populus tremula) es un árbol de corteza lisa y hojas "
     "redondeadas de pecíolo aplanado que tiemblan con la menor brisa; se extiende desde la "
     "península ibérica hasta Japón y se reproduce sobre todo por brotes de raíz, de modo que un "
     "rodal, un temblar, puede ser un solo clon. En España, en el borde sur de su área, forma "
     "pequeños rodales relictos en barrancos, pedreras y laderas frescas de las montañas, donde "
     "sufre la sequía, el ramoneo del ganado y de los ungulados silvestres y la competencia de "
     "los pinos. Este conjunto de datos de un centro de investigación forestal y de los "
     "servicios de medio ambiente de Aragón y de Castilla y León reúne el inventario de 312 "
     "temblares de las sierras de Albarracín, Gúdar, el Moncayo, Urbión y la Demanda: "
     "superficie, número de pies y de brotes, alturas, daños por ramoneo, pies viejos con "
     "cavidades y estado sanitario. El corzo, el ciervo y las cabras se citan de paso.",
     ("álamo temblón", "Populus tremula", "temblares", "Sistema Ibérico", "conjuntos de datos"),
     ("ES",), "2025-11"),
)  # fmt: skip
