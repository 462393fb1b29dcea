"""Clearing-house records of the hundred-and-sixty-third judged relevance set
(tests/search/relevance/queries163.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on harriers, Circus (a project that pays the hill farmers of
Munster and the midlands for the quality of the hen harrier's hunting and nesting ground,
with a bonus for every nest that fledges young, Ireland; a need to count the pairs of the
papangue, the busard de Maillard, the only breeding bird of prey of La Réunion; an offer,
a support source, of free protection of the nests of the aguilucho cenizo in the cereal fields
of Tierra de Campos before the harvest, Spain); on water shrews, Sorex and Neomys (a guidance
document on keeping streamside habitat for the Pacific water shrew in the lower Fraser Valley,
British Columbia, Canada; a dataset of the droppings of the crossope aquatique found in bait
tubes along the streams of Brittany, France; a need to learn whether the musgaño de Cabrera
still lives in the streams of Gredos and Guadarrama, Spain); on pipits, Anthus (a dataset of
twenty years of point counts of Sprague's pipit on the native prairie pastures of south-western
Saskatchewan, Canada; a fiche, a document, on the pipit rousseline of the dry grasslands of
the Grands Causses for farmers and site managers, France; a jornada, an event, in San Juan
Bautista on the cachirla dorada and the other cachirlas of the natural grasslands of Misiones,
Paraguay); on woolly monkeys, Lagothrix (a workshop, an event, in Chachapoyas on counting
the yellow-tailed woolly monkey of the montane forests of Amazonas and San Martín, Peru;
a case study of fifteen years of following the singes laineux of Tiputini and the trees whose
seeds they spread, Ecuador; a guía de campo, a document, for recognising the churuco and its
signs in the south of the Colombian Amazonas, Colombia); on harvester ants, Pogonomyrmex and
Messor (a dataset of the mapped mounds of the western harvester ant on a shortgrass steppe of
north-eastern Colorado, United States; a sortie-atelier, an event, on the fourmis moissonneuses
of the coussouls of the Crau, France; a case study of the hormigas granívoras, the grass seeds
and cattle grazing in the monte of Ñacuñán, Mendoza, Argentina); on sculpins, Cottus (a need
for a second home for the pygmy sculpin of a single spring near Anniston, Alabama, United States;
a project of clean gravel beds for the chabot du Lez north of Montpellier, France; a dataset of
twenty years of electric fishing for the cavilat in the Garona of the Valle de Arán, Spain);
on waxcaps, Hygrocybe (a case study of twenty-five years of care for the waxcap community of a
gully of Lane Cove Bushland Park, Sydney, Australia; a journée, an event, on recognising the
hygrocybes of the lean grasslands of the Haute-Ardenne, Wallonia, Belgium; a guía, a document,
on the higróforos of the mountain pastures of the Cordillera Cantábrica, Spain); on buntings,
Emberiza (a project of winter stubbles and grassy margins for the cirl bunting on the coastal
farms of south Devon and Cornwall, England, United Kingdom; an offer, a support source, of free
advice to the winegrowers of the central Valais for the bruant ortolan, Switzerland; a need
to save the escribano palustre iberoriental in its last reedbeds, Spain); on slime moulds, the
myxomycetes (an offer, a support source, of free identification of slime moulds and of training
in moist-chamber culture from a national fungal herbarium, New Zealand; a project to inventory
the myxomycètes, the cousins of the blob, in the old stands of the forest of Fontainebleau,
France; a dataset of the mixomicetos of the arid valley of Tehuacán-Cuicatlán, Mexico); and
on rockroses, Cistus (a case study of the summer harvest of labdanum from Cistus creticus and of
the regrowth of the phrygana, Crete, Greece; a need to save the ciste à feuilles de laurier in
its last stations of the Loiret, France; a project for the planned cutting of the jara pringosa
for ládano in the Sierra Morena of Córdoba and Sevilla, Spain). English, French and Spanish,
10 records each, every topic written once in each language (different countries or places,
projects and angles, not translations of one text); six of the French records are in France,
at six places (Brittany, the Grands Causses, the Crau, the Lez, the forest of Fontainebleau
and the Loiret), by six different bodies and in five kinds of page, and the other four are in
La Réunion, Ecuador, Belgium and Switzerland; six of the Spanish records are in Spain, at six
places (Tierra de Campos, the Sistema Central, the Valle de Arán, the Cordillera Cantábrica,
the reedbeds of the east and the centre, and the Sierra Morena), by six different bodies and
in five kinds of page, and the other four are in Paraguay, Colombia, Argentina and Mexico.

None of records.py, records3.py, ..., records161.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (harrier, hen harrier, Montagu, marsh harrier, ringtail,
busard, busard cendré, busard Saint-Martin, busard de Maillard, papangue, aguilucho, aguilucho
cenizo, aguilucho pálido, aguilucho lagunero, gavilán planeador, gavilán ceniciento, Circus,
cyaneus, pygargus, maillardi, Munster, Tierra de Campos, Réunion; water shrew, shrew, crossope,
musaraigne, musaraña, musgaño, Neomys, Sorex, bendirii, Fraser, Gredos, Guadarrama; pipit,
meadow pipit, Anthus, Sprague, spragueii, pipit farlouse, pipit rousseline, pipit spioncelle,
campestris, bisbita, cachirla, cachirla dorada, nattereri, Saskatchewan, Causse, Méjean, Lozère,
Itapúa, Misiones; woolly monkey, singe laineux, lagotriche, mono lanudo, churuco, chorongo,
choro, barrigudo, Lagothrix, flavicauda, Chachapoyas, Tiputini, Yasuní, Leticia; harvester
ant, seed-harvesting, granary, fourmi moissonneuse, moissonneuse, grenier, hormiga granívora,
hormiga cosechadora, cosechadora, recolectora, Messor, Pogonomyrmex, Pheidole, coussoul, Crau,
Ñacuñán; sculpin, bullhead, miller's thumb, chabot, cavilat, burtaina, Cottus, Coldwater,
Anniston, Lez, Garona, Aran; waxcap, hygrocybe, higróforo, higrocibe, Hygrocybe, clavaire,
clavaria, earth tongue, géoglosse, Geoglossum, fairy ring, Lane Cove, Ardenne; bunting, bruant,
escribano, Emberiza, ortolan, yellowhammer, cirl, reed bunting, corn bunting, Valais; slime
mould, slime mold, slime, myxomycete, myxomycète, mixomiceto, hongo mucilaginoso, plasmodium,
plasmode, blob, Physarum, dog's vomit, Tehuacán, Fontainebleau; rockrose, rock rose, Cistus,
ciste, jara, jaral, jara pringosa, labdanum, ladanum, ládano, ladanifer, phrygana, Loiret,
Crete, Sierra Morena). Screened and dropped as covered or as too near the queries of earlier
sets: hawk-moths (named only in passing by the sea daffodil pages eq28-eq30, but, like the
hoverflies that records143 set aside, too near the pollinisateurs queries; hawk-moth, hawkmoth,
sphinx, Sphingidae, esfinge, polilla, Hemaris, Manduca, Proserpinus, Acherontia, Macroglossum
and Hyles were searched, and three records on them were written and then replaced, with their
queries and judgments, by the pipits before these files were finished), the European mink (the
visón europeo, a subject of cu18), harbour seals (the phoques veaux marins, a subject of the
wildlife photography case study dq26), sea urchins (a subject of the kelp forest page y13),
gorgonians (the marine heatwave dataset cy20), vipers and adders (the snake OR python and
snakebite queries), potoos (the nightjars of records97 and their queries), caecilians, fire
salamanders and tree frogs (the amphibians and anfibios queries), lapwings (the limicoles,
aves playeras and plovers queries), flying squirrels (the squirrels and ardillas queries),
bustards (the houbara pages of records30 and the outardes queries), choughs (the corvids of
records87 and the crows and cuervos queries), sand lizards (the Dorset heath project bp04),
sandgrouse (the steppe birds of dw24 and ea21), Barbary sheep (the mouflon case study dw11),
pikas (eq21), wallcreepers (the escalada and rock climbing queries), wild garlic (the wild edible
plants queries), nudibranchs and the Kerry slug (the babosas query), fiddler and hermit crabs
(the mangrove crab and land crab pages and queries), cheetahs (the livestock guardian dog case
study bz10), cochineal (the prickly pear pages), millipedes (a golden record), springtails (the
soil biodiversity queries), sacred groves, termites and cedars (named by many earlier pages),
besides the topics of sets 42 to 161 and those their docstrings list as covered; screened with
no or passing hits but not chosen: diving beetles, harvestmen, stoneworts and the marbled teal
(too near the wetlands queries), spined loaches (too near the sculpins), viscachas (the Andean
cat pages fd07, fd08 and fd29), and sequoias (named only by records47 and records99). The topics
were chosen so that none of these records answers a query of an earlier set: the angles that
earlier queries ask for (illegal killing of birds and raptor persecution, migratory birds,
raptor migration and migratory butterflies, pollinators and pollination, light pollution and
insects, butterflies, invasive species, wildlife trade and trafficking, bushmeat and hunting,
wetlands, protected areas, citizen science, traditional knowledge and medicinal plants, wild
edible plants, ex situ conservation and seed banks, ecosystem restoration, seed dispersal by
birds, soil biodiversity, environmental education in schools, cemeteries, hay meadows, grazing
exclosures and rotational grazing, rodenticides, electrocuted wildlife, wind turbines and birds,
dry-stone walls, incense, gums and the resin tapping of pines) are left out of these records
or named only in passing (the seeds that the woolly monkeys of gn11 spread are carried by
monkeys, not by the birds of the dispersión de semillas aves query; the reedbeds of gn24 and
the streams of gn04 to gn06 are the homes of one bird and of the shrews, not wetlands as such;
the labdanum of gn28 and gn30 is a perfume resin, gathered by cutting and combing rockroses,
not tapped from pines); no record names Morocco, Huelva, Madagascar, Guadeloupe, Martinique,
Corsica, the Canaries or another place that an earlier query asks for by its name alone; and
no record is in a country and of a type that an earlier "needs", "projects" or "case studies"
country query asks for (needs Ecuador, needs Colombia, necesidades Perú, besoins Pérou,
projects Peru, proyectos Colombia, études de cas Colombie, besoins Bolivie, necesidades México,
proyectos México, projets Mexique, necesidades Chile, estudios de caso Chile and the others:
the Peruvian record is an event, the Ecuadorian one a case study, the Colombian one a document
and the Mexican one a dataset).

One earlier record is judged relevant in part (1) to some queries of this set. The project
to head-start and release Texas horned lizards in the towns of Kenedy and Karnes City (ez28)
names harvester ants among its own subjects, as the food of the lizard, and asks residents
and ranchers to leave the ant mounds alone: it is 1 to the plain harvester ant queries
(harvester ants, fourmis moissonneuses, hormigas cosechadoras), to singes laineux OR fourmis
moissonneuses and to harvester ants -Argentina (it is in Texas), and 0 to jeux de données
fourmis moissonneuses (it is a project) and to estudios de caso hormigas granívoras. All the
other hits are passing or about other things (0): the Montagu's, pallid and marsh harriers,
busards and aguiluchos named among the raptors of the Batumi and Organbidexka migration counts
(eg07, eg08), the reedbed pages of the Broads and the Somerset Levels (eg22, eo25), the heaths
of the monts d'Arrée and the Cordillera Cantábrica (bp05, bp06), the savarts of Champagne
(dw23), the hamster of Alsace (fd05), the legume jornada of Zamora (dg09), the solar plants of
Andalucía (dl18) and the pistachios of Castilla-La Mancha (ea21) are passing, and the aguilucho
langostero of the monocrotophos case study (bf12) is Swainson's hawk, a Buteo, not a harrier;
the musgaño de Cabrera named by the desman need of the Sistema Central (da06) is passing
("no debe confundirse con el musgaño de Cabrera"), and the shrews of the Lyme disease page
(bu13), the elephant shrews, musaraignes à trompe and musarañas elefante of the sengi pages
(fd22-fd24) and the desmans of records73 are other insectivores; the meadow pipits and the pipit
named among the hosts of the cuckoo (dg01, dg02) are passing, and Anthus is only a string of
letters in Ailanthus and Galanthus (the tree of heaven and snowdrop pages); no earlier record
names a woolly monkey, and the Andean night monkey taller of Pomacochas, in the same Amazonas
and San Martín (ft06), the spider, howler, capuchin, squirrel and night monkeys and the tapir
with its pelaje lanudo (bo03) are other animals; the darters and sculpins infested with mussel
larvae in the Clinch and Powell rivers (br01) are passing; no earlier record names a waxcap,
and the white-rot fungi, matsutake, morels, truffles and caterpillar fungus of earlier sets are
other fungi; the bruant proyer and the yellowhammers of the grey partridge pages (di04, di05)
and of the hedgerow guidance (bf25) and the ortolans of the skylark page (dm29) are passing;
the Sprague-Dawley rats of a golden record are laboratory rats, not pipits; the Plasmodiophora
of the clubroot pages (gk01-gk03) is a parasite of cabbages, not a slime mould, the slime of
the borax pages (eh17, eh18) is a toy paste, the slime squirted by the velvet worms (fl22)
is a glue, and the blob of a software record of the golden files is a database object; and the
jaras and jarales named by the stick insect dataset (fp24) and the rosa albardera project (fp27)
are passing, and the Jara of the royal fern need (gj27) is a comarca.

The places of these records appear in earlier records only as the places of other topics (0):
the legume jornada of Zamora (dg09), which names the aguiluchos cenizos only in passing, and
the vole plagues of Tierra de Campos (ct06), near gn03; the feral cats and Barau's petrels
(ei11), the paille-en-queue (ek05) and the submersible fords (gd05) of La Réunion, near gn02;
the dingo guide of K'gari, once Fraser Island (cm22), another Fraser, near gn04; the many Breton
pages of earlier sets, near gn05; the desman need (da06), the Apollo butterflies (eq15), the
midwife toads of Peñalara (eo18), the trail races (ck24) and the mountain bikes (do27) of the
Sistema Central, near gn06; the black-tailed prairie dogs of Grasslands National Park (ee14),
the short-horned lizards of Alberta and Saskatchewan (ez29) and the ergot, flax and camelina
pages of the Canadian prairies (er07, cx22, dt11), near gn07; the dung beetles of the Causses
(bm17), the equestrian tourism of the Cévennes (ee29), the narcissus harvest of the Aubrac (ft26)
and the bluetongue of the Roquefort area (bu29), near gn08; the Paraguayan pages of earlier sets
(the bellbirds, lungfish and yerba mate among them), near gn09; the Andean night monkey taller
of Pomacochas (ft06) and the gallina chusca of Cajamarca and San Martín (ek27), near gn10; the
smoked fish (bx12) and the yanchama bark cloth (cy24) of Leticia and Puerto Nariño, near gn12;
the ozone of the Front Range (cp22), the hantavirus of the Four Corners (bv13) and the CoCoRaHS
rain reports (fn25), near gn13; the rollers of the Costières and the Crau (ds29), near gn14;
the Andean cat of La Payunia (fd09), the grapevine moth traps (gg03), the storm spotters (gh27),
the vegas altoandinas (bm30) and the uranium tailings of Malargüe (bw09) of Mendoza, near gn15;
the salvage logging after the Alabama tornadoes (by25), near gn16; the bird strikes of Montpellier
airport (em29), near gn17; the brown bears of the Pyrenees (co02) and the Himalayan balsam of
the Garona aranés (et24), near gn18; the black storks (bt02), the wildcat (cs05), the horse
logging (da20), the dippers (dy11) and the goshawks (gj05) of the Ardenne and Wallonia, near
gn20; the gentian need of the Montaña de León (ec24), the stoats (ft24), the rosalía alpina
of Gorbeia (gf09), the lily of the valley of the Montaña Palentina (gf18), Muniellos (bk12),
the Cantabrian heaths (bp06) and the capercaillie (cu03) of the Cordillera Cantábrica, near
gn21; the dung beetles of Devon and Cornwall (bm16) and the swift bricks of Devon (ce07), near
gn22; the hoopoes of the vineyards of the central Valais (di02), the bisses (ck29), the marmots
(cq29), the rhododendron heaths (ds11), the edelweiss (ev19), the fire blight day (gc14) and the
spotted wing drosophila (gk05) of the Valais, near gn23; the e-scooters (ct16), derelict boats
(dh16), building placards (ff07), pets in emergencies (gd25) and oil filters (fo04) of Auckland
and Christchurch, near gn25; the lily of the valley of the state forests of Île-de-France,
Fontainebleau among them (gf17), near gn26; the nonylphenol of the denim laundries of Tehuacán
(bh09), near gn27; the olive fruit fly of western Crete (gg28), near gn28; the ospreys of the
Centre-Val de Loire (cu29), near gn29; and the rosa albardera of the Sierra Morena of Córdoba
and Jaén (fp27), the lynx road deaths (cs03) and the wildcats (cs06), near gn30.

records162.py (ids gm01..gm30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), written at the same time by another engineer, was searched for the
same words once it was finished (with its queries162.tsv, 60 queries), before these records
were judged: its topics are the thorium gas mantles of camping lanterns and pressure lamps,
non-stick cookware coated with PTFE and other PFAS, the colour powders of Holi and of colour
runs, the single-use miniature toiletries of hotels, the medical oxygen plants of hospitals,
illegal cosmetic injections, steam boiler explosions and boiler inspection, the international
catering waste of aircraft and ships, fume events and cabin air on airliners, and fires
in rooftop solar photovoltaic systems. None of its records names a harrier, a water shrew,
a pipit, a woolly monkey, a harvester ant, a sculpin, a waxcap, a bunting, a slime mould or a
rockrose: its only hits for these topics' words are letters inside other words (ants in plants
and mantles, seta in the camisetas con torio of gm03). The nearest are places, all judged 0:
the offer to take back thorium mantles in Switzerland (gm02), in the country of the bruant
ortolan (gn23) and no answer to buntings Switzerland; the guide to botox and dermal fillers of
Ireland (gm16), no answer to aguilucho Irlanda; the biopolímeros project of Colombia (gm18),
no answer to monos lanudos Colombia; the polvos holi case study (gm09) and the jornada on
photovoltaic fires (gm30) of Spain, no answer to crossope Espagne; the Holi séance (gm08)
and the photovoltaic roof project (gm29) of Belgium, near the hygrocybe journée of Wallonia
(gn20); the fake injectors of Île-de-France (gm17), near the forest of Fontainebleau (gn26);
and the catering waste need of Ushuaia, Argentina (gm24), the aerotoxic case study of Mexico
(gm27), the oxygen plants of Peru (gm15), the boiler jornada of Ecuador (gm21), the lantern
mantles of New Zealand (gm01), the fume events of Australia (gm25) and the pages of France, the
United States, the United Kingdom and Canada, which share only a country with these records. None
of its records answers a query of this set, and none of its queries is repeated in queries163.tsv.

records164.py and records165.py, written at the same time by other engineers (on agriculture,
fisheries, forestry, food and land; on water, oceans and coasts, climate adaptation, cities,
disasters and capacity building), are not part of this set's pool.

Traps: the meadow pipits (pipits, named in passing in a harrier page), forestry plantations
and wind farms (the wind turbines and birds queries), and the ringtail, also the name of
possums (bx13) and held in the letters of springtails (r19), of gn01; the raticides (the
rodenticides queries), câbles, canne à sucre and tangues of gn02; the cosechadoras, the
harvesting machines that share a name with the hormigas cosechadoras of gn15, the avutardas
(the outardes queries), sisones and topillos of gn03; the salmon, beavers and mink of gn04;
the loutre, campagnol amphibie (the campagnol amphibie query) and écrevisses of gn05;
the desmán ibérico (records73), truchas and lechuzas (the barn owls queries) of gn06; the
crested wheatgrass, chestnut-collared longspurs, burrowing owls (ft19-ft21) and cattle of gn07;
the brebis, buis (the box tree moth pages), pins and œdicnème criard (the œdicnème criard
-France query) of gn08; the tordo amarillo, eucaliptos (the eucalyptus plantations pages),
soja, quemas and ganado of gn09; the cattle pastures, coffee farms and Marañón road of gn10;
the pécaris (records63), toucans (the toucan pages) and oil roads of gn11; the monos araña
(the monos araña queries), aulladores (the monos aulladores query) and frutales of gn12; the
horned lizards (ez28-ez30), prairie dogs (the prairie dogs queries) and pronghorn of gn13; the
moutons, busard cendré (a harrier, named in passing in an ant page) and criquets (the criquet
pèlerin query) of gn14; the algarrobos, pájaros granívoros and vacas of gn15; the watercress,
snails and treatment plant of gn16; the truites, captage de la source and canoës of gn17;
the truchas, centrales and musgaño patiblanco (a water shrew, named in passing in a fish page)
of gn18; the eucalypts, lantana (the invasive plants queries) and dogs of gn19; the orchidées
(the orchids queries), chevaux and sangliers (the wild boar queries) of gn20; the rebozuelos
(chanterelles), orquídeas and lobos of gn21; the yellowhammers, skylarks (the larks pages)
and grasshoppers of gn22; the bruant zizi, which is the cirl bunting of gn22, and the torcol
(a woodpecker, the woodpeckers queries) of gn23; the calamones (the calamón -España query),
bigotudos and garzas (the garzas Colombia query) of gn24; the fungi, lichens (records26)
and kauri trees of gn25; the champignons, lichens and scolytes (the bark beetles queries) of
gn26; the cactáceas columnares (the cactáceas amenazadas query), magueyes (the agaves pages),
líquenes and the hojarasca, which holds the letters of jaras, of gn27; the goats, thyme honey
and summer fires of gn28; the pins sylvestres, bruyère (the heathlands queries) and forêt
d'Orléans of gn29; and the conejos, abejas and lince (the lynx pages) of gn30. Some records
name their topic only by another name or a narrower kind: gn01 says harriers and hen harrier;
gn02 busards, busard de Maillard and papangue; gn03 only aguilucho cenizo; gn04 water shrews,
Pacific water shrew and American water shrew; gn05 crossopes, musaraignes aquatiques and crossope
aquatique; gn06 musgaños, musarañas acuáticas, musgaño patiblanco and musgaño de Cabrera;
gn07 pipits and Sprague's pipit; gn08 pipits and pipit rousseline; gn09 cachirlas, bisbitas
and cachirla dorada; gn10 woolly monkeys and yellow-tailed woolly monkey; gn11 singes laineux,
lagotriches, singe laineux de Poeppig and chorongo; gn12 monos lanudos, churucos, chorongos,
choros, barrigudos and churuco común; gn13 harvester ants and western harvester ant; gn14
fourmis moissonneuses and Messor; gn15 hormigas granívoras, cosechadoras, Pogonomyrmex and
Pheidole; gn16 sculpins, bullhead, miller's thumb and pygmy sculpin; gn17 chabots and chabot
du Lez; gn18 only cavilat; gn19 waxcaps; gn20 hygrocybes; gn21 higróforos; gn22 buntings
and cirl bunting; gn23 bruants and bruant ortolan; gn24 escribanos, escribano palustre and
escribano palustre iberoriental; gn25 slime moulds, myxomycetes and dog's vomit slime mould;
gn26 myxomycètes and blob; gn27 mixomicetos and hongos mucilaginosos; gn28 rockroses, Cistus
creticus and labdanum; gn29 cistes and ciste à feuilles de laurier; gn30 jaras, jara pringosa,
jarales and ládano. Letters and homonyms: Circus is also the circus of the chimpanzees of
records93; ringtail is also a possum; an aguilucho is, in Argentina, any of several Buteo hawks,
like the aguilucho langostero (bf12); busard holds no other word, but papangue is a Réunion
name; shrew holds the letters of Shrewsbury (records77); pipit and cachirla hold no other word,
and Anthus is a string of letters in Ailanthus and Galanthus; Lagothrix holds no other word,
but choro is also a mussel in Chile and Peru, and Punta de Choros a place (records49); the
cosechadora is a combine harvester, and the moissonneuses that crush the nests of the rheas of
the Cerrado (eo11) and the moissonneuse-batteuse of records116 are machines; chabot is also a
French surname and cavilat holds no other word; Hygrocybe holds the letters of hygroscopic,
a word of golden records; bunting is also a string of flags (records150) and Dayang Bunting
a marble (records49); bruant holds no other word, and escribano is also a clerk; slime alone
is also the toy paste of the borax pages (eh17, eh18); blob is also the name of a database
object of a golden software record, and a plasmodium is also the malaria parasite Plasmodium
of a golden record; jara holds the letters of Guadalajara, hojarasca and Adjara, and the Jara
of gj27 is a comarca; and ciste holds the letters of existe.

For the country queries: gn01 names only Ireland (Munster, the midlands); gn02 only La Réunion
(the Hauts, the island); gn03 only Spain (Tierra de Campos, Valladolid, Palencia, Zamora); gn04
only Canada (British Columbia, the lower Fraser Valley), with North America as the range; gn05
only France (Brittany, the four Breton départements); gn06 only Spain (the Iberian Peninsula,
the Sistema Central, Gredos, Guadarrama), with Europe; gn07 only Canada (Saskatchewan),
with the North American prairies; gn08 only France (the Grands Causses); gn09 Paraguay (the
departamento de Misiones, San Juan Bautista), with southern Brazil and north-eastern Argentina
named as the range and Spain only for the word bisbita; gn10 only Peru (Amazonas, San Martín,
Chachapoyas, the northern Peruvian Andes), with South America; gn11 only Ecuador (Tiputini, the
Ecuadorian Amazon), with South America; gn12 Colombia (Leticia, Puerto Nariño, the Amazonas),
with Ecuador, Peru and Brazil named only for the words chorongo, choro and barrigudo; gn13
only the United States (Colorado), with the North American plains; gn14 only France (the Crau,
Arles, Salon-de-Provence, the Midi); gn15 only Argentina (Mendoza, Ñacuñán, the Monte);
gn16 only the United States (Alabama, Anniston), with Europe named for the bullhead; gn17 only
France (the Lez, Montpellier), with Europe; gn18 only Spain (the Valle de Arán, the Garona, the
central Pyrenees); gn19 only Australia (Sydney, Lane Cove, New South Wales), with Europe named
for the grasslands of its waxcaps; gn20 only Belgium (Wallonia, Vielsalm, the Haute-Ardenne),
with its neighbouring countries unnamed; gn21 only Spain (the Cordillera Cantábrica); gn22 only
the United Kingdom (Devon, Cornwall, the Roseland peninsula, Britain); gn23 only Switzerland
(the central Valais); gn24 only Spain (the Iberian Peninsula, La Mancha, the Valencian and
Alicante marjales, the Ebro valley); gn25 only New Zealand (Auckland, Christchurch); gn26
only France (the forest of Fontainebleau); gn27 only Mexico (Tehuacán-Cuicatlán, Puebla,
Oaxaca); gn28 only Greece (Crete); gn29 only France (the Loiret, the forêt d'Orléans), with
the Iberian Peninsula as the main range; gn30 only Spain (the Sierra Morena, Córdoba, Sevilla,
the south-west of the Peninsula).

Ids (gn01..gn30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
gj01..gj30, gk01..gk30, gl01..gl30), nor with records162.py's (gm01..gm30), and no earlier id
starts with "gn".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- harriers ---------------------------------------------------------------------------------
    ("gn01", "project", "en",
     "Hen harriers on hill farms: a results-based scheme that pays farmers for the birds' hunting "
     "ground",
     "Harriers (Circus) are slim, long-winged and long-tailed birds of prey that quarter low over "
     "open ground with their wings raised in a shallow V, and nest on the ground. The male hen "
     "harrier (Circus cyaneus) is pale grey with black wingtips; the brown female, with her white "
     "rump, gave the species its old name of ringtail. In Ireland only about a hundred pairs "
     "remain, in the hills of Munster and the midlands, where heather moorland, rough grassland "
     "and young forestry plantations meet. This project of the farming and wildlife authorities "
     "and a team of farm advisers pays some 1,500 hill farmers for results rather than actions: "
     "each field is scored every year for the quality of its heather, rushes, scrub and grassland "
     "as hunting and nesting ground, the payment rising with the score, and a bonus is paid for "
     "every nest that fledges young on or near the farm. Breeding pairs are counted each summer. "
     "Meadow pipits, forestry plantations and wind farms are named in passing.",
     ("harriers", "hen harrier", "Circus cyaneus", "hill farming", "projects"),
     ("IE",), "2025-04"),
    ("gn02", "need", "fr",
     "Besoin : recenser les couples de papangues, le busard de Maillard, dans les Hauts de La "
     "Réunion",
     "Les busards (genre Circus) sont des rapaces élancés, aux longues ailes et à la longue "
     "queue, qui chassent au ras du sol, les ailes relevées en V. Le busard de Maillard (Circus "
     "maillardi), que tout le monde appelle ici papangue, est le seul rapace nicheur de La "
     "Réunion et n'existe nulle part ailleurs : le mâle adulte est gris et blanc, la femelle et "
     "les jeunes sont bruns. Il niche dans les fourrés des ravines et des pentes boisées et "
     "chasse rats, souris, tangues, oiseaux et gros insectes jusque dans les champs de canne. Sa "
     "population, de quelques centaines de couples, est classée en danger : raticides, collisions "
     "avec les câbles et les véhicules, tirs et défrichements. Une association ornithologique et "
     "un organisme de recherche de l'île sollicitent un appui pour trois saisons de recensement : "
     "postes d'observation des parades au printemps, recherche des nids, balises GPS sur une "
     "douzaine d'adultes et carte des territoires. La canne à sucre, les raticides et les tangues "
     "ne sont cités qu'en passant.",
     ("papangue", "busard de Maillard", "Circus maillardi", "rapaces", "besoins"),
     ("RE",), "2025-09"),
    ("gn03", "support-source", "es",
     "Oferta: protección gratuita de los nidos de aguilucho cenizo en los cereales de Tierra de "
     "Campos",
     "El aguilucho cenizo (Circus pygargus) es una rapaz esbelta, de alas largas y estrechas, que "
     "caza volando bajo sobre el campo abierto con las alas en V: el macho es gris ceniza con las "
     "puntas de las alas negras, la hembra parda con el obispillo blanco. Perdidos casi todos los "
     "pastizales y carrizales donde criaba, hoy pone sus huevos en el suelo, dentro de los campos "
     "de trigo y de cebada. Cuando la siega llega antes de que los pollos vuelen, las "
     "cosechadoras los matan. Una asociación ornitológica, con la junta y las organizaciones "
     "agrarias, ofrece a los agricultores de Tierra de Campos, en Valladolid, Palencia y Zamora, "
     "un servicio gratuito: técnicos y voluntarios buscan los nidos en mayo y junio, avisan al "
     "agricultor, marcan un cuadro de unos 25 metros de lado que se deja sin segar y tramitan una "
     "compensación por el grano perdido. Las avutardas, los sisones y los topillos se citan de "
     "paso.",
     ("aguilucho cenizo", "Circus pygargus", "nidos en cereales", "Tierra de Campos", "ofertas"),
     ("ES",), "2025-03"),
    # --- water shrews -----------------------------------------------------------------------------
    ("gn04", "document", "en",
     "Guidance: keeping streamside habitat for the Pacific water shrew in the lower Fraser Valley",
     "Water shrews are shrews that swim: tiny insectivores with dense, dark, velvety fur and "
     "fringes of stiff hairs on the hind feet and tail that act as paddles; air trapped in the "
     "fur makes them look silvery under water. They dive for aquatic insect larvae, snails and "
     "small fish. The Pacific water shrew (Sorex bendirii), the largest shrew of North America, "
     "reaches its northern limit in the lower Fraser Valley of south-western British Columbia, "
     "along slow, shaded streams and seepages under forest. Housing, farm ditching and culverts "
     "have cut these streams into short pieces, and the species is listed as endangered under "
     "Canada's species at risk law. This guidance of the provincial environment ministry, written "
     "for developers, municipal engineers and drainage districts, explains how to tell it from "
     "the smaller American water shrew (Sorex palustris), sets forested setbacks along occupied "
     "streams, keeps logs and undercut banks, asks for open-bottom culverts and restricts ditch "
     "cleaning to late summer. Salmon, beavers and mink are named in passing.",
     ("water shrews", "Pacific water shrew", "Sorex bendirii", "streams", "guidance"),
     ("CA",), "2025-05"),
    ("gn05", "dataset", "fr",
     "La crossope aquatique en Bretagne : indices relevés par tubes-appâts, 2012-2024",
     "Les crossopes sont des musaraignes aquatiques : de minuscules insectivores au pelage noir "
     "et velouté, dont les pattes arrière et la queue portent une frange de poils raides qui leur "
     "sert de rame ; sous l'eau, l'air pris dans la fourrure les fait paraître argentées. La "
     "crossope aquatique (Neomys fodiens), protégée en France, chasse en plongeant dans les "
     "ruisseaux, les fossés et les sources les larves d'insectes, les gammares et les petits "
     "escargots, qu'elle paralyse d'une salive légèrement venimeuse. Rarement vue, on la détecte "
     "grâce à des tubes-appâts posés au bord de l'eau : elle y laisse des crottes pleines de "
     "restes de gammares et de larves, identifiées à la loupe. Ce jeu de données d'un groupe "
     "mammalogique et de l'observatoire régional des mammifères réunit près de 3 400 tubes posés "
     "sur 900 tronçons de cours d'eau des quatre départements bretons : date, localisation, type "
     "de berge et de végétation, présence ou absence de crottes de crossope. La loutre, le "
     "campagnol amphibie et les écrevisses ne sont cités qu'en passant.",
     ("crossope aquatique", "Neomys fodiens", "musaraignes aquatiques", "Bretagne",
      "jeux de données"),
     ("FR",), "2025-02"),
    ("gn06", "need", "es",
     "Necesidad: conocer el estado del musgaño de Cabrera en los arroyos de Gredos y Guadarrama",
     "Los musgaños son las musarañas acuáticas de Europa: pequeños insectívoros de pelaje oscuro "
     "y denso, con una franja de pelos rígidos en las patas traseras y la cola que les ayuda a "
     "nadar y bucear en busca de larvas de insectos y caracoles. En la península ibérica hay dos: "
     "el musgaño patiblanco (Neomys fodiens), del norte, y el musgaño de Cabrera (Neomys "
     "anomalus), que llega más al sur por los arroyos de montaña con buena vegetación de orilla. "
     "En el Sistema Central casi todo lo que se sabe de él procede de cráneos hallados en "
     "egagrópilas de lechuza; la sequía estival, las captaciones de agua, el pisoteo del ganado y "
     "los incendios pueden haberlo hecho desaparecer de muchos arroyos. Una universidad y una "
     "asociación de estudio de los mamíferos solicitan apoyo para muestrear cien arroyos de "
     "Gredos y Guadarrama con tubos-cebo y trampas de captura en vivo y proponer medidas de "
     "protección de las orillas. El desmán ibérico, las truchas y las lechuzas se citan de paso.",
     ("musgaño de Cabrera", "Neomys anomalus", "musarañas acuáticas", "Sistema Central",
      "necesidades"),
     ("ES",), "2025-06"),
    # --- pipits -----------------------------------------------------------------------------------
    ("gn07", "dataset", "en",
     "Sprague's pipit on the native prairie pastures of south-western Saskatchewan: point counts, "
     "2005-2024",
     "Pipits (Anthus) are slender, streaky brown songbirds of open ground that walk rather than "
     "hop, wag their tails and have a long claw on the hind toe; in many species the male sings "
     "in a song-flight high above his territory. Sprague's pipit (Anthus spragueii) of the North "
     "American prairies sings for minutes on end from so high that it is rarely seen, and nests "
     "on the ground under a canopy of native grass. It avoids cropland, pastures sown with "
     "crested wheatgrass and land overgrown with shrubs, and has lost most of its numbers since "
     "the 1960s as the native prairie was ploughed; Canada lists it as threatened. This dataset "
     "of the federal wildlife service and a university gathers twenty years of point counts on "
     "180 ranch pastures of south-western Saskatchewan: singing males per station, the share of "
     "native and sown grass, grass height, grazing intensity, and the distance to roads and well "
     "pads. Chestnut-collared longspurs, burrowing owls and cattle are named in passing.",
     ("pipits", "Sprague's pipit", "Anthus spragueii", "native prairie", "datasets"),
     ("CA",), "2025-01"),
    ("gn08", "document", "fr",
     "Fiche : le pipit rousseline, oiseau des pelouses sèches des Grands Causses, pour les "
     "éleveurs",
     "Les pipits (genre Anthus) sont des passereaux élancés au plumage brun rayé, qui marchent au "
     "sol au lieu de sautiller, hochent la queue et portent un long ongle au doigt arrière ; chez "
     "beaucoup d'espèces, le mâle chante en vol au-dessus de son territoire. Le pipit rousseline "
     "(Anthus campestris), le plus pâle des pipits nicheurs de France, niche au sol dans les "
     "pelouses sèches, les garrigues ouvertes et les steppes rocailleuses. Il a fortement décliné "
     "avec l'abandon du pâturage, la mise en culture et la fermeture des milieux par les buis et "
     "les pins. Sur les Grands Causses, il dépend des pelouses rases tondues par les brebis. "
     "Cette fiche d'une chambre d'agriculture et d'une association ornithologique, destinée aux "
     "éleveurs, aux techniciens agricoles et aux gestionnaires de sites, explique comment le "
     "reconnaître, à quelle période éviter le broyage et l'écobuage, quel chargement garder et "
     "comment maintenir des zones de sol nu et de pierres. Les brebis, l'œdicnème criard et les "
     "pins ne sont cités qu'en passant.",
     ("pipit rousseline", "Anthus campestris", "pipits", "Grands Causses", "guides"),
     ("FR",), "2025-04"),
    ("gn09", "event", "es",
     "Jornada en San Juan Bautista: la cachirla dorada y las otras cachirlas de los pastizales "
     "naturales de Misiones",
     "Las cachirlas, que en España se llaman bisbitas (género Anthus), son pájaros esbeltos de "
     "plumaje pardo y estriado que caminan por el suelo en vez de saltar, mueven la cola y tienen "
     "una uña larga en el dedo trasero; en muchas especies el macho canta en un vuelo nupcial "
     "alto sobre su territorio. La cachirla dorada (Anthus nattereri), de pecho ocre amarillento, "
     "solo vive en los pastizales naturales altos del sur de Brasil, el noreste argentino y el "
     "sur del Paraguay; la amenazan las plantaciones de pinos y eucaliptos, el avance de la soja "
     "y las quemas fuera de época. El 22 de octubre de 2025, una asociación ornitológica nacional "
     "y la gobernación del departamento de Misiones organizan en San Juan Bautista una jornada "
     "para ganaderos, técnicos y guardas: reconocer las cachirlas por el canto y el vuelo, "
     "contarlas en puntos fijos y manejar la carga de ganado y las quemas para conservar los "
     "pastos altos. El tordo amarillo, los eucaliptos y el ganado se citan de paso.",
     ("cachirlas", "cachirla dorada", "Anthus nattereri", "pastizales naturales", "eventos"),
     ("PY",), "2025-09"),
    # --- woolly monkeys ---------------------------------------------------------------------------
    ("gn10", "event", "en",
     "Workshop in Chachapoyas: counting yellow-tailed woolly monkeys in the montane forests of "
     "Amazonas and San Martín",
     "Woolly monkeys (Lagothrix) are large, heavy-set monkeys of South American forests, with "
     "thick, dense fur and a strong prehensile tail whose bare underside near the tip grips like "
     "a hand. They live in groups of up to forty, eat mostly ripe fruit and breed slowly, so they "
     "are among the first animals to disappear where forests are hunted or cleared. The "
     "yellow-tailed woolly monkey (Lagothrix flavicauda), deep mahogany with a pale muzzle and "
     "yellowish hair under the end of the tail, lives only in the montane forests of the northern "
     "Peruvian Andes, in Amazonas and San Martín; it was thought extinct for decades before it "
     "was found again in 1974. On 20-22 May 2026, the regional environment office, a primate "
     "conservation association and a national university hold a workshop in Chachapoyas for "
     "forest rangers, community patrols and students: line transects and point counts, "
     "recognising the species by its calls, recording groups with GPS and sharing data. Cattle "
     "pastures, coffee farms and the Marañón road are named in passing.",
     ("woolly monkeys", "yellow-tailed woolly monkey", "Lagothrix flavicauda", "primate surveys",
      "events"),
     ("PE",), "2026-02"),
    ("gn11", "case-study", "fr",
     "Étude de cas : les singes laineux de Tiputini et les arbres qu'ils sèment, quinze ans de "
     "suivi",
     "Les singes laineux ou lagotriches (genre Lagothrix) sont des singes robustes des forêts "
     "d'Amérique du Sud, au pelage épais et laineux, dont la queue préhensile, nue et striée sous "
     "l'extrémité, sert de cinquième main. Le singe laineux de Poeppig (Lagothrix lagothricha "
     "poeppigii), qu'on appelle chorongo en Équateur, vit en groupes d'une vingtaine d'individus "
     "dans la canopée de l'Amazonie équatorienne. À la station de recherche de Tiputini, une "
     "université équatorienne et des primatologues ont suivi deux groupes pendant quinze ans. Les "
     "singes avalent les fruits entiers, transportent les graines à plusieurs centaines de mètres "
     "et les déposent intactes dans leurs excréments : plus de deux cents espèces d'arbres et de "
     "lianes en profitent, dont beaucoup à grosses graines que presque aucun autre animal "
     "n'avale. L'étude compare aussi la régénération de ces arbres dans des forêts voisines où "
     "les singes laineux ont disparu, et montre que leurs jeunes plants y deviennent rares. Les "
     "pécaris, les toucans et les routes pétrolières ne sont cités qu'en passant.",
     ("singes laineux", "Lagothrix lagothricha", "dispersion des graines", "Amazonie équatorienne",
      "études de cas"),
     ("EC",), "2025-07"),
    ("gn12", "document", "es",
     "Guía de campo: reconocer al churuco y sus rastros en los bosques del sur del Amazonas "
     "colombiano",
     "Los monos lanudos (género Lagothrix) son monos grandes y robustos, de pelaje denso y lanoso "
     "y cola prensil con la punta desnuda por debajo; en Colombia se les llama churucos, en "
     "Ecuador chorongos, en el Perú choros y en el Brasil barrigudos, por su vientre abultado. El "
     "churuco común (Lagothrix lagothricha) vive en grupos de diez a cuarenta en los bosques de "
     "tierra firme y de várzea de la Amazonía, come sobre todo frutos maduros y tiene una sola "
     "cría cada tres años, por lo que se recupera muy despacio de la cacería y la tala. Esta guía "
     "de un instituto de investigaciones amazónicas y de una fundación, pensada para los técnicos "
     "ambientales y los monitores comunitarios de Leticia y Puerto Nariño, enseña a distinguirlo "
     "del mono araña y del mono aullador, a reconocer sus gritos, los frutos mordidos y las heces "
     "con semillas, y a registrar los grupos en fichas y con GPS. Los monos araña, los aulladores "
     "y los árboles frutales se citan de paso.",
     ("churuco", "monos lanudos", "Lagothrix lagothricha", "Amazonas", "guías"),
     ("CO",), "2025-10"),
    # --- harvester ants ---------------------------------------------------------------------------
    ("gn13", "dataset", "en",
     "Western harvester ant colonies of the shortgrass steppe: mapped mounds in north-eastern "
     "Colorado, 1990-2024",
     "Harvester ants gather seeds instead of hunting: foragers carry grass and herb seeds back to "
     "the nest, where they are husked and stored in underground granaries, and the colony clears "
     "a disc of bare ground around its entrance. The western harvester ant (Pogonomyrmex "
     "occidentalis) of the North American plains builds a low mound of small pebbles in the "
     "middle of such a disc; a colony can live for thirty years or more, its workers sting "
     "painfully, and the thousands of colonies of a pasture take a large share of its seed crop. "
     "This dataset of a long-term ecological research programme and a university, on a national "
     "grassland of north-eastern Colorado, follows every colony on 24 permanent plots: position, "
     "mound height and diameter, size of the cleared disc, whether the colony is alive or dead, "
     "and the cattle grazing of each plot. Horned lizards, prairie dogs and pronghorn are named "
     "in passing.",
     ("harvester ants", "Pogonomyrmex occidentalis", "shortgrass steppe", "ant mounds", "datasets"),
     ("US",), "2025-03"),
    ("gn14", "event", "fr",
     "Sortie-atelier : les fourmis moissonneuses des coussouls de Crau et leurs greniers à "
     "graines",
     "Les fourmis moissonneuses (genre Messor) ne chassent pas : elles récoltent les graines des "
     "graminées et d'autres herbes, les emportent en longues colonnes vers le nid, les "
     "décortiquent et les entreposent dans des greniers souterrains, puis rejettent les "
     "enveloppes en un cercle de balles autour de l'entrée. Dans le Midi, on les voit traverser "
     "les chemins en files serrées. Dans les coussouls de Crau, la steppe caillouteuse pâturée "
     "par les moutons entre Arles et Salon-de-Provence, elles sont parmi les principales "
     "consommatrices de graines, et les abords de leurs nids, enrichis en débris, portent une "
     "végétation différente du reste de la steppe. Le 16 mai 2026, un conservatoire d'espaces "
     "naturels et un laboratoire d'écologie d'une université marseillaise organisent une "
     "sortie-atelier pour les éleveurs, les gardes et les naturalistes : reconnaître les espèces "
     "de Messor, suivre une colonne, compter les nids le long d'un transect et mesurer la "
     "quantité de graines rapportées. Les moutons, le busard cendré et les criquets ne sont cités "
     "qu'en passant.",
     ("fourmis moissonneuses", "Messor", "coussouls", "Crau", "événements"),
     ("FR",), "2026-03"),
    ("gn15", "case-study", "es",
     "Estudio de caso: hormigas granívoras, semillas de gramíneas y pastoreo en el monte de "
     "Ñacuñán, Mendoza",
     "Las hormigas granívoras, que en la Argentina también se llaman cosechadoras, no cazan: "
     "recogen semillas, las guardan en cámaras bajo tierra y tiran las cáscaras alrededor de la "
     "entrada del hormiguero, donde queda un círculo de suelo limpio. En el desierto del Monte, "
     "en Mendoza, tres especies de Pogonomyrmex y otras de Pheidole se llevan cada año una parte "
     "importante de las semillas que producen los pastizales del algarrobal. Este estudio de caso "
     "de un instituto de investigaciones de zonas áridas reúne veinte años de mediciones dentro "
     "de la reserva de Ñacuñán, sin ganado desde hace medio siglo, y en campos vecinos con "
     "pastoreo vacuno. Donde hay vacas, las gramíneas producen menos semillas y las hormigas "
     "cambian su dieta hacia semillas de hierbas y arbustos, mientras que los pájaros granívoros "
     "dependen más de los campos sin ganado. El estudio propone descansos de pastoreo al final "
     "del verano para que las gramíneas semillen. Los algarrobos, los pájaros granívoros y las "
     "vacas se citan de paso.",
     ("hormigas granívoras", "Pogonomyrmex", "desierto del Monte", "pastoreo", "estudios de caso"),
     ("AR",), "2025-08"),
    # --- sculpins ---------------------------------------------------------------------------------
    ("gn16", "need", "en",
     "Need: a second home for the pygmy sculpin, a fish of a single spring in Alabama",
     "Sculpins (Cottus and their relatives) are small bottom-living fish of cold, clear water, "
     "with a broad, flattened head, large fan-like pectoral fins, no swim bladder and no scales; "
     "they lie still among stones by day and dart out after insect larvae. In Europe the common "
     "species is called the bullhead or miller's thumb. The pygmy sculpin (Cottus paulus) lives "
     "only in Coldwater Spring and the first few hundred metres of its run near Anniston, "
     "Alabama, a spring that is also the main source of drinking water for the town's utility. "
     "Its whole population depends on the flow, clarity and coolness of one spring, and a "
     "chemical spill, a long drought or a failure at the intake could wipe it out. The state "
     "wildlife agency, the water utility and a university request support to study its genetics, "
     "to test whether a nearby spring could hold a second population, and to monitor the spring's "
     "flow and temperature continuously, with alarms. Watercress, snails and the treatment plant "
     "are named in passing.",
     ("sculpins", "pygmy sculpin", "Cottus paulus", "springs", "needs"),
     ("US",), "2025-05"),
    ("gn17", "project", "fr",
     "Projet : des galets propres pour le chabot du Lez, poisson d'un seul fleuve au nord de "
     "Montpellier",
     "Les chabots (genre Cottus) sont de petits poissons de fond des eaux fraîches et bien "
     "oxygénées : tête large et aplatie, grandes nageoires pectorales en éventail, ni vessie "
     "natatoire ni écailles. Ils restent immobiles entre les pierres le jour, chassent les larves "
     "d'insectes la nuit. Le chabot du Lez (Cottus petiti) ne vit que sur quelques kilomètres du "
     "Lez en aval de sa source karstique : c'est l'un des poissons les plus localisés d'Europe. "
     "Le colmatage des fonds par les limons, la pollution des eaux de ruissellement de "
     "l'agglomération et la baisse des débits d'été le menacent. Ce projet de la métropole, d'un "
     "syndicat de bassin, d'une fédération de pêche et de l'office chargé de la biodiversité "
     "décolmate les radiers de galets, crée des bassins de décantation sur deux affluents, fait "
     "chaque automne des pêches électriques sur des stations fixes et installe des panneaux pour "
     "les promeneurs. Les truites, le captage de la source pour l'eau potable et les canoës ne "
     "sont cités qu'en passant.",
     ("chabot du Lez", "Cottus petiti", "chabots", "Lez", "projets"),
     ("FR",), "2025-06"),
    ("gn18", "dataset", "es",
     "El cavilat en el Garona del Valle de Arán: muestreos de pesca eléctrica, 2005-2024",
     "El cavilat (Cottus hispaniolensis) es un pececillo de fondo de los ríos fríos y limpios del "
     "Pirineo central: cabeza ancha y aplastada, grandes aletas pectorales en abanico, sin vejiga "
     "natatoria ni escamas, y un color pardo jaspeado que lo confunde con las piedras. Caza de "
     "noche larvas de insectos, y el macho cuida los huevos pegados bajo una piedra. Solo vive en "
     "la cuenca alta del Garona, y en España únicamente en el Valle de Arán, donde lo amenazan "
     "las variaciones bruscas de caudal de las centrales hidroeléctricas, las obras en el cauce y "
     "el calentamiento del agua. Este conjunto de datos del gobierno del valle, de una "
     "universidad catalana y de la agencia del agua reúne veinte años de muestreos de pesca "
     "eléctrica en cuarenta estaciones del Garona y sus afluentes: densidad y tallas de cavilats "
     "y truchas, tipo de fondo, velocidad de la corriente, temperatura del agua y distancia a la "
     "central más próxima. Las truchas, las centrales y el musgaño patiblanco se citan de paso.",
     ("cavilat", "Cottus hispaniolensis", "Garona", "Valle de Arán", "conjuntos de datos"),
     ("ES",), "2025-11"),
    # --- waxcaps ----------------------------------------------------------------------------------
    ("gn19", "case-study", "en",
     "Case study: twenty-five years of caring for a waxcap fungus community in the bushland of "
     "Lane Cove, Sydney",
     "Waxcaps (Hygrocybe and related genera) are small, brightly coloured mushrooms, scarlet, "
     "orange, lemon, parrot-green or pink, with caps that look waxy or slimy. In Europe they mark "
     "old, unfertilised grasslands; in eastern Australia many grow instead in the moss and leaf "
     "litter of damp, sheltered gullies. In a gully of Lane Cove Bushland Park, in Sydney, some "
     "thirty species of waxcaps fruit together each autumn, several of them still unnamed, and "
     "the community was listed as endangered under New South Wales law, one of the first fungus "
     "communities anywhere to receive legal protection. This case study of the local council, its "
     "bushcare volunteers and the state herbarium's mycologists tells how the site has been "
     "managed: stormwater from the streets above diverted away from the gully, informal tracks "
     "closed, weeds pulled by hand without herbicides, and fungi counted along the same walk "
     "every autumn. It also reports what failed, such as fencing that walkers cut. Eucalypts, "
     "lantana and the suburb's dogs are named in passing.",
     ("waxcaps", "Hygrocybe", "fungi", "Lane Cove", "case studies"),
     ("AU",), "2025-06"),
    ("gn20", "event", "fr",
     "Journée hygrocybes : reconnaître les champignons des prairies maigres de la Haute-Ardenne",
     "Les hygrocybes (Hygrocybe et genres voisins) sont de petits champignons aux couleurs vives, "
     "rouge écarlate, orange, jaune citron, vert perroquet ou rose, dont le chapeau semble ciré "
     "ou visqueux. Ils fructifient à l'automne dans les prairies et les pelouses anciennes, "
     "pauvres, pâturées depuis longtemps et jamais labourées, fertilisées ni ressemées, avec les "
     "clavaires, les géoglosses, qu'on appelle langues de terre, et certains entolomes ; leur "
     "nombre d'espèces sert à mesurer la valeur d'une prairie. Les engrais, le labour, le "
     "drainage et l'abandon les font disparaître. Le 18 octobre 2025, un cercle de mycologues et "
     "le service public de Wallonie chargé de la nature et des forêts organisent à Vielsalm une "
     "journée pour les agriculteurs, les agents forestiers et les naturalistes : le matin en "
     "salle, les critères d'identification (couleur, lames, viscosité, odeur) ; l'après-midi, sur "
     "trois prairies de la Haute-Ardenne, le comptage des espèces selon une méthode commune aux "
     "pays voisins. Les orchidées, les chevaux et les sangliers ne sont cités qu'en passant.",
     ("hygrocybes", "champignons des prairies", "prairies maigres", "Ardenne", "événements"),
     ("BE",), "2025-08"),
    ("gn21", "document", "es",
     "Guía: los higróforos, setas de colores de los pastos de montaña de la Cordillera Cantábrica",
     "Los higróforos (Hygrocybe y géneros afines) son setas pequeñas de colores vivos, rojo, "
     "naranja, amarillo, verde o rosa, con el sombrero de aspecto céreo o viscoso. Fructifican en "
     "otoño en pastos y prados viejos, pastados desde hace siglos y nunca arados, abonados ni "
     "resembrados, junto a clavarias y lenguas de tierra (Geoglossum); por eso la riqueza de "
     "higróforos indica un pasto de gran valor natural. En la Cordillera Cantábrica abundan en "
     "los pastos comunales de los puertos de montaña, que aprovechan en verano vacas, yeguas y "
     "ovejas. Esta guía de una sociedad micológica y de la consejería de medio rural, pensada "
     "para ganaderos, guardas y técnicos, reúne fichas de cuarenta especies con fotografías, "
     "explica cómo distinguirlos de otras setas de pradera, qué prácticas les perjudican (el "
     "abonado con purines, el encalado, las resiembras y el avance del matorral) y cómo enviar "
     "los hallazgos a una base de datos. Los rebozuelos, las orquídeas y los lobos se citan de "
     "paso.",
     ("higróforos", "Hygrocybe", "setas", "pastos de montaña", "guías"),
     ("ES",), "2025-09"),
    # --- buntings ---------------------------------------------------------------------------------
    ("gn22", "project", "en",
     "Cirl buntings on coastal farms: winter stubbles and summer grasshoppers in south Devon and "
     "Cornwall",
     "Buntings (Emberiza) are seed-eating songbirds with stout, conical bills; the males often "
     "have yellow, chestnut or striped heads, and most nest on or near the ground. The cirl "
     "bunting (Emberiza cirlus), the male with a yellow face crossed by a black throat and "
     "eye-stripe, fell in Britain to 118 pairs in 1989, all on the farms of south Devon, as mixed "
     "farming with winter stubbles and rough grassland gave way to autumn-sown cereals and "
     "improved grass. It needs spilt grain and weed seeds in winter close to its hedges, and "
     "grasshoppers to feed its chicks in summer. This project of a bird conservation charity, a "
     "farmers' organisation and the national agri-environment scheme advises farmers along the "
     "south Devon coast and on the Roseland peninsula of Cornwall, where young birds from Devon "
     "were released from 2006, to leave spring-barley stubbles over winter, keep wide grassy "
     "margins uncut and trim hedges only every two or three years. Territories are counted each "
     "spring. Yellowhammers, skylarks and grasshoppers are named in passing.",
     ("buntings", "cirl bunting", "Emberiza cirlus", "farmland birds", "projects"),
     ("GB",), "2025-02"),
    ("gn23", "support-source", "fr",
     "Offre : conseil gratuit aux vignerons du Valais central pour garder le bruant ortolan",
     "Les bruants (genre Emberiza) sont des passereaux granivores au bec conique et fort, dont "
     "les mâles ont souvent la tête jaune, rousse ou rayée ; la plupart nichent au sol ou tout "
     "près. Le bruant ortolan (Emberiza hortulana), à la gorge jaune, est devenu l'un des oiseaux "
     "nicheurs les plus rares de Suisse : quelques dizaines de mâles chanteurs survivent dans le "
     "Valais central, sur les coteaux secs où les vignes en terrasses alternent avec des steppes "
     "rocheuses, des buissons et des friches. Il niche au sol, au pied des ceps ou sous une "
     "touffe d'herbe, et se nourrit sur le sol nu ; le désherbage complet, l'enherbement haut et "
     "dense et l'embroussaillement des friches lui retirent ses sites. Une station ornithologique "
     "et la chambre d'agriculture du canton offrent aux vignerons une visite gratuite de leurs "
     "parcelles au printemps et des conseils pour garder des bandes de sol nu et d'herbe rase, "
     "des buissons isolés et des friches ouvertes. Le bruant zizi et le torcol ne sont cités "
     "qu'en passant.",
     ("bruant ortolan", "Emberiza hortulana", "bruants", "vignobles", "offres"),
     ("CH",), "2025-03"),
    ("gn24", "need", "es",
     "Necesidad: salvar al escribano palustre iberoriental en sus últimos carrizales",
     "Los escribanos (género Emberiza) son pájaros granívoros de pico cónico y fuerte, cuyos "
     "machos llevan a menudo la cabeza amarilla, castaña o listada. El escribano palustre "
     "(Emberiza schoeniclus) tiene en la península una subespecie propia, el escribano palustre "
     "iberoriental (E. s. witherbyi), de pico muy grueso, que solo cría en los carrizales "
     "inundados de unas pocas zonas húmedas del este y el centro: las lagunas de la Mancha, los "
     "marjales valencianos y alicantinos y algún enclave del valle del Ebro. Quedan menos de "
     "doscientas parejas y está en peligro crítico: la quema y la siega del carrizo en primavera, "
     "la sequía y la depredación destruyen sus nidos. Varias universidades y grupos ornitológicos "
     "solicitan apoyo para un censo coordinado de todas sus localidades, el estudio de su "
     "alimentación en invierno, cuando saca insectos de los tallos de carrizo, y acuerdos con "
     "propietarios y regantes para no cortar ni quemar el carrizo entre marzo y julio. Los "
     "calamones, los bigotudos y las garzas se citan de paso.",
     ("escribano palustre iberoriental", "Emberiza schoeniclus witherbyi", "escribanos",
      "carrizales", "necesidades"),
     ("ES",), "2025-05"),
    # --- slime moulds -----------------------------------------------------------------------------
    ("gn25", "support-source", "en",
     "Offer: free identification of slime moulds and training in moist-chamber culture",
     "Slime moulds, or myxomycetes, are neither fungi nor animals but amoeba-like organisms. For "
     "most of their lives they creep through rotting wood, bark and leaf litter as a shapeless, "
     "often bright yellow or white mass, the plasmodium, feeding on bacteria, yeasts and fungal "
     "spores; then, within a few hours, they turn into tiny fruiting bodies, stalked balls, "
     "feathery tufts or crusts, that release spores. Some, like the dog's vomit slime mould, are "
     "noticed on garden mulch. About a thousand species are known worldwide and more than two "
     "hundred in New Zealand, many recorded only once. For 2026, the national fungal herbarium of "
     "a Crown research institute offers free identification of specimens sent by conservation "
     "staff, museums, universities and naturalists' clubs, with every record added to the "
     "national fungal database, and a two-day course in Auckland and another in Christchurch on "
     "collecting slime moulds and on growing them from bark placed in moist chambers. Fungi, "
     "lichens and kauri trees are named in passing.",
     ("slime moulds", "myxomycetes", "identification", "New Zealand", "offers"),
     ("NZ",), "2025-11"),
    ("gn26", "project", "fr",
     "Projet : inventorier les myxomycètes, cousins du « blob », dans les vieux bois de la forêt "
     "de Fontainebleau",
     "Les myxomycètes, longtemps rangés parmi les champignons, sont des organismes unicellulaires "
     "proches des amibes. Ils passent l'essentiel de leur vie sous la forme d'un plasmode, une "
     "masse visqueuse sans forme, souvent jaune vif ou blanche, qui rampe dans le bois pourri et "
     "la litière en se nourrissant de bactéries et de levures, puis se transforment en quelques "
     "heures en minuscules fructifications, boules sur pied, plumets ou croûtes, qui libèrent des "
     "spores. Le grand public les connaît depuis peu sous le nom de « blob », donné à l'un d'eux, "
     "Physarum polycephalum. Un laboratoire du Muséum national d'histoire naturelle, l'office "
     "chargé des forêts publiques et une société mycologique lancent pour trois ans un inventaire "
     "des myxomycètes des parcelles de vieux bois de la forêt de Fontainebleau : prospections en "
     "toute saison, récolte d'écorces et de bois morts mis en culture en chambre humide au "
     "laboratoire, détermination, mise en ligne des données et sorties pour le public. Les "
     "champignons, les lichens et les scolytes ne sont cités qu'en passant.",
     ("myxomycètes", "blob", "Physarum polycephalum", "bois mort", "projets"),
     ("FR",), "2025-09"),
    ("gn27", "dataset", "es",
     "Mixomicetos del valle de Tehuacán-Cuicatlán: registros de campo y de cámara húmeda, "
     "1995-2024",
     "Los mixomicetos, llamados también hongos mucilaginosos aunque no son hongos, son organismos "
     "parecidos a amebas: pasan gran parte de su vida como un plasmodio, una masa viscosa y sin "
     "forma, a menudo amarilla o blanca, que se arrastra por la madera podrida y la hojarasca "
     "comiendo bacterias y levaduras, y luego se transforman en diminutos cuerpos fructíferos que "
     "liberan esporas. Aunque se asocian con los bosques húmedos, las zonas áridas tienen "
     "comunidades propias: en el valle de Tehuacán-Cuicatlán, entre Puebla y Oaxaca, crecen sobre "
     "los restos de cactáceas columnares, las rosetas secas de magueyes y la corteza de los "
     "árboles del matorral. Este conjunto de datos del herbario de una universidad estatal reúne "
     "unos cuatro mil registros: especie, sustrato, fecha, localidad, altitud, si fue recolectado "
     "en el campo o en cámara húmeda, y número de ejemplar. Sirve para las listas de especies y "
     "para estudiar cómo cambian con la lluvia. Las cactáceas columnares, los magueyes y los "
     "líquenes se citan de paso.",
     ("mixomicetos", "hongos mucilaginosos", "zonas áridas", "Tehuacán-Cuicatlán",
      "conjuntos de datos"),
     ("MX",), "2025-04"),
    # --- rockroses --------------------------------------------------------------------------------
    ("gn28", "case-study", "en",
     "Labdanum from rockroses in Crete: a case study of the summer harvest and the regrowth of "
     "the phrygana",
     "Rockroses (Cistus) are evergreen shrubs of Mediterranean scrub, with papery white or pink "
     "flowers that last a single day; in several species the leaves are sticky with an aromatic "
     "resin, labdanum, especially in the summer heat, and their seeds wait in the soil for a "
     "fire. On the hills of Crete, labdanum is still gathered from Cistus creticus in July and "
     "August, either by cutting and boiling the leafy shoots or, by a few families, with the old "
     "ladanisterion, a wooden rake with leather thongs drawn over the bushes; it is sold to "
     "perfume makers. This case study of a university of Crete and a village cooperative measured "
     "for five summers how much resin a hectare of phrygana yields with each method, how quickly "
     "cut bushes grow back, and how the harvest affects thyme, spiny burnet and the goats that "
     "graze the same slopes. It recommends cutting each plot only once every four years and "
     "leaving uncut strips. Goats, thyme honey and summer fires are named in passing.",
     ("rockroses", "Cistus creticus", "labdanum", "phrygana", "case studies"),
     ("GR",), "2025-07"),
    ("gn29", "need", "fr",
     "Besoin : sauver le ciste à feuilles de laurier dans ses dernières stations du Loiret",
     "Les cistes (genre Cistus) sont des arbrisseaux toujours verts des garrigues et des maquis, "
     "aux fleurs blanches ou roses comme du papier froissé, qui ne durent qu'un jour ; leurs "
     "feuilles sont souvent collantes et odorantes, et leurs graines attendent dans le sol qu'un "
     "feu ou une perturbation les fasse germer. Le ciste à feuilles de laurier (Cistus "
     "laurifolius), grand ciste à fleurs blanches des montagnes ibériques, survit en France dans "
     "une poignée de stations de landes sableuses et de lisières de pinèdes du Loiret, loin de "
     "son aire principale. Protégé au niveau national, il y décline : les pins et les chênes "
     "referment ses clairières, aucune jeune plante n'apparaît depuis des années et des stations "
     "ont disparu sous des plantations. Un conservatoire botanique national et un conservatoire "
     "d'espaces naturels sollicitent un appui pour cartographier chaque pied, étudier la "
     "germination des graines et tester le débroussaillage et le décapage du sol sur deux "
     "stations. Les pins sylvestres, la bruyère et la forêt d'Orléans ne sont cités qu'en "
     "passant.",
     ("ciste à feuilles de laurier", "Cistus laurifolius", "cistes", "Loiret", "besoins"),
     ("FR",), "2025-10"),
    ("gn30", "project", "es",
     "Proyecto: aprovechamiento ordenado de la jara pringosa para ládano en la Sierra Morena de "
     "Córdoba y Sevilla",
     "Las jaras (género Cistus) son matas y arbustos siempre verdes del monte mediterráneo, de "
     "flores blancas o rosadas con pétalos como papel arrugado que duran un solo día. La jara "
     "pringosa (Cistus ladanifer), de hojas pegajosas y brillantes y flores grandes, a menudo con "
     "una mancha púrpura en la base de cada pétalo, forma extensos jarales en el suroeste "
     "peninsular, y de sus ramas se obtiene el ládano, una resina aromática cuyo aceite esencial "
     "se vende a la perfumería; España es el primer productor mundial. Las matas se cortan en "
     "verano y rebrotan o vuelven a nacer de semilla. Este proyecto de una asociación de "
     "propietarios forestales, una cooperativa de destilación y la consejería de medio ambiente "
     "fija planes de corta por parcelas, con turnos de cinco años y franjas sin cortar para "
     "conejos y perdices, aprovecha los cortafuegos como zonas de corta y sigue el rebrote, la "
     "germinación y la flora acompañante en parcelas fijas. Los conejos, las abejas y el lince se "
     "citan de paso.",
     ("jara pringosa", "Cistus ladanifer", "ládano", "jarales", "proyectos"),
     ("ES",), "2025-12"),
)  # fmt: skip
