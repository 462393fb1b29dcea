"""Clearing-house records of the hundred-and-fifty-first judged relevance set
(tests/search/relevance/queries151.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on squirrel monkeys, Saimiri (a dataset of twelve years of group
counts of the black squirrel monkey along the channels of the várzea of the Mamirauá reserve,
Amazonas, Brazil; a need to learn how many bands of saïmiris, the singes-écureuils, remain in
the forests of the coastal plain between Kourou and Iracoubo, French Guiana; a project of live
fences and gallery forests with the ranchers of the district of Barú for the mono tití
chiricano, the Central American squirrel monkey of western Chiriquí and the Burica peninsula,
Panama); on bellbirds, Procnias (a project with two Patamona villages to keep the calling ridges
of the white bellbird uncleared in the Pakaraima Mountains, Guyana; a dataset of sixteen seasons
of singing males and song perches of the araponga blanc around the Nouragues research station,
French Guiana; a jornada, an event, on the pájaro campana, the national bird, in the San Rafael
reserve, Itapúa, Paraguay); on crossbills, Loxia (guidance, a document, for forest managers on
crossbills, cone crops and the timing of felling in Scotland, United Kingdom; a need to save the
pinewoods of the bec-croisé d'Hispaniola in the massif de la Selle, Haiti; a case study of the
piquituerto de La Española in Valle Nuevo ten years after the farms left the national park,
Dominican Republic); on brocket deer, Mazama (a need for a first survey of the small red brocket
in the Atlantic Forest of the Ribeira valley, Brazil; a journée technique, an event, in Cayenne
on telling the daguet rouge from the daguet gris, French Guiana; a case study of fifteen years
of records of the temazates in the milpas and acahuales of three Maya ejidos of southern
Yucatán, Mexico); on the ocean sunfish, Mola (a dataset of ten years of sightings on aerial
surveys of the Irish shelf seas, Ireland; a need to understand the autumn strandings of môles in
the Gulf of St. Lawrence, Quebec, Canada; a guide, a document, to telling apart the four peces
luna recorded in Chile and reporting their strandings, Chile); on antlions, Myrmeleontidae (a
project for the sheltered sand of Britain's only breeding antlion, Euroleon nostras, on the
Suffolk coast, England, United Kingdom; an offer, a support source, of free surveys of
fourmilions for the communes and the managers of sandy sites of Wallonia, Belgium; a dataset of
the hormigas león of the Iberian Peninsula and the Balearic Islands in collections and surveys
since 1900, Spain and Portugal); on amphisbaenians, the worm lizards (a case study of the
Florida worm lizards sifted from the topsoil of a sandhill cleared for housing near Gainesville,
Florida, United States; a need to learn where the amphisbène de Wiegmann lives in the maquis,
cork oak woods and olive groves around Annaba and El Kala, Algeria; a guide, a document, on the
culebrilla ciega for gardeners, growers and farmers, Spain); on wild cyclamens, sowbread (an
offer, a support source, of young Cyprus cyclamens grown from local seed, Cyprus; a dataset of
forty years of records of the cyclamen des Baléares in the Hérault and the Gard, France; a
project for the pa porcí, the ciclamen de Baleares, in the holm oak woods of the Serra de
Tramuntana, Mallorca, Spain); on service trees, Sorbus domestica and Sorbus torminalis (a
service tree day, an event, in the Wyre Forest and at its whitty pear, England, United Kingdom;
a guide, a document, for forest owners on recognising and favouring the cormier and the alisier
torminal, France; an offer, a support source, of young serbales comunes and serbales silvestres
of local origin for the hills of La Rioja, Spain); and on ramondas, the resurrection plants of
Balkan and Pyrenean cliffs (a case study of Natalie's ramonda, Serbia's flower of remembrance,
Serbia; a project to keep the ramonde des Pyrénées on the rock faces made safe above the roads
of the Ariège, France; a jornada, an event, in Jaca on the oreja de oso and the flora of
Pyrenean cliffs, Spain). English, French and Spanish, 10 records each, every topic written once
in each language (different countries or places, projects and angles, not translations of one
text); the Spanish records gb18, gb21, gb24, gb27 and gb30 are in Spain, the only
Spanish-speaking country where the culebrilla ciega, the pa porcí, the serbal común and serbal
silvestre and the oreja de oso live wild and the richest in antlions in Europe, at five scopes
(the whole Iberian Peninsula, its centre and south, Mallorca, La Rioja and the Pyrenees of
Aragon), by five different bodies and with five angles; the other five are in Panama, Paraguay,
the Dominican Republic, Mexico and Chile.

None of records.py, records3.py, ..., records149.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (squirrel monkey, Saimiri, saïmiri, singe-écureuil, singe
écureuil, mono ardilla, mono tití, tití, capuchin, capucin, sapajou, Mamirauá, Japurá, Chiriquí,
Burica, Barú; bellbird, Procnias, cotinga, araponga, oiseau-cloche, campanero, pájaro campana,
korimako, Pakaraima, Kaieteur, Nouragues, San Rafael, Itapúa; crossbill, Loxia, bec-croisé,
piquituerto, pico cruzado, finch, pinson, fringílido, pin créole, bois pin, pino criollo, forêt
des Pins, la Selle, Valle Nuevo; brocket, Mazama, daguet, cariacou, corzuela, guazuncho,
temazate, venado colorado, cabrito de monte, bororo, acahual, Ribeira; sunfish, Mola, Mola mola,
Mola tecta, Masturus, poisson-lune, môle, pez luna, pez sol, clavus, Celtic Sea, Donegal,
Gaspésie, Madeleine; antlion, ant lion, doodlebug, fourmilion, fourmi-lion, hormiga león,
Myrmeleon, Euroleon, Palpares, ascalaphe, owlfly, Suffolk, Minsmere, Sandlings; amphisbaenian,
worm lizard, amphisbène, anfisbena, anfisbénido, culebrilla ciega, víbora ciega, two-headed,
Blanus, Rhineura, Trogonophis, Gainesville, Annaba, El Kala; cyclamen, ciclamen, ciclamino,
sowbread, pain de pourceau, pan porcino, pa porcí, Cyclamen persicum, Cyclamen cyprium, Cyclamen
balearicum, Paphos, Troodos, Hérault, Tramuntana; service tree, whitty pear, chequer, Sorbus,
cormier, corme, alisier, serbal, serba, jerbo, mostajo, rowan, whitebeam, sorbier, Wyre, Rioja;
Ramonda, ramonde, oreja de oso, resurrection plant, plante de la résurrection, planta de la
resurrección, rosa de Jericó, Selaginella, Sićevo, Jelašnica, Ariège, Jaca). Screened and
dropped as covered or as too near the queries of earlier sets: ground squirrels and sousliks
(the squirrels, écureuils and ardillas queries), wrynecks (the woodpeckers and pics queries,
since they are woodpeckers), wallcreepers (the escalada, escalade and rock climbing queries),
lady's slipper orchids (the orchids, orchidées and orquídeas queries), large blue butterflies
(the butterflies queries), fire salamanders and harlequin toads (the amphibians and anfibios
queries), vipers (the snake OR python and snakebite queries), tinamous (the perdices query, as
set 139 found), Hercules beetles (the "Guadeloupe OR Martinique" and "Colombia insectos" queries
would have had to be re-judged), the dwarf fan palm, Chamaerops (the palmito query), native
wildflower seed for restoration (the restauración de ecosistemas and bancos de semillas
queries), mineral licks (the collpas of the hunting pages of records63 and the edible clay
queries), frailejones (the páramos query), graylings (the ombre commun of cg08 and dc23),
lampreys (records49), gentians (records101), mistletoe (records57), dormice (records75),
fireflies (records20), frankincense and sandalwood (records21), agarwood (records19), lomas
(records28), sea urchins (the oursins query), conservation easements (records36), bearded
vultures (the buitres queries) and every invasive species (the invasive species queries),
besides the topics of sets 42 to 149 and those their docstrings list as covered; screened with
no or passing hits but not chosen: capuchin monkeys (named only among the prey of the harpy
eagle page ck01), grisons, basilisks, marsh deer, ovenbirds, nuthatches, black grouse, tegus,
Conophytum and water chestnuts (named in passing by bm10 and in a list of records36). The topics
were chosen so that none of these records answers a query of an earlier set: the angles that
earlier queries ask for (wildlife trade and trafficking, bushmeat and hunting, camera traps, DNA
barcoding and environmental DNA, detection dogs, birdwatching tourism, bird ringing, citizen
science, human-wildlife conflict, roadkill and wildlife crossings, protected areas, wetlands,
migratory birds, seed dispersal, environmental education, rock climbing and canyoning, drift
gillnets and bycatch, ex situ conservation and seed banks, ecosystem restoration, traditional
knowledge and medicinal plants, oil palm, wild edible plants and traditional orchards) are left
out of these records or named only in passing, no record names CITES, Madagascar, Morocco,
Tunisia, Senegal, Nicaragua, Honduras, Guadeloupe, Martinique, Corsica, the Canaries or another
place that an earlier query asks for by its name alone (the range of the amphisbène de Wiegmann
is given as the Maghreb), and no record is in a country and of a type that an earlier "needs",
"projects" or "case studies" country query asks for (needs Colombia, needs Ecuador, necesidades
México, necesidades Chile, besoins Pérou, projects Peru, proyectos México, proyectos Bolivia,
estudios de caso Chile, études de cas Colombie and the others: the Mexican record is a case
study, the Chilean one a guide, and no record is in Peru, Bolivia, Colombia, Ecuador, Guatemala
or Kenya).

No earlier record is judged relevant to any query of this set. All the hits are passing or about
other things (0): no earlier record names a squirrel monkey, a crossbill, a brocket deer, an
amphisbaenian, a service tree or a ramonda, and antlions are named only in the lists of screened
words of records139, records143 and records147; the bellbirds named among the birds of the Aripo
caves by the oilbird page of Trinidad (ev10) are passing, and the cocks-of-the-rock (fp01-fp03),
cotingas like the bellbirds, are other birds; the poisson-lune named by the page on the requins
pèlerins off Brittany (em02) is passing; the cyclamens named among the bulbs dug for export by
the snowdrop page of Georgia (eq22) are passing; the resurrection plants of the Matobo Hills
inselbergs (bi19) are named among other plants; the tití cabeciblanco of Colombia (dy24) and the
tamarin à mains dorées of the île de Cayenne (dy23) are tamarins, not the mono tití of gb03, and
the capuchins of the harpy eagle page of the North Rupununi (ck01) are prey remains; the white
uakaris of the Mamirauá flooded forest (fl04), counted from canoes in the same forest as gb01,
the night monkeys of the Canal watershed of Panama (ft04) and the howler, spider and proboscis
monkeys of earlier sets are other primates; the pudús, huemuls, musk deer, chevrotains, reindeer
and the Cyprus mouflon of the Paphos Forest (dw13) are other deer or other hoofed animals; the
goldfinches of Malta (dq07) and the other finches are no crossbills; the basking sharks, bluefin
tuna, jellyfish and leatherback turtles of earlier pages are other sea animals; the army ants,
wood ants, leaf-cutting ants and fire ants are ants, and the dragonflies and damselflies other
insects, no antlions; the earthworms, skinks, snakes and the lombrices of earlier pages are no
worm lizards; and the balisiers of the hummingbird page of Guadeloupe (bn02) hold only the
letters of alisier. The places of these records appear in earlier records only as the places of
other topics (0): the white uakaris (fl04) and the pirarucu lakes (ce11) of Mamirauá, near gb01;
the forêts sur sables blancs of the coastal plain (fl29), the cabiais (co08), the howler monkeys
of Petit-Saut (dm02) and the golden-handed tamarins of Cayenne (dy23) of French Guiana, near
gb02; the cooperatives of artisanal fishers of the Gulf of Chiriquí (t18) and the
crown-of-thorns starfish of the Pacific reefs of Panama (bi30), near gb03; the harpy eagle nests
(ck01), the camoudi (ek01) and the Canje pheasants (eq07) of Guyana, near gb04; the ocelots
(ec20), the kwata (ee11) and the savanes-roches (bi20) of the Nouragues, near gb05; the
shade-grown yerba mate of Itapúa and Alto Paraná (ew19), near gb06; the wood ant guidance for
Scotland's pinewoods (fx16), the capercaillie of the Cairngorms (cu01) and the Scottish wildcat
(cs04), near gb07; the solénodon (eq11) and the zagouti (fh14) of the massif de la Hotte of
Haiti, near gb08; the Hispaniolan solenodons of the south-west of the Dominican Republic (eq10),
near gb09; the juçara palm of Brazil's Atlantic Forest (cy28), near gb10; the peccaries and
pakiras hunted in the south of French Guiana (cq02) and the pak (ek29), near gb11; the aguadas
of Calakmul (du27) and the tapacaminos of the roads of the Yucatán peninsula (dy21), near gb12;
the basking sharks off the west of Ireland (em01) and the bluefin tuna tagged in the Celtic Sea
(em04), near gb13; the harp seals of the ice of the Gulf of St. Lawrence (bv05), the gannets of
Bonaventure (dc11) and the green crab of the lagoons of the Îles-de-la-Madeleine (ei23), near
gb14; the nightingales of south-east England (dw01), the stone-curlews of the Brecks (eo28) and
the heritage turkeys of Norfolk and Suffolk (fm07), near gb16; the many pages of Wallonia, near
gb17; the burrowing owls of Cape Coral (ft19) and the other pages of Florida, near gb19; the
sapin de Numidie of the Babors (ft17), the thuya de Berbérie of Tlemcen (fx23), the fig trees of
Kabylie (dq14) and the cork oak woodlands of the western Mediterranean (y22), near gb20; the
Cyprus mouflon of the Paphos Forest (dw13) and the carob trees of Cyprus (ci19), near gb22; the
rolliers of the Costières (ds29) and the guêpiers and ruchers of the Languedoc (di17), near
gb23; the ferreret (eo16) and the dry-stone terraces (bv12) of the Serra de Tramuntana, near
gb24; the long-tailed mayfly of the Tisza (dk25), near gb28; and the brown bears (co02), the
isards (di14) and the talc quarry of Trimouns (fc26) of the Ariège, near gb29.

records150.py (ids ga01..ga30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), written at the same time by another engineer, was searched for the same
words once it was finished (with its queries150.tsv, 60 queries), before these records were
judged: its topics are election campaign waste, the radioactive waste and effluents of nuclear
medicine, kerosene (paraffin) heaters, combustible facade cladding, marble slurry, carbon
dioxide in wineries during vintage, substandard and counterfeit electrical cables, ozone
generators, transformer oil theft and construction dust. None of its records names a squirrel
monkey, a bellbird, a crossbill, a brocket deer, a sunfish, an antlion, an amphisbaenian, a
cyclamen, a service tree or a ramonda. The nearest are places and letters, all judged 0: the
kerosene heaters of Wallonia and Brussels (ga08), in the Belgium of the fourmilions offer
(gb17); the carbon dioxide of the wine cellars of the Languedoc and other regions (ga17), in the
France of the cyclamen des Baléares (gb23); the marble slurry of Macael, Almería (ga15), in the
arid south-east where the hormiga león gigante of gb18 lives, which gb18 does not name; the
ozone generators of Quebec's disaster clean-up firms (ga23), in the Quebec of the môles (gb14);
the paraffin heaters of Santiago (ga09), in the Chile of the peces luna (gb15); the election
posters of Jalisco (ga03), in the Mexico of the temazates (gb12); the ozone air cleaners of
California (ga22), in the United States of the Florida worm lizard (gb19); the marble of Thala
and Kasserine (ga14) and the electrical cables of Morocco (ga20), in the Maghreb of the
amphisbène de Wiegmann, which gb20 names only as a region; and the carbon monoxide (monoxyde,
monóxido) of the heater pages (ga07-ga09), which holds the letters of mono but no mono ardilla.
None of its records answers a query of this set, and none of its queries is repeated in
queries151.tsv. records152.py and records153.py, written at the same time by other engineers,
are not part of this set's pool.

Traps: the white uakaris (the topic of fl04), capuchins and fishing lakes of gb01; the singes
hurleurs (howler monkeys, the topic of dm01 and dm02), tamarins, paresseux, abattis,
lotissements and plans d'urbanisme of gb02; the monos aulladores, monos cariblancos (capuchins),
perezosos, potreros, bananeras and plantaciones de palma of gb03; the cock-of-the-rock, gold
mining, cassava farms, laurels and the visitors to Kaieteur Falls of gb04; the coq-de-roche, the
cotinga de Cayenne and the piauhau hurleur, other cotingas, and the lauracées of gb05; the
captura para jaulas, the yerba mate (the topic of ew19), the tucanes, sojales and chacras of
gb06; the capercaillie, red squirrels, pine martens, Scots pine, larch and lodgepole pine of
gb07; the merle de la Selle, the perroquets, the pois Congo (the pigeon peas of earlier sets),
the charbon de bois and the incendies of gb08; the cotorras, incendios, turismo de montaña,
papas, ajos and agroquímicos of gb09; the domestic dogs, banana farms and grey brockets of gb10;
the cariacou des savanes (the white-tailed deer, Odocoileus, no daguet), the pécari à collier,
the tapir and the chasse of gb11; the venado cola blanca, the pecaríes, the apicultura and the
milpas of gb12; the basking sharks, leatherback turtles and bluefin tuna of gb13; the phoques,
baleines and méduses of gb14; the tiburones azulejos, lobos marinos and tortugas of gb15; the
woodlarks, nightjars (the topic of records97), adders, pines, scrub and hides of gb16; the
ascalaphes, fourmis and abeilles des sables of gb17; the libélulas, caballitos del diablo,
ascaláfidos and hormigas of gb18; the gopher tortoises (the topic of an earlier query), pocket
gophers and earthworms of gb19; the tortue mauresque, scorpions, chêne-liège, vers de terre and
serpents of gb20; the víboras, hormigas, lombrices, eslizones and culebras of gb21; the pines,
orchids and goats of gb22; the cyclamen de Naples, orchidées and buis of gb23; the cabras
asilvestradas, senderistas and orquídeas of gb24; the rowans, whitebeams and Chequers inns of
gb25; the merisiers, pommiers sauvages, chevreuils, sorbier des oiseleurs and alisier blanc of
gb26; the robles, mostajos (whitebeams), serbal de cazadores (rowan), arces, ganado and corzos
of gb27; the rock climbers and quarries of gb28; the fougères, chauves-souris, grimpeurs and
chutes de pierres of gb29; and the escalada, helechos, quebrantahuesos (bearded vultures),
prímulas and the rosa de Jericó of gb30. Some records name their topic only by another name or a
narrower kind: gb01 says squirrel monkeys and black squirrel monkey; gb02 saïmiri and
singe-écureuil; gb03 mono ardilla centroamericano, mono tití and mono tití chiricano; gb04
bellbirds and white bellbird; gb05 araponga blanc, arapongas and oiseaux-cloches; gb06 pájaro
campana and campaneros; gb07 crossbills and Scottish, common and parrot crossbills; gb08 only
bec-croisé d'Hispaniola; gb09 only piquituerto de La Española; gb10 brocket deer and small red
brocket; gb11 only daguets, daguet rouge and daguet gris; gb12 temazates, venados temazates,
temazate rojo and temazate gris or yuk; gb13 ocean sunfish and sunfish; gb14 môle and
poisson-lune; gb15 peces luna, pez luna común, mola, mola de Ramsay, pez luna engañoso and pez
luna de cola puntiaguda; gb16 antlions and Euroleon nostras; gb17 fourmilions, fourmilion commun
and fourmilion d'Europe; gb18 hormigas león and hormiga león gigante; gb19 amphisbaenians, worm
lizards and Florida worm lizard; gb20 amphisbènes and amphisbène de Wiegmann; gb21 culebrilla
ciega and anfisbénido; gb22 cyclamens, sowbread, Persian, Greek and Cyprus cyclamens; gb23
cyclamens, pain de pourceau and cyclamen des Baléares; gb24 ciclámenes, pan porcino, ciclamen de
Baleares and pa porcí; gb25 true service tree, whitty pear, wild service tree and chequer tree;
gb26 only cormier and alisier torminal; gb27 serbal común, serbal doméstico, jerbo, serbal
silvestre and peral de monte; gb28 ramondas, Natalie's ramonda and Serbian ramonda; gb29 only
ramonde des Pyrénées; gb30 only oreja de oso. Letters and homonyms: mono is a monkey in gb03 and
the first letters of monoxide in the heater pages; tití is the squirrel monkey in Panama and
Costa Rica (gb03) and the cotton-top tamarin in Colombia (dy24); bellbird is also the name of a
honeyeater of New Zealand and of a miner of Australia, and campanero a bell-ringer; daguet is
also a young stag with its first spike antlers in France; sunfish is also the name of small
freshwater fishes of North America; môle is also a jetty; culebrilla is also shingles in
Spanish, and the amphisbène a serpent with a head at each end in old bestiaries; the cyclamens
of florists are hybrids of the Persian cyclamen of gb22; the whitty pear is no pear, the serbal
de cazadores a rowan and the mostajo a whitebeam, and jerbo is also a jerboa; the oreja de oso
is also an alpine primula, and the rosa de Jericó of the markets a club moss; and Jaca is a town
of Aragon in gb30.

For the country queries: gb01 names only Brazil, with Central and South America as the range of
the genus; gb02 only French Guiana; gb03 Panama, with Costa Rica as the rest of the range of the
species; gb04 only Guyana (the Guiana Shield as the range); gb05 only French Guiana (the plateau
des Guyanes as the range); gb06 only Paraguay; gb07 only the United Kingdom (Scotland); gb08
only Haiti, with the island of Hispaniola as the range; gb09 only the Dominican Republic, with
the island of La Española as the range and no Haiti; gb10 only Brazil; gb11 only French Guiana;
gb12 only Mexico; gb13 only Ireland; gb14 only Canada (Quebec, the Maritime provinces); gb15
only Chile; gb16 only the United Kingdom (England, Britain); gb17 only Belgium (Wallonia); gb18
Spain and Portugal (the Iberian Peninsula and the Balearic Islands); gb19 only the United States
(Florida), with North America as the former range of the family; gb20 only Algeria (the Maghreb
as the range); gb21 only Spain (the Iberian Peninsula); gb22 only Cyprus; gb23 France, with the
Balearic Islands as the rest of the range and no Spain by name; gb24 Spain (Mallorca), with the
south of France as the rest of the range; gb25 the United Kingdom (England, with south Wales for
the wild true service trees); gb26 only France; gb27 only Spain (La Rioja); gb28 only Serbia
(the Salonika Front and southern Europe named without a country); gb29 France, with Catalonia as
the rest of the range and no Spain by name; gb30 only Spain (the Pyrenees, Aragon, Catalonia).

Ids (gb01..gb30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fx01..fx30, fy01..fy30, fz01..fz30), nor with records150.py's (ga01..ga30), and no earlier id
starts with "gb".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- squirrel monkeys -------------------------------------------------------------------------
    ("gb01", "dataset", "en",
     "Black squirrel monkeys of Mamirauá: group counts along the channels of the flooded forest, "
     "2012-2024",
     "Squirrel monkeys (Saimiri) are small, agile monkeys of the forests of Central and South "
     "America, olive-grey with yellow-orange forearms and legs and a white mask around the eyes, "
     "that travel in noisy groups of dozens and eat insects and ripe fruit. The black squirrel "
     "monkey (Saimiri vanzolinii), with its dark crown and back, has one of the smallest ranges "
     "of any Amazonian primate: a few hundred square kilometres of seasonally flooded várzea "
     "forest between the Japurá and Solimões rivers, in the Mamirauá reserve, state of Amazonas, "
     "Brazil, where the water rises ten metres every year. This dataset of a research institute "
     "and a federal university gathers twelve years of counts: groups seen from canoes along "
     "fixed channels at high water and on foot at low water, group size, young, position, and the "
     "mixed groups formed with the neighbouring common squirrel monkeys at the edges of the "
     "range. White uakaris, capuchins and fishing lakes are named in passing.",
     ("black squirrel monkey", "squirrel monkeys", "Saimiri vanzolinii", "Mamirauá", "datasets"),
     ("BR",), "2025-03"),
    ("gb02", "need", "fr",
     "Besoin : connaître les saïmiris des forêts de la plaine côtière entre Kourou et Iracoubo",
     "Le saïmiri (Saimiri sciureus), ou singe-écureuil, est un petit singe d'à peine un kilo, au "
     "pelage gris-vert, aux avant-bras et aux pattes jaune orangé et au masque blanc autour des "
     "yeux, qui vit en bandes de vingt à plus de cinquante individus et se nourrit d'insectes et "
     "de fruits mûrs. En Guyane, il fréquente surtout les forêts basses et les lisières de la "
     "plaine côtière et les bords des criques, là même où s'étendent les abattis, les "
     "lotissements et les routes. Entre Kourou, Sinnamary et Iracoubo, personne ne sait combien "
     "de bandes subsistent, ni si les bois qui les relient résisteront aux défrichements. Une "
     "association naturaliste et un laboratoire de l'université de Guyane sollicitent un appui "
     "pour recenser les bandes pendant deux saisons sèches, cartographier les massifs et les "
     "bandes boisées qu'elles utilisent et proposer aux communes ceux qu'il faudrait garder dans "
     "leurs plans d'urbanisme. Les singes hurleurs, les tamarins et les paresseux ne sont cités "
     "qu'en passant.",
     ("saïmiris", "singe-écureuil", "Saimiri sciureus", "plaine côtière", "besoins"),
     ("GF",), "2025-05"),
    ("gb03", "project", "es",
     "Cercas vivas y bosques de galería para el mono tití chiricano en las fincas ganaderas de "
     "Barú",
     "El mono ardilla centroamericano (Saimiri oerstedii), al que en Panamá y Costa Rica llaman "
     "mono tití, es un primate pequeño, de menos de un kilo, de espalda anaranjada, gorra negra y "
     "cara blanca, que se mueve en tropas ruidosas de veinte a sesenta individuos comiendo "
     "insectos y frutos. Solo vive en las tierras bajas del Pacífico de ambos países, y la "
     "subespecie panameña, el mono tití chiricano (Saimiri oerstedii oerstedii), queda en unos "
     "pocos fragmentos de bosque del oeste de Chiriquí y de la península de Burica, entre "
     "potreros, bananeras y plantaciones de palma. Este proyecto de una universidad regional, una "
     "fundación local y ganaderos del distrito de Barú siembra cercas vivas de árboles nativos y "
     "reforesta las orillas de las quebradas para unir los fragmentos, deja en pie los árboles "
     "frutales del bosque que usan las tropas y cuenta cada año los grupos. Los monos aulladores, "
     "los monos cariblancos y los perezosos se citan de paso.",
     ("mono tití", "mono ardilla", "Saimiri oerstedii", "Chiriquí", "proyectos"),
     ("PA",), "2025-04"),
    # --- bellbirds --------------------------------------------------------------------------------
    ("gb04", "project", "en",
     "Keeping the calling ridges of the white bellbird: a village project in the Pakaraima "
     "Mountains, Guyana",
     "Bellbirds (Procnias) are four species of cotingas of the forests of Central and South "
     "America whose males call from high perches with metallic notes that carry for kilometres; "
     "the white bellbird (Procnias albus), all white with a long, fleshy black wattle hanging "
     "from the base of the bill, has the loudest call of any bird yet measured. It lives in the "
     "hill and mountain forests of the Guiana Shield and feeds almost entirely on fruit, above "
     "all the small fruits of laurels. In the Pakaraima Mountains of western Guyana, two Patamona "
     "villages, a national NGO and the protected areas commission have started a project to map "
     "the ridges where males call year after year, agree village rules so that these ridges and "
     "the laurel trees around them are not cleared for cassava farms or cut for timber, and have "
     "village teams count the calling males each season. The cock-of-the-rock, gold mining and "
     "the visitors to Kaieteur Falls are named in passing.",
     ("white bellbird", "bellbirds", "Procnias albus", "Pakaraima Mountains", "projects"),
     ("GY",), "2025-05"),
    ("gb05", "dataset", "fr",
     "Araponga blanc des Nouragues : mâles chanteurs et perchoirs de chant suivis de 2009 à 2024",
     "L'araponga blanc (Procnias albus) est un cotinga de la taille d'un merle, dont le mâle, "
     "tout blanc, porte à la base du bec une longue caroncule noire et charnue ; son cri, qui "
     "sonne comme un coup de marteau sur une enclume, est le plus puissant que l'on ait mesuré "
     "chez un oiseau. Les arapongas, ou oiseaux-cloches, comptent quatre espèces en Amérique "
     "tropicale ; celle-ci vit dans les forêts de collines du plateau des Guyanes et se nourrit "
     "presque uniquement de fruits, surtout de ceux des lauracées. Ce jeu de données de la "
     "station de recherche des Nouragues, en Guyane, réunit seize saisons de suivi sur les "
     "collines qui entourent la station : position et hauteur des perchoirs de chant, nombre de "
     "mâles chanteurs, mois de chant, femelles et jeunes observés, et fructification des arbres "
     "visités. Le coq-de-roche, le cotinga de Cayenne et le piauhau hurleur, autres cotingas, ne "
     "sont cités qu'en passant.",
     ("araponga blanc", "oiseaux-cloches", "Procnias albus", "Nouragues", "jeux de données"),
     ("GF",), "2025-02"),
    ("gb06", "event", "es",
     "Jornada del pájaro campana, ave nacional del Paraguay, en la reserva de San Rafael, Itapúa",
     "El pájaro campana (Procnias nudicollis), ave nacional del Paraguay, es un cotinga del "
     "Bosque Atlántico cuyo macho, blanco, con la garganta y la cara desnudas y verdosas, lanza "
     "desde lo alto de los árboles un tañido metálico que se oye a más de un kilómetro. Como los "
     "otros tres pájaros campana o campaneros de América tropical, se alimenta sobre todo de "
     "frutos y necesita bosques grandes y continuos, que en el sur del país han quedado reducidos "
     "a islas entre sojales y pastizales. El 13 de septiembre de 2025, una organización de "
     "conservación de aves, la gobernación de Itapúa y propietarios vecinos reúnen en la reserva "
     "de San Rafael a productores, docentes y técnicos para una jornada sobre el ave: charlas "
     "sobre su biología y sus bosques, una salida al amanecer para oír a los machos en sus "
     "perchas y una mesa sobre cómo dejar en pie los remanentes de bosque de las chacras. La "
     "captura para jaulas, la yerba mate y los tucanes se citan de paso.",
     ("pájaro campana", "campaneros", "Procnias nudicollis", "Bosque Atlántico", "eventos"),
     ("PY",), "2025-08"),
    # --- crossbills -------------------------------------------------------------------------------
    ("gb07", "document", "en",
     "Guidance for forest managers: crossbills, cone crops and the timing of felling in Scotland",
     "Crossbills (Loxia) are stocky finches whose crossed bill tips prise apart the scales of "
     "conifer cones to reach the seeds, so that their lives follow the cone crops: they wander "
     "far when the cones fail and may nest from February, in snow, when the crop is good. "
     "Scotland holds three species, the common crossbill, the parrot crossbill and the Scottish "
     "crossbill (Loxia scotica), the only bird found nowhere else in the United Kingdom, told "
     "apart mainly by bill size and flight calls; all three nest in the native pinewoods and in "
     "plantations of Scots pine, larch and lodgepole pine. This guidance of the national forestry "
     "agency and a bird conservation charity explains how to assess the cone crop before planning "
     "operations, why felling and thinning near active nests between February and June may break "
     "the law that protects these birds from disturbance, which cone-bearing trees to keep, and "
     "why mixed conifer stands feed crossbills in more years. Capercaillie, red squirrels and "
     "pine martens are named in passing.",
     ("crossbills", "Scottish crossbill", "Loxia scotica", "cone crops", "guides"),
     ("GB",), "2025-01"),
    ("gb08", "need", "fr",
     "Besoin : sauver les pinèdes du bec-croisé d'Hispaniola dans le massif de la Selle, Haïti",
     "Le bec-croisé d'Hispaniola (Loxia megaplaga) est un petit passereau de la famille des "
     "pinsons, dont les mandibules croisées à la pointe écartent les écailles des cônes pour en "
     "extraire les graines. Il ne vit que sur l'île d'Hispaniola, dans les forêts de pin créole "
     "(Pinus occidentalis), le « bois pin » des montagnes, et ses effectifs suivent l'abondance "
     "des cônes. En Haïti, il ne reste de grandes pinèdes que dans le massif de la Selle, autour "
     "de la forêt des Pins et du parc national La Visite, et elles reculent chaque année : coupes "
     "pour le charbon de bois et les planches, défrichements pour les cultures maraîchères, "
     "incendies. Le ministère de l'Environnement et une association haïtienne de protection des "
     "oiseaux sollicitent un appui pour cartographier les pinèdes restantes, compter les "
     "becs-croisés pendant trois hivers, produire des plants de bois pin avec les paysans et "
     "convenir avec eux des parcelles à laisser repousser. Le merle de la Selle, les perroquets "
     "et les pois Congo ne sont cités qu'en passant.",
     ("bec-croisé d'Hispaniola", "becs-croisés", "Loxia megaplaga", "forêt des Pins", "besoins"),
     ("HT",), "2025-03"),
    ("gb09", "case-study", "es",
     "Estudio de caso: el piquituerto de La Española en Valle Nuevo tras el fin de los cultivos "
     "dentro del parque",
     "El piquituerto de La Española (Loxia megaplaga) es un ave pequeña de la familia de los "
     "fringílidos, de pico curvo y cruzado en la punta, con el que abre las piñas para comer los "
     "piñones; el macho es rojo ladrillo, con las alas negras cruzadas por dos barras blancas. Es "
     "endémico de la isla y vive en los pinares de pino criollo (Pinus occidentalis) de las "
     "montañas, donde su número sube y baja con la cosecha de piñas. En Valle Nuevo, en la "
     "cordillera Central de la República Dominicana, durante décadas se cultivaron papas, ajos y "
     "hortalizas dentro del parque nacional, con desmontes, agroquímicos y quemas. Este estudio "
     "de caso del ministerio de medio ambiente y una sociedad ornitológica recorre diez años "
     "desde la salida de esos cultivos: regeneración natural del pinar, plantación de pino "
     "criollo en las antiguas parcelas y conteos anuales del piquituerto, que ha vuelto a anidar "
     "en zonas antes cultivadas. Las cotorras, los incendios y el turismo de montaña se citan de "
     "paso.",
     ("piquituerto de La Española", "piquituertos", "Loxia megaplaga", "Valle Nuevo",
      "estudios de caso"),
     ("DO",), "2025-06"),
    # --- brocket deer -----------------------------------------------------------------------------
    ("gb10", "need", "en",
     "Need: a first survey of the small red brocket in the Atlantic Forest of the Ribeira valley, "
     "Brazil",
     "Brocket deer (Mazama and their close kin) are small, shy deer of the forests of tropical "
     "America, with short, unbranched spike antlers, a rounded back and a reddish or grey coat; "
     "they live alone, browse leaves and eat fallen fruit, and are so alike that several species "
     "were recognised only from their chromosomes. The small red brocket (Mazama bororo), "
     "described in 1996, lives only in the Atlantic Forest of southern São Paulo and eastern "
     "Paraná, Brazil, and is one of the least known deer in the world: no one knows how many "
     "remain or how far its range reaches, and it is easily mistaken for the larger red brocket. "
     "A state forestry institute and a university deer research group seek support for a "
     "three-year survey in the forests of the Ribeira valley: track and sighting transects with "
     "local guides, interviews in farming villages, and maps of the forest blocks still large "
     "enough. Domestic dogs, banana farms and grey brockets are named in passing.",
     ("small red brocket", "brocket deer", "Mazama bororo", "Atlantic Forest", "needs"),
     ("BR",), "2025-02"),
    ("gb11", "event", "fr",
     "Journée technique à Cayenne : reconnaître le daguet rouge et le daguet gris",
     "Les daguets sont de petits cerfs des forêts d'Amérique tropicale, du genre Mazama, dont les "
     "bois se réduisent à deux courtes dagues sans ramification, d'où leur nom. La Guyane en "
     "compte deux : le daguet rouge (Mazama americana), au pelage roux vif, et le daguet gris "
     "(Mazama nemorivaga), plus petit et plus terne, longtemps confondu avec une espèce du sud du "
     "continent. Discrets et solitaires, ils mangent feuilles, fleurs et fruits tombés, et l'on "
     "connaît mal leur répartition comme leurs effectifs. Le 20 novembre 2025, le parc national, "
     "l'office chargé de la biodiversité et une association naturaliste réunissent à Cayenne "
     "agents de terrain, forestiers et naturalistes pour une journée consacrée aux deux daguets : "
     "silhouette, pelage, empreintes, crottes et cris, milieux fréquentés, puis présentation des "
     "premières cartes de répartition et d'un protocole commun de relevés d'indices le long des "
     "layons. Le cariacou des savanes, le pécari à collier, le tapir et la chasse ne sont cités "
     "qu'en passant.",
     ("daguets", "daguet rouge", "daguet gris", "Mazama", "événements"),
     ("GF",), "2025-09"),
    ("gb12", "case-study", "es",
     "Estudio de caso: el temazate en los acahuales de tres ejidos mayas del sur de Yucatán",
     "Los temazates o venados temazates (Mazama) son venados pequeños de los bosques tropicales "
     "de México, de cuernos reducidos a dos puntas cortas y pelaje rojizo o pardo grisáceo, "
     "solitarios y difíciles de ver. En la península de Yucatán viven dos: el temazate rojo "
     "(Mazama temama) y el temazate gris o yuk (Mazama pandora), propio de la península y casi "
     "desconocido fuera de ella. Este estudio de caso de una universidad estatal y de tres ejidos "
     "del sur de Yucatán recoge quince años de registros de huellas, excrementos y avistamientos "
     "en el mosaico de milpas, acahuales (el monte que crece en las parcelas en descanso) y selva "
     "mediana, y muestra que el temazate gris usa sobre todo los acahuales de más de diez años, "
     "mientras que el rojo se queda en la selva madura. Propone mantener largos los descansos de "
     "la milpa y dejar franjas de monte entre parcelas. El venado cola blanca, los pecaríes y la "
     "apicultura se citan de paso.",
     ("temazates", "temazate gris", "Mazama pandora", "acahuales", "estudios de caso"),
     ("MX",), "2025-07"),
    # --- ocean sunfish ----------------------------------------------------------------------------
    ("gb13", "dataset", "en",
     "Ocean sunfish in Irish waters: sightings from aerial surveys of the shelf seas, 2015-2024",
     "The ocean sunfish (Mola mola) is the heaviest bony fish in the world, a disc-shaped giant "
     "that may reach three metres and two tonnes, with tall dorsal and anal fins and no true "
     "tail, only a stiff, scalloped rudder called the clavus. It feeds mainly on jellyfish, salps "
     "and comb jellies, dives into cold, deep water to hunt and lies flat at the surface to warm "
     "up, which is when it is seen. This dataset of a national marine research agency and a "
     "university gathers the sunfish recorded on ten years of aerial line-transect surveys over "
     "Ireland's shelf seas, from the Celtic Sea to the waters west of Donegal: position, "
     "estimated length, whether basking or swimming, sea state and surface temperature, with "
     "density estimates by season. It shows that sunfish are far more common off Ireland in "
     "summer and autumn than was once thought. Basking sharks, leatherback turtles and bluefin "
     "tuna seen on the same flights are published separately.",
     ("ocean sunfish", "sunfish", "Mola mola", "aerial surveys", "datasets"),
     ("IE",), "2025-04"),
    ("gb14", "need", "fr",
     "Besoin : comprendre les échouages de môles dans le golfe du Saint-Laurent",
     "La môle, ou poisson-lune (Mola mola), est le plus lourd des poissons osseux : un grand "
     "disque gris argenté qui peut dépasser deux mètres et une tonne, sans véritable queue, et "
     "qui se nourrit surtout de méduses. Poisson des mers chaudes et tempérées, elle remonte "
     "l'été avec les eaux tièdes jusque dans le golfe du Saint-Laurent, et chaque automne, quand "
     "l'eau se refroidit, des môles affaiblies ou mortes s'échouent sur les rives de la Gaspésie, "
     "de la Côte-Nord et des Îles-de-la-Madeleine ; les signalements augmentent depuis une "
     "dizaine d'années. Un réseau d'urgence pour les animaux marins et un institut de recherche "
     "en océanographie du Québec sollicitent un appui pour nécropsier les môles échouées, mesurer "
     "la température de l'eau près des sites d'échouage, poser des balises satellites sur "
     "quelques individus vivants et mettre ces données en commun avec celles des provinces "
     "maritimes. Les phoques, les baleines et les méduses ne sont cités qu'en passant.",
     ("môles", "poissons-lunes", "Mola mola", "golfe du Saint-Laurent", "besoins"),
     ("CA",), "2025-10"),
    ("gb15", "document", "es",
     "Guía para reconocer los peces luna de Chile y avisar de sus varamientos",
     "Los peces luna son los peces óseos más pesados del mundo: grandes discos grises o "
     "plateados, sin cola verdadera, con una aleta dorsal y una anal muy altas y un borde trasero "
     "rígido, el clavo, que hace de timón. Se alimentan sobre todo de medusas y salpas. En las "
     "costas de Chile se han registrado cuatro: el pez luna común o mola (Mola mola), la mola de "
     "Ramsay (Mola alexandrini), el pez luna engañoso (Mola tecta), descrito en 2017 y hallado "
     "después en el sur del país, y el pez luna de cola puntiaguda (Masturus lanceolatus). Esta "
     "guía de un museo de historia natural y una universidad, pensada para pescadores, "
     "guardaparques y vecinos de caletas, explica con dibujos cómo distinguirlos por la forma del "
     "clavo, la cabeza y las escamas, qué medir y fotografiar en un ejemplar varado o capturado, "
     "y a quién avisar para que se recojan muestras. Los tiburones azulejos, los lobos marinos y "
     "las tortugas se citan de paso.",
     ("peces luna", "Mola mola", "Mola tecta", "varamientos", "guías"),
     ("CL",), "2025-05"),
    # --- antlions ---------------------------------------------------------------------------------
    ("gb16", "project", "en",
     "Sheltered sand for the antlion: a project on the Suffolk coast, England",
     "Antlions (Myrmeleontidae) are insects whose adults look like slender, weak-flying "
     "damselflies with net-veined wings, while their larvae, squat and armed with long, "
     "sickle-shaped jaws, live in dry, loose sand; in many species each larva digs a cone-shaped "
     "pit and waits at the bottom for ants and other small insects to slip in, flicking sand at "
     "those that try to climb out. Britain's only breeding antlion, Euroleon nostras, was found "
     "breeding on the Suffolk coast only in the 1990s, and its pits are still known from a "
     "handful of sites, always in sand kept dry by an overhang: under the roots of old pines, at "
     "the foot of banks, beneath the eaves of sheds and hides. This project of a nature reserve, "
     "the county wildlife trust and an invertebrate charity keeps these sheltered patches open, "
     "clears encroaching scrub, moves paths so that pits are not trampled and counts the pits "
     "every August. Woodlarks, nightjars and adders are named in passing.",
     ("antlions", "Euroleon nostras", "larval pits", "Suffolk", "projects"),
     ("GB",), "2025-06"),
    ("gb17", "support-source", "fr",
     "Offre : inventaire gratuit des fourmilions pour les communes et gestionnaires de sites "
     "sableux de Wallonie",
     "Les fourmilions (Myrmeleontidae) sont des insectes dont l'adulte, aux ailes finement "
     "nervurées, ressemble à une demoiselle au vol mou, et dont la larve, trapue et munie de "
     "longues mandibules en faucille, vit dans le sable sec : chez plusieurs espèces, elle creuse "
     "un petit entonnoir au fond duquel elle attend qu'une fourmi y glisse, et lui lance du sable "
     "si elle tente de remonter. En Belgique, le fourmilion commun (Myrmeleon formicarius) et le "
     "fourmilion d'Europe (Euroleon nostras) sont rares et localisés, liés aux talus sableux, aux "
     "chemins creux, aux abris sous roche et aux pieds de vieux murs protégés de la pluie. Une "
     "association naturaliste wallonne offre aux communes, aux gestionnaires de réserves, aux "
     "fabriques d'église et aux propriétaires de sites sableux un inventaire gratuit de leurs "
     "fourmilions : recherche des entonnoirs en été, carte des stations, puis conseils simples "
     "pour garder ces abris secs et ensoleillés lors des travaux. Les ascalaphes, les fourmis et "
     "les abeilles des sables ne sont cités qu'en passant.",
     ("fourmilions", "Myrmeleon formicarius", "Euroleon nostras", "Wallonie", "offres"),
     ("BE",), "2025-05"),
    ("gb18", "dataset", "es",
     "Hormigas león de la península ibérica y Baleares: registros de colecciones y muestreos, "
     "1900-2024",
     "Las hormigas león (Myrmeleontidae) son insectos cuyos adultos, de alas largas y finamente "
     "reticuladas, parecen caballitos del diablo de vuelo torpe, y cuyas larvas, rechonchas y con "
     "grandes mandíbulas curvas, viven en la arena o el polvo secos; las de algunas especies "
     "cavan un embudo y esperan en el fondo a que caigan hormigas. La península ibérica es una de "
     "las regiones de Europa más ricas en hormigas león, con más de cuarenta especies, entre "
     "ellas la hormiga león gigante (Palpares hispanus), de alas manchadas y más de diez "
     "centímetros de envergadura, propia de las zonas áridas del sureste. Este conjunto de datos "
     "de un museo de ciencias naturales y una sociedad entomológica reúne los ejemplares de "
     "colecciones públicas y privadas y los registros de muestreos con trampas de luz y de "
     "búsquedas de larvas desde 1900: especie, localidad, fecha, hábitat y fase. Las libélulas, "
     "los ascaláfidos y las hormigas se citan de paso.",
     ("hormigas león", "Myrmeleontidae", "Palpares hispanus", "península ibérica",
      "conjuntos de datos"),
     ("ES", "PT"), "2025-02"),
    # --- amphisbaenians ---------------------------------------------------------------------------
    ("gb19", "case-study", "en",
     "Case study: moving Florida worm lizards out of the way of a housing development on sandhill",
     "Amphisbaenians, or worm lizards, are burrowing reptiles that are neither snakes nor true "
     "lizards, with a long, ringed, nearly limbless body, tiny eyes hidden under the skin and a "
     "blunt head used to push through soil; most live unseen underground and surface only after "
     "heavy rain or when the soil is dug. The Florida worm lizard (Rhineura floridana), pink and "
     "earthworm-like, is the last living member of a family once widespread in North America and "
     "lives only in the dry, sandy soils of central and northern Florida, United States. When a "
     "sandhill near Gainesville was cleared for housing, the county, the state natural history "
     "museum and the developer agreed to sift the topsoil of the building plots before grading. "
     "This case study tells what two years of sifting found, how many worm lizards were moved to "
     "a protected sandhill nearby and how they fared, what it cost, and what it teaches for other "
     "developments on sand. Gopher tortoises, pocket gophers and earthworms are named in passing.",
     ("worm lizards", "amphisbaenians", "Rhineura floridana", "Florida", "case studies"),
     ("US",), "2025-03"),
    ("gb20", "need", "fr",
     "Besoin : connaître l'amphisbène de Wiegmann dans les maquis et les oliveraies du nord-est "
     "algérien",
     "Les amphisbènes sont des reptiles fouisseurs qui ne sont ni des serpents ni de vrais "
     "lézards : leur corps allongé est annelé comme celui d'un ver de terre, leurs yeux sont "
     "cachés sous la peau et ils vivent presque toujours sous terre, ce qui les fait prendre pour "
     "des vers ou pour des serpents à deux têtes. L'amphisbène de Wiegmann (Trogonophis "
     "wiegmanni), brun violacé taché de jaune en damier, à la queue très courte et pointue, est "
     "propre au Maghreb. Dans le nord-est de l'Algérie, autour d'Annaba et d'El Kala, on le "
     "trouve sous les pierres des maquis, des subéraies et des oliveraies, mais on ignore presque "
     "tout de sa répartition et de l'effet des labours, des incendies et de l'urbanisation du "
     "littoral. Une université et la conservation des forêts de la wilaya sollicitent un appui "
     "pour former des étudiants, équiper trois équipes de terrain et prospecter cent sites "
     "pendant deux printemps. La tortue mauresque, les scorpions et le chêne-liège ne sont cités "
     "qu'en passant.",
     ("amphisbènes", "Trogonophis wiegmanni", "reptiles fouisseurs", "El Kala", "besoins"),
     ("DZ",), "2025-04"),
    ("gb21", "document", "es",
     "La culebrilla ciega: guía para hortelanos, jardineros y agricultores",
     "La culebrilla ciega (Blanus cinereus) no es una culebra ni una lombriz, sino un "
     "anfisbénido: un reptil excavador de cuerpo cilíndrico, rosado o grisáceo, dividido en "
     "anillos como el de una lombriz, sin patas, con los ojos reducidos a dos puntos bajo la piel "
     "y la cola roma, que casi nunca sale de la tierra. Vive en el centro y el sur de la "
     "península ibérica, en suelos sueltos y bajo piedras de encinares, olivares, huertas y "
     "jardines, y come hormigas, larvas y otros pequeños invertebrados. Muchas mueren al labrar, "
     "o a golpes de azada porque se toman por serpientes. Esta guía de una asociación "
     "herpetológica y de una consejería de medio ambiente explica cómo reconocerla y distinguirla "
     "de las lombrices, los eslizones y las culebras jóvenes, por qué es inofensiva y útil, y qué "
     "hacer si aparece al cavar: dejarla a la sombra, junto a una piedra, y cubrirla con tierra "
     "suelta. Las víboras y las hormigas se citan de paso.",
     ("culebrilla ciega", "Blanus cinereus", "anfisbénidos", "reptiles excavadores", "guías"),
     ("ES",), "2025-05"),
    # --- cyclamens --------------------------------------------------------------------------------
    ("gb22", "support-source", "en",
     "Offer: Cyprus cyclamens grown from local seed, for gardens, schools and village squares",
     "Cyclamens are small perennial plants of the Mediterranean and western Asia that grow from a "
     "round, flattened tuber and bear nodding flowers with swept-back petals above heart-shaped, "
     "often silver-marbled leaves; the old English name sowbread comes from the pigs that dug up "
     "the tubers. Three grow wild in Cyprus: the Persian cyclamen (Cyclamen persicum), the rare "
     "Greek cyclamen (Cyclamen graecum) and the autumn-flowering Cyclamen cyprium, with scented "
     "white or pale pink flowers, found nowhere else and chosen as the island's national plant. "
     "Their tubers are still dug from forests and rocky slopes for gardens and for sale, although "
     "all three are protected. The forestry department's nursery offers free young plants raised "
     "from the seed of wild Cypriot plants to community councils, schools and garden owners, with "
     "a leaflet on where to plant them (in the shade of pines and rocks, never watered in "
     "summer), planting days in autumn and a reminder that digging wild tubers is an offence. "
     "Pines, orchids and goats are named in passing.",
     ("cyclamens", "Cyclamen cyprium", "sowbread", "young plants", "offers"),
     ("CY",), "2025-10"),
    ("gb23", "dataset", "fr",
     "Le cyclamen des Baléares en Languedoc : stations inventoriées dans l'Hérault et le Gard, "
     "1985-2024",
     "Les cyclamens sont de petites plantes vivaces à tubercule arrondi, aux fleurs penchées dont "
     "les pétales se retroussent vers le haut et aux feuilles en cœur souvent marbrées d'argent ; "
     "leur vieux nom populaire de pain de pourceau vient des porcs qui déterraient les "
     "tubercules. Le cyclamen des Baléares (Cyclamen balearicum), à petites fleurs blanches "
     "veinées de rose et parfumées au printemps, ne vit qu'aux Baléares et, en France, dans "
     "quelques vallons ombragés de chênes verts et de rochers calcaires du Languedoc, où sa "
     "présence reste une énigme pour les botanistes. Ce jeu de données du conservatoire botanique "
     "national méditerranéen réunit quarante ans de relevés : localisation de chaque station, "
     "nombre de pieds fleuris, milieu, exposition et menaces notées (débroussaillement, "
     "piétinement, arrachage, sécheresse). Le cyclamen de Naples, les orchidées et les buis ne "
     "sont cités qu'en passant.",
     ("cyclamen des Baléares", "Cyclamen balearicum", "pain de pourceau", "Languedoc",
      "jeux de données"),
     ("FR",), "2025-03"),
    ("gb24", "project", "es",
     "Proyecto para el pa porcí, el ciclamen de Baleares, en los encinares de la Serra de "
     "Tramuntana",
     "Los ciclámenes son pequeñas plantas perennes de tubérculo redondeado, flores colgantes de "
     "pétalos vueltos hacia arriba y hojas acorazonadas, a menudo jaspeadas de plata; el viejo "
     "nombre de pan porcino viene de los cerdos que desenterraban sus tubérculos. El ciclamen de "
     "Baleares (Cyclamen balearicum), que en Mallorca llaman pa porcí, da en primavera flores "
     "pequeñas, blancas con venas rosadas y perfumadas, y vive en encinares umbríos, grietas de "
     "roca y márgenes de torrentes de las islas y, fuera de ellas, solo en unos pocos valles del "
     "sur de Francia. Este proyecto del consejo insular, un jardín botánico de la sierra y "
     "propietarios de fincas cartografía sus poblaciones en la Serra de Tramuntana, vigila las "
     "que están junto a caminos muy transitados y urbanizaciones, cría plantas de semilla local "
     "para reforzar las más pequeñas y pide que no se arranquen tubérculos para los jardines. Las "
     "cabras asilvestradas, los senderistas y las orquídeas se citan de paso.",
     ("pa porcí", "ciclamen de Baleares", "Cyclamen balearicum", "Serra de Tramuntana",
      "proyectos"),
     ("ES",), "2025-02"),
    # --- service trees ----------------------------------------------------------------------------
    ("gb25", "event", "en",
     "Service tree day in the Wyre Forest: the whitty pear and England's rarest native trees",
     "The true service tree (Sorbus domestica) is a slow-growing tree of the rose family, related "
     "to rowan and whitebeam, with pinnate, rowan-like leaves, white flowers in May and small "
     "pear- or apple-shaped fruits that are eaten only when bletted; its cousin, the wild service "
     "tree or chequer tree (Sorbus torminalis), has maple-like leaves and brown, speckled fruits, "
     "and is a sign of long-established woodland. The true service tree is among Britain's rarest "
     "trees: a few wild ones cling to sea cliffs in south Wales and south-west England, and the "
     "famous whitty pear of the Wyre Forest, recorded in 1678, lives on in trees grafted from it. "
     "On 4 October 2025, a forest charity and the county's tree wardens hold a day in the Wyre "
     "Forest: talks on the history and ecology of both trees, a walk to the whitty pear and to "
     "the forest's wild service trees, and a session on collecting their seed and raising young "
     "trees. Rowans, whitebeams and Chequers inns are named in passing.",
     ("service trees", "Sorbus domestica", "wild service tree", "Wyre Forest", "events"),
     ("GB",), "2025-09"),
    ("gb26", "document", "fr",
     "Guide pour les propriétaires forestiers : reconnaître et favoriser le cormier et l'alisier "
     "torminal",
     "Le cormier (Sorbus domestica) et l'alisier torminal (Sorbus torminalis) sont deux arbres de "
     "la famille des rosacées, parents du sorbier des oiseleurs et de l'alisier blanc, disséminés "
     "en petit nombre dans les chênaies de plaine et de coteau. Le cormier a des feuilles "
     "composées et des fruits en forme de petite poire, les cormes ; l'alisier torminal, des "
     "feuilles lobées comme celles d'un érable et des fruits bruns, les alises. Tous deux "
     "poussent lentement, supportent mal l'ombre des chênes et des hêtres qui les dominent et "
     "disparaissent des forêts où personne ne les remarque ; leur bois dense, parmi les plus "
     "chers de France, est recherché pour la marqueterie et les instruments de musique. Ce guide "
     "d'un centre régional de la propriété forestière explique comment les reconnaître en toute "
     "saison, les dégager lors des éclaircies, récolter leurs graines, planter des sujets "
     "d'origine locale et signaler les beaux arbres à l'inventaire. Les merisiers, les pommiers "
     "sauvages et les chevreuils ne sont cités qu'en passant.",
     ("cormier", "alisier torminal", "Sorbus domestica", "Sorbus torminalis", "guides"),
     ("FR",), "2025-11"),
    ("gb27", "support-source", "es",
     "Oferta: plantones de serbal común y serbal silvestre de origen local para los montes de La "
     "Rioja",
     "El serbal común o serbal doméstico (Sorbus domestica), al que en algunas comarcas llaman "
     "jerbo, y el serbal silvestre o peral de monte (Sorbus torminalis) son dos árboles de la "
     "familia de las rosáceas, parientes del serbal de cazadores y del mostajo, que crecen "
     "dispersos y escasos en robledales, quejigares y bordes de monte. El primero tiene hojas "
     "compuestas y da frutos como peras diminutas, las serbas, que se comían pasadas; el segundo, "
     "hojas lobuladas como de arce y frutos pardos. Su madera es de las más duras y apreciadas, y "
     "en muchos montes apenas quedan unos pocos pies viejos, sin regenerado. El vivero forestal "
     "del gobierno regional ofrece a ayuntamientos, propietarios de montes y asociaciones "
     "plantones de ambas especies criados con semillas recogidas en árboles de La Rioja, con "
     "asesoramiento sobre dónde plantarlos, protectores contra el ganado y los corzos y una "
     "visita de seguimiento a los tres años. Los robles, los mostajos y los arces se citan de "
     "paso.",
     ("serbal común", "serbal silvestre", "Sorbus domestica", "plantones", "ofertas"),
     ("ES",), "2025-01"),
    # --- ramondas ---------------------------------------------------------------------------------
    ("gb28", "case-study", "en",
     "Case study: Natalie's ramonda, the resurrection plant that became Serbia's flower of "
     "remembrance",
     "Ramondas (Ramonda) are small rosette plants of shaded limestone cliffs in the mountains of "
     "southern Europe, relics of the warm Tertiary flora, with hairy, wrinkled leaves and violet "
     "flowers on short stalks; they are resurrection plants, able to dry out almost completely in "
     "summer droughts and turn green again within hours of rain. Two species grow in Serbia, "
     "Natalie's ramonda (Ramonda nathaliae) and the Serbian ramonda (Ramonda serbica), both "
     "strictly protected, in gorges of the south and east such as the Sićevo and Jelašnica "
     "gorges. Because it grows on the mountains of the Salonika Front, where Serbian soldiers "
     "fought in the First World War, and seems to come back to life, Natalie's ramonda was chosen "
     "in 2012 as the badge worn on Armistice Day, 11 November. This case study of the national "
     "nature protection institute tells what ten years of the badge have meant for the plant: "
     "awareness, picking, counts of rosettes at twelve sites and lessons for other emblem "
     "species. Rock climbers and quarries are named in passing.",
     ("ramondas", "Natalie's ramonda", "Ramonda nathaliae", "resurrection plants", "case studies"),
     ("RS",), "2025-11"),
    ("gb29", "project", "fr",
     "Purges de falaises au-dessus des routes : un projet pour la ramonde des Pyrénées en Ariège",
     "La ramonde des Pyrénées (Ramonda myconi) est une petite plante en rosette de feuilles "
     "velues et ridées, aux fleurs violettes à cœur jaune, qui s'accroche aux fissures des "
     "rochers calcaires ombragés et frais ; relique d'une flore tropicale de l'ère tertiaire, "
     "elle peut se dessécher presque entièrement en été et reverdir en quelques heures après la "
     "pluie, d'où son surnom de plante de la résurrection. Elle ne vit que dans les Pyrénées et "
     "quelques montagnes de Catalogne. En Ariège, beaucoup de ses stations sont des parois qui "
     "dominent les routes de vallée, où les services routiers purgent les blocs instables, posent "
     "des filets et projettent du béton pour protéger les automobilistes des chutes de pierres. "
     "Ce projet du conservatoire botanique, du parc naturel régional et du département "
     "cartographie les ramondes de ces parois, forme les cordistes à les reconnaître, adapte les "
     "chantiers : purge à la main près des rosettes, filets plutôt que béton, travaux hors "
     "floraison. Les fougères, les chauves-souris et les grimpeurs ne sont cités qu'en passant.",
     ("ramonde des Pyrénées", "Ramonda myconi", "plantes de la résurrection", "Ariège", "projets"),
     ("FR",), "2025-06"),
    ("gb30", "event", "es",
     "Jornada en Jaca: la oreja de oso, la planta que resucita, y la flora de los roquedos del "
     "Pirineo",
     "La oreja de oso (Ramonda myconi) es una pequeña planta de roquedo, de hojas en roseta, "
     "gruesas, peludas y arrugadas, y flores violetas de centro amarillo, que crece en las "
     "grietas de rocas calizas sombrías del Pirineo, el Prepirineo y algunas sierras de Cataluña. "
     "Es una de las pocas plantas de la resurrección de Europa: en los veranos secos pierde casi "
     "toda su agua y parece muerta, y pocas horas después de la lluvia recupera el verde, una "
     "capacidad que estudian los fisiólogos vegetales. No debe confundirse con la rosa de Jericó "
     "que se vende en los mercados, ni con las prímulas a las que también llaman orejas de oso. "
     "El 16 de mayo de 2025, un instituto de investigación de montaña y un parque natural del "
     "Prepirineo organizan en Jaca una jornada abierta: charlas sobre su fisiología y su "
     "historia, un taller para reconocer la flora de los roquedos y una salida a unas paredes "
     "calizas cercanas. La escalada, los helechos y los quebrantahuesos se citan de paso.",
     ("oreja de oso", "Ramonda myconi", "plantas de la resurrección", "Jaca", "eventos"),
     ("ES",), "2025-04"),
)  # fmt: skip
