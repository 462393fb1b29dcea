"""Clearing-house records of the hundred-and-forty-seventh judged relevance set
(tests/search/relevance/queries147.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on oropendolas (a dataset of thirteen dry seasons of counts at
the colony trees of the crested oropendola, the cornbird, in the Northern Range, Trinidad and
Tobago; a guide, a document, for the communes, road services and farmers of French Guiana on the
colony trees of the cassique vert and the cassique huppé; a project with the chacreros of
Misiones to keep standing the colony trees of the yapú, Argentina); on rockfowl, Picathartes (a
need to map the nesting rocks of the white-necked picathartes around the Gola Rainforest
National Park, Sierra Leone; a dataset of ten seasons of nests of the picatharte à cou gris on
38 rocks of the monts de Cristal, Gabon; a case study of ten years of village guards for the
rocks of the picatartes cuelligrís around Monte Alén, Río Muni, Equatorial Guinea); on tayras,
Eira barbara (a case study of tayras and the riverside forest strips of the Toledo District,
Belize; a need to follow tayras, the martre à tête grise, with GPS collars in the logged forests
of western French Guiana; an encuentro, an event, in Puerto Viejo de Sarapiquí on what farmers
and biologists know of the tolomuco, Costa Rica); on praying mantises, Mantodea (a need for a
first survey of the mantids of the Drakensberg grasslands before the burning plans are revised,
KwaZulu-Natal, South Africa; a project of embankments mown late and by halves for the mante
religieuse in the Geneva countryside, Switzerland; a dataset of the mantis, the campamochas, of
Mexico in collections and in the field); on army ants (a dataset of ten years of driver ant
raids, the siafu, and of the birds that follow them in Kakamega Forest, Kenya; a guide, a
document, on the magnans for the families and planters around Soubré, Côte d'Ivoire; a project
of forest corridors for the hormigas guerreras, the marabunta, and their ant-following birds in
the Azuero peninsula, Panama); on wood ants, the red wood ants of the Formica rufa group
(guidance, a document, for forestry operations around wood ant nests in Scotland's pinewoods and
plantations, United Kingdom; a dataset of the domes of fourmis rousses des bois mapped in three
public forests of the Jura, Doubs, France; a need to inventory the hormigueros of the hormigas
rojas de los bosques in the valleys of Roncal, Salazar and Aezkoa, Navarre, Spain); on ocellated
lizards, Timon lepidus (a project for the ocellated lizards of western Liguria, Italy; a case
study of fifteen years of action for the lézard ocellé of the dunes of the île d'Oléron, France;
a need to learn why the fardacho grows scarce in the middle Ebro valley, Aragon, Spain); on the
Barbary thuja, Tetraclinis articulata (an offer, a support source, of seedlings of the għargħar,
Malta's national tree, to local councils, schools and landowners, Malta; a need to regenerate
the forests of thuya de Berbérie, the araar, of the monts de Tlemcen, Algeria; a dataset of
sixteen years of censuses of the ciprés de Cartagena in its sierra, Region of Murcia, Spain); on
sticklebacks (a project for the unarmored threespine stickleback of the upper Santa Clara River,
California, United States; a rencontre technique, an event, at Carentan on cleaning the ditches
of the marshes without losing the épinoches, Normandy, France; a project of captive breeding and
reintroduction of the espinoso in the ullals of the Comunitat Valenciana, Spain); and on
bluebells, Hyacinthoides non-scripta (guidance, a document, for landowners and councils on
bluebell woods and the law on wild bluebells, England, United Kingdom; a case study of the forêt
de Hal and its jacinthes des bois in the crowds of spring, Belgium; an offer, a support source,
of bulbs of jacinto de los bosques of local origin to restore oak woods, Gipuzkoa, Spain).
English, French and Spanish, 10 records each, every topic written once in each language
(different countries or places, projects and angles, not translations of one text); the Spanish
records fx18, fx21, fx24, fx27 and fx30 are all in Spain, the only Spanish-speaking country
where wood ants, ocellated lizards, the Barbary thuja, sticklebacks and bluebells live wild, in
five regions (Navarre, Aragon, Murcia, Valencia and the Basque Country), by five different
bodies and with five angles.

None of records.py, records3.py, ..., records145.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (oropendola, Psarocolius, crested oropendola, green
oropendola, cornbird, cassique, cassique vert, cassique huppé, cacique, cowbird, icterid,
ictéridé, carouge, oropéndola, yapú, conoto, mochilero, zacua, boyero, tordo, Northern Range,
Misiones; picathartes, rockfowl, bald crow, picatharte, picatartes, Gola, monts de Cristal,
Monte Alén; tayra, Eira barbara, martre à tête grise, tolomuco, cabeza de viejo, viejo de monte,
hurón mayor, mustelid, mustélidé, weasel, Toledo, Sarapiquí; praying mantis, mantis, mantid,
Mantodea, mante, mante religieuse, oothèque, ooteca, campamocha, santateresa, mamboretá,
Drakensberg; army ant, driver ant, safari ant, siafu, Dorylus, Eciton, magnan, fourmi
légionnaire, hormiga guerrera, hormiga legionaria, marabunta, antbird, ant-thrush, Kakamega,
Soubré, Azuero; wood ant, red wood ant, Formica, Formica rufa, fourmi rousse, fourmis des bois,
fourmilière, hormiga roja, hormiga de monte, hormiguero, ant, fourmi, hormiga, Jura, Roncal,
Aezkoa; ocellated lizard, jewelled lizard, Timon, Timon lepidus, lézard ocellé, lézard, lagarto
ocelado, lagarto, fardacho, lizard, ocellé, ocelado, Liguria, Oléron, Ebro; Barbary thuja,
thuja, thuya, Tetraclinis, sandarac, sandaraque, araar, għargħar, ciprés de Cartagena, tuya,
cypress, cyprès, ciprés, Malta, Tlemcen, Cartagena; stickleback, Gasterosteus, Pungitius,
épinoche, épinochette, espinoso, ullal, Santa Clara, Cotentin, Carentan, Albufera; bluebell,
Hyacinthoides, wild hyacinth, harebell, jacinthe, jacinthe des bois, endymion, jacinto, jacinto
de los bosques, hyacinth, campanilla, Hal, Gipuzkoa). Screened and dropped as covered or as too
near the queries of earlier sets: potoos (screened with the nightjars of records97, and the
nightjars queries), caecilians (the amphibians queries), Przewalski's horses and wild asses (the
chevaux sauvages, feral horses and ânes queries), genets (the civet pages of records127, which
searched their words), groupers (records55), snake's head fritillaries (the hay meadows and
prairies de fauche queries, since they grow in hay meadows), lava fields (the lava flows query
and its pages br26 and br27), pen shells (records91), chamois (records81), ibex (records71),
capybaras (records61), opossums (records101), tamarins, toucans and nightjars (records97),
hornbills (records41), sand martins (records83), yews (the yew trees and tejos queries), tree
ferns (records73), cycads (records22), cicadas (records67), mayflies (records83), freshwater
pearl mussels (records38), leeches (records73), marmots (records63), porcupines (records77),
parrotfish (records51), bee-eaters and hoopoes (records81), serpentine flora (records91), maerl
(records30), kingfishers and sparrows (records69), woodpeckers (the pics and woodpeckers
queries), golden orioles (whose Spanish name, oropéndola, is this set's oropendolas' and which
the migratory birds queries reach) and every invasive species (the invasive species queries),
besides the topics of sets 42 to 145 and those their docstrings list as covered; screened with
no or passing hits but not chosen: golden jackals (no Spanish-speaking place), wallcreepers,
antlions, seriemas, slow worms, the Rosalia longicorn, date mussels, the Killarney fern, gypsum
habitats, the lily of the valley, eagle owls and the European mink (a subject of cu18). The
topics were chosen so that none of these records answers a query of an earlier set: the angles
that earlier queries ask for (birdwatching tourism, ecotourism, camera traps, human-wildlife
conflict, bushmeat, wildlife trade, wildlife crossings and roadkill, citizen science, invasive
species, pollinators, biological control, insect hotels, hay meadows, dune restoration,
dry-stone walls, old-growth forests, hedgerows, wetlands and waterbirds) are left out of these
records or named only in passing, no record names Madagascar, Morocco, Senegal, Mali, Tunisia,
Cameroon, Mozambique, Honduras, Nicaragua, Bioko, Corsica, the Canaries, Huelva or another place
that an earlier query asks for by its name alone (the Barbary thuja's range is given as North
Africa and the Maghreb, the grey-necked picathartes' as the Gulf of Guinea), and no record is in
a country and of a type that an earlier "needs", "projects" or "case studies" country query asks
for (needs Kenya, needs Cameroon, projects Ghana, projets Mexique, proyectos México, necesidades
México, besoins Pérou and the others: the Kenyan and Mexican records are datasets).

No earlier record is judged relevant to any query of this set. All the hits are passing or about
other things (0): no earlier record names an oropendola, a cassique, a picathartes, a tayra, an
army ant, a wood ant, an ocellated lizard, a Barbary thuja or a bluebell; the boyeros eléctricos
of the electric fence page bw21 are electric fences, not the boyeros, caciques, named by fx03;
the mantes religieuses and mantis named by the guide to the phasmes of France (fp23) and the
dataset of the insectos palo of the Iberian Peninsula (fp24) are named only to tell them from
stick insects; the sticklebacks eaten by the northern pike of Alaska (dw19) and the épinoches of
the reopened Bièvre (ck17) are passing, and the matorral espinoso of the cuabales (ds15) is an
adjective; the leaf-cutting ants (em16-em18), the fire ants and little fire ants (cq07-cq09),
the yellow crazy ants of Christmas Island (by01) and the harvester ants of the horned lizard
page (ez28) are other ants, and the hormigueros of the anteater pages (be24, ez18, fh09) are
anteaters; the wolverines (ev01-ev03), the martens (do04, do05) and the stoats (ft22-ft24) are
other mustelids; the sand lizards of the Dorset heaths and the Sefton dunes (bp04, bt04), the
lagarto verdinegro of the Cantabrian heaths (bp06) and the lagarto gigante de La Gomera (ei12)
are other lacertids, and the lézard perlé (fh11), the horned lizards, Gila monsters,
spiny-tailed and monitor lizards are other lizards; the ange de mer ocellé (cu26) is an
angelshark and the pavo ocelado (fm09) a turkey; the ciprés de la cordillera of the Patagonian
pages (di30, dw27), the hinoki cypress of the forest bathing page (cg25), the cypress windbreaks
of da29 and the junipers of the thuriféraies and sabinares pages are other conifers; the
jacinthe d'eau of Lake Nokoué (n32), of the swimming course of Ganvié (ff23) and of the floating
schools of the Tonlé Sap (ff29) and the water hyacinth of Lake Malawi (do22) are water
hyacinths, and the snowdrops (eq22-eq24), whose Spanish campanillas grow in the beech woods of
Navarre, and the wild daffodils (ft25-ft27) are other bulbs. The places of these records appear
in earlier records only as the places of other topics (0): the oilbirds of the Arima Valley in
the Northern Range (ev10) and the bachac, the leaf-cutting ants of Trinidad and Tobago (em16),
near fx01; the many pages of French Guiana (among them the toucans and araçaris hunted there,
dy14, the raies d'eau douce need ft08 and the manakin guide ft11), near fx02 and fx08; the yerba
mate (ew21), tea (du18), coendú (de12), coatí (cm24) and green tobacco (fo27) pages of Misiones,
near fx03; the diamonds of Kono (fc22) and the fishing canoes (fm13) of Sierra Leone, near fx04;
the mandrill workshop (fh30), rattan (bx30), ebony (ci24) and totem (du30) pages of Monte Alén
and Río Muni, near fx06; the gibnut of the Toledo District (ek28) and the toucans, spider
monkeys and howler monkeys of Belize (dy13, ee10, dm01), near fx07; the butterfly farms of
Sarapiquí (dm15) and the rescued toucans of Costa Rica (dy15), near fx09; the rhinos (l22) and
the velvet worm of the Ngele mistbelt forest (fl22) of KwaZulu-Natal, near fx10; the bird-window
collisions of Geneva (bp23), near fx11; the spring protection of Kakamega (ff19), near fx13; the
comic on pesticides for the cocoa growers of the Nawa around Soubré (dx26), near fx14; the lynx
of the Jura (cs02), the bromadiolone and campagnols of Franche-Comté (ct05) and the Drugeon of
the Haut-Doubs (cu17), near fx17; the snowdrops of Navarre (eq24), near fx18 and fx30; the speed
limits for ships among the fin whales of the Pelagos sanctuary off Liguria (ca17), near fx19;
the écluses à poissons of Oléron (ce20), near fx20; the steppe birds of the San Gregorio
military grounds in the Ebro valley (dw24), near fx21; the sea daffodils (eq28), the goldfinches
(dq07) and the pescatourism (ea22) of Malta, near fx22; the fouette-queue of the Tassili (fp14),
the sapin de Numidie (ft17) and the fig trees of Kabylie (dq14) of Algeria, near fx23; the
Cartagena Protocol and the pages of Cartagena de Indias, near fx24 only by a name; the
serpentine grassland of Coyote Ridge in the Santa Clara Valley (ds13), near fx25 only by a name;
the ormeaux of the Cotentin (cq11), near fx26; the calamón (eo15) and the avian botulism (ca15)
of the Albufera, near fx27; and the trasmochos (bu12) and the Japanese knotweed (dq12) of
Gipuzkoa, near fx30.

records146.py (ids fw01..fw30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), written at the same time by another engineer, was searched for the same
words once it was finished (with its queries146.tsv, 60 queries), before these records were
judged: its topics are aluminium dross and salt slag, unaddressed advertising mail, the
surveillance of pathogens in wastewater, hand-arm vibration syndrome, natural rubber latex
allergy, defective airbag inflators, swallowed high-powered magnets, counterfeit engine oil,
balcony solar and dry firewood. None of its records names an oropendola, a picathartes, a tayra,
a mantis, an army ant, a wood ant, an ocellated lizard, a Barbary thuja, a stickleback or a
bluebell. The nearest are places and passing words, all judged 0: the seasoned firewood of
Canterbury and Otago, of the vallée de l'Arve and of the leñeros of southern Chile (fw28-fw30),
whose bois and wood are firewood, no wood ants, and no tie to the bois de feu cut in the thuya
forests of fx23 or the firewood gathered in Kakamega (fx13); the plug-in solar guide of
Switzerland (fw26) and the viruses in the wastewater of Geneva and five other Swiss towns
(fw08), near the mante religieuse project of Geneva (fx11) only by place, and no answer to
"mante religieuse Suisse"; the balcony solar offer of Valencia (fw27) and the advertising
leaflets of Vitoria-Gasteiz (fw06), in the Spain of fx18, fx21, fx24, fx27 and fx30, and no
answer to "sticklebacks Spain"; the latex allergy of the children of Corrientes (fw15), next to
the Misiones of fx03, and no answer to "oropendolas Argentina" or "yapú Misiones"; the
latex-free hospital of Liège (fw14), in the Belgium of the forêt de Hal (fx29); the aluminium
dross of Monterrey (fw03), in the Mexico of the campamochas (fx12); and the Takata airbags of
Martinique, Guadeloupe and La Réunion (fw17), in overseas France but not in French Guiana. None
of its records answers a query of this set, and none of its queries is repeated in
queries147.tsv. records148.py and records149.py, written at the same time by other engineers,
are not part of this set's pool.

Traps: the cocoa estates, oilbirds (the topic of ev10) and hummingbirds, the wasp nests, the
giant cowbirds and the quarries of fx01; the cassique cul-jaune (a cacique, which French also
calls cassique), the toucans, the guêpes and the abattis of fx02; the boyeros (caciques), the
yerba mate, the tucanes and the oropéndola europea, the golden oriole of Spain, another bird
that fx03 names only to set it apart; the forest elephants, pangolins, cocoa farms, logging and
stone quarrying of fx04; the éléphants de forêt, céphalophes, sociétés forestières and pistes
forestières of fx05; the ébano, the elefantes de bosque, the tortugas marinas and the lazos of
fx06; the chickens, jaguars, maize, beans and cacao of fx07; the agoutis, pakiras, toucans and
the exploitation à faible impact of fx08; the gallinas, perezosos (sloths), abejas sin aguijón
and plátanos of fx09; the grasshoppers, stick insects (the topic of fp22-fp24), proteas and
grassland burning of fx10; the criquets, the lézards des murailles (wall lizards, no ocellated
lizard), the vignes and the voies ferrées of fx11; the chapulines, the insectos palo and the
introduced mantis religiosa europea of fx12; the monkeys, tea estates, maize farms, firewood
collection and the ant-thrushes, alethes and bulbuls of fx13; the termites, cabosses, serpents,
cafards and poules of fx14; the monos aulladores, the quemas de potreros, the quebradas and the
hormigueros (antbirds, not anteaters) of fx15; the capercaillie, bilberry, deer fences and
aphids of fx16; the pics noirs, sangliers, pucerons des épicéas, coupes and chablis of fx17; the
orugas procesionarias (the processionary caterpillars of earlier sets), the ganado and the pinos
negros of fx18; the olive groves, wall lizards, vipers, abandoned terraces, stone piles, goats
and wildfires of fx19; the pins maritimes, lapins, vipères, dune grise and plages of fx20; the
avutardas, lagartijas, culebras, conejos, cerros de yeso and the concentración parcelaria of
fx21; the Aleppo pines, rubble walls, goats and the botanic garden of fx22; the chênes verts,
the pin d'Alep, the charbon de bois, the chèvres and the incendies of fx23; the lentiscos,
acebuches, turismo de playa, escombreras mineras and incendios of fx24; the bullfrogs, crayfish,
non-native fish and the debris flows after wildfires of fx25; the anguilles, brochets, vaches
and mares of fx26; the samaruc and fartet (killifish and pupfish of the Valencian springs), the
gambusias and the Albufera of fx27; the wood anemones, wild garlic, deer, coppicing and the
Spanish bluebell of fx28; the hêtres, anémones sylvies, drones, réseaux sociaux and mariages of
fx29; and the prímulas, narcisos (the wild daffodils of ft25-ft27, named in passing), robles
americanos, pinares de repoblación and the jacinto español of fx30. Some records name their
topic only by another name or a narrower kind: fx01 says crested oropendola and cornbird; fx02
cassiques and oropendolas; fx03 yapú and oropéndola crestada; fx04 white-necked picathartes,
white-necked rockfowl and bald crow; fx05 only picatharte à cou gris; fx06 only picatartes
cuelligrís; fx07 only tayra; fx08 tayra and martre à tête grise; fx09 tolomuco, tayra, cabeza de
viejo, viejo de monte and hurón mayor; fx10 praying mantises, mantids, grass mantids and flower
mantids; fx11 only mante religieuse; fx12 mantis, mantodeos, campamochas, santateresas,
rezadoras and mamboretás; fx13 driver ants, safari ants, siafu and army ants; fx14 magnans and
fourmis légionnaires; fx15 hormigas guerreras, legionarias and marabunta; fx16 wood ants,
Scottish wood ant, hairy wood ant and red wood ant; fx17 fourmis rousses des bois; fx18 hormigas
rojas de los bosques and hormigas de monte; fx19 ocellated lizard and jewelled lizard; fx20 only
lézard ocellé; fx21 lagarto ocelado and fardacho; fx22 għargħar, Barbary thuja, sandarac tree
and araar; fx23 thuya de Berbérie and araar; fx24 ciprés de Cartagena, araar and tuya
articulada; fx25 sticklebacks and unarmored threespine stickleback; fx26 épinoche and
épinochette; fx27 only espinoso; fx28 bluebell and wild hyacinth; fx29 jacinthe des bois,
jacinthe sauvage and endymion; fx30 only jacinto de los bosques. Letters and homonyms:
oropéndola is in Spain the golden oriole, which fx03 names only to set it apart; boyero is a
cacique in fx03 and an electric fence in bw21; hormiguero is an antbird in fx15 and an anteater
or an anthill elsewhere; cassique covers the caciques too; magnans are driver ants in fx14 and
silkworms in Provençal; marabunta is also a gang; cabeza de viejo is also a Mexican cactus;
espinoso is also the adjective spiny; Toledo is a district of Belize in fx07 and, in earlier
records, a Spanish province, its mountains and a zoo town of Ohio; Santa Clara is a river of
California in fx25, a valley of the same state in ds13 and an island in earlier records;
Cartagena is a sierra of Murcia in fx24 and a protocol and a Colombian city in earlier records;
Jura is a French massif in fx17 and a Swiss canton as well; Hal is a Belgian town in fx29; and
the lézard ocellé of fx20 is no ange de mer ocellé.

For the country queries: fx01 names only Trinidad and Tobago; fx02 only French Guiana; fx03 only
Argentina (South America as the range, and the oropéndola europea without a country); fx04 only
Sierra Leone (West Africa as the range); fx05 only Gabon (Central Africa and the Gulf of Guinea
as the range); fx06 only Equatorial Guinea (the Gulf of Guinea as the range); fx07 only Belize,
with Mexico and northern Argentina as the ends of the tayra's range; fx08 only French Guiana;
fx09 only Costa Rica; fx10 only South Africa; fx11 only Switzerland; fx12 only Mexico; fx13 only
Kenya; fx14 only Côte d'Ivoire; fx15 only Panama; fx16 only the United Kingdom (Scotland, with
England named for the red wood ant); fx17 only France; fx18 only Spain (the Iberian Peninsula,
the Pyrenees); fx19 only Italy, with the Iberian Peninsula and southern France as the range;
fx20 only France; fx21 only Spain; fx22 only Malta, with North Africa and south-eastern Spain as
the rest of the range; fx23 only Algeria (the Maghreb as the range); fx24 only Spain, with Malta
and North Africa as the rest of the range; fx25 only the United States (California); fx26 only
France; fx27 only Spain; fx28 only the United Kingdom (England), with the Atlantic fringe of
Europe as the range and the Spanish bluebell of gardens, no Spain; fx29 only Belgium (Brussels,
the Atlantic fringe of Europe); fx30 only Spain.

Ids (fx01..fx30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fs01..fs30, ft01..ft30, fu01..fu30, fv01..fv30), nor with records146.py's (fw01..fw30), and no
earlier id starts with "fx".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in
records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- oropendolas ------------------------------------------------------------------------------
    ("fx01", "dataset", "en",
     "Crested oropendola colonies of Trinidad's Northern Range: colony trees and hanging nests "
     "counted, 2012-2024",
     "The crested oropendola (Psarocolius decumanus), known in Trinidad as the cornbird, is a "
     "large, dark chestnut-brown bird of the New World blackbird family, with a pale bill and "
     "bright yellow outer tail feathers. The females weave long hanging nests, up to a metre, from "
     "fibres and strips of palm leaf, and a colony may hang fifty or more of them from the tips of "
     "one tall, isolated tree, often one that also holds a wasp nest, while the males bow and "
     "gurgle from its crown. This dataset of a national university and the wildlife section of the "
     "forestry division gathers thirteen dry seasons of counts at 64 colony trees along the roads "
     "and valleys of the Northern Range, Trinidad and Tobago: tree species and height, active "
     "nests, colonies abandoned, and trees felled for road widening, quarries or housing. Giant "
     "cowbirds, which lay their eggs in oropendola nests, are recorded separately. Cocoa estates, "
     "oilbirds and hummingbirds are named in passing.",
     ("crested oropendolas", "oropendolas", "Psarocolius decumanus", "Northern Range", "datasets"),
     ("TT",), "2025-02"),
    ("fx02", "document", "fr",
     "Guide : les colonies de cassiques près des bourgs et des routes de Guyane",
     "Les cassiques, que l'on appelle aussi oropendolas, sont de grands oiseaux de la famille des "
     "ictéridés : en Guyane vivent le cassique vert (Psarocolius viridis), olive à bec pâle "
     "terminé de rouge orangé, et le cassique huppé (Psarocolius decumanus), brun sombre à queue "
     "jaune. Les femelles tissent des nids en longues bourses, suspendus par dizaines au bout des "
     "branches d'un grand arbre isolé, souvent près d'un nid de guêpes qui tient les prédateurs à "
     "distance. Ces arbres à colonies se dressent volontiers au bord des routes, des abattis et "
     "des bourgs, et sont abattus ou élagués sans que personne ne sache qu'ils portent des nids. "
     "Ce guide de la direction de l'environnement et d'une association ornithologique guyanaise "
     "aide les communes, les services des routes et les agriculteurs à reconnaître une colonie, à "
     "reporter l'élagage après la nidification et à laisser debout les arbres à colonies lors des "
     "défrichements. Le cassique cul-jaune, les toucans et les guêpes ne sont cités qu'en passant.",
     ("cassiques", "oropendolas", "Psarocolius viridis", "arbres à colonies", "guides"),
     ("GF",), "2025-03"),
    ("fx03", "project", "es",
     "El yapú en las chacras de Misiones: acuerdos para no voltear los árboles de sus colonias",
     "El yapú u oropéndola crestada (Psarocolius decumanus) es un ave grande, de plumaje pardo "
     "oscuro, pico claro y cola amarilla, de la familia de los boyeros y los tordos. Vive en las "
     "selvas de América del Sur y llega por el sur hasta la selva paranaense de Misiones, en la "
     "Argentina. Anida en colonias: las hembras tejen nidos colgantes en forma de bolsa, de hasta "
     "un metro, que cuelgan de las ramas de un árbol alto y aislado, a menudo en claros, chacras o "
     "bordes de camino. No debe confundirse con la oropéndola europea, un ave de otra familia. "
     "Este proyecto de un parque provincial, una asociación ornitológica y una cooperativa de "
     "productores registra cada árbol con colonia, acuerda con los chacreros no voltearlo ni "
     "quemarlo al desmontar y planta árboles nativos altos cerca de las colonias que se pierden. "
     "Los boyeros, la yerba mate y los tucanes se citan de paso.",
     ("yapú", "oropéndolas", "Psarocolius decumanus", "Misiones", "proyectos"),
     ("AR",), "2025-05"),
    # --- rockfowl ---------------------------------------------------------------------------------
    ("fx04", "need", "en",
     "Need: mapping the nesting rocks of the white-necked picathartes around the Gola Rainforest",
     "The white-necked picathartes (Picathartes gymnocephalus), also called the white-necked "
     "rockfowl or bald crow, is a strange, long-legged bird of the forests of West Africa, with a "
     "bare yellow head marked by a black patch on each side. It hops over the forest floor and "
     "builds cup nests of mud on the overhanging faces of large boulders and rock outcrops in "
     "hilly forest, often in small colonies, and comes back to the same rocks year after year. In "
     "eastern Sierra Leone most known nesting rocks lie inside the Gola Rainforest National Park, "
     "but hunters and farmers report others in the community forests around it, where farms, "
     "logging and stone quarrying advance. The park's management and the chiefdom councils ask for "
     "support to survey the hills around the park, map every nesting rock, train young people from "
     "the villages to check the nests in each breeding season and agree with landowners on belts "
     "of uncleared forest around each rock. Forest elephants, pangolins and cocoa farms are named "
     "in passing.",
     ("white-necked picathartes", "rockfowl", "Picathartes gymnocephalus", "Gola Rainforest",
      "needs"),
     ("SL",), "2025-04"),
    ("fx05", "dataset", "fr",
     "Picatharte à cou gris des monts de Cristal : rochers de nidification et nids suivis, "
     "2015-2024",
     "Le picatharte à cou gris (Picathartes oreas) est un oiseau singulier des forêts humides "
     "d'Afrique centrale : haut sur pattes, la tête nue colorée de bleu, de rose et de noir, il se "
     "déplace par bonds au sol et bâtit des nids de boue en forme de coupe sous les surplombs de "
     "gros rochers et de falaises moussues, au fond des vallons forestiers. Il ne vit que dans "
     "quelques massifs de collines proches du golfe de Guinée et passe pour rare. Au Gabon, dans "
     "le parc national des monts de Cristal, une équipe de l'agence des parcs nationaux et d'une "
     "université gabonaise visite chaque année les rochers connus. Ce jeu de données réunit dix "
     "saisons de relevés sur 38 rochers : nids construits, œufs, jeunes à l'envol, adultes vus, "
     "état de la forêt alentour et distance aux pistes forestières et aux campements. Les "
     "éléphants de forêt, les céphalophes et les sociétés forestières ne sont cités qu'en passant.",
     ("picatharte à cou gris", "picathartes", "Picathartes oreas", "monts de Cristal",
      "jeux de données"),
     ("GA",), "2025-01"),
    ("fx06", "case-study", "es",
     "Estudio de caso: guardas de aldea para las rocas del picatartes cuelligrís en Monte Alén",
     "El picatartes cuelligrís (Picathartes oreas) es un ave rara de los bosques de colinas del "
     "golfo de Guinea, de patas largas y cabeza desnuda azul, rosada y negra, que se mueve a "
     "saltos por el suelo del bosque y pega sus nidos de barro bajo las paredes salientes de "
     "grandes rocas. En la región continental de Guinea Ecuatorial, Río Muni, vive en los valles "
     "rocosos del Parque Nacional de Monte Alén. Este estudio de caso de la administración de "
     "áreas protegidas y de una ONG de conservación repasa diez años de un acuerdo con seis "
     "aldeas: cada aldea nombra guardas que visitan las rocas de cría en las dos estaciones de "
     "lluvias, anotan nidos y pollos, retiran los lazos que encuentran y avisan cuando se abre una "
     "finca o un camino cerca. Cuenta qué funcionó y cómo cambió la opinión de los vecinos sobre "
     "un pájaro que muchos tenían por ave de mal agüero. El ébano, los elefantes de bosque y las "
     "tortugas marinas se citan de paso.",
     ("picatartes cuelligrís", "picatartes", "Picathartes oreas", "Monte Alén", "estudios de caso"),
     ("GQ",), "2025-06"),
    # --- tayras -----------------------------------------------------------------------------------
    ("fx07", "case-study", "en",
     "Case study: tayras and the riverside forest strips of the Toledo District, Belize",
     "The tayra (Eira barbara) is the largest weasel of the American tropics: a long, dark-brown "
     "animal with a paler, greyish head and a long bushy tail, about the size of a small dog, "
     "which climbs well and forages by day for fruit, honey, rodents, birds and lizards. It ranges "
     "from Mexico to northern Argentina but has been little studied. In the Toledo District of "
     "southern Belize, where Maya villages farm small plots of maize, beans and cacao between the "
     "Maya Mountains and the coast, a national university and a farmers' association followed "
     "tayras for ten years along the strips of forest left on riverbanks. This case study brings "
     "together farmers' sightings, tracks in sand plots and droppings: tayras used the riverside "
     "strips far more than open fields, moved between forest blocks along them, and vanished where "
     "strips had been cleared down to the water. It argues for keeping a 30-metre forest strip "
     "along every stream. Chickens, jaguars and the cacao harvest are named in passing.",
     ("tayras", "Eira barbara", "riverside forest", "Toledo District", "case studies"),
     ("BZ",), "2025-02"),
    ("fx08", "need", "fr",
     "Besoin : comprendre comment vit le tayra dans les forêts exploitées de l'ouest de la Guyane",
     "Le tayra (Eira barbara), parfois appelé martre à tête grise, est le plus grand mustélidé des "
     "forêts tropicales d'Amérique : un animal au corps allongé brun-noir, à la tête grisâtre et à "
     "la longue queue touffue, de la taille d'un petit chien, actif le jour, excellent grimpeur, "
     "qui mange des fruits, du miel, des rongeurs et des oiseaux. En Guyane, il est vu "
     "régulièrement sur les pistes forestières, mais il n'a jamais été étudié. Le gestionnaire des "
     "forêts du domaine et un laboratoire de recherche de Kourou sollicitent un appui pour équiper "
     "une quinzaine de tayras de colliers GPS, suivre leurs déplacements dans des parcelles "
     "exploitées à faible impact et dans les forêts non exploitées voisines, et relever les fruits "
     "disponibles dans les deux. Il s'agit de savoir si les trouées d'abattage et les pistes le "
     "favorisent ou le gênent, et d'en tirer des règles d'exploitation. Les agoutis, les pakiras "
     "et les toucans ne sont cités qu'en passant.",
     ("tayra", "martre à tête grise", "Eira barbara", "forêts exploitées", "besoins"),
     ("GF",), "2025-04"),
    ("fx09", "event", "es",
     "Encuentro en Sarapiquí: lo que finqueros y biólogos saben del tolomuco",
     "El tolomuco o tayra (Eira barbara), al que en otros países llaman cabeza de viejo, viejo de "
     "monte o hurón mayor, es un mustélido grande de los bosques tropicales de América, de cuerpo "
     "largo y pardo oscuro, cabeza grisácea y cola larga y peluda, que trepa muy bien, anda de día "
     "y come frutas, miel, roedores y aves. En Costa Rica se le ha visto esconder plátanos todavía "
     "verdes y volver por ellos días después, cuando ya han madurado. El 14 de marzo de 2026, una "
     "universidad pública, el área de conservación y la cámara de productores de la zona reúnen en "
     "Puerto Viejo de Sarapiquí a finqueros, guardaparques y estudiantes para poner en común lo "
     "que se sabe del tolomuco: dónde se le ve, qué come en las fincas y los bordes de bosque, qué "
     "corredores de bosque usa y qué preguntas siguen abiertas. Por la mañana habrá una salida de "
     "campo. Las gallinas, los perezosos y las abejas sin aguijón se citan de paso.",
     ("tolomuco", "tayra", "Eira barbara", "Sarapiquí", "eventos"),
     ("CR",), "2025-11"),
    # --- praying mantises -------------------------------------------------------------------------
    ("fx10", "need", "en",
     "Need: a first survey of the mantids of the Drakensberg grasslands before burning plans are "
     "revised",
     "Praying mantises, or mantids (order Mantodea), are predatory insects that hold their spiny "
     "front legs folded as if in prayer and ambush other insects. South Africa has nearly two "
     "hundred species, from slender grass mantids to the flower mantids that mimic blossoms, and "
     "many are known from only a handful of old museum specimens. In the grasslands of the "
     "uKhahlamba-Drakensberg Park, KwaZulu-Natal, the park authority burns blocks of grassland "
     "each winter, and nobody knows how mantids, which fix their egg cases on grass stems and "
     "shrubs, fare after a fire. The park's ecologists and a university entomology group ask for "
     "support to sample mantids by sweep-netting and night searches in burnt and unburnt blocks "
     "over three seasons, to identify them against the national insect collection, and to advise "
     "on leaving unburnt patches as refuges in each block. Grasshoppers, stick insects and the "
     "proteas of the slopes are named in passing.",
     ("praying mantises", "mantids", "Mantodea", "Drakensberg", "needs"),
     ("ZA",), "2025-03"),
    ("fx11", "project", "fr",
     "Des talus fauchés tard et par moitié pour la mante religieuse dans la campagne genevoise",
     "La mante religieuse (Mantis religiosa) est un insecte prédateur vert ou brun, long de cinq à "
     "sept centimètres, qui guette ses proies les pattes avant repliées comme pour prier. Espèce "
     "des milieux chauds et herbeux, elle reste rare en Suisse, où elle vit surtout dans le sud et "
     "l'ouest du pays, sur les talus secs, les friches et les bords de vignes et de voies ferrées. "
     "La femelle pond à l'automne une oothèque, une masse mousseuse durcie qui protège les œufs "
     "tout l'hiver, sur une tige ou une pierre. Ce projet du service cantonal de la biodiversité "
     "de Genève, d'une association d'entomologistes et d'agriculteurs de la campagne genevoise "
     "recense les oothèques chaque hiver et convient avec les communes et les cantonniers de "
     "faucher les talus tard et par moitié, de laisser des bandes non fauchées jusqu'au printemps "
     "et de ne plus broyer les friches en hiver. Les criquets, les lézards des murailles et les "
     "vignes ne sont cités qu'en passant.",
     ("mante religieuse", "Mantis religiosa", "oothèques", "Genève", "projets"),
     ("CH",), "2025-01"),
    ("fx12", "dataset", "es",
     "Mantis de México en colecciones y en campo: registros de campamochas, 1890-2024",
     "Las mantis o mantodeos, que en México llaman campamochas y en otros países santateresas, "
     "rezadoras o mamboretás, son insectos depredadores que esperan inmóviles a sus presas con las "
     "patas delanteras plegadas, como si rezaran. México tiene más de cien especies, desde mantis "
     "que parecen hojas secas o ramitas hasta pequeñas mantis de corteza, pero muchas se conocen "
     "solo por unos pocos ejemplares. Este conjunto de datos de una colección entomológica "
     "nacional y de dos universidades reúne todos los registros conocidos: ejemplares de museos "
     "mexicanos y extranjeros revisados, y muestreos de campo hechos entre 2015 y 2024 en selvas, "
     "bosques de pino y encino y matorrales. Para cada registro da la especie, el lugar, la fecha, "
     "la altitud, el tipo de vegetación y, cuando se recogió, el estado de la ooteca. Incluye "
     "fotos de referencia de las especies más comunes. Los chapulines, los insectos palo y la "
     "mantis religiosa europea, introducida, se citan de paso.",
     ("mantis", "campamochas", "Mantodea", "colecciones entomológicas", "conjuntos de datos"),
     ("MX",), "2025-05"),
    # --- army ants --------------------------------------------------------------------------------
    ("fx13", "dataset", "en",
     "Driver ant raids and the birds that follow them in Kakamega Forest, Kenya, 2014-2024",
     "Driver ants, or safari ants (Dorylus), called siafu in Swahili, are the army ants of Africa: "
     "colonies of up to twenty million blind workers that keep no fixed nest and move over the "
     "forest floor in dense columns, raiding the soil and leaf litter for insects, spiders, worms "
     "and even small vertebrates. Many forest birds, among them ant-thrushes, alethes and some "
     "bulbuls, follow the raids to catch the insects that flee before them. In Kakamega Forest, "
     "western Kenya, the easternmost fragment of the Guineo-Congolian rainforest, a national "
     "museum and a university have walked the same trails for ten years. This dataset records "
     "every raid met: date, hour, trail, width and direction of the column, prey carried, and the "
     "birds seen following it, counted by species, in the forest interior, at the forest edge and "
     "in the tea and maize farms around the forest. Monkeys, tea estates and firewood collection "
     "are named in passing.",
     ("driver ants", "army ants", "Dorylus", "ant-following birds", "Kakamega Forest", "datasets"),
     ("KE",), "2025-01"),
    ("fx14", "document", "fr",
     "Guide : les magnans, fourmis légionnaires alliées des villages et de la forêt, autour de "
     "Soubré",
     "Les magnans (Dorylus) sont les fourmis légionnaires d'Afrique : des colonies de plusieurs "
     "millions d'ouvrières aveugles, sans nid fixe, qui se déplacent en longues colonnes sombres "
     "sur le sol des forêts et des plantations et chassent tout ce qu'elles rencontrent, insectes, "
     "araignées, vers et parfois de petits animaux. Leurs morsures font fuir les gens et les "
     "poules, et beaucoup de villageois les brûlent au pétrole. Ce guide d'un centre de recherche "
     "en écologie et d'une coopérative de planteurs de la région de Soubré, dans le sud-ouest de "
     "la Côte d'Ivoire, explique aux familles ce que sont les magnans, pourquoi le passage d'une "
     "colonne débarrasse une maison ou une parcelle de ses cafards, termites et chenilles, comment "
     "se protéger sans les détruire (cendre, eau, patience de quelques heures), et pourquoi les "
     "forêts classées voisines en ont besoin. Il rappelle que de nombreux oiseaux suivent leurs "
     "raids. Les termites, les cabosses et les serpents ne sont cités qu'en passant.",
     ("magnans", "fourmis légionnaires", "Dorylus", "Soubré", "guides"),
     ("CI",), "2025-06"),
    ("fx15", "project", "es",
     "Corredores para la marabunta: hormigas guerreras y aves hormigueras en la península de "
     "Azuero",
     "Las hormigas guerreras o legionarias (Eciton burchellii y sus parientes), a las que en "
     "muchos lugares llaman marabunta, recorren el suelo del bosque tropical en enjambres de "
     "cientos de miles de obreras que cazan todo insecto, araña o escorpión que encuentran; no "
     "tienen nido fijo y cada noche forman un vivac con sus propios cuerpos. Decenas de especies "
     "de aves, los hormigueros, trepadores y otros, viven de seguir sus enjambres para cazar los "
     "insectos que huyen. Las colonias casi no cruzan los potreros abiertos, y en la península de "
     "Azuero, en Panamá, donde la ganadería dejó el bosque en parches, han desaparecido de muchos "
     "fragmentos pequeños. Este proyecto de una fundación local, una universidad y veinte "
     "ganaderos siembra franjas de árboles nativos a lo largo de las quebradas para unir los "
     "fragmentos de bosque, y revisa cada año qué fragmentos tienen colonias y aves seguidoras. "
     "Los monos aulladores, las quemas de potreros y el agua de las quebradas se citan de paso.",
     ("hormigas guerreras", "marabunta", "Eciton burchellii", "aves hormigueras", "Azuero",
      "proyectos"),
     ("PA",), "2025-03"),
    # --- wood ants --------------------------------------------------------------------------------
    ("fx16", "document", "en",
     "Guidance: forestry operations around wood ant nests in Scotland's pinewoods and plantations",
     "Wood ants (Formica) are the large red-and-black ants that build domed nests of pine needles "
     "and twigs, often a metre high, on sunny forest edges and in open woods. Scotland has three "
     "kinds: the Scottish wood ant (Formica aquilonia) and the hairy wood ant (Formica lugubris) "
     "of the native pinewoods of the Highlands, and the red wood ant (Formica rufa), commoner in "
     "England. A colony may live for decades and tends aphids in the canopy for their honeydew. "
     "This guidance of the national forestry agency and an invertebrate conservation charity tells "
     "forest managers and harvesting contractors how to find and mark nests before work starts, "
     "keep machines and brash piles at least ten metres away, leave sunny gaps and some mature "
     "trees around clusters of nests, and not to move soil from nest areas in spring. "
     "Capercaillie, bilberry and deer fences are named in passing.",
     ("wood ants", "Formica aquilonia", "Formica lugubris", "forestry operations", "guides"),
     ("GB",), "2025-02"),
    ("fx17", "dataset", "fr",
     "Dômes de fourmis rousses des bois du massif du Jura : fourmilières cartographiées, 2010-2024",
     "Les fourmis rousses des bois (Formica rufa, Formica polyctena et espèces voisines) élèvent "
     "des dômes d'aiguilles, de brindilles et de résine qui peuvent dépasser un mètre de haut, en "
     "lisière et dans les clairières des forêts de résineux et de hêtres. Une colonie peut compter "
     "des centaines de milliers d'ouvrières et plusieurs reines et vivre des décennies, et "
     "certaines forment des supercolonies de dizaines de dômes reliés par des pistes. Dans le "
     "massif du Jura, dans le Doubs, un réseau de forestiers, de naturalistes et d'un laboratoire "
     "universitaire cartographie depuis 2010 les fourmilières de trois forêts publiques. Ce jeu de "
     "données donne pour chacune la position, la hauteur et le diamètre du dôme, l'activité "
     "observée, l'essence et l'âge du peuplement, l'ensoleillement, et ce qu'elle est devenue "
     "après les coupes, les chablis et les tempêtes. Les pics noirs, les sangliers et les pucerons "
     "des épicéas ne sont cités qu'en passant.",
     ("fourmis rousses des bois", "Formica rufa", "fourmilières", "Jura", "jeux de données"),
     ("FR",), "2025-04"),
    ("fx18", "need", "es",
     "Necesidad: inventariar los hormigueros de hormiga roja de los bosques del Pirineo navarro",
     "Las hormigas rojas de los bosques (Formica del grupo rufa), llamadas en algunos valles "
     "hormigas de monte, levantan grandes hormigueros en cúpula con acículas de pino, ramitas y "
     "resina, de hasta metro y medio de alto, en los claros y bordes de los pinares y hayedos de "
     "montaña. En la península ibérica solo viven en los Pirineos y en algunas montañas del norte, "
     "y se sabe poco de cuántas colonias quedan. Son importantes para el bosque: cazan orugas y "
     "otros insectos, remueven el suelo y sirven de alimento a muchas aves. Una universidad y el "
     "servicio forestal del Gobierno de Navarra solicitan apoyo para recorrer los bosques de los "
     "valles de Roncal, Salazar y Aezkoa, localizar y medir los hormigueros, tomar muestras para "
     "identificar las especies y cruzar los datos con las cortas y las pistas forestales "
     "previstas. Las orugas procesionarias, el ganado y los pinos negros se citan de paso.",
     ("hormigas rojas de los bosques", "Formica rufa", "hormigueros", "Pirineo navarro",
      "necesidades"),
     ("ES",), "2025-05"),
    # --- ocellated lizards ------------------------------------------------------------------------
    ("fx19", "project", "en",
     "At the edge of its range: a project for the ocellated lizards of western Liguria",
     "The ocellated lizard (Timon lepidus), sometimes called the jewelled lizard, is the largest "
     "lizard of western Europe: up to 60 centimetres long, bright green speckled with black, with "
     "rows of blue spots along its flanks. It lives in dry, sunny, open places with rocks, burrows "
     "and scattered shrubs, across the Iberian Peninsula and southern France and, at the eastern "
     "tip of its range, in a few valleys of western Liguria, Italy, where it is very rare. There "
     "the abandonment of terraced farmland has let scrub and pine close over the open slopes, and "
     "wildfires and new houses have taken others. This project of a regional park, a university "
     "and local farmers reopens sunny patches on abandoned terraces, rebuilds stone piles as "
     "shelters, brings goats back to graze the slopes and counts the lizards each spring along "
     "fixed transects. Olive groves, wall lizards and vipers are named in passing.",
     ("ocellated lizards", "jewelled lizard", "Timon lepidus", "Liguria", "projects"),
     ("IT",), "2025-04"),
    ("fx20", "case-study", "fr",
     "Étude de cas : quinze ans d'actions pour le lézard ocellé des dunes de l'île d'Oléron",
     "Le lézard ocellé (Timon lepidus) est le plus grand lézard de France : jusqu'à 60 "
     "centimètres, vert vif moucheté de noir, les flancs ornés d'ocelles bleus. Espèce des "
     "garrigues méditerranéennes, il vit aussi, loin de la Méditerranée, dans quelques dunes de la "
     "côte atlantique, dont celles de l'île d'Oléron, en Charente-Maritime, où il s'abrite dans "
     "les terriers de lapins et chasse les insectes de la dune grise. La fréquentation des plages, "
     "le piétinement, les plantations de pins et la raréfaction des lapins l'y ont fait reculer. "
     "Cette étude de cas d'une association naturaliste, de la communauté de communes et du "
     "gestionnaire des forêts domaniales retrace quinze ans d'actions : mise en défens de la dune "
     "grise, déplacement de sentiers, abris de pierres et de bois posés au pied des dunes, suivi "
     "des lézards par transects et photo-identification des ocelles. Elle dit ce qui a marché et "
     "ce qui reste fragile. Les pins maritimes, les lapins et les vipères ne sont cités qu'en "
     "passant.",
     ("lézard ocellé", "Timon lepidus", "dune grise", "île d'Oléron", "études de cas"),
     ("FR",), "2025-03"),
    ("fx21", "need", "es",
     "Necesidad: saber por qué escasea el fardacho, el lagarto ocelado, en el valle medio del Ebro",
     "El lagarto ocelado (Timon lepidus), al que en Aragón llaman fardacho, es el lagarto más "
     "grande de la península ibérica: puede pasar de 60 centímetros y es verde, con un moteado "
     "negro y manchas azules en los costados. Vive en lugares secos y soleados, con piedras, "
     "madrigueras y matorral disperso, y se alimenta sobre todo de escarabajos, saltamontes y "
     "otros invertebrados. Fue común en los campos de cereal, los ribazos y los cerros de yeso del "
     "valle medio del Ebro, donde también se cazaba para comerlo; hoy los naturalistas lo ven cada "
     "vez menos, y se sospecha de la concentración parcelaria, la pérdida de ribazos, la escasez "
     "de conejos y los insecticidas. Una asociación naturalista aragonesa y la universidad "
     "solicitan apoyo para muestrear sus poblaciones durante tres primaveras, comparar zonas con y "
     "sin ribazos y proponer medidas para las ayudas agrarias. Las avutardas, las lagartijas y las "
     "culebras se citan de paso.",
     ("lagarto ocelado", "fardacho", "Timon lepidus", "valle del Ebro", "necesidades"),
     ("ES",), "2025-06"),
    # --- Barbary thuja ----------------------------------------------------------------------------
    ("fx22", "support-source", "en",
     "Offer: seedlings of the għargħar, Malta's national tree, for local councils, schools and "
     "landowners",
     "The għargħar, known elsewhere as the Barbary thuja, sandarac tree or araar (Tetraclinis "
     "articulata), is a small cypress-like conifer with flattened, jointed sprays of scale leaves "
     "and small four-valved cones. It grows wild in the dry hills of North Africa and in one range "
     "of hills in south-eastern Spain, and in Malta, where it is the national tree, only a handful "
     "of old wild trees survive in a few valleys. Its fragrant resin, sandarac, was once gathered "
     "for varnish, and its wood was prized for fine carving. The government's forestry nursery, "
     "with a botanic garden and a conservation NGO, offers free seedlings grown from the seed of "
     "Maltese trees to local councils, schools and landowners, with advice on where to plant them "
     "(rocky, sunny slopes, never irrigated gardens), planting days with volunteers and a visit "
     "after two years to check survival. Aleppo pines, rubble walls and goats are named in "
     "passing.",
     ("għargħar", "Barbary thuja", "Tetraclinis articulata", "seedlings", "offers"),
     ("MT",), "2025-01"),
    ("fx23", "need", "fr",
     "Besoin : régénérer les forêts de thuya de Berbérie des monts de Tlemcen",
     "Le thuya de Berbérie (Tetraclinis articulata), que l'on appelle ici araar, est un conifère "
     "de la famille des cyprès, aux rameaux aplatis et articulés, qui forme au Maghreb des forêts "
     "claires sur les pentes sèches et rocailleuses, entre le chêne vert et le pin d'Alep. Il "
     "rejette de souche après la coupe ou le feu, ce qui est rare chez les conifères ; sa résine, "
     "la sandaraque, et les loupes de ses souches, recherchées par les ébénistes, ont longtemps "
     "été exploitées. Dans les monts de Tlemcen, à l'ouest de l'Algérie, ses forêts reculent : "
     "coupes de bois de feu, incendies répétés, chèvres qui broutent les rejets et les semis. La "
     "conservation des forêts de la wilaya et une université sollicitent un appui pour "
     "cartographier les peuplements, mettre en défens des parcelles brûlées, produire des plants "
     "en pépinière et convenir avec les éleveurs de calendriers de pâturage. Les chênes verts, le "
     "pin d'Alep et le charbon de bois ne sont cités qu'en passant.",
     ("thuya de Berbérie", "araar", "Tetraclinis articulata", "monts de Tlemcen", "besoins"),
     ("DZ",), "2025-02"),
    ("fx24", "dataset", "es",
     "Ciprés de Cartagena en su sierra: censo de ejemplares, regenerado y daños, 2008-2024",
     "El ciprés de Cartagena, también llamado araar o tuya articulada (Tetraclinis articulata), es "
     "una conífera de la familia de los cipreses, de ramillas aplanadas y articuladas, propia del "
     "norte de África; en Europa solo crece de forma natural en Malta y en la sierra de Cartagena, "
     "en la Región de Murcia, donde quedan unos pocos miles de ejemplares en laderas áridas y "
     "soleadas cerca del mar. Está protegido y rebrota de cepa tras el fuego. Este conjunto de "
     "datos de la comunidad autónoma y de una universidad reúne dieciséis años de censos: posición "
     "y tamaño de cada ejemplar, plántulas y rebrotes, estado sanitario, daños por incendios, por "
     "la minería antigua y por las urbanizaciones, y supervivencia de las plantaciones de refuerzo "
     "hechas desde 2010. Incluye mapas de las antiguas escombreras mineras donde ha vuelto a "
     "crecer. Los lentiscos, los acebuches y el turismo de playa se citan de paso.",
     ("ciprés de Cartagena", "araar", "Tetraclinis articulata", "sierra de Cartagena",
      "conjuntos de datos"),
     ("ES",), "2025-03"),
    # --- sticklebacks -----------------------------------------------------------------------------
    ("fx25", "project", "en",
     "A refuge for the unarmored threespine stickleback in the upper Santa Clara River, California",
     "Sticklebacks are small fish of cool fresh and coastal waters with sharp spines in front of "
     "the dorsal fin; in spring the males turn red-throated, build a nest of plant fibres glued "
     "with a secretion of their kidneys and guard the eggs. The unarmored threespine stickleback "
     "(Gasterosteus aculeatus williamsoni), a form without the usual bony plates along its sides, "
     "survives only in a few streams of southern California, United States, and has been listed as "
     "endangered since 1970. In the upper Santa Clara River, droughts dry its pools, floods and "
     "fires fill them with ash and sediment, and non-native fish and frogs eat it. This project of "
     "the state wildlife agency, a national forest and a university keeps a backup population in "
     "ponds at a fish hatchery, moves fish to safe pools when the river dries, restores shaded "
     "pools on two tributaries and counts fish every autumn. Bullfrogs, crayfish and the debris "
     "flows after wildfires are named in passing.",
     ("sticklebacks", "unarmored threespine stickleback", "Gasterosteus aculeatus",
      "Santa Clara River", "projects"),
     ("US",), "2025-05"),
    ("fx26", "event", "fr",
     "Rencontre technique à Carentan : curer les fossés des marais sans perdre les épinoches",
     "L'épinoche (Gasterosteus aculeatus) et sa petite cousine l'épinochette (Pungitius pungitius) "
     "sont de petits poissons armés d'épines sur le dos, qui vivent dans les eaux calmes et "
     "fraîches des fossés, des mares et des marais. Au printemps, le mâle de l'épinoche prend une "
     "gorge rouge, construit un nid de débris végétaux collés et défend les œufs puis les alevins. "
     "Dans les marais du Cotentin et du Bessin, en Normandie, ces poissons autrefois abondants se "
     "raréfient dans les fossés curés trop souvent ou d'un seul coup sur toute leur longueur. Le 9 "
     "octobre 2025, le parc naturel régional, la fédération de pêche et une association de marais "
     "réunissent à Carentan éleveurs, associations syndicales de marais et techniciens pour une "
     "journée sur le curage doux : par tronçons, hors de la période de reproduction, en laissant "
     "des zones refuges, avec une démonstration sur le terrain l'après-midi. Les anguilles, les "
     "brochets et les vaches ne sont cités qu'en passant.",
     ("épinoches", "épinochette", "curage des fossés", "marais du Cotentin", "événements"),
     ("FR",), "2025-07"),
    ("fx27", "project", "es",
     "El espinoso vuelve a los ullals: cría en cautividad y reintroducción en manantiales "
     "valencianos",
     "El espinoso (Gasterosteus aculeatus) es un pez pequeño, de unos cinco centímetros, con tres "
     "espinas en el dorso; en primavera el macho toma la garganta roja, construye un nido con "
     "restos vegetales y cuida los huevos. En la costa mediterránea española vive en aguas dulces, "
     "limpias y frescas de manantiales y canales, y en la Comunitat Valenciana está en peligro de "
     "extinción: la desecación de los ullals, como se llaman los manantiales de la Albufera y de "
     "otros humedales, la contaminación y los peces introducidos lo han dejado en unas pocas "
     "poblaciones. Este proyecto del centro de conservación de especies de agua dulce de la "
     "Generalitat, con comunidades de regantes y ayuntamientos, cría espinosos en cautividad, "
     "limpia y restaura ullals, los repuebla con ejemplares criados y sigue cada año su "
     "supervivencia. El samaruc, el fartet y las gambusias se citan de paso.",
     ("espinoso", "Gasterosteus aculeatus", "ullals", "Comunitat Valenciana", "proyectos"),
     ("ES",), "2025-02"),
    # --- bluebells --------------------------------------------------------------------------------
    ("fx28", "document", "en",
     "Guidance for landowners and councils: caring for bluebell woods, and the law on wild "
     "bluebells",
     "The bluebell (Hyacinthoides non-scripta), called the wild hyacinth in older books, is a bulb "
     "of the woods and hedge banks of the Atlantic fringe of Europe, and nearly half of the "
     "world's bluebells grow in the United Kingdom. In late April and May its nodding, "
     "violet-blue, scented flowers carpet old broadleaved woods, and a dense carpet is a sign of "
     "long-established woodland. It is slow to recover: leaves crushed by trampling cannot feed "
     "the bulb, and a carpet damaged by paths and picnics may take years to return. In England the "
     "digging of wild bulbs and their sale are against the law. This guidance of the national "
     "conservation body and a woodland charity explains how to route paths and parking away from "
     "bluebell carpets, how to manage visitors in flowering time, why coppicing and open glades "
     "help, how to tell the Spanish bluebell and its hybrids apart, and what to do about bulb "
     "theft. Wood anemones, wild garlic and deer are named in passing.",
     ("bluebells", "Hyacinthoides non-scripta", "bluebell woods", "England", "guides"),
     ("GB",), "2025-03"),
    ("fx29", "case-study", "fr",
     "Étude de cas : la forêt de Hal et ses jacinthes des bois face aux foules du printemps",
     "La jacinthe des bois (Hyacinthoides non-scripta), aussi appelée jacinthe sauvage ou "
     "endymion, est une plante à bulbe des forêts de feuillus de la façade atlantique de l'Europe, "
     "dont les fleurs bleu-violet, en clochettes penchées, tapissent les sous-bois en avril et en "
     "mai. Dans la forêt de Hal, une hêtraie au sud de Bruxelles, en Belgique, elles forment "
     "chaque printemps un tapis bleu devenu célèbre sur les réseaux sociaux, et des dizaines de "
     "milliers de visiteurs, photographes et cortèges de mariage compris, viennent en quelques "
     "semaines ; le piétinement hors des chemins a détruit des pans entiers du tapis. Cette étude "
     "de cas de l'agence forestière régionale et de la commune retrace dix ans de mesures : "
     "circuits fléchés à sens unique, barrières basses, interdiction de quitter les chemins, "
     "navettes depuis la gare et parkings fermés, gardes présents le week-end et suivi des "
     "surfaces fleuries. Elle en tire des leçons pour d'autres sites. Les hêtres, les anémones "
     "sylvies et les drones ne sont cités qu'en passant.",
     ("jacinthes des bois", "Hyacinthoides non-scripta", "forêt de Hal", "fréquentation",
      "études de cas"),
     ("BE",), "2025-04"),
    ("fx30", "support-source", "es",
     "Oferta: bulbos de jacinto de los bosques de origen local para restaurar robledales en "
     "Gipuzkoa",
     "El jacinto de los bosques (Hyacinthoides non-scripta), de flores azul violeta en racimos "
     "colgantes y perfumados, es una planta de bulbo de los robledales y hayedos atlánticos; en "
     "España solo crece de forma natural en el norte, en los bosques húmedos de la cornisa "
     "cantábrica y el País Vasco, y no debe confundirse con el jacinto español (Hyacinthoides "
     "hispanica) de los jardines, que se cruza con él. Cuando un robledal se restaura sobre un "
     "antiguo pinar de repoblación, las plantas del sotobosque tardan décadas en volver por sí "
     "solas. Un vivero foral de planta autóctona, con una sociedad de ciencias naturales, ofrece a "
     "ayuntamientos, propietarios forestales y asociaciones bulbos criados a partir de semillas "
     "recogidas con permiso en bosques del territorio, con asesoramiento sobre dónde y cómo "
     "plantarlos, jornadas de plantación con escolares y una visita de seguimiento a los tres "
     "años. Las prímulas, los narcisos y los robles americanos se citan de paso.",
     ("jacinto de los bosques", "Hyacinthoides non-scripta", "robledales", "Gipuzkoa", "ofertas"),
     ("ES",), "2025-01"),
)  # fmt: skip
