"""Clearing-house records of the eighty-ninth judged relevance set
(tests/search/relevance/queries89.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on curassows (the Alagoas curassow, the mutum-de-alagoas, released
again in Alagoas; the hocco hunted around the villages of southern French Guiana; a need for the
paujil de pico azul of the Magdalena medio); on woodcock (the American woodcock's singing-ground
survey; a French guide to the bécasse des bois, its prélèvement maximal autorisé and the vagues de
froid; the becadas, sordas and arceas of the Cantabrian coast and their cold-spell hunting
closures); on goldfinches (the gardell of Malta after the end of finch trapping; the chardonnerets
smuggled from the Maghreb to Marseille; a Spanish guide to tell a wild-caught jilguero from a
captive-bred one); on Japanese knotweed (the psyllid released against it in Britain; the renouée du
Japon, which Quebecers call bambou japonais, on the banks of the Saint-Charles; a need for the
hierba nudosa japonesa of the rivers of Gipuzkoa); on fig trees (the sacred mugumo of Mount Kenya;
the figuiers and dried figs of Béni Maouche in Kabylie; the higuerones and matapalos of the Osa
peninsula); on sweet potato (the kūmara of Māori gardens; the patate douce à chair orange, vomanga,
of Madagascar; the camotes of a Peruvian genebank, the batata of Argentina and the boniato of Spain
and Cuba); on mullet (the fishers of Laguna, Brazil, who fish with dolphins; the mulet jaune and
poutargue of the Imraguen of the Banc d'Arguin; a need for the lisa and lebrancha of the Laguna
Madre of Tamaulipas); on water lilies (Victoria boliviana, the giant water lily of the Llanos de
Moxos; the nénuphar nain of the Vosges lakes; the irupé of the lagoons of Corrientes); on wildlife
photography (a British code of practice for nature photographers; the photographes and seals of the
baie de Somme; an offer of grants for photography hides in Extremadura); and on beach nourishment
(the Sand Motor of the Dutch coast; the recharges de plage of the Îles-de-la-Madeleine; a need for
the recuperación de playas of Cancún). English, French and Spanish, 10 records each, every topic
written once in each language (different countries, projects and angles, not translations of one
text).

None of records.py, records3.py, ..., records87.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (curassow, hocco, paujil, paují, pavón, hocofaisán, mutum,
Crax, Mitu, Pauxi, cracid, crácido, guan; woodcock, bécasse, becada, chocha, sorda, Scolopax;
goldfinch, finch, siskin, chardonneret, jilguero, cardenalito, Carduelis, Spinus, silvestrismo,
cage bird, oiseaux en cage, pájaros cantores; knotweed, renouée, Reynoutria, Fallopia, Polygonum,
itadori, nudosa; fig, figue, figuier, higo, higuera, higuerón, matapalo, Ficus, banyan, banian,
strangler, mugumo; sweet potato, patate douce, camote, boniato, batata, moniato, kumara, Ipomoea;
mullet, mulet, muge, lisa, lebrancha, Mugil, poutargue, bottarga; water lily, nénuphar, nymphéa,
Nuphar, Nymphaea, lotus, nenúfar, irupé, yrupé, Victoria amazonica; wildlife photography, nature
photography, photographie animalière, fotografía de naturaleza, photographer, photographe,
fotógrafo, hide, affût; beach nourishment, sand nourishment, rechargement, recharge de plage,
regeneración de playas, aporte de arena, relleno de playa, Sand Motor, Zandmotor). Screened and
dropped as covered: seahorses (s07-s09), fireflies (s22-s24), jellyfish (s19-s21), whale sharks
(i04-i06), dragonflies (bq01-bq03), dung beetles (bm16-bm18), lichens (bf28-bf30), manta rays
(bc07-bc09), sawfish (bj04-bj06), hornbills (bu01-bu03), hummingbirds (bn01-bn03), storks
(bt01-bt03), bustards (bj01-bj03), penguins (bn07-bn09), giant clams (bk07-bk09), horseshoe crabs
(l25-l27), crayfish (bm07-bm09), river dolphins (ba01-ba03), manatees (bm04-bm06), bamboo
(ba10-ba12), quinoa (ba22-ba24), rattan and basketry (bx28-bx30), Miyawaki forests (bg16-bg18),
street trees (w12, by27), fog collectors (bh28-bh30), soil salinization (j13-j15) and cave fauna
(r01), besides the topics of sets 42 to 87 and those their docstrings list as covered, and the
chemicals, waste, pollution, energy and biosafety topics left to set 88; screened with no or
passing hits but not chosen: curlews (the moorland route page of records57 and the curlew
sandpipers of records85), quails, pheasants, African wild dogs, civets, chinchillas, ecolodges and
millets (named in passing by records18, records26 and records35).

The nearest are three pages judged 1: the barkcloth project of Uganda (cy22), whose subjects name
the mutuba, Ficus natalensis, a fig tree that "feeds birds with its figs", judged 1 to the fig tree
queries; the frost case study of Papua New Guinea (bu25), whose subjects name the sweet potato,
judged 1 to the sweet potato queries; and the Keta coastal erosion project (m10), judged 1 to the
beach nourishment queries (see below). The songbird trapping pages of set 19 (i07, the CMS
scoreboard on illegal killing, which names Malta and birds sold as cage birds; i08, the end of glue
trapping in the south of France; i09, the parany of Valencia) are about a broader topic and name no
goldfinch: 0 to the goldfinch queries. Beach nourishment is a narrower topic than coastal erosion
(m10-m12): the Keta project (m10) "combines groynes and beach nourishment" and so names it among
its measures, while the West African guide (m11) and the Cartagena need (m12) name no nourishment:
0. All the other hits are passing: the guans of the juçara page (records71); the woodcock among the
prey of urban peregrines (records65) and the Amami woodcock of the mongoose page (records69); the
cage birds of the parakeet roost dataset (ci13); the renouée du Japon pulled from the Garonne banks
by br05 and listed in the annex of the pavement plant dataset dc29; the figs of records30, the
figuier cuttings of records29, the banian bark of the tapa page (cy23) and the Ficus of the
yanchama guide (cy24), and the figuiers de Barbarie, prickly pears (Opuntia), no figs, of records77
and records85; the patate douce of records49, records51 and records81 and the beach morning glory
(Ipomoea pes-caprae) of records40; the mulets of the fish weir page (records51) and the lisas of
the corrales de pesca (records51) and of the moqueado page (records44), an Amazonian fish; the
lotus eaten by the turtles of records33; the photographic tourism that trophy hunting is compared
with (records35), the photographic identification of seals, horses and giraffes (records53,
records55, records61), the fotógrafos among the onlookers of records65 and records67, and the bird
hides of the farm guide dc19. In the golden files, the only hits are chemistry records that name
photography as a use of a chemical and an author named Woodcock.

records88.py (ids dp01..dp30, on chemicals, waste, energy and health topics), written at the same
time by another engineer, was searched for the same words once it was finished: its topics are fuel
theft from pipelines, geothermal power, engine idling, dredged sediments, fuel ethanol, genetically
modified bentgrass, national coordinating mechanisms for chemicals, plastic packaging taxes,
landfill gas and damp and mould in homes. None of its records names a curassow, a woodcock, a
goldfinch, knotweed, a fig tree, sweet potato, mullet, a water lily or wildlife photography, and
none answers a query of this set: the offer on dredged material from West African ports (dp10),
which names sand that "can be used to nourish eroding beaches" among the outlets its action levels
decide, and the reuse of the Riachuelo sediments in rellenos and riverside land (dp12), whose
refulado of sand is dumped in the Río de la Plata, are passing: 0 to the beach nourishment queries.

Traps: the guans and ocelots of dq01; the marail, agami, pécaris, tapirs and agoutis of dq02; the
cámaras trampa, pava and guacharaca of dq03; the golden-winged warbler of dq04; the vers de terre
and haies of dq05; the lombrices of dq06; the linnets and serins of dq07; the pardillos, verderones
and the clarín jilguero of Mexico, a thrush, of dq09; the controlled waste of dq10; the bambou
japonais of dq11, a knotweed, no bamboo (0 to the bamboo pages), and the érosion of its banks; the
bambú japonés and cunetas of dq12; the turacos, hornbills, colobus and fruit bats of dq13; the
incendies and the figuier de Barbarie of dq14; the tucanes, pavas, murciélagos and saínos
(peccaries) of dq15; the taro and gourds of dq16; the rizières of dq17; the cuyes and the banco de
germoplasma of dq18; the bottlenose dolphins, photo-identification and drones of dq19; the
dauphins, courbines and raies guitares of dq20; the camarón of dq21; the photographs and old river
channels (oxbows) of dq22; the tourbières, lakes and baigneurs of dq23, which is no mountain lake
page; the camalotes (water hyacinth) and arroceras of dq24; the kingfisher, barn owl, little ringed
plover, seals and baited owls of dq25; the phoques, drones and pêcheurs à pied of dq26; the
buitres, cigüeñas, abejarucos, grullas, comederos and dehesas of dq27; the seals and kitesurfers of
dq28; the herbiers, homard and drone of dq29; the huracán, tortugas marinas, pastos marinos and
sargazo of dq30. For the country queries: dq01 names no country but Brazil; dq07 names no country
but Malta; dq08 has France, Algeria and Morocco and names Tunisia and Belgium; dq09 names Mexico;
dq18 names Argentina, Paraguay, Venezuela, Spain, Cuba and Uruguay; dq22 has Bolivia and the United
Kingdom; dq24 names Paraguay.

Ids (dq01..dq30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
dn01..dn30, do01..do30), nor with records88.py's (dp01..dp30), and no earlier id starts with "dq".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- curassows ----------------------------------------------------------------------------
    ("dq01", "project", "en",
     "Bringing the Alagoas curassow back to the Atlantic forest of north-east Brazil",
     "The Alagoas curassow (Mitu mitu), the mutum-de-alagoas, was last seen in the wild in the "
     "late 1980s, when the Atlantic forest of the coastal tablelands of Alagoas had been cut "
     "down to a few fragments surrounded by sugarcane. The species survived only because a "
     "breeder had taken a handful of birds into captivity in 1979; genetic tests later sorted "
     "the pure birds from hybrids with the razor-billed curassow. This project, led by the "
     "federal biodiversity institute with two breeding centres, the sugar mills that own the "
     "remaining forest and a university in Maceió, has released captive-bred curassows since "
     "2019 in forest fragments near Rio Largo and São Miguel dos Campos. Birds spend weeks in "
     "acclimatisation aviaries, carry radio transmitters and are followed daily; losses to "
     "ocelots, hunters and dogs are recorded. The project also replants corridors between "
     "fragments, pays forest guards recruited among cane workers and brings schoolchildren to "
     "the aviaries. Guans, smaller cracids, are counted in the same forests.",
     ("curassows", "Mitu mitu", "reintroduction", "Atlantic forest", "captive breeding"),
     ("BR",), "2024-05"),
    ("dq02", "dataset", "fr",
     "Chasse du hocco dans le sud de la Guyane : carnets de chasse et comptages autour des "
     "villages, 2012-2024",
     "Le hocco alector (Crax alector), grand oiseau noir au bec jaune et rouge, est avec le "
     "marail et l'agami l'un des gibiers les plus recherchés de l'intérieur de la Guyane. Ce jeu "
     "de données, constitué par le Parc amazonien de Guyane avec des chasseurs wayana, teko, "
     "wayãpi et bushinengués du haut Maroni et de l'Oyapock, rassemble les carnets de chasse "
     "tenus par des volontaires de Camopi, Trois-Sauts, Maripasoula et Papaïchton depuis 2012 : "
     "hoccos tués par sortie, distance parcourue, âge et sexe des oiseaux. Il y ajoute les "
     "comptages le long de transects autour des bourgs et dans une réserve naturelle sans "
     "chasse. Les données montrent que le hocco se raréfie dans un rayon d'une dizaine de "
     "kilomètres autour des bourgs et des sites d'orpaillage illégal, mais reste abondant plus "
     "loin. Elles ont servi à la réglementation qui interdit la vente du hocco et à l'accord "
     "local sur les zones de chasse. Les pécaris, les tapirs et les agoutis tués sont notés à "
     "part.",
     ("hoccos", "Crax alector", "chasse de subsistance", "gibier", "Parc amazonien de Guyane"),
     ("GF",), "2024-09"),
    ("dq03", "need", "es",
     "Necesidad: proteger al paujil de pico azul en la Serranía de las Quinchas y el Magdalena "
     "medio",
     "El paujil de pico azul (Crax alberti), un crácido que solo vive en Colombia y que en "
     "algunas veredas llaman pavón, sobrevive en unos pocos bosques húmedos del valle medio del "
     "Magdalena y de las serranías de las Quinchas y San Lucas, entre Boyacá, Santander y "
     "Antioquia. Quedan, según las estimaciones más optimistas, menos de dos mil individuos, en "
     "fragmentos rodeados de potreros. Una fundación que maneja una reserva natural de la "
     "sociedad civil, con la corporación autónoma regional y las juntas de acción comunal de "
     "Otanche y Puerto Boyacá, solicita apoyo para comprar predios que conecten los fragmentos, "
     "pagar guardabosques de la zona, instalar cámaras trampa en los salados donde bajan los "
     "paujiles y hacer acuerdos con los cazadores para que dejen de sacar huevos y pichones. "
     "Pide también apoyo para el programa de cría en cautiverio de un zoológico del país y para "
     "el estudio genético de esas aves. La pava y la guacharaca, que comparten el bosque, no son "
     "objeto de la solicitud.",
     ("paujiles", "Crax alberti", "crácidos", "especies amenazadas", "Magdalena medio"),
     ("CO",), "2024-03"),
    # --- woodcock -----------------------------------------------------------------------------
    ("dq04", "dataset", "en",
     "American woodcock singing-ground survey: displaying males counted at dusk across eastern "
     "North America, 1968-2024",
     "The American woodcock (Scolopax minor), a plump, long-billed shorebird of young forests "
     "that hunters call the timberdoodle, is counted each spring when males give their nasal "
     "peent calls and spiral sky dances over forest openings at dusk. This dataset, kept by the "
     "federal wildlife services of the United States and Canada, holds the singing-ground survey "
     "since 1968: some 1,500 roadside routes with ten listening stops each, run in late April "
     "and May by state, provincial and volunteer observers. It gives the counts of singing males "
     "per route, trend estimates for the Eastern and Central management regions, the wings that "
     "hunters send each year to a wing-sorting session where biologists age and sex them to "
     "measure breeding success, and the harvest estimates used to set season lengths and bag "
     "limits. Counts fell by about one per cent a year until the 1990s and have since levelled "
     "off, as clear-cuts and shrubland restoration for the golden-winged warbler gave back some "
     "of the young forest woodcock need.",
     ("woodcock", "Scolopax minor", "singing-ground survey", "young forest", "game birds"),
     ("US", "CA"), "2024-08"),
    ("dq05", "document", "fr",
     "La bécasse des bois : guide sur le prélèvement maximal autorisé, le baguage et les vagues "
     "de froid",
     "Oiseau des sous-bois humides qui cherche la nuit les vers de terre dans les prairies, la "
     "bécasse des bois (Scolopax rusticola), que les chasseurs appellent aussi la mordorée, "
     "arrive en France en octobre et novembre depuis la Scandinavie et la Russie, tandis que "
     "quelques couples nichent dans les massifs forestiers, où les mâles font la croule au "
     "crépuscule. Ce guide, préparé par l'Office français de la biodiversité avec la fédération "
     "nationale des chasseurs, explique les règles en vigueur : le prélèvement maximal autorisé "
     "de trente bécasses par saison et par chasseur, le carnet de prélèvement et le marquage de "
     "chaque oiseau tué, la déclaration des tableaux de chasse, et la suspension de la chasse "
     "par arrêté préfectoral lors des vagues de froid, quand les oiseaux affaiblis se "
     "concentrent sur le littoral. Il présente le réseau de baguage de nuit à la lampe, les "
     "indices d'abondance et l'âge-ratio tiré des ailes, et une gestion forestière favorable : "
     "clairières, lisières et prairies pâturées voisines. Les haies sont traitées en annexe.",
     ("bécasse des bois", "Scolopax rusticola", "chasse", "vagues de froid", "gestion forestière"),
     ("FR",), "2023-10"),
    ("dq06", "case-study", "es",
     "Becadas y olas de frío: las vedas temporales de caza en Asturias y Cantabria",
     "La chocha perdiz o becada (Scolopax rusticola), que en Asturias llaman sorda, en Galicia "
     "arcea y en el País Vasco oilagorra, llega en otoño desde el norte de Europa a los bosques "
     "y prados de la cornisa cantábrica. Cuando una ola de frío hiela el suelo en el interior, "
     "miles de becadas bajan hacia la costa, agotadas y sin poder clavar el pico en la tierra "
     "para buscar lombrices, y se vuelven presa fácil. Este estudio de caso analiza las vedas "
     "temporales que el Principado de Asturias y el Gobierno de Cantabria dictaron durante las "
     "olas de frío de 2009, 2012 y 2018 y la borrasca Filomena en 2021, con datos de "
     "anillamiento nocturno de un club de becaderos, capturas declaradas y pesos. Concluye que "
     "las vedas rápidas, de dos o tres semanas, evitaron la muerte de aves debilitadas sin "
     "perjudicar la caza del resto de la temporada, y propone un protocolo común para toda la "
     "costa, de Galicia a Navarra, con umbrales de temperatura y de condición corporal.",
     ("becadas", "chocha perdiz", "Scolopax rusticola", "olas de frío", "caza"),
     ("ES",), "2024-01"),
    # --- goldfinches --------------------------------------------------------------------------
    ("dq07", "project", "en",
     "Goldfinches after the end of finch trapping in Malta: ringed captive birds, inspections "
     "and wild flocks",
     "In Malta, catching wild finches alive with clap-nets was for generations an autumn "
     "pastime, and the goldfinch (Carduelis carduelis), il-gardell in Maltese, was the bird "
     "every trapper wanted for its song and its red face; most were kept in small cages or used "
     "as live decoys. Trapping of seven finch species went on under a derogation after Malta "
     "joined the European Union, until the Court of Justice ruled in 2018 that it broke the "
     "Birds Directive. This project, run by the wild birds regulation unit with a bird "
     "conservation society, registers captive goldfinches with closed rings, inspects aviaries "
     "and bird markets, uses DNA parentage tests where a bird is claimed to be captive-bred, and "
     "patrols former trapping sites in autumn. It also counts the goldfinches, linnets and "
     "serins that now winter and increasingly breed on the islands, and works with breeders' "
     "clubs so that song competitions use only ringed captive birds.",
     ("goldfinches", "Carduelis carduelis", "finch trapping", "cage birds", "Birds Directive"),
     ("MT",), "2023-11"),
    ("dq08", "case-study", "fr",
     "Du Maghreb aux marchés aux oiseaux de Marseille : le trafic de chardonnerets élégants",
     "Le chardonneret élégant (Carduelis carduelis), qu'on appelle maknine en Algérie et en "
     "Tunisie, est l'oiseau chanteur le plus prisé du Maghreb : un mâle bon chanteur se vend "
     "plusieurs centaines d'euros, et des concours de chant réunissent éleveurs et amateurs. Le "
     "piégeage à la glu et aux filets a vidé bien des plaines d'Algérie et du Maroc, où l'espèce "
     "est protégée, et des réseaux font passer des oiseaux vers la France et la Belgique, cachés "
     "dans des tubes de carton ou sous les sièges des voitures. Cette étude de cas, rédigée par "
     "une association de protection des oiseaux avec l'Office français de la biodiversité, "
     "retrace les saisies faites à Marseille, à Lyon et en région parisienne depuis 2015, les "
     "condamnations prononcées, le sort des oiseaux saisis, soignés puis relâchés, et les faux "
     "certificats d'élevage. Elle recommande des bagues fermées infalsifiables, des tests ADN de "
     "filiation et une coopération avec les douanes des pays d'origine. Le chardonneret est "
     "aussi piégé en France même, dans le Midi.",
     ("chardonnerets", "Carduelis carduelis", "trafic d'espèces sauvages", "oiseaux chanteurs",
      "oiseaux de cage"),
     ("FR", "DZ", "MA"), "2024-04"),
    ("dq09", "document", "es",
     "Guía para agentes: cómo distinguir un jilguero capturado en el campo de uno criado en "
     "cautividad",
     "Durante décadas, varias comunidades autónomas autorizaron capturar con redes jilgueros "
     "(Carduelis carduelis) y otros fringílidos, como pardillos y verderones, para el "
     "silvestrismo, la cría y los concursos de canto. Tras el procedimiento abierto por la "
     "Comisión Europea, esas autorizaciones se acabaron a partir de 2019, y hoy solo pueden "
     "tenerse jilgueros nacidos en cautividad, con anilla cerrada y documentación. Esta guía, "
     "preparada con el SEPRONA de la Guardia Civil, los agentes medioambientales y las "
     "federaciones de criadores, explica cómo reconocer un ave sacada del campo: anillas "
     "abiertas o forzadas, plumaje gastado, comportamiento nervioso, parásitos, y cuándo pedir "
     "una prueba de ADN de filiación. Recoge los nombres locales, colorín en Andalucía, "
     "cardelina en Valencia, cadernera en Cataluña, y advierte de que en México se llama "
     "jilguero a otra ave, el clarín jilguero (Myadestes occidentalis), un zorzal. Incluye "
     "modelos de acta de inspección y el destino de las aves decomisadas.",
     ("jilgueros", "Carduelis carduelis", "silvestrismo", "fringílidos",
      "comercio ilegal de aves"),
     ("ES",), "2023-06"),
    # --- Japanese knotweed --------------------------------------------------------------------
    ("dq10", "case-study", "en",
     "A sap-sucking psyllid against Japanese knotweed: a decade of biological control in Britain",
     "Japanese knotweed (Reynoutria japonica, long known as Fallopia japonica) reached Britain "
     "as a garden ornamental in the nineteenth century and now lines rivers, railways and "
     "roadsides across the country. Every plant in Britain belongs to one female clone spread "
     "from fragments of rhizome, which can regrow from a piece the size of a fingernail. In "
     "2010, after years of host-range tests, the psyllid Aphalara itadori, a sap-sucking insect "
     "from Japan, became the first biological control agent released against a weed in the "
     "European Union. This case study reviews the releases since then at sites in England and "
     "Wales: how the insects survived the winters, the damage to leaves, why populations "
     "struggled to establish, and the cost compared with stem injection of herbicide and "
     "excavation. It also explains the law that makes it an offence to cause knotweed to grow in "
     "the wild, why soil with rhizomes must be handled as controlled waste, and the fears of "
     "home buyers and mortgage lenders. A leaf-spot fungus is being tested next.",
     ("Japanese knotweed", "Reynoutria japonica", "biological control", "invasive alien plants",
      "riverbanks"),
     ("GB",), "2022-09"),
    ("dq11", "project", "fr",
     "Renouée du Japon : reconquérir les berges de la rivière Saint-Charles et de ses affluents",
     "Introduite comme plante ornementale et appelée à tort bambou japonais par bien des "
     "Québécois, la renouée du Japon (Reynoutria japonica) forme des massifs de trois mètres le "
     "long de la rivière Saint-Charles, de la rivière Lorette et du Berger, à Québec, où elle "
     "élimine la végétation riveraine et laisse en hiver des berges nues, sujettes à l'érosion. "
     "Ce projet de l'organisme de bassin versant, avec la Ville et des bénévoles, cartographie "
     "chaque massif et compare trois méthodes : la fauche répétée six fois par été, le bâchage "
     "sous une toile épaisse, et la plantation serrée de saules, de cornouillers et d'aulnes "
     "dont l'ombre affaiblit la plante. Les résidus sont séchés sur place ou envoyés à "
     "l'enfouissement, jamais au compost, car un fragment de tige ou de rhizome suffit à faire "
     "repartir un massif. Le projet forme aussi les équipes de travaux publics, dont les déblais "
     "ont répandu la plante de chantier en chantier. Les renouées de Sakhaline et de Bohême, "
     "proches parentes, sont suivies aussi.",
     ("renouée du Japon", "Reynoutria japonica", "espèces exotiques envahissantes",
      "bandes riveraines", "Québec"),
     ("CA",), "2024-02"),
    ("dq12", "need", "es",
     "Necesidad: frenar la hierba nudosa japonesa en las riberas de los ríos de Gipuzkoa",
     "La hierba nudosa japonesa (Reynoutria japonica), que muchos vecinos llaman bambú japonés, "
     "ocupa ya cientos de tramos de ribera en las cuencas del Oria, el Urola y el Deba, y se "
     "extiende por cunetas, vías del tren y solares. Figura en el Catálogo Español de Especies "
     "Exóticas Invasoras, pero su control es caro y lento: los rizomas rebrotan tras cada siega "
     "y las riadas arrastran fragmentos río abajo, donde forman nuevas manchas que desplazan a "
     "los alisos, sauces y helechos de la ribera. La diputación foral, con la agencia vasca del "
     "agua y una sociedad de ciencias, solicita apoyo para cartografiar todas las manchas con "
     "voluntarios y una aplicación móvil, ensayar cubiertas de geotextil y plantaciones densas "
     "de especies de ribera, controlar el movimiento de tierras en las obras públicas y formar a "
     "las cuadrillas de mantenimiento de carreteras. Pide además conocer las experiencias de "
     "control biológico de otros países, aún no autorizado en España.",
     ("hierba nudosa japonesa", "Reynoutria japonica", "especies exóticas invasoras", "riberas",
      "Gipuzkoa"),
     ("ES",), "2023-09"),
    # --- fig trees ----------------------------------------------------------------------------
    ("dq13", "case-study", "en",
     "Mugumo, the sacred fig: keeping wild fig trees on farms around Mount Kenya",
     "In the highlands around Mount Kenya, the mugumo, a wild fig (Ficus thonningii), was the "
     "sacred tree of the Kikuyu: elders prayed and sacrificed under it, and cutting one was "
     "forbidden. Many still stand alone in fields of tea, coffee and maize long after the forest "
     "around them was cleared. This case study follows a programme of the Nyeri and Murang'a "
     "county environment offices with councils of elders and a wildlife club that mapped 340 "
     "mugumo trees on farms, church land and school grounds, recorded the stories attached to "
     "each and agreed simple rules with the owners. It explains why fig trees are keystone "
     "species: they fruit at different times through the year, feeding turacos, hornbills, "
     "barbets, colobus monkeys and fruit bats when little else is ripe, and the animals carry "
     "the seeds of other trees into the fields. Each fig species depends on its own tiny wasp to "
     "set seed. Cuttings rooted well in school nurseries, and new trees were planted at springs.",
     ("fig trees", "Ficus thonningii", "sacred trees", "keystone species",
      "traditional knowledge"),
     ("KE",), "2023-07"),
    ("dq14", "project", "fr",
     "Sauvegarder les variétés de figuiers de Kabylie et la figue sèche de Béni Maouche",
     "En Kabylie, le figuier (Ficus carica) est l'arbre des villages de montagne : chaque "
     "famille en possède quelques pieds sur les pentes, et la figue sèche, longtemps aliment "
     "d'hiver, fait encore vivre les communes de Béni Maouche, dans la wilaya de Béjaïa, qui ont "
     "obtenu la première indication géographique d'Algérie. Mais l'exode rural, les incendies de "
     "l'été 2021 et l'abandon des vergers menacent des dizaines de variétés locales aux noms "
     "kabyles. Le projet, mené par un institut technique de l'arboriculture avec la coopérative "
     "des producteurs et l'université de Béjaïa, inventorie les variétés, greffe et bouture les "
     "meilleurs arbres dans une collection de conservation, et documente avec les anciens la "
     "caprification : suspendre dans les arbres des figues du figuier mâle, le dokkar, qui "
     "portent le petit insecte pollinisateur, le blastophage. Il aide aussi à construire des "
     "claies de séchage propres pour respecter le cahier des charges et forme les jeunes à la "
     "taille. Le figuier de Barbarie, qui pousse aux mêmes endroits, n'est pas concerné.",
     ("figuiers", "Ficus carica", "variétés locales", "indication géographique",
      "savoirs traditionnels"),
     ("DZ",), "2024-06"),
    ("dq15", "dataset", "es",
     "Higuerones y matapalos de la península de Osa: fructificación y fauna frugívora, 2015-2024",
     "En la península de Osa, los higuerones y matapalos (Ficus) son árboles clave del bosque: "
     "los matapalos germinan en lo alto de otro árbol, lo abrazan con sus raíces y acaban "
     "ocupando su lugar, y unos y otros dan fruto varias veces al año, en momentos distintos, "
     "cuando el resto del bosque ofrece poco alimento. Este conjunto de datos, reunido por una "
     "estación biológica con guardaparques del Parque Nacional Corcovado y estudiantes de la "
     "Universidad de Costa Rica, sigue desde 2015 a 186 higuerones marcados de catorce especies: "
     "diámetro, estado de la copa, cada episodio de fructificación y los animales que llegan a "
     "comer, registrados con cámaras en las copas y conteos desde el suelo: monos araña y "
     "cariblancos, tucanes, pavas, murciélagos frugívoros y saínos. Incluye la presencia de las "
     "avispas polinizadoras de cada especie y los árboles caídos en tormentas. Los datos sirven "
     "para escoger higuerones en la restauración de potreros y para el plan de manejo del "
     "parque.",
     ("higuerones", "matapalos", "Ficus", "frugívoros", "fenología"),
     ("CR",), "2024-10"),
    # --- sweet potato -------------------------------------------------------------------------
    ("dq16", "project", "en",
     "Kūmara from the ancestors: heritage sweet potato varieties back in Māori gardens",
     "Kūmara, the sweet potato (Ipomoea batatas), came to Aotearoa New Zealand with Polynesian "
     "voyagers and became the staple crop of Māori gardens as far south as Banks Peninsula, "
     "grown in soils mixed with gravel and sand and stored through winter in underground pits, "
     "rua kūmara. Today almost all commercial kūmara come from a few modern varieties grown "
     "around Dargaville, and the small, firm-fleshed traditional varieties such as Hutihuti, "
     "Rekamaroa and Taputini survive only in some family gardens and a research collection. This "
     "project, run by a network of marae gardeners with a Crown research institute, multiplies "
     "virus-tested plants of these heritage varieties, returns them to iwi and school gardens, "
     "records the planting practices and karakia that go with them, and compares their yields "
     "and keeping quality. It also rebuilds a traditional storage pit to measure temperature, "
     "humidity and losses over winter. Taro and gourds, the other crops of the voyagers, are "
     "mentioned for comparison.",
     ("sweet potato", "kūmara", "heritage varieties", "Māori gardens", "traditional knowledge"),
     ("NZ",), "2024-03"),
    ("dq17", "document", "fr",
     "La patate douce à chair orange à Madagascar : guide pour les groupements paysans",
     "À Madagascar, la patate douce, vomanga en malgache, se cultive partout, des rizières de "
     "contre-saison des Hautes Terres aux sables du Sud, et nourrit les familles pendant la "
     "soudure, quand le riz manque. Ce guide, préparé par le centre national de recherche "
     "agricole avec des ONG de nutrition, s'adresse aux groupements paysans et aux animateurs du "
     "Vakinankaratra, de l'Amoron'i Mania et de l'Androy. Il présente les variétés à chair "
     "orange, riches en bêta-carotène, qui aident à lutter contre la carence en vitamine A des "
     "jeunes enfants, à côté des variétés locales à chair blanche ou violette qu'il faut aussi "
     "garder. Il explique la multiplication de boutures saines en pépinière protégée, la "
     "plantation sur billons, la lutte contre le charançon par la rotation et le buttage, la "
     "récolte échelonnée, le séchage en cossettes et la fabrication de farine et de purée pour "
     "les cantines scolaires. Une annexe décrit l'emploi des fanes comme fourrage pour les porcs "
     "et les vaches laitières.",
     ("patate douce", "Ipomoea batatas", "variétés à chair orange", "sécurité alimentaire",
      "nutrition"),
     ("MG",), "2023-05"),
    ("dq18", "dataset", "es",
     "Camotes nativos del Perú en el banco de germoplasma de La Molina: descriptores de 1.300 "
     "accesiones",
     "El camote (Ipomoea batatas), que en Argentina, Paraguay y Venezuela llaman batata y en "
     "España, Cuba y Uruguay boniato, se domesticó en la América tropical, y el Perú conserva "
     "una gran diversidad de variedades nativas; en quechua se le dice apichu. Este conjunto de "
     "datos publica los descriptores de 1.300 accesiones peruanas de la colección de camote que "
     "un centro internacional de investigación agrícola mantiene en campo, in vitro y como "
     "semilla en La Molina, Lima: lugar de colecta, color de la piel y de la pulpa, forma de la "
     "raíz, rendimiento, materia seca, betacaroteno y antocianinas, resistencia a virus y al "
     "gorgojo, y la huella molecular de cada accesión. Incluye también las variedades devueltas "
     "a comunidades de Cañete, Huánuco y San Martín y fichas de usos tradicionales: el camote "
     "sancochado que acompaña al cebiche, las hojas que se dan a los cuyes y la chicha de "
     "camote.",
     ("camote", "Ipomoea batatas", "bancos de germoplasma", "variedades nativas",
      "recursos fitogenéticos"),
     ("PE",), "2024-07"),
    # --- mullet -------------------------------------------------------------------------------
    ("dq19", "case-study", "en",
     "Fishing with dolphins: the mullet fishers of Laguna and their bottlenose partners",
     "In the lagoon channel of Laguna, in southern Brazil, fishers have for more than a century "
     "stood waist-deep with cast nets, waiting for a signal from Lahille's bottlenose dolphins. "
     "The dolphins drive schools of mullet (Mugil liza), the tainha, towards the shore and then "
     "dive or slap their heads on the water: that is when the nets are thrown. This case study "
     "brings together twenty years of research with the fishers, including photo-identification "
     "of the dolphins and hydrophone and drone recordings, which showed that fishers who throw "
     "in time with the dolphins catch more and larger mullet, and that dolphins which work with "
     "the fishers survive better, away from gillnets. It also documents the decline of the "
     "practice as the winter mullet run shrank under industrial purse-seine fishing for roe and "
     "as young people left fishing. The municipality declared the fishery intangible heritage; "
     "the study proposes catch limits for the industrial fleet during the run and keeping "
     "gillnets out of the channel.",
     ("mullet", "Mugil liza", "bottlenose dolphins", "artisanal fisheries",
      "traditional knowledge"),
     ("BR",), "2023-12"),
    ("dq20", "project", "fr",
     "Le mulet jaune du Banc d'Arguin : une pêche imraguen durable et une poutargue de qualité",
     "Chaque automne, les bancs de mulets jaunes (Mugil cephalus) longent la côte mauritanienne "
     "vers le sud pour frayer, et les Imraguen du Parc national du Banc d'Arguin les attendent "
     "sur la plage avec leurs filets, autrefois aidés, racontent les anciens, par les dauphins "
     "qui rabattaient les poissons. Depuis que la poutargue, les œufs de mulet salés et séchés, "
     "se vend cher en Europe, la pêche au filet maillant s'est intensifiée tout le long du "
     "littoral et les captures ont chuté. Le projet, conduit par l'administration du parc avec "
     "les coopératives de femmes transformatrices et l'institut de recherche océanographique, "
     "fixe un calendrier et des quotas de pêche au mulet dans le parc, où seules les lanches à "
     "voile sont autorisées, suit la taille et la maturité des poissons débarqués, améliore le "
     "séchage du tichtar et l'hygiène de la poutargue pour obtenir un label, et forme les "
     "pêcheurs au suivi des captures. Les courbines et les raies guitares pêchées aux mêmes "
     "endroits sont suivies à part.",
     ("mulet jaune", "Mugil cephalus", "pêche artisanale", "poutargue", "Banc d'Arguin"),
     ("MR",), "2024-02"),
    ("dq21", "need", "es",
     "Necesidad: evaluar la pesquería de lisa y de su hueva en la Laguna Madre de Tamaulipas",
     "En la Laguna Madre de Tamaulipas, la mayor laguna hipersalina del país, cientos de "
     "pescadores de las cooperativas de San Fernando, Soto la Marina y Matamoros capturan cada "
     "invierno la lisa (Mugil cephalus) y la lebrancha (Mugil curema) cuando salen por las bocas "
     "hacia el mar para desovar. La hueva de lisa, que se sala y se seca para exportarla a Asia, "
     "vale más que el pescado y empuja a capturar a las hembras maduras justo antes del desove. "
     "Las autoridades pesqueras no tienen datos suficientes para saber si la veda actual protege "
     "a la población. El instituto de pesca del estado, con las cooperativas, solicita apoyo "
     "para muestrear tallas, sexos y madurez en los desembarques, marcar peces para conocer sus "
     "rutas, medir la salinidad y la temperatura de la laguna, y formar a los pescadores en el "
     "registro de capturas. Pide además apoyo para que las mujeres que procesan la hueva "
     "obtengan permisos sanitarios. La pesca de camarón de la laguna no es objeto de la "
     "solicitud.",
     ("lisa", "lebrancha", "Mugil cephalus", "pesca artesanal", "Laguna Madre"),
     ("MX",), "2024-05"),
    # --- water lilies -------------------------------------------------------------------------
    ("dq22", "dataset", "en",
     "Victoria boliviana: specimens, field records and seed samples of the giant water lily of "
     "the Llanos de Moxos",
     "The giant water lilies of the genus Victoria, whose floating leaves can exceed three "
     "metres across, were long thought to be two species. In 2022 botanists at a British botanic "
     "garden, working with the national herbarium of Bolivia and the botanic garden of Santa "
     "Cruz de la Sierra, described a third, Victoria boliviana, from the seasonally flooded "
     "savannas of the Llanos de Moxos in the department of Beni. This dataset gathers the "
     "evidence: herbarium sheets, some collected in the nineteenth century and filed as Victoria "
     "amazonica; field records from lagoons and old river channels of the Mamoré and Yacuma "
     "basins with leaf sizes, flower colour and prickle patterns; DNA sequences; photographs; "
     "and the seed samples and plants held in living collections. It adds maps of the known "
     "populations in relation to cattle ranching, burning and drainage, and notes of the uses "
     "that local people reported. Other aquatic plants of the llanos are listed in a separate "
     "table.",
     ("water lilies", "Victoria boliviana", "aquatic plants", "herbarium specimens",
      "Llanos de Moxos"),
     ("BO", "GB"), "2023-04"),
    ("dq23", "project", "fr",
     "Le nénuphar nain des lacs des Hautes-Vosges : sauver une relique glaciaire de "
     "l'hybridation",
     "Le nénuphar nain (Nuphar pumila), petit nénuphar jaune aux feuilles de la taille d'une "
     "main, est une relique des glaciations qui ne survit en France que dans quelques lacs et "
     "étangs tourbeux des Hautes-Vosges et du Jura. Protégé au niveau national, il recule : "
     "réchauffement de l'eau, apports de nutriments des pâturages et des fermes-auberges, "
     "piétinement des rives par les pêcheurs et les baigneurs, et surtout hybridation avec le "
     "grand nénuphar jaune (Nuphar lutea), dont les hybrides gagnent certains lacs. Ce projet du "
     "parc naturel régional des Ballons des Vosges, avec le conservatoire botanique et une "
     "université, identifie par analyse génétique les pieds purs et hybrides de chaque lac, "
     "retire à la main les hybrides, cultive des pieds purs au conservatoire pour renforcer les "
     "populations, et installe des pontons pour canaliser les visiteurs. Il suit aussi la "
     "température et la chimie de l'eau. Les nymphéas blancs des mêmes lacs, autres nénuphars, "
     "sont inventoriés.",
     ("nénuphars", "Nuphar pumila", "plantes aquatiques", "espèces protégées", "lacs vosgiens"),
     ("FR",), "2024-04"),
    ("dq24", "case-study", "es",
     "El irupé de las lagunas correntinas: floración, semillas y visitas en San Cosme e Itatí",
     "El irupé (Victoria cruziana), cuyo nombre guaraní se traduce como plato sobre el agua, es "
     "el nenúfar gigante de los ríos Paraná y Paraguay: sus hojas de hasta dos metros, con el "
     "borde levantado, cubren las lagunas y madrejones de Corrientes, el Chaco y el Paraguay, y "
     "sus flores se abren al anochecer, blancas, y se cierran rosadas al día siguiente. Este "
     "estudio de caso cuenta cómo las familias de San Cosme e Itatí se organizaron con el "
     "municipio y con guías locales para recibir a los visitantes durante la floración del "
     "verano sin dañar las plantas: pasarelas, canoas a remo, prohibición de arrancar flores y "
     "hojas, y un calendario de visitas. Relata también el uso tradicional de las semillas "
     "tostadas, el maíz de agua, y la leyenda guaraní del origen de la flor, y analiza las "
     "amenazas: la bajante del Paraná de 2020 a 2022, que secó lagunas enteras, el relleno de "
     "bañados para arroceras y el ganado. Los camalotes de las mismas lagunas se tratan aparte.",
     ("irupé", "Victoria cruziana", "plantas acuáticas", "turismo de naturaleza", "Corrientes"),
     ("AR",), "2024-01"),
    # --- wildlife photography -----------------------------------------------------------------
    ("dq25", "document", "en",
     "Photographing wildlife without harming it: a code of practice for nature photographers",
     "Wildlife photography has never been more popular, and with cheap long lenses, drones and "
     "social media, more photographers than ever seek out nesting birds, owls, otters and seals. "
     "This guidance, prepared by the nature conservation agencies of the United Kingdom with "
     "photographic societies, sets out what the law and good practice require. A licence is "
     "needed to photograph any bird listed on Schedule 1 of the Wildlife and Countryside Act at "
     "or near an active nest, such as the kingfisher, the barn owl or the little ringed plover. "
     "The code explains how to place hides without exposing nests, why playing recorded calls "
     "and baiting owls with pet-shop mice are discouraged, how far to keep from seal haul-outs "
     "and seabird cliffs, where drones are forbidden, and how to share locations responsibly "
     "online. It advises photographers who lead paid workshops and landowners who rent out "
     "hides, and invites photographers to send their records of rare species to local biological "
     "record centres.",
     ("wildlife photography", "codes of conduct", "disturbance", "Schedule 1 birds",
      "nature tourism"),
     ("GB",), "2023-03"),
    ("dq26", "case-study", "fr",
     "Photographie animalière et phoques en baie de Somme : cinq ans pour réduire les "
     "dérangements",
     "En baie de Somme, la plus grande colonie de phoques veaux marins de France attire chaque "
     "année des milliers de photographes amateurs, qui s'approchent à marée basse des bancs de "
     "sable où les femelles allaitent. Cette étude de cas, rédigée par le gestionnaire de la "
     "réserve naturelle avec un club de photographie animalière et l'association qui suit les "
     "phoques, analyse cinq ans de relevés des dérangements : animaux qui se jettent à l'eau, "
     "jeunes séparés de leur mère, photographes qui franchissent les zones de quiétude balisées. "
     "Elle décrit les mesures prises : une charte de la photographie signée par les clubs et les "
     "guides, des affûts fixes et des observatoires aménagés à bonne distance, un périmètre "
     "interdit pendant la mise bas, des sorties encadrées par des guides formés, et des messages "
     "sur les réseaux sociaux pour ne pas publier de photos prises trop près. Les dérangements "
     "ont diminué de moitié. Le texte évoque aussi les drones, interdits au-dessus de la "
     "réserve, et les pêcheurs à pied.",
     ("photographie animalière", "dérangement de la faune", "phoques veaux marins",
      "baie de Somme", "tourisme de nature"),
     ("FR",), "2024-08"),
    ("dq27", "support-source", "es",
     "Ayudas para hides de fotografía de naturaleza en fincas de Extremadura",
     "Extremadura se ha convertido en un destino de fotografía de naturaleza: fotógrafos de toda "
     "Europa alquilan hides, casetas camufladas junto a charcas, posaderos y comederos de aves "
     "necrófagas, para fotografiar buitres negros, águilas imperiales, cigüeñas negras, "
     "abejarucos y grullas en las dehesas de Monfragüe, La Serena y el Tajo Internacional. Esta "
     "línea de ayudas de la administración regional, cofinanciada con fondos de desarrollo "
     "rural, ofrece a propietarios de fincas y empresas de turismo rural hasta el 60 % del coste "
     "de construir o adaptar hides, siempre que cumplan un código de buenas prácticas: ubicación "
     "a distancia de los nidos aprobada por los agentes del medio natural, ningún cebo vivo, "
     "aportes de alimento para aves carroñeras solo en puntos autorizados, cupos de visitantes y "
     "registro de las especies observadas. La ayuda cubre también la formación de guías y la "
     "promoción en ferias de turismo ornitológico. La observación de aves sin fotografía tiene "
     "su propia convocatoria.",
     ("fotografía de naturaleza", "hides fotográficos", "turismo de naturaleza", "ayudas",
      "Extremadura"),
     ("ES",), "2024-03"),
    # --- beach nourishment --------------------------------------------------------------------
    ("dq28", "dataset", "en",
     "The Sand Motor: a decade of monitoring a mega beach nourishment on the Dutch coast",
     "Instead of adding sand to eroding beaches every few years, the Netherlands tried something "
     "new in 2011: 21.5 million cubic metres of sand were dredged from the North Sea and placed "
     "in one hook-shaped peninsula at Ter Heijde, south of The Hague, to be spread along the "
     "coast by waves and wind over twenty years. This dataset holds the monitoring of the Sand "
     "Motor since then: repeated surveys of the seabed and beach elevations, wave and current "
     "measurements, wind-blown sand and the growth of the dunes behind, groundwater levels and "
     "salinity, and ecological surveys of animals living in the sand, shorebirds, vegetation on "
     "the new dunes and the seals that haul out on the tip. It also covers the silting of the "
     "lagoon, counts of visitors, swimmers and kitesurfers, and the cost compared with ordinary "
     "beach nourishments of the same volume. The national water authority now adds about twelve "
     "million cubic metres of sand a year to the Dutch coast to keep pace with sea-level rise.",
     ("beach nourishment", "Sand Motor", "coastal protection", "sea-level rise",
      "nature-based solutions"),
     ("NL",), "2022-06"),
    ("dq29", "case-study", "fr",
     "Recharger les plages des Îles-de-la-Madeleine : premier bilan des recharges en sable",
     "Aux Îles-de-la-Madeleine, dans le golfe du Saint-Laurent, les hivers sans glace de rive "
     "laissent la côte exposée aux tempêtes, et les falaises de grès rouge comme les cordons de "
     "sable reculent de plus en plus vite, menaçant la route 199, qui relie les îles entre "
     "elles, et le site patrimonial de La Grave. Plutôt que d'enrocher toute la côte, la "
     "municipalité et le ministère des Transports ont choisi sur plusieurs sites la recharge de "
     "plage : déposer du sable et du gravier pour reconstituer une plage qui amortit les vagues. "
     "Cette étude de cas dresse le bilan de ces recharges depuis 2016 : volumes apportés, "
     "origine des sédiments, suivi par drone et par relevés de profils, pertes après chaque "
     "tempête, coût par mètre de côte, effets sur les oiseaux de rivage, les herbiers et la "
     "pêche au homard, et plantation d'ammophile pour fixer le sable en haut de plage. Elle "
     "conclut qu'une recharge doit être renouvelée tous les cinq à dix ans et la compare aux "
     "enrochements.",
     ("recharge de plage", "érosion côtière", "adaptation aux changements climatiques",
      "Îles-de-la-Madeleine", "solutions fondées sur la nature"),
     ("CA",), "2024-05"),
    ("dq30", "need", "es",
     "Necesidad: planear la recuperación de las playas de Cancún y la Riviera Maya sin dañar los "
     "arrecifes",
     "Tras el huracán Wilma, en 2005, la zona hotelera de Cancún se quedó sin playa en muchos "
     "tramos, y desde entonces se han hecho varias recuperaciones de playas: millones de metros "
     "cúbicos de arena dragada de bancos submarinos y bombeada a la costa. Parte de esa arena se "
     "perdió en pocos años, y los dragados levantaron sedimentos sobre los arrecifes y los "
     "pastos marinos. Los municipios de Benito Juárez y Solidaridad, con la autoridad ambiental "
     "federal y una universidad, solicitan apoyo para diseñar un programa de largo plazo: "
     "estudios del transporte de arena y de los bancos que pueden aprovecharse sin dañar el "
     "fondo, monitoreo de la turbidez sobre los corales durante las obras, un calendario que "
     "evite la temporada de anidación de las tortugas marinas, arena de grano y color "
     "compatibles, y restauración de las dunas costeras que los hoteles arrasaron. Piden además "
     "capacitación para comparar costos y beneficios frente a espigones y rompeolas. El sargazo "
     "que llega a las mismas playas no es objeto de la solicitud.",
     ("recuperación de playas", "rellenos de arena", "erosión costera", "arrecifes de coral",
      "Quintana Roo"),
     ("MX",), "2024-06"),
)  # fmt: skip
