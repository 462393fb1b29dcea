"""Clearing-house records of the hundred-and-thirty-sixth judged relevance set
(tests/search/relevance/queries136.tsv).

Provenance: written by hand for this set, by an engineer who had not seen chm's answers to its
queries, in the style of the pages of real clearing-house mechanisms: crop disease pages on cassava
mosaic disease (a dataset of the field surveys, leaf symptoms, whitefly counts and virus tests that
have followed the Sri Lankan cassava mosaic virus across Cambodia, Viet Nam, Thailand, Lao PDR and
southern China since 2015; a project that multiplies healthy cuttings of tolerant varieties against
the mosaïque africaine du manioc in the Gbêkê, Bélier and Iffou regions of Côte d'Ivoire; a taller,
an event, in San Lorenzo, Paraguay, that prepares the plant health services of the Southern Cone for
the mosaico de la yuca, never recorded in the Americas); pulse pages on grass pea (a project that
spreads low-ODAP varieties of khesari, relay-sown in the rice fallows of Faridpur, Rajbari and
Natore, in Bangladesh; a guide to growing the gesse and the gesse chiche in the semi-arid Pré-Rif,
Chaouia and Zaër of Morocco; a case study of the return of the almorta, the flour of the gachas
manchegas, to the fields of Cuenca and Albacete in Castilla-La Mancha, Spain, after its sale had
been banned from 1967 to 2018 for fear of latirismo); poultry pages on turkeys (a guide to keeping
the heritage Norfolk Black and Cambridge Bronze turkeys in the small free-range flocks of Norfolk
and Suffolk, England; a need to cut the deaths of the dindonneaux, the young vorontsiloza, of the
family flocks of the Vakinankaratra in Madagascar; a project that conserves the guajolote, the
native Mexican turkey, totolin in Nahuatl, in the backyards of the Sierra Norte de Puebla, Mexico);
fodder pages on Napier grass (a need for clean planting material of elephant grass tolerant of
Napier stunt and head smut for the zero-grazing dairy farmers of Bungoma and Trans Nzoia, Kenya; a
case study of the herbe à éléphant, the Pennisetum that feeds the stall-fed cows of the Girinka
programme in Nyamagabe and Gicumbi, Rwanda; an offer, a support source, of planting material and
training in pasto elefante and its varieties, king grass, Camerún, Cuba CT-115 and maralfalfa, for
the dairies of San Carlos, Costa Rica); small-scale fisheries pages on canoe registration (a case
study of the registration, painted numbers and licences of the fishing canoes of Sierra Leone; a
dataset of the immatriculation des pirogues of Senegal's artisanal fleet by fishing centre since
2006; a need for the matrícula and registration of the fibras, the fibreglass boats, of the
artisanal fishers of Manabí and Esmeraldas, Ecuador); forest product pages on matsutake (an event,
the Ura Matsutake Festival in Bumthang, Bhutan, with its harvest rules, grading workshop and buyers;
a guide for the pickers of the matsutake américain, Tricholoma magnivelare, in the jack pine forests
of the Côte-Nord, Québec, Canada; a dataset of the harvest, exports and prices of the hongo blanco
de ocote of the Zapotec community forests of the Sierra Juárez, Oaxaca, Mexico); food safety pages
on clenbuterol (a case study of the lean meat powder fed to pigs in China, from the 2011 scandal in
Henan to the testing of pigs at every slaughterhouse; a dataset of the residues of clenbutérol,
other bêta-agonistes and hormones found in cattle and calves by Belgium's food chain safety agency
since 2005; a need for laboratories and rapid tests to detect clembuterol in the municipal
slaughterhouses, the rastros, of Jalisco and Michoacán, Mexico); food loss pages on reusable plastic
crates (a project that replaces raffia baskets with crates rented from crate pools for the tomatoes
trucked from Kano to Lagos, Nigeria; a case study of the caisses plastiques of a pineapple
cooperative of the Allada plateau, Benin; a project that replaces the guacales with canastillas
plásticas for the tomatoes and blackberries sent from Boyacá to Bogotá, Colombia); soil pages on
soil compaction (an offer, a support source, of compaction checks, penetrometer loans and controlled
traffic farming advice for the grain growers of southern Queensland and northern New South Wales,
Australia; a guide to preventing and repairing the tassement des sols of the sugar beet and potato
fields of the Hauts-de-France, France; a jornada de campo, an event, near Paysandú on the
compactación del suelo of the no-till fields of western Uruguay); and rangeland pages on grazing
exclosures (a dataset of the vegetation, soil and runoff plots of the area exclosures of the Tigray
highlands, Ethiopia; a project for the mise en défens of the degraded rangelands, the parcours,
around Ouallam in the Tillabéri region of Niger; a guide to the clausura de pastos, the fencing off
of native pastures, in the alpaca-raising communities of Puno, Peru). English, French and Spanish,
10 records each, every topic written once in each language (different countries, projects and
angles, not translations of one text).

None of records.py, records3.py, ..., records133.py is about these topics: their files and the
golden files (tests/mappings/golden/*.json) were searched for the topics' words in the three
languages before these were written (cassava mosaic, mosaïque, mosaico, begomovirus, whitefly,
aleurode, mouche blanche, mosca blanca, Bemisia, brown streak, stries brunes, cassava, manioc, yuca,
mandioca; grass pea, Lathyrus, lathyrism, lathyrisme, latirismo, gesse, almorta, guija, titarro,
khesari, ODAP, gachas, lentil, chickpea; turkey, turkeys, dinde, dindon, pavo, guajolote, chompipe,
Meleagris, poults, ocellated; Napier, elephant grass, herbe à éléphant, pasto elefante, Pennisetum,
Cenchrus, king grass, maralfalfa, CT-115, zero grazing, stabulation, cut-and-carry, pasto de corte,
head smut, Brachiaria, fodder bank, banco forrajero; canoe registration, vessel registration,
immatriculation, pirogue, matrícula, registro de embarcaciones, fibras, panga, embarcaciones
artesanales, fishing licence, permis de pêche, permisos de pesca, register of fishers; poison
fishing, pêche au poison, pesca con veneno, barbasco, nivrée, rotenone, roténone, cyanide fishing,
pesca con cianuro; matsutake, Tricholoma, hongo blanco, ocote, pine mushroom, wild mushroom,
champignons sauvages, hongos silvestres, morel, truffle; clenbuterol, clenbutérol, clembuterol,
beta-agonist, bêta-agoniste, ractopamine, ractopamina, lean meat powder, anabolisant, growth
promoter, hormones; crates, caisses, cagettes, canastillas, guacal, huacal, javas, returnable,
reusable packaging, post-harvest losses, pertes post-récolte, pérdidas poscosecha; soil compaction,
compaction, tassement, compactación, hardpan, plough pan, semelle de labour, pie de arado,
controlled traffic, trafic contrôlé, tráfico controlado, subsoiling, décompactage, descompactación,
penetrometer; exclosure, enclosure, area closure, mise en défens, clausura, ngitili, grazing ban,
closed to grazing, rangeland restoration, parcours dégradés, pastizales degradados). Screened and
dropped as covered: poison fishing (the need against the pêche à l'explosif et au poison, with
dynamite and crushed fish-poison plants, on the reefs of Grande Comore and Anjouan, bm20, and the
pesca con cianuro of the Napoleon wrasse project of Palawan, bf03), resin tapping (co16-co18), the
slaughter of donkeys for their hides (bz29), cuttlefish (de28, de29), whelks and burgao (eg30), sea
cucumbers (j25-j27), glass eels (l04-l06), octopus closures (bt17), cork (y22, y24), rattan
(bx28-bx30), chicle (bp13-bp15), morels (em10-em12), caterpillar fungus (eq19-eq21), zaï pits and
half-moons (l13-l15), biochar (y04, y05), cover crops (bw10) and the seasonal migration of flocks to
high pastures (bt10), besides the topics of sets 42 to 133 and those their docstrings list as
covered; screened with no or passing hits but not chosen: Muscovy ducks, banana bunchy top, maize
lethal necrosis, flavescence dorée, bokashi, the depuration of shellfish, N'Dama cattle, lac and
shellac, and babassu (no hit), mad honey and ackee poisoning (no hit, and screened by sets 110 and
112), trichinellosis (no hit, but a zoonosis nearer the health topics of the other engineers) and
cage fish farming (next to the salmon cages of k03, the net pens of the GM salmon page t37 and the
bluefin tuna fattening cages of records111).

One earlier record is judged relevant in part (1): the case study of horse logging on the family
forests of Vermont (da19), which compares the soil compaction and ruts left by horse and machine
harvests and has "soil compaction" among its own subjects; it is judged 1 to the soil compaction
queries that ask for nothing it lacks. All the other hits are passing or about other things, judged
0. The genetically modified cassava pages against cassava brown streak disease (bc13, bc14), the
low-cyanide GM cassava of bc15, the konzo and bitter cassava pages (el04-el06), the cassava named
among the priority crops of the Rwandan land consolidation page fi22 and the bean golden mosaic
pages (eb25-eb27), whose virus the same whitefly carries, are no cassava mosaic disease. The grass
pea named among the pulses of Ethiopia's chickpea and lentil project (dg07) is passing, and the
other pulse pages (dg08, dg09) name no grass pea. No earlier record is about turkeys: the pavos
among the animals of the solares mayas of Yucatán (ce15), the brush-turkeys named in the megapode
docstring of records117 (et10-et12), the guinea fowl pages (fi07-fi09) and the indigenous chicken
pages (ek25-ek27) are passing or other poultry, and the pages about Türkiye (eo07, eq23, be07, da22,
dx22) are no turkey pages. The elephant grass in which barn swallows roost at Boje (dk01), the
Brachiaria and Desmodium grown for the guinea pigs of South Kivu (cc20), the azolla fed as green
fodder (fe19), the raw milk of the Kenyan milk traders (fe25) and the silvopastoral systems
(k25-k27) are no Napier grass. The 20,000 pirogues immatriculées named by the Senegalese fisheries
subsidies case study (db26), the permits and satellite monitoring of the pangas named by the Mexican
subsidies need (db27), the vessel tracking pages (br19-br21), which match AIS and VMS signals
against registers of licensed vessels, the registers of vessels proposed by the derelict boat pages
(dh16, dh18) and the canoes of the Ghanaian light fishing page (fi10) are no canoe registration. The
morel pages (em10-em12), the truffle guide whose subjects name the hongos silvestres comestibles
(bn06), the desert truffles of the Badia (bn04) and the caterpillar fungus pages (eq19-eq21) are
other wild fungi. No earlier record names clenbuterol or a beta-agonist: the antibiotics fed as
growth promoters in the Mekong Delta (k01) and the melamine of the infant formula page bl16 are
other things. The crates of calcium carbide of the mango page bo25 and the crates among the tsunami
debris of bs25 are no reusable crates, and the other post-harvest loss pages (the solar dryers of
ef13, the zeer pots and evaporative cooling chambers of er13 and er14, the solar ice of eh13, the
diffused light stores of fa29, the onion stores of fe07-fe09 and the parboiled rice of ew25) are
other ways of cutting food losses. The horse logging pages of Wallonia and Chile (da20, da21), which
name less tassement and soils not compacted in passing, the wild horses that compact the soils of
Ventania (ci18), the yareta Azorella compacta (fh25-fh27) and the no-till pages (r20, r21, bw12,
by09) are no soil compaction pages. The mise en défens of the seedlings of the thuriféraies (dc14),
the clausuras al ganado among the plots of the tabaquillo dataset (ce27), the parcelas clausuradas
of the wild horse project (ci18), the Prosopis cleared for grazing in Afar (m04), the western
juniper cut back to restore sagebrush steppe (dc13), whose subjects name rangeland restoration, the
saltbush planted on Tunisian rangelands (fa23) and the eucalyptus woodlots of the Ethiopian
highlands (eg25) are no grazing exclosures.

records124.py to records133.py (ids fa01..fa30, ..., fj01..fj30), the most recent earlier files,
were searched like the others: their only hits on this set's words are the champignon and hongo
sprayed against the coffee berry borer in fa02 and fa03 and the fungi of the cocoa and wheat rust
pages (fe14, fi02, fi03); the forage legumes of the rhizobium page fa15 and the fodder shrubs of the
saltbush pages fa23 and fa24; the pirogues of the seawall page fb11, of the shoebill surveys fh02,
of the swimming lesson page ff23 and of the geotube page fj26; the manioc of the manganese page fc05
and the yuca of the Bambara groundnut offer fe18; the azolla fed as green fodder (fe19) and the raw
milk of fe25; the licences named by fc28, fd01, fg28 and fh10; the Azorella compacta of the yareta
pages fh25-fh27; the hongos del suelo and the mosca blanca of the solarisation pages fi20 and fi21;
the cassava of fi22; and the canoes of the light fishing page fi10. None of their records answers a
query of this set.

records134.py and records135.py (ids fk01..fk30 and fl01..fl30), written at the same time by two
other engineers, were searched for the same words once they were finished (with their queries134.tsv
and queries135.tsv, each with its 60 queries), after this set's judgments were first written, and no
judgment had to be added: the topics of records134.py are aristolochic acid (Aristolochia in herbal
products and flour), water beads, histoplasmosis, melioidosis, solar heat for industrial processes,
sulphur mining, dust from unpaved roads, spent coffee grounds, counterfeit cosmetics and cat litter;
those of records135.py are bush dogs, uakaris, chevrotains or mouse-deer, hyraxes, cuscuses, pittas,
motmots, velvet worms, giant lobelias and white-sand forests (kerangas, varillales). None of their
records names cassava mosaic disease, grass pea, a turkey, Napier grass, the registration of canoes,
matsutake, clenbuterol or a beta-agonist, a reusable crate, soil compaction or a grazing exclosure.
The nearest are passing and judged 0: the oyster mushrooms grown on spent coffee grounds (fk22,
fk23) and the Histoplasma fungus of the cave disease pages (fk07-fk09), no matsutake; the canoes
from which the uakaris are counted (fl04, fl06), no canoe registration; the cutting zones, closed
zones and fenced seed plots that keep herders and cattle off the giant lobelias of the Bale
Mountains, Ethiopia (fl27), no grazing exclosure, 0 to "exclosures Ethiopia"; the elephants named as
distant relatives of the hyraxes (fl11, fl12), no elephant grass; and the registries of the
aristolochia flour, sulphur mine and counterfeit cosmetics pages (fk01, fk18, fk27), no canoe
registration. None of their records answers a query of this set, and none of their queries is
repeated in queries136.tsv. records137.py (ids fn01..fn30), written at the same time by another
engineer on water, oceans and coasts, climate adaptation, cities, disasters and capacity building
topics, is not part of this set's pool, and no query of this set was judged against it.

Traps: the cassava witches' broom and the pink mealybug, the starch factories and ethanol of fm01 (0
to mealybugs); the attiéké and placali, the bactériose, the cochenille farineuse, the mini-boutures
and the manioc transgénique of fm02 (0 to GM cassava); the cuero de sapo, the almidoneras and the
plantas in vitro of fm03; the aman rice fallows, the dal, the lathyrism and the adulteration of
lentil and chickpea flour with khesari of fm04 (0 to food adulteration); the orge and avoine, the
orobanche, the vesce and the féverole of fm05 (0 to broomrape, vetch and faba beans); the gachas
manchegas, Goya's «Gracias a la almorta», the hunger of the posguerra and the garbanzos and lentejas
of fm06 (0 to chickpeas and lentils); the broad-breasted white turkey, the blackhead caught from
chickens, the avian influenza housing orders and the Christmas geese of fm07 (0 to avian influenza
and to geese); the poules gasy and canards, the variole aviaire, the maladie de Newcastle, the
auxiliaires d'élevage and the oies of fm08 (0 to local chickens and to Newcastle disease); the mole,
the Todos Santos, the pavos blancos comerciales, the viruela aviar, the Newcastle disease and the
pavo ocelado of fm09 (0 to the ocellated turkey, a wild bird); the zero-grazing dairy, the
phytoplasma and leafhoppers, the chaff cutters, the silage and the Brachiaria and desmodium of fm10
(0 to silage and to push-pull); the Girinka cows, the terraces and contour strips, the Tripsacum,
Calliandra and Brachiaria and the biogaz of fm11 (0 to terraces and to biogas); the king grass,
Camerún, Cuba CT-115 and maralfalfa, the purines, the ensilaje en bolsas, the caña forrajera, the
botón de oro and the sistemas silvopastoriles of fm12 (0 to silvopastoral systems); the stock
assessments, the inshore zone closed to trawlers, the collisions with industrial vessels, the stolen
outboard engines and the fish smoking and dried bonga of fm13 (0 to fish smoking); the permis de
pêche, the filets maillants, sennes tournantes, lignes and casiers, the pirogues from neighbouring
countries, the naufrages and the pirogues of emigrants to the Canaries of fm14 (0 to migration); the
robbery of engines at sea, the créditos, seguros and combustible subsidiado, the dispositivos de
localización, the dorado con palangre and the histamina of fm15 (0 to fisheries subsidies, to vessel
tracking and to histamine); the caterpillar fungus, the buckwheat fields, the tourists and the
cooking contest of fm16 (0 to caterpillar fungus and to buckwheat); the amanites mortelles, the
bleuets, chanterelles and morilles and the feux de forêt of fm17 (0 to mushroom poisoning and to
morels); the manejo forestal comunitario, the acopiador and the hongos silvestres of the local
markets of fm18 (0 to wild mushrooms in general); the African swine fever, the antibiotics, the
ractopamine and salbutamol and the rewards for informants of fm19 (0 to African swine fever and to
antibiotics in farming); the hormones, stéroïdes and thyréostatiques, the murdered veterinary
inspector and the antibiotic and pesticide residues of fm20 (0 to antibiotic residues); the
deportistas and controles antidopaje, the ractopamina, the corrales de engorda and the proveedores
confiables of fm21 (0 to doping); the raffia baskets, Mile 12 market, the Tuta absoluta moth, the
processing plants and cold storage and the deposit scheme of fm22 (0 to the tomato leafminer and to
cold chains); the jus d'ananas, Dantokpa, the Pain de sucre and Cayenne lisse and the ban on plastic
bags of fm23 (0 to plastic bag bans); the guacales and bultos, the centrales de abasto, the bolsas
plásticas de un solo uso and the cadena de frío of fm24 (0 to plastic bags); the chaser bins, the
waterlogging, the deep ripping, the gypsum for sodic soils and the cover crops of fm25 (0 to cover
crops and to sodic soils); the betteraves and pommes de terre, the ornières, the vers de terre and
the érosion and coulées de boue of fm26 (0 to soil erosion and to earthworms); the siembra directa,
the soja, trigo and maíz, the cultivos de servicio and the planes de uso y manejo de suelos of fm27
(0 to no-till farming and to cover crops); the cut-and-carry grass, the honey and poles, the stone
bunds, the war, the eucalyptus woodlots and the frankincense of fm28 (0 to stone bunds, to
eucalyptus and to frankincense); the éleveurs transhumants and couloirs de passage, the cordons
pierreux, the foin and the demi-lunes and zaï of fm29 (0 to transhumance and to zaï pits and
half-moons); and the alpacas and llamas, the ichu, the cercos de piedra, the bofedales, the cosecha
de agua and the esquila of fm30 (0 to alpacas, to water harvesting and to shearing). For the country
and exclusion queries: fm01 names Cambodia, Viet Nam, Thailand, Lao PDR and China (Sri Lanka only in
the virus's name, Africa as a region); fm02 only Côte d'Ivoire; fm03 Paraguay (Brazil, Argentina and
Bolivia as participants; Africa, Southeast Asia and the Americas as regions); fm04 only Bangladesh;
fm05 only Morocco; fm06 only Spain; fm07 the United Kingdom (England; London as a market); fm08 only
Madagascar; fm09 Mexico (Mesoamerica as a region); fm10 only Kenya; fm11 only Rwanda; fm12 Costa
Rica (Cuba and Cameroon only in the names of the varieties Cuba CT-115 and Camerún); fm13 Sierra
Leone (unnamed neighbouring countries); fm14 Senegal (the Gambia, Guinea and Mauritania as the homes
of visiting pirogues; the Canary Islands as a destination); fm15 only Ecuador; fm16 Bhutan (Japan as
a market); fm17 Canada (Québec; Japan as a market); fm18 Mexico (Japan as a market); fm19 only
China; fm20 only Belgium; fm21 only Mexico; fm22 only Nigeria; fm23 Benin (unnamed neighbouring
countries); fm24 only Colombia; fm25 only Australia; fm26 only France; fm27 only Uruguay; fm28 only
Ethiopia; fm29 only Niger; fm30 only Peru.

Ids (fm01..fm30) collide with none of the earlier records files' (a1..h5, n01..n47, ..., fi01..fi30,
fj01..fj30), nor with those of records134.py (fk01..fk30), records135.py (fl01..fl30) and
records137.py (fn01..fn30), written at the same time, and no earlier id starts with "fm".

Each tuple: (id, type, language, title, description, subjects, countries, date), as in records.py.
"""

from __future__ import annotations

RECORDS: tuple[tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # --- cassava mosaic disease ------------------------------------------------------------------
    ("fm01", "dataset", "en",
     "Cassava mosaic disease in mainland Southeast Asia: field surveys, incidence and virus tests, "
     "2016-2024",
     "Cassava mosaic disease, long a scourge of African cassava, was found in Southeast Asia in "
     "2015 in a field of Ratanakiri province, Cambodia. The Sri Lankan cassava mosaic virus behind "
     "it, a begomovirus carried by the whitefly Bemisia tabaci and above all by infected stem "
     "cuttings sold across borders, has since spread to Viet Nam, Thailand, Lao PDR and southern "
     "China, where cassava is grown for starch factories, ethanol and animal feed. This dataset, "
     "compiled by the national plant protection services with an international tropical "
     "agriculture centre, gives for more than 9,000 surveyed fields the coordinates, the variety, "
     "the source of the cuttings, the share of plants with yellow mosaic and twisted leaves, "
     "whitefly counts and PCR results for the virus. It also lists the fields where infected "
     "plants were uprooted. Cassava witches' broom and the pink mealybug, recorded on the same "
     "survey sheets, are in separate tables.",
     ("cassava mosaic disease", "Sri Lankan cassava mosaic virus", "whiteflies", "plant health",
      "datasets"),
     ("KH", "VN", "TH", "LA", "CN"), "2024-10"),
    ("fm02", "project", "fr",
     "Des boutures saines contre la mosaïque africaine du manioc dans le centre de la Côte "
     "d'Ivoire",
     "Dans les régions du Gbêkê, du Bélier et de l'Iffou, le manioc fournit l'attiéké, le placali "
     "et une bonne part du revenu des femmes transformatrices, mais la mosaïque africaine du "
     "manioc, une maladie virale qui jaunit et déforme les feuilles et rabougrit les plants, peut "
     "faire perdre jusqu'à la moitié de la récolte de tubercules. Le virus est transmis par la "
     "mouche blanche (Bemisia tabaci) et surtout par les boutures prélevées sur des plants malades "
     "et échangées entre voisins. Ce projet du centre national de recherche agronomique, de "
     "l'agence de conseil agricole et de coopératives de producteurs multiplie des variétés "
     "tolérantes dans des parcs à bois certifiés, forme des multiplicateurs de boutures à "
     "reconnaître et arracher les plants atteints, diffuse la technique des mini-boutures et suit "
     "la maladie dans 120 villages. Il conseille aussi les transformatrices d'attiéké sur leur "
     "approvisionnement. La bactériose du manioc et la cochenille farineuse ne sont abordées qu'en "
     "passant, et aucun manioc transgénique n'est utilisé.",
     ("mosaïque du manioc", "boutures saines", "variétés tolérantes", "santé des végétaux",
      "projets"),
     ("CI",), "2024-03"),
    ("fm03", "event", "es",
     "Taller regional: prepararse ante la llegada del mosaico de la yuca a las Américas",
     "La enfermedad del mosaico de la yuca, causada por begomovirus que transmite la mosca blanca "
     "y que viajan sobre todo en estacas infectadas, destruye cada año millones de toneladas de "
     "raíces en África y desde 2015 avanza por el sudeste asiático, pero nunca se ha registrado en "
     "las Américas, el centro de origen de la mandioca. Este taller, organizado en San Lorenzo, "
     "Paraguay, por el servicio nacional de sanidad vegetal con el organismo regional de "
     "protección de plantas del Cono Sur y un centro internacional de agricultura tropical, "
     "reunirá a técnicos de Paraguay, Brasil, Argentina y Bolivia para revisar los requisitos de "
     "importación de estacas y de plantas in vitro, practicar el diagnóstico en campo y por PCR, "
     "preparar un plan de contingencia y ensayar la comunicación con los productores de mandioca y "
     "las almidoneras. El cuero de sapo, una enfermedad de la yuca ya presente en la región, se "
     "menciona solo de paso.",
     ("mosaico de la yuca", "mandioca", "sanidad vegetal", "planes de contingencia", "eventos"),
     ("PY",), "2025-04"),
    # --- grass pea -------------------------------------------------------------------------------
    ("fm04", "project", "en",
     "Khesari in the rice fallows of Bangladesh: low-toxin grass pea varieties for relay sowing",
     "Grass pea (Lathyrus sativus), called khesari in Bangladesh, is the pulse of the poor: it "
     "survives drought, waterlogging and neglect, and is broadcast into standing aman rice a few "
     "weeks before harvest, so that it grows on the residual moisture of fields that would "
     "otherwise stay bare until spring. Its seeds, eaten as dal, flour and fodder, contain a "
     "neurotoxin, ODAP, and people who live mostly on them for months, as in times of famine, can "
     "suffer lathyrism, an irreversible paralysis of the legs. This project of the national "
     "agricultural research institute, the extension department and an international dryland "
     "research centre spreads low-ODAP varieties in the districts of Faridpur, Rajbari and Natore, "
     "trains farmers' groups in relay sowing and seed saving, and tests seed sold in village "
     "markets. It also promotes eating khesari with cereals and other foods. The adulteration of "
     "lentil and chickpea flour with cheap khesari is a separate concern, outside the project.",
     ("grass pea", "khesari", "pulses", "relay cropping", "lathyrism", "projects"),
     ("BD",), "2024-01"),
    ("fm05", "document", "fr",
     "Guide : cultiver la gesse dans les zones semi-arides du Maroc",
     "La gesse (Lathyrus sativus) et sa cousine la gesse chiche (Lathyrus cicera) sont des "
     "légumineuses rustiques longtemps semées par les paysans du Pré-Rif, de la Chaouia et des "
     "plateaux de Zaër pour le grain, la paille et le fourrage vert, puis délaissées au profit des "
     "céréales. Elles supportent la sécheresse et les sols pauvres, enrichissent le sol en azote "
     "et s'associent bien à l'orge ou à l'avoine dans les mélanges fourragers. Ce guide, préparé "
     "par l'institut national de la recherche agronomique avec l'office du conseil agricole, "
     "décrit les variétés inscrites, la date et la densité de semis, la lutte contre l'orobanche, "
     "la récolte et le stockage du grain. Il rappelle que le grain contient une toxine, l'ODAP, et "
     "qu'il ne doit pas devenir pendant de longues périodes l'aliment principal des hommes ni des "
     "animaux, sous peine de lathyrisme, et explique comment le trempage et la cuisson en "
     "réduisent la teneur. La vesce et la féverole font l'objet d'autres fiches.",
     ("gesse", "Lathyrus sativus", "légumineuses fourragères", "zones semi-arides", "guides"),
     ("MA",), "2023-11"),
    ("fm06", "case-study", "es",
     "Estudio de caso: la vuelta de la almorta a los campos y las cocinas de Castilla-La Mancha",
     "La almorta (Lathyrus sativus), que en otras comarcas llaman guija, tito o muela, se sembró "
     "durante siglos en las tierras pobres de La Mancha, y con su harina se hacen las gachas "
     "manchegas. En el hambre de la posguerra muchas familias comieron casi solo almortas y miles "
     "de personas quedaron con las piernas paralizadas por el latirismo, causado por una toxina "
     "del grano, como ya había retratado Goya en su grabado «Gracias a la almorta». Su venta para "
     "consumo humano se prohibió en 1967 y volvió a autorizarse en 2018, después de que la agencia "
     "de seguridad alimentaria concluyera que su consumo ocasional no es un riesgo. Este estudio "
     "de caso, de una universidad regional con una cooperativa de Cuenca y una asociación de "
     "productores de Albacete, analiza la superficie sembrada, las variedades locales, la cadena "
     "de la harina, el etiquetado y la imagen del producto entre los consumidores. Los garbanzos y "
     "las lentejas de la comarca se citan solo como comparación.",
     ("almorta", "Lathyrus sativus", "legumbres", "latirismo", "estudios de caso"),
     ("ES",), "2024-05"),
    # --- turkeys ---------------------------------------------------------------------------------
    ("fm07", "document", "en",
     "Keeping heritage turkeys: a guide for small free-range flocks in Norfolk and Suffolk",
     "Long before the broad-breasted white turkey filled supermarket freezers, East Anglia bred "
     "its own turkeys, the Norfolk Black and the Cambridge Bronze, which were walked to the London "
     "markets in autumn with their feet tarred against the road. These slow-growing breeds are now "
     "rare, kept by a few hundred breeders and by farms that sell free-range birds for Christmas. "
     "This guide, written by a rare breeds charity with a poultry club and a farm veterinary "
     "practice, explains how to choose breeding stock and keep to the breed standard, incubate "
     "eggs and brood the delicate poults, house and fence the flock, and feed birds that take six "
     "or seven months to mature. It covers blackhead disease, which turkeys catch from chickens "
     "sharing the same ground, the registration of the flock and the housing orders issued during "
     "avian influenza outbreaks, and the rules for slaughtering on the farm. Geese for the "
     "Christmas table are mentioned only in passing.",
     ("turkeys", "heritage breeds", "Norfolk Black", "free-range poultry", "guides"),
     ("GB",), "2024-09"),
    ("fm08", "need", "fr",
     "Besoin : réduire la mortalité des dindonneaux dans les élevages familiaux du Vakinankaratra",
     "Sur les Hautes Terres de Madagascar, autour d'Antsirabe et de Betafo, de nombreuses familles "
     "élèvent quelques dindons (vorontsiloza) en liberté autour de la maison, à côté des poules "
     "gasy et des canards, et les vendent au marché pour les repas des fêtes de fin d'année, qui "
     "paient l'écolage des enfants. Mais la plupart des dindonneaux meurent avant trois mois, de "
     "froid, de faim, de maladies respiratoires, de la variole aviaire et de la maladie de "
     "Newcastle, ou mangés par les rats et les rapaces. Une association de producteurs, avec un "
     "centre de formation agricole et des vétérinaires privés, demande un appui pour équiper des "
     "poussinières chauffées, former des auxiliaires d'élevage à la vaccination, mettre au point "
     "une ration à base de maïs, de son de riz et de feuilles locales, et organiser la vente "
     "groupée des dindons avant les fêtes. Elle souhaite aussi tenir un registre des naissances et "
     "des pertes. Les oies ne sont pas concernées.",
     ("dindons", "dindonneaux", "aviculture familiale", "santé animale", "besoins"),
     ("MG",), "2024-06"),
    ("fm09", "project", "es",
     "Guajolotes de traspatio en la Sierra Norte de Puebla: conservar el pavo nativo mexicano",
     "El guajolote (Meleagris gallopavo), que los pueblos nahuas llaman totolin y que fue "
     "domesticado en Mesoamérica hace más de dos mil años, sigue criándose en los patios de las "
     "familias de Cuetzalan, Zacapoaxtla y Huehuetla, donde come maíz, hierbas e insectos y se "
     "guarda para el mole de las bodas y de las fiestas de Todos Santos. Sus plumajes negros, "
     "bronceados, cafés y moteados son muy diversos, pero los cruces con pavos blancos comerciales "
     "de engorda, las muertes de los pipilos por viruela aviar y enfermedad de Newcastle y la "
     "venta de las hembras reducen las parvadas. Este proyecto de una universidad agraria con "
     "cooperativas de mujeres registra los guajolotes de 400 familias, organiza el intercambio de "
     "machos reproductores entre comunidades, capacita en vacunación y en el manejo de las nidadas "
     "y apoya la venta de guajolote criollo en los mercados locales. El pavo ocelado silvestre de "
     "la península de Yucatán no forma parte del proyecto.",
     ("guajolotes", "pavo nativo", "avicultura de traspatio", "razas locales", "proyectos"),
     ("MX",), "2024-02"),
    # --- Napier grass ----------------------------------------------------------------------------
    ("fm10", "need", "en",
     "Need: clean Napier grass planting material against stunt and head smut for dairy farmers in "
     "Bungoma and Trans Nzoia",
     "On the small dairy farms of western Kenya most cows are kept in zero-grazing units and fed "
     "on Napier grass, also called elephant grass (Pennisetum purpureum, now Cenchrus purpureus), "
     "which farmers cut and carry to the stall every day. Two diseases threaten it: Napier stunt, "
     "caused by a phytoplasma spread by leafhoppers, which turns clumps yellow and tiny, and "
     "Napier head smut, a fungal disease that dries up the stems. The yield of whole plots has "
     "fallen by more than half, and some farmers have sold cows for lack of fodder. A dairy "
     "cooperative union, with the county livestock offices and an agricultural research centre, "
     "asks for support to multiply and distribute canes of tolerant varieties from certified "
     "nurseries, train farmers to uproot and burn sick stools, buy motorised chaff cutters and "
     "test silage making for the dry season. It would also survey the diseases across both "
     "counties. Brachiaria and desmodium, tried by some members, are outside the request.",
     ("Napier grass", "elephant grass", "fodder", "zero grazing", "dairy farming", "needs"),
     ("KE",), "2024-07"),
    ("fm11", "case-study", "fr",
     "Étude de cas : l'herbe à éléphant, fourrage des vaches du programme Girinka au Rwanda",
     "Depuis que le pâturage libre est interdit sur la plupart des collines du Rwanda, les vaches "
     "sont gardées en stabulation permanente et nourries de fourrages coupés, et l'herbe à "
     "éléphant (Pennisetum purpureum), qu'on y appelle souvent simplement Pennisetum, est devenue "
     "le premier d'entre eux. Plantée en bandes sur les courbes de niveau et sur les talus des "
     "terrasses, elle retient aussi la terre. Cette étude de cas, menée par l'université du Rwanda "
     "avec le conseil de l'élevage et des coopératives laitières des districts de Nyamagabe et de "
     "Gicumbi, suit 300 familles qui ont reçu une vache du programme Girinka : surface d'herbe à "
     "éléphant, rendements selon la fumure et la fréquence des coupes, lait produit, achats de "
     "fourrage en saison sèche et conflits autour des bandes plantées en bordure des champs. Elle "
     "compare le Pennisetum avec le Tripsacum, le Calliandra et les Brachiaria. Le biogaz produit "
     "avec la bouse n'est évoqué qu'en passant.",
     ("herbe à éléphant", "Pennisetum purpureum", "fourrages", "stabulation permanente",
      "études de cas"),
     ("RW",), "2023-09"),
    ("fm12", "support-source", "es",
     "Oferta: material de siembra y capacitación en pasto elefante y otros pastos de corte para "
     "las lecherías de San Carlos",
     "En las lecherías de San Carlos y Zarcero, en el norte de Costa Rica, los pastos de corte del "
     "grupo del pasto elefante (Pennisetum purpureum), como el king grass, el Camerún, el Cuba "
     "CT-115 y la maralfalfa, permiten alimentar más vacas por hectárea y guardar forraje para los "
     "meses secos. Una estación experimental de la universidad pública ofrece a productores y "
     "asociaciones material de siembra certificado de estas variedades, análisis de calidad del "
     "forraje y un curso de dos días en la finca: preparación del terreno, siembra por estacas, "
     "fertilización con los purines de la lechería, edad de corte, picado y ensilaje en bolsas. La "
     "oferta incluye visitas de seguimiento durante un año y una hoja de cálculo para planificar "
     "el banco forrajero según el número de vacas. La caña de azúcar forrajera y el botón de oro "
     "se presentan en otro curso, y los sistemas silvopastoriles no forman parte de la oferta.",
     ("pasto elefante", "pastos de corte", "bancos forrajeros", "ganadería lechera", "ofertas"),
     ("CR",), "2024-08"),
    # --- canoe registration ----------------------------------------------------------------------
    ("fm13", "case-study", "en",
     "Case study: registering and licensing Sierra Leone's fishing canoes",
     "Sierra Leone's artisanal fleet, more than 12,000 dugout and plank canoes working from some "
     "300 landing sites between Kambia and Sulima, long fished without any record of who owned "
     "which boat or what gear it carried. From 2010 the fisheries ministry measured and registered "
     "the canoes landing site by landing site, painted a registration number on both sides of each "
     "hull, gave owners a registration card and tied the annual licence fee to canoe length and "
     "gear. This case study, written by a university marine biology institute with the ministry "
     "and the national union of artisanal fishermen, looks at what canoe registration has made "
     "possible: counts of canoes and engines for stock assessments, the policing of the inshore "
     "zone closed to trawlers, claims after collisions with industrial vessels and the tracing of "
     "stolen outboard engines. It also shows the gaps: unmarked canoes from neighbouring "
     "countries, lapsed licences and records kept on paper. Fish smoking and the trade in dried "
     "bonga are outside its scope.",
     ("canoe registration", "artisanal fisheries", "fishing licences", "fisheries management",
      "case studies"),
     ("SL",), "2024-04"),
    ("fm14", "dataset", "fr",
     "Immatriculation des pirogues artisanales au Sénégal : parc piroguier par centre de pêche, "
     "2006-2024",
     "Depuis 2006, toute pirogue de pêche artisanale du Sénégal doit être immatriculée : un "
     "numéro, qui indique la région et le centre de pêche d'attache, est peint sur la coque et "
     "gravé sur une plaque, et le propriétaire reçoit une carte qui lui permet ensuite d'obtenir "
     "le permis de pêche artisanale. Ce jeu de données, tenu par la direction des pêches maritimes "
     "avec les services régionaux et les conseils locaux de pêche artisanale, donne pour chaque "
     "année et chaque centre de pêche, de Saint-Louis à Kafountine, le nombre de pirogues "
     "immatriculées, actives ou disparues, leur longueur, leur matériau, la puissance de leurs "
     "moteurs hors-bord et leur engin principal : filet maillant, senne tournante, ligne ou "
     "casier. Il recense aussi les pirogues venues de Gambie, de Guinée et de Mauritanie, les "
     "changements de propriétaire et les pirogues retirées après un naufrage. Les départs de "
     "pirogues d'émigrants vers les Canaries ne figurent pas dans ces données.",
     ("immatriculation des pirogues", "pêche artisanale", "permis de pêche", "parc piroguier",
      "jeux de données"),
     ("SN",), "2024-12"),
    ("fm15", "need", "es",
     "Necesidad: matricular y registrar las fibras de la pesca artesanal de Manabí y Esmeraldas",
     "En las caletas de Manabí y Esmeraldas miles de pescadores salen al mar en fibras, las "
     "lanchas de fibra de vidrio con motor fuera de borda que sustituyeron a las canoas de madera. "
     "Muchas no tienen matrícula de la autoridad marítima ni registro pesquero, de modo que sus "
     "dueños no acceden a créditos, seguros ni combustible subsidiado, y cuando asaltantes roban "
     "motores y lanchas en alta mar es difícil rastrearlas. Una federación de cooperativas "
     "pesqueras, con la autoridad de pesca y la capitanía de puerto, solicita apoyo para formar "
     "brigadas móviles que midan y matriculen las embarcaciones en cada caleta, pinten y graben el "
     "número de matrícula en el casco y en el motor y carguen los datos en un registro digital que "
     "pueda consultar la armada, y para entregar a los armadores dispositivos de localización "
     "sencillos. Pide además capacitación para los dirigentes en el trámite de los permisos de "
     "pesca. La pesca de dorado con palangre y la histamina del pescado se tratan en otros "
     "programas.",
     ("matrícula de embarcaciones", "pesca artesanal", "registro pesquero", "permisos de pesca",
      "necesidades"),
     ("EC",), "2024-09"),
    # --- matsutake -------------------------------------------------------------------------------
    ("fm16", "event", "en",
     "Ura Matsutake Festival: sustainable harvest, grading and buyers in Bumthang",
     "Every August, when the monsoon rains bring matsutake mushrooms (Tricholoma matsutake) up in "
     "the pine and oak forests of the Ura valley in Bumthang, central Bhutan, villagers hold a "
     "festival that draws tourists, restaurant owners and exporters. Matsutake, prized in Japan "
     "for its spicy aroma, is collected by community groups under a forest management plan that "
     "sets the season, bans raking the forest floor and picking immature buttons, and requires "
     "collectors to carry permits. This year's edition, organised by the community forest "
     "management group with the forestry department and the agricultural marketing office, "
     "includes guided walks to the collecting grounds, a workshop on grading by size and by how "
     "far the cap has opened, on cold storage and on air freight, a cooking contest and a meeting "
     "with buyers from Thimphu and Japan. The caterpillar fungus of the northern districts and the "
     "buckwheat fields of the valley are mentioned only in passing.",
     ("matsutake", "wild mushrooms", "community forests", "non-timber forest products", "events"),
     ("BT",), "2025-08"),
    ("fm17", "document", "fr",
     "Guide du cueilleur de matsutake de la Côte-Nord",
     "Sur les sols sableux des pinèdes grises de la Côte-Nord et du Saguenay–Lac-Saint-Jean, le "
     "matsutake américain (Tricholoma magnivelare), ou tricholome à grand voile, pousse de la fin "
     "d'août aux premières gelées. Très recherché au Japon, il est acheté frais par des grossistes "
     "qui l'exportent par avion, et sa cueillette complète le revenu de familles innues et de "
     "travailleurs saisonniers. Ce guide, préparé par une coopérative de produits forestiers non "
     "ligneux avec le ministère des ressources naturelles et des mycologues, apprend à reconnaître "
     "le champignon à son odeur épicée, à son voile et à sa chair ferme, et à ne pas le confondre "
     "avec des amanites mortelles ; il explique comment récolter sans retourner l'humus, les "
     "catégories de qualité et de prix, la conservation au frais, les règles d'accès aux terres "
     "publiques et les ventes déclarées. Les bleuets, les chanterelles et les morilles qui "
     "poussent après les feux de forêt ont leurs propres fiches.",
     ("matsutake", "Tricholoma magnivelare", "champignons forestiers",
      "produits forestiers non ligneux", "guides"),
     ("CA",), "2024-07"),
    ("fm18", "dataset", "es",
     "Hongo blanco de ocote en la Sierra Juárez de Oaxaca: cosecha, exportación y precios del "
     "matsutake, 2008-2024",
     "En los bosques de pino y encino de la Sierra Juárez, en Oaxaca, las comunidades zapotecas "
     "con manejo forestal comunitario recolectan entre julio y octubre el hongo blanco de ocote, "
     "el matsutake mexicano (Tricholoma mesoamericanum, cercano a T. magnivelare), que se exporta "
     "fresco al Japón. Cada comunidad organiza la recolección por turnos, con permiso de "
     "aprovechamiento de recursos forestales no maderables, y vende a un acopiador que clasifica "
     "los hongos por calidad. Este conjunto de datos, reunido por una unión de comunidades "
     "forestales con un instituto de investigación forestal, da por comunidad y por temporada los "
     "kilos recolectados y exportados, las calidades, los precios pagados al recolector y en el "
     "puerto de salida, la lluvia de los meses de cosecha y el número de recolectores, mujeres y "
     "hombres. Incluye también las parcelas de monitoreo donde se cuentan los hongos. Los hongos "
     "silvestres que se venden en los mercados locales no están en estos datos.",
     ("matsutake", "hongo blanco de ocote", "productos forestales no maderables",
      "manejo forestal comunitario", "datos"),
     ("MX",), "2024-11"),
    # --- clenbuterol -----------------------------------------------------------------------------
    ("fm19", "case-study", "en",
     "Case study: lean meat powder in China's pork, from the 2011 clenbuterol scandal to routine "
     "testing",
     "In March 2011 a television investigation showed that pigs raised in Henan province and "
     "bought by a subsidiary of the country's largest meat processor had been fed clenbuterol, "
     "sold to farmers as lean meat powder because it makes pigs put on muscle instead of fat. "
     "China had banned clenbuterol and other beta-agonists in feed since 2002, after hundreds of "
     "people fell ill with palpitations, tremors and headaches from eating contaminated pork and "
     "pig liver, and the largest outbreak came in Shanghai in 2006. This case study, prepared by a "
     "food safety research centre with a veterinary university, follows what came next: arrests "
     "and recalls, urine tests of pigs at every slaughterhouse, rapid test strips, rewards for "
     "informants, and the extension of controls to ractopamine and salbutamol and to cattle and "
     "sheep. It also asks why the practice persisted on small farms. African swine fever and the "
     "use of antibiotics in pig farming are outside its scope.",
     ("clenbuterol", "beta-agonists", "pork", "food safety", "case studies"),
     ("CN",), "2023-12"),
    ("fm20", "dataset", "fr",
     "Résidus de bêta-agonistes et d'hormones chez les bovins et les veaux en Belgique, 2005-2024",
     "En Belgique, l'engraissement illégal des veaux et des bovins au clenbutérol et aux hormones "
     "a longtemps été aux mains de réseaux organisés, dont la violence a culminé en 1995 avec "
     "l'assassinat d'un vétérinaire inspecteur. Le clenbutérol, un bêta-agoniste autorisé "
     "seulement comme médicament pour les chevaux et les bovins, fait gagner du muscle et donne "
     "une viande plus maigre, mais ses résidus, surtout dans le foie, provoquent tremblements et "
     "palpitations chez le consommateur. Ce jeu de données, publié par l'agence fédérale pour la "
     "sécurité de la chaîne alimentaire, donne par année, par espèce et par matrice (urine, poils, "
     "foie, muscle, aliments du bétail) les échantillons prélevés dans les élevages et les "
     "abattoirs au titre du plan national de contrôle des résidus, les résultats non conformes "
     "pour le clenbutérol et les autres bêta-agonistes, les stéroïdes et les thyréostatiques, et "
     "les suites données. Les résidus d'antibiotiques et de pesticides figurent dans d'autres jeux "
     "de données.",
     ("clenbutérol", "bêta-agonistes", "résidus", "viande bovine", "jeux de données"),
     ("BE",), "2025-02"),
    ("fm21", "need", "es",
     "Necesidad: laboratorios y pruebas rápidas para detectar clembuterol en los rastros de "
     "Jalisco y Michoacán",
     "En México el clembuterol, un beta-agonista prohibido en la alimentación del ganado, sigue "
     "usándose en corrales de engorda para que los novillos ganen músculo en las últimas semanas, "
     "y cada año se registran intoxicaciones, con temblores, taquicardia y dolor de cabeza, de "
     "personas que comieron hígado o carne de res, además de deportistas que dieron positivo en "
     "controles antidopaje por carne contaminada. En Jalisco y Michoacán gran parte del ganado se "
     "sacrifica en rastros municipales sin inspección federal. Una asociación de municipios de la "
     "región Ciénega, con la secretaría de agricultura del estado y una universidad, solicita "
     "apoyo para equipar un laboratorio de confirmación, comprar pruebas rápidas de orina para los "
     "rastros, capacitar a médicos veterinarios inspectores y ampliar entre los engordadores el "
     "registro de proveedores confiables libres de clembuterol. La ractopamina, autorizada en el "
     "país, no es objeto de la solicitud.",
     ("clembuterol", "beta-agonistas", "inocuidad de la carne", "rastros", "necesidades"),
     ("MX",), "2024-10"),
    # --- reusable plastic crates -----------------------------------------------------------------
    ("fm22", "project", "en",
     "From raffia baskets to reusable plastic crates: cutting tomato losses between Kano and Lagos",
     "Most of the tomatoes eaten in Lagos are grown in the north, around Kano, Kaduna and Katsina, "
     "and travel some 1,000 kilometres by lorry in deep raffia baskets stacked so high that the "
     "fruit at the bottom is crushed, and up to 40 per cent may be lost before it reaches Mile 12 "
     "market. This project of a food loss programme, the tomato growers' and traders' associations "
     "and a logistics company introduces reusable plastic crates that stack without pressing on "
     "the fruit: traders rent them from crate pools at the farm gate, and the empty crates go back "
     "north on the same lorries after being washed at the market. It trains pickers to harvest at "
     "the right stage and to grade the fruit, monitors losses and prices on forty routes and tests "
     "a deposit scheme against the theft of crates. The Tuta absoluta moth that ravaged the "
     "northern crop in 2016 is mentioned only as background, and processing plants and cold "
     "storage are left to other programmes.",
     ("reusable plastic crates", "post-harvest losses", "tomatoes", "food loss", "projects"),
     ("NG",), "2024-05"),
    ("fm23", "case-study", "fr",
     "Étude de cas : des caisses plastiques pour les ananas du plateau d'Allada",
     "Le Bénin produit chaque année des centaines de milliers de tonnes d'ananas, surtout sur le "
     "plateau d'Allada, dans l'Atlantique, et les fruits partent en vrac dans des camions et des "
     "taxis-brousse vers le marché de Dantokpa à Cotonou, les usines de jus et les acheteurs des "
     "pays voisins. Écrasés, meurtris et chauffés au soleil, beaucoup pourrissent en route ou sont "
     "bradés. Cette étude de cas, réalisée par une université béninoise avec l'interprofession de "
     "l'ananas, suit pendant trois campagnes une coopérative de Zè et de Toffo qui a acheté des "
     "caisses plastiques gerbables, louées aux commerçantes et lavées après chaque voyage : pertes "
     "mesurées au départ et à l'arrivée, prix obtenus, coûts de location et de transport, caisses "
     "perdues ou volées, et place des femmes grossistes. Elle compare le Pain de sucre vendu sur "
     "le marché local et le Cayenne lisse exporté. L'interdiction des sachets plastiques non "
     "biodégradables n'est citée qu'en passant.",
     ("caisses plastiques", "pertes post-récolte", "ananas", "commercialisation", "études de cas"),
     ("BJ",), "2024-02"),
    ("fm24", "project", "es",
     "Canastillas plásticas en lugar de guacales: menos pérdidas de tomate y mora entre Boyacá y "
     "Bogotá",
     "El tomate de Sutamarchán y Villa de Leyva y la mora de la provincia de Márquez, en Boyacá, "
     "llegan a las centrales de abasto de Bogotá en guacales de madera y en bultos apilados en los "
     "camiones, que aplastan y hieren la fruta, la llenan de astillas y mohos y hacen perder una "
     "parte grande de la carga. Este proyecto de la gobernación, una asociación de productores "
     "hortofrutícolas y un centro de investigación en poscosecha reemplaza los guacales por "
     "canastillas plásticas retornables de tamaño normalizado, crea un banco de canastillas con "
     "lavado y desinfección en la central y registro de préstamos, capacita a los recolectores en "
     "cosecha y selección y mide las pérdidas y los precios en veinte fincas. También apoya el "
     "transporte compartido entre veredas. Las bolsas plásticas de un solo uso de las plazas de "
     "mercado y la cadena de frío quedan fuera del proyecto.",
     ("canastillas plásticas", "pérdidas poscosecha", "frutas y hortalizas", "Boyacá", "proyectos"),
     ("CO",), "2024-06"),
    # --- soil compaction -------------------------------------------------------------------------
    ("fm25", "support-source", "en",
     "Offer: soil compaction checks, penetrometer loans and controlled traffic advice for grain "
     "growers in southern Queensland and northern New South Wales",
     "Heavy harvesters, chaser bins and tractors driven across wet paddocks leave compacted layers "
     "that roots cannot break through, slow infiltration, cause waterlogging and can cut grain "
     "yields for years. A grains research and extension network offers growers of the Darling "
     "Downs, the Western Downs and the northern New South Wales plains a free soil compaction "
     "check: a field officer digs soil pits, measures resistance with a cone penetrometer and bulk "
     "density with cores, and maps wheel tracks from yield and satellite data. Growers can borrow "
     "a penetrometer for a season and receive advice on controlled traffic farming, matching the "
     "wheel spacing of all machines so that they run on permanent tramlines, on tyre pressures and "
     "axle loads, and on when deep ripping is worth its cost. The offer includes two field days a "
     "year and a calculator for the cost of switching to controlled traffic. Gypsum for sodic "
     "soils and cover crops are covered by other programmes.",
     ("soil compaction", "controlled traffic farming", "soil health", "grain farming", "offers"),
     ("AU",), "2024-03"),
    ("fm26", "document", "fr",
     "Guide : prévenir et réparer le tassement des sols dans les grandes cultures des "
     "Hauts-de-France",
     "Les arrachages de betteraves, de pommes de terre et de légumes d'industrie dans des automnes "
     "pluvieux, avec des arracheuses et des bennes de plus de trente tonnes, laissent dans les "
     "limons des Hauts-de-France des sols tassés : ornières, semelles de labour, mottes compactes, "
     "eau qui stagne ou ruisselle, racines qui ne descendent plus. Ce guide, rédigé par la chambre "
     "régionale d'agriculture avec un institut technique de la betterave et un réseau "
     "d'agriculteurs, explique comment diagnostiquer le tassement des sols avec le test bêche et "
     "le profil cultural, pourquoi il faut baisser la pression de gonflage des pneus et limiter la "
     "charge par essieu, quand entrer dans les parcelles, comment organiser les chantiers de "
     "récolte et réserver des passages fixes aux engins, et quand un décompactage mécanique a du "
     "sens. Il rappelle le rôle des vers de terre et des racines dans la restructuration du sol. "
     "L'érosion et les coulées de boue font l'objet d'un autre guide.",
     ("tassement des sols", "structure du sol", "grandes cultures", "machinisme agricole",
      "guides"),
     ("FR",), "2024-10"),
    ("fm27", "event", "es",
     "Jornada de campo: compactación del suelo en siembra directa en el litoral de Uruguay",
     "En los suelos agrícolas del litoral oeste de Uruguay, donde casi toda la soja, el trigo y el "
     "maíz se siembran sin laboreo, el tránsito de cosechadoras, tolvas y camiones con el suelo "
     "húmedo deja capas compactadas a pocos centímetros de la superficie que frenan las raíces y "
     "la infiltración del agua. Esta jornada de campo, organizada por el instituto nacional de "
     "investigación agropecuaria con una asociación de productores de siembra directa en un campo "
     "experimental cerca de Paysandú, mostrará calicatas con raíces desviadas por la compactación, "
     "mediciones con penetrómetro y de densidad aparente, y ensayos de descompactación con "
     "escarificador comparados con las raíces de cultivos de servicio. Se discutirán el tránsito "
     "controlado de la maquinaria, la presión de inflado de los neumáticos y la planificación de "
     "la cosecha con el suelo seco. La erosión y los planes obligatorios de uso y manejo de suelos "
     "se tratarán en otra jornada.",
     ("compactación del suelo", "siembra directa", "maquinaria agrícola", "suelos agrícolas",
      "eventos"),
     ("UY",), "2025-03"),
    # --- grazing exclosures ----------------------------------------------------------------------
    ("fm28", "dataset", "en",
     "Area exclosures in the highlands of Tigray: vegetation, soil and runoff plots, 1996-2020",
     "Since the 1990s, villages across the highlands of Tigray, in northern Ethiopia, have closed "
     "tens of thousands of hectares of degraded, stony hillside to livestock and wood cutting. In "
     "these area exclosures, agreed by the community and watched by a paid guard, grass, shrubs "
     "and trees come back within a few years; farmers may cut the grass to carry home to their "
     "animals, and older exclosures yield honey, fodder and poles. This dataset, assembled by a "
     "regional university with the bureau of agriculture and foreign research partners, brings "
     "together 480 permanent plots in exclosures of different ages and on neighbouring grazed "
     "land: plant cover and species, woody biomass, soil organic carbon and nutrients, runoff and "
     "sediment, and the state of the stone bunds. It also records how the 2020-2022 war left many "
     "plots unsurveyed or damaged. The eucalyptus woodlots and frankincense stands on the same "
     "slopes are outside the dataset.",
     ("exclosures", "grazing land", "land restoration", "soil carbon", "datasets"),
     ("ET",), "2024-06"),
    ("fm29", "project", "fr",
     "Mise en défens des parcours dégradés autour de Ouallam, dans la région de Tillabéri",
     "Dans la région de Tillabéri, au Niger, les parcours des plateaux latéritiques et des glacis "
     "autour de Ouallam ont perdu leur herbe et leurs arbres sous l'effet des sécheresses, des "
     "défrichements et d'un pâturage continu. Ce projet d'une organisation d'éleveurs, des "
     "services de l'environnement et de l'élevage et d'une ONG de développement rural aide douze "
     "villages et les éleveurs transhumants qui les traversent à décider ensemble la mise en "
     "défens de 3 000 hectares pendant trois saisons des pluies : bornage et pare-feu, comités de "
     "surveillance, ensemencement d'herbacées locales, cordons pierreux, puis fauche du foin à la "
     "fin de la période, partagé entre les familles. Le projet suit la couverture herbacée, la "
     "régénération des arbustes et la production de fourrage, et négocie les couloirs de passage "
     "du bétail pour que la mise en défens ne ferme pas l'accès aux mares. Les demi-lunes et les "
     "zaï des champs voisins ne sont évoqués qu'en passant.",
     ("mise en défens", "parcours", "restauration des terres", "pastoralisme", "projets"),
     ("NE",), "2024-04"),
    ("fm30", "document", "es",
     "Guía para la clausura de pastos naturales en comunidades alpaqueras de Puno",
     "En las punas de Puno, entre 4.000 y 4.800 metros, las comunidades campesinas crían alpacas, "
     "llamas y ovinos sobre pastos naturales de ichu, festuca y chilligua que el sobrepastoreo, "
     "las heladas y las sequías han dejado ralos. La clausura de pastos, es decir, cercar un "
     "potrero o un sector y dejarlo sin pastoreo durante una o dos temporadas de lluvias, permite "
     "que las plantas semillen y se recuperen. Esta guía, preparada por el programa regional de "
     "desarrollo ganadero con técnicos comunales, explica cómo elegir los sectores con la asamblea "
     "comunal, construir cercos de piedra o de alambre, evaluar la condición de la pradera, "
     "calcular la carga animal que soportará el pasto recuperado y acordar quién lo usará después "
     "de la clausura. Incluye formularios y ejemplos de las comunidades de Macusani y Santa Rosa. "
     "Los bofedales, la cosecha de agua y la esquila de las alpacas se tratan en otras guías.",
     ("clausura de pastos", "pastizales altoandinos", "manejo de praderas", "alpacas", "guías"),
     ("PE",), "2024-12"),
)  # fmt: skip
