"""Clearing-house records of the hundred-and-fifty-fifth judged relevance set
(tests/search/relevance/queries155.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD Clearing-House
Mechanism pages: on slow worms, Anguis (a case study of the slow worms moved off a housing site near
Taunton, Somerset, and of ten years of checks at the field that received them, England, United
Kingdom; a fiche, a document, for gardeners and the parks services of Breton communes on the orvet
fragile in gardens, France; a dataset of thirty-five years of records of the lución, the escáncer or
culebra de cristal, in Asturias, Spain); on eagle owls, Bubo bubo (a guidance document for planners
and cabin builders on keeping disturbance away from the nest cliffs of the Eurasian eagle owl on the
Trøndelag coast, Norway; a project with the quarry operators of Wallonia for the grand-duc d'Europe
that nests on their quarry faces, Belgium; a jornada, an event, in Murcia on the búho real of the
sierras of the south-east, Spain); on the Rosalia longicorn, Rosalia alpina (a project against the
beech log piles that trap its eggs in the Poloniny hills, Slovakia; an offer, a support source, of
free surveys of communal forests for the rosalie des Alpes in the Pyrénées-Atlantiques, France; a
jornada, an event, on the rosalía alpina and the dead wood of the beech woods of the Gorbeia natural
park, Álava and Bizkaia, Spain); on the Killarney fern, Vandenboschia speciosa (a dataset of twenty
years of surveys of its fronds and gametophyte colonies in Kerry and west Cork, Ireland; a need to
survey and protect the trichomanès remarquable of the wet ravines of the Nivelle and the Nive, Pays
basque, France; a project for the helecho de Killarney and the other relict ferns of the Fragas do
Eume, Galicia, Spain); on gypsum habitats and their flora, the gypsophiles (guidance, a document, on
protecting gypsum plants during pipeline and well-pad work in the Chihuahuan Desert of south-eastern
New Mexico, United States; a journée botanique, an event, on the gypses and the pelouses steppiques
of the Haute-Maurienne, Savoie, France; a case study of fifteen years of management of the yesares
of the south-east of the Comunidad de Madrid, Spain); on lily of the valley, Convallaria (guidance,
a document, on the native American lily of the valley of the southern Appalachians and on telling it
from garden escapes, United States; a case study of the picking of the muguet du 1er mai in the
state forests of Île-de-France, France; a dataset of sixteen years of counts of the lirio de los
valles, the muguete, in the Montaña Palentina, Spain); on nuthatches, Sitta (a project for Krüper's
nuthatch in the burnt and logged pine forests of Lesvos, Greece; a need to count the sittelle kabyle
in the oak forests of Petite Kabylie, Algeria; a taller, an event, in Durango on the saltapalos of
the pine and oak forests of the Sierra Madre Occidental, Mexico); on sea kale, Crambe maritima (a
project to keep sea defence works off the sea kale of the shingle of Rye Harbour, East Sussex,
England, United Kingdom; a dataset of thirty years of counts of the chou marin on the cordons de
galets of Normandy and the côte d'Opale, France; a need to save the last plants of col marina, the
berza marina, of the playas de cantos of Cantabria and Asturias, Spain); on heliconias, Heliconia (a
balisier day, an event, at the Main Ridge Forest Reserve, Tobago, Trinidad and Tobago; a dataset of
the wild balisiers of French Guiana collected and observed since 1990, French Guiana; an offer, a
support source, of seedlings of native heliconias, the platanillos, for the forest remnants of the
farms of the Quindío, Colombia); and on moles, Talpidae (a need for a first count of the star-nosed
mole in the wetlands of Cape Breton Island, Nova Scotia, Canada; an offer, a support source, of
taupier courses for the farmers, communes and gardeners of the canton of Fribourg, Switzerland; a
case study of how the skulls in owl pellets drew the line between the topo ibérico and the topo
europeo in Navarra, Spain). English, French and Spanish, 10 records each, every topic written once
in each language (different countries or places, projects and angles, not translations of one text);
eight of the Spanish records are in Spain, the only Spanish-speaking country where the slow worm,
the Eurasian eagle owl, the Rosalia longicorn, the Killarney fern, the lily of the valley, sea kale
and the Iberian mole live and the one with Europe's largest gypsum habitats, at eight places
(Asturias, Murcia, Gorbeia, Galicia, the south-east of Madrid, Palencia, the Cantabrian coast and
Navarra), by eight different bodies and in five kinds of page; the other two are in Mexico and
Colombia.

None of records.py, records3.py, ..., records153.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (slow worm, slowworm, blindworm, glass lizard, legless lizard,
orvet, serpent de verre, lézard sans pattes, lución, culebra de cristal, escáncer, lagarto sin
patas, Anguis, Taunton, Somerset; eagle owl, eagle-owl, Bubo, grand-duc, hibou grand-duc, búho, búho
real, gran duque, owl, hibou, Trøndelag, Norway, carrières, Murcia; Rosalia, Rosalia alpina, rosalie
des Alpes, rosalía, longicorn, longhorn, longicorne, longicornio, capricorne, Cerambyx, cerambycid,
cerambícido, saproxylic, Poloniny, Gorbeia; Killarney, Killarney fern, Trichomanes, trichomanès,
Vandenboschia, filmy fern, fougère-film, hyménophylle, himenofilácea, helecho película,
Hymenophyllum, Woodwardia, Culcita, Eume, Kerry, Nive; gypsum, gypse, gypsophile, gypsicole,
gipsófila, gipsícola, yeso, yesos, yesar, Gypsophila, albada, Chihuahuan, Permian, Maurienne,
Vanoise, Jarama; lily of the valley, Convallaria, muguet, muguete, lirio de los valles, lliri de
maig, Rambouillet, Palencia; nuthatch, Sitta, sittelle, torchepot, sittelle kabyle, trepador,
trepador azul, saltapalos, Krüper, Lesvos, Lesbos, Jijel, Durango; sea kale, seakale, Crambe, chou
marin, crambe maritime, col marina, berza marina, shingle, galets, playas de cantos, Rye Harbour;
heliconia, balisier, platanillo, bijao, Tobago, Quindío; mole, moles, Talpa, Talpidae, taupe,
taupinière, taupier, topo, topera, star-nosed, Condylura, mole catcher, Cape Breton, Fribourg,
Navarra). Screened and dropped as covered or as too near the queries of earlier sets: anteaters (the
oso hormiguero of the Chaco road page be24), hoopoes (records81), stag beetles (records71),
armadillos (the quirquinchos of cm06 and the tatous of earlier sets), desmans (records73), horseshoe
crabs (records18), marmots (records63), coatis, choughs (the corvids of records87), kinkajous (the
perro de monte query), curassows (the curassows, hoccos and paujiles queries), jaguarundis and
margays (the gato montés and chat sauvage queries, and the ocelot page ec20), potoos (the nightjars
queries), dippers (records97), shrikes (records99), kingfishers (records69), bustards, storks,
flamingos, spoonbills, hedgehogs, otters, badgers, geckos, seahorses, tarantulas, scorpions and
crayfish (pages or queries of their own), sloths (the perezosos electrocutados query), holly
(records103), carnivorous plants (records71), junipers, dragon trees (records65), baobabs, temporary
ponds (records41), cenotes, cloud forests, Miyawaki forests, edible birds' nests, guano, sacred
groves, remarkable trees, bird liming (records19), nest boxes (the nest box and nichoirs queries),
date mussels (the "oysters OR mussels" query), harvest mice (the "ratas OR ratones" query), polecats
(the black-footed ferret of ee13 and the "putois d'Amérique" and "black-footed ferret" queries),
tufa-forming springs (the mosses, musgos, bryophytes and spring protection queries) and plant
micro-reserves (the protected areas queries), besides the topics of sets 42 to 153 and those their
docstrings list as covered; screened with no or passing hits but not chosen: sea holly, sea lavender
(no hit, but one shingle and dune plant is enough next to sea kale), pasqueflowers (the pulsatilles
named by the savarts page dw23), martagon lilies (no hit, too near the lily of the valley in the
three languages), cockchafers (records71), mole crickets (the courtilière of di02), trumpeters (the
agami named among the game of dq02) and screamers. The topics were chosen so that none of these
records answers a query of an earlier set: the angles that earlier queries ask for (roadkill and
wildlife crossings, citizen science, electrocuted wildlife and power lines, quarry blasting,
seasoned and dry firewood, pollarding and veteran trees, resin tapping, birdwatching tourism, nest
boxes, camera traps, DNA barcoding, seed banks and botanic gardens, beach nourishment, coastal
dunes, riparian forests, mosses and bryophytes, caves and karst, rock outcrops, hedgerows, tree
ferns, barn owls, rodenticides and wildlife poisoning, hay meadows and wild edible plants) are left
out of these records or named only in passing, no record names Madagascar, Morocco, Tunisia,
Senegal, Guadeloupe, Martinique, Corsica, the Canaries or another place that an earlier query asks
for by its name alone, and no record is in a country and of a type that an earlier "needs",
"projects" or "case studies" country query asks for (needs Colombia, proyectos Colombia, études de
cas Colombie, necesidades México, proyectos México, projets Mexique: the Colombian record is an
offer and the Mexican one an event).

No earlier record is judged relevant to any query of this set. All the hits are passing or about
other things (0): no earlier record names a slow worm, a Killarney fern, a lily of the valley, a sea
kale plant or a mole (the animal); the hibou grand-duc named among the cliff birds of the Verdon
climbing guide (cg23) and the grand-duc named among the predators of the rabbit guide (cw26) are
passing; the rosalía alpina and the rosalie des Alpes named among the insects of old hollow pollards
by the pollarding pages of Gipuzkoa (bu12) and of the Marais poitevin (bu11) are passing, and the
longicornio that carries the pine wood nematode (bt29, bt30) is another longhorn beetle; the filmy
ferns named on the trunks of the tree fern page (da07) and the helechos tropicales, Culcita among
them, named by the ojaranzo need of the canutos of Los Alcornocales (ds12) are passing; the cerros
de yeso of the Ebro valley named by the ocellated lizard need (fx21), the placas de yeso of the
plasterboard waste need (eu21), the gypse, yeso agrícola and gypsum for sodic and saline soils of
the farming pages (j14, j15, fm25) and the phosphogypsum pages are no gypsum habitats; the sittelle
kabyle named in passing by the sapin de Numidie need of the mont Babor (ft17), the sittelle that
competes for tree holes with the parakeets of Brussels (ci14), the trepadores, woodcreepers, of the
army ant page (fx15) and the climbing rattan palm, trepador, of bx30 are passing or other things;
the balisiers (Heliconia caribaea) planted among other nectar plants by the hummingbird project of
Guadeloupe (bn02) are a passing input to a hummingbird page, and the heliconios of the butterfly
farming offer (records85) are Heliconius butterflies; the Talpa de Allende of the Mexican sugar
maple need (do09), the requin-taupe of the basking shark page (em02), the taupe-grillon, mole
cricket, of the hoopoe page (di02) and the French topos, route guides, of the climbing page (cg23)
hold only the letters of the moles.

The places of these records appear in earlier records only as the places of other topics (0): the
bitterns of the Somerset Levels (eo25), near gf01; the many pages of Brittany, near gf02; the yews
of the churches of Asturias (cy12), the Cantabrian capercaillie (cu03), the badgers and bovine
tuberculosis of Asturias (cy06), the log hives of western Asturias (dc27), the old-growth forest of
Muniellos (bk12) and the white-tailed eagle of the ría de Villaviciosa (eo06), near gf03; the eider
houses of Vega (et25), near gf04; the many pages of Wallonia, near gf05; the ramblas (cs30) and
badenes (gd06) of Murcia, the nightingales of the Segura (dw03), the cañares of the Vega Media
(ec06), the ciprés de Cartagena (fx24) and the esparto of the south-east (eo03), near gf06; the lynx
caught in the Slovak Carpathians for the Palatinate Forest (cs01), near gf07; the piment d'Espelette
(ck20), the raptor migration counts of Organbidexka (eg08) and the golden eagles of the Pyrenees
(du05), near gf08 and gf11; the latxa sheep of Álava (ei18), near gf09; the strawberry trees of
Killarney (eq16) and the curlews of Ireland (ds07), near gf10; the many pages of Galicia, near gf12;
the acequias of New Mexico (ck28), the hantavirus of the Four Corners (bv13) and the uranium of the
Navajo Nation (bw07), near gf13; the twinning of the Vanoise and the Gran Paradiso (br23), the
sentinel lakes (ca05) and refuges (di26) of the Alps and the néotulipes of Savoie (et17), near gf14;
the bee-eater colonies of the gravel pits of Madrid (di18) and the raccoons of the Henares and the
Jarama (cg30), near gf15; the wild ginseng (bb01), the American chestnuts (bp28), the freshwater
mussels of the Clinch and Powell rivers (br01), the moss harvesting guidance (ek16), the log-grown
shiitake (fq28), the Venus flytraps (cy13) and the green tobacco sickness (fo25) of the Appalachians
and North Carolina, near gf16; the gentians of the Montaña de León y Palencia (ec24), the yews of
the Tejeda de Tosande (cy12) and the wild daffodils offer (ft27), near gf18; the sapin de Numidie of
the mont Babor (ft17), near gf20; the fluoride in the schools of Durango (x06), the Characodon
goodeids of the Guadiana valley (fp19), the wild oregano of the ejidos of Durango (gc12) and the
Mexican golden trout of the Sierra Madre Occidental (dc24), near gf21; the managed realignment of
Medmerry, on the shingle of West Sussex (ck25), near gf22; the oystercatchers of Brittany and
Normandy (ee05), the American razor clam of the Channel (ek11) and the Saâne valley (ck26), near
gf23; the puffins stranded on the Cantabrian coast (cg06), the pampas grass of the Cantabrian coast
(ea12), the stoats of the Cantabrian mountains (ft24), the woodcocks of Asturias and Cantabria
(dq06), the Atlantic heaths (bp06) and the hay meadows of the Valles Pasiegos (dc18), near gf24; the
scarlet ibis of the Caroni Swamp (dk07), the bachac (em16), the crested oropendolas of the Northern
Range (fx01) and the flying fish (ck10) of Trinidad and Tobago, near gf25; the many pages of French
Guiana, near gf26; the guadua of the Eje Cafetero (ba12), the birding guides of the Valle del Cauca
and the Eje Cafetero (ek24) and the wax palms of the Cocora valley (et21), near gf27; the wild
horses of Sable Island (ci17), near gf28; the shared cargo bikes of the towns of Romandy (el29) and
the rotational grazing of the Jura and the Préalpes (fi17), near gf29; and the Lyme disease of the
forest workers (bu15), the hedges of the cereal plots (bf27), the meanders of the Arga and the
Aragón (cu18), the snowdrops of the beech woods (eq24), the red wood ants (fx18) and the ptarmigan
(eg03) of Navarra, near gf09 (a beech wood of the Basque Country) and gf30.

records154.py (ids ge01..ge30, on chemicals, waste, pollution, energy, health, trade and enforcement
topics), written at the same time by another engineer, was searched for the same words once it was
finished (with its queries154.tsv, 60 queries), before these records were judged: its topics are
patio heaters on café and restaurant terraces, the standby power of appliances, decorative ethanol
fireplaces, eyelash extensions and their glues, liquid nitrogen in ready-to-eat food, metalworking
fluids, epoxy resin dermatitis, lead arsenate in the soils of former orchards, the collection of
used cork stoppers and DEHP in medical devices. None of its records names a slow worm, an eagle owl,
the Rosalia longicorn, the Killarney fern, a gypsum habitat, the lily of the valley, a nuthatch, sea
kale, a heliconia or a mole (only its docstring names slow worms, moles and sea kale, among the
topics of the other sets it checked). The nearest are places and letters, all judged 0: the
taladrinas of the machining shops of the País Vasco and Navarra (ge18), in the Basque Country of the
rosalía alpina jornada of Gorbeia (gf09) and the Navarra of the topos (gf30), and no answer to
"rosalie des Alpes Espagne" or "topos -España"; the bouchons de liège collected in the cantons of
the Suisse romande, Fribourg among them (ge26), in the Switzerland of the taupier courses (gf29),
and no answer to "taupes"; the cork stoppers of Portugal (ge25) and the tapones de corcho of
Extremadura (ge27), which answer no query here; the arséniate de plomb of the anciens vergers of the
Montérégie (ge23), in the Canada of the star-nosed mole (gf28); the terrasses chauffées (ge02), the
cheminées à l'éthanol (ge08), the boatyards of La Rochelle (ge20) and the tubulures sans DEHP (ge29)
of France, and no answer to "lily of the valley France"; the former orchards of Washington State
(ge22), in the United States of "plantes du gypse États-Unis"; the setas de gas of Barcelona (ge03),
where setas are patio heaters, in the Spain of "slow worms Spain"; the guía for the centros de
estética of Colombia (ge12), no answer to "balisiers Colombie"; and the epoxy resins of the wind
turbine blade factories of Denmark (ge19), which hold only the word resin of the resin tapping named
by gf19 and stand next to the wind farms named by gf04. None of its records answers a query of this
set, and none of its queries is repeated in queries155.tsv.

records156.py and records157.py, written at the same time by other engineers (on agriculture,
fisheries, forestry, food and land; on water, oceans and coasts, climate adaptation, cities,
disasters and capacity building), are not part of this set's pool.

Traps: the adders, grass snakes and hedgehogs, and the reptile translocation of planning mitigation,
of gf01; the vipères, hérissons, robots de tonte, tondeuses, chats and granulés anti-limaces
(metaldehyde slug pellets) of gf02; the culebrilla ciega (the amphisbaenian, the topic of gb21),
víboras de Seoane, culebras lisas, gatos and brezales of gf03; the power lines, white-tailed eagles
(the topic of eo04-eo06), wind farms, hedgehogs, blasting and holiday cabins of gf04; the faucons
pèlerins, hirondelles de rivage (sand martins, the topic of records83), tirs de mines (the quarry
blasting of ey25-ey27), lapins, pigeons and the Eifel of gf05; the tendidos eléctricos, conejos,
palomas deportivas, ramblas, cazadores and emisores of gf06; the bark beetles, firewood prices,
bison and the log piles of beech firewood of gf07; the pique-prune (hermit beetle, bu11), arbres
têtards (pollards, the topic of bu10-bu12) and bois de chauffage of gf08; the trasmochos, leña,
leñeras and ganado of gf09; the strawberry trees (eq16), mosses, rhododendron, caves and Victorian
fern collectors of gf10; the mousses, saumons, fougères arborescentes (the tree ferns of da07-da09),
captages d'eau and coupes forestières of gf11; the eucaliptos (the eucalipto Galicia query),
nutrias, barranquistas (canyoning), Woodwardia and Culcita of gf12; the oil and gas pipelines, well
pads, caliche, produced water and White Sands of gf13; the marmottes (records63), plâtre,
plâtrières, ski and éleveurs of gf14; the avutardas (bustards), olivares, canteras, huertos solares,
escombreras and placas de yeso (the plasterboard of eu21) of gf15; the deer, ramps (wild leeks) and
poisoning of dogs of gf16; the jacinthes des bois (bluebells, the topic of fx28-fx30), chevreuils,
intoxications d'enfants and the fête du travail of gf17; the ajo de oso, azucenas, hayas, ganado and
oso pardo of gf18; the resin tapping (the topic of records41), wildfires, salvage logging and
birdwatching tourism of gf19; the singe magot, sapin de Numidie (ft17), incendies and surpâturage of
gf20; the pájaros carpinteros (woodpeckers, the topic of earlier queries), trepadores (woodcreepers
in Mexico), incendios, observadores de aves and turismo de naturaleza of gf21; the little terns,
beach nourishment (the topic of earlier queries), yellow horned poppy and sea defences of gf22; the
gravelot à collier interrompu, laisse de mer, silex, nettoyage mécanique des plages and digues of
gf23; the gaviotas, algas de arribazón, berza de huerta, temporales and aparcamientos of gf24; the
hummingbirds (the topic of bn01-bn03), mosquitoes and cut-flower trade of gf25; the colibris and
oiseaux-mouches, chauves-souris, grenouilles, jardins créoles and the herbier de Cayenne of gf26;
the flores de corte, colibríes, café and guaduales of gf27; the shrews, meadow voles, blueberry
farming and bog edges of gf28; the campagnol terrestre (the water vole of dc07), vers de terre,
rapaces, gaz and appâts empoisonnés of gf29; and the lechuzas and cárabos (barn owls and tawny owls,
whose pellets are the method), desmán ibérico (the desman of records73) and musarañas of gf30. Some
records name their topic only by another name or a narrower kind: gf01 says slow worm and legless
lizard; gf02 orvet fragile and lézard sans pattes; gf03 lución, escáncer and culebra de cristal;
gf04 eagle owl and Eurasian eagle owl; gf05 only grand-duc d'Europe and hibou; gf06 only búho real;
gf07 Rosalia longicorn; gf08 only rosalie des Alpes and longicorne; gf09 rosalía alpina, cerambícido
and longicornio; gf10 Killarney fern and filmy fern; gf11 only trichomanès remarquable and
fougères-films; gf12 helecho de Killarney and helechos película; gf13 gypsum soils, gypsum habitats
and gypsophiles; gf14 gypses and plantes gypsicoles; gf15 yesares and plantas gipsófilas; gf16 lily
of the valley and American lily of the valley; gf17 only muguet; gf18 lirio de los valles and
muguete; gf19 nuthatches and Krüper's nuthatch; gf20 sittelles and sittelle kabyle; gf21 only
saltapalos, saltapalos pechiblanco and saltapalos enano; gf22 sea kale; gf23 chou marin and crambe
maritime; gf24 col marina and berza marina; gf25 heliconias and balisiers; gf26 balisiers and
Heliconia; gf27 heliconias and platanillos; gf28 moles and star-nosed mole; gf29 only taupe
d'Europe; gf30 topos, topo ibérico and topo europeo. Letters and homonyms: mole is also a unit of
chemistry, a jetty and a Mexican sauce (and moles its plural in Spanish); taupe is also the colour
and the requin-taupe, the porbeagle (em02), and the taupe-grillon a mole cricket (di02); topo is
also the French word for a climbing guide (cg23); grand-duc is also a title, and the Grand-Duché is
Luxembourg; búho is also the owl butterfly, the mariposa búho of records85; bubonic holds the
letters of Bubo (records63); Rosalia is also the golden lion tamarin, Leontopithecus rosalia (dy22),
and Santa Rosalía a town of Baja California Sur (em27); Killarney is also the town and the lakes of
the strawberry trees (eq16); gypse, yeso and gypsum are also the phosphogypsum, plaster,
plasterboard and soil amendment of earlier pages; muguet is also thrush, the oral candidiasis of
babies, in French; lirio is also an iris, and the azucena a lily; the trepador azul is a nuthatch in
Spain but trepadores are woodcreepers in Mexico (gf21) and the trepador of bx30 is a climbing rattan
palm; chou is also any cabbage, and the chou palmiste of an earlier query the heart of a palm; col
is also a cabbage in Spanish and a mountain pass in French (the col d'Organbidexka of eg08); Crambe
is also an oilseed crop, Crambe abyssinica; the balisiers of gf25-gf26 hold the letters of alisier
(gb26), and the heliconias are not the heliconios, Heliconius butterflies, of records85; platanillo
is also a name of small bananas and cannas; and the lución holds the letters of solución and
evolución.

For the country queries: gf01 names only the United Kingdom (England, Somerset, Britain); gf02 only
France (Brittany); gf03 only Spain (Asturias, Galicia, the Iberian Peninsula); gf04 only Norway
(Trøndelag); gf05 Belgium (Wallonia), with the Eifel (Germany, not named) and the Ardennes
françaises named as where the owls came back from; gf06 only Spain (Murcia), with Europe as the
range; gf07 only Slovakia (the Poloniny hills), with Europe as the range; gf08 only France (the
Pyrénées-Atlantiques), with Europe named for the protection; gf09 only Spain (Álava, Bizkaia, the
Iberian Peninsula, the Pyrenees); gf10 only Ireland (Kerry, west Cork), with Europe's Atlantic
fringe as the range; gf11 only France (the Pays basque, the Vosges, Brittany); gf12 only Spain
(Galicia), with Europe named for the Tertiary forests; gf13 only the United States (New Mexico, west
Texas); gf14 only France (Savoie, the Haute-Maurienne, the Vanoise); gf15 only Spain (Madrid), with
Europe named; gf16 only the United States (Virginia, North Carolina, Tennessee), with the European
plant named; gf17 only France (Île-de-France, the pays nantais); gf18 only Spain (Palencia, the
Cantabrian range, the Pyrenees), with central Europe named; gf19 Greece (Lesvos), with Turkey and
the Caucasus as the rest of the range; gf20 only Algeria (Petite Kabylie, Jijel, the mont Babor);
gf21 only Mexico (Durango); gf22 only the United Kingdom (East Sussex, England); gf23 only France
(Normandy, the côte d'Opale); gf24 only Spain (Cantabria, Asturias), with the Atlantic coast of
Europe as the range; gf25 only Trinidad and Tobago, with the Americas as the range; gf26 only French
Guiana (Cayenne), with tropical America as the range; gf27 only Colombia (the Quindío, the Andes);
gf28 only Canada (Cape Breton Island, Nova Scotia), with eastern North America as the range; gf29
only Switzerland (the canton of Fribourg); gf30 only Spain (Navarra, the Iberian Peninsula, the
Pyrenees).

Ids (gf01..gf30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., fx01..fx30,
fy01..fy30, fz01..fz30), nor with records150.py's (ga01..ga30), records151.py's (gb01..gb30),
records152.py's (gc01..gc30) or records153.py's (gd01..gd30), and no earlier id starts with "gf".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- slow worms -------------------------------------------------------------------------------
    ("gf01", "case-study", "en",
     "Case study: slow worms moved off a housing site near Taunton, and what ten years of checks "
     "found",
     "The slow worm (Anguis fragilis) is a legless lizard, neither a snake nor a worm: smooth, "
     "shiny, bronze or grey, it can blink its eyelids and shed its tail, and it lives under logs, "
     "stones, compost heaps and tussocks, eating slugs and earthworms. It is common in gardens, "
     "railway banks and rough grassland across Britain and protected from killing and injury, so "
     "in England developers often pay for slow worms to be caught under refuges and moved before "
     "building starts. This case study of a county wildlife trust and a reptile group follows one "
     "such translocation from a greenfield site near Taunton, Somerset, where 1,100 slow worms "
     "were moved to a receptor field in 2014. Ten years of checks under felt refuges found far "
     "fewer than expected: the field already had slow worms of its own, and its margins were mown "
     "and grazed. It draws lessons for planners: keep animals on site where possible and improve "
     "receptor sites first. Adders, grass snakes and hedgehogs are named in passing.",
     ("slow worms", "Anguis fragilis", "legless lizards", "reptile translocation", "case studies"),
     ("GB",), "2025-04"),
    ("gf02", "document", "fr",
     "L'orvet fragile au jardin : fiche pratique pour les jardiniers et les services des espaces "
     "verts",
     "L'orvet fragile (Anguis fragilis) n'est ni un serpent ni un ver : c'est un lézard sans "
     "pattes, au corps lisse et brillant, qui cligne des paupières et peut abandonner sa queue "
     "pour échapper à un prédateur. Discret, il vit sous les pierres, les planches, les tas de "
     "feuilles et de compost, et se nourrit de limaces, de vers de terre et de chenilles, ce qui "
     "en fait un allié des potagers. Protégé en France, il meurt pourtant sous les tondeuses et "
     "les débroussailleuses, sous la dent des chats ou d'un coup de bêche, parce qu'on le prend "
     "pour une vipère. Cette fiche d'une association herpétologique de Bretagne et des services "
     "des espaces verts de plusieurs communes explique comment le reconnaître, garder des bandes "
     "d'herbes hautes et des tas de bois, tondre haut et en milieu de journée, se passer des "
     "granulés anti-limaces et le déplacer sans le saisir par la queue. Les vipères, les "
     "hérissons et les robots de tonte ne sont cités qu'en passant.",
     ("orvet fragile", "Anguis fragilis", "lézards sans pattes", "jardins", "guides"),
     ("FR",), "2025-03"),
    ("gf03", "dataset", "es",
     "El lución en Asturias: atlas de citas reunidas entre 1990 y 2024",
     "El lución (Anguis fragilis), al que en Galicia llaman escáncer y en muchos pueblos culebra "
     "de cristal, es un lagarto sin patas de cuerpo liso y brillante, cobrizo o gris, con "
     "párpados móviles y una cola que puede soltar, que vive escondido bajo piedras, troncos, "
     "hojarasca y montones de hierba. En la península ibérica ocupa sobre todo la franja norte "
     "húmeda, en prados con setos, bordes de bosque, huertas y brezales. Este conjunto de datos "
     "de una sociedad de ciencias naturales y la universidad regional reúne treinta y cinco años "
     "de citas de Asturias: observaciones de campo, animales hallados bajo refugios artificiales "
     "de muestreo, ejemplares de museo y animales encontrados muertos, con localidad, altitud, "
     "hábitat, fecha y observador, en cuadrículas de un kilómetro. Incluye una nota para "
     "distinguir el lución de las culebras jóvenes y de la culebrilla ciega, que no vive en "
     "Asturias. Las víboras de Seoane, las culebras lisas y los gatos domésticos se citan de "
     "paso.",
     ("lución", "Anguis fragilis", "culebra de cristal", "Asturias", "conjuntos de datos"),
     ("ES",), "2025-06"),
    # --- eagle owls -------------------------------------------------------------------------------
    ("gf04", "document", "en",
     "Guidance for planners and cabin builders: keeping disturbance away from eagle owl nest "
     "cliffs on the Trøndelag coast",
     "The Eurasian eagle owl (Bubo bubo) is the largest owl in the world, with orange eyes, long "
     "ear tufts and a wingspan of up to 1.8 metres; it nests on ledges of cliffs and steep slopes "
     "and hunts at dusk for rats, hedgehogs, hares, gulls and crows. Once common along the coast "
     "of central Norway, it is now red-listed: persecution reduced it in the last century, and "
     "many of the cliffs and islets where it nests now lie beside holiday cabins, quays, "
     "footpaths and new roads. Owls disturbed in March and April may abandon their eggs. This "
     "guidance of the county environment department and an ornithological society tells "
     "municipalities and builders how to find out whether a site lies near a known territory, "
     "which distances to keep from a nest cliff, when building work and blasting can take place, "
     "and how to site paths and outdoor lights. Power lines, white-tailed eagles and wind farms "
     "are named in passing.",
     ("eagle owls", "Bubo bubo", "nest cliffs", "disturbance", "guidance"),
     ("NO",), "2025-02"),
    ("gf05", "project", "fr",
     "Grand-duc d'Europe et carrières : un projet avec les exploitants de Wallonie",
     "Le grand-duc d'Europe (Bubo bubo), le plus grand hibou du monde, reconnaissable à ses "
     "aigrettes et à ses yeux orange, avait disparu de Belgique au début du XXe siècle, victime "
     "du tir et des pièges. Revenu en Wallonie dans les années 1980 depuis l'Eifel et les "
     "Ardennes françaises, il y compte aujourd'hui plusieurs centaines de couples, dont une bonne "
     "part niche sur les fronts de taille des carrières, en activité ou abandonnées, où il trouve "
     "des vires tranquilles au-dessus des rats, des lapins et des pigeons. Ce projet d'une "
     "association ornithologique, de la fédération des industries extractives et de "
     "l'administration de la nature forme les carriers à repérer les aires, adapte le calendrier "
     "des travaux d'extraction et des purges près des nids de février à juin, conserve des vires "
     "lors des réaménagements et suit chaque année les couples. Les faucons pèlerins, les "
     "hirondelles de rivage et les tirs de mines ne sont cités qu'en passant.",
     ("grand-duc d'Europe", "Bubo bubo", "carrières", "Wallonie", "projets"),
     ("BE",), "2025-05"),
    ("gf06", "event", "es",
     "Jornada en Murcia: el búho real, el gran depredador nocturno de las sierras del sureste",
     "El búho real (Bubo bubo) es la mayor rapaz nocturna de Europa: pesa hasta tres kilos, tiene "
     "grandes penachos sobre la cabeza, ojos anaranjados y un canto grave que se oye a kilómetros "
     "en las noches de invierno, cuando los machos defienden su territorio. La Región de Murcia "
     "mantiene una de las poblaciones más densas del continente, en sierras, barrancos y ramblas "
     "y hasta en los pinares y huertas que rodean la ciudad, gracias a la abundancia de conejos. "
     "El 24 de enero de 2026, una asociación naturalista y la universidad organizan una jornada "
     "abierta: charlas sobre su dieta, su reproducción y los años de seguimiento de adultos con "
     "emisores, la convivencia con cazadores y colombicultores, y una escucha nocturna de los "
     "machos en una sierra cercana, con plazas limitadas. Los tendidos eléctricos, los conejos y "
     "las palomas deportivas se citan de paso.",
     ("búho real", "Bubo bubo", "rapaces nocturnas", "Murcia", "eventos"),
     ("ES",), "2025-12"),
    # --- Rosalia longicorn ------------------------------------------------------------------------
    ("gf07", "project", "en",
     "Beech log piles as death traps: a project for the Rosalia longicorn in the Poloniny hills, "
     "Slovakia",
     "The Rosalia longicorn (Rosalia alpina) is one of Europe's most striking beetles: pale "
     "blue-grey with velvet-black spots, and antennae longer than its body, banded blue and "
     "black. Its larvae live for three years or more in the dry, sun-warmed dead wood of old "
     "beech trees, and the adults, seen in July and August, lay their eggs in freshly cut beech. "
     "That is the trap: stacks of beech logs left beside forest roads over the summer draw "
     "females by the hundred, and the eggs and larvae are burnt with the wood the next winter. In "
     "the beech forests of the Poloniny hills of eastern Slovakia, this project of a national "
     "park, the state forest enterprise and a university counts the beetles on log piles, moves "
     "the felling and haulage of beech so that no stacks stand in the forest from June to "
     "September, and leaves old trees and high stumps in clearings. Bark beetles, firewood prices "
     "and bison are named in passing.",
     ("Rosalia longicorn", "Rosalia alpina", "longhorn beetles", "beech forests", "projects"),
     ("SK",), "2025-03"),
    ("gf08", "support-source", "fr",
     "Offre : diagnostic gratuit des forêts communales pour la rosalie des Alpes, dans les "
     "Pyrénées-Atlantiques",
     "La rosalie des Alpes (Rosalia alpina) est un longicorne, un coléoptère aux antennes plus "
     "longues que le corps, gris-bleu taché de noir velouté, protégé en France et en Europe. "
     "Malgré son nom, elle vit dans les vieilles hêtraies de montagne comme de basse altitude, où "
     "ses larves creusent pendant trois ans le bois mort ensoleillé des hêtres dépérissants, des "
     "chandelles et des grosses branches cassées. Elle disparaît là où les forêts sont rajeunies "
     "et nettoyées de tout arbre mort. Un conservatoire d'espaces naturels et l'office forestier "
     "proposent aux communes forestières des Pyrénées-Atlantiques un diagnostic gratuit de leurs "
     "forêts : repérage des hêtres morts ou dépérissants et des chandelles à laisser sur pied, "
     "des bois morts à garder au sol, conseils pour enlever avant juin les piles de bois de hêtre "
     "où pondent les femelles, et panneaux pour les promeneurs. Le pique-prune, les arbres "
     "têtards et le bois de chauffage ne sont cités qu'en passant.",
     ("rosalie des Alpes", "Rosalia alpina", "longicornes", "arbres-habitats", "offres"),
     ("FR",), "2025-04"),
    ("gf09", "event", "es",
     "Jornada en Gorbeia: la rosalía alpina y la madera muerta de los hayedos",
     "La rosalía alpina (Rosalia alpina) es un escarabajo cerambícido, o longicornio, de color "
     "gris azulado con manchas negras aterciopeladas y antenas más largas que el cuerpo, "
     "protegido por la Directiva Hábitats. Sus larvas viven tres años o más en la madera muerta y "
     "soleada de hayas viejas, y en la península ibérica se reparte por los hayedos del Pirineo, "
     "de la cordillera Cantábrica y del Sistema Ibérico. Muchos de sus árboles desaparecen con "
     "las cortas y con la retirada de la madera muerta. El 11 de julio de 2025, el parque natural "
     "de Gorbeia, entre Álava y Bizkaia, y una sociedad de ciencias organizan una jornada "
     "abierta: una charla sobre su ciclo de vida y sobre cómo distinguirla de otros cerambícidos, "
     "un paseo por un hayedo para buscar adultos sobre troncos y leñeras, y una mesa con "
     "forestales y propietarios sobre los árboles viejos que conviene dejar en pie. Los "
     "trasmochos, la leña y el ganado se citan de paso.",
     ("rosalía alpina", "Rosalia alpina", "cerambícidos", "hayedos", "eventos"),
     ("ES",), "2025-06"),
    # --- Killarney fern ---------------------------------------------------------------------------
    ("gf10", "dataset", "en",
     "Killarney fern in Kerry and west Cork: fronds and gametophyte colonies mapped, 2005-2024",
     "The Killarney fern (Vandenboschia speciosa, long known as Trichomanes speciosum) is a filmy "
     "fern: its translucent, finely divided fronds are only one cell thick, so it lives only in "
     "constant humidity and deep shade, beside waterfalls, in the spray of streams, in rock "
     "crevices and at the mouths of caves. A relic of warmer times, it grows in Europe only on "
     "the Atlantic fringe, and it leads a second, hidden life as a gametophyte, a dark green felt "
     "of threads that persists in dark crevices far from the places where fronds grow. Dug up by "
     "Victorian fern collectors almost to extinction, it is protected in Ireland. This dataset of "
     "the national parks service and a botanical society holds twenty years of surveys in Kerry "
     "and west Cork: every colony, with frond counts or felt area, rock, shade and threats such "
     "as rhododendron, trampling and drought. Strawberry trees, mosses and rhododendron are named "
     "in passing.",
     ("Killarney fern", "Vandenboschia speciosa", "filmy ferns", "Kerry", "datasets"),
     ("IE",), "2025-01"),
    ("gf11", "need", "fr",
     "Besoin : connaître et protéger le trichomanès remarquable des ravins humides du Pays basque",
     "Le trichomanès remarquable (Vandenboschia speciosa) est une fougère de la famille des "
     "hyménophyllacées, les fougères-films, dont les frondes translucides n'ont qu'une cellule "
     "d'épaisseur et ne supportent ni le soleil ni la sécheresse. Relique d'une flore "
     "subtropicale de l'ère tertiaire, il ne subsiste en France, sous sa forme de fronde, que "
     "dans quelques ravins très humides et ombragés du Pays basque, près des cascades et des "
     "suintements ; sous sa forme de gamétophyte, un petit feutrage vert sombre, il se cache "
     "jusque dans des fissures de grès des Vosges et de Bretagne. Un conservatoire botanique et "
     "une association naturaliste sollicitent un appui pour prospecter les ravins des bassins de "
     "la Nivelle et de la Nive, mesurer l'humidité des stations, évaluer les effets des coupes "
     "forestières et des captages d'eau et former les agents des communes. Les mousses, les "
     "saumons et les fougères arborescentes ne sont cités qu'en passant.",
     ("trichomanès remarquable", "Vandenboschia speciosa", "fougères-films", "Pays basque",
      "besoins"),
     ("FR",), "2025-03"),
    ("gf12", "project", "es",
     "Proyecto en las Fragas do Eume: el helecho de Killarney y los helechos relictos del "
     "Terciario",
     "El helecho de Killarney (Vandenboschia speciosa) es un helecho de la familia de las "
     "himenofiláceas, los helechos película, cuyas frondas traslúcidas tienen una sola capa de "
     "células y necesitan humedad constante y sombra: crece junto a cascadas, en paredes "
     "rezumantes y en grietas de roca a la orilla de los ríos. Es, con la píjara (Woodwardia "
     "radicans) y Culcita macrocarpa, una de las reliquias de los bosques subtropicales que "
     "cubrían Europa hace millones de años, y está catalogado como vulnerable. En las Fragas do "
     "Eume, uno de los bosques atlánticos mejor conservados de Galicia, este proyecto del parque "
     "natural y una universidad cartografía sus poblaciones, mide la humedad y la luz de cada "
     "una, vigila los claros que abren los árboles caídos y los temporales, y señaliza los "
     "senderos para que los visitantes no pisen ni arranquen las frondas. Los eucaliptos de las "
     "plantaciones vecinas, las nutrias y los barranquistas se citan de paso.",
     ("helecho de Killarney", "Vandenboschia speciosa", "helechos relictos", "Fragas do Eume",
      "proyectos"),
     ("ES",), "2025-05"),
    # --- gypsum habitats --------------------------------------------------------------------------
    ("gf13", "document", "en",
     "Guidance: protecting gypsum plants during pipeline and well-pad work in the Chihuahuan "
     "Desert of New Mexico",
     "Gypsum soils, formed where ancient seas and salt lakes left thick beds of the soft white "
     "mineral, cover wide areas of the Chihuahuan Desert, and they hold plants found nowhere "
     "else: gypsophiles, adapted to a crusted, sulphate-rich soil in which most plants cannot "
     "grow. In south-eastern New Mexico and west Texas, gypsum hills, flats and dunes host such "
     "plants as the gypsum wild buckwheat (Eriogonum gypsophilum), a federally threatened "
     "species, and the gypsum ringstem, with a living soil crust between them. The same land lies "
     "over the Permian Basin, where oil and gas pipelines, well pads, caliche pits and roads "
     "cross it every year. This guidance of a federal land agency and a native plant society "
     "explains how to recognise gypsum habitats before work starts, route pipelines around rare "
     "plant populations, keep vehicles on existing tracks, set aside and replace the gypsum "
     "crust, and avoid seeding with non-native grasses. White Sands, caliche and produced water "
     "are named in passing.",
     ("gypsum habitats", "gypsophiles", "Eriogonum gypsophilum", "Chihuahuan Desert", "guidance"),
     ("US",), "2025-02"),
    ("gf14", "event", "fr",
     "Journée botanique en Haute-Maurienne : les gypses et leurs pelouses steppiques",
     "Le gypse est une roche tendre et blanche, un sulfate de calcium que l'eau dissout "
     "facilement ; là où il affleure, il donne des sols pauvres, secs et instables où ne pousse "
     "qu'une flore particulière, les plantes gypsicoles, mêlées à des plantes des steppes. Dans "
     "les Alpes françaises, les bandes de gypse de la Haute-Maurienne et de la Vanoise, sous un "
     "climat très sec pour la montagne, portent des pelouses steppiques riches en astragales, "
     "fétuques, armoises et insectes rares, menacées par les pistes, l'abandon du pâturage, "
     "l'embroussaillement et autrefois par les plâtrières. Le 13 juin 2026, un parc national et "
     "une société botanique proposent une journée de terrain au départ de Bramans : "
     "reconnaissance des plantes du gypse, lecture du paysage avec un géologue, visite d'une "
     "ancienne plâtrière et présentation des travaux menés avec les éleveurs pour garder ces "
     "pentes ouvertes. Les marmottes, le plâtre et le ski ne sont cités qu'en passant.",
     ("plantes gypsicoles", "gypse", "pelouses steppiques", "Haute-Maurienne", "événements"),
     ("FR",), "2026-01"),
    ("gf15", "case-study", "es",
     "Estudio de caso: quince años de gestión de los yesares del sureste de Madrid",
     "Los yesares son terrenos de yeso, un mineral blando y blanco que dejaron mares y lagunas "
     "salinas hace millones de años, y en ellos crece una flora muy especializada, las plantas "
     "gipsófilas, capaces de vivir en un suelo pobre, con costra y cargado de sulfatos, como la "
     "albada o jabonera (Gypsophila struthium), el asnallo (Ononis tridentata) y la jarilla de "
     "escamas (Helianthemum squamatum). España tiene los yesares más extensos de Europa, un "
     "hábitat prioritario de la Directiva Hábitats. En el sureste de la Comunidad de Madrid, "
     "entre el Jarama y el Tajuña, los cerros de yeso han perdido terreno por canteras de yeso "
     "para la construcción, roturaciones para olivar y cereal, escombreras y huertos solares. "
     "Este estudio de caso del parque regional y una universidad repasa quince años de gestión: "
     "compra de parcelas, cierre de accesos, acuerdos con agricultores para no labrar las "
     "laderas, restauración de una cantera abandonada y seguimiento de la flora. Las avutardas, "
     "los olivares y las placas de yeso se citan de paso.",
     ("yesares", "plantas gipsófilas", "Gypsophila struthium", "Madrid", "estudios de caso"),
     ("ES",), "2025-09"),
    # --- lily of the valley -----------------------------------------------------------------------
    ("gf16", "document", "en",
     "Guidance: native lily of the valley in the southern Appalachians, and how to tell it from "
     "garden escapes",
     "Lily of the valley (Convallaria) is a low woodland plant that spreads by creeping rhizomes, "
     "with two broad leaves and a one-sided spray of small, nodding, bell-shaped white flowers in "
     "spring, followed by red berries; every part of it is poisonous. Besides the European "
     "Convallaria majalis, grown in gardens everywhere, a native form, the American lily of the "
     "valley (Convallaria majuscula, or C. majalis var. montana), grows on rich, cool mountain "
     "slopes of the southern Appalachians, in a few dozen scattered colonies from Virginia to "
     "North Carolina and Tennessee. Garden plants dumped with yard waste escape into the woods "
     "and blur the picture. This guidance of a state natural heritage program and a native plant "
     "society explains how to tell the native plant from garden escapes by its leaves, flowers "
     "and way of spreading, how to record and photograph colonies, and why European stock should "
     "not be planted near them. Deer, ramps and the poisoning of dogs are named in passing.",
     ("lily of the valley", "Convallaria majuscula", "Appalachians", "native plants", "guidance"),
     ("US",), "2025-04"),
    ("gf17", "case-study", "fr",
     "Étude de cas : la cueillette du muguet du 1er mai dans les forêts domaniales d'Île-de-France",
     "Le muguet (Convallaria majalis) est une plante vivace des sous-bois frais, aux deux larges "
     "feuilles et à la grappe de clochettes blanches très parfumées, suivie de baies rouges ; "
     "toute la plante est toxique. En France, la tradition d'offrir un brin de muguet le 1er mai "
     "fait qu'on le cueille encore en masse dans certaines forêts, comme celles de Rambouillet, "
     "de Sénart ou de Fontainebleau, alors que l'essentiel des brins vendus vient des cultures du "
     "pays nantais. La vente sur la voie publique est tolérée ce jour-là, mais la cueillette en "
     "forêt domaniale est limitée à un bouquet familial. Cette étude de cas de l'office forestier "
     "et d'un conservatoire botanique revient sur dix ans de comptages de hampes florales dans "
     "des placettes, de contrôles des gardes et de campagnes d'information, et montre que "
     "l'arrachage des rhizomes nuit bien plus que la cueillette des fleurs. Les jacinthes des "
     "bois, les chevreuils et les intoxications d'enfants ne sont cités qu'en passant.",
     ("muguet", "Convallaria majalis", "cueillette", "Île-de-France", "études de cas"),
     ("FR",), "2025-05"),
    ("gf18", "dataset", "es",
     "El lirio de los valles en la Montaña Palentina: poblaciones censadas entre 2008 y 2024",
     "El lirio de los valles o muguete (Convallaria majalis) es una planta vivaz de rizoma "
     "rastrero, con dos hojas anchas y un racimo de pequeñas flores blancas acampanadas y muy "
     "perfumadas en mayo, seguidas de bayas rojas; toda la planta es venenosa. Común en los "
     "bosques de Europa central, en la península ibérica es una rareza: solo vive en unos pocos "
     "hayedos, robledales y abedulares frescos de la cordillera Cantábrica y del Pirineo, y está "
     "protegida en varias comunidades. Este conjunto de datos del servicio territorial de medio "
     "ambiente y un herbario universitario reúne dieciséis años de censos en la Montaña "
     "Palentina: superficie ocupada por cada población, número de tallos con flor, altitud, "
     "orientación, tipo de bosque y señales de arranque o de pastoreo. Incluye notas para no "
     "confundirlo con el ajo de oso ni con las azucenas de los jardines. Las hayas, el ganado y "
     "el oso pardo se citan de paso.",
     ("lirio de los valles", "muguete", "Convallaria majalis", "Palencia", "conjuntos de datos"),
     ("ES",), "2025-07"),
    # --- nuthatches -------------------------------------------------------------------------------
    ("gf19", "project", "en",
     "Krüper's nuthatch on Lesvos: a project in the burnt and logged pine forests of the island",
     "Nuthatches (Sitta) are small, short-tailed birds with long, pointed bills that climb up and "
     "down tree trunks head-first, wedging nuts and seeds into bark to hammer them open, and nest "
     "in holes whose entrance many species narrow with mud. Krüper's nuthatch (Sitta krueperi), "
     "blue-grey with a black cap and a rusty patch on the chest, lives in the pine and cedar "
     "forests of Turkey and the Caucasus and, within the European Union, only on the Greek island "
     "of Lesvos, where a few hundred pairs nest in old Turkish pines. Burnt and salvage-logged "
     "forests, and the loss of the old and rotten pines it needs for nest holes, are the main "
     "threats. This project of a Greek bird society, the island's forest service and local resin "
     "tappers maps the pairs each spring, marks old and dead pines to be left standing in logging "
     "plots, and replants burnt slopes with local pines. Resin tapping, wildfires and "
     "birdwatching tourism are named in passing.",
     ("nuthatches", "Krüper's nuthatch", "Sitta krueperi", "Lesvos", "projects"),
     ("GR",), "2025-04"),
    ("gf20", "need", "fr",
     "Besoin : recenser la sittelle kabyle dans les forêts de chênes de Petite Kabylie",
     "Les sittelles (Sitta) sont de petits oiseaux grimpeurs au bec pointu qui descendent les "
     "troncs tête en bas et coincent les graines dans l'écorce pour les briser. La sittelle "
     "kabyle (Sitta ledanti), découverte seulement en 1975 sur le mont Babor, est le seul oiseau "
     "propre à l'Algérie : gris ardoise dessus, chamois dessous, calotte noire chez le mâle, elle "
     "ne vit que dans quelques massifs de Petite Kabylie, où elle niche dans les trous des vieux "
     "chênes zéens et chênes afares. On ignore combien de couples restent dans les forêts de "
     "Guerrouch, de Tamentout et de Djimla, touchées par les incendies, les coupes et le "
     "surpâturage. Un parc national de la wilaya de Jijel, une université et une association "
     "ornithologique sollicitent un appui pour former des équipes, recenser les couples à la "
     "repasse pendant deux printemps et cartographier les vieux arbres à cavités. Le singe magot, "
     "le sapin de Numidie et les incendies ne sont cités qu'en passant.",
     ("sittelle kabyle", "Sitta ledanti", "sittelles", "Petite Kabylie", "besoins"),
     ("DZ",), "2025-06"),
    ("gf21", "event", "es",
     "Taller en Durango: los saltapalos de los bosques de pino y encino de la Sierra Madre "
     "Occidental",
     "Los saltapalos, como se llama en México a los pájaros del género Sitta, son aves pequeñas "
     "de cola corta y pico largo y puntiagudo que trepan por los troncos cabeza abajo, buscando "
     "insectos en la corteza y encajando semillas en las grietas para abrirlas a golpes. En los "
     "bosques de pino y encino de la Sierra Madre Occidental viven el saltapalos pechiblanco "
     "(Sitta carolinensis) y el saltapalos enano (Sitta pygmaea), que anida en grupo en pinos "
     "viejos y secos y depende de los árboles muertos en pie. El 7 de marzo de 2026, una "
     "universidad del estado, un ejido forestal con certificación y una asociación de "
     "observadores de aves organizan en Durango un taller para técnicos forestales y brigadistas: "
     "cómo reconocer a los saltapalos y distinguirlos de los trepadores y de los carpinteros, y "
     "qué árboles muertos y viejos conviene dejar en las cortas. Los pájaros carpinteros, los "
     "incendios y el turismo de naturaleza se citan de paso.",
     ("saltapalos", "Sitta pygmaea", "Sitta carolinensis", "Durango", "eventos"),
     ("MX",), "2026-01"),
    # --- sea kale ---------------------------------------------------------------------------------
    ("gf22", "project", "en",
     "Sea kale on the shingle of Rye Harbour: a project to keep sea defence works off the plants",
     "Sea kale (Crambe maritima) is a stout perennial of the cabbage family that grows on coastal "
     "shingle, with thick, waxy, blue-grey leaves crinkled at the edges, dense heads of "
     "honey-scented white flowers in June and round, corky seed pods carried by the sea. Its long "
     "roots reach fresh water deep among the stones, and it is one of the few plants able to live "
     "on shingle banks. Blanched under pots, its young shoots were a fashionable vegetable in "
     "Georgian and Victorian England, and whole plants were dug from beaches for gardens. At Rye "
     "Harbour, East Sussex, where the flood defence authority regularly moves shingle to rebuild "
     "the bank, this project of the nature reserve, the authority and a botanical society maps "
     "every plant, marks zones that machines must not cross, times shingle works outside the "
     "flowering and seeding season and sows local seed on reprofiled ridges. Little terns, beach "
     "nourishment and the yellow horned poppy are named in passing.",
     ("sea kale", "Crambe maritima", "vegetated shingle", "East Sussex", "projects"),
     ("GB",), "2025-03"),
    ("gf23", "dataset", "fr",
     "Le chou marin sur les cordons de galets de la Manche : stations suivies de 1995 à 2024",
     "Le chou marin (Crambe maritima), aussi appelé crambe maritime, est une grande plante vivace "
     "de la famille des choux, aux feuilles épaisses, charnues et bleutées, ondulées sur les "
     "bords, qui fleurit en juin en larges bouquets de petites fleurs blanches au parfum de miel. "
     "Il pousse en haut des plages de galets et de graviers, où ses racines profondes vont "
     "chercher l'eau douce entre les pierres. Protégé en France, il a longtemps été arraché pour "
     "ses jeunes pousses, blanchies et mangées comme des asperges, et il souffre aujourd'hui du "
     "nettoyage mécanique des plages, du piétinement et des travaux sur les digues. Ce jeu de "
     "données d'un conservatoire botanique réunit trente ans de relevés sur les cordons de galets "
     "de Normandie et de la côte d'Opale : nombre de pieds, pieds fleuris, état de chaque station "
     "et travaux de rechargement ou de confortement menés à proximité. Le gravelot à collier "
     "interrompu, la laisse de mer et les silex ne sont cités qu'en passant.",
     ("chou marin", "Crambe maritima", "cordons de galets", "Normandie", "jeux de données"),
     ("FR",), "2025-02"),
    ("gf24", "need", "es",
     "Necesidad: salvar las últimas matas de col marina de las playas de cantos del Cantábrico",
     "La col marina (Crambe maritima), también llamada berza marina, es una planta perenne "
     "robusta de la familia de las coles, de hojas gruesas, carnosas y de color verde azulado, "
     "con flores blancas en racimos densos que huelen a miel. Vive en las playas de cantos "
     "rodados y gravas de la costa atlántica europea, y en la península ibérica solo en unas "
     "pocas playas de Cantabria y Asturias, donde está catalogada en peligro de extinción. Los "
     "temporales cada vez más fuertes, la limpieza mecánica de las playas, los aparcamientos "
     "junto al mar y el pisoteo han dejado apenas unas decenas de matas. Una asociación botánica "
     "y la universidad solicitan apoyo para contar y marcar todas las matas, proteger las mejores "
     "con cercados temporales en verano, criar plantas en vivero a partir de semilla local y "
     "plantarlas en playas de cantos sin tráfico, con la ayuda de los ayuntamientos. Las "
     "gaviotas, las algas de arribazón y la berza de huerta se citan de paso.",
     ("col marina", "berza marina", "Crambe maritima", "Cantabria", "necesidades"),
     ("ES",), "2025-05"),
    # --- heliconias -------------------------------------------------------------------------------
    ("gf25", "event", "en",
     "Balisier day at the Main Ridge, Tobago: the wild heliconias of Trinidad and Tobago",
     "Heliconias (Heliconia) are large herbs of the wet tropics of the Americas, related to "
     "bananas and gingers, with paddle-shaped leaves and long flower stalks carrying stiff, "
     "brightly coloured bracts, red, orange or yellow, shaped like lobster claws or birds' beaks, "
     "that hold nectar and rainwater. In Trinidad and Tobago they are called balisiers; the wild "
     "balisier, Heliconia bihai, grows along forest streams and roadsides, and its upright red "
     "bracts became a national emblem and a political symbol. The islands have a handful of "
     "native species, while many others are grown in gardens and hotel grounds and some have "
     "escaped into the forest. On 21 February 2026, the forestry division and a field "
     "naturalists' club hold a balisier day at the Main Ridge Forest Reserve: a walk to the wild "
     "stands along the streams, talks on which species are native and which garden ones spread, "
     "and a look at the insects and frogs that live in the water of the bracts. Hummingbirds, "
     "mosquitoes and the cut-flower trade are named in passing.",
     ("heliconias", "balisiers", "Heliconia bihai", "Tobago", "events"),
     ("TT",), "2026-01"),
    ("gf26", "dataset", "fr",
     "Les balisiers de Guyane : inventaire des espèces sauvages d'Heliconia et de leurs stations, "
     "1990-2024",
     "Les balisiers (Heliconia) sont de grandes herbes des forêts humides d'Amérique tropicale, "
     "parentes des bananiers, aux feuilles en forme de pagaie et aux hampes garnies de bractées "
     "raides, rouges, orange ou jaunes, en forme de pinces de homard ou de becs d'oiseau, où "
     "s'accumulent le nectar et l'eau de pluie. On en compte une quinzaine d'espèces sauvages en "
     "Guyane, dans les sous-bois, les chablis, les bords de criques et les lisières de pistes, où "
     "elles nourrissent des oiseaux-mouches et abritent des grenouilles, des insectes et des "
     "chauves-souris qui dorment dans les jeunes feuilles enroulées. Ce jeu de données de "
     "l'herbier de Cayenne et d'une association de botanistes rassemble plus de trente ans de "
     "récoltes et d'observations : espèce, lieu, milieu, couleur des bractées, période de "
     "floraison, avec des photographies qui aident à distinguer les espèces sauvages des "
     "balisiers cultivés dans les jardins. Les colibris, les chauves-souris et les jardins "
     "créoles ne sont cités qu'en passant.",
     ("balisiers", "Heliconia", "flore de Guyane", "inventaire", "jeux de données"),
     ("GF",), "2025-08"),
    ("gf27", "support-source", "es",
     "Oferta: plántulas de heliconias nativas para los relictos de bosque de las fincas del "
     "Quindío",
     "Las heliconias (Heliconia), que en Colombia llaman platanillos, son hierbas grandes de los "
     "bosques húmedos de América tropical, parientes del plátano, con hojas en forma de remo y "
     "brácteas rígidas de colores vivos, rojas, naranjas o amarillas, en las que se acumulan el "
     "néctar y el agua. Colombia es el país con más especies, cerca de un centenar, muchas de "
     "ellas endémicas de los Andes, y varias están amenazadas por la tala de los bosques de "
     "ladera y de los guaduales. Una asociación de viveristas comunitarios y la corporación "
     "ambiental regional ofrecen a propietarios de fincas cafeteras, acueductos veredales y "
     "colegios del Quindío plántulas de heliconias nativas propagadas a partir de rizomas y "
     "semillas de la región, con asesoría para sembrarlas en los bordes y claros de los relictos "
     "de bosque, y una visita de seguimiento al año. Las flores de corte, los colibríes y el café "
     "se citan de paso.",
     ("heliconias", "platanillos", "plántulas", "Quindío", "ofertas"),
     ("CO",), "2025-10"),
    # --- moles ------------------------------------------------------------------------------------
    ("gf28", "need", "en",
     "Need: a first count of star-nosed moles in the wetlands of Cape Breton, Nova Scotia",
     "Moles (Talpidae) are small insect-eating mammals built for digging, with velvety fur that "
     "lies either way, tiny eyes, no visible ears and broad, spade-like forefeet. The star-nosed "
     "mole (Condylura cristata) of eastern North America is the strangest of them: a ring of "
     "twenty-two pink, fleshy rays around its nostrils, packed with touch receptors, lets it find "
     "and eat a worm or a water insect in a fraction of a second, and it swims well and even "
     "forages under the ice. It lives in wet meadows, bog edges, marshes and stream banks, and no "
     "one knows how many remain on Cape Breton Island, where wetlands are drained for roads, "
     "blueberry fields and cottages. A university and a naturalists' society are asking for help "
     "to train field teams, set live traps at fifty wetlands over two summers and map the animals "
     "for land-use planning. Shrews, meadow voles and blueberry farming are named in passing.",
     ("star-nosed mole", "Condylura cristata", "moles", "Cape Breton", "needs"),
     ("CA",), "2025-07"),
    ("gf29", "support-source", "fr",
     "Offre : cours de taupier pour les agriculteurs, les communes et les jardiniers du canton de "
     "Fribourg",
     "La taupe d'Europe (Talpa europaea) est un petit mammifère fouisseur au pelage de velours "
     "noir, aux yeux minuscules et aux pattes avant larges comme des pelles, qui creuse sous les "
     "prés et les jardins des galeries où elle chasse les vers de terre et les larves d'insectes. "
     "Ses taupinières gênent la fauche : la terre salit le fourrage et l'ensilage. On l'a "
     "longtemps combattue avec des gaz et des appâts empoisonnés qui tuaient aussi d'autres "
     "animaux. L'école d'agriculture du canton et une association de taupiers proposent aux "
     "agriculteurs, aux communes et aux jardiniers des cours d'une journée : biologie de la "
     "taupe, lecture des galeries, pose de pièges mécaniques là où les dégâts le justifient, "
     "moyens de vivre avec elle ailleurs et rôle qu'elle joue pour aérer et drainer les sols. Le "
     "campagnol terrestre, souvent confondu avec la taupe, les vers de terre et les rapaces ne "
     "sont cités qu'en passant.",
     ("taupes", "Talpa europaea", "taupiers", "prairies", "offres"),
     ("CH",), "2025-09"),
    ("gf30", "case-study", "es",
     "Estudio de caso: dónde acaba el topo ibérico y empieza el europeo, según los cráneos de las "
     "egagrópilas de Navarra",
     "Los topos (familia de los tálpidos) son pequeños mamíferos excavadores de pelaje "
     "aterciopelado, ojos diminutos y manos anchas como palas, que pasan la vida en galerías bajo "
     "prados, huertas y bosques, comiendo lombrices y larvas. En la península ibérica viven dos "
     "especies casi idénticas: el topo ibérico (Talpa occidentalis), un endemismo que ocupa casi "
     "toda la península, y el topo europeo (Talpa europaea), que solo entra por el Pirineo y el "
     "norte. Nadie sabía bien dónde se encuentran. Este estudio de caso de una sociedad de "
     "ciencias naturales y una universidad cuenta cómo se resolvió en Navarra: durante seis años "
     "se recogieron egagrópilas de lechuzas y cárabos en iglesias y bordas, se midieron miles de "
     "cráneos y mandíbulas de topo y se trazó la línea de contacto entre las dos especies, que "
     "sigue en parte la divisoria de aguas. Explica lo que aporta el método y sus límites. Las "
     "lechuzas, el desmán ibérico y las musarañas se citan de paso.",
     ("topos", "topo ibérico", "Talpa occidentalis", "Navarra", "estudios de caso"),
     ("ES",), "2025-11"),
)  # fmt: skip
