"""Clearing-house records of the hundred-and-twenty-third judged relevance set
(tests/search/relevance/queries123.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on clouded leopards (a need for surveys and village forest
monitors for the clouded leopards of Dampa and the hill forests of Mizoram in India; a dataset of
thirteen years of searching for the panthère nébuleuse de Formose, declared extinct, and of the
sightings claimed by Paiwan and Rukai hunters, in Taiwan; a case study of the pantera nebulosa de
Borneo, the leopardo nublado, in the production forests of Sabah, Malaysia); on maned wolves (a
dataset of the diet, home ranges and wolf-apple seed dispersal of the lobo-guará of the Serra da
Canastra in Brazil; a project of closed henhouses and farm dog vaccination for the loups à
crinière, the aguará guazú, of Corrientes in Argentina; a need to count the aguará guazú, the
lobo de crin, of the grasslands of Ñeembucú and Misiones in Paraguay); on Welwitschia (a case
study of closing off-road tracks across the Welwitschia Plains of the Namib-Naukluft Park in
Namibia; a dataset of the tagged welwitschias, the n'tumbo, of the Iona National Park in Angola;
an offer of seed-raised plants and training from a Spanish botanic garden to the gardens of
Namibia and Angola); on proboscis monkeys (a dataset of riverbank sleeping-site counts of the
Lower Kinabatangan, Sabah, Malaysia; a need to count the nasiques, the bekantan, of the Barito
delta in South Kalimantan, Indonesia; guidelines, a document, for living with the monos narigudos
around Bandar Seri Begawan, Brunei); on pudus (a project against the farm dogs that kill the
southern pudus of Los Ríos, Chile; a project with Kichwa communities for the poudou du Nord of
the páramos of Napo, Ecuador; a case study of the pudú after cattle were removed and red deer
culled in the Lanín National Park, Argentina); on aardvarks (a dataset of the body temperatures
and drought deaths of the aardvarks of the Kalahari, Northern Cape, South Africa; a need to study
the oryctérope, the cochon de terre, of the Pendjari and W parks in Benin; a case study of the
swing gates that let the cerdos hormigueros, the erdvarks, through the game fences of Namibian
farms); on birds-of-paradise (a plume bank lending bird-of-paradise feathers to the dancers of the
sing-sings of Mount Hagen, a project in Papua New Guinea; a dataset of the display courts of the
paradisiers, the cenderawasih, of the Arfak Mountains of West Papua, Indonesia; a project for the
display branches of the ave fusil, the paradise riflebird, of Lamington in Queensland, Australia);
on tree kangaroos (a case study of the hunting moratorium for the tenkile of the Torricelli
Mountains, Papua New Guinea; an information evening, an event, on living with the dendrolagues de
Lumholtz of the Atherton Tablelands, Australia; a need to search again for the canguro arborícola
de Wondiwoi of West Papua, Indonesia); on okapis (a need to rebuild the Epulu station and support
the guards of the Okapi Wildlife Reserve; a dataset of twelve years of okapi signs in the Lomami
National Park, both in the Democratic Republic of the Congo; a World Okapi Day in a Valencia zoo,
an event for the jirafa del bosque, in Spain); and on horned lizards (a project head-starting the
Texas horned lizards, the horned toads, of Kenedy and Karnes City in the United States; a recovery
strategy, a document, for the grand iguane à petites cornes of the badlands of Alberta and
Saskatchewan, Canada; a need to study the camaleones de montaña, the tapayaxin, of the grasslands
of Hidalgo, Mexico). English, French and Spanish, 10 records each, every topic written once in
each language (different countries or places, projects and angles, not translations of one
text).

None of records.py, records3.py, ..., records121.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (clouded leopard, panthère nébuleuse, léopard nébuleux,
pantera nebulosa, leopardo nublado, Neofelis, nebulosa, yunbao, Formose, Taiwan, Taïwan,
Mizoram, Dampa, Deramakot, leopard cat, chat-léopard; maned wolf, loup à crinière, lobo de crin,
aguará guazú, aguara, guará, lobo-guará, borochi, Chrysocyon, wolf apple, lobeira, Canastra,
Iberá, Corrientes, Ñeembucú; Welwitschia, tumboa, n'tumbo, tweeblaarkanniedood, gymnosperm,
Namib, Namib-Naukluft, Swakopmund, Namibe, Iona, Strelitzia, ave del paraíso; proboscis monkey,
nasique, mono narigudo, násico, bekantan, Nasalis, Kinabatangan, Kalimantan, Barito,
Banjarmasin, Brunei, Brunéi, monkey, singe, mono, primate; pudu, pudú, poudou, püdü, Pudu,
deer, cerf, ciervo, venado, Chiloé, Los Ríos, Lanín, Cayambe, Antisana; aardvark, antbear,
oryctérope, cochon de terre, cerdo hormiguero, oricteropo, erdvark, Orycteropus, anteater,
tamanoir, oso hormiguero, termite, termitière, Kalahari, Tswalu, Pendjari; bird of paradise,
birds-of-paradise, paradisier, oiseau de paradis, ave del paraíso, aves del paraíso, Paradisaea,
Paradisaeidae, cenderawasih, riflebird, ave fusil, Arfak, Mount Hagen, Lamington; tree
kangaroo, kangourou arboricole, dendrolague, canguro arborícola, Dendrolagus, tenkile,
Torricelli, Atherton, Wondiwoi, kangaroo, wallaby; okapi, Okapia, forest giraffe, girafe de
forêt, jirafa del bosque, Epulu, Ituri, Lomami; horned lizard, horned toad, horny toad,
Phrynosoma, lézard cornu, iguane à petites cornes, lagartija cornuda, camaleón, tapayaxin,
Karnes, Milk River). Screened and dropped as covered or as too near the queries of earlier sets:
flying foxes (the bat, chauves-souris and murciélagos queries of earlier sets would have had to
be re-judged, as set 45 already noted), Przewalski's horses (the chevaux sauvages and feral horses
queries; named by ee29), birdwing butterflies (the butterflies, mariposas and butterfly farming
queries), Tasmanian devils (the wildlife diseases query), songbird trapping (the records19 page
and the goldfinches of records89), sacred groves (the forêts sacrées of Benin, records13),
jaguars (records8, records25), lomas (records28), devil's claw, hoodia, pygeum, frankincense,
the chicle of the chicleros, tagua, frog legs, Miyawaki forests, trophy hunting, falconry,
the Asian hornet, coypus, raccoons, monk parakeets, mongooses, bullfrogs, the giant African
land snail, the red-eared slider, the tree of heaven, ragweed, stag beetles, dung beetles,
tarantulas, dragonflies, gharials, harpy eagles, capybaras, armadillos, tamarins, wildcats and
the Ethiopian wolf, besides the topics of sets 42 to 121 and those their docstrings list as
covered; screened with no or passing hits but not chosen: bonobos, koalas, kakapos, tuataras,
wombats, binturongs, Andean cats, sun bears, bear bile farming, quiver trees, the coco de mer,
king cobras, caecilians, kagus, palo santo and candelilla. Clouded leopards are named only in
passing, by the red panda project of records117 (et02, the léopard nébuleux as a possible
predator); birds-of-paradise only in passing, by the cassowary dataset of records117 (et05,
the oiseaux de paradis noted as context); horned lizards only as the "three-horned lizards"
that Jackson's chameleons are (ci10); none of the other topics is named by an earlier record.

No earlier record is judged relevant: all the hits are passing or about other things. The red
panda project of Singalila (et02) names the léopard nébuleux only as a possible predator
(0); the snow leopard, leopard and leopard cat pages are about other cats. No earlier record
names a maned wolf: the guará of the scarlet ibis need of Apure (dk09) is the Brazilian
name of the ibis, the otaries à crinière of Punta San Juan (ci02) and the lobos marinos
pages are sea lions, and the Iberá and Corrientes pages (records37, records107 and others)
are about other things (0). No earlier record names Welwitschia: the KAZA page (bt22) names
Angola and Namibia, and the Namibian devil's claw, hoodia and conservancy pages are other
things (0). No earlier record names a proboscis monkey: the palm oil mill effluent project
of eastern Sabah (dj13) names the Kinabatangan only as a river that effluent reaches, and the
Kalimantan rattan, peat and fire pages are other things (0). No earlier record names a pudu:
the "mapudungun" of cm30 only contains the letters, the musk deer pages are other deer,
and the Lanín, Chiloé and Cayambe pages are about other things (0). No earlier record
names an aardvark: the W-Arly-Pendjari meeting (bt23) and the Pendjari water points need
(du26) are about the same parks but name no oryctérope, the oso hormiguero of the Chaco road
crossing page (be24) is the giant anteater, and the giant armadillo burrows of cm04 are another
digger's (0). The birds-of-paradise of the cassowary dataset of Madang (et05) are noted only
as context (0). No earlier record names a tree kangaroo: the Kangaroo Island of ci01 is a
place. No earlier record names an okapi: the giraffe pages (co04-co06) are about giraffes,
and the Ituri pages of records34, records64, records90 and records109 are about other things
(0). The only horned lizards are the three-horned Jackson's chameleons of Hawaiʻi (ci10);
the caméléons and camaleones of ci11 and ci12 are true chameleons, not the camaleones of
Mexico, the cornuda of cy18 is a hammerhead shark and the alondra cornuda of dm30 a lark (0).

records122.py (ids ey01..ey30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), written at the same time by another engineer, was searched for the same words
once it was finished (with its queries122.tsv), before these records were judged: its topics are
the illicit cigarette trade, laser pointers, sunbeds, radioactive "negative ion" products, petrol
vapour recovery, spent foundry sand, X-ray films and fixer, wood dust, quarry blasting and small
modular reactors. None of its records names a clouded leopard, a maned wolf, Welwitschia, a
proboscis monkey, a pudu, an aardvark, a bird-of-paradise, a tree kangaroo, an okapi or a horned
lizard. The nearest are places only and judged 0: the teak furniture workshops of Jepara,
Indonesia (ey22); the laser pointers of Australia (ey04) and the Australian sunbeds named by the
Namur information session (ey08); the quarries of Quito, Ecuador (ey27); the foundry sands of
Saltillo and Monterrey, Mexico (ey18), whose "monoblocks" only contain the letters of "mono"; the
bencineras of Santiago de Chile (ey15); and the CAREM reactor of Argentina (ey30). None of its
records answers a query of this set, and none of its queries is repeated in queries123.tsv.
records124.py and records125.py, written at the same time by other engineers, are not part of
this set's pool.

Traps: the leopard cats, marbled cats, hornbills and the skins and canines of festivals of
ez01; the ours noirs, sambars, macaques and faisans mikado of ez02; the gatos leopardo, osos
malayos and orangutanes of ez03; the giant anteaters, seriemas, termite mounds, soy fields,
vehicles and farm dogs of ez04; the cerfs des marais, capybaras, jaguars and the poison of
ez05; the venado de las pampas, ñandúes, camalotes, arrozales and eucaliptos of ez06; the
lichens, fog, uranium and the Moon Landscape of ez07; the punaise, the fungus, the zèbres
de montagne and the Himba and Mucubal herders of ez08; the aves del paraíso (Strelitzia)
and cactus of the greenhouse of ez09; the oil palm estates, mangroves, macaques, orangutans
and hornbills of ez10; the orangs-outans, macaques crabiers, coal barges and the mangroves
planted on some islands of ez11; the macacos, cocodrilos and manglares of ez12; the kodkods,
foxes, red deer and wire fences of ez13; the ours à lunettes, tapirs de montagne and chiens
errants of ez14; the huemul, ciervo colorado, jabalí and caña colihue of ez15; the warthogs,
porcupines, hyenas, pangolins and bat-eared foxes of ez16; the phacochères, porcs-épics,
pythons, éléphants and lions of ez17; the chacales, caracales, jabalíes verrugosos,
puercoespines and ovejas karakul of ez18; the cassowaries, parrots, chickens and cuscus furs
of ez19; the jardins, cochons and the new roads of ez20; the canguros pademelón, pájaros
lira, tilopos and the uña de gato vine of ez21; the cassowaries, cuscuses, bandicoots,
rabbits and fish ponds of ez22; the wallabies, casoars and ornithorynques of ez23; the aves
del paraíso, casuarios and the bahía de Cenderawasih ("cenderawasih" is the Indonesian word
for a bird-of-paradise) of ez24; the elephants, chimpanzees and gold mining camps of ez25;
the bonobos, singes and éléphants de forêt of ez26; the jirafas, cebras and chimpancés of
the zoo of ez27; the coyotes, roadrunners and fire ants of ez28; the serpents, chevêches des
terriers, antilocapres and oil and gas wells of ez29; and the ajolotes, víboras de cascabel
and magueyes of ez30. Some records name their topic only by another name or a narrower kind:
ez03 says only pantera nebulosa de Borneo, leopardo nublado and Neofelis diardi; ez04 says
maned wolf and lobo-guará, never aguará guazú; ez14 says only poudou du Nord; ez18 only
cerdo hormiguero, oricteropo and erdvark (never aardvark); ez21 only aves del paraíso, ave
fusil and Ptiloris paradiseus; ez22 tree kangaroos and tenkile; ez29 only grand iguane à
petites cornes and Phrynosoma hernandesi (never lézard cornu); ez30 only lagartijas cornudas,
camaleones, toritos and tapayaxin. Letters and homonyms: the "ave del paraíso" of ez09 is
the Strelitzia flower; the "iguane" of ez29 and the "camaleones" of ez30 are horned lizards;
the "lobo" of ez04-ez06 is no wolf of the sea-lion (lobos marinos) pages.
For the country queries: ez01 names only India (Myanmar as a neighbour); ez02 only Taiwan; ez03
only Malaysia (Sabah, Borneo); ez04 only Brazil (Bolivia for the name borochi); ez05 only
Argentina; ez06 only Paraguay; ez07 only Namibia; ez08 only Angola; ez09 Namibia and Angola (a
garden in Spain as the offerer); ez10 only Malaysia (Sabah, Borneo); ez11 only Indonesia (South
Kalimantan, Borneo); ez12 only Brunei (Borneo); ez13 only Chile; ez14 only Ecuador; ez15 only
Argentina; ez16 only South Africa; ez17 only Benin; ez18 only Namibia; ez19 only Papua New Guinea;
ez20 only Indonesia (West Papua, New Guinea); ez21 only Australia (Queensland and New South Wales;
New Guinea as the family's home); ez22 only Papua New Guinea; ez23 only Australia (Queensland);
ez24 only Indonesia (West Papua); ez25 only the Democratic Republic of the Congo; ez26 only the
Democratic Republic of the Congo; ez27 Spain and the Democratic Republic of the Congo; ez28 only
the United States (Texas); ez29 only Canada (Alberta and Saskatchewan); ez30 only Mexico.

Ids (ez01..ez30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
eu01..eu30, ev01..ev30, ew01..ew30, ex01..ex30), nor with records122.py's (ey01..ey30), and no
earlier id starts with "ez".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- clouded leopards ------------------------------------------------------------------------
    ("ez01", "need", "en",
     "Need: surveys and village forest monitors for the clouded leopards of Dampa and the hill "
     "forests of Mizoram",
     "The clouded leopard (Neofelis nebulosa), a mid-sized cat with large cloud-shaped blotches "
     "on its coat, the longest canine teeth for its size of any living cat and a tail almost as "
     "long as its body, climbs down tree trunks head first and can hang from a branch by its "
     "hind feet. In northeast India it lives in the hill forests from Sikkim to Mizoram, but "
     "almost nothing is known of its numbers. In Mizoram, clearings for crops, bamboo flowering "
     "and hunting with dogs and guns have thinned the forests around the Dampa tiger reserve, "
     "and skins and canines still turn up at village festivals and border markets. The state "
     "forest department and a university ask for support to run a two-year survey with scat "
     "collection and genetic identification, interviews with former hunters, training of 40 "
     "village youths as forest monitors, and a plan with village councils to protect the forest "
     "blocks linking Dampa to the forests of Myanmar. Leopard cats, marbled cats and hornbills "
     "are named in passing.",
     ("clouded leopards", "Neofelis nebulosa", "wild cats", "hill forests", "needs"),
     ("IN",), "2024-11"),
    ("ez02", "dataset", "fr",
     "La panthère nébuleuse de Formose a-t-elle disparu ? Treize ans de recherches et "
     "témoignages de chasseurs paiwan et rukai, 1997-2024",
     "La panthère nébuleuse de Formose (Neofelis nebulosa brachyura), appelée aussi léopard "
     "nébuleux, yunbao en mandarin, était avec l'ours noir le plus grand carnivore de Taïwan. "
     "Aucun animal n'avait été vu depuis des décennies quand une équipe universitaire a installé, "
     "de 2001 à 2013, près de 1 500 caméras automatiques et des milliers de pièges à poils dans "
     "les montagnes du centre et du sud de l'île, sans une seule détection ; l'espèce a alors "
     "été déclarée éteinte. En 2018 et 2019, des chasseurs et des gardes autochtones des "
     "villages paiwan et rukai du canton de Daren ont pourtant affirmé l'avoir vue grimper à un "
     "arbre ou traverser une crête. Ce jeu de données de l'agence forestière réunit l'effort de "
     "recherche par maille d'un kilomètre, les témoignages recueillis avec la date, le lieu et "
     "le degré de confiance, et les peaux conservées dans les musées et les familles. Les ours "
     "noirs, les sambars, les macaques et les faisans mikado ne sont cités qu'en passant.",
     ("panthère nébuleuse", "Neofelis nebulosa", "espèces éteintes", "chasseurs autochtones",
      "jeux de données"),
     ("TW",), "2024-12"),
    ("ez03", "case-study", "es",
     "La pantera nebulosa de Borneo en los bosques de producción de Sabah: lo que enseñan diez "
     "años de seguimiento",
     "La pantera nebulosa de Borneo o de la Sonda (Neofelis diardi), separada en 2006 de la "
     "pantera nebulosa del continente por su pelaje más oscuro y sus manchas más pequeñas, es el "
     "mayor felino de Borneo. Este estudio de caso resume diez años de trabajo del departamento "
     "forestal de Sabah, en Malasia, con una universidad y una organización de conservación en "
     "la reserva forestal de Deramakot y en bosques vecinos talados de forma convencional o "
     "convertidos en plantaciones. Compara las densidades de leopardos nublados, como también "
     "se les llama, en bosques aprovechados con métodos de bajo impacto, en bosques "
     "sobreexplotados y en áreas protegidas, y muestra que los primeros conservan tantos "
     "animales como las áreas protegidas si se controla la caza y se cierran las pistas tras la "
     "corta. Relata cómo se formó a los guardas, cómo se cerraron caminos y qué lecciones deja "
     "para otros bosques de producción de la isla. Los gatos leopardo, los osos malayos y los "
     "orangutanes se citan de paso.",
     ("pantera nebulosa", "Neofelis diardi", "felinos", "bosques de producción",
      "estudios de caso"),
     ("MY",), "2025-01"),
    # --- maned wolves ----------------------------------------------------------------------------
    ("ez04", "dataset", "en",
     "Maned wolves and the wolf apple in the Serra da Canastra: diet, home ranges and seed "
     "dispersal, 2004-2024",
     "The maned wolf (Chrysocyon brachyurus), the lobo-guará of Brazil and the borochi of "
     "Bolivia, is a tall, long-legged, fox-red canid of the South American grasslands, neither "
     "a wolf nor a fox, that hunts rodents, armadillos and birds in tall grass but eats as much "
     "fruit as meat. Up to half its diet can be the wolf apple, or lobeira (Solanum "
     "lycocarpum), a shrub of the Cerrado whose seeds it spreads in its droppings, often left on "
     "termite mounds. This dataset, gathered by a research institute with the national park's "
     "staff and ranchers in Minas Gerais, brings together twenty years of droppings analysed "
     "for prey and seeds, germination trials, GPS positions of 38 collared wolves, den sites "
     "and the causes of death of marked animals, among them dogs, disease and vehicles. It adds "
     "land cover for each year as pastures and soy fields replace native grassland. Giant "
     "anteaters, seriemas and the domestic dogs of the farms are listed separately.",
     ("maned wolves", "Chrysocyon brachyurus", "wolf apple", "seed dispersal", "datasets"),
     ("BR",), "2025-02"),
    ("ez05", "project", "fr",
     "Loups à crinière et poulaillers : un projet avec les familles rurales de la province de "
     "Corrientes",
     "Le loup à crinière (Chrysocyon brachyurus), que l'on appelle aguará guazú en Argentine, "
     "d'un mot guarani qui veut dire « grand renard », est un canidé haut sur pattes, roux, à "
     "crinière noire, des prairies et des marais d'Amérique du Sud. Dans la province de "
     "Corrientes, autour des Esteros del Iberá, il vit près des fermes, où il emporte parfois "
     "des poules et des canards la nuit, et certains habitants le tuent ou l'empoisonnent ; les "
     "chiens domestiques lui transmettent aussi des maladies. Ce projet d'une fondation de "
     "conservation, de l'institut agricole et des municipalités aide 120 familles à construire "
     "des poulaillers fermés la nuit, vaccine et stérilise les chiens des fermes, suit une "
     "dizaine de loups munis de colliers GPS pour savoir quand ils s'approchent des maisons et "
     "intervient dans les écoles rurales, où le loup à crinière est présenté comme un voisin "
     "utile qui mange aussi des rongeurs. Les cerfs des marais, les capybaras et les jaguars "
     "réintroduits dans l'Iberá ne sont cités qu'en passant.",
     ("loups à crinière", "aguará guazú", "Chrysocyon brachyurus", "basses-cours", "projets"),
     ("AR",), "2024-09"),
    ("ez06", "need", "es",
     "Necesidad: saber cuántos aguará guazú quedan en los pastizales de Ñeembucú y Misiones",
     "El aguará guazú o lobo de crin (Chrysocyon brachyurus) es el mayor cánido de Sudamérica: "
     "alto, de pelaje rojizo, con una crin negra que eriza cuando se siente amenazado y patas "
     "largas que le permiten mirar por encima del pasto alto. Come ratones, aves, insectos y "
     "muchas frutas. En el sur del Paraguay, los pastizales naturales y los esteros de "
     "Ñeembucú y Misiones se están convirtiendo en arrozales, plantaciones de eucaliptos y "
     "pasturas implantadas, y muchos pobladores lo creen peligroso para el ganado o usan partes "
     "de su cuerpo como remedio. El ministerio del ambiente, una universidad y una asociación "
     "de productores solicitan apoyo para estimar la población con recorridos nocturnos y "
     "análisis genético de heces, entrevistar a los pobladores, proponer corredores de pastizal "
     "entre estancias y preparar materiales en guaraní y castellano para escuelas y radios "
     "comunitarias. El venado de las pampas, los ñandúes y los camalotes de los esteros se "
     "citan de paso.",
     ("aguará guazú", "lobo de crin", "Chrysocyon brachyurus", "pastizales naturales",
      "necesidades"),
     ("PY",), "2024-10"),
    # --- Welwitschia -----------------------------------------------------------------------------
    ("ez07", "case-study", "en",
     "Keeping vehicles off the Welwitschia Plains: a case study from the central Namib",
     "Welwitschia mirabilis, the tumboa, is a plant found only in the Namib Desert: a short "
     "woody stem with just two strap-like leaves that grow from the base throughout its life "
     "and are split and curled by the wind into a tangled heap, on a plant that may live well "
     "over a thousand years. It draws water from deep roots and from fog; the Afrikaans name "
     "tweeblaarkanniedood means two leaves that cannot die. East of Swakopmund, the Welwitschia "
     "Plains in the Namib-Naukluft Park hold thousands of plants, among them a giant thought "
     "to be 1,500 years old. This case study describes how the park authorities, a tourism "
     "association and mining companies closed off-road tracks across the plains, fenced the "
     "largest plant and built a walkway round it, set conditions for uranium exploration "
     "licences and trained guides and rangers. It reports fewer crushed seedlings and the gaps "
     "that remain in enforcement. The Moon Landscape, the lichens and the fog banks are named "
     "in passing.",
     ("Welwitschia mirabilis", "desert plants", "off-road driving", "Namib-Naukluft Park",
      "case studies"),
     ("NA",), "2024-08"),
    ("ez08", "dataset", "fr",
     "Les welwitschias du désert du Namibe : âges, sexes et santé des plantes du parc national "
     "d'Iona, 2012-2024",
     "La welwitschia (Welwitschia mirabilis), tumboa ou n'tumbo dans le sud de l'Angola, est "
     "une gymnosperme sans proche parent, dont les deux seules feuilles poussent sans arrêt "
     "depuis la base et s'usent à leur extrémité dans le vent du désert. Les plantes sont mâles "
     "ou femelles, pollinisées par des insectes, et les cônes femelles, d'un rouge orangé, sont "
     "piqués par une punaise (Probergrothius angolensis) qui transmet un champignon. Ce jeu de "
     "données, réuni par l'administration du parc national d'Iona, une université de Luanda et "
     "des botanistes étrangers, rassemble les coordonnées de 9 000 plantes marquées dans la "
     "province de Namibe, leur sexe, la taille de la tige, l'âge estimé au radiocarbone pour "
     "quelques-unes, la production de cônes, les dégâts des chèvres et des véhicules et la "
     "présence du champignon. Il montre des populations vieilles, peu de jeunes plantes et des "
     "pertes près des pistes. Les lichens, les zèbres de montagne et les éleveurs himbas et "
     "mucubais ne sont cités qu'en passant.",
     ("welwitschia", "Welwitschia mirabilis", "plantes du désert", "parc national d'Iona",
      "jeux de données"),
     ("AO",), "2025-01"),
    ("ez09", "support-source", "es",
     "Oferta: semillas y plantas de welwitschia criadas en vivero, y formación para los jardines "
     "botánicos de Namibia y Angola",
     "Un jardín botánico del sur de España, que cultiva desde hace más de treinta años la "
     "welwitschia (Welwitschia mirabilis), la planta de dos hojas del desierto del Namib a la "
     "que muchos llaman fósil viviente, ofrece a los jardines botánicos, viveros y parques "
     "nacionales de Namibia y Angola su experiencia para producir plantas a partir de semillas. "
     "La oferta incluye semillas obtenidas por polinización manual de plantas masculinas y "
     "femeninas cultivadas, un protocolo de germinación y de trasplante a macetas profundas, "
     "pues la raíz principal no tolera que se la doble, y cursos de una semana para técnicos "
     "de vivero. El objetivo es que coleccionistas, hoteles y jardines encuentren plantas "
     "cultivadas y legales y dejen de arrancar plántulas en el campo, y que los jardines "
     "locales mantengan colecciones de respaldo de las poblaciones más amenazadas. Las aves del "
     "paraíso (Strelitzia) y los cactus del mismo invernadero se citan de paso.",
     ("welwitschia", "Welwitschia mirabilis", "jardines botánicos", "viveros", "ofertas"),
     ("NA", "AO"), "2024-06"),
    # --- proboscis monkeys -----------------------------------------------------------------------
    ("ez10", "dataset", "en",
     "Proboscis monkeys of the Lower Kinabatangan: riverbank sleeping-site counts, 2000-2024",
     "The proboscis monkey (Nasalis larvatus), found only on Borneo, is named for the long, "
     "pendulous nose of the adult male, which swells and reddens when he is excited and "
     "amplifies his honking calls. It lives in harems of one male and several females, and in "
     "all-male bands, in riverine, swamp and mangrove forests, eating young leaves, seeds and "
     "unripe fruit, and every evening the groups return to sleep in tall trees on the "
     "riverbank. This dataset, compiled by the state wildlife department, a field centre and a "
     "university, brings together twenty-five years of boat counts along 200 km of the "
     "Kinabatangan River and its oxbow lakes in Sabah, Malaysia, with group size and "
     "composition, sleeping tree species, the width of forest left between the river and the "
     "oil palm estates, flood levels and the number of tourist boats passing. It shows groups "
     "shrinking where the forest strip is narrow. Long-tailed macaques, orangutans and "
     "hornbills are recorded separately.",
     ("proboscis monkeys", "Nasalis larvatus", "primates", "Kinabatangan", "datasets"),
     ("MY",), "2025-02"),
    ("ez11", "need", "fr",
     "Besoin : recenser les nasiques des îlots et des rives du delta du Barito, dans le "
     "Kalimantan du Sud",
     "Le nasique (Nasalis larvatus), ou singe à trompe, appelé bekantan en indonésien, est un "
     "primate de Bornéo dont le mâle porte un long nez pendant et dont l'estomac à plusieurs "
     "poches abrite des bactéries qui digèrent les feuilles. Il est l'emblème de la province "
     "du Kalimantan du Sud, en Indonésie, où il vit dans les forêts de bord de rivière, les "
     "forêts marécageuses et les îlots du delta du Barito, près de Banjarmasin. Ces forêts sont "
     "coupées pour les rizières, les bassins d'élevage et les quais, et les remous des barges de "
     "charbon rongent les berges. L'agence provinciale de conservation et une université de "
     "Banjarmasin sollicitent un appui pour compter les groupes par bateau et par drone sur 60 "
     "sites, former des équipes villageoises au suivi, cartographier les forêts restantes et "
     "proposer la protection légale des îlots où ils dorment. Les orangs-outans, les macaques "
     "crabiers et les mangroves plantées sur certains îlots ne sont cités qu'en passant.",
     ("nasiques", "Nasalis larvatus", "primates", "Kalimantan du Sud", "besoins"),
     ("ID",), "2024-07"),
    ("ez12", "document", "es",
     "Directrices para convivir con los monos narigudos en los alrededores de Bandar Seri "
     "Begawan",
     "El mono narigudo o násico (Nasalis larvatus), un primate de Borneo de pelaje anaranjado "
     "cuyo macho adulto tiene una nariz larga y colgante, todavía vive a pocos kilómetros del "
     "centro de Bandar Seri Begawan, la capital de Brunéi, en las franjas de bosque de los ríos "
     "Brunéi y Damuan y en los manglares que rodean la ciudad. Las urbanizaciones, las "
     "carreteras y los rellenos de terreno avanzan sobre esos bosques, y algunos grupos cruzan "
     "calles y jardines. Estas directrices, preparadas por el departamento forestal, el museo "
     "nacional y una universidad, piden a promotores y municipios dejar franjas de bosque "
     "continuas a lo largo de los ríos, plantar los árboles de cuyas hojas se alimentan, no "
     "darles comida, mantener a los perros lejos, instalar señales y reducir la velocidad de "
     "las lanchas, y explican a los vecinos qué hacer si un mono queda aislado en un jardín. "
     "Los macacos, los cocodrilos y las casas sobre pilotes de Kampong Ayer se citan de paso.",
     ("monos narigudos", "Nasalis larvatus", "primates", "urbanización", "directrices"),
     ("BN",), "2024-05"),
    # --- pudus -----------------------------------------------------------------------------------
    ("ez13", "project", "en",
     "Pudus and farm dogs: a project to protect the world's smallest deer in the forest "
     "fragments of Los Ríos",
     "The southern pudu (Pudu puda), a deer barely 40 centimetres tall with short spike "
     "antlers, hides in the dense understorey of the temperate rainforests of southern Chile, "
     "where the Mapuche call it püdü. In the region of Los Ríos, forest has been broken into "
     "small patches among dairy pastures and tree plantations, and the biggest threat is now "
     "the dogs of farms and villages that roam loose and chase pudus; others are caught in "
     "wire fences. This project of a university, the regional agriculture and livestock "
     "service and three municipalities registers, vaccinates and sterilises dogs, offers "
     "farmers free kennels and collars, teaches schoolchildren why dogs should not roam, and "
     "follows pudus fitted with radio collars in ten forest patches to measure their survival "
     "and the dogs they meet. Farmers learn what to do when they find an injured pudu. Kodkods, "
     "foxes and the introduced red deer are named in passing.",
     ("pudus", "Pudu puda", "dogs", "temperate rainforests", "projects"),
     ("CL",), "2024-04"),
    ("ez14", "project", "fr",
     "Le poudou du Nord dans les páramos et les forêts d'altitude de la province de Napo : un "
     "projet avec les communautés kichwas",
     "Le poudou du Nord (Pudu mephistophiles), l'un des plus petits cerfs du monde, haut "
     "d'environ 35 centimètres, au pelage brun-roux et à la face noire, vit entre 2 000 et "
     "4 000 mètres dans les forêts d'altitude et les páramos des Andes du Nord. On le voit "
     "rarement : on ne connaît de lui que des traces, des crottes, quelques photos et des "
     "animaux tués par des chiens ou par des chasseurs. Ce projet d'une fondation équatorienne, "
     "de communautés kichwas et du ministère de l'environnement, autour du parc national "
     "Cayambe-Coca et de la réserve Antisana, en Équateur, forme des gardes communautaires à "
     "relever ses traces, recueille auprès des éleveurs les observations anciennes et "
     "récentes, clôture les sources pour en éloigner le bétail et aide à réduire les brûlis "
     "des páramos. Il prépare aussi la première carte de répartition de l'espèce dans le pays. "
     "Les ours à lunettes, les tapirs de montagne et les chiens errants ne sont cités qu'en "
     "passant.",
     ("poudou du Nord", "Pudu mephistophiles", "cervidés", "páramos", "projets"),
     ("EC",), "2025-03"),
    ("ez15", "case-study", "es",
     "El pudú en el Parque Nacional Lanín: qué ocurrió al retirar el ganado y controlar al "
     "ciervo colorado",
     "El pudú (Pudu puda), el ciervo más pequeño de América, de unos 40 centímetros de alzada "
     "y cuernos cortos como espinas, vive en el sotobosque de caña colihue y arbustos de los "
     "bosques andino-patagónicos, donde es muy difícil de ver. En el Parque Nacional Lanín, en "
     "Neuquén, Argentina, el ganado vacuno de las veranadas y el ciervo colorado introducido "
     "comían el sotobosque y dejaban al pudú sin refugio ni alimento. Este estudio de caso de "
     "la administración de parques, un instituto de investigación y comunidades mapuche del "
     "parque cuenta cómo, entre 2012 y 2024, se acordó retirar el ganado de algunas cuencas, se "
     "cazó ciervo colorado con cazadores habilitados, se cercaron parcelas de prueba y se "
     "recuperó el sotobosque, y cómo aumentaron los rastros de pudú en las parcelas. Discute "
     "también los conflictos con los crianceros y lo que falta por hacer. El huemul, el jabalí "
     "y la floración de la caña colihue se citan de paso.",
     ("pudú", "Pudu puda", "ciervos nativos", "sotobosque", "estudios de caso"),
     ("AR",), "2025-01"),
    # --- aardvarks -------------------------------------------------------------------------------
    ("ez16", "dataset", "en",
     "Aardvarks in a warming Kalahari: body temperatures, activity and deaths during droughts, "
     "2012-2024",
     "The aardvark (Orycteropus afer), the antbear of South African farmers, is a pig-sized "
     "mammal with long ears, a tubular snout and spade-like claws that breaks into termite "
     "mounds and ant nests at night and licks up the insects with a long sticky tongue. It is "
     "the only living member of its order, and its large burrows shelter warthogs, porcupines, "
     "hyenas and birds. On a private reserve in the Northern Cape, South Africa, researchers "
     "implanted temperature loggers and activity sensors in wild aardvarks and found that in "
     "hot dry years, when termites become scarce, they switch to feeding by day, lose weight "
     "and let their body temperature fall at night; in the droughts of 2013 and 2016 many "
     "starved. This dataset of a university and the reserve brings together those "
     "measurements, counts of active burrows, termite and ant sampling, rainfall and "
     "temperature, and the carcasses found. Pangolins and bat-eared foxes are recorded "
     "separately.",
     ("aardvarks", "Orycteropus afer", "heat and drought", "Kalahari", "datasets"),
     ("ZA",), "2024-10"),
    ("ez17", "need", "fr",
     "Besoin : connaître l'oryctérope, le « cochon de terre », dans les parcs de la Pendjari et "
     "du W au Bénin",
     "L'oryctérope (Orycteropus afer), que l'on appelle souvent cochon de terre ou cochon "
     "fouisseur en Afrique de l'Ouest, est un mammifère nocturne aux longues oreilles, au "
     "groin tubulaire et aux griffes en forme de pelle, qui éventre les termitières pour se "
     "nourrir. On voit rarement l'animal, mais ses terriers, repris par les phacochères, les "
     "porcs-épics et les pythons, sont partout dans les savanes du nord du Bénin. Personne ne "
     "sait pourtant combien il en reste dans les parcs nationaux de la Pendjari et du W : il "
     "est chassé pour sa viande, ses griffes et sa peau, vendues comme amulettes, et les feux "
     "tardifs détruisent les termitières. La direction des parcs, une ONG et une université "
     "béninoise sollicitent un appui pour compter les terriers actifs le long de transects, "
     "équiper quelques animaux de colliers, enquêter sur la chasse et les marchés et former les "
     "écogardes. Les éléphants et les lions des deux parcs ne sont cités qu'en passant.",
     ("oryctérope", "Orycteropus afer", "savanes", "terriers", "besoins"),
     ("BJ",), "2024-12"),
    ("ez18", "case-study", "es",
     "Cerdos hormigueros y vallas en las granjas de Namibia: las puertas basculantes que "
     "acabaron con un conflicto",
     "El cerdo hormiguero u oricteropo (Orycteropus afer), al que los granjeros de Namibia "
     "llaman erdvark, es un mamífero nocturno que come hormigas y termitas y cava grandes "
     "madrigueras con sus garras. En las granjas ganaderas y de caza de las tierras altas del "
     "centro de Namibia, los cerdos hormigueros cavan bajo las vallas de malla contra chacales "
     "y las vallas de caza, y abren agujeros por los que entran chacales y caracales hacia los "
     "corderos y se escapan los antílopes; por eso muchos granjeros los mataban. Este estudio "
     "de caso de una asociación de conservación de granjas y una universidad describe cómo se "
     "instalaron, en 60 granjas, puertas basculantes de chapa en los puntos de paso, que dejan "
     "pasar a los cerdos hormigueros y a otros animales sin que caven, cuánto costaron, qué "
     "especies las usan y cuántos cerdos hormigueros se dejaron de matar. Los jabalíes "
     "verrugosos, los puercoespines y las ovejas karakul se citan de paso.",
     ("cerdos hormigueros", "Orycteropus afer", "vallas", "conflictos con ganaderos",
      "estudios de caso"),
     ("NA",), "2024-03"),
    # --- birds-of-paradise -----------------------------------------------------------------------
    ("ez19", "project", "en",
     "A plume bank for the sing-sings: lending bird-of-paradise feathers to dancers in Papua New "
     "Guinea's highlands",
     "Birds-of-paradise (Paradisaeidae), some forty species found mostly in New Guinea, are "
     "famous for the males' plumes and courtship dances; the Raggiana bird-of-paradise is on "
     "Papua New Guinea's flag. In the highlands, plumes of the Raggiana, the blue "
     "bird-of-paradise, the King of Saxony bird-of-paradise and the ribbon-tailed astrapia are "
     "worn in headdresses at sing-sings and shows and handed down in families, but the growing "
     "number of festivals has increased the hunting of adult males. The national conservation "
     "authority and a conservation society, with clan leaders and show organisers in Mount "
     "Hagen, have set up a plume bank: feathers from confiscated and inherited headdresses are "
     "cleaned, stored safe from insects and lent to dance groups for each festival. The project "
     "also registers hunters, trains village monitors to count display trees and encourages "
     "dancers to use dyed chicken feathers. Cassowaries, parrots and the cuscus furs of "
     "headdresses are named in passing.",
     ("birds-of-paradise", "Paradisaeidae", "plumes", "festivals", "projects"),
     ("PG",), "2024-08"),
    ("ez20", "dataset", "fr",
     "Paradisiers des monts Arfak : arènes et arbres de parade, 2010-2024",
     "Les paradisiers, ou oiseaux de paradis, que les Indonésiens appellent cenderawasih, sont "
     "des passereaux de Nouvelle-Guinée et des îles voisines dont les mâles exécutent des "
     "parades spectaculaires. Dans les monts Arfak, en Papouasie occidentale, en Indonésie, "
     "vivent la parotie de Lawes occidentale (Parotia sefilata), qui danse en « ballerine » sur "
     "une arène qu'elle a nettoyée au sol, le paradisier superbe du Vogelkop (Lophorina "
     "niedda), le petit paradisier émeraude (Paradisaea minor) et le paradisier magnifique "
     "(Cicinnurus magnificus). Ce jeu de données, réuni par une université de Manokwari, des "
     "propriétaires coutumiers arfak et l'agence de conservation, recense 420 arènes au sol et "
     "arbres de parade suivis chaque année : position, altitude, espèce, nombre de mâles et de "
     "femelles venus, dates des parades, coupes d'arbres à proximité et enregistrements des "
     "chants. Il montre que les arènes s'éloignent des nouvelles routes. Les jardins et les "
     "cochons des villages ne sont cités qu'en passant.",
     ("paradisiers", "oiseaux de paradis", "Paradisaea", "parades nuptiales",
      "jeux de données"),
     ("ID",), "2025-03"),
    ("ez21", "project", "es",
     "El ave fusil de Lamington: un proyecto para sus ramas de exhibición en las cordilleras "
     "fronterizas de Queensland",
     "Las aves del paraíso (familia Paradisaeidae) no viven solo en Nueva Guinea: en el este de "
     "Australia hay cuatro especies, entre ellas el ave fusil del paraíso (Ptiloris "
     "paradiseus), cuyo macho, negro con reflejos azules y verdes, abre las alas en círculo y "
     "balancea la cabeza sobre una rama muerta para cortejar a las hembras, y hace al volar un "
     "ruido de seda rasgada. Vive en las selvas subtropicales de las cordilleras fronterizas "
     "entre Queensland y Nueva Gales del Sur, entre ellas el Parque Nacional Lamington, y come "
     "frutos e insectos de la corteza. Este proyecto de un grupo de voluntarios, el servicio de "
     "parques de Queensland y propietarios rurales vecinos localiza y protege las ramas de "
     "exhibición, replanta selva en pastizales abandonados entre fragmentos, arranca la "
     "enredadera invasora uña de gato y mide el efecto de las olas de calor sobre las hembras "
     "que anidan. Los canguros pademelón, los pájaros lira y los tilopos se citan de paso.",
     ("aves del paraíso", "ave fusil", "Ptiloris paradiseus", "selvas subtropicales",
      "proyectos"),
     ("AU",), "2024-11"),
    # --- tree kangaroos --------------------------------------------------------------------------
    ("ez22", "case-study", "en",
     "Twenty years of a hunting moratorium for the tenkile, Scott's tree kangaroo, in the "
     "Torricelli Mountains",
     "Tree kangaroos (Dendrolagus) are kangaroos that went back to the trees: with short strong "
     "hind legs, a long tail for balance and curved claws, they climb and leap between trunks "
     "in the mountain rainforests of New Guinea. The tenkile, or Scott's tree kangaroo "
     "(Dendrolagus scottae), lives only in the Torricelli Mountains of Sandaun province, Papua "
     "New Guinea, where in the 1990s perhaps a hundred remained after generations of hunting "
     "with dogs. This case study describes how a local conservation alliance persuaded some "
     "fifty villages to sign a moratorium on hunting the tenkile and the golden-mantled tree "
     "kangaroo, and helped them start fish ponds, rabbit and chicken raising and village health "
     "services in return. It reports surveys showing the tenkile rising to several hundred "
     "animals, the village rules and fines, the difficulties of enforcement when young men "
     "return from town, and what it took to keep the pledge alive. Cassowaries, cuscuses and the "
     "bandicoots hunted instead are named in passing.",
     ("tree kangaroos", "tenkile", "Dendrolagus scottae", "hunting moratorium",
      "case studies"),
     ("PG",), "2024-09"),
    ("ez23", "event", "fr",
     "Soirée d'information : vivre avec les dendrolagues de Lumholtz sur le plateau d'Atherton",
     "Le dendrolague de Lumholtz (Dendrolagus lumholtzi), l'un des plus petits kangourous "
     "arboricoles, vit dans les forêts tropicales humides du plateau d'Atherton, dans le nord "
     "du Queensland, en Australie. Une grande partie de ces forêts a été défrichée pour "
     "l'élevage laitier au siècle dernier, et les dendrolagues traversent aujourd'hui les "
     "prairies et les jardins pour passer d'un bosquet à l'autre : ils y sont attaqués par les "
     "chiens, tombent dans les piscines ou sont heurtés par des voitures. Une association de "
     "protection des dendrolagues, le service des parcs et la collectivité locale invitent les "
     "habitants, les éleveurs et les nouveaux propriétaires à une soirée d'information le jeudi "
     "13 mars 2025 à Malanda : reconnaître les dendrolagues et leurs traces, garder les chiens "
     "enfermés la nuit, planter des arbres de la forêt pluviale en bordure de parcelle, "
     "signaler les animaux vus au sol ou blessés. Les wallabies, les casoars et les "
     "ornithorynques du plateau ne sont cités qu'en passant.",
     ("kangourous arboricoles", "dendrolague de Lumholtz", "Dendrolagus lumholtzi", "chiens",
      "événements"),
     ("AU",), "2025-02"),
    ("ez24", "need", "es",
     "Necesidad: volver a buscar al canguro arborícola de Wondiwoi en las montañas de Papúa "
     "Occidental",
     "El canguro arborícola de Wondiwoi (Dendrolagus mayri) es uno de los mamíferos más raros "
     "del mundo: descrito en 1928 a partir de un solo ejemplar cazado en las montañas Wondiwoi, "
     "en la península que cierra por el oeste la bahía de Cenderawasih, en la provincia "
     "indonesia de Papúa Occidental, no se volvió a ver hasta 2018, cuando un botánico "
     "aficionado lo fotografió a unos 1.600 metros. Como los demás canguros arborícolas, trepa "
     "con garras curvas y usa la larga cola para equilibrarse. Nadie sabe cuántos quedan ni si "
     "la caza con perros de los pueblos de la costa y la tala le afectan. Una universidad de "
     "Manokwari, la agencia de conservación de recursos naturales y una organización local "
     "solicitan apoyo para expediciones a las partes altas, entrevistas con cazadores y "
     "propietarios tradicionales, formación de jóvenes de los pueblos como guías de campo y una "
     "propuesta de protección de las montañas. Las aves del paraíso y los casuarios de los "
     "mismos bosques se citan de paso.",
     ("canguros arborícolas", "Dendrolagus mayri", "especies redescubiertas",
      "Papúa Occidental", "necesidades"),
     ("ID",), "2024-06"),
    # --- okapis ----------------------------------------------------------------------------------
    ("ez25", "need", "en",
     "Need: rebuild the Epulu station and support the guards of the Okapi Wildlife Reserve",
     "The okapi (Okapia johnstoni), the forest giraffe, is a shy, dark chestnut animal with "
     "zebra-striped legs and a long blue tongue, the only living relative of the giraffe, found "
     "only in the rainforests of the Democratic Republic of the Congo. The Okapi Wildlife "
     "Reserve in the Ituri forest, a World Heritage site, holds a large share of all okapis. In "
     "2012 an armed group attacked the reserve headquarters at Epulu, killed guards and "
     "villagers and all fourteen okapis of the breeding and research station, and armed groups "
     "and illegal gold mining camps have since spread inside the reserve. The national wildlife "
     "institute and a conservation partner ask for support to rebuild the station and its okapi "
     "enclosures, equip and train guards, pay for their health care and their children's "
     "schooling, and work with Mbuti and Bantu villages on hunting zones and farmland outside "
     "the core. Elephants, chimpanzees and the gold mining camps are named in passing.",
     ("okapis", "Okapia johnstoni", "Okapi Wildlife Reserve", "wildlife guards", "needs"),
     ("CD",), "2024-05"),
    ("ez26", "dataset", "fr",
     "L'okapi dans le parc national de la Lomami : crottes, empreintes et présence, 2012-2024",
     "L'okapi (Okapia johnstoni), la « girafe des forêts », au pelage brun velouté et aux "
     "pattes rayées de blanc, vit seulement dans les forêts denses du nord et du centre de la "
     "République démocratique du Congo. Son aire s'étend vers le sud jusqu'au bassin de la "
     "Lomami, où il n'avait jamais été étudié avant les inventaires qui ont précédé la création "
     "du parc national de la Lomami en 2016. Ce jeu de données, réuni par une fondation de "
     "recherche, l'institut congolais chargé des aires protégées et des équipes villageoises "
     "des provinces du Maniema et de la Tshopo, rassemble douze ans de prospections sur 2 800 km "
     "de transects en forêt : empreintes et crottes d'okapi, dont certaines identifiées par "
     "l'ADN, signes de chasse et de pièges, relevés de végétation et observations d'autres "
     "mammifères. Il montre que l'okapi reste présent surtout loin des villages et des routes. "
     "Les bonobos, les singes de la Lomami et les éléphants de forêt ne sont cités qu'en "
     "passant.",
     ("okapi", "Okapia johnstoni", "forêts denses", "parc national de la Lomami",
      "jeux de données"),
     ("CD",), "2025-02"),
    ("ez27", "event", "es",
     "Día Mundial del Okapi en Valencia: una jornada sobre la jirafa del bosque y los guardas "
     "del Ituri",
     "Cada 18 de octubre se celebra el Día Mundial del Okapi (Okapia johnstoni), la jirafa del "
     "bosque, un animal del tamaño de un caballo, de pelaje castaño y patas con rayas como de "
     "cebra, que solo vive en las selvas de la República Democrática del Congo y está en "
     "peligro por la caza, la minería y los grupos armados. Un parque zoológico de Valencia que "
     "mantiene okapis dentro del programa europeo de cría en cautividad organiza el sábado 18 "
     "de octubre de 2025 una jornada abierta: charlas de conservacionistas congoleños sobre la "
     "Reserva de Fauna de Okapis y el trabajo de sus guardas, visitas guiadas a los okapis con "
     "los cuidadores, un taller infantil sobre las selvas del Congo y una subasta solidaria "
     "cuyos fondos irán a la reserva. Se presentarán también los resultados del programa "
     "europeo de cría. Las jirafas, las cebras y los chimpancés del zoológico se citan de paso.",
     ("okapi", "jirafa del bosque", "Okapia johnstoni", "zoológicos", "eventos"),
     ("ES", "CD"), "2025-09"),
    # --- horned lizards --------------------------------------------------------------------------
    ("ez28", "project", "en",
     "Horned toads back in Texas towns: head-starting and releasing Texas horned lizards",
     "The Texas horned lizard (Phrynosoma cornutum), the horned toad or horny toad of Texans, "
     "is a flat, spiny lizard that lives on harvester ants and can squirt blood from its eyes "
     "to deter coyotes and dogs. It is the state reptile of Texas, but it has vanished from the "
     "eastern third of the state and from most towns where children once played with it, after "
     "the loss of open grassland, the poisoning of harvester ants and the spread of invasive "
     "fire ants. This project of the state wildlife department, three zoos and a university "
     "breeds horned lizards, raises the hatchlings for a year, and releases them in the small "
     "towns of Kenedy and Karnes City and on a wildlife management area, where residents and "
     "ranchers leave harvester ant mounds alone, stop spraying insecticides and keep grassy "
     "patches. Released lizards are tracked with tiny radio transmitters glued to their backs. "
     "Coyotes, roadrunners and the fire ants are named in passing.",
     ("horned lizards", "Phrynosoma cornutum", "head-starting", "harvester ants", "projects"),
     ("US",), "2024-07"),
    ("ez29", "document", "fr",
     "Programme de rétablissement du grand iguane à petites cornes dans les badlands de "
     "l'Alberta et de la Saskatchewan",
     "Le grand iguane à petites cornes (Phrynosoma hernandesi), qui malgré son nom n'est pas un "
     "iguane, est un petit reptile au corps plat et arrondi, hérissé d'épines et de courtes "
     "cornes derrière la tête. Au Canada, à la limite nord de son aire, il ne vit que dans les "
     "coulées et les badlands de la rivière Milk et du sud-est de l'Alberta et dans le sud-ouest "
     "de la Saskatchewan, où il mange surtout des fourmis et met bas des petits vivants. Il est "
     "désigné en voie de disparition. Ce programme de rétablissement, publié par le service "
     "fédéral de la faune avec les deux provinces, fait le point sur la centaine de sites "
     "connus et sur les menaces (puits de pétrole et de gaz, labour des prairies, sécheresses), "
     "fixe l'objectif de maintenir toutes les populations connues, désigne l'habitat essentiel "
     "et propose des lignes directrices pour l'industrie et des ententes avec les éleveurs. "
     "Les serpents, les chevêches des terriers et les antilocapres ne sont cités qu'en passant.",
     ("grand iguane à petites cornes", "Phrynosoma hernandesi", "espèces en péril",
      "programmes de rétablissement", "documents"),
     ("CA",), "2024-03"),
    ("ez30", "need", "es",
     "Necesidad: estudiar a los camaleones de montaña de los pastizales de Hidalgo antes de que "
     "los alcance la ciudad",
     "En México, a las lagartijas cornudas del género Phrynosoma se les llama camaleones, "
     "toritos o, en náhuatl, tapayaxin, aunque no tienen nada que ver con los camaleones "
     "verdaderos de África. El camaleón de montaña (Phrynosoma orbiculare), endémico del país, "
     "vive en pastizales y bosques de pino y encino del Eje Neovolcánico y come casi solo "
     "hormigas; las hembras paren crías vivas. En el sur de Hidalgo, los fraccionamientos que "
     "crecen hacia la zona metropolitana, los incendios de pastizales y la recolección de "
     "ejemplares para tenerlos en casa, donde mueren pronto, reducen sus poblaciones. Una "
     "universidad pública, la procuraduría ambiental del estado y varios municipios solicitan "
     "apoyo para estudiar las poblaciones en 30 sitios, medir la pérdida de pastizal, formar a "
     "inspectores en la identificación de las especies y producir materiales en español y "
     "náhuatl para las escuelas. Los ajolotes, las víboras de cascabel y los magueyes se citan "
     "de paso.",
     ("lagartijas cornudas", "camaleón de montaña", "Phrynosoma orbiculare", "pastizales",
      "necesidades"),
     ("MX",), "2024-09"),
)  # fmt: skip
