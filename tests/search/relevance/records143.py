"""Clearing-house records of the hundred-and-forty-third judged relevance set
(tests/search/relevance/queries143.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to
its queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on lungfishes (a dataset of sixteen years of surveys of the
spawning beds, eggs and young of the Australian lungfish in the Burnett and Mary rivers,
Queensland, Australia; a need to know the protoptères dug out of the dry mud around Lake Fitri,
Chad; a project with the fishers, rice growers and schools of Ñeembucú for the lepidosirena, the
South American lungfish, Paraguay); on night monkeys, Aotus (a dataset of dusk counts of the
Panamanian night monkey in the forest patches of the Canal watershed, Panama; a case study of
twenty-five years with the douroucouli d'Azara, the mirikiná, in an estancia of Formosa,
Argentina; a workshop, an event, in Pomacochas on the mono nocturno andino of Amazonas and San
Martín, Peru); on freshwater stingrays (a project of reporting, tagging and release of the
giant freshwater stingray of the Mekong between Kratie and Stung Treng, Cambodia; a need to
inventory the raies d'eau douce of the Maroni and the Oyapock, French Guiana; a guide, a
document, to the rayas de agua dulce of the Mamoré and the Iténez for fishers and health posts,
Beni, Bolivia); on manakins (a project for the springs and streamside forest of the Araripe
manakin, Ceará, Brazil; a guide, a document, to the manakins of French Guiana by plumage,
calls and displays; a dataset of thirteen seasons of counts at the leks of the saltarín
alitorcido around Mindo, Pichincha, Ecuador); on tuco-tucos, Ctenomys (a need to map the last
colonies of Lami's tuco-tuco on the Coxilha das Lombas, Rio Grande do Sul, Brazil; a dataset
of mounds, coat colours and genetics of Ctenomys rionegrensis, Río Negro department, Uruguay;
a project with three estancias for the tuco-tuco colonial of the Limay valley, Neuquén,
Argentina); on Mediterranean firs, the relict Abies of the Mediterranean mountains (a project to
help the last thirty Sicilian firs of the Madonie set seed and regenerate, Sicily, Italy; a
need to save the sapin de Numidie of Mount Babor, Algeria; a dataset of twenty years of plots
following the decline of the pinsapo in the Serranía de Ronda, Spain); on burrowing owls (an
offer, a support source, of help to the homeowners and builders of Cape Coral who have burrowing
owls on their lot, Florida, United States; a dataset of burrows and broods of the chevêche des
terriers in the Sechura desert, Piura, Peru; a project with the landholders of Colina and Lampa
for the pequén, Chile); on stoats, the ermine (a need to find out whether the Haida Gwaii ermine
survives, British Columbia, Canada; a project of stone and brushwood dens for the hermine in the
bocage of the Trégor, Brittany, France; a need to learn how many armiños are left in the
Cantabrian mountains, Spain); on wild daffodils, Narcissus (a daffodil weekend, an event, of
counts, walks and volunteer wardens in Farndale, North York Moors, England, United Kingdom; a
case study of the picking of the narcisse des poètes for perfume on the Aubrac, France; an
offer, a support source, of a botanists' association's advice to the municipalities and stock
farmers of Castilla y León that have wild narcisos, Spain); and on edible land snails collected
in the wild (a dataset of quotas, purchases and monitoring plots of the Roman snail harvest,
Lithuania; a guide, a document, to the regulated picking of the escargot de Bourgogne in
Bourgogne-Franche-Comté, France; a case study of twenty years of closed seasons for the
cabrillas and caracoles serranos of Andalusia, Spain). English, French and Spanish, 10 records
each, every topic written once in each language (different countries or places, projects and
angles, not translations of one text); the three fir records are in three countries (Italy,
Algeria, Spain), and the Spanish records ft18, ft24, ft27 and ft30 are all in Spain, where the
pinsapo, the armiño of the north, the narcisos of Castilla y León and the caracoles serranos
live, in four regions, by four different bodies and with four angles.

None of records.py, records3.py, ..., records141.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (lungfish, lung fish, Neoceratodus, Burnett salmon,
Protopterus, protoptère, poisson à poumons, dipneuste, Lepidosiren, lepidosirena, pez
pulmonado, dipnoo, loalach, lolach, piramboia, kamongo, Burnett, Fitri, Ñeembucú; night monkey,
owl monkey, Aotus, douroucouli, singe de nuit, singe-hibou, mono nocturno, mono de noche, mico de
noche, marteja, musmuqui, mirikiná, miriquiná, cusi-cusi, Pomacochas, Formosa; stingray,
freshwater stingray, Potamotrygon, Paratrygon, Urogymnus, Himantura, Potamotrygonidae, raie
d'eau douce, pastenague, raya de río, raya de agua dulce, raya motoro, Maroni, Oyapock,
Mamoré, Iténez, Stung Treng, Kratie; manakin, Pipridae, Pipra, Manacus, Chiroxiphia,
Antilophia, Machaeropterus, saltarín, bailarín, manaquín, soldadinho, Araripe, Mindo; tuco-tuco,
tucu-tucu, Ctenomys, cténomys, tunduque, coruro, Coxilha das Lombas, Limay; fir, Abies,
pinsapo, pinsapar, Abies pinsapo, marocana, numidica, nebrodensis, cilicica, cephalonica,
sapin, sapin de Numidie, sapin d'Espagne, abeto, abeto de Numidia, Babor, Tababort, Madonie,
Sierra de las Nieves, Grazalema, Ronda; burrowing owl, Athene cunicularia, chevêche des
terriers, chouette des terriers, lechucita vizcachera, lechuza de las vizcacheras, lechuza de
los arenales, pequén, tecolote llanero, mochuelo de hoyo, Cape Coral, Sechura, Colina, Lampa;
stoat, ermine, Mustela erminea, weasel, hermine, belette, armiño, comadreja, Haida Gwaii,
Trégor; daffodil, Lent lily, Narcissus, narcisse, jonquille, narcisse des poètes, narciso,
trompón, Farndale, Aubrac; edible snail, Roman snail, Burgundy snail, Helix, Helix pomatia,
escargot, escargot de Bourgogne, petit-gris, Cornu aspersum, héliciculture, caracol, cabrilla,
Otala, Iberus, vaqueta, caracol serrano, chapa). Screened and dropped as covered or as too near
the queries of earlier sets: devil's claw (records24), carnivorous plants (records71), dragon
trees (records65), bearded vultures (the buitres queries), capercaillie (records67),
armadillos (records59), chameleons (records55), bird ringing (records25), goldfinches
(records89), pampas grass (records99), monkey puzzles (records35), giant clams (records31), red
coral (records25), hedgehogs (records49), seahorses (records20), sawfish (records30), gentians
(records101), desert truffles (the truffes and trufas queries), lampreys, shads and sturgeons
(the migratory fish queries), flying squirrels (the ardillas queries), foxes (the foxes and
zorros queries), junipers (the thuriféraies query), palo santo and myrrh (the incense queries),
guans (too near the curassow pages of records89), agoutis (the bushmeat queries and the game
pages), kinkajous (the perro de monte query), sun bears (the bears queries), river turtles (the
tortues query), vipers and pythons (the snake OR python and snakebite queries), margays and
jaguarundis (the gato montés and chat sauvage queries), screamers and jacanas (the waterbird
counts and wetlands queries), hawk moths and hoverflies (the pollinisateurs queries),
lignum vitae (the dry forest queries), glow-worms (the fireflies of records20) and every
invasive species (the invasive species queries), besides the topics of sets 42 to 141 and those
their docstrings list as covered; screened with no or passing hits but not chosen: anteaters,
tayras, olingos, gundis, jerboas, seriemas, oropendolas, praying mantises, antlions, wild asses,
tenrecs, arowanas and the Saharan cypress. The topics were chosen so that none of these records
answers a query of an earlier set: the angles that earlier queries ask for (wildlife trade and
trafficking, bushmeat, camera traps, birdwatching tourism, protected areas, wetlands and
waterbirds, migratory birds and fish, citizen science, ex situ conservation, nest boxes,
invasive species, roadkill, traditional knowledge) are left out of these records or named only
in passing, no record names CITES, no record names Madagascar, Morocco, Senegal, Mali, Tunisia or
another country that an earlier query asks for by its name alone, and no record is in a country
and of a type that an earlier "needs", "projects" or "case studies" country query asks for
(needs Colombia, needs Ecuador, besoins Pérou, necesidades Chile, projects Peru, proyectos
Colombia, estudios de caso Chile and the others).

No earlier record is judged relevant to any query of this set. All the hits are passing or about
other things (0): the lungfish that the shoebill of the Bangweulu swamps seizes (fh01), the
protoptères that the bec-en-sabot of the Akagera hunts (fh02) and the peces pulmonados of the
shoebill need fh03 are prey named in passing; the stingray caught
now and then in the bagnets of the Tonle Sap (cy25) is passing, the manta and devil rays of
Sri Lanka, Maupiti and Tumbes (bc07-bc09) and the raies pastenagues of a lagoon (cm23) are
marine rays; the cocks-of-the-rock (fp01-fp03), which dance at leks too, are cotingas, no
manakins; the mountain vizcachas and viscaches of the Andean cat pages (fd07, fd08) and of the
chinchilla dataset (fd29) are chinchillids, no tuco-tucos; the oyamel of the monarch forests
and of the assisted migration page (i18, cc12), the Nordmann firs of the Christmas tree pages
(ec07-ec09) and the yellowing sapins of the Vosges in the acid rain case study (cr08) are firs,
but neither Mediterranean nor relict; the burrowing owls and tecolotes llaneros named by the
bison pages (bv01, bv03) and the prairie dog pages (ee13-ee15) and the chevêches des terriers
of the horned lizard page ez29 are passing, and the barn owls are other owls; the stoats of
the braided river page of New Zealand (do16) and of the dry stone wall page of the Yorkshire
Dales (bv10) are passing; the sea daffodils (eq28-eq30) are Pancratium maritimum, no
Narcissus, and the narcisos of the wild tulip page (et18) are passing; and the giant African
snail pages (bf07-bf09) and the tree snail pages (eo19-eo21) are about an invasive pest and
about tree snails, and the slug pellet pages and the babosas y caracoles of the no-till fields
of Buenos Aires (by07-by09) about crop pests, none about snails gathered to be eaten. The places
of these records appear in earlier records only as the places of other topics (0; Lake Fitri
appears in none, "fitri" only inside anfitrión and Idul Fitri): the aguará guazú need of
Ñeembucú (ez06), near ft03; the Irrawaddy dolphin
guardians of the Mekong at Kratie (ba02), which ft07 names in passing; the bufeo need of the
Mamoré and the Iténez (ba03), the paiche of northern Bolivia (ce12) and the Victoria lily of the
Beni (dq22), near ft09; the many pages of the Maroni and the Oyapock (among them the harpy eagle,
peccary and curassow pages ck02, cq02 and dq02), near ft08 and ft11; the glass frogs of the
Chocó Andino of Pichincha (di09), near ft12; the fumigations against Aedes aegypti in Formosa
(cx03), near ft05; the scallops of Sechura bay (cu21), near ft20; the iron dumped off Haida
Gwaii (cr16), near ft22; the gentianaires of the Cantal beside the Aubrac (ec23), near ft26;
the fig trees of Kabylie (dq14), near ft17; and Lithuania's deposit return system (bk22), near
ft28.

records142.py (ids fs01..fs30, on chemicals, waste, pollution, energy, health, trade and
enforcement topics), written at the same time by another engineer, was searched for the same words
once it was finished (with its queries142.tsv, 60 queries), before these records were judged: its
topics are winery wastewater, the occupational cancers of firefighters, Q fever, sodium nitrite
poisoning, the soil fumigant metam sodium, river hydrokinetic turbines, used contact lenses,
counterfeit phone chargers, vehicle-to-grid charging and empty camping gas cartridges. None of
its records names a lungfish, a night monkey, a freshwater stingray, a manakin, a tuco-tuco, a
Mediterranean fir, a burrowing owl, a stoat, a wild daffodil or an edible snail. The nearest are
places and passing words, all judged 0: the hydroliennes for the isolated communes of the Maroni
and the Oyapock (fs17), near the raies d'eau douce need of the same rivers (ft08) and the
manakin guide of French Guiana (ft11) only by place, and no answer to "raies d'eau douce -Guyane"
or "manakins Guyane"; the hydrokinetic turbines for the riverside communities of the Marañón and
the Ucayali (fs18), in the Peru of the night monkey workshop (ft06), to "singes de nuit Pérou";
the salmon watched by the underwater cameras of the Kvichak river turbine (fs16), another fish;
the efluentes of the bodegas of Mendoza (fs03), to "douroucouli Argentine" and "tuco-tuco
-Argentina"; the sal de cura of the markets of La Paz and El Alto (fs12), in the Bolivia of the
stingray guide ft09; the Q fever of the dairy workers of Los Ríos and Los Lagos (fs09) and the gas
cartridges of Torres del Paine (fs30), to "pequén Chile"; the firefighters' guide and the sodium
nitrite project of Canada (fs05, fs10), to "ermine Canada"; the jornada on firefighters' cancer
in Spain (fs06), to "snail harvest Spain"; the cancers of Australian firefighters (fs04), no
lungfish; and the French pages on effluents vinicoles, métam-sodium and cartouches de gaz (fs02,
fs14, fs29), near ft23, ft26 and ft29 by country only. None of its records answers a query of
this set, and none of its queries is repeated in queries143.tsv. records144.py and records145.py,
written at the same time by other engineers, are not part of this set's pool.

Traps: the platypuses, freshwater turtles, irrigation allocations and fishways of ft01; the
hippopotames, riz de décrue, oiseaux d'eau and the smoking of the fish of ft02; the víbora de
agua and anguila that the lepidosirena is mistaken for, the arrozales, yacarés, carpinchos and
quemas de pastizales of ft03; the howler monkeys, kinkajous (another night animal), teak,
hedgerows and living fences of ft04; the singes hurleurs, tatous, pumas, soja and radio-pistage
of ft05; the pavas (guans), osos de anteojos, café and rondas campesinas of ft06; the Irrawaddy
dolphins, giant catfish, sand dredging, dams and acoustic receivers of ft07; the poissons-chats,
aïmaras, orpailleurs and chantiers aurifères of ft08; the bufeos (river dolphins), paiches and
garzas of ft09; the birdwatchers, bathing resorts, fossil quarries and banana plots of ft10;
the coqs-de-roche (cocks-of-the-rock, other dancers at leks) and colibris of ft11; the colibríes,
tucanes, observadores de aves and fincas ganaderas of ft12; the burrowing owls (the topic of
ft19-ft21, named in passing), armadillos, sand pits and lagoons of ft13; the nandous (rheas),
tatous and chiens de ferme of ft14; the zorros, cauquenes, truchas and casas de fin de semana of
ft15; the beech woods, wildfires, summer grazing and planted silver firs of ft16; the cèdre de
l'Atlas, chêne zéen, sittelle kabyle, singe magot (the Barbary macaque) and feux de forêt of
ft17; the cabras monteses, incendios and repoblaciones de pino of ft18; the gopher tortoises,
sprinkler systems, lawn pesticides, dogs and cats of ft19; the renards du désert, chèvres,
charbonniers, algarrobos, pistes de motos and El Niño of ft20; the lechuzas blancas (barn
owls), conejos, perros sueltos and pesticidas of ft21; the deer, rats, squirrels, raccoons,
black bears, island marten and old-growth cedars of ft22; the belettes, renards, chats,
campagnols and talus of ft23; the comadrejas, lirones, rebecos and topillos of ft24; the car
parking, primroses, lambing and garden daffodils of ft25; the gentianes, vaches d'Aubrac, lait
and usine d'extraction of ft26; the orquídeas, tulipanes silvestres and ferias de ganado of
ft27; the snail farms, wild garlic and roadside verges of ft28; the héliciculture, petit-gris
of the gardens, limaces and beurre persillé of ft29; and the caracoles de granja importados,
romero and canteras of ft30. Some records name their topic only by another name or a narrower
kind: ft01 says Australian lungfish and Queensland lungfish; ft02 only protoptères and poissons
à poumons; ft03 lepidosirena, pez pulmonado and loalach; ft04 night monkeys and owl monkeys;
ft05 douroucoulis, singes de nuit and mirikiná; ft06 monos nocturnos, musmuquis and monos de
noche; ft07 giant freshwater stingray; ft08 raies d'eau douce; ft09 rayas de agua dulce, rayas
de río and raya motoro; ft10 manakins and Araripe manakin; ft11 only manakins (manakin à tête
d'or and the others); ft12 saltarines, bailarines and manaquines; ft13 tuco-tucos; ft14
tuco-tucos and Ctenomys; ft15 tuco-tucos, tucu-tucus and tuco-tuco colonial; ft16 Sicilian fir
and Mediterranean firs; ft17 sapin de Numidie and sapins méditerranéens; ft18 only pinsapo,
abeto and pinsapares; ft19 burrowing owl; ft20 chevêche des terriers and chouette des terriers;
ft21 pequén, lechucita de las vizcacheras and tecolote llanero; ft22 stoat and ermine; ft23
only hermine; ft24 only armiño; ft25 wild daffodil and Lent lily; ft26 narcisses sauvages,
jonquille and narcisse des poètes; ft27 narcisos silvestres, trompón and narciso de Asturias;
ft28 Roman snail and Burgundy snail; ft29 escargot de Bourgogne and petit-gris; ft30 only
cabrilla, caracol moro, caracol serrano, vaqueta and chapa. Letters and homonyms: Río Negro is
a department of Uruguay in ft14 and a province of Argentina (the huemul need fp12), and Bariloche,
where ft15's institute is, lies in that province; Formosa (ft05) is an Argentine province, not
the Formose (Taiwan) of the clouded leopard page ez02; the Lent lily is a daffodil, no lily; an
ermine is also a white fur; the southern Spain that ft16 names as part of the range of the
relict firs is the home of the pinsapo of ft18; and chapa, vaqueta and cabrilla are also a
metal sheet, a leather and a sea fish.

For the country queries: ft01 names only Australia (Queensland); ft02 only Chad; ft03 only
Paraguay (the Paraná and Paraguay basins as the range); ft04 only Panama; ft05 only Argentina,
with European partners; ft06 only Peru; ft07 only Cambodia (South-East Asia as the range);
ft08 only French Guiana (South America as the range); ft09 only Bolivia; ft10 only Brazil; ft11
only French Guiana; ft12 only Ecuador (the western Andes as the range); ft13 only Brazil; ft14
only Uruguay, with a French laboratory; ft15 only Argentina, with Uruguay named for a local name
of the animal; ft16 only Italy (southern Spain, North Africa, Greece and Turkey as the range of
the other relict firs); ft17 only Algeria; ft18 only Spain; ft19 only the United States
(Florida); ft20 only Peru, with a French team; ft21 only Chile; ft22 only Canada; ft23 only
France; ft24 only Spain (the Iberian Peninsula, the Pyrenees); ft25 only the United Kingdom
(England, Britain); ft26 only France; ft27 only Spain; ft28 only Lithuania, with France as
the buyer of its snails; ft29 only France; ft30 only Spain.

Ids (ft01..ft30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fp01..fp30, fq01..fq30, fr01..fr30), nor with records142.py's (fs01..fs30), and no earlier id
starts with "ft".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- lungfishes -------------------------------------------------------------------------------
    ("ft01", "dataset", "en",
     "Australian lungfish in the Burnett and Mary rivers: spawning beds, eggs and young surveyed, "
     "2008-2024",
     "The Australian lungfish (Neoceratodus forsteri), also called the Queensland lungfish or "
     "Burnett salmon, is one of the six living lungfishes: a heavy, olive-brown fish with large "
     "scales and paddle-shaped fins, which gulps air into a single lung when the water turns warm "
     "and stale. It lives naturally only in the Burnett and Mary rivers of south-east Queensland, "
     "Australia, may live for more than 80 years and breeds slowly. Adults scatter their eggs "
     "among submerged water plants in shallow, slow reaches, and weirs and dams have drowned or "
     "dried out many of those spawning beds. This dataset of the state fisheries agency and a "
     "university gathers sixteen years of surveys: eggs counted on water plants at fixed sites, "
     "juveniles caught by electrofishing, water levels above the weirs, and adults found injured "
     "or dead below the spillways after floods. Platypuses, freshwater turtles, irrigation "
     "allocations and the fishways of the weirs are named in passing.",
     ("lungfish", "Neoceratodus forsteri", "Burnett River", "spawning", "datasets"),
     ("AU",), "2025-02"),
    ("ft02", "need", "fr",
     "Besoin : connaître les protoptères du lac Fitri, déterrés de la vase à la saison sèche",
     "Les protoptères sont les poissons à poumons d'Afrique : allongés, à nageoires fines comme "
     "des fils, ils respirent l'air et survivent à la saison sèche enfouis dans la vase durcie, "
     "enroulés dans un cocon de mucus, parfois pendant des mois. Autour du lac Fitri, au centre du "
     "Tchad, pêcheurs et femmes les déterrent à la houe quand les eaux se retirent, puis les "
     "fument ou les vendent frais sur les marchés de la région. Les prises ont beaucoup augmenté "
     "à mesure que les autres poissons se raréfiaient, et l'on ne sait ni si l'espèce du lac est "
     "bien le protoptère africain (Protopterus annectens), ni à quelle taille elle se reproduit, "
     "ni si les adultes creusés avant les pluies se renouvellent. L'autorité du lac et une "
     "association de pêcheurs sollicitent un appui pour identifier l'espèce, mesurer les captures "
     "de chaque saison, cartographier les zones de terriers et discuter avec les villages d'une "
     "période sans creusage. Les hippopotames, le riz de décrue et les oiseaux d'eau ne sont "
     "cités qu'en passant.",
     ("protoptères", "poissons à poumons", "lac Fitri", "pêche de saison sèche", "besoins"),
     ("TD",), "2025-04"),
    ("ft03", "project", "es",
     "La lepidosirena de los esteros de Ñeembucú: pescadores que la sueltan viva y escuelas que "
     "la conocen",
     "La lepidosirena o pez pulmonado sudamericano (Lepidosiren paradoxa), llamada loalach en "
     "algunas zonas y confundida a menudo con una anguila o una víbora de agua, es un pez "
     "alargado, de aletas finas como hilos, que respira aire con dos pulmones. Vive en esteros, "
     "bañados y madrejones de las cuencas del Paraná y del Paraguay, y cuando el agua baja se "
     "entierra en el barro húmedo hasta las lluvias. En el departamento de Ñeembucú, en el sur del "
     "Paraguay, los pescadores la sacan a veces con anzuelo o al vaciar los canales de los "
     "arrozales, y muchos la matan por miedo. Este proyecto de una universidad nacional y del "
     "ministerio del ambiente trabaja con pescadores, arroceros y maestros: registra cada captura "
     "con foto y lugar, enseña a soltarla viva, busca los madrejones donde cría (el macho cuida "
     "los huevos en una cueva del fondo) y prepara una cartilla para las escuelas. Los yacarés, "
     "los carpinchos y las quemas de pastizales se citan de paso.",
     ("lepidosirena", "peces pulmonados", "Lepidosiren paradoxa", "Ñeembucú", "proyectos"),
     ("PY",), "2025-06"),
    # --- night monkeys ----------------------------------------------------------------------------
    ("ft04", "dataset", "en",
     "Panamanian night monkeys in the forest patches of the Canal watershed: groups counted at "
     "dusk, 2015-2024",
     "Night monkeys, or owl monkeys (Aotus), are the only truly nocturnal monkeys: small "
     "grey-brown primates with very large eyes, which live in faithful pairs with their young, "
     "the father carrying the infant most of the time. The Panamanian night monkey (Aotus "
     "zonalis) lives in the lowland and hill forests of Panama. In the watershed of the Panama "
     "Canal, where pastures, teak plantations and new suburbs have cut the forest into patches, "
     "nobody knew how many were left. This dataset of a national university and the environment "
     "ministry gathers ten years of surveys in 42 forest patches: groups seen leaving their "
     "sleeping holes at dusk, group size, infants carried, moonlight, the area of each patch and "
     "its links to other patches by hedgerows and living fences. It also lists the sleeping "
     "trees, mostly old hollow trees and dense tangles of vines. Howler monkeys, kinkajous, teak "
     "harvesting and the Canal's water supply are named in passing.",
     ("night monkeys", "owl monkeys", "Aotus zonalis", "Panama Canal watershed", "datasets"),
     ("PA",), "2025-01"),
    ("ft05", "case-study", "fr",
     "Étude de cas : vingt-cinq ans auprès du douroucouli d'Azara dans les forêts de la province "
     "de Formosa",
     "Les douroucoulis, ou singes de nuit (Aotus), sont de petits primates d'Amérique du Sud aux "
     "très grands yeux, qui vivent en couples stables ; chez eux, c'est le père qui porte le petit "
     "presque tout le temps. Le douroucouli d'Azara (Aotus azarae), que l'on appelle ici "
     "mirikiná, vit à la limite sud du genre et s'y distingue : dans les forêts du Chaco humide, "
     "aux nuits d'hiver froides, il est actif le jour comme la nuit. Cette étude de cas retrace "
     "vingt-cinq ans de travail d'une équipe argentine et de partenaires européens dans une "
     "estancia de la province de Formosa, en Argentine : groupes habitués suivis par "
     "radio-pistage, arbres-dortoirs, naissances et départs des jeunes, puis, à mesure que les "
     "forêts voisines étaient défrichées pour l'élevage et le soja, des accords avec les "
     "propriétaires pour garder des couloirs de forêt le long des cours d'eau, et des sorties pour "
     "les écoles. Les singes hurleurs, les tatous et les pumas ne sont cités qu'en passant.",
     ("douroucoulis", "singes de nuit", "Aotus azarae", "Formosa", "études de cas"),
     ("AR",), "2024-11"),
    ("ft06", "event", "es",
     "Taller en Pomacochas: el mono nocturno andino en los bosques de Amazonas y San Martín",
     "Los monos nocturnos (Aotus), llamados en el Perú musmuquis o monos de noche, son primates "
     "pequeños de ojos enormes que viven en parejas con sus crías y salen a comer de noche. El "
     "mono nocturno andino (Aotus miconax) solo vive en el Perú, en los bosques de montaña de "
     "Amazonas, San Martín y Huánuco, entre los 800 y los 3.000 metros, y está en peligro: sus "
     "bosques se talan para potreros, cafetales y carreteras. Una asociación de conservación, la "
     "universidad regional y las rondas campesinas organizan del 12 al 14 de noviembre de 2025, "
     "en Pomacochas (Amazonas), un taller para guardabosques comunales, docentes y técnicos "
     "municipales: cómo reconocer al mono y sus árboles dormidero, cómo contarlo al anochecer con "
     "linternas de luz roja, cómo anotar y enviar los avistamientos y cómo plantar corredores de "
     "árboles nativos entre los parches de bosque. Las pavas, los osos de anteojos y el café se "
     "citan de paso.",
     ("monos nocturnos", "musmuqui", "Aotus miconax", "Amazonas", "eventos"),
     ("PE",), "2025-09"),
    # --- freshwater stingrays ---------------------------------------------------------------------
    ("ft07", "project", "en",
     "Giant freshwater stingrays of the Mekong: reporting, tagging and safe release between "
     "Kratie and Stung Treng",
     "The giant freshwater stingray (Urogymnus polylepis) is a flat, disc-shaped ray of the big "
     "rivers of South-East Asia that can measure more than two metres across and weigh several "
     "hundred kilograms; it rests on the sandy bottom of deep river pools. In Cambodia it still "
     "lives in the deep pools of the Mekong between Kratie and Stung Treng, where hooks and long "
     "lines set for other fish sometimes catch one. Little is known of its movements or breeding, "
     "and dams upstream and sand dredging are changing the pools. This project of the fisheries "
     "administration, a university and provincial fisher groups pays fishers who report a catch "
     "by phone instead of selling it, sends a team to measure, tag and release each ray, follows "
     "tagged rays with acoustic receivers placed in the pools, and maps the pools with sonar. "
     "Irrawaddy dolphins, giant catfish, sand dredging and the dams are named in passing.",
     ("freshwater stingrays", "giant freshwater stingray", "Urogymnus polylepis", "Mekong",
      "projects"),
     ("KH",), "2025-03"),
    ("ft08", "need", "fr",
     "Besoin : inventorier les raies d'eau douce du Maroni et de l'Oyapock",
     "Les raies d'eau douce (famille des Potamotrygonidés) sont les seules raies qui passent "
     "toute leur vie en rivière ; elles vivent en Amérique du Sud. Posées sur les bancs de sable "
     "et dans les criques, elles portent sur la queue un aiguillon venimeux dont la piqûre, très "
     "douloureuse, envoie chaque année des baigneurs, des piroguiers et des pêcheurs au centre de "
     "santé. En Guyane, on en signale dans le Maroni, l'Oyapock et leurs affluents, mais on ne "
     "sait ni combien d'espèces du genre Potamotrygon y vivent, ni où elles mettent bas, ni si la "
     "pêche et les boues des chantiers aurifères les menacent. Une association naturaliste et "
     "l'office de l'eau sollicitent un appui pour des prospections à la senne et en plongée, des "
     "analyses génétiques, des entretiens avec les pêcheurs des villages du fleuve, et une "
     "affiche sur les premiers gestes en cas de piqûre. Les poissons-chats, les aïmaras et les "
     "orpailleurs ne sont cités qu'en passant.",
     ("raies d'eau douce", "Potamotrygon", "Maroni", "Oyapock", "besoins"),
     ("GF",), "2025-05"),
    ("ft09", "document", "es",
     "Guía: las rayas de agua dulce del Mamoré y del Iténez, para pescadores y puestos de salud",
     "Las rayas de agua dulce o rayas de río (familia Potamotrygonidae) viven semienterradas en "
     "la arena de las playas y los remansos de los ríos amazónicos. No atacan, pero si alguien las "
     "pisa clavan el aguijón de la cola, y la herida duele durante horas y se infecta con "
     "facilidad. En el Mamoré y el Iténez, en el Beni, hay al menos cuatro especies, entre ellas "
     "la raya motoro (Potamotrygon motoro), de manchas anaranjadas rodeadas de negro. Esta guía "
     "de un museo de historia natural y del servicio departamental de salud enseña a "
     "reconocerlas, a caminar arrastrando los pies por las playas en época de aguas bajas, a "
     "soltar sin matarlas las que caen en las redes, y a tratar la herida con agua caliente y "
     "llevar al herido al puesto de salud. También explica por qué no conviene matarlas. Los "
     "bufeos, los paiches y las garzas se citan de paso.",
     ("rayas de agua dulce", "rayas de río", "Potamotrygon motoro", "Beni", "guías"),
     ("BO",), "2024-10"),
    # --- manakins ---------------------------------------------------------------------------------
    ("ft10", "project", "en",
     "Araripe manakin: shade and running water for the springs of the Chapada do Araripe",
     "Manakins are small, stocky fruit-eating birds of tropical American forests, known for the "
     "dances, snaps and buzzing wing sounds that males perform for females. The Araripe manakin "
     "(Antilophia bokermanni), described only in 1998, is one of the rarest birds in Brazil: a "
     "few hundred pairs live in a strip of moist forest a few kilometres long at the foot of the "
     "Chapada do Araripe, in Ceará, where springs seep out of the plateau. The male is white with "
     "a red crest and black wings and tail; the female is olive green. It nests over streams, and "
     "the springs have been piped for farms, houses and bathing resorts while the forest gave way "
     "to banana plots and houses. This project of a Brazilian bird conservation association, "
     "three municipalities and landowners buys and replants streamside land, agrees water-sharing "
     "with the users, plants native fruit trees and counts the pairs each year. Birdwatchers, the "
     "bathing resorts and the fossil quarries of the plateau are named in passing.",
     ("manakins", "Araripe manakin", "Antilophia bokermanni", "Ceará", "projects"),
     ("BR",), "2025-04"),
    ("ft11", "document", "fr",
     "Guide : reconnaître les manakins de Guyane à leur plumage, à leurs cris et à leurs parades",
     "Les manakins sont de petits passereaux frugivores des forêts d'Amérique tropicale, trapus "
     "et à queue courte. Les mâles, souvent noirs relevés de rouge, de jaune, de blanc ou de "
     "bleu, paradent sur de petites arènes, seuls ou à plusieurs, avec des sauts, des glissades, "
     "des claquements d'ailes et des bourdonnements, tandis que les femelles, vert olive, élèvent "
     "seules les jeunes. La Guyane en compte une douzaine d'espèces, dont le manakin à tête d'or, "
     "le manakin à front blanc, le manakin casse-noisette et le manakin tijé. Ce guide d'une "
     "association ornithologique et de l'office de la biodiversité décrit chaque espèce, les sons "
     "de ses parades (avec des enregistrements en ligne), les milieux où la chercher, du littoral "
     "aux forêts de l'intérieur, et les saisons de parade, et explique comment transmettre les "
     "observations d'arènes. Les coqs-de-roche, autres danseurs des forêts guyanaises, et les "
     "colibris ne sont cités qu'en passant.",
     ("manakins", "passereaux", "parades nuptiales", "Guyane", "guides"),
     ("GF",), "2025-02"),
    ("ft12", "dataset", "es",
     "Saltarines de Mindo: leks del saltarín alitorcido contados cada temporada, 2012-2024",
     "Los saltarines (familia Pipridae), llamados también bailarines o manaquines, son aves "
     "pequeñas y rechonchas de los bosques tropicales de América que se alimentan de frutos; los "
     "machos cortejan a las hembras en sitios fijos, los leks, con danzas y sonidos. El saltarín "
     "alitorcido (Machaeropterus deliciosus), de las estribaciones occidentales de los Andes, es "
     "único entre las aves: el macho frota entre sí plumas de las alas a gran velocidad y produce "
     "un zumbido como de violín. Este conjunto de datos de una fundación local y de una "
     "universidad quiteña reúne trece temporadas de conteos en 38 leks de los alrededores de "
     "Mindo, en Pichincha, Ecuador: machos presentes, visitas de hembras, nidos encontrados y "
     "estado del bosque de cada lek, con la lluvia y la distancia a caminos y potreros. Los "
     "colibríes, los tucanes, los observadores de aves y las fincas ganaderas se citan de paso.",
     ("saltarines", "saltarín alitorcido", "Machaeropterus deliciosus", "Mindo",
      "conjuntos de datos"),
     ("EC",), "2025-01"),
    # --- tuco-tucos -------------------------------------------------------------------------------
    ("ft13", "need", "en",
     "Need: mapping the last colonies of Lami's tuco-tuco on the sandy ridge of the Coxilha das "
     "Lombas",
     "Tuco-tucos (Ctenomys) are burrowing rodents of South America, about the size of a rat, with "
     "small eyes and ears, strong claws and orange front teeth, which spend almost all their lives "
     "in tunnels under sandy grasslands and are named after the 'tuc-tuc' call heard from below "
     "ground. There are some sixty species, many with tiny ranges. Lami's tuco-tuco (Ctenomys "
     "lami) lives only on the Coxilha das Lombas, a ridge of sandy soils about 80 kilometres long "
     "east of Porto Alegre, in Rio Grande do Sul, Brazil, where its grasslands are being turned "
     "into eucalyptus and pine plantations, rice fields and sand pits. A federal university and "
     "the state environment foundation ask for support to map active burrow systems along the "
     "whole ridge, sample its genetic diversity, talk with landowners about keeping grassland "
     "strips between plantations and propose the first sites to protect. Burrowing owls, "
     "armadillos and the lagoons of the coastal plain are named in passing.",
     ("tuco-tucos", "Ctenomys lami", "burrowing rodents", "Rio Grande do Sul", "needs"),
     ("BR",), "2025-07"),
    ("ft14", "dataset", "fr",
     "Tuco-tucos du département de Río Negro : monticules, pelages et génétique de Ctenomys "
     "rionegrensis, 2016-2024",
     "Les tuco-tucos (Ctenomys) sont des rongeurs fouisseurs d'Amérique du Sud, de la taille "
     "d'un rat, qui passent presque toute leur vie dans des galeries creusées sous les sols "
     "sableux ; on les entend plus qu'on ne les voit, à leur cri sourd de « tuc-tuc ». En "
     "Uruguay, Ctenomys rionegrensis ne vit que dans quelques champs de sable du département de "
     "Río Negro, près du fleuve Uruguay, et ses populations mêlent des animaux bruns et des "
     "animaux presque noirs. Ce jeu de données d'une faculté des sciences uruguayenne et d'un "
     "laboratoire français de génétique des populations réunit huit années de relevés : "
     "monticules de terre fraîche comptés dans des parcelles fixes, animaux capturés puis "
     "relâchés, couleur du pelage, échantillons génétiques et occupation du sol autour de chaque "
     "parcelle, où les plantations d'eucalyptus et le soja ont remplacé une grande partie des "
     "prairies. Les nandous, les tatous et les chiens de ferme ne sont cités qu'en passant.",
     ("tuco-tucos", "Ctenomys rionegrensis", "rongeurs fouisseurs", "Uruguay",
      "jeux de données"),
     ("UY",), "2025-03"),
    ("ft15", "project", "es",
     "Tuco-tuco colonial del valle del Limay: acuerdos con estancias para las praderas donde vive",
     "Los tuco-tucos (Ctenomys), que en el Uruguay llaman tucu-tucus, son roedores cavadores "
     "sudamericanos que pasan casi toda la vida bajo tierra, en galerías que abren con las uñas y "
     "los dientes; su nombre imita el golpeteo que se oye desde la superficie. El tuco-tuco "
     "colonial (Ctenomys sociabilis) es una rareza: a diferencia de sus parientes, solitarios, "
     "comparte la madriguera con grupos de hembras emparentadas, y solo vive en un puñado de "
     "praderas húmedas del valle del río Limay, en el oeste de Neuquén, en la Patagonia argentina. "
     "El pisoteo del ganado, las casas de fin de semana y el drenaje de esas praderas "
     "lo han reducido a pocas colonias. Este proyecto de un instituto de investigación de "
     "Bariloche, la dirección provincial de fauna y tres estancias cerca con alambre algunos "
     "sectores en primavera, traslada los puntos de agua del ganado, cuenta cada año las bocas "
     "activas de las madrigueras y lleva el tuco-tuco a las escuelas rurales. Los zorros, los "
     "cauquenes y las truchas del Limay se citan de paso.",
     ("tuco-tucos", "Ctenomys sociabilis", "roedores cavadores", "Neuquén", "proyectos"),
     ("AR",), "2025-08"),
    # --- Mediterranean firs -----------------------------------------------------------------------
    ("ft16", "project", "en",
     "Sicilian fir: helping the last thirty trees of the Madonie mountains to set seed and "
     "regenerate",
     "Several firs (Abies) of the Mediterranean mountains survive only in small relict stands "
     "left from colder times, from southern Spain and North Africa to Greece and Turkey; the "
     "rarest of all is the Sicilian fir (Abies nebrodensis). Only about thirty adult trees "
     "remain, scattered over a steep limestone slope of the Madonie mountains in northern Sicily, "
     "Italy, among beeches and holm oaks. Many of their seeds are empty, because the trees stand "
     "too far apart to pollinate each other well, and the few seedlings are browsed by livestock "
     "and deer or dry out in summer. This project of the regional forestry department, a "
     "university and the Madonie regional park collects cones from every tree, tests the seed, "
     "plants young firs raised from local seed in fenced plots near the old trees, and follows "
     "each mother tree's health and cone crop and the risk of crossing with planted silver firs. "
     "Beech woods, wildfires and summer grazing are named in passing.",
     ("Mediterranean firs", "Sicilian fir", "Abies nebrodensis", "Sicily", "projects"),
     ("IT",), "2025-02"),
    ("ft17", "need", "fr",
     "Besoin : sauver le sapin de Numidie des crêtes du mont Babor",
     "Le sapin de Numidie (Abies numidica) est l'un des sapins méditerranéens reliques, restes "
     "de forêts de montagne bien plus étendues pendant les périodes froides. Il ne pousse que sur "
     "les crêtes du mont Babor et du Tababort, en Petite Kabylie, dans le nord-est de l'Algérie, "
     "entre 1 800 et 2 000 mètres, mêlé au cèdre de l'Atlas et au chêne zéen, sur quelques "
     "dizaines d'hectares. Les vieux arbres dépérissent après des sécheresses répétées, attaqués "
     "par des insectes et des champignons, et les jeunes plants sont broutés par les troupeaux "
     "qui montent l'été. La conservation des forêts de la wilaya de Sétif et une université "
     "algérienne sollicitent un appui pour inventorier chaque arbre, mesurer la régénération "
     "dans des placettes, clôturer des parcelles de semis, récolter des graines pour une "
     "pépinière locale et former les gardes forestiers. La sittelle kabyle, le singe magot et les "
     "feux de forêt ne sont cités qu'en passant.",
     ("sapin de Numidie", "Abies numidica", "sapins méditerranéens", "mont Babor", "besoins"),
     ("DZ",), "2025-05"),
    ("ft18", "dataset", "es",
     "Pinsapares de la serranía de Ronda: parcelas de seguimiento del decaimiento del pinsapo, "
     "2005-2024",
     "El pinsapo (Abies pinsapo) es un abeto que solo crece de forma natural en unas pocas "
     "sierras de Málaga y Cádiz, en el sur de España: la sierra de las Nieves, sierra Bermeja y "
     "la sierra de Grazalema. Sus bosques, los pinsapares, son restos de los abetales que "
     "cubrieron las montañas mediterráneas en épocas más frías, y sus hojas cortas y rígidas "
     "rodean la rama como un cepillo. Desde los años noventa, las sequías y el calor han secado "
     "copas y matado árboles en las laderas más bajas, y los hongos de raíz y los insectos "
     "perforadores rematan a los debilitados. Este conjunto de datos de la consejería de medio "
     "ambiente y de una universidad andaluza reúne veinte años de medidas en 60 parcelas "
     "permanentes: árboles vivos y muertos, defoliación, crecimiento de los anillos, plántulas y "
     "temperatura y humedad del suelo. Las cabras monteses, los incendios y las repoblaciones de "
     "pino se citan de paso.",
     ("pinsapo", "Abies pinsapo", "abetos mediterráneos", "Andalucía", "conjuntos de datos"),
     ("ES",), "2025-01"),
    # --- burrowing owls ---------------------------------------------------------------------------
    ("ft19", "support-source", "en",
     "Offer: help for Cape Coral homeowners and builders who have burrowing owls on their lot",
     "The burrowing owl (Athene cunicularia) is a small, long-legged owl of open country in the "
     "Americas that nests underground, in burrows it digs itself or takes over from other "
     "animals, and stands guard at the entrance by day. In Florida, where the state lists it as "
     "threatened, the largest population now lives not on prairies but on the mowed vacant lots "
     "of Cape Coral, a city of grid streets on the Gulf coast, where hundreds of pairs nest "
     "between houses. Every new house can destroy a burrow. A local wildlife society, with the "
     "state wildlife commission, offers homeowners, builders and schools free help: marking "
     "burrows with stakes and T-perches, advice on mowing and on keeping dogs and cats away, "
     "guidance on the permits needed before building on a lot with an active burrow, and starter "
     "holes on lots that owners agree to keep open. Gopher tortoises, sprinkler systems and lawn "
     "pesticides are named in passing.",
     ("burrowing owls", "Athene cunicularia", "Cape Coral", "Florida", "offers"),
     ("US",), "2025-03"),
    ("ft20", "dataset", "fr",
     "Chevêches des terriers du désert de Sechura : terriers occupés et nichées recensés, "
     "2014-2024",
     "La chevêche des terriers (Athene cunicularia), appelée aussi chouette des terriers, est une "
     "petite chouette aux longues pattes des milieux ouverts des Amériques, qui niche sous terre "
     "et se tient le jour à l'entrée de son terrier. Au Pérou, dans le désert de Sechura, dans la "
     "région de Piura, elle creuse ses terriers dans le sable et les talus des ravines, entre les "
     "bosquets d'algarrobos, et les habitants l'appellent « lechuza de los arenales ». Ce jeu de "
     "données d'une université péruvienne et d'une équipe française d'écologie réunit onze "
     "saisons de relevés le long de 25 transects : terriers occupés, nichées, jeunes à l'envol, "
     "restes de proies (scarabées, lézards, souris) ramassés devant les terriers, et distance aux "
     "routes, aux pistes de motos et aux nouveaux champs irrigués. Les renards du désert, les "
     "chèvres, les charbonniers et les pluies d'El Niño ne sont cités qu'en passant.",
     ("chevêche des terriers", "chouette des terriers", "Athene cunicularia", "Sechura",
      "jeux de données"),
     ("PE",), "2025-02"),
    ("ft21", "project", "es",
     "El pequén de los potreros de Colina y Lampa: acuerdos con parceleros para que siga "
     "anidando cerca de Santiago",
     "El pequén (Athene cunicularia), al que en otros países llaman lechucita de las vizcacheras "
     "o tecolote llanero, es una lechuza pequeña de patas largas que vive en campo abierto, anida "
     "en cuevas que cava o que toma de otros animales y se deja ver de día, parada junto a la "
     "entrada. En la zona central de Chile todavía es común en potreros, bordes de caminos y "
     "laderas secas, pero en la periferia norte de Santiago, en Colina y Lampa, los loteos de "
     "parcelas de agrado y las nuevas autopistas han hecho desaparecer muchas de sus cuevas. Este "
     "proyecto de una organización dedicada a las aves rapaces, el servicio agrícola y ganadero y "
     "las municipalidades identifica las cuevas activas, acuerda con los parceleros dejar sin "
     "arar ni construir un círculo alrededor de cada una, instala perchas, pide controlar los "
     "perros sueltos y enseña en las escuelas que el pequén no trae mala suerte. Las lechuzas "
     "blancas, los conejos y los pesticidas se citan de paso.",
     ("pequén", "lechuzas", "Athene cunicularia", "Región Metropolitana", "proyectos"),
     ("CL",), "2025-06"),
    # --- stoats -----------------------------------------------------------------------------------
    ("ft22", "need", "en",
     "Need: finding out whether the Haida Gwaii ermine still survives on the islands",
     "The stoat or ermine (Mustela erminea) is a small, slender predator of the weasel family, "
     "brown above and cream below with a black tip to its tail, which in the north turns white in "
     "winter, when its fur was long prized as ermine. On Haida Gwaii, the archipelago off the "
     "north coast of British Columbia, Canada, lives a small, dark island subspecies of the "
     "ermine, known from only a few dozen specimens and sightings and listed as threatened. "
     "Introduced deer have stripped the forest understorey where it hunts, and introduced rats, "
     "squirrels and raccoons may compete with it for food. The Haida Nation's wildlife staff and "
     "the provincial ministry ask for support to set hair-snag tubes and tracking tunnels across "
     "the islands, test the hair and droppings found for DNA, gather old records from trappers "
     "and elders, and decide which forests most need deer control. Black bears, the island marten "
     "and the old-growth cedars are named in passing.",
     ("stoats", "ermine", "Mustela erminea haidarum", "Haida Gwaii", "needs"),
     ("CA",), "2025-04"),
    ("ft23", "project", "fr",
     "Des gîtes de pierres et de fagots pour l'hermine dans le bocage du Trégor",
     "L'hermine (Mustela erminea) est un petit carnivore de la famille de la belette, au corps "
     "allongé, brun dessus et blanc crème dessous, dont le bout de la queue reste noir toute "
     "l'année ; en montagne, elle devient blanche en hiver, ce qui est rare dans l'ouest de la "
     "France. Emblème de la Bretagne, elle y est pourtant mal connue et semble avoir reculé avec "
     "l'arasement des talus, le recul des prairies et la raréfaction des campagnols dont elle se "
     "nourrit. Ce projet d'une association de mammalogistes bretons, d'un syndicat de bassin "
     "versant et d'une vingtaine d'agriculteurs du Trégor, dans les Côtes-d'Armor, installe en "
     "bordure de prairies et de talus des gîtes faits de tas de pierres et de fagots, suit leur "
     "fréquentation avec des tunnels à empreintes, et conseille les agriculteurs sur la fauche et "
     "l'entretien des talus boisés. Les belettes, les renards et les chats ne sont cités qu'en "
     "passant.",
     ("hermine", "Mustela erminea", "bocage", "Bretagne", "projets"),
     ("FR",), "2025-03"),
    ("ft24", "need", "es",
     "Necesidad: saber cuántos armiños quedan en la cordillera Cantábrica",
     "El armiño (Mustela erminea) es un pequeño carnívoro de la familia de las comadrejas, de "
     "cuerpo largo y fino, pardo por encima y blanco por debajo, con la punta de la cola siempre "
     "negra; en invierno muchos se vuelven blancos por completo. En la península ibérica solo "
     "vive en las montañas del norte, en los Pirineos y en la cordillera Cantábrica, en praderas "
     "de montaña, pedreras y matorrales por encima de los 1.000 metros, donde caza topillos. Es "
     "muy difícil de ver, casi todo lo que se sabe de él son citas sueltas de montañeros y "
     "pastores, y se teme que los inviernos con menos nieve y la pérdida de praderas lo estén "
     "arrinconando en las cumbres. Una asociación para el estudio de los mamíferos y dos "
     "universidades del norte solicitan apoyo para recorrer con tubos de pelo y túneles de "
     "huellas las montañas de Asturias, León y Cantabria y analizar el ADN de las muestras. Las "
     "comadrejas, los lirones y los rebecos se citan de paso.",
     ("armiño", "Mustela erminea", "mustélidos", "cordillera Cantábrica", "necesidades"),
     ("ES",), "2025-05"),
    # --- wild daffodils ---------------------------------------------------------------------------
    ("ft25", "event", "en",
     "Farndale daffodil weekend: counts, guided walks and volunteer wardens along the River Dove",
     "The wild daffodil (Narcissus pseudonarcissus), also called the Lent lily, is the small, "
     "pale native daffodil of Britain, with a deeper yellow trumpet than garden kinds, which "
     "flowers in March and April in old woods and meadows and along streams. It declined sharply "
     "from the nineteenth century, when whole fields were dug up for town gardens and bunches "
     "were sent to city markets, and hybrids with garden daffodils now creep into many wild "
     "colonies. In Farndale, in the North York Moors, England, millions still line the banks of "
     "the River Dove. On 4 and 5 April 2026 the national park's volunteers and the dale's farmers "
     "hold a daffodil weekend: guided walks, a count of flowering clumps in fixed plots, a stand "
     "on telling native daffodils from garden escapes, and volunteer wardens who ask visitors not "
     "to pick flowers or dig bulbs and to keep to the path. Car parking, primroses and lambing "
     "are named in passing.",
     ("wild daffodils", "Lent lily", "Narcissus pseudonarcissus", "Farndale", "events"),
     ("GB",), "2025-12"),
    ("ft26", "case-study", "fr",
     "Étude de cas : la cueillette du narcisse des poètes pour la parfumerie sur l'Aubrac",
     "Les narcisses sauvages sont des plantes à bulbe des prairies et des sous-bois, dont les "
     "fleurs blanches ou jaunes s'ouvrent au printemps : la jonquille (Narcissus "
     "pseudonarcissus) colore les prés de montagne en avril, et le narcisse des poètes "
     "(Narcissus poeticus), blanc à couronne bordée de rouge, fleurit en mai et juin dans les "
     "prairies humides d'altitude. Sur le plateau de l'Aubrac, entre Lozère, Aveyron et Cantal, "
     "ce narcisse est cueilli depuis des décennies pour en extraire une essence de parfumerie : "
     "des équipes ramassent les fleurs à la main ou au peigne, puis des camions les portent à "
     "l'usine d'extraction. Cette étude de cas d'un parc naturel régional et d'un conservatoire "
     "botanique retrace vingt ans de dialogue entre cueilleurs, éleveurs et parfumeurs : suivi "
     "des stations, rotation des prés cueillis, et une charte de cueillette qui laisse fleurir et "
     "grainer une partie de chaque pré. Les gentianes, les vaches d'Aubrac et le lait ne sont "
     "cités qu'en passant.",
     ("narcisses sauvages", "narcisse des poètes", "jonquille", "Aubrac", "parfumerie",
      "études de cas"),
     ("FR",), "2025-01"),
    ("ft27", "support-source", "es",
     "Oferta: asesoramiento a ayuntamientos y ganaderos que tienen poblaciones de narcisos "
     "silvestres",
     "España es el país de los narcisos: en sus montes crecen más de veinte especies silvestres "
     "del género Narcissus, muchas solo ibéricas, desde el diminuto narciso de Asturias "
     "(Narcissus asturiensis) de los pastos de altura hasta el trompón o narciso trompeta "
     "(Narcissus pseudonarcissus) de prados y riberas, y varias están protegidas. Desaparecen "
     "cuando se aran o se drenan los prados, con el pastoreo intenso en primavera y con el "
     "arranque de bulbos para jardines. Una asociación de botánicos de Castilla y León, con la "
     "consejería de medio ambiente, ofrece gratis a ayuntamientos, juntas vecinales y ganaderos "
     "de León, Zamora, Palencia y Burgos: visita y mapa de cada población, consejos sobre fechas "
     "de pastoreo y de siega, carteles para los caminos, recogida de semillas y un recuento anual "
     "de plantas en flor con los vecinos. Las orquídeas, los tulipanes silvestres y las ferias de "
     "ganado se citan de paso.",
     ("narcisos silvestres", "Narcissus", "flora protegida", "Castilla y León", "ofertas"),
     ("ES",), "2025-02"),
    # --- edible land snails -----------------------------------------------------------------------
    ("ft28", "dataset", "en",
     "Roman snail harvest in Lithuania: collection quotas, purchases and monitoring plots, "
     "2010-2024",
     "The Roman snail or Burgundy snail (Helix pomatia) is the large, creamy-brown land snail of "
     "the woods, hedges and meadows of central and eastern Europe, eaten as escargots. It grows "
     "slowly, takes three to five years to mature and lays few eggs, so heavy collecting can "
     "empty a site. In Lithuania, where it is still common, villagers collect wild snails in late "
     "spring and sell them to buying stations that export them, mostly to France; the "
     "environment ministry sets yearly collection quotas by municipality, a minimum shell size "
     "and a closed season. This dataset of the ministry and a university gathers fifteen years of "
     "records: quotas, kilograms bought by each station, shell sizes measured in samples, and "
     "snail densities counted in 120 fixed plots in harvested and unharvested areas. Snail farms, "
     "wild garlic and the roadside verges where snails gather after rain are named in passing.",
     ("Roman snails", "Helix pomatia", "edible snails", "wild harvest", "Lithuania", "datasets"),
     ("LT",), "2025-03"),
    ("ft29", "document", "fr",
     "Guide : ramasser les escargots sauvages dans les règles en Bourgogne-Franche-Comté",
     "L'escargot de Bourgogne (Helix pomatia), le plus gros escargot de France, à coquille beige "
     "crème, vit dans les bois clairs, les haies et les prairies sur sol calcaire, et met "
     "plusieurs années à devenir adulte. Le petit-gris (Cornu aspersum), plus petit et brun "
     "marbré, est commun dans les jardins. Le ramassage des escargots au printemps est une "
     "tradition de l'est de la France, mais l'escargot de Bourgogne a tant reculé que sa récolte "
     "est encadrée par des arrêtés préfectoraux : interdite pendant la reproduction, d'avril à "
     "juin, permise ensuite seulement pour les adultes à coquille bordée, et interdite à la "
     "vente. Ce guide de la direction régionale de l'environnement et d'une association "
     "naturaliste explique comment reconnaître les deux espèces et les adultes, à quelles dates "
     "et en quelles quantités ramasser, pourquoi laisser les jeunes, et comment signaler les "
     "sites où l'escargot de Bourgogne abonde encore. L'héliciculture, les limaces et la recette "
     "au beurre persillé ne sont citées qu'en passant.",
     ("escargots", "escargot de Bourgogne", "Helix pomatia", "ramassage", "guides"),
     ("FR",), "2025-04"),
    ("ft30", "case-study", "es",
     "Estudio de caso: la recogida de cabrillas y caracoles serranos en Andalucía, del arrase a "
     "las vedas",
     "En Andalucía, comer caracoles es una costumbre de primavera y verano, y buena parte de los "
     "que se venden en bares y mercados se recogen en el campo. Los más buscados son la cabrilla "
     "o caracol moro (Otala lactea), de boca oscura, y el caracol serrano o vaqueta (Iberus "
     "alonensis), de concha rayada; su pariente la chapa (Iberus gualtieranus), de concha "
     "aplanada y con crestas, solo vive en unas pocas sierras calizas del sureste y está "
     "protegida. La recogida comercial de noche con linternas, tras las lluvias, vació laderas "
     "enteras, y en los años noventa los caracoles serranos casi desaparecieron de algunas "
     "sierras. Este estudio de caso de una universidad andaluza y de la consejería de medio "
     "ambiente repasa veinte años de regulación: vedas de primavera, talla mínima, límites por "
     "persona, prohibición de la recogida comercial en varias sierras y conteos en parcelas, y "
     "describe qué funcionó y qué no. Los caracoles de granja importados, el romero y las "
     "canteras se citan de paso.",
     ("caracoles terrestres", "cabrillas", "Otala lactea", "Iberus", "Andalucía",
      "estudios de caso"),
     ("ES",), "2025-05"),
)  # fmt: skip
