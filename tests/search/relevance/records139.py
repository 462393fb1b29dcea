"""Clearing-house records of the hundred-and-thirty-ninth judged relevance set
(tests/search/relevance/queries139.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on cocks-of-the-rock (a dataset of fifteen seasons of lek and
nest counts of the Guianan cock-of-the-rock at the foot of the Voltzberg, Central Suriname Nature
Reserve, Suriname; a need to find the nesting sites of the coq-de-roche orange in the granite
chaos between Saül and the Inini mountains, French Guiana; a case study of the gallito de las
rocas, the tunqui, and the widening of the Kosñipata valley road, Cusco, Peru); on torrent
ducks (a project for the torrent ducks of the Papallacta and upper Quijos rivers, with trout
farmers and river guides, Napo, Ecuador; a dataset of twelve years of pair counts of the canard
des torrents in the Yungas of La Paz, Bolivia; a project for the pato cortacorrientes of the
Trancura and Liucura rivers near Pucón, La Araucanía, Chile); on galagos, the bushbabies (a
need to survey the last coastal forests of the Rondo dwarf galago, Tanzania; a dataset of night
counts of the galagos around the Ipassa station at Makokou, Gabon; a field guide, a document,
to the gálagos of Río Muni, Equatorial Guinea); on huemuls (a project to keep cattle and farm
dogs off the winter slopes of the huemul in Cerro Castillo, Aysén, Chile; a dataset of counts
of the taruca, the huemul du Nord, in the Colca valley and the Salinas y Aguada Blanca reserve,
Arequipa, Peru; a need to learn how many huemules are left in the cordillera of Río Negro and
Chubut, Argentina); on spiny-tailed lizards, Uromastyx (a dataset of ten years of burrow counts of
the dhub in the gravel plains of Al Dhafra, Abu Dhabi, United Arab Emirates; a need to count the
fouette-queue of the Tassili n'Ajjer and the Ahaggar, Algeria; a project of burrow mapping and
a closed hunting season for the lagarto de cola espinosa, the dab, of the Adrar, Mauritania);
on coelacanths (a dataset of the coelacanths of the Sodwana Bay canyons, iSimangaliso, South
Africa, known by their spots; a project with the fishers of Grande Comore for the cœlacanthe,
the gombessa, Comoros; a case study of the celacantos caught in the shark gillnets of Tanga
and of the marine park that followed, Tanzania); on goodeids (a dataset of spring surveys of
the two Characodon goodeids of the Guadiana valley, Durango, Mexico; a workshop, an event, in
Morelia on the goodéidés of the Lerma basin, Michoacán, Mexico; a case study of the return of
the pez de Tequila, Zoogoneticus tequila, to the Teuchitlán river, Jalisco, Mexico); on stick
insects (a project to bring the Lord Howe Island stick insect home from Melbourne Zoo after the
rats were eradicated, Australia; a guide, a document, to the phasmes of metropolitan France;
a dataset of the museum specimens and field samples of the insectos palo of Spain); on wild
peonies (a need to protect the wild peonies of Lagodekhi and the steppe peony of eastern Georgia;
an offer, a support source, of a botanical conservatory's help to the communes and owners that
have a station of pivoine officinale or pivoine mâle, Provence, France; a project for the
rosa albardera, Paeonia broteri, on the estates and roadsides of Sierra Morena, Spain); and on
tiger beetles (a case study of twenty years of work for the Salt Creek tiger beetle, Lincoln,
Nebraska, United States; a field day, an event, on the cicindèles of the sand and gravel bars
of the Allier, France; a need to save the cicindelas of the salty shores of the lagoons of La
Mancha, Spain). English, French and Spanish, 10 records each, every topic written once in each
language (different countries or places, projects and angles, not translations of one text);
the three goodeid records are all in Mexico, where the goodeids live, but in three places
(Durango, Michoacán and Jalisco), by three different bodies and with three angles.

None of records.py, records3.py, ..., records137.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (cock-of-the-rock, cocks-of-the-rock, coq-de-roche, coq
de roche, gallito de las rocas, gallito de roca, gallito de la peña, tunqui, tunki, Rupicola,
cotinga, lek, Voltzberg, Brownsberg, Raleigh, Saül, Nouragues, Inini, Kosñipata; torrent duck,
canard des torrents, merganette, pato de torrente, pato de los torrentes, pato cortacorrientes,
Merganetta, Papallacta, Quijos, Coroico, Zongo, Yungas, Trancura, Pucón; galago, bushbaby,
bushbabies, gálago, Galagoides, Paragalago, Otolemur, Euoticus, potto, Rondo, Pugu, Makokou,
Ipassa, Ivindo, Río Muni, Monte Alén; huemul, güemul, taruca, taruka, Hippocamelus,
Andean deer, cerf des Andes, ciervo andino, Aysén, Cerro Castillo, Colca, Arequipa, Nahuel
Huapi, Los Alerces; Uromastyx, spiny-tailed lizard, dhub, dhab, dab, fouette-queue, mastigure,
lagarto de cola espinosa, garrobo, Tassili, Ahaggar, Adrar, Al Dhafra; coelacanth, cœlacanthe,
celacanto, gombessa, Latimeria, Sodwana, iSimangaliso, Comores, Comoros, Grande Comore, Anjouan,
Tanga, Manado; goodeid, goodéidé, goodeido, splitfin, mexcalpique, Characodon, Zoogoneticus,
Skiffia, Ameca, Allotoca, Girardinichthys, springfish, poolfish, livebearer, vivipare, vivíparo,
Teuchitlán, Durango, Lerma, Pátzcuaro; stick insect, phasmid, phasme, insecto palo, fásmido,
leaf insect, Dryococelus, Lord Howe, Ball's Pyramid, tree lobster, Clonopsis, Bacillus rossius,
Leptynia, Pijnackeria, Carausius; peony, peonies, pivoine, peonía, rosa albardera, rosa de
monte, Paeonia, Lagodekhi; tiger beetle, cicindèle, cicindela, escarabajo tigre, Cicindela,
Cephalota, Salt Creek, Lincoln, Allier, La Mancha). Screened and dropped as covered or as too
near the queries of earlier sets: lomas (records28), lava fields (the lava flows query and the
volcanic eruption pages br25-br27), Polylepis woodlands (records51), sloths (records34), fireflies
(records20), axolotls (records20), glass frogs (records81) and the other frogs screened, the
mountain chicken and the Titicaca frog (the amphibians and anfibios queries; records73), tapirs
(records35), hornbills (records41), cycads (records22), tree ferns (records73), dragonflies
(records37), dung beetles (records33), stag beetles (records71), horseshoe crabs (records18),
tarantulas (records28), honeyguides and honey hunters (records65), coatis (records59),
coconut crabs (the land crabs and crabes de terre queries), frailejones (the páramos query),
tinamous (too near the perdices query, since Spanish calls several of them perdices), bongos
(the antilopes queries), desmans, dormice and grebes (the desmans, dormice and grebes queries),
and every invasive species (the invasive species queries), besides the topics of sets 42 to 137
and those their docstrings list as covered; screened with no or passing hits but not chosen:
manakins, trumpeters (the agami named among the game of dq02), kinkajous (named in passing
by bn10), tuataras, praying mantises, antlions, screamers, saxaul, gypsum habitats and Joshua
trees. The topics were chosen so that none of these records answers a query of an earlier set:
the angles that earlier queries ask for (birdwatching tourism, camera traps, bushmeat, wildlife
trade and trafficking, CITES, environmental flows, off-road vehicles, rodent eradication on
islands, protected areas, wetlands, kayaking) are left out of these records or named only in
passing, no record names CITES, and no record is in a country and of a type that an earlier
"needs", "projects" or "case studies" country query asks for (needs Ecuador, besoins Bolivie,
necesidades Chile, necesidades México, projects Peru, projets Mexique, proyectos Bolivia,
estudios de caso Chile and the others). Cocks-of-the-rock are named only in passing, by the San
Rafael falls dataset of records59 (cm12, the gallito de la peña among the birds of the canyon);
bushbabies only by the hyrax need of records135 (fl10); the huemul only by the pudú case study
of records123 (ez15), and Huemul is also a uranium mine of Argentina (bw09); kinkajous only
by the sloth page bn10; the northern dune tiger beetle only by the Sefton Coast dune guide of
records40 (bt04), and tiger beetles by a golden record on hydrogen cyanide; Lord Howe only as
the Lord Howe Rise of an ocean page (bh23); coelacanths, galagos, cocks-of-the-rock, goodeids and
stick insects otherwise only in the lists of screened words of records71, records73, records81,
records83, records93 and records135; none of the other topics is named by an earlier record.

No earlier record is judged relevant to any query of this set. All the hits are passing or about
other things (0): the gallito de la peña of the San Rafael falls dataset (cm12), whose Coca
river and Coca Codo Sinclair dam fp04 names too, is one bird among the canyon's; the ocelot
camera traps of the Nouragues and Trinité reserves (ec20) and the glass frogs of the criques
from Saül to the Inini (di08) are near the coq-de-roche need (fp02) only by place, and the agami
of the game dataset of French Guiana (dq02) is a trumpeter, named in passing by fp02 too; the
ruddy and white-headed duck pages (ec25-ec27) are other ducks; the bushbabies of the hyrax need
of Kilimanjaro (fl10) are passing; the mandrill workshop of Monte Alén (fh30) and the rattan
(bx30), ebony (ci24) and totem (du30) pages of Río Muni name no galago; the pudus (ez13-ez15,
among them the poudou du Nord of Napo, ez14, and the pudú case study that names the huemul,
ez15), the musk deer (et13-et15) and the chevrotains (fl07-fl09) are other deer and deer-like
animals, Huemul in bw09 is a uranium mine, and the cabalgatas of Nahuel Huapi (ee30) name no huemul;
the Utila iguana, the garrobo de pantano (bz03), is a spiny-tailed iguana, Ctenosaura, not a
Uromastyx, and the monitor lizards (ev13-ev15) and horned lizards (ez28-ez30) are other lizards;
the blast fishing of Grande Comore and Anjouan (bm20) and the cloud forest need of the Comoros
(bg20) name no coelacanth; the Devils Hole pupfish (de19), the aphanius of the Nefzaoua (de20)
and the cachorritos of Cuatro Ciénegas (de21) are pupfish and killifish, not goodeids, the
detergent need of Lake Pátzcuaro (eb06) names no fish, and the axolotl pages (records20) are
amphibians; the Lord Howe Rise (bh23) is a seafloor; the snowdrop bulbs of Georgia (eq22), the
perce-neige of Türkiye (eq23), the wild tulips (et16, et17) and the edelweiss pages (ev19-ev21)
are other wild plants; and the bittern need of the lagoons of La Mancha (eo27) names no tiger
beetle, whose only mention in the pool before this set is the northern dune tiger beetle of
the Sefton Coast guide (bt04), passing.

records138.py (ids fo01..fo30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), written at the same time by another engineer, was searched for the same words
once it was finished (with its queries138.tsv, 60 queries), before these records were judged: its
topics are the gadolinium of MRI contrast agents, used oil filters, selenium, used tennis balls,
sand batteries, teeth whitening, waterproofing sprays, restaurant cooking fumes, green tobacco
sickness and ethanol cookstoves. None of its records names a cock-of-the-rock, a torrent duck,
a galago, a huemul or taruca, a spiny-tailed lizard, a coelacanth, a goodeid, a stick insect,
a wild peony or a tiger beetle. The nearest are places and passing words, all judged 0: the
need for a sand battery for the district heating of Coyhaique, the capital of Aysén (fo15),
near the huemul project of Aysén (fp10) and, like the gadolinio of the Mapocho and of Santiago
(fo03), to "torrent duck Chile"; the selenium of the Elk valley and the eggs of its cutthroat
trout, the truite fardée (fo08), near the trout of the torrent duck records; the filtros de
aceite of the talleres mecánicos of Guadalajara (fo06), in the Mexico of the goodeids and to
"goodeids -Jalisco"; the humo of the pollerías of Lima (fo24), to "cock-of-the-rock Peru"; the
tabaco verde of Misiones (fo27), to "huemul Argentine"; the pelotas de pádel of Madrid (fo12)
and the blanqueamiento dental of Spain (fo18), to "cicindelas -España"; the sand and crushed
rock of the sand batteries (fo13-fo15), no rock of a cock-of-the-rock and no sand bar of the
tiger beetles; and the balles de tennis, the stockage de chaleur of Grenoble and the bars à
sourire of France (fo11, fo14, fo17), near the French records fp23, fp26 and fp29 by country
only. None of its records answers a query of this set, and none of its queries is repeated in
queries139.tsv. records140.py and records141.py, written at the same time by other engineers,
are not part of this set's pool.

Traps: the jaguars, the gold-mining concessions downstream and the birdwatchers' hide of fp01;
the orpaillage illégal, the captures d'oiseaux pour la cage, the agamis (trumpeters), hoccos
and jaguars of fp02; the carretera, voladuras, derrumbes, osos de anteojos and observadores de
aves of fp03; the trout farms, water intakes, spectacled bears, the Coca Codo Sinclair dam, the
Papallacta hot springs and El Chaco (a canton of Napo, not the Gran Chaco) of fp04; the truites,
the prises d'eau des centrales of the Zongo valley, the coopératives minières aurifères,
condors, ours à lunettes and plantations de coca of fp05; the truchas introducidas, the turismo
de río, the pesca de truchas, martines pescadores, the volcán Villarrica and the pesca con
mosca of fp06; the charcoal burning, elephant shrews, the larger Zanzibar galago and cashew
farms of fp07; the pottos, pangolins and concessions forestières of fp08; the potos (pottos,
not the kinkajou, whose genus is Potos), mandriles, fincas de cacao and mascotas of fp09;
the caseous lymphadenitis, cattle, farm dogs, salt licks, pumas, the Carretera Austral and the
glaciers of fp10; the bofedales, éboulis, chiens errants, chasse, vigognes, alpagas, condors
and pumas of fp11; the ganado asilvestrado, perros, ciervos colorados (red deer), baqueanos,
cóndores, pumas and caña colihue of fp12; the camel and goat grazing, houbara bustards, desert
hedgehogs and Arabian oryx of fp13; the chasse, the remèdes from its fat, the roadside sales,
the surpâturage, gazelles, mouflons à manchettes and gravures rupestres of fp14; the caza,
remedios, sequía, cabras, camellos, gacelas dorcas, palmerales and caravanas de sal of fp15; the
specimen of 1938, the ragged-tooth sharks, the dive tourism, the offshore oil and gas exploration
and the Wetland Park of fp16; the lignes à main, pirogues motorisées, tortues marines, coraux
and the Karthala volcano of fp17; the redes de enmalle para tiburones, the puerto, dugongos,
arrecifes de coral and pesca con dinamita of fp18; the guppies, mosquitofish, tilapia, carp,
pupfish, wells and irrigation canals of fp19; the aquariophiles, registres d'élevage, axolotls,
carpes and bassins de tilapias of fp20; the laboratorio and acuarios de Europa, the Guachimontones
(an archaeological site), the lirio acuático (water hyacinth) and the tequila the fish is named
after of fp21; the black rats and their eradication, Ball's Pyramid, Melbourne Zoo, seabirds,
the Lord Howe woodhen and the rodent baits of fp22; the mantes religieuses, haies, sauterelles
and the phasme bâton des écoles (Carausius morosus, a pet) of fp23; the mantis, saltamontes,
incendios forestales and manga entomológica of fp24; the seed storage, orchids, snowdrops
and the vineyards of the Alazani valley of fp25; the orchidées, tulipes sauvages, incendies
de forêt and terrains militaires of fp26; the ciervos, ganado, cortafuegos, orquídeas, lince
ibérico and monterías of fp27; the salt flats, the children's zoo, saltgrass, shorebirds and
suburban roads of fp28; the sternes, castors, gravières and enrochements of fp29; and the aguas
depuradas, carrizo, flamencos, avutardas and viñedos of fp30. Some records name their topic only
by another name or a narrower kind: fp01 says Guianan cock-of-the-rock; fp02 only coq-de-roche
orange (never cock-of-the-rock); fp03 only gallito de las rocas and tunqui; fp04 torrent duck;
fp05 canard des torrents and merganette; fp06 pato cortacorrientes and pato de torrente; fp07
galago and bushbaby; fp08 only galagos; fp09 only gálagos; fp10 huemul and south Andean deer;
fp11 only taruca and huemul du Nord; fp12 huemul and güemul; fp13 spiny-tailed lizard and
dhub; fp14 only fouette-queue and dob; fp15 lagarto de cola espinosa and dab; fp16 coelacanth;
fp17 cœlacanthe and gombessa; fp18 celacanto; fp19 goodeids and splitfins; fp20 goodéidés
and poissons vivipares; fp21 goodeidos, mexcalpiques and pez de Tequila; fp22 stick insect,
phasmid and tree lobster; fp23 only phasmes; fp24 insectos palo and fásmidos; fp25 wild peonies
(Paeonia); fp26 pivoines sauvages, pivoine officinale and pivoine mâle; fp27 rosa albardera,
rosa de monte and peonía silvestre; fp28 tiger beetle; fp29 only cicindèles; fp30 cicindelas
and escarabajos tigre. Letters and homonyms: a coq is also a cockerel and a roche any rock;
a dab is also a flatfish; a tigre is also the big cat; Huemul is also a uranium mine; El
Chaco in fp04 is a canton, not the Gran Chaco; Tequila is also a drink and a town; the Adrar
of fp15 is in Mauritania, while Adrar is also a province of Algeria, the country of fp14;
and Lincoln, Nebraska (fp28), is no Lincolnshire.

For the country queries: fp01 names only Suriname (northern South America as the range); fp02 only
French Guiana; fp03 only Peru; fp04 Ecuador, with Venezuela and Tierra del Fuego as the ends of
the range; fp05 only Bolivia (the Amazon as a region); fp06 only Chile (other Andean countries
unnamed); fp07 only Tanzania (Africa as the range); fp08 only Gabon; fp09 only Equatorial Guinea;
fp10 only Chile (Patagonia and the southern Andes); fp11 only Peru (the central Andes); fp12
only Argentina; fp13 only the United Arab Emirates (Arabia as the range); fp14 only Algeria
(North Africa in the species' name); fp15 only Mauritania, with a Spanish institute; fp16 only
South Africa; fp17 only the Comoros; fp18 only Tanzania; fp19 only Mexico; fp20 Mexico, with a
European network of aquarists; fp21 Mexico, with aquariums of Europe; fp22 only Australia (New
South Wales); fp23 only France (India as the origin of the school stick insect); fp24 only Spain
(the Iberian Peninsula); fp25 only Georgia (its species grow across the border too); fp26 only
France; fp27 only Spain (the Iberian Peninsula); fp28 only the United States; fp29 only France;
fp30 only Spain.

Ids (fp01..fp30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fl01..fl30, fm01..fm30, fn01..fn30), nor with records138.py's (fo01..fo30), and no earlier id
starts with "fp".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- cocks-of-the-rock ------------------------------------------------------------------------
    ("fp01", "dataset", "en",
     "Guianan cock-of-the-rock at the Voltzberg: lek courts, displaying males and nests counted "
     "each season, 2010-2024",
     "The Guianan cock-of-the-rock (Rupicola rupicola) is a stocky, pigeon-sized bird of the "
     "rainforests of northern South America. The male is a blazing orange, with a half-moon crest "
     "that hides its bill; the female is dull brown. Males gather at leks on the forest floor, "
     "where each keeps a small bare court and displays to visiting females, and the females glue "
     "cup nests of mud and plant fibre to rock faces, boulders and the walls of shallow caves. At "
     "the foot of the Voltzberg, a granite dome in the Central Suriname Nature Reserve, a lek has "
     "been known for decades. This dataset of the nature conservation division and the national "
     "university gathers fifteen seasons of counts: courts in use, males displaying, female "
     "visits, nests built and young fledged, with rainfall and the number of visitors on the "
     "trail. Jaguars, the gold-mining concessions downstream and the birdwatchers' hide are named "
     "in passing.",
     ("cocks-of-the-rock", "Rupicola rupicola", "leks", "Voltzberg", "datasets"),
     ("SR",), "2025-03"),
    ("fp02", "need", "fr",
     "Besoin : localiser les sites de nidification du coq-de-roche orange dans le centre de la "
     "Guyane",
     "Le coq-de-roche orange (Rupicola rupicola) est l'un des oiseaux les plus spectaculaires de "
     "la forêt guyanaise : le mâle, entièrement orange vif, porte une crête en demi-lune qui lui "
     "cache le bec, tandis que la femelle est brun terne. Les mâles paradent en groupe sur des "
     "arènes au sol, et les femelles collent leur nid de boue et de fibres végétales sur des "
     "parois rocheuses, des blocs et des abris sous roche, dans les chaos granitiques de "
     "l'intérieur. On ne connaît en Guyane qu'une poignée de ces sites, entre Saül et les monts "
     "de l'Inini. Le Parc amazonien de Guyane et une association ornithologique sollicitent un "
     "appui pour prospecter les chaos rocheux, décrire chaque site de nidification et chaque "
     "arène, suivre les dérangements causés par les chantiers d'orpaillage illégal et les "
     "captures d'oiseaux pour la cage, et former des agents et des habitants au suivi. Les "
     "agamis, les hoccos et les jaguars ne sont cités qu'en passant.",
     ("coq-de-roche orange", "Rupicola rupicola", "sites de nidification", "Guyane", "besoins"),
     ("GF",), "2025-05"),
    ("fp03", "case-study", "es",
     "Estudio de caso: el gallito de las rocas y la carretera del valle de Kosñipata",
     "El gallito de las rocas andino (Rupicola peruvianus), el tunqui de los quechuas, es el ave "
     "nacional del Perú. El macho, rojo anaranjado con alas negras y una cresta que le tapa el "
     "pico, se reúne con otros machos en asambleas de cortejo (leks), y las hembras pegan sus "
     "nidos de barro a las paredes rocosas de las quebradas, junto a cascadas y arroyos. En el "
     "valle de Kosñipata, en Cusco, la carretera que baja de Paucartambo hacia Pilcopata cruza "
     "varias de esas quebradas, y su ensanche y asfaltado amenazaban los paredones con nidos. "
     "Este estudio de caso de una universidad cusqueña y el gobierno regional cuenta seis años de "
     "trabajo: el inventario de los nidos cercanos a la vía, el cambio de trazo en dos curvas, "
     "las voladuras fuera de la época de cría y la revegetación de los taludes; dos paredones se "
     "perdieron y los demás siguen ocupados. Los osos de anteojos, los derrumbes y los "
     "observadores de aves se citan de paso.",
     ("gallito de las rocas", "Rupicola peruvianus", "carreteras", "Cusco", "estudios de caso"),
     ("PE",), "2024-10"),
    # --- torrent ducks ----------------------------------------------------------------------------
    ("fp04", "project", "en",
     "Torrent ducks of the Papallacta and Quijos rivers: pairs, trout farms and river guides",
     "The torrent duck (Merganetta armata) lives only in the fast, rocky rivers of the Andes, "
     "from Venezuela to Tierra del Fuego. Pairs hold a stretch of river all year, swim up through "
     "white water, brace themselves on boulders with their stiff tails and dive for the larvae of "
     "stoneflies, mayflies and caddisflies; the male has a bold black-and-white striped head and "
     "a red bill, the female a rusty breast. In Napo province, Ecuador, the Papallacta and upper "
     "Quijos rivers run past trout farms whose escaped fish eat the same larvae, and below water "
     "intakes that take part of their flow. This project of a local foundation, the provincial "
     "government and the municipalities of Quijos and El Chaco counts pairs and broods along "
     "fixed stretches each year, works with the trout farmers to stop escapes and clean their "
     "outflows and trains river guides and anglers to report broods. Spectacled bears, the Coca "
     "Codo Sinclair dam and the Papallacta hot springs are named in passing.",
     ("torrent ducks", "Merganetta armata", "Andean rivers", "Napo", "projects"),
     ("EC",), "2025-01"),
    ("fp05", "dataset", "fr",
     "Canard des torrents des Yungas de La Paz : couples comptés le long des rivières, 2012-2024",
     "Le canard des torrents (Merganetta armata), ou merganette, ne vit que dans les rivières "
     "rapides et rocheuses des Andes. Les couples défendent toute l'année le même tronçon de "
     "rivière, remontent les rapides à la nage, s'appuient sur les rochers avec leur queue rigide "
     "et plongent pour attraper des larves de plécoptères et de trichoptères ; le mâle a la tête "
     "rayée de noir et de blanc et le bec rouge. En Bolivie, dans les Yungas du département de La "
     "Paz, les rivières Zongo, Coroico et Unduavi descendent de la Cordillère Royale vers "
     "l'Amazonie. Ce jeu de données d'un musée d'histoire naturelle et d'une association "
     "ornithologique réunit douze années de comptages à pied le long de tronçons fixes : couples, "
     "canetons, turbidité de l'eau, présence de truites, prises d'eau des centrales de la vallée "
     "du Zongo et rejets des coopératives minières aurifères. Les condors, les ours à lunettes et "
     "les plantations de coca ne sont cités qu'en passant.",
     ("canard des torrents", "Merganetta armata", "rivières andines", "Yungas", "jeux de données"),
     ("BO",), "2024-12"),
    ("fp06", "project", "es",
     "Pato cortacorrientes en los ríos de La Araucanía: truchas, nidos y guías de río",
     "El pato cortacorrientes (Merganetta armata), llamado pato de torrente en otros países "
     "andinos, vive solo en los ríos rápidos y pedregosos de la cordillera. Cada pareja defiende "
     "todo el año el mismo tramo de río, nada contra la corriente, se apoya en las rocas con su "
     "cola rígida y bucea en busca de larvas de insectos acuáticos; el macho tiene la cabeza "
     "listada de blanco y negro y el pico rojo. En la Región de La Araucanía, en los ríos "
     "Trancura y Liucura, cerca de Pucón, las truchas introducidas comen las mismas larvas y el "
     "turismo de río crece. Este proyecto de una universidad regional, el servicio agrícola y "
     "ganadero, la municipalidad y los operadores de turismo de río cuenta cada primavera las "
     "parejas y sus crías, marca los tramos con nidos donde no se debe desembarcar, prueba la "
     "pesca de truchas en dos arroyos y forma a los guías como observadores. Los martines "
     "pescadores, el volcán Villarrica y la pesca con mosca se citan de paso.",
     ("pato cortacorrientes", "Merganetta armata", "ríos cordilleranos", "La Araucanía",
      "proyectos"),
     ("CL",), "2025-04"),
    # --- galagos ----------------------------------------------------------------------------------
    ("fp07", "need", "en",
     "Need: finding the last forests of the Rondo dwarf galago in south-eastern Tanzania",
     "Galagos, or bushbabies, are small nocturnal primates of Africa with huge eyes, large mobile "
     "ears and long hind legs on which they leap from branch to branch, feeding on insects, fruit "
     "and tree gum. The Rondo dwarf galago (Paragalago rondoensis), which weighs about 60 grams, "
     "is one of the smallest and most threatened: it is known only from a few patches of coastal "
     "forest in south-eastern Tanzania, such as the Rondo plateau and Litipo, and from the Pugu "
     "Hills near Dar es Salaam, and it is told apart from its relatives mainly by its rolling "
     "call. The patches are shrinking under charcoal burning, logging and new farms. The forest "
     "service and a university ask for support to survey the remaining forests at night, map "
     "forest loss since 2000, agree village bylaws against charcoal making in the core patches "
     "and train forest guards to recognise the species. Elephant shrews, the larger Zanzibar "
     "galago and cashew farms are named in passing.",
     ("galagos", "bushbabies", "Paragalago rondoensis", "coastal forests", "needs"),
     ("TZ",), "2025-02"),
    ("fp08", "dataset", "fr",
     "Galagos de la forêt de Makokou : comptages nocturnes à la lampe autour de la station "
     "d'Ipassa, 1970-2024",
     "Les galagos sont de petits primates nocturnes d'Afrique aux grands yeux, aux oreilles "
     "mobiles et aux longues pattes arrière, qui bondissent de branche en branche et se "
     "nourrissent d'insectes, de fruits et de gomme. Dans le nord-est du Gabon, autour de la "
     "station de recherche d'Ipassa, près de Makokou, au bord de l'Ivindo, plusieurs espèces "
     "vivent ensemble, chacune à son étage de la forêt : le galago de Demidoff, minuscule, dans "
     "les lianes et le feuillage, le galago de Thomas, plus haut dans les arbres, le galago "
     "d'Allen, près du sol, et le galago élégant, qui gratte l'écorce pour lécher la gomme. Ce "
     "jeu de données de l'institut de recherche en écologie tropicale réunit les relevés des "
     "naturalistes des années 1970 et les comptages nocturnes à la lampe frontale repris depuis "
     "2010 sur les mêmes layons : espèce, hauteur, couleur du reflet des yeux, arbre et "
     "comportement. Les pottos, les pangolins et les concessions forestières ne sont cités qu'en "
     "passant.",
     ("galagos", "primates nocturnes", "Makokou", "Gabon", "jeux de données"),
     ("GA",), "2024-11"),
    ("fp09", "document", "es",
     "Guía de campo: reconocer de noche los gálagos de Río Muni",
     "Los gálagos son pequeños primates nocturnos de África, de ojos enormes, orejas grandes y "
     "móviles y patas traseras largas con las que saltan de rama en rama; comen insectos, frutos "
     "y la goma de los árboles. En la región continental de Guinea Ecuatorial, Río Muni, viven al "
     "menos cuatro especies, desde el gálago enano de Demidoff, que cabe en la palma de la mano, "
     "hasta el gálago de uñas de aguja, que raspa la corteza para lamer la goma. Esta guía del "
     "instituto forestal y de áreas protegidas y de la universidad nacional, pensada para "
     "ecoguardas, estudiantes y guías locales, enseña a reconocerlos con linterna: el color y la "
     "altura del reflejo de los ojos, el tamaño, la manera de saltar y los gritos de cada "
     "especie, y cómo anotar las observaciones sin molestar a los animales. Recuerda también que "
     "no deben capturarse para tenerlos como mascotas. Los potos, los mandriles y las fincas de "
     "cacao se citan de paso.",
     ("gálagos", "primates nocturnos", "Río Muni", "guías de campo", "guías"),
     ("GQ",), "2025-06"),
    # --- huemuls ----------------------------------------------------------------------------------
    ("fp10", "project", "en",
     "Huemul of Cerro Castillo: keeping cattle and dogs away from the deer's winter slopes",
     "The huemul, or south Andean deer (Hippocamelus bisulcus), is a stocky, grey-brown deer of "
     "the southern Andes with large ears; the male carries short, forked antlers. It stands "
     "beside the condor on Chile's coat of arms, and fewer than two thousand remain, in scattered "
     "groups along the mountains of Patagonia. In Aysén, the Cerro Castillo National Park and the "
     "ranches around it hold one of the best-known groups, which spends the winter on low, sunny "
     "slopes shared with cattle. There huemuls have been found sick with caseous lymphadenitis, a "
     "bacterial disease carried by livestock, and loose farm dogs chase and kill them. This "
     "project of the national forest corporation, a conservation foundation and neighbouring "
     "ranchers fences cattle out of the winter ranges, moves salt licks away from the deer, "
     "sterilises and registers farm dogs, and follows marked animals to count births and deaths. "
     "Pumas, the Carretera Austral and the glaciers of the park are named in passing.",
     ("huemuls", "Hippocamelus bisulcus", "Andean deer", "Aysén", "projects"),
     ("CL",), "2025-03"),
    ("fp11", "dataset", "fr",
     "Taruca des Andes d'Arequipa : recensements des groupes dans la vallée du Colca et la "
     "réserve de Salinas y Aguada Blanca, 2008-2024",
     "La taruca (Hippocamelus antisensis), ou huemul du Nord, est un cerf trapu des hautes Andes "
     "centrales, à robe gris-brun et grandes oreilles, dont le mâle porte de courts bois "
     "fourchus. Elle vit en petits groupes entre 3 500 et 5 000 mètres d'altitude, sur les pentes "
     "rocheuses et les éboulis proches des pâturages et des bofedales, et reste mal connue. Dans "
     "la région d'Arequipa, au Pérou, le service des forêts et de la faune, la réserve nationale "
     "de Salinas y Aguada Blanca et une université régionale recensent depuis 2008 les tarucas de "
     "la vallée du Colca et de la réserve. Ce jeu de données réunit les comptages au lever du "
     "jour le long d'itinéraires fixes, la composition des groupes (mâles, femelles, faons), "
     "l'altitude, la distance aux villages et aux troupeaux, et les traces de chiens errants et "
     "de chasse. Les vigognes, les alpagas, les condors et les pumas ne sont cités qu'en passant.",
     ("taruca", "Hippocamelus antisensis", "cerfs andins", "Arequipa", "jeux de données"),
     ("PE",), "2025-01"),
    ("fp12", "need", "es",
     "Necesidad: saber cuántos huemules quedan en la cordillera de Río Negro y Chubut",
     "El huemul (Hippocamelus bisulcus), o güemul, es un ciervo robusto de los Andes australes, "
     "de pelaje pardo grisáceo y orejas grandes; el macho lleva astas cortas y bifurcadas. Es "
     "monumento natural nacional en la Argentina, donde quedan pocos cientos en grupos aislados a "
     "lo largo de la cordillera, de Neuquén a Santa Cruz. En Río Negro y Chubut, dentro y fuera "
     "de los parques nacionales Nahuel Huapi, Lago Puelo y Los Alerces, muchos registros tienen "
     "décadas y se ignora qué grupos siguen en pie; el ganado vacuno asilvestrado, los perros y "
     "los ciervos colorados introducidos ocupan sus valles. La Administración de Parques "
     "Nacionales y las dos provincias solicitan apoyo para recorrer los valles altos con "
     "baqueanos, reunir los avistamientos de guardaparques y pobladores, tomar muestras de heces "
     "para análisis genéticos y decidir qué valles cerrar al ganado. Los cóndores, los pumas y la "
     "caña colihue se citan de paso.",
     ("huemules", "Hippocamelus bisulcus", "ciervos andinos", "Patagonia", "necesidades"),
     ("AR",), "2025-05"),
    # --- spiny-tailed lizards ---------------------------------------------------------------------
    ("fp13", "dataset", "en",
     "Spiny-tailed lizard burrows of the Al Dhafra gravel plains, Abu Dhabi: counts and "
     "occupancy, 2014-2024",
     "The Arabian spiny-tailed lizard (Uromastyx aegyptia microlepis), known locally as the dhub, "
     "is a heavy, plant-eating lizard up to 70 centimetres long, with a thick tail ringed with "
     "spiny scales that it swings at intruders and uses to block its burrow. It digs deep burrows "
     "in the hard gravel plains of the desert, where it shelters from heat and cold, and comes "
     "out on warm days to bask and to feed on grasses, flowers and the leaves of low shrubs. This "
     "dataset of the emirate's environment agency records ten years of surveys along fixed "
     "transects in the Al Dhafra region: every burrow mapped, whether it is in use, the size of "
     "its opening, droppings and tracks, plant cover, camel and goat grazing, and new fences, "
     "farms and roads nearby. It shows far fewer burrows in use where grazing is heavy. Houbara "
     "bustards, desert hedgehogs and Arabian oryx are named in passing.",
     ("spiny-tailed lizards", "Uromastyx aegyptia", "dhub", "Abu Dhabi", "datasets"),
     ("AE",), "2024-12"),
    ("fp14", "need", "fr",
     "Besoin : connaître les populations de fouette-queue du Tassili n'Ajjer et de l'Ahaggar",
     "Le fouette-queue d'Afrique du Nord (Uromastyx acanthinura), le dob du Sahara, est un grand "
     "lézard végétarien au corps trapu et à la queue épaisse couverte d'anneaux d'écailles "
     "épineuses, dont il se sert pour boucher l'entrée de son terrier et frapper les intrus. Il "
     "vit dans les regs, les lits d'oueds et les pentes pierreuses et se nourrit de feuilles, de "
     "fleurs et de graines. Dans le Sahara algérien, les offices des parcs culturels du Tassili "
     "n'Ajjer et de l'Ahaggar ne disposent d'aucun recensement : on le chasse pour sa viande et "
     "pour les remèdes tirés de sa graisse, on en vend au bord des routes, et le surpâturage "
     "appauvrit la végétation autour de ses terriers. Les deux offices et une université "
     "demandent un appui pour cartographier les terriers le long des oueds, former des agents et "
     "des guides touaregs au comptage et préparer avec les communautés des règles de chasse. Les "
     "gazelles, les mouflons à manchettes et les gravures rupestres ne sont cités qu'en passant.",
     ("fouette-queue", "Uromastyx acanthinura", "lézards du Sahara", "Algérie", "besoins"),
     ("DZ",), "2025-02"),
    ("fp15", "project", "es",
     "Lagartos de cola espinosa del Adrar mauritano: madrigueras, pastores y una veda de caza",
     "El lagarto de cola espinosa del Sáhara (Uromastyx dispar), al que los nómadas llaman dab, "
     "es un lagarto grande y herbívoro, de cuerpo aplastado y cola corta y gruesa, rodeada de "
     "anillos de escamas espinosas con los que tapa la entrada de su madriguera. Vive en las "
     "llanuras pedregosas del Sáhara, donde cava galerías profundas y sale a tomar el sol y a "
     "comer hojas, flores y semillas. En la región del Adrar, en Mauritania, se caza para comerlo "
     "y para preparar remedios, y la sequía y el pastoreo de cabras y camellos reducen las "
     "plantas de que se alimenta. Este proyecto de un instituto de investigación español, el "
     "ministerio de medio ambiente mauritano y cooperativas de pastores de los alrededores de "
     "Atar y Chinguetti cartografía las madrigueras, acuerda con los cazadores una veda durante "
     "la época de reproducción y forma a jóvenes del lugar como contadores. Las gacelas dorcas, "
     "los palmerales y las caravanas de sal se citan de paso.",
     ("lagartos de cola espinosa", "Uromastyx dispar", "reptiles del desierto", "Adrar",
      "proyectos"),
     ("MR",), "2025-07"),
    # --- coelacanths ------------------------------------------------------------------------------
    ("fp16", "dataset", "en",
     "Coelacanths of the Sodwana Bay canyons: sightings by divers and submersible and fish known "
     "by their spots, 2000-2024",
     "The coelacanth (Latimeria chalumnae), a large, steel-blue fish with white blotches and "
     "fleshy, limb-like fins, belongs to a lineage known from fossils more than 400 million years "
     "old and was thought long extinct until one was caught off South Africa in 1938. In 2000, "
     "technical divers found living coelacanths at about 100 metres in the submarine canyons off "
     "Sodwana Bay, within the iSimangaliso Wetland Park. The fish rest by day in caves and under "
     "overhangs and drift out at night to feed. This dataset of the national aquatic biodiversity "
     "institute and the park authority gathers every sighting since then, from deep dives, a "
     "submersible and remotely operated cameras: date, canyon, cave, depth, water temperature and "
     "photographs of each fish's flanks, whose pattern of white spots identifies it for life. "
     "About thirty individuals are known, several of them seen again over twenty years. "
     "Ragged-tooth sharks, dive tourism and offshore oil and gas exploration are named in "
     "passing.",
     ("coelacanths", "Latimeria chalumnae", "submarine canyons", "Sodwana Bay", "datasets"),
     ("ZA",), "2025-02"),
    ("fp17", "project", "fr",
     "Gombessa : les pêcheurs de la Grande Comore et la protection du cœlacanthe",
     "Le cœlacanthe (Latimeria chalumnae), grand poisson bleu acier tacheté de blanc aux "
     "nageoires charnues, appartient à une lignée connue par des fossiles de plus de 400 millions "
     "d'années. Aux Comores, où les pêcheurs l'appellent gombessa, il vit entre 150 et 250 mètres "
     "de profondeur dans les grottes des pentes volcaniques de la Grande Comore et d'Anjouan, et "
     "se prenait la nuit, par accident, sur les lignes à main tendues depuis les pirogues pour "
     "d'autres poissons de fond. Les captures ont diminué, mais la population reste petite. Ce "
     "projet de la direction générale de l'environnement et d'une association de pêcheurs aide "
     "les villages de la côte sud-ouest à pêcher plus au large avec des pirogues motorisées plus "
     "sûres, fait connaître l'interdiction de garder un cœlacanthe, enseigne à relâcher un "
     "poisson pris vivant et tient un registre de chaque observation. Les tortues marines, les "
     "coraux et le volcan Karthala ne sont cités qu'en passant.",
     ("cœlacanthe", "gombessa", "Latimeria chalumnae", "pêche artisanale", "Comores", "projets"),
     ("KM",), "2024-11"),
    ("fp18", "case-study", "es",
     "Estudio de caso: celacantos en las redes de enmalle de Tanga y el parque marino que vino "
     "después",
     "El celacanto (Latimeria chalumnae), un pez grande, azul acero con manchas blancas y aletas "
     "carnosas que parecen patas, pertenece a un linaje conocido por fósiles de más de 400 "
     "millones de años y se creía extinguido hasta 1938. Entre 2003 y 2005, los pescadores de la "
     "región de Tanga, en el norte de Tanzania, sacaron decenas de celacantos en redes de enmalle "
     "para tiburones caladas a gran profundidad, lo que reveló una población desconocida en los "
     "cañones submarinos de la costa. Este estudio de caso de la universidad de Dar es Salaam y "
     "de la autoridad de parques marinos cuenta lo que vino después: el registro de cada captura, "
     "las muestras para análisis genéticos, la creación del parque marino del celacanto de Tanga "
     "y el conflicto por la ampliación de un puerto dentro del parque. Concluye que las capturas "
     "bajaron cuando las redes se alejaron de los cañones. Los dugongos, los arrecifes de coral y "
     "la pesca con dinamita se citan de paso.",
     ("celacantos", "Latimeria chalumnae", "captura incidental", "Tanga", "estudios de caso"),
     ("TZ",), "2025-04"),
    # --- goodeids ---------------------------------------------------------------------------------
    ("fp19", "dataset", "en",
     "Characodon goodeids of the Guadiana valley, Durango: spring surveys, water levels and "
     "introduced fish, 1990-2024",
     "Goodeids, or splitfins, are small freshwater fishes of the highlands of central and "
     "northern Mexico, most of which bear live young nourished in the womb through ribbon-like "
     "cords, the trophotaeniae. Many live in a single spring or a short stretch of stream, and "
     "several are extinct in the wild. The two Characodon species, the rainbow characodon "
     "(Characodon lateralis) and the bold characodon (Characodon audax), survive only in a few "
     "springs and spring-fed pools of the upper Guadiana valley around the city of Durango. This "
     "dataset of the state university and a fish conservation network gathers thirty-five years "
     "of visits to every known site: presence and estimated numbers of each species, water depth "
     "and temperature, wells and pumping nearby, and the arrival of introduced fishes such as "
     "guppies, mosquitofish, tilapia and carp. Several springs have dried up since the 1990s. "
     "Pupfish, irrigation canals and the city's water supply are named in passing.",
     ("goodeids", "Characodon", "springs", "Durango", "datasets"),
     ("MX",), "2025-01"),
    ("fp20", "event", "fr",
     "Atelier à Morelia : inventorier, élever et rendre à leurs sources les goodéidés du "
     "Michoacán",
     "Les goodéidés sont de petits poissons d'eau douce des hauts plateaux du Mexique, pour la "
     "plupart vivipares : les femelles nourrissent les embryons par des cordons, les "
     "trophotænies, et donnent naissance à des petits déjà formés. Beaucoup ne vivent que dans "
     "une source, un lac ou un tronçon de rivière du bassin du Lerma, et plusieurs ont disparu de "
     "la nature, victimes du pompage, de la pollution et des poissons introduits. L'université de "
     "Michoacán, un réseau européen d'aquariophiles spécialisés et des communes riveraines des "
     "lacs de Zacapu et de Cuitzeo organisent du 20 au 24 octobre 2025 à Morelia un atelier pour "
     "les techniciens, les étudiants, les enseignants et les aquariophiles : reconnaissance des "
     "espèces, comptages dans les sources, tenue des registres d'élevage et des lignées, choix "
     "des sites de retour et travail avec les écoles et les ejidos. Les axolotls, les carpes et "
     "les bassins d'élevage de tilapias ne sont cités qu'en passant.",
     ("goodéidés", "poissons vivipares", "bassin du Lerma", "Michoacán", "événements"),
     ("MX",), "2025-09"),
    ("fp21", "case-study", "es",
     "Estudio de caso: el regreso del pez de Tequila al río Teuchitlán",
     "Los goodeidos, a los que en algunos lugares llaman mexcalpiques, son peces pequeños de agua "
     "dulce del centro de México; casi todos son vivíparos y muchos viven en un solo manantial o "
     "río. El pez de Tequila (Zoogoneticus tequila), de cola con un borde anaranjado, solo vivía "
     "en el río Teuchitlán, en Jalisco, y desapareció de él hacia el año 2000 por la "
     "contaminación, la desecación y los peces introducidos. Unos pocos ejemplares rescatados en "
     "los años noventa se reprodujeron en el laboratorio de una universidad michoacana y en "
     "acuarios de Europa. Este estudio de caso relata el regreso: primero a estanques construidos "
     "en el pueblo, después a un tramo del río, con la limpieza de las orillas, la vigilancia de "
     "los vecinos y un club de niños guardianes del río; al cabo de unos años la población se "
     "había multiplicado y se reproducía sola. Los Guachimontones, el lirio acuático y el tequila "
     "que da nombre al pez se citan de paso.",
     ("goodeidos", "Zoogoneticus tequila", "reintroducción", "Teuchitlán", "estudios de caso"),
     ("MX",), "2024-09"),
    # --- stick insects ----------------------------------------------------------------------------
    ("fp22", "project", "en",
     "Bringing the Lord Howe Island stick insect home after the rats",
     "Stick insects, or phasmids, are plant-eating insects that look like twigs or leaves and "
     "escape notice by keeping still. The Lord Howe Island stick insect (Dryococelus australis), "
     "a heavy, shiny black, flightless phasmid up to 15 centimetres long, sometimes called the "
     "tree lobster, vanished from Lord Howe Island, off New South Wales, Australia, after black "
     "rats came ashore from a stranded ship in 1918. In 2001 a few were found on Ball's Pyramid, "
     "a sea stack 23 kilometres away, living under a single shrub, and a captive colony was "
     "started at Melbourne Zoo. Since rats and mice were eradicated from Lord Howe Island in "
     "2019, this project of the island board, the zoo and the state environment department "
     "prepares the insect's return: checking host plants and predators, building release "
     "enclosures, comparing the genes of the captive insects with museum specimens, and asking "
     "residents to report sightings. Seabirds, the Lord Howe woodhen and the rodent baits are "
     "named in passing.",
     ("stick insects", "phasmids", "Dryococelus australis", "Lord Howe Island", "projects"),
     ("AU",), "2025-03"),
    ("fp23", "document", "fr",
     "Guide : reconnaître et rechercher les phasmes de France métropolitaine",
     "Les phasmes sont des insectes herbivores au corps allongé qui imitent les brindilles et "
     "restent immobiles le jour. La France métropolitaine n'en compte que quelques espèces, "
     "surtout dans le Midi : le phasme gaulois (Clonopsis gallica), le plus répandu, jusqu'à la "
     "façade atlantique, le phasme de Rossi (Bacillus rossius), sur le littoral méditerranéen, et "
     "deux espèces plus discrètes des garrigues. Chez plusieurs d'entre elles, les populations ne "
     "comptent que des femelles, qui pondent sans mâles. Ce guide d'un office pour les insectes "
     "et d'un conservatoire d'espaces naturels explique où les chercher, dans les ronciers, les "
     "églantiers, les aubépines et les lentisques, comment les repérer la nuit à la lampe, à "
     "quelle saison ils sont adultes, comment distinguer les espèces et les séparer des mantes, "
     "et comment transmettre les observations. Il rappelle de ne jamais relâcher les phasmes "
     "d'élevage, comme le phasme bâton des écoles (Carausius morosus), d'origine indienne. Les "
     "mantes religieuses, les haies et les sauterelles ne sont cités qu'en passant.",
     ("phasmes", "Clonopsis gallica", "Bacillus rossius", "insectes", "guides"),
     ("FR",), "2025-04"),
    ("fp24", "dataset", "es",
     "Insectos palo de la península ibérica: ejemplares de colecciones y muestreos de campo, "
     "1900-2024",
     "Los insectos palo o fásmidos son insectos herbívoros de cuerpo alargado que imitan ramitas "
     "y pasan el día inmóviles entre la vegetación. En España viven varias especies de los "
     "géneros Leptynia, Pijnackeria, Bacillus y Clonopsis, todas sin alas, y en muchas "
     "poblaciones solo hay hembras, que se reproducen sin machos. Son difíciles de ver y apenas "
     "se sabe dónde viven. Este conjunto de datos de un museo de ciencias naturales y de dos "
     "universidades reúne todos los ejemplares de las colecciones españolas desde 1900 y los "
     "muestreos nocturnos y con manga entomológica hechos desde 2015 en matorrales de Andalucía, "
     "Extremadura, Castilla-La Mancha y Cataluña: especie, sexo, localidad, altitud, planta en la "
     "que se encontraron (retamas, jaras, zarzas o lentiscos) y si la población tenía machos. "
     "Incluye también secuencias de ADN de parte de los ejemplares. Las mantis, los saltamontes y "
     "los incendios forestales se citan de paso.",
     ("insectos palo", "fásmidos", "Leptynia", "Pijnackeria", "conjuntos de datos"),
     ("ES",), "2024-12"),
    # --- wild peonies -----------------------------------------------------------------------------
    ("fp25", "need", "en",
     "Need: protecting the wild peonies of Lagodekhi and eastern Georgia from diggers and ploughs",
     "Wild peonies (Paeonia) are long-lived perennials of woodland and steppe whose large flowers "
     "open for a few days in spring; they grow slowly from seed and take years to flower. Georgia "
     "has several native species, among them the lemon-yellow Paeonia mlokosewitschii, which "
     "grows wild only in a few wooded gorges of the Lagodekhi area, in Kakheti, and across the "
     "border, the pink-flowered Caucasian peony of the forests and the narrow-leaved steppe peony "
     "(Paeonia tenuifolia) of the eastern grasslands. Flowering plants and roots are dug up for "
     "gardens and sold along the roads, and steppe patches are ploughed or heavily grazed. The "
     "agency of protected areas and the national botanical garden ask for support to map every "
     "known population, count flowering plants, fence two steppe sites, collect seed for safe "
     "storage and train rangers and village schools. Orchids, snowdrops and the vineyards of the "
     "Alazani valley are named in passing.",
     ("wild peonies", "Paeonia mlokosewitschii", "Paeonia tenuifolia", "Georgia", "needs"),
     ("GE",), "2025-06"),
    ("fp26", "support-source", "fr",
     "Offre : l'appui du conservatoire botanique aux communes et propriétaires qui abritent une "
     "station de pivoines sauvages",
     "Les pivoines sauvages sont des plantes vivaces à grandes fleurs, longues à fleurir et "
     "lentes à se multiplier. En Provence et dans les Alpes-Maritimes poussent la pivoine "
     "officinale (Paeonia officinalis), aux fleurs rouge pourpre, dans quelques bois clairs et "
     "pelouses des collines calcaires, et, plus rare encore, la pivoine mâle (Paeonia mascula). "
     "Toutes deux sont protégées, mais des promeneurs cueillent les fleurs, des jardiniers "
     "arrachent les pieds, et l'embroussaillement ferme les clairières où elles fleurissent. Le "
     "conservatoire botanique national méditerranéen propose aux communes, aux propriétaires "
     "forestiers et aux gestionnaires de terrains militaires un appui gratuit : visite et "
     "cartographie de la station, conseils de débroussaillage et de pâturage, panneaux "
     "d'information, récolte de graines pour la conservation et suivi annuel du nombre de pieds "
     "fleuris. Les orchidées, les tulipes sauvages et les incendies de forêt ne sont cités qu'en "
     "passant.",
     ("pivoines sauvages", "Paeonia officinalis", "Provence", "flore protégée", "offres"),
     ("FR",), "2025-02"),
    ("fp27", "project", "es",
     "Rosa albardera en Sierra Morena: peonías silvestres en las fincas y las cunetas de Córdoba "
     "y Jaén",
     "La rosa albardera o rosa de monte (Paeonia broteri) es una peonía silvestre que solo crece "
     "en la península ibérica, en encinares, alcornocales y jarales del centro y el sur. En "
     "primavera abre grandes flores rosadas, y sus frutos muestran a la vez semillas rojas, "
     "estériles, y negras, fértiles. En Sierra Morena, en Córdoba y Jaén, abunda todavía en "
     "algunas fincas, pero desaparece con el desbroce del matorral, el arado de los cortafuegos, "
     "el exceso de ciervos y ganado y el arranque de plantas para jardines. Este proyecto de una "
     "universidad andaluza, la consejería de medio ambiente y propietarios de fincas marca las "
     "poblaciones, acuerda calendarios de desbroce fuera de la floración y de la caída de las "
     "semillas, cerca pequeños rodales frente a los herbívoros, siembra semillas en cunetas y "
     "claros y enseña en las escuelas a no arrancarlas. Las orquídeas, el lince ibérico y las "
     "monterías se citan de paso.",
     ("rosa albardera", "peonías silvestres", "Paeonia broteri", "Sierra Morena", "proyectos"),
     ("ES",), "2025-05"),
    # --- tiger beetles ----------------------------------------------------------------------------
    ("fp28", "case-study", "en",
     "Twenty years for the Salt Creek tiger beetle: salty mudflats, a creek that cut down and "
     "larvae reared at a zoo",
     "Tiger beetles are fast, long-legged predatory beetles, often metallic, that run down small "
     "insects on open ground; their larvae wait in vertical burrows and seize passing prey. The "
     "Salt Creek tiger beetle (Cicindela nevadica lincolniana), small and bronze-green, lives "
     "only on the salty mud banks of Little Salt Creek and its tributaries on the northern edge "
     "of Lincoln, Nebraska, in the United States, and is one of the rarest insects in the "
     "country: some years fewer than two hundred adults are counted. Most of its salt flats were "
     "drained or built over, and the straightened creek cut its bed down, leaving the banks too "
     "dry for larvae. This case study of the state wildlife agency, the city and a university "
     "reviews twenty years of work since the beetle was listed as endangered in 2005: land bought "
     "from willing owners, creek banks reshaped, larvae reared at the city's children's zoo and "
     "released, and yearly counts of adults. Saltgrass, shorebirds and suburban roads are named "
     "in passing.",
     ("tiger beetles", "Cicindela nevadica lincolniana", "salt flats", "Nebraska", "case studies"),
     ("US",), "2025-01"),
    ("fp29", "event", "fr",
     "Journée de terrain : les cicindèles des grèves de l'Allier",
     "Les cicindèles sont des coléoptères prédateurs, rapides et souvent métalliques, qui "
     "chassent à la course les petits insectes sur les sols nus et ensoleillés ; leurs larves "
     "guettent leurs proies à l'entrée d'un terrier vertical. Sur les grèves de sable et de "
     "galets de l'Allier, rivière restée libre sur une grande partie de son cours, vivent "
     "plusieurs espèces, dont la cicindèle hybride (Cicindela hybrida), et d'autres plus rares "
     "des bancs de sable fin, qui ont besoin des crues pour que les grèves restent nues. La "
     "réserve naturelle du Val d'Allier, un conservatoire d'espaces naturels et une société "
     "entomologique organisent le 14 juin 2025 une journée de terrain ouverte aux naturalistes, "
     "aux agents et aux gestionnaires de la rivière : reconnaissance des adultes et des terriers "
     "des larves, méthodes de comptage, effets du piétinement, des véhicules et des enrochements "
     "de berges, et gestion des grèves qui se boisent. Les sternes, les castors et les gravières "
     "ne sont cités qu'en passant.",
     ("cicindèles", "Cicindela hybrida", "grèves", "Allier", "événements"),
     ("FR",), "2025-05"),
    ("fp30", "need", "es",
     "Necesidad: salvar las cicindelas de las orillas salinas de las lagunas de La Mancha",
     "Las cicindelas o escarabajos tigre son coleópteros depredadores, veloces y a menudo "
     "metálicos, que cazan a la carrera pequeños insectos en suelos desnudos; sus larvas esperan "
     "a sus presas en galerías verticales. En las orillas salinas de las lagunas endorreicas de "
     "La Mancha, en Ciudad Real, Toledo y Cuenca, viven cicindelas que no se encuentran en ningún "
     "otro lugar, como Cephalota dulcinea, junto a otras especies ligadas a los suelos con sal. "
     "Las orillas se aran, se cruzan con vehículos, reciben aguas depuradas que endulzan las "
     "lagunas y se cubren de carrizo. Una universidad de Castilla-La Mancha y una asociación "
     "entomológica solicitan apoyo para muestrear cada verano las orillas de veinte lagunas, "
     "cartografiar las galerías de las larvas, acordar con los agricultores franjas sin arar y "
     "proponer a la administración las lagunas que deben protegerse primero. Los flamencos, las "
     "avutardas y los viñedos se citan de paso.",
     ("cicindelas", "escarabajos tigre", "Cephalota dulcinea", "La Mancha", "necesidades"),
     ("ES",), "2025-03"),
)  # fmt: skip
