"""Clearing-house records of the sixty-third judged relevance set
(tests/search/relevance/queries63.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on peccaries (the white-lipped peccary herds, the queixadas, of the
southern Pantanal; the cochon-bois and pakira hunted in the south of French Guiana; a need for the
huanganas and sajinos of Loreto and their certified pelts); on urban foxes (Bristol's red foxes and
the mange of 1994; a Brussels guide to the renard en ville; a need for the zorros culpeo and chilla
of Santiago's cerros islas); on fire ants (the eradication of the red imported fire ant, RIFA, in
South East Queensland; the fourmi électrique, the little fire ant, of Tahiti; the hormiga de fuego
pequeña, or hormiga colorada, eradicated from Marchena in Galápagos); on abalone (perlemoen
seizures and dive surveys of the Western Cape; the ormeaux of the Cotentin and Chausey; a need for
abulón seed and restocking for the cooperatives of Baja California); on macaques (long-tailed
macaques, an introduced primate and a laboratory export, on Mauritius; the magot of the Middle
Atlas cedar forests; a need for the macacos de Berbería seized in Ceuta, Melilla and Andalusia); on
sponges (the glass sponge reefs of Hecate Strait and the Strait of Georgia; the pêcheurs d'éponges
of the golfe de Gabès; the esponjeros and sponge farming of the golfo de Batabanó); on green
schoolyards (Chicago's asphalt schoolyards rebuilt for play and stormwater; the cours Oasis of
Paris; the refugios climáticos in the patios of Barcelona's schools); on walnut trees (the wild
walnut-fruit forests of Arslanbob; the noyer cendré of Québec and its canker; a need for nurseries
of nogal, the cedro negro, in Boyacá and Cundinamarca); on pearl farming (the black pearls of
Manihiki; the perliculture lagoons of the Tuamotu and Gambier; the ostras perleras and madreperla
of Panama's Archipiélago de las Perlas); and on marmots (tarbagan marmots, hunting and plague in
Mongolia; a Valais guide to the marmotte des Alpes; a need for a census of the marmota alpina
introduced into the Pyrenees). English, French and Spanish, 10 records each, every topic written
once in each language (different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records61.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (peccary, pécari, pecarí, Tayassu, Pecari, Dicotyles, javelina,
queixada, cateto, cochon-bois, pakira, huangana, sajino, báquiro, chancho de monte; fox, Vulpes,
renard, renardeau, zorro, Lycalopex, culpeo, chilla, flying fox; fire ant, Solenopsis, Wasmannia,
RIFA, ant, fourmi, fourmi de feu, fourmi électrique, hormiga, hormiga de fuego, hormiga colorada;
abalone, Haliotis, perlemoen, pāua, ormeau, abulón, oreja de mar; macaque, Macaca, Barbary, magot,
macaque de Barbarie, macaco, mono, singe, monkey, primate; sponge, Spongia, Porifera, éponge,
spongiculture, esponja, esponjero; schoolyard, school grounds, playground, cour d'école, cours
Oasis, cour de récréation, îlot de fraîcheur, patio escolar, patio, recreo, refugio climático;
walnut, Juglans, butternut, noyer, noyer cendré, noix, nogal, nuez, nueces, tocte, cedro negro;
pearl, Pinctada, nacre, perle, perliculture, huître perlière, perla, perlicultura, madreperla,
nácar, ostra perlera; marmot, Marmota, tarbagan, marmotte, marmota). Screened and dropped as
covered: cacti (u18), natural dyes (the black henna and hair dye pages bi22-bi24 and the grana
cochinilla and añil of cc30, as set 55 judged), termites (the fipronil case study bi05, whose
subjects name termites), vineyards and viticulture (bh05, bu26, bw26, bw27, whose subjects name
viticulture), crown-of-thorns starfish (bi28-bi30), squid fleets (br19-br21), seahorses (s07-s09),
fireflies (s22-s24), manatees (bm04-bm06), iguanas (bz01-bz03), bison (bv01-bv03), storks
(bt01-bt03), snow leopards (z28, z30), sea urchins (y13), octopus closures (bt17), cork oaks
(y22-y24), wild boar (bn13-bn15), donkeys (bz28-bz30), bamboo (ba10-ba12), street trees (w12,
by27), school gardens (r07), giant African snails (bf07-bf09), dung beetles (bm16-bm18), caves and
cenotes (r01-r03), besides the topics of sets 42 to 61 and those their docstrings list as covered,
and the chemicals, waste, pollution, energy and biosafety topics left to set 62; screened with no
or passing hits but not chosen: reindeer herding, moose, kingfishers, eiders, hyenas (named by the
poisoning pages i22 and w35), lemurs, okapis, fonio, baobabs (u16).

The nearest are the Kaikōura uplift dataset, whose subjects name the pāua (abalone) killed on the
raised reefs and whose text follows the pāua stock assessments that reopened the fishery (ca25),
judged 1 to the general abalone queries, while the abalone farming bays of the acidification
dataset (x19) and the ormeaux among the shellfish of the Breton shore fishing guide (by11) are
passing; the Christmas Island dataset on red crabs and yellow crazy ants, whose subjects name
invasive ants (by01), judged 1 to the invasive ant queries, while the yellow crazy ant is no fire
ant, the fourmi électrique among the threats of the New Caledonian dry forest guide (bw05), the
ants killed by mirex (q24) and the fourmis of the fipronil page (bi05) are passing; the two golden
molecule pages whose subjects name the sponge that makes the molecule (@scalaradial, @neamphine),
judged 1 to the general sponge queries, while the éponges that colonise artificial reefs and
seamounts (bh17, bh23) are passing; the red foxes of the Mount Auburn cemetery (cm25) and the
renards of the Père-Lachaise (cm26), the foxes that take plover chicks (cc13), the fox and cat
control of by28, the foxes tangled in masks (cf13), the renard among the intruders of the livestock
guardian dog guide (bz11) and the zorros of the Chaco roads (be24), of the Patagonian puma fences
(bw21), of the poison page (bz12) and of the Andean sky lore (ce24), all passing; the macaque de
Barbarie returning to restored cedar forests (v38) and the primate and monkey trade pages (r10,
o04, o06), broader or passing; the cours d'école and school grounds named in passing by the leaded
petrol dust, hummingbird, UV index, plastic paving, milkweed and Miyawaki pages (bm02, bn02, cd26,
cn29, i16, bg16), the sensors in school patios (cd06) and the school gardens of the Kenyan
eco-schools (r07), none about greening the schoolyard; the nogales among the fruit trees of ci15;
and the perliculture des Tuamotu cited by the flying fish page only to compare incomes (ck11), the
pearl button factories of the freshwater mussel page (br01) and the islas de las Perlas of the
crown-of-thorns dataset (bi30), none about pearl farming. No page names a peccary or a marmot.
records62.py (ids cp01..cp30, shore power, building energy codes, district cooling, disinfectant
spraying, bed bugs, acid attacks, coffee capsules, ground-level ozone, supreme audit institutions
and genetically modified apples), written at the same time by another engineer, was searched for
the same words once it was finished: none of its records is about these topics (its only hits are
passing: the escuelas whose outdoor activities are suspended during the ozone contingencies of the
Valle de México, cp24, no schoolyard page, and the Polynésie française of the SWAC of the Taaone
hospital, cp08, no pearl or fire ant page).

Traps: the jaguar kills, fire scars and feral pigs of cq01 and the mercure and orpaillage of cq02
are other topics named in passing; the CITES permits and curtiembres of cq03 are passing; the food
put out for foxes by Bristol residents (cq04), the advice not to feed the Brussels foxes (cq05),
the nourrissage of the magots by visitors (cq14) and the marmottes fed along the Valais trails
(cq29) are passing mentions of set 59's topic, tourists feeding wild animals; the corsac foxes of
the Mongolian steppe (cq28) and the zorro that preys on marmots in the Pyrenees (cq30) are passing,
0 to the fox queries; the electric ant, or little fire ant, eliminated around Cairns by the
Queensland programme (cq07) is a side task of that page, 1 to "fourmi électrique"; the cocoteraies
of cq08 and cq26 and the coprah of cq26 are set 61's coconut palms in passing; the tortugas
gigantes of cq09; the sea urchins, rock lobsters and kelp of cq10, and the sargazo gigante of cq12,
which in Mexico is the giant kelp (Macrocystis), not the sargassum of the sargazo pages (w31-w33),
with its langosta and its ola de calor marina; the coquille nacrée of the ormeau (cq11) is no
pearl; the pink pigeon of cq13 and the cedars of cq14; the charfia of Kerkennah (cq17), fixed
fisheries that are fish weirs, and the herbiers of cq17 and seibadales and langosta of cq18 are
passing; the artificial turf fields and the green roof of cq19, the toitures végétalisées, haies
and canicules of cq20 and the olas de calor and sequía of cq21 are other sets' topics in passing;
the late frosts, codling moth and homestays of cq22, the érablières of cq23 and the tinte café of
the ruanas and the cercas vivas of cq24 are passing (no natural dye or hedgerow page); the plague
of cq28 is a zoonosis named as a risk. For the country queries: the French Polynesia that flooded
the pearl market (cq25) makes cq25 about French Polynesia, the research centre of La Paz, México,
that advises the Panamanian farm (cq27) makes cq27 about Mexico, and the Marruecos where the
macaques of cq15 are bought, whose Atlas forests the trade empties, makes cq15 about Morocco in
part; cq03 names no Brazil (the Yavarí is named as a river) and cq02 names none (its garimpeiros
are named as gold miners).

Ids (cq01..cq30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cn01..cn30, co01..co30), nor with records62.py's (cp01..cp30), and no earlier id starts with "cq".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- peccaries ----------------------------------------------------------------------------
    ("cq01", "dataset", "en",
     "White-lipped peccary herds of the southern Pantanal: GPS collars, camera traps and "
     "waterhole counts, 2013-2024",
     "White-lipped peccaries (Tayassu pecari), the queixadas of Brazilian ranchers, roam forests "
     "and wetlands in herds of fifty to several hundred animals, rooting, wallowing and "
     "dispersing palm seeds, and they are the first large mammals to vanish when forests are "
     "cleared or overhunted. This dataset, kept by a peccary research team of the state "
     "university of Mato Grosso do Sul with cattle ranches of the Nhecolândia and Aquidauana "
     "regions, holds the positions of 48 collared adults, herd sizes counted at waterholes in "
     "the dry season and camera-trap records from 160 stations, which also capture the smaller "
     "collared peccary, the cateto. It links the movements of herds to flooding, to the fire "
     "scars of 2020 and to the loss of forest islands to planted pasture, and lists herds that "
     "disappeared from the Cerrado uplands. Feral pigs, the porcos-monteiros, are recorded at "
     "the same stations, and jaguar kills of peccaries are noted. The data are shared with the "
     "IUCN peccary specialist group.",
     ("peccaries", "Tayassu pecari", "wetlands", "camera traps", "Pantanal"),
     ("BR",), "2024-10"),
    ("cq02", "project", "fr",
     "Chasse durable du cochon-bois et du pakira dans le sud de la Guyane",
     "Dans les villages amérindiens et les bourgs du Haut-Maroni et de l'Oyapock, la viande de "
     "pécari reste le premier gibier : le pécari à lèvres blanches, que l'on appelle ici "
     "cochon-bois, se déplace en grandes bandes bruyantes, tandis que le pécari à collier, le "
     "pakira, vit en petits groupes. Ce projet du Parc amazonien de Guyane, mené avec les "
     "chasseurs wayana, teko, wayãpi et aluku et l'Office français de la biodiversité, fait "
     "tenir des carnets de chasse dans six villages, suit les passages des bandes par pièges "
     "photographiques et par les récits des chasseurs, et cartographie les zones de chasse "
     "autour des bourgs. Il discute avec les autorités coutumières de règles locales : ne pas "
     "tirer dans une bande de femelles suitées, limiter la viande vendue à Maripasoula et à "
     "Cayenne, et surveiller les abords des sites d'orpaillage illégal où les garimpeiros "
     "chassent sans limite. Il mesure aussi le mercure dans la viande de gibier.",
     ("pécaris", "cochon-bois", "chasse de subsistance", "gibier", "Parc amazonien de Guyane"),
     ("GF",), "2023-11"),
    ("cq03", "need", "es",
     "Necesidad: planes de manejo de huanganas y sajinos y certificación de pieles en "
     "comunidades de Loreto",
     "En las cuencas del Tahuayo, del Yavarí y del Marañón, las familias ribereñas cazan la "
     "huangana (Tayassu pecari) y el sajino (Pecari tajacu), los dos pecaríes amazónicos, para "
     "comer y para vender la carne de monte en Iquitos; sus pieles, secadas y vendidas a "
     "acopiadores, se exportan con permisos CITES a las curtiembres que hacen guantes y zapatos "
     "finos en Europa. Las comunidades de la Reserva Comunal Tamshiyacu Tahuayo, con el gobierno "
     "regional y el SERFOR, solicitan apoyo para actualizar sus planes de manejo de fauna con "
     "los registros de caza de los mitayeros, censos por transectos y en las collpas, capacitar "
     "a jóvenes en el secado de pieles con la trazabilidad que se exige y negociar un mejor "
     "precio con los compradores. Piden además estudiar por qué las manadas de huanganas "
     "desaparecieron durante varios años de la zona, como ocurrió en otras partes de la "
     "Amazonía, y un fondo para los comités de vigilancia que controlan la entrada de cazadores "
     "de fuera.",
     ("pecaríes", "huangana", "sajino", "manejo de fauna silvestre", "carne de monte"),
     ("PE",), "2024-05"),
    # --- urban foxes --------------------------------------------------------------------------
    ("cq04", "case-study", "en",
     "Foxes in the suburbs: thirty years of Bristol's urban red foxes",
     "Red foxes (Vulpes vulpes) moved into British cities in the 1930s, as low-density suburbs "
     "with large gardens spread, and Bristol became the best-studied urban fox population in the "
     "world. This case study brings together the university's radio-tracking and night counts "
     "since the 1980s, when fox family groups held territories of barely 30 hectares, the "
     "outbreak of sarcoptic mange in 1994 that killed more than 95 per cent of the city's foxes "
     "within two years, and the slow recovery that followed. It draws on surveys of residents, "
     "most of whom like seeing foxes while a minority complain of dug-up lawns, screaming in the "
     "mating season and torn rubbish bags, and on the council's choice not to cull but to advise "
     "on fox-proof bins, secure chicken runs and blocked gaps under sheds. Residents who put out "
     "food for foxes every night are discussed as a possible route for mange. It also explains "
     "why reports of foxes attacking people remain extremely rare.",
     ("urban foxes", "red fox", "urban wildlife", "sarcoptic mange", "human-wildlife coexistence"),
     ("GB",), "2023-03"),
    ("cq05", "document", "fr",
     "Le renard en ville : guide pour cohabiter avec les renards de la Région de "
     "Bruxelles-Capitale",
     "Le renard roux s'est installé à Bruxelles dans les années 1980 ; on compte aujourd'hui un "
     "à deux renards par kilomètre carré dans les communes de la seconde couronne, au "
     "Rouge-Cloître, en forêt de Soignes et jusque dans les jardins d'Ixelles et de Schaerbeek. "
     "Ce guide de l'administration régionale de l'environnement répond aux questions des "
     "habitants : que fait un renard dans mon jardin, faut-il s'inquiéter d'un renardeau seul en "
     "mai, comment protéger ses poules, que faire d'un renard blessé ou galeux. Il explique "
     "pourquoi il ne faut pas nourrir les renards, comment fermer les sacs-poubelle et les "
     "composts, et rappelle que la rage a disparu de Belgique tandis que l'échinococcose "
     "alvéolaire, rare, justifie de laver les légumes du potager. Le guide décrit aussi le rôle "
     "du renard contre les rats et les lapins, et précise que sa chasse et son piégeage sont "
     "interdits dans la région.",
     ("renard roux", "renards en ville", "faune urbaine", "cohabitation", "nature en ville"),
     ("BE",), "2022-10"),
    ("cq06", "need", "es",
     "Necesidad: manejo de zorros culpeo y chilla en los cerros islas y la precordillera de "
     "Santiago",
     "En los cerros islas de Santiago, como el San Cristóbal, el Renca y el Chena, y en las "
     "quebradas de la precordillera de Lo Barnechea, Peñalolén y La Florida, los zorros culpeo "
     "(Lycalopex culpaeus) y chilla (Lycalopex griseus) se ven cada vez más cerca de las casas, "
     "sobre todo desde las cuarentenas de 2020, cuando aparecieron en calles vacías. Se les "
     "encuentra atropellados en las autopistas, enfermos de distemper contagiado por perros sin "
     "dueño y hurgando la basura de tomas y condominios. El Parque Metropolitano y la SEREMI de "
     "Medio Ambiente solicitan apoyo para un monitoreo con cámaras trampa y collares GPS de los "
     "zorros en la ciudad, exámenes sanitarios, pasos de fauna bajo las autopistas, un protocolo "
     "con los municipios para atender los avistamientos y una campaña de tenencia responsable de "
     "perros y gatos. También piden evaluar cuántas ratas y conejos comen los zorros en los "
     "parques urbanos.",
     ("zorros", "zorro culpeo", "zorro chilla", "fauna urbana", "cerros islas"),
     ("CL",), "2024-04"),
    # --- fire ants ----------------------------------------------------------------------------
    ("cq07", "project", "en",
     "Eradicating red imported fire ants from South East Queensland",
     "Red imported fire ants (Solenopsis invicta), known as RIFA and native to South America, "
     "were found at the Port of Brisbane and in Richlands in 2001, probably arriving in shipping "
     "containers from the United States. They sting people, pets and livestock, kill "
     "ground-nesting birds, frogs and lizards, and damage crops and electrical equipment. This "
     "national eradication programme, funded by all Australian governments, treats infested land "
     "with baits of insect growth regulators spread by hand, vehicle and helicopter, injects "
     "nests, uses detector dogs and remote sensing to find new colonies, and enforces movement "
     "controls on soil, mulch, hay, turf and quarry products leaving the biosecurity zone. The "
     "page explains how to report a suspect nest and how the smaller electric ant, or little "
     "fire ant, was eliminated from most sites around Cairns. Treated areas and the nests found "
     "each year are mapped, and the costs are compared with the losses expected if fire ants "
     "spread across the continent.",
     ("fire ants", "red imported fire ant", "invasive species", "biosecurity", "eradication"),
     ("AU",), "2024-09"),
    ("cq08", "document", "fr",
     "La fourmi électrique à Tahiti : guide pour les communes, les jardiniers et les "
     "pépiniéristes",
     "La petite fourmi de feu, Wasmannia auropunctata, qu'on appelle à Tahiti fourmi électrique "
     "à cause de sa piqûre brûlante, a été découverte à Mahina en 2004, puis dans d'autres "
     "communes de Tahiti et à Moorea. Minuscule et orangée, elle forme des colonies immenses "
     "dans les jardins, les bananeraies et les cocoteraies, pique les cueilleurs de fruits, fait "
     "disparaître les insectes et les lézards indigènes et peut rendre aveugles les chiens et "
     "les chats à force de piqûres aux yeux. Ce guide de la direction de l'environnement "
     "explique comment la reconnaître par un test au beurre de cacahuète sur un bâtonnet, "
     "comment traiter avec des appâts en gel, pourquoi ne jamais déplacer la terre, les plantes "
     "en pot ou le paillis d'un jardin infesté, et quelles règles de biosécurité s'appliquent "
     "aux pépinières et aux envois vers les autres archipels, encore indemnes pour la plupart. "
     "Il donne le numéro où signaler une colonie.",
     ("fourmi électrique", "petite fourmi de feu", "espèces exotiques envahissantes",
      "biosécurité", "Tahiti"),
     ("PF",), "2023-07"),
    ("cq09", "case-study", "es",
     "Erradicación de la hormiga de fuego pequeña en la isla Marchena, Galápagos: lecciones de "
     "quince años",
     "La hormiga de fuego pequeña u hormiga colorada (Wasmannia auropunctata), llegada a "
     "Galápagos con plantas y materiales de construcción desde el continente, está entre las "
     "especies invasoras más dañinas del archipiélago: ataca a las crías de aves, a los neonatos "
     "de tortugas gigantes y a los insectos nativos, y pica a los finqueros de la parte alta de "
     "Santa Cruz y San Cristóbal. En la isla Marchena, deshabitada, un foco de unas 20 hectáreas "
     "fue tratado desde 2001 por la Dirección del Parque Nacional Galápagos y la Fundación "
     "Charles Darwin con cebos tóxicos en grilla, seguidos de años de monitoreo con cebos de "
     "mantequilla de maní. Este estudio de caso cuenta cómo se declaró la erradicación, qué "
     "falló en los intentos en otras islas, el costo por hectárea y la inspección de carga de la "
     "Agencia de Regulación y Control de la Bioseguridad en los muelles. Compara con la hormiga "
     "de fuego tropical (Solenopsis geminata), más extendida y que no se puede erradicar.",
     ("hormiga de fuego", "Wasmannia auropunctata", "especies invasoras", "erradicación",
      "Galápagos"),
     ("EC",), "2022-12"),
    # --- abalone ------------------------------------------------------------------------------
    ("cq10", "dataset", "en",
     "Perlemoen under pressure: abalone seizures, catch limits and dive surveys on the Western "
     "Cape coast, 2000-2023",
     "South African abalone (Haliotis midae), known locally as perlemoen, grazes the "
     "kelp-covered rocks from Cape Columbine to the Eastern Cape and fetches high prices as a "
     "dried delicacy in East Asia. Poaching by organised syndicates, which often pay divers from "
     "coastal towns such as Hangberg and Gansbaai in drugs and cash, has taken many times the "
     "legal catch, and the commercial fishery was closed from 2008 to 2010. This dataset, "
     "compiled by the fisheries department and a university, lists the annual total allowable "
     "catches, the seizures of shucked and dried abalone by police and customs, "
     "fishery-independent dive surveys of abalone densities in each zone, and counts of sea "
     "urchins, under whose spines juvenile abalone shelter. It documents the collapse east of "
     "Cape Hangklip after west coast rock lobsters moved in and ate the urchins. Abalone farms "
     "around Hermanus and their exports are reported separately.",
     ("abalone", "perlemoen", "poaching", "wildlife trafficking", "fisheries management"),
     ("ZA",), "2023-11"),
    ("cq11", "project", "fr",
     "Ormeaux du Cotentin : suivi des gisements et repeuplement après les mortalités",
     "L'ormeau (Haliotis tuberculata), gros coquillage à la coquille nacrée percée de trous, vit "
     "sous les blocs de la zone de balancement des marées et dans les champs d'algues de la "
     "Manche. Sur la côte ouest du Cotentin et aux îles Chausey, sa pêche à pied, possible "
     "seulement aux grandes marées, est très encadrée : taille minimale de 9 centimètres, nombre "
     "limité par pêcheur, fermeture estivale, et pêche en plongée réservée à quelques "
     "professionnels. Depuis les mortalités massives dues à la bactérie Vibrio harveyi lors des "
     "étés chauds de 1998 à 2000, les gisements se sont mal reconstitués. Ce projet du comité "
     "régional des pêches, d'une écloserie du Finistère et d'une université mesure chaque année "
     "les densités d'ormeaux sous les blocs, lâche des juvéniles d'écloserie marqués et apprend "
     "aux pêcheurs à remettre les blocs retournés en place. Il étudie aussi le braconnage et la "
     "vente illégale d'ormeaux aux restaurants.",
     ("ormeaux", "Haliotis tuberculata", "pêche à pied", "repeuplement", "Manche"),
     ("FR",), "2024-02"),
    ("cq12", "need", "es",
     "Necesidad: laboratorio de semilla y repoblamiento de abulón para las cooperativas del "
     "Pacífico de Baja California",
     "En la costa del Pacífico de la península de Baja California, de Ensenada a Bahía Asunción "
     "y la isla Natividad, las cooperativas pesqueras tienen desde hace décadas concesiones de "
     "abulón azul (Haliotis fulgens) y abulón amarillo (Haliotis corrugata), que sus buzos sacan "
     "de los mantos de sargazo gigante junto con la langosta. Tras la mortandad por falta de "
     "oxígeno de 2009 y la ola de calor marina de 2014 a 2016, que acabó con los bosques de "
     "sargazo, las capturas cayeron a una fracción de lo que eran. Las cooperativas, agrupadas "
     "en una federación, y un centro de investigación de Ensenada solicitan apoyo para ampliar "
     "un laboratorio que produzca semilla de abulón, sembrar juveniles en los refugios pesqueros "
     "que ellas mismas cerraron a la pesca, medir la temperatura y el oxígeno con sensores y "
     "probar la siembra de larvas más tolerantes al calor. Piden también capacitar a los buzos "
     "en conteos y un plan contra el furtivismo.",
     ("abulón", "cooperativas pesqueras", "refugios pesqueros", "repoblamiento",
      "Baja California"),
     ("MX",), "2024-07"),
    # --- macaques -----------------------------------------------------------------------------
    ("cq13", "case-study", "en",
     "Long-tailed macaques on Mauritius: an introduced primate, the laboratory export trade and "
     "native forest recovery",
     "Long-tailed or crab-eating macaques (Macaca fascicularis) were brought to Mauritius by "
     "sailors four centuries ago and now number tens of thousands; they raid sugar cane, "
     "vegetable plots and orchards and eat the eggs and chicks of native birds and the fruits "
     "and seedlings of endemic trees. Several farms capture wild macaques and breed their "
     "offspring for export to laboratories in Europe and North America, a trade that makes "
     "Mauritius one of the largest suppliers in the world and draws criticism from animal "
     "welfare groups. This case study, prepared for the national biodiversity strategy, reviews "
     "what is known of the macaques' effect on the Black River Gorges forests and on the pink "
     "pigeon restoration sites, the fenced and weeded conservation management areas, the debates "
     "on culling and trapping, and the listing of the species as Endangered by IUCN in 2022 "
     "because of trade and persecution in its native range in Southeast Asia.",
     ("macaques", "Macaca fascicularis", "invasive species", "wildlife trade",
      "laboratory animals"),
     ("MU",), "2023-06"),
    ("cq14", "project", "fr",
     "Sauver le magot du Moyen Atlas : contre le trafic et le nourrissage dans les cédraies "
     "d'Ifrane et d'Azrou",
     "Le magot, ou macaque de Barbarie (Macaca sylvanus), seul primate d'Afrique au nord du "
     "Sahara, vit dans les cédraies et les chênaies du Moyen Atlas, du Rif et de l'Atlas tellien "
     "; ses effectifs ont fondu de moitié en trente ans et l'espèce est classée en danger. Les "
     "jeunes sont capturés pour être vendus comme animaux de compagnie, souvent à des touristes "
     "européens, ou exhibés sur les places des villes, et les groupes qui vivent au bord de la "
     "route, près du cèdre Gouraud, sont nourris par les visiteurs de chips et de sucreries. Le "
     "projet, porté par l'Agence nationale des eaux et forêts avec une association d'Azrou, "
     "forme des écoguides, installe des panneaux et des agents près des aires de pique-nique, "
     "aide les douanes et la gendarmerie à saisir les jeunes magots, et suit douze groupes par "
     "des comptages réguliers. Il travaille aussi avec les bergers sur l'écorçage des cèdres par "
     "les singes pendant les étés secs.",
     ("magot", "macaque de Barbarie", "trafic d'espèces", "cédraies", "Moyen Atlas"),
     ("MA",), "2024-03"),
    ("cq15", "need", "es",
     "Necesidad: cuarentena y traslado de macacos de Berbería decomisados en Ceuta, Melilla y "
     "Andalucía",
     "Cada año el SEPRONA y la aduana decomisan en los puertos de Algeciras, Ceuta y Melilla y "
     "en domicilios particulares decenas de crías de macaco de Berbería (Macaca sylvanus), "
     "compradas en Marruecos como mascotas y cruzadas escondidas en coches. España es el "
     "principal destino europeo de este tráfico, que vacía los bosques del Atlas de una especie "
     "en peligro. Los monos, separados de sus madres y acostumbrados a las personas, no pueden "
     "volver a la naturaleza, y muchos pasan meses en centros de recuperación sin instalaciones "
     "para primates. Una red de centros de rescate, con el ministerio, solicita apoyo para "
     "habilitar una cuarentena con pruebas de tuberculosis y hepatitis, recintos para grupos "
     "sociales estables, el traslado a santuarios europeos y una campaña en los pasos "
     "fronterizos y en las redes sociales que explique que comprar un mono es delito. La colonia "
     "de Gibraltar, nacida de animales traídos de Marruecos, no es objeto de la solicitud.",
     ("macacos", "macaco de Berbería", "tráfico de especies", "centros de rescate", "decomisos"),
     ("ES",), "2024-01"),
    # --- sponges ------------------------------------------------------------------------------
    ("cq16", "dataset", "en",
     "Glass sponge reefs of Hecate Strait and the Strait of Georgia: ROV surveys and fishing "
     "closures",
     "Off the coast of British Columbia lie the only known living glass sponge reefs on Earth, "
     "built over nine thousand years by sponges whose skeletons are made of silica, rising up to "
     "20 metres from the seabed and covering hundreds of square kilometres. They filter huge "
     "volumes of water, shelter juvenile rockfish and prawns, and break easily: one pass of a "
     "bottom trawl can crush sections that will take centuries to regrow. This dataset, kept by "
     "the federal fisheries and oceans department with universities and First Nations partners, "
     "gathers multibeam maps of the reefs of Hecate Strait and Queen Charlotte Sound, a marine "
     "protected area since 2017, and of the smaller reefs of the Strait of Georgia and Howe "
     "Sound, with video transects filmed by remotely operated vehicles, measurements of live and "
     "dead sponge cover, sediment plumes, and the boundaries of bottom-contact fishing closures. "
     "Damage by anchors and prawn traps in Howe Sound is recorded.",
     ("sponges", "glass sponge reefs", "marine protected areas", "bottom trawling",
      "British Columbia"),
     ("CA",), "2024-03"),
    ("cq17", "case-study", "fr",
     "Les pêcheurs d'éponges du golfe de Gabès : de la gangave aux plongeurs, une ressource en "
     "crise",
     "Les éponges de toilette de Méditerranée (Spongia officinalis, Hippospongia communis) font "
     "vivre depuis l'Antiquité les ports de Sfax, Kerkennah, Zarzis et Djerba, qui ont longtemps "
     "fourni une grande part des éponges naturelles vendues en Europe. Cette étude de cas "
     "retrace leur histoire : la pêche au trident depuis les felouques, puis au scaphandre, la "
     "gangave, ce chalut lourd qui racle les herbiers et qui a été interdit, et les mortalités "
     "massives de 1986, puis de 2022 et 2023, quand une eau trop chaude a tué les éponges sur "
     "des kilomètres. Elle s'appuie sur les statistiques de débarquement, sur des entretiens "
     "avec les plongeurs et les négociants, et sur les essais de spongiculture sur cordes de "
     "l'institut des sciences et technologies de la mer. Elle propose un repos biologique, des "
     "tailles minimales et un label pour les éponges naturelles tunisiennes. Les pêcheries "
     "fixes, les charfia de Kerkennah, ne sont évoquées que pour le calendrier.",
     ("éponges", "pêche des éponges", "golfe de Gabès", "mortalités massives", "pêche artisanale"),
     ("TN",), "2023-09"),
    ("cq18", "project", "es",
     "Recuperar las esponjas del golfo de Batabanó: esponjeros, cultivo en cuerdas y áreas de "
     "veda",
     "Desde el siglo XIX los esponjeros de Batabanó, del Surgidero y de la Isla de la Juventud "
     "sacaban del fondo del golfo, con garfios y mirafondos desde sus chalanas, las esponjas de "
     "baño que se exportaban a Europa y a Estados Unidos: la esponja de lana, la hembra y la "
     "guante. Una enfermedad en los años treinta, la sobrepesca y después las altas temperaturas "
     "del agua redujeron mucho los bancos. Este proyecto del centro de investigaciones pesqueras "
     "con la empresa pesquera de Batabanó cartografía los bancos de esponjas comerciales, "
     "establece zonas de veda y tallas mínimas, ensaya el cultivo de fragmentos de esponja "
     "colgados en cuerdas en aguas someras y forma a jóvenes pescadores en su manejo. También "
     "estudia las esponjas como refugio de camarones y peces pequeños en los seibadales del "
     "golfo, y capacita a los pescadores en el secado y la clasificación para la exportación. La "
     "langosta del golfo se trata en otros programas.",
     ("esponjas", "esponjas comerciales", "pesca artesanal", "maricultura", "golfo de Batabanó"),
     ("CU",), "2022-11"),
    # --- green schoolyards --------------------------------------------------------------------
    ("cq19", "project", "en",
     "Space to play and to soak: turning asphalt schoolyards into green schoolyards in Chicago",
     "Many of Chicago's public schools sit on asphalt lots that flood after storms, heat up in "
     "summer and offer children little more than a basketball hoop. This project, run by the "
     "public schools with the regional water reclamation district, the city's water department "
     "and two non-profits, rebuilds about a dozen schoolyards each year: the asphalt is broken "
     "up and replaced with permeable play surfaces, rain gardens, native prairie plantings, "
     "trees, outdoor classrooms, vegetable beds and artificial turf fields built over gravel "
     "that stores stormwater. Each green schoolyard is designed with students, parents and "
     "neighbours and stays open to the community after school hours. The project measures the "
     "stormwater kept out of the combined sewers, surface temperatures on hot days, use by "
     "children at recess and the plants and insects that move in, and trains teachers to use the "
     "yards for science lessons. A green roof added to one school's gym is not part of the "
     "programme.",
     ("green schoolyards", "schoolyards", "stormwater", "urban nature", "environmental education"),
     ("US",), "2024-05"),
    ("cq20", "document", "fr",
     "Cours Oasis : guide pour transformer les cours d'école en îlots de fraîcheur",
     "Depuis 2018, la Ville de Paris transforme chaque année des dizaines de cours d'école et de "
     "collège, souvent entièrement bitumées, en cours Oasis : on y enlève l'enrobé, on plante "
     "des arbres et des haies, on crée des noues qui recueillent l'eau de pluie, des sols "
     "perméables en copeaux, en sable ou en pavés enherbés, des fontaines et des jeux en bois, "
     "et l'on ouvre certaines cours aux habitants du quartier le samedi. Ce guide, écrit pour "
     "les communes, les architectes et les équipes éducatives, décrit les étapes : diagnostic de "
     "la cour, concertation avec les élèves et les parents, choix d'essences qui supportent la "
     "sécheresse, gestion des eaux pluviales, entretien par les agents et par les enfants, et "
     "suivi des températures pendant les canicules. Il traite aussi du partage de l'espace entre "
     "filles et garçons, du coin calme, et de la place faite aux insectes et aux oiseaux qui "
     "s'installent. Les toitures végétalisées des écoles ne sont pas abordées.",
     ("cours d'école", "cours Oasis", "îlots de fraîcheur", "désimperméabilisation",
      "nature en ville"),
     ("FR",), "2023-04"),
    ("cq21", "case-study", "es",
     "Refugios climáticos en las escuelas de Barcelona: qué cambió en los patios después de tres "
     "veranos",
     "Entre 2019 y 2022, el Ayuntamiento de Barcelona y el consorcio de educación transformaron "
     "los patios de once escuelas de primaria en refugios climáticos, con financiación europea: "
     "más sombra con árboles, pérgolas y toldos, pavimentos permeables y zonas de tierra, "
     "vegetación, fuentes de agua y mejor aislamiento de las aulas. Este estudio de caso resume "
     "lo que midieron los equipos de investigación: la temperatura del aire y del suelo en los "
     "patios y en las clases durante las olas de calor, el uso del patio por niñas y niños, que "
     "dejó de girar en torno al campo de fútbol, y la opinión de maestros y familias. Las "
     "escuelas abren sus patios al barrio en verano y los fines de semana. Describe también los "
     "problemas: el riego en años de sequía, plantas pisoteadas, arena que entra en las aulas y "
     "el mantenimiento. La experiencia se extiende ahora a más escuelas con el programa de "
     "patios escolares abiertos.",
     ("patios escolares", "refugios climáticos", "adaptación al cambio climático", "escuelas",
      "naturalización"),
     ("ES",), "2023-10"),
    # --- walnut trees -------------------------------------------------------------------------
    ("cq22", "project", "en",
     "Wild walnut-fruit forests of Arslanbob: community forest management in southern Kyrgyzstan",
     "The slopes above Arslanbob, in the Jalal-Abad region, hold the largest natural walnut "
     "forest in the world, where wild walnut trees (Juglans regia) grow with wild apples, pears, "
     "plums and pistachios that are ancestors of many of the world's cultivated fruit trees. "
     "Families lease forest plots from the state forest enterprise to collect walnuts in autumn, "
     "the main cash income of the valley, and also cut hay, graze livestock and gather firewood, "
     "so young trees rarely survive. This project, with the forest service and village councils, "
     "helps lessees write management plans, fence regeneration plots, plant seedlings grown from "
     "local nuts, and grade and sell walnuts through a cooperative rather than to passing "
     "traders. It also records the largest old trees and the burls cut illegally for export as "
     "veneer, and studies the codling moth and late frosts that reduce the harvest. Homestays "
     "for visitors in the village help pay the forest guards.",
     ("walnut forests", "Juglans regia", "fruit-nut forests", "community forestry",
      "crop wild relatives"),
     ("KG",), "2022-08"),
    ("cq23", "dataset", "fr",
     "Inventaire du noyer cendré au Québec : arbres résistants au chancre et banque de semences",
     "Le noyer cendré (Juglans cinerea), arbre à noix des érablières et des bords de rivière du "
     "sud du Québec, est désigné en voie de disparition au Canada depuis 2005 : un champignon "
     "venu d'ailleurs, l'agent du chancre du noyer cendré, le tue par des plaies noires sur le "
     "tronc et les branches, et la plupart des arbres observés sont infectés. Ce jeu de données, "
     "tenu par le ministère des Ressources naturelles et des Forêts avec des propriétaires de "
     "boisés et un centre de recherche, réunit l'emplacement de plus de 6 000 noyers cendrés de "
     "la Montérégie, de l'Estrie, de l'Outaouais et des Laurentides, le diamètre, l'état de "
     "santé et le pourcentage de chancre de chaque arbre, et les arbres qui semblent résister. "
     "Il précise les lots de noix récoltés pour la banque de semences, les greffes conservées en "
     "verger et les plantations d'essai. Les hybrides avec le noyer du Japon, plus résistants, "
     "sont repérés par analyse génétique.",
     ("noyer cendré", "Juglans cinerea", "chancre du noyer cendré", "espèces en péril",
      "banque de semences"),
     ("CA",), "2024-06"),
    ("cq24", "need", "es",
     "Necesidad: vivero y semillas de nogal o cedro negro para las veredas de Boyacá y "
     "Cundinamarca",
     "El nogal andino, que en Colombia llaman cedro negro o cedro nogal (Juglans neotropica), "
     "fue uno de los árboles más buscados de los bosques andinos por su madera oscura, usada en "
     "muebles finos y puertas, y hoy está en peligro: quedan árboles sueltos en potreros, cercas "
     "y orillas de quebradas. Sus nueces alimentaban a las ardillas y a las familias, y su "
     "cáscara y sus hojas daban el tinte café de las ruanas de lana. Asociaciones campesinas de "
     "las veredas de Boyacá y Cundinamarca, con la corporación autónoma regional y un jardín "
     "botánico, solicitan apoyo para montar un vivero comunitario, identificar y registrar "
     "árboles semilleros, capacitar en la siembra de nogal en sistemas silvopastoriles y cercas "
     "vivas, y tramitar permisos para que quien siembra hoy pueda aprovechar la madera mañana "
     "sin caer en la tala ilegal. Piden además estudiar la plaga que defolia los árboles "
     "jóvenes.",
     ("nogal", "cedro negro", "Juglans neotropica", "especies amenazadas", "viveros comunitarios"),
     ("CO",), "2024-08"),
    # --- pearl farming ------------------------------------------------------------------------
    ("cq25", "case-study", "en",
     "Black pearls of Manihiki: lagoon health and the rise and fall of a pearl farming atoll",
     "In the 1990s black pearl farming made Manihiki, a remote atoll of the northern Cook "
     "Islands, one of the richest communities of the Pacific: families hung thousands of "
     "black-lip pearl oysters (Pinctada margaritifera) from long lines in the lagoon, and pearls "
     "became the country's main export after tourism. In 1998 and 2000 mass deaths of oysters, "
     "linked to overstocking, poor water exchange, warm water and a bacterial disease, wiped out "
     "much of the stock, and prices fell as French Polynesia flooded the market. This case "
     "study, prepared with the Ministry of Marine Resources and the island council, reviews the "
     "lagoon monitoring that followed, the limits on farm numbers and oyster densities, the "
     "clean-up of old ropes, buoys and shells from the lagoon floor, and the spat collectors and "
     "hatchery trials used to restock. It discusses how families left for Rarotonga and New "
     "Zealand and what a smaller, better-managed pearl industry might look like.",
     ("pearl farming", "black-lip pearl oyster", "lagoons", "aquaculture", "Cook Islands"),
     ("CK",), "2022-07"),
    ("cq26", "dataset", "fr",
     "Perliculture en Polynésie française : suivi des lagons, du collectage et des déchets "
     "perlicoles",
     "La perle de Tahiti, perle noire produite par l'huître perlière à lèvres noires (Pinctada "
     "margaritifera), est la première ressource à l'exportation de la Polynésie française, "
     "cultivée dans une trentaine de lagons des Tuamotu et des Gambier. Ce jeu de données de la "
     "Direction des ressources marines et de l'Ifremer rassemble, par lagon, les concessions "
     "perlicoles et leurs surfaces, le collectage de naissains dans les atolls d'Ahe, de "
     "Takaroa, d'Arutua et à Mangareva, les relevés de température, de chlorophylle et de larves "
     "de nacres, les épisodes de mortalités, et les exportations de perles. Il comprend aussi "
     "l'inventaire des déchets perlicoles, cordages, collecteurs en plastique, bouées et "
     "grillages abandonnés au fond des lagons, et les campagnes de ramassage. Les fermes de "
     "greffe et la qualité des perles sont décrites dans une annexe. Les cocoteraies et le "
     "coprah des mêmes atolls ne sont pas traités.",
     ("perliculture", "huître perlière", "lagons", "déchets perlicoles", "Tuamotu"),
     ("PF",), "2024-01"),
    ("cq27", "project", "es",
     "Ostras perleras en el Archipiélago de las Perlas: perlicultura artesanal y recuperación de "
     "los bancos",
     "El Archipiélago de las Perlas, en el golfo de Panamá, debe su nombre a las perlas que "
     "desde el siglo XVI se sacaban de sus bancos de ostra perlera o madreperla (Pinctada "
     "mazatlanica) y de concha nácar (Pteria sterna), entre ellas la célebre Peregrina; el buceo "
     "a pulmón agotó los bancos a mediados del siglo XX. Este proyecto, con la autoridad de los "
     "recursos acuáticos y pescadores de las islas del Rey, Pedro González y Saboga, dentro de "
     "la zona especial de manejo marino costera, instala colectores de larvas en líneas "
     "flotantes, cría juveniles en canastas y siembra parte de ellos en los bancos históricos, "
     "que quedan cerrados a la extracción. Una pequeña granja comunitaria ensaya la producción "
     "de perlas y de artesanías de nácar con el apoyo técnico de un centro de investigación de "
     "La Paz, en México, donde la madreperla se cultiva desde los años noventa. El proyecto mide "
     "también la calidad del agua y la fauna de los bancos.",
     ("perlicultura", "ostras perleras", "madreperla", "pesca artesanal",
      "Archipiélago de las Perlas"),
     ("PA",), "2023-08"),
    # --- marmots ------------------------------------------------------------------------------
    ("cq28", "dataset", "en",
     "Tarbagan marmots of the Mongolian steppe: burrow surveys, hunting bans and plague "
     "surveillance",
     "The Mongolian or tarbagan marmot (Marmota sibirica) was once so abundant that millions of "
     "pelts were exported in the twentieth century; hunting for fur and meat cut its numbers by "
     "more than three quarters, and it has been listed as Endangered by IUCN since 2008. Its "
     "burrow colonies shape the steppe, giving shelter to corsac foxes, wheatears, lizards and "
     "many insects, and marmots are still hunted and eaten despite the risk of bubonic plague. "
     "This dataset, compiled by the academy of sciences with the national centre for zoonotic "
     "diseases and the protected-area administrations, brings together burrow counts on "
     "transects in fourteen provinces since 2005, the hunting bans in force each year, seizures "
     "of marmot skins and meat, and the plague cases in marmots and people that led to district "
     "quarantines, among them the deaths of 2019 and 2020 in Bayan-Ölgii and Khovd. Herders' "
     "observations of colonies coming back are recorded.",
     ("marmots", "Marmota sibirica", "steppe", "hunting", "plague"),
     ("MN",), "2023-12"),
    ("cq29", "document", "fr",
     "La marmotte des Alpes : guide pour les randonneurs, les gardiens de cabane et les communes "
     "du Valais",
     "La marmotte des Alpes (Marmota marmota) vit en colonies familiales dans les pâturages et "
     "les éboulis entre 1 200 et 3 000 mètres ; elle hiberne six mois dans un terrier bouché de "
     "foin et de terre et se signale par son sifflement d'alarme. Ce guide du service de la "
     "chasse et de la faune du Valais, écrit avec des gardes-faune et des gardiens de cabane, "
     "explique comment observer les marmottes sans les déranger, pourquoi il ne faut pas les "
     "nourrir de pain, de biscuits ou de carottes le long des sentiers de Zinal, d'Arolla ou du "
     "Grand-Saint-Bernard, où des colonies sont devenues dépendantes, et pourquoi les chiens "
     "doivent rester en laisse. Il résume ce que l'on sait des effets du réchauffement, d'une "
     "neige moins épaisse qui isole mal les terriers et d'étés plus chauds, rappelle que la "
     "marmotte reste chassée en septembre dans le canton, avec permis et quotas, et décrit le "
     "rôle de ses terriers pour la flore et les autres animaux.",
     ("marmotte des Alpes", "Marmota marmota", "faune de montagne", "dérangement de la faune",
      "Valais"),
     ("CH",), "2022-09"),
    ("cq30", "need", "es",
     "Necesidad: censo y efectos de la marmota alpina introducida en los puertos del Pirineo "
     "aragonés y navarro",
     "La marmota alpina (Marmota marmota) vivió en la península ibérica durante las glaciaciones "
     "y desapareció hace miles de años; en 1948 y en las décadas siguientes fue soltada como "
     "pieza de caza en el Pirineo francés, y desde allí colonizó los puertos y pastos de alta "
     "montaña de Navarra, Aragón y Cataluña, desde Larra-Belagua hasta el valle de Arán. Hoy es "
     "fácil verla en Ordesa, Benasque y Panticosa, donde los excursionistas la fotografían, pero "
     "se sabe poco de su número y de lo que cambia: sus madrigueras remueven el suelo de los "
     "pastos, quizá compite con el topillo nival, y es presa del águila real y del zorro. El "
     "gobierno de Aragón, con la comunidad foral de Navarra y una universidad, solicita apoyo "
     "para un censo por madrigueras y conteos de silbidos, para estudiar su efecto sobre la "
     "flora de los pastos y el ganado, y para decidir si debe gestionarse como especie exótica.",
     ("marmota alpina", "especies introducidas", "pastos de montaña", "Pirineos", "censos"),
     ("ES",), "2024-10"),
)  # fmt: skip
