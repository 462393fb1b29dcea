"""Clearing-house records of the hundred-and-fifteenth judged relevance set
(tests/search/relevance/queries115.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on wild grapevines (the wild vines replanted in the floodplain
forests of the Upper Rhine from the last plants of the island of Ketsch in Germany; a dataset on
the lambrusques, the vignes sauvages, of France, their sex, health and genetics; a need for the
vid silvestre, parra silvestre or labrusca, of the sotos of Andalucía); on giant salamanders (the
Ozark hellbenders, or snot otters, head-started and given nest boxes in Missouri and Arkansas; a
dataset on the salamandres géantes, the poissons-bébés, of the farms and rivers of China; the
salamandra gigante japonesa, the hanzaki, and its hybrids with the Chinese species in the río
Kamo of Kyoto); on hoatzins (the Canje pheasants, Guyana's national bird, mapped by the riverside
villages of the Mahaica and the Canje; the hoazin huppé, the sasa, of the moucou-moucou banks of
eastern French Guiana; a dataset on the chenchenas, the hoacines, of the caños of the Venezuelan
Llanos); on solenodons (a camera-trap dataset on the Hispaniolan solenodon of the south-west of
the Dominican Republic; a need for the solénodon, the nez longue, of the massif de la Hotte in
Haiti; the almiquí, the Cuban solenodon, of the mountains of Nipe-Sagua-Baracoa); on the Apollo
butterfly (the Apollos bred and released in the Pieniny mountains of Poland; technical days on
the Apollon of the causses of the Massif central in France; a need for the mariposa apolo of the
sierras of Teruel and the Sistema Central in Spain); on strawberry trees (a guidance note on the
strawberry trees of Killarney in Ireland; the arbousiers, the arbouses and the miel amer of the
Corsican maquis; the madroñales, the fruit and the licor de madroño of the Montes de Toledo in
Spain); on the caterpillar fungus (a need for the yarsagumba harvest of Dolpa and Darchula in
Nepal; the cordyceps, yartsa goenbub, collected under permit in Bhutan; a dataset on the hongo
oruga, yartsa gunbu, of Qinghai and Tibet in China); on snowdrops (a dataset on the CITES export
quotas of the bulbs of Woronow's snowdrop in Georgia; the perce-neige of the Taurus, Galanthus
elwesii, propagated by Turkish villagers instead of being dug up; the campanilla de invierno of
the beech woods and riverbanks of Navarra in Spain); on slow lorises (an offer of training in the
rescue, care and release of slow lorises in Indonesia; a need for the loris lents pygmées
released in Viet Nam; a guide for Spanish-speaking travellers on the loris perezosos used as
photo props on the beaches of Thailand); and on sea daffodils (a need for the sea daffodils, sea
lilies or sand lilies, of the last sandy beaches of Malta; a guide to cleaning beaches without
destroying the lis de mer, or pancrace maritime, for the coastal communes of Occitanie in France;
a project for the azucena de mar, or nardo marino, of the dunes of the Devesa de l'Albufera in
Spain). English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records113.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (wild grapevine, wild grape, wild vine, grapevine, Vitis,
sylvestris, vigne sauvage, vigne, lambrusque, lambrusca, labrusca, vid silvestre, parra
silvestre, parra, vid; giant salamander, salamander, hellbender, Cryptobranchus, Andrias,
hanzaki, snot otter, Ozark, salamandre, salamandra; hoatzin, hoazin, hoacín, Opisthocomus,
Canje, stinkbird, chenchena, guacharaca, sasa, Montrichardia, moucou-moucou, mucka; solenodon,
solénodon, solenodonte, almiquí, Atopogale, nez longue, hutia, jutía, Hispaniola; Apollo,
apollon, apolo, Parnassius, parnassien, stonecrop, orpine, orpin, Sedum, Hylotelephium;
strawberry tree, Arbutus, arbousier, arbouse, madroño, madroñal, medronho, Killarney, Charaxes;
caterpillar fungus, cordyceps, Ophiocordyceps, yartsa, yarsa, yarsagumba, keeda jadi, ghost
moth, Thitarodes, champignon chenille, hongo oruga, and caterpillar, chenille and oruga;
snowdrop, Galanthus, perce-neige, campanilla, Leucojum, nivéole, cyclamen, sternbergia, bulb,
bulbe, bulbo; slow loris, loris, Nycticebus, Xanthonycticebus, loris lent, loris perezoso, and
primate, singe and mono; sea daffodil, sea lily, sand lily, Pancratium, lis de mer, lys de mer,
pancrace, azucena, nardo, lirio de mar, hawk-moth, sphinx, esfinge, beach cleaning, cribleuse).
Screened and dropped as covered: the box tree moth (dy01-dy03), processionary caterpillars
(cw19-cw21), edible caterpillars (br10-br12), truffles (bn04-bn06), sloths (bn10-bn12), fireflies
(s22-s24), seahorses (s07-s09), axolotls (s10-s12), devil's claw (bd04-bd06), salep (be07-be09),
wild ginseng (bb01-bb03), agarwood (i01-i03), swiftlet nests (bg01-bg03), swifts (ce07-ce09),
shearwaters (ec13-ec15), puffins (cg04-cg06), monk seals (cg01-cg03), oyster reefs (ck13-ck15),
gooseneck barnacles (co13-co15), abalone (cq10-cq12), pine resin tapping (co16-co18), pollarding
(bu10-bu12), stag beetles (cy07-cy09), hoopoes (di01-di03), macaques (cq13-cq15), lemurs
(de01-de03), mongooses (cw04-cw06), rhododendrons (ds10-ds12), chestnut blight (bp28-bp30), caves
and karst (r01-r03), coastal dunes (bt04-bt06), buckwheat (de16-de18), snow leopards (z28, z29),
wild silk (cc28-cc30), butterfly farming (dm13-dm15), monarch butterflies (i16-i18), riparian
forests (br04-br06) and succulent plant poaching (bd26, cb13), besides the topics of sets 42 to
113 and those their docstrings list as covered; screened with no or passing hits but not chosen:
black poplars (the peupliers noirs of the Garonne ripisylve, br05, and the chopos of cu18 and
ea03), rosehips (the églantiers of ea02), birch sap (screened by set 101), the Andean tubers oca,
ulluco and mashua (the oca named among the crops of the Andean seed fairs, r18), sea buckthorn
(the scrub cleared from the Sefton dunes, bt04), fire salamanders (the salamandres of the axolotl
report, s11), graylings (the ombre commun of cg08 and dc23), little owls (the chevêche of eg14),
corncrakes (dc16, dm16), genets (cs03, do06), hermit beetles (the pique-prune of bu11), pikas,
Tasmanian devils, huchen, Orsini's vipers, Hermann's tortoises and African blackwood.

No earlier record is judged relevant: all the hits are passing or about other things. The
genetically modified grapevines of California, Alsace and Chile (db22-db24) are cultivated vines:
db22 names wild grapes as the parents of resistant varieties and db24 the parras asilvestradas,
feral vines, that transgenic pollen could reach (0); the Garonne ripisylve (br05) names willows,
black poplars, alders and ash, no vine, and the viticulture pages (bh05, bl05, bu26, bw26, dn02,
di02, dz02) are about vineyards. The axolotl pages (s10-s12) are about a salamander that is no
giant salamander, and the salamanders of cg28 (preyed on by raccoons in Hokkaido), by25 and ek16
are named in passing. The guacharaca of dq03 is a chachalaca, not the guacharaca de agua; the
pages of the marais de Kaw (ek02, co08, dk08, ds20) and of the llanos of Apure (dk09) are about
other animals of the same places. The almiquí is named in passing by the polimitas need (eo21),
whose text says it has its own programmes; the need for the forests of the Pic Macaya after the
2021 earthquake (ca26) names no solenodon, and the mongoose pages (cw04-cw06) name none. The
butterfly pages (i16-i18, ds13, dm13 with its charaxes) are about other butterflies, Apolobamba
(cc24) is a place, and the uña de gato of the biopiracy need ei30 is Uncaria, not the Sedum that
eq15 calls by the same name. The mariposa del madroño whose nests gave wild silk in Mexico (cc30)
is passing. The caterpillar pages (br10-br12, cw19-cw21), the buckwheat of Bumthang in Bhutan
(de16) and the snow leopard pages name no caterpillar fungus. The salep tubers (be07-be09), the
wild plants picked in Québec (ce29) and the box tree moth in the forests of western Georgia
(dy01) name no snowdrop. The primate rescue and trade pages (o04, r10, cq13-cq15, du03) name no
loris. The Sefton dunes (bt04), the gravelots and beach-cleaning cribleuses of the Atlantic coast
(cc14) and the beach-cleaning machines of the sargassum need (w31) name no sea daffodil.

records114.py (ids ep01..ep30, on energy, chemicals, consumer safety, health, waste, pollution,
noise and enforcement topics), written at the same time by another engineer, was searched for the
same words once it was finished (with its queries114.tsv), before these records were judged: its
topics are hydraulic ram pumps, dimethyl fumarate in imported furniture and shoes, laundry
detergent capsules, carpet recycling, brake pads, unsold sheep's wool, pump-out stations for the
sewage of recreational boats, sound limiters in music venues, the inspection of pesticide sprayers
and festive bonfires. None of its records names a wild grapevine, a giant salamander, a hoatzin, a
solenodon, an Apollo butterfly, a strawberry tree, the caterpillar fungus, a snowdrop, a slow
loris or a sea daffodil. The nearest are passing and judged 0: the beaches (plages, playas) that
boat sewage reaches in ep20 and ep21, with no dune plant; the emballages vides, empty pesticide
containers, of the sprayer need ep26, whose vides are no vides, vines; the sheep of the wool pages
ep16-ep18, no grazing of Apollo slopes; and the Ireland of the sprayer tests (ep25), the Valencia
of the sound limiters (ep24) and the China of the toxic sofas (ep04), places only. None of its
records answers a query of this set, and none of its queries is repeated in queries115.tsv.

Traps: the willows, poplars and elms, the rootstocks, mildew and phylloxera, the beavers and the
vineyards of eq01; the ripisylves, haies, porte-greffes américains, vignobles, vignes vierges and
clématites of eq02; the fresnos, chopos and alisos, the ciervos and cabras, the portainjertos,
viñedos, filoxera and bodegas of eq03; the gravel mining, cattle, trout stocking and canoe rental
of eq04; the fermes, the ADN environnemental, the grenouilles and the tortues of eq05; the
salamandra gigante china, the presas, azudes and rampas, the truchas and the martines pescadores
of eq06; the mangrove, drainage canals, rice fields and visitors of eq07; the moucou-moucou, the
pirogues, the caïmans and the anacondas of eq08; the hato ganadero, the guacharaca de agua of
Colombia, the babas, chigüiros and garzas of eq09; the dogs, cats and small Indian mongooses, the
charcoal, avocado orchards and hutias of eq10; the charbon de bois, chiens errants, mangouste,
séismes, cyclones and grenouilles of eq11; the serpentina, caracoles, perros y gatos
asilvestrados, the jutía conga, the cotorras and carpinteros of eq12; the stonecrops and orpine,
the sheep grazing and the rafting on the Dunajec of eq13; the orpin blanc, the pins noirs, the
escalade, the semi-Apollon and the vautours fauves of eq14; the uña de gato, pinos, matorral and
the mariposa isabelina of eq15; the Rhododendron ponticum, cherry laurel, sika deer, oakwoods,
yews and red deer of eq16; the miel amer, abeilles, incendies, the pacha à deux queues, a
papillon, and the sangliers of eq17; the alcornoques, encinas, the oso of Madrid, the miel
amarga, the mariposa del madroño and the ciervos of eq18; the ghost moth larvae, juniper,
rhododendron, snow leopards and musk deer of eq19; the chenilles, yaks, panthères des neiges and
the pavot bleu de l'Himalaya of eq20; the polillas fantasma, pikas and ginseng of eq21; the CITES
quotas, cyclamens and chestnut and beech forests of eq22; the cyclamens, sternbergias and
pépiniéristes of eq23; the campanilla de primavera (Leucojum vernum), tejos and acebos of eq24;
the bird markets, songbirds and owls of eq25; the gibbons, langurs and alcool de riz of eq26; the
CITES, gibones and iguanas of eq27; the hawk-moths, sunbeds, boardwalks and sea turtles of eq28;
the sphinx du liseron, cribleuses, laisse de mer, ganivelles and the gravelot à collier
interrompu of eq29; and the esfinge de la correhuela, the barrón, the chorlitejos patinegros and
the Albufera of eq30. For the country queries: eq01 names only Germany (North America as the
origin of mildew and phylloxera); eq02 only France (America for the rootstocks); eq03 only Spain
(America for the rootstocks); eq04 only the United States (the Americas); eq05 China (a European
zoological society); eq06 Japan (China as the origin of the Chinese giant salamanders); eq07 only
Guyana; eq08 only French Guiana; eq09 Venezuela (Colombia named for a local name of the bird);
eq10 only the Dominican Republic (Hispaniola, the island, in the species' name); eq11 only Haiti;
eq12 only Cuba; eq13 only Poland; eq14 only France; eq15 only Spain; eq16 only Ireland; eq17 only
France (Corsica); eq18 only Spain; eq19 only Nepal; eq20 only Bhutan (the Himalaya in a plant's
name); eq21 only China (Qinghai and Tibet); eq22 only Georgia; eq23 Türkiye (western Europe as a
market); eq24 only Spain; eq25 only Indonesia; eq26 only Viet Nam (Indochina as the species'
range); eq27 only Thailand; eq28 only Malta; eq29 only France; eq30 only Spain.

Ids (eq01..eq30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
ek01..ek30, el01..el30, em01..em30, en01..en30, eo01..eo30), nor with records114.py's
(ep01..ep30), and no earlier id starts with "eq".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- wild grapevines -------------------------------------------------------------------------
    ("eq01", "project", "en",
     "Bringing the wild grapevine back to the floodplain forests of the Upper Rhine",
     "The wild grapevine (Vitis vinifera subsp. sylvestris), the ancestor of cultivated vines, is "
     "a liana with separate male and female plants that climbs up to 30 metres into the willows, "
     "poplars and elms of floodplain forests. In Germany fewer than a hundred native plants are "
     "left, most of them on the Rhine island of Ketsch in Baden-Württemberg. It declined when the "
     "straightening of the Rhine ended the floods that opened new ground, and with the mildew and "
     "phylloxera brought from North America. This project of two state forest administrations, a "
     "grapevine breeding institute and a floodplain foundation takes cuttings from every surviving "
     "plant, checks them with genetic markers to exclude escaped rootstocks and garden hybrids, "
     "raises them in a nursery and has planted more than 3,000 young vines along the old arms of "
     "the Rhine in Baden and the Palatinate. It follows their growth, sex ratio, fruiting and "
     "health. Beavers that gnaw young stems and the vineyards nearby are mentioned only in "
     "passing.",
     ("wild grapevine", "Vitis vinifera subsp. sylvestris", "floodplain forests",
      "crop wild relatives", "reintroduction"),
     ("DE",), "2024-05"),
    ("eq02", "dataset", "fr",
     "Lambrusques de France : inventaire des populations de vigne sauvage, sexe, état sanitaire et "
     "génétique, 1990-2024",
     "La lambrusque, ou vigne sauvage (Vitis vinifera subsp. sylvestris), ancêtre des cépages "
     "cultivés, pousse en liane dans les ripisylves, les haies et les bois frais, surtout dans les "
     "Pyrénées-Atlantiques, la vallée du Rhône, la Corse et les forêts alluviales d'Alsace. Ce jeu "
     "de données, réuni par un centre de ressources génétiques de la vigne avec les conservatoires "
     "botaniques nationaux, recense plus de 2 400 pieds répartis en quelque 400 populations. Pour "
     "chaque pied, il donne la localisation, l'arbre support, le sexe (la lambrusque a des pieds "
     "mâles et des pieds femelles), la hauteur, la fructification, les symptômes de mildiou, "
     "d'oïdium et de phylloxéra, et le profil à vingt marqueurs microsatellites, qui distingue les "
     "vraies lambrusques des porte-greffes américains échappés des vignobles et des hybrides. Il "
     "montre que la plupart des populations comptent moins de dix pieds et que le débroussaillage "
     "des bords de routes en a détruit plusieurs. Les vignes vierges et les clématites, souvent "
     "confondues avec elle, sont seulement signalées.",
     ("lambrusque", "vigne sauvage", "Vitis vinifera subsp. sylvestris", "ressources génétiques",
      "ripisylves"),
     ("FR",), "2025-01"),
    ("eq03", "need", "es",
     "Necesidad: conservar las últimas poblaciones de vid silvestre de los sotos de Andalucía",
     "La vid silvestre (Vitis vinifera subsp. sylvestris), llamada también parra silvestre o "
     "labrusca, es el antepasado de las variedades cultivadas y trepa como una liana por los "
     "fresnos, chopos y alisos de los sotos y bosques de ribera. En Andalucía se conocen unas "
     "treinta poblaciones, casi todas con menos de veinte plantas, en las sierras de Cádiz, "
     "Málaga, Córdoba y Jaén. Las talas de las riberas, los incendios, el ramoneo de ciervos y "
     "cabras y los portainjertos americanos asilvestrados desde los viñedos, que traen la filoxera "
     "y se cruzan con ella, las reducen cada año. La consejería de medio ambiente y una "
     "universidad solicitan apoyo para ampliar el banco de germoplasma con estaquillas de todos "
     "los ejemplares machos y hembras, analizarlos con marcadores genéticos, vallar las plantas "
     "más amenazadas, eliminar los portainjertos de los cauces y formar a los agentes de medio "
     "ambiente para reconocerla. Las bodegas que quieren elaborar vinos singulares con sus uvas se "
     "mencionan como posibles aliadas.",
     ("vid silvestre", "Vitis vinifera subsp. sylvestris", "bosques de ribera",
      "parientes silvestres de cultivos", "necesidades"),
     ("ES",), "2024-07"),
    # --- giant salamanders -----------------------------------------------------------------------
    ("eq04", "project", "en",
     "Ozark hellbenders: head-starting and artificial nest boxes in the rivers of Missouri and "
     "Arkansas",
     "The hellbender (Cryptobranchus alleganiensis), the only giant salamander of the Americas, "
     "reaches 60 centimetres and lives under large flat rocks in cold, clear, fast rivers, "
     "breathing mostly through the folds of its wrinkled skin. Anglers call it the snot otter, mud "
     "devil or Allegheny alligator. The Ozark subspecies, listed as endangered in 2011, has fallen "
     "by more than three quarters since the 1970s because of silt from gravel mining, cattle and "
     "forest clearing, the loss of nesting rocks, illegal collection and disease. This project of "
     "the state conservation department, a zoo and the federal wildlife service collects "
     "fertilised eggs from wild nests, rears the larvae for four to eight years in artificial "
     "streams at the zoo, tags them and releases them in the rivers they came from. It also sets "
     "concrete nest boxes on the river bed for males to guard their eggs, and follows survival by "
     "snorkel surveys and radio tracking. Trout stocking and canoe rental on the same rivers are "
     "noted only as pressures.",
     ("hellbenders", "Cryptobranchus alleganiensis", "giant salamanders", "head-starting",
      "rivers"),
     ("US",), "2024-03"),
    ("eq05", "dataset", "fr",
     "Salamandres géantes de Chine : prospections en rivière, élevages et lignées génétiques, "
     "2013-2024",
     "La salamandre géante de Chine (Andrias davidianus), le plus grand amphibien du monde, peut "
     "dépasser 1,5 mètre ; on l'appelle « poisson-bébé » à cause de son cri. Elle est aujourd'hui "
     "élevée par millions dans des fermes du Shaanxi, du Hunan, du Guizhou et d'autres provinces "
     "pour sa chair, et des animaux d'élevage sont relâchés dans les rivières lors de cérémonies "
     "ou pour le repeuplement. Ce jeu de données, réuni par des instituts de zoologie chinois avec "
     "une société zoologique européenne, rassemble les prospections de 97 sites dans 16 provinces "
     "par recherche à vue, nasses appâtées et ADN environnemental, l'analyse génétique de plus de "
     "1 000 individus sauvages et d'élevage, qui sépare cinq lignées, dont certaines décrites "
     "depuis comme espèces (Andrias sligoi, Andrias jiangxiensis), et un registre des fermes et "
     "des lâchers. Il montre que presque tous les individus trouvés en rivière sont issus "
     "d'élevage et de lignées mélangées. Les grenouilles et les tortues élevées dans les mêmes "
     "fermes n'y figurent pas.",
     ("salamandres géantes", "Andrias davidianus", "élevage", "génétique des populations",
      "ADN environnemental"),
     ("CN",), "2024-10"),
    ("eq06", "case-study", "es",
     "Híbridos en el río Kamo: la salamandra gigante japonesa frente a la especie china y las "
     "presas",
     "La salamandra gigante japonesa (Andrias japonicus), que en Japón llaman ōsanshōuo o hanzaki, "
     "vive en los ríos de montaña del oeste de Honshu, Shikoku y Kyushu, mide hasta metro y medio "
     "y está protegida como monumento natural especial. Este estudio de caso sigue veinte años de "
     "trabajo de un instituto dedicado a la especie y de la ciudad de Kioto en el río Kamo, donde "
     "en los años setenta se soltaron salamandras gigantes chinas (Andrias davidianus) traídas de "
     "China como alimento. Hoy nueve de cada diez ejemplares del Kamo son híbridos. El equipo "
     "captura, marca con microchip y analiza genéticamente cada animal, retira los híbridos a "
     "instalaciones cerradas y devuelve al río los de linaje puro. Estudia también las presas y "
     "azudes que les impiden remontar el río para desovar, las rampas construidas para que los "
     "superen y las madrigueras artificiales para la puesta. Analiza también los costes y el apoyo "
     "de los vecinos. Las truchas y los martines pescadores del río se citan de paso.",
     ("salamandra gigante japonesa", "Andrias japonicus", "hibridación", "especies invasoras",
      "estudios de caso"),
     ("JP",), "2024-09"),
    # --- hoatzins --------------------------------------------------------------------------------
    ("eq07", "case-study", "en",
     "Canje pheasants on the Mahaica and Canje rivers: riverside villages map Guyana's national "
     "bird",
     "The hoatzin (Opisthocomus hoazin), known in Guyana as the Canje pheasant and chosen as the "
     "national bird, is a crested, chicken-sized bird with a bare blue face that lives in noisy "
     "groups in riverside thickets. It eats almost only leaves, which it ferments in its crop like "
     "a cow, and smells of manure, which has earned it the name stinkbird and kept it off most "
     "tables. On the coastal plain its groups depend on the bands of mucka-mucka (Montrichardia "
     "arborescens) and mangrove along the Mahaica, Mahaicony and Canje rivers, which are cleared "
     "when drainage canals are dug out and rice fields extended. This case study follows riverside "
     "villages that, with the protected areas agency and a university, mapped roosts and nests by "
     "boat, agreed with the drainage board to leave uncut strips of bank vegetation, and have "
     "counted the groups every year since 2012. It reports the results, the costs and the few "
     "visitors who now come to see the birds.",
     ("hoatzins", "Canje pheasant", "Opisthocomus hoazin", "riverbanks", "case studies"),
     ("GY",), "2024-02"),
    ("eq08", "project", "fr",
     "Le hoazin huppé des criques de l'Est guyanais : protéger les berges à moucou-moucou",
     "Le hoazin huppé (Opisthocomus hoazin), que les Guyanais appellent sasa, est un oiseau à "
     "huppe rousse qui vit en groupes bruyants dans la végétation des berges. Il se nourrit "
     "presque seulement de feuilles, digérées par fermentation dans un jabot énorme, ce qui lui "
     "donne une odeur forte. En Guyane, il est localisé à quelques criques et rivières de l'Est, "
     "entre l'Approuague et l'Oyapock, où il niche au-dessus de l'eau dans les peuplements de "
     "moucou-moucou (Montrichardia arborescens). Ce projet d'une association naturaliste, avec le "
     "parc naturel régional et la direction de l'environnement, compte les groupes en pirogue deux "
     "fois par an, cartographie les berges occupées, forme les piroguiers et les guides aux "
     "distances à respecter et propose de protéger les principaux sites par arrêté de protection "
     "de biotope. Il décrit aussi les jeunes, qui grimpent grâce aux griffes de leurs ailes. Les "
     "caïmans et les anacondas des mêmes criques ne sont pas suivis.",
     ("hoazin huppé", "sasa", "Opisthocomus hoazin", "oiseaux", "berges"),
     ("GF",), "2024-05"),
    ("eq09", "dataset", "es",
     "Chenchenas de los Llanos: grupos, nidos y crías del hoacín en los caños de Apure y Guárico, "
     "1983-2024",
     "El hoacín (Opisthocomus hoazin), que en Venezuela llaman chenchena y en Colombia guacharaca "
     "de agua, es un ave de cresta despeinada que come hojas y las fermenta en el buche como una "
     "vaca, por lo que huele a estiércol y casi no se caza. Vive en grupos familiares en la "
     "vegetación que bordea los caños, ríos y lagunas de los Llanos. Este conjunto de datos, "
     "mantenido por la estación biológica de un hato ganadero con una universidad nacional, reúne "
     "más de cuarenta años de censos de grupos a lo largo de caños de Apure y Guárico, el "
     "anillamiento de más de 2.000 aves, los nidos y el éxito reproductivo, los ayudantes que "
     "crían con los padres, pues el hoacín es un criador cooperativo, las crecidas y sequías de "
     "cada año y la poda de la vegetación de orilla para el ganado. Sirve para estudiar los "
     "efectos del clima y del manejo del hato. Las babas, los chigüiros y las garzas contados en "
     "los mismos recorridos se publican aparte.",
     ("hoacín", "chenchena", "Opisthocomus hoazin", "Llanos", "conjuntos de datos"),
     ("VE",), "2025-02"),
    # --- solenodons ------------------------------------------------------------------------------
    ("eq10", "dataset", "en",
     "Hispaniolan solenodons in the south-west of the Dominican Republic: camera traps, burrows "
     "and nose pokes, 2009-2024",
     "The Hispaniolan solenodon (Solenodon paradoxus) is a nocturnal, long-snouted mammal the size "
     "of a rabbit and one of the few mammals with a venomous bite: its saliva runs down a groove "
     "in a lower incisor, which gives the family its name. Its lineage split from other mammals "
     "more than 70 million years ago and survived the asteroid that ended the dinosaurs. This "
     "dataset, kept by an ornithological society and an international conservation trust with the "
     "national environment ministry, holds the records of camera traps set in the Sierra de "
     "Bahoruco, Jaragua National Park and the forests of Pedernales, the burrows found and "
     "measured, and the nose pokes, the conical holes it leaves when rooting for insects, counted "
     "along transects. It adds the dogs, cats and small Indian mongooses photographed at the same "
     "stations, the animals killed by farmers' dogs and reported to rangers, and the areas cleared "
     "for charcoal and avocado orchards. Hutias, another endemic mammal photographed by the "
     "cameras, are published separately.",
     ("solenodons", "Solenodon paradoxus", "camera traps", "endemic mammals", "datasets"),
     ("DO",), "2024-11"),
    ("eq11", "need", "fr",
     "Besoin : retrouver et protéger le solénodon dans le massif de la Hotte en Haïti",
     "Le solénodon (Solenodon paradoxus), que les paysans haïtiens appellent nez longue, est un "
     "petit mammifère nocturne au long museau mobile et à la salive venimeuse, dernier "
     "représentant d'une lignée très ancienne. En Haïti, il ne survit sans doute que dans quelques "
     "forêts du massif de la Hotte, autour du parc national du Pic Macaya et de Grand Bois, et "
     "dans le massif de la Selle, où le déboisement pour le charbon de bois, les cultures sur "
     "brûlis, les chiens errants et la petite mangouste indienne le menacent. Les séismes et les "
     "cyclones ont encore réduit ces forêts. Le ministère de l'environnement et une fondation "
     "haïtienne pour la biodiversité cherchent un appui pour des inventaires par pièges "
     "photographiques et par recherche des terriers et des trous de museau, pour former des "
     "écogardes et des étudiants, pour stériliser et vacciner les chiens des villages voisins et "
     "pour lancer une campagne radio en créole. Les grenouilles endémiques du Pic Macaya, suivies "
     "par un autre programme, ne sont pas visées.",
     ("solénodons", "Solenodon paradoxus", "mammifères endémiques", "chiens errants", "besoins"),
     ("HT",), "2024-08"),
    ("eq12", "project", "es",
     "El almiquí de las montañas de Nipe-Sagua-Baracoa: cámaras trampa, guardabosques y control de "
     "perros y gatos",
     "El almiquí (Solenodon cubanus, hoy también Atopogale cubana), mamífero nocturno de hocico "
     "largo y saliva venenosa, solo vive en Cuba y se creyó extinguido varias veces hasta que en "
     "2003 se capturó un ejemplar vivo en el Parque Nacional Alejandro de Humboldt. Habita los "
     "bosques pluviales sobre suelos de serpentina de Holguín y Guantánamo, donde busca insectos, "
     "lombrices y caracoles entre la hojarasca. Este proyecto de la empresa de flora y fauna, un "
     "centro de investigaciones y el parque, con apoyo internacional, coloca cámaras trampa a lo "
     "largo de senderos y arroyos, busca madrigueras con guardabosques de las comunidades de la "
     "zona de amortiguamiento, captura y esteriliza perros y gatos asilvestrados, y enseña en "
     "escuelas rurales a distinguir al almiquí de la jutía conga. Los cazadores de jutías, cuyos "
     "perros también matan almiquíes, participan en los talleres. Las cotorras y los carpinteros "
     "del parque no forman parte del proyecto.",
     ("almiquí", "Solenodon cubanus", "mamíferos endémicos", "perros asilvestrados", "proyectos"),
     ("CU",), "2024-06"),
    # --- Apollo butterflies ----------------------------------------------------------------------
    ("eq13", "case-study", "en",
     "Saving the Apollo in the Pieniny mountains: from twenty butterflies to a thousand",
     "The Apollo (Parnassius apollo) is a large white butterfly with black spots and red eyespots "
     "on its hindwings, a mountain species of warm rocky slopes whose caterpillars feed only on "
     "stonecrops. In the Pieniny mountains of southern Poland its local form had fallen to about "
     "twenty adults in the early 1990s, after decades of collecting, the planting of trees on "
     "rocky meadows, the end of grazing and the spread of shrubs over the limestone outcrops. This "
     "case study follows the national park's programme: rearing caterpillars in a small breeding "
     "station inside the park, releasing adults and caterpillars on restored sites, cutting trees "
     "and shrubs on the cliffs, bringing back sheep grazing and planting thousands of orpine "
     "(Hylotelephium maximum), the caterpillars' food plant, raised in a nursery. By the 2020s "
     "more than a thousand adults flew each summer. It discusses genetic diversity, the costs and "
     "the part played by the park's guides and volunteers. Rafting on the Dunajec gorge is "
     "mentioned only in passing.",
     ("Apollo butterfly", "Parnassius apollo", "butterflies", "rocky grasslands", "case studies"),
     ("PL",), "2024-04"),
    ("eq14", "event", "fr",
     "Journées techniques : l'Apollon et les pelouses rocailleuses du Massif central, Millau, juin "
     "2025",
     "L'Apollon (Parnassius apollo), grand papillon blanc taché de noir et orné d'ocelles rouges, "
     "vole en juillet sur les pentes rocailleuses et les corniches des montagnes, où sa chenille "
     "ne mange que des orpins, surtout l'orpin blanc (Sedum album). Dans le Massif central, il a "
     "disparu de plusieurs massifs, comme le Forez et les monts Dore, et ne reste commun que sur "
     "les causses et dans les gorges du Tarn et de la Jonte. Ces deux journées, organisées par un "
     "conservatoire d'espaces naturels dans le cadre du plan national d'actions en faveur des "
     "papillons de jour, réunissent gestionnaires, éleveurs, forestiers et naturalistes : bilan "
     "des suivis par capture-marquage-recapture, effet du réchauffement et des étés secs sur les "
     "chenilles, fermeture des pelouses par les pins noirs, pâturage ovin, escalade sur les "
     "falaises. Une sortie sur le terrain est prévue sur le causse Noir. Le semi-Apollon "
     "(Parnassius mnemosyne) et les vautours fauves, visibles le même jour, ne sont évoqués qu'en "
     "passant.",
     ("Apollon", "Parnassius apollo", "papillons de jour", "pelouses sèches", "événements"),
     ("FR",), "2025-03"),
    ("eq15", "need", "es",
     "Necesidad: seguimiento de la mariposa apolo en las sierras de Teruel y del Sistema Central",
     "La apolo (Parnassius apollo), gran mariposa blanca con manchas negras y ocelos rojos, vive "
     "en roquedos y pastos pedregosos de montaña, donde su oruga se alimenta de uña de gato (Sedum "
     "album) y de otras crasuláceas. En España forma subespecies propias en casi cada sierra, "
     "desde Sierra Nevada hasta los Pirineos, pero muchas poblaciones de media montaña se han "
     "extinguido o se retiran hacia las cumbres por el calentamiento, las sequías, el abandono del "
     "pastoreo, que deja crecer el matorral, y las repoblaciones de pinos. En los montes "
     "Universales y la sierra de Albarracín, en Teruel, y en Guadarrama y Gredos apenas quedan "
     "núcleos aislados. Entomólogos de dos universidades y los servicios de biodiversidad de "
     "Aragón y de la Comunidad de Madrid solicitan apoyo para un seguimiento estandarizado con "
     "transectos y marcaje, estudios genéticos de las subespecies, la cartografía de las plantas "
     "nutricias y un protocolo para que los agentes forestales persigan la captura ilegal por "
     "coleccionistas. La mariposa isabelina, protegida en los pinares, tiene su propio plan.",
     ("mariposa apolo", "Parnassius apollo", "mariposas", "alta montaña", "necesidades"),
     ("ES",), "2024-05"),
    # --- strawberry trees ------------------------------------------------------------------------
    ("eq16", "document", "en",
     "Guidance: caring for the strawberry trees of Killarney's lakeshores and islands",
     "The strawberry tree (Arbutus unedo), an evergreen with glossy leaves, white bell-shaped "
     "flowers in autumn and round red fruit that takes a year to ripen, grows wild in Ireland far "
     "from its Mediterranean range, on the rocky shores and islands of the Killarney lakes in "
     "County Kerry and around Lough Gill in Sligo. Whether it is native or was brought by early "
     "people is still debated, but it is protected and belongs to the Lusitanian flora of the "
     "national park. This guidance note for park staff, landowners and volunteer groups explains "
     "how to survey and map trees, recognise old stools that resprout after storms, clear invading "
     "Rhododendron ponticum and cherry laurel around them, keep sika deer off seedlings with "
     "fenced plots, collect fruit from local trees, and raise and plant seedlings of known Irish "
     "origin rather than garden stock. It also sets out how to record cankers and dieback. The "
     "oakwoods, yews and red deer of the park are mentioned only where they share the same sites.",
     ("strawberry tree", "Arbutus unedo", "native trees", "invasive plants", "guidance"),
     ("IE",), "2024-10"),
    ("eq17", "project", "fr",
     "Arbousiers du maquis corse : récolte des arbouses, miel amer et repousse après les incendies",
     "L'arbousier (Arbutus unedo), arbuste ou petit arbre toujours vert du maquis, porte en même "
     "temps, en automne, ses fleurs en grelots blancs et les arbouses, fruits rouges et granuleux "
     "mûris depuis un an. En Corse, il couvre de grandes surfaces de maquis haut avec la bruyère "
     "arborescente et le chêne vert, et rejette vigoureusement de souche après les incendies. Ses "
     "fleurs tardives donnent aux abeilles le miel amer d'arbousier, le plus recherché des miels "
     "de maquis d'automne de l'île. Ce projet d'un syndicat d'apiculteurs, de l'office de "
     "l'environnement et d'une coopérative agricole cartographie les arbousiers dans trois "
     "microrégions, teste un débroussaillement sélectif qui garde les arbousiers dans les coupures "
     "de combustible, accompagne la cueillette des arbouses pour les confitures et la liqueur et "
     "mesure la repousse sur les parcelles brûlées. Le pacha à deux queues (Charaxes jasius), "
     "grand papillon dont la chenille vit sur l'arbousier, est noté en passant, tout comme les "
     "sangliers qui mangent les fruits.",
     ("arbousier", "Arbutus unedo", "maquis", "miel", "incendies"),
     ("FR",), "2024-11"),
    ("eq18", "case-study", "es",
     "Madroñales de los Montes de Toledo: del fruto y el licor a la defensa contra el fuego",
     "El madroño (Arbutus unedo), arbusto o arbolillo de hoja perenne, florece en otoño cuando "
     "maduran los frutos del año anterior, bolas rojas y granulosas que se comen frescas o se "
     "destilan en aguardientes y licores. Los madroñales acompañan a encinas, quejigos y "
     "alcornoques en las umbrías de los Montes de Toledo y de otras sierras del centro de España, "
     "y el madroño es, con el oso, símbolo de Madrid. Este estudio de caso sigue a una asociación "
     "de propietarios, un grupo de acción local y el servicio forestal de Castilla-La Mancha, que "
     "desde 2015 recuperan madroñales abandonados: podas y resalveos para producir fruto, viveros "
     "con semilla local, mermeladas y licor con marca propia, y el uso del madroño, que rebrota de "
     "cepa tras el fuego, en las fajas auxiliares contra incendios. Mide la producción, los "
     "ingresos y la regeneración tras un incendio de 2021. Cita de paso la miel amarga de madroño, "
     "la mariposa del madroño (Charaxes jasius) y los ciervos que ramonean los brotes.",
     ("madroño", "Arbutus unedo", "madroñales", "productos forestales no madereros",
      "estudios de caso"),
     ("ES",), "2024-12"),
    # --- caterpillar fungus ----------------------------------------------------------------------
    ("eq19", "need", "en",
     "Need: managing the yarsagumba harvest in the high pastures of Dolpa and Darchula",
     "Yarsagumba, the caterpillar fungus (Ophiocordyceps sinensis), grows from the bodies of ghost "
     "moth larvae buried in alpine meadows between 3,500 and 5,000 metres. Each May and June tens "
     "of thousands of people camp in the high pastures of Dolpa, Darchula and other districts of "
     "western Nepal to crawl across the slopes picking the finger-sized stalks, which sell for "
     "more than their weight in silver, mostly to traders who supply markets abroad for "
     "traditional medicine and tonics. The harvest pays school fees and debts, but it also brings "
     "quarrels over pastures, juniper and rhododendron cut for firewood, trampling, litter and "
     "human waste, and yields that collectors say are falling. The forest department and "
     "federations of community forest user groups ask for support to monitor yields on fixed "
     "plots, register collectors, set fees and harvest calendars, organise camp waste collection "
     "and toilets, and form collectors' cooperatives that can sell at fairer prices. The snow "
     "leopards and musk deer of the same pastures are not part of the request.",
     ("yarsagumba", "caterpillar fungus", "Ophiocordyceps sinensis", "non-timber forest products",
      "needs"),
     ("NP",), "2024-02"),
    ("eq20", "case-study", "fr",
     "Le cordyceps au Bhoutan : vingt ans de cueillette légale par les communautés des hautes "
     "vallées",
     "Le cordyceps (Ophiocordyceps sinensis), champignon qui parasite les chenilles de papillons "
     "de nuit enfouies dans les prairies d'altitude et en fait sortir une petite tige brune, est "
     "appelé au Bhoutan yartsa goenbub, « herbe d'été, ver d'hiver ». Sa cueillette, longtemps "
     "interdite, a été légalisée en 2004 pour les éleveurs de yaks des hautes vallées de Lunana, "
     "Laya, Lingzhi et du nord de Bumthang. Cette étude de cas décrit le système mis en place par "
     "le ministère de l'agriculture et des forêts : un permis par ménage, une saison de cueillette "
     "de quelques semaines, des camps encadrés par les gardes forestiers, puis des ventes aux "
     "enchères publiques où les négociants achètent les lots. Elle analyse l'argent apporté aux "
     "villages, les tensions entre villages sur les pâturages, la baisse des récoltes liée au "
     "climat et à la cueillette, les déchets laissés en altitude et la contrebande. Les yaks, les "
     "panthères des neiges et le pavot bleu de l'Himalaya ne sont cités qu'en passant.",
     ("cordyceps", "yartsa goenbub", "Ophiocordyceps sinensis", "produits forestiers non ligneux",
      "études de cas"),
     ("BT",), "2024-06"),
    ("eq21", "dataset", "es",
     "Hongo oruga en la meseta tibetana: cosechas, precios y clima en Qinghai y el Tíbet, "
     "2000-2024",
     "El hongo oruga (Ophiocordyceps sinensis), que los tibetanos llaman yartsa gunbu y los chinos "
     "dongchong xiacao, «gusano de invierno, hierba de verano», crece sobre larvas de polillas "
     "fantasma enterradas en los pastos alpinos de la meseta tibetana y es uno de los productos "
     "naturales más caros del mundo. Su recolección aporta a muchas familias de pastores más de la "
     "mitad de sus ingresos en efectivo. Este conjunto de datos, reunido por un instituto de "
     "ecología de la meseta con universidades y oficinas de estadística de las prefecturas, "
     "combina la cosecha declarada por condado en Qinghai (Yushu, Golog) y en la Región Autónoma "
     "del Tíbet (Nagqu, Chamdo), los precios por pieza en los mercados de Xining y Lhasa, "
     "encuestas a 1.500 hogares recolectores, parcelas de muestreo con densidades del hongo y "
     "series de temperatura, nieve y pastoreo. Muestra un descenso de la producción en las zonas "
     "más bajas y cálidas. Las pikas, que los pastores envenenan en los mismos pastos, y el "
     "comercio de ginseng se mencionan de paso.",
     ("hongo oruga", "yartsa gunbu", "Ophiocordyceps sinensis", "meseta tibetana",
      "conjuntos de datos"),
     ("CN",), "2025-01"),
    # --- snowdrops -------------------------------------------------------------------------------
    ("eq22", "dataset", "en",
     "Snowdrop bulb exports from Georgia: CITES quotas, field surveys and harvested quantities, "
     "2005-2024",
     "Georgia is the world's largest exporter of wild snowdrops: every year millions of bulbs of "
     "Woronow's snowdrop (Galanthus woronowii), dug from the forest floor in the west of the "
     "country, are sold to bulb companies and garden centres abroad. All snowdrops are listed in "
     "Appendix II of CITES, and the national environment agency, as scientific authority, sets an "
     "annual export quota on the basis of field surveys. This dataset gathers the quotas and "
     "permits issued, the declared exports, the surveys of bulb density and size on more than 300 "
     "plots in Imereti, Guria, Samegrelo and Adjara, the areas authorised for harvesting and those "
     "rested in rotation, and the inspections of collectors and storage yards. It shows that "
     "quotas of about 15 million bulbs a year have been kept since 2010, and that densities fall "
     "at sites dug every year. Cyclamens, also dug for export, and the chestnut and beech forests "
     "where the bulbs grow are recorded as context.",
     ("snowdrops", "Galanthus woronowii", "bulb trade", "CITES", "datasets"),
     ("GE",), "2024-12"),
    ("eq23", "case-study", "fr",
     "Perce-neige de Turquie : des villageois qui multiplient les bulbes au lieu de les arracher",
     "Les perce-neige (Galanthus), petites plantes à bulbe dont les fleurs blanches pendantes "
     "s'ouvrent à la fin de l'hiver, étaient arrachés par dizaines de millions dans les montagnes "
     "du Taurus pour être vendus aux pépiniéristes d'Europe de l'Ouest, et le perce-neige d'Elwes "
     "(Galanthus elwesii) était le plus exporté. Cette étude de cas retrace comment, à partir des "
     "années 1990, le ministère turc chargé des forêts, une organisation internationale de "
     "conservation de la flore et les exportateurs ont fixé des quotas d'exportation, interdit la "
     "cueillette de plusieurs espèces et aidé des villages des provinces d'Antalya, de Konya et de "
     "Karaman à multiplier les bulbes dans leurs champs à partir de petits bulbes sauvages. Elle "
     "compare les revenus tirés de la culture et de la cueillette, la part de bulbes sauvages qui "
     "échappe encore aux contrôles, les difficultés d'étiquetage dans le commerce et l'effet sur "
     "les populations sauvages. Les cyclamens et les sternbergias, autres bulbes exportés, sont "
     "évoqués plus brièvement.",
     ("perce-neige", "Galanthus elwesii", "commerce des bulbes", "culture villageoise",
      "études de cas"),
     ("TR",), "2024-03"),
    ("eq24", "project", "es",
     "La campanilla de invierno en los hayedos y riberas de Navarra: censo y protección frente al "
     "arranque de bulbos",
     "La campanilla de invierno (Galanthus nivalis), pequeña planta bulbosa de flores blancas "
     "colgantes que se abren entre enero y marzo, es rara en España, donde solo crece en hayedos, "
     "robledales húmedos y riberas del norte, sobre todo en Navarra y en algunos valles "
     "pirenaicos. Está catalogada como vulnerable en Navarra y su recolección está prohibida, pero "
     "cada invierno se arrancan bulbos para plantarlos en jardines y se cortan ramos. Este "
     "proyecto del servicio de biodiversidad del gobierno de Navarra, con un jardín botánico y la "
     "guardería forestal, censa las poblaciones conocidas, busca otras nuevas, separa las "
     "naturales de las escapadas de jardines, guarda semillas en un banco de germoplasma, señaliza "
     "y vigila los enclaves más visitados y prepara materiales para viveros y jardineros. Advierte "
     "que no debe confundirse con la campanilla de primavera (Leucojum vernum), de flores "
     "parecidas, ni con otras campanillas. Los tejos y los acebos de los mismos hayedos se citan "
     "de paso.",
     ("campanilla de invierno", "Galanthus nivalis", "flora amenazada", "hayedos", "proyectos"),
     ("ES",), "2024-02"),
    # --- slow lorises ----------------------------------------------------------------------------
    ("eq25", "support-source", "en",
     "Offer: training in the rescue, care and release of slow lorises for Indonesian rescue "
     "centres and enforcement officers",
     "Slow lorises (Nycticebus), small nocturnal primates with huge eyes and a venomous bite, are "
     "among the animals most often sold at the bird markets of Indonesia and through social media, "
     "where videos of lorises being tickled or fed rice have been watched millions of times. "
     "Traders clip or pull out their teeth so they cannot bite, and most die within months. A "
     "wildlife rescue centre in West Java, which has cared for more than 1,000 confiscated Javan, "
     "Sumatran and Bornean slow lorises, offers two-week courses to veterinarians, keepers, forest "
     "rangers, police and quarantine officers from across Indonesia. Participants learn to "
     "identify the species, treat dental infections and malnutrition, design night enclosures, run "
     "behavioural checks before release, fit radio collars and follow released animals in "
     "agroforestry gardens, and collect evidence for prosecutions. Course materials and an "
     "identification card are provided. The centre's work with confiscated songbirds and owls is "
     "not covered.",
     ("slow lorises", "Nycticebus", "wildlife rescue", "illegal wildlife trade", "offers"),
     ("ID",), "2024-05"),
    ("eq26", "need", "fr",
     "Besoin : un enclos de réhabilitation et un suivi des loris lents pygmées relâchés au Viêt "
     "Nam",
     "Le loris lent pygmée (Xanthonycticebus pygmaeus, longtemps Nycticebus pygmaeus), petit "
     "primate nocturne aux grands yeux cerclés de brun, vit dans les forêts de l'est de "
     "l'Indochine. Au Viêt Nam, il est capturé pour être vendu comme animal de compagnie, pour les "
     "photos des touristes et pour la médecine traditionnelle, qui le fait macérer dans l'alcool "
     "de riz. Chaque année, les saisies envoient plusieurs dizaines de loris lents pygmées et de "
     "loris lents du Bengale dans un centre de sauvegarde des primates situé dans un parc national "
     "du nord du pays, où beaucoup arrivent les dents coupées. Le centre et le service des forêts "
     "cherchent un appui pour construire un enclos de réhabilitation en forêt, acheter des "
     "colliers émetteurs, former des soigneurs et des gardes au suivi nocturne après les lâchers "
     "et sensibiliser les marchés et les écoles. Les gibbons et les langurs du même centre ont "
     "leur propre programme.",
     ("loris lents", "loris lent pygmée", "primates", "centres de sauvegarde", "besoins"),
     ("VN",), "2024-09"),
    ("eq27", "document", "es",
     "Guía para viajeros: no te hagas fotos con loris perezosos en las playas de Tailandia",
     "En las playas y calles de ocio de Phuket, Krabi y Pattaya, vendedores ofrecen a los turistas "
     "fotografiarse con loris perezosos (Nycticebus bengalensis y Nycticebus coucang), pequeños "
     "primates nocturnos de ojos enormes protegidos por la ley tailandesa e incluidos en el "
     "Apéndice I de la CITES. Esta guía, preparada por una organización de bienestar animal con el "
     "departamento de parques nacionales y fauna silvestre de Tailandia y agencias de viajes de "
     "habla hispana, explica de dónde vienen estos animales, capturados en los bosques y privados "
     "de sus dientes para que no muerdan; por qué el flash y el manejo durante el día los dañan; "
     "por qué los vídeos de loris a los que se hace cosquillas muestran un animal aterrado que "
     "levanta los brazos para defenderse con su mordedura venenosa, y no uno feliz; y cómo "
     "denunciar a los vendedores por teléfono. Aconseja cómo elegir santuarios que no dejan tocar "
     "a los animales. Los gibones y las iguanas usados del mismo modo se citan de paso.",
     ("loris perezosos", "Nycticebus", "turismo de fauna", "tráfico de fauna", "guías"),
     ("TH",), "2024-07"),
    # --- sea daffodils ---------------------------------------------------------------------------
    ("eq28", "need", "en",
     "Need: protecting the sea daffodils of Malta's last sandy beaches from mechanical cleaning "
     "and trampling",
     "The sea daffodil (Pancratium maritimum), also called the sea lily or sand lily, is a bulbous "
     "plant of coastal dunes whose large, fragrant white flowers open in late summer and are "
     "visited at night by hawk-moths. Its grey-green leaves die back in the heat, so that in "
     "August only the flowers rise from the bare sand. In the Maltese islands it survives on a "
     "handful of sandy beaches such as Għajn Tuffieħa, Golden Bay and Ramla l-Ħamra on Gozo, where "
     "dunes have been levelled for parking, sunbeds and beach concessions, and where tractors that "
     "rake the sand each morning uproot bulbs and young plants. The environment authority and a "
     "local dune restoration group ask for support to map every plant, fence and mark the "
     "colonies, build boardwalks, replace mechanical raking with hand litter picking near the "
     "plants, raise plants from seed in a nursery and train the staff of beach concessions. The "
     "sea turtles that have nested on these beaches since 2019 have their own plan.",
     ("sea daffodils", "Pancratium maritimum", "sand dunes", "beach management", "needs"),
     ("MT",), "2024-04"),
    ("eq29", "document", "fr",
     "Guide : nettoyer les plages sans détruire le lis de mer, à l'usage des communes du littoral "
     "d'Occitanie",
     "Le lis de mer, ou pancrace maritime (Pancratium maritimum), est une plante à bulbe des hauts "
     "de plage et des dunes dont les grandes fleurs blanches et parfumées s'ouvrent en août et "
     "sont pollinisées la nuit par le sphinx du liseron. Il a reculé sur le littoral de l'Hérault, "
     "du Gard, de l'Aude et des Pyrénées-Orientales avec l'urbanisation, le piétinement, la "
     "cueillette des fleurs et surtout le nettoyage mécanique : les cribleuses qui tamisent le "
     "sable chaque matin d'été arrachent les bulbes et les jeunes plants. Ce guide, préparé par un "
     "conservatoire botanique avec le conservatoire du littoral et les gestionnaires des plages, "
     "explique comment repérer et baliser les touffes, réserver le criblage aux zones de baignade "
     "et ramasser les déchets à la main ailleurs, garder la laisse de mer, poser des ganivelles et "
     "programmer les travaux hors floraison. Il propose un modèle de cahier des charges. Le "
     "gravelot à collier interrompu, qui niche sur les mêmes plages, est cité en passant.",
     ("lis de mer", "Pancratium maritimum", "nettoyage des plages", "dunes", "guides"),
     ("FR",), "2025-02"),
    ("eq30", "project", "es",
     "Azucenas de mar en las dunas de la Devesa de l'Albufera: vivero, replantación y pasarelas",
     "La azucena de mar (Pancratium maritimum), también llamada nardo marino o lirio de mar, es "
     "una planta bulbosa de las dunas cuyas flores blancas, grandes y perfumadas se abren en pleno "
     "verano y son polinizadas de noche por la esfinge de la correhuela. Sus bulbos, enterrados a "
     "medio metro, resisten la arena que mueve el viento. En la Devesa de l'Albufera, al sur de "
     "Valencia, las urbanizaciones de los años setenta arrasaron buena parte del cordón dunar. "
     "Este proyecto del servicio municipal que gestiona la Devesa, con un centro de investigación "
     "forestal y voluntarios, recoge semillas, cría miles de plantas en vivero, las planta en las "
     "dunas restauradas, cierra el paso con cuerdas y pasarelas de madera y sustituye la limpieza "
     "mecánica de la playa por la manual en los tramos con azucenas. Cuenta las flores cada agosto "
     "y estudia la polinización y la germinación. El barrón, otra planta de las dunas, y los "
     "chorlitejos patinegros que crían en la playa se mencionan solo de paso.",
     ("azucena de mar", "Pancratium maritimum", "restauración de dunas", "viveros", "proyectos"),
     ("ES",), "2024-08"),
)  # fmt: skip
