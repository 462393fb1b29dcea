"""Clearing-house records of the hundred-and-twenty-seventh judged relevance set
(tests/search/relevance/queries127.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on hyenas (a project tracking the brown hyenas, the strandwolf,
of the shore of the Tsau //Khaeb National Park in Namibia; a dataset of call-up counts of the
hyènes tachetées of the Zakouma National Park in Chad; a need to study the hiena rayada of
the Vashlovani National Park in Georgia); on European hamsters (a dataset of the burrows of the
common hamster, the korenwolf, of South Limburg in the Netherlands; a project for the grand
hamster of Alsace in France; an international meeting, an event, on the hámster europeo in
Lublin, Poland); on Andean cats (a project with the communities of the upper Loa for the Andean
cat of the Antofagasta region, Chile; a workshop in La Paz, an event, for the guards who must
tell the chat des Andes, the titi, from the chat des pampas in Bolivia; a need to search for
the gato andino of the Patagonian steppe of La Payunia, Argentina); on quiver trees (a dataset
of forty years of deaths and seedlings of the quiver trees, the kokerbooms, of Namaqualand and
Bushmanland, South Africa; a case study of moving 300 arbres carquois out of the way of a road
and a quarry near Keetmanshoop, Namibia; a project for the árbol carcaj gigante, Aloidendron
pillansii, of the Richtersveld, South Africa); on civets (a dataset of a survey of the African
civets kept for musk in south-western Ethiopia; a guide, a document, on kopi luwak and the
caged civettes palmistes of Indonesia; a case study of twenty years of searching for the civeta
moteada de Malabar in India); on secretarybirds (a project for the nest trees of the Simanjiro
plains, Tanzania; a need to monitor the messager sagittaire of the W National Park of Niger;
a dataset of young serpentarios fitted with satellite transmitters in South Africa); on saolas
(a need for snare patrols and search teams in central Laos; a project preparing a conservation
breeding centre for the licorne d'Asie in Vietnam; a dataset of every record of the saola, the
unicornio asiático, in Vietnam and Laos); on sengis (a project for the golden-rumped sengi of
Arabuko-Sokoke, Kenya; a case study of the rediscovery of the musaraigne à trompe de Somalie
in Djibouti; a need to study the musaraña elefante de cara gris of the Udzungwa Mountains,
Tanzania); on kagus (a case study of how dog control brought the kagus of the Rivière Bleue
park back, New Caledonia; a project for the cagous of the Panié massif in the Province Nord; a
workshop, an event, for hunters and dog owners on the kagú of Farino); and on wild chinchillas
(a dataset of the long-tailed chinchilla colonies of the Las Chinchillas National Reserve,
Chile; a dataset of the specimens, skin exports and reports of the chinchilla à queue courte
in Bolivia; a project for the chinchilla de cola corta of the Nevado Tres Cruces National Park,
Chile). English, French and Spanish, 10 records each, every topic written once in each language
(different countries or places, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records125.py is about these topics: their files and
the golden files (tests/mappings/golden/*.json) were searched for the topics' words in the
three languages before these were written (hyena, hyène, hiena, Hyaena, Crocuta, Parahyaena,
strandwolf, aardwolf, protèle, scavenger, charognard, carroñero, Zakouma, Vashlovani,
Lüderitz, Tsau; hamster, hámster, Cricetus, Feldhamster, korenwolf, Limburg, Alsace, Lublin;
Andean cat, chat des Andes, chat andin, gato andino, Leopardus, jacobita, titi, osjo, colocolo,
pampas cat, gato del pajonal, vizcacha, viscache, chinchillón, Payunia, Neuquén, Loa, Salar
de Atacama, Sajama, Apolobamba; quiver tree, kokerboom, carquois, carcaj, aljaba, Aloidendron,
Aloe dichotoma, aloe, Keetmanshoop, Richtersveld, Namaqualand, Bushmanland; civet, civette,
civeta, Civettictis, Paradoxurus, Viverra, Viverridae, vivérrido, luwak, kopi, musang, alamid,
civetone, genet, genette, gineta, musk, musc, almizcle; secretarybird, secretary bird, messager
sagittaire, serpentaire, serpentario, pájaro secretario, Sagittarius, Simanjiro, Tarangire,
parc du W; saola, Pseudoryx, licorne d'Asie, unicornio asiático, unicorn, Vu Quang, Annamite,
annamitique; sengi, elephant shrew, shrew, musaraigne à trompe, musaraigne, musaraña elefante,
musaraña, macroscélide, Rhynchocyon, Elephantulus, Galegeeska, Arabuko, Sokoke, Malindi,
Udzungwa, Djibouti; kagu, cagou, kagú, Rhynochetos, New Caledonia, Nouvelle-Calédonie, Nueva
Caledonia, Rivière Bleue, Panié, Farino; chinchilla, Chinchilla lanigera, Las Chinchillas,
Auco, Illapel, Nevado Tres Cruces, fourrure, fur). Screened and dropped as covered or as too
near the queries of earlier sets: bear bile farming and sun bears (the bears, ours and osos
queries of earlier sets would have had to be re-judged), the sacred ibis (the "armadillos OR
ibises" query and the invasive species queries), Siam weed, Chromolaena (the invasive plants,
plantes envahissantes and plantas invasoras queries), king cobras (the "snake OR python"
and snakebite queries), palo santo (the incense, encens and incienso queries, the dry forest
queries and the CITES queries), pygmy hippos (the hippos queries of set 55), bonobos (the
grands singes query), kakapos (the perroquets query), caecilians (the amphibians queries),
Wollemi pines (the botanic gardens query), the coco de mer (the non-timber forest products
query), giant sable antelopes (the antilope and antilopes queries), the Harar hyena men
(the query on tourists who feed wildlife; the hyenas were kept, with other angles), European
hamsters in the parks of Vienna (the urban biodiversity queries; the hamsters were kept,
with other angles), crayfish (bm07-bm09), ruddy ducks (ec25-ec27), pampas grass (records99),
water primrose (records107), giant reed (records101), dragon trees (cs10-cs12), Puya raimondii
(records99), poison frogs (records79), fireflies (s22-s24), hedgehogs (cc01-cc03), dormice
(dc01-dc03), sloths (bn10-bn12), hummingbirds (bn01-bn03), Polylepis woodlands (records51),
captive lions (records67), temporary ponds (bu04-bu06), hay meadows (records75) and wild camels
(s13-s15), besides the topics of sets 42 to 125 and those their docstrings list as covered;
screened with no or passing hits but not chosen: koalas, tuataras, wombats, binturongs,
candelilla, silverswords, babirusas, anoas, jerboas, pikas (named by eq21; one of their names,
lièvre siffleur, is too near the lapins, conejos and hares queries) and fossas (Madagascar
has a query of its own). Hyenas are named only in passing or among other carnivores (i22,
w35, ev04, ev06, ez16); the grand hamster only by the œdicnème page of Alsace (eo29),
"pour mémoire"; the gato andino and the civets only in lists of searched or screened words
(records65, records89); none of the other topics is named by an earlier record.

One earlier record is judged relevant in part: the Waza project of Cameroon (w35), which
compensates herders for the livestock lost to lions and hyènes, names hyenas as one of the two
carnivores it is about, and is 1 to the plain hyena queries (hyenas, hyènes, hienas and the two OR
queries); it names no species of hyena and no country of this set's hyena records, so it is 0 to
the queries on brown, spotted and striped hyenas and to the country queries. All the other hits are
passing or about other things (0): the carbofuran report of Kenya (i22) names hyenas among the
animals that its baits kill; the painted dog page (ev04) and the Gorongosa page (ev06) name hyenas
in passing, and the aardvark dataset of the Kalahari (ez16) names them among other carnivores; the
œdicnème case study (eo29) names the grand hamster of Alsace only "pour mémoire"; the ocelot pages
(ec19-ec21) are about another Leopardus, and the Salar de Atacama lithium page (x22) and the
Apolobamba herders page (cc24) name no Andean cat; the inselberg page (bi19) names aloes and rock
hyraxes among its plants and animals, not quiver trees; the green hydrogen page of the Tsau //Khaeb
(cb13) names no hyena; the serpentario of the antivenom page of Costa Rica (bn30) is a snake house,
not a secretarybird; the shrews of the tick page (bu13) are true shrews, not sengis; the butterfly
farm of Arabuko-Sokoke (dm13), the Kihansi gorge of the Udzungwa Mountains (cm10) and the lac Abbé
of Djibouti (bo08) name no sengi; the troca, mangrove crab and cattle tick pages of New Caledonia
(eg29, eo23, er02) name no kagu; the W-Arly-Pendjari meeting (bt23) and the learning route to the
Tarangire ecosystem (bx22) name no secretarybird; and the musk deer pages (records117) are about
another musk.

records126.py (ids fc01..fc30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), written at the same time by another engineer, was searched for the same
words once it was finished (with its queries126.tsv, 60 queries), before these records were
judged: its topics are carbon disulphide from viscose rayon plants, manganese mining, asphalt
plants, baker's asthma, tungiasis, powerships, domestic oil heating, the Kimberley Process,
talc and printer cartridges. None of its records names a hyena, a hamster, an Andean cat, a
quiver tree, a civet, a secretarybird, a saola, a sengi, a kagu or a chinchilla. The nearest
are places and passing words, all judged 0: the powerships of Richards Bay, Saldanha Bay and
Ngqura, South Africa (fc16), near the quiver tree and secretarybird pages of South Africa;
the viscose plants of Purwakarta, West Java, Indonesia (fc01), near the kopi luwak guide
(fd14); the jiggers of Murang'a and the printer cartridges of Nairobi, Kenya (fc13, fc28),
near the sengi project (fd22); the panaderías of Santiago, Chile (fc12), and the talco of
Argentina (fc27), near the Andean cat and chinchilla pages; the río Chili of Arequipa (fc09),
whose name only spells the French name of Chile; and the rough diamonds of Kono, Sierra Leone,
of the Central African Republic and of the customs of Panama (fc22-fc24), another matter than
the diamond mines named in passing by fd01 and fd12. None of its records answers a query of
this set, and none of its queries is repeated in queries127.tsv. records128.py and
records129.py, written at the same time by other engineers, are not part of this set's pool.

Traps: the black-backed jackals, Cape fur seals, seabirds and diamond mines of fd01, whose Wolf Bay
is a place (the strandwolf is no wolf); the lions, éléphants, vautours, buffles, bubales and
braconnage of fd02; the lobos, chacales and leopardos de Persia of fd03; the guinea pig (a
comparison of size), foxes, polecats, buzzards, field voles and sugar beet of fd04, whose korenwolf
is no wolf; the renards, busards cendrés and routes of fd05; the topillos, zorros, cernícalos and
campos de maíz of fd06; the pampas cat or colocolo, the mountain vizcachas, vicuñas, Andean foxes
and mining roads of fd07; the chat des pampas, viscaches, vigognes, renards andins, condors and the
skins and stuffed animals of fd08; the chinchillones (the local name of the mountain vizcachas, no
chinchillas), pumas, guanacos, goats, dogs and oil wells of fd09; the sociable weavers, goats,
porcupines and baboons of fd10; the damans des rochers, républicains sociaux and quarry trucks of
fd11; the common quiver trees, the halfmens (Pachypodium namaquanum), goats, donkeys and diamond
mines of fd12; the genets, honey badgers, cage makers and perfumers of fd13, whose musk is no musk
deer's; the loris lents, chauves-souris frugivores and singes of fd14; the civetas de las palmeras
(another civet), pangolines, nutrias and cashew plantations of fd15; the lions, ostriches, charcoal
kilns and the snakes and lizards it eats of fd16; the vautours, outardes, éléphants and serpents of
fd17; the avutardas, chacales, parques eólicos, tendidos eléctricos and farm water tanks of fd18;
the muntjacs, serows and wild pigs of fd19; the muntjacs, sérows, bantengs and collets of fd20; the
muntíacos, serows, jabalíes and horn trophies of fd21; the elephants and aardvarks (named as
relatives), Sokoke scops owls and Clarke's weavers of fd22; the damans, dik-diks, gerbilles and
peanut butter of fd23; the colobos rojos, leopardos, aves endémicas and leña of fd24; the rats,
feral pigs, notou pigeons, dogs and hunters of fd25; the roussettes (flying foxes), notous, fourmis
électriques and chiens of fd26; the ciervos rusa, cerdos asilvestrados, helechos arborescentes and
hunting dogs of fd27; the culpeo foxes, owls, goats and the pet and fur chinchillas bred in
captivity of fd28; the viscaches, chats des Andes, vigognes and the cousin à longue queue of fd29;
and the vicuñas, zorros culpeos, flamencos and gold and copper mines of fd30. Some records name
their topic only by another name or a narrower kind: fd01 says brown hyena and strandwolf; fd02
only the hyène tachetée among hyenas; fd03 only the hiena rayada; fd04 says common hamster and
korenwolf, never European hamster; fd08 says chat des Andes and titi; fd11 only kokerbooms and
arbres carquois (never quiver tree); fd12 is about the árbol carcaj gigante or aloe gigante, a
narrower kind (the common árboles carcaj only in passing); fd17 only messager sagittaire and
serpentaire; fd18 only serpentario and secretario; fd20 says saola and licorne d'Asie; fd21 saola
and unicornio asiático; fd22 only sengi (never elephant shrew); fd23 musaraigne à trompe and sengi
de Somalie; fd24 musaraña elefante and sengi; fd28 long-tailed chinchilla; fd29 and fd30 only the
short-tailed chinchilla, chinchilla royal and chinchilla real. Letters and homonyms: the mountain
vizcachas of fd07 and the viscaches of fd08 and fd29 are chinchillids but no chinchillas; the
musaraigne and musaraña of fd23 and fd24 are sengis, not shrews; "civet" in fd13 is also the name
of the musk; the "secretario" of many Spanish pages is an office, not a bird.

For the country queries: fd01 names only Namibia (southern Africa as the range); fd02 only Chad
(Central Africa as a region); fd03 only Georgia (North Africa and India as the edges of the
range, the Caucasus as a region); fd04 only the Netherlands; fd05 only France (the European
Union's court); fd06 only Poland (Central and Eastern Europe as the former range); fd07 only
Chile; fd08 only Bolivia; fd09 only Argentina; fd10 only South Africa (southern Africa);
fd11 only Namibia; fd12 only South Africa (the far side of the Orange River, unnamed); fd13
only Ethiopia (Europe and the Middle East as markets); fd14 only Indonesia; fd15 only India;
fd16 only Tanzania (Africa south of the Sahara); fd17 only Niger (West Africa); fd18 only South
Africa; fd19 Laos (Vietnam as the other side of the border); fd20 only Vietnam; fd21 Vietnam
and Laos; fd22 only Kenya; fd23 Djibouti (Somalia, where the museum specimens came from);
fd24 only Tanzania; fd25, fd26 and fd27 only New Caledonia; fd28 only Chile; fd29 Bolivia
(Peru, Argentina and Chile as the former range); fd30 only Chile.

Ids (fd01..fd30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
ez01..ez30, fa01..fa30, fb01..fb30), nor with records126.py's (fc01..fc30), and no earlier id
starts with "fd".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- hyenas ----------------------------------------------------------------------------------
    ("fd01", "project", "en",
     "Strandwolf on the diamond coast: tracking brown hyenas along the shore of the Tsau //Khaeb "
     "National Park",
     "The brown hyena (Parahyaena brunnea), a shaggy, dark scavenger with pointed ears and a "
     "pale mane, is the rarest of the hyenas and lives only in the dry west of southern Africa. "
     "On the Namib coast, where Afrikaans speakers call it strandwolf, it patrols the beaches at "
     "night for dead seals, fish and seabirds washed ashore, and takes pups at the Cape fur seal "
     "colonies. Much of this coast lies in the Tsau //Khaeb (Sperrgebiet) National Park, the old "
     "diamond area closed to the public for a century. This project of a research group based in "
     "Lüderitz, the park's staff and the holders of the mining licences fits GPS collars on "
     "hyenas, counts them at their dens and at the seal colonies of Wolf Bay and Atlas Bay, "
     "studies what they eat from droppings and carcasses, and records every animal killed on the "
     "road to Aus. Black-backed jackals, the seals themselves and the diamond mines are named in "
     "passing.",
     ("brown hyenas", "Parahyaena brunnea", "strandwolf", "Namib coast", "projects"),
     ("NA",), "2024-10"),
    ("fd02", "dataset", "fr",
     "Hyènes tachetées du parc national de Zakouma : recensements par repasse, 2008-2024",
     "L'hyène tachetée (Crocuta crocuta), la plus grande des hyènes, vit en clans dominés par "
     "les femelles et chasse elle-même une grande partie de ses proies, contrairement à sa "
     "réputation de simple charognard. Au Tchad, le parc national de Zakouma, où le braconnage a "
     "été presque arrêté depuis 2011, abrite l'une des dernières populations importantes "
     "d'Afrique centrale. Ce jeu de données, tenu par l'équipe de gestion du parc avec une "
     "université, réunit seize années de recensements par repasse : chaque saison sèche, des "
     "enregistrements d'appels d'hyènes et de cris de proies sont diffusés la nuit depuis une "
     "centaine de points, et l'on compte les hyènes qui s'approchent du véhicule. Il y ajoute la "
     "position des tanières, les carcasses visitées, les naissances connues dans trois clans "
     "suivis et les hyènes trouvées mortes. Il montre une population en hausse à mesure que les "
     "buffles et les bubales se multiplient. Les lions, les éléphants et les vautours ne sont "
     "cités qu'en passant.",
     ("hyènes tachetées", "Crocuta crocuta", "carnivores", "parc national de Zakouma",
      "jeux de données"),
     ("TD",), "2025-01"),
    ("fd03", "need", "es",
     "Necesidad: estudiar a la hiena rayada del Cáucaso en el Parque Nacional de Vashlovani",
     "La hiena rayada (Hyaena hyaena), un carroñero nocturno de pelaje gris claro "
     "con rayas negras y una crin que eriza cuando se siente amenazada, vive desde el norte de "
     "África hasta la India, pero en el Cáucaso solo queda un puñado de animales. En Georgia se "
     "la daba por desaparecida hasta que a mediados de la década de 2000 se la fotografió en el "
     "Parque Nacional de Vashlovani, en las estepas y barrancos semidesérticos del sudeste del "
     "país. Desde entonces se han encontrado huellas, excrementos y algunos ejemplares muertos "
     "por cazadores o atropellados, pero nadie sabe cuántas hay ni dónde crían. La agencia de "
     "áreas protegidas, una organización de conservación y una universidad de Tiflis solicitan "
     "apoyo para un estudio de tres años: búsqueda de madrigueras, análisis genéticos de "
     "excrementos, encuestas a pastores de ovejas trashumantes, seguimiento con collares si se "
     "capturan animales y un plan de acción con los países vecinos. Los lobos, los chacales y "
     "los leopardos de Persia se citan de paso.",
     ("hienas rayadas", "Hyaena hyaena", "carnívoros", "Cáucaso", "necesidades"),
     ("GE",), "2024-08"),
    # --- European hamsters -----------------------------------------------------------------------
    ("fd04", "dataset", "en",
     "Common hamster burrows in the fields of South Limburg, 2002-2024",
     "The common hamster (Cricetus cricetus), which farmers in the Netherlands call the "
     "korenwolf, the 'corn wolf', is a rodent the size of a guinea pig, with a black belly, a "
     "russet back and white patches on its cheeks. It digs deep burrows in loess soils, hoards "
     "grain for the winter and was long trapped as a pest. By 2002 only a few animals remained "
     "in the country. Since then hamsters bred in captivity have been released in South Limburg, "
     "where farmers are paid to leave strips of wheat and lucerne unharvested and to plough less "
     "deeply. This dataset, kept by the foundation that runs the breeding and by the province, "
     "lists every burrow counted in spring and after the harvest in the reserve fields, with the "
     "crop, the management contract, whether the animals were released or born in the wild, the "
     "litters seen and the remains found where foxes, polecats and birds of prey had killed "
     "hamsters. Buzzards, field voles and the sugar beet harvest are named in passing.",
     ("common hamsters", "Cricetus cricetus", "korenwolf", "arable fields", "datasets"),
     ("NL",), "2025-02"),
    ("fd05", "project", "fr",
     "Sauver le grand hamster d'Alsace : cultures favorables, élevage et lâchers dans la plaine "
     "du Rhin",
     "Le grand hamster (Cricetus cricetus), ou hamster d'Europe, est le seul hamster sauvage de "
     "France. Il ne vit plus que dans la plaine d'Alsace, où il creuse ses terriers dans les "
     "sols de lœss, et ses populations se sont effondrées avec l'extension des grandes cultures "
     "de printemps, qui le laissent sans couvert ni nourriture après la récolte, et avec "
     "l'étalement des zones bâties. Ce projet, porté par les services de l'État, les "
     "collectivités, des associations et des agriculteurs, finance dans des zones d'action "
     "prioritaire des bandes de blé, de luzerne et de cultures associées laissées sur pied "
     "jusqu'à l'automne, élève des hamsters en captivité pour les relâcher dans des terriers "
     "préparés, suit leur survie par radiopistage et impose des règles aux aménagements qui "
     "touchent des terriers. Il fait suite à la condamnation de la France par la Cour de justice "
     "de l'Union européenne en 2011 pour protection insuffisante de l'espèce. Les renards, les "
     "busards cendrés et les routes ne sont cités qu'en passant.",
     ("grand hamster", "Cricetus cricetus", "plaine d'Alsace", "cultures favorables", "projets"),
     ("FR",), "2024-06"),
    ("fd06", "event", "es",
     "Reunión internacional sobre el hámster europeo en Lublin: poblaciones, cría y campos de "
     "cultivo",
     "El hámster europeo o hámster común (Cricetus cricetus), un roedor de vientre negro y lomo "
     "pardo rojizo que cava madrigueras profundas en suelos de loess y de tierras negras, fue "
     "durante siglos abundante en los campos de Europa central y oriental y hoy está en peligro "
     "crítico tras perder la mayor parte de su área en pocas décadas. Polonia conserva algunas "
     "de las últimas poblaciones grandes, en la región de Lublin. Una universidad de Lublin y el "
     "grupo de trabajo internacional sobre el hámster organizan del 23 al 25 de septiembre de "
     "2025 su reunión anual: ponencias sobre la situación de las poblaciones de cada país, la "
     "genética de las poblaciones aisladas, la cría en cautividad y las liberaciones, la dieta y "
     "la reproducción en campos de cereal y de maíz, y una salida de campo a colonias de "
     "hámsteres en parcelas agrícolas de los alrededores. Los topillos, los zorros y los "
     "cernícalos se citan de paso.",
     ("hámster europeo", "Cricetus cricetus", "roedores", "reuniones científicas", "eventos"),
     ("PL",), "2025-08"),
    # --- Andean cats -----------------------------------------------------------------------------
    ("fd07", "project", "en",
     "Andean cats of the upper Loa: a project with the communities of the high Andes of "
     "Antofagasta",
     "The Andean cat (Leopardus jacobita) is a small, silver-grey cat with rusty blotches and a "
     "thick, ringed tail, which lives among the rocks and boulder fields of the high Andes, "
     "mostly above 3,500 metres, where it hunts mountain vizcachas. With perhaps fewer than "
     "1,400 adults left, it is one of the least known cats of the Americas, and it is often "
     "confused with its larger lookalike, the pampas cat or colocolo. In the upper Loa basin of "
     "the Antofagasta region of Chile, this project of a Chilean conservation group and the "
     "Atacameño and Quechua communities trains community monitors to record sightings, tracks "
     "and scats, maps the vizcacha colonies on which the cat depends, asks herders to report and "
     "not to kill the cats seen near their corrals, and brings schools and villages together for "
     "an Andean cat day each year. It keeps a shared register of every record with place, "
     "altitude and source. Vicuñas, Andean foxes and the roads of the mining companies are named "
     "in passing.",
     ("Andean cats", "Leopardus jacobita", "high Andes", "mountain vizcachas", "projects"),
     ("CL",), "2024-09"),
    ("fd08", "event", "fr",
     "Atelier à La Paz : reconnaître et suivre le chat des Andes, pour les gardes des aires "
     "protégées",
     "Le chat des Andes (Leopardus jacobita), petit félin gris argenté aux taches rousses et à "
     "l'épaisse queue annelée, vit dans les éboulis et les falaises de l'Altiplano et des "
     "cordillères de Bolivie, au-dessus de 4 000 mètres, où il chasse surtout les viscaches. Les "
     "Aymaras l'appellent titi. C'est l'un des félins les plus menacés du continent, et il est "
     "souvent confondu avec le chat des pampas, plus répandu, ce qui fausse les signalements. "
     "Une alliance de chercheurs andins, le musée d'histoire naturelle de La Paz et le service "
     "national des aires protégées organisent du 14 au 16 mai 2025 à La Paz un atelier pour les "
     "gardes des parcs de Sajama, d'Apolobamba et de Tunari et pour des techniciens municipaux : "
     "identification des deux espèces à partir de photos, de traces et de crottes, protocole "
     "commun de signalement, et conduite à tenir face aux peaux ou aux animaux naturalisés "
     "conservés dans certaines familles pour des fêtes. Les vigognes, les renards andins et les "
     "condors ne sont cités qu'en passant.",
     ("chat des Andes", "Leopardus jacobita", "félins", "gardes des aires protégées", "événements"),
     ("BO",), "2025-04"),
    ("fd09", "need", "es",
     "Necesidad: buscar al gato andino de la estepa patagónica en la Payunia y el norte de "
     "Neuquén",
     "El gato andino (Leopardus jacobita), uno de los felinos más amenazados de América, se "
     "creía limitado a las altas cumbres de los Andes, hasta que se lo encontró también a menos "
     "de 2.000 metros, en la estepa patagónica del sur de Mendoza y el norte de Neuquén, en "
     "Argentina, entre coladas de lava y roquedales donde caza chinchillones, como se llama allí "
     "a las vizcachas de montaña. De esta población patagónica casi nada se sabe: ni cuántos "
     "animales quedan, ni si se mezcla con la de la cordillera. Comparte el territorio con "
     "crianceros de cabras trashumantes, cuyos perros y trampas a veces matan gatos, y con la "
     "expansión de la explotación petrolera. Una fundación de conservación, la dirección de "
     "recursos naturales de Mendoza y una universidad solicitan apoyo para buscar rastros y "
     "excrementos en la reserva La Payunia y sus alrededores, hacer análisis genéticos, "
     "entrevistar a puesteros y crianceros y formar a guardaparques. Los pumas, los guanacos y "
     "los pozos de petróleo se citan de paso.",
     ("gato andino", "Leopardus jacobita", "estepa patagónica", "felinos", "necesidades"),
     ("AR",), "2024-11"),
    # --- quiver trees ----------------------------------------------------------------------------
    ("fd10", "dataset", "en",
     "Quiver trees of Namaqualand and Bushmanland: forty years of deaths and seedlings in "
     "permanent plots",
     "The quiver tree, or kokerboom (Aloidendron dichotomum, formerly Aloe dichotoma), is a tree "
     "aloe up to seven metres high with a smooth golden trunk, forked branches and rosettes of "
     "grey-green leaves, whose hollowed branches the San once used as quivers for their arrows. "
     "It grows on rocky slopes and ridges in the arid west of southern Africa. In the Northern "
     "Cape of South Africa, many stands in the hottest and driest places have lost most of their "
     "adults since the 1980s, while seedlings appear only after rare wet years. This dataset of "
     "a national biodiversity institute and a university joins repeat photographs taken since "
     "1980, 52 permanent plots where the height, health and death of every tree are recorded, "
     "counts of seedlings after rain, and the weather at each site. It records the causes of "
     "death seen, from drought and rot to gnawing by porcupines and uprooting by baboons. "
     "Sociable weavers nesting in some trees and the goats of nearby farms are named in passing.",
     ("quiver trees", "Aloidendron dichotomum", "kokerboom", "succulent plants", "datasets"),
     ("ZA",), "2025-03"),
    ("fd11", "case-study", "fr",
     "Déplacer des kokerbooms : leçons du sauvetage de 300 arbres carquois près de Keetmanshoop",
     "Près de Keetmanshoop, dans le sud de la Namibie, les arbres carquois (Aloidendron "
     "dichotomum), que tout le monde appelle ici kokerbooms, poussent sur les collines de "
     "dolérite, parfois en peuplements denses comme la célèbre « forêt » classée monument "
     "national. Quand l'élargissement d'une route régionale et l'ouverture d'une carrière de "
     "gravier ont menacé près de 300 pieds, la direction des routes et le ministère de "
     "l'environnement ont choisi de les déplacer plutôt que de les abattre. Cette étude de cas "
     "décrit la méthode : repérage et marquage de chaque arbre et de son orientation au soleil, "
     "arrachage avec une motte à la pelle mécanique en saison sèche, séchage des racines "
     "coupées, replantation sur une pente voisine avec la même orientation, arrosage limité, "
     "puis suivi pendant cinq ans. Elle compare la survie selon la taille des arbres : presque "
     "tous les jeunes ont repris, mais un tiers des grands sont morts. Les damans des rochers, "
     "les républicains sociaux et les camions de la carrière ne sont cités qu'en passant.",
     ("arbres carquois", "kokerbooms", "Aloidendron dichotomum", "transplantation",
      "études de cas"),
     ("NA",), "2024-12"),
    ("fd12", "project", "es",
     "El árbol carcaj gigante del Richtersveld: semillas, vivero y vigilancia de las últimas "
     "poblaciones",
     "El árbol carcaj gigante o aloe gigante (Aloidendron pillansii), el mayor de los aloes "
     "arborescentes, con un tronco de hasta diez metros y unas pocas ramas erguidas, sobrevive "
     "en algunas laderas rocosas del Richtersveld, en el noroeste de la provincia sudafricana "
     "del Cabo Septentrional, y en unas pocas montañas del otro lado del río Orange. Quedan unos "
     "pocos cientos de adultos y casi ningún joven, y la especie está en peligro crítico por el "
     "arranque de plantas para coleccionistas de suculentas, el pisoteo de cabras y burros y las "
     "largas sequías. Este proyecto del parque nacional, que la administración de parques "
     "gestiona junto con las comunidades locales, y de un instituto de investigación botánica "
     "recoge semillas, cría plantas en un vivero comunitario, planta ejemplares jóvenes en "
     "parcelas cercadas dentro del área de distribución, paga a vigilantes de los pueblos "
     "vecinos para recorrer las poblaciones y registra la posición y el estado de cada árbol. "
     "Los árboles carcaj comunes, los halfmens y las minas de diamantes se citan de paso.",
     ("árbol carcaj gigante", "Aloidendron pillansii", "suculentas", "viveros", "proyectos"),
     ("ZA",), "2024-07"),
    # --- civets ----------------------------------------------------------------------------------
    ("fd13", "dataset", "en",
     "Civets kept for musk in south-western Ethiopia: a survey of keepers, cages and sales, "
     "2022-2024",
     "The African civet (Civettictis civetta), a long-bodied, black-and-grey spotted carnivore "
     "of the Viverridae family, marks its paths with a strong-smelling paste from glands under "
     "its tail. For centuries this civet musk, known in the trade simply as civet, was exported "
     "from Ethiopia to the perfumers of Europe and the Middle East, and Ethiopia remains its "
     "main source. In the highland forests and farmland of the south-west, farmers trap wild "
     "civets and keep them for years in narrow wooden cages in smoky huts, scraping the glands "
     "every week or two. This dataset, gathered by the regional wildlife authority and a "
     "university veterinary school, records for some 400 keepers in four zones the number of "
     "civets held, where and when each was caught, cage size, feeding, deaths in the first "
     "months, the musk taken at each scraping and the prices paid by traders. It is meant to "
     "support a register of keepers and rules for the trade. Genets, honey badgers and the cage "
     "makers are named in passing.",
     ("African civets", "Civettictis civetta", "civet musk", "perfumery", "datasets"),
     ("ET",), "2024-05"),
    ("fd14", "document", "fr",
     "Café kopi luwak : guide pour les voyageurs, les torréfacteurs et les acheteurs",
     "Le kopi luwak est un café fait de grains récupérés dans les excréments de la civette "
     "palmiste hermaphrodite (Paradoxurus hermaphroditus), appelée luwak à Java et à Sumatra, un "
     "petit carnivore nocturne qui choisit les cerises de café les plus mûres. Autrefois ramassé "
     "dans les plantations, il est devenu l'un des cafés les plus chers du monde, et des "
     "milliers de civettes sauvages sont aujourd'hui capturées et enfermées dans les cages de "
     "fermes et de sites touristiques de Bali, de Java et de Sumatra, nourries surtout de "
     "cerises de café. Ce guide d'une organisation de protection de la faune et d'un institut "
     "de recherche sur le café explique comment reconnaître un élevage de civettes en cage lors "
     "d'une visite, pourquoi les mentions « sauvage » des emballages "
     "sont rarement vérifiables, quelles analyses permettent de savoir si des grains sont passés "
     "par une civette, et quelles exigences les torréfacteurs peuvent imposer à leurs "
     "fournisseurs. Les loris lents, les chauves-souris frugivores et les singes des stands "
     "touristiques ne sont cités qu'en passant.",
     ("civettes palmistes", "Paradoxurus hermaphroditus", "kopi luwak", "café", "guides"),
     ("ID",), "2024-09"),
    ("fd15", "case-study", "es",
     "Veinte años buscando la civeta moteada de Malabar: estudio de caso de una especie quizá "
     "perdida",
     "La civeta moteada de Malabar (Viverra civettina), un vivérrido de lomo gris con grandes "
     "manchas negras y una cresta oscura a lo largo de la espalda, solo se conoce de las colinas "
     "costeras de los Ghats occidentales, en los estados indios de Kerala y Karnataka. No se ha "
     "visto con certeza un animal vivo desde hace décadas: las últimas "
     "pruebas son pieles compradas a cazadores en los años noventa. Este estudio de caso, "
     "escrito por un instituto de investigación de la fauna con el departamento forestal de "
     "Kerala, resume veinte años de búsquedas: miles de noches de muestreo con trampas y cámaras "
     "en bosques y plantaciones de anacardo, encuestas a cazadores y campesinos, revisión de "
     "pieles de museos y un programa de recompensas por fotografías. Explica por qué fallaron, "
     "qué hábitats quedaron sin muestrear, cómo evitar las falsas alarmas con otras civetas y "
     "qué debe hacerse antes de declarar extinta la especie. Las civetas de las palmeras, los "
     "pangolines y las nutrias de los estuarios se citan de paso.",
     ("civetas", "Viverra civettina", "Ghats occidentales", "especies perdidas",
      "estudios de caso"),
     ("IN",), "2025-01"),
    # --- secretarybirds --------------------------------------------------------------------------
    ("fd16", "project", "en",
     "Secretarybirds of the Simanjiro plains: protecting nest trees with Maasai landowners",
     "The secretarybird (Sagittarius serpentarius), a long-legged bird of prey that hunts on "
     "foot across open grassland, stamping on snakes, lizards and rodents, owes its name to the "
     "quill-like feathers at the back of its head. Once common across the savannas of Africa "
     "south of the Sahara, it has declined so fast that it is now listed as endangered. On the "
     "Simanjiro plains east of Tarangire National Park, in northern Tanzania, pairs build huge "
     "stick nests on top of flat-crowned acacias and balanites trees, which are cut for charcoal "
     "and fencing. This project of a raptor conservation group and the village land committees "
     "maps every nest tree, pays small rewards to the Maasai families on whose land chicks "
     "fledge, agrees with them on grazing and burning away from nests in the breeding season, "
     "and counts the birds along fixed routes twice a year. Lions, ostriches and the charcoal "
     "kilns are named in passing.",
     ("secretarybirds", "Sagittarius serpentarius", "birds of prey", "nest trees", "projects"),
     ("TZ",), "2024-08"),
    ("fd17", "need", "fr",
     "Besoin : suivre le messager sagittaire dans le parc national du W du Niger",
     "Le messager sagittaire, ou serpentaire (Sagittarius serpentarius), grand rapace à longues "
     "pattes qui chasse à pied dans les savanes herbeuses et tue les serpents à coups de pattes, "
     "doit son nom aux longues plumes noires de sa nuque, que l'on comparait aux plumes d'oie "
     "glissées derrière l'oreille d'un secrétaire. En Afrique de l'Ouest, il a disparu de la "
     "plupart des savanes cultivées et ne subsiste plus guère que dans les grandes aires "
     "protégées. Au Niger, le parc national du W en abrite encore quelques couples, mais on "
     "ignore combien, où ils nichent et s'ils se reproduisent avec succès. La direction de la "
     "faune et une association ornithologique nigérienne sollicitent un appui pour des comptages "
     "le long des pistes en saison sèche, la recherche des nids au sommet des arbres épineux, la "
     "formation des écogardes à l'identification des rapaces et l'étude des prairies où l'oiseau "
     "chasse. Les vautours, les outardes et les éléphants du parc ne sont cités qu'en passant.",
     ("messager sagittaire", "Sagittarius serpentarius", "rapaces", "savanes", "besoins"),
     ("NE",), "2025-03"),
    ("fd18", "dataset", "es",
     "Jóvenes serpentarios con emisores satelitales en Sudáfrica: movimientos y causas de "
     "muerte, 2016-2024",
     "El serpentario o secretario (Sagittarius serpentarius), un ave rapaz de patas largas que "
     "caza a pie en pastizales y sabanas abiertas, ha disminuido en toda África y en Sudáfrica "
     "ha desaparecido de muchas zonas agrícolas. Para saber qué ocurre con los pollos después de "
     "dejar el nido, un zoológico nacional, una organización de conservación de aves y varias "
     "universidades colocaron pequeños emisores satelitales con energía solar a 60 jóvenes en "
     "las provincias de Free State, Gauteng, Limpopo y el Cabo Septentrional. Este conjunto de "
     "datos reúne sus posiciones cada hora, las distancias recorridas, las zonas donde se "
     "asientan, el tipo de vegetación y de uso del suelo, y la causa de muerte de cada ave "
     "encontrada: ahogamiento en depósitos de agua de granjas, choques con vallas y tendidos "
     "eléctricos, depredadores y hambre. Muestra que la mayoría muere en su primer año. Las "
     "avutardas, los chacales y los parques eólicos se citan de paso.",
     ("serpentarios", "Sagittarius serpentarius", "aves rapaces", "seguimiento por satélite",
      "conjuntos de datos"),
     ("ZA",), "2025-05"),
    # --- saolas ----------------------------------------------------------------------------------
    ("fd19", "need", "en",
     "Need: search teams and snare patrols for the saola in the Annamite forests of central Laos",
     "The saola (Pseudoryx nghetinhensis), a forest bovid with two long, almost straight horns "
     "and white markings on its face, was unknown to science until 1992 and has never been seen "
     "by a biologist in the wild. Sometimes called the Asian unicorn, it lives only in the wet "
     "evergreen forests of the Annamite mountains on the border of Laos and Vietnam, and nobody "
     "knows whether a few dozen or a few hundred remain. Its worst threat is the wire snares set "
     "by the thousands for other animals. In Bolikhamxay and Khammouane provinces of Laos, the "
     "provincial forestry offices and a conservation partner ask for support to train and pay "
     "village teams to remove snares in the forest blocks where saola were last reported, to "
     "interview older hunters about where and when they met the animal, and to send specialist "
     "search teams to follow up any sign, with a plan to move any animal found to safety. "
     "Muntjacs, serows and wild pigs are named in passing.",
     ("saola", "Pseudoryx nghetinhensis", "Annamite mountains", "snare removal", "needs"),
     ("LA",), "2024-06"),
    ("fd20", "project", "fr",
     "Un centre pour la licorne d'Asie : préparer l'élevage conservatoire du saola au Viêt Nam",
     "Le saola (Pseudoryx nghetinhensis), surnommé la licorne d'Asie, est un bovidé forestier "
     "aux deux longues cornes presque droites, découvert en 1992 dans la forêt de Vu Quang et "
     "jamais observé par un biologiste dans la nature. Il ne vit que dans la chaîne annamitique "
     "et ne compte peut-être plus que quelques dizaines d'individus. Les spécialistes estiment "
     "que sa survie dépendra d'un élevage conservatoire : capturer les derniers animaux que l'on "
     "trouvera et les faire se reproduire à l'abri des collets. Ce projet des autorités "
     "forestières du Viêt Nam, d'un réseau international de spécialistes et d'un parc national "
     "du centre du pays construit un centre d'élevage en forêt, avec enclos boisés, parcelles "
     "des plantes que mange l'espèce, laboratoire vétérinaire et équipe de soigneurs formée "
     "auprès d'autres bovidés forestiers. Il rédige aussi les protocoles de capture, de "
     "transport et de quarantaine. Les muntjacs, les sérows et les bantengs ne sont cités qu'en "
     "passant.",
     ("saola", "licorne d'Asie", "Pseudoryx nghetinhensis", "élevage conservatoire", "projets"),
     ("VN",), "2025-02"),
    ("fd21", "dataset", "es",
     "Todos los registros del saola, 1992-2024: cuernos, cráneos, fotografías y testimonios",
     "El saola (Pseudoryx nghetinhensis), el llamado unicornio asiático, es un bóvido de las "
     "selvas de la cordillera Annamita que se describió en 1993 a partir de cuernos y cráneos "
     "guardados en casas de cazadores de Vietnam. Desde entonces solo se ha fotografiado unas "
     "pocas veces en la naturaleza, la última en 2013, y algunos animales capturados murieron en "
     "pocos días en cautividad. Este conjunto de datos, mantenido por el grupo de trabajo "
     "internacional sobre la especie, reúne todos los registros conocidos en Vietnam y Laos: "
     "trofeos de cuernos, cráneos y pieles en aldeas, animales capturados, fotografías de "
     "cámaras, testimonios de cazadores calificados según su fiabilidad y búsquedas sin "
     "resultado, con la fecha, el lugar, la altitud y la fuente. Sirve para decidir dónde buscar "
     "y muestra cómo se han reducido las zonas con registros recientes. Los muntíacos, los "
     "serows y los jabalíes se citan de paso.",
     ("saola", "unicornio asiático", "Pseudoryx nghetinhensis", "registros de especies",
      "conjuntos de datos"),
     ("VN", "LA"), "2025-06"),
    # --- sengis ----------------------------------------------------------------------------------
    ("fd22", "project", "en",
     "The golden-rumped sengi of Arabuko-Sokoke: counting nests and keeping the forest floor "
     "intact",
     "The golden-rumped sengi (Rhynchocyon chrysopygus), a giant among sengis at half a "
     "kilogram, has a long flexible snout, a glossy red-brown coat and a bright golden patch on "
     "its rump that may draw the attacks of predators away from its head. Sengis look like "
     "shrews but are more closely related to elephants and aardvarks. This one lives only in the "
     "coastal forests of Kenya, above all in Arabuko-Sokoke Forest near Malindi, where each pair "
     "keeps several leaf nests on the forest floor. It is threatened by the thinning of the "
     "forest for building poles and firewood, which dries and opens the leaf litter where it "
     "finds its beetles, ants and worms. This project of the forest and wildlife services, a "
     "museum and a community forest association counts nests along fixed transects every year, "
     "maps the places where pole cutting has opened the canopy, replants them, and trains forest "
     "scouts from the villages along the edge. Sokoke scops owls and Clarke's weavers are named "
     "in passing.",
     ("sengis", "Rhynchocyon chrysopygus", "coastal forests", "Arabuko-Sokoke", "projects"),
     ("KE",), "2024-10"),
    ("fd23", "case-study", "fr",
     "Retrouver la musaraigne à trompe de Somalie : une expédition à Djibouti après cinquante "
     "ans d'absence",
     "La musaraigne à trompe de Somalie, ou sengi de Somalie (Galegeeska revoilii), petit "
     "mammifère au long nez mobile, aux grands yeux et à la queue touffue, n'était connue que "
     "par une quarantaine de spécimens de musée récoltés en Somalie, dont le dernier datait des "
     "années 1970, et figurait parmi les espèces « perdues » les plus recherchées. En 2019, une "
     "équipe d'une université de Djibouti et de chercheurs étrangers a posé plus de mille pièges "
     "garnis de beurre de cacahuète, d'avoine et de levure dans les zones rocailleuses et arides "
     "du pays, sur les indications d'éleveurs nomades, et en a capturé dès le premier jour. "
     "Cette étude de cas décrit l'expédition, les sites trouvés, les analyses qui ont placé "
     "l'espèce dans un autre genre et sa nouvelle évaluation du risque d'extinction, puis tire "
     "des conseils pour rechercher d'autres espèces perdues. Les damans, les dik-diks et les "
     "gerbilles ne sont cités qu'en passant.",
     ("musaraignes à trompe", "sengi de Somalie", "Galegeeska revoilii", "espèces redécouvertes",
      "études de cas"),
     ("DJ",), "2024-11"),
    ("fd24", "need", "es",
     "Necesidad: conocer a la musaraña elefante de cara gris de los montes Udzungwa",
     "La musaraña elefante de cara gris (Rhynchocyon udzungwensis), un sengi de unos 700 gramos "
     "con una larga trompa, cara gris y lomo oscuro, fue descrita en 2008 a partir de "
     "fotografías y de unos pocos ejemplares capturados en dos bosques de montaña de los montes "
     "Udzungwa, en el centro-sur de Tanzania. Aunque es uno de los mayores sengis, casi nada se "
     "sabe de ella: ni su área exacta, ni su número, ni cómo le afecta la extracción de madera y "
     "de leña en la parte de su área que queda fuera del parque nacional. Un centro de "
     "investigación ecológica de los Udzungwa, la autoridad de bosques y un museo solicitan "
     "apoyo para recorrer con trampas y cámaras los bosques aún no muestreados, marcar y seguir "
     "animales con radiotransmisores, cartografiar sus nidos de hojarasca y formar a jóvenes de "
     "las aldeas vecinas como asistentes de campo. Los colobos rojos, los leopardos y las aves "
     "endémicas de los montes se citan de paso.",
     ("musarañas elefante", "Rhynchocyon udzungwensis", "sengis", "montes Udzungwa", "necesidades"),
     ("TZ",), "2025-04"),
    # --- kagus -----------------------------------------------------------------------------------
    ("fd25", "case-study", "en",
     "From sixty to seven hundred: how dog control brought the kagu back in the Rivière Bleue "
     "park",
     "The kagu (Rhynochetos jubatus), a pale grey, almost flightless forest bird with red legs, "
     "a crest it raises in display and a call like a barking dog, is found only in New "
     "Caledonia, where it is the emblem of the territory. Its eggs, chicks and even adults are "
     "easily killed by dogs, and in the 1980s only about sixty birds remained in the Parc "
     "provincial de la Rivière Bleue, in the south of Grande Terre. This case study by the "
     "provincial environment department tells how the park's staff trapped and removed roaming "
     "dogs, banned dogs from the park, fitted radio tags to kagus to find their nests, and "
     "counted the birds every year by their calls at dawn; by 2020 the park held more than seven "
     "hundred. It sets out the costs, the part played by local hunters, the problems with dogs "
     "from nearby settlements, and why the kagu is still missing from many forests. Rats, feral "
     "pigs and the park's notou pigeons are named in passing.",
     ("kagus", "Rhynochetos jubatus", "dog control", "New Caledonia", "case studies"),
     ("NC",), "2024-12"),
    ("fd26", "project", "fr",
     "Le cagou du massif du Panié : un projet avec les tribus de Hienghène et de Pouébo",
     "Le cagou (Rhynochetos jubatus), oiseau gris cendré presque incapable de voler, à huppe "
     "érectile et au cri semblable à un aboiement, ne vit qu'en Nouvelle-Calédonie. Si la "
     "population du sud de la Grande Terre est bien suivie, celle du massif du Panié, dans la "
     "province Nord, reste mal connue : ses forêts humides d'altitude sont isolées, difficiles "
     "d'accès et morcelées par d'anciens feux. Ce projet d'une association de conservation, de "
     "la province Nord et des clans coutumiers de Hienghène et de Pouébo recense les cagous à "
     "l'écoute des chants à l'aube sur une centaine de points, forme des jeunes des tribus comme "
     "techniciens de terrain, équipe une dizaine d'oiseaux d'émetteurs pour connaître leurs "
     "territoires et sensibilise les familles à tenir leurs chiens attachés la nuit. Les "
     "résultats serviront à délimiter une réserve et à choisir les vallées où agir d'abord. Les "
     "roussettes, les notous et les fourmis électriques ne sont cités qu'en passant.",
     ("cagou", "Rhynochetos jubatus", "oiseaux endémiques", "province Nord", "projets"),
     ("NC",), "2025-01"),
    ("fd27", "event", "es",
     "Taller en Farino: cazadores, perros y kagúes en el Parque de las Grandes Fougères",
     "El kagú (Rhynochetos jubatus), un ave gris ceniza casi incapaz de volar, de patas rojas y "
     "con un penacho que despliega para impresionar, es endémico de Nueva Caledonia. En el "
     "Parque de las Grandes Fougères y los bosques vecinos de Farino y Sarraméa, en el centro "
     "de la Grande Terre, su principal amenaza son los perros, sobre todo los de los cazadores "
     "de ciervos que quedan sueltos en el bosque, capaces de matar a una familia entera de "
     "kagúes. La provincia Sur, la "
     "federación de cazadores y una asociación de protección del ave organizan el sábado 8 de "
     "noviembre de 2025 en Farino un taller para cazadores y dueños de perros: dónde viven los "
     "kagúes y cómo reconocer sus rastros y cantos, collares GPS para no perder a los perros, "
     "adiestramiento para que no persigan aves, zonas y épocas en que conviene cazar sin perros, "
     "y cómo avisar de un kagú herido. Los ciervos rusa, los cerdos asilvestrados y los helechos "
     "arborescentes del parque se citan de paso.",
     ("kagú", "Rhynochetos jubatus", "perros de caza", "Nueva Caledonia", "eventos"),
     ("NC",), "2025-10"),
    # --- wild chinchillas ------------------------------------------------------------------------
    ("fd28", "dataset", "en",
     "Long-tailed chinchilla colonies of the Las Chinchillas National Reserve, Coquimbo, "
     "1989-2024",
     "The long-tailed chinchilla (Chinchilla lanigera), ancestor of the pet and fur chinchillas "
     "bred around the world, is a small rodent with the densest fur of any land mammal, which "
     "lives in colonies among rocks and bromeliads on the dry hillsides of north-central Chile. "
     "Hunting for the fur trade in the late nineteenth and early twentieth centuries killed "
     "millions and nearly wiped out the wild animals; in the 1970s wild colonies were found "
     "again near Illapel, and the Las Chinchillas National Reserve was created around them at "
     "Auco. This dataset of the national forest service and a university brings together "
     "thirty-five years of colony surveys: location, size and activity of each colony, trapping "
     "and marking of animals, vegetation cover, shrub cutting, goat grazing and rainfall. It "
     "shows that colonies shrink sharply after droughts and after firewood cutting, and that few "
     "new colonies are formed. Culpeo foxes, owls and the goats of the Auco community are named "
     "in passing.",
     ("long-tailed chinchillas", "Chinchilla lanigera", "wild chinchillas", "Coquimbo", "datasets"),
     ("CL",), "2025-03"),
    ("fd29", "dataset", "fr",
     "Le chinchilla à queue courte en Bolivie : spécimens, exportations de peaux et témoignages, "
     "1890-2024",
     "Le chinchilla à queue courte, ou chinchilla royal (Chinchilla chinchilla), plus grand et "
     "plus trapu que son cousin à longue queue, vivait dans les éboulis de l'Altiplano et des "
     "cordillères, entre 3 500 et 5 000 mètres, du sud du Pérou au nord de l'Argentine et du "
     "Chili. Sa fourrure, la plus recherchée, a fait l'objet d'une chasse si intense "
     "qu'au début du XXe siècle l'espèce avait presque disparu. En Bolivie, aucun animal sauvage "
     "n'a été confirmé depuis des décennies, mais des éleveurs de lamas du département de Potosí "
     "décrivent encore des chinchillas dans des zones isolées. Ce jeu de données du musée "
     "d'histoire naturelle de La Paz et d'une université réunit les spécimens de musée, les "
     "exportations de peaux relevées dans les archives douanières de 1890 à 1930, les "
     "témoignages recueillis depuis 2000 avec leur degré de fiabilité, et les prospections "
     "menées, sans résultat ou avec des indices. Il sert à choisir où chercher. "
     "Les viscaches, les chats des Andes et les vigognes ne sont cités qu'en passant.",
     ("chinchilla à queue courte", "Chinchilla chinchilla", "Altiplano", "rongeurs",
      "jeux de données"),
     ("BO",), "2024-10"),
    ("fd30", "project", "es",
     "La chinchilla de cola corta del Parque Nacional Nevado Tres Cruces: proteger las colonias "
     "junto a las faenas mineras",
     "La chinchilla de cola corta o chinchilla real (Chinchilla chinchilla), de pelaje gris "
     "azulado muy denso, orejas redondas y cola corta y peluda, vive en roqueríos de la alta "
     "cordillera de la región de Atacama, en Chile, entre 3.500 y 4.500 metros, donde come "
     "pastos y arbustos y se refugia en grietas. Tras siglos de caza por su piel, las únicas "
     "colonias silvestres conocidas del país se descubrieron a fines de los años noventa en el "
     "Parque Nacional Nevado Tres Cruces y sus alrededores, cerca de proyectos mineros de oro y "
     "cobre. Este proyecto de la corporación forestal, una universidad regional y una empresa "
     "minera cerca las colonias más expuestas, desvía caminos y tendidos, controla el polvo de "
     "los camiones, cuenta cada invierno los animales activos y sus excrementos frescos, y "
     "enseña a guardaparques y trabajadores de las faenas a reconocer la especie e informar de "
     "sus hallazgos. Las vicuñas, los zorros culpeos y los flamencos de la laguna Santa Rosa se "
     "citan de paso.",
     ("chinchilla de cola corta", "Chinchilla chinchilla", "alta cordillera", "roedores",
      "proyectos"),
     ("CL",), "2025-07"),
)  # fmt: skip
