"""Clearing-house records of the sixty-fifth judged relevance set
(tests/search/relevance/queries65.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms, all of them CBD
Clearing-House Mechanism pages: on lynx (the Eurasian lynx released in the Palatinate Forest; the
lynx boréal of the French Jura and its road deaths; a need against the atropellos of the lince
ibérico on the roads of Castilla-La Mancha); on wildcats (the Scottish wildcat bred for release in
the Cairngorms; a Walloon guide to the chat sauvage, or chat forestier, and its hybrids; the camera
traps and genetic samples of the gato montés of Spain); on woodpeckers (artificial cavities, fire
and safe harbor agreements for the red-cockaded woodpecker of the longleaf pine; a French guide to
the pics and their arbres à loges; a need for the carpintero negro of the lenga forests of Aysén);
on dragon trees (nurseries for the dragon's blood tree of Socotra; the dragonnier, or ajgal, of the
Anti-Atlas; the drago of Gran Canaria, Dracaena tamaranae); on honey hunting (the Yao honey-hunters
and their honeyguides in Niassa; the miel sauvage of the Baka and the honey trees of the forest
concessions of eastern Cameroon; a need for the meleros wichí and their miel de monte in the Chaco
salteño); on fonio (an offer of dehullers and training for West African women's groups; the fonio
of the Fouta-Djalon and its bowé; a Spanish cooperation project in Kédougou); on peregrine falcons
in cities (urban nest sites and prey remains in British towns; the faucons pèlerins of Montréal and
Québec buildings; a need for the halcón peregrino of the rascacielos of Mexico City); on ice stupas
(the ice stupas and artificial glaciers of Ladakh; the stupas de glace of the Naryn province; a
need for estupas de hielo in Bolivia's Cordillera Real); on snorkel trails (the underwater trails
of Buck Island and Trunk Bay; a guide to the sentiers sous-marins and the randonnée palmée; a need
for a sendero submarino for careteo in Atacama); and on intermittent rivers (the wet-dry mapping of
the San Pedro; a guide to the cours d'eau intermittents and their assecs; the ramblas of the Segura
basin). English, French and Spanish, 10 records each, every topic written once in each language
(different countries, projects and angles, not translations of one text).

None of records.py, records3.py, ..., records63.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (lynx, Lynx, lince, loup-cervier, bobcat, caracal; wildcat,
wild cat, Felis silvestris, chat sauvage, chat forestier, chat haret, gato montés, gato andino,
gato silvestre, gato asilvestrado, felid, félin, felino; woodpecker, pic, pic noir, carpintero,
pito, picamaderos, Dryocopus, Campephilus, cavity, cavité, cavidad; dragon tree, dragon's blood,
Dracaena, dragonnier, drago, sangre de drago, Croton, Socotra; honey hunting, honey-hunter,
honeyguide, Indicator, wild honey, honey, miel, miel sauvage, chasseur de miel, miel silvestre,
miel de monte, melero, stingless bee, abeja sin aguijón; fonio, acha, Digitaria, hungry rice,
neglected crops, céréales oubliées, cultivos olvidados; peregrine, Falco peregrinus, falcon,
faucon, faucon pèlerin, halcón, halcón peregrino, raptor, rapace, rapaz, cernícalo; ice stupa,
stupa, artificial glacier, glacier artificiel, glaciar artificial, Ladakh, Naryn, hielo, glace;
snorkel, snorkel trail, underwater trail, sentier sous-marin, randonnée palmée, PMT, plongée,
sendero submarino, esnórquel, careteo, buceo; intermittent river, ephemeral, non-perennial,
temporary river, cours d'eau intermittent, rivière temporaire, assec, oued, wadi, rambla, río
intermitente, río seco, quebrada, cauce). Screened and dropped as covered: sacred groves (u08),
stingless bees (p36), native potatoes (r18), coral gardening (t13), customary marine closures and
tabu areas (t13, by10), ski resorts (by28-by30), queen conch (bc01-bc03), urban wetlands (o19-o21),
trophy hunting (bo13-bo15), sea cucumbers (j25-j27), horseshoe crabs (l25, l26), albatrosses
(l01-l03), penguins (bn07-bn09), crocodilians (bs01-bs03), beavers (l28-l30), pangolins (bb25,
bb26), jellyfish (s19-s21), whale sharks (i04-i06), axolotls (s10-s12), sloths (bn10-bn12), tapirs
(bo01-bo03), gum arabic (bf04-bf06), rattan (bx28-bx30), river sand mining (v13-v15), maerl
(bj07-bj09), saiga (y10, y12), bird ringing (be28-be30), permafrost (bq04-bq06), environmental DNA
(bv19-bv21), scorpions (bw13-bw15), desert truffles (bn04-bn06), dragonflies (bq01-bq03), lichens
(bf28, bf29) and orchids (o13-o15, be07-be09), besides the topics of sets 42 to 63 and those their
docstrings list as covered, and the chemicals, waste, pollution, energy and biosafety topics left
to set 64; screened with no or passing hits but not chosen: kingfishers, eiders, okapis, koalas,
platypuses, lemurs (named in passing by ci23), hyenas (i22, w35), cicadas, voluntourism and urban
beekeeping.

The nearest are the three sand dam pages, walls built across seasonal rivers whose sand stores the
water, with the koris of Tahoua (cm14) and the quebradas estacionales of Nicaragua (cm15) in their
subjects and titles and the seasonal river in the first sentence of the Kenyan offer (cm13), judged
1 to the general intermittent-river queries; the wadis and oueds into which olive mill wastewater
was poured (bg10, bg11), the quebradas secas of Chosica that come down as huaicos (bv27), the
assecs of fish ponds (bm08, cg11, ca14) and the rambla of Montevideo, a seafront avenue (cp03), all
passing or other senses; the peregrines among the cliff-nesting birds of the climbing pages (cg22,
cg23) and the falconry of the houbara pages (bj01, bj02), passing, and the cernícalo primilla, a
small falcon nesting on the church roofs of Extremadura towns (bf24), no peregrine; the Iberian
lynx of the cork oak page (y22) and the lynx of the old-growth forests (bk10), passing; the raccoon
that many Québécois still call chat sauvage (cg29), no wildcat, and the feral cats of bj03, bz01
and cg01; the woodpeckers of the Mount Auburn cemetery (cm25), of the window collision page (bp23)
and of the parakeet page (ci14), and the cavities of the old-growth forest pages (bk11, bk12),
passing, while the Pic Macaya (ca26), the pics, or peaks, of the cases counted by bv14 and the PIC
procedure of the chemicals pages are other senses; the honey gathered in the miombo (bx04) and the
honey collectors who light fires in Niassa (bx06), passing, the meliponiculture of Yucatán (p36),
bees kept and not hunted, and the golden page on fructose whose subjects name honey, no honey
hunting; the glacial lake pages (w37-w39), about outburst floods, and the acequias de careo that
sow water in the Alpujarra (ck30), no ice; and the snorkelling tours over the giant clam beds
(bk07), the nature fee paid by those who snorkel in Bonaire (bs16), the esnórquel of Cozumel's
cruise passengers (co27) and the plongée d'observation of the New Caledonian napoleon (bf02), none
about an underwater trail. No page names fonio, a dragon tree or an ice stupa.

records64.py (ids cr01..cr30, on the ritual uses of mercury, dog faeces, acid rain, sulphur in road
fuels, genetically modified soybean, geoengineering, night trains, community energy, solar power
for health facilities and conflict minerals), written at the same time by another engineer, was
searched for the same words once it was finished: none of its records is about these topics, and
none names a lynx, a wildcat, a woodpecker, a dragon tree, wild honey, fonio, a peregrine, an ice
stupa, a snorkel trail or an intermittent river (its only hit is passing: the ice linings of the
solar direct-drive vaccine refrigerators of cr25, no ice stupa).

Traps: the wildcats of the Palatinate Forest (cs01), the gato montés, tejón and gineta that will
use the lynx passes (cs03), the lynx of the Highland debate (cs04) and the lince ibérico that
shares the monte with the gato montés (cs06) are passing, 0 to the other felid topic; the gato de
Geoffroy that Argentines call gato montés (cs06) is named as another species; the chauves-souris,
chouette de Tengmalm and martre of the woodpecker holes (cs08) and the concón and cachaña of cs09
are passing; the frankincense trees of cs10 and the arganiers of cs11 are passing; the sangre de
grado of the Peruvian Amazon (Croton lechleri) is another tree (cs12); the bush fires of cs13 and
the abeilles sans dard and abejas sin aguijón of cs14 and cs15 are passing mentions of other sets'
topics; the community seed bank and petit mil of cs17 and the mijo, sorgo and artisanal gold mining
of cs18 are passing; the organochlorine pesticides of cs19, the DDT and baguage of cs20 and the
window collisions and cetreros of cs21 are passing; the glacial lake outburst floods of cs22, the
ski slope of Chacaltaya and the bofedales of cs24 are passing; the cruise ships, sunscreen and
coral outplanting of cs25, the herbiers de posidonie of cs26 and the huiros, locos and pingüinos de
Humboldt of cs27 are passing; the beavers reintroduced to the San Pedro (cs28), the oueds and
ramblas cited by cs29, 0 to "ramblas", and the extracción de áridos, escombros and nitratos of cs30
are passing. For the country queries: cs01 is about France as well as Germany (the Vosges), cs02
names Switzerland, cs03 names Portugal, cs06 and cs09 name Argentina, cs11 names the Canary
Islands, cs13 names Tanzania, cs16 names Nigeria, cs23 and cs24 name Ladakh, cs26 names La Réunion,
Martinique and New Caledonia, and cs28 names Mexico (Sonora); cs16 lists Mali, Guinea, Burkina Faso
and Senegal.

Ids (cs01..cs30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
cp01..cp30, cq01..cq30), nor with records64.py's (cr01..cr30), and no earlier id starts with "cs".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- lynx ---------------------------------------------------------------------------------
    ("cs01", "case-study", "en",
     "Lynx back in the Palatinate Forest: lessons from translocating twenty Eurasian lynx, "
     "2016-2020",
     "The Eurasian lynx (Lynx lynx) disappeared from the Palatinate Forest, in the German state "
     "of Rhineland-Palatinate, two centuries ago. Between 2016 and 2020 a LIFE project led by "
     "the state's nature conservation foundation released twenty lynx caught in the Slovak "
     "Carpathians and in Switzerland, each fitted with a GPS collar. This case study follows "
     "what happened next: the animals settled in large home ranges in the beech and pine forest, "
     "the first kittens were found in 2017, and several lynx crossed into the northern Vosges in "
     "France, where the Pfälzerwald-Vosges du Nord biosphere reserve spans the border. It sets "
     "out how hunters, sheep farmers and foresters were involved through a lynx advisory group, "
     "the compensation paid for the few sheep and goats killed, the roe deer kills found by "
     "following the collars, and the losses to traffic and illegal shooting. The forest's "
     "wildcats, far more numerous, are followed by another programme.",
     ("lynx", "Lynx lynx", "reintroduction", "large carnivores", "Palatinate Forest"),
     ("DE", "FR"), "2023-03"),
    ("cs02", "dataset", "fr",
     "Lynx boréal dans le massif jurassien : indices de présence, pièges photographiques et "
     "mortalités, 2005-2024",
     "Réintroduit en Suisse dans les années 1970, le lynx boréal a recolonisé depuis le massif "
     "du Jura français, où vit aujourd'hui la population la plus stable du pays, estimée à un "
     "peu plus d'une centaine d'individus entre l'Ain, le Doubs et le Jura. Ce jeu de données, "
     "tenu par le réseau Loup-Lynx de l'Office français de la biodiversité avec les fédérations "
     "de chasseurs, les naturalistes et les agents forestiers, rassemble les indices de présence "
     "validés (observations, empreintes dans la neige, proies consommées, poils), les campagnes "
     "de pièges photographiques qui permettent d'identifier chaque lynx à son pelage tacheté, et "
     "les cadavres retrouvés. Les collisions routières et ferroviaires sont la première cause de "
     "mort connue, devant le braconnage. Les attaques sur les moutons et les chèvres, "
     "indemnisées, sont aussi saisies. Les données alimentent le plan national d'actions en "
     "faveur du lynx 2022-2026 et les échanges avec les cantons suisses voisins.",
     ("lynx boréal", "grands prédateurs", "pièges photographiques", "collisions routières",
      "Jura"),
     ("FR",), "2024-05"),
    ("cs03", "need", "es",
     "Necesidad: reducir los atropellos de lince ibérico en las carreteras de Castilla-La Mancha",
     "El lince ibérico (Lynx pardinus), que en 2002 no pasaba de un centenar de ejemplares "
     "repartidos entre Doñana y Sierra Morena, supera hoy los 2.000 gracias a la cría en "
     "cautividad, las reintroducciones y la recuperación del conejo de monte. Pero al "
     "dispersarse, los jóvenes cruzan autovías y carreteras comarcales, y los atropellos son ya "
     "la principal causa de muerte no natural: más de un centenar de linces mueren así cada año "
     "en España y Portugal. La consejería de Castilla-La Mancha solicita apoyo para analizar los "
     "puntos negros en los Montes de Toledo, el valle del Guadalmena y Sierra Morena oriental, "
     "adaptar drenajes y construir pasos inferiores con vallado perimetral, instalar reductores "
     "de velocidad y señales luminosas activadas por sensores, y formar a conductores y guardas. "
     "Pide además un protocolo para recoger y necropsiar los ejemplares muertos. Los pasos "
     "servirán también al gato montés, al tejón y a la gineta, que no son objeto de la solicitud.",
     ("lince ibérico", "Lynx pardinus", "atropellos de fauna", "pasos de fauna",
      "especies amenazadas"),
     ("ES",), "2024-03"),
    # --- wildcats -----------------------------------------------------------------------------
    ("cs04", "project", "en",
     "Saving the Scottish wildcat: breeding for release in the Cairngorms and stopping "
     "hybridisation",
     "In 2019 a review by cat specialists concluded that the wildcat (Felis silvestris) in "
     "Scotland, Britain's only native wild cat left, was no longer viable in the wild: decades "
     "of interbreeding with feral and domestic cats had left few animals with pure wildcat "
     "genes. The project, led by a zoological society with the government nature agency, "
     "foresters and landowners, runs a conservation breeding centre at the Highland Wildlife "
     "Park, where kittens grow up in large enclosures with little human contact, and since 2023 "
     "has released young wildcats fitted with GPS collars into the forests of Strathspey in the "
     "Cairngorms. Around the release areas it traps, neuters, vaccinates and returns feral cats, "
     "asks farmers and households to neuter their pets, and uses camera traps and genetic tests "
     "to tell wildcats from hybrids by their thick blunt ringed tail and coat pattern. Deaths on "
     "roads and from disease are investigated. Talk of bringing the lynx back to the Highlands "
     "is a separate debate.",
     ("wildcats", "Felis silvestris", "conservation breeding", "hybridisation", "Cairngorms"),
     ("GB",), "2024-03"),
    ("cs05", "document", "fr",
     "Le chat sauvage en Wallonie : guide pour le reconnaître et éviter l'hybridation avec le "
     "chat domestique",
     "Longtemps donné pour rare, le chat sauvage, ou chat forestier (Felis silvestris), occupe "
     "aujourd'hui presque tout le sud du sillon Sambre-et-Meuse, des forêts de l'Ardenne à la "
     "Gaume et à la Famenne, et gagne le Condroz. Ce guide, publié par l'administration wallonne "
     "de la nature avec une association naturaliste, aide les agriculteurs, les forestiers, les "
     "chasseurs et les vétérinaires à le distinguer du chat domestique tigré : queue épaisse, "
     "annelée de noir et terminée en manchon, raie dorsale qui s'arrête à la base de la queue, "
     "nez rosé. Il explique le suivi par pièges à poils frottés de valériane et par analyses "
     "génétiques, rappelle que l'espèce est protégée et que les chatons trouvés en lisière au "
     "printemps ne doivent pas être ramassés, et demande de stériliser les chats de ferme pour "
     "limiter l'hybridation. Il recense aussi les chats sauvages tués sur les routes, principale "
     "cause de mortalité connue.",
     ("chat sauvage", "chat forestier", "Felis silvestris", "hybridation", "Wallonie"),
     ("BE",), "2023-06"),
    ("cs06", "dataset", "es",
     "Gato montés en España: fototrampeo, muestras genéticas e hibridación con gatos domésticos, "
     "2010-2024",
     "El gato montés europeo (Felis silvestris) vive en casi toda la península, pero es esquivo "
     "y se confunde con los gatos domésticos asilvestrados de pelaje atigrado, así que su "
     "distribución real se conocía mal. Este conjunto de datos, reunido por investigadores y "
     "agentes medioambientales de varias comunidades autónomas, agrupa los registros de "
     "fototrampeo en los Montes de Toledo y Sierra Morena, donde comparte el monte con el lince "
     "ibérico, en los Pirineos, la cordillera Cantábrica y el Sistema Ibérico, los pelos "
     "recogidos en estacas impregnadas de valeriana, los animales atropellados y los análisis "
     "genéticos que distinguen gatos monteses, domésticos e híbridos. La hibridación resulta "
     "baja en la mayor parte del país, salvo cerca de pueblos y granjas. Las notas describen su "
     "dependencia del conejo y de los topillos, la pérdida de matorral, los cebos envenenados y "
     "los lazos, y proponen esterilizar los gatos de las explotaciones. En Argentina, gato "
     "montés es el nombre del gato de Geoffroy, otra especie.",
     ("gato montés", "Felis silvestris", "hibridación", "fototrampeo", "carnívoros"),
     ("ES",), "2024-10"),
    # --- woodpeckers --------------------------------------------------------------------------
    ("cs07", "case-study", "en",
     "Drilling homes for the red-cockaded woodpecker: artificial cavities, fire and safe harbor "
     "agreements in the longleaf pine belt",
     "The red-cockaded woodpecker (RCW) is the only North American woodpecker that excavates its "
     "roost and nest cavities in living pines, choosing old longleaf pines softened by heart "
     "rot, a task that can take a family group years. As the longleaf pine forests of the "
     "south-eastern United States were logged and fire was kept out, the bird declined to a few "
     "thousand family groups and was listed as endangered in 1970. This case study reviews forty "
     "years of recovery on military bases, national forests and private land from North Carolina "
     "to Texas: biologists drill cavities or insert artificial cavity boxes into pines, move "
     "young birds to empty clusters, burn the understorey every two or three years to keep it "
     "open, and fit metal plates that keep rat snakes away from the nests. Under safe harbor "
     "agreements, landowners who host woodpeckers are not penalised if their land is later "
     "managed differently. The number of groups has grown steadily, and the species was "
     "downlisted to threatened in 2024.",
     ("woodpeckers", "red-cockaded woodpecker", "longleaf pine", "prescribed fire",
      "endangered species"),
     ("US",), "2024-11"),
    ("cs08", "document", "fr",
     "Les pics, architectes de la forêt : guide pour conserver les arbres à loges en forêt "
     "publique",
     "Le pic noir, le pic mar, le pic épeiche, le pic cendré ou, dans les Pyrénées, le pic à dos "
     "blanc creusent chaque année de nouvelles loges dans les troncs de hêtres, de chênes et de "
     "sapins. Ces cavités, une fois abandonnées, abritent la chouette de Tengmalm, le pigeon "
     "colombin, les chauves-souris forestières, la martre, des abeilles sauvages et des insectes "
     "saproxyliques. Ce guide, rédigé pour les agents forestiers, les communes forestières et "
     "les exploitants, explique comment repérer et marquer les arbres à loges avant les coupes, "
     "les conserver avec les arbres morts et les arbres-habitats voisins, créer des îlots de "
     "vieillissement et de sénescence, éviter les travaux pendant la nidification, de mars à "
     "juin, et suivre les populations de pics par points d'écoute et repasse. Il rappelle que "
     "tous les pics sont protégés et que le pic cendré a fortement décliné en plaine. Une fiche "
     "traite des pics qui percent les isolants des façades en ville.",
     ("pics", "arbres à loges", "cavités", "bois mort", "gestion forestière"),
     ("FR",), "2022-11"),
    ("cs09", "need", "es",
     "Necesidad: proteger los árboles con cavidades del carpintero negro en los bosques de lenga "
     "de Aysén",
     "El carpintero negro (Campephilus magellanicus), el carpintero más grande de Sudamérica, "
     "que en Argentina llaman carpintero gigante o patagónico, vive en parejas y grupos "
     "familiares en los bosques de lenga, coigüe y ñirre del sur de Chile y Argentina, donde "
     "necesita árboles viejos y grandes para excavar sus nidos y buscar larvas. En la región de "
     "Aysén, la corta de leña y de madera en predios privados, los grandes incendios de la "
     "colonización y las plantaciones de pino han dejado pocos rodales maduros. La corporación "
     "forestal y una universidad regional solicitan apoyo para mapear los territorios de la "
     "especie con grabaciones del tamborileo y reproducción de llamados, marcar y dejar en pie "
     "árboles con cavidades y árboles muertos en los planes de manejo, capacitar a leñeros y "
     "propietarios, y evaluar si el carpintero puede servir de especie paraguas para el concón, "
     "la cachaña y otras aves que usan sus huecos. También pide monitorear la especie en la "
     "Reserva Nacional Coyhaique.",
     ("carpintero negro", "Campephilus magellanicus", "bosques de lenga", "árboles con cavidades",
      "Aysén"),
     ("CL",), "2024-04"),
    # --- dragon trees -------------------------------------------------------------------------
    ("cs10", "project", "en",
     "Nurseries and fenced plots for the dragon's blood tree of Socotra",
     "The dragon's blood tree (Dracaena cinnabari), with its umbrella crown of stiff leaves, "
     "grows only on the Yemeni island of Socotra, mainly on the Diksam plateau and in the "
     "Firmihin forest. Its red resin, dragon's blood, has been traded since antiquity for dyes, "
     "varnish and medicine and is still collected by Soqotri families. Most stands are old: "
     "goats eat the seedlings, so almost no young trees grow away from cliffs, and cyclones "
     "Chapala and Megh uprooted thousands of adult trees in 2015. With the island's environment "
     "office and local families, the project raises seedlings in village nurseries, plants them "
     "in plots fenced against goats, pays guardians, and trains resin collectors to make shallow "
     "cuts that do not kill the tree. It has mapped some 5,000 trees by drone to follow deaths "
     "and crown health, and records what elders remember of old stands and droughts. "
     "Frankincense trees and other endemic plants of the island are also grown in the nurseries.",
     ("dragon's blood tree", "Dracaena cinnabari", "endemic plants", "Socotra",
      "forest restoration"),
     ("YE",), "2023-09"),
    ("cs11", "dataset", "fr",
     "Dragonniers de l'Anti-Atlas : inventaire des pieds sauvages de Dracaena draco subsp. "
     "ajgal, 2010-2023",
     "Découvert seulement en 1996 dans les falaises de l'Anti-Atlas occidental, le dragonnier du "
     "Maroc, appelé ajgal en tachelhit, est une sous-espèce de l'arbre emblématique des îles "
     "Canaries. Il ne compte que quelques milliers de pieds dans des gorges et sur des corniches "
     "calcaires au-dessus de 1 000 mètres, souvent hors de portée des chèvres. Ce jeu de "
     "données, établi par l'Agence nationale des eaux et forêts avec une université et des "
     "associations locales, recense chaque pied localisé par GPS et par drone : hauteur, nombre "
     "de ramifications, floraison, état sanitaire, jeunes plants, traces d'écorçage ou de coupe "
     "des feuilles pour le fourrage. Il note aussi la récolte de la résine rouge par les "
     "bergers, et les plants élevés en pépinière puis réintroduits. Les arganiers et les "
     "euphorbes qui entourent les falaises ne sont décrits qu'au passage.",
     ("dragonnier", "Dracaena draco", "espèces endémiques", "Anti-Atlas",
      "inventaires floristiques"),
     ("MA",), "2022-10"),
    ("cs12", "case-study", "es",
     "El drago de Gran Canaria: rescate de una especie descrita hace veinticinco años en los "
     "riscos del sur de la isla",
     "Durante siglos se creyó que el único drago de Canarias era Dracaena draco, el árbol de los "
     "jardines y del Drago Milenario de Icod de los Vinos. A finales de los años noventa se "
     "describió en los barrancos y riscos del sur de Gran Canaria una especie distinta, el drago "
     "de Gran Canaria (Dracaena tamaranae), de hojas más anchas, de la que quedan menos de un "
     "centenar de ejemplares silvestres, muchos en paredes verticales. Este estudio de caso "
     "resume veinte años de trabajo del cabildo insular, el jardín botánico y los agentes de "
     "medio ambiente: localización de cada ejemplar, recolección de semillas en los pocos años "
     "de floración, cultivo en vivero, plantaciones protegidas de cabras y conejos en Amurga y "
     "Tirajana, y seguimiento de su supervivencia tras sequías e incendios. También recoge el "
     "uso histórico de la resina roja, la sangre de drago, y aclara que la sangre de grado de la "
     "Amazonía peruana viene de otro árbol, Croton lechleri.",
     ("dragos", "Dracaena tamaranae", "flora amenazada", "Gran Canaria", "conservación ex situ"),
     ("ES",), "2024-02"),
    # --- honey hunting ------------------------------------------------------------------------
    ("cs13", "dataset", "en",
     "Honey-hunters and honeyguides in the Niassa reserve: hunts, calls and bee nests recorded, "
     "2013-2024",
     "In the Niassa Special Reserve of northern Mozambique, Yao honey-hunters still work with a "
     "wild bird, the greater honeyguide (Indicator indicator). The men call the bird with a "
     "trill and grunt, the bird leads them to a wild bees' nest in a tree, and the hunters smoke "
     "out the bees, open the nest with an axe and leave wax for their guide. This dataset, built "
     "with the hunters by ornithologists and the reserve's community programme, holds GPS tracks "
     "of more than 1,400 honey-hunting trips, the calls used, the distance the birds led, the "
     "nests found and the tree species that held them, the honey harvested, and whether the tree "
     "was felled. It also records the bush fires started by the burning bundles used to smoke "
     "bees, and the hunters' rules for putting them out, and compares with the Hadza of "
     "Tanzania, who whistle to their honeyguides. The reserve uses the data to plan fire "
     "prevention and to keep large bee trees when fields are opened.",
     ("honey hunting", "honeyguides", "traditional knowledge", "wild bees", "Niassa"),
     ("MZ",), "2023-07"),
    ("cs14", "project", "fr",
     "Le miel sauvage des Baka : cartographier les arbres à miel dans les concessions "
     "forestières de l'Est-Cameroun",
     "Pour les Baka des forêts du Sud-Est du Cameroun, la saison du miel, en pleine saison "
     "sèche, est un moment fort de la vie des campements : les hommes grimpent jusqu'à trente "
     "mètres à l'aide de lianes pour enfumer et ouvrir les nids d'abeilles logés dans les "
     "troncs, et l'on distingue de nombreuses sortes de miel, dont celui de plusieurs abeilles "
     "sans dard. Mais la coupe des grands arbres qui portent les ruches sauvages, comme le moabi "
     "ou le sapelli, et l'ouverture des pistes d'exploitation réduisent la récolte. Ce projet, "
     "mené par une association baka avec des chercheurs et deux concessionnaires forestiers "
     "certifiés autour de Lomié et de Moloundou, cartographie avec les collecteurs les arbres à "
     "miel et les sentiers de cueillette, fait inscrire ces arbres comme ressources à protéger "
     "dans les plans d'aménagement, enregistre le vocabulaire et les règles de partage du miel, "
     "et aide des groupes de femmes à vendre un miel de forêt filtré sur les marchés de Yaoundé.",
     ("miel sauvage", "cueillette du miel", "savoirs traditionnels", "peuples autochtones",
      "concessions forestières"),
     ("CM",), "2024-01"),
    ("cs15", "need", "es",
     "Necesidad: apoyo a los meleros wichí del Chaco salteño para recolectar y vender miel de "
     "monte",
     "En el departamento de Rivadavia, en el norte de Salta, las familias wichí salen a melear: "
     "recorren el monte buscando los panales de abejas nativas sin aguijón, como la yateí o la "
     "moro-moro, y de abejas melíferas asilvestradas, en los huecos de quebrachos, palos santos "
     "y algarrobos. La miel de monte es alimento, remedio y regalo, y los meleros conocen cada "
     "árbol por su nombre. Los desmontes para soja y ganado, los incendios y los alambrados han "
     "alejado los árboles meleros de las comunidades. Una organización de comunidades, con el "
     "instituto nacional de tecnología agropecuaria, solicita apoyo para mapear los árboles de "
     "miel en sus territorios, equipar a los meleros con trajes, hachas livianas y baldes de "
     "acero inoxidable, habilitar una sala de extracción comunitaria para vender con registro "
     "bromatológico, y documentar en lengua wichí los saberes del meleo para las escuelas.",
     ("miel silvestre", "meleros", "conocimientos tradicionales", "pueblo wichí", "Gran Chaco"),
     ("AR",), "2024-06"),
    # --- fonio --------------------------------------------------------------------------------
    ("cs16", "support-source", "en",
     "Offer: fonio dehullers, processing and seed training for women's groups in West Africa",
     "Fonio (Digitaria exilis), a tiny-grained African cereal known in English as hungry rice "
     "and in Nigeria as acha, has been grown for millennia from Senegal to Lake Chad. It ripens "
     "in as little as eight weeks and yields on sandy, poor soils where other crops fail, but "
     "its grains are so small that threshing, dehulling and washing out the sand by hand take a "
     "woman a whole day for a few kilograms. A regional agricultural research institute in "
     "Bamako, with an engineering school, offers women's cooperatives and small processors in "
     "Mali, Guinea, Burkina Faso and Senegal a package of support: trials of motorised dehullers "
     "and polishers built by local workshops, training in cleaning and precooking, help with "
     "drying floors and packaging, and seed of local varieties selected with farmers for "
     "earliness and grain size. Trainers also cover the hygiene rules for selling precooked "
     "fonio in cities and abroad. Groups may apply each year before the rainy season; land and "
     "credit are not covered.",
     ("fonio", "Digitaria exilis", "neglected crops", "post-harvest processing", "women's groups"),
     ("ML", "GN", "BF", "SN"), "2024-05"),
    ("cs17", "case-study", "fr",
     "Le fonio au Fouta-Djalon : variétés paysannes, travail des femmes et sols pauvres",
     "La Guinée est le premier producteur mondial de fonio, et le Fouta-Djalon, autour de Labé, "
     "Pita et Mali, en est le cœur. Cette étude de cas, menée dans quatorze villages par "
     "l'institut de recherche agronomique avec des groupements de productrices, décrit une "
     "vingtaine de variétés paysannes, hâtives ou tardives, semées à la volée sur les bowé, ces "
     "plateaux latéritiques appauvris où ni le maïs ni le riz ne donnent. Le fonio, qui mûrit en "
     "deux à quatre mois, assure la soudure avant les autres récoltes ; on l'offre aux hôtes et "
     "il tient sa place dans les cérémonies. L'étude mesure les rendements, souvent de 500 à 700 "
     "kilos à l'hectare, le temps passé au battage et au décorticage au mortier, et les gains "
     "apportés par les décortiqueuses. Elle montre que les jeunes abandonnent les variétés "
     "tardives et recommande d'en garder les semences dans une banque communautaire. Le petit "
     "mil et l'arachide cultivés en rotation sont évoqués.",
     ("fonio", "variétés paysannes", "céréales", "sécurité alimentaire", "Fouta-Djalon"),
     ("GN",), "2023-11"),
    ("cs18", "project", "es",
     "Fonio en Kédougou: un cereal africano olvidado para las tierras degradadas del sureste de "
     "Senegal",
     "En Kédougou y Tambacounda, en el sureste de Senegal, las familias bedik, bassari y peul "
     "cultivan el fonio, un cereal africano de grano diminuto que aguanta la sequía y crece en "
     "suelos pedregosos y pobres, pero cuya superficie se redujo frente al maíz y el cacahuete. "
     "Este proyecto de cooperación, financiado por la cooperación española y ejecutado por una "
     "ONG andaluza con el instituto senegalés de investigación agrícola, recupera semillas "
     "locales en ferias campesinas, siembra fonio con leguminosas en parcelas degradadas por la "
     "minería artesanal de oro, instala dos unidades de descascarillado gestionadas por "
     "asociaciones de mujeres y ayuda a vender fonio precocido en Dakar. Mide los rendimientos, "
     "la cobertura del suelo y los ingresos, y difunde recetas para que las escuelas lo incluyan "
     "en los comedores. El proyecto no trabaja con el mijo ni con el sorgo.",
     ("fonio", "cereales olvidados", "agrobiodiversidad", "tierras degradadas", "Senegal"),
     ("SN",), "2024-09"),
    # --- peregrine falcons in cities ----------------------------------------------------------
    ("cs19", "dataset", "en",
     "Peregrines in the city: urban nest sites, breeding success and prey remains in British "
     "towns, 2000-2024",
     "Persecuted for decades and then poisoned by organochlorine pesticides, the peregrine "
     "falcon recovered in Britain from the 1970s and has moved into towns and cities, nesting on "
     "cathedrals, office towers, power station chimneys and bridges, where feral pigeons are "
     "plentiful. This dataset, compiled by a network of urban peregrine groups with a national "
     "bird research trust, lists more than 300 urban nest sites with the type of structure, "
     "whether a nest tray or box was fitted, the number of eggs and fledglings each year, rings "
     "read on adults, and prey remains collected from ledges and under nests. Besides pigeons, "
     "the prey include woodcock, water rails and other migrants caught at night under city "
     "lights. Records from the webcams at Derby, Norwich and Chichester cathedrals are linked. "
     "The notes compare urban breeding success with upland sites, where illegal persecution "
     "still holds numbers down, and give a code for building managers during the nesting season.",
     ("peregrine falcons", "urban wildlife", "urban birds", "raptors", "nest boxes"),
     ("GB",), "2024-08"),
    ("cs20", "project", "fr",
     "Faucons pèlerins en ville : nichoirs et baguage des fauconneaux à Montréal et à Québec",
     "Disparu comme nicheur de l'est de l'Amérique du Nord dans les années 1960 à cause du DDT, "
     "le faucon pèlerin de la sous-espèce anatum a été réintroduit au Québec dans les années "
     "1970 et 1980 par des lâchers de jeunes élevés en captivité, dont plusieurs en ville. "
     "Aujourd'hui, des couples nichent sur des édifices du centre-ville de Montréal, sur la tour "
     "d'un pavillon universitaire, sur des ponts du Saint-Laurent et sur des églises de Québec. "
     "Ce projet, mené par un regroupement d'observateurs d'oiseaux avec le ministère responsable "
     "de la faune, installe et entretient des nichoirs remplis de gravier sur les corniches, "
     "diffuse des caméras en direct, bague les fauconneaux chaque mois de juin et suit leur "
     "premier envol avec des bénévoles postés dans la rue pour récupérer les jeunes tombés. Il "
     "forme aussi les gestionnaires d'immeubles aux précautions à prendre lors des travaux de "
     "toiture et du lavage des vitres. L'espèce reste désignée vulnérable au Québec.",
     ("faucon pèlerin", "faune urbaine", "nichoirs", "baguage", "oiseaux de proie"),
     ("CA",), "2023-06"),
    ("cs21", "need", "es",
     "Necesidad: monitoreo del halcón peregrino que inverna y anida en los rascacielos de la "
     "Ciudad de México",
     "Cada otoño llegan a la Ciudad de México halcones peregrinos (Falco peregrinus) migratorios "
     "del norte del continente que pasan el invierno cazando palomas, tórtolas y golondrinas "
     "desde las cornisas de los rascacielos del Paseo de la Reforma, Santa Fe y el Centro "
     "Histórico, y desde hace algunos años al menos una pareja se ha quedado a anidar. Muchos "
     "aparecen heridos tras chocar con ventanales o enredarse en mallas, y los halcones de "
     "criadero que usan los cetreros para ahuyentar palomas del aeropuerto y de edificios "
     "públicos confunden a veces los registros. La secretaría del medio ambiente de la ciudad "
     "solicita apoyo para censar a los peregrinos urbanos con observadores voluntarios, colocar "
     "plataformas de anidación en azoteas con acuerdo de los administradores de los edificios, "
     "marcar aves con transmisores satelitales para conocer sus rutas y capacitar al centro de "
     "rehabilitación de fauna silvestre en la atención de rapaces. También pide una campaña con "
     "vecinos y fotógrafos.",
     ("halcón peregrino", "Falco peregrinus", "fauna urbana", "aves rapaces", "aves migratorias"),
     ("MX",), "2024-03"),
    # --- ice stupas ---------------------------------------------------------------------------
    ("cs22", "case-study", "en",
     "Ice stupas and artificial glaciers in Ladakh: storing winter meltwater for spring sowing",
     "In the cold desert of Ladakh, villages depend on streams fed by glaciers and snow, but the "
     "critical weeks are April and May, when barley and peas are sown and the streams are still "
     "low, while in winter water runs to waste. Since 1987 a retired civil engineer, Chewang "
     "Norphel, has built artificial glaciers: channels lead the winter stream onto shaded slopes "
     "behind stone walls, where it freezes in layers and melts in spring. In 2014 engineers and "
     "students near Phyang built the first ice stupa, a cone of ice tens of metres tall made by "
     "spraying piped stream water into the freezing night air; its shape exposes little surface "
     "to the sun, so it lasts into June. This case study follows a dozen stupas in Phyang, Gya "
     "and other villages: volumes, melt dates, costs, upkeep by village committees, the willow "
     "and poplar plantations watered in spring, and the winter festivals that draw visitors. "
     "Glacial lake outburst floods are outside its scope.",
     ("ice stupas", "artificial glaciers", "climate change adaptation", "irrigation", "Ladakh"),
     ("IN",), "2023-04"),
    ("cs23", "project", "fr",
     "Stupas de glace dans la province de Naryn : garder l'eau de l'hiver pour les vergers et "
     "les prairies",
     "Dans les vallées de la province de Naryn, au Kirghizistan, les torrents qui descendent du "
     "Tian Shan coulent en hiver quand personne n'en a besoin, puis manquent en avril et en mai, "
     "quand il faut irriguer l'orge, les jeunes vergers et les prairies de fauche. Inspiré des "
     "stupas de glace du Ladakh, ce projet, soutenu par la coopération suisse avec une "
     "université d'Asie centrale et des associations d'usagers de l'eau, construit chaque hiver "
     "dans quatre villages des cônes de glace de dix à vingt mètres : l'eau captée en amont "
     "descend par une conduite enterrée et jaillit la nuit d'un arroseur placé au sommet d'une "
     "armature de perches, où elle gèle en couches. Au printemps, l'eau de fonte est menée vers "
     "des bassins et des rigoles. Le projet mesure chaque semaine le volume des stupas par "
     "photogrammétrie, forme des jeunes au montage et à l'entretien des conduites gelées, et "
     "suit la reprise des arbustes plantés sur les versants.",
     ("stupas de glace", "glaciers artificiels", "adaptation au changement climatique",
      "irrigation", "Kirghizistan"),
     ("KG",), "2024-02"),
    ("cs24", "need", "es",
     "Necesidad: estudio de factibilidad de estupas de hielo y glaciares artificiales para "
     "comunidades de la Cordillera Real",
     "Los glaciares de la Cordillera Real de Bolivia han perdido más de la mitad de su "
     "superficie desde los años ochenta, y el de Chacaltaya, donde funcionó la pista de esquí "
     "más alta del mundo, desapareció en 2009. Las comunidades aymaras de las cuencas de Tuni, "
     "Condoriri y Huayna Potosí, que siembran papa y haba y crían llamas y alpacas en los "
     "bofedales, ven bajar los caudales en la época seca. El ministerio del agua, con los "
     "municipios y una universidad, solicita apoyo para evaluar si estupas de hielo, conos "
     "formados por riego nocturno como los de Ladakh, y glaciares artificiales con muros de "
     "piedra en laderas sombreadas pueden guardar como hielo el agua que todavía corre en mayo y "
     "junio, para las siembras de septiembre a noviembre, a más de 4.500 metros, con noches "
     "heladas y sol intenso. Pide estaciones meteorológicas, un prototipo por cuenca y formación "
     "de técnicos comunales. El riego de los bofedales no es objeto de la solicitud.",
     ("estupas de hielo", "glaciares artificiales", "retroceso glaciar",
      "adaptación al cambio climático", "Cordillera Real"),
     ("BO",), "2024-07"),
    # --- snorkel trails -----------------------------------------------------------------------
    ("cs25", "case-study", "en",
     "Sixty years of underwater snorkel trails in the US Virgin Islands: signs, trampling and "
     "moorings",
     "In 1961 the newly created Buck Island Reef National Monument, off St Croix, opened one of "
     "the first marked underwater trails in the world: snorkellers follow a line of submerged "
     "plaques that name the corals and fish of the lagoon behind the barrier reef. A similar "
     "trail was laid in Trunk Bay, in Virgin Islands National Park on St John. This case study "
     "reviews what six decades of snorkel trails have taught the park managers: the elkhorn "
     "coral along the Buck Island trail was killed by white-band disease in the 1980s and by "
     "later hurricanes; plaques on the seabed led swimmers to stand on and touch corals; crowds "
     "from cruise ships arrive in waves; and sunscreen, fins and anchors leave their mark. The "
     "parks now use buoyed lines, briefings by the crews of concession boats, limits on group "
     "size, moorings instead of anchors and coral outplanting along the trail. Visitor surveys "
     "show that most people want to see live coral and fish rather than read plaques.",
     ("snorkel trails", "underwater trails", "marine tourism", "coral reefs",
      "marine protected areas"),
     ("VI",), "2023-10"),
    ("cs26", "document", "fr",
     "Créer et animer un sentier sous-marin : guide pour les gestionnaires d'aires marines "
     "protégées",
     "Depuis le sentier sous-marin de la plage de la Palud, ouvert à Port-Cros en 1979, et celui "
     "de Peyrefite dans la réserve naturelle marine de Cerbère-Banyuls, des dizaines de sentiers "
     "balisés permettent de découvrir les petits fonds en randonnée palmée, avec palmes, masque "
     "et tuba, le PMT des moniteurs, en Méditerranée comme à La Réunion, en Martinique ou en "
     "Nouvelle-Calédonie. Ce guide, rédigé avec des gestionnaires de parcs marins et des "
     "moniteurs, explique comment choisir un site abrité et peu profond, poser des bouées et des "
     "panneaux immergés sans abîmer les herbiers de posidonie, concevoir un parcours de 200 à "
     "400 mètres, former les guides saisonniers, préparer des fiches immergeables sur les "
     "poissons et les algues, accueillir les enfants et les personnes handicapées, et compter "
     "les usagers. Il donne la réglementation, les assurances, les règles de sécurité face aux "
     "bateaux et le suivi des fonds qui permet de fermer un sentier trop piétiné.",
     ("sentiers sous-marins", "randonnée palmée", "éducation à l'environnement",
      "aires marines protégées", "Méditerranée"),
     ("FR",), "2022-04"),
    ("cs27", "need", "es",
     "Necesidad: diseño de un sendero submarino para careteo en el área marina protegida Isla "
     "Grande de Atacama",
     "En Bahía Inglesa y Caldera, en la región de Atacama, el careteo, como se le dice en Chile "
     "al snorkel con máscara, tubo y aletas, atrae cada verano a miles de visitantes a las aguas "
     "frías y transparentes de la costa, con bosques de huiros, estrellas de mar, erizos y peces "
     "de roca. El Área Marina Costera Protegida de Múltiples Usos Isla Grande de Atacama, creada "
     "en 2004, aún no tiene infraestructura para orientar ese uso. El municipio, los pescadores "
     "artesanales de las áreas de manejo y operadores locales solicitan apoyo para diseñar un "
     "sendero submarino señalizado con boyas y placas en una caleta protegida, con estaciones "
     "que expliquen el bosque de algas pardas, la extracción de locos y lapas y las normas para "
     "no sacar organismos. Piden también formación de guías locales, trajes de neopreno para "
     "préstamo, un plan de seguridad y un monitoreo de los fondos antes y después de abrir el "
     "sendero. Los pingüinos de Humboldt de la isla no se visitan desde el agua.",
     ("senderos submarinos", "careteo", "turismo de naturaleza", "áreas marinas protegidas",
      "Atacama"),
     ("CL",), "2024-01"),
    # --- intermittent rivers ------------------------------------------------------------------
    ("cs28", "dataset", "en",
     "Wet-dry mapping of the San Pedro River: where the desert river flows each June, 1999-2024",
     "The San Pedro, which rises in Sonora, Mexico, and flows north into Arizona, is one of the "
     "last undammed rivers of the American Southwest, but like most desert rivers it is "
     "intermittent: some reaches flow all year, fed by groundwater, while others run only after "
     "summer monsoon storms. Every June since 1999, at the driest time of year, volunteers walk "
     "the river through the San Pedro Riparian National Conservation Area and record with GPS "
     "where surface water is present. This dataset holds those annual maps, the river miles wet "
     "each year, flow gauges, groundwater levels in nearby wells, and vegetation plots in the "
     "cottonwood-willow gallery forest. It shows wet reaches shrinking where pumping for Sierra "
     "Vista and farms lowers the water table, and recovering where recharge basins were built. "
     "The notes explain how the data guide habitat work for the southwestern willow flycatcher, "
     "native fish and the beavers reintroduced in 1999.",
     ("intermittent rivers", "desert rivers", "groundwater", "riparian forests",
      "citizen science"),
     ("US",), "2024-10"),
    ("cs29", "document", "fr",
     "Cours d'eau intermittents : guide pour reconnaître, suivre et protéger les rivières qui "
     "s'assèchent",
     "En France, une part croissante du réseau hydrographique cesse de couler une partie de "
     "l'année, surtout dans le Sud-Est méditerranéen, sur les causses et les plateaux calcaires, "
     "et les sécheresses allongent ces périodes. Ces rivières temporaires ne sont pas des "
     "fossés : même à sec, leur lit abrite des invertébrés qui survivent dans les sédiments "
     "humides et les vasques, des plantes adaptées, et il sert de corridor à la faune. Ce guide, "
     "publié par l'Office français de la biodiversité, explique le réseau d'observation ONDE, où "
     "des agents notent chaque mois d'été si l'écoulement est visible, non visible ou si le lit "
     "est en assec, comment identifier un cours d'eau au sens de la loi sur l'eau même lorsqu'il "
     "est sec, comment éviter les remblais, les curages et les prélèvements qui prolongent les "
     "assecs, et comment inventorier la faune des lits secs. Les oueds d'Afrique du Nord et les "
     "ramblas d'Espagne sont cités pour comparaison.",
     ("cours d'eau intermittents", "rivières temporaires", "assecs", "sécheresse",
      "invertébrés aquatiques"),
     ("FR",), "2023-05"),
    ("cs30", "case-study", "es",
     "Ramblas del sureste: estudio de caso de la rambla Salada y la rambla de Librilla en la "
     "cuenca del Segura",
     "En Murcia y Almería, las ramblas son cauces que pasan la mayor parte del año secos y se "
     "llenan de golpe con las tormentas de otoño, cuando una DANA puede convertirlos en "
     "torrentes de lodo. Lejos de ser simples barrancos, guardan tramos con agua permanente que "
     "brota del subsuelo, saladares, tarayales y adelfares, escarabajos y chinches de agua "
     "adaptados a la sal y al calor y, en la rambla Salada, el fartet, un pequeño pez endémico "
     "en peligro. Este estudio de caso, preparado por una universidad con la confederación "
     "hidrográfica, describe cómo se han tratado las ramblas: encauzadas con hormigón, "
     "rellenadas para urbanizar, usadas como escombreras y para extraer áridos, y alteradas por "
     "regadíos que les vierten agua dulce con nitratos. Compara con tramos restaurados donde se "
     "retiraron escombros, se revegetaron las márgenes y se devolvió espacio a las avenidas, y "
     "propone tratar las ramblas en la planificación hidrológica como ríos intermitentes y no "
     "como simples desagües.",
     ("ramblas", "ríos intermitentes", "cauces efímeros", "saladares", "cuenca del Segura"),
     ("ES",), "2024-04"),
)  # fmt: skip
