"""Clearing-house records of the hundred-and-twenty-eighth judged relevance set
(tests/search/relevance/queries128.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: livestock feeding pages on
urea-molasses multinutrient blocks (village units where women's groups press the blocks for the
oxen, cows and sheep of the Amhara highlands of Ethiopia, fed on teff and barley straw; a guide to
the blocs multinutritionnels densifiés, the BMD, for the herds of the Sahel of Mali, with molasses
from the sugar works of the Office du Niger; a need for small plants of bloques multinutricionales,
de melaza y urea, for the cattle and goats of the Chaco of Chuquisaca in Bolivia); livestock
identification pages on ear tags (tagging the communal cattle north of the veterinary cordon fence,
the Red Line, into Namibia's traceability system; a need for boucles auriculaires against the vol
de bétail in the Ferlo and at Kaffrine in Senegal; a dataset on the caravanas, which Spain calls
crotales and Mexico aretes, and the traceability of every bovine of Uruguay); post-harvest and food
loss pages on onion storage (the kanda chawls of the farmers of Niphad and Yeola, near the
Lasalgaon market, in Maharashtra, India; a project of cases de conservation for the oignon violet
de Galmi of the Tahoua region in Niger; a jornada técnica on the curado and almacenamiento of the
cebolla roja of Arequipa, Peru); crop pages on hops (a dataset on the hop gardens, varieties and
wilt of Herefordshire, Worcestershire and Kent in England; a project to revive the houblon
d'Alsace, its houblonnières and its strisselspalt, with the brasseries artisanales of France; a
need for a dryer and a pellet press for the lúpulo of the Comarca Andina of El Bolsón in
Argentina); cocoa disease pages on frosty pod rot, Moniliophthora roreri (weekly pod removal and
the rehabilitation of smallholdings in Jamaica, where it was confirmed in 2016; a regional atelier
in Abidjan, Côte d'Ivoire, to prepare West Africa for the moniliose du cacaoyer, never yet found in
Africa; a case study of the moniliasis, the monilia or helada once called the enfermedad de
Quevedo, on the small cacao farms of Los Ríos and Guayas in Ecuador); crop pages on Bambara
groundnut, Vigna subterranea (a dataset on the landraces, yields and markets of the nyimo and
indlubu of Zimbabwe; a project for the seed and the processing of the voandzou, the pois de terre,
of the women's groups of the Centre-Nord of Burkina Faso; an offer of seed and technical assistance
for the cacahuete de Bambara, maní bambara or guisante de tierra, of Gaza and Inhambane in
Mozambique); feed and soil fertility pages on azolla (a guide to growing the fern in backyard pits
as green fodder for the dairy cows of Kerala, India; a case study of the azolla used as engrais
vert in the rizières of the Hautes Terres of Madagascar; a project that brings back the Azolla as
biofertilizante in the arrozales of Sur del Jíbaro, Sancti Spíritus, Cuba); fishing gear pages on
driftnets (a dataset of the observer records and the buyout of California's swordfish drift gillnet
fishery, in the United States; a case study of the end of the filets maillants dérivants for
espadon in the Mediterranean ports of Morocco; a jornada in Bermeo, Spain, thirty years after the
guerra del bonito between the boniteros and the volantas, the redes de deriva, of the Cantabrian
Sea); food safety pages on raw milk (a need of the small-scale milk traders of Nakuru and Kiambu,
Kenya, for safer raw milk; a Québec fiche on why the sale of lait cru is banned in Canada and what
the fromages au lait cru allow; a dataset on the leche cruda sold by jarreo in Boyacá and
Cundinamarca, Colombia, the leche bronca of Mexico); and forest product pages on tonka beans,
Dipteryx odorata (the cumaru gathered by the quilombola communities of Oriximiná, in Pará, Brazil;
a guide to the fève tonka, its coumarine and its doses for the pâtissiers and cooks of France; a
need of the communities that gather the sarrapia along the Caura in Venezuela). English, French and
Spanish, 10 records each, every topic written once in each language (different countries, projects
and angles, not translations of one text).

None of records.py, records3.py, ..., records125.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (urea-molasses, urea, urée, molasses, mélasse, melaza,
multinutrient, multinutritionnel, multinutricional, BMD, lick, lick block, bloc à lécher, pierre à
lécher, bloque nutricional, salitre; ear tag, boucle auriculaire, boucle d'identification, crotal,
caravana, arete, bolus, RFID, livestock identification, identification du bétail, identificación
animal, traceability, traçabilité, trazabilidad, brand, marquage au fer, herraje, cattle theft,
livestock theft, vol de bétail, abigeato; onion, oignon, cebolla, kanda, Galmi, Lasalgaon,
Arequipa, onion storage, stockage de l'oignon, almacenamiento de cebolla; hops, hop garden,
houblon, houblonnière, lúpulo, Humulus, brewer, brewery, brasserie, cervecería, beer, bière,
cerveza, oast, Alsace, El Bolsón; frosty pod rot, pod rot, Moniliophthora, moniliasis, moniliose,
monilia, Quevedo, witches' broom, balai de sorcière, escoba de bruja, black pod, pourriture brune,
mazorca negra, swollen shoot, cocoa, cacao, cacaoyer, cabosse, mazorca; Bambara, Vigna, Vigna
subterranea, voandzou, voanjobory, pois de terre, nyimo, indlubu, earth pea, guisante de tierra,
maní bambara, groundnut, peanut, arachide, cacahuete, maní; azolla, Anabaena, cyanobacteria, water
fern, fougère aquatique, helecho acuático, duckweed, lentille d'eau, lenteja de agua, Lemna, green
manure, engrais vert, abono verde, biofertilizante; driftnet, drift net, drift gillnet, drift,
filet maillant dérivant, filet dérivant, dérivant, thonaille, red de deriva, deriva, volanta,
spadara, swordfish, espadon, pez espada, germon, guerra del bonito; raw milk, lait cru, leche
cruda, leche bronca, jarreo, unpasteurised, non pasteurisé, sin pasteurizar, pasteurised,
pasteurisé, pasteurizada, brucellosis, brucellose, brucelosis, Listeria, STEC, E. coli; tonka,
cumaru, coumarou, sarrapia, Dipteryx, shihuahuaco, coumarin, coumarine, cumarina, Caicara).
Screened and dropped as covered: the New World screwworm (the gusano barrenador del ganado of the
sterile insect workshop bj15), breadfruit (ce16-ce18), cashew (bw28-bw30), guinea pigs (cc19-cc21),
carob (ci19-ci21), amaranth (cg19-cg21), fonio (cs16-cs18), baobabs (cu07-cu09), cinchona
(de13-de15), natural rubber (ca28-ca30), coconut palms and copra (co10-co12), teak (ck07-ck09),
Christmas trees (ec07-ec09), beach seines (dm25-dm27), shellfish gleaning (by10) and coppicing
(next to the pollards of bu10-bu12, and a subject of ee19 and dw01), besides the topics of sets 42
to 125 and those their docstrings list as covered; screened with no or passing hits but not chosen:
wheat blast (named only by the screening lists of records120 and records124), chainsaw milling
(named in passing by m16, bk13 and dz04, but too near the illegal logging pages m16-m18 and their
queries), mucuna or velvet bean (no hit, but a cover crop, under the cover crop queries of the
forty-third set), neem (named in passing by n06, u11, cc22 and em19, but too near the biopesticide
pages p07 and p11 and the biopesticide queries of the fourth set), Gliricidia (named by bi14, and
under the agroforestry queries of the tenth set), sisal (an agave, next to the agave pages
dm10-dm12), balanites or desert dates (no hit), kola nuts (no hit), street food (the vendeurs de
rue named by the used cooking oil guide i26), soil testing (asked for by v34 and named by el11 and
k06) and the electronic monitoring of fishing vessels (named by ci01).

One earlier record is judged relevant in part (1): the need for acoustic alarms on the nets of the
artisanal fleet of Salaverry, Peru (fa18), whose description says that its boats set redes de
enmalle a la deriva, drift gillnets, for blue shark, shortfin mako and bonito; it is a page about a
measure for a driftnet fishery, not about driftnets, and is judged 1 to the driftnet queries that
ask for nothing it lacks. All the other hits are passing or about other things, judged 0. The rice
straw treated with urea of the carabao project (ew10), the urea of the fertiliser pages (k06, en11,
en12), the molasses of the distillery and sugar beet pages (bj10, cz08, dp13) and the licks of the
aardvark (ez16) are no urea-molasses block. The ear tags and collars of the urban wildlife guide
(cm22), the traceability of timber, fish, honey, minerals and other goods (o11, ba25, s16, bg01,
cm09, cr28-cr30, ee03, em06, ew30, fa26 and others), the aretes, earrings, of the seed jewellery of
bs12 and the Boucle du Mouhoun of dh20 and ee23 are no livestock identification. The solar dryers
of Marathwada that dry tomatoes and onions (ef13), the evaporative coolers that keep oignons verts
(er14), the chambres froides solaires for onions named by the diffused light store need fa29, the
cebolla (bulbs) of the saffron need cg18 and the onions grown beside other crops (bk17, bk30, bx20,
ce15, cm14) name no onion store. The houblon among the climbers of a green wall guide (ea26), the
breweries of bg19, bq19 and cr22 and the beer bottles of the deposit pages (bk23, dn04, dn05) and
the beer stamps of ey01 are no hop growing. The cocoa pages (the shade trees of k25; the cadmium of
v34-v36, v34 in Ecuador and Peru; the mineral oil of the cocoa sacks, dv04 and dv06; the pesticide
comic of the Nawa, dx26; the swollen shoot du cacaoyer named by the coffee berry borer need fa02)
and the teak of Los Ríos near Quevedo (ck09) name no frosty pod rot. The groundnuts of the
aflatoxin page t28, of fa04, fa13 and other pages, and the maní and cacahuete of ee24, bs09 and
cs18 are no Bambara groundnut. No earlier record names azolla: the duckweed and lenteja de agua
grown for medicines (cl07, cl09), the cyanobacteria of the algal bloom pages (w40 and others) and
the tree fern pages are other plants. The filet maillant dérivant among the gears of the billfish
project of Dakar (dg05), the volantas among the nets that entangle basking sharks off Galicia and
the Cantabrian coast (em03), the drifting FADs (bj16-bj18, ew13), the pole-and-line boniteros of
records120 and the dolphins, turtles and sharks of the bycatch pages are passing, 0. The camel milk
pages (ew07-ew09), whose milk is sold fresh, pasteurised or made into cheese, the pasteurised
carabao milk of ew10, the brucellose caught from a reblochon au lait cru named by the ibex page
cy02 and the breast milk pages are no raw milk page. No earlier record names a tonka bean, cumaru
or sarrapia: the Brazil nut concessions (bw18) and the coumarin anticoagulants named by a screening
list of rat poisons are other things.

records120.py to records125.py (ids ew01..ew30, ex01..ex30, ey01..ey30, ez01..ez30, fa01..fa30 and
fb01..fb30), the most recent earlier files, were searched like the others: their only hits on this
set's words are the camel milk of ew07-ew09 and the carabao milk and urea-treated straw of ew10;
the drifting FADs of ew13; the espadon of the histamine fiche ew29 and the trazabilidad of the fish
of ew30; the teak carvers of the wood dust page ey22 and the beer stamps of ey01; the licks of the
aardvark ez16; the swollen shoot du cacaoyer of fa02, the groundnuts of fa04 and fa13, the drift
gillnets of fa18 (judged 1 to the driftnet queries), the traçabilité of honey of fa26 and the
onions of fa29; and the drifting radiosondes, Argo floats and bouées dérivantes of fb16, fb28 and
fb29. None of their other records answers a query of this set.

records126.py and records127.py (ids fc01..fc30 and fd01..fd30), written at the same time by two
other engineers, were searched for the same words once they were finished (with their
queries126.tsv and queries127.tsv, each with its 60 queries), before these records were judged: the
topics of records126.py are carbon disulphide from viscose rayon plants, manganese mining, asphalt
plants, baker's asthma, tungiasis, powerships, domestic oil heating, the Kimberley Process, talc
and printer cartridges; those of records127.py are hyenas, European hamsters, Andean cats, quiver
trees, civets, secretarybirds, saolas, sengis, kagus and wild chinchillas. None of their records
names a urea-molasses block, a livestock ear tag, an onion store, hops, frosty pod rot, Bambara
groundnut, azolla, a driftnet, raw milk or a tonka bean. The nearest are passing and judged 0: the
traçabilité of the rough diamonds of the Central African Republic (fc23) and the trazabilidad of
the viscose fibres that fashion brands buy (fc03), no livestock traceability; the Parque de las
Grandes Fougères of New Caledonia and its helechos arborescentes (fd27), which name ferns but no
azolla; and the beurre de cacahuète of the baits of fd23, no Bambara groundnut. None of their
records answers a query of this set, and none of their queries is repeated in queries128.tsv.
records129.py (ids ff01..ff30), written at the same time by another engineer on water, oceans and
coasts, climate adaptation, cities, disasters and capacity building topics, is not part of this
set's pool, and no query of this set was judged against it.

Traps: the teff and barley straw, the stubble and the urea-treated straw of fe01 (0 to teff and to
crop residues); the tourteau de coton, the sucreries de l'Office du Niger and the pierres à lécher
minérales of fe02; the ramoneo, the rastrojo de maíz and the henos y ensilajes of fe03; the Red
Line, foot-and-mouth disease, the vaccination campaigns, the community animal health workers and
the brand marks of fe04 (0 to foot-and-mouth disease and veterinary fences); the marques au fer,
the abattages clandestins and the péripneumonie contagieuse bovine of fe05; the marcas a fuego, the
remates and frigoríficos, and the crotales and aretes named for Spain and Mexico, of fe06; the cold
stores and the irradiation of onions of fe07 (0 to cold chains and food irradiation); the mares and
puits of fe08; the trips and mildiu of fe09 (0 to crop pests); the hedgerow trellises, the
damson-hop aphid, the oast houses and the beer market of fe10 (0 to hedgerows and orchards); the
houblon sauvage des haies et des ripisylves and the goutte-à-goutte of fe11 (0 to riparian forests
and drip irrigation); the frutas finas, the agua de deshielo and the arañuela of fe12; the black
pod and the fine-flavour cocoa of fe13; the pourriture brune and the swollen shoot of fe14; the
escoba de bruja, the cadmio of the soils and the CCN-51 clone of fe15 (0 to cadmium in cocoa); the
groundnuts and cowpeas of fe16; the arachide, the niébé and the sésame of fe17 (0 to cowpea); the
maíz, the yuca, the maní común and its aflatoxinas of fe18 (0 to aflatoxins); the cow dung slurry,
the rock phosphate, the poultry, ducks and goats, and the warning against letting the fern reach
canals and ponds of fe19 (0 to invasive plants); the urée, the rizipisciculture and the système de
riziculture intensive of fe20 (0 to rice-fish farming and SRI); the urea, the patos, cerdos and
tilapias, and the lenteja de agua of fe21 (0 to duckweed); the whales, dolphins, sea lions,
leatherback turtles and thresher sharks, the deep-set buoy gear, the harpoons and the longlines of
fe22 (0 to sea turtle bycatch); the dauphins, tortues and requins, the palangre de surface and the
poulpe of fe23 (0 to octopus closures); the costera del bonito, the curricán and cebo vivo, the
delfines and the anchoa con cerco of fe24 (0 to pole-and-line fishing); the brucellosis,
tuberculosis, antibiotic residues, milk ATMs and camel milk of fe25 (0 to camel milk); the E. coli,
Listeria and syndrome hémolytique et urémique, the laits de chèvre et de brebis and the lait
maternel of fe26 (0 to breast milk); the suero, the harinas, the brucelosis, the queso campesino
and the leche bronca named for Mexico of fe27; the vanilla, the Brazil nuts and the logging of
cumaru for timber of fe28 (0 to Brazil nuts and to illegal logging); the coumarine and the cannelle
de Chine of fe29 (0 to cinnamon); and the gold mining and the shihuahuaco of fe30 (0 to gold mining
and to timber). For the country and exclusion queries: fe01 names only Ethiopia; fe02 only Mali;
fe03 only Bolivia; fe04 Namibia (Europe as a market); fe05 only Senegal; fe06 Uruguay (Spain and
Mexico for the names crotales and aretes); fe07 only India; fe08 Niger (Ghana, Togo and Côte
d'Ivoire as markets); fe09 Peru (Colombia, Central America and the United States as markets); fe10
the United Kingdom (England; the United States, Germany and Slovenia as sources of imports); fe11
only France; fe12 only Argentina; fe13 Jamaica (Latin America and the English-speaking Caribbean);
fe14 Côte d'Ivoire (inspectors of Ghana, Nigeria and Cameroon; Latin America and Africa); fe15 only
Ecuador; fe16 only Zimbabwe; fe17 Burkina Faso (the Malagasy origin of the name voandzou); fe18
Mozambique (a Spanish university); fe19 only India; fe20 only Madagascar; fe21 only Cuba; fe22 only
the United States; fe23 only Morocco; fe24 Spain (French and Irish boats; Europe); fe25 only Kenya;
fe26 Canada (Québec); fe27 Colombia (Mexico for the name leche bronca); fe28 only Brazil; fe29
France (French Guiana, Venezuela and Brazil as the range of the tree; European rules); fe30
Venezuela (Europe and the United States as old markets; Peru for the shihuahuaco).

Ids (fe01..fe30) collide with none of the earlier records files' (a1..h5, n01..n47, ...,
fa01..fa30, fb01..fb30), nor with those of records126.py (fc01..fc30), records127.py (fd01..fd30)
and records129.py (ff01..ff30), written at the same time, and no earlier id starts with "fe".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- urea-molasses multinutrient blocks ------------------------------------------------------
    ("fe01", "project", "en",
     "Urea-molasses multinutrient blocks for dry-season feeding in the Amhara highlands",
     "On the mixed farms of the Amhara highlands of Ethiopia, oxen, cows and sheep spend the dry "
     "months on teff and barley straw and on stubble, feeds so poor in protein that the animals "
     "lose weight, cows stop giving milk and oxen are too weak to plough when the rains return. "
     "A urea-molasses multinutrient block, a hard lick made of molasses, urea, wheat bran, salt, "
     "minerals and a binder such as cement or quicklime, gives the rumen microbes the nitrogen "
     "and energy they need to digest straw better. This project of the regional livestock "
     "bureau, an agricultural research centre and three farmers' cooperatives sets up village "
     "units where women's groups press the blocks by the cold process, with molasses bought from "
     "a state sugar factory, trains farmers to offer no more than half a kilogram a day to each "
     "animal, and follows body weight, milk yield and straw intake on 400 farms. The treatment "
     "of straw with urea under plastic sheets is not part of it.",
     ("urea-molasses blocks", "multinutrient blocks", "livestock feeding", "crop residues",
      "projects"),
     ("ET",), "2024-02"),
    ("fe02", "document", "fr",
     "Guide de fabrication des blocs multinutritionnels densifiés pour les éleveurs du Mali",
     "Pendant la saison sèche, les bovins, les ovins et les caprins du Sahel malien ne trouvent "
     "plus que des pailles et des herbes sèches pauvres en azote, et les éleveurs achètent cher "
     "du tourteau de coton et du son. Les blocs multinutritionnels densifiés, ou BMD, sont des "
     "blocs à lécher fabriqués avec de la mélasse de canne des sucreries de l'Office du Niger, "
     "de l'urée, du son de riz ou de blé, du tourteau, du sel, de la poudre d'os et un liant, "
     "ciment ou chaux. Ce guide, préparé par l'institut d'économie rurale avec la direction "
     "nationale des productions et des industries animales, explique comment doser et mélanger "
     "les ingrédients, presser les blocs à la main, les sécher une semaine à l'ombre et les "
     "stocker : un bloc de cinq kilos dure environ une semaine pour un bovin. Il rappelle que "
     "l'urée mal mélangée peut tuer un animal et que l'eau doit rester à volonté. Les pierres à "
     "lécher minérales du commerce, sans urée, sont traitées à part.",
     ("blocs multinutritionnels", "BMD", "alimentation du bétail", "saison sèche", "guides"),
     ("ML",), "2023-10"),
    ("fe03", "need", "es",
     "Necesidad: bloques multinutricionales para el ganado del Chaco chuquisaqueño en la época "
     "seca",
     "En el Chaco de Chuquisaca, en los municipios de Monteagudo, Huacareta y Muyupampa, las "
     "familias crían vacas y cabras en el monte, y entre julio y octubre, cuando el monte se "
     "seca, los animales sobreviven del ramoneo y del rastrojo de maíz, pierden peso y muchos "
     "terneros mueren. Una asociación de ganaderos, con el servicio departamental agropecuario y "
     "una universidad, solicita apoyo para instalar dos pequeñas plantas de bloques "
     "multinutricionales, los bloques de melaza y urea que el ganado lame en el corral: una "
     "mezcladora, prensas manuales, moldes y un depósito; para comprar la primera carga de "
     "melaza a un ingenio azucarero de Santa Cruz; para capacitar a 300 productores en la "
     "preparación y el uso de los bloques y en el riesgo de intoxicación por urea; y para medir "
     "la ganancia de peso y la mortalidad de los terneros. Los henos y ensilajes de la misma "
     "zona se tratan en otra solicitud.",
     ("bloques multinutricionales", "melaza y urea", "alimentación del ganado", "época seca",
      "necesidades"),
     ("BO",), "2024-07"),
    # --- livestock ear tags and identification ---------------------------------------------------
    ("fe04", "project", "en",
     "Ear tags north of the veterinary cordon fence: bringing communal cattle into Namibia's "
     "traceability system",
     "Namibia exports beef to Europe and other demanding markets only from the farms south of "
     "the veterinary cordon fence, the Red Line, where every bovine carries two official ear "
     "tags, one of them with an electronic chip, linked to the national livestock identification "
     "and traceability system that records its birth, movements, sales and slaughter. In the "
     "communal areas of the northern regions, where foot-and-mouth disease still circulates, "
     "most herds were never tagged, so their owners can sell only on local markets and at lower "
     "prices. This project of the directorate of veterinary services, regional farmers' unions "
     "and the meat board tags cattle at crush pens during the annual vaccination campaigns, "
     "trains community animal health workers and village headmen as tagging agents, registers "
     "the owners and their kraals with mobile phones, and tests a quarantine camp from which "
     "traced animals can move south. It counts the animals tagged and the tags lost and "
     "replaced. Brand marks, which farmers still burn on their cattle, are kept as a second sign "
     "of ownership.",
     ("ear tags", "livestock identification", "animal traceability", "beef exports", "projects"),
     ("NA",), "2024-05"),
    ("fe05", "need", "fr",
     "Besoin : identifier le bétail par boucles auriculaires contre les vols dans le Ferlo et à "
     "Kaffrine",
     "Au Sénégal, le vol de bétail ruine chaque année des milliers d'éleveurs : des bœufs, des "
     "moutons et des chèvres disparaissent la nuit des enclos, sont convoyés vers les marchés "
     "hebdomadaires ou des abattages clandestins, parfois jusqu'aux pays voisins, et leurs "
     "propriétaires ne peuvent pas prouver qu'ils leur appartiennent. Les marques au fer et les "
     "entailles aux oreilles ne suffisent plus. Une union de groupements d'éleveurs des régions "
     "de Louga, de Matam et de Kaffrine, avec les services vétérinaires et la gendarmerie, "
     "demande un appui pour poser des boucles auriculaires numérotées, visuelles et "
     "électroniques, sur 50 000 bovins et petits ruminants, acheter des pinces et des lecteurs, "
     "enregistrer les animaux et leurs propriétaires dans une base de données consultable sur "
     "les marchés et aux postes de contrôle, et former les auxiliaires d'élevage. Elle demande "
     "aussi que les certificats de vente portent le numéro de boucle. La vaccination contre la "
     "péripneumonie contagieuse bovine n'entre pas dans cette demande.",
     ("boucles auriculaires", "identification du bétail", "vol de bétail", "traçabilité",
      "besoins"),
     ("SN",), "2024-09"),
    ("fe06", "dataset", "es",
     "Trazabilidad del rodeo bovino del Uruguay: caravanas, registros y movimientos, 2006-2024",
     "Desde 2006 todos los terneros del Uruguay deben identificarse antes de los seis meses de "
     "edad, o antes de salir del predio donde nacieron, con un par de caravanas: una visual y "
     "otra con un botón electrónico de radiofrecuencia, lo que en España se llama crotales y en "
     "México aretes. Cada animal queda registrado en el sistema nacional de información "
     "ganadera, que sigue sus movimientos entre establecimientos, remates, ferias y frigoríficos "
     "gracias a las guías de propiedad y tránsito. Este conjunto de datos, publicado por el "
     "ministerio de ganadería con el instituto nacional de carnes, da por año y por departamento "
     "el número de animales identificados, de caravanas perdidas y reemplazadas, de movimientos "
     "registrados, de establecimientos y de animales faenados con trazabilidad completa, así "
     "como los controles de campo y los errores de lectura. Permite seguir cómo la trazabilidad "
     "individual abrió a la carne uruguaya los mercados más exigentes. Las marcas a fuego, que "
     "siguen siendo obligatorias, se registran en otro sistema.",
     ("caravanas", "trazabilidad bovina", "identificación animal", "ganadería", "datos"),
     ("UY",), "2024-03"),
    # --- onion storage ---------------------------------------------------------------------------
    ("fe07", "case-study", "en",
     "Kanda chawls of Nashik: ventilated onion stores and the price swings of Lasalgaon",
     "Maharashtra grows about a third of India's onions, and the rabi crop, harvested in March "
     "and April, must last until the kharif crop arrives in October. Kept in heaps on the floor "
     "or in closed rooms, onions sweat, rot and sprout, and farmers who cannot store them sell "
     "in the glut at Lasalgaon, the largest onion market in Asia, then watch prices soar in the "
     "autumn. The kanda chawl, a low-cost store with a raised slatted floor, open sides of "
     "bamboo or wire mesh and a sloping roof, lets air pass through a bed of onions about a "
     "metre and a half deep. This case study follows 60 farmers of Niphad and Yeola talukas who "
     "built chawls with state subsidies: the curing of the bulbs in the field before storage, "
     "weight loss, rots and sprouting after four to six months, the cost per tonne stored and "
     "the prices they obtained. Cold stores and the irradiation of onions, tried elsewhere, are "
     "mentioned only in passing.",
     ("onion storage", "kanda chawl", "post-harvest losses", "smallholder farming",
      "case studies"),
     ("IN",), "2023-11"),
    ("fe08", "project", "fr",
     "Projet : cases de conservation pour l'oignon violet de Galmi dans la région de Tahoua",
     "Le Niger est l'un des premiers producteurs d'oignons d'Afrique de l'Ouest, et le violet de "
     "Galmi, une variété sélectionnée dans la vallée de la Maggia, se vend jusqu'au Ghana, au "
     "Togo et en Côte d'Ivoire. Mais la récolte de saison sèche arrive d'un coup sur les marchés "
     "de Madaoua et de Birni-N'Konni, et faute de pouvoir garder les bulbes, les producteurs "
     "vendent au plus bas, tandis qu'une bonne part pourrit ou germe sous les hangars. Ce "
     "projet, conduit par la chambre régionale d'agriculture avec l'institut national de la "
     "recherche agronomique et des coopératives maraîchères, construit 120 cases de conservation "
     "en banco et en paille, bien ventilées, avec des claies superposées, forme les producteurs "
     "au séchage des bulbes, au tri et au suivi des stocks, et aide les coopératives à vendre "
     "quand les prix remontent. Il mesure les pertes de poids et de bulbes après trois et six "
     "mois. L'irrigation des cultures à partir des mares et des puits relève d'un autre "
     "programme.",
     ("conservation de l'oignon", "oignon violet de Galmi", "pertes post-récolte", "coopératives",
      "projets"),
     ("NE",), "2024-01"),
    ("fe09", "event", "es",
     "Jornada técnica: curado y almacenamiento de la cebolla roja en Arequipa",
     "Arequipa produce la mayor parte de la cebolla roja del Perú, que se vende en Lima y se "
     "exporta a Colombia, a Centroamérica y a los Estados Unidos. Pero los precios se hunden "
     "cuando la campiña y las irrigaciones cosechan a la vez, y muchos agricultores venden en "
     "chacra, al barrer, porque no saben guardar la cebolla sin que se pudra o brote. Esta "
     "jornada técnica, organizada en la estación experimental agraria de Arequipa por el "
     "instituto nacional de innovación agraria con una junta de usuarios de riego y empresas "
     "exportadoras, enseñará a cortar el riego antes de la cosecha, curar los bulbos en el campo "
     "bajo su propio follaje, seleccionar y ensacar, y construir almacenes rústicos ventilados, "
     "con piso de listones y paredes de malla, donde la cebolla se conserva de tres a cinco "
     "meses. Incluye la visita al almacén de una asociación de productores de Majes y una mesa "
     "sobre precios y contratos. El control del trips y del mildiu se tratará en otra jornada.",
     ("almacenamiento de cebolla", "cebolla roja", "poscosecha", "pérdidas de alimentos",
      "eventos"),
     ("PE",), "2024-08"),
    # --- hops ------------------------------------------------------------------------------------
    ("fe10", "dataset", "en",
     "Hop gardens of England: area, varieties and wilt in Herefordshire, Worcestershire and "
     "Kent, 2000-2024",
     "English hops, trained up tall wirework in hop gardens, picked each September, dried in "
     "kilns and pressed into pockets, once covered more than 70,000 acres; today fewer than 50 "
     "farms grow them, mostly in Herefordshire, Worcestershire and Kent. This dataset, compiled "
     "by the hop growers' association with a horticultural research station and the national "
     "plant health service, gives by year and county the area under hops, the area of each "
     "variety, from Fuggle and Goldings to the newer dwarf varieties grown on low hedgerow "
     "trellises that can be picked by machine, yields and alpha-acid contents, the prices paid "
     "by brewers, and outbreaks of verticillium wilt, downy mildew and damson-hop aphid. It adds "
     "the number of working oast houses and of farms that stopped growing hops. Imports of hops "
     "from the United States, Germany and Slovenia are given only as national totals, and the "
     "beer market is not covered.",
     ("hops", "hop gardens", "hop varieties", "plant diseases", "datasets"),
     ("GB",), "2024-04"),
    ("fe11", "project", "fr",
     "Projet : relancer le houblon d'Alsace avec les brasseries artisanales",
     "Le houblon, plante grimpante dont on récolte les cônes pour aromatiser la bière, est "
     "cultivé en Alsace depuis le XIXe siècle dans des houblonnières de perches et de fils "
     "hautes de sept mètres, autour de Haguenau et de Brumath ; presque tout le houblon français "
     "vient de là, avec quelques parcelles dans le Nord. Les surfaces ont fondu, les derniers "
     "planteurs vendent surtout aux grandes brasseries, et les brasseries artisanales importent "
     "leurs houblons aromatiques. Ce projet, porté par la coopérative des planteurs avec la "
     "chambre d'agriculture et un institut technique, conserve le strisselspalt, variété "
     "traditionnelle de la région, teste de nouvelles variétés aromatiques résistantes au "
     "mildiou et à la sécheresse, installe le goutte-à-goutte, équipe une cueilleuse et un "
     "séchoir partagés, et organise des contrats avec vingt brasseries artisanales du Grand Est. "
     "Il suit les rendements, les teneurs en acides alpha et les traitements. Le houblon sauvage "
     "des haies et des ripisylves n'est cité que pour la recherche de gènes de résistance.",
     ("houblon", "houblonnières", "brasseries artisanales", "variétés", "projets"),
     ("FR",), "2024-03"),
    ("fe12", "need", "es",
     "Necesidad: secadero y peletizadora para el lúpulo de la Comarca Andina de El Bolsón",
     "En los valles de El Bolsón, Lago Puelo y El Hoyo, entre Río Negro y Chubut, se concentra "
     "casi todo el lúpulo de la Argentina: chacras de pocas hectáreas con espalderas altas donde "
     "la planta trepa por hilos hasta seis metros, regadas con agua de deshielo. El auge de las "
     "cervecerías artesanales aumentó la demanda de lúpulo nacional, pero los productores secan "
     "los conos en secaderos antiguos o al aire, pierden aroma y venden flor entera, mientras "
     "las cervecerías prefieren pellets. Una cooperativa de productores, con la agencia de "
     "extensión del instituto nacional de tecnología agropecuaria y el municipio, solicita apoyo "
     "para construir un secadero comunitario con control de temperatura, comprar una "
     "peletizadora y una envasadora al vacío, analizar los ácidos alfa de cada lote y capacitar "
     "a los chacareros en cosecha y sanidad, sobre todo contra la arañuela. Las frutas finas de "
     "la misma comarca quedan fuera de la solicitud.",
     ("lúpulo", "cervecerías artesanales", "secado", "cooperativas", "necesidades"),
     ("AR",), "2024-10"),
    # --- frosty pod rot of cocoa -----------------------------------------------------------------
    ("fe13", "project", "en",
     "Frosty pod rot in Jamaica's cocoa: weekly pod removal and the rehabilitation of "
     "smallholdings",
     "Frosty pod rot, caused by the fungus Moniliophthora roreri, turns cocoa pods into lumps "
     "covered by a white, powdery crust of spores that spread with wind and rain and on hands, "
     "tools and bags. Known in Latin America as moniliasis, it was confirmed in Jamaica in 2016, "
     "its first record in the English-speaking Caribbean, and within a few years farmers in "
     "Clarendon, St Mary and St Catherine lost half or more of their pods, and many abandoned "
     "their fields. This project of the agricultural commodities regulator, the rural "
     "agricultural development authority and a regional cocoa research centre trains extension "
     "officers and farmers in cultural control: cutting off every infected pod each week, before "
     "it sporulates, and burying or covering it; pruning the trees and the shade to let air "
     "through; and grafting tolerant clones. It rehabilitates 500 smallholdings and measures pod "
     "losses and yields. Black pod, a different disease, and the fine-flavour status of Jamaican "
     "cocoa are discussed only briefly.",
     ("frosty pod rot", "Moniliophthora roreri", "cocoa", "plant diseases", "projects"),
     ("JM",), "2023-09"),
    ("fe14", "event", "fr",
     "Atelier régional : préparer l'Afrique de l'Ouest à la moniliose du cacaoyer",
     "La moniliose du cacaoyer, due au champignon Moniliophthora roreri, est l'une des maladies "
     "les plus destructrices du cacao en Amérique latine : les cabosses atteintes se couvrent "
     "d'un feutrage blanc de spores, puis pourrissent de l'intérieur. Elle n'a jamais été "
     "signalée en Afrique, mais les échanges de matériel végétal et de cabosses entre "
     "collections font craindre une introduction qui menacerait les premiers pays producteurs du "
     "monde. Cet atelier, organisé à Abidjan par l'organisation régionale de protection des "
     "végétaux avec le conseil du café-cacao, le centre national de recherche agronomique et des "
     "inspecteurs phytosanitaires de Côte d'Ivoire, du Ghana, du Nigeria et du Cameroun, "
     "présentera comment reconnaître la maladie, les règles de quarantaine des collections de "
     "cacaoyers, un plan d'intervention en cas de détection et des exercices sur le terrain. La "
     "pourriture brune des cabosses et le swollen shoot, déjà présents dans la région, seront "
     "évoqués comme maladies à ne pas confondre.",
     ("moniliose du cacaoyer", "Moniliophthora roreri", "quarantaine végétale", "cacao",
      "événements"),
     ("CI",), "2024-06"),
    ("fe15", "case-study", "es",
     "Estudio de caso: la moniliasis en los cacaotales de pequeños productores de Los Ríos y "
     "Guayas",
     "La moniliasis del cacao (Moniliophthora roreri), que los agricultores llaman también "
     "monilia o helada por el polvo blanco que cubre las mazorcas, fue descrita en Ecuador a "
     "comienzos del siglo XX, cuando arrasó los cacaotales de la zona de Quevedo, y por eso se "
     "la conoció como enfermedad de Quevedo. Todavía hoy puede llevarse la mitad de la cosecha "
     "del cacao nacional fino de aroma y del clon CCN-51. Este estudio de caso sigue durante "
     "cuatro años a 150 fincas de pequeños productores de Los Ríos y Guayas, socios de una "
     "organización de segundo grado que trabaja con el instituto nacional de investigaciones "
     "agropecuarias, y compara la remoción semanal de mazorcas enfermas, la poda y la regulación "
     "de la sombra, los clones tolerantes y las aplicaciones de fungicidas cúpricos, con sus "
     "costos y la producción obtenida. La escoba de bruja, otra enfermedad del cacao, y el "
     "cadmio de los suelos se mencionan solo de paso.",
     ("moniliasis", "Moniliophthora roreri", "cacao", "manejo de enfermedades",
      "estudios de caso"),
     ("EC",), "2024-02"),
    # --- Bambara groundnut -----------------------------------------------------------------------
    ("fe16", "dataset", "en",
     "Bambara groundnut in Zimbabwe's communal areas: landraces, yields and markets, 2010-2023",
     "Bambara groundnut (Vigna subterranea), nyimo in Shona and indlubu in Ndebele, is a legume "
     "that, like the groundnut, ripens its pods underground, but it tolerates drought and poor "
     "sandy soils better, and many women grow it on small plots for food and cash. The dry seeds "
     "are hard and need long cooking, so they are often boiled fresh in the pod, or roasted and "
     "ground. This dataset, compiled by the national genebank and the crop research institute "
     "with an agricultural university, gathers the characterisation of about 300 landrace "
     "accessions collected in Masvingo, Matabeleland South and Manicaland (seed colour, eye "
     "pattern, days to maturity), yields from on-farm trials in drought years, the area planted "
     "by ward from agricultural surveys, and prices at rural markets and at Mbare market in "
     "Harare. Groundnuts and cowpeas grown on the same farms are given for comparison only.",
     ("Bambara groundnut", "Vigna subterranea", "underutilised crops", "landraces", "datasets"),
     ("ZW",), "2023-12"),
    ("fe17", "project", "fr",
     "Projet : semences et transformation du voandzou pour les groupements de femmes du "
     "Centre-Nord",
     "Le voandzou (Vigna subterranea), ou pois de terre, est une légumineuse dont les gousses "
     "mûrissent sous terre, comme l'arachide, mais qui pousse sur des sols pauvres et résiste "
     "mieux à la sécheresse ; son nom vient du malgache voanjobory. Au Burkina Faso, il est "
     "cultivé surtout par les femmes, en petites parcelles, et se mange bouilli, grillé, en pâte "
     "ou en farine. Pourtant sa culture recule : les semences sont mélangées, les graines dures "
     "demandent beaucoup de bois pour la cuisson et le décorticage se fait au pilon. Ce projet, "
     "conduit par l'institut de l'environnement et de recherches agricoles avec une union de "
     "groupements féminins des provinces du Sanmatenga et du Bam, multiplie des semences de "
     "variétés locales sélectionnées, installe des décortiqueuses et des moulins, forme les "
     "femmes à la fabrication de farine et de couscous de voandzou et les aide à vendre sur les "
     "marchés de Kaya et de Ouagadougou. Le niébé et le sésame des mêmes exploitations relèvent "
     "d'autres projets.",
     ("voandzou", "pois de terre", "légumineuses", "groupements féminins", "projets"),
     ("BF",), "2024-04"),
    ("fe18", "support-source", "es",
     "Oferta: semillas y asistencia técnica para el cacahuete de Bambara en el sur de Mozambique",
     "El cacahuete de Bambara (Vigna subterranea), también llamado maní bambara o guisante de "
     "tierra, es una leguminosa africana que entierra sus vainas como el maní pero soporta mejor "
     "la sequía y los suelos arenosos, y en las provincias de Gaza e Inhambane se cultiva en "
     "pequeñas parcelas junto al maíz y la yuca. Un programa de cooperación de una universidad "
     "española con el instituto de investigación agraria de Mozambique ofrece a asociaciones de "
     "agricultores y a organizaciones no gubernamentales semillas de líneas locales evaluadas en "
     "ensayos de campo, formación en fechas de siembra, densidades y rotaciones, pequeñas "
     "trilladoras y descascaradoras manuales, y análisis de la calidad nutricional del grano. "
     "También apoya la difusión de recetas y la venta de harina en los mercados de Xai-Xai y de "
     "Maxixe. Las solicitudes se presentan antes de la campaña de lluvias. El maní común y las "
     "aflatoxinas que lo contaminan no forman parte de la oferta.",
     ("cacahuete de Bambara", "Vigna subterranea", "leguminosas olvidadas", "semillas", "ofertas"),
     ("MZ",), "2024-09"),
    # --- azolla ----------------------------------------------------------------------------------
    ("fe19", "document", "en",
     "Growing azolla in backyard pits: a guide for the dairy farmers of Kerala",
     "Azolla is a tiny floating fern that lives with a cyanobacterium, Anabaena azollae, which "
     "fixes nitrogen from the air, so that the fern is rich in protein and can double its mass "
     "in a few days. In India it is grown above all as a cheap green feed for livestock. This "
     "guide, prepared by the state dairy development department with a veterinary university, "
     "explains how to dig a shallow pit or build a brick tank about two metres by one, line it "
     "with a plastic sheet, add sieved soil, cow dung slurry and a little rock phosphate, seed "
     "it with fresh azolla and harvest about a kilogram a day, washed before feeding. A cow can "
     "be given one to two kilograms a day with its usual ration, which saves part of the costly "
     "concentrate, and azolla also suits poultry, ducks and goats. The guide warns against "
     "letting the fern reach canals and ponds, where it can spread and choke the water.",
     ("azolla", "green fodder", "dairy farming", "smallholder farming", "guidance"),
     ("IN",), "2024-01"),
    ("fe20", "case-study", "fr",
     "Étude de cas : l'azolla dans les rizières des Hautes Terres de Madagascar",
     "L'azolla, petite fougère aquatique qui flotte en tapis vert ou rouge sur les eaux calmes, "
     "abrite dans ses feuilles une cyanobactérie capable de fixer l'azote de l'air. Incorporée "
     "au sol des rizières, elle sert d'engrais vert et peut remplacer une partie de l'urée que "
     "les riziculteurs malgaches n'ont pas les moyens d'acheter. Dans les années 1980, la "
     "recherche agronomique en avait fait la promotion sur les Hautes Terres, puis l'élan "
     "s'était perdu. Cette étude de cas, menée avec des organisations paysannes du "
     "Vakinankaratra et de l'Amoron'i Mania, suit pendant trois campagnes 90 riziculteurs qui "
     "entretiennent des bassins de multiplication de l'azolla, l'inoculent dans les rizières "
     "après le repiquage et l'enfouissent au sarclage : azote apporté, rendements en paddy, "
     "travail supplémentaire, pertes dues aux insectes et au froid, et raisons de l'abandon. La "
     "rizipisciculture et le système de riziculture intensive, pratiqués par certains des mêmes "
     "paysans, ne sont cités qu'en passant.",
     ("azolla", "engrais vert", "riziculture", "fixation de l'azote", "études de cas"),
     ("MG",), "2024-05"),
    ("fe21", "project", "es",
     "Proyecto: la Azolla como biofertilizante en los arrozales de Sancti Spíritus",
     "La Azolla, un helecho acuático diminuto que flota sobre el agua y vive asociado a una "
     "cianobacteria, Anabaena, que fija el nitrógeno del aire, se usó en Cuba como "
     "biofertilizante del arroz desde los años noventa, cuando faltaron los fertilizantes "
     "importados. En la empresa agroindustrial de granos Sur del Jíbaro, en Sancti Spíritus, y "
     "en las cooperativas vecinas, este proyecto de un instituto de investigaciones de granos y "
     "de una universidad recupera la práctica: mantiene estanques de multiplicación de la "
     "Azolla, la inocula en los campos de arroz inundados después del trasplante o de la "
     "siembra, y mide cuánta urea puede ahorrarse sin perder rendimiento. También ensaya la "
     "Azolla cosechada como alimento para los patos, los cerdos y las tilapias de las mismas "
     "fincas. No debe confundirse con la lenteja de agua (Lemna), otra planta flotante que se "
     "estudia como pienso en otros proyectos.",
     ("Azolla", "biofertilizantes", "arroz", "fijación de nitrógeno", "proyectos"),
     ("CU",), "2024-03"),
    # --- driftnets -------------------------------------------------------------------------------
    ("fe22", "dataset", "en",
     "California's swordfish drift gillnet fishery: observer records, bycatch and the buyout, "
     "1990-2023",
     "For four decades a small fleet off California fished for swordfish and thresher shark with "
     "large-mesh drift gillnets, walls of net more than a kilometre long set at dusk and left to "
     "drift through the night. The nets also caught whales, dolphins, sea lions, sea turtles and "
     "unwanted sharks, and a large area off central California was closed to them each late "
     "summer and autumn to protect leatherback turtles. A state law passed in 2018 ended the "
     "drift gillnet permits by 2024, with a voluntary buyout of permits and nets, and fishers "
     "were encouraged to switch to deep-set buoy gear and harpoons. This dataset, compiled by "
     "the federal fisheries science centre, gathers the observer records set by set (position, "
     "soak time, catch of swordfish and other fish, bycatch by species and condition) with the "
     "number of active vessels, the landings, and the permits bought out and nets retired each "
     "year. Longline fishing for swordfish beyond the exclusive economic zone is not included.",
     ("driftnets", "drift gillnets", "swordfish", "bycatch", "datasets"),
     ("US",), "2024-02"),
    ("fe23", "case-study", "fr",
     "Étude de cas : la fin des filets maillants dérivants dans les ports marocains de la "
     "Méditerranée",
     "Jusqu'en 2010, des centaines de bateaux des ports de Tanger, de M'diq, d'Al Hoceima et de "
     "Nador pêchaient l'espadon en Méditerranée et dans le détroit avec des filets maillants "
     "dérivants, des nappes de filet de plusieurs kilomètres laissées à la dérive pendant la "
     "nuit, où se prenaient aussi des dauphins, des tortues et des requins. Ces filets étaient "
     "interdits par la commission générale des pêches pour la Méditerranée et par la commission "
     "internationale pour la conservation des thonidés de l'Atlantique, et le Maroc s'est engagé "
     "à les éliminer. Cette étude de cas, réalisée par l'institut national de recherche "
     "halieutique avec des associations de pêcheurs, revient sur le programme de reconversion : "
     "rachat et destruction des filets, indemnités, passage des équipages à la palangre de "
     "surface ou à d'autres métiers, contrôles à quai et en mer ; et sur ce qu'il en reste dix "
     "ans plus tard : revenus, captures d'espadon, prises accessoires et pratiques illégales "
     "persistantes. La pêche au poulpe de la côte atlantique n'est pas traitée.",
     ("filets maillants dérivants", "espadon", "reconversion des pêcheurs", "prises accessoires",
      "études de cas"),
     ("MA",), "2023-08"),
    ("fe24", "event", "es",
     "Jornada: treinta años de la guerra del bonito y del fin de las redes de deriva en el "
     "Cantábrico",
     "En el verano de 1994, en plena costera del bonito, los boniteros vascos y cántabros que "
     "pescaban al curricán y con cebo vivo se enfrentaron en el golfo de Bizkaia a barcos "
     "franceses e irlandeses que calaban redes de deriva, las volantas, de varios kilómetros, a "
     "los que acusaban de agotar el atún blanco y de matar delfines; hubo redes cortadas, barcos "
     "retenidos y protestas en los puertos. El conflicto, conocido como la guerra del bonito, "
     "aceleró la prohibición europea de las redes de deriva para los túnidos, que entró en vigor "
     "en 2002. Esta jornada, organizada en Bermeo por el museo del pescador con una cofradía, un "
     "centro tecnológico marino y una universidad, reunirá a patrones de entonces, historiadores "
     "y científicos para repasar lo ocurrido, los datos de capturas y de delfines enredados, y "
     "el estado actual del atún blanco del Atlántico norte. Se proyectarán imágenes de archivo. "
     "La pesca de la anchoa con cerco no forma parte del programa.",
     ("redes de deriva", "volantas", "atún blanco", "conflictos pesqueros", "eventos"),
     ("ES",), "2024-10"),
    # --- raw milk --------------------------------------------------------------------------------
    ("fe25", "need", "en",
     "Need: safer raw milk for the small-scale milk traders of Nakuru and Kiambu",
     "Most of the milk drunk in Kenya never passes through a dairy plant: it is sold raw by "
     "farmers, by hawkers on bicycles and motorbikes, and by milk bars and vending machines, the "
     "milk ATMs of the towns. Consumers usually boil it at home, but milk carried in plastic "
     "jerrycans without cooling, sometimes watered down or dosed with preservatives, can carry "
     "brucellosis, tuberculosis and Salmonella as well as antibiotic residues. A federation of "
     "small-scale milk traders of Nakuru and Kiambu counties, with the county public health and "
     "veterinary departments, asks for help to train and certify 1,500 traders in milk hygiene, "
     "replace jerrycans with aluminium cans, equip collection points with coolers and simple "
     "tests such as the alcohol and lactometer tests, and run a campaign on boiling milk before "
     "drinking it. It also asks for a dialogue with the national dairy regulator on licences "
     "that small traders can afford. Camel milk, traded by other groups in the north, is outside "
     "the request.",
     ("raw milk", "informal dairy markets", "milk hygiene", "food safety", "needs"),
     ("KE",), "2024-06"),
    ("fe26", "document", "fr",
     "Fiche : le lait cru, pourquoi sa vente est interdite et ce que permettent les fromages au "
     "lait cru",
     "Au Canada, la vente de lait cru, c'est-à-dire non pasteurisé, est interdite par la "
     "réglementation fédérale sur les aliments, et le Québec l'interdit aussi, mais des "
     "consommateurs en achètent encore directement à la ferme ou par des « parts de troupeau ». "
     "Cette fiche, rédigée par le ministère de l'agriculture, des pêcheries et de l'alimentation "
     "du Québec pour le grand public, explique les risques du lait cru : bactéries comme les E. "
     "coli productrices de shigatoxines, responsables du syndrome hémolytique et urémique chez "
     "l'enfant, Listeria, dangereuse pendant la grossesse, Salmonella et Campylobacter. Elle "
     "rappelle que la pasteurisation ne change guère la valeur nutritive du lait. Elle précise "
     "ensuite que les fromages au lait cru, affinés au moins 60 jours ou fabriqués dans des "
     "conditions strictes, peuvent être vendus, et à qui on déconseille d'en manger. Les laits "
     "de chèvre et de brebis sont couverts ; le lait maternel partagé entre mères relève d'une "
     "autre fiche.",
     ("lait cru", "pasteurisation", "fromages au lait cru", "sécurité sanitaire des aliments",
      "guides"),
     ("CA",), "2023-12"),
    ("fe27", "dataset", "es",
     "Calidad de la leche cruda vendida sin pasteurizar en Boyacá y Cundinamarca, 2016-2024",
     "En Colombia una parte grande de la leche se comercializa cruda, sin pasar por una planta: "
     "productores e intermediarios la venden en cantinas de casa en casa, en la práctica llamada "
     "jarreo, o a queseras artesanales, aunque la norma sanitaria prohíbe vender leche cruda "
     "para el consumo humano directo salvo excepciones. En México se la conoce como leche "
     "bronca. Este conjunto de datos, reunido por el instituto nacional de vigilancia de "
     "medicamentos y alimentos con las secretarías de salud de Boyacá y Cundinamarca y una "
     "universidad, da por municipio y por año los resultados de los muestreos de leche cruda en "
     "rutas de jarreo, tiendas y queseras: recuento de bacterias, coliformes, residuos de "
     "antibióticos, adulteraciones con agua, suero o harinas, y pruebas de brucelosis y "
     "tuberculosis de los hatos de origen. Incluye los brotes de enfermedades transmitidas por "
     "alimentos asociados al queso campesino. La leche pasteurizada de las grandes plantas no "
     "está incluida.",
     ("leche cruda", "jarreo", "inocuidad de los alimentos", "lácteos", "datos"),
     ("CO",), "2024-08"),
    # --- tonka beans -----------------------------------------------------------------------------
    ("fe28", "project", "en",
     "Tonka beans from the forests of the Trombetas: cumaru harvesting by quilombola communities",
     "The tonka bean, the seed of the cumaru tree (Dipteryx odorata), a tall tree of the Amazon "
     "forest, smells of vanilla, almond and new-mown hay thanks to the coumarin it contains, and "
     "is sought by perfumers and chefs. In the municipality of Oriximiná, in Pará, Brazil, "
     "quilombola communities descended from people who escaped slavery gather the fallen fruits "
     "between March and June, crack them to take out the seed and dry the beans, which they sell "
     "to traders who pass them on to exporters. This project of a quilombola association, a "
     "non-governmental organisation and a federal agricultural research unit maps the cumaru "
     "trees on community land, trains collectors in clean drying and storage to avoid mould, "
     "builds a small warehouse, and negotiates direct contracts with a cosmetics firm. It "
     "records the trees visited, the beans sold and the prices. Brazil nuts, gathered by the "
     "same communities, and the logging of cumaru for timber are mentioned only in passing.",
     ("tonka beans", "cumaru", "non-timber forest products", "quilombola communities", "projects"),
     ("BR",), "2024-04"),
    ("fe29", "document", "fr",
     "Guide : la fève tonka en pâtisserie et en cuisine, coumarine et bonnes doses",
     "La fève tonka, graine noire et ridée du coumarou ou gaïac de Cayenne (Dipteryx odorata), "
     "un grand arbre des forêts de Guyane, du Venezuela et du Brésil, est devenue en vingt ans "
     "une épice à la mode dans les desserts, les crèmes et les chocolats. Son parfum vient de la "
     "coumarine, une substance qui, à forte dose, peut abîmer le foie, que la réglementation "
     "européenne interdit d'ajouter pure aux aliments et dont elle limite la teneur dans "
     "certains produits, comme les pâtisseries traditionnelles. Ce guide, préparé par une "
     "organisation professionnelle de pâtissiers avec un centre technique alimentaire et l'appui "
     "des services de contrôle, explique aux artisans, aux restaurateurs et aux particuliers "
     "comment doser la fève râpée ou infusée, ce que donne une fève entière, pourquoi éviter les "
     "extraits non contrôlés, comment étiqueter les produits et conserver les fèves. La cannelle "
     "de Chine, autre source de coumarine, est traitée dans une fiche voisine.",
     ("fève tonka", "coumarine", "épices", "sécurité des aliments", "guides"),
     ("FR",), "2024-11"),
    ("fe30", "need", "es",
     "Necesidad: recolección sostenible de la sarrapia en las comunidades del bajo Caura",
     "La sarrapia, la semilla aromática del árbol del mismo nombre (Dipteryx odorata), fue "
     "durante un siglo uno de los productos de exportación de la Guayana venezolana: desde "
     "Caicara del Orinoco y Ciudad Bolívar salía hacia Europa y los Estados Unidos para perfumes "
     "y tabacos. Hoy las familias ye'kwana, e'ñepá y criollas de las riberas del Caura y del "
     "Orinoco medio aún recogen los frutos caídos en los sarrapiales durante la estación "
     "lluviosa, los parten y secan la almendra, pero la venden a intermediarios a precios bajos "
     "y sin conocer su calidad. Una asociación de comunidades, con un instituto de "
     "investigaciones y una fundación ambientalista, solicita apoyo para censar los árboles, "
     "capacitar a los recolectores en secado y almacenamiento, comprar secadores y balanzas, y "
     "buscar compradores que paguen un precio justo. Pide también que la minería de oro que "
     "avanza en la cuenca no destruya los sarrapiales. La sarrapia no debe confundirse con el "
     "shihuahuaco del Perú, del mismo género, talado para madera.",
     ("sarrapia", "Dipteryx odorata", "productos forestales no maderables",
      "comunidades indígenas", "necesidades"),
     ("VE",), "2024-07"),
)  # fmt: skip
