"""Clearing-house records of the ninety-third judged relevance set
(tests/search/relevance/queries93.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on chimpanzees (snare removal for the chimpanzees of Uganda's
Budongo forest; the chimpanzés of Bossou and the couloir vert of the Nimba mountains; a rescue
centre near Girona for chimpancés taken from beach photographers and circuses); on golden eagles
(young eagles moved to the Southern Uplands of Scotland; a guide to keep paragliders, climbers and
drones away from the aires of the aigle royal in the Pyrenees; a need for the nests and power poles
of the águila real of northern Mexico); on quails (bobwhite covey counts and fire on the Red Hills
plantations; a guide on the caille des blés and the harvest; a need against releases of farm
codornices in Castilla-La Mancha); on piranhas (the piranhas that moved up the Paraná after Itaipu;
the piraïs and pacous of French Guiana; the palometa bites of Rosario); on Atlantic cod
(Newfoundland's northern cod from the moratorium to the reopening; a journée d'échanges on the
cabillaud of Boulogne-sur-Mer; a consumer guide to bacalao); on tea (elephant-friendly tea gardens
in Assam; théiers at the edge of Nyungwe; a need for the chacras de té of Misiones); on jet skis
(personal watercraft in Moreton Bay; the jet-skis and scooters des mers of the Calanques; a need
for the motos de agua of Ibiza and Formentera); on nature prescriptions (Shetland's family doctors;
an offer of PaRx training for Canadian health professionals; recetas de naturaleza for the Anillo
Verde of Vitoria-Gasteiz); on water points for wildlife (the pumped waterholes of Hwange; a need
for the mares and points d'eau of the Pendjari; the aguadas and bebederos of Calakmul in the
drought of 2019-2020); and on sacred animals and taboos (the monkeys of Boabeng-Fiema; the
crocodiles sacrés of Bazoulé; the totems and food taboos of the Fang clans of Río Muni). English,
French and Spanish, 10 records each, every topic written once in each language (different
countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records91.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (chimpanzee, chimpanzé, chimpancé, Pan troglodytes, bonobo,
great apes, grands singes, grandes simios; golden eagle, aigle royal, águila real, Aquila
chrysaetos, eagle, aigle, águila; quail, caille, codorniz, bobwhite, Coturnix, Colinus, media veda;
piranha, piraña, palometa, piraya, piraï, pacu, pacou, Serrasalmus, Pygocentrus; cod, morue,
cabillaud, bacalao, Gadus, bacaladero; tea, thé, théier, théiculture, té, Camellia sinensis, tea
garden, tea estate, yerba mate; jet ski, jet-ski, personal watercraft, scooter des mers,
motomarine, moto acuática, moto de agua; nature prescription, park prescription, green
prescription, social prescribing, PaRx, prescription de nature, ordonnance, receta, prescripción;
waterhole, water hole, water point, point d'eau, abreuvoir, bebedero, aguada, aguaje, jagüey,
abrevadero, guelta; sacred, sacré, sagrado, taboo, tabou, tabú, totem, tótem, fady, interdit).
Screened and dropped as covered: hornbills (records41), pangolins, manatees (records33), axolotls
(records20), dragonflies (records37), fireflies (records20), truffles (records34), chestnuts
(records36), cork oak (records16), dung beetles (records33), lichens (records26), jellyfish
(records20), sea cucumbers (records14), giant clams (records31), horseshoe crabs (records18), water
hyacinth (n32), rāhui and tabu areas (by10, t13), fish passes and dam removal (m25), squid fleets
(records38), edible insects (br10-br12), tarantulas and spiders (bh01), termites and locusts (p07,
bi05), seed fairs (r18), rights of rivers (records35), Brazil nuts (bw18), gorillas (m28), crayfish
(records33), eels (records18), street trees (w12, by27), lobsters (bt18), snails, mussels, dunes,
cenotes, hummingbirds, sloths, tapirs, snow leopards, river dolphins, crocodiles (records39),
iguanas, scorpions, storks, vicuñas, wolves, wildlife crossings, camera traps, environmental DNA,
seagrass, kelp, cassava, camels, cotton, potatoes and orchids, besides the topics of sets 42 to 91
and those their docstrings list as covered, and the chemicals, waste, pollution, energy and
biosafety topics left to set 92; screened with no or passing hits but not chosen: toucans (named in
passing by records41 and cy28), okapis, eiders, koalas, kakapos, coelacanths, papyrus swamps,
groundwater fauna and lake restoration.

The nearest are judged 1: the Taï anthrax dataset, whose subjects name the chimpanzés the disease
kills (bz14), judged 1 to the general chimpanzee queries; the need for analyses of dicofol residues
in Sri Lankan tea, whose title and subjects name the té and which samples the soils of tea
plantations (be12), judged 1 to the general tea queries; the project of baños de bosque in the
Valdivian forest of Los Ríos, whose walks are offered to patients referred by the consultorios, a
nature prescription in all but name (cg27), judged 1 to the nature prescription queries; the
project on the wild Bactrian camels of the Great Gobi A, whose title names the points d'eau it
restores (s14), judged 1 to the general water point queries; and the jornada on the European turtle
dove after three seasons without hunting in the media veda (da30), judged 1 to the "media veda"
query. All the other hits are passing: the chimpanzees named with parrots and monkeys among the
animals seized in Douala by the need for a rescue centre for confiscated parrots and primates
(o04), whose title and subjects name primates and wildlife rescue, not chimpanzees, and the
chimpanzee adenovirus of a COVID-19 vaccine (cn21); the aigle royal named with vultures, peregrines
and eagle owls among the cliff raptors of the Verdon climbing guide (cg23), like the curlew among
the ground-nesting birds of the trail running guide that set 91 judged 0 (ck22); the aigle royal of
the Vercors mountain-bike guide (do26), the águila real of the Janos bison grasslands (bv03) and of
the alpine marmot need (cq30), while the harpy eagles (ck01-ck03), the ospreys (records67) and
Bonelli's eagle (records69) are other eagles; the Murray cod (ce19), the blue cod of Fiordland
(bs04) and Cape Cod Bay (ca16), no Atlantic cod; the dicofol risk profile that names tea among
sprayed crops (be10), the hooch tragedy of Assam's tea gardens (bc16), where the gardens are only
the place where the poisoned workers lived, the elephants crossing the cardamom estates (dk16), the
fig trees left in fields of tea (dq13), the forest gardens turned into tea (ce13), the tea estate
lines buried by a landslide (bv25) and the tea factories among the industrial energy audits (dn07);
the jet skis fined near whales in Tonga (ce04) and the watercraft collisions of the manatee dataset
(bm04), where watercraft means boats; the médecins qui prescrivent la nature among the guests of
the Soignes forest bathing journée (cg26); the water troughs, bebederos, aguajes and points d'eau
named among other measures or places by the Andean tapir need (bo03), the howler monkey heat need
(dm03), the red partridge project (di06), the turtle dove jornada (da30), the bald ibis dataset
(cm02), the bison pages (bv01, bv03), the transhumance need (bt11) and the anthrax dataset (bz14),
and the waterholes where the peccaries of the Pantanal are counted (cq01); and the fady that
protected the radiated tortoise (bw02), the hippopotames sacred in some Bijagós villages (ci05),
the bison as a relative of the plains nations (bv01), the sacred groves (u08) and sacred trees
(dk29, dk30, dq13), 0 to the sacred animal queries.

records92.py (ids dt01..dt30, on waste, energy, climate, biosafety, trade, pollution and chemicals
topics), written at the same time by another engineer, was searched for the same words once it was
finished: its topics are river litter traps, passive houses, high-efficiency electric motors, GM
camelina, greenhouse gas emissions from hydropower reservoirs, shadow carbon prices, electronic
phytosanitary certificates, plastic credits, the decommissioning of offshore platforms and
methylene chloride paint strippers. None of its records names a chimpanzee, an eagle, a quail, a
piranha, a cod, tea, a jet ski, a nature prescription, a water point for wildlife or a sacred
animal, and none answers a query of this set; the Uganda and Rwanda of the electric motor standards
(dt07) answer no country query of this set.

Traps: the mahoganies, beekeeping and sugarcane of du01; the Manon who hold chimpanzees to be
reincarnated ancestors (du02; a chimpanzee dataset, 0 to the sacred animal queries) and the
iron-ore prospecting of du02; the CITES listing and beach photographers of du03; the grouse moors
and wind farms of du04; the escalade, refuges, drones and photographie of du05; the electrocución,
liebres and ardillas de tierra and the plomo of du06; the raccoons, fire ants and prescribed fire
of du07; the luzernes and cailles japonaises of du08; the secano, regadío and barbechos of du09;
the Itaipu dam and stocked fish of du10; the loutres géantes, caïmans, hérons, orpaillage and
mercure of du11; the heat and the guardavidas of du12; the capelin, snow crab, shrimp and harp and
grey seals of du13; the merlan, tacaud and Brexit of du14; the abadejo, carbonero and maruca of
du15; the Asian elephants, rice fields and solar fences of du16; the chimpanzés and colobes of
Nyungwe (du17; 0 to the chimpanzee queries), and its eucalyptus and pins; the yerba mate, tareferos
and eucalipto of du18; the turtles, dugongs, shorebirds, seagrass and go-slow areas of du19; the
puffins (shearwaters in French, no Atlantic puffins), goélands, dauphins, the 5-knot limit and the
herbier de posidonie of du20; the posidonia, pardela balear, cormorán moñudo and delfines mulares
of du21; the bonxies, curlews and beachcombing of du22; the jardinage communautaire and parcs
nationaux of du23; the baño de bosque, humedales and observación de aves of du24; the elephants and
diesel and solar pumps of du25; the transhumants, éléphants and pompes solaires of du26; the
tapires, pecaríes and monos of du27; the cemetery and the crocodiles of Paga of du28 (0 to the
"crocodiles sacrés" query); the mare (no water point for wildlife), orpaillage, mooré and
nourrissage of du29; the pangolín, gorila and carne de monte of du30. For the country queries: du02
names no country but Guinea; du03 names no African country; du10 names no country but Brazil; du12
names Paraguay, Bolivia and Venezuela for the names of piranhas; du13 names only Canada; du14 names
Norway and Iceland; du15 names Mexico, Norway, Iceland and the Faroe Islands; du17 names no country
but Rwanda; du18 names no country but Argentina; du20 names Québec; du22 names only Scotland; du23
names only Canada; du28 names only Ghana; du30 names Gabon only in the name of the Gabon viper.

Ids (du01..du30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dr01..dr30, ds01..ds30), nor with records92.py's (dt01..dt30), and no earlier id starts with "du".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- chimpanzees -----------------------------------------------------------------------------
    ("du01", "project", "en",
     "Snare removal and forest corridors for the chimpanzees of Budongo Forest Reserve",
     "About 600 eastern chimpanzees (Pan troglodytes schweinfurthii) live in Budongo Forest "
     "Reserve, in the Masindi district of western Uganda, one of the largest populations of the "
     "country, in a forest also logged for its mahoganies. Wire snares set by villagers for "
     "duikers and bush pigs maim them: in the communities studied, about one adult in three has "
     "lost a hand or a foot or carries a snare wound. This project, run by a field research "
     "station with the National Forestry Authority, employs former hunters as snare removal teams "
     "who patrol 60 kilometres of transects each month, logs every snare with GPS, and offers the "
     "hunters loans for goat rearing and beekeeping in return for their wire. Veterinarians dart "
     "snared chimpanzees to free them when they can. The project also negotiates with sugarcane "
     "outgrowers who cleared riverine forest between Budongo and Bugoma, replants a corridor of "
     "native trees, and pays village scouts who warn farmers when chimpanzees raid maize, "
     "jackfruit or mango trees.",
     ("chimpanzees", "Pan troglodytes", "snares", "forest corridors", "Budongo Forest Reserve"),
     ("UG",), "2024-03"),
    ("du02", "dataset", "fr",
     "Chimpanzés de Bossou et des monts Nimba : effectifs, usage d'outils et suivi du couloir "
     "vert, 1976-2024",
     "Le petit groupe de chimpanzés de Bossou, au pied des monts Nimba en Guinée forestière, est "
     "suivi sans interruption depuis 1976 par des primatologues guinéens et japonais. Célèbres "
     "pour casser les noix de palmier à huile avec une enclume et un percuteur de pierre, ces "
     "chimpanzés de l'Ouest (Pan troglodytes verus) étaient dix-neuf en 2003 ; après l'épidémie "
     "respiratoire de cette année-là, ils ne sont plus que sept, et le groupe, isolé par les "
     "champs et la route, ne reçoit presque plus de femelles venues d'ailleurs. Ce jeu de données "
     "réunit les recensements annuels, les naissances et les décès, les observations au site "
     "expérimental de cassage de noix, les pièges photographiques posés dans la réserve de "
     "biosphère des monts Nimba, et la survie des arbres plantés depuis 1997 dans le couloir vert "
     "de savane qui sépare Bossou des forêts de Nimba. Il note aussi les pistes ouvertes par les "
     "prospections minières de fer. Les habitants manon, pour qui les chimpanzés sont des "
     "ancêtres réincarnés, ne les chassent pas.",
     ("chimpanzés", "Pan troglodytes verus", "usage d'outils", "monts Nimba",
      "corridors écologiques"),
     ("GN",), "2024-10"),
    ("du03", "case-study", "es",
     "Chimpancés rescatados de circos, fotógrafos de playa y casas particulares: veinticinco años "
     "de un centro de recuperación en Girona",
     "Hasta los años noventa, en las playas de la costa española había fotógrafos ambulantes que "
     "cobraban a los turistas por retratarse con crías de chimpancé vestidas de niño, y circos, "
     "anuncios de televisión y particulares compraban animales capturados en África tras matar a "
     "sus madres. Cuando crecían y se volvían peligrosos, acababan encerrados en jaulas de patios "
     "o de garajes. Este estudio de caso reúne la experiencia de un centro de rescate de primates "
     "fundado en 2000 en Riudellots de la Selva (Girona), que ha acogido a una veintena de "
     "chimpancés decomisados o cedidos. Explica cómo se forman grupos con individuos que nunca "
     "vivieron con otros de su especie, las instalaciones exteriores con vegetación, la atención "
     "veterinaria y el enriquecimiento de animales con estereotipias, y la formación de "
     "estudiantes y cuidadores. Analiza también el papel de CITES, que incluye al chimpancé en el "
     "Apéndice I, y de los registros autonómicos de fauna exótica, y explica por qué los "
     "chimpancés rescatados no pueden volver a la selva.",
     ("chimpancés", "centros de rescate de fauna", "comercio ilegal de especies", "CITES",
      "bienestar animal"),
     ("ES",), "2024-06"),
    # --- golden eagles ---------------------------------------------------------------------------
    ("du04", "project", "en",
     "Restoring golden eagles to the south of Scotland: young eagles moved to the Southern "
     "Uplands",
     "By 2017 only a few pairs of golden eagles (Aquila chrysaetos) held on in the Southern "
     "Uplands of Scotland, cut off from the Highland population by past persecution, loss of prey "
     "and the spread of conifer plantations. Since 2018 the South of Scotland Golden Eagle "
     "Project, a partnership of conservation charities, landowners and the national nature "
     "agency, has collected young eagles from nests in the Highlands and islands, under licence "
     "and with the consent of the estates, and released them in the Moffat Hills. Each eagle "
     "wears a satellite tag, so that the team can follow its first years, find carcasses quickly "
     "and pass any suspected poisoning or shooting to the police. The project also works with "
     "sheep farmers and grouse moor managers, advises wind farm developers on keeping turbines "
     "away from core ranges, and runs eagle-watching events and school visits in Moffat. More "
     "than forty golden eagles now live in the region, the most in over three centuries.",
     ("golden eagles", "Aquila chrysaetos", "translocation", "raptor persecution",
      "Southern Uplands"),
     ("GB",), "2024-11"),
    ("du05", "document", "fr",
     "Aigle royal et sports de nature dans les Pyrénées : guide pour limiter le dérangement des "
     "aires",
     "Dans les Pyrénées françaises, une cinquantaine de couples d'aigles royaux (Aquila "
     "chrysaetos) nichent dans des falaises et, plus rarement, dans de grands pins, des "
     "Pyrénées-Orientales aux Pyrénées-Atlantiques. Un couple n'élève en moyenne qu'un jeune tous "
     "les deux ans, et un dérangement répété en février et en mars, pendant la couvaison, peut "
     "faire échouer la reproduction. Ce guide, rédigé par le parc national des Pyrénées avec les "
     "fédérations de vol libre, de montagne et d'escalade, explique aux pratiquants comment "
     "reconnaître une aire occupée et les signes d'inquiétude de l'oiseau, et présente les zones "
     "de sensibilité où le survol en parapente, l'ouverture de nouvelles voies d'escalade et les "
     "vols de drones sont déconseillés de janvier à juillet. Il rappelle les règles pour les "
     "hélicoptères qui ravitaillent les refuges, la photographie à distance et la conduite à "
     "tenir devant un aiglon tombé du nid. Les cartes précises des aires ne sont pas publiées.",
     ("aigle royal", "Aquila chrysaetos", "dérangement de la faune", "sports de nature",
      "Pyrénées"),
     ("FR",), "2023-12"),
    ("du06", "need", "es",
     "Necesidad: monitoreo de nidos y corrección de líneas eléctricas para el águila real en "
     "Zacatecas y Sonora",
     "El águila real (Aquila chrysaetos), la del escudo nacional, sobrevive en México con apenas "
     "unas cien a ciento cincuenta parejas repartidas en los pastizales y las sierras del norte, "
     "sobre todo en Sonora, Chihuahua, Durango, Zacatecas, Aguascalientes y Jalisco. Sus "
     "principales amenazas son la electrocución en postes de distribución mal diseñados, los "
     "disparos, el saqueo de pollos de los nidos para venderlos y la pérdida de pastizales y de "
     "presas como liebres, conejos y ardillas de tierra. En el marco del Programa de Acción para "
     "la Conservación de la Especie, la dirección regional de áreas naturales protegidas y dos "
     "ejidos ganaderos solicitan apoyo para contratar monitores comunitarios que revisen cada "
     "temporada los nidos conocidos, comprar cámaras y equipo de ascenso, colocar aisladores y "
     "perchas antielectrocución en 300 postes señalados como peligrosos junto con la empresa "
     "eléctrica, y pagar incentivos a los ejidos que mantengan el pastoreo rotativo. Piden "
     "también análisis de plomo en las águilas halladas muertas.",
     ("águila real", "Aquila chrysaetos", "electrocución de aves", "pastizales",
      "monitoreo comunitario"),
     ("MX",), "2024-05"),
    # --- quails ----------------------------------------------------------------------------------
    ("du07", "dataset", "en",
     "Northern bobwhite quail on the plantations of the Red Hills: covey counts, fire and "
     "habitat, 1970-2024",
     "The northern bobwhite (Colinus virginianus), the quail of the American South, has declined "
     "by more than 80 percent across its range since the 1960s as fields grew larger, fallow "
     "corners disappeared and unburned pinewoods closed over. The Red Hills between Tallahassee, "
     "Florida, and Thomasville, Georgia, are an exception: large private plantations managed for "
     "quail hunting keep open pine woodlands with fire every one or two years. This dataset, "
     "maintained by a research station with plantation owners, holds autumn covey-call counts at "
     "400 listening points, spring whistle counts, banding and radio-tracking of more than 10,000 "
     "birds, nest fates, the area burned each year, hardwood thinning and supplemental feeding. "
     "It shows how covey numbers follow fire intervals and rainfall, and how nests are lost to "
     "raccoons, snakes and fire ants. Translocations of wild bobwhites to other states since 2000 "
     "are listed with their survival, as is the release of pen-reared quail on some properties.",
     ("quails", "northern bobwhite", "Colinus virginianus", "prescribed fire", "pine woodlands"),
     ("US",), "2024-08"),
    ("du08", "document", "fr",
     "La caille des blés dans les plaines céréalières : guide pour les agriculteurs et les "
     "chasseurs",
     "La caille des blés (Coturnix coturnix), seul gallinacé migrateur d'Europe, revient chaque "
     "printemps d'Afrique pour nicher dans les céréales, les prairies et les luzernes de la "
     "Beauce, de la Champagne ou du Poitou, où l'on entend les mâles lancer la nuit leur « paye "
     "tes dettes ». Ses effectifs varient beaucoup d'une année à l'autre, mais les moissons de "
     "plus en plus précoces détruisent les nids et les couvées tardives. Ce guide, préparé par "
     "l'Office français de la biodiversité avec des chambres d'agriculture et des fédérations "
     "départementales des chasseurs, propose de moissonner du centre vers l'extérieur, de laisser "
     "des bandes non récoltées et des intercultures, de retarder la fauche des luzernes là où des "
     "mâles chanteurs ont été repérés, et d'équiper les machines d'une barre d'effarouchement. Il "
     "explique le protocole de comptage des chanteurs aux points d'écoute et le suivi des "
     "prélèvements à la chasse, et rappelle pourquoi il ne faut pas lâcher de cailles japonaises "
     "d'élevage, qui s'hybrident avec l'espèce sauvage.",
     ("caille des blés", "Coturnix coturnix", "oiseaux des milieux agricoles", "moissons",
      "chasse"),
     ("FR",), "2024-03"),
    ("du09", "need", "es",
     "Necesidad: frenar las sueltas de codornices de granja y vigilar su hibridación con la "
     "codorniz común en Castilla-La Mancha",
     "En la media veda de agosto y septiembre, miles de cazadores salen a los rastrojos de cereal "
     "de la meseta a cazar la codorniz común (Coturnix coturnix), casi siempre con perro y, donde "
     "se permite, con reclamo. Para asegurar capturas, algunos cotos sueltan codornices de granja "
     "que resultan ser híbridos con la codorniz japonesa (Coturnix japonica): no migran, se "
     "cruzan con las silvestres y pueden transmitirles enfermedades, y los análisis genéticos ya "
     "han encontrado híbridos entre las aves cazadas en varias provincias. La consejería de "
     "desarrollo sostenible y una universidad solicitan apoyo para comprar kits de identificación "
     "genética, muestrear aves de las granjas proveedoras y de los cotos, formar a los agentes "
     "medioambientales en la inspección de las sueltas y ampliar en primavera las estaciones de "
     "anillamiento con reclamo acústico. Piden también estudiar cómo afectan a los nidos la "
     "cosecha temprana del cereal, el paso de secano a regadío y la desaparición de los "
     "barbechos.",
     ("codorniz común", "Coturnix coturnix", "hibridación", "caza menor",
      "aves de medios agrarios"),
     ("ES",), "2024-07"),
    # --- piranhas --------------------------------------------------------------------------------
    ("du10", "dataset", "en",
     "Piranhas of the upper Paraná: spread after the Itaipu dam, catches and bather injuries, "
     "1983-2023",
     "When the Itaipu reservoir filled in 1982, it drowned the Sete Quedas falls, the natural "
     "barrier between the lower and the upper Paraná. Fish from downstream moved up, among them "
     "the piranha Serrasalmus marginatus, which within a few years became the dominant piranha of "
     "the upper river's floodplain and displaced the native Serrasalmus maculatus. This dataset, "
     "assembled by a university limnology group, brings together quarterly gillnet surveys at 12 "
     "floodplain and reservoir sites, the stomach contents of 6,000 piranhas, mostly fins and "
     "scales bitten from other fish, and the spread of the red-bellied piranha (Pygocentrus "
     "nattereri) into reservoirs of the Tietê and Grande rivers, where it was probably introduced "
     "with stocked fish. It also holds the injuries reported by health posts at reservoir beaches "
     "in São Paulo state, nearly all bites on feet and hands in warm, shallow water near nests "
     "guarded by adults in spring and summer, and fishers' reports of piranhas damaging catches "
     "in nets.",
     ("piranhas", "Serrasalmus", "freshwater fish", "reservoirs", "upper Paraná River"),
     ("BR",), "2023-09"),
    ("du11", "document", "fr",
     "Piraïs et pacous des fleuves de Guyane : guide pour les pêcheurs, les piroguiers et les "
     "baigneurs",
     "Sur le Maroni, l'Oyapock et leurs affluents, on appelle piraïs les piranhas, dont le piraï "
     "noir (Serrasalmus rhombeus), qui peut dépasser quarante centimètres, et pacous leurs "
     "cousins herbivores, très recherchés pour leur chair. Ce guide du Parc amazonien de Guyane "
     "et de l'Office de l'eau présente les espèces et leur rôle de nettoyeurs des rivières et de "
     "proies pour les loutres géantes, les caïmans et les hérons, et rappelle que les morsures de "
     "piraï sont rares : elles surviennent surtout à l'étiage, près des dégrads où l'on vide le "
     "poisson, ou quand on se baigne avec une plaie. Il explique aussi que les pacous se "
     "nourrissent dans les sauts de l'herbe à pacou (Mourera fluviatilis), une plante des rochers "
     "battus par le courant que détruisent les barrages et la boue rejetée par l'orpaillage "
     "illégal, et propose des tailles minimales de capture et une fermeture de la pêche au pacou "
     "pendant la montée des eaux. Le mercure des sites d'orpaillage fait l'objet d'une autre "
     "fiche.",
     ("piranhas", "piraïs", "pacous", "poissons d'eau douce", "Parc amazonien de Guyane"),
     ("GF",), "2023-05"),
    ("du12", "case-study", "es",
     "Mordeduras de palometas en los balnearios de Rosario: qué pasó en la Navidad de 2013 y qué "
     "se aprendió",
     "El 25 de diciembre de 2013, con más de 38 °C, unas setenta personas sufrieron mordeduras de "
     "palometas en un balneario de la costa del Paraná en Rosario; varias perdieron parte de un "
     "dedo. En el Litoral argentino se llama palometas a las pirañas (Pygocentrus nattereri y "
     "especies de Serrasalmus), que en partes de Paraguay y Bolivia se conocen como pirayas y en "
     "Venezuela como caribes. Este estudio de caso, preparado por la municipalidad con "
     "investigadores de la universidad nacional, reconstruye el episodio: aguas bajas y cálidas, "
     "cardúmenes atraídos por restos de carnada y de comida arrojados por pescadores y bañistas, "
     "y adultos que cuidan sus nidos en la vegetación de la orilla. Describe las medidas que "
     "siguieron: redes de contención en la zona de baño, carteles, guardavidas formados en "
     "primeros auxilios, limpieza de la costa y muestreos de peces cada verano. Concluye que las "
     "palometas no son una plaga sino parte del río, y que su mala fama perjudica la conservación "
     "de los peces del Paraná.",
     ("pirañas", "palometas", "peces de agua dulce", "balnearios", "río Paraná"),
     ("AR",), "2024-01"),
    # --- Atlantic cod ----------------------------------------------------------------------------
    ("du13", "case-study", "en",
     "Northern cod after the moratorium: Newfoundland's fishing communities from 1992 to the "
     "reopening of 2024",
     "On 2 July 1992 Canada closed the northern cod fishery off Newfoundland and Labrador after "
     "the spawning stock of Atlantic cod (Gadus morhua), once among the richest in the world, had "
     "fallen to about one percent of its former size under heavy offshore trawling. Some 30,000 "
     "people lost their work almost overnight. This case study traces the three decades since "
     "then: the income support programmes, the outmigration from outport communities, the shift "
     "of inshore fishers to snow crab and shrimp, and the slow and uneven recovery of the stock, "
     "held back by the collapse of capelin, its main prey, and by changing ocean conditions. It "
     "examines the sentinel fisheries that kept fishers' knowledge in the scientific surveys, the "
     "long debate over harp and grey seals, and the decision of June 2024 to end the moratorium "
     "and reopen a commercial fishery with a total allowable catch of 18,000 tonnes, which some "
     "scientists judged premature for a stock still far below its historical abundance.",
     ("Atlantic cod", "Gadus morhua", "fisheries collapse", "fishing communities",
      "Newfoundland and Labrador"),
     ("CA",), "2024-09"),
    ("du14", "event", "fr",
     "Journée d'échanges : le cabillaud de la Manche et de la mer du Nord face au réchauffement, "
     "à Boulogne-sur-Mer",
     "Le cabillaud (Gadus morhua), que l'on appelle morue lorsqu'il est salé ou séché, a presque "
     "disparu des débarquements des chalutiers boulonnais : le stock de mer du Nord, de l'est de "
     "la Manche et du Skagerrak reste fragile, et le réchauffement des eaux pousse les poissons "
     "vers le nord et vers le fond. Le comité régional des pêches, l'Ifremer et le parc naturel "
     "marin des estuaires picards et de la mer d'Opale organisent une journée d'échanges au port "
     "de Boulogne-sur-Mer, premier port de pêche français. Au programme : l'état du stock et les "
     "avis scientifiques, les frayères fermées à la pêche en hiver, les chaluts plus sélectifs "
     "qui laissent échapper les jeunes cabillauds, les effets du Brexit sur l'accès aux eaux "
     "britanniques, et le marché, où le cabillaud importé de Norvège et d'Islande remplace le "
     "poisson local. Des mareyeurs et un lycée hôtelier présenteront des recettes avec le merlan "
     "et le tacaud. Entrée libre, inscription conseillée.",
     ("cabillaud", "morue", "Gadus morhua", "pêche durable", "mer du Nord"),
     ("FR",), "2023-11"),
    ("du15", "document", "es",
     "Bacalao responsable: guía para elegir bacalao salado, desalado y fresco de pesquerías "
     "sostenibles",
     "España es uno de los mayores consumidores de bacalao (Gadus morhua) de Europa, sobre todo "
     "salado y desalado, y en México y otros países de América Latina el bacalao a la vizcaína es "
     "plato de Navidad. Casi todo llega hoy del mar de Barents, de Noruega, de Islandia y de las "
     "islas Feroe, donde faenan también arrastreros bacaladeros con base en Galicia y el País "
     "Vasco. Esta guía, preparada por una organización de consumidores con la secretaría general "
     "de pesca, explica qué poblaciones de bacalao están bien gestionadas y cuáles siguen "
     "agotadas, cómo leer la etiqueta (denominación comercial, nombre científico, zona FAO y arte "
     "de pesca) y por qué a veces se vende como bacalao el abadejo de Alaska, el carbonero o la "
     "maruca, especies distintas que deben etiquetarse con su nombre. Da consejos a las tiendas "
     "de salazones, las pescaderías y los restaurantes, y recuerda la historia de los bacaladeros "
     "que durante siglos faenaron en aguas lejanas del Atlántico norte.",
     ("bacalao", "Gadus morhua", "pesca sostenible", "etiquetado", "consumo responsable"),
     ("ES",), "2024-11"),
    # --- tea -------------------------------------------------------------------------------------
    ("du16", "case-study", "en",
     "Elephant-friendly tea in Assam: how tea gardens changed their drains, fences and spraying",
     "In Assam, where tea (Camellia sinensis) has been grown since the 1830s, tea gardens cover "
     "more than 300,000 hectares between the Brahmaputra and the foothills, and Asian elephants "
     "walk through them at night on their way between forest patches, feeding in neighbouring "
     "rice fields. Deep drainage ditches trap calves, illegal live wires kill adults, and "
     "workers' lines are raided for stored rice. This case study follows tea estates in Sonitpur "
     "and Golaghat that joined a certification for elephant-friendly tea launched in 2017 by a "
     "network of wildlife-friendly enterprises and a university: they filled or sloped the "
     "drains, replaced live wires with low-voltage solar fences, kept passages between sections "
     "of tea bushes, planted native shade trees and stopped spraying pesticides near streams and "
     "wetlands. It reports fewer elephant deaths and injuries, the premium paid by buyers, the "
     "cost for small tea growers, and the fears of tea pluckers who meet herds at dawn.",
     ("tea", "tea gardens", "human-wildlife conflict", "certification", "Assam"),
     ("IN",), "2024-02"),
    ("du17", "project", "fr",
     "Des théiers aux lisières de Nyungwe : théiculture et zone tampon du parc national au Rwanda",
     "Au sud-ouest du Rwanda, les plantations de thé de Gisakura, de Kitabi et de Gisovu "
     "s'étendent jusqu'aux lisières du parc national de Nyungwe, l'une des plus vastes forêts de "
     "montagne d'Afrique, où vivent chimpanzés, colobes et plus de 300 espèces d'oiseaux. Le thé "
     "est l'une des premières exportations du pays, et des milliers de petits planteurs regroupés "
     "en coopératives livrent leurs feuilles vertes aux usines voisines. Ce projet, porté par "
     "l'office de développement chargé des parcs et une ONG de conservation avec les coopératives "
     "de théiculteurs, aménage une zone tampon où les eucalyptus et les pins sont peu à peu "
     "remplacés par des arbres indigènes, plante des arbres d'ombrage dans les parcelles de "
     "théiers, limite les engrais et les herbicides sur les pentes et forme les cueilleuses à "
     "signaler les feux et le braconnage. Il suit aussi les oiseaux forestiers qui fréquentent "
     "les théiers ombragés, et verse une prime aux coopératives qui n'étendent pas leurs "
     "plantations vers la forêt.",
     ("thé", "théiculture", "zones tampons", "forêts de montagne", "Nyungwe"),
     ("RW",), "2023-10"),
    ("du18", "need", "es",
     "Necesidad: fajas de monte nativo y secaderos sin leña del monte en las chacras de té de "
     "Misiones",
     "Misiones y el norte de Corrientes producen casi todo el té de la Argentina, uno de los "
     "mayores exportadores del mundo, en chacras de colonos de Oberá, Campo Viera y Campo Grande "
     "plantadas sobre la tierra colorada donde antes crecía la selva paranaense. La cosecha de "
     "brotes, casi toda mecánica, va de octubre a mayo, y los secaderos queman leña, a menudo "
     "sacada del monte nativo; como en los yerbales, muchos trabajadores son tareferos "
     "temporarios. Una cooperativa de productores y el ministerio provincial de ecología "
     "solicitan apoyo para restaurar las fajas de monte a lo largo de los arroyos que exige la "
     "ley, unir los remanentes de selva entre las chacras con el Corredor Verde, cambiar los "
     "hornos de los secaderos por calderas más eficientes alimentadas con leña de eucalipto "
     "implantado, y ensayar el cultivo de té bajo árboles nativos como el cedro misionero y el "
     "lapacho. Piden también un relevamiento de aves y mamíferos en las chacras. La yerba mate, "
     "otra planta, no es objeto de la solicitud.",
     ("té", "chacras de té", "selva paranaense", "corredores biológicos", "Misiones"),
     ("AR",), "2024-04"),
    # --- jet skis --------------------------------------------------------------------------------
    ("du19", "dataset", "en",
     "Jet skis in Moreton Bay Marine Park: personal watercraft use, infringements and wildlife "
     "disturbance, 2015-2024",
     "Registrations of personal watercraft, the jet skis of everyday speech, have more than "
     "doubled in south-east Queensland in ten years, and Moreton Bay Marine Park, a Ramsar site "
     "next to Brisbane, receives thousands of them on summer weekends. This dataset, compiled by "
     "the state marine parks agency with a university, brings together jet ski counts from aerial "
     "surveys and shore cameras, the infringement notices issued by marine park and water police "
     "officers for speeding in go-slow areas or riding in green zones, the turtles and dugongs "
     "found dead with propeller or hull injuries, and observations of migratory shorebirds "
     "flushed from high-tide roosts on sandbanks. It also lists commercial jet ski tours and "
     "residents' noise complaints along the Gold Coast Broadwater. The data show that most "
     "disturbance comes from a minority of riders in shallow seagrass areas, and they were used "
     "to design new exclusion zones and a compulsory rider education course.",
     ("personal watercraft", "jet skis", "marine parks", "wildlife disturbance", "Moreton Bay"),
     ("AU",), "2024-12"),
    ("du20", "document", "fr",
     "Jet-skis et scooters des mers dans le Parc national des Calanques : règles et bonnes "
     "pratiques",
     "Chaque été, des centaines de véhicules nautiques à moteur, qu'on appelle jet-skis ou "
     "scooters des mers en France et motomarines au Québec, longent les calanques de Marseille à "
     "Cassis. Leur vitesse, leur bruit et leurs passages répétés au pied des falaises dérangent "
     "les puffins et les goélands qui nichent sur l'archipel de Riou, effraient les dauphins et "
     "inquiètent plongeurs et baigneurs des criques. Ce document du parc national rappelle la "
     "réglementation : vitesse limitée à 5 nœuds dans la bande des 300 mètres, chenaux d'accès "
     "balisés, interdiction de circuler dans certaines calanques et autour des îlots en zone de "
     "non-prélèvement, permis bateau obligatoire. Il présente les randonnées encadrées proposées "
     "par les loueurs signataires de la charte du parc, les contrôles menés avec les affaires "
     "maritimes et la gendarmerie, et les secteurs où le mouillage sur l'herbier de posidonie est "
     "interdit. Il donne enfin les infractions relevées depuis 2019.",
     ("véhicules nautiques à moteur", "jet-skis", "parcs nationaux", "dérangement de la faune",
      "Calanques"),
     ("FR",), "2024-05"),
    ("du21", "need", "es",
     "Necesidad: ordenar el alquiler de motos de agua frente a las praderas de posidonia y los "
     "islotes de Ibiza y Formentera",
     "En Ibiza y Formentera, las empresas de alquiler de motos de agua, o motos acuáticas, "
     "ofrecen cada verano excursiones en grupo desde las playas de Sant Antoni, Platja d'en Bossa "
     "y Cala Vedella hacia los islotes del Parque Natural de ses Salines. Los agentes de medio "
     "ambiente observan motos que entran en las zonas balizadas para bañistas, pasan a toda "
     "velocidad sobre las praderas de posidonia y molestan a las colonias de pardela balear y de "
     "cormorán moñudo de los islotes. El servicio de agentes y la dirección del parque natural "
     "solicitan apoyo para instalar boyas ecológicas que delimiten los canales de salida, un "
     "sistema de seguimiento por GPS de las motos de alquiler, una campaña con las empresas y las "
     "escuelas náuticas, y un estudio del ruido submarino y de su efecto sobre los delfines "
     "mulares. Piden además formar a los agentes del servicio marítimo de la Guardia Civil en la "
     "identificación de especies protegidas.",
     ("motos de agua", "motos acuáticas", "turismo náutico", "posidonia", "Ibiza y Formentera"),
     ("ES",), "2024-03"),
    # --- nature prescriptions --------------------------------------------------------------------
    ("du22", "case-study", "en",
     "Nature prescriptions in Shetland: family doctors prescribing birdwatching, beachcombing and "
     "walks",
     "In 2017 the general practices of Shetland, with the islands' health board and a bird "
     "conservation charity, began offering patients a nature prescription: alongside or instead "
     "of medicines, doctors and nurses gave people living with anxiety, depression, high blood "
     "pressure or loneliness a leaflet with a calendar of things to do outdoors each month, from "
     "looking for the first bonxies in April to listening to curlews, beachcombing after a storm "
     "or simply touching a rock. This case study reviews seven years of the scheme, later taken "
     "up by practices in Edinburgh and elsewhere in Scotland: how many patients were referred, "
     "what they did, what they and their doctors reported, and its low cost compared with other "
     "forms of social prescribing. It discusses how the calendar was written for each place with "
     "local naturalists, why it never says where rare birds nest, and the barriers that remain "
     "for people with little mobility or who live in towns with little green space.",
     ("nature prescriptions", "social prescribing", "health and well-being", "primary care",
      "Shetland"),
     ("GB",), "2024-01"),
    ("du23", "support-source", "fr",
     "Offre : formation gratuite pour les professionnels de la santé qui veulent prescrire la "
     "nature avec PaRx",
     "PaRx, le programme canadien de prescriptions de nature lancé en Colombie-Britannique en "
     "2020 et offert depuis dans plusieurs provinces, dont le Québec, propose aux médecins, "
     "infirmières praticiennes, psychologues, pharmaciens et autres professionnels de la santé "
     "une formation en ligne gratuite d'une heure, en français et en anglais. Elle présente les "
     "données sur les bienfaits du contact avec la nature pour la santé physique et mentale, la "
     "dose recommandée, au moins deux heures par semaine dehors, par périodes d'au moins vingt "
     "minutes, et la façon de rédiger une prescription adaptée à chaque patient, qu'il habite "
     "près d'un parc national ou dans un quartier où il n'y a qu'un boisé urbain ou une berge de "
     "rivière. Les professionnels inscrits reçoivent un code de prescripteur et des fiches à "
     "remettre aux patients, et peuvent prescrire un laissez-passer gratuit pour les parcs "
     "nationaux du Canada. Une trousse explique comment relier la prescription aux activités des "
     "organismes de conservation et des municipalités, comme les corvées de nettoyage des berges "
     "ou le jardinage communautaire.",
     ("prescriptions de nature", "santé et nature", "professionnels de la santé", "formation",
      "PaRx"),
     ("CA",), "2024-04"),
    ("du24", "project", "es",
     "Recetas de naturaleza: los centros de salud de Vitoria-Gasteiz prescriben paseos por el "
     "Anillo Verde",
     "El Anillo Verde de Vitoria-Gasteiz, un cinturón de parques, humedales y bosques periurbanos "
     "como Salburua, Armentia y Zabalgana recuperados desde los años noventa, rodea casi toda la "
     "ciudad. En este proyecto, el ayuntamiento, el Centro de Estudios Ambientales y centros de "
     "salud de atención primaria ensayan la prescripción de naturaleza: médicos de familia y "
     "enfermeras entregan a pacientes con ansiedad, diabetes tipo 2, dolor crónico o soledad no "
     "deseada una receta de paseos semanales guiados por educadores ambientales, observación de "
     "aves en los humedales y jornadas de voluntariado de plantación. El proyecto mide a los seis "
     "meses la actividad física, el bienestar y el consumo de medicamentos de 300 pacientes "
     "frente a un grupo que recibe la atención habitual, recoge lo que cuentan los participantes "
     "y adapta los itinerarios a personas mayores y con movilidad reducida. La prescripción de "
     "naturaleza no es un baño de bosque: no pide una técnica, sino volver a salir al aire libre "
     "con regularidad.",
     ("prescripción de naturaleza", "recetas de naturaleza", "salud", "infraestructura verde",
      "Vitoria-Gasteiz"),
     ("ES",), "2024-09"),
    # --- water points for wildlife ---------------------------------------------------------------
    ("du25", "dataset", "en",
     "Artificial waterholes of Hwange National Park: pumping records, water levels and animal "
     "use, 2005-2024",
     "Hwange National Park, in western Zimbabwe, has almost no permanent surface water in the dry "
     "season, and since the 1930s its managers have pumped groundwater into artificial "
     "waterholes, which now number more than sixty and are kept running by the wildlife authority "
     "with a trust of volunteers. This dataset holds for each waterhole the daily hours of "
     "pumping, the replacement of diesel engines by solar pumps over the last decade, breakdowns, "
     "water levels and quality, and the animals counted at it during the annual 24-hour game "
     "count. It also records the drought of 2019, when more than two hundred elephants died, and "
     "the waterholes that dried up. The data feed a long debate on how many pumps to run: water "
     "everywhere lets elephants stay all year, trampling the vegetation around each pan and "
     "crowding out species that need dry areas, while closing waterholes in a drought could cause "
     "mass deaths. Pans that fill only with rain are mapped separately.",
     ("waterholes", "water points for wildlife", "drought", "savanna ecosystems",
      "Hwange National Park"),
     ("ZW",), "2024-10"),
    ("du26", "need", "fr",
     "Besoin : réhabiliter les mares et aménager des points d'eau pour la faune du parc national "
     "de la Pendjari",
     "Dans le parc national de la Pendjari, au nord-ouest du Bénin, les mares qui gardent l'eau "
     "pendant la longue saison sèche, comme la mare Bali ou la mare Yangouali, s'envasent et "
     "s'assèchent de plus en plus tôt, avec des pluies plus irrégulières et des chaleurs plus "
     "fortes. Buffles, hippotragues, bubales, éléphants et lions se concentrent alors sur les "
     "dernières flaques ou sortent du parc vers les champs et les puits des villages, où descend "
     "aussi le bétail des transhumants. Le gestionnaire du parc, avec la direction des eaux et "
     "forêts, demande un appui pour curer quatre mares en saison sèche sans détruire leurs "
     "berges, installer six forages équipés de pompes solaires alimentant des abreuvoirs éloignés "
     "des limites du parc, suivre par pièges photographiques la fréquentation de chaque point "
     "d'eau, et mesurer les niveaux et la qualité de l'eau. Il demande aussi une étude sur le "
     "risque de concentrer la faune autour des forages, où le braconnage et les maladies se "
     "propagent plus facilement.",
     ("points d'eau", "mares", "adaptation aux changements climatiques", "aires protégées",
      "Pendjari"),
     ("BJ",), "2024-02"),
    ("du27", "case-study", "es",
     "Aguadas secas en Calakmul: bebederos de emergencia para la fauna durante la sequía de "
     "2019-2020",
     "En la selva de Calakmul, en el sur de Campeche, no hay ríos ni lagos: en la temporada seca "
     "la fauna depende de las aguadas, depresiones del suelo calizo selladas por arcilla que "
     "retienen el agua de lluvia, y de las sartenejas, huecos en la roca. En 2019 y 2020 una "
     "sequía dejó secas casi todas las aguadas de la reserva de la biosfera, y los pobladores "
     "vieron tapires, pecaríes, monos y aves buscando agua en las comunidades, además de animales "
     "muertos. Este estudio de caso describe la respuesta de la reserva, de investigadores de El "
     "Colegio de la Frontera Sur y de los ejidatarios: bebederos de geomembrana llenados con "
     "pipas de agua, desazolve de aguadas, y cámaras trampa que mostraron qué especies los "
     "usaron. Analiza los costos y el riesgo de transmitir enfermedades cuando muchos animales "
     "beben en el mismo punto, y propone un protocolo para futuras sequías, ligado al pronóstico "
     "climático y a la vigilancia de los niveles de agua.",
     ("aguadas", "bebederos para fauna", "sequía", "selva maya", "Calakmul"),
     ("MX",), "2023-08"),
    # --- sacred animals and taboos ---------------------------------------------------------------
    ("du28", "case-study", "en",
     "Sacred monkeys of Boabeng-Fiema: how a taboo became a community wildlife sanctuary",
     "In the twin villages of Boabeng and Fiema, in Ghana's Bono East region, the black-and-white "
     "colobus and Lowe's mona monkeys of the surrounding forest are held to be children of the "
     "local deity, and a taboo forbids killing or harming them. When a dead monkey is found, it "
     "is wrapped in white cloth and buried in a coffin in its own cemetery. In the 1970s, after "
     "members of a new church challenged the taboo and some monkeys were killed, the traditional "
     "authorities and the wildlife department agreed to protect the forest by a by-law as the "
     "Boabeng-Fiema Monkey Sanctuary. This case study examines what has kept the sanctuary "
     "working for fifty years: the chiefs' role, visitor fees shared by a management committee, "
     "and the growth of the monkey population, and the strains from farm expansion, crop raiding, "
     "young people who no longer hold the belief and the isolation of the forest fragments. It "
     "compares other sacred animals of Ghana, such as the crocodiles of Paga.",
     ("sacred animals", "taboos", "monkeys", "community conservation", "Boabeng-Fiema"),
     ("GH",), "2023-04"),
    ("du29", "need", "fr",
     "Besoin : sauvegarder les crocodiles sacrés de Bazoulé et les interdits qui les protègent",
     "À Bazoulé, à une trentaine de kilomètres de Ouagadougou, une centaine de crocodiles, que "
     "les biologistes rattachent aujourd'hui au crocodile d'Afrique de l'Ouest (Crocodylus "
     "suchus), vivent dans la mare du village. Pour les habitants, ils sont sacrés : selon la "
     "tradition, un crocodile a guidé les ancêtres jusqu'à l'eau, il est interdit de les tuer ou "
     "de leur nuire, la mort d'un grand crocodile est pleurée comme celle d'un aîné, et les "
     "poulets sacrifiés lors de la fête annuelle les nourrissent. Mais la mare s'ensable, les "
     "crocodiles sortent plus souvent vers les champs, et les jeunes partis en ville ou sur les "
     "sites d'orpaillage connaissent mal les règles. Le comité villageois et la direction "
     "régionale de l'environnement demandent un appui pour recueillir auprès des anciens les "
     "récits et les interdits liés aux crocodiles, les transmettre dans les écoles en mooré et en "
     "français, former des guides, encadrer les visites et le nourrissage, et suivre avec un "
     "vétérinaire l'état de santé et le nombre des crocodiles.",
     ("animaux sacrés", "crocodiles", "savoirs traditionnels", "interdits", "patrimoine culturel"),
     ("BF",), "2024-02"),
    ("du30", "dataset", "es",
     "Tótems y prohibiciones alimentarias de los clanes fang de Río Muni: encuesta en 42 aldeas",
     "Entre los fang de la región continental de Guinea Ecuatorial, cada clan tiene animales que "
     "sus miembros no pueden cazar, tocar ni comer, porque un antepasado recibió su ayuda o "
     "porque comerlos traería enfermedad; otras prohibiciones afectan solo a las mujeres "
     "embarazadas o a los niños. Este conjunto de datos, reunido por la universidad nacional con "
     "el instituto de desarrollo forestal y gestión de áreas protegidas, registra las respuestas "
     "de 1.260 personas de 42 aldeas de las provincias Litoral, Centro Sur y Wele-Nzas, cerca de "
     "los parques nacionales de Monte Alén y Altos de Nsork: qué especies son tótem o tabú para "
     "cada clan, si la prohibición se sigue respetando. Entre los animales protegidos por la "
     "tradición figuran el pangolín, la tortuga, la víbora del Gabón, el gorila y varios "
     "antílopes. Los datos muestran que los tabúes siguen vivos en las aldeas, pero se olvidan en "
     "las ciudades y no impiden vender la carne de monte a otros. Se comparan con la lista de "
     "especies protegidas por la ley.",
     ("animales sagrados", "tabúes alimentarios", "tótems", "conocimientos tradicionales",
      "Río Muni"),
     ("GQ",), "2024-05"),
)  # fmt: skip
